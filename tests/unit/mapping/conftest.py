"""The bundled catalogue, built once for the mapping tests."""

from __future__ import annotations

import pytest

from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.paths import resources_dir


@pytest.fixture(scope="session")
def catalogue() -> SchemaCatalogue:
    return SchemaCatalogue(resources_dir() / "schemas")
