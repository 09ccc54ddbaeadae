"""Who said a quotation: the record of a speaker mention and its cue, and the cues found before
the quotation in its sentence (`X said:`, `X told Y that`, `according to X,`, `Tomas Holm: "…"`).

The tags after a quotation are found in `speech_tags.py`; the subjects and clauses of a sentence
in `clauses.py`; when a later verb takes over from an earlier one in `takeovers.py`; speakers found
with no cue at all (a transcript label, a sentence's subject) in `uncued.py`; the sources of
`according to X` and `in X's words` in `according_sources.py`.
"""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.absolute_clauses import own_subject_after_comma
from osceq.extract.according_sources import according_to as according_to  # (re-exported)
from osceq.extract.according_sources import in_words_of as in_words_of  # (re-exported)
from osceq.extract.appeals import appeal_source
from osceq.extract.asides import apposition_after, in_dashed_as_aside, skip_clause_aside
from osceq.extract.characterising import characterises_as
from osceq.extract.clause_phrases import clause_read_as_phrase
from osceq.extract.clauses import (
    after_dateline,
    clause_subject,
    expletive_follows,
    sentence_subject,
    subordinate_end,
)
from osceq.extract.clefts import cleft_focus
from osceq.extract.closed_relatives import closed_relative_owner
from osceq.extract.colon_clauses import colon_clause_subject
from osceq.extract.colon_labels import colon_label as _label
from osceq.extract.contact_namings import names_in_contact_relative
from osceq.extract.document_relatives import writing_before_relative, writing_finds
from osceq.extract.embedded_questions import in_asked_question
from osceq.extract.forward_phrases import np_forward
from osceq.extract.found import Found as Found  # (re-exported: the readers import it from here)
from osceq.extract.fronted_tags import fronted_speaker
from osceq.extract.heard_speakers import heard_subject
from osceq.extract.in_which_clauses import in_which_reports
from osceq.extract.list_tails import list_start, opens_list
from osceq.extract.nested_quotes import aside_or_verb, tokens_around_quotes
from osceq.extract.object_relatives import in_object_relative
from osceq.extract.owned_answers import answer_owner
from osceq.extract.participle_openers import (
    glued_after_fronted_clause,
    name_after_fronted_clause,
    participle_read_as_name,
)
from osceq.extract.passive_charges import passive_charge_agent
from osceq.extract.passive_naming import passive_auxiliary_before, set_off_passive
from osceq.extract.phrases import np_backward
from osceq.extract.prompted import moved_to_speak
from osceq.extract.quoted_as import quoted_as
from osceq.extract.reduced_relatives import reduced_passive
from osceq.extract.sentence_asides import in_closed_relative, inverted_aside_closes, tag_aside_yields
from osceq.extract.speaking_subjects import speaking_subject, verb_before_participle
from osceq.extract.spent_subordinate_cues import source_closes, spent_by_coordinate, spent_in_subordinate
from osceq.extract.takeovers import (
    belief_in_apposition,
    introduces,
    new_clause,
    parenthetical_tag,
    relative_at_end,
    relative_reports,
    voices_quote,
)
from osceq.extract.tokens import DASHES, Token, past_verb, span_of
from osceq.extract.unclosed_roles import name_before_open_apposition
from osceq.extract.verb_or_noun import charges_that, is_verb
from osceq.extract.verb_surroundings import (
    DEMONSTRATIVES,
    infinitive_subject,
    kept_on,
    leads_to_speech,
    moved_infinitive,
    named_thing,
    object_before_participle,
    only_opening_before,
    participle_at,
    participle_of_clause,
    passive_agent,
    past_participle,
    relative_clause_subject,
    reporting_infinitive,
)
from osceq.extract.writing_subjects import writing_source
from osceq.models import Span

_QUOTE_MARK = re.compile(r"[\"“”]|''")


