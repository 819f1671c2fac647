"""Where a client sends things (only to hosts the user named) and what a refused key says."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from kie_client import AsyncKieClient, AuthenticationError, KieClient
from kie_client._config import configure
from kie_client.api import BASE_URL, UPLOAD_BASE_URL
from kie_client.cli import main
from kie_client.testing import KieSimulator

WRONG = "sk-wrong-7f3a9c1e"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
VARIABLES = ("KIE_API_KEY", "KIE_BASE_URL", "KIE_UPLOAD_BASE_URL")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in VARIABLES:
        monkeypatch.delenv(variable, raising=False)


class OnlyTo(httpx.HTTPTransport):
    """Sends to one host and port; any other request fails before it leaves, and is recorded."""

    def __init__(self, base_url: str) -> None:
        super().__init__()
        self.allowed = httpx.URL(base_url).netloc
        self.elsewhere: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.netloc != self.allowed:
            self.elsewhere.append(str(request.url))
            raise httpx.ConnectError("not the simulator", request=request)
        return super().handle_request(request)


def upload_url_of(**options: str | None) -> str:
    _, settings = configure(
        "k", options.get("base_url"), options.get("upload_base_url"), 0, 0.0, 1.0
    )
    return settings.url("upload_stream")


# -- hosts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("from_environment", [False, True])
def test_with_only_base_url_local_files_are_uploaded_there(
    from_environment: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cat.png"
    path.write_bytes(PNG)
    with KieSimulator() as sim:
        transport = OnlyTo(sim.base_url)
        if from_environment:
            monkeypatch.setenv("KIE_BASE_URL", sim.base_url)
        base_url = None if from_environment else sim.base_url
        with (
            httpx.Client(transport=transport) as http,
            KieClient(sim.api_key, base_url=base_url, max_retries=0, http_client=http) as client,
        ):
            uploaded = client.upload_file(path, upload_path="pets")
        assert transport.elsewhere == []
        assert [file.file_path for file in sim.uploads] == [uploaded.file_path]
        assert uploaded.download_url.startswith(sim.base_url)


def test_with_nothing_named_the_documented_hosts_are_used() -> None:
    _, settings = configure("k", None, None, 0, 0.0, 1.0)
    assert settings.base_url == BASE_URL.rstrip("/")
    assert settings.upload_base_url == UPLOAD_BASE_URL.rstrip("/")
    assert BASE_URL != UPLOAD_BASE_URL  # else this test would prove nothing


def test_a_named_upload_host_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    assert upload_url_of(base_url="http://api.test", upload_base_url="http://up.test").startswith(
        "http://up.test/"
    )
    monkeypatch.setenv("KIE_UPLOAD_BASE_URL", "http://env-up.test")
    assert upload_url_of(base_url="http://api.test").startswith("http://env-up.test/")
    monkeypatch.delenv("KIE_UPLOAD_BASE_URL")
    assert upload_url_of(upload_base_url="http://up.test").startswith("http://up.test/")
    assert upload_url_of(base_url="http://api.test/").startswith("http://api.test/api/")


# -- a refused key ---------------------------------------------------------------------------


def refused(error: BaseException) -> str:
    """The error's message and notes, checked not to hold the key."""
    text = "\n".join([str(error), repr(error), *getattr(error, "__notes__", ())])
    assert WRONG not in text
    return str(error)


def test_a_wrong_key_argument_is_named_as_the_source() -> None:
    with (
        KieSimulator() as sim,
        KieClient(WRONG, base_url=sim.base_url) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        client.credits()
    message = refused(raised.value)
    assert message.startswith("401 Unauthorized: Kie refused the API key given as api_key=...")
    assert "(You do not have access permissions)" in message
    assert "pass the right key as api_key=... or set KIE_API_KEY" in message
    assert "https://kie.ai/api-key" in message
    assert raised.value.code == 401 and raised.value.http_status == 401


def test_a_wrong_key_from_the_environment_is_named_as_the_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KIE_API_KEY", WRONG)
    with KieSimulator() as sim:

        async def credits() -> int:
            async with AsyncKieClient(base_url=sim.base_url) as client:
                return await client.credits()

        with KieClient(base_url=sim.base_url) as client, pytest.raises(AuthenticationError) as sync:
            client.credits()
        with pytest.raises(AuthenticationError) as async_:
            asyncio.run(credits())
    for raised in (sync, async_):
        message = refused(raised.value)
        assert message.startswith("401 Unauthorized: Kie refused the API key from KIE_API_KEY")
        assert "set KIE_API_KEY to the right key, or pass api_key=..." in message


def test_a_wrong_key_on_a_create_is_named_too() -> None:
    with (
        KieSimulator() as sim,
        KieClient(WRONG, base_url=sim.base_url) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        client.create_task("google/nano-banana", {"prompt": "a cat"})
    assert "given as api_key=..." in refused(raised.value)
    assert sim.tasks == []


def kie(sim: KieSimulator, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["credits", "--base-url", sim.base_url, *args])
    err = capsys.readouterr().err
    assert WRONG not in err
    return code, err


def test_the_cli_names_a_wrong_api_key_option(capsys: pytest.CaptureFixture[str]) -> None:
    with KieSimulator() as sim:
        code, err = kie(sim, capsys, "--api-key", WRONG)
    assert code == 4
    assert "kie: 401 Unauthorized: Kie refused the API key given with --api-key" in err
    assert "pass the right key as --api-key KEY or export KIE_API_KEY=..." in err
    assert "api_key=" not in err


def test_the_cli_names_a_wrong_key_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIE_API_KEY", WRONG)
    with KieSimulator() as sim:
        code, err = kie(sim, capsys)
    assert code == 4
    assert "kie: 401 Unauthorized: Kie refused the API key from KIE_API_KEY" in err
    assert "export KIE_API_KEY=... with the right key, or pass --api-key KEY" in err
    assert "api_key=" not in err


@pytest.mark.parametrize("given", [[], ["--api-key", ""], ["--api-key", "  "]])
def test_the_cli_says_how_to_give_a_missing_key_in_shell_words(
    given: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["credits", *given]) == 2
    err = capsys.readouterr().err
    assert "kie: no API key: pass --api-key KEY or export KIE_API_KEY=..." in err
    assert "api_key=" not in err
