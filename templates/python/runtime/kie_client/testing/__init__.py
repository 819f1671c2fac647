"""A local, stateful Kie API for tests and demos: nobody pays credits to test.

    from kie_client.testing import KieSimulator

    with KieSimulator() as sim, sim.client() as client:
        ...  # a KieClient bound to the simulator; or point one at sim.base_url with sim.api_key

Also a pytest fixture (`kie_simulator`, configured with `@pytest.mark.kie_simulator(...)`) and a
command: `python -m kie_client.testing --port 8080`. Needs the `testing` extra
(`pip install 'kie-client[testing]'`).

The names below are imported on first use, so importing this package (as pytest does for the
plugin) costs nothing and works without the extra.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# The module each public name lives in.
_HOMES = {
    "DEFAULT_API_KEY": "_simulator",
    "DROP": "_gateway",
    "CallbackDelivery": "_callbacks",
    "Failure": "_tasks",
    "Gateway": "_gateway",
    "KieSimulator": "_simulator",
    "ManualClock": "_clock",
    "RateLimit": "_faults",
    "ReceivedRequest": "_backend",
    "SimulatedTask": "_tasks",
    "StoredFile": "_files",
    "SystemClock": "_clock",
    "Timing": "_tasks",
}
_EXTRA_MISSING = (
    "kie_client.testing needs jsonschema, which comes with the `testing` extra: "
    "pip install 'kie-client[testing]'"
)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        module = importlib.import_module(f"{__name__}.{home}")
    except ModuleNotFoundError as error:
        if (error.name or "").partition(".")[0] != "jsonschema":
            raise
        raise ImportError(_EXTRA_MISSING, name=__name__) from error
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
