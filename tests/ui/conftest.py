"""The window's tests see what a clerk sees: the app's translations installed (English's
plural forms: "1 page", "2 pages"), and dates read day first unless a test says otherwise."""

import pytest
from PySide6.QtCore import QLocale

from desktop.ui.settings import translations


@pytest.fixture(autouse=True, scope="session")
def _translations(qapp):
    translator = translations.install(qapp, language="en")
    assert translator is not None, "desktop/resources/translations/sister_cities_en.qm is missing"
    yield
    translations.uninstall(qapp, translator)


@pytest.fixture(autouse=True)
def _a_day_first_locale():
    """Offices that write 28/02/2022 (the tests' dates); a test of the US order sets its own."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)
