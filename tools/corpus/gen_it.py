#!/usr/bin/python3
"""Generator it: four plain layouts of ordinary banks, each drawn the way an odd real PDF producer draws its pages;
12 files (a base and one-change variants), exact truth. Deterministic. The point is the producer, not the bank.

Suncorp Bank Everyday Options (Australia, AUD: Date "05 Jun 2025" / Transaction Details / Withdrawal / Deposit /
Balance, OPENING/CLOSING BALANCE rows, BSB and account number) from a report engine that places every glyph with a
text matrix of its own, its positions rounded to the 96 dpi pixel grid, no space glyphs; a variant on a portrait page
turned by /Rotate 90 holding the table landscape, and one with a line of white text under each description (a hidden
"MCC 5411 / POS" index line, invisible on the white page). The Co-operative Bank current account (UK, GBP: Date
"05 Jun 25" / Details / Money Out / Money In / Balance, BALANCE BROUGHT/CARRIED FORWARD rows) written as TJ arrays,
kerning offsets inside words and no space glyphs (the gap between words is an offset); a variant with an invisible
text layer (render mode 3, Helvetica, each cell scaled to the printed cell and a little off the baseline, as a
document system re-adding "searchable text" draws it) over the printed text, and a two-page variant. Simplii
Financial chequing (Canada, CAD: Date "Jun 5" / Transaction details / Withdrawals ($) / Deposits ($) / Balance ($),
Opening/Closing balance rows) from a report writer that clips each cell: long descriptions are drawn whole and clipped
at the cell's edge; a variant whose clipped overflow runs under the amount columns, and a two-page variant.
Sparda-Bank (Germany, EUR: Buchungstag / Wert "05.06.2025" / Buchungstext / Soll / Haben, "1.234,56", Alter/Neuer
Kontostand rows) set in a Type 3 bitmap font (each glyph a 1-bit image mask) with standard glyph names in its
/Differences and no ToUnicode, as old report servers and TeX's bitmap fonts write; a two-page and a wrapped variant.

Truth choices: a clipped description is what the cell shows, the glyphs whose middle lies inside the clip (the
rest is drawn but never seen); white text on the white page and the invisible layer are no text (the printed text
is); the OPENING/CLOSING, brought/carried forward and Alter/Neuer Kontostand rows are no transactions.
"""
import datetime as dt
import os
import random
import sys
import zlib
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from PIL import ImageFont

import corpus_kit  # noqa: F401  (registers the DejaVu fonts DV / DVB)
from corpus_kit import fmt, make_txns, row_truth_writer, running, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/it/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
KERN = {"AV": -70, "AW": -50, "AY": -80, "Te": -60, "To": -60, "Ta": -60, "Vo": -40, "Wa": -40, "Yo": -70,
        "LT": -80, "P.": -90, "r.": -40, "y.": -50, "av": -20, "ov": -15, "ye": -15, "RA": -30, "FA": -50}


def esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


