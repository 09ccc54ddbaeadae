"""Query-side folding of hyphens: the other spelling of a hyphenated word, never another word."""

from __future__ import annotations

from osceq.query.hyphens import with_hyphen_variants


def test_a_hyphenated_query_word_also_looks_for_its_joined_spelling() -> None:
    assert with_hyphen_variants("co-operation", lambda stem: True) == '("co operation" OR cooperation)'


def test_a_re_prefix_is_kept_apart_since_joined_it_is_another_word() -> None:
    # "re-sign" is not "resign", nor "re-cover" "recover": both spellings are left as written.
    assert with_hyphen_variants("re-sign", lambda stem: True) == "re-sign"
    assert with_hyphen_variants("recovered", lambda stem: True) == "recovered"
