"""Small, real media files the simulator serves as task results: each decodes in any player."""

from __future__ import annotations

import hashlib
import io
import math
import struct
import wave
import zlib
from functools import cache
from importlib import resources

PNG_SIDE = 8  # pixels
WAV_RATE = 16_000  # samples per second
WAV_SECONDS = 0.25


def _seed(task_id: str) -> bytes:
    """Bytes that differ from task to task, so results of different tasks differ too."""
    return hashlib.sha256(task_id.encode()).digest()


def png(task_id: str) -> bytes:
    """An 8x8 RGB PNG of one colour, derived from the task id."""
    row = b"\x00" + _seed(task_id)[:3] * PNG_SIDE  # filter type 0, then the pixels
    header = struct.pack(">IIBBBBB", PNG_SIDE, PNG_SIDE, 8, 2, 0, 0, 0)  # 8-bit RGB
    chunks = [(b"IHDR", header), (b"IDAT", zlib.compress(row * PNG_SIDE)), (b"IEND", b"")]
    return b"\x89PNG\r\n\x1a\n" + b"".join(_png_chunk(kind, data) for kind, data in chunks)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def wav(task_id: str) -> bytes:
    """A quarter-second 16-bit mono PCM sine tone, its pitch (220-859 Hz) from the task id."""
    frequency = 220 + int.from_bytes(_seed(task_id)[:2], "big") % 640
    count = round(WAV_RATE * WAV_SECONDS)
    samples = (
        round(12_000 * math.sin(2 * math.pi * frequency * i / WAV_RATE)) for i in range(count)
    )
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(WAV_RATE)
        out.writeframes(struct.pack(f"<{count}h", *samples))
    return buffer.getvalue()


def mp4(task_id: str) -> bytes:
    """The same short video for every task (`task_id` is unused)."""
    return _sample_mp4()


@cache
def _sample_mp4() -> bytes:
    # sample.mp4: a 16x16, 3-frame (3 fps), 1.6 KB H.264 yuv420p MP4, made once with PyAV/libx264.
    return resources.files("kie_client.testing").joinpath("sample.mp4").read_bytes()
