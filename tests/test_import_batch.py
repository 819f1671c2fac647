"""`python -m generator import PAGE|DIR ...`: one summary line per page, the newest form of each
model, existing specs kept, refused pages writing nothing, and the exit code saying it all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_importer import FIELDS
from test_importer import PAGE as API_TAB_PAGE
from test_page_copy_page import EXAMPLE, PROMPT
from test_page_copy_page import PAGE as COPY_PAGE

from conftest import ROOT, SPECS
from generator.cli import main
from generator.pages import pages_in

MARKET = ROOT.parent / "shared" / "kie-docs" / "market"


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    (tmp_path / "specs" / "models").mkdir(parents=True)
    shutil.copy(SPECS / "api.yaml", tmp_path / "specs" / "api.yaml")
    return tmp_path / "specs"


def copy_page(folder: Path, model: str, fields: str = PROMPT) -> Path:
    """A copy-page page of `model`, named after it."""
    folder.mkdir(exist_ok=True)
    path = folder / f"{model.replace('/', '__')}.copy-page.md"
    text = COPY_PAGE.format(fields=fields, example=EXAMPLE).replace("acme/text-to-video", model)
    path.write_text(text, "utf-8")
    return path


def api_tab_page(folder: Path, name: str) -> Path:
    """An API-tab page of acme/text-to-video."""
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(API_TAB_PAGE.format(fields=FIELDS), "utf-8")
    return path


def run(specs: Path, *args: str | Path) -> int:
    return main(["--specs", str(specs), "import", *map(str, args)])


def summary(out: str) -> list[str]:
    """The per-page lines: those before the totals line."""
    lines = out.splitlines()
    return lines[: next(i for i, line in enumerate(lines) if " page(s): " in line)]


def written(specs: Path) -> list[str]:
    models = specs / "models"
    return sorted(p.relative_to(models).as_posix() for p in models.rglob("*.yaml"))


def test_a_folder_imports_each_page_with_one_summary_line(
    tmp_path: Path, specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    first = copy_page(pages, "acme/one")
    second = copy_page(pages, "acme/two")
    (pages / "notes.txt").write_text("not a page\n", "utf-8")
    assert run(specs, pages) == 2  # a page was refused
    out = capsys.readouterr().out
    target = specs / "models" / "acme"
    assert summary(out) == [
        f"imported {target / 'one.yaml'} from {first.name} (copy-page): 1 fields, 0 rules, 1 TODO",
        f"imported {target / 'two.yaml'} from {second.name} (copy-page): 1 fields, 0 rules, 1 TODO",
        f"refused {pages / 'notes.txt'}:1:1: not a page form the importer knows; known forms: "
        "openapi-md, copy-page, api-tab (a model page of docs.kie.ai or of the kie.ai market)",
    ]
    assert "3 page(s): 2 imported, 0 skipped, 1 refused, 0 kept" in out
    assert written(specs) == ["acme/one.yaml", "acme/two.yaml"]


def test_several_paths_files_and_folders_each_page_once(
    tmp_path: Path, specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "folder"
    inside = copy_page(folder, "acme/one")
    alone = copy_page(tmp_path / "elsewhere", "acme/two")
    assert run(specs, alone, folder, inside) == 0
    lines = summary(capsys.readouterr().out)
    assert [line.split(" from ")[1].split(" ")[0] for line in lines] == [alone.name, inside.name]
    assert written(specs) == ["acme/one.yaml", "acme/two.yaml"]


def test_of_several_pages_of_one_model_the_newest_form_is_imported(
    tmp_path: Path, specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    older = api_tab_page(pages, "acme.api-tab.md")
    newer = copy_page(pages, "acme/text-to-video")
    assert run(specs, pages) == 0  # skipping an older page is no failure
    assert summary(capsys.readouterr().out) == [
        f"skipped {older.name} (api-tab): acme/text-to-video comes from {newer.name} "
        "(copy-page), the newer form",
        f"imported {specs / 'models' / 'acme' / 'text-to-video.yaml'} from {newer.name} "
        "(copy-page): 1 fields, 0 rules, 1 TODO",
    ]
    assert written(specs) == ["acme/text-to-video.yaml"]


def test_a_newest_page_that_makes_no_valid_spec_leaves_the_model_to_the_next(
    tmp_path: Path, specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    older = api_tab_page(pages, "acme.api-tab.md")
    zero = PROMPT.replace("500 characters", "0 characters").replace('`"a fox"`', '`""`')
    broken = copy_page(pages, "acme/text-to-video", zero)  # read, but max_length 0 is no spec
    assert run(specs, pages) == 2
    imported, refused = summary(capsys.readouterr().out)  # in the order of the pages
    assert refused.startswith(f"refused {broken}:1:1: the draft spec would be invalid: ")
    assert imported.startswith(f"imported {specs / 'models' / 'acme' / 'text-to-video.yaml'} "
                               f"from {older.name} (api-tab): 10 fields")  # fmt: skip


def test_an_existing_spec_is_kept_unless_forced(
    tmp_path: Path, specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = copy_page(tmp_path / "pages", "acme/one")
    target = specs / "models" / "acme" / "one.yaml"
    assert run(specs, page) == 0
    target.write_text("# edited by hand\n" + target.read_text("utf-8"), "utf-8")
    capsys.readouterr()
    assert run(specs, page) == 2
    assert summary(capsys.readouterr().out) == [
        f"kept {target} from {page.name} (copy-page): it exists; pass --force (make: FORCE=1) "
        "to overwrite it"
    ]
    assert target.read_text("utf-8").startswith("# edited by hand")
    assert run(specs, page, "--force") == 0
    assert not target.read_text("utf-8").startswith("# edited by hand")


def test_points_to_decide_come_after_the_summary_and_only_when_asked(
    tmp_path: Path, specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = tmp_path / "pages"
    copy_page(pages, "acme/one")
    copy_page(pages, "acme/two")
    assert run(specs, pages) == 0
    quiet = capsys.readouterr().out
    assert "The fox must not be blue" not in quiet
    assert quiet.splitlines()[-1].endswith("--verbose (make: VERBOSE=1) lists them")
    assert run(specs, pages, "--force", "--verbose") == 0
    lines = capsys.readouterr().out.splitlines()
    totals = next(i for i, line in enumerate(lines) if " page(s): " in line)
    details = lines[totals + 1 :]
    assert "acme__one.copy-page.md:" in details and "acme__two.copy-page.md:" in details
    assert sum("The fox must not be blue" in line for line in details) == 2


def test_no_pages_is_an_error(
    tmp_path: Path, specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    assert run(specs, tmp_path / "empty") == 2
    assert "no pages (.md, .txt) in" in capsys.readouterr().err


@pytest.mark.skipif(not MARKET.is_dir(), reason=f"the market pages are not here ({MARKET})")
def test_the_market_folder_gives_one_line_per_page_and_each_model_once(
    specs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(specs, MARKET)
    lines = summary(capsys.readouterr().out)
    assert len(lines) == len(pages_in([MARKET]))
    assert {line.split(" ")[0] for line in lines} <= {"imported", "skipped", "refused", "kept"}
    imported = [line.split(" ")[1] for line in lines if line.startswith("imported")]
    assert len(imported) == len(set(imported)) == len(written(specs))
    refused = [line for line in lines if line.startswith("refused")]
    assert code == (2 if refused else 0)
