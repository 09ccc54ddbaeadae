"""Time-zone abbreviations as written after a clock time (`14.05 BST`, `2.30pm AEST`); read by
`time_stamps.py`."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

__all__ = ["TIME_ZONES"]


# Written in capitals only; the zones of British, Irish, American, Australian, New Zealand, Indian,
# European and other news desks' live blogs and wire stamps.
TIME_ZONES = _words(
    """
    GMT BST UTC IST CET CEST EET EEST WET WEST MSK
    ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST
    AEST AEDT ACST ACDT AWST NZST NZDT
    SGT HKT JST KST PKT WIB SAST WAT EAT
    """
)
