"""Hostile request bodies and upload sources get a clear 4xx at once: lone surrogates, numbers JSON
has no room for, nesting deep enough to exhaust the parser, file names that are paths, redirects off
loopback, and chunked bodies that keep coming past the limit."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from test_simulator_bad_input import raw_exchange

from conftest import CREATE, KLING, RECORD, valid_input
from kie_client.testing import KieSimulator

JSON = {"Content-Type": "application/json"}
STREAM = "/api/file-stream-upload"
BY_URL = "/api/file-url-upload"
BASE64 = "/api/file-base64-upload"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
# A model whose `seed` is a number with no bounds: only the JSON check can refuse NaN there.
UNBOUNDED_NUMBER = "ideogram/v3-reframe"


@pytest.fixture
def no_simulator_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fails the test if the simulator logged a failure of its own (a 500 and its traceback)."""
    with caplog.at_level(logging.ERROR, logger="kie_client.testing"):
        yield
    assert [r.getMessage() for r in caplog.records if r.name == "kie_client.testing"] == []


def create_body(model: str = KLING, **raw_fields: str) -> bytes:
    """A createTask body with a valid input, its named fields set to raw JSON text."""
    model_input = valid_input(model) | {name: f"<{name}>" for name in raw_fields}
    text = json.dumps({"model": model, "input": model_input})
    for name, raw in raw_fields.items():
        text = text.replace(f'"{name}": "<{name}>"', f'"{name}": {raw}')
    return text.encode()


def answer_of(response: httpx.Response) -> tuple[int, str]:
    return response.status_code, response.json()["msg"]


# -- 1. lone surrogates -----------------------------------------------------------------------


@pytest.mark.usefixtures("no_simulator_errors")
@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            create_body(prompt='"a cat \\ud800"'),
            "input.prompt is not valid text: it holds the lone surrogate '\\ud800', which UTF-8"
            " cannot encode.",
        ),
        (
            create_body(image_urls='["https://a.example/\\udfff.png"]'),
            "input.image_urls[0] is not valid text: it holds the lone surrogate '\\udfff', which"
            " UTF-8 cannot encode.",
        ),
        (
            b'{"model": "kling-2.6/image-to-video", "input": {"\\udc00": 1}}',
            "input.\\udc00 is not valid text: it holds the lone surrogate '\\udc00', which UTF-8"
            " cannot encode.",
        ),
    ],
)
def test_a_lone_surrogate_is_refused_naming_the_field(
    api: httpx.Client, kie_simulator: KieSimulator, body: bytes, message: str
) -> None:
    assert answer_of(api.post(CREATE, content=body, headers=JSON)) == (400, message)
    assert kie_simulator.tasks == []


def test_a_surrogate_pair_escape_is_text_and_its_task_can_be_read(api: httpx.Client) -> None:
    created = api.post(CREATE, content=create_body(prompt='"a cat \\ud83d\\ude00"'), headers=JSON)
    assert created.status_code == 200, created.text
    task = api.get(RECORD, params={"taskId": created.json()["data"]["taskId"]})
    assert task.status_code == 200
    assert json.loads(task.json()["data"]["param"])["input"]["prompt"] == "a cat \U0001f600"


# -- 2. numbers JSON has no room for -----------------------------------------------------------


@pytest.mark.usefixtures("no_simulator_errors")
@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("NaN", "The body is not valid JSON: NaN is not a JSON number."),
        ("Infinity", "The body is not valid JSON: Infinity is not a JSON number."),
        ("-Infinity", "The body is not valid JSON: -Infinity is not a JSON number."),
        ("-1e400", "The body holds a number beyond the range of a double: -1e400."),
        ("9" * 5000, "The body holds a number of 5000 digits; at most 4300 are read."),
    ],
)
def test_a_number_json_cannot_carry_is_refused(
    api: httpx.Client, kie_simulator: KieSimulator, number: str, message: str
) -> None:
    body = create_body(UNBOUNDED_NUMBER, seed=number)
    assert answer_of(api.post(CREATE, content=body, headers=JSON)) == (400, message)
    assert kie_simulator.tasks == []


