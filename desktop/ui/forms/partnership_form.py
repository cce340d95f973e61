"""A partnership: the two communities (picked from completions, or created on the spot),
kind, establishment date at its known precision, signatories, origin, organization,
notes; its status today at the top, and tabs for exchanges, timeline and history."""

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.dates import PartialDate
from desktop.domain.enums import Origin, PartnershipKind
from desktop.domain.geography import describe_distance
from desktop.domain.status import describe
from desktop.domain.validation import Problem, partners_itself
from desktop.domain.words import fill
from desktop.ui.forms.documents_presenter import documents_for
from desktop.ui.forms.fields import EnumCombo, PartialDateEdit
from desktop.ui.forms.partnership_tabs import ExchangesTab, HistoryTab, TimelineTab
from desktop.ui.forms.pickers import CommunityPicker
from desktop.ui.forms.presenters import DISTANCE_PENDING, DISTANCE_UNKNOWN, Related
from desktop.ui.forms.record_form import RecordForm

SIGNED = ("local_signed_on", "partner_signed_on")


class PartnershipForm(RecordForm):
    kind = "partnership"
    scrolls_itself = True  # the fields scroll above the tabs, which stay in sight
    # A record under it (an exchange, a decision, a document) changed: the tabs re-read.
    related_changed = Signal()
    communities_changed = Signal()  # the communities chosen changed: the distance re-reads

    def __init__(self, db, parent: QWidget | None = None, *, day_first: bool | None = None):
        super().__init__(db, parent, day_first=day_first)
        self.today: date | None = None  # tests pin "today"; None means the real one
        self.child_dialog = None  # the last exchange/decision/community window opened
        outer = QVBoxLayout(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("partnership_status")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("font-weight: bold;")
        outer.addWidget(self.status_label)
        # The fields scroll on their own above the tabs, so the exchanges and the timeline
        # stay in sight on a small or enlarged screen (144 dpi, 1366x768 at 125%).
        fields = QWidget(self)
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        main = QFormLayout()
        fields_layout.addLayout(main)
        self.local = self.add_row(
            main,
            "local",
            self.tr("&Local community:"),
            CommunityPicker(db, self),
            aliases=("local_id",),
        )
        self.partner = self.add_row(
            main,
            "partner",
            self.tr("&Partner community:"),
            CommunityPicker(db, self),
            aliases=("partner_id",),
        )
        self.distance_label = QLabel(self)
        self.distance_label.setObjectName("partnership_distance")
        main.addRow(self.tr("Distance:"), self.distance_label)
        self.partnership_kind = self.add_row(
            main, "kind", self.tr("&Kind:"), EnumCombo(PartnershipKind, self)
        )
        self.established = self.add_row(
            main,
            "established",
            self.tr("&Established:"),
            PartialDateEdit(self, day_first=self.day_first),
            aliases=("established_on",),
        )
        self.origin = self.add_row(
            main, "origin", self.tr("How it &developed:"), EnumCombo(Origin, self, blank="-")
        )
        self.organization = self.add_row(
            main,
            "coordinating_organization",
            self.tr("Coordinating or&ganization:"),
            QLineEdit(self),
        )
        self.organization.setPlaceholderText(self.tr("e.g. Norfolk Sister City Association"))
        notes = QPlainTextEdit(self)
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(48)
        self.notes = self.add_row(main, "notes", self.tr("&Notes:"), notes)
        # The two signatories side by side: who signed for each community, and when.
        sides = QHBoxLayout()
        sides.addWidget(self._signatory_side("local", self.tr("Signed for the local community")))
        sides.addWidget(
            self._signatory_side("partner", self.tr("Signed for the partner community"))
        )
        fields_layout.addLayout(sides)
        fields_layout.addStretch(1)
        self.fields_area = QScrollArea(self)
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.fields_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.fields_area.setWidget(fields)
        self.tabs = QTabWidget(self)
        self.exchanges_tab = ExchangesTab(self.tabs)
        self.timeline_tab = TimelineTab(db, self.tabs, day_first=self.day_first)
        self.history_tab = HistoryTab(self.tabs)
        self.tabs.addTab(self.exchanges_tab, self.tr("E&xchanges"))
        self.tabs.addTab(self.timeline_tab, self.tr("&Timeline"))
        documents = documents_for(
            self,
            "partnership",
            self.tr("partnership"),
            show_owner=True,
            attach_text=self.tr("Atta&ch..."),
        )
        self.documents_tab = QWidget(self.tabs)
        QVBoxLayout(self.documents_tab).addWidget(documents.box)
        self.tabs.addTab(self.documents_tab, self.tr("Docu&ments"))
        self.tabs.addTab(self.history_tab, self.tr("&History"))
        self.tabs.setMinimumHeight(200)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.fields_area)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._divider_moved = False
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        outer.addWidget(self.splitter, 1)
        for key, picker in (("local", self.local), ("partner", self.partner)):
            picker.community_chosen.connect(lambda _id, key=key: self.touch(key))
            picker.community_chosen.connect(self.communities_changed)
            picker.pending_chosen.connect(lambda key=key: self.touch(key))
            picker.pending_chosen.connect(self.communities_changed)
            picker.textEdited.connect(self.communities_changed)  # typing un-chooses it
            picker.new_requested.connect(lambda name, p=picker: self._on_new_community(p, name))
        self.exchanges_tab.open_requested.connect(self._on_exchange_open_requested)
        self.timeline_tab.open_requested.connect(self._on_decision_open_requested)
        self.documents.changed.connect(self.related_changed)
        self.documents.box.catch_drops_on(self)
        self.load(None)
        self.show_related(None)

    def resizeEvent(self, event):  # Qt's name
        """The fields show whole where there is room; in a short window the tabs (exchanges,
        timeline) keep over half of it (up to 300 pixels) and the fields above them scroll.
        Once the clerk moves the divider, their choice stands."""
        super().resizeEvent(event)
        if self._divider_moved:
            return
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        fields = self.fields_area.widget().sizeHint().height()
        tabs = max(total - fields, min(int(total * 0.55), 300))
        self.splitter.setSizes([total - tabs, tabs])

    def _signatory_side(self, side: str, title: str) -> QGroupBox:
        box = QGroupBox(title, self)
        rows = QFormLayout(box)
        if side == "local":
            names = (self.tr("Local signatory"), self.tr("Local signatory's title"),
                     self.tr("Local signed on"))  # fmt: skip
        else:
            names = (self.tr("Partner signatory"), self.tr("Partner signatory's title"),
                     self.tr("Partner signed on"))  # fmt: skip
        rows_ = (
            ("signatory_name", self.tr("Name:"), QLineEdit(self)),
            ("signatory_title", self.tr("Title:"), QLineEdit(self)),
            (
                "signed_on",
                self.tr("Signed on:"),
                PartialDateEdit(self, day_only=True, day_first=self.day_first),
            ),
        )
        for (key, label, widget), accessible in zip(rows_, names, strict=True):
            name = f"{side}_{key}"
            setattr(self, name, self.add_row(rows, name, label, widget, accessible=accessible))
        return box

    def title(self) -> str:
        if self.record_id is None:
            return self.tr("New partnership")
        return fill(self.tr("Partnership: %1 - %2"), self.local.text(), self.partner.text())

    # --- load / value / errors ------------------------------------------------------------

    def load(self, snapshot: dict[str, Any] | None) -> None:
        data = self.begin_load(snapshot)
        self.local.set_community(data.get("local_id"))
        self.partner.set_community(data.get("partner_id"))
        self.partnership_kind.set_value(data.get("kind", PartnershipKind.SISTER_CITY))
        self.established.set_partial(
            PartialDate.of(data.get("established_on"), data.get("established_precision"))
        )
        self.origin.set_value(data.get("origin"))
        self.organization.setText(data.get("coordinating_organization", ""))
        for key in ("local_signatory_name", "local_signatory_title"):
            getattr(self, key).setText(data.get(key, ""))
        for key in ("partner_signatory_name", "partner_signatory_title"):
            getattr(self, key).setText(data.get(key, ""))
        for key in SIGNED:
            getattr(self, key).set_day(data.get(key))
        self.notes.setPlainText(data.get("notes", ""))
        self.end_load()

    def value(self) -> dict[str, Any]:
        established = self.established.partial()
        values = {
            "local_id": self.local.community_id(),
            "partner_id": self.partner.community_id(),
            # A community typed in and described, waiting for this save to be created.
            "new_local": self.local.pending(),
            "new_partner": self.partner.pending(),
            "kind": self.partnership_kind.value(),
            "established_on": established.value if established else None,
            "established_precision": established.precision if established else None,
            "origin": self.origin.value(),
            "coordinating_organization": self.organization.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }
        for side in ("local", "partner"):
            for part in ("name", "title"):
                key = f"{side}_signatory_{part}"
                values[key] = getattr(self, key).text().strip()
        for key in SIGNED:
            values[key] = getattr(self, key).day()
        return values

    def errors(self) -> list[Problem]:
        problems = []
        for key, picker, who in (
            ("local", self.local, self.tr("local")),
            ("partner", self.partner, self.tr("partner")),
        ):
            if picker.community_id() is None and picker.pending() is None:
                problems.append(
                    Problem(
                        key,
                        self.tr(
                            "Choose the %1 community from the list, or 'New community...' "
                            "at its end."
                        ).replace("%1", str(who)),
                    )
                )
        if problem := partners_itself(self.local.community_id(), self.partner.community_id()):
            problems.append(problem)
        for key in ("established", *SIGNED):
            if message := getattr(self, key).problem():
                problems.append(Problem(key, message))
        return problems

    # --- what goes with the record -------------------------------------------------------

    def show_related(self, related: Related | None) -> None:
        """Status line and tabs as the presenter read them (None: a new partnership)."""
        pid = self.record_id
        self.tabs.setEnabled(pid is not None)
        self.timeline_tab.partnership_id = pid
        self._show_documents(pid)
        if related is None:
            self.status_label.setText(
                self.tr("Save the partnership to add exchanges and decisions.")
            )
            for tab in (self.exchanges_tab, self.timeline_tab, self.history_tab):
                tab.table.setRowCount(0)
            return
        self.status_label.setText(
            self.tr("Status today: %1").replace("%1", str(describe(related.standing)))
        )
        self.exchanges_tab.show_lines(related.exchanges)
        self.timeline_tab.show_rows(related.timeline)
        self.history_tab.show_rows(related.history)

    def _show_documents(self, pid: int | None) -> None:
        """The Documents tab, its count in its title ('Documents (2)')."""
        self.documents.show_record(pid)
        shown = self.documents.box.table.rowCount()
        title = self.tr("Docu&ments (%1)").replace("%1", str(shown)) if shown else None
        index = self.tabs.indexOf(self.documents_tab)
        self.tabs.setTabText(index, title or self.tr("Docu&ments"))

    def show_distance(self, km: float | None, why: str = "") -> None:
        """'7,126 km (4,428 miles)' between the two communities chosen; `why` says why there
        is no figure (a community not saved yet, or without coordinates)."""
        if why == DISTANCE_PENDING:
            self.distance_label.setText(self.tr("worked out once the partnership is saved"))
        elif why == DISTANCE_UNKNOWN:
            self.distance_label.setText(
                self.tr("distance unknown: add coordinates to both communities")
            )
        else:
            self.distance_label.setText("" if km is None else describe_distance(km))

    def _on_splitter_moved(self, *_args) -> None:
        self._divider_moved = True

    # --- child windows --------------------------------------------------------------------

    def _on_new_community(self, picker: CommunityPicker, name: str) -> None:
        """Describe the new community; it waits in the picker for this form's save."""
        from desktop.ui.forms.new_community import NewCommunityDialog

        self.child_dialog = NewCommunityDialog(self.db, name, self)
        self.child_dialog.chosen.connect(picker.set_pending)
        self.child_dialog.resize(620, 520)
        self.child_dialog.show()
        self.child_dialog.form.setFocus()
        self.child_dialog.form.focusNextChild()

    def _on_exchange_open_requested(self, exchange_id: int | None) -> None:
        from desktop.ui.forms.dialogs import open_exchange

        self.child_dialog = open_exchange(
            self,
            self.db,
            exchange_id=exchange_id,
            partnership_id=self.record_id,
            day_first=self.day_first,
        )
        self.child_dialog.saved.connect(self.related_changed)
        self.child_dialog.form.documents.changed.connect(self.related_changed)
        self.child_dialog.recorded.connect(self.recorded)

    def _on_decision_open_requested(self, decision_id: int | None) -> None:
        from desktop.ui.forms.dialogs import open_decision

        self.child_dialog = open_decision(
            self,
            self.db,
            decision_id=decision_id,
            partnership_id=self.record_id,
            day_first=self.day_first,
        )
        self.child_dialog.saved.connect(self.related_changed)
        self.child_dialog.recorded.connect(self.recorded)
        self.child_dialog.form.documents.changed.connect(self.related_changed)
