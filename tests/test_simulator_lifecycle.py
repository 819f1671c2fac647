"""Starting and stopping the simulator: as a context manager, a pytest fixture and a command."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import httpx
import pytest

from conftest import client_for, create
from kie_client.testing import KieSimulator, Timing


def test_context_manager_serves_on_a_free_loopback_port_and_stops_cleanly() -> None:
    sim = KieSimulator()
    with pytest.raises(RuntimeError, match="not started; use `with KieSimulator"):
        sim.base_url  # noqa: B018
    with sim, client_for(sim) as client:
        assert sim.base_url.startswith("http://127.0.0.1:")
        assert sim.upload_base_url == sim.base_url
        assert create(client).status_code == 200  # leaves a keep-alive connection open
        started = time.perf_counter()
    assert time.perf_counter() - started < 2  # an idle connection does not hold up stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(sim.base_url + "/api/v1/chat/credit")


def test_two_simulators_keep_apart() -> None:
    with KieSimulator() as first, KieSimulator() as second, client_for(first) as client:
        create(client)
        assert first.base_url != second.base_url
        assert (len(first.tasks), len(second.tasks)) == (1, 0)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"failure_rate": 1.5}, "failure_rate must be between 0 and 1; got 1.5"),
        ({"credits": -1}, "credits and task_cost must be 0 or more"),
    ],
)
def test_bad_options_are_refused(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        KieSimulator(**options)  # type: ignore[arg-type]


def test_timing_is_never_negative() -> None:
    with pytest.raises(ValueError, match=r"Timing\.queuing must be 0 or more seconds"):
        Timing(queuing=-1)


def test_advance_needs_a_manual_clock(kie_simulator: KieSimulator) -> None:
    with pytest.raises(TypeError, match=r"advance\(\) needs KieSimulator\(clock=ManualClock\(\)\)"):
        kie_simulator.advance(1)


@pytest.mark.kie_simulator(credits=7, task_cost=7)
def test_fixture_takes_options_from_its_marker(kie_simulator: KieSimulator) -> None:
    assert kie_simulator.credits == 7
    with client_for(kie_simulator) as client:
        assert [create(client).status_code for _ in range(2)] == [200, 402]


def run_module(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kie_client.testing", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_command_serves_until_interrupted() -> None:
    process = run_module("--port", "0", "--timing", "0,0,0", "--api-key", "k1")
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first.startswith("Kie simulator listening on http://127.0.0.1:")
    url = first.split()[-1]
    exports = process.stdout.readline()
    assert exports.strip() == f"export KIE_BASE_URL={url} KIE_UPLOAD_BASE_URL={url} KIE_API_KEY=k1"
    assert process.stdout.readline() == "Press Ctrl-C to stop.\n"
    credits = httpx.get(url + "/api/v1/chat/credit", headers={"Authorization": "Bearer k1"})
    assert credits.json()["data"] == 10_000
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()  # a simulator that did not stop must not outlive the test
    assert process.returncode == 0
    assert "Stopped." in out and err == ""


def test_command_explains_a_taken_port() -> None:
    with KieSimulator() as sim:
        port = sim.base_url.rsplit(":", 1)[1]
        process = run_module("--port", port)
        _, err = process.communicate(timeout=10)
    assert process.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}: Address already in use" in err
    assert "Traceback" not in err


def test_command_explains_bad_timing() -> None:
    _, err = run_module("--timing", "fast").communicate(timeout=10)
    assert "'fast' is not WAITING,QUEUING,GENERATING seconds, e.g. 1,1,3" in err
