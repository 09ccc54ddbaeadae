"""The organisation or document an "it" speaker stands for: `Kestrel Corp said sales fell. "…," it
said.` is Kestrel Corp's; `The report said costs rose. It said "…"` is the report's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract import reporting as lex
from osceq.extract.clauses import sentence_subject
from osceq.extract.firm_names import joined_firm_end, written_as_firm
from osceq.extract.first_names import named_as_thing
from osceq.extract.given_names import first_name_gender
from osceq.extract.it_chain import cannot_be_it, it_or_there_subject
from osceq.extract.names import DESCRIPTION, ORGANISATION, PERSON, parse_mention
from osceq.extract.sentences_back import sentences_back
from osceq.extract.tokens import Token
from osceq.extract.writing_words import OUTLETS, WRITINGS
from osceq.models import Block, Span

_POSSESSIVE = re.compile(r"['’]s\b")
# Words that may come between an outlet's name and its reporting verb (`the daily Vesna on Monday said`).
_AFTER_OUTLET = frozenset(
    ["on", "in", "at", "also", "earlier", "later", "last", "this", "then", "quoted", "cited"]
)
# Nouns for a body that are in no organisation word list, as the head of its description ("the
# consortium", "the union body", "the automaker"): an "it" in news copy.
_BODY_NOUNS = frozenset(
    (
        "consortium",
        "body",
        "cartel",
        "syndicate",
        "firm",
        "utility",
        "insurer",
        "lender",
        "retailer",
        "automaker",
        "carmaker",
        "airline",
        "manufacturer",
        "distributor",
        "conglomerate",
        "subsidiary",
    )
)
# The verbs of a tag closing reported speech; never a noun ("report", "demand", "post").
_TAG_VERBS = frozenset(
    ["said", "says", "added", "adds", "stated", "told", "noted", "wrote", "warned", "reported"]
)
# Words that may go on after a closing tag's verb: "…, the bank said in a report."
_AFTER_TAG = frozenset(
    ["in", "on", "at", "without", "after", "before", "when", "while", "today", "yesterday", "here", "as"]
)
# Pronouns that show the subject before them is a person ("Baker said she would sell her stake").
_PERSONAL_PRONOUNS = frozenset(["he", "she", "him", "his", "her", "himself", "herself"])
# Marks that open and close the quotation an "it" tags (`"…," it said`).
_OPENING_MARKS = frozenset("\"“'‘")
_CLOSING_MARKS = frozenset("\"”'’")
# A writing named with its author after "by", "of" or "from" (`The statement by the council`).
_WRITING_BY = re.compile(
    r"((?:[Tt]he|[Aa]n?) (?:[a-z]+ )?(?:" + "|".join(sorted(WRITINGS)) + r")) (?:by|of|from) ",
)
# How far back (characters) a one-word name is looked for written as a firm's ("Tarnco Inc").
_FIRM_REACH = 3000
# How many reaches back a chain of "it said" sentences is followed (each `sentences_back.REACH`).
_CHAIN_REACHES = 6


def it_antecedent(text: str, body: Sequence[Block], mention: Span) -> str | None:
    """The subject of the latest sentence before an "it" speaker, when that subject is an
    organisation or a writing; None when it is a person or anything else, since the latest subject
    decides and a wrong speaker is worse than none. An "it" subject sends the look one sentence
    further back ("It said …. It added …")."""
    if text.startswith(" quoted", mention.end):
        return None  # `It quoted the minister as saying "…"`: the words are the minister's
    reach_from = mention.start
    passed_it = False  # whether a sentence of the same "it" was passed
    held = None  # a body that did not speak, met inside a chain: shown unless the chain goes on
    for _ in range(_CHAIN_REACHES):
        chain_start = None  # the earliest sentence read, when it is the same "it" speaking
        for tokens, own in sentences_back(text, body, mention, reach_from):
            if reach_from < mention.start and tokens[0].start >= reach_from:
                continue  # (read in the reach before)
            if _cut_by_the_quote(text, tokens, mention):
                continue  # `Raising tariffs "would hurt trade," it said.`: the sentence's opening, no subject
            if held is not None:
                # `Tarnco Corp, a rival, cut prices.` between two sentences of the "it": either
                # body may be the "it"
                return None if _it_reports(tokens) or it_or_there_subject(tokens) else held
            chain_start = None
            if any(a.low == "according" and b.low == "to" for a, b in pairwise(tokens)):
                return None  # `Lee's group made threats, according to Kestrel Watch. It said …`: two sources
            if _it_reports(tokens) or it_or_there_subject(tokens):
                chain_start = tokens[0].start
                passed_it = True
                continue  # `It said …`, `Nor did it say …`: the same "it", named further back (or none)
            found = closing_tag(tokens) or sentence_subject(tokens, len(tokens))
            if found is None and own:
                continue
            if found is None:
                return None
            i, j, _ = found
            if j - i == 1 and tokens[i].low == "it":
                chain_start = tokens[0].start
                passed_it = True
                continue
            if cannot_be_it(tokens, i, j):
                # `Imports are forecast to fall.`: what the sentence is about is no "it"; inside a
                # chain, the look may go on past it as past a sentence of the "it"'s own
                chain_start = tokens[0].start if passed_it else None
                continue
            before = text[max(0, mention.start - _FIRM_REACH) : mention.start]
            firm_end = joined_firm_end(tokens, i, j, before)  # `Tarn and Tarn said`: one firm, whole
            personal = any(token.low in _PERSONAL_PRONOUNS for token in tokens[j:])
            after = tokens[j].text if j < len(tokens) else ""
            thing = _speaking_thing(text[tokens[i].start : tokens[j - 1].end], before, personal, after)
            thing = _with_author(thing, text, tokens[j - 1].end)
            if firm_end > j:
                thing, j = text[tokens[i].start : tokens[firm_end - 1].end], firm_end
            if thing is None or not passed_it or any(t.low in lex.REPORTING_FORMS for t in tokens[j:]):
                return thing
            held = thing
        if held is not None:
            return held
        if chain_start is None:
            return None
        # The reach ran out on a sentence of the same "it" (`…, it said.`): its speaker is named
        # before that sentence, so the look goes on back from it.
        reach_from = chain_start
    return None


# A writing's author written right after it (` from the Kestrel Fisheries Board`, ` by Dr Venn`).
_AUTHOR_AFTER = re.compile(r" (?:by|from) (?:the )?(?:[A-Z][\w'’\-]*\.? )*[A-Z][\w'’\-]*\b(?!['’])")


def _with_author(thing: str | None, text: str, end: int) -> str | None:
    """A writing's bare description (`the report`) with its author the subject left after it (`the
    report from the Kestrel Fisheries Board`): who wrote it is part of what speaks."""
    if thing is None:
        return None
    words = thing.split()
    if len(words) != 2 or words[0].lower() not in ("the", "a", "an") or words[1] not in WRITINGS:
        return thing
    author = _AUTHOR_AFTER.match(text, end)
    return thing + author.group() if author is not None else thing


def _cut_by_the_quote(text: str, tokens: list[Token], mention: Span) -> bool:
    """Whether the tokens are the opening of the pronoun's own sentence, cut off by the quotation
    the pronoun tags (`Above all in the hotel trade, "…," it said.`): no sentence end before the quote,
    only the quotation between it and the pronoun, and the pronoun in lower case."""
    if tokens[-1].text in ".!?:;" or not text[mention.start : mention.start + 1].islower():
        return False  # (`… branded it "political." It said …`: a sentence of its own before)
    between = text[tokens[-1].end : mention.start]
    inner = between.strip()
    return (
        "\n" not in between
        and len(inner) > 2
        and inner[0] in _OPENING_MARKS
        and inner[-1] in _CLOSING_MARKS
        and inner[-2] in ",.!?"
    )


def _outlet_named(phrase: str, name: str, after: str) -> bool:
    """Whether a name comes right after a lower-case word for a paper (`the Tarn daily al-Vesna`),
    is no person's (a given name first: `the newspaper Ann Lee owns`) and no relative clause's
    subject (a verb after it: `the magazine Vell edits said`)."""
    before = phrase[: len(phrase) - len(name)].split() if phrase.endswith(name) else []
    if first_name_gender(name) is not None:
        return False
    if after.islower() and after not in lex.REPORTING_FORMS and after not in _AFTER_OUTLET:
        return False
    return bool(before) and before[-1] in OUTLETS


def _written_as_outlet(before: str, name: str) -> bool:
    """Whether the text before writes the name with a word for a paper after it (`the Tarn Herald
    newspaper said`): a paper, though named like a person."""
    pattern = r"\b[Tt]he " + re.escape(name) + r" ([a-z]+)\b"
    return any(match.group(1) in OUTLETS for match in re.finditer(pattern, before))


def _owned_body(owned: list[str]) -> bool:
    """Whether the words after a possessive name a body by capitalised words ending in an
    organisation's word (`Tarnland's Finance Ministry`, `the League's Executive Council`): all
    of the name is there, and the body speaks as an "it"."""
    return (
        0 < len(owned) <= 4
        and all(word[:1].isupper() for word in owned)
        and owned[-1].lower() in name_words.ORGANISATION_WORDS
    )


def _it_reports(tokens: list[Token]) -> bool:
    """`It said …`, `It also added …`: a sentence whose subject is an "it" that reports."""
    verb = 2 if len(tokens) > 2 and tokens[1].low == "also" else 1
    return tokens[0].low == "it" and len(tokens) > verb and tokens[verb].low in lex.REPORTING_FORMS


def closing_tag(tokens: list[Token]) -> tuple[int, int, str] | None:
    """The speaker of a tag closing reported speech (`Sales rose, the company said.`): who spoke
    there, rather than the subject of what was said; the tag may be followed by a participle's
    clause (`…, the company said, adding that …`)."""
    found = _last_tag(tokens)
    if found is not None:
        return found
    cut = next(
        (
            k
            for k in range(1, len(tokens) - 1)
            if tokens[k].text == ","
            and tokens[k - 1].low in _TAG_VERBS
            and tokens[k + 1].text.islower()
            and tokens[k + 1].low.endswith("ing")
        ),
        None,
    )
    return _last_tag(tokens[:cut]) if cut is not None else None


def _last_tag(tokens: list[Token]) -> tuple[int, int, str] | None:
    """The tag after the sentence's last comma, when it ends the sentence."""
    end = len(tokens) - 1 if tokens[-1].text in ".!?" else len(tokens)
    comma = next((k for k in range(end - 1, max(-1, end - 14), -1) if tokens[k].text == ","), None)
    if comma is None or end - comma < 3:
        return None
    if tokens[comma + 1].low in _TAG_VERBS and end - comma <= 8:
        return comma + 2, end, "tag"  # `…, said the company.`
    # `…, the company said.`, `…, the company said in a report.` (the last such verb: "the report said")
    verb = next((k for k in range(end - 1, comma + 1, -1) if tokens[k].low in _TAG_VERBS), None)
    if verb is not None and (verb == end - 1 or tokens[verb + 1].low in _AFTER_TAG):
        return comma + 1, verb, "tag"
    return None


def _speaking_thing(phrase: str, before: str, personal: bool, after: str = "") -> str | None:
    """An organisation's name, or a description of one organisation or writing ("the company"); a
    name that may be a person's only when the text before writes it as a firm's ("Tarnco Inc said …
    Tarnco said") and its own sentence does not go on with a person's pronoun (personal: `Jordan
    Baker said she would sell`, a person named like the firm; after: the word after the phrase)."""
    named = parse_mention(phrase)
    if named.kind != DESCRIPTION and _POSSESSIVE.search(phrase):
        # "Tarnland's state oil firm Petrolex": the owner did not speak, and the name may be cut;
        # but "Tarnco's statement" is a writing that speaks.
        owner, rest = _POSSESSIVE.split(phrase, maxsplit=1)
        owned = rest.split()
        writing = 0 < len(owned) <= 3 and all(w.islower() for w in owned) and owned[-1] in WRITINGS
        # (`Today's Foreign Ministry statement`: a day owns nothing, the body's writing speaks)
        writing = writing or (
            owner.lower() in fw.TIME_NOUNS and 0 < len(owned) <= 4 and owned[-1] in WRITINGS
        )
        # (a person's letter is no "it" that says "we": `Ann Lee's statement said …`)
        by_person = first_name_gender(owner) is not None
        return phrase if (writing or _owned_body(owned)) and not by_person else None
    if named.kind == PERSON and _outlet_named(phrase, named.name, after):
        return named.name  # `the Tarn daily al-Vesna said`: the paper, by its name
    if named.kind == PERSON:
        # "Tarnco" or "Ohio Tarnco", written "Ohio Tarnco Co" before: a firm, unless a given name opens it.
        no_given_name = first_name_gender(named.name) is None
        as_thing = named_as_thing(before, named.name) or written_as_firm(before, named.name)
        as_thing = as_thing or _written_as_outlet(before, named.name)
        # "Bank Tarvonia": a name of two words or more with a word of an organisation's is one.
        words = named.name.split()
        as_thing = as_thing or (
            len(words) > 1 and any(w.lower() in name_words.ORGANISATION_WORDS for w in words)
        )
        return named.name if no_given_name and not personal and as_thing else None
    low = named.name.lower()
    if low in name_words.PLACES:
        return None  # "Iraq said": a country stands for some office the text may name
    if low in name_words.ORGANISATION_WORDS:
        # "The Commission said": shown as written; "Holdings of 25 pct must be disclosed" is no firm.
        return phrase[:1].lower() + phrase[1:] if phrase.lower().startswith("the ") else None
    if named.kind == ORGANISATION:
        # (Lower-case words only to join a name's parts: a run like "Both joined the Kestrel Board"
        # is a clause misread as a name, whose subject is no body.)
        joining = ("of", "and", "for", "the", "de")
        lower = [word for word in named.name.split() if word.islower() and word not in joining]
        return None if lower else named.name
    if named.kind == DESCRIPTION and " " not in phrase and written_as_firm(before, phrase) and not personal:
        return phrase  # `Anchor said`, `Anchor Glass Corp` before: a word that is also a noun, as a firm
    head = low.split()[-1] if low else ""
    if named.kind == DESCRIPTION and (
        head in name_words.ORGANISATION_WORDS or head in WRITINGS or head in _BODY_NOUNS
    ):
        return named.name
    authored = _WRITING_BY.match(phrase)  # `The statement by the Tarn High Command`: the writing
    if authored is None or first_name_gender(phrase[authored.end() :]) is not None:
        return None  # (a person's letter is no "it", as `Ann Lee's letter` above)
    return phrase[:1].lower() + phrase[1:]  # (with its author: `the report by Dr Venn`)
