#!/usr/bin/env python3
"""Generate the modern-ham-g corpus: 40 synthetic legitimate commercial / bulk
e-mails (2005-2026), written deterministically (one random.Random per message).

    python3 gen.py      # writes b01.eml ... b40.eml and INDEX.tsv next to this file
"""
import hashlib
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mimekit as mk  # noqa: E402
import render  # noqa: E402
import infra  # noqa: E402
import msgs_a  # noqa: E402
import msgs_b  # noqa: E402

ASCII_FALLBACK = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                  "\u2014": "--", "\u2026": "...", "\u00a3": "GBP ", "\u20ac": "EUR ",
                  "\u00a0": " ", "\u2022": "*", "\u00e9": "e", "\u00ae": "(R)", "\u2122": "(TM)",
                  "\u00a9": "(c)", "\u20b9": "Rs. ", "\u00b7": "-", "\u2192": "->"}


def fit_text(s, charset):
    """Make a text/plain body encodable in its charset the way converters do."""
    try:
        s.encode(charset)
        return s
    except UnicodeEncodeError:
        pass
    out = []
    for ch in s:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(ASCII_FALLBACK.get(ch, "?"))
    return "".join(out)


def fit_html(s, charset):
    return s.encode(charset, "xmlcharrefreplace").decode(charset)


def subst(obj, table):
    if isinstance(obj, str):
        for k, v in table.items():
            if v is not None:
                obj = obj.replace(k, v)
        return obj
    if isinstance(obj, list):
        return [subst(x, table) for x in obj]
    if isinstance(obj, tuple):
        return tuple(subst(x, table) for x in obj)
    if isinstance(obj, dict):
        return {k: subst(v, table) for k, v in obj.items()}
    return obj


RAWLINK = re.compile(r"\[\[(\S+?)\]\]")


