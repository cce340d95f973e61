"""Lists saved in East Asian and Cyrillic code pages: read as written, or refused with the
readings side by side until the clerk says which; never stored as garbage. (Shift-JIS,
GB18030 and KOI8-R fell through to Windows-1252: 長崎 was stored as "’·?è".)"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import build_parser
from desktop.services.importing.apply import apply_plan
from desktop.services.importing.encodings import CHOICES
from desktop.services.importing.headers import guess_mapping
from desktop.services.importing.plan import plan_file
from desktop.services.importing.reading import ImportFileError, peek, read_table
from tests.databases import outside_connection

LISTS = {
    "cp932": ("Shift-JIS", [("長崎", "Japan"), ("大阪", "Japan"), ("さいたま市", "Japan")]),
    "gb18030": ("GB18030", [("杭州", "China"), ("上海市", "China")]),
    "big5": ("Big5", [("臺北市", "Taiwan"), ("高雄", "Taiwan")]),
    "koi8_r": ("KOI8-R", [("Калининград", "Russia"), ("Псков", "Russia")]),
    "cp1251": ("Windows-1251", [("Калининград", "Russia"), ("Екатеринбург", "Russia")]),
    "cp1252": ("Windows-1252", [("Besançon", "France"), ("Tromsø", "Norway")]),
}


def write_list(path, codec: str, pairs: list[tuple[str, str]], local: str = "Norfolk"):
    lines = ["City,State,Sister city,Country"]
    lines += [f"{local},Virginia,{name},{country}" for name, country in pairs]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(codec))
    return path


@pytest.mark.parametrize("codec", list(LISTS))
def test_a_list_in_an_office_code_page_is_read_as_written(tmp_path, codec):
    label, pairs = LISTS[codec]
    path = write_list(tmp_path / "list.csv", codec, pairs)
    table = read_table(path)
    assert [values[2] for _, values in table.rows] == [name for name, _ in pairs]
    assert table.encoding == label
    assert [row[2] for row in peek(path)[1:]] == [name for name, _ in pairs]


def test_a_shift_jis_list_is_stored_as_written(sample_db, tmp_path):
    path = write_list(tmp_path / "list.csv", "cp932", LISTS["cp932"][1])
    mapping = guess_mapping(read_table(path, limit=1).headers, defaults={"local_country": "US"})
    result = apply_plan(sample_db, plan_file(sample_db, path, mapping=mapping))
    assert result.new == 3
    with outside_connection(sample_db) as con:
        names = set(con.exec_driver_sql("SELECT name FROM community").scalars())
    assert {"長崎", "大阪", "さいたま市"} <= names


def test_a_list_that_reads_two_ways_is_refused_until_the_clerk_says_which(tmp_path):
    """Capitals in KOI8-R read as small letters in Windows-1251: both look like words."""
    path = write_list(tmp_path / "list.csv", "koi8_r", [("КАЛИНИНГРАД", "Russia")])
    with pytest.raises(ImportFileError) as refused:
        read_table(path)
    assert str(refused.value) == (
        "list.csv is not written in UTF-8, and its encoding cannot be told for certain: line "
        "2 reads 'лбмйойозтбд' in Windows-1251 (Cyrillic); 'КАЛИНИНГРАД' in KOI8-R (Russian). "
        "Choose the encoding (the import's Encoding box, or --encoding), or save the file "
        "again as 'CSV UTF-8'."
    )
    for named in ("KOI8-R", "koi8_r", "KOI8-R (Russian)"):
        assert read_table(path, encoding=named).rows[0][1][2] == "КАЛИНИНГРАД"


def test_a_list_in_an_encoding_not_told_apart_is_refused_and_read_when_chosen(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("City,Sister city,Country\nNorfolk,Αθήνα,Greece\n".encode("cp1253"))
    with pytest.raises(ImportFileError, match="does not read as names in any of the encodings"):
        read_table(path)
    assert read_table(path, encoding="cp1253").rows[0][1][1] == "Αθήνα"


def test_a_line_not_in_the_chosen_encoding_is_refused_at_that_line(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(
        "City,Sister city,Country\nNorfolk,長崎,Japan\n".encode("cp932")
        + b"Norfolk,\x82\x20bad,Japan\n"
    )
    with pytest.raises(ImportFileError) as refused:
        read_table(path, encoding="Shift-JIS")
    assert str(refused.value) == (
        "Line 3 of list.csv cannot be read as Shift-JIS like the lines before it. Choose "
        "another encoding, or save the file again as 'CSV UTF-8'."
    )


def test_an_encoding_nobody_knows_is_a_plain_message(tmp_path):
    path = write_list(tmp_path / "list.csv", "utf-8", [("Lyon", "France")])
    with pytest.raises(ImportFileError, match="'klingon' is not an encoding I know; choose one"):
        read_table(path, encoding="klingon")


def test_the_command_line_takes_an_encoding():
    args = build_parser().parse_args(["import", "list.csv", "--encoding", "shift-jis"])
    assert args.encoding == "shift-jis"
    assert build_parser().parse_args(["import", "list.csv"]).encoding is None


# --- Names of each script come back as written, or the file is refused -------------------

CYRILLIC_CAPITALS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"
CYRILLIC_SMALL = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
cyrillic_name = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(CYRILLIC_CAPITALS),
    st.text(alphabet=CYRILLIC_SMALL, min_size=3, max_size=11),
).filter(lambda w: any(ch in "аеиоуыэюя" for ch in w))


@settings(max_examples=80, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(cyrillic_name, min_size=1, max_size=5), st.sampled_from(["cp1251", "koi8_r"]))
def test_russian_names_are_read_as_written_or_refused(tmp_path, names, codec):
    """Small KOI8-R letters are GB2312's common characters, byte for byte: 'Москва' alone
    reads as three Chinese characters too, and is asked; never read as them."""
    path = write_list(tmp_path / "list.csv", codec, [(n, "Russia") for n in names])
    try:
        table = read_table(path)
    except ImportFileError as exc:
        assert "Choose" in str(exc)
    else:
        assert [values[2] for _, values in table.rows] == names


KANA = [chr(c) for c in range(0x3042, 0x3094)]  # hiragana
COMMON_KANJI = "東京大阪京都長崎神戸横浜札幌仙台広島福岡名古屋市町村県山川田中島本北南西"


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.text(alphabet=KANA + list(COMMON_KANJI), min_size=1, max_size=6), min_size=1, max_size=4
    )
)
def test_japanese_names_are_read_as_written_or_refused(tmp_path, names):
    """Never read as something else: a file that could be another encoding is asked."""
    path = write_list(tmp_path / "list.csv", "cp932", [(n, "Japan") for n in names])
    try:
        table = read_table(path)
    except ImportFileError as exc:
        assert "Choose" in str(exc)
    else:
        assert [values[2] for _, values in table.rows] == names


def test_every_choice_offered_is_an_encoding_python_reads():
    for label, codec in CHOICES.items():
        assert "x".encode(codec), label
