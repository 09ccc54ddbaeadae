"""A web address written as a name (`Kestrel.com`, `harbourwatch.org`), read as one word: its dots
are no full stops, so a tag reads on past it (`a spokesman for Kestrel.com said`) and the speaker is
shown as written. Read by `tokens.py` and `mentions.py`."""

from __future__ import annotations

__all__ = ["SITE"]

# The endings that make a dotted word an address (a country's two letters alone are left out:
# `in the U.S.` or `the p.m. slot` are no addresses).
_SITE_ENDINGS = ("com", "org", "net", "gov", "edu", "info")

# Labels joined by dots with no space, ending on one of the endings, with no letter or dot after it.
SITE = rf"[^\W_][\w\-]*(?:\.[^\W_][\w\-]*)*\.(?:{'|'.join(_SITE_ENDINGS)})\b(?![.\w]*\w)"
