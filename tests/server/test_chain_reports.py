"""Chain-wide reports over real HTTP: two stores' terminals push, the server adds them up.

Each test runs against a server on SQLite and on PostgreSQL (a fresh schema). The sales, and
the figures worked out by hand from them, are described in `tests.server.chain`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from fractions import Fraction
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from sqlalchemy import Engine

from pos_loyalty.reports import Document, Period
from pos_loyalty.reports.document import Figure, Table
from pos_loyalty.reports.rows import SpendWindow, TierMove
from server.reports import ServerReportQueries
from sync import UnknownToServer
from sync.reports import ChainAsk, ChainReports, chain_report
from tests.server.chain import two_stores
from tests.server.live import START, LiveServer, Till
from ui.cli.main import cli

MakeTill = Callable[[str], Till]
DAY = START.date()


@pytest.fixture
def chain(live: LiveServer, server_engine: Engine, till_factory: MakeTill) -> tuple[Till, Till]:
    """Two stores' terminals that sold and pushed everything."""
    return two_stores(live, server_engine, till_factory)


def _rows(document: Document, key: str) -> dict[str, tuple[Any, ...]]:
    table: Table = document.table(key)
    return {str(row[0]): tuple(row[1:]) for row in table.rows}


def _summary(document: Document, key: str) -> dict[str, Any]:
    table = document.table(key)
    return {
        str(row[0]): row[1].value if isinstance(row[1], Figure) else row[1] for row in table.rows
    }


def test_the_chain_z_report_adds_up_each_store_and_the_chain(chain: tuple[Till, Till]) -> None:
    north, _ = chain
    document = chain_report(north.db, ChainAsk("z", Period(DAY, DAY), "en", north.now))
    # card checks, other checks, card sales, discount, earned, bonus, redeemed, expired,
    # refunds, money returned, points taken back, points given back
    stores = _rows(document, "z_stores")
    assert stores["Север"] == (1, 1, 1000_00, 0, 50, 100, 0, 0, 1, 1000_00, 50, 0)
    assert stores["Юг"] == (2, 0, 2600_00, 0, 125, 100, 100, 0, 0, 0, 0, 0)
    assert stores["Total"] == (3, 1, 3600_00, 0, 175, 200, 100, 0, 1, 1000_00, 50, 0)
    assert set(_rows(document, "z_terminals")) == {"T-N", "T-S", "Total"}
    summary = _summary(document, "z_summary")
    assert summary["Paid with points"] == 100_00
    assert summary["Sales without a card"] == 300_00
    # The server does not learn when a terminal issued a card: shown as "—", with a note.
    assert summary["New members"] == 2 and summary["Cards issued"] is None
    assert any(
        "Cards issued are counted by each terminal" in getattr(b, "text", "")
        for b in document.blocks
    )
    assert document.store == "Chain"
    assert any(
        "Chain-wide, from the central server" in getattr(b, "text", "") for b in document.blocks
    )


def test_one_store_of_the_chain_counts_only_its_terminals(chain: tuple[Till, Till]) -> None:
    north, _ = chain
    ask = ChainAsk("z", Period(DAY, DAY), "ru", north.now, store="Юг")
    document = chain_report(north.db, ask)
    assert document.terminals == ("T-S",)
    assert _rows(document, "z_stores") == {
        "Юг": (2, 0, 2600_00, 0, 125, 100, 100, 0, 0, 0, 0, 0),
        "Итого": (2, 0, 2600_00, 0, 125, 100, 100, 0, 0, 0, 0, 0),
    }
    with pytest.raises(UnknownToServer, match="no terminals are known for store 'Запад'"):
        chain_report(north.db, ChainAsk("z", Period(DAY, DAY), "en", north.now, store="Запад"))


def test_the_chain_liability_gives_points_by_store_and_in_total(chain: tuple[Till, Till]) -> None:
    north, _ = chain
    document = chain_report(north.db, ChainAsk("liability", Period(DAY, DAY), "en", north.now))
    # Anna holds 100 + 50 - 50 = 100; Boris 100 + 100 - 100 + 25 = 125: 225 points, 225.00.
    summary = _summary(document, "liability_summary")
    assert summary["Outstanding points"] == 225
    assert summary["Their value"] == 225_00
    assert summary["Members with a negative balance"] == 0
    assert _rows(document, "liability_stores") == {
        "Север": (150, 50, 100),
        "Юг": (225, 100, 125),
        "Total": (375, 150, 225),
    }
    # Credited on 2026-04-01, spendable through 2027-03-31: all of it expires in March 2027.
    expiring = {row[0]: row[1] for row in document.table("liability_expiring").rows}
    assert expiring[DAY.replace(year=2027, month=3)] == 225
    assert sum(v for v in expiring.values() if isinstance(v, int)) == 225


