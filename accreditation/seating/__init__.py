"""Protocol seating: who sits where in a session's room, and the sheets that show it.

From the bottom up (a module imports only those listed above it):

- :mod:`.loading`: what an arrangement reads (seats, delegations, participants) as plain tuples.
- :mod:`.precedence`: the rule: the orders of precedence and arranging a session by them.
- :mod:`.plans`: a session's plan, its precedence and language, and changes by hand (moving, locking,
  reserving, clearing seats).
- :mod:`.persian_rules`: the rule stored with each seat, said in Persian.
- :mod:`.conflicts`: a person in two seats, a seat given twice, a delegation split.
- :mod:`.views`: a plan as the sheets and the editor show it; the region cards' texts.
- :mod:`.drawing`: what every sheet draws with (fonts, fitted text, the room from above, safe writing).
- :mod:`.chart`: the seating chart posted at the door; :mod:`.slips`: "your seat" slips;
  :mod:`.tent_cards`: name tent cards, per person or per region.

Rooms themselves are event data (:mod:`accreditation.event.rooms`). Uses event, access, the store,
names (collation) and printing.
"""
