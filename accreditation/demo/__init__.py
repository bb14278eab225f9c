"""Demo data: believable synthetic delegations for demonstrations, training and benchmarks.

- :mod:`.names`: people's names in the scripts each country uses, titles and press outlets.
- :mod:`.generate`: ``generate_demo`` writes regions' members and guests (with photos) to the event.

Uses people's records, event, access and the store; only the ``demo`` command and tests call it.
"""

#: How many people ``demo`` adds unless told, and the most it will add.
DEFAULT_DELEGATES = 300
MAX_DELEGATES = 100_000
