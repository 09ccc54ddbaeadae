"""Words of a clause fronted with no comma before the main clause. Data only; read by
`fronted_clauses.py`."""

from __future__ import annotations

from osceq.extract.word_lists import words

__all__ = ["MORE_PAST"]

# Past forms with no -ed that `name_words.IRREGULAR_PAST` leaves out (`After 3 Rovers quit Ann Lee
# sent`): read only between a clause's subject and a name.
MORE_PAST = words("quit left lost won fled cut hit split shut put set let beat")
