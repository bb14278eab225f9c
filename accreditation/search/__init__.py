"""Find anyone in a second, in any script: the search the desk, the window and the CLI share.

- :mod:`.engine`: :func:`~accreditation.search.engine.search` and ``search_dicts`` (the CLI's
  ``--json``): a typed query to the people it means, best first, tier by tier.
- :mod:`.words`: a query's words, the keys that answer each at each tier, and the tiers themselves.
- :mod:`.lookups`: the few fixed shapes of index lookup, as plain SQL with bound parameters.
- :mod:`.ranking`: candidates' tiers and scores, and spelling closeness inside the sound-alike tiers.

The keys themselves are kept by the store (:mod:`accreditation.store.search_index`), because every write
of a person must keep them right whether or not anyone searches. Uses the store and names.
"""
