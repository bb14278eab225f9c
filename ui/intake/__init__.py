"""The People menu and toolbar: new, edit, photo, cancel, import, export; and each person's history."""
