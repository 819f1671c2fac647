"""`kie`: Kie.ai's models from the command line, for people and scripts.

Exit codes: 0 success, 1 local error (a file or folder), 2 usage or validation, 3 task failed,
4 API error, 5 timeout, 130 interrupted, 141 stdout closed (its reader is gone).
Results go to stdout; progress and messages to stderr; with --json, stdout is JSON only.
A task's id goes to stderr as soon as it exists, and any failure after that says how to resume.
With --json, a failure after the command line is read is also one JSON object on stdout,
{"error": {...}}: its Kie code, kind, message, task id, exit code and how to resume.
The API key: --api-key, else $KIE_API_KEY, else the one `kie auth login` saved.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import math
import os
import shlex
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from kie_client import __version__
from kie_client._describe import describe_rules
from kie_client._plans import check_request, request_body
from kie_client._spec import ModelSpec
from kie_client.client import AsyncKieClient, KieClient
from kie_client.errors import (
    KEY_PAGE,
    KEY_SOURCES,
    AuthenticationError,
    KieError,
    NotFoundError,
    TaskFailed,
    ValidationError,
    WaitTimeout,
)
from kie_client.registry import MODELS, spec_of

from ._auth import checked_key, forget_key, key_file, masked, read_key, save_key, saved_key
from ._batch import add_batch_options
from ._batch import run as run_batch
from ._batch import summary as batch_summary
from ._completion import SHELLS, options_of, script
from ._flags import add_model_flags, model_values, usage
from ._mcp import add_mcp_options, served_models
from ._parser import Parser
from ._progress import Progress

OK, LOCAL_ERROR, USAGE, TASK_FAILED, API_ERROR, TIMEOUT = 0, 1, 2, 3, 4, 5
INTERRUPTED, STDOUT_CLOSED = 130, 141  # as a shell reports death by SIGINT, SIGPIPE
EPILOG = (
    "exit codes: 0 success, 1 local error, 2 usage or validation, 3 task failed, 4 API error, "
    "5 timeout, 130 interrupted, 141 stdout closed"
)
SAVED = "kie-saved"  # the KEY_SOURCES name of the key `kie auth login` saved
NO_KEY = (
    "no API key: pass --api-key KEY or export KIE_API_KEY=..., or save one with `kie auth login`"
)


AnyClient = TypeVar("AnyClient", KieClient, AsyncKieClient)


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


def _key(args: argparse.Namespace) -> tuple[str | None, str]:
    """The API key the command uses (None when there is none) and its KEY_SOURCES name:
    --api-key, else $KIE_API_KEY, else the key `kie auth login` saved."""
    if args.api_key is not None:
        return args.api_key, "--api-key"
    if os.environ.get("KIE_API_KEY", "").strip():
        return os.environ["KIE_API_KEY"], "$KIE_API_KEY"
    return saved_key(), SAVED


def _connect(
    key: str,
    source: str,
    base_url: str | None,
    upload_base_url: str | None,
    kind: type[AnyClient],
) -> AnyClient:
    """A client (of `kind`) with `key`, which came from `source` (a KEY_SOURCES name, for a
    refusal to name); a key or host the client refuses is a usage mistake (nothing was sent)."""
    try:
        client = kind(key, base_url=base_url, upload_base_url=upload_base_url)
    except (AuthenticationError, ValueError) as error:
        raise UsageError(str(error)) from None
    client._settings = dataclasses.replace(client._settings, key_source=source)
    return client


@contextlib.contextmanager
def _client(args: argparse.Namespace) -> Iterator[KieClient]:
    """A client for the command's options, closed after; a missing key is told in shell words,
    and a refusal of the saved key names its file."""
    key, source = _key(args)
    if key is None or not key.strip():
        raise UsageError(NO_KEY)
    with _connect(key, source, args.base_url, args.upload_base_url, KieClient) as client:
        try:
            yield client
        except AuthenticationError as error:
            if source == SAVED:
                error.add_note(f"the saved key is in {key_file()}")
            raise


class _ResumeNote(str):
    """The note `resume with: kie wait ...` of a failure once its task exists (and may be
    charged); it also keeps the task's id and that command, for --json."""

    task_id: str
    command: str

    def __new__(cls, task_id: str, command: str) -> _ResumeNote:
        note = super().__new__(cls, f"resume with: {command}")
        note.task_id, note.command = task_id, command
        return note


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
        error.add_note(_ResumeNote(task_id, _resume_command(args, task_id)))
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


