"""`make setup` installs quietly, and leaves a venv whose type checker finds kie_client.

Runs the Makefile's own pip commands (as `make -n` prints them) into a fresh venv, the project's
without dependencies, which the project's venv already proves installable.
"""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT


def _pip_commands(venv: Path) -> list[list[str]]:
    """The Makefile's `pip install` commands for a venv at `venv`; the project's without its
    dependencies."""
    planned = subprocess.run(
        ["make", "-n", "-B", "setup", f"VENV={venv}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [line for line in planned.splitlines() if "pip install" in line]
    return [shlex.split(line) + (["--no-deps"] if " -e " in line else []) for line in lines]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A venv with the project and kie_client installed as `make setup` does, and pip's output."""
    venv = tmp_path_factory.mktemp("venv") / "v"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    output = ""
    for command in _pip_commands(venv):
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        output += done.stdout + done.stderr
    return venv, output


def test_setup_prints_no_editable_install_warnings(installed: tuple[Path, str]) -> None:
    _, output = installed
    assert "BuildBackendWarning" not in output
    assert "editable" not in output.lower()


def test_a_script_in_the_venv_type_checks_against_kie_client(
    installed: tuple[Path, str], tmp_path: Path
) -> None:
    venv, _ = installed
    script = tmp_path / "my_script.py"
    script.write_text("from kie_client import KieClient\n\nclient: KieClient | None = None\n")
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-executable",
            str(venv / "bin" / "python"),
            str(script),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout
