"""A quotation that stands as a sentence of its own, tagged by the next sentence pointing back at
it: `"…" Those were the words of Ann Lee, on a call.`, `"…" The comment came from an aide.`, `"…" So
said Ann Lee.` The sentence must plainly take the words back; one that only goes on reporting
(`"…" Lee said that the tax was unfair.`) tags nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from osceq.extract import function_words as fw
from osceq.extract import pointing_words as pw
from osceq.extract import reporting as lex
from osceq.extract.attribution import Found
from osceq.extract.forward_phrases import np_forward
from osceq.extract.given_names import is_given_name
from osceq.extract.how_tags import how_tag
from osceq.extract.names import parse_mention
from osceq.extract.quote_drafts import Draft
from osceq.extract.quotemarks import Pair
from osceq.extract.sources import owner_before
from osceq.extract.tokens import PRONOUN_SUBJECTS, Token, capitalised, full_stop, past_verb, span_of, tokenize
from osceq.extract.word_kinds import person_noun, title_word
from osceq.models import Block

# Speakers a quote is given from outside its own sentence and its paragraph's tags (a speaker carried
# on from an earlier paragraph or sentence): a guess that a next sentence naming the source overrules.
GUESSED_FROM_BEFORE = frozenset({"carry-over", "previous-sentence"})
_ARTICLES = frozenset({"the", "a", "an"})
# What the text before a quotation opening its own sentence ends with (nothing, a sentence, a dateline).
_SENTENCE_OPENS = frozenset({"", ".", "!", "?", "—", "–", "-"})
# How far past the quotation the pointing sentence is read.
_REACH = 320


def pointed_after(text: str, block: Block, draft: Draft, others: Sequence[Draft]) -> Found | None:
    """A next sentence pointing back at a quotation that is a sentence of its own, read last, for a
    quote no other path attributes or gives a speaker only guessed from before (others: the
    paragraph's other quotations)."""
    pair, end = draft.pair, draft.end
    if (
        ((draft.evidence != "none" or draft.found is not None) and draft.evidence not in GUESSED_FROM_BEFORE)
        or not pair.closed
        or text[block.start : pair.open_start].rstrip()[-1:] not in _SENTENCE_OPENS
        or text[end - 1 : end] not in (".", "?", "!")
        or any(other.pair.open_start < pair.open_start or _named_before(other, pair) for other in others)
    ):
        return None  # (a speaker the paragraph names before is its own; a quote before may be the one meant)
    following = text[pair.close_end : pair.close_end + 2]
    if following[:1] != " " or not following[1:].isupper():
        return None  # (a quote closing its paragraph, or a lower-case word going on with its sentence)
    right = min([o.pair.open_start for o in others if o.pair.open_start > pair.open_start] + [block.end])
    tokens = tokenize(text, pair.close_end, min(right, pair.close_end + _REACH))
    stops = [k for k in range(len(tokens)) if full_stop(tokens, k)][:2]
    question = text[end - 1] == "?"
    # (a sentence running into the next quotation is read up to it: `… an aide, who added that "…"`)
    first = tokens[: stops[0] + 1] if stops else tokens
    found = _words_of(text, first, question) or (None if question else _said_it(text, first))
    if found is None and not question and len(stops) > 1 and _describes_words(first):
        # `"…" It is a line the campaign has leaned on all week. Lee said it again on Tuesday.`
        found = _said_it(text, tokens[stops[0] + 1 : stops[1] + 1])
    if found is None and first and first[0].low in ("that", "this"):
        found = how_tag(text, first[0].end, right)  # `"…" That was how Lee put it.`, a question too
    if found is None and not question and first and first[0].low in ("that", "this", "those", "it"):
        found = _owners_words(text, first)
    if found is None or not _same_subject(text, block.start, pair.open_start, found):
        return None
    if draft.evidence in GUESSED_FROM_BEFORE and (
        found.kind == "pronoun" or any(t.low in pw.ALSO_WORDS for t in first)
    ):
        return None  # `That was how she put it.`, `The line came from Ann Lee as well.`: the guess stands
    return found


def _same_subject(text: str, start: int, end: int, found: Found) -> bool:
    """Whether the sentences of the quote's paragraph before it (start to end) have no person as
    subject, or only the one found names again (`Ann Lee was undaunted. "…" Ann Lee said it again`):
    `Ann Lee was undaunted. "…"` then `He said it twice more` or `Reed said it …` is none of theirs."""
    tokens = tokenize(text, start, end)
    opening = [0] + [k + 1 for k in range(len(tokens)) if full_stop(tokens, k)]
    for k in opening:
        phrase = np_forward(tokens, k) if k < len(tokens) else None
        if phrase is None or not _a_person(tokens, k, phrase[0], phrase[1]):
            continue
        named = [t.text for t in tokens[k : phrase[0]] if capitalised(t)]
        if found.kind != "name" or not named or named[-1] != found.mention.text.split()[-1]:
            return False
    return True


def _a_person(tokens: list[Token], k: int, end: int, kind: str) -> bool:
    """Whether the phrase from token k to end may be a person (a name not written in capitals, as a
    dateline is; he, she, I, we, they; a person noun or title)."""
    if kind == "pronoun":
        return tokens[k].low in ("he", "she", "i", "we", "they")
    if kind == "name":
        return tokens[k].low not in _ARTICLES and not all(t.text.isupper() for t in tokens[k:end])
    return person_noun(tokens[end - 1].low) or title_word(tokens[end - 1].low)


def _named_before(other: Draft, pair: Pair) -> bool:
    """Whether another quotation's speaker is named before the quotation of pair (a later one's own
    tag, `… an aide, who added that "…"`, may be the pointing sentence's)."""
    return other.found is not None and other.found.mention.start < pair.open_start


def _owners_words(text: str, tokens: list[Token]) -> Found | None:
    """`That is Ann Lee's answer, most days, when …`, `Those were Lee's words`, `It is the whole of
    Lee's answer`: the possessor of a noun for the words, which the sentence says they are."""
    low = [t.low for t in tokens[:12]]
    if len(low) < 3 or low[1] not in ("is", "was", "were", "are", "remains"):
        return None
    noun = next((k for k in range(2, len(low)) if low[k] in pw.OWNED_WORDING), None)
    owner = owner_before(tokens, noun) if noun is not None else None
    if noun is None or owner is None or owner[2] != "name" or owner[0] < 2:
        return None
    if any(t.low not in pw.BEFORE_OWNER for t in tokens[2 : owner[0]]):
        return None  # `That is the end of Lee's answer`: the words are not all of it
    return Found(
        span_of(text, tokens, owner[0], owner[1]), span_of(text, tokens, noun, noun + 1), "name", "cue-after"
    )


def said_below(text: str, end: int, pair: Pair, own: Block, below: Block) -> Found | None:
    """`"… Ask anybody."` closing its paragraph (its text ends at end), then `He said it twice more
    before …` opening the next: a first sentence there giving the words again tags them."""
    if (
        not pair.closed
        or text[end - 1 : end] not in (".", "!")
        or not text[below.start : below.start + 1].isupper()
    ):
        return None
    tokens = tokenize(text, below.start, min(below.end, below.start + _REACH))
    stop = next((k for k in range(len(tokens)) if full_stop(tokens, k)), None)
    found = None if stop is None else _said_it(text, tokens[: stop + 1])
    return found if found is not None and _same_subject(text, own.start, pair.open_start, found) else None


def _words_of(text: str, tokens: list[Token], question: bool) -> Found | None:
    """`Those were the words of Ann Lee`, `The comment came from an aide`, `That quote from Lee …`,
    `So said Lee`: the person the sentence names as the words' source (a question is only its asker's:
    `The question came from a reporter`)."""
    nouns = pw.QUESTION_NOUNS if question else pw.WORDING_NOUNS
    low = [t.low for t in tokens]
    if low[:2] in (["so", "said"], ["so", "says"]) and not question:
        return _person(text, tokens, 2, 1)
    if len(low) > 5 and low[0] in ("those", "these") and low[1:3] in (["were", "the"], ["are", "the"]):
        return _person(text, tokens, 5, 3) if low[3] in nouns and low[4] == "of" else None
    if len(low) < 4 or low[0] not in pw.POINTING_DETERMINERS or low[1] not in nouns:
        return None
    k = 3 if low[2] in ("came", "comes", "come") else 2
    return _person(text, tokens, k + 1, 1) if low[k] == "from" else None


def _said_it(text: str, tokens: list[Token]) -> Found | None:
    """`Lee said it again on Tuesday.`, `He said it twice more before …`, `Lee said that at a forum,
    and …`: a subject who gives the words again, taken back by "it" or "that" with no more than how
    often, where and when after them (`Lee said that the tax was unfair` reports something new)."""
    phrase = np_forward(tokens, 0)
    if phrase is None:
        return None
    v = phrase[0]
    while v < len(tokens) and v - phrase[0] < 2 and tokens[v].low in pw.BEFORE_VERB:
        v += 1
    if v + 1 >= len(tokens) or tokens[v].low not in pw.GIVING_VERBS or tokens[v].text.istitle():
        return None
    if tokens[v + 1].low not in pw.POINTING_OBJECTS or not _plain_tail(tokens, v + 2):
        return None
    found = _person(text, tokens, 0, v)
    return None if found is None or found.mention.end > tokens[v].start else found


def _plain_tail(tokens: list[Token], k: int) -> bool:
    """Whether the words from token k to the sentence's end only say how often, where or when (`again
    on the tarmac in Elm Falls`, `twice more`), up to a clause joined on (`, and he …`, `before …`)."""
    while k < len(tokens):
        token = tokens[k]
        if token.text in ".!?;" or token.low in pw.JOINERS:
            return True
        if token.low in pw.COUNTS and k + 1 < len(tokens) and tokens[k + 1].low in pw.SPANS:
            k += 2  # `…, a day after …`: how long before or after
            continue
        if token.text == ",":
            after = tokens[k + 1].low if k + 1 < len(tokens) else "and"
            if after not in _GOES_ON and after not in fw.PREPOSITIONS:
                return False  # `Lee said that on Monday, the tax …`: a clause of its own
            k += 1
        elif token.low in pw.HOW_OFTEN or token.low in fw.TIME_WORDS or token.text.isdigit():
            k += 1
        elif token.low in fw.PREPOSITIONS or token.low in fw.TIME_HEADS or token.low in fw.TIME_NOUNS:
            k = _setting(tokens, k)
            if k < 0:
                return False
        else:
            return False
    return False  # (no end: the sentence runs into a quotation, `Lee said that "…"`)


# Words after a comma that keep the tail a setting, and words that end one setting.
_GOES_ON = pw.JOINERS | pw.HOW_OFTEN | pw.COUNTS
_SETTING_BREAKS = fw.TIME_HEADS | pw.JOINERS | pw.HOW_OFTEN
# The most words a setting's noun phrase holds after its preposition (`at a candidates' forum`).
_MOST_SETTING_WORDS = 4


def _setting(tokens: list[Token], k: int) -> int:
    """The end of one setting opening at k (`on the tarmac`, `in Elm Falls`, `last week`, `Tuesday`):
    a preposition or a time word and a short phrase with no verb, ending where a mark, a joiner, a
    time word or the next preposition comes; -1 when a clause goes on (`on Monday voters …`)."""
    start = k + 1 if tokens[k].low in fw.PREPOSITIONS or tokens[k].low in fw.TIME_HEADS else k
    j = start
    while j < len(tokens) and (tokens[j].text[:1].isalnum() or tokens[j].text in ("'", "’", "-")):
        word = tokens[j]
        if j > start and (word.low in _SETTING_BREAKS or word.low in fw.PREPOSITIONS):
            break
        if past_verb(word) or word.low in lex.REPORTING_FORMS or word.text in fw.MODALS:
            return -1
        if word.low in PRONOUN_SUBJECTS or word.low in fw.RELATIVES or word.low == "that":
            return -1
        ended = (
            tokens[j - 1].low in fw.TIME_NOUNS or capitalised(tokens[j - 1]) or tokens[j - 1].text.isdigit()
        )
        if j > start and ended and not capitalised(word) and word.low not in fw.TIME_NOUNS:
            return -1  # `on Tuesday voters want …`: a name, a day or a year ends the phrase
        j += 1
    words = sum(token.text[:1].isalnum() for token in tokens[start:j])
    return j if 0 < words <= _MOST_SETTING_WORDS else -1


def _describes_words(tokens: list[Token]) -> bool:
    """`It is a line the campaign has leaned on all week.`, `It is the whole of Ann Lee's answer`: a
    sentence that only says what the words are, which the sentence after it may tag."""
    low = [t.low for t in tokens[:12]]
    if len(low) < 3 or low[0] not in ("it", "that", "this") or low[1] not in ("is", "was"):
        return False
    return any(word in pw.REFRAIN_NOUNS for word in low[2:])


def _person(text: str, tokens: list[Token], k: int, cue: int) -> Found | None:
    """The person or person's description opening at token k (he or she, a name that is no title,
    `a committee member`), with the cue at token cue; None for a document or a place."""
    phrase = np_forward(tokens, k)
    if phrase is None:
        return None
    end, kind = phrase
    while end > k + 1 and past_verb(tokens[end - 1]):
        end -= 1  # `That quote from Ann Lee appeared …`: the verb after the name is the sentence's
    mention = span_of(text, tokens, k, end)
    if kind == "pronoun" and tokens[k].low not in ("he", "she"):
        return None
    if kind == "name" and (tokens[k].low in _ARTICLES or parse_mention(mention.text).kind != "person"):
        return None  # `the words of the Constitution`
    if kind == "name" and not _named_person(text, tokens[k:end]):
        return None  # `The warning came from Washington.`, `… from Pelby Police.`: a place or a firm
    if kind == "nominal" and not (person_noun(tokens[end - 1].low) or title_word(tokens[end - 1].low)):
        return None  # `the words of a 1998 speech`
    return Found(mention, span_of(text, tokens, cue, cue + 1), kind, "cue-after")


def _named_person(text: str, tokens: list[Token]) -> bool:
    """Whether a name is surely a person's: a title in it, a known given name before its last word, or
    a lone surname the article gives a person in full (`Ann Lee` … `Lee`; `from Lincoln` may be a place)."""
    words = [t for t in tokens if t.text[:1].isalpha()]
    if len(words) == 1 and capitalised(words[0]):
        full = re.finditer(r"\b([A-Z][a-z]+) " + re.escape(words[0].text) + r"\b", text)
        return any(is_given_name(match.group(1)) for match in full)
    return any(
        title_word(word.low) or (k + 1 < len(words) and capitalised(word) and is_given_name(word.text))
        for k, word in enumerate(words)
    )
