"""Mends of review26a's findings on described subjects, honours, clauses, asides, pull quotes and
titles (invented names and sentences)."""

from __future__ import annotations

from tests.quote_helpers import body


def test_a_who_clause_describing_the_person_just_named_keeps_the_pronoun_theirs() -> None:
    text = (
        "Noreen Vask, 71, lost her flat in the spring. The widow, who has kept bees on the roof since"
        ' 1992, now stays with a cousin.\n\n"I have nowhere left to go," she said.'
    )
    assert [q.speaker for q in body(text)] == ["Noreen Vask"]


def test_an_unnamed_person_of_the_other_sex_leaves_the_pronoun_to_the_name() -> None:
    text = (
        "Judge Osric Pellow sent the driver to prison for nine years. The landlady, who cannot be named,"
        ' sobbed in the gallery.\n\n"The law has been served," he said.'
    )
    assert [q.speaker for q in body(text)] == ["Osric Pellow"]


def test_sir_and_a_given_name_is_not_a_full_name_never_written_with_the_honour() -> None:
    text = (
        "The review chairman, Sir Ansel, took evidence on Monday. Ansel Crote, a porter, said the gates"
        ' were chained.\n\n"We will learn why," said Sir Ansel.'
    )
    assert [q.speaker for q in body(text)] == ["Ansel"]


def test_sir_and_a_given_name_is_the_full_name_written_with_the_honour() -> None:
    text = 'Sir Ansel Crote opened the review on Monday.\n\n"We will learn why," said Sir Ansel.'
    assert [q.speaker for q in body(text)] == ["Ansel Crote"]


def test_a_clause_subject_speaking_in_a_participle_after_its_verb_keeps_the_quote() -> None:
    text = 'Guards sealed the plaza as dozens of strikers marched chanting "Fair pay now".'
    assert [q.speaker for q in body(text)] == ["dozens of strikers"]
    text = 'The queue broke up when the warden appeared saying "Stand back, please".'
    assert [q.speaker for q in body(text)] == ["the warden"]


def test_a_speech_verb_after_an_inverted_tag_takes_the_quote_from_it() -> None:
    text = 'The warden, said Ulla Brisk, wrote to her that the roof was "past saving".'
    assert [q.speaker for q in body(text)] == ["the warden"]
    text = 'The snag, said Rolf Amsel, was that Ulla Brisk told us the fund was "fully stocked".'
    assert [q.speaker for q in body(text)] == ["Ulla Brisk"]


def test_a_paragraph_joining_clauses_quoted_apart_is_no_pull_quote() -> None:
    text = (
        "Greta Holm left the assembly in May.\n\n‘No,’ she said, when asked if she missed it. ‘I have"
        " served my years.’\n\n‘Not even if the members beg?’\n\n‘No. I have served my years.’"
    )
    assert [(q.text, q.speaker) for q in body(text)][-1] == ("No. I have served my years.", "Greta Holm")


def test_a_subject_after_an_opening_phrase_with_no_comma_keeps_its_apposition_aside() -> None:
    text = 'In Tarrow the fire chief, a veteran of 25 years, said the blaze was "the fiercest I have fought".'
    assert [q.speaker for q in body(text)] == ["the fire chief"]
    text = 'At the inquest the coroner, a former surgeon, said the death was "wholly avoidable".'
    assert [q.speaker for q in body(text)] == ["the coroner"]
    text = 'At the sitting the bailiff, a former boxer, said the crowd was "restless".'
    assert [q.speaker for q in body(text)] == ["the bailiff"]


def test_a_body_set_off_after_an_office_of_a_body_is_no_holder() -> None:
    text = 'The head of the Wexmoor Constabulary, Castle Yard, said thefts were "down sharply".'
    assert [q.speaker for q in body(text)] == ["Wexmoor Constabulary"]


def test_a_stray_comma_after_the_speech_verb_of_a_relative_clause_keeps_its_quote() -> None:
    text = 'The scheme, which Petra Lind says, will "halve the waiting lists", goes to a vote on Monday.'
    assert [q.speaker for q in body(text)] == ["Petra Lind"]
    text = 'The bishop, whom Petra Lind told reporters, was "a mentor for decades", died on Sunday.'
    assert [q.speaker for q in body(text)] == ["Petra Lind"]


def test_det_before_a_firm_name_is_no_title_and_dotted_titles_are_titles() -> None:
    text = '"The keel was sound," said Det Vestre Skibsregister, the ship registry.'
    assert [q.speaker for q in body(text)] == ["Det Vestre Skibsregister"]
    text = '"We will act," said Cllr. Mona Feld, who chairs the panel.'
    assert [(q.speaker, q.role) for q in body(text)] == [("Mona Feld", "Cllr.")]
    text = '"We will act," said Insp. Ravi Dunmore.'
    assert [(q.speaker, q.role) for q in body(text)] == [("Ravi Dunmore", "Insp.")]


def test_an_unnamed_source_described_before_is_the_speaker_described_again() -> None:
    text = (
        "The rig was hit, a Dutch salvage source said on Monday.\nThe source, who declined to be"
        ' identified, said the crew escaped.\n"It burned for hours," he said.'
    )
    assert [q.speaker for q in body(text)] == ["a Dutch salvage source"]
