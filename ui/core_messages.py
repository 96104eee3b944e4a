"""The core's refusals in the window's language: one table from message code to sentence.

The core raises `LoyaltyError`s with an English message (for the command line and the logs),
a stable `code` and the values in it (`params`). This module is the one place where the app
turns a code and its values into a whole sentence in the interface language: every sentence is
marked with `QT_TRANSLATE_NOOP("CoreMessages", ...)` so `python -m ui.translations update`
collects it, and the values go into named placeholders after translation. Money comes as minor
units and is written the local way; other numbers are grouped. An error without a known code
(and a device error without a headline) keeps its English message.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from devices import PrinterError
from pos_loyalty.i18n.local import count_text, date_text
from ui.dialogs.device_messages import printer_headline
from ui.i18n import current_language, format_money

CONTEXT = "CoreMessages"
MONEY_PARAMS = frozenset({"amount", "left", "total", "maximum", "threshold", "fee"})
"""Parameters that hold money (integer minor units)."""
DATE_PARAMS = frozenset({"until", "last_day", "first_day"})
"""Parameters that hold a day (ISO text), written 01.03.2027 in Russian."""

DEFAULT_BLOCK_REASON = "lost"

MESSAGES: Mapping[str, object] = {
    # what a scanner read, or a card number typed in
    "card_not_read": QT_TRANSLATE_NOOP(
        "CoreMessages", "No card number was read: scan the card again or type its 13 digits."
    ),
    "card_not_digits": QT_TRANSLATE_NOOP(
        "CoreMessages", "'{read}' is not a card number: a card number has 13 digits."
    ),
    "card_wrong_length": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{read}' has {digits} digits, a card number has 13: scan again or type it in full.",
    ),
    "card_check_digit": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{read}' has a wrong check digit (the last digit should be {expected}): the number was "
        "misread or mistyped, scan again.",
    ),
    "card_foreign": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{read}' is a valid barcode but not a loyalty card (ours start with {prefix}).",
    ),
    "scan_truncated": QT_TRANSLATE_NOOP(
        "CoreMessages", "Incomplete read '{read}': the scan was cut off, scan the card again."
    ),
    "scan_too_long": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Read '{read}' is far too long for a card number: check the scanner settings "
        "(terminator, baud rate) and scan again.",
    ),
    "scan_outside_frame": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Unexpected bytes '{read}' outside an STX/ETX frame: check that the scanner's "
        "terminator setting matches the scanner.",
    ),
    "scan_not_text": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Read '{read}' contains bytes that are not text: check the scanner's baud rate and "
        "framing (e.g. 9600 8N1) and scan again.",
    ),
    "scan_control_chars": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Read '{read}' contains control characters: it is not a card number; check the "
        "scanner's prefix/suffix settings.",
    ),
    "scan_garbled": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Line noise '{read}' from the scanner was ignored: if the card was not read, scan it "
        "again.",
    ),
    "scan_symbology": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "'{read}' is a {symbology} barcode, not a loyalty card: scan the card's EAN-13 barcode.",
    ),
    # the card and its member
    "no_programme": QT_TRANSLATE_NOOP(
        "CoreMessages", "No loyalty programme is set up: a manager must set it up first."
    ),
    "card_unknown": QT_TRANSLATE_NOOP(
        "CoreMessages", "Card {card} is not known here: check the number or sync the terminal."
    ),
    "card_member_missing": QT_TRANSLATE_NOOP(
        "CoreMessages", "Card {card} points to a member that is missing: sync the terminal."
    ),
    "card_blocked": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Card {card} is blocked ({reason}); it belonged to {member}: nothing can be done with "
        "it, issue a new card.",
    ),
    "card_blocked_nameless": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Card {card} is blocked ({reason}): nothing can be done with it, issue a new card.",
    ),
    "card_replaced": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Card {card} was replaced by card {new_card}: the balance is on the new card, scan "
        "that one.",
    ),
    "card_unregistered": QT_TRANSLATE_NOOP(
        "CoreMessages", "Card {card} is not registered to anyone: register it first."
    ),
    # registering a member
    "consent_missing": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The customer has not consented to the use of personal data: ask first, then tick the box.",
    ),
    "consent_erased": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This member's personal data was erased: there is no one to send offers to.",
    ),
    "consent_merged": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This member was merged into another: record the consent on the member who holds the "
        "cards now.",
    ),
    "segment_unknown": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "There is no segment '{name}': choose champions, loyal, potential, new, at-risk, "
        "cant-lose, hibernating or lost.",
    ),
    "name_empty": QT_TRANSLATE_NOOP(
        "CoreMessages", "The name is empty: type at least a first name."
    ),
    "phone_invalid": QT_TRANSLATE_NOOP(
        "CoreMessages", "'{text}' is not a phone number: type it like +7 912 345-67-89."
    ),
    "phone_taken": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This phone already belongs to a member: find them by phone (F2) instead.",
    ),
    # the check
    "amount_unreadable": QT_TRANSLATE_NOOP(
        "CoreMessages", "'{text}' is not an amount: type it like 1234.50."
    ),
    "amount_too_precise": QT_TRANSLATE_NOOP(
        "CoreMessages", "'{text}' has more than 2 decimal places: amounts are to the kopeck."
    ),
    "check_empty": QT_TRANSLATE_NOOP("CoreMessages", "The check is empty: type the amount."),
    "line_not_positive": QT_TRANSLATE_NOOP(
        "CoreMessages", "A check line of {amount}: amounts must be more than 0."
    ),
    "points_not_number": QT_TRANSLATE_NOOP(
        "CoreMessages", "'{value}' is not a number of points: type a whole number or press F4."
    ),
    "points_not_spendable": QT_TRANSLATE_NOOP(
        "CoreMessages", "Points that can be spent today: {available}; asked: {asked}."
    ),
    "points_missing": QT_TRANSLATE_NOOP("CoreMessages", "Points missing: {missing}."),
    # refunds and voids
    "refund_no_reason": QT_TRANSLATE_NOOP(
        "CoreMessages", "A refund needs a reason (for example: goods returned)."
    ),
    "refund_not_positive": QT_TRANSLATE_NOOP(
        "CoreMessages", "A refund of {amount}: the amount must be more than 0."
    ),
    "refund_too_large": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A refund of {amount} is more than what is left to refund on this sale ({left} of "
        "{total}): check the amount.",
    ),
    "void_no_sale": QT_TRANSLATE_NOOP("CoreMessages", "There is no sale on this terminal to void."),
    "void_other_day": QT_TRANSLATE_NOOP(
        "CoreMessages", "The last sale was on another day: make a refund instead of a void."
    ),
    "void_refunded": QT_TRANSLATE_NOOP(
        "CoreMessages", "The last sale was already (partly) refunded: make a refund instead."
    ),
    "void_other_terminal": QT_TRANSLATE_NOOP(
        "CoreMessages", "The sale was made on another terminal: make a refund instead of a void."
    ),
    "void_not_last": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Another sale was made on this terminal since: make a refund instead of a void.",
    ),
    "sale_unknown": QT_TRANSLATE_NOOP(
        "CoreMessages", "There is no sale {sale}: choose the sale in the history again."
    ),
    "slip_unknown": QT_TRANSLATE_NOOP(
        "CoreMessages", "No slip was kept for {sale}: choose the sale in the history again."
    ),
    # redemption reserved at the central server, and figures the server checks
    "reserve_not_positive": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A reservation of {points} points: reserve a positive number of points, or record the "
        "sale without redeeming.",
    ),
    "reserve_too_large": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A reservation of {points} points is more than any member holds: check that a card "
        "number was not typed as points.",
    ),
    "refund_over_share": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The refunds of this sale would give back {given}, more than the share of the goods "
        "returned allows ({allowed}): check the refund.",
    ),
    # checks sent by the shop's till (the till API)
    "till_no_id": QT_TRANSLATE_NOOP(
        "CoreMessages", "The check has no id: send the till's check id."
    ),
    "till_check_closed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The check {check} is already {state}: give a changed check a new id at the till.",
    ),
    "till_check_unknown": QT_TRANSLATE_NOOP(
        "CoreMessages", "No check {check} was calculated: calculate it first."
    ),
    "till_check_changed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The figures of the check {check} have changed since it was calculated: calculate it "
        "again and show the customer the new figures.",
    ),
    "till_check_moved": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The till sent the check {check} again meanwhile: choose the card and the points again.",
    ),
    "till_check_sold": QT_TRANSLATE_NOOP(
        "CoreMessages", "The check {check} was sold: refund its lines instead of cancelling."
    ),
    "till_check_not_sold": QT_TRANSLATE_NOOP(
        "CoreMessages", "The check {check} was not sold: there is nothing to refund."
    ),
    "till_no_lines": QT_TRANSLATE_NOOP(
        "CoreMessages", "No lines to refund: name the lines returned."
    ),
    "till_line_unknown": QT_TRANSLATE_NOOP(
        "CoreMessages", "Give each returned line once, numbered from 1."
    ),
    "till_line_refunded": QT_TRANSLATE_NOOP(
        "CoreMessages", "Some of these lines of the check {check} were already refunded."
    ),
    "till_quantity_invalid": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Line {line}: '{quantity}' is not a quantity to return: give a number above 0, such as "
        "2 or 0.350.",
    ),
    "till_quantity_unknown": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Line {line} has the quantity '{quantity}', which is not a number: return the whole line.",
    ),
    "till_quantity_too_large": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Line {line}: {asked} cannot come back, only {remaining} is left to refund.",
    ),
    "split_does_not_fit": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The discount and the points do not fit on the lines that may take them: quote the "
        "check again.",
    ),
    # the slip's store header
    "store_name_blank": QT_TRANSLATE_NOOP(
        "CoreMessages", "The store's name is empty: type the name printed on slips."
    ),
    "too_many_lines": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The slip has {count} header lines, at most {limit} fit: join or drop some.",
    ),
    # any text typed
    "text_too_long": QT_TRANSLATE_NOOP(
        "CoreMessages", "The text is {length} characters long, at most {limit} fit: shorten it."
    ),
    # the amount of a check
    "amount_is_card_number": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{amount} looks like a card number, not an amount: scan the card into the card field "
        "and type the check's total.",
    ),
    "check_over_max": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A check of {amount} is above the maximum of {maximum}: check the amount typed.",
    ),
    "check_large_unconfirmed": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A check of {amount} is above {threshold}: confirm the large amount to record it.",
    ),
    "spend_over_max": QT_TRANSLATE_NOOP(
        "CoreMessages", "A spend of {amount} is above {maximum}: check the amount."
    ),
    # points by hand
    "adjust_no_reason": QT_TRANSLATE_NOOP(
        "CoreMessages", "An adjustment needs a reason: say why the balance changes."
    ),
    "adjust_zero": QT_TRANSLATE_NOOP(
        "CoreMessages", "An adjustment of 0 points changes nothing: type a number like 50 or -50."
    ),
    "adjust_over_limit": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Points to adjust: {points}, above the approval limit of {limit}: a second manager "
        "must approve.",
    ),
    "adjust_over_balance": QT_TRANSLATE_NOOP(
        "CoreMessages", "The balance is {balance}: at most {most} points can be removed."
    ),
    # staff
    "pin_format": QT_TRANSLATE_NOOP("CoreMessages", "A PIN is 4 to 8 digits."),
    "staff_unknown": QT_TRANSLATE_NOOP(
        "CoreMessages", "{name} can no longer sign in: ask a manager."
    ),
    "staff_locked": QT_TRANSLATE_NOOP(
        "CoreMessages", "{name} is locked after wrong PINs: try again in {seconds} s."
    ),
    "pin_wrong": QT_TRANSLATE_NOOP("CoreMessages", "Wrong PIN for {name}."),
    "pin_wrong_locked": QT_TRANSLATE_NOOP(
        "CoreMessages", "Wrong PIN for {name}: locked for {seconds} s."
    ),
    "not_manager_pin": QT_TRANSLATE_NOOP(
        "CoreMessages", "That is not a manager's PIN: ask a manager to type theirs."
    ),
    "pin_format_manager": QT_TRANSLATE_NOOP("CoreMessages", "A manager's PIN is 6 to 8 digits."),
    # who may do what (the approval policy)
    "actor_not_staff": QT_TRANSLATE_NOOP(
        "CoreMessages", "Only a signed-in, active staff member can do this: sign in with your PIN."
    ),
    "needs_manager": QT_TRANSLATE_NOOP(
        "CoreMessages", "Only a manager can do this ({action}): ask a manager to approve."
    ),
    "needs_two_managers": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "Above the limit this ({action}) must be done by a manager and approved by a second "
        "manager.",
    ),
    "needs_second_manager": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "This ({action}) needs the approval of a manager other than the person doing it: ask "
        "a second manager.",
    ),
    "approver_not_manager": QT_TRANSLATE_NOOP(
        "CoreMessages", "{name} is not an active manager: ask a manager to approve."
    ),
    "self_approval": QT_TRANSLATE_NOOP(
        "CoreMessages", "Nobody can approve their own action: ask a second manager."
    ),
    "approver_unknown": QT_TRANSLATE_NOOP(
        "CoreMessages", "The approval must come from a staff account of this store: ask a manager."
    ),
    "refund_over_limit": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "A refund of {amount} is above the limit of {threshold}: a manager must approve.",
    ),
    "limit_negative": QT_TRANSLATE_NOOP("CoreMessages", "An approval limit is 0 or more."),
    # paid club membership
    "membership_no_plan": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The programme sells no club membership: a manager sets its fee and period in the "
        "back office first (Programme, Club membership).",
    ),
    "membership_active": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The member is in the club until {until}: renew the membership instead of selling a "
        "new one.",
    ),
    "membership_refund_partial": QT_TRANSLATE_NOOP(
        "CoreMessages", "A membership is refunded in full only: refund {fee}."
    ),
    "membership_refund_late": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The membership could be refunded until {last_day}; now it runs to its end: ask a "
        "manager for a goodwill adjustment instead.",
    ),
    "membership_refund_not_latest": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The membership was renewed or changed after this sale: refund the latest membership "
        "sale first.",
    ),
    # rewards for points
    "reward_unknown": QT_TRANSLATE_NOOP(
        "CoreMessages", "There is no reward '{reward}' in the programme: choose one from the list."
    ),
    "reward_not_yet": QT_TRANSLATE_NOOP(
        "CoreMessages", "The reward '{reward}' is offered from {first_day}: not yet."
    ),
    "reward_ended": QT_TRANSLATE_NOOP(
        "CoreMessages", "The reward '{reward}' was offered until {last_day}: it is over."
    ),
    "reward_out_of_stock": QT_TRANSLATE_NOOP(
        "CoreMessages", "None of the reward '{reward}' is left: offer the customer another one."
    ),
    "reward_too_few_points": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The reward '{reward}' costs {points} points; the member can spend {spendable}.",
    ),
    "reward_offline_points": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The server does not answer, and offline the caps allow {allowed} points now: the "
        "reward '{reward}' costs {points}.",
    ),
    "reward_offline_share": QT_TRANSLATE_NOOP(
        "CoreMessages",
        "The server does not answer, and this counter already gave its share of the reward "
        "'{reward}' ({share}): give it once the server answers again.",
    ),
    "reward_refused": QT_TRANSLATE_NOOP(
        "CoreMessages", "The server did not hold the reward '{reward}': try again."
    ),
    "reward_entry_unknown": QT_TRANSLATE_NOOP(
        "CoreMessages", "No reward was given with the entry {entry}: check it in the history."
    ),
    "reward_already_refunded": QT_TRANSLATE_NOOP(
        "CoreMessages", "This reward was already refunded: its points are back."
    ),
}
_LOST = QT_TRANSLATE_NOOP("CoreMessages", "lost")
ACTIONS: Mapping[str, object] = {
    "refund": QT_TRANSLATE_NOOP("CoreMessages", "a refund"),
    "redeem_over_cap": QT_TRANSLATE_NOOP("CoreMessages", "redeeming over the cap"),
    "adjust": QT_TRANSLATE_NOOP("CoreMessages", "a points adjustment"),
    "bonus": QT_TRANSLATE_NOOP("CoreMessages", "a bonus"),
    "programme": QT_TRANSLATE_NOOP("CoreMessages", "a programme change"),
    "staff": QT_TRANSLATE_NOOP("CoreMessages", "a change to staff accounts"),
    "erase": QT_TRANSLATE_NOOP("CoreMessages", "erasing a member's data"),
    "settings": QT_TRANSLATE_NOOP("CoreMessages", "a change of settings"),
    "raise_limit": QT_TRANSLATE_NOOP("CoreMessages", "raising an approval limit"),
}
"""The approval policy's actions (`domain.approvals.Action`), as the sentences name them."""


