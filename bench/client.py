"""The client's own cost: checks and serialization per call, and create+wait throughput against a
simulator in another process, beside raw httpx making the same requests."""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

from kie_client import AsyncKieClient, spec_of
from kie_client._plans import check_request, request_body

MODEL = "kling-2.6/image-to-video"
INPUT = {
    "prompt": "A fox in the snow",
    "image_urls": ["https://example.com/fox.png"],
    "sound": False,
    "duration": "5",
}
CONCURRENCY = (1, 10, 100)


@dataclass(frozen=True)
class Throughput:
    concurrency: int
    tasks: int
    client_per_s: float
    raw_per_s: float

    @property
    def overhead(self) -> float:
        """How much slower the client is than raw httpx, as a fraction."""
        return self.raw_per_s / self.client_per_s - 1


def validation_us(repeats: int = 5, number: int = 20_000) -> float:
    """Checking every limit and rule of one request and serializing its body, per call."""
    spec = spec_of(MODEL)

    def once() -> None:
        check_request(spec, INPUT)
        json.dumps(request_body(spec, INPUT))

    return min(timeit.repeat(once, number=number, repeat=repeats)) / number * 1e6


@contextmanager
def simulator() -> Iterator[tuple[str, str]]:
    """A simulator in its own process (so it does not share a GIL with the clients measured)."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kie_client.testing",
            "--port",
            "0",
            "--timing",
            "0,0,0",
            "--no-rate-limit",
            "--credits",
            str(10**12),
            "--task-cost",
            "1",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    url = process.stdout.readline().split()[-1]
    try:
        yield url, "kie-simulator-key"
    finally:
        process.terminate()
        process.wait(10)


async def _in_parallel(concurrency: int, tasks: int, one: Callable[[], Awaitable[None]]) -> float:
    """Tasks per second with `concurrency` of them in flight at once."""
    left = iter(range(tasks))

    async def worker() -> None:
        for _ in left:
            await one()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return tasks / (time.perf_counter() - start)


async def _client_rate(url: str, key: str, concurrency: int, tasks: int) -> float:
    limits = httpx.Limits(max_connections=concurrency)
    async with (
        httpx.AsyncClient(limits=limits, timeout=60) as http,
        AsyncKieClient(key, base_url=url, upload_base_url=url, http_client=http) as client,
    ):

        async def one() -> None:
            task = await client.create_task(MODEL, INPUT)
            await task.wait()

        await _in_parallel(concurrency, min(tasks, 20), one)  # warm the connections
        return await _in_parallel(concurrency, tasks, one)


async def _raw_rate(url: str, key: str, concurrency: int, tasks: int) -> float:
    limits = httpx.Limits(max_connections=concurrency)
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits, timeout=60) as http:

        async def one() -> None:
            created = await http.post(
                "/api/v1/jobs/createTask", json={"model": MODEL, "input": INPUT}
            )
            task_id = created.json()["data"]["taskId"]
            while True:
                record = await http.get("/api/v1/jobs/recordInfo", params={"taskId": task_id})
                if record.json()["data"]["state"] in ("success", "fail"):
                    return

        await _in_parallel(concurrency, min(tasks, 20), one)
        return await _in_parallel(concurrency, tasks, one)


def throughput(tasks: int, repeats: int) -> list[Throughput]:
    """Medians of `repeats` runs, the client and raw httpx taking turns so drift favours neither."""
    results = []
    with simulator() as (url, key):
        for concurrency in CONCURRENCY:
            client, raw = [], []
            for _ in range(repeats):
                client.append(asyncio.run(_client_rate(url, key, concurrency, tasks)))
                raw.append(asyncio.run(_raw_rate(url, key, concurrency, tasks)))
            results.append(
                Throughput(concurrency, tasks, statistics.median(client), statistics.median(raw))
            )
    return results


def simulator_rps(requests: int = 3000, concurrency: int = 10) -> float:
    """Requests per second the simulator answers (credits, over keep-alive connections)."""

    async def load(url: str, key: str) -> float:
        headers = {"Authorization": f"Bearer {key}"}
        async with httpx.AsyncClient(base_url=url, headers=headers) as http:

            async def one() -> None:
                (await http.get("/api/v1/chat/credit")).raise_for_status()

            return await _in_parallel(concurrency, requests, one)

    with simulator() as (url, key):
        return asyncio.run(load(url, key))


def _canned(request: httpx.Request) -> httpx.Response:
    """Kie's answers to a create and a query, without a network or a server."""
    if request.url.path.endswith("createTask"):
        return httpx.Response(200, json={"code": 200, "msg": "success", "data": {"taskId": "t1"}})
    record = {
        "taskId": "t1",
        "model": MODEL,
        "state": "success",
        "param": json.dumps({"model": MODEL, "input": INPUT}),
        "resultJson": json.dumps({"resultUrls": ["https://example.com/r.mp4"]}),
        "failCode": "",
        "failMsg": "",
        "costTime": 1000,
        "completeTime": 1767225601000,
        "createTime": 1767225600000,
        "updateTime": 1767225601000,
        "consumeCredits": 10,
        "remainedCredits": 100,
    }
    return httpx.Response(200, json={"code": 200, "msg": "success", "data": record})


