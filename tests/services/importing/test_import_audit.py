"""An import's records have the same creation entries in the audit trail as records
entered by hand: one a field that holds a value, its text as the trail writes it (enum
values, ISO dates, Python's own text of a float), in the fields' order. Part of them are
written by SQL from the rows just stored (services/importing/bulk.py): this holds the two
ways to the same text."""

from sqlmodel import select

from desktop.services import audit
from desktop.services.importing.apply import apply_plan
from desktop.services.importing.plan import plan_file
from desktop.services.unit_of_work import reading
from desktop.store.models import AuditEntry, Community, Partnership

LIST = (
    "City,State,Local country,Sister city,Partner region,Country,Year,Type,"
    "Partner latitude,Partner longitude,Partner population\n"
    "Norfolk,VA,United States,Toulon,Var,France,1989,Sister city,"
    "43.124228,5.928000000000001,171953\n"
    "Norfolk,VA,United States,Kitakyūshū,,Japan,1962,Friendship city,33.8834,130.8752,\n"
    "Norfolk,VA,United States,Wilhelmshaven,,Germany,,Sister city,53.5300000001,8.1125,0\n"
)


def created_entries(session, kind: str, record_id: int) -> list[tuple[str, str]]:
    """The record's creation entries, as a history shows them (PostgreSQL's trail also
    keeps the values the app derives, which a history leaves out)."""
    return [
        (e.field, e.new_value)
        for e in session.exec(
            select(AuditEntry)
            .where(
                AuditEntry.record_type == kind,
                AuditEntry.record_id == record_id,
                AuditEntry.action == "create",
            )
            .order_by(AuditEntry.id)
        )
        if e.field not in audit.UNAUDITED
    ]


def test_imported_records_have_the_creation_entries_of_records_entered_by_hand(empty_db, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(LIST, "utf-8")
    result = apply_plan(empty_db, plan_file(empty_db, path))
    assert (result.new, result.communities) == (3, 4)

    with reading(empty_db) as session:
        records = [*session.exec(select(Community)), *session.exec(select(Partnership))]
        assert len(records) == 7
        for record in records:
            expected = [
                (field, text)
                for field, text in audit.snapshot(record).items()
                if text not in (None, "")
            ]
            assert created_entries(session, audit.record_type(record), record.id) == expected
        toulon = session.exec(select(Community).where(Community.name == "Toulon")).one()
        entries = dict(created_entries(session, "community", toulon.id))
        assert entries["longitude"] == "5.928000000000001"  # Python's text, not SQLite's
        assert entries["kind"] == "city"
        assert entries["population"] == "171953"
        pairs = session.exec(select(Partnership).order_by(Partnership.id)).all()
        first = dict(created_entries(session, "partnership", pairs[0].id))
        assert first["established_on"] == "1989-01-01"
        assert first["kind"] == "sister_city"
        assert "notes" not in first  # empty: no entry, as by hand
