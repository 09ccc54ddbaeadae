"""The subcommands that take articles in or give records out: index, extract, export, completion."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from osceq.cli.common import DAMAGE_HINT, ProgressBar, notify, open_index
from osceq.cli.options import corpus_options, reject_empty_path, reject_empty_value
from osceq.cli.output import echo_utf8
from osceq.errors import CorpusError, NoResults, skip_warning


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
    """Index a corpus: a folder of .txt/.md/.html articles (searched recursively) or a .jsonl file.

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
    # An update meeting damage inside a file (sizes right) fails: the hint names this index.
    click.get_current_context().meta[DAMAGE_HINT] = chosen.index_root
    with ProgressBar() as progress:
        report = refresh(
            chosen.corpus,
            IndexStore(chosen.index_root),
            rebuild=rebuild,
            progress=progress,
            on_skip=lambda file, reason: notify(skip_warning(file, reason)),
            procs=jobs,
            repeat_skipped=True,
        )
    for note in workspace.build_notes(report, chosen.corpus):
        notify(note)
    summary = (
        f"{report.documents} documents in the index ({report.added} added, {report.updated} updated, "
        f"{report.removed} removed, {len(report.skipped)} skipped) in {report.seconds:.1f} s: {report.index}"
    )
    notify(summary)
    if as_json:
        echo_utf8(
            json.dumps({**report.__dict__, "skipped": [list(s) for s in report.skipped]}, ensure_ascii=False)
        )


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
        files, jsonl_in, sys.stdin, on_skip=lambda f, r: notify(skip_warning(f, r))
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

    ix = open_index(corpus, index_dir)
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
