"""`python -m generator generate|check`: the command line of the generator."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .pipeline import check, generate
from .problems import SpecError

ROOT = Path(__file__).resolve().parent.parent


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument(
        "--specs", type=Path, default=ROOT / "specs", help="folder of api.yaml and models/"
    )
    parser.add_argument(
        "--out", type=Path, default=ROOT / "generated", help="folder of the generated package"
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=ROOT / ".cache" / "black",
        help="black's output cache; --no-cache to format everything",
    )
    parser.add_argument("--no-cache", dest="cache", action="store_const", const=None)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("generate", help="write generated/ from the specs")
    commands.add_parser("check", help="fail if generated/ is not exactly what the specs produce")
    importer = commands.add_parser("import", help="write a draft spec from a model's doc page")
    importer.add_argument(
        "page", type=Path, help="the page, as text (e.g. from ../shared/kie-docs)"
    )
    importer.add_argument("--force", action="store_true", help="overwrite an existing spec")
    return parser


def _import(args: argparse.Namespace) -> int:
    from .draft import checked_spec, notes_to_review, write_draft  # only this command needs them
    from .importer import read_page

    draft = read_page(args.page)
    text = checked_spec(draft, args.page)
    try:
        path = write_draft(text, draft, args.specs, args.force)
    except FileExistsError as exists:
        print(f"{exists.args[0]} exists; pass --force to overwrite it", file=sys.stderr)
        return 2
    print(f"wrote {path}")
    points = notes_to_review(draft)
    print(f"{len(points)} point(s) to decide:")
    for point in points:
        print(f"  - {point}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "import":
            return _import(args)
        if args.command == "generate":
            changes = generate(args.specs, args.out, args.cache)
            for path in changes.written:
                print(f"wrote   {args.out.name}/{path}")
            for path in changes.removed:
                print(f"removed {args.out.name}/{path}")
            print(
                f"{len(changes.written)} written, {len(changes.removed)} removed, {changes.unchanged} unchanged"
            )
            return 0
        drift = check(args.specs, args.out, args.cache)
    except SpecError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        if args.command == "import":
            print("the page was not imported; nothing was written", file=sys.stderr)
        else:
            print(
                f"{len(error.problems)} problem(s) in the specs; {args.out.name}/ was not touched",
                file=sys.stderr,
            )
        return 2

    for label, paths in (
        ("differs", drift.changed),
        ("missing", drift.missing),
        ("extra  ", drift.extra),
    ):
        for path in paths:
            print(f"{label} {args.out.name}/{path}", file=sys.stderr)
    if drift:
        print(
            f"{args.out.name}/ is not what the specs produce; run `make generate`", file=sys.stderr
        )
        return 1
    print(f"{args.out.name}/ is exactly what the specs produce")
    return 0
