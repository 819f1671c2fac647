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


def measure(models: int, package: Path, repeats: int) -> Startup:
    env = {"PYTHONPATH": str(package)}
    python_output("import kie_client.cli", cwd=package, env=env)  # write the bytecode once
    imports = [_import_ms(package, env) for _ in range(repeats)]
    one = model_id(0)
    first_use = [
        float(python_output(FIRST_USE.format(model=one), cwd=package, env=env))
        for _ in range(repeats)
    ]
    cli = [sys.executable, "-c", "import sys; from kie_client.cli import main; sys.exit(main())"]
    helps = [run([*cli, "--help"], cwd=package, env=env).seconds for _ in range(repeats)]
    run_helps = [
        run([*cli, "run", one, "--help"], cwd=package, env=env).seconds for _ in range(repeats)
    ]
    return Startup(
        models,
        statistics.median(imports),
        statistics.median(first_use),
        statistics.median(helps),
        statistics.median(run_helps),
    )
