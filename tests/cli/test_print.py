"""`sister-cities print ... --pdf OUT.pdf`: the file a clerk gets, and one-line errors."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app import main
from tests.databases import cli_args
from tests.pdf_reading import page_texts, sample_partnership_id

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _qt(qapp):  # in-process runs reuse the test's application rather than making their own
    return qapp


def run(capsys, db, *args):
    code = main([*cli_args(db), "print", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_print_profile(sample_db, tmp_path, capsys):
    pid = sample_partnership_id(sample_db, "Chicago", "Moscow")
    out = tmp_path / "moscow.pdf"
    code, stdout, _ = run(
        capsys,
        sample_db,
        "profile",
        str(pid),
        "--as-of",
        "2022-03-02",
        "--pdf",
        str(out),
        "--paper",
        "A4",
        "--office",
        "Office of International Relations",
    )
    assert code == 0 and stdout.strip() == f"Wrote {out} (1 page, A4)."
    text = page_texts(out)[0]
    assert "Suspended since 1 March 2022 by Mayor Lori Lightfoot" in text
    assert text.startswith(
        "Office of International Relations Partnership profile: Chicago - Moscow"
    )


def test_print_list_with_filters_in_words(sample_db, tmp_path, capsys):
    out = tmp_path / "list.pdf"
    code, _, _ = run(
        capsys,
        sample_db,
        "list",
        "--country",
        "Russia",
        "--status",
        "suspended",
        "--as-of",
        "2022-03-02",
        "--pdf",
        str(out),
    )
    assert code == 0
    text = " ".join(page_texts(out))
    assert (
        "Selection: Partner country: Russia; Status: Suspended; Status as on 2 March 2022" in text
    )
    assert "1 partnership in 1 local community: 1 suspended." in text
    assert "Moscow" in text and "Kaliningrad" not in text


def test_print_briefing_for_a_period(sample_db, tmp_path, capsys):
    out = tmp_path / "briefing.pdf"
    code, _, _ = run(
        capsys,
        sample_db,
        "briefing",
        "--country",
        "RU",
        "--as-of",
        "2022-06-30",
        "--from",
        "2022-03-01",
        "--to",
        "2022-03-31",
        "--pdf",
        str(out),
    )
    assert code == 0
    text = " ".join(page_texts(out))
    assert "Decisions and positions, from 1 March 2022 to 31 March 2022" in text
    assert "Mayor Lori Lightfoot" in text and "Mayor Sam Liccardo" in text
    assert "Mayor Kenny Alexander Request" not in text  # 26 February: outside the period


def test_print_calendar(sample_db, tmp_path, capsys):
    out = tmp_path / "calendar.pdf"
    code, _, _ = run(capsys, sample_db, "calendar", "2020", "--pdf", str(out))
    assert code == 0
    assert "1 exchange in 2020: 1 canceled." in page_texts(out)[0]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["calendar", "20x", "--pdf", "x.pdf"], "is not a year"),
        (["profile", "7"], "the following arguments are required: --pdf"),
        (["list", "--country", "Atlantis", "--pdf", "x.pdf"], "Atlantis"),
        (
            ["briefing", "--from", "2022-05-01", "--to", "2022-04-01", "--pdf", "{tmp}/b.pdf"],
            "--to is before --from",
        ),
        (["profile", "9999", "--pdf", "{tmp}/p.pdf"], "There is no partnership number 9999"),
        (["list", "--pdf", "{tmp}/missing/l.pdf"], "does not exist"),
        (["list", "--pdf", "{tmp}/l.txt"], "does not end in .pdf"),
    ],
)
def test_wrong_arguments_give_one_line_and_no_file(sample_db, tmp_path, capsys, args, expected):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, _, err = run(capsys, sample_db, *args)
    assert code in (1, 2)
    assert expected in err and err.count("\n") == 1
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*.part"))


def test_printing_needs_no_display(sample_db, tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    out = tmp_path / "calendar.pdf"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            *cli_args(sample_db),
            "print",
            "calendar",
            "2020",
            "--pdf",
            str(out),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Exchange calendar 2020" in page_texts(out)[0]