# ------------------------------------------------------------------ producers
class Pen:
    """Draws strings on a ReportLab canvas the way one producer does. mode: "gtm" (a text matrix per glyph, pixel
    grid, no space glyphs), "tjk" (TJ arrays: kerning inside words, word gaps as offsets), "plain"."""

    def __init__(self, c, mode, ocr=False):
        self.c, self.mode, self.ocr = c, mode, ocr

    def width(self, s, size=8, bold=False):
        f = "DVB" if bold else "DV"
        w = stringWidth(s, f, size)
        if self.mode == "tjk":
            w -= sum(KERN.get(s[i:i + 2], 0) for i in range(len(s) - 1)) * -size / 1000
        return w

    def t(self, x, y, s, size=8, bold=False, align="l", white=False):
        if not s:
            return
        f = "DVB" if bold else "DV"
        w = self.width(s, size, bold)
        x0 = x - w if align == "r" else (x - w / 2 if align == "c" else x)
        c = self.c
        c.setFont(f, size)  # registers the font with the document (a text object alone does not)
        c.setFillGray(1 if white else 0)
        if self.mode == "gtm":
            pos = x0
            for ch in s:
                if ch != " ":
                    to = c.beginText(); to.setFont(f, size)
                    to.setTextOrigin(round(pos / 0.75) * 0.75, round(y / 0.75) * 0.75); to.textOut(ch); c.drawText(to)
                pos += stringWidth(ch, f, size)
        elif self.mode == "tjk":
            to = c.beginText(x0, y); to.setFont(f, size)
            sw = stringWidth(" ", f, size) * 1000 / size
            parts = []
            for wd in s.split(" "):
                segs, cur = [], ""
                for i, ch in enumerate(wd):
                    cur += ch
                    k = KERN.get(wd[i:i + 2], 0) if i + 1 < len(wd) else 0
                    if k:
                        segs.append("(%s) %d" % (self.enc(to, cur), -k)); cur = ""
                if cur:
                    segs.append("(%s)" % self.enc(to, cur))
                parts.append(" ".join(segs))
            to._code.append("[%s] TJ" % (" %d " % -round(sw)).join(parts))  # after any Tf enc added
            c.drawText(to)
        else:
            c.setFont(f, size); c.drawString(x0, y, s)
        c.setFillGray(0)
        if self.ocr and not white:
            # a "searchable text" layer: the same string invisible in Helvetica, scaled to the printed width
            hw = stringWidth(s, "Helvetica", size)
            to = c.beginText(x0 + 0.4, y - 0.6); to.setFont("Helvetica", size); to.setTextRenderMode(3)
            to.setHorizScale(100 * w / hw if hw else 100); to.textOut(s)
            to.setTextRenderMode(0); to.setHorizScale(100); c.drawText(to)  # Tr and Tz outlive ET: set them back

    @staticmethod
    def enc(to, s):
        """s in the embedded subset's codes, escaped; a font selection it needs first goes into to's code."""
        code = to._formatText(s)  # registers the glyphs with the subset, so it holds them
        i = code.index("(")
        if i:
            to._code.append(code[:i])
        return code[i + 1:code.rindex(") Tj")]

    def clipped(self, x, y, s, width, size=8):
        """A cell of the given width: s drawn whole, clipped at the cell's edge; returns what the cell shows."""
        c = self.c
        c.saveState()
        p = c.beginPath(); p.rect(x - 1, y - 3, width + 1, size + 5)
        c.clipPath(p, stroke=0, fill=0)
        self.t(x, y, s, size)
        c.restoreState()
        shown, pos = "", x
        for ch in s:
            mid = pos + stringWidth(ch, "DV", size) / 2
            if mid > x + width:
                break
            shown += ch; pos += stringWidth(ch, "DV", size)
        return shown.rstrip()

    def line(self, x1, y1, x2, y2, w=0.5):
        self.c.setLineWidth(w); self.c.line(x1, y1, x2, y2)

    def shade(self, x, y, w, h, g=0.92):
        self.c.setFillGray(g); self.c.rect(x, y, w, h, stroke=0, fill=1); self.c.setFillGray(0)


