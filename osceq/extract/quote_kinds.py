"""What kind of quotation a pair of marks holds: a direct statement standing on its own, a
partial fragment inside a sentence, or the title of a work."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.asides import apposition_after, skip_relative
from osceq.extract.forward_phrases import np_forward
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.quote_sentences import INVISIBLE
from osceq.extract.quotemarks import Pair
from osceq.extract.tokens import Token, abbreviation_dot, holds_no_verb, is_word, past_verb, tokenize
from osceq.extract.verb_or_noun import is_verb

_SIGNATURE = any_case_pattern(r"[—―–-]\s*[A-Z]")  # `"…" — Jane Doe`
_REFERENCE = re.compile(r"^\s*\[[\w ,.;:-]{1,20}\]")  # a citation mark after a quotation: "…»[1, p.3]"
# Every character str.isspace() takes (what a regex `\s` matches) and the invisible format marks: a
# lead's end is stripped of both with str.rstrip, linear in a long run where a `[…]+$` regex is not.
_BLANK_OR_INVISIBLE = "".join(re.findall(rf"[\s{INVISIBLE}]", "".join(map(chr, range(0x10000)))))
_DASHES = "—―–-"
# A short tag after a quote, then a comma and more of the reported sentence: a that-clause, "only …"
# or another quotation joined by "and" or "but".
_TAG_GOES_ON = re.compile(r"[^.!?;:,\"“”]{3,80}, (?:that\b|only\b|(?:and|but)\s*[\"“‘])")
_INITIALISM_END = any_case_pattern(r"\b[A-Z]\.(?:[A-Z]\.)+$")  # "N.Y.", "R-S.C."


def quote_kind(text: str, pair: Pair, left: int, right: int) -> str:
    """'direct' when the quote stands as a statement of its own, 'partial' when it sits inside a sentence."""
    lead = text[left : pair.open_start].rstrip(_BLANK_OR_INVISIBLE)
    capital = text[pair.open_end : pair.open_end + 1].isupper()
    if _INITIALISM_END.search(lead) and _statement_of_its_own(text, pair):
        lead = ""  # `… in Troy, N.Y. "We won."`: the initialism's dot ended the sentence before
    elif capital and lead[-1:] in (".", "!", "?") and left + len(lead) == pair.open_start:
        lead = ""  # `… on Tuesday."We won," she said`: a mark typed against the full stop opens a sentence
    verb_lead = _verb_then_statement(text, left, left + len(lead), pair)
    tag_lead = bool(lead) and lead[-1] in ",—–-(" and _is_tag(text, left, len(lead) + left, True, capital)
    lead_ok = not lead or lead[-1] == ":" or tag_lead or verb_lead
    if (
        lead[-1:] in ",:"
        and _opens_reported_clause(text, left, left + len(lead))
        and not _own_tag_after(text, pair, right)
    ):
        return "partial"  # `Lee said that once the vote is in, "We will …"`: the quote completes it
    if not lead_ok or (tag_lead and not capital and _object_after_verb(text, left, left + len(lead))):
        return "partial"
    if not pair.closed:
        return "direct"
    if (verb_lead or tag_lead) and text[pair.close_start - 1 : pair.close_start] in ("!", "?"):
        return "direct"  # `the crowd yelled "Lock him up!" at the stage`, `…, they chanted, "Go!" as …`
    tail = _REFERENCE.sub("", text[pair.close_end : right], count=1).lstrip()
    if not tail or tail[0] in ".!?;)" or _SIGNATURE.match(tail):
        return "direct"
    if _statement_before_aside(text, pair, tail) and tag_lead:
        return "direct"  # `Lee said, "We are proud" - the first to say so`: the writer's aside follows
    if (tag_lead or lead[-1:] == ":") and _statement_then_writers_clause(text, pair, right - len(tail)):
        return "direct"  # `Lee said, "We will win," drawing cheers.`
    last = text[pair.close_start - 1] if pair.close_start > pair.open_end else ""
    if last in ".!?…" and tail[0].isupper():
        return "direct"
    if not _is_tag(text, right - len(tail), right, False):
        return "partial"
    return "partial" if goes_on_past_tag(text, pair, right) else "direct"


def writers_words_before(text: str, pair: Pair) -> bool:
    """Whether a word or a comma of the writer's comes right before the opening mark (`But "…"`,
    `Then, "…"`), not a sentence's or paragraph's start or another quotation's end."""
    before = text[max(0, pair.open_start - 40) : pair.open_start].rstrip(" ")
    return before[-1:].isalnum() or before[-1:] == ","


