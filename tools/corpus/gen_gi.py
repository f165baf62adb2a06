#!/usr/bin/python3
"""Generator gi: 6 untuned layouts (neobanks and cards, English and German) x (base + 2 variants), exact truth.
Deterministic. Usage: gen_gi.py OUTDIR"""
import json, os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gi/gen"
os.makedirs(OUT, exist_ok=True)
C2 = D("0.01")
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def fmt(v, th=",", dec=".", nd=2, sign=False, lakh=False):
    v = D(v)
    neg = v < 0
    s = "%.*f" % (nd, abs(v))
    ip, fp = (s.split(".") + [""])[:2]
    g = []
    if lakh and len(ip) > 3:
        g.insert(0, ip[-3:]); ip = ip[:-3]
        while len(ip) > 2:
            g.insert(0, ip[-2:]); ip = ip[:-2]
    while len(ip) > 3:
        g.insert(0, ip[-3:]); ip = ip[:-3]
    g.insert(0, ip)
    out = th.join(g) + ((dec + fp) if nd else "")
    if neg: return "-" + out
    return ("+" + out) if sign else out


def wrap(s, n):
    words, lines, cur = s.split(), [], ""
    for w in words:
        while len(w) > n:  # hard-break long tokens (HDFC narrations)
            if cur: lines.append(cur); cur = ""
            lines.append(w[:n]); w = w[n:]
        if cur and len(cur) + 1 + len(w) > n:
            lines.append(cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur: lines.append(cur)
    return lines


def pick_txns(rng, start, end, n, pool, credits, pcred=0.2):
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pcred:
            spec = rng.choice(credits); sgn = 1
        else:
            spec = rng.choice(pool); sgn = -1
        desc, lo, hi = spec[:3]
        amt = (D(rng.randint(int(round(lo * 100)), int(round(hi * 100)))) / 100) * sgn
        t = {"date": d, "desc": desc.format(r=rng.randint(100000, 999999), n=rng.randint(1000, 9999), u="{u}", m="{m}"), "amount": amt}
        if len(spec) > 3: t["extra"] = spec[3].format(r=rng.randint(100000, 999999), n=rng.randint(1000, 9999), m="{m}")
        txs.append(t)
    txs.sort(key=lambda t: t["date"])
    return txs


class Doc:
    def __init__(self, path, size=A4):
        self.c = canvas.Canvas(path, pagesize=size)
        self.W, self.H = size

    def t(self, x, y, s, size=8, bold=False, align="l", gray=False):
        self.c.setFont("DVB" if bold else "DV", size)
        if gray: self.c.setFillGray(0.4)
        if align == "r": self.c.drawRightString(x, y, s)
        elif align == "c": self.c.drawCentredString(x, y, s)
        else: self.c.drawString(x, y, s)
        if gray: self.c.setFillGray(0)


def render(path, size, rows, header, colhdr, footer, cap1, capn, top=None, bottom=None, bottom_h=0, cf=None, cf_h=0):
    """rows: {"h": height, "draw": f(doc, y), ...}. header(doc,p,np)->y; colhdr(doc,y,p)->y; cf(doc,y,kind,row)->y."""
    pages, cur, used, cap = [], [], 0, cap1
    for i, r in enumerate(rows):
        need = r["h"] + (bottom_h if i == len(rows) - 1 else 0) + cf_h
        if used + need > cap and cur:
            pages.append(cur); cur, used, cap = [], 0, capn
        cur.append(r); used += r["h"]
    pages.append(cur)
    if used + bottom_h > cap:  # closing block on a page of its own
        pages.append([])
    doc = Doc(path, size)
    np_ = len(pages)
    for pi, pr in enumerate(pages):
        y = header(doc, pi + 1, np_)
        if pr or pi == 0:
            y = colhdr(doc, y, pi + 1)
        if pi == 0 and top: y = top(doc, y)
        if pi > 0 and cf and pr: y = cf(doc, y, "bf", pr[0])
        for r in pr:
            r["draw"](doc, y); y -= r["h"]
        if pi < np_ - 1 and cf and pr and pages[pi + 1]: y = cf(doc, y, "cf", pr[-1])
        if pi == np_ - 1 and bottom: bottom(doc, y)
        footer(doc, pi + 1, np_)
        doc.c.showPage()
    doc.c.save()
    return np_


def write_truth(stem, family, acct, cur, ps, pe, ob, txs, with_bal, cb=None):
    bal = D(ob)
    tr = []
    for t in txs:
        bal += t["amount"]
        e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
             "amount": str(t["amount"].quantize(C2))}
        if with_bal: e["balance"] = str(bal.quantize(C2))
        tr.append(e)
    if cb is not None: assert D(cb) == bal, (stem, cb, bal)
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": acct, "currency": cur,
         "period_start": ps.isoformat(), "period_end": pe.isoformat(), "opening_balance": str(D(ob).quantize(C2)),
         "closing_balance": str(bal.quantize(C2)), "transactions": tr}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


def cells_row(cells, h):
    """cells: list of (x, align, [lines], size, bold, gray, lh)."""
    def draw(doc, y):
        for (x, al, lines, sz, b, g, lh) in cells:
            for k, l in enumerate(lines):
                doc.t(x, y - k * lh, l, sz, b, al, g)
    return {"h": h, "draw": draw}


def longdate(d): return "%d %s %d" % (d.day, MON[d.month - 1], d.year)


