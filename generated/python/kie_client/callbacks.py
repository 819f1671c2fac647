"""Reading the callbacks Kie POSTs to `callBackUrl`: parse the body, verify its signature.

The signature covers only the task id and the timestamp (Kie's scheme), so it proves the callback
came from Kie about that task recently; re-read the task with `tasks.get` if the body must be trusted.
"""

from __future__ import annotations

import hmac
import json
import time
from collections.abc import Mapping
from typing import Any

from kie_client._signing import callback_signature
from kie_client.api import CALLBACK_SIGNATURE_HEADER, CALLBACK_TIMESTAMP_HEADER
from kie_client.errors import KieError
from kie_client.records import TaskRecord

DEFAULT_TOLERANCE_SECONDS = 300.0

Body = bytes | str | Mapping[str, Any]


def parse(body: Body) -> TaskRecord:
    """The task record a callback carries (the same body as a task query)."""
    if isinstance(body, bytes | str):
        try:
            body = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise KieError(f"the callback body is not JSON: {error}") from None
    if not isinstance(body, Mapping):
        raise KieError("the callback body is not a JSON object")
    return TaskRecord.parse(body.get("data", body))


def verify(
    headers: Mapping[str, str],
    body: Body,
    key: str | bytes,
    tolerance: float = DEFAULT_TOLERANCE_SECONDS,
    *,
    now: float | None = None,
) -> bool:
    """True if the callback is signed with `key` for its task, at most `tolerance` seconds ago
    (or ahead). Compared in constant time; a missing, malformed or stale header is False."""
    lowered = {name.lower(): value for name, value in headers.items()}
    timestamp = lowered.get(CALLBACK_TIMESTAMP_HEADER.lower(), "")
    signature = lowered.get(CALLBACK_SIGNATURE_HEADER.lower(), "")
    if not timestamp.isdigit() or not signature:
        return False
    if abs((time.time() if now is None else now) - int(timestamp)) > tolerance:
        return False
    try:
        task_id = parse(body).task_id
    except KieError:
        return False
    return hmac.compare_digest(callback_signature(key, task_id, timestamp), signature)
