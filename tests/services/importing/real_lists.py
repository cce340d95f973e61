"""Checking an import of Wikidata's twinning lists against what the lists themselves say.

The lists carry each town's coordinates, so they are ground truth for identity: two rows
that name towns more than 25 km apart name two towns. After an import this module says
which share of the lists' distinct pairs the registry holds under their own names, whether
any community holds two towns, how far any looked-up coordinate lies from the list's own,
and whether every row is accounted for. Used by tests/services/importing/test_real_lists.py
(a subset, vendored in tests/data/real-lists) and bench/real_lists.py (all 23 lists)."""

import csv
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import select

from desktop.domain.countries import CountryError, read_country
from desktop.domain.geography import great_circle_km
from desktop.services.importing.communities import NewCommunity
from desktop.services.importing.plan import MATCHED, NEW, REJECTED, RESTORE, ImportPlan
from desktop.services.unit_of_work import reading
from desktop.store.models import Community, Partnership

HEADER = [
    "origincityLabel",
    "origincountry",
    "originlat",
    "originlong",
    "originpopulation",
    "sistercityLabel",
    "destinationlat",
    "destinationlong",
    "destinationpopulation",
    "destination_countryLabel",
    "dist",
    "eu",
]
FAR_KM = 25.0


def combine(files: list[Path], out: Path) -> int:
    """The lists as one tab-separated file (one header); returns the number of rows."""
    rows = 0
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write("\t".join(HEADER) + "\n")
        for path in files:
            lines = path.read_text(encoding="utf-8").splitlines()
            assert lines[0].split("\t") == HEADER, path
            for line in lines[1:]:
                if line.strip():
                    f.write(line + "\n")
                    rows += 1
    return rows


@dataclass(frozen=True)
class Town:
    label: str
    country: str  # as the list writes it
    lat: float | None
    lon: float | None

    def km_to(self, lat: float | None, lon: float | None) -> float | None:
        if None in (self.lat, self.lon, lat, lon):
            return None
        return great_circle_km(self.lat, self.lon, lat, lon)


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def read_rows(path: Path) -> list[tuple[int, Town, Town]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t")
        return [
            (
                number,
                Town(r["origincityLabel"], r["origincountry"], _number(r["originlat"]),
                     _number(r["originlong"])),
                Town(r["sistercityLabel"], r["destination_countryLabel"],
                     _number(r["destinationlat"]), _number(r["destinationlong"])),
            )
            for number, r in enumerate(reader, start=2)
        ]  # fmt: skip


@dataclass
class Figures:
    rows: int = 0
    accounted: int = 0  # rows that ended new, matched, restored or rejected
    distinct_pairs: int = 0  # pairs of towns the lists name (either way round, once)
    importable_pairs: int = 0  # ... whose two countries are countries today
    pairs_held: int = 0  # ... held by the registry under their own names
    communities: int = 0
    merged_towns: list = field(default_factory=list)  # communities holding towns > 25 km apart
    looked_up: int = 0  # communities placed by a look-up of their name
    looked_up_far: list = field(default_factory=list)  # ... more than 25 km from the list's
    rejected: int = 0

    @property
    def held_share(self) -> float:
        return self.pairs_held / self.distinct_pairs if self.distinct_pairs else 1.0

    def lines(self) -> list[str]:
        return [
            f"rows {self.rows:,}, accounted for {self.accounted:,}, rejected {self.rejected:,}",
            f"distinct pairs {self.distinct_pairs:,}, held under their own names "
            f"{self.pairs_held:,} ({100 * self.held_share:.2f}%); importable "
            f"{self.importable_pairs:,}",
            f"communities {self.communities:,}; holding towns more than {FAR_KM:.0f} km "
            f"apart: {len(self.merged_towns)}",
            f"placed by name {self.looked_up:,}; more than {FAR_KM:.0f} km from the list's "
            f"coordinates: {len(self.looked_up_far)}",
        ]


def _code(text: str) -> str | None:
    try:
        return read_country(text).code
    except CountryError:
        return None


def check(db, path: Path, plan: ImportPlan) -> Figures:
    """Compare what the registry holds after importing `path` (planned as `plan`)."""
    rows = read_rows(path)
    figures = Figures(rows=len(rows))
    figures.accounted = sum(1 for r in plan.rows if r.outcome in (NEW, MATCHED, RESTORE, REJECTED))
    figures.rejected = plan.rejected
    with reading(db) as session:
        communities = {
            c.id: c for c in session.exec(select(Community).where(Community.archived_at.is_(None)))
        }
        pairs = {
            frozenset((p.local_id, p.partner_id))
            for p in session.exec(select(Partnership).where(Partnership.archived_at.is_(None)))
        }
    figures.communities = len(communities)
    by_place = {(c.name, c.subdivision, c.country): c.id for c in communities.values()}
    by_label: dict[tuple[str, str], list[int]] = {}
    for c in communities.values():
        for label in {c.name, f"{c.name}, {c.subdivision}" if c.subdivision else c.name}:
            by_label.setdefault((label, c.country), []).append(c.id)

    def held(town: Town) -> list[int]:
        code = _code(town.country)
        found = by_label.get((town.label, code), [])
        return [
            i for i in found
            if (km := town.km_to(communities[i].latitude, communities[i].longitude)) is None
            or km <= FAR_KM
        ]  # fmt: skip

    seen = set()
    for _, a, b in rows:
        key = frozenset(((a.label, a.country), (b.label, b.country)))
        if key in seen:
            continue
        seen.add(key)
        figures.distinct_pairs += 1
        figures.importable_pairs += bool(_code(a.country) and _code(b.country))
        if any(frozenset((x, y)) in pairs for x in held(a) for y in held(b)):
            figures.pairs_held += 1
    # Which towns each community holds: the rows' sides as planned.
    towns_of: dict[int, set[Town]] = {}
    number_to_towns = {number: (a, b) for number, a, b in rows}
    for planned in plan.rows:
        if planned.outcome == REJECTED:
            continue
        for ref, town in zip((planned.local, planned.partner), number_to_towns[planned.row],
                             strict=True):  # fmt: skip
            if isinstance(ref, NewCommunity):
                ref = by_place.get((ref.name, ref.subdivision, ref.country))
            if ref is not None:
                towns_of.setdefault(ref, set()).add(town)
    for community_id, towns in towns_of.items():
        placed = [t for t in towns if t.lat is not None]
        far = max((a.km_to(b.lat, b.lon) or 0 for a in placed for b in placed), default=0)
        if far > FAR_KM:
            figures.merged_towns.append((communities[community_id].name, round(far)))
        community = communities[community_id]
        looked_up = (
            community.batch_id is not None
            and community.latitude is not None
            and not any(t.km_to(community.latitude, community.longitude) == 0 for t in placed)
        )
        if looked_up and placed:
            figures.looked_up += 1
            worst = max(t.km_to(community.latitude, community.longitude) for t in placed)
            if worst > FAR_KM:
                figures.looked_up_far.append((community.name, community.country, round(worst)))
    return figures
