"""A community's name as lists write it: 'Norfolk, Virginia' in one cell, when the list
has no column for the state, is Norfolk in Virginia."""

import pycountry

from desktop.domain.countries import uk_nation
from desktop.domain.matching import fold_name, subdivision_name


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
    a code becomes the name ('VA' -> 'Virginia'), a name stays as written."""
    if country == "GB" and (nation := uk_nation(text)):
        return nation
    if (named := subdivision_name(text, country)) != text:
        return named  # a code: 'VA' -> 'Virginia'
    folded = fold_name(text)
    for found in pycountry.subdivisions.get(country_code=country) or ():
        if fold_name(found.name) == folded:
            return text  # as the list writes it: 'Friuli-Venezia Giulia' stays so
    return ""
