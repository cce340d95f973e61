"""The import wizard driven as a clerk would: file, header row, mapping, preview with the
problems at their cells, then the import in the background."""

from datetime import date

import openpyxl
from PySide6.QtCore import Qt

from desktop.services import listing
from desktop.services.listing import RecordFilter
from desktop.settings import Settings
from desktop.ui.importing.import_preview_model import ERROR_BRUSH
from desktop.ui.importing.import_questions import ANSWER, NAME, OTHER
from desktop.ui.importing.import_wizard import ImportWizard
from tests.services.importing.office_lists import row_counts, write_office_workbook


def make_wizard(qtbot, db, tmp_path):
    wizard = ImportWizard(db=db, settings=Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_questions(qtbot, wizard, path, local_country="United States"):
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.sheet_page
    assert wizard.sheet_page.sheet_combo.currentText() == "Sister cities"
    wizard.sheet_page.header_spin.setValue(2)
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    if local_country is not None:
        page.defaults["local_country"].setText(local_country)
    wizard.next()
    assert wizard.currentPage() is wizard.questions_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30_000)
    return wizard.questions_page


def to_preview(qtbot, wizard, path, local_country="United States"):
    to_questions(qtbot, wizard, path, local_country)
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30_000)
    return wizard.preview_page


def find_row(model, partner):
    return next(r for r in range(model.rowCount()) if model.planned_row(r).values[2] == partner)


def test_import_the_office_list_valid_rows_only(qtbot, empty_db, tmp_path, monkeypatch):
    path = write_office_workbook(tmp_path / "office.xlsx")
    wizard = make_wizard(qtbot, empty_db, tmp_path)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    first_rows = wizard.sheet_page.first_rows
    assert first_rows.columnCount() == 6  # as wide as the data, not as the title line
    assert first_rows.item(1, 2).text() == "Sister city"
    wizard.sheet_page.header_spin.setValue(2)
    assert first_rows.item(1, 2).font().bold() and not first_rows.item(0, 0).font().bold()
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.combos["local_name"].currentText() == "City"
    assert mapping.combos["partner_name"].currentText() == "Sister city"
    assert mapping.combos["partner_country"].currentText() == "Country"
    assert mapping.combos["established"].currentText() == "Year"
    assert not mapping.isComplete()
    # The local country is asked, never taken from what the registry holds.
    assert mapping.defaults["local_country"].text() == ""
    assert mapping.error_label.text() == "Still needed: Local country"
    mapping.defaults["local_country"].setText("United States")
    assert mapping.isComplete()
    wizard.next()

    # Kaliningrad (the last row) looks like the Kalinigrad typed earlier: a question.
    questions = wizard.questions_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30_000)
    model = questions.model
    assert model.rowCount() == 1
    assert model.index(0, NAME).data() == "Kaliningrad, Russia"
    assert model.index(0, OTHER).data() == "Kalinigrad, Russia"
    assert model.index(0, ANSWER).data() == "Not answered: a community of its own"
    assert "look like other communities: 1. Not answered yet: 1." in (
        questions.summary_label.text()
    )
    questions.table.selectRow(0)
    questions.same_button.click()
    assert model.index(0, ANSWER).data() == "Same place"
    wizard.next()

    preview = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30_000)
    assert "<b>117</b> rows: <b>114</b> new, <b>1</b> matched" in preview.summary_label.text()
    assert "<b>2</b> rejected" in preview.summary_label.text()
    model = preview.model
    country = 2 + wizard.plan.headers.index("Country")
    tema = model.index(find_row(model, "Tema"), country)
    assert tema.data() == "Ghano"
    assert tema.data(Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert "Did you mean Ghana" in tema.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(find_row(model, "Tema"), 1).data() == "Rejected"
    second = model.index(find_row(model, "Kaliningrad"), 1)
    assert second.data() == "Matched"
    assert "The same pair as row" in second.data(Qt.ItemDataRole.ToolTipRole)
    preview.only_problems.setChecked(True)
    assert model.rowCount() == 2

    assert not preview.isComplete()  # all or nothing, with rejected rows: no Import
    assert "Some rows have problems" in preview.error_label.text()
    preview.valid_only.setChecked(True)
    assert preview.isComplete()
    wizard.next()
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.done, timeout=30_000)
    assert result.result_label.text().startswith(
        "Imported as batch 1: 114 new, 1 matched to existing records, 2 rejected"
    )
    assert row_counts(empty_db)["partnership"] == 114

    report = tmp_path / "office-import-report.xlsx"
    monkeypatch.setattr(
        "desktop.ui.importing.import_wizard.QFileDialog.getSaveFileName",
        lambda *args: (str(report), "Excel workbooks (*.xlsx)"),
    )
    result.report_button.click()
    rows = list(openpyxl.load_workbook(report)["Rows"].iter_rows(values_only=True))
    assert len(rows) == 1 + 117 and [r[1] for r in rows].count("Rejected") == 2

    result.undo_button.click()
    qtbot.waitUntil(lambda: result.undo_button.isHidden(), timeout=30_000)
    assert result.result_label.text() == (
        "Import undone: 300 records archived (they stay in the history)."
    )
    live = listing.partnerships(empty_db, RecordFilter(as_of=date.today()))
    assert live == []


