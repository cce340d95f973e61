"""The wheel and sdist `python -m build` makes from a clean clone (the wheel is built from
the sdist, so both must carry every resource), installed with pip into a new virtual
environment, away from the source, and used as a clerk's workstation would. About two
minutes, most of it pip installing Qt (from pip's cache when it has it)."""

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from desktop import __version__
from tests.packaging.installed_app import Workstation, check_commands, check_window

pytestmark = pytest.mark.slow

# Files the app reads at run time besides its modules (one of each kind is enough to show
# the package data's patterns hold).
RESOURCES = [
    "desktop/resources/sample/lists.json",
    "desktop/resources/sample/stories.json",
    "desktop/resources/icons/sister-city-registry.svg",
    "desktop/resources/icons/sister-city-registry-48.png",
    "desktop/resources/sister-city-registry.desktop",
    "desktop/resources/help/guide.en.html",
    "desktop/resources/translations/sister_cities_en.qm",
    "desktop/resources/translations/sister_cities_de.qm",
    "desktop/resources/map/countries-110m.json",
    "desktop/resources/map/ATTRIBUTION.txt",
    "desktop/store/alembic.ini",
    "desktop/store/migrations/env.py",
    "desktop/store/migrations/script.py.mako",
    "desktop/store/migrations/versions/0001_records.py",
]


@pytest.fixture(scope="module")
def built(clean_clone, tmp_path_factory) -> dict[str, Path]:
    dist = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", dist, clean_clone],
        check=True,
        capture_output=True,
        timeout=900,
    )
    (wheel,) = dist.glob(f"sister_city_registry-{__version__}-py3-none-any.whl")
    (sdist,) = dist.glob(f"sister_city_registry-{__version__}.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def test_wheel_and_sdist_carry_every_resource(built):
    in_wheel = set(zipfile.ZipFile(built["wheel"]).namelist())
    prefix = f"sister_city_registry-{__version__}/"
    with tarfile.open(built["sdist"]) as tar:
        in_sdist = {name.removeprefix(prefix) for name in tar.getnames()}
    for name in RESOURCES:
        assert name in in_wheel, f"{name} is not in the wheel"
        assert name in in_sdist, f"{name} is not in the sdist"


def test_the_wheel_installed_in_a_new_environment_works(built, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", built["wheel"]],
        check=True,
        timeout=900,
    )
    command = [str(venv / "bin" / "sister-cities")]
    station = Workstation.new(tmp_path / "workstation")
    check_commands(command, station, tmp_path)
    check_window(command, station)
