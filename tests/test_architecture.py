"""The layers import one way: extractors are pure, Whoosh stays in the index and query modules,
only the CLI imports click or writes to the terminal, and start-up stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "osceq"


def _modules() -> dict[str, ast.Module]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        found[name] = ast.parse(path.read_text(encoding="utf-8"))
    return found


def _imports(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


MODULES = _modules()


def _importing(prefix: str) -> set[str]:
    return {
        name
        for name, tree in MODULES.items()
        if any(i == prefix or i.startswith(prefix + ".") for i in _imports(tree))
    }


def test_extractors_do_no_io_and_know_no_engine_or_terminal() -> None:
    forbidden = (
        "whoosh",
        "click",
        "rich",
        "osceq.index",
        "osceq.query",
        "osceq.cli",
        "osceq.corpus",
        "os",
        "pathlib",
    )
    for name, tree in MODULES.items():
        if name == "osceq.extract" or name.startswith("osceq.extract."):
            bad = {i for i in _imports(tree) for f in forbidden if i == f or i.startswith(f + ".")}
            assert not bad, f"{name} imports {bad}"


def test_whoosh_is_imported_only_by_the_index_and_query_modules() -> None:
    allowed = {
        "osceq.index",
        "osceq.whoosh_reads",
        "osceq.whoosh_writes",
        "osceq.whoosh_flush",
        "osceq.whoosh_damage",
        "osceq.whoosh_segments",
    } | {name for name in MODULES if name.startswith("osceq.query")}
    assert _importing("whoosh") <= allowed


def test_only_the_cli_imports_click() -> None:
    # The completion helper builds click's CompletionItem for the CLI, lazily.
    assert _importing("click") <= {name for name in MODULES if name.startswith("osceq.cli")} | {
        "osceq.completion"
    }


def test_nothing_imports_the_cli() -> None:
    assert _importing("osceq.cli") <= {name for name in MODULES if name.startswith("osceq.cli")} | {
        "osceq.__main__"
    }


def test_no_printing_outside_the_cli() -> None:
    for name, tree in MODULES.items():
        if name.startswith(("osceq.cli", "osceq.evaluate")):
            continue  # the CLI writes; the evaluation scripts print their reports
        calls = [
            n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "print"
        ]
        assert not calls, f"{name} prints"


@pytest.mark.parametrize("module", ["osceq.cli"])
def test_starting_the_cli_does_not_load_the_heavy_libraries(module: str) -> None:
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m.split('.')[0] in ('whoosh', 'rich', 'dateutil')))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


QUERY_MODULES = ["osceq.query.search", "osceq.query.quotes", "osceq.query.timeline", "osceq.query.speakers"]
UNUSED_BY_QUERIES = (
    "rich",
    "dateutil",
    "asyncio",
    "urllib.request",
    "html",
    "whoosh.lang.morph_en",
    "difflib",
    "csv",
    "osceq.models",  # the indexer's records: a query's staleness check of a small corpus only scans
    "osceq.extract.quotes",
    "osceq.analyze",
)


def _loaded(code: str, env: dict[str, str] | None = None) -> list[str]:
    report = f"import sys; print(sorted(m for m in sys.modules if m.startswith({UNUSED_BY_QUERIES!r})))"
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\n{report}"], capture_output=True, text=True, check=True, env=env
    )
    return list(eval(done.stdout.strip().splitlines()[-1]))


def test_the_query_modules_load_none_of_what_queries_never_use() -> None:
    assert _loaded(f"import osceq.cli, {', '.join(QUERY_MODULES)}") == []


@pytest.mark.parametrize(
    "args",
    [
        ["search", "cooperation", "--json"],
        ["quotes", "--speaker", "Valtonen", "--tsv"],
        ["timeline", "--since", "2020", "--jsonl"],
        ["timeline", "--by", "year", "--csv"],
        ["who-said", "better world through cooperation", "--json"],
        ["speakers", "--json"],
    ],
)
def test_a_query_for_a_program_loads_no_terminal_or_unused_modules(
    args: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    import os

    env = {**os.environ, "OSCEQ_CACHE_DIR": str(tmp_path_factory.getbasetemp() / "osceq-cache")}
    subprocess.run([sys.executable, "-m", "osceq", "index"], env=env, capture_output=True, check=True)
    run = f"""
import sys, contextlib, io
sys.argv = ["osceq", *{args!r}]
from osceq.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main()
    except SystemExit as done:
        assert done.code == 0, done.code
"""
    loaded = _loaded(run, env)
    assert loaded in ([], ["csv"]) if "--csv" in args else loaded == []
