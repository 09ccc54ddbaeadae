"""Wire-copy shapes of speakers met on unseen news: inverted tags opening a sentence, firms' names
before their employees, names ending in a possessive (invented names and sentences only)."""

from __future__ import annotations

from osceq.extract.names import parse_mention
from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


def test_an_inverted_said_opening_a_sentence_is_no_part_of_the_name() -> None:
    text = 'Sales rose.\n\nSaid Tomas Brandeis, vice-president of Ketter Holmgren Inc, "The market will turn soon."'
    assert _speakers(text) == ["Tomas Brandeis"]
    # A name that opens with the same word keeps it when no quotation follows in its sentence.
    text = 'Talks began.\n\nSaid Omar Haddad, the envoy, arrived on Monday. "We will talk," Haddad said.'
    assert _speakers(text) == ["Said Omar Haddad"]


def test_a_name_ending_in_a_possessive_may_be_the_subject_of_said() -> None:
    text = (
        'Ratings fell.\n\n"The debt of the group is weak and getting weaker by the month," Fennick\'s said.'
    )
    assert _speakers(text) == ["Fennick's"]
    text = 'Ratings fell.\n\nFennick\'s told clients the debt is "weak and getting weaker."'
    assert _speakers(text) == ["Fennick's"]


def test_an_of_inside_a_firms_name_before_a_role_leaves_the_person_after_it() -> None:
    text = 'Sales rose.\n\n"It may be the start of a turn," said Moorfield Grant of Canada Ltd economist Lena Varga.'
    assert _speakers(text) == ["Lena Varga"]
    # A person of a firm keeps the name before "of"; a plural noun there describes the firm after it.
    text = 'Sales rose.\n\n"It may be the start of a turn," Lena Varga of Bristol-based brokers Moorfield Grant said.'
    assert _speakers(text) == ["Lena Varga"]


def test_a_number_inside_a_campaigns_name_before_a_role_leaves_the_person_after_it() -> None:
    text = 'Mills shut.\n\n"We will fight on," said Keep Our Forge 2040 campaign director Ada Blom.'
    assert _speakers(text) == ["Ada Blom"]


def test_a_nickname_in_parentheses_stays_inside_the_name() -> None:
    text = (
        "Oil fell.\n\n"
        '"The mood on the floor is brighter than last spring," Commissioner James E. (Jim) Harrow told reporters.'
        '\n\n"They see the bottom of the cycle," he added.'
    )
    assert _speakers(text) == ["James E. Harrow", "James E. Harrow"]
    # A parenthesis holding no given name still ends the name before it.
    assert _speakers('Rates fell. "Markets will fall," said Ann Lee (Reuters) Bo.') == ["Ann Lee"]


def test_the_object_of_an_opening_asked_about_is_no_speaker() -> None:
    text = (
        "Officials were cool.\n\nAsked about a Daily Courier report that Ruritania had offered a deal, "
        'an official told reporters, "We were not told of it at all."'
    )
    assert _speakers(text) == ["an official"]


def test_a_description_headed_by_a_trade_noun_is_a_he_or_she_later() -> None:
    text = (
        'Talks failed.\n\n"We will stay out until the end," a striking seaman said.'
        '\n\n"Nobody listens to us," he said.'
    )
    assert _speakers(text) == ["a striking seaman", "a striking seaman"]
    # The same word as a surname is no description.
    text = 'Talks failed.\n\n"We will stay out until the end," said Tomas Seaman.\n\n"Nobody listens," Seaman said.'
    assert _speakers(text) == ["Tomas Seaman", "Tomas Seaman"]


def test_a_firms_short_name_after_a_capitalised_function_word_is_no_person_for_he() -> None:
    text = (
        "Kestrel Mining Ltd's plan keeps the company alive, analysts said.\n\n"
        'Kestrel\'s proposal is "very clear and to the point," Bay Bank analyst Ivo Marsh said.\n\n'
        'Kestrel "is saying, This is all there is. There is no more money,\'" he added.\n\n'
        "For Kestrel's creditors, the plan is poor."
    )
    assert _speakers(text) == ["Ivo Marsh", "Ivo Marsh"]


def test_talks_after_a_noun_is_no_reporting_verb() -> None:
    text = (
        "Talks ended.\n\nFollowing weekend talks here between Ruritanian and Elbonian officials Varga "
        'told reporters "the hard part is now behind us."'
    )
    assert _speakers(text) == ["Varga"]


def test_the_object_of_a_participle_after_the_subject_is_no_speaker() -> None:
    text = 'Talks ended.\n\nOne official attending the Geneva meeting with Ivo Marsh said "they have no plan at all."'
    assert _speakers(text) == ["one official"]
    # An -ing word before a bare noun modifies it: the phrase is the subject.
    text = 'Talks ended.\n\nThe Elbonian banking sources said "they have no plan at all."'
    assert _speakers(text) == ["sources"]


def test_a_place_before_a_role_is_no_name_when_a_full_name_ends_the_mention() -> None:
    mention = parse_mention("senior vice president and Reno branch manager of Kestrel Alpina Gordon Wendt")
    assert mention.name == "Gordon Wendt"
    assert parse_mention("Lee met Ann Roe").name == "Lee"


