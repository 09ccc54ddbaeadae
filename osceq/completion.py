"""Shell completion of --speaker values, read from the index's cached speaker table (fast, no Whoosh)."""

from __future__ import annotations

import json
import os
from typing import Any

from osceq.extract.text import fold
from osceq.letters import loose_name

SPEAKER_CACHE = "speakers-v2.json"  # written by osceq.query.speakers (which imports Whoosh: not here)


def speaker_completions(corpus: str | None, index_dir: str | None, incomplete: str) -> list[Any]:
    """Speaker names starting with (any word of them) what was typed; empty when there is no index yet."""
    from click.shell_completion import CompletionItem

    from osceq import paths

    try:
        root = paths.index_path(index_dir)
        if root is None:
            chosen = paths.corpus_path(corpus) or paths.bundled_corpus().resolve()
            root = paths.default_index_for(chosen)
        generation = (root / "current").read_text(encoding="utf-8").strip()
        cache = root / generation / SPEAKER_CACHE
        table = json.loads(cache.read_text(encoding="utf-8"))["speakers"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    typed = loose_name(fold(incomplete.replace("\\ ", " ")))
    # bash inserts a completion as it is: escape spaces so a full name stays one argument.
    escape = os.environ.get("_OSCEQ_COMPLETE", "").startswith("bash")
    items = []
    for row in table:
        name = row.get("speaker", "")
        plain = loose_name(fold(name))
        if any(word.startswith(typed) for word in [plain, *plain.split()]):
            value = name.replace(" ", "\\ ") if escape else name
            items.append(CompletionItem(value, help=f"{row.get('quotes', 0)} quotes"))
    return items
