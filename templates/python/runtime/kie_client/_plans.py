"""What the client does, written once for sync and async: each operation is a plan, a generator
that yields the steps it needs (send this request, sleep this long, save that file) and receives
their outcomes. `_drivers` carries the steps out with httpx, blocking or with await.

Retry rules live here: reads are retried with back-off and jitter, honouring Retry-After; a create
(paid, with no idempotency key) is re-sent only when it provably never reached Kie.
"""

from __future__ import annotations

import base64
import logging
import mimetypes
import random
import secrets
import time
from collections.abc import Awaitable, Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

import httpx

from kie_client._spec import ModelSpec
from kie_client._validate import LocalFile, check_input, is_url, local_files, with_urls
from kie_client.api import ENDPOINTS, POLL_DEADLINE_SECONDS, POLL_SCHEDULE, STATUS_CODES
from kie_client.errors import (
    BODY_LIMIT,
    AuthenticationError,
    KieError,
    Problem,
    RateLimitError,
    SubmissionUncertain,
    TaskFailed,
    TransportError,
    ValidationError,
    WaitTimeout,
    error_for,
    key_refused,
)
from kie_client.records import Output, TaskRecord, UploadedFile

log = logging.getLogger("kie_client")
T = TypeVar("T")

# Failures that prove a request never left: no connection was made, or none was free to use.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class Send:
    """Send one request; the driver answers with the response, or throws the transport error in."""

    method: str
    url: str
    params: Mapping[str, str] | None = None
    json: Any = None
    form: Mapping[str, str] | None = None
    upload: Path | IO[bytes] | None = None  # sent as the multipart part `file`
    upload_name: str = ""
    upload_type: str = ""
    upload_offset: int = 0  # where a stream's content starts, to rewind to on a retry


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Save:
    """GET `url` (without the API key: result hosts are not Kie's API) into the file `path`."""

    url: str
    path: Path


# Called with each record a wait polls: the blocking client's returns nothing, so that mypy
# refuses a coroutine function there (it would never run); the awaited client's may be awaitable.
ProgressCallback = Callable[[TaskRecord], None]
AsyncProgressCallback = Callable[[TaskRecord], Awaitable[None] | None]


@dataclass(frozen=True)
class Report:
    """Hand a polled record to the caller's progress callback; the awaited driver awaits what
    it returns when that is awaitable."""

    callback: Callable[[TaskRecord], object]
    record: TaskRecord


Step = Send | Sleep | Save | Report
Plan = Generator[Step, Any, T]


@dataclass(frozen=True)
class Settings:
    """How a client behaves; `clock` and `jitter` are replaceable so schedules can be tested."""

    base_url: str
    upload_base_url: str
    max_retries: int = 3
    backoff_seconds: float = 0.5
    max_backoff_seconds: float = 30.0
    poll_deadline_seconds: float = POLL_DEADLINE_SECONDS
    upload_folder: str = "kie-client"
    key_source: str = ""  # where the key came from, a KEY_SOURCES name (never the key itself)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    jitter: Callable[[], float] = field(default=random.random, repr=False)

    def url(self, endpoint: str) -> str:
        e = ENDPOINTS[endpoint]
        return (self.upload_base_url if e.host == "upload" else self.base_url) + e.path

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds before retry number `attempt` (1, 2, ...): full jitter over an exponential
        ceiling, but never sooner than the server asked."""
        ceiling = min(self.max_backoff_seconds, self.backoff_seconds * 2.0 ** (attempt - 1))
        return max(ceiling * self.jitter(), retry_after or 0.0)


# -- one API call ----------------------------------------------------------------------------


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return max(0.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return None


def _envelope(response: httpx.Response) -> Mapping[str, Any] | None:
    """Kie's JSON envelope (`code`, `msg`, `data`), or None for an answer that is not Kie's,
    such as a gateway's bare 502."""
    try:
        body = response.json()
    except ValueError:
        return None
    if not isinstance(body, Mapping) or not isinstance(body.get("code"), int | str):
        return None
    return body


# Where an answer names itself for a bug report; Kie's docs name no header, so the usual ones.
REQUEST_ID_HEADERS = ("x-request-id", "request-id")


