"""Command-line interface: the composition root (settings, resolver, registry), one module per command."""
