"""The real program in a pseudo-terminal: what a person at a terminal sees."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run_in_terminal(args: list[str], env: dict[str, str], timeout: float = 60) -> str:
    """Run `python -m osceq ARGS` with a pseudo-terminal as stdin, stdout and stderr; return all it wrote."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "osceq", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        close_fds=True,
    )
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    # Read until every writer has closed the terminal (EIO on Linux), not merely until the program
    # exits: a pager it started may still be writing.
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if not ready:
            continue
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=10)
    os.close(leader)
    assert process.returncode == 0, b"".join(chunks).decode("utf-8", "replace")
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def terminal_env(tmp_path: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("OSCEQ_", "NO_COLOR", "FORCE_COLOR"))
    }
    env.update(
        TERM="xterm-256color",
        COLUMNS="110",
        LINES="400",
        OSCEQ_CACHE_DIR=str(tmp_path / "cache"),
        PAGER="cat",
    )
    return env


def test_a_person_sees_a_coloured_table_and_no_traceback(terminal_env: dict[str, str]) -> None:
    screen = run_in_terminal(["quotes", "--speaker", "Valtonen"], terminal_env)
    assert ANSI.search(screen), "colours are on at a terminal"
    plain = ANSI.sub("", screen)
    assert "Traceback" not in plain
    assert "indexing" in plain  # the first query tells the person it is building the index
    header = next(line for line in plain.splitlines() if "speaker" in line and "quote" in line)
    assert "date" in header and "source" in header
    assert "Elina Valtonen" in plain
    assert "\t" not in plain  # a table, not TSV


def test_long_output_goes_through_the_pager_and_no_color_is_honoured(terminal_env: dict[str, str]) -> None:
    terminal_env.update(LINES="10", PAGER="cat", NO_COLOR="1")
    screen = run_in_terminal(["timeline", "-n", "0"], terminal_env)
    colours = re.findall(r"\x1b\[([0-9;]*)m", screen)
    # NO_COLOR allows bold and the like, not colour: no foreground/background colour parameters.
    assert not [c for c in colours if re.search(r"(^|;)(3[0-9]|4[0-9]|9[0-7]|10[0-7])(;|$)", c)], screen
    assert "2010" in screen and "Traceback" not in screen


def test_errors_at_a_terminal_are_one_line(terminal_env: dict[str, str]) -> None:
    leader, follower = pty.openpty()
    process = subprocess.run(
        [sys.executable, "-m", "osceq", "quotes", "--since", "someday"],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=terminal_env,
        timeout=60,
    )
    os.close(follower)
    output = os.read(leader, 65536).decode("utf-8", "replace")
    os.close(leader)
    assert process.returncode == 2
    lines = [line for line in ANSI.sub("", output).splitlines() if line.strip()]
    assert lines == [
        "osceq: error: cannot read 'someday' as a date (write it like 2010, June 2025 or 2025-06-10)"
    ]
