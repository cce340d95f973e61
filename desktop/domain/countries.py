"""Countries by ISO code, official name, common name, or the names people actually write.

pycountry holds ISO 3166-1; the aliases below are the names clerks and reports use that
ISO does not ("Russia", "South Korea", "Scotland" ...). Codes are what we store.
"""

import difflib
import unicodedata
from functools import cache

import pycountry

# Common names -> ISO code. The UK's nations also give the subdivision.
ALIASES = {
    "russia": "RU",
    "south korea": "KR",
    "korea": "KR",
    "republic of korea": "KR",
    "north korea": "KP",
    "turkey": "TR",
    "turkiye": "TR",
    "czech republic": "CZ",
    "czechia": "CZ",
    "kosovo": "XK",
    "taiwan": "TW",
    "georgia (country)": "GE",
    "iran": "IR",
    "syria": "SY",
    "vietnam": "VN",
    "viet nam": "VN",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "great britain": "GB",
    "britain": "GB",
    "scotland": "GB",
    "england": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "holland": "NL",
    "the netherlands": "NL",
    "ivory coast": "CI",
    "cape verde": "CV",
    "macedonia": "MK",
    "burma": "MM",
    "swaziland": "SZ",
    "palestine": "PS",
    "vatican": "VA",
    "brunei": "BN",
    "micronesia": "FM",
    "east timor": "TL",
    "democratic republic of the congo": "CD",
    "dr congo": "CD",
    "republic of the congo": "CG",
}
UK_NATIONS = {
    "scotland": "Scotland",
    "england": "England",
    "wales": "Wales",
    "northern ireland": "Northern Ireland",
}
# Kosovo has no ISO code yet; XK is the user-assigned code everyone uses.
EXTRA_NAMES = {"XK": "Kosovo"}


class CountryError(ValueError):
    def __init__(self, text: str, suggestions: list[str]):
        self.suggestions = suggestions
        hint = f" Did you mean {' or '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"'{text}' is not a country I know.{hint}")


def fold(text: str) -> str:
    """Lower-case, accents removed, spaces collapsed: 'Côte d’Ivoire' -> "cote d'ivoire"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


@cache
def _index() -> dict[str, str]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if value := getattr(c, attr, None):
                names[fold(value)] = c.alpha_2
        names[c.alpha_2.lower()] = c.alpha_2
        names[c.alpha_3.lower()] = c.alpha_2
    names.update(ALIASES)
    names["xk"] = "XK"
    return names


def country_code(text: str) -> str:
    """The ISO 3166-1 alpha-2 code for `text`, or CountryError with the nearest names."""
    folded = fold(text)
    key = folded.strip(" .")
    index = _index()
    # The name as written first: "Virgin Islands, U.S." ends in a dot that belongs to it.
    if code := index.get(folded) or index.get(key) or index.get(key.removeprefix("the ")):
        return code
    raise CountryError(text, suggest(text))


def uk_nation(text: str) -> str | None:
    """'Scotland' -> 'Scotland' (to go in the subdivision), else None."""
    return UK_NATIONS.get(fold(text))


def suggest(text: str, limit: int = 3) -> list[str]:
    names = {country_name(code) for code in _index().values()}
    folded = {fold(n): n for n in names}
    close = difflib.get_close_matches(fold(text), list(folded), n=limit, cutoff=0.6)
    return [folded[c] for c in close]


def country_name(code: str) -> str:
    """The short name a clerk recognises: 'Russia' rather than 'Russian Federation'."""
    if code in EXTRA_NAMES:
        return EXTRA_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return SHORT_NAMES.get(code) or getattr(country, "common_name", None) or country.name


SHORT_NAMES = {
    "RU": "Russia",
    "KR": "South Korea",
    "KP": "North Korea",
    "GB": "United Kingdom",
    "US": "United States",
    "IR": "Iran",
    "SY": "Syria",
    "VN": "Vietnam",
    "TR": "Turkey",
    "CZ": "Czech Republic",
    "MD": "Moldova",
    "TZ": "Tanzania",
    "VE": "Venezuela",
    "BO": "Bolivia",
    "LA": "Laos",
    "CD": "DR Congo",
}


def is_known(code: str) -> bool:
    return code in EXTRA_NAMES or pycountry.countries.get(alpha_2=code) is not None


def codes_matching(text: str) -> list[str]:
    """Codes of the countries whose name contains `text` (at least 3 letters), or whose
    code it is: what a search box needs to find 'Russia' rows stored as RU."""
    key = fold(text).strip()
    if len(key) == 2 and key.isalpha():
        return [key.upper()] if is_known(key.upper()) else []
    if len(key) < 3:
        return []
    return sorted({code for name, code in _index().items() if len(name) > 3 and key in name})
