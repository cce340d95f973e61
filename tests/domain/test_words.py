"""The words below ui/ (domain/words.py): English as written until the window hands over
Qt's translate, and placeholders filled the way Qt's arg() fills them."""

from desktop.domain.words import counted, fill


def test_an_argument_holding_a_placeholder_is_left_as_it_is():
    url = "postgresql+psycopg://clerk@:5432/registry?host=%2Ftmp%2Fpg"
    said = fill("The database %1 is busy: %2", url, "Ann is writing")
    assert said == f"The database {url} is busy: Ann is writing"


def test_counted_words_in_english_without_qt():
    assert counted("%n position(s)", 1) == "1 position"
    assert counted("%n position(s)", 2) == "2 positions"
    assert counted("%n community(ies)", 1200) == "1,200 communities"
