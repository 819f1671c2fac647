"""Facts that hold for every Kie.ai model: hosts, endpoints, codes, task states, polling, limits.

Generated from specs/api.yaml; edit the spec, not this file.
"""

from enum import StrEnum
from typing import Final, NamedTuple


class Endpoint(NamedTuple):
    method: str
    path: str
    host: str  # "api" or "upload": which base URL serves it


class StatusCode(NamedTuple):
    name: str
    description: str
    retry: bool  # a read answered with this code may be tried again


class TaskState(NamedTuple):
    final: bool
    success: bool
    description: str


class PollStep(NamedTuple):
    interval_seconds: float
    until_seconds: float | None  # None: the last step, which has no end


BASE_URL: Final = "https://api.kie.ai"
UPLOAD_BASE_URL: Final = "https://kieai.redpandaai.co"

ENDPOINTS: Final[dict[str, Endpoint]] = {
    "create_task": Endpoint("POST", "/api/v1/jobs/createTask", "api"),
    "credits": Endpoint("GET", "/api/v1/chat/credit", "api"),
    "download_url": Endpoint("POST", "/api/v1/common/download-url", "api"),
    "record_info": Endpoint("GET", "/api/v1/jobs/recordInfo", "api"),
    "upload_base64": Endpoint("POST", "/api/file-base64-upload", "upload"),
    "upload_stream": Endpoint("POST", "/api/file-stream-upload", "upload"),
    "upload_url": Endpoint("POST", "/api/file-url-upload", "upload"),
}

STATUS_CODES: Final[dict[int, StatusCode]] = {
    200: StatusCode("success", "Success.", False),
    400: StatusCode("bad_request", "Bad request, e.g. a missing taskId.", False),
    401: StatusCode("unauthorized", "Missing or invalid API key.", False),
    402: StatusCode("insufficient_credits", "Not enough credits left on the account.", False),
    404: StatusCode("not_found", "Unknown task or unknown model.", False),
    422: StatusCode("validation_error", "The request's parameters were refused.", False),
    429: StatusCode("rate_limited", "Too many requests; the refused request was not queued.", True),
    433: StatusCode("sub_key_limit", "The sub-key is over its usage limit.", False),
    455: StatusCode("service_unavailable", "Service unavailable for maintenance.", True),
    500: StatusCode("server_error", "Server error.", True),
    501: StatusCode("generation_failed", "The generation failed.", False),
    505: StatusCode("feature_disabled", "The feature is disabled.", False),
}


class State(StrEnum):
    """A task's state, as recordInfo reports it."""

    WAITING = "waiting"
    QUEUING = "queuing"
    GENERATING = "generating"
    SUCCESS = "success"
    FAIL = "fail"

    @property
    def final(self) -> bool:
        return TASK_STATES[self].final

    @property
    def success(self) -> bool:
        return TASK_STATES[self].success


TASK_STATES: Final[dict[str, TaskState]] = {
    "waiting": TaskState(False, False, "Queued."),
    "queuing": TaskState(False, False, "In the processing queue."),
    "generating": TaskState(False, False, "Running."),
    "success": TaskState(True, True, "Done; resultJson holds the results."),
    "fail": TaskState(True, False, "Failed; failCode and failMsg say why."),
}

POLL_SCHEDULE: Final[tuple[PollStep, ...]] = (
    PollStep(2, 30),
    PollStep(5, 120),
    PollStep(15, None),
)
POLL_DEADLINE_SECONDS: Final = 900
MAX_QUERIES_PER_SECOND: Final = 10
CREATE_REQUESTS_PER_WINDOW: Final = 20
CREATE_WINDOW_SECONDS: Final = 10
UPLOAD_RETENTION_DAYS: Final = 3
UPLOAD_URL_FETCH_TIMEOUT_SECONDS: Final = 30
DOWNLOAD_URL_VALID_MINUTES: Final = 20

CALLBACK_TIMESTAMP_HEADER: Final = "X-Webhook-Timestamp"
CALLBACK_SIGNATURE_HEADER: Final = "X-Webhook-Signature"
CALLBACK_MESSAGE: Final = "{task_id}.{timestamp}"  # str.format(task_id=..., timestamp=...)
