"""Lists of quotations under a lead-in ending on a colon, in invented text."""

from __future__ import annotations

import pytest

from osceq.extract.layout import segment
from osceq.extract.quotes import extract_quotes


def _quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(quote.text, quote.speaker, quote.kind) for quote in extract_quotes(text, segment(text))]


_ITEMS = ['"Cut response times in half."', '"Hire 50 more officers."']


@pytest.mark.parametrize(
    ("lead", "marker", "speaker"),
    [
        ("Rita Bowen, the new police chief, said she had two priorities:", "•", "Rita Bowen"),
        ("Rita Bowen, the new police chief, said she had two priorities:", "-", "Rita Bowen"),
        ("Rita Bowen, the new police chief, told the council:", "*", "Rita Bowen"),
        ("Rita Bowen, the new police chief, listed her priorities:", "1.", "Rita Bowen"),
        ("Rita Bowen took office on Monday. She told the council:", "–", "Rita Bowen"),
    ],
)
def test_list_items_are_the_lead_ins_speakers(lead: str, marker: str, speaker: str) -> None:
    items = "\n\n".join(f"{marker.replace('1', str(k + 1))} {item}" for k, item in enumerate(_ITEMS))
    text = f"Chief Sets Out Plans\n\nThe city swore in a new police chief on Monday.\n\n{lead}\n\n{items}"
    assert _quotes(text) == [
        ("Cut response times in half.", speaker, "direct"),
        ("Hire 50 more officers.", speaker, "direct"),
    ]


@pytest.mark.parametrize(
    ("lead", "items", "expected"),
    [
        # A group's lead-in, a label of the list and a lead-in that names no person give no item a
        # speaker (short items unattributed are left out, as elsewhere).
        ("What they said after the vote:", _ITEMS, []),
        ("Ivo Stroud spoke for an hour. Highlights:", _ITEMS, []),
        ("Five things Ivo Stroud said at the debate:", _ITEMS, []),
        # Others' words the lead-in's speaker voices, reports or shows give the items nobody.
        ("Ivo Stroud quoted his late father:", _ITEMS, []),
        ("Ivo Stroud heard from residents:", _ITEMS, []),
        ("Ivo Stroud read out the letters he had received:", _ITEMS, []),
        ("Ivo Stroud said Rita Bowen had told him:", _ITEMS, []),
        ("Ivo Stroud said critics had sent him messages such as:", _ITEMS, []),
        # An item signed by a name of its own keeps it.
        (
            "Ivo Stroud said:",
            ['"A great day for the county." — Commissioner Hal Ennismore'],
            [("A great day for the county.", "Hal Ennismore", "partial")],
        ),
    ],
)
def test_list_items_with_no_lead_in_speaker(
    lead: str, items: list[str], expected: list[tuple[str, str | None, str]]
) -> None:
    body = "\n\n".join(f"• {item}" for item in items)
    text = f"Vote Held\n\nThe county board voted on Monday.\n\n{lead}\n\n{body}"
    assert _quotes(text) == expected


def test_quotations_after_a_colon_with_no_markers_are_left_as_before() -> None:
    text = (
        "Chief Sets Out Plans\n\nThe city swore in a new police chief on Monday.\n\n"
        'Rita Bowen, the new police chief, said she had two priorities:\n\n"Cut times."\n\n"Hire more."'
    )
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # The lead-in speaker's own speech: her verb, then only the person told, a time or place, her
        # own things or a count.
        ("Mayor Rita Bowen said:", "Rita Bowen"),
        ("Mayor Rita Bowen told reporters on Monday:", "Rita Bowen"),
        ("Mayor Rita Bowen said in a speech on Monday:", "Rita Bowen"),
        ("Mayor Rita Bowen listed her three priorities:", "Rita Bowen"),
        ("Mayor Rita Bowen said she had three priorities:", "Rita Bowen"),
        # Others' words or writings between the verb and the colon: nobody's.
        ("Mayor Rita Bowen said residents had raised three complaints:", None),
        ("Mayor Rita Bowen listed the slogans on the protesters' signs:", None),
        ("Mayor Rita Bowen shared some of the comments left on her page:", None),
        ("Mayor Rita Bowen said a survey of voters found these top concerns:", None),
        ("Mayor Rita Bowen said the town had three demands:", None),
        ("Mayor Rita Bowen said he had three demands:", None),
        ("Mayor Rita Bowen said in a letter from Ivo Stroud:", None),
        ("Mayor Rita Bowen read three of the letters:", None),
    ],
)
def test_list_items_are_the_lead_ins_only_for_her_own_speech(lead: str, speaker: str | None) -> None:
    items = "\n\n".join(f"• {item}" for item in _ITEMS)
    text = f"Chief Sets Out Plans\n\nThe city swore in a new police chief on Monday.\n\n{lead}\n\n{items}"
    expected = [(item.strip('"'), speaker, "direct") for item in _ITEMS] if speaker else []
    assert _quotes(text) == expected


