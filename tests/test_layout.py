"""Layout extraction on strings: paragraphs, sentences, metadata, block roles, datelines, titles."""

from __future__ import annotations

import pytest

from osceq.analyze import extract_text
from osceq.extract.layout import (
    ROLE_BODY,
    ROLE_BOILERPLATE,
    ROLE_CAPTION,
    ROLE_HEADING,
    ROLE_META,
    ROLE_REFERENCE,
    ROLE_TITLE,
    dateline,
    read_metadata,
    segment,
    title_of,
)
from osceq.extract.quotes import extract_quotes
from osceq.extract.text import fold, paragraphs, sentences


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\n\nTwo.", ["One.", "Two."]),
        ("  One.  \n \n\n  Two.  ", ["One.", "Two."]),
        # One line per paragraph, no blank lines (newswire style).
        (
            "First paragraph ends here.\nSecond starts here.",
            ["First paragraph ends here.", "Second starts here."],
        ),
        # Hard-wrapped text: a line that runs on is joined with the next.
        (
            "This is a long line of prose that was wrapped by an editor at about\n"
            "seventy characters and continues here.",
            [
                "This is a long line of prose that was wrapped by an editor at about\n"
                "seventy characters and continues here."
            ],
        ),
        # Lines longer than any wrapping column are paragraphs, closed by a full stop or not; only a
        # line opening in lower case continues the one before.
        (
            "Harbour board officials said the ports would seek a shared plan to cut dock fees and widen the channels\n"
            "Port Director Lina Sorvik spoke next.\nand then left.",
            [
                "Harbour board officials said the ports would seek a shared plan to cut dock fees and widen the channels",
                "Port Director Lina Sorvik spoke next.",
                "and then left.",
            ],
        ),
        (
            "Harbour board officials said the ports would seek a shared plan to cut dock fees and widen the\n"
            "channels to the north.",
            [
                "Harbour board officials said the ports would seek a shared plan to cut dock fees and widen the\n"
                "channels to the north."
            ],
        ),
        # List items never run on.
        ("Our aims are to do the following things properly\n• first aim\n• second aim", None),
        ("", []),
        ("\n\n\n", []),
    ],
)
def test_paragraphs(text: str, expected: list[str] | None) -> None:
    found = _texts(text, paragraphs(text))
    if expected is None:
        assert found[-2:] == ["• first aim", "• second aim"]
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        (
            "Mr. Smith met Dr. Jones in the U.S. capital. They talked.",
            ["Mr. Smith met Dr. Jones in the U.S. capital.", "They talked."],
        ),
        ('"We will win," he said. "Trust me."', ['"We will win," he said.', '"Trust me."']),
        (
            "It was held in Jan. 2010 in Tarvik. It ended.",
            ["It was held in Jan. 2010 in Tarvik.", "It ended."],
        ),
        ("J. R. Smith spoke. Then he sat.", ["J. R. Smith spoke.", "Then he sat."]),
        # A full stop glued to the next sentence, as careless copy-editing leaves it.
        ("It was a success.The next one failed.", ["It was a success.", "The next one failed."]),
        ("Prices rose 2.5 percent. Trade fell.", ["Prices rose 2.5 percent.", "Trade fell."]),
        ("No end", ["No end"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _texts(text, sentences(text)) == expected


def test_sentences_within_a_range_keep_absolute_offsets() -> None:
    text = "Intro. First one. Second one."
    spans = sentences(text, 7, len(text))
    assert _texts(text, spans) == ["First one.", "Second one."]


@pytest.mark.parametrize(
    ("text", "fields", "source"),
    [
        ("HEADLINE HERE\nDate: 1991-05-14 09:41:07\n\nBody.", {"date": "1991-05-14 09:41:07"}, "header"),
        (
            "Title: A story\nDate: 2020-01-02\n\nBody text.",
            {"title": "A story", "date": "2020-01-02"},
            "header",
        ),
        (
            "---\ntitle: 'Front'\ndate: 2021-05-06\n---\nBody.",
            {"title": "Front", "date": "2021-05-06"},
            "front-matter",
        ),
        (" date 2025-06-10 TARVIK – The body starts on this line.", {"date": "2025-06-10"}, "header"),
        ("Body text here.\n\nYear: 2014\nCity: Almaty", {"year": "2014", "city": "Almaty"}, "footer"),
        # "Note:" is not a metadata key, and a colon inside the body is not metadata.
        ("Body with a note.\n\nNote: this is body text.", {}, "none"),
        ("Reasons: there were many.\n\nBody.", {}, "none"),
        # A date alone on its line under the headline, with or without a verb, weekday and time.
        ("A Headline Here\n\nMay 3, 2024\n\nBody.", {"date": "May 3, 2024"}, "header"),
        ("A Headline Here\nSept. 3, 2024 at 9:15 p.m. EDT\n\nBody.", {"date": "Sept. 3, 2024"}, "header"),
        (
            "A Headline Here\nBy Jane Roe and Ali Khan, Staff Writers\nPublished Tuesday, 3 May 2024 10:32\n"
            "Updated on 2024-05-05\n\nBody.",
            {
                "byline": "Jane Roe and Ali Khan, Staff Writers",
                "published": "3 May 2024",
                "updated": "2024-05-05",
            },
            "header",
        ),
        # A sentence that starts with a date or "By" is body text.
        ("A Headline Here\n\nMay 3, 2024, was the day the talks failed.\n\nBody.", {}, "none"),
        ("A Headline Here\n\nBy Tuesday the talks had failed.\n\nBody.", {}, "none"),
    ],
)
def test_read_metadata(text: str, fields: dict[str, str], source: str) -> None:
    meta = read_metadata(text)
    assert meta.fields == fields
    assert meta.source == source
    for start, end in meta.spans:
        assert 0 <= start < end <= len(text)


def test_inline_date_metadata_leaves_the_rest_of_the_line_as_body() -> None:
    text = " date 2025-06-10 TARVIK – The minister met her counterpart on Tuesday.\n\nMore text follows."
    blocks = segment(text)
    meta = [text[b.start : b.end] for b in blocks if b.role == ROLE_META]
    body = [text[b.start : b.end] for b in blocks if b.role == ROLE_BODY]
    assert meta == ["date 2025-06-10"] or meta == [" date 2025-06-10 "]
    assert body[0].startswith("TARVIK – The minister")


ARTICLE = """\
Minister Promises New Bridge by Spring

RIVERTON – The transport minister promised on Monday that the bridge would open in spring.

The minister at the site on Monday. Photo credit: City Press/Jan Novak.

Funding questions

"We have the money and we have the plan," the minister said, adding that work had begun.

Sign up for our newsletter and follow us on social media!

References
1. Bridge report // City Journal. 2019. P. 3-6.
"""


def _roles(text: str) -> dict[str, list[str]]:
    roles: dict[str, list[str]] = {}
    for block in segment(text):
        roles.setdefault(block.role, []).append(text[block.start : block.end])
    return roles


def test_segment_finds_each_role() -> None:
    roles = _roles(ARTICLE)
    assert roles[ROLE_TITLE] == ["Minister Promises New Bridge by Spring"]
    assert roles[ROLE_CAPTION] == ["The minister at the site on Monday. Photo credit: City Press/Jan Novak."]
    assert roles[ROLE_HEADING] == ["Funding questions"]
    assert roles[ROLE_BOILERPLATE] == ["Sign up for our newsletter and follow us on social media!"]
    assert roles[ROLE_REFERENCE][0] == "References"
    assert len(roles[ROLE_BODY]) == 2
    assert roles[ROLE_BODY][1].startswith('"We have the money')


@pytest.mark.parametrize(
    "paragraph",
    [
        # Body paragraphs that merely mention these words are not captions or boilerplate.
        "The ministry said it would subscribe to the new treaty once parliament had debated its many clauses "
        "and the opposition had been given a chance to propose amendments to the text.",
        "Critics questioned the photo opportunity, saying the visit was staged for the cameras and that "
        "nothing of substance had been discussed by the two delegations during their hour together.",
    ],
)
def test_long_body_paragraphs_stay_body(paragraph: str) -> None:
    text = f"A headline\n\n{paragraph}\n\nAnother paragraph closes the story here."
    roles = _roles(text)
    assert paragraph in roles[ROLE_BODY]


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        (
            "HEADLINE\nDate: 1991-05-14 09:41:07\n\nDOVER, May 14 - Ferries ran late.",
            "DOVER",
            "May 14",
        ),
        ("A title\n\nLOS ANGELES, March 3 - Prices rose.", "LOS ANGELES", "March 3"),
        ("A title\n\nTARVIK – The minister arrived.", "TARVIK", None),
        ("A title\n\nWASHINGTON (Reuters) - The senate voted.", "WASHINGTON", None),
        ("A title\n\nThe minister arrived in Tarvik.", None, None),
    ],
)
def test_dateline(text: str, place: str | None, date: str | None) -> None:
    found = dateline(text, segment(text))
    if place is None:
        assert found is None
    else:
        assert found is not None
        assert found.place == place
        assert (found.date.text if found.date else None) == date
        assert text[found.span.start : found.span.end] == found.span.text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Title: From metadata\n\nSome body text here.", "From metadata"),
        (
            "A Headline Without a Full Stop\n\nThe body starts here. It goes on.",
            "A Headline Without a Full Stop",
        ),
        (
            "TARVIK – The minister met her counterpart on Tuesday to discuss trade. Later she left.",
            "The minister met her counterpart on Tuesday to discuss trade.",
        ),
    ],
)
def test_title(text: str, title: str) -> None:
    meta = read_metadata(text)
    assert title_of(text, segment(text, meta), meta) == title


