"""Guessing which column is which from the header names clerks and databases write:
'City, Country, Sister city, Sister city country', 'city1, country1, city2, country2',
Wikidata's 'origincityLabel, origincountry, sistercityLabel, destination_countryLabel',
'Town, Twin town, Country of partner'.

A header says a side (ours or the partner's) and a field (name, country, region,
coordinates, population). Where it says no side ('Country'), the side comes from the
columns around it, and such a guess is marked unsure unless the other side's column is
named outright: an unsure guess is shown and asked, never applied silently."""

import re
from dataclasses import dataclass

from desktop.domain.countries import fold
from desktop.services.importing.mapping import (
    DECISION,
    EXCHANGE,
    PARTNERSHIP,
    TARGETS,
    Mapping,
)

LOCAL, PARTNER = "local", "partner"

# Words that say whose column it is.
SIDE_WORDS = {
    LOCAL: {"local", "home", "our", "origin", "own", "1", "first", "us", "from"},
    PARTNER: {"partner", "sister", "twin", "twinned", "destination", "foreign", "friendship",
              "international", "2", "second", "other", "to", "abroad", "paired"},
}  # fmt: skip
# Words that say what the column holds, for either side.
FIELD_WORDS = {
    "name": {"city", "town", "community", "municipality", "place", "commune", "village",
             "cities", "towns", "name"},
    "country": {"country", "nation", "countries"},
    "subdivision": {"state", "province", "region", "oblast", "prefecture", "department",
                    "subdivision", "county", "canton", "land", "district"},
    "latitude": {"lat", "latitude"},
    "longitude": {"long", "lon", "lng", "longitude"},
    "population": {"population", "pop", "inhabitants"},
}  # fmt: skip
# Words glued to the front of another in database headers ('origincity', 'sistercity').
GLUED = ("origin", "destination", "sister", "partner", "twin", "home", "local", "foreign")
NOISE = {"label", "of", "the", "s", "name", "with", "in"}


@dataclass(frozen=True)
class Reading:
    """What one header says: a side (or None) and a pair field (or None)."""

    side: str | None
    field: str | None


def words(header: str) -> list[str]:
    """'destination_countryLabel' -> ['destination', 'country', 'label'];
    'city1' -> ['city', '1']; 'origincity' -> ['origin', 'city']."""
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", header)
    text = re.sub(r"([A-Za-z])(\d)|(\d)([A-Za-z])", r"\1\3 \2\4", text)
    out = []
    for word in re.sub(r"[^a-z0-9]+", " ", fold(text)).split():
        out += _unglue(word)
    return out


def _unglue(word: str) -> list[str]:
    for prefix in GLUED:
        rest = word.removeprefix(prefix)
        if rest != word and any(rest in w for w in FIELD_WORDS.values()):
            return [prefix, rest]
    return [word]


def read_header(header: str) -> Reading:
    found = words(header)
    if found == ["us"]:
        return Reading(None, None)
    if found and found[-1] == "label":
        found.pop()
    sides = {s for s, ws in SIDE_WORDS.items() if ws & set(found)}
    side = next(iter(sides)) if len(sides) == 1 else None
    fields = [f for f, ws in FIELD_WORDS.items() if ws & set(found)]
    if "name" in fields and len(fields) > 1:
        fields.remove("name")  # 'sister city country' is a country; 'city name' a name
    if "subdivision" in fields and "country" in fields:
        fields.remove("subdivision")  # 'state country' (a Wikidata label) is a country
    field = fields[0] if len(fields) == 1 else None
    if field is None and side is not None and not set(found) - SIDE_WORDS[side] - NOISE:
        field = "name"  # 'Partner', 'Twinned with', 'origin', 'destination' name the place
    return Reading(side, field)


def guess_record_type(headers: list[str]) -> str:
    keys = {" ".join(words(h)) for h in headers}
    if keys & {"action", "decision", "decided on", "decided by"}:
        return DECISION
    if keys & {"title", "programme area", "program area", "participants", "direction"}:
        return EXCHANGE
    return PARTNERSHIP