def _answered(error: KieError, response: httpx.Response) -> KieError:
    """`error` holding the answer it comes of: status, request id, and the start of the body
    (none for a streamed answer that was never read)."""
    request_id = next(filter(None, map(response.headers.get, REQUEST_ID_HEADERS)), None)
    try:
        start = response.content[: BODY_LIMIT * 4]  # bytes enough for BODY_LIMIT characters
    except httpx.ResponseNotRead:
        start = None
    body = None if start is None else start.decode(response.encoding or "utf-8", "replace")
    return error.answered(response.status_code, request_id, body)


def envelope_data(response: httpx.Response, model: str = "") -> Any:
    """The `data` of a Kie answer, or the error its `code` stands for (even under HTTP 200),
    holding the answer's status, request id and body."""
    try:
        return _data(response, model)
    except KieError as error:
        _answered(error, response)
        raise


def _data(response: httpx.Response, model: str) -> Any:
    body = _envelope(response)
    status = response.status_code
    if body is None:
        if response.is_success:
            raise KieError(f"unexpected answer from {response.url.path}: not a Kie envelope")
        reason = response.reason_phrase or "error"
        raise error_for(status, f"HTTP {status} {reason}", http_status=status, model=model)
    try:
        code = int(body["code"])
    except ValueError:
        raise KieError(f"unexpected answer code {body['code']!r}") from None
    message = str(body.get("msg") or body.get("message") or "")
    if code != 200 or body.get("success") is False:
        retry_after = _retry_after(response)
        raise error_for(
            code if code != 200 else status,
            message,
            data=body.get("data"),
            http_status=status,
            retry_after=retry_after,
            model=model,
        )
    return body.get("data")


def _retryable(error: KieError) -> bool:
    if error.code is None:
        return False
    known = STATUS_CODES.get(error.code)
    return known.retry if known else error.code >= 500


def call(
    settings: Settings,
    send: Send,
    *,
    paid: bool = False,
    model: str = "",
    paid_input: Mapping[str, Any] | None = None,
    retries: bool = True,
) -> Plan[Any]:
    """Send, read the envelope, retry as the rules allow; returns the answer's `data`."""
    attempt = 0
    while True:
        try:
            response = yield send
        except httpx.TransportError as error:
            if paid and not isinstance(error, NEVER_SENT):
                raise SubmissionUncertain(model, paid_input or {}, error) from error
            if not retries or attempt >= settings.max_retries:
                raise TransportError(f"{send.method} {send.url}: {error!r}") from error
            attempt += 1
            log.debug("retrying %s %s after %r", send.method, send.url, error)
            yield Sleep(settings.backoff(attempt))
            continue
        try:
            return envelope_data(response, model)
        except KieError as error:
            if paid and _envelope(response) is None:
                # not Kie's own word: the request reached something, so the task may exist
                raise SubmissionUncertain(model, paid_input or {}, error) from error
            if isinstance(error, AuthenticationError):  # a 401: retrying cannot help
                raise key_refused(error, settings.key_source) from None
            # a paid request is retried only when Kie refused it unqueued (429)
            allowed = isinstance(error, RateLimitError) if paid else _retryable(error)
            if not (retries and allowed) or attempt >= settings.max_retries:
                raise
            attempt += 1
            retry_after = error.retry_after if isinstance(error, RateLimitError) else None
            log.debug("retrying %s %s after code %s", send.method, send.url, error.code)
            yield Sleep(settings.backoff(attempt, retry_after))


# -- tasks -----------------------------------------------------------------------------------


def check_request(
    spec: ModelSpec, values: Mapping[str, Any], callback_url: str | None = None
) -> list[LocalFile]:
    """Every problem of a request at once (ValidationError), else the local files to upload."""
    files = local_files(spec, values)
    problems = [problem for file in files for problem in file.problems(spec.id)]
    stand_ins = {file: f"https://upload.invalid/{n}" for n, file in enumerate(files)}
    problems += check_input(spec, with_urls(values, stand_ins))
    if callback_url is not None and not is_url(callback_url):
        problems.append(Problem(spec.id, "callBackUrl", "url", "must be an http(s) URL"))
    if problems:
        raise ValidationError(spec.id, problems)
    return files


def request_body(
    spec: ModelSpec, payload: Mapping[str, Any], callback_url: str | None = None
) -> dict[str, Any]:
    """The createTask body, exactly as sent."""
    body: dict[str, Any] = {"model": spec.id, "input": dict(payload)}
    if callback_url is not None:
        body["callBackUrl"] = callback_url
    return body


