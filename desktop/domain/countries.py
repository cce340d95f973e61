"""Countries by ISO code, official name, common name, or the names people actually write.

pycountry holds ISO 3166-1; the aliases below are the names clerks, reports and Wikidata use
that ISO does not ("Russia", "Republic of Ireland", "Scotland" ...). Codes are what we store.
A country cell may also carry a region: "England, United Kingdom" is the United Kingdom with
England as the subdivision; "Réunion, France" is Réunion, which has a code of its own.
"""

import difflib
import importlib.util
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop.domain.words import translate

# Common, former and alternative names -> ISO code.
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
    "slovak republic": "SK",
    "kosovo": "XK",
    "republic of kosovo": "XK",
    "taiwan": "TW",
    "republic of china": "TW",
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
    "us": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "great britain": "GB",
    "britain": "GB",
    "holland": "NL",
    "the netherlands": "NL",
    "kingdom of the netherlands": "NL",
    "ivory coast": "CI",
    "cape verde": "CV",
    "macedonia": "MK",
    "republic of macedonia": "MK",
    "former yugoslav republic of macedonia": "MK",
    "the former yugoslav republic of macedonia": "MK",
    "fyrom": "MK",
    "republic of ireland": "IE",
    "eire": "IE",
    "burma": "MM",
    "swaziland": "SZ",
    "palestine": "PS",
    "state of palestine": "PS",
    "palestinian territories": "PS",
    "palestinian territory": "PS",
    "palestinian national authority": "PS",
    "palestinian authority": "PS",
    "gaza strip": "PS",
    "west bank": "PS",
    "vatican": "VA",
    "vatican city": "VA",
    "holy see": "VA",
    "brunei": "BN",
    "micronesia": "FM",
    "federated states of micronesia": "FM",
    "east timor": "TL",
    "democratic republic of the congo": "CD",
    "dr congo": "CD",
    "zaire": "CD",
    "republic of the congo": "CG",
    "congo-brazzaville": "CG",
    "congo-kinshasa": "CD",
    "the gambia": "GM",
    "the bahamas": "BS",
    "falkland islands": "FK",
    "sahrawi arab democratic republic": "EH",
    "people's republic of china": "CN",
    "prc": "CN",
    "hong kong sar": "HK",
    "macau": "MO",
    "kingdom of denmark": "DK",
    "us virgin islands": "VI",
    "united states virgin islands": "VI",
    "saint kitts": "KN",
    "st kitts and nevis": "KN",
    "east germany": "DE",
    "west germany": "DE",
    "german democratic republic": "DE",
    "ceylon": "LK",
    "persia": "IR",
    "siam": "TH",
    "kampuchea": "KH",
    "upper volta": "BF",
    "dahomey": "BJ",
    "rhodesia": "ZW",
}
# The United Kingdom's nations: the country is GB, the nation goes in the subdivision.
UK_NATIONS = {
    "scotland": "Scotland",
    "england": "England",
    "wales": "Wales",
    "northern ireland": "Northern Ireland",
}
# States that no longer exist, or are not recognised as one: the clerk says which of today's
# countries is meant, since the town may now lie in any of them.
NOT_A_COUNTRY_TODAY = {
    "austria-hungary": ("a state that no longer exists", ["Austria", "Hungary"]),
    "austrian empire": ("a state that no longer exists", ["Austria"]),
    "kingdom of hungary": ("a state that no longer exists", ["Hungary", "Slovakia"]),
    "soviet union": ("a state that no longer exists", ["Russia", "Ukraine"]),
    "ussr": ("a state that no longer exists", ["Russia", "Ukraine"]),
    "yugoslavia": ("a state that no longer exists", ["Serbia", "Croatia"]),
    "czechoslovakia": ("a state that no longer exists", ["Czech Republic", "Slovakia"]),
    "ottoman empire": ("a state that no longer exists", ["Turkey"]),
    "prussia": ("a state that no longer exists", ["Germany", "Poland"]),
    "transnistria": ("not a country in ISO 3166 (it lies in Moldova)", ["Moldova"]),
    "somaliland": ("not a country in ISO 3166 (it lies in Somalia)", ["Somalia"]),
    "abkhazia": ("not a country in ISO 3166 (it lies in Georgia)", ["Georgia"]),
    "south ossetia": ("not a country in ISO 3166 (it lies in Georgia)", ["Georgia"]),
    "northern cyprus": ("not a country in ISO 3166 (it lies in Cyprus)", ["Cyprus"]),
    "turkish republic of northern cyprus": (
        "not a country in ISO 3166 (it lies in Cyprus)",
        ["Cyprus"],
    ),
    "luhansk people's republic": ("not a country in ISO 3166 (it lies in Ukraine)", ["Ukraine"]),
    "donetsk people's republic": ("not a country in ISO 3166 (it lies in Ukraine)", ["Ukraine"]),
    "artsakh": ("not a country in ISO 3166 (it lies in Azerbaijan)", ["Azerbaijan"]),
    "nagorno-karabakh": ("not a country in ISO 3166 (it lies in Azerbaijan)", ["Azerbaijan"]),
}
# Territories with codes of their own, by the state lists write after them ("Réunion,
# France"): only these may stand before a state's name; "Georgia, United States" is the
# state of Georgia, never the country.
TERRITORIES = {
    "FR": {"RE", "GP", "MQ", "GF", "YT", "PM", "WF", "PF", "NC", "BL", "MF", "TF"},
    "FI": {"AX"},
    "US": {"PR", "GU", "VI", "AS", "MP", "UM"},
    "GB": {"GI", "BM", "KY", "VG", "TC", "MS", "AI", "FK", "SH", "PN", "IO", "GG", "JE", "IM",
           "GS"},
    "NL": {"AW", "CW", "SX", "BQ"},
    "DK": {"GL", "FO"},
    "NO": {"SJ", "BV"},
    "AU": {"CX", "CC", "NF", "HM"},
    "NZ": {"CK", "NU", "TK"},
    "CN": {"HK", "MO"},
}  # fmt: skip
# Kosovo has no ISO code yet; XK is the user-assigned code everyone uses.
EXTRA_NAMES = {"XK": "Kosovo"}


