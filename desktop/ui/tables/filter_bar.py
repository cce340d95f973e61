"""The filter bar above each table: status, kind, country, local community, date range,
an "as of" date, "show archived", and the search box. It reports what the clerk chose as
the listings' own RecordFilter, already parsed: a field the clerk got wrong is empty there
and marked at the field. Typing is debounced so a fast typist starts one query, not ten: a
key after a pause asks at once, the keys of a quick run of them ask once, when the run
pauses."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QElapsedTimer, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.countries import CountryError, country_code, country_name
from desktop.domain.dates import DateError, format_day, parse_typed
from desktop.domain.record_filter import RecordFilter

DEBOUNCE_MS = 180


@dataclass(frozen=True)
class BarSpec:
    status_label: str = ""  # "" hides the control
    statuses: tuple[tuple[str, str], ...] = ()  # (value, label)
    kind_label: str = ""
    kinds: tuple[tuple[str, str], ...] = ()
    where_label: str = ""  # "" hides it
    wheres: tuple[tuple[str, str], ...] = ()
    country: bool = True
    local: bool = True
    dates_label: str = ""  # "Established", "Start", "Decided"; "" hides the range
    as_of: bool = False


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, spec: BarSpec, parent=None, *, day_first: bool = True):
        super().__init__(parent)
        self.spec = spec
        self.day_first = day_first  # how 03/07/2022 is read (Edit > Settings > Language and dates)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)
        self._since_key = QElapsedTimer()  # since the last key typed in any field
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        top, layout = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(top)
        rows.addLayout(layout)
        self.search = self._line(
            top, "", self.tr("Search names, countries, institutions, actors, notes (Ctrl+F)"), 160
        )
        top.setStretchFactor(self.search, 1)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        self.status = self._combo(top, spec.status_label, spec.statuses)
        self.kind = self._combo(top, spec.kind_label, spec.kinds)
        self.where = self._combo(top, spec.where_label, spec.wheres)
        # Its choices are short words: sized to them, it leaves the window's narrowest width
        # where it was.
        self.where.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.country = self._line(
            layout, self.tr("Country"), self.tr("name or code"), 80, spec.country
        )
        self.local = self._line(layout, self.tr("Local"), self.tr("community"), 90, spec.local)
        self.date_from = self._line(
            layout, spec.dates_label, self.tr("from"), 70, bool(spec.dates_label)
        )
        self.date_to = self._line(
            layout, "–" if spec.dates_label else "", self.tr("to"), 70, bool(spec.dates_label)
        )
        self.as_of = self._line(layout, self.tr("As of"), self.tr("today"), 80, spec.as_of)
        self.archived = QCheckBox(self.tr("Show archived"), self)
        self.archived.toggled.connect(self.changed)
        layout.addStretch(1)
        layout.addWidget(self.archived)

    def _line(
        self, layout, label: str, placeholder: str, width: int, shown: bool = True
    ) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumWidth(width)
        edit.setAccessibleName(label or placeholder)
        edit.textEdited.connect(self._on_edited)
        if label and shown:
            caption = QLabel(label, self)
            caption.setBuddy(edit)
            layout.addWidget(caption)
        layout.addWidget(edit)
        edit.setVisible(shown)
        return edit

    def _on_edited(self) -> None:
        """A key after a pause (a clerk typing a letter at a time, a quarter second apart)
        asks at once: waiting DEBOUNCE_MS first made every such key that much slower, and
        the query it would have spared is stopped anyway when the next one starts. A key
        within DEBOUNCE_MS of the last one waits until the keys pause."""
        in_a_run = self._timer.isActive() or (
            self._since_key.isValid() and self._since_key.elapsed() < DEBOUNCE_MS
        )
        self._since_key.restart()
        if in_a_run:
            self._timer.start()
        else:
            self.changed.emit()

    def _combo(self, layout, label: str, choices) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItem(self.tr("All"), None)
        for value, text in choices:
            combo.addItem(text, value)
        combo.setAccessibleName(label)
        combo.currentIndexChanged.connect(self.changed)
        if label:
            caption = QLabel(label, self)
            caption.setBuddy(combo)
            layout.addWidget(caption)
            layout.addWidget(combo)
        combo.setVisible(bool(label))
        return combo

    # --- reading ----------------------------------------------------------------------

    def values(self) -> RecordFilter:
        start = self._date(self.date_from, end=False)
        end = self._date(self.date_to, end=True)
        return RecordFilter(
            status=self.status.currentData(),
            kind=self.kind.currentData(),
            where=self.where.currentData(),
            country=self._country(),
            local=self.local.text().strip() or None,
            date_from=start,
            date_to=end,
            as_of=self._date(self.as_of, end=False) or date.today(),
            search=self.search.text().strip(),
            include_archived=self.archived.isChecked(),
        )

    def _country(self) -> str | None:
        text = self.country.text().strip()
        if not text:
            return self._mark(self.country, "")
        try:
            code = country_code(text)
        except CountryError as exc:
            return self._mark(self.country, str(exc))
        self._mark(self.country, "")
        return code

    def _date(self, edit: QLineEdit, *, end: bool) -> date | None:
        try:
            pd = parse_typed(edit.text(), day_first=self.day_first)
        except DateError as exc:
            return self._mark(edit, str(exc))
        self._mark(edit, "")
        if pd is None or pd.value is None:
            return None
        return pd.end if end else pd.start

    def _mark(self, edit: QLineEdit, problem: str) -> None:
        """Show a wrong entry at the field itself (red frame, the reason as a tooltip)."""
        edit.setStyleSheet("QLineEdit { border: 2px solid #c0392b; }" if problem else "")
        edit.setToolTip(problem)
        return None

    def problems(self) -> list[str]:
        return [
            e.toolTip()
            for e in (self.country, self.date_from, self.date_to, self.as_of)
            if e.toolTip()
        ]

    def narrows(self) -> bool:
        """Whether anything chosen here leaves records out (or brings archived ones in)."""
        v = self.values()
        chosen = (v.search, v.status, v.kind, v.where, v.country, v.local, v.date_from, v.date_to)
        return any(chosen) or v.include_archived

    def describe(self) -> list[str]:
        """What the bar selects, in words, for a printed list: one phrase a filter."""
        v = self.values()
        words = []
        if v.search:
            words.append(self.tr("Containing “%1”").replace("%1", v.search))
        for combo, label in (
            (self.status, self.spec.status_label),
            (self.kind, self.spec.kind_label),
            (self.where, self.spec.where_label),
        ):
            if label and combo.currentData() is not None:
                words.append(f"{label}: {combo.currentText()}")
        if v.country:
            words.append(self.tr("Country: %1").replace("%1", country_name(v.country)))
        if v.local:
            words.append(self.tr("Local community: %1").replace("%1", v.local))
        if v.date_from or v.date_to:
            start = format_day(v.date_from) if v.date_from else "…"
            end = format_day(v.date_to) if v.date_to else "…"
            words.append(f"{self.spec.dates_label}: {start} – {end}")
        if v.include_archived:
            words.append(self.tr("Archived records included"))
        if self.spec.as_of:
            words.append(self.tr("Status as on %1").replace("%1", format_day(v.as_of)))
        return words

    # --- remembering ------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        return {
            "search": self.search.text(),
            "status": self.status.currentData(),
            "kind": self.kind.currentData(),
            "where": self.where.currentData(),
            "country": self.country.text(),
            "local": self.local.text(),
            "from": self.date_from.text(),
            "to": self.date_to.text(),
            "as_of": self.as_of.text(),
            "archived": self.archived.isChecked(),
        }

    def restore(self, state: dict[str, Any]) -> None:
        self.blockSignals(True)
        try:
            for edit, key in (
                (self.search, "search"),
                (self.country, "country"),
                (self.local, "local"),
                (self.date_from, "from"),
                (self.date_to, "to"),
                (self.as_of, "as_of"),
            ):
                edit.setText(str(state.get(key) or ""))
            for combo, key in ((self.status, "status"), (self.kind, "kind"), (self.where, "where")):
                found = combo.findData(state.get(key))
                combo.setCurrentIndex(max(found, 0))
            self.archived.setChecked(bool(state.get("archived")))
        finally:
            self.blockSignals(False)
