"""The CLI's commands, one module each.

Every module here defines ``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``(ctx: CommandContext, args) -> int``. ``accreditation.cli.main`` finds them all, so a capability
adds its command by adding a module, without touching the others.

A command module imports at its top only what its parser needs (light: i18n, the stored vocabularies of
:mod:`accreditation.store.enums`), and the capabilities it runs inside its handler. Every command is
registered for ``--help``, and desk scripts start the program for each scan: that way the command line
never loads the database layer, Alembic, reportlab or Pillow before it knows which command runs
(``tests/test_startup.py``).
"""
