"""Shared fixtures: no test touches the user's cache or environment; small corpora the tests write."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from osceq.cli import cli

# Invented articles in ordinary English news style: the names and sentences belong to no real story.
HARBOUR = """\
Title: Harbour deal signed in Port Elm
Date: 2023-03-14

PORT ELM – The harbour authority signed a new agreement with the dockworkers' union on Tuesday.

"This agreement secures jobs for a decade and keeps the port open to every shipping line," said Maria Okafor, the authority's chief executive.

Okafor said the deal would be reviewed in 2025. "We will keep our promises [sic] to the workers, whatever the market does," she added.

Maria Okafor at the signing ceremony on March 10. Photo credit: Port Elm Authority.

Sign up for our newsletter to get the latest harbour news!
"""

HARBOUR_FOLLOWUP = """\
---
title: Union welcomes harbour agreement
date: 2023-04-02
---

The dockworkers' union welcomed the harbour agreement signed last month.

"This agreement secures jobs for ten years and keeps the port open to every shipping line," Okafor told reporters on Friday.

Union leader Tomas Brandt called the talks "long but fair" and said members would vote on June 5.
"""

FLOODS = """\
River defences questioned after spring floods

Date: 2024-05-20

Engineers warned that the river defences built in 1998 were no longer enough.

"The walls were designed for a climate that no longer exists," said Priya Raman, a hydrologist at the regional water board. "We need to plan for the floods of 2050, not those of the last century."

The council will publish its review in September, according to a spokesperson.
"""


def write_corpus(root: Path, files: dict[str, str]) -> Path:
    """Write articles (relative path -> text) under root and return root."""
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def isolated_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every index lives in a session temporary folder; the user's environment never leaks in."""
    monkeypatch.setenv("OSCEQ_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "osceq-cache"))
    for name in ("OSCEQ_CORPUS", "OSCEQ_INDEX", "OSCEQ_DEBUG", "NO_COLOR", "FORCE_COLOR", "PAGER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "120")


@pytest.fixture(scope="session")
def news_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three small articles the tests can read (do not modify: copy it first)."""
    return write_corpus(
        tmp_path_factory.mktemp("news"),
        {"harbour.txt": HARBOUR, "2023/followup.md": HARBOUR_FOLLOWUP, "floods.txt": FLOODS},
    )


@pytest.fixture
def built(news_corpus: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the news corpus and an index of it built by `osceq index`: (corpus, index)."""
    corpus = tmp_path / "corpus"
    shutil.copytree(news_corpus, corpus)
    index = tmp_path / "index"
    result = CliRunner().invoke(cli, ["index", str(corpus), "--index", str(index)], catch_exceptions=False)
    assert result.exit_code == 0
    return corpus, index


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, input: str | None = None) -> object:
    """Invoke the CLI as the console script would (errors become exit codes, not exceptions)."""
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False, standalone_mode=True)


def run_json(runner: CliRunner, *args: str) -> list[dict[str, object]]:
    result = runner.invoke(cli, [*args, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    return data
