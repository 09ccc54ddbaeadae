"""Property tests: each shortcut taken for speed gives what the plain way gives, on invented text."""

from __future__ import annotations

import itertools
import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from osceq.extract import lexicon, name_words, quotemarks, timex_lexicon
from osceq.extract import quotes as quotes_module
from osceq.extract import text as text_module
from osceq.extract import timex_calendar as cal
from osceq.extract import tokens as tokens_module
from osceq.extract.layout import ROLE_BODY
from osceq.extract.mention_shapes import firm_parenthesis_close
from osceq.extract.quote_sentences import sentence_ranges
from osceq.extract.speakers import Resolver
from osceq.extract.text import paragraphs
from osceq.extract.tokens import tokenize
from osceq.extract.uncued import names_someone, words_after_names
from osceq.extract.word_kinds import title_word
from osceq.models import Block, Span

SENTENCES = [
    "Ilse Varga arrived in Port Lorne.",
    "Mr. Tomas Ebner met Ms. Rena Kolb.",
    "Later she said more.",
    "He said no.",
    '"We will win," said Rena Kolb.',
    '"It is over," he said.',
    "A company spokesman declined to comment.",
    "The weather turned.",
    "Ebner told Varga the plan had failed, she said.",
    "According to Tomas Ebner, the vote was close.",
]
articles = st.lists(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=6).map(" ".join), min_size=1, max_size=8
).map("\n\n".join)


def resolver(text: str) -> Resolver:
    return Resolver(text, [Block(a, b, ROLE_BODY) for a, b in paragraphs(text)])


def subjects_between(found: Resolver, low: int, high: int) -> list[tuple[int, str]]:
    """The resolver's subject index between two offsets, with its own test of a person."""
    people = found._people or {}
    return found._subjects.between(low, high, lambda name: found._is_person(name, people))


@settings(max_examples=200, deadline=None)
@given(articles, st.data())
def test_window_subjects_are_those_of_the_whole_index(text: str, data: st.DataObject) -> None:
    """Parsing only the blocks a window reaches finds the subjects a parse of every block finds."""
    whole = resolver(text)
    whole._index_people()
    people = whole._people or {}
    everything = sorted(
        s
        for block in whole.body
        for s in whole._subjects._block_persons(block, lambda name: whole._is_person(name, people))
    )
    # Window ends anywhere, or right on a subject or a block edge, where an off-by-one would show.
    edges = [p for p, _ in everything] + [b.start for b in whole.body] + [b.end for b in whole.body]
    ends = st.integers(-50, len(text) + 50) | st.sampled_from(edges)
    low, high = sorted((data.draw(ends), data.draw(ends)))
    lazy = resolver(text)
    lazy._index_people()
    expected = [s for s in everything if low <= s[0] < high]
    assert sorted(subjects_between(lazy, low, high)) == expected


@settings(max_examples=200, deadline=None)
@given(articles)
def test_pronouns_resolve_as_with_every_block_parsed_first(text: str) -> None:
    """Resolving he/she with blocks parsed on demand gives the people a full index up front gives."""
    mentions = [Span(m.group(), m.start(), m.end()) for m in re.finditer(r"\b(?:[Hh]e|[Ss]he)\b", text)]
    lazy = resolver(text)
    eager = resolver(text)
    eager._index_people()
    subjects_between(eager, -1, len(text) + 1)  # every block parsed before any pronoun
    assert [lazy.resolve(m, "pronoun") for m in mentions] == [eager.resolve(m, "pronoun") for m in mentions]


@settings(max_examples=300, deadline=None)
@given(st.integers(-2, 10001), st.integers(-1, 14), st.integers(-1, 33))
def test_cached_calendar_periods_are_built_afresh_alike(year: int, month: int, dom: int) -> None:
    """The cached day and month builders answer what building them afresh answers, twice over."""
    for _ in range(2):
        assert cal.make_day(year, month, dom) == cal.make_day.__wrapped__(year, month, dom)
        assert cal.month(year, month) == cal.month.__wrapped__(year, month)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_tokens_stay_values(text: str) -> None:
    """Tokens (no longer frozen, to be cheap to make) still compare and hash by their fields."""
    first, again = tokenize(text, 0, len(text)), tokenize(text, 0, len(text))
    assert first == again
    assert [hash(t) for t in first] == [hash(t) for t in again]
    assert len(set(first)) == len({(t.text, t.start, t.end) for t in first})
    for token in first:
        assert token.text == text[token.start : token.end]
        assert token.low == token.text.lower()


MARKS = "\"“”„‟«»〝〞＂‘’'‚‹›`―‖"
PLAIN = st.text(alphabet=st.sampled_from(" .,!?sAb\n<>="), max_size=30)


