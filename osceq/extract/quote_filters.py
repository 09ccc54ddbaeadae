"""Quotations that are no speech: titles of works and shows, glosses, nicknames and digest
headlines, and the quotation with no cue too short to stand as a statement."""

from __future__ import annotations

import re
from functools import lru_cache

from osceq.extract.letter_cases import any_case, any_case_pattern
from osceq.extract.named_texts import named_text
from osceq.extract.quote_drafts import Draft
from osceq.extract.quote_kinds import looks_like_title
from osceq.extract.quote_sentences import SENTENCE_BREAK
from osceq.extract.rating_words import RATED_THINGS, RATING_CONTEXT, RATING_NOUNS, RATINGS
from osceq.extract.wording_appositives import names_the_wording

# Evidence that names a speaker outright; everything else is an inference from nearby sentences.
EXPLICIT_EVIDENCE = frozenset({"cue-after", "cue-before", "according-to", "transcript", "signature", "label"})


def keep(text: str, draft: Draft) -> bool:
    """Whether a quotation is worth reporting: attributed, or long enough to be a statement."""
    if (
        draft.kind == "partial"
        and draft.evidence not in ("cue-after", "according-to")
        and looks_like_title(text[draft.start : draft.end])
        and not _named_by_speaker(text, draft)
    ):
        # a title or a name in quotes, not something somebody said (but words quoted from a source
        # named by a cue after them or by "according to" are that source's report)
        return False
    if (
        _gloss_or_nickname(text, draft)
        or (_single_quoted_subhead(text, draft) and story_quotes_in_doubles(text))
        or _headline_byline(text, draft)
        or _work_title(text, draft)
        or _programme(text, draft)
        or _named_work(text, draft)
        or _described_thing(text, draft)
        or _linked_or_dated(text, draft)
        or _displayed_words(text, draft)
        or _stock_rating(text, draft)
        or named_text(text, draft)
    ):
        return False
    words = len(text[draft.start : draft.end].split())
    if draft.found is None:
        return words >= 6 or _worded_after(text, draft)
    # A word or two lent the speaker of another quote is a term or scare quotes far more often than
    # that speaker's words (`said Lee, whose firm builds "slow" boats`), unless it closes a statement
    # (`added "and soon."`) or the other quote's tag closes the fragment's own sentence.
    return (
        words > 2
        or draft.kind != "partial"
        or text[draft.end - 1] in ".!?"
        or draft.evidence not in _LENT_EVIDENCE
        or _tagged_later_in_sentence(text, draft)
    )


# The start of an aside right after the quote: `…," a quip several reporters heard her repeat`.
_ASIDE_AFTER = re.compile(r"\s*,?\s*((?:a|an|the)\s+[a-z]+\s+[a-z]+)")


def _worded_after(text: str, draft: Draft) -> bool:
    """Whether an aside about the quote's wording follows it (`…," a line his players repeated`): the
    words are somebody's, quoted, though short and unattributed."""
    aside = _ASIDE_AFTER.match(text, draft.pair.close_end)
    return aside is not None and names_the_wording(aside.group(1))


def _tagged_later_in_sentence(text: str, draft: Draft) -> bool:
    """`… up "sharply" and profits to "hold," Lee said`: the tag of a later quote of the same sentence
    reports the whole sentence, the first fragment too."""
    found = draft.found
    return (
        found is not None
        and draft.pair.close_end <= found.cue.start <= draft.end + _LONGEST_SENTENCE
        and SENTENCE_BREAK.search(text, draft.end - 1, found.cue.start) is None
    )


# Evidence that lends a quote the speaker of another quote of its paragraph.
_LENT_EVIDENCE = frozenset({"paragraph", "previous-sentence"})
# Farther than this from a tag, a fragment is in another sentence (and no search runs that far).
_LONGEST_SENTENCE = 400

# Reporting verbs that give a name (the cue is always one of the reporting forms, so a stem will do).
_NAMING_STEMS = ("call", "dub", "brand", "label", "term")


