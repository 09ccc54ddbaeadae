"""Text tests on speaker names that need an article but no resolver state: whether a subject names
one of the article's people, generations, headline lines, and quotations' extents. The names set
off beside a description (between commas, after an affiliation) are in apposed_names.py."""

from __future__ import annotations

import bisect
import re

from osceq.extract import function_words as fw
from osceq.extract import kin_words, name_words
from osceq.extract import reporting as lex
from osceq.extract.apposed_names import PARTICLE_WORDS
from osceq.extract.apposed_speakers import relative_goes_on, takes_stance
from osceq.extract.letter_cases import any_case, any_case_pattern
from osceq.extract.names import name_matches, singular_person, speaker_key
from osceq.extract.stopwords import STOPWORDS
from osceq.models import Span

# Patterns the resolver reads an article with.
# (After the Irish particle `Ó`, the surname: `Ms. Ó Briain` is a she named Briain.)
GENDERED = any_case_pattern(
    r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess)\.?\s+(?:Ó\s+)?([A-Z][\w’'\-]+)"
)
# (A name may end in a suffix with its dot: "Tomas Holm Jr., who".)
# (A word with a full stop inside the name is an initial or a title: "Rage. Ann Lee" is two sentences.)
# (A capitalised preposition opening the sentence is no part of it: "Like Ann Lee, chairman of …".)
NAME_BEFORE_COMMA = any_case_pattern(
    r"(?<![\w.’'])(?!(?:"
    + "|".join(sorted(word.capitalize() for word in fw.PREPOSITIONS | {"as"}))
    + r")\s)((?:(?:[A-Z]\.|(?:"
    + "|".join((*name_words.ABBREVIATED_TITLES, "St"))
    + r")\.|[A-Z][\w’'\-]*)\s+){0,3}"
    r"(?:Jr\.|Sr\.|[A-Z][\w’'\-]*))\s*(?:\([^()]{0,20}\)\s*)?"
    # (A party label set off by commas after the name is no name: "Ann Lee, D-Dover, who".)
    r"(?:,\s*[DRI]-[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*)?\s*)?,\s*$"
)
# `Ann Lee's campaign`, `Lee's chief of staff`: a capitalised owner, its possessive and a noun phrase
# in lower case (group 3 its last word).
OWNED = any_case_pattern(r"([A-Z][^’']*?)((?:’s?|'s?) (?:[a-z\-]+ ){0,3}([a-z]+))$")
_FULL_NAME = any_case(
    r"\b[A-Z][\w’'\-]*[a-z][\w’'\-]*(?:\s+(?:[A-Z]\.\s+)?(?:" + PARTICLE_WORDS + r"[\s-]+){0,%d}"
    r"[A-Z][\w’'\-]*[a-z][\w’'\-]*){1,8}\b(?:(?<=Jr|Sr)\.|\s+(?:Jr\.|Sr\.|III\b|II\b|IV\b)|,\s(?:Jr|Sr)\.)?"
)
FULL_NAME = re.compile(_FULL_NAME % 2)
# The same with one particle at most, for runs whose two particles follow no sign of a person
# (particle_names.full_names).
ONE_PARTICLE_NAME = re.compile(_FULL_NAME % 1)
# The comma some papers write before a generation ("Ann Lee, Jr."), which the name keeps.
GENERATION_COMMA = re.compile(r",\s(?=(?:Jr|Sr)\.$)")
# A name whose given names are only initials ("T.K. Arleth", "R. T. Arleth Jr."), which FULL_NAME
# leaves out: it needs a lower-case letter in the first word, and firms are written so too ("E.F.
# Rowe"), so such a name counts only with a sign of a person beside it (`initials_person`).
INITIALS_NAME = any_case_pattern(
    r"(?<![\w.])(?:[A-Z]\.\s?){1,3}[A-Z][\w’'\-]*[a-z][\w’'\-]*(?:\s+(?:Jr\.|Sr\.|III\b|II\b|IV\b))?"
)
_WORD_BEFORE = any_case_pattern(r"([A-Za-z]+)\.?\s+$")
_FIRST_NAME_BEFORE = any_case_pattern(r"\b([A-Z][a-z]+)\s+$")
_ROLE_AFTER = re.compile(r"\s*,\s*((?:[\w’'\-]+\s+){0,3}[\w’'\-]+)")
_ROLE_LEAD = frozenset({"a", "an", "the", "its", "his", "her", "their"})
LOWER_WORD = any_case_pattern(r"(?<![\w\-])[a-z]+\b")
# The end of a sentence: a stop (and a closing mark) before a capital or a paragraph's end.
SENTENCE_END = any_case_pattern(r"[.!?][\"”’')]?(?:\s*\n|\s+[\"“‘']?[A-Z])")
# What stands right before a word that opens a sentence or a paragraph.
SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n][\"“”'’)]?\s*|[\"“]\s*)$")
# (Within one line, and a dot only in an abbreviation: "Petrov.\nChief of" is two sentences.)
TITLE_OF = any_case_pattern(r"(?:(?:[A-Z][\w’'\-]*|[A-Z][\w.]{0,4}\.)[ ]+){1,4}of[ ]+(?:the[ ]+)?$")
# "he told Dawes": whoever the pronoun stands for is not the person it speaks to.
ADDRESSED = any_case_pattern(
    r"\b([Hh]e|[Ss]he)\s+(?:told|tells|asked|asks)\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*[a-z])\b"
)
# "His opponent, Ann Lee, won. He said": the name beside a his/her opening the sentence is someone
# of the possessor's, and a pronoun of the possessor's gender goes on with the possessor.
OWNER_BESIDE = any_case_pattern(
    r"(?:^|[.!?\n][\"“”'’)]?\s*)([Hh]is|[Hh]er)\s+(?:[a-z][\w’'\-]*\s+){0,2}[a-z][\w’'\-]*,\s*$"
)
# A given name, a nickname of one or two words in quotation marks, a surname: `Juan "Kiko" Arleth`,
# `Harold "Big Hal" Brannick`.
_NICKNAMED = any_case_pattern(
    r"\b([A-Z][a-z]+|(?:[A-Z]\.\s?){0,2}[A-Z]\.)\s+[\"“][A-Z][\w’'\-]*(?:\s[A-Z][\w’'\-]*)?[\"”]\s+"
    r"([A-Z][\w’'\-]*[a-z])\b"
)  # (or the given name's initials: `C.J. "Bud" Varley`)
# A name that reports news, of no known gender, is most often an outlet's: "…, Reno Watch reported."
REPORTED_AFTER = re.compile(r"\s+(?:first\s+|also\s+)?reported\b")
# "X said Lee called on …": the subject of a reported clause, a name before a past-tense verb.
_REPORTED_CLAUSE = any_case_pattern(
    r"\b(?:said|says|told [a-z]+)\s+(?:that\s+)?((?:[A-Z][\w’'\-]+\s+){0,2}[A-Z][\w’'\-]*[a-z])"
    r"\s+[a-z]+ed\b"
)
# A name, then right away a quotation that goes on into the pronoun's tag: `Lee "caused havoc," he`.
QUOTED_PREDICATE = any_case_pattern(r"(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*\s*[\"“][^\"“”\n]*,[\"”]\s*")


