"""Which column of the clerk's list holds which field (guessed by headers.py), kept as a
small JSON file so the next import of the same kind of list needs no clicks."""

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from desktop.domain.words import QT_TRANSLATE_NOOP, fill, translate

PARTNERSHIP, EXCHANGE, DECISION = "partnership", "exchange", "decision"
ESTABLISHED, PROPOSED = "established", "proposed"
UNDATED_MEANINGS = {
    ESTABLISHED: "established, date unknown",
    PROPOSED: "proposed",
}
RECORD_TYPES = {
    PARTNERSHIP: QT_TRANSLATE_NOOP("Domain", "Partnerships (with their communities)"),
    EXCHANGE: QT_TRANSLATE_NOOP("Domain", "Exchanges"),
    DECISION: QT_TRANSLATE_NOOP("Domain", "Decisions"),
}


@dataclass(frozen=True)
class Target:
    name: str
    label: str
    headers: tuple[str, ...]  # header names that mean this field, folded
    required: bool = False

    @property
    def shown(self) -> str:
        """The label in the clerk's language."""
        return translate("Domain", self.label)


# The two communities: every kind of row names its pair. Their columns are guessed from
# what a header says of side and field (headers.py), not from a list of synonyms.
PAIR = (
    Target("local_name", QT_TRANSLATE_NOOP("Domain", "Local community"), (), True),
    Target("local_subdivision", QT_TRANSLATE_NOOP("Domain", "Local state/province"), ()),
    Target("local_country", QT_TRANSLATE_NOOP("Domain", "Local country"), (), True),
    Target("partner_name", QT_TRANSLATE_NOOP("Domain", "Partner community"), (), True),
    Target("partner_subdivision", QT_TRANSLATE_NOOP("Domain", "Partner region/province"), ()),
    Target("partner_country", QT_TRANSLATE_NOOP("Domain", "Partner country"), (), True),
)
# Where a list says where the towns lie and how many live there (Wikidata's lists do),
# the new communities take it from the list rather than from a look-up by name.
PLACES = (
    Target("local_latitude", QT_TRANSLATE_NOOP("Domain", "Local latitude"), ()),
    Target("local_longitude", QT_TRANSLATE_NOOP("Domain", "Local longitude"), ()),
    Target("local_population", QT_TRANSLATE_NOOP("Domain", "Local population"), ()),
    Target("partner_latitude", QT_TRANSLATE_NOOP("Domain", "Partner latitude"), ()),
    Target("partner_longitude", QT_TRANSLATE_NOOP("Domain", "Partner longitude"), ()),
    Target("partner_population", QT_TRANSLATE_NOOP("Domain", "Partner population"), ()),
)