class Type3Doc:
    """A PDF written by hand whose text is set in Type 3 bitmap fonts: each glyph an image mask drawn from DejaVu,
    standard glyph names in /Differences, no ToUnicode (the only way to the text is the glyph names)."""
    CODES = [(i, chr(i)) for i in range(32, 127)] + [(0xC4, "Ä"), (0xD6, "Ö"), (0xDC, "Ü"), (0xDF, "ß"), (0xE4, "ä"),
                                                     (0xF6, "ö"), (0xFC, "ü"), (0xE9, "é")]
    NAMES = {" ": "space", "!": "exclam", '"': "quotedbl", "#": "numbersign", "$": "dollar", "%": "percent",
             "&": "ampersand", "'": "quotesingle", "(": "parenleft", ")": "parenright", "*": "asterisk", "+": "plus",
             ",": "comma", "-": "hyphen", ".": "period", "/": "slash", ":": "colon", ";": "semicolon", "<": "less",
             "=": "equal", ">": "greater", "?": "question", "@": "at", "[": "bracketleft", "\\": "backslash",
             "]": "bracketright", "^": "asciicircum", "_": "underscore", "`": "grave", "{": "braceleft", "|": "bar",
             "}": "braceright", "~": "asciitilde", "Ä": "Adieresis", "Ö": "Odieresis", "Ü": "Udieresis",
             "ß": "germandbls", "ä": "adieresis", "ö": "odieresis", "ü": "udieresis", "é": "eacute"}
    DIGITS = "zero one two three four five six seven eight nine".split()
    EM = 64  # pixels per em of the bitmaps

    def __init__(self, path, size=A4):
        self.path, (self.W, self.H) = path, size
        self.pages, self.ops = [], []
        self.fonts = {False: self._font(FONT), True: self._font(FONTB)}

    @classmethod
    def name(cls, ch):
        if ch.isdigit():
            return cls.DIGITS[int(ch)]
        return ch if ch.isascii() and ch.isalpha() else cls.NAMES[ch]

    def _font(self, ttf):
        f = ImageFont.truetype(ttf, self.EM)
        ascent = f.getmetrics()[0]
        glyphs = {}
        for code, ch in self.CODES:
            adv = f.getlength(ch) * 1000 / self.EM
            if ch == " ":
                glyphs[code] = (adv, "%.1f 0 0 0 0 0 d1" % adv); continue
            m, (l, t) = f.getmask2(ch)
            w, h = m.size
            rows = []
            for yy in range(h):
                bits = "".join("0" if m.getpixel((xx, yy)) > 100 else "1" for xx in range(w))
                bits += "1" * (-len(bits) % 8)
                rows.append("".join("%02x" % int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)))
            sc = 1000 / self.EM
            x0, y1 = l * sc, (ascent - t) * sc
            proc = ("%.1f 0 %.1f %.1f %.1f %.1f d1 q %.2f 0 0 %.2f %.2f %.2f cm BI /W %d /H %d /IM true /BPC 1 /F /AHx "
                    "ID %s> EI Q" % (adv, x0, y1 - h * sc, x0 + w * sc, y1, w * sc, h * sc, x0, y1 - h * sc, w, h,
                                     "".join(rows)))
            glyphs[code] = (adv, proc)
        return glyphs

    def width(self, s, size=8, bold=False):
        g = self.fonts[bold]
        return sum(g[ord(ch)][0] for ch in s) * size / 1000

    def t(self, x, y, s, size=8, bold=False, align="l", white=False):
        w = self.width(s, size, bold)
        x0 = x - w if align == "r" else (x - w / 2 if align == "c" else x)
        data = "".join("\\%03o" % ord(ch) if ord(ch) > 126 else esc(ch) for ch in s)
        self.ops.append("BT /T%d %g Tf %.2f %.2f Td (%s) Tj ET" % (int(bold), size, x0, y, data))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.ops.append("%.2f w %.2f %.2f m %.2f %.2f l S" % (w, x1, y1, x2, y2))

    def shade(self, x, y, w, h, g=0.92):
        self.ops.append("q %.2f g %.2f %.2f %.2f %.2f re f Q" % (g, x, y, w, h))

    def show_page(self):
        self.pages.append("\n".join(self.ops)); self.ops = []

    def save(self):
        objs = []

        def add(body):
            objs.append(body); return len(objs)

        font_ids = []
        for bold in (False, True):
            g = self.fonts[bold]
            procs = {}
            for code, ch in self.CODES:
                data = zlib.compress(g[code][1].encode("latin-1"))
                procs[self.name(ch)] = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data
                                           + b"\nendstream")
            diffs = " ".join("%d /%s" % (code, self.name(ch)) for code, ch in self.CODES)
            cp = " ".join("/%s %d 0 R" % (n, i) for n, i in procs.items())
            widths = " ".join("%.1f" % (g[code][0] if code in g else 0) for code in range(32, 256))
            font_ids.append(add(("<< /Type /Font /Subtype /Type3 /FontBBox [0 -250 1100 1000] /FontMatrix [0.001 0 0 "
                                 "0.001 0 0] /CharProcs << %s >> /Encoding << /Type /Encoding /Differences [%s] >> "
                                 "/FirstChar 32 /LastChar 255 /Widths [%s] /Resources << >> >>"
                                 % (cp, diffs, widths)).encode()))
        pages_id = len(objs) + 2 * len(self.pages) + 1
        kids = []
        for content in self.pages:
            data = zlib.compress(content.encode("latin-1"))
            cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
            kids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %g %g] /Contents %d 0 R /Resources << "
                             "/Font << /T0 %d 0 R /T1 %d 0 R >> >> >>" % (pages_id, self.W, self.H, cid, *font_ids))
                            .encode()))
        assert add(("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids)))
                   .encode()) == pages_id
        root = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
        out, offs = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
        for i, body in enumerate(objs, 1):
            offs.append(len(out)); out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        out += b"".join(b"%010d 00000 n \n" % o for o in offs)
        out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, root, xref)
        open(self.path, "wb").write(bytes(out))


