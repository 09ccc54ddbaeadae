"""Score the quote extractor on a gold JSON Lines file: `python -m osceq.evaluate quotes FILE.jsonl`.

Each gold record goes through the `osceq extract` contract (`document_from_record` then
`analyze.extract_record`), and its `quotes` list is scored against the record's gold `quotes`.

Matching. *Exact*: the emitted span equals the gold span. *Overlap*: the spans share at least one
character; pairs are made one-to-one, largest overlap first.

Speaker right. *Strict* (the headline figure): the emitted mention span overlaps the gold speaker
span (the annotated mention, so a resolved "she" is scored on "she"); a gold quote with no speaker is
right only when nothing was attributed. *Lenient* (a fallback, printed beside it): strict, or the
gold mention is a name and `speakers.name_matches` accepts it against the emitted speaker or mention
text (the same person named elsewhere in the article).

End-to-end: a true positive is a quote matched by overlap AND with the speaker right.

Per kind ("direct", "partial"): gold quotes of that kind against emitted quotes labelled that kind,
matched among themselves, so a wrong kind costs on both rows. The overall row ignores kind. The
kind-blind rows ("direct~", "partial~") split the overall matching by the gold kind instead: a
matched quote counts under its gold kind whatever kind was emitted, an unmatched emitted quote under
the kind it was given (comparable with a system that does not tell the kinds apart).

Evidence. A second table counts, per evidence kind ("cue-after", "paragraph", …), the quotes
emitted, those matched to a gold quote and those with the speaker right (strict): the measured
precision that each kind's `confidence` in `osceq.extract.resolved_quotes` is set from.

Speaker names. Of the quotes whose mention is right and names a person by name, how many show that
person as the speaker (`name_right`): the mention is what the gold marks, the name what users see.

Persons shown. Gold files that say whom each mention means (a `person` field, as the hand-labelled
sets in `eval/invented*/` have) get one more line: of the matched quotes whose person is named, how
many show that person, another person, only a description (`the chairwoman`), or nobody
(`person_shown`). Only this line sees a right "she" resolved to the wrong woman.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from osceq.analyze import extract_record
from osceq.corpus import document_from_record
from osceq.evaluate.quote_errors import describe as _describe
from osceq.evaluate.quote_errors import describe_speaker as _describe_speaker
from osceq.extract.given_names import is_given_name
from osceq.extract.names import PERSON, parse_mention
from osceq.extract.speakers import PRONOUNS, name_matches

KINDS = ("direct", "partial")


@dataclass
class Tally:
    """Counts for one row of the report."""

    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0
    speaker_strict: int = 0
    speaker_lenient: int = 0

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        for name in ("gold", "predicted", "exact", "overlap", "speaker_strict", "speaker_lenient"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float]:
        """Precision, recall, F1 and accuracies in percent."""
        result: dict[str, float] = {"gold": self.gold, "predicted": self.predicted}
        for name, hits in (
            ("exact", self.exact),
            ("overlap", self.overlap),
            ("e2e", self.speaker_strict),
            ("e2e_lenient", self.speaker_lenient),
        ):
            p, r, f = _prf(hits, self.predicted, self.gold)
            result.update({f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f})
        result["speaker_acc"] = _percent(self.speaker_strict, self.overlap)
        result["speaker_acc_lenient"] = _percent(self.speaker_lenient, self.overlap)
        return result


@dataclass
class Report:
    """Tallies overall and per kind, plus examples of errors."""

    rows: dict[str, Tally] = field(
        default_factory=lambda: {k: Tally() for k in ("all", *KINDS, *(f"{k}~" for k in KINDS))}
    )
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong_speakers: list[str] = field(default_factory=list)
    # evidence kind -> [emitted, matched, speaker right]: how far each kind of evidence can be trusted
    evidence: dict[str, list[int]] = field(default_factory=dict)
    # [checked, right]: of the right mentions that name a person, how often the speaker shown is them
    names: list[int] = field(default_factory=lambda: [0, 0])
    # [right, another, role, none]: of matched quotes whose gold `person` is named, what is shown
    persons: list[int] = field(default_factory=lambda: [0, 0, 0, 0])


def _percent(hits: int, total: int) -> float:
    return 100.0 * hits / total if total else 0.0


def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p, r = _percent(hits, predicted), _percent(hits, gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of overlapping spans, largest overlap first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            size = _overlap((g["start"], g["end"]), (p["start"], p["end"]))
            if size > 0:
                candidates.append((-size, i, j))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            pairs.append((i, j))
    return pairs


def speaker_right(gold: dict[str, Any], predicted: dict[str, Any], lenient: bool = False) -> bool:
    """Whether the emitted attribution agrees with the gold speaker (see the module docstring)."""
    mention = predicted.get("mention")
    if gold.get("speaker_start") is None:
        return mention is None and predicted.get("speaker") is None
    if mention is None:
        return False
    if _overlap((gold["speaker_start"], gold["speaker_end"]), (mention["start"], mention["end"])) > 0:
        return True
    gold_name = str(gold.get("speaker") or "")
    if not lenient or gold_name.lower() in PRONOUNS:
        return False
    return any(
        name_matches(gold_name, str(n)) or name_matches(str(n), gold_name)
        for n in (predicted.get("speaker"), mention.get("text"))
        if n
    )


def name_right(gold: dict[str, Any], predicted: dict[str, Any]) -> bool | None:
    """Whether the speaker name shown for a quote is the person its annotated mention names, or None
    when the mention names no person by name ("he", "a spokesman", "the ministry").

    The table scores mentions; this scores the name osceq derives from them (`Democratic pollster Bo
    Park` must show Bo Park, `Park` the article's Bo Park).
    """
    named = parse_mention(str(gold.get("speaker") or ""))
    if named.kind != PERSON or not named.name[:1].isupper():
        return None
    shown = str(predicted.get("speaker") or "")
    return bool(shown) and (name_matches(named.name, shown) or name_matches(shown, named.name))


def person_shown(gold: dict[str, Any], predicted: dict[str, Any], text: str = "") -> str | None:
    """ "right", "another", "role" or "none" for the speaker shown against the gold `person` (whom
    the annotated mention means, a pronoun included), or None when the gold names no person by name.

    With the article's text, a one-word name that opens the gold person's full name is that person
    when the article itself writes it alone (`Zhou said` for Zhou Yiming, family name first)."""
    named = parse_mention(str(gold.get("person") or ""))
    if named.kind != PERSON or not named.name[:1].isupper():
        return None
    shown = str(predicted.get("speaker") or "")
    if not shown:
        return "none"
    if name_matches(named.name, shown) or name_matches(shown, named.name):
        return "right"
    if _family_name_first(named.name, shown, text):
        return "right"
    shown_named = parse_mention(shown)
    return "another" if shown_named.kind == PERSON and shown_named.name[:1].isupper() else "role"


def score_article(
    record: dict[str, Any], predicted: list[dict[str, Any]], report: Report, label: str
) -> None:
    """Add one article's figures to the report."""
    gold = list(record.get("quotes") or [])
    text = record["text"]
    groups: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]] = [("all", gold, predicted)]
    groups += [
        (k, [g for g in gold if g["kind"] == k], [p for p in predicted if p["kind"] == k]) for k in KINDS
    ]
    for name, g_list, p_list in groups:
        tally = report.rows[name]
        tally.gold += len(g_list)
        tally.predicted += len(p_list)
        pairs = match(g_list, p_list)
        for i, j in pairs:
            g, p = g_list[i], p_list[j]
            tally.overlap += 1
            tally.exact += (g["start"], g["end"]) == (p["start"], p["end"])
            strict = speaker_right(g, p)
            tally.speaker_strict += strict
            tally.speaker_lenient += strict or speaker_right(g, p, lenient=True)
            if name == "all" and not strict:
                report.wrong_speakers.append(_describe_speaker(label, text, g, p))
            if name == "all":
                _count_person(report, g, p, text)
            named = name_right(g, p) if name == "all" and strict else None
            if named is not None:
                report.names[0] += 1
                report.names[1] += named
        if name != "all":
            continue
        _tally_by_evidence(report, g_list, p_list, pairs)
        _tally_by_gold_kind(report, g_list, p_list, pairs)
        matched_gold = {i for i, _ in pairs}
        matched_predicted = {j for _, j in pairs}
        report.misses += [
            _describe(label, text, g, "gold") for i, g in enumerate(g_list) if i not in matched_gold
        ]
        report.false_alarms += [
            _describe(label, text, p, "emitted") for j, p in enumerate(p_list) if j not in matched_predicted
        ]


