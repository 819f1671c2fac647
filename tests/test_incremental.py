"""The incremental store skips unchanged work, and never serves what a change has made stale."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ACME, ROOT, write_tree
from generator import incremental, stamp
from generator.cli import main
from generator.pipeline import check, generate, load_project, produce
from generator.problems import SpecError
from generator.write import existing_files

SPEC = "acme/text-to-video.yaml"
MODULE = "python/kie_client/models/acme_text_to_video.py"


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(specs, out, cache) with two small specs: the store's behaviour does not depend on how
    many there are, and a cold run of the real ones takes seconds."""
    other = ACME.replace("acme/text-to-video", "acme/image-to-video")
    specs = write_tree(tmp_path, {SPEC: ACME, "acme/image-to-video.yaml": other})
    return specs, tmp_path / "generated", tmp_path / "cache"


def outputs(specs: Path, cache: Path | None) -> dict[str, bytes]:
    store = incremental.Store(cache / "specs", specs) if cache else None
    return produce(load_project(specs, store=store), cache, store)


def test_a_warm_run_neither_parses_nor_checks_an_unchanged_spec(
    tree: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    specs, out, cache = tree
    generate(specs, out, cache)
    loaded: list[str] = []
    import generator.pipeline as pipeline

    original = pipeline.load_file
    monkeypatch.setattr(
        pipeline, "load_file", lambda p, *a: (loaded.append(p.name), original(p, *a))[1]
    )
    assert generate(specs, out, cache).written == []
    assert loaded == ["api.yaml"]  # the model specs came from the store


def test_warm_output_is_what_a_cold_run_makes(tree: tuple[Path, Path, Path]) -> None:
    specs, out, cache = tree
    cold = outputs(specs, None)
    generate(specs, out, cache)
    assert outputs(specs, cache) == cold


def test_a_changed_spec_is_read_again(tree: tuple[Path, Path, Path]) -> None:
    specs, out, cache = tree
    generate(specs, out, cache)
    spec = specs / "models" / SPEC
    spec.write_text(spec.read_text().replace("max_length: 100", "max_length: 120"))
    changes = generate(specs, out, cache)
    assert MODULE in changes.written
    assert "max_length=120" in (out / MODULE).read_text()
    assert outputs(specs, cache) == outputs(specs, None)


def test_a_broken_spec_is_reported_though_it_was_valid_before(
    tree: tuple[Path, Path, Path],
) -> None:
    specs, out, cache = tree
    generate(specs, out, cache)
    spec = specs / "models" / SPEC
    spec.write_text(spec.read_text().replace("max_length: 100", "max_length: -5"))
    with pytest.raises(SpecError):
        generate(specs, out, cache)


def test_a_template_or_api_change_misses_every_entry(
    tree: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    specs, _, cache = tree

    def key() -> str:
        return incremental.Store(cache, specs).key("models/x.yaml", b"same content")

    before = key()
    templates = tmp_path / "templates"
    shutil.copytree(incremental.TEMPLATES_DIR, templates)
    monkeypatch.setattr(incremental, "TEMPLATES_DIR", templates)
    assert key() == before
    model_template = templates / "python" / "package" / "model.py.jinja"
    model_template.write_text(model_template.read_text() + "\n")
    assert key() != before
    monkeypatch.undo()
    (specs / "api.yaml").write_text((specs / "api.yaml").read_text() + "\n# touched\n")
    assert key() != before


def test_a_collision_with_a_stored_spec_is_located_in_both_files(
    tree: tuple[Path, Path, Path],
) -> None:
    specs, out, cache = tree
    generate(specs, out, cache)  # acme/text-to-video is now in the store
    twin = specs / "models" / "acme" / "text.to.video.yaml"
    twin.write_text(ACME.replace("model: acme/text-to-video", "model: acme/text.to.video"))
    with pytest.raises(SpecError) as raised:
        generate(specs, out, cache)
    located = {
        (Path(p.file).parent.name, p.message.split(" is ")[0])
        for p in raised.value.problems
        if "is also produced by" in p.message
    }
    assert ("acme", "Python module 'acme_text_to_video'") in located
    files = {Path(p.file).name for p in raised.value.problems if "is also produced by" in p.message}
    assert files == {"text-to-video.yaml", "text.to.video.yaml"}


def test_a_damaged_entry_is_ignored(tree: tuple[Path, Path, Path]) -> None:
    specs, out, cache = tree
    generate(specs, out, cache)
    for entry in (cache / "specs").iterdir():
        entry.write_bytes(b"not a pickle")
    assert outputs(specs, cache) == outputs(specs, None)


HEAVY = ("jinja2", "jsonschema", "ruamel", "black", "concurrent")


def test_a_no_op_generate_stops_at_the_stamp_before_any_heavy_import(
    tree: tuple[Path, Path, Path],
) -> None:
    specs, out, cache = tree
    generate(specs, out, cache)
    code = (
        "import sys; from generator.cli import main; code = main(sys.argv[1:]); "
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})), file=sys.stderr); "
        "sys.exit(code)"
    )
    args = ["--specs", str(specs), "--out", str(out), "--cache", str(cache), "generate"]
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    files = len(existing_files(out))
    assert done.stdout == f"0 written, 0 removed, {files} unchanged\n"  # as the full path says it
    assert done.stderr == "[]\n"
    assert generate(specs, out, cache).unchanged == files


