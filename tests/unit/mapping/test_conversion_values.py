"""A few texts converted apart from their table (validate's sure corrections), without pandas.

converted_values must say exactly what a column's conversion says of the same texts: the
outputs, and the kinds of change in the order the column's counts list them.
"""

from __future__ import annotations

import itertools
import subprocess
import sys

import pandas as pd
import pytest

from desktop_app.core.mapping.conversion import convert_column, converted_values
from desktop_app.core.schemas import SchemaCatalogue
from desktop_app.core.schemas.model import SchemaField

# What agents' cells hold: French dates and amounts, Excel's artefacts, booleans in words,
# identifiers with spaces, values no conversion takes.
TEXTS = [
    "08/03/2024",
    "2024-03-08",
    " 2024-03-08 ",
    "3/8/2024",
    "03/08/24",
    "15 mars 2024",
    "45366",
    "76 315,63",
    "1.234,56",
    "1 000",
    "12,5 %",
    "1e3",
    "Oui",
    "non",
    "VRAI",
    "",
    "  deux  espaces  ",
    "ligne\r\nsuivante",
    "213 804 552 00015",
    "21380455200015",
    "2,43E+13",
    "\xa012\u202f000,00 €",
    "abc",
    "D",
]
SCHEMAS = ("scdl/subventions", "scdl/deliberations", "scdl/equipements", "scdl/budget")


def _as_a_column(texts: list[str], field: SchemaField) -> tuple[list[str], tuple[str, ...]]:
    conversion = convert_column(pd.Series(texts, dtype=object), None, field)
    return [str(value) for value in conversion.output.tolist()], tuple(conversion.counts_by_kind)


@pytest.mark.parametrize("name", SCHEMAS)
def test_the_same_outputs_and_kinds_as_a_columns_conversion(
    catalogue: SchemaCatalogue, name: str
) -> None:
    compared = 0
    for field in catalogue.get(name).fields:
        # Several mixes per field: a converter decides for all the values it is given
        # (a date order, a decimal character), so the mix matters.
        for start, size in itertools.product((0, 5, 11), (3, 9, len(TEXTS))):
            texts = (TEXTS[start:] + TEXTS[:start])[:size]
            texts += texts[:2]  # repeated texts get the same output
            assert converted_values(texts, field) == _as_a_column(texts, field), field.name
            compared += 1
    assert compared >= 9 * 5


def test_a_text_no_conversion_takes_is_kept_and_counts_no_kind() -> None:
    amount = SchemaField("montant", type="number")

    outputs, kinds = converted_values(["76 315,63", "beaucoup", "76 315,63"], amount)

    assert outputs == ["76315.63", "beaucoup", "76315.63"]
    assert kinds == ("thousands-separator", "decimal-comma")


def test_converting_texts_does_not_import_pandas() -> None:
    script = (
        "import sys\n"
        "from desktop_app.core.mapping.conversion import converted_values\n"
        "from desktop_app.core.schemas.model import SchemaField\n"
        "print(converted_values(['08/03/2024'], SchemaField('d', type='date'))[0])\n"
        "assert 'pandas' not in sys.modules, 'pandas was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['2024-03-08']"
