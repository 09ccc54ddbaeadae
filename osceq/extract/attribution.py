"""Finding the reporting cue and the speaker mention around one quotation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from osceq.extract import reporting as lex
from osceq.extract.phrases import (
    apposition_after,
    np_backward,
    np_forward,
    skip_parenthesis,
    skip_relative,
)
from osceq.extract.tokens import (
    Token,
    abbreviation_dot,
    between_word,
    capitalised,
    is_verb,
    name_end,
    span_of,
    tokenize,
)
from osceq.models import Span

_LEADING_PUNCTUATION = frozenset(",—–-…―")
_DASHES = frozenset("—–-―")
# "PENCE: Well, look, …" — a speaker label in capitals opening a transcript line.
_TRANSCRIPT_LABEL = re.compile(r"(?:[A-Z][A-Z.'’\-]+\s){0,3}[A-Z][A-Z.'’\-]+(?=\s*:\s)")


@dataclass(frozen=True, slots=True)
class Found:
    """A speaker mention and the cue that ties it to a quote."""

    mention: Span
    cue: Span
    kind: str  # "name", "pronoun", "relative" or "nominal"
    evidence: str  # "cue-after", "cue-before", "according-to", "subject", "colon", "label", "tag", …
    role: str | None = None


def after_quote(text: str, start: int, end: int) -> Found | None:
    """A cue right after a closing mark, `…," said X` or `…," X said`, within text[start:end]."""
    tokens = tokenize(text, start, min(end, start + 400))
    i = 0
    while i < len(tokens) and tokens[i].text in _LEADING_PUNCTUATION:
        i += 1
    if i >= len(tokens):
        return None
    if i > 0 and tokens[i - 1].text in _DASHES:
        signed = _signature(text, tokens, i)
        if signed is not None:
            return signed
    first = tokens[i]
    if first.low == "according" and i + 1 < len(tokens) and tokens[i + 1].low == "to":
        return _according(text, tokens, i)
    found = None
    if first.low in lex.REPORTING_FORMS and first.low not in lex.WEAK_VERBS:
        found = _inverted(text, tokens, i)
    if found is None and (first.low not in lex.REPORTING_FORMS or capitalised(first)):
        # `…," State Department spokesman Ann Lee said`: a capitalised form may open a name.
        found = subject_then_verb(text, tokens, i, "cue-after")
    return _outer_source(text, tokens, found) if found is not None else None


def loose_tag(text: str, start: int, end: int) -> Found | None:
    """`"…," Smith riffed.` or `"…," read one sign.`: after a quotation that ends on a comma, a noun
    phrase and a verb, whatever the verb, are its tag (the comma hands the sentence to the tag).

    Only a short clause that ends the sentence, or goes on after a comma or a preposition, counts.
    """
    tokens = tokenize(text, start, min(end, start + 200))
    i = 0
    while i < len(tokens) and tokens[i].text in _LEADING_PUNCTUATION:
        i += 1
    stop = next(
        (
            k
            for k in range(i, len(tokens))
            if tokens[k].text in '.!?;:"“”' and not abbreviation_dot(tokens, k)
        ),
        len(tokens),
    )
    tokens = tokens[:stop]
    if i >= len(tokens):
        return None
    first = tokens[i]
    inverted = first.low in lex.REPORTING_FORMS and first.text.islower()  # `"…," read one sign.`
    if inverted or past_verb(first):  # `"…!" beamed Ann Lee.`
        found = np_forward(tokens, i + 1, limit=10)
        if found is not None and not inverted and found[1] != "name":
            return None
        if found is not None and (found[0] == len(tokens) or tokens[found[0]].text == ","):
            return Found(
                span_of(text, tokens, i + 1, found[0]), span_of(text, tokens, i, i + 1), found[1], "tag"
            )
        return None
    if first.low == "it":
        return None
    found = np_forward(tokens, i, limit=10)
    if found is None:
        return None
    j, kind = found
    if capitalised(first):
        # A name ends before the first lower-case word after it, unless a title leads to a name
        # ("party strategist Ann Lee").
        j = name_end(tokens, i)
        while j + 1 < len(tokens) and tokens[j].text.islower() and capitalised(tokens[j + 1]):
            j = name_end(tokens, j + 1)
    elif kind == "name":
        # `an angry Hollande retaliated`: the name ends the phrase before a verb in the past.
        c = next(k for k in range(i, j) if capitalised(tokens[k]))
        if name_end(tokens, c) < j and past_verb(tokens[name_end(tokens, c)]):
            j = name_end(tokens, c)
    k = skip_parenthesis(tokens, j)
    role = apposition_after(text, tokens, k) if kind == "name" else None
    k = role[1] if role is not None else skip_relative(tokens, k)
    while k < len(tokens) and between_word(tokens[k]):
        k += 1
    if k >= len(tokens) or j <= i or not _loose_verb(tokens[k]) or k - i > 16:
        return None
    if kind != "pronoun" and not capitalised(tokens[i]) and tokens[i].low not in lex.DETERMINERS:
        return None
    if len(tokens) - k > 10:
        return None  # a long clause is a sentence of its own, not a tag
    return Found(
        span_of(text, tokens, i, j), span_of(text, tokens, k, k + 1), kind, "tag", role[0] if role else None
    )


def _loose_verb(token: Token) -> bool:
    """Whether a token may be the verb of a tag: a word, not a function word or a noun marker."""
    return (
        token.text[:1].isalpha()
        and token.low not in lex.NOT_NAME_WORDS
        and token.low not in lex.NP_STOP
        and token.low not in lex.DETERMINERS
        and token.low not in lex.OBJECT_PRONOUNS
        and token.low not in lex.PREPOSITIONS
        and token.text not in lex.MODALS
    )


def _inverted(text: str, tokens: list[Token], i: int) -> Found | None:
    """`…," said X`: the noun phrase after the verb, unless it opens a clause of its own.

    A participle never inverts (`…," saying they were wrong` is the quote's speaker talking), nor
    does a form that is mostly a noun before a lower-case word (`…" comments were`); and a phrase
    followed by a verb or "that" is the subject of reported speech, not the speaker.
    """
    if tokens[i].low.endswith("ing"):
        return None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        tokens[i].low in lex.NOUN_LIKE_FORMS
        and after is not None
        and after.text[:1].islower()
        and after.low not in lex.DETERMINERS
    ):
        return None  # `…" comments were`: a noun after the quote, not `…," notes Smith`
    found = np_forward(tokens, i + 1, limit=10)
    if found is None:
        return None
    j, kind = found
    relative = j - (i + 1) >= 2 and kind != "pronoun" and j < len(tokens) and tokens[j].low == "that"
    if (
        j < len(tokens)
        and (tokens[j].low == "that" or is_verb(tokens, j) or tokens[j].text in lex.MODALS)
        and not relative
    ):
        return None
    role = apposition_after(text, tokens, j) if kind == "name" else None
    return Found(
        span_of(text, tokens, i + 1, j),
        span_of(text, tokens, i, i + 1),
        kind,
        "cue-after",
        role[0] if role else None,
    )


def _outer_source(text: str, tokens: list[Token], found: Found) -> Found:
    """`…," Smith said, according to a transcript.`: the source the reporter cites wins."""
    for k, tok in enumerate(tokens):
        if tok.start <= found.cue.end:
            continue
        if tok.text in ".!?;" and not abbreviation_dot(tokens, k):
            break
        if (
            tok.low == "according"
            and tokens[k - 1].text == ","
            and k + 1 < len(tokens)
            and tokens[k + 1].low == "to"
        ):
            return _according(text, tokens, k) or found
    return found


def subject_then_verb(text: str, tokens: list[Token], i: int, evidence: str) -> Found | None:
    """`X said`, `X, a title, said` or `it added` starting at token i."""
    if tokens[i].low == "it":
        found: tuple[int, str] | None = (i + 1, "pronoun")
    else:
        found = np_forward(tokens, i, limit=10)
    if found is None:
        return None
    j, kind = found
    if (
        kind != "pronoun"
        and j - i >= 2
        and tokens[j - 1].low in lex.REPORTING_FORMS
        and tokens[j - 1].text.islower()
        and (tokens[i].low in lex.DETERMINERS or capitalised(tokens[i]))
        and (j == len(tokens) or tokens[j].text in ".,;")
    ):
        # `…," the email read.`: a verb that can be a noun ends the phrase before the sentence does.
        return Found(span_of(text, tokens, i, j - 1), span_of(text, tokens, j - 1, j), kind, evidence)
    if (
        kind != "pronoun"
        and j + 1 < len(tokens)
        and tokens[j].low == "and"
        and not past_verb(tokens[j + 1])  # `a "…" moment and deleted the emails`
        and tokens[j + 1].low not in lex.REPORTING_FORMS
    ):
        # `the Ohio senator and former candidate said`: two phrases for one speaker (or two).
        second = np_forward(tokens, j + 1, limit=10)
        if second is not None and second[1] != "pronoun" and _speech_verb(tokens, second[0]):
            j = second[0]
    j = _completed_head(tokens, i, j, kind)
    after = skip_parenthesis(tokens, j)
    if after < len(tokens) and abbreviation_dot(tokens, after):
        after += 1  # `James Roe Jr., the director, said`
    role = apposition_after(text, tokens, after) if kind == "name" else None
    k = role[1] if role is not None else skip_relative(tokens, after)
    while k < len(tokens) and between_word(tokens[k]):
        k += 1
    if not _speech_verb(tokens, k) and kind in ("name", "nominal"):
        k = _verb_after_asides(tokens, after)
    if _speech_verb(tokens, k):
        return Found(
            span_of(text, tokens, i, j),
            span_of(text, tokens, k, k + 1),
            kind,
            evidence,
            role[0] if role else None,
        )
    return None


# Words that join a head noun to the phrase completing it ("an aide to the governor").
_HEAD_LINKS = frozenset({"of", "to", "for", "with", "at", "from", "in"})


def _completed_head(tokens: list[Token], i: int, j: int, kind: str) -> int:
    """`a former aide to the governor said`, `people familiar with the matter said`: the end of a
    noun phrase completed by a prepositional phrase that a reporting verb follows, else j."""
    k = j
    if (
        kind == "nominal"
        and k < len(tokens)
        and tokens[k].text.islower()
        and tokens[k].low not in _HEAD_LINKS
    ):
        k += 1  # "people familiar with …"
    if kind == "pronoun" or k + 1 >= len(tokens) or tokens[k].low not in _HEAD_LINKS:
        return j
    completion = np_forward(tokens, k + 1, limit=8)
    if (
        completion is None
        or completion[1] == "pronoun"
        or not _speech_verb(tokens, completion[0])
        or tokens[completion[0]].low.endswith("ing")  # `a nod to the front-runner acknowledging`
    ):
        return j
    return completion[0]


def _speech_verb(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and is_verb(tokens, k) and tokens[k].low not in ("call", "calls", "called")


# How many tokens of asides may stand between a name and its verb.
_MAX_ASIDES = 32


def _verb_after_asides(tokens: list[Token], j: int) -> int:
    """`Ann Lee, 67, a nurse in Dover, Del., said` or `Lee, after a pause, said`: the index of the
    verb after a chain of comma-enclosed asides that start at token j, or len(tokens) if none.

    An aside holds no reporting verb, quotation mark or clause break, so the verb after its comma is
    the first one the name's sentence reaches.
    """
    if j >= len(tokens) or tokens[j].text != ",":
        return len(tokens)
    for k in range(j + 1, min(len(tokens), j + _MAX_ASIDES)):
        tok = tokens[k]
        if tok.text in ';:"“”‘’()' or (tok.text in ".!?" and not _dot_inside(tokens, k)):
            break
        if tok.text != "," and is_verb(tokens, k):
            break
        if tok.text == "," and _speech_verb(tokens, k + 1):
            return k + 1
    return len(tokens)


def _dot_inside(tokens: list[Token], k: int) -> bool:
    """A dot inside an aside: an abbreviation or an initial (`N.C.,`, `Pa.,`, `Jr.`)."""
    return abbreviation_dot(tokens, k) or (
        tokens[k].text == "." and k + 1 < len(tokens) and tokens[k + 1].text in ",."
    )


def _according(text: str, tokens: list[Token], i: int) -> Found | None:
    found = np_forward(tokens, i + 2, limit=10)
    if found is None:
        return None
    j, kind = found
    return Found(span_of(text, tokens, i + 2, j), span_of(text, tokens, i, i + 2), kind, "according-to")


def before_quote(text: str, ranges: list[tuple[int, int]]) -> Found | None:
    """A cue before an opening mark in the same sentence: `X said:`, `X told Y that`, `according to X,`.

    ranges are the parts of the sentence before the quote that lie outside other quotations. The
    speaker is the subject of the sentence's first reporting verb (reported speech embeds other verbs
    and their subjects), unless a later clause (`…, but Y said`) brings its own subject.
    """
    tokens = [t for a, b in ranges for t in tokenize(text, a, b)]
    if len(tokens) > 160:
        tokens = tokens[-160:]
    label = _label(text, tokens)
    if label is not None:
        return label
    best: Found | None = None
    subordinate = _subordinate_end(tokens)
    best_at = -1
    for v, tok in enumerate(tokens):
        if tok.low == "according" and v + 1 < len(tokens) and tokens[v + 1].low == "to":
            if best is None:
                best, best_at = _according(text, tokens, v), v
            continue
        if not is_verb(tokens, v) or (
            tok.low.startswith("continu") and v + 1 < len(tokens) and tokens[v + 1].low == "to"
        ):
            continue  # "continues to support" is not speech
        # `X, who says …, tweeted that "…"`: a relative clause's verb yields to the main verb.
        weak_best = best is not None and best.kind == "relative"
        takeover = (
            best_at < subordinate < v
            or _new_clause(tokens, v)
            or _relative_at_end(tokens, v)
            or ((weak_best or _introduces(tokens, v)) and np_backward(tokens, v) is not None)
        )
        if best is not None and best.evidence != "subject" and not takeover:
            continue
        found = _subject_of(text, tokens, v)
        if found is not None and (
            best is None or best.evidence != "subject" or found.evidence != "subject" or takeover
        ):
            best, best_at = found, v
    back = (
        len(tokens) > 3
        and tokens[-2].low == "back"
        and tokens[-3].text.isalpha()
        and tokens[-3].text.islower()
    )
    # A cue inside an opening subordinate clause (`After Brown criticized him, Clinton shot back, "…"`)
    # yields to a verb in the past right before the quote.
    background = best is not None and best_at < subordinate < len(tokens) - 2
    if (
        (best is None or background)
        and len(tokens) > 2
        and tokens[-1].text in ",:"
        and (past_verb(tokens[-2]) or back)
    ):
        # `…, then boomed, "…"`, `Smith quipped: "…"`, `Smith shot back:`: a past-tense verb right
        # before the quote.
        v = len(tokens) - 3 if back else len(tokens) - 2
        subject = np_backward(tokens, v)
        cue = span_of(text, tokens, v, v + 1)
        if subject is not None and subject[2] != "relative":
            return Found(span_of(text, tokens, subject[0], subject[1]), cue, subject[2], "cue-before")
        opening = _clause_subject(tokens, v) or sentence_subject(tokens, v)
        if opening is not None:
            return Found(span_of(text, tokens, opening[0], opening[1]), cue, opening[2], "subject")
    if best is None and tokens and tokens[-1].text == ":":
        subject = sentence_subject(tokens, len(tokens) - 1)
        if subject is not None and subject[1] < len(tokens) - 1:
            a, b, kind = subject
            return Found(span_of(text, tokens, a, b), span_of(text, tokens, b, len(tokens)), kind, "colon")
    if best is not None and tokens and tokens[-1].text == ":":
        return _colon_clause(text, tokens, best_at) or best
    return best


def _colon_clause(text: str, tokens: list[Token], after: int) -> Found | None:
    """`Reid said X, but he gave Cruz a compliment: "…"`: a later main clause with its own subject
    leads into the quote, whatever its verb."""
    turn = max(
        (k for k in range(after + 1, len(tokens) - 2) if tokens[k].low in lex.TAKEOVER_WORDS), default=-1
    )
    if turn < 0:
        return None
    found = np_forward(tokens, turn + 1)
    if found is None or (found[1] == "nominal" and tokens[turn + 1].low not in lex.DETERMINERS):
        return None
    j, kind = found
    if kind == "name" and capitalised(tokens[turn + 1]):
        j = name_end(tokens, turn + 1)  # "Ivo Marsh gave them …": the name ends before the verb
    verb = tokens[j] if j < len(tokens) - 1 else None
    if verb is None or not verb.text.islower() or verb.low in lex.NP_STOP or verb.low in lex.PREPOSITIONS:
        return None
    return Found(span_of(text, tokens, turn + 1, j), span_of(text, tokens, j, len(tokens)), kind, "colon")


def _label(text: str, tokens: list[Token]) -> Found | None:
    """`Donald Trump: "…"`, `Polls agree - Jane Roe: "…"`, `More from Roe: "…"`: a name alone before
    the colon, opening the sentence or after a dash or "from", labels the quotation."""
    if len(tokens) < 2 or tokens[-1].text != ":":
        return None
    found = np_backward(tokens, len(tokens) - 1)
    a = len(tokens) - 1
    while a > 0 and capitalised(tokens[a - 1]):
        a -= 1
    if 0 < a < len(tokens) - 1 and tokens[a - 1].low == "from" and (a == 1 or tokens[a - 2].low == "more"):
        found = (a, len(tokens) - 1, "name")  # `More from Roe:` (np_backward skips the preposition)
    if found is None or found[2] != "name" or found[1] != len(tokens) - 1:
        return None
    a = found[0]
    if (
        a > 0
        and tokens[a - 1].text not in _DASHES
        and (tokens[a - 1].low != "from" or (a > 1 and tokens[a - 2].low != "more"))
    ):
        return None
    if a == 0 and len(tokens) - 1 - a > 8:
        return None
    colon = tokens[-1]
    return Found(span_of(text, tokens, a, found[1]), Span(":", colon.start, colon.end), "name", "label")


def past_verb(token: Token) -> bool:
    """A lower-case word in -ed that is no function word: most likely a verb in the past tense."""
    return (
        len(token.text) > 4
        and token.text.islower()
        and token.low.endswith("ed")
        and token.low not in lex.NOT_NAME_WORDS
        and token.low not in lex.NAMING_PARTICIPLES
    )


def _subordinate_end(tokens: list[Token]) -> int:
    """Where an opening subordinate clause ends (`When A said X, B said: "…"`), or -1 if none.

    A reporting verb inside such a clause is background; the main clause after its comma speaks.
    """
    i = 0
    while i < len(tokens) and not tokens[i].text[:1].isalnum():
        i += 1
    if i < len(tokens) and tokens[i].low not in lex.SUBORDINATORS:
        # `Later in the show, after the interview ended, Smith said`: past a short opening phrase.
        comma = next((k for k in range(i, min(len(tokens), i + 8)) if tokens[k].text == ","), -1)
        if comma >= 0 and not any(is_verb(tokens, k) for k in range(i, comma)):
            i = comma + 1
    if i >= len(tokens) or tokens[i].low not in lex.SUBORDINATORS:
        return -1
    return next((k for k in range(i + 1, len(tokens)) if tokens[k].text == ","), -1)


def in_opening_clause(text: str, ranges: list[tuple[int, int]]) -> bool:
    """Whether the text before a quote is an opening subordinate clause not yet closed by a comma
    (`Although Smith said she had "…"`, `But even as Smith claimed that "…"`)."""
    tokens = [t for a, b in ranges for t in tokenize(text, a, b)]
    i = 0
    while i < len(tokens) and (not tokens[i].text[:1].isalnum() or tokens[i].low in ("but", "and", "even")):
        i += 1
    if i >= len(tokens) or tokens[i].low not in lex.SUBORDINATORS:
        return False
    return not any(t.text in ",;:" for t in tokens[i + 1 :])


def _relative_at_end(tokens: list[Token], v: int) -> bool:
    """`…, what Smith called "…"`: a relative clause right before the quote, with a subject of its own."""
    if len(tokens) - v > 3 or any(t.text in ",;:" for t in tokens[v + 1 :]):
        return False
    subject = np_backward(tokens, v)
    if subject is None:
        return False
    a, _, kind = subject
    # Measured on news: a pronoun there ("which he called") most often repeats the main speaker,
    # whom annotators credit; a name there ("what Smith called") is a new speaker.
    return kind in ("name", "nominal") and a > 0 and tokens[a - 1].low in lex.RELATIVE_OPENERS


def _introduces(tokens: list[Token], v: int) -> bool:
    """`…, though he said, "…"`: a verb with its own subject that leads straight into the quote."""
    rest = tokens[v + 1 :]
    if tokens[v].low.endswith("ing") or not rest or len(rest) > 2 or any(t.text not in ",:" for t in rest):
        return False
    if v > 0 and tokens[v - 1].low in lex.PASSIVE_AUXILIARIES:
        return False  # `his staff were told: "…"`: the subject of a passive is the listener
    subject = np_backward(tokens, v)
    return subject is not None and subject[2] != "relative"


def _new_clause(tokens: list[Token], v: int) -> bool:
    """Whether the verb at v heads a new main clause (`…, but Smith said`) with a subject of its own."""
    subject = np_backward(tokens, v)
    if subject is None or subject[2] == "relative":
        return False
    a = subject[0]
    return a > 0 and (
        tokens[a - 1].low in lex.TAKEOVER_WORDS
        or (a > 1 and tokens[a - 1].low == "and" and tokens[a - 2].text == ",")
        or (tokens[a - 1].low in lex.LATE_SUBORDINATORS and _last_verb(tokens, v))
    )


def _last_verb(tokens: list[Token], v: int) -> bool:
    """Whether no other reporting verb stands between token v and the quote."""
    return not any(is_verb(tokens, k) for k in range(v + 1, len(tokens)))


def _subject_of(text: str, tokens: list[Token], v: int) -> Found | None:
    """The speaker of the reporting verb at index v: its subject, an inverted `said X:`, or the sentence's."""
    cue = span_of(text, tokens, v, v + 1)
    if tokens[v].low in lex.NAMING_PARTICIPLES and (
        (v > 0 and tokens[v - 1].low in lex.PASSIVE_AUXILIARIES) or _named_thing(tokens, v)
    ):
        return None  # `what is called "…"`, `a group called "…"`: a name given, nobody speaking
    if v > 0 and tokens[v - 1].low in lex.PASSIVE_AUXILIARIES and tokens[v].low.endswith("ed"):
        return None  # `Smith was asked`, `the attacks were echoed by …`: the subject does not speak
    participle = tokens[v].low.endswith("ing") and v > 0 and tokens[v - 1].text == ","
    if not participle:
        subject = np_backward(tokens, v)
        if subject is not None and _object_before_participle(tokens, v, subject):
            subject = None  # `Smith issued a statement saying …`: the statement is Smith's
        elif subject is not None:
            a, b, kind = subject
            role = apposition_after(text, tokens, b) if kind == "name" else None
            return Found(span_of(text, tokens, a, b), cue, kind, "cue-before", role[0] if role else None)
        found = (
            np_forward(tokens, v + 1) if tokens[v].low not in lex.TELL_FORMS and _opens(tokens, v) else None
        )
        after = found[0] if found else len(tokens)
        aside = apposition_after(text, tokens, after) if found and found[1] == "name" else None
        if aside is not None:
            after = aside[1] - 1  # `Said Ann Lee, a neighbour, "…"`: the comma closing the aside
        elif found and skip_relative(tokens, after) > after:
            after = skip_relative(tokens, after) - 1  # `Said Ann Lee, who grew up here, "…"`
        rest = tokens[after:]
        if found and rest and all(t.text in ",:" for t in rest):  # inverted: `said X:`
            return Found(
                span_of(text, tokens, v + 1, found[0]),
                cue,
                found[1],
                "cue-before",
                aside[0] if aside else None,
            )
    subject = (_clause_subject(tokens, v) if participle else None) or sentence_subject(tokens, v)
    if subject is None:
        return None
    a, b, kind = subject
    return Found(span_of(text, tokens, a, b), cue, kind, "subject")