def names_a_person(name: str, people: dict[str, list[str]]) -> bool:
    """Whether a subject names a person of this article: a quoted speaker, a full name seen in it,
    or a description of one person ("a company spokesman", who may be "he" in the next sentence).

    `people` files the article's names under their last key word, the one word that two names of one
    person always share (see name_matches)."""
    if singular_person(name):
        return True
    base = without_generation(name)
    return any(
        name_matches(base, without_generation(person)) for person in people.get(last_key_word(name), ())
    )


def after_the(text: str, mention: Span) -> bool:
    """Whether "the" opens a mention or stands right before it: "the Reno Star" names a thing."""
    return mention.text.lower().startswith("the ") or text.endswith(("the ", "The "), 0, mention.start)


def last_key_word(name: str) -> str:
    """The last word of a name's key, not counting a generation (`Joseph R. Murray II` is a Murray)."""
    words = speaker_key(without_generation(name)).split()
    return words[-1] if words else ""


_INITIAL_BEFORE = any_case_pattern(r"(?<![\w.’'])[A-Z]\. ?$")


def initial_before(text: str, start: int, floor: int) -> str:
    """A lone initial written right before a full name ("F. " of "F. Ross Holm"), which belongs to
    it though FULL_NAME starts at a word with a lower-case letter; "" when there is none."""
    initial = _INITIAL_BEFORE.search(text, max(floor, start - 4), start)
    return initial.group() if initial else ""


# `Said Ann Lee, a trader, "…"`: an inverted tag's verb opening a sentence, a name, then its comma.
# (The name ends at a comma or colon, or at a who-clause running to one: `Said Ann Lee who was there:`.)
_INVERTED_OPENING = any_case_pattern(
    r"([A-Z][a-z]+) (?=(?:[A-Z][\w’'\-]*\s+)*[A-Z][\w’'\-]*(?:\s*[,:]|\s+who\b))"
)


_QUOTATION_OPENING = re.compile(r"[,:]\s*[\"“]")


