"""The incremental store skips unchanged work, and never serves what a change has made stale."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import ACME, write_tree
from generator import incremental
from generator.pipeline import generate, load_project, produce
from generator.problems import SpecError

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
