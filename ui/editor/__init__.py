"""The person editor: every field of the passport form, checked while the desk types."""
