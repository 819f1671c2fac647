"""The `kie` command against the simulator: every command, every model, errors and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import (
    KLING,
    MAGIC,
    Terminal,
    decode_result,
    fixture_cases,
    modules_loaded_by_kie,
    result_kind,
    sample_file,
)
from kie_client import MODELS, spec_of
from kie_client._spec import FieldSpec, ModelSpec
from kie_client.cli import main
from kie_client.cli._flags import flag, takes_json
from kie_client.testing import Failure, KieSimulator, ManualClock, Timing

PNG = MAGIC["image"]
KIE = Path(sys.executable).with_name("kie")
REMOTE_IMAGE_5S = ["--image-urls", "https://e.com/a.png", "--duration", "5"]


class Kie:
    """Runs `kie` in-process against a simulator; returns (exit code, stdout, stderr)."""

    def __init__(self, sim: KieSimulator, capsys: pytest.CaptureFixture[str]) -> None:
        self.sim = sim
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        connection = ["--base-url", self.sim.base_url, "--upload-base-url", self.sim.base_url]
        argv = [*args, "--api-key", str(self.sim.api_key), *connection]
        try:
            code = main(argv)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def kie(kie_simulator: KieSimulator, capsys: pytest.CaptureFixture[str]) -> Kie:
    return Kie(kie_simulator, capsys)


def model_flags(model: str, folder: Path) -> list[str]:
    """Flags for the model's fullest valid fixture, with local files for its URL inputs."""
    spec = spec_of(model)
    values = fixture_cases(model)["valid"][1]["input"]
    flags = []
    for field in spec.fields:
        if field.name not in values:
            continue
        name = "--" + field.py_name.replace("_", "-")
        value = values[field.name]
        url_field = field.items if field.type == "array" else field
        if url_field is not None and url_field.type == "url":
            path = sample_file(url_field, folder)
            value = [str(path)] if field.type == "array" else str(path)
        if field.type == "boolean":
            flags.append(name if value else "--no-" + name[2:])
        elif takes_json(field):
            flags += [name, json.dumps(value)]
        elif isinstance(value, list):
            for item in value:
                flags += [name, str(item)]
        else:
            flags += [name, str(value)]
    return flags


@pytest.mark.parametrize("model", sorted(MODELS))
def test_run_wait_download_status_for_every_model(
    kie: Kie, kie_simulator: KieSimulator, model: str, tmp_path: Path
) -> None:
    code, out, err = kie(
        "run", model, *model_flags(model, tmp_path), "--wait", "--out", str(tmp_path / "out")
    )
    assert code == 0, err
    [task] = kie_simulator.tasks
    kind = result_kind(model)
    if kind is None:  # a text model prints its answer
        assert json.loads(out)["text"]
    else:
        [saved] = out.splitlines()
        assert all(decode_result(kind, Path(saved).read_bytes()))
    assert f"created task {task.id}" in err and f"task {task.id}: success" in err
    local = [flag for flag in model_flags(model, tmp_path) if flag.startswith(str(tmp_path))]
    assert len(kie_simulator.uploads) == len(local)
    code, out, _ = kie("status", task.id)
    assert code == 0 and "state  success" in out and f"model  {model}" in out


def test_run_without_wait_prints_the_id_for_scripts(kie: Kie, kie_simulator: KieSimulator) -> None:
    code, out, err = kie(
        "run", KLING, *REMOTE_IMAGE_5S, "--prompt", "a", "--sound", "--duration=10"
    )
    [task] = kie_simulator.tasks
    assert (code, out) == (0, task.id + "\n")
    resume = f"kie wait {task.id} --base-url {kie_simulator.base_url}"
    assert err == f"created task {task.id}\nfollow it with: {resume}\n"
    assert task.input == {
        "prompt": "a",
        "image_urls": ["https://e.com/a.png"],
        "sound": True,
        "duration": "10",
    }
    code, out, _ = kie("wait", task.id)
    assert code == 0 and out.strip().endswith(".mp4")


def test_json_output_is_json_only(kie: Kie, kie_simulator: KieSimulator, tmp_path: Path) -> None:
    code, out, err = kie("run", KLING, *model_flags(KLING, tmp_path), "--wait", "--json")
    record = json.loads(out)
    assert code == 0 and err == f"created task {record['taskId']}\n"  # a paid id is never lost
    assert record["state"] == "success" and record["files"] == []
    assert json.loads(kie("credits", "--json")[1]) == {"credits": 9_990}
    assert json.loads(kie("status", record["taskId"], "--json")[1])["taskId"] == record["taskId"]
    models = json.loads(kie("models", "--json")[1])
    assert [m["id"] for m in models] == sorted(MODELS)
    [kling] = [m for m in models if m["id"] == KLING]
    spec = spec_of(KLING)
    required = [f.name for f in spec.fields if f.required]
    assert kling["inputs"] == required + [f.name for f in spec.fields if not f.required]


