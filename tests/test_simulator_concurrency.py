"""100 concurrent clients, each with its own connection, create and poll tasks with no error."""

from __future__ import annotations

import asyncio
from collections import Counter

import httpx

from conftest import CREATE, KLING, RECORD, valid_input
from kie_client.testing import KieSimulator, Timing

CLIENTS = 100


async def create_and_poll(sim: KieSimulator) -> tuple[str, int]:
    """One client's whole job: create a task, poll until it is final; returns (state, polls)."""
    headers = {"Authorization": f"Bearer {sim.api_key}"}
    async with httpx.AsyncClient(base_url=sim.base_url, headers=headers, timeout=30) as client:
        created = await client.post(CREATE, json={"model": KLING, "input": valid_input()})
        created.raise_for_status()
        task_id = created.json()["data"]["taskId"]
        for polls in range(1, 200):
            answer = await client.get(RECORD, params={"taskId": task_id})
            answer.raise_for_status()
            state = answer.json()["data"]["state"]
            if state in ("success", "fail"):
                return state, polls
            await asyncio.sleep(0.05)
    raise AssertionError(f"task {task_id} still {state} after {polls} polls")


def test_100_concurrent_clients_create_and_poll() -> None:
    # long enough that every client polls before its task is done, even on a loaded machine
    with KieSimulator(rate_limit=None, timing=Timing(0.1, 0.1, 1.5)) as sim:

        async def everyone() -> list[tuple[str, int]]:
            return await asyncio.gather(*(create_and_poll(sim) for _ in range(CLIENTS)))

        results = asyncio.run(everyone())
        tasks = sim.tasks
        codes = Counter(r.status for r in sim.requests)
    assert Counter(state for state, _ in results) == {"success": CLIENTS}
    assert all(polls > 1 for _, polls in results)  # each saw the task pending, then done
    assert len(tasks) == CLIENTS and len({t.id for t in tasks}) == CLIENTS
    assert set(codes) == {200}
    assert codes[200] == CLIENTS + sum(polls for _, polls in results)
