"""A speaker's definite description of an office ("the governor said") shows the one person the
article gave that office before it, keeping the mention as written; else it stays a description."""

from __future__ import annotations

import pytest

from osceq.extract.held_offices import office_clause, title_written_before, titled_place
from osceq.extract.layout import ROLE_BODY
from osceq.extract.quotes import extract_quotes
from osceq.extract.text import paragraphs
from osceq.models import Block


def speakers_of(text: str) -> list[tuple[str | None, str]]:
    blocks = [Block(a, b, ROLE_BODY) for a, b in paragraphs(text)]
    return [(q.speaker, q.mention.text if q.mention else "") for q in extract_quotes(text, blocks)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title before the name.
        (
            "Gov. Ruth Calder signed the dairy bill on Monday in front of the barn.\n\n"
            '"This is a good day for the valley," the governor said.',
            [("Ruth Calder", "the governor")],
        ),
        # A title with its modifiers before the name.
        (
            "Orchard Board press secretary Lena Voss took questions for an hour.\n\n"
            '"The pier stays closed until May," the press secretary said.',
            [("Lena Voss", "the press secretary")],
        ),
        # An apposition after the name.
        (
            "Dwight Tabor, the state's flood administrator, told lawmakers the levee held.\n\n"
            '"We were lucky this time around," the administrator said.',
            [("Dwight Tabor", "the administrator")],
        ),
        # A `who chairs` clause: the chairwoman is its chair.
        (
            "Rep. Anne Marsh, who chairs the harbor committee, pressed the witness on costs.\n\n"
            '"Nobody here has seen that invoice," the chairwoman said.',
            [("Anne Marsh", "the chairwoman")],
        ),
        # A place after the title: the senator from Lorwick of two senators.
        (
            "Sen. Cora Pell of Lorwick and Sen. Ivo Brandt of Tessel both voted against the canal "
            "toll.\n\n"
            '"The toll is a tax on farmers," the senator from Tessel said.',
            [("Ivo Brandt", "the senator from Tessel")],
        ),
    ],
)
def test_an_office_description_shows_its_holder(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two senators: "the senator" may be either.
        (
            "Sen. Cora Pell and Sen. Ivo Brandt both voted against the canal toll.\n\n"
            '"The toll is a tax on farmers," the senator said.',
            [("the senator", "the senator")],
        ),
        # The chairwoman is no man known as "he".
        (
            "Rep. Ivo Brandt, who chairs the harbor committee, opened the hearing at noon.\n\n"
            '"We begin with the invoices," he said.\n\n'
            '"Nobody here has seen that invoice," the chairwoman said.',
            [("Ivo Brandt", "he"), ("the chairwoman", "the chairwoman")],
        ),
        # A former governor is not the governor.
        (
            "Former Gov. Ruth Calder opposed the dairy bill from the start of the session.\n\n"
            '"This is a good day for the valley," the governor said.',
            [("the governor", "the governor")],
        ),
        # Nor a vice president the president.
        (
            "Vice President Ruth Calder opened the grain fair on Monday morning.\n\n"
            '"This is a good day for the valley," the president said.',
            [("the president", "the president")],
        ),
        # Nor a lieutenant governor the governor.
        (
            "Lt. Gov. Ruth Calder opened the grain fair on Monday morning.\n\n"
            '"This is a good day for the valley," the governor said.',
            [("the governor", "the governor")],
        ),
        # The article names its governor only after the description.
        (
            '"This is a good day for the valley," the governor said.\n\n'
            "Gov. Ruth Calder signed the dairy bill on Monday in front of the barn.",
            [("the governor", "the governor")],
        ),
        # A person of no stated office named right before may be the governor.
        (
            "Gov. Ruth Calder signed the dairy bill on Monday in front of the barn.\n\n"
            "Later Mrs. Edna Sorrel toured the flooded fields near Alby.\n\n"
            '"This is a good day for the valley," the governor said.',
            [("the governor", "the governor")],
        ),
        # Indefinite, plural and organisation descriptions stay as written.
        (
            "Gov. Ruth Calder signed the dairy bill on Monday in front of the barn.\n\n"
            '"This is a good day for the valley," a governor said.',
            [("a governor", "a governor")],
        ),
        (
            "Gov. Ruth Calder signed the dairy bill on Monday in front of the barn.\n\n"
            '"This is a good day for the valley," the ministry said.',
            [("the ministry", "the ministry")],
        ),
        # A spokesman is not the person he speaks for.
        (
            "Orchard Board spokesman Lev Ardo took questions for an hour.\n\n"
            '"The pier stays closed until May," the spokesman said.',
            [("the spokesman", "the spokesman")],
        ),
        # A role that speaks of the office holder holds no office: a wife, an adviser, a candidate.
        (
            "Orla Venn, the wife of the governor, toured the grain fair on Monday morning.\n\n"
            '"This is a good day for the valley," the governor said.',
            [("the governor", "the governor")],
        ),
        (
            "Lev Ardo, an adviser to the mayor, toured the grain fair on Monday morning.\n\n"
            '"This is a good day for the valley," the mayor said.',
            [("the mayor", "the mayor")],
        ),
        (
            "Orla Venn, a candidate for governor, toured the grain fair on Monday morning.\n\n"
            '"This is a good day for the valley," the governor said.',
            [("the governor", "the governor")],
        ),
    ],
)
def test_an_office_description_stays_when_unsure(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers_of(text) == expected


def test_offices_read_beside_a_name() -> None:
    text = "said Housing Secretary Dorla Penn of Akron, who chairs the pier board, on Monday"
    start = text.index("Dorla")
    end = start + len("Dorla Penn")
    assert title_written_before(text, start) == "Housing Secretary"
    assert titled_place(text, end) == "Akron"
    assert office_clause("Ann Lee, who heads the port authority, left", len("Ann Lee")) == (
        "heads the port authority"
    )
    assert title_written_before("We met Dorla Penn", len("We met ")) is None
