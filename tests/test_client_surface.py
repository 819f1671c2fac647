"""The client's public surface: configuration, typing, lazy imports, and the key kept out of sight."""

from __future__ import annotations

import inspect
import logging
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

from conftest import KLING, kie_client, mypy_strict, valid_input
from generator.naming import CLIENT_ATTRIBUTES
from kie_client import (
    MODELS,
    AsyncKieClient,
    AuthenticationError,
    KieClient,
    KieError,
    NotFoundError,
    ValidationError,
)
from kie_client.api import STATUS_CODES
from kie_client.errors import ERRORS_BY_CODE
from kie_client.testing import KieSimulator

SECRET = "sk-live-0123456789abcdef"


def test_key_and_hosts_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    with KieSimulator(api_key=SECRET) as sim:
        monkeypatch.setenv("KIE_API_KEY", SECRET)
        monkeypatch.setenv("KIE_BASE_URL", sim.base_url + "/")
        monkeypatch.setenv("KIE_UPLOAD_BASE_URL", sim.base_url)
        with KieClient() as client:
            assert client.credits() == 10_000
            assert repr(client) == f"KieClient(base_url={sim.base_url!r})"


def test_without_a_key_the_client_says_how_to_give_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIE_API_KEY", raising=False)
    with pytest.raises(
        AuthenticationError, match=r"no API key: pass api_key=\.\.\. or set KIE_API_KEY"
    ):
        KieClient()


def test_a_bad_base_url_is_refused() -> None:
    with pytest.raises(ValueError, match=re.escape("'api.kie.ai' is not an http")):
        KieClient("k", base_url="api.kie.ai")


def test_a_wrong_key_is_an_authentication_error() -> None:
    with (
        KieSimulator() as sim,
        KieClient("wrong", base_url=sim.base_url) as client,
        pytest.raises(AuthenticationError, match="You do not have access permissions"),
    ):
        client.credits()


def test_a_users_http_client_is_used_and_left_open() -> None:
    seen: list[str] = []
    with KieSimulator() as sim:
        http = httpx.Client(event_hooks={"request": [lambda r: seen.append(r.url.path)]})
        with kie_client(sim, http_client=http) as client:
            client.credits()
        assert seen == ["/api/v1/chat/credit"]
        assert not http.is_closed
        http.close()


def test_every_documented_error_code_has_its_class() -> None:
    assert sorted(ERRORS_BY_CODE) == sorted(code for code in STATUS_CODES if code != 200)


def test_unknown_model_is_named_with_a_suggestion() -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        with pytest.raises(
            NotFoundError,
            match=re.escape(
                "unknown model 'kling-2.6/image-to-vdeo'; did you mean 'kling-2.6/image-to-video'"
            ),
        ):
            client.create_task("kling-2.6/image-to-vdeo", {})
        assert sim.requests == []


def test_validation_error_lists_every_problem_with_model_field_rule_and_limits() -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        with pytest.raises(ValidationError) as raised:
            client.kling_2_6.image_to_video(
                prompt="x" * 1001, image_urls=[], sound=True, duration="7"  # type: ignore[arg-type]
            )
        assert sim.requests == []
    assert [(p.model, p.field, p.rule) for p in raised.value.problems] == [
        (KLING, "duration", "enum"),
        (KLING, "image_urls", "min_items"),
        (KLING, "prompt", "max_length"),
    ]
    assert str(raised.value) == (
        f"{KLING}: 3 problem(s) in the input\n"
        "  - duration: '7' is not one of '5', '10' [enum]\n"
        "  - image_urls: has 0 items; at least 1 are needed [min_items]\n"
        "  - prompt: has 1001 characters; at most 1000 are allowed [max_length]"
    )


