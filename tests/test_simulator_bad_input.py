"""Client mistakes get a Kie envelope with the right code: never a traceback, a 500 or a hung socket."""

from __future__ import annotations

import json
import socket

import httpx
import pytest

from conftest import CREATE, KLING, RECORD
from kie_client.testing import KieSimulator

JSON = {"Content-Type": "application/json"}


def raw_exchange(sim: KieSimulator, request: bytes, *, close_write: bool = False) -> bytes:
    """Send raw bytes to the simulator and read its whole answer (it must answer, then hang up)."""
    host, port = sim.base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as conn:
        conn.sendall(request)
        if close_write:
            conn.shutdown(socket.SHUT_WR)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    return answer


def envelope(answer: bytes) -> tuple[int, dict[str, object]]:
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            b"{bad",
            "Malformed JSON at line 1 column 2: Expecting property name enclosed in double quotes.",
        ),
        (b"", "Malformed JSON at line 1 column 1: Expecting value."),
        (b"\xff\xfe", "The body is not UTF-8 (byte 0)."),
        (b"[1, 2]", "The body must be a JSON object."),
        (
            b'{"input": {}}',
            "model is required: the id of a model, e.g. 'kling-2.6/image-to-video'.",
        ),
        (
            b'{"model": 7, "input": {}}',
            "model is required: the id of a model, e.g. 'kling-2.6/image-to-video'.",
        ),
        (
            json.dumps({"model": KLING}).encode(),
            "input is required: a JSON object of the model's parameters.",
        ),
        (
            json.dumps({"model": KLING, "input": []}).encode(),
            "input is required: a JSON object of the model's parameters.",
        ),
    ],
)
def test_malformed_create_body_is_400(
    api: httpx.Client, kie_simulator: KieSimulator, body: bytes, message: str
) -> None:
    response = api.post(CREATE, content=body, headers=JSON)
    assert response.status_code == 400
    assert response.json() == {"code": 400, "msg": message, "data": None}
    assert kie_simulator.tasks == []


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_wrong_content_type_is_415(api: httpx.Client, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = api.post(CREATE, content=b'{"model": "x", "input": {}}', headers=headers)
    assert response.status_code == 415
    assert response.json()["msg"] == "Send the body as JSON, with Content-Type: application/json."


def test_json_with_a_charset_is_json(api: httpx.Client) -> None:
    body = json.dumps({"model": "x", "input": {}}).encode()
    response = api.post(
        CREATE, content=body, headers={"Content-Type": "application/json; charset=utf-8"}
    )
    assert response.status_code == 404  # read as JSON: the unknown model is what is wrong


def test_oversized_json_body_is_413_and_the_connection_survives(api: httpx.Client) -> None:
    response = api.post(CREATE, content=b" " * (1024 * 1024 + 1), headers=JSON)
    assert (response.status_code, response.json()["msg"]) == (
        413,
        "The request body is over the limit of 1048576 bytes.",
    )
    assert api.get("/api/v1/chat/credit").status_code == 200


@pytest.mark.parametrize(
    ("method", "path", "code", "message"),
    [
        ("GET", "/api/v1/jobs/nothing", 404, "No endpoint at /api/v1/jobs/nothing."),
        ("GET", "/", 404, "No endpoint at /."),
        ("GET", CREATE, 405, "/api/v1/jobs/createTask takes POST, not GET."),
        ("DELETE", RECORD, 405, "/api/v1/jobs/recordInfo takes GET, not DELETE."),
        ("POST", "/files/uploads/a/b.png", 405, "/files/uploads/a/b.png takes GET, not POST."),
        (
            "GET",
            "/files/uploads/a/b.png",
            404,
            "No file at /files/uploads/a/b.png (or it has expired).",
        ),
        ("BREW", CREATE, 405, "/api/v1/jobs/createTask takes POST, not BREW."),
        ("TRACE", "/api/v1/jobs/nothing", 404, "No endpoint at /api/v1/jobs/nothing."),
    ],
)
def test_unknown_paths_and_methods(
    api: httpx.Client, method: str, path: str, code: int, message: str
) -> None:
    response = api.request(method, path)
    assert (response.status_code, response.json()["code"], response.json()["msg"]) == (
        code,
        code,
        message,
    )


def test_wrong_method_names_the_allowed_one(api: httpx.Client) -> None:
    assert api.put("/api/v1/chat/credit").headers["Allow"] == "GET"


def test_garbled_request_line_gets_an_envelope(kie_simulator: KieSimulator) -> None:
    status, body = envelope(raw_exchange(kie_simulator, b"NONSENSE\r\n\r\n"))
    assert status == 400 and body["code"] == 400
    assert "Bad request syntax" in str(body["msg"])


def test_bad_content_length_gets_an_envelope(kie_simulator: KieSimulator) -> None:
    request = b"POST /api/v1/jobs/createTask HTTP/1.1\r\nHost: x\r\nContent-Length: lots\r\n\r\n"
    status, body = envelope(raw_exchange(kie_simulator, request))
    assert (status, body["msg"]) == (400, "Content-Length 'lots' is not a number.")


def test_a_body_shorter_than_its_length_is_400_not_a_hang(kie_simulator: KieSimulator) -> None:
    request = (
        b"POST /api/v1/jobs/createTask HTTP/1.1\r\nHost: x\r\n"
        b"Authorization: Bearer kie-simulator-key\r\nContent-Type: application/json\r\n"
        b'Content-Length: 100\r\n\r\n{"model":'
    )
    status, body = envelope(raw_exchange(kie_simulator, request, close_write=True))
    assert (status, body["msg"]) == (400, "The body ended before its Content-Length.")
    assert kie_simulator.tasks == []


def test_every_request_is_recorded_with_its_answer(
    api: httpx.Client, kie_simulator: KieSimulator
) -> None:
    api.post(CREATE, content=b"{bad", headers=JSON)
    api.get("/nowhere")
    api.get(RECORD, params={"taskId": "t1"})
    assert [(r.endpoint, r.method, r.path, r.status, r.body) for r in kie_simulator.requests] == [
        ("create_task", "POST", CREATE, 400, None),
        ("", "GET", "/nowhere", 404, None),
        ("record_info", "GET", RECORD, 404, {"taskId": "t1"}),
    ]
