"""A city written with its state in one cell ("Norfolk, Virginia", no State column) is
the community already in the registry, not a new one with a comma in its name."""

from sqlmodel import select

from desktop.services.importing.apply import apply_plan
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.plan import MATCHED, NEW, plan_file
from desktop.services.unit_of_work import reading
from desktop.store.models import Community, Partnership

HEADER = "City,Sister city,Country,Year,Type,Status\n"


def plan_of(db, tmp_path, rows: str):
    """The list of an American office, which says its country once, in the wizard."""
    path = tmp_path / "list.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    mapping = guess_mapping(HEADER.strip().split(","), defaults={"local_country": "US"})
    return plan_file(db, path, mapping=mapping)


def counts(db):
    with reading(db) as session:
        return (
            len(session.exec(select(Community.id)).all()),
            len(session.exec(select(Partnership.id)).all()),
        )


def test_city_comma_state_matches_the_pair_already_there(sample_db, tmp_path):
    before = counts(sample_db)
    plan = plan_of(
        sample_db, tmp_path, '"Norfolk, Virginia",Kaliningrad,Russia,1992,Sister city,Active\n'
    )
    assert plan.summary().startswith("0 new, 1 matched")
    assert plan.rows[0].outcome == MATCHED
    assert "Already in the registry" in plan.rows[0].note
    assert plan.new_communities() == []
    result = apply_plan(sample_db, plan)
    assert (result.new, result.matched, result.communities) == (0, 1, 0)
    assert counts(sample_db) == before


def test_a_state_code_after_the_comma_works_too(sample_db, tmp_path):
    plan = plan_of(sample_db, tmp_path, '"Norfolk, VA",Kaliningrad,Russia,1992,Sister city,\n')
    assert plan.rows[0].outcome == MATCHED
    assert plan.new_communities() == []


def test_a_uk_nation_after_the_comma_is_the_subdivision(empty_db, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        "City,Local country,Sister city,Country\n"
        '"Dundee, Scotland",United Kingdom,Nablus,Palestine\n',
        encoding="utf-8",
    )
    plan = plan_file(empty_db, path)
    assert plan.rows[0].outcome == NEW, plan.rows[0].problems
    (dundee, _) = sorted(plan.new_communities(), key=lambda c: c.country)
    assert (dundee.name, dundee.subdivision, dundee.country) == ("Dundee", "Scotland", "GB")


def test_a_comma_that_is_not_a_state_stays_in_the_name(sample_db, tmp_path):
    plan = plan_of(
        sample_db, tmp_path, '"Washington, D.C. area, Elsewhere",Kaliningrad,Russia,1992,,\n'
    )
    names = [c.name for c in plan.new_communities()]
    assert names == ["Washington, D.C. area, Elsewhere"]
