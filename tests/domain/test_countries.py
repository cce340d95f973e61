import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.countries import (
    CountryError,
    CountryReading,
    country_code,
    country_name,
    read_country,
    uk_nation,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("ru", "RU"),
        ("RUS", "RU"),
        ("South Korea", "KR"),
        ("Turkey", "TR"),
        ("Czech Republic", "CZ"),
        ("Scotland", "GB"),
        ("England", "GB"),
        ("Wales", "GB"),
        ("Northern Ireland", "GB"),
        ("Kosovo", "XK"),
        ("Taiwan", "TW"),
        ("Georgia (country)", "GE"),
        ("  united states ", "US"),
        ("Côte d'Ivoire", "CI"),
    ],
)
def test_names_people_write(text, code):
    assert country_code(text) == code


def test_uk_nations_become_the_subdivision():
    assert uk_nation("Scotland") == "Scotland"
    assert uk_nation("France") is None


def test_unknown_country_suggests_the_nearest():
    with pytest.raises(CountryError) as error:
        country_code("El Salvadoror")
    assert error.value.suggestions[0] == "El Salvador"
    assert "Did you mean El Salvador" in str(error.value)


def test_short_names_for_display():
    assert country_name("RU") == "Russia"
    assert country_name("XK") == "Kosovo"


@given(st.text(max_size=40))
def test_any_text_is_a_country_or_a_country_error(text):
    try:
        code = country_code(text)
    except CountryError:
        return
    assert len(code) == 2 and code.isupper()


@pytest.mark.parametrize(
    ("text", "code", "region"),
    [
        ("Georgia, United States", "US", "Georgia"),  # the state, not the country
        ("Luxembourg, Belgium", "BE", "Luxembourg"),  # the Belgian province
        ("Réunion, France", "RE", ""),  # a territory with a code of its own
        ("Puerto Rico, United States", "PR", ""),
        ("England, United Kingdom", "GB", "England"),
        ("Bayern, Germany", "DE", "Bayern"),
    ],
)
def test_what_stands_before_a_state_is_its_region_or_its_territory(text, code, region):
    assert read_country(text) == CountryReading(code, region)


def test_a_country_before_another_state_is_refused():
    with pytest.raises(CountryError, match="'Scotland' is not a region of Canada"):
        read_country("Scotland, Canada")


def test_names_read_without_pycountry_are_pycountrys(monkeypatch):
    """country_name reads ISO's names from pycountry's file, not through its import (30 ms
    of the window's first rows): every code names what pycountry names, and where the file
    is not found, pycountry itself answers."""
    import pycountry

    from desktop.domain import countries

    def through_pycountry(code: str) -> str:
        c = pycountry.countries.get(alpha_2=code)
        return countries.SHORT_NAMES.get(code) or getattr(c, "common_name", None) or c.name

    codes = [c.alpha_2 for c in pycountry.countries]
    assert len(codes) > 240
    assert [country_name(code) for code in codes] == [through_pycountry(c) for c in codes]
    countries._iso_names.cache_clear()
    monkeypatch.setattr(countries.importlib.util, "find_spec", lambda name: None)
    try:
        assert [country_name(code) for code in codes] == [through_pycountry(c) for c in codes]
    finally:
        countries._iso_names.cache_clear()


def test_country_names_do_not_load_pycountry():
    """The window's first rows name countries without pycountry's import (a fresh
    interpreter: this one has loaded it already)."""
    import subprocess
    import sys

    code = (
        "import sys; from desktop.domain.countries import country_name; "
        "print(country_name('UA'), country_name('RU'), 'pycountry' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["Ukraine", "Russia", "False"]
