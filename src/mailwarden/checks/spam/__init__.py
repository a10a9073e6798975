"""The statistical classifier check."""
