"""Where things live: the corpus (flag > $OSCEQ_CORPUS > bundled), its index (flag > $OSCEQ_INDEX > cache)."""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

from osceq.errors import CorpusError

CORPUS_ENV = "OSCEQ_CORPUS"
INDEX_ENV = "OSCEQ_INDEX"
CACHE_ENV = "OSCEQ_CACHE_DIR"  # relocates every index osceq keeps (tests point it at a temporary folder)


def corpus_path(option: str | None) -> Path | None:
    """The corpus the user named with --corpus or $OSCEQ_CORPUS, or None for "not named"."""
    named = option or os.environ.get(CORPUS_ENV)
    return Path(named).expanduser().resolve() if named else None


def cache_root() -> Path:
    """The folder that holds one index per corpus: $OSCEQ_CACHE_DIR, else $XDG_CACHE_HOME/osceq."""
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = (
        Path(xdg).expanduser() if xdg and os.path.isabs(os.path.expanduser(xdg)) else Path.home() / ".cache"
    )
    return base / "osceq"


def index_path(option: str | None) -> Path | None:
    """The index folder the user named with --index or $OSCEQ_INDEX, or None."""
    named = option or os.environ.get(INDEX_ENV)
    return Path(named).expanduser().resolve() if named else None


def _sha256_hex(data: bytes) -> str:
    """hashlib.sha256(data).hexdigest(), from CPython's built-in SHA-256 where there is one: importing
    hashlib loads its OpenSSL bindings, about 3 ms of every query for one short hash."""
    for name in ("_sha2", "_sha256"):  # the module's name from Python 3.12, and before
        try:
            return str(importlib.import_module(name).sha256(data).hexdigest())
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256(data).hexdigest()


def default_index_for(corpus: Path) -> Path:
    """The cache folder of a corpus's index: readable name plus a hash of its absolute path."""
    resolved = str(corpus.resolve())
    digest = _sha256_hex(resolved.encode("utf-8", "surrogateescape"))[:12]
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", corpus.name or "root")[:40]
    return cache_root() / "indexes" / f"{name}-{digest}"


def bundled_corpus() -> Path:
    """The five articles that ship with osceq: inside the installed package, or the source tree's seeds/."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise CorpusError("the bundled corpus is missing from this installation", "reinstall osceq")
