import base64

import pytest

from luukku.channels.mail_parsing import (
    MailParseError,
    html_to_text,
    mail_parse,
    sanitise_html,
    strip_quoted_reply,
)


def raw(*lines: str, encoding: str = "utf-8") -> bytes:
    return "\r\n".join(lines).encode(encoding)


def test_plain_utf8_quoted_printable_with_encoded_headers():
    parsed = mail_parse(
        raw(
            "From: =?utf-8?q?Maija_Meik=C3=A4l=C3=A4inen?= <Maija@Example.FI>",
            "To: asiakaspalvelu@vuoksela.example",
            "Subject: =?utf-8?q?Katuvalot_pime=C3=A4n=C3=A4?=",
            "Message-ID: <abc123@example.fi>",
            "Date: Fri, 20 Nov 2026 08:15:00 +0200",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Koskikadun valot ovat pime=C3=A4n=C3=A4.",
        )
    )
    assert (parsed.sender, parsed.sender_name) == ("maija@example.fi", "Maija Meikäläinen")
    assert parsed.subject == "Katuvalot pimeänä"
    assert parsed.text == "Koskikadun valot ovat pimeänä."
    assert parsed.message_id == "abc123@example.fi"
    assert parsed.recipients == ("asiakaspalvelu@vuoksela.example",)
    assert parsed.sent_at.isoformat() == "2026-11-20T08:15:00+02:00"
    assert not parsed.auto_submitted and not parsed.bounce


@pytest.mark.parametrize(
    ("charset", "text"),
    [
        ("iso-8859-1", "Hyvää päivää, öljy on €5"),  # euro is Windows-1252 in practice
        ("iso-8859-15", "Hyvää päivää, öljy on €5"),
        ("windows-1252", "“Lainausmerkit” – ja öljy"),
        ("utf-8", "Åbo ja Jyväskylä"),
    ],
)
def test_finnish_mail_in_the_charsets_it_arrives_in(charset, text):
    encoding = "cp1252" if charset == "iso-8859-1" else charset
    parsed = mail_parse(
        raw(
            "From: a@example.fi",
            "Subject: x",
            "MIME-Version: 1.0",
            f"Content-Type: text/plain; charset={charset}",
            "Content-Transfer-Encoding: 8bit",
            "",
            text,
            encoding=encoding,
        )
    )
    assert parsed.text == text


def test_unknown_charset_is_read_rather_than_rejected():
    parsed = mail_parse(
        raw(
            "From: a@example.fi",
            "Subject: x",
            "Content-Type: text/plain; charset=x-klingon",
            "",
            "Hei",
        )
    )
    assert parsed.text == "Hei"


def test_nul_characters_are_dropped_from_the_text():
    # A NUL cannot be stored in PostgreSQL's text; a sender's broken client may send one.
    parsed = mail_parse(raw("From: a@example.fi", "Subject: Valo\x00", "", "Katuvalo\x00 ei pala"))
    assert parsed.text == "Katuvalo ei pala" and parsed.subject == "Valo"


def test_html_only_mail_is_sanitised_and_turned_into_text():
    markup = (
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        "<p>Hei,</p><p>Puiston keinu on <b>rikki</b> &amp; vaarallinen.</p>"
        '<img src="https://tracker.example/pixel.gif" onerror="x()">'
        '<a href="javascript:alert(1)">klik</a></body></html>'
    )
    parsed = mail_parse(
        raw(
            "From: a@example.fi",
            "Subject: Keinu",
            "MIME-Version: 1.0",
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
            base64.b64encode(markup.encode()).decode(),
        )
    )
    assert parsed.text == "Hei,\nPuiston keinu on rikki & vaarallinen.\nklik"
    for unsafe in ("<script", "onerror", "javascript:", "<img", "<style"):
        assert unsafe not in parsed.html
    assert "<b>rikki</b>" in parsed.html


def test_alternative_prefers_plain_text_and_keeps_attachments():
    boundary, inner = "OUTER", "INNER"
    parsed = mail_parse(
        raw(
            "From: a@example.fi",
            "Subject: Kuva",
            "MIME-Version: 1.0",
            f'Content-Type: multipart/mixed; boundary="{boundary}"',
            "",
            f"--{boundary}",
            f'Content-Type: multipart/alternative; boundary="{inner}"',
            "",
            f"--{inner}",
            "Content-Type: text/plain; charset=utf-8",
            "",
            "Tekstiversio",
            f"--{inner}",
            "Content-Type: text/html; charset=utf-8",
            "",
            "<p>HTML-versio</p>",
            f"--{inner}--",
            f"--{boundary}",
            "Content-Type: image/jpeg",
            "Content-Disposition: attachment;"
            ' filename="=?utf-8?q?kuoppa_p=C3=A4iv=C3=A4ll=C3=A4.jpg?="',
            "Content-Transfer-Encoding: base64",
            "",
            base64.b64encode(b"\xff\xd8\xffJPEG").decode(),
            f"--{boundary}--",
        )
    )
    assert parsed.text == "Tekstiversio"
    assert "HTML-versio" in parsed.html
    [attachment] = parsed.attachments
    assert (attachment.filename, attachment.content_type, attachment.content) == (
        "kuoppa päivällä.jpg",
        "image/jpeg",
        b"\xff\xd8\xffJPEG",
    )