def _change(change: str, specs: Path, out: Path, tmp_path: Path, mp: pytest.MonkeyPatch) -> None:
    if change == "spec":
        spec = specs / "models" / SPEC
        spec.write_text(spec.read_text().replace("max_length: 100", "max_length: 120"))
    elif change == "api.yaml":
        (specs / "api.yaml").write_text((specs / "api.yaml").read_text() + "# touched\n")
    elif change in ("template", "generator"):  # a copy, changed, that the fingerprint reads
        name, touched = (
            ("TEMPLATES_DIR", "python/package/model.py.jinja")
            if change == "template"
            else ("GENERATOR_DIR", "stamp.py")
        )
        copy = Path(shutil.copytree(getattr(incremental, name), tmp_path / change))
        mp.setattr(incremental, name, copy)
        (copy / touched).write_text((copy / touched).read_text() + "\n")
    elif change == "edited":
        (out / MODULE).write_text((out / MODULE).read_text() + "# edited by hand\n")
    else:
        (out / MODULE).unlink()


@pytest.mark.parametrize(
    "change", ["spec", "template", "api.yaml", "generator", "edited", "deleted"]
)
def test_any_change_takes_the_full_path_and_makes_a_new_stamp(
    tree: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    specs, out, cache = tree
    generate(specs, out, cache)
    before = {path: (out / path).read_bytes() for path in existing_files(out)}
    assert stamp.unchanged(specs, out, cache) == len(before)
    _change(change, specs, out, tmp_path, monkeypatch)
    assert stamp.unchanged(specs, out, cache) is None
    changes = generate(specs, out, cache)
    assert not check(specs, out, cache)  # a full comparison: out is what the specs produce
    assert stamp.unchanged(specs, out, cache) == len(before)
    if change in ("edited", "deleted"):
        assert changes.written == [MODULE]
        assert {path: (out / path).read_bytes() for path in existing_files(out)} == before
    elif change == "spec":
        assert MODULE in changes.written


def test_a_failed_run_leaves_no_stamp(tree: tuple[Path, Path, Path]) -> None:
    specs, out, cache = tree
    generate(specs, out, cache)
    spec = specs / "models" / SPEC
    good = spec.read_bytes()
    spec.write_text(spec.read_text().replace("max_length: 100", "max_length: -5"))
    with pytest.raises(SpecError):
        generate(specs, out, cache)
    assert not (cache / stamp.NAME).exists()
    with pytest.raises(SpecError):  # reported again, not hidden
        generate(specs, out, cache)
    spec.write_bytes(good)
    assert stamp.unchanged(specs, out, cache) is None
    generate(specs, out, cache)
    assert stamp.unchanged(specs, out, cache) == len(existing_files(out))


def test_no_cache_and_check_never_use_the_stamp(
    tree: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    specs, out, cache = tree
    generate(specs, out, cache)

    def refused(*args: object) -> None:
        raise AssertionError("the stamp was consulted")

    monkeypatch.setattr(stamp, "unchanged", refused)
    paths = ["--specs", str(specs), "--out", str(out)]
    assert main([*paths, "--no-cache", "generate"]) == 0
    assert main([*paths, "--cache", str(cache), "check"]) == 0
    (out / MODULE).write_text("# edited by hand\n")
    assert main([*paths, "--cache", str(cache), "check"]) == 1
    assert f"differs {out.name}/{MODULE}" in capsys.readouterr().err
