"""The command line: ``python main.py [--db PATH_OR_URL] COMMAND ...``.

A failure is one clear line on stderr and a non-zero exit; the traceback goes to the log file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__, commands
from .access import AccessDenied
from .commands.context import OPERATOR_ENV, PIN_ENV, ROLE_ENV, CommandContext
from .errors import UserError
from .logging_setup import configure_logging
from .models import Role

log = logging.getLogger(__name__)


def _command_modules() -> list[str]:
    names = [m.name for m in pkgutil.iter_modules(commands.__path__) if m.name != "context"]
    return sorted(names)


def program_name() -> str:
    """How the person started us: ``main.py`` from the source tree, the executable's name when installed."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).stem
    return "main.py"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=program_name(),
        description=(
            "Accreditation for intergovernmental summits: delegations, badges, check-in and seating. "
            "With no command, opens the window."
        ),
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="a SQLite file path or a SQLAlchemy URL (postgresql://...); default: the file in your data folder",
    )
    parser.add_argument(
        "--operator",
        dest="global_operator",
        metavar="NAME",
        help=f"who is at the desk, for the audit trail (or ${OPERATOR_ENV}; default: the logged-in user)",
    )
    parser.add_argument(
        "--role",
        dest="global_role",
        choices=[r.value for r in Role],
        help=f"sign in as this role (or ${ROLE_ENV}); its PIN is read from ${PIN_ENV} or asked for in a "
        "terminal. Needed for changes once an admin PIN is set; see the 'access' command",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _command_modules():
        module = importlib.import_module(f"{commands.__name__}.{name}")
        module.register(sub)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status. ``argv`` without a command is the caller's to handle."""
    configure_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    operator = args.global_operator or os.environ.get(OPERATOR_ENV, "").strip()
    if operator and getattr(args, "operator", "absent") is None:
        args.operator = operator  # the command's own --operator, when not given, is the global one
    elif not operator and isinstance(getattr(args, "operator", None), str):
        operator = args.operator
    ctx = CommandContext(
        db_target=args.db,
        operator=operator,
        role=args.global_role or os.environ.get(ROLE_ENV, "").strip() or None,
    )
    try:
        return int(args.handler(ctx, args) or 0)
    except AccessDenied as exc:
        log.info("command %s refused: %s", args.command, exc.message)
        hint = "" if ctx.role else f" (--role ROLE with ${PIN_ENV})"
        print(f"error: {exc.message}{hint}", file=sys.stderr)
        return exc.exit_code
    except UserError as exc:
        log.info("command %s refused: %s", args.command, exc.message)
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception:
        log.exception("command %s failed", args.command)
        from .paths import log_file

        print(
            f"error: an unexpected problem stopped '{args.command}'; details are in {log_file()}",
            file=sys.stderr,
        )
        return 1
    finally:
        ctx.close()


def main() -> None:
    sys.exit(run())
