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

from accreditation import __version__
from accreditation.cli import commands
from accreditation.cli.context import OPERATOR_ENV, PIN_ENV, ROLE_ENV, CommandContext, error_line
from accreditation.errors import AccessDenied, UserError
from accreditation.i18n import QT_TRANSLATE_NOOP, language_from_environment, set_language, translate
from accreditation.i18n.languages import LANGUAGES
from accreditation.logging_setup import configure_logging
from accreditation.paths import log_file, program_name
from accreditation.store.enums import Role

log = logging.getLogger(__name__)


def _command_modules() -> list[str]:
    names = [m.name for m in pkgutil.iter_modules(commands.__path__) if m.name != "context"]
    return sorted(names)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=program_name(),
        description=translate(
            "Command line",
            "Accreditation for intergovernmental summits: delegations, badges, check-in and seating. "
            "With no command, opens the window.",
        ),
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=translate(
            "Command line",
            "a SQLite file path or a SQLAlchemy URL (postgresql://...); default: the file in your data "
            "folder",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        help=translate(
            "Command line",
            "the language of messages and help: fa, en or ru (default: ACCREDITATION_LANG, then the "
            "system locale); --json output is the same in every language",
        ),
    )
    parser.add_argument(
        "--operator",
        dest="global_operator",
        metavar="NAME",
        help=translate(
            "Command line",
            "who is at the desk, for the audit trail (or ${variable}; default: the logged-in user)",
        ).format(variable=OPERATOR_ENV),
    )
    parser.add_argument(
        "--role",
        dest="global_role",
        choices=[r.value for r in Role],
        help=translate(
            "Command line",
            "sign in as this role (or ${role_variable}); its PIN is read from ${pin_variable} or asked for in a "
            "terminal. Needed for changes once an admin PIN is set; see the 'access' command",
        ).format(role_variable=ROLE_ENV, pin_variable=PIN_ENV),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _command_modules():
        module = importlib.import_module(f"{commands.__name__}.{name}")
        module.register(sub)
    return parser


#: argparse's own words: it asks gettext for them each time it prints, so they are marked here for lupdate
#: and handed to it translated (see :func:`_argparse_speaks_our_language`).
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_speaks_our_language() -> None:
    """ "usage:", "error:", "the following arguments are required": argparse looks these up through the
    module's ``_`` (gettext) when it prints; look them up in our catalogues instead. Words we do not have
    come back unchanged, as gettext would return them."""
    argparse._ = lambda text: translate("argparse", text)  # type: ignore[attr-defined]


def requested_language(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` (before the command is parsed, so the help is in that language too)."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def run(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status. ``argv`` without a command is the caller's to handle."""
    configure_logging()
    set_language(requested_language(sys.argv[1:] if argv is None else argv) or language_from_environment())
    _argparse_speaks_our_language()
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "json", False):
        # What a script reads stays the same bytes whatever the language: the core speaks English.
        set_language("en")
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
        message = exc.message
        if not ctx.role:
            message = translate("Command line", "{message} (--role ROLE with ${variable})").format(
                message=message, variable=PIN_ENV
            )
        print(error_line(message), file=sys.stderr)
        return exc.exit_code
    except UserError as exc:
        log.info("command %s refused: %s", args.command, exc.message)
        print(error_line(exc.message), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(error_line(translate("Command line", "interrupted")), file=sys.stderr)
        return 130
    except Exception:
        log.exception("command %s failed", args.command)
        print(
            error_line(
                translate(
                    "Command line", "an unexpected problem stopped '{command}'; details are in {log}"
                ).format(command=args.command, log=log_file())
            ),
            file=sys.stderr,
        )
        return 1
    finally:
        ctx.close()


def main() -> None:
    sys.exit(run())
