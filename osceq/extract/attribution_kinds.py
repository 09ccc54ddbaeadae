"""The kind of the quotes of one attribution: a quote that only carries on an attribution (a
paragraph or sentence with no cue of its own) takes its kind from the quote that opened it, and the
writer's words running the speech on outside the marks make the whole attribution partial."""

from __future__ import annotations

from dataclasses import replace

from osceq.extract.quote_drafts import Draft
from osceq.extract.quote_kinds import participle_tag_before, writers_words_after, writers_words_before
from osceq.extract.quote_sentences import sentence_start

# Evidence that passes on another quote's attribution rather than finding one of its own.
_INHERITED = frozenset({"paragraph", "previous-sentence", "continuation", "carry-over"})


def attribution_kinds(text: str, drafts: list[Draft]) -> list[Draft]:
    """A quote that only carries on an attribution takes its kind from the quote that opened it.

    `Smith said the plan was "a failure." "Nobody planned for this."`: the second quote continues
    reported speech that began outside quotation marks, so the whole attribution is partial; and so
    is it when a later sentence carries it on in the writer's words (`"A," he said. But "b …"`).
    """
    opened: dict[tuple[int, int], Draft] = {}
    result = []
    for d in drafts:
        if d.found is None:
            result.append(d)
            continue
        key = (d.found.cue.start, d.found.cue.end)
        # Measured on news: only inherited quotes join the attribution; a quote that found the same
        # cue by itself (`"A," he said, adding that "b"`) is as often annotated apart.
        first = opened.setdefault(key, d) if d.evidence not in _INHERITED else opened.get(key)
        if (
            first is not None
            and first is not d
            and first.kind == "partial"
            and d.kind == "direct"
            and not (d.evidence not in _INHERITED and participle_tag_before(text, d.pair))
            and not _word_in_a_tag(text, result, first)
        ):
            # (`Lee said it was "a mess," adding, "We will fix it."`: the participle reports anew.)
            d = replace(d, kind="partial")
        result.append(d)
    # `"…," he said. But "…"`: the speech runs on outside the marks, so the whole attribution is.
    led_on = {_cue_key(d) for d in result if _goes_on_after_writers_words(text, d)}
    return [
        replace(d, kind="partial") if d.found is not None and _cue_key(d) in led_on else d for d in result
    ]


def _word_in_a_tag(text: str, earlier: list[Draft], fragment: Draft) -> bool:
    """`"…?" asked Roe, citing the "crooked" process. "…"`: a word or two quoted inside the tag of a
    statement just before it is the writer's scare quote, no start of reported speech to pass on."""
    return (
        len(earlier) > 1
        and earlier[-1] is fragment
        and earlier[-2].kind == "direct"
        and earlier[-2].evidence == "cue-after"
        and earlier[-2].paragraph == fragment.paragraph
        and len(text[fragment.start : fragment.end].split()) < 3
    )


def _cue_key(draft: Draft) -> tuple[int, int]:
    return (draft.found.cue.start, draft.found.cue.end) if draft.found is not None else (-1, -1)


def _goes_on_after_writers_words(text: str, draft: Draft) -> bool:
    """A longer quote that carries on an attribution from an earlier sentence (past its cue) with the
    writer's own words right before or after it (`But "…"`, `Then, "…"`, `"…" to the voters.`): the
    speech runs on outside the marks (a scare quote of the writer's is shorter)."""
    return (
        draft.found is not None
        and draft.evidence in _INHERITED
        and draft.kind == "partial"
        and (writers_words_before(text, draft.pair) or writers_words_after(text, draft.pair))
        and sentence_start(text, 0, draft.found.cue.end, draft.pair.open_start) > draft.found.cue.end
        and len(text[draft.start : draft.end].split()) >= 5
    )
