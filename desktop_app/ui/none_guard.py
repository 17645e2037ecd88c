"""Keep ``None`` alive whatever Qt's bindings do with it.

PySide6 6.12 on Python 3.11 takes one reference from ``None`` each time a Python method
called by Qt returns it (a model's ``data`` for a role it does not fill, ``headerData``…).
A table being painted does that thousands of times a second, and once ``None``'s count
reaches zero Python aborts the whole application (« deallocating None »), losing the
agent's work. From Python 3.12 ``None`` is immortal and nothing needs doing; before, its
count is raised far beyond anything a session can take away.
"""

from __future__ import annotations

import ctypes
import sys

# Far more references than any session gives back, far from the Py_ssize_t limit.
_SPARE_REFERENCES = 1 << 48


def keep_none_alive() -> None:
    """Raise ``None``'s reference count on interpreters where it can run out (idempotent)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if hasattr(sys, "gettotalrefcount"):
        return  # a debug build lays the object's header out differently
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt opens every object
    if count.value < _SPARE_REFERENCES:
        count.value += _SPARE_REFERENCES
