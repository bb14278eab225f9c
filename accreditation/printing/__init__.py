"""Text on paper for every printed sheet: installed fonts found at run time, Persian shaped and ordered.

- :mod:`.fonts`: the fonts the PC has (Noto, DejaVu; Tahoma, Segoe UI, Arial on Windows), with
  per-character fallback and a clear message when no font covers a name's script.
- :mod:`.shaping`: where Persian is shaped for the PDF: joined letters, right-to-left order, Persian
  digits among Persian words (no reportlab).
- :mod:`.text`: fitting a text to its box and drawing it.

Nothing here touches the database or Qt; badges, seating and intake draw their sheets with it.
"""
