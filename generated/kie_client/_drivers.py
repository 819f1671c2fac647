"""Carrying out plans (see `_plans`) with httpx: blocking for KieClient, awaited for AsyncKieClient.
The two drivers differ only in how they wait and send; everything else is in the plans."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TypeVar

import httpx

from kie_client._plans import Plan, Save, Send, Sleep, Step

log = logging.getLogger("kie_client")
T = TypeVar("T")


@contextmanager
def _request(
    http: httpx.Client | httpx.AsyncClient, send: Send, headers: Mapping[str, str]
) -> Iterator[httpx.Request]:
    """The httpx request for a step, with its upload (if any) open while it is sent."""
    files = None
    handle: IO[bytes] | None = None
    if isinstance(send.upload, Path):
        handle = send.upload.open("rb")
    elif send.upload is not None:
        handle = send.upload
        if handle.seekable():
            handle.seek(send.upload_offset)
    if handle is not None:
        files = {"file": (send.upload_name, handle, send.upload_type)}
    try:
        yield http.build_request(
            send.method,
            send.url,
            params=send.params,
            json=send.json,
            data=send.form,
            files=files,
            headers=headers,
        )
    finally:
        if isinstance(send.upload, Path) and handle is not None:
            handle.close()


def _log(send: Send, response: httpx.Response) -> None:
    log.debug("%s %s -> HTTP %s", send.method, send.url, response.status_code)


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.part")


def run(plan: Plan[T], http: httpx.Client, headers: Mapping[str, str]) -> T:
    """Carry out `plan`, blocking; `headers` (the key) go only with API requests, never to Save."""
    outcome: Any = None
    failure: BaseException | None = None
    while True:
        try:
            step: Step = plan.throw(failure) if failure else plan.send(outcome)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        outcome, failure = None, None
        try:
            if isinstance(step, Sleep):
                time.sleep(step.seconds)
            elif isinstance(step, Send):
                with _request(http, step, headers) as request:
                    outcome = http.send(request)
                _log(step, outcome)
            else:
                _save_sync(http, step)
        except (httpx.TransportError, httpx.HTTPStatusError) as error:
            failure = error


async def run_async(plan: Plan[T], http: httpx.AsyncClient, headers: Mapping[str, str]) -> T:
    """Carry out `plan` with await; the same rules as `run`."""
    outcome: Any = None
    failure: BaseException | None = None
    while True:
        try:
            step: Step = plan.throw(failure) if failure else plan.send(outcome)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]
        outcome, failure = None, None
        try:
            if isinstance(step, Sleep):
                await asyncio.sleep(step.seconds)
            elif isinstance(step, Send):
                with _request(http, step, headers) as request:
                    outcome = await http.send(request)
                _log(step, outcome)
            else:
                await _save_async(http, step)
        except (httpx.TransportError, httpx.HTTPStatusError) as error:
            failure = error


def _save_sync(http: httpx.Client, step: Save) -> None:
    partial = _partial(step.path)
    try:
        with http.stream("GET", step.url) as response, partial.open("wb") as out:
            response.raise_for_status()
            for chunk in response.iter_bytes():
                out.write(chunk)
        partial.replace(step.path)
    finally:
        partial.unlink(missing_ok=True)


async def _save_async(http: httpx.AsyncClient, step: Save) -> None:
    partial = _partial(step.path)
    try:
        async with http.stream("GET", step.url) as response:
            response.raise_for_status()
            with partial.open("wb") as out:
                async for chunk in response.aiter_bytes():
                    out.write(chunk)
        partial.replace(step.path)
    finally:
        partial.unlink(missing_ok=True)
