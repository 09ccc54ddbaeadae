"""Draw the pronoun cases of train-sample.jsonl (see README.md); the labels were then added by hand.

python eval/pronouns/sample.py /work/shared/data/quotes/train.jsonl > cases.jsonl
"""

import json
import random
import sys

SEED = 20261123
PRONOUNS = ("he", "she", "He", "She")


def main(path: str) -> None:
    cases = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for quote in record.get("quotes") or []:
                start, end = quote.get("speaker_start"), quote.get("speaker_end")
                if start is not None and record["text"][start:end] in PRONOUNS:
                    cases[(record["id"], start, end)] = record["text"][start:end]
    print(f"{len(cases)} cases", file=sys.stderr)
    for ident, start, end in sorted(random.Random(SEED).sample(sorted(cases), 150)):
        case = {"id": ident, "mention_start": start, "mention_end": end, "pronoun": cases[(ident, start, end)]}
        print(json.dumps(case))


if __name__ == "__main__":
    main(sys.argv[1])
