"""Render content blocks into HTML (several template 'skins' of different eras
and tools) and into text/plain alternatives (several converter styles)."""
import html as _html
import re
import textwrap

LINKRE = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
BOLDRE = re.compile(r"\*\*(.+?)\*\*")


def esc(s):
    return _html.escape(s, quote=False)


def attr(s):
    return _html.escape(s, quote=True)


def pick_word(r):
    return r.choice(["body", "main", "wrap", "shell", "core", "layout", "outer", "frame", "page", "doc"])


class Ctx:
    """Per-message rendering context: link tracker, pixel, colours, rng."""

    def __init__(self, r, spec, track, pixel):
        self.r = r
        self.spec = spec
        self.track = track
        self.pixel = pixel
        self.brand = spec.get("brand", "#1a4d7a")
        self.accent = spec.get("accent", "#d9480f")
        self.bg = spec.get("bg", "#f2f2f2")
        self.font = spec.get("font", "Arial, Helvetica, sans-serif")
        self.width = spec.get("width", 600)
        self.subject = spec["subject"]
        c = r.choice
        fs = c([14, 15, 16])
        self.s = {
            "fs": fs, "lh": fs + c([6, 7, 8, 9]), "txt": c(["#333333", "#222222", "#3d3d3d", "#444444", "#2b2b2b", "#1f1f1f", "#4a4a4a", "#303030"]),
            "muted": c(["#777777", "#888888", "#6b6b6b", "#8a8a8a", "#999999", "#666666", "#7a7a7a", "#707070"]),
            "h1": c([24, 26, 28, 30, 32]), "h2": c([18, 19, 20, 21, 22]), "pad": c([16, 20, 24, 28, 30, 32, 36]),
            "rule": c(["#dddddd", "#e5e5e5", "#e0e0e0", "#cccccc", "#ececec", "#d6d6d6", "#e8e8e8"]),
            "small": c([11, 12, 13]), "btnpad": c(["12px 28px", "14px 32px", "13px 30px", "11px 24px", "15px 36px", "12px 22px"]),
            "radius": c([0, 2, 3, 4, 5, 6, 8, 24, 999]), "cls": c(["", "m", "e", "x", "ns", "em", "c", "u", "tpl", "k"]) + c(["", "-", "_"]) + pick_word(r),
            "fw": c(["bold", "700", "600", "800"]),
        }


# ------------------------------------------------------------------ inline
def h_inline(s, ctx, lstyle=""):
    out = []
    pos = 0
    for m in LINKRE.finditer(s):
        out.append(esc(s[pos:m.start()]))
        out.append('<a href="%s"%s>%s</a>' % (attr(ctx.track(m.group(2))), lstyle, esc(m.group(1))))
        pos = m.end()
    out.append(esc(s[pos:]))
    t = "".join(out)
    tag = ctx.spec.get("boldtag", "strong")
    t = BOLDRE.sub(lambda m: "<%s>%s</%s>" % (tag, m.group(1), tag), t)
    return t.replace("\n", "<br>\n")


def t_inline(s, ctx, style):
    def lk(m):
        label, url = m.group(1), ctx.track(m.group(2))
        if style == "mc":
            return "%s (%s)" % (label, url)
        if style == "angle":
            return "%s <%s>" % (label, url)
        if style == "bracket":
            return "%s [%s]" % (label, url)
        return "%s: %s" % (label, url)
    s = LINKRE.sub(lk, s)
    if style == "angle":
        s = BOLDRE.sub(lambda m: "*%s*" % m.group(1), s)
    else:
        s = BOLDRE.sub(lambda m: m.group(1), s)
    return s