def test_threading_headers_are_read():
    parsed = mail_parse(
        raw(
            "From: a@example.fi",
            "Subject: Re: Katuvalo [LK-2026-004217]",
            "In-Reply-To: <reply-1@vuoksela.example>",
            "References: <first@example.fi> <reply-1@vuoksela.example>",
            "",
            "Kiitos",
        )
    )
    assert parsed.in_reply_to == "reply-1@vuoksela.example"
    assert parsed.references == ("first@example.fi", "reply-1@vuoksela.example")


def test_missing_message_id_gets_a_stable_content_hash():
    message = raw("From: a@example.fi", "Subject: x", "", "sama viesti")
    first, second = mail_parse(message), mail_parse(message)
    assert first.message_id == second.message_id
    assert first.message_id.startswith("sha256:")
    assert mail_parse(message + b"!").message_id != first.message_id


@pytest.mark.parametrize(
    "header",
    [
        "Auto-Submitted: auto-replied",
        "Precedence: bulk",
        "Precedence: list",
        "List-Id: <uutiset.example.fi>",
        "X-Auto-Response-Suppress: All",
    ],
)
def test_automatic_mail_is_recognised(header):
    parsed = mail_parse(raw("From: a@example.fi", "Subject: Poissa", header, "", "Olen lomalla."))
    assert parsed.auto_submitted


@pytest.mark.parametrize(
    "sender", ["MAILER-DAEMON@mx.example.fi", "noreply@palvelu.example", "postmaster@x.fi"]
)
def test_system_senders_are_automatic(sender):
    assert mail_parse(raw(f"From: {sender}", "Subject: x", "", "x")).auto_submitted


def test_human_mail_with_auto_submitted_no_is_not_automatic():
    assert not mail_parse(raw("From: a@example.fi", "Auto-Submitted: no", "", "x")).auto_submitted


def test_delivery_status_notification_names_the_failed_address_and_original():
    parsed = mail_parse(
        raw(
            "From: Mail Delivery System <MAILER-DAEMON@mx.vuoksela.example>",
            "To: asiakaspalvelu@vuoksela.example",
            "Subject: Undelivered Mail Returned to Sender",
            "MIME-Version: 1.0",
            'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
            "",
            "--B",
            "Content-Type: text/plain",
            "",
            "The mail could not be delivered.",
            "--B",
            "Content-Type: message/delivery-status",
            "",
            "Reporting-MTA: dns; mx.vuoksela.example",
            "",
            "Final-Recipient: rfc822; Maija@Example.fi",
            "Action: failed",
            "Status: 5.1.1",
            "",
            "--B",
            "Content-Type: text/rfc822-headers",
            "",
            "From: asiakaspalvelu@vuoksela.example",
            "To: maija@example.fi",
            "Message-ID: <reply-42@vuoksela.example>",
            "Subject: Re: Katuvalo [LK-2026-004217]",
            "",
            "--B--",
        )
    )
    assert parsed.bounce and parsed.auto_submitted
    assert parsed.bounced_recipients == ("maija@example.fi",)
    assert parsed.bounced_message_id == "reply-42@vuoksela.example"
    assert parsed.attachments == ()


@pytest.mark.parametrize(
    "message",
    [
        b"",
        b"   \r\n",
        b"Subject: no sender\r\n\r\nbody",
        b"From: not an address\r\n\r\nbody",
    ],
)
def test_unreadable_messages_raise_for_quarantine(message):
    with pytest.raises(MailParseError):
        mail_parse(message)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kiitos!\n\nOn Fri, 20 Nov 2026 Asiakaspalvelu wrote:\n> Vanha viesti", "Kiitos!"),
        ("Kiitos!\n\npe 20.11.2026 klo 10.00 Asiakaspalvelu kirjoitti:\n> Vanha", "Kiitos!"),
        ("Tack!\n\nDen 20 nov. 2026 skrev Kundservice:\n> Gammalt", "Tack!"),
        ("Selvä.\n\n-----Alkuperäinen viesti-----\nLähettäjä: x\nVanha", "Selvä."),
        ("Selvä.\n\nLähettäjä: Asiakaspalvelu <a@x.fi>\nLähetetty: 20.11.2026", "Selvä."),
        ("Uusi rivi\n> lainaus\n> toinen", "Uusi rivi"),
        (
            "> vastaan alla\n> lainaus\nMinun vastaukseni",
            "> vastaan alla\n> lainaus\nMinun vastaukseni",
        ),
        ("> vain lainausta", "> vain lainausta"),
    ],
)
def test_quoted_reply_is_stripped_for_the_timeline(text, expected):
    assert strip_quoted_reply(text) == expected


def test_html_helpers_are_safe_on_hostile_input():
    assert sanitise_html('<p onclick="x()">a</p><iframe src="x"></iframe>') == "<p>a</p>"
    assert html_to_text("<div>a</div><div>b<br>c</div>") == "a\nb\nc"
