"""Check-in at the desk and at the doors: what a scanned badge means today, recorded before it is shown.

- :mod:`.desk`: what the desk does -- scan a badge, check a person in by name, undo a check-in, print
  a badge on the spot (the ``checkin`` command and the desk window call these).
- :mod:`.decision`: the facts a scan is decided on (event, key, person, badge, door) and the rules
  (cancelled, revoked, not valid today, no access, admitted).
- :mod:`.recording`: the durable write -- the scan log, the first admission of a day at a place (two
  desks at once make exactly one), the write lock and ``synchronous=FULL``.
- :mod:`.validity`: what a badge is valid for in time -- the event's days in its time zone, a person's
  days, the set-up days.
- :mod:`.verdicts`: the verdicts, their colours and sentences in Persian, English and Russian, and the
  outcome the desk shows.
- :mod:`.dashboard`: the protocol dashboard's counts, expected against arrived.

Each imports only those listed below it (desk on top; verdicts and validity at the bottom; the dashboard
only validity). Uses badges (token and records), people, event, access and the store.
"""
