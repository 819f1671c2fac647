"""End to end against the simulator, for every model, blocking and awaited: a typed method call
with local files (uploaded automatically) -> wait -> download."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from conftest import (
    async_kie_client,
    decode_result,
    fixture_cases,
    kie_client,
    result_kind,
    sample_file,
)
from kie_client import MODELS, State, _drivers, spec_of
from kie_client.testing import KieSimulator, ManualClock, Timing


def typed_call(model: str, folder: Path) -> tuple[dict[str, Any], list[Path]]:
    """Keyword arguments for the model's method: its fullest valid fixture, with every URL input
    replaced by a local file of the accepted kind; and those files."""
    spec = spec_of(model)
    values = dict(fixture_cases(model)["valid"][1]["input"])  # "full"
    files = []
    for field in spec.fields:
        if field.name not in values:
            continue
        url_field = field.items if field.type == "array" else field
        if url_field and url_field.type == "url":
            path = sample_file(url_field, folder)
            files.append(path)
            values[field.name] = [path] if field.type == "array" else path
    return {f.py_name: values[f.name] for f in spec.fields if f.name in values}, files


def method_of(client: object, model: str) -> Any:
    entry = MODELS[model]
    return getattr(getattr(client, entry.group), entry.method)


def check_outcome(
    sim: KieSimulator, model: str, record: Any, saved: list[Path], files: list[Path]
) -> None:
    assert record.state is State.SUCCESS and record.model == model
    [task] = sim.tasks
    assert len(sim.uploads) == len(files)
    sent = json.dumps(task.input)
    for upload, path in zip(sim.uploads, files, strict=True):
        assert upload.disk_path.read_bytes() == path.read_bytes()
        assert f"{sim.base_url}/files/uploads/{upload.file_path}" in sent
    kind = result_kind(model)
    if kind is None:  # a text model answers in the record
        assert saved == [] and record.result["resultObject"]["text"]
    else:
        [path] = saved  # the file it made, real media of the model's output kind
        assert all(decode_result(kind, path.read_bytes()))


@pytest.mark.parametrize("model", sorted(MODELS))
def test_sync_create_wait_download(model: str, tmp_path: Path) -> None:
    kwargs, files = typed_call(model, tmp_path)
    with KieSimulator() as sim, kie_client(sim) as client:
        task = method_of(client, model)(**kwargs)
        record = task.wait()
        saved = task.download(tmp_path / "out")
        check_outcome(sim, model, record, saved, files)


@pytest.mark.parametrize("model", sorted(MODELS))
def test_async_create_wait_download(model: str, tmp_path: Path) -> None:
    kwargs, files = typed_call(model, tmp_path)

    async def scenario(sim: KieSimulator) -> tuple[Any, list[Path]]:
        async with async_kie_client(sim) as client:
            task = await method_of(client, model)(**kwargs)
            record = await task.wait()
            return record, await task.download(tmp_path / "out")

    with KieSimulator() as sim:
        record, saved = asyncio.run(scenario(sim))
        check_outcome(sim, model, record, saved, files)


def test_wait_reports_progress_through_every_state(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each pause of the poll schedule moves the simulator's clock on instead of sleeping."""
    kwargs, _ = typed_call("kling-2.6/image-to-video", tmp_path)
    clock = ManualClock()
    pauses: list[float] = []

    def pause(seconds: float) -> None:
        pauses.append(seconds)
        clock.advance(seconds)

    monkeypatch.setattr(_drivers, "time", SimpleNamespace(sleep=pause))
    with KieSimulator(clock=clock, timing=Timing(3, 3, 3)) as sim, kie_client(sim) as client:
        states: list[State] = []
        task = client.kling_2_6.image_to_video(**kwargs)
        record = task.wait(on_progress=lambda r: states.append(r.state))
    assert states == [
        State.WAITING,
        State.WAITING,
        State.QUEUING,
        State.GENERATING,
        State.GENERATING,
        State.SUCCESS,
    ]
    assert pauses == [2, 2, 2, 2, 2]  # every 2 s in the first 30 s, as documented
    assert record.completed_at is not None and record.cost_time_ms == 9000


def test_create_task_with_a_plain_mapping_and_input_dataclass(tmp_path: Path) -> None:
    from kie_client.models.kling_2_6_image_to_video import Kling26ImageToVideoInput

    image = sample_file(spec_of("kling-2.6/image-to-video").fields[1].items, tmp_path)  # type: ignore[arg-type]
    request = Kling26ImageToVideoInput(
        prompt="a cat", image_urls=[image], sound=True, duration="10"
    )
    with KieSimulator() as sim, kie_client(sim) as client:
        by_dataclass = client.submit(request, callback_url="https://example.com/hook")
        by_mapping = client.create_task(
            "kling-2.6/image-to-video",
            {
                "prompt": "a cat",
                "image_urls": ["https://example.com/a.png"],
                "sound": True,
                "duration": "10",
            },
        )
        first, second = sim.tasks
    assert (first.id, second.id) == (by_dataclass.id, by_mapping.id)
    assert first.callback_url == "https://example.com/hook" and second.callback_url is None
    assert first.input["image_urls"][0].startswith(sim.base_url + "/files/uploads/kie-client/")
