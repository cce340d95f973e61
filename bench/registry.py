"""The synthetic registries every benchmark reads: one way to make them, cached.

`cached(partnerships)` gives the path of a registry of that many partnerships, with about
two exchanges and one timeline entry per partnership, its communities (local ones in the
United States, partners abroad) and one audit entry per record. The schema comes from the
app itself (open_database runs the migrations); the rows then go in with bulk sqlite3
inserts, their derived columns (sort keys, binding, takes effect) filled the way the
services fill them. Built once under bench/out/ (git-ignored), in a file named after the
size, the schema revision and BUILDER_VERSION, so a stale one is rebuilt, never used.

One local community, Norfolk, Virginia, has LIST_ROWS partnerships: the list report
prints them.
"""

import random
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pycountry  # noqa: E402

from desktop.domain.search_text import folded_copy  # noqa: E402
from desktop.services.sort_keys import country_sort_name, sort_name  # noqa: E402
from desktop.store import migrate  # noqa: E402
from desktop.store.database import open_database  # noqa: E402

OUT = ROOT / "bench" / "out"
BUILDER_VERSION = 2  # raise when the rows change: every cached registry is rebuilt
AS_OF = date(2026, 1, 1)  # the benchmarks' "today", so every run asks the same question
NOW = "2026-01-01 00:00:00.000000"
WHO = "bench"
CHUNK = 50_000
LIST_LOCAL = ("Norfolk", "Virginia")


def list_rows(partnerships: int) -> int:
    """Norfolk's partnerships: 2,000 (half the registry when that is smaller)."""
    return min(2000, partnerships // 2)


SYLLABLES = (
    "ka", "li", "nin", "grad", "pe", "ter", "burg", "mos", "kov", "no", "vo", "sibi", "ro",
    "stov", "sa", "ma", "ra", "vla", "di", "mir", "to", "ver", "yar", "sl", "ber", "gen",
    "dor", "fel", "har", "kin", "mar", "nor", "pol", "ran", "sel", "tor", "vak",
)  # fmt: skip
STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "Wisconsin", "Wyoming",
)  # fmt: skip
# Partner countries, weighted roughly as US partnerships are.
COUNTRIES = {
    "MX": 14, "JP": 13, "CN": 10, "DE": 8, "FR": 6, "IT": 5, "KR": 5, "GB": 4, "IE": 3,
    "RU": 3, "UA": 3, "PL": 3, "BR": 3, "IN": 3, "PH": 2, "TW": 2, "IL": 2, "GH": 2, "SV": 2,
    "ES": 2, "NL": 2, "GR": 1, "CZ": 1, "KE": 1, "NG": 1, "PE": 1, "CL": 1, "AR": 1, "TR": 1,
    "VN": 1,
}  # fmt: skip
KINDS = ["sister_city"] * 16 + ["friendship_city"] * 2 + ["sister_county", "sister_state_province"]
PRECISIONS = ["year"] * 5 + ["day"] * 2 + ["month", "unknown", None]
ORIGINS = [
    "mayoral_relationship", "trade", "historical_connection", "ancestral_demographic",
    "expatriate_community", "shared_challenge", "faith_based", "personal_experience", "other",
]  # fmt: skip
NOTES = [
    "Established after a mayoral visit; the association runs seven committees.",
    "Student exchange every other summer since the agreement was signed.",
    "Renewed by council resolution; a signpost stands in the town park.",
    "Sister city association minutes record the first delegation.",
    "Trade mission led to a port cooperation agreement.",
]
AREAS = ["youth_education", "arts_culture", "business_trade", "municipal_delegation", "sports"]
AREAS += ["community_development", "health", "environment", "other"]
DIRECTIONS = ["outbound", "inbound", "two_way"]
EX_STATUS = ["completed"] * 6 + ["planned", "confirmed", "canceled", "postponed"]
INSTITUTIONS = ["Old Dominion University; Norfolk Public Schools", "Chamber of Commerce", ""]
# (actions in order, actor type) of a partnership's timeline; one entry a partnership on
# average, some suspensions, ends and requests among them.
SCENARIOS = (
    [(("establish",), "governing_body")] * 55
    + [((), "governing_body")] * 15
    + [(("establish", "reaffirm"), "governing_body")] * 10
    + [(("suspend",), "governing_body")] * 8
    + [(("suspend", "reinstate"), "governing_body")] * 5
    + [(("end",), "governing_body")] * 4
    + [(("request_termination",), "association")] * 3
)
STATUS_CHANGING = {"establish", "upgrade", "reinstate", "suspend", "end"}
REQUESTS = {"request_suspension", "request_termination"}


