"""The sentence's subject as the speaker of a reporting verb that has no subject of its own next to it:
not an abstract noun that cannot speak (`The trouble was …`), and not the main clause's subject
when a "that" clause between them brings its own speaker (`… was that Ann Lee kept saying "…"`)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.clauses import sentence_subject
from osceq.extract.name_words import IRREGULAR_PAST
from osceq.extract.speaking_role_words import ISSUING_VERBS
from osceq.extract.spent_cue_words import CLAUSE_ONLY_OPENERS
from osceq.extract.spent_subordinate_cues import own_subject_after_semicolon
from osceq.extract.thing_nouns import THING_NOUNS
from osceq.extract.tokens import PRONOUN_SUBJECTS, Token, capitalised, name_end, past_verb
from osceq.extract.word_kinds import agent_noun, person_noun, title_word

# Nouns for an idea, a state or a turn of events, which say nothing (`The trouble`, `The irony`).
ABSTRACT_HEADS = frozenset(
    {
        "trouble",
        "problem",
        "question",
        "point",
        "irony",
        "issue",
        "fact",
        "truth",
        "reality",
        "catch",
        "upshot",
        "thing",
        "idea",
        "reason",
        "difference",
        "paradox",
    }
)


def speaking_subject(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """The subject of a "that" clause leading to the verb at v (`Many voters feel that Ann Lee kept
    saying`), else the subject at the start of the sentence, or None when that is an abstract noun."""
    subject = sentence_subject(tokens, v)
    if subject is None:
        return None
    a, b, kind = subject
    b = plural_subject_end(tokens, a, b)
    subject = (a, b, kind)
    clause = that_clause_speaker(tokens, b, v)
    if clause is not None:
        return clause
    late = late_clause_speaker(tokens, b, v)
    if late is not None:
        # (`as Ann Lee received a letter accusing …`: the writing's author is neither the one who
        # got it nor the main subject)
        return late if tokens[late[1]].low in ISSUING_VERBS else None
    if _own_clause_before(tokens, b, v) or own_subject_after_semicolon(tokens, b, v):
        return None  # (`…; Roe's motto (repeated to me often) was, "…"`: a clause of its own after ";")
    if _abstract(tokens, a, b, kind) or (kind == "nominal" and _thing_before_verb(tokens, a, b)):
        return None
    return subject


def _own_clause_before(tokens: list[Token], b: int, v: int) -> bool:
    """`Lee's turn started when Ann Roe, in response, accused him of …`: a finite verb at v after a
    later clause's subordinator and its own subject (a name or a person's pronoun), with no "and"
    that could join it to the main clause again and no relative clause holding it, is that
    subject's, never the sentence's subject ending at b."""
    if tokens[v].low.endswith("ing"):
        return False  # (a participle may hang on the main clause: `late_clause_speaker`)
    return any(
        tokens[k].low in CLAUSE_ONLY_OPENERS
        and tokens[k].text.islower()
        and (capitalised(tokens[k + 1]) or tokens[k + 1].low in PRONOUN_SUBJECTS)
        and not any(t.low in ("and", "or", "but", "then") for t in tokens[k:v])  # (`…, then said`)
        and not any(t.low in fw.RELATIVES for t in tokens[b:k])  # (`Lee, who left because she …, said`)
        and _main_verb_before(tokens, b, k)
        for k in range(b, v - 1)
    )


def _main_verb_before(tokens: list[Token], b: int, k: int) -> bool:
    """Whether the main clause has its own finite verb between the subject's end b and the opener at
    k, before any comma: an opener in an aside (`Roe, when she was asked, told`) ends no clause."""
    for t in tokens[b:k]:
        if t.text == ",":
            return False
        if past_verb(t) or t.low in IRREGULAR_PAST or t.low in fw.FINITE_BE:
            return True
    return False


def _thing_before_verb(tokens: list[Token], a: int, b: int) -> bool:
    """Whether a subject read from a to b ran on past a thing's noun into a present verb of no
    speech (`The report details steps`, `The price freeze applies`): a thing doing something, no
    speaker of the words after it."""
    for k in range(a + 1, b):
        word, before = tokens[k], tokens[k - 1]
        if (
            before.low in THING_NOUNS
            and before.text.islower()
            and word.text.isalpha()
            and word.text.islower()
            and word.low.endswith("s")
            and not word.low.endswith(("ss", "us", "is"))
            and word.low not in lex.REPORTING_FORMS
        ):
            return True
    return False


def _abstract(tokens: list[Token], a: int, b: int, kind: str) -> bool:
    """Whether a subject is an abstract noun (`The fact`, `The question hung over …`), which says nothing."""
    if kind != "nominal":
        return False
    second = tokens[a + 1] if a + 1 < b else None
    return tokens[b - 1].low in ABSTRACT_HEADS or (
        tokens[a].low in fw.DETERMINERS
        and second is not None
        and second.text.islower()
        and second.low in ABSTRACT_HEADS
    )


def that_clause_speaker(tokens: list[Token], b: int, v: int) -> tuple[int, int, str] | None:
    """`… was that Ann Lee kept saying`: a "that" after token b whose clause opens on a name or a
    person's pronoun and runs on in lower-case verbs to the reporting verb at v."""
    k = next((m for m in range(v - 1, b - 1, -1) if tokens[m].low == "that" or tokens[m].text in ",;:"), -1)
    if k < 0 or tokens[k].low != "that" or k + 1 >= v:
        return None
    if k == b:
        return (
            None  # `The clerk that Ann Lee hired says`: a relative clause of the subject, the clerk's words
        )
    first = tokens[k + 1]
    if first.low in PRONOUN_SUBJECTS:
        end, kind = k + 2, "pronoun"
    elif capitalised(first):
        end, kind = name_end(tokens, k + 1), "name"
    else:
        return None
    verbs = tokens[end:v]
    if not 0 < len(verbs) <= 3 or not all(
        t.text.isalpha() and t.text.islower() and t.low not in fw.PREPOSITIONS and t.low not in fw.DETERMINERS
        for t in verbs
    ):
        return None
    return k + 1, end, kind


