"""Where communities lie, from the offline GeoNames table: only what the name leaves no
doubt about is filled in; the doubtful ones come back with their candidates."""

from datetime import date

import pytest
from sqlmodel import select

from desktop.reports.documents import builders
from desktop.reports.pdf import PageSetup, write_pdf
from desktop.services import communities, coordinates, history, lookup, places
from desktop.services.importing.apply import apply_plan
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.plan import plan_file
from desktop.services.unit_of_work import reading
from desktop.store.models import Community
from tests.pdf_reading import page_texts, sample_partnership_id
from tests.services.importing.office_lists import write_workbook


def test_norfolk_virginia_is_one_place():
    place = places.unambiguous("Norfolk", "US", "Virginia")
    assert place is not None
    assert (place.name, place.admin1) == ("Norfolk", "Virginia")
    assert place.latitude == pytest.approx(36.85, abs=0.05)
    assert place.longitude == pytest.approx(-76.29, abs=0.05)
    # The state by its code is the same state; Norfolk, Nebraska is never it.
    assert places.unambiguous("Norfolk", "US", "VA") == place
    assert places.unambiguous("Norfolk", "US", "Nebraska").admin1 == "Nebraska"


def test_portland_needs_its_state():
    found = places.candidates("Portland", "US")
    assert {"Maine", "Oregon"} <= {c.admin1 for c in found}
    assert places.unambiguous("Portland", "US") is None
    oregon = places.unambiguous("Portland", "US", "Oregon")
    assert oregon is not None and oregon.longitude == pytest.approx(-122.68, abs=0.05)
    assert "Portland, Oregon" in oregon.label()


def test_st_petersburg_florida_and_russia_never_mix():
    florida = places.candidates("St. Petersburg", "US", "Florida")
    russia = places.candidates("Saint-Petersburg", "RU")
    assert [(c.country, c.admin1) for c in florida] == [("US", "Florida")]
    assert [c.country for c in russia] == ["RU"]
    assert florida[0].latitude == pytest.approx(27.77, abs=0.05)
    assert russia[0].latitude == pytest.approx(59.94, abs=0.05)
    assert places.candidates("St. Petersburg", "FR") == []


def test_fill_coordinates_fills_the_unambiguous_and_returns_the_rest(empty_db):
    norfolk = communities.create_community(
        empty_db, {"name": "Norfolk", "subdivision": "Virginia", "country": "US"}
    )
    portland = communities.create_community(empty_db, {"name": "Portland", "country": "US"})
    nowhere = communities.create_community(empty_db, {"name": "Nowhere Special", "country": "US"})
    result = coordinates.fill_coordinates(empty_db)
    assert result.filled == [norfolk.id]
    assert result.not_found == [nowhere.id]
    [doubt] = result.ambiguous
    assert doubt.community_id == portland.id and doubt.label == "Portland, US"
    assert any("Portland, Maine" in c.label() for c in doubt.candidates)
    assert result.summary() == (
        "Coordinates filled for 1 communities; 1 have several possible places; "
        "1 are not in the city table."
    )
    record = lookup.community_record(empty_db, norfolk.id)
    assert record["latitude"] == pytest.approx(36.85, abs=0.05)
    assert record["population"] > 200_000
    fields = {row.field for row in history.record_history(empty_db, "community", norfolk.id)}
    assert {"Latitude", "Longitude", "Population"} <= fields
    assert lookup.community_record(empty_db, portland.id)["latitude"] is None
    # Filled ones are left alone next time; only the listed ones are looked at.
    assert coordinates.fill_coordinates(empty_db, [norfolk.id]).filled == []


def test_a_recorded_population_is_kept(empty_db):
    norfolk = communities.create_community(
        empty_db,
        {"name": "Norfolk", "subdivision": "Virginia", "country": "US", "population": 1234},
    )
    coordinates.fill_coordinates(empty_db)
    assert lookup.community_record(empty_db, norfolk.id)["population"] == 1234


