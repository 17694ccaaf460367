"""The PDF writer for transcripts: A4 pages of wrapped text.

Every character a young person wrote is kept: the text is set in DejaVu Sans (Debian's
fonts-dejavu-core), embedded as a subset (fontTools) with a ToUnicode map, so Polish,
Romanian, Greek, Cyrillic, Arabic and Hebrew letters print and can be searched and copied
from the PDF. Right-to-left runs are laid out right to left (letters unjoined). A
character the font has no glyph for (most emoji) is written as its Unicode name in
brackets, e.g. "[LOUDLY CRYING FACE]", never dropped. Without the font files the writer
falls back to the standard Helvetica fonts (Windows-1252 only; other characters become
their Unicode names too)."""
from __future__ import annotations

import functools
import io
import re
import unicodedata
import zlib
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {"F1": FONT_DIR / "DejaVuSans.ttf", "F2": FONT_DIR / "DejaVuSans-Bold.ttf"}

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
    text = "".join(ch if ch.encode("cp1252", errors="ignore") or ch in "\u2022\u2019\u2018\u201c\u201d\u2014\u2013"
                   else _named(ch) for ch in text)
    raw = text.replace("\u2022", "-").replace("\u2019", "'").replace("\u2018", "'") \
        .replace("\u201c", '"').replace("\u201d", '"').replace("\u2014", "-").replace("\u2013", "-")
    data = raw.encode("cp1252", errors="replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _render_standard(lines: Sequence[Tuple[str, str]], title: str = "Transcript") -> bytes:
    """PDF bytes for (style, text) lines, in the standard fonts (no font files)."""
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
        leading = size * 1.3
        y -= gap
        for line in wrap(text, size, usable - indent, font == "F2"):
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


def _named(ch: str) -> str:
    """A character with no glyph, kept as its name: "[LOUDLY CRYING FACE]"."""
    if ch in "\ufe0f\ufe0e\u200d" or unicodedata.category(ch) in ("Mn", "Cf") and not unicodedata.name(ch, ""):
        return ""
    if unicodedata.category(ch) == "Mn":
        return ""
    name = unicodedata.name(ch, "")
    return f"[{name}]" if name else f"[U+{ord(ch):04X}]"


# --- Unicode: embedded DejaVu Sans ----------------------------------------------------------

class _Font:
    def __init__(self, path: Path):
        from fontTools.ttLib import TTFont

        self.path = path
        self.font = TTFont(str(path), lazy=True)
        self.cmap = self.font.getBestCmap()
        self.units = self.font["head"].unitsPerEm
        self.hmtx = self.font["hmtx"]
        self.gid = {name: i for i, name in enumerate(self.font.getGlyphOrder())}
        self.name = self.font["name"].getDebugName(6) or path.stem

    def glyph(self, ch: str) -> Optional[int]:
        name = self.cmap.get(ord(ch))
        return self.gid.get(name) if name else None

    def advance(self, gid: int) -> float:
        name = self.font.getGlyphOrder()[gid]
        return self.hmtx[name][0] * 1000.0 / self.units


@functools.lru_cache(maxsize=2)
def _font(key: str) -> Optional[_Font]:
    path = FONT_FILES[key]
    try:
        return _Font(path) if path.is_file() else None
    except Exception:  # a broken font file: fall back to the standard fonts
        return None


def unicode_fonts_available() -> bool:
    return _font("F1") is not None and _font("F2") is not None


def _prepare(text: str, font: _Font) -> str:
    """Characters the font lacks become their names; right-to-left runs are reversed (the
    PDF draws left to right)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "\t":
            out.append(" ")
        elif ch == " " or font.glyph(ch) is not None:
            out.append(ch)
        else:
            out.append(_named(ch))
    text = "".join(out)
    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return text
    # runs of right-to-left letters (with the spaces and marks between them) read right to left
    return re.sub(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]+"
                  r"(?:[ \u064b-\u065f.,!?'-]+[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]+)*",
                  lambda m: m.group()[::-1], text)


def _u_width(text: str, size: float, font: _Font) -> float:
    total = 0.0
    for ch in text:
        gid = font.glyph(ch)
        total += font.advance(gid) if gid is not None else 600
    return total * size / 1000


def _u_wrap(text: str, size: float, width: float, font: _Font) -> List[str]:
    lines: List[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if _u_width(candidate, size, font) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            while _u_width(word, size, font) > width and len(word) > 1:  # a very long word: cut it
                cut = max(1, int(len(word) * width / _u_width(word, size, font)) - 1)
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        lines.append(current)
    return lines


def _font_objects(add, key: str, font: _Font, used: Dict[int, str]) -> int:
    """Objects for one embedded subset font (Type0 / CIDFontType2 / Identity-H). Returns
    the Type0 font's object number."""
    import logging

    from fontTools import subset

    logging.getLogger("fontTools").setLevel(logging.ERROR)
    options = subset.Options()
    options.retain_gids = True          # CID = glyph id of the original font
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.drop_tables += ["GSUB", "GPOS", "kern"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(gids=sorted(used))
    from fontTools.ttLib import TTFont

    subset_font = TTFont(str(font.path))
    subsetter.subset(subset_font)
    buffer = io.BytesIO()
    subset_font.save(buffer)
    data = zlib.compress(buffer.getvalue())
    head, hhea, os2 = subset_font["head"], subset_font["hhea"], subset_font["OS/2"]
    scale = 1000.0 / head.unitsPerEm
    tag = "KENTA" + ("A" if key == "F1" else "B")   # subset prefix: six capital letters
    base = f"{tag}+{font.name}".replace(" ", "")
    file_id = add(b"<< /Length %d /Filter /FlateDecode /Length1 %d >>\nstream\n%s\nendstream"
                  % (len(data), len(buffer.getvalue()), data))
    descriptor = add((
        "<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%d %d %d %d] /ItalicAngle 0 "
        "/Ascent %d /Descent %d /CapHeight %d /StemV 80 /FontFile2 %d 0 R >>" % (
            base, head.xMin * scale, head.yMin * scale, head.xMax * scale, head.yMax * scale,
            hhea.ascent * scale, hhea.descent * scale, getattr(os2, "sCapHeight", hhea.ascent) * scale,
            file_id)).encode())
    widths = " ".join("%d [%d]" % (gid, round(font.advance(gid))) for gid in sorted(used))
    cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry (Adobe) "
               "/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /W [%s] /CIDToGIDMap /Identity >>"
               % (base, descriptor, widths)).encode())
    entries = []
    for gid, ch in sorted(used.items()):
        utf16 = ch.encode("utf-16-be").hex().upper()
        entries.append("<%04X> <%s>" % (gid, utf16))
    chunks = ["%d beginbfchar\n%s\nendbfchar" % (len(entries[i:i + 100]), "\n".join(entries[i:i + 100]))
              for i in range(0, len(entries), 100)]
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
            "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def "
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n%s\nendcmap CMapName currentdict /CMap "
            "defineresource pop end end" % "\n".join(chunks)).encode()
    cmap_data = zlib.compress(cmap)
    to_unicode = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(cmap_data), cmap_data))
    return add(("<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H /DescendantFonts [%d 0 R] "
                "/ToUnicode %d 0 R >>" % (base, cid, to_unicode)).encode())


