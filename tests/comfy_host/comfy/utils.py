"""Stand-in for comfy.utils: a progress bar that records what it is shown."""

from __future__ import annotations

shown: list[float] = []  # every value any bar was moved to


class ProgressBar:
    def __init__(self, total: int) -> None:
        self.total = total

    def update_absolute(
        self, value: float, total: int | None = None, preview: object = None
    ) -> None:
        shown.append(value)