def build(spec, seed):
    r = random.Random(seed)
    t0 = mk.utc_from_local(spec["dt"], spec["tz"])
    y = spec["dt"][0]
    o = infra.ESPS[spec["esp"]](r, spec, t0)
    dom = spec["dom"]

    # ---- links and placeholders
    web = o.web or spec.get("web_url")
    if web is None and o.track[1]:
        web = "https://%s/v/%s" % (o.track[1], mk.pick(r, 26, mk.B64URL))
    elif web is None:
        web = "https://www.%s/email/view/%s" % (dom, mk.hexs(r, 20))
    table = {"@@UNSUB@@": o.unsub or spec.get("unsub_url"),
             "@@PREFS@@": o.prefs or spec.get("prefs_url") or o.unsub,
             "@@WEB@@": web,
             "@@UNSUBMAIL@@": o.unsub_mailto}
    spec = subst(spec, table)
    exempt = {v for v in table.values() if v}
    style, host, extra = o.track
    if style == "utm" and "utm" not in extra:
        extra = dict(extra, utm=spec.get("utm", "utm_source=newsletter&utm_medium=email"))
    track = infra.make_tracker(r, style, host, exempt, extra)
    cs = spec.get("charset", "utf-8")
    hcs = spec.get("html_charset", cs)
    spec["html_charset"] = hcs
    ctx = render.Ctx(r, spec, track, o.pixel)
    fmt = spec.get("fmt") or {"quote": r.random() < .6, "upper_cs": r.random() < .3,
                              "fold_ct": r.random() < .4, "upper_cte": False}

    # ---- bodies
    text = html = None
    if "blocks" in spec:
        blocks = list(spec["blocks"])
        if o.pixel and spec.get("pixel", True) and not any(b[0] == "pixel" for b in blocks):
            blocks.append(("pixel",))
        if spec["struct"] not in ("plain", "mixed_plain"):
            html = render.render_html(blocks, ctx, spec.get("skin", "modern"))
        text = render.render_text(blocks, ctx, spec.get("tstyle", "plain"), spec.get("twidth", 72))
    if "text" in spec:
        text = RAWLINK.sub(lambda m: track(m.group(1)), spec["text"])
    if "html" in spec:
        html = RAWLINK.sub(lambda m: render.attr(track(m.group(1))), spec["html"])
        if o.pixel and spec.get("pixel", True) and "@@PIXEL@@" in html:
            html = html.replace("@@PIXEL@@", o.pixel)
    if text is not None:
        text = fit_text(text, cs)
    if html is not None:
        html = fit_html(html, hcs)
        if spec.get("hcte", "quoted-printable") in ("7bit", "8bit"):
            html = mk.wrap_long_lines(html)

    def T():
        return mk.Leaf("text/plain", text, spec.get("tcte", "quoted-printable"), cs, fmt=fmt,
                       params=spec.get("tparams"))

    def H():
        return mk.Leaf("text/html", html, spec.get("hcte", "quoted-printable"), hcs, fmt=fmt)

    bst = spec.get("bstyle", o.bstyle)

    def B():
        return mk.boundary(r, bst, t0)

    mfmt = {"fold_ct": spec.get("mfold", r.random() < .7), "bnd_first": r.random() < .8}

    def M(sub, parts, pre=None, params=None):
        return mk.Multi(sub, B(), parts, preamble=pre, params=params, fmt=mfmt)

    def images():
        out = []
        for im in spec.get("images", []):
            hs = [("Content-ID", "<%s>" % im["cid"])]
            if im.get("disp", True):
                hs.append(("Content-Disposition", 'inline; filename="%s"' % im["name"]))
            out.append(mk.Leaf(im["type"], im["data"], "base64", params=[("name", im["name"])], headers=hs,
                               fmt={"quote": True, "fold_ct": fmt.get("fold_ct")}))
        return out

    def atts():
        out = []
        for a in spec.get("attachments", []):
            hs = [("Content-Disposition", 'attachment; filename="%s"' % a["name"])]
            if a.get("desc"):
                hs.insert(0, ("Content-Description", a["desc"]))
            out.append(mk.Leaf(a["type"], a["data"], a.get("cte", "base64"), a.get("charset"),
                               params=[("name", a["name"])] + a.get("params", []), headers=hs,
                               fmt={"quote": True, "fold_ct": fmt.get("fold_ct")}))
        return out

    pre = spec.get("preamble")
    st = spec["struct"]
    if st == "plain":
        top = T()
    elif st == "html":
        top = H()
    elif st == "alt":
        top = M("alternative", [T(), H()], pre)
    elif st == "alt_rel":
        top = M("alternative", [T(), M("related", [H()] + images(), params=[("type", "text/html")])], pre)
    elif st == "rel_alt":
        top = M("related", [M("alternative", [T(), H()])] + images(), pre, params=[("type", "multipart/alternative")])
    elif st == "rel":
        top = M("related", [H()] + images(), pre, params=[("type", "text/html")])
    elif st == "mixed_alt":
        top = M("mixed", [M("alternative", [T(), H()])] + atts(), pre)
    elif st == "mixed_plain":
        top = M("mixed", [T()] + atts(), pre)
    elif st == "mixed_html":
        top = M("mixed", [H()] + atts(), pre)
    elif st == "mixed_rel":
        top = M("mixed", [M("alternative", [T(), M("related", [H()] + images(), params=[("type", "text/html")])])] + atts(), pre)
    else:
        raise ValueError(st)

    # ---- origin headers
    fcs, fenc = spec.get("name_enc", ("utf-8", "Q"))
    H_ = {}
    H_["Date"] = mk.rfcdate(t0, spec["tz"], style=spec.get("date_style", "std"), tzname=spec.get("tzname"))
    H_["From"] = mk.addr(spec["from"][0], spec["from"][1], fcs, fenc, spec.get("quote_from", False))
    if spec.get("to_hdr"):
        H_["To"] = spec["to_hdr"]
    else:
        H_["To"] = mk.addr(spec["to"][0], spec["to"][1], fcs, fenc, spec.get("quote_to", False))
    subj = spec["subject"]
    if mk.needs_enc(subj):
        scs, senc = spec.get("subj_enc", ("utf-8", "B"))
        subj = mk.encword(subj, scs, senc)
    H_["Subject"] = subj
    if not spec.get("no_mid"):
        H_["Message-ID"] = spec.get("mid", o.mid)
    H_["MIME-Version"] = spec.get("mime_version", "1.0")
    if spec.get("reply_to"):
        H_["Reply-To"] = mk.addr(spec["reply_to"][0], spec["reply_to"][1], fcs, fenc)
    lu = None
    if o.unsub or o.unsub_mailto:
        if o.lu_style == "mailto" or not o.unsub:
            lu = "<mailto:%s>" % o.unsub_mailto
        elif o.lu_style == "url" or not o.unsub_mailto:
            lu = "<%s>" % o.unsub
        elif o.lu_style == "mailto_first":
            lu = "<mailto:%s>, <%s>" % (o.unsub_mailto, o.unsub)
        else:
            lu = "<%s>, <mailto:%s>" % (o.unsub, o.unsub_mailto) if r.random() < .5 else "<mailto:%s>, <%s>" % (o.unsub_mailto, o.unsub)
    if spec.get("no_list_unsub"):
        lu = None
    if lu:
        H_["List-Unsubscribe"] = lu
        if y >= 2019 and o.unsub and o.unsub.startswith("https") and spec.get("one_click", True):
            H_["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    ch = top.content_headers()
    content = {"content-type": ch[0][1]}
    ctes = [v for k, v in ch if k == "Content-Transfer-Encoding"]
    other_ch = [(k, v) for k, v in ch[1:] if k != "Content-Transfer-Encoding"]
    extras = list(o.extra) + list(spec.get("headers", []))
    extras = [(k, v) for k, v in extras if v is not None]
    dk = [("DKIM-Signature", v) for (_d, _s, v) in o.dkim]
    if o.domainkey:
        dk.insert(0, ("DomainKey-Signature", o.domainkey))
    lookup = {k.lower(): v for k, v in H_.items()}
    used = set()
    origin = []
    order = spec.get("order", o.order)
    for name in order:
        ln = name.lower()
        if name == "DKIM":
            origin += dk
            used.add("dkim")
        elif name == "X*":
            origin += extras
            used.add("x*")
        elif ln == "content-type":
            origin.append((name, content["content-type"]))
            if "content-transfer-encoding" not in [n.lower() for n in order] and ctes:
                origin.append(("Content-Transfer-Encoding", ctes[0]))
            origin += other_ch
            used.add(ln)
        elif ln == "content-transfer-encoding":
            if ctes:
                origin.append((name, ctes[0]))
            used.add(ln)
        elif ln in lookup:
            origin.append((name, lookup[ln]))
            used.add(ln)
        else:
            # header named in the profile order but supplied by extras
            for k, v in extras:
                if k.lower() == ln:
                    origin.append((k, v))
            used.add(ln)
    if "x*" in used:
        pass
    else:
        origin += [(k, v) for k, v in extras if k.lower() not in used]
    for k, v in H_.items():
        if k.lower() not in used:
            origin.append((k, v))
    if "dkim" not in used:
        origin = dk + origin
    if "content-type" not in used:
        origin.append(("Content-Type", content["content-type"]))
        if ctes:
            origin.append(("Content-Transfer-Encoding", ctes[0]))
    # a header requested in order and also present in extras must not repeat
    seen = set()
    dedup = []
    for k, v in origin:
        key = (k.lower(), v)
        if key in seen:
            continue
        seen.add(key)
        dedup.append((k, v))
    origin = dedup

    rx_hdrs, _t = infra.receive(r, spec, o)
    trace = [("Received", h) for h in o.hops]
    if not o.dkim_top:
        hdrs = rx_hdrs + trace + origin
    else:
        hdrs = rx_hdrs + trace + origin
    head = mk.header_lines(hdrs).encode("ascii")
    body = top.encoded_body()
    data = head + b"\r\n" + body
    assert b"\n" not in data.replace(b"\r\n", b"")
    return data


def main():
    specs = msgs_a.MESSAGES + msgs_b.MESSAGES
    rows = []
    for i, fn in enumerate(specs, 1):
        spec = fn()
        name = "b%02d.eml" % i
        data = build(spec, 71000 + i * 17)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        rows.append(("ham", name, hashlib.sha256(data).hexdigest(), str(len(data))))
    with open(os.path.join(HERE, "INDEX.tsv"), "w", encoding="ascii", newline="\n") as f:
        f.write("label\tpath\tsha256\tbytes\n")
        for row in rows:
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
