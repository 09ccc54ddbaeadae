"""The tag after a quotation's closing mark (`"…," Lee said`), checked against the sentence it
may begin instead: a quotation that closed its sentence, a tag that leads into the next quotation, a
question answered yes or no; and the signs of a tag of its own that could not be read."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract import speech_tags
from osceq.extract.attribution import Found
from osceq.extract.fronted_tags import fronts_next_quote
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.quote_sentences import next_sentence_after
from osceq.extract.quotemarks import Pair
from osceq.extract.text import trim
from osceq.extract.tokens import PRONOUN_SUBJECTS, Token, capitalised, past_verb, tokenize
from osceq.extract.word_kinds import person_noun, title_word
from osceq.extract.word_surnames import word_surname
from osceq.extract.wording_appositives import names_the_wording

# `…," wrote`, `…", said`: an inverted tag's verb right after the quote's comma.
_INVERTED_VERB = any_case_pattern(r"[\"”’'`]*,?[\"”’'`]*\s+([a-z]+)\s+[^\W\d_]")


def unread_tag(text: str, end: int, pair: Pair) -> bool:
    """`"…," wrote a man calling himself Bo`: the quote has a tag of its own whose speaker could not
    be read. Its speaker is in that tag, so no neighbour's may be lent to it."""
    if not pair.closed or not (text[end - 1] == "," or text[pair.close_end : pair.close_end + 1] == ","):
        return False
    verb = _INVERTED_VERB.match(text, pair.close_end if text[end - 1] != "," else end)
    if verb is not None and verb.group(1) in lex.INVERTING_MOTION:
        return True  # `"…," came a shout from the back`
    return verb is not None and verb.group(1) in lex.INVERTING_FORMS and not verb.group(1).endswith("ing")


def tag_right_after(text: str, end: int, pair: Pair, found: Found | None) -> bool:
    """Whether a quote ending on a comma is followed at once by its tag's mention or cue."""
    if found is None or found.evidence != "cue-after" or text[end - 1] != ",":
        return False
    first = min(found.mention.start, found.cue.start)
    return not text[pair.close_end : first].strip()


def finite_tag(text: str, end: int, pair: Pair, right: int) -> Found | None:
    """A tag with a finite verb later in the quote's sentence (`…," said Roe.`), which outranks a guess
    from the sentence's subject; a participle there (`…, urging them to …`) is the subject's own."""
    if ends_sentence(text, end, pair.close_end):
        return None
    tag = speech_tags.sentence_tag(text, pair.close_end, right)
    return tag if tag is not None and not tag.cue.text.endswith("ing") else None


def ends_sentence(text: str, end: int, close_end: int) -> bool:
    """`"… a bully." South Carolina, he said, was …`: the quote closed its sentence, so a tag after it
    belongs to the next one."""
    following = text[close_end : close_end + 3].lstrip()
    return text[end - 1] in ".!?" and following[:1].isupper()


