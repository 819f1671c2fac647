"""The MCP server of `kie mcp`: a tool per model, plus tools for tasks, uploads and credits.

A model's tool is named after its module (`kling-2.6/image-to-video` -> `kling_2_6_image_to_video`)
and takes the model's input, with the model's shipped JSON Schema as its inputSchema. MCP clients
need not check arguments, nor does the SDK: every call is checked here first, by the client's
own checks, and a refused argument is a tool error naming its field and rule, with nothing sent.
A call creates a task (paid, in credits), waits for it for a bounded time, and returns its id,
state and results; a task still running is waited on again with `kie_wait_task`.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Awaitable, Callable, Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import mcp.types as types
from mcp.server import Server, ServerRequestContext
from mcp.server.stdio import stdio_server
from mcp.shared.exceptions import MCPError

from kie_client import __version__
from kie_client._describe import describe_rules
from kie_client._plans import ProgressCallback
from kie_client._schema_check import check
from kie_client._spec import ModelSpec
from kie_client.api import POLL_DEADLINE_SECONDS
from kie_client.client import AsyncKieClient
from kie_client.errors import KieError, Problem, ValidationError, WaitTimeout
from kie_client.model_data import schema_of
from kie_client.records import TaskRecord
from kie_client.registry import spec_of

# How long a tool waits for a task at most: within the 60 s an MCP client commonly allows a call.
WAIT_SECONDS = 50
COST = (
    "Cost: each call creates a Kie task, charged in credits to the API key's account; no "
    "per-model price is known here. kie_credits tells the balance, and the result the credits "
    "Kie says the task consumed. Arguments are checked first: a refused call sends nothing."
)
WAITING = (
    f"Waits up to {WAIT_SECONDS} s, then returns the task's id, state and result URLs (a text "
    "model's answer as `result`); a task still running is waited on with kie_wait_task."
)
INSTRUCTIONS = (
    "Kie.ai's models, a tool each, named after the model id. Calling one runs the model as a "
    "paid Kie task. URL inputs take http(s) URLs: kie_upload_file turns a local file into one. "
    f"{WAITING} kie_get_task reads a task; kie_credits tells the credits left."
)

Report = dict[str, Any]  # a tool's structured result
Run = Callable[[AsyncKieClient, dict[str, Any]], Awaitable[Report]]


@dataclass(frozen=True)
class Tool:
    """A tool as listed, and what calling it does with the client and the arguments."""

    definition: types.Tool
    run: Run


def _report(record: TaskRecord) -> Report:
    """What a tool tells of a task: its state, results (URLs, or a text model's answer), the
    credits it consumed and why it failed, as far as Kie says."""
    report: Report = {
        "task_id": record.task_id,
        "model": record.model,
        "state": record.state.value,
        "result_urls": list(record.result_urls),
        "result": record.result_object,
        "credits_consumed": record.credits_consumed,
        "fail_code": record.fail_code or None,
        "fail_message": record.fail_message or None,
    }
    if not record.final:
        report["next"] = "still running: call kie_wait_task with this task_id to wait more"
    return report


async def _latest(wait: Callable[[ProgressCallback], Awaitable[TaskRecord]]) -> Report:
    """The report of the task `wait` waits on (given a callback for each record polled): once
    it is final, or as it stood when the wait ran out."""
    polled: list[TaskRecord] = []
    try:
        return _report(await wait(polled.append))
    except WaitTimeout:  # not a failure: the task goes on, and is waited on again
        return _report(polled[-1])


def _description(spec: ModelSpec) -> str:
    """Title, kind and output, the rules across inputs (the schema holds each input's limits),
    the cost and how the call waits."""
    rules = [f"- {rule}" for rule in describe_rules(spec)]
    head = f"{spec.title} ({spec.id}): {spec.kind}, {spec.output} output."
    return "\n".join([head, *(["Rules:", *rules] if rules else []), COST, WAITING])


def _model_tool(model: str) -> Tool:
    """The tool of a model: its input as arguments, checked by the client before anything is
    sent; runs the model and waits up to WAIT_SECONDS."""

    async def run(client: AsyncKieClient, arguments: dict[str, Any]) -> Report:
        return await _latest(
            lambda polled: client.run(
                model, arguments, deadline_seconds=WAIT_SECONDS, on_progress=polled
            )
        )

    spec = spec_of(model)
    definition = types.Tool(
        name=spec.module,
        title=spec.title,
        description=_description(spec),
        input_schema=schema_of(model),
    )
    return Tool(definition, run)


def _helper(
    name: str, description: str, run: Run, properties: dict[str, Any], *required: str
) -> Tool:
    """A tool of the client's own, whose arguments are checked against its schema before it
    runs (the models' are checked by the client)."""
    schema = {
        "type": "object",
        "properties": properties,
        "required": list(required),
        "additionalProperties": False,
    }

    async def checked(client: AsyncKieClient, arguments: dict[str, Any]) -> Report:
        problems = [Problem(name, v.field, v.rule, v.message) for v in check(schema, arguments)]
        if problems:
            raise ValidationError(name, problems)
        return await run(client, arguments)

    return Tool(types.Tool(name=name, description=description, input_schema=schema), checked)


async def _get_task(client: AsyncKieClient, arguments: dict[str, Any]) -> Report:
    return _report(await client.tasks.get(arguments["task_id"]))


async def _wait_task(client: AsyncKieClient, arguments: dict[str, Any]) -> Report:
    seconds = arguments.get("seconds", WAIT_SECONDS)
    return await _latest(
        lambda polled: client.tasks.wait(
            arguments["task_id"], deadline_seconds=seconds, on_progress=polled
        )
    )


async def _upload_file(client: AsyncKieClient, arguments: dict[str, Any]) -> Report:
    path = Path(arguments["path"]).expanduser()
    return dataclasses.asdict(
        await client.upload_file(path, upload_path=arguments.get("upload_path"))
    )


async def _credits(client: AsyncKieClient, arguments: dict[str, Any]) -> Report:
    return {"credits": await client.credits()}


TASK_ID = {"type": "string", "minLength": 1, "description": "The task's id."}
HELPERS = (
    _helper(
        "kie_get_task",
        "A task's id, state and results now.",
        _get_task,
        {"task_id": TASK_ID},
        "task_id",
    ),
    _helper(
        "kie_wait_task",
        "Wait for a task to be final, up to `seconds`; returns its id, state and results.",
        _wait_task,
        {
            "task_id": TASK_ID,
            "seconds": {
                "type": "number",
                "minimum": 1,
                "maximum": POLL_DEADLINE_SECONDS,
                "default": WAIT_SECONDS,
                "description": "How long to wait at most.",
            },
        },
        "task_id",
    ),
    _helper(
        "kie_upload_file",
        "Upload a local file (on the machine this server runs on) to Kie, which keeps it 3 "
        "days; returns its download_url, for a model's URL inputs.",
        _upload_file,
        {
            "path": {"type": "string", "minLength": 1, "description": "The file's path."},
            "upload_path": {"type": "string", "description": "The folder at Kie."},
        },
        "path",
    ),
    _helper("kie_credits", "The credits left on the API key's account.", _credits, {}),
)


def _tool_error(text: str, **details: Any) -> types.CallToolResult:
    return types.CallToolResult(
        content=[types.TextContent(text=text)],
        structured_content={"error": text, **details},
        is_error=True,
    )


async def _result(
    tool: Tool, client: AsyncKieClient, arguments: dict[str, Any]
) -> types.CallToolResult:
    """The tool's report as structured content and JSON text; a failure as a tool error, which
    the model calling it can read and act on."""
    try:
        report = await tool.run(client, arguments)
    except ValidationError as error:
        problems = [dataclasses.asdict(problem) for problem in error.problems]
        return _tool_error(str(error), problems=problems)
    except KieError as error:  # names the task when one exists: it may be charged
        return _tool_error(str(error), task_id=error.task_id)
    except (OSError, ValueError) as error:  # a value the client refuses: a path that is no file
        return _tool_error(str(error))
    text = json.dumps(report, ensure_ascii=False)
    return types.CallToolResult(content=[types.TextContent(text=text)], structured_content=report)


def make_server(client: AsyncKieClient, models: Iterable[str]) -> Server:
    """An MCP server of the models' tools and the helpers, calling Kie with `client`."""
    tools = {tool.definition.name: tool for tool in [*map(_model_tool, models), *HELPERS]}

    async def list_tools(
        ctx: ServerRequestContext, params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=[tool.definition for tool in tools.values()])

    async def call_tool(
        ctx: ServerRequestContext, params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        tool = tools.get(params.name)
        if tool is None:
            raise MCPError(types.INVALID_PARAMS, f"unknown tool {params.name!r}")
        return await _result(tool, client, params.arguments or {})

    return Server(
        "kie",
        version=__version__,
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


async def _serve_stdio(server: Server, client: AsyncKieClient) -> None:
    async with client, stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


def serve(client: AsyncKieClient, models: Collection[str]) -> None:
    """Serve the models' tools over stdin and stdout until the MCP client closes them."""
    server = make_server(client, models)
    # stdout is the protocol's: a person who started it by hand reads what it is on stderr
    print(
        f"kie mcp: serving {len(models)} models to an MCP client on stdin/stdout", file=sys.stderr
    )
    anyio.run(_serve_stdio, server, client)


__all__ = ["WAIT_SECONDS", "make_server", "serve"]