def rl_canvas(path, mode, rotate=False, ocr=False):
    """A ReportLab canvas and its Pen; rotate: a portrait MediaBox turned by /Rotate 90, drawn landscape."""
    if rotate:
        c = canvas.Canvas(path, pagesize=(A4[1], A4[0])); c.setPageRotation(90)  # MediaBox written portrait
        return c, Pen(c, mode, ocr), (A4[1], A4[0])
    c = canvas.Canvas(path, pagesize=A4)
    return c, Pen(c, mode, ocr), A4


def begin(c, rotate, W):
    if rotate:  # shown turned 90 degrees clockwise: draw the landscape page turned back
        c.saveState(); c.translate(A4[0], 0); c.rotate(90)


def end(c, rotate):
    if rotate:
        c.restoreState()
    c.showPage()


def paginate(rows, first, other):
    pages, cur, cap = [], [], first
    for r in rows:
        if len(cur) + len(r["lines"]) > cap and cur:
            pages.append(cur); cur, cap = [], other
        cur.append(r)
    pages.append(cur)
    return pages


# ------------------------------------------------------------------ 1 Suncorp (report engine: a Tm per glyph)
AU_POOL = [("EFTPOS PURCHASE WOOLWORTHS {r} TOOWONG", 12, 180), ("VISA PURCHASE BP CONNECT {r} MILTON", 30, 110),
           ("BPAY PAYMENT ENERGEX {r}", 90, 420), ("DIRECT DEBIT TELSTRA {r}", 60, 130),
           ("ATM WITHDRAWAL SUNCORP INDOOROOPILLY", 50, 400), ("EFTPOS PURCHASE BUNNINGS {r} ROCKLEA", 15, 320),
           ("TRANSFER TO 484-799 {r}", 100, 900), ("VISA PURCHASE UBER *TRIP SYDNEY", 9, 60),
           ("MONTHLY ACCOUNT FEE", 4, 6)]
AU_CRED = [("SALARY QLD HEALTH PAYROLL {r}", 2600, 3900), ("TRANSFER FROM J MORRISON {r}", 50, 600),
           ("INTEREST CREDIT", 0.2, 3)]
MCC = {"EFTPOS": "MCC 5411 / POS", "VISA": "MCC 5541 / CARD", "BPAY": "BILLER 23457 / BPAY",
       "DIRECT": "DD 000412 / ACH", "ATM": "ATM 0731 / CASH", "TRANSFER": "NPP / OSKO", "MONTHLY": "FEE / SYS",
       "SALARY": "PAY / ACH", "INTEREST": "INT / SYS"}


