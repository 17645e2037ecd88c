"""The bulk searches over many distinct values, and the odd texts they must set aside."""

from __future__ import annotations

import pandas as pd

from desktop_app.core.mapping.conversion import convert_column
from desktop_app.core.mapping.conversion.bulk import containing, fullmatches
from desktop_app.core.schemas.model import SchemaField


def test_fullmatches_tells_each_text_apart() -> None:
    texts = ["12", "12a", "", "7", "\x01", "1\n2", "3"]
    assert fullmatches(texts, r"[0-9]+").tolist() == [True, False, False, True, False, False, True]
    assert fullmatches([], r"[0-9]+").tolist() == []


def test_containing_finds_needles_across_line_breaks_inside_texts() -> None:
    texts = ["ab", "c  d", "x\ny  z", "", "e\r"]
    assert containing(texts, ["  ", "\r"]).tolist() == [False, True, True, False, True]
    assert containing(texts, ["zz"]).tolist() == [False] * 5
    assert containing([], ["  "]).tolist() == []


def test_texts_the_bulk_reading_sets_aside_are_still_read_one_by_one() -> None:
    texts = pd.Series(["12\n13", "\x01", "1 234,5", "7"], dtype=object)
    result = convert_column(texts, None, SchemaField("montant", "number"))
    assert list(result.output) == ["12\n13", "\x01", "1234.5", "7"]
    assert dict(result.failure_codes) == {"number-unparsable": 2}
