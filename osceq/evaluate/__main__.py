"""Dispatch `python -m osceq.evaluate KIND FILE.jsonl [options]` to the evaluator of that kind."""

from __future__ import annotations

import importlib
import sys

from osceq.errors import silence_closed_stdout

_KINDS = {
    "quotes": "osceq.evaluate.quotes",
    "timex": "osceq.evaluate.timex",
    "pronouns": "osceq.evaluate.pronouns",
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in _KINDS:
        print(f"usage: python -m osceq.evaluate {{{'|'.join(_KINDS)}}} FILE.jsonl [options]", file=sys.stderr)
        return 2
    module = importlib.import_module(_KINDS[argv[0]])
    try:
        status = int(module.main(argv[1:]))
        sys.stdout.flush()  # here, so that a closed pipe is met inside the handler below
        return status
    except BrokenPipeError:  # `| head`: the reader has all it wanted
        silence_closed_stdout()
        return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
