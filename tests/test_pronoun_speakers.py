"""Who a "he" or "she" speaker stands for, and the names pronouns are resolved to."""

from __future__ import annotations

import pytest

from osceq.extract.speaker_names import INITIALS_NAME, initials_person
from tests.quote_helpers import body


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


def test_a_person_named_by_initials_is_the_he_of_the_next_quote() -> None:
    text = (
        "Vantor Corp is weighing a move into Asia, according to T.K. Arleth, president of its Asian unit.\n\n"
        'The company opened an office in Lisbon, and "we are ready to invest there," he said.'
    )
    assert speakers(text) == ["T.K. Arleth"]


def test_a_surname_takes_the_initials_of_its_full_name() -> None:
    text = (
        "Vantor Bank chairman R. T. Arleth said rates would fall this year.\n\n"
        '"Deposits will grow again," Arleth said.'
    )
    assert speakers(text) == ["R. T. Arleth"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("according to spokesman T.K. Arleth.", True),
        ("said T.K. Arleth, the bank's deputy chairman.", True),
        ("said T.K. Arleth Jr. on Monday.", True),
        ("shares of E.F. Rowe, the broker, rose.", False),  # a firm named after its founder
        ("against the U.S. Dollar, Reno finance secretary Ann Lee said.", False),
        ("said Ann T.K. Arleth, president of the unit.", False),  # the end of a fuller name
        ("with T.K. Arleth and others.", False),  # nothing tells a person
    ],
)
def test_initials_make_a_name_only_beside_a_sign_of_a_person(text: str, person: bool) -> None:
    match = INITIALS_NAME.search(text)
    assert match is not None
    assert initials_person(text, match.start(), match.end()) is person


def test_a_name_telling_an_audience_is_the_he_of_the_next_quote() -> None:
    text = (
        "Rates will fall this year, Tomas Arleth told reporters.\n\n"
        '"Some measures will pose a threat to the banks," he said.'
    )
    assert speakers(text) == ["Tomas Arleth"]


@pytest.mark.parametrize(
    "tag",
    [
        "Tomas Arleth, first vice president for Vantor Bank AG said.",  # no comma before the verb
        "Tomas Arleth, a senior economist at Vantor Bank, said.",
    ],
)
def test_a_name_with_its_role_in_a_closing_tag_is_the_he_of_the_next_quote(tag: str) -> None:
    text = f'Rates will fall this year, {tag}\n\n"Some measures will pose a threat to the banks," he said.'
    assert speakers(text) == ["Tomas Arleth"]


def test_a_title_described_right_after_a_name_is_that_person() -> None:
    text = (
        "Tomas Arleth won the vote in Reno on Tuesday. The Reno senator thanked his staff after the count.\n\n"
        '"We did it together," he said.'
    )
    assert speakers(text) == ["Tomas Arleth"]


@pytest.mark.parametrize("title", ["Govs.", "Sens.", "Reps."])
def test_a_plural_title_does_not_end_the_sentence(title: str) -> None:
    # The names after "Govs." stay in the sentence about Arleth, so they are no subject of their own.
    text = (
        f"Tomas Arleth held back from attacking his rivals, among them {title} Ivo Marsh and Bo Park, "
        "who say he lacks experience.\n\n"
        '"I did great," he said.'
    )
    assert speakers(text) == ["Tomas Arleth"]


def test_initials_before_a_name_do_not_end_the_sentence() -> None:
    # "A.E." is no sentence end, so the name after it is no subject of a sentence of its own.
    text = (
        "Before the hearing, Tomas Arleth explained that he had asked historian J.R. Ivo Marsh at the "
        "museum for advice, which he got.\n\n"
        '"Nobody should doubt where I stand," he said.'
    )
    assert speakers(text) == ["Tomas Arleth"]


def test_initials_before_a_name_are_no_sentence_end() -> None:
    from osceq.extract.text import sentences

    text = "He asked historian J.R. Ivo Marsh at the museum. Then he left."
    assert len(sentences(text)) == 2


