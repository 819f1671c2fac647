"""Where a cold generation's CPU goes, stage by stage, in one process (no workers): the profile
that bounds its wall time, which workers then divide among the cores."""

from __future__ import annotations

import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# Run in a fresh process, so that imports are counted and no cache of this one helps.
_PROFILE = """
import sys, time
start = time.perf_counter()
from pathlib import Path
from generator import load, metacheck, semantics
from generator.build import build_model
from generator.fixtures import model_fixtures
from generator.format import Chunked, format_files
from generator.outputs import render_model, render_shared
from generator.pipeline import load_project
from generator.write import with_manifest
times = {"imports": time.perf_counter() - start}

def timed(stage, work):
    began = time.perf_counter()
    result = work()
    times[stage] = times.get(stage, 0.0) + time.perf_counter() - began
    return result

specs = Path(sys.argv[1])
for path in sorted((specs / "models").rglob("*.yaml")):
    doc = timed("reading YAML", lambda: load.load_file(path, specs, specs.parent)[0])
    timed("meta-schema check", lambda: metacheck.meta_problems(doc, "model"))
    model = timed("building the model", lambda: build_model(doc))
    def other_checks():
        for check in (semantics.path_problems, semantics.field_problems, semantics.rule_problems):
            check(doc, model)
        semantics.example_problems(doc, model)
    timed("other checks", other_checks)
    fixtures = timed("making fixtures", lambda: model_fixtures(model))
    timed("checking fixtures against the schema", lambda: semantics.fixture_problems(doc, model, fixtures))
project = load_project(specs)
files = timed("rendering", lambda: {**render_shared(project), **{p: t for m in project.models for p, t in render_model(m).items()}})
python = {p: t for p, t in files.items() if p.endswith(".py") and not isinstance(t, bytes)}
formatted = timed("black (project-wide modules, unsure pieces)", lambda: format_files(python, None))
timed("manifest and bytes", lambda: with_manifest({**{p: t for p, t in files.items() if not isinstance(t, Chunked)}, **formatted}))
for stage, seconds in times.items():
    print(f"{seconds:.4f}\\t{stage}")
"""


@dataclass(frozen=True)
class Stages:
    seconds: dict[str, float]  # CPU-bound stages, in the order they run

    @property
    def total(self) -> float:
        return sum(self.seconds.values())


def measure(specs: Path, repeats: int) -> Stages:
    """Median seconds of each stage over `repeats` fresh processes."""
    runs: list[dict[str, float]] = []
    for _ in range(repeats):
        done = subprocess.run(
            [sys.executable, "-c", _PROFILE, str(specs)],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        runs.append(
            {
                stage: float(s)
                for s, stage in (line.split("\t") for line in done.stdout.splitlines())
            }
        )
    return Stages({stage: statistics.median(run[stage] for run in runs) for stage in runs[0]})