def test_fold_ignores_case_and_diacritics() -> None:
    assert fold("Valtönen") == fold("VALTONEN") == "valtonen"


@pytest.mark.parametrize(
    ("first", "is_title"),
    [
        ("Harbour Deal Signed After Long Talks", True),
        ("Is the Harbour Deal a Good One?", True),
        ("Harbour Deal Signed After Long Talks.", True),  # title case with a final stop
        ("The minister said the harbour deal would “protect every job.”", False),
        ("The minister said the deal was “historic”", False),
        ("The minister signed the deal on Tuesday, officials said.", False),
        ("TARVIK, June 10 - The minister arrived", False),  # a dateline opens the story
    ],
)
def test_first_paragraph_as_title(first: str, is_title: bool) -> None:
    text = f"{first}\n\nThe second paragraph of the story follows here."
    roles = _roles(text)
    assert (roles.get(ROLE_TITLE) == [first]) is is_title


def test_a_first_paragraph_repeating_the_known_title_is_the_title() -> None:
    text = "Senator says the budget deal is dead, blames rivals.\n\nThe senator spoke on Monday."
    assert _roles(text).get(ROLE_TITLE) is None  # reads like a sentence...
    blocks = segment(text, title="Senator says the budget deal is dead, blames rivals")
    assert [text[b.start : b.end] for b in blocks if b.role == ROLE_TITLE] == [text.split("\n")[0]]


