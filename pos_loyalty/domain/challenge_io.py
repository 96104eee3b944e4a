"""Challenges in the programme's plain-data form, and the checks a new version's challenges pass.

```toml
[[challenges]]
code = "five-visits"            # lower-case letters, digits, '-', '_' (up to 32)
name = "5 purchases in 30 days"
kind = "purchases"
starts_on = "2026-03-01"
ends_on = "2026-12-31"
purchases = 5
min_check = "300.00"
period_days = 30
bonus_points = 200

[[challenges]]
code = "dairy-march"
name = "Dairy for 3 000"
kind = "category_spend"
starts_on = "2026-03-01"
ends_on = "2026-03-31"
category = "dairy"
spend = "3000.00"
bonus_points = 150
```

The reader refuses what it cannot understand, naming the field; `check_challenges` refuses
what could never work as meant (a version already saved still loads without it).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pos_loyalty.domain import fields
from pos_loyalty.domain.challenges import Challenge, ChallengeKind
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import format_money, parse_money

CHALLENGE_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")
"""A challenge's code (it is written in its bonus entries): as a reward's id."""

MAX_CHALLENGE_POINTS = 100_000
"""The largest bonus of one challenge (a sale's bonus points stay plausible to the server)."""

_COMMON = {"code", "name", "kind", "starts_on", "ends_on", "bonus_points"}
_KEYS = {
    ChallengeKind.PURCHASES: _COMMON | {"purchases", "min_check", "period_days"},
    ChallengeKind.CATEGORY_SPEND: _COMMON | {"category", "spend"},
}


def challenge_from_dict(data: object, i: int) -> Challenge:
    """Read `challenges[i]` of the programme's plain data; every problem names the field."""
    where = f"challenges[{i}]"
    if not isinstance(data, dict):
        raise InvalidInput(f"{where} must be a table of settings", field=where)
    try:
        kind = ChallengeKind(data.get("kind", ""))
    except ValueError:
        raise InvalidInput(
            f"{where}: the kind must be 'purchases' or 'category_spend'", field=f"{where}.kind"
        ) from None
    unknown = sorted(set(data) - _KEYS[kind])
    if unknown:
        raise InvalidInput(f"unknown setting {unknown[0]!r} in {where}", field=where)
    for key in ("code", "name", "starts_on", "ends_on", "bonus_points"):
        if key not in data:
            raise InvalidInput(f"{where} needs {key}", field=f"{where}.{key}")
    return Challenge(
        code=str(data["code"]),
        name=str(data["name"]),
        kind=kind,
        starts_on=_day(data["starts_on"], f"{where}.starts_on"),
        ends_on=_day(data["ends_on"], f"{where}.ends_on"),
        bonus_points=_whole(data["bonus_points"], f"{where}.bonus_points"),
        purchases=_whole(data.get("purchases", 0), f"{where}.purchases"),
        min_check=_money(data.get("min_check", "0"), f"{where}.min_check"),
        period_days=_whole(data.get("period_days", 0), f"{where}.period_days"),
        category=str(data.get("category", "")),
        spend=_money(data.get("spend", "0"), f"{where}.spend"),
    )


def challenge_to_dict(c: Challenge) -> dict[str, Any]:
    """One challenge as plain data (only its kind's settings)."""
    out: dict[str, Any] = {
        "code": c.code,
        "name": c.name,
        "kind": c.kind.value,
        "starts_on": c.starts_on.isoformat(),
        "ends_on": c.ends_on.isoformat(),
    }
    if c.kind == ChallengeKind.PURCHASES:
        out.update(
            purchases=c.purchases, min_check=format_money(c.min_check), period_days=c.period_days
        )
    else:
        out.update(category=c.category, spend=format_money(c.spend))
    out["bonus_points"] = c.bonus_points
    return out


def check_challenges(challenges: tuple[Challenge, ...]) -> None:
    """Refuse challenges a new version may not have; every refusal names its field."""
    seen: set[str] = set()
    for i, c in enumerate(challenges):
        where = f"challenges[{i}]"
        if not CHALLENGE_CODE.match(c.code):
            raise InvalidInput(
                f"{where}: the code {c.code!r} must be lower-case letters, digits, '-' or '_' "
                "(up to 32)",
                field=f"{where}.code",
            )
        if c.code in seen:
            raise InvalidInput(
                f"{where}: another challenge has the code {c.code!r}: give each its own",
                field=f"{where}.code",
            )
        seen.add(c.code)
        _check_one(c, where)


def _check_one(c: Challenge, where: str) -> None:
    if not c.name.strip():
        raise InvalidInput(f"{where} needs a name", field=f"{where}.name")
    if c.ends_on < c.starts_on:
        raise InvalidInput(
            f"{where} ends on {c.ends_on} before it starts on {c.starts_on}",
            field=f"{where}.ends_on",
        )
    if not 1 <= c.bonus_points <= MAX_CHALLENGE_POINTS:
        raise InvalidInput(
            f"{where}: the bonus must be at least 1 point (at most {MAX_CHALLENGE_POINTS})",
            field=f"{where}.bonus_points",
        )
    if c.kind == ChallengeKind.PURCHASES:
        _check_purchases(c, where)
    else:
        _check_spend(c, where)


def _check_purchases(c: Challenge, where: str) -> None:
    if c.purchases < 1:
        raise InvalidInput(f"{where}: ask for at least 1 purchase", field=f"{where}.purchases")
    if c.period_days < 1:
        raise InvalidInput(
            f"{where}: the period must be at least 1 day", field=f"{where}.period_days"
        )
    if c.min_check < 0:
        raise InvalidInput(f"{where}.min_check must be 0 or more", field=f"{where}.min_check")


def _check_spend(c: Challenge, where: str) -> None:
    if not c.category.strip():
        raise InvalidInput(f"{where} needs a category", field=f"{where}.category")
    fields.check_length(c.category, fields.CATEGORY, f"{where}.category")
    if c.spend <= 0:
        raise InvalidInput(f"{where}: the spend must be more than 0.00", field=f"{where}.spend")


def _whole(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{where} must be a whole number, got {value!r}", field=where)
    return value


def _money(value: object, where: str) -> int:
    if isinstance(value, float):
        raise InvalidInput(
            f'{where}: write money as text, like "500.00", not as a float', field=where
        )
    try:
        return parse_money(str(value))
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc}", field=where) from None


def _day(value: object, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput(
            f"{where}: '{value}' is not a date like 2026-12-31", field=where
        ) from None