def submit(
    settings: Settings,
    spec: ModelSpec,
    values: Mapping[str, Any],
    callback_url: str | None = None,
) -> Plan[str]:
    """Check everything, upload local files, then create the task once; returns its id."""
    payload = yield from prepare(settings, spec, values, callback_url)
    return (yield from create(settings, spec, payload, callback_url))


def prepare(
    settings: Settings,
    spec: ModelSpec,
    values: Mapping[str, Any],
    callback_url: str | None = None,
) -> Plan[Mapping[str, Any]]:
    """Check everything and upload local files; returns the input to create with (URLs for
    files). Nothing is paid yet."""
    files = check_request(spec, values, callback_url)
    urls = {}
    for file in files:
        uploaded = yield from upload_file(settings, file.path)
        urls[file] = uploaded.download_url
    return with_urls(values, urls)


def create(
    settings: Settings,
    spec: ModelSpec,
    payload: Mapping[str, Any],
    callback_url: str | None = None,
    *,
    retries: bool = True,
) -> Plan[str]:
    """Create the task from a prepared input, once; returns its id. `retries=False` hands a
    429 back to the caller, which may pace many creates better than one retry loop can."""
    send = Send("POST", settings.url("create_task"), json=request_body(spec, payload, callback_url))
    data = yield from call(
        settings, send, paid=True, model=spec.id, paid_input=payload, retries=retries
    )
    if not isinstance(data, Mapping) or not isinstance(data.get("taskId"), str):
        # Kie said it succeeded but named no task: one may exist all the same
        missing = KieError(f"createTask answered success without a taskId: {data!r}")
        raise SubmissionUncertain(spec.id, payload, missing)
    task_id: str = data["taskId"]
    log.debug("created task %s (%s)", task_id, spec.id)
    return task_id


def get_task(settings: Settings, task_id: str) -> Plan[TaskRecord]:
    send = Send("GET", settings.url("record_info"), params={"taskId": task_id})
    return TaskRecord.parse((yield from call(settings, send)))


def _poll_interval(elapsed: float) -> float:
    return next(
        step.interval_seconds
        for step in POLL_SCHEDULE
        if step.until_seconds is None or elapsed < step.until_seconds
    )


def wait(
    settings: Settings,
    task_id: str,
    deadline_seconds: float | None = None,
    on_progress: Callable[[TaskRecord], object] | None = None,
) -> Plan[TaskRecord]:
    """Poll on the documented schedule until the task is final: its record on success,
    TaskFailed on failure, WaitTimeout (with the id, to resume) past the deadline."""
    limit = settings.poll_deadline_seconds if deadline_seconds is None else deadline_seconds
    started = settings.clock()
    while True:
        record = yield from get_task(settings, task_id)
        if on_progress is not None:
            yield Report(on_progress, record)
        if record.succeeded:
            return record
        if record.final:
            raise TaskFailed(record)
        elapsed = settings.clock() - started
        if elapsed >= limit:
            raise WaitTimeout(task_id, limit, record.state)
        yield Sleep(min(_poll_interval(elapsed), limit - elapsed))


def download(settings: Settings, record: TaskRecord, folder: Path) -> Plan[list[Path]]:
    """Save each result file of a finished task into `folder`; returns the paths."""
    if not record.succeeded:
        raise KieError(f"task {record.task_id} is {record.state}: it has no results yet")
    return (yield from save(settings, record.outputs, folder))


