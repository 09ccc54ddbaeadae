"""Build the TIMEX3 development set's JSON Lines files from the hand annotations in annotations/.

Each annotation file lists, per article (`== ID`), its temporal expressions in text order as
`expression | TYPE | VALUE`. The offsets are found by searching the article's text for each expression
after the previous one (whole words only, never inside a metadata line), so the annotations stay
readable and the Reuters texts never need to be stored here.

    python eval/timex/build.py --reuters /work/shared/data/news/reuters21578

writes reuters-dev.jsonl and reuters-heldout.jsonl (offsets and expressions, no article text: the
Reuters texts may not be redistributed) and seeds.jsonl (with the text of the bundled articles).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from osceq.extract.layout import read_metadata

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "seeds"
_DATE_LINE = re.compile(r"^Date: (\d{4}-\d{2}-\d{2})", re.MULTILINE)


def parse(path: Path) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(article id, [(expression, type, value)]) in file order."""
    articles: list[tuple[str, list[tuple[str, str, str]]]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== "):
            articles.append((line[3:].strip(), []))
            continue
        parts = [part.strip() for part in line.split("|")]
        if len(parts) != 3 or not articles:
            sys.exit(f"{path}:{number}: expected 'expression | TYPE | VALUE'")
        articles[-1][1].append((parts[0], parts[1], parts[2]))
    return articles


def locate(ident: str, text: str, items: list[tuple[str, str, str]]) -> list[dict[str, object]]:
    """Offsets of each expression, searched in order after the previous one."""
    meta = read_metadata(text).spans
    cursor = 0
    found: list[dict[str, object]] = []
    for expression, kind, value in items:
        pattern = re.compile(r"(?<!\w)" + re.escape(expression) + r"(?!\w)")
        for match in pattern.finditer(text, cursor):
            if not any(a <= match.start() < b for a, b in meta):
                break
        else:
            sys.exit(f"{ident}: {expression!r} not found after offset {cursor}")
        found.append(
            {"start": match.start(), "end": match.end(), "text": expression, "type": kind, "value": value}
        )
        cursor = match.end()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuters", required=True, type=Path, help="the reuters21578 folder")
    args = parser.parse_args()
    for part in ("dev", "heldout"):
        lines = []
        for ident, items in parse(HERE / "annotations" / f"reuters-{part}.txt"):
            name = f"{ident}.txt"
            text = (args.reuters / name).read_text(encoding="utf-8")
            dct = _DATE_LINE.search(text)
            record = {
                "id": f"reuters-{ident}",
                "file": name,
                "dct": dct.group(1) if dct else None,
                "timexes": locate(ident, text, items),
            }
            lines.append(json.dumps(record, ensure_ascii=False))
        (HERE / f"reuters-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    lines = []
    for ident, items in parse(HERE / "annotations" / "seeds.txt"):
        text = (SEEDS / f"{ident}.txt").read_text(encoding="utf-8")
        # The seeds' own dates are left for the engine to find (metadata lines) or infer.
        record = {"id": f"seed-{ident}", "dct": None, "text": text, "timexes": locate(ident, text, items)}
        lines.append(json.dumps(record, ensure_ascii=False))
    (HERE / "seeds.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
