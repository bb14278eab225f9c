"""Bounded edit distance for the typo tier of search.

Keys are short (a surname's skeleton is 3-8 symbols), so a plain dynamic programme with an early exit
once every cell of a row exceeds the bound is fast enough and needs no compiled dependency.
"""

from __future__ import annotations


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance between ``a`` and ``b``, or ``limit + 1`` as soon as it must exceed ``limit``.

    Adjacent transpositions count as one edit (the commonest typing slip: "Babuhskin").
    """
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev_prev: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            best = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, prev_prev[j - 2] + 1)
            row[j] = best
        if min(row) > limit:
            return limit + 1
        prev_prev, prev = prev, row
    return min(prev[-1], limit + 1)
