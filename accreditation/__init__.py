"""Accreditation core: domain, database, import/export, names, tokens, check-in, seating, printing.

This package never imports Qt; everything a desk can do is reachable from here without a window.
"""

__version__ = "0.1.0"
