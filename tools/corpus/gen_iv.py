#!/usr/bin/python3
"""Generator iv: four plain layouts of ordinary banks, each drawn with page-building habits of other PDF producers;
14 files (a base and one-change variants), exact truth. Deterministic. The point is the producer, not the bank.
Every file is written by hand (raw content streams, the standard Helvetica), as ReportLab draws none of these habits.

Bank Australia (AUD: Date "05/06/2025" / Description / Debit / Credit / Balance, Opening/Closing Balance rows, BSB
and account number) from a report writer that draws each table row as a Form XObject of its own, placed with a `cm`
matrix; a variant drawing every cell as a form at twice the size scaled by half, one writing the rows into the content
stream in random order, and a two-page variant of row forms. BAWAG (Austria, EUR: Datum / Buchungstext / Valuta / Soll
/ Haben / Saldo, "1.234,56", Alter/Neuer Kontostand rows) set condensed by horizontal scaling (`70 Tz`); a variant
whose foreign-currency rows carry a raised footnote mark (`Ts`, 5 pt) after the description or the amount, explained
under the table, and a two-page condensed variant letter-spaced by `Tc`. Laurentian Bank (Canada, CAD: Date
"2025-06-05" / Description / Withdrawals / Deposits / Balance, Opening/Closing balance rows) on pages whose geometry
is odd: a MediaBox centred on the origin, [-306 -396 306 396], turned by /Rotate 180 (drawn upside down); a portrait
MediaBox turned by /Rotate 270 holding a landscape table; a page of /UserUnit 2 (its MediaBox and all drawing at half
size); and a CropBox narrower than the MediaBox, an internal ledger column of numbers beside the rows outside it.
Ulster Bank (Northern Ireland, GBP: Date "05 JUN 2025" / Details / Withdrawn / Paid In / Balance, BALANCE BROUGHT /
CARRIED FORWARD rows) whose rows are no page content: every cell a filled text field (an AcroForm widget with its
appearance stream) over a page holding only the template; a variant with each row a FreeText annotation; and a
two-page FreeText variant with a diagonal grey "COPY" over the table and a hidden annotation (flag 2) holding a stale
row, which no viewer shows.

Truth choices: a footnote mark is no text of its row (it points to a note under the table); what lies outside the
CropBox and the hidden annotation are no text; the text of a widget or an annotation's appearance is text, as a
viewer shows it.
"""
import datetime as dt
import os
import random
import sys
import zlib
from decimal import Decimal as D

from reportlab.pdfbase.pdfmetrics import stringWidth

import corpus_kit  # noqa: F401
from corpus_kit import fmt, make_txns, row_truth_writer, running, sums

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/iv/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def esc(s):
    b = s.encode("cp1252")
    return "".join("\\%03o" % c if c > 126 else chr(c).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                   for c in b)


def width(s, size, bold=False, tz=100, tc=0.0):
    return (stringWidth(s, "Helvetica-Bold" if bold else "Helvetica", size) + tc * len(s)) * tz / 100


class Item:
    """One string of the page: left x, baseline y, the row it belongs to (None: the page's furniture)."""

    def __init__(self, x, y, s, size=8, bold=False, row=None, rise=0.0, gray=0.0):
        self.x, self.y, self.s, self.size, self.bold, self.row, self.rise, self.gray = x, y, s, size, bold, row, rise, gray

    def op(self, dx=0.0, dy=0.0, k=1.0, tz=100, tc=0.0):
        return ("BT /F%d %g Tf %g Tz %g Tc %g Ts %g g %.2f %.2f Td (%s) Tj ET"
                % (2 if self.bold else 1, self.size * k, tz, tc * k, self.rise * k, self.gray, (self.x - dx) * k,
                   (self.y - dy) * k, esc(self.s)))