def _named_by_speaker(text: str, draft: Draft) -> bool:
    """`he called Ebner "Little Tomas"`: a speaker's own naming verb a few words before the quote
    makes a capitalised phrase a name the speaker gave, not the title of a work."""
    found = draft.found
    if (
        found is None
        or draft.evidence != "cue-before"
        or not found.cue.text.lower().startswith(_NAMING_STEMS)
    ):
        return False
    return (
        0 < draft.pair.open_start - found.cue.end <= 30
        and len(text[found.cue.end : draft.pair.open_start].split()) <= 3
    )


# A broadcaster's possessive: an acronym or a word naming a channel last (`KXTV's`, `Harbour News's`).
_BROADCASTER = any_case(
    r"(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}(?:[A-Z]{2,}|[Cc]hannel|[Nn]etwork|News|Radio|TV)['’]s?\s+"
)
_OF_BEFORE = re.compile(rf"\b(?:of|titled|entitled)\s*(?P<broadcaster>{_BROADCASTER})?$")


def _work_title(text: str, draft: Draft) -> bool:
    """`a co-author of "Salt and Iron: A Life on the Docks of Reno."`: capitalised words
    after "of" or "titled" name a work, however long, when no cue of their own says them; after "of"
    and a broadcaster's possessive (`the host of KXTV's "Morning Tide," said`) they name a show
    whatever cue follows."""
    if draft.kind != "partial":
        return False
    before = _OF_BEFORE.search(text, max(0, draft.pair.open_start - 60), draft.pair.open_start)
    if before is None or (draft.evidence in EXPLICIT_EVIDENCE and before.group("broadcaster") is None):
        return False
    return looks_like_title(text[draft.start : draft.end].rstrip(".,").replace(":", " "))


# "on", "with" or "told", and perhaps a network's possessive, right before the opening mark.
_PROGRAMME_BEFORE = any_case_pattern(
    r"\b(?:[Oo]n|[Ww]ith|told)\s+"
    r"(?:(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}(?:(?P<network>[A-Z]{2,}|[Cc]hannel|[Nn]etwork|News|Radio|TV)|[A-Z][\w.&-]*)"
    r"['’]s?\s+)?$"
)
# A show named by one word or more, every word capitalised (`Tidewatch`, `Today`).
_SHOW_NAME = any_case_pattern(r"(?:[A-Z][\w'’&-]*\s+){0,7}[A-Z][\w'’&-]*[.,]?")


def _programme(text: str, draft: Draft) -> bool:
    """`Speaking on KXTV's "Harbour Hour," Lee said`, `Lee told "Reno at Noon"`: a title after "on",
    "with" or "told" names a show or a paper where somebody spoke, whatever tag follows it. After a
    broadcaster's possessive (`told KXTV's "Today"`), a single capitalised word is a show's name too."""
    opening = draft.pair.open_start
    before = _PROGRAMME_BEFORE.search(text, max(0, opening - 60), opening)
    if before is None:
        return False
    content = text[draft.start : draft.end]
    return looks_like_title(content) or (
        before.group("network") is not None and _SHOW_NAME.fullmatch(content) is not None
    )


# A kind of work right before the opening mark (`his 2012 book, "…"`, `the documentary "…"`), or
# right after the closing one as its apposition (`"…," a biography by Ann Lee`).
_WORK_NOUNS = (
    r"(?:album|biography|book|column|documentary|essay|film|memoir|movie|musical|novel|opera|play"
    r"|podcast|poem|program|programme|series|sitcom|song|thriller)s?"
)
_WORK_BEFORE = re.compile(rf"\b{_WORK_NOUNS},?\s*$")
# A measure's name between "the" and the noun: `the "Clean Slate" bill`.
_MEASURE_BEFORE = re.compile(r"\b(?:the|a|its|his|her|their)\s+$")
_MEASURE_AFTER = re.compile(r"\s+(?:bill|act|law|amendment|measure|plan|proposal|rule|initiative)s?\b")
_WORK_AFTER = re.compile(rf",?\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){{0,2}}{_WORK_NOUNS}\b")
# Up to a dozen words, each capitalised but for small joining words (`Salt and Iron`).
_CAPITALISED_WORDS = any_case_pattern(
    r"(?:[A-Z0-9][\w’'&-]*[:,]?\s+|(?:a|an|and|at|for|in|of|on|or|the|to)\s+){0,11}"
    r"[A-Z0-9][\w’'&-]*[.,!?]?"
)


