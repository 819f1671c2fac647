"""Uploads (multipart stream, URL, base64), the files they serve, credits and download links."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator

import httpx
import pytest

from conftest import SPECS, client_for, create, decode_result, record
from generator.pipeline import load_project
from kie_client import MODELS, spec_of
from kie_client.registry import LARGEST_INPUT_FILE_BYTES
from kie_client.testing import KieSimulator, ManualClock

STREAM = "/api/file-stream-upload"
BY_URL = "/api/file-url-upload"
BASE64 = "/api/file-base64-upload"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


def upload(
    client: httpx.Client, content: bytes, name: str = "cat.png", **form: str
) -> httpx.Response:
    return client.post(
        STREAM, files={"file": (name, content, "image/png")}, data={"uploadPath": "img", **form}
    )


def test_stream_upload_returns_a_download_url_it_serves(
    api: httpx.Client, kie_simulator: KieSimulator
) -> None:
    response = upload(api, PNG)
    assert response.status_code == 200
    body = response.json()
    assert (body["success"], body["code"], body["msg"]) == (True, 200, "success")
    data = body["data"]
    assert data["fileName"] == "cat.png" and data["filePath"] == "img/cat.png"
    assert (data["fileSize"], data["mimeType"]) == (len(PNG), "image/png")
    assert data["uploadedAt"].endswith("Z")
    assert data["downloadUrl"] == f"{kie_simulator.base_url}/files/uploads/img/cat.png"
    served = httpx.get(data["downloadUrl"])
    assert (served.content, served.headers["Content-Type"]) == (PNG, "image/png")
    assert [u.file_path for u in kie_simulator.uploads] == ["img/cat.png"]


def test_stream_upload_takes_file_name_and_replaces_the_same_path(api: httpx.Client) -> None:
    upload(api, b"first", fileName="same.png")
    url = upload(api, b"second", fileName="same.png").json()["data"]["downloadUrl"]
    assert url.endswith("/img/same.png")
    assert httpx.get(url).content == b"second"


def test_a_download_url_is_percent_encoded_and_served(
    api: httpx.Client, kie_simulator: KieSimulator
) -> None:
    """A name may hold what a URL must escape: '#' would end the path, a space or 'é' is no URL."""
    data = upload(api, PNG, uploadPath="été", fileName="a b#1.png").json()["data"]
    assert data["filePath"] == "été/a b#1.png"
    assert (
        data["downloadUrl"] == f"{kie_simulator.base_url}/files/uploads/%C3%A9t%C3%A9/a%20b%231.png"
    )
    assert httpx.get(data["downloadUrl"]).content == PNG


def test_stream_upload_of_an_unknown_length_stream(api: httpx.Client) -> None:
    """A body sent chunked (a generator, no Content-Length) is read as it comes."""
    boundary = "b0undary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="uploadPath"\r\n\r\nclips\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.mp3"\r\n'
        "Content-Type: audio/mpeg\r\n\r\n"
    ).encode()

    def chunks() -> Iterator[bytes]:
        yield head
        for _ in range(50):
            yield b"ID3" * 1000  # many chunks, so the closing boundary can straddle two
        yield f"\r\n--{boundary}--\r\n".encode()

    response = api.post(
        STREAM,
        content=chunks(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert (data["filePath"], data["fileSize"], data["mimeType"]) == (
        "clips/a.mp3",
        150_000,
        "audio/mpeg",
    )
    assert httpx.get(data["downloadUrl"]).content == b"ID3" * 50_000


def test_the_upload_limit_is_the_largest_file_any_spec_documents(
    kie_simulator: KieSimulator,
) -> None:
    largest = load_project(SPECS).largest_input_file
    assert largest == LARGEST_INPUT_FILE_BYTES
    assert kie_simulator.backend.files.max_file_bytes == largest


@pytest.mark.kie_simulator(max_upload_bytes=100_000)
def test_uploads_up_to_the_limit_are_kept_and_one_byte_more_is_413(
    api: httpx.Client, kie_simulator: KieSimulator
) -> None:
    assert upload(api, b"\0" * 100_000).status_code == 200
    refused = upload(api, b"\0" * 100_001, name="big.png")
    assert refused.status_code == 413
    assert refused.json() == {
        "success": False,
        "code": 413,
        "msg": "The file is over the limit of 100000 bytes.",
        "data": None,
    }
    assert [u.file_path for u in kie_simulator.uploads] == ["img/cat.png"]
    assert api.get("/api/v1/chat/credit").json()["code"] == 200  # the connection still serves


@pytest.mark.kie_simulator(max_upload_bytes=1000)
def test_oversized_body_is_refused_before_it_is_read(api: httpx.Client) -> None:
    """Content-Length alone says the body is too big: refused without holding it."""
    response = api.post(
        STREAM,
        content=b"x" * 5_000_000,
        headers={"Content-Type": "multipart/form-data; boundary=x"},
    )
    assert response.status_code == 413
    assert response.json()["msg"] == f"The request body is over the limit of {1000 + 65536} bytes."


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({}, "uploadPath is required: a folder such as 'images/user-uploads'."),
        ({"uploadPath": "/img"}, "uploadPath '/img' must not start or end with '/'."),
        ({"uploadPath": "img/"}, "uploadPath 'img/' must not start or end with '/'."),
        (
            {"uploadPath": "a/../b"},
            "uploadPath 'a/../b' must be folder names separated by single '/'.",
        ),
        (
            {"uploadPath": "a", "fileName": "../x"},
            "fileName '../x' must be a plain file name: it contains '/'.",
        ),
    ],
)
def test_stream_upload_form_is_checked(
    api: httpx.Client, kie_simulator: KieSimulator, form: dict[str, str], message: str
) -> None:
    response = api.post(STREAM, files={"file": ("a.png", PNG, "image/png")}, data=form)
    assert (response.status_code, response.json()["msg"]) == (400, message)
    assert response.json()["success"] is False
    assert kie_simulator.uploads == []


def test_stream_upload_needs_a_file_part_and_multipart(api: httpx.Client) -> None:
    no_file = api.post(STREAM, data={"uploadPath": "img"}, files={"other": ("a", b"1")})
    assert (no_file.status_code, no_file.json()["msg"]) == (
        400,
        "file is required: a form part named 'file' with the content.",
    )
    as_json = api.post(STREAM, json={"uploadPath": "img"})
    assert as_json.status_code == 415


def test_truncated_multipart_is_400(api: httpx.Client) -> None:
    body = b'--x\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nabc'
    response = api.post(
        STREAM, content=body, headers={"Content-Type": "multipart/form-data; boundary=x"}
    )
    assert (response.status_code, response.json()["msg"]) == (
        400,
        "The multipart body ended before the end of a part.",
    )


@pytest.mark.parametrize(
    "data",
    [base64.b64encode(PNG).decode(), "data:image/png;base64," + base64.b64encode(PNG).decode()],
)
def test_base64_upload_plain_or_data_url(api: httpx.Client, data: str) -> None:
    response = api.post(BASE64, json={"base64Data": data, "uploadPath": "b64", "fileName": "p.png"})
    assert response.status_code == 200, response.text
    stored = response.json()["data"]
    assert (stored["filePath"], stored["mimeType"], stored["fileSize"]) == (
        "b64/p.png",
        "image/png",
        len(PNG),
    )
    assert httpx.get(stored["downloadUrl"]).content == PNG


def test_base64_upload_without_a_name_is_named_by_its_type(api: httpx.Client) -> None:
    data = "data:image/png;base64," + base64.b64encode(PNG).decode()
    stored = api.post(BASE64, json={"base64Data": data, "uploadPath": "b64"}).json()["data"]
    assert stored["fileName"].endswith(".png") and stored["mimeType"] == "image/png"


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        ({"uploadPath": "b"}, 400, "base64Data is required: base64 text or a data: URL."),
        ({"base64Data": "not base64!", "uploadPath": "b"}, 400, "base64Data is not valid base64."),
        (
            {"base64Data": "AAAA"},
            400,
            "uploadPath is required: a folder such as 'images/user-uploads'.",
        ),
    ],
)
def test_base64_upload_is_checked(
    api: httpx.Client, kie_simulator: KieSimulator, body: dict[str, str], code: int, message: str
) -> None:
    response = api.post(BASE64, json=body)
    assert (response.status_code, response.json()["msg"]) == (code, message)
    assert kie_simulator.uploads == []


@pytest.mark.kie_simulator(max_upload_bytes=100)
def test_base64_upload_over_the_limit_is_413(api: httpx.Client) -> None:
    response = api.post(
        BASE64, json={"base64Data": base64.b64encode(b"x" * 101).decode(), "uploadPath": "b"}
    )
    assert (response.status_code, response.json()["msg"]) == (
        413,
        "The file is over the limit of 100 bytes.",
    )


def test_url_upload_fetches_a_loopback_file(api: httpx.Client) -> None:
    source = upload(api, PNG).json()["data"]["downloadUrl"]
    response = api.post(BY_URL, json={"fileUrl": source, "uploadPath": "copies"})
    assert response.status_code == 200, response.text
    copy = response.json()["data"]
    assert (copy["filePath"], copy["mimeType"], copy["fileSize"]) == (
        "copies/cat.png",
        "image/png",
        len(PNG),
    )
    assert httpx.get(copy["downloadUrl"]).content == PNG


@pytest.mark.parametrize(
    ("file_url", "message"),
    [
        (None, "fileUrl is required: an http(s) URL of the file to fetch."),
        ("ftp://127.0.0.1/a.png", "fileUrl is required: an http(s) URL of the file to fetch."),
        (
            "https://example.com/a.png",
            "The simulator fetches only loopback URLs (no network in tests); 'https://example.com/a.png' is not.",
        ),
    ],
)
def test_url_upload_is_checked(api: httpx.Client, file_url: str | None, message: str) -> None:
    response = api.post(BY_URL, json={"fileUrl": file_url, "uploadPath": "copies"})
    assert (response.status_code, response.json()["msg"]) == (400, message)


def test_url_upload_of_a_missing_file_says_what_it_got(
    api: httpx.Client, kie_simulator: KieSimulator
) -> None:
    missing = f"{kie_simulator.base_url}/files/uploads/none/x.png"
    response = api.post(BY_URL, json={"fileUrl": missing, "uploadPath": "copies"})
    assert (response.status_code, response.json()["msg"]) == (
        400,
        f"Fetching {missing!r} answered HTTP 404.",
    )
    assert kie_simulator.uploads == []


def test_uploads_expire_after_the_documented_retention() -> None:
    with KieSimulator(clock=ManualClock()) as sim, client_for(sim) as client:
        url = upload(client, PNG).json()["data"]["downloadUrl"]
        sim.advance(3 * 86_400 - 1)
        assert httpx.get(url).status_code == 200
        sim.advance(1)
        assert httpx.get(url).status_code == 404


def test_credits_report_the_balance(api: httpx.Client) -> None:
    assert api.get("/api/v1/chat/credit").json() == {"code": 200, "msg": "success", "data": 10_000}
    create(api)
    assert api.get("/api/v1/chat/credit").json()["data"] == 9_990


@pytest.mark.kie_simulator(credits=25, task_cost=10)
def test_402_once_credits_run_out(api: httpx.Client, kie_simulator: KieSimulator) -> None:
    assert [create(api).status_code for _ in range(3)] == [200, 200, 402]
    refused = create(api).json()
    assert refused == {
        "code": 402,
        "msg": "Insufficient credits: 5 left, and a task costs 10.",
        "data": None,
    }
    assert len(kie_simulator.tasks) == 2
    kie_simulator.credits = 100  # a top-up
    assert create(api).status_code == 200


def test_download_url_links_a_generated_file_for_20_minutes() -> None:
    with KieSimulator(clock=ManualClock()) as sim, client_for(sim) as client:
        result = json.loads(record(client, create(client).json()["data"]["taskId"])["resultJson"])
        [url] = result["resultUrls"]
        response = client.post("/api/v1/common/download-url", json={"url": url})
        assert response.status_code == 200, response.text
        link = response.json()["data"]
        assert link.startswith(sim.base_url + "/files/links/")
        assert httpx.get(link).headers["Content-Type"] == "video/mp4"
        sim.advance(20 * 60)
        assert httpx.get(link).status_code == 404


@pytest.mark.parametrize("url", ["https://example.com/a.mp4", "/files/results/nope/0.mp4"])
def test_download_url_refuses_files_kie_did_not_make(api: httpx.Client, url: str) -> None:
    response = api.post("/api/v1/common/download-url", json={"url": url})
    assert response.status_code == 422
    assert (
        response.json()["msg"] == f"{url!r} is not a file Kie generated; only those can be linked."
    )
    assert api.post("/api/v1/common/download-url", json={}).status_code == 400


# Per output kind: the result's extension, content type, and what it decodes to (decode_result).
RESULT_MEDIA = {
    "image": ("png", "image/png", (8, 8)),
    "audio": ("wav", "audio/wav", (1, 2, 16_000, 4_000)),  # mono 16-bit PCM, 0.25 s at 16 kHz
    "video": ("mp4", "video/mp4", (16, 16, 3)),  # H.264, 16x16, 3 frames
}


@pytest.mark.parametrize("kind", sorted(RESULT_MEDIA))
def test_each_result_file_is_real_media_that_decodes(api: httpx.Client, kind: str) -> None:
    extension, content_type, decoded = RESULT_MEDIA[kind]
    model = next(m for m in sorted(MODELS) if spec_of(m).output == kind)
    served = []
    for _ in range(2):
        data = record(api, create(api, model).json()["data"]["taskId"])
        [url] = json.loads(data["resultJson"])["resultUrls"]
        assert url.endswith(f"/0.{extension}")
        served.append(httpx.get(url))
    for response in served:
        assert (response.status_code, response.headers["Content-Type"]) == (200, content_type)
        assert decode_result(kind, response.content) == decoded
    # An image's colour and a tone's pitch come from the task id; every video is the same clip.
    assert (served[0].content != served[1].content) == (kind != "video")
