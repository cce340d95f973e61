"""Choosing the communities of a partnership, and the partnership of an exchange or decision,
by typing part of a name and picking from completions the registry finds."""

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.services import lookup
from desktop.store.database import Database

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1
# What the field holds once an entry is chosen ("Kaliningrad, Russia" for "Did you mean
# Kaliningrad, Russia?"), put there after the line edit has put the entry's own text.
FIELD_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
NEW_COMMUNITY = -1  # the "New community..." entry at the end of the completions
NEAR_AFTER = 3  # near names are offered when the name search finds fewer than this


class CommunityPicker(QLineEdit):
    """Type part of a name ('Kal') and choose 'Kaliningrad, Russia' from the list. A slip
    ('Kalinigrad') is offered the near names first ('Did you mean Kaliningrad, ...?'), then
    'New community...', whose values wait here (`pending`) until the partnership that needs
    the community is saved: discarding the partnership leaves no community behind."""

    community_chosen = Signal(int)
    pending_chosen = Signal()  # a new community's values, waiting for the partnership's save
    new_requested = Signal(str)  # the name typed so far, to prefill the community form

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._id: int | None = None
        self._pending: dict[str, Any] | None = None
        self._label = ""
        self._typed = ""
        self.setPlaceholderText(self.tr("Type a name, e.g. Kal"))
        self.choices = QStandardItemModel(self)
        completer = QCompleter(self.choices, self)
        # The registry filters in SQL (prefix first, then substring); show what it found.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)  # the line edit's own text setting is connected first
        completer.activated[QModelIndex].connect(self._on_completer_activated)
        self.textChanged.connect(self._on_text_changed)
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._on_editing_finished)

    def community_id(self) -> int | None:
        return self._id

    def pending(self) -> dict[str, Any] | None:
        """The values of a new community, created when the partnership is saved."""
        return self._pending

    def set_community(self, community_id: int | None) -> None:
        self._pending = None
        if community_id is None:
            self._id, self._label = None, ""
            self.setText("")
            return
        choice = lookup.community_choice(self._db, community_id)
        self._id, self._label = choice.id, choice.label
        self.setText(choice.label)
        self.community_chosen.emit(choice.id)

    def set_pending(self, values: dict[str, Any], label: str) -> None:
        """A new community, described by the community form, not in the registry yet."""
        self._id, self._pending = None, values
        self._label = self.tr("%1 (new: added when the partnership is saved)").replace("%1", label)
        self.setText(self._label)
        self.pending_chosen.emit()

    def _on_text_edited(self, text: str) -> None:
        if text != self._label:
            self._id, self._pending, self._label = None, None, ""
        self._typed = text
        self.choices.clear()
        if not text.strip():
            return
        found = lookup.community_completions(self._db, text)
        for choice in found:
            self._add(choice.label, choice.id, choice.label)
        if len(found) < NEAR_AFTER and len(text.strip()) >= 4:
            shown = {c.id for c in found}
            for choice in lookup.near_communities(self._db, text, exclude=shown):
                asked = self.tr("Did you mean %1?").replace("%1", choice.label)
                self._add(asked, choice.id, choice.label)
        name = text.split(",")[0].strip()
        self._add(self.tr("New community “%1”...").replace("%1", name), NEW_COMMUNITY, text)
        self.completer().complete()

    def _add(self, label: str, value: int, field_text: str) -> None:
        item = QStandardItem(label)
        item.setData(value, CHOICE_ROLE)
        item.setData(field_text, FIELD_TEXT_ROLE)
        self.choices.appendRow(item)

    def _on_completer_activated(self, index: QModelIndex) -> None:
        chosen = index.data(CHOICE_ROLE)
        if chosen == NEW_COMMUNITY:
            self.setText(self._typed)
            self.new_requested.emit(self._typed.split(",")[0].strip())
        elif chosen is not None:
            self.set_community(int(chosen))

    def _on_text_changed(self, text: str) -> None:
        """The completer puts an entry's own words in the field ("Did you mean ...?", "New
        community ..."): the field shows what they stand for instead."""
        for row in range(self.choices.rowCount()):
            item = self.choices.item(row)
            wanted = item.data(FIELD_TEXT_ROLE)
            if item.text() == text and wanted is not None and wanted != text:
                self.setText(self._label or wanted)
                return

    def _on_editing_finished(self) -> None:
        """Tabbing out of an exact match chooses it, so the mouse is never needed."""
        if self._id is not None or self._pending is not None or not self.text().strip():
            return
        typed = self.text().strip().lower()
        found = lookup.community_completions(self._db, self.text())
        exact = [c for c in found if typed in (c.label.lower(), c.name.lower())]
        if len(exact) == 1:
            self.set_community(exact[0].id)


class PartnershipPicker(QLineEdit):
    """For a new exchange or decision opened with no partnership selected: type part of
    either community's name ('Kal', 'Norfolk') or a country and choose the partnership."""

    partnership_chosen = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._id: int | None = None
        self._label = ""
        self.setPlaceholderText(self.tr("Type a community's name, e.g. Kal or Norfolk"))
        self.choices = QStandardItemModel(self)
        completer = QCompleter(self.choices, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        completer.activated[QModelIndex].connect(self._on_completer_activated)
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(self._on_editing_finished)

    def partnership_id(self) -> int | None:
        return self._id

    def _on_text_edited(self, text: str) -> None:
        if text != self._label:
            self._id, self._label = None, ""
        self.choices.clear()
        for choice in lookup.partnership_completions(self._db, text):
            item = QStandardItem(choice.label)
            item.setData(choice.id, CHOICE_ROLE)
            self.choices.appendRow(item)
        if self.choices.rowCount():
            self.completer().complete()

    def _on_completer_activated(self, index: QModelIndex) -> None:
        chosen = index.data(CHOICE_ROLE)
        if chosen is not None:
            self._choose(int(chosen), index.data())

    def _on_editing_finished(self) -> None:
        """Tabbing out when only one partnership fits chooses it."""
        if self._id is None and self.choices.rowCount() == 1:
            item = self.choices.item(0)
            self._choose(int(item.data(CHOICE_ROLE)), item.text())

    def _choose(self, partnership_id: int, label: str) -> None:
        self._id, self._label = partnership_id, label
        self.setText(label)
        self.partnership_chosen.emit(partnership_id)
