"""Nouns for a thing a sentence is about, a writing, a measure or a plan (`the report`, `the price
freeze`), that run straight into a present verb (`The report details …`, `The freeze applies …`):
read by `speaking_subjects.py`, where such a subject with a verb of no speech says nothing."""

from __future__ import annotations

THING_NOUNS = frozenset(
    {
        "report",
        "study",
        "survey",
        "document",
        "plan",
        "proposal",
        "bill",
        "law",
        "rule",
        "measure",
        "freeze",
        "ban",
        "budget",
        "program",
        "programme",
        "policy",
        "agreement",
        "accord",
        "deal",
        "package",
        "order",
        "decree",
        "ruling",
        "treaty",
        "contract",
        "scheme",
        "reform",
        "tax",
        "tariff",
        "cut",
        "increase",
        "index",
        "draft",
        "legislation",
        "amendment",
        "regulation",
        "directive",
        "resolution",
    }
)
