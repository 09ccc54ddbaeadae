"""Word lists for cues spent before a quotation by a clause of their own (`spent_subordinate_cues`)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.word_lists import words

# Subordinators whose clause sets a time, a condition or a contrast apart from the main clause; an
# "as" clause is left out, as it often credits the main clause's words (`As Lee put it, the plan is
# "a farce"`), and so is "because", whose clause gives a reason for what the main one says.
APART_SUBORDINATORS = words("after although before if once though until when whenever whereas while")

# Words that cannot be a finite verb right after a main clause's subject: they carry on a phrase.
NOT_VERBS_AFTER_SUBJECT = words("and or but nor of in on at for to with from by as than")

# Subordinators that only ever open a clause with a subject of its own, never a phrase (`went after
# Lee`, `spoke before the board` are phrases): a verb or participle beyond them is that clause's.
CLAUSE_ONLY_OPENERS = words("although because though when whenever whereas while")

# Words joining a clause of its own after a comma (`…, and the crowd booed …`).
COORDINATORS = words("and but yet")

# A person's pronouns of the third person, which in a later clause may stand for the subject of an
# earlier one (he, him, his, she, her, hers, they, them, their), read off the one pronoun table.
PERSON_PRONOUNS = frozenset(w for w, g in fw.PRONOUN_GENDER.items() if g in ("m", "f", "p") and w != "we")

# Those of them that may stand for a plural subject (`critics`, `many`), which no he or she can.
PLURAL_PERSON_PRONOUNS = frozenset(w for w in PERSON_PRONOUNS if fw.PRONOUN_GENDER[w] == "p")

# Adverbs that may stand between a subject and its verb (`Ann Roe always praised`, `critics have
# often said`): the subject's last word lies before them.
ADVERBS_BEFORE_VERB = words(
    "again almost already also always just later never now often only perhaps sometimes still then thus too"
)
