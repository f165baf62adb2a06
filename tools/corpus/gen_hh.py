#!/usr/bin/python3
"""Generator hh: text-layer quirks of other PDF producers, one quirk per file, over three plain layouts of its own
(Shannonside Bank, an Irish current account in EUR; Prairie Federal Credit Union, a U.S. share draft account; Cobalt
Mastercard, a compact Canadian card statement whose rows run in two side-by-side columns). The quirks: a scanned page
(a raster image) under an invisible OCR text layer placed word by word (baselines jittered, Tz fitted to each box,
uneven gaps); letter-spaced headers and rows (Tc 0.05 and 0.1 em); the table written to the content stream column
by column or bottom row first; dot leaders; ligature glyphs (U+FB01, U+FB02) in descriptions; small caps headers
(a capital then smaller capitals); amounts drawn digit by digit. Each page is recorded once as drawing calls, then
drawn in the file's way. Deterministic (the OCR noise too)."""
import datetime as dt
import glob
import os
import random
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from corpus_kit import fmt, running, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hhw/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)
TABLE = ("cell", "desc", "amt")  # kinds of text in a transaction table (headers are "head")


class Rec:
    """Records a document's drawing calls page by page; kind says what a string is (head, cell, desc, amt, text)."""

    def __init__(self, size):
        self.W, self.H = size
        self.pages = []

    def page(self):
        self.pages.append([])

    def t(self, x, y, s, size=8, bold=False, align="l", kind="text", col=0):
        self.pages[-1].append(("t", x, y, s, size, bold, align, kind, col))

    def line(self, x1, y1, x2, y2, w=0.5):
        self.pages[-1].append(("line", x1, y1, x2, y2, w))

    def rect(self, x, y, w, h, gray=None):
        self.pages[-1].append(("rect", x, y, w, h, gray))


LIG = {"fi": "\ufb01", "fl": "\ufb02"}


def font(bold): return "DVB" if bold else "DV"


def draw_pages(c, rec, quirk, image=None):
    """Draws the recorded pages on canvas c in the given quirk's way."""
    for pi, ops in enumerate(rec.pages):
        if quirk in ("colmajor", "bottomup"):
            tab = [o for o in ops if o[0] == "t" and o[7] in TABLE]
            rest = [o for o in ops if not (o[0] == "t" and o[7] in TABLE)]
            key = (lambda o: (o[8], -o[2])) if quirk == "colmajor" else (lambda o: (o[2], o[1]))
            ops = rest + sorted(tab, key=key)
        for o in ops:
            if o[0] == "line":
                c.setLineWidth(o[5]); c.line(*o[1:5])
            elif o[0] == "rect":
                if o[5] is not None:
                    c.setFillGray(o[5]); c.rect(*o[1:5], stroke=0, fill=1); c.setFillGray(0)
                else:
                    c.setLineWidth(0.6); c.rect(*o[1:5])
            else:
                text(c, quirk, *o[1:])
        c.showPage()


def text(c, quirk, x, y, s, size, bold, align, kind, col):
    f = font(bold)
    if quirk == "ligatures" and kind == "desc":
        for a, b in LIG.items(): s = s.replace(a, b)
    if quirk in ("tc05", "tc10") and kind in TABLE + ("head",):
        tc = size * (0.05 if quirk == "tc05" else 0.1)
        w = stringWidth(s, f, size) + tc * (len(s) - 1)
        x0 = x - w if align == "r" else (x - w / 2 if align == "c" else x)
        to = c.beginText(x0, y); to.setFont(f, size); to.setCharSpace(tc); to.textOut(s); c.drawText(to)
        return
    if quirk == "smallcaps" and kind == "head":  # a capital, then the word's other letters as smaller capitals
        small = size * 0.78
        parts = []
        for k, wd in enumerate(s.split(" ")):
            if k: parts.append((" ", small))
            parts.append((wd[:1].upper(), size))
            if wd[1:]: parts.append((wd[1:].upper(), small))
        w = sum(stringWidth(p, f, z) for p, z in parts)
        pos = x - w if align == "r" else (x - w / 2 if align == "c" else x)
        for p, z in parts:
            c.setFont(f, z); c.drawString(pos, y, p); pos += stringWidth(p, f, z)
        return
    if quirk == "digits" and kind == "amt":  # each glyph in a cell of its own, right-aligned, digits a fixed pitch
        dw = stringWidth("0", f, size)
        pitch = lambda ch: dw + 0.3 if ch.isdigit() else dw * 0.55
        pos = x
        c.setFont(f, size)
        for ch in reversed(s):
            pos -= pitch(ch)
            c.drawString(pos + (pitch(ch) - stringWidth(ch, f, size)) / 2, y, ch)
        return
    c.setFont(f, size)
    if align == "r": c.drawRightString(x, y, s)
    elif align == "c": c.drawCentredString(x, y, s)
    else: c.drawString(x, y, s)


