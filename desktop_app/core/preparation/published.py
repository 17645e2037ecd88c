"""The file to publish, read back from its bytes: how many rows it holds, whether it conforms.

The Publication page's preview says both from the very bytes that will be sent (the
Preparation's ``publishable_bytes``, privacy decisions applied), re-read and validated as
data.gouv.fr will receive them — never from the table they were written from, which may
still hold rows a privacy decision removes. Reading a large file back takes seconds: it
runs off the window's thread.
"""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.core.preparation.preparation import Preparation
from desktop_app.core.tasks import CancelToken, ProgressFn
from desktop_app.core.validation.engine import TableCheck, validate_csv

COUNT_SHARE = 0.2  # writing and counting the file; its check takes the rest


@dataclass(frozen=True)
class PublishedFile:
    """What the file sent holds: its size in bytes, its data rows, its check (None: no schema)."""

    size: int
    rows: int
    check: TableCheck | None


def read_back(
    preparation: Preparation, *, progress: ProgressFn, cancel: CancelToken
) -> PublishedFile:
    """Write the file to publish, then count its rows and check it from its bytes.

    Raises:
        PrivacyError: a personal-data finding has no usable decision (nothing can be sent).
        CancelledError: the agent left the page or changed the data.
    """
    progress(0.0, "validating")
    # The scan of what would be published runs inside: it must stop with this task, not
    # with the Preparation's own token, which nobody cancels.
    preparation = replace(preparation, cancel=cancel)
    data = preparation.publishable_bytes
    cancel.raise_if_cancelled()
    rows = data_rows(data)
    progress(COUNT_SHARE, "validating")
    publishable = preparation.publishable
    check = None
    if publishable is not None:
        with tempfile.TemporaryDirectory(prefix="datamairie-published-") as folder:
            path = Path(folder) / "publication.csv"
            path.write_bytes(data)
            check = validate_csv(
                path,
                publishable.schema,
                progress=lambda fraction, step: progress(
                    COUNT_SHARE + fraction * (1 - COUNT_SHARE), step
                ),
                cancel=cancel,
            )
    progress(1.0, "done")
    return PublishedFile(len(data), rows, check)


def data_rows(data: bytes) -> int:
    """The data rows of a CSV file's bytes: its records after the header.

    Records, not lines: a cell may hold a line break (a long « objet » typed on two lines).
    """
    text = data.decode("utf-8-sig")
    records = sum(1 for _ in csv.reader(io.StringIO(text, newline="")))
    return max(records - 1, 0)
