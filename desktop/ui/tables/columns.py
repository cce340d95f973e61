"""The columns of each record table: header, SQL sort key, how a cell reads, and whether it
shows before the clerk chooses (right-click a header for the rest).

The columns shown at first fit the window's default size; the others are a right-click
away. Only columns with an index behind them (or a small table) sort: a column computed for
each row (the last exchange, the next review) would mean sorting a million partnerships.
"""

from PySide6.QtCore import QCoreApplication

from desktop.domain.countries import country_name
from desktop.domain.dates import format_day, format_partial
from desktop.ui.tables.table_spec import ColumnSpec


def _place(name: str, subdivision: str) -> str:
    return f"{name}, {subdivision}" if subdivision else name


def _number(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def _archived(row) -> str:
    return QCoreApplication.translate("columns", "Archived") if row.archived else ""


def _last_exchange(row) -> str:
    if row.last_exchange is None:
        return ""
    if row.last_exchange.value is None:
        return QCoreApplication.translate("columns", "Completed, date unknown")
    return format_partial(row.last_exchange)


def partnership_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec(
            QCoreApplication.translate("columns", "Local community"),
            "local",
            lambda r: _place(r.local, r.local_subdivision),
            210,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Partner community"),
            "partner",
            lambda r: r.partner,
            190,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Partner country"),
            "country",
            lambda r: country_name(r.partner_country),
            150,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Kind"), "kind", lambda r: r.kind.label, 140
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Established"),
            "established",
            lambda r: format_partial(r.established),
            130,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Status"), "status", lambda r: r.status.label, 110
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Local country"),
            None,
            lambda r: country_name(r.local_country),
            130,
            shown=False,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Coordinating organization"),
            None,
            lambda r: r.coordinating_organization,
            220,
            shown=False,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Last exchange"),
            None,
            _last_exchange,
            160,
            shown=False,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Next review"),
            None,
            lambda r: format_day(r.next_review) if r.next_review else "",
            130,
            shown=False,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Archived"), None, _archived, 90, shown=False
        ),
    ]


def exchange_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec(QCoreApplication.translate("columns", "Title"), "title", lambda r: r.title, 220),
        ColumnSpec(
            QCoreApplication.translate("columns", "Local community"),
            "local",
            lambda r: r.local,
            125,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Partner community"),
            "partner",
            lambda r: r.partner,
            135,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Programme area"),
            "area",
            lambda r: r.programme_area.label,
            140,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Direction"),
            "direction",
            lambda r: r.direction.label,
            80,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Start"),
            "start",
            lambda r: format_partial(r.start),
            110,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Participants"),
            "participants",
            lambda r: _number(r.participants),
            90,
            align_right=True,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Status"), "status", lambda r: r.status.label, 90
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "End"),
            None,
            lambda r: format_partial(r.end),
            110,
            shown=False,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Institutions"),
            "institutions",
            lambda r: r.institutions,
            200,
            shown=False,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Partner country"),
            None,
            lambda r: country_name(r.partner_country),
            130,
            shown=False,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Reason"),
            None,
            lambda r: r.reason,
            220,
            shown=False,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Archived"), None, _archived, 90, shown=False
        ),
    ]


def decision_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec(
            QCoreApplication.translate("columns", "Date"),
            "decided",
            lambda r: format_partial(r.decided),
            125,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Local community"),
            "local",
            lambda r: r.local,
            125,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Partner community"),
            "partner",
            lambda r: r.partner,
            135,
        ),
        ColumnSpec(QCoreApplication.translate("columns", "Who"), "actor", lambda r: r.actor, 230),
        ColumnSpec(
            QCoreApplication.translate("columns", "Action"), "action", lambda r: r.action.label, 135
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Effect"),
            "binding",
            lambda r: (
                QCoreApplication.translate("columns", "Binding")
                if r.binding
                else QCoreApplication.translate("columns", "Position")
            ),
            75,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Condition"), None, lambda r: r.condition, 170
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Review date"),
            "review",
            lambda r: format_day(r.review_on) if r.review_on else "",
            120,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Actor type"),
            "actor_type",
            lambda r: r.actor_type.label,
            170,
            shown=False,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Source"),
            None,
            lambda r: r.source,
            220,
            shown=False,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Partner country"),
            None,
            lambda r: country_name(r.partner_country),
            130,
            shown=False,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Rationale"),
            None,
            lambda r: r.rationale,
            260,
            shown=False,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Archived"), None, _archived, 90, shown=False
        ),
    ]


def community_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec(QCoreApplication.translate("columns", "Name"), "name", lambda r: r.name, 210),
        ColumnSpec(
            QCoreApplication.translate("columns", "Subdivision"),
            "subdivision",
            lambda r: r.subdivision,
            190,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Country"),
            "country",
            lambda r: country_name(r.country),
            160,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Kind"), "kind", lambda r: r.kind.label, 130
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Population"),
            "population",
            lambda r: _number(r.population),
            110,
            align_right=True,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Partnerships"),
            "partnerships",
            lambda r: r.partnerships,
            110,
            align_right=True,
        ),
        ColumnSpec(
            QCoreApplication.translate("columns", "Archived"), None, _archived, 90, shown=False
        ),
    ]
