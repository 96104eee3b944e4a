"""The programme's plain-data form (what `program set` reads from TOML or JSON).

Money is written as text with 2 decimals ("500.00"), percentages as text or integers ("2.5"),
dates as ISO text, so that no float ever enters. Unknown keys are refused by name.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from fractions import Fraction
from typing import Any

from pos_loyalty.domain.challenge_io import challenge_from_dict, challenge_to_dict
from pos_loyalty.domain.check_limits import DEFAULT_LARGE_CHECK, DEFAULT_MAX_CHECK
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import format_money, parse_money, parse_percent
from pos_loyalty.domain.programme import Bonuses, MembershipPlan, Programme, Tier
from pos_loyalty.domain.promotions import Effect, Promotion, Target
from pos_loyalty.domain.rewards_catalogue import reward_from_dict, reward_to_dict

_TOP = {
    "name",
    "currency",
    "tiers",
    "tier_window_days",
    "no_discount_categories",
    "no_earn_categories",
    "max_discount_percent",
    "max_redeem_percent",
    "min_check_for_redeem",
    "max_check_amount",
    "large_check_amount",
    "point_value",
    "expire_after_days",
    "activation_days",
    "bonuses",
    "membership",
    "promotions",
    "rewards",
    "challenges",
    "version",
}
_TIER = {"name", "threshold", "discount_percent", "earn_percent"}
_BONUS = {f for f in Bonuses.__dataclass_fields__}
_MEMBERSHIP = {
    "fee",
    "period_days",
    "extra_discount_percent",
    "extra_earn_percent",
    "refund_days",
}
_PROMO = {
    "code",
    "name",
    "starts_on",
    "ends_on",
    "effect",
    "target",
    "tier",
    "inactive_days",
    "member_id",
    "weekdays",
    "hours",
    "multiplier",
    "extra_discount_percent",
    "bonus_points",
    "min_check",
    "single_use",
}


def _known(data: dict[str, Any], allowed: set[str], where: str) -> None:
    if not isinstance(data, dict):
        raise InvalidInput(f"{where} must be a table of settings", field=where)
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise InvalidInput(f"unknown setting {unknown[0]!r} in {where}", field=where)


def _money(value: Any, where: str) -> int:
    if isinstance(value, float):
        raise InvalidInput(
            f'{where}: write money as text, like "500.00", not as a float', field=where
        )
    try:
        return parse_money(str(value))
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc}", field=where) from None


def _pct(value: Any, where: str) -> Fraction:
    if isinstance(value, float):
        raise InvalidInput(
            f'{where}: write percentages as text, like "2.5", not as a float', field=where
        )
    try:
        return parse_percent(value)
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc}", field=where) from None


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"{where} must be a whole number, got {value!r}", field=where)
    return value


def _date(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput(
            f"{where}: '{value}' is not a date like 2026-12-31", field=where
        ) from None


def _hours(value: Any, where: str) -> tuple[time, time] | None:
    if not value:
        return None
    try:
        start, end = (time.fromisoformat(str(v)) for v in value)
    except ValueError:
        raise InvalidInput(
            f'{where}: write the hours as two times, like ["08:00", "11:00"]', field=where
        ) from None
    return start, end


def _needed(data: dict[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise InvalidInput(f"{where} needs {key}", field=f"{where}.{key}")
    return data[key]


def _tier(data: dict[str, Any], i: int) -> Tier:
    _known(data, _TIER, f"tiers[{i}]")
    return Tier(
        name=str(_needed(data, "name", f"tiers[{i}]")),
        threshold=_money(data.get("threshold", "0"), f"tiers[{i}].threshold"),
        discount_percent=_pct(data.get("discount_percent", 0), f"tiers[{i}].discount_percent"),
        earn_percent=_pct(data.get("earn_percent", 0), f"tiers[{i}].earn_percent"),
    )


def _promotion(data: dict[str, Any], i: int) -> Promotion:
    where = f"promotions[{i}]"
    _known(data, _PROMO, where)
    try:
        effect = Effect(data["effect"])
    except ValueError as exc:
        raise InvalidInput(f"{where}: {exc}", field=f"{where}.effect") from None
    except KeyError:
        raise InvalidInput(f"{where} needs an effect", field=f"{where}.effect") from None
    try:
        target = Target(data.get("target", "everyone"))
    except ValueError as exc:
        raise InvalidInput(f"{where}: {exc}", field=f"{where}.target") from None
    return Promotion(
        code=str(data.get("code") or data.get("name", f"promo{i}")),
        name=str(data.get("name", data.get("code", ""))),
        starts_on=_date(_needed(data, "starts_on", where), f"{where}.starts_on"),
        ends_on=_date(_needed(data, "ends_on", where), f"{where}.ends_on"),
        effect=effect,
        target=target,
        tier=str(data.get("tier", "")),
        inactive_days=_int(data.get("inactive_days", 0), f"{where}.inactive_days"),
        member_id=str(data.get("member_id", "")),
        weekdays=frozenset(_int(d, f"{where}.weekdays") for d in data.get("weekdays", [])),
        hours=_hours(data.get("hours"), f"{where}.hours"),
        multiplier=_pct(data.get("multiplier", 1), f"{where}.multiplier"),
        extra_discount_percent=_pct(
            data.get("extra_discount_percent", 0), f"{where}.extra_discount_percent"
        ),
        bonus_points=_int(data.get("bonus_points", 0), f"{where}.bonus_points"),
        min_check=_money(data.get("min_check", "0"), f"{where}.min_check"),
        single_use=bool(data.get("single_use", False)),
    )


def _membership(data: dict[str, Any]) -> MembershipPlan:
    return MembershipPlan(
        fee=_money(_needed(data, "fee", "membership"), "membership.fee"),
        period_days=_int(_needed(data, "period_days", "membership"), "membership.period_days"),
        extra_discount_percent=_pct(
            data.get("extra_discount_percent", 0), "membership.extra_discount_percent"
        ),
        extra_earn_percent=_pct(data.get("extra_earn_percent", 0), "membership.extra_earn_percent"),
        refund_days=_int(data.get("refund_days", 0), "membership.refund_days"),
    )


def promotion_from_dict(data: dict[str, Any]) -> Promotion:
    """Read one promotion or personal offer from plain data."""
    return _promotion(data, 0)


def programme_from_dict(data: dict[str, Any], *, version: int | None = None) -> Programme:
    """Build a programme from plain data; every problem names the field."""
    _known(data, _TOP, "the programme")
    try:
        bonuses = data.get("bonuses", {})
        _known(bonuses, _BONUS, "bonuses")
        membership = data.get("membership")
        if membership is not None:
            _known(membership, _MEMBERSHIP, "membership")
        return Programme(
            version=version if version is not None else _int(data.get("version", 1), "version"),
            name=str(data.get("name", "Loyalty")),
            currency=str(data.get("currency", "RUB")),
            tiers=tuple(_tier(t, i) for i, t in enumerate(data.get("tiers", [{"name": "Base"}]))),
            tier_window_days=_int(data.get("tier_window_days", 365), "tier_window_days"),
            no_discount_categories=frozenset(data.get("no_discount_categories", [])),
            no_earn_categories=frozenset(data.get("no_earn_categories", [])),
            max_discount_percent=_pct(
                data.get("max_discount_percent", 100), "max_discount_percent"
            ),
            max_redeem_percent=_pct(data.get("max_redeem_percent", 50), "max_redeem_percent"),
            min_check_for_redeem=_money(
                data.get("min_check_for_redeem", "0"), "min_check_for_redeem"
            ),
            max_check_amount=_money(
                data.get("max_check_amount", format_money(DEFAULT_MAX_CHECK)), "max_check_amount"
            ),
            large_check_amount=_money(
                data.get("large_check_amount", format_money(DEFAULT_LARGE_CHECK)),
                "large_check_amount",
            ),
            point_value=_money(data.get("point_value", "1.00"), "point_value"),
            expire_after_days=_int(data.get("expire_after_days", 365), "expire_after_days"),
            activation_days=_int(data.get("activation_days", 0), "activation_days"),
            bonuses=Bonuses(**{k: _int(v, f"bonuses.{k}") for k, v in bonuses.items()}),
            membership=None if membership is None else _membership(membership),
            promotions=tuple(_promotion(p, i) for i, p in enumerate(data.get("promotions", []))),
            rewards=tuple(reward_from_dict(r, i) for i, r in enumerate(data.get("rewards", []))),
            challenges=tuple(
                challenge_from_dict(c, i) for i, c in enumerate(data.get("challenges", []))
            ),
        )
    except KeyError as exc:
        raise InvalidInput(f"the programme is missing the setting {exc.args[0]!r}") from None


def _pct_text(value: Fraction) -> str:
    """Exact text for a percentage: a decimal when it is one, else 'n/d'."""
    d = value.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    if d != 1:
        return f"{value.numerator}/{value.denominator}"
    digits = 0
    while (value * 10**digits).denominator != 1:
        digits += 1
    return f"{Decimal(value.numerator) / Decimal(value.denominator):.{digits}f}"


def _clock_text(t: time) -> str:
    return t.isoformat("minutes") if t.second == 0 and t.microsecond == 0 else t.isoformat()


def promotion_to_dict(p: Promotion) -> dict[str, Any]:
    """One promotion as plain data."""
    out: dict[str, Any] = {
        "code": p.code,
        "name": p.name,
        "starts_on": p.starts_on.isoformat(),
        "ends_on": p.ends_on.isoformat(),
        "effect": p.effect.value,
        "target": p.target.value,
    }
    if p.tier:
        out["tier"] = p.tier
    if p.inactive_days:
        out["inactive_days"] = p.inactive_days
    if p.member_id:
        out["member_id"] = p.member_id
    if p.weekdays:
        out["weekdays"] = sorted(p.weekdays)
    if p.hours:
        out["hours"] = [_clock_text(p.hours[0]), _clock_text(p.hours[1])]
    if p.effect == Effect.EARN_MULTIPLIER:
        out["multiplier"] = _pct_text(p.multiplier)
    if p.effect == Effect.EXTRA_DISCOUNT:
        out["extra_discount_percent"] = _pct_text(p.extra_discount_percent)
    if p.effect == Effect.FIXED_BONUS:
        out["bonus_points"] = p.bonus_points
        out["min_check"] = format_money(p.min_check)
    if p.single_use:
        out["single_use"] = True
    return out


def programme_to_dict(p: Programme) -> dict[str, Any]:
    """The programme as plain data, readable back by `programme_from_dict`."""
    out: dict[str, Any] = {
        "version": p.version,
        "name": p.name,
        "currency": p.currency,
        "tiers": [
            {
                "name": t.name,
                "threshold": format_money(t.threshold),
                "discount_percent": _pct_text(t.discount_percent),
                "earn_percent": _pct_text(t.earn_percent),
            }
            for t in p.tiers
        ],
        "tier_window_days": p.tier_window_days,
        "no_discount_categories": sorted(p.no_discount_categories),
        "no_earn_categories": sorted(p.no_earn_categories),
        "max_discount_percent": _pct_text(p.max_discount_percent),
        "max_redeem_percent": _pct_text(p.max_redeem_percent),
        "min_check_for_redeem": format_money(p.min_check_for_redeem),
        "max_check_amount": format_money(p.max_check_amount),
        "large_check_amount": format_money(p.large_check_amount),
        "point_value": format_money(p.point_value),
        "expire_after_days": p.expire_after_days,
        "activation_days": p.activation_days,
        "bonuses": {k: getattr(p.bonuses, k) for k in sorted(_BONUS)},
        "promotions": [promotion_to_dict(x) for x in p.promotions],
    }
    if p.membership is not None:
        m = p.membership
        out["membership"] = {
            "fee": format_money(m.fee),
            "period_days": m.period_days,
            "extra_discount_percent": _pct_text(m.extra_discount_percent),
            "extra_earn_percent": _pct_text(m.extra_earn_percent),
        }
        if m.refund_days:  # written only when set, so older programmes keep their exact form
            out["membership"]["refund_days"] = m.refund_days
    if p.rewards:  # the same: a programme without a catalogue keeps its exact form
        out["rewards"] = [reward_to_dict(r) for r in p.rewards]
    if p.challenges:  # the same for challenges
        out["challenges"] = [challenge_to_dict(c) for c in p.challenges]
    return out
