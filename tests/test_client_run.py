"""One call from input to result (`client.run`), its typed outputs, and per-call options
(`client.with_options`), blocking and awaited, against the simulator."""

from __future__ import annotations

import asyncio
import textwrap
import time
from pathlib import Path

import pytest

from conftest import (
    KLING,
    async_kie_client,
    decode_result,
    kie_client,
    mypy_strict,
    result_kind,
    sample_file,
    valid_input,
)
from kie_client import (
    KieError,
    Output,
    ServerError,
    State,
    TaskRecord,
    TransportError,
    ValidationError,
    WaitTimeout,
    spec_of,
)
from kie_client.models.kling_2_6_image_to_video import Kling26ImageToVideoInput
from kie_client.testing import KieSimulator, Timing

TEXT_MODEL = "omnihuman-1-5/human-identification"
ONE_MODEL_PER_OUTPUT = {
    "video": KLING,
    "image": "google/imagen4-fast",
    "audio": "elevenlabs/text-to-speech-turbo-2-5",
}


def kling_input(folder: Path) -> Kling26ImageToVideoInput:
    image_field = spec_of(KLING).fields[1].items
    assert image_field is not None
    return Kling26ImageToVideoInput(
        prompt="a cat", image_urls=[sample_file(image_field, folder)], sound=False, duration="5"
    )


# -- run -----------------------------------------------------------------------------------------


def test_run_from_an_input_dataclass_saves_the_results_on_the_record(tmp_path: Path) -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        record = client.run(kling_input(tmp_path), download_to=tmp_path / "out")
        [task] = sim.tasks
    assert isinstance(record, TaskRecord) and record.state is State.SUCCESS
    assert record.task_id == task.id and len(sim.uploads) == 1  # the local image went first
    [output] = record.outputs
    assert output.url == record.result_urls[0] and output.media_type == "video/mp4"
    assert output.path is not None and output.path.parent == tmp_path / "out"
    assert all(decode_result("video", output.path.read_bytes()))


def test_run_from_a_model_id_awaits_an_async_progress_callback(tmp_path: Path) -> None:
    seen: list[State] = []

    async def progress(record: TaskRecord) -> None:
        await asyncio.sleep(0)
        seen.append(record.state)

    async def scenario(sim: KieSimulator) -> TaskRecord:
        async with async_kie_client(sim) as client:
            return await client.run(KLING, valid_input(), on_progress=progress)

    with KieSimulator() as sim:
        record = asyncio.run(scenario(sim))
    assert seen == [State.SUCCESS] and record.state is State.SUCCESS
    assert [o.path for o in record.outputs] == [None]  # nothing saved without download_to


@pytest.mark.parametrize("kind", sorted(ONE_MODEL_PER_OUTPUT))
def test_outputs_are_typed_by_file_name(kind: str, tmp_path: Path) -> None:
    model = ONE_MODEL_PER_OUTPUT[kind]
    with KieSimulator() as sim, kie_client(sim) as client:
        record = client.run(model, valid_input(model), download_to=tmp_path)
    [output] = record.outputs
    assert output.media_type.startswith(f"{kind}/") and result_kind(model) == kind
    assert output.path is not None and all(decode_result(kind, output.path.read_bytes()))
    assert record.result_object is None


def test_an_output_whose_url_names_no_type_has_the_models_output_kind() -> None:
    record = TaskRecord.parse(
        {
            "taskId": "t1",
            "model": KLING,
            "state": "success",
            "resultJson": '{"resultUrls": ["https://cdn.example/v/abc", "https://cdn.example/x.mov"]}',
        }
    )
    assert record.outputs == (
        Output("https://cdn.example/v/abc", "video/*", "t1-0-abc"),
        Output("https://cdn.example/x.mov", "video/quicktime", "t1-1-x.mov"),
    )
    assert record.result_urls == tuple(o.url for o in record.outputs)


