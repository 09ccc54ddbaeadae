"""Speaker attribution patterns of English news style, on invented sentences."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def mentions(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in body(text)]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in body(text)]


# (text, [(quote text, mention as written or None)])
SPEAKERS = [
    # A phrase after a preposition is no subject: the speaker stands before it.
    (
        'Lena Ostrova at the time said the plan was "a clear mistake" and left.',
        [("a clear mistake", "Lena Ostrova")],
    ),
    (
        'Rolf Danner, who had in the past dubbed the levy "a quiet thief," spoke first.',
        [("a quiet thief,", "who")],
    ),
    # A quotation cut out of the sentence does not make its neighbour a preposition's object.
    (
        'When asked about the plan on Monday at "Town Forum," Ada Perrin said it was "doomed to fail."',
        [("Town Forum,", "Ada Perrin"), ("doomed to fail.", "Ada Perrin")],
    ),
    # A name given to a thing is nobody's quote.
    (
        'Most of the money was given to a charity called "hope for every child in the city" last year.',
        [("hope for every child in the city", None)],
    ),
    ('Voters attended what is called a "listening session" downtown.', []),
    # ... but an active verb with an object keeps its subject.
    (
        'A reporter for the Daily Ledger called it "the worst flood in a generation" on Friday.',
        [("the worst flood in a generation", "A reporter for the Daily Ledger")],
    ),
    # A time phrase opening the sentence is not its subject.
    (
        'Hours later, she posted a message saying "we are not giving up on this fight" online.',
        [("we are not giving up on this fight", "she")],
    ),
    (
        'Back in 1998, Ivo Marsh was asked about it and replied "never in my life, not once."',
        [("never in my life, not once.", "Ivo Marsh")],
    ),
    # After a quotation ending on a comma, a name and any verb are its tag.
    (
        '"We have been waiting for this budget since spring," Oren Vasko deadpanned. "Now it is too late."',
        [
            ("We have been waiting for this budget since spring,", "Oren Vasko"),
            ("Now it is too late.", "Oren Vasko"),
        ],
    ),
    # ... but not a clause with a life of its own after a quote inside a subordinate clause.
    (
        'While the hall was hung with "a budget for working families of every kind," Ben Osei spent the '
        "whole evening on his phone and never once looked up at the stage.",
        [("a budget for working families of every kind,", None)],
    ),
    # An adverb in -ly between the speaker and the verb.
    (
        'Tara Quint jokingly said, "I am the last one standing in this race."',
        [("I am the last one standing in this race.", "Tara Quint")],
    ),
    # A lower-case name particle starts the name.
    (
        'If the council agrees, van Doorn said, "we can start building in May."',
        [("we can start building in May.", "van Doorn")],
    ),
    # A time phrase between the speaker and the verb.
    (
        'The museum, which Mayor Lia Brandt on Friday described as "the pride of the valley," reopened.',
        [("the pride of the valley,", "Mayor Lia Brandt")],
    ),
    # Names before a plural noun make a speaker without a determiner.
    (
        'The meeting ended early when Orban supporters shouted "resign now, resign now" at the chair.',
        [("resign now, resign now", "Orban supporters")],
    ),
    # A participle after a subordinate clause shares that clause's subject.
    (
        'The first hour was calm, until the Greens stood up in the gallery, chanting "no more coal '
        'for the valley." The vote went on.',
        [("no more coal for the valley.", "the Greens")],
    ),
    # A source named at the end of the sentence reports the whole of it.
    (
        'Mayor Ilse Korb said she was "very glad to see" the result, according to the Daily Ledger.',
        [("very glad to see", "the Daily Ledger")],
    ),
    # A reporting word that can be a noun ends the tag: "the memo read", "the filing states".
    (
        '"Staff must return all keys by Friday, without exception," the memo read.',
        [("Staff must return all keys by Friday, without exception,", "the memo")],
    ),
    # An inverted speaker with a relative clause of its own.
    (
        '"We saw no inspectors here all year," said one owner of a bakery that sells to the base.',
        [("We saw no inspectors here all year,", "one owner of a bakery")],
    ),
    # Nested reported speech: the outer source speaks, also as a bare plural or a group word.
    (
        'Harbor sources have said she said "no new ferries" during a call to the board.',
        [("no new ferries", "Harbor sources")],
    ),
    (
        'If pressed, auditors say that she told a clerk, "I would sign it twice."',
        [("I would sign it twice.", "auditors")],
    ),
    # A fragment inside a sentence that runs on with no comma has no tag after it.
    (
        'Senators blocked the bill over "poison pill" riders added by the other party on Monday.',
        [],
    ),
    (
        'Tom Reyes said the bill had "poison pill" riders added by the other party last week.',
        [("poison pill", "Tom Reyes")],
    ),
    # A participle phrase of the subject ("a source speaking to X said").
    (
        'An aide speaking to the Daily Ledger said, "The talks are over for this year."',
        [("The talks are over for this year.", "An aide")],
    ),
    # A later subordinate clause whose own verb leads to the quote speaks it.
    (
        'Mayor Lia Brandt said she would attend, although she tweeted that the deal was "a bad joke."',
        [("a bad joke.", "she")],
    ),
    (
        'Omar Reyes said he left the room after Ada Perrin argued that the plan was "dead on arrival."',
        [("dead on arrival.", "Ada Perrin")],
    ),
    # A subordinate clause after an opening phrase is background; the main clause speaks.
    (
        'Later that night, after the panel said the vote was close, Ada Perrin said it was "a fair fight."',
        [("a fair fight.", "Ada Perrin")],
    ),
    # A past-tense verb right before the quote, whatever the verb.
    (
        'Lars Eide waved to the hall and then bellowed, "Nobody is leaving this room tonight."',
        [("Nobody is leaving this room tonight.", "Lars Eide")],
    ),
    (
        'Ilse Korb, smiling, deadpanned, "I have read the report twice, and it is still short."',
        [("I have read the report twice, and it is still short.", "Ilse Korb")],
    ),
    (
        'Within the hour, the governor shot back: "This is a stunt and everyone knows it."',
        [("This is a stunt and everyone knows it.", "the governor")],
    ),
    # An adverb in -ly opening the sentence is an introductory phrase.
    (
        'Immediately after the vote, Ada Perrin issued a statement, "We accept the result and move on."',
        [("We accept the result and move on.", "Ada Perrin")],
    ),
    # A sentence opening with "As if …," has its subject after the comma.
    (
        'As if to end the matter, the election board was firm: "No further appeals will be heard."',
        [("No further appeals will be heard.", "the election board")],
    ),
    # A name alone before a colon labels the quotation.
    (
        'The polls were close. Analysts agree - Dana Voss: "Turnout decided the race in the end."',
        [("Turnout decided the race in the end.", "Dana Voss")],
    ),
    # "As …," opens a subordinate clause; the main clause after it speaks.
    (
        'As the crowd chanted her name, Ola Berg said to them: "We are not finished yet, not by far."',
        [("We are not finished yet, not by far.", "Ola Berg")],
    ),
    # A state abbreviation in the apposition does not end the sentence.
    (
        '"We passed the bill tonight," Sen. Dora Welk, D-Ore., said. "It was a long road for all of us."',
        [
            ("We passed the bill tonight,", "Sen. Dora Welk"),
            ("It was a long road for all of us.", "Sen. Dora Welk"),
        ],
    ),
    # A tag closing the sentence may be followed by an apposition or an aside.
    (
        'The new rule is "a slow way to raise taxes" on families, said Mira Holt, an economist at the bank.',
        [("a slow way to raise taxes", "Mira Holt")],
    ),
    (
        'Most of the delay comes from "checks that nobody reads" at the port, she said, rather than from storms.',
        [("checks that nobody reads", "she")],
    ),
    # ... but a quote that closed its sentence has no tag in the next one.
    (
        '"We will win this seat," Ana Brun said. "It is ours." The river, Ola Berg said, was rising.',
        [("We will win this seat,", "Ana Brun"), ("It is ours.", "Ana Brun")],
    ),
    # A document, a sign or a letter speaks through "it" (`it read`, `it notes`).
    (
        'A letter reached the board on Monday. "The river plan must wait a year," it read.',
        [("The river plan must wait a year,", "it")],
    ),
    # A capitalised word that can be a reporting verb opens a name after the quote.
    (
        '"We will comply with the order," State Department spokesman Ola Berg said on Friday.',
        [("We will comply with the order,", "State Department spokesman Ola Berg")],
    ),
    # Asides between a name and its verb after a quote: an age, a place, a role, a pause.
    (
        '"We lost the vote," Ada Perrin, 67, a retired nurse in Dover, Del., said on Monday.',
        [("We lost the vote,", "Ada Perrin")],
    ),
    (
        '"We lost the vote," Ivo Marsh, after a brief silence, said of the count.',
        [("We lost the vote,", "Ivo Marsh")],
    ),
    (
        '"We lost the vote," James Roe Jr., the mayor of the town, said.',
        [("We lost the vote,", "James Roe Jr")],
    ),
    # An opening phrase carries on past a state after a town and a further time phrase.
    (
        'At a rally in Dover, Del., on Tuesday, Ada Perrin endorsed the mayor, saying he would "make a fine governor."',
        [("make a fine governor.", "Ada Perrin")],
    ),
    (
        'At a forum in Aspen, Colo., Judge Ada Perrin ended her speech by quoting a poet: "Every obstacle yields."',
        [("Every obstacle yields.", "Judge Ada Perrin")],
    ),
    # A verb right before the quote belongs to the clause it closes, past an "and" joining verbs.
    (
        'The hall fell quiet as Ada Perrin greeted the rowers and then boomed, "Tonight, the river is ours."',
        [("Tonight, the river is ours.", "Ada Perrin")],
    ),
    # A fragment closing an opening subordinate clause is the clause subject's, not the main one's.
    (
        'When Ada Perrin said she would "fight for every vote," the crowd cheered loudly.',
        [("fight for every vote,", "Ada Perrin")],
    ),
    (
        'But even as Ivo Marsh claimed that "nobody was hurt," the police said two people were injured.',
        [("nobody was hurt,", "Ivo Marsh")],
    ),
    # ... while a fragment in a main clause keeps the tag after it.
    (
        'The plan is "a slow disaster for everyone," Ada Perrin said.',
        [("a slow disaster for everyone,", "Ada Perrin")],
    ),
    # After a quote: any verb in the past before a name, a name after an adjective, a name in
    # apposition to a common noun, and two phrases joined by "and".
    (
        '"We have won tonight!" beamed Ada Perrin of Dover, who had waited all day.',
        [("We have won tonight!", "Ada Perrin of Dover")],
    ),
    (
        '"The town will always be the town," an angry Ivo Marsh retaliated.',
        [("The town will always be the town,", "an angry Ivo Marsh")],
    ),
    (
        '"He deserved it," the driver, Ivo Marsh, told the radio station.',
        [("He deserved it,", "the driver")],
    ),
    (
        '"We will not give in," the Ohio senator and former candidate told reporters.',
        [("We will not give in,", "the Ohio senator and former candidate")],
    ),
    # ... but a verb in the past before a common noun is no tag.
    (
        '"We will not give in to anyone at all," shrugged the officials.',
        [("We will not give in to anyone at all,", None)],
    ),
    # A sentence that only joins its quote to a tagged statement before it carries on its speaker.
    (
        '"We lost the vote," Ada Perrin said. But "the fight for the river goes on all the same."',
        [
            ("We lost the vote,", "Ada Perrin"),
            ("the fight for the river goes on all the same.", "Ada Perrin"),
        ],
    ),
    (
        '"We lost the vote," Ada Perrin said. Then, "we will try again in the spring, as always."',
        [("We lost the vote,", "Ada Perrin"), ("we will try again in the spring, as always.", "Ada Perrin")],
    ),
    (
        '"She ought to be the loudest voice for this harbor," Ivo Marsh said. Instead, "she only sounds like a '
        'tired clerk."',
        [
            ("She ought to be the loudest voice for this harbor,", "Ivo Marsh"),
            ("she only sounds like a tired clerk.", "Ivo Marsh"),
        ],
    ),
    # ... but not a sentence with words of its own.
    (
        '"We lost the vote," Ada Perrin said. Critics called it "the end of a long and costly fight."',
        [("We lost the vote,", "Ada Perrin"), ("the end of a long and costly fight.", "Critics")],
    ),
    # An initialism ends a sentence when a subject pronoun follows it.
    (
        'Ada Perrin says the ferry was built in the U.K. He says it is "a museum piece with oars."',
        [("a museum piece with oars.", "He")],
    ),
    # A phrase after "of" inside the asides before a verb is no subject; the name before them is.
    (
        'Lena Ostrova, 22, of Dover, Del., said she hoped for "a surprise at the convention."',
        [("a surprise at the convention.", "Lena Ostrova")],
    ),
    (
        'Ivo Marsh, the editor of the city paper, The Ledger, said the plan was "a quiet failure."',
        [("a quiet failure.", "Ivo Marsh")],
    ),
    # A gloss after a dash is no signature: the speaker stays the one before the quote.
    (
        'The room went quiet as her cousins jeered, "Hasta luego!" - Spanish for "see you later." She left.',
        [("Hasta luego!", "her cousins")],
    ),
    # Longer opening phrases: "Here in …," and a second phrase after a time phrase.
    (
        'Here in Dover, Ada Perrin stepped up her attacks on the plan, saying, "We will not stand for it."',
        [("We will not stand for it.", "Ada Perrin")],
    ),
    (
        "On Monday, after staying silent for the whole long contest, Ivo Marsh appeared with the "
        'mayor and endorsed her, saying, "She has earned this job."',
        [("She has earned this job.", "Ivo Marsh")],
    ),
    # "More from Roe:" labels a quotation; a place after "from" does not.
    (
        'The results are in - More from Perrin: "Turnout rose in every county we measured."',
        [("Turnout rose in every county we measured.", "Perrin")],
    ),
    (
        'Ivo Marsh said the judge came from Dover: "He is a fine man and a fair one."',
        [("He is a fine man and a fair one.", "Ivo Marsh")],
    ),
    # A long relative clause after the tag's name is an aside, not a tag of its own.
    (
        '"Nobody saw this coming" at the time, said Ada Perrin, who teaches law and politics at the '
        "state university in the capital city of the state.",
        [("Nobody saw this coming", "Ada Perrin")],
    ),
    # An acronym is a name even when it spells a word ("US").
    (
        '"We are proud to cast our votes for the mayor!" US Senator Ivo Marsh said as he opened the vote.',
        [("We are proud to cast our votes for the mayor!", "US Senator Ivo Marsh")],
    ),
    # A verb before its subject after an opening aside or phrase (`Said Lee, who …, "…"`).
    (
        'The old mill is a bakery now. Said Ada Perrin, who grew up beside the weir, "Every child here loved that wheel."',
        [("Every child here loved that wheel.", "Ada Perrin")],
    ),
    (
        'In other words, explained Ivo Marsh: "How is any of that linked to the ferry fares?"',
        [("How is any of that linked to the ferry fares?", "Ivo Marsh")],
    ),
    # A sentence adverb opening the sentence is not its subject.
    (
        'Moreover, Ada Perrin had this to say about the plan: "It will never pay for itself."',
        [("It will never pay for itself.", "Ada Perrin")],
    ),
    # A later main clause with its own subject leads into a quote after a colon, whatever its verb.
    (
        'Ada Perrin said both men were "out of their depth," but Ivo Marsh gave them a backhanded '
        'compliment: "They never give up, whatever happens."',
        [("out of their depth,", "Ada Perrin"), ("They never give up, whatever happens.", "Ivo Marsh")],
    ),
    # A possessive opens a noun phrase like a determiner.
    (
        'Ada Perrin’s campaign manager says she is "gratified by the ruling."',
        [("gratified by the ruling.", "Ada Perrin’s campaign manager")],
    ),
    (
        'The company\'s chief executive said the plan was "a clear success."',
        [("a clear success.", "The company's chief executive")],
    ),
    # The subject of a passive reporting verb is not its speaker.
    (
        'Ada Perrin was asked, "What is the most dangerous place you have been to?"',
        [("What is the most dangerous place you have been to?", None)],
    ),
    # A phrase after "of", "to", "for" or "with" completes the head noun before it: the head speaks.
    (
        'The head of the water agency said the plan was "a clear success."',
        [("a clear success.", "The head of the water agency")],
    ),
    (
        'A former aide to the governor said it was "a dark day for the state."',
        [("a dark day for the state.", "A former aide to the governor")],
    ),
    # ... and after a quote too; a participle after such a phrase is no tag.
    (
        '"Will he be the next harbor master?" a former aide to the mayor said.',
        [("Will he be the next harbor master?", "a former aide to the mayor")],
    ),
    (
        '"We will not stand for this at all," officials at the State Department said.',
        [("We will not stand for this at all,", "officials at the State Department")],
    ),
    # A possessive apostrophe after s ("Sanders’ campaign") opens a subject too.
    (
        'Ada Sanders’ campaign called the report "a rush to judgment" on Monday.',
        [("a rush to judgment", "Ada Sanders’ campaign")],
    ),
    (
        '"We won the state tonight, and we earned it," Ivo James\' campaign said.',
        [("We won the state tonight, and we earned it,", "Ivo James' campaign")],
    ),
    # A lone letter between marks is no quotation, even with a tag after it.
    ("Rock 'n' roll is not dead yet, the critics' guild says.", []),
    ('They tick the box marked "A," or "B," according to their mood.', []),
    # A cue inside an opening subordinate clause yields to the main clause's verb before the quote,
    # and the sentence's subject comes after that clause.
    (
        'After Ivo Marsh mocked her brother at a hearing, Ada Perrin shot back, "Perhaps I should have '
        'brought a map."',
        [("Perhaps I should have brought a map.", "Ada Perrin")],
    ),
    (
        "Last month, when I asked Ada Perrin if she would ever endorse him, she looked straight into my "
        'camera and said, "I will endorse you instead!"',
        [("I will endorse you instead!", "she")],
    ),
    # A name the speaker gives with a naming verb is a quote, however much it looks like a title.
    (
        "Within minutes, Ivo Marsh called his rival “Little Tommy” twice.",
        [("Little Tommy", "Ivo Marsh")],
    ),
    (
        'Ada Perrin calls the plan "Operation Clean Slate" in her memo.',
        [("Operation Clean Slate", "Ada Perrin")],
    ),
    ('Ivo Marsh watched "Meet the Press" on Sunday.', []),
    # A dateline with the agency in brackets is no subject, whatever the case of the town.
    (
        "Lisbon (AFP) – Ada Perrin has taken a swipe at her rival, saying that “loud remarks” do more "
        "harm than good.",
        [("loud remarks", "Ada Perrin")],
    ),
    # A subject after "and" opens a clause of its own, with its own speaker.
    (
        'Ada Perrin accuses the mayor of "hiding the truth" and Ivo Marsh says he is "losing the city."',
        [("hiding the truth", "Ada Perrin"), ("losing the city.", "Ivo Marsh")],
    ),
    (
        'Ada Perrin praised the plan and Ivo Marsh, once again, called it "a total disgrace."',
        [("a total disgrace.", "Ivo Marsh")],
    ),
    # A tag set off by commas inside the sentence names who says the rest of it.
    (
        'Ada Perrin said the rules were clear, no different, Ivo Marsh said, from the "old rules of the road."',
        [("old rules of the road.", "Ivo Marsh")],
    ),
    (
        "Ada Perrin said the figures were final, though the costs, Ivo Marsh added, were "
        '"based on a rough guess."',
        [("based on a rough guess.", "Ivo Marsh")],
    ),
    # ... but not a passive verb, whose subject is a listener.
    (
        'According to the staff guide, new hires were told, "You sell feelings, not products."',
        [("You sell feelings, not products.", "the staff guide")],
    ),
    # A verb that can be a noun ends a tag after a phrase completing its head.
    (
        "“Nobody else has fixed a single bridge,” a narrator in the film states.",
        [("Nobody else has fixed a single bridge,", "a narrator in the film")],
    ),
    # The subject of the sentence ends where its verb in the past begins, regular or not.
    (
        'The town released a statement on Wednesday saying the claims "are based on opinion, not facts," '
        "and invited him to visit.",
        [("are based on opinion, not facts,", "The town")],
    ),
    (
        "Ada Perrin threw her support behind the senator on Wednesday, saying it is time for "
        '"a real conservative in the White House."',
        [("a real conservative in the White House.", "Ada Perrin")],
    ),
    # After a question or an exclamation, a new sentence with a verb that is seldom about speech is
    # no tag.
    (
        '"Should I keep hiding in my office?" she told me. "Or should I go and fix the roof myself?" '
        "Ann Lee sold her car and took a long break from the clinic.",
        [
            ("Should I keep hiding in my office?", "she"),
            ("Or should I go and fix the roof myself?", "she"),
        ],
    ),
    (
        'Ada Perrin, exasperated, famously responded: "What difference does it make at this point?" '
        "Her critics cited it as proof that she did not care.",
        [("What difference does it make at this point?", "Ada Perrin")],
    ),
    # After a quote that closed its sentence, a described subject whose verb goes on opens the next
    # sentence; one whose verb ends the sentence at once is a tag.
    (
        'Ada Perrin is then seen in a clip from a rally, saying, "We will reopen the old mill by spring." '
        "The crowd loudly cheers her words.",
        [("We will reopen the old mill by spring.", "Ada Perrin")],
    ),
    (
        'The hall went quiet. "We will reopen the old mill by spring!" The mayor said.',
        [("We will reopen the old mill by spring!", "The mayor")],
    ),
    # A quoted question that people answer yes or no to is not theirs.
    (
        'Asked whether the coach is "fit enough to lead the club another season," 62 percent of fans said yes.',
        [("fit enough to lead the club another season,", None)],
    ),
    # ... but "no" opening the reported speech keeps the tag.
    (
        '"We did everything we could to win the state," Ivo Marsh said no one had called him.',
        [("We did everything we could to win the state,", "Ivo Marsh")],
    ),
    # After a question, a tag that leads into the next quote with a comma is that quote's alone ...
    (
        'Ada Perrin replied to Ivo Marsh with, "Why today? Was the bakery not shut?" Ivo Marsh then '
        'writes back, "You sound tired."',
        [("Why today? Was the bakery not shut?", "Ada Perrin"), ("You sound tired.", "Ivo Marsh")],
    ),
    (
        'Ivo Marsh was asked, "If you had seen the invoice, would you have asked him to pay?" He '
        'answered, "I cannot say."',
        [
            ("If you had seen the invoice, would you have asked him to pay?", None),
            ("I cannot say.", "He"),
        ],
    ),
    # ... but a quote split by its tag carries on in lower case.
    (
        '"Why would anyone do that?" she asked, "and why now?"',
        [("Why would anyone do that?", "she"), ("and why now?", "she")],
    ),
    # A subject read back from the verb: a plural after a quantifier, a head completed by a bare noun.
    (
        'Ivo Marsh is fresh from a good hearing, when many reporters called him "the calm one in the '
        'room" amid the noise.',
        [("the calm one in the room", "many reporters")],
    ),
    (
        'The clip came from a fair, where the minister of fisheries said she was "not just here to count boats" '
        "but also to listen.",
        [("not just here to count boats", "the minister of fisheries")],
    ),
    (
        'The former minister of fisheries mocked him for calling himself the "duke of nets," noting the price.',
        [("duke of nets,", "The former minister of fisheries")],
    ),
    # Capitalised words quoted in what a source reports "according to" it are the source's.
    (
        'According to the Daily Ledger, the men wore shirts that read "Settle for Less."',
        [("Settle for Less.", "the Daily Ledger")],
    ),
    (
        'Most shoppers choose cheaper cheese over paying extra for wheels stamped "Made in the U.K.," according '
        "to a new poll.",
        [("Made in the U.K.,", "a new poll")],
    ),
    # A clause opening right after "that" belongs to what the earlier verb reports ...
    (
        'Ada Perrin said that when Ivo Marsh railed against the banks from his seat in the Senate, "he was '
        'speaking for all of us."',
        [("he was speaking for all of us.", "Ada Perrin")],
    ),
    # ... while one of the writer's own takes over.
    (
        'Ada Perrin said the talks were over when Ivo Marsh shouted "we are not done yet."',
        [("we are not done yet.", "Ivo Marsh")],
    ),
    # A reporting sentence right after a quote that closed its own sentence names the next quote's
    # speaker, rather than the older quote before it.
    (
        '"They have been dropping hints all month," Ada Perrin said. "It is no secret." Ivo Marsh '
        "added that the board wants to be done before the audit. "
        '"They will be acting more out of fear than out of prudence."',
        [
            ("They have been dropping hints all month,", "Ada Perrin"),
            ("It is no secret.", "Ada Perrin"),
            ("They will be acting more out of fear than out of prudence.", "Ivo Marsh"),
        ],
    ),
    # "is quoted as saying" after a quote names who said it.
    (
        '"Our nets hold where others tear because we weave every knot by hand," Ann Lee is quoted as saying.',
        [("Our nets hold where others tear because we weave every knot by hand,", "Ann Lee")],
    ),
    # A state's abbreviation in brackets ends no sentence before the source the reporter cites.
    (
        '"You have been quite unfair to my office," he told Sen. Ada Perrin (D-Ore.), according to aides '
        "with knowledge of the call.",
        [("You have been quite unfair to my office,", "aides")],
    ),
    # A news outlet that "reports" in a clause closing the sentence is its source, like "according to".
    (
        '"This rule simply tells families they cannot stay," said Ada Perrin, director of Homes for '
        "All, reports the Daily Ledger.",
        [("This rule simply tells families they cannot stay,", "the Daily Ledger")],
    ),
    (
        'Rival fans also chanted, "Sell the club," referring to the plan of the owner, the Daily Ledger '
        "reports.",
        [("Sell the club,", "the Daily Ledger")],
    ),
    # ... but a source cited in the next sentence is not.
    (
        'She had taught there for eleven years and was "a deeply loved teacher," the statement added. '
        "She was moving to Porto, according to the Daily Ledger.",
        [("a deeply loved teacher,", "the statement")],
    ),
    # A past form that is as often a noun or an adjective ("left") does not end the subject.
    (
        'The far left walked out of the hall, saying the bill was "a betrayal of every promise."',
        [("a betrayal of every promise.", "The far left")],
    ),
    # A source "according to" which the sentence closes may carry a phrase or a clause of its own.
    (
        'After Ivo Marsh asked about the loan in a radio interview, the pair grew "rather tense" once the '
        "lights went down, according to a source at the studio.",
        [("rather tense", "a source")],
    ),
    # "Another" speaks on its own, like "others".
    (
        'Ada Perrin tweeted, "The mayor did the same thing last week." Another tweeted, "He thinks he is '
        'above the rules and the law."',
        [
            ("The mayor did the same thing last week.", "Ada Perrin"),
            ("He thinks he is above the rules and the law.", "Another"),
        ],
    ),
    # The dot of an abbreviated month before its day ends no sentence.
    (
        'Lena Ostrova said on Feb. 1 that the plan was "a total failure" and left.',
        [("a total failure", "Lena Ostrova")],
    ),
    (
        'Rolf Danner, who takes office on Jan. 20, promised "a new start for everyone."',
        [("a new start for everyone.", "Rolf Danner")],
    ),
    # A long opening phrase of time or place ends at its comma, however many phrases it nests.
    (
        "On the last night of her long campaign for a second term as mayor of the old port city, Ada "
        'Perrin rallied the crowd by warning that "the old machine is coming back."',
        [("the old machine is coming back.", "Ada Perrin")],
    ),
    # A cue inside an opening phrase of place, time or means is background to the main clause.
    (
        "In a clip shared by the mayor's office, Ada Perrin said the scheme would \"drain the harbor "
        'fund dry."',
        [("drain the harbor fund dry.", "Ada Perrin")],
    ),
    (
        'Despite what he wrote in the report last year, Ivo Marsh said he would "vote for it anyway."',
        [("vote for it anyway.", "Ivo Marsh")],
    ),
    # "Outside", "alongside", "beyond" and the like open a phrase of place, not a name.
    (
        'Outside the old stadium downtown, Ada Perrin waited in the rain with her fans, chanting "Bring '
        'the team back home!"',
        [("Bring the team back home!", "Ada Perrin")],
    ),
    # A share of a poll's respondents speaks through the poll.
    (
        'In a new statewide poll released Monday, 40 percent of Democrats said the plan was "a waste of '
        'money."',
        [("a waste of money.", "a new statewide poll")],
    ),
    # A participle after a subordinate clause with a subject of its own is that subject's...
    (
        'Ada Perrin asked for quiet while Ivo Marsh fixed the lights, saying it was "the best he could do."',
        [("the best he could do.", "Ivo Marsh")],
    ),
    (
        'Ivo Marsh conceded the point even as he defended the plan, saying it was "the best we could do."',
        [("the best we could do.", "he")],
    ),
    # ... but an "and" inside a reported clause opens none.
    (
        'Ivo Marsh said the council and its allies were wrong about him, pointing to his "long record of '
        'service."',
        [("long record of service.", "Ivo Marsh")],
    ),
    # A state after a town carries an opening phrase on: it is no subject.
    (
        "At a town hall in Dover, Kent, on Sunday, Ada Perrin tried to clarify her comments, saying "
        'the county should "set an example for its neighbours."',
        [("set an example for its neighbours.", "Ada Perrin")],
    ),
    (
        'In Ames, Iowa, Ada Perrin tried to expand on her remarks, saying the town should "lead the way on '
        'this."',
        [("lead the way on this.", "Ada Perrin")],
    ),
    (
        'In Washington, Ivo Marsh, a senator, said the plan was "a waste of money."',
        [("a waste of money.", "Ivo Marsh")],
    ),
    # "According to" opening a sentence after a quote reports that sentence, not the quote...
    (
        'Ivo Marsh said he did not "drive it very often." According to D.M.V. records, the van has done '
        "9,000 miles.",
        [("drive it very often.", "Ivo Marsh")],
    ),
    # ... while "according to" after the quote's comma is its source.
    (
        '"The van hardly leaves the lot," according to D.M.V. records.',
        [("The van hardly leaves the lot,", "D.M.V. records")],
    ),
    # A copula before a name is no part of it.
    (
        'Ask yourself: which district is Ada Perrin going to win with her "promise of a ferry to every '
        'island in the bay"?',
        [("promise of a ferry to every island in the bay", "Ada Perrin")],
    ),
    # A reporting verb after "to" belongs to the subject of the verb that governs it.
    (
        'The hearing was so dull that Ivo Marsh was prompted to say, "I cannot believe how quiet it has '
        'been in here."',
        [("I cannot believe how quiet it has been in here.", "Ivo Marsh")],
    ),
    # A quote opening a sentence goes on for a person who was the subject of a reporting participle...
    (
        'Ivo Marsh distanced himself from the group by saying he would back the plan. "I am going to '
        'support it, and support it with everything I have."',
        [("I am going to support it, and support it with everything I have.", "Ivo Marsh")],
    ),
    # ... but not for a thing.
    (
        'The report came out on Monday, saying the plan would fail. "I am going to support it, and '
        'support it with everything I have."',
        [("I am going to support it, and support it with everything I have.", None)],
    ),
    # A tag later in the sentence outranks a guess from the sentence's subject...
    (
        'But Ada Perrin might be wise to start "mending fences" with the council, said Ivo Marsh, a former '
        "aide.",
        [("mending fences", "Ivo Marsh")],
    ),
    # ... but a participle there is the subject's own.
    (
        'On Sunday, Ivo Marsh stood at his pulpit and, citing "the book of the prophets," was urging his '
        "people to vote.",
        [("the book of the prophets,", "Ivo Marsh")],
    ),
    # "with" after a noun gives it something: no absolute clause, no speaker of its own.
    (
        'Ivo Marsh said he would talk with anybody with "new" ideas offering jobs and assuring "a fair deal '
        'for all."',
        [("new", "Ivo Marsh"), ("a fair deal for all.", "Ivo Marsh")],
    ),
    # "except to say" has no verb that governs the infinitive: the sentence's subject speaks.
    (
        'She refused to talk about the deal with the buyers except to say, "it is nearly done."',
        [("it is nearly done.", "She")],
    ),
    # A phrase that a verb governs is no participle's subject: a possessive or a participle opens it.
    (
        'Later that month, Ada Perrin revised her statement explaining that he had "never read the memo."',
        [("never read the memo.", "Ada Perrin")],
    ),
    (
        'When Ivo Marsh tried to justify his post calling the judge "a bad joke," the hall booed.',
        [("a bad joke,", "Ivo Marsh")],
    ),
    (
        'The workers gathered downtown, calling for a strike and carrying signs saying "Close the plant, '
        'lose the town."',
        [("Close the plant, lose the town.", "The workers")],
    ),
    # A relative clause between a name and its verb may hold commas of its own.
    (
        'Ivo Marsh, who is a pastor at a church in Elizabeth, Colorado, slammed the plan as "a waste of '
        'money."',
        [("a waste of money.", "Ivo Marsh")],
    ),
    (
        'Ada Perrin, whose newest firm, Kestrel, rents boats to tourists, said the mayor was "a back-to-basics '
        'sort of man."',
        [("a back-to-basics sort of man.", "Ada Perrin")],
    ),
    # Two names joined by "and" label a quotation together, after a dash or "More from".
    (
        'Polls were not wrong, just early - Ann Lee and Ivo Marsh: "The surveys failed to predict the '
        'result, but they were not far off."',
        [("The surveys failed to predict the result, but they were not far off.", "Ann Lee and Ivo Marsh")],
    ),
    (
        'More from Lee and Marsh: "The surveys failed to predict the result, but they were not far off."',
        [("The surveys failed to predict the result, but they were not far off.", "Lee and Marsh")],
    ),
    # The agent of a passive of asking speaks the quote that follows it, past an aside of "who".
    (
        'Nora Quill was asked by the radio host Pim Soto, who has backed her for years, "Will you stand '
        'again?"',
        [("Will you stand again?", "the radio host Pim Soto")],
    ),
    (
        'The ferry captain was told by a harbour guard: "Nobody sails out of this port tonight."',
        [("Nobody sails out of this port tonight.", "a harbour guard")],
    ),
    # A relative clause opened after the main verb, running on into the quote, reports its own subject.
    (
        'Ivo Marsh praised Nora Quill, who said the new ferry was "a gift to the whole valley" at the fair.',
        [("a gift to the whole valley", "who")],
    ),
    # A named owner of a noun of speech after the cue says what its "that" clause quotes, unless the
    # noun is a time of the cue's.
    (
        'Ivo Marsh mocked Nora Quill\'s claim that the ferry was "a gift to the whole valley" at the fair.',
        [("a gift to the whole valley", "Nora Quill")],
    ),
    (
        "Ivo Marsh told reporters after Nora Quill's speech that the ferry was \"a gift to the whole "
        'valley" at the fair.',
        [("a gift to the whole valley", "Ivo Marsh")],
    ),
    # A verb of going leads into speech only when "to" brings a reporting verb, not a place.
    (
        "Ivo Marsh won last year, and he will go to the fair on Sunday because, according to Nora Quill, "
        'the judges "never miss a good pear" there.',
        [("never miss a good pear", "Nora Quill")],
    ),
    # A quote inside the question of an opening "Asked by X if …" is the asker's.
    (
        'Asked by Tom Ruhl if the new ferry was "worth the money" at all, Ada Perrin laughed.',
        [("worth the money", "Tom Ruhl")],
    ),
    # The writer's "and I quote" is no cue: the verb before it names the speaker.
    (
        'Nobody was surprised when Ada Perrin said, and I quote, "Ferries are for people who cannot swim."',
        [("Ferries are for people who cannot swim.", "Ada Perrin")],
    ),
    # A bare plural between a relative opener and the verb is the verb's subject, not the sentence's.
    (
        'The quarrel over the new bridge is what local boatmen have called "a toll on the river" for years.',
        [("a toll on the river", "local boatmen")],
    ),
    (
        'Ivo Marsh mocked what rival growers often describe as "the best pears in the valley" at the fair.',
        [("the best pears in the valley", "rival growers")],
    ),
    # A verb that characterises its object never inverts into a tag: the phrase after it is no speaker.
    (
        'Ivo Marsh, who has called the tax "a slow poison for the whole town," described the long fight '
        "as exhausting.",
        [("a slow poison for the whole town,", "who")],
    ),
    (
        'The mayor, who has called the plan "a costly mistake for the city," portrayed the council as '
        "reckless.",
        [("a costly mistake for the city,", "who")],
    ),
    # A demonstrative standing alone points at an event or a thing: it says nothing.
    (
        'This prompted the local paper to run a front page saying "Do your job and pass the budget now, '
        'council."',
        [("Do your job and pass the budget now, council.", None)],
    ),
    # An absolute clause of "with", a noun phrase and a participle brings its own speaker...
    (
        "The club has denied the meeting took place, with Ivo Marsh going on the radio to call the story "
        '"pure invention."',
        [("pure invention.", "Ivo Marsh")],
    ),
    (
        'The crowd cheered, with the mayor telling reporters it was "a great day for the town."',
        [("a great day for the town.", "the mayor")],
    ),
    # ... but a phrase after "with" that no participle follows is an object.
    (
        'The council met with Ada Perrin, praising the plan as "a great day for the town."',
        [("a great day for the town.", "The council")],
    ),
    # A word capitalised only because it opens the sentence is no name for a cue-less fragment...
    (
        'Good planning can help, but only when "the whole town takes part in the effort."',
        [("the whole town takes part in the effort.", None)],
    ),
    (
        'Audiences can expect "a long night of music and a few surprises along the way."',
        [("a long night of music and a few surprises along the way.", None)],
    ),
    # ... unless the article writes it as the end of a full name, or a title goes with it.
    (
        'Julianne Voss spoke first.\n\nVoss thanked the council for "stepping up when the state would '
        'not act."',
        [("stepping up when the state would not act.", "Voss")],
    ),
    (
        'Sen. Voss thanked the council for "stepping up when the state would not act."',
        [("stepping up when the state would not act.", "Sen. Voss")],
    ),
    # ... but not without a poll: then the share itself speaks.
    (
        'At the town meeting, 40 percent of Democrats said the plan was "a waste of money."',
        [("a waste of money.", "40 percent of Democrats")],
    ),
    # A share is any count "in" or "out of" another, a percentage or a fraction, in words or digits.
    (
        'In a new poll out on Friday, four in 10 tenants said the scheme was "money down the drain."',
        [("money down the drain.", "a new poll")],
    ),
    (
        'In the latest survey, 3 in 10 Democrats said the plan was "a waste of money."',
        [("a waste of money.", "the latest survey")],
    ),
    (
        'In a new poll, three out of four voters said the plan was "a waste of money."',
        [("a waste of money.", "a new poll")],
    ),
    (
        'In a poll this week, two-thirds of voters said the plan was "a waste of money."',
        [("a waste of money.", "a poll")],
    ),
    (
        'In a new poll, half of voters said the plan was "a waste of money."',
        [("a waste of money.", "a new poll")],
    ),
    (
        'At the town meeting, three in 10 voters said the plan was "a waste of money."',
        [("a waste of money.", "three in 10 voters")],
    ),
    (
        'At the town meeting, a third of voters said the plan was "a waste of money."',
        [("a waste of money.", "a third of voters")],
    ),
    # The subject of a passive reporting verb does not speak, whatever form the participle takes.
    (
        'After the vote, the mayor was said to be "deeply upset about the whole thing" by her aides.',
        [("deeply upset about the whole thing", None)],
    ),
    # A connective opening the sentence is no opening phrase: the subject follows it at once.
    (
        "But Ivo Marsh gave no hint of retreat, issuing a note that, while regretting "
        'the delay, accused the club board of using "its weight to block a free and honest count."',
        [("its weight to block a free and honest count.", "Ivo Marsh")],
    ),
    (
        'Then he turned on Brenn, calling him a "clown" and charging him with behaving like a "sulky teenager."',
        [("clown", "he"), ("sulky teenager.", "he")],
    ),
    (
        'But even so, they talked over how the levy "would turn from a help into a burden" as '
        "the years passed.",
        [("would turn from a help into a burden", "they")],
    ),
    # "Even" before a subordinator opens a subordinate clause all the same.
    (
        "Even before Ada Perrin took the stage to acknowledge her victory, her campaign sent a message to "
        'supporters saying "the count is in and we have won it."',
        [("the count is in and we have won it.", "her campaign")],
    ),
    # A document speaks with a form that is mostly a noun when the quote or "that" follows at once.
    (
        'The ad claims "Ivo Marsh is the only candidate you can trust in this race."',
        [("Ivo Marsh is the only candidate you can trust in this race.", "The ad")],
    ),
    ('The report notes that the plan is "a waste of money."', [("a waste of money.", "The report")]),
    # ... but not inside a phrase that does not open its clause.
    (
        'Lena Ostrova said the failure of the merger signals "a new caution among lenders."',
        [("a new caution among lenders.", "Lena Ostrova")],
    ),
    # The owner of a noun of speech says what its "that" clause quotes, when no cue names anyone.
    (
        'Voters were angry about her remark that "nobody in this town reads the budget" at a meeting.',
        [("nobody in this town reads the budget", "her")],
    ),
    (
        'Ivo Marsh\'s recent assertion during the debate that "thousands" of jobs had gone drew jeers.',
        [("thousands", "Ivo Marsh")],
    ),
    # ... but not when a verb of the writer's clause stands between the noun and "that".
    (
        'Ivo Marsh said his comments were misread and that he was "for a fair deal for everyone here."',
        [("for a fair deal for everyone here.", "Ivo Marsh")],
    ),
    # A first name in -ly opening the sentence is no adverb.
    (
        "Molly Brandt threw her weight behind Sen. Ivo Marsh (D-Maine) Thursday, saying it is high time "
        'for "a real farmer in the governor\'s office."',
        [("a real farmer in the governor's office.", "Molly Brandt")],
    ),
    # "Ever since" opens a subordinate clause; the subject of the main clause comes after its comma.
    (
        "Ever since she endorsed the mayor this month, Ada Perrin has been a loud voice for him, with a "
        'simple message: "Do not waste this chance."',
        [("Do not waste this chance.", "Ada Perrin")],
    ),
    # A verb of beginning or going is speech only when it leads into some.
    (
        'The council went beyond the mayor\'s pledge to be "neutral in every dispute over the river."',
        [("neutral in every dispute over the river.", None)],
    ),
    (
        'Ivo Marsh began his speech by slamming rivals who want "to hand our security over to others."',
        [("to hand our security over to others.", "Ivo Marsh")],
    ),
    # "chants", like "cheers", is a noun after an article or a preposition: nobody speaks.
    ('Within minutes, the hall filled with chants for the mayor and signs of "Four more years for Ada!"', []),
    # A phrase before a quotation that was cut out of the sentence is no subject of the verb after it.
    (
        'Ada Perrin needled the town "planner," saying, "A planner who plans nothing is no planner at all."',
        [("A planner who plans nothing is no planner at all.", "Ada Perrin")],
    ),
    # A passive aside after a name ("asked about …") stands between the speaker and the verb.
    (
        "The issue had come up on Friday after Ivo Marsh, asked about the closures under the old mayor, "
        'had said, "I think the town does plenty of closing too."',
        [("I think the town does plenty of closing too.", "Ivo Marsh")],
    ),
    # "There's", "that's" and "what's" open a clause with nobody in it.
    (
        "There’s still time for the council to mend fences, even after repeatedly dismissing the mayor as "
        '"a puppet of insiders."',
        [],
    ),
    # A participle after a "that" clause belongs to the main clause: the clause is what it reports.
    (
        "Ada Perrin rejected the notion that the dispute should be forgotten, saying that if she "
        '"found something rotten, I would fix it."',
        [("found something rotten, I would fix it.", "Ada Perrin")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speaker_patterns(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert mentions(text) == expected


def test_tag_with_asides_right_after_the_quote_is_direct() -> None:
    text = '"We lost the vote," Lena Ostrova, now 81 and retired in Dover, said by telephone.'
    assert kinds(text) == [("We lost the vote,", "direct")]


@pytest.mark.parametrize(
    "text",
    [
        'Ivo Marsh fulminated against the move - "I love these cookies," he said - and vowed to fight.',
        'Some fear softness ("This is less a crisis than an occupation," Ada Perrin wrote) and some revenge.',
    ],
)
def test_statement_with_its_own_tag_set_off_by_dashes_or_brackets_is_direct(text: str) -> None:
    assert [kind for _, kind in kinds(text)] == ["direct"]


def test_quote_after_an_inverted_tag_with_an_aside_is_direct() -> None:
    text = '"The risk," said Ada Perrin, an economist who runs the forecast, "is that the jobs will go elsewhere."'
    assert kinds(text) == [("The risk,", "direct"), ("is that the jobs will go elsewhere.", "direct")]


def test_whole_object_of_say_ending_the_sentence_is_direct() -> None:
    assert kinds('Ada Perrin says "we rowed every morning to keep the club alive." Then she left.') == [
        ("we rowed every morning to keep the club alive.", "direct")
    ]
    assert kinds('Ada Perrin says "we did it" with pride.') == [("we did it", "partial")]


def test_state_abbreviation_keeps_the_tag_direct() -> None:
    text = '"We passed the bill tonight," Sen. Dora Welk, D-Ore., said.'
    assert kinds(text) == [("We passed the bill tonight,", "direct")]


def test_title_after_a_statement_does_not_stop_the_carry_over() -> None:
    text = (
        '"Nobody expected the vote to be this close," said Pia Lund, the author of "Quiet Rooms," '
        "a history of the party.\n\n"
        '"The lesson is that every district counts now."'
    )
    assert mentions(text)[-1] == ("The lesson is that every district counts now.", "Pia Lund")


def test_short_quote_alone_on_its_line_takes_no_carry_over() -> None:
    text = (
        '"If I were in my forties, I would go back to school," Ada Perrin said.\n\n'
        '"A truly hard choice."\n\n'
        "As the workers talked over beers, the managers met upstairs."
    )
    assert mentions(text) == [("If I were in my forties, I would go back to school,", "Ada Perrin")]


def test_title_opening_a_paragraph_as_its_subject_takes_no_carry_over() -> None:
    text = (
        '"We laugh at our own tragedies," said Ada Perrin, one of the leads in the opera.\n\n'
        '"Tides of Dover" is based on a radio serial called "Harbor," written by two sisters.'
    )
    assert mentions(text) == [("We laugh at our own tragedies,", "Ada Perrin")]


def test_signature_line_below_a_quoted_paragraph() -> None:
    text = (
        "The senator repeated the figure at every stop.\n\n"
        '"Half of the county\'s bridges are older than my grandfather."\n\n'
        "- Jon Arvid.\n\n"
        "The figure is roughly right, according to state records."
    )
    assert mentions(text) == [("Half of the county's bridges are older than my grandfather.", "Jon Arvid")]


@pytest.mark.parametrize(
    "text",
    [
        # An outer source: the speaker's words reach us through someone else.
        '"We will not back down on the river plan," Ana Brun said, according to the Daily Ledger.',
        # A tag after more of the sentence: the quote is a fragment of reported speech.
        '"Nobody will read the report" before the vote, Ana Brun said.',
    ],
)
def test_nested_reported_speech_is_partial(text: str) -> None:
    assert [kind for _, kind in kinds(text)] == ["partial"]


def test_capitalised_statement_right_after_its_verb_is_direct() -> None:
    assert kinds('The crowd chanted "Four more years!" as she left.') == [("Four more years!", "direct")]
    assert kinds('She said "the vote" was close.') == [("the vote", "partial")]


def test_weak_verb_in_a_new_sentence_is_no_tag() -> None:
    text = 'Lee Park promised a new tax plan by May. "It will be the fairest plan in decades." The plan went nowhere.'
    assert mentions(text) == [("It will be the fairest plan in decades.", "Lee Park")]


@pytest.mark.parametrize(
    "text",
    [
        # A show's title closing the sentence, with the full stop inside the marks (US style).
        'Voters deserve better, Ana Brun said on "Face the Region."',
        # A translation.
        'Ana Brun said the village is known as Dobro, Slovenian for "good."',
        # A nickname inside a name.
        'Ana Brun said the float was built by Marco "Sparky" Delgado of the union.',
        # A work's title after "titled" or "of", however long, with its full stop.
        'On Friday, the club secretary sent out a note titled "What the Board Decided and Why It Matters."',
        "The essay is by Ana Brun, a professor of music and co-editor of \"Salt Roads: The Old Sailor's "
        'Songs."',
        # A show where somebody spoke, after "on", "with" or "told", even when a tag follows it.
        'Speaking on Channel Nine\'s "Morning Report," Ana Brun admitted that the figure was wrong.',
        'Ana Brun told "City Talk Tonight" that the figure was wrong.',
    ],
)
def test_titles_glosses_and_nicknames_are_no_quotes(text: str) -> None:
    assert body(text) == []


def test_short_statement_after_a_sentence_is_kept() -> None:
    text = 'Ana Brun spoke last. "We won," Brun said.'
    assert mentions(text) == [("We won,", "Brun")]


def test_statement_after_any_past_tense_verb_and_comma_is_direct() -> None:
    text = 'Ilse Korb, smiling, deadpanned, "I have read the report twice, and it is still short."'
    assert kinds(text) == [("I have read the report twice, and it is still short.", "direct")]


def test_digest_headline_with_byline_is_no_quote() -> None:
    text = (
        'CITY LIFE—"Old harbor museum to shut for good once winter is over," by the '
        'Ledger\'s Ana Brun: "The museum will shut in December."'
    )
    assert [q.text for q in body(text)] == ["The museum will shut in December."]


def test_label_names_a_cited_quote() -> None:
    text = 'TURNOUT WAS HIGH - Dana Voss: "Turnout rose in every county we measured this year." [Ledger.]'
    quotes = body(text)
    assert [(q.mention.text if q.mention else None, q.evidence) for q in quotes] == [("Dana Voss", "label")]


def test_quote_given_to_its_sentence_subject_carries_over() -> None:
    text = (
        'Ivo Marsh used to back the mayor, but now said the plan had "failed every family in town."\n\n'
        '"Nobody in this office has read the whole bill, and the voters know it."'
    )
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(text)] == [
        ("Ivo Marsh", "subject"),
        ("Ivo Marsh", "carry-over"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # The writer begins the sentence; the quote, in lower case after the tag, finishes it.
        (
            'If the council votes for the plan, Ada Perrin said, "it will be too late to save the pier."',
            "partial",
        ),
        ('There was, she said, "a quiet deal between the two camps."', "partial"),
        # A bare connector before the tag is no sentence of the writer's.
        ('But, she said, "we will try again when the council meets next year."', "direct"),
    ],
)
def test_lower_case_quote_finishing_the_writers_sentence_is_partial(text: str, kind: str) -> None:
    assert [k for _, k in kinds(text)] == [kind]


def test_statement_after_a_paragraph_of_one_speakers_quotes_carries_over() -> None:
    text = (
        '"We will win this district," Ada Perrin said. "Nobody in the party doubts it now."\n\n'
        '"The voters have seen enough of the other side by now."'
    )
    assert mentions(text)[-1] == ("The voters have seen enough of the other side by now.", "Ada Perrin")


def test_paragraph_ending_on_a_colon_leads_into_the_next_quote_before_any_carry_over() -> None:
    text = (
        '"We will win this district," Ada Perrin said. "Nobody in the party doubts it now." Her rival '
        "Ivo Marsh answered at once:\n\n"
        '"The voters have seen enough of your party by now."'
    )
    assert mentions(text)[-1] == ("The voters have seen enough of your party by now.", "rival Ivo Marsh")


def test_tag_of_the_next_quote_names_only_a_fragment_in_its_own_sentence() -> None:
    before = 'Voters in the town have grown tired of the "old machine" in city hall. '
    same = 'Voters are tired of the "old machine" in city hall, '
    assert mentions(before + '"We will fight for every job in this town," Ada Perrin said.') == [
        ("We will fight for every job in this town,", "Ada Perrin")
    ]
    assert mentions(same + '"and we will fight it," Ada Perrin said.')[0] == ("old machine", "Ada Perrin")


@pytest.mark.parametrize(
    "text",
    [
        '<tweet author="@adaperrin" date="May 2, 2016">Vote for the river plan, the right thing to do.<tweet/>.',
        # A tag broken over two lines leaves its marks in two paragraphs.
        '<tweet author="@adaperrin" date="May 2, 2016\n">Vote for the river plan today, it is the fair '
        "choice for every one of us.<tweet/>.",
    ],
)
def test_marks_of_markup_attributes_quote_nobody(text: str) -> None:
    assert body(text) == []


def test_a_name_inside_a_relative_clause_before_the_verb_is_not_its_subject() -> None:
    text = (
        "At a meeting, the club, which includes Tarn Boats Ltd, a boat builder, said it would open"
        ' the lake for "a summer of races and picnics."'
    )
    (quote,) = body(text)
    assert quote.speaker == "the club"


def test_a_dateline_and_its_sentence_are_no_apposition_of_the_place() -> None:
    # `PLACE, Month Day - sentence, said X.` : the words between the commas hold a verb of their own.
    text = (
        "DOVER, KENT, May 4 - Bakers will need to raise prices if they hope to stay open past the summer,"
        " said members of the guild.\n"
        '"If the trade can agree to bake fewer loaves, we have a chance, said Ivo Marsh of Kestrel\n'
        '"If not, many shops will close by autumn," he added.'
    )
    # The quote left unclosed ends at its own tag, `, said Ivo Marsh of Kestrel`, who is then the "he"
    # of the next paragraph; "KENT" is no speaker.
    assert [q.speaker for q in body(text)] == ["Ivo Marsh", "Ivo Marsh"]


def test_a_lawyer_who_will_retire_is_still_an_apposition() -> None:
    text = 'Ann Lee, a lawyer who will retire next year, said "we are done with this case for now."'
    (quote,) = body(text)
    assert quote.speaker == "Ann Lee"


def test_a_name_given_to_a_thing_after_a_comma_is_no_speech() -> None:
    text = (
        "Ann Lee is due to propose a new fund for small harbours, called "
        '"Harbour-aid" by its backers, for the upkeep of piers.'
    )
    assert body(text) == []


def test_a_noun_like_form_inside_a_name_is_no_verb() -> None:
    # "Texas state court": after a capitalised word ending in s, a bare "state" before a noun is a noun.
    text = (
        '"We will probably look into challenging" the verdict in Texas state court, the bank spokesman said.'
    )
    (quote,) = body(text)
    assert quote.speaker == "the bank spokesman"


def test_a_singular_verb_before_its_object_stays_a_verb() -> None:
    # "quotes" ends in s: the verb of "Ann Lee" before its object, which cues the quote (not a colon
    # after a longer name "Ann Lee quotes longtime partner Tomas Brenn").
    text = (
        'Ann Lee quotes longtime partner Tomas Brenn: "We would like the landlords to be poorer, honestly."'
    )
    (quote,) = body(text)
    assert (quote.speaker, quote.evidence) == ("Ann Lee", "cue-before")


def test_both_names_after_both_speak_together() -> None:
    # Three words before "both" keep the names from opening the clause by the role-words rule alone.
    text = (
        'Over the past month both Kestrel and Varner have warned that sales would be hurt by "a wet spring."'
    )
    (quote,) = body(text)
    assert quote.speaker == "Kestrel and Varner"


def test_sentence_closing_tag_carries_over_but_not_from_a_term() -> None:
    statement = (
        '"I have made it plain that he voted with the ferry lobby" and against the harbour bill, Dole said.\n\n'
        '"He voted to let trucks onto the old bridge. He voted against every safety study."'
    )
    term = (
        'The board will allow "fair copy" trading of the notes, brokers said.\n\n'
        '"The board has agreed to it in principle, and the rules come next month."'
    )
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(statement)] == [
        ("Dole", "tag"),
        ("Dole", "carry-over"),
    ]
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(term)] == [
        ("brokers", "tag"),
        (None, "none"),
    ]


def test_line_closing_an_open_quotation_signs_it() -> None:
    text = (
        "The fund grew again last year.\n\n"
        '"We will not see a rebound in rates until the spring at the earliest.\n'
        'Dana Pruitt, Hollis Policy Institute."\n\n'
        '"Nobody in the office expects the board to move before the summer recess.\n'
        'N.H. Sen. Ola Brandt."'
    )
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(text)] == [
        ("Dana Pruitt", "signature"),
        (None, "none"),
    ]


def test_quote_led_in_by_a_colon_carries_over() -> None:
    text = (
        "The report was long.\n\nThen Ivo Marsh told the crowd:\n\n"
        '"We built this pier with our own hands and we will not sell it."\n\n'
        '"Nobody in the council has read the whole bill, and the voters know it."'
    )
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(text)] == [
        ("Ivo Marsh", "colon"),
        ("Ivo Marsh", "carry-over"),
    ]


def test_sentence_on_a_speakers_stance_names_the_quote_after_it() -> None:
    same_paragraph = (
        'Prices dropped. Ivo Marsh of Hallam Brothers was emphatic. "Nobody can pin this slide on the '
        'new harbour rules."'
    )
    next_paragraph = (
        "Prices dropped.\n\nMs. Ada Perrin is unapologetic about her aim.\n\n"
        '"I am not hiding that I want the old mill to close for good."'
    )
    thing = 'Prices dropped. The forecast was upbeat. "We will have to wait and see what the harvest brings."'
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(same_paragraph)] == [
        ("Ivo Marsh of Hallam Brothers", "previous-sentence")
    ]
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(next_paragraph)] == [
        ("Ms. Ada Perrin", "previous-sentence")
    ]
    assert [(q.mention.text if q.mention else None, q.evidence) for q in body(thing)] == [(None, "none")]
