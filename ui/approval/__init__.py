"""Protocol's approval queue, opened from the Protocol menu."""