def test_one_output_downloads_on_its_own_under_its_tasks_name(tmp_path: Path) -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        first, second = (client.run(KLING, valid_input()) for _ in range(2))
        [one] = client.download(first.outputs[0], tmp_path)
        [other] = client.download(second.outputs[0], tmp_path)
        [awaited] = asyncio.run(_download_awaited(sim, first.outputs[0], tmp_path / "awaited"))
    assert one.name.startswith(first.task_id) and other.name.startswith(second.task_id)
    assert one.read_bytes() == awaited.read_bytes() != b""
    assert decode_result("video", other.read_bytes())


async def _download_awaited(sim: KieSimulator, output: Output, folder: Path) -> list[Path]:
    async with async_kie_client(sim) as client:
        return await client.download(output, folder)


def test_a_text_model_answers_in_result_object_and_has_no_outputs(tmp_path: Path) -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        record = client.run(TEXT_MODEL, valid_input(TEXT_MODEL), download_to=tmp_path)
    assert record.outputs == () and record.result_urls == ()
    assert record.result_object is not None and record.result_object["text"]
    assert list(tmp_path.iterdir()) == []


def test_an_input_found_wrong_is_refused_before_any_task_exists() -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        with pytest.raises(ValidationError) as raised:
            client.run(KLING, valid_input() | {"duration": "7"})
        assert sim.requests == []
    assert raised.value.task_id is None


def test_a_failure_while_waiting_names_the_task_so_it_can_be_waited_on_again() -> None:
    with KieSimulator() as sim, kie_client(sim, max_retries=0) as client:
        sim.inject("record_info", status=500, times=None)
        with pytest.raises(ServerError) as raised:
            client.run(KLING, valid_input())
        [task] = sim.tasks
        error = raised.value
        assert error.task_id == task.id
        assert f"task {task.id}" in str(error)
        assert any(f"client.tasks.wait({task.id!r})" in note for note in error.__notes__)
        sim.clear_faults()
        assert client.tasks.wait(error.task_id).state is State.SUCCESS


def test_a_failed_download_names_the_task(tmp_path: Path) -> None:
    with KieSimulator() as sim, kie_client(sim, max_retries=0) as client:
        sim.inject("files", status=404)
        with pytest.raises(KieError, match=r"downloading .* failed") as raised:
            client.run(KLING, valid_input(), download_to=tmp_path)
        [task] = sim.tasks
    assert raised.value.task_id == task.id


def test_a_progress_callbacks_own_error_passes_through_naming_the_task() -> None:
    class Stop(Exception):
        pass

    def progress(record: TaskRecord) -> None:
        raise Stop("enough")

    with KieSimulator() as sim, kie_client(sim) as client:
        with pytest.raises(Stop) as raised:
            client.run(KLING, valid_input(), on_progress=progress)
        [task] = sim.tasks
    assert str(raised.value) == "enough"
    assert any(task.id in note for note in raised.value.__notes__)


def test_a_wait_timeout_of_run_says_how_to_resume() -> None:
    with KieSimulator(timing=Timing(waiting=60)) as sim, kie_client(sim) as client:
        with pytest.raises(WaitTimeout) as raised:
            client.run(KLING, valid_input(), deadline_seconds=0.2)
        [task] = sim.tasks
    assert raised.value.task_id == task.id and "resume with client.tasks.wait" in str(raised.value)


def test_run_takes_one_of_its_two_spellings(tmp_path: Path) -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        with pytest.raises(TypeError, match="the input mapping is missing"):
            client.run(KLING)  # type: ignore[call-overload]
        with pytest.raises(TypeError, match="give no mapping"):
            client.run(kling_input(tmp_path), valid_input())  # type: ignore[call-overload]
        assert sim.requests == []


