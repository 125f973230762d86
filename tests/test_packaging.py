"""The distribution: its name (not the package index's unrelated "timeline"), its one version, its licence."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import timeline

ROOT = Path(__file__).parent.parent
PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")

if sys.version_info >= (3, 11):
    import tomllib

    PROJECT = tomllib.loads(PYPROJECT)
else:  # pragma: no cover - Python 3.10 has no tomllib
    PROJECT = None

needs_tomllib = pytest.mark.skipif(PROJECT is None, reason="tomllib is Python 3.11+")


@needs_tomllib
def test_the_distribution_is_news_timeline_and_the_package_timeline() -> None:
    assert PROJECT is not None
    project = PROJECT["project"]
    assert project["name"] == "news-timeline"  # "timeline" on the package index is another project
    assert PROJECT["tool"]["setuptools"]["packages"][0] == "timeline"
    assert project["scripts"] == {"timeline": "timeline.__main__:main"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "**`news-timeline`**" in readme and "`import timeline`" in readme


@needs_tomllib
def test_the_version_has_one_source() -> None:
    assert PROJECT is not None
    assert "version" not in PROJECT["project"] and PROJECT["project"]["dynamic"] == ["version"]
    assert PROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "timeline.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", timeline.__version__)


def test_the_license_file_is_the_mit_license_pyproject_names() -> None:
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License\n\nCopyright (c) ")
    assert "Permission is hereby granted, free of charge" in license_text
    assert 'license = { text = "MIT" }' in PYPROJECT
