"""Draw the pronoun cases of a sample file (see README.md); the labels were then added by hand.

python eval/pronouns/sample.py /work/shared/data/quotes/train.jsonl > cases.jsonl
python eval/pronouns/sample.py /work/shared/data/quotes/train.jsonl --seed 7001 --size 50 \
    --exclude eval/pronouns/train-sample.jsonl > cases-2.jsonl
"""

import argparse
import json
import random
import sys

PRONOUNS = ("he", "she", "He", "She")


def excluded_cases(paths: list[str]) -> set[tuple[str, int, int]]:
    cases = set()
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                case = json.loads(line)
                cases.add((case["id"], case["mention_start"], case["mention_end"]))
    return cases


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("texts")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--size", type=int, default=150)
    parser.add_argument("--exclude", action="append", default=[], help="a sample file to leave out")
    args = parser.parse_args()
    cases = {}
    with open(args.texts, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for quote in record.get("quotes") or []:
                start, end = quote.get("speaker_start"), quote.get("speaker_end")
                if start is not None and record["text"][start:end] in PRONOUNS:
                    cases[(record["id"], start, end)] = record["text"][start:end]
    for key in excluded_cases(args.exclude):
        cases.pop(key, None)
    print(f"{len(cases)} cases", file=sys.stderr)
    for ident, start, end in sorted(random.Random(args.seed).sample(sorted(cases), args.size)):
        case = {"id": ident, "mention_start": start, "mention_end": end, "pronoun": cases[(ident, start, end)]}
        print(json.dumps(case))


if __name__ == "__main__":
    main()