def test_a_firms_name_run_into_a_persons_after_of_is_no_part_of_the_name() -> None:
    text = (
        "RENO, May 2 - A levy on silver may drive dealers away, senior vice president and Reno branch manager"
        ' of Kestrel Alpina Gordon Wendt said at a briefing.\n\n"Our clients are already nervous about'
        ' the levy," he said.\n\n"Dealers will simply move to Carson City," Wendt said.'
    )
    assert _speakers(text) == ["Gordon Wendt", "Gordon Wendt"]
    # Two given names open one person's name: "John" is not a firm's.
    text = 'Gold fell.\n\nA friend of John Paul Roe called.\n\n"It would be a big mistake," Roe said.'
    assert _speakers(text) == ["John Paul Roe"]


def test_a_name_joined_by_and_after_a_relative_which_speaks_whole() -> None:
    text = (
        "Rates rose.\n\nPutting the debt on its list, which Kestrel and Marsh said had "
        '"a rather gloomy outlook," may lead to a cut.'
    )
    assert _speakers(text) == ["Kestrel and Marsh"]


def test_an_office_after_for_run_into_a_persons_name_is_no_part_of_it() -> None:
    text = (
        "Mergers rose.\n\nActing Deputy Administrator for Tariffs Thomas Quillan defended the record."
        '\n\n"Every licence we granted was in order," Quillan said.'
    )
    assert _speakers(text) == ["Thomas Quillan"]


def test_a_decimal_point_inside_a_speakers_phrase_ends_nothing() -> None:
    text = (
        "Rates rose.\n\nIn a letter, the leadership of the 3.7 mln member union demanded "
        '"a fair share for the night crews" before the vote.'
    )
    assert _speakers(text) == ["the leadership of the 3.7 mln member union"]


def test_an_adverb_after_a_comma_opens_no_speakers_phrase() -> None:
    text = (
        'Votes came.\n\nThe Senate blocked aid to the "contra" rebels, virtually assuring the plan will fail.'
    )
    assert _speakers(text) == []


def test_a_full_name_with_a_middle_initial_ends_a_described_role() -> None:
    text = 'Banks merged.\n\nKestrel Five chairman Oliver T. Brandvold said "The two lenders were made for each other."'
    assert _speakers(text) == ["Oliver T. Brandvold"]


def test_an_organisations_last_word_after_a_place_is_no_first_name() -> None:
    text = (
        "Barley rose.\n\nAgriculture Secretary Martin Lyle spoke.\n\nWhen asked to confirm remarks by Rep. Ann Roe"
        " that the ministry planned to ship barley to the Soviet Union Lyle said,"
        ' "not this week, anyway," and later added, "nothing has been signed yet."'
    )
    assert _speakers(text) == ["Martin Lyle", "Martin Lyle"]


def test_allies_after_a_name_head_a_description() -> None:
    text = 'Talks failed.\n\nElbonia\'s NATO allies this week called on the two capitals to "settle it without a shot."'
    assert _speakers(text) == ["Elbonia's NATO allies"]


def test_two_plurals_for_people_joined_by_and_speak_together() -> None:
    text = 'Shares fell.\n\nInvestors and brokers said the market was "very nervous and thin today."'
    assert _speakers(text) == ["investors and brokers"]
    # A plural that is an object before "and" stays out: the second plural opens its own clause.
    text = 'Shares fell.\n\nThe firm hired traders and analysts said the market was "very nervous and thin today."'
    assert _speakers(text) == ["analysts"]


def test_a_paragraph_without_its_full_stop_ends_at_the_line_break() -> None:
    text = (
        "Harbour board officials said the ports would seek a shared plan to cut dock fees and widen the channels\n"
        "Port Director Lina Sorvik said the board would weigh fees, dredging and pilot rules, and propose "
        '"firm steps towards a common tariff."'
    )
    assert _speakers(text) == ["Lina Sorvik"]


def test_initials_opening_with_a_capital_a_stay_inside_the_name() -> None:
    text = (
        "Fees rose.\n\nPort Director A.K. Sorvik said the board would weigh the dredging rules and propose "
        '"firm steps towards a common tariff."'
    )
    assert _speakers(text) == ["A.K. Sorvik"]


def test_a_phrase_describing_the_end_of_an_opening_question_is_no_subject() -> None:
    text = (
        "Rates fell.\n\nAsked if the four banks had agreed to hold the crown near 12 marks, the level ruling "
        "at the time of the Oslo talks, Varga refused to give exact figures and said any talk of levels "
        'would cause "needless alarm."'
    )
    assert _speakers(text) == ["Varga"]
    # A name followed by its own apposition stays the subject.
    text = 'Rates fell.\n\nAsked about the plan, Ann Lee, the mayor, said it would cause "needless alarm."'
    assert _speakers(text) == ["Ann Lee"]


