"""Work spread over this machine's cores, when there is enough of it to repay starting workers."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items, starting worker processes costs more than it saves.
PARALLEL_FROM = 16


def each(function: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """`function` of every item, in order: in worker processes when there are enough items and
    cores, else here. `function` must be importable by name (worker processes pickle it)."""
    if len(items) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return [function(item) for item in items]
    with ProcessPoolExecutor() as pool:
        return list(pool.map(function, items, chunksize=max(1, len(items) // 32)))
