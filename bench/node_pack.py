"""The ComfyUI node pack per N: loading it as ComfyUI does (every node registered), and asking
every node for its inputs, as ComfyUI does once at start-up for its node list."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path

from .measure import python_output

# ComfyUI's own modules, stood in for as in the tests.
HOST = Path(__file__).resolve().parent.parent / "tests" / "comfy_host"

LOAD = """
import importlib.util, os, sys, time
start = time.perf_counter()
path = {pack!r}
name = path.replace(".", "_x_")  # as ComfyUI's load_custom_node names a pack
spec = importlib.util.spec_from_file_location(name, os.path.join(path, "__init__.py"))
module = importlib.util.module_from_spec(spec)
sys.modules[name] = module
spec.loader.exec_module(module)
loaded = time.perf_counter()
for node in module.NODE_CLASS_MAPPINGS.values():
    node.INPUT_TYPES()
print(len(module.NODE_CLASS_MAPPINGS), (loaded - start) * 1000, (time.perf_counter() - loaded) * 1000)
"""


@dataclass(frozen=True)
class PackStartup:
    nodes: int
    import_ms: float  # the pack imported, every node registered (the client's import included)
    inputs_ms: float  # INPUT_TYPES of every node, after the import


def measure(generated: Path, repeats: int) -> PackStartup:
    """Medians over fresh processes; `generated` holds python/ (the client) and comfyui/."""
    generated = generated.resolve()
    env = {"PYTHONPATH": f"{generated / 'python'}:{HOST}"}
    code = LOAD.format(pack=str(generated / "comfyui"))
    python_output(code, cwd=generated, env=env)  # write the bytecode once
    runs = [python_output(code, cwd=generated, env=env).split() for _ in range(repeats)]
    return PackStartup(
        int(runs[0][0]),
        statistics.median(float(r[1]) for r in runs),
        statistics.median(float(r[2]) for r in runs),
    )