def suncorp(stem, seed, n=22, rotate=False, white=False):
    rng = random.Random(seed)
    start, end_ = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D(rng.randint(80000, 600000)) / 100
    txs = make_txns(rng, start, end_, n, AU_POOL, AU_CRED)
    cb = running(txs, ob)
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        t["lines"] = [t["desc"]] + ([MCC[t["desc"].split()[0]]] if white else [])
    path = os.path.join(OUT, stem + ".pdf")
    c, pen, (W, H) = rl_canvas(path, "gtm", rotate)
    dl = lambda d: d.strftime("%d %b %Y")
    cols = [40, 115, W - 230, W - 145, W - 45]
    pages = paginate(txs, 26 if rotate else 34, 30 if rotate else 44)
    for pi, pr in enumerate(pages):
        begin(c, rotate, W)
        y = H - 50
        pen.t(40, y, "Suncorp Bank", 16, True)
        pen.t(W - 40, y, "Everyday Options Account", 10, True, "r")
        pen.t(W - 40, y - 14, "Statement period 01 Jun 2025 to 30 Jun 2025", 8, False, "r")
        y -= 34
        if pi == 0:
            for k, s in enumerate(["MR DANIEL R OKAFOR", "22 CAMPBELL STREET", "TOOWONG QLD 4066"]):
                pen.t(40, y - 11 * k, s, 8)
            pen.t(W - 200, y, "BSB  484-799", 8)
            pen.t(W - 200, y - 11, "Account number  0573 61842", 8)
            pen.t(W - 200, y - 22, "Currency  AUD", 8)
            y -= 44
            out_, in_ = corpus_kit.sums(txs)
            for k, (lab, v) in enumerate([("Opening balance", ob), ("Total withdrawals", out_),
                                          ("Total deposits", in_), ("Closing balance", cb)]):
                pen.t(40 + 130 * k, y, lab, 7.5)
                pen.t(40 + 130 * k, y - 11, "$" + fmt(v), 9, True)
            y -= 34
        for x, (title, al) in zip(cols, [("Date", "l"), ("Transaction Details", "l"), ("Withdrawal", "r"),
                                         ("Deposit", "r"), ("Balance", "r")]):
            pen.t(x, y, title, 8, True, al)
        pen.line(40, y - 4, W - 40, y - 4)
        y -= 16
        if pi == 0:
            pen.t(cols[1], y, "OPENING BALANCE", 8); pen.t(cols[4], y, fmt(ob), 8, False, "r"); y -= 13
        for t in pr:
            pen.t(cols[0], y, dl(t["date"]), 8)
            pen.t(cols[1], y, t["desc"], 8)
            pen.t(cols[2] if t["amount"] < 0 else cols[3], y, fmt(abs(t["amount"])), 8, False, "r")
            pen.t(cols[4], y, fmt(t["bal"]), 8, False, "r")
            if white:  # the template's index line, white on the white page
                pen.t(cols[1], y - 9, t["lines"][1], 7, white=True)
            y -= 22 if white else 13
        if pi == len(pages) - 1:
            pen.t(cols[1], y, "CLOSING BALANCE", 8); pen.t(cols[4], y, fmt(cb), 8, False, "r")
        pen.t(40, 30, "Suncorp-Metway Ltd ABN 66 010 831 722 AFSL 229882", 6.5)
        pen.t(W - 40, 30, "Page %d of %d" % (pi + 1, len(pages)), 7, False, "r")
        end(c, rotate)
    c.save()
    write(stem, "it_au_suncorp", "****1842", "AUD", start, end_, ob, cb, txs)


# ------------------------------------------------------------------ 2 The Co-operative Bank (TJ with kerning)
UK_POOL = [("TESCO STORES 2817 MANCHESTER", 8, 140), ("AV DIRECT DEBIT VODAFONE LTD", 20, 60),
           ("TFL TRAVEL CHARGE TFL.GOV.UK/CP", 3, 25), ("AMAZON.CO.UK*RT4W17 AMAZON.CO.UK", 6, 120),
           ("PAYPAL *AVON COSMETICS", 10, 55), ("TOWER HAMLETS COUNCIL TAX", 90, 160),
           ("LLOYDS BANK PLC LOAN 7730021", 150, 310), ("CASH WITHDRAWAL YORKSHIRE BANK", 20, 200),
           ("WAITROSE 0442 TOTTENHAM", 15, 95), ("YORKSHIRE WATER DD", 25, 45)]
UK_CRED = [("WAGES TRAVELODGE LTD", 1400, 2300), ("TRANSFER FROM A PATEL", 20, 400), ("REFUND AMAZON.CO.UK", 5, 60)]


