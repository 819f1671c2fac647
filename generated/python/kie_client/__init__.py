"""Typed Python client for Kie.ai models, generated from specs by kie-codegen; edit the specs, not this package.

    from kie_client import KieClient

    with KieClient() as client:  # the key from KIE_API_KEY
        task = client.kling_2_6.image_to_video(prompt="...", image_urls=["cat.png"], sound=False, duration="5")
        task.wait()
        task.download("out")

Or in one call, from a model's input dataclass (or a model id and an input mapping):

    record = client.run(Kling26ImageToVideoInput(...), download_to="out")
    record.outputs[0].path  # the saved video; `.url` and `.media_type` too

Model code is imported on first use, so `import kie_client` stays cheap however many models there are.
"""

from kie_client.api import State
from kie_client.client import AsyncKieClient, AsyncTask, KieClient, Task
from kie_client.errors import (
    AuthenticationError,
    BadRequestError,
    FeatureDisabledError,
    GenerationFailedError,
    InsufficientCreditsError,
    KieError,
    NotFoundError,
    Problem,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    SubKeyLimitError,
    SubmissionUncertain,
    TaskFailed,
    TransportError,
    ValidationError,
    WaitTimeout,
)
from kie_client.model_data import fixtures_of, schema_of
from kie_client.records import Output, TaskRecord, UploadedFile
from kie_client.registry import MODELS, load_model, spec_of

__version__ = "0.1.0"
__all__ = [
    "MODELS",
    "AsyncKieClient",
    "AsyncTask",
    "AuthenticationError",
    "BadRequestError",
    "FeatureDisabledError",
    "GenerationFailedError",
    "InsufficientCreditsError",
    "KieClient",
    "KieError",
    "NotFoundError",
    "Output",
    "Problem",
    "RateLimitError",
    "ServerError",
    "ServiceUnavailableError",
    "State",
    "SubKeyLimitError",
    "SubmissionUncertain",
    "Task",
    "TaskFailed",
    "TaskRecord",
    "TransportError",
    "UploadedFile",
    "ValidationError",
    "WaitTimeout",
    "__version__",
    "fixtures_of",
    "load_model",
    "schema_of",
    "spec_of",
]