def _render_unicode(lines: Sequence[Tuple[str, str]], title: str, fonts: Dict[str, _Font]) -> bytes:
    used: Dict[str, Dict[int, str]] = {"F1": {}, "F2": {}}
    pages: List[bytes] = []
    body: List[bytes] = []
    y = PAGE_H - MARGIN
    usable = PAGE_W - 2 * MARGIN

    def encode(text: str, key: str) -> bytes:
        font = fonts[key]
        out = []
        for ch in text:
            gid = font.glyph(ch)
            if gid is None:
                gid = 0
            used[key].setdefault(gid, ch)
            out.append("%04X" % gid)
        return ("<" + "".join(out) + ">").encode()

    def finish_page() -> None:
        footer = f"{FOOTER}  Page {len(pages) + 1}"
        body.append(b"BT /F1 7 Tf 0.4 0.4 0.4 rg %.1f %.1f Td %s Tj ET" % (MARGIN, MARGIN / 2, encode(footer, "F1")))
        pages.append(b"\n".join(body))
        body.clear()

    for style, text in lines:
        key, size, gap, rgb, indent = STYLES.get(style, STYLES["normal"])
        font = fonts[key]
        leading = size * 1.3
        y -= gap
        for line in _u_wrap(_prepare(text, font), size, usable - indent, font):
            if y - leading < MARGIN:
                finish_page()
                y = PAGE_H - MARGIN
            y -= leading
            body.append(b"BT /%s %d Tf %.2f %.2f %.2f rg %.1f %.1f Td %s Tj ET" % (
                key.encode(), size, rgb[0], rgb[1], rgb[2], MARGIN + indent, y, encode(line, key)))
    finish_page()

    objects: List[bytes] = []

    def add(obj: bytes) -> int:
        objects.append(obj)
        return len(objects)

    catalog = add(b"")
    pages_id = add(b"")
    font_ids = {key: _font_objects(add, key, fonts[key], used[key] or {0: " "}) for key in ("F1", "F2")}
    info = add(b"<< /Title <FEFF%s> /Producer (Kent transcript review) >>" % title.encode("utf-16-be").hex().encode())
    kids = []
    for content in pages:
        stream = zlib.compress(content)
        content_id = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Contents %d 0 R "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
                        % (pages_id, PAGE_W, PAGE_H, content_id, font_ids["F1"], font_ids["F2"])))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    return _assemble(objects, catalog, info)


