"""Badges from the window: printing (who, which template, the real pages), the print queue, reissuing."""
