"""Mailing-list footers are cut from the classifier's text: they teach the list, not the message."""

from __future__ import annotations

from mailwarden.classifier.features import tokens
from mailwarden.classifier.listfooter import strip_list_footer, strip_list_tag
from mailwarden.message import parse_message

SF_FOOTER = (
    "\n-------------------------------------------------------\n"
    "This sf.net email is sponsored by:ThinkGeek\nWelcome to geek heaven.\nhttp://thinkgeek.com/sf\n"
    "_______________________________________________\nSpamassassin-talk mailing list\n"
    "Spamassassin-talk@lists.sourceforge.net\nhttps://lists.sourceforge.net/lists/listinfo/spamassassin-talk\n\n"
)
ILUG_FOOTER = (
    "\n\n-- \nIrish Linux Users' Group: ilug@linux.ie\n"
    "http://www.linux.ie/mailman/listinfo/ilug for (un)subscription information.\n"
    "List maintainer: listmaster@linux.ie\n"
)


def test_mailman_sourceforge_and_bare_listinfo_footers_are_cut() -> None:
    body = "I have a business proposal for you.\nSend your bank details.\n\nBarrister Dave"
    assert strip_list_footer(body + SF_FOOTER) == body
    assert strip_list_footer(body + ILUG_FOOTER) == body
    assert strip_list_footer(body + "\nhttp://xent.com/mailman/listinfo/fork\n\n\n") == body


def test_text_without_a_list_footer_is_kept_whole() -> None:
    signed = "The build passes now.\n\n-- \nTim Smith\nRelease engineering\n"
    assert strip_list_footer(signed) == signed
    # A sender's own footer is the sender's evidence, not the list's.
    newsletter = (
        "Huge savings this week!\n-----------------------\nYou are on our mailing list because you "
        "asked. To unsubscribe reply with REMOVE.\n"
    )
    assert strip_list_footer(newsletter) == newsletter
    # A listinfo link in the letter itself, far from its end, stays.
    early = "Subscribe at http://lists.example.org/mailman/listinfo/dev please.\n" + "More text here.\n" * 80
    assert strip_list_footer(early) == early


def test_a_relayed_message_has_the_tokens_of_the_message_alone() -> None:
    head = "From: Dave <dave@writeme.example>\r\nTo: ilug@linux.ie\r\nSubject: DEAL\r\n\r\n"
    letter = "I am anxiously waiting to hear your consent.\r\nThanking you, Dave Framo.\r\n"
    relayed = tokens(parse_message((head + letter + ILUG_FOOTER.replace("\n", "\r\n")).encode()))
    alone = tokens(parse_message((head + letter).encode()))
    assert relayed == alone
    assert "maintainer" not in relayed and "anxiously" in relayed


def test_a_list_subject_tag_is_cut_after_reply_prefixes() -> None:
    assert strip_list_tag("[ILUG] DEAL") == "DEAL"
    assert strip_list_tag("Re: [SAtalk] rule scores") == "Re: rule scores"
    assert strip_list_tag("Fwd: RE: [dcms-dev] MY INHERITANCE") == "Fwd: RE: MY INHERITANCE"
    # Only the first tag, only at the start: "[ADV]" later in a subject is the sender's own word.
    assert strip_list_tag("[ILUG] [ADV] cheap toner") == "[ADV] cheap toner"
    assert strip_list_tag("cheap toner [ADV]") == "cheap toner [ADV]"


def test_the_subject_tag_is_cut_only_from_mail_a_list_relayed() -> None:
    body = "I am anxiously waiting to hear your consent.\r\n"
    listed = "From: Dave <dave@writeme.example>\r\nTo: ilug@linux.ie\r\nList-Id: <ilug.linux.ie>\r\n"
    relayed = tokens(parse_message(f"{listed}Subject: [ILUG] DEAL\r\n\r\n{body}".encode()))
    direct = tokens(parse_message(f"{listed}Subject: DEAL\r\n\r\n{body}".encode()))
    assert relayed == direct and "s:ilug" not in relayed
    # Without a list header the bracket is the sender's: "[SPAM]" or "[ADV]" in a subject stays a feature.
    unlisted = "From: Dave <dave@writeme.example>\r\nTo: ilug@linux.ie\r\n"
    own = tokens(parse_message(f"{unlisted}Subject: [ADV] DEAL\r\n\r\n{body}".encode()))
    assert "s:adv" in own
