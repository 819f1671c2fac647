"""`python -m bench [--sizes 5,50,200,1000] [--repeats 3]`: measure, print a table, write
BENCHMARKS.md. Figures are medians of repeated runs on this machine, not pass/fail tests."""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
from collections.abc import Callable
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from . import batch, client, generation, node_pack, package, soak, stages
from .measure import slope

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ("black", "jinja2", "jsonschema", "ruamel.yaml", "httpx", "openapi-python-client")


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def _cpu() -> str:
    try:
        info = Path("/proc/cpuinfo").read_text()
        return next(
            line.split(":", 1)[1].strip()
            for line in info.splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        return platform.processor() or "unknown"


def _ratio(theirs: float | None, ours: float) -> str:
    return f"{theirs / ours:.2f}x" if theirs else "n/a"


def _targets(
    say: Callable[[str], None],
    sizes: list[int],
    generated: dict[int, generation.Generation],
    startups: dict[int, package.Startup],
    packs: dict[int, node_pack.PackStartup],
    ours: generation.SpecsGeneration,
    our_pack: node_pack.PackStartup,
    soaked: soak.Soak,
    validation: float,
    cpu: dict[str, client.Overhead],
) -> None:
    """Each target of the project, met or missed, by the figures above."""
    say("")
    say("## Targets")
    say("")
    say("| target | measured | |")
    say("|---|---|---|")

    def target(what: str, measured: str, met: bool) -> None:
        say(f"| {what} | {measured} | {'met' if met else 'missed'} |")

    g = generated.get(200)
    if g and g.openapi:
        theirs = g.openapi.seconds
        target(
            "N=200, empty cache: no slower than openapi-python-client on the same models",
            f"{g.full.seconds:.2f} s against its {theirs:.2f} s: {theirs / g.full.seconds:.2f}x",
            g.full.seconds <= theirs,
        )
    if g:
        for what, run in (("one spec changed", g.one_changed), ("nothing changed", g.unchanged)):
            target(f"N=200, {what}: within 0.2 s", f"{run.seconds:.2f} s", run.seconds <= 0.2)
    target(
        f"specs/ ({ours.models} models), every output, empty cache: within 5 s",
        f"{ours.cold.seconds:.2f} s",
        ours.cold.seconds <= 5,
    )
    target(
        "specs/, nothing changed: within 0.2 s",
        f"{ours.unchanged.seconds:.2f} s",
        ours.unchanged.seconds <= 0.2,
    )
    target(
        f"node pack of specs/ ({our_pack.nodes} nodes) imported, every node registered: within 0.5 s",
        f"{our_pack.import_ms / 1000:.3f} s",
        our_pack.import_ms <= 500,
    )
    big, small = max(sizes), min(sizes)
    ratio = startups[big].import_ms / startups[small].import_ms
    target(
        f"`import kie_client` at N={big} within 1.2x of N={small}", f"{ratio:.2f}x", ratio <= 1.2
    )
    target(
        f"`kie --help` at N={big} under 0.3 s",
        f"{startups[big].help_s:.3f} s",
        startups[big].help_s < 0.3,
    )
    target(
        f"node pack imported, every node registered, at N={big} within 0.5 s",
        f"{packs[big].import_ms / 1000:.3f} s",
        packs[big].import_ms <= 500,
    )
    target(
        f"{soaked.submissions:,} faulted creates: at most 1 task per submission",
        f"{soaked.worst} at most",
        soaked.worst <= 1,
    )
    target("checks + serialization under 20 µs per call", f"{validation:.1f} µs", validation < 20)
    for where, cost in cpu.items():
        target(
            f"client's own CPU per create+wait within 5% of raw httpx's ({where})",
            f"{cost.fraction * 100:+.1f}%",
            cost.fraction <= 0.05,
        )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--sizes", default="5,50,200,1000", help="numbers of models")
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure (median)")
    parser.add_argument("--tasks", type=int, default=300, help="tasks per throughput figure")
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    lines: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        lines.append(text)

    say("# Benchmarks")
    say()
    say(f"- date: {date.today().isoformat()}")
    say(f"- machine: {os.cpu_count()} cores, {_cpu()}, {platform.system()} {platform.release()}")
    say(f"- Python {platform.python_version()}; " + ", ".join(f"{t} {_version(t)}" for t in TOOLS))
    say(f"- each figure is the median of {args.repeats} runs (`python -m bench --repeats`)")
    say()
    say("## Generator (wall time, peak memory of the process and its workers)")
    say()
    say(
        "| models | full, empty cache | one spec changed | nothing changed | files | lines | openapi-python-client | files | lines | full vs it | changed vs it | unchanged vs it |"
    )
    say("|---|---|---|---|---|---|---|---|---|---|---|---|")
    generated: dict[int, generation.Generation] = {}
    packages: dict[int, Path] = {}
    work = Path(tempfile.mkdtemp(prefix="kie-bench-"))
    for n in sizes:
        g = generation.measure(n, work / str(n), args.repeats)
        generated[n], packages[n] = g, work / str(n) / "generated" / "python"
        theirs = g.openapi.seconds if g.openapi else None
        say(
            f"| {n} | {g.full.seconds:.2f} s, {g.full.peak_mib:.0f} MiB | {g.one_changed.seconds:.2f} s"
            f" | {g.unchanged.seconds:.2f} s | {g.files} | {g.lines} | "
            + (
                f"{g.openapi.seconds:.2f} s, {g.openapi.peak_mib:.0f} MiB"
                if g.openapi
                else "not installed"
            )
            + f" | {g.openapi_files} | {g.openapi_lines} | {_ratio(theirs, g.full.seconds)}"
            f" | {_ratio(theirs, g.one_changed.seconds)} | {_ratio(theirs, g.unchanged.seconds)} |"
        )
    if len(sizes) > 1:
        say()
        full = slope([(n, g.full.seconds) for n, g in generated.items()])
        unchanged = slope([(n, g.unchanged.seconds) for n, g in generated.items()])
        line = (
            f"Per-model slope: full {full * 1000:.1f} ms, nothing changed {unchanged * 1000:.1f} ms"
        )
        if all(g.openapi for g in generated.values()):
            theirs = slope([(n, g.openapi.seconds) for n, g in generated.items() if g.openapi])
            line += f"; openapi-python-client {theirs * 1000:.1f} ms"
        say(line + ".")
    say()
    own_specs = generation.measure_specs(ROOT / "specs", work / "specs", args.repeats)
    say(
        f"The project's own specs/ ({own_specs.models} models), every output (client, node pack,"
        f" OpenAPI, schemas, fixtures, pages): {own_specs.cold.seconds:.2f} s and"
        f" {own_specs.cold.peak_mib:.0f} MiB from an empty cache; {own_specs.unchanged.seconds:.2f} s when"
        " nothing changed."
    )
    say()
    say("Where a cold run's CPU goes, stage by stage, in one process (workers divide it among the")
    say("cores):")
    say()
    profiled = {"specs/": stages.measure(ROOT / "specs", args.repeats)}
    if 200 in sizes:
        profiled["N=200"] = stages.measure(work / "200" / "specs", args.repeats)
    say("| stage | " + " | ".join(profiled) + " |")
    say("|---|" + "---|" * len(profiled))
    for stage in next(iter(profiled.values())).seconds:
        say(
            f"| {stage} | "
            + " | ".join(f"{p.seconds[stage]:.2f} s" for p in profiled.values())
            + " |"
        )
    say("| all | " + " | ".join(f"{p.total:.2f} s" for p in profiled.values()) + " |")
    say()
    say("## Generated package")
    say()
    say(
        "| models | `import kie_client` | first use of one model | `kie --help` | `kie run MODEL --help` |"
    )
    say("|---|---|---|---|---|")
    startups = package.measure(packages, max(args.repeats, 5))
    for n, s in startups.items():
        say(
            f"| {n} | {s.import_ms:.1f} ms | {s.first_use_ms:.1f} ms | {s.help_s:.3f} s | {s.run_help_s:.3f} s |"
        )
    say()
    say("## Node pack")
    say()
    say("Loaded as ComfyUI loads a pack, with kie-client's own import; then every node's inputs.")
    say()
    say("| models | nodes | import, every node registered | `INPUT_TYPES` of every node |")
    say("|---|---|---|---|")
    packs = {n: node_pack.measure(packages[n].parent, max(args.repeats, 5)) for n in sizes}
    packs_of_specs = node_pack.measure(ROOT / "generated", max(args.repeats, 5))
    for label, pack in [*packs.items(), ("specs/", packs_of_specs)]:
        say(f"| {label} | {pack.nodes} | {pack.import_ms:.1f} ms | {pack.inputs_ms:.1f} ms |")
    say()
    say("## Soak: creates through a failing gateway")
    say()
    soaked = soak.soak()
    say(
        f"{soaked.submissions:,} creates, each with a fault drawn at random: none, a gateway that"
        " forwards the create and then drops the connection or answers a bare 502/503/504, or"
        " Kie's own 500 or 429 refusal."
    )
    say()
    say("| fault | reported as | tasks made | submissions |")
    say("|---|---|---|---|")
    for (fault, reported, tasks), count in sorted(soaked.outcomes.items()):
        say(f"| {fault} | {reported} | {tasks} | {count} |")
    say()
    say("## Client")
    say()
    validation = client.validation_us()
    say(f"- checks + serialization of one request ({client.MODEL}): {validation:.1f} µs per call")
    say(
        f"- simulator: {client.simulator_rps():.0f} requests/s (credits, 10 keep-alive connections)"
    )
    by_client, by_httpx = client.latency(repeats=args.repeats)
    say(
        f"- median latency against the simulator, one task at a time: create"
        f" {by_client.create_us:.0f} µs (raw httpx {by_httpx.create_us:.0f} µs), a poll"
        f" {by_client.wait_us:.0f} µs (raw httpx {by_httpx.wait_us:.0f} µs)"
    )
    in_process = client.cost_per_task_us(repeats=max(args.repeats, 5))
    loopback = client.loopback_cost_per_task_us(repeats=max(args.repeats, 5))
    for where, cost in (("in-process", in_process), ("loopback", loopback)):
        say(
            f"- CPU per create+wait: client {cost.client_us:.0f} µs,"
            f" raw httpx {cost.raw_us:.0f} µs; client {cost.fraction * 100:+.1f}% of raw httpx's"
            f" CPU per task ({where})"
        )
    say()
    say("| concurrent tasks | client create+wait | raw httpx, same requests | client overhead |")
    say("|---|---|---|---|")
    rates = client.throughput(args.tasks, args.repeats)
    for t in rates:
        say(
            f"| {t.concurrency} | {t.client_per_s:.0f} tasks/s | {t.raw_per_s:.0f} tasks/s"
            f" | {t.overhead * 100:+.1f}% |"
        )
    say()
    say("## Batches")
    say()
    scaled = batch.rows_per_minute()
    say(
        f"- {scaled.rows} rows of instant tasks, paced at {scaled.rate.requests} creates per"
        f" {scaled.rate.window_seconds:g} s (Kie's 20 per 10 s, scaled down; the simulator refuses"
        f" past it too): {scaled.rows_per_minute:.0f} rows/min; the limit allows"
        f" {scaled.best_per_minute:.0f}"
    )
    say(f"- the journal: {batch.journal_us():.0f} µs per row (3 commits, synced to disk)")
    _targets(
        say,
        sizes,
        generated,
        startups,
        packs,
        own_specs,
        packs_of_specs,
        soaked,
        validation,
        {"in-process": in_process, "loopback": loopback},
    )
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
