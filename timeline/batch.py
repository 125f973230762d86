"""Timelines for a whole archive of JSON Lines, on this machine or on a Dask cluster.

``python -m timeline batch INPUT.jsonl --out OUT.jsonl --jobs N`` runs :func:`run_batch`.
:func:`process_line` is the same work for one input line, for any runner of your own::

    import dask.bag as db
    from timeline.batch import process_line

    db.read_text("archive-*.jsonl").map(process_line).to_textfiles("out/*.jsonl")

See ``docs/archive.md`` for the input and output lines and the Dask recipe.
"""

from __future__ import annotations

from ._batch import BatchSummary, ResumeError, process_line, record, run_batch

__all__ = ["BatchSummary", "ResumeError", "process_line", "record", "run_batch"]
