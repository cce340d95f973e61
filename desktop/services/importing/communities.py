"""Which community each name of a list is: one already in the registry (the same folded
name, region and country), one the import creates, or a question for the clerk.

Every name of the list is resolved once, however many rows write it, against the
registry's communities of the list's countries and the other names of the list. Look-alikes
are found through an index of one-letter deletions, so a list of any length is resolved in
time proportional to its length.

A name written without its region is the one namesake that has one only when nothing else
could be meant: no other namesake in the registry or the list, and no second place of that
name in the place table (Portland is eleven towns). Where the list says where a town lies,
that settles what spelling cannot: two rows that write one name 250 km apart name two
towns, and the later row is rejected with the reason rather than filed under the other."""

from dataclasses import dataclass, field

from sqlmodel import Session

from desktop.domain.enums import CommunityKind
from desktop.domain.matching import Gazetteer, Identity, ListNames, Place, fold_name, identity
from desktop.domain.words import fill, translate
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
from desktop.store import import_queries as q


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

    def look_up(self) -> None:
        if not self.spot.placed:
            self.looked_up = places.unambiguous(self.name, self.country, self.subdivision)


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
    # What the list adds to registry communities that lack it: coordinates, population,
    # the region of a name the registry wrote without one.
    fills: dict[int, dict] = field(default_factory=dict)
    # Answers that fit no question of this list (a key edited by hand, another list's).
    unused_answers: list[str] = field(default_factory=list)
    _resolved: dict[str, CommunityRef | str] = field(default_factory=dict)  # or a problem
    _known: dict[int, _Known] = field(default_factory=dict)
    _answered_same: set[str] = field(default_factory=set)
    _questions_by_key: dict[str, Question] = field(default_factory=dict)
    _regions: dict[int, str] = field(default_factory=dict)  # registry id -> region to fill
    _misfits: set[str] = field(default_factory=set)  # answers naming no candidate

    def add(self, mention: Mention) -> str:
        key = name_key(mention.identity)
        self.mentions.setdefault(key, []).append(mention)
        return key

    # --- resolving ----------------------------------------------------------------------

    def resolve(self) -> None:
        registry = self._read_registry({ms[0].country for ms in self.mentions.values()})
        # What the place table says of each name is asked below, name by name: read it
        # for the whole list first, in a few queries.
        places.look_up_names((ms[0].name, ms[0].country) for ms in self.mentions.values())
        gazetteer = Gazetteer(registry)
        names = [Place(key, ms[0].name, ms[0].subdivision, ms[0].country)
                 for key, ms in self.mentions.items()]  # fmt: skip
        # Every namesake the registry and the whole list hold, so that a name written
        # without its region is weighed against all of them, not only those seen before.
        namesakes: dict[tuple[str, str], list[Place]] = {}
        for place in registry + names:
            namesakes.setdefault(place.identity[:2], []).append(place)
        rows_of = {key: sorted({m.row for m in ms}) for key, ms in self.mentions.items()}
        # Names with a region first: a name without one may turn out to be one of them.
        for place in sorted(names, key=lambda p: not p.identity[2]):
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
            if ask and self._asked(key, first, ask, rows_of):
                continue
            self._resolved[key] = new = self._new(key, first, mentions)
            new.look_up()
            gazetteer.add(Place(key, first.name, first.subdivision, first.country))
        asked = set(self._questions_by_key) - self._misfits
        self.unused_answers = sorted(set(self.answers) - asked)
        self._note_where()

    def _read_registry(self, countries: set[str]) -> list[Place]:
        """The registry's communities the list may name (ListNames): the same name or a
        look-alike. The others cannot be any of its names, so a registry ten times the
        size costs little more."""
        wanted = ListNames((ms[0].country, fold_name(ms[0].name)) for ms in self.mentions.values())
        for row in q.communities_in(self.session, countries):
            id_, name, sub, country, lat, lon, pop, archived_at = row
            if not wanted.may_name(country, fold_name(name)):
                continue
            spot = Spot(lat, lon, pop)
            self._known[id_] = _Known(id_, name, sub, country, spot, archived_at is not None)
        # An archived community is found only where no live one is that same place: a list
        # imported again after an undo names the communities the undo archived.
        live = {identity(k.name, k.subdivision, k.country) for k in self._known.values()
                if not k.archived}  # fmt: skip
        return [
            Place(k.id, k.name, k.subdivision, k.country)
            for k in self._known.values()
            if not (k.archived and identity(k.name, k.subdivision, k.country) in live)
        ]

    def _only_namesake(
        self, place: Place, namesakes: list[Place], mentions: list[Mention]
    ) -> CommunityRef | None:
        """'Kaliningrad' is the registry's Kaliningrad, Kaliningrad Oblast, and 'Norfolk,
        Virginia' the registry's Norfolk, when nothing else could be meant; else None (and
        the name is asked about, if it looks like any)."""
        name, region, country = place.name, place.identity[2], place.country
        if places.places_named(name, country) > 1:
            return None  # the place table knows several: which one is a question
        with_region = {p.identity for p in namesakes if p.identity[2]}
        if region:
            blank = [p for p in namesakes if not p.identity[2] and isinstance(p.key, int)]
            if not blank or with_region != {place.identity}:
                return None
            target = blank[0]
        else:
            if len(with_region) != 1:
                return None
            candidates = [p for p in namesakes if p.identity[2]]
            target = min(candidates, key=lambda p: not isinstance(p.key, int))  # registry's
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

    def _asked(self, key: str, first: Mention, ask: list, rows_of: dict) -> bool:
        """Ask about the name; True when the clerk's answer already says which it is."""
        question = self._question(key, first, ask, rows_of)
        answer = self.answers.get(key, "")
        if answer and answer != DIFFERENT and question.chosen_by(answer) is None:
            self._misfits.add(key)  # an answer naming no candidate of this name
            answer = ""
        question.answer = answer
        self.questions.append(question)
        self._questions_by_key[key] = question
        if not answer or answer == DIFFERENT:
            return False
        found = int(answer[1:]) if answer.startswith("c") else self._resolved[answer]
        if (
            isinstance(found, NewCommunity)
            and question.places_named
            and not (question.chosen().places_named)
        ):
            # 'Kalinigrad' answered the same as 'Kaliningrad': the spelling the place
            # table knows is the one kept.
            found.name, found.subdivision = first.name, found.subdivision or first.subdivision
            found.look_up()
        self._resolved[key] = found
        self._answered_same.add(key)
        return True

    def _question(self, key: str, first: Mention, ask: list, rows_of: dict) -> Question:
        candidates = []
        for place, _reason in ask:
            if isinstance(place.key, int):
                known = self._known[place.key]
                where, spot = "in the registry", known.spot
            else:
                new = self._resolved[place.key]
                where, spot = _rows_text(rows_of[place.key]), new.spot
            candidates.append(
                Known(
                    f"c{place.key}" if isinstance(place.key, int) else place.key,
                    place.name, place.subdivision, place.country, where, spot,
                    places.places_named(place.name, place.country),
                )
            )  # fmt: skip
        spot = next((m.spot for m in self.mentions[key] if m.spot.placed), first.spot)
        question = Question(
            key, first.name, first.subdivision, first.country, rows_of[key],
            ask[0][1].value, candidates, spot, places.places_named(first.name, first.country),
        )  # fmt: skip
        suggest(question)
        return question

    def _new(self, key: str, first: Mention, mentions: list[Mention]) -> NewCommunity:
        spot = next((m.spot for m in mentions if m.spot.placed), Spot())
        population = next((m.spot.population for m in mentions if m.spot.population), None)
        return NewCommunity(
            first.name, first.subdivision, first.country, first.kind, first.row, key,
            Spot(spot.latitude, spot.longitude, population),
        )  # fmt: skip

    def _note_where(self) -> None:
        """'in the registry (3 partnerships)' for the registry's candidates."""
        ids = {int(c.key[1:]) for q_ in self.questions for c in q_.candidates if c.key[0] == "c"}
        if not ids:
            return
        counts = q.live_partnership_counts(self.session, ids)
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
        f"Give this one its region (a region column, or '{mention.name}, <its region>') so "
        "the two can be told apart, and import the row again."
    )


def _written_twice(mention: Mention, same: list[Place]) -> str:
    written = " and ".join(f"'{p.name}'" for p in same)
    return fill(
        translate(
            "Domain",
            "The registry holds %1 for %2: merge them first (Communities > Possible "
            "duplicates), then import the row again.",
        ),
        written,
        mention.name,
    )
