"""Callbacks: a task's record POSTed to its `callBackUrl` once it is final, signed when a key is set."""

from __future__ import annotations

import json
import queue
import threading
from dataclasses import dataclass
from typing import Any

import httpx

from kie_client._signing import callback_signature
from kie_client.api import CALLBACK_SIGNATURE_HEADER, CALLBACK_TIMESTAMP_HEADER

SEND_TIMEOUT = 10.0


@dataclass(frozen=True)
class CallbackDelivery:
    """One callback the simulator sent, and how the receiver answered (or why it could not)."""

    task_id: str
    url: str
    body: dict[str, Any]
    headers: dict[str, str]
    status_code: int | None
    error: str | None


class CallbackSender:
    """Sends callbacks from one background thread, so a slow receiver never holds up the API."""

    def __init__(self, webhook_key: str | None) -> None:
        self.webhook_key = webhook_key
        self._deliveries: list[CallbackDelivery] = []
        self._queue: queue.Queue[tuple[str, str, dict[str, Any], int] | None] = queue.Queue()
        self._lock = threading.Lock()
        self._thread = threading.Thread(
            target=self._run, name="kie-simulator-callbacks", daemon=True
        )
        self._thread.start()

    def send(self, task_id: str, url: str, body: dict[str, Any], timestamp: int) -> None:
        self._queue.put((task_id, url, body, timestamp))

    def close(self, timeout: float = SEND_TIMEOUT) -> None:
        """Send what is queued, then stop."""
        self._queue.put(None)
        self._thread.join(timeout)

    def wait_idle(self, timeout: float) -> bool:
        """Wait until every callback queued so far has been sent (or has failed); False on timeout."""
        done = self._queue.all_tasks_done
        with done:
            return done.wait_for(lambda: self._queue.unfinished_tasks == 0, timeout)

    def deliveries(self) -> list[CallbackDelivery]:
        with self._lock:
            return list(self._deliveries)

    def headers(self, task_id: str, timestamp: int) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.webhook_key is not None:
            headers[CALLBACK_TIMESTAMP_HEADER] = str(timestamp)
            headers[CALLBACK_SIGNATURE_HEADER] = callback_signature(
                self.webhook_key, task_id, timestamp
            )
        return headers

    def _run(self) -> None:
        with httpx.Client(timeout=SEND_TIMEOUT, trust_env=False) as client:
            while (item := self._queue.get()) is not None:
                try:
                    self._deliver(client, *item)
                finally:
                    self._queue.task_done()
            self._queue.task_done()

    def _deliver(
        self, client: httpx.Client, task_id: str, url: str, body: dict[str, Any], timestamp: int
    ) -> None:
        headers = self.headers(task_id, timestamp)
        status, error = None, None
        try:
            status = client.post(url, content=json.dumps(body), headers=headers).status_code
        except httpx.HTTPError as failure:
            error = f"{type(failure).__name__}: {failure}"
        with self._lock:
            self._deliveries.append(CallbackDelivery(task_id, url, body, headers, status, error))
