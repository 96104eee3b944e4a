"""The central sync server of POS Loyalty (FastAPI): the composition root of the server.

    app = create_app("postgresql+psycopg://loyalty@db/loyalty")   # or "sqlite:///server.sqlite3"

`pos-loyalty-server serve --db URL` runs it under uvicorn; the other subcommands enrol and
revoke terminals, add staff and print reports (docs/server.md).
"""

from server.app import app_for, create_app

__all__ = ["app_for", "create_app"]