def test_download_upload_and_credits(kie: Kie, kie_simulator: KieSimulator, tmp_path: Path) -> None:
    image = tmp_path / "cat.png"
    image.write_bytes(PNG)
    code, out, _ = kie("upload", str(image), "--upload-path", "mine")
    [stored] = kie_simulator.uploads
    assert code == 0 and out == f"{kie_simulator.base_url}/files/uploads/{stored.file_path}\n"
    assert stored.file_path.startswith("mine/") and stored.disk_path.read_bytes() == PNG
    task_id = kie("run", KLING, *model_flags(KLING, tmp_path))[1].strip()
    code, out, _ = kie("download", task_id, "--out", str(tmp_path / "d"))
    assert code == 0 and Path(out.strip()).parent == tmp_path / "d"
    assert kie("credits") == (0, "9990\n", "")


def test_prompt_file_for_long_prompts(
    kie: Kie, kie_simulator: KieSimulator, tmp_path: Path
) -> None:
    prompt = tmp_path / "prompt.txt"
    prompt.write_text("A long\nprompt\n", encoding="utf-8")
    code, _, err = kie("run", KLING, *REMOTE_IMAGE_5S, "--prompt-file", str(prompt), "--no-sound")
    assert code == 0, err
    assert kie_simulator.tasks[0].input["prompt"] == "A long\nprompt"
    code, _, err = kie("run", KLING, "--prompt", "x", "--prompt-file", str(prompt))
    assert code == 2 and "give --prompt or --prompt-file, not both" in err


def test_dry_run_prints_the_exact_body_and_sends_nothing(
    kie: Kie, kie_simulator: KieSimulator
) -> None:
    hook = ["--callback-url", "https://e.com/hook"]
    code, out, err = kie(
        "run", KLING, *REMOTE_IMAGE_5S, "--prompt", "a", "--no-sound", *hook, "--dry-run"
    )
    assert code == 0 and err == ""
    assert json.loads(out) == {
        "model": KLING,
        "input": {
            "image_urls": ["https://e.com/a.png"],
            "prompt": "a",
            "sound": False,
            "duration": "5",
        },
        "callBackUrl": "https://e.com/hook",
    }
    assert kie_simulator.requests == []


def test_invalid_values_exit_2_in_the_clients_words(kie: Kie, kie_simulator: KieSimulator) -> None:
    code, out, err = kie(
        "run",
        "kling/v2-5-turbo-image-to-video-pro",
        "--prompt",
        "a",
        "--image-url",
        "https://e.com/a.png",
        "--cfg-scale",
        "0.55",
        "--duration",
        "7",
    )
    assert (code, out) == (2, "")
    assert err == (
        "kie: kling/v2-5-turbo-image-to-video-pro: 2 problem(s) in the input\n"
        "  - cfg_scale: 0.55 is not on the grid of step 0.1 from 0 to 1 [step]\n"
        "  - duration: '7' is not one of '5', '10' [enum]\n"
    )
    code, _, err = kie("run", "kling/v2-5-turbo-image-to-video-pro", "--cfg-scale", "lots")
    assert code == 2 and "cfg_scale: 'lots' is not a number [type]" in err
    assert kie_simulator.requests == []


def test_usage_mistakes_exit_2(kie: Kie) -> None:
    code, _, err = kie("run", "kling-2.6/image-to-vdeo")
    assert (
        code == 2
        and "unknown model 'kling-2.6/image-to-vdeo'; did you mean 'kling-2.6/image-to-video'"
        in err
    )
    code, _, err = kie("run", KLING, "--colour", "red")
    assert code == 2 and "unknown option --colour" in err
    code, _, err = kie("upload", "/no/such/file.png")
    assert code == 2 and "kie: /no/such/file.png is not a file" in err