def before_quote(text: str, ranges: list[tuple[int, int]]) -> Found | None:
    """A cue before an opening mark in the same sentence: `X said:`, `X told Y that`, `according to X,`.

    ranges are the parts of the sentence before the quote that lie outside other quotations. The
    speaker is the subject of the sentence's first reporting verb (reported speech embeds other verbs
    and their subjects), unless a later clause (`…, but Y said`) brings its own subject.
    """
    tokens = tokens_around_quotes(text, ranges)
    if len(tokens) > 160:
        tokens = tokens[-160:]
    tokens = tokens[after_dateline(tokens, len(tokens)) :]  # (`LONDON, March 16 -` says nothing)
    label = _label(text, tokens)
    if label is not None:
        return label
    fronted = fronted_speaker(tokens)
    if fronted is not None:
        a, b, kind = fronted
        return Found(span_of(text, tokens, a, b), span_of(text, tokens, 0, 1), kind, "cue-before")
    best: Found | None = None
    subordinate = subordinate_end(tokens)
    best_at = -1
    for v, tok in enumerate(tokens):
        if tok.low == "according" and v + 1 < len(tokens) and tokens[v + 1].low == "to":
            if best is None:
                best, best_at = according_to(text, tokens, v), v
            continue
        if tok.low == "in" and best is None:
            cited = in_words_of(text, tokens, v)
            if cited is not None:
                best, best_at = cited, v
                continue
        if (
            not (
                is_verb(tokens, v)
                or moved_infinitive(tokens, v)
                or characterises_as(tokens, v, best)
                or writing_finds(tokens, v)
                or belief_in_apposition(tokens, v)
                or charges_that(tokens, v)
            )
            or (tok.low.startswith("continu") and v + 1 < len(tokens) and tokens[v + 1].low == "to")
            or (tok.low == "quote" and v > 0 and tokens[v - 1].low == "i")  # the writer's "and I quote"
        ):
            continue  # "continues to support" is not speech
        if in_dashed_as_aside(tokens, v) or in_closed_relative(tokens, v) or reduced_passive(tokens, v):
            continue  # (`the steps called for were modest`: a participle describing its noun)
        if in_object_relative(tokens, v, is_verb):
            continue  # `The aide who Tom Bell fired said`: the clause's verb, not the aide's cue
        if in_asked_question(tokens, v):
            continue  # `Lee asked what the party would say`: the question's verb, not a cue of its own
        if tok.low in lex.ASPECT_VERBS and not leads_to_speech(tokens, v):
            continue  # `The couple started a foundation`, `who goes by "…"`: no speech begins
        # `X, who says …, tweeted that "…"`: a relative clause's verb yields to the main verb.
        weak_best = best is not None and best.kind == "relative"
        takeover = (
            best_at < subordinate < v
            or new_clause(tokens, kept_on(tokens, v))
            or parenthetical_tag(tokens, v)
            or relative_at_end(tokens, v)
            or (best is not None and best.evidence != "according-to" and relative_reports(tokens, v, best_at))
            or voices_quote(tokens, v)
            or writing_before_relative(tokens, v) is not None
            or ((weak_best or introduces(tokens, v)) and np_backward(tokens, v) is not None)
            or (weak_best and closed_relative_owner(tokens, v) is not None)
            or participle_of_clause(tokens, v, best_at)
            or in_which_reports(tokens, v, best_at)
            or names_in_contact_relative(tokens, v)
        )
        if best is not None and best.evidence != "subject" and not takeover:
            continue
        found = _subject_of(text, tokens, v)
        if found is not None and (
            best is None or best.evidence != "subject" or found.evidence != "subject" or takeover
        ):
            best, best_at = found, v
    absolute = _with_participle(text, tokens)
    if absolute is not None and best_at < absolute[0]:
        best, best_at = absolute[1], absolute[0]
    back = (
        len(tokens) > 3
        and tokens[-2].low == "back"
        and tokens[-3].text.isalpha()
        and tokens[-3].text.islower()
    )
    # A cue inside an opening subordinate clause (`After Brown criticized him, Varga shot back, "…"`)
    # yields to a verb in the past right before the quote.
    background = best is not None and best_at < subordinate < len(tokens) - 2
    if (
        (best is None or background)
        and len(tokens) > 2
        and tokens[-1].text in ",:"
        and (past_verb(tokens[-2]) or back)
    ):
        # `…, then boomed, "…"`, `Smith quipped: "…"`, `Smith shot back:`: a past-tense verb right
        # before the quote.
        v = len(tokens) - 3 if back else len(tokens) - 2
        subject = np_backward(tokens, v)
        cue = span_of(text, tokens, v, v + 1)
        if subject is not None and subject[2] != "relative":
            return Found(span_of(text, tokens, subject[0], subject[1]), cue, subject[2], "cue-before")
        opening = clause_subject(tokens, v) or speaking_subject(tokens, v)
        if opening is not None:
            return Found(span_of(text, tokens, opening[0], opening[1]), cue, opening[2], "subject")
    if spent_in_subordinate(tokens, best_at, subordinate) and not source_closes(text, ranges[-1][1]):
        best = None  # `While Pell calls it "bold," Dunn fixes on the "reset" line`: Pell's cue is spent
    if best is not None and best.evidence == "cue-before" and spent_by_coordinate(tokens, best_at):
        best = None  # `Lee praised the plan, and the crowd booed the "giveaway"`: a clause of its own
    owner = answer_owner(tokens)
    if owner is not None:  # `Lee's reply, when I read her the quote, was short: "…"`: Lee answers
        a, b, kind = owner
        mention = span_of(text, tokens, a, b)
        if kind != "pronoun":  # the owner without its possessive ending
            ending = 2 if tokens[b - 1].text.endswith(("'s", "’s")) else 1
            end = mention.end - ending
            mention = Span(text[mention.start : end], mention.start, end)
        return Found(mention, span_of(text, tokens, b, len(tokens)), kind, "colon")
    if best is None and tokens and tokens[-1].text == ":":
        subject = sentence_subject(tokens, len(tokens) - 1)
        if subject is not None and opens_list(tokens, subject[1]):
            return None  # `Smith, Jones and Brown said:`: all three, never the first alone
        if subject is not None and subject[1] < len(tokens) - 1 and not expletive_follows(tokens, subject[1]):
            a, b, kind = subject  # (`"…" Lee began, but Roe cut in: "…"`: a later clause's subject)
            found = Found(span_of(text, tokens, a, b), span_of(text, tokens, b, len(tokens)), kind, "colon")
            turns = fw.TAKEOVER_WORDS | {"before", "until"}
            if colon_clause_subject(tokens, b) is None:
                return _colon_clause(text, tokens, b, turns, speaking_only=True) or found
            # A later clause of its own (`but`, `while`) leads to the colon: its subject speaks when
            # its verb is one of speech (`but Roe cut in:`); with any other verb (`but Roe stayed
            # silent:`, `but Roe had the last word:`) either may, so nobody is named. (A clause of
            # `before` or `until` hangs on the main one, whose subject speaks unless it is cut in on.)
            return _colon_clause(text, tokens, b, turns, speaking_only=True)
    if best is not None and tokens and tokens[-1].text == ":":
        return _colon_clause(text, tokens, best_at) or best
    return best or writing_source(text, tokens) or appeal_source(text, tokens)


