"""Input widgets the record forms share: partial dates, labelled choices, a community
picker with completions, and the plain-words error line under a field."""

from datetime import date

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from desktop.domain.dates import (
    DateError,
    PartialDate,
    ambiguous_day_and_month,
    format_partial,
    parse_typed,
)
from desktop.domain.enums import DatePrecision, Labelled
from desktop.ui.settings.date_order import region_reads_day_first


class FieldError(QLabel):
    """The message under a field, in plain words; takes no room while empty."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("field_error")
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class PartialDateEdit(QLineEdit):
    """A date as people write it: '1992', 'March 2020', '28/02/2022'. Beside it (`hint`),
    plainly, how it was read ('7 March 2022'), so a 02/03 vs 03/02 slip shows before
    saving; 03/07/2022 is read in the order the computer's region (or Edit > Settings >
    Dates) gives, and the hint says which order it took."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        day_only: bool = False,
        day_first: bool | None = None,
    ):
        super().__init__(parent)
        self._day_only = day_only
        self.day_first = region_reads_day_first() if day_first is None else day_first
        day = self.tr("28/02/2022") if self.day_first else self.tr("02/28/2022")
        if day_only:
            self.setPlaceholderText(self.tr("e.g. %1").replace("%1", day))
        else:
            self.setPlaceholderText(self.tr("e.g. 1992, March 2020, %1").replace("%1", day))
        # Wide enough for its example whole: a clipped "e.g. 1992, March 2020, 28/0..." misleads.
        example = self.fontMetrics().horizontalAdvance(self.placeholderText())
        self.setMinimumWidth(example + 3 * self.fontMetrics().averageCharWidth())
        self.hint = QLabel(self)
        self.hint.setObjectName("date_hint")
        self.hint.setWordWrap(True)
        self.textChanged.connect(self._on_text_changed)

    def problem(self) -> str | None:
        try:
            pd = parse_typed(self.text(), day_first=self.day_first)
        except DateError as exc:
            return str(exc)
        if self._day_only and pd is not None and pd.precision is not DatePrecision.DAY:
            example = "28/02/2022" if self.day_first else "02/28/2022"
            return self.tr("Give the day as well, for example %1.").replace("%1", example)
        return None

    def partial(self) -> PartialDate | None:
        """The date typed, or None when empty or unreadable (see `problem`)."""
        try:
            return parse_typed(self.text(), day_first=self.day_first)
        except DateError:
            return None

    def day(self) -> date | None:
        pd = self.partial()
        return pd.value if pd is not None and pd.precision is DatePrecision.DAY else None

    def set_partial(self, pd: PartialDate | None) -> None:
        self.setText(format_partial(pd) if pd is not None else "")

    def set_day(self, value: date | None) -> None:
        self.set_partial(PartialDate(value, DatePrecision.DAY) if value else None)

    def reading(self) -> str:
        """What the hint says: '' for nothing (or nothing readable) typed."""
        pd = self.partial()
        if pd is None or self.problem():
            return ""
        if pd.precision is DatePrecision.UNKNOWN or pd.value is None:
            return self.tr("Read as: date not known")
        if pd.precision is DatePrecision.YEAR:
            return self.tr("Read as the year %1").replace("%1", str(pd.value.year))
        words = format_partial(pd)
        if ambiguous_day_and_month(self.text()):
            if self.day_first:
                text = self.tr("Read as %1 (day first, as dates are read here)")
            else:
                text = self.tr("Read as %1 (month first, as dates are read here)")
            return text.replace("%1", words)
        return self.tr("Read as %1").replace("%1", words)

    def _on_text_changed(self, _text: str) -> None:
        self.hint.setText(self.reading())
        ambiguous = ambiguous_day_and_month(self.text()) and bool(self.hint.text())
        self.hint.setStyleSheet("color: #8a5300;" if ambiguous else "")
        self.hint.setVisible(bool(self.hint.text()))


class EnumCombo(QComboBox):
    """A closed choice showing labels and holding values; optional blank first entry."""

    def __init__(self, enum: type[Labelled], parent: QWidget | None = None, blank: str = ""):
        super().__init__(parent)
        self._enum = enum
        self._has_blank = bool(blank)
        self._last_key = QElapsedTimer()
        self._search = ""
        if blank:
            self.addItem(blank, None)
        for member in enum:
            self.addItem(member.label, member.value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Typing a label picks it, spaces included ('Request termination'); a letter that
        fits no label after what was typed starts a new search ('S' after 'Reaffirm')."""
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if not (text and text.isprintable() and plain):
            super().keyPressEvent(event)
            return
        if not self._last_key.isValid() or (
            self._last_key.elapsed() >= QApplication.keyboardInputInterval()
        ):
            self._search = ""
        self._last_key.start()
        for candidate in (self._search + text, text):
            index = self._find_prefix(candidate)
            if index >= 0:
                self._search = candidate
                self.setCurrentIndex(index)
                return
        self._search = ""

    def focusInEvent(self, event) -> None:
        self._search = ""
        super().focusInEvent(event)

    def _find_prefix(self, typed: str) -> int:
        wanted = typed.lower()
        for index in range(self.count()):
            if self.itemText(index).lower().startswith(wanted):
                return index
        return -1

    def value(self) -> Labelled | None:
        data = self.currentData()
        return None if data is None else self._enum(data)

    def set_value(self, value) -> None:
        if value is None:
            self.setCurrentIndex(0)
            return
        index = self.findData(self._enum(value).value)
        self.setCurrentIndex(max(index, 0))
