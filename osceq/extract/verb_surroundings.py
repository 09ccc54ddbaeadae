"""Tests on a reporting verb's surroundings that decide whose verb it is: the subject that governs an
infinitive (`Lee was prompted to say`), a participle naming a thing (`a group called "…"`), an
object before a participle (`released a video saying`), an opening with no verb of its own, a
participle after a subordinate clause, an infinitive of speech (`to say`, `prompted Lee to state`),
and a verb of beginning that leads into speech (`went on to say`)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract import reporting as lex
from osceq.extract.clauses import clause_subject
from osceq.extract.forward_phrases import np_forward
from osceq.extract.judged_thing_words import JUDGED_THINGS
from osceq.extract.phrases import np_backward
from osceq.extract.prompted import moved_to_speak
from osceq.extract.spent_cue_words import CLAUSE_ONLY_OPENERS
from osceq.extract.tokens import Token, capitalised, past_verb
from osceq.extract.unnamed_words import PLAIN_PERSONS
from osceq.extract.verb_or_noun import is_verb
from osceq.extract.word_kinds import person_noun


def infinitive_subject(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """`… so dull that Lee was prompted to say`, `Lee wanted to tell them`: a reporting verb after
    "to" belongs to the subject of the verb that governs it, not to the sentence's first subject."""
    governing = tokens[v - 2] if v >= 3 else None
    if (
        governing is None
        or tokens[v - 1].low != "to"
        or not governing.text.islower()
        or not (governing.low.endswith("ed") or governing.low in lex.IRREGULAR_PAST)
    ):
        return None  # (`except to say` is no verb governing the infinitive)
    k = v - 2
    while k > 0 and tokens[k - 1].low in fw.PASSIVE_AUXILIARIES:
        k -= 1  # `was prompted to say`
    subject = np_backward(tokens, k)
    return subject if subject is not None and subject[2] != "relative" else None


# Pronouns that point at a thing or an event, never at a speaker, when they stand alone.
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


# Past participles of reporting verbs that do not end in -ed.
_IRREGULAR_PARTICIPLES = frozenset({"said", "told", "thought", "written", "sworn", "begun"})


def past_participle(token: Token) -> bool:
    """Whether a reporting form is a past participle (`asked`, `said`, `told`)."""
    return token.low.endswith("ed") or token.low in _IRREGULAR_PARTICIPLES


def named_thing(tokens: list[Token], v: int) -> bool:
    """`a group called`, `an inflation formula called`: a participle naming an indefinite thing.

    A verb with an object (`a reporter called it "…"`) is active: the phrase is its subject. So is
    the verb of a person or of a body that speaks (`a spokesman called the report "…"`, `a farmers'
    union called the plan "…"`, `which a spokesman termed "…"`) with a noun phrase for object or
    after an object relative: a participle takes the name at once (`a group called "…"`, `a plan
    called the new "…"`).
    """
    if v + 1 < len(tokens) and tokens[v + 1].low in fw.OBJECT_PRONOUNS:
        return False
    subject = np_backward(tokens, v)
    if subject is None or subject[2] != "nominal" or tokens[subject[0]].low not in ("a", "an"):
        return False
    a, b, _ = subject
    object_relative = a > 0 and tokens[a - 1].low in ("which", "that")
    speaking = any(person_noun(t.text) or t.low in name_words.SPEAKING_BODIES for t in tokens[a:b])
    if not speaking and any(t.low in PLAIN_PERSONS for t in tokens[a:b]):
        speaking = _judged_object(tokens[v + 1 :])  # `a woman called the plan a "…"`, not `the dog "Rex"`
    return not ((object_relative or _object_phrase(tokens[v + 1 :])) and speaking)


def _judged_object(words: list[Token]) -> bool:
    """Whether a naming verb's object is judged, not named: `that`, a thing judged (`the plan`), or
    the quoted word's own article (`called the congressman a "…"`: no given name takes one)."""
    if len(words) > 2 and words[-1].low in ("a", "an"):
        return True
    return bool(words) and (words[-1].low == "that" or words[-1].low in JUDGED_THINGS)


