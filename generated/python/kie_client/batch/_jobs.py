"""Jobs: one generation per row, read from JSON Lines or CSV and checked whole, so that every bad
row is reported at once and before anything is paid.

JSON Lines: one object per line, `{"model": ID, "input": {...}, "name": NAME}` (`name` optional);
blank lines are skipped. CSV: a header naming `model`, optionally `name`, and one column per input
field; an empty cell leaves its field out. A cell of a text field (string, URL, an enum of text
options) is taken as written; any other is read as JSON (`5`, `true`, `["a.png"]`). A row's number
is its line in the file (for CSV, the header is row 1), as an editor or a spreadsheet shows it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import Any

from kie_client._plans import check_request
from kie_client._spec import FieldSpec, ModelSpec
from kie_client.errors import KieError, NotFoundError, Problem, ValidationError
from kie_client.registry import spec_of

ROW_KEYS = frozenset({"model", "input", "name"})


@dataclass(frozen=True)
class Row:
    number: int
    model: str
    input: Mapping[str, Any]
    name: str | None = None  # the results' file name, without its extension


class BadRows(ValidationError):
    """Every problem of every row, found before anything was sent. Each problem's `field` starts
    with its row (`row 3: prompt`)."""

    def __init__(self, source: str, problems: Sequence[tuple[int, Problem]]) -> None:
        ordered = sorted(problems, key=lambda item: (item[0], item[1].field, item[1].rule))
        rows = len({number for number, _ in ordered})
        lines = "\n".join(f"  - row {n}{_of_model(p)}: {p}" for n, p in ordered)
        # Not ValidationError's own message, which sorts by field: rows read better in order.
        KieError.__init__(
            self,
            f"{source}: {len(ordered)} problem(s) in {rows} row(s); nothing was sent\n{lines}",
        )
        self.model = source
        self.problems = tuple(replace(p, field=f"row {n}: {p.field}") for n, p in ordered)


ROW_ITSELF = "jobs"  # the model of a problem with the row itself, not with a model's input


def _of_model(problem: Problem) -> str:
    return "" if problem.model == ROW_ITSELF else f" ({problem.model})"


def _problem(number: int, field: str, rule: str, message: str) -> tuple[int, Problem]:
    return number, Problem(ROW_ITSELF, field, rule, message)


def read_jobs(path: Path) -> list[Row]:
    """The rows of a jobs file (`.csv` is CSV, anything else JSON Lines), checked: BadRows lists
    every problem of every row."""
    text = path.read_text(encoding="utf-8-sig")  # a spreadsheet's BOM is not part of a name
    rows, problems = _csv(text) if path.suffix.lower() == ".csv" else _jsonl(text)
    return checked(rows, problems, str(path))


def rows_of(jobs: Iterable[Row | Mapping[str, Any]]) -> list[Row]:
    """Rows from Row objects or mappings shaped as a JSON Lines row (numbered from 1), checked."""
    rows: list[Row] = []
    problems: list[tuple[int, Problem]] = []
    for number, job in enumerate(jobs, 1):
        if isinstance(job, Row):
            rows.append(job)
        else:
            _add_row(number, job, rows, problems)
    return checked(rows, problems, ROW_ITSELF)


def _jsonl(text: str) -> tuple[list[Row], list[tuple[int, Problem]]]:
    rows: list[Row] = []
    problems: list[tuple[int, Problem]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            job = json.loads(line)
        except ValueError as error:
            problems.append(_problem(number, "line", "json", f"is not JSON ({error})"))
            continue
        _add_row(number, job, rows, problems)
    return rows, problems


def _add_row(
    number: int, job: object, rows: list[Row], problems: list[tuple[int, Problem]]
) -> None:
    """The row a JSON Lines object stands for, or its problems."""
    if not isinstance(job, Mapping):
        problems.append(_problem(number, "line", "object", '{"model": ..., "input": {...}}'))
        return
    found = [_problem(number, key, "unknown", "is not a row key") for key in set(job) - ROW_KEYS]
    model, values, name = job.get("model"), job.get("input"), job.get("name")
    if not isinstance(model, str):
        found.append(_problem(number, "model", "required", "must be a model id"))
    if not isinstance(values, Mapping):
        found.append(_problem(number, "input", "object", "must be an object of input fields"))
    if name is not None and not isinstance(name, str):
        found.append(_problem(number, "name", "string", "must be text"))
    problems += found
    if not found:
        rows.append(Row(number, str(model), dict(values or {}), name))


def _csv(text: str) -> tuple[list[Row], list[tuple[int, Problem]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if "model" not in (reader.fieldnames or ()):
        return [], [_problem(1, "model", "required", "the header must name a `model` column")]
    rows: list[Row] = []
    problems: list[tuple[int, Problem]] = []
    for number, record in enumerate(reader, 2):  # the header is row 1
        if None in record:  # cells past the header's columns
            problems.append(_problem(number, "row", "columns", "has more cells than the header"))
            continue
        model, name = record.pop("model") or "", record.pop("name", None) or None
        try:
            spec = spec_of(model)
        except NotFoundError as error:
            problems.append(_problem(number, "model", "unknown", str(error)))
            continue
        values = {key: _cell(spec, key, cell) for key, cell in record.items() if cell}
        rows.append(Row(number, model, values, name))
    return rows, problems


def _cell(spec: ModelSpec, column: str, text: str) -> Any:
    """A CSV cell as its field's value: text as written for a text field, else JSON (or the text
    itself, which the checks then refuse in their own words)."""
    field = next((f for f in spec.fields if f.name == column), None)
    if field is None or _is_text(field):
        return text
    try:
        return json.loads(text)
    except ValueError:
        return text


def _is_text(field: FieldSpec) -> bool:
    if field.type == "enum":
        return all(isinstance(option.value, str) for option in field.options)
    return field.type in ("string", "url")


def checked(rows: list[Row], problems: list[tuple[int, Problem]], source: str) -> list[Row]:
    """`rows` if they and `problems` are all fine; else BadRows with every problem at once."""
    found = list(problems) + _name_problems(rows)
    for row in rows:
        found += _input_problems(row)
    if found:
        raise BadRows(source, found)
    return rows


def _input_problems(row: Row) -> list[tuple[int, Problem]]:
    """The client's own checks of one row (those of `client.create_task`)."""
    try:
        check_request(spec_of(row.model), row.input)
    except NotFoundError as error:
        return [_problem(row.number, "model", "unknown", str(error))]
    except ValidationError as error:
        return [(row.number, problem) for problem in error.problems]
    return []


def _name_problems(rows: list[Row]) -> list[tuple[int, Problem]]:
    """A name must be a plain file name, and each a different one: results are saved under it."""
    found = []
    first: dict[str, int] = {}
    for row in rows:
        if row.name is None:
            continue
        if PurePath(row.name).name != row.name or row.name in (".", ".."):
            found.append(_problem(row.number, "name", "file_name", "must be a plain file name"))
        elif row.name in first:
            other = first[row.name]
            found.append(_problem(row.number, "name", "unique", f"is row {other}'s name too"))
        first.setdefault(row.name, row.number)
    return found


def digest(rows: Iterable[Row]) -> str:
    """What the rows ask for, as a hash: a journal belongs to one set of rows."""
    content = [[row.number, row.model, row.input, row.name] for row in rows]
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def jobs_of(jobs: str | os.PathLike[str] | Iterable[Row | Mapping[str, Any]]) -> list[Row]:
    """Rows from a jobs file's path, or from rows given in Python; checked."""
    if isinstance(jobs, str | os.PathLike):
        return read_jobs(Path(jobs))
    return rows_of(jobs)
