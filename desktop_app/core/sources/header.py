"""Finding the row of column labels under titles and notes, and turning it into names."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from desktop_app.core.sources.grid import Grid, Merge
from desktop_app.core.sources.model import column_letter
from desktop_app.core.sources.rows import RowShape, row_shape

# Title lines, notes and blank lines above a table rarely take more than this many rows.
SEARCH_ROWS = 40
LABEL_JOINER = " – "


@dataclass(frozen=True)
class HeaderGuess:
    """Where the labels are: their first grid row and how many rows they take (0: none)."""

    row: int
    depth: int


def find_header(grid: Grid, shapes: list[RowShape]) -> HeaderGuess:
    """Find the header in the first rows of a grid, as a person scanning from the top would."""
    nonblank = [index for index, shape in enumerate(shapes) if not shape.blank]
    if not nonblank:
        return HeaderGuess(0, 0)
    width = _dominant_width(shapes)
    for position, index in enumerate(nonblank):
        shape = shapes[index]
        if shape.count < max(2, 0.5 * width) if width >= 2 else shape.count < 1:
            continue  # a title, a subtitle or a note above the table
        if not (shape.all_words and shape.distinct):
            # The first wide row already holds values: the file has no header.
            return HeaderGuess(index, 0)
        following = nonblank[position + 1] if position + 1 < len(nonblank) else None
        if following is not None and _repeats_as_data(shape, shapes[following]):
            return HeaderGuess(index, 0)
        depth = 2 if following == index + 1 and _is_second_label_row(grid, shapes, index) else 1
        return HeaderGuess(index, depth)
    return HeaderGuess(nonblank[0], 1)


def header_at(grid: Grid, shapes: list[RowShape], row: int) -> HeaderGuess:
    """The header when the agent has said which row holds the labels."""
    depth = 2 if row + 1 < len(shapes) and _is_second_label_row(grid, shapes, row) else 1
    return HeaderGuess(row, depth)


def top_shapes(grid: Grid) -> list[RowShape]:
    """Shapes of the rows where a header may be."""
    return [row_shape(grid, row) for row in range(min(grid.height, SEARCH_ROWS + 2))]


def _dominant_width(shapes: list[RowShape]) -> int:
    counts = Counter(shape.count for shape in shapes if shape.count >= 2)
    if not counts:
        return max((shape.count for shape in shapes), default=0)
    # The widest count seen at least twice: data rows repeat, titles do not.
    repeated = [count for count, times in counts.items() if times >= 2]
    return max(repeated) if repeated else max(counts)


def _repeats_as_data(header: RowShape, below: RowShape) -> bool:
    """A first row whose words look exactly like the row below is a data row too."""
    if not below.all_words or below.count != header.count:
        return False
    same_kind = sum(
        1
        for index in header.filled
        if index in below.filled
        and _word_kind(header.texts[index]) == _word_kind(below.texts[index])
    )
    return same_kind == header.count and header.count >= 2 and _has_mixed_case_names(header)


def _word_kind(text: str) -> tuple[bool, bool]:
    return (text.isupper(), any(char.isdigit() for char in text))


def _has_mixed_case_names(shape: RowShape) -> bool:
    # Rows like "DUPONT;Jean;Rue des Lilas" without labels; real labels rarely mix
    # an all-capital word with digits in the same row the way names and addresses do.
    texts = [shape.texts[index] for index in shape.filled]
    return any(text.isupper() and len(text) > 2 for text in texts) and any(
        any(char.isdigit() for char in text) for text in texts
    )


def _is_second_label_row(grid: Grid, shapes: list[RowShape], row: int) -> bool:
    if row + 1 >= len(shapes):
        return False
    top, below = shapes[row], shapes[row + 1]
    if below.blank or not below.all_words:
        return False
    # Sub-labels repeat under each group ("Délai", "Taux" under two groups): no distinctness
    # test when merges show the groups.
    group_merges = [m for m in grid.merges if m.first_row == row and m.last_column > m.first_column]
    vertical = [m for m in grid.merges if m.first_row == row and m.last_row >= row + 1]
    if group_merges or vertical:
        return True
    if not below.distinct:
        return False
    gaps = _gaps(top, below)
    if not gaps or not set(gaps) <= set(below.filled):
        return False
    data = shapes[row + 2] if row + 2 < len(shapes) else None
    leaves_room = any(index not in below.filled for index in top.filled)
    return leaves_room or (data is not None and bool(data.valued))


def _gaps(top: RowShape, below: RowShape) -> list[int]:
    """Columns of the label area left empty in the top row."""
    if not below.filled:
        return []
    first = min(top.filled[0] if top.filled else below.filled[0], below.filled[0])
    last = max(top.filled[-1] if top.filled else below.filled[-1], below.filled[-1])
    return [index for index in range(first, last + 1) if index not in top.filled]


def header_labels(grid: Grid, shapes: list[RowShape], guess: HeaderGuess) -> list[str]:
    """One label per grid column, as written ("" where a column has none)."""
    width = grid.width
    if guess.depth == 0:
        return [""] * width
    top = list(shapes[guess.row].texts) + [""] * (width - len(shapes[guess.row].texts))
    if guess.depth == 1:
        return top[:width]
    below = list(shapes[guess.row + 1].texts) + [""] * width
    groups = _group_labels(grid.merges, guess.row, top, below[:width])
    labels: list[str] = []
    for column in range(width):
        upper, lower = groups[column], below[column]
        if upper and lower and upper.casefold() != lower.casefold():
            labels.append(f"{upper}{LABEL_JOINER}{lower}")
        else:
            labels.append(upper or lower)
    return labels


def _group_labels(
    merges: tuple[Merge, ...], row: int, top: list[str], below: list[str]
) -> list[str]:
    """The top-row label that stands over each column, following merges or empty cells."""
    groups = list(top)
    spans = [m for m in merges if m.first_row == row and m.last_column > m.first_column]
    for merge in spans:
        for column in range(merge.first_column + 1, merge.last_column + 1):
            if column < len(groups) and not groups[column]:
                groups[column] = top[merge.first_column]
    if not spans:
        # Without merges (a CSV, or "centre across selection"), a group label stands over the
        # empty cells to its right as long as the row below labels them.
        for column in range(1, len(groups)):
            if not groups[column] and below[column] and below[column - 1] and groups[column - 1]:
                groups[column] = groups[column - 1]
    return groups


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
