"""The event as data: the bundled summit, its countries, regions, organizations, categories, zones,
sessions and rooms.

- :mod:`.loader`: loading an event file (``assets/events/``) idempotently, and the current event.
- :mod:`.rooms`: rooms as data, a shape and numbered seats generated from a few numbers
  (``assets/rooms/``).

Uses access (changing an event is an admin's action) and the store.
"""
