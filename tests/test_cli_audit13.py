"""CLI output and query defects found by a user audit (audit13): pipes, encodings, empty values."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from osceq.cli import cli
from osceq.errors import skip_warning


def _echo_into_a_pipe_closed_after(lines: int) -> Any:
    """click.echo whose stdout reader goes away after `lines` lines, as with `| head -1`."""
    real_echo = click.echo
    written: list[object] = []

    def echo(message: object = None, file: Any = None, nl: bool = True, err: bool = False, **kw: Any) -> None:
        if err or file is not None:
            real_echo(message, file=file, nl=nl, err=err, **kw)
            return
        if len(written) >= lines:
            raise BrokenPipeError(32, "Broken pipe")
        written.append(message)
        real_echo(message, nl=nl)

    return echo


@pytest.mark.parametrize(
    "args",
    [["export"], ["quotes", "-n", "0", "--jsonl"], ["timeline", "--jsonl"], ["search", "OSCE", "--jsonl"]],
    ids=lambda a: " ".join(a),
)
def test_streamed_output_into_a_closed_pipe_exits_0_silently(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(click, "echo", _echo_into_a_pipe_closed_after(1))
    result = CliRunner().invoke(cli, args)
    assert (result.exit_code, result.stdout.count("\n")) == (0, 1)
    assert [line for line in result.stderr.splitlines() if "indexing" not in line] == []


def test_extract_into_a_closed_pipe_exits_0_silently(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text('"We will go on," said Ann Lee.', encoding="utf-8")
    monkeypatch.setattr(click, "echo", _echo_into_a_pipe_closed_after(1))
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert (result.exit_code, result.stdout.count("\n"), result.stderr) == (0, 1, "")


@pytest.fixture
def nordic_corpus(tmp_path: Path) -> Path:
    (tmp_path / "fjord.txt").write_text(
        "Title: Fjord ferry talks\nDate: 2024-02-01\n\n"
        "“We won’t close the ferry line,” said Ana Ødegård, the county’s transport chief.\n",
        encoding="utf-8",
    )
    return tmp_path


@pytest.mark.parametrize("fmt", ["json", "jsonl", "tsv", "csv"])
def test_machine_formats_are_utf8_whatever_the_locale(fmt: str, nordic_corpus: Path) -> None:
    result = CliRunner(charset="latin-1").invoke(
        cli, ["quotes", "--corpus", str(nordic_corpus), "--format", fmt]
    )
    assert result.exit_code == 0, result.stderr
    assert "We won’t close the ferry line,".encode() in result.stdout_bytes
    assert "Ana Ødegård".encode() in result.stdout_bytes


def test_export_and_extract_are_utf8_whatever_the_locale(nordic_corpus: Path) -> None:
    latin = CliRunner(charset="latin-1")
    exported = latin.invoke(cli, ["export", "--corpus", str(nordic_corpus), "--type", "quote"])
    extracted = latin.invoke(cli, ["extract", str(nordic_corpus / "fjord.txt")])
    assert (exported.exit_code, extracted.exit_code) == (0, 0)
    assert '"speaker": "Ana Ødegård"'.encode() in exported.stdout_bytes
    assert "We won’t close the ferry line,".encode() in extracted.stdout_bytes


def test_a_table_on_a_latin1_stdout_replaces_what_it_cannot_show(nordic_corpus: Path) -> None:
    result = CliRunner(charset="latin-1").invoke(
        cli, ["quotes", "--corpus", str(nordic_corpus), "--format", "table", "--color", "never"]
    )
    assert result.exit_code == 0, result.stderr
    assert "We won?t close the ferry line," in result.stdout
    assert "Ana Ødegård" in result.stdout


@pytest.mark.parametrize(
    "args",
    [["quotes", "--corpus", ""], ["search", "x", "--index", " "], ["index", ""], ["index", "--index", ""]],
    ids=lambda a: " ".join(a),
)
def test_an_empty_path_is_a_usage_error_not_the_bundled_corpus(args: list[str]) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "the path is empty (is a shell variable unset?)" in result.stderr
    assert "indexing" not in result.stderr


def test_an_empty_corpus_variable_counts_as_unset(news_corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["speakers", "--json"], env={"OSCEQ_CORPUS": "", "OSCEQ_INDEX": ""})
    assert result.exit_code == 0, result.stderr
    assert "Elina Valtonen" in result.stdout


@pytest.fixture(scope="module")
def names_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("names")
    articles = {
        "ferry.txt": "“The ferry will run all winter,” said Siv Ødegård, the county mayor.\n",
        "buses.txt": "“We need more buses on the coast road,” said Jean-Luc Mbeki, a transport planner.\n",
        "bridge.txt": "“The old bridge is safe for now,” said Piotr Kołodziej, the city engineer.\n",
    }
    for name, text in articles.items():
        (root / name).write_text(f"Title: Transport\nDate: 2024-02-01\n\n{text}", encoding="utf-8")
    assert CliRunner().invoke(cli, ["index", str(root)]).exit_code == 0
    return root


@pytest.mark.parametrize(
    ("typed", "speaker"),
    [
        ("Odegard", "Siv Ødegård"),
        ("siv odegard", "Siv Ødegård"),
        ("Kolodziej", "Piotr Kołodziej"),
        ("jean luc mbeki", "Jean-Luc Mbeki"),
        ("Jean-Luc Mbeki", "Jean-Luc Mbeki"),
    ],
)
def test_speaker_folds_letters_without_decomposition_and_hyphens(
    typed: str, speaker: str, names_corpus: Path
) -> None:
    result = CliRunner().invoke(cli, ["quotes", "--corpus", str(names_corpus), "--speaker", typed, "--json"])
    assert result.exit_code == 0, result.stderr
    assert [row["speaker"] for row in json.loads(result.stdout)] == [speaker]


def test_a_given_name_alone_gets_a_suggestion(names_corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["quotes", "--corpus", str(names_corpus), "--speaker", "Siv"])
    assert result.exit_code == 1
    assert result.stderr == "osceq: no speaker matches 'Siv' (did you mean: Siv Ødegård?)\n"


@pytest.mark.parametrize(
    ("typed", "offered"), [("ode", "Siv\\ Ødegård"), ("kol", "Piotr\\ Kołodziej"), ("lu", "Jean-Luc\\ Mbeki")]
)
def test_speaker_completion_folds_letters_and_hyphens(typed: str, offered: str, names_corpus: Path) -> None:
    env = {
        "_OSCEQ_COMPLETE": "bash_complete",
        "COMP_WORDS": f"osceq quotes --corpus {names_corpus} --speaker {typed}",
        "COMP_CWORD": "5",
    }
    result = CliRunner().invoke(cli, [], env=env, prog_name="osceq")
    assert result.stdout.splitlines() == [f"plain,{offered}"]


@pytest.mark.parametrize("query", ["date:[2010 to", "date:[june 2010 to 2011]", "date:garbage"])
def test_an_unreadable_date_in_a_query_says_how_to_write_one(query: str, news_corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["search", query, "--corpus", str(news_corpus)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] + "\n" == (
        f"osceq: error: cannot read the date in the query {query!r} "
        "(write date:2010, date:2010-06 or a range such as date:[2010 to 2011])\n"
    )


def test_an_unreadable_file_is_named_once_in_its_warning() -> None:
    reason = str(PermissionError(13, "Permission denied", "/x/b.txt"))
    assert skip_warning("/x/b.txt", reason) == "warning: skipped /x/b.txt: Permission denied"
    assert skip_warning("/x/c.txt", "empty file") == "warning: skipped /x/c.txt: empty file"


def test_skipped_files_are_warned_about_in_one_wording_by_queries_and_index(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text('"We will go on," said Ann Lee.', encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"abc\x00def")
    by_query = CliRunner().invoke(cli, ["quotes", "--corpus", str(tmp_path)])
    by_index = CliRunner().invoke(cli, ["index", str(tmp_path), "--rebuild"])
    expected = f"osceq: warning: skipped {tmp_path / 'bin.txt'}: binary file (contains NUL bytes)"
    assert expected in by_query.stderr.splitlines()
    assert expected in by_index.stderr.splitlines()


@pytest.mark.parametrize("args", [["extract", "{missing}"], ["extract", "--jsonl-in", "{missing}"]])
def test_extract_of_a_missing_file_is_an_input_error(args: list[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(cli, [arg.format(missing=missing) for arg in args])
    assert (result.exit_code, result.stdout, result.stderr) == (
        2,
        "",
        f"osceq: error: file not found: {missing}\n",
    )


def test_extract_reads_json_lines_with_a_bom_from_stdin() -> None:
    line = json.dumps({"id": "a1", "text": '"We will go on," said Ann Lee.'})
    result = CliRunner().invoke(cli, ["extract", "--jsonl-in", "-"], input="\ufeff" + line + "\n")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert (record["id"], [q["speaker"] for q in record["quotes"]]) == ("a1", ["Ann Lee"])


def test_osceq_alone_prints_the_help_without_an_error_prefix() -> None:
    result = CliRunner().invoke(cli, [], prog_name="osceq")
    assert result.exit_code == 2
    assert result.stderr.startswith("Usage: osceq [OPTIONS] COMMAND [ARGS]...\n")
    assert "error" not in result.stderr.splitlines()[0]


def test_debug_is_accepted_after_the_command_too(news_corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["speakers", "--corpus", str(news_corpus), "--debug", "--tsv"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("speaker\t")


@pytest.mark.parametrize("name", ["", "  "])
def test_an_empty_speaker_is_a_usage_error(name: str, news_corpus: Path) -> None:
    result = CliRunner().invoke(
        cli, ["quotes", "--corpus", str(news_corpus), "--speaker", name], prog_name="osceq"
    )
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "osceq: error: Invalid value for '--speaker': the name is empty (is a shell variable unset?)"
        " (see 'osceq quotes --help')\n"
    )


def test_timeline_by_period_says_it_ignores_n(news_corpus: Path) -> None:
    result = CliRunner().invoke(
        cli, ["timeline", "--by", "year", "-n", "1", "--corpus", str(news_corpus), "--csv"]
    )
    assert result.exit_code == 0, result.stderr
    assert "osceq: -n does not apply to --by year: every period is counted" in result.stderr.splitlines()
    assert len(result.stdout.splitlines()) > 2


@pytest.mark.parametrize(
    ("fmt", "header"),
    [("csv", "date,doc,title,score,snippet,path"), ("tsv", "date\tdoc\ttitle\tscore\tsnippet\tpath")],
)
def test_no_match_in_csv_or_tsv_still_prints_the_header_line(
    fmt: str, header: str, news_corpus: Path
) -> None:
    result = CliRunner().invoke(cli, ["search", "zzzqx", "--corpus", str(news_corpus), f"--{fmt}"])
    assert (result.exit_code, result.stdout) == (1, header + "\n")


def test_an_empty_bulk_prefix_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["export", "--bulk", ""], prog_name="osceq")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "osceq: error: Invalid value for '--bulk': the value is empty (is a shell variable unset?)"
        " (see 'osceq export --help')\n"
    )


@pytest.fixture(scope="module")
def spelling_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("spellings")
    (root / "towns.txt").write_text(
        'Title: River towns\nDate: 2024-03-01\n\n"Cooperation between the river towns will grow," '
        "said Lena Varga, the valley council chair.\n",
        encoding="utf-8",
    )
    (root / "ferry.txt").write_text(
        'Title: Ferry night\nDate: 2024-03-02\n\n"The co-operation of the ferry crews saved the night," '
        "said Omar Field, the harbour master.\n",
        encoding="utf-8",
    )
    return root


@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("co-operation between the river towns", "Lena Varga"),
        ("the cooperation of the ferry crews", "Omar Field"),
        ("the co-operation of the ferry crews", "Omar Field"),
    ],
)
def test_who_said_folds_a_hyphen_between_word_parts(phrase: str, speaker: str, spelling_corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["who-said", phrase, "--corpus", str(spelling_corpus), "--json"])
    assert result.exit_code == 0, result.stderr
    first = json.loads(result.stdout)[0]
    assert (first["speaker"], first["closeness"], first["match"]) == (speaker, 1.0, "exact")


@pytest.mark.parametrize("query", ["co-operation", "cooperation", "title:towns OR co-operation"])
def test_search_finds_both_spellings_of_a_hyphenated_word(query: str, spelling_corpus: Path) -> None:
    result = CliRunner().invoke(
        cli, ["search", query, "--corpus", str(spelling_corpus), "--fields", "doc", "--no-headers", "--tsv"]
    )
    assert result.exit_code == 0, result.stderr
    assert sorted(result.stdout.split()) == ["ferry", "towns"]


def test_a_hyphenated_search_word_wants_its_parts_side_by_side(spelling_corpus: Path) -> None:
    # "night" and "ferry" are both in ferry.txt, but never as "night-ferry".
    result = CliRunner().invoke(cli, ["search", "night-ferry", "--corpus", str(spelling_corpus)])
    assert result.exit_code == 1


@pytest.mark.parametrize(
    "args",
    [["search", "harbour agreement"], ["quotes"], ["who-said", "secures jobs for a decade"], ["timeline"]],
)
def test_a_narrow_terminal_gets_whole_words_and_ellipses_never_cropped_ones(
    args: list[str], news_corpus: Path
) -> None:
    listing = CliRunner().invoke(cli, [*args, "--corpus", str(news_corpus), "--json"])
    # Every word of the answer, and of the table's own "also reported in:" line.
    known = set(re.findall(r"[\w’'.]+", " ".join(_strings(json.loads(listing.stdout))))) | {
        "also",
        "reported",
        "in",
    }
    shown = CliRunner().invoke(
        cli,
        [*args, "--corpus", str(news_corpus), "--format", "table", "--color", "never", "--no-pager"],
        env={"COLUMNS": "40"},
    )
    lines = shown.stdout.splitlines()
    assert max(len(line) for line in lines) <= 40
    headers = re.findall(r"\w+", lines[1])  # cut ones end in an ellipsis
    for word in re.findall(r"[\w’'.]+…?", "\n".join(lines[3:])):
        if word.endswith("…"):
            assert any(k.startswith(word[:-1]) for k in known), word
        else:  # a whole word, or a piece of one too long for its column, folded onto lines
            assert word in known or any(word in k for k in known if len(k) > 10), word
    names = ("date", "speaker", "quote", "source", "article", "match", "event", "sources")
    assert all(any(name.startswith(word) for name in names) for word in headers), headers


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return [str(value)]
