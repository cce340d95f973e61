"""What a real list is filed under: a similar spelling is a question, never proof; a name
without its region is asked when several namesakes fit; countries as real lists write
them; twinnings within one country; what an undated list means; details a matched row
fills in. Each test asserts what the registry holds afterwards."""

from datetime import date

import pytest
from sqlmodel import select

from desktop.domain.enums import Status
from desktop.services import listing, partnerships
from desktop.services.importing.apply import apply_plan
from desktop.services.importing.batches import undo_batch
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.plan import MATCHED, NEW, plan_file
from desktop.services.importing.questions import DIFFERENT
from desktop.services.listing import RecordFilter
from desktop.services.unit_of_work import reading
from desktop.store.models import AuditEntry, Community, ImportChange, Partnership

HEADER = "City,Country,Sister city,Sister city country,Year\n"


def import_rows(db, tmp_path, rows: str, header: str = HEADER, answers=None, **mapping):
    path = tmp_path / "list.csv"
    path.write_text(header + rows, encoding="utf-8")
    guess = guess_mapping(header.strip().split(","))
    for name, value in mapping.items():
        setattr(guess, name, value)
    plan = plan_file(db, path, mapping=guess, answers=answers)
    return plan, apply_plan(db, plan, valid_only=True)


def places(db) -> set[tuple[str, str, str]]:
    with reading(db) as session:
        return set(session.exec(select(Community.name, Community.subdivision, Community.country)))


def pairs(db) -> set[tuple[str, str]]:
    with reading(db) as session:
        names = dict(session.exec(select(Community.id, Community.name)).all())
        return {
            (names[p.local_id], names[p.partner_id])
            for p in session.exec(select(Partnership).where(Partnership.archived_at.is_(None)))
        }


def test_hangzhou_is_not_changzhou(empty_db, tmp_path):
    import_rows(empty_db, tmp_path, "Curitiba,Brazil,Changzhou,China,\n")
    plan, _ = import_rows(empty_db, tmp_path, "Curitiba,Brazil,Hangzhou,China,\n")
    # Not read as Changzhou, not counted as Curitiba - Changzhou: a question, and a pair.
    assert plan.rows[0].outcome == NEW
    (question,) = plan.questions
    assert (question.name, [c.name for c in question.candidates]) == ("Hangzhou", ["Changzhou"])
    assert question.suggestion == DIFFERENT  # the place table holds both as towns
    assert pairs(empty_db) == {("Curitiba", "Changzhou"), ("Curitiba", "Hangzhou")}
    assert {("Hangzhou", "", "CN"), ("Changzhou", "", "CN")} <= places(empty_db)


def test_the_clerk_can_say_two_spellings_are_one_place(empty_db, tmp_path):
    import_rows(empty_db, tmp_path, "Norfolk,United States,Kaliningrad,Russia,\n")
    plan, _ = import_rows(empty_db, tmp_path, "Norfolk,United States,Kalinigrad,Russia,1992\n")
    (question,) = plan.questions
    plan, result = import_rows(
        empty_db, tmp_path, "Norfolk,United States,Kalinigrad,Russia,1992\n",
        answers={question.key: question.candidates[0].key},
    )  # fmt: skip
    # Answered "same": the row is the pair already there; nothing new is created.
    assert plan.rows[0].outcome == MATCHED and result.new == 0
    assert ("Kaliningrad", "", "RU") in places(empty_db)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Bamberg", "Amberg"), ("Hillesheim", "Hildesheim"), ("Kempen", "Kempten")],
)
def test_look_alike_towns_stay_two_towns(empty_db, tmp_path, first, second):
    plan, result = import_rows(
        empty_db, tmp_path, f"Nantes,France,{first},Germany,\nLyon,France,{second},Germany,\n"
    )
    assert result.new == 2 and [q.name for q in plan.questions] == [second]
    assert {(first, "", "DE"), (second, "", "DE")} <= places(empty_db)
    assert {("Nantes", first), ("Lyon", second)} <= pairs(empty_db)


def test_st_johns_newfoundland_is_not_saint_john_new_brunswick(empty_db, tmp_path):
    header = "City,Country,Sister city,Sister city region,Sister city country\n"
    import_rows(empty_db, tmp_path, "Bangor,United Kingdom,Saint John,New Brunswick,Canada\n",
                header)  # fmt: skip
    # Without a region the spelling is one letter from Saint John: asked, kept apart.
    plan, _ = import_rows(empty_db, tmp_path, "Waterford,Ireland,St. John's,,Canada\n", header)
    (question,) = plan.questions
    assert [c.label() for c in question.candidates] == ["Saint John, New Brunswick, Canada"]
    # With its province it is plainly not Saint John: no question; and as the only St. John's
    # known, the registry's St. John's gains its province.
    plan, _ = import_rows(
        empty_db, tmp_path, "Exeter,United Kingdom,St. John's,Newfoundland and Labrador,Canada\n",
        header,
    )  # fmt: skip
    assert plan.questions == []
    assert {
        ("Saint John", "New Brunswick", "CA"),
        ("St. John's", "Newfoundland and Labrador", "CA"),
    } <= places(empty_db)
    assert ("Waterford", "St. John's") in pairs(empty_db)
    assert ("Bangor", "Saint John") in pairs(empty_db)