# -- 3. nesting --------------------------------------------------------------------------------


@pytest.mark.usefixtures("no_simulator_errors")
@pytest.mark.parametrize("opening", [b"[", b'{"a":'])
def test_deep_nesting_is_refused_before_parsing(
    api: httpx.Client, opening: bytes, kie_simulator: KieSimulator
) -> None:
    closing = b"]" if opening == b"[" else b"}"
    body = b'{"model": "x", "input": ' + opening * 100_000 + b"1" + closing * 100_000 + b"}"
    response = api.post(CREATE, content=body, headers=JSON)
    assert answer_of(response) == (400, "The body is nested deeper than 64 levels.")
    assert kie_simulator.requests[-1].status == 400


def test_nesting_up_to_the_limit_is_parsed_and_brackets_in_text_do_not_count(
    api: httpx.Client,
) -> None:
    body = b'{"model": "x", "input": {"a": ' + b"[" * 62 + b"]" * 62 + b"}}"  # 64 levels
    assert answer_of(api.post(CREATE, content=body, headers=JSON)) == (
        404,
        "Model 'x' is not supported.",
    )
    prompt = json.dumps("[{" * 100 + '"\\')  # 200 brackets, a quote and a backslash
    assert api.post(CREATE, content=create_body(prompt=prompt), headers=JSON).status_code == 200


# -- 4. upload file names ----------------------------------------------------------------------


