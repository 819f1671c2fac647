"""The clients: `KieClient` (blocking) and `AsyncKieClient` (with await), one surface.

Generated from specs/ and templates/package/client.py.jinja; edit those, not this file.
Model groups are imported on first use, so the client stays cheap to import as models grow.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from functools import cached_property
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Self, TypeVar, overload

import httpx

from kie_client import _drivers, _plans, callbacks
from kie_client._config import (
    DEFAULT_BACKOFF_SECONDS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ApiKey,
    configure,
    revised,
)
from kie_client._plans import AsyncProgressCallback, Plan, ProgressCallback, Settings
from kie_client._spec import ModelInput, ModelSpec
from kie_client._validate import values_of
from kie_client.api import POLL_DEADLINE_SECONDS
from kie_client.records import Output, TaskRecord, UploadedFile
from kie_client.registry import spec_of

if TYPE_CHECKING:
    from kie_client.batch import BatchResult, OnEvent, Rate, Row
    from kie_client.groups.bytedance import AsyncBytedanceModels, BytedanceModels
    from kie_client.groups.elevenlabs import AsyncElevenlabsModels, ElevenlabsModels
    from kie_client.groups.flux_2 import AsyncFlux2Models, Flux2Models
    from kie_client.groups.gemini_omni_video import (
        AsyncGeminiOmniVideoModels,
        GeminiOmniVideoModels,
    )
    from kie_client.groups.google import AsyncGoogleModels, GoogleModels
    from kie_client.groups.gpt_image import AsyncGptImageModels, GptImageModels
    from kie_client.groups.gpt_image_2_image_to_image import (
        AsyncGptImage2ImageToImageModels,
        GptImage2ImageToImageModels,
    )
    from kie_client.groups.gpt_image_2_text_to_image import (
        AsyncGptImage2TextToImageModels,
        GptImage2TextToImageModels,
    )
    from kie_client.groups.grok_imagine import AsyncGrokImagineModels, GrokImagineModels
    from kie_client.groups.grok_imagine_image_2_0 import (
        AsyncGrokImagineImage20Models,
        GrokImagineImage20Models,
    )
    from kie_client.groups.grok_imagine_video_1_5_preview import (
        AsyncGrokImagineVideo15PreviewModels,
        GrokImagineVideo15PreviewModels,
    )
    from kie_client.groups.hailuo import AsyncHailuoModels, HailuoModels
    from kie_client.groups.happyhorse import AsyncHappyhorseModels, HappyhorseModels
    from kie_client.groups.happyhorse_1_1 import AsyncHappyhorse11Models, Happyhorse11Models
    from kie_client.groups.ideogram import AsyncIdeogramModels, IdeogramModels
    from kie_client.groups.infinitalk import AsyncInfinitalkModels, InfinitalkModels
    from kie_client.groups.kling import AsyncKlingModels, KlingModels
    from kie_client.groups.kling_2_6 import AsyncKling26Models, Kling26Models
    from kie_client.groups.kling_3_0 import AsyncKling30Models, Kling30Models
    from kie_client.groups.kling_3_0_omni import AsyncKling30OmniModels, Kling30OmniModels
    from kie_client.groups.minimax_h3 import AsyncMinimaxH3Models, MinimaxH3Models
    from kie_client.groups.nano_banana_2 import AsyncNanoBanana2Models, NanoBanana2Models
    from kie_client.groups.nano_banana_2_lite import (
        AsyncNanoBanana2LiteModels,
        NanoBanana2LiteModels,
    )
    from kie_client.groups.omnihuman_1_5 import AsyncOmnihuman15Models, Omnihuman15Models
    from kie_client.groups.pixverse_v6 import AsyncPixverseV6Models, PixverseV6Models
    from kie_client.groups.qwen import AsyncQwenModels, QwenModels
    from kie_client.groups.qwen2 import AsyncQwen2Models, Qwen2Models
    from kie_client.groups.qwen3 import AsyncQwen3Models, Qwen3Models
    from kie_client.groups.recraft import AsyncRecraftModels, RecraftModels
    from kie_client.groups.seedream import AsyncSeedreamModels, SeedreamModels
    from kie_client.groups.topaz import AsyncTopazModels, TopazModels
    from kie_client.groups.volcengine import AsyncVolcengineModels, VolcengineModels
    from kie_client.groups.wan import AsyncWanModels, WanModels
    from kie_client.groups.z_image import AsyncZImageModels, ZImageModels

T = TypeVar("T")

__all__ = ["AsyncKieClient", "AsyncTask", "AsyncTasks", "KieClient", "Task", "Tasks"]


def _request_of(
    model_or_input: ModelInput | str, input: Mapping[str, Any] | None
) -> tuple[ModelSpec, Mapping[str, Any]]:
    """The model and input values `run` is given: an input dataclass, or a model id and a mapping."""
    if isinstance(model_or_input, str):
        if input is None:
            raise TypeError(f"run({model_or_input!r}, input): the input mapping is missing")
        return spec_of(model_or_input), input
    if input is not None:
        raise TypeError("run(model_input): an input dataclass is the whole input; give no mapping")
    return model_or_input.SPEC, values_of(model_or_input, model_or_input.SPEC)


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
    KIE_BASE_URL/KIE_UPLOAD_BASE_URL, or the documented defaults; a base URL named without an
    upload URL serves uploads too, so nothing goes to a host you did not name. Reads are retried
    up to `max_retries` times, after jittered waits of up to `backoff_seconds`, doubling each time
    (or as long as Retry-After asks); a create is re-sent only when it provably never reached Kie.
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
        key, settings = configure(
            api_key, base_url, upload_base_url, max_retries, backoff_seconds, poll_deadline_seconds
        )
        http = http_client or httpx.Client(timeout=timeout)
        self._bind(key, settings, http, owns_http=http_client is None, timeout=None)

    def _bind(
        self,
        key: ApiKey,
        settings: Settings,
        http: httpx.Client,
        *,
        owns_http: bool,
        timeout: httpx.Timeout | None,
    ) -> None:
        """Set the client up: its key, settings, HTTP client (closed with it if `owns_http`),
        and the timeout of each request (None: the HTTP client's own)."""
        self._key, self._settings, self._http = key, settings, http
        self._owns_http = owns_http
        self._timeout = timeout
        self.tasks = Tasks(self)
        self.callbacks = callbacks

    @classmethod
    def _sharing(
        cls, key: ApiKey, settings: Settings, http: httpx.Client, timeout: httpx.Timeout | None
    ) -> Self:
        """A client using `key` and `settings` on the pool `http`, which stays its owner's.
        Not through __init__, which would read the key again and open a pool of its own."""
        client = object.__new__(cls)
        client._bind(key, settings, http, owns_http=False, timeout=timeout)
        return client

    def __repr__(self) -> str:
        return f"KieClient(base_url={self._settings.base_url!r})"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        backoff_seconds: float | None = None,
        poll_deadline_seconds: float | None = None,
    ) -> Self:
        """A client like this one with the options given (None: unchanged), e.g.
        `client.with_options(timeout=300).credits()`. It shares this client's key and connection
        pool: closing it leaves them open, and closing this client closes the pool for both."""
        settings = revised(self._settings, max_retries, backoff_seconds, poll_deadline_seconds)
        per_request = self._timeout if timeout is None else httpx.Timeout(timeout)
        return self._sharing(self._key, settings, self._http, per_request)

    def _run(self, plan: Plan[T]) -> T:
        timeout = self._http.timeout if self._timeout is None else self._timeout
        return _drivers.run(plan, self._http, self._key.headers, timeout)

    @overload
    def run(
        self,
        model_or_input: ModelInput,
        *,
        download_to: str | os.PathLike[str] | None = None,
        on_progress: ProgressCallback | None = None,
        callback_url: str | None = None,
        deadline_seconds: float | None = None,
    ) -> TaskRecord: ...

    @overload
    def run(
        self,
        model_or_input: str,
        input: Mapping[str, Any],
        *,
        download_to: str | os.PathLike[str] | None = None,
        on_progress: ProgressCallback | None = None,
        callback_url: str | None = None,
        deadline_seconds: float | None = None,
    ) -> TaskRecord: ...

    def run(
        self,
        model_or_input: ModelInput | str,
        input: Mapping[str, Any] | None = None,
        *,
        download_to: str | os.PathLike[str] | None = None,
        on_progress: ProgressCallback | None = None,
        callback_url: str | None = None,
        deadline_seconds: float | None = None,
    ) -> TaskRecord:
        """Create a task, wait for it and return its finished record, in one call: from a model's
        input dataclass (as `submit` takes) or a model id and an input mapping (as `create_task`).

        With `download_to`, the result files are saved into that folder, and each of the record's
        `outputs` has its `path`. `on_progress` and `deadline_seconds` are as for `Task.wait`.
        Raises ValidationError before anything is sent. Once the task exists, any failure names it
        (`error.task_id` and a note), as it may be charged: `client.tasks.wait(task_id)` picks it
        up again.
        """
        spec, values = _request_of(model_or_input, input)
        folder = None if download_to is None else Path(download_to)
        plan = _plans.run(
            self._settings, spec, values, callback_url, deadline_seconds, on_progress, folder
        )
        return self._run(plan)

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

    def batch(
        self,
        jobs: str | os.PathLike[str] | Iterable[Row | Mapping[str, Any]],
        out: str | os.PathLike[str],
        *,
        max_credits: int | None = None,
        cost_estimate: int | None = None,
        concurrency: int = 20,
        resend_uncertain: bool = False,
        adopt: Mapping[int, str] | None = None,
        rate: Rate | None = None,
        deadline_seconds: float | None = None,
        on_event: OnEvent | None = None,
    ) -> BatchResult:
        """Run many generations: `jobs` is a jobs file (JSON Lines, or CSV) or rows such as
        `{"model": ..., "input": {...}, "name": ...}`. Every row is checked first (BadRows lists
        all problems; nothing is sent), then created in order within `rate` (Kie's 20 creates per
        10 s by default) and `max_credits`, waited for (`concurrency` at once) and saved into
        `out`, with `results.jsonl` and the journal `batch-journal.sqlite`.

        Called again with the same jobs and `out`, it resumes: finished rows are kept, created
        tasks waited for, and a row whose create may have made a task (uncertain) is sent again
        only with `resend_uncertain`, or given its task with `adopt={row: task_id}`.
        `on_event(event, tally)` is called at each change of a row.
        """
        from kie_client import batch

        options = batch.Options(
            max_credits=max_credits,
            cost_estimate=cost_estimate,
            concurrency=concurrency,
            resend_uncertain=resend_uncertain,
            adopt=adopt or {},
            rate=rate or batch.Rate(),
            deadline_seconds=deadline_seconds,
        )
        rows = batch.jobs_of(jobs)
        return batch.run_blocking(self, rows, Path(out), options, on_event)

    def credits(self) -> int:
        """The account's remaining credits."""
        return self._run(_plans.credits(self._settings))

    def download_url(self, url: str) -> str:
        """A direct link (valid 20 minutes) to a file Kie generated."""
        return self._run(_plans.download_url(self._settings, url))

    def download(
        self, task: str | TaskRecord | Task | Output, folder: str | os.PathLike[str]
    ) -> list[Path]:
        """Save the result files of a finished task (by id, record or handle), or one of a
        record's `outputs`, into `folder`; returns their paths."""
        if isinstance(task, Output):
            return self._run(_plans.save(self._settings, [task], Path(folder)))
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
        """8 model(s): bytedance/seedance-1.5-pro, bytedance/seedance-2, bytedance/seedance-2-5, bytedance/seedance-2-mini, bytedance/v1-lite-image-to-video, bytedance/v1-lite-text-to-video, bytedance/v1-pro-image-to-video, bytedance/v1-pro-text-to-video."""
        from kie_client.groups.bytedance import BytedanceModels

        return BytedanceModels(self)

    @cached_property
    def elevenlabs(self) -> ElevenlabsModels:
        """2 model(s): elevenlabs/text-to-dialogue-v3, elevenlabs/text-to-speech-turbo-2-5."""
        from kie_client.groups.elevenlabs import ElevenlabsModels

        return ElevenlabsModels(self)

    @cached_property
    def flux_2(self) -> Flux2Models:
        """4 model(s): flux-2/flex-image-to-image, flux-2/flex-text-to-image, flux-2/pro-image-to-image, flux-2/pro-text-to-image."""
        from kie_client.groups.flux_2 import Flux2Models

        return Flux2Models(self)

    @cached_property
    def gemini_omni_video(self) -> GeminiOmniVideoModels:
        """1 model(s): gemini-omni-video."""
        from kie_client.groups.gemini_omni_video import GeminiOmniVideoModels

        return GeminiOmniVideoModels(self)

    @cached_property
    def google(self) -> GoogleModels:
        """5 model(s): google/gemini-2-5-pro-tts, google/imagen4-fast, google/imagen4-ultra, google/nano-banana, google/nano-banana-edit."""
        from kie_client.groups.google import GoogleModels

        return GoogleModels(self)

    @cached_property
    def gpt_image(self) -> GptImageModels:
        """2 model(s): gpt-image/1.5-image-to-image, gpt-image/1.5-text-to-image."""
        from kie_client.groups.gpt_image import GptImageModels

        return GptImageModels(self)

    @cached_property
    def gpt_image_2_image_to_image(self) -> GptImage2ImageToImageModels:
        """1 model(s): gpt-image-2-image-to-image."""
        from kie_client.groups.gpt_image_2_image_to_image import GptImage2ImageToImageModels

        return GptImage2ImageToImageModels(self)

    @cached_property
    def gpt_image_2_text_to_image(self) -> GptImage2TextToImageModels:
        """1 model(s): gpt-image-2-text-to-image."""
        from kie_client.groups.gpt_image_2_text_to_image import GptImage2TextToImageModels

        return GptImage2TextToImageModels(self)

    @cached_property
    def grok_imagine(self) -> GrokImagineModels:
        """4 model(s): grok-imagine/image-to-image, grok-imagine/image-to-video, grok-imagine/text-to-image, grok-imagine/text-to-video."""
        from kie_client.groups.grok_imagine import GrokImagineModels

        return GrokImagineModels(self)

    @cached_property
    def grok_imagine_image_2_0(self) -> GrokImagineImage20Models:
        """2 model(s): grok-imagine-image-2-0/image-edit, grok-imagine-image-2-0/segment-map."""
        from kie_client.groups.grok_imagine_image_2_0 import GrokImagineImage20Models

        return GrokImagineImage20Models(self)

    @cached_property
    def grok_imagine_video_1_5_preview(self) -> GrokImagineVideo15PreviewModels:
        """1 model(s): grok-imagine-video-1-5-preview."""
        from kie_client.groups.grok_imagine_video_1_5_preview import GrokImagineVideo15PreviewModels

        return GrokImagineVideo15PreviewModels(self)

    @cached_property
    def hailuo(self) -> HailuoModels:
        """3 model(s): hailuo/02-image-to-video-standard, hailuo/2-3-image-to-video-pro, hailuo/2-3-image-to-video-standard."""
        from kie_client.groups.hailuo import HailuoModels

        return HailuoModels(self)

    @cached_property
    def happyhorse(self) -> HappyhorseModels:
        """4 model(s): happyhorse/image-to-video, happyhorse/reference-to-video, happyhorse/text-to-video, happyhorse/video-edit."""
        from kie_client.groups.happyhorse import HappyhorseModels

        return HappyhorseModels(self)

    @cached_property
    def happyhorse_1_1(self) -> Happyhorse11Models:
        """2 model(s): happyhorse-1-1/image-to-video, happyhorse-1-1/reference-to-video."""
        from kie_client.groups.happyhorse_1_1 import Happyhorse11Models

        return Happyhorse11Models(self)

    @cached_property
    def ideogram(self) -> IdeogramModels:
        """5 model(s): ideogram/character-edit, ideogram/character-remix, ideogram/v3-edit, ideogram/v3-reframe, ideogram/v3-remix."""
        from kie_client.groups.ideogram import IdeogramModels

        return IdeogramModels(self)

    @cached_property
    def infinitalk(self) -> InfinitalkModels:
        """1 model(s): infinitalk/from-audio."""
        from kie_client.groups.infinitalk import InfinitalkModels

        return InfinitalkModels(self)

    @cached_property
    def kling(self) -> KlingModels:
        """11 model(s): kling/ai-avatar-pro, kling/ai-avatar-standard, kling/v1-avatar-standard, kling/v2-1-master-image-to-video, kling/v2-1-master-text-to-video, kling/v2-1-pro, kling/v2-1-standard, kling/v2-5-turbo-image-to-video-pro, kling/v2-5-turbo-text-to-video-pro, kling/v3-turbo-image-to-video, kling/v3-turbo-text-to-video."""
        from kie_client.groups.kling import KlingModels

        return KlingModels(self)

    @cached_property
    def kling_2_6(self) -> Kling26Models:
        """3 model(s): kling-2.6/image-to-video, kling-2.6/motion-control, kling-2.6/text-to-video."""
        from kie_client.groups.kling_2_6 import Kling26Models

        return Kling26Models(self)

    @cached_property
    def kling_3_0(self) -> Kling30Models:
        """2 model(s): kling-3.0/motion-control, kling-3.0/video."""
        from kie_client.groups.kling_3_0 import Kling30Models

        return Kling30Models(self)

    @cached_property
    def kling_3_0_omni(self) -> Kling30OmniModels:
        """4 model(s): kling-3.0-omni/image-to-video, kling-3.0-omni/reference-to-video, kling-3.0-omni/text-to-video, kling-3.0-omni/transformation."""
        from kie_client.groups.kling_3_0_omni import Kling30OmniModels

        return Kling30OmniModels(self)

    @cached_property
    def minimax_h3(self) -> MinimaxH3Models:
        """3 model(s): minimax-h3/image-to-video, minimax-h3/reference-to-video, minimax-h3/text-to-video."""
        from kie_client.groups.minimax_h3 import MinimaxH3Models

        return MinimaxH3Models(self)

    @cached_property
    def nano_banana_2(self) -> NanoBanana2Models:
        """1 model(s): nano-banana-2."""
        from kie_client.groups.nano_banana_2 import NanoBanana2Models

        return NanoBanana2Models(self)

    @cached_property
    def nano_banana_2_lite(self) -> NanoBanana2LiteModels:
        """1 model(s): nano-banana-2-lite."""
        from kie_client.groups.nano_banana_2_lite import NanoBanana2LiteModels

        return NanoBanana2LiteModels(self)

    @cached_property
    def omnihuman_1_5(self) -> Omnihuman15Models:
        """1 model(s): omnihuman-1-5/human-identification."""
        from kie_client.groups.omnihuman_1_5 import Omnihuman15Models

        return Omnihuman15Models(self)

    @cached_property
    def pixverse_v6(self) -> PixverseV6Models:
        """5 model(s): pixverse-v6/extend, pixverse-v6/image-to-video, pixverse-v6/reference-to-video, pixverse-v6/text-to-video, pixverse-v6/transition."""
        from kie_client.groups.pixverse_v6 import PixverseV6Models

        return PixverseV6Models(self)

    @cached_property
    def qwen(self) -> QwenModels:
        """1 model(s): qwen/image-edit."""
        from kie_client.groups.qwen import QwenModels

        return QwenModels(self)

    @cached_property
    def qwen2(self) -> Qwen2Models:
        """1 model(s): qwen2/image-edit."""
        from kie_client.groups.qwen2 import Qwen2Models

        return Qwen2Models(self)

    @cached_property
    def qwen3(self) -> Qwen3Models:
        """3 model(s): qwen3/pro-image-to-image, qwen3/pro-text-to-image, qwen3/text-to-image."""
        from kie_client.groups.qwen3 import Qwen3Models

        return Qwen3Models(self)

    @cached_property
    def recraft(self) -> RecraftModels:
        """1 model(s): recraft/crisp-upscale."""
        from kie_client.groups.recraft import RecraftModels

        return RecraftModels(self)

    @cached_property
    def seedream(self) -> SeedreamModels:
        """7 model(s): seedream/4.5-edit, seedream/4.5-text-to-image, seedream/5-lite-image-to-image, seedream/5-lite-text-to-image, seedream/5-pro-image-to-image, seedream/5-pro-layer-decomposition, seedream/5-pro-text-to-image."""
        from kie_client.groups.seedream import SeedreamModels

        return SeedreamModels(self)

    @cached_property
    def topaz(self) -> TopazModels:
        """2 model(s): topaz/image-upscale, topaz/video-upscale."""
        from kie_client.groups.topaz import TopazModels

        return TopazModels(self)

    @cached_property
    def volcengine(self) -> VolcengineModels:
        """1 model(s): volcengine/video-to-video-lip-sync."""
        from kie_client.groups.volcengine import VolcengineModels

        return VolcengineModels(self)

    @cached_property
    def wan(self) -> WanModels:
        """16 model(s): wan/2-2-a14b-image-to-video-turbo, wan/2-2-a14b-speech-to-video-turbo, wan/2-2-a14b-text-to-video-turbo, wan/2-2-animate-move, wan/2-2-animate-replace, wan/2-5-image-to-video, wan/2-5-text-to-video, wan/2-6-flash-image-to-video, wan/2-6-flash-video-to-video, wan/2-6-text-to-video, wan/2-6-video-to-video, wan/2-7-image, wan/2-7-image-to-video, wan/2-7-r2v, wan/2-7-text-to-video, wan/2-7-videoedit."""
        from kie_client.groups.wan import WanModels

        return WanModels(self)

    @cached_property
    def z_image(self) -> ZImageModels:
        """1 model(s): z-image."""
        from kie_client.groups.z_image import ZImageModels

        return ZImageModels(self)


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
        on_progress: AsyncProgressCallback | None = None,
    ) -> TaskRecord:
        """Poll on the documented schedule until the task is final and return its record.

        Raises TaskFailed if it fails, and WaitTimeout (holding the id, to wait again) if it is
        not final after `deadline_seconds` (the client's poll deadline by default).
        `on_progress` is called with each record polled; a coroutine function is awaited.
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
        on_progress: AsyncProgressCallback | None = None,
    ) -> TaskRecord:
        """See `AsyncTask.wait`."""
        plan = _plans.wait(self._client._settings, task_id, deadline_seconds, on_progress)
        return await self._client._run(plan)


class AsyncKieClient:
    """Kie.ai's model market with await: one typed method per model, grouped as the ids read
    (e.g. `client.kling_2_6.image_to_video(...)`), plus tasks, uploads, credits and callbacks.

    The key comes from `api_key` or KIE_API_KEY; the hosts from `base_url`/`upload_base_url`,
    KIE_BASE_URL/KIE_UPLOAD_BASE_URL, or the documented defaults; a base URL named without an
    upload URL serves uploads too, so nothing goes to a host you did not name. Reads are retried
    up to `max_retries` times, after jittered waits of up to `backoff_seconds`, doubling each time
    (or as long as Retry-After asks); a create is re-sent only when it provably never reached Kie.
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
        key, settings = configure(
            api_key, base_url, upload_base_url, max_retries, backoff_seconds, poll_deadline_seconds
        )
        http = http_client or httpx.AsyncClient(timeout=timeout)
        self._bind(key, settings, http, owns_http=http_client is None, timeout=None)

    def _bind(
        self,
        key: ApiKey,
        settings: Settings,
        http: httpx.AsyncClient,
        *,
        owns_http: bool,
        timeout: httpx.Timeout | None,
    ) -> None:
        """Set the client up: its key, settings, HTTP client (closed with it if `owns_http`),
        and the timeout of each request (None: the HTTP client's own)."""
        self._key, self._settings, self._http = key, settings, http
        self._owns_http = owns_http
        self._timeout = timeout
        self.tasks = AsyncTasks(self)
        self.callbacks = callbacks

    @classmethod
    def _sharing(
        cls, key: ApiKey, settings: Settings, http: httpx.AsyncClient, timeout: httpx.Timeout | None
    ) -> Self:
        """A client using `key` and `settings` on the pool `http`, which stays its owner's.
        Not through __init__, which would read the key again and open a pool of its own."""
        client = object.__new__(cls)
        client._bind(key, settings, http, owns_http=False, timeout=timeout)
        return client

    def __repr__(self) -> str:
        return f"AsyncKieClient(base_url={self._settings.base_url!r})"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        backoff_seconds: float | None = None,
        poll_deadline_seconds: float | None = None,
    ) -> Self:
        """A client like this one with the options given (None: unchanged), e.g.
        `client.with_options(timeout=300).credits()`. It shares this client's key and connection
        pool: closing it leaves them open, and closing this client closes the pool for both."""
        settings = revised(self._settings, max_retries, backoff_seconds, poll_deadline_seconds)
        per_request = self._timeout if timeout is None else httpx.Timeout(timeout)
        return self._sharing(self._key, settings, self._http, per_request)

    async def _run(self, plan: Plan[T]) -> T:
        timeout = self._http.timeout if self._timeout is None else self._timeout
        return await _drivers.run_async(plan, self._http, self._key.headers, timeout)

    @overload
    async def run(
        self,
        model_or_input: ModelInput,
        *,
        download_to: str | os.PathLike[str] | None = None,
        on_progress: AsyncProgressCallback | None = None,
        callback_url: str | None = None,
        deadline_seconds: float | None = None,
    ) -> TaskRecord: ...

    @overload
    async def run(
        self,
        model_or_input: str,
        input: Mapping[str, Any],
        *,
        download_to: str | os.PathLike[str] | None = None,
        on_progress: AsyncProgressCallback | None = None,
        callback_url: str | None = None,
        deadline_seconds: float | None = None,
    ) -> TaskRecord: ...

    async def run(
        self,
        model_or_input: ModelInput | str,
        input: Mapping[str, Any] | None = None,
        *,
        download_to: str | os.PathLike[str] | None = None,
        on_progress: AsyncProgressCallback | None = None,
        callback_url: str | None = None,
        deadline_seconds: float | None = None,
    ) -> TaskRecord:
        """Create a task, wait for it and return its finished record, in one call: from a model's
        input dataclass (as `submit` takes) or a model id and an input mapping (as `create_task`).

        With `download_to`, the result files are saved into that folder, and each of the record's
        `outputs` has its `path`. `on_progress` and `deadline_seconds` are as for `AsyncTask.wait`.
        Raises ValidationError before anything is sent. Once the task exists, any failure names it
        (`error.task_id` and a note), as it may be charged: `client.tasks.wait(task_id)` picks it
        up again.
        """
        spec, values = _request_of(model_or_input, input)
        folder = None if download_to is None else Path(download_to)
        plan = _plans.run(
            self._settings, spec, values, callback_url, deadline_seconds, on_progress, folder
        )
        return await self._run(plan)

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

    async def batch(
        self,
        jobs: str | os.PathLike[str] | Iterable[Row | Mapping[str, Any]],
        out: str | os.PathLike[str],
        *,
        max_credits: int | None = None,
        cost_estimate: int | None = None,
        concurrency: int = 20,
        resend_uncertain: bool = False,
        adopt: Mapping[int, str] | None = None,
        rate: Rate | None = None,
        deadline_seconds: float | None = None,
        on_event: OnEvent | None = None,
    ) -> BatchResult:
        """Run many generations: `jobs` is a jobs file (JSON Lines, or CSV) or rows such as
        `{"model": ..., "input": {...}, "name": ...}`. Every row is checked first (BadRows lists
        all problems; nothing is sent), then created in order within `rate` (Kie's 20 creates per
        10 s by default) and `max_credits`, waited for (`concurrency` at once) and saved into
        `out`, with `results.jsonl` and the journal `batch-journal.sqlite`.

        Called again with the same jobs and `out`, it resumes: finished rows are kept, created
        tasks waited for, and a row whose create may have made a task (uncertain) is sent again
        only with `resend_uncertain`, or given its task with `adopt={row: task_id}`.
        `on_event(event, tally)` is called at each change of a row.
        """
        from kie_client import batch

        options = batch.Options(
            max_credits=max_credits,
            cost_estimate=cost_estimate,
            concurrency=concurrency,
            resend_uncertain=resend_uncertain,
            adopt=adopt or {},
            rate=rate or batch.Rate(),
            deadline_seconds=deadline_seconds,
        )
        rows = batch.jobs_of(jobs)
        return await batch.run_batch(self, rows, Path(out), options, on_event)

    async def credits(self) -> int:
        """The account's remaining credits."""
        return await self._run(_plans.credits(self._settings))

    async def download_url(self, url: str) -> str:
        """A direct link (valid 20 minutes) to a file Kie generated."""
        return await self._run(_plans.download_url(self._settings, url))

    async def download(
        self, task: str | TaskRecord | AsyncTask | Output, folder: str | os.PathLike[str]
    ) -> list[Path]:
        """Save the result files of a finished task (by id, record or handle), or one of a
        record's `outputs`, into `folder`; returns their paths."""
        if isinstance(task, Output):
            return await self._run(_plans.save(self._settings, [task], Path(folder)))
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
        """8 model(s): bytedance/seedance-1.5-pro, bytedance/seedance-2, bytedance/seedance-2-5, bytedance/seedance-2-mini, bytedance/v1-lite-image-to-video, bytedance/v1-lite-text-to-video, bytedance/v1-pro-image-to-video, bytedance/v1-pro-text-to-video."""
        from kie_client.groups.bytedance import AsyncBytedanceModels

        return AsyncBytedanceModels(self)

    @cached_property
    def elevenlabs(self) -> AsyncElevenlabsModels:
        """2 model(s): elevenlabs/text-to-dialogue-v3, elevenlabs/text-to-speech-turbo-2-5."""
        from kie_client.groups.elevenlabs import AsyncElevenlabsModels

        return AsyncElevenlabsModels(self)

    @cached_property
    def flux_2(self) -> AsyncFlux2Models:
        """4 model(s): flux-2/flex-image-to-image, flux-2/flex-text-to-image, flux-2/pro-image-to-image, flux-2/pro-text-to-image."""
        from kie_client.groups.flux_2 import AsyncFlux2Models

        return AsyncFlux2Models(self)

    @cached_property
    def gemini_omni_video(self) -> AsyncGeminiOmniVideoModels:
        """1 model(s): gemini-omni-video."""
        from kie_client.groups.gemini_omni_video import AsyncGeminiOmniVideoModels

        return AsyncGeminiOmniVideoModels(self)

    @cached_property
    def google(self) -> AsyncGoogleModels:
        """5 model(s): google/gemini-2-5-pro-tts, google/imagen4-fast, google/imagen4-ultra, google/nano-banana, google/nano-banana-edit."""
        from kie_client.groups.google import AsyncGoogleModels

        return AsyncGoogleModels(self)

    @cached_property
    def gpt_image(self) -> AsyncGptImageModels:
        """2 model(s): gpt-image/1.5-image-to-image, gpt-image/1.5-text-to-image."""
        from kie_client.groups.gpt_image import AsyncGptImageModels

        return AsyncGptImageModels(self)

    @cached_property
    def gpt_image_2_image_to_image(self) -> AsyncGptImage2ImageToImageModels:
        """1 model(s): gpt-image-2-image-to-image."""
        from kie_client.groups.gpt_image_2_image_to_image import AsyncGptImage2ImageToImageModels

        return AsyncGptImage2ImageToImageModels(self)

    @cached_property
    def gpt_image_2_text_to_image(self) -> AsyncGptImage2TextToImageModels:
        """1 model(s): gpt-image-2-text-to-image."""
        from kie_client.groups.gpt_image_2_text_to_image import AsyncGptImage2TextToImageModels

        return AsyncGptImage2TextToImageModels(self)

    @cached_property
    def grok_imagine(self) -> AsyncGrokImagineModels:
        """4 model(s): grok-imagine/image-to-image, grok-imagine/image-to-video, grok-imagine/text-to-image, grok-imagine/text-to-video."""
        from kie_client.groups.grok_imagine import AsyncGrokImagineModels

        return AsyncGrokImagineModels(self)

    @cached_property
    def grok_imagine_image_2_0(self) -> AsyncGrokImagineImage20Models:
        """2 model(s): grok-imagine-image-2-0/image-edit, grok-imagine-image-2-0/segment-map."""
        from kie_client.groups.grok_imagine_image_2_0 import AsyncGrokImagineImage20Models

        return AsyncGrokImagineImage20Models(self)

    @cached_property
    def grok_imagine_video_1_5_preview(self) -> AsyncGrokImagineVideo15PreviewModels:
        """1 model(s): grok-imagine-video-1-5-preview."""
        from kie_client.groups.grok_imagine_video_1_5_preview import (
            AsyncGrokImagineVideo15PreviewModels,
        )

        return AsyncGrokImagineVideo15PreviewModels(self)

    @cached_property
    def hailuo(self) -> AsyncHailuoModels:
        """3 model(s): hailuo/02-image-to-video-standard, hailuo/2-3-image-to-video-pro, hailuo/2-3-image-to-video-standard."""
        from kie_client.groups.hailuo import AsyncHailuoModels

        return AsyncHailuoModels(self)

    @cached_property
    def happyhorse(self) -> AsyncHappyhorseModels:
        """4 model(s): happyhorse/image-to-video, happyhorse/reference-to-video, happyhorse/text-to-video, happyhorse/video-edit."""
        from kie_client.groups.happyhorse import AsyncHappyhorseModels

        return AsyncHappyhorseModels(self)

    @cached_property
    def happyhorse_1_1(self) -> AsyncHappyhorse11Models:
        """2 model(s): happyhorse-1-1/image-to-video, happyhorse-1-1/reference-to-video."""
        from kie_client.groups.happyhorse_1_1 import AsyncHappyhorse11Models

        return AsyncHappyhorse11Models(self)

    @cached_property
    def ideogram(self) -> AsyncIdeogramModels:
        """5 model(s): ideogram/character-edit, ideogram/character-remix, ideogram/v3-edit, ideogram/v3-reframe, ideogram/v3-remix."""
        from kie_client.groups.ideogram import AsyncIdeogramModels

        return AsyncIdeogramModels(self)

    @cached_property
    def infinitalk(self) -> AsyncInfinitalkModels:
        """1 model(s): infinitalk/from-audio."""
        from kie_client.groups.infinitalk import AsyncInfinitalkModels

        return AsyncInfinitalkModels(self)

    @cached_property
    def kling(self) -> AsyncKlingModels:
        """11 model(s): kling/ai-avatar-pro, kling/ai-avatar-standard, kling/v1-avatar-standard, kling/v2-1-master-image-to-video, kling/v2-1-master-text-to-video, kling/v2-1-pro, kling/v2-1-standard, kling/v2-5-turbo-image-to-video-pro, kling/v2-5-turbo-text-to-video-pro, kling/v3-turbo-image-to-video, kling/v3-turbo-text-to-video."""
        from kie_client.groups.kling import AsyncKlingModels

        return AsyncKlingModels(self)

    @cached_property
    def kling_2_6(self) -> AsyncKling26Models:
        """3 model(s): kling-2.6/image-to-video, kling-2.6/motion-control, kling-2.6/text-to-video."""
        from kie_client.groups.kling_2_6 import AsyncKling26Models

        return AsyncKling26Models(self)

    @cached_property
    def kling_3_0(self) -> AsyncKling30Models:
        """2 model(s): kling-3.0/motion-control, kling-3.0/video."""
        from kie_client.groups.kling_3_0 import AsyncKling30Models

        return AsyncKling30Models(self)

    @cached_property
    def kling_3_0_omni(self) -> AsyncKling30OmniModels:
        """4 model(s): kling-3.0-omni/image-to-video, kling-3.0-omni/reference-to-video, kling-3.0-omni/text-to-video, kling-3.0-omni/transformation."""
        from kie_client.groups.kling_3_0_omni import AsyncKling30OmniModels

        return AsyncKling30OmniModels(self)

    @cached_property
    def minimax_h3(self) -> AsyncMinimaxH3Models:
        """3 model(s): minimax-h3/image-to-video, minimax-h3/reference-to-video, minimax-h3/text-to-video."""
        from kie_client.groups.minimax_h3 import AsyncMinimaxH3Models

        return AsyncMinimaxH3Models(self)

    @cached_property
    def nano_banana_2(self) -> AsyncNanoBanana2Models:
        """1 model(s): nano-banana-2."""
        from kie_client.groups.nano_banana_2 import AsyncNanoBanana2Models

        return AsyncNanoBanana2Models(self)

    @cached_property
    def nano_banana_2_lite(self) -> AsyncNanoBanana2LiteModels:
        """1 model(s): nano-banana-2-lite."""
        from kie_client.groups.nano_banana_2_lite import AsyncNanoBanana2LiteModels

        return AsyncNanoBanana2LiteModels(self)

    @cached_property
    def omnihuman_1_5(self) -> AsyncOmnihuman15Models:
        """1 model(s): omnihuman-1-5/human-identification."""
        from kie_client.groups.omnihuman_1_5 import AsyncOmnihuman15Models

        return AsyncOmnihuman15Models(self)

    @cached_property
    def pixverse_v6(self) -> AsyncPixverseV6Models:
        """5 model(s): pixverse-v6/extend, pixverse-v6/image-to-video, pixverse-v6/reference-to-video, pixverse-v6/text-to-video, pixverse-v6/transition."""
        from kie_client.groups.pixverse_v6 import AsyncPixverseV6Models

        return AsyncPixverseV6Models(self)

    @cached_property
    def qwen(self) -> AsyncQwenModels:
        """1 model(s): qwen/image-edit."""
        from kie_client.groups.qwen import AsyncQwenModels

        return AsyncQwenModels(self)

    @cached_property
    def qwen2(self) -> AsyncQwen2Models:
        """1 model(s): qwen2/image-edit."""
        from kie_client.groups.qwen2 import AsyncQwen2Models

        return AsyncQwen2Models(self)

    @cached_property
    def qwen3(self) -> AsyncQwen3Models:
        """3 model(s): qwen3/pro-image-to-image, qwen3/pro-text-to-image, qwen3/text-to-image."""
        from kie_client.groups.qwen3 import AsyncQwen3Models

        return AsyncQwen3Models(self)

    @cached_property
    def recraft(self) -> AsyncRecraftModels:
        """1 model(s): recraft/crisp-upscale."""
        from kie_client.groups.recraft import AsyncRecraftModels

        return AsyncRecraftModels(self)

    @cached_property
    def seedream(self) -> AsyncSeedreamModels:
        """7 model(s): seedream/4.5-edit, seedream/4.5-text-to-image, seedream/5-lite-image-to-image, seedream/5-lite-text-to-image, seedream/5-pro-image-to-image, seedream/5-pro-layer-decomposition, seedream/5-pro-text-to-image."""
        from kie_client.groups.seedream import AsyncSeedreamModels

        return AsyncSeedreamModels(self)

    @cached_property
    def topaz(self) -> AsyncTopazModels:
        """2 model(s): topaz/image-upscale, topaz/video-upscale."""
        from kie_client.groups.topaz import AsyncTopazModels

        return AsyncTopazModels(self)

    @cached_property
    def volcengine(self) -> AsyncVolcengineModels:
        """1 model(s): volcengine/video-to-video-lip-sync."""
        from kie_client.groups.volcengine import AsyncVolcengineModels

        return AsyncVolcengineModels(self)

    @cached_property
    def wan(self) -> AsyncWanModels:
        """16 model(s): wan/2-2-a14b-image-to-video-turbo, wan/2-2-a14b-speech-to-video-turbo, wan/2-2-a14b-text-to-video-turbo, wan/2-2-animate-move, wan/2-2-animate-replace, wan/2-5-image-to-video, wan/2-5-text-to-video, wan/2-6-flash-image-to-video, wan/2-6-flash-video-to-video, wan/2-6-text-to-video, wan/2-6-video-to-video, wan/2-7-image, wan/2-7-image-to-video, wan/2-7-r2v, wan/2-7-text-to-video, wan/2-7-videoedit."""
        from kie_client.groups.wan import AsyncWanModels

        return AsyncWanModels(self)

    @cached_property
    def z_image(self) -> AsyncZImageModels:
        """1 model(s): z-image."""
        from kie_client.groups.z_image import AsyncZImageModels

        return AsyncZImageModels(self)
