"""Small pieces of wording the printed documents share."""

from desktop.domain.countries import country_name
from desktop.domain.dates import PartialDate, format_day, format_partial
from desktop.domain.enums import DatePrecision
from desktop.store.models import Community


def place(community: Community) -> str:
    """'Norfolk, Virginia, United States'."""
    subdivision = community.subdivision if community.subdivision != community.name else ""
    parts = [community.name, subdivision, country_name(community.country)]
    return ", ".join(p for p in parts if p)


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def partial(value, precision) -> str:
    return format_partial(PartialDate.of(value, precision)) if precision else ""


def day(value) -> str:
    return format_day(value) if value else ""


def known(pd: PartialDate | None) -> bool:
    return pd is not None and pd.value is not None and pd.precision is not DatePrecision.UNKNOWN
