"""Rewrite the table of project.json's keys in docs/project.md from its one description.

The description is ``desktop_app/core/project/format.py``; run this after changing it:
``python -m scripts.make_project_doc``.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.core.project.format_doc import format_table

DOC = Path(__file__).resolve().parents[1] / "docs" / "project.md"
BLOCK = re.compile(r"(<!-- format:start -->\n).*?(<!-- format:end -->)", re.DOTALL)


def main() -> None:
    """Put the generated table between the markers of docs/project.md."""
    text = DOC.read_text(encoding="utf-8")
    DOC.write_text(BLOCK.sub(lambda m: m.group(1) + format_table() + m.group(2), text), "utf-8")


if __name__ == "__main__":
    main()
