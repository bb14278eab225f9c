"""Printing badges: fonts found on the PC, Persian shaped and ordered, QR codes as vectors, layouts
from data files, PDFs from plain :class:`~accreditation.printing.badge_pdf.BadgeView` values.

Nothing here touches the database or Qt: :mod:`accreditation.badges` gathers the views, the window
and the CLI call :func:`~accreditation.printing.badge_pdf.render_badges`.
"""
