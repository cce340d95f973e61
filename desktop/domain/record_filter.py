"""What a listing selects: the one filter of every list (the window's filter bar and
views, the services, the reports and exports, the command line). Plain values, no SQL, so
the command line's plain listing and the filter bar load no SQL toolkit for it."""

from dataclasses import dataclass, field
from datetime import date

# The filter bar's "Where" of a partnership: its two communities in one country
# (Hannover - Leipzig), or abroad.
WITHIN_ONE_COUNTRY, ABROAD = "within_one_country", "abroad"


@dataclass(frozen=True)
class RecordFilter:
    """Empty fields select everything; each listing reads the fields it has (a partnership:
    all; an exchange or a decision: not `where` and `as_of`; a community: `kind`,
    `country`, `search` and `include_archived`). A field the filter bar could not read
    (a misspelt country or date) is empty here and marked at the field.

    `status` and `kind` are values of each listing's own vocabulary, as stored (a
    StrEnum member is one): partnership status / kind; exchange status / programme area;
    decision action / actor type; community kind."""

    status: str | None = None
    kind: str | None = None
    where: str | None = None  # WITHIN_ONE_COUNTRY or ABROAD; None: both
    country: str | None = None  # a country code: the partner's (the community's own)
    local: str | None = None  # the local community's name
    date_from: date | None = None  # established / started / decided on or after
    date_to: date | None = None  # ... on or before
    as_of: date = field(default_factory=date.today)  # a partnership's status on this day
    search: str = ""
    include_archived: bool = False
