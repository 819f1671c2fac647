"""What an error of an HTTP answer holds for a bug report: the request id, HTTP status, Kie code
and the start of the body, in its attributes, its str() and its repr(); never the key."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from test_key_hardening import SECRET, leaks

from conftest import CREATE, KLING, async_kie_client, client_for, kie_client, valid_input
from kie_client import (
    AsyncKieClient,
    AuthenticationError,
    InsufficientCreditsError,
    KieClient,
    KieError,
    ServerError,
    SubmissionUncertain,
    ValidationError,
)
from kie_client.errors import BODY_LIMIT
from kie_client.testing import Gateway, KieSimulator


def last_request_id(sim: KieSimulator) -> str:
    return sim.requests[-1].request_id


def test_every_answer_of_the_simulator_names_its_request(tmp_path: Path) -> None:
    with KieSimulator() as sim, client_for(sim) as http:
        answers = [
            http.get("/api/v1/chat/credit"),
            http.post(CREATE, json={"model": "nope", "input": {}}),
            http.get("/no/such/path"),
            http.get("/files/results/nothing/0.mp4"),
        ]
        ids = [answer.headers.get("x-request-id") for answer in answers]
        assert all(ids) and len(set(ids)) == len(ids)
        assert [r.request_id for r in sim.requests] == ids


def test_an_error_holds_the_answer_it_came_of() -> None:
    with KieSimulator() as sim, kie_client(sim, max_retries=0) as client:
        sim.inject("credits", status=500, message="The database is down.")
        with pytest.raises(ServerError) as raised:
            client.credits()
        request_id = last_request_id(sim)
    error = raised.value
    assert (error.http_status, error.code, error.request_id) == (500, 500, request_id)
    assert error.body is not None
    assert json.loads(error.body) == {"code": 500, "msg": "The database is down.", "data": None}
    assert str(error) == f"The database is down.\n  (HTTP 500, request id {request_id})"
    assert repr(error) == (
        f"ServerError('The database is down.', code=500, http_status=500, "
        f"request_id={request_id!r}, body={error.body!r})"
    )


def test_a_code_under_http_200_shows_both() -> None:
    with KieSimulator(errors_under_http_200=True, credits=0) as sim, kie_client(sim) as client:
        with pytest.raises(InsufficientCreditsError) as raised:
            client.create_task(KLING, valid_input())
        request_id = last_request_id(sim)
    error = raised.value
    assert (error.http_status, error.code, error.request_id) == (200, 402, request_id)
    assert str(error).endswith(f"\n  (HTTP 200, Kie code 402, request id {request_id})")


def test_a_refused_key_keeps_the_answer() -> None:
    with KieSimulator() as sim, KieClient("wrong-key", base_url=sim.base_url) as client:
        with pytest.raises(AuthenticationError) as raised:
            client.credits()
        request_id = last_request_id(sim)
    error = raised.value
    assert (error.http_status, error.code, error.request_id) == (401, 401, request_id)
    assert error.body is not None and "You do not have access permissions" in error.body
    assert "Kie refused the API key given as api_key=..." in str(error)
    assert str(error).endswith(f"\n  (HTTP 401, request id {request_id})")


def test_a_validation_error_from_kie_and_the_awaited_client() -> None:
    async def scenario(sim: KieSimulator) -> ValidationError:
        async with async_kie_client(sim) as client:
            sim.inject("create_task", status=422, message="prompt: too dull")
            with pytest.raises(ValidationError) as raised:
                await client.create_task(KLING, valid_input())
            return raised.value

    with KieSimulator() as sim:
        error = asyncio.run(scenario(sim))
        request_id = last_request_id(sim)
    assert (error.http_status, error.code, error.request_id) == (422, 422, request_id)
    assert str(error).splitlines()[-1] == f"  (HTTP 422, request id {request_id})"


def test_the_body_kept_is_bounded() -> None:
    with KieSimulator() as sim, kie_client(sim, max_retries=0) as client:
        sim.inject("credits", status=500, message="x" * 10_000)
        with pytest.raises(ServerError) as raised:
            client.credits()
    assert raised.value.body is not None and len(raised.value.body) == BODY_LIMIT


def test_a_failed_download_holds_the_result_hosts_status_and_request_id(tmp_path: Path) -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        record = client.create_task(KLING, valid_input()).wait()
        sim.inject("files", status=404)
        with pytest.raises(KieError) as raised:
            client.download(record, tmp_path)
        request_id = last_request_id(sim)
    assert (raised.value.http_status, raised.value.request_id) == (404, request_id)


def test_an_uncertain_create_holds_the_foreign_answer() -> None:
    with (
        KieSimulator() as sim,
        Gateway(sim.base_url) as gateway,
        KieClient(sim.api_key, base_url=gateway.base_url) as client,
    ):
        gateway.fail(CREATE, 502)
        with pytest.raises(SubmissionUncertain) as raised:
            client.create_task(KLING, valid_input())
    assert (raised.value.http_status, raised.value.body) == (502, "<html>502</html>")


# -- never the key -------------------------------------------------------------------------------


class _Echo(BaseHTTPRequestHandler):
    """A server that quotes the Authorization header back, in its message and its body, as some
    proxies and APIs do."""

    def do_GET(self) -> None:
        header = self.headers.get("Authorization", "")
        token = header.rpartition(" ")[2]
        body = json.dumps({"code": 401, "msg": f"key {token} refused", "echo": header}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Request-Id", "echo-1")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def echo_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_an_answer_quoting_the_key_is_masked_in_every_detail(echo_url: str) -> None:
    with (
        KieClient(SECRET, base_url=echo_url, max_retries=0) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        client.credits()
    error = raised.value
    assert error.request_id == "echo-1" and error.body is not None
    assert "key *** refused" in error.body and '"echo": "***"' in error.body
    assert "key *** refused" in str(error)
    assert leaks(error) == []


def test_an_error_the_awaited_client_raises_is_masked_too(echo_url: str) -> None:
    async def scenario() -> AuthenticationError:
        async with AsyncKieClient(SECRET, base_url=echo_url, max_retries=0) as client:
            with pytest.raises(AuthenticationError) as raised:
                await client.credits()
            return raised.value

    error = asyncio.run(scenario())
    assert error.body is not None and "key *** refused" in error.body
    assert leaks(error) == []
