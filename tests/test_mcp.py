"""`kie mcp`: every model as an MCP tool, checked before anything is sent, run against the
simulator through the SDK's in-process client, and once over stdio as an MCP client starts it."""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import subprocess
import sys
from collections.abc import AsyncIterator, Collection
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from mcp import Client, StdioServerParameters
from mcp.shared.exceptions import MCPError

from conftest import MAGIC, fixture_cases, modules_loaded_by_kie, result_kind
from kie_client import MODELS, schema_of, spec_of
from kie_client._describe import describe_rules
from kie_client.cli import main
from kie_client.cli._mcp import add_mcp_options, served_models
from kie_client.mcp_server import make_server
from kie_client.testing import KieSimulator, ManualClock, Timing

KIE = Path(sys.executable).with_name("kie")
HELPERS = {"kie_get_task", "kie_wait_task", "kie_upload_file", "kie_credits"}
TOOL_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")  # what every MCP client takes


def docs_example(model: str) -> dict[str, Any] | None:
    """The model's input as its doc page shows it, if the fixtures have it."""
    cases = fixture_cases(model)["valid"]
    return next((case["input"] for case in cases if case["name"] == "example-docs"), None)


# A model that makes files and has a docs example; and the models that answer in text.
MODEL = next(m for m in sorted(MODELS) if result_kind(m) and docs_example(m))
TEXT_MODELS = sorted(m for m, entry in MODELS.items() if entry.output == "text")


@pytest.fixture(autouse=True)
def no_choice_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """`kie mcp` chooses no models from the variables unless a test sets them."""
    monkeypatch.delenv("KIE_MCP_MODELS", raising=False)
    monkeypatch.delenv("KIE_MCP_KINDS", raising=False)


def tool_of(model: str) -> str:
    return MODELS[model].module


@asynccontextmanager
async def connected(
    sim: KieSimulator, models: Collection[str] = tuple(MODELS), mode: str = "auto"
) -> AsyncIterator[Client]:
    """An MCP client of the server of `models`, in process, calling the simulator."""
    async with sim.async_client() as kie, Client(make_server(kie, models), mode=mode) as mcp:
        yield mcp


