"""`kie` under stress: Ctrl-C and closed pipes never lose a paid task's id, local mistakes are
refused before anything is paid, and no spec text or argument makes it crash."""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from test_cli import KIE, REMOTE_IMAGE_5S, Kie, shell_env

from conftest import KLING
from generator.naming import identifier
from kie_client._spec import FieldSpec, ModelSpec, Option
from kie_client.cli import main
from kie_client.cli._flags import flag
from kie_client.testing import KieSimulator, Timing

# A valid Kling create with nothing to upload.
RUN_KLING = ["run", KLING, *REMOTE_IMAGE_5S, "--prompt", "a", "--no-sound"]
STDOUT_CLOSED = "kie: stdout was closed before all was written (broken pipe)"


@pytest.fixture
def kie(kie_simulator: KieSimulator, capsys: pytest.CaptureFixture[str]) -> Kie:
    return Kie(kie_simulator, capsys)


@contextmanager
def running(sim: KieSimulator, *args: str) -> Iterator[subprocess.Popen[bytes]]:
    """`kie` started against the simulator; killed if a test leaves it running."""
    env = shell_env(sim)
    process = subprocess.Popen(
        [KIE, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate(timeout=10)


def until(condition: Callable[[], bool], what: str, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"no {what} after {seconds} s"
        time.sleep(0.02)


def interrupt(process: subprocess.Popen[bytes]) -> str:
    """Ctrl-C the process; its stderr once it exits."""
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=10)
    return err.decode()


# -- a paid task's id is never lost ------------------------------------------------------------


def test_ctrl_c_while_creating_warns_that_a_task_may_exist() -> None:
    with KieSimulator() as sim:
        sim.inject("create_task", delay=2.0)  # created at once, answered late
        with running(sim, *RUN_KLING) as process:
            until(lambda: bool(sim.tasks), "task created")
            err = interrupt(process)
        assert len(sim.tasks) == 1  # it exists and is paid for; its id never reached the CLI
    assert process.returncode == 130
    assert err == (
        "kie: interrupted; a task may have been created and charged; "
        "check your Kie task list before running again\n"
    )


def test_ctrl_c_while_waiting_leaves_the_id_and_the_command_that_resumes(tmp_path: Path) -> None:
    videos = tmp_path / "videos"
    with KieSimulator(timing=Timing(generating=2.0)) as sim:
        with running(
            sim, *RUN_KLING, "--wait", "--out", str(videos), "--deadline", "60"
        ) as process:
            until(lambda: "record_info" in (r.endpoint for r in sim.requests), "poll of the task")
            err = interrupt(process)
        [task] = sim.tasks
        resume = f"kie wait {task.id} --out {videos} --deadline 60.0"
        assert process.returncode == 130
        assert err.splitlines()[0] == f"created task {task.id}"
        assert err.splitlines()[-1] == f"kie: interrupted; resume with: {resume}"
        done = subprocess.run(
            [KIE, *shlex.split(resume)[1:]], capture_output=True, env=shell_env(sim), timeout=20
        )
    assert done.returncode == 0, done.stderr
    [saved] = done.stdout.decode().splitlines()
    assert Path(saved).parent == videos and Path(saved).stat().st_size > 0


@pytest.mark.parametrize("options", [[], ["--json"], ["--wait"], ["--wait", "--json"]])
def test_a_broken_stdout_leaves_the_id_on_stderr_and_no_traceback(options: list[str]) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # as `kie run ... | head -0` once head is gone
    with KieSimulator() as sim:
        try:
            done = subprocess.run(
                [KIE, *RUN_KLING, *options],
                stdout=writer,
                stderr=subprocess.PIPE,
                env=shell_env(sim),
                timeout=20,
            )
        finally:
            os.close(writer)
        [task] = sim.tasks
    err = done.stderr.decode()
    assert done.returncode == 141, err
    assert err.splitlines()[0] == f"created task {task.id}"
    assert err.splitlines()[-1] == STDOUT_CLOSED and "Traceback" not in err


def test_a_closed_stdout_still_leaves_the_id_on_stderr() -> None:
    with KieSimulator() as sim:
        closed = ["sh", "-c", 'exec "$0" "$@" >&-', str(KIE)]
        done = subprocess.run(
            [*closed, *RUN_KLING, "--json"], capture_output=True, env=shell_env(sim), timeout=20
        )
        [task] = sim.tasks
    assert (done.returncode, done.stderr.decode()) == (0, f"created task {task.id}\n")


# -- local mistakes are refused before anything is paid ------------------------------------------


@pytest.mark.parametrize(
    ("out", "problem"),
    [
        ("taken", "{out} is a file, not a folder: give a folder to save the results in"),
        ("taken/videos", "{out} is inside {tmp}/taken, which is a file, not a folder"),
        pytest.param(
            "/sys/kie-videos",
            "cannot write in /sys (Permission denied): give a folder you can write to",
            marks=pytest.mark.skipif(not Path("/sys").is_dir(), reason="needs Linux's /sys"),
        ),
    ],
)
def test_an_out_that_cannot_take_the_results_is_refused_before_anything_is_sent(
    kie: Kie, kie_simulator: KieSimulator, tmp_path: Path, out: str, problem: str
) -> None:
    (tmp_path / "taken").write_text("a file", encoding="utf-8")
    folder = str(tmp_path / out)
    expected = "argument --out: " + problem.format(out=folder, tmp=tmp_path)
    for command in (
        [*RUN_KLING, "--out", folder],
        [*RUN_KLING, "--wait", "--out", folder],
        ["wait", "some-task", "--out", folder],
        ["download", "some-task", "--out", folder],
    ):
        code, _, err = kie(*command)
        assert code == 2 and expected in err.splitlines()[-1], (command, err)
    assert kie_simulator.requests == []


def test_downloading_into_a_file_is_a_usage_error(kie: Kie, tmp_path: Path) -> None:
    code, task_id, _ = kie(*RUN_KLING)
    assert code == 0
    taken = tmp_path / "taken.mp4"
    taken.write_text("mine", encoding="utf-8")
    code, out, err = kie("download", task_id.strip(), "--out", str(taken))
    assert (code, out) == (2, "")
    assert err.splitlines()[-1].endswith(
        f"argument --out: {taken} is a file, not a folder: "
        "give a folder to save the results in (made if missing)"
    )
    assert taken.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("deadline", ["0", "-5", "nan", "inf", "-inf", "soon"])
def test_a_deadline_must_be_a_finite_number_of_seconds_above_0(
    kie: Kie, kie_simulator: KieSimulator, deadline: str
) -> None:
    for command in ([*RUN_KLING, "--wait"], ["wait", "some-task"]):
        code, _, err = kie(*command, f"--deadline={deadline}")
        message = f"argument --deadline: {deadline!r} is not a finite number of seconds above 0"
        assert code == 2 and message in err.splitlines()[-1], err
    assert kie_simulator.requests == []


# -- no traceback for what a shell can pass ------------------------------------------------------


def test_an_argument_that_is_not_utf8_is_a_usage_error() -> None:
    with KieSimulator() as sim:
        for args, number in (
            ([*RUN_KLING[:-2], "--prompt", b"caf\xe9"], 9),
            (["status", b"\xff"], 2),
        ):
            done = subprocess.run([KIE, *args], capture_output=True, env=shell_env(sim), timeout=20)
            assert done.returncode == 2
            [line] = done.stderr.decode().splitlines()
            assert line.startswith(f"kie: argument {number} (")
            assert line.endswith("is not valid UTF-8: give text and file names in UTF-8")
        assert sim.requests == []


def test_kie_mock_shows_its_options_and_refuses_a_port_past_65535(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["mock", "--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0 and out.startswith("usage: kie mock")
    for option in ("--port", "--timing", "--seed", "--failure-rate", "--api-key"):
        assert option in out
    assert main(["mock", "--port", "99999"]) == 2
    assert capsys.readouterr().err == (
        "kie: mock: bind(): port must be 0-65535. Give --port from 0 (any free port) to 65535.\n"
    )


# -- spec text that must not break the CLI --------------------------------------------------------

# Inputs named like options of `kie run` or like the namespace the command line is parsed into.
CLASHING = (
    "help", "wait", "json", "out", "dry_run", "deadline", "api_key", "base_url", "callback_url",
    "model", "command", "flags",
)  # fmt: skip
UNCLAIMED = ("model", "command", "flags")  # names in the parsed namespace, but not as flags


def field(name: str, kind: Any = "string", **details: Any) -> FieldSpec:
    return FieldSpec(name, identifier(name), kind, **details)


def model(model_id: str, *fields: FieldSpec) -> ModelSpec:
    name = model_id.partition("/")[2]
    return ModelSpec(
        id=model_id,
        title=f"Acme {name}",
        kind="text-to-video",
        output="video",
        description="Spec text written to break a command line.",
        module=f"acme_{name}",
        class_name=f"Acme{name.title()}",
        group="acme",
        method=name,
        fields=fields,
    )


PERCENT = model("acme/percent", field("prompt", description="100% of it, 5%s off, %(prog)s."))
NEWLINE = model(
    "acme/newline", field("quality", "enum", options=(Option("a\nb", "two"), Option("c", "C")))
)
CLASHES = model(
    "acme/clashes",
    *(field(name) for name in CLASHING),
    field("prompt", multiline=True),
    field("prompt_file"),  # spelled like --prompt's own -file flag
)


def spelled(name: str) -> str:
    """The flag of a CLASHING input: its own, unless an option of `kie run` spells it so."""
    natural = flag(field(name))
    return natural if name in UNCLAIMED else "--field." + natural.removeprefix("--")


@pytest.fixture
def acme(kie: Kie, monkeypatch: pytest.MonkeyPatch) -> Kie:
    """`kie`, which also knows the hand-made models above."""
    made = {spec.id: spec for spec in (PERCENT, NEWLINE, CLASHES)}
    monkeypatch.setattr("kie_client.cli.spec_of", lambda model_id: made[model_id])
    return kie


def test_help_shows_a_percent_sign_in_the_spec_as_written(acme: Kie) -> None:
    code, out, err = acme("run", PERCENT.id, "--help")
    assert code == 0, err
    assert "--prompt TEXT         100% of it, 5%s off, %(prog)s." in out


def test_an_enum_value_with_a_newline_is_shown_escaped_and_taken_either_way(acme: Kie) -> None:
    code, out, err = acme("run", NEWLINE.id, "--help")
    assert code == 0, err
    assert "--quality {a\\nb,c}" in out and "- a\\nb: two" in out
    for written in ("a\nb", "a\\nb"):  # as the value is, and as --help shows it
        code, out, err = acme("run", NEWLINE.id, "--quality", written, "--dry-run")
        assert code == 0, err
        assert json.loads(out)["input"] == {"quality": "a\nb"}


def test_help_offers_an_input_named_like_an_option_as_field_dot_name(acme: Kie) -> None:
    code, out, err = acme("run", CLASHES.id, "--help")
    assert code == 0, err
    words = " ".join(out.split())
    offered = {spelled(name): flag(field(name)) for name in CLASHING}
    offered["--field.prompt-file"] = "--prompt-file"  # --prompt's own -file flag came first
    for spelling, taken in offered.items():
        assert f"  {spelling} TEXT" in out
        if spelling != taken:
            assert f"Spelled {spelling}: {taken} is kie's own option or another input's." in words
    assert "  --prompt-file PATH" in out
    assert "  --dry-run             print the JSON body" in out  # kie's own, as before
    code, out, _ = acme("run", CLASHES.id, "--field.help", "x", "--help")
    assert code == 0 and out.startswith(f"usage: kie run {CLASHES.id}")


def test_an_input_named_like_an_option_is_set_only_by_its_own_flag(
    acme: Kie, kie_simulator: KieSimulator, tmp_path: Path
) -> None:
    own = ["--dry-run", "--wait", "--json", "--out", str(tmp_path), "--deadline", "9"]
    code, out, err = acme("run", CLASHES.id, *own, "--callback-url", "https://e.com/hook")
    assert code == 0, err  # the key, hosts and model id given to kie went to no input
    assert json.loads(out) == {
        "model": CLASHES.id,
        "input": {},
        "callBackUrl": "https://e.com/hook",
    }
    prompt = tmp_path / "prompt.txt"
    prompt.write_text("from a file\n", encoding="utf-8")
    given = {name: f"{name} value" for name in CLASHING}
    flags = [word for name, value in given.items() for word in (spelled(name), value)]
    code, out, err = acme(
        "run", CLASHES.id, *flags, "--prompt-file", str(prompt), "--field.prompt-file", "p",
        "--dry-run",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["input"] == {**given, "prompt": "from a file", "prompt_file": "p"}
    code, _, err = acme("run", CLASHES.id, "--prompt", "x", "--prompt-file", str(prompt))
    assert code == 2 and "give --prompt or --prompt-file, not both" in err
    assert kie_simulator.requests == []
