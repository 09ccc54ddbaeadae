"""A voter panel's or a vox pop's speaker named by a given name and an age, then a verb of saying
(`Walt, 72, a retired machinist, said he had not.`), in the paragraph of a he or she tag: the tag is
that person's, not a man or woman named paragraphs before. Only with the verb of saying in that
paragraph: a child, a victim, a horse or a player named so, of whom an official speaks, keeps the
official's pronoun (tests/test_named_with_an_age.py; invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_DEBATE = (
    'Gov. Tom Reed said the plan would cut taxes. "It is simple," he said.\n\n'
    "Sen. Mary Wren called it a gimmick.\n\n"
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _DEBATE + "Priya, 28, a student, said she liked the answer; Walt, 72, a retired machinist, "
            'said he had not. "She dodged the question," he said.',
            "Walt",
        ),
        (
            _DEBATE + "Ed, 58, a union pipefitter, said it was the only part that mattered to him. "
            '"That seat is for 30 years," he said.',
            "Ed",
        ),
        (
            _DEBATE + "Marcus, 31, a warehouse supervisor, disagreed. He said the answer was "
            '"the only specific thing anybody said." "I wrote it down," he said.',
            "Marcus",
        ),
        (
            _DEBATE
            + 'Dolores, 67, a retired bookkeeper, told us she was torn. "I will think about it," she said.',
            "Dolores",
        ),
        # negatives: no verb of saying, a quote of a third person of the sex, a nearer subject, the other sex
        (
            'Detective Paul Ward led the search.\n\nEthan, 9, told officers he was lost. "He was cold but unhurt," he said.',
            "Paul Ward",
        ),
        (
            'Manager Tom Reed named his side.\n\nJamie, 19, a striker, scored twice. "He was superb," he said.',
            "Tom Reed",
        ),
        (
            _DEBATE
            + 'Walt, 72, a retired machinist, said he had not. Mayor Ivo Park agreed. "It was a dodge," he said.',
            "Ivo Park",
        ),
        (
            _DEBATE + 'Walt, 72, a retired machinist, said he had not. "It was a dodge," she said.',
            "Mary Wren",
        ),
        (
            'Dr Helen Marsh said the girl was recovering.\n\nMolly, 7, said she was scared of dogs. "She will make a full recovery," she said.',
            "Helen Marsh",
        ),
        (
            'Dr Helen Marsh said the girl was recovering.\n\nMolly, 7, said she wanted to go home. "We expect a full recovery," she said.',
            "Helen Marsh",
        ),
        (
            _DEBATE + "Jeff, 45, who owns a small landscaping company, was unmoved. "
            '"I don\'t care about his taxes. I care about mine," he said.',
            "Jeff",
        ),
        (
            'Detective Paul Ward led the search.\n\nTom, 34, told officers he was lost. "He was cold but unhurt," he said.',
            "Paul Ward",
        ),
        (
            'Detective Paul Ward led the search.\n\nTom, 34, was found in a barn. "We are relieved," he said.',
            "Paul Ward",
        ),
        (
            'Detective Paul Ward led the search.\n\nTom, 34, told officers he was lost. "I think he was cold," he said.',
            "Paul Ward",
        ),
        (
            'Sgt. Ann Cole took the call.\n\nSara, 28, told police she had been followed. "I believe she was targeted," she said.',
            "Ann Cole",
        ),
    ],
)
def test_an_aged_given_name_saying_is_the_tags(text: str, speaker: str | None) -> None:
    assert body(text)[-1].speaker == speaker


def test_the_reported_pronoun_outweighs_the_name_lists() -> None:
    text = _DEBATE + 'Leon, 63, a voter from Elm, said she wanted change. "We need it," he said.'
    assert body(text)[-1].speaker != "Leon"
