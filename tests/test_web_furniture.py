"""Page furniture of saved web pages in invented text: embedded social posts, follow lines, link lines."""

from __future__ import annotations

import pytest

from osceq.extract.layout import ROLE_BODY, ROLE_BOILERPLATE, segment
from osceq.extract.quotes import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in extract_quotes(text, segment(text))]


def _role(text: str, paragraph: str) -> str:
    start = text.index(paragraph)
    return next(block.role for block in segment(text) if block.start <= start < block.end)


_POSTS = [
    "Good luck to all runners tomorrow! Stay safe.\n— Piet Vallo (@pvallo) April 20, 2019",
    "Heads up, everyone. Big news coming.\n— Piet Vallo (@pvallo) March 3, 2020",
    '"What a game. Heads up, boys." — Piet Vallo (@pvallo) October 2, 2018',
    "— Piet Vallo (@pvallo) June 12, 2019",
    "We did it. Thank you all. pic.twitter.com/x8Kq2Lm\n-- Piet Vallo (@pvallo) May 3, 2016",
    "A post shared by Piet Vallo (@pvallo) on Jan 2, 2018 at 9:14am PST",
]


@pytest.mark.parametrize("post", _POSTS)
def test_an_embedded_post_is_no_antecedent_of_a_later_he(post: str) -> None:
    text = (
        "Race Goes Ahead\n\nRune Castel, the race director, said the marathon would go ahead.\n\n"
        f'{post}\n\n"We will keep going unless the storm hits," he said.'
    )
    assert _role(text, post.split("\n")[-1]) == ROLE_BOILERPLATE  # (the signature, at least)
    assert _speakers(text)[-1:] == ["Rune Castel"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # Prose that names a handle, and a quotation signed by a name with no handle, stay the story's.
        "Piet Vallo (@pvallo) wrote on Twitter that the race was off, then deleted the post.",
        '"We will rebuild." — Piet Vallo, the race director',
        "The race director, Piet Vallo, said on Twitter that the race was off (@pvallo has 9,000 followers).",
    ],
)
def test_prose_naming_a_handle_stays_body(paragraph: str) -> None:
    text = f"Race Goes Ahead\n\nThe marathon was set for Sunday in Orrin.\n\n{paragraph}\n\nIt was not."
    assert _role(text, paragraph) == ROLE_BODY


@pytest.mark.parametrize(
    "line",
    [
        "Follow Ed Rossby on Twitter @edrossby.",
        "Follow Ed Rossby on Twitter",
        "Follow Ed Rossby @edrossby",
        "You can follow Ed Rossby on Instagram.",
    ],
)
def test_a_follow_line_is_no_antecedent_of_a_later_he(line: str) -> None:
    text = (
        "New Bus Line\n\nAhmad Rhee says the new bus line has cut his commute in half.\n\n"
        f'{line}\n\n"I get home in time for dinner now," he said.'
    )
    assert _role(text, line) == ROLE_BOILERPLATE
    assert _speakers(text) == ["Ahmad Rhee"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Follow Ed Rossby, the driver, on his last route through the city.",
        "Followers of Ed Rossby on Twitter say he is leaving.",
        "Follow the Money, a group in Orrin, wants the line cut.",
    ],
)
def test_prose_opening_on_follow_stays_body(paragraph: str) -> None:
    text = f"New Bus Line\n\nThe line opened on Monday in Orrin.\n\n{paragraph}\n\nIt was not cheap."
    assert _role(text, paragraph) == ROLE_BODY


