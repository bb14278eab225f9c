"""Widgets more than one screen uses: the name search, the passport's machine-readable zone, the scanner's
burst detector."""
