"""The command-line layer: the only package that imports click or writes to stdout and stderr."""

from osceq.cli.app import cli, main

__all__ = ["cli", "main"]