def build(path, rec, quirk, seed):
    size = (rec.W, rec.H)
    if quirk != "ocr":
        c = canvas.Canvas(path, pagesize=size)
        draw_pages(c, rec, quirk)
        c.save()
        return
    # a scan: the page drawn, rasterised, and the raster under an invisible word-by-word OCR layer
    tmp = tempfile.mkdtemp()
    try:
        c = canvas.Canvas(os.path.join(tmp, "p.pdf"), pagesize=size)
        draw_pages(c, rec, "plain")
        c.save()
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-jpeg", "-jpegopt", "quality=70",
                        os.path.join(tmp, "p.pdf"), os.path.join(tmp, "img")], check=True)
        imgs = sorted(glob.glob(os.path.join(tmp, "img-*.jpg")))
        rng = random.Random(seed * 7919)
        c = canvas.Canvas(path, pagesize=size)
        c.setPageCompression(1)
        for img, ops in zip(imgs, rec.pages):
            c.drawImage(img, 0, 0, rec.W, rec.H)
            for o in ops:
                if o[0] != "t": continue
                _, x, y, s, sz, bold, align, kind, col = o
                f = font(bold)
                w = stringWidth(s, f, sz)
                x0 = x - w if align == "r" else (x - w / 2 if align == "c" else x)
                fz = sz * rng.uniform(0.92, 1.12)  # the OCR engine's size for the line, from its height
                pos = x0
                for wd in s.split(" "):
                    if wd:
                        ww = stringWidth(wd, f, sz)
                        # the word's box hugs its ink (inside the advance by the side bearings), in whole pixels
                        bx = pos + rng.uniform(0.05, 0.5)
                        bw = pos + ww - rng.uniform(0.05, 0.5) - bx
                        by = y + rng.uniform(-0.75, 0.75)
                        to = c.beginText(bx, by)
                        to.setTextRenderMode(3); to.setFont("Helvetica", fz)
                        to.setHorizScale(100.0 * bw / stringWidth(wd, "Helvetica", fz))
                        to.textOut(wd); c.drawText(to)
                    pos += stringWidth(wd + " ", f, sz)
            c.showPage()
        c.save()
    finally:
        shutil.rmtree(tmp)


def draw_txns(rng, start, end, n, pool, credits):
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        desc, lo, hi = rng.choice(credits) if rng.random() < 0.22 else rng.choice(pool)
        sgn = 1 if (desc, lo, hi) in credits else -1
        amt = D(rng.randint(int(lo * 100), int(hi * 100))) / 100 * sgn
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999)), "amount": amt})
    txs.sort(key=lambda t: t["date"])
    return txs


def leader(label, value, width, size, bold=False):
    """'Opening balance ........ 1,234.56': dots filling the gap between a label and its right-aligned value."""
    f = font(bold)
    room = width - stringWidth(label + "  " + value, f, size)
    return label + " " + "." * max(3, int(room / stringWidth(".", f, size))) + " " + value


