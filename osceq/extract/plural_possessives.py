"""A plural possessive inside a capitalised name (`the National Farmers’ Union`, `the Builders'
Federation of Ireland`, `Residents’ group`): the apostrophe belongs to its word, which is part of the
name or description, and is no closing quotation mark that cuts the phrase in two."""

from __future__ import annotations

from osceq.extract.letter_cases import any_case

# A capitalised word ending in s and an apostrophe, with a capitalised word or a lower-case noun of a
# group after it (`Farmers’ Union`, `Residents’ group`), as one token for the tokenizer's pattern.
PLURAL_POSSESSIVE_IN_NAME = any_case(
    r"[A-Z][a-z]+s[’'](?= (?:[A-Z][a-z]|(?:group|association|union|federation)\b))"
)