def _family_name_first(full: str, shown: str, text: str) -> bool:
    """Whether the one-word name shown is the first word of a full name of several words, written
    alone in the article (not only as the start of the full name): a family name written first."""
    words = full.split()
    if len(words) < 2 or " " in shown or shown != words[0] or not text:
        return False
    if is_given_name(shown):
        return False  # "Ann" for Ann Lee is a given name, which stands for any Ann
    others = re.compile(rf"\b{re.escape(shown)}\s+(?!{re.escape(words[1])}\b)[A-Z]")
    if others.search(text):
        return False  # another full name opens with the same word (Ann Lee, Ann Marsh)
    alone = re.compile(rf"\b{re.escape(shown)}\b(?!\s+{re.escape(words[1])}\b)")
    return alone.search(text) is not None


_PERSON_SHOWN = ("right", "another", "role", "none")


def _count_person(report: Report, gold: dict[str, Any], predicted: dict[str, Any], text: str = "") -> None:
    shown = person_shown(gold, predicted, text)
    if shown is not None:
        report.persons[_PERSON_SHOWN.index(shown)] += 1


def _tally_by_evidence(
    report: Report, gold: list[dict[str, Any]], predicted: list[dict[str, Any]], pairs: list[tuple[int, int]]
) -> None:
    """Per evidence kind: how many quotes were emitted, matched a gold quote, and got the speaker right."""
    matched = {j: i for i, j in pairs}
    for j, p in enumerate(predicted):
        row = report.evidence.setdefault(str(p.get("evidence") or "none"), [0, 0, 0])
        row[0] += 1
        if j in matched:
            row[1] += 1
            row[2] += speaker_right(gold[matched[j]], p)


