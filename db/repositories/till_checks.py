"""The checks the shop's till sent, in `till_checks`: the TillCheckRepository port."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from db import jsontext
from db.models import till_checks
from pos_loyalty.domain.till_checks import returned_as_data, returned_from_data
from pos_loyalty.services.till import TillRecord, TillState, check_from_dict

_GET = select(till_checks).where(till_checks.c.check_id == bindparam("check_id"))
_upsert = sqlite_insert(till_checks)
_PUT = _upsert.on_conflict_do_update(
    index_elements=[till_checks.c.check_id],
    set_={c.name: _upsert.excluded[c.name] for c in till_checks.c if c.name != "check_id"},
)


class SqlAlchemyTillCheckRepository:
    """Till checks by the till's check id; `put` writes the whole record."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def get(self, check_id: str) -> TillRecord | None:
        """The check kept under this id, or None."""
        row = self._connection.execute(_GET, {"check_id": check_id}).one_or_none()
        if row is None:
            return None
        return TillRecord(
            check=check_from_dict(jsontext.loads(row.request)),
            digest=row.digest,
            discount=row.discount,
            redeemed_points=row.redeemed_points,
            state=TillState(row.state),
            updated_at=row.updated_at,
            sale_id=row.sale_id,
            receipt_no=row.receipt_no,
            returned=returned_from_data(jsontext.loads(row.returned)),
        )

    def put(self, record: TillRecord) -> None:
        """Keep the record, replacing the one under the same check id."""
        check_id = record.check.check_id
        params = {
            "check_id": check_id,
            "digest": record.digest,
            "request": jsontext.dumps(record.check.as_dict(), f"till check {check_id}"),
            "discount": record.discount,
            "redeemed_points": record.redeemed_points,
            "state": record.state.value,
            "sale_id": record.sale_id,
            "receipt_no": record.receipt_no,
            "returned": jsontext.dumps(returned_as_data(record.returned), f"till check {check_id}"),
            "updated_at": record.updated_at,
        }
        self._connection.execute(_PUT, params)
