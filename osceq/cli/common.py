"""What the subcommands share: notes on stderr, a progress bar, and the ready index of a corpus."""

from __future__ import annotations

import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

DAMAGE_HINT = "osceq.damage_hint"  # the context's note of the index a query reads, for damage hints


def notify(message: str) -> None:
    click.echo(f"osceq: {message}", err=True)


class ProgressBar:
    """A transient progress bar on stderr when it is a terminal; nothing otherwise."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Callable[[int, int], None] | None:
        return self.update if sys.stderr.isatty() else None

    def update(self, done: int, total: int) -> None:
        if self._bar is None:
            from rich.console import Console
            from rich.progress import Progress

            self._bar = Progress(transient=True, console=Console(stderr=True))
            self._bar.start()
            self._task = self._bar.add_task("indexing", total=total)
        self._bar.update(self._task, completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def open_index(corpus: str | None, index_dir: str | None) -> Any:
    """The ready index of the chosen corpus, built or refreshed first when needed."""
    from osceq import workspace

    chosen = workspace.resolve(corpus, index_dir)
    # For the hint of a damaged index found while reading it, past this point.
    click.get_current_context().meta[DAMAGE_HINT] = chosen.index_root
    with ProgressBar() as progress:
        return workspace.open_ready(chosen, progress=progress, notify=notify)


def rebuild_hint(index_root: Path | None) -> str:
    """What to run for an index found damaged while a query read it: only a rebuild reads every file
    anew, and the index is named unless `osceq index` alone would pick it (worked out only then)."""
    from osceq import workspace
    from osceq.errors import OsceqError

    try:
        plain = workspace.resolve(None, None).index_root
    except (OsceqError, OSError):
        plain = None
    named = f" --index {shlex.quote(str(index_root))}" if index_root and index_root != plain else ""
    return f"run: osceq index --rebuild{named}"


def filters_of(
    since: str | None, until: str | None, speakers: tuple[str, ...] = (), docs: tuple[str, ...] = ()
) -> Any:
    from osceq.query import make_filters

    return make_filters(since, until, speakers, docs)


def words_of(words: tuple[str, ...]) -> str | None:
    text = " ".join(words).strip()
    return text or None
