"""Direct or partial: the kind each quotation is given, on invented newsroom sentences."""

from __future__ import annotations

from tests.quote_helpers import body


def kinds(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in body(text)]


def test_an_invisible_direction_mark_before_a_quote_hides_no_sentence_break() -> None:
    # Comments copied from a social network carry a left-to-right mark before each quote mark.
    text = (
        "“The new ferry saved my mornings,” wrote Ilse Varnholt. \u202a“Nobody misses the old one. "
        "Well done, harbour board!” posted Gero Tamm."
    )
    assert kinds(text) == [
        ("The new ferry saved my mornings,", "direct"),
        ("Nobody misses the old one. Well done, harbour board!", "direct"),
    ]


def test_an_initialism_ending_a_sentence_leaves_the_next_quote_standing_on_its_own() -> None:
    text = '"The pier will hold," said Petra Lund, a surveyor from Elmira, N.Y. "We tested every beam twice."'
    assert kinds(text) == [
        ("The pier will hold,", "direct"),
        ("We tested every beam twice.", "direct"),
    ]


def test_a_quote_mark_typed_against_a_full_stop_opens_a_new_sentence() -> None:
    # Wire copy often drops the space between a sentence and the quote that follows it.
    text = (
        'The ferry board voted to raise fares on Monday."It hurts every commuter," '
        'said Petra Lund. The vote was close!"We lost by one," she added.'
    )
    assert kinds(text) == [("It hurts every commuter,", "direct"), ("We lost by one,", "direct")]


def test_a_lower_case_quote_typed_against_a_full_stop_stays_partial() -> None:
    text = 'Petra Lund spoke on Monday."the fares will have to rise again next winter," she warned.'
    assert kinds(text) == [("the fares will have to rise again next winter,", "partial")]


def test_an_initialism_inside_a_sentence_keeps_a_fragment_partial() -> None:
    text = 'Petra Lund said the U.S. "cargo rules" were out of date.'
    assert kinds(text) == [("cargo rules", "partial")]


def test_a_statement_after_its_tag_stays_direct_when_a_dashed_aside_follows() -> None:
    text = (
        'At the harbour gala, Mayor Ines Okafor said, "Our town has never been in better shape" '
        "- a claim her rivals dispute."
    )
    assert kinds(text) == [("Our town has never been in better shape", "direct")]


def test_a_headline_between_dashes_is_still_no_statement() -> None:
    text = 'Two weeklies noted in identical headlines -- "Harbour Deal Stalls" -- that talks had ended.'
    assert kinds(text) == []


def test_a_tag_with_long_settings_before_a_capitalised_quote_is_still_a_tag() -> None:
    text = (
        "Councillor Bram Oduya wrote in an essay for the county weekly before the spring budget hearing, "
        "“The library must stay open on Sundays.”"
    )
    assert kinds(text) == [("The library must stay open on Sundays.", "direct")]


def test_a_lower_case_quote_after_long_settings_finishes_the_writers_sentence() -> None:
    text = (
        "Bram Oduya called for a wider bus lane, among other changes, "
        "“before the old bridge is closed for repairs.”"
    )
    assert kinds(text) == [("before the old bridge is closed for repairs.", "partial")]


def test_a_statement_after_its_tag_stays_direct_before_the_writers_participle() -> None:
    text = (
        'Coach Dana Whitlow told the players, "Nobody leaves before the last whistle," drawing loud cheers.'
    )
    assert kinds(text) == [("Nobody leaves before the last whistle,", "direct")]


def test_a_statement_after_its_tag_stays_direct_before_the_writers_own_clause() -> None:
    text = 'Dana Whitlow wrote: "The stadium roof is safe," but she declined to show the survey.'
    assert kinds(text) == [("The stadium roof is safe,", "direct")]


def test_a_phrase_that_goes_on_with_the_quotes_content_keeps_it_partial() -> None:
    text = (
        'Dana Whitlow said: "The clubs need shared rules from the league," and not fresh fines from '
        "the council."
    )
    assert kinds(text) == [("The clubs need shared rules from the league,", "partial")]


def test_a_quote_listed_with_another_quote_stays_partial() -> None:
    text = 'The fans chanted, "Bring back the coach," and "Sell the club."'
    assert [kind for _, kind in kinds(text)] == ["partial", "partial"]


def test_a_lower_case_quote_after_a_verb_and_its_object_goes_on_with_the_writers_sentence() -> None:
    text = (
        "The harbour board said its new parking rules had worked, "
        '"including a steep drop in fines at the ferry gate."'
    )
    assert kinds(text) == [("including a steep drop in fines at the ferry gate.", "partial")]


