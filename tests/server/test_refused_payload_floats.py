"""A refused message with a float inside is kept for the operator, its float as text."""

from __future__ import annotations

import json

from db import jsontext
from server.store.entries import _as_received


def test_a_refused_payload_with_floats_is_kept_with_the_floats_as_text() -> None:
    received = {"": {"key": [[0.3, 2]]}, "points": 1.5, "ok": 7}
    kept = _as_received(received)
    assert kept == {"": {"key": [["0.3", 2]]}, "points": "1.5", "ok": 7}
    assert json.loads(jsontext.dumps(kept)) == kept
