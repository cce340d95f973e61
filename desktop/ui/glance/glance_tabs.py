"""The two tabs that show the registry at a glance, the Overview (first) and the Map (last),
put in the main window and wired to it; and what a click on a chart does: the list that
the bar or slice counts, filtered to it, comes to the front."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from desktop.domain.countries import country_name
from desktop.domain.words import fill
from desktop.settings import CURRENT_TAB, TAB_NAME
from desktop.ui.glance.map_view import MapView
from desktop.ui.glance.overview_view import OverviewView


def add_glance_tabs(window: QMainWindow) -> None:
    partnerships = window.views["partnerships"]
    window.overview = OverviewView(db=window.db, follows=partnerships, parent=window.tabs)
    window.overview.setObjectName("overview")
    window.tabs.insertTab(0, window.overview, QCoreApplication.translate("GlanceTabs", "Overview"))
    window.overview.picked.connect(lambda pick: show_picked(window, pick))
    window.overview.attention_requested.connect(
        lambda: window.tabs.setCurrentWidget(window.attention)
    )
    window.map = MapView(db=window.db, follows=partnerships, parent=window.tabs)
    window.map.setObjectName("map")
    window.tabs.addTab(window.map, QCoreApplication.translate("GlanceTabs", "Map"))
    window.map.open_requested.connect(window.opener.open_partnership)
    window.map.places_changed.connect(window.refresh)
    for key, view in window.views.items():
        view.setObjectName(key)
    window.attention.setObjectName("attention")


def restore_tab(window: QMainWindow) -> None:
    """The tab open at the last close; from before tabs were kept by name, the same tab by
    its old index (the Overview has been put before it). A first start shows the list."""
    name = window.settings.get(TAB_NAME)
    for i in range(window.tabs.count()):
        if name and window.tabs.widget(i).objectName() == name:
            window.tabs.setCurrentIndex(i)
            return
    index = window.settings.get(CURRENT_TAB) + 1
    if 0 <= index < window.tabs.count():
        window.tabs.setCurrentIndex(index)


def remember_tab(window: QMainWindow) -> None:
    window.settings.set(TAB_NAME, window.tabs.currentWidget().objectName())


def filters_for(window: QMainWindow, pick) -> dict:
    """The filter bar's state of the list a chart's bar or slice counts."""
    selection = window.views["partnerships"].bar.state()
    if pick.view == "partnerships":
        state = dict(selection)
        state[pick.field] = country_name(pick.value) if pick.field == "country" else pick.value
        return state
    # Exchanges and decisions: the selection's country and local community, in the period.
    state = {
        "country": selection.get("country", ""),
        "local": selection.get("local", ""),
        "archived": selection.get("archived", False),
    }
    if pick.field == "month":
        year, month = pick.value
        state["from"] = state["to"] = f"{year:04d}-{month:02d}"
    else:
        state["from"] = state["to"] = f"{pick.value:04d}"
    return state


def show_picked(window: QMainWindow, pick) -> None:
    view = window.views[pick.view]
    view.set_filters(filters_for(window, pick))
    window.tabs.setCurrentWidget(view)
    window.statusBar().showMessage(
        fill(
            QCoreApplication.translate(
                "GlanceTabs",
                "Showing the %1 of the bar you clicked: %2 (the Overview tab shows the charts)",
            ),
            view.spec.title.lower(),
            pick.label,
        ),
        15_000,
    )
