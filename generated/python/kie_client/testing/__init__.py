"""A local, stateful Kie API for tests and demos: nobody pays credits to test.

    from kie_client.testing import KieSimulator

    with KieSimulator() as sim:
        ...  # point a client at sim.base_url with sim.api_key

Also a pytest fixture (`kie_simulator`, configured with `@pytest.mark.kie_simulator(...)`) and a
command: `python -m kie_client.testing --port 8080`. Needs the `testing` extra
(`pip install 'kie-client[testing]'`).
"""

from ._backend import ReceivedRequest
from ._callbacks import CallbackDelivery
from ._clock import ManualClock, SystemClock
from ._faults import RateLimit
from ._files import StoredFile
from ._gateway import DROP, Gateway
from ._simulator import DEFAULT_API_KEY, KieSimulator
from ._tasks import Failure, SimulatedTask, Timing

__all__ = [
    "DEFAULT_API_KEY",
    "DROP",
    "CallbackDelivery",
    "Failure",
    "Gateway",
    "KieSimulator",
    "ManualClock",
    "RateLimit",
    "ReceivedRequest",
    "SimulatedTask",
    "StoredFile",
    "SystemClock",
    "Timing",
]
