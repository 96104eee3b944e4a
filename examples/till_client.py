"""A reference till client: plays the shop's till against `pos-loyalty till serve`.

Python's standard library only (urllib), so a till vendor can read it as the API's example:
calculate a check, show the per-line discounts, confirm it with the fiscal receipt number,
then return a line. Money is whole kopecks everywhere.

    python examples/till_client.py --url http://127.0.0.1:8765 --card 0420000000013
"""

from __future__ import annotations

import argparse
import json
import urllib.error
import urllib.request
import uuid
from typing import Any


class TillError(Exception):
    """The till API refused a call: its HTTP status, code and message (which says what to do)."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(f"{status} {body.get('error', '')}: {body.get('message', body)}")
        self.status = status
        self.body = body


class TillClient:
    """The till API's calls over HTTP (JSON in, JSON out)."""

    def __init__(self, url: str, token: str = "", timeout: float = 10.0) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.timeout = timeout

    def calculate(
        self, check_id: str, lines: list[dict[str, Any]], card: str | None, redeem: Any = None
    ) -> dict[str, Any]:
        """Quote a check: the member, and each line's discount and points in kopecks."""
        body = {"check_id": check_id, "lines": lines, "card_number": card, "redeem": redeem}
        return self._post("/v1/checks/calculate", body)

    def confirm(self, check_id: str, receipt_no: str, large: bool = False) -> dict[str, Any]:
        """Record the sale as calculated; repeating it returns the same sale."""
        body = {"receipt_no": receipt_no, "large_confirmed": large}
        return self._post(f"/v1/checks/{check_id}/confirm", body)

    def look(self, check_id: str) -> dict[str, Any]:
        """Where a check stands: the card and points chosen at the counter, its figures now."""
        return self._send(urllib.request.Request(f"{self.url}/v1/checks/{check_id}"))

    def cancel(self, check_id: str) -> dict[str, Any]:
        """Drop a calculated check the till did not sell."""
        return self._post(f"/v1/checks/{check_id}/cancel", {})

    def refund(
        self, check_id: str, lines: list[int], approver: tuple[str, str] | None = None
    ) -> dict[str, Any]:
        """Refund whole lines (numbered from 1); a manager's (name, PIN) above the limit."""
        body: dict[str, Any] = {"check_id": check_id, "lines": lines}
        if approver is not None:
            body["approver"] = {"name": approver[0], "pin": approver[1]}
        return self._post("/v1/refunds", body)

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        request = urllib.request.Request(
            self.url + path,
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        return self._send(request)

    def _send(self, request: urllib.request.Request) -> dict[str, Any]:
        if self.token:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                result: dict[str, Any] = json.load(answer)
                return result
        except urllib.error.HTTPError as exc:
            raise TillError(exc.code, _json(exc.read())) from None


def _json(data: bytes) -> dict[str, Any]:
    try:
        found = json.loads(data)
    except ValueError:
        return {"message": data.decode(errors="replace")}
    return found if isinstance(found, dict) else {"message": found}


SAMPLE = [
    {"code": "1001", "name": "Кофе", "quantity": "1", "price": 60000, "amount": 60000},
    {
        "code": "2002",
        "name": "Сыр",
        "quantity": "0.500",
        "price": 60000,
        "amount": 30000,
        "category": "dairy",
    },
    {
        "code": "3003",
        "name": "Сигареты",
        "quantity": "1",
        "price": 20000,
        "amount": 20000,
        "category": "tobacco",
    },
]


def _show(title: str, answer: dict[str, Any]) -> None:
    print(f"--- {title}")
    print(json.dumps(answer, ensure_ascii=False, indent=2))


def main() -> None:
    """Walk through one check: calculate, confirm, repeat the confirmation, return a line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8765")
    parser.add_argument("--token", default="")
    parser.add_argument("--card", default=None, help="the card the till scanned")
    parser.add_argument("--redeem", default=None, help="points to redeem, or max")
    args = parser.parse_args()
    redeem = args.redeem if args.redeem in (None, "max") else int(args.redeem)
    till = TillClient(args.url, args.token)
    check_id = f"T1-{uuid.uuid4().hex[:8]}"
    _show("calculate", till.calculate(check_id, SAMPLE, args.card, redeem))
    _show("confirm", till.confirm(check_id, receipt_no="000123"))
    _show("confirm again (the same sale)", till.confirm(check_id, receipt_no="000123"))
    _show("refund line 2", till.refund(check_id, [2]))


if __name__ == "__main__":
    main()
