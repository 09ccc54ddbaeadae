"""The subcommands: each parses its options, calls one query function, and hands the results to Output."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from osceq.cli.options import (
    corpus_options,
    doc_option,
    filter_options,
    output_options,
    reject_empty_path,
    reject_empty_value,
    speaker_option,
)
from osceq.cli.output import Output, echo_utf8
from osceq.errors import CorpusError, NoResults, skip_warning

DAMAGE_HINT = "osceq.damage_hint"  # the context's note of what to run when the index is damaged


def _notify(message: str) -> None:
    click.echo(f"osceq: {message}", err=True)


class _Progress:
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


def _open_index(corpus: str | None, index_dir: str | None) -> Any:
    """The ready index of the chosen corpus, built or refreshed first when needed."""
    from osceq import workspace

    chosen = workspace.resolve(corpus, index_dir)
    # For the hint of a damaged index found while reading it, past this point.
    click.get_current_context().meta[DAMAGE_HINT] = f"run: osceq index --index {chosen.index_root}"
    with _Progress() as progress:
        return workspace.open_ready(chosen, progress=progress, notify=_notify)


def _filters(
    since: str | None, until: str | None, speakers: tuple[str, ...] = (), docs: tuple[str, ...] = ()
) -> Any:
    from osceq.query import make_filters

    return make_filters(since, until, speakers, docs)


def _words(words: tuple[str, ...]) -> str | None:
    text = " ".join(words).strip()
    return text or None


@click.command("index")
@click.argument("path", required=False, type=click.Path(), callback=reject_empty_path)
@click.option("--rebuild", is_flag=True, help="Rebuild from scratch instead of updating what changed.")
@click.option(
    "--index",
    "index_dir",
    metavar="DIR",
    envvar="OSCEQ_INDEX",
    callback=reject_empty_path,
    help="Index folder [env: OSCEQ_INDEX].",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes that analyse and index [default: 2 or fewer].",
)
@click.option("--json", "as_json", is_flag=True, help="Print the run's report as JSON on stdout.")
def index_command(
    path: str | None, rebuild: bool, index_dir: str | None, jobs: int | None, as_json: bool
) -> None:
    """Index a corpus: a folder of .txt/.md articles (searched recursively) or a .jsonl file.

    Only files that changed since the last run are read again. With no PATH, indexes
    $OSCEQ_CORPUS or the bundled corpus. Progress and a summary go to stderr.

    \b
    Examples:
      osceq index ~/articles
      osceq index archive.jsonl --index /tmp/archive-index
      osceq index --rebuild
    """
    import json

    from osceq import workspace
    from osceq.build import refresh
    from osceq.index import IndexStore

    chosen = workspace.resolve(path, index_dir)
    with _Progress() as progress:
        report = refresh(
            chosen.corpus,
            IndexStore(chosen.index_root),
            rebuild=rebuild,
            progress=progress,
            on_skip=lambda file, reason: _notify(skip_warning(file, reason)),
            procs=jobs,
            repeat_skipped=True,
        )
    if report.damage:
        _notify(f"the index was damaged ({report.damage}): rebuilt it from the corpus")
    summary = (
        f"{report.documents} documents in the index ({report.added} added, {report.updated} updated, "
        f"{report.removed} removed, {len(report.skipped)} skipped) in {report.seconds:.1f} s: {report.index}"
    )
    _notify(summary)
    if as_json:
        echo_utf8(
            json.dumps({**report.__dict__, "skipped": [list(s) for s in report.skipped]}, ensure_ascii=False)
        )


@click.command("search")
@click.argument("query", nargs=-1, required=True)
@click.option("--literal", is_flag=True, help="Treat the query as plain words, not query syntax.")
@speaker_option("Only articles quoting this speaker (repeatable).")
@doc_option
@click.option(
    "--in",
    "inside",
    type=click.Choice(["articles", "quotes"]),
    default="articles",
    show_default=True,
    help="Match whole articles, or only inside quoted speech.",
)
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True)
@filter_options
@corpus_options
@output_options
def search_command(
    query: tuple[str, ...],
    literal: bool,
    speakers: tuple[str, ...],
    docs: tuple[str, ...],
    inside: str,
    sort: str,
    since: str | None,
    until: str | None,
    limit: int,
    corpus: str | None,
    index_dir: str | None,
    output: Output,
) -> None:
    """Ranked full-text search, with the matching words highlighted in a snippet.

    The query language has AND, OR, NOT, "phrases", wildcards (secur*) and fields
    (title:summit, speaker:schmid, date:[2010 to 2011]). Words are stemmed and folded, so
    "cooperate" finds "Cooperation".

    \b
    Examples:
      osceq search "border security"
      osceq search 'summit AND (Astana OR Istanbul)' --sort date
      osceq search climate --speaker Schmid --in quotes
      osceq search --literal 'what (if) NOT' --json | jq '.[].title'
    """
    from osceq.query.search import search

    filters = _filters(since, until, speakers, docs)
    ix = _open_index(corpus, index_dir)
    results = search(
        ix, " ".join(query), filters, literal=literal, in_quotes=inside == "quotes", sort=sort, limit=limit
    )
    from osceq import views

    output.emit(results, views.QUOTES if inside == "quotes" else views.SEARCH, limit=limit)


@click.command("quotes")
@click.argument("query", nargs=-1)
@speaker_option("Only this speaker: surname or full name, any case or accents (repeatable).")
@doc_option
@click.option(
    "--kind", type=click.Choice(["direct", "partial"]), help="Only full statements or only quoted fragments."
)
@click.option("--unattributed", is_flag=True, help="Only the quotes osceq could not attribute.")
@click.option("--no-group", is_flag=True, help="Show every report of a statement instead of grouping them.")
@filter_options
@corpus_options
@output_options
def quotes_command(
    query: tuple[str, ...],
    speakers: tuple[str, ...],
    docs: tuple[str, ...],
    kind: str | None,
    unattributed: bool,
    no_group: bool,
    since: str | None,
    until: str | None,
    limit: int,
    corpus: str | None,
    index_dir: str | None,
    output: Output,
) -> None:
    """The direct quotes in the corpus, each with its speaker, date and source, in date order.

    QUERY searches inside the quote text. One statement reported by several articles is
    shown once, with the other reports listed (--no-group shows each).

    \b
    Examples:
      osceq quotes --speaker Valtonen
      osceq quotes security --since 2020 --json | jq -r '.[] | "\\(.date) \\(.speaker): \\(.text)"'
      osceq quotes --unattributed --corpus ~/articles
    """
    from osceq import views
    from osceq.query.quotes import quotes

    filters = _filters(since, until, speakers, docs)
    ix = _open_index(corpus, index_dir)
    results = quotes(
        ix, _words(query), filters, kind=kind, unattributed=unattributed, group=not no_group, limit=limit
    )
    output.emit(results, views.QUOTES, limit=limit)


@click.command("timeline")
@click.argument("query", nargs=-1)
@speaker_option("Only events mentioned in this speaker's quotes (repeatable).")
@doc_option
@click.option("--no-merge", is_flag=True, help="Show every mention instead of one row per event.")
@click.option(
    "--by",
    type=click.Choice(["year", "month", "day"]),
    help="Count mentions per period instead (a chart on a terminal).",
)
@filter_options
@corpus_options
@output_options
def timeline_command(
    query: tuple[str, ...],
    speakers: tuple[str, ...],
    docs: tuple[str, ...],
    no_merge: bool,
    by: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    corpus: str | None,
    index_dir: str | None,
    output: Output,
) -> None:
    """The dated events the articles mention, in chronological order.

    Each row is a date the articles mention, normalised against the article's own date, with
    its sentence. Mentions of one event by several articles are merged (--no-merge shows each).
    --since/--until keep events whose dates overlap the period; QUERY filters by words.

    \b
    Examples:
      osceq timeline
      osceq timeline summit --since 2010 --until 2011
      osceq timeline --by year
      osceq timeline --json | jq -r '.[] | "\\(.value)\\t\\(.sentence.text)"'
    """
    from osceq import views
    from osceq.query.timeline import timeline, timeline_counts

    filters = _filters(since, until, speakers, docs)
    ix = _open_index(corpus, index_dir)
    if by:
        if click.get_current_context().get_parameter_source("limit") is ParameterSource.COMMANDLINE:
            _notify(f"-n does not apply to --by {by}: every period is counted")
        output.emit(timeline_counts(ix, _words(query), filters, by), views.PERIODS, chart=True)
    else:
        results = timeline(ix, _words(query), filters, merge=not no_merge, limit=limit)
        output.emit(results, views.TIMELINE, limit=limit)


@click.command("who-said")
@click.argument("phrase", nargs=-1, required=True)
@filter_options
@corpus_options
@output_options
def who_said_command(
    phrase: tuple[str, ...],
    since: str | None,
    until: str | None,
    limit: int,
    corpus: str | None,
    index_dir: str | None,
    output: Output,
) -> None:
    """Who said a phrase, even when it is misremembered, reordered or partly paraphrased.

    Exact matches come first, then near ones ranked by closeness. Exits 1 when nothing in the
    corpus is close enough.

    \b
    Examples:
      osceq who-said "better world through cooperation"
      osceq who-said cooperation better world --json | jq -r '.[0].speaker'
    """
    from osceq import views
    from osceq.query.quotes import who_said

    filters = _filters(since, until)
    ix = _open_index(corpus, index_dir)
    output.emit(who_said(ix, " ".join(phrase), filters, limit=limit), views.WHO_SAID, limit=limit)


@click.command("speakers")
@click.argument("name", required=False)
@filter_options
@corpus_options
@output_options
def speakers_command(
    name: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    corpus: str | None,
    index_dir: str | None,
    output: Output,
) -> None:
    """Every speaker quoted in the corpus: other names and roles, quotes, articles, first and last date.

    \b
    Examples:
      osceq speakers
      osceq speakers schmid --json | jq '.[0].roles'
    """
    from osceq import views
    from osceq.query.speakers import speakers

    filters = _filters(since, until)
    ix = _open_index(corpus, index_dir)
    output.emit(speakers(ix, name, filters, limit=limit), views.SPEAKERS, limit=limit)


@click.command("extract")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--jsonl-in",
    type=click.Path(path_type=Path, allow_dash=True),
    help="Read documents from a JSON Lines file ('-' for stdin).",
)
def extract_command(files: tuple[Path, ...], jsonl_in: Path | None) -> None:
    """Run the extractors on documents without indexing; print one JSON object per document.

    Each object is {"id", "date", "title", "quotes": [...], "dates": [...]} with offsets into
    the document's text exactly as given (for JSON Lines input, into its "text" field). With
    no FILES and no --jsonl-in, reads JSON Lines from stdin.

    \b
    Examples:
      osceq extract article.txt
      osceq extract --jsonl-in gold.jsonl | jq '.quotes | length'
      cat archive.jsonl | osceq extract | jq -c '.dates[]'
    """
    from osceq import extraction

    if not files and jsonl_in is None:
        if sys.stdin.isatty():
            raise click.UsageError("give FILES, --jsonl-in FILE, or JSON Lines on stdin")
        jsonl_in = Path("-")
    missing = [path for path in [*files, jsonl_in] if path and str(path) != "-" and not path.exists()]
    if missing:
        raise CorpusError(f"file not found: {missing[0]}")
    written = 0
    for line in extraction.extract_lines(
        files, jsonl_in, sys.stdin, on_skip=lambda f, r: _notify(skip_warning(f, r))
    ):
        echo_utf8(line)
        written += 1
    if not written:
        raise NoResults("no documents to extract from")


@click.command("export")
@click.option("--jsonl", "as_jsonl", is_flag=True, help="JSON Lines (the default and only format).")
@click.option(
    "--type",
    "kinds",
    multiple=True,
    type=click.Choice(["article", "quote", "event"]),
    help="Only these record types (repeatable).",
)
@click.option(
    "--bulk",
    metavar="PREFIX",
    callback=reject_empty_value,
    help="Elasticsearch/OpenSearch _bulk format into indices PREFIX-articles, -quotes, -events.",
)
@corpus_options
def export_command(
    as_jsonl: bool, kinds: tuple[str, ...], bulk: str | None, corpus: str | None, index_dir: str | None
) -> None:
    """Write every extracted article, quote and event as JSON Lines, for a bulk load elsewhere.

    Each line is one record with its "record_type" ("article", "quote" or "event") and a stable "id"; the
    other fields are those of search, quotes and timeline (articles also carry their "text").

    \b
    Examples:
      osceq export --jsonl > corpus.jsonl
      osceq export --type quote | jq -r '.speaker' | sort | uniq -c | sort -rn
      osceq export --bulk news | curl -s -H 'Content-Type: application/x-ndjson' \\
          -XPOST localhost:9200/_bulk --data-binary @-
    """
    import json

    from osceq.query.export import KINDS, bulk_lines, export_records

    ix = _open_index(corpus, index_dir)
    records = export_records(ix, kinds or KINDS)
    written = 0
    for item in bulk_lines(records, bulk) if bulk else records:
        echo_utf8(json.dumps(item, ensure_ascii=False))
        written += 1
    if not written:
        raise NoResults("the index holds nothing to export")


@click.command("completion")
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion_command(shell: str) -> None:
    """Print the shell completion script for bash, zsh or fish.

    \b
    Examples:
      osceq completion bash > ~/.local/share/bash-completion/completions/osceq
      osceq completion zsh > "${fpath[1]}/_osceq"
      osceq completion fish > ~/.config/fish/completions/osceq.fish
    """
    from osceq.cli.app import completion_script

    click.echo(completion_script(shell), nl=False)


COMMANDS = (
    index_command,
    search_command,
    quotes_command,
    timeline_command,
    who_said_command,
    speakers_command,
    extract_command,
    export_command,
    completion_command,
)


def register(group: click.Group) -> None:
    """Add every subcommand to the group, each also taking --debug (the group's option) after its name."""
    for command in COMMANDS:
        if not any(param.name == "debug" for param in command.params):
            # The group's main reads --debug from the whole command line: here it only needs accepting.
            command.params.append(click.Option(["--debug"], is_flag=True, expose_value=False, hidden=True))
        group.add_command(command)


__all__ = ["COMMANDS", "register"]
