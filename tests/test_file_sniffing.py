"""A local file for a model input is checked by its content (its first bytes), not its name,
before anything is uploaded or created."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from conftest import KLING, async_kie_client, kie_client, valid_input
from kie_client import MODELS, ValidationError, spec_of
from kie_client._sniff import HEAD_BYTES, KNOWN_TYPES, looks_like, sniff
from kie_client._spec import FieldSpec
from kie_client._validate import LocalFile, same_type
from kie_client.testing import KieSimulator, _media

ASF = b"0&\xb2u\x8ef\xcf\x11\xa6\xd9\x00\xaa\x00b\xcel"
EBML = (
    b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04\x42\xf3\x81\x08\x42\x82"
)
BMP = b"BM" + (70).to_bytes(4, "little") + b"\0" * 4 + (54).to_bytes(4, "little")
# The first bytes of a file of each type the specs accept, as their formats begin.
SAMPLES = {
    "image/png": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
    "image/jpeg": b"\xff\xd8\xff\xe0\0\x10JFIF\0",
    "image/webp": b"RIFF\x24\0\0\0WEBPVP8 ",
    "image/gif": b"GIF89a\x01\0\x01\0",
    "image/bmp": BMP + (40).to_bytes(4, "little") + b"\0" * 8,
    "image/tiff": b"II*\0\x08\0\0\0",
    "image/heic": b"\0\0\0\x18ftypheic\0\0\0\0mif1heic",
    "image/heif": b"\0\0\0\x18ftypmif1\0\0\0\0mif1heic",
    "video/mp4": b"\0\0\0\x18ftypmp42\0\0\0\0mp42isom",
    "video/quicktime": b"\0\0\0\x14ftypqt  \0\0\x02\0qt  ",
    "video/x-matroska": EBML + b"\x88matroska",
    "audio/mpeg": b"ID3\x04\0\0\0\0\0\0",
    "audio/wav": b"RIFF\x24\0\0\0WAVEfmt ",
    "audio/mp4": b"\0\0\0\x20ftypM4A \0\0\0\0M4A mp42isom",
    "audio/aac": b"\xff\xf1\x50\x80\x02\x1f\xfc",
    "audio/ogg": b"OggS\0\x02\0\0\0\0\0\0\0\0",
    "audio/flac": b"fLaC\0\0\0\x22",
    "audio/x-ms-wma": ASF,
}
MORE_SAMPLES = {
    "a bare MP3 frame": (b"\xff\xfb\x90\x64\0", "audio/mpeg"),
    "a QuickTime movie without ftyp": (b"\0\0\0\x08wide\0\0\0\0mdat", "video/quicktime"),
    "WebM": (EBML + b"\x84webm", "video/webm"),
    "a PDF": (b"%PDF-1.7\n", "application/pdf"),
}


def accepted_types() -> set[str]:
    """Every type a URL input of any model accepts, by one name each."""
    found = set()
    for model in MODELS:
        for field in spec_of(model).fields:
            url_field = field.items if field.type == "array" else field
            if url_field is not None and url_field.type == "url":
                found |= {same_type(t) for t in url_field.accept}
    return found


def encoded(format: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, format=format)
    return buffer.getvalue()


# -- the signatures ------------------------------------------------------------------------------


@pytest.mark.parametrize("expected", sorted(SAMPLES))
def test_each_accepted_type_is_told_by_its_first_bytes(expected: str) -> None:
    assert expected in sniff(SAMPLES[expected])


@pytest.mark.parametrize("what", sorted(MORE_SAMPLES))
def test_other_beginnings(what: str) -> None:
    head, expected = MORE_SAMPLES[what]
    assert expected in sniff(head)


@pytest.mark.parametrize(
    ("made", "expected"),
    [
        (lambda: encoded("PNG"), "image/png"),
        (lambda: encoded("JPEG"), "image/jpeg"),
        (lambda: encoded("WEBP"), "image/webp"),
        (lambda: encoded("GIF"), "image/gif"),
        (lambda: encoded("BMP"), "image/bmp"),
        (lambda: encoded("TIFF"), "image/tiff"),
        (lambda: _media.mp4("t1"), "video/mp4"),
        (lambda: _media.wav("t1"), "audio/wav"),
    ],
    ids=["png", "jpeg", "webp", "gif", "bmp", "tiff", "mp4", "wav"],
)
def test_real_files_are_told(made: Callable[[], bytes], expected: str) -> None:
    assert expected in sniff(made()[:HEAD_BYTES])


def test_every_type_the_specs_accept_is_told_by_content() -> None:
    told = {same_type(t) for t in KNOWN_TYPES}
    assert accepted_types() <= told
    assert accepted_types() <= {same_type(t) for t in SAMPLES}  # and each is tested above


@pytest.mark.parametrize(
    ("head", "said"),
    [
        (b"", "an empty file"),
        (b"just some notes\n", "text"),
        ("café ".encode() * 200, "text"),  # a character cut in two at the end is still text
        (b"BMW is a car brand, not a bitmap", "text"),
        (
            b"\0\x01\x02\x03\x04\x05\x06\x07\x08",
            "no known file type (it begins 00 01 02 03 04 05 06 07)",
        ),
        (b"%PDF-1.4", "application/pdf"),
    ],
)
def test_what_a_file_looks_like(head: bytes, said: str) -> None:
    assert looks_like(head[:HEAD_BYTES]) == said


# -- model inputs ------------------------------------------------------------------------------


def test_a_text_file_named_as_an_image_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    notes = tmp_path / "cat.png"
    notes.write_text("not an image at all")
    with KieSimulator() as sim, kie_client(sim) as client:
        with pytest.raises(ValidationError) as raised:
            client.kling_2_6.image_to_video(
                prompt="a cat", image_urls=[notes], sound=False, duration="5"
            )
        assert sim.requests == [] and sim.uploads == [] and sim.tasks == []
    assert [(p.field, p.rule, p.message) for p in raised.value.problems] == [
        ("image_urls", "accept", "cat.png looks like text; accepted: image/jpeg, image/png")
    ]


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("face.jpg", SAMPLES["audio/wav"], "audio/wav"),
        ("face.png", b"%PDF-1.7\n", "application/pdf"),
        ("face.jpeg", encoded("WEBP"), "image/webp"),  # an image, but not one this field takes
    ],
)
def test_a_file_is_named_by_what_its_content_is(
    tmp_path: Path, name: str, content: bytes, said: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    async def scenario(sim: KieSimulator) -> ValidationError:
        async with async_kie_client(sim) as client:
            with pytest.raises(ValidationError) as raised:
                await client.create_task(KLING, valid_input() | {"image_urls": [path]})
            return raised.value

    with KieSimulator() as sim:
        error = asyncio.run(scenario(sim))
        assert sim.requests == []
    [problem] = error.problems
    assert problem.message == f"{name} looks like {said}; accepted: image/jpeg, image/png"


@pytest.mark.parametrize(("name", "format"), [("photo.txt", "JPEG"), ("photo", "PNG")])
def test_the_content_decides_whatever_the_name(tmp_path: Path, name: str, format: str) -> None:
    path = tmp_path / name
    path.write_bytes(encoded(format))
    with KieSimulator() as sim, kie_client(sim) as client:
        client.create_task(KLING, valid_input() | {"image_urls": [path]})
        [upload] = sim.uploads
        assert upload.disk_path.read_bytes() == path.read_bytes()


def test_a_field_naming_only_a_medium_refuses_another_medium(tmp_path: Path) -> None:
    field = FieldSpec("image_url", "image_url", "url", media="image")
    for name, content, refused in [
        ("a.png", encoded("PNG"), False),
        ("b.png", b"\x00\x13\x37 a format nobody here knows", False),
        ("c.png", b"%PDF-1.7\n", True),
        ("d.png", SAMPLES["video/mp4"], True),
    ]:
        (tmp_path / name).write_bytes(content)
        problems = LocalFile("image_url", None, tmp_path / name, field).problems("m")
        assert [p.rule for p in problems] == (["accept"] if refused else []), name
    [problem] = LocalFile("image_url", None, tmp_path / "c.png", field).problems("m")
    assert problem.message == "c.png looks like application/pdf; accepted: image files"


def test_a_type_no_signature_tells_is_judged_by_the_name(tmp_path: Path) -> None:
    field = FieldSpec("logo_url", "logo_url", "url", accept=("image/svg+xml",))
    svg = '<svg xmlns="http://www.w3.org/2000/svg"/>'
    (tmp_path / "logo.svg").write_text(svg)
    (tmp_path / "logo.txt").write_text(svg)
    assert LocalFile("logo_url", None, tmp_path / "logo.svg", field).problems("m") == []
    [problem] = LocalFile("logo_url", None, tmp_path / "logo.txt", field).problems("m")
    assert problem.message == "logo.txt looks like text; accepted: image/svg+xml"
