"""Pairing columns with fields all at once, so that each column goes where it fits best.

Deciding field by field would hand "Date" to the first date field asked, even when another
field wants it more. The Hungarian method finds the pairing with the highest total score.
SciPy has it (linear_sum_assignment) but would add tens of megabytes to the Windows
installer for a twenty-by-twenty problem, so it is written out here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def best_pairs(scores: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """The (row, column) pairs of highest total score, one per row and per column at most.

    ``scores[row][column]`` is how well a row fits a column. With more rows than columns (or
    the reverse), the extra ones stay unpaired.
    """
    rows = len(scores)
    columns = len(scores[0]) if rows else 0
    if not rows or not columns:
        return []
    size = max(rows, columns)
    top = max(max(row) for row in scores)
    # Minimise cost = top - score on a square matrix padded with zero-score cells.
    cost = [
        [top - (scores[r][c] if r < rows and c < columns else 0.0) for c in range(size)]
        for r in range(size)
    ]
    assignment = _hungarian(cost)
    return [(r, c) for r, c in enumerate(assignment) if r < rows and c < columns]


def _hungarian(cost: list[list[float]]) -> list[int]:
    """The column assigned to each row minimising the total cost (square matrix).

    The classic O(n³) method with row and column potentials (Kuhn–Munkres, as in
    Jonker–Volgenant's shortest augmenting paths).
    """
    size = len(cost)
    u = [0.0] * (size + 1)
    v = [0.0] * (size + 1)
    match = [0] * (size + 1)  # match[column] = row, 1-based; 0 means free
    way = [0] * (size + 1)
    for row in range(1, size + 1):
        match[0] = row
        column0 = 0
        minimum = [math.inf] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[column0] = True
            row0 = match[column0]
            delta = math.inf
            column1 = 0
            for column in range(1, size + 1):
                if used[column]:
                    continue
                reduced = cost[row0 - 1][column - 1] - u[row0] - v[column]
                if reduced < minimum[column]:
                    minimum[column] = reduced
                    way[column] = column0
                if minimum[column] < delta:
                    delta = minimum[column]
                    column1 = column
            for column in range(size + 1):
                if used[column]:
                    u[match[column]] += delta
                    v[column] -= delta
                else:
                    minimum[column] -= delta
            column0 = column1
            if match[column0] == 0:
                break
        while column0:
            column1 = way[column0]
            match[column0] = match[column1]
            column0 = column1
    assignment = [0] * size
    for column in range(1, size + 1):
        if match[column]:
            assignment[match[column] - 1] = column - 1
    return assignment
