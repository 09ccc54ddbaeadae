"""Web pages whose markup hides the article from a reader that trusts every skipped element to be
closed, and pages where reader comments are marked up as articles. Invented pages and names."""

from __future__ import annotations

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
