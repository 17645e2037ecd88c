"""The wizard's shared state, which holds no Qt and lives in core/preparation/state.py."""

from __future__ import annotations

from desktop_app.core.preparation.state import CONFORMITY, WANTED_SCHEMA, WizardState

__all__ = ["CONFORMITY", "WANTED_SCHEMA", "WizardState"]
