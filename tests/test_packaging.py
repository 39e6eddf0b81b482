"""An installed (non-editable) tracker carries its migrations."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_ships_the_migrations(tmp_path: Path) -> None:
    # Built from a copy: an in-tree build would leave build/ behind, whose stale files
    # later builds would ship.
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, symlinks=True, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", "*.db*"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(source)],
        check=True, capture_output=True, cwd=tmp_path,
    )
    [wheel] = tmp_path.glob("tracker-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"tracker/storage/migrations/env.py", "tracker/storage/migrations/script.py.mako"}
    expected |= {f"tracker/storage/migrations/versions/{p.name}" for p in (ROOT / "tracker/storage/migrations/versions").glob("*.py")}
    assert expected <= names
    assert "tracker/cli/app.py" in names and any(n.startswith("tracker/extract/data/") for n in names)
    assert not any(n.startswith("migrations/") for n in names)  # only inside the package


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
