#!/usr/bin/python3
"""Generator gz: one plain bank statement and one card statement, each drawn the ways other PDF producers draw
pages (landscape, /Rotate 90, glyph by glyph, word by word with justified gaps, a Form XObject table, a MediaBox
and CropBox with a non-zero origin, the standard Type 1 Helvetica, words as TJ strings whose gaps are offsets
(no space glyphs), justified lines stretched by the Tw operator, 6 pt and 12 pt type, shaded rows with rules,
a two-column cover page, a printer's slug in the MediaBox beyond the CropBox). The content is the same kind in
every file; only the drawing changes. Deterministic. SCRATCH=tm,tz,fakebold,colmajor,reverse,jitter,sidemark,tc
writes probe files in those drawings instead (not in the corpus: each was read exactly when tried)."""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from corpus_kit import fmt, make_txns, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gzw/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)


class Pen:
    """Draws strings the way a given producer does: whole strings, one glyph at a time (no space glyphs, only
    gaps), or one word at a time (gaps, and a justified line's gaps stretched)."""

    def __init__(self, c, mode="plain", fonts=("DV", "DVB")):
        self.c, self.mode, self.fonts = c, mode, fonts
        self.deferred = None

    def t(self, x, y, s, size=8, bold=False, align="l", just=None):
        if self.deferred is not None:
            self.deferred.append((x, y, s, size, bold, align, just)); return
        f = self.fonts[1] if bold else self.fonts[0]
        c = self.c
        c.setFont(f, size)
        hs = 0.85 if self.mode == "tz" else 1
        w = stringWidth(s, f, size) * hs
        x0 = x - w if align == "r" else (x - w / 2 if align == "c" else x)
        if self.mode == "plain":
            c.drawString(x0, y, s)
        elif self.mode == "fakebold":  # bold faked by printing the string twice, a quarter point apart
            c.drawString(x0, y, s)
            if bold: c.drawString(x0 + 0.25, y, s)
        elif self.mode == "tm":  # a font size of 1 scaled by the text matrix
            to = c.beginText(); to.setFont(f, 1); to.setTextTransform(size, 0, 0, size, x0, y); to.textOut(s); c.drawText(to)
        elif self.mode == "tz":  # condensed by horizontal scaling
            to = c.beginText(x0, y); to.setFont(f, size); to.setHorizScale(85); to.textOut(s); c.drawText(to)
        elif self.mode in ("tj", "tc", "tw"):
            to = c.beginText(x0, y); to.setFont(f, size)
            if self.mode == "tj":  # no space glyphs: each word a string, the gap a TJ offset
                sw = stringWidth(" ", f, size) * 1000 / size
                esc = lambda u: u.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                arr = (" %d " % -round(sw)).join("(%s)" % esc(wd) for wd in s.split(" "))
                to._code.append("[%s] TJ" % arr)
            elif self.mode == "tc":  # letter-spaced text
                to.setCharSpace(0.3); to.textOut(s)
            else:  # a justified line stretched with the word-spacing operator
                # Tw belongs to the graphics state: set it on every string (0 unless the line is justified)
                to.setWordSpace(max(0, (just - w) / s.count(" ")) if just and s.count(" ") else 0)
                to.textOut(s)
            c.drawText(to)
        elif self.mode == "glyph":
            for i, ch in enumerate(s):
                if ch != " ":
                    c.drawString(x0 + stringWidth(s[:i], f, size), y, ch)
        else:  # words
            words = s.split(" ")
            extra = 0
            if just and len(words) > 1 and align == "l":
                extra = max(0, (just - w) / (len(words) - 1))
            pos = x0
            sw = stringWidth(" ", f, size)
            for k, wd in enumerate(words):
                c.drawString(pos, y, wd)
                pos += stringWidth(wd, f, size) + sw + extra


# ------------------------------------------------------------------ content
def bank_data(seed, n=20):
    rng = random.Random(seed)
    start, end = dt.date(2025, 10, 1), dt.date(2025, 10, 31)
    pool = [("CARD PAYMENT TESCO STORES 2231 BRISTOL", 6, 95), ("DIRECT DEBIT BRITISH GAS SERVICES", 40, 140),
            ("CARD PAYMENT COSTA COFFEE CLIFTON", 2, 9), ("STANDING ORDER HARBOUR LETTINGS RENT REF {r}", 750, 980),
            ("CASH WITHDRAWAL LINK ATM QUEENS ROAD", 20, 200), ("DIRECT DEBIT BRISTOL CITY COUNCIL TAX", 120, 180),
            ("CARD PAYMENT AMAZON MARKETPLACE AMZN.CO.UK/PM REF {r}", 8, 120), ("FASTER PAYMENT TO J HARGREAVES {r}", 15, 300)]
    credits = [("FASTER PAYMENT FROM WESTBROOK CONSULTING LTD SALARY OCT", 1800, 2600), ("TRANSFER FROM SAVINGS 40127761", 100, 500)]
    txs = make_txns(rng, start, end, n, pool, credits)
    ob = D("1842.37")
    bal = ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
    return start, end, ob, txs