@st.composite
def marked(draw: st.DrawFn) -> str:
    """Plain text with one kind of mark (a char or its doubled form) put in a few times, and some
    texts with several kinds."""
    pieces = [draw(PLAIN)]
    kinds = draw(st.lists(st.sampled_from(MARKS), min_size=1, max_size=3))
    for _ in range(draw(st.integers(1, 4))):
        mark = draw(st.sampled_from(kinds))
        pieces += [mark * draw(st.integers(1, 3)), draw(PLAIN)]
    return "".join(pieces)


@settings(max_examples=1000, deadline=None)
@given(marked(), st.data())
def test_paragraphs_without_marks_skip_the_pairing(text: str, data: st.DataObject) -> None:
    """The scan for any mark char gives the pairs the full pairing gives, on any slice of the text."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert quotemarks.pair_marks(text, start, end) == quotemarks._pair_marks(text, start, end)


def test_a_bar_pair_alone_is_still_paired() -> None:
    text = "Lee wrote ―we won‖ today."
    assert quotemarks.pair_marks(text, 0, len(text)) == quotemarks._pair_marks(text, 0, len(text)) != []


# The sentence-end pattern as it was written before its second branch put the stop first.
_LOOK_BACK_FIRST = re.compile(
    r"""[.!?…]+["”’'»)\]]*(?=\s+["“‘'«(\[]?[A-Z0-9])|(?<=[a-z]{3}|[0-9]{3})[.!?](?=[A-Z][a-z])"""
)


def test_sentence_ends_are_found_where_they_were() -> None:
    """The reordered sentence-end pattern matches where the look-back-first one did: every text of up
    to six characters over a small alphabet that still makes each branch match and fail, whole and
    with a character cut at either end (the look-back reaches before the start)."""
    for size in range(7):
        for chars in itertools.product('az1.?Q "', repeat=size):
            text = "".join(chars)
            for start, end in ((0, size), (1, size), (0, max(0, size - 1))):
                found = [m.span() for m in text_module._SENTENCE_END.finditer(text, start, end)]
                assert found == [m.span() for m in _LOOK_BACK_FIRST.finditer(text, start, end)], text


