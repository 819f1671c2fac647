"""The clients: `KieClient` (blocking) and `AsyncKieClient` (with await), one surface.

Generated from specs/ and templates/package/client.py.jinja; edit those, not this file.
Model groups are imported on first use, so the client stays cheap to import as models grow.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self, TypeVar

import httpx

from kie_client import _plans, callbacks
from kie_client._config import (
    DEFAULT_BACKOFF_SECONDS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    configure,
)
from kie_client._drivers import run, run_async
from kie_client._plans import Plan, ProgressCallback
from kie_client._spec import ModelInput, ModelSpec
from kie_client._validate import values_of
from kie_client.api import POLL_DEADLINE_SECONDS
from kie_client.records import TaskRecord, UploadedFile
from kie_client.registry import spec_of

if TYPE_CHECKING:
    from kie_client.groups.bytedance import AsyncBytedanceModels, BytedanceModels
    from kie_client.groups.grok_imagine import AsyncGrokImagineModels, GrokImagineModels
    from kie_client.groups.kling import AsyncKlingModels, KlingModels
    from kie_client.groups.kling_2_6 import AsyncKling26Models, Kling26Models

T = TypeVar("T")

__all__ = ["AsyncKieClient", "AsyncTask", "AsyncTasks", "KieClient", "Task", "Tasks"]


class Task:
    """A created task: `refresh()` its record, `wait()` for it to finish, `download()` its results."""

    def __init__(self, client: KieClient, task_id: str, model: str) -> None:
        self._client = client
        self.id = task_id
        self.model = model

    def __repr__(self) -> str:
        return f"Task(id={self.id!r}, model={self.model!r})"

    def refresh(self) -> TaskRecord:
        """The task's record now."""
        return self._client.tasks.get(self.id)

    def wait(
        self,
        *,
        deadline_seconds: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> TaskRecord:
        """Poll on the documented schedule until the task is final and return its record.

        Raises TaskFailed if it fails, and WaitTimeout (holding the id, to wait again) if it is
        not final after `deadline_seconds` (the client's poll deadline by default).
        `on_progress` is called with each record polled.
        """
        return self._client.tasks.wait(
            self.id, deadline_seconds=deadline_seconds, on_progress=on_progress
        )

    def download(self, folder: str | os.PathLike[str]) -> list[Path]:
        """Save the results of the finished task into `folder`; returns the files' paths."""
        return self._client.download(self.id, folder)


class Tasks:
    """Tasks by id: `get` a record, or `wait` for a task to finish (e.g. after a restart)."""

    def __init__(self, client: KieClient) -> None:
        self._client = client

    def get(self, task_id: str) -> TaskRecord:
        return self._client._run(_plans.get_task(self._client._settings, task_id))

    def wait(
        self,
        task_id: str,
        *,
        deadline_seconds: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> TaskRecord:
        """See `Task.wait`."""
        plan = _plans.wait(self._client._settings, task_id, deadline_seconds, on_progress)
        return self._client._run(plan)


class KieClient:
    """Kie.ai's model market: one typed method per model, grouped as the ids read
    (e.g. `client.kling_2_6.image_to_video(...)`), plus tasks, uploads, credits and callbacks.

    The key comes from `api_key` or KIE_API_KEY; the hosts from `base_url`/`upload_base_url`,
    KIE_BASE_URL/KIE_UPLOAD_BASE_URL, or the documented defaults. Reads are retried up to
    `max_retries` times, after jittered waits of up to `backoff_seconds`, doubling each time (or
    as long as Retry-After asks); a create is re-sent only when it provably never reached Kie.
    Pass `http_client` to use your own httpx client (it is then yours to close).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        upload_base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backoff_seconds: float = DEFAULT_BACKOFF_SECONDS,
        poll_deadline_seconds: float = POLL_DEADLINE_SECONDS,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._key, self._settings = configure(
            api_key, base_url, upload_base_url, max_retries, backoff_seconds, poll_deadline_seconds
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout)
        self.tasks = Tasks(self)
        self.callbacks = callbacks

    def __repr__(self) -> str:
        return f"KieClient(base_url={self._settings.base_url!r})"

    def _run(self, plan: Plan[T]) -> T:
        return run(plan, self._http, self._key.headers)

    def submit(self, request: ModelInput, *, callback_url: str | None = None) -> Task:
        """Create a task from a model's input dataclass, after checking every limit and rule and
        uploading any local files; raises ValidationError (listing all problems) before sending."""
        return self._create(request.SPEC, values_of(request, request.SPEC), callback_url)

    def create_task(
        self, model: str, input: Mapping[str, Any], *, callback_url: str | None = None
    ) -> Task:
        """Create a task of `model` (its id) from a plain input mapping, checked like `submit`."""
        return self._create(spec_of(model), input, callback_url)

    def _create(self, spec: ModelSpec, values: Mapping[str, Any], callback_url: str | None) -> Task:
        task_id = self._run(_plans.submit(self._settings, spec, values, callback_url))
        return Task(self, task_id, spec.id)

    def credits(self) -> int:
        """The account's remaining credits."""
        return self._run(_plans.credits(self._settings))

    def download_url(self, url: str) -> str:
        """A direct link (valid 20 minutes) to a file Kie generated."""
        return self._run(_plans.download_url(self._settings, url))

    def download(self, task: str | TaskRecord | Task, folder: str | os.PathLike[str]) -> list[Path]:
        """Save the result files of a finished task (by id, record or handle) into `folder`."""
        if not isinstance(task, TaskRecord):
            task = self.tasks.get(task if isinstance(task, str) else task.id)
        return self._run(_plans.download(self._settings, task, Path(folder)))

    def upload_file(
        self,
        file: str | os.PathLike[str] | IO[bytes],
        *,
        upload_path: str | None = None,
        file_name: str | None = None,
    ) -> UploadedFile:
        """Upload a local file or binary stream (streamed, not read whole); Kie keeps it 3 days."""
        source = Path(file) if isinstance(file, str | os.PathLike) else file
        return self._run(_plans.upload_file(self._settings, source, upload_path, file_name))

    def upload_url(
        self, url: str, *, upload_path: str | None = None, file_name: str | None = None
    ) -> UploadedFile:
        """Have Kie fetch a file from `url` and keep it."""
        return self._run(_plans.upload_url(self._settings, url, upload_path, file_name))

    def upload_base64(
        self, data: bytes | str, *, upload_path: str | None = None, file_name: str | None = None
    ) -> UploadedFile:
        """Upload bytes, base64 text or a data: URL."""
        plan = _plans.upload_base64(self._settings, data, upload_path, file_name)
        return self._run(plan)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @cached_property
    def bytedance(self) -> BytedanceModels:
        """1 model(s): bytedance/v1-lite-text-to-video."""
        from kie_client.groups.bytedance import BytedanceModels

        return BytedanceModels(self)

    @cached_property
    def grok_imagine(self) -> GrokImagineModels:
        """1 model(s): grok-imagine/image-to-video."""
        from kie_client.groups.grok_imagine import GrokImagineModels

        return GrokImagineModels(self)

    @cached_property
    def kling(self) -> KlingModels:
        """2 model(s): kling/v1-avatar-standard, kling/v2-5-turbo-image-to-video-pro."""
        from kie_client.groups.kling import KlingModels

        return KlingModels(self)

    @cached_property
    def kling_2_6(self) -> Kling26Models:
        """1 model(s): kling-2.6/image-to-video."""
        from kie_client.groups.kling_2_6 import Kling26Models

        return Kling26Models(self)


class AsyncTask:
    """A created task: `refresh()` its record, `wait()` for it to finish, `download()` its results."""

    def __init__(self, client: AsyncKieClient, task_id: str, model: str) -> None:
        self._client = client
        self.id = task_id
        self.model = model

    def __repr__(self) -> str:
        return f"AsyncTask(id={self.id!r}, model={self.model!r})"

    async def refresh(self) -> TaskRecord:
        """The task's record now."""
        return await self._client.tasks.get(self.id)

    async def wait(
        self,
        *,
        deadline_seconds: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> TaskRecord:
        """Poll on the documented schedule until the task is final and return its record.

        Raises TaskFailed if it fails, and WaitTimeout (holding the id, to wait again) if it is
        not final after `deadline_seconds` (the client's poll deadline by default).
        `on_progress` is called with each record polled.
        """
        return await self._client.tasks.wait(
            self.id, deadline_seconds=deadline_seconds, on_progress=on_progress
        )

    async def download(self, folder: str | os.PathLike[str]) -> list[Path]:
        """Save the results of the finished task into `folder`; returns the files' paths."""
        return await self._client.download(self.id, folder)


class AsyncTasks:
    """Tasks by id: `get` a record, or `wait` for a task to finish (e.g. after a restart)."""

    def __init__(self, client: AsyncKieClient) -> None:
        self._client = client

    async def get(self, task_id: str) -> TaskRecord:
        return await self._client._run(_plans.get_task(self._client._settings, task_id))

    async def wait(
        self,
        task_id: str,
        *,
        deadline_seconds: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> TaskRecord:
        """See `AsyncTask.wait`."""
        plan = _plans.wait(self._client._settings, task_id, deadline_seconds, on_progress)
        return await self._client._run(plan)


class AsyncKieClient:
    """Kie.ai's model market with await: one typed method per model, grouped as the ids read
    (e.g. `client.kling_2_6.image_to_video(...)`), plus tasks, uploads, credits and callbacks.

    The key comes from `api_key` or KIE_API_KEY; the hosts from `base_url`/`upload_base_url`,
    KIE_BASE_URL/KIE_UPLOAD_BASE_URL, or the documented defaults. Reads are retried up to
    `max_retries` times, after jittered waits of up to `backoff_seconds`, doubling each time (or
    as long as Retry-After asks); a create is re-sent only when it provably never reached Kie.
    Pass `http_client` to use your own httpx client (it is then yours to close).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        upload_base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        backoff_seconds: float = DEFAULT_BACKOFF_SECONDS,
        poll_deadline_seconds: float = POLL_DEADLINE_SECONDS,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._key, self._settings = configure(
            api_key, base_url, upload_base_url, max_retries, backoff_seconds, poll_deadline_seconds
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=timeout)
        self.tasks = AsyncTasks(self)
        self.callbacks = callbacks

    def __repr__(self) -> str:
        return f"AsyncKieClient(base_url={self._settings.base_url!r})"

    async def _run(self, plan: Plan[T]) -> T:
        return await run_async(plan, self._http, self._key.headers)

    async def submit(self, request: ModelInput, *, callback_url: str | None = None) -> AsyncTask:
        """Create a task from a model's input dataclass, after checking every limit and rule and
        uploading any local files; raises ValidationError (listing all problems) before sending."""
        return await self._create(request.SPEC, values_of(request, request.SPEC), callback_url)

    async def create_task(
        self, model: str, input: Mapping[str, Any], *, callback_url: str | None = None
    ) -> AsyncTask:
        """Create a task of `model` (its id) from a plain input mapping, checked like `submit`."""
        return await self._create(spec_of(model), input, callback_url)

    async def _create(
        self, spec: ModelSpec, values: Mapping[str, Any], callback_url: str | None
    ) -> AsyncTask:
        task_id = await self._run(_plans.submit(self._settings, spec, values, callback_url))
        return AsyncTask(self, task_id, spec.id)

    async def credits(self) -> int:
        """The account's remaining credits."""
        return await self._run(_plans.credits(self._settings))

    async def download_url(self, url: str) -> str:
        """A direct link (valid 20 minutes) to a file Kie generated."""
        return await self._run(_plans.download_url(self._settings, url))

    async def download(
        self, task: str | TaskRecord | AsyncTask, folder: str | os.PathLike[str]
    ) -> list[Path]:
        """Save the result files of a finished task (by id, record or handle) into `folder`."""
        if not isinstance(task, TaskRecord):
            task = await self.tasks.get(task if isinstance(task, str) else task.id)
        return await self._run(_plans.download(self._settings, task, Path(folder)))

    async def upload_file(
        self,
        file: str | os.PathLike[str] | IO[bytes],
        *,
        upload_path: str | None = None,
        file_name: str | None = None,
    ) -> UploadedFile:
        """Upload a local file or binary stream (streamed, not read whole); Kie keeps it 3 days."""
        source = Path(file) if isinstance(file, str | os.PathLike) else file
        return await self._run(_plans.upload_file(self._settings, source, upload_path, file_name))

    async def upload_url(
        self, url: str, *, upload_path: str | None = None, file_name: str | None = None
    ) -> UploadedFile:
        """Have Kie fetch a file from `url` and keep it."""
        return await self._run(_plans.upload_url(self._settings, url, upload_path, file_name))

    async def upload_base64(
        self, data: bytes | str, *, upload_path: str | None = None, file_name: str | None = None
    ) -> UploadedFile:
        """Upload bytes, base64 text or a data: URL."""
        plan = _plans.upload_base64(self._settings, data, upload_path, file_name)
        return await self._run(plan)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    @cached_property
    def bytedance(self) -> AsyncBytedanceModels:
        """1 model(s): bytedance/v1-lite-text-to-video."""
        from kie_client.groups.bytedance import AsyncBytedanceModels

        return AsyncBytedanceModels(self)

    @cached_property
    def grok_imagine(self) -> AsyncGrokImagineModels:
        """1 model(s): grok-imagine/image-to-video."""
        from kie_client.groups.grok_imagine import AsyncGrokImagineModels

        return AsyncGrokImagineModels(self)

    @cached_property
    def kling(self) -> AsyncKlingModels:
        """2 model(s): kling/v1-avatar-standard, kling/v2-5-turbo-image-to-video-pro."""
        from kie_client.groups.kling import AsyncKlingModels

        return AsyncKlingModels(self)

    @cached_property
    def kling_2_6(self) -> AsyncKling26Models:
        """1 model(s): kling-2.6/image-to-video."""
        from kie_client.groups.kling_2_6 import AsyncKling26Models

        return AsyncKling26Models(self)
