"""A paragraph opening on a relative the article named before (`his daughter, Jo Marsh,` … `His
daughter said …. "…," she said.`): the he or she is that relative, by the name set off after the
same noun of kin, when the article sets off one name only after it (invented names and sentences
only)."""

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
            _OBITUARY
            + 'His daughter said he kept bees until his last summer. "He talked to them every morning," she said.',
            "Jo Marsh-Tate",
        ),
        (
            "Tom Reed, the mayor, spoke first. His son, Sam Reed, a teacher, spoke next.\n\n"
            "Mary Holt, a teacher, also spoke.\n\n"
            'His son said the town owed him a debt. "He gave it his life," he said.',
            "Sam Reed",
        ),
        # negatives: two names set off after the noun, none, or another relative's paragraph
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
