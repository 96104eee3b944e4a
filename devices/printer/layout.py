"""Lay a slip out as lines of a fixed width: the lines the printer gets, and the plain text.

`slip_lines` decides what the slip says and in which order; `format_line` pads a line to the
paper width; `render_text` joins them. The ESC/POS renderer prints exactly these lines, and the
PDF renderer draws the same lines with the left part left-aligned and the right part right-aligned.
"""

from __future__ import annotations

import enum
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, replace

from pos_loyalty.domain.slip import (
    Slip,
    SlipKind,
    SlipLabels,
    expiring_text,
    format_slip_date,
    format_slip_datetime,
    format_slip_money,
    labels_for,
    slip_challenge_text,
)


class Paper(enum.IntEnum):
    """Thermal paper roll width in millimetres; `columns` is the characters per line (font A)."""

    MM58 = 58
    MM80 = 80

    @property
    def columns(self) -> int:
        """Characters per line in font A."""
        return 32 if self is Paper.MM58 else 48


class Style(enum.StrEnum):
    """How a line stands out."""

    PLAIN = "plain"
    STRONG = "strong"
    RULE = "rule"
    BARCODE = "barcode"


@dataclass(frozen=True, slots=True)
class SlipLine:
    """One line of a slip: left text, optional right-aligned text, centring and emphasis."""

    left: str = ""
    right: str = ""
    center: bool = False
    style: Style = Style.PLAIN


TextFilter = Callable[[str], str]
"""Rewrites text before it is laid out, e.g. to the characters a printer's code page has."""


def render_text(
    slip: Slip, width: int | Paper = Paper.MM80, *, text_filter: TextFilter | None = None
) -> str:
    """Render the slip as plain text, the same lines the receipt printer gets."""
    columns = width.columns if isinstance(width, Paper) else width
    lines = slip_lines(slip, columns, text_filter=text_filter)
    return "\n".join(format_line(line, columns) for line in lines) + "\n"


def format_line(line: SlipLine, width: int) -> str:
    """Pad one laid-out line to `width` characters (no trailing spaces)."""
    if line.style is Style.RULE:
        return "-" * width
    if line.center:
        return line.left.center(width).rstrip()
    if not line.right:
        return line.left
    gap = max(width - len(line.left) - len(line.right), 1)
    return f"{line.left}{' ' * gap}{line.right}"


def slip_lines(slip: Slip, width: int, *, text_filter: TextFilter | None = None) -> list[SlipLine]:
    """Lay the slip out as lines no wider than `width` characters."""
    if width < 16:
        raise ValueError(f"a slip needs at least 16 characters per line, got {width}")
    labels = labels_for(slip.language)
    parts = [
        _heading(slip, labels, width),
        _amounts(slip, labels),
        _programme(slip, labels),
        _points(slip, labels),
        _closing(slip, labels, width),
    ]
    lines: list[SlipLine] = []
    for part in parts:
        lines.extend(part)
    if text_filter is not None:
        lines = [_filtered(line, text_filter) for line in lines]
    return [fitted for line in lines for fitted in _fit(line, width)]


def _filtered(line: SlipLine, text_filter: TextFilter) -> SlipLine:
    if line.style is Style.BARCODE:
        return line
    return replace(line, left=text_filter(line.left), right=text_filter(line.right))


def _heading(slip: Slip, labels: SlipLabels, width: int) -> list[SlipLine]:
    lines = [SlipLine(slip.store_heading(labels), center=True, style=Style.STRONG)]
    lines += [SlipLine(text, center=True) for text in _wrap(slip.header_lines, width)]
    if slip.is_copy:
        lines.append(SlipLine(f"*** {labels.copy_marker} ***", center=True, style=Style.STRONG))
    title = {SlipKind.REFUND: labels.refund_title, SlipKind.REWARD: labels.reward_title}.get(
        slip.kind, labels.sale_title
    )
    lines.append(SlipLine(title, center=True, style=Style.STRONG))
    lines.append(SlipLine(labels.receipt, slip.receipt_number))
    lines.append(SlipLine(labels.date, format_slip_datetime(slip.issued_at, slip.language)))
    return lines


