"""Stand-in for comfy_api.latest: the VIDEO type made from a file or its bytes."""

from __future__ import annotations

import shutil
from io import BytesIO
from pathlib import Path


class VideoFromFile:
    def __init__(self, file: str | BytesIO) -> None:
        self.file = file

    def get_stream_source(self) -> str | BytesIO:
        return self.file

    def save_to(self, path: str, format: object = None, codec: object = None) -> None:
        if isinstance(self.file, str):
            shutil.copyfile(self.file, path)
        else:
            Path(path).write_bytes(self.file.getvalue())


class InputImpl:
    VideoFromFile = VideoFromFile
