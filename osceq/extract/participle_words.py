"""Past participles that do not end in -ed, for a participle's phrase set off after an opening
phrase (`On the tape, made at a dinner in May, …`)."""

from __future__ import annotations

from osceq.extract.name_words import IRREGULAR_PAST
from osceq.extract.word_lists import words as _words

# Past forms that are no participle (`came`, `ran`, `wrote`, `took`: the participle is `come`, `run`,
# `written`, `taken`), so never open a participle's phrase.
PAST_ONLY = _words(
    """
    ate became began came chose drew drove fell flew forgot gave grew knew overtook ran rang rose sank
    shook spoke stole swore threw took tore withdrew woke wore wrote
    """
)
# Participles in -en or -n, and those the same as the past (`made`, `held`, `built`).
IRREGULAR_PARTICIPLES = (IRREGULAR_PAST - PAST_ONLY) | _words(
    """
    begun broken chosen done drawn driven eaten given grown hidden known seen shaken shown spoken
    stolen sworn taken thrown torn worn written
    """
)