@pytest.mark.parametrize("opening", ["And even", "But only"])
def test_a_focus_word_before_the_subject_name(opening: str) -> None:
    text = (
        "Ivo Marsh gave his assurances on Monday. "
        f"{opening} Tomas Arleth tried to help them, noting that he would wait.\n\n"
        '"It is not my job to comment," he said.'
    )
    assert speakers(text) == ["Tomas Arleth"]


def test_the_subject_after_an_opening_phrase_with_commas_of_its_own() -> None:
    text = (
        "At the Kestrel marina, where a berth costs boat owners a small fortune, Tomas Arleth, its manager, "
        "argued that other harbours were poorly kept.\n\n"
        '"They let the docks rot for years," he said.'
    )
    assert speakers(text) == ["Tomas Arleth"]


def test_the_subject_after_a_linking_word_and_a_long_opening_phrase() -> None:
    text = (
        "Tomas Arleth, a harbour official, argued that the levy was fair.\n\n"
        "But after spending most of her week on the quarrel over the harbour levy and the cost of the "
        "new school roof, Mira Okafor gave a short speech on Sunday.\n\n"
        '"We will not cut the schools," she said.'
    )
    assert speakers(text) == ["Mira Okafor"]


def test_the_subject_after_an_opening_time_phrase() -> None:
    text = (
        "Tomas Arleth was detained at the border in March.\n\n"
        "Weeks after Arleth's detention, Pavel Okafor agreed to take his seat on the council.\n\n"
        '"Somebody had to stand up," he said.'
    )
    assert speakers(text) == ["Pavel Okafor"]


def test_as_for_names_the_person_a_pronoun_subject_stands_for() -> None:
    text = (
        'Tomas Arleth warned that a split vote would be "ruinous for every town."\n\n'
        "As for Pavel Okafor, he said he was calm about it.\n\n"
        '"The voters will decide," he said.'
    )
    assert speakers(text) == ["Tomas Arleth", "Pavel Okafor"]


def test_the_subject_after_an_opening_phrase_ending_in_a_town_and_state() -> None:
    text = (
        "Tomas Arleth, the county clerk, counted the ballots twice.\n\n"
        "At a crowded rally in Dunmore, Ohio, 58-year-old Mira Okafor also criticized the levy.\n\n"
        '"It is too much for us," she said.'
    )
    assert speakers(text) == ["Mira Okafor"]


def test_a_generation_after_a_comma_keeps_father_and_son_apart() -> None:
    text = (
        '"The harbour board has lost its way," Tomas Arleth III, who runs a ferry firm, told the '
        "Kestrel Gazette.\n\n"
        "His father, Tomas Arleth, Jr. founded the firm in 1961.\n\n"
        '"We will fight the new levy," Arleth says.'
    )
    assert speakers(text) == ["Tomas Arleth III", "Arleth"]


def test_the_subject_of_a_clause_after_and_past_its_opening_phrase() -> None:
    text = (
        "Tomas Arleth, the ferry firm's founder, had warned against the deal.\n\n"
        "Few people outside the firm knew of the talks, and by the spring of that year, Mira Okafor "
        "was still weighing the offer.\n\n"
        '"It felt like a trap," she said.'
    )
    assert speakers(text) == ["Mira Okafor"]


def test_a_name_ending_in_ing_after_but_is_still_the_subject() -> None:
    text = (
        "Tomas Arleth said reporting rules were on the way.\n\n"
        "There was no firm date yet, but Mira Pickering was adamant that it come soon.\n\n"
        '"I will not accept any delay," she said.'
    )
    assert speakers(text) == ["Mira Pickering"]


def test_the_titled_subject_of_a_story_s_first_sentence_after_its_dateline() -> None:
    text = (
        "KESTREL, May 4 - Harbour Minister Tomas Arleth said the ferry levy would stay in place "
        "until the new docks were finished.\n\n"
        '"We cannot let the port fall apart," he told a news conference.'
    )
    assert speakers(text) == ["Tomas Arleth"]


