"""Which column of the clerk's list holds which field, guessed from the header names and
kept as a small JSON file so the next import of the same kind of list needs no clicks."""

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.domain.countries import fold

PARTNERSHIP, EXCHANGE, DECISION = "partnership", "exchange", "decision"
RECORD_TYPES = {
    PARTNERSHIP: "Partnerships (with their communities)",
    EXCHANGE: "Exchanges",
    DECISION: "Decisions",
}


@dataclass(frozen=True)
class Target:
    name: str
    label: str
    headers: tuple[str, ...]  # header names that mean this field, folded
    required: bool = False


# The two communities: every kind of row names its pair.
PAIR = (
    Target("local_name", "Local community", ("city", "local city", "home city", "our city",
           "local community", "community", "us city", "municipality", "town", "local"), True),
    Target("local_subdivision", "Local state/province", ("state", "local state", "us state",
           "local state/province", "local subdivision", "county")),
    Target("local_country", "Local country", ("local country", "home country"), True),
    Target("partner_name", "Partner community", ("sister city", "partner city", "partner",
           "twin city", "twin town", "partner community", "sister", "sister community",
           "friendship city", "international city", "foreign city"), True),
    Target("partner_subdivision", "Partner region/province", ("partner region", "region",
           "province", "partner state", "partner province", "oblast", "partner subdivision")),
    Target("partner_country", "Partner country", ("country", "partner country",
           "sister city country", "nation"), True),
)  # fmt: skip

TARGETS = {
    PARTNERSHIP: (
        *PAIR,
        Target("kind", "Kind", ("type", "kind", "relationship", "partnership type")),
        Target("established", "Established", ("year", "established", "since", "date",
               "year established", "date established", "founded", "signed")),
        Target("status", "Status", ("status", "state of relationship")),
        Target("coordinating_organization", "Coordinating organization", ("association",
               "organization", "organisation", "coordinating organization", "committee")),
        Target("notes", "Notes", ("notes", "note", "comments", "comment", "remarks")),
    ),
    EXCHANGE: (
        *PAIR,
        Target("title", "Title", ("title", "exchange", "visit", "programme name",
               "program name", "name"), True),
        Target("programme_area", "Programme area", ("programme area", "program area",
               "programme", "program", "area", "sector")),
        Target("direction", "Direction", ("direction", "inbound/outbound")),
        Target("start", "Start", ("start", "from", "start date", "date", "begins")),
        Target("end", "End", ("end", "to", "end date", "until", "ends")),
        Target("participants", "Participants", ("participants", "people", "delegates",
               "number of participants")),
        Target("institutions", "Institutions", ("institutions", "institution", "schools")),
        Target("status", "Status", ("status",)),
        Target("reason", "Reason", ("reason", "why", "cancellation reason")),
        Target("notes", "Notes", ("notes", "note", "comments", "remarks")),
    ),
    DECISION: (
        *PAIR,
        Target("decided_on", "Date", ("date", "decided on", "decided", "date of decision"),
               True),
        Target("action", "Action", ("action", "decision", "what"), True),
        Target("actor_name", "Who", ("who", "actor", "person", "decided by")),
        Target("actor_title", "Title", ("title", "position")),
        Target("actor_body", "Body", ("body", "organisation", "organization", "council")),
        Target("actor_type", "Actor type", ("actor type", "role")),
        Target("effective_on", "Effective", ("effective", "effective on", "effective date")),
        Target("condition", "Condition", ("condition", "until")),
        Target("review_on", "Review", ("review", "review on", "review date")),
        Target("rationale", "Rationale or quote", ("rationale", "quote", "reason", "why")),
        Target("source_title", "Source", ("source", "source title")),
        Target("source_reference", "Reference", ("reference", "resolution", "url", "link")),
    ),
}  # fmt: skip


def targets(record_type: str) -> dict[str, Target]:
    return {t.name: t for t in TARGETS[record_type]}


@dataclass
class Mapping:
    """Column header -> field, plus values for fields no column holds (e.g. every local
    community is in the United States)."""

    record_type: str = PARTNERSHIP
    columns: dict[str, str] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    day_first: bool = True

    def column_of(self, field_name: str) -> str | None:
        return next((h for h, f in self.columns.items() if f == field_name), None)

    def missing(self) -> list[str]:
        """Labels of required fields that neither a column nor a default provides."""
        return [
            t.label
            for t in TARGETS[self.record_type]
            if t.required
            and self.column_of(t.name) is None
            and not str(self.defaults.get(t.name, "")).strip()
        ]

    def save(self, path: Path | str) -> None:
        Path(path).write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n")

    @classmethod
    def load(cls, path: Path | str) -> "Mapping":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            mapping = cls(
                record_type=data.get("record_type", PARTNERSHIP),
                columns=dict(data.get("columns", {})),
                defaults=dict(data.get("defaults", {})),
                day_first=bool(data.get("day_first", True)),
            )
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            raise ValueError(f"The mapping file {path} cannot be read: {exc}") from None
        if mapping.record_type not in TARGETS:
            raise ValueError(f"The mapping file {path} names an unknown kind of record.")
        known = targets(mapping.record_type)
        unknown = sorted(set(mapping.columns.values()) - set(known))
        if unknown:
            raise ValueError(f"The mapping file {path} names unknown fields: {unknown}.")
        return mapping

    def fitted_to(self, headers: list[str]) -> "Mapping":
        """This mapping, keeping only the columns the file has."""
        return Mapping(
            self.record_type,
            {h: f for h, f in self.columns.items() if h in headers},
            dict(self.defaults),
            self.day_first,
        )


def _key(header: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9/ ]+", " ", fold(header)).split())


def guess_record_type(headers: list[str]) -> str:
    keys = {_key(h) for h in headers}
    if keys & {"action", "decision", "decided on", "decided by"}:
        return DECISION
    if keys & {"title", "programme area", "program area", "participants", "direction"}:
        return EXCHANGE
    return PARTNERSHIP


def guess_mapping(headers: list[str], record_type: str | None = None) -> Mapping:
    """A first guess from the header names: exact synonyms first, then a header that
    contains a synonym ("Sister city (Russia)"). Each field takes one column."""
    record_type = record_type or guess_record_type(headers)
    columns: dict[str, str] = {}
    taken: set[str] = set()
    for exact in (True, False):
        for header in headers:
            if header in columns:
                continue
            key = _key(header)
            for target in TARGETS[record_type]:
                if target.name in taken:
                    continue
                hit = key in target.headers if exact else _contains(key, target.headers)
                if hit:
                    columns[header] = target.name
                    taken.add(target.name)
                    break
    return Mapping(record_type, columns)


def _contains(key: str, synonyms: tuple[str, ...]) -> bool:
    return any(len(s) > 3 and re.search(rf"\b{re.escape(s)}\b", key) for s in synonyms)
