"""The check-in desk and the session doors, opened from the Check-in menu."""
