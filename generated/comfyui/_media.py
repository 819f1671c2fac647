"""Media between ComfyUI and files: IMAGE, AUDIO and VIDEO inputs written as files the model
accepts (type and size), and downloaded results read back as ComfyUI values.

torch, numpy, Pillow and PyAV come with ComfyUI; they are imported when first needed, so that
loading the pack stays quick.
"""

from __future__ import annotations

import io
import logging
import wave
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from kie_client._validate import same_type

from . import _host

log = logging.getLogger(__name__)

# Image encodings in order of preference: lossless first, then JPEG at falling quality.
_IMAGE_ENCODINGS: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("image/png", "png", {"format": "PNG", "compress_level": 6}),
    *(("image/jpeg", "jpg", {"format": "JPEG", "quality": q}) for q in (95, 85, 75, 60)),
)


class MediaError(ValueError):
    """A media input that cannot be sent as the model accepts it."""


def _accepts(field: Any, mime: str) -> bool:
    return not field.accept or same_type(mime) in {same_type(t) for t in field.accept}


def _too_big(field: Any, size: int) -> bool:
    return field.max_size is not None and size > field.max_size


def _encoded_image(array: Any, field: Any) -> tuple[str, bytes]:
    """An [H, W, C] array in 0..1 as the first encoding the field accepts that fits its size."""
    import numpy as np
    from PIL import Image

    pixels = np.clip(np.asarray(array) * 255.0 + 0.5, 0, 255).astype(np.uint8)
    image = Image.fromarray(pixels[..., :3] if pixels.shape[-1] >= 3 else pixels[..., 0])
    tried = []
    for mime, extension, options in _IMAGE_ENCODINGS:
        if not _accepts(field, mime):
            continue
        buffer = io.BytesIO()
        image.save(buffer, **options)
        if not _too_big(field, buffer.tell()):
            return extension, buffer.getvalue()
        tried.append(f"{options['format']} {buffer.tell():,} bytes")
    if not tried:
        raise MediaError(
            f"{field.name}: takes {', '.join(field.accept)}; the pack writes PNG or JPEG"
        )
    raise MediaError(
        f"{field.name}: the {image.width}x{image.height} image is too large for the model "
        f"(at most {field.max_size_text}; {', '.join(tried)}): scale it down first"
    )


def image_files(images: Any, field: Any, folder: Path) -> list[Path]:
    """One file per image of an IMAGE batch [B, H, W, C]."""
    paths = []
    for index, array in enumerate(images.detach().cpu().float().numpy()):
        extension, data = _encoded_image(array, field)
        path = folder / f"{field.name}-{index}.{extension}"
        path.write_bytes(data)
        paths.append(path)
    return paths


def audio_files(audio: Mapping[str, Any], field: Any, folder: Path) -> list[Path]:
    """One 16-bit WAV file per clip of an AUDIO batch."""
    import numpy as np

    if not _accepts(field, "audio/wav"):
        raise MediaError(f"{field.name}: takes {', '.join(field.accept)}; the pack writes WAV")
    rate = int(audio["sample_rate"])
    paths = []
    for index, clip in enumerate(audio["waveform"].detach().cpu().float().numpy()):
        samples = (np.clip(clip.T, -1.0, 1.0) * 32767.0).round().astype("<i2")
        path = folder / f"{field.name}-{index}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(samples.shape[1])
            out.setsampwidth(2)
            out.setframerate(rate)
            out.writeframes(samples.tobytes())
        if _too_big(field, path.stat().st_size):
            seconds = samples.shape[0] / rate
            raise MediaError(
                f"{field.name}: {seconds:.1f} s of WAV is {path.stat().st_size:,} bytes, more "
                f"than the model takes ({field.max_size_text}): trim it first"
            )
        paths.append(path)
    return paths


def video_file(video: Any, field: Any, folder: Path) -> Path:
    """A VIDEO input saved as an MP4 file."""
    if not _accepts(field, "video/mp4"):
        raise MediaError(f"{field.name}: takes {', '.join(field.accept)}; the pack writes MP4")
    path = folder / f"{field.name}.mp4"
    video.save_to(str(path))
    if _too_big(field, path.stat().st_size):
        raise MediaError(
            f"{field.name}: the video is {path.stat().st_size:,} bytes, more than the model "
            f"takes ({field.max_size_text}): shorten or scale it down first"
        )
    return path


def media_files(value: Any, field: Any, folder: Path) -> list[Path]:
    """Media from another node as files to upload: IMAGE (a file per image), AUDIO, VIDEO."""
    kind = field.media or field.items.media
    if kind == "image" and getattr(value, "ndim", 0) == 4:
        return image_files(value, field, folder)
    if kind == "audio" and isinstance(value, Mapping) and "waveform" in value:
        return audio_files(value, field, folder)
    if kind == "video" and hasattr(value, "save_to"):
        return [video_file(value, field, folder)]
    raise MediaError(
        f"{field.name}: takes {kind} from another node, or URLs as text, "
        f"not {type(value).__name__}"
    )


def _fitted(images: list[Any]) -> Iterator[Any]:
    """Pillow images at the first one's size, which a batch needs."""
    size = images[0].size
    for image in images:
        if image.size != size:
            log.warning("Kie.ai result of %s resized to %s to fit the batch", image.size, size)
            image = image.resize(size)
        yield image


def read_images(paths: list[Path]) -> Any:
    """Image files as one IMAGE batch [B, H, W, 3] in 0..1."""
    import numpy as np
    import torch
    from PIL import Image, ImageOps

    opened = [ImageOps.exif_transpose(Image.open(path)).convert("RGB") for path in paths]
    arrays = [np.asarray(image, dtype=np.float32) / 255.0 for image in _fitted(opened)]
    return torch.from_numpy(np.stack(arrays))


def read_audio(path: Path) -> dict[str, Any]:
    """An audio file (any format PyAV reads) as AUDIO: waveform [1, channels, samples]."""
    import av
    import numpy as np
    import torch

    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        resampler = av.AudioResampler(format="fltp", layout=stream.layout, rate=stream.rate)
        chunks = [
            out.to_ndarray()
            for frame in container.decode(stream)
            for out in resampler.resample(frame)
        ]
        rate = stream.rate
    waveform = np.concatenate(chunks, axis=1) if chunks else np.zeros((1, 0), np.float32)
    return {"waveform": torch.from_numpy(waveform).unsqueeze(0), "sample_rate": rate}


def read_video(path: Path) -> Any:
    """A video file as VIDEO."""
    return _host.video(path.read_bytes())
