"""Checks on MIME structure."""
