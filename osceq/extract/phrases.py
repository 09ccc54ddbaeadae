"""The noun phrases that can name a speaker, found on tokens without a parser: backward from a verb (forward
from a token is `forward_phrases`), and the appositions and clauses that stand between them and the verb.
Plural groups with no determiner (`Adams protesters`) are read in `group_subjects`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract import subject_objects as so
from osceq.extract.asides import MAX_APPOSITION, apposition_start
from osceq.extract.firm_acronyms import acronym_in_parenthesis
from osceq.extract.forward_phrases import s_apostrophe
from osceq.extract.group_subjects import COUNTS, QUANTIFIERS, group_name_start, named_group
from osceq.extract.joined_names import after_cut, joined_across_clause, joined_plural_start, opens_clause
from osceq.extract.listed_names import office_field_start
from osceq.extract.name_bodies import body_after_name_start
from osceq.extract.name_starts import name_start as _name_start
from osceq.extract.name_starts import possessor_start as _possessor_start
from osceq.extract.name_words import PLACES
from osceq.extract.office_appositions import name_after_office, office_subject_end
from osceq.extract.open_appositions import name_after_bare_role, name_after_whose_role, open_apposition_owner
from osceq.extract.participle_objects import participle_of_object
from osceq.extract.particle_names import particle_surname_start
from osceq.extract.partitive_subjects import partitive_subject
from osceq.extract.preposition_joints import preposition_joint
from osceq.extract.prepositional_objects import Phrase, prepositional_object_skipped
from osceq.extract.restrictive_relatives import relative_before
from osceq.extract.shares import counted_start, is_number, share_start
from osceq.extract.subject_asides import adverb_aside, party_between, town_after_of
from osceq.extract.subject_gaps import skip_between as _skip_between
from osceq.extract.subject_gaps import skip_time as _skip_time
from osceq.extract.tokens import (
    PRONOUN_SUBJECTS,
    Token,
    abbreviation_dot,
    acronym_letter_dot,
    capitalised,
    firm_parenthesis_end,
    is_word,
    past_verb,
    possessive,
)
from osceq.extract.verb_or_noun import is_verb
from osceq.extract.word_kinds import person_noun, title_word


def np_backward(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """The subject noun phrase ending just before token v (`_linked_np_backward`); the phrase before
    a participle whose object that is (`One official attending the talks said`: the official)."""
    partitive = partitive_subject(tokens, v)
    if partitive is not None:
        return partitive  # `One of them said`: a part of the group speaks
    found = prepositional_object_skipped(tokens, _linked_np_backward(tokens, v), _linked_np_backward)
    if found is not None and found[2] == "nominal" and found[1] - found[0] == 1:
        found = (joined_plural_start(tokens, found[0]), found[1], found[2])  # `Dealers and analysts said`
    if found is None or found[2] not in ("name", "nominal"):
        return found
    lead = counted_start(tokens, found[0])
    if not so.object_of_participle(tokens, found[0], lead):
        return found
    earlier = _linked_np_backward(tokens, lead - 1)
    if earlier is not None and earlier[2] in ("name", "nominal") and earlier[1] == lead - 1:
        return earlier
    return found


def _linked_np_backward(tokens: list[Token], v: int, found: Phrase | None = None) -> Phrase | None:
    """The subject noun phrase ending just before token v, or the one found (past adverbs and an aside).

    A phrase governed by a preposition is no subject (`in the past described`, `Smith in a statement
    said`): the subject, if any, stands before the preposition.
    """
    found = found or _np_backward(tokens, v)
    if found is None or found[2] not in ("name", "nominal"):
        return found
    if (
        found[1] == v < len(tokens)
        and found[1] - found[0] > 1
        and tokens[v].low.endswith("ing")
        and tokens[v - 1].low in fw.PASSIVE_AUXILIARIES
        and tokens[v - 1].text.islower()
    ):
        found = (found[0], v - 1, found[2])  # "the senator is telling": the auxiliary is the verb's
    a = found[0]
    owner = _relative_owner(tokens, a)
    if owner is not None:
        return owner  # `Ann Lee, who is chairman of Kestrel Aid said`: the clause's comma left out
    relative = relative_before(tokens, a)
    if relative is not None:  # `One aide who has worked with all three candidates said`: the aide
        owner = _np_backward(tokens, relative) or so.plural_pronoun_head(tokens, relative)
        if owner is not None and owner[2] in ("name", "nominal") and owner[1] == relative:
            return owner
    share = share_start(tokens, a)
    if share is not None:
        return share, found[1], "nominal"  # `three in 10 voters said`: the "in" belongs to the share
    before = tokens[a - 1] if a > 0 else None
    participle = participle_of_object(tokens, a)
    if participle is not None:
        # `a source speaking to Harbour News said`: the phrase belongs to a participle of the subject.
        return np_backward(tokens, participle)
    of = town_after_of(tokens, a) if before is not None and before.text == "," else None
    if of is not None and all(t.low in PLACES for t in tokens[a : found[1]]):
        # `Ann Lee of Dover, Delaware says`: the state after the town is no subject; the person is.
        earlier = _np_backward(tokens, of)
        if earlier is not None and earlier[2] == "name":
            return earlier
    if before is not None and before.low == "of" and any(t.text == "," for t in tokens[found[1] : v]):
        # `Ann Lee, 22, of Flint, Mich., said`, `Ann Lee, the editor of the Ledger, Ann Roe, said`: a
        # phrase after "of" inside the asides is no subject; the name before the asides is.
        earlier = _subject_before_asides(tokens, a - 1) or so.head_of_asides(tokens, a, _np_backward)
        if earlier is not None:
            return earlier
    if before is not None and before.low == "of" and a > 2 and tokens[a - 2].text == ",":
        # `Ann Lee, of Kestrel Aid said`: an apposition whose closing comma was left out; the name
        # before it is the subject, not the firm or the town (also past an age: `Ann Lee, 22, of Flint`).
        comma = a - 4 if a > 4 and tokens[a - 3].text.isdigit() and tokens[a - 4].text == "," else a - 2
        earlier = _np_backward(tokens, comma)
        if earlier is not None and earlier[2] == "name" and opens_clause(tokens, earlier[0]):
            return earlier
    if (
        before is not None
        and a > 2
        and before.low in fw.ARTICLES
        and before.text.islower()
        and tokens[a - 2].low in _HEAD_LINKS
    ):
        # `Ivo Marsh of the charity Kestrel Aid said`: the determiner before the words the phrase
        # took in ("charity") ties it to the head before the preposition, as in "of the Kestrel Aid".
        a -= 1
        before = tokens[a - 1]
    if (
        before is not None
        and a > 1
        and before.low in _HEAD_LINKS
        and tokens[a].start - before.end <= 2
        and not any(t.text == "," for t in tokens[found[1] : v] if not adverb_aside(tokens, found[1], v))
    ):
        # `The head of the agency said`, `A former aide to the governor said`: the phrase after the
        # preposition completes the head before it, which is the subject.
        head = _np_backward(tokens, link := so.adjective_link(tokens, a - 1))  # (`People close to`)
        if (
            head is not None
            and head[2] in ("name", "nominal")
            and (head[1] == link or party_between(tokens, head[1], link))
            and not any(
                t.text in fw.MODALS or t.low in fw.PASSIVE_AUXILIARIES for t in tokens[head[0] : head[1]]
            )
        ):
            return _linked_np_backward(tokens, v, (head[0], found[1], head[2]))  # and any head before
    # Only a preposition right before the phrase: a quotation cut out between them breaks the link.
    if (
        before is not None
        and before.low in fw.ADVERBIAL_PREPOSITIONS
        and before.text.islower()
        and tokens[a].start - before.end <= 2
    ):
        return np_backward(tokens, a - 1)
    return found


# Verbs that open a relative clause describing its person ("who is", "who heads").
_RELATIVE_VERBS = frozenset({"is", "was", "heads", "headed", "leads", "led", "runs", "chairs"})


def _relative_owner(tokens: list[Token], a: int) -> tuple[int, int, str] | None:
    """The name before `, who is …` when the phrase at token a ends that clause and no comma closes
    it before the verb: the verb is then the name's, not the phrase's."""
    for k in range(a - 1, max(0, a - MAX_APPOSITION), -1):
        if tokens[k].text in '.;:!?"“”' and not abbreviation_dot(tokens, k):
            return None
        if tokens[k].text == ",":
            if k + 2 >= a or tokens[k + 1].low != "who" or tokens[k + 2].low not in _RELATIVE_VERBS:
                return None
            if any(
                not is_word(tokens[m])
                or tokens[m].start - tokens[m - 1].end > 1
                or past_verb(tokens[m])
                or is_verb(tokens, m)
                for m in range(k + 3, a + 1)
            ):
                return None  # only words, no quotation cut out and no other verb: `who is chair of X`
            if tokens[k + 2].low in ("is", "was") and not any(
                person_noun(t.text) or title_word(t.text, nouns_only=True) for t in tokens[k + 3 : a]
            ):
                return None  # `who was in the past described`: the verb may be the clause's own
            owner = _np_backward(tokens, k)
            return owner if owner is not None and owner[2] == "name" else None
    return None


# Prepositions that complete a noun before them ("the head of", "an aide to", "people familiar with").
_HEAD_LINKS = frozenset({"of", "to", "for", "with", "between"})


def _subject_before_asides(tokens: list[Token], k: int) -> tuple[int, int, str] | None:
    """The name before the comma that opens the asides holding token k, if there is one."""
    comma = next((m for m in range(k - 1, max(-1, k - MAX_APPOSITION), -1) if tokens[m].text == ","), None)
    if comma is None:
        return None
    for candidate in (_np_backward(tokens, comma), _np_backward(tokens, comma + 1)):
        if candidate is not None and candidate[2] == "name":
            return candidate
    return None


def _np_backward(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    j = _skip_time(tokens, _skip_between(tokens, v))
    j = _skip_between(tokens, j)
    if j > 0 and tokens[j - 1].text == ")":
        opening = next((k for k in range(j - 2, max(-1, j - 10), -1) if tokens[k].text == "("), None)
        if opening is not None and opening > 0 and capitalised(tokens[opening - 1]):
            j = opening  # "Sen. Jane Doe (D-Mo.) said"
    if j > 0 and tokens[j - 1].text == ",":
        comma = apposition_start(tokens, j - 1)
        if comma is None:
            return None
        company = so.company_comma(tokens, comma)
        if company is not None:
            return _np_backward(tokens, company)  # `Ann Lee, with her lawyer, Bo Park, said`: Ann Lee
        named = (
            name_after_bare_role(tokens, comma, j - 1)
            or name_after_whose_role(tokens, comma, j - 1)
            or name_after_office(tokens, comma, j - 1)
        )
        if named is not None:
            return named, j - 1, "name"  # `Energy and mines minister, Ivo Marsh, said`
        subject_end = office_subject_end(tokens, comma)
        if subject_end is not None:
            return _np_backward(tokens, subject_end)  # `A spokesman for the Minister of …, Ann Lee, said`
        j = comma
    if j == 0:
        return None
    last = tokens[j - 1]
    if last.low in PRONOUN_SUBJECTS or last.low == "it":
        return j - 1, j, "pronoun"
    if last.low == "who":
        return j - 1, j, "relative"
    # `Mr. al-Tamimi said`: the run stops at the small letter; the courtesy title makes it a name.
    i = particle_surname_start(tokens, _name_start(tokens, j), j)
    if 0 < i < j and tokens[i - 1].low in lex.NAME_PARTICLES and tokens[i - 1].text.islower():
        i -= 1  # "Mayor Ann de Varga", "de Varga said"
        while i > 0 and capitalised(tokens[i - 1]):
            i -= 1
    if 1 < i < j and preposition_joint(tokens, i - 1):
        i = _name_start(tokens, i - 1)  # `Doctors Without Borders said`: one name, never "Borders"
    if 1 < i < j and tokens[i - 1].text == "and" and capitalised(tokens[i - 2]):
        first = _name_start(tokens, i - 1)
        if opens_clause(tokens, first):
            i = first  # `Ann Lee and Bo Park said`: both speak, neither alone
    if 1 < i < j:
        i = joined_across_clause(tokens, i, j)  # `Many Liberals, who hold the Senate, and Greens said`
    if 1 < i < j and tokens[i - 1].low == "by" and tokens[i - 2].low.endswith("ed"):
        # `A spokesman contacted by Reuters said`: the name is the agent of a participle, not the subject.
        return np_backward(tokens, i - 2)
    if i < j and tokens[i].text != "." and (tokens[i].low not in lex.NAME_PARTICLES or i + 1 < j):
        lower = 0
        while (
            i > 0
            and lower < 2
            and is_word(tokens[i - 1])
            and tokens[i - 1].low not in fw.NP_STOP
            and not is_verb(tokens, i - 1)
            and tokens[i - 1].low not in fw.NOT_NAME_WORDS
            and tokens[i - 1].low not in fw.PASSIVE_AUXILIARIES  # `Which state is Varga going to`
            and not so.no_role_word(tokens, i - 1)
        ):
            i -= 1  # "political scientist Chris Smith", "former Gov. Ivo Tarn"
            lower += 1
        if lower and i > 1 and tokens[i - 1].low in ("which", "who", "that") and tokens[i - 2].text == ",":
            # `the group, which includes Tarn Holdings, an investment firm, said`: the name is the
            # object in a relative clause; the phrase the clause describes is the subject.
            return _np_backward(tokens, i - 2)
        if lower == 0 and i > 0 and tokens[i - 1].low == "the":
            i -= 1  # "the Daily News"
        opening = next((k for k in range(i - 3, i - 5, -1) if k > 0 and tokens[k].text == "("), None)
        if opening is not None and firm_parenthesis_end(tokens, opening) == i:
            i = _name_start(tokens, opening)  # "Kestrel (Holdings) Ltd analyst Ivo Marsh said"
        owner = open_apposition_owner(tokens, i, j)
        if owner is not None:
            return owner  # `Ann Lee, analyst at Kestrel and Co said`
        start = after_cut(tokens, office_field_start(tokens, i) if lower else i, j)
        return so.joint_start(tokens, start, _name_start), j, "name"  # (`… and his son Bo`)
    body = body_after_name_start(tokens, j)
    return (body, j, "name") if body is not None else _nominal_backward(tokens, j)


def _nominal_backward(tokens: list[Token], j: int) -> tuple[int, int, str] | None:
    """A common-noun subject such as "the ministry" or "a campaign spokeswoman", ending before j."""
    if j >= 2 and tokens[j - 1].low in ("percent", "pct", "%") and is_number(tokens[j - 2]):
        return j - 2, j, "nominal"  # `…, and 14 percent said "…"`: a share of those asked answers
    if tokens[j - 1].low in fw.GROUP_SUBJECTS:
        start = j - 1
        if start > 0 and tokens[start - 1].low in ("the", "some", "many", "other", "most"):
            start -= 1
        if start == j - 1:
            start = group_name_start(tokens, start)  # "Adams supporters", "Wall Street critics"
        return start, j, "nominal"
    # A dotted acronym is read into a phrase only before a person (`a U.S. official`): before other
    # nouns it is as often a name's end or a new sentence's.
    person_head = tokens[j - 1].text.islower() and (
        person_noun(tokens[j - 1].text) or title_word(tokens[j - 1].text)
    )
    i = j - 1
    skipped = 0
    while (
        i >= 0
        and j - i - skipped <= 7
        and (is_word(tokens[i]) or s_apostrophe(tokens, i) or (person_head and acronym_letter_dot(tokens, i)))
        and tokens[i].low not in fw.DETERMINERS
    ):
        if s_apostrophe(tokens, i):
            return _possessor_start(tokens, i - 1), j, "nominal"  # "Rena Adams' campaign"
        if i < j - 1 and possessive(tokens[i]) and tokens[i + 1].text.islower():
            return _possessor_start(tokens, i), j, "nominal"  # "Tomas Holm's campaign manager"
        if is_verb(tokens, i) or tokens[i].low in fw.NP_STOP or tokens[i].low in fw.NOT_NAME_WORDS:
            share = share_start(tokens, i + 1)
            if share is not None:
                return share, j, "nominal"  # "three in 10 voters", "half of voters"
            if tokens[i].low in QUANTIFIERS and tokens[i].text.islower():
                group = named_group(tokens, i + 1, j, after_quantifier=True)
                return (i, j, "nominal") if group is not None else None  # "many commentators"
            if tokens[i].low in COUNTS and i + 1 < j:
                # `the two companies`, `both parties`: a count before a plural noun opens the phrase.
                group = named_group(tokens, i + 1, j, after_quantifier=True)
                opening = i
                while tokens[i].low != "both" and opening > 0 and tokens[opening - 1].low in ("the", "other"):
                    opening -= 1  # `the other two companies`
                return (opening, j, "nominal") if group is not None else None
            if (
                tokens[i].low == "of"
                and 0 < j - i - 1 <= 2
                and all(t.text.islower() for t in tokens[i + 1 : j])
            ):
                head = _np_backward(tokens, i)  # "the secretary of state": a head completed by a bare noun
                if head is not None and head[2] == "nominal" and head[1] == i:
                    return head[0], j, "nominal"
            return named_group(tokens, i + 1, j)
        i -= 1
        if person_head and acronym_in_parenthesis(tokens, i):
            i, skipped = i - 3, skipped + 3  # `a Petroleos de Tarnia (PT) official`: the firm's short name
    if 0 <= i < j - 1 and tokens[i].low in fw.DETERMINERS:
        return i, j, "nominal"
    return named_group(tokens, i + 1, j)
