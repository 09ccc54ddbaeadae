"""Whether a reporting form is the verb here or a noun: `Lee notes that` but `the notes`,
`the officials state` but `Ohio state delegate`, `Moody's said` but `Varga's email` (is_verb and
the word-order tests it rests on)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.as_clause_verbs import ends_as_aside
from osceq.extract.document_relatives import writing_before_relative
from osceq.extract.naming_relatives import names_thing_before
from osceq.extract.reading_nouns import reading_compound
from osceq.extract.tokens import PRONOUN_SUBJECTS, Token, between_word, capitalised, is_word, possessive
from osceq.extract.word_kinds import person_noun

# "Put" with these particles makes a verb of doing, never of speech (`put up signs`, `put off the
# vote`, a count or a risk `put at 3,000`); "put out a statement" may be.
_PUT = frozenset({"put", "puts", "putting"})
_PUT_PARTICLES = frozenset(
    {"up", "off", "down", "on", "together", "away", "aside", "back", "in", "through", "at"}
)
# Reporting forms that are never a noun or an adjective, so no possessive can own them.
_ONLY_VERBS = frozenset({"said", "says", "told", "tells"})


def is_verb(tokens: list[Token], v: int) -> bool:
    """Whether tokens[v] is a reporting verb here, not a noun ("his remarks", "the report")."""
    token = tokens[v]
    if token.low not in lex.REPORTING_FORMS:
        return False
    if token.low in _PUT and v + 1 < len(tokens) and tokens[v + 1].low in _PUT_PARTICLES:
        return False  # `Police put up signs`: "put it" may be speech, "put up" never is
    if reading_compound(tokens, v):
        return False  # `a reading lamp`: a noun, no text read out
    if v == 0:
        return True
    if token.text[:1].isupper() and tokens[v - 1].text not in '.:"“”':
        return False  # "the United States", "the Washington Post"
    before = tokens[v - 1]
    if _firm_named_for_someone(tokens, v):
        return True  # `Moody's said`: "said" and "told" are never nouns, so the possessive is a name
    if possessive(before) or before.low in ("’", "'"):
        return False  # "Varga's email", "the agency's report"
    if token.low in lex.NOUNS_BEFORE_OF and v + 1 < len(tokens) and tokens[v + 1].low == "of":
        return False  # `Conservative claims of "…"`, `amid reports of "…"`: a noun with its content
    if token.low in lex.NOUN_LIKE_FORMS:
        # "many state workers", "1,300 Varga emails": only a verb right after its subject.
        if v > 1 and before.text[:1].isupper() and tokens[v - 2].low in fw.NOUN_MARKERS:
            return False  # "a Facebook post", "the AP report"
        if _disagrees(tokens, v):
            return False  # "many Baltic states", "the Harbour Press report"
        return (
            before.low in PRONOUN_SUBJECTS
            or before.low == "it"  # `…," it read.`: a document or a sign speaks
            or (
                before.low == "which" and writing_before_relative(tokens, v) is not None
            )  # `the report, which notes`
            or (between_word(before) and not _owned_noun(tokens, v))
            or (
                before.text[:1].isupper()
                and before.low not in fw.NOT_NAME_WORDS
                and before.low not in fw.PREPOSITIONS  # "Amid protests, …"
                and not _bare_noun_after_singular(tokens, v)
                and not _compound_noun(tokens, v)
            )
            or _thing_reports(tokens, v)
            or _people_report(tokens, v)
            or _names_object(tokens, v)
            or _verb_by_its_place(tokens, v)
            or names_thing_before(tokens, v)
            or ends_as_aside(tokens, v)
        )
    before = tokens[v - 1]
    return not (before.low in fw.NOUN_MARKERS or possessive(before) or before.low in ("’", "'"))


def _owned_noun(tokens: list[Token], v: int) -> bool:
    """Whether the word before v follows a possessive or an article (`Lee's first post`, `her last
    tweet`, `the only comment`): then it qualifies a noun, it is no adverb before a verb."""
    owner = tokens[v - 2] if v > 1 else None
    if owner is not None and possessive(owner):
        return tokens[v - 1].low in fw.BETWEEN_ADJECTIVES  # `Moody's also notes`: a firm's name speaks
    return owner is not None and owner.low in fw.NOUN_MARKERS


def _firm_named_for_someone(tokens: list[Token], v: int) -> bool:
    """`Moody's said`, `Lloyd's says`: a capitalised word in the possessive right before "said" or
    "told", which are never nouns, is a firm named for someone, the verb's subject."""
    before = tokens[v - 1]
    return tokens[v].low in _ONLY_VERBS and possessive(before) and capitalised(before)