# ------------------------------------------------------------------ Shannonside Bank (Ireland, EUR)
SH_ADDR = ["Ms Aoife Ní Bhriain", "Apartment 12, Riverside Court", "Dock Road", "Limerick", "V94 K2P8"]
SH_LEGAL = ("Shannonside Bank p.l.c. is regulated by the Central Bank of Ireland. Registered in Ireland No. 24173. "
            "Registered Office: 7 Arthur's Quay, Limerick. Deposits are protected under the Deposit Guarantee Scheme.")


def shannon(stem, seed, quirk, n=22, overdraft=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 10, 1), dt.date(2025, 10, 31)
    pool = [("POS DUNNES STORES CRESCENT", 8, 120), ("POS TESCO IRELAND DOORADOYLE", 5, 90),
            ("DD ELECTRIC IRELAND 904412", 60, 180), ("DD VIRGIN MEDIA IRELAND", 45, 90),
            ("ATM CASH WITHDRAWAL O'CONNELL ST LIMERICK", 20, 200), ("SEPA DD IRISH LIFE HEALTH DAC {r}", 70, 140),
            ("VDP-AMAZON EU SARL AMAZON.DE/PM", 10, 150), ("TRANSFER TO CIARAN MURPHY RENT NOVEMBER SHARE", 450, 700),
            ("VDC-CIRCLE K DOCK ROAD", 30, 85)]
    credits = [("SALARY SHANNON AERO SERVICES LTD", 2600, 3400), ("TRANSFER FROM SAVINGS 88127745", 100, 600),
               ("REVOLUT PAYMENT FROM NIAMH O'BRIEN", 15, 120)]
    txs = draw_txns(rng, start, end, n, pool, credits)
    ob = D("-312.40") if overdraft else D("2314.07")
    cb = running(txs, ob)
    for t in txs: t["desc_lines"] = wrap(t["desc"], 34)
    W, H = A4
    L, R = 40, W - 40
    rec = Rec(A4)
    cols = [("Date", L, "l"), ("Details", L + 66, "l"), ("Debit €", L + 345, "r"), ("Credit €", L + 420, "r"),
            ("Balance €", R, "r")]

    def bal(v): return fmt(abs(v)) + (" DR" if v < 0 else "")

    inn = sum(t["amount"] for t in txs if t["amount"] > 0)
    out = -sum(t["amount"] for t in txs if t["amount"] < 0)
    rows = [(start, ["Opening Balance"], None, bal(ob))]
    rows += [(t["date"], t["desc_lines"], t["amount"], bal(t["bal"])) for t in txs]
    rows.append((end, ["Closing Balance"], None, bal(cb)))
    pages, cur, used = [], [], 0
    for r in rows:
        cap = 27 if not pages else 40
        if used + len(r[1]) > cap and cur:
            pages.append(cur); cur, used = [], 0
        cur.append(r); used += len(r[1])
    pages.append(cur)
    np_ = len(pages)
    for pi, pr in enumerate(pages):
        rec.page()
        rec.t(L, H - 52, "SHANNONSIDE BANK", 17, True)
        rec.t(L, H - 64, "Banking for the Mid-West since 1894", 7)
        rec.t(R, H - 50, "Current Account Statement", 11, True, "r")
        rec.t(R, H - 63, "Page %d of %d" % (pi + 1, np_), 8, align="r")
        y = H - 95
        if pi == 0:
            for i, a in enumerate(SH_ADDR): rec.t(L, y - 11 * i, a, 8.5)
            bx = R - 220
            info = [("Account name", "A Ní Bhriain"), ("IBAN", "IE64 SHNB 9903 1127 4410 58"), ("BIC", "SHNBIE2D"),
                    ("Statement date", end.strftime("%d/%m/%Y")),
                    ("Statement period", "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))]
            for i, (a, b) in enumerate(info):
                rec.t(bx, y - 11 * i, a, 7.5); rec.t(R, y - 11 * i, b, 7.5, align="r")
            y -= 70
            summ = [("Opening balance", bal(ob)), ("Total debits", fmt(out)), ("Total credits", fmt(inn)),
                    ("Closing balance", bal(cb))]
            rec.rect(L, y - 50, 240, 60)
            rec.t(L + 6, y, "Account summary", 8, True)
            for i, (a, b) in enumerate(summ):
                if quirk == "leaders":
                    rec.t(L + 6, y - 12 - 10 * i, leader(a, b, 228, 7.5, i == 3), 7.5, i == 3)
                else:
                    rec.t(L + 6, y - 12 - 10 * i, a, 7.5, i == 3); rec.t(L + 234, y - 12 - 10 * i, b, 7.5, i == 3, "r")
            y -= 78
        for (tl, x, al) in cols: rec.t(x, y, tl, 8, True, al, "head")
        rec.line(L, y - 4, R, y - 4, 0.8)
        y -= 16
        if pi > 0:
            prev = pages[pi - 1][-1][3]
            rec.t(L + 66, y, "Balance brought forward", 8, kind="desc", col=1); rec.t(R, y, prev, 8, align="r", kind="amt", col=4)
            y -= 13
        for (d, dl, a, b) in pr:
            rec.t(L, y, d.strftime("%d/%m/%Y"), 8, kind="cell", col=0)
            for j, l in enumerate(dl):
                if quirk == "leaders" and a is None:  # an opening/closing row's label runs in dots to the amounts
                    l = leader(l, "", 300, 8).rstrip()
                rec.t(L + 66, y - 11 * j, l, 8, kind="desc", col=1)
            if a is not None:
                if a < 0: rec.t(L + 345, y, fmt(-a), 8, align="r", kind="amt", col=2)
                else: rec.t(L + 420, y, fmt(a), 8, align="r", kind="amt", col=3)
            rec.t(R, y, b, 8, align="r", kind="amt", col=4)
            y -= 11 * len(dl) + 2
        if pi < np_ - 1:
            rec.t(L + 66, y, "Balance carried forward", 8, kind="desc", col=1); rec.t(R, y, pr[-1][3], 8, align="r", kind="amt", col=4)
        rec.line(L, 48, R, 48, 0.4)
        cut = SH_LEGAL.rfind(" ", 0, 150)
        rec.t(L, 38, SH_LEGAL[:cut], 5.5); rec.t(L, 31, SH_LEGAL[cut + 1:], 5.5)
    build(os.path.join(OUT, stem + ".pdf"), rec, quirk, seed)
    write_truth(stem, "HH_shannonside", "IE64SHNB99031127441058", "EUR", start, end, ob, txs, True)


# ------------------------------------------------------------------ Prairie Federal Credit Union (U.S., USD)
PF_ADDR = ["JORDAN T MCALLISTER", "8812 BRIARWOOD LN", "FISHERS IN 46038-2291"]


def prairie(stem, seed, quirk, n=20):
    rng = random.Random(seed)
    start, end = dt.date(2025, 10, 1), dt.date(2025, 10, 31)
    pool = [("POS Purchase Office Depot #1142 Fishers IN", 6, 140), ("ACH Debit Netflix.com Los Gatos CA", 15.49, 22.99),
            ("Debit Card Purchase Planet Fitness 317-555-0140 IN", 10, 25),
            ("POS Purchase Waterfield Florist Carmel IN", 25, 90), ("ATM Withdrawal Marsh Supermarkets Fishers",
                                                                    20, 200),
            ("ACH Debit Indiana Michigan Power Co Utility Pymt ID 1350001234 Web", 60, 190),
            ("Debit Card Purchase Shell Oil 57441 Fishers IN", 25, 70),
            ("Withdrawal Transfer To Share 01 Savings Online Banking", 50, 300),
            ("Share Draft #{r}", 40, 600)]
    credits = [("ACH Credit Profile Logistics LLC Payroll PPD", 1400, 2100),
               ("Deposit Shared Branch Fifth Third Fishers", 50, 400), ("Dividend Deposit", 0.11, 1.9)]
    txs = draw_txns(rng, start, end, n, pool, credits)
    for t in txs:
        if t["desc"].startswith("Share Draft #"): t["desc"] = "Share Draft #" + str(rng.randint(1041, 1099))
    ob = D("1186.52")
    cb = running(txs, ob)
    for t in txs: t["desc_lines"] = wrap(t["desc"], 54)
    W, H = LETTER
    L, R = 36, W - 36
    rec = Rec(LETTER)
    cols = [("Date", L, "l"), ("Transaction Description", L + 44, "l"), ("Withdrawals", L + 370, "r"),
            ("Deposits", L + 445, "r"), ("Balance", R, "r")]
    rows = [(start, ["Previous Balance"], None, fmt(ob))]
    rows += [(t["date"], t["desc_lines"], t["amount"], fmt(t["bal"])) for t in txs]
    rows.append((end, ["Ending Balance"], None, fmt(cb)))
    pages, cur, used = [], [], 0
    for r in rows:
        cap = 24 if not pages else 40
        if used + len(r[1]) > cap and cur:
            pages.append(cur); cur, used = [], 0
        cur.append(r); used += len(r[1])
    pages.append(cur)
    np_ = len(pages)
    wd = [t for t in txs if t["amount"] < 0]
    dp = [t for t in txs if t["amount"] > 0]
    for pi, pr in enumerate(pages):
        rec.page()
        rec.t(L, H - 48, "Prairie Federal Credit Union", 16, True)
        rec.t(L, H - 60, "PO Box 40115  Indianapolis IN 46240  (317) 555-0100  prairiefcu.org", 7)
        rec.t(R, H - 46, "Statement of Account", 10, True, "r")
        rec.t(R, H - 58, "Page %d of %d" % (pi + 1, np_), 7.5, align="r")
        y = H - 90
        if pi == 0:
            for i, a in enumerate(PF_ADDR): rec.t(L + 20, y - 11 * i, a, 8.5)
            bx = R - 200
            info = [("Member Number", "448190"), ("Statement Period", "%s thru %s" % (start.strftime("%m/%d/%Y"),
                                                                                     end.strftime("%m/%d/%Y")))]
            for i, (a, b) in enumerate(info):
                rec.t(bx, y - 11 * i, a, 7.5); rec.t(R, y - 11 * i, b, 7.5, align="r")
            y -= 56
            rec.rect(L, y - 4, R - L, 14, 0.88)
            rec.t(L + 4, y, "SHARE DRAFT CHECKING  Account ****4417", 9, True)
            y -= 22
            summ = [("Beginning Balance", fmt(ob)), ("Deposits & Credits (%d)" % len(dp), fmt(sum(t["amount"] for t in dp))),
                    ("Withdrawals & Debits (%d)" % len(wd), fmt(-sum(t["amount"] for t in wd))), ("Ending Balance", fmt(cb)),
                    ("Dividends Year to Date", "4.87")]
            for i, (a, b) in enumerate(summ):
                rec.t(L + 4, y - 10 * i, a, 7.5); rec.t(L + 230, y - 10 * i, b, 7.5, align="r")
            y -= 66
        else:
            rec.t(L + 4, y, "SHARE DRAFT CHECKING  Account ****4417 (continued)", 9, True)
            y -= 20
        for (tl, x, al) in cols: rec.t(x, y, tl, 8, True, al, "head")
        rec.line(L, y - 4, R, y - 4, 0.8)
        y -= 16
        for (d, dl, a, b) in pr:
            rec.t(L, y, d.strftime("%m/%d"), 8, kind="cell", col=0)
            for j, l in enumerate(dl): rec.t(L + 44, y - 11 * j, l, 8, kind="desc", col=1)
            if a is not None:
                if a < 0: rec.t(L + 370, y, fmt(-a), 8, align="r", kind="amt", col=2)
                else: rec.t(L + 445, y, fmt(a), 8, align="r", kind="amt", col=3)
            rec.t(R, y, b, 8, align="r", kind="amt", col=4)
            y -= 11 * len(dl) + 2
        rec.line(L, 44, R, 44, 0.4)
        rec.t(L, 34, "Federally insured by NCUA. Equal Housing Opportunity. Report errors within 60 days; see the back of "
                     "your statement for Your Billing Rights.", 5.5)
    build(os.path.join(OUT, stem + ".pdf"), rec, quirk, seed)
    write_truth(stem, "HH_prairie_fcu", "****4417", "USD", start, end, ob, txs, True)


# ------------------------------------------------------------------ Cobalt Mastercard (Canada, CAD), rows in two columns
def cobalt(stem, seed, quirk, n=30, credit=False, short_head=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 9, 15), dt.date(2025, 10, 14)
    pool = [("LOBLAWS #1024 TORONTO ON", 12, 160), ("TIM HORTONS #2231 TORONTO", 2, 9), ("PRESTO AUTL TORONTO ON", 3.3, 40),
            ("SHOPPERS DRUG MART #0812", 5, 60), ("AMAZON.CA*2K4LP0 AMAZON.CA", 10, 130), ("ESSO CIRCLE K 4471 ETOBICOKE", 30, 90),
            ("UBER CANADA/UBEREATS", 14, 55), ("ROGERS ******5521 888-764", 85, 125), ("CINEPLEX #8842 TORONTO", 12, 40)]
    credits = [("RETURN - AMAZON.CA MKTPLACE", 10, 60)]
    txs = draw_txns(rng, start, end, n, pool, credits)
    prev = D("1204.66")
    pay = D("1204.66") + (D("900.00") if credit else 0)
    txs.append({"date": dt.date(2025, 9, 26), "desc": "PAYMENT - THANK YOU / PAIEMENT - MERCI", "amount": pay})
    txs.sort(key=lambda t: t["date"])
    for t in txs: t["desc_lines"] = [t["desc"]] if len(t["desc"]) <= 27 else wrap(t["desc"], 24)
    new = prev - sum(t["amount"] for t in txs)
    W, H = LETTER
    L, R = 30, W - 30
    mid = W / 2
    rec = Rec(LETTER)

    def amt(a): return ("-" + fmt(a)) if a > 0 else fmt(-a)

    def nb(v): return fmt(-v) + " CR" if v < 0 else fmt(v)

    lines = []  # (row or None for the wrapped rest, line text index)
    for t in txs:
        for j in range(len(t["desc_lines"])): lines.append((t, j))
    cap = [26, 50]  # lines per column on page 1, on later pages
    cols_of = []  # list of columns, each a list of (t, j)
    i = 0
    while i < len(lines):
        c = cap[0] if len(cols_of) < 2 else cap[1]
        chunk = lines[i:i + c]
        while chunk and i + len(chunk) < len(lines) and lines[i + len(chunk)][1] > 0:  # keep a row's lines together
            chunk = chunk[:-1]
        cols_of.append(chunk); i += len(chunk)
    np_ = (len(cols_of) + 1) // 2
    pays = sum(t["amount"] for t in txs if t["amount"] > 0)
    buys = -sum(t["amount"] for t in txs if t["amount"] < 0)
    for pi in range(np_):
        rec.page()
        rec.t(L, H - 46, "COBALT", 18, True); rec.t(L + 86, H - 46, "Mastercard", 11)
        rec.t(R, H - 44, "Statement / Relevé", 10, True, "r")
        rec.t(R, H - 56, "Page %d of/de %d" % (pi + 1, np_), 7.5, align="r")
        y = H - 84
        if pi == 0:
            for k, a in enumerate(["PRIYA RAMANATHAN", "1402-88 ERSKINE AVE", "TORONTO ON  M4P 1Y3"]):
                rec.t(L, y - 10 * k, a, 8)
            bx = mid + 10
            summ = [("Card number", "5412 XXXX XXXX 3307"),
                    ("Statement period", "%s - %s" % (start.strftime("%b %d, %Y"), end.strftime("%b %d, %Y"))),
                    ("Previous balance", fmt(prev)), ("Payments & credits", "-" + fmt(pays)),
                    ("Purchases & debits", fmt(buys)), ("Interest", "0.00"), ("Fees", "0.00"), ("New balance", nb(new)),
                    ("Minimum payment", "0.00" if new <= 0 else fmt(max(D("10"), (new * D("0.03")).quantize(D("0.01"))))),
                    ("Payment due date", (end + dt.timedelta(days=21)).strftime("%b %d, %Y"))]
            rec.rect(bx - 6, y - 112, R - bx + 6, 122)
            for k, (a, b) in enumerate(summ):
                rec.t(bx, y - 10 * k - 2, a, 7.5, k == 7); rec.t(R - 4, y - 10 * k - 2, b, 7.5, k == 7, "r")
            y -= 130
        rec.t(L, y, "Transactions since your last statement", 9.5, True)
        y -= 16
        for side in range(2):
            ci = pi * 2 + side
            if ci >= len(cols_of): break
            x0 = L if side == 0 else mid + 6
            xr = (mid - 6) if side == 0 else R
            # "Trans. date | Post date", as the issuers print them; the short variant heads them "Trans. | Post"
            xp, xs = (x0 + 30, x0 + 62) if short_head else (x0 + 50, x0 + 94)
            hd = [("Trans." if short_head else "Trans. date", x0, "l"), ("Post" if short_head else "Post date", xp, "l"),
                  ("Description", xs, "l"), ("Amount ($)", xr, "r")]
            for (tl, x, al) in hd: rec.t(x, y, tl, 7, True, al, "head")
            rec.line(x0, y - 3, xr, y - 3, 0.6)
            yy = y - 13
            for (t, j) in cols_of[ci]:
                if j == 0:
                    rec.t(x0, yy, t["date"].strftime("%b %d").upper(), 7, kind="cell", col=side * 4)
                    post = t["date"] + dt.timedelta(days=(seed + t["date"].day) % 3)
                    rec.t(xp, yy, post.strftime("%b %d").upper(), 7, kind="cell", col=side * 4 + 1)
                    rec.t(xr, yy, amt(t["amount"]), 7, align="r", kind="amt", col=side * 4 + 3)
                rec.t(xs, yy, t["desc_lines"][j], 7, kind="desc", col=side * 4 + 2)
                yy -= 10
        rec.line(mid, y + 8, mid, 60, 0.4)
        rec.t(L, 44, "Cobalt Mastercard is issued by Cobalt Financial Bank under licence by Mastercard International "
                     "Incorporated. Interest rates: purchases 20.99%, cash advances 22.99%.", 5.5)
    build(os.path.join(OUT, stem + ".pdf"), rec, quirk, seed)
    write_truth(stem, "HH_cobalt_card", "****3307", "CAD", start, end, -prev, txs, False, cb=-new)


P = "hh_"
shannon(P + "shannonside__ocr", 1, "ocr")
shannon(P + "shannonside__ocr_2page", 2, "ocr", n=44)
prairie(P + "prairie__ocr", 3, "ocr")
shannon(P + "shannonside__tc05", 4, "tc05")
shannon(P + "shannonside__tc10", 5, "tc10")
prairie(P + "prairie__tc10", 6, "tc10")
prairie(P + "prairie__colmajor", 7, "colmajor")
prairie(P + "prairie__colmajor_2page", 8, "colmajor", n=42)
shannon(P + "shannonside__bottomup", 9, "bottomup", overdraft=True)
cobalt(P + "cobalt_card__twocol", 10, "plain")
cobalt(P + "cobalt_card__twocol_2page", 11, "plain", n=70)
cobalt(P + "cobalt_card__twocol_credit", 12, "plain", n=30, credit=True)
cobalt(P + "cobalt_card__twocol_shorthead", 17, "plain", short_head=True)
shannon(P + "shannonside__leaders", 13, "leaders")
prairie(P + "prairie__ligatures", 14, "ligatures")
shannon(P + "shannonside__smallcaps", 15, "smallcaps")
prairie(P + "prairie__digits", 16, "digits")
