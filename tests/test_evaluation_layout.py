"""The measuring tools live apart: timeline/evaluation/ is never imported by the library's core, and
the old command lines (python -m timeline.evaluate, python -m timeline.bench) still run."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import timeline
import timeline.evaluate
import timeline.evaluation.evaluate

PACKAGE = Path(timeline.__file__).parent
# The two modules that keep the old command lines, each a shim over timeline.evaluation.
SHIMS = {"evaluate.py", "bench.py"}


def _imported(path: Path) -> set[str]:
    """The absolute names of the modules ``path`` imports (relative imports resolved in ``timeline``)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "timeline" if node.level == 1 else "" if node.level == 0 else "<above>"
            module = ".".join(p for p in (base, node.module or "") if p)
            names.add(module)
            names.update(f"{module}.{a.name}" for a in node.names)
    return names


def test_core_modules_never_import_the_evaluation_package() -> None:
    core = [p for p in sorted(PACKAGE.glob("*.py")) if p.name not in SHIMS]
    assert len(core) > 20 and (PACKAGE / "_api.py") in core
    offenders = {
        p.name: sorted(n for n in _imported(p) if n.startswith(("timeline.evaluation", "timeline.evaluate", "timeline.bench")))
        for p in core
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_shims_import_only_the_evaluation_package() -> None:
    for name in SHIMS:
        local = {n for n in _imported(PACKAGE / name) if n.startswith("timeline.")}
        assert local and all(n.startswith("timeline.evaluation") for n in local), (name, local)


def test_building_a_timeline_loads_no_evaluation_module() -> None:
    code = ("import sys, timeline; timeline.build_timeline('He resigned on Monday.', '2023-01-31'); "
            "print(sorted(m for m in sys.modules if m.startswith(('timeline.evaluat', 'timeline.bench'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_old_import_path_reexports_the_moved_names() -> None:
    assert timeline.evaluate.__all__ == timeline.evaluation.evaluate.__all__
    for name in timeline.evaluate.__all__:
        assert getattr(timeline.evaluate, name) is getattr(timeline.evaluation.evaluate, name)


def test_old_command_lines_run() -> None:
    for module, prog in (("timeline.evaluate", "python -m timeline.evaluate"), ("timeline.bench", "python -m timeline.bench")):
        done = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith(f"usage: {prog}")
        assert "RuntimeWarning" not in done.stderr
