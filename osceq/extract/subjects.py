"""The person a sentence is about: its subject, or the speaker its closing tag names.

Used by `speakers.Resolver` to find who a he/she pronoun stands for: the latest such person before
the pronoun, outside quotations.
"""

from __future__ import annotations

from collections.abc import Callable

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract import reporting as lex
from osceq.extract.clauses import after_dateline
from osceq.extract.copular_names import copular_person
from osceq.extract.dateline_persons import officer_after_ticker, plainly_a_person, titled_person
from osceq.extract.forward_phrases import np_forward
from osceq.extract.given_names import first_name_gender
from osceq.extract.names import PERSON, parse_mention, singular_person
from osceq.extract.opener_lists import subject_after_listed_names
from osceq.extract.openers import past_relative_aside, past_second_opener
from osceq.extract.particle_names import opens_with_particle
from osceq.extract.possessive_appositions import possessive_apposition as _possessive_apposition
from osceq.extract.subject_persons import subject_at as _subject_at
from osceq.extract.subject_starts import FOCUS_WORDS as _FOCUS_WORDS
from osceq.extract.subject_starts import opens_phrase as _opens_phrase
from osceq.extract.subject_starts import opens_subject as _opens_subject
from osceq.extract.subject_starts import opens_subject_after_focus as _opens_subject_after_focus
from osceq.extract.subject_starts import pronoun as _pronoun
from osceq.extract.subject_tags import inverted_tag, may_end_in_tag, mention_person, tag_speaker
from osceq.extract.time_openers import opens_intro, past_time_phrase
from osceq.extract.tokens import Token, capitalised, phrase_text
from osceq.extract.unnamed_subjects import past_join, unnamed_reporter, unnamed_reporter_description
from osceq.extract.word_kinds import kin_or_person_noun

_CLAUSE_REACH = 40  # tokens: an opening clause can be long (`After the vote … ended in chaos, …`)
# The subject of `Another said …`: someone other than the person before, and unnamed, so a he or
# she after it stands for nobody the resolver can name.
ANOTHER = "another"


def sentence_person(
    text: str, start: int, end: int, tokens: list[Token], quoted: bool, is_person: Callable[[str], bool]
) -> tuple[int, str] | None:
    """The person a sentence (outside quotations) is about, if it names one, with the offset where
    it is named (`According to Newsline, Ann Lee said …` names Ann Lee after the source).

    Reported speech names its speaker in the tag that closes it (`…, one central bank official
    said.`), who is then the "he" of the next quote; its subject is what was said. A sentence holding
    a quotation has its speaker found by the quote extractor instead.
    """
    first = next((k for k, token in enumerate(tokens) if token.text[:1].isalnum()), len(tokens))
    if (
        first + 1 < len(tokens)
        and tokens[first].low == ANOTHER
        and tokens[first + 1].low in lex.REPORTING_FORMS
    ):
        return tokens[first].start, ANOTHER
    tag = tag_speaker(text, start, end) if not quoted and may_end_in_tag(tokens) else None
    if tag is None:
        tag = inverted_tag(tokens)  # before any quotation: its tokens are left out
    if tag is not None and is_person(tag[1]):
        return tag
    for offset, name, appositive in subject_names(tokens):
        if appositive or is_person(name):
            return offset, name  # a name in apposition to "X's wife" is a person, known or not
    source = _according_to(tokens)
    if source is not None and is_person(source[1]):
        return source
    if unnamed_reporter(tokens, first):  # (`But one member said …`: the description, the he after it)
        first = past_join(tokens, first)  # (its offset is its own, not the joining word's)
        return tokens[first].start, unnamed_reporter_description(tokens, first) or ANOTHER
    return _lone_person(tokens, is_person) or copular_person(tokens, is_person)