# ---------------------------------------------------------------- 1 Revolut EUR statement (Money out / Money in / Balance)
def revolut(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("1264.80"), fx=False, pages=False):
    rng = random.Random(seed)
    pool = [("Lidl", 6, 70, "card"), ("REWE", 5, 90, "card"), ("Uber", 8, 35, "card"), ("Spotify", 10.99, 10.99, "card"),
            ("Amazon", 9, 140, "card"), ("To MARIA SCHULZ", 20, 250, "to"), ("Deutsche Bahn", 19, 120, "card"),
            ("Vodafone GmbH", 29.99, 44.99, "dd"), ("Revolut Premium plan fee", 9.99, 9.99, "fee")]
    cr = [("Payment from ACME GmbH", 2200, 2900, "from"), ("Top-Up by *4821", 50, 400, "top"),
          ("Refund from Amazon", 5, 60, "card")]
    txs = pick_txns(rng, start, end, n, pool, cr)
    fxl = [("USD", D("1.0871")), ("GBP", D("0.8462")), ("CHF", D("0.9413")), ("PLN", D("4.2718"))]
    if fx:
        k = 0
        for t in txs:
            if t.get("extra") == "card" and t["amount"] < 0 and k < 4:
                cc, rate = fxl[k]; k += 1
                t["desc"] = ["Starbucks New York", "Pret A Manger London", "SBB CFF FFS Zurich", "Zabka Krakow"][k - 1]
                t["fx"] = "%s %s, 1 EUR = %s %s" % (cc, fmt((-t["amount"] * rate).quantize(C2)), rate, cc)
    bal, rows = ob, []
    for t in txs:
        bal += t["amount"]
        subs = []
        e = t.get("extra")
        if e == "card": subs.append("Card: 537410******4821")
        if e == "to": subs += ["To: MARIA SCHULZ, DE89370400440532013000", "Reference: Miete Juni"]
        if e == "from": subs += ["From: ACME GMBH, DE02100100100006820101", "Reference: Gehalt %s" % MON[start.month - 1]]
        if e == "dd": subs.append("Direct debit, Reference: VF-%d" % rng.randint(10 ** 6, 10 ** 7))
        if "fx" in t: subs.append(t["fx"])
        t["desc_lines"] = [t["desc"]] + subs
        cells = [(40, "l", [longdate(t["date"])], 8, False, False, 10), (120, "l", [t["desc"]], 8, False, False, 10),
                 (120, "l", [""] + subs, 7, False, True, 10), (555, "r", ["€" + fmt(bal)], 8, False, False, 10)]
        cells.append((400 if t["amount"] < 0 else 475, "r", ["€" + fmt(abs(t["amount"]))], 8, False, False, 10))
        rows.append(cells_row(cells, 10 * (1 + len(subs)) + 6))
    cb = bal
    out_ = sum(-t["amount"] for t in txs if t["amount"] < 0); in_ = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 50, "Revolut", 20, True)
        doc.t(doc.W - 40, H - 45, "EUR Statement", 14, True, "r")
        doc.t(doc.W - 40, H - 58, "Generated on the %s" % longdate(end + dt.timedelta(days=1)), 7, align="r", gray=True)
        doc.t(doc.W - 40, H - 68, "Revolut Bank UAB", 7, align="r", gray=True)
        if p > 1:
            return H - 95
        for k, l in enumerate(["ANNA KOWALSKI", "Friedrichstraße 68", "10117 Berlin", "DE"]):
            doc.t(40, H - 90 - k * 10, l, 8, k == 0)
        doc.t(330, H - 90, "IBAN", 7, True); doc.t(380, H - 90, "LT12 3250 0123 4567 8901", 7)
        doc.t(330, H - 100, "BIC", 7, True); doc.t(380, H - 100, "REVOLT21", 7)
        doc.t(40, H - 150, "Balance summary", 12, True)
        y = H - 170
        for x, al, s in [(40, "l", "Product"), (250, "r", "Opening balance"), (340, "r", "Money out"), (430, "r", "Money in"), (555, "r", "Closing balance")]:
            doc.t(x, y, s, 7, True, al, True)
        doc.c.line(40, y - 4, 555, y - 4)
        for k, lab in enumerate(["Account (Current Account)", "Total"]):
            yy = y - 16 - k * 13
            doc.t(40, yy, lab, 8, k == 1)
            for x, v in [(250, ob), (340, out_), (430, in_), (555, cb)]:
                doc.t(x, yy, "€" + fmt(v), 8, k == 1, "r")
        doc.t(40, y - 50, "The balance on your statement might differ from the balance shown in your app. The statement balance only reflects", 6, gray=True)
        doc.t(40, y - 58, "completed transactions, while the app shows the balance available for use, which accounts for pending transactions.", 6, gray=True)
        doc.t(40, y - 85, "Account transactions from %s to %s" % (longdate(start).replace(MON[start.month - 1], start.strftime("%B")),
                                                                    longdate(end).replace(MON[end.month - 1], end.strftime("%B"))), 12, True)
        return y - 108

    def colhdr(doc, y, p):
        for x, al, s in [(40, "l", "Date"), (120, "l", "Description"), (400, "r", "Money out"), (475, "r", "Money in"), (555, "r", "Balance")]:
            doc.t(x, y, s, 7, True, al, True)
        doc.c.line(40, y - 4, 555, y - 4)
        return y - 18

    def footer(doc, p, np_):
        doc.t(40, 62, "Report lost or stolen card", 7, True); doc.t(40, 53, "+370 5 214 3608", 7)
        doc.t(200, 62, "Get help directly in app", 7, True); doc.t(200, 53, "Scan the QR code", 7)
        doc.t(40, 36, "Revolut Bank UAB is a credit institution licensed in the Republic of Lithuania, company number 304580906, authorisation code", 5.5, gray=True)
        doc.t(40, 29, "LB002119, whose registered office is at Konstitucijos ave. 21B, LT-08130, Vilnius, the Republic of Lithuania.", 5.5, gray=True)
        doc.t(40, 18, "© 2025 Revolut Bank UAB", 6, gray=True)
        doc.t(doc.W - 40, 18, "Page %d of %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, rows, header, colhdr, footer, cap1=(380 if not pages else 300),
           capn=(620 if not pages else 330))
    write_truth(stem, "GI_revolut", "LT12 3250 0123 4567 8901", "EUR", start, end, ob, txs, True, cb)