def _clause_subject(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """`…, when protesters interrupted her, shouting "…"`: a participle after a subordinate clause
    belongs to that clause's subject, the nearest one to it."""
    for k in range(v - 2, max(-1, v - 14), -1):
        tok = tokens[k]
        if tok.text in ".;:":
            return None
        if tok.low not in lex.CLAUSE_OPENERS or k + 1 >= v:
            continue
        found = np_forward(tokens, k + 1)
        if found is not None and found[1] == "name":
            first = k + 2 if tokens[k + 1].low in lex.DETERMINERS else k + 1
            if first < found[0] and capitalised(tokens[first]):
                found = (name_end(tokens, first), "name")  # "the Greens stood up": the name alone
        verb = tokens[found[0]] if found is not None and found[0] < v - 1 else None
        if (
            found is not None
            and verb is not None
            and verb.text.islower()
            and verb.low not in lex.NP_STOP
            and verb.low not in lex.PREPOSITIONS
        ):
            return k + 1, found[0], found[1]
        if tok.low != "and":
            return None
        # `as she thanked them and then boomed`, `as he defended X and the campaign, saying`: an
        # "and" that joins verbs or objects opens no clause; the clause opens further back.
    return None


def _named_thing(tokens: list[Token], v: int) -> bool:
    """`a group called`, `an inflation formula called`: a participle naming an indefinite thing.

    A verb with an object (`a reporter called it "…"`) is active: the phrase is its subject.
    """
    if v + 1 < len(tokens) and tokens[v + 1].low in lex.OBJECT_PRONOUNS:
        return False
    subject = np_backward(tokens, v)
    return subject is not None and subject[2] == "nominal" and tokens[subject[0]].low in ("a", "an")


def _object_before_participle(tokens: list[Token], v: int, subject: tuple[int, int, str]) -> bool:
    """Whether a participle's noun phrase is the object of an earlier verb (`released a video showing`)."""
    a, _, kind = subject
    if not tokens[v].low.endswith("ing") or kind != "nominal" or a == 0:
        return False
    before = tokens[a - 1]
    if tokens[a].low in ("a", "an"):
        return before.text[:1].isalpha() and before.low not in lex.NP_STOP
    # `carrying signs saying`, `a text message to supporters saying`: a bare plural after a verb or
    # a preposition is an object too.
    return (
        tokens[a].low not in lex.DETERMINERS
        and before.text.islower()
        and before.text[:1].isalpha()
        and before.low not in lex.CLAUSE_OPENERS
        and before.low not in lex.RELATIVES
    )


def _opens(tokens: list[Token], v: int) -> bool:
    """Whether only punctuation, an introductory word or an opening phrase with no verb of its own
    precedes token v (`In other words, explained Lee:`)."""
    if all(not t.text[:1].isalnum() or t.low in lex.INTRO_WORDS for t in tokens[:v]):
        return True
    return v > 1 and tokens[v - 1].text == "," and not any(is_verb(tokens, k) for k in range(v - 1))


def sentence_subject(tokens: list[Token], limit: int) -> tuple[int, int, str] | None:
    """The subject at the start of a sentence (after an introductory phrase), ending before token limit."""
    i = _after_dateline(tokens, limit)
    while i < limit and tokens[i].text in '([—–-"“':
        i += 1
    if i < limit and (
        tokens[i].low in lex.INTRO_WORDS
        or tokens[i].low in lex.PREPOSITIONS
        or (tokens[i].low.endswith("ing") and tokens[i].text[:1].isupper())
        or (tokens[i].low.endswith("ly") and tokens[i].low not in lex.LY_NOUNS)  # "Immediately after …,"
    ):
        # "On the eve of the vote, Smith …", "Reading from a text, Smith …"
        comma = next((k for k in range(i, min(limit, i + 16)) if tokens[k].text == ","), None)
        if comma is None and tokens[i].low not in lex.INTRO_WORDS:
            return None
        i = comma + 1 if comma is not None else i + 1
        if comma is not None:
            i = _opening_continues(tokens, i, limit)
    if i >= limit:
        return None
    found = np_forward(tokens, i)
    if found is None:
        return None
    j, kind = found
    if kind == "name":
        # "Smith welcomed the news": the name ends where a past-tense verb begins.
        j = next((k for k in range(i + 1, j) if tokens[k].low.endswith("ed") and tokens[k].text.islower()), j)
    if kind != "pronoun":
        # "Hours later, she …", "Back in 1999, Smith …": a time phrase opens the sentence.
        comma = next((k for k in range(j, min(limit, i + 8)) if tokens[k].text in ",;:"), -1)
        later = np_forward(tokens, comma + 1) if comma >= 0 and tokens[comma].text == "," else None
        timed = any(t.low in lex.TIME_WORDS or t.text[:1].isdigit() for t in tokens[i:comma])
        if (
            later is not None
            and (later[1] == "pronoun" or (timed and later[1] == "name"))
            and (comma == j or timed)
            and not any(is_verb(tokens, k) for k in range(i, comma))
        ):
            i, (j, kind) = comma + 1, later
    return (i, j, kind) if j < limit else None


def _opening_continues(tokens: list[Token], i: int, limit: int) -> int:
    """The index after the pieces that carry on an opening phrase past its comma: a state after a
    town and a further time or place (`At a rally in Dover, Del., on Tuesday, Smith …`)."""
    while i < limit:
        k = i
        while (
            k + 1 < limit
            and tokens[k].text[:1].isupper()
            and len(tokens[k].text) <= 4
            and tokens[k + 1].text == "."
        ):
            k += 2  # "N.H.", "Colo.", "Pa."
        if k > i and k < limit and tokens[k].text == ",":
            i = k + 1
            continue
        if tokens[i].low in lex.SUBORDINATORS and tokens[i].text.islower():
            # `Last month, when I asked him about it, he said`: a clause inside the opening phrase.
            comma = next((m for m in range(i + 1, min(limit, i + 20)) if tokens[m].text == ","), None)
            if comma is not None:
                i = comma + 1
                continue
        if tokens[i].low in lex.PREPOSITIONS and tokens[i].text.islower():
            comma = next((m for m in range(i + 1, min(limit, i + 12)) if tokens[m].text == ","), None)
            if comma is not None and not any(is_verb(tokens, m) for m in range(i, comma)):
                i = comma + 1
                continue
        return i
    return i


def _after_dateline(tokens: list[Token], limit: int) -> int:
    """The index after a dateline opening the story ("WASHINGTON (AP) —", "PARIS, Dec. 8 -"), else 0."""
    for k in range(min(limit, 12)):
        text = tokens[k].text
        if text in "—–-" and k > 0:
            head = [t for t in tokens[:k] if t.text[:1].isalpha()]
            return k + 1 if head and head[0].text.isupper() and len(head[0].text) > 1 else 0
        if text[:1].islower():
            return 0
    return 0


def sentence_tag(text: str, start: int, end: int) -> Found | None:
    """A tag closing the sentence after a quote: `… "a fragment" in the end, Smith said.`

    The tag may be followed by an apposition or an aside after a comma (`…, said Ann Lee, an
    analyst.`, `…, she said, rather than …`): then its comma is not the sentence's last one.
    """
    tokens = tokenize(text, start, min(end, start + 400))
    stop = next(
        (k for k, t in enumerate(tokens) if t.text in ".!?;" and not _abbreviation(tokens, k)), len(tokens)
    )
    tokens = tokens[:stop]
    commas = [k for k, t in enumerate(tokens) if t.text == ","]
    for rank, comma in enumerate(reversed(commas)):
        if len(tokens) - comma > _TAG_AND_ASIDE:
            break
        if rank == 0 and len(tokens) - comma > 14:
            continue  # a long last clause may be an aside after the tag (`…, who teaches law at …`)
        found = _tag_after_comma(text, tokens, comma + 1)
        if found is not None and (rank == 0 or _comma_after(tokens, found)):
            return found
    return None


# How far a tag followed by an aside may stand from the end of its sentence, in tokens.
_TAG_AND_ASIDE = 28


def _tag_after_comma(text: str, tokens: list[Token], i: int) -> Found | None:
    """`said Smith` or `Smith said` starting at token i, right after a comma."""
    if i >= len(tokens) or tokens[i].low in lex.TELL_FORMS:
        return None  # `…, told Reuters.`: who was told is never the speaker
    if tokens[i].low in lex.REPORTING_FORMS and tokens[i].low not in lex.WEAK_VERBS:
        found = np_forward(tokens, i + 1, limit=10)
        if found is None:
            return None
        return Found(span_of(text, tokens, i + 1, found[0]), span_of(text, tokens, i, i + 1), found[1], "tag")
    return subject_then_verb(text, tokens, i, "tag")


def _comma_after(tokens: list[Token], found: Found) -> bool:
    """Whether a comma follows the tag right after its last word (mention or cue)."""
    last = max(found.mention.end, found.cue.end)
    following = next((t for t in tokens if t.start >= last), None)
    return following is not None and following.text == ","


def outer_source(text: str, start: int, end: int) -> Found | None:
    """`Smith said he was "happy" with it, according to the Times.`: a source named at the end of
    the sentence reports everything before it, reported speech and quotes included."""
    tokens = tokenize(text, start, min(end, start + 400))
    stop = next((k for k, t in enumerate(tokens) if t.text in ".!?;" and not _abbreviation(tokens, k)), None)
    if stop is None:
        return None
    tokens = tokens[:stop]
    comma = max((k for k, t in enumerate(tokens) if t.text == ","), default=-1)
    if comma < 0 or len(tokens) - comma > 14:
        return None
    i = comma + 1
    if i + 2 < len(tokens) and tokens[i].low == "according" and tokens[i + 1].low == "to":
        found = _according(text, tokens, i)
        return found if found is not None and found.mention.end == tokens[-1].end else None
    return None


def _abbreviation(tokens: list[Token], k: int) -> bool:
    return (
        tokens[k].text == "." and k > 0 and len(tokens[k - 1].text) <= 3 and tokens[k - 1].text[:1].isupper()
    )


def any_subject(text: str, ranges: list[tuple[int, int]]) -> Found | None:
    """The subject at the start of the sentence, as a last resort for a quoted fragment inside it."""
    tokens = [t for a, b in ranges for t in tokenize(text, a, b)]
    subject = sentence_subject(tokens, len(tokens))
    if (
        subject is None
        or subject[2] not in ("name", "pronoun")
        or subject[1] - subject[0] > 4
        or not (tokens[subject[0]].text[:1].isupper() or subject[2] == "pronoun")
    ):
        return None
    a, b, kind = subject
    mention = span_of(text, tokens, a, b)
    return Found(mention, Span("", mention.end, mention.end), kind, "sentence-subject")


def transcript_label(text: str, start: int, end: int) -> Found | None:
    """A transcript speaker label in capitals at the start of the quoted text ("WALLACE: …")."""
    match = _TRANSCRIPT_LABEL.match(text, start, min(end, start + 60))
    if match is None or len(match.group()) < 2:
        return None
    colon = text.index(":", match.end())
    mention = Span(match.group(), match.start(), match.end())
    return Found(mention, Span(":", colon, colon + 1), "name", "transcript")


def _signature(text: str, tokens: list[Token], i: int) -> Found | None:
    """`"…" — Jane Doe`: a name alone after a dash signs the quote (pull quotes, reader comments)."""
    found = np_forward(tokens, i, limit=6)
    if found is None or found[1] != "name" or not capitalised(tokens[i]):
        return None
    j = found[0]
    if not all(t.text[:1].isupper() or not t.text[:1].isalpha() for t in tokens[i:j]):
        return None  # `"…" - Russian for "goodbye"`: a gloss, not a name
    if j < len(tokens) and tokens[j].text not in ".“\"'‘":
        return None  # `"…" - Russian for "goodbye"`: a gloss, not a signature
    dash = tokens[i - 1]
    return Found(span_of(text, tokens, i, j), Span(dash.text, dash.start, dash.end), "name", "signature")
