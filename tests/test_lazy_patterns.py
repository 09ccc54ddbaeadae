"""A pattern compiled on its first use matches as the same pattern compiled at once."""

from __future__ import annotations

import re

import pytest

from osceq.extract.lazy_patterns import lazy_compile
from osceq.extract.letter_cases import any_case, any_case_pattern

CASES = [
    (r"\b([A-Z][a-z]+) said\b", 0, "Then Orla Venn said so, and Ibsa said no."),
    (r"(?P<who>[a-z]+)\s+says", re.IGNORECASE, "Mirel SAYS it, Tova says it"),
    (r"x*", 0, "axxb"),
    (r"nothing here", 0, "a text without it"),
]


@pytest.mark.parametrize(("pattern", "flags", "text"), CASES)
def test_lazy_pattern_matches_as_compiled(pattern: str, flags: int, text: str) -> None:
    lazy, eager = lazy_compile(pattern, flags), re.compile(pattern, flags)
    assert lazy.pattern == eager.pattern and lazy.flags == eager.flags
    assert lazy.groups == eager.groups and lazy.groupindex == eager.groupindex
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("_", text) == eager.sub("_", text) and lazy.split(text) == eager.split(text)
    for pos, endpos in ((0, len(text)), (3, len(text) - 2)):
        for method in ("search", "match", "fullmatch"):
            got = getattr(lazy, method)(text, pos, endpos)
            want = getattr(eager, method)(text, pos, endpos)
            assert (got and got.span()) == (want and want.span())


def test_lazy_pattern_compiles_on_first_use_only() -> None:
    lazy = lazy_compile(r"[A-Z]\w+")
    assert "search" not in vars(lazy)
    assert lazy.search("a Brenna b") is not None
    assert "search" in vars(lazy) and "match" in vars(lazy)  # every attribute set by the first use


def test_lazy_pattern_reports_a_wrong_name_and_a_bad_pattern() -> None:
    with pytest.raises(AttributeError):
        lazy_compile(r"a").no_such_attribute  # noqa: B018
    with pytest.raises(re.error):
        lazy_compile(r"(unclosed").search("x")


def test_any_case_pattern_matches_beyond_ascii_as_before() -> None:
    pattern = r"\b[A-Z][a-z]+\b"
    text = "Élise met Zoë and Łukasz in Ødal."
    lazy = any_case_pattern(pattern)
    assert lazy.findall(text) == re.compile(any_case(pattern)).findall(text)
    assert lazy.findall(text) == ["Élise", "Zoë", "Łukasz", "Ødal"]
