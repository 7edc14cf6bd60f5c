"""Reading an e-mail as the service centre needs it: who wrote, about what, in which
thread, what they said (without the quoted history), what they attached, and whether a
machine wrote it. Parsing is the standard library's `email` with `policy.default`;
HTML is sanitised with nh3. Pure functions: nothing here touches the database."""

import datetime as dt
import hashlib
import html
import re
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr

import nh3

# Safe HTML kept for display on the case page; everything else is dropped.
ALLOWED_TAGS = {
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "div",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "span",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
BLOCK_END = re.compile(r"</(p|div|li|tr|h[1-6]|blockquote|pre|table)\s*>|<br\s*/?>", re.I)
AUTOMATIC_SENDERS = re.compile(r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)@", re.I)
REPLY_HEADER = re.compile(
    r"^\s*("
    r"On .+ wrote:|.+ kirjoitti:?|Den .+ skrev.*:|.+ skrev:"
    r"|-{2,}\s*(Original Message|Alkuperäinen viesti|Ursprungligt meddelande)\s*-{2,}"
    r"|(From|Lähettäjä|Från):\s.+"
    r")\s*$",
    re.I,
)
# Mail that says ISO-8859-1 is in practice Windows-1252 (as the WHATWG encoding standard
# says): decoding it so keeps the euro sign and typographic quotes.
CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
}


class MailParseError(ValueError):
    """The message cannot be read as mail; it is kept raw in quarantine, never dropped."""


@dataclass(frozen=True)
class MailAttachment:
    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True)
class ParsedMail:
    message_id: str
    subject: str
    sender: str
    sender_name: str
    recipients: tuple[str, ...]
    sent_at: dt.datetime | None
    text: str
    html: str
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    attachments: tuple[MailAttachment, ...] = ()
    auto_submitted: bool = False
    bounce: bool = False
    bounced_recipients: tuple[str, ...] = ()
    bounced_message_id: str = ""

    @property
    def reply_text(self) -> str:
        return strip_quoted_reply(self.text)


def _message_ids(value: str | None) -> tuple[str, ...]:
    return tuple(re.findall(r"<([^<>\s]+)>", value or ""))


def _decode(part: EmailMessage) -> str:
    """The part's text, without NUL characters (which no database stores)."""
    payload = part.get_payload(decode=True) or b""
    charset = (part.get_content_charset() or "utf-8").lower()
    charset = CHARSET_ALIASES.get(charset, charset)
    try:
        text = payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        try:
            text = payload.decode("utf-8")
        except UnicodeDecodeError:
            text = payload.decode("cp1252", errors="replace")
    return text.replace("\x00", "")


