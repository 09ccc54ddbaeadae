"""Words of a line of web copy telling the reader how to reach someone. Data only; read by
`contact_lines.py`."""

from __future__ import annotations

from osceq.extract.word_lists import words

__all__ = ["CONTACT_VERBS"]

# Verbs that tell the reader to get in touch, opening such a line (`Contact Tom Ray at …`).
CONTACT_VERBS = words("contact email e-mail call follow reach write message text tweet phone")