@pytest.mark.parametrize(
    "setting",
    ["in a speech", "at a news conference in Reno", "on Monday", "during a radio interview", "in his speech"],
)
def test_a_paraphrase_tagged_with_where_or_when_it_was_said_names_the_he_of_the_next_quote(
    setting: str,
) -> None:
    text = (
        f"Freight rates will climb again next spring, shippers' council head Tomas Ebner said {setting}. "
        '"The ports cannot keep up," he said.'
    )
    assert speakers(text) == ["Tomas Ebner"]


def test_a_tag_whose_setting_opens_a_clause_names_nobody_new() -> None:
    text = (
        'Ann Lee spoke first. Rates will climb, Tomas Ebner said in a speech that he gave twice. "We lost,"'
        " she said."
    )
    assert speakers(text) == ["Ann Lee"]


@pytest.mark.parametrize(
    "dateline",
    ["PARIS, May 4 -", "March 5, 2020 -", "OSLO, March 4, 2024 /Newswire/ --", "Jan 5, 2020 -"],
)
def test_every_dateline_the_layout_reads_is_skipped_before_the_first_subject(dateline: str) -> None:
    text = f'{dateline} Finance Minister Ivo Marsh announced cuts to the rail budget. "We must act now," he said.'
    assert speakers(text) == ["Ivo Marsh"]


def test_a_described_speaker_of_a_quote_still_stands_for_the_name_before() -> None:
    # The description is both its sentence's subject and a quote's speaker: the same mention twice,
    # so the name before it is still the one person named right before.
    text = (
        "Tomas Arleth is opening his race in Reno, where Ivo Marsh leads the polls.\n\n"
        'The Reno senator is telling voters that he will have "plenty of support" in the spring.\n\n'
        'And he is predicting that the race "will be a long one for all of us."'
    )
    assert speakers(text)[-1] == "Tomas Arleth"


def test_a_name_beside_his_opening_the_sentence_is_not_the_he_after_it() -> None:
    text = (
        "Tomas Arleth is thanking supporters at a rally in his home town.\n\n"
        "Arleth won the vote in Reno. His rival, Dana Velk, won in Carson City.\n\n"
        'He told the crowd that "this is only the start."'
    )
    assert speakers(text) == ["Tomas Arleth"]


def test_all_she_could_do_is_her_speaking() -> None:
    text = (
        "Dana Velk has worked at the plant for twenty years.\n\n"
        'When she heard the news on the radio, all she could do was yell "At last!" at the kitchen wall.'
    )
    assert speakers(text) == ["Dana Velk"]


def test_a_name_that_first_reported_the_story_is_no_he() -> None:
    text = (
        "Pastor Tomas Arleth has turned on the city's choirs.\n\n"
        'Arleth attacked them on his weekly show, "Hour of Arleth," Bright Lantern Watch first reported.\n\n'
        'He then said that "they have lost their way."'
    )
    assert speakers(text)[-1] == "Tomas Arleth"


def test_a_speaker_named_before_who_is_the_she_of_the_next_quote() -> None:
    text = (
        "Tomas Arleth said he was sorry for the delay.\n\n"
        "Any ruling would go to Judge Dana Velk, who told the panel last week: "
        '"The file is with the clerks, and they will send it to me in time."\n\n'
        'She added, "Nobody will be kept waiting."'
    )
    assert speakers(text) == ["Dana Velk", "Dana Velk"]


def test_a_firm_named_technologies_is_no_she() -> None:
    text = (
        '"I will miss the people," Dana Velk said.\n\n'
        "In addition, Lorvane Technologies has offered to pay for two years of night school.\n\n"
        '"At my age, I would rather rest," she said.'
    )
    assert speakers(text) == ["Dana Velk", "Dana Velk"]


def test_a_list_after_these_include_is_no_one_persons_sentence() -> None:
    text = (
        "At least six bankers raise money for the mayor.\n\n"
        "These include Tomas Arleth of Vantor Partners, Ivo Marsh of Lorvane Capital, and Bo Park.\n\n"
        'She has called for "a fairer tax on banks."'
    )
    assert speakers(text) == [None]


