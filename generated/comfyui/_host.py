"""What the pack uses of ComfyUI itself: the progress bar, Cancel, the VIDEO type and the user
folder. Kept in one place, so that the rest of the pack is plain Python."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any, NoReturn

import folder_paths  # type: ignore[import-not-found]
from comfy import model_management, utils  # type: ignore[import-not-found]
from comfy_api.latest import InputImpl  # type: ignore[import-not-found]


def progress_bar(total: int) -> Any:
    """The running node's progress bar; `update_absolute(value)` moves it."""
    return utils.ProgressBar(total)


def cancelled() -> bool:
    """Whether the user pressed Cancel (ComfyUI's interrupt)."""
    return bool(model_management.processing_interrupted())


def stop() -> NoReturn:
    """End the run as ComfyUI's Cancel does."""
    raise model_management.InterruptProcessingException()


def video(data: bytes) -> Any:
    """A VIDEO output holding an MP4 file's bytes."""
    return InputImpl.VideoFromFile(BytesIO(data))


def user_folder() -> Path:
    """ComfyUI's user folder (ComfyUI/user), where the pack's settings files live."""
    return Path(folder_paths.get_user_directory())
