"""`kie` for scripts and shells: failures as JSON with --json, shell completion, and an API key
saved by `kie auth login`. Every test has a config folder and home of its own (never the user's)."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_cli import KIE, REMOTE_IMAGE_5S, Kie, model_flags
from test_cli_hardening import RUN_KLING, running, until

from conftest import KLING, Terminal, modules_loaded_by_kie
from kie_client.cli import main
from kie_client.cli._auth import key_file
from kie_client.registry import MODELS
from kie_client.testing import Failure, KieSimulator, ManualClock, Timing

SECRET = "sk-0123456789abcdef0123456789abcdef"
NO_KEY = (
    "no API key: pass --api-key KEY or export KIE_API_KEY=..., or save one with `kie auth login`"
)


@pytest.fixture(autouse=True)
def saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The file `kie auth login` saves the key in, under this test's own config folder and home;
    no key in the environment."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("KIE_API_KEY", raising=False)
    return tmp_path / "config" / "kie" / "key"


@pytest.fixture
def kie(kie_simulator: KieSimulator, capsys: pytest.CaptureFixture[str]) -> Kie:
    return Kie(kie_simulator, capsys)


class Bare:
    """Runs `kie` in-process with no key but a saved one, and `stdin` piped in; returns (exit
    code, stdout, stderr)."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def __call__(self, *argv: str, stdin: str = "") -> tuple[int, str, str]:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main(list(argv))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def bare(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Bare:
    return Bare(capsys, monkeypatch)


def error_of(out: str) -> dict[str, Any]:
    """The error object --json printed, checked to be stdout's only content."""
    [error] = json.loads(out).values()
    assert list(json.loads(out)) == ["error"]
    return dict(error)


# -- --json: a failure is one JSON object on stdout ---------------------------------------------


@pytest.mark.kie_simulator(failure_rate=1.0, failure=Failure("500", "The GPU melted"))
def test_json_tells_a_failed_task_with_its_id(
    kie: Kie, kie_simulator: KieSimulator, tmp_path: Path
) -> None:
    code, out, err = kie("run", KLING, *model_flags(KLING, tmp_path), "--wait", "--json")
    [task] = kie_simulator.tasks
    line = f"task {task.id} ({KLING}) failed: 500: The GPU melted"
    assert (code, err) == (3, f"created task {task.id}\nkie: {line}\n")
    assert error_of(out) == {
        "code": None,
        "kind": "task_failed",
        "message": line,
        "taskId": task.id,
        "exitCode": 3,
    }


@pytest.mark.kie_simulator(credits=0)
def test_json_tells_a_refusal_a_validation_and_a_missing_key(
    kie: Kie, bare: Bare, kie_simulator: KieSimulator
) -> None:
    code, out, err = kie("run", KLING, *REMOTE_IMAGE_5S, "--prompt", "a", "--sound", "--json")
    error = error_of(out)
    assert (code, error["code"], error["kind"], error["exitCode"]) == (4, 402, "api_error", 4)
    assert "Insufficient credits" in error["message"] and error["taskId"] is None
    assert (
        error["httpStatus"] == 402 and error["requestId"] == kie_simulator.requests[-1].request_id
    )
    assert err == f"kie: {error['message']}\n"
    code, out, _ = kie("run", KLING, *REMOTE_IMAGE_5S, "--prompt", "a", "--duration=7", "--json")
    error = error_of(out)
    assert (code, error["kind"], error["exitCode"]) == (2, "validation", 2)
    assert error["problems"] == [
        {"field": "duration", "rule": "enum", "message": "'7' is not one of '5', '10'"},
        {"field": "sound", "rule": "required", "message": "is required"},
    ]
    code, out, err = bare("credits", "--json")
    assert code == 2 and err == f"kie: {NO_KEY}\n"
    assert error_of(out) == {
        "code": None,
        "kind": "usage",
        "message": NO_KEY,
        "taskId": None,
        "exitCode": 2,
    }


@pytest.mark.kie_simulator(clock=ManualClock(), timing=Timing(generating=60))
def test_json_tells_a_timeout_with_the_command_that_resumes(
    kie: Kie, kie_simulator: KieSimulator
) -> None:
    code, out, err = kie(*RUN_KLING, "--wait", "--deadline", "0.05", "--json")
    [task] = kie_simulator.tasks
    resume = f"kie wait {task.id} --base-url {kie_simulator.base_url} --deadline 0.05 --json"
    line = f"task {task.id} was still generating after 0.05 s; resume with: {resume}"
    assert (code, err.splitlines()[-1]) == (5, f"kie: {line}")
    error = error_of(out)
    assert (error["kind"], error["taskId"], error["exitCode"]) == ("timeout", task.id, 5)
    assert (error["message"], error["resume"]) == (line, resume)


