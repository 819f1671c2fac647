"""The blocking client's batch: the same engine as the awaited client's, on an event loop of its
own, through an awaited twin of the client (its key and settings, a connection pool of its own)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from ._events import OnEvent
from ._jobs import Row
from ._results import BatchResult
from ._runner import Options, run_batch

if TYPE_CHECKING:
    from kie_client.client import KieClient


def run_blocking(
    client: KieClient, rows: list[Row], out: Path, options: Options, on_event: OnEvent | None
) -> BatchResult:
    """`run_batch` for a KieClient; Ctrl-C stops it as it stops the awaited one."""
    return asyncio.run(_with_twin(client, rows, out, options, on_event))


async def _with_twin(
    client: KieClient, rows: list[Row], out: Path, options: Options, on_event: OnEvent | None
) -> BatchResult:
    from kie_client.client import AsyncKieClient  # the client module imports this one lazily

    async with httpx.AsyncClient(timeout=client._http.timeout) as http:
        twin = AsyncKieClient._sharing(client._key, client._settings, http, client._timeout)
        return await run_batch(twin, rows, out, options, on_event)