def card_data(seed, n=16):
    rng = random.Random(seed)
    start, end = dt.date(2025, 9, 15), dt.date(2025, 10, 14)
    pool = [("SAINSBURYS S/MKTS LONDON", 5, 90), ("TFL TRAVEL CH TFL.GOV.UK/CP", 2, 12), ("PRET A MANGER KINGS CROSS", 3, 14),
            ("JOHN LEWIS OXFORD ST", 20, 240), ("SPOTIFY P2F3C1 STOCKHOLM", 11.99, 11.99), ("SHELL WANDSWORTH 0421", 30, 80),
            ("BOOTS 1123 VICTORIA", 3, 40)]
    credits = [("REFUND JOHN LEWIS OXFORD ST", 10, 60)]
    txs = make_txns(rng, start, end, n, pool, credits)
    owed = D("623.18")
    pay = D("623.18")
    txs.append({"date": dt.date(2025, 9, 22), "desc": "PAYMENT RECEIVED - THANK YOU", "amount": pay})
    txs.sort(key=lambda t: t["date"])
    for t in txs: t["desc_lines"] = [t["desc"]]
    new = owed - sum(t["amount"] for t in txs)
    return start, end, owed, new, txs


def dmy(d): return d.strftime("%d %b %Y")


def lgd(d): return d.strftime("%d %B %Y").lstrip("0")


# ------------------------------------------------------------------ page setup per drawing variant
class Page:
    """A page of the given logical size W x H; rotate: content drawn for a /Rotate 90 page; origin: MediaBox offset."""

    def __init__(self, c, W, H, rotate=False, origin=(0, 0)):
        self.c, self.W, self.H, self.rotate, self.origin = c, W, H, rotate, origin

    def begin(self):
        self.c.saveState()
        if self.rotate:  # media box is H x W (portrait); shown turned 90 degrees clockwise, so draw turned back
            self.c.translate(self.H, 0); self.c.rotate(90)
        if self.origin != (0, 0):
            self.c.translate(*self.origin)

    def end(self):
        self.c.restoreState(); self.c.showPage()


def make_canvas(path, size, rotate=False, origin=(0, 0), crop=None):
    W, H = size
    if rotate:
        c = canvas.Canvas(path, pagesize=(W, H)); c.setPageRotation(90)  # ReportLab writes MediaBox [0 0 H W]
    else:
        c = canvas.Canvas(path, pagesize=size)
    if crop: c.setCropBox(crop)
    return c, Page(c, W, H, rotate, origin)


_orig_check = pdfdoc.PDFPage.check_format


def with_mediabox(box):
    def check(self, document):
        self.MediaBox = pdfdoc.PDFArray(list(box))
        _orig_check(self, document)
    pdfdoc.PDFPage.check_format = check


def reset_mediabox():
    pdfdoc.PDFPage.check_format = _orig_check


# ------------------------------------------------------------------ the bank statement
BANK_ADDR = ["MS ELEANOR J WHITCOMBE", "FLAT 3, 14 LARCH AVENUE", "CLIFTON", "BRISTOL", "BS8 2QT"]
LEGAL = ("Harbourside Bank plc is authorised by the Prudential Regulation Authority and regulated by the Financial "
         "Conduct Authority and the Prudential Regulation Authority (Financial Services Register number 204517). "
         "Registered in England and Wales no. 02065581. Registered office: 1 Quay Street, Bristol BS1 4DJ.")


