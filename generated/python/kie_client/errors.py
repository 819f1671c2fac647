"""Every error the client raises: one base, a class per documented Kie code, and the client's own.

None of them ever holds the API key.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    from kie_client.records import TaskRecord

BODY_LIMIT = 2_000  # characters of an answer's body an error keeps: enough for a bug report


class KieError(Exception):
    """Base of every error this package raises. `code` is Kie's status code when there is one.

    An error that comes of an HTTP answer also holds what a bug report needs: `http_status`,
    `request_id` (the answer's X-Request-Id, when it has one) and `body` (its first BODY_LIMIT
    characters). `task_id` names the task when one was created before the failure (it may be
    charged). `str()` is the message, then a line of those details; `repr()` adds the body.
    """

    code: int | None = None
    request_id: str | None = None
    body: str | None = None
    task_id: str | None = None

    def __init__(self, message: str, *, code: int | None = None, http_status: int | None = None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.http_status = http_status

    def answered(self, http_status: int | None, request_id: str | None, body: str | None) -> Self:
        """This error, holding the HTTP answer it comes of."""
        self.http_status, self.request_id = http_status, request_id
        self.body = None if body is None else body[:BODY_LIMIT]
        return self

    def mask(self, secrets: Iterable[str]) -> None:
        """Hide `secrets` wherever this error quotes what a server said (which may echo a key)."""
        for secret in filter(None, secrets):
            self.message = self.message.replace(secret, "***")
            if self.body:
                self.body = self.body.replace(secret, "***")
            self.args = tuple(
                a.replace(secret, "***") if isinstance(a, str) else a for a in self.args
            )

    def details(self) -> str:
        """HTTP status, Kie code (when it differs), request id and task: e.g. `HTTP 500,
        request id 5f2c`; "" for an error no answer or task is known of."""
        parts = []
        if self.http_status is not None:
            parts.append(f"HTTP {self.http_status}")
            if self.code is not None and self.code != self.http_status:
                parts.append(f"Kie code {self.code}")
        if self.request_id:
            parts.append(f"request id {self.request_id}")
        if self.task_id and self.task_id not in self.message:
            parts.append(f"task {self.task_id}")
        return ", ".join(parts)

    def __str__(self) -> str:
        details = self.details()
        return f"{self.message}\n  ({details})" if details else self.message

    def __repr__(self) -> str:
        known = {
            "code": self.code,
            "http_status": self.http_status,
            "request_id": self.request_id,
            "task_id": self.task_id,
            "body": self.body,
        }
        shown = "".join(f", {name}={value!r}" for name, value in known.items() if value is not None)
        return f"{type(self).__name__}({self.message!r}{shown})"


class BadRequestError(KieError):
    code = 400


class AuthenticationError(KieError):
    """401: the API key is missing or wrong."""

    code = 401


KEY_PAGE = "https://kie.ai/api-key"
# Where a key came from: how a refusal names it, and how to give the right one.
KEY_SOURCES: dict[str, tuple[str, str]] = {
    "api_key": ("given as api_key=...", "pass the right key as api_key=... or set KIE_API_KEY"),
    "KIE_API_KEY": ("from KIE_API_KEY", "set KIE_API_KEY to the right key, or pass api_key=..."),
    "--api-key": (
        "given with --api-key",
        "pass the right key as --api-key KEY or export KIE_API_KEY=...",
    ),
    "$KIE_API_KEY": (
        "from KIE_API_KEY",
        "export KIE_API_KEY=... with the right key, or pass --api-key KEY",
    ),
    "kie-saved": (  # the key file of the `kie` command, which adds a note naming it
        "saved by `kie auth login`",
        "run `kie auth login` to save the right key, or pass --api-key KEY",
    ),
}


def key_refused(error: AuthenticationError, source: str) -> AuthenticationError:
    """`error` (a 401) saying that it is one, where the key came from (`source`, a KEY_SOURCES
    name) and how to give the right one; never the key, which it does not know."""
    where, fix = KEY_SOURCES.get(source, ("", "pass api_key=... or set KIE_API_KEY"))
    reason = f" ({error.message})" if error.message else ""
    return AuthenticationError(
        f"401 Unauthorized: Kie refused the API key {where}".rstrip()
        + f"{reason}: {fix}; your keys are at {KEY_PAGE}",
        code=error.code,
    ).answered(error.http_status, error.request_id, error.body)


class InsufficientCreditsError(KieError):
    code = 402


class NotFoundError(KieError):
    """404: an unknown task or model."""

    code = 404


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a request's input: which model, field and rule, and what is allowed."""

    model: str
    field: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message} [{self.rule}]"


