"""Carrying out plans (see `_plans`) with httpx: blocking for KieClient, awaited for AsyncKieClient.
The two drivers differ only in how they wait and send; everything else is in the plans.

Whatever a step fails with goes back into its plan, which retries it, names its task, or lets it
through unchanged; and no error that leaves a plan quotes the key (`_Stepper`).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import time
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import IO, Any, Generic, TypeVar, cast

import httpx

from kie_client._plans import Plan, Report, Save, Send, Sleep, Step
from kie_client._validate import file_problem
from kie_client.errors import KieError

log = logging.getLogger("kie_client")
T = TypeVar("T")


class _Rest:
    """A stream from where it stands: httpx rewinds any file it is given, which would also send
    what comes before the caller's position."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def read(self, size: int = -1) -> bytes:
        return self._stream.read(size)


def _request(
    http: httpx.Client | httpx.AsyncClient,
    send: Send,
    headers: Mapping[str, str],
    timeout: httpx.Timeout,
) -> AbstractContextManager[httpx.Request]:
    """The httpx request for a step, with its upload (if any) open while it is sent."""
    if send.upload is None:  # nothing to open or close, as for every API call but an upload
        return nullcontext(_build(http, send, headers, timeout))
    return _uploading(http, send, send.upload, headers, timeout)


@contextmanager
def _uploading(
    http: httpx.Client | httpx.AsyncClient,
    send: Send,
    upload: Path | IO[bytes],
    headers: Mapping[str, str],
    timeout: httpx.Timeout,
) -> Iterator[httpx.Request]:
    """The request for a step that uploads `upload`, a path's file open while it is sent."""
    opened = None
    content: IO[bytes]
    if isinstance(upload, Path):
        if problem := file_problem(upload):
            raise ValueError(f"cannot upload {str(upload)!r}: it {problem}")
        content = opened = upload.open("rb")
    else:
        if upload.seekable():
            upload.seek(send.upload_offset)  # a retry starts where the first try did
        content = cast(IO[bytes], _Rest(upload))  # httpx only calls read()
    files = {"file": (send.upload_name, content, send.upload_type)}
    try:
        yield _build(http, send, headers, timeout, files)
    finally:
        if opened is not None:
            opened.close()


def _build(
    http: httpx.Client | httpx.AsyncClient,
    send: Send,
    headers: Mapping[str, str],
    timeout: httpx.Timeout,
    files: Mapping[str, Any] | None = None,
) -> httpx.Request:
    return http.build_request(
        send.method,
        send.url,
        params=send.params,
        json=send.json,
        data=send.form,
        files=files,
        headers=headers,
        timeout=timeout,
    )


def _detached(error: BaseException, headers: Mapping[str, str]) -> BaseException:
    """A failure to hand to the plan, which chains it to the errors it raises: a transport error
    again, without its request (whose headers hold the key), its chain, or any header value in its
    message. Any other is kept whole (an HTTPStatusError only comes of a Save, sent without the
    key)."""
    if not isinstance(error, httpx.TransportError):
        return error
    message = str(error)
    for value in headers.values():
        message = message.replace(value, "***")  # as a transport may quote a header it refused
    try:
        return type(error)(message)
    except TypeError:  # a transport's own subclass, made differently
        return httpx.TransportError(message)


def _log(send: Send, response: httpx.Response) -> None:
    log.debug("%s %s -> HTTP %s", send.method, send.url, response.status_code)


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.part")


def _secrets(headers: Mapping[str, str]) -> list[str]:
    """The header values, and their last words: a server may echo a key without `Bearer`."""
    return [part for value in headers.values() for part in (value, value.rpartition(" ")[2])]


def _mask_all(error: BaseException, secrets: list[str]) -> None:
    """Mask `secrets` in each Kie error of `error` and of the errors it was raised from."""
    todo: list[BaseException | None] = [error]
    seen: set[int] = set()
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, KieError):
            current.mask(secrets)
        todo += [current.__cause__, current.__context__]


class _Stepper(Generic[T]):
    """Walks a plan: hands it each step's outcome (or failure) and takes its next step."""

    def __init__(self, plan: Plan[T], headers: Mapping[str, str]) -> None:
        self._plan = plan
        self._headers = headers
        self.outcome: Any = None
        self.failure: BaseException | None = None
        self.result: T

    def fail(self, error: BaseException, step: Step) -> None:
        """Hand the plan a step's failure: the caller's own (a progress callback's) as it is,
        a transport's without the request that holds the key."""
        self.failure = error if isinstance(step, Report) else _detached(error, self._headers)

    def next(self) -> Step | None:
        """The next step, or None once the plan has returned (its value is then `result`)."""
        outcome, failure = self.outcome, self.failure
        self.outcome, self.failure = None, None
        try:
            return self._plan.throw(failure) if failure else self._plan.send(outcome)
        except StopIteration as done:
            self.result = done.value
            return None
        except KieError as error:  # it may quote an answer, which may echo the key
            _mask_all(error, _secrets(self._headers))
            raise


def run(plan: Plan[T], http: httpx.Client, headers: Mapping[str, str], timeout: httpx.Timeout) -> T:
    """Carry out `plan`, blocking; `headers` (the key) go only with API requests, never to Save.
    Each request has `timeout`."""
    stepper = _Stepper(plan, headers)
    while (step := stepper.next()) is not None:
        try:
            if isinstance(step, Report):
                step.callback(step.record)
            elif isinstance(step, Sleep):
                time.sleep(step.seconds)
            elif isinstance(step, Send):
                with _request(http, step, headers, timeout) as request:
                    stepper.outcome = http.send(request)
                _log(step, stepper.outcome)
            else:
                _save_sync(http, step, timeout)
        except BaseException as error:  # Ctrl-C too: a plan that created a task names it
            stepper.fail(error, step)
    return stepper.result


async def run_async(
    plan: Plan[T], http: httpx.AsyncClient, headers: Mapping[str, str], timeout: httpx.Timeout
) -> T:
    """Carry out `plan` with await; the same rules as `run`. A progress callback's awaitable
    is awaited."""
    stepper = _Stepper(plan, headers)
    while (step := stepper.next()) is not None:
        try:
            if isinstance(step, Report):
                reported = step.callback(step.record)
                if inspect.isawaitable(reported):
                    await reported
            elif isinstance(step, Sleep):
                await asyncio.sleep(step.seconds)
            elif isinstance(step, Send):
                with _request(http, step, headers, timeout) as request:
                    stepper.outcome = await http.send(request)
                _log(step, stepper.outcome)
            else:
                await _save_async(http, step, timeout)
        except BaseException as error:  # cancellation too: a plan that created a task names it
            stepper.fail(error, step)
    return stepper.result


def _save_sync(http: httpx.Client, step: Save, timeout: httpx.Timeout) -> None:
    partial = _partial(step.path)
    try:
        with (
            http.stream("GET", step.url, timeout=timeout) as response,
            partial.open("wb") as out,
        ):
            response.raise_for_status()
            for chunk in response.iter_bytes():
                out.write(chunk)
        partial.replace(step.path)
    finally:
        partial.unlink(missing_ok=True)


async def _save_async(http: httpx.AsyncClient, step: Save, timeout: httpx.Timeout) -> None:
    partial = _partial(step.path)
    try:
        async with http.stream("GET", step.url, timeout=timeout) as response:
            response.raise_for_status()
            with partial.open("wb") as out:
                async for chunk in response.aiter_bytes():
                    out.write(chunk)
        partial.replace(step.path)
    finally:
        partial.unlink(missing_ok=True)
