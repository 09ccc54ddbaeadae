"""Attribution shapes of magazine features, obituaries, science, tech and arts copy found by the
invented-features check (eval/invented-features): invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A name beside a his/her that goes on to speak is the he of the quote after it.
        (
            'The drummer, Ivo Brandt, loved the band. "We were loud," Mr. Brandt said.\n\n'
            "His son, Peter Lomax, a builder, recalled nights at the club as a boy. "
            '"I slept under the drums," he said.',
            ["Ivo Brandt", "Peter Lomax"],
        ),
        (
            '"It was a good run," Carla Mendt said.\n\n'
            "Her daughter, Rosa Kiel, remembered the long tours. "
            '"We hardly saw her," she said.',
            ["Carla Mendt", "Rosa Kiel"],
        ),
        # Not a relative of the other sex, a name of either sex, or someone who is no kin.
        (
            "Oskar Venn, 61, has kept the lighthouse since 1990. His daughter, Robin Venn, a teacher, "
            'said he never took a holiday.\n\n"The lamp comes first," he said.',
            ["Oskar Venn"],
        ),
        (
            "Oskar Venn, 61, has kept the lighthouse since 1990. His accountant, Sam Heller, "
            'said the lease would end.\n\n"The lamp comes first," he said.',
            ["Oskar Venn"],
        ),
        (
            "Oskar Venn, 61, has kept the lighthouse since 1990. His rival, Peter Quarry, said on Monday "
            'he would bid for the lease.\n\n"I will not hand it to him," he said.',
            ["Oskar Venn"],
        ),
        # Not when the name beside the his/her does something else: the pronoun stays the possessor's.
        (
            "Tomas Brenner lost the race for mayor. His rival, Robin Lee, won the seat in Leeds. "
            '"I will ask for a recount," he said.',
            ["Tomas Brenner"],
        ),
        (
            '"The mine will reopen," Gavin Roole said.\n\n'
            "His partner, Ivo Sand, a welder, left the town in May. "
            '"It was never going to close," he said.',
            ["Gavin Roole", "Gavin Roole"],
        ),
    ],
)
def test_a_name_beside_his_or_her_that_speaks_is_the_pronoun_after_it(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A paper's title, a slogan, a refrain or chorus, an advertising line: no speech.
        (
            "The work by a team in Bergen appears under the title "
            '"Salt marsh carbon budgets in a warming fjord." It was long.',
            [],
        ),
        ('The bakery opened in May under the slogan "Bread first, questions later." Ivo Lomax runs it.', []),
        ('Its chorus — "we danced until the lights went out" — is everywhere this summer.', []),
        ('The refrain, "row on, row on, the tide is turning," closes the set.', []),
        ('She posted the firm\'s old advertising line, "Run further, rest easier," with a frown.', []),
        # Words a thing carries or bears printed on it.
        ('Every jar carries the line "Picked at dawn, sealed by noon," in gold letters.', []),
        ('The leaflet bore the warning "If you feel unwell, stay at home and call the clinic."', []),
        # A person who carries or bears a message says it.
        (
            'The bishop bore the message: "Nobody in this parish will go hungry this winter."',
            ["Nobody in this parish will go hungry this winter."],
        ),
        (
            'The mayor carried the message: "The bridge stays shut," she told the crowd.',
            ["The bridge stays shut,"],
        ),
        # The same nouns do not stop a speaker's own words.
        (
            'Asked what it meant to win the title, "It has not sunk in," Mara Quist said.',
            ["It has not sunk in,"],
        ),
        ('Mara Quist, 31, defended her title - "I slept well," she said after the bout.', ["I slept well,"]),
        ('When Peter Blake took the title, "My knees went," he said.', ["My knees went,"]),
        (
            'The team sang the club anthem, its chorus: "Hold the line," the captain shouted.',
            ["Hold the line,"],
        ),
        (
            '"We will keep the slogan," Rosa Kiel said. "It still sells bread."',
            ["We will keep the slogan,", "It still sells bread."],
        ),
        (
            'Ivo Lomax repeated the line "we will not close this plant" to the crowd.',
            ["we will not close this plant"],
        ),
        (
            'Rosa Kiel repeated her warning: "Nobody should swim in the bay this week."',
            ["Nobody should swim in the bay this week."],
        ),
    ],
)
def test_a_title_slogan_or_refrain_named_by_its_noun_is_no_quote(text: str, quotes: list[str]) -> None:
    assert [quote.text for quote in body(text)] == quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A relative clause that leaves out "which" right before the quote brings its own speaker.
        (
            "Hedda Rusk kept the ferry cafe for 20 years. Visitors called her stew the Anchor, "
            'a name she swore was "praise, from sailors."',
            "Hedda Rusk",
        ),
        (
            "Peter Blake rebuilt the mill wheel. Fans called it the Grinder, "
            'a word he said was "kind, on a windy day."',
            "Peter Blake",
        ),
        (
            "Tess Ward spoke to the trustees on Monday. Peter Blake had called the bid a stunt, "
            'a word she said was "cheap and wrong."',
            "Tess Ward",
        ),
        # Not a he/she who may be the one who named the noun: the sentence's own speaker stays.
        (
            "Peter Blake sold the orchard in June. Tess Ward said her brother had called the barn a wreck, "
            'a word he insisted was "far too generous."',
            "her brother",
        ),
        (
            "Tess Ward said Peter Blake had called her bid a stunt, "
            'a word he later said was "only a tease between neighbours."',
            "Peter Blake",
        ),
        # The he who knew the words is their owner, though "knew" reports no speech.
        (
            'Peter Blake rebuilt the mill wheel. Fans called it the Grinder, a wheel he knew was "not quiet."',
            "Peter Blake",
        ),
        (
            "Ona Vell rebuilt the barn. Critics called it the Shed, a barn she thought would be "
            '"warm enough."',
            "Ona Vell",
        ),
        # Not when the namer may be the he himself.
        (
            'Ona Vell rebuilt the barn. Peter Blake called it the Shed, a barn he knew was "not pretty."',
            "Peter Blake",
        ),
    ],
)
def test_a_relative_clause_without_which_brings_its_own_speaker(text: str, speaker: str) -> None:
    assert _speakers(text)[-1:] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A given name written alone after the full name shows the full name, though relatives share
        # the surname.
        (
            "Carla Mendt and her son Peter Mendt run the bakery.\n\n"
            '"Bread is patient," Carla says. "We are not," Peter says.',
            ["Carla Mendt", "Peter Mendt"],
        ),
        ('Rosa Kiel, 40, keeps bees.\n\n"They never sleep," Rosa said.', ["Rosa Kiel"]),
        # Not a firm's or a family name alone, nor a given name two full names open.
        ('Ford Lomax Inc makes vans.\n\n"Sales rose," Ford said.', ["Ford"]),
        (
            'Carla Mendt and Carla Voss own the shop.\n\n"It works," Carla said.',
            ["Carla"],
        ),
        # Nor when the lone name is given its own relation, description or age, the full name is
        # written only inside a quote, or a Jr. shares it: the name stays as written.
        (
            "Dr. Ivy Dorn treated Bo Pell for years. His wife, Ivy, sat by the bed.\n\n"
            '"They were kind to him," Ivy said.',
            ["Ivy"],
        ),
        (
            "Owen Larch, the coach, ran the camp. One girl, Owen's cousin Nell, 8, and a boy, Owen, 6, "
            'stayed late.\n\n"I like the river," Owen said.',
            ["Owen"],
        ),
        (
            '"I took up rowing because of my idol, Petra Quill," Rudi Vance said.\n\n'
            'His niece Petra, 12, rows too. "The water is cold," Petra said.',
            ["Rudi Vance", "Petra"],
        ),
        (
            "The choir's soloist, Dario, sang first. The hall was opened by the provost, Dario Fenn.\n\n"
            '"The roof nearly came off," Dario said.',
            ["Dario"],
        ),
        (
            "Wendel Crowe opened the forge in 1981. His son, Wendel Crowe Jr., shoes the horses now.\n\n"
            '"He still checks my nails," Wendel said.',
            ["Wendel"],
        ),
    ],
)
def test_a_given_name_alone_shows_the_full_name_it_opens(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A plural noun for the people a place serves, opening a sentence, is no he or she.
        (
            "Ann Velk opened the cafe in 1990.\n\n"
            'Regulars said the scones were "hard as rock." "They are meant to be," she said.',
            ["regulars", "Ann Velk"],
        ),
        (
            "Ivo Lomax built the pier in 1970.\n\n"
            'Villagers said it was "too long by half." "It had to reach the deep water," he said.',
            ["villagers", "Ivo Lomax"],
        ),
        # The noun before a name is no part of it.
        ('Neighbour Rosa Kiel said the road was "never quiet."', ["Rosa Kiel"]),
        # A person named alone still is the he or she.
        (
            "Ann Velk opened the cafe in 1990.\n\n"
            'Rosa Kiel said the scones were "hard as rock." "They are meant to be," she said.',
            ["Rosa Kiel", "Rosa Kiel"],
        ),
    ],
)
def test_a_plural_for_customers_or_neighbours_is_no_name(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name set off after a description whose affiliation opens on "a" or "an".
        (
            'A buyer for a Leeds hotel group, Ivo Lomax, called it "the best cheese in the north."',
            "Ivo Lomax",
        ),
        ('An engineer at an Oslo shipyard, Rosa Kiel, said the hull was "sound."', "Rosa Kiel"),
        # Not a place after the comma.
        ('A trader at a Boston bank, Chicago, said prices were "closed."', "a trader"),
        # Not when the affiliation ends on people: the name may be the client's or the family's.
        ('A solicitor for a Dunmore fisherman, Peter Harrow, said the fine was "steep."', "a solicitor"),
        ('An advocate for a Galt widow, Mary Finch, said the ruling was "cruel."', "an advocate"),
        (
            'A spokesman for the Selby Row tenants, Peter Harrow, said the damp was "unbearable."',
            "a spokesman",
        ),
    ],
)
def test_a_name_after_a_description_with_an_affiliation(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name after a lower-case description between commas, beside the subject description.
        (
            'Her first apprentice, the retired harbour pilot Peter Quarry, said she was "patient with fools."',
            "Peter Quarry",
        ),
        ('Her rival, the former city treasurer Rosa Kiel, said the plan was "a mess."', "Rosa Kiel"),
        # Not a place or a body named after the description.
        ('Her rival, the city of Reno, said the plan was "a mess."', "her rival"),
        # Not a name the description reaches through a preposition (a relative, an employer), nor a
        # school's or a firm's name.
        ('A lodger, the widower of the late Dora Pym, said the stairs were "a hazard."', "a lodger"),
        ('Her trainee, the nephew of ferry skipper Ansel Brook, called the crossing "rough."', "her trainee"),
        ('A spokeswoman, the sister of Dora Pym, said the family was "heartbroken."', "a spokeswoman"),
        ('His deputy, the founder of Pellow Rigging, said the mast was "safe."', "his deputy"),
        (
            'Her successor, the former bursar of Mill Lane Academy, said the books were "balanced."',
            "her successor",
        ),
    ],
)
def test_a_name_after_a_described_apposition(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Whoever asks him (present tense, a phrase of time after "him") is not the he who answers.
        (
            "Tomas Reyes mends nets. Kesi sits beside him.\n\n"
            '"Do you ever tire of it?" Kesi asks him on the quay. "Only of rain," he replies.',
            ["Kesi", "Tomas Reyes"],
        ),
        (
            "Tomas Reyes mends nets. Kesi Lomu sits beside him.\n\n"
            '"Do you ever tire of it?" Lomu asked him that evening. "Only of rain," he said.',
            ["Kesi Lomu", "Tomas Reyes"],
        ),
        # Not another man named earlier when someone unnamed has come in since: nobody is sure.
        (
            "Oskar Venn coaches swimmers in Grimsby. Peter Quarry, the club secretary, sits by the pool. "
            'A 14-year-old from Louth steps onto the block.\n\n"Nervous?" Venn asks him at the start. '
            '"A bit," he says.',
            ["Oskar Venn", None],
        ),
        # Not a question asked of someone else: the asker may go on.
        (
            "Tomas Reyes mends nets.\n\n"
            '"Do you ever tire of it?" Reyes asks the girl on the quay. "I do," he says.',
            ["Tomas Reyes", "Tomas Reyes"],
        ),
    ],
)
def test_the_asker_of_him_is_not_the_he_who_answers(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # A sign whose words are given after a finite "read": no speech.
        ('The till broke on Monday. A hand-lettered sign taped to it read: "Cash only until Friday."', []),
        ('Two hand-painted signs by the gate read "Keep out, private land, no dogs allowed."', []),
        # Not "signs" as a verb, nor "signs of": the reader's words are speech.
        (
            'Mara Quist signs the petition, then reads: "We want our ferry back."',
            ["We want our ferry back."],
        ),
        (
            'Finding no signs of damage, the inspector reads: "The bridge may reopen."',
            ["The bridge may reopen."],
        ),
        # A statement that "read" gives its author's words.
        (
            'Ivo Lomax posted a statement that read: "We are closing the shop for good."',
            ["We are closing the shop for good."],
        ),
    ],
)
def test_a_sign_that_read_is_no_quote(text: str, quotes: list[str]) -> None:
    assert [quote.text for quote in body(text)] == quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A line of words set after the quote, with a clause about it, describes the quote.
        (
            'Ivo Lomax had little patience. He liked to say that "a slow winger is a spectator," '
            "a line several of his players repeated this week.",
            "Ivo Lomax",
        ),
        (
            'Rosa Kiel ran the school. She often said "a bell is a promise," a mantra her pupils still use.',
            "Rosa Kiel",
        ),
        # A tag after the aside still names the speaker.
        ('"Nobody rows alone," a line the cox repeated every spring, Hedda Rusk said.', "Hedda Rusk"),
        # "line" heading a person's name is a tag.
        ('"The kitchen never stops," a line cook said.', "a line cook"),
    ],
)
def test_a_line_set_after_the_quote_is_no_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_short_quote_with_an_aside_about_its_wording_stays() -> None:
    # Somebody's words, though short and unattributed: `a quip … heard her repeat` is no tag.
    text = '"Not finished yet," a quip several stewards heard her repeat, drew a cheer.'
    assert [(quote.text, quote.speaker) for quote in body(text)] == [("Not finished yet,", None)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A body that speaks, naming an object, is the subject of an active "called".
        (
            'A ramblers\' association called the new fences "a slap in the face" on Friday.',
            "a ramblers' association",
        ),
        ('A tenants\' union called the rent rise "a disgrace to the city."', "a tenants' union"),
        # A thing named by "called" stays a name given, nobody speaking.
        ('They formed a group called the "Friends of the Marsh" in May.', None),
    ],
)
def test_a_body_that_speaks_calls_an_object(text: str, speaker: str | None) -> None:
    assert _speakers(text)[:1] == ([speaker] if speaker else [])