def _with_participle(text: str, tokens: list[Token]) -> tuple[int, Found] | None:
    """`…, with Smith telling reporters he was "…"`: an absolute clause of "with", a noun phrase and
    a participle brings its own speaker when a reporting verb follows in it; returns the index of
    "with" and the Found."""
    k = max((m for m, t in enumerate(tokens) if t.low == "with"), default=-1)
    if k > 0 and tokens[k - 1].text not in ",;(" and tokens[k - 1].text not in DASHES:
        return None  # `anybody with proposals offering …`: "with" after a noun gives it something
    found = np_forward(tokens, k + 1) if k >= 0 else None
    if found is None or found[1] not in ("name", "nominal"):
        return None
    # The phrase ends at the participle (a name read forward may run on into it: "Ivo Marsh taking").
    j = next((m for m in range(k + 2, found[0] + 1) if participle_at(tokens, m)), None)
    if j is None:
        return None
    verb = next(
        (m for m in range(j, len(tokens)) if is_verb(tokens, m) or reporting_infinitive(tokens, m)), None
    )
    if verb is None or any(t.text in ".;:" for t in tokens[j:verb]):
        return None
    if own_subject_after_comma(tokens, j, verb):
        return None  # `With a rival gaining ground, she is describing …`: the main clause's verb
    cue = span_of(text, tokens, verb, verb + 1)
    return k, Found(span_of(text, tokens, k + 1, j), cue, found[1], "cue-before")


def _colon_clause(
    text: str,
    tokens: list[Token],
    after: int,
    turns: frozenset[str] = fw.TAKEOVER_WORDS,
    speaking_only: bool = False,
) -> Found | None:
    """The Found of a later clause's subject leading into the quotation after a colon, or None."""
    found = colon_clause_subject(tokens, after, turns, speaking_only)
    if found is None:
        return None
    a, j, kind = found
    return Found(span_of(text, tokens, a, j), span_of(text, tokens, j, len(tokens)), kind, "colon")


