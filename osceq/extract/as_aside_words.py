"""Words of an "as"-aside that names the quotation's source (`as the council's report states: "…"`):
the verbs that say or show something in writing, and the heads of the noun phrases that may do so.
Read by `as_clause_verbs.py`; the verbs of an aside that only looks on, and the verbs of an aside
that brings the quotation in itself, by `background_asides.py`."""

from __future__ import annotations

from osceq.extract.word_lists import words

__all__ = ["FIGURES", "INTRODUCING", "ONLOOKING", "SAYING", "SHOWING", "SOURCES"]

# Verbs of saying in writing that close an aside (`as the union website notes`).
SAYING = words("notes states reports claims says writes puts")

# Verbs of showing, a source only with a writing or figures (`as the survey shows`, not `as the mood shows`).
SHOWING = words("shows")

# Figures and records that show things.
FIGURES = words("figures data statistics numbers records minutes")

# Sources beside the writings, the organisations and the persons: where a writing is published.
SOURCES = FIGURES | words("website site page book blog account feed")

# Verbs of an aside that only looks on or waits (`as the crowd watched: "…"`): a crowd that cheers,
# jeers or chants may be the one who shouts the words (`as his friends jeered, "…"`), and so may one
# that gathers, stands or sits (`as protesters gathered: "Free Tarn!"`).
ONLOOKING = words("watched watch watches listened listen listens looked waited wait waits")

# Verbs, in any form, of an aside that brings in the quotation after its colon (`, as the Board's
# figures show: "…"`): the aside's subject, not the main clause's, is the source.
INTRODUCING = words(
    """
    show shows showed shown note notes noted state states stated say says said report reports
    reported suggest suggests suggested indicate indicates indicated reveal reveals revealed
    confirm confirms confirmed put puts
    """
)
