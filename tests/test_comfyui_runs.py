"""Every model's node run end to end against the simulator with real tensors: the exact createTask
input is what the widgets and media say, uploaded media decodes back to the tensors given, and the
result decodes into ComfyUI's types."""

from __future__ import annotations

import asyncio
import io
import json
import math
import wave
from importlib.resources import files
from pathlib import Path
from types import ModuleType
from typing import Any

import av
import numpy as np
import pytest
import torch
from PIL import Image

from comfy_support import (
    LINK,
    example_input,
    expected_widgets,
    load_pack,
    pack_module,
    point_pack_at,
    prompt_inputs,
)
from conftest import decode_result
from kie_client import MODELS, spec_of
from kie_client.testing import KieSimulator, StoredFile

SAMPLE_MP4 = (files("kie_client.testing") / "sample.mp4").read_bytes()


@pytest.fixture(scope="module")
def pack() -> ModuleType:
    return load_pack()


@pytest.fixture(scope="module")
def simulator() -> Any:
    with KieSimulator(rate_limit=None) as sim:
        yield sim


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, simulator: KieSimulator) -> Path:
    point_pack_at(simulator, tmp_path, monkeypatch)
    return tmp_path


def images(count: int) -> torch.Tensor:
    """A batch of small images whose every value PNG keeps exactly (a multiple of 1/255)."""
    values = torch.arange(count * 12 * 16 * 3).reshape(count, 12, 16, 3) % 256
    return values.float() / 255.0


def audio(count: int) -> dict[str, Any]:
    tone = torch.sin(torch.arange(1600) / 16000 * 2 * math.pi * 440) * 0.5
    return {"waveform": tone.repeat(count, 1, 1), "sample_rate": 16000}


def video() -> Any:
    from comfy_api.latest import InputImpl

    return InputImpl.VideoFromFile(io.BytesIO(SAMPLE_MP4))


def node_arguments(pack: ModuleType, model_id: str, given: dict[str, Any]) -> dict[str, Any]:
    """The node's arguments at the run: widgets as set, each media field fed tensors (or videos)
    as many as the example has URLs, where another node would have fed them."""
    widgets = pack_module(pack, "_widgets")
    arguments = prompt_inputs(pack, model_id, given, media="linked")
    sockets = [i for i in pack_module(pack, "_run").inputs_of(model_id) if i.socket]
    for field in spec_of(model_id).fields:
        media = widgets.media_of(field)
        if media is None or field.name not in given:
            continue
        if not given[field.name] and not field.required:  # the socket left unconnected
            del arguments[field.name]
            continue
        count = max(len(given[field.name]), 1) if field.type == "array" else 1
        if media == "image":
            arguments[field.name] = images(count)
        elif media == "audio":
            arguments[field.name] = audio(count)
        else:  # a VIDEO is one video: one per numbered socket
            own = [i.name for i in sockets if i.field.name == field.name]
            arguments |= {name: video() for name in own[:count]}
    return arguments


def stored(simulator: KieSimulator, url: str) -> StoredFile:
    return next(f for f in simulator.uploads if url.endswith("/" + f.file_path))


def check_upload(media: str, sent: list[str], given: Any, simulator: KieSimulator) -> None:
    """Each uploaded file decodes back to what the node was given."""
    datas = [stored(simulator, url).disk_path.read_bytes() for url in sent]
    if media == "image":
        decoded = np.stack([np.asarray(Image.open(io.BytesIO(d)).convert("RGB")) for d in datas])
        assert np.abs(decoded / 255.0 - given.numpy()).max() < 0.5 / 255
    elif media == "audio":
        for data, clip in zip(datas, given["waveform"], strict=True):
            with wave.open(io.BytesIO(data)) as read:
                assert read.getframerate() == given["sample_rate"]
                pcm = np.frombuffer(read.readframes(read.getnframes()), "<i2") / 32767.0
            assert np.abs(pcm - clip[0].numpy()).max() <= 1 / 32767
    else:  # a VIDEO is saved as it came: the same MP4
        assert all(data == SAMPLE_MP4 for data in datas)


def check_result(output: str, value: Any, record_urls: list[str]) -> None:
    """The result in ComfyUI's type, decoded from the simulator's real files."""
    if output == "image":
        assert value.dtype == torch.float32 and value.shape == (len(record_urls), 8, 8, 3)
        assert float(value.min()) >= 0.0 and float(value.max()) <= 1.0
    elif output == "audio":
        assert value["sample_rate"] == 16000 and value["waveform"].shape == (1, 1, 4000)
    elif output == "video":
        data = value.get_stream_source().getvalue()
        assert decode_result("video", data) == (16, 16, 3)
        with av.open(io.BytesIO(data)) as container:
            assert sum(1 for _ in container.decode(video=0)) == 3
    else:
        assert isinstance(json.loads(value), dict)


@pytest.mark.parametrize("model_id", sorted(MODELS))
def test_the_node_runs_its_docs_example_with_real_tensors(
    model_id: str, pack: ModuleType, simulator: KieSimulator, settings: Path
) -> None:
    node = pack.NODE_CLASS_MAPPINGS[f"Kie_{MODELS[model_id].module}"]
    given = example_input(model_id)
    arguments = node_arguments(pack, model_id, given)
    assert LINK not in arguments.values()
    before = len(simulator.tasks)
    result, task_id, urls = asyncio.run(node().generate(**arguments))
    assert len(simulator.tasks) == before + 1
    task = simulator.tasks[-1]
    assert task.id == task_id and task.model == model_id
    widgets = pack_module(pack, "_widgets")
    sent = dict(task.input)
    for field in spec_of(model_id).fields:
        media = widgets.media_of(field)
        if media and (given.get(field.name) or field.required):
            uploaded = sent.pop(field.name)
            uploaded = uploaded if isinstance(uploaded, list) else [uploaded]
            check_upload(media, uploaded, arguments.get(field.name), simulator)
    assert sent == expected_widgets(pack, model_id, given)
    record_urls = urls.splitlines()
    check_result(spec_of(model_id).output, result, record_urls)