def test_a_missing_key_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.delenv("KIE_API_KEY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no key saved by `kie auth login`
    assert main(["credits"]) == 2
    assert "no API key: pass --api-key KEY or export KIE_API_KEY=..." in capsys.readouterr().err


@pytest.mark.kie_simulator(failure_rate=1.0, failure=Failure("500", "The GPU melted"))
def test_a_failed_task_exits_3(kie: Kie, tmp_path: Path) -> None:
    code, _, err = kie("run", KLING, *model_flags(KLING, tmp_path), "--wait")
    assert code == 3 and "failed: 500: The GPU melted" in err


@pytest.mark.kie_simulator(credits=0)
def test_an_api_error_exits_4(kie: Kie, tmp_path: Path) -> None:
    code, _, err = kie("run", KLING, *model_flags(KLING, tmp_path))
    assert code == 4 and "Insufficient credits: 0 left, and a task costs 10." in err
    assert kie("status", "nope")[0] == 4


@pytest.mark.kie_simulator(clock=ManualClock(), timing=Timing(generating=60))
def test_a_timeout_exits_5_naming_how_to_resume(
    kie: Kie, kie_simulator: KieSimulator, tmp_path: Path
) -> None:
    code, _, err = kie("run", KLING, *model_flags(KLING, tmp_path), "--wait", "--deadline", "0.05")
    [task] = kie_simulator.tasks
    assert code == 5
    assert (
        f"kie: task {task.id} was still generating after 0.05 s; resume with: kie wait {task.id}"
        in err
    )


def test_models_table(kie: Kie) -> None:
    code, out, _ = kie("models")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["id", "kind", "inputs"]
    assert any(
        line.startswith("kling-2.6/image-to-video")
        and line.endswith("prompt, image_urls, sound, duration")
        for line in lines
    )
    assert len(lines) == len(MODELS) + 1


def test_run_help_shows_every_limit_default_and_option(kie: Kie) -> None:
    """On a model with a stepped number, options, a bounded text and a typed file input."""

    def has(spec: ModelSpec, test: Callable[[FieldSpec], bool]) -> FieldSpec | None:
        return next((f for f in spec.fields if test(f)), None)

    def fit(spec: ModelSpec) -> bool:
        return all(
            has(spec, test)
            for test in (
                lambda f: f.type == "number" and f.step is not None and f.maximum is not None,
                lambda f: f.type == "enum" and len(f.options) > 1,
                lambda f: f.type == "string" and f.max_length is not None and f.multiline,
                lambda f: f.type == "url" and bool(f.accept) and f.max_size_text is not None,
            )
        )

    spec = next(spec for spec in map(spec_of, sorted(MODELS)) if fit(spec))
    number = has(spec, lambda f: f.type == "number" and f.step is not None)
    enum = has(spec, lambda f: f.type == "enum" and len(f.options) > 1)
    text = has(spec, lambda f: f.type == "string" and f.max_length is not None and f.multiline)
    url = has(spec, lambda f: f.type == "url" and bool(f.accept))
    assert number and enum and text and url
    code, out, _ = kie("run", spec.id, "--help")
    assert code == 0
    for expected in (
        f"{flag(number)} X",
        f"From {number.minimum} to {number.maximum}, in steps of {number.step}.",
        f"{flag(enum)} {{{','.join(str(o.value) for o in enum.options)}}}",
        f"Options: {', '.join(str(o.value) for o in enum.options)}",
        f"{text.min_length or 'Up'} to {text.max_length} characters.",
        f"{flag(text)}-file PATH",
        f"Accepts: {', '.join(url.accept)}, at most {url.max_size_text}",
        "--dry-run",
        "exit codes: 0 success, 1 local error, 2 usage or validation, 3 task failed",
    ):
        assert expected in " ".join(out.split()), expected


def test_the_version() -> None:
    out = subprocess.run([KIE, "--version"], capture_output=True, text=True, check=True).stdout
    assert out == "kie 0.1.0\n"


def test_startup_loads_only_what_the_command_needs() -> None:
    def loaded(*args: str) -> list[str]:
        return modules_loaded_by_kie(*args, prefixes=("kie_client.models.", "kie_client.groups."))

    assert loaded("--help") == []
    assert loaded("models") == []
    assert loaded("run", KLING, "--help") == ["kie_client.models.kling_2_6_image_to_video"]


def shell_env(sim: KieSimulator) -> dict[str, str]:
    """The environment `kie mock` tells a shell to export."""
    url = sim.base_url
    return {
        **os.environ,
        "KIE_API_KEY": str(sim.api_key),
        "KIE_BASE_URL": url,
        "KIE_UPLOAD_BASE_URL": url,
    }


def test_progress_is_live_on_a_terminal(tmp_path: Path) -> None:
    """Through a real pseudo-terminal: a redrawn line with state, elapsed time and task id."""
    with KieSimulator(timing=Timing(waiting=0.3, queuing=0.3, generating=0.3)) as sim:
        env = shell_env(sim)
        terminal = Terminal([KIE, "run", KLING, *model_flags(KLING, tmp_path), "--wait"], env)
        code, text = terminal.finish()
        [task] = sim.tasks
    assert code == 0, text
    frames = [frame for frame in text.split("\r\x1b[K") if f"task {task.id}" in frame]
    assert len(frames) >= 5  # redrawn while it waited
    assert any("waiting" in frame for frame in frames)
    assert "success" in frames[-1]
    elapsed = [
        float(frame.split()[2].rstrip("s")) for frame in frames if frame.split()[1:2] == ["waiting"]
    ]
    assert elapsed == sorted(elapsed) and elapsed[-1] > elapsed[0]  # the clock ticks on screen
    assert text.rstrip().endswith(".mp4")


def test_progress_is_plain_lines_when_piped(tmp_path: Path) -> None:
    with KieSimulator(timing=Timing(waiting=0.1)) as sim:
        env = shell_env(sim)
        done = subprocess.run(
            [KIE, "run", KLING, *model_flags(KLING, tmp_path), "--wait"],
            capture_output=True,
            text=True,
            env=env,
        )
        [task] = sim.tasks
    assert done.returncode == 0
    assert "\r" not in done.stderr and "\x1b" not in done.stderr
    assert done.stderr.splitlines()[0] == f"created task {task.id}"
    assert [line.split(":")[1].split()[0] for line in done.stderr.splitlines()[1:]] == [
        "waiting",
        "success",
    ]
