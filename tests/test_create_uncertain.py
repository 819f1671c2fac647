"""A create is definite only on Kie's own word, or when the request provably never left. Any other
answer after the request was sent (a gateway's bare 5xx, a dropped connection, a success without a
task id) is SubmissionUncertain, carrying the input, and is never sent again."""

from __future__ import annotations

from typing import Any

import pytest

from kie_client import KieClient, ServerError, SubmissionUncertain
from kie_client.api import ENDPOINTS
from kie_client.testing import DROP, Gateway, KieSimulator

CREATE = ENDPOINTS["create_task"].path
MODEL = "kling-2.6/text-to-video"
INPUT = {"prompt": "a fox", "sound": False, "aspect_ratio": "1:1", "duration": "5"}


@pytest.fixture
def through_gateway() -> Any:
    with KieSimulator() as sim, Gateway(sim.base_url) as gateway:
        client = KieClient(sim.api_key, base_url=gateway.base_url, upload_base_url=sim.base_url)
        yield sim, gateway, client
        client.close()


@pytest.mark.parametrize("outcome", [502, 503, 504, 500, 429, 200, DROP])
def test_a_foreign_answer_after_the_create_left_is_uncertain(
    through_gateway: Any, outcome: int | str
) -> None:
    sim, gateway, client = through_gateway
    gateway.fail(CREATE, outcome)
    with pytest.raises(SubmissionUncertain) as raised:
        client.create_task(MODEL, INPUT)
    assert raised.value.input == INPUT and raised.value.model == MODEL
    assert len(sim.tasks) == 1  # it was served, and not sent again
    assert sum(r.endpoint == "create_task" for r in sim.requests) == 1


def test_kies_own_refusal_stays_definite(through_gateway: Any) -> None:
    sim, _, client = through_gateway
    sim.inject("create_task", status=500)
    with pytest.raises(ServerError):
        client.create_task(MODEL, INPUT)
    assert sim.tasks == []


def test_the_gateway_passes_answers_through_when_asked_nothing(through_gateway: Any) -> None:
    sim, _, client = through_gateway
    task = client.create_task(MODEL, INPUT)
    assert [t.id for t in sim.tasks] == [task.id]
