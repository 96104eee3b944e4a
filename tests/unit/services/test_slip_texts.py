"""The slip's words: a refund slip says the refund is done, whatever the store's footer says."""

from __future__ import annotations

from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.slips import StoreHeader, slip_for_refund, slip_for_sale
from pos_loyalty.services.templates import template
from tests.unit.conftest import Counter

THANKS = StoreHeader(name="Ромашка", footer="Спасибо за покупку!", language="ru")


def test_a_sale_slip_prints_the_stores_footer(counter: Counter, card: str) -> None:
    slip = slip_for_sale(counter.buy(card, 100_000), THANKS)
    assert slip is not None and slip.footer == "Спасибо за покупку!"


def test_a_refund_slip_says_the_refund_is_done_not_thanks_for_buying(
    counter: Counter, card: str
) -> None:
    sale = counter.buy(card, 100_000).sale
    slip = slip_for_refund(counter.refund(sale.id, 50_000), 0, THANKS)
    assert slip is not None
    assert slip.footer == "Возврат оформлен. Сохраните этот слип."
    english = slip_for_refund(counter.refund(sale.id, 10_000), 0, StoreHeader(language="en"))
    assert english is not None and english.footer.startswith("Your refund is done")


def test_a_russian_stores_tiered_programme_prints_russian_tier_names(
    counter: Counter, card: str
) -> None:
    data = template("tiered", "ru")
    assert [tier["name"] for tier in data["tiers"]] == ["Бронза", "Серебро", "Золото"]
    assert [tier["name"] for tier in template("tiered")["tiers"]] == ["Bronze", "Silver", "Gold"]
    save_programme(data, uow=counter.uow)
    slip = slip_for_sale(counter.buy(card, 100_000), THANKS)
    assert slip is not None
    assert (slip.tier_name, slip.next_tier_name) == ("Бронза", "Серебро")
