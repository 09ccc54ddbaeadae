"""The query subcommands: each parses its options, calls one query function, and hands the results
to Output."""

from __future__ import annotations

import click
from click.core import ParameterSource

from osceq.cli.common import filters_of, notify, open_index, words_of
from osceq.cli.options import (
    corpus_options,
    doc_option,
    filter_options,
    output_options,
    speaker_option,
)
from osceq.cli.output import Output


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

    filters = filters_of(since, until, speakers, docs)
    ix = open_index(corpus, index_dir)
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

    filters = filters_of(since, until, speakers, docs)
    ix = open_index(corpus, index_dir)
    results = quotes(
        ix, words_of(query), filters, kind=kind, unattributed=unattributed, group=not no_group, limit=limit
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

    filters = filters_of(since, until, speakers, docs)
    ix = open_index(corpus, index_dir)
    if by:
        if click.get_current_context().get_parameter_source("limit") is ParameterSource.COMMANDLINE:
            notify(f"-n does not apply to --by {by}: every period is counted")
        output.emit(timeline_counts(ix, words_of(query), filters, by), views.PERIODS, chart=True)
    else:
        results = timeline(ix, words_of(query), filters, merge=not no_merge, limit=limit)
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

    filters = filters_of(since, until)
    ix = open_index(corpus, index_dir)
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

    filters = filters_of(since, until)
    ix = open_index(corpus, index_dir)
    output.emit(speakers(ix, name, filters, limit=limit), views.SPEAKERS, limit=limit)
