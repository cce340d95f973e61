"""Undoing a past import: possible while nothing has changed since on what it wrote; a
later edit, or an exchange recorded under an imported partnership, stops it, and the reason
names the record."""

import pytest
from sqlmodel import select

from desktop.domain.validation import ValidationError
from desktop.services import exchanges, partnerships
from desktop.services.importing.apply import apply_plan
from desktop.services.importing.batches import list_batches, undo_batch, undo_blockers
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.plan import plan_file
from desktop.services.unit_of_work import reading
from desktop.store.models import Partnership

HEADER = "City,Country,Sister city,Sister city country,Year\n"


def imported(db, tmp_path, rows="Lyon,France,Birmingham,United Kingdom,1951\n"):
    path = tmp_path / "list.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    plan = plan_file(db, path, mapping=guess_mapping(HEADER.strip().split(",")))
    result = apply_plan(db, plan)
    with reading(db) as session:
        partnership = session.exec(
            select(Partnership).where(Partnership.batch_id == result.batch_id)
        ).first()
    return result.batch_id, partnership


def test_the_history_lists_each_import(empty_db, tmp_path):
    batch, _ = imported(empty_db, tmp_path)
    (past,) = list_batches(empty_db)
    assert (past.id, past.file_name, past.rows, past.new, past.who) == (
        batch,
        "list.csv",
        1,
        1,
        empty_db.who,
    )
    assert undo_blockers(empty_db, batch) == []


def test_a_later_edit_stops_the_undo_and_says_which(empty_db, tmp_path):
    batch, partnership = imported(empty_db, tmp_path)
    partnerships.update_partnership(
        empty_db, partnership.id, {"notes": "Renewed in 2021"}, partnership.version
    )
    (reason,) = undo_blockers(empty_db, batch)
    assert reason.startswith("The partnership Lyon – Birmingham was changed since (notes), by ")
    with pytest.raises(ValidationError, match="cannot be undone: The partnership Lyon"):
        undo_batch(empty_db, batch)
    with reading(empty_db) as session:
        assert session.get(Partnership, partnership.id).archived_at is None


def test_an_exchange_recorded_since_stops_the_undo(empty_db, tmp_path):
    batch, partnership = imported(empty_db, tmp_path)
    exchanges.record_exchange(
        empty_db, {"partnership_id": partnership.id, "title": "Youth orchestra"}
    )
    assert undo_blockers(empty_db, batch) == [
        "An exchange was recorded since under The partnership Lyon – Birmingham."
    ]
