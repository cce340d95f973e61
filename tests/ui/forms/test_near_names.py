"""A typo does not make a second community (issue 15, 5): "Kalinigrad" in the partnership
form offers "Did you mean Kaliningrad, ...?" before "New community", and a new community is
created only when the partnership that needs it is saved, in the same transaction."""

from datetime import date

import pytest

from desktop.domain.validation import ValidationError
from desktop.services import listing, lookup, partnerships, undo
from desktop.services.listing import RecordFilter
from desktop.ui.forms import open_partnership, record_dialog
from tests.pdf_reading import sample_partnership_id


def community_names(db) -> list[str]:
    rows = listing.COMMUNITIES.rows(db, RecordFilter(include_archived=True), order_by="name")
    return [r.name for r in rows]


def test_near_names_come_before_new_community(clerk, sample_db):
    dialog = clerk.show(open_partnership(None, sample_db))
    form = dialog.form
    clerk.pick(form.local, "Norfolk", "Norfolk, Virginia, United States")
    shown = clerk.pick(
        form.partner, "Kalinigrad", "Did you mean Kaliningrad, Kaliningrad Oblast, Russia?"
    )
    assert shown == [
        "Did you mean Kaliningrad, Kaliningrad Oblast, Russia?",
        "New community “Kalinigrad”...",
    ]
    assert form.partner.text() == "Kaliningrad, Kaliningrad Oblast, Russia"
    assert (
        form.partner.community_id() == lookup.community_completions(sample_db, "Kaliningrad")[0].id
    )


def test_a_new_community_waits_for_the_partnership(clerk, questions, sample_db):
    before = community_names(sample_db)
    dialog = clerk.show(open_partnership(None, sample_db))
    form = dialog.form
    clerk.pick(form.local, "Norfolk", "Norfolk, Virginia, United States")
    clerk.pick(form.partner, "Kalinigrad", "New community “Kalinigrad”...")
    community = form.child_dialog
    assert community.form.name.text() == "Kalinigrad"
    clerk.type(community.form.country, "Russia")
    clerk.save(community)  # "Use this community"
    assert not community.isVisible()
    assert form.partner.pending()["name"] == "Kalinigrad"
    assert community_names(sample_db) == before  # nothing written yet
    questions.unsaved = record_dialog.DISCARD
    clerk.escape(dialog)  # the clerk thinks better of it
    assert not dialog.isVisible() and questions.asked == ["unsaved"]
    assert community_names(sample_db) == before  # and nothing is left behind


def test_saving_creates_both_in_one_transaction(clerk, sample_db):
    dialog = clerk.show(open_partnership(None, sample_db))
    changes = []
    dialog.recorded.connect(changes.append)
    form = dialog.form
    clerk.pick(form.local, "Norfolk", "Norfolk, Virginia, United States")
    clerk.pick(form.partner, "Zwolle", "New community “Zwolle”...")
    community = form.child_dialog
    clerk.type(community.form.country, "Netherlands")
    clerk.save(community)
    clerk.save(dialog)
    assert form.record_id is not None, form.errors()
    assert "Zwolle" in community_names(sample_db)
    assert form.partner.text() == "Zwolle, Netherlands"
    undo.undo(sample_db, changes[-1])  # Edit > Undo takes the new community back with it
    assert lookup.community_completions(sample_db, "Zwolle") == []
    assert lookup.partnership_record(sample_db, form.record_id)["archived_at"] is not None


def test_a_refused_partnership_leaves_no_community(sample_db):
    norfolk = lookup.community_completions(sample_db, "Norfolk")[0].id
    before = community_names(sample_db)
    with pytest.raises(ValidationError, match="signing date is in the future"):
        partnerships.create_partnership(
            sample_db,
            {"local_id": norfolk, "local_signed_on": date(2999, 1, 1)},
            new_communities={"partner": {"name": "Portsmouth", "country": "GB"}},
        )
    assert community_names(sample_db) == before
    kaliningrad = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    assert kaliningrad  # the registry as it was
