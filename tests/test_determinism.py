"""Same specs, same bytes; `check` names every drifted, missing and extra file; a bad spec writes nothing."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SPECS
from generator.format import Chunked
from generator.naming import model_names
from generator.outputs import render_model, render_shared
from generator.pipeline import check, generate, load_project, produce
from generator.write import MANIFEST


def snapshot(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


# The cache `make generate` and `make check` keep: warm, it spares the tests a cold run each.
CACHE = ROOT / ".cache" / "black"


@pytest.fixture(scope="session")
def generated_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("once") / "generated"
    generate(SPECS, target, cache_dir=CACHE)
    return target


@pytest.fixture
def out(tmp_path: Path, generated_once: Path) -> Path:
    """A freshly generated tree of the real specs, the test's own to change."""
    return Path(shutil.copytree(generated_once, tmp_path / "generated"))


def a_model(specs: Path) -> tuple[Path, str]:
    """A spec file of the tree and its model's module name (the file's path is the model id)."""
    path = min((specs / "models").rglob("*.yaml"))
    model_id = path.relative_to(specs / "models").with_suffix("").as_posix()
    return path, model_names(model_id)["module"]


def test_two_runs_are_identical(tmp_path: Path, out: Path) -> None:
    first = snapshot(out)
    changes = generate(
        SPECS, out, cache_dir=None
    )  # uncached: black itself must be deterministic too
    assert changes.written == [] and changes.removed == []
    assert snapshot(out) == first


def test_the_committed_tree_is_what_the_specs_produce(out: Path) -> None:
    made = snapshot(out)
    assert made == {k: v for k, v in snapshot(ROOT / "generated").items() if k in made}
    assert not check(SPECS, ROOT / "generated", cache_dir=CACHE)


def test_check_names_a_hand_edit_a_stale_file_and_a_missing_file(tmp_path: Path, out: Path) -> None:
    (out / "python/kie_client/api.py").write_text(
        (out / "python/kie_client/api.py").read_text() + "# hand edit\n"
    )
    (out / "python/kie_client/models/old_model.py").write_text("STALE = True\n")
    _, module = a_model(SPECS)
    (out / f"python/kie_client/schemas/{module}.json").unlink()
    drift = check(SPECS, out, cache_dir=CACHE)
    assert drift.changed == ["python/kie_client/api.py"]
    assert drift.extra == ["python/kie_client/models/old_model.py"]
    assert drift.missing == [f"python/kie_client/schemas/{module}.json"]


def test_check_command_fails_naming_the_files(tmp_path: Path, out: Path) -> None:
    (out / "python" / "README.md").write_text("edited\n")
    result = cli("--out", str(out), "check")
    assert result.returncode == 1
    assert "differs generated/python/README.md" in result.stderr
    assert "run `make generate`" in result.stderr


def test_tool_leftovers_are_not_drift(out: Path) -> None:
    (out / "python/kie_client/__pycache__").mkdir()
    (out / "python/kie_client/__pycache__/api.cpython-311.pyc").write_bytes(b"\0")
    (out / "kie_client.egg-info").mkdir()
    (out / "kie_client.egg-info/PKG-INFO").write_text("x")
    assert not check(SPECS, out, cache_dir=CACHE)


def test_files_no_spec_produces_are_removed_others_kept(
    tmp_path: Path, out: Path, seed_copy: Path
) -> None:
    (out / "NOTES.txt").write_text("mine\n")  # not written by the generator: left alone
    path, module = a_model(seed_copy)
    path.unlink()
    changes = generate(seed_copy, out, cache_dir=CACHE)
    own = {
        f"python/docs/models/{module}.md",
        f"python/kie_client/fixtures/{module}.json",
        f"python/kie_client/models/{module}.py",
        f"python/kie_client/schemas/{module}.json",
        f"comfyui/web/docs/Kie_{module}.md",
        f"comfyui/example_workflows/Kie_{module}.json",
    }
    # and its group's module, were it the group's only model
    assert own <= set(changes.removed)
    assert all(p.startswith("python/kie_client/groups/") for p in set(changes.removed) - own)
    assert (out / "NOTES.txt").read_text() == "mine\n"
    assert f"/{module}." not in (out / MANIFEST).read_text()


def test_a_bad_spec_leaves_the_tree_byte_for_byte_untouched(out: Path, seed_copy: Path) -> None:
    before = snapshot(out)
    spec = seed_copy / "models/kling-2.6/image-to-video.yaml"
    spec.write_text(spec.read_text().replace("max_length:", "max_lenght:", 1))
    result = cli("--specs", str(seed_copy), "--out", str(out), "generate")
    assert result.returncode == 2
    assert (
        "input.prompt.max_lenght: unknown key 'max_lenght'; did you mean 'max_length'?"
        in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert snapshot(out) == before


def test_the_black_cache_is_used(tmp_path: Path) -> None:
    from bench.factory import write_specs

    project = load_project(write_specs(tmp_path, 8))
    cache = tmp_path / "cache"
    cold = produce(project, cache)
    entries = sorted(cache.iterdir())
    files = render_shared(project)
    for model in project.models:
        files.update(render_model(model))
    python = {p: t for p, t in files.items() if p.endswith(".py") and not isinstance(t, bytes)}
    laid_out_files = [
        p
        for p, t in python.items()
        if isinstance(t, Chunked) and all(c.formatted for c in t.chunks)
    ]
    formatted = [p for p, text in python.items() if p not in laid_out_files]
    # black formats only what is not written in black's form already: api.py, whose lines come
    # from api.yaml; every piece of the others is laid out, and runtime files are copied as they are
    assert formatted == ["python/kie_client/api.py"]
    assert len(entries) == len(formatted)

    for entry in entries:  # a poisoned cache shows that hits are served from it
        entry.write_text(entry.read_text() + "# from cache\n")
    warm = produce(project, cache)
    assert all(b"# from cache\n" in warm[p] for p in formatted)
    assert laid_out_files and all(warm[p] == cold[p] for p in laid_out_files)  # black not asked


def test_copy_of_committed_tree_passes_check(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(
        ROOT / "generated", copy, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__")
    )
    assert not check(SPECS, copy, cache_dir=CACHE)


def test_group_modules_formatted_in_pieces_are_what_black_makes_of_them(tmp_path: Path) -> None:
    """Many models to a group, as the bench makes them: the joined pieces need no reformatting."""
    import black

    from bench.factory import write_specs

    out = tmp_path / "generated"
    generate(write_specs(tmp_path, 24), out, cache_dir=None)
    mode = black.Mode(target_versions={black.TargetVersion.PY311}, line_length=100)
    for path in sorted((out / "python" / "kie_client" / "groups").glob("[!_]*.py")):
        text = path.read_text()
        assert black.format_str(text, mode=mode) == text, path.name
