"""`Kestrel Grant of Canada Ltd economist Ivo Marsh`, `Confederation of Tarn Hauliers President Ivo
Marsh`: an "of" that joins a body's name, which a role and its officer's full name follow."""

from __future__ import annotations

from osceq.extract import name_words as w
from osceq.extract.given_names import first_name_gender
from osceq.extract.word_kinds import name_word


def firm_of_place_before_role(tokens: list[str], k: int) -> bool:
    """Whether the "of" at token k joins a firm's name between capitalised words, the firm then
    standing before a lower-case role and a full name that end the mention ("Kestrel Grant of Canada
    Ltd economist Ivo Marsh"): no person's name goes on so after an "of"."""
    if not all(name_word(t) for t in tokens[:k]) or first_name_gender(" ".join(tokens[:k])) is not None:
        return False  # `Ann Lee of …` is a person of a firm
    # The role may be capitalised inside the run ("Confederation of Tarn Hauliers President Ivo
    # Marsh"): the first role word that leaves a full name after it ends the firm.
    m = k + 1
    while m < len(tokens) and name_word(tokens[m]) and m - k <= 4:
        if m > k + 1 and tokens[m][:1].isupper() and _role_then_full_name(tokens, m):
            return True
        m += 1
    if m == k + 1 or m >= len(tokens):
        return False  # `… of London-based brokers Kestrel Grant`: a plural describes the firm after it
    return _role_then_full_name(tokens, m)


def _role_then_full_name(tokens: list[str], m: int) -> bool:
    """Whether tokens[m] is a person's role and two or three name words end the mention after it."""
    name = tokens[m + 1 :]
    # A particle may stand inside the name ("Ivo Marsh da Lenta"), not at its ends.
    words = [t for t in name[1:-1] if t not in w.NAME_PARTICLES]
    return (
        tokens[m].lower() in w.PERSON_NOUNS
        and len(name) > 1
        and len(words) <= 1  # two or three words, the particles aside
        and all(name_word(t) and t[1:].islower() for t in [name[0], *words, name[-1]])
    )
