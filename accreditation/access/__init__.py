"""Who may do what: the three roles (desk, protocol, admin), their PINs, the signed-in operator.

Owns :mod:`.policy`: which role may take which :class:`~accreditation.access.policy.Action` (who may
reissue a badge, approve a person, restore a backup...), the check every change makes before it writes
(:func:`~accreditation.access.policy.require`), PIN hashing and lock-out, and the refusals it writes to
the audit trail. Uses the store (models, audit trail) and nothing above it.
"""
