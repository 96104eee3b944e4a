"""Consent to offers, the RFM report and a segment's export through the command line, on a real
SQLite file.

The store (NOW 2026-06-30, the report's default period 2025-07-01 to 2026-06-30; the bonus
template gives no discount, so each check is paid in full):
- Павел: checks of 1 000.00 on 28, 29 and 30 June: 0 days, 3 checks, 3 000.00;
- Ольга: 1 000.00 on 20 and 25 June: 5 days, 2 checks, 2 000.00;
- Ксения, Юрий, Зоя: 100.00 each on 10 January: 171 days, 1 check, 100.00.
n = 5, score = 1 + floor(5 (2 below + equal) / 10):
- R: 171 (three) -> 1 + 15 // 10 = 2; 5 -> 1 + 35 // 10 = 4; 0 -> 1 + 45 // 10 = 5;
- F: 1 (three) -> 2; 2 -> 4; 3 -> 5; M: 100.00 (three) -> 2; 2 000.00 -> 4; 3 000.00 -> 5.
Павел (5, 5, 5) and Ольга (4, 4, 4) are champions; Ксения, Юрий and Зоя (2, 2, 2) hibernate.
Ксения agreed to offers later, Юрий withdrew his consent, Зоя's data was erased.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.cli_staff import staff_the_store
from ui.cli.main import cli

NOW = "2026-06-30T12:00:00+03:00"


def run(*args: str) -> Any:
    result = CliRunner().invoke(cli, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    db = tmp_path / "shop.sqlite3"
    monkeypatch.setenv("POS_LOYALTY_DB", str(db))
    staff_the_store(db, monkeypatch)
    monkeypatch.setenv("POS_LOYALTY_NOW", "2026-01-10T10:00:00+03:00")
    run("init", "--template", "bonus", "--store", "Магазин")
    cards = {}
    for name, phone, offers in (
        ("Павел", "+7 900 000-00-01", True),
        ("Ольга", "+7 900 000-00-02", False),
        ("Ксения", "+7 900 000-00-03", False),
        ("Юрий", "+7 900 000-00-04", True),
        ("Зоя", "+7 900 000-00-05", True),
    ):
        extra = ["--marketing-consent"] if offers else []
        added = run("member", "add", "--name", name, "--phone", phone, "--consent", *extra)
        cards[name] = added["card"]["number"]
    for name in ("Ксения", "Юрий", "Зоя"):
        run("checkout", cards[name], "--total", "100.00")
    for day, name in (
        ("20", "Ольга"),
        ("25", "Ольга"),
        ("28", "Павел"),
        ("29", "Павел"),
        ("30", "Павел"),
    ):
        monkeypatch.setenv("POS_LOYALTY_NOW", f"2026-06-{day}T12:00:00+03:00")
        run("checkout", cards[name], "--total", "1000.00")
    return cards


def test_consent_to_offers_is_given_withdrawn_and_erased(
    store: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    given = run("member", "consent", store["Ксения"], "--marketing", "yes")
    assert given == {
        "member_id": given["member_id"],
        "marketing_consent": True,
        "marketing_consent_at": "2026-06-30T09:00:00+00:00",
        "changed": True,
    }
    withdrawn = run("member", "consent", store["Юрий"], "--marketing", "no")
    assert (withdrawn["marketing_consent"], withdrawn["changed"]) == (False, True)
    again = run("member", "consent", store["Юрий"], "--marketing", "no")
    assert again["changed"] is False
    page = run("member", "page", store["Павел"])
    assert page["marketing_consent"] == {"given": True, "at": "2026-01-10T07:00:00+00:00"}
    actions = [r["action"] for r in run("audit", "show")]
    assert actions[-2:] == ["marketing_consent_given", "marketing_consent_withdrawn"]
    run("member", "erase", store["Зоя"], "--yes")
    erased = run("member", "page", store["Зоя"])
    assert erased["marketing_consent"] == {"given": False, "at": None}


def test_the_rfm_report_counts_champions_and_hibernating_members(store: dict[str, str]) -> None:
    report = run("report", "rfm")
    assert report["period"] == {"from": "2025-07-01", "to": "2026-06-30"}
    segments = {row[0]: row[1:] for row in report["tables"][1]["rows"]}
    assert segments["Champions"] == [2, "40.00", 500000, "94.34"]
    assert segments["Hibernating"] == [3, "60.00", 30000, "5.66"]
    assert segments["Total"] == [5, "100.00", 530000, "100.00"]
    assert report["charts"][0]["series"][0]["values"] == [2, 0, 0, 0, 0, 0, 3, 0]


def test_the_export_writes_only_consenting_members_and_says_who_was_left_out(
    store: dict[str, str], tmp_path: Path
) -> None:
    run("member", "consent", store["Ксения"], "--marketing", "yes")
    run("member", "consent", store["Юрий"], "--marketing", "no")
    run("member", "erase", store["Зоя"], "--yes")
    path = tmp_path / "hibernating.csv"
    done = run("export", "segment", "hibernating", str(path))
    assert done == {
        "file": str(path),
        "segment": "hibernating",
        "from": "2025-07-01",
        "to": "2026-06-30",
        "members": 3,
        "rows": 1,
        "left_out": {"no_marketing_consent": 1, "erased": 1, "unknown": 0},
    }
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows == [
        ["card", "name", "phone", "email", "segment", "recency_days", "frequency", "money"],
        [store["Ксения"], "Ксения", "+79000000003", "", "hibernating", "171", "1", "100.00"],
    ]


def test_the_export_says_in_words_how_many_were_left_out_and_why(
    store: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "champions.csv"
    result = CliRunner().invoke(cli, ["export", "segment", "champions", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "segment champions (2025-07-01 to 2026-06-30): 2 members",
        f"1 members with consent to offers written to {path}",
        "left out: 1 without consent to offers",
    ]


def test_an_unknown_segment_is_refused_with_the_names_and_no_file(
    store: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "vip.csv"
    result = CliRunner().invoke(cli, ["export", "segment", "vip", str(path)])
    assert result.exit_code != 0
    assert "no segment 'vip': choose champions, loyal, potential, new, at-risk" in str(
        result.exception
    )
    assert not path.exists()
