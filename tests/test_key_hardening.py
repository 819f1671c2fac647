"""The API key at its edges (keys no header can carry, pickles, errors chained to httpx's), and the
client's settings and local files at theirs (a base URL httpx cannot read, special files)."""

from __future__ import annotations

import asyncio
import math
import os
import pickle
import socket
import threading
import traceback
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest

from conftest import KLING, async_kie_client, kie_client, valid_input
from kie_client import (
    AuthenticationError,
    KieClient,
    KieError,
    SubmissionUncertain,
    TransportError,
    ValidationError,
)
from kie_client.testing import KieSimulator

SECRET = "sk-0123456789abcdef0123456789abcdef"
LIMIT_SECONDS = 10.0


# -- keys no HTTP header can carry ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "position", "named"),
    [
        ("sk-abc\nsecret-rest", 7, "a newline"),
        ("  sk-abc\r\nsecret-rest", 9, "a carriage return"),
        ("sk-abc\x00secret-rest", 7, "a control character (U+0000)"),
        ("sk-abc\tsecret-rest", 7, "a tab"),
        ("sk-abc secret-rest", 7, "a space"),
        ("sk-abcésecret-rest", 7, "a non-ASCII character (U+00E9 LATIN SMALL LETTER E WITH ACUTE)"),
        ("sk-abc\u200bsecret-rest", 7, "a non-ASCII character (U+200B ZERO WIDTH SPACE)"),
    ],
)
def test_a_key_no_header_can_carry_is_refused_without_echoing_it(
    key: str, position: int, named: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ways = [(key, None), (None, key)] if "\x00" not in key else [(key, None)]  # no NUL in env
    with KieSimulator() as sim:
        for given, environment in ways:
            if environment is not None:
                monkeypatch.setenv("KIE_API_KEY", environment)
            with pytest.raises(AuthenticationError) as raised:
                KieClient(given, base_url=sim.base_url, upload_base_url=sim.base_url)
            message = str(raised.value)
            assert f"has {named} at position {position}" in message
            assert "https://kie.ai/api-key" in message
            assert "secret-rest" not in message and "sk-abc" not in message
        assert sim.requests == []


def test_a_key_that_is_not_text_is_refused() -> None:
    with pytest.raises(AuthenticationError, match="the API key must be text, not bytes"):
        KieClient(SECRET.encode())  # type: ignore[arg-type]


def test_blanks_around_a_key_are_still_dropped() -> None:
    with (
        KieSimulator(api_key=SECRET) as sim,
        KieClient(f" {SECRET}\n", base_url=sim.base_url, upload_base_url=sim.base_url) as client,
    ):
        assert client.credits() >= 0


# -- pickles and reprs ---------------------------------------------------------------------------


def test_the_key_is_never_pickled() -> None:
    with KieClient(SECRET) as client:
        for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
            with pytest.raises(TypeError, match="an API key is not pickled"):
                pickle.dumps(client._key, protocol)
            try:
                pickled = pickle.dumps(client, protocol)
            except (TypeError, pickle.PicklingError, AttributeError):
                continue
            assert SECRET.encode() not in pickled


def test_the_headers_the_driver_holds_do_not_show_the_key() -> None:
    """They are a local of the driver: a traceback that shows locals shows their repr."""
    with KieClient(SECRET) as client:
        headers = client._key.headers
        assert headers["Authorization"] == f"Bearer {SECRET}"
        assert SECRET not in repr(headers) and SECRET not in str(headers)


# -- no error leads back to the key --------------------------------------------------------------


def _links(thing: object) -> Iterator[object]:
    """What an error, container or object holds: args, chain, attributes and slots, items. Not
    tracebacks: their frames hold the caller's own variables (the client, and so the key)."""
    if isinstance(thing, BaseException):
        yield from (thing.args, thing.__cause__, thing.__context__)
    if isinstance(thing, Mapping):
        yield from thing.keys()
        yield from thing.values()
    elif isinstance(thing, list | tuple | set | frozenset):
        yield from thing
    if isinstance(thing, str | bytes | int | float | type) or callable(thing):
        return
    yield from getattr(thing, "__dict__", {}).values()
    for cls in type(thing).__mro__:
        for name in getattr(cls, "__slots__", ()):
            if hasattr(thing, name):
                yield getattr(thing, name)


def _shows_key(thing: object) -> bool:
    if isinstance(thing, bytes | bytearray):
        return SECRET.encode() in thing
    return SECRET in repr(thing) or SECRET in str(thing)


def leaks(error: BaseException) -> list[str]:
    """The reprs of everything reachable from `error` that shows the key, and its printed form."""
    found: list[str] = []
    seen: set[int] = set()
    todo: list[object] = [error]
    while todo and len(seen) < 20_000:
        thing = todo.pop()
        if id(thing) in seen or thing is None:
            continue
        seen.add(id(thing))
        if _shows_key(thing):
            found.append(f"{type(thing).__name__}: {thing!r}"[:200])
        todo.extend(_links(thing))
    if SECRET in "".join(traceback.format_exception(error)):
        found.append("the printed traceback")
    return found


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _client_for(sim: KieSimulator, base_url: str | None, asynchronous: bool) -> Any:
    options = {"max_retries": 1, "timeout": httpx.Timeout(0.5)}
    if base_url is not None:
        options |= {"base_url": base_url, "upload_base_url": base_url}
    return (async_kie_client if asynchronous else kie_client)(sim, **options)


def failure_of(scenario: str, asynchronous: bool) -> KieError:
    """The error a real transport failure ends in, on the simulator (whose key is SECRET)."""
    with KieSimulator(api_key=SECRET) as sim:
        base_url = f"http://127.0.0.1:{closed_port()}" if scenario == "closed port" else None
        if scenario == "dropped read":
            sim.inject("credits", drop=True, times=None)
        elif scenario == "dropped create":
            sim.inject("create_task", drop=True)
        elif scenario == "read timeout":
            sim.inject("credits", delay=2.0, times=None)
        client = _client_for(sim, base_url, asynchronous)
        act = (
            (lambda c: c.create_task(KLING, valid_input()))
            if scenario == "dropped create"
            else (lambda c: c.credits())
        )
        if asynchronous:

            async def attempt() -> None:
                async with client:
                    await act(client)

            with pytest.raises(KieError) as raised:
                asyncio.run(attempt())
        else:
            with client, pytest.raises(KieError) as raised:
                act(client)
    return raised.value


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("scenario", "expected", "cause"),
    [
        ("closed port", TransportError, "ConnectError"),
        ("dropped read", TransportError, "RemoteProtocolError"),
        ("read timeout", TransportError, "ReadTimeout"),
        ("dropped create", SubmissionUncertain, "RemoteProtocolError"),
    ],
)
def test_no_error_of_a_transport_failure_leads_back_to_the_key(
    scenario: str, expected: type[KieError], cause: str, asynchronous: bool
) -> None:
    error = failure_of(scenario, asynchronous)
    assert type(error) is expected
    assert cause in str(error) and type(error.__cause__).__name__ == cause  # still said
    assert leaks(error) == []