class Sheet:
    """A page being laid out: strings and rules, measured with the page's text scaling and spacing."""

    def __init__(self, W, H, tz=100, tc=0.0):
        self.W, self.H, self.tz, self.tc = W, H, tz, tc
        self.items, self.rules, self.extra = [], [], []

    def t(self, x, y, s, size=8, bold=False, align="l", row=None, rise=0.0, tc=None):
        tc = self.tc if tc is None else tc
        w = width(s, size, bold, self.tz, tc)
        x0 = x - w if align == "r" else (x - w / 2 if align == "c" else x)
        self.items.append(Item(x0, y, s, size, bold, row, rise))
        return x0 + w

    def line(self, x1, y1, x2, y2):
        self.rules.append("0.5 w %.2f %.2f m %.2f %.2f l S" % (x1, y1, x2, y2))


class RawPdf:
    """Pages written by hand: the standard Helvetica (WinAnsi), forms, annotations, odd page boxes."""

    def __init__(self, path):
        self.path, self.objs, self.pages, self.fields = path, [], [], []
        self.font = self.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        self.fontb = self.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        self.res = "<< /Font << /F1 %d 0 R /F2 %d 0 R >> >>" % (self.font, self.fontb)

    def add(self, body):
        self.objs.append(body if isinstance(body, bytes) else body.encode("latin-1"))
        return len(self.objs)

    def stream(self, content, dict_=""):
        data = zlib.compress(content.encode("latin-1"))
        return self.add(b"<< %s /Length %d /Filter /FlateDecode >>\nstream\n" % (dict_.encode(), len(data)) + data
                        + b"\nendstream")

    def form(self, content, bbox):
        return self.stream(content, "/Type /XObject /Subtype /Form /BBox [%.2f %.2f %.2f %.2f] /Resources %s"
                           % (*bbox, self.res))

    def page(self, content, media, crop=None, rotate=0, unit=None, xobjects=None, annots=()):
        cid = self.stream(content)
        xo = " ".join("/%s %d 0 R" % kv for kv in (xobjects or {}).items())
        res = "<< /Font << /F1 %d 0 R /F2 %d 0 R >> /XObject << %s >> >>" % (self.font, self.fontb, xo)
        extra = (" /CropBox [%g %g %g %g]" % crop if crop else "") + (" /Rotate %d" % rotate if rotate else "") \
            + (" /UserUnit %g" % unit if unit else "")
        self.pages.append((cid, res, "/MediaBox [%g %g %g %g]%s" % (*media, extra), list(annots)))

    def annot(self, subtype, rect, content, flags=4, extra=""):
        """An annotation whose normal appearance draws content in its rect (the appearance's origin its corner)."""
        x1, y1, x2, y2 = rect
        ap = self.form(content, (0, 0, x2 - x1, y2 - y1))
        return self.add("<< /Type /Annot /Subtype /%s /Rect [%.2f %.2f %.2f %.2f] /F %d /AP << /N %d 0 R >> %s >>"
                        % (subtype, x1, y1, x2, y2, flags, ap, extra))

    def save(self):
        n = len(self.objs)
        pages_id = n + len(self.pages) + 1
        kids = []
        for cid, res, boxes, annots in self.pages:
            an = " /Annots [%s]" % " ".join("%d 0 R" % a for a in annots) if annots else ""
            kids.append(self.add("<< /Type /Page /Parent %d 0 R %s /Contents %d 0 R /Resources %s%s >>"
                                 % (pages_id, boxes, cid, res, an)))
        assert self.add("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))) \
            == pages_id
        acro = ""
        if self.fields:
            acro = " /AcroForm << /Fields [%s] /DR << /Font << /Helv %d 0 R >> >> /DA (/Helv 0 Tf 0 g) >>" % (
                " ".join("%d 0 R" % f for f in self.fields), self.font)
        root = self.add("<< /Type /Catalog /Pages %d 0 R%s >>" % (pages_id, acro))
        out, offs = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n"), []
        for i, body in enumerate(self.objs, 1):
            offs.append(len(out)); out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1)
        out += b"".join(b"%010d 00000 n \n" % o for o in offs)
        out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(self.objs) + 1, root, xref)
        open(self.path, "wb").write(bytes(out))