def test_an_import_fills_its_new_communities(empty_db, tmp_path):
    path = write_workbook(
        tmp_path / "list.xlsx",
        [
            ["Norfolk", "Virginia", "Kaliningrad", "Russia", 1992, "Sister city"],
            ["Portland", None, "Sapporo", "Japan", 1959, "Sister city"],
        ],
    )
    mapping = guess_mapping(["City", "State", "Sister city", "Country", "Year", "Type"])
    mapping.defaults["local_country"] = "US"
    result = apply_plan(empty_db, plan_file(empty_db, path, mapping=mapping))
    assert result.communities == 4
    assert "from the city table by their name; 1 not known yet" in result.summary()
    with reading(empty_db) as session:
        filled = dict(session.exec(select(Community.name, Community.latitude)).all())
    assert filled["Portland"] is None
    assert filled["Kaliningrad"] == pytest.approx(54.71, abs=0.05)
    assert filled["Sapporo"] == pytest.approx(43.06, abs=0.05)


def test_the_sample_norfolk_kaliningrad_lies_more_than_4400_miles_apart(sample_db):
    with reading(sample_db) as session:
        ids = {
            c.name: c.id
            for c in session.exec(
                select(Community).where(Community.name.in_(["Norfolk", "Kaliningrad"]))
            )
        }
    km = coordinates.distance_km(sample_db, ids["Norfolk"], ids["Kaliningrad"])
    assert 7000 < km < 7300 and km / 1.609344 > 4400


def test_the_printed_profile_gives_the_distance(sample_db, tmp_path, qapp):
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    out = tmp_path / "profile.pdf"
    setup = PageSetup(printed_on=date(2026, 1, 5))
    write_pdf(builders.build_profile(sample_db, pid, date(2022, 3, 2)), out, setup)
    text = " ".join(page_texts(out))
    assert "7,142 km (4,438 miles)" in text


@pytest.mark.parametrize(
    ("name", "region", "country"),
    [
        # A village the table does not hold, whose region the table cannot check: the
        # Passy it does hold (Haute-Savoie) is not this one.
        ("Passy", "Yonne", "FR"),
        # Only an old name of Kaliningrad: offered to the clerk, never filled in by itself.
        ("Koenigsberg", "", "RU"),
        # Three Crescent Cities: which one, the clerk says.
        ("Crescent City", "", "US"),
    ],
)
def test_no_place_from_a_look_alike_or_an_unchecked_region(name, region, country):
    assert places.unambiguous(name, country, region) is None


def test_sonoma_california_is_sonoma_california():
    place = places.unambiguous("Sonoma", "US", "California")
    assert (place.name, place.admin1) == ("Sonoma", "California")
    assert place.latitude == pytest.approx(38.29, abs=0.05)
    assert place.longitude == pytest.approx(-122.46, abs=0.05)


def test_a_small_town_is_found_as_itself_not_its_bigger_namesake():
    """The table holds places of 500 people or more: Amberg in Swabia (1,300 people)
    makes 'Amberg' ambiguous instead of always the city in the Upper Palatinate."""
    assert len(places.candidates("Amberg", "DE")) == 2
    assert places.unambiguous("Amberg", "DE") is None


def test_names_read_all_at_once_give_the_answers_of_one_at_a_time(monkeypatch):
    """An import reads the places of its whole list first (look_up_names); every look-up
    after it answers as the same look-up on its own would, and reads nothing more."""
    asked = [
        ("Portland", "US", "Oregon"), ("Portland", "US", ""), ("Norfolk", "US", "VA"),
        ("Kusatsu", "JP", ""), ("Amberg", "DE", ""), ("Frankenberg", "DE", "Hesse"),
        ("St. Petersburg", "US", "Florida"), ("Saint-Petersburg", "RU", ""),
        ("Kraków", "PL", ""), ("Évian-les-Bains", "FR", ""), ("Nowhere Special", "US", ""),
    ]  # fmt: skip
    index = places._INDEX  # the look-ups kept in memory: each case starts without them

    def answers():
        return [
            (places.places_named(n, c), places.unambiguous(n, c, r), places.candidates(n, c, r))
            for n, c, r in asked
        ]

    index._found.clear()
    one_at_a_time = answers()
    index._found.clear()
    places.look_up_names((n, c) for n, c, _ in asked)
    monkeypatch.setattr(index, "_read", lambda *_: pytest.fail("read again, one name"))
    assert answers() == one_at_a_time
    assert one_at_a_time[0][0] > 1 and one_at_a_time[2][1] is not None  # real answers
