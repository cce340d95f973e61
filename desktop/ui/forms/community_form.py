"""A community: name, kind, subdivision, country (by name or ISO code), population, and
who decides for its partnerships."""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import countries
from desktop.domain.enums import ActorType, CommunityKind
from desktop.domain.status import format_authority, parse_authority
from desktop.domain.validation import Problem
from desktop.services import communities, lookup
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
        self.load(None)

    def title(self) -> str:
        if self.record_id is None:
            return self.tr("New community")
        return self.tr("Community: %s") % (self.name.text() or self.record_id)

    def load(self, snapshot: dict[str, Any] | None) -> None:
        self.begin_load()
        data = snapshot or {}
        self.record_id = data.get("id")
        self.version = data.get("version")
        self.name.setText(data.get("name", ""))
        self.subdivision.setText(data.get("subdivision", ""))
        code = data.get("country")
        self.country.setText(countries.country_name(code) if code else "")
        self.community_kind.set_value(data.get("kind", CommunityKind.CITY))
        population = data.get("population")
        self.population.setText("" if population is None else str(population))
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
        if not any(check.isChecked() for check in self.authority.values()):
            problems.append(
                Problem("binding_actor_types", self.tr("Tick at least one: usually the council."))
            )
        return problems

    def fetch(self, record_id: int) -> dict[str, Any]:
        return lookup.community_record(self.db, record_id)

    def save(self, expected_version: int | None) -> int:
        values = self.value()
        if self.record_id is None:
            return communities.create_community(self.db, values).id
        authority = values.pop("binding_actor_types")
        changed_authority = authority != self._baseline.get("binding_actor_types")
        record = communities.update_community(self.db, self.record_id, values, expected_version)
        if changed_authority:
            # A separate use case: it also re-derives which recorded decisions bind.
            kinds = {ActorType(v) for v in authority.split(",") if v}
            communities.set_binding_authority(self.db, self.record_id, kinds)
        return record.id

    def archive(self) -> None:
        communities.archive_community(self.db, self.record_id)
