"""Member use cases: register (with consent), edit personal data, erase it on request.

Two consents are kept apart: `consent_at`, to keep and use the customer's personal data at
all (registration needs it), and `marketing_consent_at`, to send them offers (asked separately,
never assumed; withdrawn at any time, each change in the audit log).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from pos_loyalty.domain import fields
from pos_loyalty.domain.approvals import Action
from pos_loyalty.domain.cards import Card, CardState, CardType, validate_card_number
from pos_loyalty.domain.errors import Conflict, InvalidInput, NotAllowed, NotFound
from pos_loyalty.domain.members import Member, normalize_name, validate_phone
from pos_loyalty.services.audit import record_action
from pos_loyalty.services.authority import authorise_action
from pos_loyalty.services.cards import new_card_numbers
from pos_loyalty.services.lookup import require_programme
from pos_loyalty.services.merge import records_of
from pos_loyalty.services.payloads import card_to_dict, erasure_to_dict, member_to_dict
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor, Book, new_id
from pos_loyalty.services.rewards import reward_welcome


@dataclass(frozen=True, slots=True)
class Registration:
    """A new member: personal data needs `consent`; a pre-printed card may be given.

    `marketing_consent` is the separate agreement to receive offers (False unless asked)."""

    name: str
    phone: str
    consent: bool
    email: str = ""
    birthday: date | None = None
    card_number: str | None = None
    card_type: CardType = CardType.BONUS
    referrer_card: str | None = None
    marketing_consent: bool = False


@dataclass(frozen=True, slots=True)
class Registered:
    """The member, their card and the welcome bonus they got."""

    member: Member
    card: Card
    welcome_points: int


def register_member(
    cmd: Registration, *, uow: UnitOfWork, clock: Clock, actor: Actor
) -> Registered:
    """Register a member, bind or issue their card and credit the welcome bonus."""
    if not cmd.consent:
        raise NotAllowed(
            "the customer has not consented to the use of personal data: ask first",
            code="consent_missing",
        )
    name, email = _personal_text(cmd.name, cmd.email)
    phone = validate_phone(cmd.phone)
    with uow:
        now = clock()
        programme = require_programme(uow)
        if any(m.phone == phone for m in uow.members.find_by_phone(phone, 5)):
            raise Conflict(
                f"phone {phone} already belongs to a member: find them instead",
                code="phone_taken",
                phone=phone,
            )
        referrer_id = _referrer(uow, cmd.referrer_card)
        member = Member(
            id=new_id(),
            name=name,
            phone=phone,
            email=email,
            birthday=cmd.birthday,
            consent_at=now,
            registered_on=now.date(),
            referrer_id=referrer_id,
            marketing_consent_at=now if cmd.marketing_consent else None,
        )
        uow.members.add(member)
        card = _bind_card(uow, cmd, member.id)
        book = Book(uow, actor, member.id, now, programme.version, card.number)
        welcome = reward_welcome(book, programme)
        book.close()
        uow.outbox.add("member_registered", member_to_dict(member))
        uow.outbox.add("card_bound", card_to_dict(card))
        uow.commit()
    return Registered(member, card, welcome)


def _personal_text(name_typed: str, email_typed: str) -> tuple[str, str]:
    """The name and e-mail as stored, refused if empty or longer than the server takes."""
    name = normalize_name(name_typed)
    if not name:
        raise InvalidInput(
            "the member's name is empty: type at least a first name", code="name_empty"
        )
    email = email_typed.strip()
    return fields.check_length(name, fields.NAME, "name"), fields.check_length(
        email, fields.EMAIL, "email"
    )


def _referrer(uow: UnitOfWork, referrer_card: str | None) -> str | None:
    if not referrer_card:
        return None
    card = uow.cards.get(validate_card_number(referrer_card))
    if card is None or card.member_id is None or card.state != CardState.ACTIVE:
        raise NotFound(f"referrer card {referrer_card} is not an active member's card")
    return card.member_id


def _bind_card(uow: UnitOfWork, cmd: Registration, member_id: str) -> Card:
    if cmd.card_number is None:
        (number,) = new_card_numbers(uow, 1)
        card = Card(number, cmd.card_type, CardState.ACTIVE, member_id)
        uow.cards.add(card)
        return card
    number = validate_card_number(cmd.card_number)
    existing = uow.cards.get(number)
    if existing is None:
        card = Card(number, cmd.card_type, CardState.ACTIVE, member_id)
        uow.cards.add(card)
        return card
    if existing.member_id is not None:
        raise Conflict(f"card {number} already belongs to a member: take another card")
    if existing.state != CardState.ACTIVE:
        raise NotAllowed(f"card {number} is {existing.state.value}: take another card")
    card = replace(existing, member_id=member_id)
    uow.cards.update(card)
    return card


def get_member(uow: UnitOfWork, member_id: str) -> Member:
    """The member with this id, or a clear error."""
    member = uow.members.get(member_id)
    if member is None:
        raise NotFound(f"no member with id {member_id}")
    return member


def erase_member(
    member_id: str, *, uow: UnitOfWork, clock: Clock, actor: Actor, approved_by: str = ""
) -> Member:
    """Wipe a member's personal data on request; the ledger stays under the anonymous id.

    Allowed by the approval policy (a manager); recorded in the audit log by the member's id
    only (the log keeps no personal data). The store also drops every other copy it keeps
    (messages for the server, the name index, the files' free space), and erases the members
    merged into this one: they are the same person's older records.
    """
    with uow:
        approver = authorise_action(uow, actor, Action.ERASE, approved_by=approved_by)
        member = get_member(uow, member_id)
        if member.is_erased:
            raise NotAllowed("this member's personal data was already erased")
        erased = member.erased(clock())
        for person in [member, *_merged_into(uow, member_id)]:
            wiped = person.erased(clock())
            uow.members.update(wiped)
            uow.members.forget(person.id)
            uow.outbox.add("member_erased", erasure_to_dict(person.id, clock()))
        approved = approver.id if approver else ""
        record_action(uow, actor, "member_erase", {"member": member_id}, clock, approved)
        uow.commit()
    return erased


def _merged_into(uow: UnitOfWork, member_id: str) -> list[Member]:
    """The members merged into this one (at any depth) not yet erased: the same person's
    older records, which an erasure must reach too."""
    found = []
    for other_id in records_of(uow, member_id)[1:]:
        other = uow.members.get(other_id)
        if other is not None and not other.is_erased:
            found.append(other)
    return found


def update_member(member: Member, *, uow: UnitOfWork) -> Member:
    """Save edited personal data (name, phone, e-mail, birthday)."""
    name = fields.check_length(normalize_name(member.name), fields.NAME, "name")
    email = fields.check_length(member.email, fields.EMAIL, "email")
    cleaned = replace(member, name=name, phone=validate_phone(member.phone), email=email)
    with uow:
        get_member(uow, member.id)
        uow.members.update(cleaned)
        uow.outbox.add("member_updated", member_to_dict(cleaned))
        uow.commit()
    return cleaned


@dataclass(frozen=True, slots=True)
class PersonalData:
    """A member's personal data as edited in the back office."""

    member_id: str
    name: str
    phone: str
    email: str = ""
    birthday: date | None = None


def edit_member(cmd: PersonalData, *, uow: UnitOfWork) -> Member:
    """Change only the personal data, read afresh in the transaction; a phone stays unique."""
    name, email = _personal_text(cmd.name, cmd.email)
    phone = validate_phone(cmd.phone)
    with uow:
        member = get_member(uow, cmd.member_id)
        if member.is_erased:
            raise NotAllowed(
                "this member's personal data was erased on request: it cannot be edited"
            )
        if member.merged_into is not None:
            raise NotAllowed(f"this member was merged into {member.merged_into}: edit that member")
        if any(m.phone == phone and m.id != member.id for m in uow.members.find_by_phone(phone, 5)):
            raise Conflict(f"phone {phone} already belongs to another member: find them instead")
        edited = replace(member, name=name, phone=phone, email=email, birthday=cmd.birthday)
        uow.members.update(edited)
        uow.outbox.add("member_updated", member_to_dict(edited))
        uow.commit()
    return edited


def set_marketing_consent(
    member_id: str, given: bool, *, uow: UnitOfWork, clock: Clock, actor: Actor
) -> Member:
    """Record that the member agreed to receive offers (now), or withdrew (None).

    Giving it again keeps the first date, and withdrawing it when there is none changes
    nothing: only a change is saved, sent to the server and written to the audit log.
    """
    with uow:
        member = get_member(uow, member_id)
        if member.is_erased:
            raise NotAllowed(
                "this member's personal data was erased: there is no one to send offers to",
                code="consent_erased",
            )
        if member.merged_into is not None:
            raise NotAllowed(
                f"this member was merged into {member.merged_into}: record the consent there",
                code="consent_merged",
                kept=member.merged_into,
            )
        if given == (member.marketing_consent_at is not None):
            return member
        at: datetime | None = clock() if given else None
        changed = replace(member, marketing_consent_at=at)
        uow.members.update(changed)
        uow.outbox.add("member_updated", member_to_dict(changed))
        action = "marketing_consent_given" if given else "marketing_consent_withdrawn"
        record_action(uow, actor, action, {"member": member_id}, clock)
        uow.commit()
    return changed
