"""The `kie_simulator` pytest fixture, registered for every project that installs kie-client.

Options go through a marker: `@pytest.mark.kie_simulator(credits=5, timing=Timing(generating=2))`
takes the keyword arguments of `KieSimulator`. Nothing is imported until the fixture is used, so
projects without the `testing` extra are not affected.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from kie_client.testing import KieSimulator


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "kie_simulator(**options): KieSimulator options for the kie_simulator fixture"
    )


@pytest.fixture
def kie_simulator(request: pytest.FixtureRequest) -> Iterator[KieSimulator]:
    """A started KieSimulator on a free loopback port, stopped after the test."""
    from kie_client.testing import KieSimulator

    marker = request.node.get_closest_marker("kie_simulator")
    with KieSimulator(**(marker.kwargs if marker else {})) as simulator:
        yield simulator
