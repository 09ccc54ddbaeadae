"""A speaker's mention cut at a comma of an office's list of fields (`officials of Tarn, Reno and
Kestrel said`, `"…," the Minister of Trade, Industry and Energy said`): the mention is widened to
the whole office, list and all, when the commas are the list's (`office_lists`)."""

from __future__ import annotations

import re
from dataclasses import replace

from osceq.extract.clause_edges import OPENS_CLAUSE, SENTENCE_END
from osceq.extract.found import Found
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.office_lists import office_list_commas
from osceq.models import Span

_WORD = re.compile(r"\w[\w'’.-]*|,")
# The rest of a list after a mention that ends on its first field: `, Industry and Energy`.
_LIST_AFTER = any_case_pattern(r"(?:,[ \t][A-Z][\w-]*)+,?[ \t]and[ \t][A-Z][\w-]*")
# An office and the first fields of its list before a mention of the last two: `officials of Tarn, `.
_LIST_BEFORE = any_case_pattern(
    r"(?:\b(?:[Tt]he|[Aa]n?)[ \t])?\b[A-Za-z]+[ \t]of[ \t](?:[A-Z][\w-]*,[ \t])+$"
)
_LAST_TWO = any_case_pattern(r"[A-Z][\w-]*[ \t]and[ \t][A-Z][\w-]*")
_REACH = 80  # characters looked back for the office


def whole_office_mention(text: str, found: Found) -> Found | None:
    """The find with its mention widened over the office's whole list, or None when it is not cut."""
    mention = found.mention
    start, end = mention.start, mention.end
    after = _LIST_AFTER.match(text, end)
    if (
        after is not None
        and found.cue.start >= after.end()
        and not text[after.end() : found.cue.start].strip()
    ):
        end = after.end()  # `the Minister of Trade` + `, Industry and Energy` + ` said`
    elif after is not None and found.cue.end <= start and SENTENCE_END.match(text, after.end()):
        end = after.end()  # `said the leaders of France` + `, Britain and Germany.`
    elif _LAST_TWO.fullmatch(mention.text):
        before = _LIST_BEFORE.search(text, max(0, start - _REACH), start)
        if before is None or not OPENS_CLAUSE.search(text, max(0, before.start() - 3), before.start()):
            return None  # (`Under pressure from the governor of Tarn, Lee and Reed said`: two people)
        start = before.start()  # `officials of Tarn, ` + `Reno and Kestrel`
    else:
        return None
    if not office_list_commas(_WORD.findall(text[start:end])):
        return None
    return replace(found, mention=Span(text[start:end], start, end), kind="nominal")