def participle_tag_before(text: str, pair: Pair) -> bool:
    """`…, adding, "…"`, `and telling the crowd, "…"`: a reporting participle of the quote's own
    (with a short object) right before its comma and opening mark."""
    tokens = tokenize(text, max(0, pair.open_start - 80), pair.open_start)
    if len(tokens) < 2 or tokens[-1].text != ",":
        return False
    for k in range(len(tokens) - 2, max(len(tokens) - 8, -1), -1):
        if not is_word(tokens[k]):
            return False
        if tokens[k].low.endswith("ing") and tokens[k].low in lex.REPORTING_FORMS:
            return True
    return False


def writers_words_after(text: str, pair: Pair) -> bool:
    """Whether the writer's sentence goes on right after the closing mark in lower case, with no
    comma or full stop closing the quote first (`"… the river towns" and the like.`)."""
    inside = text[pair.open_end : pair.close_start].rstrip()
    return (
        pair.closed and inside[-1:] not in ",." and _LOWER_WORD_NEXT.match(text, pair.close_end) is not None
    )


_LOWER_WORD_NEXT = any_case_pattern(r" ?[a-z]")


# Words that join a sentence to the one before it without being part of its content.
_CONNECTORS = frozenset({"and", "but", "so", "still", "yet", "then", "also", "however", "now"})


def goes_on_past_tag(text: str, pair: Pair, right: int) -> bool:
    """`"We are worried," she said, that the plan …`: the sentence goes on past a short tag after the
    quote with more of what was said (right: where the next quotation opens), so the quote is one
    piece of it."""
    start = pair.close_end + len(text[pair.close_end : right]) - len(text[pair.close_end : right].lstrip())
    return pair.closed and _TAG_GOES_ON.match(text, start, right + 2) is not None


def finishes_writers_sentence(text: str, left: int, tag: int, pair: Pair) -> bool:
    """`If the bill passes, he said, "it will be too late."`: a quote opening in lower case after a
    tag (starting at tag) set off inside a sentence the writer began finishes that sentence: a fragment.

    left is where the sentence begins; a bare connector before the tag (`But, he said, "…"`) is no
    sentence of the writer's. With no comma after the tag the quote is the verb's whole object
    (`Asked about it, Lee said "we won."`), unless the sentence opens on a condition or a concession
    that the quote completes (`If it passes, Lee said "it will fail."`).
    """
    first = _LETTER.search(text, pair.open_end, pair.open_end + 20)
    if first is None or not first.group().islower():
        return False
    before = text[left:tag].rstrip()
    words = _LETTER_RUN.findall(before)
    if text[tag : pair.open_start].rstrip()[-1:] != ",":
        return before[-1:] == "," and bool(words) and words[0].lower() in _CONDITIONS
    return before[-1:] == "," and any(word.lower() not in _CONNECTORS for word in words)


# Subordinators of a clause that a quote after "X said" goes on to complete.
_CONDITIONS = frozenset({"if", "unless", "although", "though", "because"})


_LETTER = re.compile(r"[^\W\d_]")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _verb_then_statement(text: str, start: int, end: int, pair: Pair) -> bool:
    """`the crowd chanted "USA! USA!"`, `she declared "What a night!"`: a capitalised statement
    right after its reporting verb, with no comma, stands as a whole quotation."""
    tokens = tokenize(text, max(start, end - 80), end)
    if not tokens or not is_verb(tokens, len(tokens) - 1) or tokens[-1].end != end:
        return False
    if tokens[-1].low in _NAMING_VERBS:
        return False  # `a culture called "The Open Door."`, `what he calls "Main Street Radio"`: a name
    if text[pair.open_end : pair.open_end + 1].isupper():
        return True
    # `She says "we worked hard."`: a quote that is the whole object of "say" and ends the sentence.
    return tokens[-1].low in _SAY_FORMS and pair.closed and _closes_sentence(text, pair)