def test_a_body_owned_by_a_name_is_shown_whole_not_as_its_owner() -> None:
    assert parse_mention("Ruritania's 12-bank steering group").name == "Ruritania's 12-bank steering group"
    assert parse_mention("Ruritania's steering group").kind == "description"
    # The owner inside a person's mention leaves the person.
    assert parse_mention("Ivo Marsh of Kestrel's research group").name == "Ivo Marsh"


def test_a_writing_credited_by_according_to_leaves_the_subject_who_voiced_the_words() -> None:
    text = (
        'Trade slowed.\n\nThe creditor panel expressed "grave unease" to minister Olaf Brun about the missed '
        "instalments, according to a cable from panel head Norvik Trust to its members."
    )
    assert _speakers(text) == ["the creditor panel"]
    # A source that is no bare writing still reports the whole sentence.
    text = 'Talks stalled.\n\nThe steering group voiced "deep alarm" over the halt, according to the Daily Courier.'
    assert _speakers(text) == ["Daily Courier"]


def test_subjects_joined_across_a_relative_clause_speak_together() -> None:
    text = (
        "Talks ended.\n\nMany Liberals, who hold the upper house, and Conservatives voiced support for the "
        'deal and hailed it as a "fair bargain."'
    )
    assert _speakers(text) == ["many Liberals and Conservatives"]
    text = 'Talks ended.\n\nAnn Lee, who chairs the board, and Bo Park hailed the deal as a "fair bargain."'
    assert _speakers(text) == ["Ann Lee and Bo Park"]


def test_a_verb_in_the_present_after_a_name_ends_the_subject() -> None:
    text = (
        "Orders grew. Pia Strand spoke later.\n\nStrand expects a record year at the Kestrel yard, chiefly "
        'owing to "a fleet of new cranes."'
    )
    assert _speakers(text) == ["Pia Strand"]


def test_an_inverted_says_opening_a_label_is_no_part_of_the_name() -> None:
    text = 'Prices rose.\n\nSays Ivo Marsh: "The odds of a deal by Friday are good."'
    assert _speakers(text) == ["Ivo Marsh"]


def test_two_roles_joined_by_and_before_a_name_show_the_name() -> None:
    text = (
        'Prices rose.\n\n"The odds of a deal by Friday are good," Ruritanian delegate and buyer spokesman '
        "Ivo Marsh told reporters."
    )
    assert _speakers(text) == ["Ivo Marsh"]


def test_a_board_named_without_an_article_after_an_opening_time_is_the_subject() -> None:
    text = (
        "Prices rose.\n\nLate yesterday, Kestrel Materials board said it would not weigh a "
        '"joint venture" offered by the group.'
    )
    assert _speakers(text) == ["Kestrel Materials board"]


def test_a_role_at_a_firm_without_its_closing_comma_leaves_the_person_before_it() -> None:
    text = (
        "Costs climbed.\n\nR.J. Tamm, economist at Ostby Frame, Bell Norr and Co warned that at these fuel "
        'prices "no airline can stay in profit."'
    )
    assert _speakers(text) == ["R.J. Tamm"]


def test_the_subject_of_the_question_after_an_opening_asked_is_no_speaker() -> None:
    text = (
        "Talks stalled.\n\nGeneral Ivo Marsh spoke to reporters.\n\nAsked how Ruritania would react if its "
        'ships were fired on, he said "If that happens, the answer is plain."'
    )
    assert _speakers(text) == ["Ivo Marsh"]


def test_an_owner_opening_a_mention_leaves_its_envoy_with_a_place_after_him() -> None:
    text = (
        'Talks stalled.\n\n"My people will never accept this ruling," Valdonia\'s permanent envoy at Union '
        "House said on Tuesday."
    )
    assert _speakers(text) == ["Valdonia's permanent envoy at Union House"]


def test_a_town_and_its_state_inside_an_apposition_leave_the_person_before_it() -> None:
    text = (
        "Crops failed.\n\nHolm, the Fresno, California, rancher who owns Pellow Farms, told the panel that "
        'her offer was meant as "a fair exit" for the heirs.'
    )
    assert _speakers(text) == ["Holm"]


def test_a_verb_of_beginning_leads_to_speech_only_when_what_begins_is_speech() -> None:
    text = (
        'Steel fell.\n\nRuritania may begin watching steel to find out if any is being "trans-shipped" '
        "to Europe, officials said."
    )
    assert _speakers(text) == ["officials"]
    assert _speakers('Steel fell.\n\nThen Ann Lee began saying "we will win this one" to the crowd.') == [
        "Ann Lee"
    ]


def test_a_full_name_set_off_after_a_bare_role_is_the_subject() -> None:
    text = (
        "Catches fell.\n\nHarbour and fisheries secretary, Lena Okafor, told the council the ban on night "
        'trawling would stay until the stocks show "a real recovery."'
    )
    assert _speakers(text) == ["Lena Okafor"]


def test_a_gloss_after_a_quoted_term_names_no_speaker() -> None:
    text = (
        'Profits sank.\n\nThe audit comes with a push to end "soft habits," meaning long lunches and late '
        "starts blamed for the losses."
    )
    assert _speakers(text) == []