@pytest.mark.parametrize(
    "line",
    [
        "Related: Mayor Tom Askew promises shelter funding",
        "READ MORE: Police chief Tom Askew says search will continue",
        "SEE ALSO: 'We were ignored,' says Tom Askew",
        "► Related: Tom Askew calls pool vote 'a betrayal'",
        "VIDEO: Neighbour Tom Askew films the tree falling",
        "ALSO: Askew's team loses 'heartbreaker' in overtime",
        "Read more: Why Tom Askew quit?",
        "Trending: Actor Tom Askew arrested in Dover",
        "MORE FROM THE LEDGER: Tom Askew opens bakery",
        "Recommended: Tom Askew on his new film",
        "LISTEN | Tom Askew on the storm",
    ],
)
def test_a_link_line_is_no_antecedent_and_says_nothing(line: str) -> None:
    text = (
        "Shelter Heating Fails\n\nAldo Finchley, who runs the shelter, said the heating had failed.\n\n"
        f'{line}\n\n"It is not safe for anyone to sleep here," he said.'
    )
    assert _role(text, line) == ROLE_BOILERPLATE
    assert _speakers(text) == ["Aldo Finchley"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # A sentence of the story under a label, and a clip's quotation, stay body.
        "Also: Tom Askew said the shelter would reopen in May.",
        "More: the shelter has 40 beds and a waiting list of 60 people.",
        "WATCH: 'We will not close,' says Tom Askew",
        "More from Tom Askew, the shelter's manager, who said it would close",
        "Related: the council will vote on the shelter's budget on Monday",
        # A quotation with a tag of the story's (any verb after `Also:`, a past one after any label),
        # even with no full stop at its end.
        'Also: "We will not pay for this wall," said Senator Tom Askew',
        'ALSO: "We will not pay for this wall," says Senator Tom Askew',
        "Related: 'We will not pay for this wall,' Tom Askew told the council",
    ],
)
def test_a_labelled_sentence_or_clip_quote_stays_body(paragraph: str) -> None:
    text = f"Shelter Heating Fails\n\nThe shelter opened in 2009.\n\n{paragraph}\n\nIt has 40 beds in all."
    assert _role(text, paragraph) == ROLE_BODY


@pytest.mark.parametrize(
    "note",
    [
        'Correction: An earlier version of this story said she called the plan "a waste." She did not.',
        'CORRECTION: A previous version of this story quoted Spence as calling the plan "a waste."',
        'Correction (May 4): This story misquoted Rhea Spence, who called the plan "a start."',
        "This article was corrected on 4 May 2020 to fix a quotation.",
        'An earlier version of this story misquoted Rhea Spence as saying the plan was "a waste."',
        "Editor's note: This story contains language some readers may find offensive.",
        "EDITOR’S NOTE — Ivo Brandt, who is quoted in this story, is a former board member.",
    ],
)
def test_a_correction_or_an_editors_note_says_nothing(note: str) -> None:
    text = (
        "Board Rejects Transit Plan\n\nThe county board rejected the transit plan on Tuesday.\n\n"
        f'"We cannot afford it," board chair Rhea Spence said.\n\n{note}\n\nIvo Brandt left.\n\n'
        '"I am done," he said.'
    )
    assert _role(text, note) == ROLE_BOILERPLATE
    assert _speakers(text) == ["Rhea Spence", "Ivo Brandt"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # The story's own sentences about corrections, reports and versions stay body.
        'This report was "a waste of paper," Rhea Spence said.',
        'Corrections officer Ivo Brandt said the jail was "full."',
        'This story was told to me by Ivo Brandt, who called it "true."',
        "The corrections department said on Monday that the jail was full.",
        # A label's hyphen in a word, a tagged quotation after a label, and a note on the story with
        # more sentences, a tag's verb or more of the story after it are the story's.
        "Corrections-department officials said the jail was full.",
        'Correction officers said it was "a mess." "It was chaos from start to finish," said Ivo Brandt.',
        'Editor\'s note: Ivo Brandt told the board: "We are out of beds and out of time."',
        "This report was updated in March to add new testimony, said inquiry chair Ivo Brandt.",
        "This article was updated on May 4. It adds the warden's reply.",
    ],
)
def test_the_storys_sentences_on_corrections_stay_body(paragraph: str) -> None:
    text = f"Jail Is Full\n\nThe county jail opened in 1990.\n\n{paragraph}\n\nIt has 400 beds."
    assert _role(text, paragraph) == ROLE_BODY


