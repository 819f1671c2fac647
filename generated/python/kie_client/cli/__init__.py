"""`kie`: Kie.ai's models from the command line, for people and scripts.

Exit codes: 0 success, 1 local error (a file or folder), 2 usage or validation, 3 task failed,
4 API error, 5 timeout, 130 interrupted, 141 stdout closed (its reader is gone).
Results go to stdout; progress and messages to stderr; with --json, stdout is JSON only.
A task's id goes to stderr as soon as it exists, and any failure after that says how to resume.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import shlex
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kie_client import __version__
from kie_client._plans import check_request, request_body
from kie_client.client import KieClient
from kie_client.errors import (
    AuthenticationError,
    KieError,
    NotFoundError,
    TaskFailed,
    ValidationError,
    WaitTimeout,
)
from kie_client.registry import MODELS, spec_of

from ._flags import add_model_flags, model_values
from ._progress import Progress

OK, LOCAL_ERROR, USAGE, TASK_FAILED, API_ERROR, TIMEOUT = 0, 1, 2, 3, 4, 5
INTERRUPTED, STDOUT_CLOSED = 130, 141  # as a shell reports death by SIGINT, SIGPIPE
EPILOG = (
    "exit codes: 0 success, 1 local error, 2 usage or validation, 3 task failed, 4 API error, "
    "5 timeout, 130 interrupted, 141 stdout closed"
)


class UsageError(Exception):
    """A mistake in the command line itself (exit 2)."""


def _print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False))


def _seconds(text: str) -> float:
    """A --deadline: a finite number of seconds above 0."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not 0 < seconds < math.inf:  # also refuses nan
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a finite number of seconds above 0, e.g. 600"
        )
    return seconds


def _out_folder(text: str) -> Path:
    """An --out folder that can take the results now (made when they come), so that a task is not
    paid for and waited on only to find that its results cannot be saved."""
    folder = Path(text)
    try:
        existing = next(path for path in (folder, *folder.parents) if path.exists())
    except OSError as error:
        raise argparse.ArgumentTypeError(f"cannot look at {folder}: {error.strerror}") from None
    if not existing.is_dir():
        what = f"{folder} is" if existing == folder else f"{folder} is inside {existing}, which is"
        raise argparse.ArgumentTypeError(
            f"{what} a file, not a folder: give a folder to save the results in (made if missing)"
        )
    try:
        tempfile.TemporaryFile(dir=existing).close()  # leaves no name behind
    except OSError as error:
        raise argparse.ArgumentTypeError(
            f"cannot write in {existing} ({error.strerror}): give a folder you can write to"
        ) from None
    return folder


def _resume_command(args: argparse.Namespace, task_id: str) -> str:
    """The `kie wait` command that picks the task up again with this command's options (the key
    is not shown: it comes from $KIE_API_KEY or is given again)."""
    words = ["kie", "wait", task_id]
    options = {"--base-url": args.base_url, "--out": args.out, "--deadline": args.deadline}
    for option, value in options.items():
        if value is not None:
            words += [option, str(value)]
    return shlex.join(words + (["--json"] if args.json else []))


def _client(args: argparse.Namespace) -> KieClient:
    """A client for the command's options; a missing or refused key is told in shell words."""
    given = args.api_key
    if not (given if given is not None else os.environ.get("KIE_API_KEY", "")).strip():
        raise UsageError("no API key: pass --api-key KEY or export KIE_API_KEY=...")
    try:
        client = KieClient(given, base_url=args.base_url, upload_base_url=args.upload_base_url)
    except (AuthenticationError, ValueError) as error:  # nothing was sent: a usage mistake
        raise UsageError(str(error)) from None
    source = "--api-key" if given is not None else "$KIE_API_KEY"
    client._settings = dataclasses.replace(client._settings, key_source=source)
    return client


def _finish(args: argparse.Namespace, client: KieClient, task_id: str) -> int:
    """Wait for a task (showing progress unless --json), then report or download its results."""
    live = sys.stderr.isatty() and not args.json
    try:
        with Progress(sys.stderr, task_id, live=live) as progress:
            on_progress = None if args.json else progress
            record = client.tasks.wait(
                task_id, deadline_seconds=args.deadline, on_progress=on_progress
            )
        files = client.download(record, args.out) if args.out else []
    except TaskFailed:
        raise  # final: there is nothing to resume
    except (KeyboardInterrupt, KieError, OSError) as error:  # the task goes on without us
        error.add_note(f"resume with: {_resume_command(args, task_id)}")
        raise
    if args.json:
        _print_json({**record.raw, "files": [str(path) for path in files]})
    elif files or record.result_urls:
        for line in files or record.result_urls:
            print(line)
    elif record.result and "resultObject" in record.result:  # a text model answers in the record
        _print_json(record.result["resultObject"])
    return OK