class CountryError(ValueError):
    def __init__(self, text: str, suggestions: list[str], why: str = "not a country I know"):
        self.suggestions = suggestions
        hint = (
            translate("Domain", " Did you mean %1?").replace("%1", str(" or ".join(suggestions)))
            if suggestions
            else ""
        )
        super().__init__(f"'{text}' is {why}.{hint}")


@dataclass(frozen=True)
class CountryReading:
    """What a country cell says: the ISO code, and a region it names ('' when none):
    'Scotland' -> GB and Scotland; 'England, United Kingdom' -> GB and England."""

    code: str
    region: str = ""


def fold(text: str) -> str:
    """Lower-case, accents removed, spaces collapsed: 'Côte d’Ivoire' -> "cote d'ivoire"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


_BRACKETS = re.compile(r"\s*\([^)]*\)")


def _forms(name: str) -> list[str]:
    """A pycountry name and the shorter ways it is written: 'Moldova, Republic of' is also
    'Republic of Moldova' and 'Moldova'; 'Falkland Islands (Malvinas)' is also 'Falkland
    Islands'."""
    folded = fold(name)
    forms = [folded]
    plain = _BRACKETS.sub("", folded).strip()
    if plain != folded:
        forms.append(plain)
    head, comma, tail = plain.partition(", ")
    if comma and tail in {"republic of", "state of", "the", "kingdom of", "islamic republic of"}:
        forms += [f"{tail} {head}", head]
    return forms


@cache
def _index() -> dict[str, str]:
    exact: dict[str, str] = {}
    shorter: dict[str, set[str]] = {}
    for c in _pycountry().countries:
        for attr in ("name", "official_name", "common_name"):
            if value := getattr(c, attr, None):
                first, *others = _forms(value)
                exact[first] = c.alpha_2
                for other in others:
                    shorter.setdefault(other, set()).add(c.alpha_2)
        exact[c.alpha_2.lower()] = c.alpha_2
        exact[c.alpha_3.lower()] = c.alpha_2
    # A shortened form only where it names one country ('Korea' stays an alias of KR).
    for form, codes in shorter.items():
        if len(codes) == 1 and form not in exact:
            exact[form] = next(iter(codes))
    exact.update(ALIASES)
    exact.update(dict.fromkeys(UK_NATIONS, "GB"))
    exact["xk"] = "XK"
    return exact


def _lookup(folded: str) -> str | None:
    index = _index()
    key = folded.strip(" .")
    # The name as written first: "Virgin Islands, U.S." ends in a dot that belongs to it.
    return index.get(folded) or index.get(key) or index.get(key.removeprefix("the "))


