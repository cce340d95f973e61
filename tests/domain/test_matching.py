"""Community matching: folded names, similarity within a country, never across."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.matching import (
    Gazetteer,
    Likeness,
    ListNames,
    Place,
    Reason,
    fold_name,
    identity,
    likeness,
    one_edit_apart,
    subdivision_name,
)

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


def _compare(places, name, subdivision, country):
    same, ask = Gazetteer(places).compare(name, subdivision, country)
    return [p.key for p in same], [(p.key, reason) for p, reason in ask]


def test_a_typo_is_a_question_never_an_answer():
    assert _compare(KNOWN, "Kalinigrad", "", "RU") == ([], [(1, Reason.SPELLING)])


@pytest.mark.parametrize(
    ("new", "known"),
    [
        ("Amberg", "Bamberg"),
        ("Hangzhou", "Changzhou"),
        ("Hildesheim", "Hillesheim"),
        ("Toyama", "Oyama"),
        ("St. John's", "Saint John"),
        ("Kempten", "Kempen"),
    ],
)
def test_look_alike_towns_are_asked_about(new, known):
    same, ask = _compare([Place("k", known, "", "XX")], new, "", "XX")
    assert same == [] and ask == [("k", Reason.SPELLING)]


def test_names_that_differ_in_a_number_are_two_places():
    assert _compare([Place("k", "Prague 1", "", "CZ")], "Prague 6", "", "CZ") == ([], [])


def test_saint_and_st_meet_within_a_country_only():
    assert _compare(KNOWN, "Saint Petersburg", "Saint Petersburg", "RU") == ([2], [])
    assert _compare(KNOWN, "St Petersburg", "FL", "US") == ([3], [])
    assert _compare(KNOWN, "St. Petersburg", "", "GB") == ([], [])


def test_a_region_tells_namesakes_apart_and_a_missing_one_is_asked():
    assert _compare(KNOWN, "Portland", "Oregon", "US") == ([5], [])
    assert _compare(KNOWN, "Portland", "ME", "US") == ([4], [])
    assert _compare(KNOWN, "Portland", "Texas", "US") == ([], [])  # another Portland
    # Without a state it may be either: asked, never given to the first one seen.
    assert _compare(KNOWN, "Portland", "", "US") == ([], [(4, Reason.REGION), (5, Reason.REGION)])
    # A known one without a region may be this one: asked too.
    vernouillet = [Place("v", "Vernouillet", "", "FR")]
    assert _compare(vernouillet, "Vernouillet", "Yvelines", "FR") == ([], [("v", Reason.REGION)])


def test_accents_and_hyphens_are_the_same_name():
    assert _compare(KNOWN, "Krakow", "Lesser Poland", "PL") == ([6], [])
    assert _compare(KNOWN, "Los-Alamos", "New Mexico", "US") == ([7], [])


def test_different_names_stay_different():
    places = [*KNOWN, Place(8, "Aleksandrov", "Vladimir Oblast", "RU")]
    assert _compare(places, "Kaluga", "", "RU") == ([], [])
    assert _compare(places, "Aleksandrovsk", "", "RU") == ([], [])  # two letters apart
    assert _compare(places, "Ube", "", "RU") == ([], [])


def test_likeness_of_two_identities():
    assert likeness(identity("Kraków", "", "PL"), identity("Krakow", "", "PL"))[0] is Likeness.SAME
    assert likeness(identity("Amberg", "", "DE"), identity("Bamberg", "", "DE"))[0] is Likeness.ASK
    assert likeness(identity("Amberg", "", "DE"), identity("Amberg", "", "AT"))[0] is (
        Likeness.DIFFERENT
    )


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
    same, ask = Gazetteer([Place("k", name, "", known_country)]).compare(name, "", wanted_country)
    if known_country != wanted_country:
        assert same == [] and ask == []
    elif fold_name(name):
        assert [p.key for p in same] == ["k"]


@given(names, names)
def test_the_look_alike_index_finds_what_a_full_comparison_finds(a, b):
    found = [p.key for p in Gazetteer([Place("b", b, "", "FR")]).look_alikes(a, "FR")]
    assert found == (["b"] if one_edit_apart(fold_name(a), fold_name(b)) else [])


@given(names, names, st.sampled_from(["FR", "DE"]))
def test_a_registry_name_the_list_may_name_is_never_left_out(listed, registered, country):
    """An import reads into its Gazetteer only the registry's names the list may name: any
    it leaves out is neither the same name nor a look-alike of one of the list's."""
    kept = ListNames([("FR", fold_name(listed))]).may_name(country, fold_name(registered))
    matters = country == "FR" and (
        fold_name(listed) == fold_name(registered)
        or one_edit_apart(fold_name(listed), fold_name(registered))
    )
    assert kept or not matters


@given(st.lists(st.tuples(names, st.sampled_from(["FR", "DE"])), max_size=12), names)
def test_many_names_in_one_index_find_what_a_full_comparison_finds(known, asked):
    """The indexes are kept by country, then by name: with many names of two countries in
    them, each question still finds what comparing it with every name finds."""
    gazetteer = Gazetteer([Place(i, n, "", c) for i, (n, c) in enumerate(known)])
    wanted = ListNames([(c, fold_name(n)) for n, c in known])
    folded = fold_name(asked)
    for country in ("FR", "DE"):
        found = sorted(p.key for p in gazetteer.look_alikes(asked, country))
        assert found == sorted(
            i for i, (n, c) in enumerate(known)
            if c == country and one_edit_apart(folded, fold_name(n))
        )  # fmt: skip
        matters = any(
            c == country and (fold_name(n) == folded or one_edit_apart(fold_name(n), folded))
            for n, c in known
        )
        assert wanted.may_name(country, folded) or not matters


def test_the_list_names_keep_look_alikes_and_leave_the_rest():
    wanted = ListNames([("DE", fold_name(n)) for n in ("Amberg", "Kempten", "Ulm")])
    assert wanted.may_name("DE", "bamberg")  # one letter added
    assert wanted.may_name("DE", "kempen")  # one dropped
    assert wanted.may_name("DE", "ulm")  # the same short name
    assert not wanted.may_name("DE", "ulmen")  # short names are not compared by spelling
    assert not wanted.may_name("DE", "hamburg")
    assert not wanted.may_name("AT", "amberg")  # another country's


def test_a_region_within_another_is_a_question_not_another_place():
    """Canterbury, Kent and Canterbury with England from an 'England, United Kingdom' cell
    may be one place: Kent lies in England. Kent and Essex are two."""
    kent = identity("Canterbury", "Kent", "GB")
    assert likeness(identity("Canterbury", "England", "GB"), kent) == (
        Likeness.ASK,
        Reason.REGION,
    )
    assert likeness(identity("Canterbury", "Essex", "GB"), kent)[0] is Likeness.DIFFERENT
    assert likeness(identity("Vernouillet", "Île-de-France", "FR"),
                    identity("Vernouillet", "Yvelines", "FR"))[0] is Likeness.ASK  # fmt: skip
