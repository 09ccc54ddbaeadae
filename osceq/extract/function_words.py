"""Function words of English news sentences, grouped by the part they play in reading a sentence:
pronouns, determiners, openers of phrases and clauses, prepositions, auxiliaries, time words. The
words of speech itself (reporting verbs and nouns) are in `reporting`."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

# Gender of pronouns: m(ale), f(emale), p(lural), n(euter), s(peaker/addressee).
PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "they": "p",
    "them": "p",
    "their": "p",
    "it": "n",
    "its": "n",
    "i": "s",
    "we": "p",
    "you": "s",
}

# Capitalised words that are not part of a name (sentence openers, days, months).
NOT_NAME_WORDS = _words(
    """
    a according after all also although an analysts and another april as asked at august because before
    both but by critics december during earlier even experts february for friday from he her here him
    his how however i if in indeed instead it its january july june just last later many march may me
    meanwhile monday more moreover most mostly my next no nor not november now observers october of
    officials on one only or other our saturday september several she since so some sources speaking
    still such sunday that the their them then there these they this those though three thursday to
    today tomorrow tuesday two us we wednesday what when where which while who whom whose why with
    without writing yes yesterday yet you your
    """
)

# The articles, which open a description but never a name.
ARTICLES = _words("a an the")

# Determiners that open a common-noun speaker ("the ministry", "a spokeswoman", "his lawyer").
DETERMINERS = _words(
    """
    a an another each her his its my one our some the their this
    """
)

# Quantifiers and groups that may speak ("some chanted", "critics say").
GROUP_SUBJECTS = _words(
    """
    all analysts another both critics experts few many most observers officials others several some sources
    supporters
    """
)

# Adverbs and auxiliaries between a speaker and the verb ("she also said", "he has argued").
BETWEEN_WORDS = _words(
    """
    again already also angrily bluntly could did do does earlier eventually famously finally first however
    flatly frequently further had has have initially just last later long may might never often once
    only openly previously privately publicly quickly quietly recently repeatedly reportedly separately
    shortly should similarly simply still subsequently then will would
    ’s 's ’re 're ’ve 've ’d 'd ’ll 'll ’m 'm
    """
)
# The words above that may also qualify a noun (`Lee's first post`, `her only comment`); the
# others (`Moody's also notes`) never stand between an owner and the thing owned.
BETWEEN_ADJECTIVES = _words("first last only long further earlier later")

# Quantifiers floated after a plural subject, before its verb ("Lee and Roe both said", "they each
# said"): no part of the subject.
FLOATING_QUANTIFIERS = frozenset({"all", "both", "each"})

# Words in -ly that are not adverbs ("the rally said", "an ally said").
LY_NOUNS = _words(
    """
    ally anomaly assembly belly bully daily family fly folly holy italy jelly lily monopoly only rally
    reply supply ugly weekly monthly quarterly early likely
    """
)

# Words that end a noun phrase read forward ("said Smith in a statement").
NP_STOP = _words(
    """
    about after although and as at because before but during from if in on or said says than that to
    told when where which while who whom whose with
    """
)

# Words that cannot open an apposition: a relative clause or an adverbial is not a role.
APPOSITION_BAN = _words(
    """
    after and as at before but during if in on or so that when where which while who whom whose
    """
)

# Words before which a reporting word is a noun ("his remarks", "the report").
NOUN_MARKERS = _words(
    """
    a an for her his its my of our such the their these this those your
    """
)

# Words that open a plural noun phrase ("many Baltic states"): its verb takes no -s.
PLURAL_OPENERS = _words(
    """
    all both few many most other several some these those two three four five
    """
)

# Openers of an introductory phrase before a sentence's subject ("On Sunday, ...", "But ...").
INTRO_WORDS = _words(
    """
    after also although and as asked at because before but during earlier finally furthermore here
    however if in indeed instead last later likewise meanwhile moreover nevertheless nonetheless now on
    separately similarly since so speaking still then though today told when while yesterday yet
    """
)

# Adverbs that open a sentence and tell how it stands to the last (`Separately`, `Thus`, `Privately`):
# no word of a body's name, though capitalised there.
SENTENCE_ADVERBS = INTRO_WORDS | _words(
    """
    accordingly additionally afterwards alternatively consequently elsewhere hence initially otherwise
    overall privately publicly subsequently therefore thus ultimately
    """
)

# Adverbs of place that open a phrase before the subject, capitalised there but never a name
# ("Back outside, Lee waited", "Back home, …").
PLACE_OPENERS = _words("back")

# The intro words that link a sentence to the one before without opening a phrase of their own:
# the subject comes right after them ("And Okafor, for all his progress, agrees"), unlike "After …,".
LINKING_WORDS = _words(
    """
    also and but finally furthermore however indeed instead later likewise meanwhile moreover
    nevertheless nonetheless now separately similarly so still then yet
    """
)

# Verbs that join a subject to a description of it ("The workers are "…"", "he looked "…""): the
# quoted words after them describe the subject; they are not something it said.
LINKING_VERBS = _words(
    """
    is are was were look looks looked seem seems seemed appear appears appeared remain remains remained
    sound sounds sounded feel feels felt become becomes became
    """
)

# Nouns of an intention that an infinitive completes ("Lee's plan to …", not "Lee's victory to …").
INTENT_NOUNS = _words(
    """
    aim attempt bid call calls commitment decision demand desire effort goal idea intention invitation move
    offer order plan plans pledge promise proposal push refusal request strategy threat vision vow wish
    """
)

# Nouns a capital letter labels ("plan A", "Class B", "grade C"): a letter and a dot after them end
# a sentence, they are no initial of the name after it.
LABELLED_NOUNS = _words(
    """
    appendix article category class exhibit grade group item level model option part phase plan point
    schedule section series share shares stage tier track type vitamin
    """
)

# Words that join a sentence to the one before without opening a phrase of their own ("But Lee …").
CONNECTIVES = _words(
    """
    also and but even furthermore however indeed instead meanwhile moreover nevertheless nonetheless
    now similarly so still then yet
    """
)

# Words showing that a stretch beside a quote is more than an attribution tag.
TAG_BREAKS = _words(
    """
    although and because but if that which who whom whose
    """
)

# Relative pronouns, allowed inside a tag's apposition ("said Smith, who ...").
RELATIVES = _words(
    """
    which who whom whose
    """
)

# Small words that stay lower case in a title ("Meet the Press").
TITLE_SMALL_WORDS = _words(
    """
    a an and as at by de for from in la of on or the to vs with
    """
)

# Words that let a later clause take over an attribution ("..., but Smith said").
TAKEOVER_WORDS = _words(
    """
    ; but whereas while yet
    """
)

# Words opening a subordinate clause before the main one ("When Smith said X, Jones replied: …").
SUBORDINATORS = _words(
    """
    after although as because before if once since though unless until when whenever whereas while
    """
)

# Subordinators that must head a finite clause ("When the aide, Jo Pratt, asked …,"): unlike
# "after" or "since", never a bare phrase of time, so the clause runs on to its own verb.
CLAUSE_ONLY_SUBORDINATORS = _words("although because if though when whenever while")

# Words opening a relative clause whose subject follows ("what critics describe as").
RELATIVE_OPENERS = _words(
    """
    what which whom
    """
)

# Prepositions that open an introductory phrase before a sentence's subject ("Amid protests, …").
PREPOSITIONS = _words(
    """
    about across after against alongside amid among around at before behind beside besides beyond
    despite during following for from in inside like near of on outside over since through throughout
    toward towards under unlike until upon with within without
    """
)

# Prepositions whose object is never the subject of the verb after it ("in the past described",
# "Smith at the time said"). Not "of" (`the editor of The Harbour Ledger wrote`), "with" (`with Smith
# saying`) nor words that also open a clause ("after Smith said").
ADVERBIAL_PREPOSITIONS = _words(
    """
    across against amid among at behind beside besides despite during following for from in inside
    near on over through throughout under unlike upon within without
    """
)

# Prepositions after a participle that modifies a subject ("a source speaking to Harbour News said").
PARTICIPLE_PREPOSITIONS = _words(
    """
    at by for from in on to with
    """
)

# Modal and auxiliary verbs: after a noun phrase they show it is a clause's subject.
MODALS = _words(
    """
    are can could did does had has have is may might must shall should was were will would
    """
)

# Auxiliaries of the passive ("was told", "have been quoted").
PASSIVE_AUXILIARIES = _words(
    """
    am are be been being is was were
    """
)

# Past participles that give something a name ("a group called", "what is dubbed"): no speech.
NAMING_PARTICIPLES = _words(
    """
    branded called dubbed labeled labelled named nicknamed termed titled
    """
)

# Words of a time phrase that can open a sentence before its subject ("Hours later, she …").
TIME_WORDS = _words(
    """
    ago back days decades early earlier hours later minutes moments months once seconds weeks years
    """
)

# Words opening a later subordinate clause whose own reporting verb leads to the quote
# ("Smith agreed, although he tweeted that "…"", "…, which he called "…"").
LATE_SUBORDINATORS = _words(
    """
    after although as because before since though until when whenever where while
    """
)

# Words opening a subordinate clause whose subject a following participle may share.
CLAUSE_OPENERS = _words(
    """
    after and as because before but since that until when whenever where while
    """
)

# Words after which a noun phrase opens its clause as the subject (`…, but one aide who …`,
# `while the steps called for were …`), rather than standing as the object of a verb before it.
PHRASE_OPENERS = CLAUSE_OPENERS | SUBORDINATORS | TAKEOVER_WORDS

# Time words that can stand between a speaker and the verb ("Smith on Friday said").
TIME_NOUNS = _words(
    """
    afternoon evening friday monday morning night saturday sunday thursday today tonight tuesday
    wednesday week weekend yesterday
    """
)
TIME_HEADS = _words(
    """
    early late last next on that this
    """
)

# Pronouns as objects ("called it", "described him as").
OBJECT_PRONOUNS = _words(
    """
    her herself him himself it itself me them themselves this us you
    """
)

# Punctuation that ends a clause or an aside inside a sentence.
CLAUSE_MARKS = frozenset({",", ";", ":", ".", "(", ")", "—", "–"})
# Marks after which a word is capitalised for opening a sentence, not for being a name.
SENTENCE_OPENING_MARKS = frozenset('.:"“”')

# Particles a phrasal participle takes before the verb of its noun ("the steps called for were").
PHRASAL_PARTICLES = _words(
    """
    down for off out up
    """
)

# Finite forms of "be" that follow a reduced relative's participle ("the measures announced were").
FINITE_BE = _words(
    """
    are is was were
    """
)

# Lower-case words inside a firm's name set in a wire's brackets (`<Bell and Howell Co>`).
FIRM_NAME_JOINERS = _words(
    """
    and de der des du for la le of the van von y
    """
)

# Verbs of knowing or judging that a quoted verdict may complete (`a boat he knew was "…"`).
BELIEF_VERBS = _words("believed believes felt feels found finds knew knows thought thinks")
# Forms of "be" that may stand between such a verb and the verdict (`knew would be "…"`).
COPULAS = _words("are be been had has is was were would")

# Participles of acting for or on a person, after a noun (`a lawyer representing Ann Lee`, `the
# doctor treating her`): the person after them is their object, never the subject or a role's name.
OBJECT_PARTICIPLES = _words(
    """
    accompanying advising defending escorting examining guarding interviewing prosecuting
    questioning representing suing treating
    """
)
# Plural heads with no -s of a plural, or pronouns, that a clause or a participle may describe
# (`Police guarding Ann Lee`, `Those who knew Ann Lee`): the head is the subject.
PLURAL_HEADS = _words("people police staff those")

# Words that open an aside of company after a subject (`Ann Lee, along with her lawyer, Bo Park,
# said`, `…, flanked by her deputy, …`): the people in it stand beside the subject and do not speak.
COMPANY_WORDS = _words("accompanied alongside beside flanked joined with")

# Adjectives of nearness that link a head to the phrase after their preposition (`people familiar
# with Ann Lee`, `sources close to the minister`): the head, not the phrase, is the subject.
LINK_ADJECTIVES = _words("allied close closest familiar loyal near opposed sympathetic")

# Owners of a noun of speech beside persons, kin, roles and writings (`the victim's claim that`,
# `his party's pledge that`): people named by what befell or befits them, and bodies that speak. An
# event, a time or a thing owns no words (`the election's promise`); a place only after "the", below.
OWNING_PEOPLE = _words(
    "boy child couple defendant family fan girl landlord man patient pilot rival suspect victim voter "
    "witness woman"
)
# Participles of being questioned that open a fronted clause (`Pressed on the cuts, Lee said`).
QUESTIONING_PARTICIPLES = _words(
    "asked challenged confronted grilled interviewed pressed probed prodded queried questioned quizzed"
)

# Places that speak as their body in the possessive (`the town's claim that …`, `the nation's pledge`).
SPEAKING_PLACES = _words("city country county nation province region state town village")

OWNING_BODIES = _words(
    """
    administration agency army association authority board bureau cabinet campaign caucus chamber
    church club coalition commission committee company congress corporation council court defence
    defense department federation firm government group institute league military ministry office
    opposition organisation organization parliament party police prosecution regime senate team trust
    union
    """
)

# Nouns whose "of" gives a place (`a resident of Amman`, `the mayor of Tulsa`), not a person.
PLACE_OF_NOUNS = _words(
    "citizen citizens inhabitant inhabitants mayor mayors native natives people resident residents "
    "townspeople villager villagers"
)
