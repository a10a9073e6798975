"""Campaign IOC hunt over network and mail logs: readers, engines (DuckDB, Dask), cases and the report.

Entry point::

    from mailwarden.hunt.runner import run_hunt
    result, unrecognised = run_hunt([Path("/var/log/named")], load_indicators(Path("iocs.txt")))
"""