@pytest.mark.parametrize("bare_first", [True, False])
def test_vernouillet_without_its_department_absorbs_neither(empty_db, tmp_path, bare_first):
    rows = [
        'Laatzen,Germany,"Vernouillet, Eure-et-Loir",France,\n',
        'Oberhaching,Germany,"Vernouillet, Yvelines",France,\n',
    ]
    bare = "Pulheim,Germany,Vernouillet,France,\n"
    plan, _ = import_rows(
        empty_db, tmp_path, "".join([bare, *rows] if bare_first else [*rows, bare])
    )
    (question,) = plan.questions
    assert question.name == "Vernouillet" and sorted(
        c.subdivision for c in question.candidates
    ) == ["Eure-et-Loir", "Yvelines"]
    assert {
        ("Vernouillet", "Eure-et-Loir", "FR"),
        ("Vernouillet", "Yvelines", "FR"),
        ("Vernouillet", "", "FR"),
    } <= places(empty_db)


def test_a_name_without_its_region_is_the_one_namesake_there_is(sample_db, tmp_path):
    """'Kaliningrad' is the registry's Kaliningrad, Kaliningrad Oblast: no other community
    of that name is known, in the registry, the list or the place table."""
    before = places(sample_db)
    plan, _ = import_rows(
        sample_db, tmp_path, '"Norfolk, Virginia",United States,Kaliningrad,Russia,1992\n'
    )
    assert plan.questions == [] and plan.rows[0].outcome == MATCHED
    assert places(sample_db) == before


def test_a_name_the_place_table_knows_several_of_is_asked(empty_db, tmp_path):
    """The registry's Portland has no state; 'Portland, Maine' may be it or not (the place
    table knows eleven Portlands): asked, never merged, and the registry's left as it is."""
    header = "City,State,Country,Sister city,Sister city country\n"
    import_rows(empty_db, tmp_path, "Portland,,United States,Sapporo,Japan\n", header)
    plan, _ = import_rows(empty_db, tmp_path, "Portland,Maine,United States,Shinagawa,Japan\n",
                          header)  # fmt: skip
    (question,) = plan.questions
    assert [c.label() for c in question.candidates] == ["Portland, United States"]
    assert {("Portland", "", "US"), ("Portland", "Maine", "US")} <= places(empty_db)
    plan, _ = import_rows(empty_db, tmp_path, "Portland,,United States,Sapporo,Japan\n", header)
    assert plan.rows[0].outcome == MATCHED  # the same name, region and country: the same


def test_countries_as_real_lists_write_them(empty_db, tmp_path):
    plan, _ = import_rows(
        empty_db,
        tmp_path,
        'Dorset,"England, United Kingdom",Saint-Denis,"Réunion, France",\n'
        'Cork,Republic of Ireland,Mariehamn,"Åland Islands, Finland",\n'
        "Ohrid,Republic of Macedonia,Lund,Sweden,\n"
        "Tiraspol,Transnistria,Lund,Sweden,\n",
    )
    assert [r.outcome for r in plan.rows] == [NEW, NEW, NEW, "rejected"]
    assert "'Transnistria' is not a country in ISO 3166 (it lies in Moldova). Did you mean " \
        "Moldova?" in plan.rows[3].reasons()  # fmt: skip
    assert {
        ("Dorset", "England", "GB"),
        ("Saint-Denis", "", "RE"),
        ("Cork", "", "IE"),
        ("Mariehamn", "", "AX"),
        ("Ohrid", "", "MK"),
    } <= places(empty_db)


def test_a_twinning_within_one_country_is_imported(empty_db, tmp_path):
    plan, result = import_rows(empty_db, tmp_path, "Hannover,Germany,Leipzig,Germany,1987\n")
    assert plan.rows[0].outcome == NEW and result.new == 1
    assert pairs(empty_db) == {("Hannover", "Leipzig")}


def test_a_list_of_twinnings_without_years_counts_them_as_established(empty_db, tmp_path):
    import_rows(empty_db, tmp_path, "Graz,Austria,Darmstadt,Germany,\n")
    (row,) = listing.partnerships(empty_db, RecordFilter(as_of=date.today()))
    assert (row.status, str(row.established)) == (Status.ACTIVE, "date unknown")


