"""Index speed on saved web pages: the same articles as .html pages and as .txt files, indexed in turns.

    python bench/html_speed.py [--pages 1000] [--repeat 3]

Writes --pages invented articles twice into a temporary folder: as web pages (a navigation bar,
scripts, a header, a share box, an aside, a footer around the article's paragraphs, about 60 KB each)
and as the text osceq reads from those pages (.txt). Each corpus is indexed --repeat times in turns
(`osceq index --rebuild`, a whole process), and the median wall and CPU seconds of each are printed
with the pages' extra CPU cost. Every name and sentence is made up here.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GIVEN = ["Ana", "Tomas", "Lena", "Ivar", "Mira", "Oskar", "Petra", "Jonas", "Ruth", "Emil"]
FAMILY = ["Velk", "Brandt", "Koss", "Sten", "Holt", "Marr", "Lind", "Okafor", "Rask", "Dahl"]
ROLES = ["the mayor", "a council spokesperson", "the port's director", "a union leader", "an engineer"]
TOPICS = ["the bridge", "the harbour", "the new school", "the budget", "the rail line", "the dam"]
VERBS = ["will reopen", "needs more money", "was finished early", "faces delays", "won approval"]
PLACES = ["KELDBY", "PORT ELM", "ARNHOLM", "VESTRA", "OSBY"]
MONTHS = ["January", "March", "May", "June", "September", "November"]

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Valley Ledger</title>
<meta property="article:published_time" content="{date}T08:00:00+00:00">
<link rel="stylesheet" href="/site.css"><style>body {{ font-family: serif }} .ad {{ display: none }}</style>
<script>window.dataLayer = window.dataLayer || []; function track(e) {{ dataLayer.push(e); }}
var related = "<p>Sponsored</p>"; if (related.length < 2) {{ track("x"); }}</script>
</head><body>
<header class="site"><a href="/" class="logo">The Valley Ledger</a>
<nav><ul>{menu}</ul></nav><form class="search"><input name="q"><button>Search</button></form></header>
<main><article>
<header><h1>{title}</h1><p class="byline">By {author}</p><time datetime="{date}">{date}</time></header>
{paragraphs}
<div class="share"><a href="#">Share</a> <a href="#">Print</a></div>
</article>
<aside class="related"><h2>Read more</h2><ul>{related}</ul></aside></main>
<footer><p>&copy; 2024 The Valley Ledger. All rights reserved.</p>
<nav><a href="/privacy">Privacy</a></nav></footer>
<script>{bundle}</script></body></html>
"""


def person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def article(rng: random.Random, number: int) -> tuple[str, str, list[str]]:
    """Title, date and paragraphs of one invented article."""
    topic, year = rng.choice(TOPICS), rng.choice([2021, 2022, 2023, 2024])
    title = f"{topic.capitalize()} {rng.choice(VERBS)} ({number})"
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    paragraphs = [f"{rng.choice(PLACES)} &ndash; Officials said on Monday that {topic} {rng.choice(VERBS)}."]
    for _ in range(rng.randint(6, 12)):
        speaker, role = person(rng), rng.choice(ROLES)
        shape = rng.randrange(3)
        if shape == 0:
            paragraphs.append(
                f"&ldquo;We expect {rng.choice(TOPICS)} to be ready by {rng.choice(MONTHS)},&rdquo; "
                f"said {speaker}, {role}."
            )
        elif shape == 1:
            paragraphs.append(
                f"{speaker}, {role}, said the work on {rng.choice(TOPICS)} had cost more than planned "
                f"in {year - 1} and would be reviewed next year."
            )
        else:
            paragraphs.append(
                f'"Nobody here wants {rng.choice(TOPICS)} to fail," {speaker} told reporters. '
                f'"We will keep our promises &amp; our budget."'
            )
    return title, date, paragraphs


def write_corpora(folder: Path, pages: int) -> tuple[Path, Path]:
    rng = random.Random(20240603)
    html_dir, text_dir = folder / "pages", folder / "texts"
    html_dir.mkdir()
    text_dir.mkdir()
    # A page's inline script (about 60 KB, as a news site's pages carry), with markup in its strings.
    bundle = "".join(f'var w{i} = "<div class=slot>" + (i < {i} ? "<p>ad</p>" : "");\n' for i in range(1200))
    menu = "".join(f'<li><a href="/{name}">{name}</a></li>' for name in ["World", "Local", "Sport", "Arts"])
    for number in range(pages):
        title, date, paragraphs = article(rng, number)
        related = "".join(
            f"<li><a href='#'>{rng.choice(TOPICS)} {rng.choice(VERBS)}</a></li>" for _ in range(5)
        )
        body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
        page = PAGE.format(
            title=title,
            date=date,
            menu=menu,
            author=person(rng),
            paragraphs=body,
            related=related,
            bundle=bundle,
        )
        (html_dir / f"page-{number:05d}.html").write_text(page, encoding="utf-8")
    # The text corpus is what osceq reads from each page, with the headline and date as metadata.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from osceq.html_pages import read_page

    for source in sorted(html_dir.iterdir()):
        read = read_page(source.read_text(encoding="utf-8"))
        text = f"Title: {read.title}\nDate: {read.date}\n\n{read.text}"
        (text_dir / f"{source.stem}.txt").write_text(text, encoding="utf-8")
    return html_dir, text_dir


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_index(osceq: list[str], corpus: Path, index: Path) -> tuple[float, float]:
    cpu, started = children_cpu(), time.perf_counter()
    subprocess.run(
        [*osceq, "index", str(corpus), "--index", str(index), "--rebuild"], check=True, capture_output=True
    )
    return time.perf_counter() - started, children_cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    script = shutil.which("osceq", path=str(Path(sys.executable).parent))
    osceq = [script] if script else [sys.executable, "-m", "osceq"]
    work = Path(tempfile.mkdtemp(prefix="osceq-html-bench-"))
    try:
        html_dir, text_dir = write_corpora(work, args.pages)
        size = sum(path.stat().st_size for path in html_dir.iterdir()) / args.pages / 1024
        print(f"{args.pages} pages, {size:.1f} KB each on average")
        runs: dict[str, list[tuple[float, float]]] = {"html": [], "txt": []}
        for _ in range(args.repeat):
            runs["html"].append(timed_index(osceq, html_dir, work / "index-html"))
            runs["txt"].append(timed_index(osceq, text_dir, work / "index-txt"))
        cpu_medians = {}
        for kind, figures in runs.items():
            wall = statistics.median(f[0] for f in figures)
            cpu = statistics.median(f[1] for f in figures)
            cpu_medians[kind] = cpu
            rate = args.pages / cpu
            print(f"  .{kind:4s}  {wall:6.2f} s wall  {cpu:6.2f} s CPU  {rate:5.0f} pages per CPU second")
        extra = 100 * (cpu_medians["html"] / cpu_medians["txt"] - 1)
        print(
            f"  the pages cost {extra:+.0f}% CPU over the same texts (wall time follows the machine's load)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
