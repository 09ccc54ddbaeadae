"""A list of names shown whole (`Smith, Jones and Brown said`) names several speakers: its key is the
whole list, and it never merges with the one person its first item names, in an article or across
the corpus (invented names only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from osceq.cli import cli
from osceq.extract.names import canonical_names, is_names_list, name_matches, speaker_key
from osceq.query.speakers import corpus_canonical_names
from tests.conftest import write_corpus


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Smith, Jones and Brown", "smith jones and brown"),
        ("Smith, Jones, and Brown", "smith jones and brown"),
        ("Ann Lee, 42, Tom Reed, 51, and Bo Park", "ann lee tom reed and bo park"),
        ("Ann Lee, a lawyer, Tom Reed and Bo Park", "ann lee a lawyer tom reed and bo park"),
        ("Ann de Vos, Smith and Brown", "ann de vos smith and brown"),
        ("Smith & Jones", "smith jones"),
        ("Lee, Smith and Co", "lee smith and co"),
        # A pair joined by "and" was whole already; a person keeps its own key.
        ("Smith and Brown", "smith and brown"),
        ("Ann Smith", "ann smith"),
        ("Mayor Ann Smith", "ann smith"),
        ("Ann Lee, chairman of Smith and Co", "ann lee"),
    ],
)
def test_a_lists_key_is_the_whole_list(name: str, key: str) -> None:
    assert speaker_key(name) == key


@pytest.mark.parametrize(
    "name", ["Ann Smith", "Smith", "Ann Lee, Jr.", "Ann Lee, chairman of Smith and Co", "Smith and her son"]
)
def test_no_list(name: str) -> None:
    assert not is_names_list(name)


@pytest.mark.parametrize(
    "listed",
    ["Smith, Jones and Brown", "Ann Smith, Tom Reed and Bo Park", "Smith & Jones", "Smith and Brown"],
)
def test_a_list_never_merges_with_one_person(listed: str) -> None:
    names = [listed, "Ann Smith", "Smith", "Brown", "Tom Brown"]
    assert canonical_names(names)[listed] == listed
    assert corpus_canonical_names(names)[listed] == listed
    assert corpus_canonical_names(names)["Smith"] == "Ann Smith"  # a surname still joins its person
    assert not name_matches(listed, "Ann Smith") and not name_matches("Ann Smith", listed)


def test_the_speakers_listing_keeps_a_list_apart_from_its_first_items_person(tmp_path: Path) -> None:
    corpus = write_corpus(
        tmp_path / "news",
        {
            "council.txt": """\
                Council backs harbour plan

                Ann Smith, a councillor, said the plan was sound. "We have waited long enough," Smith said.
                """,
            "vote.txt": """\
                Vote on harbour plan delayed

                Eva Smith, Tom Jones and Mia Brown wrote to the council. Smith, Jones and Brown said the delay
                was "a farce."
                """,
        },
    )
    index = str(tmp_path / "index")
    assert CliRunner().invoke(cli, ["index", str(corpus), "--index", index]).exit_code == 0
    args = ["speakers", "--corpus", str(corpus), "--index", index, "--json", "-n", "0"]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    rows = {row["speaker"]: row for row in json.loads(result.output)}
    assert "Smith, Jones and Brown" in rows
    assert "Smith, Jones and Brown" not in rows["Ann Smith"]["names"]
