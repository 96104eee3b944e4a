"""The server's gate over real HTTP: strict JSON, the token before the body, bounded bodies.

NaN and Infinity are not JSON and used to answer 500 (the refusal echoed a value no JSON can
hold); a 10 MB body without a token used to be read and parsed before the token was looked at.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable

import httpx
import pytest
from sqlalchemy import Engine

from pos_loyalty.domain import fields
from pos_loyalty.domain.errors import InvalidInput
from server.api import gate
from tests.server.live import LiveServer, Till, enrolment_code

MB = 1024 * 1024
CHUNK = 64 * 1024


def _enrolled(live: LiveServer, engine: Engine, till_factory: Callable[[str], Till]) -> Till:
    till = till_factory("T-GATE")
    till.enrol(live.url, enrolment_code(engine, "Gate store"))
    return till


def _post(live: LiveServer, path: str, body: str, headers: dict[str, str]) -> httpx.Response:
    sent = {"Content-Type": "application/json", **headers}
    return httpx.post(live.url + path, content=body.encode(), headers=sent, timeout=30)


def _head(path: str, headers: dict[str, str]) -> bytes:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _answer_while_sending(live: LiveServer, head: bytes, chunks: int, chunk: bytes) -> int:
    """Send `head` and all but the last of `chunks` chunks of body; return the answer's status.

    The body is never complete, so any answer shows the server decided without reading it
    all; the socket is polled after each chunk, so it usually comes with most still unsent.
    """
    with socket.create_connection(("127.0.0.1", live.port), timeout=10) as sock:
        sock.sendall(head)
        for _ in range(chunks - 1):
            try:
                sock.sendall(chunk)
            except OSError:  # the server closed the connection after answering
                break
            sock.setblocking(False)
            try:
                first = sock.recv(64)
            except BlockingIOError:
                first = b""
            finally:
                sock.setblocking(True)
            if first:
                return _status(first)
        return _status(sock.recv(64))


def _status(first: bytes) -> int:
    assert first.startswith(b"HTTP/1.1 "), first
    return int(first.split(b" ")[1])


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_nan_and_infinity_are_refused_on_enrol_without_a_server_error(
    live: LiveServer, constant: str
) -> None:
    answer = _post(live, "/enrol", f'{{"code": {constant}, "terminal_id": "T-1"}}', {})
    assert answer.status_code == 422
    body = answer.json()
    assert body["code"] == "invalid_json"
    assert "send" in body["message"]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_on_push_and_card_blocks(
    live: LiveServer,
    server_engine: Engine,
    till_factory: Callable[[str], Till],
    constant: str,
) -> None:
    till = _enrolled(live, server_engine, till_factory)
    push = f'{{"messages": [{{"message_id": {constant}, "kind": "sale", "payload": {{}}}}]}}'
    blocks = f'{{"held": [], "size": {constant}}}'
    for path, body in (("/push", push), ("/card-blocks", blocks)):
        answer = _post(live, path, body, till.headers())
        assert answer.status_code == 422, (path, answer.text)
        assert answer.json()["code"] == "invalid_json"


def test_a_fraction_where_a_whole_number_is_expected_is_a_422_that_says_where(
    live: LiveServer, server_engine: Engine, till_factory: Callable[[str], Till]
) -> None:
    till = _enrolled(live, server_engine, till_factory)
    answer = _post(live, "/card-blocks", '{"held": [], "size": 1.5}', till.headers())
    assert answer.status_code == 422
    body = answer.json()
    assert body["code"] == "invalid_request"
    assert body["detail"][0]["loc"] == ["body", "size"]
    assert "1.5" not in answer.text  # the value is not echoed back


def test_a_10_mb_body_without_a_token_is_refused_before_it_is_read(live: LiveServer) -> None:
    head = _head("/push", {"Content-Length": str(10 * MB)})
    status = _answer_while_sending(live, head, (10 * MB) // CHUNK, b" " * CHUNK)
    assert status == 401


def test_a_streamed_body_without_a_token_is_refused_before_it_is_read(live: LiveServer) -> None:
    chunk = f"{CHUNK:x}\r\n".encode() + b" " * CHUNK + b"\r\n"
    head = _head("/push", {"Transfer-Encoding": "chunked"})
    assert _answer_while_sending(live, head, 160, chunk) == 401


def test_an_oversized_body_with_a_token_is_413_while_it_streams_in(
    live: LiveServer, server_engine: Engine, till_factory: Callable[[str], Till]
) -> None:
    till = _enrolled(live, server_engine, till_factory)
    declared = _head("/push", {**till.headers(), "Content-Length": str(9 * MB)})
    assert _answer_while_sending(live, declared, (9 * MB) // CHUNK, b" " * CHUNK) == 413
    chunk = f"{CHUNK:x}\r\n".encode() + b" " * CHUNK + b"\r\n"
    streamed = _head("/push", {**till.headers(), "Transfer-Encoding": "chunked"})
    pushes = fields.PUSH_BODY_BYTES // CHUNK + 40
    assert _answer_while_sending(live, streamed, pushes, chunk) == 413


def test_other_routes_take_a_smaller_body(
    live: LiveServer, server_engine: Engine, till_factory: Callable[[str], Till]
) -> None:
    till = _enrolled(live, server_engine, till_factory)
    held = [{"first_seq": 1, "last_seq": 1}] * (fields.BODY_BYTES // 30)
    answer = _post(live, "/card-blocks", json.dumps({"held": held}), till.headers())
    assert answer.status_code == 413
    assert answer.json()["code"] == "too_large"
    assert "send less" in answer.json()["message"]


def test_a_name_longer_than_the_shared_limit_is_refused_at_the_counter(
    till_factory: Callable[[str], Till],
) -> None:
    till = till_factory("T-NAME")
    with pytest.raises(InvalidInput, match="at most 200 fit: shorten it") as refused:
        till.register("И" * (fields.NAME + 57), "+7 912 345 67 89")
    assert refused.value.field == "name"
    assert till.register("И" * fields.NAME, "+7 912 345 67 89").member.name == "И" * fields.NAME


def test_the_server_takes_exactly_what_the_counter_takes(
    live: LiveServer, server_engine: Engine, till_factory: Callable[[str], Till]
) -> None:
    till = _enrolled(live, server_engine, till_factory)
    till.register("Я" * fields.NAME, "+7 912 000 00 01")
    assert till.sync().push.problems == []
    member = {"id": "m-1", "name": "Я" * (fields.NAME + 1), "phone": "79120000002"}
    body = json.dumps(
        {"messages": [{"message_id": 1, "kind": "member_registered", "payload": member}]}
    )
    answer = _post(live, "/push", body, till.headers())
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"][:3] == ["body", "messages", 0]


def test_an_import_row_with_a_name_over_the_shared_limit_is_a_problem_of_that_row() -> None:
    from datetime import date

    from pos_loyalty.domain.import_rows import RowProblem, parse_record, read_csv

    text = f"name;phone;consent_date\n{'Я' * (fields.NAME + 1)};+79120000001;2026-01-01\n"
    header, ((line, row),) = read_csv(text.splitlines(keepends=True))
    (problem,) = parse_record(header, row, line, date(2026, 3, 1))  # type: ignore[misc]
    assert isinstance(problem, RowProblem) and problem.column == "name"
    assert f"at most {fields.NAME} fit" in problem.reason


@pytest.mark.parametrize(
    ("body", "refused"),
    [
        (b'{"a": NaN}', "NaN is not a number JSON allows"),
        (b'{"a": -Infinity}', "-Infinity is not a number JSON allows"),
        (b'{"a": 1e400}', "too large for any amount"),
        (b'{"a": ' + b"9" * 5000 + b"}", "not strict JSON"),
        (b'{"a": 1,}', "not valid JSON"),
    ],
)
def test_the_gate_refuses_what_either_reader_refuses_with_the_standard_librarys_words(
    body: bytes, refused: str
) -> None:
    with pytest.raises(gate.InvalidJson, match=refused):
        gate._check_json({"headers": []}, body)


def test_json_only_orjson_refuses_still_passes_and_is_read_again_by_the_route() -> None:
    # A lone surrogate and UTF-16 are JSON the standard library reads; orjson does not.
    for body in (b'{"a": "\\ud800"}', '{"a": 1}'.encode("utf-16")):
        assert gate._check_json({"headers": []}, body) is gate._UNREAD
    assert gate._check_json({"headers": []}, b'{"a": [1, "b"]}') == {"a": [1, "b"]}
    plain = {"headers": [(b"content-type", b"text/plain")]}
    assert gate._check_json(plain, b"NaN") is gate._UNREAD


def test_a_push_is_read_once_and_answers_as_before(
    live: LiveServer, server_engine: Engine, till_factory: Callable[[str], Till]
) -> None:
    till = _enrolled(live, server_engine, till_factory)
    calls: list[bytes] = []
    real = json.loads

    def counted(text: str | bytes, *args: object, **kwargs: object) -> object:
        calls.append(text if isinstance(text, bytes) else text.encode())
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    empty = '{"messages": []}'
    wrong = '{"messages": [{"message_id": 1, "kind": "ledger_entry", "payload": {}}]}'
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json, "loads", counted)
        answer = _post(live, "/push", empty, till.headers())
        refused = _post(live, "/push", wrong, till.headers())
    assert answer.status_code == 200 and answer.json()["accepted"] == 0
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"][:3] == ["body", "messages", 0]
    assert not [c for c in calls if b"messages" in c]  # neither body was parsed by json