def _models(args: argparse.Namespace) -> int:
    rows = [
        {"id": model, "kind": e.kind, "output": e.output, "title": e.title, "inputs": e.inputs}
        for model, e in sorted(MODELS.items())
    ]
    if args.json:
        _print_json(rows)
        return OK
    width = max(len("id"), *(len(row["id"]) for row in rows))
    kind_width = max(len("kind"), *(len(row["kind"]) for row in rows))
    print(f"{'id':<{width}}  {'kind':<{kind_width}}  inputs")
    for row in rows:
        print(f"{row['id']:<{width}}  {row['kind']:<{kind_width}}  {', '.join(row['inputs'])}")
    return OK


def _run(args: argparse.Namespace) -> int:
    try:
        spec = spec_of(args.model)
    except NotFoundError as error:
        raise UsageError(f"{error}; `kie models` lists them") from None
    parser = argparse.ArgumentParser(
        prog=f"kie run {spec.id}",
        description=f"{spec.title}: {spec.kind}, {spec.output} output. Every limit and rule "
        "below is checked before anything is sent.",
        formatter_class=argparse.RawTextHelpFormatter,
        epilog=EPILOG,
        parents=[_connection_options()],
    )
    inputs = parser.add_argument_group("inputs of " + spec.id)
    options = parser.add_argument_group("options")
    options.add_argument("--callback-url", help="Kie POSTs the finished task's record here")
    options.add_argument("--wait", action="store_true", help="wait until the task is final")
    options.add_argument(
        "--out", type=_out_folder, help="download the results here (implies --wait)"
    )
    options.add_argument("--deadline", type=_seconds, help="seconds to wait at most (default 900)")
    options.add_argument(
        "--dry-run",
        action="store_true",
        help="print the JSON body that would be sent, send nothing",
    )
    add_model_flags(inputs, spec)  # after kie's own options, which keep their spelling
    model_args = parser.parse_args(args.flags, namespace=argparse.Namespace(**vars(args)))
    try:
        values = model_values(spec, model_args)
    except ValueError as error:
        parser.error(str(error))
    files = check_request(spec, values, model_args.callback_url)
    if model_args.dry_run:
        for file in files:
            print(f"{file.path} would be uploaded first; its URL sent instead", file=sys.stderr)
        shown = {name: str(v) if isinstance(v, Path) else v for name, v in values.items()}
        _print_json(request_body(spec, shown, model_args.callback_url))
        return OK
    with _client(model_args) as client:
        try:
            task = client.create_task(spec.id, values, callback_url=model_args.callback_url)
        except KeyboardInterrupt as interrupt:
            interrupt.add_note(
                "a task may have been created and charged; "
                "check your Kie task list before running again"
            )
            raise
        print(f"created task {task.id}", file=sys.stderr)  # first: nothing after may lose it
        if model_args.wait or model_args.out:
            return _finish(model_args, client, task.id)
    if model_args.json:
        _print_json({"taskId": task.id, "model": spec.id})
    else:
        print(task.id)
        print(f"follow it with: {_resume_command(model_args, task.id)}", file=sys.stderr)
    return OK


def _status(args: argparse.Namespace) -> int:
    with _client(args) as client:
        record = client.tasks.get(args.task)
    if args.json:
        _print_json(record.raw)
        return OK
    print(f"task   {record.task_id}\nmodel  {record.model}\nstate  {record.state}")
    for url in record.result_urls:
        print(f"result {url}")
    if record.fail_code or record.fail_message:
        print(f"failed {record.fail_code}: {record.fail_message}")
    return OK


def _wait(args: argparse.Namespace) -> int:
    with _client(args) as client:
        return _finish(args, client, args.task)


def _download(args: argparse.Namespace) -> int:
    with _client(args) as client:
        files = client.download(args.task, args.out)
    if args.json:
        _print_json([str(path) for path in files])
    else:
        for path in files:
            print(path)
    return OK