async def call(mcp: Client, tool: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """A tool's structured result, checked to be no error and to be what its text says."""
    result = await mcp.call_tool(tool, arguments)
    assert not result.is_error, result.content
    assert json.loads(result.content[0].text) == result.structured_content
    return dict(result.structured_content)


@pytest.mark.parametrize("mode", ["auto", "legacy"])  # the 2026 wire, and the handshake era's
def test_every_model_is_a_tool_with_its_shipped_schema(
    kie_simulator: KieSimulator, mode: str
) -> None:
    async def scenario() -> list[Any]:
        async with connected(kie_simulator, mode=mode) as mcp:
            return (await mcp.list_tools()).tools

    tools = {tool.name: tool for tool in asyncio.run(scenario())}
    assert set(tools) == {tool_of(model) for model in MODELS} | HELPERS
    assert all(TOOL_NAME.match(name) for name in tools)
    for model in MODELS:
        tool, spec = tools[tool_of(model)], spec_of(model)
        assert tool.input_schema == schema_of(model), model
        assert tool.title == spec.title
        assert tool.description is not None
        said = " ".join(tool.description.split())
        for fact in (model, spec.kind, spec.output, "credits", *describe_rules(spec)):
            assert " ".join(fact.split()) in said, (model, fact)


@pytest.mark.kie_simulator(task_cost=7)
def test_a_model_tool_runs_the_task_and_returns_its_results(kie_simulator: KieSimulator) -> None:
    async def scenario() -> dict[str, Any]:
        async with connected(kie_simulator, [MODEL]) as mcp:
            return await call(mcp, tool_of(MODEL), docs_example(MODEL) or {})

    report = asyncio.run(scenario())
    [task] = kie_simulator.tasks
    assert report["task_id"] == task.id and report["model"] == MODEL
    assert report["state"] == "success" and "next" not in report
    assert report["credits_consumed"] == 7
    assert report["result_urls"]
    for url in report["result_urls"]:
        assert httpx.get(url).status_code == 200


@pytest.mark.parametrize("model", TEXT_MODELS)
def test_a_text_model_answers_in_result(kie_simulator: KieSimulator, model: str) -> None:
    async def scenario() -> dict[str, Any]:
        async with connected(kie_simulator, [model]) as mcp:
            return await call(mcp, tool_of(model), fixture_cases(model)["valid"][0]["input"])

    report = asyncio.run(scenario())
    assert report["state"] == "success" and report["result_urls"] == []
    assert isinstance(report["result"], dict) and report["result"]


def test_a_bad_argument_is_a_tool_error_naming_field_and_rule_and_nothing_is_sent(
    kie_simulator: KieSimulator,
) -> None:
    cases = [(model, case) for model in sorted(MODELS) for case in fixture_cases(model)["invalid"]]

    async def scenario() -> list[Any]:
        async with connected(kie_simulator) as mcp:
            return [await mcp.call_tool(tool_of(model), case["input"]) for model, case in cases]

    for (model, case), result in zip(cases, asyncio.run(scenario()), strict=True):
        assert result.is_error, (model, case["name"])
        problems = {(p["field"], p["rule"]) for p in result.structured_content["problems"]}
        assert (case["field"], case["rule"]) in problems, (model, case["name"], problems)
        assert f"{case['field']}: " in result.content[0].text
        assert f"[{case['rule']}]" in result.content[0].text
    assert kie_simulator.tasks == []
    assert kie_simulator.requests == []  # not even an upload


@pytest.mark.kie_simulator(clock=ManualClock(), timing=Timing(generating=60))
def test_a_call_waits_a_bounded_time_and_kie_wait_task_picks_the_task_up(
    kie_simulator: KieSimulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kie_client.mcp_server.WAIT_SECONDS", 0.2)

    async def scenario() -> tuple[dict[str, Any], dict[str, Any]]:
        async with connected(kie_simulator, [MODEL]) as mcp:
            running = await call(mcp, tool_of(MODEL), docs_example(MODEL) or {})
            kie_simulator.clock.advance(60)
            done = await call(mcp, "kie_wait_task", {"task_id": running["task_id"], "seconds": 5})
            return running, done

    running, done = asyncio.run(scenario())
    assert running["state"] == "generating" and "kie_wait_task" in running["next"]
    assert done["task_id"] == running["task_id"]
    assert done["state"] == "success" and done["result_urls"]


def test_the_get_wait_upload_and_credits_tools(kie_simulator: KieSimulator, tmp_path: Path) -> None:
    image = tmp_path / "cat.png"
    image.write_bytes(MAGIC["image"])

    async def scenario() -> list[dict[str, Any]]:
        async with connected(kie_simulator, [MODEL]) as mcp:
            uploaded = await call(mcp, "kie_upload_file", {"path": str(image)})
            ran = await call(mcp, tool_of(MODEL), docs_example(MODEL) or {})
            got = await call(mcp, "kie_get_task", {"task_id": ran["task_id"]})
            waited = await call(mcp, "kie_wait_task", {"task_id": ran["task_id"]})
            return [uploaded, ran, got, waited, await call(mcp, "kie_credits", {})]

    uploaded, ran, got, waited, credits = asyncio.run(scenario())
    [stored] = kie_simulator.uploads
    assert uploaded["file_path"] == stored.file_path and uploaded["size"] == len(MAGIC["image"])
    assert httpx.get(uploaded["download_url"]).content == MAGIC["image"]
    assert got == waited == ran
    assert credits == {"credits": kie_simulator.credits}


def test_the_helpers_refuse_bad_arguments_and_unknown_tasks(
    kie_simulator: KieSimulator, tmp_path: Path
) -> None:
    calls = {
        "kie_get_task": {},
        "kie_wait_task": {"task_id": "", "seconds": 0},
        "kie_upload_file": {"path": str(tmp_path)},  # a folder, not a file
        "kie_credits": {"verbose": True},
    }

    async def scenario() -> list[Any]:
        async with connected(kie_simulator, [MODEL]) as mcp:
            unknown = await mcp.call_tool("kie_get_task", {"task_id": "no-such-task"})
            return [unknown] + [await mcp.call_tool(tool, args) for tool, args in calls.items()]

    unknown, get, wait, upload, credits = asyncio.run(scenario())
    assert unknown.is_error and "no-such-task" in unknown.content[0].text
    problems = [
        {(p["field"], p["rule"]) for p in r.structured_content["problems"]}
        for r in (get, wait, credits)
    ]
    assert problems == [
        {("task_id", "required")},
        {("task_id", "min_length"), ("seconds", "min")},
        {("verbose", "unknown")},
    ]
    assert upload.is_error and str(tmp_path) in upload.content[0].text
    assert [r.endpoint for r in kie_simulator.requests] == ["record_info"]


def test_an_unknown_tool_is_a_protocol_error(kie_simulator: KieSimulator) -> None:
    async def scenario() -> None:
        async with connected(kie_simulator, [MODEL]) as mcp:
            with pytest.raises(MCPError, match="unknown tool 'no_such_model'"):
                await mcp.call_tool("no_such_model", {})

    asyncio.run(scenario())


# -- choosing the models ------------------------------------------------------------------------

GROUP = MODEL.split("/")[0] + "/*"  # every model of MODEL's family
FAMILY = sorted(m for m in MODELS if m.startswith(GROUP[:-1]))
KIND = MODELS[MODEL].kind
OF_KIND = sorted(m for m, entry in MODELS.items() if entry.kind == KIND)


def chosen(*argv: str) -> list[str]:
    """The models `kie mcp` serves given these options."""
    parser = argparse.ArgumentParser()
    add_mcp_options(parser)
    args = parser.parse_args(argv)
    return served_models(args.models, args.kinds)


def test_models_are_chosen_by_glob_and_by_kind() -> None:
    assert chosen() == sorted(MODELS)
    assert chosen("--models", GROUP) == FAMILY
    assert chosen("--models", f"{MODEL}, {MODEL}") == [MODEL]
    assert chosen("--kind", KIND) == OF_KIND
    assert chosen("--models", GROUP, "--kind", KIND) == sorted({*FAMILY, *OF_KIND})


def test_models_are_chosen_by_environment_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIE_MCP_MODELS", GROUP)
    monkeypatch.setenv("KIE_MCP_KINDS", KIND)
    assert chosen() == sorted({*FAMILY, *OF_KIND})
    assert chosen("--models", MODEL) == sorted(
        {MODEL, *OF_KIND}
    )  # the option wins over its variable


@pytest.mark.parametrize("variable", [None, "KIE_MCP_MODELS"])
def test_an_unknown_pattern_is_refused_naming_the_closest_ids(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], variable: str | None
) -> None:
    typo = MODEL[:-1] + "#"  # matches nothing, and is closest to MODEL
    if variable:
        monkeypatch.setenv(variable, typo)
    with pytest.raises(SystemExit) as exit_:
        main(["mcp"] if variable else ["mcp", "--models", typo])
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert f"no model id matches {typo!r}" in err and MODEL in err.splitlines()[-1]


def test_the_server_lists_only_the_chosen_models(kie_simulator: KieSimulator) -> None:
    models = chosen("--models", GROUP)

    async def scenario() -> set[str]:
        async with connected(kie_simulator, models) as mcp:
            return {tool.name for tool in (await mcp.list_tools()).tools}

    assert asyncio.run(scenario()) == {tool_of(model) for model in models} | HELPERS


# -- the command --------------------------------------------------------------------------------


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)


