"""A list names pairs the registry may already have: each is looked up as the rows name it,
whichever side the list puts each community on."""

from sqlmodel import select

from desktop.services.importing.apply import apply_plan
from desktop.services.importing.plan import MATCHED, NEW, plan_file
from desktop.services.unit_of_work import reading
from desktop.store.models import Partnership


def _plan(db, tmp_path, rows: str):
    path = tmp_path / "list.csv"
    path.write_text("City,State,Local country,Sister city,Country,Year\n" + rows, "utf-8")
    return plan_file(db, path)


def test_a_pair_written_the_other_way_round_matches_the_registrys(empty_db, tmp_path):
    apply_plan(empty_db, _plan(empty_db, tmp_path, "Norfolk,VA,United States,Toulon,France,1989\n"))
    with reading(empty_db) as session:
        norfolk_toulon = session.exec(select(Partnership.id)).one()
    again = _plan(
        empty_db,
        tmp_path,
        'Toulon,,France,"Norfolk, Virginia",United States,1989\n'
        "Toulon,,France,Kiel,Germany,1990\n"
        "Norfolk,VA,United States,Toulon,France,1989\n",
    )
    assert [r.outcome for r in again.rows] == [MATCHED, NEW, MATCHED]
    assert again.rows[0].matched_id == again.rows[2].matched_id == norfolk_toulon
    assert again.rows[0].note == f"Already in the registry (partnership {norfolk_toulon})."