_SAY_FORMS = frozenset({"say", "says", "said"})
# Verbs that give a name rather than report words.
_NAMING_VERBS = fw.NAMING_PARTICIPLES | frozenset(
    ["call", "calls", "calling", "dub", "dubs", "name", "names", "term", "terms"]
)


def _statement_before_aside(text: str, pair: Pair, tail: str) -> bool:
    """A capitalised quote, no title (`headlined -- "Crisis Ends" --`), followed by a dash."""
    content = text[pair.open_end : pair.close_start]
    return tail[:1] in _DASHES and content[:1].isupper() and not looks_like_title(content)


# After a statement that ends on a comma: the writer's participle or coordinated clause (`, drawing
# cheers`, `, presumably meaning …`, `, and left`, `, but she denied it`); not a coordinated phrase
# that goes on with the quote's content (`, and not prepared recipes`).
_WRITERS_CLAUSE = any_case_pattern(
    r"(?:[a-z]+ly\s+)?[a-z]{3,}ing\b|(?:and|but)\s+(?:[a-z]{2,}ed|he|she|they|it|we|I)\b"
)


def _statement_then_writers_clause(text: str, pair: Pair, tail_start: int) -> bool:
    """A capitalised quote closing on a comma, then (at tail_start) a clause of the writer's own, no
    other quotation."""
    inside = text[pair.open_end : pair.close_start].rstrip()
    return inside[:1].isupper() and inside[-1:] == "," and _WRITERS_CLAUSE.match(text, tail_start) is not None


def _statement_of_its_own(text: str, pair: Pair) -> bool:
    """A capitalised quote that closes its sentence inside its marks."""
    return pair.closed and text[pair.open_end : pair.open_end + 1].isupper() and _closes_sentence(text, pair)


def _closes_sentence(text: str, pair: Pair) -> bool:
    """Whether the quote ends its sentence: a full stop inside the marks, then a new sentence or the end."""
    inside = text[pair.open_end : pair.close_start].rstrip()
    following = text[pair.close_end : pair.close_end + 3].lstrip()
    return inside[-1:] in (".", "!", "?") and (not following or following[:1].isupper())


def _is_tag(text: str, start: int, end: int, leading: bool, capital: bool = False) -> bool:
    """Whether text[start:end] is only an attribution tag (`Smith said,` / `, said Smith, a lawyer.`);
    capital: the quote after a leading tag opens on a capital, so longer settings may end the tag."""
    tokens = tokenize(text, start, min(end, start + 300))
    if not leading:
        stop = next(
            (
                k
                for k, t in enumerate(tokens)
                if t.text in ".!?;"
                and not abbreviation_dot(tokens, k)
                and not (k + 1 < len(tokens) and tokens[k + 1].text == ",")
            ),
            len(tokens),
        )
        tokens = tokens[:stop]
    verbs = [
        k
        for k, t in enumerate(tokens)
        if is_verb(tokens, k) or (t.low == "according" and k + 1 < len(tokens) and tokens[k + 1].low == "to")
    ]
    if leading and not verbs and len(tokens) > 2 and tokens[-1].text == "," and past_verb(tokens[-2]):
        verbs = [len(tokens) - 2]  # `Smith waved and bellowed, "…"`
    if not verbs:
        return False
    if leading:
        v = verbs[-1]
        after = tokens[v + 1 :]
        if not any(t.low in fw.TAG_BREAKS for t in after) and len(after) <= 8:
            return True
        return (capital and _settings_only(tokens, v + 1)) or _inverted_with_aside(text, tokens, v)
    v = verbs[0]
    return v <= 20 and not any(t.low in fw.TAG_BREAKS and t.low not in fw.RELATIVES for t in tokens[:v])


def _own_tag_after(text: str, pair: Pair, right: int) -> bool:
    """`…: "France is lost," he claimed.`: a quote closing on a comma before a tag of its own."""
    inside = text[pair.open_end : pair.close_start].rstrip()
    return pair.closed and inside[-1:] == "," and _is_tag(text, pair.close_end, right, False)


