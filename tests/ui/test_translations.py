"""The app in another language (issue 18): every text a clerk reads can be collected by
pyside6-lupdate and is translated into German; the German window shows German words,
dates and numbers, and no label or button is cut short by the longer words."""

import ast
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget

from desktop.domain.dates import format_day
from desktop.domain.enums import PartnershipKind, Status
from desktop.domain.validation import check_partnership
from desktop.settings import LANGUAGE, Settings
from desktop.ui.plurals import counted, plural
from desktop.ui.settings import translations

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("ts_tools", ROOT / "packaging" / "translations.py")
ts_tools = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ts_tools)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (context.findtext("name") or "", m.findtext("source")): m
        for context in tree.getroot()
        for m in context.iter("message")
    }


def test_every_shown_text_is_in_the_translations_and_finished_in_german(tmp_path):
    fresh = tmp_path / "fresh.ts"
    ts_tools.collect(fresh)
    found = messages(fresh)
    assert len(found) > 800  # the whole app, not a part of it
    for language in ts_tools.LANGUAGES:
        kept = messages(ts_tools.ts_file(language))
        missing = sorted(set(found) - set(kept))
        assert not missing, f"run `python3 dev.py strings`: {missing[:10]}"
        numerus = {k for k, m in found.items() if m.get("numerus") == "yes"}
        assert numerus <= {k for k, m in kept.items() if m.get("numerus") == "yes"}
    unfinished = []
    for key, m in messages(ts_tools.ts_file("de")).items():
        t = m.find("translation")
        forms = [f.text or "" for f in t.iter("numerusform")] or [t.text or ""]
        if t.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            unfinished.append(key)
            continue
        wanted = set(re.findall(r"%\d", key[1]))
        unfinished += [key for form in forms if set(re.findall(r"%\d", form)) != wanted]
    assert not unfinished, unfinished[:10]


def test_the_compiled_translations_are_those_of_the_sources(tmp_path):
    for language in ts_tools.LANGUAGES:
        compiled = tmp_path / f"{language}.qm"
        source = ts_tools.ts_file(language)
        subprocess.run(
            [str(ts_tools.tool("lrelease")), "-silent", str(source), "-qm", str(compiled)],
            check=True,
        )
        assert compiled.read_bytes() == source.with_suffix(".qm").read_bytes(), language


def _shown_texts_reach_translation_whole(path: Path) -> list[str]:
    """Calls lupdate cannot read: another object's tr() (its context is the caller's
    class, not that object's), and a text built before it is translated."""
    wrong = []
    for node in ast.walk(ast.parse(path.read_text())):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr == "tr":
            if not (isinstance(f.value, ast.Name) and f.value.id == "self"):
                wrong.append(f"{path.name}:{node.lineno} {ast.unparse(f.value)}.tr()")
            text = node.args[0]
        elif (isinstance(f, ast.Name) and f.id == "translate") or (
            isinstance(f, ast.Attribute)
            and f.attr == "translate"
            and ast.unparse(f.value) == "QCoreApplication"
        ):
            text = node.args[1] if len(node.args) > 1 else None
        else:
            continue
        if isinstance(text, ast.JoinedStr | ast.BinOp) or (
            isinstance(text, ast.Call) and getattr(text.func, "attr", "") == "format"
        ):
            wrong.append(f"{path.name}:{node.lineno} {ast.unparse(text)[:60]}")
    return wrong


def test_texts_reach_translation_whole_and_domain_needs_no_qt():
    wrong = [w for p in ts_tools.sources() for w in _shown_texts_reach_translation_whole(p)]
    assert not wrong, wrong
    for path in (ROOT / "desktop" / "domain").rglob("*.py"):
        assert "PySide6" not in path.read_text(), path