def test_local_files_are_checked_before_anything_is_sent(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not an image")
    big = tmp_path / "huge.png"
    big.write_bytes(b"\0" * 10_000_001)
    with KieSimulator() as sim, kie_client(sim) as client:
        with pytest.raises(ValidationError) as raised:
            client.kling.v1_avatar_standard(image_url=text, audio_url=big, prompt="")
        assert sim.requests == []
    assert [(p.field, p.rule, p.message) for p in raised.value.problems] == [
        (
            "audio_url",
            "accept",
            "huge.png looks like no known file type (it begins 00 00 00 00 00 00 00 00); accepted: audio/mpeg, audio/wav, audio/x-wav, audio/aac, audio/mp4, audio/ogg",
        ),
        ("audio_url", "max_size", "huge.png is 10000001 bytes; at most 10MB"),
        (
            "image_url",
            "accept",
            "notes.txt looks like text; accepted: image/jpeg, image/png, image/webp",
        ),
    ]


def test_model_methods_are_keyword_only_and_fully_typed() -> None:
    with KieSimulator() as sim:
        for client in (kie_client(sim), AsyncKieClient(sim.api_key, base_url=sim.base_url)):
            for model, entry in MODELS.items():
                method = getattr(getattr(client, entry.group), entry.method)
                parameters = inspect.signature(method).parameters.values()
                assert all(p.kind is p.KEYWORD_ONLY for p in parameters), model
                assert all(p.annotation is not p.empty for p in parameters), model
                assert "Any" not in str(inspect.signature(method)), model


def test_groups_never_shadow_the_client() -> None:
    """The generator refuses a group named like a client attribute: the list must be complete."""
    groups = {entry.group for entry in MODELS.values()}
    for client, closer in ((KieClient("k"), "aclose"), (AsyncKieClient("k"), "close")):
        public = {name for name in dir(client) if not name.startswith("_")}
        assert public - groups == CLIENT_ATTRIBUTES - {closer}


def test_mypy_catches_a_wrong_option_and_a_missing_argument(tmp_path: Path) -> None:
    script = tmp_path / "use.py"
    script.write_text(textwrap.dedent("""
            from kie_client import KieClient

            client = KieClient("key")
            client.kling_2_6.image_to_video(prompt="a", image_urls=["x.png"], sound=True, duration="7")
            client.kling_2_6.image_to_video(prompt="a", image_urls=["x.png"], duration="5")
            """))
    said = mypy_strict(script)
    assert (
        'Argument "duration" to "image_to_video" of "Kling26Models" has incompatible type' in said
    )
    assert 'Missing named argument "sound" for "image_to_video" of "Kling26Models"' in said


def test_importing_the_package_imports_no_model_code() -> None:
    code = (
        "import sys, kie_client; "
        "print(sorted(m for m in sys.modules if m.startswith(('kie_client.models.', 'kie_client.groups.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    used = (
        "import sys, kie_client; c = kie_client.KieClient('k'); c.kling_2_6; "
        "print(sorted(m for m in sys.modules if m.startswith(('kie_client.models.', 'kie_client.groups.'))))"
    )
    out = subprocess.run([sys.executable, "-c", used], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['kie_client.groups.kling_2_6']"


def test_the_key_never_shows(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    """Not in a repr, an error, or any log line at DEBUG, through success, retries and failures."""
    caplog.set_level(logging.DEBUG)
    shown: list[str] = []
    with KieSimulator(api_key=SECRET, webhook_key="hook") as sim:
        with kie_client(sim, max_retries=1) as client:
            shown += [repr(client), str(client), repr(client._key), repr(vars(client))]
            task = client.create_task(KLING, valid_input(), callback_url="http://127.0.0.1:9/h")
            shown += [repr(task), repr(task.wait())]
            task.download(tmp_path)
            sim.inject("credits", status=500, times=None)
            for failing in (
                lambda: client.credits(),
                lambda: client.tasks.get("nope"),
                lambda: client.create_task(KLING, {}),
            ):
                with pytest.raises(KieError) as raised:
                    failing()
                shown += [str(raised.value), repr(raised.value), repr(vars(raised.value))]
        with KieClient(SECRET, base_url="http://127.0.0.1:9", max_retries=0) as offline:
            with pytest.raises(KieError) as raised:
                offline.credits()
            shown += [str(raised.value), repr(raised.value.__cause__)]
    shown += [record.getMessage() for record in caplog.records]
    assert any("HTTP Request" in line or "-> HTTP" in line for line in shown)  # logs were on
    leaks = [line for line in shown if SECRET in line]
    assert leaks == []


def test_async_client_has_the_same_surface() -> None:
    def public(cls: type) -> set[str]:
        return {n for n in vars(cls) if not n.startswith("_")}

    assert public(AsyncKieClient) - {"aclose"} == public(KieClient) - {"close"}
    sends_nothing = {"with_options"}  # it makes a client: nothing to await
    for name in public(KieClient) - {"close"}:
        sync, awaited = getattr(KieClient, name), getattr(AsyncKieClient, name)
        if callable(sync) and not isinstance(sync, property):
            assert inspect.iscoroutinefunction(awaited) is (name not in sends_nothing), name
            assert list(inspect.signature(sync).parameters) == list(
                inspect.signature(awaited).parameters
            ), name
