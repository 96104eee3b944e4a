"""Two stores of a chain that sold and pushed: the data the chain-report tests work out by hand.

Bonus programme: 5 % of the check in points (floor, on what is left after points paid), 100
welcome points, 1 point = 1.00, points expire after 365 days.

Север (T-N): Anna joins (+100), buys for 1,000.00 (+50), and a check without a card 300.00;
            Anna brings the goods back: 1,000.00 returned, the 50 points taken back.
Юг (T-S): Boris joins (+100), buys for 2,000.00 (+100), then 600.00 paying 100 points
          (600.00 - 100.00 = 500.00 earns 25).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine

from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.refunds import refund_sale
from tests.cli_staff import add_staff_by_id
from tests.server.live import LiveServer, Till, enrolment_code


def _plain_check(till: Till, total: int) -> None:
    cmd = Checkout(None, (CheckLine(total, ""),))
    commit_checkout(cmd, uow=till.db.uow(), clock=till.clock, actor=till.actor())


def two_stores(live: LiveServer, engine: Engine, make: Callable[[str], Till]) -> tuple[Till, Till]:
    """Enrol a terminal of Север and one of Юг, sell as above, and push everything."""
    north, south = make("T-N"), make("T-S")
    north.enrol(live.url, enrolment_code(engine, "Север"))
    south.enrol(live.url, enrolment_code(engine, "Юг"))
    anna = north.register("Анна Смирнова", "+7 912 100 00 01").card.number
    bought = north.checkout(anna, 1000_00).sale
    assert bought.earned_points == 50
    _plain_check(north, 300_00)
    add_staff_by_id(north.db)  # the cashier refunding is an account of the store
    back = refund_sale(
        bought.id,
        1000_00,
        "goods returned",
        uow=north.db.uow(),
        clock=north.clock,
        actor=north.actor(),
    )
    assert back.refund.points_reversed == 50 and back.refund.money_returned == 1000_00
    boris = south.register("Борис Орлов", "+7 912 100 00 02").card.number
    assert south.checkout(boris, 2000_00).sale.earned_points == 100
    assert south.checkout(boris, 600_00, redeem=100).sale.earned_points == 25
    for till in (north, south):
        till.sync()
    return north, south