@pytest.mark.parametrize(
    "box",
    [
        "About the author: Dan Pikeman covers schools for the Ledger.",
        "ABOUT THE WRITER | Dan Pikeman covers schools.",
    ],
)
def test_a_writers_box_is_no_antecedent(box: str) -> None:
    text = (
        "Chess Title Won\n\nBo Kerrigan, 19, won the state chess title on Sunday.\n\n"
        f'{box}\n\n"I studied every night," he said.'
    )
    assert _role(text, box) == ROLE_BOILERPLATE
    assert _speakers(text) == ["Bo Kerrigan"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # The story's own sentences on authors, and a statement sent by email, stay body.
        "About the author, Dan Pikeman, little is known beyond his one novel.",
        "Dan Pikeman, the author of two books on chess, said the title was deserved.",
        "In an email to the Ledger, Dan Pikeman said the title was deserved.",
        # A quotation or a tag's verb makes a paragraph with an address, or under a box's label, the
        # story's; so does a request that opens on no label or names no writer.
        '"Anyone who saw it should email us at tips@orrin.example, and we will keep it private," said '
        "Sergeant Dana Pikeman.",
        "Contact the club at chess@orrin.example if you want to play, said its captain, Ana Voss.",
        'About the author: Quill Ashby grew up in Leeds. "I wanted readers to feel the cold," she said.',
        "Contact the club at chess@orrin.example if you want to play.",
        "Dan Pikeman coaches the club. Contact him at dpikeman@ledger.example.",
        # A request to contact somebody at an address is no writer's box: a story's appeal is so worded.
        "Contact Tom Rayner at trayner@ledger.example or 555-0199.",
        "Email him at dpikeman@ledger.example.",
        "Email Dan Pikeman at dpikeman@ledger.example, or follow him on Twitter.",
        "Write to Dan Pikeman at dpikeman@ledger.example.",
    ],
)
def test_the_storys_sentences_on_authors_stay_body(paragraph: str) -> None:
    text = f"Chess Title Won\n\nThe state chess final was held on Sunday.\n\n{paragraph}\n\nIt ran late."
    assert _role(text, paragraph) == ROLE_BODY


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            '"Anyone with information should email us at tips@orrin.example, and we will keep it '
            'confidential," said Sergeant Dana Pike.',
            ["Dana Pike"],
        ),
        (
            "Contact the fund at aid@relief.example if you need help, said its director, Ana Voss. "
            '"No family will be turned away," she said.',
            ["Ana Voss"],
        ),
    ],
)
def test_a_quote_near_an_email_address_is_kept(paragraph: str, expected: list[str]) -> None:
    text = f"Fund Opens\n\nA relief fund opened in Orrin on Monday.\n\n{paragraph}\n\nIt has $2 million."
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            'Corrections-department officials said the riot began at noon. "It was chaos from start to '
            'finish," said spokeswoman Dena Marsh.',
            ["Dena Marsh"],
        ),
        (
            # (kept, though a she of a name of unknown sex is nobody)
            'About the author: Quill grew up in Leeds. "I wanted readers to feel the cold," she said.',
            [None],
        ),
        (
            "This report was updated in March to add new testimony, said inquiry chair Ana Voss. "
            '"We owed it to the families," she said.',
            ["Ana Voss"],
        ),
    ],
)
def test_a_quote_under_a_notes_words_is_kept(paragraph: str, expected: list[str]) -> None:
    text = f"Inquiry Reports\n\nThe inquiry met in Orrin on Monday.\n\n{paragraph}\n\nIt sat for a week."
    assert _speakers(text) == expected


def test_a_note_on_the_story_is_furniture_only_at_its_end() -> None:
    note = "This article was updated on May 4."
    text = f"Jail Is Full\n\nThe county jail opened in 1990.\n\n{note}\n\nIt has 400 beds.\n\nIt is old.\n\nIt leaks."
    assert _role(text, note) == ROLE_BODY
    assert _role(f"Jail Is Full\n\nThe county jail opened in 1990.\n\n{note}", note) == ROLE_BOILERPLATE


def test_a_tagged_quote_under_also_keeps_its_speaker() -> None:
    text = (
        "Wall Vote Fails\n\nThe council voted down the border wall on Monday.\n\n"
        'Also: "We will not pay for this wall," said Senator Ann Lee\n\nThe vote was 7-2.'
    )
    assert _speakers(text) == ["Ann Lee"]


@pytest.mark.parametrize(
    "appeal",
    [
        "Contact Detective Dana Pike at dpike@kellby.example with any information about the crash.",
        "Email Detective Dana Pike at dpike@kellby.example if you were on Mill Road that night.",
        "Reach Detective Dana Pike at dpike@kellby.example or 555-0100.",
    ],
)
@pytest.mark.parametrize("witness", ["Maria Falk", "Oren Falk"])
def test_an_appeal_to_contact_somebody_names_the_next_pronouns_speaker(appeal: str, witness: str) -> None:
    text = (
        "Cyclist Hurt\n\nA cyclist was badly hurt on Sunday night on Mill Road, police said.\n\n"
        f"The driver of a dark van did not stop, according to witness {witness}.\n\n{appeal}\n\n"
        '"Someone saw that van, and we need them to come forward," she said.'
    )
    assert _role(text, appeal) == ROLE_BODY
    assert _speakers(text) == ["Dana Pike"]
