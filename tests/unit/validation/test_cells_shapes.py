"""Patterns and plain decimals checked on a whole column at once: always re's own answer."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.validation.cells.readers import plain_decimals
from desktop_app.core.validation.cells.shapes import fixed_shape, shape_failures

# Pieces of patterns as the catalogue's schemas write them, each with texts it may meet.
_ATOMS = ["W", "-", r"\d", r"\-", r"\/", r"\.", ".", "[0-9A-B]", "[AB\\d]", "[a-z]", "[--/]"]
_CHARACTERS = "W-/.09AB az\t\r_é٣"  # ٣ is an Arabic-Indic digit, which \d takes


def _re_failures(pattern: str, texts: list[str]) -> list[int]:
    match = re.compile(f"^{pattern}$").match
    return [index for index, text in enumerate(texts) if match(text) is None]


@st.composite
def _patterns(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=5))
    counts = draw(st.lists(st.integers(0, 3), min_size=len(pieces), max_size=len(pieces)))
    body = "".join(
        piece if count == 1 else f"{piece}{{{count}}}"
        for piece, count in zip(pieces, counts, strict=True)
    )
    return draw(st.sampled_from([body, f"^{body}$", f"^{body}"]))


def _near(shape: tuple[frozenset[int], ...]) -> st.SearchStrategy[str]:
    """Texts the shape takes, texts with a character changed here and there, and others."""
    allowed = [st.sampled_from(sorted(map(chr, points))) for points in shape]
    other = st.sampled_from(_CHARACTERS)
    return st.one_of(
        st.tuples(*allowed).map("".join),
        st.tuples(*(st.one_of(place, other) for place in allowed)).map("".join),
        st.text(_CHARACTERS, max_size=len(shape) + 1),
    )


@settings(max_examples=300, deadline=None)
@given(_patterns(), st.data())
def test_a_fixed_shape_refuses_what_re_refuses(pattern: str, data: st.DataObject) -> None:
    shape = fixed_shape(pattern)
    if shape is None:
        return
    texts = data.draw(st.lists(_near(shape), min_size=1, max_size=80))
    match = re.compile(f"^{pattern}$").match
    found = shape_failures(shape, texts, lambda text: match(text) is not None)
    assert found == _re_failures(pattern, texts)


def test_identifiers_of_the_catalogue_are_checked_at_once() -> None:
    texts = ["W123456789", "W12345678", "w123456789", "W12345678٩", "W123456789\n"[:-1], ""]
    shape = fixed_shape(r"^W\d{9}$")

    assert shape is not None
    # The Arabic-Indic digit is a digit for re: it is judged by re, and accepted.
    assert shape_failures(shape, texts, lambda t: re.match(r"^W\d{9}$", t) is not None) == [
        1,
        2,
        5,
    ]


def test_patterns_of_varying_length_are_left_to_re() -> None:
    for pattern in [
        r"^\d\.\d{1,2}$",
        r"^[0-9]{4}(\/[0-9]{4})?$",
        r"^[A-Za-z\s\-\u00C0-\u00FF]+$",
        "a|b",
        "[^a]",
        r"[\--z]",
        "^$",
        r"\w{3}",
    ]:
        assert fixed_shape(pattern) is None, pattern


def test_a_final_line_break_is_left_to_re() -> None:
    shape = fixed_shape(r"\d{2}")
    assert shape is not None

    # "$" matches before a final line break: re would take "12\n"; the texts cannot be cut.
    assert shape_failures(shape, ["12\n", "12"], lambda t: True) is None


_PLAIN_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("0123456789-.-. eE+\r\t٣é", max_size=7), min_size=1, max_size=60))
def test_plain_decimals_are_those_of_the_plainest_writing(texts: list[str]) -> None:
    found = plain_decimals(texts)

    assert found is not None
    assert found.tolist() == [_PLAIN_DECIMAL.fullmatch(text) is not None for text in texts]


def test_plain_decimals_leave_texts_with_a_line_break_to_the_reader() -> None:
    assert plain_decimals(["12", "3\n"]) is None
    assert plain_decimals([]) is not None
    assert plain_decimals([""]).tolist() == [False]  # type: ignore[union-attr]
