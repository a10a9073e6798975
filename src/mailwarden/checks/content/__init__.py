"""Checks on message content."""
