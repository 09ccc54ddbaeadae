"""Attribution tags after a quotation: `…," said X` or `…," X said` (with the asides and
appositions that may stand between the name and its verb), a tag that closes
the sentence (`… "a fragment" in the end, Smith said.`), a source cited at its end (`…, according to
the Times.`) and a signature (`"…" — Jane Doe`, read in `signatures.py`)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.asides import apposition_after, skip_relative
from osceq.extract.attribution import Found, according_to, in_words_of
from osceq.extract.forward_phrases import np_forward
from osceq.extract.quoted_as import quoted_as
from osceq.extract.renderings import renders_speech
from osceq.extract.second_roles import second_role_end
from osceq.extract.signatures import signature
from osceq.extract.sources import reported_by
from osceq.extract.subject_objects import adjective_link
from osceq.extract.tag_settings import listener_to_end, long_setting, quoted_as_saying_end
from osceq.extract.tag_verb_positions import TAG_HEAD_LINKS as _TAG_HEAD_LINKS
from osceq.extract.tag_verb_positions import completed_head as _completed_head
from osceq.extract.tag_verb_positions import speech_verb as _speech_verb
from osceq.extract.tag_verb_positions import verb_after_asides as _verb_after_asides
from osceq.extract.tag_verbs import passive_quoted_as, retort
from osceq.extract.tokens import (
    DASHES,
    Token,
    abbreviation_dot,
    between_word,
    capitalised,
    full_stop,
    holds_no_verb,
    past_verb,
    sentence_stop,
    setting_end,
    skip_parenthesis,
    span_of,
    tokenize,
    verb_ends_phrase,
)
from osceq.extract.verb_or_noun import is_verb

_LEADING_PUNCTUATION = frozenset(",—–-…―")


def past_leading_punctuation(tokens: list[Token]) -> int:
    """The index of the first token after the punctuation (`,` `—` `…`) that follows a closing mark."""
    i = 0
    while i < len(tokens) and tokens[i].text in _LEADING_PUNCTUATION:
        i += 1
    return i


def after_quote(text: str, start: int, end: int) -> Found | None:
    """A cue right after a closing mark, `…," said X` or `…," X said`, within text[start:end]."""
    tokens = tokenize(text, start, min(end, start + 400))
    i = past_leading_punctuation(tokens)
    if i >= len(tokens):
        return None
    if i > 0 and tokens[i - 1].text in DASHES:
        signed = signature(text, tokens, i)
        if signed is not None:
            return signed
    first = tokens[i]
    if first.low == "according" and i + 1 < len(tokens) and tokens[i + 1].low == "to":
        # `"…" According to X, …` opens a sentence of its own, with its own report.
        return according_to(text, tokens, i) if first.text.islower() else None
    if first.text == "in":
        return in_words_of(text, tokens, i)  # `…," in the words of one senator.`
    found = None
    if first.text == "as" and i + 1 < len(tokens):
        # `…," as Ann Lee said on Monday`, `…," as she put it.`: an "as"-clause tags the quote.
        found = _subject_then_verb(text, tokens, i + 1, "cue-after")
        return found if found is not None and not _verb_goes_on(tokens, found.cue.end) else None
    if first.low in lex.INVERTING_FORMS:
        found = _inverted(text, tokens, i)
    if found is None and (first.low not in lex.REPORTING_FORMS or capitalised(first)):
        # `…," State Department spokesman Ann Lee said`: a capitalised form may open a name.
        found = _subject_then_verb(text, tokens, i, "cue-after")
    return _outer_source(text, tokens, found) if found is not None else None


def _verb_goes_on(tokens: list[Token], cue_end: int) -> bool:
    """`…" as he promised to cut taxes`, `…," as it suggests the possibility`: a verb with an object
    or a clause after it makes the "as" one of time or cause, not a tag of the quote. A tag's verb
    ends its clause or goes on only with a time, a place or the person told (`as Lee told reporters`)."""
    k = next((m for m, t in enumerate(tokens) if t.start >= cue_end), len(tokens))
    if k >= len(tokens) or tokens[k - 1].low in lex.TELL_FORMS:
        return False
    following = tokens[k]
    return not (
        not following.text[:1].isalnum()
        or following.low == "it"  # `as Lee put it`
        or (following.low in fw.PREPOSITIONS and following.low != "like")
        or following.low in fw.TIME_WORDS
        or following.low in fw.TIME_NOUNS
        or following.low in fw.BETWEEN_WORDS
        or (following.low.endswith("ly") and following.text.islower())
        or (
            following.low in ("to", "last", "this")
            and k + 1 < len(tokens)
            and _time_or_listener(tokens[k + 1])
        )
    )


def _time_or_listener(token: Token) -> bool:
    """`to reporters`, `last week`, `this month`: the word after "to", "last" or "this" in a tag."""
    return (
        token.low in fw.TIME_NOUNS or (token.text.islower() and token.low.endswith("s")) or capitalised(token)
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
        and after.low not in fw.DETERMINERS
    ):
        return None  # `…" comments were`: a noun after the quote, not `…," notes Smith`
    if i + 1 < len(tokens) and tokens[i + 1].low == tokens[i].low:
        i += 1  # `…," said said Lee`: a doubled word is a slip of the keyboard
    found = np_forward(tokens, i + 1, limit=10)
    if found is None:
        return None
    j, kind = found
    if kind in ("nominal", "name"):
        j = second_role_end(tokens, i + 1, j)  # `…," said the head of Acme and the chair of Brill.`
    if kind == "nominal" and j + 1 < len(tokens) and adjective_link(tokens, j) == j - 1:
        linked = np_forward(tokens, j + 1, limit=8)  # `…," said people familiar with Ann Lee.`
        j = linked[0] if linked is not None and linked[1] != "pronoun" else j
    relative = j - (i + 1) >= 2 and kind != "pronoun" and j < len(tokens) and tokens[j].low == "that"
    if (
        j < len(tokens)
        and (tokens[j].low == "that" or is_verb(tokens, j) or tokens[j].text in fw.MODALS)
        and not relative
        and not _participle_after(tokens, j)
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


def _participle_after(tokens: list[Token], j: int) -> bool:
    """`…," said another analyst, adding`, `…," said the statement quoted by the agency`: a participle
    after the speaker describes it; it is no verb of a clause the phrase would be the subject of."""
    word = tokens[j].low
    if word.endswith("ing"):
        return True
    return word.endswith("ed") and j + 1 < len(tokens) and tokens[j + 1].low == "by"


def _outer_source(text: str, tokens: list[Token], found: Found) -> Found:
    """`…," Smith said, according to a transcript.`: the source the reporter cites wins."""
    for k, tok in enumerate(tokens):
        if tok.start < found.cue.end:
            continue
        if full_stop(tokens, k):
            break
        if (
            tok.low == "according"
            and tokens[k - 1].text == ","
            and k + 1 < len(tokens)
            and tokens[k + 1].low == "to"
        ):
            source = according_to(text, tokens, k)
            return source if source is not None and not renders_speech(source.mention.text) else found
        if tok.text == ",":  # `…," Smith said, CNN reported.`
            end = next((m for m in range(k, len(tokens)) if full_stop(tokens, m)), len(tokens))
            source = reported_by(text, tokens, k + 1, end)
            if source is not None:
                return source
    return found


# Participles that explain a quoted term rather than open a clause with its speaker.
_GLOSSES = frozenset(["meaning", "referring", "signifying", "denoting"])


def _subject_then_verb(text: str, tokens: list[Token], i: int, evidence: str) -> Found | None:
    """`X said`, `X, a title, said` or `it added` starting at token i."""
    if tokens[i].low == "it":
        found: tuple[int, str] | None = (i + 1, "pronoun")
    elif tokens[i].low in _GLOSSES:
        return None  # `"…," meaning Western ideas blamed for …`: the words gloss the quote; no subject
    else:
        # (12 tokens: an office of a body before the name, `U.S. Bureau of Land Affairs Acting
        # Director Ada Roe said`, runs past 10, the dots of "U.S." counted.)
        found = np_forward(tokens, i, limit=12)
    if found is None:
        return None
    j, kind = found
    # `Lee shot back`: a phrase read forward takes "shot" for a noun; the retort ends it.
    j = next((k for k in range(i + 1, j) if retort(tokens, k)), j)
    if kind != "pronoun" and (tokens[i].low in fw.DETERMINERS or capitalised(tokens[i])):
        # `…," the email read.`: a verb that can be a noun ends the phrase before the sentence does,
        # also after a phrase completing the head (`…," a message on the website reads.`).
        end = j
        if kind == "nominal" and j + 1 < len(tokens) and tokens[j].low in _TAG_HEAD_LINKS:
            completion = np_forward(tokens, j + 1, limit=8)
            if (
                completion is not None
                and completion[1] != "pronoun"
                and holds_no_verb(tokens, j + 1, completion[0] - 1)
            ):
                end = completion[0]
        if verb_ends_phrase(tokens, i, end):
            return Found(
                span_of(text, tokens, i, end - 1), span_of(text, tokens, end - 1, end), kind, evidence
            )
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
    if passive_quoted_as(tokens, k):
        k += 1  # `…," Lee is quoted as saying.`, `…," Lee was quoted by a paper as saying`: Lee speaks
    elif not _speech_verb(tokens, k) and kind in ("name", "nominal"):
        k = _verb_after_asides(tokens, after)
    quoted = quoted_as(tokens, k)
    if quoted is not None:  # `…," the agency quoted Lee as saying.`: Lee speaks
        return Found(
            span_of(text, tokens, quoted[0], quoted[1]), span_of(text, tokens, k, k + 1), quoted[2], evidence
        )
    if _speech_verb(tokens, k):
        return Found(
            span_of(text, tokens, i, j),
            span_of(text, tokens, k, k + 1),
            kind,
            evidence,
            role[0] if role else None,
        )
    return None


def sentence_tag(text: str, start: int, end: int) -> Found | None:
    """A tag closing the sentence after a quote: `… "a fragment" in the end, Smith said.`

    The tag may be followed by an apposition or an aside after a comma (`…, said Ann Lee, an
    analyst.`, `…, she said, rather than …`): then its comma is not the sentence's last one.
    """
    tokens = tokenize(text, start, min(end, start + 400))
    stop = sentence_stop(tokens)
    tokens = tokens[:stop] if stop is not None else tokens
    commas = [k for k, t in enumerate(tokens) if t.text == ","]
    # `…, Ann Lee, the head of the union, said.`: a tag with commas of its own, from the earliest
    # comma whose tag runs to the sentence's end.
    whole: Found | None = None
    for rank, comma in enumerate(reversed(commas)):
        if len(tokens) - comma > _TAG_AND_ASIDE:
            break
        found = _tag_after_comma(text, tokens, comma + 1)
        if rank == 0 and len(tokens) - comma > 14:
            # A long last clause may be an aside after the tag (`…, who teaches law at …`), or a
            # long tag (`…, the head of the union and the chair of the board said.`).
            whole = found if found is not None and _ends_sentence(tokens, found, text) else whole
            continue
        if found is not None and (rank == 0 or _comma_after(tokens, found)):
            return found
        if found is not None and _ends_sentence(tokens, found):
            whole = found
    return whole


# How far a tag followed by an aside may stand from the end of its sentence, in tokens.
_TAG_AND_ASIDE = 28


def _tag_after_comma(text: str, tokens: list[Token], i: int) -> Found | None:
    """`said Smith` or `Smith said` starting at token i, right after a comma."""
    if i >= len(tokens) or tokens[i].low in lex.TELL_FORMS:
        return None  # `…, told Reuters.`: who was told is never the speaker
    if tokens[i].low in lex.INVERTING_FORMS and not tokens[i].low.endswith("ing"):
        # (A participle never inverts: in `…, noting the nominee "…"` the phrase after it is its object.)
        found = np_forward(tokens, i + 1, limit=10)
        if found is None:
            return None
        return Found(span_of(text, tokens, i + 1, found[0]), span_of(text, tokens, i, i + 1), found[1], "tag")
    return _subject_then_verb(text, tokens, i, "tag")


def _ends_sentence(tokens: list[Token], found: Found, text: str = "") -> bool:
    """Whether the tag's last word (mention or cue) ends the sentence, or only a setting follows
    (a long one with the text: `said in a speech prepared for …`, `was quoted as saying by …`)."""
    last = max(found.mention.end, found.cue.end)
    k = next((m for m, t in enumerate(tokens) if t.start >= last), len(tokens))
    if setting_end(tokens, k) >= len(tokens):
        return True
    if not text or not tokens:
        return False
    if found.cue.text.lower() in lex.TELL_FORMS and listener_to_end(text, last, tokens[-1].end):
        return True  # `…, Ann Lee told reporters.`
    last = quoted_as_saying_end(text, found.cue.start, found.cue.end) or last
    return long_setting(text, last, tokens[-1].end)


def _comma_after(tokens: list[Token], found: Found) -> bool:
    """Whether a comma follows the tag right after its last word (mention or cue)."""
    last = max(found.mention.end, found.cue.end)
    k = next((m for m, t in enumerate(tokens) if t.start >= last), len(tokens))
    k = setting_end(tokens, k)  # `…, Lee said at a town hall on Monday, …`
    return k < len(tokens) and tokens[k].text == ","
