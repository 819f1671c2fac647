"""Our specs against the docs' own schema: for every OpenAPI page whose model has a committed spec
and generated fixtures, every valid fixture must pass the page's input schema, and every invalid
fixture the page accepts must be one our spec refuses on purpose (a rule, or a decided note)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker, ValidationError

from conftest import GENERATED, ROOT, SPECS, spec_data
from generator.naming import model_names
from generator.pages import read_page
from generator.pages.openapi_doc import page_json_schema

MARKET = ROOT.parent / "shared" / "kie-docs" / "market"
if not MARKET.is_dir():
    pytest.skip("the docs' market pages are not checked out beside", allow_module_level=True)


@dataclass(frozen=True)
class Case:
    page: Path
    model: str
    spec: Path
    fixtures: Path


def _cases() -> list[Case]:
    """Pages whose model has a committed spec and generated fixtures."""
    found = []
    for page in sorted(MARKET.glob("*.openapi-md.md")):
        model = read_page(page).model_id
        spec = SPECS / "models" / f"{model}.yaml"
        fixtures = GENERATED / "kie_client" / "fixtures" / f"{model_names(model)['module']}.json"
        if spec.is_file() and fixtures.is_file():
            found.append(Case(page, model, spec, fixtures))
    return found


CASES = _cases()


@dataclass
class Totals:
    pages: set[Path] = field(default_factory=set)
    models: set[str] = field(default_factory=set)
    valid: int = 0
    valid_looser: int = 0
    page_refuses: int = 0
    only_ours: int = 0
    closed: int = 0
    url_type: int = 0
    artefacts: Counter[str] = field(default_factory=Counter)

    def lines(self) -> list[str]:
        removed = ", ".join(f"{n} {kind}" for kind, n in sorted(self.artefacts.items())) or "none"
        return [
            f"pages {len(self.pages)}, models {len(self.models)}",
            f"valid fixtures checked against the page: {self.valid}"
            f" (of which the page refuses {self.valid_looser}, each a decided note of ours)",
            f"invalid fixtures the page also refuses: {self.page_refuses}",
            f"invalid fixtures only we refuse, each explained: {self.only_ours}",
            f"unknown fields only we refuse (every spec closes its input): {self.closed}",
            f"non-URLs only we refuse (a url field takes an http(s) URL; the page says a string):"
            f" {self.url_type}",
            f"apidog artefacts removed from the pages' schemas: {removed}",
        ]


@pytest.fixture(scope="module")
def totals(request: pytest.FixtureRequest) -> Iterator[Totals]:
    """Collected over the module, then written to the terminal once it is done."""
    found = Totals()
    yield found
    plugins = request.config.pluginmanager
    reporter, capture = plugins.get_plugin("terminalreporter"), plugins.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_sep("-", "page contract")
            for line in found.lines():
                reporter.write_line(line)


def _decided(spec: dict[str, Any], field_name: str) -> bool:
    """Our spec has a note on the field saying what it decided against the page."""
    return any(n.get("field") == field_name and "decision" in n for n in spec.get("notes") or [])


def _explained(spec: dict[str, Any], fixture: dict[str, Any]) -> bool:
    """Our spec refuses what the page accepts on purpose: a rule of that kind naming the field,
    or a decided note on the field (on the input field it is part of, e.g. `speakers[0].id`)."""
    rules = [r[fixture["rule"]] for r in spec.get("rules") or [] if fixture["rule"] in r]
    top = fixture["field"].split("[")[0].split(".")[0]
    return any(fixture["field"] in json.dumps(r) for r in rules) or _decided(spec, top)


def _fields_of(errors: list[ValidationError]) -> list[str | None]:
    """The input fields the errors are about; for an input that fits none of the page's variants,
    those the closest variant refuses."""
    found: list[str | None] = []
    for error in errors:
        if error.absolute_path:
            found.append(str(error.absolute_path[0]))
        elif error.validator == "required":  # at the top: the fields the input lacks
            found += [str(n) for n in error.validator_value if n not in error.instance]
        elif error.validator == "additionalProperties":  # at the top: those it does not list
            found += sorted(set(error.instance) - set(error.schema.get("properties", {})))
        elif error.validator in ("oneOf", "anyOf") and error.context:
            by_variant: dict[Any, list[ValidationError]] = {}
            for sub in error.context:
                by_variant.setdefault(sub.relative_schema_path[0], []).append(sub)
            found += _fields_of(min(by_variant.values(), key=len))
        else:
            found.append(None)
    return found


def _looser_on_purpose(spec: dict[str, Any], errors: list[ValidationError]) -> bool:
    """The page refuses a valid fixture of ours only where our spec decided to be looser."""
    fields = _fields_of(errors)
    return bool(fields) and all(f is not None and _decided(spec, f) for f in fields)


def _uri(value: object) -> bool:
    """What `format: uri` asks: an absolute URI (a scheme, then something)."""
    scheme, colon, rest = str(value).partition(":")
    return not isinstance(value, str) or bool(scheme.isalpha() and colon and rest)


URI = FormatChecker(formats=())
URI.checks("uri")(_uri)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.model)
def test_fixtures_agree_with_the_page(case: Case, totals: Totals) -> None:
    schema, artefacts = page_json_schema(case.page)
    page = Draft202012Validator(schema, format_checker=URI)
    spec = spec_data(case.spec)
    fixtures = json.loads(case.fixtures.read_text("utf-8"))
    totals.pages.add(case.page)
    totals.models.add(case.model)
    totals.artefacts.update(a.kind for a in artefacts)

    refused = []
    for fixture in fixtures["valid"]:
        errors = list(page.iter_errors(fixture["input"]))
        if errors and _looser_on_purpose(spec, errors):
            totals.valid_looser += 1
        elif errors:
            refused.append(f"{fixture['name']}: {errors[0].message}")
    totals.valid += len(fixtures["valid"])
    assert not refused, f"{case.page.name} refuses valid fixtures of {case.model}: {refused}"

    unexplained = []
    for fixture in fixtures["invalid"]:
        if not page.is_valid(fixture["input"]):
            totals.page_refuses += 1
        elif fixture["rule"] == "unknown":
            totals.closed += 1
        elif fixture["rule"] == "url":
            totals.url_type += 1
        elif _explained(spec, fixture):
            totals.only_ours += 1
        else:
            unexplained.append(f"{fixture['name']} ({fixture['field']}, {fixture['rule']})")
    assert not unexplained, (
        f"{case.page.name} accepts what {case.spec.name} refuses, with no rule or decided note "
        f"saying why: {unexplained}"
    )