def coop(stem, seed, n=20, ocr=False):
    rng = random.Random(seed)
    start, end_ = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D(rng.randint(20000, 400000)) / 100
    txs = make_txns(rng, start, end_, n, UK_POOL, UK_CRED)
    cb = running(txs, ob)
    for t in txs:
        t["desc_lines"] = t["lines"] = [t["desc"]]
    path = os.path.join(OUT, stem + ".pdf")
    c, pen, (W, H) = rl_canvas(path, "tjk", ocr=ocr)
    cols = [45, 110, 365, 440, 525]
    pages = paginate(txs, 30, 42)
    for pi, pr in enumerate(pages):
        y = H - 55
        pen.t(45, y, "The Co-operative Bank", 15, True)
        pen.t(W - 45, y, "Statement", 11, True, "r")
        y -= 20
        pen.t(45, y, "CURRENT ACCOUNT", 9, True)
        pen.t(W - 45, y, "Sort code 08-92-99  Account number 65432109", 8, False, "r")
        pen.t(W - 45, y - 11, "Period 01 June 2025 to 30 June 2025", 8, False, "r")
        y -= 34
        if pi == 0:
            for k, s in enumerate(["MRS YVONNE TAYLOR", "41 WATERLOO ROAD", "MANCHESTER", "M8 8AG"]):
                pen.t(45, y - 11 * k, s, 8)
            y -= 54
        for x, (title, al) in zip(cols, [("Date", "l"), ("Details", "l"), ("Money Out", "r"), ("Money In", "r"),
                                         ("Balance", "r")]):
            pen.t(x, y, title, 8, True, al)
        pen.line(45, y - 4, W - 45, y - 4)
        y -= 16
        bf = ob if pi == 0 else pr[0]["bal"] - pr[0]["amount"]
        pen.t(cols[1], y, "BALANCE BROUGHT FORWARD", 8); pen.t(cols[4], y, fmt(bf), 8, False, "r"); y -= 13
        for t in pr:
            pen.t(cols[0], y, t["date"].strftime("%d %b %y"), 8)
            pen.t(cols[1], y, t["desc"], 8)
            pen.t(cols[2] if t["amount"] < 0 else cols[3], y, fmt(abs(t["amount"])), 8, False, "r")
            pen.t(cols[4], y, fmt(t["bal"]), 8, False, "r")
            y -= 13
        pen.t(cols[1], y, "BALANCE CARRIED FORWARD", 8); pen.t(cols[4], y, fmt(pr[-1]["bal"]), 8, False, "r")
        pen.t(45, 32, "The Co-operative Bank p.l.c., P.O. Box 101, 1 Balloon Street, Manchester M60 4EP.", 6.5)
        pen.t(W - 45, 32, "Page %d of %d" % (pi + 1, len(pages)), 7, False, "r")
        c.showPage()
    c.save()
    write(stem, "it_uk_coop", "****2109", "GBP", start, end_, ob, cb, txs)


# ------------------------------------------------------------------ 3 Simplii Financial (clipped cells)
CA_POOL = [("INTERAC E-TRANSFER SENT TO MARGARET KOWALSKI-HENDERSON REF CA{r}", 20, 400),
           ("POINT OF SALE PURCHASE LOBLAWS #1042 TORONTO ON", 15, 190),
           ("PRE-AUTHORIZED DEBIT ROGERS COMMUNICATIONS CANADA INC {r}", 60, 140),
           ("BILL PAYMENT TORONTO HYDRO-ELECTRIC SYSTEM LIMITED {r}", 70, 210),
           ("POINT OF SALE PURCHASE TIM HORTONS #2291", 3, 18),
           ("ABM WITHDRAWAL CIBC BRANCH 00042", 20, 300),
           ("POINT OF SALE PURCHASE SHOPPERS DRUG MART #0871 NORTH YORK ON", 8, 120)]
CA_CRED = [("PAYROLL DEPOSIT METROLINX CORPORATE SERVICES {r}", 1900, 3100),
           ("INTERAC E-TRANSFER RECEIVED FROM DAVID NGUYEN-ARCHAMBAULT", 25, 500)]