def guess_mapping(
    headers: list[str], record_type: str | None = None, defaults: dict | None = None
) -> Mapping:
    """A first guess from the header names. Each field takes one column; the guesses that
    rest on a column's place rather than its name are listed in `Mapping.unsure`."""
    record_type = record_type or guess_record_type(headers)
    mapping = Mapping(record_type, {}, dict(defaults or {}))
    wanted = {t.name for t in TARGETS[record_type]}
    readings = {h: read_header(h) for h in headers}
    # 'State of relationship' is the status and 'Name' an exchange's title before either is
    # read as a community's column; 'Year established (approx.)' only after.
    _other_columns(mapping, headers, exact=True)
    _pair_columns(mapping, headers, readings, wanted)
    _other_columns(mapping, headers, exact=False)
    return mapping


def _pair_columns(mapping: Mapping, headers: list[str], readings: dict, wanted: set) -> None:
    """The two communities' columns: named sides first, then the unnamed ones by place."""
    columns = mapping.columns

    def free(target: str) -> bool:
        return (
            target in wanted
            and target not in columns.values()
            and not (mapping.defaults.get(target))
        )

    for header in headers:
        r = readings[header]
        if r.side and r.field and free(f"{r.side}_{r.field}"):
            columns[header] = f"{r.side}_{r.field}"
    # Unnamed name columns: 'City' beside 'Sister city' is ours; two unnamed ones are
    # ours then theirs, in reading order.
    for header in headers:
        r = readings[header]
        if r.side is None and r.field == "name" and header not in columns:
            for side in (LOCAL, PARTNER):
                if free(f"{side}_name"):
                    columns[header] = f"{side}_name"
                    break
    position = {h: i for i, h in enumerate(headers)}
    names = sorted(
        (position[h], f.removesuffix("_name"))
        for h, f in columns.items()
        if f in (f"{LOCAL}_name", f"{PARTNER}_name")
    )
    for header in headers:
        r = readings[header]
        if r.side is not None or r.field in (None, "name") or header in columns:
            continue
        own, sure = _block_of(position[header], names)
        other = PARTNER if own == LOCAL else LOCAL
        if free(f"{own}_{r.field}"):
            columns[header] = f"{own}_{r.field}"
            if not sure and free(f"{other}_{r.field}"):
                mapping.unsure[header] = _why(own, other, r.field)
        elif free(f"{other}_{r.field}"):
            # Our side's column is named outright ('Sister city country'): this is theirs.
            columns[header] = f"{other}_{r.field}"
    mapping.columns = dict(sorted(columns.items(), key=lambda item: position[item[0]]))


def _block_of(at: int, names: list[tuple[int, str]]) -> tuple[str, bool]:
    """The side of the name column this one follows, and whether that is sure: lists group
    each community's columns after its name ('City, State, Sister city, Country'), but a
    column before every name, or in a list naming one side only, could be either's."""
    before = [side for i, side in names if i < at]
    side = before[-1] if before else (names[0][1] if names else LOCAL)
    return side, bool(before) and len({s for _, s in names}) == 2


def _why(own: str, other: str, field: str) -> str:
    whose = {LOCAL: "our community's", PARTNER: "the partner's"}
    return f"taken as {whose[own]} {field}; it could be {whose[other]}"


def _other_columns(mapping: Mapping, headers: list[str], *, exact: bool) -> None:
    """Fields that belong to the record itself (year, kind, title ...): a header that is
    one of the field's names, or (not `exact`) contains one."""
    columns, targets = mapping.columns, TARGETS[mapping.record_type]
    taken = set(columns.values())
    for header in headers:
        if header in columns:
            continue
        key = " ".join(words(header))
        for target in targets:
            if target.name in taken or target.name.startswith((LOCAL, PARTNER)):
                continue
            if key in target.headers if exact else _contains(key, target.headers):
                columns[header] = target.name
                taken.add(target.name)
                break


def _contains(key: str, synonyms: tuple[str, ...]) -> bool:
    return any(len(s) > 3 and re.search(rf"\b{re.escape(s)}\b", key) for s in synonyms)
