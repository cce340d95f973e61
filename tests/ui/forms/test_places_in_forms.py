"""Coordinates in the community form (looked up, asking when the name is ambiguous) and the
distance between the partners in the partnership form."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from desktop.services import communities, coordinates, lookup, partnerships
from desktop.ui.forms import open_community, open_partnership


@pytest.fixture
def choices(monkeypatch):
    """What the form asked with its list of places, and which one the clerk picks."""
    asked = {"questions": [], "pick": None}

    def get_item(parent, title, label, items, current=0, editable=False):
        asked["questions"].append((label, list(items)))
        if asked["pick"] is None:
            return "", False
        return next(i for i in items if asked["pick"] in i), True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    return asked


def test_an_unambiguous_name_fills_the_coordinates_without_asking(clerk, choices, empty_db):
    dialog = clerk.show(open_community(None, empty_db))
    form = dialog.form
    clerk.type(form.name, "Norfolk")
    clerk.type(form.subdivision, "Virginia")
    clerk.type(form.country, "United States")
    clerk.qtbot.mouseClick(form.look_up, Qt.MouseButton.LeftButton)
    assert choices["questions"] == []
    assert float(form.latitude.text()) == pytest.approx(36.85, abs=0.05)
    assert float(form.longitude.text()) == pytest.approx(-76.29, abs=0.05)
    assert int(form.population.text()) > 200_000
    assert form.place_note.text().startswith("From GeoNames: Norfolk, Virginia")
    clerk.save(dialog)
    [choice] = lookup.community_completions(empty_db, "Norfolk")
    assert lookup.community_record(empty_db, choice.id)["latitude"] == pytest.approx(
        36.85, abs=0.05
    )


def test_portland_without_a_state_asks_which(clerk, choices, empty_db):
    dialog = clerk.show(open_community(None, empty_db))
    form = dialog.form
    clerk.type(form.name, "Portland")
    clerk.type(form.country, "US")
    clerk.qtbot.mouseClick(form.look_up, Qt.MouseButton.LeftButton)  # the clerk cancels
    [(question, items)] = choices["questions"]
    assert "places in United States are called Portland" in question
    assert any(i.startswith("Portland, Maine") for i in items)
    assert any(i.startswith("Portland, Oregon") for i in items)
    assert form.latitude.text() == ""
    choices["pick"] = "Portland, Oregon"
    clerk.qtbot.mouseClick(form.look_up, Qt.MouseButton.LeftButton)
    assert float(form.longitude.text()) == pytest.approx(-122.68, abs=0.05)
    assert form.subdivision.text() == "Oregon"


def test_coordinates_out_of_range_are_refused_at_the_field(clerk, choices, empty_db):
    dialog = clerk.show(open_community(None, empty_db))
    form = dialog.form
    clerk.type(form.latitude, "95")
    clerk.save(dialog)
    assert form.error_text("latitude") == "Degrees between -90 and 90, e.g. 36.8468."


def test_the_partnership_form_shows_the_distance(clerk, empty_db):
    norfolk = communities.create_community(
        empty_db, {"name": "Norfolk", "subdivision": "Virginia", "country": "US"}
    )
    kaliningrad = communities.create_community(empty_db, {"name": "Kaliningrad", "country": "RU"})
    communities.create_community(empty_db, {"name": "Toulon", "country": "FR"})
    partnership = partnerships.create_partnership(
        empty_db,
        {
            "local_id": norfolk.id,
            "partner_id": kaliningrad.id,
            "established_on": date(1992, 1, 1),
            "established_precision": "year",
        },
    )
    dialog = clerk.show(open_partnership(None, empty_db, partnership.id))
    form = dialog.form
    assert form.distance_label.text() == "distance unknown: add coordinates to both communities"
    dialog.close()
    coordinates.fill_coordinates(empty_db)
    dialog = clerk.show(open_partnership(None, empty_db, partnership.id))
    form = dialog.form
    assert form.distance_label.text() == "7,142 km (4,438 miles)"
    clerk.pick(form.partner, "Toul", "Toulon, France")  # the label follows the choice
    assert form.distance_label.text() == "6,752 km (4,195 miles)"
