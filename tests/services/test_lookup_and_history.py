"""What the forms read: completions, snapshots, a partnership's lines, and its history."""

from datetime import date

from desktop.services import communities, decisions, exchanges, history, lookup, partnerships


def labels(db, typed):
    return [c.label for c in lookup.community_completions(db, typed)]


def test_completions_put_names_starting_with_the_text_first(sample_db):
    assert labels(sample_db, "Kal") == ["Kaliningrad, Kaliningrad Oblast, Russia"]
    assert labels(sample_db, "kal") == labels(sample_db, "KAL")
    port = labels(sample_db, "port")
    assert port[:3] == [
        "Portland, Maine, United States",
        "Portland, Oregon, United States",
        "Portsmouth, New Hampshire, United States",
    ]
    assert "Newport News, Virginia, United States" in port[3:]
    # The two St. Petersburgs are told apart by their state and country.
    both = {"St. Petersburg, Florida, United States", "St. Petersburg, Saint Petersburg, Russia"}
    assert both <= set(labels(sample_db, "St. Pet"))
    assert labels(sample_db, "") == []
    assert labels(sample_db, "100%") == []  # LIKE wildcards are taken literally
    assert len(lookup.community_completions(sample_db, "a", limit=5)) == 5


def test_archived_communities_are_not_offered(empty_db):
    kept = communities.create_community(empty_db, {"name": "Kaliningrad", "country": "RU"})
    gone = communities.create_community(empty_db, {"name": "Kalamata", "country": "GR"})
    communities.archive_community(empty_db, gone.id)
    assert [c.id for c in lookup.community_completions(empty_db, "Kal")] == [kept.id]


def story(db):
    norfolk = communities.create_community(
        db, {"name": "Norfolk", "subdivision": "Virginia", "country": "US"}
    )
    kaliningrad = communities.create_community(db, {"name": "Kaliningrad", "country": "RU"})
    partnership = partnerships.create_partnership(
        db,
        {"local_id": norfolk.id, "partner_id": kaliningrad.id,
         "established_on": date(1992, 1, 1), "established_precision": "year"},
    )  # fmt: skip
    return partnership


def test_a_partnerships_lines_and_history(empty_db):
    partnership = story(empty_db)
    tour = exchanges.record_exchange(
        empty_db,
        {"partnership_id": partnership.id, "title": "Youth orchestra tour",
         "start_on": date(2022, 6, 1), "start_precision": "month", "direction": "two_way"},
    )  # fmt: skip
    decisions.record_decision(
        empty_db,
        {"partnership_id": partnership.id, "decided_on": date(2022, 3, 8),
         "actor_body": "Norfolk City Council", "actor_type": "governing_body",
         "action": "suspend", "review_on": date(2023, 3, 8)},
        cancel_exchanges=[tour.id],
    )  # fmt: skip
    (line,) = lookup.exchanges_of(empty_db, partnership.id)
    assert (line.direction, line.dates, line.status) == ("Two-way", "June 2022", "Canceled")
    (row,) = lookup.timeline(empty_db, partnership.id)
    assert (row.date, row.who, row.weight, row.status_after, row.review) == (
        "8 March 2022", "Norfolk City Council", "Binding", "Suspended", "8 March 2023",
    )  # fmt: skip
    assert lookup.partnership_title(empty_db, partnership.id) == (
        "Norfolk, Virginia, United States - Kaliningrad, Russia"
    )
    snapshot = lookup.partnership_record(empty_db, partnership.id)
    assert snapshot["version"] == 1 and snapshot["partner_label"] == "Kaliningrad, Russia"

    rows = history.record_history(empty_db, "partnership", partnership.id)
    shown = [(r.action, r.record, r.field, r.old, r.new) for r in rows]
    pair = "Partnership Norfolk - Kaliningrad"
    assert ("Created", pair, "Partner community", "", "Kaliningrad") in shown
    assert ("Created", pair, "Established", "", "1992") in shown
    assert ("Created", "Exchange Youth orchestra tour", "Direction", "", "Two-way") in shown
    assert ("Created", "Exchange Youth orchestra tour", "Starts", "", "June 2022") in shown
    assert ("Changed", "Exchange Youth orchestra tour", "Status", "Planned", "Canceled") in shown
    suspension = "Decision Suspend, 8 March 2022"
    assert ("Created", suspension, "Action", "", "Suspend") in shown
    assert ("Created", suspension, "Date", "", "8 March 2022") in shown
    assert ("Created", suspension, "Review date", "", "8 March 2023") in shown
    assert ("Created", suspension, "Actor type", "", "Governing body (council)") in shown
    # The precision columns are folded into their dates, not rows of their own.
    assert not any("precision" in r.field.lower() for r in rows)
    # Only this partnership's story: a community's own history is separate.
    assert not any(r.record.startswith("Community") for r in rows)
    norfolk_rows = history.record_history(empty_db, "community", snapshot["local_id"])
    assert {r.record for r in norfolk_rows} == {"Community Norfolk"}
    assert ("Created", "Country", "", "United States") in [
        (r.action, r.field, r.old, r.new) for r in norfolk_rows
    ]


def test_a_changed_date_reads_as_the_form_writes_it(empty_db):
    partnership = story(empty_db)
    partnerships.update_partnership(
        empty_db,
        partnership.id,
        {"established_on": date(1992, 6, 1), "established_precision": "month"},
    )
    partnerships.update_partnership(
        empty_db,
        partnership.id,
        {"established_on": date(1992, 6, 15), "established_precision": "day"},
    )
    rows = history.record_history(empty_db, "partnership", partnership.id)
    changed = [(r.field, r.old, r.new) for r in rows if r.action == "Changed"]
    assert changed == [
        ("Established", "1992", "June 1992"),
        ("Established", "June 1992", "15 June 1992"),
    ]