def _named_work(text: str, draft: Draft) -> bool:
    """`her 2014 book, "A Quiet Shore."`, `the documentary "Perrin."`, `"Salt and Iron," a memoir`:
    capitalised words named as a book, a film or a song are its title, whatever cue the sentence
    has (a statement quoted from a book is no title: it is not all capitalised)."""
    content = text[draft.start : draft.end]
    if _CAPITALISED_WORDS.fullmatch(content) is None:
        return False
    opening = draft.pair.open_start
    if _WORK_BEFORE.search(text, max(0, opening - 30), opening) is not None:
        return True
    if _MEASURE_BEFORE.search(text, max(0, opening - 12), opening) and draft.pair.closed:
        return _MEASURE_AFTER.match(text, draft.pair.close_end) is not None  # `the "Safe Streets" bill`
    return draft.pair.closed and _WORK_AFTER.match(text, draft.pair.close_end) is not None


def _described_thing(text: str, draft: Draft) -> bool:
    """`rights to the "pocket modem", which cuts …`: a word or two in the noun slot of a preposition's
    object, which a "which" clause then describes, name a thing (a product, a term), not speech."""
    content = text[draft.start : draft.end].rstrip(",")
    if not draft.pair.closed or len(content.split()) > 3 or not _PLAIN_WORDS.fullmatch(content):
        return False
    opening = draft.pair.open_start
    before = _DETERMINER_BEFORE.search(text, max(0, opening - 12), opening)
    return before is not None and _WHICH_AFTER.match(text, draft.pair.close_end) is not None


# Words with no mark that ends or breaks a sentence (`pocket modem`, `smart-card`).
_PLAIN_WORDS = re.compile(r"[\w'’\- ]+")
# A preposition and a determiner right before the opening mark (`for the "…"`, `of its "…"`): the
# words are a noun phrase's head (not after a naming verb: `what some call the "…"`).
_DETERMINER_BEFORE = re.compile(r"\b(?:for|of|to|in|on|with|from|at)\s+(?:the|a|an|its|their)\s$")
# A "which" clause right after the closing mark, past a comma (`…", which cuts`).
_WHICH_AFTER = re.compile(r",?\s*which\b")


# `Spanish for "witches"`: a language name, then "for".
_GLOSS = any_case_pattern(r"\b(?:[A-Z][a-z]+(?:ish|ian|ese|ic|ch)|Latin|Greek|Hebrew|Yiddish) for\s*$")
# `Juan "Chico" Ortiz`, and with accented letters `José "Pepe" Núñez`.
# (or a name's initials, wherever the name stands: `C.J. "Pete" Roe`)
_NICK_BEFORE = any_case_pattern(r"(?<![.,;:!?]\s)\b[A-ZÀ-Ý][^\W\d_A-Z]+\s$|(?<![\w.])(?:[A-Z]\.){1,3}\s$")
_NICK_AFTER = any_case_pattern(r"\s[A-ZÀ-Ý][^\W\d_A-Z]")


# A quotation mark opening a word: double (“ " '' ``) or single (‘ ').
_DOUBLE_OPENING = re.compile(r"(?:^|(?<=[\s(]))(?:[“\"]|''|``)(?=\w)")
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(]))[‘'](?!')(?=\w)")


