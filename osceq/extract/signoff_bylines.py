"""A writer's byline glued to a quotation inside a news sentence (`Lee insisted his party was "still
the top force."--Ann Roe.`): a sign-off, not the speaker, when the sentence names its own speaker."""

from __future__ import annotations

from osceq.extract import reporting as lex
from osceq.extract.attribution import Found
from osceq.extract.quote_sentences import sentence_start
from osceq.extract.quotemarks import Pair
from osceq.extract.tokens import capitalised, tokenize

# Dashes that glue a byline to the closing mark with no space (`"…"--Ann Roe.`).
_GLUED_DASHES = ("--", "—")


def writers_signoff(text: str, pair: Pair, found: Found) -> bool:
    """Whether the signature found after the quotation in pair is a byline glued to its closing mark
    ending a sentence whose own cue names a speaker (a name followed by a reporting verb) before the
    opening mark; a signature after a list item, an answer or an aphorism still signs it."""
    if found.evidence != "signature" or not text.startswith(_GLUED_DASHES, pair.close_end):
        return False
    line = text.rfind("\n", 0, pair.open_start) + 1
    tokens = tokenize(text, sentence_start(text, line, line, pair.open_start), pair.open_start)
    for k in range(len(tokens) - 1):
        verb = tokens[k + 2] if tokens[k + 1].text == "," and k + 2 < len(tokens) else tokens[k + 1]
        if capitalised(tokens[k]) and verb.text.islower() and verb.low in lex.REPORTING_FORMS:
            return True  # (`Ida Fenn, said` too: a name in apposition before its verb)
    return False
