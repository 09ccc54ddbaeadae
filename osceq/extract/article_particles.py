"""A surname written with an Arabic article ("al-Attiya", "el-Baz") and later without it ("Attiya"):
one person, as news copy shortens such names on later mentions."""

from __future__ import annotations

# The article joined by a hyphen to a surname.
_ARTICLES = ("al-", "el-")


def without_article(key_word: str) -> str:
    """A name's last key word without an Arabic article before it ("al-attiya" -> "attiya")."""
    for article in _ARTICLES:
        if key_word.startswith(article) and len(key_word) > len(article) + 1:
            return key_word[len(article) :]
    return key_word


def file_without_articles(people: dict[str, list[str]]) -> None:
    """Also file the names under their last key word without its article, when no name of the
    article is filed there already (two people then, and the bare surname stays no one's). Names
    of different articles on one bare surname ("al-Tarwa", "el-Tarwa") are all filed there."""
    filed_here: set[str] = set()
    for key, names in list(people.items()):
        bare = without_article(key)
        if bare == key:
            continue
        if bare not in people:
            people[bare] = list(names)
            filed_here.add(bare)
        elif bare in filed_here:
            people[bare].extend(name for name in names if name not in people[bare])
