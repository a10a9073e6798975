"""Reports: CERT sample reports (message/rfc822, ARF, STIX), incidents with deadlines, statistics.

Layering: ``reports`` is a sibling of ``stores`` and ``delivery`` and imports neither. What it needs
from them is passed in by the composition root (the CLI): events as any object with the
``EventRecord`` attributes (:class:`~mailwarden.reports.events.EventLike`), a report log and a
send function (:class:`~mailwarden.reports.dispatch.ReportLogLike`, ``SendFn``).
"""
