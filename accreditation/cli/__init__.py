"""The command line: ``python main.py [--db PATH_OR_URL] COMMAND ...``.

:mod:`.main` parses the options, sets the language and runs one command; :mod:`.context` is what every
command receives (the database, opened and migrated once, and who is signing in); :mod:`.commands`
holds one module per command group. The top layer: it may use every capability and nothing imports it.
"""
