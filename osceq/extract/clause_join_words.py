"""Conjunctions that open a clause of the writer's with a subject of its own (`Lee signed the lease,
though she admits …`, `…, while Ann Vell proposed …`): read by nearer_subjects.py and
later_name_subjects.py, where "and" counts only after a comma or a lower-case word of the first
clause, so `Ann Lee and Bo Park` stays one subject."""

from __future__ import annotations

__all__ = ["CLAUSE_JOINS"]

CLAUSE_JOINS = frozenset({"and", "but", "although", "though", "while", "whereas", "because", "yet"})
