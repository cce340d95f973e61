"""Where the selected partnerships lie, for the map: both ends of each line, its status on
the as-of date, and the communities with no coordinates yet."""

from datetime import date

import pytest

from desktop.domain.enums import Status
from desktop.services import coordinates
from desktop.services.briefing_figures import MonthCount, briefing_figures
from desktop.services.world_map import map_selection
from desktop.store.queries import RecordFilter
from tests.pdf_reading import sample_partnership_id

AFTER_CHICAGO = date(2022, 6, 30)


def test_norfolk_kaliningrad_is_a_line_between_their_coordinates(sample_db):
    found = map_selection(sample_db, RecordFilter(as_of=AFTER_CHICAGO))
    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    (link,) = [k for k in found.links if k.partnership_id == pid]
    assert link.title == "Norfolk – Kaliningrad" and link.status == Status.ACTIVE
    norfolk, kaliningrad = found.places[link.local_id], found.places[link.partner_id]
    assert norfolk.where == "Norfolk, Virginia, United States" and norfolk.local
    assert (norfolk.latitude, norfolk.longitude) == pytest.approx((36.85, -76.29), abs=0.01)
    assert kaliningrad.where == "Kaliningrad, Kaliningrad Oblast, Russia"
    assert (kaliningrad.latitude, kaliningrad.longitude) == pytest.approx((54.71, 20.51), abs=0.01)
    assert not kaliningrad.local


def test_lines_take_the_status_on_the_as_of_date(sample_db):
    def chicago_moscow(day):
        found = map_selection(sample_db, RecordFilter(as_of=day, country="RU"))
        return next(k for k in found.links if k.title == "Chicago – Moscow").status

    assert chicago_moscow(date(2022, 2, 28)) == Status.ACTIVE
    assert chicago_moscow(AFTER_CHICAGO) == Status.SUSPENDED


def test_every_selected_partnership_is_drawn_or_counted_as_not_drawn(sample_db):
    f = RecordFilter(as_of=AFTER_CHICAGO)
    found = map_selection(sample_db, f)
    assert len(found.links) + found.unlinked == found.total == 116
    assert not found.cut_short
    unplaced = {u.community_id for u in found.unplaced}
    assert unplaced and not unplaced & set(found.places)
    russia = map_selection(sample_db, RecordFilter(as_of=AFTER_CHICAGO, country="RU"))
    assert russia.total == 69 and {p.where.split(", ")[-1] for p in russia.places.values()} == {
        "United States",
        "Russia",
    }
    few = map_selection(sample_db, f, limit=10)
    assert few.total == 116 and few.cut_short


def test_a_place_the_clerk_chose_fills_the_community(sample_db):
    found = map_selection(sample_db, RecordFilter(as_of=AFTER_CHICAGO))
    unplaced = found.unplaced[0]
    from desktop.services.places import Candidate

    coordinates.place_community(
        sample_db, unplaced.community_id, Candidate("X", "", "US", 40.5, -75.25, 1234)
    )
    again = map_selection(sample_db, RecordFilter(as_of=AFTER_CHICAGO))
    assert unplaced.community_id not in {u.community_id for u in again.unplaced}
    place = again.places[unplaced.community_id]
    assert (place.latitude, place.longitude) == (40.5, -75.25)


def test_decisions_per_month_add_up_to_the_decisions_counted(sample_db):
    figures = briefing_figures(sample_db, RecordFilter(as_of=AFTER_CHICAGO))
    assert figures.by_month == [
        MonthCount(2022, 2, 0, 4),
        MonthCount(2022, 3, 1, 1),
        MonthCount(2022, 6, 0, 1),
    ]
    assert sum(m.total for m in figures.by_month) == figures.decisions_total
    period = (date(2022, 3, 1), date(2022, 3, 31))
    march = briefing_figures(sample_db, RecordFilter(as_of=AFTER_CHICAGO), period)
    assert march.by_month == [MonthCount(2022, 3, 1, 1)]
