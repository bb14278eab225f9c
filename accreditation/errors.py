"""Errors the core raises for a person to read.

A ``UserError`` carries a message fit to show at the desk (one line, no traceback). Anything else that
escapes is a bug: the CLI and the window log its traceback and show a plain sentence instead.
"""


class UserError(Exception):
    """A problem the operator can act on: bad input, a missing file, a refused action."""

    exit_code = 1

    def __init__(self, message: str, *, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message


#: The exit status of a refused action (``sysexits.h`` EX_NOPERM), a contract of the command line.
EXIT_ACCESS_DENIED = 77


class AccessDenied(UserError):
    """An action the signed-in operator's role may not do, or a sign-in refused (wrong PIN, locked).

    Defined here rather than with the roles (:mod:`accreditation.access.policy`) so the command line can
    answer a refusal without loading the database layer first.
    """

    exit_code = EXIT_ACCESS_DENIED
