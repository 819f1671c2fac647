"""Simulated tasks: how a task moves through its states over time, and what a query reports of it."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kie_client.api import TASK_STATES

from . import _media

# The result file per output kind: file extension, content type, and its bytes for a task id.
RESULT_FILES: dict[str, tuple[str, str, Callable[[str], bytes]]] = {
    "video": ("mp4", "video/mp4", _media.mp4),
    "image": ("png", "image/png", _media.png),
    "audio": ("wav", "audio/wav", _media.wav),
}
PENDING_STATES = tuple(name for name, state in TASK_STATES.items() if not state.final)
SUCCESS_STATE = next(name for name, state in TASK_STATES.items() if state.success)
FAIL_STATE = next(name for name, state in TASK_STATES.items() if state.final and not state.success)


@dataclass(frozen=True)
class Timing:
    """Seconds a task spends in each pending state; all zero means a task is done once created."""

    waiting: float = 0.0
    queuing: float = 0.0
    generating: float = 0.0

    def __post_init__(self) -> None:
        for name in PENDING_STATES:
            if self.seconds(name) < 0:
                raise ValueError(f"Timing.{name} must be 0 or more seconds")

    def seconds(self, state: str) -> float:
        return float(getattr(self, state))

    @property
    def total(self) -> float:
        return sum(self.seconds(name) for name in PENDING_STATES)

    def state_after(self, elapsed: float, final_state: str) -> tuple[str, float]:
        """The state `elapsed` seconds after creation, and how many seconds after creation it began."""
        begun = 0.0
        for name in PENDING_STATES:
            ends = begun + self.seconds(name)
            if elapsed < ends:
                return name, begun
            begun = ends
        return final_state, begun


@dataclass(frozen=True)
class Failure:
    code: str
    message: str


@dataclass
class Task:
    id: str
    model: str
    request: dict[str, Any]  # the whole create request, as received
    output: str  # the model's output kind: video, image, audio or text
    created: float  # Unix seconds
    timing: Timing
    cost: int
    failure: Failure | None  # decided at creation; shown once the task is final
    result_urls: tuple[str, ...]
    settled: bool = field(default=False)  # refund made and callback sent, once final

    @property
    def finishes(self) -> float:
        return self.created + self.timing.total

    @property
    def final_state(self) -> str:
        return FAIL_STATE if self.failure else SUCCESS_STATE

    @property
    def callback_url(self) -> str | None:
        url = self.request.get("callBackUrl")
        return url if isinstance(url, str) else None

    @property
    def input(self) -> dict[str, Any]:
        value = self.request.get("input", {})
        return value if isinstance(value, dict) else {}

    def state(self, now: float) -> str:
        return self.timing.state_after(now - self.created, self.final_state)[0]

    def credits_consumed(self, now: float) -> int:
        """Charged at creation; a failed task gives its credits back."""
        return 0 if self.state(now) == FAIL_STATE else self.cost

    def record(self, now: float, remaining_credits: int) -> dict[str, Any]:
        """The task as `recordInfo` and callbacks report it, with every documented field."""
        state, began = self.timing.state_after(now - self.created, self.final_state)
        done = state in (SUCCESS_STATE, FAIL_STATE)
        failure = self.failure if done and self.failure else Failure("", "")
        return {
            "taskId": self.id,
            "model": self.model,
            "state": state,
            "param": json.dumps(self.request, ensure_ascii=False, separators=(",", ":")),
            "resultJson": self._result_json() if state == SUCCESS_STATE else "",
            "failCode": failure.code,
            "failMsg": failure.message,
            "costTime": _ms(self.timing.total) if done else None,
            "completeTime": _ms(self.finishes) if done else None,
            "createTime": _ms(self.created),
            "updateTime": _ms(self.created + began),
            "consumeCredits": self.credits_consumed(now),
            "remainedCredits": remaining_credits,
        }

    def _result_json(self) -> str:
        if self.output == "text":
            result: dict[str, Any] = {"resultObject": {"text": f"Simulated result of {self.id}"}}
        else:
            result = {"resultUrls": list(self.result_urls)}
        return json.dumps(result, separators=(",", ":"))


def _ms(seconds: float) -> int:
    return round(seconds * 1000)


def result_file(output: str, task_id: str) -> tuple[str, bytes]:
    """Content type and bytes of a task's result: a small, real file of the output's kind."""
    _, content_type, make = RESULT_FILES[output]
    return content_type, make(task_id)


@dataclass(frozen=True)
class SimulatedTask:
    """A task the simulator created, as a test sees it."""

    id: str
    model: str
    input: dict[str, Any]
    callback_url: str | None
    state: str
    cost: int
    fails: bool  # whether it ends (or ended) in the fail state

    @classmethod
    def of(cls, task: Task, now: float) -> SimulatedTask:
        return cls(
            task.id,
            task.model,
            task.input,
            task.callback_url,
            task.state(now),
            task.cost,
            task.failure is not None,
        )
