"""A sentence opening on a reporting participle (`Answering questions from …, Lee said`): the
capitalised participle is no name, so the noun after it is its object, not a verb with a subject."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.name_words import ORGANISATION_WORDS
from osceq.extract.tokens import Token, capitalised, past_verb
from osceq.extract.word_kinds import person_noun, title_word

# Marks that close a fronted clause (a dot may be an initial's or an abbreviation's).
_CLAUSE_CLOSERS = fw.CLAUSE_MARKS - {"."}
# Lowercase words inside a name (`Ann Lee of Tarn Holdings`, `Ivo de Varga`).
_NAME_LINKS = lex.NAME_PARTICLES | {"of", "and", "for", "at"}
# Words after which a fronted clause's object begins (`about`, `by`, `the`).
_OBJECT_OPENERS = fw.PREPOSITIONS | fw.PARTICIPLE_PREPOSITIONS | fw.DETERMINERS

# Past forms of reporting verbs that do not end in -ed (`Reading said …`: a finite verb).
_IRREGULAR_PAST = frozenset({"said", "told", "spoke", "wrote", "swore", "thought", "began"})


def participle_read_as_name(tokens: list[Token], subject: tuple[int, int, str]) -> bool:
    """Whether a one-word "name" is a reporting participle opening the sentence (`Confirming …`):
    its own object follows it, then a comma before the main clause."""
    a, b, kind = subject
    if kind != "name" or b - a != 1 or b >= len(tokens):
        return False
    word = tokens[a]
    if a > 0 and tokens[a - 1].text not in fw.SENTENCE_OPENING_MARKS:
        return False
    if _pressed_on(word, tokens[b]):
        return True  # `Pressed on the fare cuts announced by the board Lee said`: no name "Pressed"
    if not word.low.endswith("ing") or word.low not in lex.REPORTING_FORMS:
        return False
    if _finite_verb(tokens[b]):
        return False  # `Reading said in a statement:`, `Reading confirmed the news,`: a club's name
    return any(t.text == "," for t in tokens[b + 1 :])


def _pressed_on(word: Token, after: Token) -> bool:
    """A participle of questioning opening the sentence before a preposition (`Pressed on`, `Quizzed
    about`): a fronted clause, never a name (a list, since names and firms end in -ed too: `United`)."""
    return word.low in fw.QUESTIONING_PARTICIPLES and after.low in fw.PREPOSITIONS


def _finite_verb(token: Token) -> bool:
    """A verb in the past or the present tense right after the word (`said`, `confirmed`, `says`)."""
    if past_verb(token) or token.low in _IRREGULAR_PAST:
        return True
    present = token.low.endswith("s") and token.low not in lex.NOUN_LIKE_FORMS
    return present and token.low in lex.REPORTING_FORMS


def name_after_fronted_clause(tokens: list[Token], subject: tuple[int, int, str]) -> tuple[int, int, str]:
    """`Asked about the levy Lee said`: with no comma closing a fronted participle clause, the subject
    is the name after the clause's last lowercase word (with any lowercase title before it), not the
    clause's nouns run into it."""
    a, b, kind = subject
    if not _after_fronted_clause(tokens, subject):
        return subject
    k = next((k + 1 for k in range(b - 1, a - 1, -1) if _clause_word(tokens[k])), a)
    while k < b and tokens[k].text.islower():
        k += 1  # (a link word left at the start: `of`)
    while k > a and tokens[k - 1].text.islower() and _role_word(tokens[k - 1].low):
        k -= 1  # `chairman Ann Lee`
    named = a < k < b and (capitalised(tokens[k]) or _role_word(tokens[k].low))
    return (k, b, kind) if named else subject


def _clause_word(token: Token) -> bool:
    """A lowercase word that belongs to the fronted clause, not to a name or its title."""
    return (
        token.text.isalpha()
        and token.text.islower()
        and token.low not in _NAME_LINKS
        and not _role_word(token.low)
    )


def _role_word(low: str) -> bool:
    """A title or a noun for a person (`chairman`, `analyst`)."""
    return title_word(low, nouns_only=True) or person_noun(low)


def glued_after_fronted_clause(tokens: list[Token], subject: tuple[int, int, str]) -> bool:
    """`Asked about Tom Reed Lee said`: with no comma closing a fronted participle clause, a run of
    three or more capitalised words right after its preposition or article may be its object glued
    to the subject's name; where one ends is unknown, so the subject is left unread."""
    if not _after_fronted_clause(tokens, subject):
        return False
    b = subject[1]
    run = b
    while run > 1 and capitalised(tokens[run - 1]):
        run -= 1
    before = tokens[run - 1].low
    return b - run >= 3 and before in _OBJECT_OPENERS and b - _object_end(tokens, run, b) >= 3


def _object_end(tokens: list[Token], run: int, b: int) -> int:
    """Where the object in the capitalised run tokens[run:b] surely ends: after its last acronym or
    body word (`by the BBC Ann Lee`, `by the New York Times Ann Lee`), or at a title opening the
    subject (`by the BBC Prime Minister Ann Lee`, where the run then counts as no glued object)."""
    end = run
    for k in range(run, b - 1):
        if k > run and title_word(tokens[k].text):
            return b  # (a title starts the subject: the object ended before it)
        if _ends_object(tokens[k].text):
            end = k + 1
    return end


def _ends_object(word: str) -> bool:
    """Whether a capitalised word ends a name of a body rather than a person (`BBC`, `Times`)."""
    return (len(word) > 1 and word.isupper()) or word.lower() in ORGANISATION_WORDS


def _after_fronted_clause(tokens: list[Token], subject: tuple[int, int, str]) -> bool:
    """Whether a name subject follows a sentence-opening reporting participle's clause with no comma."""
    a, b, kind = subject
    opener = tokens[0]
    if kind != "name" or a == 0 or not opener.text[:1].isupper() or opener.low not in lex.REPORTING_FORMS:
        return False
    return opener.low.endswith(("ed", "ing")) and not any(t.text in _CLAUSE_CLOSERS for t in tokens[1:b])
