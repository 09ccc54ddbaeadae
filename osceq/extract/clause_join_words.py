"""Conjunctions that open a clause of the writer's with a subject of its own (`Lee signed the lease,
though she admits …`): read by nearer_subjects.py before a he, she or they of the later clause."""

from __future__ import annotations

__all__ = ["CLAUSE_JOINS"]

CLAUSE_JOINS = frozenset({"and", "but", "although", "though", "while", "whereas", "because", "yet"})
