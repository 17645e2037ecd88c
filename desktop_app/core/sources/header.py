"""Finding the row of column labels under titles and notes, and turning it into names."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from desktop_app.core.sources.grid import Grid, Merge
from desktop_app.core.sources.model import column_letter
from desktop_app.core.sources.rows import RowShape, row_shape

# Title lines, notes and blank lines above a table rarely take more than this many rows.
SEARCH_ROWS = 40
# Rows looked at below a candidate header to see what the data looks like.
LOOKAHEAD_ROWS = 6
LABEL_JOINER = " – "


@dataclass(frozen=True)
class HeaderGuess:
    """Where the labels are: their first grid row and how many rows they take (0: none)."""

    row: int
    depth: int


def top_shapes(grid: Grid, rows: int = SEARCH_ROWS + LOOKAHEAD_ROWS + 2) -> list[RowShape]:
    """Shapes of the rows where a header may be."""
    return [row_shape(grid, row) for row in range(min(grid.height, rows))]


def find_header(grid: Grid, shapes: list[RowShape]) -> HeaderGuess:
    """Find the header in the first rows of a grid, as a person scanning from the top would."""
    nonblank = [index for index, shape in enumerate(shapes) if not shape.blank]
    if not nonblank:
        return HeaderGuess(0, 0)
    for position, index in enumerate(nonblank[: SEARCH_ROWS + 1]):
        if index > SEARCH_ROWS:
            break
        following = nonblank[position + 1 : position + 1 + LOOKAHEAD_ROWS]
        shape, below = shapes[index], [shapes[row] for row in following]
        if _is_second_label_row(grid, shapes, index):
            return HeaderGuess(index, 2)
        if not _wide_enough(shape, below, shapes, index):
            continue
        if _is_label_row(shape, below):
            if following and _is_better_header(shapes, following, shape):
                continue  # a title or a group row above the real labels
            if _values_repeat_below(grid, index, shape):
                return HeaderGuess(index, 0)
            return HeaderGuess(index, 1)
        if any(
            _is_label_row(shapes[row], _below(shapes, nonblank, row))
            and shapes[row].count >= shape.count
            for row in following[:3]
        ):
            continue  # a title holding a date above the real labels
        return HeaderGuess(index, 0)
    return HeaderGuess(first_table_row(shapes), 0)


def first_table_row(shapes: list[RowShape]) -> int:
    """The first row wide enough to belong to the table, for a table without labels."""
    nonblank = [index for index, shape in enumerate(shapes) if not shape.blank]
    for position, index in enumerate(nonblank):
        below = [shapes[row] for row in nonblank[position + 1 : position + 1 + LOOKAHEAD_ROWS]]
        if _wide_enough(shapes[index], below, shapes, index):
            return index
    return nonblank[0] if nonblank else 0


def header_at(grid: Grid, shapes: list[RowShape], row: int) -> HeaderGuess:
    """The header when the agent has said which row holds the labels."""
    depth = 2 if row + 1 < len(shapes) and _is_second_label_row(grid, shapes, row) else 1
    return HeaderGuess(row, depth)


def _below(shapes: list[RowShape], nonblank: list[int], row: int) -> list[RowShape]:
    position = nonblank.index(row)
    return [shapes[i] for i in nonblank[position + 1 : position + 1 + LOOKAHEAD_ROWS]]


def _data_width(below: list[RowShape]) -> float:
    counts = [shape.count for shape in below if not shape.blank]
    return float(statistics.median(counts)) if counts else 0.0


def _wide_enough(shape: RowShape, below: list[RowShape], shapes: list[RowShape], row: int) -> bool:
    """A header spans most of the table below it; titles and "Commune : X" lines do not."""
    width = max(_data_width(below), 1.0)
    if _is_key_value(shape):
        return False
    if width >= 2:
        return shape.count >= 2 and shape.count >= 0.5 * width
    # A single column: a line followed by a blank line, then more lines, is its title.
    followed_by_blank = row + 1 < len(shapes) and shapes[row + 1].blank
    return not (followed_by_blank and bool(below))


def _is_key_value(shape: RowShape) -> bool:
    """Lines like "Commune : Villeneuve" or "Édité le : 15/03/2024" describe the file."""
    return shape.count in (2, 3) and shape.texts[shape.filled[0]].rstrip().endswith(":")


def _is_label_row(shape: RowShape, below: list[RowShape], *, distinct: bool = True) -> bool:
    """Labels are distinct words; dates count as labels over columns that hold no dates."""
    if distinct and not shape.distinct:
        return False
    words = set(shape.words)
    for index in shape.filled:
        if index in words:
            continue
        dates_below = sum(index in other.dated for other in below)
        if index not in shape.dated or dates_below > len(below) // 2:
            return False
    return True


def _is_better_header(shapes: list[RowShape], following: list[int], shape: RowShape) -> bool:
    """The next row is labels too, wider, and followed by data: this row is only a title.

    "Commune de Vif | | Année 2024" over "Nom | Prénom | Fonction" is a title; "Nom | Prénom"
    over rows that also fill a third column is a header with one label missing.
    """
    nxt = following[0]
    other = shapes[nxt]
    if other.count <= shape.count or not _is_label_row(other, []):
        return False
    if other.count - shape.count < 2 and _contiguous(shape):
        return False
    if shape.count > 2 and shape.count > 0.5 * other.count:
        return False  # "Nom | Prénom | | Service": a header with one label missing
    after = [shapes[row] for row in following[1:4]]
    return any(row.valued for row in after) or (
        bool(after) and _data_width(after) >= 0.8 * other.count
    )


def _contiguous(shape: RowShape) -> bool:
    return bool(shape.filled) and shape.filled[-1] - shape.filled[0] + 1 == shape.count


def _values_repeat_below(grid: Grid, row: int, shape: RowShape) -> bool:
    """A first row whose cells come back as values in their columns is data, not labels.

    The same whole line written again (labels repeated after a page break) does not count.
    """
    if shape.count < 2:
        return False
    stop = min(grid.height, row + 51)
    block = grid.text.iloc[row + 1 : stop, list(shape.filled)].astype(str)
    own = tuple(shape.texts[index] for index in shape.filled)
    lines = [tuple(cell.strip() for cell in line) for line in block.itertuples(index=False)]
    # Copies of the whole line, or of most of it (stacked blocks), are titles, not values.
    others = [
        line
        for line in lines
        if sum(a == b for a, b in zip(line, own, strict=True)) < max(2, 0.6 * len(own))
    ]
    repeated = sum(
        any(line[position] == own[position] for line in others) for position in range(len(own))
    )
    return repeated >= max(2, (shape.count + 1) // 2)


def _is_second_label_row(grid: Grid, shapes: list[RowShape], row: int) -> bool:
    """Whether the row under the labels holds sub-labels under group labels.

    Group labels span several columns (a merged cell, or a label followed by empty cells); every
    column of a group gets a sub-label below, and a column with its own single label gets
    nothing below (or is merged down). A data row under a merged label fails the second test.
    """
    if row + 1 >= len(shapes):
        return False
    top, below = shapes[row], shapes[row + 1]
    # Sub-labels repeat under each group ("Délai", "Taux" twice): no distinctness asked.
    data = shapes[row + 2 : row + 2 + LOOKAHEAD_ROWS]
    if below.blank or not _is_label_row(below, data, distinct=False):
        return False
    groups = _groups(grid.merges, row, top, below)
    if not groups:
        return False
    grouped = {column for columns in groups.values() for column in columns}
    merged_down = {
        merge.first_column
        for merge in grid.merges
        if merge.first_row == row and merge.last_row > row
    }
    if not grouped <= set(below.filled):
        return False
    return all(
        column not in below.filled or column in merged_down
        for column in top.filled
        if column not in grouped
    )


def _groups(
    merges: tuple[Merge, ...], row: int, top: RowShape, below: RowShape
) -> dict[int, list[int]]:
    """The columns under each group label of the top row, by the group label's column."""
    spans = {
        m.first_column: list(range(m.first_column, m.last_column + 1))
        for m in merges
        if m.first_row == row and m.last_column > m.first_column and m.first_column in top.filled
    }
    if not spans:
        spans = _unmerged_groups(top, below)
    # A lone label over every column below is the table's title, not a group.
    lone = len(spans) == 1 and top.count == 1
    if lone and set(below.filled) <= set(next(iter(spans.values()))):
        return {}
    return spans


