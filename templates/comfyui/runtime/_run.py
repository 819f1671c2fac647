"""A model node's run: the request from its inputs, then the client creates the task once, waits
for it (with ComfyUI's progress bar and Cancel) and downloads the results, read back as ComfyUI
values. A task id that was paid for is always logged, and every stop says how to resume it."""

from __future__ import annotations

import asyncio
import json
import logging
import tempfile
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from kie_client import MODELS, AsyncKieClient, SubmissionUncertain, TaskRecord, WaitTimeout
from kie_client._describe import describe_field
from kie_client._spec import ModelSpec
from kie_client._validate import check_input, is_url
from kie_client.registry import spec_of

from . import _host, _media, _settings
from ._widgets import NodeInput, Unreadable, node_inputs, request_input, urls_in

log = logging.getLogger(__name__)
CANCEL_CHECK_SECONDS = 0.2  # how soon Cancel stops a wait


@cache
def inputs_of(model_id: str) -> tuple[NodeInput, ...]:
    return tuple(node_inputs(spec_of(model_id), describe_field))


def _urls(field: Any, value: str) -> list[str]:
    urls = urls_in(value)
    for url in urls:
        if not is_url(url):
            raise _media.MediaError(
                f"{field.name}: {url!r} is not an http(s) URL; to send a local file, connect a "
                f"Load {field.media or field.items.media} node"
            )
    return urls


def _named_urls(field: Any, value: Any) -> list[str]:
    """Media before the run: only URLs given as text are known yet (another node's media is not)."""
    if isinstance(value, str):
        return _urls(field, value)
    raise _media.MediaError(f"{field.name}: takes media from another node, or URLs as text")


def _files(folder: Path) -> Callable[[Any, Any], list[str]]:
    def media(field: Any, value: Any) -> list[str]:
        """Media at the run: URLs as given; images, audio and video as files to upload."""
        if isinstance(value, str):
            return _urls(field, value)
        return [str(path) for path in _media.media_files(value, field, folder)]

    return media


def _pending_rule(spec: ModelSpec, rule: str, message: str, pending: set[str]) -> bool:
    return any(
        r.kind == rule and r.message == message and pending.intersection(r.fields)
        for r in spec.rules
    )


def problems(model_id: str, given: Mapping[str, Any]) -> list[str]:
    """What is wrong with a node's inputs before it runs, in the client's words. Inputs fed by
    another node are not known yet: they, and the rules naming them, are checked at the run."""
    spec = spec_of(model_id)
    inputs = inputs_of(model_id)
    found = [
        f"{name}: not an input of this node"
        for name in sorted(set(given) - {i.name for i in inputs})
    ]
    try:
        values, pending = request_input(inputs, given, _named_urls)
    except (Unreadable, _media.MediaError) as error:
        return [*found, str(error)]
    for problem in check_input(spec, values):
        top = problem.field.split(".")[0].split("[")[0]
        if top not in pending and not _pending_rule(spec, problem.rule, problem.message, pending):
            found.append(str(problem))
    return found


def _percent(record: TaskRecord, polls: int) -> float:
    """Kie reports no progress: the bar shows that polls go on, nearing 95% until the end."""
    return 100.0 if record.final else 95.0 * (1 - 0.9**polls)


def resume_hint(task_id: str) -> str:
    return (
        f"Kie.ai task {task_id} goes on and is paid for: to get its result without paying "
        f"again, give {task_id} to a Kie.ai Task Result node (or run `kie wait {task_id}`)"
    )


async def wait(client: AsyncKieClient, task_id: str) -> TaskRecord:
    """The final record, with the progress bar moving; Cancel stops waiting (not the task)."""
    bar = _host.progress_bar(100)
    polls = 0

    def progress(record: TaskRecord) -> None:
        nonlocal polls
        polls += 1
        bar.update_absolute(_percent(record, polls))

    waiting = asyncio.ensure_future(client.tasks.wait(task_id, on_progress=progress))
    try:
        while not waiting.done():
            await asyncio.wait({waiting}, timeout=CANCEL_CHECK_SECONDS)
            if not waiting.done() and _host.cancelled():
                log.warning("cancelled; %s", resume_hint(task_id))
                _host.stop()
        return waiting.result()
    except WaitTimeout as error:
        raise RuntimeError(f"{error}. {resume_hint(task_id)}") from error
    finally:
        waiting.cancel()


def output_of(model_id: str) -> str:
    """What a model makes: video, image, audio or text."""
    return MODELS[model_id].output if model_id in MODELS else ""


async def result(client: AsyncKieClient, record: TaskRecord, folder: Path) -> Any:
    """A finished task's result as ComfyUI reads it: a text model's result object as JSON text,
    else its downloaded files as VIDEO, IMAGE (the batch of all images) or AUDIO."""
    kind = output_of(record.model)
    if kind == "text":
        found = record.result or {}
        return json.dumps(found.get("resultObject", found), ensure_ascii=False, indent=2)
    if not record.result_urls:
        raise RuntimeError(f"Kie.ai task {record.task_id} succeeded but names no result file")
    files = await client.download(record, folder / "results")
    if kind == "image":
        return _media.read_images(files)
    if kind == "audio":
        return _media.read_audio(files[0])
    return _media.read_video(files[0])


async def run(model_id: str, given: Mapping[str, Any]) -> tuple[Any, str, str]:
    """Create the task once (after the client checks every limit and uploads local media), wait
    for it and read its results."""
    with tempfile.TemporaryDirectory(prefix="kie-") as temporary:
        folder = Path(temporary)
        values, _ = request_input(inputs_of(model_id), given, _files(folder))
        async with _settings.client() as client:
            try:
                task = await client.create_task(model_id, values)
            except SubmissionUncertain as error:
                raise RuntimeError(
                    f"{error}. The node never sends a create twice: look at your Kie.ai task "
                    "log (https://kie.ai/logs) before you queue it again"
                ) from error
            log.info("Kie.ai task %s created for %s", task.id, model_id)
            record = await wait(client, task.id)
            value = await result(client, record, folder)
            return value, record.task_id, "\n".join(record.result_urls)
