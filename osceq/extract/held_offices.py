"""Offices the article gives a person where it names them, for a later "the governor" to find them:
a title written before the name (`Gov. Ann Lee`, `Housing Secretary Ann Lee`, `press secretary Ann
Lee`), a relative clause after it (`Rep. Ann Lee, who chairs the budget committee,`) and the
descriptions set off by commas beside it (`The host, Ann Lee,`, `Ann Lee, a nurse,`)."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract import reporting as lex
from osceq.extract.letter_cases import any_case, any_case_pattern

# `, who chairs the …` / `, who heads the …`: the verb and the body it governs, up to the clause's end.
_OFFICE_CLAUSE = re.compile(
    r",\s+who\s+(?:now\s+)?((?:chairs|heads)\s+(?:the|a|an)\s+[^,;:!?\"“”()\n]{3,100})"
)
# A description set off by commas after a name (`, the state's flood administrator,`, `, a nurse,`),
# or closing the sentence (`… met Ann Lee, the chairman of the commission.`).
_APPOSED = re.compile(r",\s+((?:the|a|an)\s+[^,;:!?\"“”()\n]{3,140}?)\s*(?:,|\.(?=\s|$))", re.IGNORECASE)
# A description opening a sentence right before a name (`The host, Ann Lee, asked`).
_DESCRIBED_BEFORE = re.compile(
    r"(?:^|(?<=[.!?\"”\n])\s*)((?:The|A|An|His|Her|Its|Their|Another)\s+[^,.;:!?\"“”\n]{2,60}),\s$"
)
# Up to four words right before a name, on its line (`White House press secretary `).
_WORDS_BEFORE = re.compile(r"(?:[\w.’'\-]+ ){1,4}$")
# Office nouns written before a name that the title list leaves out (`Attorney General Ann Lee`).
_OFFICE_WORDS = frozenset({"administrator", "clerk", "general"})
_NOT_MODIFIERS = fw.ARTICLES | fw.PREPOSITIONS | name_words.NAME_BREAKS | lex.REPORTING_FORMS
# A place after a titled name: `Sen. Ann Lee of Ohio`.
_PLACE_AFTER = any_case_pattern(r"\s+of\s+([A-Z][a-z]+)\b(?!\s+[A-Z])")


def office_clause(text: str, name_end: int) -> str | None:
    """The office or description set off right after a full name: a `who chairs`/`who heads`
    clause ("chairs the budget committee") or an apposition ("the state's flood administrator", "a
    nurse"); else None."""
    clause = _OFFICE_CLAUSE.match(text, name_end)
    if clause is not None:
        return clause.group(1).rstrip(". ")
    apposed = _APPOSED.match(text, name_end)
    if apposed is None:
        return None
    # Only the description's own words: "a member who sits next to the chairwoman" is no chairwoman.
    words = apposed.group(1).split()
    cut = next((i for i, w in enumerate(words) if w.lower() in name_words.CLAUSE_WORDS), len(words))
    return " ".join(words[:cut])


def described_before(text: str, name_start: int) -> str | None:
    """The description opening a sentence, set off by a comma right before a full name (`The host,
    Ann Lee, asked`), or None."""
    match = _DESCRIBED_BEFORE.search(text, max(0, name_start - 70), name_start)
    return match.group(1) if match else None


def titled_place(text: str, name_end: int) -> str | None:
    """The place written after a titled name (`Sen. Ann Lee of Ohio`), or None; `of the Reno Star` and
    `of Acme Steel` are no places."""
    match = _PLACE_AFTER.match(text, name_end)
    return match.group(1) if match else None


def title_written_before(text: str, name_start: int) -> str | None:
    """The title written right before a full name (`Gov.`, `Housing Secretary`, `Rovers captain`),
    with the words that qualify it, or None when the word before the name is no title."""
    match = _WORDS_BEFORE.search(text, max(0, name_start - 60), name_start)
    if match is None:
        return None
    words = match.group().split()
    if not _title(words[-1]):
        return None
    kept = [words[-1]]
    for word in reversed(words[:-1]):
        bare = word.strip(".’'").lower()
        if (word.endswith(".") and not _title(word)) or bare in _NOT_MODIFIERS:
            break  # a sentence's end, "the", "of": the title's modifiers stop there
        kept.insert(0, word)
    return " ".join(kept)


def _title(word: str) -> bool:
    bare = word.lower()
    return bare.rstrip(".") in _OFFICE_WORDS or (
        bare in name_words.TITLES and bare.rstrip(".") not in name_words.HONORIFICS
    )


# `the Utah governor`, `another Senate candidate`: a holder of an office set apart by a capitalised
# word (a place, a party) and written with no name.
_UNNAMED_HOLDER = any_case(
    r"\b(?:[Tt]he|[Aa]n?|[Aa]nother)\s+((?:[A-Z][\w\-’']*\s+){{1,2}}){head}\b(?!\s*,?\s*[A-Z])"
)
# How far back before a quote an unnamed holder of the office is looked for (characters).
_UNNAMED_REACH = 600


def unnamed_other_holder(text: str, since: int, position: int, head: str, holder_words: set[str]) -> bool:
    """Whether, between since (the holder's first mention) and a quote at position, the text names
    the office head for somebody with no name, set apart by a word the holder's roles do not have
    (`Gov. Tom Reed of Nevada … The Utah governor stayed home.`): "the governor" may then be either."""
    pattern = re.compile(_UNNAMED_HOLDER.format(head=re.escape(head)))
    for match in pattern.finditer(text, max(since, position - _UNNAMED_REACH), position):
        words = {re.sub(r"[’']s$", "", w.lower()) for w in match.group(1).split()}
        if not words & holder_words:
            return True
    return False


# Roles of a story that are no office but that one person of it often holds (`The nominee, Dana
# Whitfield,` … `"…," the nominee said`), as long as the story speaks of no other.
ONE_PERSON_ROLES = frozenset({"defendant", "nominee", "plaintiff", "reporter", "witness"})
# Other words for one of those roles: `one of the journalists` may be "the reporter" too.
_SAME_ROLE = {
    "reporter": ("journalist", "correspondent"),
    "witness": ("eyewitness",),
    "defendant": ("co-defendant",),
    "nominee": ("candidate",),
}
# How far back before a quote another holder of such a role is looked for (characters).
_OTHERS_REACH = 3000


def others_in_role(text: str, position: int, noun: str) -> bool:
    """Whether the text in reach before a quote at position speaks of another holder of the role
    noun, of a word for the same role, or of several (`a reporter`, `another witness`, `its last
    witness`, `the witnesses`, `one of the journalists`, `the second nominee`). The reach is fixed,
    not back to the holder's first mention, which made each quote of a long story read it again."""
    nouns = "|".join([noun, *_SAME_ROLE.get(noun, ())])
    pattern = re.compile(
        rf"\b(?:(?:a|an|another|other|one|each|every|second|third|first|new|next|its|their|his|her)"
        rf"(?:\s+[a-z]+)?\s+(?:{nouns})|(?:{nouns})e?s)\b",
        re.IGNORECASE,
    )
    return pattern.search(text, max(0, position - _OTHERS_REACH), position) is not None
