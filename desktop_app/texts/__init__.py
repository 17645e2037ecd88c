"""The words the agent reads: every code that leaves the core, in French and in English."""

from desktop_app.texts.render import Language, render

__all__ = ["Language", "render"]
