"""Outbound control checks: recipient classes, automatic forwarding, data-loss prevention."""
