"""Field types of the API bodies and parameters not declared in `pos_loyalty.wire`.

The sync's messages are built from the core's declarations (`server.api.wire_models`); the
enrolment and card-block bodies and the query parameters use these, with the same patterns,
bounds and date reader, so a date in a query is read exactly as one in a body.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import BeforeValidator, Field, Strict, StringConstraints

from pos_loyalty.wire.fields import LAST_CARD_SEQ, TERMINAL_ID_PATTERN, read_day

CardSeq = Annotated[int, Strict(), Field(ge=1, le=LAST_CARD_SEQ)]
"""The 9-digit sequence inside a card number."""
TerminalId = Annotated[str, StringConstraints(pattern=TERMINAL_ID_PATTERN)]
"""A terminal's id, as the terminal made it."""
Day = Annotated[date, BeforeValidator(read_day)]
"""A calendar date (ISO text)."""
