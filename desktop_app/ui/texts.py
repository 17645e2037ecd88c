"""The interface's words in the agent's chosen language."""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.texts import Language, render


class Texts:
    """Turns codes into the words of one language; every widget asks it for its labels."""

    def __init__(self, lang: Language = "fr") -> None:
        self.lang: Language = lang

    def __call__(self, code: str, params: Mapping[str, object] | None = None, /) -> str:
        """The sentence for ``code`` with its parameters."""
        return render(code, params, self.lang)

    def of(self, code: str, **params: object) -> str:
        """The sentence for ``code`` with keyword parameters."""
        return render(code, params, self.lang)
