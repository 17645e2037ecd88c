"""The core stays pure Python: it must import and work where Qt is not installed."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import desktop_app

ROOT = Path(desktop_app.__file__).parent


def test_core_imports_without_pyside6() -> None:
    modules = sorted(
        ".".join(path.relative_to(ROOT.parent).with_suffix("").parts)
        for path in (ROOT / "core").rglob("*.py")
    )
    script = textwrap.dedent(
        f"""
        import importlib, sys
        sys.modules["PySide6"] = None  # any import of Qt now fails
        for name in {modules!r}:
            importlib.import_module(name.removesuffix(".__init__"))
        assert not any(m.startswith(("desktop_app.ui", "desktop_app.workers")) for m in sys.modules)
        print("ok", len({modules!r}))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_no_layer_imports_upwards() -> None:
    commands = "desktop_app.commands"
    forbidden = {
        "core": ("desktop_app.ui", "desktop_app.workers", "desktop_app.app", commands, "PySide6"),
        # workers only run core work off the GUI thread; the wizard's state and the project's
        # saving and opening are core's (core/preparation, core/project).
        "workers": ("desktop_app.ui", "desktop_app.app", commands),
        # The command line is a front end beside the window: neither uses the other.
        "ui": (commands,),
        "commands": ("desktop_app.ui", "desktop_app.workers", "PySide6"),
    }
    offenders = []
    for layer, names in forbidden.items():
        for path in (ROOT / layer).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            offenders += [
                f"{path.name}: {n}" for n in names if f"import {n}" in text or f"from {n}" in text
            ]
    assert offenders == []


def _imports(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return re.findall(r"^\s*(?:from|import) (desktop_app[.\w]*)", text, flags=re.MULTILINE)


def test_workers_only_run_core_work() -> None:
    # What a check, a scan or an index of problems is belongs to core: a Qt model adapts a
    # core object, and one worker never takes another's domain types (the ProblemIndex once
    # lived in workers/quality.py, imported by the Qualité model and the problem export).
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for folder in ("ui/models", "workers")
        for path in (ROOT / folder).rglob("*.py")
        for name in _imports(path)
        if name.startswith("desktop_app.workers") and name != "desktop_app.workers.runner"
    ]
    assert offenders == []


def test_the_window_never_replays_the_corrections_over_a_whole_table() -> None:
    # Replaying the corrections copies the table (a million rows: seconds). The window reads
    # the table a check kept (QualityResult.checked) or the cells the edits change.
    copying = ("edited_table", "apply_edits", "publishable_copy")
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / "ui").rglob("*.py")
        for name in copying
        if re.search(rf"\b{name}\(", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_window_is_built_without_the_command_line() -> None:
    text = (ROOT / "app.py").read_text(encoding="utf-8")
    assert "desktop_app.commands" not in text
