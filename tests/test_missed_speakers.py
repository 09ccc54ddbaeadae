"""Speakers the article gives that were left out: a he or she after an unnamed doer, and more
(invented names and sentences only)."""

from __future__ import annotations

from tests.quote_helpers import body


def test_one_doer_by_an_unlisted_noun_is_the_he_after_it() -> None:
    text = (
        "Mills along the coast cut their orders again.\n\n"
        '"Nobody will buy beans at these levels," one Tarvian roaster said.\n\n'
        '"We wait for the spring crop to come in," he added.'
    )
    assert [q.speaker for q in body(text)] == ["one Tarvian roaster", "one Tarvian roaster"]


def test_a_person_after_a_firms_possessive_in_s_apostrophe_speaks() -> None:
    text = (
        "Ivo Varga, chief economist at Tarvo Metrics, expects no change.\n\n"
        '"Nothing in these figures moves the bank," Tarvo Metrics\' Varga said.\n\n'
        '"Rates will hold," said Lumen Partners\' Ada Roe.'
    )
    assert [q.speaker for q in body(text)] == ["Ivo Varga", "Ada Roe"]


def test_a_long_office_before_the_name_in_a_closing_tag() -> None:
    text = (
        "The hearing ran late.\n\n"
        '"Grazing fees must rise this year," U.S. Bureau of Land Affairs Acting Director Ada Roe said.'
    )
    assert [q.speaker for q in body(text)] == ["Ada Roe"]


def test_a_long_chain_of_it_tags_reaches_the_body_named_before_it() -> None:
    text = (
        "The Lumen Harbour Board said shipping fees would rise by a fifth from the autumn.\n\n"
        "Larger tankers calling at the western quays would pay the most, because dredging the "
        "channel for their draught has cost more than any other work of the last ten years, it said.\n\n"
        "Smaller coastal vessels and the ferries to the islands would keep their present rates "
        "until the end of the season, when the whole scale of charges will be looked at again, it said.\n\n"
        "Fishing boats registered in the town would pay nothing at all for berths through the "
        "winter months, so that the fleet may stay in port during the worst of the storms, it added.\n\n"
        '"The harbour cannot be kept open on the fees of the past," it said.'
    )
    assert [q.speaker for q in body(text)] == ["Lumen Harbour Board"]


def test_a_plural_of_an_unlisted_doer_that_speaks_is_the_they_after_it() -> None:
    text = (
        "The frost hit the southern valleys on Sunday.\n\n"
        "Several orchardists said the blossom was lost on the lower slopes.\n\n"
        '"Half the apples will not set this year," they said.'
    )
    assert [q.speaker for q in body(text)] == ["Several orchardists"]


def test_a_plural_of_a_doer_that_does_not_speak_is_no_they() -> None:
    text = (
        "The frost hit the southern valleys on Sunday.\n\n"
        "Local orchardists were angry at the late warning.\n\n"
        '"Half the apples will not set this year," they said.'
    )
    assert [q.speaker for q in body(text)] == [None]


def test_a_dot_inside_a_wire_ticker_ends_no_sentence() -> None:
    text = (
        "BERGEN, May 4 - Lumen Fisk AS <LUMF.OL> expects its catch to grow this year as two new "
        "trawlers join the fleet, managing director Ivo Marsh said.\n\n"
        'He told shareholders the gain would be "well above the average."'
    )
    assert [q.speaker for q in body(text)] == ["Ivo Marsh"]


def test_a_quote_before_its_speaker_going_on_takes_the_report_before_it() -> None:
    text = (
        "Kestrel shares rose two dlrs.\n\n"
        "Analyst Ivo Marsh of Lumen Securities said he raised his earnings estimates for the "
        "company to four dlrs a share. The company earned three dlrs a share last year.\n\n"
        '"The refinery will carry the whole group this year." He also noted that gas sales were '
        "better than expected."
    )
    assert [(q.speaker, q.evidence) for q in body(text)] == [("Ivo Marsh", "reported-before")]
    she = text.replace("He also", "She also")
    assert [q.speaker for q in body(she)] == [None]