def bank(stem, seed, variant, n=20):
    start, end, ob, txs = bank_data(seed, n)
    path = os.path.join(OUT, stem + ".pdf")
    size = A4
    rotate = variant == "rotate90"
    origin, crop = (0, 0), None
    if variant in ("landscape", "rotate90"): size = landscape(A4)
    if variant == "cropslug":
        crop = (0, 0, size[0], size[1])
        with_mediabox((0, 0, size[0] + 60, size[1]))
    if variant == "letter_origin":
        size = LETTER; origin = (36, -40)
        with_mediabox((36, -40, 36 + 612, -40 + 792)); crop = (46, -30, 36 + 602, -40 + 782)
    c, pg = make_canvas(path, size, rotate, origin, crop)
    pen = Pen(c, {"glyph": "glyph", "justified": "words", "tj": "tj", "tc": "tc", "tw": "tw", "tm": "tm", "tz": "tz", "fakebold": "fakebold"}.get(variant, "plain"),
              ("Helvetica", "Helvetica-Bold") if variant in ("helvetica", "tj") else ("DV", "DVB"))
    fs = {"small6": 6, "large12": 12}.get(variant, 8)
    lh = fs * 1.45
    W, H = size
    money_in = sum(t["amount"] for t in txs if t["amount"] > 0)
    money_out = -sum(t["amount"] for t in txs if t["amount"] < 0)
    closing = txs[-1]["bal"]
    # columns scaled to the width of the page
    L, R = 40, W - 40
    k = (R - L) / (595 - 80)
    xd, xs, xdb, xcr, xb = L, L + 62 * k * (fs / 8 if fs > 8 else 1), L + 350 * k, L + 425 * k, R
    if fs == 12: xs, xdb, xcr = L + 88, L + 330 * k, L + 420 * k
    cols = [("Date", xd, "l"), ("Description", xs, "l"), ("Debit", xdb, "r"), ("Credit", xcr, "r"), ("Balance", xb, "r")]
    desc_w = xdb - 60 * k - xs
    for t in txs:  # wrap to the description column's width (capitals average about 0.68 em)
        t["desc_lines"] = wrap(t["desc"], min(46, int(desc_w / (fs * 0.68))))

    # rows: opening line, transactions, closing line
    rows = [("", dmy(start), ["BALANCE BROUGHT FORWARD"], "", "", fmt(ob))]
    for t in txs:
        a = t["amount"]
        rows.append(("t", dmy(t["date"]), t["desc_lines"], fmt(-a) if a < 0 else "", fmt(a) if a > 0 else "", fmt(t["bal"])))
    rows.append(("", dmy(end), ["BALANCE CARRIED FORWARD"], "", "", fmt(closing)))

    def furniture(p, np_):
        pen.t(L, H - 50, "HARBOURSIDE BANK", 16, True)
        pen.t(R, H - 48, "Statement of account", 11, True, "r")
        pen.t(R, H - 61, "Page %d of %d" % (p, np_), 8, align="r")
        if variant == "sidemark":  # a mailing reference printed up the left edge
            c.saveState(); c.translate(22, 150); c.rotate(90); c.setFont("DV", 6)
            c.drawString(0, 0, "HB/STMT/%s/000137  61839204  %d/%d  D 2231 0425 1,842.37" % (end.strftime("%m%y"), p, np_)); c.restoreState()
        if variant == "cropslug":  # a printer's slug in the margin outside the CropBox, beside the table
            c.setFont("DV", 7)
            for i in range(8): c.drawString(W + 8, H - 330 - 40 * i, "0425-%02d 17.40" % i)
        cut = LEGAL.rfind(" ", 0, 150)
        pen.t(L, 30, LEGAL[:cut], 5.5, just=R - L); pen.t(L, 23, LEGAL[cut + 1:], 5.5)

    def head_block(y):
        for i, a in enumerate(BANK_ADDR):
            pen.t(L, y - 11 * i, a, 8.5)
        bx = R - 215
        pen.t(bx, y, "Current Account", 9, True)
        info = [("Account number", "61839204"), ("Sort code", "40-12-77"), ("Statement date", dmy(end)),
                ("Period", "%s to %s" % (dmy(start), dmy(end)))]
        for i, (a, b) in enumerate(info):
            pen.t(bx, y - 12 - 10.5 * i, a, 7.5); pen.t(R, y - 12 - 10.5 * i, b, 7.5, align="r")
        y -= 70
        c.setLineWidth(0.6); c.rect(L, y - 48, 250, 56)
        summ = [("Opening balance", fmt(ob)), ("Money in", fmt(money_in)), ("Money out", fmt(money_out)), ("Closing balance", fmt(closing))]
        pen.t(L + 6, y, "Your account summary", 8, True)
        for i, (a, b) in enumerate(summ):
            pen.t(L + 6, y - 11 - 10 * i, a, 7.5, i == 3); pen.t(L + 244, y - 11 - 10 * i, b, 7.5, i == 3, "r")
        return y - 70

    def table(y, prow, shaded):
        if variant in ("colmajor", "reverse"):
            pen.deferred = []
        if variant == "formxobject":
            name = "tbl%d" % id(prow)
            c.beginForm(name)
        for (title, x, al) in cols:
            pen.t(x, y, title, fs, True, al)
        c.setLineWidth(0.8); c.line(L, y - 4, R, y - 4)
        y -= lh + 4
        for i, (kind, d, dl, db, cr, bl) in enumerate(prow):
            nl = len(dl)
            if shaded:
                if i % 2 == 0:
                    c.setFillGray(0.9); c.rect(L, y - (nl - 1) * lh - fs * 0.4, R - L, nl * lh, stroke=0, fill=1); c.setFillGray(0)
                c.setLineWidth(0.3); c.line(L, y - (nl - 1) * lh - fs * 0.4, R, y - (nl - 1) * lh - fs * 0.4)
            pen.t(xd, y, d, fs)
            for j, l in enumerate(dl):
                pen.t(xs, y - j * lh, l, fs, just=(desc_w if j < nl - 1 else None))
            ay, af = (y - 0.8, fs + 1.5) if variant == "jitter" else (y, fs)  # cells centred: bigger amounts sit lower
            if db: pen.t(xdb, ay, db, af, align="r")
            if cr: pen.t(xcr, ay, cr, af, align="r")
            pen.t(xb, ay, bl, af, align="r")
            y -= lh * nl
        if variant == "formxobject":
            c.endForm(); c.doForm(name)
        if pen.deferred is not None:  # the same cells, written to the stream column by column or bottom row first
            calls, pen.deferred = pen.deferred, None
            calls = sorted(calls, key=lambda a: (a[0], -a[1])) if variant == "colmajor" else sorted(calls, key=lambda a: (a[1], a[0]))
            for a in calls: pen.t(*a)
        return y

    shaded = variant == "shaded"
    avail_first = (H - 200 - 60)
    if variant == "twocol":
        np_ = 2
        pg.begin(); furniture(1, np_)
        y = H - 95
        # two columns: left your details and summary, right news and help
        for i, a in enumerate(BANK_ADDR): pen.t(L, y - 11 * i, a, 8.5)
        cx = L + (R - L) / 2 + 10
        pen.t(cx, y, "Your Current Account at a glance", 10, True)
        info = [("Account number", "61839204"), ("Sort code", "40-12-77"), ("Statement date", dmy(end)),
                ("Statement period", "%s to %s" % (dmy(start), dmy(end))), ("Opening balance", fmt(ob)),
                ("Money in", fmt(money_in)), ("Money out", fmt(money_out)), ("Closing balance", fmt(closing)),
                ("Arranged overdraft limit", fmt(500))]
        for i, (a, b) in enumerate(info):
            pen.t(cx, y - 16 - 11 * i, a, 8); pen.t(R, y - 16 - 11 * i, b, 8, i == 7, "r")
        yl = y - 90
        pen.t(L, yl, "Important information", 10, True)
        news = ["From 1 January 2026 the interest rate on arranged", "overdrafts changes to 39.9% EAR (variable).",
                "You do not need to do anything. If you would like", "to talk to us about this, call 0345 600 2290.",
                "", "Protecting you from fraud: we will never ask you", "for your full PIN or passcode."]
        for i, l in enumerate(news): pen.t(L, yl - 14 - 11 * i, l, 8)
        pen.t(cx, yl - 100, "Your transactions are shown on the next page.", 8)
        pg.end()
        pg.begin(); furniture(2, np_)
        pen.t(L, H - 90, "Your transactions", 11, True)
        table(H - 110, rows, shaded)
        pg.end()
    else:
        pg.begin(); furniture(1, 1)
        y = head_block(H - 95)
        table(y, rows, shaded)
        pg.end()
    c.save()
    reset_mediabox()
    write_truth(stem, "GZ_harbourside", "61839204", "GBP", start, end, ob, txs, True)