def _object_phrase(words: list[Token]) -> bool:
    """`the report`, `the report just`, `that claim`, `that`, `the mayor a`: a determiner or "that"
    and lower-case words (no name) between a naming verb and the quote, the object it names (and
    the article of the quoted name after it)."""
    if len(words) > 2 and words[-1].low in ("a", "an"):
        words = words[:-1]  # `called the mayor a "…"`: the quoted name's own article
    if [t.low for t in words] == ["that"]:
        return True  # `called that "…"`: the claim just reported
    return (
        2 <= len(words) <= 4
        and (words[0].low in fw.DETERMINERS or words[0].low == "that")
        and all(t.text.isalpha() and t.text.islower() and t.low not in fw.DETERMINERS for t in words[1:])
    )


# Heads of a phrase of time spent doing something (`spent the past month telling`, `weeks saying`).
_SPANS_OF_TIME = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "decade", "decades"}
    | {"weekend", "morning", "afternoon", "evening", "summer", "winter", "spring", "autumn"}
)


def object_before_participle(tokens: list[Token], v: int, subject: tuple[int, int, str]) -> bool:
    """Whether a participle's noun phrase is the object of an earlier verb (`released a video showing`)."""
    a, _, kind = subject
    if not tokens[v].low.endswith("ing") or kind != "nominal" or a == 0:
        return False
    if tokens[a].low.endswith("ing") and tokens[a].text.islower():
        return True  # `and carrying signs saying`: the phrase opens on the participle that governs it
    if tokens[subject[1] - 1].low in _SPANS_OF_TIME:
        return True  # `Lee has spent the past month telling …`: a stretch of time says nothing
    before = tokens[a - 1]
    if tokens[a].low == "the" and past_verb(before):
        return True  # `defended the new rules saying`: the past verb's object, its subject speaks
    if tokens[a].low in ("a", "an", "his", "her", "their", "its"):
        # `released a video showing`, `defend his remarks calling` (`one of her ads asking`: a head's)
        return before.text[:1].isalpha() and before.low not in fw.NP_STOP and before.low != "of"
    # `carrying signs saying`, `a text message to supporters saying`: a bare plural after a verb or
    # a preposition is an object too.
    return (
        tokens[a].low not in fw.DETERMINERS
        and before.text.islower()
        and before.text[:1].isalpha()
        and before.low not in fw.CLAUSE_OPENERS
        and before.low not in fw.RELATIVES
    )


def only_opening_before(tokens: list[Token], v: int) -> bool:
    """Whether only punctuation, an introductory word or an opening phrase with no verb of its own
    precedes token v (`In other words, explained Lee:`)."""
    if all(not t.text[:1].isalnum() or t.low in fw.INTRO_WORDS for t in tokens[:v]):
        return True
    return v > 1 and tokens[v - 1].text == "," and not any(is_verb(tokens, k) for k in range(v - 1))


# Adverbs that may stand between a relative clause's subject and its verb (`what critics often call`).
_CLAUSE_ADVERBS = frozenset({"also", "long", "now", "often", "once", "since", "sometimes"})
# How many words a bare noun phrase in a relative clause may run (`what former state employees`).
_BARE_REACH = 3


