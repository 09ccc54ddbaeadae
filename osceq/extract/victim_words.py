"""Words of harm done to a person named after them, for the victims a he/she passes over (see
victims)."""

from __future__ import annotations

# Nouns and participles of the dead or hurt that a sentence names someone as (`The victim was`, `The
# man who died was`, `Among the dead was`, `Police named the dead man as`).
VICTIM_WORDS = r"victims?|dead|deceased|casualty|casualties|injured|wounded|died|killed"
# People a harm sentence may name as the victim after `the dead …` (`The dead man was`).
VICTIM_HEADS = r"man|woman|men|women|boy|girl|driver|passenger|pilot|rider|cyclist|pedestrian|person"
# Verbs of harm whose object is the person right after them (`The impact threw Otto Brandt`, `The
# blast killed Ann Lee`); no verb of a setback (`The scandal hit Ann Lee`) that a speaker may suffer.
HARM_VERBS = (
    r"threw|hurled|flung|killed|injured|crushed|trapped|pinned|stabbed|wounded|ejected|dragged"
    r"|struck\s+and\s+killed|ran\s+over|knocked\s+down"
)
