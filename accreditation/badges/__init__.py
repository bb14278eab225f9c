"""Badges: the signed QR payload, badge numbers and versions, templates and the PDF, print runs.

- :mod:`.token`: how the QR is signed and verified (digits only, so a keyboard-wedge scanner in any
  layout reads it); the event's signing key.
- :mod:`.issuing`: issuing, reissuing (lost, damaged, data changed) and printing records, and what a
  scanned payload means to the database.
- :mod:`.view`: what one badge shows, as plain values; :mod:`.templates`: badge layouts as data
  (``assets/templates/``); :mod:`.pdf` and :mod:`.qr`: drawing them.
- :mod:`.print_run`: a print run step by step, shared by the ``badges`` command and the window.

Revoking a person's badges when they are cancelled is :mod:`accreditation.people.badge_records`'s.
Uses people, event, access, the store, printing (fonts, shaped text) and names.
"""
