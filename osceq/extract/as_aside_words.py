"""Words of an "as"-aside that names the quotation's source (`as the council's report states: "…"`):
the verbs that say or show something in writing, and the heads of the noun phrases that may do so.
Read by `as_clause_verbs.py`."""

from __future__ import annotations

from osceq.extract.word_lists import words

__all__ = ["FIGURES", "SAYING", "SHOWING", "SOURCES"]

# Verbs of saying in writing that close an aside (`as the union website notes`).
SAYING = words("notes states reports claims says writes puts")

# Verbs of showing, a source only with a writing or figures (`as the survey shows`, not `as the mood shows`).
SHOWING = words("shows")

# Figures and records that show things.
FIGURES = words("figures data statistics numbers records minutes")

# Sources beside the writings, the organisations and the persons: where a writing is published.
SOURCES = FIGURES | words("website site page book blog account feed")