def _lone_person(tokens: list[Token], is_person: Callable[[str], bool]) -> tuple[int, str] | None:
    """The one person a sentence with no person for its subject names elsewhere ("Just look at
    Speaker Ann Lee."; "The memo came from her friend Ann Lee."): whom it is about. Not when a
    pronoun is a subject in it ("He told Ann Lee …" is about him), nor when it names two people."""
    found: list[tuple[int, str]] = []
    k = 0
    while k < len(tokens):
        if _pronoun(tokens[k]):
            return None
        if capitalised(tokens[k]) and (k == 0 or not capitalised(tokens[k - 1])):
            end = np_forward(tokens, k)
            if end is not None and end[1] == "name":
                named = parse_mention(phrase_text(tokens, k, end[0]))
                if named.kind == PERSON and is_person(named.name):
                    found.append((tokens[k].start, named.name))
                k = max(k + 1, end[0])
                continue
        k += 1
    if len({name for _, name in found}) != 1 or first_name_gender(found[0][1]) is None:
        return None  # a common given name makes sure it is a person's, not a place's ("South Carolina")
    return found[0]


def may_be_he_or_she(name: str) -> bool:
    """Whether a speaker's name can stand for a he or a she: a description of one person ("a company
    spokesman") or a capitalised name that is no organisation's ("Lorne Golf Club of Maine") nor a
    phrase an "according to" left ("audio provided", "excerpts")."""
    if singular_person(name):
        return True
    if not name[:1].isupper() and not opens_with_particle(name):  # (`de Morville` is a name)
        return False
    words = name.lower().replace("-", " ").split()  # "the Sun-Times" is an "it"
    return not any(word in name_words.ORGANISATION_WORDS for word in words)


def _according_to(tokens: list[Token]) -> tuple[int, str] | None:
    """The person a sentence with no person for its subject cites: `…, according to a post from Ann
    Lee.` (who is then the "she" of the next quote)."""
    for k in range(len(tokens) - 2):
        if tokens[k].low == "according" and tokens[k + 1].low == "to":
            j = k + 2
            if not capitalised(tokens[j]):
                by = next(
                    (m for m in range(j, min(len(tokens), j + 5)) if tokens[m].low in ("from", "by", "of")),
                    None,
                )
                if by is None or by + 1 >= len(tokens):
                    return None
                j = by + 1
            return _subject_at(tokens, j) if capitalised(tokens[j]) else None
    return None


# Plural subjects that open a sentence; a comma after them and a name is an item of a list.
_PLURAL_SUBJECTS = frozenset(("these", "those", "they"))
# The verbs that open such a list right after its plural subject ("These include …", "They were …").
_LIST_VERBS = frozenset(("include", "included", "includes", "including", "are", "were"))


