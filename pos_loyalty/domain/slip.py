"""The loyalty slip: what the customer takes home after a sale or a refund.

One model, `Slip`, rendered by the device layer to ESC/POS bytes, PDF and plain text. It holds
only what the slip shows: amounts in minor units, whole points, a masked card (the last 4 digits;
there is no phone field at all). Its words are English source texts marked for translation
(`SOURCE_LABELS`, context `Slip`), translated into the slip's language when it is rendered.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from typing import Literal, NamedTuple

from pos_loyalty.domain.cards import validate_card_number
from pos_loyalty.domain.challenge_words import ChallengeLine, challenge_text
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import Minor
from pos_loyalty.i18n import QT_TRANSLATE_NOOP, Translate, translator_for
from pos_loyalty.i18n.local import NBSP, conventions, date_text, datetime_text, money_text

Language = Literal["ru", "en"]
LANGUAGES: tuple[Language, ...] = ("ru", "en")


class SlipKind(enum.StrEnum):
    """Why the slip is printed."""

    SALE = "sale"
    REFUND = "refund"
    REWARD = "reward"


class ExpiringPoints(NamedTuple):
    """Points that expire on a date (shown for the next 30 days)."""

    points: int
    on: date


@dataclass(frozen=True, slots=True)
class Slip:
    """Everything a loyalty slip shows; money in minor units, points as whole numbers."""

    store_name: str
    receipt_number: str
    issued_at: datetime
    total: Minor
    paid: Minor
    card_last4: str
    discount: Minor = 0
    points_redeemed: int = 0
    redeemed_value: Minor = 0
    points_earned: int = 0
    points_pending: int = 0
    balance_before: int = 0
    balance_after: int = 0
    tier_name: str = ""
    next_tier_name: str = ""
    to_next_tier: Minor | None = None
    expiring: tuple[ExpiringPoints, ...] = ()
    header_lines: tuple[str, ...] = ()
    footer: str = ""
    language: Language = "ru"
    kind: SlipKind = SlipKind.SALE
    is_copy: bool = False
    card_barcode: str = ""
    currency: str = "₽"
    membership_until: date | None = None
    """The last day of the member's paid club membership, when it runs."""
    reward_name: str = ""
    """A reward of the catalogue taken for points (kind REWARD) or given back (kind REFUND)."""
    reward_points: int = 0
    challenges: tuple[ChallengeLine, ...] = ()
    """The member's challenges still open, and those this sale completed."""

    def __post_init__(self) -> None:
        _check_whole_numbers(self)
        if self.language not in LANGUAGES:
            raise InvalidInput(f"slip language '{self.language}' is not one of ru, en")
        last4 = self.card_last4
        if len(last4) != 4 or not (last4.isascii() and last4.isdigit()):
            raise InvalidInput(f"card_last4 '{last4}' must be the last 4 digits of a card")
        if self.card_barcode:
            validate_card_number(self.card_barcode)
            if not self.card_barcode.endswith(self.card_last4):
                raise InvalidInput("card_barcode must be the card whose last 4 digits are shown")
        for item in self.expiring:
            if not isinstance(item.on, date):
                raise InvalidInput(f"expiring points need a date, got {item.on!r}")

    @property
    def masked_card(self) -> str:
        """The card as the slip shows it: '**** 1234'."""
        return f"**** {self.card_last4}"

    def store_heading(self, labels: SlipLabels) -> str:
        """The store's name, or the word for a store in the slip's language if none is set."""
        return self.store_name or labels.store

    def as_copy(self) -> Slip:
        """Return the same slip marked as a copy (for a reprint)."""
        return replace(self, is_copy=True)


_WHOLE_FIELDS = (
    "total",
    "paid",
    "discount",
    "points_redeemed",
    "redeemed_value",
    "points_earned",
    "points_pending",
    "balance_before",
    "balance_after",
    "reward_points",
)


def _check_whole_numbers(slip: Slip) -> None:
    """Refuse floats and bools where money or points belong."""
    for name in _WHOLE_FIELDS:
        value = getattr(slip, name)
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidInput(f"slip field {name} must be a whole number, got {value!r}")
    if slip.to_next_tier is not None and (
        not isinstance(slip.to_next_tier, int) or isinstance(slip.to_next_tier, bool)
    ):
        raise InvalidInput("slip field to_next_tier must be a whole number of minor units")
    for item in slip.expiring:
        if not isinstance(item.points, int) or isinstance(item.points, bool):
            raise InvalidInput(f"expiring points must be whole, got {item.points!r}")


