"""The client's upload helpers, download links and downloads, against the simulator."""

from __future__ import annotations

import asyncio
import base64
import io
from pathlib import Path

import httpx
import pytest

from conftest import KLING, async_kie_client, kie_client, valid_input
from kie_client import KieError
from kie_client._spec import FieldSpec
from kie_client._validate import LocalFile
from kie_client.testing import KieSimulator

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def served(url: str) -> bytes:
    return httpx.get(url).content


def test_upload_file_from_a_path_and_from_a_stream(tmp_path: Path) -> None:
    path = tmp_path / "cat.png"
    path.write_bytes(PNG)
    with KieSimulator() as sim, kie_client(sim) as client:
        by_path = client.upload_file(path, upload_path="pets")
        by_stream = client.upload_file(io.BytesIO(PNG), upload_path="pets", file_name="s.png")
        assert served(by_path.download_url) == served(by_stream.download_url) == PNG
    assert by_path.file_path.startswith("pets/") and by_path.file_path.endswith("-cat.png")
    assert (by_path.mime_type, by_path.size) == ("image/png", len(PNG))
    assert by_stream.file_path == "pets/s.png"


def test_a_stream_upload_is_retried_from_its_start() -> None:
    stream = io.BytesIO(b"header" + PNG)
    stream.seek(len(b"header"))
    with KieSimulator() as sim, kie_client(sim) as client:
        sim.inject("upload_stream", status=500)
        uploaded = client.upload_file(stream, file_name="x.png")
        assert [r.status for r in sim.requests] == [500, 200]
        assert served(uploaded.download_url) == PNG


def test_upload_base64_and_by_url() -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        from_bytes = client.upload_base64(PNG, file_name="b.png")
        data_url = "data:image/png;base64," + base64.b64encode(PNG).decode()
        from_text = client.upload_base64(data_url, upload_path="x", file_name="c.png")
        fetched = client.upload_url(from_bytes.download_url, upload_path="copies")
        assert served(fetched.download_url) == PNG
    assert from_bytes.file_path == "kie-client/b.png" and from_text.file_path == "x/c.png"
    assert fetched.file_path == "copies/b.png"


def test_upload_errors_are_kie_errors() -> None:
    with (
        KieSimulator() as sim,
        kie_client(sim) as client,
        pytest.raises(KieError, match="uploadPath '/abs' must not start or end with '/'"),
    ):
        client.upload_base64(PNG, upload_path="/abs")


def test_download_url_and_download_by_id(tmp_path: Path) -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        task = client.create_task(KLING, valid_input())
        record = task.wait()
        link = client.download_url(record.result_urls[0])
        assert link.startswith(sim.base_url + "/files/links/")
        [saved] = client.download(task.id, tmp_path)
        assert saved.read_bytes() == served(link)
        assert list(tmp_path.iterdir()) == [saved]  # no partial file left behind


def test_download_is_retried_through_a_server_error(tmp_path: Path) -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        record = client.create_task(KLING, valid_input()).wait()
        sim.inject("files", status=500)
        [saved] = client.download(record, tmp_path)
        assert saved.stat().st_size > 0


def test_download_of_a_missing_file_says_so(tmp_path: Path) -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        record = client.create_task(KLING, valid_input()).wait()
        sim.inject("files", status=404)
        with pytest.raises(KieError, match=r"downloading .* failed"):
            client.download(record, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_async_uploads_and_credits() -> None:
    async def scenario(sim: KieSimulator) -> tuple[bytes, int]:
        async with async_kie_client(sim) as client:
            uploaded = await client.upload_file(io.BytesIO(PNG), file_name="a.png")
            return served(uploaded.download_url), await client.credits()

    with KieSimulator() as sim:
        assert asyncio.run(scenario(sim)) == (PNG, 10_000)


@pytest.mark.parametrize(
    ("accepted", "name", "head"),
    [
        ("audio/wav", "voice.wav", b"RIFF\0\0\0\0WAVEfmt "),
        ("audio/mp3", "voice.mp3", b"ID3\x04\0\0\0\0\0\0"),
        ("image/jpg", "cat.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF"),
    ],
)
def test_a_local_file_is_accepted_whatever_name_the_docs_give_its_type(
    tmp_path: Path, accepted: str, name: str, head: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(head)
    spec = FieldSpec("audio_url", "audio_url", "url", accept=(accepted,))
    assert LocalFile("audio_url", None, path, spec).problems("m") == []
    refused = LocalFile("audio_url", None, tmp_path / "notes.txt", spec)
    (tmp_path / "notes.txt").write_text("x")
    assert [p.rule for p in refused.problems("m")] == ["accept"]
