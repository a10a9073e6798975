"""URL extraction from text and HTML, normalisation, HTML to text."""

from __future__ import annotations

import pytest

from mailwarden.message.html import extract_html_urls, html_to_text
from mailwarden.message.urls import UrlCollector, normalise_url, text_urls


@pytest.mark.parametrize(
    ("raw", "url", "host"),
    [
        ("HTTPS://Example.COM/Path?q=1", "https://example.com/Path?q=1", "example.com"),
        ("https://bank.vn@evil.com/", "https://bank.vn@evil.com/", "evil.com"),
        ("https://user:pw@a.example@b.example:8443/x", "https://user:pw@a.example@b.example:8443/x", "b.example"),
        ("http://bücher.de/", "http://xn--bcher-kva.de/", "xn--bcher-kva.de"),
        ("http://xn--bcher-kva.de", "http://xn--bcher-kva.de/", "xn--bcher-kva.de"),
        ("www.example.org/a", "http://www.example.org/a", "www.example.org"),
        ("//cdn.example/x.js", "http://cdn.example/x.js", "cdn.example"),
        ("https:\\\\evil.example\\path", "https://evil.example/path", "evil.example"),
        ("http://%65vil.example/", "http://evil.example/", "evil.example"),
        ("http://[2001:db8::1]:80/", "http://[2001:db8::1]:80/", "2001:db8::1"),
        ("http://example.com./", "http://example.com/", "example.com"),
    ],
)
def test_normalise_url(raw: str, url: str, host: str) -> None:
    got = normalise_url(raw, "text")
    assert got is not None
    assert (got.url, got.host) == (url, host)


@pytest.mark.parametrize("raw", ["mailto:a@b.example", "javascript:alert(1)", "data:text/html,x", "http://", "cid:x"])
def test_normalise_url_rejects(raw: str) -> None:
    assert normalise_url(raw, "text") is None


def test_text_urls_trims_punctuation() -> None:
    text = "See (https://a.example/x_(y)) and https://b.example/p?q=1. Or www.c.example, ok"
    assert list(text_urls(text)) == ["https://a.example/x_(y)", "https://b.example/p?q=1", "www.c.example"]


def test_collector_dedupes_and_caps() -> None:
    urls = UrlCollector(limit=3)
    urls.add_text("http://a.example http://a.example http://b.example http://c.example http://d.example", "text")
    assert [u.host for u in urls.urls] == ["a.example", "b.example", "c.example"]
    assert urls.full


def test_collector_bounded_on_junk() -> None:
    urls = UrlCollector(limit=10)
    urls.add_text(" ".join(f"http://:{i}/" for i in range(10_000)), "text")
    assert urls.full


def test_extract_html_urls_sources() -> None:
    html = """<html><head><meta http-equiv="Refresh" content="0; URL='https://r.example/go'">
    <style>body{background:url("https://css.example/bg.png")}</style></head><body>
    <a href="https://real.example/">https://paypal.com</a>
    <img src="http://img.example/t.gif"><iframe src="//frame.example/"></iframe>
    <form action="https://post.example/collect"></form><a href="#top">top</a>
    <a href="mailto:x@y.example">mail</a></body></html>"""
    got = [(u.host, u.source, u.anchor_text) for u in extract_html_urls(html)]
    assert got == [
        ("real.example", "html", "https://paypal.com"),
        ("img.example", "html-src", None),
        ("frame.example", "html-src", None),
        ("post.example", "html-form", None),
        ("r.example", "html-meta", None),
        ("css.example", "html-css", None),
    ]
    assert {u.source for u in extract_html_urls(html, source="attachment")} == {"attachment"}
    assert len(extract_html_urls(html, limit=2)) == 2


def test_html_to_text() -> None:
    html = "<html><head><title>T</title><style>p{}</style></head><body><p>Hello <b>world</b></p>"
    html += "<script>evil()</script><div>Click <a href='http://x'>here</a>&nbsp;now</div></body></html>"
    text = html_to_text(html)
    assert "Hello world" in text and "Click here now" in text
    assert "evil" not in text and "p{}" not in text
    assert text.index("Hello") < text.index("Click") and "\n" in text
    assert html_to_text("") == ""
    assert html_to_text("no tags at all") == "no tags at all"


def test_text_urls_in_chinese_and_vietnamese_text() -> None:
    """Chinese puts no space around a link: the link starts right after the text and its host ends at
    punctuation or at the text after an ASCII top-level label."""
    assert list(text_urls("请点击http://evil.example/login登录")) == ["http://evil.example/login登录"]
    assert list(text_urls("访问www.example.com了解更多")) == ["www.example.com"]
    assert list(text_urls("(www.12306.cn)成功购买了1张车票,票款共计185.00元")) == ["www.12306.cn"]
    assert list(text_urls("详见www.12306.cn，谢谢")) == ["www.12306.cn"]
    assert list(text_urls("https://evil.example,bank.vn/")) == ["https://evil.example"]
    # An IDN host in Chinese, and userinfo tricks, stay whole.
    assert list(text_urls("http://例子.测试/路径 x")) == ["http://例子.测试/路径"]
    assert list(text_urls("https://bank.vn@evil.example/x")) == ["https://bank.vn@evil.example/x"]
    # Not inside a longer ASCII word.
    assert list(text_urls("xhttp://a.example awww.example.com")) == []


def test_a_link_that_auto_linking_ran_into_chinese_text() -> None:
    """Some mailers' auto-linking puts the Chinese sentence after a URL into the href: the host ends at the
    full-width bracket, not as a mixed-script IDN (which the phishing checks would score)."""
    html = '<a href="https://www.chinatax.gov.cn）办理，税务部门不会通过邮件发送退税链接；">https://www.chinatax.gov.cn）</a>'
    assert [u.host for u in extract_html_urls(html)] == ["www.chinatax.gov.cn"]
    # An IDN and a URL with userinfo are left as they are; ASCII punctuation in an href is not cut.
    idn = normalise_url("http://例子.测试/", "html")
    assert idn is not None and idn.host == "xn--fsqu00a.xn--0zwm56d"
    userinfo = normalise_url("https://bank.vn）@evil.example/", "html")
    assert userinfo is not None and userinfo.host == "evil.example"
