"""A speaker read from the subject of a subordinate clause that follows a main clause (`Ann Roe
resigned when Tom Lee took over, calling him "…"`, `Ann Roe said when Tom Lee called that the plan
was "…"`): a participle after the clause is the main subject's, and a main verb of speech reports
what comes after the clause, so the quote is withheld: nobody. Read by `withheld_speakers.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.quote_drafts import Draft
from osceq.extract.quote_sentences import sentence_start
from osceq.extract.tokens import capitalised, tokenize

__all__ = ["withholds"]

# How far back the sentence may start before the mention, in characters.
_BACK = 300
# Words before "as" that make it no subordinator (`such as Tom Lee`, `as well as`, `known as`).
_NOT_SUBORDINATING_AS = frozenset({"such", "well", "known", "so", "same"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
# Forms of "call", which takes no "that" clause (`when Lee called that the plan …` is a telephone call).
_CALLING = frozenset({"call", "called", "calls", "calling", "phoned", "rang"})


def withholds(text: str, draft: Draft) -> bool:
    """Whether the draft's mention opens a subordinate clause after a main clause, and the draft's
    cue is a participle after it or the clause closes (a comma, `that` and a subject) before the
    quotation under a main verb of speech."""
    found = draft.found
    if found is None or found.evidence not in ("subject", "cue-before", "owner"):
        return False
    if found.evidence == "subject" and _aside_of_a_later_subject(text, draft):
        return True
    if found.kind == "pronoun":
        return False  # (`Ann Roe wept when she met Tom Lee, calling him "…"`: the she is the main subject)
    mention, open_start = found.mention, draft.pair.open_start
    if not mention.start < open_start or "\n" in text[max(0, mention.start - _BACK) : mention.start]:
        return False
    start = sentence_start(text, max(0, mention.start - _BACK), 0, mention.start)
    before = tokenize(text, start, mention.start)
    if len(before) < 3 or before[-1].low not in fw.SUBORDINATORS or not before[-1].text.islower():
        return False
    if before[-1].low == "as" and before[-2].low in _NOT_SUBORDINATING_AS:
        return False
    main = before[:-1]
    if found.evidence == "subject":
        # Only a participle whose object is a him or her (`…, calling him "…"`) cannot be the
        # clause subject's (`… when the Greens walked out, shouting "…"` is theirs).
        if not found.cue.text.lower().endswith("ing") or mention.end > found.cue.start:
            return False
        following = tokenize(text, found.cue.end, open_start)
        return bool(following) and following[0].low in _OBJECT_PRONOUNS
    # The main verb of speech right before the subordinator, or before "that" and it (`Roe said
    # when Lee called`, `Roe said that when Lee called`); not `Roe said he left after Lee argued`.
    verb = main[-2] if main[-1].low == "that" else main[-1]
    if before[-1].low == "as" or verb.low not in lex.REPORTING_FORMS or not verb.text.islower():
        return False  # (`the result, as he later explained, was "…"`: an aside of speech reports)
    after = tokenize(text, mention.end, open_start)
    for k, t in enumerate(after):
        if t.text == ",":
            return True
        if t.low == "that" and k + 1 < len(after) and after[k + 1].low in lex.CLAUSE_SUBJECT_OPENERS:
            # (a "that" right after a verb that takes one is that verb's: `after Lee argued that …`)
            return (k > 0 and after[k - 1].start != found.cue.start) or found.cue.text.lower() in _CALLING
    return False


def _aside_of_a_later_subject(text: str, draft: Draft) -> bool:
    """Whether the draft's cue is the verb, or a participle set off as an aside, of a name opening a
    subordinate clause past the mention (`The quarrel flared when Pia Lund, reading from a letter,
    described the deal as "…"`; `The row grew as Ivo Marsh, waving a file, branded it "…"`)."""
    found = draft.found
    if found is None or found.mention.end > found.cue.start:
        return False
    between = tokenize(text, found.mention.end, found.cue.start)
    if len(between) < 3 or between[-1].text != ",":
        return False
    participle = found.cue.text.lower().endswith("ing")
    for k, token in enumerate(between[:-2]):
        if token.low not in fw.SUBORDINATORS or not token.text.islower() or not capitalised(between[k + 1]):
            continue
        j = k + 1
        while j < len(between) and capitalised(between[j]):
            j += 1
        if j == len(between) - 1 and participle:
            # (the aside must close and the clause go on: `Roe spoke after Lee, calling him "…"` is Roe's)
            after = tokenize(text, found.cue.end, draft.pair.open_start)
            return any(
                t.text == "," and n + 1 < len(after) and after[n + 1].text.islower()
                for n, t in enumerate(after)
            )
        if j < len(between) - 1 and between[j].text == "," and not participle:
            return True
    return False
