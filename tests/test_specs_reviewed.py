"""The committed specs: each reviewed one leaves nothing to decide, and each names the page it
follows, the newest official page of its model."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from conftest import ROOT, SPECS, spec_data
from generator.draft import DRAFT_MARK

DOCS = ROOT.parent / "shared" / "kie-docs"
MARKET = DOCS / "market"
SPEC_FILES = sorted((SPECS / "models").rglob("*.yaml"))
needs_docs = pytest.mark.skipif(not MARKET.is_dir(), reason=f"the doc pages are not here ({DOCS})")


def rel(path: Path) -> str:
    return str(path.relative_to(SPECS))


@pytest.mark.parametrize("path", SPEC_FILES, ids=rel)
def test_a_reviewed_spec_leaves_no_point_undecided(path: Path) -> None:
    """A spec is a draft while it keeps the importer's first line; once that line is gone it
    claims to be reviewed, and a TODO note left in it is a point nobody decided."""
    if DRAFT_MARK in path.read_text("utf-8"):
        pytest.skip(f"{rel(path)} is an imported draft awaiting review")
    undecided = [note for note in spec_data(path).get("notes", []) if "todo" in note]
    assert undecided == [], f"{rel(path)} still has TODO notes"


def newest_pages() -> dict[str, str]:
    """model id -> the file name of its newest page, by the dates SOURCES.tsv gives."""
    with (MARKET / "SOURCES.tsv").open(encoding="utf-8") as table:
        rows = list(csv.DictReader(table, delimiter="\t"))
    newest: dict[str, tuple[str, str]] = {}
    for row in rows:
        date = row["page date (<= means on or before)"].lstrip("<=")
        if row["model"] not in newest or date > newest[row["model"]][0]:
            newest[row["model"]] = (date, row["file"])
    return {model: file for model, (_, file) in newest.items()}


@needs_docs
@pytest.mark.parametrize("path", SPEC_FILES, ids=rel)
def test_each_spec_follows_the_newest_page_of_its_model(path: Path) -> None:
    spec = spec_data(path)
    newest = newest_pages()
    if spec["model"] in newest:
        assert spec["source"] == newest[spec["model"]]
    else:  # a model the market folder does not cover keeps the page it came from
        assert (DOCS / spec["source"]).is_file()


@needs_docs
def test_every_market_model_has_a_spec() -> None:
    specified = {spec_data(path)["model"] for path in SPEC_FILES}
    assert set(newest_pages()) - specified == set()
