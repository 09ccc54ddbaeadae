"""Commas that list the fields of one office (`Minister of Trade, Industry and Energy Ann Lee`):
they join the office's name and do not end the mention's role before the person's name."""

from __future__ import annotations

from osceq.extract.word_kinds import person_noun, title_word


def office_list_commas(tokens: list[str]) -> list[int]:
    """Positions of the commas in a capitalised list after an office's "of" that the list's "and"
    closes (`Minister of Trade, Industry and Energy`); empty when there is no such list."""
    commas: list[int] = []
    k = 0
    while k < len(tokens) - 1:
        if tokens[k] == "of" and k > 0 and _office_word(tokens[k - 1]):
            found, k = _listed_fields(tokens, k + 1)
            commas.extend(found)
        k += 1
    return commas


def _listed_fields(tokens: list[str], start: int) -> tuple[list[int], int]:
    """The list commas of the one-word field names from token start, and where the list stops: a
    comma stands after each field but the last two, which "and" joins (`Trade, Industry and Energy`;
    `State, Ann Lee and Bo Park` lists people, not fields)."""
    commas: list[int] = []
    k = start
    while k + 2 < len(tokens) and _capitalised(tokens[k]):
        if tokens[k + 1] == "," and _capitalised(tokens[k + 2]):
            commas.append(k + 1)
            k += 2
        elif tokens[k + 1] == "and" and _capitalised(tokens[k + 2]) and commas:
            return commas, k + 2
        else:
            break
    return [], k


def with_list_commas(text: str, tokens: list[str], commas: list[int]) -> str:
    """Text read without the list commas at commas, with them put back between their fields."""
    for k in commas:
        text = text.replace(f"{tokens[k - 1]} {tokens[k + 1]}", f"{tokens[k - 1]}, {tokens[k + 1]}", 1)
    return text


def _office_word(token: str) -> bool:
    return title_word(token, nouns_only=True) or person_noun(token)


def _capitalised(token: str) -> bool:
    return token[:1].isupper() and token.isalpha()


def whole_listed_office(name: str, tokens: list[str], commas: list[int]) -> str | None:
    """`the Minister of Trade, Industry and Energy` with no name after it: a description read only up
    to the list's first comma, shown with the whole list when the list ends the mention."""
    head = tokens[: commas[0]]
    words = name.split()
    if len(words) != len(head) or words[-1] != head[-1] or len(tokens) != commas[-1] + 4:
        return None
    return name + " ".join(tokens[commas[0] :]).replace(" ,", ",")
