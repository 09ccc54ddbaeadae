"""When a later reporting verb in a sentence takes over from an earlier one as the cue of the quote
after them: a new main clause (`…, but Smith said`), a parenthetical tag (`The costs, he added,
were "…"`), a relative clause right before the quote (`what Smith called "…"`), or a verb with its
own subject leading straight into it (`…, though he said, "…"`), or a verb of voicing right before
it (`…, at which point the crowd chanted "…"`)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import kin_words, name_words
from osceq.extract import reporting as lex
from osceq.extract.given_names import first_name_gender
from osceq.extract.phrases import np_backward
from osceq.extract.stopwords import STOPWORDS
from osceq.extract.tokens import Token, past_verb, possessive
from osceq.extract.verb_or_noun import is_verb
from osceq.extract.verb_surroundings import relative_clause_subject, thing_that_says
from osceq.extract.word_kinds import agent_noun, person_noun


def relative_at_end(tokens: list[Token], v: int) -> bool:
    """`…, what Smith called "…"`: a relative clause right before the quote, with a subject of its own."""
    if thing_that_says(tokens, v):
        return True  # `Lee held up a sign that said, "…"`
    if len(tokens) - v > 3 or any(t.text in ",;:" for t in tokens[v + 1 :]):
        return False
    subject = np_backward(tokens, v) or relative_clause_subject(tokens, v)
    if subject is None:
        return False
    a, _, kind = subject
    if kind in ("pronoun", "name") and _after_apposed_noun(tokens, a):
        # `Fans called it a brick, a name she insisted was "…"`: "which" left out; a he/she there
        # may be the one who named the noun (`her brother called it a ruin, a word he insisted`).
        return kind == "name" or _other_than_namer(tokens, a)
    # Measured on news: a pronoun there ("which he called") most often repeats the main speaker,
    # whom annotators credit; a name there ("what Smith called") is a new speaker.
    if kind == "pronoun":
        # `Lee said it was a tax, which he called "…"`: annotators credit the relative clause's own
        # pronoun after which/whom/who (not after `what`); but when the sentence opens on a
        # pronoun (`He said that Roe …, which he called`), the nearest name may not be its person,
        # and the main subject stays the speaker.
        return a > 1 and tokens[a - 1].low in _PRONOUN_RELATIVES and tokens[0].low not in fw.PRONOUN_GENDER
    return kind in ("name", "nominal") and a > 0 and tokens[a - 1].low in fw.RELATIVE_OPENERS


def belief_in_apposition(tokens: list[Token], v: int) -> bool:
    """`Fans called it the Grinder, a wheel he knew was "…"`: a he/she knowing or judging the noun
    set off by the comma what the quote says, in a clause that leaves out "which" and ends on "be"
    right before the quote: a verdict of the he/she's own, as a verb of saying there would be."""
    after = tokens[v + 1 :]
    return (
        tokens[v].low in fw.BELIEF_VERBS
        and v > 0
        and tokens[v - 1].low in ("he", "she")
        and _after_apposed_noun(tokens, v - 1)
        and 0 < len(after) <= 2
        and all(token.low in fw.COPULAS for token in after)
    )


def _after_apposed_noun(tokens: list[Token], a: int) -> bool:
    """Whether the subject at a follows `, a name` or `, the word`: a relative clause that leaves out
    "which" or "that", its own subject saying the words about the noun set off by the comma."""
    return (
        a > 2
        and tokens[a - 1].text.isalpha()
        and tokens[a - 1].text.islower()
        and tokens[a - 1].low not in STOPWORDS
        and tokens[a - 2].low in ("a", "an", "the")
        and tokens[a - 3].text == ","
    )