def test_an_unsure_guess_must_be_confirmed(qtbot, empty_db, tmp_path):
    """'Country' before any name column could be either side's: marked, and asked."""
    path = tmp_path / "list.csv"
    path.write_text("Country,City,Sister city\nFrance,Lyon,Birmingham\n", encoding="utf-8")
    wizard = make_wizard(qtbot, empty_db, tmp_path)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    mapping = wizard.mapping_page
    assert mapping.combos["local_country"].currentText() == "Country"
    assert "Country: Local country" in mapping.unsure_note.text()
    assert mapping.confirm.isVisibleTo(mapping)
    mapping.defaults["partner_country"].setText("United Kingdom")
    assert not mapping.isComplete()
    mapping.confirm.setChecked(True)
    assert mapping.isComplete()


def test_a_renamed_file_is_stopped_on_the_first_page(qtbot, empty_db, tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"%PDF-1.4")
    wizard = make_wizard(qtbot, empty_db, tmp_path)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "is a PDF document, not a spreadsheet" in wizard.file_page.error_label.text()


def test_the_mapping_is_remembered_and_the_sample_list_matches(qtbot, sample_db, tmp_path):
    path = write_office_workbook(tmp_path / "office.xlsx")
    first = make_wizard(qtbot, sample_db, tmp_path)
    questions = to_questions(qtbot, first, path, local_country="US")
    # Kalinigrad, the articles' typo, and Dubna without its oblast (two Dubnas are known)
    assert questions.model.rowCount() == 2
    questions.table.selectAll()
    questions.same_button.click()
    first.next()
    preview = first.preview_page
    qtbot.waitUntil(lambda: first.plan is not None, timeout=30_000)
    assert "<b>0</b> new, <b>115</b> matched" in preview.summary_label.text()
    assert not preview.isComplete()  # nothing new to import
    before = row_counts(sample_db)

    again = make_wizard(qtbot, sample_db, tmp_path)
    again.file_page.path_edit.setText(str(path))
    again.next()
    again.sheet_page.header_spin.setValue(2)
    again.next()
    assert again.mapping_page.defaults["local_country"].text() == "US"
    assert row_counts(sample_db) == before


def test_every_label_with_an_alt_letter_has_its_field(qtbot, empty_db, tmp_path):
    """A label whose '&' has no buddy shows the '&' itself ('&File:')."""
    from PySide6.QtWidgets import QLabel

    wizard = make_wizard(qtbot, empty_db, tmp_path)
    for label in wizard.findChildren(QLabel):
        if "&" in label.text().replace("&&", "") and not label.text().startswith("<"):
            assert label.buddy() is not None, label.text()
    assert wizard.file_page.file_label.buddy() is wizard.file_page.path_edit


def test_the_last_page_has_no_cancel_and_a_failed_undo_says_the_import_stays(
    qtbot, empty_db, tmp_path
):
    from PySide6.QtWidgets import QWizard

    from desktop.services.importing.batches import undo_batch

    path = write_office_workbook(tmp_path / "office.xlsx")
    wizard = make_wizard(qtbot, empty_db, tmp_path)
    preview = to_preview(qtbot, wizard, path)
    preview.valid_only.setChecked(True)
    wizard.next()
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.done, timeout=30_000)
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    # Someone else undoes it first (the history window): this undo fails, the import
    # itself did happen and the label must not say otherwise.
    undo_batch(empty_db, wizard.result.batch_id)
    result.undo_button.click()
    qtbot.waitUntil(lambda: "undo failed" in result.result_label.text(), timeout=30_000)
    assert result.result_label.text().startswith(
        "The import stays; the undo failed: This import was already undone by"
    )
    assert "Nothing was imported" not in result.result_label.text()


def test_after_an_undo_the_preview_says_the_records_come_back(qtbot, empty_db, tmp_path):
    from desktop.services.importing.apply import apply_plan
    from desktop.services.importing.batches import undo_batch

    path = write_office_workbook(tmp_path / "office.xlsx")
    first = make_wizard(qtbot, empty_db, tmp_path)
    to_preview(qtbot, first, path)
    batch = apply_plan(empty_db, first.plan, valid_only=True)
    undo_batch(empty_db, batch.batch_id)

    wizard = make_wizard(qtbot, empty_db, tmp_path)
    preview = to_preview(qtbot, wizard, path)
    text = preview.summary_label.text()
    assert "<b>0</b> new" in text
    assert "<b>115</b> partnerships and <b>" in text and "the import restores them" in text
    model = preview.model
    assert model.index(find_row(model, "Toulon"), 1).data() == "Restored"
    preview.valid_only.setChecked(True)
    assert preview.isComplete()  # something to write: the restores


def test_an_encoding_chosen_on_the_first_page_reads_the_csv(qtbot, empty_db, tmp_path):
    """A list that reads two ways is refused with both readings on the sheet page; chosen
    on the first page, it is read as written."""
    path = tmp_path / "list.csv"
    path.write_bytes("City,Sister city,Country\nNorfolk,КАЛИНИНГРАД,Russia\n".encode("koi8_r"))
    wizard = make_wizard(qtbot, empty_db, tmp_path)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert "'КАЛИНИНГРАД' in KOI8-R (Russian)" in wizard.sheet_page.error_label.text()
    assert not wizard.sheet_page.validatePage()
    wizard.back()
    combo = wizard.file_page.encoding_combo
    combo.setCurrentIndex(combo.findText("KOI8-R (Russian)"))
    wizard.next()
    assert wizard.sheet_page.error_label.text() == ""
    assert wizard.sheet_page.first_rows.item(1, 1).text() == "КАЛИНИНГРАД"
    wizard.next()
    assert wizard.headers == ["City", "Sister city", "Country"]