def html_to_text(markup: str) -> str:
    """Readable plain text from HTML: block ends become line breaks, all tags go."""
    text = BLOCK_END.sub("\n", markup)
    text = html.unescape(
        nh3.clean(text, tags=set(), clean_content_tags={"script", "style", "head", "title"})
    )
    lines = [line.strip() for line in text.replace("\xa0", " ").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def sanitise_html(markup: str) -> str:
    return nh3.clean(markup, tags=ALLOWED_TAGS, link_rel="noopener noreferrer nofollow")


def strip_quoted_reply(text: str) -> str:
    """The new part of a reply: cut at the first reply header or trailing quoted block."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if REPLY_HEADER.match(line) and index > 0:
            lines = lines[:index]
            break
    while lines and (lines[-1].startswith(">") or not lines[-1].strip()):
        lines.pop()
    result = "\n".join(lines).strip()
    return result or text.strip()


def _bounce_details(message: EmailMessage) -> tuple[tuple[str, ...], str]:
    recipients: list[str] = []
    original_id = ""
    for part in message.walk():
        content_type = part.get_content_type()
        if content_type == "message/delivery-status":
            for block in part.get_payload():
                action = (block.get("Action") or "").strip().lower()
                final = block.get("Final-Recipient") or block.get("Original-Recipient") or ""
                address = final.split(";", 1)[-1].strip().lower()
                if address and action in {"failed", ""}:
                    recipients.append(address)
        elif content_type in {"message/rfc822", "text/rfc822-headers"}:
            inner = part.get_payload()
            if isinstance(inner, list) and inner:
                original = inner[0]
            else:
                original = message_from_bytes(
                    part.get_payload(decode=True) or b"", policy=policy.default
                )
            ids = _message_ids(str(original.get("Message-ID", "")))
            original_id = original_id or (ids[0] if ids else "")
    return tuple(dict.fromkeys(recipients)), original_id


def mail_parse(raw: bytes) -> ParsedMail:
    """Parse one raw RFC 5322 message. Raises MailParseError when it has no readable sender."""
    message, headers = _headers_read(raw)
    ids = _message_ids(str(message.get("Message-ID", "")))
    text, markup = _bodies_read(message)
    report = message.get_content_type() == "multipart/report" and (
        message.get_param("report-type") == "delivery-status"
    )
    bounced, bounced_id = _bounce_details(message) if report else ((), "")
    return ParsedMail(
        **headers,
        message_id=ids[0] if ids else "sha256:" + hashlib.sha256(raw).hexdigest(),
        text=text.strip(),
        html=sanitise_html(markup) if markup else "",
        in_reply_to=(_message_ids(str(message.get("In-Reply-To", ""))) or ("",))[0],
        references=_message_ids(str(message.get("References", ""))),
        attachments=() if report else _attachments_read(message),
        auto_submitted=report or _is_automatic(message, headers["sender"]),
        bounce=report,
        bounced_recipients=bounced,
        bounced_message_id=bounced_id,
    )


def _headers_read(raw: bytes) -> tuple[EmailMessage, dict]:
    """The message and who sent it to whom, when and about what; MailParseError when the headers
    cannot be read or name no sender address."""
    if not raw or not raw.strip():
        raise MailParseError("empty message")
    try:
        message: EmailMessage = message_from_bytes(raw, policy=policy.default)
        sender_name, sender = parseaddr(str(message.get("From", "")))
        subject = str(message.get("Subject", "")).replace("\x00", "").strip()
        recipients = tuple(
            address.lower()
            for _name, address in getaddresses(
                [str(value) for value in message.get_all("To", []) + message.get_all("Cc", [])]
            )
            if address
        )
        date_header = message.get("Date")
        sent_at = date_header.datetime if date_header is not None and date_header.datetime else None
    except Exception as error:
        raise MailParseError(f"unreadable headers: {error}") from error
    if "@" not in sender:
        raise MailParseError("no sender address")
    return message, {
        "subject": subject,
        "sender": sender.lower(),
        "sender_name": sender_name,
        "recipients": recipients,
        "sent_at": sent_at,
    }


def _bodies_read(message: EmailMessage) -> tuple[str, str]:
    """The text (the plain part, or the HTML part's text) and the HTML markup, if any."""
    body_part = message.get_body(preferencelist=("plain", "html"))
    html_part = message.get_body(preferencelist=("html",))
    markup = _decode(html_part) if html_part is not None else ""
    if body_part is not None and body_part.get_content_type() == "text/plain":
        return _decode(body_part), markup
    return html_to_text(markup), markup


def _attachments_read(message: EmailMessage) -> tuple[MailAttachment, ...]:
    attachments = []
    for part in message.iter_attachments():
        if part.get_content_maintype() == "multipart":
            continue
        content = part.get_payload(decode=True)
        if content is None:
            continue
        attachments.append(
            MailAttachment(
                filename=part.get_filename() or f"attachment-{len(attachments) + 1}",
                content_type=part.get_content_type(),
                content=content,
            )
        )
    return tuple(attachments)


def _is_automatic(message: EmailMessage, sender: str) -> bool:
    """Sent by a machine (an auto-reply, a list, a bulk mailing): never answered automatically."""
    auto = str(message.get("Auto-Submitted", "no")).strip().lower()
    precedence = str(message.get("Precedence", "")).strip().lower()
    suppress = str(message.get("X-Auto-Response-Suppress", "")).lower()
    return (
        auto != "no"
        or precedence in {"bulk", "list", "junk"}
        or message.get("List-Id") is not None
        or "all" in suppress
        or "autoreply" in suppress
        or bool(AUTOMATIC_SENDERS.match(sender))
    )