def test_a_lower_case_quote_after_a_told_tag_or_a_participle_tag_stays_direct() -> None:
    text = (
        'Mayor Ines Okafor told reporters, "we will reopen the pier by June." '
        '"The pier is safe," Okafor said, adding, "the inspectors agree."'
    )
    assert kinds(text) == [
        ("we will reopen the pier by June.", "direct"),
        ("The pier is safe,", "direct"),
        ("the inspectors agree.", "direct"),
    ]


def test_a_capitalised_name_right_after_a_naming_verb_is_no_statement() -> None:
    text = "Ines Okafor hosts a weekly show she calls “Harbour Voices Live.” The crowd chanted “Keep it!”"
    assert kinds(text) == [("Harbour Voices Live.", "partial"), ("Keep it!", "direct")]


def test_a_lower_case_quote_with_no_comma_after_said_is_the_whole_statement() -> None:
    text = 'Asked about the ferry fares, Ines Okafor said "nobody will pay more this summer."'
    assert kinds(text) == [("nobody will pay more this summer.", "direct")]


def test_a_lower_case_quote_completing_the_writers_condition_stays_partial() -> None:
    text = 'If the levy passes, Ines Okafor said "the ferry will lose half its riders."'
    assert kinds(text) == [("the ferry will lose half its riders.", "partial")]


def test_an_exclamation_after_its_tag_stays_direct_before_the_writers_clause() -> None:
    text = 'When the mayor walked in, the dockers shouted, "Save our pier!" as they had all week.'
    assert kinds(text) == [("Save our pier!", "direct")]


def test_a_quote_whose_sentence_goes_on_past_its_tag_is_one_piece_of_it() -> None:
    text = (
        'Councillor Bram Oduya spoke first. "We are worried," he said, that the ferry levy would hit '
        'pensioners hardest. "The pier stays open," Ines Okafor said, "whatever the board decides."'
    )
    assert kinds(text) == [
        ("We are worried,", "partial"),
        ("The pier stays open,", "direct"),
        ("whatever the board decides.", "direct"),
    ]


def test_a_tagged_quote_whose_speech_runs_on_in_the_writers_words_is_partial() -> None:
    # The next sentence carries the same speech on outside the marks: the attribution is one piece.
    text = (
        '"The ferry is a lifeline," Ines Okafor said. But "the board has never asked the islanders '
        'what they need." "Dockers are tired," Bram Oduya said. "Nobody listens to them."'
    )
    assert kinds(text) == [
        ("The ferry is a lifeline,", "partial"),
        ("the board has never asked the islanders what they need.", "partial"),
        ("Dockers are tired,", "direct"),
        ("Nobody listens to them.", "direct"),
    ]


def test_a_short_scare_quote_after_a_tagged_quote_leaves_it_direct() -> None:
    text = '"The ferry is a lifeline," Ines Okafor said. She called the levy "a bad joke."'
    assert kinds(text) == [("The ferry is a lifeline,", "direct"), ("a bad joke.", "partial")]


def test_a_tagged_quote_whose_next_quote_ends_inside_the_writers_sentence_is_partial() -> None:
    text = (
        '"The levy is unfair," Ines Okafor said. "Nobody on the island was asked about the new fares" '
        "before the board voted."
    )
    assert kinds(text) == [
        ("The levy is unfair,", "partial"),
        ("Nobody on the island was asked about the new fares", "partial"),
    ]


def test_a_capitalised_quote_completing_a_that_clause_of_the_tag_is_partial() -> None:
    text = (
        'Ines Okafor adds that the islanders now face one choice: "Pay the new levy or leave the island." '
        'Bram Oduya warned that the pier is failing: "It will not last the winter," he said.'
    )
    assert kinds(text) == [
        ("Pay the new levy or leave the island.", "partial"),
        ("It will not last the winter,", "direct"),
    ]


def test_a_quote_opening_on_an_ellipsis_after_a_full_stop_begins_its_own_sentence() -> None:
    text = (
        '"The pier needs work," said Bram Oduya, who fishes off it daily. '
        '". . . We have waited long enough for the repairs."'
    )
    assert kinds(text) == [
        ("The pier needs work,", "direct"),
        (". . . We have waited long enough for the repairs.", "direct"),
    ]


def test_a_statement_after_its_own_participle_tag_stays_direct_after_a_fragment() -> None:
    text = 'Ines Okafor said the old ferry was "a floating ruin," adding, "Nobody should ride it again."'
    assert kinds(text) == [("a floating ruin,", "partial"), ("Nobody should ride it again.", "direct")]


def test_a_scare_quote_inside_a_statements_tag_passes_no_partial_kind_on() -> None:
    text = (
        '"Is the harbour board against us?" asked Ines Okafor, pointing at what she calls the "rigged" '
        'vote. "The answer is no."'
    )
    assert kinds(text) == [
        ("Is the harbour board against us?", "direct"),
        ("rigged", "partial"),
        ("The answer is no.", "direct"),
    ]
