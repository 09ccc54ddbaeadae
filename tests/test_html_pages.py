"""Saved web pages: the article's title, date and paragraphs are read; offsets point into that text."""

from __future__ import annotations

import json
import time
from pathlib import Path

from click.testing import CliRunner

from osceq.cli import cli
from osceq.html_pages import Page, read_page

# Invented pages, messy on purpose: the names, outlets and sentences belong to no real story.
NEWS_PAGE = """<!DOCTYPE html>
<html><head><title>Bridge reopens after repairs | The Valley Ledger</title>
<meta charset="utf-8">
<meta property="article:published_time" content="2024-06-03T08:15:00+02:00">
<script>var teaser = "<p>\\"Not a quote,\\" said Nobody.</p>"; if (a < b && c > d) {}</script>
<style>p { margin: 0 }</style></head>
<body>
<header class="masthead"><nav><ul><li>Home</li><li>Local</li><li>Sport</li></ul></nav>
<time datetime="2031-01-01">Today</time></header>
<main><article>
<header><h1>Bridge   reopens after <em>repairs</em></h1><p class="byline">By Tove Lind</p></header>
<p>KELDBY &ndash; The old rail bridge over the Arn reopened on Monday after eight months of work.
<p>&ldquo;We have rebuilt every pier from the river bed up,&rdquo; said Ivar Sten, the county&#8217;s chief engineer.</p>
<figure><img src="pier.jpg" alt="pier"><figcaption>Workers on the east pier in May. Photo: County of Keldby</figcaption></figure>
<aside class="related"><p>Read more: Ferry fares to rise</p></aside>
<p>"Trains will run at full speed by July," he added &amp; smiled.<br>Then he cut the ribbon.</p>
<form action="/subscribe"><p>Sign up for our newsletter</p><button>Go</button></form>
<div class="share">Share this story</div>
</article></main>
<footer><p>&copy; 2024 The Valley Ledger</p></footer>
</body></html>
"""

BARE_PAGE = """<html><body>
<div id="menu"><a href="/">Home</a> | <a href="/about">About</a></div>
<h1>Council approves budget</h1>
<time datetime="2022-11-30">30 November 2022</time>
<p>The council approved next year&#39;s budget by nine votes to four.
<p>&quot;It is a careful budget,&quot; said Mira Holt, the council leader.
<script>document.write("<p>ad</p>")</script>
<p>Unclosed <b>bold text and a <a href="x">link
</body>"""


def test_a_page_gives_its_headline_date_and_article_paragraphs() -> None:
    assert read_page(NEWS_PAGE) == Page(
        text=(
            "KELDBY – The old rail bridge over the Arn reopened on Monday after eight months of work.\n\n"
            "“We have rebuilt every pier from the river bed up,” said Ivar Sten, the county’s chief engineer.\n\n"
            "Workers on the east pier in May. Photo: County of Keldby\n\n"
            '"Trains will run at full speed by July," he added & smiled. Then he cut the ribbon.\n'
        ),
        title="Bridge reopens after repairs",
        date="2024-06-03T08:15:00+02:00",
    )


def test_a_page_without_article_or_main_reads_the_paragraphs_of_its_body() -> None:
    assert read_page(BARE_PAGE) == Page(
        text=(
            "Council approves budget\n\n"
            "The council approved next year's budget by nine votes to four.\n\n"
            '"It is a careful budget," said Mira Holt, the council leader.\n\n'
            "Unclosed bold text and a link\n"
        ),
        title="Council approves budget",
        date="2022-11-30",
    )


def test_a_page_of_divs_and_line_breaks_is_read_as_loose_paragraphs() -> None:
    page = read_page("<title>Notice</title><body><div>First line<br>second line</div><div>Third</div></body>")
    assert page == Page(text="First line\n\nsecond line\n\nThird\n", title="Notice", date=None)


def test_a_page_of_scripts_only_has_no_text() -> None:
    assert read_page(
        "<html><head><script>render()</script></head><body><nav>Menu</nav></body></html>"
    ) == Page(text="", title=None, date=None)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "bridge.html").write_text(NEWS_PAGE, encoding="utf-8")
    # A page with a stray Windows-1252 byte (a legacy dash): the byte survives as the letter it was.
    (folder / "budget.htm").write_bytes(BARE_PAGE.replace("four.", "four \x96 again.").encode("latin-1"))
    (folder / "empty.html").write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    return folder


def test_index_quotes_search_and_extract_work_on_a_folder_of_pages(tmp_path: Path) -> None:
    folder, index = _folder(tmp_path), str(tmp_path / "index")
    runner = CliRunner()
    built = runner.invoke(cli, ["index", str(folder), "--index", index], catch_exceptions=False)
    assert built.exit_code == 0
    assert built.stderr.splitlines()[0] == (
        f"osceq: warning: skipped {folder / 'empty.html'}: "
        "no article text in this page (no paragraphs outside scripts and navigation)"
    )
    quotes = json.loads(runner.invoke(cli, ["quotes", "--index", index, "--json"]).stdout)
    assert [(q["doc"], q["date"], q["speaker"], q["text"]) for q in quotes] == [
        ("budget", "2022-11-30", "Mira Holt", "It is a careful budget,"),
        ("bridge", "2024-06-03", "Ivar Sten", "We have rebuilt every pier from the river bed up,"),
        ("bridge", "2024-06-03", "Ivar Sten", "Trains will run at full speed by July,"),
    ]
    articles = {
        record["id"]: record["text"]
        for record in map(
            json.loads,
            runner.invoke(cli, ["export", "--index", index, "--type", "article"]).stdout.splitlines(),
        )
    }
    assert "four – again." in articles["budget"]
    for quote in quotes:  # offsets into the text osceq shows, not into the markup
        assert articles[quote["doc"]][quote["start"] : quote["end"]] == quote["text"]
    found = json.loads(runner.invoke(cli, ["search", "pier", "--index", index, "--json"]).stdout)
    assert [(row["doc"], row["title"]) for row in found] == [("bridge", "Bridge reopens after repairs")]
    extracted = runner.invoke(cli, ["extract", str(folder / "bridge.html")], catch_exceptions=False)
    (record,) = map(json.loads, extracted.stdout.splitlines())
    assert record["text"] == articles["bridge"]
    assert [record["text"][q["start"] : q["end"]] for q in record["quotes"]] == [
        q["text"] for q in quotes[1:]
    ]


def test_comments_are_no_text_and_markup_cut_off_takes_linear_time() -> None:
    page = read_page("<p>The dam <!-- <b>draft</b> --> held.</p><p>Water 5 < 7 rose.")
    assert page.text == "The dam held.\n\nWater 5 < 7 rose.\n"
    started = time.perf_counter()
    assert read_page("<p>" + "<a href='x' " * 20_000).text.startswith("<a href='x' <a href='x'")
    assert time.perf_counter() - started < 3  # minutes before each `<` was checked for its `>`


def test_the_article_wins_over_the_rest_of_main() -> None:
    page = read_page(
        "<main><h2>Latest</h2><p>Teaser: ferry fares rise.</p>"
        "<article><h1>Dam holds</h1><p>The dam held overnight.</p></article>"
        "<section class='comments'><p>Great story! (reader)</p></section></main>"
    )
    assert page == Page(text="Dam holds\n\nThe dam held overnight.\n", title="Dam holds", date=None)


def test_a_comment_opener_in_a_script_hides_nothing_after_it() -> None:
    page = read_page('<script>var s = html.replace("<!--", "");</script><p>The weir was opened.</p>')
    assert page.text == "The weir was opened.\n"
