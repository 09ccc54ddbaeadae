"""The osceq command group and the one place where errors become messages and exit codes.

Heavy modules (Whoosh, rich, dateutil) are imported inside the commands that use them: a query is a
whole process, and its start-up time is part of the answer.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from osceq.deferred import inspect_deferred

with inspect_deferred():  # click imports inspect for functions a query never calls
    import click

    from osceq import __version__
    from osceq.cli.commands import register
    from osceq.cli.common import DAMAGE_HINT, rebuild_hint
    from osceq.errors import ExitCode, IndexProblem, OsceqError, silence_closed_stdout

DEBUG_ENV = "OSCEQ_DEBUG"


class _ClosedPipe(Exception):
    """The reader of stdout went away (`| head -1`): not an error, and no longer an OSError for click."""


class OsceqGroup(click.Group):
    """The osceq group: suggests commands for typos, and is the one error boundary of the program."""

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        name = click.utils.make_str(args[0]) if args else ""
        if args and name not in self.commands and not name.startswith("-"):
            import difflib

            close = difflib.get_close_matches(name, list(self.commands), n=1, cutoff=0.5)
            hint = f" Did you mean '{close[0]}'?" if close else ""
            raise click.UsageError(f"No such command '{name}'.{hint}", ctx)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError as error:
            # click's main turns EPIPE into exit 1 before main() below could see it.
            raise _ClosedPipe from error
        except Exception as error:
            from osceq.whoosh_damage import is_damage_error

            if not is_damage_error(error):
                raise
            # Whoosh reading damaged index files (an EOFError would otherwise be reported as Ctrl-C).
            hint = rebuild_hint(ctx.meta.get(DAMAGE_HINT))
            kind, module = type(error).__name__, type(error).__module__
            name = kind if module == "builtins" or module.startswith("whoosh") else f"{module}.{kind}"
            what = "ended early" if isinstance(error, EOFError) else f"cannot be read ({name})"
            raise IndexProblem(f"a file of the index {what}: the index is damaged", hint) from error

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Run, turning every error into one line on stderr and a documented exit code."""
        kwargs["standalone_mode"] = False
        argv = kwargs.get("args") or (args[0] if args else None) or sys.argv[1:]
        debug = os.environ.get(DEBUG_ENV, "").lower() in ("1", "true", "yes") or "--debug" in argv
        try:
            result = super().main(*args, **kwargs)
        except click.exceptions.Exit as done:
            sys.exit(done.exit_code)
        except click.exceptions.NoArgsIsHelpError as error:  # `osceq` alone: the help, as click prints it
            error.show()
            sys.exit(ExitCode.ERROR)
        except click.UsageError as error:
            path = error.ctx.command_path if error.ctx else "osceq"
            click.echo(f"osceq: error: {error.format_message()} (see '{path} --help')", err=True)
            sys.exit(ExitCode.ERROR)
        except click.ClickException as error:
            click.echo(f"osceq: error: {error.format_message()}", err=True)
            sys.exit(ExitCode.ERROR)
        except (click.exceptions.Abort, KeyboardInterrupt):
            click.echo("osceq: interrupted", err=True)
            sys.exit(ExitCode.INTERRUPTED)
        except (BrokenPipeError, _ClosedPipe):
            silence_closed_stdout()
            sys.exit(ExitCode.OK)
        except OsceqError as error:
            hint = f" ({error.hint})" if error.hint else ""
            prefix = "osceq: " if error.exit_code == ExitCode.NO_RESULTS else "osceq: error: "
            click.echo(f"{prefix}{error.message}{hint}", err=True)
            sys.exit(error.exit_code)
        except Exception as error:  # a bug: one line, or the traceback with --debug
            if debug:
                raise
            click.echo(
                f"osceq: internal error: {type(error).__name__}: {error} (run with --debug, report it)",
                err=True,
            )
            sys.exit(ExitCode.ERROR)
        sys.exit(result if isinstance(result, int) else ExitCode.OK)


# -- the commands ----------------------------------------------------------------------------------


@click.group(
    cls=OsceqGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}
)
@click.version_option(__version__, "-V", "--version", prog_name="osceq")
@click.option(
    "--debug", is_flag=True, envvar=DEBUG_ENV, help=f"Show tracebacks of internal errors [env: {DEBUG_ENV}]."
)
def cli(debug: bool) -> None:
    """Ask a folder of news articles who said what, when, and where a phrase came from.

    With no --corpus, osceq answers from its bundled corpus (five articles on Kazakhstan and the
    OSCE). The first query of a corpus indexes it; later queries reuse the index and refresh it
    when files change (above 5,000 files only for files added, removed or renamed: run osceq index
    to pick up edits in place).

    \b
    Exit codes: 0 results, 1 no results, 2 usage or input error, 130 interrupted.

    \b
    Examples:
      osceq quotes --speaker Valtonen
      osceq search "border security" --since 2020
      osceq timeline --by year
      osceq who-said "better world through cooperation"
      osceq quotes --corpus ~/articles --json | jq -r '.[].speaker' | sort | uniq -c
    """


register(cli)


def completion_script(shell: str) -> str:
    """The completion script click generates for this app (the same as the files in completions/)."""
    from click.shell_completion import get_completion_class

    completion_class = get_completion_class(shell)
    if completion_class is None:
        raise click.UsageError(f"no completion for {shell}")
    return str(completion_class(cli, {}, "osceq", "_OSCEQ_COMPLETE").source())


def main() -> None:
    """The console script's entry point."""
    cli.main(prog_name="osceq")
