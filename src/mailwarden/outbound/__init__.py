"""Outbound control helpers: recipient classes, auto-forward signals, forwarding-rule audit, DKIM signing."""