# ------------------------------------------------------------------ the card statement
def card(stem, seed, variant):
    start, end, owed, new, txs = card_data(seed)
    path = os.path.join(OUT, stem + ".pdf")
    c, pg = make_canvas(path, A4)
    pen = Pen(c, {"glyph": "glyph"}.get(variant, "plain"),
              ("Helvetica", "Helvetica-Bold") if variant == "helvetica" else ("DV", "DVB"))
    fs = {"small6": 6}.get(variant, 8)
    lh = fs * 1.5
    W, H = A4
    L, R = 40, W - 40
    pays = sum(t["amount"] for t in txs if t["amount"] > 0)
    buys = -sum(t["amount"] for t in txs if t["amount"] < 0)
    pg.begin()
    pen.t(L, H - 50, "NORTHGATE CARD SERVICES", 15, True)
    pen.t(R, H - 48, "Visa Platinum statement", 11, True, "r")
    pen.t(R, H - 61, "Page 1 of 1", 8, align="r")
    for i, a in enumerate(["MR DANIEL O'SULLIVAN", "27 WANDLE ROAD", "LONDON", "SW18 4HE"]):
        pen.t(L, H - 95 - 11 * i, a, 8.5)
    bx = R - 230
    c.setLineWidth(0.6); c.rect(bx - 6, H - 180, 236, 96)
    summ = [("Statement date", dmy(end)), ("Card number", "**** **** **** 5521"), ("Previous balance", fmt(owed)),
            ("Payments and credits", fmt(pays)), ("New purchases and charges", fmt(buys)), ("New balance", fmt(new)),
            ("Minimum payment", fmt(max(D("25"), (new * D("0.03")).quantize(D("0.01"))))),
            ("Payment due date", dmy(end + dt.timedelta(days=25)))]
    for i, (a, b) in enumerate(summ):
        pen.t(bx, H - 96 - 10.5 * i, a, 7.5, i == 5); pen.t(R - 2, H - 96 - 10.5 * i, b, 7.5, i == 5, "r")
    y = H - 210
    pen.t(L, y, "Your transactions from %s to %s" % (dmy(start), dmy(end)), 10, True)
    y -= 20
    xd, xp, xs, xa = L, L + 60, L + 120, R
    for (tl, x, al) in [("Date", xd, "l"), ("Posted", xp, "l"), ("Description", xs, "l"), ("Amount (£)", xa, "r")]:
        pen.t(x, y, tl, fs, True, al)
    c.line(L, y - 4, R, y - 4)
    y -= lh + 4
    rng = random.Random(seed + 7)
    for t in txs:
        a = t["amount"]
        pen.t(xd, y, t["date"].strftime("%d %b"), fs)
        pen.t(xp, y, (t["date"] + dt.timedelta(days=rng.randint(0, 2))).strftime("%d %b"), fs)
        pen.t(xs, y, t["desc"], fs)
        pen.t(xa, y, fmt(-a) if a < 0 else fmt(a) + " CR", fs, align="r")
        y -= lh
    c.line(L, y + lh - 4, R, y + lh - 4)
    pen.t(xs, y - 4, "New balance", fs, True); pen.t(xa, y - 4, fmt(new), fs, True, "r")
    pen.t(L, 40, "Northgate Card Services is a trading name of Northgate Bank UK plc, authorised by the Prudential Regulation", 5.5)
    pen.t(L, 33, "Authority and regulated by the Financial Conduct Authority. Registered in England no. 03318844.", 5.5)
    pg.end()
    c.save()
    write_truth(stem, "GZ_northgate_card", "****5521", "GBP", start, end, -owed, txs, False, cb=-new)


P = "gz_"
if os.environ.get("SCRATCH"):
    for i, v in enumerate(os.environ["SCRATCH"].split(",")):
        bank(P + "scratch__" + v, 50 + i, v)
    sys.exit(0)
bank(P + "harbourside__landscape", 1, "landscape", n=14)
bank(P + "harbourside__rotate90", 2, "rotate90", n=14)
bank(P + "harbourside__glyphs", 3, "glyph")
bank(P + "harbourside__justified", 4, "justified")
bank(P + "harbourside__formxobject", 5, "formxobject")
bank(P + "harbourside__letter_origin", 6, "letter_origin")
bank(P + "harbourside__large12", 7, "large12", n=10)
bank(P + "harbourside__shaded", 8, "shaded")
bank(P + "harbourside__twocol", 9, "twocol")
bank(P + "harbourside__tj_offsets", 41, "tj")
bank(P + "harbourside__tw_justified", 42, "tw")
bank(P + "harbourside__cropslug", 43, "cropslug")
card(P + "northgate_card__helvetica", 21, "helvetica")
card(P + "northgate_card__small6", 22, "small6")