def _opens_reported_clause(text: str, start: int, end: int) -> bool:
    """`Lee said that once the vote is in,`, `Roe added that, `: a reporting verb opens a that-clause
    which the quotation after the lead completes (not `Roe noted that it rained, and added:`, whose
    last verb takes the quotation itself)."""
    tokens = tokenize(text, max(start, end - 200), end)
    verbs = [k for k in range(len(tokens)) if is_verb(tokens, k)]
    opening = [k for k in verbs if k + 1 < len(tokens) and tokens[k + 1].low == "that"]
    if not opening:
        return False
    return opening[-1] == verbs[-1]


def _object_after_verb(text: str, start: int, end: int) -> bool:
    """`The firm said its new rules had worked, "including …"`, `Lee praised Roe, "always …"`: a
    tag's last finite verb with its subject before it and its own object or clause after it, so that
    a quote after the comma goes on with the writer's sentence (not `Lee told reporters on Monday,
    "…"`, `as Lee put it, "…"`, `Lee wrote in a memo explaining why, "…"`)."""
    tokens = tokenize(text, max(start, end - 200), end)
    verbs = [k for k in range(len(tokens)) if is_verb(tokens, k)]
    v = next((k for k in reversed(verbs) if not tokens[k].low.endswith("ing")), verbs[-1] if verbs else 0)
    if v == 0 or not is_word(tokens[v - 1]) or verbs[-1] > v:
        # No verb, an inverted tag (the words after the verb are its subject), or a participle
        # that takes the quote (`Lee said, adding, "…"`).
        return False
    following = tokens[v + 1 : -1]
    if not following or tokens[v].low in lex.TELL_FORMS or [t.low for t in following] == ["it"]:
        return False
    first = following[0]
    return not (
        first.low in fw.PREPOSITIONS
        or first.low.endswith("ly")
        or not is_word(first)
        or any(t.low in _TIME_WORDS for t in following)
    )


_TIME_WORDS = fw.TIME_WORDS | fw.TIME_HEADS | fw.TIME_NOUNS


def _settings_only(tokens: list[Token], start: int) -> bool:
    """`Ann Lee said in an essay for a trade weekly before the vote, "…"`: a longer tag whose words
    after the verb are only settings (opening on a preposition or an adverb in -ly) with no clause."""
    rest = tokens[start:]
    opening = rest[0].text if rest else ""
    return (
        len(rest) <= _LONGEST_SETTINGS
        and (opening in fw.PREPOSITIONS or (opening.islower() and opening.endswith("ly")))
        and rest[-1].text == ","
        and holds_no_verb(rest, 0, len(rest))
        and not any(t.low in fw.TAG_BREAKS or t.low in fw.MODALS for t in rest)
    )


_LONGEST_SETTINGS = 20


def _inverted_with_aside(text: str, tokens: list[Token], v: int) -> bool:
    """`"The risk," said Ann Lee, an economist who heads the forecast, "is …"`: an inverted tag whose
    name carries an apposition or a relative clause, and nothing after it but the comma."""
    found = np_forward(tokens, v + 1, limit=10)
    if found is None or found[1] != "name":
        return False
    aside = apposition_after(text, tokens, found[0])
    end = aside[1] if aside is not None else skip_relative(tokens, found[0])
    return end > found[0] and end == len(tokens) and tokens[-1].text == ","


_TITLE_WORD = re.compile(r"[^\W\d_][\w’'\-]*|\d[\w’'\-]*")


def looks_like_title(content: str) -> bool:
    """Whether a short quoted passage reads like the title of a work or show ("Meet the Press")."""
    words = _TITLE_WORD.findall(content)
    end = content.rstrip()[-1:]
    if not words or len(words) > 8 or end in "!?":
        return False
    significant = [w for w in words if w.lower() not in fw.TITLE_SMALL_WORDS]
    if end == "." and (len(significant) < 2 or len(words) > 5):
        # A full stop closes a sentence, unless a short title ends the reporter's (on "Meet the Press.").
        return False
    return (
        bool(significant)
        and all(w[0].isupper() or w[0].isdigit() for w in significant)
        and (len(significant) >= 2 or words[0] != significant[0])
    )
