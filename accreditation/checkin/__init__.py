"""Check-in at the desk and at the doors: what a scanned badge means today, recorded before it is shown.

Owns the verdicts (admitted, already checked in, revoked, forged, not valid today, no access...), the
check-in records and their undo, and the dashboard's counts (:mod:`.scan`). Uses badges (token and
records), people, event, access and the store.
"""
