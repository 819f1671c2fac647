"""Doc pages in every form Kie publishes, read into draft specs.

One module per form, each with `FORM` (its name), `detect(lines)` (does this text look like that
form) and `read(path, lines)` (the draft it describes). The form is told from the text alone.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from types import ModuleType

from .common import MAX_PAGE_BYTES, Draft, PageError, page_error, page_lines

__all__ = ["FORMS", "Draft", "PageError", "pages_in", "read_page"]

# Most specific first: an OpenAPI page also lists its parameters in Markdown.
FORMS = ("openapi-md", "copy-page", "api-tab")


PAGE_SUFFIXES = (".md", ".txt")


def pages_in(paths: list[Path]) -> list[Path]:
    """The pages named, a folder standing for the pages directly in it (sorted by name)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix in PAGE_SUFFIXES and p.is_file())
        else:
            found.append(path)
    return found


def _reader(form: str) -> ModuleType:
    return import_module(f".{form.replace('-', '_')}", __name__)


def read_page(path: Path) -> Draft:
    """The draft spec a page describes, whatever its form; PageError (with its line) if none."""
    try:
        if path.stat().st_size > MAX_PAGE_BYTES:
            raise page_error(
                path,
                1,
                f"the page is over {MAX_PAGE_BYTES:,} bytes",
                "is it really one model page?",
            )
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise page_error(path, 1, f"cannot read the page: {error}") from None
    lines = page_lines(text)
    for form in FORMS:
        reader = _reader(form)
        if reader.detect(lines):
            draft: Draft = reader.read(path, lines)
            draft.form = form
            return draft
    raise page_error(
        path,
        1,
        "not a page form the importer knows",
        f"known forms: {', '.join(FORMS)} (a model page of docs.kie.ai or of the kie.ai market)",
    )
