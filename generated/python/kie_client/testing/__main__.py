"""`python -m kie_client.testing`: serve the simulator until Ctrl-C, for demos and manual tests."""

from __future__ import annotations

import argparse
import sys
import threading

from . import DEFAULT_API_KEY, KieSimulator, RateLimit, Timing


def _timing(text: str) -> Timing:
    try:
        waiting, queuing, generating = (float(part) for part in text.split(","))
        return Timing(waiting, queuing, generating)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not WAITING,QUEUING,GENERATING seconds, e.g. 1,1,3"
        ) from None


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="A local Kie API that checks requests against the model specs.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8080, help="port (0: any free port)")
    parser.add_argument("--api-key", default=DEFAULT_API_KEY, help="the Bearer key to accept")
    parser.add_argument("--credits", type=int, default=10_000, help="starting balance")
    parser.add_argument("--task-cost", type=int, default=10, help="credits per task")
    parser.add_argument(
        "--timing",
        type=_timing,
        default=Timing(1, 1, 3),
        help="seconds waiting,queuing,generating (default 1,1,3)",
    )
    parser.add_argument("--failure-rate", type=float, default=0.0, help="share of tasks that fail")
    parser.add_argument("--seed", type=int, help="seed for task ids and failures")
    parser.add_argument("--webhook-key", help="sign callbacks with this HMAC key")
    parser.add_argument("--no-rate-limit", action="store_true", help="admit any number of creates")
    return parser


def main(argv: list[str] | None = None, prog: str = "python -m kie_client.testing") -> int:
    parser = _parser(prog)
    args = parser.parse_args(argv)
    try:
        simulator = KieSimulator(
            api_key=args.api_key,
            credits=args.credits,
            task_cost=args.task_cost,
            timing=args.timing,
            failure_rate=args.failure_rate,
            seed=args.seed,
            webhook_key=args.webhook_key,
            rate_limit=None if args.no_rate_limit else RateLimit(),
            host=args.host,
            port=args.port,
        ).start()
    except ValueError as error:
        parser.error(str(error))
    except OSError as error:
        parser.error(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}")
    url = simulator.base_url
    try:  # Ctrl-C at any moment from here stops the simulator cleanly
        print(f"Kie simulator listening on {url}", flush=True)
        print(f"  export KIE_BASE_URL={url} KIE_UPLOAD_BASE_URL={url} KIE_API_KEY={args.api_key}")
        print("Press Ctrl-C to stop.", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        print("Stopped.")
    finally:
        simulator.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