def inverted_verb_length(text: str, start: int) -> int:
    """How many characters of a capitalised run at start are an inverted tag's verb opening its
    sentence (`Said Ann Lee, …` is Ann Lee's tag, not a name "Said Ann Lee"); 0 when none."""
    if not SENTENCE_OPENING.search(text, max(0, start - 3), start):
        return 0
    verb = _INVERTED_OPENING.match(text, start)
    if verb is None or verb.group(1).lower() not in lex.INVERTING_FORMS:
        return 0
    # Only when the sentence goes on to a quotation: `Said Omar Haddad, the envoy, arrived` is a name.
    window = text[verb.end() : verb.end() + 300]
    sentence_end = SENTENCE_END.search(window)
    opening = _QUOTATION_OPENING.search(window, 0, sentence_end.start() if sentence_end else len(window))
    return verb.end() - start if opening is not None else 0


def lone_after_function_word(name: str, written: str) -> bool:
    """`For Kestrel's creditors`, `While Kestrel's plan`: a capitalised function word opening the run
    leaves one word, which is no person's full name (and often a firm's short name)."""
    first = written.split()[0]
    return " " not in name and first.lower() in STOPWORDS and first != name


def initials_names(text: str, start: int, end: int) -> list[str]:
    """The people's names of initials (`initials_person`) written between two offsets."""
    return [
        match.group()
        for match in INITIALS_NAME.finditer(text, start, end)
        if initials_person(text, match.start(), match.end())
    ]


def initials_person(text: str, start: int, end: int) -> bool:
    """Whether a name of initials (INITIALS_NAME, at start:end) is a person's: a generation ends it,
    a title stands right before it (`spokesman T.K. Arleth`, `Dr. T.K. Arleth`), or a title heads the
    apposition after it (`T.K. Arleth, vice president of …`); not so `E.F. Rowe, the broker,`, nor
    the end of a name with a first name (`Ann T. Arleth` is found whole elsewhere)."""
    first = _FIRST_NAME_BEFORE.search(text, max(0, start - 20), start)
    if first is not None and first.group(1).lower() not in name_words.TITLES:
        return False
    if text[start:end].split()[-1].lower() in name_words.GENERATIONS:
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and before.group(1).lower() in name_words.TITLES:
        return True
    after = _ROLE_AFTER.match(text, end, end + 60)
    if after is None:
        return False
    # The role's head comes first, after an article, a possessive or modifiers ("the bank's
    # deputy chairman"): a title further on belongs to someone else (`U.N. Aid, Ann Lee's minister`).
    for word in after.group(1).lower().split():
        if word in name_words.TITLES and word not in name_words.HONORIFICS:
            return True
        if not (
            word in _ROLE_LEAD
            or word in name_words.TITLE_MODIFIERS
            or word in name_words.OFFICES
            or word.endswith(("'s", "’s"))
        ):
            return False
    return False


def title_case_words(name: str) -> bool:
    """`Crowd Does Not Like Tomas Holm`: a headline in title case, not a name, holds two or more
    function words ("Does", "Not")."""
    return sum(word.lower() in STOPWORDS for word in name.split()) >= 2


def mid_sentence(text: str, word: str, near: int) -> bool:
    """Whether a capitalised word is written inside a sentence somewhere near (a name is, a sentence
    adverb is not); only 3,000 characters each side are read, so a huge file stays linear."""
    found = re.search(rf"[\w,;]\s+{re.escape(word)}\b", text[max(0, near - 3000) : near + 3000])
    return found is not None


def opening_participle(text: str, mention: Span, name: str) -> bool:
    """`Outlining terms of the plan, the firm said`: a capitalised -ing word opening a sentence and
    written capitalised nowhere inside one nearby is a participle, not a surname."""
    return (
        " " not in name
        and len(name) > 5
        and name.endswith("ing")
        and SENTENCE_OPENING.search(text, max(0, mention.start - 3), mention.start) is not None
        and not mid_sentence(text, name, mention.start)
    )


def names_nobody(text: str, mention: Span, name: str) -> bool:
    """Whether a mention read as a person's name names nobody: a reporting verb, a pronoun ("It"
    of "It's been said", a contraction with no owner) or a participle opening the sentence
    ("Answering questions, Smith said")."""
    low = name.lower()
    return low in lex.REPORTING_FORMS or low in name_words.PRONOUNS or opening_participle(text, mention, name)


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def title_case_line(text: str, start: int, end: int) -> bool:
    """Whether a paragraph is a headline in title case: a short line whose every word of four letters
    or more is capitalised, three or more of them."""
    if end - start > 200:
        return False
    words = _LONG_WORD.findall(text, start, end)
    return len(words) >= 3 and all(word[0].isupper() for word in words)


