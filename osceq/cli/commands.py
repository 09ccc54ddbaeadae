"""Every subcommand of osceq, registered on the group with the options they all take."""

from __future__ import annotations

import click

from osceq.cli.corpus_commands import completion_command, export_command, extract_command, index_command
from osceq.cli.query_commands import (
    quotes_command,
    search_command,
    speakers_command,
    timeline_command,
    who_said_command,
)

COMMANDS = (
    index_command,
    search_command,
    quotes_command,
    timeline_command,
    who_said_command,
    speakers_command,
    extract_command,
    export_command,
    completion_command,
)


def register(group: click.Group) -> None:
    """Add every subcommand to the group, each also taking --debug (the group's option) after its name."""
    for command in COMMANDS:
        if not any(param.name == "debug" for param in command.params):
            # The group's main reads --debug from the whole command line: here it only needs accepting.
            command.params.append(click.Option(["--debug"], is_flag=True, expose_value=False, hidden=True))
        group.add_command(command)


__all__ = ["COMMANDS", "register"]
