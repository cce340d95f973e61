"""The question a suspension or an end asks: cancel the partnership's planned exchanges?
Each is listed with a tick box; nothing is cancelled unless the clerk says yes."""

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.lookup import ExchangeLine


class CascadeDialog(QDialog):
    def __init__(self, effect: str, exchanges: list[ExchangeLine], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel planned exchanges?"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "%1. These exchanges under the partnership are still planned. Tick the ones "
                "to cancel; the decision is given as their reason."
            ).replace("%1", str(effect)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.checks: dict[int, QCheckBox] = {}
        for line in exchanges:
            text = " - ".join(p for p in (line.title, line.dates, line.status) if p)
            check = QCheckBox(text, self)
            check.setChecked(True)
            self.checks[line.id] = check
            layout.addWidget(check)
        self.cancel_them = QPushButton(self.tr("&Cancel the ticked exchanges"), self)
        self.keep_them = QPushButton(self.tr("&Keep them all"), self)
        self.back = QPushButton(self.tr("&Back to the form"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.cancel_them, self.keep_them, self.back):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.cancel_them.clicked.connect(lambda: self.done(1))
        self.keep_them.clicked.connect(lambda: self.done(2))
        self.back.clicked.connect(self.reject)

    def chosen(self) -> list[int]:
        return [i for i, check in self.checks.items() if check.isChecked()]


def confirm_cancellations(
    parent: QWidget, effect: str, exchanges: list[ExchangeLine]
) -> list[int] | None:
    """Ids to cancel ([] to keep them all), or None to go back and not save yet."""
    dialog = CascadeDialog(effect, exchanges, parent)
    result = dialog.exec()
    if result == 1:
        return dialog.chosen()
    if result == 2:
        return []
    return None