def _spec(model: str) -> ModelSpec:
    try:
        return spec_of(model)
    except NotFoundError as error:
        raise UsageError(f"{error}; `kie models` lists them") from None


def _model_parser(spec: ModelSpec) -> Parser:
    """`kie run MODEL`'s parser: the model's inputs, its rules (as text), the task's options and
    the connection's."""
    parser = Parser(
        prog=f"kie run {spec.id}",
        description=f"{spec.title}: {spec.kind}, {spec.output} output. Every limit and rule "
        "below is checked before anything is sent.",
        formatter_class=argparse.RawTextHelpFormatter,
        epilog=EPILOG,
        add_help=False,  # -h goes with the task options: one section per kind of option
    )
    inputs = parser.add_argument_group("inputs of " + spec.id)
    rules = describe_rules(spec)
    if rules:  # a section of text only
        parser.add_argument_group("rules", "\n".join(f"- {rule}" for rule in rules))
    options = parser.add_argument_group("task options")
    options.add_argument("-h", "--help", action="help", help="show this help and exit")
    options.add_argument(
        "--callback-url", metavar="URL", help="Kie POSTs the finished task's record here"
    )
    options.add_argument("--wait", action="store_true", help="wait until the task is final")
    options.add_argument(
        "--out",
        type=_out_folder,
        metavar="FOLDER",
        help="download the results here (implies --wait)",
    )
    options.add_argument(
        "--deadline",
        type=_seconds,
        metavar="SECONDS",
        help="seconds to wait at most (default 900)",
    )
    options.add_argument(
        "--dry-run",
        action="store_true",
        help="print the JSON body that would be sent, send nothing",
    )
    _add_connection_options(parser)
    spellings = add_model_flags(inputs, spec)  # after kie's own options, which keep their spelling
    parser.usage = usage(spec, spellings)
    return parser


def _run(args: argparse.Namespace) -> int:
    spec = _spec(args.model)
    parser = _model_parser(spec)
    model_args = parser.parse_args(args.flags, namespace=argparse.Namespace(**vars(args)))
    args.json = model_args.json  # read after the model: how a failure is told depends on it
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


def _batch(args: argparse.Namespace) -> int:
    from kie_client.batch import CannotResume  # with sqlite3: only when a batch runs

    with _client(args) as client:
        try:
            result = run_batch(args, client)
        except CannotResume as error:
            raise UsageError(str(error)) from None
    batch_summary(result, args.json)
    return OK if result.succeeded else TASK_FAILED


def _credits(args: argparse.Namespace) -> int:
    with _client(args) as client:
        remaining = client.credits()
    if args.json:
        _print_json({"credits": remaining})
    else:
        print(remaining)
    return OK


def _auth_login(args: argparse.Namespace) -> int:
    try:
        key = checked_key(read_key(sys.stdin))
    except ValueError as error:  # nothing was sent nor saved
        raise UsageError(str(error)) from None
    if args.verify:
        print(f"Kie takes the key: {_verify(key, args.base_url)} credits left", file=sys.stderr)
    print(f"saved the key ({masked(key)}) in {save_key(key)}", file=sys.stderr)
    if os.environ.get("KIE_API_KEY", "").strip():
        print("note: KIE_API_KEY is set, and commands use it before the saved key", file=sys.stderr)
    return OK


def _verify(key: str, base_url: str | None) -> int:
    """The credits left on `key`, which asking Kie proves it takes; a key it refuses is not saved."""
    try:
        with _connect(key, SAVED, base_url, None, KieClient) as client:
            return client.credits()
    except AuthenticationError:
        raise AuthenticationError(
            f"401 Unauthorized: Kie refused the key, so it was not saved: copy it again from "
            f"{KEY_PAGE}",
            code=401,
        ) from None
    except KieError as error:
        error.add_note("nothing was saved; `kie auth login --no-verify` saves a key unchecked")
        raise


