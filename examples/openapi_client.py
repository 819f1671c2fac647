"""Create a task and read it back with a client generated from generated/openapi/openapi.json by
openapi-python-client (`--output-path examples/kie_openapi`): the API as any OpenAPI tool sees it.

The host and key come from KIE_BASE_URL and KIE_API_KEY, e.g. those `kie mock` prints.
"""

import os

from kie_openapi.api.default import create_task, record_info
from kie_openapi.client import AuthenticatedClient
from kie_openapi.models import ZImageRequest

client = AuthenticatedClient(base_url=os.environ["KIE_BASE_URL"], token=os.environ["KIE_API_KEY"])
body = ZImageRequest.from_dict(
    {"model": "z-image", "input": {"prompt": "A cafe terrace in Paris", "aspect_ratio": "16:9"}}
)
created = create_task.sync(client=client, body=body)
print(created.code, created.msg, created.data.task_id)
task = record_info.sync(client=client, task_id=created.data.task_id).data
print(task.model, task.state.value)
