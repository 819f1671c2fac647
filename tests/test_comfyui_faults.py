"""What a node does when things go wrong, and the utility nodes: a create that may have reached
Kie is never sent again, a failed task shows Kie's message, a timeout and Cancel name the task and
how to get its result without paying again; the key is read from the environment or ComfyUI's
user folder; credits and preflight pay nothing."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from comfy_support import load_pack, point_pack_at, prompt_inputs
from conftest import fixture_cases
from kie_client import MODELS, ValidationError, spec_of
from kie_client.testing import KieSimulator, ManualClock, Timing

SLOW = Timing(generating=60.0)


@pytest.fixture(scope="module")
def pack() -> ModuleType:
    return load_pack()


def text_model() -> str:
    """A video model whose docs example needs no media: the node runs on widgets alone."""
    for model_id, entry in sorted(MODELS.items()):
        fields = spec_of(model_id).fields
        if entry.output == "video" and not any(f.type in ("url", "array") for f in fields):
            return model_id
    raise AssertionError("no video model takes text alone")


def run_node(pack: ModuleType, model_id: str) -> tuple[Any, str, str]:
    node = pack.NODE_CLASS_MAPPINGS[f"Kie_{MODELS[model_id].module}"]
    arguments = prompt_inputs(pack, model_id, fixture_cases(model_id)["valid"][0]["input"])
    return asyncio.run(node().generate(**arguments))


def creates(simulator: KieSimulator) -> int:
    return sum(r.endpoint == "create_task" for r in simulator.requests)


def test_a_create_without_an_answer_is_not_sent_again_and_says_so(
    pack: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with KieSimulator() as sim:
        point_pack_at(sim, tmp_path, monkeypatch)
        sim.inject("create_task", drop=True)
        with pytest.raises(RuntimeError, match="may or may not") as raised:
            run_node(pack, text_model())
        assert "never sends a create twice" in str(raised.value)
        assert creates(sim) == 1 and len(sim.tasks) == 1  # the task exists: it was not re-sent


def test_a_failed_task_shows_kies_message(
    pack: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with KieSimulator(failure_rate=1.0) as sim:
        point_pack_at(sim, tmp_path, monkeypatch)
        with pytest.raises(Exception, match="failed this task on purpose") as raised:
            run_node(pack, text_model())
        assert sim.tasks[0].id in str(raised.value)


def test_a_timeout_names_the_task_and_how_to_resume_it(
    pack: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with KieSimulator(timing=SLOW) as sim:
        point_pack_at(sim, tmp_path, monkeypatch)
        monkeypatch.setenv("KIE_WAIT_SECONDS", "0.5")
        with pytest.raises(RuntimeError, match="Task Result") as raised:
            run_node(pack, text_model())
        assert sim.tasks[0].id in str(raised.value) and creates(sim) == 1


def test_cancel_stops_the_wait_promptly_and_the_task_result_node_fetches_it_later(
    pack: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    from comfy import model_management, utils

    clock = ManualClock()
    with KieSimulator(timing=SLOW, clock=clock) as sim:
        point_pack_at(sim, tmp_path, monkeypatch)
        outcome: list[BaseException] = []

        def run() -> None:
            try:
                run_node(pack, text_model())
            except BaseException as error:  # what the node raised, for the test to look at
                outcome.append(error)

        utils.shown.clear()
        worker = threading.Thread(target=run)
        with caplog.at_level(logging.WARNING):
            worker.start()
            while not utils.shown:  # the task exists and its first poll moved the bar
                worker.join(0.05)
            model_management.interrupt_current_processing(True)
            worker.join(2.0)
            model_management.interrupt_current_processing(False)
        assert not worker.is_alive()  # within one cancel check of 0.2 s, and a poll
        assert isinstance(outcome[0], model_management.InterruptProcessingException)
        task_id = sim.tasks[0].id
        assert f"give {task_id} to a Kie.ai Task Result node" in caplog.text
        clock.advance(60.0)
        video, image, audio, text, urls = asyncio.run(
            pack.NODE_CLASS_MAPPINGS["Kie_TaskResult"]().result(task_id)
        )
        assert video is not None and image is audio is text is None
        assert urls and creates(sim) == 1


def test_without_a_key_the_node_says_where_to_put_one(
    pack: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with KieSimulator() as sim:
        point_pack_at(sim, tmp_path, monkeypatch)
        monkeypatch.delenv("KIE_API_KEY")
        with pytest.raises(RuntimeError, match="KIE_API_KEY") as raised:
            run_node(pack, text_model())
        assert str(tmp_path / "kie" / "api_key") in str(raised.value)
        assert sim.requests == []


def test_key_and_host_from_files_in_the_user_folder(
    pack: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with KieSimulator(credits=1234) as sim:
        point_pack_at(sim, tmp_path, monkeypatch)
        monkeypatch.delenv("KIE_API_KEY")
        monkeypatch.delenv("KIE_BASE_URL")
        (tmp_path / "kie").mkdir()
        (tmp_path / "kie" / "api_key").write_text(f"{sim.api_key}\n")
        (tmp_path / "kie" / "base_url").write_text(sim.base_url)
        shown = asyncio.run(pack.NODE_CLASS_MAPPINGS["Kie_Credits"]().credits())
        assert shown == {"ui": {"text": ["1,234 credits"]}, "result": (1234,)}
        _, task_id, _ = run_node(pack, text_model())  # at the host the file names
        assert sim.tasks[0].id == task_id


def test_preflight_shows_the_exact_body_and_sends_nothing(
    pack: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model_id = text_model()
    fixtures = fixture_cases(model_id)
    preflight = pack.NODE_CLASS_MAPPINGS["Kie_Preflight"]()
    with KieSimulator() as sim:
        point_pack_at(sim, tmp_path, monkeypatch)
        given = fixtures["valid"][0]["input"]
        shown = preflight.preflight(model_id, json.dumps(given))
        body = json.loads(shown["result"][0])
        assert body == {"model": model_id, "input": given} and shown["ui"]["text"] == list(
            shown["result"]
        )
        bad = fixtures["invalid"][0]
        with pytest.raises(ValidationError, match=bad["field"]):
            preflight.preflight(model_id, json.dumps(bad["input"]))
        assert sim.requests == []
