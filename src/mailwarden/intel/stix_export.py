"""Export indicators as a STIX 2.1 bundle (``stix2``) or a MISP event, for CERT peers that ask for them.

Both exports round-trip through :mod:`mailwarden.intel.importers`: the same (kind, value) pairs
come back. URLs are stored without their scheme (see ``normalize_url``), so they are exported as
``http://`` URLs.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from mailwarden.intel.indicators import IndicatorKind

__all__ = ["ExportItem", "misp_event", "stix_bundle", "stix_pattern"]

# (kind, value, category, comment)
ExportItem = tuple[IndicatorKind, str, str, str]

_STIX_HASH = {IndicatorKind.MD5: "MD5", IndicatorKind.SHA1: "SHA-1", IndicatorKind.SHA256: "SHA-256"}
_MISP_TYPE = {
    IndicatorKind.IP: "ip-dst",
    IndicatorKind.CIDR: "ip-dst",
    IndicatorKind.DOMAIN: "domain",
    IndicatorKind.URL: "url",
    IndicatorKind.EMAIL: "email-src",
    IndicatorKind.MD5: "md5",
    IndicatorKind.SHA1: "sha1",
    IndicatorKind.SHA256: "sha256",
}
_MISP_CATEGORY = {
    IndicatorKind.MD5: "Payload delivery",
    IndicatorKind.SHA1: "Payload delivery",
    IndicatorKind.SHA256: "Payload delivery",
    IndicatorKind.EMAIL: "Payload delivery",
}


def _quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'")


def _url(value: str) -> str:
    return value if "://" in value else "http://" + value


def stix_pattern(kind: IndicatorKind, value: str) -> str:
    """The STIX 2.1 pattern for one indicator."""
    if kind in _STIX_HASH:
        return f"[file:hashes.'{_STIX_HASH[kind]}' = '{value}']"
    if kind in (IndicatorKind.IP, IndicatorKind.CIDR):
        typ = "ipv6-addr" if ":" in value else "ipv4-addr"
        return f"[{typ}:value = '{_quote(value)}']"
    if kind is IndicatorKind.DOMAIN:
        return f"[domain-name:value = '{_quote(value)}']"
    if kind is IndicatorKind.URL:
        return f"[url:value = '{_quote(_url(value))}']"
    return f"[email-addr:value = '{_quote(value)}']"


def stix_bundle(
    items: Iterable[ExportItem],
    name: str = "mailwarden",
    identity_name: str = "mailwarden",
    created: datetime | None = None,
) -> str:
    """A STIX 2.1 bundle (JSON text) with an identity and one ``indicator`` per item."""
    import stix2  # type: ignore[import-untyped]

    when = created or datetime.now(UTC)
    identity = stix2.Identity(name=identity_name, identity_class="organization")
    objects: list[object] = [identity]
    for kind, value, category, comment in items:
        objects.append(
            stix2.Indicator(
                name=f"{name}: {value}",
                description=comment or None,
                pattern=stix_pattern(kind, value),
                pattern_type="stix",
                valid_from=when,
                created=when,
                modified=when,
                created_by_ref=identity.id,
                indicator_types=["malicious-activity"],
                labels=[category] if category else None,
            )
        )
    return str(stix2.Bundle(objects=objects, allow_custom=False).serialize(pretty=True))


def misp_event(items: Iterable[ExportItem], info: str, date: str = "", threat_level: int = 2) -> str:
    """A MISP event (JSON text) with one ``to_ids`` attribute per item and a category tag."""
    attributes: list[dict[str, object]] = []
    cats: set[str] = set()
    for kind, value, category, comment in items:
        cats.add(category)
        attributes.append(
            {
                "uuid": str(uuid.uuid4()),
                "type": _MISP_TYPE[kind],
                "category": _MISP_CATEGORY.get(kind, "Network activity"),
                "value": _url(value) if kind is IndicatorKind.URL else value,
                "to_ids": True,
                "comment": comment,
            }
        )
    now = datetime.now(UTC)
    event = {
        "Event": {
            "uuid": str(uuid.uuid4()),
            "info": info,
            "date": date or now.date().isoformat(),
            "timestamp": str(int(now.timestamp())),
            "threat_level_id": str(threat_level),
            "analysis": "2",
            "distribution": "0",
            "Tag": [{"name": f"mailwarden:category={c}"} for c in sorted(cats) if c],
            "Attribute": attributes,
        }
    }
    return json.dumps(event, ensure_ascii=False, indent=2)
