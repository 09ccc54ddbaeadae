"""The words an unnamed speaker's sentence is read by (`unnamed_subjects`): the nouns of a person of
no trade or office it may open on, and the words that show its verb of speech is another's. Data
only."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

__all__ = ["CLAUSE_JOINS", "JOINS", "NEW_SUBJECT_OPENERS", "PLAIN_PERSONS", "ROLE_AS", "TAG_ADVERBS"]

# People by no trade or office, as the head of an unnamed subject ("a woman", "one neighbor").
PLAIN_PERSONS = _words(
    """
    man woman person patient neighbor neighbour witness customer parent mother father voter
    bystander shopper visitor tenant homeowner fan survivor victim relative friend
    """
)
# Trades met as a lone witness in local news, each a doer's noun a description may end on.
PLAIN_PERSONS |= _words(
    """
    shopkeeper waiter cleaner labourer laborer solicitor barrister firefighter pensioner motorist
    """
)

# Words that join a sentence to the one before without being its subject (`But one nurse said`).
JOINS = _words("and but yet")

# Words that open another clause inside the sentence, whose own subject may be the speaker
# (`A shopkeeper watched as the mayor told …`, `One pensioner was unconvinced when Lee told …`).
CLAUSE_JOINS = _words(
    """
    although and as because but though unless until when whenever whereas while
    """
)
# After a clause join, words that open that clause's own subject (`… and the mayor said`).
NEW_SUBJECT_OPENERS = _words(
    """
    a an another he her his it its one our police she some the their they this those we
    """
)
# Participles and verbs after which `as` names a role, no clause (`a man described as a witness`).
ROLE_AS = _words("described known identified employed served serving worked working works")

# Adverbs that may stand between an aside's closing comma and its verb (`A man, 45, later said`).
TAG_ADVERBS = _words("again also later then once only")
