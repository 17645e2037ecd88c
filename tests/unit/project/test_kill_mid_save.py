"""A crash or power cut while saving leaves the previous good version of the project.

A real process saves the project over and over and is killed (SIGKILL: nothing
flushed, nothing cleaned up) at moments spread over its writes; after each kill the project opens,
whole, at one of the versions that was completely written.
"""

from __future__ import annotations

import dataclasses
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core.project.leftovers import STALE_AFTER_SECONDS
from desktop_app.core.project.storage import ProjectFile, fingerprint, source_record
from tests.unit.project.support import full_project

WRITER = """
import dataclasses, sys
from pathlib import Path
from desktop_app.core.project.leftovers import STALE_AFTER_SECONDS
from desktop_app.core.project.storage import ProjectFile
path = Path(sys.argv[1])
file = ProjectFile(path)
project = file.load()
count = int(project.updated_at)
while True:
    count += 1
    file.save(dataclasses.replace(project, updated_at=str(count)))
    print(count, flush=True)
"""


@pytest.mark.integration
def test_killing_the_writer_mid_save_leaves_a_good_project(tmp_path: Path) -> None:
    source = tmp_path / "budget.csv"
    rng = random.Random(6)
    lines = (f"{rng.random()};{rng.randrange(10**9)};ligne {n}\n" for n in range(120_000))
    source.write_text("a;b;c\n" + "".join(lines), encoding="utf-8")
    file = ProjectFile(tmp_path / "budget.datamairie")
    project = full_project(source_record(source, file.path))
    file.create(dataclasses.replace(project, updated_at="0"), source)
    expected = fingerprint(source)
    last_seen = 0
    for attempt in range(6):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(file.path)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        first = int(writer.stdout.readline())  # one whole save done: the next is under way
        time.sleep(0.02 + 0.05 * attempt * rng.random())
        writer.kill()  # SIGKILL: no cleanup, like a power cut
        writer.wait()
        writer.stdout.close()
        loaded = file.load()
        saved = int(loaded.updated_at or "-1")
        assert saved >= first > last_seen
        last_seen = saved
        copy = file.extract_source(tmp_path / f"copie-{attempt}")
        assert fingerprint(copy) == expected
    leftovers = list(tmp_path.glob(".budget.datamairie.*.tmp"))
    # The kills did land in the middle of writes (their unfinished temporary files remain).
    assert leftovers
    # Fresh, they might belong to a save under way: kept. Once old, the next save removes them.
    file.save(loaded)
    assert all(path.exists() for path in leftovers)
    long_ago = time.time() - STALE_AFTER_SECONDS - 60
    for path in leftovers:
        os.utime(path, (long_ago, long_ago))
    file.save(loaded)
    assert list(tmp_path.glob(".budget.datamairie.*.tmp")) == []
    assert file.load() == loaded