def test_the_server_answers_exact_numbers_and_never_a_float(
    live: LiveServer, chain: tuple[Till, Till]
) -> None:
    north, _ = chain
    params = ChainAsk("kpi", Period(DAY, DAY), "en", north.now).params()
    with httpx.Client(base_url=live.url) as http:
        refused = http.get("/reports/kpi", params=params)
        answer = http.get("/reports/kpi", params=params, headers=north.headers())
        ledger = http.get("/reports/ledger", params=params, headers=north.headers())
        catalogue = http.get("/reports", headers=north.headers()).json()
    assert refused.status_code == 401
    assert answer.status_code == 200
    data = json.loads(answer.text, parse_float=lambda text: pytest.fail(f"a float: {text}"))
    (summary,) = [b for b in data["blocks"] if b.get("key") == "kpi_summary"]
    share = next(row[1] for row in summary["rows"] if row[0] == "Share of checks with a card")
    assert share == {"kind": "percent", "value": {"ratio": "3/4"}}
    assert ledger.status_code == 400
    assert "make 'ledger' at a terminal" in ledger.json()["message"]
    assert catalogue == {
        "reports": ["z", "liability", "tiers", "kpi", "top", "inactive", "statement"],
        "stores": [{"name": "Север", "terminals": ["T-N"]}, {"name": "Юг", "terminals": ["T-S"]}],
    }


