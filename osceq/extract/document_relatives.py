"""A writing that speaks through a relative clause with no comma (`Lee points to an audit released
in May which found that …"…"`, `a statement from his office that said …`): the writing, not the
subject who brings it up, is the source of the words reported after its verb."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.tokens import Token, possessive
from osceq.extract.writing_findings import writing_subject_finds

# Nouns for writings that report, find or state things.
WRITINGS = frozenset(
    {
        "audit", "report", "study", "statement", "memo", "memorandum", "letter", "survey", "poll",
        "review", "analysis", "email", "filing", "complaint", "lawsuit", "ruling", "note", "post",
        "ad", "advertisement", "release", "document", "assessment", "investigation", "inquiry",
    }
)  # fmt: skip

# Prepositions that tie a phrase to the writing before it (`a statement from his office that`).
_SOURCE_LINKS = frozenset({"from", "by", "of"})

# How many words the writing's phrase may run on between its noun and the relative word.
_REACH = 7


def writing_before_relative(tokens: list[Token], v: int) -> tuple[int, int] | None:
    """For a reporting verb at v right after "which" or "that": the writing's noun phrase before
    the relative word, as (start, end), when the words between hold no punctuation; else None."""
    if v < 3 or tokens[v - 1].low not in ("which", "that") or not tokens[v - 1].text.islower():
        return None
    # (`a Herald report, which said "…"`: a comma may set the relative clause off from its writing.)
    # Only a relative clause running on to the quotation (`which notes, "…"`, `which calls it "…"`),
    # not one a comma closes before more words (`an audit, which put the bill at …, and declared`).
    set_off = (
        tokens[v - 2].text == "," and tokens[v - 1].low == "which" and not _closed_before_quote(tokens, v)
    )
    last = v - 3 if set_off else v - 2
    for k in range(last, max(-1, last - _REACH), -1):
        token = tokens[k]
        if not token.text[:1].isalnum():
            return None
        if token.low in fw.DETERMINERS and k < last and (k == 0 or tokens[k - 1].low not in _SOURCE_LINKS):
            return None  # another phrase nearer the relative (`her note under a headline that`)
        if token.low in WRITINGS and token.text.islower():
            start = k
            while start > 0 and (
                tokens[start - 1].low in fw.DETERMINERS
                or possessive(tokens[start - 1])
                or (tokens[start - 1].text.isalpha() and tokens[start - 1].text.islower() and start > k - 2)
                or (
                    set_off
                    and tokens[start - 1].text.isalpha()
                    and tokens[start - 1].text.istitle()
                    and start > k - 3
                )
            ):  # (`a new report`; set off by a comma, `the Herald report, which`, `the Harbour Press report`)
                start -= 1
                if tokens[start].low in fw.DETERMINERS or possessive(tokens[start]):
                    break
            if tokens[start].low not in fw.DETERMINERS and not possessive(tokens[start]):
                return None  # a bare noun may be a verb's object of another kind (`to report which`)
            return start, last + 1
    return None


# Verbs of what a writing found, which report its findings only after a writing's relative word.
_FINDING = frozenset({"found", "finds", "showed", "shows"})


def writing_finds(tokens: list[Token], v: int) -> bool:
    """`an audit which found that …`, `The audit found "…"`: a verb of finding that reports what the
    writing says."""
    if writing_subject_finds(tokens, v, WRITINGS, _FINDING):
        return True
    return tokens[v].low in _FINDING and writing_before_relative(tokens, v) is not None


def _closed_before_quote(tokens: list[Token], v: int) -> bool:
    """Whether a comma after index v is followed by more words before the quotation (the end of
    tokens): the relative clause closed there and another clause leads to the quotation."""
    return any(
        tokens[m].text == "," and any(t.text[:1].isalnum() for t in tokens[m + 1 :])
        for m in range(v + 1, len(tokens))
    )