TARGETS = {
    PARTNERSHIP: (
        *PAIR,
        *PLACES,
        Target(
            "kind",
            QT_TRANSLATE_NOOP("Domain", "Kind"),
            ("type", "kind", "relationship", "partnership type"),
        ),
        Target(
            "established",
            QT_TRANSLATE_NOOP("Domain", "Established"),
            (
                "year",
                "established",
                "since",
                "date",
                "year established",
                "date established",
                "founded",
                "signed",
            ),
        ),
        Target(
            "status", QT_TRANSLATE_NOOP("Domain", "Status"), ("status", "state of relationship")
        ),
        Target(
            "coordinating_organization",
            QT_TRANSLATE_NOOP("Domain", "Coordinating organization"),
            (
                "association",
                "organization",
                "organisation",
                "coordinating organization",
                "committee",
            ),
        ),
        Target(
            "notes",
            QT_TRANSLATE_NOOP("Domain", "Notes"),
            ("notes", "note", "comments", "comment", "remarks"),
        ),
    ),
    EXCHANGE: (
        *PAIR,
        Target(
            "title",
            QT_TRANSLATE_NOOP("Domain", "Title"),
            ("title", "exchange", "visit", "programme name", "program name", "name"),
            True,
        ),
        Target(
            "programme_area",
            QT_TRANSLATE_NOOP("Domain", "Programme area"),
            ("programme area", "program area", "programme", "program", "area", "sector"),
        ),
        Target(
            "direction", QT_TRANSLATE_NOOP("Domain", "Direction"), ("direction", "inbound/outbound")
        ),
        Target(
            "start",
            QT_TRANSLATE_NOOP("Domain", "Start"),
            ("start", "from", "start date", "date", "begins"),
        ),
        Target(
            "end", QT_TRANSLATE_NOOP("Domain", "End"), ("end", "to", "end date", "until", "ends")
        ),
        Target(
            "participants",
            QT_TRANSLATE_NOOP("Domain", "Participants"),
            ("participants", "people", "delegates", "number of participants"),
        ),
        Target(
            "institutions",
            QT_TRANSLATE_NOOP("Domain", "Institutions"),
            ("institutions", "institution", "schools"),
        ),
        Target("status", QT_TRANSLATE_NOOP("Domain", "Status"), ("status",)),
        Target(
            "reason",
            QT_TRANSLATE_NOOP("Domain", "Reason"),
            ("reason", "why", "cancellation reason"),
        ),
        Target(
            "notes", QT_TRANSLATE_NOOP("Domain", "Notes"), ("notes", "note", "comments", "remarks")
        ),
    ),
    DECISION: (
        *PAIR,
        Target(
            "decided_on",
            QT_TRANSLATE_NOOP("Domain", "Date"),
            ("date", "decided on", "decided", "date of decision"),
            True,
        ),
        Target(
            "action", QT_TRANSLATE_NOOP("Domain", "Action"), ("action", "decision", "what"), True
        ),
        Target(
            "actor_name",
            QT_TRANSLATE_NOOP("Domain", "Who"),
            ("who", "actor", "person", "decided by"),
        ),
        Target("actor_title", QT_TRANSLATE_NOOP("Domain", "Title"), ("title", "position")),
        Target(
            "actor_body",
            QT_TRANSLATE_NOOP("Domain", "Body"),
            ("body", "organisation", "organization", "council"),
        ),
        Target("actor_type", QT_TRANSLATE_NOOP("Domain", "Actor type"), ("actor type", "role")),
        Target(
            "effective_on",
            QT_TRANSLATE_NOOP("Domain", "Effective"),
            ("effective", "effective on", "effective date"),
        ),
        Target("condition", QT_TRANSLATE_NOOP("Domain", "Condition"), ("condition", "until")),
        Target(
            "review_on",
            QT_TRANSLATE_NOOP("Domain", "Review"),
            ("review", "review on", "review date"),
        ),
        Target(
            "rationale",
            QT_TRANSLATE_NOOP("Domain", "Rationale or quote"),
            ("rationale", "quote", "reason", "why"),
        ),
        Target("source_title", QT_TRANSLATE_NOOP("Domain", "Source"), ("source", "source title")),
        Target(
            "source_reference",
            QT_TRANSLATE_NOOP("Domain", "Reference"),
            ("reference", "resolution", "url", "link"),
        ),
    ),
}


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
    # What a partnership row with neither a status nor a date means: a list of existing
    # twinnings is "established, date unknown"; a list of ideas is "proposed".
    undated: str = ESTABLISHED
    # Guessed columns that rest on where they stand rather than what they say (header ->
    # why): shown and asked, never applied silently. Not saved: a saved mapping is checked.
    unsure: dict[str, str] = field(default_factory=dict, compare=False)

    def column_of(self, field_name: str) -> str | None:
        return next((h for h, f in self.columns.items() if f == field_name), None)

    def missing(self) -> list[str]:
        """Labels of required fields that neither a column nor a default provides (in the
        clerk's language)."""
        return [
            t.shown
            for t in TARGETS[self.record_type]
            if t.required
            and self.column_of(t.name) is None
            and not str(self.defaults.get(t.name, "")).strip()
        ]

    def as_json(self) -> dict:
        data = asdict(self)
        del data["unsure"]
        return data

    def save(self, path: Path | str) -> None:
        text = json.dumps(self.as_json(), indent=2, ensure_ascii=False) + "\n"
        Path(path).write_text(text, encoding="utf-8")

    @classmethod
    def load(cls, path: Path | str) -> "Mapping":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            mapping = cls(
                record_type=data.get("record_type", PARTNERSHIP),
                columns=dict(data.get("columns", {})),
                defaults=dict(data.get("defaults", {})),
                day_first=bool(data.get("day_first", True)),
                undated=str(data.get("undated", ESTABLISHED)),
            )
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            raise ValueError(
                fill(translate("Domain", "The mapping file %1 cannot be read: %2"), path, exc)
            ) from None
        if mapping.record_type not in TARGETS:
            raise ValueError(
                translate("Domain", "The mapping file %1 names an unknown kind of record.").replace(
                    "%1", str(path)
                )
            )
        if mapping.undated not in UNDATED_MEANINGS:
            raise ValueError(
                fill(
                    translate(
                        "Domain",
                        "The mapping file %1 says undated rows are '%2'; write one of: %3.",
                    ),
                    path,
                    mapping.undated,
                    ", ".join(UNDATED_MEANINGS),
                )
            )
        known = targets(mapping.record_type)
        unknown = sorted(set(mapping.columns.values()) - set(known))
        if unknown:
            raise ValueError(
                fill(
                    translate("Domain", "The mapping file %1 names unknown fields: %2."),
                    path,
                    unknown,
                )
            )
        return mapping

    def fitted_to(self, headers: list[str]) -> "Mapping":
        """This mapping, keeping only the columns the file has."""
        return Mapping(
            self.record_type,
            {h: f for h, f in self.columns.items() if h in headers},
            dict(self.defaults),
            self.day_first,
            self.undated,
            {h: w for h, w in self.unsure.items() if h in headers},
        )