def cue_after(text: str, pair: Pair, start: int, end: int, right: int, opens: bool) -> Found | None:
    """The cue after the closing mark, unless the quote closed its sentence and a new one begins.

    opens tells whether the quote opens its sentence; one inside it that ends on a word with no comma
    after the mark runs on into the sentence (`the "poison pill" measures added by …`): no tag.
    """
    if not pair.closed:
        return None
    found = speech_tags.after_quote(text, pair.close_end, right)
    if found is None:
        return word_surname(text, end, pair.close_end, right)
    words = found.mention.text.split()
    if len(words) > 1 and words[-1].lower() in PRONOUN_SUBJECTS:
        return None  # `…," including rules she said …`: the pronoun is the subject of a clause of its own
    if names_the_wording(found.mention.text):
        # `…," a phrase used in earlier texts`: the words describe the quote; a tag after that
        # aside still names the speaker (`…," a line the coach repeated, Ann Lee said.`)
        return _tag_after_wording(text, found.cue.end, right)
    if _thing_before_name(words) and (
        found.cue.text.lower() not in _PLAIN_TAG_VERBS or _verb_of_left_out_that(text, found.cue.end)
    ):
        # `…," a line Lee now repeats`, `…," a charge Lee said on Monday was unfair`: the name is
        # the subject of a clause about the line or the charge, not the quote's speaker.
        return None
    if (
        not opens
        and text[end - 1].isalnum()
        and found.evidence == "cue-after"
        and not re.match(r"\s*[,—–-]", text[pair.close_end : pair.close_end + 3])
    ):
        return None  # `the "poison pill" measures added by …`: a fragment runs on into its sentence
    if _ANSWER.match(text, found.cue.end):
        return None  # `Asked whether he is "…," 75 percent said yes`: the quote is the question
    follower = text[pair.close_end : min(found.mention.start, found.cue.start)].strip()
    if (
        found.evidence == "according-to"
        and ends_sentence(text, end, pair.close_end)
        and _more_than_tag(follower)
    ):
        return None  # `"… done." Roe said he quit, according to the Herald.`: it cites the next sentence
    if ends_sentence(text, end, pair.close_end) and fronts_next_quote(text, found.cue.start, right):
        return None  # `"… on it." Said another aide: "…"`: an inverted tag set before the next quote
    if not follower and next_sentence_after(text, end, found.mention.text, found.cue.end):
        return None  # `"… this wall!" The crowd cheers his words.`: the writer's next sentence
    if (
        text[end - 1] == "."
        and found.evidence != "signature"
        and not follower
        and found.mention.text[:1].isupper()
        and text[min(found.mention.start, found.cue.start)].isupper()
    ):
        # (`"… in the U.S." said Lee, …`: a lower-case verb right after the mark goes on the sentence.)
        # `"… done." Smith said the plan …` or `"… done." He asserted, "…"`: a new sentence, which is
        # a tag only when it ends right after the verb (`"… done." Smith said.`) or goes on with no
        # more than a setting (`Smith told bankers at a lunch.`), and the verb is about speech
        # (`"… lose!" The speech went on.` is not).
        if found.cue.text.lower() in lex.WEAK_VERBS:
            return None
        stop = re.search(r"[.,:;]", text[found.cue.end : right])
        tail = found.cue.end + stop.start() if stop is not None else right
        if (
            stop is None
            or stop.group() != "."
            or _long_tail(text, found, tail)
            or _has_object(text, found, tail)
        ):
            return None
    elif text[end - 1] in "?!" and not follower and found.mention.text[:1].isupper():
        if found.cue.text.lower() in lex.WEAK_VERBS:
            return None  # `"… anyone?" Lee painted the fence blue`: a new sentence, about no speech
        if leads_into_next(text, found, right):
            return None  # `"Why now?" Lee writes back, "You look fine."`: the tag leads into the next quote
        if _runs_on_past_verb(text, found, right):
            return None  # `"… this wall!" Farmers still praise his stand.`: a sentence of the writer's
    return found


# The verbs of a plain tag after a question or a cry, which may run on with a long setting
# (`"Why?" Lee asked reporters at a rally as the lights went down.`).
_PLAIN_TAG_VERBS = frozenset(
    {"said", "says", "told", "tells", "asked", "asks", "added", "adds", "wrote", "writes"}
)


def _runs_on_past_verb(text: str, found: Found, right: int) -> bool:
    """Whether a new sentence after a question or a cry goes on past a verb other than a plain
    tag's to its full stop with more than a setting: its verb is the writer's (`"… this wall!"
    Farmers still praise his stand.`, `"… no more!" He warned her that …`)."""
    if found.cue.text.lower() in _PLAIN_TAG_VERBS:
        return False
    stop = re.search(r"[.,:;]", text[found.cue.end : right])
    return stop is not None and stop.group() == "." and _long_tail(text, found, found.cue.end + stop.start())


def _long_tail(text: str, found: Found, stop: int) -> bool:
    """Whether a new sentence goes on after its verb to its full stop (at stop) with more than a few
    words; a long tail passes only after a bare subject and as a setting (`Lee told bankers at a
    lunch.`, not `Lee's aide told …` or `Lee said the bank will …`)."""
    tail = text[found.cue.end : stop]
    bare = not text[found.mention.end : found.cue.start].strip()
    return len(tail.split()) > 3 and not (bare and _setting_only(tail, found.cue.text))


