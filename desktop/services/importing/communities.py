"""Which community each name of a list is: one already in the registry (the same folded
name, region and country), one the import creates, or a question for the clerk.

Every name of the list is resolved once, however many rows write it, in the order the
list first writes them, against the registry's communities of the list's countries and
the names the list wrote before. Look-alikes are found through an index of one-letter
deletions, so a list of any length is resolved in time proportional to its length.

Where the list says where a town lies, that settles what spelling cannot: two rows that
write the same name 250 km apart name two towns, and such a row is rejected with the
reason rather than filed under the other town."""

from dataclasses import dataclass, field

from sqlalchemy import func
from sqlmodel import Session, select

from desktop.domain.enums import CommunityKind
from desktop.domain.matching import Gazetteer, Identity, Place, Reason, identity
from desktop.services import places
from desktop.services.importing.questions import (
    DIFFERENT,
    SAME_PLACE_KM,
    Answers,
    Known,
    Question,
    Spot,
    suggest,
)
from desktop.store.models import Community, Partnership


def name_key(found: Identity) -> str:
    """A name of the list as the answers know it: 'n:DE|friedberg|'."""
    return "n:" + "|".join(found)


@dataclass(eq=False)
class NewCommunity:
    """A community the import will create (once, however many rows name it)."""

    name: str
    subdivision: str
    country: str
    kind: CommunityKind
    first_row: int
    key: str
    spot: Spot = field(default_factory=Spot)  # from the list itself
    looked_up: places.Candidate | None = None  # else from the place table, if unambiguous

    def values(self) -> dict:
        values = {
            "name": self.name,
            "subdivision": self.subdivision,
            "country": self.country,
            "kind": self.kind,
        }
        if self.spot.placed:
            values |= {"latitude": self.spot.latitude, "longitude": self.spot.longitude}
        elif self.looked_up is not None:
            values |= {"latitude": self.looked_up.latitude, "longitude": self.looked_up.longitude}
            if self.looked_up.population and self.spot.population is None:
                values["population"] = self.looked_up.population
        if self.spot.population is not None:
            values["population"] = self.spot.population
        return values


CommunityRef = int | NewCommunity  # an existing community's id, or one to create


@dataclass(frozen=True)
class Mention:
    """One side of one row: a community as the list writes it."""

    row: int
    name: str
    subdivision: str
    country: str
    kind: CommunityKind
    spot: Spot = field(default_factory=Spot)

    @property
    def identity(self) -> Identity:
        return identity(self.name, self.subdivision, self.country)


@dataclass
class _Known:
    """A registry community, as far as the import needs it."""

    id: int
    name: str
    subdivision: str
    country: str
    spot: Spot
    archived: bool


