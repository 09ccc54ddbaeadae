"""Build a set's articles.jsonl from its hand-marked sources (source_a.txt, source_b.txt).

Usage: python3 eval/invented/build.py [FOLDER]  (FOLDER: eval/invented, eval/invented-beats,
eval/invented-opinion or eval/invented-exchanges; this script's own folder by default).

Markup: a quote is ⟦label;kind;cue[;o]|words inside the marks⟧ (kind d = direct, p = partial, o = open
end: the quote runs on into the next paragraph); the speaker mention its attribution rests on is
⟨label,label|words⟩, or ⟨label|he@Person⟩ to note for the labeller whom a pronoun means. Marks are removed from the text; offsets are computed here and checked.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
# Who wrote and labelled each set (before any run of osceq on it).
LABELLERS = {
    "invented": "gen12",
    "invented-beats": "gen13b",
    "invented-opinion": "gen13",
    "invented-partial": "gen14",
    "invented-exchanges": "gen14b",
    "invented-blind": "blind15",
    "invented-world": "gen19",
    "invented-commonwealth": "gen25",
    "invented-features": "gen29",
    "invented-desks": "gen35",
    "invented-blind-2": "blind38",
    "invented-blind-3": "blind39",
    "invented-blind-4": "blind40",
    "invented-blind-5": "blind41",
    "invented-blind-6": "blind60",
}
MARK = re.compile(r"⟦([^|⟧]+)\|([^⟧]*)⟧|⟨([^|⟩]+)\|([^⟩]*)⟩")


def build_article(header: str, body: str, set_name: str) -> dict:
    art_id, date, title = [x.strip() for x in header.split("|")]
    out, quotes, mentions, pos = [], {}, {}, 0
    for m in MARK.finditer(body):
        out.append(body[pos : m.start()])
        at = sum(len(x) for x in out)
        if m.group(1):
            label, kind, cue, *rest = m.group(1).split(";")
            quotes[label] = {
                "text": m.group(2),
                "start": at,
                "end": at + len(m.group(2)),
                "cue": cue,
                "kind": {"d": "direct", "p": "partial"}[kind],
                "open_end": rest == ["o"],
            }
            out.append(m.group(2))
        else:
            words, _, person = m.group(4).partition("@")
            for label in m.group(3).split(","):
                if label != "-":
                    assert label not in mentions, (art_id, label)
                    mentions[label] = (words, at, at + len(words), person or words)
            out.append(words)
        pos = m.end()
    out.append(body[pos:])
    text = "".join(out).strip("\n")
    assert "⟦" not in text and "⟨" not in text and "⟧" not in text and "⟩" not in text, art_id
    assert set(quotes) == set(mentions), (art_id, set(quotes) ^ set(mentions))
    gold = []
    for label, q in quotes.items():
        # the span is all the text inside the marks: take in punctuation left between it and the mark
        end = q["end"]
        while end < len(text) and text[end] in ",.;:!?":
            end += 1
        if end < len(text) and text[end] in "\"”'’":
            q["end"] = end
            q["text"] = text[q["start"] : end]
        words, s, e, person = mentions[label]
        assert text[q["start"] : q["end"]] == q["text"] and text[s:e] == words, (art_id, label)
        gold.append({**q, "speaker": words, "speaker_start": s, "speaker_end": e, "person": person})
    gold.sort(key=lambda q: q["start"])
    words = len(text.split())
    print(f"{art_id}: {words} words, {len(gold)} quotes", file=sys.stderr)
    return {
        "id": f"{set_name}/{art_id}",
        "split": set_name,
        "publisher": "invented",
        "date": date,
        "title": title,
        "annotator": LABELLERS[set_name],
        "text": text,
        "quotes": gold,
    }


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    rows = []
    for name in ("source_a.txt", "source_b.txt"):
        for chunk in (folder / name).read_text().split("=== ")[1:]:
            header, _, body = chunk.partition("\n")
            rows.append(build_article(header, body, folder.resolve().name))
    with open(folder / "articles.jsonl", "w") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles, {sum(len(r['quotes']) for r in rows)} quotes", file=sys.stderr)


if __name__ == "__main__":
    main()
