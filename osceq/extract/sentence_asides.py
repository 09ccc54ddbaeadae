"""Asides set off by commas inside a sentence, closed before its main verb.

A relative clause (`his plan, which the Tax Board estimates would cost $2 billion, would risk "…"`,
`the miners, whom Lee praised in her speech, were "…"`): the verb inside the clause tells what its
subject thinks or did about the noun before it; the quote belongs to the main clause that goes on
after the closing comma.

An inverted tag (`The trouble, said Ann Lee, was that the plan was "…"`, `The paradox of the levy,
says Ivo Marsh, an economist, is that …`): the one named after the verb says the rest of the
sentence; the phrase before the tag is only its topic."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.tokens import Token, ly_adverb, past_verb
from osceq.extract.verb_or_noun import is_verb

# Relative words opening a clause whose subject is someone else (a clause of "who" has the noun
# before it for subject, most often the speaker itself).
_OTHER_SUBJECT_RELATIVES = frozenset({"which", "whom", "whose"})
_FINITE_HELPERS = fw.MODALS | fw.PASSIVE_AUXILIARIES | {"has", "have", "had", "does", "did"}


def in_closed_relative(tokens: list[Token], v: int) -> bool:
    """Whether the verb at index v lies in a relative clause opened by a comma and a relative word
    (`, which X estimates`) whose closing comma comes before the last words ahead of the quote."""
    opener = None
    for k in range(v - 1, max(-1, v - 10), -1):
        if tokens[k].text in fw.CLAUSE_MARKS:
            return False
        if tokens[k].low in _OTHER_SUBJECT_RELATIVES:
            opener = k
            break
    if opener is None or opener == 0 or tokens[opener - 1].text != ",":
        return False
    close = next(
        (m for m in range(v + 1, min(len(tokens), v + 20)) if tokens[m].text in fw.CLAUSE_MARKS),
        None,
    )
    if close is None or tokens[close].text != ",":
        return False
    if _stray_comma_after_speech(tokens, v, close):
        return False
    # The main clause goes on after the closing comma with its verb (`, would risk`, `, were`,
    # `, clearly intended`); a comma in a list of adjectives (`a generous, kind man`) closes nothing.
    return main_verb_follows(tokens, close + 1)


def _stray_comma_after_speech(tokens: list[Token], v: int, close: int) -> bool:
    """Whether the comma at close only follows the speech verb at v and its listener (`which Ann Lee
    says, will "…"`, `whom Ann Lee told reporters, was "…"`): what comes after is the verb's own
    clause, not the main clause."""
    verb = tokens[v].low
    if verb in lex.TELL_FORMS:
        return close <= v + 2
    return close == v + 1 and verb in lex.INVERTING_FORMS


def main_verb_follows(tokens: list[Token], m: int) -> bool:
    """Whether a finite verb (after any -ly adverbs) stands at index m: `would risk`, `were`,
    `clearly intended`."""
    while m < len(tokens) - 1 and ly_adverb(tokens[m]):
        m += 1
    return m < len(tokens) and (
        tokens[m].low in _FINITE_HELPERS or past_verb(tokens[m]) or is_verb(tokens, m)
    )


def inverted_aside_closes(tokens: list[Token], after: int) -> bool:
    """Whether the comma at index after closes an inverted `, says X,` tag and the main clause goes
    on with its verb."""
    return (
        0 < after < len(tokens) - 1
        and tokens[after].text == ","
        and not tokens[after + 1].low.endswith("ing")  # `, adding …`: a participle, no main clause
        and main_verb_follows(tokens, after + 1)
        and not _speech_verb_from(tokens, after + 1)
    )


def tag_aside_yields(tokens: list[Token], after: int) -> bool:
    """Whether the comma at index after closes a tag set off as an aside (`The snag, said Ann Lee,`,
    `The snag, Ann Lee said,`) and the main clause goes on `was that` to a verb of speech of its own
    (`was that Tom Park kept saying "…"`): that verb's speaker owns the quote, not the tag's."""
    return (
        0 < after < len(tokens) - 3
        and tokens[after].text == ","
        and tokens[after + 1].low in _COPULAS
        and tokens[after + 2].low == "that"
        and _speech_verb_from(tokens, after + 3)
    )


# The verb that links a topic to the "that" clause saying what it is (`The snag was that …`).
_COPULAS = frozenset({"is", "was", "remains", "remained"})


def _speech_verb_from(tokens: list[Token], m: int) -> bool:
    """Whether a verb of speech or writing in a finite or -ing form stands from index m on: the
    main clause's own speaker (`The mayor, said Ann Lee, wrote that …`, `…, was that Tom Park kept
    saying …`) then owns the quote, not the inverted tag."""
    return any(
        token.low in lex.INVERTING_FORMS
        and token.text.islower()
        and token.low.endswith(("ed", "ing", "s", "wrote", "said", "told", "spoke"))
        for token in tokens[m:]
    )
