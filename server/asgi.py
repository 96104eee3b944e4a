"""The application factory uvicorn workers call: the database URL comes from the environment."""

from __future__ import annotations

from fastapi import FastAPI

from server.app import create_app
from server.database import default_url


def build() -> FastAPI:
    """Build the app over $POS_LOYALTY_SERVER_DB (set by `pos-loyalty-server serve`)."""
    return create_app(default_url())
