"""`KieSimulator`: the simulated Kie API on a loopback port, its settings, and what tests ask of it."""

from __future__ import annotations

import threading
from dataclasses import replace
from types import TracebackType
from typing import Any, Self

from kie_client.api import ENDPOINTS
from kie_client.client import AsyncKieClient, KieClient
from kie_client.registry import LARGEST_INPUT_FILE_BYTES

from ._backend import FILES_ENDPOINT, Backend, ReceivedRequest, Settings
from ._callbacks import CallbackDelivery, CallbackSender
from ._clock import Clock, ManualClock, SystemClock
from ._faults import Fault, FaultPlan, RateLimit, RateLimiter
from ._files import FileStore, StoredFile
from ._server import SimulatorServer
from ._tasks import Failure, SimulatedTask, Timing

DEFAULT_API_KEY = "kie-simulator-key"
DEFAULT_UPLOAD_BYTES = 10_000_000  # when no model documents a file size
DEFAULT_FAILURE = Failure("501", "The simulator failed this task on purpose.")
INSTANT = Timing()  # every task is done as soon as it is created
KIE_RATE_LIMIT = RateLimit()  # Kie's documented create limit


class KieSimulator:
    """A stateful Kie API on 127.0.0.1, checking every create against the model's generated JSON
    Schema. Use it as a context manager: `with KieSimulator() as sim: sim.base_url`.

    Tasks pass through waiting, queuing and generating for the seconds `timing` gives (none by
    default: done at once), on `clock` (the wall clock, or a `ManualClock` a test advances).
    Each task costs `task_cost` credits (refunded if it fails); creates past `rate_limit` are
    answered 429 (None: no limit). `failure_rate` of the tasks end in the fail state, drawn from
    `seed`. Callbacks are signed when `webhook_key` is set. Uploads over `max_upload_bytes` (by
    default the largest file any model documents) are refused. With `errors_under_http_200`,
    errors come as HTTP 200 with the code only in the envelope, as Kie sometimes answers.

    `sim.client(**options)` and `sim.async_client(**options)` give a `KieClient` /
    `AsyncKieClient` bound to the started simulator (its key, base_url and upload_base_url);
    `options` are the client's keyword arguments and override those:

        with KieSimulator() as sim, sim.client(max_retries=0) as client:
            client.kling_2_6.image_to_video(...)
    """

    def __init__(
        self,
        *,
        api_key: str | None = DEFAULT_API_KEY,
        credits: int = 10_000,
        task_cost: int = 10,
        timing: Timing = INSTANT,
        clock: Clock | None = None,
        failure_rate: float = 0.0,
        failure: Failure = DEFAULT_FAILURE,
        seed: int | None = None,
        rate_limit: RateLimit | None = KIE_RATE_LIMIT,
        webhook_key: str | None = None,
        max_upload_bytes: int | None = None,
        errors_under_http_200: bool = False,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        if credits < 0 or task_cost < 0:
            raise ValueError("credits and task_cost must be 0 or more")
        _check_rate(failure_rate)
        self.clock = clock or SystemClock()
        self._address = (host, port)
        self._sender = CallbackSender(webhook_key)
        upload_limit = max_upload_bytes or LARGEST_INPUT_FILE_BYTES or DEFAULT_UPLOAD_BYTES
        settings = Settings(
            api_key, task_cost, timing, failure_rate, failure, errors_under_http_200
        )
        self._faults = FaultPlan({*ENDPOINTS, FILES_ENDPOINT})
        self.backend = Backend(
            settings,
            self.clock,
            credits,
            FileStore(upload_limit),
            self._faults,
            RateLimiter(rate_limit),
            self._sender,
            seed,
        )
        self._server: SimulatorServer | None = None
        self._threads: list[threading.Thread] = []
        self._wake = threading.Condition()
        self._stopping = False
        self.backend.on_created = self._notify
        self.clock.on_advance(self.backend.settle)

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> Self:
        """Listen (raises OSError if the port is taken) and start serving in the background."""
        if self._server is not None:
            return self
        self._server = SimulatorServer(self._address, self.backend)
        host, port = self._server.server_address[:2]
        self.backend.base_url = f"http://{host!s}:{port}"
        self._threads = [
            threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True),
            threading.Thread(target=self._run_scheduler, daemon=True),
        ]
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, send the callbacks already due, and delete uploaded files."""
        if self._server is None:
            return
        with self._wake:
            self._stopping = True
            self._wake.notify()
        self._server.shutdown()
        self._server.server_close()
        for thread in self._threads:
            thread.join()
        self._sender.close()
        self.backend.files.close()
        self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _notify(self) -> None:
        with self._wake:
            self._wake.notify()

    def _run_scheduler(self) -> None:
        """Finish tasks when their time comes, so callbacks go out even if nobody polls."""
        with self._wake:
            while not self._stopping:
                due_in = self.backend.settle()
                self._wake.wait(due_in if self.clock.runs_by_itself else None)

    # -- where it is ------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        if not self.backend.base_url:
            raise RuntimeError("the simulator is not started; use `with KieSimulator() as sim:`")
        return self.backend.base_url

    @property
    def upload_base_url(self) -> str:
        return self.base_url  # one server answers for both hosts

    @property
    def api_key(self) -> str | None:
        return self.backend.settings.api_key

    def client(self, **options: Any) -> KieClient:
        """A KieClient bound to this simulator; `options` are KieClient's keyword arguments."""
        return KieClient(**(self._client_options() | options))

    def async_client(self, **options: Any) -> AsyncKieClient:
        """An AsyncKieClient bound to this simulator; `options` are its keyword arguments."""
        return AsyncKieClient(**(self._client_options() | options))

    def _client_options(self) -> dict[str, Any]:
        return {
            "api_key": self.api_key or DEFAULT_API_KEY,  # a simulator without a key takes any
            "base_url": self.base_url,
            "upload_base_url": self.upload_base_url,
        }

    # -- what it holds ----------------------------------------------------------------------

    @property
    def tasks(self) -> list[SimulatedTask]:
        """Every task created so far, oldest first."""
        now = self.clock.now()
        return [SimulatedTask.of(task, now) for task in self.backend.tasks()]

    @property
    def requests(self) -> list[ReceivedRequest]:
        """Every request received so far, in order of answer."""
        return self.backend.received()

    @property
    def uploads(self) -> list[StoredFile]:
        return self.backend.files.uploads()

    @property
    def callbacks(self) -> list[CallbackDelivery]:
        """Callbacks sent so far; call `wait_for_callbacks()` first to include those in flight."""
        return self._sender.deliveries()

    def wait_for_callbacks(self, timeout: float = 10.0) -> list[CallbackDelivery]:
        """Finish the tasks that are due, wait until their callbacks are sent, and return all sent."""
        self.backend.settle()
        if not self._sender.wait_idle(timeout):
            raise TimeoutError(f"callbacks still unsent after {timeout} s")
        return self.callbacks

    @property
    def credits(self) -> int:
        return self.backend.balance

    @credits.setter
    def credits(self, value: int) -> None:
        self.backend.balance = value

    # -- what a test changes ----------------------------------------------------------------

    def advance(self, seconds: float) -> None:
        """Move a ManualClock on; tasks due by then finish and their callbacks are queued."""
        if not isinstance(self.clock, ManualClock):
            raise TypeError("advance() needs KieSimulator(clock=ManualClock())")
        self.clock.advance(seconds)

    @property
    def failure_rate(self) -> float:
        return self.backend.settings.failure_rate

    @failure_rate.setter
    def failure_rate(self, rate: float) -> None:
        _check_rate(rate)
        self.backend.settings = replace(self.backend.settings, failure_rate=rate)

    @property
    def rate_limit(self) -> RateLimit | None:
        return self.backend.limiter.limit

    @rate_limit.setter
    def rate_limit(self, limit: RateLimit | None) -> None:
        self.backend.limiter.limit = limit

    def inject(
        self,
        endpoint: str,
        *,
        status: int | None = None,
        delay: float = 0.0,
        drop: bool = False,
        message: str | None = None,
        times: int | None = 1,
    ) -> None:
        """Make the next `times` requests to `endpoint` (a name from kie_client.api.ENDPOINTS, or
        "files") fail: answered with `status` and nothing done; or done and answered `delay`
        seconds late; or done and the connection dropped unanswered (`drop`). None: until cleared.
        """
        self._faults.add(endpoint, Fault(status, delay, drop, message), times)

    def clear_faults(self) -> None:
        self._faults.clear()


def _check_rate(rate: float) -> None:
    if not 0.0 <= rate <= 1.0:
        raise ValueError(f"failure_rate must be between 0 and 1; got {rate}")
