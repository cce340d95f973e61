"""The sample records in the window: asked for when a registry is new (an empty registry,
or one with the sample records from the articles), marked while they are there (a banner
above the lists, a note in each sample record's form) and removed on the clerk's word."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desktop.services import sample_records
from desktop.store.database import Database
from desktop.store.errors import StoreError
from desktop.ui.plurals import counted


def ask_for_sample_records(parent: QWidget | None) -> bool:
    """A new registry: True for the sample records, False for an empty one."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("SampleRecords", "A new registry"))
    box.setText(
        QCoreApplication.translate("SampleRecords", "This registry is new. How should it start?")
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "SampleRecords",
            "Empty, for your office's own records; or with the sample records from the news "
            "articles (116 partnerships: Norfolk – Kaliningrad, Chicago – Moscow, ...), to try "
            "the registry out. Sample records are marked as such and can be removed at any "
            "time with File > Remove the sample records.",
        )
    )
    empty = box.addButton(
        QCoreApplication.translate("SampleRecords", "&Empty registry"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("SampleRecords", "With the &sample records"),
        QMessageBox.ButtonRole.YesRole,
    )
    box.setDefaultButton(empty)
    box.exec()
    return box.clickedButton() is not empty


def confirm_removal(parent: QWidget, found: sample_records.SampleRecords) -> bool:
    text = QCoreApplication.translate(
        "SampleRecords",
        "Remove the sample records from the lists: %1 and %2?\n\nThey are archived, not "
        "deleted, and the removal is in the history.",
    )
    text = text.replace("%1", counted("partnerships", found.partnerships))
    text = text.replace("%2", counted("communities", found.communities))
    if found.own_under_them:
        text += "\n\n" + QCoreApplication.translate(
            "SampleRecords",
            "%1 exchanges or decisions you entered under sample partnerships go with them.",
        ).replace("%1", str(found.own_under_them))
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SampleRecords", "Remove the sample records"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class SampleBanner(QWidget):
    """'This registry holds the sample records ... [Remove the sample records...]'."""

    removed = Signal(int)  # records archived

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.setObjectName("sample-banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#sample-banner { background: #e8f0fe; }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.remove_button = QPushButton(
            QCoreApplication.translate("SampleRecords", "&Remove the sample records..."), self
        )
        self.remove_button.clicked.connect(self.remove)
        self.remove_button.setEnabled(not db.read_only)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.remove_button)
        self.refresh()

    def refresh(self) -> None:
        try:
            found = sample_records.sample_records(self._db)
        except StoreError:
            found = None
        self.setVisible(found is not None)
        if found is not None:
            self.text.setText(
                QCoreApplication.translate(
                    "SampleRecords",
                    "This registry holds the sample records from the news articles (%1), "
                    "to try it out; each says so in its form.",
                ).replace("%1", counted("partnerships", found.partnerships))
            )

    def remove(self) -> None:
        found = sample_records.sample_records(self._db)
        if found is None or not confirm_removal(self.window(), found):
            return
        try:
            archived = sample_records.remove_sample_records(self._db)
        except StoreError as exc:
            QMessageBox.warning(
                self.window(), QCoreApplication.translate("SampleRecords", "Not removed"), str(exc)
            )
            return
        self.refresh()
        self.removed.emit(archived)