@dataclass(frozen=True, slots=True)
class SlipLabels:
    """The words on a slip in one language; `{...}` fields are filled in by the renderer."""

    sale_title: str
    refund_title: str
    copy_marker: str
    receipt: str
    date: str
    total: str
    discount: str
    paid_with_points: str
    paid: str
    refunded: str
    card: str
    tier: str
    to_next_tier: str
    balance_before: str
    redeemed: str
    earned: str
    points_returned: str
    points_reversed: str
    pending: str
    pending_note: str
    balance_after: str
    refund_footer: str
    membership_until: str
    reward_title: str
    reward: str
    reward_returned: str
    store: str
    """The heading of a slip whose store has no name set."""


CONTEXT = "Slip"

SOURCE_LABELS = SlipLabels(
    sale_title=QT_TRANSLATE_NOOP("Slip", "Loyalty programme"),
    refund_title=QT_TRANSLATE_NOOP("Slip", "REFUND"),
    copy_marker=QT_TRANSLATE_NOOP("Slip", "COPY"),
    receipt=QT_TRANSLATE_NOOP("Slip", "Receipt no."),
    date=QT_TRANSLATE_NOOP("Slip", "Date"),
    total=QT_TRANSLATE_NOOP("Slip", "Total"),
    discount=QT_TRANSLATE_NOOP("Slip", "Discount"),
    paid_with_points=QT_TRANSLATE_NOOP("Slip", "Paid with points ({points})"),
    paid=QT_TRANSLATE_NOOP("Slip", "To pay"),
    refunded=QT_TRANSLATE_NOOP("Slip", "Refunded"),
    card=QT_TRANSLATE_NOOP("Slip", "Card"),
    tier=QT_TRANSLATE_NOOP("Slip", "Tier"),
    to_next_tier=QT_TRANSLATE_NOOP("Slip", "To reach {tier}"),
    balance_before=QT_TRANSLATE_NOOP("Slip", "Balance before"),
    redeemed=QT_TRANSLATE_NOOP("Slip", "Points redeemed"),
    earned=QT_TRANSLATE_NOOP("Slip", "Points earned"),
    points_returned=QT_TRANSLATE_NOOP("Slip", "Points returned"),
    points_reversed=QT_TRANSLATE_NOOP("Slip", "Points reversed"),
    pending=QT_TRANSLATE_NOOP("Slip", "Pending points*"),
    pending_note=QT_TRANSLATE_NOOP("Slip", "* spendable after the return period"),
    balance_after=QT_TRANSLATE_NOOP("Slip", "Balance after"),
    refund_footer=QT_TRANSLATE_NOOP("Slip", "Your refund is done. Please keep this slip."),
    membership_until=QT_TRANSLATE_NOOP("Slip", "Club member until {date}"),
    reward_title=QT_TRANSLATE_NOOP("Slip", "Reward for points"),
    reward=QT_TRANSLATE_NOOP("Slip", "Reward: {name}"),
    reward_returned=QT_TRANSLATE_NOOP("Slip", "Reward returned: {name}"),
    store=QT_TRANSLATE_NOOP("Slip", "Store"),
)
"""The slip's words in English, the source language, each marked for translation."""


def labels_for(language: str, translate: Translate | None = None) -> SlipLabels:
    """Return the slip labels for 'ru' or 'en', through `translate` or the installed one."""
    if language not in LANGUAGES:
        raise InvalidInput(f"no slip labels for language '{language}': use ru or en")
    translate = translate or translator_for(language)
    words = {f.name: translate(CONTEXT, getattr(SOURCE_LABELS, f.name)) for f in fields(SlipLabels)}
    return SlipLabels(**words)


def expiring_text(points: int, day: date, language: str, translate: Translate | None = None) -> str:
    """The line for points whose last spendable day is `day`: '1 балл действует до ...'."""
    translate = translate or translator_for(language)
    line = translate("Slip", "%n point(s) can be spent until {date}", None, points)
    return line.format(date=format_slip_date(day, language))


def slip_challenge_text(line: ChallengeLine, language: str) -> str:
    """The line of a challenge's progress: 'Пять покупок: 3 из 5 покупок, осталось 12 дней'."""
    group = " " if conventions(language).group == NBSP else None  # as `format_slip_money`
    return challenge_text(line, language, group=group)


def format_slip_date(day: date, language: str) -> str:
    """Format a date the way the slip's language expects: 01.12.2024 or 2024-12-01."""
    return date_text(day, language)


def format_slip_datetime(moment: datetime, language: str) -> str:
    """Format the date and time of a slip to the minute."""
    return datetime_text(moment, language)


def format_slip_money(amount: Minor, currency: str, language: str) -> str:
    """Format an amount with its currency: '1 234,50 ₽' (ru) or '1,234.50 ₽' (en).

    A slip groups thousands with a plain space: not every printer's code page has a no-break
    space.
    """
    group = " " if conventions(language).group == NBSP else None
    return f"{money_text(amount, language, group=group)} {currency}".rstrip()