def paginate(rows, first, other):
    pages, cur, cap = [], [], first
    for r in rows:
        if len(cur) >= cap:
            pages.append(cur); cur, cap = [], other
        cur.append(r)
    pages.append(cur)
    return pages


def plain_content(sh, order=None):
    """The sheet as one content stream; order: the rows' ids in the order to draw them (page order when None)."""
    ops = list(sh.rules) + list(sh.extra)
    ops += [i.op(tz=sh.tz, tc=sh.tc) for i in sh.items if i.row is None]
    rows = sorted({i.row for i in sh.items if i.row is not None})
    for r in (order(rows) if order else rows):
        ops += [i.op(tz=sh.tz, tc=sh.tc) for i in sh.items if i.row == r]
    return "\n".join(ops)


# ------------------------------------------------------------------ 1 Bank Australia (rows and cells as forms)
AU_POOL = [("EFTPOS COLES 0871 BRUNSWICK VIC", 12, 180), ("VISA PURCHASE AMPOL FOODARY {r} COBURG", 30, 110),
           ("BPAY AGL ENERGY {r}", 90, 420), ("DIRECT DEBIT OPTUS MOBILE {r}", 40, 95),
           ("ATM WITHDRAWAL BANK AUSTRALIA CARLTON", 50, 400), ("EFTPOS KMART {r} ESSENDON", 15, 220),
           ("OSKO PAYMENT TO L NGUYEN {r}", 100, 900), ("VISA PURCHASE MYKI TOP UP MELBOURNE", 10, 60),
           ("ACCOUNT SERVICE FEE", 4, 6)]
AU_CRED = [("SALARY MONASH UNIVERSITY {r}", 2600, 3900), ("OSKO DEPOSIT FROM P ROSSI {r}", 50, 600),
           ("INTEREST PAID", 0.2, 3)]