def _thing_reports(tokens: list[Token], v: int) -> bool:
    """`The ad claims "…"`, `the report notes that …`: after a determiner and a noun, a form that is
    mostly a noun is the verb when a quote, a colon or "that" follows it at once."""
    if v < 2 or tokens[v - 2].low not in fw.DETERMINERS:
        return False
    if v > 2 and is_word(tokens[v - 3]) and tokens[v - 3].low not in ("and", "but", "while", "as"):
        return False  # `the fall of the index shows`: the phrase must open its clause
    noun = tokens[v - 1]
    following = tokens[v + 1] if v + 1 < len(tokens) else None
    # `as the report notes, "…"`: an "as"-clause ends at its verb.
    ends_as_clause = v > 2 and tokens[v - 3].low == "as" and following is not None and following.text == ","
    return (
        noun.text.isalpha()
        and noun.text.islower()
        and noun.low not in fw.NOUN_MARKERS
        and (following is None or following.low == "that" or following.text in ':"“' or ends_as_clause)
    )


# Forms that are also the past tense ("Lee read"), and plural nouns without an s ("Police note").
_PAST_FORMS = frozenset({"read", "hit"})
_PLURALS_WITHOUT_S = frozenset({"police", "people"})


def _bare_noun_after_singular(tokens: list[Token], v: int) -> bool:
    """`Ohio state delegate Ann Lee`: a form without -s after a single capitalised word that does
    not end in s cannot be its present tense ("Lee states", "Democrats state"), so it is a noun."""
    token, before = tokens[v], tokens[v - 1]
    return (
        not token.low.endswith("s")
        and token.low not in _PAST_FORMS
        and not before.low.endswith("s")
        and before.low not in _PLURALS_WITHOUT_S
        and (v < 2 or tokens[v - 2].low != "and")  # "Lee and Park note"
    )


# Lower-case words a verb can go on with (`Lee notes that`, `Lee hit back`; prepositions aside).
_AFTER_A_VERB = frozenset(
    {"that", "to", "it", "again", "also", "only", "not", "back", "out", "up", "down", "off"}
)


def _compound_noun(tokens: list[Token], v: int) -> bool:
    """`the verdict in Texas state court`: a bare form that is mostly a noun, followed at once by a
    lower-case word that no verb goes on with (a noun, an adjective), is a noun inside a name."""
    if v + 1 >= len(tokens) or tokens[v].low.endswith("s"):
        return False  # (`Lee quotes former aide …`, `which Lee claims affirmed`: a singular's verb)
    following = tokens[v + 1]
    return (
        following.text.isalpha()
        and following.text.islower()
        and following.low not in fw.DETERMINERS
        and following.low not in fw.PREPOSITIONS
        and following.low not in fw.OBJECT_PRONOUNS
        and following.low not in _AFTER_A_VERB
        and not following.low.endswith("ly")
    )


def _people_report(tokens: list[Token], v: int) -> bool:
    """`the officials state in the report`, `the authors note`: a form that is mostly a noun, in its
    plural form of the verb, right after a plural noun for people is that noun's verb (a plural
    seldom modifies a noun, and "the officials' state" takes an apostrophe); capitalised when it opens
    the sentence, before a naming verb only (`Critics call the plan "…"`; `Critics warn that any
    "…"` may be the writer's scare quotes)."""
    token, before = tokens[v], tokens[v - 1]
    return (
        token.text.islower()
        and not token.low.endswith("s")
        and (before.text.islower() or (v == 1 and token.low in lex.PLURAL_NAMING_FORMS))
        and person_noun(before.text)
        and (before.low.endswith("s") or before.low.endswith("men"))
    )


def _names_object(tokens: list[Token], v: int) -> bool:
    """`the former mayor calls it her "…"`, `the newspaper calls it "…"`, `a leaflet calls both men
    "…"`: a naming form in -s after a lower-case noun, with its object between it and the quotation
    (the tokens' end), is the noun's verb (not `the missed calls it logged were "…"`)."""
    token, before = tokens[v], tokens[v - 1]
    return (
        token.low in lex.NAMING_S_FORMS
        and token.text.islower()
        and _object_to_quote(tokens[v + 1 :])
        and before.text.isalpha()
        and before.text.islower()
        and before.low not in fw.NOUN_MARKERS
        and before.low not in fw.DETERMINERS
    )


def _object_to_quote(rest: list[Token]) -> bool:
    """Whether the tokens up to the quotation are a naming verb's object: a pronoun, with at most an
    article or possessive after it (`it her`), or a short phrase opening on a determiner (`both men`,
    `the plan`) with no verb in it."""
    if not rest:
        return False
    if rest[0].low in fw.OBJECT_PRONOUNS:
        return len(rest) == 1 or (len(rest) == 2 and rest[1].low in lex.BEFORE_A_NAMING_COMPLEMENT)
    return (
        rest[0].low in lex.NAMING_OBJECT_OPENERS
        and 2 <= len(rest) <= 3
        and all(t.text.isalpha() and t.low not in fw.MODALS and not t.low.endswith("ed") for t in rest[1:])
        # `faces renewed calls this week for "…"`: a time or a preposition is no object.
        and not any(t.low in fw.PREPOSITIONS or t.low == "to" or t.low in lex.TIME_OBJECTS for t in rest[1:])
    )