# ---------------------------------------------------------------- 2 N26 Kontoauszug (Buchungstag / Verwendungszweck / Betrag, no balance)
def n26(stem, seed, n=20, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("1834.22"), longdesc=False):
    rng = random.Random(seed)
    pool = [("REWE Markt GmbH", 6, 95, "Mastercard • Lebensmittel"), ("Lidl sagt Danke", 4, 60, "Mastercard • Lebensmittel"),
            ("BVG Berliner Verkehrsbetriebe", 3.2, 49, "Mastercard • Transport"),
            ("Vattenfall Europe Sales GmbH", 55, 110, "Lastschrift • Abschlag Strom Vertragskonto {r}"),
            ("Hausverwaltung Krause & Partner", 780, 980, "Dauerauftrag • Miete Torstr 12 WE 4"),
            ("Netflix.com", 13.99, 13.99, "Mastercard • Medien & Elektronik"), ("Bargeldabhebung Geldautomat", 20, 200, "Mastercard • ATM"),
            ("PayPal Europe S.a.r.l. et Cie S.C.A", 8, 120, "Lastschrift • {r}/PP.{n}.PP/. Ihr Einkauf bei")]
    cr = [("Muster Software GmbH", 2600, 3400, "Gutschrift • Lohn/Gehalt {m}"), ("Lena Hoffmann", 10, 150, "Gutschrift • Anteil Urlaub")]
    txs = pick_txns(rng, start, end, n, pool, cr)
    if longdesc:
        for k in (3, 9, 14):
            if k < len(txs):
                txs[k]["desc"] = "Finanzamt Berlin-Friedrichshain-Kreuzberg"
                txs[k]["extra"] = ("Lastschrift • Steuernummer 29/123/45678 Einkommensteuer 2024 Vorauszahlung III/2025 "
                                   "zzgl. Solidaritaetszuschlag Mandatsreferenz FA-BLN-%d" % rng.randint(10 ** 5, 10 ** 6))
                txs[k]["amount"] = -D(rng.randint(30000, 90000)) / 100
    rows = []
    for t in txs:
        sub = t["extra"].replace("{m}", "%02d/%d" % (start.month, start.year))
        sublines = wrap(sub, 62)
        t["desc_lines"] = [t["desc"]] + sublines
        a = t["amount"]
        amt = ("-" + fmt(-a, ".", ",") if a < 0 else "+" + fmt(a, ".", ",")) + " €"
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
        cells = [(40, "l", [t["date"].strftime("%d.%m.%Y")], 8, False, False, 10),
                 (40, "l", ["", "Wertstellung " + vd.strftime("%d.%m.%Y")], 6.5, False, True, 10),
                 (150, "l", [t["desc"]], 8, True, False, 10), (150, "l", [""] + sublines, 7, False, True, 10),
                 (555, "r", [amt], 8, True, False, 10)]
        rows.append(cells_row(cells, 10 * (1 + len(sublines)) + 9))
    cb = ob + sum(t["amount"] for t in txs)
    s = lambda v: ("-" if v < 0 else "+") + fmt(abs(v), ".", ",") + " €"

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 50, "N26", 22, True)
        doc.t(doc.W - 40, H - 45, "Kontoauszug", 13, True, "r")
        doc.t(doc.W - 40, H - 58, "Nr. %d/%d" % (start.month, start.year), 8, align="r")
        doc.t(doc.W - 40, H - 68, "Erstellt am %s" % (end + dt.timedelta(days=1)).strftime("%d.%m.%Y"), 7, align="r", gray=True)
        if p > 1:
            doc.t(40, H - 80, "Datum von %s bis %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 7, gray=True)
            return H - 100
        for k, l in enumerate(["Jonas Weber", "Torstraße 12", "10119 Berlin"]):
            doc.t(40, H - 95 - k * 10, l, 8)
        doc.t(330, H - 95, "IBAN: DE89 1001 1001 2623 4567 89", 7); doc.t(330, H - 105, "BIC: NTSBDEB1XXX", 7)
        doc.t(40, H - 150, "Datum von %s bis %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8, True)
        return H - 172

    def colhdr(doc, y, p):
        for x, al, t_ in [(40, "l", "Buchungstag"), (150, "l", "Verwendungszweck"), (555, "r", "Betrag")]:
            doc.t(x, y, t_, 7, True, al, True)
        doc.c.line(40, y - 4, 555, y - 4)
        return y - 18

    def bottom(doc, y):
        y -= 14
        doc.t(40, y, "Übersicht", 11, True)
        doc.c.line(40, y - 6, 555, y - 6)
        lines = [("Alter Kontostand", s(ob)), ("Ausgehende Transaktionen", s(sum(t["amount"] for t in txs if t["amount"] < 0))),
                 ("Eingehende Transaktionen", s(sum(t["amount"] for t in txs if t["amount"] > 0))), ("Neuer Kontostand", s(cb))]
        for k, (l, v) in enumerate(lines):
            doc.t(40, y - 20 - k * 13, l, 8, k == 3); doc.t(555, y - 20 - k * 13, v, 8, k == 3, "r")
        doc.t(40, y - 84, "Bitte prüfe deinen Kontoauszug. Einwendungen müssen innerhalb von sechs Wochen nach Zugang erhoben werden.", 6, gray=True)

    def footer(doc, p, np_):
        doc.t(40, 34, "N26 Bank SE · Voltairestraße 8 · 10179 Berlin · Amtsgericht Charlottenburg HRB 170602 B", 5.5, gray=True)
        doc.t(40, 27, "Vorstand: Valentin Stalf, Maximilian Tayenthal, Mike Dargan · Vorsitzender des Aufsichtsrats: Marcus Mosen", 5.5, gray=True)
        doc.t(doc.W - 40, 27, "%d / %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, rows, header, colhdr, footer, cap1=560, capn=640, bottom=bottom, bottom_h=100)
    write_truth(stem, "GI_n26", "DE89 1001 1001 2623 4567 89", "EUR", start, end, ob, txs, False, cb)


# ---------------------------------------------------------------- 3 Chime checking (Transaction Date / Description / Type / Amount / Settlement Date)
def chime(stem, seed, n=24, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("412.37"), spotme=False, per=None):
    rng = random.Random(seed)
    pool = [("Walmart Supercenter Houston TX", 8, 140, "Purchase"), ("Shell Oil 57444 Houston TX", 20, 60, "Purchase"),
            ("Cash App*Marcus J 8774176743 CA", 10, 80, "Purchase"), ("MoneyPass ATM 4821 Houston TX", 20, 100, "ATM Withdrawal"),
            ("Transfer to Chime Savings Account", 10, 50, "Transfer"), ("Round Up Transfer to Savings", 0.12, 0.99, "Round Up"),
            ("DoorDash*Chipotle San Francisco CA", 12, 45, "Purchase"), ("Netflix.com Los Gatos CA", 15.49, 15.49, "Purchase"),
            ("Xfinity Mobile 888-936-4968 PA", 30, 65, "Purchase")]
    cr = [("ACME LOGISTICS INC DIRECT DEP", 780, 1150, "Direct Deposit"), ("Pay Friends from Tanya R", 10, 90, "Transfer")]
    if spotme:
        ob = D("36.14"); cr = cr[1:]
    txs = pick_txns(rng, start, end, n, pool, cr, 0.25 if not spotme else 0.12)
    if spotme:
        k = len(txs) // 2
        txs.insert(k, {"date": txs[k]["date"], "desc": "Out-of-Network ATM Fee Waived", "amount": D("0.00"), "extra": "Fee"})
        txs.insert(k + 1, {"date": txs[k]["date"], "desc": "SpotMe Tip", "amount": D("-2.00"), "extra": "SpotMe Tip"})
    rows = []
    bal = ob
    mn = None
    for t in txs:
        bal += t["amount"]; mn = bal if mn is None else min(mn, bal)
        t["desc_lines"] = [t["desc"]]
        a = t["amount"]
        amt = ("-$" + fmt(-a)) if a < 0 else ("$" + fmt(a))
        sd = t["date"] + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
        cells = [(40, "l", [t["date"].strftime("%m/%d/%Y")], 8, False, False, 10), (125, "l", [t["desc"]], 8, False, False, 10),
                 (330, "l", [t["extra"]], 8, False, False, 10), (485, "r", [amt], 8, False, False, 10),
                 (500, "l", [sd.strftime("%m/%d/%Y")], 8, False, False, 10)]
        rows.append(cells_row(cells, 16))
    cb = bal
    if spotme: assert cb < 0, cb

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.c.setFillColorRGB(0.1, 0.7, 0.4); doc.t(40, H - 52, "chime", 24, True); doc.c.setFillGray(0)
        doc.t(W - 40, H - 45, "Checking Account Statement", 12, True, "r")
        doc.t(W - 40, H - 58, "Statement Period: %s - %s" % (start.strftime("%B %-d, %Y"), end.strftime("%B %-d, %Y")), 8, align="r")
        doc.t(W - 40, H - 68, "Checking Account Number: XXXXXXXX4821", 8, align="r")
        if p > 1:
            return H - 95
        for k, l in enumerate(["DESHAWN M CARTER", "7719 BELLFORT AVE APT 12", "HOUSTON, TX 77087"]):
            doc.t(40, H - 100 - k * 10, l, 8)
        y = H - 150
        doc.t(40, y, "Summary", 12, True)
        sums = [("Beginning balance on %s" % start.strftime("%-m/%-d"), ob)]
        cats = [("Deposits", ("Direct Deposit",), 1), ("ATM Withdrawals", ("ATM Withdrawal",), -1),
                ("Purchases", ("Purchase",), -1), ("Adjustments", ("Fee",), -1), ("Transfers", ("Transfer",), 0),
                ("Round Up Transfers", ("Round Up",), -1), ("SpotMe Tips", ("SpotMe Tip",), -1)]
        for lab, ty, _ in cats:
            sums.append((lab, sum((t["amount"] for t in txs if t["extra"] in ty), D(0))))
        sums.append(("Ending balance on %s" % end.strftime("%-m/%-d"), cb))
        for k, (l, v) in enumerate(sums):
            yy = y - 18 - k * 12
            last = k == len(sums) - 1
            doc.t(40, yy, l, 8, k == 0 or last); doc.t(300, yy, ("-$" if v < 0 else "$") + fmt(abs(v)), 8, k == 0 or last, "r")
        doc.c.rect(340, y - 80, 232, 62)
        doc.t(350, y - 30, "Questions?", 8, True)
        doc.t(350, y - 42, "Email support@chime.com or call", 7); doc.t(350, y - 52, "1-844-244-6363.", 7)
        doc.t(350, y - 66, "SpotMe limit: $200.00", 7)
        y = y - 18 - len(sums) * 12 - 20
        doc.t(40, y, "Transactions", 12, True)
        return y - 20

    def colhdr(doc, y, p):
        for x, al, t_ in [(40, "l", "TRANSACTION DATE"), (125, "l", "DESCRIPTION"), (330, "l", "TYPE"), (485, "r", "AMOUNT"),
                          (500, "l", "SETTLEMENT DATE")]:
            doc.t(x, y, t_, 6.5, True, al)
        doc.c.line(40, y - 4, 572, y - 4)
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 40, "Chime is a financial technology company, not a bank. Banking services provided by The Bancorp Bank, N.A. or", 6, gray=True)
        doc.t(40, 32, "Stride Bank, N.A.; Members FDIC. The Chime Visa® Debit Card is issued by The Bancorp Bank, N.A. or Stride Bank.", 6, gray=True)
        doc.t(doc.W - 40, 20, "Page %d of %d" % (p, np_), 7, align="r")

    capn = per or 640
    render(os.path.join(OUT, stem + ".pdf"), letter, rows, header, colhdr, footer, cap1=(per or 470), capn=capn)
    write_truth(stem, "GI_chime", "XXXXXXXX4821", "USD", start, end, ob, txs, False, cb)


# ---------------------------------------------------------------- 4 Discover card (Trans. date / Post date, Payments and Credits section)
def discover(stem, seed, n=20, start=dt.date(2025, 5, 13), end=dt.date(2025, 6, 12), prev=D("684.31"), credit=False, pages=False):
    rng = random.Random(seed)
    pool = [("KROGER #0417 COLUMBUS OH", 12, 160), ("AMAZON MKTPL*NK4RT2 AMZN.COM/BILLWA", 8, 120), ("SHELL OIL 5744 DUBLIN OH", 25, 70),
            ("TARGET 00012345 COLUMBUS OH", 10, 150), ("SQ *COLUMBUS COFFEE CO COLUMBUS OH", 4, 14), ("HULU 877-8244858 CA", 17.99, 17.99),
            ("CHIPOTLE 2218 COLUMBUS OH", 9, 28), ("AEP OHIO 800-672-2231 OH", 70, 160)]
    txs = pick_txns(rng, start + dt.timedelta(days=1), end, n, pool, [], 0)
    pays = [{"date": start + dt.timedelta(days=9), "desc": "INTERNET PAYMENT - THANK YOU", "amount": prev}]
    if credit:
        pays.append({"date": start + dt.timedelta(days=20), "desc": "CASHBACK BONUS REDEMPTION PYMT/STMT CRDT", "amount": D("31.20")})
        pays.append({"date": start + dt.timedelta(days=22), "desc": "BEST BUY 00014233 COLUMBUS OH", "amount": D("0")})
        purch = sum(-t["amount"] for t in txs)
        pays[-1]["amount"] = (purch + D("58.44") - D("31.20"))  # refund leaves a credit balance of 58.44
        pays[-1]["amount"] = pays[-1]["amount"].quantize(C2)
    pays.sort(key=lambda t: t["date"])
    for t in pays + txs:
        t["desc_lines"] = [t["desc"]]
        t["post"] = min(t["date"] + dt.timedelta(days=rng.choice([0, 1, 1, 2])), end)
    allt = sorted(pays + txs, key=lambda t: t["date"])
    new = prev - sum(t["amount"] for t in allt)
    if credit: assert new == D("-58.44"), new
    money = lambda v: ("-$" if v < 0 else "$") + fmt(abs(v))
    rows = []

    def sect(title):
        return cells_row([(40, "l", [title], 8.5, True, False, 10)], 16)

    def tx(t):
        return cells_row([(40, "l", [t["date"].strftime("%m/%d")], 8, False, False, 10),
                          (98, "l", [t["post"].strftime("%m/%d")], 8, False, False, 10),
                          (150, "l", [t["desc"]], 8, False, False, 10), (555, "r", [money(-t["amount"])], 8, False, False, 10)], 13)
    rows.append(sect("PAYMENTS AND CREDITS"))
    rows += [tx(t) for t in pays]
    rows.append(sect("PURCHASES"))
    rows += [tx(t) for t in txs]
    foot = [("FEES", None), ("TOTAL FEES FOR THIS PERIOD", "$0.00"), ("INTEREST CHARGED", None),
            ("Interest Charge on Purchases", "$0.00"), ("Interest Charge on Cash Advances", "$0.00"),
            ("TOTAL INTEREST FOR THIS PERIOD", "$0.00"), ("%d Totals Year-to-Date" % end.year, None),
            ("Total fees charged in %d" % end.year, "$0.00"), ("Total interest charged in %d" % end.year, "$0.00")]
    for l, v in foot:
        cs = [(40 if v is None else 150, "l", [l], 8.5 if v is None else 8, v is None or l.startswith("TOTAL"), False, 10)]
        if v: cs.append((555, "r", [v], 8, l.startswith("TOTAL"), False, 10))
        rows.append(cells_row(cs, 16 if v is None else 13))
    charges = sum(-t["amount"] for t in txs)
    credits = sum(t["amount"] for t in pays)

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.c.setFillColorRGB(0.9, 0.45, 0.1); doc.t(40, H - 50, "DISCOVER", 22, True); doc.c.setFillGray(0)
        doc.t(W - 40, H - 42, "Discover it® Card", 10, True, "r")
        doc.t(W - 40, H - 54, "Account ending in 6011", 8, align="r")
        doc.t(W - 40, H - 64, "Open Date: %s - Close Date: %s" % (start.strftime("%m/%d/%y"), end.strftime("%m/%d/%y")), 8, align="r")
        if p > 1:
            doc.t(40, H - 84, "TRANSACTIONS (continued)" if p > 2 or pages else "TRANSACTIONS", 10, True)
            return H - 104
        y = H - 95
        doc.t(40, y, "ACCOUNT SUMMARY", 10, True)
        summ = [("Previous Balance", money(prev)), ("Payments and Credits", "-$" + fmt(credits)), ("Purchases", "+$" + fmt(charges)),
                ("Balance Transfers", "+$0.00"), ("Cash Advances", "+$0.00"), ("Fees Charged", "+$0.00"), ("Interest Charged", "+$0.00"),
                ("New Balance", money(new))]
        for k, (l, v) in enumerate(summ):
            doc.t(40, y - 16 - k * 12, l, 8, k == 7); doc.t(280, y - 16 - k * 12, v, 8, k == 7, "r")
        doc.t(40, y - 120, "Credit Line  $6,500.00", 8); doc.t(40, y - 132, "Credit Line Available  $%s" % fmt(D("6500") - max(new, D(0))), 8)
        doc.t(40, y - 144, "Cash Credit Line  $1,300.00", 8)
        doc.c.rect(320, y - 110, 252, 110)
        doc.t(330, y - 14, "PAYMENT INFORMATION", 9, True)
        due = (end + dt.timedelta(days=25)).strftime("%B %-d, %Y")
        doc.t(330, y - 30, "New Balance", 8); doc.t(562, y - 30, money(new), 8, True, "r")
        doc.t(330, y - 42, "Minimum Payment Due", 8); doc.t(562, y - 42, "$0.00" if new <= 0 else "$35.00", 8, True, "r")
        doc.t(330, y - 54, "Payment Due Date", 8); doc.t(562, y - 54, due, 8, True, "r")
        doc.t(330, y - 72, "Late Payment Warning: If we do not receive your minimum", 6.5)
        doc.t(330, y - 81, "payment by the date listed above, you may have to pay a late", 6.5)
        doc.t(330, y - 90, "fee of up to $41.00 and your APRs may be increased up to", 6.5)
        doc.t(330, y - 99, "the Penalty APR of 29.99%.", 6.5)
        doc.t(40, y - 172, "TRANSACTIONS", 10, True)
        return y - 192

    def colhdr(doc, y, p):
        for x, al, t_ in [(40, "l", "Trans. date"), (98, "l", "Post date"), (150, "l", "Description"), (555, "r", "Amount")]:
            doc.t(x, y, t_, 7.5, True, al)
        doc.c.line(40, y - 4, 572, y - 4)
        return y - 18

    def footer(doc, p, np_):
        doc.t(40, 30, "Discover Bank, Member FDIC. Cardmember Service, P.O. Box 30943, Salt Lake City, UT 84130-0943.", 6, gray=True)
        doc.t(doc.W - 40, 20, "Page %d of %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), letter, rows, header, colhdr, footer, cap1=(480 if not pages else 250),
           capn=(620 if not pages else 250))
    write_truth(stem, "GI_discover", "****6011", "USD", start, end, -prev, allt, False, -new)


# ---------------------------------------------------------------- 5 Barclaycard UK (Previous balance / Payments / New balance, CR)
def barclaycard(stem, seed, n=18, start=dt.date(2025, 5, 6), end=dt.date(2025, 6, 5), prev=D("812.44"), credit=False, fx=False):
    rng = random.Random(seed)
    pool = [("TESCO STORES 2934 READING", 6, 95), ("SAINSBURYS S/MKTS READING", 8, 110), ("TFL TRAVEL CH TFL.GOV.UK/CP", 2.8, 14),
            ("AMAZON.CO.UK*8K2LP1 AMAZON.CO.UK", 7, 120), ("TRAINLINE.COM LONDON", 15, 90), ("DELIVEROO LONDON", 14, 38),
            ("SKY DIGITAL 0344 2411653", 37.5, 37.5), ("COSTA COFFEE 43011 READING", 3, 9)]
    txs = pick_txns(rng, start + dt.timedelta(days=1), end, n, pool, [], 0)
    txs.append({"date": start + dt.timedelta(days=8), "desc": "PAYMENT BY DIRECT DEBIT - THANK YOU", "amount": prev})
    if credit:
        txs.append({"date": start + dt.timedelta(days=17), "desc": "CURRYS PC WORLD READING REFUND", "amount": D("0")})
        txs[-1]["amount"] = (sum(-t["amount"] for t in txs if t["amount"] < 0) + D("27.35")).quantize(C2)
    fxlines = {}
    if fx:
        cands = [t for t in txs if t["amount"] < 0][2:5]
        for t, (m, cc, rate) in zip(cands, [("HOTEL CAPRICE BARCELONA ES", "EUR", D("1.1702")),
                                             ("MCDONALDS 1823 BERLIN DE", "EUR", D("1.1655")), ("UBER *TRIP NEW YORK US", "USD", D("1.3418"))]):
            t["desc"] = m
            fam = (-t["amount"] * rate).quantize(C2)
            fxlines[id(t)] = "%s %s @ %s" % (cc, fmt(fam), rate)
            fee = (-t["amount"] * D("0.0299")).quantize(C2)
            txs.append({"date": t["date"], "desc": "NON-STERLING TRANSACTION FEE", "amount": -fee, "after": t})
    txs.sort(key=lambda t: t["date"])
    if fx:  # each fee right after its purchase
        for t in [t for t in txs if "after" in t]:
            txs.remove(t); txs.insert(txs.index(t["after"]) + 1, t)
    new = prev - sum(t["amount"] for t in txs)
    if credit: assert new == D("-27.35"), new
    gbp = lambda v: ("£" + fmt(-v) + " CR") if v < 0 else "£" + fmt(v)
    rows = []
    for t in txs:
        lines = [t["desc"]] + ([fxlines[id(t)]] if id(t) in fxlines else [])
        t["desc_lines"] = lines
        a = t["amount"]
        am = (fmt(a) + " CR") if a > 0 else fmt(-a)
        rows.append(cells_row([(40, "l", ["%d %s" % (t["date"].day, MON[t["date"].month - 1])], 8, False, False, 10),
                               (110, "l", lines, 8, False, False, 10), (545, "r", [am], 8, False, False, 10)], 10 * len(lines) + 5))
    payments = sum(t["amount"] for t in txs if t["amount"] > 0)
    spend = sum(-t["amount"] for t in txs if t["amount"] < 0)

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.c.setFillColorRGB(0.0, 0.55, 0.8); doc.t(40, H - 50, "barclaycard", 20, True); doc.c.setFillGray(0)
        doc.t(W - 40, H - 42, "Your Barclaycard statement", 11, True, "r")
        doc.t(W - 40, H - 55, "Statement date %s" % end.strftime("%-d %B %Y"), 8, align="r")
        doc.t(W - 40, H - 65, "Account number ending 7712", 8, align="r")
        if p > 1:
            return H - 92
        for k, l in enumerate(["Mrs Claire Henderson", "14 Kings Road", "Reading", "RG1 3AA"]):
            doc.t(40, H - 90 - k * 10, l, 8)
        y = H - 150
        doc.c.rect(40, y - 78, 250, 86)
        doc.t(48, y - 6, "Account summary", 9, True)
        summ = [("Previous balance", gbp(prev)), ("Payments", "£" + fmt(payments) + " CR"), ("New spending", "£" + fmt(spend)),
                ("Interest and charges", "£0.00"), ("New balance", gbp(new))]
        for k, (l, v) in enumerate(summ):
            doc.t(48, y - 22 - k * 11, l, 8, k == 4); doc.t(282, y - 22 - k * 11, v, 8, k == 4, "r")
        doc.c.rect(305, y - 78, 250, 86)
        doc.t(313, y - 6, "Payment information", 9, True)
        doc.t(313, y - 22, "Minimum payment", 8); doc.t(547, y - 22, "£0.00" if new <= 0 else "£25.00", 8, True, "r")
        doc.t(313, y - 33, "Pay by", 8); doc.t(547, y - 33, (end + dt.timedelta(days=25)).strftime("%-d %B %Y"), 8, True, "r")
        doc.t(313, y - 44, "Credit limit", 8); doc.t(547, y - 44, "£4,500.00", 8, True, "r")
        doc.t(313, y - 55, "Available to spend", 8); doc.t(547, y - 55, "£" + fmt(D("4500") - max(new, D(0))), 8, True, "r")
        doc.t(313, y - 70, "Interest rate 24.9% p.a. (variable) on purchases", 6.5, gray=True)
        doc.t(40, y - 105, "Your transactions", 11, True)
        doc.t(40, y - 118, "%s to %s" % (start.strftime("%-d %B"), end.strftime("%-d %B %Y")), 8, gray=True)
        doc.t(40, y - 136, "Mrs C Henderson  Card ending 7712", 8, True)
        return y - 154

    def colhdr(doc, y, p):
        for x, al, t_ in [(40, "l", "Date"), (110, "l", "Description"), (545, "r", "Amount")]:
            doc.t(x, y, t_, 7.5, True, al)
        doc.c.line(40, y - 4, 555, y - 4)
        return y - 16

    def bottom(doc, y):
        doc.c.line(40, y + 4, 555, y + 4)
        doc.t(110, y - 8, "Total new spending", 8, True); doc.t(545, y - 8, fmt(spend), 8, True, "r")
        doc.t(40, y - 34, "If you only make the minimum payment each month, it will take you longer and cost you more to clear your balance.", 6.5)

    def footer(doc, p, np_):
        doc.t(40, 32, "Barclaycard is a trading name of Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority and regulated", 5.5, gray=True)
        doc.t(40, 25, "by the Financial Conduct Authority and the PRA (Financial Services Register number 759676). Registered in England No. 9740322.", 5.5, gray=True)
        doc.t(doc.W - 40, 14, "Page %d of %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, rows, header, colhdr, footer, cap1=520, capn=660, bottom=bottom, bottom_h=50)
    write_truth(stem, "GI_barclaycard", "****7712", "GBP", start, end, -prev, txs, False, -new)


# ---------------------------------------------------------------- 6 HDFC Bank savings (Narration / Chq./Ref.No. / Value Dt / Withdrawal / Deposit / Closing)
def hdfc(stem, seed, n=26, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("184326.55"), pages=False, longnarr=False):
    rng = random.Random(seed)
    pool = [("UPI-SWIGGY-SWIGGY.STORES@ICICI-ICIC0DC0099-{u}-UPIINTENT", 120, 900),
            ("UPI-ZEPTO MARKETPLACE PR-ZEPTO.PAYU@AXISBANK-UTIB0000100-{u}-PAYMENT FROM PHONE", 90, 1800),
            ("POS 416021XXXXXX4412 AMAZON PAY INDIA", 300, 6500), ("ATW-416021XXXXXX4412-S1ANMU12-MUMBAI", 2000, 10000),
            ("ACH D- TP ACH ICICIPRULIFE-{r}", 4200, 4200), ("IMPS-{u}-SUNIL MEHTA-SBIN-XXXXXXXX2231-RENT JUNE", 18000, 26000),
            ("EMI 41237788 CHQ S{r} 0625", 12450, 12450), ("UPI-BESCOM-BESCOM.BILLDESK@HDFCBANK-HDFC0000499-{u}-ELECTRICITY BILL", 800, 3200)]
    cr = [("NEFT CR-CITI0000002-NORTHSTAR SOFTWARE PVT LTD-RAHUL SHARMA-CITIN5{r}", 95000, 140000),
          ("UPI-PRIYA SHARMA-PRIYA.S@OKHDFCBANK-HDFC0001234-{u}-SPLIT", 200, 5000), ("CREDIT INTEREST CAPITALISED", 150, 900)]
    txs = pick_txns(rng, start, end, n, pool, cr, 0.22)
    if longnarr:
        for k in (2, 7, 12):
            txs[k]["desc"] = ("RTGS DR-ICIC0000104-GREENFIELD REALTORS PVT LTD-BOOKING AMOUNT FLAT B-1204 TOWER 2 "
                              "PALM MEADOWS POWAI-HDFCR5202506{r}")
    rows = []
    bal = ob
    nd = nc = 0
    for t in txs:
        u = "%012d" % rng.randint(10 ** 11, 10 ** 12 - 1)
        t["desc"] = t["desc"].replace("{u}", u)
        ref = ("0000" + u) if "UPI" in t["desc"] or "IMPS" in t["desc"] else "%016d" % rng.randint(10 ** 12, 10 ** 15)
        bal += t["amount"]
        lines = wrap(t["desc"], 30)
        # HDFC narrations are a character run cut at the column width: the truth joins the pieces with one space
        t["desc_lines"] = lines
        a = t["amount"]
        if a < 0: nd += 1
        else: nc += 1
        d = t["date"].strftime("%d/%m/%y")
        vd = (t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1]))).strftime("%d/%m/%y")
        cells = [(38, "l", [d], 7, False, False, 9), (78, "l", lines, 7, False, False, 9), (238, "l", [ref], 7, False, False, 9),
                 (318, "l", [vd], 7, False, False, 9), (560, "r", [fmt(bal, lakh=True)], 7, False, False, 9),
                 (420 if a < 0 else 490, "r", [fmt(abs(a), lakh=True)], 7, False, False, 9)]
        rows.append(cells_row(cells, 9 * len(lines) + 3))
    cb = bal
    dr = sum(-t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.c.setFillColorRGB(0.0, 0.2, 0.55); doc.t(38, H - 45, "HDFC BANK", 16, True); doc.c.setFillGray(0)
        doc.t(38, H - 56, "We understand your world", 7, gray=True)
        doc.t(W - 35, H - 45, "Page No .: %d" % p, 7, align="r")
        L = ["MR RAHUL SHARMA", "FLAT 402 SUNSHINE APARTMENTS", "MAROL MAROSHI ROAD ANDHERI EAST", "MUMBAI 400059", "MAHARASHTRA INDIA",
             "JOINT HOLDERS :", "Nomination : Registered"]
        R = [("Account Branch", "ANDHERI EAST"), ("Address", "GROUND FLOOR, KALPATARU SQUARE"), ("City", "MUMBAI 400059"),
             ("State", "MAHARASHTRA"), ("Phone no.", "18002026161"), ("OD Limit", "0.00"), ("Currency", "INR"),
             ("Email", "RAHUL.SHARMA84@EXAMPLEMAIL.COM"), ("Cust ID", "41928733"), ("Account No", "50100398217746   PRIME"),
             ("A/C Open Date", "12/04/2019"), ("Account Status", "Regular"), ("RTGS/NEFT IFSC", "HDFC0000240   MICR : 400240045"),
             ("Branch Code", "0240   Product Code : 100")]
        for k, l in enumerate(L):
            doc.t(38, H - 75 - k * 9, l, 7)
        for k, (a, b) in enumerate(R):
            doc.t(330, H - 70 - k * 8.5, a, 6.5); doc.t(400, H - 70 - k * 8.5, ": " + b, 6.5)
        y = H - 70 - len(R) * 8.5 - 8
        doc.t(38, y, "Statement From  : %s  To : %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 7.5, True)
        return y - 14

    def colhdr(doc, y, p):
        doc.c.line(35, y + 9, 562, y + 9)
        for x, al, t_ in [(38, "l", "Date"), (78, "l", "Narration"), (238, "l", "Chq./Ref.No."), (318, "l", "Value Dt"),
                          (420, "r", "Withdrawal Amt."), (490, "r", "Deposit Amt."), (560, "r", "Closing Balance")]:
            doc.t(x, y, t_, 7, True, al)
        doc.c.line(35, y - 4, 562, y - 4)
        return y - 15

    def bottom(doc, y):
        doc.c.line(35, y + 6, 562, y + 6)
        y -= 12
        doc.t(38, y, "STATEMENT SUMMARY  :-", 7.5, True)
        hs = [(38, "l", "Opening Balance"), (190, "r", "Dr Count"), (250, "r", "Cr Count"), (350, "r", "Debits"), (450, "r", "Credits"),
              (560, "r", "Closing Bal")]
        vs = [fmt(ob, lakh=True), str(nd), str(nc), fmt(dr, lakh=True), fmt(crs, lakh=True), fmt(cb, lakh=True)]
        for (x, al, h), v in zip(hs, vs):
            doc.t(x, y - 14, h, 7, True, al); doc.t(x, y - 25, v, 7, False, al)
        doc.t(38, y - 45, "Generated On: %s 10:42:17   Generated By: 41928733   Requesting Branch Code: NET" % (end + dt.timedelta(days=2)).strftime("%d-%b-%Y").upper(), 6)
        doc.t(38, y - 54, "This is a computer generated statement and does not require signature.", 6)

    def footer(doc, p, np_):
        doc.t(38, 52, "HDFC BANK LIMITED", 6.5, True)
        doc.t(38, 44, "*Closing balance includes funds earmarked for hold and uncleared funds", 5.5)
        doc.t(38, 37, "Contents of this statement will be considered correct if no error is reported within 30 days of receipt of statement.", 5.5)
        doc.t(38, 30, "State account branch GSTN:27AAACH2702H1Z6. HDFC Bank GSTIN number details are available at https://www.hdfcbank.com", 5.5)
        doc.t(38, 23, "Registered Office Address: HDFC Bank House, Senapati Bapat Marg, Lower Parel, Mumbai 400013", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, rows, header, colhdr, footer, cap1=(520 if not pages else 300),
           capn=(520 if not pages else 300), bottom=bottom, bottom_h=70)
    write_truth(stem, "GI_hdfc", "50100398217746", "INR", start, end, ob, txs, True, cb)


P = "gi_"
revolut(P + "revolut", 11)
revolut(P + "revolut__3pages", 12, n=44, pages=True)
revolut(P + "revolut__fx", 13, fx=True)
n26(P + "de_n26", 21)
n26(P + "de_n26__overdraft", 22, ob=D("-214.63"))
n26(P + "de_n26__longdesc", 23, longdesc=True)
chime(P + "us_chime", 31)
chime(P + "us_chime__2pages", 32, n=46, per=330)
chime(P + "us_chime__spotme", 33, spotme=True)
discover(P + "us_discover", 41)
discover(P + "us_discover__credit", 42, credit=True)
discover(P + "us_discover__3pages", 43, n=30, pages=True)
barclaycard(P + "uk_barclaycard", 51)
barclaycard(P + "uk_barclaycard__credit", 52, credit=True)
barclaycard(P + "uk_barclaycard__fx", 53, fx=True)
hdfc(P + "in_hdfc", 61)
hdfc(P + "in_hdfc__3pages", 62, n=48, pages=True)
hdfc(P + "in_hdfc__longnarr", 63, longnarr=True)
print("done")
