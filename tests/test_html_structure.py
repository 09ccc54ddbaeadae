"""Web pages whose markup hides the article from a reader that trusts every skipped element to be
closed, and pages where reader comments are marked up as articles. Invented pages and names."""

from __future__ import annotations

from pathlib import Path

from osceq.html_pages import read_page


def test_a_form_around_the_whole_page_is_read() -> None:
    page = (
        '<html><body><form method="post" id="main-form"><div class="page">'
        "<h1>Ferry timetable changes</h1><p>The ferry will sail twice a day from May.</p>"
        '<p>Mayor Lina Orvik said, "We listened to the islanders."</p>'
        "</div></form></body></html>"
    )
    assert read_page(page).text == (
        "Ferry timetable changes\n\nThe ferry will sail twice a day from May.\n\n"
        'Mayor Lina Orvik said, "We listened to the islanders."\n'
    )


def test_an_unclosed_navigation_bar_ends_where_the_article_begins() -> None:
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a>"
        "<article><h1>Ferry timetable changes</h1><p>The ferry will sail twice a day.</p></article>"
        "</body></html>"
    )
    assert read_page(page).text == "Ferry timetable changes\n\nThe ferry will sail twice a day.\n"


def test_an_unclosed_aside_ends_with_its_parent() -> None:
    page = (
        "<article><div class='story'><p>The ferry will sail twice a day.</p>"
        "<aside><p>Related: bus fares</p></div>"
        "<p>Tickets go on sale on Friday.</p></article>"
    )
    assert read_page(page).text == "The ferry will sail twice a day.\n\nTickets go on sale on Friday.\n"


def test_an_unclosed_skipped_element_ends_with_the_body() -> None:
    page = "<body><p>The ferry will sail twice a day.</p><footer><p>Contact us</p></body><p>Late text.</p>"
    assert read_page(page).text == "The ferry will sail twice a day.\n\nLate text.\n"


def test_a_sign_up_form_inside_the_article_is_not_article_text() -> None:
    page = (
        "<article><p>The ferry will sail twice a day.</p>"
        "<form action='/join'><p>Get our newsletter</p></form><p>Tickets go on sale soon.</p></article>"
    )
    assert read_page(page).text == "The ferry will sail twice a day.\n\nTickets go on sale soon.\n"


def test_reader_comments_marked_up_as_articles_are_no_story_text() -> None:
    page = (
        "<main><article class='post'><h1>Bridge inspected</h1>"
        '<p>Mayor Lina Orvik said, "The bridge is safe."</p></article>'
        "<section id='comments' class='comments-area'><ol class='comment-list'><li id='comment-4'>"
        "<article id='div-comment-4' class='comment-body'><p>\"It is a death trap,\" my neighbour Per Aas "
        "told me. It has been for years and nobody in the town hall listens to us.</p></article></li></ol>"
        "</section></main>"
    )
    assert read_page(page).text == 'Bridge inspected\n\nMayor Lina Orvik said, "The bridge is safe."\n'


def test_a_comment_article_outside_any_container_is_no_story_text() -> None:
    page = (
        "<body><article><p>The ferry will sail twice a day.</p></article>"
        "<article class='comment'><p>Finally! I have waited for this ferry for years and years.</p></article>"
        "<div class='commentary'><p>Opinion text.</p></div></body>"
    )
    assert read_page(page).text == "The ferry will sail twice a day.\n"


def test_of_several_articles_the_longest_is_the_story() -> None:
    page = (
        "<body><article class='card'><h2>Bus fares rise</h2><p>Fares go up in June.</p></article>"
        "<article><h1>Ferry timetable changes</h1><p>The ferry will sail twice a day from May, the port "
        "said on Tuesday.</p><p>Tickets go on sale on Friday.</p></article>"
        "<article class='card'><h2>School opens</h2></article></body>"
    )
    assert read_page(page).text == (
        "Ferry timetable changes\n\nThe ferry will sail twice a day from May, the port said on Tuesday."
        "\n\nTickets go on sale on Friday.\n"
    )


def test_a_commentary_class_is_read_as_story_text() -> None:
    page = "<body><div class='commentary'><p>The ferry will sail twice a day.</p></div></body>"
    assert read_page(page).text == "The ferry will sail twice a day.\n"


def _page_file(tmp_path: Path, data: bytes) -> str:
    from osceq.corpus import SourceFile, read_text_file

    path = tmp_path / "page.html"
    path.write_bytes(data)
    stat = path.stat()
    document = read_text_file(SourceFile(str(path), "page.html", stat.st_size, stat.st_mtime_ns), "page")
    return f"{document.title}|{document.text}"


def test_a_page_is_decoded_in_the_charset_it_declares(tmp_path: Path) -> None:
    body = "<title>Новости</title><p>Иван Петров сказал: «Мы построим мост».</p>"
    declared = '<html><head><meta charset="windows-1251">' + body
    assert (
        _page_file(tmp_path, declared.encode("cp1251")) == "Новости|Иван Петров сказал: «Мы построим мост».\n"
    )
    koi8 = body.replace("«", '"').replace("»", '"')
    http_equiv = '<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">' + koi8
    assert (
        _page_file(tmp_path, http_equiv.encode("koi8_r"))
        == 'Новости|Иван Петров сказал: "Мы построим мост".\n'
    )


def test_a_declared_charset_gives_way_to_utf8_bytes_and_to_a_bom(tmp_path: Path) -> None:
    page = '<meta charset="windows-1251"><title>Café</title><p>Les prix ont baissé.</p>'
    assert _page_file(tmp_path, page.encode("utf-8")) == "Café|Les prix ont baissé.\n"
    assert _page_file(tmp_path, page.encode("utf-16")) == "Café|Les prix ont baissé.\n"  # with its BOM
    unknown = '<meta charset="x-made-up"><title>Café</title><p>Les prix ont baissé.</p>'
    assert _page_file(tmp_path, unknown.encode("cp1252")) == "Café|Les prix ont baissé.\n"


def test_preformatted_text_keeps_its_lines_and_paragraphs() -> None:
    page = (
        "<article><p>The port sent this statement:</p><pre>\nFerries resume on Monday.\n\n"
        "  Tickets bought for <b>cancelled</b> sailings\nwill be refunded.\n</pre><p>End.</p></article>"
    )
    assert read_page(page).text == (
        "The port sent this statement:\n\nFerries resume on Monday.\n\nTickets bought for cancelled sailings"
        "\nwill be refunded.\n\nEnd.\n"
    )


def test_a_form_around_the_article_inside_main_is_read() -> None:
    page = (
        "<main><form id='page-form'><article><p>The ferry will sail twice a day.</p></article></form></main>"
    )
    assert read_page(page).text == "The ferry will sail twice a day.\n"
