"""Ways out of the app (§4 step 5): links that open a mail app or webmail with
the email filled in, the `.eml` file that mail apps open as an unsent message,
and the address every one of them carries. Every `mailto:` the app shows is
built here.

Addresses go out with their domain in IDNA 2008 (the `idna` package, with the
UTS #46 mapping browsers use). Python's own "idna" codec is IDNA 2003, which
turns "ß.de" into "ss.de" (someone else's domain) and lets a soft hyphen
vanish into an empty label; an address that cannot be written in IDNA 2008 is
refused (`AddressError`), never handed on half-made.
"""

import dataclasses
import datetime as dt
import re
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import quote, urlencode, urlsplit

import idna
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify

from declines.composer import ComposedEmail
from declines.models import Draft, Offer, TemplateKind

# Mail apps and browsers cut or refuse longer mailto: links (Outlook desktop is
# the strictest, at about 2,000 characters), so past this we say so instead.
MAILTO_LIMIT = 1800
# Webmail compose links travel as a GET request; servers refuse very long ones.
WEB_COMPOSE_LIMIT = 8000
# A connection note is written on LinkedIn itself: there is no link that fills it in.
LINKEDIN_URL = "https://www.linkedin.com/"

# The part before "@" as RFC 5322's dot-atom: what every mail app takes as it is.
LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\Z")
LOCAL_PART_MAX = 64


class AddressError(ValueError):
    """An email address that cannot be written into a mail header or link; the message says why."""


def encode_address(address: str) -> str:
    """`address` as mail headers and links carry it: the domain in IDNA 2008
    ("a@ß.de" → "a@xn--zca.de"), lowercased as UTS #46 maps it."""
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        raise AddressError("Enter the whole address, with a name before the @ and a domain after it.")
    if len(local) > LOCAL_PART_MAX:
        raise AddressError(
            f"The part before the @ is {len(local)} characters long, and mail allows at most "
            f"{LOCAL_PART_MAX}. Check the address for a typing mistake."
        )
    if not LOCAL_PART.match(local):
        raise AddressError(
            "The part before the @ has characters mail apps cannot send: "
            "use letters, digits, and . _ + - without spaces."
        )
    try:
        if domain.endswith("."):
            raise idna.IDNAError("trailing dot")
        ascii_domain = idna.encode(domain, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError) as error:
        raise AddressError(
            "The part after the @ is not a domain mail can be sent to. "
            "Check it for a typing mistake or a character that does not belong."
        ) from error
    return f"{local}@{ascii_domain}"


def usable_address(address: str) -> str:
    """The encoded address, or "" when there is none or it cannot be encoded,
    so that a link or header goes out without a recipient rather than a wrong one."""
    try:
        return encode_address(address) if address else ""
    except AddressError:
        return ""


def mailto(to: str = "", *, subject: str = "", body: str = "") -> str:
    """A mailto: link per RFC 6068: the address percent-encoded (so "?" or "&"
    in it cannot start a header of its own), "%20" for spaces (never "+", which
    mail apps show literally) and CRLF line breaks. "" for an address that
    cannot be used and nothing else to send."""
    address = usable_address(to)
    headers = []
    if subject:
        headers.append(f"subject={quote(subject, safe='')}")
    if body:
        crlf = body.replace("\r\n", "\n").replace("\n", "\r\n")
        headers.append(f"body={quote(crlf, safe='')}")
    if not address and not headers:
        return ""
    return f"mailto:{quote(address, safe='@')}" + (f"?{'&'.join(headers)}" if headers else "")


@dataclasses.dataclass(frozen=True)
class MailLinks:
    """The compose links for one email; a link too long for its app is None."""

    mailto: str | None
    mailto_length: int
    gmail: str | None
    outlook: str | None
    mailto_limit: int = MAILTO_LIMIT


