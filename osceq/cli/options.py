"""Options shared by many commands, defined once as decorators."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from osceq.cli.output import FORMATS, Output, OutputSpec


def reject_empty_path(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """An empty path ("$DIR" with DIR unset) is a mistake, never the default corpus or the current folder.

    An empty environment variable counts as unset (click's rule), as in most shell tools.
    """
    if isinstance(value, str) and not value.strip():
        raise click.BadParameter("the path is empty (is a shell variable unset?)", ctx, param)
    return value


def reject_empty_value(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """An empty name or prefix ("$NAME" with NAME unset) would silently mean something else."""
    if isinstance(value, str) and not value.strip():
        raise click.BadParameter("the value is empty (is a shell variable unset?)", ctx, param)
    return value


def corpus_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--corpus and --index, with their environment variables."""
    command = click.option(
        "--index",
        "index_dir",
        metavar="DIR",
        envvar="OSCEQ_INDEX",
        callback=reject_empty_path,
        help="Index folder [env: OSCEQ_INDEX; default: one per corpus in the cache folder].",
    )(command)
    return click.option(
        "--corpus",
        metavar="PATH",
        envvar="OSCEQ_CORPUS",
        callback=reject_empty_path,
        help=(
            "Folder of .txt/.md/.html articles or a .jsonl file "
            "[env: OSCEQ_CORPUS; default: the bundled corpus]."
        ),
    )(command)


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--since, --until and -n/--limit."""
    for decorator in reversed(
        [
            click.option(
                "--since", metavar="DATE", help="Only from this date on (2010, June 2025, 2025-06-10)."
            ),
            click.option(
                "--until", metavar="DATE", help="Only up to the end of this date (2010 = until 2010-12-31)."
            ),
            click.option(
                "-n",
                "--limit",
                type=click.IntRange(min=0),
                default=20,
                show_default=True,
                help="At most N results; 0 for all.",
            ),
        ]
    ):
        command = decorator(command)
    return command


def speaker_option(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--speaker NAME (repeatable), completed from the speakers in the index."""
    return click.option(
        "--speaker",
        "speakers",
        multiple=True,
        metavar="NAME",
        help=help_text,
        callback=_reject_empty_names,
        shell_complete=_complete_speakers,
    )


def _reject_empty_names(
    ctx: click.Context, param: click.Parameter, value: tuple[str, ...]
) -> tuple[str, ...]:
    if any(not name.strip() for name in value):
        raise click.BadParameter("the name is empty (is a shell variable unset?)", ctx, param)
    return value


def doc_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """--doc ID (repeatable)."""
    return click.option(
        "--doc", "docs", multiple=True, metavar="ID", help="Only in this document (repeatable)."
    )(command)


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Output format and presentation, gathered into one `output` argument."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        chosen = [name for name in ("json", "jsonl", "csv", "tsv") if kwargs.pop(f"as_{name}")]
        if len(chosen) > 1:
            raise click.UsageError(f"choose one output format, not --{' and --'.join(chosen)}")
        shortcut = chosen[0] if chosen else None
        fields = kwargs.pop("fields")
        kwargs["output"] = Output(
            OutputSpec(
                format=shortcut or kwargs.pop("output_format"),
                fields=tuple(f.strip() for f in fields.split(",") if f.strip()) if fields else None,
                headers=not kwargs.pop("no_headers"),
                color=kwargs.pop("color"),
                pager=not kwargs.pop("no_pager"),
            )
        )
        kwargs.pop("output_format", None)
        return command(*args, **kwargs)

    options = [
        click.option(
            "-f",
            "--format",
            "output_format",
            type=click.Choice(FORMATS),
            help="Output format [default: table on a terminal, tsv in a pipe].",
        ),
        click.option("--json", "as_json", is_flag=True, help="Same as --format json (one array)."),
        click.option("--jsonl", "as_jsonl", is_flag=True, help="Same as --format jsonl (one object a line)."),
        click.option("--csv", "as_csv", is_flag=True, help="Same as --format csv."),
        click.option("--tsv", "as_tsv", is_flag=True, help="Same as --format tsv."),
        click.option("--fields", metavar="A,B", help="Only these fields (tsv, csv, json, jsonl)."),
        click.option("--no-headers", is_flag=True, help="No header line in tsv and csv."),
        click.option(
            "--color",
            type=click.Choice(["auto", "always", "never"]),
            default="auto",
            show_default=True,
            help="Colour in tables (NO_COLOR and FORCE_COLOR are honoured).",
        ),
        click.option("--no-pager", is_flag=True, help="Never page long tables through $PAGER."),
    ]
    for decorator in reversed(options):
        wrapper = decorator(wrapper)
    return wrapper


def _complete_speakers(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
    """Speaker names from the index's cached speaker table; never builds an index."""
    from osceq.completion import speaker_completions

    return speaker_completions(ctx.params.get("corpus"), ctx.params.get("index_dir"), incomplete)
