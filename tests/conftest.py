"""Shared test set-up: offscreen Qt, and the `gui` marker on every test under tests/gui."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.udata_server import udata  # noqa: F401 - the test udata server, shared by all

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GUI_DIR = Path(__file__).parent / "gui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_DIR in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.gui)
