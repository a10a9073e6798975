"""mailwarden: e-mail security gateway and compliance toolkit."""

__version__ = "0.1.0"
