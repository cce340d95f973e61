"""The import wizard's column page: one line a field, the column that holds it (guessed from
the header names, or as last time), and for some fields one value for every row.

A guess that rests on where a column stands rather than what it says is marked and must be
confirmed; the local country is never filled in from what the registry happens to hold."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop.domain.words import fill
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.mapping import (
    ESTABLISHED,
    PARTNERSHIP,
    PROPOSED,
    Mapping,
    targets,
)

DEFAULTABLE = {"local_country", "local_subdivision", "partner_country", "kind", "status"}


def error_label(parent) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a00;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MappingPage(QWizardPage):
    def __init__(self, wizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Which column is which?"))
        self.setSubTitle(
            self.tr(
                "Fields marked * are needed; give a value for every row where "
                "the list has no column (e.g. the local country)."
            )
        )
        self.combos: dict[str, QComboBox] = {}
        self.defaults: dict[str, QLineEdit] = {}
        self.unsure: dict[str, str] = {}
        self.form_holder = QWidget(self)
        self.form = QFormLayout(self.form_holder)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_holder)
        self.day_first = QCheckBox(self.tr("Dates like 03/04/2022 are &day first (3 April)"))
        self.undated = QComboBox(self)
        self.undated.addItem(self.tr("established, date unknown (active)"), ESTABLISHED)
        self.undated.addItem(self.tr("proposed"), PROPOSED)
        self.undated_label = QLabel(self.tr("A row &without status or date is:"), self)
        self.undated_label.setBuddy(self.undated)
        self.unsure_note = QLabel(self)
        self.unsure_note.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("The columns marked in &yellow are right"), self)
        self.confirm.toggled.connect(self.completeChanged)
        self.save_button = QPushButton(self.tr("&Save mapping..."), self)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.load_button = QPushButton(self.tr("&Load mapping..."), self)
        self.load_button.clicked.connect(self._on_load_clicked)
        self.error_label = error_label(self)
        undated_row = QHBoxLayout()
        undated_row.addWidget(self.undated_label)
        undated_row.addWidget(self.undated)
        undated_row.addStretch()
        buttons = QHBoxLayout()
        buttons.addWidget(self.day_first)
        buttons.addStretch()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(undated_row)
        layout.addWidget(self.unsure_note)
        layout.addWidget(self.confirm)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        wizard = self.wizard()
        record_type = wizard.mapping.record_type
        remembered = wizard.remembered_mapping(record_type)
        guess = guess_mapping(wizard.headers, record_type)
        if remembered is not None:  # last time's choices, where this file has the columns
            fitted = remembered.fitted_to(wizard.headers)
            if fitted.columns:
                guess.columns, guess.unsure = fitted.columns, {}
            guess.defaults, guess.day_first = fitted.defaults, fitted.day_first
            guess.undated = fitted.undated
        else:
            guess.day_first = wizard.day_first_default()
        self._build(record_type)
        self.show_mapping(guess)

    def _build(self, record_type: str) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        self.defaults.clear()
        for name, target in targets(record_type).items():
            combo = QComboBox(self.form_holder)
            combo.addItem(self.tr("(not in the list)"), "")
            for header in self.wizard().headers:
                combo.addItem(header, header)
            combo.currentIndexChanged.connect(self._on_choice_changed)
            combo.setAccessibleName(target.shown)
            self.combos[name] = combo
            row = QHBoxLayout()
            row.addWidget(combo, 2)
            if name in DEFAULTABLE:
                edit = QLineEdit(self.form_holder)
                edit.setPlaceholderText(self.tr("or one value for every row"))
                edit.setAccessibleName(self.tr("%1 for every row").replace("%1", target.shown))
                edit.textChanged.connect(self.completeChanged)
                self.defaults[name] = edit
                row.addWidget(edit, 1)
            label = target.shown + (" *" if target.required else "")
            self.form.addRow(label + ":", row)
        is_partnership = record_type == PARTNERSHIP
        self.undated.setVisible(is_partnership)
        self.undated_label.setVisible(is_partnership)

    def show_mapping(self, mapping: Mapping) -> None:
        self.unsure = {mapping.columns[h]: why for h, why in mapping.unsure.items()}
        for name, combo in self.combos.items():
            header = mapping.column_of(name) or ""
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(header), 0))
            combo.blockSignals(False)
        for name, edit in self.defaults.items():
            edit.setText(str(mapping.defaults.get(name, "")))
        self.day_first.setChecked(mapping.day_first)
        self.undated.setCurrentIndex(max(self.undated.findData(mapping.undated), 0))
        self.confirm.setChecked(False)
        self._show_unsure()

    def _on_choice_changed(self) -> None:
        # A column the clerk chose is no longer a guess.
        sender = self.sender()
        for name, combo in self.combos.items():
            if combo is sender:
                self.unsure.pop(name, None)
        self._show_unsure()
        self.completeChanged.emit()

    def _show_unsure(self) -> None:
        for name, combo in self.combos.items():
            combo.setStyleSheet("QComboBox { background: #fff3cd; }" if name in self.unsure else "")
            guessed = self.unsure.get(name)
            combo.setToolTip(
                "" if guessed is None else self.tr("Guessed: %1").replace("%1", guessed)
            )
        labels = targets(self.wizard().mapping.record_type)
        lines = [
            fill(self.tr("%1: %2"), self.combos[n].currentText(), labels[n].shown)
            for n in self.unsure
        ]
        self.unsure_note.setText(
            self.tr(
                "Guessed from where they stand, not from what they say: %1. Check them, "
                "then tick the box below."
            ).replace("%1", "; ".join(lines))
            if lines
            else ""
        )
        self.unsure_note.setVisible(bool(lines))
        self.confirm.setVisible(bool(lines))

    def mapping(self) -> Mapping:
        columns = {c.currentData(): n for n, c in self.combos.items() if c.currentData()}
        defaults = {n: e.text().strip() for n, e in self.defaults.items() if e.text().strip()}
        return Mapping(
            self.wizard().mapping.record_type,
            columns,
            defaults,
            self.day_first.isChecked(),
            self.undated.currentData() or ESTABLISHED,
        )

    def isComplete(self) -> bool:
        missing = self.mapping().missing()
        self.error_label.setText(
            self.tr("Still needed: %1").replace("%1", ", ".join(missing)) if missing else ""
        )
        used = [c.currentData() for c in self.combos.values() if c.currentData()]
        if len(used) != len(set(used)):
            self.error_label.setText(self.tr("A column can hold only one field."))
            return False
        if self.unsure and not self.confirm.isChecked():
            return False
        return not missing

    def validatePage(self) -> bool:
        wizard = self.wizard()
        wizard.mapping = self.mapping()
        wizard.remember_mapping(wizard.mapping)
        return True

    def _on_save_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the mapping"), "mapping.json", self.tr("Mappings (*.json)")
        )
        if name:
            try:
                self.mapping().save(name)
            except OSError as exc:
                self.error_label.setText(str(exc))

    def _on_load_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a mapping"), "", self.tr("Mappings (*.json)")
        )
        if name:
            try:
                self.show_mapping(Mapping.load(name).fitted_to(self.wizard().headers))
            except ValueError as exc:
                self.error_label.setText(str(exc))