def core_message(error: BaseException, language: str = "") -> str:
    """What the cashier reads for `error`, in the interface language (money in `language`)."""
    language = language or current_language()
    code = getattr(error, "code", "")
    template = MESSAGES.get(code) if isinstance(code, str) else None
    if template is None:
        if isinstance(error, PrinterError) and language != "en":
            return printer_headline(error) or str(error)
        return str(error)
    params = getattr(error, "params", {})
    values = {name: _shown(name, value, language) for name, value in params.items()}
    return QCoreApplication.translate(CONTEXT, str(template)).format_map(_Missing(values))


def _shown(name: str, value: object, language: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        if name in MONEY_PARAMS:
            return format_money(value, language)
        return count_text(value, language)
    if name in DATE_PARAMS and isinstance(value, str):
        return _local_day(value, language)
    if name == "reason" and value == DEFAULT_BLOCK_REASON:
        return QCoreApplication.translate(CONTEXT, str(_LOST))
    if name == "action" and isinstance(value, str) and value in ACTIONS:
        return QCoreApplication.translate(CONTEXT, str(ACTIONS[value]))
    return str(value)


def _local_day(iso: str, language: str) -> str:
    try:
        return date_text(date.fromisoformat(iso), language)
    except ValueError:  # not a day after all: show what the core gave
        return iso


class _Missing(dict[str, str]):
    """Leave a placeholder that a (wrong) translation names but the error lacks as it is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
