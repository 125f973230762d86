"""Timelines for a whole archive of JSON Lines, on this machine or on a Dask cluster.

``python -m timeline batch INPUT.jsonl --out OUT.jsonl --jobs N`` runs [`run_batch`][timeline.batch.run_batch].
[`process_line`][timeline.batch.process_line] is the same work for one input line, for any runner of your own:

```python
>>> from timeline.batch import process_line
>>> process_line('{"id": 7, "text": "He left.", "dateline": "31/01/2023"}')[:52]
'{"id":7,"error":{"type":"InvalidDatelineError","mess'
>>> import json
>>> record = json.loads(process_line('{"text": "He left on Monday.", "dateline": "2023-01-31"}'))
>>> [x["value"] for x in record["timeline"]["expressions"]]
['2023-01-30']

```

On Dask: ``dask.bag.read_text("archive/*.jsonl").map(process_line).to_textfiles(...)``; see
``docs/howto/archive.md`` for the input and output lines and the whole recipe.
"""

from __future__ import annotations

from ._batch import BatchSummary, ResumeError, process_line, record, run_batch

__all__ = ["BatchSummary", "ResumeError", "process_line", "record", "run_batch"]
