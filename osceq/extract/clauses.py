"""The subjects and clauses of a sentence, on tokens: the subject at its start (past a dateline
and an opening phrase), the subject of a subordinate clause, and where an opening subordinate
clause ends."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import lexicon
from osceq.extract import reporting as lex
from osceq.extract.clause_appositions import opening_clause_end, past_apposition, past_participle_aside
from osceq.extract.forward_phrases import np_forward
from osceq.extract.fronted_clauses import main_subject_within
from osceq.extract.name_words import IRREGULAR_PAST, ORGANISATION_WORDS
from osceq.extract.place_adverbs import FRONTED_PLACE_ADVERBS
from osceq.extract.shares import approximate_count
from osceq.extract.time_openers import past_clock_time
from osceq.extract.tokens import Token, abbreviation_dot, capitalised, name_end, past_verb, range_tokens
from osceq.extract.verb_or_noun import is_verb
from osceq.extract.word_kinds import agent_noun, person_noun


def sentence_subject(tokens: list[Token], limit: int) -> tuple[int, int, str] | None:
    """The subject at the start of a sentence (after an introductory phrase), ending before token limit."""
    i = after_dateline(tokens, limit)
    if i + 2 < limit and tokens[i + 1].text == ":" and tokens[i].text.isupper() and tokens[i].text.isalpha():
        i += 2  # `Q: Your rival's ad says …`: a transcript's label is no subject of the line's sentence
    while i < limit and tokens[i].text in '([—–-"“':
        i += 1
    i = past_clock_time(tokens, _past_bare_time(tokens, _past_connectives(tokens, i, limit), limit), limit)
    # (`About 200 protesters …`, `Nearly 50 residents …`: a count opens the subject, no phrase.)
    if (
        i < limit
        and not approximate_count(tokens, i)
        and (
            tokens[i].low in fw.INTRO_WORDS
            or tokens[i].low in fw.PREPOSITIONS
            or (tokens[i].low.endswith("ing") and tokens[i].text[:1].isupper())
            or _opening_participle(tokens, i)  # "Based in Tarn, the group …"
            or _opening_adverb(tokens, i, limit)  # "Immediately after …,"
            or (tokens[i].low in FRONTED_PLACE_ADVERBS and not (i + 1 < limit and capitalised(tokens[i + 1])))
        )
    ):
        # "On the eve of the vote, Smith …", "Reading from a text, Smith …"
        comma = next(
            (k for k in range(i, min(limit, i + _opening_reach(tokens[i]))) if tokens[k].text == ","), None
        )
        if comma is None and tokens[i].low not in fw.INTRO_WORDS:
            return None
        i = comma + 1 if comma is not None else i + 1
        if comma is not None:
            i = _past_connectives(tokens, _opening_continues(tokens, i, limit), limit)
            i = _past_opening_apposition(tokens, i, limit)
    if i >= limit:
        return None
    found = np_forward(tokens, i)
    if found is None:
        return None
    j, kind = found
    # The phrase ends where a verb in the past begins ("Smith welcomed", "The town released").
    j = next(
        (k for k in range(i + 1, j) if _past_tense(tokens[k], kind) or _present_after_name(tokens, k, kind)),
        j,
    )
    if kind != "pronoun":
        # "Hours later, she …", "Back in 1999, Smith …": a time phrase opens the sentence.
        comma = next((k for k in range(j, min(limit, i + 8)) if tokens[k].text in ",;:"), -1)
        after = _opening_continues(tokens, comma + 1, limit)  # (`Years ago, when …, Lee …`)
        later = np_forward(tokens, after) if comma >= 0 and tokens[comma].text == "," else None
        timed = any(t.low in fw.TIME_WORDS or t.text[:1].isdigit() for t in tokens[i:comma])
        if (
            later is not None
            and (later[1] == "pronoun" or (timed and later[1] == "name"))
            and (comma == j or timed)
            and not any(is_verb(tokens, k) for k in range(i, comma))
        ):
            i, (j, kind) = after, later
            j = next((k for k in range(i + 1, j) if _past_tense(tokens[k], kind)), j)  # ("Lee stood")
    return (i, j, kind) if j < limit else None


# Subjects that name no one: a clause opening on them after a comma has no speaker for a subject.
_EXPLETIVES = frozenset({"it", "there", "it's", "there's", "it’s", "there’s"})


def expletive_follows(tokens: list[Token], j: int) -> bool:
    """`Each winter, there is a promise …:`, `Wait, it gets worse:`: a comma and an "it" or "there"
    after the phrase ending at token j make that phrase an opening one, and the clause's subject
    is no one."""
    return j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].low in _EXPLETIVES


def _past_opening_apposition(tokens: list[Token], i: int, limit: int) -> int:
    """`Asked if the rate was 12 marks, the level ruling at the time, Varga refused …`: a phrase of
    "the" or "a" between commas after an opening phrase describes the opening's last noun; the name
    or pronoun after it, followed by its verb, is the subject. Returns the subject's start (i if none)."""
    if i >= limit or tokens[i].low not in fw.DETERMINERS:
        return i
    comma = next((k for k in range(i + 1, min(limit, i + 14)) if tokens[k].text in ',;:"“”'), None)
    if comma is None or tokens[comma].text != "," or any(_verb_like(t) for t in tokens[i:comma]):
        return i
    later = np_forward(tokens, comma + 1)
    if later is None or later[1] not in ("name", "pronoun"):
        return i
    end = next((k for k in range(comma + 2, later[0]) if _past_tense(tokens[k], later[1])), later[0])
    if end >= limit:
        return i
    after = tokens[end]
    if (
        not (after.text.isalpha() and after.text.islower())
        or after.low in fw.PREPOSITIONS
        or after.low in ("and", "or")
    ):
        return i  # `…, the level at the time, Varga and Lee` or `…, Varga of …`: no verb follows at once
    return comma + 1