def test_a_bare_name_written_elsewhere_as_a_firms_is_the_it_after_it() -> None:
    text = (
        "Tarvomark Holz AG expects lower timber prices this spring.\n\n"
        '"Mills in the north are cutting back," Tarvomark said.\n\n'
        'It added, "Exports will not recover before the autumn."'
    )
    assert [q.speaker for q in body(text)] == ["Tarvomark", "Tarvomark"]


def test_a_prospectus_named_before_is_the_it_after_it() -> None:
    text = (
        "Lumen Tarvo Ltd will list its shares in May.\n\n"
        '"The dispute over the western mine is not yet settled," the prospectus said.\n\n'
        '"Its outcome cannot be foreseen," it said.'
    )
    assert [q.speaker for q in body(text)] == ["the prospectus", "the prospectus"]


def test_a_closing_tag_with_here_or_as_after_its_verb_names_the_it() -> None:
    text = (
        "Growth will stay slow in the valley, the Lumen Trade Council said here.\n\n"
        '"Exports will not pick up before winter," it said.\n\n'
        "The notes will be paid in June, Tarvo Trust Corp said as trustee for the holders.\n\n"
        'It said the delay was "regrettable but short."'
    )
    assert [q.speaker for q in body(text)] == ["Lumen Trade Council", "Tarvo Trust Corp"]


def test_a_body_by_a_noun_in_no_organisation_list_is_the_it_after_it() -> None:
    text = (
        "Power prices in the valley will fall in May.\n\n"
        "The utility said cheaper coal had cut its costs by a tenth.\n\n"
        'It added that bills would be "lower than at any time since 1990."'
    )
    assert [q.speaker for q in body(text)] == ["the utility"]


def test_a_name_with_a_word_of_an_organisation_is_the_it_after_it() -> None:
    text = (
        "Two small lenders were rescued last week.\n\n"
        "Bank Tarvonia said it would not keep the shares for long.\n\n"
        '"The new capital is a first step," it added.'
    )
    assert [q.speaker for q in body(text)] == ["Bank Tarvonia"]


def test_an_unnamed_reporter_is_the_he_after_it_by_its_description() -> None:
    text = (
        "The assembly ended its session in Tarvo.\n\n"
        "One delegate, described as a farmer from the hills, said people feared the new tax.\n\n"
        '"The villages cannot pay twice," he said.'
    )
    assert [q.speaker for q in body(text)] == ["one delegate"]


def test_a_surname_written_later_without_its_arabic_article_is_the_same_person() -> None:
    text = (
        "DOHA - Lumen Gulf Bank posted a higher profit for the year.\n\n"
        'General manager Yusuf Karim al-Tarwa said: "The year was hard for every lender."\n\n'
        "One banker said weak profits would stay for a while.\n\n"
        "Loans to the state lifted the assets, Tarwa said. "
        '"We still have too many banks here," he said.'
    )
    assert [q.speaker for q in body(text)] == ["Yusuf Karim al-Tarwa", "Yusuf Karim al-Tarwa"]


def test_a_body_named_after_a_possessive_is_the_it_after_it() -> None:
    text = (
        "The union is close to running out of money, Tarvonia's Finance Ministry said in a report.\n\n"
        'In its bluntest warning yet, it said "the funds will be gone by May."'
    )
    assert [q.speaker for q in body(text)] == ["Tarvonia's Finance Ministry"]


def test_a_closing_tag_before_a_participle_clause_names_the_it() -> None:
    text = (
        "The union is close to ruin, the Lumen Trade Council said, adding that any help from the "
        "capital would come far too late for the smaller farms of the northern valleys.\n\n"
        '"The money runs out in May," it said.'
    )
    assert [q.speaker for q in body(text)] == ["Lumen Trade Council"]


def test_a_person_after_a_firms_name_made_with_and_is_the_he_after_it() -> None:
    text = (
        "Chip orders rose sharply in March.\n\n"
        "Tarvo Lumen and Co analyst Ivo Marsh said the orders were the highest in three years.\n\n"
        '"One month does not make a boom," he said.'
    )
    assert [q.speaker for q in body(text)] == ["Ivo Marsh"]