def test_json_tells_an_interruption_with_the_task_and_how_to_resume() -> None:
    with KieSimulator(timing=Timing(generating=5.0)) as sim:
        with running(sim, *RUN_KLING, "--wait", "--json") as process:
            until(lambda: "record_info" in (r.endpoint for r in sim.requests), "poll of the task")
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=10)
        [task] = sim.tasks
    error = error_of(out.decode())
    assert (process.returncode, error["kind"], error["exitCode"]) == (130, "interrupted", 130)
    assert (error["taskId"], error["resume"]) == (task.id, f"kie wait {task.id} --json")
    assert err.decode().splitlines()[-1] == f"kie: {error['message']}"


# -- shell completion ----------------------------------------------------------------------------


def completion(shell: str) -> str:
    done = subprocess.run([KIE, "completion", shell], capture_output=True, text=True, check=True)
    return done.stdout


def bash_completes(script: Path, *words: str) -> list[str]:
    """What bash offers for the last of `words` (a command line up to the cursor), by the function
    the script registers for `kie`."""
    call = (
        'source "$1"; shift; [[ $(complete -p kie) == *"-F _kie kie"* ]] || exit 9; '
        'COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _kie; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    env = {**os.environ, "PATH": f"{KIE.parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", "-c", call, "bash", str(script), *words],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return sorted(filter(None, done.stdout.splitlines()))


def test_bash_completes_commands_model_ids_and_a_models_flags(tmp_path: Path) -> None:
    script = tmp_path / "kie.bash"
    script.write_text(completion("bash"), encoding="utf-8")
    subprocess.run(["bash", "-n", str(script)], check=True)
    model = next(m for m in sorted(MODELS) if "/" in m)
    prefix = model[: model.index("/") + 2]
    assert bash_completes(script, "kie", "ru") == ["run"]
    assert bash_completes(script, "kie", "run", prefix) == sorted(
        m for m in MODELS if m.startswith(prefix)
    )
    assert bash_completes(script, "kie", "run", KLING, "--pro") == ["--prompt", "--prompt-file"]
    assert bash_completes(script, "kie", "run", "--json", KLING, "--so") == ["--sound"]
    assert bash_completes(script, "kie", "auth", "lo") == ["login", "logout"]
    assert bash_completes(script, "kie", "wait", "--d") == ["--deadline"]
    assert bash_completes(script, "kie", "wait", "--out", "") == []  # the shell's file names


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_are_valid(shell: str, tmp_path: Path) -> None:
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    script = tmp_path / f"kie.{shell}"
    script.write_text(completion(shell), encoding="utf-8")
    done = subprocess.run([shell, "-n", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_completion_loads_only_the_model_it_is_asked_for() -> None:
    def loaded(*args: str) -> list[str]:
        return modules_loaded_by_kie(*args, prefixes=("kie_client.models.",))

    assert loaded("completion", "bash") == []
    assert loaded("completion", "--complete-run", KLING) == [
        f"kie_client.models.{MODELS[KLING].module}"
    ]


# -- kie auth: a saved key ------------------------------------------------------------------------


@pytest.mark.kie_simulator(api_key=SECRET)
def test_login_saves_the_key_for_the_user_alone_and_commands_use_it(
    kie_simulator: KieSimulator, bare: Bare, saved: Path
) -> None:
    host = ["--base-url", kie_simulator.base_url]
    code, out, err = bare("auth", "login", *host, stdin=f"  {SECRET}\n")
    assert (code, out) == (0, "")
    assert saved.read_text(encoding="utf-8") == SECRET + "\n" and SECRET not in err
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert stat.S_IMODE(saved.parent.stat().st_mode) == 0o700
    assert [path.name for path in saved.parent.iterdir()] == ["key"]  # no temporary file left
    assert bare("credits", *host) == (0, "10000\n", "")
    code, out, _ = bare("auth", "status", "--json")
    assert json.loads(out) == {
        "source": "kie-saved",
        "key": "****cdef",
        "file": str(saved),
        "saved": True,
    }
    status = f"key   saved by `kie auth login` (****cdef)\nfile  {saved} (saved)\n"
    assert bare("auth", "status") == (0, status, "")
    code, _, err = bare("auth", "logout")
    assert (code, err, saved.exists()) == (0, f"removed the saved key ({saved})\n", False)
    assert bare("credits", *host) == (2, "", f"kie: {NO_KEY}\n")


def test_login_saves_no_key_kie_refuses(
    kie_simulator: KieSimulator, bare: Bare, saved: Path
) -> None:
    code, _, err = bare("auth", "login", "--base-url", kie_simulator.base_url, stdin=SECRET)
    assert code == 4 and "Kie refused the key, so it was not saved" in err
    assert SECRET not in err and not saved.exists()


@pytest.mark.parametrize(
    ("given", "problem"),
    [
        ("", "no key given"),
        ("sk-abc def", "the API key has a space at position 7"),
        ("sk-abc\ndef", "the API key has a newline at position 7"),
    ],
)
def test_login_refuses_what_is_no_key_without_showing_it(
    bare: Bare, saved: Path, given: str, problem: str
) -> None:
    code, _, err = bare("auth", "login", "--no-verify", stdin=given)
    assert code == 2 and problem in err and "def" not in err and not saved.exists()


def test_a_key_given_comes_before_the_environment_which_comes_before_the_saved_one(
    kie_simulator: KieSimulator,
    bare: Bare,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    host = ["--base-url", kie_simulator.base_url]
    assert bare("auth", "login", "--no-verify", stdin=SECRET)[0] == 0

    def source(*options: str) -> str:
        return str(json.loads(bare("auth", "status", "--json", *options)[1])["source"])

    assert source() == "kie-saved"
    assert bare("credits", *host)[0] == 4  # the saved key is not the simulator's
    monkeypatch.setenv("KIE_API_KEY", str(kie_simulator.api_key))
    assert source() == "$KIE_API_KEY"
    assert bare("credits", *host) == (0, "10000\n", "")
    assert source("--api-key", SECRET) == "--api-key"
    assert bare("credits", *host, "--api-key", SECRET)[0] == 4


def test_a_refused_saved_key_names_its_file_and_kie_auth_login(
    kie_simulator: KieSimulator, bare: Bare, saved: Path
) -> None:
    assert bare("auth", "login", "--no-verify", stdin=SECRET)[0] == 0
    code, _, err = bare("credits", "--base-url", kie_simulator.base_url)
    assert code == 4 and err.startswith(
        "kie: 401 Unauthorized: Kie refused the API key saved by `kie auth login`"
    )
    assert "run `kie auth login` to save the right key" in err
    assert err.endswith(f"; the saved key is in {saved}\n") and SECRET not in err


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_saved_key_others_can_read_is_refused(
    kie_simulator: KieSimulator, bare: Bare, saved: Path
) -> None:
    assert bare("auth", "login", "--no-verify", stdin=str(kie_simulator.api_key))[0] == 0
    saved.chmod(0o644)
    code, out, err = bare("credits", "--json", "--base-url", kie_simulator.base_url)
    assert code == 1 and f"run `chmod 600 {saved}`" in err
    assert (error_of(out)["kind"], kie_simulator.requests) == ("local_error", [])
    saved.chmod(0o600)
    assert bare("credits", "--base-url", kie_simulator.base_url)[0] == 0


def test_a_failed_save_keeps_the_old_key_and_leaves_no_temporary_file(
    bare: Bare, saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert bare("auth", "login", "--no-verify", stdin="old-key")[0] == 0

    def full_disk(*_: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    code, _, err = bare("auth", "login", "--no-verify", stdin="new-key")
    assert (code, err) == (1, "kie: [Errno 28] No space left on device\n")
    assert saved.read_text(encoding="utf-8") == "old-key\n"
    assert [path.name for path in saved.parent.iterdir()] == ["key"]


@pytest.mark.skipif(os.name == "nt", reason="the POSIX places")
@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("/xdg", "/xdg/kie/key"),
        ("relative", "{home}/.config/kie/key"),  # XDG: a relative path is ignored
        (None, "{home}/.config/kie/key"),
    ],
)
def test_the_key_file_is_in_the_users_config_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, config: str | None, expected: str
) -> None:
    monkeypatch.delenv("XDG_CONFIG_HOME")
    if config is not None:
        monkeypatch.setenv("XDG_CONFIG_HOME", config)
    assert key_file() == Path(expected.format(home=tmp_path / "home"))


def test_login_reads_a_typed_key_without_showing_it(saved: Path) -> None:
    """Through a real pseudo-terminal, as a person types the key at the prompt."""
    terminal = Terminal([KIE, "auth", "login", "--no-verify"], new_session=True)
    terminal.read_until(b"Kie API key")
    terminal.type(SECRET.encode() + b"\n")
    code, shown = terminal.finish()
    assert code == 0, shown
    assert SECRET not in shown and SECRET[-4:] in shown
    assert saved.read_text(encoding="utf-8") == SECRET + "\n"
