"""The testing kit as a user installs it: the pytest plugin costs nothing until used, the simulator
says what to install when jsonschema is missing, hands out clients bound to itself, and the
shipped fixtures and schemas load by model id."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import subprocess
import sys
import textwrap
import typing
from pathlib import Path

import pytest

import kie_client
from conftest import KLING, ROOT, valid_input
from kie_client import (
    MODELS,
    AsyncKieClient,
    AuthenticationError,
    KieClient,
    NotFoundError,
    fixtures_of,
    schema_of,
)
from kie_client.testing import KieSimulator

PACKAGE = Path(kie_client.__file__).parent

# Python code that makes jsonschema unimportable, as in an install without the `testing` extra.
BLOCK_JSONSCHEMA = textwrap.dedent("""
    import sys

    class BlockJsonschema:
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] == "jsonschema":
                raise ModuleNotFoundError(f"No module named {name!r}", name=name)
            return None

    sys.meta_path.insert(0, BlockJsonschema())
    """)


def run_python(code: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=cwd
    )


# -- without the `testing` extra ------------------------------------------------------------


def test_importing_the_plugin_does_not_import_jsonschema() -> None:
    result = run_python(
        "import sys, kie_client.testing.pytest_plugin\n"
        "print(sorted(name for name in sys.modules if name.startswith('jsonschema')))"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_plugin_imports_when_jsonschema_is_missing() -> None:
    result = run_python(BLOCK_JSONSCHEMA + "import kie_client.testing.pytest_plugin\nprint('ok')")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_pytest_runs_other_projects_when_jsonschema_is_missing(tmp_path: Path) -> None:
    (tmp_path / "test_other.py").write_text("def test_other():\n    assert True\n", "utf-8")
    code = (
        BLOCK_JSONSCHEMA + "import pytest\nsys.exit(pytest.main(['-q', '-p', 'no:cacheprovider']))"
    )
    result = run_python(code, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_simulator_without_jsonschema_says_what_to_install() -> None:
    result = run_python(BLOCK_JSONSCHEMA + "from kie_client.testing import KieSimulator")
    assert result.returncode != 0
    last_line = result.stderr.strip().splitlines()[-1]
    assert last_line.startswith("ImportError: "), result.stderr
    assert "pip install 'kie-client[testing]'" in last_line


def test_testing_exports_what_it_lists() -> None:
    import kie_client.testing as testing

    for name in testing.__all__:
        assert getattr(testing, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        testing.Nothing  # noqa: B018


# -- clients bound to the simulator ---------------------------------------------------------


def test_simulator_client_creates_a_task_on_the_simulator() -> None:
    with KieSimulator() as sim, sim.client(backoff_seconds=0.01) as client:
        assert isinstance(client, KieClient)
        task_id = create_kling(client)
        assert [task.id for task in sim.tasks] == [task_id]


def test_simulator_async_client_creates_a_task_on_the_simulator() -> None:
    async def scenario(sim: KieSimulator) -> str:
        async with sim.async_client(backoff_seconds=0.01) as client:
            assert isinstance(client, AsyncKieClient)
            task = await client.kling_2_6.image_to_video(**valid_input())
            return task.id

    with KieSimulator() as sim:
        task_id = asyncio.run(scenario(sim))
        assert [task.id for task in sim.tasks] == [task_id]


def test_simulator_client_options_override_the_simulator_ones() -> None:
    with KieSimulator(api_key="right-key") as sim, sim.client(api_key="wrong-key") as client:
        with pytest.raises(AuthenticationError):
            create_kling(client)
        assert sim.tasks == []


def test_simulator_client_has_a_key_when_the_simulator_takes_any() -> None:
    with KieSimulator(api_key=None) as sim, sim.client() as client:
        assert create_kling(client) == sim.tasks[0].id


def create_kling(client: KieClient) -> str:
    return client.kling_2_6.image_to_video(**valid_input()).id


# -- shipped fixtures and schemas -----------------------------------------------------------


def test_fixtures_of_every_model_equal_the_shipped_file() -> None:
    assert MODELS
    for model_id, entry in MODELS.items():
        shipped = json.loads((PACKAGE / "fixtures" / f"{entry.module}.json").read_text("utf-8"))
        assert fixtures_of(model_id) == shipped, model_id


def test_schema_of_every_model_equals_the_shipped_file() -> None:
    for model_id, entry in MODELS.items():
        shipped = json.loads((PACKAGE / "schemas" / f"{entry.module}.json").read_text("utf-8"))
        assert schema_of(model_id) == shipped, model_id


def test_unknown_model_id_gives_the_closest_known_one() -> None:
    for load in (fixtures_of, schema_of):
        with pytest.raises(
            NotFoundError, match=f"unknown model 'kling-2.6/image-to-vide'.*did you mean '{KLING}'"
        ):
            load("kling-2.6/image-to-vide")


@pytest.mark.parametrize("name", ["tasks", "requests", "uploads", "callbacks"])
def test_the_readme_documents_every_field_of_what_the_simulator_records(name: str) -> None:
    """Each recorded item's class, read from the property's own type, has all its fields in the
    README's row for that list."""
    readme = (ROOT / "README.md").read_text("utf-8")
    [row] = [line for line in readme.splitlines() if line.strip().startswith(f"| `sim.{name}` |")]
    item = typing.get_args(typing.get_type_hints(getattr(KieSimulator, name).fget)["return"])[0]
    assert f"`{item.__name__}`" in row
    missing = [f.name for f in dataclasses.fields(item) if f"`{f.name}`" not in row]
    assert missing == [], f"sim.{name}: {missing} not in the README"