def test_kie_and_its_help_do_not_import_the_sdk() -> None:
    for args in (["--help"], ["mcp", "--help"]):
        assert modules_loaded_by_kie(*args, prefixes=("mcp", "mcp_types")) == [], args


def test_without_the_extra_kie_mcp_says_what_to_install() -> None:
    done = run_python(
        "import sys; sys.modules['mcp'] = None  # as if not installed\n"
        "from kie_client.cli import main; sys.exit(main(['mcp']))"
    )
    assert done.returncode == 2
    assert done.stderr == "kie: kie mcp needs the MCP SDK: pip install 'kie-client[mcp]'\n"


def test_kie_mcp_without_a_key_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("KIE_API_KEY", raising=False)
    assert main(["mcp", "--models", MODEL]) == 2
    assert "no API key" in capsys.readouterr().err


def test_kie_mcp_serves_over_stdio(kie_simulator: KieSimulator) -> None:
    url = kie_simulator.base_url
    server = StdioServerParameters(
        command=str(KIE),
        args=["mcp", "--models", MODEL],
        env={"KIE_API_KEY": str(kie_simulator.api_key), "KIE_BASE_URL": url},
    )

    async def scenario() -> tuple[set[str], dict[str, Any]]:
        async with Client(server) as mcp:
            names = {tool.name for tool in (await mcp.list_tools()).tools}
            return names, await call(mcp, tool_of(MODEL), docs_example(MODEL) or {})

    names, report = asyncio.run(scenario())
    assert names == {tool_of(MODEL)} | HELPERS
    assert report["state"] == "success" and report["result_urls"]
    assert [task.id for task in kie_simulator.tasks] == [report["task_id"]]
