"""The commands as a user runs them (CliRunner): answers, formats, exit codes and messages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from osceq.cli import cli
from osceq.query.quotes import same_word
from tests.conftest import run_json, write_corpus


def invoke(runner: CliRunner, *args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


# -- the bundled corpus, as a newcomer meets it ----------------------------------------------------


def test_quotes_by_speaker_on_the_bundled_corpus(runner: CliRunner) -> None:
    records = run_json(runner, "quotes", "--speaker", "Valtonen", "-n", "0")
    assert len(records) >= 5
    for record in records:
        assert record["speaker"] == "Elina Valtonen"
        text = Path(record["path"]).read_text(encoding="utf-8")
        # Provenance: the offsets point at the quote in the article's own text.
        assert text[record["start"] : record["end"]] == record["text"]
        assert {"doc", "path", "title", "date", "kind", "mention", "cue"} <= set(record)


def test_speaker_names_match_loosely(runner: CliRunner) -> None:
    by_surname = run_json(runner, "quotes", "--speaker", "valtonen", "-n", "0")
    by_full_name = run_json(runner, "quotes", "--speaker", "Elina Valtonen", "-n", "0")
    assert by_surname == by_full_name
    assert by_surname


def test_unknown_speaker_exits_1_with_a_suggestion(runner: CliRunner) -> None:
    result = invoke(runner, "quotes", "--speaker", "Valtonnen")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "Elina Valtonen" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "command",
    [
        ["search", "cooperation"],
        ["quotes"],
        ["timeline"],
        ["who-said", "better world through cooperation"],
        ["speakers"],
    ],
)
def test_every_command_answers_on_the_bundled_corpus_as_table_and_json(
    runner: CliRunner, command: list[str]
) -> None:
    table = invoke(runner, *command, "--format", "table", "--color", "never")
    assert table.exit_code == 0, table.stderr
    assert "Traceback" not in table.stderr
    data = run_json(runner, *command)
    assert data and all(isinstance(item, dict) for item in data)


def test_the_first_query_builds_the_index_and_later_ones_reuse_it(
    runner: CliRunner, news_corpus: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(news_corpus, corpus)
    first = invoke(runner, "quotes", "--corpus", str(corpus))
    assert first.exit_code == 0
    assert "indexing" in first.stderr
    second = invoke(runner, "quotes", "--corpus", str(corpus))
    assert second.exit_code == 0
    assert "indexing" not in second.stderr and "updating" not in second.stderr


# -- quotes -------------------------------------------------------------------------------------------


def test_corpus_text_is_never_read_as_markup(runner: CliRunner, news_corpus: Path) -> None:
    result = invoke(
        runner, "quotes", "promises", "--corpus", str(news_corpus), "--format", "table", "--color", "never"
    )
    assert result.exit_code == 0
    assert "[sic]" in result.stdout


def test_one_statement_in_two_articles_is_grouped(runner: CliRunner, news_corpus: Path) -> None:
    grouped = run_json(runner, "quotes", "secures jobs", "--corpus", str(news_corpus))
    assert len(grouped) == 1
    assert grouped[0]["doc"] == "harbour"
    assert [report["doc"] for report in grouped[0]["reports"]] == ["2023/followup"]
    separate = run_json(runner, "quotes", "secures jobs", "--corpus", str(news_corpus), "--no-group")
    assert [record["doc"] for record in separate] == ["harbour", "2023/followup"]


def test_quotes_filters(runner: CliRunner, news_corpus: Path) -> None:
    corpus = ["--corpus", str(news_corpus)]
    okafor = run_json(runner, "quotes", "--speaker", "okafor", "--no-group", *corpus)
    assert {q["speaker"] for q in okafor} == {"Maria Okafor"}
    assert len(okafor) == 3
    in_2024 = run_json(runner, "quotes", "--since", "2024", *corpus)
    assert {q["doc"] for q in in_2024} == {"floods"}
    until_march = run_json(runner, "quotes", "--until", "March 2023", *corpus)
    assert {q["doc"] for q in until_march} == {"harbour"}
    partial = run_json(runner, "quotes", "--kind", "partial", *corpus)
    assert [q["text"] for q in partial] == ["long but fair"]
    several = run_json(
        runner, "quotes", "--speaker", "Okafor", "--speaker", "Raman", "--no-group", "-n", "0", *corpus
    )
    assert {q["speaker"] for q in several} == {"Maria Okafor", "Priya Raman"}
    assert run_json(runner, "quotes", "--doc", "floods", *corpus)[0]["doc"] == "floods"


def test_quotes_are_in_date_order(runner: CliRunner, news_corpus: Path) -> None:
    records = run_json(runner, "quotes", "--no-group", "-n", "0", "--corpus", str(news_corpus))
    keys = [(r["date"], r["doc"], r["start"]) for r in records]
    assert keys == sorted(keys)


# -- search -------------------------------------------------------------------------------------------


def test_search_ranks_and_highlights(runner: CliRunner, news_corpus: Path) -> None:
    hits = run_json(runner, "search", "harbour agreement", "--corpus", str(news_corpus))
    assert [hit["doc"] for hit in hits][:2] == ["harbour", "2023/followup"] or {h["doc"] for h in hits} == {
        "harbour",
        "2023/followup",
    }
    text = Path(hits[0]["path"]).read_text(encoding="utf-8")
    snippet = hits[0]["snippet"]
    assert text[snippet["start"] : snippet["end"]] == snippet["text"]
    matched = {text[m["start"] : m["end"]].lower() for m in snippet["matches"]}
    assert matched <= {"harbour", "agreement"} and matched


def test_search_highlights_words_that_no_title_holds(runner: CliRunner, news_corpus: Path) -> None:
    (hit,) = run_json(runner, "search", "walls climate", "--corpus", str(news_corpus))
    text = Path(str(hit["path"])).read_text(encoding="utf-8")
    snippet = hit["snippet"]
    assert isinstance(snippet, dict)
    assert sorted(text[m["start"] : m["end"]] for m in snippet["matches"]) == ["climate", "walls"]


@pytest.mark.parametrize(
    "query", ["speaker:raman climate", "date:[2024 to 2025] climate", "climate NOT harbour"]
)
def test_search_highlights_the_words_beside_filters(runner: CliRunner, news_corpus: Path, query: str) -> None:
    (hit,) = run_json(runner, "search", query, "--corpus", str(news_corpus))
    text = Path(str(hit["path"])).read_text(encoding="utf-8")
    snippet = hit["snippet"]
    assert isinstance(snippet, dict)
    assert [text[m["start"] : m["end"]] for m in snippet["matches"]] == ["climate"]


@pytest.mark.parametrize(
    ("query", "docs"),
    [
        ("cooperate", set()),
        ("defences AND river", {"floods"}),
        ("harbour NOT welcomed", {"harbour"}),
        ('"river defences"', {"floods"}),
        ("flood*", {"floods"}),
        ("speaker:raman", {"floods"}),
        ("date:[2024 to 2025]", {"floods"}),
        ("title:union", {"2023/followup"}),
        ("Title:union", {"2023/followup"}),  # a field name in any case
        ("Engineer", {"floods"}),  # stemmed and case-folded
    ],
)
def test_search_query_language(runner: CliRunner, news_corpus: Path, query: str, docs: set[str]) -> None:
    result = invoke(runner, "search", query, "--corpus", str(news_corpus), "--json")
    if docs:
        assert result.exit_code == 0, result.stderr
        assert {hit["doc"] for hit in json.loads(result.stdout)} == docs
    else:
        assert result.exit_code == 1
        assert json.loads(result.stdout) == []


@pytest.mark.parametrize(("query", "shown"), [("f*", "f*"), ("?iver", "?iver"), ("r*ver", "r*ver")])
def test_a_wildcard_with_fewer_than_two_letters_before_it_is_refused(
    runner: CliRunner, news_corpus: Path, query: str, shown: str
) -> None:
    result = invoke(runner, "search", query, "--corpus", str(news_corpus), "--json")
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (
        2,
        f"osceq: error: the wildcard {shown!r} is too broad (give at least two letters before * or ?)",
    )


def test_search_filters_and_sorting(runner: CliRunner, news_corpus: Path) -> None:
    corpus = ["--corpus", str(news_corpus)]
    assert {h["doc"] for h in run_json(runner, "search", "said", "--since", "2024", *corpus)} == {"floods"}
    assert {h["doc"] for h in run_json(runner, "search", "said", "--speaker", "Okafor", *corpus)} == {
        "harbour",
        "2023/followup",
    }
    by_date = run_json(runner, "search", "said", "--sort", "date", *corpus)
    assert [h["doc"] for h in by_date] == ["harbour", "2023/followup", "floods"]
    in_quotes = run_json(runner, "search", "climate", "--in", "quotes", *corpus)
    assert [h["speaker"] for h in in_quotes] == ["Priya Raman"]


def test_search_literal_and_malformed_queries(runner: CliRunner, news_corpus: Path) -> None:
    corpus = ["--corpus", str(news_corpus)]
    bad = invoke(runner, "search", "date:[foo to bar]", *corpus)
    assert bad.exit_code == 2
    assert bad.stderr.startswith("osceq: error:") and len(bad.stderr.strip().splitlines()) == 1
    literal = invoke(runner, "search", "--literal", "river (defences", *corpus, "--json")
    assert literal.exit_code == 0
    assert {h["doc"] for h in json.loads(literal.stdout)} == {"floods"}


# -- timeline -----------------------------------------------------------------------------------------


def test_timeline_is_chronological_and_skips_captions(runner: CliRunner, news_corpus: Path) -> None:
    events = run_json(runner, "timeline", "-n", "0", "--corpus", str(news_corpus))
    days = [(e["first_day"], e["last_day"]) for e in events]
    assert days == sorted(days)
    values = [e["value"] for e in events]
    assert "1998" in values and "2025" in values and "2050" in values
    # "March 10" is in a photo caption: not an event of the article's body.
    assert "2023-03-10" not in values
    for event in events:
        text = Path(event["path"]).read_text(encoding="utf-8")
        expression = event["expression"]
        assert text[expression["start"] : expression["end"]] == expression["text"]


def test_timeline_filters_by_interval_overlap(runner: CliRunner, news_corpus: Path) -> None:
    events = run_json(
        runner, "timeline", "--since", "2025-06", "--until", "2025-06", "--corpus", str(news_corpus)
    )
    # "in 2025" covers June 2025, so it overlaps the period.
    assert [e["value"] for e in events] == ["2025"]


def test_timeline_counts_per_period(runner: CliRunner, news_corpus: Path) -> None:
    counts = run_json(runner, "timeline", "--by", "year", "--corpus", str(news_corpus))
    assert {c["period"]: c["count"] for c in counts}["1998"] == 1
    assert [c["period"] for c in counts] == sorted(c["period"] for c in counts)
    chart = invoke(runner, "timeline", "--by", "year", "--corpus", str(news_corpus), "--format", "table")
    assert "█" in chart.stdout


# -- who-said -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    [
        "secures jobs for a decade",  # exact
        "the agreement secured jobs for ten years",  # misremembered, other tense
        "every shipping line keeps the port open",  # reordered
    ],
)
def test_who_said_finds_the_speaker(runner: CliRunner, news_corpus: Path, phrase: str) -> None:
    found = run_json(runner, "who-said", phrase, "--corpus", str(news_corpus))
    assert found[0]["speaker"] == "Maria Okafor"


def test_who_said_exact_match_comes_first(runner: CliRunner, news_corpus: Path) -> None:
    found = run_json(runner, "who-said", "secures jobs for a decade", "--corpus", str(news_corpus))
    assert found[0]["match"] == "exact" and found[0]["doc"] == "harbour"


@pytest.mark.parametrize(
    ("phrase", "match"),
    [
        ("cooperating brings a safer economic future", "near"),  # forms the stemmer keeps apart
        ("cooperation brings a safer economy", "exact"),  # the words as spoken
    ],
)
def test_who_said_reads_other_forms_of_a_word_as_that_word(
    runner: CliRunner, tmp_path: Path, phrase: str, match: str
) -> None:
    corpus = write_corpus(
        tmp_path / "corpus",
        {
            "trade.txt": (
                "Ports Agree on Trade\n\n"
                '"Regional cooperation brings a safer economy to every port," said Ana Ruiz, the trade minister.\n\n'
                '"Cooperating with a neighbour is never easy," said Li Wen, a shipping analyst.\n'
            )
        },
    )
    found = run_json(runner, "who-said", phrase, "--corpus", str(corpus), "--index", str(tmp_path / "index"))
    assert found[0]["speaker"] == "Ana Ruiz"
    assert [f["match"] for f in found if f["speaker"] == "Ana Ruiz"] == [match]


def test_who_said_finds_a_longer_form_of_a_word_than_the_phrase_has(
    runner: CliRunner, tmp_path: Path
) -> None:
    # "dialog" stems to dialog, the spoken "dialogue" to dialogu: only the longer form is indexed.
    corpus = write_corpus(
        tmp_path / "corpus",
        {
            "talks.txt": (
                "Border Talks\n\n"
                '"Dialogue across the border is our first duty," said Ana Ruiz, the envoy.\n\n'
                '"The border stays closed until spring," said Li Wen, a customs officer.\n'
            )
        },
    )
    found = run_json(
        runner,
        "who-said",
        "dialog on the closed border",
        "--corpus",
        str(corpus),
        "--index",
        str(tmp_path / "i"),
    )
    assert [(f["speaker"], f["match"]) for f in found] == [("Ana Ruiz", "near")]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("cooper", "cooperat", True),  # cooperation, cooperating
        ("economi", "econom", True),  # economy, economic
        ("govern", "govern", True),
        ("commun", "communist", False),  # three letters more: another word
        ("state", "statement", False),
        ("war", "ward", False),  # too short to tell
        ("cooper", "coopt", False),
    ],
)
def test_forms_of_one_word(a: str, b: str, same: bool) -> None:
    assert same_word(a, b) is same and same_word(b, a) is same


def test_who_said_never_returns_a_stranger_for_a_common_word(runner: CliRunner, news_corpus: Path) -> None:
    result = invoke(runner, "who-said", "the weather in the harbour was lovely", "--corpus", str(news_corpus))
    assert result.exit_code == 1
    assert "nobody" in result.stderr


# -- speakers -----------------------------------------------------------------------------------------


def test_speakers_lists_each_speaker_once(runner: CliRunner, news_corpus: Path) -> None:
    rows = run_json(runner, "speakers", "--corpus", str(news_corpus))
    okafor = next(row for row in rows if row["speaker"] == "Maria Okafor")
    assert okafor["articles"] == 2 and okafor["quotes"] == 3
    assert okafor["first_date"] == "2023-03-14" and okafor["last_date"] == "2023-04-02"
    assert len([row for row in rows if "Okafor" in row["speaker"]]) == 1


def test_every_speaker_shown_finds_its_own_quotes(runner: CliRunner, tmp_path: Path) -> None:
    # A speaker shown with commas (a list of names) must be found by the name as shown: the index
    # keeps speaker names in a comma-separated field, so a comma inside a name once split it.
    corpus = write_corpus(
        tmp_path / "lists",
        {
            "vote.txt": """\
                Walkout in Tarnby

                TARNBY, May 2, 2025 - Anna Pell, Peter Quist and Maria Varga said the vote was "a farce."

                Ines Marlow said the count was "fair in every respect we could check."
            """,
        },
    )
    shown = {str(record["speaker"]) for record in run_json(runner, "quotes", "--corpus", str(corpus))}
    assert any("," in name for name in shown), shown  # the case this test is about is present
    for name in shown - {"None"}:
        found = run_json(runner, "quotes", "--speaker", name, "--corpus", str(corpus))
        assert found and {record["speaker"] for record in found} == {name}, name


def test_a_member_of_a_joint_speaker_finds_the_joint_words(runner: CliRunner, tmp_path: Path) -> None:
    corpus = write_corpus(
        tmp_path / "joint",
        {
            "pact.txt": """\
                Pact in Tarnby

                TARNBY, May 2, 2025 - Ines Marlow and Tomas Brandt said the pact was "a fair start."

                Later Brandt said the talks had been "long but honest."

                Pia Marlowe, a lawyer, said the text was "still unclear."
            """,
        },
    )
    by_brandt = run_json(runner, "quotes", "--speaker", "Brandt", "--corpus", str(corpus))
    assert {record["speaker"] for record in by_brandt} == {"Ines Marlow and Tomas Brandt", "Tomas Brandt"}
    by_marlow = run_json(runner, "quotes", "--speaker", "Ines Marlow", "--corpus", str(corpus))
    assert {record["speaker"] for record in by_marlow} == {"Ines Marlow and Tomas Brandt"}
    by_marlowe = run_json(runner, "quotes", "--speaker", "Marlowe", "--corpus", str(corpus))
    assert {record["speaker"] for record in by_marlowe} == {"Pia Marlowe"}


# -- output formats -------------------------------------------------------------------------------------


def test_piped_output_is_tsv_with_a_header(runner: CliRunner, news_corpus: Path) -> None:
    result = invoke(runner, "quotes", "--speaker", "Raman", "--corpus", str(news_corpus))
    lines = result.stdout.splitlines()
    assert lines[0].split("\t")[:3] == ["date", "speaker", "kind"]
    assert all(len(line.split("\t")) == len(lines[0].split("\t")) for line in lines)
    bare = invoke(runner, "quotes", "--speaker", "Raman", "--corpus", str(news_corpus), "--no-headers")
    assert bare.stdout.splitlines() == lines[1:]


def test_csv_jsonl_and_fields(runner: CliRunner, news_corpus: Path) -> None:
    corpus = ["--corpus", str(news_corpus)]
    csv_out = invoke(runner, "quotes", "--speaker", "Raman", "--csv", "--fields", "speaker,text", *corpus)
    assert csv_out.stdout.splitlines()[0] == "speaker,text"
    jsonl = invoke(runner, "quotes", "--jsonl", "--fields", "speaker,doc", *corpus)
    objects = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert objects and all(set(o) == {"speaker", "doc"} for o in objects)
    wrong = invoke(runner, "quotes", "--json", "--fields", "speakr", *corpus)
    assert wrong.exit_code == 2
    assert "valid fields:" in wrong.stderr and "speaker" in wrong.stderr


def test_limit_notes_what_was_cut_on_stderr(runner: CliRunner, news_corpus: Path) -> None:
    result = invoke(runner, "quotes", "-n", "1", "--no-group", "--json", "--corpus", str(news_corpus))
    assert len(json.loads(result.stdout)) == 1
    assert "1 of" in result.stderr and "shown" in result.stderr


def test_json_is_utf8_unescaped(runner: CliRunner) -> None:
    result = invoke(runner, "quotes", "--speaker", "Valtonen", "--json")
    assert "’" in result.stdout and "\\u2019" not in result.stdout


# -- extract --------------------------------------------------------------------------------------------


def test_extract_files_and_jsonl(runner: CliRunner, news_corpus: Path, tmp_path: Path) -> None:
    result = invoke(runner, "extract", str(news_corpus / "harbour.txt"))
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    text = (news_corpus / "harbour.txt").read_text(encoding="utf-8")
    assert record["id"] == "harbour" and record["date"] == "2023-03-14"
    for quote in record["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        if quote["mention"]:
            assert text[quote["mention"]["start"] : quote["mention"]["end"]] == quote["mention"]["text"]
    for found in record["dates"]:
        assert text[found["start"] : found["end"]] == found["text"]
    line = json.dumps({"id": "x", "date": "2020-05-01", "text": 'It rained yesterday. "Fine," said Ann Lee.'})
    from_stdin = invoke(runner, "extract", input=line + "\n")
    (record,) = [json.loads(line) for line in from_stdin.stdout.splitlines()]
    assert record["id"] == "x" and record["date"] == "2020-05-01"
    assert [q["speaker"] for q in record["quotes"]] == ["Ann Lee"]
    source = tmp_path / "in.jsonl"
    source.write_text(line + "\n", encoding="utf-8")
    from_file = invoke(runner, "extract", "--jsonl-in", str(source))
    assert from_file.stdout == from_stdin.stdout


# -- errors ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["quotes", "--since", "someday"], "cannot read 'someday' as a date"),
        (["quotes", "--since", "2025", "--until", "2010"], "after --until"),
        (["quotes", "--corpus", "/no/such/folder"], "corpus not found"),
        (["quots"], "Did you mean 'quotes'"),
        (["quotes", "--speker", "x"], "Did you mean '--speaker'"),
        (["quotes", "--json", "--csv"], "choose one output format"),
    ],
)
def test_errors_are_one_line_and_exit_2(runner: CliRunner, args: list[str], message: str) -> None:
    result = invoke(runner, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_version_and_help(runner: CliRunner) -> None:
    assert invoke(runner, "--version").stdout.startswith("osceq, version ")
    assert "Examples:" in invoke(runner, "--help").stdout


def test_relative_dates_are_not_counted_from_an_inferred_article_date(
    runner: CliRunner, tmp_path: Path
) -> None:
    # No date line: the article's date can only be inferred from the year it names for the present.
    (tmp_path / "undated.txt").write_text(
        "Port Elm Opens a New Terminal\n\nThe 2019 season is the busiest yet. Dockers went on strike last year.\n",
        encoding="utf-8",
    )
    events = run_json(runner, "timeline", "--corpus", str(tmp_path))
    assert [e["value"] for e in events] == ["2019"]
    (article,) = run_json(runner, "search", "terminal", "--corpus", str(tmp_path))
    assert article["date_inferred"] is True