def _subject_of(text: str, tokens: list[Token], v: int) -> Found | None:
    """The speaker of the reporting verb at index v: its subject, an inverted `said X:`, or the sentence's."""
    cue = span_of(text, tokens, v, v + 1)
    writing = writing_before_relative(tokens, v)
    if writing is not None:  # `… an audit released in May which found that "…"`: the audit
        return Found(span_of(text, tokens, writing[0], writing[1]), cue, "nominal", "cue-before")
    quoted = quoted_as(tokens, v)
    if quoted is not None:  # `The Ledger quoted a source as saying "…"`: the source speaks
        return Found(span_of(text, tokens, quoted[0], quoted[1]), cue, quoted[2], "cue-before")
    if tokens[v].low in fw.NAMING_PARTICIPLES and (
        passive_auxiliary_before(tokens, v) or named_thing(tokens, v)
    ):
        return None  # `what is called "…"`, `a group called "…"`: a name given, nobody speaking
    if set_off_passive(text, tokens, v):
        return None  # `- often called "…"`, `, identified by police as "…"`: a passive, its agent speaks
    heard = heard_subject(tokens, v)
    if heard is not None:  # `a man can be heard asking`: the one heard speaks
        return Found(span_of(text, tokens, heard[0], heard[1]), cue, heard[2], "cue-before")
    agent = passive_agent(tokens, v) or passive_charge_agent(tokens, v)
    if agent is not None and glued_after_fronted_clause(tokens, agent):
        return None  # `Asked about the levy by Tom Reed Ann Lee said`: the asker may run into the name
    if agent is not None:  # `Lee was asked by a reporter, "…"`, `Asked by Lee if …`: the asker speaks
        return Found(span_of(text, tokens, agent[0], agent[1]), cue, agent[2], "cue-before")
    if v > 0 and tokens[v - 1].low in fw.PASSIVE_AUXILIARIES and past_participle(tokens[v]):
        return None  # `Smith was asked`, `Lee is said to be …`: the subject of a passive does not speak
    participle = tokens[v].low.endswith("ing") and v > 0 and tokens[v - 1].text == ","
    if not participle:
        subject = (
            np_backward(tokens, kept_on(tokens, v))
            or relative_clause_subject(tokens, v)
            or closed_relative_owner(tokens, v)
        )
        if subject is not None and clause_read_as_phrase(tokens, subject, v):
            return None  # `released as the markets closed stating …`: not the markets
        if subject is not None and glued_after_fronted_clause(tokens, subject):
            return None  # `Asked about Tom Reed Lee said`: the clause's object may run into the name
        if subject is not None and participle_read_as_name(tokens, subject):
            return None  # `Answering questions from …, Lee said`: the questions are its object
        if subject is not None:
            subject = name_before_open_apposition(tokens, subject) or cleft_focus(tokens, subject) or subject
            subject = name_after_fronted_clause(tokens, subject)
            subject = (subject[0], verb_before_participle(tokens, subject, v), subject[2])
        if (
            subject is None
            and tokens[v].low in fw.NAMING_PARTICIPLES
            and tokens[v - 1].text == ","
            and v == len(tokens) - 1
        ):
            return None  # `a new market, called "…" by some`: a name given to the thing before the comma
        if subject is not None and _QUOTE_MARK.search(
            text, tokens[subject[1] - 1].end, aside_or_verb(tokens, subject[1], v)
        ):
            subject = None  # `Lee "was wrong," said Roe`: a quotation cut out between them; Roe speaks
        elif subject is not None and object_before_participle(tokens, v, subject):
            subject = None  # `Smith issued a statement saying …`: the statement is Smith's
        elif subject is not None:
            a, b, kind = subject
            listed = list_start(tokens, a, b)
            if listed is not None:  # `Smith, Jones and Brown said`: all three, never the last two alone
                return Found(span_of(text, tokens, listed, b), cue, "list", "cue-before")
            if a > 0 and tokens[a - 1].text == "," and tag_aside_yields(tokens, v + 1):
                return None  # `The snag, Ann Lee said, was that Tom Park kept saying "…"`: Tom Park
            role = apposition_after(text, tokens, b) if kind == "name" else None
            return Found(span_of(text, tokens, a, b), cue, kind, "cue-before", role[0] if role else None)
        found = (
            np_forward(tokens, v + 1)
            if tokens[v].low not in lex.TELL_FORMS and only_opening_before(tokens, v)
            else None
        )
        after = found[0] if found else len(tokens)
        aside = apposition_after(text, tokens, after) if found and found[1] == "name" else None
        if aside is not None:
            after = aside[1] - 1  # `Said Ann Lee, a neighbour, "…"`: the comma closing the aside
        elif found and skip_clause_aside(tokens, after) > after:
            after = skip_clause_aside(tokens, after) - 1  # `Said Ann Lee, who grew up here, "…"`
        rest = tokens[after:]
        if found and rest and (all(t.text in ",:" for t in rest) or inverted_aside_closes(tokens, after)):
            return Found(
                span_of(text, tokens, v + 1, found[0]),
                cue,
                found[1],
                "cue-before",
                aside[0] if aside else None,
            )
        if found and v > 0 and tokens[v - 1].text == "," and tag_aside_yields(tokens, after):
            return None  # `The snag, said Ann Lee, was that Tom Park kept saying "…"`: Tom Park
    subject = (
        moved_to_speak(tokens, v)
        or infinitive_subject(tokens, v)
        or (clause_subject(tokens, v) if participle else None)
        or speaking_subject(tokens, v)
    )
    if subject is None or (subject[1] - subject[0] == 1 and tokens[subject[0]].low in DEMONSTRATIVES):
        return None  # `This prompted the paper to run a cover saying "…"`: an event or a thing, nobody
    a, b, kind = subject
    if b - a > 1 and tokens[b - 1].low in ("he", "she") and tokens[a].text.islower():
        a, kind = b - 1, "pronoun"  # `all she could do was shout "…"`: the free relative's he or she
    return Found(span_of(text, tokens, a, b), cue, kind, "subject")
