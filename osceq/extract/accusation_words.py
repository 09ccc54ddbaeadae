"""Words of accusing and of denying, for an accused person's answer (see accused_answers)."""

from __future__ import annotations

# Past forms a reporter gives the wrong someone did (`Tollan had misled the board`).
ACCUSING_VERBS = frozenset(
    {"misled", "lied", "deceived", "betrayed", "cheated", "defrauded", "stolen", "stole"}
    | {"falsified", "fabricated", "embezzled", "harassed", "bullied", "abused", "plagiarised"}
    | {"plagiarized", "covered up", "leaked", "bribed", "threatened"}
)
# Words of an answer that denies (`"I never misled anyone"`).
DENYING_WORDS = frozenset({"never", "not", "no", "nothing", "nobody", "deny", "denied", "false", "untrue"})