@dataclass
class Communities:
    """Collects the list's names (`add`), resolves them (`resolve`), then gives each row's
    side its community (`ref`) or the reason it has none."""

    session: Session
    answers: Answers = field(default_factory=dict)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    questions: list[Question] = field(default_factory=list)
    archived_ids: set[int] = field(default_factory=set)  # archived communities rows name
    # What the list adds to registry communities that lack it: coordinates, population.
    fills: dict[int, dict] = field(default_factory=dict)
    _resolved: dict[str, CommunityRef | str] = field(default_factory=dict)  # or a problem
    _known: dict[int, _Known] = field(default_factory=dict)
    _answered_same: set[str] = field(default_factory=set)
    _shadowed: set[int] = field(default_factory=set)  # archived, with a live namesake
    _questions_by_key: dict[str, Question] = field(default_factory=dict)
    _regions: dict[int, str] = field(default_factory=dict)  # registry id -> region to fill

    def add(self, mention: Mention) -> str:
        key = name_key(mention.identity)
        self.mentions.setdefault(key, []).append(mention)
        return key

    # --- resolving ----------------------------------------------------------------------

    def resolve(self) -> None:
        self._read_registry({m[0].country for m in self.mentions.values()})
        registry = [
            Place(k.id, k.name, k.subdivision, k.country)
            for k in self._known.values()
            if k.id not in self._shadowed
        ]
        gazetteer = Gazetteer(registry)
        # Every namesake the registry and the whole list hold, so that a name written
        # without its region is weighed against all of them, not only those seen before.
        namesakes: dict[tuple[str, str], list[Place]] = {}
        lists = [Place(key, ms[0].name, ms[0].subdivision, ms[0].country)
                 for key, ms in self.mentions.items()]  # fmt: skip
        for place in registry + lists:
            namesakes.setdefault(place.identity[:2], []).append(place)
        rows_of = {key: sorted({m.row for m in ms}) for key, ms in self.mentions.items()}
        # Names with a region first: a name without one may turn out to be one of them.
        order = [p for p in lists if p.identity[2]] + [p for p in lists if not p.identity[2]]
        for place in order:
            key, mentions = place.key, self.mentions[place.key]
            first = mentions[0]
            same, ask = gazetteer.compare(first.name, first.subdivision, first.country)
            if len(same) > 1:
                self._resolved[key] = _written_twice(first, same)
                continue
            if same:
                self._resolved[key] = same[0].key
                continue
            only = self._only_namesake(place, namesakes[place.identity[:2]], mentions)
            if only is not None:
                self._resolved[key] = only
                continue
            # A missing region is asked about only where more than one namesake fits.
            ask = [
                (p, r)
                for p, r in ask
                if r is Reason.SPELLING or not place.identity[2] or self._ambiguous(p, namesakes)
            ]
            if ask and self._asked(key, first, ask, rows_of):
                continue
            self._resolved[key] = self._new(key, first, mentions)
            gazetteer.add(Place(key, first.name, first.subdivision, first.country))
        self._note_where(rows_of)

    def _asked(self, key: str, first: Mention, ask: list, rows_of: dict) -> bool:
        """Ask about the name; True when the clerk's answer already says which it is."""
        question = self._question(key, first, ask, rows_of)
        answer = self.answers.get(key, "")
        known = {c.key for c in question.candidates} | {DIFFERENT}
        question.answer = answer if answer in known else ""
        self.questions.append(question)
        self._questions_by_key[key] = question
        if question.answer and question.answer != DIFFERENT:
            self._resolved[key] = self._follow(question.answer)
            self._answered_same.add(key)
            return True
        return False

    def _only_namesake(
        self, place: Place, namesakes: list[Place], mentions: list[Mention]
    ) -> CommunityRef | None:
        """A name written with and without its region is one community when nothing says
        otherwise: 'Kaliningrad' is the registry's Kaliningrad, Kaliningrad Oblast, when no
        other Kaliningrad is known. With several namesakes it is asked (returns None)."""
        region = place.identity[2]
        others = [p for p in namesakes if p.key != place.key]
        if region:
            # 'Norfolk, Virginia' is the registry's Norfolk (no region) if that one cannot
            # be any other Norfolk; a list's own 'Norfolk' comes to this one later.
            blank = [p for p in others if not p.identity[2] and isinstance(p.key, int)]
            if not blank or self._ambiguous(blank[0], {place.identity[:2]: namesakes}):
                return None
            target = blank[0]
        else:
            with_region = [p for p in others if p.identity[2]]
            if len({p.identity for p in with_region}) != 1:
                return None
            # The registry's own where the list writes the same one too.
            target = min(with_region, key=lambda p: not isinstance(p.key, int))
        found = target.key if isinstance(target.key, int) else self._resolved.get(target.key)
        if found is None or isinstance(found, str):
            return None
        spot = found.spot if isinstance(found, NewCommunity) else self._known[found].spot
        mine = next((m.spot for m in mentions if m.spot.placed), Spot())
        km = mine.km_to(spot)
        if km is not None and km > SAME_PLACE_KM:
            return None  # written alike, but where the list puts them they are two places
        if region and isinstance(found, int):
            self._regions[found] = place.subdivision
        return found

    @staticmethod
    def _ambiguous(place: Place, namesakes: dict) -> bool:
        """A community without a region that more than one namesake with a region could be."""
        if place.identity[2]:
            return False
        same_name = namesakes.get(place.identity[:2], [])
        return len({p.identity for p in same_name if p.identity[2]}) > 1

    def _read_registry(self, countries: set[str]) -> None:
        rows = self.session.exec(
            select(
                Community.id, Community.name, Community.subdivision, Community.country,
                Community.latitude, Community.longitude, Community.population,
                Community.archived_at,
            ).where(Community.country.in_(sorted(countries)))
        ).all()  # fmt: skip
        for id_, name, sub, country, lat, lon, pop, archived_at in rows:
            spot = Spot(lat, lon, pop)
            self._known[id_] = _Known(id_, name, sub, country, spot, archived_at is not None)
        # An archived community is found only where no live one has its name: a list
        # imported again after an undo names the communities that undo archived.
        live = {identity(k.name, "", k.country)[:2] for k in self._known.values() if not k.archived}
        self._shadowed = {
            k.id
            for k in self._known.values()
            if k.archived and identity(k.name, "", k.country)[:2] in live
        }

    def _question(self, key: str, first: Mention, ask: list, rows_of: dict) -> Question:
        candidates = []
        for place, _reason in ask:
            if isinstance(place.key, int):
                known = self._known[place.key]
                candidates.append(
                    Known(f"c{known.id}", known.name, known.subdivision, known.country,
                          "in the registry", known.spot,
                          _places_named(known.name, known.country))
                )  # fmt: skip
            else:
                new = self._resolved[place.key]
                rows = rows_of[place.key]
                candidates.append(
                    Known(place.key, place.name, place.subdivision, place.country,
                          _rows_text(rows), new.spot if isinstance(new, NewCommunity) else Spot(),
                          _places_named(place.name, place.country))
                )  # fmt: skip
        spot = next((m.spot for m in self.mentions[key] if m.spot.placed), first.spot)
        question = Question(
            key, first.name, first.subdivision, first.country, rows_of[key],
            ask[0][1].value, candidates, spot, _places_named(first.name, first.country),
        )  # fmt: skip
        suggest(question)
        return question

    def _follow(self, answer: str) -> CommunityRef:
        if answer.startswith("c"):
            return int(answer[1:])
        return self._resolved[answer]

    def _new(self, key: str, first: Mention, mentions: list[Mention]) -> NewCommunity:
        spot = next((m.spot for m in mentions if m.spot.placed), None)
        population = next((m.spot.population for m in mentions if m.spot.population), None)
        new = NewCommunity(
            first.name, first.subdivision, first.country, first.kind, first.row, key,
            Spot(spot.latitude, spot.longitude, population) if spot else Spot(None, None,
                                                                             population),
        )  # fmt: skip
        if not new.spot.placed:
            new.looked_up = places.unambiguous(first.name, first.country, first.subdivision)
        return new

    def _note_where(self, rows_of: dict) -> None:
        """'in the registry (3 partnerships)' for the registry's candidates, in one query."""
        ids = {int(c.key[1:]) for q in self.questions for c in q.candidates if c.key[0] == "c"}
        if not ids:
            return
        counts = dict(
            self.session.exec(
                select(Community.id, func.count(Partnership.id))
                .join(
                    Partnership,
                    (Partnership.local_id == Community.id)
                    | (Partnership.partner_id == Community.id),
                )
                .where(Community.id.in_(sorted(ids)), Partnership.archived_at.is_(None))
                .group_by(Community.id)
            ).all()
        )
        for question in self.questions:
            question.candidates = [
                _with_count(c, counts.get(int(c.key[1:]), 0)) if c.key[0] == "c" else c
                for c in question.candidates
            ]

    # --- each row's side ----------------------------------------------------------------

    def ref(self, key: str, mention: Mention) -> tuple[CommunityRef | None, str]:
        """The community this side of the row is, or (None, why not)."""
        found = self._resolved[key]
        if isinstance(found, str):
            return None, found
        checked = key not in self._answered_same  # the clerk's "same" is not second-guessed
        if isinstance(found, NewCommunity):
            km = mention.spot.km_to(found.spot)
            if checked and km is not None and km > SAME_PLACE_KM:
                return None, _far_apart(mention, km, f"the {found.name} of row {found.first_row}")
            return found, ""
        known = self._known[found]
        if checked:
            km = mention.spot.km_to(known.spot)
            if km is not None and km > SAME_PLACE_KM:
                return None, _far_apart(mention, km, f"the registry's {known.name}")
        if known.archived:
            self.archived_ids.add(known.id)
        return found, ""

    def question_of(self, key: str) -> Question | None:
        return self._questions_by_key.get(key)

    def note_fill(self, key: str, mention: Mention) -> None:
        """A row that is imported (or matched) adds where its registry community lies and
        how many live there, if the registry does not know yet; never over a value."""
        found = self._resolved[key]
        if not isinstance(found, int) or key in self._answered_same:
            return
        known = self._known[found]
        values = self.fills.setdefault(known.id, {})
        if not known.spot.placed and mention.spot.placed and "latitude" not in values:
            values |= {"latitude": mention.spot.latitude, "longitude": mention.spot.longitude}
        if known.spot.population is None and mention.spot.population is not None:
            values.setdefault("population", mention.spot.population)
        if found in self._regions and not known.subdivision:
            values["subdivision"] = self._regions[found]
        if not values:
            del self.fills[known.id]


def _places_named(name: str, country: str) -> int:
    return places.places_named(name, country)


def _rows_text(rows: list[int]) -> str:
    shown = ", ".join(str(r) for r in rows[:5])
    more = f" and {len(rows) - 5:,} more" if len(rows) > 5 else ""
    return f"in this list (row{'s' if len(rows) > 1 else ''} {shown}{more})"


def _with_count(known: Known, count: int) -> Known:
    where = f"in the registry ({count:,} partnership{'' if count == 1 else 's'})"
    return Known(known.key, known.name, known.subdivision, known.country, where, known.spot,
                 known.places_named)  # fmt: skip


def _far_apart(mention: Mention, km: float, other: str) -> str:
    return (
        f"'{mention.name}' here lies {km:,.0f} km from {other}: two places of one name. "
        "Give this one its region (e.g. 'Friedberg, Bavaria') so the two can be told "
        "apart, and import the row again."
    )


def _written_twice(mention: Mention, same: list[Place]) -> str:
    written = " and ".join(f"'{p.name}'" for p in same)
    return (
        f"The registry holds {written} for {mention.name}: merge them first (Communities > "
        "Possible duplicates), then import the row again."
    )
