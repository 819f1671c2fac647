"""Media a node sends is written within what the model accepts, or refused naming the field; a
socket given text takes http(s) URLs only, never a path on the machine running ComfyUI."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
import torch
from PIL import Image

from comfy_support import load_pack, pack_module
from kie_client._spec import FieldSpec


@pytest.fixture(scope="module")
def media() -> ModuleType:
    return pack_module(load_pack(), "_media")


def image_field(accept: tuple[str, ...], max_size: int | None) -> FieldSpec:
    return FieldSpec(
        "image_url",
        "image_url",
        "url",
        media="image",
        accept=accept,
        max_size=max_size,
        max_size_text=f"{max_size} B",
    )


def noise(side: int) -> torch.Tensor:
    """An image PNG cannot make small: every pixel random."""
    return torch.rand(1, side, side, 3, generator=torch.Generator().manual_seed(1))


def test_png_when_it_fits_else_jpeg_within_the_size(media: ModuleType, tmp_path: Path) -> None:
    (small,) = media.image_files(
        noise(16), image_field(("image/png", "image/jpeg"), 10_000), tmp_path
    )
    assert small.suffix == ".png"
    field = image_field(("image/png", "image/jpeg"), 60_000)
    (large,) = media.image_files(noise(256), field, tmp_path)
    assert large.suffix == ".jpg" and large.stat().st_size <= 60_000
    assert Image.open(large).size == (256, 256)


def test_only_types_the_model_accepts(media: ModuleType, tmp_path: Path) -> None:
    (path,) = media.image_files(noise(16), image_field(("image/jpg",), None), tmp_path)
    assert path.suffix == ".jpg"  # image/jpg is the docs' name for JPEG
    with pytest.raises(media.MediaError, match="image_url: takes image/webp"):
        media.image_files(noise(16), image_field(("image/webp",), None), tmp_path)


def test_too_large_even_as_jpeg_is_refused_naming_the_field(
    media: ModuleType, tmp_path: Path
) -> None:
    with pytest.raises(media.MediaError, match="image_url: the 256x256 image is too large"):
        media.image_files(noise(256), image_field(("image/jpeg",), 1_000), tmp_path)


def test_audio_over_the_size_is_refused_naming_the_field(media: ModuleType, tmp_path: Path) -> None:
    field = FieldSpec(
        "audio_url",
        "audio_url",
        "url",
        media="audio",
        accept=("audio/wav",),
        max_size=1_000,
        max_size_text="1 KB",
    )
    clip = {"waveform": torch.zeros(1, 2, 16_000), "sample_rate": 16_000}
    with pytest.raises(media.MediaError, match=r"audio_url: 1\.0 s of WAV .* trim it first"):
        media.audio_files(clip, field, tmp_path)


def test_text_in_a_media_socket_must_be_urls() -> None:
    pack = load_pack()
    run = pack_module(pack, "_run")
    for model_id in sorted(pack_module(pack, "_nodes").MODELS):
        socket = next((i for i in run.inputs_of(model_id) if i.socket), None)
        if socket is not None:
            break
    found = run.problems(model_id, {socket.name: "/home/user/.ssh/id_rsa"})
    assert any(
        f"{socket.field.name}: '/home/user/.ssh/id_rsa' is not an http(s) URL" in p for p in found
    )