def _auth_logout(args: argparse.Namespace) -> int:
    removed = forget_key()
    done = f"removed the saved key ({removed})" if removed else f"no key is saved ({key_file()})"
    print(done, file=sys.stderr)
    return OK


def _auth_status(args: argparse.Namespace) -> int:
    """Which key a command given these options uses (never the key: its last characters at most),
    and the file of the saved one."""
    key, source = _key(args)
    used = (key or "").strip()
    path = key_file()
    if args.json:
        _print_json(
            {
                "source": source if used else None,
                "key": masked(used) if used else None,
                "file": str(path),
                "saved": path.is_file(),
            }
        )
        return OK
    print(f"key   {KEY_SOURCES[source][0]} ({masked(used)})" if used else f"key   {NO_KEY}")
    print(f"file  {path} ({'saved' if path.is_file() else 'none saved'})")
    return OK


def _shell_completion(args: argparse.Namespace) -> int:
    if args.complete_run is not None:  # the scripts ask this for `kie run MODEL -<Tab>`
        for option in options_of(_model_parser(_spec(args.complete_run))):
            print(option)
    elif args.shell is None:
        raise UsageError("name a shell: kie completion bash, zsh or fish")
    else:
        print(script(args.shell, _parser()), end="")
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


def _mcp(args: argparse.Namespace) -> int:
    try:
        from kie_client.mcp_server import serve
    except ModuleNotFoundError as error:
        if (error.name or "").partition(".")[0] != "mcp":  # not the extra missing: a real bug
            raise
        raise UsageError("kie mcp needs the MCP SDK: pip install 'kie-client[mcp]'") from None
    key, source = _key(args)  # as every command finds it, checked before serving
    if key is None or not key.strip():
        raise UsageError(NO_KEY)
    client = _connect(key, source, args.base_url, args.upload_base_url, AsyncKieClient)
    serve(client, served_models(args.models, args.kinds))
    return OK


def _add_connection_options(parser: argparse.ArgumentParser) -> None:
    """Options every command that talks to Kie takes, before or after its other arguments."""
    options = parser.add_argument_group("connection options")
    options.add_argument("--api-key", help="the API key (default: $KIE_API_KEY)")
    options.add_argument("--base-url", help="the API host (default: $KIE_BASE_URL)")
    options.add_argument("--upload-base-url", help="the upload host ($KIE_UPLOAD_BASE_URL)")
    options.add_argument("--json", action="store_true", help="print JSON only")


