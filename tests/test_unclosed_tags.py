"""Wire copy that left out a quotation's closing mark, so its tag sits inside the quote (invented
names and sentences only)."""

from __future__ import annotations

from tests.quote_helpers import body


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in body(text)]


def test_an_inverted_tag_inside_an_unclosed_quote_ends_it() -> None:
    text = (
        "Kiln owners said orders fell.\n\n"
        '"We will trim the night shifts at the mill, said Orla Finnegan of Brackwater Clayworks. '
        "She expects a slow spring.\n\nThe shares closed lower."
    )
    assert _quotes(text) == [("We will trim the night shifts at the mill,", "Orla Finnegan")]


def test_a_name_then_said_inside_an_unclosed_quote_ends_it() -> None:
    text = (
        "The harbour board met on Friday, and harbour officials said the berths were full.\n\n"
        '"Nobody here expected the ferries to come back before the thaw, Dessa Korvin said.\n\n'
        "The board meets again in May."
    )
    assert _quotes(text) == [
        ("Nobody here expected the ferries to come back before the thaw,", "Dessa Korvin")
    ]


def test_a_pronoun_tag_inside_an_unclosed_quote_takes_the_person_before() -> None:
    text = (
        "Port director Hamid Ostrava said the cranes had been idle since the storm.\n\n"
        '"The cranes will be back at work by the middle of spring, he told reporters at the quay.\n\n'
        "Dock workers were not consulted."
    )
    assert _quotes(text) == [("The cranes will be back at work by the middle of spring,", "Hamid Ostrava")]


def test_a_quotation_after_the_tag_pairs_afresh() -> None:
    text = (
        "Lenders were cautious.\n\n"
        '"Rates will stay where they are, said Teodor Valic of Brightwater Analytics. '
        '"I do not see a reason for the bank to move."\n\nBonds were flat.'
    )
    assert _quotes(text) == [
        ("Rates will stay where they are,", "Teodor Valic"),
        ("I do not see a reason for the bank to move.", "Teodor Valic"),
    ]


def test_a_stray_single_mark_before_the_tag_closes_the_quote() -> None:
    text = (
        "Union leader Mara Quist spoke after the vote.\n\n"
        "\"We cannot accept a freeze on pay for a third year,' she said, adding that talks would go on.\n\n"
        "The vote was close."
    )
    assert _quotes(text) == [("We cannot accept a freeze on pay for a third year,", "Mara Quist")]


def test_no_tag_of_saying_leaves_the_quote_open() -> None:
    # A first-person "we said" is the speaker's own story, and "started" is no verb of saying.
    text = (
        "Coach Ilse Maren spoke after the final.\n\n"
        '"When we came home, people started to cheer and we said thank you to every one of them.\n\n'
        '"It was a long season," Maren said.'
    )
    assert [quote.text for quote in body(text)] == [
        "When we came home, people started to cheer and we said thank you to every one of them.",
        "It was a long season,",
    ]


def test_a_quote_running_into_a_tagged_paragraph_takes_the_tag_below() -> None:
    text = (
        "About forty of the lenders have yet to sign, according to banker Lionel Ashdown, who chairs "
        "the creditors' panel.\n\n"
        '"Those who stood by us this winter will find the port open to them for years.\n\n'
        '"Those who walked away will find it harder," harbour minister Edda Ralsten said.'
    )
    assert [(q.speaker, q.kind) for q in body(text)] == [
        ("Edda Ralsten", "direct"),
        ("Edda Ralsten", "direct"),
    ]


def test_a_three_paragraph_quote_takes_the_tag_of_its_last() -> None:
    text = (
        "A company spokesman said the mill had lost money for a year.\n\n"
        '"We remain sure that the rail link must be settled by the council soon.\n\n'
        '"The delay has cost every shipper along the valley.\n\n'
        '"A failure to act would hurt our customers most of all," said Velmor Freight president Ansel Korda.'
    )
    assert [q.speaker for q in body(text)] == ["Ansel Korda", "Ansel Korda", "Ansel Korda"]


def test_a_pronoun_tag_below_leaves_the_speaker_before() -> None:
    text = (
        "The Harbour Gazette printed the demands in an editorial on Monday.\n\n"
        '"The board must cut its fees," the editorial said.\n\n'
        '"The city should also open the north quay to small boats.\n\n'
        '"Trade has slowed on every pier," it added.'
    )
    assert [q.speaker for q in body(text)][:2] == ["the editorial", "the editorial"]
