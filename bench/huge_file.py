"""One huge file: does extraction time grow linearly with a file's size?

    python bench/huge_file.py /work/shared/data/news/reuters21578 [--sizes 0.5,1,2,4]
        [--marks | --pronouns | --signatures | --numbers]

Joins the corpus's articles into single files of the given sizes (MB; up to the 16 MB that indexing
accepts), runs the whole extraction (`analyze`) on each once, and prints CPU seconds, seconds per MB
and quotes found. Flat seconds per MB means linear; seconds per MB that double with the size mean
something compares every sentence or name with every other.

With --marks the file is instead one paragraph of words and quote marks of every kind in random
order (seeded), with no full stop: the worst shape of damaged text, one endless sentence of quotes.
With --pronouns it is one paragraph of short quotes tagged "he said", each followed by a named
subject: every pronoun looks back over a paragraph of thousands of subjects.
With --signatures it is one paragraph of short quotes signed `— Ann Lee`: quotations packed so
close that a sentence walked back from one of them crosses hundreds of others.
With --numbers it is a table of numbers with no words: every four-digit number may be a year.
With --fragments it is one paragraph of one tagged quote, then fragments with no speaker, each
in a sentence of its own: every fragment looks back to the one quote with a speaker.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from osceq import corpus as corpus_io
from osceq.analyze import analyze
from osceq.models import Document


def joined_text(corpus: Path, megabytes: float) -> str:
    """Whole articles, separated by blank lines, until the text reaches the size."""
    wanted = int(megabytes * 1_000_000)
    parts: list[str] = []
    size = 0
    for document in corpus_io.read_documents(corpus):
        parts.append(document.text)
        size += len(document.text) + 2
        if size >= wanted:
            break
    return "\n\n".join(parts)


# Words and marks for --marks: reporting words and names, so that cues are looked for everywhere.
_MARK_SOUP = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "''", "―", "‖", "said", "Lee", "he", "told"]


def marks_text(megabytes: float) -> str:
    """One paragraph of random words and quote marks, with no full stop."""
    pieces = random.Random(1).choices(_MARK_SOUP, k=int(megabytes * 1_000_000 / 3.4))
    return "Title\n\n" + " ".join(pieces)


def pronouns_text(megabytes: float) -> str:
    """One paragraph of `"…," he said. Ann Lee spoke.` over and over."""
    return "Title\n\n" + " ".join(
        ['"We will go on with it," he said. Ann Lee spoke.'] * int(megabytes * 1_000_000 / 48)
    )


def signatures_text(megabytes: float) -> str:
    """One paragraph of `“Yes.” — Ann Lee` over and over."""
    return "Title\n\n" + " — Ann Lee ".join(["“Yes.”"] * int(megabytes * 1_000_000 / 22))


def fragments_text(megabytes: float) -> str:
    """One tagged quote, then `The pier plan "is doomed …" Work stops.` over and over."""
    one = 'The pier plan "is doomed by now, as nobody will fix it." Work stops at noon.'
    return 'Title\n\n"We will go on," Ann Lee said. ' + " ".join([one] * int(megabytes * 1_000_000 / 77))


def numbers_text(megabytes: float) -> str:
    """Numbers from 1 to 3000 (seeded), separated by spaces, with no words."""
    numbers = random.Random(1).choices(range(1, 3001), k=int(megabytes * 1_000_000 / 4.6))
    return "Title\n\n" + " ".join(map(str, numbers))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sizes", default="0.5,1,2,4", help="file sizes in MB, comma-separated")
    parser.add_argument("--marks", action="store_true", help="one paragraph of random quote marks instead")
    parser.add_argument("--pronouns", action="store_true", help="one paragraph of he-said quotes instead")
    parser.add_argument("--signatures", action="store_true", help="one paragraph of signed quotes instead")
    parser.add_argument("--numbers", action="store_true", help="a table of numbers instead")
    parser.add_argument(
        "--fragments", action="store_true", help="one paragraph of cue-less fragments instead"
    )
    args = parser.parse_args()
    print(f"{'MB':>5} {'CPU s':>7} {'s/MB':>6} {'quotes':>7}")
    for megabytes in (float(size) for size in args.sizes.split(",")):
        if args.marks:
            text = marks_text(megabytes)
        elif args.pronouns:
            text = pronouns_text(megabytes)
        elif args.signatures:
            text = signatures_text(megabytes)
        elif args.numbers:
            text = numbers_text(megabytes)
        elif args.fragments:
            text = fragments_text(megabytes)
        else:
            text = joined_text(args.corpus, megabytes)
        document = Document(id="huge", path="huge.txt", text=text)
        started = time.process_time()
        analysis = analyze(document)
        seconds = time.process_time() - started
        size = len(text.encode("utf-8")) / 1_000_000
        print(f"{size:5.2f} {seconds:7.2f} {seconds / size:6.2f} {len(analysis.quotes):7d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