def bank_australia(stem, seed, n=20, mode="rows"):
    rng = random.Random(seed)
    start, end_ = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D(rng.randint(80000, 600000)) / 100
    txs = make_txns(rng, start, end_, n, AU_POOL, AU_CRED)
    cb = running(txs, ob)
    for t in txs:
        t["desc_lines"] = [t["desc"]]
    pdf = RawPdf(os.path.join(OUT, stem + ".pdf"))
    W, H = 595.28, 841.89
    cols = [40, 105, 400, 470, 555]
    pages = paginate(txs, 30, 44)
    for pi, pr in enumerate(pages):
        sh = Sheet(W, H)
        y = H - 50
        sh.t(40, y, "Bank Australia", 16, True)
        sh.t(W - 40, y, "Everyday Access Account Statement", 10, True, "r")
        sh.t(W - 40, y - 13, "Statement period 01/06/2025 to 30/06/2025", 8, False, "r")
        y -= 34
        if pi == 0:
            for k, s in enumerate(["MS PRIYA ANAND", "14 LYGON STREET", "BRUNSWICK EAST VIC 3057"]):
                sh.t(40, y - 11 * k, s)
            sh.t(W - 210, y, "BSB  313-140", 8)
            sh.t(W - 210, y - 11, "Account number  12068 4471", 8)
            sh.t(W - 210, y - 22, "Currency  AUD", 8)
            y -= 44
            out_, in_ = sums(txs)
            for k, (lab, v) in enumerate([("Opening balance", ob), ("Total debits", out_), ("Total credits", in_),
                                          ("Closing balance", cb)]):
                sh.t(40 + 130 * k, y, lab, 7.5); sh.t(40 + 130 * k, y - 11, "$" + fmt(v), 9, True)
            y -= 34
        for x, (title, al) in zip(cols, [("Date", "l"), ("Description", "l"), ("Debit", "r"), ("Credit", "r"),
                                         ("Balance", "r")]):
            sh.t(x, y, title, 8, True, al)
        sh.line(40, y - 4, W - 40, y - 4)
        y -= 16
        rid = 0
        if pi == 0:
            sh.t(cols[1], y, "OPENING BALANCE", row=rid); sh.t(cols[4], y, fmt(ob), 8, False, "r", row=rid)
            y -= 13; rid += 1
        for t in pr:
            sh.t(cols[0], y, t["date"].strftime("%d/%m/%Y"), row=rid)
            sh.t(cols[1], y, t["desc"], row=rid)
            sh.t(cols[2] if t["amount"] < 0 else cols[3], y, fmt(abs(t["amount"])), 8, False, "r", row=rid)
            sh.t(cols[4], y, fmt(t["bal"]), 8, False, "r", row=rid)
            y -= 13; rid += 1
        if pi == len(pages) - 1:
            sh.t(cols[1], y, "CLOSING BALANCE", row=rid); sh.t(cols[4], y, fmt(cb), 8, False, "r", row=rid)
        sh.t(40, 30, "Bank Australia Limited ABN 21 087 651 607 AFSL/Australian credit licence 236476", 6.5)
        sh.t(W - 40, 30, "Page %d of %d" % (pi + 1, len(pages)), 7, False, "r")
        if mode == "shuffled":
            pdf.page(plain_content(sh, lambda rows: rng.sample(rows, len(rows))), (0, 0, W, H))
            continue
        ops = list(sh.rules) + [i.op() for i in sh.items if i.row is None]
        xobjects = {}
        rows = sorted({i.row for i in sh.items if i.row is not None})
        for r in rows:
            its = [i for i in sh.items if i.row == r]
            base = its[0].y
            if mode == "rows":  # the row's own form, its origin the row's left end on the baseline
                name = "R%d" % r
                xobjects[name] = pdf.form("\n".join(i.op(dx=40, dy=base) for i in its), (-2, -4, W - 78, 12))
                ops.append("q 1 0 0 1 40 %.2f cm /%s Do Q" % (base, name))
            else:  # every cell a form drawn at twice the size, placed at half scale
                for k, i in enumerate(its):
                    name = "C%d_%d" % (r, k)
                    w = width(i.s, i.size) * 2
                    xobjects[name] = pdf.form(i.op(dx=i.x, dy=i.y, k=2), (-2, -8, w + 2, 24))
                    ops.append("q 0.5 0 0 0.5 %.2f %.2f cm /%s Do Q" % (i.x, i.y, name))
        pdf.page("\n".join(ops), (0, 0, W, H), xobjects=xobjects)
    pdf.save()
    write(stem, "iv_au_bankaustralia", "****4471", "AUD", start, end_, ob, cb, txs)


# ------------------------------------------------------------------ 2 BAWAG (Tz 70, Ts footnote marks, Tc)
AT_POOL = [("Bezahlung Karte BILLA DANKT 1020 Wien", 8, 120), ("Lastschrift Wiener Stadtwerke Energie", 60, 180),
           ("Dauerauftrag Miete Wohnungseigentum GmbH", 650, 980), ("Bezahlung Karte OMV Tankstelle 4113", 30, 90),
           ("Lastschrift A1 Telekom Austria AG", 25, 70), ("Behebung Bankomat BAWAG Filiale Praterstern", 20, 300),
           ("Überweisung an Sabine Gruber", 20, 400)]
AT_FX = [("Bezahlung Karte AMAZON EU SARL Luxemburg USD", 12, 160), ("Bezahlung Karte BOOKING.COM Amsterdam GBP", 60, 400)]
AT_CRED = [("Gehalt Wiener Linien GmbH & Co KG", 2300, 3400), ("Gutschrift Überweisung Lukas Bauer", 15, 300)]


