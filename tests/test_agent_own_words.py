"""Words of one's own innocence, guilt or feeling after a sentence whose subject speaks for another
(`His lawyer insisted …. "I am innocent," he said`) are nobody's (the one spoken for is not read
safely), never the lawyer's (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import only_speaker as _speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # whose agent it is is not read, so the quote is nobody's rather than a guess
        (
            'Ivo Pask was charged with theft. His lawyer insisted the case was weak. "I am innocent," he said.',
            None,
        ),
        (
            'Ivo Pask was charged with theft. His lawyer insisted the police had erred. "I did nothing wrong," he said.',
            None,
        ),
        # a stance with no verb of speech (kin_subjects): the accused goes on as before
        (
            'Ivo Pask was charged with theft. His solicitor remains defiant. "I did nothing wrong," he said.',
            "Ivo Pask",
        ),
        (
            'Nell Varga faces two charges. Her attorney maintained the evidence was thin. "I feel betrayed," she said.',
            None,
        ),
        (
            'Ivo Pask was charged with theft. His spokesman insisted the case was weak. "I\'m not guilty," he said.',
            None,
        ),
        # whose agent it is cannot be told safely: the judge and the accuser are no owners either
        (
            'Tom Reed said Ivo Pask stole the van. His lawyer insisted the case was weak. "I am innocent," he said.',
            None,
        ),
        (
            'Ivo Pask was charged. Judge Tom Reed set bail. His lawyer insisted the case was weak. "I am innocent," he said.',
            None,
        ),
        # no one named before the agent: nobody rather than the lawyer
        ('A driver was charged. His lawyer insisted the case was weak. "I am innocent," he said.', None),
    ],
)
def test_own_innocence_after_an_agent_is_never_the_agent_s(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the agent's own words: about the client, or the agent's own stand
        (
            'Ivo Pask was charged with theft. His lawyer insisted the case was weak. "My client is innocent," he said.',
            "his lawyer",
        ),
        (
            'Ivo Pask was charged with theft. His lawyer insisted the case was weak. "We will appeal," he said.',
            "his lawyer",
        ),
        (
            'Ivo Pask was charged with theft. His lawyer insisted the case was weak. "I am confident of a win," he said.',
            "his lawyer",
        ),
        (
            'Ivo Pask was charged with theft. His lawyer insisted he was innocent. "He is innocent," he said.',
            "his lawyer",
        ),
        # a feeling for the client is the agent's own (review41c finding 6)
        (
            'Ivo Pask was charged on Monday. His lawyer said he would appeal. "I am devastated for my client," he said.',
            "his lawyer",
        ),
        (
            'Ivo Pask was charged on Monday. His lawyer said he would appeal. "I feel devastated for him," he said.',
            "his lawyer",
        ),
        (
            'Ann Roe was charged on Monday. Her lawyer said she would appeal. "I am heartbroken for her," she said.',
            "her lawyer",
        ),
        # a client of the other sex than the tag's pronoun cannot be its speaker (review45a)
        (
            'Ann Roe, the singer, died on Monday. Her spokesman said the family was grieving. "I am heartbroken," he said.',
            "her spokesman",
        ),
        (
            'Ivo Pask was charged on Monday. His spokeswoman said he would fight it. "I feel betrayed," she said.',
            "his spokeswoman",
        ),
        # a feeling for the client's family or naming a third person is the agent's own (review43b)
        (
            'Ivo Pask was jailed on Friday. His lawyer said he would appeal. "I am devastated for his wife and sons," he said.',
            "his lawyer",
        ),
        (
            'Ivo Pask was jailed on Friday. His lawyer said he would appeal. "I feel heartbroken for Ivo and the family," he said.',
            "his lawyer",
        ),
        (
            'Ann Roe was jailed on Friday. Her lawyer said she would appeal. "I am devastated, and their children are too," she said.',
            "her lawyer",
        ),
    ],
)
def test_the_agent_keeps_words_that_are_not_the_client_s_own(text: str, speaker: str | None) -> None:
    assert _speaker(text) == speaker