def save(settings: Settings, outputs: Iterable[Output], folder: Path) -> Plan[list[Path]]:
    """Save each of `outputs` into `folder` under its name; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for output in outputs:
        target = folder / output.name
        attempt = 0
        while True:
            try:
                yield Save(output.url, target)
                break
            except (httpx.TransportError, httpx.HTTPStatusError) as error:
                server_side = not isinstance(error, httpx.HTTPStatusError) or (
                    error.response.status_code >= 500
                )
                if not server_side or attempt >= settings.max_retries:
                    failed = KieError(f"downloading {output.url} failed: {error}")
                    if isinstance(error, httpx.HTTPStatusError):
                        failed = _answered(failed, error.response)
                    raise failed from error
                attempt += 1
                yield Sleep(settings.backoff(attempt))
        saved.append(target)
    return saved


def run(
    settings: Settings,
    spec: ModelSpec,
    values: Mapping[str, Any],
    callback_url: str | None = None,
    deadline_seconds: float | None = None,
    on_progress: Callable[[TaskRecord], object] | None = None,
    folder: Path | None = None,
) -> Plan[TaskRecord]:
    """Submit, wait, and (given a `folder`) save the results there, on the record's outputs.
    Once the task exists, whatever fails names it: it may be charged, and can be waited on again."""
    task_id = yield from submit(settings, spec, values, callback_url)
    try:
        record = yield from wait(settings, task_id, deadline_seconds, on_progress)
        if folder is None:
            return record
        return record.with_paths((yield from download(settings, record, folder)))
    except GeneratorExit:  # the plan abandoned, not a failure
        raise
    except BaseException as error:  # Ctrl-C and cancellation too: the task goes on regardless
        _name_task(error, task_id, spec.id)
        raise


def _name_task(error: BaseException, task_id: str, model: str) -> None:
    """Name the created task on `error`, so that a failed run loses no task that was paid for."""
    if isinstance(error, KieError):
        if error.task_id == task_id:
            return  # TaskFailed and WaitTimeout say so already
        error.task_id = task_id
    error.add_note(
        f"task {task_id} ({model}) was created and may be charged: "
        f"client.tasks.wait({task_id!r}) picks it up again"
    )


# -- account and files -----------------------------------------------------------------------


def credits(settings: Settings) -> Plan[int]:
    data = yield from call(settings, Send("GET", settings.url("credits")))
    if isinstance(data, bool) or not isinstance(data, int | float):
        raise KieError(f"the credit balance is not a number: {data!r}")
    return int(data)


def download_url(settings: Settings, url: str) -> Plan[str]:
    send = Send("POST", settings.url("download_url"), json={"url": url})
    data = yield from call(settings, send)
    if not isinstance(data, str):
        raise KieError(f"download-url answered {data!r}, not a URL")
    return data


def _uploaded(data: Any) -> UploadedFile:
    if not isinstance(data, Mapping):
        raise KieError(f"the upload answered {data!r}, not a file description")
    return UploadedFile.parse(data)


def _unique_name(name: str) -> str:
    # Kie replaces a file uploaded to the same path: a random prefix keeps concurrent uploads apart.
    return f"{secrets.token_hex(6)}-{name}"


def upload_file(
    settings: Settings,
    source: Path | IO[bytes],
    upload_path: str | None = None,
    file_name: str | None = None,
) -> Plan[UploadedFile]:
    """Upload a local file (or a binary stream) as multipart, streamed from disk."""
    default = Path(getattr(source, "name", "") or "upload").name
    name = file_name or _unique_name(default)
    send = Send(
        "POST",
        settings.url("upload_stream"),
        form={"uploadPath": upload_path or settings.upload_folder, "fileName": name},
        upload=source,
        upload_name=name,
        upload_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        upload_offset=0 if isinstance(source, Path) or not source.seekable() else source.tell(),
    )
    # A stream that cannot be rewound cannot be sent twice.
    rewindable = isinstance(source, Path) or source.seekable()
    return _uploaded((yield from call(settings, send, retries=rewindable)))


def upload_url(
    settings: Settings, url: str, upload_path: str | None = None, file_name: str | None = None
) -> Plan[UploadedFile]:
    body = {"fileUrl": url, "uploadPath": upload_path or settings.upload_folder}
    if file_name:
        body["fileName"] = file_name
    return _uploaded(
        (yield from call(settings, Send("POST", settings.url("upload_url"), json=body)))
    )


def upload_base64(
    settings: Settings,
    data: bytes | str,
    upload_path: str | None = None,
    file_name: str | None = None,
) -> Plan[UploadedFile]:
    """Upload bytes (encoded here) or text that is already base64 or a data: URL."""
    text = base64.b64encode(data).decode("ascii") if isinstance(data, bytes) else data
    body = {"base64Data": text, "uploadPath": upload_path or settings.upload_folder}
    if file_name:
        body["fileName"] = file_name
    send = Send("POST", settings.url("upload_base64"), json=body)
    return _uploaded((yield from call(settings, send)))
