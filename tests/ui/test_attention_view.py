"""The needs-attention tab shows so many items of each kind and says when there are more."""

from datetime import date

from desktop.domain.enums import DatePrecision
from desktop.services import communities, partnerships
from desktop.ui.tables import attention_view
from desktop.ui.tables.attention_view import AttentionView


def test_a_long_list_is_cut_and_says_where_the_rest_are(qtbot, empty_db, monkeypatch):
    home = communities.create_community(empty_db, {"name": "Norfolk", "country": "US"})
    for partner, country in (("Toulon", "FR"), ("Kitakyushu", "JP")):
        other = communities.create_community(empty_db, {"name": partner, "country": country})
        partnerships.create_partnership(
            empty_db,
            {
                "local_id": home.id,
                "partner_id": other.id,
                "established_on": date(1990, 1, 1),
                "established_precision": DatePrecision.YEAR,
            },
        )
    monkeypatch.setattr(attention_view, "SHOWN_PER_KIND", 2)
    view = AttentionView(db=empty_db)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.summary.text().startswith("2 item"), timeout=20000)
    assert view.summary.text().startswith("2 items need attention as of ")

    monkeypatch.setattr(attention_view, "SHOWN_PER_KIND", 1)
    view.refresh()
    qtbot.waitUntil(lambda: view.summary.text().startswith("The first"), timeout=20000)
    assert view.summary.text() == (
        "The first 1 of each kind are shown (there are more: dormant). The briefing workbook "
        "(File > Export briefing) lists them all."
    )
    assert view.model.rowCount() == 1
    assert view.model.index(0, 2).data() == "Kitakyushu"
