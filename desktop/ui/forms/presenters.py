"""The presenters of the community, partnership and exchange forms: each reads its record
and saves the form's values through the services, in one call and one transaction. The
decision's, which also previews what saving will do, is in decision_presenter.py."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.enums import ExchangeStatus
from desktop.domain.status import Standing
from desktop.services import (
    communities,
    coordinates,
    exchanges,
    history,
    lookup,
    partnerships,
    places,
)
from desktop.ui.forms.record_presenter import RecordPresenter, UnderPartnership

# Why a partnership form shows no distance.
DISTANCE_PENDING = "pending"  # a community waits for the partnership's save
DISTANCE_UNKNOWN = "unknown"  # a community has no coordinates


@dataclass(frozen=True)
class Related:
    """What a partnership form shows beside its fields: the status today, and its tabs."""

    standing: Standing
    exchanges: list[lookup.ExchangeLine]
    timeline: list[lookup.TimelineRow]
    history: list[history.HistoryRow]


class CommunityPresenter(RecordPresenter):
    kind = "community"

    def __init__(self, db, form):
        super().__init__(db, form)
        form.look_up_requested.connect(self.look_up_coordinates)

    def look_up_coordinates(self) -> None:
        """The places of the community's name in the offline city table, for the form to
        fill in (or ask which)."""
        name, code, subdivision = self.form.place_wanted()
        if not name or not code:
            self.form.show_place_wanted()
            return
        self.form.show_searching(True)
        try:
            found = places.candidates(name, code, subdivision)
        finally:
            self.form.show_searching(False)
        self.form.offer_places(found)

    def fetch(self, record_id: int) -> dict[str, Any]:
        return lookup.community_record(self.db, record_id)

    def save(self, expected_version: int | None) -> int:
        values = self.form.value()
        if self.form.record_id is None:
            return communities.create_community(self.db, values).id
        # One call, one transaction: a change of who decides also re-derives, in the same
        # transaction, which recorded decisions of its partnerships bind.
        record = communities.update_community(
            self.db, self.form.record_id, values, expected_version
        )
        return record.id

    def check_new(self) -> dict[str, Any]:
        """A community to be created with a partnership: its values, checked as saving would
        check them (raises ValidationError)."""
        return communities.check_new_community(self.db, self.form.value())


class PartnershipPresenter(RecordPresenter):
    kind = "partnership"

    def __init__(self, db, form):
        super().__init__(db, form)
        form.related_changed.connect(self.refresh_related)
        form.communities_changed.connect(self.refresh_distance)

    def fetch(self, record_id: int) -> dict[str, Any]:
        return lookup.partnership_record(self.db, record_id)

    def show(self, snapshot: dict[str, Any] | None) -> None:
        self.form.load(snapshot)
        self.refresh_distance()
        self.refresh_related()

    def refresh_related(self) -> None:
        """Status line and tabs, re-read after this or a record under it is saved."""
        pid = self.form.record_id
        if pid is None:
            self.form.show_related(None)
            return
        standing = lookup.partnership_standing(self.db, pid, self.form.today or date.today())
        self.form.show_related(
            Related(
                standing=standing,
                exchanges=lookup.exchanges_of(self.db, pid),
                timeline=lookup.timeline(self.db, pid),
                history=history.record_history(self.db, "partnership", pid),
            )
        )

    def refresh_distance(self) -> None:
        """The distance between the two communities chosen, as far as it can be known."""
        values = self.form.value()
        if values["new_local"] is not None or values["new_partner"] is not None:
            self.form.show_distance(None, DISTANCE_PENDING)
        elif values["local_id"] is None or values["partner_id"] is None:
            self.form.show_distance(None)
        else:
            km = coordinates.distance_km(self.db, values["local_id"], values["partner_id"])
            self.form.show_distance(km, "" if km is not None else DISTANCE_UNKNOWN)

    def save(self, expected_version: int | None) -> int:
        """One transaction: the partnership, and any new community it needs."""
        values = self.form.value()
        new = {
            side: values.pop(f"new_{side}")
            for side in ("local", "partner")
            if values.get(f"new_{side}") is not None
        }
        values = {k: v for k, v in values.items() if not k.startswith("new_")}
        record_id = self.form.record_id
        if record_id is None:
            saved = partnerships.create_partnership(self.db, values, new_communities=new)
        else:
            saved = partnerships.update_partnership(
                self.db, record_id, values, expected_version, new_communities=new
            )
        # For Edit > Undo: the communities created with it go back with it.
        self.created = tuple(("community", getattr(saved, f"{side}_id")) for side in new)
        return saved.id


OPEN_EXCHANGE = (ExchangeStatus.PLANNED, ExchangeStatus.CONFIRMED, ExchangeStatus.POSTPONED)


class ExchangePresenter(UnderPartnership, RecordPresenter):
    kind = "exchange"

    def __init__(self, db, form):
        super().__init__(db, form)
        form.standing_requested.connect(self.refresh_standing)
        self.refresh_standing()

    def fetch(self, record_id: int) -> dict[str, Any]:
        return lookup.exchange_record(self.db, record_id)

    def show(self, snapshot: dict[str, Any] | None) -> None:
        super().show(snapshot)
        self.refresh_standing()

    def refresh_standing(self) -> None:
        """An open exchange under a suspended or ended partnership is warned of."""
        form = self.form
        standing = None
        if form.partnership_id is not None and form.value()["status"] in OPEN_EXCHANGE:
            standing = lookup.partnership_standing(
                self.db, form.partnership_id, form.today or date.today()
            )
        form.show_standing(standing)

    def save(self, expected_version: int | None) -> int:
        form = self.form
        values = form.value()
        if form.record_id is None:
            return exchanges.record_exchange(self.db, values, today=form.today).id
        values.pop("partnership_id")
        return exchanges.update_exchange(
            self.db, form.record_id, values, expected_version, today=form.today
        ).id
