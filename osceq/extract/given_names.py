"""Common given names that tell a person's sex, read by the mention parser and by the resolver.
Standard library only, so that any module may import it.

How the lists were chosen: from general knowledge of the most common given names of the US and the
UK over the last seventy years or so (about 150 of each sex, with their usual short forms: "Jim",
"Liz"), written down without looking at any article of the corpus. A name given to men and women
alike ("Chris", "Kelly", "Jordan", "Terry", "Jean", "Andrea", "Ashley", "Kim") is left out, and so
are names that are often places or words before a name ("Virginia", "Austin", "Will"), so that a
name in the lists almost always means one sex.
"""

from __future__ import annotations

__all__ = ["FEMALE", "MALE", "first_name_gender", "is_given_name"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MALE = _words(
    """
    aaron adam albert alan alexander alfie andrew anthony archie arthur barry ben benjamin bill billy
    bob bobby brandon brian bruce bryan callum carl charles christian christopher clarence colin
    connor craig dan daniel darren dave david dean declan dennis derek donald doug douglas duncan dylan
    earl edward elijah eric ernest ethan eugene francis frank fred frederick freddie gabriel gary gavin
    geoffrey george gerald gordon graham greg gregory harold harry henry herbert howard hugh ian isaac
    jack jacob james jason jeff jeffrey jeremy jerry jesse jim joe john jonathan jose joseph joshua juan
    justin keith ken kenneth kevin kyle larry lawrence leo leonard liam logan louis lucas luke malcolm
    mark martin mason matt matthew max michael mike nathan neil nicholas nick nigel noah norman oliver
    oscar owen patrick paul peter philip phillip ralph randy raymond richard rick robert roger ronald
    ron rory ross roy russell ryan samuel scott sean simon stanley stephen steve steven stuart ted
    thomas tim timothy toby tom tony trevor tyler victor vincent walter wayne william willie zachary
    """
)

FEMALE = _words(
    """
    abigail alice alison allison amanda amber amelia amy angela ann anna anne ava barbara beth betty
    beverly brenda brittany carla carol carolyn caroline catherine charlotte cheryl chloe christina
    christine claire connie cynthia danielle dawn debra deborah denise diana diane donna doris dorothy
    eileen elaine elizabeth ella ellen ellie emily emma evelyn fiona frances gemma gillian gloria grace
    hannah heather helen holly irene isabella jacqueline jane janet janice jennifer jenny jessica jill
    joan joanne joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie kayla
    kimberly kirsty laura lauren linda lisa liz lois lori lorraine louise lucy lynda margaret maria
    marie marilyn martha mary megan melissa mia michelle nancy natalie nicole norma olivia pamela
    patricia paula pauline peggy phyllis rachel rebecca rita rose ruth sally samantha sandra sara sarah
    sharon shirley sophia sophie stephanie sue susan susie teresa theresa tiffany tina valerie vanessa
    victoria wanda wendy zoe
    """
)


def first_name_gender(name: str) -> str | None:
    """ "m" or "f" when a person's name of two words or more opens with a given name of one gender."""
    words = name.split()
    if len(words) < 2:
        return None  # a single word may be a surname ("Warren", "Grace")
    first = words[0].lower()
    if first in MALE:
        return "m"
    return "f" if first in FEMALE else None


def is_given_name(word: str) -> bool:
    """Whether one word is a common given name of either sex ("Helen", "jim")."""
    low = word.lower()
    return low in MALE or low in FEMALE
