"""At home in the shell: completion scripts and values, help texts, the README's command list."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from osceq import paths
from osceq.cli import cli
from osceq.cli.app import completion_script
from osceq.cli.commands import COMMANDS

ROOT = Path(__file__).resolve().parent.parent
COMPLETION_FILES = {"bash": "osceq.bash", "zsh": "_osceq", "fish": "osceq.fish"}


@pytest.mark.parametrize(("shell", "name"), sorted(COMPLETION_FILES.items()))
def test_committed_completion_scripts_are_current(shell: str, name: str) -> None:
    committed = (ROOT / "completions" / name).read_text(encoding="utf-8")
    assert committed == completion_script(shell), f"run: osceq completion {shell} > completions/{name}"


def test_completion_command_prints_the_script() -> None:
    result = CliRunner().invoke(cli, ["completion", "bash"])
    assert result.exit_code == 0
    assert "_OSCEQ_COMPLETE=bash_complete" in result.stdout


def _complete(words: str, shell: str = "bash") -> list[str]:
    cword = len(words.split()) - (0 if words.endswith(" ") else 1)
    env = {"_OSCEQ_COMPLETE": f"{shell}_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    result = CliRunner().invoke(cli, [], env=env, prog_name="osceq")
    assert result.exit_code == 0, result.output
    return [line for line in result.stdout.splitlines() if line]


def test_bash_completes_commands_options_and_speaker_values(news_corpus: Path) -> None:
    assert "plain,who-said" in _complete("osceq wh")
    assert "plain,--speaker" in _complete("osceq quotes --spe")
    # Speaker values come from the index of the corpus named on the command line.
    assert CliRunner().invoke(cli, ["index", str(news_corpus)]).exit_code == 0
    assert _complete(f"osceq quotes --corpus {news_corpus} --speaker ok") == ["plain,Maria\\ Okafor"]
    assert _complete(f"osceq quotes --corpus {news_corpus} --speaker pri") == ["plain,Priya\\ Raman"]
    assert _complete(f"osceq quotes --corpus {news_corpus} --speaker zz") == []


def test_speaker_completion_never_builds_an_index(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('"Hello," said Ann Lee.', encoding="utf-8")
    assert _complete(f"osceq quotes --corpus {tmp_path} --speaker a") == []
    assert not paths.default_index_for(tmp_path).exists()


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_command_explains_itself_and_ends_with_examples(command: object) -> None:
    name = command.name  # type: ignore[attr-defined]
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    help_text = result.stdout
    assert "Examples:" in help_text
    tail = help_text.split("Examples:")[1].split("Options:")[0]
    assert f"osceq {name}" in tail


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.name)
def test_every_command_is_documented_in_the_readme(command: object) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"^#+ .*`osceq {command.name}", readme, re.MULTILINE), command.name  # type: ignore[attr-defined]
