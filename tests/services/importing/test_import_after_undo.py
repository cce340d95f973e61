"""Undo an import, then import the same list again: the archived records come back
(restored, with audit entries), never a second copy nor a silent 'already there'."""

from sqlmodel import select

from desktop.services.importing.apply import apply_plan
from desktop.services.importing.batches import undo_batch
from desktop.services.importing.plan import RESTORE, plan_file
from desktop.services.unit_of_work import reading
from desktop.store.models import AuditEntry, Community, Partnership


def _import(db, tmp_path, rows: str):
    path = tmp_path / "list.csv"
    path.write_text("City,State,Local country,Sister city,Country,Year\n" + rows, "utf-8")
    return plan_file(db, path)


def live_pairs(db) -> list[tuple[str, str]]:
    with reading(db) as session:
        names = dict(session.exec(select(Community.id, Community.name)).all())
        return sorted(
            (names[a], names[b])
            for a, b in session.exec(
                select(Partnership.local_id, Partnership.partner_id).where(
                    Partnership.archived_at.is_(None)
                )
            )
        )


def restores(db) -> list[str]:
    with reading(db) as session:
        return sorted(
            e.record_type
            for e in session.exec(select(AuditEntry).where(AuditEntry.action == "restore"))
        )


def test_again_after_undo_restores_the_communities_it_had_created(empty_db, tmp_path):
    rows = "Norfolk,VA,United States,Toulon,France,1989\n"
    first = apply_plan(empty_db, _import(empty_db, tmp_path, rows))
    assert first.communities == 2
    undo_batch(empty_db, first.batch_id)
    assert live_pairs(empty_db) == []

    again = _import(empty_db, tmp_path, rows)
    assert [r.outcome for r in again.rows] == [RESTORE]
    assert again.summary() == (
        "0 new, 1 restored from the archive, 0 matched to existing records, 0 rejected; "
        "0 new communities, 2 restored from the archive."
    )
    result = apply_plan(empty_db, again)
    assert (result.new, result.restored, result.communities_restored) == (0, 1, 2)
    assert live_pairs(empty_db) == [("Norfolk", "Toulon")]
    assert restores(empty_db) == ["community", "community", "partnership"]
    # The restored records belong to the new import: undoing it archives them again.
    undo_batch(empty_db, result.batch_id)
    assert live_pairs(empty_db) == []


def test_again_after_undo_restores_a_partnership_of_existing_communities(empty_db, tmp_path):
    apply_plan(
        empty_db,
        _import(
            empty_db,
            tmp_path,
            "Norfolk,VA,United States,Toulon,France,1989\n"
            "Portland,OR,United States,Kiel,Germany,1990\n",
        ),
    )
    rows = "Norfolk,VA,United States,Kiel,Germany,2001\n"
    second = apply_plan(empty_db, _import(empty_db, tmp_path, rows))
    assert (second.new, second.communities) == (1, 0)
    undo_batch(empty_db, second.batch_id)

    again = _import(empty_db, tmp_path, rows)
    assert (again.new, again.restored, again.matched) == (0, 1, 0)
    assert "restores it" in again.rows[0].note
    result = apply_plan(empty_db, again)
    assert result.summary().startswith("0 new, 1 restored from the archive, 0 matched")
    assert ("Norfolk", "Kiel") in live_pairs(empty_db)
    assert restores(empty_db) == ["partnership"]


def test_an_exchange_of_an_archived_partnership_is_rejected(empty_db, tmp_path):
    first = apply_plan(
        empty_db, _import(empty_db, tmp_path, "Norfolk,VA,United States,Toulon,France,1989\n")
    )
    undo_batch(empty_db, first.batch_id)
    path = tmp_path / "exchanges.csv"
    path.write_text(
        "City,State,Local country,Sister city,Country,Title,Start\n"
        "Norfolk,VA,United States,Toulon,France,Choir tour,2019\n",
        "utf-8",
    )
    plan = plan_file(empty_db, path)
    (row,) = plan.rows
    assert row.reasons().startswith(
        "Sister city: The partnership of these two communities is archived"
    )
