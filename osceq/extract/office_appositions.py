"""A name set off after an office or a spokesman's post that ends in an organisation's name with
"and" inside it: in `The Minister of Energy and Mines, Sok Vira, said` and `a spokesman for the
Ministry of Foreign Affairs and Trade, Sok Vira, said` the subject read back from the verb stopped
at "and" ("Mines"); the name between the commas is who speaks."""

from __future__ import annotations

from osceq.extract.listed_names import list_comma
from osceq.extract.name_words import ORGANISATION_WORDS, PLACES
from osceq.extract.tokens import Token, capitalised, joins_name
from osceq.extract.word_kinds import person_noun, title_word

# Words that join the parts of an organisation's name (`Ministry of Foreign Affairs and Trade`).
_JOINS = frozenset({"of", "and", "for", "the", "&"})
# How far back (tokens) from the comma the office's "of" or "for" may stand.
_REACH = 14


def name_after_office(tokens: list[Token], comma: int, close: int) -> int | None:
    """The start of a person's name between tokens comma and close when the words before the comma
    are an office or post `of`/`for` an organisation whose name holds "and"; else None."""
    inner = tokens[comma + 1 : close]
    if len(inner) < 2 or not all(
        capitalised(t) or joins_name(tokens, comma + 1 + m) for m, t in enumerate(inner)
    ):
        return None
    if inner[-1].low in ORGANISATION_WORDS or inner[-1].low in PLACES:
        return None  # `…, Kestrel Bank,`, `…, Nova Scotia,`: no person
    post = _office_post(tokens, comma)
    return comma + 1 if post is not None and _governing_preposition(tokens, post) is None else None


def office_subject_end(tokens: list[Token], comma: int) -> int | None:
    """Where the subject ends before an office of a body named with "and" that ends at token comma,
    when no person's name follows it: at the preposition that makes the office its object (`A
    spokesman for the Minister of Water and Forests, Ann Lee, said`) or right after the post (`A
    spokesman for the Ministry of Energy and Mines, Kestrel International, said`); never inside the
    body's name ("Forests") nor, after a preposition, in the apposition (the office holder's)."""
    post = _office_post(tokens, comma)
    if post is None:
        return None
    governing = _governing_preposition(tokens, post)
    return post + 1 if governing is None else governing


def _office_post(tokens: list[Token], comma: int) -> int | None:
    """The office or post word before the `of`/`for` that opens an organisation's name holding "and"
    and ending at token comma (`Minister` in `the Minister of Energy and Mines,`); else None."""
    k = comma
    joined = False
    while (
        k > 0
        and comma - k < _REACH
        and (capitalised(tokens[k - 1]) or tokens[k - 1].low in _JOINS or list_comma(tokens, k - 1, comma))
    ):
        k -= 1
        joined = joined or tokens[k].low in ("and", "&")
        if tokens[k].low in ("of", "for") and k > 0:
            post = tokens[k - 1]
            if joined and (title_word(post.text, nouns_only=True) or person_noun(post.text)):
                return k - 1
    return None


# Words that make the office after them their object (`Lawyers for the Minister of …`, `a letter to
# the Minister of …`): the name set off after it is then the office holder's, who does not speak.
_GOVERNING = frozenset({"of", "for", "to", "by", "with", "from", "against", "about"})


def _governing_preposition(tokens: list[Token], post: int) -> int | None:
    """The preposition before the post at token post, past its article and the title words before it
    (`for the Deputy Minister`), if one stands there."""
    m = post - 1
    while m >= 0 and (tokens[m].low in ("the", "a", "an") or title_word(tokens[m].text)):
        m -= 1
    return m if m >= 0 and tokens[m].low in _GOVERNING else None