def without_generation(name: str) -> str:
    """A name without a generation after it: "Ivo Marsh III" -> "Ivo Marsh"."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in name_words.GENERATIONS:
        words.pop()
    return " ".join(words).rstrip(",")


def inside_quotation(position: int, starts: list[int], ends: list[int]) -> bool:
    """Whether position lies inside one of the sorted, disjoint [start, end) quotations."""
    k = bisect.bisect_right(starts, position) - 1
    return k >= 0 and position < ends[k]


# `Ann Lee, the secretary-general of the Reno Council (RC), arrived`: a definite or indefinite role
# set off by commas right after a full name, an acronym in brackets allowed before the closing comma.
_APPOSED_ROLE = any_case_pattern(
    r",\s+((?:the|a|an)\s+[^,;:!?\"“”()\[\]\n]{3,140}?)(?:\s+\([A-Z][\w.&\-]{1,12}\))?\s*,", re.IGNORECASE
)


def apposed_role(text: str, name_end: int) -> str | None:
    """The role an apposition gives the full name ending at name_end, when it holds an office or a
    person noun (`, the secretary-general of …,`, `, a lawyer at …,`): a speaker's description,
    read where the article introduces the person even when no quote is tagged there."""
    match = _APPOSED_ROLE.match(text, name_end)
    if match is None:
        return None
    role = match.group(1)
    words = {word.strip(".’'").lower() for word in role.split()}
    if not words & (name_words.TITLES | name_words.PERSON_NOUNS) or words & name_words.CLAUSE_WORDS:
        return None  # `, the day the vote ended,`, `, a man who …,`: no office, or a clause
    return role


def beside_owner(text: str, position: int, name: str, gender: str, before: int) -> bool:
    """Whether a pronoun's candidate name stands beside a his/her of the pronoun's gender that opens
    its sentence ("His rival, Ann Lee, won."), and is not named again before the pronoun at `before`
    ("…, but Lee said"): the pronoun then goes on with the possessor."""
    owner = OWNER_BESIDE.search(text, max(0, position - 60), position)
    if owner is None or fw.PRONOUN_GENDER.get(owner.group(1).lower()) != gender:
        return False
    *before_relation, relation = owner.group().rstrip(", ").lower().split()
    kin = kin_words.MALE_KIN if gender == "m" else kin_words.FEMALE_KIN
    if "late" not in before_relation and (  # (`His late father, Karl, insisted …`: the dead speak not)
        relative_goes_on(text, owner.group(), name, position + len(name), gender)
        or (relation in kin and takes_stance(text, position + len(name)))
    ):
        return False  # `His son, Ivo Lomax, said …`, `His son, Emil, remains defiant.`: the son goes on
    # A whole word: "Lee" is not named again in "Leeds".
    named_again = re.compile(rf"\b{re.escape(name.split()[-1])}\b")
    return named_again.search(text, position + len(name), before) is None


def nicknamed_names(text: str, start: int, end: int) -> list[str]:
    """The names written with a quoted nickname between start and end, without it: `Juan "Kiko"
    Arleth` is "Juan Arleth", as a sentence's subject is read with its quotations left out."""
    if text.find('"', start, end) < 0 and text.find("“", start, end) < 0:
        return []  # (the nickname's opening mark is in every match: most paragraphs hold none)
    return [f"{m.group(1)} {m.group(2)}" for m in _NICKNAMED.finditer(text, start, end)]


def reported_subject_before(text: str, before: int) -> str | None:
    """The subject of the clause reported in the sentence right before offset `before` ("Rep. Ivo
    Marsh said Lee called on members to …. She added"): the name before a past-tense verb."""
    reported = list(_REPORTED_CLAUSE.finditer(text, max(0, before - 300), before))
    if not reported or len(SENTENCE_END.findall(text, reported[-1].end(), before + 1)) != 1:
        return None  # only the sentence right before the pronoun's
    return reported[-1].group(1)


def sentence_case_opener(text: str, mention: Span, shown: str, lower_words: set[str]) -> str:
    """A description shown without the capital its first word has only for opening the sentence
    (`Local traders said` -> "local traders"): the words after it are in lower case and the article
    writes the first word in lower case too; a name keeps it ("Pentagon officials", "Bank of Spain
    officials")."""
    first, _, rest = shown.partition(" ")
    if (
        not rest
        or rest != rest.lower()
        or not (first[:1].isupper() and first[1:].isalpha() and first[1:].islower())
    ):
        return shown
    if not mention.text.startswith(first) or first.lower() not in lower_words:
        return shown
    if SENTENCE_OPENING.search(text, max(0, mention.start - 3), mention.start) is None:
        return shown
    return f"{first.lower()} {rest}"