def test_a_name_with_a_quoted_nickname_is_the_he_of_the_next_quote() -> None:
    text = (
        '"We will stay," said Ivo Marsh, who led the march.\n\n'
        'In the old town, a choir sang in silence. Tomas "Kiko" Arleth of Reno carried a banner. '
        '"I cried the whole way," he said.'
    )
    assert speakers(text) == ["Ivo Marsh", "Tomas Arleth"]


def test_the_subject_a_he_reports_is_the_she_after_it() -> None:
    text = (
        "The council met Mayor Dana Velk and her deputy, Paul Sand, on Tuesday.\n\n"
        '"It went well," said Robert Marsh, a councilman. Councilman James Park said Velk urged members '
        'to be "patient and united." She added that the vote "can wait a week."'
    )
    assert speakers(text) == ["Robert Marsh", "James Park", "Dana Velk"]


def test_a_he_after_a_bare_surname_subject_of_its_own_paragraph_is_left_unnamed() -> None:
    # Varga, never named in full, may be the he: the named Tomas Arleth a paragraph back is a guess.
    text = (
        '"We will hold the line," said Tomas Arleth, the committee chairman.\n\n'
        "Varga openly admitted that the vote would be close in the spring. "
        '"It could go either way," he said.'
    )
    assert speakers(text) == ["Tomas Arleth", None]


def test_a_he_after_a_lower_case_word_opening_a_sentence_keeps_its_person() -> None:
    text = (
        '"We will hold the line," said Tomas Arleth, the committee chairman.\n\n'
        "Turnout dipped in the spring, as turnout often does before a vote. "
        '"It could go either way," he said.'
    )
    assert speakers(text) == ["Tomas Arleth", "Tomas Arleth"]


def test_a_description_reporting_before_a_comma_is_the_subject_not_an_opening_phrase() -> None:
    text = (
        "Grain exports from Lorvania will rise, deputy farm minister Ivo Maretti said on Monday.\n\n"
        '"We are ready to ship more," the spokesman said.\n'
        'The trade minister said last week that a sudden tariff would hurt "every grower."\n'
        "The spokesman said Belmara had been slowly dredging its channel, keeping barges out.\n"
        'He said the port was buying "several" new cranes this year.'
    )
    assert speakers(text) == ["the spokesman", "the trade minister", "the spokesman"]


def test_a_he_after_another_said_stands_for_nobody_named() -> None:
    text = (
        "One trader said the market had turned this week.\n"
        '"Nobody wants to hold stock now," he said.\n'
        "Another said the central bank was still selling.\n"
        '"They will keep going until Friday," he said.'
    )
    # (the other one, as `Another said "…"` shows it; never the trader named before)
    assert speakers(text) == ["one trader", "another"]


def test_a_surname_that_is_also_a_nationality_is_the_subject_when_the_article_names_her() -> None:
    text = (
        "Nadia French, a pastor from Reno, spoke at the hearing on Monday.\n\n"
        "The mayor, Carla Brandt, opened the meeting with a prayer.\n\n"
        "French said the vote on the new shelter had been unfair.\n\n"
        '"We will keep coming back," she said.'
    )
    assert speakers(text) == ["Nadia French"]


def test_a_name_in_commas_after_a_possessive_is_the_subject_not_the_possessor() -> None:
    text = (
        "Governor Ivo Marsh spoke to farmers in Belmara on Tuesday.\n"
        "Marsh's deputy assistant, Tomas Arleth, said the plan would wait until spring.\n"
        '"Nothing is settled before the vote," he said.'
    )
    assert speakers(text) == ["Tomas Arleth"]


def test_a_described_minister_is_not_the_one_holder_of_another_ministry() -> None:
    text = (
        '"We will open the port," deputy prime minister Ivo Marsh said on Monday.\n'
        "Exports of grain fell sharply last year.\n"
        "The trade minister said tariffs on grain would fall next year.\n"
        '"The growers have waited long enough," he said.'
    )
    assert speakers(text) == ["Ivo Marsh", "the trade minister"]


