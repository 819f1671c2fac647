"""What the simulated API does, endpoint by endpoint, apart from HTTP: the server hands it a parsed
request and writes back the reply it returns."""

from __future__ import annotations

import base64
import binascii
import difflib
import heapq
import io
import ipaddress
import json
import random
import secrets
import threading
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from email.message import Message
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx

from kie_client._schema_check import Violation, check
from kie_client.api import ENDPOINTS, UPLOAD_URL_FETCH_TIMEOUT_SECONDS
from kie_client.registry import MODELS

from ._callbacks import CallbackSender
from ._clock import Clock
from ._faults import Fault, FaultPlan, RateLimiter
from ._files import (
    LINKS_PREFIX,
    RESULT_LIFETIME,
    RESULTS_PREFIX,
    UPLOADS_PREFIX,
    FileStore,
    LimitedFile,
    name_and_type,
    upload_name,
    upload_path,
)
from ._http import MAX_FORM_FIELD, Refusal, RequestBody, Sink, read_multipart
from ._tasks import RESULT_FILES, SUCCESS_STATE, Failure, Task, Timing, result_file

FILES_ENDPOINT = "files"  # GET of a result, an upload or a direct link; not an API endpoint
FILES_PREFIX = "/files/"
JSON_LIMIT = 1024 * 1024
FORM_OVERHEAD = 64 * 1024  # multipart headers and small fields around an uploaded file
UNAUTHORIZED = "You do not have access permissions"
MULTIPART_NAME = "The file part's filename"
URL_NAME = "The name at the end of fileUrl"


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: Message
    body: RequestBody
    parsed: Any = None  # the JSON body or form fields, once read, for the record


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes | Path  # a Path is streamed from disk
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    code: int = 200  # the envelope code, which may differ from the HTTP status
    delay: float = 0.0
    drop: bool = False  # close the connection instead of answering
    # Sent as X-Request-Id, as an API names each answer for a bug report.
    request_id: str = field(default_factory=lambda: secrets.token_hex(8))


@dataclass(frozen=True)
class ReceivedRequest:
    """One request as the simulator saw it (the Authorization header is never kept)."""

    endpoint: str
    method: str
    path: str
    body: Any  # the JSON body, or an upload's form fields
    status: int  # the envelope code answered
    dropped: bool
    request_id: str  # the X-Request-Id it was answered with


@dataclass(frozen=True)
class Settings:
    api_key: str | None
    task_cost: int
    timing: Timing
    failure_rate: float
    failure: Failure
    errors_under_http_200: bool


@cache
def _schema(module: str) -> Any:
    text = resources.files("kie_client").joinpath("schemas", f"{module}.json").read_text("utf-8")
    return json.loads(text)


def _route(method: str, path: str) -> str:
    """The endpoint a request is for; 404 for a path nothing serves, 405 for the wrong method."""
    if path.startswith(FILES_PREFIX):
        endpoint, allowed = FILES_ENDPOINT, "GET"
    else:
        found = [(name, e.method) for name, e in ENDPOINTS.items() if e.path == path]
        if not found:
            raise Refusal(404, f"No endpoint at {path}.")
        endpoint, allowed = found[0]
    if method != allowed:
        message = f"{path} takes {allowed}, not {method}."
        raise Refusal(405, message, headers={"Allow": allowed})
    return endpoint


def _http_url(value: object) -> httpx.URL | None:
    """`value` as an http(s) URL with a host, read as httpx reads it (it fetches and calls back);
    None when it is not one."""
    if not isinstance(value, str):
        return None
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL:
        return None
    return url if url.scheme in ("http", "https") and url.host else None