def bawag(stem, seed, n=18, tz=70, marks=False, tc=0.0):
    rng = random.Random(seed)
    start, end_ = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D(rng.randint(50000, 500000)) / 100
    txs = make_txns(rng, start, end_, n, AT_POOL + AT_FX, AT_CRED)
    cb = running(txs, ob)
    fx = {d for d, _, _ in AT_FX}
    for t in txs:
        t["desc_lines"] = [t["desc"]]
    de = lambda v: fmt(v, ".", ",")
    dd = lambda d: d.strftime("%d.%m.%Y")
    pdf = RawPdf(os.path.join(OUT, stem + ".pdf"))
    W, H = 595.28, 841.89
    cols = [45, 100, 330, 420, 480, 550]
    pages = paginate(txs, 28, 42)
    for pi, pr in enumerate(pages):
        sh = Sheet(W, H, tz, tc)
        y = H - 55
        sh.t(45, y, "BAWAG", 17, True)
        sh.t(W - 45, y, "Kontoauszug Nr. 6/2025", 10, True, "r")
        sh.t(W - 45, y - 13, "Seite %d von %d" % (pi + 1, len(pages)), 8, False, "r")
        y -= 34
        if pi == 0:
            for k, s in enumerate(["Frau Mag. Katharina Pichler", "Mariahilfer Straße 88/12", "1070 Wien"]):
                sh.t(45, y - 11 * k, s)
            sh.t(W - 240, y, "Konto  BAWAG KONTO Plus", 8)
            sh.t(W - 240, y - 11, "IBAN AT46 1400 0862 1095 3307", 8)
            sh.t(W - 240, y - 22, "Zeitraum 01.06.2025 bis 30.06.2025", 8)
            sh.t(W - 240, y - 33, "Währung EUR", 8)
            y -= 54
        for x, (title, al) in zip(cols, [("Datum", "l"), ("Buchungstext", "l"), ("Valuta", "l"), ("Soll", "r"),
                                         ("Haben", "r"), ("Saldo", "r")]):
            sh.t(x, y, title, 8, True, al)
        sh.line(45, y - 4, W - 45, y - 4)
        y -= 16
        bf = ob if pi == 0 else pr[0]["bal"] - pr[0]["amount"]
        sh.t(cols[1], y, "Alter Kontostand" if pi == 0 else "Übertrag", 8, True)
        sh.t(cols[5], y, de(bf), 8, True, "r")
        y -= 13
        noted = False
        for k, t in enumerate(pr):
            sh.t(cols[0], y, dd(t["date"]))
            e = sh.t(cols[1], y, t["desc"])
            sh.t(cols[2], y, dd(t["date"]))
            a = sh.t(cols[3] if t["amount"] < 0 else cols[4], y, de(abs(t["amount"])), 8, False, "r")
            sh.t(cols[5], y, de(t["bal"]), 8, False, "r")
            if marks and t["desc"] in fx:  # the mark on the text, or on the amount, alternately
                sh.t((e if k % 2 else a) + 0.6, y, "1", 5, rise=3.2, tc=0)
                noted = True
            y -= 13
        last = pi == len(pages) - 1
        sh.t(cols[1], y, "Neuer Kontostand" if last else "Übertrag", 8, True)
        sh.t(cols[5], y, de(cb if last else pr[-1]["bal"]), 8, True, "r")
        if noted:
            sh.t(45, y - 24, "1", 5, rise=3.2, tc=0)
            sh.t(49, y - 24, "Fremdwährungsumsatz: umgerechnet zum Devisenkurs des Vortags, zzgl. 1,50 % Entgelt.", 7)
        sh.t(45, 32, "BAWAG P.S.K. Bank für Arbeit und Wirtschaft und Österreichische Postsparkasse AG, 1100 Wien", 6.5)
        pdf.page(plain_content(sh), (0, 0, W, H))
    pdf.save()
    write(stem, "iv_at_bawag", "****3307", "EUR", start, end_, ob, cb, txs)


# ------------------------------------------------------------------ 3 Laurentian Bank (page geometry)
CA_POOL = [("POS PURCHASE METRO PLUS #214 MONTREAL QC", 15, 190), ("PRE-AUTHORIZED DEBIT HYDRO-QUEBEC {r}", 60, 210),
           ("INTERAC E-TRANSFER SENT {r}", 20, 400), ("POS PURCHASE SAQ #23047 LAVAL QC", 12, 90),
           ("ATM WITHDRAWAL LAURENTIAN BANK 0412", 20, 300), ("BILL PAYMENT VIDEOTRON LTEE {r}", 50, 140),
           ("MONTHLY PLAN FEE", 8, 12)]
