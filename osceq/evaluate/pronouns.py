"""Score who he/she quotes are given to: `python -m osceq.evaluate pronouns GOLD.jsonl --texts FILE.jsonl`.

The quote evaluation scores only a speaker mention's offsets, so a resolved "he" counts as right
whoever it was resolved to. This evaluation scores the resolution itself, on hand-labelled pronoun
mentions (see eval/pronouns/README.md).

Gold records: {"id", "mention_start", "mention_end", "pronoun", "person", "aliases"?, "unsure"?}.
"person" is the article's fullest name for the person the pronoun stands for, or null when the
article does not name them; "aliases" are other names the article gives them. Unsure records are
left out. The article texts come from a JSON Lines file of {"id", "text", …} records (--texts), so
the gold file can be shared without them.

Outcome of a case. *Missed*: no emitted quote has a mention overlapping the gold mention. Else the
first such quote's speaker is *right* when it names the gold person (`speakers.name_matches` in
either direction, or equal folded keys), *wrong* when it names someone else (or anyone, when the
gold person is null), *none* when the quote has no speaker.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from osceq.analyze import extract_record
from osceq.corpus import document_from_record
from osceq.extract.speakers import name_matches, speaker_key

OUTCOMES = ("right", "wrong", "none", "missed")


def judge(person: str | None, aliases: Sequence[str], speaker: str | None) -> str:
    """The outcome ("right", "wrong" or "none") of an emitted speaker against a pronoun's gold person."""
    if not speaker:
        return "none"
    if person is None:
        return "wrong"
    for gold in (person, *aliases):
        if speaker_key(gold) == speaker_key(speaker):
            return "right"
        if name_matches(gold, speaker) or name_matches(speaker, gold):
            return "right"
    return "wrong"


def quote_for(mention: tuple[int, int], quotes: Iterable[dict[str, Any]]) -> dict[str, Any] | None:
    """The first emitted quote whose speaker mention overlaps the gold mention."""
    for quote in quotes:
        found = quote.get("mention")
        if found and found["start"] < mention[1] and mention[0] < found["end"]:
            return quote
    return None


@dataclass
class Report:
    """Outcome counts, and one line of context per error."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTCOMES, 0))
    unsure: int = 0
    errors: list[str] = field(default_factory=list)


def score_case(gold: dict[str, Any], text: str, quotes: list[dict[str, Any]], report: Report) -> str:
    """Add one gold case to the report; returns its outcome."""
    mention = (int(gold["mention_start"]), int(gold["mention_end"]))
    quote = quote_for(mention, quotes)
    if quote is None:
        outcome = "missed"
    else:
        outcome = judge(gold.get("person"), gold.get("aliases") or (), quote.get("speaker"))
    report.counts[outcome] += 1
    if outcome in ("wrong", "none"):
        emitted = quote.get("speaker") if quote else None
        report.errors.append(
            f"[{gold['id']} @{mention[0]}] {outcome}: gold={gold.get('person')!r} emitted={emitted!r}: "
            + _context(text, *mention)
        )
    return outcome


def _context(text: str, start: int, end: int) -> str:
    left = max(0, start - 400)
    snippet = text[left:start] + "⟦" + text[start:end] + "⟧" + text[end : end + 60]
    return " ".join(snippet.split())


def load_texts(path: str, wanted: set[str]) -> dict[str, dict[str, Any]]:
    """The records of the wanted ids from a JSON Lines file of articles."""
    records = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if str(record.get("id")) in wanted:
                    records[str(record["id"])] = record
    return records


def evaluate(gold_path: str, texts_path: str) -> Report:
    """Run the extractor over the articles of the gold cases and score each case."""
    with open(gold_path, encoding="utf-8") as handle:
        cases = [json.loads(line) for line in handle if line.strip()]
    records = load_texts(texts_path, {str(c["id"]) for c in cases})
    report = Report()
    emitted: dict[str, list[dict[str, Any]]] = {}
    for case in cases:
        if case.get("unsure"):
            report.unsure += 1
            continue
        record = records.get(str(case["id"]))
        if record is None:
            raise ValueError(f"no article {case['id']!r} in {texts_path}")
        if record["id"] not in emitted:
            emitted[record["id"]] = extract_record(document_from_record(record, texts_path, 0))["quotes"]
        score_case(case, record["text"], emitted[record["id"]], report)
    return report


def main(argv: list[str]) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m osceq.evaluate pronouns", description=__doc__.splitlines()[0]
    )
    parser.add_argument("file", help="gold JSON Lines file of pronoun cases (eval/pronouns)")
    parser.add_argument("--texts", required=True, help="JSON Lines file holding the articles' texts")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N sample errors")
    parser.add_argument("--seed", type=int, default=0, help="seed for sampling the errors printed")
    args = parser.parse_args(argv)
    try:
        report = evaluate(args.file, args.texts)
    except (OSError, ValueError, KeyError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    counts = report.counts
    scored = sum(counts.values())
    if args.json:
        print(json.dumps({**counts, "cases": scored, "unsure": report.unsure}, indent=2))
    else:
        emitted = scored - counts["missed"]
        print(f"cases {scored} (unsure left out: {report.unsure}); a quote with the mention: {emitted}")
        print(f"right {counts['right']}  wrong {counts['wrong']}  none {counts['none']}")
    if args.errors:
        sample = random.Random(args.seed).sample(report.errors, min(args.errors, len(report.errors)))
        print(f"\n## errors ({len(report.errors)})", file=sys.stderr)
        for line in sample:
            print(line + "\n", file=sys.stderr)
    return 0
