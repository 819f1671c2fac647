"""Helpers shared by the tests: throw-away spec trees, the problems the generator finds in them, and
clients of the simulator."""

from __future__ import annotations

import io
import json
import mimetypes
import os
import pty
import select
import shutil
import subprocess
import sys
import textwrap
import time
import wave
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pytest
from ruamel.yaml import YAML

from generator.pipeline import load_project
from generator.problems import SpecError
from kie_client import MODELS, AsyncKieClient, KieClient, spec_of
from kie_client._spec import FieldSpec
from kie_client.testing import KieSimulator
from kie_client.testing._tasks import RESULT_FILES

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated" / "python"

# A small valid spec the bad-input tests break one way at a time; its line numbers matter.
ACME = """\
model: acme/text-to-video
title: Acme Text to Video
kind: text-to-video
output: video
input:
  prompt:
    type: string
    required: true
    max_length: 100
  steps:
    type: integer
    min: 1
    max: 50
  quality:
    type: enum
    values: {low: Low, high: High}
"""


@pytest.fixture(autouse=True, scope="session")
def no_saved_key(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """An empty config folder for every test, so no key `kie auth login` saved on this machine is
    ever read (or overwritten) by a test."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
        yield


def yaml_data(text: str) -> Any:
    """YAML text's data as the generator reads a spec: YAML 1.2, by ruamel's own parser (the C
    parser, which the generator tries first, reads some plain scalars as YAML 1.1 does)."""
    return YAML(typ="safe", pure=True).load(text)


def yaml_text(data: Any) -> str:
    """Data written as block YAML, as a person writes a spec."""
    stream = io.StringIO()
    YAML().dump(data, stream)
    return stream.getvalue()


def spec_data(path: Path) -> dict[str, Any]:
    return dict(yaml_data(path.read_text("utf-8")))


def write_tree(root: Path, models: dict[str, str], *, api: bool = True) -> Path:
    """specs/ under `root` with the real api.yaml and the given model files (path below models/)."""
    specs = root / "specs"
    (specs / "models").mkdir(parents=True, exist_ok=True)
    if api:
        shutil.copy(SPECS / "api.yaml", specs / "api.yaml")
    for rel, text in models.items():
        path = specs / "models" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return specs


def problems_in(specs: Path) -> list[str]:
    """Every problem line the generator reports for the tree, or [] when it is valid."""
    try:
        load_project(specs, display_root=specs.parent)
    except SpecError as error:
        return [str(p) for p in error.problems]
    return []


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A copy of the real specs/ to change freely."""
    shutil.copytree(SPECS, tmp_path / "specs")
    return tmp_path / "specs"


# -- the simulator ------------------------------------------------------------------------------

CREATE = "/api/v1/jobs/createTask"
RECORD = "/api/v1/jobs/recordInfo"
KLING = "kling-2.6/image-to-video"


def fixture_cases(model_id: str) -> dict[str, Any]:
    """The generated fixtures of a model: {"valid": [...], "invalid": [...]}."""
    module = MODELS[model_id].module
    text = resources.files("kie_client").joinpath("fixtures", f"{module}.json").read_text("utf-8")
    return dict(json.loads(text))


# A file type per medium for URL inputs that name no accepted types, and the contents of the local
# files tests upload per medium: leading bytes of that type (nothing decodes an uploaded input).
TYPE_OF_MEDIUM = {"image": "image/png", "video": "video/mp4", "audio": "audio/mpeg"}
LEADING_BYTES = {
    "image": b"\x89PNG\r\n\x1a\n",
    "video": b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom",
    "audio": b"ID3\x04\x00\x00\x00\x00\x00\x00",
}
MAGIC = {medium: LEADING_BYTES[medium] + b"\0" * 64 for medium in TYPE_OF_MEDIUM}


def sample_file(field: FieldSpec, folder: Path) -> Path:
    """A small local file the URL field (or list item) accepts: of the first accepted type a file
    name can say, else of its medium (an image when nothing says)."""
    medium = field.media or (field.accept[0].partition("/")[0] if field.accept else "image")
    types = [*field.accept, TYPE_OF_MEDIUM[medium]]
    extension = next(e for t in types if (e := mimetypes.guess_extension(t)))
    path = folder / f"{medium}{extension}"
    path.write_bytes(MAGIC.get(medium, MAGIC["image"]))
    return path


def result_kind(model_id: str) -> str | None:
    """The kind of file (video, image or audio) the simulator makes for the model's output; None for
    a text model, whose result is text in the record rather than a file."""
    output = spec_of(model_id).output
    return output if output in RESULT_FILES else None


def decode_result(kind: str, data: bytes) -> tuple[int, ...]:
    """Decode a result file of the kind, checking its format's signature first: an image's
    (width, height), audio's (channels, sample width, rate, frames), a video's (width, height,
    frames)."""
    if kind == "image":
        from PIL import Image

        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            return image.size
    if kind == "audio":
        assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
        with wave.open(io.BytesIO(data)) as audio:
            assert len(audio.readframes(audio.getnframes())) > 0
            params = audio.getparams()
            return params.nchannels, params.sampwidth, params.framerate, params.nframes
    import av

    assert kind == "video" and data[4:8] == b"ftyp"  # an MP4 opens with its ftyp box
    with av.open(io.BytesIO(data)) as container:
        frames = list(container.decode(video=0))
    return frames[0].width, frames[0].height, len(frames)


def valid_input(model_id: str = KLING) -> dict[str, Any]:
    return dict(fixture_cases(model_id)["valid"][0]["input"])


def client_for(sim: KieSimulator, **options: Any) -> httpx.Client:
    """An httpx client pointed at the simulator with its key."""
    headers = {"Authorization": f"Bearer {sim.api_key}"}
    return httpx.Client(base_url=sim.base_url, headers=headers, **{"timeout": 10, **options})


@pytest.fixture
def api(kie_simulator: KieSimulator) -> Iterator[httpx.Client]:
    with client_for(kie_simulator) as client:
        yield client


def create(client: httpx.Client, model: str = KLING, **body: Any) -> httpx.Response:
    """POST createTask for `model` with a valid input unless `input` is given."""
    return client.post(CREATE, json={"model": model, "input": valid_input(model), **body})


def record(client: httpx.Client, task_id: str) -> dict[str, Any]:
    response = client.get(RECORD, params={"taskId": task_id})
    assert response.status_code == 200, response.text
    return dict(response.json()["data"])


def _on_simulator(sim: KieSimulator, options: dict[str, Any]) -> dict[str, Any]:
    """Client options pointing at the simulator and retrying quickly, overridden by `options`."""
    return {
        "base_url": sim.base_url,
        "upload_base_url": sim.base_url,
        "backoff_seconds": 0.01,
    } | options


def kie_client(sim: KieSimulator, **options: Any) -> KieClient:
    return KieClient(sim.api_key, **_on_simulator(sim, options))


def async_kie_client(sim: KieSimulator, **options: Any) -> AsyncKieClient:
    return AsyncKieClient(sim.api_key, **_on_simulator(sim, options))


def mypy_strict(script: Path) -> str:
    """What `mypy --strict` says of a user's script that imports the generated package."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(script)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "MYPYPATH": str(GENERATED)},
    )
    return done.stdout


class Terminal:
    """A command on a real pseudo-terminal, as a person runs it: what it shows, and what is typed."""

    def __init__(
        self, command: list[str], env: dict[str, str] | None = None, *, new_session: bool = False
    ) -> None:
        self._controller, terminal = pty.openpty()
        self.process = subprocess.Popen(
            command,
            stdin=terminal,
            stdout=terminal,
            stderr=terminal,
            env=env,
            close_fds=True,
            start_new_session=new_session,  # no terminal of its own but this one
        )
        os.close(terminal)
        self.shown = b""

    def _read(self, seconds: float) -> bool:
        """Add what the command shows within `seconds` to `shown`; False once its terminal closed."""
        if not select.select([self._controller], [], [], seconds)[0]:
            return True
        try:
            chunk = os.read(self._controller, 4096)
        except OSError:  # the terminal closed: the command is done
            return False
        self.shown += chunk
        return bool(chunk)

    def read_until(self, text: bytes, seconds: float = 20) -> None:
        deadline = time.monotonic() + seconds
        while text not in self.shown:
            assert time.monotonic() < deadline and self._read(0.5), self.shown

    def type(self, text: bytes) -> None:
        os.write(self._controller, text)

    def finish(self, seconds: float = 20) -> tuple[int, str]:
        """The command's exit code and all it showed, once it is done."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and self._read(0.5):
            pass
        code = self.process.wait(timeout=10)
        os.close(self._controller)
        return code, self.shown.decode()


def modules_loaded_by_kie(*args: str, prefixes: tuple[str, ...]) -> list[str]:
    """The modules whose names start with one of `prefixes` that `kie ARGS` has imported once done
    (in an interpreter of its own, its output discarded, a usage exit taken as done)."""
    code = (
        "import sys, contextlib, io; from kie_client.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try: main(sys.argv[2:])\n"
        "    except SystemExit: pass\n"
        "print(*sorted(m for m in sys.modules if m.startswith(tuple(sys.argv[1].split()))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, " ".join(prefixes), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.split()
