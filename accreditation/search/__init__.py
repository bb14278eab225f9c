"""Find anyone in a second, in any script: the search the desk, the window and the CLI share.

:mod:`.engine` turns a typed query into lookups of the name keys and ranks what they find. The keys
themselves are kept by the store (:mod:`accreditation.store.search_index`), because every write of a
person must keep them right whether or not anyone searches. Uses the store and names.
"""
