"""The messages between a terminal and the central server, each declared once.

Every request and answer of the sync is a frozen dataclass here (`payloads` of the outbox,
`push`, `pull`, `redemptions`, `rewards`, `evidence`), its fields annotated with the types of
`fields`; `codec` writes them as plain JSON-safe data and reads them back strictly. The
terminal writes its outbox and reads the server's answers with them; the server builds its
request and response schemas from the same declarations (`server.api.wire_models`), so the two
sides cannot drift apart. Nothing here imports a framework.
"""

from __future__ import annotations

from pos_loyalty.wire.codec import Invalid, WireError, check, decode, encode, field_names

__all__ = ["Invalid", "WireError", "check", "decode", "encode", "field_names"]