class FileHost:
    """A loopback web server for URL uploads: any path is a PNG, except that `?to=URL` redirects."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                host.paths.append(self.path)
                target = parse_qs(urlsplit(self.path).query).get("to")
                self.send_response(302 if target else 200)
                if target:
                    self.send_header("Location", target[0])
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", "0" if target else str(len(PNG)))
                self.end_headers()
                self.wfile.write(b"" if target else PNG)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def file_host() -> Iterator[FileHost]:
    host = FileHost()
    thread = threading.Thread(target=host.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield host
    host.server.shutdown()
    host.server.server_close()
    thread.join()


def multipart(filename: bytes) -> tuple[bytes, dict[str, str]]:
    """A stream upload's body with the file part's filename as raw bytes, and its headers."""
    body = (
        b'--x\r\nContent-Disposition: form-data; name="uploadPath"\r\n\r\nimg\r\n'
        b'--x\r\nContent-Disposition: form-data; name="file"; filename="' + filename + b'"\r\n'
        b"Content-Type: image/png\r\n\r\n" + PNG + b"\r\n--x--\r\n"
    )
    return body, {"Content-Type": "multipart/form-data; boundary=x"}


BAD_NAMES = [
    ("../evil.png", "it contains '/'"),
    ("..\\evil.png", "it contains '\\\\'"),
    ("..", "'..' is a path step"),
    ("a\x00b.png", "it contains '\\x00'"),
    ("a\x1fb.png", "it contains '\\x1f'"),
]


def upload_named(api: httpx.Client, host: FileHost, way: str, name: str) -> httpx.Response:
    """An upload whose file name arrives the given way."""
    if way == "stream fileName":
        files = {"file": ("a.png", PNG, "image/png")}
        return api.post(STREAM, files=files, data={"uploadPath": "img", "fileName": name})
    if way == "multipart filename":
        body, headers = multipart(name.encode())
        return api.post(STREAM, content=body, headers=headers)
    if way == "base64 fileName":
        return api.post(BASE64, json={"base64Data": "AAAA", "uploadPath": "b", "fileName": name})
    if way == "url fileName":
        url = f"{host.url}/a.png"
        return api.post(BY_URL, json={"fileUrl": url, "uploadPath": "u", "fileName": name})
    escaped = "".join(f"%{ord(c):02X}" if c in "./\\\x00\x1f" else c for c in name)
    return api.post(BY_URL, json={"fileUrl": f"{host.url}/files/{escaped}", "uploadPath": "u"})


@pytest.mark.parametrize(
    ("way", "what"),
    [
        ("stream fileName", "fileName"),
        ("multipart filename", "The file part's filename"),
        ("base64 fileName", "fileName"),
        ("url fileName", "fileName"),
        ("url path", "The name at the end of fileUrl"),
    ],
)
def test_an_upload_name_is_checked_however_it_arrives(
    api: httpx.Client, kie_simulator: KieSimulator, file_host: FileHost, way: str, what: str
) -> None:
    for name, problem in BAD_NAMES:
        assert answer_of(upload_named(api, file_host, way, name)) == (
            400,
            f"{what} {name!r} must be a plain file name: {problem}.",
        )
    assert kie_simulator.uploads == []
    assert file_host.paths == []  # refused before anything was fetched


def test_a_folder_name_with_a_control_character_is_refused(api: httpx.Client) -> None:
    response = api.post(BASE64, json={"base64Data": "AAAA", "uploadPath": "a\x01b"})
    assert answer_of(response) == (
        400,
        "uploadPath 'a\\x01b' must be folder names separated by single '/'.",
    )


# -- 5. URL uploads stay on loopback ----------------------------------------------------------


def test_a_url_upload_redirected_off_loopback_is_refused_before_the_hop(
    api: httpx.Client, kie_simulator: KieSimulator, file_host: FileHost
) -> None:
    port = file_host.url.rsplit(":", 1)[1]
    target = f"http://0.0.0.0:{port}/x.png"  # reaches this very host: only the rule can stop it
    start = f"{file_host.url}/r?to={target}"
    response = api.post(BY_URL, json={"fileUrl": start, "uploadPath": "u"})
    assert answer_of(response) == (
        400,
        f"The simulator fetches only loopback URLs (no network in tests); {target!r}"
        f" (a redirect from {start!r}) is not.",
    )
    assert file_host.paths == [f"/r?to={target}"]
    assert kie_simulator.uploads == []


def test_a_url_upload_follows_redirects_on_loopback(api: httpx.Client, file_host: FileHost) -> None:
    start = f"{file_host.url}/r?to=/pics/cat.png"
    response = api.post(BY_URL, json={"fileUrl": start, "uploadPath": "u", "fileName": "c.png"})
    assert response.status_code == 200, response.text
    assert file_host.paths == ["/r?to=/pics/cat.png", "/pics/cat.png"]
    assert httpx.get(response.json()["data"]["downloadUrl"]).content == PNG


@pytest.mark.usefixtures("no_simulator_errors")
@pytest.mark.parametrize("url", ["http://[::1/a.png", "http://127.0.0.1:port/a.png"])
def test_a_url_that_cannot_be_parsed_is_not_a_url(api: httpx.Client, url: str) -> None:
    fetch = api.post(BY_URL, json={"fileUrl": url, "uploadPath": "u"})
    assert answer_of(fetch) == (400, "fileUrl is required: an http(s) URL of the file to fetch.")
    callback = api.post(CREATE, json={"model": KLING, "input": valid_input(), "callBackUrl": url})
    assert answer_of(callback) == (422, "callBackUrl: must be an http(s) URL [url]")


# -- 6. chunked bodies -------------------------------------------------------------------------


def exchange(sim: KieSimulator, request: bytes) -> tuple[float, int, dict[str, object]]:
    """Send raw bytes, keep the connection open, and read one answer: (seconds taken, status,
    envelope). The client never finishes its body, so only an early answer arrives in time."""
    host, port = sim.base_url.removeprefix("http://").split(":")
    with (
        socket.create_connection((host, int(port)), timeout=5) as conn,
        conn.makefile("rb") as answer,
    ):
        started = time.perf_counter()
        conn.sendall(request)
        status = int(answer.readline().split()[1])
        headers = dict(line.split(b": ", 1) for line in iter(answer.readline, b"\r\n"))
        body = json.loads(answer.read(int(headers[b"Content-Length"])))
        return time.perf_counter() - started, status, body


CHUNKED_HEAD = (
    b"POST /api/v1/jobs/createTask HTTP/1.1\r\nHost: x\r\n"
    b"Authorization: Bearer kie-simulator-key\r\nContent-Type: application/json\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n"
)
LIMIT = 1024 * 1024


def test_an_oversized_chunked_body_is_413_as_soon_as_it_is_over(
    kie_simulator: KieSimulator,
) -> None:
    """One chunk announces 2 MiB; a little over the limit arrives and the client waits."""
    body = b"%x\r\n" % (2 * LIMIT) + b" " * (LIMIT + 10)
    seconds, status, envelope = exchange(kie_simulator, CHUNKED_HEAD + body)
    assert (status, envelope["msg"]) == (
        413,
        f"The request body is over the limit of {LIMIT} bytes.",
    )
    assert seconds < 1


NEXT_REQUEST = b"GET /api/v1/chat/credit HTTP/1.1\r\nHost: x\r\n\r\n"
# Chunk data that looks like the end of a body and a next request, just past where a reader of
# 64 KiB blocks finds the 1 MiB limit exceeded.
LOOKALIKE = (b" " * 65536 * 17 + b"0\r\n\r\n" + NEXT_REQUEST) * 2


@pytest.mark.parametrize(
    "body",
    [
        # Refused as too big mid-chunk: the rest of the chunk is discarded as data.
        b"%x\r\n" % len(LOOKALIKE) + LOOKALIKE,
        # Malformed: where the body ends is unknown, so what follows is not read as a request.
        b"zz\r\n0\r\n\r\n" + NEXT_REQUEST,
    ],
    ids=["too big", "malformed"],
)
def test_a_refused_chunked_body_is_not_read_as_a_next_request(
    kie_simulator: KieSimulator, body: bytes
) -> None:
    answer = raw_exchange(kie_simulator, CHUNKED_HEAD + body + b"\r\n0\r\n\r\n", close_write=True)
    assert answer.startswith((b"HTTP/1.1 413 ", b"HTTP/1.1 400 "))
    assert answer.count(b"HTTP/1.1 ") == 1
    assert [r.path for r in kie_simulator.requests] == [CREATE]


def test_endless_chunked_trailers_are_400_at_once(kie_simulator: KieSimulator) -> None:
    trailers = b"X-Trailer: " + b"t" * 1000 + b"\r\n"
    seconds, status, envelope = exchange(
        kie_simulator, CHUNKED_HEAD + b"2\r\n{}\r\n0\r\n" + trailers * 17
    )
    assert (status, envelope["msg"]) == (400, "The chunked trailers are over 16384 bytes.")
    assert seconds < 1


@pytest.mark.parametrize("size_line", [b"-1", b"+5", b"0x5", b"1_0", b"f" * 17])
def test_a_malformed_chunk_size_is_400_at_once(
    kie_simulator: KieSimulator, size_line: bytes
) -> None:
    seconds, status, envelope = exchange(kie_simulator, CHUNKED_HEAD + size_line + b"\r\n{}")
    assert (status, envelope["msg"]) == (400, "Malformed chunked transfer encoding.")
    assert seconds < 1


def test_a_url_upload_ignores_proxy_settings(
    api: httpx.Client, file_host: FileHost, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A proxy from the environment could carry a loopback fetch off this machine; here it is a
    loopback port nothing listens on, so a fetch through it fails."""
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    url = f"{file_host.url}/a.png"
    response = api.post(BY_URL, json={"fileUrl": url, "uploadPath": "u"})
    assert response.status_code == 200, response.text
    assert file_host.paths == ["/a.png"]