def subject_names(tokens: list[Token]) -> list[tuple[int, str, bool]]:
    """The names the sentence's subject may be, best first, as (offset, name, in apposition): a name
    in apposition to a possessive subject, the main clause's subject, the opening clause's ("When Ann
    Lee arrived in Reno, the crowd cheered")."""
    i = after_dateline(tokens, len(tokens))  # "PARIS, May 4 - Ann Lee said …": a story's first sentence
    # (An opening clause after the dateline is read as in any sentence: "PARIS - When Ann Lee …, she".)
    if i > 0 and not (i < len(tokens) and tokens[i].low in fw.SUBORDINATORS):
        return _dateline_subject(tokens, i)
    while i < len(tokens) and not tokens[i].text[:1].isalnum():
        i += 1
    if i >= len(tokens):
        return []
    start = i = past_time_phrase(tokens, i)  # (`By noon Bell had joined in`: the time is no subject)
    topic = _topic(tokens, i)
    if topic is not None:
        return [(*topic, False)]
    opener = _opens_phrase(tokens, i) or (
        tokens[i].low in fw.LINKING_WORDS and i + 1 < len(tokens) and _opens_phrase(tokens, i + 1)
    )  # "But after weeks of talks with the unions over pay, Lee …"
    reach = _CLAUSE_REACH if opener else 12
    comma = next((k for k in range(i, min(len(tokens), i + reach)) if tokens[k].text == ","), None)
    listed = (
        comma is not None
        and tokens[i].low in _PLURAL_SUBJECTS
        and i + 1 < len(tokens)
        and tokens[i + 1].low in _LIST_VERBS
        and any(map(capitalised, tokens[i + 2 : comma]))
    )
    if listed:
        return []  # "These include Ann Lee of Reno Bank, Ivo Marsh of …": a list, no one person's sentence
    if (
        i + 1 < len(tokens)
        and tokens[i].low in fw.LINKING_WORDS
        and _opens_subject_after_focus(tokens, i + 1)
    ):
        i += 1  # "And Okafor, for all his progress, agrees", "Then he described it, outside Reno"
    elif comma is not None and (
        opener
        or opens_intro(tokens, i)
        or tokens[i].low in fw.PLACE_OPENERS
        or (
            (not tokens[i].text[:1].isupper() or tokens[i].low in fw.NOT_NAME_WORDS)
            and not _reports_before(tokens, i, comma)
        )
    ):
        i = comma + 1  # past an introductory phrase: "Just two weeks earlier, Smith …"
        i = past_relative_aside(tokens, i)
        if comma == start + 1:
            i = past_second_opener(tokens, i)  # "Later, outside the courtroom, Lee told …"
        if opener and i == comma + 1:
            i = (
                subject_after_listed_names(tokens, comma) or i
            )  # "After talks with Lee, Ebner and Roe, Park …"
    elif (opener or tokens[i].low in fw.INTRO_WORDS) and len(dashes := _dashes(tokens, i, reach)) > 1:
        i = dashes[1] + 1  # past an aside in dashes: "Asked later - war or peace - the admiral smiled"
    elif i < len(tokens) and tokens[i].low in fw.INTRO_WORDS:
        i += 1  # "Then Smith spoke"
    if i + 1 < len(tokens) and tokens[i].low in _FOCUS_WORDS and capitalised(tokens[i + 1]):
        i += 1  # "And even Lee tried", "Only Lee knew": the name is the subject
    named = _possessive_apposition(tokens, i)
    if named is not None:
        # "Lee's pollster, Ann Holm, says": a person, known or not; not so "Lee's group, Lorne
        # Forward,"; after another noun, a person if the article knows the name. Never the possessor.
        noun = tokens[named - 2]
        person = _subject_at(tokens, named) if noun.low not in name_words.ORGANISATION_WORDS else None
        return [(*person, kin_or_person_noun(noun.low))] if person else []
    candidates = [_subject_at(tokens, i)]
    if opener and tokens[start].low in fw.SUBORDINATORS:
        candidates.append(_subject_at(tokens, start + 1))
    candidates.append(_but_subject(tokens, start))
    if (
        opener
        and comma is not None
        and i == comma + 1
        and (not _opens_subject(tokens[min(i, len(tokens) - 1)]) or candidates[0] is None)
    ):
        # An opening phrase with commas of its own: "At the club, where it costs more, Ann Lee …",
        # "At a rally in Reno, Nevada, 62-year-old Ann Lee …" (a place after the first comma).
        later = next((k for k in range(i, min(len(tokens), start + reach)) if tokens[k].text == ","), None)
        if later is not None and later + 1 < len(tokens) and _opens_subject(tokens[later + 1], age=True):
            candidates.append(_subject_at(tokens, later + 1))

    return [(*found, False) for found in candidates if found is not None]


def _reports_before(tokens: list[Token], i: int, comma: int) -> bool:
    """Whether the words before a sentence's first comma are a person as its subject and a reporting
    verb ("The spokesman said Reno had been slow, …"): not an opening phrase ("The next day, …")."""
    found = np_forward(tokens, i)
    if found is None or found[1] not in ("name", "nominal") or found[0] >= comma:
        return False
    verb = tokens[found[0]].low
    if verb not in lex.REPORTING_FORMS or verb.endswith("ing"):
        return False
    return mention_person(phrase_text(tokens, i, found[0])) is not None  # not "The Reno Star quoted"


