"""Settings > Database: which registry the app opens. A file on this computer, or a registry
on the office's PostgreSQL server (server, port, database, user). The password is never
saved: it comes from the server's PGPASSFILE entry (~/.pgpass) or is asked for on opening.
The choice takes effect the next time the app starts (--db and --database-url still win)."""

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url

from desktop.services.opening import Probe, probe
from desktop.settings import DATABASE, Settings
from desktop.store.engine import with_password
from desktop.store.errors import StoreError
from desktop.ui.window.window_opening import ask_password
from desktop.ui.worker import Worker

DEFAULT_PORT = 5432


class DatabasePage(QWidget):
    def __init__(self, settings: Settings, in_use: str, parent=None):
        super().__init__(parent)
        self._saved = settings.get(DATABASE)
        self._password: str | None = None  # typed for the test; forgotten with the dialog
        layout = QVBoxLayout(self)
        now = QLabel(self.tr("In use now: %1").replace("%1", in_use), self)
        now.setWordWrap(True)
        layout.addWidget(now)
        self.kinds = QButtonGroup(self)
        self.file_choice = QRadioButton(self.tr("A registry &file on this computer"), self)
        self.server_choice = QRadioButton(
            self.tr("A registry on the office's database &server (PostgreSQL)"), self
        )
        self.kinds.addButton(self.file_choice)
        self.kinds.addButton(self.server_choice)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Registry file"))
        browse = QPushButton(self.tr("&Browse..."), self)
        browse.clicked.connect(self._on_browse_clicked)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("dbserver.cityhall.local")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.database.setPlaceholderText("registry")
        self.user = QLineEdit(self)
        server = QFormLayout()
        server.addRow(self.tr("Ser&ver:"), self.host)
        server.addRow(self.tr("&Port:"), self.port)
        server.addRow(self.tr("&Database:"), self.database)
        server.addRow(self.tr("&User:"), self.user)
        layout.addWidget(self.file_choice)
        layout.addLayout(file_row)
        layout.addWidget(self.server_choice)
        layout.addLayout(server)
        password = QLabel(
            self.tr(
                "The password is never saved here: put it in your PGPASSFILE (~/.pgpass), or "
                "type it when the registry opens."
            ),
            self,
        )
        password.setWordWrap(True)
        layout.addWidget(password)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test the connection"), self)
        self.test_button.clicked.connect(self.test)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.result, 1)
        layout.addLayout(test_row)
        when = QLabel(self.tr("The registry chosen here opens the next time the app starts."))
        layout.addWidget(when)
        layout.addStretch(1)
        self.file_choice.toggled.connect(self._enable)
        self._show(self._saved or in_use)
        self._worker: Worker | None = None

    def _show(self, target: str) -> None:
        if "://" in target and not target.startswith("sqlite"):
            url = make_url(target)
            self.server_choice.setChecked(True)
            self.host.setText(url.host or "")
            self.port.setValue(url.port or DEFAULT_PORT)
            self.database.setText(url.database or "")
            self.user.setText(url.username or "")
        else:
            self.file_choice.setChecked(True)
            self.path.setText(target.removeprefix("sqlite:///"))
        self._enable()

    def _enable(self) -> None:
        on_file = self.file_choice.isChecked()
        self.path.setEnabled(on_file)
        for field in (self.host, self.port, self.database, self.user):
            field.setEnabled(not on_file)

    def target(self) -> str:
        """What the settings keep: a file's whole path, or a URL without a password."""
        if self.file_choice.isChecked():
            text = self.path.text().strip()
            return str(Path(text).expanduser().resolve()) if text else ""
        if not self.host.text().strip() or not self.database.text().strip():
            return ""
        return URL.create(
            "postgresql+psycopg",
            username=self.user.text().strip() or None,
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
        ).render_as_string(hide_password=False)

    def changed(self) -> bool:
        return bool(self.target()) and self.target() != self._saved

    def save(self, settings: Settings) -> None:
        if self.changed():
            settings.set(DATABASE, self.target())

    def test(self) -> None:
        target = self.target()
        if not target:
            self.result.setText(self.tr("Give a file, or a server and a database, first."))
            return
        if self._password is not None and "://" in target:
            target = with_password(target, self._password)
        self.result.setText(self.tr("Connecting..."))
        self.test_button.setEnabled(False)
        self._worker = Worker(lambda _progress: probe(target), expected=(StoreError, OSError))
        self._worker.signals.finished.connect(self._on_probe_finished)
        self._worker.signals.failed.connect(self._on_probe_failed)
        self._worker.start()

    def _on_probe_finished(self, found: Probe) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(found.describe())

    def _on_probe_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(message)
        if "password" in message and self.server_choice.isChecked():
            password = ask_password(self.target(), wrong=self._password is not None)
            if password is not None:
                self._password = password
                self.test()

    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Registry file"),
            self.path.text(),
            self.tr("Registry (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.path.setText(name)
