"""Protocol seating: who sits where in a session's room, and the sheets that show it.

- :mod:`.arrange`: the precedence rule, arranging a session, reservations and conflicts.
- :mod:`.pdf`: the seating plan posted at the door, seat slips and name tent cards.

Rooms themselves are event data (:mod:`accreditation.event.rooms`). Uses event, access, the store,
names (collation) and printing.
"""