def _unmerged_groups(top: RowShape, below: RowShape) -> dict[int, list[int]]:
    """Without merges (a CSV), a group label stands over the empty cells that follow it."""
    groups: dict[int, list[int]] = {}
    filled, under = set(top.filled), set(below.filled)
    for column in top.filled:
        span = [column]
        nxt = column + 1
        while nxt < len(top.texts) and nxt not in filled and nxt in under:
            span.append(nxt)
            nxt += 1
        if len(span) > 1:
            groups[column] = span
    return groups


def header_labels(grid: Grid, shapes: list[RowShape], guess: HeaderGuess) -> list[str]:
    """One label per grid column, as written ("" where a column has none)."""
    width = grid.width
    if guess.depth == 0:
        return [""] * width
    top_shape = shapes[guess.row]
    top = [*top_shape.texts, *[""] * width][:width]
    if guess.depth == 1:
        return _spread_merged(grid.merges, guess.row, top)
    below_shape = shapes[guess.row + 1]
    below = [*below_shape.texts, *[""] * width][:width]
    groups = list(top)
    for start, columns in _groups(grid.merges, guess.row, top_shape, below_shape).items():
        for column in columns:
            groups[column] = top[start]
    labels: list[str] = []
    for column in range(width):
        upper, lower = groups[column], below[column]
        if upper and lower and upper.casefold() != lower.casefold():
            labels.append(f"{upper}{LABEL_JOINER}{lower}")
        else:
            labels.append(upper or lower)
    return labels


