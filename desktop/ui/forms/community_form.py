"""A community: name, kind, subdivision, country (by name or ISO code), population, and
who decides for its partnerships."""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import countries
from desktop.domain.enums import ActorType, CommunityKind
from desktop.domain.status import format_authority, parse_authority
from desktop.domain.validation import Problem
from desktop.domain.words import fill
from desktop.services import lookup, places
from desktop.ui.forms.fields import EnumCombo
from desktop.ui.forms.record_form import RecordForm


class CountryEdit(QLineEdit):
    """'Russia', 'RU' or 'Russian Federation'; the line under it names what was read."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        completer = QCompleter(lookup.country_names(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Name or ISO code, e.g. Russia or RU"))
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: palette(mid);")
        self.textChanged.connect(self._on_text_changed)

    def code(self) -> str | None:
        try:
            return countries.country_code(self.text()) if self.text().strip() else None
        except countries.CountryError:
            return None

    def problem(self) -> str | None:
        if not self.text().strip():
            return self.tr("Give the country, by name or ISO code.")
        try:
            countries.country_code(self.text())
        except countries.CountryError as exc:
            return str(exc)
        return None

    def _on_text_changed(self, _text: str) -> None:
        code = self.code()
        self.hint.setText(f"{countries.country_name(code)} ({code})" if code else "")
        self.hint.setVisible(bool(code))


class CommunityForm(RecordForm):
    kind = "community"
    look_up_requested = Signal()  # Look up coordinates: the presenter searches the table

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(db, parent)
        outer = QVBoxLayout(self)
        layout = QFormLayout()
        outer.addLayout(layout)
        outer.addStretch(1)  # rows keep their height; the space goes below them
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.name = self.add_row(layout, "name", self.tr("&Name:"), QLineEdit(self))
        self.subdivision = self.add_row(
            layout, "subdivision", self.tr("S&ubdivision:"), QLineEdit(self)
        )
        self.subdivision.setPlaceholderText(self.tr("State, province or region, e.g. Virginia"))
        self.country = self.add_row(layout, "country", self.tr("C&ountry:"), CountryEdit(self))
        self.community_kind = self.add_row(
            layout, "kind", self.tr("&Kind:"), EnumCombo(CommunityKind, self)
        )
        self.population = self.add_row(
            layout, "population", self.tr("&Population:"), QLineEdit(self)
        )
        authority = QWidget(self)
        box = QVBoxLayout(authority)
        box.setContentsMargins(0, 0, 0, 0)
        self.authority: dict[ActorType, QCheckBox] = {}
        row = QHBoxLayout()
        for i, actor in enumerate(ActorType):
            check = QCheckBox(actor.label, authority)
            self.authority[actor] = check
            self._watch("binding_actor_types", check)
            row.addWidget(check)
            if i % 3 == 2:
                box.addLayout(row)
                row = QHBoxLayout()
        box.addLayout(row)
        self.add_row(
            layout,
            "binding_actor_types",
            self.tr("&Decides on partnerships:"),
            authority,
        )
        self.latitude = self.add_row(layout, "latitude", self.tr("&Latitude:"), QLineEdit(self))
        self.latitude.setPlaceholderText(self.tr("Degrees north, e.g. 36.8468"))
        self.longitude = self.add_row(layout, "longitude", self.tr("Lon&gitude:"), QLineEdit(self))
        self.longitude.setPlaceholderText(self.tr("Degrees east, e.g. -76.2852 (west is minus)"))
        self.look_up = QPushButton(self.tr("Look up &coordinates"), self)
        self.look_up.clicked.connect(self.look_up_requested)
        self.place_note = QLabel(self)
        self.place_note.setObjectName("place_note")
        self.place_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.look_up)
        row.addWidget(self.place_note, 1)
        layout.addRow("", row)
        self.load(None)

    def title(self) -> str:
        if self.record_id is None:
            return self.tr("New community")
        return self.tr("Community: %1").replace("%1", str(self.name.text() or self.record_id))

    def load(self, snapshot: dict[str, Any] | None) -> None:
        data = self.begin_load(snapshot)
        self.name.setText(data.get("name", ""))
        self.subdivision.setText(data.get("subdivision", ""))
        code = data.get("country")
        self.country.setText(countries.country_name(code) if code else "")
        self.community_kind.set_value(data.get("kind", CommunityKind.CITY))
        population = data.get("population")
        self.population.setText("" if population is None else str(population))
        for key in ("latitude", "longitude"):
            number = data.get(key)
            getattr(self, key).setText("" if number is None else str(number))
        self.place_note.setText("")
        kinds = parse_authority(data.get("binding_actor_types"))
        for actor, check in self.authority.items():
            check.setChecked(actor in kinds)
        self.end_load()

    def value(self) -> dict[str, Any]:
        text = self.population.text().strip().replace(",", "")
        return {
            "name": self.name.text().strip(),
            "subdivision": self.subdivision.text().strip(),
            "country": self.country.code() or self.country.text().strip(),
            "kind": self.community_kind.value(),
            "population": int(text) if text.isdigit() else (text or None),
            "latitude": _degrees(self.latitude.text()),
            "longitude": _degrees(self.longitude.text()),
            "binding_actor_types": format_authority(
                a for a, check in self.authority.items() if check.isChecked()
            ),
        }

    def errors(self) -> list[Problem]:
        problems = []
        if not self.name.text().strip():
            problems.append(Problem("name", self.tr("Give the community's name.")))
        if message := self.country.problem():
            problems.append(Problem("country", message))
        text = self.population.text().strip().replace(",", "")
        if text and not text.isdigit():
            problems.append(Problem("population", self.tr("Population is a whole number.")))
        for key, limit in (("latitude", 90), ("longitude", 180)):
            number = _degrees(getattr(self, key).text())
            if isinstance(number, str) or (number is not None and abs(number) > limit):
                message = fill(self.tr("Degrees between -%1 and %2, e.g. 36.8468."), limit, limit)
                problems.append(Problem(key, message))
        if not any(check.isChecked() for check in self.authority.values()):
            problems.append(
                Problem("binding_actor_types", self.tr("Tick at least one: usually the council."))
            )
        return problems

    def place_wanted(self) -> tuple[str, str | None, str]:
        """(name, country code or None, subdivision) to look the coordinates up by."""
        return self.name.text().strip(), self.country.code(), self.subdivision.text()

    def show_place_wanted(self) -> None:
        self.place_note.setText(self.tr("Give the name and the country first."))

    def show_searching(self, searching: bool) -> None:
        """The first look-up reads the table (about a second): the cursor says so."""
        if searching:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def offer_places(self, found: list[places.Candidate]) -> None:
        """Fill the coordinates (and an empty population) from what the offline city table
        has; when several places have the name, the clerk says which."""
        name, code, _ = self.place_wanted()
        if not found:
            self.place_note.setText(
                fill(
                    self.tr(
                        "No town of that name in %1 in the offline table (towns of %2 people "
                        "or more); type the coordinates."
                    ),
                    countries.country_name(code),
                    f"{places.MIN_POPULATION:,}",
                )
            )
            return
        chosen = found[0]
        if len(found) > 1:
            labels = [c.label() for c in found]
            item, ok = QInputDialog.getItem(
                self,
                self.tr("Which place?"),
                fill(
                    self.tr("%1 places in %2 are called %3. Which is this community?"),
                    len(found),
                    countries.country_name(code),
                    name,
                ),
                labels,
                0,
                False,
            )
            if not ok:
                return
            chosen = found[labels.index(item)]
        self._fill_place(chosen)

    def _fill_place(self, place: places.Candidate) -> None:
        self.latitude.setText(str(place.latitude))
        self.longitude.setText(str(place.longitude))
        self.touch("latitude")
        self.touch("longitude")
        if place.population and not self.population.text().strip():
            self.population.setText(str(place.population))
            self.touch("population")
        if place.admin1 and not self.subdivision.text().strip():
            self.subdivision.setText(place.admin1)
            self.touch("subdivision")
        self.place_note.setText(self.tr("From GeoNames: %1.").replace("%1", str(place.label())))


def _degrees(text: str) -> float | str | None:
    """'36.8468' -> 36.8468; '' -> None; anything else stays text for the error message."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text