CA_CRED = [("PAYROLL DEPOSIT CENTRE HOSPITALIER {r}", 1900, 3100), ("INTERAC E-TRANSFER RECEIVED {r}", 25, 500)]


def laurentian(stem, seed, n=20, geo="rot180"):
    rng = random.Random(seed)
    start, end_ = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D(rng.randint(50000, 500000)) / 100
    txs = make_txns(rng, start, end_, n, CA_POOL, CA_CRED)
    cb = running(txs, ob)
    for t in txs:
        t["desc_lines"] = [t["desc"]]
    pdf = RawPdf(os.path.join(OUT, stem + ".pdf"))
    W, H = (792, 612) if geo == "rot270" else (612, 792)  # the page as the reader sees it
    cols = [40, 110, W - 232, W - 142, W - 40]
    sh = Sheet(W, H)
    y = H - 50
    sh.t(40, y, "Laurentian Bank", 16, True)
    sh.t(W - 40, y, "Personal Chequing Account", 10, True, "r")
    sh.t(W - 40, y - 13, "Statement period 2025-06-01 to 2025-06-30", 8, False, "r")
    y -= 34
    for k, s in enumerate(["ETIENNE LAVOIE", "3580 RUE SAINT-DENIS APP 4", "MONTREAL QC  H2X 3L2"]):
        sh.t(40, y - 11 * k, s)
    sh.t(W - 220, y, "Transit  02311", 8)
    sh.t(W - 220, y - 11, "Account number  0418-562093", 8)
    sh.t(W - 220, y - 22, "All amounts in Canadian dollars (CAD)", 8)
    y -= 44
    for x, (title, al) in zip(cols, [("Date", "l"), ("Description", "l"), ("Withdrawals", "r"), ("Deposits", "r"),
                                     ("Balance", "r")]):
        sh.t(x, y, title, 8, True, al)
    sh.line(40, y - 4, W - 40, y - 4)
    y -= 16
    sh.t(cols[1], y, "Opening balance"); sh.t(cols[4], y, fmt(ob), 8, False, "r"); y -= 12
    ledger = []
    for k, t in enumerate(txs):
        sh.t(cols[0], y, t["date"].isoformat())
        sh.t(cols[1], y, t["desc"])
        sh.t(cols[2] if t["amount"] < 0 else cols[3], y, fmt(abs(t["amount"])), 8, False, "r")
        sh.t(cols[4], y, fmt(t["bal"]), 8, False, "r")
        ledger.append((y, "4410.%02d  %s" % (rng.randint(10, 99), fmt(abs(t["amount"]) + rng.randint(1, 9)))))
        y -= 12 if geo != "rot270" else 11
    sh.t(cols[1], y, "Closing balance"); sh.t(cols[4], y, fmt(cb), 8, False, "r")
    sh.t(40, 30, "Laurentian Bank of Canada, 1360 boul. Rene-Levesque Ouest, Montreal QC", 6.5)
    sh.t(W - 40, 30, "Page 1 of 1", 7, False, "r")
    body = plain_content(sh)
    if geo == "rot180":  # shown turned half a turn: drawn upside down in a box centred on the origin
        pdf.page("q -1 0 0 -1 %g %g cm\n%s\nQ" % (W / 2, H / 2, body), (-W / 2, -H / 2, W / 2, H / 2), rotate=180)
    elif geo == "rot270":  # a portrait MediaBox shown turned three quarters clockwise: landscape drawn turned back
        pdf.page("q 0 -1 1 0 0 %g cm\n%s\nQ" % (W, body), (0, 0, H, W), rotate=270)
    elif geo == "unit":  # UserUnit 2: every unit two points, the page and its drawing at half size
        pdf.page("q 0.5 0 0 0.5 0 0 cm\n%s\nQ" % body, (0, 0, W / 2, H / 2), unit=2)
    else:  # a CropBox narrower than the media: the ledger column beside the rows is cut away
        sh2 = Sheet(W + 200, H)
        sh2.t(W + 30, ledger[0][0] + 16, "GL ACCT  RECON", 7, True)
        for yy, s in ledger:
            sh2.t(W + 30, yy, s, 7)
        pdf.page(body + "\n" + plain_content(sh2), (0, 0, W + 200, H), crop=(0, 0, W, H))
    pdf.save()
    write(stem, "iv_ca_laurentian", "****2093", "CAD", start, end_, ob, cb, txs)


