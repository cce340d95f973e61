"""The four record views: what each lists, its columns and its filter bar."""

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
from desktop.services.listing import ABROAD, WITHIN_ONE_COUNTRY
from desktop.ui.tables import columns
from desktop.ui.tables.filter_bar import BarSpec
from desktop.ui.tables.record_view import ViewSpec


def _choices(enum) -> tuple[tuple[str, str], ...]:
    return tuple((m.value, m.label) for m in enum)


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
            "name",
        ),
    ]
