"""A sentence opening with a past participle's phrase (`Asked by …, Lee said`): its subject comes after
the phrase's comma, however long the phrase (invented names and sentences only)."""

from __future__ import annotations

from tests.quote_helpers import body


def test_long_opening_participle_phrase_with_by_is_passed_to_the_subject() -> None:
    text = (
        "The markets were calm on Monday.\n\n"
        "Asked by Tarn Radio to clarify her remarks of last week in which she said the levy should "
        "lapse, Orvella Varnley said Tarnland was ready to keep it.\n\n"
        '"We can support the levy for one more year," she said.'
    )
    assert [q.speaker for q in body(text)] == ["Orvella Varnley"]