def test_mypy_reads_runs_overloads_and_with_options(tmp_path: Path) -> None:
    script = tmp_path / "use.py"
    script.write_text(textwrap.dedent("""
            from kie_client import AsyncKieClient, KieClient, TaskRecord
            from kie_client.models.kling_2_6_image_to_video import Kling26ImageToVideoInput

            async def progress(record: TaskRecord) -> None: ...

            async def main(request: Kling26ImageToVideoInput) -> None:
                client = KieClient("key").with_options(timeout=300)
                reveal_type(client)
                reveal_type(client.run(request, download_to="out"))
                client.run("kling-2.6/image-to-video", {"prompt": "a"})
                client.run("kling-2.6/image-to-video")  # wrong: no input
                client.run(request, {"prompt": "a"})  # wrong: a second input
                client.run(request, on_progress=progress)  # wrong: never awaited here
                awaited = AsyncKieClient("key")
                reveal_type(await awaited.run(request, on_progress=progress))
            """))
    said = mypy_strict(script)
    wrong = [n for n, line in enumerate(script.read_text().splitlines(), 1) if "# wrong" in line]
    errors = [int(line.split(":")[1]) for line in said.splitlines() if ": error:" in line]
    assert errors == wrong, said
    assert 'Revealed type is "kie_client.client.KieClient"' in said
    assert said.count('Revealed type is "kie_client.records.TaskRecord"') == 2


# -- with_options --------------------------------------------------------------------------------


def test_with_options_changes_only_the_derived_client() -> None:
    with KieSimulator() as sim, kie_client(sim, max_retries=2) as client:
        derived = client.with_options(max_retries=0)
        sim.inject("credits", status=500)
        with pytest.raises(ServerError):
            derived.credits()
        sim.inject("credits", status=500)
        assert client.credits() == 10_000  # retried, as before


def test_a_derived_client_shares_the_pool_and_closing_it_leaves_the_pool_open() -> None:
    with KieSimulator() as sim, kie_client(sim) as client:
        derived = client.with_options(poll_deadline_seconds=5)
        assert derived._http is client._http and derived._key is client._key
        with derived:
            derived.credits()
        assert client.credits() == derived.credits() == 10_000


def test_with_options_timeout_applies_to_each_request_of_the_derived_client() -> None:
    with KieSimulator() as sim, kie_client(sim, max_retries=0) as client:
        sim.inject("credits", delay=1.5)
        started = time.monotonic()
        with pytest.raises(TransportError, match="ReadTimeout"):
            client.with_options(timeout=0.3).credits()
        assert time.monotonic() - started < 1.4
        sim.inject("credits", delay=0.5)
        assert client.credits() == 10_000  # its own timeout is untouched


def test_with_options_timeout_on_the_awaited_client() -> None:
    async def scenario(sim: KieSimulator) -> None:
        async with async_kie_client(sim, max_retries=0) as client:
            sim.inject("credits", delay=1.5)
            with pytest.raises(TransportError, match="ReadTimeout"):
                await client.with_options(timeout=0.3).credits()

    with KieSimulator() as sim:
        asyncio.run(scenario(sim))


def test_with_options_backoff_and_poll_deadline() -> None:
    with (
        KieSimulator(timing=Timing(waiting=60)) as sim,
        kie_client(sim, backoff_seconds=60, max_retries=1) as client,
    ):
        quick = client.with_options(backoff_seconds=0, poll_deadline_seconds=0.2)
        sim.inject("credits", status=500)
        started = time.monotonic()
        assert quick.credits() == 10_000
        task = quick.create_task(KLING, valid_input())
        with pytest.raises(WaitTimeout):
            task.wait()
        assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    "options", [{"max_retries": -1}, {"backoff_seconds": -1.0}, {"poll_deadline_seconds": 0.0}]
)
def test_with_options_refuses_what_a_new_client_would(options: dict[str, float]) -> None:
    with KieSimulator() as sim, kie_client(sim) as client, pytest.raises(ValueError):
        client.with_options(**options)  # type: ignore[arg-type]
