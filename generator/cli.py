"""`python -m generator generate|check`: the command line of the generator."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from . import stamp
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
    importer = commands.add_parser("import", help="write draft specs from models' doc pages")
    importer.add_argument(
        "pages", type=Path, nargs="+", help="pages, or folders of pages (e.g. ../shared/kie-docs)"
    )
    importer.add_argument("--force", action="store_true", help="overwrite existing specs")
    importer.add_argument(
        "--verbose", action="store_true", help="list each spec's points to decide, and all problems"
    )
    drift = commands.add_parser("drift", help="what doc pages now say that the specs do not")
    drift.add_argument("pages", type=Path, nargs="+", help="pages, or folders of pages")
    drift.add_argument(
        "--update", action="store_true", help="rewrite drifted specs, keeping their decisions"
    )
    return parser


def _import(args: argparse.Namespace) -> int:
    """One summary line per page; the points to decide after them all, when asked for."""
    from .draft import FAILED, STATUSES, import_pages  # only this command needs them
    from .pages import pages_in

    pages = pages_in(args.pages)
    if not pages:
        print("no pages (.md, .txt) in " + " ".join(map(str, args.pages)), file=sys.stderr)
        return 2
    outcomes = import_pages(pages, args.specs, args.force)
    for outcome in outcomes:
        print(outcome.summary)
    counts = Counter(outcome.status for outcome in outcomes)
    print(f"{len(outcomes)} page(s): " + ", ".join(f"{counts[s]} {s}" for s in STATUSES))
    with_points = [o for o in outcomes if o.points]
    if with_points and args.verbose:
        for outcome in with_points:
            print(f"\n{outcome.page.name}:")
            print("\n".join(f"  - {point}" for point in outcome.points))
    elif with_points:
        print(
            "points to decide: the TODO notes of each spec; --verbose (make: VERBOSE=1) lists them"
        )
    return 2 if any(counts[status] for status in FAILED) else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "import":
            return _import(args)
        if args.command == "drift":
            from .pages.drift import drift as doc_drift  # only this command needs it

            return doc_drift(args.pages, args.specs, args.update)
        if args.command == "generate":
            # nothing changed since the last run: done before the heavy libraries are imported
            same = stamp.unchanged(args.specs, args.out, args.cache) if args.cache else None
            if same is not None:
                print(f"0 written, 0 removed, {same} unchanged")
                return 0
            from .pipeline import generate

            changes = generate(args.specs, args.out, args.cache)
            for path in changes.written:
                print(f"wrote   {args.out.name}/{path}")
            for path in changes.removed:
                print(f"removed {args.out.name}/{path}")
            print(
                f"{len(changes.written)} written, {len(changes.removed)} removed, {changes.unchanged} unchanged"
            )
            return 0
        from .pipeline import check  # a full comparison: never the stamp

        drift = check(args.specs, args.out, args.cache)
    except SpecError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
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