def test_a_repeated_title_with_a_full_stop_inside_its_quote_marks_is_the_title() -> None:
    text = "Mayor: ‘The Budget Deal Is Dead.’\n\nThe mayor spoke on Monday about the budget."
    blocks = segment(text, title="Mayor: ‘The Budget Deal Is Dead’")
    assert [text[b.start : b.end] for b in blocks if b.role == ROLE_TITLE] == [text.split("\n")[0]]


def test_a_repeated_title_wrapped_over_two_lines_is_the_title() -> None:
    # A headline and its deck: quote marks in it quote nobody in the body.
    text = "Mayor quits over budget; \nSays council was 'unwilling to listen.'\n\nThe mayor spoke on Monday."
    blocks = segment(text, title="Mayor quits over budget; Says council was 'unwilling to listen'")
    titles = [text[b.start : b.end] for b in blocks if b.role == ROLE_TITLE]
    assert titles == ["Mayor quits over budget;", "Says council was 'unwilling to listen.'"]
    assert extract_quotes(text, blocks) == []


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        # A photo credit alone on its line, and the one-sentence caption under it.
        ("Jan Novak/Reuters.", ROLE_CAPTION),
        ("Getty.", ROLE_CAPTION),
        ("Police officer Ivo Marsh holds up the gun used in the robbery.", ROLE_CAPTION),
        ("Ana Ruiz (left) and Rena Kolb at the opening of the bridge in May.", ROLE_CAPTION),
        # A paragraph of the story after a credit stays body: several sentences, a quotation, speech.
        ("In an interview, Ana Ruiz said the plan was late. She called it a failure.", ROLE_BODY),
        ('Mayor Ana Ruiz calls the plan "a failure" and wants a vote.', ROLE_BODY),
        ("Mayor Ana Ruiz says the plan will fail without more money.", ROLE_BODY),
    ],
)
def test_a_photo_credit_and_its_caption(paragraph: str, role: str) -> None:
    text = f"A headline\n\nThe city opened a bridge on Monday after years of work.\n\nJan Novak/Reuters.\n\n{paragraph}"
    assert paragraph in _roles(text)[role]


def test_a_poll_named_after_an_agency_is_no_caption() -> None:
    paragraph = "In a Reuters/Ipsos poll of farmers, rain is the top worry for 38 percent of them."
    assert paragraph in _roles(f"A headline\n\nThe race is close.\n\n{paragraph}")[ROLE_BODY]


def test_a_caption_names_no_he_or_she() -> None:
    text = (
        "A headline\n\nIvo Marsh is selling his car after ten years.\n\nJan Novak/Reuters.\n\n"
        'Police officer Tomas Ebner holds up the keys to the car.\n\n"It runs well," he said.'
    )
    assert [q["speaker"] for q in extract_text(text)["quotes"]] == ["Ivo Marsh"]


@pytest.mark.parametrize("line", ["Leave\ta comment", "Read  more", "Filed  under: Bridges"])
def test_site_furniture_with_odd_spacing_is_boilerplate(line: str) -> None:
    text = f"Minister Promises New Bridge\n\nThe minister spoke about the bridge for an hour on Monday.\n\n{line}\n"
    assert _roles(text)[ROLE_BOILERPLATE] == [line]
