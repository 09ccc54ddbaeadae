"""Where a speaker's phrase opens or closes its clause: what the rules that widen a mention (over
an office's list, or over a second speaker joined by "and") look at on either side of it."""

from __future__ import annotations

import re

# The text just before a phrase that opens its clause: the text's start, a new line, a sentence's
# end, or a closing quotation mark (`"…," the Minister of Tarn, Reno and Kestrel said`).
OPENS_CLAUSE = re.compile(r"(?:^|\n\s*|[.!?][\"”’]?\s*|,?[\"”’]\s*)$")
# The text just after a phrase that ends its sentence: `said the mayor and the governor.`
SENTENCE_END = re.compile(r"[ \t]*(?:[.;!?]|$)")
