"""The docs' examples run: every ```python block of docs/**/*.md and README.md is executed (the
blocks of one page in order, sharing one namespace, from the repository root), and a ```text block
right after one is the output it must print.  `mkdocs build --strict` passes when mkdocs is there."""

from __future__ import annotations

import contextlib
import doctest
import importlib
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
PAGES = sorted(p for p in [ROOT / "README.md", *(ROOT / "docs").rglob("*.md")])
BLOCK = re.compile(r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```[ \t]*$", re.M | re.S)


def examples(page: Path) -> list[tuple[int, str, str | None]]:
    """(line, code, expected output or None) for each python block of ``page``."""
    text = page.read_text(encoding="utf-8")
    blocks = list(BLOCK.finditer(text))
    out = []
    for n, block in enumerate(blocks):
        if block.group("lang") != "python":
            continue
        expected = None
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        if (following is not None and following.group("lang") == "text"
                and not text[block.end() : following.start()].strip()):
            expected = following.group("body")
        out.append((text.count("\n", 0, block.start()) + 2, block.group("body"), expected))
    return out


RUN = [p for p in PAGES if examples(p)]


def test_the_docs_have_examples_with_outputs() -> None:
    counted = {p.relative_to(ROOT).as_posix(): sum(1 for *_, out in examples(p) if out is not None) for p in RUN}
    assert counted.get("docs/tutorial.md", 0) >= 4, counted
    assert sum(counted.values()) >= 10, counted


@pytest.mark.parametrize("page", RUN, ids=[p.relative_to(ROOT).as_posix() for p in RUN])
def test_page_examples_run_and_print_what_they_show(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for line, code, expected in examples(page):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(code, f"{page.name}:{line}", "exec"), namespace)
        if expected is not None:
            got = [ln.rstrip() for ln in printed.getvalue().rstrip("\n").splitlines()]
            assert got == [ln.rstrip() for ln in expected.rstrip("\n").splitlines()], f"{page.name}:{line}"


@pytest.mark.parametrize("module", ["timeline", "timeline._html", "timeline.strategies", "timeline.batch", "timeline.spacy"])
def test_docstring_examples(module: str) -> None:
    """The >>> examples of the docstrings (fenced as ```python so that the reference shows them as code)."""
    if module == "timeline.spacy":
        pytest.importorskip("spacy")
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 1 and result.failed == 0


def test_nav_lists_every_page() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r":\s*([\w/.-]+\.md)\s*$", config, re.M))
    pages = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")}
    assert listed == pages


MKDOCS = shutil.which("mkdocs", path=os.path.dirname(sys.executable)) or shutil.which("mkdocs")


@pytest.mark.skipif(MKDOCS is None, reason="mkdocs not installed (pip install -e '.[docs]')")
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    assert MKDOCS is not None
    done = subprocess.run([MKDOCS, "build", "--strict", "--site-dir", str(tmp_path / "site")], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    reference = (tmp_path / "site" / "reference" / "index.html").read_text(encoding="utf-8")
    assert "build_timeline" in reference and "render_html" in reference
    # The docstrings are Markdown (mkdocstrings renders no Sphinx roles): a raw role fails the build test.
    raw = {page.relative_to(tmp_path / "site").as_posix(): RAW_ROLE.findall(page.read_text(encoding="utf-8"))
           for page in (tmp_path / "site").rglob("*.html")}
    assert {page: found for page, found in raw.items() if found} == {}
    # and the cross-references of the docstrings are links.
    assert 'href="#timeline.TextTooLongError"' in reference


# A Sphinx role as the built HTML shows it unrendered (":class:<code>X</code>") or as it is written.
RAW_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|mod|data|exc|obj|const|ref|term|doc):(?:<code>|`)[^<`]*")

# The modules whose docstrings the API reference shows (docs/reference.md), and where they come from.
RENDERED = ["__init__", "_api", "_model", "_errors", "_values", "_html", "_batch", "batch", "timeml",
            "strategies", "spacy", "evaluation/__init__", "evaluation/evaluate", "evaluation/suite"]


def test_the_rendered_docstrings_have_no_sphinx_roles() -> None:
    found = {name: RAW_ROLE.findall((ROOT / "timeline" / f"{name}.py").read_text(encoding="utf-8"))
             for name in RENDERED}
    assert {name: roles for name, roles in found.items() if roles} == {}
    assert RAW_ROLE.findall("raises :class:`TextTooLongError`") and RAW_ROLE.findall(":func:<code>x</code>")
