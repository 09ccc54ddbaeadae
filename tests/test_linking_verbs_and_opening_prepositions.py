"""Speakers a review of new rules found given to the wrong person or lost: each test pins the narrowed
rule on an invented sentence."""

from __future__ import annotations

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in body(text)]


def test_the_subject_of_a_linking_verb_is_described_by_a_fragment_not_its_speaker() -> None:
    # "The company is "…"": the quoted words describe the firm; the man quoted just before said them.
    text = '"We will go to court," said Ivo Marsh, head of the guild. The company is "deaf to every plea we make."'
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh"]
    text = '"Talks are over," guild leader Ivo Marsh said. The workers are "worn out and fed up and broke."'
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh"]


def test_a_later_pronoun_before_a_linking_verb_is_the_person_described() -> None:
    # "he looked "…"" describes him: the one who saw him, the sentence's subject, gives the words.
    text = (
        "Peter Voss broke a leg on the slopes in March. Maria Kent visited him at the clinic, "
        'and he looked "pale and thin but in high spirits."'
    )
    assert _speakers(text) == ["Maria Kent"]
    text = (
        "Peter Voss joined the bank in 1999. Maria Kent promoted him in May, "
        'and he is now "the hardest man in the whole trade."'
    )
    assert _speakers(text) == ["Maria Kent"]


def test_a_name_after_an_opening_preposition_is_not_the_subject_of_an_unclosed_apposition() -> None:
    # "Unlike …" and "Like …" open a phrase about someone else; the role after the comma speaks.
    text = 'Unlike Pia Stone, a dealer at Tarn Vale and Co said the peso would "keep sliding for weeks."'
    assert _speakers(text) == ["a dealer at Tarn Vale and Co"]
    text = (
        'Like Pia Stone, president and CEO of Orlen Dairy said the merger would "never pass the regulators."'
    )
    assert _speakers(text) == ["CEO of Orlen Dairy"]


def test_a_description_is_not_given_to_a_name_after_an_opening_preposition() -> None:
    # "Like Stone, chairman of …": the role is not Stone's, so it is shown as written.
    text = 'Like Pia Stone, chairman of Orlen Dairy said the merger would "never pass the regulators."'
    assert _speakers(text) == ["chairman of Orlen Dairy"]


def test_a_named_possessor_right_before_a_quote_owns_it_over_the_subject_who_cites_it() -> None:
    # "Roe's "…" remark": the words are Roe's; Kent only brings them up.
    text = 'Maria Kent cited Tomas Roe\'s "empty purse" remark at the inquiry.'
    assert _speakers(text) == ["Tomas Roe"]


def test_the_phrase_after_a_possessive_plan_to_is_the_possessors() -> None:
    # "Kent's bid to "…"": the bid, and the words for it, are Kent's, not the subject's who opposes it.
    text = 'Peter Voss opposed Maria Kent\'s bid to "begin again."'
    assert _speakers(text) == ["Maria Kent"]
    # A noun no infinitive completes leaves "to" a preposition: the subject's words.
    text = 'Peter Voss credited Maria Kent\'s victory to "a clean campaign."'
    assert _speakers(text) == ["Peter Voss"]


def test_a_plural_after_a_name_before_a_verb_of_its_own_is_a_noun_not_the_names_verb() -> None:
    # "Kent fans gave …": "fans" is followed by the sentence's verb, so it is no present verb.
    text = 'Maria Kent won the seat. Kent fans gave the budget "a frosty reception from day one."'
    assert _speakers(text) == ["Kent fans"]
    text = 'Maria Kent won the seat. Kent rivals took the news "as a slap in the face from the party."'
    assert _speakers(text) == ["Kent rivals"]


def test_a_capital_letter_labelling_a_noun_ends_its_sentence_and_is_no_initial() -> None:
    # "option B." closes the sentence; "Voss said" opens the next one.
    text = 'The board chose option B. Voss said the choice "will pay off within a year."'
    assert _speakers(text) == ["Voss"]


def test_prose_hard_wrapped_at_a_wide_width_runs_on_over_a_line_opening_with_a_name() -> None:
    # Lines of 100 to 120 characters, nearly all as long as the longest: the text is hard-wrapped, so
    # a line opening on a capital ("Maria Kent, …") goes on with the tag ending the line before.
    text = (
        "The council met on Tuesday to weigh the budget for the coming year, and the debate ran late into"
        " the night as members\n"
        'argued over the cost of roads. "We cannot keep waiting for money that never comes from the state,"'
        " said\n"
        "Maria Kent, who chairs the roads committee and has sat on the council for a decade, adding that the"
        " delay had already\n"
        "cost the town two winters of repairs and that the roads were now in a worse state than at any time."
    )
    assert _speakers(text) == ["Maria Kent"]
    text = text.replace("said\nMaria Kent, who", "according to\nMaria Kent, who")
    assert _speakers(text) == ["Maria Kent"]


def test_a_dashed_as_aside_before_a_linking_verb_names_the_speaker_of_the_description() -> None:
    # "The bill — as Kent put it on Friday — is "…"": the quoted description is Kent's.
    text = (
        '"We are not done yet," Peter Voss said. The bill \u2014 as Maria Kent said on Friday \u2014 is '
        '"a dead letter before it even reaches the floor."'
    )
    assert _speakers(text) == ["Peter Voss", "Maria Kent"]


def test_a_word_before_an_intransitive_verb_closing_its_sentence_is_no_unplaced_person() -> None:
    # "Applause erupted." opens on a noun and a verb with no object: no unnamed person stands
    # between "she" and Maria Kent.
    text = 'Maria Kent reached the square at noon.\n\nApplause erupted. "This is our day," she said.'
    assert _speakers(text) == ["Maria Kent"]


def test_a_name_after_a_two_word_opening_preposition_is_not_the_subject_either() -> None:
    # "As with Stone, a dealer at …": the name is the object of "As with"; the dealer speaks.
    text = 'As with Pia Stone, a dealer at Tarn Vale and Co said the peso would "keep sliding for weeks."'
    assert _speakers(text) == ["a dealer at Tarn Vale and Co"]


def test_a_possessive_plan_to_outranks_the_reporting_subject_who_mocks_it() -> None:
    # "Voss mocked Kent's pledge to "…"": the pledge's words are Kent's even after a cue of Voss's.
    text = 'Peter Voss mocked Maria Kent\'s pledge to "mend every bridge in the valley."'
    assert _speakers(text) == ["Maria Kent"]
    # A pronoun owner may be the subject itself: the cue keeps the quote.
    text = 'Peter Voss said his plan to "begin again" would work.'
    assert _speakers(text) == ["Peter Voss"]