# The paragraph markers as they were written before their worded branches shared one \b.
_CAPTION_BEFORE = re.compile(
    r"\b(?:photo|image|picture)s?\s*(?:credit|courtesy|source)?\s*:"
    r"|\b(?:photo(?:graph)?|image|picture)s?\s+(?:by|courtesy\s+of|credit)\b"
    r"|\(\s*(?:photo|image|picture|file\s+photo)\b"
    r"|\bcredit\s*:"
    r"|\bgetty\s+images\b|\bAP\s+Photo\b|\bAFP\s+photo\b|(?-i:\bREUTERS/)",
    re.IGNORECASE,
)
_BOILERPLATE_BEFORE = re.compile(
    r"\bsign\s+up\b|\bsubscribe\s+(?:to\s+our\b|now\b|here\b|for\s+free\b)|\bnewsletters?\b|\bfollow\s+us\b"
    r"|\bleave\s+a\s+(?:comment|reply)\b"
    r"|\bshare\s+(?:this|on)\b|\bclick\s+here\b|\ball\s+rights\s+reserved\b|©|\bcopyright\b"
    r"|\bread\s+more\b|\brelated\s+(?:articles?|stories|posts?)\b|^\s*advertisement\s*$"
    r"|\bsent\s+directly\s+to\s+you\b|\bdownload\s+(?:our|the)\s+app\b|\bcookies?\s+policy\b"
    r"|\bcomments?\s+(?:are\s+)?closed\b|^\s*(?:tags?|filed\s+under)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
# Every branch's words, to be run together, cut, recased and mixed with the others'.
_MARKER_PHRASES = [
    "sign up", "subscribe to our", "subscribe now", "subscribe here", "subscribe for free", "newsletter",
    "newsletters", "follow us", "leave a comment", "leave a reply", "share this", "share on", "click here",
    "all rights reserved", "©", "copyright", "read more", "related articles", "related stories",
    "related post", "advertisement", "sent directly to you", "download our app", "download the app",
    "cookie policy", "cookies policy", "comments closed", "comment are closed", "tags:", "tag :",
    "filed under:", "photo:", "photos credit:", "image courtesy :", "picture source:", "photograph by",
    "images courtesy of", "pictures credit", "( photo", "(file photo", "(image", "credit:", "getty images",
    "AP Photo", "AFP photo", "REUTERS/", "signs", "xphoto:", "Getty", "ap", "reuters",
]  # fmt: skip
_marker_words = st.sampled_from([w for p in _MARKER_PHRASES for w in p.split()] + ["x", "1"])
_marker_item = st.sampled_from(_MARKER_PHRASES) | _marker_words
_marker_text = st.lists(
    st.tuples(_marker_item, st.sampled_from(["", " ", "  ", "\n", "-", ".", "\n "]), st.booleans()).map(
        lambda t: (t[0].upper() if t[2] else t[0]) + t[1]
    ),
    max_size=6,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_marker_text)
def test_paragraph_markers_occur_where_they_did(text: str) -> None:
    """Caption and boilerplate markers with one shared \\b are found in the texts they were found in."""
    assert bool(lexicon.CAPTION_MARKER.search(text)) == bool(_CAPTION_BEFORE.search(text))
    assert bool(lexicon.BOILERPLATE_MARKER.search(text)) == bool(_BOILERPLATE_BEFORE.search(text))


def test_marks_are_found_where_they_were() -> None:
    """The mark pattern with its three apostrophes before the look back matches where the one with
    the look back first did: every text of up to six characters over the characters that matter."""
    before = re.compile(r"(?<=[^\s'])'''|''|``|[\"“”„‟«»〝〞＂‘’'‚‹›]")
    for size in range(7):
        for chars in itertools.product("a '`\"’\n", repeat=size):
            text = "".join(chars)
            for start, end in ((0, size), (1, size), (0, max(0, size - 1))):
                found = [m.span() for m in quotemarks._MARK.finditer(text, start, end)]
                assert found == [m.span() for m in before.finditer(text, start, end)], text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1'’ .-A\n"), max_size=40))
def test_timex_words_read_off_the_matches_are_the_words_found(text: str) -> None:
    """The date scanner reads its words off its token matches: they are what findall returned."""
    words = list(map(re.Match.group, timex_lexicon.TOKEN.finditer(text, 0, len(text))))
    assert words == timex_lexicon.TOKEN.findall(text, 0, len(text))


def _names_someone_before(text: str, first: str) -> bool:
    """The check as first written: one pattern over the whole text, opening on any capital."""
    word = re.escape(first)
    return re.search(rf"\b(?:[A-Z][\w’'\-]*|[A-Z][a-z]{{0,3}}\.)[ \t]+{word}\b", text) is not None


@settings(max_examples=500)
@given(
    st.lists(
        st.sampled_from(
            [
                "Moore",
                "O’Brien",
                "O’Brien-Moore",
                "Moore’s",
                "Moore-Lee",
                "Lee",
                "Sen.",
                "Dr",
                "A.",
                "Julianne",
                "moore",
                "Moores",
                "the",
                "’",
                "-",
                " ",
                "\t",
                "\n",
                ".",
                ",",
            ]
        )
    ).map("".join),
    st.sampled_from([("Moore", "Moore"), ("Moore’s", "Moore"), ("O’Brien", "O’Brien"), ("Lee", "Lee")]),
)
def test_name_before_a_word_is_found_as_by_one_pattern(text: str, subject: tuple[str, str]) -> None:
    written, word = subject
    sentence = f"{written} thanked them."
    whole = text + "\n\n" + sentence
    tokens = tokenize(whole, len(text) + 2, len(whole))
    # The subject opens its sentence alone, so the answer is whether the text names it elsewhere.
    assert names_someone(tokens, 0, 1, words_after_names(whole)) == _names_someone_before(whole, word)


def test_a_sentence_of_quotes_with_no_full_stop_is_read_back_only_so_far() -> None:
    # A damaged paragraph of quote marks is one endless "sentence": each quote's cue search must not
    # walk back over every quote before it, or the paragraph takes square time.
    text = " ".join(f'Lee said "part {n}" and' for n in range(2000))
    pairs = quotemarks.pair_marks(text, 0, len(text))
    assert len(pairs) == 2000
    k = len(pairs) - 1
    ranges = sentence_ranges(text, 0, pairs, k)
    assert ranges and ranges[-1][1] == pairs[k].open_start
    assert pairs[k].open_start - ranges[0][0] < 5000
    # a short sentence of quotes is still read whole
    short = 'Lee said "one" and "two" and then "three" too'
    short_pairs = quotemarks.pair_marks(short, 0, len(short))
    assert sentence_ranges(short, 0, short_pairs, 2)[0][0] == 0


def test_a_sentence_walked_back_from_a_quote_crosses_at_most_forty_quotations() -> None:
    # Signed quotes with no full stop between them pack many quotations into few characters.
    text = " — Ann Lee ".join(["“Yes.”"] * 60)
    pairs = quotemarks.pair_marks(text, 0, len(text))
    assert len(pairs) == 60
    ranges = sentence_ranges(text, 0, pairs, 59)
    # the stretches after quotes 19 to 58: the walk crossed the 40 quotations 19 to 58
    assert [start for start, _ in ranges] == [pairs[j].close_end for j in range(19, 59)]
    # a quote with 39 before it is read back to the paragraph's start
    assert sentence_ranges(text, 0, pairs, 39)[0][0] == 0
    assert sentence_ranges(text, 0, pairs, 40)[0][0] == pairs[0].close_end


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(" .,'’sAbé1-\n"), max_size=40), st.data())
def test_cached_tokens_are_those_of_a_fresh_scan(text: str, data: st.DataObject) -> None:
    """tokenize's table of the last text's ranges gives what a fresh scan gives, each time a new list."""
    for _ in range(4):
        a = data.draw(st.integers(0, len(text)))
        b = data.draw(st.integers(a, len(text)))
        found = tokenize(text, a, b)
        assert [(t.text, t.start, t.end) for t in found] == [
            (m.group(), m.start(), m.end()) for m in tokens_module._TOKEN.finditer(text, a, b)
        ]
        found.clear()  # a caller's change to its list leaves the table alone
        assert len(tokenize(text, a, b)) == len(tokens_module._TOKEN.findall(text, a, b))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(" a1_.'é\n-Ω"), max_size=12), st.data())
