"""The callback signature Kie sends when an account sets a webhook HMAC key.

`X-Webhook-Signature` = base64(HMAC-SHA256(key, "<taskId>.<timestamp>")), the only scheme the API spec
allows; the simulator signs with it and the client verifies with it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from kie_client.api import CALLBACK_MESSAGE


def callback_signature(key: str | bytes, task_id: str, timestamp: int | str) -> str:
    """The signature of a callback about `task_id` sent at `timestamp` (Unix seconds)."""
    secret = key.encode("utf-8") if isinstance(key, str) else key
    message = CALLBACK_MESSAGE.format(task_id=task_id, timestamp=timestamp).encode("utf-8")
    return base64.b64encode(hmac.new(secret, message, hashlib.sha256).digest()).decode("ascii")
