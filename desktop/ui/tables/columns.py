"""The columns of each record table: header, SQL sort key, and how a cell reads."""

from PySide6.QtCore import QCoreApplication

from desktop.domain.countries import country_name
from desktop.domain.dates import format_day, format_partial
from desktop.ui.tables.lazy_model import ColumnSpec


def _tr(text: str) -> str:
    return QCoreApplication.translate("columns", text)


def _place(name: str, subdivision: str) -> str:
    return f"{name}, {subdivision}" if subdivision else name


def _number(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def partnership_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec(
            _tr("Local community"), "local", lambda r: _place(r.local, r.local_subdivision), 200
        ),
        ColumnSpec(_tr("Partner community"), "partner", lambda r: r.partner, 180),
        ColumnSpec(
            _tr("Partner country"), "country", lambda r: country_name(r.partner_country), 140
        ),
        ColumnSpec(_tr("Kind"), "kind", lambda r: r.kind.label, 130),
        ColumnSpec(_tr("Established"), "established", lambda r: format_partial(r.established), 110),
        ColumnSpec(_tr("Status"), "status", lambda r: r.status.label, 100),
    ]


def exchange_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec(_tr("Title"), "title", lambda r: r.title, 220),
        ColumnSpec(_tr("Local community"), "local", lambda r: r.local, 110),
        ColumnSpec(_tr("Partner community"), "partner", lambda r: r.partner, 110),
        ColumnSpec(_tr("Programme area"), "area", lambda r: r.programme_area.label, 140),
        ColumnSpec(_tr("Direction"), "direction", lambda r: r.direction.label, 80),
        ColumnSpec(_tr("Start"), "start", lambda r: format_partial(r.start), 95),
        ColumnSpec(_tr("End"), None, lambda r: format_partial(r.end), 95),
        ColumnSpec(
            _tr("Participants"),
            "participants",
            lambda r: _number(r.participants),
            90,
            align_right=True,
        ),
        ColumnSpec(_tr("Institutions"), "institutions", lambda r: r.institutions, 170),
        ColumnSpec(_tr("Status"), "status", lambda r: r.status.label, 100),
    ]


def decision_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec(_tr("Date"), "decided", lambda r: format_partial(r.decided), 120),
        ColumnSpec(_tr("Local community"), "local", lambda r: r.local, 130),
        ColumnSpec(_tr("Partner community"), "partner", lambda r: r.partner, 130),
        ColumnSpec(_tr("Who"), "actor", lambda r: r.actor, 260),
        ColumnSpec(_tr("Actor type"), "actor_type", lambda r: r.actor_type.label, 160),
        ColumnSpec(_tr("Action"), "action", lambda r: r.action.label, 150),
        ColumnSpec(
            _tr("Effect"), "binding", lambda r: _tr("Binding") if r.binding else _tr("Position"), 90
        ),
        ColumnSpec(_tr("Condition"), None, lambda r: r.condition, 220),
        ColumnSpec(
            _tr("Review due"),
            "review",
            lambda r: format_day(r.review_on) if r.review_on else "",
            120,
        ),
        ColumnSpec(_tr("Source"), None, lambda r: r.source, 220),
    ]


def community_columns() -> list[ColumnSpec]:
    return [
        ColumnSpec(_tr("Name"), "name", lambda r: r.name, 200),
        ColumnSpec(_tr("Subdivision"), "subdivision", lambda r: r.subdivision, 160),
        ColumnSpec(_tr("Country"), "country", lambda r: country_name(r.country), 150),
        ColumnSpec(_tr("Kind"), "kind", lambda r: r.kind.label, 120),
        ColumnSpec(
            _tr("Population"), "population", lambda r: _number(r.population), 110, align_right=True
        ),
        ColumnSpec(
            _tr("Partnerships"), "partnerships", lambda r: r.partnerships, 100, align_right=True
        ),
    ]