def test_two_word_characters_search_counts_as_findall(text: str, data: st.DataObject) -> None:
    """The search for a second letter or digit answers what counting them all answers."""
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    counted = len(re.findall(r"[^\W_]", text[a:b])) >= 2
    assert (quotes_module._TWO_WORD_CHARACTERS.search(text, a, b) is not None) == counted


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Kestrel", "(", "Holdings", ")", "Ltd", "said", "Ann", "Jim", "Roe"]), max_size=8
    )
)
def test_firm_parenthesis_shortcut_answers_as_the_full_test(words: list[str]) -> None:
    """firm_parenthesis_end's answer without a '(' at k is k, as the full test finds."""
    text = " ".join(words)
    tokens = tokenize(text, 0, len(text))
    for k in range(len(tokens) + 1):
        close = firm_parenthesis_close([t.text for t in tokens], k)
        plain = k if close is None or tokens[close + 1].start - tokens[close].end > 1 else close + 1
        assert tokens_module.firm_parenthesis_end(tokens, k) == plain


def test_a_text_longer_than_any_article_is_tokenised_without_keeping_its_tokens() -> None:
    # The table of a text's tokens costs about 12 bytes a character; a folder run together into one
    # huge text must cost no more than before the table.
    long_text = "Ilse Varga arrived in Port Lorne. " * 10_000
    short_text = "Mr. Tomas Ebner met Ms. Rena Kolb."
    tokenize(short_text, 0, len(short_text))
    assert [t.text for t in tokenize(long_text, 0, 18)] == ["Ilse", "Varga", "arrived"]
    assert tokens_module._last_article[0] is short_text


def _plain_title_word(token: str, nouns_only: bool) -> bool:
    """title_word as it was written first, each letter of any long word dropped in turn."""
    low = token.lower()
    if low in name_words.TITLES or low.rstrip(".") in name_words.TITLES:
        return True
    if not nouns_only and low in name_words.TITLE_MODIFIERS:
        return True
    if "-" in low and any(part in name_words.TITLES for part in low.split("-")):
        return True
    if len(low) < 7 or not low.isalpha():
        return False
    misspelt = {
        t[:i] + t[i + 1 :] for t in name_words.TITLES if len(t) >= 8 and t.isalpha() for i in range(len(t))
    }
    return low in misspelt or any(low[:i] + low[i + 1 :] in name_words.TITLES for i in range(len(low)))


title_parts = st.sampled_from(["Minister", "secretary-general", "Deputy", "Gov", "Minster", "x", "Ivo"])
padding = st.text(alphabet="ab.-", max_size=40)


@settings(max_examples=300, deadline=None)
@given(title_parts, padding, padding, st.booleans())
def test_title_word_answers_as_the_plain_way(part: str, before: str, after: str, nouns_only: bool) -> None:
    for token in (part, before + part, part + after, before + part + after):
        assert title_word(token, nouns_only=nouns_only) == _plain_title_word(token, nouns_only)


def test_title_word_on_a_very_long_word_takes_no_square_time() -> None:
    started = time.perf_counter()
    assert title_word("b" * 300_000) is False
    assert title_word("Minister" + "." * 300_000) is True
    assert time.perf_counter() - started < 1.0