def _more_than_tag(words: str) -> bool:
    """Whether the words between a quote that closed its sentence and an "according to" make a
    sentence of the writer's (`Roe said he would quit,`, `Roe quit the post,`), not a tag with its
    setting (`Roe said at a lunch,`)."""
    tokens = [t.low for t in tokenize(words, 0, len(words)) if t.text[:1].isalnum()]
    verb = next((k for k, word in enumerate(tokens) if word in lex.REPORTING_FORMS), None)
    if verb is None:
        return bool(tokens)
    tail = " ".join(tokens[verb + 1 :])
    return len(tokens) - verb - 1 > 3 and not _setting_only(tail, tokens[verb])


# Words that open a clause of its own in a tag's tail (`Lee said the bank will …`).
_CLAUSE_WORDS = fw.SUBORDINATORS | fw.RELATIVES | fw.MODALS | fw.PASSIVE_AUXILIARIES | {"that"}

# Verbs that only report the saying, whose tail is the listener, the place or the time.
_PLAIN_REPORTS = frozenset({"said", "says", "told", "tells", "added", "adds"})


def _thing_before_name(words: list[str]) -> bool:
    """`a line Lee repeats`, `the phrase Ann Roe uses`: an article and a noun for no kind of person
    right before a name open a clause with "that" left out; the name is not the quote's speaker
    (asked only of a verb that is not a plain tag's: `said a longtime GOP aide` is a tag)."""
    if len(words) < 3 or words[0].lower() not in ("a", "an", "the"):
        return False
    noun = words[1]
    if not (noun.isalpha() and noun.islower() and words[2][:1].isupper()):
        return False
    if person_noun(noun) or title_word(noun):
        return False
    k = 2
    while k < len(words) and words[k][:1].isupper() and words[k].isalpha():
        k += 1
    # The name is the clause's subject: at most an adverb between it and the verb (`Lee now repeats`).
    return len(words) - k <= 1 and all(word.isalpha() and word.islower() for word in words[k:])


def _verb_of_left_out_that(text: str, cue_end: int) -> bool:
    """Whether a finite verb follows a tag's verb, at once or after a short setting
    (`said was unfair`, `said on Monday was unfair`): the verb of a clause whose subject, a "that"
    left out, is the thing before the name."""
    words = text[cue_end : cue_end + 60].split()[:5]
    for k, word in enumerate(words):
        if word in fw.MODALS:
            return k == 0 or words[0] in fw.PREPOSITIONS
        if not word.isalpha():
            return False
    return False


# Words that may follow a tag's verb in a sentence of its own (`He added later.`, `Lee said again.`).
_AFTER_TAG_VERB = frozenset({"again", "also", "too", "then", "later", "afterward", "afterwards"})


# Verbs of speech whose object is the one spoken to (`Lee assured the workers.`), as with "told".
_LISTENER_VERBS = frozenset(
    [
        "assured",
        "assures",
        "reassured",
        "reassures",
        "warned",
        "warns",
        "reminded",
        "reminds",
        "urged",
        "urges",
        "promised",
        "promises",
        "informed",
        "informs",
        "cautioned",
        "cautions",
        "advised",
        "advises",
    ]
)


def _has_object(text: str, found: Found, stop: int) -> bool:
    """`"… in the state." It added four hundred units.`: a new sentence whose verb takes an object is
    the writer's ("told" and "asked" take a listener: `Lee told reporters.`; "said" takes no object)."""
    words = text[found.cue.end : stop].split()
    verb = found.cue.text.lower()
    if (
        not words
        or verb in lex.TELL_FORMS
        or verb in _LISTENER_VERBS
        or verb in ("asked", "asks", "said", "says")
    ):
        return False  # (a listener; or, after "said", a clause cut short by an abbreviation's dot)
    first = words[0].lower()
    return not (
        first in fw.PREPOSITIONS
        or first in fw.TIME_WORDS
        or first in fw.TIME_NOUNS
        or first in fw.TIME_HEADS
        or first in _AFTER_TAG_VERB
        or first.endswith("ly")
        or not first[:1].isalpha()
    )