def _assemble(objects: List[bytes], catalog: int, info: int) -> bytes:
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


def render(lines: Sequence[Tuple[str, str]], title: str = "Transcript") -> bytes:
    """PDF bytes for (style, text) lines."""
    regular, bold = _font("F1"), _font("F2")
    if regular is not None and bold is not None:
        return _render_unicode(lines, title, {"F1": regular, "F2": bold})
    return _render_standard(lines, title)


def _objects(data: bytes) -> Dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in re.finditer(rb"(\d+) 0 obj\n(.*?)\nendobj", data, re.S)}


def _group(pattern: bytes, data: bytes) -> bytes:
    """The first group of ``pattern`` in ``data``: ValueError if it is not there."""
    match = re.search(pattern, data, re.S)
    if match is None:
        raise ValueError(f"not a PDF this module writes: no {pattern!r}")
    return match.group(1)


def _stream(obj: bytes) -> bytes:
    raw = _group(rb"stream\n(.*)\nendstream", obj)
    return zlib.decompress(raw) if b"/FlateDecode" in obj else raw


def page_texts(data: bytes) -> List[str]:
    """The text drawn on each page, as a PDF reader extracts it: standard-font strings as
    they are, embedded-font glyphs through each font's ToUnicode map (for tests, checks)."""
    objects = _objects(data)
    maps: Dict[bytes, Dict[int, str]] = {}
    texts = []
    for _number, obj in sorted(objects.items()):
        if b"/Type /Page " not in obj and not obj.startswith(b"<< /Type /Page /"):
            continue
        fonts = dict(re.findall(rb"/(F\d) (\d+) 0 R", obj.split(b"/Font", 1)[1]))
        for key, ref in fonts.items():
            font = objects[int(ref)]
            unicode_ref = re.search(rb"/ToUnicode (\d+) 0 R", font)
            if unicode_ref and key not in maps:
                cmap = _stream(objects[int(unicode_ref.group(1))]).decode("latin-1")
                maps[key] = {int(a, 16): bytes.fromhex(b).decode("utf-16-be")
                             for a, b in re.findall(r"<([0-9A-F]{4})> <([0-9A-F]+)>", cmap)}
        content = _stream(objects[int(_group(rb"/Contents (\d+) 0 R", obj))])
        shown = []
        for font_key, literal, hexed in re.findall(
                rb"/(F\d) [\d.]+ Tf.*?(?:\(((?:\\.|[^\\)])*)\)|<([0-9A-F]*)>) Tj", content, re.S):
            if hexed or (font_key in maps and not literal):
                table = maps.get(font_key, {})
                shown.append("".join(table.get(int(hexed[i:i + 4], 16), "\ufffd") for i in range(0, len(hexed), 4)))
            else:
                shown.append(re.sub(rb"\\(.)", rb"\1", literal).decode("cp1252"))
        texts.append("\n".join(shown))
    return texts
