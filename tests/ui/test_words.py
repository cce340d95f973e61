"""One name for each field everywhere, and counted words in their right form (issue 15,
14): "How it developed" and "Coordinating organization" in the form, the workbook, the
import, the history and the profile; "1 page", "1 position", never "1 page(s)"."""

import re
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from desktop.reports.briefing_workbook import PARTNERSHIP_COLUMNS
from desktop.reports.documents.builders import build_briefing
from desktop.services.history import FIELD_NAMES
from desktop.services.importing.mapping import TARGETS
from desktop.services.listing import RecordFilter
from desktop.ui.forms.partnership_form import PartnershipForm
from desktop.ui.plurals import counted, plural
from desktop.ui.settings import translations

ROOT = Path(__file__).resolve().parents[2]
TS = translations.FOLDER / "sister_cities_en.ts"


def numerus_sources() -> set[str]:
    tree = ET.parse(TS)
    return {
        m.findtext("source")
        for context in tree.getroot()
        if context.findtext("name") == "Plurals"
        for m in context.iter("message")
        if m.get("numerus") == "yes"
    }


def test_every_counted_text_has_its_english_forms():
    used = set()
    for source in (ROOT / "desktop").rglob("*.py"):
        used |= set(re.findall(r'plural\(\s*"([^"]*%n[^"]*)"', source.read_text()))
    assert used and used <= numerus_sources(), used - numerus_sources()


def test_the_compiled_translations_are_those_of_the_source(tmp_path):
    compiled = tmp_path / "en.qm"
    lrelease = Path(__import__("PySide6").__file__).parent / "lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == (translations.FOLDER / "sister_cities_en.qm").read_bytes()


def test_counted_words_take_the_right_form(qapp):
    assert plural("Saved %1 (%n page(s)).", 1) == "Saved %1 (1 page)."
    assert plural("Saved %1 (%n page(s)).", 3) == "Saved %1 (3 pages)."
    assert counted("decisions", 1) == "1 decision"
    assert counted("communities", 2) == "2 communities"
    assert counted("partnerships", 1200) == "1,200 partnerships"


def test_one_name_for_each_field(qtbot, empty_db):
    form = PartnershipForm(empty_db)
    qtbot.addWidget(form)
    workbook = [c.header for c in PARTNERSHIP_COLUMNS(date(2022, 6, 1))]
    imported = {t.name: t.label for targets in TARGETS.values() for t in targets}
    for field, name in (
        ("origin", "How it developed"),
        ("coordinating_organization", "Coordinating organization"),
    ):
        assert form._fields[field].accessibleName() == name
        assert name in workbook
        assert FIELD_NAMES.get(field, field.replace("_", " ").capitalize()) == name
    assert imported["coordinating_organization"] == "Coordinating organization"


def test_the_memo_counts_one_position(sample_db):
    memo = build_briefing(sample_db, RecordFilter(as_of=date(2022, 6, 1), local="Roanoke"))
    assert "and 1 position (requests" in memo.html