def read_country(text: str) -> CountryReading:
    """The country (and any region) a cell names, or CountryError with the nearest names.

    'Scotland' and 'Scotland, United Kingdom' are GB with Scotland; 'Réunion, France' and
    'Åland Islands, Finland' are RE and AX (territories with codes of their own); 'Bayern,
    Germany' is DE with Bayern, as ISO 3166-2 names one of Germany's regions so; 'Georgia,
    United States' is the state of Georgia, not the country."""
    return _read_country(str(text))


@cache
def _read_country(text: str) -> CountryReading:
    # Cached, errors included (a list repeats its countries, right or wrong, thousands of
    # times, and suggesting the nearest names is slow).
    folded = fold(text)
    if code := _lookup(folded):
        return CountryReading(code, UK_NATIONS.get(folded.strip(" ."), ""))
    if folded in NOT_A_COUNTRY_TODAY:
        why, suggestions = NOT_A_COUNTRY_TODAY[folded]
        raise CountryError(text.strip(), suggestions, why)
    head, comma, tail = folded.rpartition(",")
    head, tail = head.strip(), tail.strip()
    if comma and head and (state := _lookup(tail)):
        own = _lookup(head)
        if own is not None and (own == state or own in TERRITORIES.get(state, ())):
            return CountryReading(own, UK_NATIONS.get(head, ""))  # 'Réunion, France'
        if region := region_of(head, state):
            return CountryReading(state, region)
        written = str(text).rpartition(",")[0].strip()
        raise CountryError(
            text.strip(),
            [country_name(state)],
            f"not a country I know ('{written}' is not a region of {country_name(state)} "
            "that I know)",
        )
    raise CountryError(text.strip(), suggest(text))


def region_of(text: str, country: str) -> str:
    """The ISO 3166-2 name of `country`'s subdivision that `text` names (in any case, with
    or without accents and hyphens), else ''."""
    from desktop.domain.matching import fold_name

    if country == "GB" and (nation := UK_NATIONS.get(fold(text))):
        return nation
    return _regions(country).get(fold_name(text), "")


@cache
def _regions(country: str) -> dict[str, str]:
    from desktop.domain.matching import fold_name

    subdivisions = _pycountry().subdivisions.get(country_code=country) or ()
    return {fold_name(s.name): s.name for s in subdivisions}


def country_code(text: str) -> str:
    """The ISO 3166-1 alpha-2 code for `text`, or CountryError with the nearest names."""
    return read_country(text).code


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
    name = _iso_names().get(code.upper())
    if name is None:
        return code
    return SHORT_NAMES.get(code.upper()) or name


def _pycountry():
    """pycountry, loaded when first needed: its import asks importlib.metadata for its own
    version (about 30 ms, a seventh of the window's first rows, which need only names)."""
    import pycountry

    return pycountry


@cache
def _iso_names() -> dict[str, str]:
    """Code -> ISO 3166-1's common name, else its name, read from pycountry's own file
    without importing it (a test holds these to pycountry's); through pycountry where the
    file is not where it has always been."""
    try:
        spec = importlib.util.find_spec("pycountry")
        folder = Path(spec.submodule_search_locations[0])
        entries = json.loads((folder / "databases" / "iso3166-1.json").read_text("utf-8"))
        return {e["alpha_2"]: e.get("common_name") or e["name"] for e in entries["3166-1"]}
    except (AttributeError, TypeError, IndexError, KeyError, OSError, ValueError):
        countries = _pycountry().countries
        return {c.alpha_2: getattr(c, "common_name", None) or c.name for c in countries}


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
    "PS": "Palestine",
    "FK": "Falkland Islands",
    "VA": "Vatican City",
    "MK": "North Macedonia",
    "TW": "Taiwan",
    "SX": "Sint Maarten",
    "MF": "Saint Martin",
    "VI": "U.S. Virgin Islands",
}


def is_known(code: str) -> bool:
    return code in EXTRA_NAMES or _pycountry().countries.get(alpha_2=code) is not None


def codes_matching(text: str) -> list[str]:
    """Codes of the countries whose name contains `text` (at least 3 letters), or whose
    code it is: what a search box needs to find 'Russia' rows stored as RU."""
    key = fold(text).strip()
    if len(key) == 2 and key.isalpha():
        return [key.upper()] if is_known(key.upper()) else []
    if len(key) < 3:
        return []
    return sorted({code for name, code in _index().items() if len(name) > 3 and key in name})
