"""Cleaning one row's cells on the way in: text, countries, dates, numbers and choices,
each with a plain message at its column when it cannot be read."""

from dataclasses import dataclass
from datetime import date, datetime

from desktop.domain.countries import CountryError, read_country
from desktop.domain.dates import DateError, PartialDate, parse_day, parse_partial
from desktop.domain.enums import DatePrecision, PartnershipKind
from desktop.domain.limits import POPULATION_MAX
from desktop.services.importing.mapping import Mapping, targets
from desktop.services.importing.reading import CellNote, cell_text


@dataclass(frozen=True)
class RowProblem:
    """A problem at one cell of the file: row number, column name, message."""

    row: int
    column: str
    message: str
    error: bool = True  # False: a warning, the row is still imported

    def __str__(self) -> str:
        return f"{self.column}: {self.message}" if self.column else self.message


class RowReader:
    """The mapped fields of one row, read and cleaned; problems collect as it goes."""

    def __init__(
        self,
        mapping: Mapping,
        index: dict[str, int],
        number: int,
        values: tuple,
        notes: list[CellNote],
    ):
        self.mapping, self.index, self.number, self.values = mapping, index, number, values
        self.problems: list[RowProblem] = []
        self._noted = {n.column for n in notes}
        self._labels = {name: t.shown for name, t in targets(mapping.record_type).items()}
        self._headers = {f: h for h, f in mapping.columns.items()}
        for note in notes:
            header = next((h for h, i in index.items() if i == note.column), None)
            field_name = mapping.columns.get(header) if header else None
            if field_name:  # a note on a column we do not import does not matter
                self.problems.append(RowProblem(number, header, note.message))

    # --- reporting ----------------------------------------------------------------------

    def column(self, field_name: str) -> str:
        """The column a clerk would look at: its header, or the default it came from."""
        if field_name in self._headers:
            return self._headers[field_name]
        label = self._labels.get(field_name, field_name)
        return f"{label} (for every row)"

    def error(self, field_name: str, message: str) -> None:
        column = self.column(field_name)
        if any(p.error and p.column == column for p in self.problems):
            return  # one message a cell: the first says what is wrong with it
        self.problems.append(RowProblem(self.number, column, message))

    def warn(self, field_name: str, message: str) -> None:
        self.problems.append(RowProblem(self.number, self.column(field_name), message, False))

    @property
    def rejected(self) -> bool:
        return any(p.error for p in self.problems)

    # --- values -------------------------------------------------------------------------

    def raw(self, field_name: str):
        """The cell (None when empty), else the mapping's default; None when the cell
        already has a reading problem (so it is reported once)."""
        header = self._headers.get(field_name)
        if header is not None and header in self.index:
            i = self.index[header]
            if i in self._noted:
                return None
            value = self.values[i] if i < len(self.values) else None
            if value is not None:
                return value
        default = self.mapping.defaults.get(field_name)
        return default if default not in (None, "") else None

    def text(self, field_name: str, *, required: str = "") -> str:
        value = self.raw(field_name)
        if value is None:
            if required:
                self.error(field_name, required)
            return ""
        if isinstance(value, datetime | date):
            return cell_text(value)
        return " ".join(cell_text(value).split())

    def country(self, field_name: str) -> tuple[str | None, str]:
        """(ISO code, region the cell names): 'Scotland' and 'England, United Kingdom' ->
        ('GB', 'Scotland'), ('GB', 'England')."""
        value = self.raw(field_name)
        if value is None:
            self.error(field_name, "Give the country.")
            return None, ""
        try:
            found = read_country(cell_text(value))
        except CountryError as exc:
            self.error(field_name, str(exc))
            return None, ""
        return found.code, found.region

    def degrees(self, field_name: str, limit: int) -> float | None:
        """A latitude or longitude; one that is not a number in range is warned about and
        left out (the row is still imported; the town is placed by its name instead)."""
        value = self.raw(field_name)
        if value is None or isinstance(value, bool):
            return None
        try:
            number = (
                float(str(value).strip().replace(",", "."))
                if isinstance(value, str)
                else (float(value))
            )
        except (TypeError, ValueError):
            number = None
        if number is None or not -limit <= number <= limit or number != number:
            self.warn(
                field_name,
                f"'{cell_text(value)}' is not a number of degrees between -{limit} and "
                f"{limit}; left out.",
            )
            return None
        return number

    def population(self, field_name: str) -> int | None:
        """How many live there, when the list says (0 is the list not knowing, as Wikidata
        writes it); anything else is warned about."""
        value = self.raw(field_name)
        if value in (None, 0, "0"):
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = str(value).replace(",", "").replace(" ", "").replace("\u00a0", "")
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= POPULATION_MAX:
            return value
        if text.isdigit() and int(text) <= POPULATION_MAX:
            return int(text)
        self.warn(field_name, f"'{cell_text(value)}' is not a number of people; left out.")
        return None

    def partial_date(self, field_name: str) -> PartialDate | None:
        try:
            return parse_partial(self.raw(field_name), day_first=self.mapping.day_first)
        except DateError as exc:
            self.error(field_name, str(exc))
            return None

    def day(self, field_name: str) -> date | None:
        try:
            return parse_day(self.raw(field_name), day_first=self.mapping.day_first)
        except DateError as exc:
            self.error(field_name, str(exc))
            return None

    def whole_number(self, field_name: str) -> int | None:
        value = self.raw(field_name)
        if value is None:
            return None
        if isinstance(value, bool):
            value = str(value)
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        text = str(value).replace(",", "").replace(" ", "").replace("\u00a0", "")
        if text.isdigit():
            return int(text)
        self.error(field_name, f"'{cell_text(value)}' is not a whole number; write e.g. 12.")
        return None

    def choice(self, field_name: str, enum, default=None):
        value = self.raw(field_name)
        if value is None:
            return default
        try:
            return enum.parse(cell_text(value))
        except ValueError as exc:
            self.error(field_name, str(exc))
            return default

    def partnership_kind(self) -> PartnershipKind:
        value = self.raw("kind")
        if value is None:
            return PartnershipKind.SISTER_CITY
        text = cell_text(value)
        try:
            return PartnershipKind.parse(text)
        except ValueError:
            pass
        low = text.lower()
        if "friend" in low:
            return PartnershipKind.FRIENDSHIP_CITY
        if "county" in low:
            return PartnershipKind.SISTER_COUNTY
        if "state" in low or "province" in low:
            return PartnershipKind.SISTER_STATE_PROVINCE
        if any(w in low for w in ("sister", "twin", "city", "town")):
            return PartnershipKind.SISTER_CITY
        choices = ", ".join(k.label for k in PartnershipKind)
        self.error("kind", f"'{text}' is not a kind of partnership; choose one of: {choices}.")
        return PartnershipKind.SISTER_CITY


def date_fields(pd: PartialDate | None) -> tuple[date | None, DatePrecision | None]:
    if pd is None:
        return None, None
    return pd.value, pd.precision