@lru_cache(maxsize=4)  # asked of one article's text for each of its subheads
def story_quotes_in_doubles(text: str) -> bool:
    """Whether the story quotes in double marks (US style) rather than single ones (British style)."""
    return len(_DOUBLE_OPENING.findall(text)) > len(_SINGLE_OPENING.findall(text))


def _single_quoted_subhead(text: str, draft: Draft) -> bool:
    """`'A fight from start to finish.'` on a line of its own, in a story that quotes in double
    marks: single marks at the top level are headline style there, so a line that is nothing but a
    single-quoted phrase is a subhead quoting the section below, not a statement in the story."""
    pair = draft.pair
    if not pair.single or not pair.closed:
        return False
    line_start = text.rfind("\n", 0, pair.open_start) + 1
    line_end = text.find("\n", pair.close_end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : pair.open_start].strip() and not text[pair.close_end : line_end].strip(" .")


# A web address (`http://…`, `www.…`) or a bare year in brackets (`(2008)`) right after the mark.
_LINK_OR_YEAR_AFTER = re.compile(r"\s*(?:https?://|www\.|\((?:1[89]|20)\d\d\))")


def _linked_or_dated(text: str, draft: Draft) -> bool:
    """`…: "The museum will close in May." http://example.com/x` quotes a linked story in a digest,
    and `"Stop the Dam" (2008)` dates a poster, a film or a book: a text, not something said, when
    no cue of its own names a speaker."""
    return (
        draft.pair.closed
        and draft.evidence not in EXPLICIT_EVIDENCE
        and _LINK_OR_YEAR_AFTER.match(text, draft.pair.close_end) is not None
    )


_BYLINE = any_case_pattern(r"\s*by\s+(?:the\s+)?[A-Z]")


def _headline_byline(text: str, draft: Draft) -> bool:
    """`—"Museum to close at the end of the year," by the Times' Jane Roe:`: a story's headline with
    its byline, cited in a digest, is a title rather than something somebody said."""
    return (
        draft.pair.closed
        and text[draft.end - 1] == ","
        and draft.evidence not in EXPLICIT_EVIDENCE
        and _BYLINE.match(text, draft.pair.close_end) is not None
    )


def _gloss_or_nickname(text: str, draft: Draft) -> bool:
    """A translation (`Russian for "goodbye."`) or a nickname inside a name (`Juan "Chico" Ortiz`)."""
    words = len(text[draft.start : draft.end].split())
    opening, closing = draft.pair.open_start, draft.pair.close_end
    if words <= 4 and _GLOSS.search(text, max(0, opening - 30), opening):
        return True
    return (
        words <= 2
        and text[draft.end - 1].isalnum()
        and draft.pair.closed
        and _NICK_BEFORE.search(text, max(0, opening - 30), opening) is not None
        and _NICK_AFTER.match(text, closing) is not None
    )


# What a sign, banner or label shows, not what anyone said: `held signs reading "…"`, `a banner that
# read "…"`, `A sign on the door read: "…"`, `boxes labeled in her hand: "…," "…"` (and the
# quotations listed right after the first).
_DISPLAYED_BEFORE = re.compile(
    r"(?:\b(?:signs?|placards?|banners?|posters?|T-shirts?|shirts?|billboards?|stickers?)\b[^.;:!?\"“”\n]{0,80}?"
    r"\b(?:reading|that\s+read|which\s+read|bearing)"
    # a finite "read" only after a sign that is a noun: a determiner before it and no "of" after it
    # (`A sign on the door read: "…"`; not `Lee signs the letter, then reads:`, `no signs of life`)
    r"|\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Tt]wo|[Tt]hree"
    r"|[Ss]everal|[Ss]ome|\d+)\s+(?:[a-z\-]+\s+){0,2}?(?:signs?|placards?|banners?|posters?|billboards?)\b"
    r"(?!\s+of\b)[^.;:!?\"“”\n]{0,80}?\breads?"
    r"|\b(?:are|is|were|was)\s+(?:labeled|labelled|marked|stamped|inscribed)\b[^.;!?\"“”\n]{0,60}?)"
    # the listed ones before: each closed by a comma or followed by "and" (`"A," "B" and "C."`)
    r"[\s:,]*(?:[\"“][^\"“”\n]{1,80}(?:,[\"”]|[\"”],)\s*|[\"“][^\"“”\n]{1,80}[\"”]\s*(?:and|or)\s+)*$"
)


