"""Guards inside shape rules: each test is a sentence where the shape's words occur but the guard
keeps the rule from firing (the rule's own tests show where it fires)."""

from __future__ import annotations

from osceq.extract.mentions import parse_mention
from osceq.extract.open_appositions import open_apposition_owner
from osceq.extract.takeovers import parenthetical_tag
from osceq.extract.text import paragraphs
from osceq.extract.tokens import range_tokens, tokenize
from osceq.extract.uncued import speaking_body
from tests.quote_helpers import body


def _attributions(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in body(text)]


def test_an_as_aside_opened_by_a_dash_but_never_closed_is_the_tag_of_the_quote() -> None:
    # With no second dash before the quote, "as Ivo Marsh said" is the quote's own tag.
    text = 'The mayor lost the vote — as Ivo Marsh said, "the town has spoken."'
    assert _attributions(text) == [("the town has spoken.", "Ivo Marsh")]


def test_a_clause_after_a_comma_is_no_open_role_of_the_name_before_it() -> None:
    # "where the chairman of …" opens a clause, not a role of Ann Lee left without its comma.
    text = 'Ivo Marsh met Ann Lee, where the chairman of Kestrel Bank said the plan was "not ready."'
    assert _attributions(text) == [("not ready.", "the chairman of Kestrel Bank")]


def test_a_possessive_inside_an_apposition_leaves_the_name_opening_the_mention() -> None:
    # The place after the envoy is the envoy's only when the owner opens the mention.
    mention = parse_mention("Kai Holm, Vask's envoy to the talks")
    assert (mention.name, mention.kind) == ("Kai Holm", "person")


def test_a_wide_line_runs_on_into_a_next_line_in_lower_case() -> None:
    # Lines wider than a hard wrap still join when the next one goes on in lower case.
    first = (
        "The harbour board met on Tuesday evening to weigh the long-delayed plan for a second ferry "
        "berth at the north quay and"
    )
    second = (
        "voted by a wide margin to send it back to the planners, who must now find the money for the "
        "work before the winter."
    )
    text = first + "\n" + second + "\n"
    assert [text[a:b] for a, b in paragraphs(text)] == [first + "\n" + second]


def test_names_joined_across_a_relative_clause_must_open_the_clause_or_follow_a_comma() -> None:
    # "Liberals" is the object of "thanked": only "Greens" hailed the deal.
    text = (
        "Talks ended.\n\nIvo Marsh thanked Liberals, who hold the upper house, and Greens hailed the deal "
        'as a "fair bargain."'
    )
    assert _attributions(text) == [("fair bargain.", "Greens")]


def test_two_capitalised_words_between_commas_are_a_town_and_state_only_after_an_article() -> None:
    # "Holm, Varga," is no "the Dayton, Ohio,": Varga is the subject set off by its own apposition.
    text = 'Talks ended.\n\nAfter meeting Holm, Varga, the new mayor, said the plan was "a real gain."'
    assert [(quote.speaker, quote.evidence) for quote in body(text)] == [("Varga", "cue-before")]


def test_an_open_apposition_needs_a_role_that_names_a_person() -> None:
    # "all of Kestrel and Co" names no role of Ann Lee's: she is not the verb's subject.
    text = "Bo Roe, Ann Lee, and all of Kestrel and Co said"
    tokens = tokenize(text, 0, len(text))
    words = [token.text for token in tokens]
    assert open_apposition_owner(tokens, words.index("Co"), words.index("said")) is None


def test_a_long_subject_is_not_taken_as_the_speaking_body_of_a_fragment() -> None:
    # Only a short phrase for a body or a person by role stands in for a lent speaker.
    text = "Some of the many angry local workers would not accept the "
    assert speaking_body(text, [(0, len(text))]) is None
    text = "The angry local workers would not accept the "
    found = speaking_body(text, [(0, len(text))])
    assert found is not None and found.mention.text == "The angry local workers"


def test_a_quotation_cut_out_after_a_tags_verb_is_its_object_not_a_setting() -> None:
    # `said "at last" in Vask,`: the words after the quotation are no setting of an aside tag.
    text = 'The deal, Ann Lee said "at last" in Vask, was a '
    opening = text.index('"')
    closing = text.index('"', opening + 1) + 1
    tokens = range_tokens(text, [(0, opening), (closing, len(text))])
    assert parenthetical_tag(tokens, [token.text for token in tokens].index("said")) is False


def test_a_name_after_a_title_is_no_unplaced_subject_between_a_pronoun_and_its_person() -> None:
    # `Mr. Holm waved`: the full stop is the title's, and a man named by title is no rival for "she".
    text = (
        "Ann Lee arrived at the rally on Monday.\n\nThe crowd grew. Mr. Holm waved from the stage. "
        '"We won this fight," she said.'
    )
    assert _attributions(text) == [("We won this fight,", "Ann Lee")]


def test_a_title_opening_a_paragraph_still_marks_the_name_after_it() -> None:
    # The look-back before `Holm` holds the paragraph break too: "\n\nMr" is still the title "Mr".
    text = 'Ann Lee arrived at the rally on Monday.\n\nMr. Holm waved from the stage. "We won this fight," she said.'
    assert _attributions(text) == [("We won this fight,", "Ann Lee")]
