"""Words `roundup_labels` reads after an item's label. Data only."""

from __future__ import annotations

from osceq.extract.name_words import FIRM_ENDINGS, ORGANISATION_WORDS
from osceq.extract.word_lists import words

# The last words of a sports club's name (`Kestrel Rovers`, `Elm Athletic`): a club, no person.
_CLUB_WORDS = words("albion athletic athletico fc hotspur rangers rovers united wanderers")
# The last word of a name that makes it a body's, a firm's or a club's, which is no he or she.
BODY_NAME_ENDS = ORGANISATION_WORDS | FIRM_ENDINGS | _CLUB_WORDS
