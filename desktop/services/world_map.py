"""The world map's data: the country shapes shipped with the app, and where the selected
partnerships' communities lie, both on the Equal Earth projection.

Country shapes: Natural Earth's 1:110m countries (public domain), from the npm package
world-atlas as TopoJSON (desktop/resources/map/, with its ATTRIBUTION.txt).
"""

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from desktop.domain.countries import country_name
from desktop.domain.enums import Status
from desktop.domain.projection import project
from desktop.domain.topojson import Shape, shapes
from desktop.services.unit_of_work import reading
from desktop.store import map_queries as q
from desktop.store.database import Database
from desktop.store.queries import RecordFilter

MAP_DIR = Path(__file__).resolve().parents[1] / "resources" / "map"
COUNTRIES = MAP_DIR / "countries-110m.json"
ATTRIBUTION = "Country shapes: Natural Earth (public domain), via world-atlas"
LINKS_AT_MOST = 100_000  # past that the map says it shows the first ones only
UNPLACED_AT_MOST = 2_000


@lru_cache(maxsize=1)
def country_shapes() -> tuple[Shape, ...]:
    """The countries as (longitude, latitude) rings, read once a process."""
    with COUNTRIES.open(encoding="utf-8") as f:
        return tuple(shapes(json.load(f), "countries"))


@dataclass(frozen=True)
class Place:
    community_id: int
    name: str
    where: str  # 'Norfolk, Virginia, United States'
    latitude: float
    longitude: float
    local: bool  # a local community of the registry (else only a partner)

    @property
    def xy(self) -> tuple[float, float]:
        return project(self.latitude, self.longitude)


@dataclass(frozen=True)
class Link:
    partnership_id: int
    local_id: int
    partner_id: int
    title: str  # 'Norfolk – Kaliningrad'
    status: Status


@dataclass(frozen=True)
class Unplaced:
    community_id: int
    label: str  # 'Portland, United States'


@dataclass
class MapSelection:
    places: dict[int, Place] = field(default_factory=dict)  # by community id
    links: list[Link] = field(default_factory=list)  # both ends placed
    unlinked: int = 0  # selected partnerships with an end not placed
    total: int = 0  # selected partnerships
    unplaced: list[Unplaced] = field(default_factory=list)

    @property
    def cut_short(self) -> bool:
        return self.total > len(self.links) + self.unlinked


def _where(name: str, subdivision: str, country: str) -> str:
    return ", ".join(p for p in (name, subdivision, country_name(country)) if p)


def map_selection(db: Database, f: RecordFilter, limit: int = LINKS_AT_MOST) -> MapSelection:
    """The selected partnerships (their status on f.as_of) and their communities."""
    found = MapSelection()
    with reading(db) as session:
        rows = q.map_links(session, f, limit)
        found.total = q.count_links(session, f) if len(rows) >= limit else len(rows)
        unplaced = q.unplaced_communities(session, f, UNPLACED_AT_MOST)
    for r in rows:
        ends = (
            (r.local_id, r.local, r.local_subdivision, r.local_country, r.local_lat, r.local_lon),
            (
                r.partner_id,
                r.partner,
                r.partner_subdivision,
                r.partner_country,
                r.partner_lat,
                r.partner_lon,
            ),
        )
        placed = True
        for i, (cid, name, subdivision, country, lat, lon) in enumerate(ends):
            if lat is None or lon is None:
                placed = False
                continue
            known = found.places.get(cid)
            if known is None or (i == 0 and not known.local):
                where = _where(name, subdivision, country)
                found.places[cid] = Place(cid, name, where, lat, lon, local=i == 0)
        if placed:
            title = f"{r.local} – {r.partner}"
            found.links.append(Link(r.id, r.local_id, r.partner_id, title, Status.read(r.status)))
        else:
            found.unlinked += 1
    found.unplaced = [Unplaced(u.id, _where(u.name, u.subdivision, u.country)) for u in unplaced]
    return found
