"""Community matching: folded names, similarity within a country, never across."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.matching import Ambiguous, Gazetteer, Place, fold_name, subdivision_name

KNOWN = [
    Place(1, "Kaliningrad", "Kaliningrad Oblast", "RU"),
    Place(2, "St. Petersburg", "Saint Petersburg", "RU"),
    Place(3, "St. Petersburg", "Florida", "US"),
    Place(4, "Portland", "Maine", "US"),
    Place(5, "Portland", "Oregon", "US"),
    Place(6, "Kraków", "Lesser Poland", "PL"),
    Place(7, "Los Alamos", "New Mexico", "US"),
]


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("St. Petersburg", "saint petersburg"),
        ("Saint-Petersburg", "saint petersburg"),
        ("ST PETERSBURG", "saint petersburg"),
        ("Kraków", "krakow"),
        ("Los-Alamos", "los alamos"),
        ("Ft. Worth", "fort worth"),
        ("Xi’an", "xian"),
    ],
)
def test_fold_name(written, folded):
    assert fold_name(written) == folded


def test_a_typo_is_read_as_the_known_name():
    match = Gazetteer(KNOWN).find("Kalinigrad", "", "RU")
    assert match.place.key == 1 and 90 <= match.score < 100 and not match.exact


def test_saint_and_st_meet_within_a_country_only():
    places = Gazetteer(KNOWN)
    assert places.find("Saint Petersburg", "", "RU").place.key == 2
    assert places.find("St Petersburg", "FL", "US").place.key == 3
    assert places.find("Saint Petersburg", "Florida", "US").place.key == 3
    assert places.find("St. Petersburg", "", "GB") is None


def test_same_name_in_two_states_needs_the_state():
    places = Gazetteer(KNOWN)
    assert places.find("Portland", "Oregon", "US").place.key == 5
    assert places.find("Portland", "ME", "US").place.key == 4
    assert places.find("Portland", "Texas", "US") is None  # another Portland: a new one
    with pytest.raises(Ambiguous) as exc:
        places.find("Portland", "", "US")
    assert {p.key for p in exc.value.places} == {4, 5}


def test_accents_and_hyphens_are_exact_matches():
    places = Gazetteer(KNOWN)
    assert places.find("Krakow", "", "PL").exact
    assert places.find("Los-Alamos", "New Mexico", "US").exact


def test_different_names_stay_different():
    places = Gazetteer([*KNOWN, Place(8, "Aleksandrov", "Vladimir Oblast", "RU")])
    assert places.find("Kaluga", "", "RU") is None
    assert places.find("Aleksandrovsk", "", "RU") is None  # similar, but two letters apart
    assert [p.key for p in places.possibly_same("Aleksandrovsk", "RU")] == [8]
    assert places.possibly_same("Kalinin", "RU") == []


def test_subdivision_codes_become_names():
    assert subdivision_name("VA", "US") == "Virginia"
    assert subdivision_name("Virginia", "US") == "Virginia"
    assert subdivision_name("ZZ", "US") == "ZZ"


names = st.text(
    alphabet=st.characters(categories=("Lu", "Ll", "Zs", "Pd", "Po")), min_size=1, max_size=30
)


@given(names)
def test_folding_is_idempotent(name):
    assert fold_name(fold_name(name)) == fold_name(name)


@given(names, st.sampled_from(["US", "RU", "FR"]), st.sampled_from(["US", "RU", "FR"]))
def test_a_match_is_always_in_the_same_country(name, known_country, wanted_country):
    places = Gazetteer([Place("k", name, "", known_country)])
    match = places.find(name, "", wanted_country)
    if known_country != wanted_country:
        assert match is None
    elif fold_name(name):
        assert match is not None and match.place.key == "k"