def cost_per_task_us(tasks: int = 2000, repeats: int = 5) -> tuple[float, float]:
    """Microseconds per create+wait for the client and for raw httpx, with answers served
    in-process (httpx.MockTransport): what each costs by itself, beside any server. The two are
    measured in turn and the best of `repeats` kept, so warm-up and noise favour neither."""
    transport = httpx.MockTransport(_canned)

    async def through_client() -> float:
        async with (
            httpx.AsyncClient(transport=transport) as http,
            AsyncKieClient(
                "key",
                base_url="http://kie.test",
                upload_base_url="http://kie.test",
                http_client=http,
            ) as client,
        ):
            start = time.perf_counter()
            for _ in range(tasks):
                await (await client.create_task(MODEL, INPUT)).wait()
            return time.perf_counter() - start

    async def through_httpx() -> float:
        headers = {"Authorization": "Bearer key"}
        async with httpx.AsyncClient(
            transport=transport, base_url="http://kie.test", headers=headers
        ) as http:
            start = time.perf_counter()
            for _ in range(tasks):
                body = {"model": MODEL, "input": INPUT}
                created = await http.post("/api/v1/jobs/createTask", json=body)
                task_id = created.json()["data"]["taskId"]
                record = await http.get("/api/v1/jobs/recordInfo", params={"taskId": task_id})
                assert record.json()["data"]["state"] == "success"
            return time.perf_counter() - start

    ours, raw = [], []
    for _ in range(repeats):
        ours.append(asyncio.run(through_client()))
        raw.append(asyncio.run(through_httpx()))
    return min(ours) / tasks * 1e6, min(raw) / tasks * 1e6


@dataclass(frozen=True)
class Latency:
    """Median microseconds of a create and of a wait (one poll), one task at a time."""

    create_us: float
    wait_us: float


async def _client_latency(url: str, key: str, tasks: int) -> Latency:
    creates, waits = [], []
    async with (
        httpx.AsyncClient(timeout=60) as http,
        AsyncKieClient(key, base_url=url, upload_base_url=url, http_client=http) as client,
    ):
        for _ in range(tasks):
            start = time.perf_counter()
            task = await client.create_task(MODEL, INPUT)
            created = time.perf_counter()
            await task.wait()
            creates.append(created - start)
            waits.append(time.perf_counter() - created)
    return Latency(statistics.median(creates) * 1e6, statistics.median(waits) * 1e6)


async def _raw_latency(url: str, key: str, tasks: int) -> Latency:
    creates, waits = [], []
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=60) as http:
        for _ in range(tasks):
            start = time.perf_counter()
            body = {"model": MODEL, "input": INPUT}
            task_id = (await http.post("/api/v1/jobs/createTask", json=body)).json()["data"][
                "taskId"
            ]
            created = time.perf_counter()
            (await http.get("/api/v1/jobs/recordInfo", params={"taskId": task_id})).json()
            creates.append(created - start)
            waits.append(time.perf_counter() - created)
    return Latency(statistics.median(creates) * 1e6, statistics.median(waits) * 1e6)


def latency(tasks: int = 300, repeats: int = 3) -> tuple[Latency, Latency]:
    """The client's and raw httpx's median latencies against the simulator, taking turns; the
    median over `repeats` of each."""
    ours, raw = [], []
    with simulator() as (url, key):
        for _ in range(repeats):
            ours.append(asyncio.run(_client_latency(url, key, tasks)))
            raw.append(asyncio.run(_raw_latency(url, key, tasks)))

    def middle(runs: list[Latency]) -> Latency:
        return Latency(
            statistics.median(r.create_us for r in runs), statistics.median(r.wait_us for r in runs)
        )

    return middle(ours), middle(raw)
