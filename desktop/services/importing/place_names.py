"""A community's name as lists write it: 'Norfolk, Virginia' in one cell, when the list
has no column for the state, is Norfolk in Virginia."""

from desktop.domain.countries import region_of
from desktop.domain.matching import subdivision_name


def split_subdivision(name: str, country: str) -> tuple[str, str]:
    """'Norfolk, Virginia' (or 'Norfolk, VA'; 'Dundee, Scotland') -> the name and the state,
    when the list has no column for the state; the whole text stays the name when what
    follows the last comma is not a state or province of that country."""
    head, comma, tail = name.rpartition(",")
    head, tail = head.strip(), tail.strip()
    if not comma or not head or not tail:
        return name, ""
    known = known_subdivision(tail, country)
    return (head, known) if known else (name, "")


def known_subdivision(text: str, country: str) -> str:
    """The subdivision's name when `text` names or codes one of `country`'s, else '':
    a code becomes the name ('VA' -> 'Virginia'), a name stays as written
    ('Friuli-Venezia Giulia', though ISO writes 'Friuli Venezia Giulia')."""
    if (named := subdivision_name(text, country)) != text:
        return named  # a code: 'VA' -> 'Virginia'
    return text if region_of(text, country) else ""