def _amounts(slip: Slip, labels: SlipLabels) -> list[SlipLine]:
    if slip.reward_name:  # a reward is taken for points: no money changes hands
        return []

    def money(amount: int) -> str:
        return format_slip_money(amount, slip.currency, slip.language)

    lines = [SlipLine(style=Style.RULE), SlipLine(labels.total, money(slip.total))]
    if slip.discount:
        lines.append(SlipLine(labels.discount, money(-slip.discount)))
    if slip.points_redeemed or slip.redeemed_value:
        label = labels.paid_with_points.format(points=slip.points_redeemed)
        lines.append(SlipLine(label, money(-slip.redeemed_value)))
    paid_label = labels.refunded if slip.kind is SlipKind.REFUND else labels.paid
    lines.append(SlipLine(paid_label, money(slip.paid), style=Style.STRONG))
    return lines


def _programme(slip: Slip, labels: SlipLabels) -> list[SlipLine]:
    lines = [SlipLine(style=Style.RULE), SlipLine(labels.card, slip.masked_card)]
    if slip.tier_name:
        lines.append(SlipLine(labels.tier, slip.tier_name))
    if slip.next_tier_name and slip.to_next_tier is not None:
        label = labels.to_next_tier.format(tier=slip.next_tier_name)
        amount = format_slip_money(slip.to_next_tier, slip.currency, slip.language)
        lines.append(SlipLine(label, amount))
    if slip.membership_until is not None:
        day = format_slip_date(slip.membership_until, slip.language)
        lines.append(SlipLine(labels.membership_until.format(date=day)))
    return lines


def _points(slip: Slip, labels: SlipLabels) -> list[SlipLine]:
    refund = slip.kind is SlipKind.REFUND
    lines = [SlipLine(labels.balance_before, str(slip.balance_before))]
    if slip.reward_name:
        label = labels.reward_returned if refund else labels.reward
        points = slip.reward_points if refund else -slip.reward_points
        lines.append(SlipLine(label.format(name=slip.reward_name), _signed(points)))
    if slip.points_redeemed:
        label = labels.points_returned if refund else labels.redeemed
        lines.append(
            SlipLine(label, _signed(slip.points_redeemed if refund else -slip.points_redeemed))
        )
    if slip.points_earned:
        label = labels.points_reversed if refund else labels.earned
        lines.append(
            SlipLine(label, _signed(-slip.points_earned if refund else slip.points_earned))
        )
    if slip.points_pending:
        lines.append(SlipLine(labels.pending, str(slip.points_pending)))
    lines.append(SlipLine(labels.balance_after, str(slip.balance_after), style=Style.STRONG))
    lines += [SlipLine(expiring_text(p, day, slip.language)) for p, day in slip.expiring]
    if slip.points_pending:
        lines.append(SlipLine(labels.pending_note))
    lines += [SlipLine(slip_challenge_text(c, slip.language)) for c in slip.challenges]
    return lines


def _closing(slip: Slip, labels: SlipLabels, width: int) -> list[SlipLine]:
    lines: list[SlipLine] = []
    if slip.card_barcode:
        lines.append(SlipLine(slip.card_barcode, center=True, style=Style.BARCODE))
    if slip.footer:
        lines.append(SlipLine(style=Style.RULE))
        footer = _wrap(tuple(slip.footer.splitlines()), width)
        lines += [SlipLine(text, center=True) for text in footer]
    return lines


def _signed(points: int) -> str:
    return f"+{points}" if points > 0 else str(points)


def _wrap(texts: tuple[str, ...], width: int) -> list[str]:
    wrapped: list[str] = []
    for text in texts:
        wrapped.extend(textwrap.wrap(text, width) or [""])
    return wrapped


def _fit(line: SlipLine, width: int) -> list[SlipLine]:
    """Split a line that does not fit: long left text wraps, the value goes right below."""
    if line.style in (Style.RULE, Style.BARCODE):
        return [line]
    if not line.right:
        return [
            SlipLine(text, center=line.center, style=line.style)
            for text in _wrap((line.left,), width)
        ]
    if len(line.left) + 1 + len(line.right) <= width:
        return [line]
    head = [SlipLine(text, style=line.style) for text in _wrap((line.left,), width)]
    value = line.right if len(line.right) <= width else line.right[: width - 1] + "~"
    return [*head, SlipLine("", value, style=line.style)]
