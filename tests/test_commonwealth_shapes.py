"""British and Commonwealth newspaper shapes and web-page debris (invented names and sentences)."""

from __future__ import annotations

from tests.quote_helpers import body


def test_double_marks_inside_single_marks_are_part_of_the_outer_quotation() -> None:
    text = (
        "The vicar spoke after the service. ‘My warden told me “the roof will hold”, and then it fell"
        " in on a Tuesday,’ said Elspeth Marrable."
    )
    quotes = body(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        (
            "My warden told me “the roof will hold”, and then it fell in on a Tuesday,",
            "Elspeth Marrable",
        )
    ]


def test_post_nominal_letters_are_no_part_of_the_name_shown() -> None:
    text = (
        "The inquiry opened on Monday. Tobias Renshaw KC, for the families, said the landlord had"
        " been “warned in writing” twice. ‘We will press on,’ said Orla Mulqueen TD."
    )
    assert [q.speaker for q in body(text)] == ["Tobias Renshaw", "Orla Mulqueen"]


def test_post_nominal_letters_stay_when_they_head_the_phrase() -> None:
    text = "Turnout fell. ‘It is a poor result,’ said one Labour MP."
    assert [q.speaker for q in body(text)] == ["one Labour MP"]


def test_commonwealth_titles_before_a_name_are_its_role() -> None:
    text = (
        "The bypass opened late. ‘It was worth the wait,’ said Cllr Wendy Abernethy. Taoiseach Colm"
        " Ruane called it “a model for the regions”. ‘Two vans collided,’ said Det Insp Owain Prydderch."
    )
    assert [(q.speaker, q.role) for q in body(text)] == [
        ("Wendy Abernethy", "Cllr"),
        ("Colm Ruane", "Taoiseach"),
        ("Owain Prydderch", "Det Insp"),
    ]


def test_a_plural_possessive_inside_a_name_keeps_the_name_whole() -> None:
    text = "Milk prices fell. The Dairy Farmers’ Association said the cut was ‘a kick in the teeth’."
    assert [q.speaker for q in body(text)] == ["Dairy Farmers’ Association"]


def test_a_web_page_link_label_before_a_colon_is_no_speaker() -> None:
    text = "Ferry fares rise again.\n\nRelated: ‘Sinking’ ferry operator faces inquiry\n\nMore to follow."
    assert [q.speaker for q in body(text)] == []


def test_sir_or_dame_before_a_given_name_means_the_article_s_full_name() -> None:
    text = (
        "Sales slipped. Dame Petra Vosloo, the chair, said the board was united. ‘We will not sell,’"
        " Dame Petra said."
    )
    assert [q.speaker for q in body(text)] == ["Petra Vosloo"]


def test_mp_and_general_offices_are_roles_before_a_name_set_off_by_commas() -> None:
    text = (
        "The bill passed. The MP for Tollbridge, Gwen Ashcroft, said it was ‘long overdue’. The"
        " Auditor-General, Idris Mowbray, said the costs were ‘not yet known’. ‘We were ignored,’"
        " said Hattie Quennell MP."
    )
    assert [(q.speaker, q.role) for q in body(text)] == [
        ("Gwen Ashcroft", "the MP"),
        ("Idris Mowbray", "the Auditor-General"),
        ("Hattie Quennell", None),
    ]


def test_a_titled_name_after_an_affiliation_and_a_comma_is_the_speaker() -> None:
    text = "Rates rose. The Green MP for Oxley Vale, Dr Imelda Stroud, said it was ‘a tax on renters’."
    assert [(q.speaker, q.role) for q in body(text)] == [("Imelda Stroud", "the Green MP")]


def test_a_pull_quote_repeating_a_body_quotation_alone_in_its_paragraph_is_left_out() -> None:
    text = (
        "The pier will close.\n\nThe harbourmaster, Ewan Tregarthen, said: ‘The timbers are rotten."
        " Nobody should walk on it, not even for a photograph.’\n\n‘Nobody should walk on it, not even for a photograph’\n\n"
        "Repairs will cost £3m."
    )
    assert [(q.text, q.speaker) for q in body(text)] == [
        (
            "The timbers are rotten. Nobody should walk on it, not even for a photograph.",
            "Ewan Tregarthen",
        )
    ]


def test_the_holder_named_after_an_office_in_a_body_is_the_speaker() -> None:
    text = (
        "Orders slowed. The chairman of the Harrowgate Traders Panel, Edwin Fairlie, said trade was"
        " ‘flat as a pancake’."
    )
    assert [q.speaker for q in body(text)] == ["Edwin Fairlie"]


def test_an_unnamed_person_described_by_a_who_clause_stands_nearer_than_a_name() -> None:
    text = (
        "A lorry overturned.\n\nSentencing him, Judge Marian Oakcroft told him he had been ‘reckless’.\n\n"
        "The cyclist, who has asked not to be named, broke both legs.\n\n"
        "In a statement, she said: ‘I cannot ride any more.’"
    )
    assert [q.speaker for q in body(text)] == ["Marian Oakcroft", None]
