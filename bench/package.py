"""The generated package per N: import time, first use of one model, and `kie` startup."""

from __future__ import annotations

import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

from .factory import model_id
from .measure import python_output, run


@dataclass(frozen=True)
class Startup:
    models: int
    import_ms: float  # `import kie_client`, as python -X importtime counts it
    first_use_ms: float  # a client, one group and one model's module, after the import
    help_s: float  # `kie --help`, a whole process
    run_help_s: float  # `kie run MODEL --help`, a whole process


FIRST_USE = """
import time
import kie_client
start = time.perf_counter()
client = kie_client.KieClient("key")
getattr(client, kie_client.MODELS[{model!r}].group)
kie_client.spec_of({model!r})
print((time.perf_counter() - start) * 1000)
"""


def _import_ms(package: Path, env: dict[str, str]) -> float:
    """`import kie_client` in a fresh process, as python -X importtime counts it (cumulative)."""
    report = python_output(
        "import kie_client", cwd=package, env={**env, "PYTHONPROFILEIMPORTTIME": "1"}
    )
    line = next(line for line in reversed(report.splitlines()) if line.endswith("| kie_client"))
    return int(line.split("|")[1]) / 1000


def _sample(package: Path) -> tuple[float, float, float, float]:
    """One fresh process for each figure of a Startup."""
    env = {"PYTHONPATH": str(package)}
    one = model_id(0)
    cli = [sys.executable, "-c", "import sys; from kie_client.cli import main; sys.exit(main())"]
    return (
        _import_ms(package, env),
        float(python_output(FIRST_USE.format(model=one), cwd=package, env=env)),
        run([*cli, "--help"], cwd=package, env=env).seconds,
        run([*cli, "run", one, "--help"], cwd=package, env=env).seconds,
    )


def measure(packages: dict[int, Path], repeats: int) -> dict[int, Startup]:
    """Medians per N of models, sampled in turns (every N once, then again), so that the
    machine's drift in speed weighs on every N alike and the ratios between them hold."""
    for package in packages.values():  # write the bytecode once
        python_output("import kie_client.cli", cwd=package, env={"PYTHONPATH": str(package)})
    samples: dict[int, list[tuple[float, float, float, float]]] = {n: [] for n in packages}
    for _ in range(repeats):
        for models, package in packages.items():
            samples[models].append(_sample(package))
    return {
        models: Startup(
            models, *(statistics.median(figures) for figures in zip(*runs, strict=True))
        )
        for models, runs in samples.items()
    }
