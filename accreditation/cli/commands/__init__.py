"""The CLI's commands, one module each.

Every module here defines ``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``(ctx: CommandContext, args) -> int``. ``accreditation.cli.main`` finds them all, so a capability
adds its command by adding a module, without touching the others.
"""