def _verb_like(token: Token) -> bool:
    # (Present reporting forms are left out: "the Oslo talks" is a noun.)
    return token.text.islower() and (token.low in lex.IRREGULAR_PAST or token.low.endswith("ed"))


def _opening_adverb(tokens: list[Token], i: int, limit: int) -> bool:
    """An adverb in -ly opening the sentence ("Immediately after …,"), not a first name before a
    surname ("Ada Perrin threw …")."""
    return (
        tokens[i].low.endswith("ly")
        and tokens[i].low not in fw.LY_NOUNS
        and not (i + 1 < limit and capitalised(tokens[i + 1]))
    )


def _past_connectives(tokens: list[Token], i: int, limit: int) -> int:
    """The index past connectives at i (`But even then, she …`, `…, however, she …`).

    A connective opens no phrase, so a comma further on closes something else (`But Lee showed no
    sign of backing down, releasing …`); its own comma comes at once (`However, …`).
    """
    while i + 1 < limit and (
        tokens[i].low in fw.CONNECTIVES or (tokens[i].low == "ever" and tokens[i + 1].low == "since")
    ):
        i += 2 if tokens[i + 1].text == "," else 1
    return i


def _past_bare_time(tokens: list[Token], i: int, limit: int) -> int:
    """The index past a time phrase that opens the sentence with no comma (`Last week the bank
    said …`), when a determiner or a capitalised word follows it."""
    if (
        i + 2 < limit
        and tokens[i].low in _TIME_OPENERS
        and tokens[i + 1].low in _BARE_TIME_NOUNS
        and (tokens[i + 2].low in fw.DETERMINERS or tokens[i + 2].text[:1].isupper())
    ):
        return i + 2
    return i


# "last week", "this month": a time phrase that may open a sentence without a comma.
_TIME_OPENERS = frozenset(["last", "this", "next"])
_BARE_TIME_NOUNS = fw.TIME_NOUNS | {"month", "year"}


def _opening_reach(first: Token) -> int:
    """How many tokens an opening phrase may run before its comma: a phrase of place or time may
    nest others (`On the eve of his election to a fourth term in March, Lee …`); a word such as
    "But" opens no phrase, so a comma far after it closes something else."""
    return 24 if first.low in fw.PREPOSITIONS else 16


def _present_after_name(tokens: list[Token], k: int, kind: str) -> bool:
    """`Varga sees 1.40 dlrs …`, `Lee expects …`: a lower-case word in -s right after a name is its
    verb in the present, not a noun of the name (a plural of people or a body is: `Kestrel analysts`)."""
    word = tokens[k].text
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if (
        after is None
        or after.text in ",;"
        or after.low in fw.MODALS
        or after.low.endswith(("ed", "ing"))
        or after.low in IRREGULAR_PAST
        or after.low in fw.LINKING_VERBS
    ):
        # `Kestrel supporters are …`, `Lee rivals gave …`, `Lee sings, "…"`: a noun before a verb
        # of its own, or a verb already read
        return False
    return (
        kind == "name"
        and capitalised(tokens[k - 1])
        and len(word) > 3
        and word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ics"))
        and not person_noun(word)
        and not agent_noun(word[:-1])
        and word not in ORGANISATION_WORDS
    )


def _past_tense(token: Token, kind: str) -> bool:
    """Whether a lower-case word inside a subject read forward is a verb in the past ending it."""
    if not token.text.islower():
        return False
    if kind == "name" and token.low.endswith("ed"):
        return True
    return token.low in lex.IRREGULAR_PAST or (kind == "nominal" and past_verb(token))