def _tally_by_gold_kind(
    report: Report, gold: list[dict[str, Any]], predicted: list[dict[str, Any]], pairs: list[tuple[int, int]]
) -> None:
    """Kind-blind rows ("direct~"): a matched quote counts under its gold kind whatever kind was emitted."""
    matched = dict(pairs)
    matched_predicted = set(matched.values())
    for i, g in enumerate(gold):
        tally = report.rows[f"{g['kind']}~"]
        tally.gold += 1
        if i in matched:
            p = predicted[matched[i]]
            strict = speaker_right(g, p)
            tally.predicted += 1
            tally.overlap += 1
            tally.exact += (g["start"], g["end"]) == (p["start"], p["end"])
            tally.speaker_strict += strict
            tally.speaker_lenient += strict or speaker_right(g, p, lenient=True)
    for j, p in enumerate(predicted):
        if j not in matched_predicted:
            report.rows[f"{p['kind']}~"].predicted += 1


def evaluate(path: str) -> Report:
    """Run the extractor over every record of a gold JSONL file and score it."""
    report = Report()
    with open(path, encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            record = json.loads(line)
            document = document_from_record(record, path, line_number)
            predicted = extract_record(document)["quotes"]
            score_article(record, predicted, report, str(record.get("id", line_number)))
    return report


def _print_table(report: Report) -> None:
    header = (
        f"{'kind':8} {'gold':>5} {'pred':>5} | {'exact P/R/F1':>17} | {'overlap P/R/F1':>17} | "
        f"{'spk acc':>7} {'lenient':>7} | {'end-to-end P/R/F1':>17} | {'e2e lenient F1':>14}"
    )
    print(header)
    print("-" * len(header))
    for name, tally in report.rows.items():
        f = tally.figures()
        print(
            f"{name:8} {tally.gold:5d} {tally.predicted:5d} | "
            f"{f['exact_p']:5.1f} {f['exact_r']:5.1f} {f['exact_f1']:5.1f} | "
            f"{f['overlap_p']:5.1f} {f['overlap_r']:5.1f} {f['overlap_f1']:5.1f} | "
            f"{f['speaker_acc']:7.1f} {f['speaker_acc_lenient']:7.1f} | "
            f"{f['e2e_p']:5.1f} {f['e2e_r']:5.1f} {f['e2e_f1']:5.1f} | {f['e2e_lenient_f1']:14.1f}"
        )


def _print_evidence(report: Report) -> None:
    print(f"\n{'evidence':18} {'emitted':>7} {'matched':>7} {'spk right':>9} {'spk acc':>7}")
    for name, (emitted, matched, right) in sorted(report.evidence.items(), key=lambda kv: -kv[1][0]):
        print(f"{name:18} {emitted:7d} {matched:7d} {right:9d} {_percent(right, matched):7.1f}")
    checked, right = report.names
    print(f"\nspeaker names: {right} of {checked} right mentions naming a person show that person ", end="")
    print(f"({_percent(right, checked):.1f}%)")
    right, another, role, none = report.persons
    if right + another + role + none:
        print(
            f"persons shown: of {sum(report.persons)} matched quotes whose labelled person is named, "
            f"{right} show that person, {another} another person, {role} a description only, {none} nobody"
        )


def main(argv: list[str]) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m osceq.evaluate quotes", description=__doc__.splitlines()[0]
    )
    parser.add_argument("file", help="gold JSON Lines file (format of shared/data/quotes)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="print N sample errors of each type"
    )
    args = parser.parse_args(argv)
    try:
        report = evaluate(args.file)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.json:
        figures: dict[str, Any] = {name: tally.figures() for name, tally in report.rows.items()}
        figures["evidence"] = {
            name: {"emitted": e, "matched": m, "speaker_right": r, "speaker_acc": _percent(r, m)}
            for name, (e, m, r) in report.evidence.items()
        }
        figures["speaker_names"] = {"checked": report.names[0], "right": report.names[1]}
        figures["persons_shown"] = dict(zip(_PERSON_SHOWN, report.persons, strict=True))
        print(json.dumps(figures, indent=2))
    else:
        _print_table(report)
        _print_evidence(report)
    if args.errors:
        for title, items in (
            ("missed gold quotes", report.misses),
            ("false alarms", report.false_alarms),
            ("wrong speakers", report.wrong_speakers),
        ):
            print(f"\n## {title} ({len(items)})", file=sys.stderr)
            for item in items[: args.errors]:
                print(item, file=sys.stderr)
    return 0