def _verb_by_its_place(tokens: list[Token], v: int) -> bool:
    """`who claims that`, `used to boast that`, `Ann Lee, a professor, calls the plan "…"`: a form
    that is mostly a noun is the verb right after "who", as an infinitive of speech after "to" (not
    `in response to calls`), and in its -s form after the comma closing an aside beside a name when
    its object follows (not `emails, calls and posts`)."""
    token, before = tokens[v], tokens[v - 1]
    if not token.text.islower():
        return False
    if before.low == "who":
        # (`a "tax czar" who reports to her`: right after a quotation, the pronoun stands for it)
        return v < 2 or before.start - tokens[v - 2].end <= 1
    if before.low == "to":
        return token.low in lex.SPOKEN_INFINITIVES and not _compound_noun(tokens, v)
    following = tokens[v + 1] if v + 1 < len(tokens) else None
    return (
        before.text == ","
        and following is not None
        and (
            following.low in fw.DETERMINERS
            or following.low in fw.OBJECT_PRONOUNS
            or following.low == "that"
            or capitalised(following)
        )
        and (
            (token.low.endswith("s") and _name_beside_aside(tokens, v - 1))
            or (token.low in lex.PLURAL_NAMING_FORMS and _people_beside_aside(tokens, v - 1))
        )
    )


def _people_beside_aside(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at index comma closes an aside set off after a plural noun for people that
    opens the sentence (`Critics, including two unions,`): then a plural verb follows its subject."""
    opening = next((k for k in range(comma - 1, max(0, comma - 16), -1) if tokens[k].text == ","), None)
    if opening is None or opening == 0:
        return False
    noun = tokens[opening - 1]
    first = opening - 2 if opening > 1 and tokens[opening - 2].low in fw.DETERMINERS else opening - 1
    return first == 0 and person_noun(noun.text) and noun.low.endswith(("s", "men"))


def _name_beside_aside(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at index comma closes an aside set off after a name (`Ann Lee, a
    professor,`) or an aside that is a name (`her aide, Ann Lee,`): then the subject is a person."""
    opening = next((k for k in range(comma - 1, max(0, comma - 16), -1) if tokens[k].text == ","), None)
    if opening is None or opening == 0:
        return False
    aside = tokens[opening + 1 : comma]
    return capitalised(tokens[opening - 1]) or (
        0 < len(aside) <= 4 and all(capitalised(t) or t.text == "." for t in aside)
    )


def _disagrees(tokens: list[Token], v: int) -> bool:
    """Whether the noun-like form at v cannot agree, as a verb, with the capitalised words before
    it: an -s form after a plural opener (`many Baltic states`), a bare form after "the" or "a" and
    a singular name (`the Harbour Press report`); a verb of the phrase would agree with it."""
    k = v - 1
    while k >= 0 and tokens[k].text[:1].isupper() and tokens[k].text.isalpha():
        k -= 1
    if k < 0 or k == v - 1:
        return False
    word, last = tokens[v].low, tokens[v - 1].low
    if tokens[k].low in fw.PLURAL_OPENERS:
        return word.endswith("s") and not last.endswith("s")
    if tokens[k].low in ("the", "a", "an", "this"):
        return _bare_noun_after_singular(tokens, v)
    return False


def charges_that(tokens: list[Token], v: int) -> bool:
    """`Lee charged that …`, `the union charges that …`: a verb that reports speech only with "that"
    right after it; a present form only right after its subject (`its charges that` is a noun)."""
    if tokens[v].low not in lex.THAT_LED_FORMS or v + 1 >= len(tokens) or tokens[v + 1].low != "that":
        return False
    # The words end at the quotation when it opens the clause (`charged that "…"`).
    if (v + 2 < len(tokens) and not _opens_clause(tokens[v + 2])) or _participle_of_noun(tokens, v):
        return False
    if tokens[v].low.endswith(("ed", "ing")):
        return True
    before = tokens[v - 1] if v else None
    return before is not None and (
        before.low in PRONOUN_SUBJECTS or (capitalised(before) and not possessive(before))
    )


def _opens_clause(after: Token) -> bool:
    """Whether the word after "that" opens a clause (a subject) rather than making "that" a
    determiner of a time or a noun (`charged that night`, `charged that man`)."""
    if after.low in lex.CLAUSE_SUBJECT_OPENERS or after.low in PRONOUN_SUBJECTS:
        return True
    return capitalised(after) and after.low not in fw.TIME_NOUNS and after.low not in lex.MONTH_WORDS


def _participle_of_noun(tokens: list[Token], v: int) -> bool:
    """Whether the form at v is a passive or an adjectival participle (`was charged`, `the first
    person charged`): its noun is the one charged, not one who charges."""
    if tokens[v].low != "charged":
        return False
    before = [t.low for t in tokens[max(0, v - 3) : v]]
    return any(w in fw.PASSIVE_AUXILIARIES or w in fw.BETWEEN_ADJECTIVES for w in before)
