"""A small PDF writer for transcripts: A4 pages of wrapped text in the standard Helvetica
fonts (no font files, no extra package). Characters outside Windows-1252 become "?"."""
from __future__ import annotations

import zlib
from typing import List, Sequence, Tuple

PAGE_W, PAGE_H = 595.0, 842.0   # A4 in points
MARGIN = 50.0
FOOTER = "Confidential: safeguarding record. Do not share outside the safeguarding team."

# style -> (font resource, size, gap before, RGB, indent)
STYLES = {
    "title": ("F2", 15, 4, (0, 0, 0), 0),
    "heading": ("F2", 12, 10, (0, 0, 0), 0),
    "normal": ("F1", 10, 2, (0, 0, 0), 0),
    "small": ("F1", 8, 0, (0.35, 0.35, 0.35), 12),
    "user": ("F2", 10, 6, (0.05, 0.2, 0.45), 0),
    "bot": ("F1", 10, 1, (0, 0, 0), 12),
    "alert": ("F2", 10, 6, (0.7, 0, 0), 0),
}

# Helvetica advance widths (1/1000 em) for printable ASCII, from the standard AFM metrics.
_WIDTHS = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  # space to /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  # 0 to ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  # @ to O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  # P to _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  # ` to o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,       # p to ~
]


def text_width(text: str, size: float, bold: bool = False) -> float:
    total = sum(_WIDTHS[ord(ch) - 32] if 32 <= ord(ch) < 127 else 600 for ch in text)
    return total * size / 1000 * (1.07 if bold else 1.0)


def wrap(text: str, size: float, width: float, bold: bool = False) -> List[str]:
    lines: List[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, size, bold) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            while text_width(word, size, bold) > width:  # a very long word: cut it
                cut = max(1, int(len(word) * width / text_width(word, size, bold)) - 1)
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


def _escape(text: str) -> bytes:
    raw = text.replace("\u2022", "-").replace("\u2019", "'").replace("\u2018", "'") \
        .replace("\u201c", '"').replace("\u201d", '"').replace("\u2014", "-").replace("\u2013", "-")
    data = raw.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def render(lines: Sequence[Tuple[str, str]], title: str = "Transcript") -> bytes:
    """PDF bytes for (style, text) lines."""
    pages: List[bytes] = []
    body: List[bytes] = []
    y = PAGE_H - MARGIN
    usable = PAGE_W - 2 * MARGIN

    def finish_page() -> None:
        footer = f"{FOOTER}  Page {len(pages) + 1}"
        body.append(b"BT /F1 7 Tf 0.4 0.4 0.4 rg %.1f %.1f Td (%s) Tj ET" % (MARGIN, MARGIN / 2, _escape(footer)))
        pages.append(b"\n".join(body))
        body.clear()

    for style, text in lines:
        font, size, gap, rgb, indent = STYLES.get(style, STYLES["normal"])
        bold = font == "F2"
        leading = size * 1.3
        y -= gap
        for line in wrap(text, size, usable - indent, bold):
            if y - leading < MARGIN:
                finish_page()
                y = PAGE_H - MARGIN
            y -= leading
            body.append(b"BT /%s %d Tf %.2f %.2f %.2f rg %.1f %.1f Td (%s) Tj ET" % (
                font.encode(), size, rgb[0], rgb[1], rgb[2], MARGIN + indent, y, _escape(line)))
    finish_page()

    objects: List[bytes] = []

    def add(obj: bytes) -> int:
        objects.append(obj)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_id = add(b"")
    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    info = add(b"<< /Title (%s) /Producer (Kent transcript review) >>" % _escape(title))
    kids = []
    for content in pages:
        stream = zlib.compress(content)
        content_id = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                        % (pages_id, PAGE_W, PAGE_H, content_id, regular, bold)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, obj)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, catalog, info, xref)
    return bytes(out)


def page_texts(data: bytes) -> List[str]:
    """The text drawn on each page of a PDF made by ``render`` (for tests and checks)."""
    import re

    texts = []
    for match in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
        content = zlib.decompress(match.group(1))
        shown = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", content)
        texts.append("\n".join(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252") for s in shown))
    return texts
