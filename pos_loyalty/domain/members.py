"""Members: who holds the cards, with their personal data and consents.

Phone, name, birthday and e-mail are personal data. Erasing a member wipes them and keeps
the member's id (and so the ledger) as an anonymous record. A member merged into another keeps
their record and ledger; `merged_into` names the member who holds their cards and points now.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from pos_loyalty.domain.errors import InvalidInput

_PHONE_DIGITS = re.compile(r"\d")


def normalize_phone(text: str) -> str:
    """Keep the digits of a phone number; a Russian 8XXXXXXXXXX becomes 7XXXXXXXXXX."""
    digits = "".join(_PHONE_DIGITS.findall(text))
    if len(digits) == 11 and digits.startswith("8"):
        digits = "7" + digits[1:]
    if len(digits) == 10 and digits.startswith("9"):
        digits = "7" + digits
    return digits


def phone_search_prefix(text: str) -> str:
    """The stored-form prefix of what was typed: '8912', '+7 912' and '912' give '7912'."""
    digits = "".join(_PHONE_DIGITS.findall(text))
    if digits.startswith("8"):
        return "7" + digits[1:]
    if digits.startswith("9"):
        return "7" + digits
    return digits


def validate_phone(text: str) -> str:
    """Return the normalized phone, or raise if it cannot be a phone number."""
    digits = normalize_phone(text)
    if not 7 <= len(digits) <= 15:
        raise InvalidInput(
            f"'{text}' is not a phone number: type it like +7 912 345-67-89",
            field="phone",
            code="phone_invalid",
            text=text,
        )
    return digits


def mask_phone(phone: str) -> str:
    """Show a stored phone with its middle hidden: '79123456789' gives '+7 912 ***-**-89'."""
    if len(phone) < 7:
        return "*" * len(phone)
    if len(phone) == 11 and phone.startswith("7"):
        return f"+7 {phone[1:4]} ***-**-{phone[-2:]}"
    return "+" + phone[:3] + "*" * (len(phone) - 5) + phone[-2:]


def format_phone(phone: str) -> str:
    """Show a stored phone in full: '79123456789' gives '+7 912 345-67-89'."""
    if len(phone) == 11 and phone.startswith("7"):
        return f"+7 {phone[1:4]} {phone[4:7]}-{phone[7:9]}-{phone[9:]}"
    return f"+{phone}" if phone else ""


def normalize_name(text: str) -> str:
    """Collapse white space in a person's name."""
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Member:
    """A loyalty programme member."""

    id: str
    name: str
    phone: str
    email: str = ""
    birthday: date | None = None
    consent_at: datetime | None = None
    registered_on: date | None = None
    referrer_id: str | None = None
    referral_rewarded: bool = False
    last_birthday_bonus_year: int | None = None
    membership_until: date | None = None
    last_purchase_on: date | None = None
    erased_at: datetime | None = None
    merged_into: str | None = None
    marketing_consent_at: datetime | None = None
    """When the customer agreed to receive offers (None: no marketing consent); apart from
    `consent_at`, the consent to keep their personal data at all."""

    @property
    def first_name(self) -> str:
        """The first word of the name, as shown on a customer display."""
        return self.name.split(" ")[0] if self.name else ""

    @property
    def is_erased(self) -> bool:
        """True once the personal data was wiped on request."""
        return self.erased_at is not None

    def erased(self, at: datetime) -> Member:
        """Return this member with every personal field wiped."""
        return replace(
            self,
            name="",
            phone="",
            email="",
            birthday=None,
            consent_at=None,
            marketing_consent_at=None,
            erased_at=at,
        )


def birthday_in_window(birthday: date | None, today: date, window_days: int) -> bool:
    """True if today is within `window_days` before or after this year's birthday."""
    if birthday is None:
        return False
    for year in (today.year - 1, today.year, today.year + 1):
        anniversary = _anniversary(birthday, year)
        if abs((today - anniversary).days) <= window_days:
            return True
    return False


def birthday_year(birthday: date, today: date, window_days: int) -> int | None:
    """The year of the birthday whose window contains today, if any (for once-a-year bonuses)."""
    for year in (today.year - 1, today.year, today.year + 1):
        if abs((today - _anniversary(birthday, year)).days) <= window_days:
            return year
    return None


def _anniversary(birthday: date, year: int) -> date:
    try:
        return birthday.replace(year=year)
    except ValueError:  # 29 February in a common year: celebrated on 28 February
        return date(year, 2, 28)