def test_the_command_line_renders_the_chain_report_as_pdf_and_csv(
    chain: tuple[Till, Till], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    north, _ = chain
    monkeypatch.setenv("POS_LOYALTY_NOW", north.now.isoformat())
    pdf, folder = tmp_path / "z.pdf", tmp_path / "csv"
    args = ["--db", str(north.db.path), "report", "z", "--chain", "--from", DAY.isoformat()]
    result = CliRunner().invoke(cli, [*args, "--pdf", str(pdf), "--csv", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (stores,) = [t for t in data["tables"] if t["key"] == "z_stores"]
    assert [row[:2] for row in stores["rows"]] == [["Север", 1], ["Юг", 2], ["Total", 3]]
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "By store" in text and "Север" in text and "Юг" in text
    csv_text = (folder / "z-z-stores.csv").read_text(encoding="utf-8-sig")
    assert "Юг,2,0,2600.00" in csv_text
    ledger = CliRunner().invoke(cli, [*args[:3], "ledger", "--chain"])
    assert ledger.exit_code != 0 and "without --chain" in str(ledger.exception)


def test_a_terminal_that_is_not_enrolled_is_told_to_enrol(till_factory: MakeTill) -> None:
    lone = till_factory("T-X")
    result = CliRunner().invoke(cli, ["--db", str(lone.db.path), "report", "z", "--chain"])
    assert result.exit_code == 7
    assert "not enrolled" in result.output


def test_the_chain_top_members_and_kpis_count_both_stores(chain: tuple[Till, Till]) -> None:
    north, _ = chain
    top = chain_report(north.db, ChainAsk("top", Period(DAY, DAY), "en", north.now))
    # rank, name, checks, paid, money returned, net paid, earned, redeemed, balance now
    ranked = [
        (r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9])
        for r in top.table("top_members").rows
    ]
    assert ranked == [
        (1, "Борис Орлов", 2, 2500_00, 0, 2500_00, 125, 100, 125),
        (2, "Анна Смирнова", 1, 1000_00, 1000_00, 0, 50, 0, 100),
    ]
    kpi = chain_report(north.db, ChainAsk("kpi", Period(DAY, DAY), "en", north.now))
    figures = _summary(kpi, "kpi_summary")
    # 3 card checks of 4; 2 buyers, one of them twice; 100 redeemed of 375 earned and given.
    assert figures["Share of checks with a card"] == Fraction(3, 4)
    assert figures["Repeat-purchase rate"] == Fraction(1, 2)
    assert figures["Purchase frequency (checks per buying member)"] == Fraction(3, 2)
    assert figures["Redemption rate (redeemed / earned)"] == Fraction(100, 375)


def _card_of(till: Till, phone: str) -> str:
    uow = till.db.uow()
    with uow.read_only():
        (member,) = uow.members.find_by_phone(phone, 1)
        return uow.cards.of_members([member.id])[member.id][0].number


def test_the_chain_tiers_report_ranks_members_by_their_spend_in_every_store(
    server_engine: Engine, chain: tuple[Till, Till]
) -> None:
    north, _south = chain
    north.sync()  # Boris's card, issued at Юг, reaches Север
    boris = _card_of(north, "79121000002")
    assert north.checkout(boris, 1000_00).sale.earned_points == 50
    north.sync()
    document = chain_report(north.db, ChainAsk("tiers", Period(DAY, DAY), "en", north.now))
    # One tier in the bonus programme: both members in it; four checks with a card that day:
    # Anna 1,000.00 at Север, Boris 2,000.00 and 600.00 at Юг and 1,000.00 at Север.
    assert _rows(document, "tiers_sales") == {"Member": (4, 4600_00, 0, 225)}
    assert _rows(document, "tiers_distribution")["Member"][1:3] == (2, 2)
    # Ranked against a threshold of 3,000.00 the spend of both stores adds up: Boris paid
    # 2,000.00 + 500.00 at Юг and 1,000.00 at Север (3,500.00); Anna 1,000.00 - 1,000.00 back.
    year_before = SpendWindow(DAY - timedelta(days=365), DAY - timedelta(days=1), (0, 3000_00))
    to_day = SpendWindow(DAY - timedelta(days=364), DAY, (0, 3000_00))
    with server_engine.connect() as connection:
        queries = ServerReportQueries(connection)
        moves = sorted(queries.tier_moves(year_before, to_day), key=lambda m: m.end_rank)
        anna = _card_of(north, "79121000001")
        assert queries.spend(_member_of(north, anna), DAY, DAY) == 0
        assert queries.spend(_member_of(north, boris), DAY, DAY) == 3500_00
    assert moves == [TierMove(0, 0, 1), TierMove(0, 1, 1)]


def _member_of(till: Till, card: str) -> str:
    uow = till.db.uow()
    with uow.read_only():
        found = uow.cards.get(card)
    assert found is not None and found.member_id is not None
    return found.member_id


def test_a_chain_statement_lists_the_members_points_from_every_store(
    chain: tuple[Till, Till],
) -> None:
    north, _south = chain
    north.sync()
    boris = _card_of(north, "79121000002")
    assert north.checkout(boris, 1000_00).sale.earned_points == 50
    north.sync()
    ask = ChainAsk("statement", Period(DAY, DAY), "en", north.now, card=boris)
    document = chain_report(north.db, ask)
    # At Юг: welcome 100, earned 100, paid 100, earned 25; at Север: earned 50.
    entries = [tuple(row[1:4]) for row in document.table("statement_entries").rows]
    assert entries[0] == ("Balance brought forward", None, 0)
    assert sorted(points for _kind, points, _balance in entries[1:]) == [-100, 25, 50, 100, 100]
    assert entries[-1][2] == 175
    summary = _summary(document, "statement_summary")
    added, taken, now = summary["Points added"], summary["Points taken off"], summary["Balance now"]
    assert (added, taken, now) == (275, 100, 175)
    assert len(document.table("statement_sales").rows) == 3


def test_the_chains_stores_are_kept_for_local_reports_by_store(chain: tuple[Till, Till]) -> None:
    north, _south = chain
    assert ChainReports(north.db.uow).stores() == ["Север", "Юг"]
    uow = north.db.uow()
    with uow.read_only():
        kept = uow.settings.get("store_terminals")
    assert kept == {"Север": ["T-N"], "Юг": ["T-S"]}
    # A local report for the other store now knows its terminals (Север's database holds no
    # sales of Юг, so it counts none), instead of saying the store is unknown.
    args = ["--db", str(north.db.path), "report", "z", "--from", DAY.isoformat(), "--json"]
    result = CliRunner().invoke(cli, [*args, "--store", "Юг"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["terminals"] == ["T-S"]
