"""Adapters: translate MTA protocols (milter, SMTP) to gateway calls and verdicts back to replies."""
