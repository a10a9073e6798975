"""Checks: one module per check, discovered automatically; checks never import each other."""
