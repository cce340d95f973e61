"""The four record views: what each lists, its columns, its filter bar and its filter."""

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.domain.enums import (
    ActorType,
    CommunityKind,
    DecisionAction,
    ExchangeStatus,
    PartnershipKind,
    ProgrammeArea,
    Status,
)
from desktop.services import listing
from desktop.services.listing import ABROAD, WITHIN_ONE_COUNTRY, PartnershipFilter, RecordFilter
from desktop.ui.filter_bar import BarSpec, FilterValues
from desktop.ui.record_view import ViewSpec
from desktop.ui.tables import columns


def _choices(enum) -> tuple[tuple[str, str], ...]:
    return tuple((m.value, m.label) for m in enum)


def partnership_filter(v: FilterValues) -> PartnershipFilter:
    return PartnershipFilter(
        as_of=v.as_of or date.today(),
        country=v.country,
        status=Status(v.status) if v.status else None,
        local=v.local,
        kind=PartnershipKind(v.kind) if v.kind else None,
        search=v.search,
        include_archived=v.include_archived,
        date_from=v.date_from,
        date_to=v.date_to,
        where=v.where,
    )


def record_filter(v: FilterValues) -> RecordFilter:
    return RecordFilter(
        status=v.status,
        kind=v.kind,
        country=v.country,
        local=v.local,
        date_from=v.date_from,
        date_to=v.date_to,
        search=v.search,
        include_archived=v.include_archived,
    )


def all_views() -> list[ViewSpec]:
    return [
        ViewSpec(
            "partnerships",
            QCoreApplication.translate("views", "Partnerships"),
            listing.PARTNERSHIPS,
            columns.partnership_columns,
            BarSpec(
                QCoreApplication.translate("views", "Status"),
                _choices(Status),
                QCoreApplication.translate("views", "Kind"),
                _choices(PartnershipKind),
                where_label=QCoreApplication.translate("views", "Where"),
                wheres=(
                    (ABROAD, QCoreApplication.translate("views", "Abroad")),
                    (WITHIN_ONE_COUNTRY, QCoreApplication.translate("views", "In one country")),
                ),
                dates_label=QCoreApplication.translate("views", "Established"),
                as_of=True,
            ),
            partnership_filter,
            "local",
        ),
        ViewSpec(
            "exchanges",
            QCoreApplication.translate("views", "Exchanges"),
            listing.EXCHANGES,
            columns.exchange_columns,
            BarSpec(
                QCoreApplication.translate("views", "Status"),
                _choices(ExchangeStatus),
                QCoreApplication.translate("views", "Area"),
                _choices(ProgrammeArea),
                dates_label=QCoreApplication.translate("views", "Start"),
            ),
            record_filter,
            "start",
        ),
        ViewSpec(
            "decisions",
            QCoreApplication.translate("views", "Decisions"),
            listing.DECISIONS,
            columns.decision_columns,
            BarSpec(
                QCoreApplication.translate("views", "Action"),
                _choices(DecisionAction),
                QCoreApplication.translate("views", "Actor"),
                _choices(ActorType),
                dates_label=QCoreApplication.translate("views", "Decided"),
            ),
            record_filter,
            "decided",
        ),
        ViewSpec(
            "communities",
            QCoreApplication.translate("views", "Communities"),
            listing.COMMUNITIES,
            columns.community_columns,
            BarSpec(
                kind_label=QCoreApplication.translate("views", "Kind"),
                kinds=_choices(CommunityKind),
                local=False,
            ),
            record_filter,
            "name",
        ),
    ]