def simplii(stem, seed, n=22, under=False):
    rng = random.Random(seed)
    start, end_ = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D(rng.randint(50000, 500000)) / 100
    txs = make_txns(rng, start, end_, n, CA_POOL, CA_CRED)
    cb = running(txs, ob)
    path = os.path.join(OUT, stem + ".pdf")
    c, pen, (W, H) = rl_canvas(path, "plain")
    # the description cell: wide enough for most of a description (base), or narrow, its overflow under the amounts
    cols = [40, 92, 400, 470, 550] if not under else [40, 92, 330, 430, 530]
    dw = 200 if not under else 150
    for t in txs:
        t["desc_lines"] = t["lines"] = [t["desc"]]
    pages = paginate(txs, 32, 44)
    for pi, pr in enumerate(pages):
        y = H - 50
        pen.t(40, y, "Simplii Financial", 16, True)
        pen.t(W - 40, y, "No Fee Chequing Account", 10, True, "r")
        pen.t(W - 40, y - 13, "Statement from May 1, 2025 to May 31, 2025", 8, False, "r")
        y -= 34
        if pi == 0:
            for k, s in enumerate(["CHLOE BEAUMONT", "1187 DUFFERIN ST APT 5", "TORONTO ON  M6H 4B6"]):
                pen.t(40, y - 11 * k, s, 8)
            pen.t(W - 220, y, "Branch transit  30800", 8)
            pen.t(W - 220, y - 11, "Account number  6042-7719358", 8)
            pen.t(W - 220, y - 22, "All amounts in Canadian dollars (CAD)", 8)
            y -= 46
        for x, (title, al) in zip(cols, [("Date", "l"), ("Transaction details", "l"), ("Withdrawals ($)", "r"),
                                         ("Deposits ($)", "r"), ("Balance ($)", "r")]):
            pen.t(x, y, title, 8, True, al)
        pen.line(40, y - 4, W - 40, y - 4)
        y -= 16
        if pi == 0:
            pen.t(cols[1], y, "Opening balance", 8); pen.t(cols[4], y, fmt(ob), 8, False, "r"); y -= 13
        for t in pr:
            pen.t(cols[0], y, t["date"].strftime("%b ") + str(t["date"].day), 8)
            t["desc_lines"] = [pen.clipped(cols[1], y, t["desc"], dw)]
            pen.t(cols[2] if t["amount"] < 0 else cols[3], y, fmt(abs(t["amount"])), 8, False, "r")
            pen.t(cols[4], y, fmt(t["bal"]), 8, False, "r")
            y -= 13
        if pi == len(pages) - 1:
            pen.t(cols[1], y, "Closing balance", 8); pen.t(cols[4], y, fmt(cb), 8, False, "r")
        pen.t(40, 30, "Simplii Financial is a division of CIBC.", 6.5)
        pen.t(W - 40, 30, "%d of %d" % (pi + 1, len(pages)), 7, False, "r")
        c.showPage()
    c.save()
    write(stem, "it_ca_simplii", "****9358", "CAD", start, end_, ob, cb, txs)


# ------------------------------------------------------------------ 4 Sparda-Bank (Type 3 bitmap font)
DE_POOL = [("Lastschrift REWE Markt GmbH Köln", 12, 140), ("Kartenzahlung Bäckerei Schäfer", 3, 18),
           ("Dauerauftrag Miete Hausverwaltung Müller", 650, 980), ("Lastschrift Stadtwerke Düsseldorf AG", 40, 120),
           ("Überweisung an Jürgen Weiß", 20, 300), ("Kartenzahlung dm-drogerie markt", 5, 60),
           ("Lastschrift Telekom Deutschland GmbH", 30, 70), ("Auszahlung Geldautomat Sparda", 20, 300)]
DE_CRED = [("Gehalt Rheinmetall AG", 2400, 3600), ("Gutschrift Erstattung Krankenkasse", 15, 240)]
DE_REF = ["Mandatsref. MR-{r} Gläubiger-ID DE98ZZZ09999999999", "Verwendungszweck Rechnung {r} vom Mai",
          "End-to-End-Ref. NOTPROVIDED {r}"]


