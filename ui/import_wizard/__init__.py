"""Importing a region's list: the file, its columns, every row checked, then one transaction."""
