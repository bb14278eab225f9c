"""The "Persian names" review screen: proposals for everyone without a Persian name, accepted by a person."""