def test_every_counted_text_is_collected_as_one(tmp_path):
    used = set()
    for source in ts_tools.sources():
        for node in ast.walk(ast.parse(source.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("plural", "counted")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and "%n" in str(node.args[0].value)
            ):
                used.add(node.args[0].value)
    kept = messages(ts_tools.ts_file("de"))
    declared = {s for (c, s), m in kept.items() if c == "Plurals" and m.get("numerus") == "yes"}
    assert used and used <= declared, used - declared
    # English's own forms ('1 page', '2 pages'), else Qt shows '1 page(s)'
    english = messages(ts_tools.ts_file("en"))
    for (_context, source), m in english.items():
        if m.get("numerus") == "yes":
            forms = [f.text for f in m.iter("numerusform")]
            assert len(forms) == 2 and all(forms), source


@pytest.fixture
def installed(qapp):
    """Installs a language for one test; English again afterwards (the English translator
    installed for every window test stays, under the ones installed here)."""
    before = set(qapp.findChildren(QTranslator))
    yield lambda language=None: translations.install(qapp, language=language)
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.setParent(None)


@pytest.fixture
def german(installed):
    """The app as a clerk in Germany sees it."""
    assert installed("de") is not None


def test_the_language_is_the_settings_else_the_computers():
    assert translations.chosen_language("", QLocale("de_AT")) == "de"
    assert translations.chosen_language("", QLocale("fr_FR")) == "en"  # none in French yet
    assert translations.chosen_language("en", QLocale("de_DE")) == "en"
    assert translations.chosen_language("de", QLocale("en_US")) == "de"


def test_edit_settings_chooses_the_language_for_the_next_start(installed, qtbot):
    from desktop.ui.settings.settings_dialog import SettingsDialog

    settings = Settings()  # the tests' own file ($SISTER_CITIES_SETTINGS)
    dialog = SettingsDialog(settings, None)
    qtbot.addWidget(dialog)
    language = dialog.dates.language
    language.setCurrentIndex(language.findText("Deutsch"))
    dialog.accept()
    assert Settings().get(LANGUAGE) == "de"
    assert installed() is not None  # as the window's start does: the setting read
    assert PartnershipKind.SISTER_CITY.label == "Partnerstadt"
    assert QLocale().toString(1234) == "1.234"


def test_the_app_speaks_german(german):
    assert plural("Saved %1 (%n page(s)).", 1) == "%1 gespeichert (1 Seite)."
    assert counted("partnerships", 1200) == "1.200 Partnerschaften"
    assert PartnershipKind.SISTER_CITY.label == "Partnerstadt"
    assert Status.parse("Suspended") is Status.SUSPENDED  # English lists still import
    assert Status.parse("Ruhend") is Status.SUSPENDED
    assert format_day(date(2022, 3, 1)) == "1. März 2022"
    problems = check_partnership(local_id=1, partner_id=1)
    assert [p.message for p in problems] == [
        "Eine Kommune kann keine Partnerschaft mit sich selbst eingehen."
    ]


def test_an_unexpected_error_is_told_in_german(german, monkeypatch, tmp_path):
    """The message the window shows for an error nobody expected (launch's exception hook)
    is in the clerk's language, with the error and the log's place filled in."""
    import sys

    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.window.launch import install_exception_hook

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    told = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: told.append(a[1:3]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_hook()
    try:
        raise RuntimeError("der Drucker brennt")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    title, text = told[0]
    assert title == "Städtepartnerschaftsregister"
    assert text.startswith("Etwas ist schiefgegangen: der Drucker brennt\n\n")
    assert "Jedes Speichern geschieht ganz oder gar nicht" in text
    log = text.split("Die Einzelheiten wurden in ")[1].split(" geschrieben;")[0]
    assert "der Drucker brennt" in Path(log).read_text(encoding="utf-8")


def test_english_again_after_german(qapp):
    assert PartnershipKind.SISTER_CITY.label == "Sister city"
    assert format_day(date(2022, 3, 1)) == "1 March 2022"


# --- clipped words ----------------------------------------------------------------------


def clipped(top: QWidget) -> list[str]:
    """Labels and buttons narrower than their text: a German word cut off. Labels that
    wrap or elide on purpose (ElidedLabel) give way by design."""
    QApplication.processEvents()
    cut = []
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top) or w.width() <= 0:
            continue
        if isinstance(w, QLabel):
            if w.wordWrap() or not w.text() or type(w).__name__ == "ElidedLabel":
                continue
        elif not isinstance(w, QAbstractButton) or not w.text():
            continue
        needed = w.sizeHint().width()
        if isinstance(w, QPushButton):  # its hint has the style's least width (80 px)
            needed = w.fontMetrics().horizontalAdvance(w.text().replace("&", "")) + 8
        if needed > w.width():
            cut.append(f"{type(w).__name__} {w.text()!r}: {needed} > {w.width()}")
    return cut


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(50)
    return widget


def test_no_german_word_is_cut_in_the_main_window(german, qtbot, sample_db, tmp_path):
    from desktop.ui.window.main_window import MainWindow

    window = _shown(qtbot, MainWindow(db=sample_db, settings=Settings(tmp_path / "s.ini")))
    assert window.menuBar().actions()[0].text() == "&Datei"
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert not clipped(window), (window.tabs.tabText(index), clipped(window))


def test_no_german_word_is_cut_in_the_partnership_form(german, qtbot, sample_db):
    from desktop.ui.forms.dialogs import open_partnership
    from tests.pdf_reading import sample_partnership_id

    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    dialog = _shown(qtbot, open_partnership(None, sample_db, pid))
    assert "Partnerschaft" in dialog.windowTitle()
    assert not clipped(dialog)
    new = _shown(qtbot, open_partnership(None, sample_db, None))
    assert not clipped(new)


def test_no_german_word_is_cut_in_the_import_wizard(german, qtbot, sample_db, tmp_path):
    from desktop.ui.importing.import_wizard import ImportWizard
    from tests.services.importing.office_lists import write_office_workbook

    wizard = _shown(qtbot, ImportWizard(db=sample_db, settings=Settings(tmp_path / "s.ini")))
    assert wizard.file_page.title() == "Welche Liste?"
    assert not clipped(wizard)
    wizard.file_page.path_edit.setText(str(write_office_workbook(tmp_path / "office.xlsx")))
    wizard.next()
    wizard.sheet_page.header_spin.setValue(2)
    assert wizard.currentPage() is wizard.sheet_page and not clipped(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.title() == "Welche Spalte ist welche?"
    assert not clipped(wizard)


def test_the_check_sees_a_cut_word(qtbot):
    box = QWidget()
    label = QLabel("Städtepartnerschaftsregister", box)
    label.setFixedWidth(60)
    _shown(qtbot, box)
    assert clipped(box) == [
        f"QLabel 'Städtepartnerschaftsregister': {label.sizeHint().width()} > 60"
    ]


def test_no_german_word_is_cut_in_the_settings(german, qtbot, tmp_path):
    from desktop.ui.settings.settings_dialog import SettingsDialog

    dialog = _shown(qtbot, SettingsDialog(Settings(tmp_path / "s.ini"), tmp_path / "r.sqlite"))
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert not clipped(dialog), (dialog.tabs.tabText(index), clipped(dialog))


def test_no_german_word_is_cut_in_the_other_forms(german, qtbot, sample_db):
    from desktop.ui.forms.dialogs import open_community, open_decision, open_exchange
    from tests.pdf_reading import sample_partnership_id

    pid = sample_partnership_id(sample_db, "Norfolk", "Kaliningrad")
    for dialog in (
        open_community(None, sample_db, None),
        open_exchange(None, sample_db, None, pid),
        open_decision(None, sample_db, None, pid),
    ):
        _shown(qtbot, dialog)
        assert not clipped(dialog), (dialog.windowTitle(), clipped(dialog))


def test_no_german_word_is_cut_in_the_registry_dialogs(german, qtbot, sample_db, tmp_path):
    from desktop.ui.forms.duplicates_dialog import DuplicatesDialog
    from desktop.ui.importing.import_history import ImportHistoryDialog
    from desktop.ui.safekeeping.restore_dialog import RestoreDialog

    settings = Settings(tmp_path / "s.ini")
    for dialog in (
        DuplicatesDialog(db=sample_db),
        ImportHistoryDialog(db=sample_db),
        RestoreDialog(tmp_path / "r.sqlite", settings),
    ):
        _shown(qtbot, dialog)
        assert not clipped(dialog), (dialog.windowTitle(), clipped(dialog))