def test_numbered_questions_after_she_asked_him_are_hers() -> None:
    text = (
        "Chief Questioned\n\nRita Bowen met the new police chief on Monday. She asked him:\n\n"
        '1. "When will response times be cut in half?"\n\n2. "Where will you find 50 more officers?"'
    )
    assert [speaker for _, speaker, _ in _quotes(text)] == ["Rita Bowen", "Rita Bowen"]


_ABSENT_MAYOR = "Mayor Greta Lind did not attend, citing illness."
_ABSENT_MAN = "Mayor Tomas Ruell did not attend, citing illness."


@pytest.mark.parametrize(
    ("before", "lead", "speaker"),
    [
        # A his or her of the other sex in the lead-in: another's words, passed on.
        (_ABSENT_MAYOR, "Council member Tomas Ruell listed her demands:", None),
        (_ABSENT_MAYOR, "Council member Tomas Ruell gave her two demands:", None),
        (_ABSENT_MAYOR, "Council member Tomas Ruell shared her two demands:", None),
        (_ABSENT_MAYOR, "Council member Tomas Ruell relayed her two demands:", None),
        (_ABSENT_MAYOR, "Council member Tomas Ruell passed on her demands:", None),
        (_ABSENT_MAYOR, "Council member Tomas Ruell told the crowd on her behalf:", None),
        (_ABSENT_MAYOR, "Speaking for her, Council member Tomas Ruell said:", None),
        (_ABSENT_MAYOR, "He listed her demands:", None),
        (_ABSENT_MAN, "Council member Greta Lind listed his demands:", None),
        (_ABSENT_MAN, "Council member Greta Lind set out his two demands:", None),
        # A his or her with a speaker of unknown sex: nobody's.
        (_ABSENT_MAYOR, "Council member Kim Ruell listed her demands:", None),
        (_ABSENT_MAYOR, "The deputy mayor listed her demands:", None),
        # A wh-word or `that` after the verb, or before the speaker: what others said.
        (_ABSENT_MAYOR, "Council member Tomas Ruell told reporters what residents want:", None),
        (_ABSENT_MAYOR, "Council member Tomas Ruell told the council how voters feel:", None),
        (_ABSENT_MAYOR, "Council member Tomas Ruell explained why:", None),
        (_ABSENT_MAYOR, "Council member Tomas Ruell said that:", None),
        (_ABSENT_MAYOR, "Council member Tomas Ruell summed up what his critics say:", None),
        (_ABSENT_MAYOR, "Council member Tomas Ruell summed up what residents say:", None),
        # A his or her of the speaker's own sex, or the one told: the speaker's own.
        (_ABSENT_MAYOR, "Council member Tomas Ruell listed his demands:", "Tomas Ruell"),
        (_ABSENT_MAYOR, "Council member Tomas Ruell told her:", "Tomas Ruell"),
        (_ABSENT_MAN, "Council member Greta Lind listed her demands:", "Greta Lind"),
        (_ABSENT_MAN, "Council member Greta Lind told him:", "Greta Lind"),
        (_ABSENT_MAN, "Council member Greta Lind told the council:", "Greta Lind"),
    ],
)
def test_a_lead_ins_his_or_her_and_reported_clauses(before: str, lead: str, speaker: str | None) -> None:
    items = "\n\n".join(f"• {item}" for item in _ITEMS)
    text = f"Town Hall Meets\n\nMore than 200 people came on Thursday night.\n\n{before}\n\n{lead}\n\n{items}"
    expected = [(item.strip('"'), speaker, "direct") for item in _ITEMS] if speaker else []
    assert _quotes(text) == expected