def test_the_pronoun_answering_a_question_put_to_a_named_person_is_that_person() -> None:
    text = (
        "Councillor Bram Oyelaran left the chamber early on Friday.\n\n"
        '"Will you stand again?" a reporter asked Oyelaran. "No," he said. "Twelve years is plenty."'
    )
    assert speakers(text) == ["a reporter", "Bram Oyelaran", "Bram Oyelaran"]


@pytest.mark.parametrize(
    "question",
    [
        '"Why would I quit now?" Bram Oyelaran asked.',  # a question of his own: he goes on
        '"Why would I quit now?" Bram Oyelaran asked reporters.',  # put to nobody named
    ],
)
def test_a_question_put_to_nobody_named_leaves_the_asker_the_next_he(question: str) -> None:
    text = f'Ilse Marr chaired the meeting. {question} "The work is half done," he said.'
    assert speakers(text) == ["Bram Oyelaran", "Bram Oyelaran"]


@pytest.mark.parametrize(
    ("asked", "answerer"),
    [
        # The person asked answers as a rule, but the article does not tell whether they are a she:
        # the answer is left to nobody rather than given to the asker.
        ("Ms. Marr asked Oyelaran.", None),
        ("Marr asked Mr. Oyelaran.", "Ilse Marr"),  # a man asked: the she is the asker
    ],
)
def test_a_she_after_a_womans_question_is_hers_only_when_a_man_was_asked(
    asked: str, answerer: str | None
) -> None:
    text = f'Ilse Marr met Quillon Oyelaran at the depot.\n\n"Where are the buses?" {asked} "Show me the yard," she said.'
    assert speakers(text) == ["Ilse Marr", answerer]


@pytest.mark.parametrize("asked", ["asked Tuesday.", "asked Congress.", "asked Acme Corp."])
def test_a_question_put_to_a_day_a_body_or_a_firm_leaves_the_asker_the_next_he(asked: str) -> None:
    text = f'Bram Oyelaran left the chamber early. "Where is the money?" Oyelaran {asked} "Nobody knows," he said.'
    assert speakers(text) == ["Bram Oyelaran", "Bram Oyelaran"]


def test_a_title_before_the_person_asked_does_not_hide_her_sex() -> None:
    text = (
        'Judge Carla Bent heard the motion. "Why now?" Bram Oyelaran asked Judge Carla Bent. '
        '"Because the law allows it," he said.'
    )
    assert speakers(text) == ["Bram Oyelaran", "Bram Oyelaran"]


def test_a_she_after_a_sentence_naming_a_woman_as_well_tells_nothing_of_the_subjects_sex() -> None:
    text = (
        "Jonah Pirk waved from the porch. Dale Okoro hugged Maria Quill at the gate. She smiled. "
        '"It was nothing," he said.'
    )
    assert speakers(text) == ["Dale Okoro"]


def test_a_town_named_like_a_woman_does_not_stand_for_one() -> None:
    text = (
        "Jonah Pirk waved from the porch. Dale Okoro drove back to Victoria at dawn. She smiled. "
        '"It was nothing," he said.'
    )
    assert speakers(text) == ["Jonah Pirk"]


@pytest.mark.parametrize(
    "joined",
    [", but Ivo Brask said", "; Ivo Brask told reporters", ", while Ivo Brask argued"],
)
def test_a_speaker_in_a_later_clause_leaves_the_he_unnamed(joined: str) -> None:
    # The he may be the clause's speaker as well as the earlier subject: no guess between them.
    text = (
        "Tomas Orvik, the chairman of the port board, said the new berth would open in May.\n\n"
        f"Orvik's first remarks were that traffic had already grown{joined} that the rise was seasonal. "
        '"Nobody should count on it lasting," he said.'
    )
    assert speakers(text) == [None]


def test_a_later_clause_speaker_of_the_other_sex_leaves_the_he_to_the_subject() -> None:
    text = (
        "Tomas Orvik, the chairman of the port board, said the new berth would open in May.\n\n"
        "Orvik added that traffic had already grown, but Ms. Dana Brask said that the rise was seasonal. "
        '"We expect more ships," he said.'
    )
    assert speakers(text) == ["Tomas Orvik"]
