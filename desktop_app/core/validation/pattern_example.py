r"""A value that matches a pattern, to show the agent what is expected instead of the pattern.

Built from the pattern's parsed form (Python's own regular-expression parser): the first
choice of each alternative, the smallest count of each repeat (at least one), a digit for
\d, a letter for \w, the first character of each class.
"""

from __future__ import annotations

import re
from re import _parser as parser  # type: ignore[attr-defined]  # the stdlib's parser, 3.11+
from typing import Any

_CATEGORY_SAMPLES = {
    parser.CATEGORY_DIGIT: "1",
    parser.CATEGORY_WORD: "a",
    parser.CATEGORY_SPACE: " ",
    parser.CATEGORY_NOT_DIGIT: "a",
    parser.CATEGORY_NOT_WORD: "-",
    parser.CATEGORY_NOT_SPACE: "a",
}
MAX_LENGTH = 60


def example_for_pattern(pattern: str) -> str | None:
    """A short string the pattern accepts, or None when one cannot be built surely."""
    try:
        parsed = list(parser.parse(pattern))
        # Optional parts left out first, for a short example; kept if that leaves nothing.
        text = _build(parsed, optional=False) or _build(parsed, optional=True)
    except (re.error, RecursionError, ValueError, KeyError):
        return None
    if len(text) > MAX_LENGTH or re.fullmatch(pattern, text) is None:
        return None
    return text


def _build(items: list[tuple[Any, Any]], *, optional: bool) -> str:
    return "".join(_item(op, arg, optional) for op, arg in items)


def _item(op: Any, arg: Any, optional: bool) -> str:
    if op is parser.LITERAL:
        return chr(arg)
    if op is parser.ANY:
        return "a"
    if op is parser.IN:
        return _first_in_class(arg)
    if op in (parser.MAX_REPEAT, parser.MIN_REPEAT, parser.POSSESSIVE_REPEAT):
        low, _high, body = arg
        count = int(max(low, 1) if optional else low)
        return _build(list(body), optional=optional) * count
    if op is parser.SUBPATTERN:
        return _build(list(arg[-1]), optional=optional)
    if op is parser.BRANCH:
        return _build(list(arg[1][0]), optional=optional)
    if op in (parser.AT, parser.ASSERT, parser.ASSERT_NOT):
        return ""
    if op is parser.CATEGORY:
        return str(_CATEGORY_SAMPLES[arg])
    raise ValueError(op)


def _first_in_class(items: list[tuple[Any, Any]]) -> str:
    op, arg = items[0]
    if op is parser.NEGATE:
        return "a" if not any(o is parser.LITERAL and a == ord("a") for o, a in items[1:]) else "b"
    if op is parser.LITERAL:
        return chr(arg)
    if op is parser.RANGE:
        return chr(arg[0])
    if op is parser.CATEGORY:
        return str(_CATEGORY_SAMPLES[arg])
    raise ValueError(op)