def _other_than_namer(tokens: list[Token], a: int) -> bool:
    """Whether the he/she at a cannot be the subject of the verb before the comma that named the noun
    (`Fans called it a brick, a word she …`: plural; `Ann Lee called it a gamble, a word he …`: the
    other sex; `the city put it off, a decision he …`: no person) or is a pronoun there too: only
    then is the pronoun a speaker of its own."""
    gender = fw.PRONOUN_GENDER.get(tokens[a].low)
    verb = next(
        (
            k
            for k in range(a - 4, 0, -1)
            if tokens[k].low in lex.REPORTING_FORMS
            or tokens[k].low in name_words.AUXILIARIES
            or past_verb(tokens[k])
        ),
        None,
    )
    if gender is None or verb is None:
        return False
    while verb > 0 and tokens[verb - 1].low in name_words.AUXILIARIES:
        verb -= 1  # `her brother had called`
    subject = np_backward(tokens, verb)
    if subject is None:
        return False
    start, end, kind = subject
    words = [token.text for token in tokens[start:end]]
    if kind == "pronoun":
        return True  # `He said … cost, a decision he called`: the same he, or another person
    if kind == "name" and first_name_gender(" ".join(words)) is not None:
        return first_name_gender(" ".join(words)) != gender
    head = words[-1].lower()
    kin = "f" if head in kin_words.FEMALE_KIN else "m" if head in kin_words.MALE_KIN else None
    if kin is not None:
        return kin != gender
    return _people(head) or not (person_noun(head) or head in name_words.SERVED_PERSONS or agent_noun(head))


def _people(word: str) -> bool:
    """Whether a word is a plural noun for people (`critics`, `fans`, `neighbours`, `regulars`)."""
    single = word[:-1]
    return word.endswith("s") and (
        person_noun(word) or single in name_words.FOLLOWER_NOUNS | name_words.SERVED_PERSONS
    )


# Relative openers after which a pronoun subject is credited with the quote (`what he called` is not).
_PRONOUN_RELATIVES = frozenset({"which", "whom", "who"})


def introduces(tokens: list[Token], v: int) -> bool:
    """`…, though he said, "…"`: a verb with its own subject that leads straight into the quote; or,
    in a clause of its own after a comma, with whom it was told to (`Ann Lee recalled, her coach
    shouted at her: "…"`)."""
    listener = _listener_length(tokens, v + 1)
    rest = tokens[v + 1 + listener :]
    if tokens[v].low.endswith("ing") or not rest or len(rest) > 2 or any(t.text not in ",:" for t in rest):
        return False
    if v > 0 and tokens[v - 1].low in fw.PASSIVE_AUXILIARIES:
        return False  # `his staff were told: "…"`: the subject of a passive is the listener
    subject = np_backward(tokens, v)
    if listener and (subject is None or subject[0] == 0 or tokens[subject[0] - 1].text != ","):
        return False  # `… she recalls what her coach taught her: "…"`: his words, as he recalls them
    return subject is not None and subject[2] != "relative"


def _listener_length(tokens: list[Token], k: int) -> int:
    """How many tokens from k name whom the words were told to, as a pronoun (`told him`,
    `whispered to her`): it stands between a verb and the quote it leads into (`…, his wife
    whispered to him: "…"`)."""
    m = k + 1 if k < len(tokens) and tokens[k].low == "to" else k
    return m + 1 - k if m < len(tokens) and tokens[m].low in fw.OBJECT_PRONOUNS else 0


def voices_quote(tokens: list[Token], v: int) -> bool:
    """`…, at which point the crowd chanted "…"`: a verb of voicing right before the quote, with a
    subject of its own, names who voiced it, even inside what an earlier verb reports."""
    rest = tokens[v + 1 :]
    if tokens[v].low not in lex.VOICING_FORMS or len(rest) > 1 or any(t.text not in ",:" for t in rest):
        return False
    subject = np_backward(tokens, v)
    return subject is not None and subject[2] in _VOICING_SUBJECTS


# Voicing is its subject's own: a person, a group or a pronoun (`they chanted`), never a relative.
_VOICING_SUBJECTS = ("name", "nominal", "pronoun")

# A description before a name between commas opens with a determiner or a possessive, and is short.
_DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my"})
_DESCRIPTION_REACH = 8
# Words that open a clause before such a description (not "after", "before", "since": also prepositions).
_CLAUSE_OPENERS = fw.TAKEOVER_WORDS | {"and", "although", "though", "because", "when", "whenever", "where"}


def new_clause(tokens: list[Token], v: int) -> bool:
    """Whether the verb at v heads a new main clause (`…, but Smith said`) with a subject of its own.

    A subject after "and" counts with or without a comma (`Lee praised it and Roe called it "…"`):
    this is asked only of a verb after an earlier one, whose own subject the "and" does not extend.
    """
    if tokens[v].low.endswith("ing") and v > 0 and tokens[v - 1].text == ",":
        return False  # `…, Lee said, noting that …`: a participle after a comma has no subject before it
    subject = np_backward(tokens, v)
    if subject is None or subject[2] == "relative":
        return False
    a = _description_before(tokens, subject)
    return a > 0 and (
        tokens[a - 1].low in fw.TAKEOVER_WORDS
        or tokens[a - 1].low == "and"
        or (
            tokens[a - 1].low in fw.LATE_SUBORDINATORS
            and _last_verb(tokens, v)
            and not _reported(tokens, a - 1)
        )
    )