def mail_links(*, to: str, subject: str, body: str) -> MailLinks:
    address = usable_address(to)
    link = mailto(to, subject=subject, body=body)
    gmail = "https://mail.google.com/mail/?" + urlencode(
        {"view": "cm", "fs": "1", "to": address, "su": subject, "body": body}, quote_via=quote
    )
    outlook = "https://outlook.office.com/mail/deeplink/compose?" + urlencode(
        {"to": address, "subject": subject, "body": body}, quote_via=quote
    )
    return MailLinks(
        mailto=link if len(link) <= MAILTO_LIMIT else None,
        mailto_length=len(link),
        gmail=gmail if len(gmail) <= WEB_COMPOSE_LIMIT else None,
        outlook=outlook if len(outlook) <= WEB_COMPOSE_LIMIT else None,
    )


def _header_address(name: str, address: str) -> Address | None:
    encoded = usable_address(address)
    if not encoded:
        return None
    local, _, domain = encoded.rpartition("@")
    # Header values must be one line.
    return Address(display_name=" ".join(name.split()), username=local, domain=domain)


def recipient(offer: Offer) -> str:
    """The contact as the To line shows them: "Priya Lee <priya@example.com>"."""
    address = _header_address(offer.contact_name, offer.contact_email)
    return str(address) if address else ""


def _message_id_domain() -> str:
    host = urlsplit(settings.SITE_URL).hostname or "localhost"
    return usable_address(f"x@{host}").rpartition("@")[2] or "localhost"


def eml(
    *,
    email: ComposedEmail,
    to_name: str = "",
    to_address: str = "",
    from_name: str = "",
    from_address: str = "",
    date: dt.datetime | None = None,
) -> bytes:
    """An unsent message (X-Unsent: 1) with a plain-text and an HTML part, dated
    and with a Message-ID, that Outlook, Apple Mail and Thunderbird open ready
    to send. Names go in as UTF-8 encoded words; an address that cannot be
    encoded is left out rather than written malformed."""
    message = EmailMessage(policy=policy.SMTP)
    if to := _header_address(to_name, to_address):
        message["To"] = to
    if sender := _header_address(from_name, from_address):
        message["From"] = sender
    message["Subject"] = email.subject
    message["Date"] = format_datetime(timezone.localtime(date or timezone.now()))
    message["Message-ID"] = make_msgid(domain=_message_id_domain())
    message["X-Unsent"] = "1"
    message.set_content(email.text)
    message.add_alternative(render_to_string("declines/emails/email.html", {"email": email}), subtype="html")
    # Headers are written unfolded (up to RFC 5322's 998 characters): Python's
    # folder drops the space between two encoded words, so "Café Zoë" would
    # reach the mail app as "CaféZoë". The parts keep their 76-character lines.
    return message.as_bytes(policy=policy.SMTP.clone(max_line_length=998))


def eml_name(draft: Draft) -> str:
    """ "decline-northwind-analytics.eml": what it is, and for whom."""
    return f"{draft.kind.replace('_', '-')}-{slugify(draft.offer.company) or 'offer'}.eml"


@dataclasses.dataclass(frozen=True)
class WaysToSend:
    """Everything the "ways to send" panel shows for one saved draft."""

    draft: Draft
    email: ComposedEmail
    recipient: str
    links: MailLinks | None  # None for a LinkedIn note, which no mail app sends
    eml_name: str
    linkedin_url: str = LINKEDIN_URL

    @property
    def is_note(self) -> bool:
        return self.links is None


def ways_to_send(*, draft: Draft, email: ComposedEmail) -> WaysToSend:
    """The hand-offs for `email`, the draft as saved and composed for its offer."""
    offer = draft.offer
    is_note = draft.kind == TemplateKind.LINKEDIN_NOTE
    return WaysToSend(
        draft=draft,
        email=email,
        recipient=offer.contact_name if is_note else recipient(offer),
        links=None if is_note else mail_links(to=offer.contact_email, subject=email.subject, body=email.text),
        eml_name=eml_name(draft),
    )
