"""Every example of the README runs as written and prints what the README says it prints: the Python
examples, the shell sessions (`$ command` lines, each followed by its output), and the spec written
by hand, which must be a valid spec of a real model."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, SPECS, problems_in, spec_data, write_tree, yaml_data
from kie_client.testing._media import png

README = (ROOT / "README.md").read_text("utf-8")
# A Python block, and the output shown after it ("prints" then a plain block), if any.
EXAMPLES = re.findall(r"```python\n(.*?)```\n(?:\nprints\n\n```\n(.*?)```)?", README, re.DOTALL)
# A block whose first line is a command: a shell session.
SESSIONS = re.findall(r"```\n(\$ .*?)```", README, re.DOTALL)
[SPEC_EXAMPLE] = re.findall(r"```yaml\n(.*?)```", README, re.DOTALL)
SHELL_LINES = [
    line
    for block in re.findall(r"```sh\n(.*?)```", README, re.DOTALL)
    for line in block.splitlines()
]

DRAFTS = "/tmp/drafts"  # the README's scratch folder for imports; each session gets its own
MOCK_URL = "http://127.0.0.1:8080"  # where the README's `kie mock` listens
ELAPSED = re.compile(r"\(\d+\.\ds\)")  # a wait's elapsed time, which the clock decides


@pytest.mark.parametrize(
    ("code", "output"), EXAMPLES, ids=[f"example-{n}" for n in range(len(EXAMPLES))]
)
def test_readme_example_runs(code: str, output: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {})
    if output:
        assert printed.getvalue() == output


def test_the_readme_shows_output_for_the_client_example() -> None:
    assert any(output for _, output in EXAMPLES)


def _steps(session: str) -> list[tuple[str, str]]:
    """(command, the output shown after it) for each `$ ` line of a session."""
    parts = re.split(r"^\$ (.*)\n", session, flags=re.MULTILINE)
    return list(zip(parts[1::2], parts[2::2], strict=True))


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project as a git checkout, beside the docs (`../shared`), using the project's
    venv; a session may break its specs (and restore them) without touching the real ones."""
    base = tmp_path_factory.mktemp("readme")
    project = base / "main"
    for folder in ("specs", "templates", "generator", "examples", "generated/openapi"):
        shutil.copytree(ROOT / folder, project / folder)
    for file in ("Makefile", "pyproject.toml", "generated/python/pyproject.toml"):
        (project / file).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / file, project / file)
        os.utime(project / file, (0, 0))  # older than the venv: make never sets it up again
    (project / ".venv").symlink_to(ROOT / ".venv")
    (base / "shared").symlink_to(ROOT.parent / "shared")
    git = ["git", "-c", "user.name=readme", "-c", "user.email=readme@localhost"]
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "as the README starts"]):
        subprocess.run(git + command, cwd=project, check=True)
    return project


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    """The README's `kie mock --seed 7`, on a free port: its URL."""
    mock = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "kie"), "mock", "--seed", "7", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert mock.stdout is not None
    url = mock.stdout.readline().split()[-1]
    yield url
    mock.terminate()
    mock.wait(10)


def _environment(tmp_path: Path) -> dict[str, str]:
    """A user's shell: the project's venv on PATH, no Kie settings or saved key of the machine's,
    and stdout written as it comes, as on a terminal."""
    # Not make's own variables either, which `make test` passes down: a nested make then speaks
    # as make[1].
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("KIE_", "MAKE", "MFLAGS"))
    }
    env["PATH"] = f"{ROOT / '.venv' / 'bin'}{os.pathsep}{env['PATH']}"
    env.update(PYTHONUNBUFFERED="1", XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    return env


def _run_step(command: str, env: dict[str, str], cwd: Path) -> str:
    if command.startswith("export "):  # the session's later commands see it
        env.update(word.split("=", 1) for word in shlex.split(command)[1:])
        return ""
    done = subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    return done.stdout.decode("utf-8")


def _comparable(output: str) -> str:
    return ELAPSED.sub("(…s)", output).rstrip("\n")


@pytest.mark.parametrize("session", SESSIONS, ids=[f"session-{n}" for n in range(len(SESSIONS))])
def test_readme_session_prints_what_it_shows(
    session: str, workspace: Path, mock_url: str, tmp_path: Path
) -> None:
    session = session.replace(DRAFTS, str(tmp_path / "drafts")).replace(MOCK_URL, mock_url)
    (workspace / "cat.png").write_bytes(png("cat"))  # the picture the session sends
    env = _environment(tmp_path)
    for command, shown in _steps(session):
        printed = _run_step(command, env, workspace)
        # A blank line may follow an output, to set the next command apart.
        assert _comparable(printed) == _comparable(shown), command


def test_the_readme_has_sessions_for_import_drift_generate_and_kie() -> None:
    commands = [command.split()[:2] for session in SESSIONS for command, _ in _steps(session)]
    for shown in (["make", "import"], ["make", "drift"], ["make", "generate"], ["kie", "run"]):
        assert shown in commands


def _spec_fields(spec: dict[str, Any]) -> dict[str, str]:
    return {name: field["type"] for name, field in spec["input"].items()}


def test_the_hand_written_spec_is_valid_and_names_only_the_models_fields(tmp_path: Path) -> None:
    example = yaml_data(SPEC_EXAMPLE)
    path = f"{example['model']}.yaml"
    assert problems_in(write_tree(tmp_path, {path: SPEC_EXAMPLE})) == []
    committed = spec_data(SPECS / "models" / path)
    assert _spec_fields(example).items() <= _spec_fields(committed).items()


@pytest.mark.parametrize("line", SHELL_LINES)
def test_each_shell_command_names_what_exists(line: str) -> None:
    """The sh blocks' commands, which install or start things, name real targets and paths."""
    command = line.split("#")[0].split()
    if command[:1] == ["make"]:
        targets = re.findall(r"^([a-z]+):", (ROOT / "Makefile").read_text(), re.MULTILINE)
        assert command[1] in targets
    for word in command[1:]:
        if word.startswith(("./", "generated/", ".venv/")):
            assert (ROOT / word).exists(), word
    if command[:1] == [".venv/bin/python"]:
        module = command[command.index("-m") + 1]
        assert (
            subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True).returncode
            == 0
        )