def _description_before(tokens: list[Token], subject: tuple[int, int, str]) -> int:
    """Where the subject's clause starts: before a description set ahead of a name between commas
    (`…, while his spokesman, Marcus Fell, said`: the clause opens at "his"), else at the subject."""
    a = subject[0]
    if subject[2] != "name" or a < 3 or tokens[a - 1].text != ",":
        return a
    k = a - 2
    while k >= 0 and a - 1 - k <= _DESCRIPTION_REACH and tokens[k].low not in _CLAUSE_OPENERS:
        if not tokens[k].text[:1].isalpha() or is_verb(tokens, k) or past_verb(tokens[k]):
            return a  # a stop or a verb: no short description after a clause opener
        k -= 1
    if k < 0 or k == a - 2 or tokens[k].low not in _CLAUSE_OPENERS:
        return a
    opener = tokens[k + 1]
    if opener.low in _DESCRIPTION_OPENERS or possessive(opener):
        return k + 1
    return a


def _reported(tokens: list[Token], k: int) -> bool:
    """`Lee said that when Roe spoke, …`: a clause opening right after "that" is part of what the
    earlier verb reports, not a clause of the writer's."""
    before = [t.low for t in tokens[max(0, k - 2) : k] if t.text != ","]
    return bool(before) and before[-1] == "that"


def parenthetical_tag(tokens: list[Token], v: int) -> bool:
    """`The costs, he added, were "…"`: a tag set off by commas inside the sentence (a setting may
    follow its verb: `, he said in an interview,`) names who says the rest (a passive `were told,`
    names a listener, and a tag right before the quote is no aside)."""
    comma = _setting_end(tokens, v + 1) if 0 < v < len(tokens) - 2 else -1
    if (
        not 0 < comma < len(tokens) - 1
        or tokens[comma].text != ","
        or tokens[v - 1].low in fw.PASSIVE_AUXILIARIES
    ):
        return False
    subject = np_backward(tokens, v)
    return (
        subject is not None
        and subject[2] != "relative"
        and subject[0] > 0
        and tokens[subject[0] - 1].text == ","
    )


def _setting_end(tokens: list[Token], k: int) -> int:
    """Past a short setting after a tag's verb (`he said in a telephone interview,`, `she added on
    Monday,`): a preposition or a time word and a few words with no verb, up to the comma; else k."""
    if k >= len(tokens) or not (
        tokens[k].low in fw.ADVERBIAL_PREPOSITIONS
        or tokens[k].low in fw.TIME_NOUNS
        or tokens[k].low == "last"
    ):
        return k
    for m in range(k, min(len(tokens), k + 7)):
        if tokens[m].start - tokens[m - 1].end > 1:
            return k  # a quotation cut out before it (`said "…" in Rome,`): the verb's object, no aside
        if m > k and tokens[m].text == ",":
            return m
        if not tokens[m].text.isalnum() or is_verb(tokens, m) or tokens[m].low in fw.MODALS:
            return k
    return k


def _last_verb(tokens: list[Token], v: int) -> bool:
    """Whether no other reporting verb stands between token v and the quote."""
    return not any(is_verb(tokens, k) for k in range(v + 1, len(tokens)))


def relative_reports(tokens: list[Token], v: int, after: int) -> bool:
    """`Lee praised Roe, who said the plan was "…"`: a relative clause opened after the earlier cue,
    whose verb runs on into the quote with no comma closing the clause, reports what its own
    subject (the one "who" stands for) says."""
    if after < 0 or any(t.text == "," for t in tokens[v + 1 :]):
        return False
    subject = np_backward(tokens, v)
    if subject is None or subject[2] != "relative":
        return False
    a = subject[0]
    if any(t.low == "that" for t in tokens[after + 1 : a]):
        return False  # `Lee recalled that listeners, who wondered if "…"`: the clause is Lee's report
    return a > after + 1 and tokens[a - 1].text == "," and tokens[a].low in ("who", "which")
