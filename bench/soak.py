"""Soak: many creates through a gateway that fails at random after forwarding them (drops the
connection, answers a bare 5xx) or through Kie's own refusals. Every submission must make 0 or 1
task, and how each ended is counted: a task id, SubmissionUncertain, or a definite error."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass

from kie_client import KieClient, KieError, SubmissionUncertain
from kie_client.api import ENDPOINTS
from kie_client.testing import DROP, Gateway, KieSimulator

MODEL = "kling-2.6/text-to-video"
INPUT = {"prompt": "a fox", "sound": False, "aspect_ratio": "1:1", "duration": "5"}
# What happens to one create: answered as usual, failed by the gateway after forwarding it, or
# refused by Kie itself (its envelope, nothing created).
FAULTS = ("none", "gateway drop", "gateway 502", "gateway 503", "gateway 504", "kie 500", "kie 429")


@dataclass(frozen=True)
class Soak:
    submissions: int
    outcomes: Counter[tuple[str, str, int]]  # (fault, how it was reported, tasks made) -> count

    @property
    def worst(self) -> int:
        """The most tasks one submission made: 1 or fewer means nothing was paid twice."""
        return max(tasks for _, _, tasks in self.outcomes)


def _reported(client: KieClient) -> str:
    try:
        client.create_task(MODEL, INPUT)
    except SubmissionUncertain:
        return "uncertain"
    except KieError as error:
        return f"definite {type(error).__name__}"
    return "task id"


def soak(submissions: int = 1000, seed: int = 7) -> Soak:
    draw = random.Random(seed)
    outcomes: Counter[tuple[str, str, int]] = Counter()
    create = ENDPOINTS["create_task"].path
    with KieSimulator(rate_limit=None) as sim, Gateway(sim.base_url) as gateway:
        client = KieClient(
            sim.api_key,
            base_url=gateway.base_url,
            upload_base_url=sim.base_url,
            max_retries=1,
            backoff_seconds=0.0,
        )
        with client:
            for _ in range(submissions):
                fault = draw.choice(FAULTS)
                if fault.startswith("gateway"):
                    word = fault.split()[1]
                    gateway.fail(create, DROP if word == "drop" else int(word))
                elif fault.startswith("kie"):
                    sim.inject("create_task", status=int(fault.split()[1]))
                before = len(sim.tasks)
                reported = _reported(client)
                outcomes[fault, reported, len(sim.tasks) - before] += 1
    return Soak(submissions, outcomes)
