"""Small article files made on the spot: every format and encoding the tests need."""

import io

AFP_STORY = (
    "Syria peace talks off to rocky start\n\n"
    "Agence France-Presse\n"
    "Syria peace talks off to rocky start\n\n"
    "ASTANA, Kazakhstan (3rd UPDATE) – Syrian rebels began peace talks with the war-torn "
    "country’s government on Monday, January 23, in Kazakhstan’s capital Astana.\n\n"
    "“The first negotiation session will not be face-to-face because the government hasn’t "
    "committed until now to what it signed in the December 30 agreement,” Aridi said.\n\n"
    "A genuine transition means building confidence on the ground. –\n\n"
    "Add a comment\n\n"
    "Sort by\n\n"
    "There are no comments yet. Add your comment to start the conversation.\n"
)


def text_story(headline: str = "Rebels take the port town", city: str = "BENGHAZI") -> str:
    return (
        f"{headline}\n\n"
        f"{city}, Libya (Reuters) - Rebels took the port town on Sunday after two days of "
        "fighting, a spokesman said.\n\n"
        "The town had been held by government forces since March 3, 2011.\n"
    )


def make_docx(paragraphs: list[str], title: str = "", author: str = "") -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.core_properties.title = title
    document.core_properties.author = author
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_pdf(lines: list[str], title: str = "", *, pages: list[list[str]] = ()) -> bytes:
    """A PDF with real text (Helvetica), one page of ``lines`` or several ``pages`` of lines,
    its cross-reference table computed."""

    def literal(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    def content(page_lines: list[str]) -> str:
        shown = " ".join(f"({literal(line)}) '" for line in page_lines)
        return f"BT /F1 11 Tf 72 720 Td 14 TL {shown} ET"

    pages = list(pages) or [lines]
    first_page = 4  # after the catalog, the page tree and the font
    kids = " ".join(f"{first_page + 2 * index} 0 R" for index in range(len(pages)))
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for index, page_lines in enumerate(pages):
        stream = content(page_lines)
        objects += [
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Contents {first_page + 2 * index + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        ]
    objects.append(f"<< /Title ({literal(title)}) >>")
    output = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(output)
    output += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        output += f"{offset:010d} 00000 n \n".encode()
    output += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(output)


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56


def make_zip() -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "Talks began on Monday.")
    return buffer.getvalue()


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire: World</title><link>https://wire.example.org/</link>
<item><title>Talks open in Astana</title><link>https://wire.example.org/astana</link>
<pubDate>Mon, 23 Jan 2017 09:30:00 GMT</pubDate><author>desk@wire.example.org (Jane Roe)</author>
<description><![CDATA[<p>ASTANA (AFP) – Talks opened on Monday.</p><script>alert(1)</script>
<p onclick="x()">Rebels refused to meet face to face.</p>]]></description></item>
<item><title>Ceasefire holds</title><link>https://wire.example.org/ceasefire</link>
<pubDate>Sat, 31 Dec 2016 18:00:00 GMT</pubDate>
<description>The ceasefire brokered on December 30 held overnight, monitors said.</description>
</item>
<item><title>Empty entry</title><link>https://wire.example.org/empty</link>
<description></description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><id>urn:example</id>
<updated>2017-01-24T00:00:00Z</updated>
<entry><title>Second day of talks</title><link href="https://atom.example.org/day-two"/>
<id>urn:example:1</id><updated>2017-01-24T08:00:00Z</updated><published>2017-01-24T07:00:00Z</published>
<content type="html">&lt;p&gt;Talks resumed on Tuesday in Astana.&lt;/p&gt;</content></entry>
</feed>
"""