def _opening_continues(tokens: list[Token], i: int, limit: int) -> int:
    """The index after the pieces that carry on an opening phrase past its comma: a state after a
    town and a further time or place (`At a rally in Dover, Del., on Tuesday, Smith …`)."""
    while i < limit:
        k = i
        while (
            k + 1 < limit
            and tokens[k].text[:1].isupper()
            and len(tokens[k].text) <= 5
            and tokens[k + 1].text == "."
        ):
            k += 2  # "N.H.", "Colo.", "Pa.", "Calif."
        if k > i and k < limit and tokens[k].text == ",":
            i = k + 1
            continue
        if _state_after_town(tokens, i, limit):
            i += 2  # `At an event in Ames, Iowa, on Sunday, Lee …`
            continue
        if tokens[i].low in fw.SUBORDINATORS and tokens[i].text.islower():
            # `Last month, when I asked him about it, he said`: a clause inside the opening phrase.
            comma = opening_clause_end(tokens, i, limit)
            if comma is not None:
                i = comma + 1
                continue
        if tokens[i].low in fw.PREPOSITIONS and tokens[i].text.islower() and not approximate_count(tokens, i):
            comma = next((m for m in range(i + 1, min(limit, i + 12)) if tokens[m].text == ","), None)
            if comma is not None and not any(is_verb(tokens, m) for m in range(i, comma)):
                i = comma + 1
                continue
        return past_participle_aside(tokens, i, limit)
    return i


def _state_after_town(tokens: list[Token], i: int, limit: int) -> bool:
    """`in Ames, Iowa, on Sunday,`: one capitalised word between commas after a capitalised place
    carries the opening phrase on, unless an apposition or a clause follows (`Lee, a senator,`)."""
    return (
        i > 1
        and i + 2 < limit
        and tokens[i - 1].text == ","
        and capitalised(tokens[i - 2])
        and capitalised(tokens[i])
        and tokens[i + 1].text == ","
        and tokens[i + 2].low not in fw.DETERMINERS
        and tokens[i + 2].low not in fw.RELATIVES
        and not tokens[i + 2].text[:1].isdigit()
    )


def after_dateline(tokens: list[Token], limit: int) -> int:
    """The index after a dateline opening the story ("WASHINGTON (AP) —", "PARIS, Dec. 8 -",
    "OSLO, March 4, 2024 /Newswire/ --", "Jan 5, 2020 -"), else 0."""
    dated = _dateline_end(tokens[: min(limit, 16)])
    if dated:
        return dated
    for k in range(min(limit, 12)):
        text = tokens[k].text
        if text in "—–-" and k > 0:
            head = [t for t in tokens[:k] if t.text[:1].isalpha()]
            return k + 1 if head and (_capital_head(head) or _agency_before(tokens, k)) else 0
        if text[:1].islower():
            return 0
    return 0


def _dateline_end(head: list[Token]) -> int:
    """The index after the tokens a dateline of the layout reader (`lexicon.DATELINE`) spans, else 0:
    the same opening is read the same way for the article's date and for its first subject."""
    if not head:
        return 0
    base = head[0].start
    opening = [" "] * (head[-1].end - base)  # the tokens at their places, any gap read as a space
    for token in head:
        opening[token.start - base : token.end - base] = token.text
    match = lexicon.DATELINE.match("".join(opening) + " ")
    if match is None:
        return 0
    return next((k for k, token in enumerate(head) if token.start - base >= match.end()), 0)


def _capital_head(head: list[Token]) -> bool:
    """`WASHINGTON (AP) —`: the town in capitals."""
    return head[0].text.isupper() and len(head[0].text) > 1


def _agency_before(tokens: list[Token], k: int) -> bool:
    """`Washington (AFP) –`: a one-word agency in brackets right before the dash, after a town."""
    return (
        k >= 4
        and tokens[k - 1].text == ")"
        and tokens[k - 3].text == "("
        and tokens[k - 2].text[:1].isupper()
        and tokens[0].text[:1].isupper()
    )


