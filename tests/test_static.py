"""Static checks run with the tests, so that CI keeps them: ``mypy --strict`` on the package
(settings in pyproject.toml) and ``ruff check`` on the repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_strict_is_clean() -> None:
    api = pytest.importorskip("mypy.api")
    stdout, stderr, status = api.run(["--strict", "--no-incremental", str(ROOT / "timeline")])
    assert status == 0, stdout + stderr
    assert "Success: no issues found" in stdout


def test_ruff_is_clean() -> None:
    pytest.importorskip("ruff")
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    result = subprocess.run([ruff, "check", str(ROOT)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