class ValidationError(KieError, ValueError):
    """422, or found before sending: every problem of the input at once."""

    code = 422

    def __init__(
        self, model: str, problems: Sequence[Problem], *, http_status: int | None = None
    ) -> None:
        ordered = sorted(problems, key=lambda p: (p.field, p.rule, p.message))
        lines = "\n".join(f"  - {problem}" for problem in ordered)
        super().__init__(f"{model}: {len(ordered)} problem(s) in the input\n{lines}")
        self.http_status = http_status
        self.model = model
        self.problems = tuple(ordered)


class RateLimitError(KieError):
    """429: too many requests. The refused request was not queued; `retry_after` is in seconds."""

    code = 429

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(message, http_status=http_status)
        self.retry_after = retry_after


class SubKeyLimitError(KieError):
    code = 433


class ServiceUnavailableError(KieError):
    """455: maintenance."""

    code = 455


class ServerError(KieError):
    code = 500


class GenerationFailedError(KieError):
    code = 501


class FeatureDisabledError(KieError):
    code = 505


ERRORS_BY_CODE: dict[int, type[KieError]] = {
    cls.code: cls
    for cls in (
        BadRequestError,
        AuthenticationError,
        InsufficientCreditsError,
        NotFoundError,
        ValidationError,
        RateLimitError,
        SubKeyLimitError,
        ServiceUnavailableError,
        ServerError,
        GenerationFailedError,
        FeatureDisabledError,
    )
    if cls.code is not None
}


def error_for(
    code: int,
    message: str,
    *,
    data: Any = None,
    http_status: int | None = None,
    retry_after: float | None = None,
    model: str = "",
) -> KieError:
    """The error for an answer carrying Kie status `code`."""
    cls = ERRORS_BY_CODE.get(code, KieError)
    if cls is ValidationError:
        errors = data.get("errors") if isinstance(data, Mapping) else None
        problems = [
            Problem(model, str(e.get("field", "")), str(e.get("rule", "")), str(e.get("message")))
            for e in errors or ()
            if isinstance(e, Mapping)
        ] or [Problem(model, "", "", message)]
        return ValidationError(model, problems, http_status=http_status)
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after, http_status=http_status)
    return cls(message, code=code, http_status=http_status)


class TransportError(KieError):
    """The request could not be completed on the network (after any retries)."""


class SubmissionUncertain(KieError):
    """A create request may have reached Kie, but no answer came back: a task may exist and be
    charged. Nothing was re-sent. Check (e.g. on the Kie dashboard, or by the callback) before
    submitting `input` again."""

    def __init__(self, model: str, input: Mapping[str, Any], cause: BaseException) -> None:
        super().__init__(
            f"creating a {model} task may or may not have succeeded ({type(cause).__name__}); "
            "it was not re-sent, to avoid paying twice: check before resubmitting"
        )
        self.model = model
        self.input = dict(input)
        if isinstance(cause, KieError):  # an answer that was not Kie's (a gateway's 502, say)
            self.answered(cause.http_status, cause.request_id, cause.body)


class TaskFailed(KieError):
    """The task ended in the fail state; `record` holds Kie's failCode and failMsg."""

    def __init__(self, record: TaskRecord) -> None:
        detail = f"{record.fail_code}: {record.fail_message}".strip(": ")
        super().__init__(f"task {record.task_id} ({record.model}) failed: {detail or 'no reason'}")
        self.record = record
        self.task_id = record.task_id


class WaitTimeout(KieError):
    """The task was not final by the deadline. It may still finish: wait on `task_id` again."""

    def __init__(self, task_id: str, seconds: float, state: str) -> None:
        super().__init__(
            f"task {task_id} was still {state} after {seconds:g} s; "
            f"resume with client.tasks.wait({task_id!r})"
        )
        self.task_id = task_id
        self.state = state
        self.seconds = seconds