def path_for(partnerships: int) -> Path:
    """Where the registry of this size, this schema and this builder is (or will be) kept."""
    return OUT / f"registry-{partnerships}-s{migrate.head_revision()}-b{BUILDER_VERSION}.sqlite"


def cached(partnerships: int, *, rebuild: bool = False, quiet: bool = False) -> Path:
    """The registry of `partnerships` partnerships under bench/out/, built if missing."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = path_for(partnerships)
    if path.exists() and not rebuild:
        return path
    for stale in [*OUT.glob(f"registry-{partnerships}-*"), *OUT.glob(f"list-{partnerships}-*")]:
        stale.unlink()
    started = time.perf_counter()
    if not quiet:
        print(f"Building a registry of {partnerships:,} partnerships ...", flush=True)
    partial = path.with_name(path.name + ".building")
    build(partial, partnerships)
    partial.rename(path)
    if not quiet:
        print(f"  built {path.name} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("partnership", "exchange", "decision", "community")
        }
    finally:
        con.close()


def names(rng: random.Random, taken: set[str]):
    """Endless unique place names made of syllables: 'Kaningrad', 'Vosibi', ..."""
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).title()
        while name in taken:
            name = f"{name} {rng.choice(['Nord', 'Sud', 'Neu', 'Alt', 'Novo', 'San'])}"
        taken.add(name)
        yield name


def build(path: Path, partnerships: int) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(path).close()  # the real schema, through the migrations
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=OFF")  # a throwaway file until it is renamed
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-400000")
    con.execute("BEGIN")
    places = _communities(con, partnerships)
    _partnerships(con, partnerships, places)
    _exchanges_and_decisions(con, partnerships)
    _audit(con)
    con.execute("COMMIT")
    # No ANALYZE: the app never runs it, so its files have no statistics, nor do these.
    con.execute("PRAGMA journal_mode=WAL")  # as the app leaves its files
    con.close()


def _communities(con: sqlite3.Connection, partnerships: int) -> list[tuple]:
    """(id, name, subdivision, country) of every community; locals first, Norfolk first."""
    rng = random.Random(7)
    n_locals = max(4, partnerships // 200)
    n_partners = max(partnerships // 20, list_rows(partnerships))
    taken: set[str] = {LIST_LOCAL[0]}
    local_names = names(rng, taken)
    places = [(1, *LIST_LOCAL, "US")]
    places += [
        (i + 1, next(local_names), STATES[i % len(STATES)], "US") for i in range(1, n_locals)
    ]
    weighted = [code for code, weight in COUNTRIES.items() for _ in range(weight)]
    regions = {
        code: sorted(s.name for s in pycountry.subdivisions.get(country_code=code))[:12]
        for code in COUNTRIES
    }
    taken_abroad: dict[str, set[str]] = {code: set() for code in COUNTRIES}
    generators = {code: names(rng, taken_abroad[code]) for code in COUNTRIES}
    for i in range(n_partners):
        code = weighted[i * 7 % len(weighted)]
        region = rng.choice(regions[code]) if regions[code] and rng.random() < 0.6 else ""
        places.append((n_locals + i + 1, next(generators[code]), region, code))
    rows = []
    for pid, name, subdivision, country in places:
        located = rng.random() < 0.7
        rows.append(
            (pid, NOW, NOW, "city", name, subdivision, country,
             round(rng.uniform(-50, 65), 5) if located else None,
             round(rng.uniform(-120, 140), 5) if located else None,
             rng.randrange(15_000, 2_000_000) if located else None, "governing_body",
             folded_copy(name), folded_copy(subdivision))
        )  # fmt: skip
    con.executemany(
        "INSERT INTO community (id, created_at, updated_at, kind, name, subdivision, country, "
        "latitude, longitude, population, binding_actor_types, name_folded, "
        "subdivision_folded, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1)",
        rows,
    )
    return places


def pairs(partnerships: int, n_locals: int, n_partners: int):
    """(local id, partner id) of each partnership: Norfolk's first, then the other locals
    in turn, each with partners spread over the list, never the same pair twice."""
    norfolk = list_rows(partnerships)
    for i in range(norfolk):
        yield 1, n_locals + 1 + i
    others = n_locals - 1
    for i in range(partnerships - norfolk):
        local, k = 2 + i % others, i // others
        yield local, n_locals + 1 + (local * 7919 + k * 31) % n_partners


def _partnerships(con: sqlite3.Connection, partnerships: int, places: list[tuple]) -> None:
    rng = random.Random(11)
    n_locals = sum(1 for p in places if p[3] == "US")
    by_id = {p[0]: SimpleNamespace(name=p[1], subdivision=p[2], country=p[3]) for p in places}
    sort_of = {pid: sort_name(c) for pid, c in by_id.items()}
    statement = (
        "INSERT INTO partnership (id, created_at, updated_at, local_id, partner_id, kind, "
        "established_precision, origin, established_on, coordinating_organization, "
        "local_signatory_name, local_signatory_title, local_signed_on, partner_signatory_name, "
        "partner_signatory_title, partner_signed_on, notes, version, local_sort, partner_sort, "
        "partner_country, partner_country_name) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?)"
    )
    rows = []
    pair_list = pairs(partnerships, n_locals, len(places) - n_locals)
    for pid, (local, partner) in enumerate(pair_list, start=1):
        precision = rng.choice(PRECISIONS)
        year = rng.randrange(1950, 2025)
        on = None if precision in (None, "unknown") else date(year, rng.randrange(1, 13), 1)
        signed = on if on and rng.random() < 0.2 else None
        rows.append(
            (pid, NOW, NOW, local, partner, rng.choice(KINDS), precision,
             rng.choice(ORIGINS) if rng.random() < 0.4 else None, on,
             f"{by_id[local].name} Sister City Association" if rng.random() < 0.6 else "",
             "Jane Doe" if signed else "", "Mayor" if signed else "", signed,
             "Ivan Petrov" if signed else "", "Mayor" if signed else "", signed,
             rng.choice(NOTES) if rng.random() < 0.25 else "",
             sort_of[local], sort_of[partner], by_id[partner].country,
             country_sort_name(by_id[partner].country))
        )  # fmt: skip
        if len(rows) == CHUNK:
            con.executemany(statement, rows)
            rows = []
    con.executemany(statement, rows)


def _exchanges_and_decisions(con: sqlite3.Connection, partnerships: int) -> None:
    rng = random.Random(13)
    exchange_sql = (
        "INSERT INTO exchange (created_at, updated_at, partnership_id, title, programme_area, "
        "direction, start_precision, end_on, end_precision, start_on, participants, "
        "institutions, status, reason, notes, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)"
    )
    decision_sql = (
        "INSERT INTO decision (created_at, updated_at, partnership_id, decided_on, actor_name, "
        "actor_title, actor_body, actor_type, decided_precision, action, effective_on, "
        "condition, review_on, rationale, source_kind, source_title, source_author, "
        "source_date, source_reference, takes_effect_on, binding, version) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1)"
    )
    exchanges, decisions = [], []
    for pid in range(1, partnerships + 1):
        for n in range(rng.choice((0, 1, 1, 2, 2, 2, 3, 3, 4))):
            status = rng.choice(EX_STATUS)
            ahead = status in ("planned", "confirmed")
            start = date(rng.randrange(2025, 2028) if ahead else rng.randrange(1990, 2026),
                         rng.randrange(1, 13), 1)  # fmt: skip
            exchanges.append(
                (NOW, NOW, pid, f"Delegation {n + 1}: students and faculty visit",
                 rng.choice(AREAS), rng.choice(DIRECTIONS), rng.choice(("month", "year", "day")),
                 None, None, start, rng.randrange(2, 40), rng.choice(INSTITUTIONS), status,
                 "COVID-19 pandemic" if status in ("canceled", "postponed") else "", "")
            )  # fmt: skip
        actions, actor = rng.choice(SCENARIOS)
        day = date(2022, 3, 1) + timedelta(days=rng.randrange(700))
        for action in actions:
            binding = action not in REQUESTS and actor == "governing_body"
            suspend = action == "suspend"
            decisions.append(
                (NOW, NOW, pid, day, "Jane Doe", "Council clerk",
                 "City Council" if actor == "governing_body" else "Sister City Association",
                 actor, "day", action, None, "until the end of hostilities" if suspend else "",
                 day + timedelta(days=180) if suspend else None,
                 "Resolution adopted after public comment.", "resolution",
                 f"Resolution {day.year}-{pid}", "City Council", day, f"R-{pid}", day, binding)
            )  # fmt: skip
            day += timedelta(days=rng.randrange(30, 400))
        if len(exchanges) >= CHUNK:
            con.executemany(exchange_sql, exchanges)
            con.executemany(decision_sql, decisions)
            exchanges, decisions = [], []
    con.executemany(exchange_sql, exchanges)
    con.executemany(decision_sql, decisions)


def _audit(con: sqlite3.Connection) -> None:
    """One 'create' entry per record (the app writes one per filled-in field: a lighter
    trail, so the file is smaller than a real one of this size)."""
    for table in ("community", "partnership", "exchange", "decision"):
        con.execute(
            "INSERT INTO audit_entry (at, who, action, record_type, record_id, field, "
            f"old_value, new_value) SELECT created_at, '{WHO}', 'create', '{table}', id, "
            f"'id', NULL, id FROM {table}"
        )


def import_list(registry: Path, rows: int = 2000) -> Path:
    """An office's list to import into `registry` (City | State | Sister city | Country |
    Year | Type): every row a pair the registry lacks, of a local community it has; half
    the partners are communities it has (matched by name), half are new to it (more than
    half when a small registry runs out of pairs it lacks)."""
    from openpyxl import Workbook

    from desktop.domain.countries import country_name

    path = registry.with_name(registry.stem.replace("registry-", "list-") + f"-{rows}.xlsx")
    if path.exists() and path.stat().st_mtime >= registry.stat().st_mtime:
        return path
    rng = random.Random(17)
    con = sqlite3.connect(registry)
    locals_ = con.execute(
        "SELECT id, name, subdivision FROM community WHERE country = 'US' AND id > 1 "
        "ORDER BY id LIMIT 20"
    ).fetchall()
    partners = con.execute("SELECT id, name, country FROM community WHERE country != 'US'")
    partners = partners.fetchall()
    paired = set(con.execute("SELECT local_id, partner_id FROM partnership"))
    con.close()
    taken = {code: {name for _, name, c in partners if c == code} for code in COUNTRIES}
    new_names = {code: names(random.Random(19), taken[code]) for code in COUNTRIES}
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sister cities")
    ws.append(["City", "State", "Sister city", "Country", "Year", "Type"])
    for i in range(rows):
        local_id, local, state = locals_[i // 2 % len(locals_)]
        partner_id, partner, code = rng.choice(partners)
        if i % 2 == 0:
            for _ in range(100):  # a pair the registry lacks
                if (local_id, partner_id) not in paired:
                    break
                partner_id, partner, code = rng.choice(partners)
            else:  # a small registry has run out of them: a partner new to it
                partner = next(new_names[code])
            paired.add((local_id, partner_id))
        else:
            partner = next(new_names[code])
        ws.append([local, state, partner, country_name(code), rng.randrange(1950, 2025),
                   "Sister city"])  # fmt: skip
    wb.save(path)
    return path


if __name__ == "__main__":
    for size in map(int, sys.argv[1:] or ["1000"]):
        built = cached(size)
        print(built, counts(built))
