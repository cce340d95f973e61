"""The needs-attention list finds dormant partnerships in SQL; the rule is the domain's
`is_dormant`. Both give the same answer for every kind of date a clerk can record, on the
days where a year, a month or 29 February makes the difference."""

from datetime import date

from desktop.domain.dates import PartialDate
from desktop.domain.enums import DatePrecision as P
from desktop.domain.status import is_dormant
from desktop.services import communities, exchanges, partnerships
from desktop.services.unit_of_work import reading
from desktop.store import briefing_queries as q
from desktop.store.queries import RecordFilter

# (established, its precision, [completed exchanges: (start, precision, end, precision)])
CASES = [
    (date(2019, 1, 1), P.YEAR, []),
    (date(2019, 6, 1), P.MONTH, []),
    (date(2019, 6, 15), P.DAY, []),
    (date(2020, 2, 29), P.DAY, []),
    (None, P.UNKNOWN, []),  # established at some unknown date: no clock to run
    (None, None, []),  # no establishment on record (signed by both): no clock either
    (date(1990, 1, 1), P.YEAR, [(date(2019, 1, 1), P.YEAR, None, None)]),
    (date(1990, 1, 1), P.YEAR, [(date(2019, 6, 1), P.MONTH, None, None)]),
    (date(1990, 1, 1), P.YEAR, [(date(2019, 6, 14), P.DAY, None, None)]),
    (date(1990, 1, 1), P.YEAR, [(date(2018, 5, 1), P.DAY, date(2019, 6, 1), P.MONTH)]),
    (date(1990, 1, 1), P.YEAR, [(date(2019, 2, 28), P.DAY, date(2019, 3, 1), P.DAY)]),
    (
        date(1990, 1, 1),
        P.YEAR,
        [(date(2010, 1, 1), P.YEAR, None, None), (date(2019, 1, 1), P.YEAR, None, None)],
    ),
    (None, None, [(date(2019, 6, 1), P.MONTH, None, None)]),
]
DAYS = [
    date(2022, 1, 1),
    date(2022, 6, 1),
    date(2022, 6, 15),
    date(2022, 6, 16),
    date(2022, 7, 1),
    date(2022, 12, 31),
    date(2023, 1, 1),
    date(2023, 2, 28),
    date(2023, 3, 1),
    date(2023, 3, 2),
    date(2024, 2, 29),
    date(2027, 3, 1),
]


def _last_completed(dates):
    """The domain's reading of the latest dated completed exchange: its end, or its start."""
    dated = [PartialDate.of(e or s, ep or sp) for s, sp, e, ep in dates if (e or s)]
    return max(dated, key=lambda d: d.value, default=None)


def test_dormant_in_sql_is_the_domains_rule(empty_db):
    db = empty_db
    home = communities.create_community(db, {"name": "Norfolk", "country": "US"})
    made = {}
    for n, (established, precision, dates) in enumerate(CASES):
        other = communities.create_community(db, {"name": f"Partner {n}", "country": "FR"})
        values = {"local_id": home.id, "partner_id": other.id}
        if precision is None:
            values |= {"local_signed_on": date(1990, 1, 1), "partner_signed_on": date(1990, 1, 1)}
        else:
            values |= {"established_on": established, "established_precision": precision}
        p = partnerships.create_partnership(db, values)
        for start, start_precision, end, end_precision in dates:
            exchanges.record_exchange(
                db,
                {
                    "partnership_id": p.id,
                    "title": "Delegation",
                    "status": "completed",
                    "start_on": start,
                    "start_precision": start_precision,
                    "end_on": end,
                    "end_precision": end_precision,
                },
                today=date(2030, 1, 1),
            )
        last = _last_completed(dates)
        made[p.id] = (PartialDate.of(established, precision), last)

    for day in DAYS:
        for years in (3, 2):
            expected = {
                pid
                for pid, (established, last) in made.items()
                if is_dormant(
                    day,
                    last_completed_exchange=last.end if last else None,
                    established=established,
                    threshold_years=years,
                )
            }
            with reading(db) as session:
                found = {
                    r.id for r in q.dormant_partnerships(session, RecordFilter(as_of=day), years)
                }
            assert found == expected, (day, years)
    # The cases make a difference: some dormant, some not, on the same day.
    assert 0 < len(expected) < len(made)
