"""Reputation of the sending IP and of linked and sender domains (DNS block lists)."""
