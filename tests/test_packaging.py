"""Installable by name: the sdist and wheel `python -m build` makes carry the migrations and
the metadata of a published tool, and install and run in a fresh virtualenv."""

from __future__ import annotations

import email
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tracker import __version__

ROOT = Path(__file__).resolve().parent.parent


DISTRIBUTION = "commitment-tracker"  # `tracker` on the package index is someone else's


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """`python -m build`: the sdist and the wheel, as they would be published."""
    tmp_path = tmp_path_factory.mktemp("build")
    # Built from a copy: an in-tree build would leave build/ behind, whose stale files
    # later builds would ship.
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, symlinks=True, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", "*.db*"))
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(tmp_path / "dist"), str(source)],
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    [wheel] = (tmp_path / "dist").glob("commitment_tracker-*.whl")
    [sdist] = (tmp_path / "dist").glob("commitment_tracker-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


@pytest.mark.slow
def test_wheel_ships_the_migrations_and_the_metadata(built: dict[str, Path]) -> None:
    wheel = zipfile.ZipFile(built["wheel"])
    names = set(wheel.namelist())
    expected = {"tracker/storage/migrations/env.py", "tracker/storage/migrations/script.py.mako", "tracker/__main__.py"}
    expected |= {f"tracker/storage/migrations/versions/{p.name}" for p in (ROOT / "tracker/storage/migrations/versions").glob("*.py")}
    assert expected <= names
    assert "tracker/cli/app.py" in names and any(n.startswith("tracker/extract/data/") for n in names)
    assert not any(n.startswith("migrations/") for n in names)  # only inside the package
    [meta] = [n for n in names if n.endswith(".dist-info/METADATA")]
    metadata = email.message_from_bytes(wheel.read(meta))
    assert metadata["Name"] == DISTRIBUTION and metadata["Version"] == __version__
    assert metadata["License-Expression"] == "MIT"
    assert "Programming Language :: Python :: 3.11" in metadata.get_all("Classifier")
    assert {"web", "postgres"} <= set(metadata.get_all("Provides-Extra"))
    assert metadata.get_payload().startswith("# tracker")  # the README is the long description
    with tarfile.open(built["sdist"]) as sdist:
        inside = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    assert {"LICENSE", "README.md", "pyproject.toml", "tracker/storage/migrations/versions/0001_initial.py"} <= inside


@pytest.mark.slow
def test_the_wheel_installs_and_runs_in_a_fresh_virtualenv(built: dict[str, Path], tmp_path: Path) -> None:
    """What a new user does: a new virtualenv, the wheel (its dependencies from the index), the seed loop."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    done = subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", str(built["wheel"])],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    env = {k: v for k, v in os.environ.items() if k not in ("TRACKER_DATABASE_URL", "VIRTUAL_ENV", "PYTHONPATH")}
    work = tmp_path / "work"
    work.mkdir()

    def run(*args: str) -> str:
        result = subprocess.run(args, capture_output=True, text=True, cwd=work, env=env)
        assert result.returncode == 0, result.stderr
        return result.stdout

    tracker, python = str(venv / "bin" / "tracker"), str(venv / "bin" / "python")
    assert run(tracker, "--version") == run(python, "-m", "tracker", "--version") == f"tracker {__version__}\n"
    assert run(python, "-c", "import tracker; print(tracker.__file__)").startswith(str(venv))  # not the checkout
    assert run(tracker, "ingest", str(ROOT / "seeds")).startswith("Read 1 document: 1 new, 0 already known; ")
    assert json.loads(run(tracker, "list", "--actor", "France", "--format", "json"))
    assert "France" in run(python, "-m", "tracker", "list")


def test_top_level_migrations_points_into_the_package() -> None:
    assert (ROOT / "migrations").resolve() == (ROOT / "tracker" / "storage" / "migrations").resolve()
    assert (ROOT / "migrations" / "env.py").is_file() and (ROOT / "migrations" / "versions").is_dir()


def test_console_script_runs_the_main_job_from_another_folder(tmp_path: Path) -> None:
    """The README's first command, with the installed `tracker` script, away from the repository."""
    script = Path(sys.executable).with_name("tracker")
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DATABASE_URL"}

    def tracker(*args: str) -> str:
        done = subprocess.run([str(script), *args], capture_output=True, text=True, cwd=tmp_path, env=env)
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert tracker("ingest", str(ROOT / "seeds")).startswith("Read 1 document: 1 new, 0 already known; ")
    assert (tmp_path / "tracker.db").is_file()
    assert json.loads(tracker("list", "--actor", "France", "--format", "json"))
