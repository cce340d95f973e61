"""The presenters of the community, partnership and exchange forms: each reads its record
and saves the form's values through the services, in one call and one transaction. The
decision's, which also previews what saving will do, is in decision_presenter.py."""

from typing import Any

from desktop.services import communities, exchanges, lookup, partnerships
from desktop.ui.forms.record_presenter import RecordPresenter


class CommunityPresenter(RecordPresenter):
    kind = "community"

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

    def fetch(self, record_id: int) -> dict[str, Any]:
        return lookup.partnership_record(self.db, record_id)

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


class ExchangePresenter(RecordPresenter):
    kind = "exchange"

    def fetch(self, record_id: int) -> dict[str, Any]:
        return lookup.exchange_record(self.db, record_id)

    def save(self, expected_version: int | None) -> int:
        form = self.form
        values = form.value()
        if form.record_id is None:
            return exchanges.record_exchange(self.db, values, today=form.today).id
        values.pop("partnership_id")
        return exchanges.update_exchange(
            self.db, form.record_id, values, expected_version, today=form.today
        ).id