def _only_loopback(url: httpx.URL, shown: str) -> None:
    """The rule for every URL the simulator fetches, fileUrl and each redirect: loopback only."""
    try:
        loopback = url.host == "localhost" or ipaddress.ip_address(url.host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise Refusal(
            400, f"The simulator fetches only loopback URLs (no network in tests); {shown} is not."
        )


class Backend:
    """The simulated account: tasks, credits, uploads, faults, and a record of every request."""

    def __init__(
        self,
        settings: Settings,
        clock: Clock,
        credits: int,
        files: FileStore,
        faults: FaultPlan,
        limiter: RateLimiter,
        sender: CallbackSender,
        seed: int | None,
    ) -> None:
        self.settings = settings
        self.clock = clock
        self.files = files
        self.faults = faults
        self.limiter = limiter
        self.sender = sender
        self.base_url = ""  # set once the server has its port
        self.on_created: Callable[[], None] = lambda: None
        self._balance = credits
        self._random = random.Random(seed)
        self._tasks: dict[str, Task] = {}
        self._due: list[tuple[float, str]] = []  # (finish time, task id), a heap
        self._received: list[ReceivedRequest] = []
        self._lock = threading.RLock()
        self._handlers: dict[str, Callable[[Request], Reply]] = {
            "create_task": self.create_task,
            "record_info": self.record_info,
            "credits": self.credits,
            "download_url": self.download_url,
            "upload_stream": self.upload_stream,
            "upload_url": self.upload_url,
            "upload_base64": self.upload_base64,
            FILES_ENDPOINT: self.serve_file,
        }
        missing = set(ENDPOINTS) - set(self._handlers)
        assert not missing, f"the simulator does not serve {missing}"

    # -- the request cycle ------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        self.settle()
        endpoint, fault = "", None
        try:
            endpoint = _route(request.method, request.path)
            fault = self.faults.take(endpoint)
            if fault and fault.status is not None:
                raise Refusal(fault.status, fault.message or f"Simulated {fault.status} answer.")
            if endpoint != FILES_ENDPOINT:
                self._authorize(request.headers)
            reply = self._handlers[endpoint](request)
        except Refusal as refusal:
            reply = self.refuse(endpoint, refusal)
        dropped = bool(fault and fault.drop)
        with self._lock:
            self._received.append(
                ReceivedRequest(
                    endpoint,
                    request.method,
                    request.path,
                    request.parsed,
                    reply.code,
                    dropped,
                    reply.request_id,
                )
            )
        return replace(reply, delay=fault.delay, drop=fault.drop) if fault else reply

    def refuse(self, endpoint: str, refusal: Refusal) -> Reply:
        return self._envelope(
            endpoint, refusal.code, refusal.message, refusal.data, refusal.headers
        )

    def _envelope(
        self,
        endpoint: str,
        code: int,
        message: str,
        data: Any = None,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        body: dict[str, Any] = {"code": code, "msg": message, "data": data}
        if endpoint in ENDPOINTS and ENDPOINTS[endpoint].host == "upload":
            body = {"success": code == 200, **body}
        status = 200 if self.settings.errors_under_http_200 else code
        content = json.dumps(body, ensure_ascii=False).encode()
        return Reply(status, content, headers=headers or {}, code=code)

    def _ok(self, endpoint: str, data: Any) -> Reply:
        return self._envelope(endpoint, 200, "success", data)

    def _authorize(self, headers: Message) -> None:
        scheme, _, token = (headers.get("Authorization") or "").partition(" ")
        expected = self.settings.api_key
        if scheme.lower() != "bearer" or not token or (expected and token != expected):
            raise Refusal(401, UNAUTHORIZED)

    # -- tasks ------------------------------------------------------------------------------

    def create_task(self, request: Request) -> Reply:
        body = _json_object(request, JSON_LIMIT)
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise Refusal(
                400, "model is required: the id of a model, e.g. 'kling-2.6/image-to-video'."
            )
        entry = MODELS.get(model)
        if entry is None:
            close = difflib.get_close_matches(model, MODELS, n=1)
            hint = f" Did you mean {', '.join(close)}?" if close else ""
            raise Refusal(404, f"Model {model!r} is not supported.{hint}")
        model_input = body.get("input")
        if not isinstance(model_input, dict):
            raise Refusal(400, "input is required: a JSON object of the model's parameters.")
        violations = check(_schema(entry.module), model_input)
        if "callBackUrl" in body and _http_url(body["callBackUrl"]) is None:
            violations.append(Violation("callBackUrl", "url", "must be an http(s) URL"))
        if violations:
            raise Refusal(
                422,
                "; ".join(str(v) for v in violations),
                data={"errors": [vars(v) for v in violations]},
            )
        task = self._new_task(model, entry.output, body)
        self.on_created()
        return self._ok("create_task", {"taskId": task.id})

    def _admit(self) -> None:
        """The create limit counts the tasks it lets in: a create refused for what is wrong with it
        (malformed, invalid, unpaid) is answered for that, never 429, and takes no slot."""
        retry_after = self.limiter.admit(self.clock.now())
        if retry_after is not None:
            raise Refusal(
                429,
                "Too many requests: the create limit was reached; this request was not queued.",
                headers={"Retry-After": str(retry_after)},
            )

    def _new_task(self, model: str, output: str, request: dict[str, Any]) -> Task:
        cost = self.settings.task_cost
        with self._lock:
            if self._balance < cost:
                raise Refusal(
                    402, f"Insufficient credits: {self._balance} left, and a task costs {cost}."
                )
            self._admit()
            task_id = f"{self._random.getrandbits(128):032x}"
            failed = self._random.random() < self.settings.failure_rate
            extension = RESULT_FILES[output][0] if output in RESULT_FILES else None
            urls = (f"{self.base_url}{RESULTS_PREFIX}{task_id}/0.{extension}",) if extension else ()
            now = self.clock.now()
            task = Task(
                task_id,
                model,
                request,
                output,
                now,
                self.settings.timing,
                cost,
                self.settings.failure if failed else None,
                urls,
            )
            self._balance -= cost
            self._tasks[task_id] = task
            heapq.heappush(self._due, (task.finishes, task_id))
        return task

    def record_info(self, request: Request) -> Reply:
        task_id = (request.query.get("taskId") or [""])[0]
        request.parsed = {"taskId": task_id} if task_id else None
        if not task_id:
            raise Refusal(400, "taskId is required: GET /api/v1/jobs/recordInfo?taskId=<id>.")
        with self._lock:
            task = self._tasks.get(task_id)
            if task is None:
                raise Refusal(404, f"No task with taskId {task_id!r}.")
            return self._ok("record_info", task.record(self.clock.now(), self._balance))

    def settle(self) -> float | None:
        """Finish every task whose time has come (refund failures, send callbacks); returns the
        seconds until the next task finishes, or None when none is pending."""
        now = self.clock.now()
        finished: list[tuple[Task, dict[str, Any]]] = []
        with self._lock:
            while self._due and self._due[0][0] <= now:
                task = self._tasks[heapq.heappop(self._due)[1]]
                task.settled = True
                if task.failure:
                    self._balance += task.cost
                finished.append((task, task.record(now, self._balance)))
            next_due = self._due[0][0] - now if self._due else None
        for task, record in finished:
            if task.callback_url:
                code, message = (501, "Task failed.") if task.failure else (200, "Task completed.")
                envelope = {"code": code, "msg": message, "data": record}
                self.sender.send(task.id, task.callback_url, envelope, int(now))
        return next_due

    def tasks(self) -> list[Task]:
        with self._lock:
            return list(self._tasks.values())

    def received(self) -> list[ReceivedRequest]:
        with self._lock:
            return list(self._received)

    @property
    def balance(self) -> int:
        with self._lock:
            return self._balance

    @balance.setter
    def balance(self, value: int) -> None:
        with self._lock:
            self._balance = value

    # -- account ----------------------------------------------------------------------------

    def credits(self, request: Request) -> Reply:
        return self._ok("credits", self.balance)

    def download_url(self, request: Request) -> Reply:
        body = _json_object(request, JSON_LIMIT)
        url = body.get("url")
        if not isinstance(url, str) or not url:
            raise Refusal(400, "url is required: the URL of a file Kie generated.")
        served = url[len(self.base_url) :] if url.startswith(self.base_url + "/") else None
        if served is None or self._file(served) is None:
            raise Refusal(422, f"{url!r} is not a file Kie generated; only those can be linked.")
        return self._ok("download_url", self.base_url + self.files.link(served, self.clock.now()))

    # -- uploads ----------------------------------------------------------------------------

    def upload_stream(self, request: Request) -> Reply:
        content_type = request.headers.get("Content-Type", "")
        boundary = request.headers.get_param("boundary")
        if not content_type.startswith("multipart/form-data") or not isinstance(boundary, str):
            raise Refusal(
                415,
                "Send multipart/form-data with a file part, uploadPath and optionally fileName.",
            )
        request.body.limit = self.files.max_file_bytes + FORM_OVERHEAD
        texts: dict[str, io.BytesIO] = {}
        received: list[tuple[Path, str | None, str | None]] = []
        with ExitStack() as stack:

            def open_sink(name: str, filename: str | None, part_type: str | None) -> Sink:
                if name == "file" and not received:
                    disk_path, sink = stack.enter_context(self.files.receiving())
                    received.append((disk_path, filename, part_type))
                    return sink
                texts[name] = io.BytesIO()
                return LimitedFile(texts[name], MAX_FORM_FIELD, f"form field {name!r}")

            read_multipart(request.body.chunks(), boundary, open_sink)
        form = {name: text.getvalue().decode("utf-8", "replace") for name, text in texts.items()}
        request.parsed = form
        if not received:
            raise Refusal(400, "file is required: a form part named 'file' with the content.")
        disk_path, filename, part_type = received[0]
        return self._keep("upload_stream", form, disk_path, filename, MULTIPART_NAME, part_type)

    def upload_url(self, request: Request) -> Reply:
        body = _json_object(request, JSON_LIMIT)
        url = body.get("fileUrl")
        target = _http_url(url)
        if target is None:
            raise Refusal(400, "fileUrl is required: an http(s) URL of the file to fetch.")
        _only_loopback(target, repr(url))
        # Refuse a bad folder or name before fetching anything.
        upload_path(body.get("uploadPath"))
        carried = _name_in(target)
        upload_name(body.get("fileName"), carried, URL_NAME)
        with self.files.receiving() as (disk_path, sink):
            declared = _fetch(target, sink)
        return self._keep("upload_url", body, disk_path, carried, URL_NAME, declared)

    def upload_base64(self, request: Request) -> Reply:
        body = _json_object(request, self.files.max_file_bytes * 4 // 3 + FORM_OVERHEAD)
        data = body.get("base64Data")
        if not isinstance(data, str) or not data:
            raise Refusal(400, "base64Data is required: base64 text or a data: URL.")
        request.parsed = {k: v for k, v in body.items() if k != "base64Data"}
        declared = None
        if data.startswith("data:"):
            header, _, data = data.partition(",")
            declared = header[len("data:") :].split(";")[0] or None
        try:
            content = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise Refusal(400, "base64Data is not valid base64.") from None
        with self.files.receiving() as (disk_path, sink):
            sink.write(content)
        return self._keep("upload_base64", body, disk_path, None, "", declared)

    def _keep(
        self,
        endpoint: str,
        form: dict[str, Any],
        disk_path: Path,
        carried: str | None,
        carried_as: str,
        declared: str | None,
    ) -> Reply:
        """Keep a received file in the folder and under the name the request gives (`fileName`,
        else the name the upload `carried`, else a random one); a refused file is deleted."""
        try:
            folder = upload_path(form.get("uploadPath"))
            name = upload_name(form.get("fileName"), carried, carried_as)
        except Refusal:
            disk_path.unlink(missing_ok=True)
            raise
        name, mime = name_and_type(name, declared, disk_path.name)
        stored = self.files.keep(folder, name, disk_path, mime, self.clock.now())
        return self._ok(endpoint, stored.upload_data(self.base_url))

    # -- files ------------------------------------------------------------------------------

    def serve_file(self, request: Request) -> Reply:
        found = self._file(request.path)
        if found is None:
            raise Refusal(404, f"No file at {request.path} (or it has expired).")
        content_type, content = found
        return Reply(200, content, content_type)

    def _file(self, path: str) -> tuple[str, bytes | Path] | None:
        """Content type and content of a served file path, if it exists and has not expired."""
        now = self.clock.now()
        if path.startswith(LINKS_PREFIX):
            target = self.files.resolve_link(path[len(LINKS_PREFIX) :], now)
            return self._file(target) if target else None
        if path.startswith(UPLOADS_PREFIX):
            stored = self.files.upload(unquote(path[len(UPLOADS_PREFIX) :]), now)
            return (stored.mime_type, stored.disk_path) if stored else None
        if path.startswith(RESULTS_PREFIX):
            with self._lock:
                task = self._tasks.get(path[len(RESULTS_PREFIX) :].split("/")[0])
            if (
                task
                and self.base_url + path in task.result_urls
                and task.state(now) == SUCCESS_STATE
                and now < task.finishes + RESULT_LIFETIME
            ):
                return result_file(task.output, task.id)
        return None


def _name_in(url: httpx.URL) -> str:
    """The file name a URL ends with, from its path as it is requested (dot steps resolved)."""
    path = url.raw_path.decode("ascii").partition("?")[0]
    return unquote(path.rsplit("/", 1)[-1])


def _fetch(url: httpx.URL, sink: Sink) -> str | None:
    """Stream `url` into `sink`, following redirects only where fileUrl itself may point: each hop
    is checked before it is made (httpx allows 20). Returns the Content-Type it was served with."""
    requested: list[httpx.URL] = []

    def check_hop(request: httpx.Request) -> None:
        if requested:  # a redirect
            _only_loopback(
                request.url, f"{str(request.url)!r} (a redirect from {str(requested[-1])!r})"
            )
        requested.append(request.url)

    hooks = {"request": [check_hop]}
    try:
        with (
            httpx.Client(
                timeout=UPLOAD_URL_FETCH_TIMEOUT_SECONDS,
                follow_redirects=True,
                event_hooks=hooks,
                trust_env=False,  # a proxy from the environment could lead off loopback
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code != 200:
                raise Refusal(400, f"Fetching {str(url)!r} answered HTTP {response.status_code}.")
            for chunk in response.iter_bytes():
                sink.write(chunk)
            declared: str | None = response.headers.get("Content-Type")
            return declared
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise Refusal(400, f"Fetching {str(url)!r} failed: {error}.") from None


def _json_object(request: Request, limit: int) -> dict[str, Any]:
    content_type = request.headers.get_content_type()
    if request.headers.get("Content-Type") is None or content_type != "application/json":
        raise Refusal(415, "Send the body as JSON, with Content-Type: application/json.")
    request.body.limit = limit
    body = request.body.json()
    request.parsed = body
    if not isinstance(body, dict):
        raise Refusal(400, "The body must be a JSON object.")
    return body


__all__ = ["Backend", "Fault", "ReceivedRequest", "Reply", "Request", "Settings"]
