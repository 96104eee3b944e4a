"""Reading the audit log a page at a time, checking its chain in batches, exporting it."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

from pos_loyalty.domain.audit import ALTERED, MISSING, UNLINKED, ChainBreak
from pos_loyalty.services.audit import audit_page, check_audit_log, record_action
from pos_loyalty.services.exporting import export_audit
from pos_loyalty.services.posting import Actor

from .conftest import Team


def _fill(team: Team, count: int) -> None:
    with team.uow:
        for n in range(1, count + 1):
            action = "bonus" if n % 3 else "refund"
            record_action(team.uow, team.actor, action, {"n": n}, team.clock)
        record_action(team.uow, Actor("T-2", "cli"), "setting", {"n": 0}, team.clock)
        team.uow.commit()


def test_pages_run_newest_first_and_say_whether_older_ones_remain(team: Team) -> None:
    _fill(team, 9)
    first = audit_page(uow=team.uow, size=4)
    assert [r.seq for r in first.records] == [10, 9, 8, 7]
    assert first.total == 10 and first.has_older
    assert first.actions == ["bonus", "refund", "setting"]
    assert first.names == {team.manager.id: "Пётр", team.cashier.id: "Ольга"}
    last = audit_page(uow=team.uow, size=4, before=3)
    assert [r.seq for r in last.records] == [2, 1] and not last.has_older


def test_a_page_of_one_action(team: Team) -> None:
    _fill(team, 9)
    page = audit_page(uow=team.uow, size=2, action="refund")
    assert [r.seq for r in page.records] == [9, 6] and page.total == 3 and page.has_older
    rest = audit_page(uow=team.uow, size=2, before=6, action="refund")
    assert [r.seq for r in rest.records] == [3] and not rest.has_older


def test_an_empty_log_has_an_empty_page(team: Team) -> None:
    page = audit_page(uow=team.uow, size=50)
    assert (page.records, page.total, page.actions, page.has_older) == ([], 0, [], False)


def test_the_check_reads_in_batches_and_reports_progress(team: Team) -> None:
    _fill(team, 9)
    told: list[tuple[int, int]] = []
    check = check_audit_log(uow=team.uow, batch=4, progress=lambda d, t: told.append((d, t)))
    assert check.intact and check.records == 10
    assert told == [(4, 10), (8, 10), (10, 10)]


def test_the_check_names_an_altered_record_and_a_missing_one(team: Team) -> None:
    _fill(team, 5)
    log = team.uow.state.audit
    log[2] = replace(log[2], details={"n": 300})
    assert check_audit_log(uow=team.uow, batch=2).breaks == [ChainBreak(3, ALTERED)]
    log = team.uow.state.audit  # a read rolls back to a copy of the state
    log[2] = replace(log[2], details={"n": 3})
    del log[1]
    check = check_audit_log(uow=team.uow, batch=2)
    assert check.records == 5
    assert check.breaks == [ChainBreak(2, MISSING, 3), ChainBreak(3, UNLINKED)]
    assert [b.text for b in check.breaks] == [
        "record 2 is missing (found 3 in its place)",
        "record 3 does not follow the record before it",
    ]


def test_the_export_streams_every_record_or_one_actions(team: Team) -> None:
    _fill(team, 5)
    out = io.StringIO()
    told: list[tuple[int, int]] = []
    assert export_audit(out, uow=team.uow, progress=lambda d, t: told.append((d, t))) == 6
    rows = list(csv.reader(io.StringIO(out.getvalue()), delimiter=";"))
    assert rows[0][:6] == ["seq", "at", "terminal_id", "staff_id", "approved_by", "action"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3", "4", "5", "6"]
    assert rows[6][2:4] == ["T-2", "cli"] and rows[1][6] == '{"n": 1}'
    assert told[-1] == (6, 6)
    only = io.StringIO()
    assert export_audit(only, uow=team.uow, action="refund") == 1
    assert only.getvalue().splitlines()[1].split(";")[5] == "refund"
