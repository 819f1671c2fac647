"""A wait's progress callback: the awaited client awaits a coroutine function, and mypy refuses one
on the blocking client, where it would never run."""

from __future__ import annotations

import asyncio
import textwrap
from pathlib import Path

from conftest import mypy_strict
from kie_client import TaskRecord
from kie_client.testing import KieSimulator, Timing

MODEL = "kling-2.6/text-to-video"
INPUT = {"prompt": "a fox", "sound": False, "aspect_ratio": "1:1", "duration": "5"}


def test_the_awaited_client_awaits_an_async_progress_callback() -> None:
    seen: list[str] = []

    async def progress(record: TaskRecord) -> None:
        await asyncio.sleep(0)
        seen.append(record.state)

    async def main(sim: KieSimulator) -> TaskRecord:
        async with sim.async_client() as client:
            task = await client.create_task(MODEL, INPUT)
            return await task.wait(on_progress=progress)

    with KieSimulator(timing=Timing(generating=1.0)) as sim:
        record = asyncio.run(main(sim))
    assert len(seen) >= 2 and seen[-1] == record.state == "success"


def test_the_awaited_client_still_takes_a_plain_callback() -> None:
    seen: list[TaskRecord] = []

    async def main(sim: KieSimulator) -> None:
        async with sim.async_client() as client:
            task = await client.create_task(MODEL, INPUT)
            await task.wait(on_progress=seen.append)

    with KieSimulator() as sim:
        asyncio.run(main(sim))
    assert [r.state for r in seen] == ["success"]


def test_mypy_refuses_an_async_callback_on_the_blocking_client(tmp_path: Path) -> None:
    script = tmp_path / "use.py"
    script.write_text(textwrap.dedent("""
        from kie_client import KieClient, TaskRecord

        async def progress(record: TaskRecord) -> None: ...

        KieClient("key").tasks.wait("t1", on_progress=progress)
        KieClient("key").tasks.wait("t1", on_progress=print)
        """))
    said = mypy_strict(script)
    assert 'Argument "on_progress" to "wait" of "Tasks" has incompatible type' in said
    assert "use.py:6:" in said and "use.py:7:" not in said  # print is fine
