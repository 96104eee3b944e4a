"""Member, card, programme, sale and refund messages: applied, or refused with a reason.

The server is where terminals' changes meet, so it decides conflicts: the first registration
of a card wins and a later one elsewhere is refused; an erased member's data never comes
back; a programme version, once stored, is not replaced. A message already applied is a
duplicate and changes nothing; a sale or refund sent again under its id with other figures
is a conflict. Nothing a terminal sends is trusted: sales, refunds and card numbers are
checked with the core's own rules (`pos_loyalty.domain.sale_checks`, `cards`) and refused
with the reason when they fail, so one faulty terminal cannot rewrite a member chain-wide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from db import jsontext
from db.repositories.cards import card_params
from db.repositories.daily_figures import FigureBatch
from db.repositories.sales import refund_params, sale_params
from pos_loyalty.domain.cards import Card, CardState, validate_card_number
from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.sale_checks import check_refund, check_sale
from pos_loyalty.domain.sales import Refund, Sale
from server.models import cards, members, programmes, refunds, sales
from server.store import card_blocks, changes, erasure, membership
from server.store import sale_figures as figures
from server.store.entries import Refusal
from server.store.spend import SpendKey

ACCEPTED, DUPLICATE = "accepted", "duplicate"
Outcome = str | Refusal
PERSONAL = ("name", "phone", "email", "birthday", "consent_at", "marketing_consent_at")


@dataclass
class Commands:
    """Applies one terminal's messages inside the push transaction."""

    connection: Connection
    terminal_id: str
    merges: dict[str, str] = field(default_factory=dict)
    """Merges later in the same batch (other -> kept): their cards' rebinding comes first."""
    spend: dict[SpendKey, int] = field(default_factory=dict)
    """Qualifying spend the batch's sales and refunds add, per member and day."""
    limits: dict[int, figures.Limits] = field(default_factory=dict)
    """The limits of each programme version met in the batch (read once)."""
    daily: FigureBatch = field(default_factory=FigureBatch)
    """The daily figures of the sales and refunds stored (`store.daily_figures` writes them)."""

    def _refuse(self, message_id: int, kind: str, key: str, reason: str) -> Refusal:
        return Refusal(message_id, kind, key, "refused", reason)

    def _member(self, member_id: str) -> Any:
        return self.connection.execute(select(members).where(members.c.id == member_id)).first()

    def _card(self, number: str) -> Any:
        return self.connection.execute(select(cards).where(cards.c.number == number)).first()

    def _changed(self, kind: str, key: str) -> None:
        changes.record(self.connection, kind, [key], self.terminal_id)

    def _conflict(self, message_id: int, kind: str, key: str, reason: str) -> Refusal:
        return Refusal(message_id, kind, key, "conflict", reason)

    def sale(self, message_id: int, sale: Sale) -> Outcome:
        """Store a sale (for the reports) if its figures add up; the same sale again is a
        duplicate, other figures under its id a conflict."""
        found = figures.stored_sale(self.connection, sale.id)
        if found is not None:
            if found == figures.of_sale(sale):
                return DUPLICATE
            reason = f"sale {sale.id} was already received with other figures: {figures.KEPT}"
            return self._conflict(message_id, "sale", sale.id, reason)
        version = sale.programme_version
        if version not in self.limits:
            self.limits[version] = figures.limits(self.connection, version)
        try:
            check_sale(sale, **self.limits[version]._asdict())
        except LoyaltyError as exc:
            reason = f"sale {sale.id} is not stored: {exc}"
            return self._refuse(message_id, "sale", sale.id, reason)
        self.connection.execute(insert(sales), sale_params(sale))
        self.daily.add_sale(sale)
        if sale.member_id is not None and sale.counts_as_spend:
            self._spent(sale.member_id, sale.business_date, sale.paid)
        self._membership_moved(membership.sold(self.connection, sale))
        return ACCEPTED

    def _membership_moved(self, member_id: str | None) -> None:
        if member_id is not None:
            self._changed(changes.MEMBER, member_id)

    def _spent(self, member_id: str, day: Any, amount: int) -> None:
        key = (member_id, day)
        self.spend[key] = self.spend.get(key, 0) + amount

    def refund(self, message_id: int, refund: Refund) -> Outcome:
        """Store a refund of a stored sale, if what is left of the sale covers it, and add it
        to the sale's refunded total; the same refund again is a duplicate."""
        found = figures.stored_refund(self.connection, refund.id)
        if found is not None:
            if found == figures.of_refund(refund):
                return DUPLICATE
            reason = f"refund {refund.id} was already received with other figures: {figures.KEPT}"
            return self._conflict(message_id, "refund", refund.id, reason)
        sale = figures.sale_of(self.connection, refund.sale_id)
        if sale is None:
            reason = f"sale {refund.sale_id} of this refund is not on the server"
            return self._refuse(message_id, "refund", refund.id, reason)
        try:
            check_refund(refund, sale, figures.refunded_before(self.connection, sale))
        except LoyaltyError as exc:
            reason = f"refund {refund.id} of sale {sale.id} is not stored: {exc}"
            return self._refuse(message_id, "refund", refund.id, reason)
        self.connection.execute(insert(refunds), refund_params(refund))
        self.daily.add_refund(refund, sale.kind)
        self.connection.execute(
            update(sales)
            .where(sales.c.id == refund.sale_id)
            .values(refunded=sales.c.refunded + refund.amount)
        )
        if sale.member_id is not None and sale.counts_as_spend:
            self._spent(sale.member_id, sale.business_date, -refund.money_returned)
        self._membership_moved(membership.refunded(self.connection, sale, refund.amount))
        return ACCEPTED

    def member_registered(self, message_id: int, member: Member) -> Outcome:
        """Store a new member."""
        if self._member(member.id) is not None:
            return DUPLICATE
        row = {name: getattr(member, name) for name in PERSONAL}
        self.connection.execute(
            insert(members).values(
                id=member.id,
                registered_on=member.registered_on,
                referrer_id=member.referrer_id,
                referral_rewarded=False,
                membership_until=member.membership_until,
                last_purchase_on=member.last_purchase_on,
                **row,
            )
        )
        self._changed(changes.MEMBER, member.id)
        return ACCEPTED

    def member_updated(self, message_id: int, member: Member, erased: bool) -> Outcome:
        """Store a member's edited personal data; never on an erased member.

        The club membership's end date stays the server's: membership sales and refunds move
        it (`server.store.membership`), so a terminal's stale or cleared date changes nothing.
        """
        found = self._member(member.id)
        if found is None:
            reason = f"member {member.id} is not on the server: its registration never arrived"
            return self._refuse(message_id, "member_updated", member.id, reason)
        if found.erased_at is not None or erased:
            reason = f"member {member.id} was erased: personal data cannot be restored"
            return self._refuse(message_id, "member_updated", member.id, reason)
        values: dict[str, Any] = {name: getattr(member, name) for name in PERSONAL}
        last = [d for d in (member.last_purchase_on, found.last_purchase_on) if d is not None]
        values["last_purchase_on"] = max(last) if last else None
        self.connection.execute(update(members).where(members.c.id == member.id).values(values))
        self._changed(changes.MEMBER, member.id)
        return ACCEPTED

    def member_erased(self, message_id: int, member_id: str, at: datetime) -> Outcome:
        """Wipe a member's personal data (the ledger stays, anonymous) and its refused copies."""
        found = self._member(member_id)
        if found is None:
            reason = f"member {member_id} is not on the server: nothing to erase"
            return self._refuse(message_id, "member_erased", member_id, reason)
        if found.erased_at is not None:
            return DUPLICATE
        wiped = {
            **{"name": "", "phone": "", "email": "", "birthday": None},
            **{"consent_at": None, "marketing_consent_at": None},
        }
        self.connection.execute(
            update(members).where(members.c.id == member_id).values(erased_at=at, **wiped)
        )
        erasure.scrub_rejections(self.connection, member_id)
        self._changed(changes.MEMBER, member_id)
        return ACCEPTED

    def member_merged(
        self, message_id: int, kept: str, other: str, numbers: tuple[str, ...], at: datetime
    ) -> Outcome:
        """Mark `other` as merged into `kept` and move the cards it names."""
        found, target = self._member(other), self._member(kept)
        if found is None or target is None:
            reason = f"members {kept} and {other} must both be on the server to be merged"
            return self._refuse(message_id, "member_merged", other, reason)
        if found.merged_into == kept:
            return DUPLICATE
        if found.merged_into is not None:
            reason = f"member {other} was already merged into {found.merged_into}"
            return self._refuse(message_id, "member_merged", other, reason)
        self.connection.execute(
            update(members).where(members.c.id == other).values(merged_into=kept)
        )
        if membership.merged(self.connection, target, found):
            self._changed(changes.MEMBER, kept)
        self.connection.execute(
            update(cards)
            .where(cards.c.number.in_(numbers), cards.c.member_id == other)
            .values(member_id=kept)
        )
        self._changed(changes.MEMBER, other)
        changes.record(self.connection, changes.CARD, numbers, self.terminal_id)
        return ACCEPTED

    def card_issued(self, message_id: int, card: Card) -> Outcome:
        """Store a new card (usually unassigned, from a printed batch).

        A number from another terminal's block, or one another terminal sent first, is a
        duplicate number (an older terminal numbering on its own): refused, nothing stored;
        so is a number in the blocks' range that no block holds, and one that is no card.
        """
        bad = self._bad_number(message_id, "card_issued", card)
        if bad is not None:
            return bad
        owner = card_blocks.owner_of(self.connection, card.number)
        if owner is not None and owner != self.terminal_id:
            reason = (
                f"card number {card.number} belongs to the block of card numbers given to "
                f"terminal {owner}: this terminal may not issue it (it must issue from its own "
                "block; update it and sync), the card is not stored"
            )
            return self._refuse(message_id, "card_issued", card.number, reason)
        found = self._card(card.number)
        if found is not None:
            origin = card_blocks.origin_of(self.connection, card.number)
            if owner == self.terminal_id or origin in (None, self.terminal_id):
                return DUPLICATE
            reason = (
                f"card number {card.number} was already issued by terminal {origin}: two cards "
                "carry the same number, so this one is not stored; take them out of use"
            )
            return self._refuse(message_id, "card_issued", card.number, reason)
        if owner is None and card_blocks.in_blocks_range(card.number):
            return self._unallocated(message_id, "card_issued", card)
        if card.member_id is not None and self._member(card.member_id) is None:
            return self._no_member(message_id, "card_issued", card)
        self._insert_card(card)
        return ACCEPTED

    def _insert_card(self, card: Card) -> None:
        self.connection.execute(insert(cards), {**card_params(card), "issued_at": None})
        card_blocks.record_origin(self.connection, card.number, self.terminal_id, datetime.now(UTC))
        self._changed(changes.CARD, card.number)

    def _bad_number(self, message_id: int, kind: str, card: Card) -> Refusal | None:
        """Refuse a number that is no card of ours (check digit, prefix), as a terminal does."""
        for number in (card.number, card.replaced_by):
            try:
                if number is not None:
                    validate_card_number(number)
            except LoyaltyError as exc:
                reason = f"card {number} is not stored: {exc}"
                return self._refuse(message_id, kind, card.number, reason)
        return None

    def _unallocated(self, message_id: int, kind: str, card: Card) -> Refusal:
        reason = (
            f"card number {card.number} lies in no block of card numbers the server gave: no "
            "terminal may issue it, so the card is not stored; a terminal issues new cards "
            "only from its own blocks (check its software), a pre-printed card keeps its number"
        )
        return self._refuse(message_id, kind, card.number, reason)

    def _no_member(self, message_id: int, kind: str, card: Card) -> Refusal:
        reason = f"card {card.number}: member {card.member_id} is not on the server"
        return self._refuse(message_id, kind, card.number, reason)

    def card_bound(self, message_id: int, card: Card, kind: str = "card_bound") -> Outcome:
        """Bind a card to a member: the first registration of a card wins.

        A card new to the server must be a card of ours and, in the range of the blocks, a
        number some terminal was given (pre-printed cards come from any terminal's block).
        """
        bad = self._bad_number(message_id, kind, card)
        if bad is not None:
            return bad
        if card.member_id is None:
            return self._refuse(message_id, kind, card.number, "the card names no member")
        if self._member(card.member_id) is None:
            return self._no_member(message_id, kind, card)
        found = self._card(card.number)
        if found is None:
            if card_blocks.unallocated(self.connection, card.number):
                return self._unallocated(message_id, kind, card)
            self._insert_card(card)
            return ACCEPTED
        if found.member_id == card.member_id:
            return DUPLICATE
        if found.member_id is not None and self.merges.get(found.member_id) == card.member_id:
            self.connection.execute(
                update(cards).where(cards.c.number == card.number).values(member_id=card.member_id)
            )
        elif found.member_id is not None:
            reason = (
                f"card {card.number} already belongs to another member (registered first "
                "elsewhere): this registration is refused, give the customer another card"
            )
            return self._refuse(message_id, kind, card.number, reason)
        elif found.state != CardState.ACTIVE.value:
            reason = f"card {card.number} is {found.state} on the server: take another card"
            return self._refuse(message_id, kind, card.number, reason)
        else:
            self.connection.execute(
                update(cards).where(cards.c.number == card.number).values(member_id=card.member_id)
            )
        self._changed(changes.CARD, card.number)
        return ACCEPTED

    def card_blocked(self, message_id: int, card: Card) -> Outcome:
        """Block a lost or stolen card."""
        found = self._card(card.number)
        if found is None:
            reason = f"card {card.number} is not on the server: nothing to block"
            return self._refuse(message_id, "card_blocked", card.number, reason)
        if found.state == CardState.BLOCKED.value:
            return DUPLICATE
        self.connection.execute(
            update(cards)
            .where(cards.c.number == card.number)
            .values(state=CardState.BLOCKED.value, block_reason=card.block_reason)
        )
        self._changed(changes.CARD, card.number)
        return ACCEPTED

    def card_replaced(self, message_id: int, old: str, new: Card) -> Outcome:
        """Move a member from an old card to a new one."""
        found = self._card(old)
        if found is None:
            reason = f"card {old} is not on the server: nothing to replace"
            return self._refuse(message_id, "card_replaced", old, reason)
        if found.state == CardState.REPLACED.value and found.replaced_by == new.number:
            return DUPLICATE
        if found.member_id is None or found.member_id != new.member_id:
            reason = f"card {old} does not belong to member {new.member_id} on the server"
            return self._refuse(message_id, "card_replaced", old, reason)
        bound = self.card_bound(message_id, new, "card_replaced")
        if isinstance(bound, Refusal):
            return bound
        self.connection.execute(
            update(cards)
            .where(cards.c.number == old)
            .values(state=CardState.REPLACED.value, replaced_by=new.number)
        )
        self._changed(changes.CARD, old)
        return ACCEPTED

    def programme(self, message_id: int, data: dict[str, Any], at: datetime) -> Outcome:
        """Store a new programme version; an existing version is never replaced."""
        version = int(data.get("version", 0))
        try:
            text = jsontext.dumps(Programme.from_dict(data, version=version).to_dict())
        except (
            LoyaltyError,
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
            ArithmeticError,
        ) as e:
            reason = f"programme version {version} cannot be read: {e}"
            return self._refuse(message_id, "programme", str(version), reason)
        found = self.connection.execute(
            select(programmes.c.data).where(programmes.c.version == version)
        ).scalar()
        if found is not None:
            if found == text:
                return DUPLICATE
            reason = (
                f"programme version {version} already exists on the server with other rules: "
                "the server's version stands and reaches this terminal with the next pull"
            )
            return self._refuse(message_id, "programme", str(version), reason)
        self.connection.execute(
            insert(programmes).values(version=version, created_at=at, data=text)
        )
        self._changed(changes.PROGRAMME, str(version))
        return ACCEPTED