def _upload(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise UsageError(f"{args.file} is not a file")
    with _client(args) as client:
        uploaded = client.upload_file(args.file, upload_path=args.upload_path)
    if args.json:
        _print_json(dataclasses.asdict(uploaded))
    else:
        print(uploaded.download_url)
    return OK


def _credits(args: argparse.Namespace) -> int:
    with _client(args) as client:
        remaining = client.credits()
    if args.json:
        _print_json({"credits": remaining})
    else:
        print(remaining)
    return OK


def _mock(args: argparse.Namespace) -> int:
    try:
        from kie_client.testing.__main__ import main as serve
    except ImportError:
        raise UsageError(
            "kie mock needs the simulator: pip install 'kie-client[testing]'"
        ) from None
    try:
        return serve(args.flags, prog="kie mock")
    except OverflowError as error:  # its --port takes any integer; binding refuses past 65535
        raise UsageError(f"mock: {error} Give --port from 0 (any free port) to 65535.") from None


def _connection_options() -> argparse.ArgumentParser:
    """Options every command that talks to Kie takes, before or after its other arguments."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--api-key", help="the API key (default: $KIE_API_KEY)")
    options.add_argument("--base-url", help="the API host (default: $KIE_BASE_URL)")
    options.add_argument("--upload-base-url", help="the upload host ($KIE_UPLOAD_BASE_URL)")
    options.add_argument("--json", action="store_true", help="print JSON only")
    return options


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kie", description="Kie.ai's models from the command line.", epilog=EPILOG
    )
    parser.add_argument("--version", action="version", version=f"kie {__version__}")
    connection = _connection_options()
    waiting = argparse.ArgumentParser(add_help=False)
    waiting.add_argument("--out", type=_out_folder, help="download the results here")
    waiting.add_argument("--deadline", type=_seconds, help="seconds to wait at most (default 900)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str,
        handler: Callable[[argparse.Namespace], int],
        text: str,
        *parents: argparse.ArgumentParser,
        add_help: bool = True,
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=text,
            description=text,
            parents=list(parents),
            epilog=EPILOG,
            add_help=add_help,
        )
        sub.set_defaults(handler=handler)
        return sub

    command("models", _models, "list the models: id, kind, inputs", connection)
    run = command("run", _run, "create a task; `kie run MODEL --help` shows its inputs", connection)
    run.add_argument("model", help="a model id, as `kie models` lists them")
    run.add_argument("flags", nargs=argparse.REMAINDER, help="the model's inputs and options")
    command("status", _status, "show a task's record", connection).add_argument("task")
    command("wait", _wait, "wait for a task to finish", connection, waiting).add_argument("task")
    download = command("download", _download, "download a finished task's results", connection)
    download.add_argument("task")
    download.add_argument("--out", type=_out_folder, required=True, help="the folder to save into")
    upload = command("upload", _upload, "upload a file; prints its URL", connection)
    upload.add_argument("file", type=Path)
    upload.add_argument("--upload-path", help="the folder at Kie (default: kie-client)")
    command("credits", _credits, "show the remaining credits", connection)
    # Its --help is the simulator's own, which lists its options.
    command("mock", _mock, "serve a local simulator of the Kie API", add_help=False)
    return parser


def _not_utf8(argv: Sequence[str]) -> str | None:
    """What is wrong with the first argument that is not UTF-8 text (bytes the shell passed that do
    not decode), which could be neither sent as JSON nor shown."""
    for number, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return (
                f"argument {number} ({arg!r}) is not valid UTF-8: give text and file names in UTF-8"
            )
    return None


def _say(error: BaseException, message: str, code: int) -> int:
    """The message and the error's notes (e.g. how to resume) as one line on stderr."""
    print("; ".join([f"kie: {message}", *getattr(error, "__notes__", ())]), file=sys.stderr)
    return code


def _stdout_closed() -> int:
    # Python flushes stdout again on exit: /dev/null takes what is left, so that cannot fail too.
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    print("kie: stdout was closed before all was written (broken pipe)", file=sys.stderr)
    return STDOUT_CLOSED


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    problem = _not_utf8(argv)
    if problem is not None:
        print(f"kie: {problem}", file=sys.stderr)
        return USAGE
    parser = _parser()
    args, passed_on = parser.parse_known_args(argv)
    if args.command == "mock":  # its options belong to the simulator's own parser
        args.flags = passed_on
    elif passed_on:
        parser.error(f"unrecognized arguments: {' '.join(passed_on)}")
    try:
        code: int = args.handler(args)
        if sys.stdout is not None:  # None when started with stdout closed
            sys.stdout.flush()  # a broken pipe shows here, not as Python exits
        return code
    except BrokenPipeError:
        return _stdout_closed()
    except (UsageError, ValidationError) as error:
        return _say(error, str(error), USAGE)
    except TaskFailed as error:
        return _say(error, str(error), TASK_FAILED)
    except WaitTimeout as error:
        waited = f"task {error.task_id} was still {error.state} after {error.seconds:g} s"
        return _say(error, waited, TIMEOUT)
    except KieError as error:
        return _say(error, str(error), API_ERROR)
    except OSError as error:
        return _say(error, str(error), LOCAL_ERROR)
    except KeyboardInterrupt as interrupt:
        return _say(interrupt, "interrupted", INTERRUPTED)


def run_from_shell() -> None:
    sys.exit(main())


__all__ = ["main", "run_from_shell"]
