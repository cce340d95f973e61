import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.countries import CountryError, country_code, country_name, uk_nation


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