# ------------------------------------------------------------------ 4 Ulster Bank (fields and annotations)
UK_POOL = [("CARD PAYMENT TESCO STORES 2234 BELFAST", 8, 140), ("DIRECT DEBIT NIE ENERGY SUPPLY", 40, 120),
           ("CARD PAYMENT TRANSLINK METRO", 3, 25), ("STANDING ORDER RENT J MCCANN", 450, 700),
           ("CASH WITHDRAWAL ULSTER BANK DONEGALL PL", 20, 200), ("DIRECT DEBIT BT GROUP PLC", 30, 65),
           ("CARD PAYMENT SAINSBURYS FORESTSIDE", 15, 95), ("ONLINE PAYMENT TO C O'NEILL", 20, 300)]
UK_CRED = [("SALARY BELFAST HEALTH TRUST", 1500, 2600), ("FASTER PAYMENT FROM R KELLY", 20, 300)]


def ulster(stem, seed, n=18, how="fields", copy=False):
    rng = random.Random(seed)
    start, end_ = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D(rng.randint(20000, 400000)) / 100
    txs = make_txns(rng, start, end_, n, UK_POOL, UK_CRED)
    cb = running(txs, ob)
    for t in txs:
        t["desc_lines"] = [t["desc"]]
    pdf = RawPdf(os.path.join(OUT, stem + ".pdf"))
    W, H = 595.28, 841.89
    cols = [45, 115, 390, 465, 550]
    aligns = ["l", "l", "r", "r", "r"]
    pages = paginate(txs, 30, 44)
    for pi, pr in enumerate(pages):
        sh = Sheet(W, H)
        y = H - 55
        sh.t(45, y, "Ulster Bank", 16, True)
        sh.t(W - 45, y, "Current Account Statement", 10, True, "r")
        sh.t(W - 45, y - 13, "Page %d of %d" % (pi + 1, len(pages)), 8, False, "r")
        y -= 34
        if pi == 0:
            for k, s in enumerate(["MR CIARAN DOHERTY", "27 LISBURN ROAD", "BELFAST", "BT9 7AA"]):
                sh.t(45, y - 11 * k, s)
            sh.t(W - 230, y, "Sort code  98-00-60", 8)
            sh.t(W - 230, y - 11, "Account number  31875524", 8)
            sh.t(W - 230, y - 22, "Period 01 JUN 2025 to 30 JUN 2025", 8)
            y -= 54
        for x, title, al in zip(cols, ["Date", "Details", "Withdrawn", "Paid In", "Balance"], aligns):
            sh.t(x, y, title, 8, True, al)
        sh.line(45, y - 4, W - 45, y - 4)
        y -= 16
        bf = ob if pi == 0 else pr[0]["bal"] - pr[0]["amount"]
        cells = [[(y, "", "BALANCE BROUGHT FORWARD", "", "", fmt(bf))]]
        y -= 14
        for t in pr:
            money = ["", ""]
            money[0 if t["amount"] < 0 else 1] = fmt(abs(t["amount"]))
            cells.append([(y, t["date"].strftime("%d %b %Y").upper(), t["desc"], *money, fmt(t["bal"]))])
            y -= 14
        cells.append([(y, "", "BALANCE CARRIED FORWARD", "", "", fmt(pr[-1]["bal"]))])
        for k in range(len(pages[pi]) + 1):
            sh.line(45, cells[k][0][0] - 4.5, W - 45, cells[k][0][0] - 4.5)
        sh.t(45, 32, "Ulster Bank Limited. Registered in Northern Ireland No. R733. 11-16 Donegall Square East, Belfast.",
             6.5)
        ops = list(sh.rules) + [i.op() for i in sh.items]
        if copy:  # a grey diagonal stamp over the table
            ops.append("q 0.8 g BT /F2 110 Tf 0.7071 0.7071 -0.7071 0.7071 170 260 Tm (COPY) Tj ET Q")
        annots = []
        for ri, [(yy, *vals)] in enumerate(cells):
            if how == "fields":  # a widget per filled cell, its value drawn by its appearance stream
                for ci, (x, v, al) in enumerate(zip(cols, vals, aligns)):
                    if not v:
                        continue
                    x1 = x - 72 if al == "r" else x - 2
                    w = 74 if al == "r" else (270 if ci == 1 else 68)
                    tx = (w - 2 - width(v, 8)) if al == "r" else 2
                    ap = "/Tx BMC q BT /F1 8 Tf 0 g %.2f 3 Td (%s) Tj ET Q EMC" % (tx, esc(v))
                    f = pdf.annot("Widget", (x1, yy - 3, x1 + w, yy + 9), ap, extra="/FT /Tx /T (p%dr%dc%d) /V (%s) "
                                  "/DA (/Helv 8 Tf 0 g)%s" % (pi, ri, ci, esc(v), " /Q 2" if al == "r" else ""))
                    pdf.fields.append(f); annots.append(f)
            else:  # the row as one FreeText annotation spanning the table
                ops_ = []
                for x, v, al in zip(cols, vals, aligns):
                    if v:
                        x0 = (x - width(v, 8) if al == "r" else x) - 43
                        ops_.append("BT /F1 8 Tf 0 g %.2f 3 Td (%s) Tj ET" % (x0, esc(v)))
                annots.append(pdf.annot("FreeText", (43, yy - 3, W - 43, yy + 9), "\n".join(ops_),
                                        extra="/Contents (%s) /DA (/Helv 8 Tf 0 g)" % esc(" ".join(v for v in vals if v))))
        if copy and pi == 0:  # a stale correction left hidden: no viewer shows it
            yy = cells[3][0][0] - 7
            stale = "BT /F1 8 Tf 1 0 0 rg 2 3 Td (%s) Tj ET BT /F1 8 Tf %.2f 3 Td (999.99) Tj ET" % (
                esc("03 JUN 2025   ADJUSTMENT REVERSAL 0045"), cols[2] - 43 - width("999.99", 8))
            annots.append(pdf.annot("FreeText", (43, yy - 3, W - 43, yy + 9), stale, flags=2,
                                    extra="/Contents (ADJUSTMENT REVERSAL 999.99) /DA (/Helv 8 Tf 1 0 0 rg)"))
        pdf.page("\n".join(ops), (0, 0, W, H), annots=annots)
    pdf.save()
    write(stem, "iv_uk_ulster", "****5524", "GBP", start, end_, ob, cb, txs)


bank_australia("iv_au_bankaustralia", 5001)
bank_australia("iv_au_bankaustralia__cells", 5002, mode="cells")
bank_australia("iv_au_bankaustralia__shuffled", 5003, mode="shuffled")
bank_australia("iv_au_bankaustralia__pages", 5004, n=56)
bawag("iv_at_bawag", 5011)
bawag("iv_at_bawag__marks", 5012, tz=100, marks=True)
bawag("iv_at_bawag__pages", 5013, n=50, tc=0.35)
laurentian("iv_ca_laurentian__rot180", 5021)
laurentian("iv_ca_laurentian__rot270", 5022, geo="rot270")
laurentian("iv_ca_laurentian__unit", 5023, geo="unit")
laurentian("iv_ca_laurentian__crop", 5024, geo="crop")
ulster("iv_uk_ulster", 5031)
ulster("iv_uk_ulster__freetext", 5032, how="freetext")
ulster("iv_uk_ulster__copy", 5033, n=50, how="freetext", copy=True)