def _connection_options() -> Parser:
    """The connection options, as a parent of the commands' parsers."""
    parent = Parser(add_help=False)
    _add_connection_options(parent)
    return parent


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="kie", description="Kie.ai's models from the command line.", epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"kie {__version__}")
    connection = _connection_options()
    waiting = Parser(add_help=False)
    waiting.add_argument("--out", type=_out_folder, help="download the results here")
    waiting.add_argument("--deadline", type=_seconds, help="seconds to wait at most (default 900)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(
        name: str,
        handler: Callable[[argparse.Namespace], int],
        text: str,
        *parents: Parser,
        add_help: bool = True,
        passes_on: bool = False,
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name,
            help=text,
            description=text,
            parents=list(parents),
            epilog=EPILOG,
            add_help=add_help,
            passes_on=passes_on,  # the subcommands are Parsers too
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
    batch = command("batch", _batch, "run many tasks from a jobs file, resumably", connection)
    add_batch_options(batch, _out_folder, _seconds)
    # Its --help is the simulator's own, which lists its options.
    command("mock", _mock, "serve a local simulator of the Kie API", add_help=False, passes_on=True)
    add_mcp_options(
        command("mcp", _mcp, "serve the models as tools to MCP clients, over stdio", connection)
    )
    completion = command(
        "completion", _shell_completion, 'print a completion script: eval "$(kie completion bash)"'
    )
    completion.add_argument("shell", nargs="?", choices=SHELLS)
    completion.add_argument("--complete-run", metavar="MODEL", help=argparse.SUPPRESS)
    about_auth = "save the API key commands use when given none, or show or remove it"
    auth = commands.add_parser("auth", help=about_auth, description=about_auth, epilog=EPILOG)
    _add_auth_actions(auth)
    return parser


def _add_auth_actions(auth: argparse.ArgumentParser) -> None:
    """`kie auth login|logout|status`."""
    actions = auth.add_subparsers(dest="action", required=True, metavar="ACTION")
    login = Parser(add_help=False)
    login.add_argument("--base-url", help="the API host that checks the key ($KIE_BASE_URL)")
    login.add_argument(
        "--no-verify", dest="verify", action="store_false", help="save it without asking Kie"
    )
    for name, handler, text, parents in (
        ("login", _auth_login, "save an API key, typed (not shown) or piped in", [login]),
        ("logout", _auth_logout, "remove the saved API key", []),
        ("status", _auth_status, "show which API key commands use", [_connection_options()]),
    ):
        sub = actions.add_parser(name, help=text, description=text, epilog=EPILOG, parents=parents)
        sub.set_defaults(handler=handler)


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


# A failure's exit code and --json kind, by the first of these classes it is an instance of.
_FAILURES: tuple[tuple[type[BaseException], int, str], ...] = (
    (UsageError, USAGE, "usage"),
    (ValidationError, USAGE, "validation"),
    (TaskFailed, TASK_FAILED, "task_failed"),
    (WaitTimeout, TIMEOUT, "timeout"),
    (KieError, API_ERROR, "api_error"),
    (OSError, LOCAL_ERROR, "local_error"),
    (KeyboardInterrupt, INTERRUPTED, "interrupted"),
)
_TOLD = tuple(cls for cls, _, _ in _FAILURES)


def _message(error: BaseException) -> str:
    if isinstance(error, WaitTimeout):  # its own words name the Python call that resumes
        return f"task {error.task_id} was still {error.state} after {error.seconds:g} s"
    return "interrupted" if isinstance(error, KeyboardInterrupt) else str(error)


def _report(error: BaseException) -> dict[str, Any]:
    """A failure as a dict: Kie's code, its kind, the message (with the error's notes, e.g. how
    to resume), the task (any that exists: it may be charged) and the exit code; the HTTP status
    and request id of an answer, the problems of a validation, and the command that picks up a
    task that goes on."""
    exit_code, kind = next((code, kind) for cls, code, kind in _FAILURES if isinstance(error, cls))
    notes = getattr(error, "__notes__", [])
    resume = next((note for note in notes if isinstance(note, _ResumeNote)), None)
    task_id = error.task_id if isinstance(error, KieError) else None
    report: dict[str, Any] = {
        "code": error.code if isinstance(error, KieError) else None,
        "kind": kind,
        "message": "; ".join([_message(error), *notes]),
        "taskId": task_id or (resume.task_id if resume else None),
        "exitCode": exit_code,
    }
    if isinstance(error, KieError) and error.http_status is not None:  # for a bug report
        report |= {"httpStatus": error.http_status, "requestId": error.request_id}
    if isinstance(error, ValidationError):
        report["problems"] = [
            {"field": p.field, "rule": p.rule, "message": p.message} for p in error.problems
        ]
    if resume:
        report["resume"] = resume.command
    return report


def _say(error: BaseException, as_json: bool) -> int:
    """Tell a failure: one line on stderr, and with --json {"error": ...} on stdout too; returns
    its exit code."""
    report = _report(error)
    print(f"kie: {report['message']}", file=sys.stderr)
    if as_json:
        _print_json({"error": report})
    return int(report["exitCode"])


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
        code = _outcome(args)
        if sys.stdout is not None:  # None when started with stdout closed
            sys.stdout.flush()  # a broken pipe shows here, not as Python exits
        return code
    except BrokenPipeError:
        return _stdout_closed()


def _outcome(args: argparse.Namespace) -> int:
    """The command's exit code; a failure is told by `_say`."""
    try:
        code: int = args.handler(args)
    except BrokenPipeError:
        raise  # stdout's reader is gone: `main` says so
    except _TOLD as error:
        return _say(error, bool(getattr(args, "json", False)))
    return code


def run_from_shell() -> None:
    sys.exit(main())


__all__ = ["main", "run_from_shell"]
