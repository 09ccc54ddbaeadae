"""A paragraph opening on a relative (`His daughter said …. "…," she said.`) after the article set
off a relative's name after the same noun of kin (`his daughter, Jo Marsh,`): the his or her may be
another person's, so the he or she is nobody, not the name set off before (invented names and
sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_OBITUARY = (
    "Ivo Marsh, who ran the dairy co-operative in Elm for two decades, died on Tuesday at 93.\n\n"
    "He died in his sleep, his daughter, Jo Marsh-Tate, said.\n\n"
    "His first wife, Nell Bray, died in 1990.\n\n"
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _OBITUARY.replace(
                "He died in his sleep",
                "His daughter, Ann Marsh, said he had been ill. He died in his sleep",
            )
            + 'His daughter said he kept bees until his last summer. "He talked to them every morning," she said.',
            None,
        ),
        (
            "Ivo Marsh, a farmer, died on Sunday. Ann Bell, his nurse, was with him.\n\n"
            'His daughter said he kept bees until his last summer. "He talked to them every morning," she said.',
            None,
        ),
        (
            _OBITUARY
            + 'His sister said he kept bees until his last summer. "He talked to them every morning," she said.',
            None,
        ),
    ],
)
def test_a_relative_named_before(text: str, speaker: str | None) -> None:
    assert body(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed, 70, was hurt in the crash. His daughter, Jo Reed, drove him home.\n\nInspector Ann "
        'Holt said a second driver, a man of 40, was unhurt. His daughter said he was shaken. "He could '
        'have died," she said.',
        "Ann Holt, 60, was rescued. Her son, Sam Holt, waited outside.\n\nFire Chief Tom Reed said a "
        'neighbour, a woman of 80, was also rescued. Her son said she was cold. "She is tough," he said.',
        "Ed Dale, a miner, was trapped for two days. His son, Sam Dale, kept watch.\n\nCouncillor Ann "
        "Holt praised the rescuers, among them a firefighter who was injured. His son said he would "
        'recover. "He is strong," he said.',
        "Tom Reed, the mayor, spoke first. His son, Sam Reed, a teacher, spoke next.\n\nMary Holt, a "
        'teacher, also spoke.\n\nHis son said the town owed him a debt. "He gave it his life," he said.',
    ],
)
def test_an_unnamed_relative(text: str) -> None:
    """The relative of the opening may be an unnamed man's or woman's (a driver, a neighbour): nobody."""
    assert body(text)[-1].speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh, a farmer, was also hurt in the crash. His daughter, Jo Marsh, was unhurt.\n\n"
        'Tom Reed spoke to reporters on Monday. His daughter said the family was grateful. "We are so '
        'relieved," she said.',
        "Tom Reed thanked the crew.\n\nIvo Marsh came with his daughter, Jo Marsh, a nurse. Reed was "
        'quiet. His daughter said he was tired. "He needs rest," she said.',
        "Sam Holt, 19, was found safe. His mother, Dana Holt, had raised the alarm.\n\nRescuers also "
        'found Ben Carr, 22, in the woods. His mother said he was cold but well. "I never gave up hope," '
        "she said.",
        "Tom Reed, a farmer, died on Sunday. He is survived by his daughter, Jo Reed, and a brother, Ivo "
        'Reed.\n\nIvo Reed, 80, was too ill to attend. His daughter said he was heartbroken. "They were '
        'close," she said.',
        _OBITUARY + "Gov. Ed Dale said Mr. Marsh had been a friend.\n\n"
        'His daughter said he kept bees until his last summer. "He talked to them every morning," she said.',
    ],
)
def test_another_owner_named_between(text: str) -> None:
    """The his or her of the opening may be another man's or woman's named after the relative was."""
    assert body(text)[-1].speaker is None
