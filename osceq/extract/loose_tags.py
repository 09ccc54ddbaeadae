"""A loose tag after a quotation that ends on a comma: `"…," Smith riffed.` or `"…," read one sign.`,
a noun phrase and a verb, whatever the verb."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.asides import apposition_after, skip_relative
from osceq.extract.attribution import Found
from osceq.extract.forward_phrases import np_forward
from osceq.extract.speech_tags import past_leading_punctuation
from osceq.extract.tokens import (
    Token,
    abbreviation_dot,
    between_word,
    capitalised,
    holds_no_verb,
    is_word,
    name_end,
    past_verb,
    skip_parenthesis,
    span_of,
    tokenize,
)
from osceq.extract.word_kinds import title_word
from osceq.models import Span


def loose_tag(text: str, start: int, end: int) -> Found | None:
    """`"…," Smith riffed.` or `"…," read one sign.`: after a quotation that ends on a comma, a noun
    phrase and a verb, whatever the verb, are its tag (the comma hands the sentence to the tag).

    Only a short clause that ends the sentence, or goes on after a comma or a preposition, counts.
    """
    tokens = tokenize(text, start, min(end, start + 200))
    i = past_leading_punctuation(tokens)
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
        # `an angry Brenn retaliated`: the name ends the phrase before a verb in the past.
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
    if kind != "pronoun" and not capitalised(tokens[i]) and tokens[i].low not in fw.DETERMINERS:
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
        and token.low not in fw.NOT_NAME_WORDS
        and token.low not in fw.NP_STOP
        and token.low not in fw.DETERMINERS
        and token.low not in fw.OBJECT_PRONOUNS
        and token.low not in fw.PREPOSITIONS
        and token.text not in fw.MODALS
    )


# The determiners that open a speaker described rather than named ("a spokesman for …").
_DESCRIBED_OPENERS = frozenset({"a", "an", "the", "one", "another"})
# Tokens that close a bracket inside a speaker phrase (a ticker `<DRN.T>`, an acronym `(MITI)`).
_BRACKETS = {"(": ")", "<": ">"}
# Lower-case words that join the capitalised words of a list or a title ("Farming and Fishing").
_LIST_JOINS = frozenset({"and", "of", "for"})


def long_tag(text: str, quote_end: int, start: int, end: int) -> Found | None:
    """`"…," Bo Lane, head of the Tanner local 12 said.`, `"…," a clerk at Dorn (UK) Ltd told Reuters.`:
    after a quote ending on a comma, a speaker phrase too long or cluttered for the other tag readers
    (an apposition with no closing comma, a ticker or an acronym in brackets), then a speech verb in
    the past that ends the sentence within a few words (`told Reuters.`, `said in a statement.`).

    The speaker is the name before the first comma or bracket, or the described phrase up to its
    first comma, bracket or relative word. quote_end is the end of the quoted words, start that of
    the closing mark.
    """
    if "," not in (text[quote_end - 1], text[start : start + 1]):
        return None
    tokens = tokenize(text, start, min(end, start + 300))
    i = past_leading_punctuation(tokens)
    stop = next(
        (
            k
            for k in range(i, len(tokens))
            if tokens[k].text in '!?;:"“”' or (tokens[k].text == "." and _ends_at(tokens, k))
        ),
        len(tokens),
    )
    verb = next((k for k in range(i + 1, min(stop, i + 25)) if _tag_verb(tokens, k)), None)
    if verb is None:
        return _verbless_tag(text, tokens, i, stop)
    if not _short_tail(tokens, verb, stop) or tokens[verb - 1].low in fw.RELATIVES:
        return None
    cue = span_of(text, tokens, verb, verb + 1)
    first = tokens[i]
    if first.low in _DESCRIBED_OPENERS and first.text.islower():
        cut = next(
            (k for k in range(i + 1, verb) if tokens[k].text in ",(<" or tokens[k].low in fw.RELATIVES), verb
        )
        if (
            cut < verb
            and tokens[cut].text in "(<"
            and _only_lower_words(tokens, _bracket_end(tokens, cut), verb)
        ):
            return None  # `a Dorn Ltd <DRN.T> spokesman said`: the head noun is past the bracket
        named = _name_ending_at(tokens, cut + 1, verb) if cut < verb and tokens[cut].text == "," else None
        if named is not None:  # `another friend, Mia Ebb told …`: the apposed name speaks
            return Found(span_of(text, tokens, named, verb), cue, "name", "cue-after")
        while cut > i + 1 and tokens[cut - 1].low in fw.PREPOSITIONS:
            cut -= 1  # `a fund manager at <Dorn Trust>`: the phrase stops before the bracketed firm
        return Found(span_of(text, tokens, i, cut), cue, "nominal", "cue-after") if cut - i >= 2 else None
    if (
        not capitalised(first)
        or first.low in fw.NOT_NAME_WORDS
        or first.text.endswith(("'s", "’s", "'", "’"))
    ):
        return None
    j = name_end(tokens, i)
    if j < verb and tokens[j].text in "(<":
        after = _bracket_end(tokens, j)
        if after < verb and tokens[after].text != ",":
            # `Dorn Corp <DC> treasurer Ivo Marsh said`: the bracket sits inside a title before the name
            named = _name_ending_at(tokens, after, verb)
            if named is None:
                return None
            return Found(span_of(text, tokens, named, verb), cue, "name", "cue-after")
    if _bracketed_firm_after(tokens, j, verb):
        # `Ivo Marsh of <Dorn and Co> told Reuters`: the name before the firm in brackets speaks.
        return Found(span_of(text, tokens, i, j), cue, "name", "cue-after")
    if (
        j + 1 < verb
        and tokens[j].text == ","
        and capitalised(tokens[j + 1])
        and all(capitalised(t) or not t.text.isalpha() or t.low in _LIST_JOINS for t in tokens[j + 1 : verb])
    ):
        return None  # `Farming, Fishing and Forests Minister Ivo Marsh said`: a list of capitalised words
    if j == verb or (j < verb and tokens[j].text in ",(<"):
        return Found(span_of(text, tokens, i, j), cue, "name", "cue-after", _role(text, tokens, j, verb))
    return _name_after_title(text, tokens, i, verb, cue)


def _name_after_title(text: str, tokens: list[Token], i: int, verb: int, cue: Span) -> Found | None:
    """`"…," Save Our Parks Now campaign director Bo Lee told …`: a name right before the verb after a
    lower-case title noun, past an organisation's name too cluttered to read (the title and the
    name are the speaker, whatever came before)."""
    k = verb
    while k > i and capitalised(tokens[k - 1]):
        k -= 1
    if k == verb or k - 1 <= i or not tokens[k - 1].text.islower() or not title_word(tokens[k - 1].text):
        return None
    if any(not is_word(t) and t.text not in "$%&-" for t in tokens[i:k]) or not holds_no_verb(tokens, i, k):
        return None  # only words of an organisation's name: no clause, no quote, no comma
    return Found(span_of(text, tokens, k, verb), cue, "name", "cue-after")


# Prepositions that tie a speaker's name to a firm (`Ivo Marsh of <Dorn and Co>`).
_FIRM_LINKS = frozenset({"of", "at", "from", "with"})


def _bracketed_firm_after(tokens: list[Token], j: int, verb: int) -> bool:
    """Whether tokens[j:verb] are a preposition, then capitalised words of a firm, ending on a firm or
    ticker in angle brackets right before the verb (`of <Dorn and Co>`, `at Dorn Ltd <DRN.T>`)."""
    if j + 1 >= verb or tokens[j].low not in _FIRM_LINKS or tokens[j].text != tokens[j].low:
        return False
    bracket = next((k for k in range(j + 1, verb) if tokens[k].text == "<"), None)
    return (
        bracket is not None
        and _bracket_end(tokens, bracket) == verb
        and all(capitalised(t) or t.low in ("and", "&") for t in tokens[j + 1 : bracket])
    )


def _role(text: str, tokens: list[Token], j: int, verb: int) -> str | None:
    """The title after the comma that follows a name ending at j, up to the next comma or bracket or
    the verb (`Ann Lee, Dorn Corp president and chief executive said`)."""
    if j + 1 >= verb or tokens[j].text != ",":
        return None
    end = next((k for k in range(j + 1, verb) if tokens[k].text in ",(<"), verb)
    return span_of(text, tokens, j + 1, end).text if end > j + 1 else None


def _verbless_tag(text: str, tokens: list[Token], i: int, stop: int) -> Found | None:
    """`"…," Ann Lee, analyst at Dorn Securities.`: a full name, perhaps with its title after a comma,
    closing the sentence with no verb at all signs the quote, a tag whose "said" was left out."""
    j = name_end(tokens, i)
    if (
        stop >= len(tokens)
        or tokens[stop].text != "."
        or j - i < 2
        or not all(capitalised(t) for t in tokens[i:j] if t.text.isalpha())
        or (j < stop and tokens[j].text != ",")
        or stop - i > 20
        or any(_verb_like(t) for t in tokens[j:stop])
    ):
        return None
    return Found(span_of(text, tokens, i, j), span_of(text, tokens, j, j), "name", "cue-after")


def _verb_like(token: Token) -> bool:
    """A word that may be the verb of a clause: a reporting form, an auxiliary, a modal or a past form."""
    return (
        token.low in lex.REPORTING_FORMS
        or token.low in fw.PASSIVE_AUXILIARIES
        or token.low in ("has", "have", "had", "does", "do", "did")
        or token.text in fw.MODALS
        or past_verb(token)
        or (token.text.islower() and token.low.endswith("ing"))
    )


def _short_tail(tokens: list[Token], verb: int, stop: int) -> bool:
    """Whether the words after a tag's verb only say whom it was told, where or when: at most 8
    tokens, or up to 14 opening on a preposition (`said at the start of a hearing on the bill`)
    with no clause of their own (no "that", modal, reporting form or verb in the past)."""
    if stop - verb <= 8:
        return True
    tail = tokens[verb + 1 : stop]
    return (
        stop - verb <= 14
        and tail[0].low in fw.PREPOSITIONS
        and not any(
            t.low == "that" or t.text in fw.MODALS or t.low in lex.REPORTING_FORMS or past_verb(t)
            for t in tail
        )
    )


def _bracket_end(tokens: list[Token], k: int) -> int:
    """The index after the bracket opening at k (`<DRN.T>`, `(MITI)`), or k + 1 if it does not close."""
    close = _BRACKETS[tokens[k].text]
    return next((m + 1 for m in range(k + 1, min(len(tokens), k + 12)) if tokens[m].text == close), k + 1)


def _only_lower_words(tokens: list[Token], a: int, b: int) -> bool:
    return a < b and all(t.text.islower() for t in tokens[a:b])


def _name_ending_at(tokens: list[Token], a: int, b: int) -> int | None:
    """The start of a capitalised name that ends at b after nothing but lower-case words from a
    (`treasurer Ivo Marsh`, `Ivo Marsh`)."""
    k = a
    while k < b and tokens[k].text.islower():
        k += 1
    return k if k < b and capitalised(tokens[k]) and name_end(tokens, k) == b else None


def _ends_at(tokens: list[Token], k: int) -> bool:
    """Whether the dot at k ends the sentence: not after an initial, a title or a short capitalised
    word ("N.A.", "Co."), and not inside a bracket (`<DRN.T>`)."""
    if abbreviation_dot(tokens, k) or (len(tokens[k - 1].text) <= 3 and tokens[k - 1].text[:1].isupper()):
        return False
    opened = [t.text for t in tokens[:k] if t.text in _BRACKETS or t.text in _BRACKETS.values()]
    return not opened or opened[-1] not in _BRACKETS


def _tag_verb(tokens: list[Token], k: int) -> bool:
    """A lower-case speech verb in the past ("said", "told", "added"), the verb of a tag."""
    token = tokens[k]
    return (
        token.text.islower()
        and token.low in lex.INVERTING_FORMS
        and (token.low in ("said", "told", "wrote") or past_verb(token))
        and token.low not in lex.NOUN_LIKE_FORMS
    )
