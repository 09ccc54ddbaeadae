"""An opening adverbial phrase before the subject: `after winning Kent in the primary, Gov. Ann Lee
(R-DE), said`. The phrase set off by the comma is no noun the words after the comma could stand in
apposition to; they are the subject themselves."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.tokens import Token


def opening_adverbial_before(tokens: list[Token], comma: int) -> bool:
    """Whether the words between the previous comma (or the sentence's start) and the comma at index
    comma open on a preposition (or a subordinator and a participle) and end in a lower-case word
    (no name at the end that could be the subject: `After the vote Ann Lee, a teacher, said`)."""
    k = comma - 1
    while k >= 0 and comma - k <= 12 and tokens[k].text not in fw.CLAUSE_MARKS:
        k -= 1
    if k >= 0 and tokens[k].text not in fw.CLAUSE_MARKS:
        return False
    first, last = k + 1, comma - 1
    if first >= last:
        return False
    word = tokens[first].low
    # `in Dover`, `after winning Kent`; a subordinator may open a clause with its own subject
    # (`while Obi's spokesman, Marcus Fell, said`), so only a participle after it makes a phrase.
    gerund = tokens[first + 1].low.endswith("ing") and tokens[first + 1].text.islower()
    opens = (word in fw.PREPOSITIONS and word not in fw.SUBORDINATORS) or (
        (word in fw.SUBORDINATORS or word in fw.PREPOSITIONS) and gerund
    )
    return (
        opens
        and tokens[last].text.islower()
        and tokens[last].text.isalpha()
        and not _subject_after_phrase(tokens, first + 2, last)
    )


def _subject_after_phrase(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a determiner between first and last opens a noun phrase that hangs on no preposition,
    verb or "and" (`after meeting the mayor`; `the hearing` is a noun): the sentence's subject after
    an opening phrase with no comma (`In Dover the police chief, a veteran, said`, `At the hearing
    the landlord, …`)."""
    for k in range(first, last):
        before = tokens[k - 1]
        if (
            tokens[k].low in fw.DETERMINERS
            and tokens[k].text.islower()
            and before.low not in fw.PREPOSITIONS
            and before.low not in ("and", "or")
            and not (before.low.endswith(("ing", "ed")) and tokens[k - 2].low not in fw.DETERMINERS)
        ):
            return True
    return False
