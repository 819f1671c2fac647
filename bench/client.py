"""The client's own cost: checks and serialization per call, CPU per create+wait beside raw
httpx making the same requests (answers served in-process, and a simulator over loopback), and
create+wait throughput against that simulator, which runs in another process."""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple, ParamSpec, TypeVar

import httpx

from kie_client import AsyncKieClient, spec_of
from kie_client._plans import check_request, request_body

T = TypeVar("T")
P = ParamSpec("P")

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


One = Callable[[], Awaitable[None]]  # one create+wait
Way = Callable[..., AbstractAsyncContextManager[One]]  # how to make one: client or raw httpx


def _in_turn(repeats: int, ours: Callable[[], T], raw: Callable[[], T]) -> tuple[list[T], list[T]]:
    """`repeats` runs of each, which goes first alternating: whatever drifts between runs (warm
    caches, a busy machine) then favours neither."""
    ours_runs: list[T] = []
    raw_runs: list[T] = []
    turns = [(ours, ours_runs), (raw, raw_runs)]
    for n in range(repeats):
        for run, into in turns if n % 2 == 0 else turns[::-1]:
            into.append(run())
    return ours_runs, raw_runs


def _runs(
    measure: Callable[P, Coroutine[Any, Any, T]], *args: P.args, **kwargs: P.kwargs
) -> Callable[[], T]:
    """`measure` run afresh, in an event loop of its own, each time it is called."""
    return lambda: asyncio.run(measure(*args, **kwargs))


@asynccontextmanager
async def _through_client(url: str, key: str, **http: Any) -> AsyncIterator[One]:
    """Create+wait with the client, over an httpx client made with the `http` options."""
    async with (
        httpx.AsyncClient(timeout=60, **http) as http_client,
        AsyncKieClient(key, base_url=url, upload_base_url=url, http_client=http_client) as client,
    ):

        async def one() -> None:
            await (await client.create_task(MODEL, INPUT)).wait()

        yield one


@asynccontextmanager
async def _through_httpx(url: str, key: str, **http: Any) -> AsyncIterator[One]:
    """The same requests with httpx alone: create, then poll until the task is final."""
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=60, **http) as client:

        async def one() -> None:
            body = {"model": MODEL, "input": INPUT}
            created = await client.post("/api/v1/jobs/createTask", json=body)
            task_id = created.json()["data"]["taskId"]
            while True:
                record = await client.get("/api/v1/jobs/recordInfo", params={"taskId": task_id})
                if record.json()["data"]["state"] in ("success", "fail"):
                    return

        yield one


def _limits(concurrency: int) -> httpx.Limits:
    # httpx keeps only 20 connections alive by default: past that, tasks would reconnect.
    return httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)


async def _in_parallel(concurrency: int, tasks: int, one: One) -> float:
    """Tasks per second with `concurrency` of them in flight at once."""
    left = iter(range(tasks))

    async def worker() -> None:
        for _ in left:
            await one()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return tasks / (time.perf_counter() - start)


async def _rate(way: Way, url: str, key: str, concurrency: int, tasks: int) -> float:
    async with way(url, key, limits=_limits(concurrency)) as one:
        await _in_parallel(concurrency, max(concurrency, 20), one)  # every connection open
        return await _in_parallel(concurrency, tasks, one)


def throughput(tasks: int, repeats: int) -> list[Throughput]:
    """Medians of `repeats` runs, the client and raw httpx taking turns to go first."""
    results = []
    with simulator() as (url, key):
        for concurrency in CONCURRENCY:
            client, raw = _in_turn(
                repeats,
                _runs(_rate, _through_client, url, key, concurrency, tasks),
                _runs(_rate, _through_httpx, url, key, concurrency, tasks),
            )
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


class Overhead(NamedTuple):
    """CPU microseconds of the measuring process per create+wait: the client's and raw httpx's.
    A tuple, so that `client_us, raw_us = ...` reads it too."""

    client_us: float
    raw_us: float

    @property
    def fraction(self) -> float:
        """The client's own CPU beside raw httpx's: 0.05 is 5% more per task."""
        return self.client_us / self.raw_us - 1


BLOCK = 50  # tasks in a turn: short enough that both sides see the same machine


async def _spent(one: One, tasks: int) -> float:
    """CPU seconds of this process over `tasks` create+waits, one at a time. Process time, not
    wall time: it leaves out the server's work and the time spent waiting on it."""
    start = time.process_time()
    for _ in range(tasks):
        await one()
    return time.process_time() - start


async def _cpu_us(url: str, key: str, tasks: int, **http: Any) -> Overhead:
    """CPU per create+wait of the client and of raw httpx, taking turns in blocks of BLOCK tasks
    (which goes first alternating): a busy neighbour or a slower spell then weighs on both alike,
    where runs one after the other drift apart by more than the overhead measured."""
    async with (
        _through_client(url, key, **http) as ours,
        _through_httpx(url, key, **http) as raw,
    ):
        for one in (ours, raw):
            await _spent(one, 20)  # connections, caches and first-call costs
        size = min(BLOCK, tasks)
        spent = {ours: 0.0, raw: 0.0}
        for n in range(tasks // size):
            for one in (ours, raw) if n % 2 == 0 else (raw, ours):
                spent[one] += await _spent(one, size)
        done = tasks // size * size
        return Overhead(spent[ours] / done * 1e6, spent[raw] / done * 1e6)


def _overhead(repeats: int, url: str, key: str, tasks: int, **http: Any) -> Overhead:
    """The median of `repeats` runs by overhead: the run's own pair, as the two figures of a run
    share its conditions and the medians of each side apart would not."""
    runs = [asyncio.run(_cpu_us(url, key, tasks, **http)) for _ in range(repeats)]
    return sorted(runs, key=lambda run: run.fraction)[(repeats - 1) // 2]


def cost_per_task_us(tasks: int = 2000, repeats: int = 5) -> Overhead:
    """CPU per create+wait with answers served in-process (httpx.MockTransport): what the client
    and raw httpx each cost by themselves, beside no server and no network."""
    transport = httpx.MockTransport(_canned)
    return _overhead(repeats, "http://kie.test", "key", tasks, transport=transport)


def loopback_cost_per_task_us(tasks: int = 1000, repeats: int = 5) -> Overhead:
    """CPU per create+wait of this process against the simulator (another process) over
    loopback: what a caller's machine spends, connections and all."""
    with simulator() as (url, key):
        return _overhead(repeats, url, key, tasks)


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
    """The client's and raw httpx's median latencies against the simulator, taking turns to go
    first; the median over `repeats` of each."""
    with simulator() as (url, key):
        ours, raw = _in_turn(
            repeats,
            _runs(_client_latency, url, key, tasks),
            _runs(_raw_latency, url, key, tasks),
        )

    def middle(runs: list[Latency]) -> Latency:
        return Latency(
            statistics.median(r.create_us for r in runs), statistics.median(r.wait_us for r in runs)
        )

    return middle(ours), middle(raw)