def relative_clause_subject(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """`what critics call "…"`, `which former staff have described as "…"`: a bare noun phrase
    between a relative opener and the verb is the verb's own subject, whom the sentence's subject
    must not replace; returns (start, end, "nominal") or None."""
    if tokens[v].low.endswith("ing"):
        return None  # `which included staff suggesting`: a participle has no subject of its own
    if thing_that_says(tokens, v):
        return v - 1, v, "relative"
    end = v
    while end > 0 and (
        (tokens[end - 1].low in fw.MODALS and tokens[end - 1].low not in fw.PASSIVE_AUXILIARIES)
        or tokens[end - 1].low in _CLAUSE_ADVERBS
        or (tokens[end - 1].low.endswith("ly") and tokens[end - 1].text.islower())
    ):
        end -= 1  # `have called`, `often call`, `repeatedly described`
    start = end
    while (
        start > 0
        and end - start < _BARE_REACH
        and tokens[start - 1].text.isalpha()
        and tokens[start - 1].text.islower()
        and tokens[start - 1].low not in fw.RELATIVE_OPENERS
        and tokens[start - 1].low not in fw.NP_STOP
        and tokens[start - 1].low not in fw.MODALS
        and tokens[start - 1].low not in fw.DETERMINERS
        and tokens[start - 1].low not in fw.OBJECT_PRONOUNS
        and not tokens[start - 1].low.endswith(("ed", "ing"))  # a verb of the clause, not its subject
    ):
        start -= 1
    if start == end or start == 0 or tokens[start - 1].low not in fw.RELATIVE_OPENERS:
        return None
    head = tokens[end - 1].low
    if not head.endswith(("s", "men", "people")) or head in fw.TIME_WORDS or head in fw.TIME_NOUNS:
        return None  # `which today reported`, `which days later said`: a bare subject is a plural of people
    return start, end, "nominal"


def thing_that_says(tokens: list[Token], v: int) -> bool:
    """`a sign that said, "…"`, `a headline that read "…"`: a verb right before the quote whose
    subject is a "that" after a noun (a conjunction "that" would be followed by a subject): the
    thing the relative stands for carries the words, not the sentence's subject."""
    rest = tokens[v + 1 :]
    if not (
        v >= 2
        and tokens[v - 1].low == "that"
        and len(rest) <= 1
        and all(t.text in ",:" for t in rest)
        and tokens[v - 2].text.isalpha()
        and tokens[v - 2].low not in fw.NP_STOP
        and not is_verb(tokens, v - 2)
    ):
        return False
    # `Lee released a video that said "…"`: what the subject puts out is the subject's own words.
    for k in range(v - 3, max(-1, v - 7), -1):
        if tokens[k].low in _PUTTING_OUT:
            return False
        if tokens[k].low in fw.PREPOSITIONS or not tokens[k].text.isalpha():
            break
    return True


# Verbs by which a speaker puts out words of their own (a video, a statement, an ad).
_PUTTING_OUT = frozenset(
    {"aired", "issued", "posted", "published", "released", "sent", "tweeted", "unveiled"}
)


# Passive participles whose agent is the one who speaks to the subject (`was asked by a reporter`).
_ASKED_FORMS = frozenset({"asked", "questioned", "pressed", "told"})


# Words opening the question an agent asks (`Asked by Lee whether …`).
_QUESTION_OPENERS = frozenset({"if", "whether", "why", "how", "what"})


def opening_asker(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """`Asked by Lee if the plan "…", Roe said no`: a quote inside the question of an opening "Asked
    by X if …" clause, not yet closed by a comma, is the asker's; returns X as (start, end, kind)."""
    if v != 0 or tokens[0].low != "asked" or len(tokens) < 4 or tokens[1].low != "by":
        return None
    found = np_forward(tokens, 2)
    if found is None or found[1] not in ("name", "nominal") or found[0] >= len(tokens):
        return None
    if tokens[found[0]].low not in _QUESTION_OPENERS or any(t.text in ",;:" for t in tokens[found[0] :]):
        return None
    return 2, found[0], found[1]


def passive_agent(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """`Lee was asked by a reporter, "…"`, `Lee was told by a guard, who stood at the gate: "…"`:
    the agent of a passive of asking or telling speaks the quote that follows the agent straight
    away (past an aside of "who"), as does the asker of an opening `Asked by X if …`; returns the
    agent's (start, end, kind) or None."""
    if v == 0:
        return opening_asker(tokens, v)
    if (
        tokens[v - 1].low not in fw.PASSIVE_AUXILIARIES
        or tokens[v].low not in _ASKED_FORMS
        or v + 2 >= len(tokens)
        or tokens[v + 1].low != "by"
    ):
        return None
    found = np_forward(tokens, v + 2)
    if found is None or found[1] not in ("name", "nominal"):
        return None
    end = found[0]
    rest = tokens[end:]
    if len(rest) > 1 and rest[0].text == "," and rest[1].low in ("who", "whose"):
        # The aside runs up to the quote: it holds no mark that ends a sentence or a clause.
        if rest[-1].text != "," or any(t.text in ";:.?!" for t in rest[2:]):
            return None
        rest = rest[-1:]
    if not rest or any(t.text not in ",:" for t in rest):
        return None
    return v + 2, end, found[1]


def participle_of_clause(tokens: list[Token], v: int, after: int) -> bool:
    """`Lee conceded the point even as he defended the plan, saying "…"`: a participle after a
    subordinate clause that opens after the earlier cue belongs to that clause's subject."""
    if not (v > 0 and tokens[v - 1].text == "," and participle_at(tokens, v)):
        return False
    subject = clause_subject(tokens, v)
    return (
        subject is not None
        and subject[0] - 1 > after
        and tokens[subject[0] - 1].low in fw.SUBORDINATORS  # not a mere "and" inside a clause
    )


def kept_on(tokens: list[Token], v: int) -> int:
    """Where the clause's verb is for a participle of speech at v: the verb of keeping on right
    before it (`and Lee kept asking`, whose subject is the keeper), else v itself."""
    if v > 0 and tokens[v - 1].low in lex.KEEP_FORMS and participle_at(tokens, v):
        return v - 1
    return v


def participle_at(tokens: list[Token], m: int) -> bool:
    """A lower-case -ing word at token m (`telling`, `taking`)."""
    return m < len(tokens) and tokens[m].low.endswith("ing") and tokens[m].text.islower()


def moved_infinitive(tokens: list[Token], v: int) -> bool:
    """`prompted Lee to state`: a reporting form after "to" that a cause moves someone to."""
    return tokens[v].low in lex.REPORTING_FORMS and moved_to_speak(tokens, v) is not None


def reporting_infinitive(tokens: list[Token], m: int) -> bool:
    """`to call`, `to say`: a reporting form after "to" is a verb, even one that is mostly a noun."""
    return m > 0 and tokens[m - 1].low == "to" and tokens[m].low in lex.REPORTING_FORMS


def leads_to_speech(tokens: list[Token], v: int) -> bool:
    """Whether a verb of beginning or going leads into speech: `goes on to say`, `began her speech
    by slamming`, `began an ad campaign praising`: a particle after it or a participle before the quote."""
    following = tokens[v + 1] if v + 1 < len(tokens) else None
    # (A quote right after "to" ends the tokens or leaves a gap where its words were taken out.)
    quote_next = following is not None and (v + 2 == len(tokens) or tokens[v + 2].start > following.end + 2)
    if following is not None and following.low == "to" and quote_next and tokens[v].low in lex.GOING_VERBS:
        return False  # `would go to "…"`: the quote is where it goes
    if following is not None and following.low == "to" and v + 2 < len(tokens):
        place = tokens[v + 2]
        if place.low in fw.DETERMINERS or place.low in DEMONSTRATIVES or capitalised(place):
            return False  # `he'll go to the debate`, `went to Iowa`: a place, not a verb, follows "to"
    if following is not None and following.low == "on" and _clause_goes_on(tokens, v):
        return False  # `As the debate went on, Lee stood by …`: the going on is the debate's, no speech
    if following is not None and following.low.endswith("ing") and following.text.islower():
        # `may begin watching steel …`: the verb begun is the one that must be speech (`began saying`)
        return following.low in lex.REPORTING_FORMS
    # A participle after a clause of its own (`started last week when Ann Lee accused him of having
    # "…"`) belongs to that clause; only one before such a clause opens can carry the begun speech.
    clause = next((k for k in range(v + 1, len(tokens)) if tokens[k].low in CLAUSE_ONLY_OPENERS), len(tokens))
    return (
        following is None
        or following.low in ("by", "to", "on", "out")
        or any(t.low.endswith("ing") and t.text.islower() for t in tokens[v + 1 : clause])
    )


def _clause_goes_on(tokens: list[Token], v: int) -> bool:
    """Whether "went on" at v ends a clause opened by a subordinator (`As the talks went on, the mood
    soured and "…"`): a comma and words of another clause follow, not the quote (`went on, "…"`), and
    no tag after a quote (`"…" Lee went on, as if …`) is read as time passing."""
    k = v + 2
    if k + 1 >= len(tokens) or tokens[k].text != "," or not tokens[k + 1].text.isalpha():
        return False
    start = max((m + 1 for m in range(v) if tokens[m].text in ',;:"“”'), default=0)
    return tokens[start].low in fw.SUBORDINATORS
