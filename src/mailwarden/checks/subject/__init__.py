"""Subject line checks."""
