"""Entry point: with no command, open the window; otherwise run a command of the core's CLI.

    python main.py                      # the window
    python main.py --db FILE init       # a command (see --help)
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--version"]:  # answered before loading every command: support asks for it first
        from accreditation import __version__
        from accreditation.paths import program_name

        print(f"{program_name()} {__version__}")
        return 0
    wants_command = any(not a.startswith("-") for a in _strip_db_option(args)) or any(
        a in ("-h", "--help", "--version") for a in args
    )
    if wants_command:
        from accreditation.cli.main import run

        return run(args)
    from ui.app import run_app

    return run_app(args)


#: Options of the window and of the CLI that take a value.
_VALUE_OPTIONS = ("--db", "--lang")


def _strip_db_option(args: list[str]) -> list[str]:
    """The arguments without ``--db VALUE`` and ``--lang VALUE``, to tell whether a command was given."""
    rest: list[str] = []
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg in _VALUE_OPTIONS:
            skip = True
            continue
        if arg.startswith(tuple(f"{o}=" for o in _VALUE_OPTIONS)):
            continue
        rest.append(arg)
    return rest


if __name__ == "__main__":
    sys.exit(main())