def _dateline_subject(tokens: list[Token], i: int) -> list[tuple[int, str, bool]]:
    """The subject of a story's first sentence after its dateline, when it is plainly a person: one
    with a title ("Treasury Secretary Ann Lee said") or a common given name. A wire story's first
    subject is as often a firm, a cartel or a country, whose bare name may pass for a person's."""
    found = np_forward(tokens, i, limit=12)  # titles run long: "U.S. Secretary of Commerce Ann Lee"
    named = parse_mention(phrase_text(tokens, i, found[0])) if found else None
    if named is not None and named.kind == PERSON and (named.role or first_name_gender(named.name)):
        # A title just before the name sets it out as a person's, known or not (`Energy minister Lee`).
        return [(tokens[i].start, named.name, titled_person(named.role))]
    officer = officer_after_ticker(tokens, found[0]) if found else None
    if officer is not None:
        return [(*officer, True)]
    plain = subject_names(tokens[i:])[:1]  # the subject as read in any sentence, with its shape
    if plain and plainly_a_person(tokens, i, plain[0][0], plain[0][1]):
        return plain
    later = _but_subject(tokens, i)  # "… proceeding, but with a narrower focus, Ann Lee said"
    return [(*later, False)] if later is not None else []


def _dashes(tokens: list[Token], i: int, reach: int) -> list[int]:
    """Where each dash near the start of a sentence ends ("--" is two tokens)."""
    dash = ("-", "--", "–", "—")
    end = min(len(tokens), i + reach)
    return [
        k
        for k in range(i, end)
        if tokens[k].text in dash and (k + 1 >= end or tokens[k + 1].text not in dash)
    ]


def _but_subject(tokens: list[Token], start: int) -> tuple[int, str] | None:
    """The subject of a clause after ", but" ("The crowd wanted to leave, but Ann Lee wasn't having
    it"), who the sentence ends up being about when its own subject is no person; not after a colon
    ("Ann Lee: the plan is fine, but Ebner is wrong" is what she wrote)."""
    for k in range(start, len(tokens) - 2):
        if tokens[k].text == ":":
            return None
        if tokens[k].text != "," or tokens[k + 1].low not in ("but", "and"):
            continue
        subject = k + 2
        lower = tokens[subject].text[:1].islower()  # not a name in -ing ("but Brading was adamant")
        if lower and (_opens_phrase(tokens, subject) or tokens[subject].low == "by"):
            # "…, and by the spring of that year, Ann Lee was": the clause's subject is past its phrase
            comma = next(
                (m for m in range(subject, min(len(tokens), subject + 12)) if tokens[m].text == ","), None
            )
            subject = comma + 1 if comma is not None and comma + 1 < len(tokens) else len(tokens)
        elif tokens[k + 1].low == "and":
            continue  # "…, and Lee": no clause of its own to tell from a list of names
        if subject < len(tokens) and _opens_subject(tokens[subject]):
            return _subject_at(tokens, subject)
        return None
    return None


def _topic(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """The person an opening "As for Ann Lee," sets up for the pronoun subject after it ("As for
    Lee, she said she was calm"): the sentence is about that person."""
    if i + 2 >= len(tokens) or tokens[i].low != "as" or tokens[i + 1].low != "for":
        return None
    found = np_forward(tokens, i + 2)
    if found is None or found[1] != "name" or found[0] + 1 >= len(tokens):
        return None
    if tokens[found[0]].text != "," or not _pronoun(tokens[found[0] + 1]):
        return None
    person = mention_person(phrase_text(tokens, i + 2, found[0]))
    return (tokens[i + 2].start, person) if person else None
