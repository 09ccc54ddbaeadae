"""CLI output and query defects found by a user audit (audit13): pipes, encodings, empty values."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from osceq.cli import cli


def _echo_into_a_pipe_closed_after(lines: int) -> Any:
    """click.echo whose stdout reader goes away after `lines` lines, as with `| head -1`."""
    real_echo = click.echo
    written: list[object] = []

    def echo(message: object = None, file: Any = None, nl: bool = True, err: bool = False, **kw: Any) -> None:
        if err or file is not None:
            real_echo(message, file=file, nl=nl, err=err, **kw)
            return
        if len(written) >= lines:
            raise BrokenPipeError(32, "Broken pipe")
        written.append(message)
        real_echo(message, nl=nl)

    return echo


@pytest.mark.parametrize(
    "args",
    [["export"], ["quotes", "-n", "0", "--jsonl"], ["timeline", "--jsonl"], ["search", "OSCE", "--jsonl"]],
    ids=lambda a: " ".join(a),
)
def test_streamed_output_into_a_closed_pipe_exits_0_silently(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(click, "echo", _echo_into_a_pipe_closed_after(1))
    result = CliRunner().invoke(cli, args)
    assert (result.exit_code, result.stdout.count("\n")) == (0, 1)
    assert [line for line in result.stderr.splitlines() if "indexing" not in line] == []


def test_extract_into_a_closed_pipe_exits_0_silently(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text('"We will go on," said Ann Lee.', encoding="utf-8")
    monkeypatch.setattr(click, "echo", _echo_into_a_pipe_closed_after(1))
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert (result.exit_code, result.stdout.count("\n"), result.stderr) == (0, 1, "")
