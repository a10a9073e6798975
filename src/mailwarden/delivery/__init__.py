"""Sending mail out: relay to a next hop, quarantine release, reports."""