# ------------------------------------------------------------------ text
def _wrap(s, width):
    if not width:
        return s
    out = []
    for para in s.split("\n"):
        if len(para) <= width:
            out.append(para)
        else:
            out.append(textwrap.fill(para, width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def render_text(blocks, ctx, style="plain", width=72):
    out = []
    rule = {"mc": "-" * 60, "plain": "-" * 40, "angle": "=" * 50, "bracket": "_" * 48}[style]
    for b in blocks:
        k = b[0]
        if k in ("pre", "pixel", "spacer"):
            continue
        if k == "logo":
            if style in ("mc", "bracket"):
                out.append(b[1])
            continue
        if k == "hero":
            if style == "bracket":
                out.append("[%s]" % b[2])
            continue
        if k in ("h1", "h2"):
            txt = t_inline(b[1], ctx, style)
            if style == "mc":
                out.append("** " + txt + "\n" + rule)
            elif style == "plain":
                out.append(txt.upper() if k == "h1" else txt)
            elif style == "angle":
                out.append(("=== %s ===" if k == "h1" else "--- %s ---") % txt)
            else:
                out.append(txt + "\n" + ("=" if k == "h1" else "-") * min(len(txt), 70))
        elif k == "p":
            out.append(_wrap(t_inline(b[1], ctx, style), width))
        elif k == "note":
            out.append(_wrap(t_inline(b[1], ctx, style), width))
        elif k == "btn":
            url = ctx.track(b[2])
            if style == "mc":
                out.append("%s (%s)" % (b[1], url))
            elif style == "angle":
                out.append(">> %s\n<%s>" % (b[1], url))
            elif style == "bracket":
                out.append("[%s] %s" % (b[1], url))
            else:
                out.append("%s:\n%s" % (b[1], url))
        elif k == "bullets":
            mark = {"mc": "* ", "plain": "- ", "angle": " o ", "bracket": " * "}[style]
            out.append("\n".join(_wrap(mark + t_inline(x, ctx, style), width) for x in b[1]))
        elif k == "kv":
            w = max(len(a) for a, _ in b[1]) + 2
            out.append("\n".join(("%-" + str(w) + "s%s") % (a + ":", v) for a, v in b[1]))
        elif k == "items":
            lines = []
            for it in b[1]:
                head = it["name"]
                if it.get("price"):
                    head += "  " + it["price"]
                    if it.get("was"):
                        head += " (was %s)" % it["was"]
                lines.append(("* " if style == "mc" else "") + head)
                if it.get("note"):
                    lines.append(_wrap(t_inline(it["note"], ctx, style), width))
                if it.get("url"):
                    u = ctx.track(it["url"])
                    lines.append({"mc": "%s (%s)", "angle": "%s <%s>", "bracket": "[%s] %s"}
                                 .get(style, "%s: %s") % (it.get("cta", "View"), u))
                lines.append("")
            out.append("\n".join(lines).rstrip())
        elif k == "hr":
            out.append(rule)
        elif k == "footer":
            out.append(rule)
            for para in b[1]:
                out.append(_wrap(t_inline(para, ctx, style), width))
        elif k == "raw_text":
            out.append(b[1])
        elif k == "raw_html":
            continue
    return "\n\n".join(x for x in out if x is not None) + "\n"


# ------------------------------------------------------------------ html skins
def _items_table(items, ctx, cols, font, price_color, old=False):
    S = ctx.s
    rows = []
    for i in range(0, len(items), cols):
        cells = []
        for it in items[i:i + cols]:
            url = ctx.track(it["url"]) if it.get("url") else None
            img = ""
            if it.get("img"):
                img = '<img src="%s" width="%d" alt="%s" style="display:block;border:0;%s">' % (
                    attr(it["img"]), (ctx.width - 40) // cols - 10, attr(it["name"]),
                    "width:100%;height:auto;" if not old else "")
                if url:
                    img = '<a href="%s">%s</a>' % (attr(url), img)
            price = ""
            if it.get("price"):
                price = '<span style="color:%s;font-weight:%s">%s</span>' % (price_color, S["fw"], esc(it["price"]))
                if it.get("was"):
                    price += ' <span style="text-decoration:line-through;color:%s">%s</span>' % (S["muted"], esc(it["was"]))
            name = esc(it["name"])
            if url:
                name = '<a href="%s" style="color:%s;text-decoration:none">%s</a>' % (attr(url), S["txt"], name)
            note = '<br><span style="font-size:%dpx;color:%s">%s</span>' % (S["small"], S["muted"], h_inline(it["note"], ctx)) if it.get("note") else ""
            cta = ""
            if url and it.get("cta"):
                cta = '<br><a href="%s" style="color:%s;font-size:%dpx">%s &rsaquo;</a>' % (attr(url), ctx.accent, S["small"], esc(it["cta"]))
            if old:
                cells.append('<td valign="top" width="%d%%" align="center">%s<font face="%s" size="2">%s<br>%s%s%s</font></td>'
                             % (100 // cols, img, font, name, price, note, cta))
            else:
                cells.append('<td valign="top" width="%d%%" style="padding:%dpx;font-family:%s;font-size:%dpx;line-height:%dpx">%s<div style="padding-top:6px">%s</div><div>%s%s%s</div></td>'
                             % (100 // cols, S["pad"] // 3, font, S["fs"] - 1, S["lh"] - 2, img, name, price, note, cta))
        rows.append("<tr>\n%s\n</tr>" % "\n".join(cells))
    return "\n".join(rows)


def skin_classic(blocks, ctx):
    """c. 2005-2011: nested tables, <font>, bgcolor, width=600."""
    r = ctx.r
    font = ctx.spec.get("font", r.choice(["Verdana, Arial, Helvetica, sans-serif", "Arial, Helvetica, sans-serif", "Tahoma, Verdana, sans-serif"]))
    w = ctx.width
    cs = ctx.spec.get("html_charset", "iso-8859-1")
    L = []
    L.append('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">' if r.random() < .6 else "")
    L.append("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n<title>%s</title>\n</head>" % (cs, esc(ctx.subject)))
    L.append('<body bgcolor="%s" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" link="%s" vlink="%s">' % (ctx.bg, ctx.brand, ctx.brand))
    L.append('<table width="100%%" border="0" cellspacing="0" cellpadding="0" bgcolor="%s">\n<tr><td align="center">' % ctx.bg)
    L.append('<table width="%d" border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF">' % w)
    for b in blocks:
        k = b[0]
        if k == "pre":
            L.append('<tr><td align="center"><font face="%s" size="1" color="#777777">%s</font></td></tr>' % (font, h_inline(b[1], ctx)))
        elif k == "logo":
            L.append('<tr><td><a href="%s"><img src="%s" width="%d" height="%d" border="0" alt="%s"></a></td></tr>'
                     % (attr(ctx.track(b[3])), attr(b[2]), w, b[4] if len(b) > 4 else 80, attr(b[1])))
        elif k == "hero":
            L.append('<tr><td><a href="%s"><img src="%s" width="%d" border="0" alt="%s"></a></td></tr>'
                     % (attr(ctx.track(b[3])), attr(b[1]), w, attr(b[2])))
        elif k == "h1":
            L.append('<tr><td style="padding:18px 20px 4px 20px"><font face="%s" size="5" color="%s"><b>%s</b></font></td></tr>' % (font, ctx.brand, h_inline(b[1], ctx)))
        elif k == "h2":
            L.append('<tr><td style="padding:14px 20px 2px 20px"><font face="%s" size="3" color="%s"><b>%s</b></font></td></tr>' % (font, ctx.accent, h_inline(b[1], ctx)))
        elif k in ("p", "note"):
            size = "2" if k == "p" else "1"
            L.append('<tr><td style="padding:6px 20px"><font face="%s" size="%s" color="#333333">%s</font></td></tr>' % (font, size, h_inline(b[1], ctx)))
        elif k == "btn":
            L.append('<tr><td align="center" style="padding:12px"><table border="0" cellpadding="8" cellspacing="0"><tr><td bgcolor="%s"><a href="%s"><font face="%s" size="2" color="#FFFFFF"><b>%s</b></font></a></td></tr></table></td></tr>'
                     % (ctx.accent, attr(ctx.track(b[2])), font, esc(b[1])))
        elif k == "bullets":
            lis = "\n".join("<li>%s</li>" % h_inline(x, ctx) for x in b[1])
            L.append('<tr><td style="padding:4px 20px"><font face="%s" size="2"><ul>\n%s\n</ul></font></td></tr>' % (font, lis))
        elif k == "kv":
            rows = "\n".join('<tr><td><font face="%s" size="2">%s</font></td><td align="right"><font face="%s" size="2"><b>%s</b></font></td></tr>' % (font, esc(a), font, esc(v)) for a, v in b[1])
            L.append('<tr><td style="padding:6px 20px"><table width="100%%" cellpadding="3" cellspacing="0" border="0">\n%s\n</table></td></tr>' % rows)
        elif k == "items":
            cols = b[2] if len(b) > 2 else 3
            L.append('<tr><td style="padding:10px"><table width="100%%" cellpadding="4" cellspacing="0" border="0">\n%s\n</table></td></tr>' % _items_table(b[1], ctx, cols, font, ctx.accent, old=True))
        elif k == "hr":
            L.append('<tr><td style="padding:8px 20px"><hr size="1" noshade color="#cccccc"></td></tr>')
        elif k == "footer":
            inner = "<br><br>\n".join(h_inline(x, ctx) for x in b[1])
            L.append('</table>\n<table width="%d" border="0" cellspacing="0" cellpadding="10">\n<tr><td><font face="%s" size="1" color="#666666">%s</font></td></tr>' % (w, font, inner))
        elif k == "pixel":
            L.append('<tr><td><img src="%s" width="1" height="1" border="0" alt=""></td></tr>' % attr(ctx.pixel))
        elif k == "raw_html":
            L.append(b[1])
    L.append("</table>\n</td></tr>\n</table>\n</body>\n</html>")
    return "\n".join(x for x in L if x) + "\n"


def _btn_modern(label, url, ctx, radius):
    S = ctx.s
    return ('<table role="presentation" border="0" cellpadding="0" cellspacing="0" align="center" style="margin:%dpx auto">'
            '<tr><td align="center" bgcolor="%s" style="border-radius:%dpx">'
            '<a href="%s" target="_blank" style="display:inline-block;padding:%s;font-family:%s;font-size:%dpx;font-weight:%s;color:#ffffff;text-decoration:none;border-radius:%dpx">%s</a>'
            '</td></tr></table>') % (S["pad"] // 2, ctx.accent, radius, attr(url), S["btnpad"], ctx.font, S["fs"], S["fw"], radius, esc(label))


def _css(ctx, rules):
    r = ctx.r
    rules = list(rules)
    r.shuffle(rules)
    return "\n".join(rules)


def skin_modern(blocks, ctx):
    """c. 2012-2019: XHTML transitional, role=presentation tables, inline CSS."""
    r = ctx.r
    S = ctx.s
    w = ctx.width
    radius = S["radius"] if S["radius"] < 30 else 4
    pad = S["pad"]
    cls = S["cls"]
    cs = ctx.spec.get("html_charset", "utf-8")
    base = ["body{margin:0;padding:0;%s}" % r.choice(["-webkit-text-size-adjust:100%;", "-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;", "width:100% !important;"]),
            "table td{border-collapse:collapse;}" if r.random() < .7 else "table{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;}",
            "img{border:0;%s}" % r.choice(["outline:none;text-decoration:none;", "height:auto;line-height:100%;", "-ms-interpolation-mode:bicubic;"]),
            "a img{border:none;}" if r.random() < .5 else "#outlook a{padding:0;}",
            "@media only screen and (max-width:%dpx){ .%s{width:100%% !important;} .%s-stack{display:block !important;width:100%% !important;} }" % (w + r.choice([0, 20, 40]), cls, cls)]
    L = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
         '<html xmlns="http://www.w3.org/1999/xhtml">',
         "<head>",
         '<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % cs,
         '<meta name="viewport" content="width=device-width, initial-scale=1.0" />' if r.random() < .8 else '<meta name="viewport" content="width=device-width" />',
         "<title>%s</title>" % esc(ctx.subject),
         '<style type="text/css">\n%s\n</style>' % _css(ctx, base),
         "</head>",
         '<body style="margin:0;padding:0;background-color:%s">' % ctx.bg]
    after_footer = False
    opened = [False]

    def open_tables():
        if not opened[0]:
            L.append('<table role="presentation" width="100%%" border="0" cellspacing="0" cellpadding="0" bgcolor="%s"><tr><td align="center">' % ctx.bg)
            L.append('<table role="presentation" class="%s" width="%d" border="0" cellspacing="0" cellpadding="0" style="background:#ffffff">' % (cls, w))
            opened[0] = True
    for b in blocks:
        k = b[0]
        if k == "pre":
            L.append('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">%s</div>' % esc(b[1]))
            continue
        if k not in ("pixel",) and not after_footer:
            open_tables()
        if k == "logo":
            L.append('<tr><td align="%s" style="padding:%dpx 0 10px 0"><a href="%s" target="_blank"><img src="%s" width="%d" alt="%s" style="display:block;border:0" /></a></td></tr>'
                     % (r.choice(["center", "left"]), pad, attr(ctx.track(b[3])), attr(b[2]), r.choice([160, 180, 200, 220]), attr(b[1])))
        elif k == "hero":
            L.append('<tr><td><a href="%s" target="_blank"><img src="%s" width="%d" alt="%s" style="display:block;width:100%%;max-width:%dpx;height:auto;border:0" /></a></td></tr>'
                     % (attr(ctx.track(b[3])), attr(b[1]), w, attr(b[2]), w))
        elif k == "h1":
            L.append('<tr><td style="padding:%dpx %dpx 6px %dpx;font-family:%s;font-size:%dpx;line-height:%dpx;color:%s;font-weight:%s;text-align:%s">%s</td></tr>'
                     % (pad, pad, pad, ctx.font, S["h1"], S["h1"] + 6, ctx.brand, S["fw"], r.choice(["center", "left"]), h_inline(b[1], ctx)))
        elif k == "h2":
            L.append('<tr><td style="padding:16px %dpx 4px %dpx;font-family:%s;font-size:%dpx;line-height:%dpx;color:%s;font-weight:%s">%s</td></tr>'
                     % (pad, pad, ctx.font, S["h2"], S["h2"] + 6, ctx.brand, S["fw"], h_inline(b[1], ctx)))
        elif k == "p":
            L.append('<tr><td style="padding:6px %dpx;font-family:%s;font-size:%dpx;line-height:%dpx;color:%s">%s</td></tr>'
                     % (pad, ctx.font, S["fs"], S["lh"], S["txt"], h_inline(b[1], ctx, ' style="color:%s"' % ctx.brand)))
        elif k == "note":
            L.append('<tr><td style="padding:6px %dpx;font-family:%s;font-size:%dpx;line-height:%dpx;color:%s">%s</td></tr>'
                     % (pad, ctx.font, S["small"], S["small"] + 5, S["muted"], h_inline(b[1], ctx, ' style="color:%s"' % S["muted"])))
        elif k == "btn":
            L.append("<tr><td>%s</td></tr>" % _btn_modern(b[1], ctx.track(b[2]), ctx, radius))
        elif k == "bullets":
            lis = "\n".join('<li style="margin-bottom:6px">%s</li>' % h_inline(x, ctx) for x in b[1])
            L.append('<tr><td style="padding:4px %dpx;font-family:%s;font-size:%dpx;line-height:%dpx;color:%s"><ul style="margin:0;padding-left:20px">\n%s\n</ul></td></tr>' % (pad, ctx.font, S["fs"], S["lh"], S["txt"], lis))
        elif k == "kv":
            rows = "\n".join('<tr><td style="padding:6px 0;border-bottom:1px solid %s">%s</td><td align="right" style="padding:6px 0;border-bottom:1px solid %s;font-weight:%s">%s</td></tr>' % (S["rule"], esc(a), S["rule"], S["fw"], esc(v)) for a, v in b[1])
            L.append('<tr><td style="padding:8px %dpx"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="font-family:%s;font-size:%dpx;color:%s">\n%s\n</table></td></tr>' % (pad, ctx.font, S["fs"] - 1, S["txt"], rows))
        elif k == "items":
            cols = b[2] if len(b) > 2 else 2
            L.append('<tr><td style="padding:10px %dpx"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0">\n%s\n</table></td></tr>' % (pad - 10, _items_table(b[1], ctx, cols, ctx.font, ctx.accent)))
        elif k == "hr":
            L.append('<tr><td style="padding:10px %dpx"><div style="border-top:1px solid %s;font-size:1px;line-height:1px">&nbsp;</div></td></tr>' % (pad, S["rule"]))
        elif k == "footer":
            L.append("</table>")
            inner = "\n".join('<p style="margin:0 0 10px 0">%s</p>' % h_inline(x, ctx, ' style="color:%s;text-decoration:underline"' % S["muted"]) for x in b[1])
            L.append('<table role="presentation" class="%s" width="%d" border="0" cellspacing="0" cellpadding="0"><tr><td style="padding:20px %dpx;font-family:%s;font-size:%dpx;line-height:%dpx;color:%s;text-align:%s">\n%s\n</td></tr></table>' % (cls, w, pad, ctx.font, S["small"] - 1, S["small"] + 4, S["muted"], r.choice(["center", "left"]), inner))
            after_footer = True
        elif k == "pixel":
            L.append('<img src="%s" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0" />' % attr(ctx.pixel) if r.random() < .5
                     else '<img src="%s" height="1" width="1" border="0" alt="" />' % attr(ctx.pixel))
        elif k == "raw_html":
            L.append(b[1])
    if not after_footer:
        L.append("</table>")
    L.append("</td></tr></table>\n</body>\n</html>")
    return "\n".join(L) + "\n"


def skin_resp(blocks, ctx):
    """c. 2019-2026: HTML5, MSO conditionals, media queries, hidden preheader."""
    r = ctx.r
    S = ctx.s
    w = ctx.width
    radius = S["radius"]
    cls = S["cls"]
    P = S["pad"]
    css = ["  .%s-body{margin:0;padding:0;width:100%%!important}" % cls,
           "  .%s-btn a{display:inline-block}" % cls,
           "  @media (max-width:%dpx){.%s-wrap{width:100%%!important}.%s-col{display:block!important;width:100%%!important}.%s-pad{padding-left:%dpx!important;padding-right:%dpx!important}}" % (w + r.choice([0, 20, 40]), cls, cls, cls, r.choice([12, 16, 20]), r.choice([12, 16, 20])),
           "  :root{color-scheme:light dark;supported-color-schemes:light dark}" if r.random() < .5 else "  u + .%s-body a{color:inherit;text-decoration:none}" % cls]
    L = ["<!doctype html>" if r.random() < .6 else "<!DOCTYPE html>",
         '<html lang="%s" xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">' % r.choice(["en", "en-GB", "en-US"]),
         "<head>",
         '<meta charset="%s">' % ctx.spec.get("html_charset", "utf-8"),
         '<meta name="viewport" content="width=device-width,initial-scale=1">',
         '<meta name="x-apple-disable-message-reformatting">' if r.random() < .7 else "",
         '<meta name="color-scheme" content="light dark">' if r.random() < .5 else "",
         "<title>%s</title>" % esc(ctx.subject),
         "<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript><![endif]-->",
         "<style>\n%s\n</style>" % _css(ctx, css),
         "</head>",
         '<body class="%s-body" style="background:%s;margin:0">' % (cls, ctx.bg)]
    opened = False

    def open_wrap():
        L.append('<table role="presentation" width="100%%" cellspacing="0" cellpadding="0" border="0" style="background:%s"><tr><td align="center" style="padding:%dpx 0">' % (ctx.bg, r.choice([0, 8, 12, 20])))
        L.append('<!--[if mso]><table role="presentation" width="%d" align="center"><tr><td><![endif]-->' % w)
        L.append('<div class="%s-wrap" style="max-width:%dpx;margin:0 auto;background:#ffffff">' % (cls, w))
    for b in blocks:
        k = b[0]
        if k == "pre":
            L.append('<div style="display:none;font-size:1px;color:%s;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden">%s%s</div>'
                     % (ctx.bg, esc(b[1]), r.choice([" &#847; &zwnj; &nbsp;", "&nbsp;&zwnj;", " &#8199;&#65279;&#847;"]) * r.randint(8, 30)))
            continue
        if not opened and k != "pixel":
            open_wrap()
            opened = True
        if k == "logo":
            L.append('<div class="%s-pad" style="padding:%dpx %dpx 8px %dpx;text-align:%s"><a href="%s"><img src="%s" alt="%s" width="%d" style="height:auto;border:0"></a></div>'
                     % (cls, P, P, P, r.choice(["left", "center"]), attr(ctx.track(b[3])), attr(b[2]), attr(b[1]), r.choice([120, 140, 150, 170])))
        elif k == "hero":
            L.append('<a href="%s"><img src="%s" alt="%s" width="%d" style="display:block;width:100%%;height:auto;border:0"></a>'
                     % (attr(ctx.track(b[3])), attr(b[1]), attr(b[2]), w))
        elif k == "h1":
            L.append('<h1 class="%s-pad" style="margin:0;padding:%dpx %dpx 8px %dpx;font-family:%s;font-size:%dpx;line-height:%dpx;color:%s;font-weight:%s">%s</h1>'
                     % (cls, P, P, P, ctx.font, S["h1"], S["h1"] + 6, ctx.brand, S["fw"], h_inline(b[1], ctx)))
        elif k == "h2":
            L.append('<h2 class="%s-pad" style="margin:0;padding:18px %dpx 4px %dpx;font-family:%s;font-size:%dpx;line-height:%dpx;color:%s">%s</h2>'
                     % (cls, P, P, ctx.font, S["h2"], S["h2"] + 6, S["txt"], h_inline(b[1], ctx)))
        elif k == "p":
            L.append('<p class="%s-pad" style="margin:0;padding:8px %dpx;font-family:%s;font-size:%dpx;line-height:%dpx;color:%s">%s</p>'
                     % (cls, P, ctx.font, S["fs"], S["lh"], S["txt"], h_inline(b[1], ctx, ' style="color:%s;text-decoration:underline"' % ctx.brand)))
        elif k == "note":
            L.append('<p class="%s-pad" style="margin:0;padding:8px %dpx;font-family:%s;font-size:%dpx;line-height:%dpx;color:%s">%s</p>'
                     % (cls, P, ctx.font, S["small"], S["small"] + 6, S["muted"], h_inline(b[1], ctx, ' style="color:%s"' % S["muted"])))
        elif k == "btn":
            url = attr(ctx.track(b[2]))
            L.append('<div class="%s-btn" style="padding:16px %dpx;text-align:center">\n<!--[if mso]><v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="%s" style="height:%dpx;v-text-anchor:middle;width:%dpx;" arcsize="%d%%" stroke="f" fillcolor="%s"><center style="color:#ffffff;font-family:sans-serif;font-size:16px;font-weight:bold;">%s</center></v:roundrect><![endif]-->\n<!--[if !mso]><!--><a href="%s" style="background:%s;border-radius:%dpx;color:#ffffff;font-family:%s;font-size:%dpx;font-weight:%s;line-height:%dpx;text-align:center;text-decoration:none;padding:0 %dpx;display:inline-block">%s</a><!--<![endif]-->\n</div>'
                     % (cls, P, url, r.choice([42, 44, 46, 48]), r.choice([220, 240, 260, 280]), r.choice([8, 10, 12, 50]), ctx.accent, esc(b[1]), url, ctx.accent, radius, ctx.font, S["fs"], S["fw"], r.choice([42, 44, 46, 48]), r.choice([24, 28, 32, 36]), esc(b[1])))
        elif k == "bullets":
            lis = "\n".join('<li style="margin:0 0 8px 0">%s</li>' % h_inline(x, ctx) for x in b[1])
            L.append('<ul class="%s-pad" style="margin:0;padding:8px %dpx 8px %dpx;font-family:%s;font-size:%dpx;line-height:%dpx;color:%s">\n%s\n</ul>' % (cls, P, P + 20, ctx.font, S["fs"], S["lh"], S["txt"], lis))
        elif k == "kv":
            rows = "\n".join('<tr><td style="padding:8px 0;border-bottom:1px solid %s;color:%s">%s</td><td style="padding:8px 0;border-bottom:1px solid %s;text-align:right;font-weight:%s">%s</td></tr>' % (S["rule"], S["muted"], esc(a), S["rule"], S["fw"], esc(v)) for a, v in b[1])
            L.append('<div class="%s-pad" style="padding:8px %dpx"><table role="presentation" width="100%%" cellspacing="0" cellpadding="0" style="font-family:%s;font-size:%dpx">\n%s\n</table></div>' % (cls, P, ctx.font, S["fs"] - 1, rows))
        elif k == "items":
            cols = b[2] if len(b) > 2 else 2
            L.append('<div style="padding:8px %dpx"><table role="presentation" width="100%%" cellspacing="0" cellpadding="0">\n%s\n</table></div>' % (P - 10, _items_table(b[1], ctx, cols, ctx.font, ctx.accent)))
        elif k == "hr":
            L.append('<div style="padding:12px %dpx"><div style="height:1px;background:%s;line-height:1px;font-size:1px">&#8202;</div></div>' % (P, S["rule"]))
        elif k == "footer":
            L.append("</div>")
            inner = "\n".join('<p style="margin:0 0 12px 0">%s</p>' % h_inline(x, ctx, ' style="color:%s;text-decoration:underline"' % S["muted"]) for x in b[1])
            L.append('<div class="%s-wrap %s-pad" style="max-width:%dpx;margin:0 auto;padding:20px %dpx;font-family:%s;font-size:%dpx;line-height:%dpx;color:%s;text-align:%s">\n%s\n</div>' % (cls, cls, w, P, ctx.font, S["small"], S["small"] + 6, S["muted"], r.choice(["center", "left"]), inner))
            L.append('<!--[if mso]></td></tr></table><![endif]-->\n</td></tr></table>')
            opened = "closed"
        elif k == "pixel":
            L.append('<img src="%s" width="1" height="1" alt="" style="height:1px!important;width:1px!important;border-width:0!important;margin:0!important;padding:0!important">' % attr(ctx.pixel)
                     if r.random() < .5 else '<img alt="" src="%s" width="1" height="1" border="0" style="display:block">' % attr(ctx.pixel))
        elif k == "raw_html":
            L.append(b[1])
    if opened is True:
        L.append('</div>\n<!--[if mso]></td></tr></table><![endif]-->\n</td></tr></table>')
    L.append("</body>\n</html>")
    return "\n".join(x for x in L if x) + "\n"


def skin_simple(blocks, ctx):
    """Transactional / product-update look: one column of divs, system fonts."""
    r = ctx.r
    S = ctx.s
    font = ctx.spec.get("font", r.choice(["-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
                                          "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
                                          "'Helvetica Neue', Helvetica, Arial, sans-serif"]))
    L = ["<html>" if r.random() < .5 else '<!DOCTYPE html>\n<html lang="en">', "<head>", '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % ctx.spec.get("html_charset", "utf-8"),
         '<meta name="viewport" content="width=device-width%s">' % r.choice(["", ", initial-scale=1"]), "</head>",
         '<body style="margin:0;padding:0;background:%s">' % ctx.bg,
         '<div style="max-width:%dpx;margin:0 auto;padding:%dpx %dpx;font-family:%s;color:%s;font-size:%dpx;line-height:%s">' % (ctx.width - r.choice([0, 40, 60]), S["pad"], r.choice([16, 20, 24]), font, S["txt"], S["fs"], r.choice(["1.5", "1.55", "1.6", "1.45"]))]
    for b in blocks:
        k = b[0]
        if k == "pre":
            L.append('<span style="display:none!important;visibility:hidden;opacity:0;height:0;width:0">%s</span>' % esc(b[1]))
        elif k == "logo":
            L.append('<div style="margin-bottom:%dpx"><a href="%s"><img src="%s" alt="%s" height="%d" style="border:0"></a></div>'
                     % (r.choice([16, 20, 24, 28]), attr(ctx.track(b[3])), attr(b[2]), attr(b[1]), b[4] if len(b) > 4 else 32))
        elif k == "hero":
            L.append('<div style="margin:12px 0"><a href="%s"><img src="%s" alt="%s" style="max-width:100%%;border-radius:%dpx"></a></div>' % (attr(ctx.track(b[3])), attr(b[1]), attr(b[2]), min(S["radius"], 12)))
        elif k == "h1":
            L.append('<h1 style="font-size:%dpx;line-height:1.3;margin:0 0 14px 0;color:%s">%s</h1>' % (S["h1"] - 4, ctx.brand, h_inline(b[1], ctx)))
        elif k == "h2":
            L.append('<h2 style="font-size:%dpx;margin:22px 0 6px 0">%s</h2>' % (S["h2"] - 2, h_inline(b[1], ctx)))
        elif k == "p":
            L.append('<p style="margin:0 0 14px 0">%s</p>' % h_inline(b[1], ctx, ' style="color:%s"' % ctx.brand))
        elif k == "note":
            L.append('<p style="margin:0 0 12px 0;font-size:%dpx;color:%s">%s</p>' % (S["small"] + 1, S["muted"], h_inline(b[1], ctx, ' style="color:%s"' % S["muted"])))
        elif k == "btn":
            L.append('<p style="margin:20px 0"><a href="%s" style="background:%s;color:#ffffff;padding:%s;border-radius:%dpx;text-decoration:none;font-weight:%s;display:inline-block">%s</a></p>'
                     % (attr(ctx.track(b[2])), ctx.accent, r.choice(["10px 18px", "11px 20px", "12px 24px", "9px 16px"]), min(S["radius"], 8), S["fw"], esc(b[1])))
        elif k == "bullets":
            L.append('<ul style="margin:0 0 14px 0;padding-left:22px">\n%s\n</ul>' % "\n".join("<li>%s</li>" % h_inline(x, ctx) for x in b[1]))
        elif k == "kv":
            rows = "\n".join('<tr><td style="padding:6px 12px 6px 0;color:%s">%s</td><td style="padding:6px 0;font-weight:%s">%s</td></tr>' % (S["muted"], esc(a), S["fw"], esc(v)) for a, v in b[1])
            L.append('<table style="border-collapse:collapse;margin:6px 0 16px 0;font-size:%dpx">\n%s\n</table>' % (S["fs"] - 1, rows))
        elif k == "items":
            cols = b[2] if len(b) > 2 else 1
            L.append('<table width="100%%" cellpadding="0" cellspacing="0">\n%s\n</table>' % _items_table(b[1], ctx, cols, font, ctx.accent))
        elif k == "hr":
            L.append('<hr style="border:0;border-top:1px solid %s;margin:24px 0">' % S["rule"])
        elif k == "footer":
            L.append('<hr style="border:0;border-top:1px solid %s;margin:28px 0 16px 0">' % S["rule"])
            L.append('<div style="font-size:%dpx;color:%s;line-height:1.5">\n%s\n</div>' % (S["small"], S["muted"], "\n".join('<p style="margin:0 0 8px 0">%s</p>' % h_inline(x, ctx, ' style="color:%s"' % S["muted"]) for x in b[1])))
        elif k == "pixel":
            L.append('<img width="1" height="1" alt="" src="%s">' % attr(ctx.pixel))
        elif k == "raw_html":
            L.append(b[1])
    L.append("</div>\n</body>\n</html>")
    return "\n".join(L) + "\n"


def skin_mj(blocks, ctx):
    """MJML-compiled look: nested divs + ghost tables, mj-column classes."""
    w = ctx.width
    L = ['<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head><title>%s</title><!--[if !mso]><!--><meta http-equiv="X-UA-Compatible" content="IE=edge"><!--<![endif]--><meta http-equiv="Content-Type" content="text/html; charset=%s"><meta name="viewport" content="width=device-width,initial-scale=1">' % (esc(ctx.subject), ctx.spec.get("html_charset", "utf-8").upper()),
         '<style type="text/css">#outlook a { padding:0; } body { margin:0;padding:0;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%; } table, td { border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt; } img { border:0;height:auto;line-height:100%; outline:none;text-decoration:none;-ms-interpolation-mode:bicubic; }</style>',
         '<style type="text/css">@media only screen and (min-width:480px) { .mj-column-per-100 { width:100% !important; max-width: 100%; } .mj-column-per-50 { width:50% !important; max-width: 50%; } }</style>',
         '</head><body style="word-spacing:normal;background-color:%s;">' % ctx.bg]

    def section(inner, bg="#ffffff", pad="10px 25px"):
        return ('<!--[if mso | IE]><table align="center" border="0" cellpadding="0" cellspacing="0" class="" role="presentation" style="width:%dpx;" width="%d" bgcolor="%s" ><tr><td style="line-height:0px;font-size:0px;mso-line-height-rule:exactly;"><![endif]-->'
                '<div style="background:%s;background-color:%s;margin:0px auto;max-width:%dpx;"><table align="center" border="0" cellpadding="0" cellspacing="0" role="presentation" style="background:%s;background-color:%s;width:100%%;"><tbody><tr><td style="direction:ltr;font-size:0px;padding:0;text-align:center;">'
                '<div class="mj-column-per-100 mj-outlook-group-fix" style="font-size:0px;text-align:left;direction:ltr;display:inline-block;vertical-align:top;width:100%%;"><table border="0" cellpadding="0" cellspacing="0" role="presentation" style="vertical-align:top;" width="100%%"><tbody>'
                '<tr><td align="left" style="font-size:0px;padding:%s;word-break:break-word;">%s</td></tr>'
                '</tbody></table></div></td></tr></tbody></table></div><!--[if mso | IE]></td></tr></table><![endif]-->') % (w, w, bg, bg, bg, w, bg, bg, pad, inner)

    fnt = ctx.font
    for b in blocks:
        k = b[0]
        if k == "pre":
            L.append('<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">%s</div>' % esc(b[1]))
        elif k == "logo":
            L.append(section('<a href="%s" target="_blank"><img alt="%s" src="%s" style="border:0;display:block;outline:none;text-decoration:none;height:auto;width:160px;font-size:13px;" width="160" height="auto"></a>' % (attr(ctx.track(b[3])), attr(b[1]), attr(b[2])), pad="20px 25px"))
        elif k == "hero":
            L.append(section('<a href="%s" target="_blank"><img alt="%s" src="%s" style="border:0;display:block;width:100%%;height:auto;" width="%d"></a>' % (attr(ctx.track(b[3])), attr(b[2]), attr(b[1]), w), pad="0"))
        elif k in ("h1", "h2"):
            size = ctx.s["h1"] if k == "h1" else ctx.s["h2"]
            L.append(section('<div style="font-family:%s;font-size:%dpx;font-weight:%s;line-height:1.3;text-align:left;color:%s;">%s</div>' % (fnt, size, ctx.s["fw"], ctx.brand, h_inline(b[1], ctx))))
        elif k in ("p", "note"):
            size = ctx.s["fs"] if k == "p" else ctx.s["small"]
            col = ctx.s["txt"] if k == "p" else ctx.s["muted"]
            L.append(section('<div style="font-family:%s;font-size:%dpx;line-height:1.6;text-align:left;color:%s;">%s</div>' % (fnt, size, col, h_inline(b[1], ctx, ' style="color:%s"' % ctx.brand))))
        elif k == "btn":
            L.append(section('<table border="0" cellpadding="0" cellspacing="0" role="presentation" style="border-collapse:separate;line-height:100%%;"><tr><td align="center" bgcolor="%s" role="presentation" style="border:none;border-radius:3px;cursor:auto;mso-padding-alt:10px 25px;background:%s;" valign="middle"><a href="%s" style="display:inline-block;background:%s;color:#ffffff;font-family:%s;font-size:15px;font-weight:bold;line-height:120%%;margin:0;text-decoration:none;text-transform:none;padding:12px 28px;mso-padding-alt:0px;border-radius:3px;" target="_blank">%s</a></td></tr></table>'
                             % (ctx.accent, ctx.accent, attr(ctx.track(b[2])), ctx.accent, fnt, esc(b[1]))))
        elif k == "bullets":
            L.append(section('<div style="font-family:%s;font-size:15px;line-height:1.6;color:#333333;"><ul>%s</ul></div>' % (fnt, "".join("<li>%s</li>" % h_inline(x, ctx) for x in b[1]))))
        elif k == "kv":
            rows = "".join('<tr><td style="padding:4px 0;">%s</td><td style="padding:4px 0;text-align:right;">%s</td></tr>' % (esc(a), esc(v)) for a, v in b[1])
            L.append(section('<table cellpadding="0" cellspacing="0" width="100%%" border="0" style="color:#333333;font-family:%s;font-size:14px;line-height:22px;table-layout:auto;width:100%%;border:none;">%s</table>' % (fnt, rows)))
        elif k == "items":
            cols = b[2] if len(b) > 2 else 2
            L.append(section('<table width="100%%" cellpadding="0" cellspacing="0">%s</table>' % _items_table(b[1], ctx, cols, fnt, ctx.accent)))
        elif k == "hr":
            L.append(section('<p style="border-top:solid 1px #e0e0e0;font-size:1px;margin:0px auto;width:100%;"></p>'))
        elif k == "footer":
            L.append(section('<div style="font-family:%s;font-size:11px;line-height:1.5;text-align:center;color:#999999;">%s</div>' % (fnt, "<br><br>".join(h_inline(x, ctx, ' style="color:#999999"') for x in b[1])), bg=ctx.bg, pad="20px 25px"))
        elif k == "pixel":
            L.append('<img src="%s" alt="" width="1" height="1" border="0" style="height:1px !important;width:1px !important;border-width:0 !important;margin-top:0 !important;margin-bottom:0 !important;margin-right:0 !important;margin-left:0 !important;padding-top:0 !important;padding-bottom:0 !important;padding-right:0 !important;padding-left:0 !important;"/>' % attr(ctx.pixel))
        elif k == "raw_html":
            L.append(b[1])
    L.append("</body></html>")
    # MJML output is minified into few very long lines; break between elements
    return "\n".join(L).replace("><!--[if mso | IE]><table", ">\n<!--[if mso | IE]><table") + "\n"


def skin_word(blocks, ctx):
    """Outlook/Word-generated HTML (MsoNormal), as sent by an office mailbox."""
    font = ctx.spec.get("font", "Calibri,sans-serif")
    L = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
         '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">' % ctx.spec.get("html_charset", "windows-1252"),
         '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->',
         "</head>",
         '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
         '<div class="WordSection1">']
    for b in blocks:
        k = b[0]
        if k == "logo":
            L.append('<p class="MsoNormal"><a href="%s"><span style="text-decoration:none"><img border="0" width="220" height="%d" src="%s" alt="%s"></span></a><o:p></o:p></p>' % (attr(ctx.track(b[3])), b[4] if len(b) > 4 else 60, attr(b[2]), attr(b[1])))
        elif k in ("h1", "h2"):
            size = "16.0pt" if k == "h1" else "13.0pt"
            L.append('<p class="MsoNormal"><b><span style="font-size:%s;color:%s">%s<o:p></o:p></span></b></p>' % (size, ctx.brand, h_inline(b[1], ctx)))
            L.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif k in ("p", "note"):
            st = ' style="font-size:9.0pt;color:#595959"' if k == "note" else ""
            L.append('<p class="MsoNormal"><span%s>%s<o:p></o:p></span></p>' % (st, h_inline(b[1], ctx)))
            L.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif k == "btn":
            L.append('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0"><tr><td style="background:%s;padding:7.5pt 15.0pt 7.5pt 15.0pt"><p class="MsoNormal" align="center" style="text-align:center"><a href="%s"><b><span style="color:white;text-decoration:none">%s</span></b></a><o:p></o:p></p></td></tr></table>' % (ctx.accent, attr(ctx.track(b[2])), esc(b[1])))
            L.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif k == "bullets":
            for x in b[1]:
                L.append('<p class="MsoListParagraph" style="margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol">&middot;<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>%s<o:p></o:p></p>' % h_inline(x, ctx))
            L.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif k == "kv":
            rows = "\n".join('<tr><td style="padding:2.25pt 6.0pt"><p class="MsoNormal">%s<o:p></o:p></p></td><td style="padding:2.25pt 6.0pt"><p class="MsoNormal"><b>%s</b><o:p></o:p></p></td></tr>' % (esc(a), esc(v)) for a, v in b[1])
            L.append('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">\n%s\n</table>' % rows)
            L.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif k == "hr":
            L.append('<div class="MsoNormal" align="center" style="text-align:center"><hr size="2" width="100%" align="center"></div>')
        elif k == "footer":
            L.append('<div class="MsoNormal" align="center" style="text-align:center"><hr size="1" width="100%" align="center"></div>')
            for x in b[1]:
                L.append('<p class="MsoNormal"><span style="font-size:8.0pt;color:#7F7F7F">%s<o:p></o:p></span></p>' % h_inline(x, ctx))
        elif k == "pixel":
            L.append('<p class="MsoNormal"><img border="0" width="1" height="1" src="%s"><o:p></o:p></p>' % attr(ctx.pixel))
        elif k == "raw_html":
            L.append(b[1])
    L.append("</div>\n</body>\n</html>")
    return "\n".join(L) + "\n"


SKINS = {"classic": skin_classic, "modern": skin_modern, "resp": skin_resp,
         "simple": skin_simple, "mj": skin_mj, "word": skin_word}


def render_html(blocks, ctx, skin):
    return SKINS[skin](blocks, ctx)
