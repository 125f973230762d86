"""``python -m timeline.bench``: the benchmark, at its old address.

The benchmark lives in `timeline.evaluation.bench` (see there for what it measures and its
options); this module runs its `main`.
"""

from __future__ import annotations

from .evaluation.bench import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