def _setting_only(tail: str, verb: str) -> bool:
    """Whether the words after a new sentence's verb only say whom it was told to, where or when
    (`Lee told bankers at a lunch in Rome.`), with no clause of their own (`Lee said the bank will
    …`). The tail must follow a plain "said" or "told", open on a
    preposition or a time word (or be the listener after "told") and hold no verb."""
    words = tail.split()
    if len(words) > 12:
        return False
    if verb.lower() not in _PLAIN_REPORTS:
        return False  # `She argued in favor of …`: a verb of content takes a topic, not a setting
    first = words[0].lower()
    opens_setting = (
        verb.lower() in lex.TELL_FORMS
        or first in fw.PREPOSITIONS
        or first in fw.TIME_WORDS
        or first in fw.TIME_NOUNS
        or first in fw.TIME_HEADS
    )
    tokens = tokenize(tail, 0, len(tail))
    return (
        opens_setting
        and all(not past_verb(t) and t.low not in lex.REPORTING_FORMS for t in tokens)
        and all(t.low not in _CLAUSE_WORDS and t.low not in PRONOUN_SUBJECTS for t in tokens)
        and not any(t.low == "to" and not _listener_after_to(tokens, k) for k, t in enumerate(tokens))
    )


def _listener_after_to(tokens: list[Token], k: int) -> bool:
    """`to the farmers`, `to reporters`, `to Lee`: "to" before a noun phrase, not an infinitive."""
    if k + 1 >= len(tokens):
        return False
    following = tokens[k + 1]
    return following.low in fw.DETERMINERS or capitalised(following) or following.low.endswith("s")


def cue_past_title(text: str, pairs: list[Pair], k: int, block_end: int, opens: bool) -> Found | None:
    """`"…," Bo Lee, wearing a "Vote Roe" pin, said`: a tag whose speaker's aside quotes a title or
    a slogan, read past that quotation (the speaker before it, the verb after it)."""
    if k + 1 >= len(pairs) or not pairs[k + 1].closed:
        return None
    title = pairs[k + 1]
    if len(text[title.open_end : title.close_start].split()) > 8:
        return None
    right = pairs[k + 2].open_start if k + 2 < len(pairs) else block_end
    start, end = trim(text, pairs[k].open_end, pairs[k].close_start)
    found = cue_after(text, pairs[k], start, end, right, opens)
    if found is None or found.mention.end > title.open_start or found.cue.start < title.close_end:
        return None
    return found


# A tag's verb (and an adverb) then a comma or colon right before the next quote.
_INTRODUCES_NEXT = any_case_pattern(r"(?:\s+[a-z]+)?\s*[,:]\s*")
_CAPITAL_QUOTE = any_case_pattern(r"[\"“‘'`«]+[A-Z]")


def leads_into_next(text: str, found: Found, right: int) -> bool:
    """Whether a tag ends on a comma or colon right before the next quote, which opens on a capital."""
    return (
        _INTRODUCES_NEXT.fullmatch(text, found.cue.end, right) is not None
        and _CAPITAL_QUOTE.match(text, right) is not None
    )


# "yes" or "no" as the whole answer (not `said no one had called`).
_ANSWER = re.compile(r"\s+(?:yes|no)(?=[,.;!?]|\s+(?:while|but|and|or)\b)", re.IGNORECASE)


# The rest of an aside about the quote's wording, up to its closing comma.
_ASIDE_REST = re.compile(r"[^.;:!?\"“”\n,]*,")


def _tag_after_wording(text: str, position: int, right: int) -> Found | None:
    """The tag after an aside about the quote's wording closes (`…, a line the coach repeated, Ann Lee
    said`), when it names a speaker and no more wording."""
    rest = _ASIDE_REST.match(text, position, right)
    if rest is None:
        return None
    found = speech_tags.after_quote(text, rest.end() - 1, right)
    if found is None or names_the_wording(found.mention.text) or found.mention.start < rest.end():
        return None
    return found
