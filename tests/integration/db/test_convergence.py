"""The terminal's stored wallets rebuilt from its ledger rows by the core's convergence rule."""

from __future__ import annotations

from datetime import timedelta

from db import SqlAlchemyUnitOfWork
from db.convergence import rebuild_wallets
from pos_loyalty.domain.ledger import EntryKind, Lot, Wallet

from .builders import NOW, TODAY, an_entry


def test_entries_stored_out_of_order_rebuild_the_wallet_in_canonical_order(
    uow: SqlAlchemyUnitOfWork,
) -> None:
    later = NOW + timedelta(minutes=5)
    credit = an_entry("m-1", points=100, created_at=NOW, active_from=TODAY, expires_on=None)
    spent_elsewhere = an_entry(
        "m-1",
        terminal_id="T2",
        kind=EntryKind.REDEEM,
        points=-130,
        created_at=later,
        active_from=None,
        expires_on=None,
    )
    paid_back = an_entry(
        "m-1",
        points=45,
        created_at=later + timedelta(minutes=1),
        active_from=TODAY,
        expires_on=None,
    )
    with uow:
        # stored as a pull delivers them: the redemption first, the credits after
        for entry in (spent_elsewhere, paid_back, credit):
            uow.ledger.add(entry)
        rebuild_wallets(uow.connection, {"m-1"})
        uow.commit()
    with uow.read_only():
        wallet = uow.wallets.get("m-1")
    # 100 - 130 leaves 30 owed; the 45 credited later pay them and keep 15
    assert wallet == Wallet((Lot(paid_back.id, 15, TODAY, None),), debt=0)
    assert wallet.balance == 100 - 130 + 45


def test_a_member_without_entries_gets_an_empty_wallet(uow: SqlAlchemyUnitOfWork) -> None:
    with uow:
        rebuild_wallets(uow.connection, ["nobody"])
        assert uow.wallets.get("nobody") == Wallet()
