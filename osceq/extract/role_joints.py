"""A role read as ending on a joining word (`Secretary of Roads and` + `Ports Mela Quint`): the
office's last field was taken for the first word of the name after it."""

from __future__ import annotations

from osceq.extract.given_names import is_given_name
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.word_kinds import person_noun, title_word

# Words an office's name cannot end on: another field or place follows them.
_JOINING_WORDS = frozenset({"and", "of", "for", "&"})

# An office's name that a joining word goes on with, right before a capitalised run: `Secretary of
# Roads and ` before `Ports Mela Quint`.
_OFFICE_BEFORE_JOINT = any_case_pattern(r"\b([A-Z][\w.-]*) of (?:[A-Z][\w-]* )*[A-Z][\w-]* (?:and|&) $")
_REACH = 80  # characters looked back for the office
# An office whose last field follows a joining word, alone: `the Secretary of Roads and Ports`.
_OFFICE_WITH_JOINT = any_case_pattern(
    r"(?:[Tt]he )?([A-Z][\w.-]*) of (?:[A-Z][\w-]* )*[A-Z][\w-]* (?:and|&) ([A-Z][\w-]*)"
)


def field_ending_office(tokens: list[str]) -> bool:
    """Whether a mention is an office alone whose last field follows a joining word (`the Secretary
    of Roads and Ports`, `the Minister of Trade and Industry`): no person or body is named after the
    joint, the office speaks; a given name there is a second speaker's."""
    office = _OFFICE_WITH_JOINT.fullmatch(" ".join(tokens))
    return (
        office is not None
        and (title_word(office.group(1)) or person_noun(office.group(1)))
        and not is_given_name(office.group(2))
    )


def field_past_role_joint(name: str, role: str | None) -> tuple[str, str] | None:
    """The name and role with the name's first word given back to the role, when the role ends on a
    joining word and the name runs to three words or more whose first is no given name; else None."""
    if not role or role.rsplit(" ", 1)[-1] not in _JOINING_WORDS:
        return None
    words = name.split()
    if len(words) < 3 or is_given_name(words[0]):
        return None  # (`Secretary of State and Ann Marie Lee` keeps its name)
    return " ".join(words[1:]), f"{role} {words[0]}"


def field_opening_run(text: str, start: int, run: str) -> int:
    """How many characters of a capitalised run at start are the last field of an office before it
    (`Secretary of Roads and Ports Mela Quint`: "Ports "), 0 when none are; the name is what is left,
    of two words or more, and the field is no given name."""
    words = run.split()
    if len(words) < 3 or is_given_name(words[0]):
        return 0
    office = _OFFICE_BEFORE_JOINT.search(text, max(0, start - _REACH), start)
    if office is None or not (title_word(office.group(1)) or person_noun(office.group(1))):
        return 0
    return run.find(" ") + 1