def clause_subject(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """`…, when protesters interrupted her, shouting "…"`: a participle after a subordinate clause
    belongs to that clause's subject, the nearest one to it."""
    # (A clause may run long before its participle: `when Lee closed the debate with a nod to …, remarking`.)
    for k in range(v - 2, max(-1, v - 24), -1):
        tok = tokens[k]
        if (tok.text in ".;:" and not abbreviation_dot(tokens, k)) or (k == 0 and tok.low in ("and", "but")):
            return None  # (`But Lee …` opens the sentence's main clause: its subject is the sentence's;
            # the dots of `U.S. Judge Ann Roe` or `Mr. Lee` end no clause)
        if tok.low not in fw.CLAUSE_OPENERS or tok.low == "that" or k + 1 >= v:
            continue  # (a "that" clause is what the main clause reports: its subject does not speak)
        found = np_forward(tokens, k + 1)
        if found is not None and found[1] == "name":
            first = k + 2 if tokens[k + 1].low in fw.DETERMINERS else k + 1
            if first < found[0] and capitalised(tokens[first]):
                found = (name_end(tokens, first), "name")  # "the Greens stood up": the name alone
            if tokens[found[0] - 1].low.endswith(("'s", "’s")):
                found = None  # `before Lee's second goal`: the name owns a noun and is no subject
        verb = tokens[found[0]] if found is not None and found[0] < v - 1 else None
        if (
            found is not None
            and verb is not None
            and verb.text.islower()
            and verb.low not in fw.NP_STOP
            and verb.low not in fw.PREPOSITIONS
        ):  # (`After 3 Republicans defected Ann Lee sent …, saying`: the main clause's subject)
            return main_subject_within(tokens, k + 1, v) or (k + 1, found[0], found[1])
        if tok.low != "and":
            return None
        # `as she thanked them and then boomed`, `as he defended X and the campaign, saying`: an
        # "and" that joins verbs or objects opens no clause; the clause opens further back.
    return None


def subordinate_end(tokens: list[Token]) -> int:
    """Where an opening subordinate clause ends (`When A said X, B said: "…"`), or -1 if none.

    A reporting verb inside such a clause is background; the main clause after its comma speaks.
    """
    i = 0
    while i < len(tokens) and not tokens[i].text[:1].isalnum():
        i += 1
    if i + 1 < len(tokens) and tokens[i].low in ("even", "ever") and tokens[i + 1].low in fw.SUBORDINATORS:
        i += 1  # "Even before Lee took the stage to acknowledge …, his campaign said"
    if (
        i < len(tokens)
        and tokens[i].low in fw.PREPOSITIONS
        and tokens[i].low not in fw.SUBORDINATORS
        and not approximate_count(tokens, i)
    ) or _opening_participle(tokens, i):
        # `In a video put out by the campaign, Lee said`: an opening phrase of place, time or means
        # holds background; the main clause after its comma speaks.
        return next((k for k in range(i + 1, min(len(tokens), i + 24)) if tokens[k].text == ","), -1)
    if i < len(tokens) and tokens[i].low not in fw.SUBORDINATORS:
        # `Later in the show, after the interview ended, Smith said`: past a short opening phrase.
        comma = next((k for k in range(i, min(len(tokens), i + 8)) if tokens[k].text == ","), -1)
        if comma >= 0 and not any(is_verb(tokens, k) for k in range(i, comma)):
            i = comma + 1
    if i >= len(tokens) or tokens[i].low not in fw.SUBORDINATORS:
        return -1
    comma = next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ","), -1)
    return past_apposition(tokens, i, comma)


def _opening_participle(tokens: list[Token], i: int) -> bool:
    """`Asked about a report that Lee had …, an aide said`: a past participle opening the sentence,
    then a preposition or a question's opening word ("whether", "how"), heads a phrase of
    background; the main clause follows its comma."""
    return (
        i + 1 < len(tokens)
        and tokens[i].text[:1].isupper()
        and tokens[i].text[1:].islower()
        and len(tokens[i].text) > 4
        and tokens[i].low.endswith("ed")
        and tokens[i + 1].text.islower()
        and (tokens[i + 1].low in fw.PREPOSITIONS or tokens[i + 1].low in _QUESTION_OPENERS)
    )


# Words opening the question an opening "Asked" reports (`Asked how Ruritania would react, he said`).
_QUESTION_OPENERS = frozenset(["whether", "if", "how", "what", "why", "when", "where", "who", "which"])


def in_opening_clause(text: str, ranges: list[tuple[int, int]]) -> bool:
    """Whether the text before a quote is an opening subordinate clause not yet closed by a comma
    (`Although Smith said she had "…"`, `But even as Smith claimed that "…"`)."""
    tokens = range_tokens(text, ranges)
    i = 0
    while i < len(tokens) and (not tokens[i].text[:1].isalnum() or tokens[i].low in ("but", "and", "even")):
        i += 1
    # `In what Smith called "…," Roe said`: a free relative after a preposition opens the sentence too.
    free_relative = i + 1 < len(tokens) and tokens[i].low in fw.PREPOSITIONS and tokens[i + 1].low == "what"
    if i >= len(tokens) or not (tokens[i].low in fw.SUBORDINATORS or free_relative):
        return False
    return not any(t.text in ",;:" for t in tokens[i + 1 :])
