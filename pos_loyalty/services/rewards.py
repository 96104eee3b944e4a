"""Bonuses for actions: welcome, birthday (once a year, first visit in the window), referral.

The referrer is credited only after the newcomer's first paid purchase, so fake sign-ups
earn nothing; the newcomer's own referral bonus comes with that same purchase.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pos_loyalty.domain import ledger
from pos_loyalty.domain.ledger import BonusReason, EntryKind
from pos_loyalty.domain.members import Member, birthday_year
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.sales import Sale
from pos_loyalty.services.merge import current_member_id
from pos_loyalty.services.ports import UnitOfWork
from pos_loyalty.services.posting import Actor, Book, expiry_date


def reward_welcome(book: Book, programme: Programme) -> int:
    """Credit the welcome bonus (called once, at registration)."""
    points = programme.bonuses.welcome
    if points > 0:
        book.post(
            EntryKind.BONUS,
            points,
            expires_on=expiry_date(programme, book.today),
            reason=BonusReason.WELCOME.value,
        )
    return points


def reward_birthday(
    book: Book, programme: Programme, member: Member, today: date
) -> tuple[Member, int]:
    """Credit the birthday bonus on the first visit within the window, once per year."""
    bonus = programme.bonuses
    if bonus.birthday <= 0 or member.birthday is None:
        return member, 0
    year = birthday_year(member.birthday, today, bonus.birthday_window_days)
    if year is None or member.last_birthday_bonus_year == year:
        return member, 0
    book.post(
        EntryKind.BONUS,
        bonus.birthday,
        expires_on=ledger.expiry_date(today, bonus.birthday_expire_days),
        reason=BonusReason.BIRTHDAY.value,
    )
    return replace(member, last_birthday_bonus_year=year), bonus.birthday


def reward_referral(
    uow: UnitOfWork, actor: Actor, book: Book, programme: Programme, member: Member, sale: Sale
) -> tuple[Member, int]:
    """On the newcomer's first paid purchase, credit the referrer and the newcomer."""
    bonus = programme.bonuses
    if member.referrer_id is None or member.referral_rewarded or sale.paid <= 0:
        return member, 0
    expires = expiry_date(programme, book.today)
    referrer_id = current_member_id(uow, member.referrer_id)
    if bonus.referral_referrer > 0 and uow.members.get(referrer_id) is not None:
        referrer = Book(uow, actor, referrer_id, sale.created_at, programme.version)
        referrer.post(
            EntryKind.BONUS,
            bonus.referral_referrer,
            sale_id=sale.id,
            expires_on=expires,
            reason=f"{BonusReason.REFERRAL.value}: {member.id}",
        )
        referrer.close()
    if bonus.referral_newcomer > 0:
        book.post(
            EntryKind.BONUS,
            bonus.referral_newcomer,
            sale_id=sale.id,
            expires_on=expires,
            reason=BonusReason.REFERRAL.value,
        )
    return replace(member, referral_rewarded=True), bonus.referral_newcomer