def _spread_merged(merges: tuple[Merge, ...], row: int, labels: list[str]) -> list[str]:
    """A label merged over several columns names each of them (then told apart by number)."""
    spread = list(labels)
    for merge in merges:
        if merge.first_row == row and merge.last_column > merge.first_column:
            for column in range(merge.first_column + 1, min(merge.last_column + 1, len(spread))):
                spread[column] = spread[column] or labels[merge.first_column]
    return spread


_UNITS = frozenset(
    {
        "€",
        "eur",
        "euro",
        "euros",
        "k€",
        "%",
        "m²",
        "m2",
        "m³",
        "m3",
        "km",
        "m",
        "h",
        "ha",
        "kg",
        "t",
        "l",
        "nb",
        "nombre",
        "ht",
        "ttc",
        "€ ht",
        "€ ttc",
        "jours",
        "heures",
        "places",
    }
)


def units_below(shapes: list[RowShape], guess: HeaderGuess) -> dict[int, str]:
    """The units written on the line under the labels ("€", "%", "m²"), by column; or none."""
    row = guess.row + guess.depth
    if guess.depth == 0 or row >= len(shapes) or shapes[row].blank:
        return {}
    shape = shapes[row]
    units = {}
    for column in shape.filled:
        unit = shape.texts[column].strip("() ").removeprefix("en ").strip()
        if unit.casefold() not in _UNITS:
            return {}
        units[column] = unit
    return units


def usable_names(labels: list[str], positions: list[int]) -> list[str]:
    """Unique, non-empty column names: "Colonne C" for a blank label, "Montant (2)" for a twin."""
    names: list[str] = []
    seen: set[str] = set()
    for label, position in zip(labels, positions, strict=True):
        base = " ".join(label.split()) or f"Colonne {column_letter(position)}"
        name, number = base, 2
        while name.casefold() in seen:
            name = f"{base} ({number})"
            number += 1
        seen.add(name.casefold())
        names.append(name)
    return names
