"""Words of death dealt to a person named after them, for the dead a he/she passes over (see
victims); the injured are left out, for they may well speak next."""

from __future__ import annotations

# Nouns and participles of the dead that a sentence names someone as (`The man who died was`, `Among
# the dead was`, `Police named the dead man as`).
VICTIM_WORDS = r"dead|deceased|died|killed"
# People a death sentence may name after `the dead …` (`The dead man was`).
VICTIM_HEADS = r"man|woman|men|women|boy|girl|driver|passenger|pilot|rider|cyclist|pedestrian|person"
# Verbs of death whose object is the person right after them (`The blast killed Ann Lee`); no verb of
# hurt (`The blast injured Ann Lee`): the one hurt may speak.
HARM_VERBS = r"killed|struck\s+and\s+killed"
# Words right before a name that say the person is dead whoever the sentence's subject is.
DEAD_BEFORE = r"the\s+body\s+of|the\s+late"
# Words opening a sentence whose subject is no person (`The blast killed`, `A lorry struck and
# killed`, `Police named the dead man as`, `Among the dead was`).
NO_PERSON_OPENINGS = r"The|A|An|Police|Among"
