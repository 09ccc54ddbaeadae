"""The sentence's subject as a guessed speaker must be someone who can speak (invented names and
sentences)."""

from __future__ import annotations

from tests.quote_helpers import body


def test_a_that_clause_person_owns_the_verb_after_an_abstract_subject() -> None:
    text = 'The trouble was that Ann Lee kept saying the plan was "fully funded and ready to go".'
    assert [q.speaker for q in body(text)] == ["Ann Lee"]


def test_an_abstract_subject_names_no_speaker() -> None:
    text = 'The issue was aired at a hearing whose chair, Rep. Ann Lee, called the levy "a tax on rain and wind".'
    assert [(q.speaker, q.mention) for q in body(text)] == [(None, None)]


def test_a_that_clause_person_owns_the_verb_after_any_subject() -> None:
    text = 'Many voters feel that Ann Lee kept saying the plan was "fully funded and ready to go".'
    assert [q.speaker for q in body(text)] == ["Ann Lee"]


def test_a_subject_ends_at_its_plural_before_a_bare_adjective() -> None:
    text = 'Residents angry at the closure called it "a betrayal of the whole town".'
    assert [q.speaker for q in body(text)] == ["residents"]


def test_a_subject_ends_at_its_plural_before_a_bare_verb() -> None:
    text = 'Engineers hope to finish soon, calling the new bridge "a landmark for the whole valley".'
    assert [q.speaker for q in body(text)] == ["engineers"]


def test_a_subject_read_back_from_a_participle_stops_before_its_past_verb() -> None:
    text = 'The vote came late on Tuesday when the board met urging "a fresh start for the harbour".'
    assert [q.speaker for q in body(text)] == ["the board"]


def test_a_subject_opening_on_an_abstract_noun_names_no_speaker() -> None:
    text = 'The question hung over the meeting until late, urging "a fresh look at every single ward".'
    assert [(q.speaker, q.mention) for q in body(text)] == [(None, None)]


def test_the_subject_of_a_passive_after_an_aside_names_no_speaker() -> None:
    text = (
        'Tove Rask writes in her blog that the "film is simply and plainly a triumph."\n\n'
        'Rask’s second memoir, now a stage play, is praised on the jacket as a "quiet book" that'
        ' "opens a window on the lives of three sisters on a farm."'
    )
    assert [q.speaker for q in body(text)] == ["Tove Rask", None]
