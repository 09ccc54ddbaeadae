"""The quote evaluation's scoring functions, on invented records."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from osceq.evaluate.quotes import evaluate, name_right, person_shown


@pytest.mark.parametrize(
    ("gold_mention", "shown", "expected"),
    [
        ("Democratic pollster Ilse Varga", "Ilse Varga", True),
        ("Varga", "Ilse Varga", True),  # the surname, shown with the article's full name
        ("Democratic pollster Ilse Varga", "Democratic", False),
        ("Varga", "Tomas Ebner", False),
        ("Varga", None, False),
        # Mentions that name no one by name are not scored.
        ("she", "Ilse Varga", None),
        ("a company spokesman", "a company spokesman", None),
    ],
)
def test_name_right(gold_mention: str, shown: str | None, expected: bool | None) -> None:
    assert name_right({"speaker": gold_mention}, {"speaker": shown}) is expected


@pytest.mark.parametrize(
    ("person", "shown", "expected"),
    [
        ("Sen. Ilse Varga", "Ilse Varga", "right"),
        ("Ilse Varga", "Tomas Ebner", "another"),  # a right "she" given to the wrong person
        ("Ilse Varga", "the chairwoman", "role"),
        ("Ilse Varga", None, "none"),
        # Labels that name no one by name are not scored.
        ("the ministry", "the ministry", None),
        (None, "Ilse Varga", None),
    ],
)
def test_person_shown(person: str | None, shown: str | None, expected: str | None) -> None:
    assert person_shown({"person": person}, {"speaker": shown}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vice Premier Tao Lirong arrived late. Tao said the port would open.", "right"),
        ("Vice Premier Tao Lirong arrived late and left early.", "another"),  # never written alone
    ],
)
def test_person_shown_takes_a_family_name_written_first_and_alone_in_the_article(
    text: str, expected: str
) -> None:
    assert person_shown({"person": "Tao Lirong"}, {"speaker": "Tao"}, text) == expected


def test_persons_shown_are_counted_only_where_the_gold_says_whom_a_mention_means(tmp_path: Path) -> None:
    text = 'Ilse Varga met Tomas Ebner. "We will see," she said.'
    start = text.index("We")
    quote = {"text": "We will see,", "start": start, "end": start + 12, "kind": "direct"}
    she = {"speaker": "she", "speaker_start": text.index("she"), "speaker_end": text.index("she") + 3}
    labelled = {
        "id": "a",
        "date": "2024-05-02",
        "text": text,
        "quotes": [{**quote, **she, "person": "Ilse Varga"}],
    }
    unlabelled = {"id": "b", "date": "2024-05-02", "text": text, "quotes": [{**quote, **she}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(labelled) + "\n" + json.dumps(unlabelled) + "\n", encoding="utf-8")
    report = evaluate(str(path))
    assert report.rows["all"].speaker_strict == 2
    assert report.persons == [1, 0, 0, 0]


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    text = 'Ilse Varga met Tomas Ebner. "We will see," she said.'
    start = text.index("We")
    quote = {"text": "We will see,", "start": start, "end": start + 12, "kind": "direct"}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "a", "date": "2024-05-02", "text": text, "quotes": [quote]}) + "\n")
    command = [sys.executable, "-m", "osceq.evaluate", "quotes", str(path)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    # The reader goes away before the evaluator has written anything (as `| head` may), so its
    # first write into the pipe fails, whenever it comes.
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0
    assert error == ""
