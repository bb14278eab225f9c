"""Travel documents: the machine-readable zone of passports and ID cards, and the checks protocol
wants flagged (expiry before the event ends, nationality).

- :mod:`.mrz`: parsing TD1/TD2/TD3 zones with every check digit verified (pure, no database).
- :mod:`.checks`: a person's document against the event's dates.

Uses event, the store and i18n.
"""
