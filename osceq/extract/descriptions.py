"""Definite descriptions of a title that stand for a person the article names: "the Ohio governor"
for "Ohio Gov. Ann Lee", "Ann Lee won the vote. The Reno senator said …" for Ann Lee."""

from __future__ import annotations

from osceq.extract import name_words


def description_of_title(description: str) -> bool:
    """Whether a description is "the", a few modifiers and a title (`the Reno senator`, `the base
    chief`): one who was named before. Not a spokesman, most often one not named, nor a phrase going
    on (`the manager of a Reno bank` is someone new)."""
    words = description.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the":
        return False
    head = words[-1].lower()
    if head not in name_words.TITLES or head in name_words.SPEAKS_FOR or head in name_words.HONORIFICS:
        return False
    return not any(word in name_words.NAME_BREAKS or word in ("of", "for", "at") for word in words[1:])


# Short forms of titles, so that "the Ohio governor" finds "Ohio Gov. Ann Lee".
_TITLE_FORMS = {
    "senator": ("sen",),
    "governor": ("gov",),
    "representative": ("rep", "congressman", "congresswoman"),
    "congressman": ("rep", "representative"),
    "congresswoman": ("rep", "representative"),
    "admiral": ("adm",),
    "ambassador": ("amb",),
    "general": ("gen",),
    "professor": ("prof",),
    "president": ("pres",),
}


def title_holder(description: str, roles: dict[str, str]) -> str | None:
    """The one person of the article a definite description of a title stands for ("the Ohio
    governor" for "Ohio Gov. Ann Lee"), given each named person's role or title; None unless certain.
    """
    words = description.split()
    if len(words) < 2 or words[0].lower() != "the":
        return None
    holders = [name for name, role in roles.items() if role_fits(description, role)]
    return holders[0] if len(holders) == 1 else None


def role_fits(description: str, role: str) -> bool:
    """Whether a description of a title ("the Ohio governor") fits a person's role ("Ohio Gov.")."""
    words = description.split()
    head = words[-1].lower()
    forms = {head, *_TITLE_FORMS.get(head, ())}
    # The capitalised modifiers ("Ohio") must be in the role too: "the Ohio governor" is no Texan.
    marks = {w.lower() for w in words[1:-1] if w[:1].isupper()}
    return bool(forms & _role_words(role)) and marks <= _role_words(role)


def role_denies(description: str, role: str) -> bool:
    """Whether a person's role names a title other than a description's ("Gov." for "the senator");
    a role with no title ("Democratic candidate") denies nothing."""
    titles = {word for word in _role_words(role) if word in name_words.TITLES}
    return bool(titles) and not role_fits(description, role)


def _role_words(role: str) -> set[str]:
    return {w.strip(".,").lower() for w in role.split()}
