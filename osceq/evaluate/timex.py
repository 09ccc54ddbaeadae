"""Score `osceq extract`'s time expressions against TimeML-style gold records, TempEval-3 style.

    python -m osceq.evaluate timex GOLD.jsonl [GOLD2.jsonl ...] [--texts DIR] [--json] [--errors N]

A gold record is {"id", "dct", "text", "timexes": [{"start", "end", "text", "type", "value"}]}. Records
that carry a "file" name instead of their text (texts that may not be redistributed) are completed
from --texts DIR, the dct from the file's "Date:" line when the record has none.

Reported, overall and for DATE alone: strict (same offsets) and relaxed (overlapping) extraction
precision, recall and F1; type and value accuracy on the relaxed matches; and value F1, where a hit
is a relaxed match with the right value (TempEval-3's headline figure).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from osceq.analyze import extract_record
from osceq.corpus import document_from_record

_DATE_LINE = re.compile(r"^Date: (\d{4}-\d{2}-\d{2})", re.MULTILINE)
Span = dict[str, Any]


@dataclass
class Tally:
    """Counts for one slice of the data (all types, or DATE alone)."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """Precision, recall, F1 and accuracies, in percent."""

        def prf(hits: int) -> tuple[float, float, float]:
            p = hits / self.system if self.system else 0.0
            r = hits / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        sp, sr, sf = prf(self.strict)
        rp, rr, rf = prf(self.relaxed)
        vp, vr, vf = prf(self.value_ok)

        def accuracy(hits: int) -> float:
            return hits / self.relaxed if self.relaxed else 0.0

        return {
            key: round(100 * number, 2)
            for key, number in {
                "strict_p": sp,
                "strict_r": sr,
                "strict_f1": sf,
                "relaxed_p": rp,
                "relaxed_r": rr,
                "relaxed_f1": rf,
                "type_accuracy": accuracy(self.type_ok),
                "value_accuracy": accuracy(self.value_ok),
                "value_p": vp,
                "value_r": vr,
                "value_f1": vf,
            }.items()
        } | {"gold": self.gold, "system": self.system}


def load(path: Path, texts: Path | None) -> Iterator[dict[str, Any]]:
    """Gold records of a JSON Lines file, with their texts filled in from `texts` when needed."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            if "text" not in record and record.get("file"):
                if texts is None:
                    raise SystemExit(f"{path}: records have no text; give --texts DIR")
                record["text"] = (texts / record["file"]).read_text(encoding="utf-8")
                if not record.get("dct"):
                    found = _DATE_LINE.search(record["text"])
                    record["dct"] = found.group(1) if found else None
            yield record


def predict(record: dict[str, Any], path: str, line_number: int) -> list[Span]:
    """The time expressions `osceq extract` finds in the record's text, anchored on its dct."""
    document = document_from_record(
        {"id": record.get("id"), "date": record.get("dct"), "text": record["text"]}, path, line_number
    )
    dates: list[Span] = extract_record(document)["dates"]
    return dates


def match(gold: list[Span], system: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs of overlapping spans, the largest overlaps first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            overlap = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if overlap > 0:
                candidates.append((-overlap, i, j))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_system:
            used_gold.add(i)
            used_system.add(j)
            pairs.append((gold[i], system[j]))
    return pairs


def score(tally: Tally, ident: str, text: str, gold: list[Span], system: list[Span]) -> None:
    """Add one article's comparison to the tally, noting its errors."""
    tally.gold += len(gold)
    tally.system += len(system)
    pairs = match(gold, system)
    for g, s in pairs:
        tally.relaxed += 1
        tally.strict += g["start"] == s["start"] and g["end"] == s["end"]
        tally.type_ok += g["type"] == s["type"]
        if g["value"] == s["value"]:
            tally.value_ok += 1
        else:
            tally.errors.append(
                f"{ident}\tVALUE\t{g['text']!r} {g['type']} {g['value']} -> "
                f"{s['text']!r} {s['type']} {s['value']}\t{_context(text, g)}"
            )
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    for g in gold:
        if id(g) not in matched_gold:
            tally.errors.append(
                f"{ident}\tMISSED\t{g['text']!r} {g['type']} {g['value']}\t{_context(text, g)}"
            )
    for s in system:
        if id(s) not in matched_system:
            tally.errors.append(
                f"{ident}\tSPURIOUS\t{s['text']!r} {s['type']} {s['value']}\t{_context(text, s)}"
            )


def _context(text: str, span: Span) -> str:
    a, b = span["start"], span["end"]
    return " ".join((text[max(0, a - 50) : a] + "[" + text[a:b] + "]" + text[b : b + 50]).split())


def evaluate(paths: list[Path], texts: Path | None) -> dict[str, Tally]:
    """Tallies over every record of the gold files: overall and DATE alone."""
    tallies = {"all": Tally(), "DATE": Tally()}
    for path in paths:
        for line_number, record in enumerate(load(path, texts), start=1):
            system = predict(record, str(path), line_number)
            gold = record["timexes"]
            ident = str(record.get("id"))
            score(tallies["all"], ident, record["text"], gold, system)
            score(
                tallies["DATE"],
                ident,
                record["text"],
                [g for g in gold if g["type"] == "DATE"],
                [s for s in system if s["type"] == "DATE"],
            )
    return tallies


def report(tallies: dict[str, Tally]) -> str:
    """A plain-text table of the figures."""
    lines = [
        f"{'':6} {'gold':>5} {'sys':>5}  {'strict P/R/F1':>20}  {'relaxed P/R/F1':>20}  "
        f"{'type':>6} {'value':>6}  {'value F1':>8}"
    ]
    for name, tally in tallies.items():
        f = tally.figures()
        lines.append(
            f"{name:6} {tally.gold:5d} {tally.system:5d}  "
            f"{f['strict_p']:6.2f} {f['strict_r']:6.2f} {f['strict_f1']:6.2f}  "
            f"{f['relaxed_p']:6.2f} {f['relaxed_r']:6.2f} {f['relaxed_f1']:6.2f}  "
            f"{f['type_accuracy']:6.2f} {f['value_accuracy']:6.2f}  {f['value_f1']:8.2f}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Run the evaluation from the command line; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m osceq.evaluate timex", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("files", nargs="+", type=Path, help="gold JSON Lines files")
    parser.add_argument("--texts", type=Path, help="folder holding the texts of records that name a file")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="also print up to N errors")
    args = parser.parse_args(argv)
    tallies = evaluate(args.files, args.texts)
    if args.json:
        print(json.dumps({name: tally.figures() for name, tally in tallies.items()}, indent=2))
    else:
        print(report(tallies))
    for line in tallies["all"].errors[: args.errors]:
        print(line, file=sys.stderr if args.json else sys.stdout)
    return 0
