"""Words of accusing and of denying, for an accused person's answer (see accused_answers)."""

from __future__ import annotations

# Past forms a reporter gives the wrong someone did (`Tollan had misled the board`); no wrong done to
# a person who may be the reporter (`had threatened her`, `abused`, `harassed`, `bullied`).
ACCUSING_VERBS = frozenset(
    {"misled", "lied", "deceived", "betrayed", "cheated", "defrauded", "stolen", "stole"}
    | {"falsified", "fabricated", "embezzled", "plagiarised", "plagiarized", "covered up", "leaked"}
    | {"bribed"}
)
# The forms of each charge's verb and noun a denial repeats (`I never misled`, `I told no lies`), by
# the first four letters of the accusing verb or of its -ing form after `accused … of`.
CHARGE_FORMS = {
    "misl": r"mislead\w*|misled",
    "lied": r"lie|lied|lies|lying",
    "lyin": r"lie|lied|lies|lying",
    "dece": r"deceiv\w*|deceit\w*",
    "betr": r"betray\w*",
    "chea": r"cheat\w*",
    "defr": r"defraud\w*|fraud\w*",
    "stol": r"steal\w*|stole\w*|theft",
    "stea": r"steal\w*|stole\w*|theft",
    "fals": r"falsif\w*",
    "fabr": r"fabricat\w*",
    "embe": r"embezzl\w*",
    "plag": r"plagiar\w*",
    "cove": r"cover\w*\s+up|cover-up",
    "leak": r"leak\w*",
    "brib": r"brib\w*",
}
# Negations that deny a verb in the first person (`I never`, `I did not`, `I didn't`).
NEGATIONS = r"never|not|\w+n['’]t"
# Answers that call the charge untrue whatever its verb (`That is false`, `It is not true`).
FLAT_DENIALS = r"false|untrue|not\s+true|a\s+lie|lies|nonsense|baseless|unfounded"
# What a person says of their own innocence or guilt after `I am`, `I was`, `I feel` (`I am innocent`,
# `I'm not guilty`, `I was framed`).
OWN_INNOCENCE = r"innocent|guilty|blameless|framed"
# Feelings the one spoken for has, not the lawyer (`I feel betrayed`); no word a lawyer's own stand
# may use (`I am confident`, `I am disappointed`, `I am shocked by the verdict`).
OWN_FEELINGS = (
    r"ashamed|betrayed|devastated|heartbroken|humiliated|terrified|scared|frightened|broken|destroyed"
    r"|remorseful"
)
# Words by which an agent speaks of the one spoken for or of a third person (`I am devastated for my
# client`, `I feel for him`, `for his wife and children`, `for Tom`): the feeling is the agent's own.
CLIENT_WORDS = r"my\s+clients?|for\s+\w+|his|her|him|their|them"
