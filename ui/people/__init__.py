"""The main window's people: the tree of regions and delegations, the table of their people, one person's
card, and which person the desk is looking at."""