# What _DISPLAYED_BEFORE must match, as a cheap look before it: a sign's noun and "read" or "bearing"
# (its first two branches), or a participle of marking (its third).
_DISPLAY_NOUNS = ("sign", "placard", "banner", "poster", "shirt", "billboard", "sticker")
_DISPLAY_VERBS = ("read", "bearing")
_DISPLAY_PARTICIPLES = ("label", "marked", "stamp", "inscribed")


# Words set on a thing after the quotation (`with "…" written on it`, `"…" was painted across it`).
_WRITTEN_AFTER = re.compile(
    r"[\"”’']?\s+(?:(?:was|were|is|are)\s+)?(?:written|printed|painted|scrawled|stitched|emblazoned|daubed"
    r"|embroidered|etched|carved)\s+(?:on|across|onto|along|over|in\s+(?:red|black|white|large|big|capital))\b"
)
# Right before the quotation: "with", or the start of a sentence for `"…" was painted on …`.
_WITH_OR_BARE = re.compile(r"(?:\bwith\s+|(?:^|[.!?]\s+|\n))$")


def _displayed_words(text: str, draft: Draft) -> bool:
    """Whether the quotation gives the words shown on a sign, banner or label (unless a source is
    credited with reporting them: `According to the Ledger, the men wore shirts that read "…"`)."""
    if draft.evidence == "according-to":
        return False
    opening = draft.pair.open_start
    if _WRITTEN_AFTER.match(text, draft.pair.close_end) and _WITH_OR_BARE.search(
        text, max(0, opening - 6), opening
    ):
        return True  # `held up a sheet with "…" written on it`, `"…" was painted on the wall`
    start = max(0, opening - 400)
    window = text[start:opening]
    if not (
        any(noun in window for noun in _DISPLAY_NOUNS) and any(verb in window for verb in _DISPLAY_VERBS)
    ) and not any(marked in window for marked in _DISPLAY_PARTICIPLES):
        return False  # (most quotes: a cheap look for the words before the full pattern)
    return _DISPLAYED_BEFORE.search(text, start, opening) is not None


# A word of rating a stock in the same sentence before the label, with the stock it rates, or a
# rating's noun right after it (`"hold" rating`).
_RATING_BEFORE = re.compile(rf"\b(?:{RATING_CONTEXT})\b[^.;!?\n]{{0,80}}$", re.IGNORECASE)
_RATING_AFTER = re.compile(rf"[\"”’']?\s+(?:{RATING_NOUNS})\b", re.IGNORECASE)
_RATED_THING = re.compile(RATED_THINGS)
_SENTENCE_START = re.compile(r"[.;!?\n](?=[^.;!?\n]*$)")


def _stock_rating(text: str, draft: Draft) -> bool:
    """Whether the quotation is an analyst's rating of a stock (`keeping her "hold" rating`, `rates
    the shares "buy"`, `upgraded them to "outperform" from "neutral,"`): a label, not speech."""
    words = text[draft.start : draft.end].rstrip(",.").lower()
    if words not in RATINGS:
        return False
    opening = draft.pair.open_start
    if _RATING_AFTER.match(text, draft.pair.close_end):
        return True
    reach = max(0, opening - 120)
    before = _RATING_BEFORE.search(text, reach, opening)
    if before is None:
        return False
    # The stock may come before the rating word in its sentence (`the shares were rated "neutral"`).
    sentence = _SENTENCE_START.search(text, reach, before.start())
    return _RATED_THING.search(text, sentence.end() if sentence else reach, opening) is not None