def late_clause_speaker(tokens: list[Token], b: int, v: int) -> tuple[int, int, str] | None:
    """`The race turned bitter as Ann Lee released an ad saying …`: a later clause (`as`, `when`,
    `after` …) between the main subject ending at b and the participle at v opens on a name or a
    person's pronoun whose own verb leads, with no comma or "and", to it: that name, which speaks when
    the verb is one of issuing a writing (`speaking_role_words.ISSUING_VERBS`); the verb is at the
    returned end."""
    if not tokens[v].low.endswith("ing"):
        return None  # (`Lee was quick to act after he won and said …`: a finite verb joins the main clause)
    k = next((m for m in range(v - 1, b - 1, -1) if tokens[m].low in fw.LATE_SUBORDINATORS), -1)
    if k < 0 or k + 1 >= v or not tokens[k].text.islower():
        return None
    first = tokens[k + 1]
    if first.low in PRONOUN_SUBJECTS:
        end, kind = k + 2, "pronoun"
    elif capitalised(first):
        end, kind = k + 1, "name"
        while end < v and (
            capitalised(tokens[end]) or tokens[end].text == "." or _role_word(tokens[end].text)
        ):
            end += 1  # (`as Civic nominee Ann Lee released`: a title or office before the name)
    else:
        return None
    rest = tokens[end:v]
    if not rest or not rest[0].text.islower() or not past_verb(rest[0]):
        return None  # (`as Ann Lee's aides …`: no verb of the name's own right after it)
    if any(not t.text.isalpha() or t.low in ("and", "but", "or") for t in rest):
        return None  # a comma or other mark: the verb at v may hang on the main clause again
    return k + 1, end, kind


def _role_word(word: str) -> bool:
    """Whether a lower-case word before a name is its title or office (`nominee`, `chairman`)."""
    return word.islower() and (title_word(word) or person_noun(word) or agent_noun(word))


# Words after which a bare verb or adjective takes its complement (`hope the`, `angry at`, `feel that`);
# "of" is left out, as it follows nouns (`Residents of the town`).
_COMPLEMENT_OPENERS = (fw.PREPOSITIONS | fw.DETERMINERS | {"that", "to"}) - {"of"}


def plural_subject_end(tokens: list[Token], a: int, b: int) -> int:
    """Where a subject read forward from a to b ends when it ran on past a plural noun into the bare
    verb or adjective after it (`Engineers hope the …`, `Residents angry at …`, `Many voters feel
    that …`): the plural ends it. Returns b when nothing ran on."""
    for k in range(a + 1, b):
        word, before = tokens[k], tokens[k - 1]
        if (
            k + 1 < len(tokens)
            and tokens[k + 1].low in _COMPLEMENT_OPENERS
            and word.text.isalpha()
            and word.text.islower()
            and not word.low.endswith("s")
            and word.low not in _COMPLEMENT_OPENERS
            and word.low not in fw.NOT_NAME_WORDS
            and not person_noun(word.text)
            and not agent_noun(word.low)
            and (before.text.islower() or k - 1 == a)
            and before.text.isalpha()
            and before.low.endswith("s")
            and not before.low.endswith(("ss", "us", "is"))
        ):
            return k
    return b


def verb_before_participle(tokens: list[Token], subject: tuple[int, int, str], v: int) -> int:
    """Where a subject read back from a participle at v ends when its last word is the clause's own
    verb in the past (`when the board met urging "…"`, `the crowd stood chanting`): before that verb."""
    a, b, kind = subject
    last = tokens[b - 1]
    if (
        kind == "nominal"
        and b == v
        and b - a > 2
        and tokens[v].low.endswith("ing")
        and last.text.isalpha()
        and last.text.islower()
        and last.low in IRREGULAR_PAST
    ):
        return b - 1
    return b