def sparda(stem, seed, n=18, wrapped=False):
    rng = random.Random(seed)
    start, end_ = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D(rng.randint(50000, 500000)) / 100
    txs = make_txns(rng, start, end_, n, DE_POOL, DE_CRED)
    cb = running(txs, ob)
    for t in txs:
        t["lines"] = [t["desc"]]
        if wrapped:
            t["lines"] += [rng.choice(DE_REF).format(r=rng.randint(100000, 999999))]
        t["desc_lines"] = t["lines"]
    doc = Type3Doc(os.path.join(OUT, stem + ".pdf"))
    W, H = A4
    de = lambda v: fmt(v, ".", ",")
    dd = lambda d: d.strftime("%d.%m.%Y")
    cols = [45, 110, 170, 455, 530]
    pages = paginate(txs, 26, 40)
    for pi, pr in enumerate(pages):
        y = H - 55
        doc.t(45, y, "Sparda-Bank West eG", 15, True)
        doc.t(W - 45, y, "Kontoauszug 6/2025", 10, True, "r")
        doc.t(W - 45, y - 13, "Blatt %d von %d" % (pi + 1, len(pages)), 8, False, "r")
        y -= 34
        if pi == 0:
            for k, s in enumerate(["Herrn Lukas Brückner", "Kaiserstraße 17", "40479 Düsseldorf"]):
                doc.t(45, y - 11 * k, s, 8)
            doc.t(W - 250, y, "Girokonto  Kontonummer 5403917286", 8)
            doc.t(W - 250, y - 11, "IBAN DE41 3706 0590 5403 9172 86", 8)
            doc.t(W - 250, y - 22, "Zeitraum 01.06.2025 bis 30.06.2025", 8)
            doc.t(W - 250, y - 33, "Währung EUR", 8)
            y -= 54
        for x, (title, al) in zip(cols, [("Buchungstag", "l"), ("Wert", "l"), ("Buchungstext", "l"), ("Soll", "r"),
                                         ("Haben", "r")]):
            doc.t(x, y, title, 8, True, al)
        doc.line(45, y - 4, W - 45, y - 4)
        y -= 16
        bf = ob if pi == 0 else pr[0]["bal"] - pr[0]["amount"]
        lab = "Alter Kontostand vom %s" % dd(start) if pi == 0 else "Übertrag von Blatt %d" % pi
        doc.t(cols[2], y, lab, 8, True); doc.t(cols[4] if bf >= 0 else cols[3], y, de(abs(bf)), 8, True, "r")
        y -= 14
        for t in pr:
            doc.t(cols[0], y, dd(t["date"]), 8)
            doc.t(cols[1], y, dd(t["date"]), 8)
            for k, s in enumerate(t["lines"]):
                doc.t(cols[2], y - 10 * k, s, 8)
            doc.t(cols[3] if t["amount"] < 0 else cols[4], y, de(abs(t["amount"])), 8, False, "r")
            y -= 10 * len(t["lines"]) + 4
        last = pi == len(pages) - 1
        end_bal = cb if last else pr[-1]["bal"]
        lab = "Neuer Kontostand vom %s" % dd(end_) if last else "Übertrag auf Blatt %d" % (pi + 2)
        doc.t(cols[2], y, lab, 8, True); doc.t(cols[4] if end_bal >= 0 else cols[3], y, de(abs(end_bal)), 8, True, "r")
        doc.t(45, 32, "Sparda-Bank West eG, Ludwig-Erhard-Allee 15, 40227 Düsseldorf", 6.5)
        doc.show_page()
    doc.save()
    for t in txs:
        t["shown"] = False  # no balance is printed on a row
    write(stem, "it_de_sparda", "****7286", "EUR", start, end_, ob, cb, txs)


suncorp("it_au_suncorp", 4001)
suncorp("it_au_suncorp__rotate", 4002, rotate=True)
suncorp("it_au_suncorp__white", 4003, white=True)
coop("it_uk_coop", 4011)
coop("it_uk_coop__ocr", 4012, ocr=True)
coop("it_uk_coop__pages", 4013, n=52)
simplii("it_ca_simplii", 4021)
simplii("it_ca_simplii__under", 4022, under=True)
simplii("it_ca_simplii__pages", 4023, n=50)
sparda("it_de_sparda", 4031)
sparda("it_de_sparda__pages", 4032, n=46)
sparda("it_de_sparda__wrapped", 4033, n=16, wrapped=True)
