"""The errors osceq reports to users: a message, a hint saying what to do, and an exit code."""

from __future__ import annotations

import os
import re
import sys
from enum import IntEnum


class ExitCode(IntEnum):
    """The documented exit codes of every osceq command."""

    OK = 0  # results were found and printed
    NO_RESULTS = 1  # the command ran but found nothing
    ERROR = 2  # usage or input error, index problem
    INTERRUPTED = 130  # Ctrl-C


class OsceqError(Exception):
    """An error the user can act on; the CLI prints it as one line and exits with `exit_code`."""

    exit_code = ExitCode.ERROR

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class CorpusError(OsceqError):
    """The corpus path is missing, unreadable, or of a kind osceq does not read."""


class IndexProblem(OsceqError):
    """The index is missing, locked, damaged, or from another version of osceq."""


class IndexUnwritable(IndexProblem):
    """The index cannot be written now (another process holds its lock, or it is read-only), though
    it can still be read: a query answers from it as it is."""


class QueryError(OsceqError):
    """A query, filter or option value that cannot be understood."""


class NoResults(OsceqError):
    """Nothing matched; not a failure, but scripts can tell from the exit code."""

    exit_code = ExitCode.NO_RESULTS


_ERRNO = re.compile(r"^\[Errno \d+\] ")


def skip_warning(path: str, reason: str) -> str:
    """The one wording of "this file was skipped", at indexing and extraction alike.

    An OSError's text names the file again ("[Errno 13] Permission denied: '/x/b.txt'"): said once.
    """
    reason = _ERRNO.sub("", reason).removesuffix(f": {path!r}")
    return f"warning: skipped {path}: {reason}"


def unread_dates_warning(corpus: str, count: int, first: str, jsonl: bool) -> str:
    """The one wording of "these documents state a date osceq cannot read" (they are indexed all the
    same, dated from their text when it gives a date)."""
    what = "record" if jsonl else "file"
    first = f"id {first.removeprefix('#')!r}" if jsonl else first
    where = "a date" if jsonl else "a stated date"  # a Date: line, a web page's date tag
    plural = "s" if count > 1 else ""
    return (
        f"warning: {corpus}: {count} {what}{plural} with {where} osceq cannot read (first: {first}); "
        "dated from their text instead, when it gives a date"
    )


def rebuilt_damaged_note(damage: str) -> str:
    """The note of an index found damaged by an index run, which rebuilt it."""
    return f"the index was damaged ({damage}): rebuilt it from the corpus"


def silence_closed_stdout() -> None:
    """After a closed pipe (`| head -1`), make the interpreter's final flush silent too."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
