"""What the rules need to know around an expression: the anchor, the clause's tense, earlier dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from osceq.extract import timex_calendar as cal
from osceq.extract import timex_lexicon as lex
from osceq.extract.timex_calendar import Period
from osceq.models import TimeExpression

PAST, FUTURE, PRESENT, UNKNOWN = "past", "future", "present", "unknown"
_WINDOW = 160  # characters either side searched for a tense cue
_SENTENCE_REACH = 600  # no sentence is searched further back than this for its start
# A month-day a little after the anchor is still "recent" in a past-tense clause ("said it would not
# delist the stock on March 12" written on March 11), and a little before it in a future one.
_SLACK = timedelta(days=7)
# A past-tense clause often reports a plan or a deadline a few weeks ahead ("agreed to extend the
# contract through March 31"): only a date well ahead of the anchor is pushed back a year.
_PAST_SLACK = timedelta(days=31)
_GRANULAR_UNITS = {
    "day": "day",
    "week": "week",
    "weekend": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
    "century": "century",
}


@dataclass
class Context:
    """One article being tagged: its text, the anchor period and the dates resolved so far."""

    text: str
    lower: str
    anchor: Period | None
    references: list[tuple[int, Period, bool]] = field(default_factory=list)  # (start, period, derived)

    # ----- building records
    def timex(
        self, start: int, end: int, kind: str, value: str, period: Period | None = None, derived: bool = False
    ) -> TimeExpression:
        """A TimeExpression over text[start:end], remembered as a reference when it names a period."""
        if period is not None and kind == "DATE":
            self.references.append((start, period, derived))
        granularity = "time" if kind == "TIME" else period.granularity if period else "none"
        first = period.first if period else None
        last = period.last if period else None
        return TimeExpression(self.text[start:end], start, end, kind, value, first, last, granularity)

    def date_of(self, match: re.Match[str], period: Period) -> TimeExpression:
        """The DATE a whole match names: the period, at the match's offsets."""
        return self.timex(match.start(), match.end(), "DATE", period.value, period)

    # ----- the anchor
    @property
    def anchor_day(self) -> date | None:
        """The anchor as a day, when it is that precise."""
        return self.anchor.first if self.anchor and self.anchor.granularity == "day" else None

    @property
    def anchor_year(self) -> int | None:
        """The anchor's year, when it lies within one year."""
        if self.anchor is None or self.anchor.first.year != self.anchor.last.year:
            return None
        return self.anchor.first.year

    def anchor_period(self, granularity: str) -> Period | None:
        """The anchor's period of a granularity (its week, month, year...) when the anchor is as fine."""
        if self.anchor is None or cal.FINENESS[self.anchor.granularity] > cal.FINENESS.get(granularity, 9):
            return None
        if self.anchor.granularity == "season" and granularity in ("quarter", "half"):
            return None
        return cal.containing(self.anchor.first, granularity)

    # ----- tense
    def tense(self, start: int, end: int) -> str:
        """The tense of the clause around text[start:end], from the nearest cue word."""
        lower = self.lower
        low = max(0, start - _WINDOW)
        left = max(low, *(lower.rfind(mark, low, start) for mark in (". ", "; ", "\n")))
        ends = (lower.find(mark, end, end + _WINDOW) for mark in (". ", "; ", "\n"))
        right = min([end + _WINDOW, *(i for i in ends if i >= 0)])
        best, distance = UNKNOWN, float("inf")
        for match in lex.TENSE_CUE.finditer(lower, left, start):
            cue = _cue(lower, match)
            if cue:
                best, distance = cue, start - match.end()
        for match in lex.TENSE_CUE.finditer(lower, end, right):
            cue = _cue(lower, match)
            if cue:
                # A cue after the expression counts a little less than one before it.
                return cue if (match.start() - end) * 1.3 < distance else best
        return best

    # ----- earlier dates of the article
    def reference(self, position: int, granularity: str, sentences: int = 2) -> Period | None:
        """The latest date before position, in its sentence (or the one before too), at least as fine."""
        limit = self._sentence_start(position)
        if sentences > 1:
            limit = self._sentence_start(limit - 2)
        wanted = cal.FINENESS.get(granularity, 9)
        for start, period, derived in reversed(self.references):
            if start < limit:
                break
            if start < position and not derived and cal.FINENESS[period.granularity] <= wanted:
                return period
        return None

    def latest(self, position: int, granularity: str, reach: int = 1500) -> Period | None:
        """The latest date stated (not derived) before position: of this granularity, or any finer
        than a decade when granularity is empty."""
        for start, period, derived in reversed(self.references):
            if start < position - reach:
                break
            if start >= position or derived:
                continue
            fine_enough = not granularity and cal.FINENESS[period.granularity] <= cal.FINENESS["year"]
            if period.granularity == granularity or fine_enough:
                return period
        return None

    def _sentence_start(self, position: int) -> int:
        """Where the sentence holding position starts: after a full stop that ends a sentence, not an
        abbreviation ("U.S. truck output", "Dec. 2"), or after a line break."""
        low = max(0, position - _SENTENCE_REACH)
        for match in reversed(list(lex.SENTENCE_BREAK.finditer(self.text, low, max(low, position)))):
            if match.group(1) is None or match.group(1).lower().rstrip(".") not in lex.ABBREVIATIONS:
                return match.end()
        return low

    # ----- completing partial dates
    def complete_day(self, month: int, dom: int, span: tuple[int, int]) -> Period | None:
        """The day month-dom in the year the anchor and the tense of the clause at span point to."""
        if self.anchor is None:
            return None
        if self.anchor_day is None:
            return cal.make_day(self.anchor_year, month, dom) if self.anchor_year else None
        anchor = self.anchor_day
        candidates = [p for p in (cal.make_day(anchor.year + k, month, dom) for k in (-1, 0, 1)) if p]
        if not candidates:
            return None
        nearest = min(candidates, key=lambda p: abs((p.first - anchor).days))
        if abs((nearest.first - anchor).days) <= _SLACK.days:
            return nearest  # every tense agrees on a date this close: no need to read the clause
        tense = self.tense(*span)
        if tense == PAST:
            fitting = [p for p in candidates if p.first <= anchor + _PAST_SLACK]
            return fitting[-1] if fitting else candidates[0]
        if tense == FUTURE:
            fitting = [p for p in candidates if p.first >= anchor - _SLACK]
            return fitting[0] if fitting else candidates[-1]
        return nearest

    def complete_month(self, number: int, span: tuple[int, int]) -> Period | None:
        """The month `number` in the year the anchor and the tense of the clause at span point to."""
        anchor = self.anchor_period("month")
        if anchor is None:
            return cal.month(self.anchor_year, number) if self.anchor_year else None
        here = anchor.first.year * 12 + anchor.first.month - 1
        candidates = [(anchor.first.year + k) * 12 + number - 1 for k in (-1, 0, 1)]
        tense = self.tense(*span) if number != anchor.first.month else UNKNOWN
        if tense == PAST:
            index = max(c for c in candidates if c <= here)
        elif tense == FUTURE:
            index = min(c for c in candidates if c >= here)
        else:
            index = min(candidates, key=lambda c: (abs(c - here), c > here))
        return cal.month(index // 12, index % 12 + 1)

    def complete_period(self, make: str, number: int, tense: str) -> Period | None:
        """A quarter, half or season named without a year: the latest begun, or the next when future."""
        year = self.anchor_year
        if year is None:
            return None
        builders = {"quarter": cal.quarter, "half": cal.half}
        candidates = [p for p in (builders[make](year + k, number) for k in (-1, 0, 1)) if p]
        reference = self.anchor.first if self.anchor else None
        if reference is None or not candidates:
            return None
        if self.anchor is not None and self.anchor.granularity == "year":
            return builders[make](year, number)
        if tense == FUTURE:
            return next((p for p in candidates if p.last >= reference), candidates[-1])
        begun = [p for p in candidates if p.first <= reference]
        return begun[-1] if begun else candidates[0]


def _cue(lower: str, match: re.Match[str]) -> str | None:
    """The tense a cue word signals, looking at the word before it for passives and infinitives."""
    word = match.group()
    if word in lex.REPORTING_VERBS:
        return None  # "X said" dates the report, not the event reported
    window = lower[max(0, match.start() - 6) : match.start()]
    before = window.rstrip().rsplit(" ", 1)[-1]
    if word in lex.FUTURE_CUES or word.endswith(("'ll", "’ll")) or word in ("won't", "won’t"):
        return FUTURE
    if word == "be":
        return FUTURE if before == "to" else None
    if word in lex.PRESENT_CUES:
        return PRESENT
    if word in lex.NOT_PAST_ED:
        return None
    # "will be signed", "to be held": a participle after "be" carries no tense of its own, nor
    # does one used as an adjective ("the confused taxpayers", ", confused taxpayers").
    if before in ("be", "been", "being", "to", "the", "a", "an") or window.rstrip().endswith(","):
        return None
    return PAST


def unit_granularity(unit: str) -> str:
    """The calendar granularity of a unit word's normal form (day, week, month...)."""
    return _GRANULAR_UNITS.get(unit, "none")