def test_a_list_of_ideas_can_say_undated_rows_are_proposed(empty_db, tmp_path):
    import_rows(empty_db, tmp_path, "Graz,Austria,Darmstadt,Germany,\n", undated="proposed")
    (row,) = listing.partnerships(empty_db, RecordFilter(as_of=date.today()))
    assert row.status is Status.PROPOSED


def test_a_year_fills_in_a_matched_pair_and_a_different_one_is_reported(empty_db, tmp_path):
    import_rows(
        empty_db, tmp_path, "Graz,Austria,Darmstadt,Germany,\nGraz,Austria,Pula,Croatia,1972\n"
    )
    plan, result = import_rows(
        empty_db, tmp_path, "Graz,Austria,Darmstadt,Germany,1968\nGraz,Austria,Pula,Croatia,1973\n"
    )
    darmstadt, pula = plan.rows
    assert darmstadt.outcome == MATCHED and darmstadt.fills["established_precision"].value == "year"
    assert "Filled in: established 1968." in darmstadt.note
    assert pula.outcome == MATCHED and not pula.fills
    assert "The list says established 1973; the registry says 1972 (kept)." in pula.warnings()
    assert result.filled == 1 and result.batch_id is not None
    with reading(empty_db) as session:
        darmstadt_id = session.exec(
            select(Partnership.id).join(Community, Community.id == Partnership.partner_id)
            .where(Community.name == "Darmstadt")
        ).one()  # fmt: skip
        changes = session.exec(select(ImportChange)).all()
        entries = session.exec(
            select(AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value).where(
                AuditEntry.record_id == darmstadt_id,
                AuditEntry.record_type == "partnership",
                AuditEntry.action == "update",
            )
        ).all()
    assert {(c.field, c.old_value, c.new_value) for c in changes} == {
        ("established_on", None, "1968-01-01"),
        ("established_precision", "unknown", "year"),
    }
    assert ("established_on", None, "1968-01-01") in entries
    assert partnerships.standing(empty_db, darmstadt_id).since_text == "1968"
    # Undoing the import puts the date back as it was.
    undo_batch(empty_db, result.batch_id)
    with reading(empty_db) as session:
        restored = session.get(Partnership, darmstadt_id)
    assert (restored.established_on, restored.established_precision.value) == (None, "unknown")


def test_a_registry_pair_written_twice_is_filled_once_from_the_first(empty_db, tmp_path):
    import_rows(empty_db, tmp_path, "Graz,Austria,Darmstadt,Germany,\n")
    plan, result = import_rows(
        empty_db, tmp_path,
        "Graz,Austria,Darmstadt,Germany,1968\nDarmstadt,Germany,Graz,Austria,1971\n",
    )  # fmt: skip
    first, second = plan.rows
    assert first.fills["established_on"].year == 1968 and second.fills == {}
    assert second.note == "The same pair as row 2."
    assert "The list says established 1971; row 2 says 1968 (kept)." in second.warnings()
    assert result.filled == 1
    (row,) = listing.partnerships(empty_db, RecordFilter(as_of=date.today()))
    assert str(row.established) == "1968"


def test_an_older_import_can_be_undone_after_a_newer_one_was(empty_db, tmp_path):
    _, first = import_rows(empty_db, tmp_path, "Graz,Austria,Darmstadt,Germany,\n")
    _, second = import_rows(empty_db, tmp_path, "Graz,Austria,Darmstadt,Germany,1968\n")
    undo_batch(empty_db, second.batch_id)  # puts the date back as the first left it
    assert undo_batch(empty_db, first.batch_id) > 0
    assert pairs(empty_db) == set()


def test_a_list_imported_again_after_an_undo_comes_back_with_its_details(empty_db, tmp_path):
    header = "City,State,Country,Sister city,Sister city country,Year\n"
    _, maine = import_rows(empty_db, tmp_path, "Portland,Maine,United States,Shinagawa,Japan,\n",
                           header)  # fmt: skip
    import_rows(empty_db, tmp_path, "Portland,Oregon,United States,Sapporo,Japan,\n", header)
    undo_batch(empty_db, maine.batch_id)
    plan, result = import_rows(
        empty_db, tmp_path, "Portland,Maine,United States,Shinagawa,Japan,1990\n", header
    )
    assert plan.rows[0].outcome == "restore" and result.restored == 1
    rows = {r.partner: r for r in listing.partnerships(empty_db, RecordFilter())}
    assert set(rows) == {"Shinagawa", "Sapporo"}
    assert str(rows["Shinagawa"].established) == "1990"  # the row's year, not dropped