class QuotingError(httpx.ConnectError):
    """A transport's own error, made unlike httpx's and quoting the header it refused."""

    def __init__(self, header: str, detail: str) -> None:
        super().__init__(f"refused header {header!r}: {detail}")


class QuotingTransport(httpx.HTTPTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise QuotingError(request.headers["Authorization"], "no")


def test_a_transport_error_quoting_the_key_is_masked() -> None:
    with (
        KieSimulator(api_key=SECRET) as sim,
        httpx.Client(transport=QuotingTransport()) as http,
        kie_client(sim, max_retries=0, http_client=http) as client,
        pytest.raises(TransportError) as raised,
    ):
        client.credits()
    error = raised.value
    assert "refused header '***': no" in str(error)
    assert isinstance(error.__cause__, httpx.TransportError)  # a kind the plans read alike
    assert leaks(error) == []


# -- settings and local files at their edges -----------------------------------------------------


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://[::1", "is not a valid URL (Invalid port: ':1')"),
        ("http://[zz]/", "is not a valid URL (Invalid IPv6 address: '[zz]')"),
        ("http://a/\x00", "is not a valid URL (Invalid non-printable ASCII character"),
        ("http://:80", "has no host"),
        ("ftp://host", "is not an http(s) URL"),
    ],
)
def test_a_base_url_httpx_cannot_read_is_refused_naming_the_setting(
    url: str, problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for argument in ("base_url", "upload_base_url"):
        with pytest.raises(ValueError) as raised:
            KieClient("k", **{argument: url})
        assert str(raised.value).startswith(f"{argument}: {url!r} {problem}")
    if "\x00" in url:
        return  # the environment cannot hold a NUL
    monkeypatch.setenv("KIE_UPLOAD_BASE_URL", url)
    with pytest.raises(ValueError) as raised:
        KieClient("k")
    assert str(raised.value).startswith(f"KIE_UPLOAD_BASE_URL: {url!r} {problem}")


def within(seconds: float, act: Callable[[], object], fifo: Path | None = None) -> object:
    """What `act` returns or raises, failing if it takes over `seconds` (then a blocked open of
    `fifo` is released, so no thread is left behind)."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(act())
        except BaseException as error:
            outcome.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive() and fifo is not None and fifo.is_fifo():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(seconds)
    assert outcome, f"still running after {seconds} s"
    return outcome[0]


@pytest.fixture
def special_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Paths that exist but are no regular file, named .png as an image would be, and what each is."""
    fifo, folder = tmp_path / "pipe.png", tmp_path / "folder.png"
    os.mkfifo(fifo)
    folder.mkdir()
    return {
        "device": (Path("/dev/zero"), "a device"),
        "named pipe": (fifo, "a named pipe"),
        "directory": (folder, "a directory"),
    }


@pytest.mark.parametrize("kind", ["device", "named pipe", "directory"])
@pytest.mark.parametrize("spelled", [str, Path], ids=["str", "Path"])
def test_a_special_file_for_a_url_field_is_named_as_such(
    kind: str, spelled: Callable[[Path], object], special_files: dict[str, tuple[Path, str]]
) -> None:
    path, what = special_files[kind]
    with KieSimulator() as sim, kie_client(sim) as client:
        values = valid_input() | {"image_urls": [spelled(path)]}
        error = within(LIMIT_SECONDS, lambda: client.create_task(KLING, values), path)
        assert isinstance(error, ValidationError), error
        assert [(p.field, p.rule) for p in error.problems] == [("image_urls", "file")]
        assert f"{str(path)!r} is {what}, not a regular file" in str(error)
        assert sim.requests == []


@pytest.mark.parametrize("kind", ["device", "named pipe", "directory"])
def test_uploading_a_special_file_is_refused_not_read(
    kind: str, special_files: dict[str, tuple[Path, str]]
) -> None:
    """Reading /dev/zero never ends, and opening a named pipe waits for a writer."""
    path, what = special_files[kind]
    with KieSimulator() as sim, kie_client(sim) as client:
        error = within(LIMIT_SECONDS, lambda: client.upload_file(path), path)
        assert isinstance(error, ValueError), error
        assert str(error) == f"cannot upload {str(path)!r}: it is {what}, not a regular file"
        assert sim.requests == []


def test_a_string_too_long_for_a_file_name_is_a_bad_url_not_an_os_error() -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        for name in ("x" * 5000, "a\x00b"):
            with pytest.raises(ValidationError) as raised:
                client.create_task(KLING, valid_input() | {"image_urls": [name]})
            assert [(p.field, p.rule) for p in raised.value.problems] == [("image_urls", "url")]
            with pytest.raises(ValidationError) as raised:
                client.create_task(KLING, valid_input() | {"image_urls": [Path(name)]})
            assert [(p.field, p.rule) for p in raised.value.problems] == [("image_urls", "file")]
        assert sim.requests == []


@pytest.mark.parametrize("setting", ["backoff_seconds", "poll_deadline_seconds"])
@pytest.mark.parametrize("value", [math.nan, math.inf])
def test_a_client_refuses_settings_that_are_not_finite(setting: str, value: float) -> None:
    with pytest.raises(ValueError, match="finite"):
        KieClient("key", **{setting: value})


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("costTime", math.nan),
        ("createTime", 1e300),
        ("consumeCredits", "9" * 5000),
        ("param", "[" * 100_000),
        ("updateTime", "²"),
    ],
)
def test_a_record_with_hostile_fields_reads_them_as_absent(field: str, value: object) -> None:
    from kie_client import TaskRecord

    record = TaskRecord.parse({"taskId": "t1", "model": "m", "state": "success", field: value})
    assert record.task_id == "t1"
