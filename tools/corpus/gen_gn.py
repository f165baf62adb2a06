#!/usr/bin/python3
"""Generator gn: 6 untuned layouts x (base + 1-2 variants), exact truth. Deterministic.

HSBC UK (date once a day, payment-type codes, balance on a day's last row), Lloyds (Type column, OD balances),
Apple Card (Payments / Transactions sections, Daily Cash column), ICICI card (SerNo., Reward Points, Intl.# amount,
CR credits, lakh grouping), Société Générale (Débit/Crédit, SOLDE PRÉCÉDENT / NOUVEAU SOLDE), Sberbank (Cyrillic,
two-line rows, "+" credits)."""
import json, os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gn/gen"
os.makedirs(OUT, exist_ok=True)
from corpus_kit import wrap
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


def ukd(d):  # 05 Jun 24
    return "%02d %s %02d" % (d.day, MON[d.month - 1], d.year % 100)


def make_txns(rng, start, end, n, pool, credits, pc=0.2):
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pc:
            it = rng.choice(credits); sgn = 1
        else:
            it = rng.choice(pool); sgn = -1
        desc, lo, hi = it[0], it[1], it[2]
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sgn
        t = {"date": d, "desc": desc.format(r=rng.randint(100000, 999999)), "amount": amt}
        if len(it) > 3: t["code"] = it[3]
        txs.append(t)
    txs.sort(key=lambda t: t["date"])
    return txs


class Doc:
    def __init__(self, path, size=A4):
        self.c = canvas.Canvas(path, pagesize=size, invariant=1)
        self.W, self.H = size

    def t(self, x, y, s, size=8, bold=False, align="l"):
        self.c.setFont("DVB" if bold else "DV", size)
        if align == "r": self.c.drawRightString(x, y, s)
        elif align == "c": self.c.drawCentredString(x, y, s)
        else: self.c.drawString(x, y, s)


def paginate(rows, per_page):
    pages, cur, used = [], [], 0
    for r in rows:
        nl = max(1, len(r.get("desc", [""])))
        if used + nl > per_page and cur:
            pages.append(cur); cur, used = [], 0
        cur.append(r); used += nl
    pages.append(cur)
    return pages


def render(path, size, header, cols, pages, footer, lh=11, cf=None, bottom=None, top_rows=None, fs=8, hsize=7.5):
    """pages: list of row lists; a row: {key: str}, desc: [lines]. cf(doc, y, row, 'bf'|'cf') -> y."""
    doc = Doc(path, size)
    np_ = len(pages)
    for pi, pr in enumerate(pages):
        y = header(doc, pi + 1, np_)
        nh = max(len(c[0].split("\n")) for c in cols)
        for (title, x, al, key) in cols:
            for k, tl in enumerate(title.split("\n")):
                doc.t(x, y - k * 9, tl, hsize, True, al)
        y -= 9 * nh + 4
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        if pi == 0 and top_rows:
            for tr in top_rows:
                y = tr(doc, y)
        if pi > 0 and cf:
            y = cf(doc, y, pr[0], "bf")
        for r in pr:
            lines = r.get("desc", [""])
            for (title, x, al, key) in cols:
                if key == "desc":
                    for k, l in enumerate(lines):
                        doc.t(x, y - k * lh, l, fs, False, al)
                elif key in r:
                    v = r[key]
                    for k, l in enumerate(v if isinstance(v, list) else [v]):
                        doc.t(x, y - k * lh, l, fs, False, al)
            y -= lh * max(1, len(lines)) + 2
        if pi < np_ - 1 and cf:
            y = cf(doc, y, pr[-1], "cf")
        if pi == np_ - 1 and bottom:
            y = bottom(doc, y)
        footer(doc, pi + 1, np_)
        doc.c.showPage()
    doc.c.save()


def write_truth(stem, family, acct, cur, ps, pe, ob, txs, cb=None):
    """txs carry desc_lines, amount, and 'bal' when the statement prints a balance on that row."""
    bal = D(ob)
    tr = []
    for t in txs:
        bal += t["amount"]
        e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
             "amount": str(t["amount"].quantize(C2))}
        if t.get("bal") is not None:
            assert t["bal"] == bal, (stem, t)
            e["balance"] = str(t["bal"].quantize(C2))
        tr.append(e)
    if cb is not None: assert D(cb) == bal, (stem, cb, bal)
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": acct, "currency": cur,
         "period_start": ps.isoformat(), "period_end": pe.isoformat(), "opening_balance": str(D(ob).quantize(C2)),
         "closing_balance": str(bal.quantize(C2)), "transactions": tr}
    with open(os.path.join(OUT, stem + ".json"), "w") as f:
        json.dump(j, f, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- 1 HSBC UK current account
def hsbc(stem, seed, n=26, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("1843.27"), per_page=60, od=False):
    rng = random.Random(seed)
    pool = [("TESCO STORES 3214|LONDON", 4, 95, "VIS"), ("PRET A MANGER|LONDON", 3, 14, ")))"), ("TFL TRAVEL CH|TFL.GOV.UK/CP", 2.8, 12, ")))"),
            ("SAINSBURYS S/MKTS|CLAPHAM", 6, 110, "VIS"), ("THAMES WATER|{r}", 30, 48, "DD"), ("BRITISH GAS|{r}", 70, 140, "DD"),
            ("LAMBETH COUNCIL|COUNCIL TAX {r}", 140, 160, "DD"), ("J SMITH|RENT JUNE", 950, 1150, "SO"),
            ("HSBC LONDON CLAPHAM|JUN05 14:22", 20, 200, "ATM"), ("AMAZON.CO.UK*RT4K2|AMAZON.CO.UK", 8, 80, "VIS"),
            ("EE LIMITED|{r}", 18, 45, "DD"), ("M JONES|DINNER SPLIT", 10, 60, "BP")]
    cr = [("ACME CONSULTING LTD|SALARY JUN", 2400, 3100, "CR"), ("HMRC|TAX REFUND", 80, 400, "CR"), ("P PATEL|FLAT BILLS", 30, 120, "CR")]
    if od: ob = D("-312.55")
    txs = make_txns(rng, start, end, n, pool, cr)
    bal = ob
    for t in txs:
        t["desc_lines"] = [t["code"] + " " + t["desc"].split("|")[0]] + t["desc"].split("|")[1:]
        bal += t["amount"]; t["run"] = bal
    cb = bal
    bfmt = lambda v: fmt(abs(v)) + (" D" if v < 0 else "")
    rows = []
    for i, t in enumerate(txs):
        r = {"ty": t["code"], "desc": t["desc"].split("|"), "t": t}
        if t["amount"] < 0: r["o"] = fmt(-t["amount"])
        else: r["i"] = fmt(t["amount"])
        rows.append(r)
    pages = paginate(rows, per_page)
    for pi, pr in enumerate(pages):
        for k, r in enumerate(pr):
            t = r["t"]
            if k == 0 or pr[k - 1]["t"]["date"] != t["date"]: r["d"] = ukd(t["date"])
            last_of_day = (k == len(pr) - 1 and pi == len(pages) - 1) or (k < len(pr) - 1 and pr[k + 1]["t"]["date"] != t["date"]) \
                or (k == len(pr) - 1 and pi < len(pages) - 1 and pages[pi + 1][0]["t"]["date"] != t["date"])
            if last_of_day:
                r["b"] = bfmt(t["run"]); t["bal"] = t["run"]
    pin = sum(t["amount"] for t in txs if t["amount"] > 0); pout = -sum(t["amount"] for t in txs if t["amount"] < 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "HSBC UK", 18, True)
        doc.t(doc.W - 40, H - 40, "Your Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 53, "Page %d of %d" % (p, np_), 8, align="r")
        doc.t(40, H - 62, "HSBC Advance   Sortcode 40-11-62   Account Number 71526834   Sheet Number 118", 8)
        if p == 1:
            doc.t(40, H - 82, "MR OLIVER J BENNETT", 8); doc.t(40, H - 93, "FLAT 4 27 ELMHURST ROAD", 8); doc.t(40, H - 104, "LONDON SW4 7QT", 8)
            doc.t(40, H - 124, "%d %s to %d %s %d" % (start.day, start.strftime("%B"), end.day, end.strftime("%B"), end.year), 9, True)
            doc.c.rect(320, H - 150, 235, 76)
            doc.t(328, H - 84, "Account Summary", 8, True)
            L = [("Opening Balance", bfmt(ob)), ("Payments In", fmt(pin)), ("Payments Out", fmt(pout)), ("Closing Balance", bfmt(cb)),
                 ("Arranged Overdraft Limit", "1,000.00")]
            for i, (a, b) in enumerate(L):
                doc.t(328, H - 96 - 11 * i, a, 8); doc.t(548, H - 96 - 11 * i, b, 8, False, "r")
            doc.t(40, H - 140, "International Bank Account Number GB07HBUK40116271526834", 7)
            doc.t(40, H - 150, "Branch Identifier Code HBUKGB4110K", 7)
            doc.t(40, H - 172, "Your HSBC Advance details", 10, True)
            return H - 190
        doc.t(40, H - 80, "Your HSBC Advance details", 10, True)
        return H - 98

    cols = [("Date", 40, "l", "d"), ("Payment type and details", 95, "l", "ty"), ("", 125, "l", "desc"), ("Paid out", 410, "r", "o"),
            ("Paid in", 480, "r", "i"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, ukd(start), 8); doc.t(125, y, "BALANCE BROUGHT FORWARD", 8, True); doc.t(555, y, bfmt(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        t = r["t"]
        if kind == "cf":
            doc.t(125, y, "BALANCE CARRIED FORWARD", 8, True); doc.t(555, y, bfmt(t["run"]), 8, True, "r")
        else:
            prev = t["run"] - t["amount"]
            doc.t(125, y, "BALANCE BROUGHT FORWARD", 8, True); doc.t(555, y, bfmt(prev), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, ukd(end), 8); doc.t(125, y, "BALANCE CARRIED FORWARD", 8, True); doc.t(555, y, bfmt(cb), 8, True, "r")
        doc.t(40, y - 24, "Arranged overdraft limit 1,000.00 (10/04/2024). Overdraft interest: 39.9% EAR (variable).", 6.5)
        doc.t(40, y - 33, "Your deposit is eligible for protection by the Financial Services Compensation Scheme. See fscs.org.uk", 6.5)
        doc.t(40, y - 50, "Switch to paperless statements in the HSBC UK app - it only takes a minute.", 7, True)
        return y - 55

    def footer(doc, p, np_):
        doc.t(40, 26, "HSBC UK Bank plc. Registered in England and Wales number 9928412. Registered Office: 1 Centenary Square, Birmingham, B1 1HQ.", 5.5)
        doc.t(40, 19, "Authorised by the Prudential Regulation Authority and regulated by the FCA and the PRA. Financial Services Register number 765112.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, pages, footer, lh=10, cf=cf, bottom=bottom, top_rows=[top])
    write_truth(stem, "GN_uk_hsbc", "****6834", "GBP", start, end, ob, txs, cb)


# ---------------------------------------------------------------- 2 Lloyds Bank (Type column, Money In/Out, OD balances)
def lloyds(stem, seed, n=24, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("2216.40"), per_page=60, od=False):
    rng = random.Random(seed)
    pool = [("CO-OP GROUP 070451 CD 4417", 3, 60, "DEB"), ("WAITROSE 0612 CD 4417", 8, 120, "DEB"), ("NETFLIX.COM CD 4417", 10.99, 10.99, "DEB"),
            ("BRISTOL CITY COUNCIL {r}", 150, 180, "DD"), ("OCTOPUS ENERGY {r}", 90, 170, "DD"), ("VIRGIN MEDIA PYMTS", 38, 62, "DD"),
            ("A WILLIAMS LANDLORD RENT", 875, 875, "SO"), ("S HUGHES PAYMENT FOR TICKETS 5512", 15, 90, "FPO"),
            ("000412", 40, 300, "CHQ"), ("LNK BROADMEAD BRISTOL CD 4417", 20, 150, "CPT")]
    cr = [("NHS BUSINESS SERVIC SALARY", 2100, 2900, "BGC"), ("R EVANS BILLS SHARE", 40, 180, "FPI"), ("DWP CHILD BENEFIT", 102.4, 102.4, "BGC")]
    if od: ob = D("-184.07")
    txs = make_txns(rng, start, end, n, pool, cr)
    bal = ob
    bfmt = (lambda v: fmt(abs(v)) + (" OD" if v < 0 else "")) if od else (lambda v: fmt(v))
    rows = []
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = [t["desc"]]
        r = {"d": ukd(t["date"]), "desc": [t["desc"]], "ty": t["code"], "b": bfmt(bal)}
        if t["amount"] < 0: r["o"] = fmt(-t["amount"])
        else: r["i"] = fmt(t["amount"])
        rows.append(r)
    cb = bal
    pin = sum(t["amount"] for t in txs if t["amount"] > 0); pout = -sum(t["amount"] for t in txs if t["amount"] < 0)
    pages = paginate(rows, per_page)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "LLOYDS BANK", 16, True)
        doc.t(doc.W - 40, H - 45, "Page %d of %d" % (p, np_), 8, align="r")
        doc.t(40, H - 60, "Classic Account   Sort Code 30-94-57   Account Number 28814406", 8)
        if p == 1:
            doc.t(40, H - 80, "Mrs Emily Carter", 8); doc.t(40, H - 91, "12 Redland Grove", 8); doc.t(40, H - 102, "Bristol BS6 6PR", 8)
            doc.t(330, H - 80, "Statement period %s to %s" % (start.strftime("%d %B %Y"), end.strftime("%d %B %Y")), 8)
            S = [("Balance on %s" % start.strftime("%d %B %Y"), bfmt(ob)), ("Money In", fmt(pin)), ("Money Out", fmt(pout)),
                 ("Balance on %s" % end.strftime("%d %B %Y"), bfmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(330, H - 96 - 11 * i, a, 8, i == 3); doc.t(555, H - 96 - 11 * i, "£" + b, 8, i == 3, "r")
            doc.t(40, H - 150, "Your Transactions", 10, True)
            return H - 168
        doc.t(40, H - 78, "Your Transactions", 10, True)
        return H - 96

    cols = [("Date", 40, "l", "d"), ("Description", 95, "l", "desc"), ("Type", 300, "l", "ty"), ("Money In (£)", 400, "r", "i"),
            ("Money Out (£)", 475, "r", "o"), ("Balance (£)", 555, "r", "b")]

    def bottom(doc, y):
        doc.t(40, y - 8, "Transaction types: BGC Bank Giro Credit, CHQ Cheque, CPT Cashpoint, DD Direct Debit, DEB Debit Card,", 6.5)
        doc.t(40, y - 16, "FPI Faster Payment In, FPO Faster Payment Out, SO Standing Order.", 6.5)
        doc.t(40, y - 32, "Lloyds Bank plc. Registered Office: 25 Gresham Street, London EC2V 7HN. Registered in England and Wales no. 2065.", 6)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 20, "If you think something is incorrect or missing in your statement, please let us know as soon as possible.", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, pages, footer, lh=11, bottom=bottom)
    write_truth(stem, "GN_uk_lloyds", "****4406", "GBP", start, end, ob, txs, cb)


# ---------------------------------------------------------------- 3 Apple Card (Payments / Transactions, Daily Cash column)
def apple(stem, seed, n=22, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), owed=D("1284.66"), per_page=60, returns=False, pay=None):
    rng = random.Random(seed)
    pool = [("APPLE.COM/BILL ONE APPLE PARK WAY 866-712-7753 CUPERTINO 95014 CA USA", 0.99, 19.99, 3),
            ("WHOLE FOODS MARKET 1765 CALIFORNIA ST SAN FRANCISCO 94109 CA USA", 12, 180, 2),
            ("UBER *EATS 8005928996 SAN FRANCISCO CA USA", 15, 60, 2), ("SHELL OIL 57444 2300 LOMBARD ST SAN FRANCISCO CA USA", 30, 80, 2),
            ("TARGET 00027 2675 GEARY BLVD SAN FRANCISCO CA USA", 10, 220, 1), ("NIKE.COM BEAVERTON OR USA", 60, 190, 2),
            ("WALGREENS #4567 SAN FRANCISCO CA USA", 5, 45, 2), ("BLUE BOTTLE COFFEE OAKLAND CA USA", 4, 12, 2)]
    cr = [("RETURN TARGET 00027 SAN FRANCISCO CA USA", 10, 90, 1)]
    txs = make_txns(rng, start, end, n, pool, cr, pc=(0.12 if returns else 0))
    pays = [{"date": start + dt.timedelta(days=4), "desc": "ACH DEPOSIT INTERNET TRANSFER FROM ACCOUNT ENDING IN 4471", "amount": pay or owed, "pay": True}]
    if returns:
        pays.append({"date": start + dt.timedelta(days=20), "desc": "ACH DEPOSIT INTERNET TRANSFER FROM ACCOUNT ENDING IN 4471", "amount": D("250.00"), "pay": True})
    dc = lambda a, p: ("%d%%" % p, ("-$" if a < 0 else "$") + fmt(abs(a * p / 100).quantize(C2)))
    prow, trow = [], []
    for t in pays:
        t["desc_lines"] = [t["desc"]]
        prow.append({"d": t["date"].strftime("%m/%d/%Y"), "desc": [t["desc"]], "a": "-$" + fmt(t["amount"])})
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        pct = t["code"]
        p, c = dc(-t["amount"], pct)
        if t["amount"] > 0: p = "-" + p
        trow.append({"d": t["date"].strftime("%m/%d/%Y"), "desc": [t["desc"]], "p": p, "c": c,
                     "a": ("-$" + fmt(t["amount"])) if t["amount"] > 0 else ("$" + fmt(-t["amount"]))})
    allt = sorted(pays + txs, key=lambda t: (t["date"], 0 if t.get("pay") else 1))
    # truth order: the statement's order (payments section first, then transactions)
    allt = pays + txs
    new = owed - sum(t["amount"] for t in allt)
    tpay = sum(t["amount"] for t in pays); tch = -sum(t["amount"] for t in txs)
    tdc = sum((abs(t["amount"]) * t["code"] / 100).quantize(C2) * (1 if t["amount"] < 0 else -1) for t in txs)
    mon = lambda v: ("-$" if v < 0 else "$") + fmt(abs(v))

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Apple Card", 16, True)
        doc.t(doc.W - 40, H - 45, "Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 57, "Page %d /%d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 72, "Daniel Reyes", 8); doc.t(40, H - 83, "1450 Jackson Street Apt 5", 8); doc.t(40, H - 94, "San Francisco, CA 94109", 8)
            doc.t(40, H - 112, "%s — %s, %d" % (start.strftime("%b %d"), end.strftime("%b %d"), end.year), 9, True)
            L = [("Previous Monthly Balance", mon(owed)), ("Payments & Credits", mon(-tpay)), ("Purchases", mon(tch)), ("Interest Charged", "$0.00"),
                 ("Total Balance", mon(new)), ("Minimum Payment Due", mon(max(D("0"), min(new, D("25"))))),
                 ("Payment Due Date", (end + dt.timedelta(days=30)).strftime("%b %d, %Y"))]
            for i, (a, b) in enumerate(L):
                doc.t(330, H - 72 - 12 * i, a, 8, i == 4); doc.t(doc.W - 40, H - 72 - 12 * i, b, 8, i == 4, "r")
            doc.t(40, H - 170, "Daily Cash this month %s" % mon(tdc), 8)
            return H - 195
        return H - 80

    def footer(doc, p, np_):
        doc.t(40, 26, "Apple Card is issued by Goldman Sachs Bank USA, Salt Lake City Branch.", 6)
        doc.t(40, 19, "If you have questions about your account, message us in Wallet or call 1-877-255-5923.", 6)

    # sections: draw by hand (two tables on one flow)
    c_pay = [("Date", 40, "l", "d"), ("Description", 110, "l", "desc"), ("Amount", 572, "r", "a")]
    c_tx = [("Date", 40, "l", "d"), ("Description", 110, "l", "desc"), ("Daily Cash", 487, "c", "-"), ("", 470, "r", "p"), ("", 515, "r", "c"), ("Amount", 572, "r", "a")]
    doc = Doc(os.path.join(OUT, stem + ".pdf"), letter)
    items = [("H", "Payments", c_pay)] + [("R", r, c_pay) for r in prow] + [("T", "Total payments for this period", mon(-tpay), 572)] + \
            [("H", "Transactions", c_tx)] + [("R", r, c_tx) for r in trow] + [("T", "Total charges, credits and returns", mon(tch), 572)] + \
            [("T", "Total Daily Cash this month", mon(tdc), 515)]
    # paginate
    chunks, cur = [], []
    for it in items:
        if it[0] == "R" and len(cur) >= per_page:
            chunks.append(cur); cur = [("H", it[1] is not None and "cont", it[2])]
        cur.append(it)
    chunks.append(cur)
    for pi, ch in enumerate(chunks):
        y = header(doc, pi + 1, len(chunks))
        for it in ch:
            if it[0] == "H":
                cols = it[2]
                if it[1] != "cont":
                    doc.t(40, y, it[1], 11, True); y -= 16
                for (title, x, al, key) in cols:
                    doc.t(x, y, title, 7.5, True, al)
                doc.c.line(40, y - 4, doc.W - 40, y - 4); y -= 15
            elif it[0] == "R":
                r = it[1]
                for (title, x, al, key) in it[2]:
                    if key == "desc": doc.t(x, y, r["desc"][0], 7.5)
                    elif key in r: doc.t(x, y, r[key], 7.5, False, al)
                y -= 13
            else:
                doc.t(110, y, it[1], 8, True); doc.t(it[3], y, it[2], 8, True, "r"); y -= 22
        footer(doc, pi + 1, len(chunks))
        doc.c.showPage()
    doc.c.save()
    # no account or card number is printed anywhere on the page (only a payment's "ACCOUNT ENDING IN 4471"): none
    write_truth(stem, "GN_us_applecard", None, "USD", start, end, -owed, allt, -new)


# ---------------------------------------------------------------- 4 ICICI Bank credit card (SerNo., Reward Points, Intl.# amount, CR, lakh)
def icici(stem, seed, n=20, start=dt.date(2024, 5, 16), end=dt.date(2024, 6, 15), owed=D("48215.70"), per_page=60, fx=False, credit=False):
    rng = random.Random(seed)
    pool = [("BIGBASKET BANGALORE IN", 300, 4200), ("AMAZON PAY INDIA PRIVA BANGALORE IN", 199, 12500), ("SWIGGY BANGALORE IN", 180, 950),
            ("IRCTC UTS NEW DELHI IN", 60, 3800), ("HP PETROL PUMP KORAMANGALA BANGALORE IN", 500, 4000), ("MYNTRA DESIGNS PVT LTD BENGALURU IN", 699, 6400),
            ("BESCOM BILL PAYMENT BANGALORE IN", 800, 3500), ("TATA CLIQ MUMBAI IN", 1200, 148000)]
    cr = [("REFUND MYNTRA DESIGNS PVT LTD BENGALURU IN", 699, 3000)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr, pc=0.1)
    pay = owed + (D("15000") if credit else 0)
    txs.append({"date": start + dt.timedelta(days=12), "desc": "BBPS PAYMENT RECEIVED - THANK YOU", "amount": pay})
    txs.sort(key=lambda t: t["date"])
    fxrows = {}
    if fx:
        fxs = [("NETFLIX.COM LOS GATOS US", "USD", D("15.49"), D("83.4120")), ("BOOKING.COM AMSTERDAM NL", "EUR", D("212.00"), D("90.1544")),
               ("OPENAI *CHATGPT SUBSCR SAN FRANCISCO US", "USD", D("20.00"), D("83.5100"))]
        for k, (m, c, fa, rate) in zip([2, 7, 12], fxs):
            txs[k]["desc"] = m; txs[k]["amount"] = -(fa * rate).quantize(C2); fxrows[k] = "%s %s" % (c, fmt(fa))
    rows = []
    sern = rng.randint(10000000000, 10999999999)
    for k, t in enumerate(txs):
        t["desc_lines"] = [t["desc"]]
        sern += rng.randint(3, 900)
        a = t["amount"]
        rp = int(abs(a) // 100) * 2
        r = {"d": t["date"].strftime("%d/%m/%Y"), "s": str(sern), "desc": [t["desc"]],
             "rp": ("-%d" % rp if rp else "0") if a > 0 and not t["desc"].startswith("BBPS") else ("0" if a > 0 else str(rp)),
             "a": fmt(abs(a), lakh=True) + (" CR" if a > 0 else "")}
        if k in fxrows: r["fx"] = fxrows[k]
        rows.append(r)
    new = owed - sum(t["amount"] for t in txs)
    buys = -sum(t["amount"] for t in txs if t["amount"] < 0); cred = sum(t["amount"] for t in txs if t["amount"] > 0)
    am = lambda v: ("₹" + fmt(abs(v), lakh=True) + (" CR" if v < 0 else ""))
    pages = paginate(rows, per_page)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "ICICI Bank", 18, True)
        doc.t(doc.W - 40, H - 45, "CREDIT CARD STATEMENT", 10, True, "r")
        doc.t(doc.W - 40, H - 57, "Page %d of %d" % (p, np_), 8, align="r")
        doc.t(40, H - 62, "Coral Credit Card   Card Number 4375 XXXX XXXX 3027", 8)
        if p == 1:
            doc.t(40, H - 80, "MR ARJUN VENKATESH", 8); doc.t(40, H - 91, "NO 42 3RD CROSS 5TH BLOCK KORAMANGALA", 8); doc.t(40, H - 102, "BANGALORE 560095 KARNATAKA", 8)
            doc.t(40, H - 120, "Statement period : %s to %s" % (start.strftime("%B %d, %Y"), end.strftime("%B %d, %Y")), 8)
            doc.t(40, H - 131, "Statement Date %s   Payment Due Date %s" % (end.strftime("%d/%m/%Y"), (end + dt.timedelta(days=18)).strftime("%d/%m/%Y")), 8)
            doc.c.rect(40, H - 190, 515, 46)
            S = [("Previous Balance", am(owed)), ("Purchases / Charges", am(buys)), ("Cash Advances", am(0)), ("Payments / Credits", am(cred)),
                 ("Total Amount due", am(new))]
            for i, (a, b) in enumerate(S):
                doc.t(48 + 103 * i, H - 160, a, 7, i == 4); doc.t(48 + 103 * i, H - 176, b, 8.5, True)
            doc.t(40, H - 202, "Minimum Amount due %s   Credit Limit ₹3,00,000.00   Available Credit Limit %s" % (am(max(D("0"), (new * D("0.05")).quantize(C2))),
                                                                                                   am(D("300000") - new)), 7)
            doc.t(40, H - 222, "Transaction Details", 10, True)
            return H - 240
        doc.t(40, H - 80, "Transaction Details", 10, True)
        return H - 98

    cols = [("Date", 40, "l", "d"), ("SerNo.", 98, "l", "s"), ("Transaction Details", 165, "l", "desc"), ("Reward\nPoints", 400, "r", "rp"),
            ("Intl.#\namount", 470, "r", "fx"), ("Amount (in ₹)", 555, "r", "a")]

    def bottom(doc, y):
        doc.t(40, y - 8, "# International spends: amount in foreign currency. Includes a 3.5% foreign currency mark-up charged separately.", 6.5)
        doc.t(40, y - 24, "Earn 2 reward points on every ₹100 spent. Redeem at icicibank.com/rewards.", 7, True)
        doc.t(40, y - 40, "ICICI Bank Limited, ICICI Bank Towers, Bandra-Kurla Complex, Mumbai 400051. CIN L65190GJ1994PLC021012.", 6)
        return y - 46

    def footer(doc, p, np_):
        doc.t(40, 20, "Customer Care 1800 1080 (toll free)  •  Never share your OTP, CVV or PIN with anyone.", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, pages, footer, lh=11, bottom=bottom)
    write_truth(stem, "GN_in_icici_card", "****3027", "INR", start, end, -owed, txs, -new)


# ---------------------------------------------------------------- 5 Société Générale (Débit / Crédit, SOLDE PRÉCÉDENT, NOUVEAU SOLDE)
def socgen(stem, seed, n=22, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("1873.42"), per_page=60, od=False):
    rng = random.Random(seed)
    pool = [("CARTE X1234 {{dd}} MONOPRIX|PARIS 11", 6, 90), ("CARTE X1234 {{dd}} SNCF INTERNET|PARIS", 25, 160),
            ("PRELEVEMENT EUROPEEN 2283751429|DE: EDF CLIENTS PARTICULIERS|ID: FR03ZZZ001133 MOTIF: FACTURE {r}", 45, 110),
            ("PRELEVEMENT EUROPEEN 1738224001|DE: FREE MOBILE|MOTIF: FACTURE MOBILE JUIN", 10, 20),
            ("RETRAIT DAB {{dd}} SG PARIS OBERKAMPF|CARTE X1234", 20, 150), ("VIR PERM|POUR: SCI DES LILAS LOYER|REF: LOYER JUIN", 780, 780),
            ("CARTE X1234 {{dd}} PICARD SURGELES|PARIS", 8, 60), ("COTISATION JAZZ|OFFRE GROUPEE", 8.2, 8.2)]
    cr = [("VIR RECU 9481772013|DE: SARL ATELIER DUVAL|MOTIF: SALAIRE JUIN 2024", 2200, 2900), ("VIR RECU 5520013|DE: CPAM DE PARIS|MOTIF: REMBOURSEMENT SOINS", 20, 90)]
    if od: ob = D("-238.90")
    txs = make_txns(rng, start, end, n, pool, cr, pc=0.15)
    rows = []
    for t in txs:
        lines = t["desc"].replace("{dd}", t["date"].strftime("%d/%m")).split("|")
        t["desc_lines"] = lines
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        r = {"d": t["date"].strftime("%d/%m/%Y"), "v": vd.strftime("%d/%m/%Y"), "desc": lines}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"], ".", ",")
        else: r["cr"] = fmt(t["amount"], ".", ",")
        rows.append(r)
    cb = ob + sum(t["amount"] for t in txs)
    tdb = -sum(t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)
    pages = paginate(rows, per_page)
    side = lambda v: ("db", fmt(-v, ".", ",")) if v < 0 else ("cr", fmt(v, ".", ","))
    X = {"db": 470, "cr": 555}

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "SOCIETE GENERALE", 15, True)
        doc.t(doc.W - 40, H - 45, "RELEVÉ DE COMPTE", 10, True, "r")
        doc.t(doc.W - 40, H - 57, "Page %d/%d" % (p, np_), 8, align="r")
        doc.t(40, H - 62, "Compte Bancaire 30003 03350 00050412873 26   IBAN FR76 3000 3033 5000 0504 1287 326", 7.5)
        if p == 1:
            doc.t(330, H - 82, "M. ET MME LEFEBVRE CLAIRE", 8); doc.t(330, H - 93, "18 RUE DE LA ROQUETTE", 8); doc.t(330, H - 104, "75011 PARIS", 8)
            doc.t(40, H - 82, "Agence PARIS BASTILLE", 8); doc.t(40, H - 93, "Tél. 01 42 14 20 00", 8)
            doc.t(40, H - 120, "du %s au %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 9, True)
            doc.t(40, H - 132, "envoi n°6", 8)
            return H - 156
        return H - 80

    cols = [("Date", 40, "l", "d"), ("Valeur", 95, "l", "v"), ("Nature de l'opération", 155, "l", "desc"), ("Débit", 470, "r", "db"),
            ("Crédit", 555, "r", "cr")]

    def top(doc, y):
        k, s = side(ob)
        doc.t(155, y, "SOLDE PRÉCÉDENT AU %s" % (start - dt.timedelta(days=1)).strftime("%d/%m/%Y"), 8, True); doc.t(X[k], y, s, 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(155, y - 2, "TOTAUX DES MOUVEMENTS", 8, True); doc.t(470, y - 2, fmt(tdb, ".", ","), 8, True, "r"); doc.t(555, y - 2, fmt(tcr, ".", ","), 8, True, "r")
        k, s = side(cb)
        doc.t(155, y - 16, "NOUVEAU SOLDE AU %s" % end.strftime("%d/%m/%Y"), 8, True); doc.t(X[k], y - 16, "%s €" % s if False else s, 8, True, "r")
        doc.t(40, y - 40, "Montant de l'autorisation de découvert : 500,00 EUR. TAEG : 16,20 %.", 6.5)
        doc.t(40, y - 49, "Société Générale, S.A. au capital de 1 003 724 927,50 EUR, 552 120 222 RCS Paris, 29 bd Haussmann 75009 Paris.", 6)
        doc.t(40, y - 64, "Découvrez l'appli SG : vos comptes, vos virements et vos cartes, partout, tout le temps.", 7, True)
        return y - 70

    def footer(doc, p, np_):
        doc.t(40, 20, "Pour toute réclamation : votre conseiller ou le Service Relations Clientèle, 0 969 32 05 94 (appel non surtaxé).", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, pages, footer, lh=10, bottom=bottom, top_rows=[top])
    write_truth(stem, "GN_fr_socgen", "****2873", "EUR", start, end, ob, txs, cb)


# ---------------------------------------------------------------- 6 Sberbank (Cyrillic, two-line rows, "+" credits)
def sber(stem, seed, n=20, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("48215.33"), per_page=60, minus=False):
    rng = random.Random(seed)
    pool = [("Супермаркеты|PYATEROCHKA 1187 Moscow RUS", 150, 3500), ("Рестораны и кафе|KOFEMANIYA Moscow RUS", 250, 2400),
            ("Транспорт|YANDEX.GO Moscow RUS", 180, 900), ("Коммунальные платежи, связь, интернет|МТС Оплата по номеру телефона +7 916 ***-**-42", 300, 900),
            ("Перевод с карты|Перевод для М. Сергей Владимирович", 500, 15000), ("Выдача наличных|ATM 60012345 Moscow RUS", 1000, 10000),
            ("Здоровье и красота|APTEKA RIGLA Moscow RUS", 200, 2600), ("Одежда и аксессуары|WILDBERRIES Moscow RUS", 400, 7800)]
    cr = [("Прочие операции|Заработная плата ООО РОМАШКА", 65000, 92000), ("Перевод на карту|Перевод от А. Ольга Игоревна", 500, 8000)]
    txs = make_txns(rng, start, end, n, pool, cr, pc=0.15)
    bal = ob
    rows = []
    for t in txs:
        cat, det = t["desc"].split("|")
        t["desc_lines"] = [cat, det]
        bal += t["amount"]; t["bal"] = bal
        hm = "%02d:%02d" % (rng.randint(7, 23), rng.randint(0, 59))
        pd = min(t["date"] + dt.timedelta(days=rng.choice([0, 1, 1, 2])), end)
        amt = ("+" + fmt(t["amount"], " ", ",")) if t["amount"] > 0 else (fmt(t["amount"], " ", ",") if minus else fmt(-t["amount"], " ", ","))
        rows.append({"d": [t["date"].strftime("%d.%m.%Y"), hm], "p": [pd.strftime("%d.%m.%Y"), "%06d" % rng.randint(0, 999999)],
                     "desc": [cat, det], "a": amt, "b": fmt(bal, " ", ",")})
    cb = bal
    tin = sum(t["amount"] for t in txs if t["amount"] > 0); tout = -sum(t["amount"] for t in txs if t["amount"] < 0)
    pages = paginate(rows, per_page)
    rub = lambda v: fmt(v, " ", ",") + " ₽"

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "СБЕРБАНК", 16, True)
        doc.t(doc.W - 40, H - 45, "Выписка по счёту дебетовой карты", 9, True, "r")
        doc.t(doc.W - 40, H - 57, "Страница %d из %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 76, "Иванов Алексей Петрович", 9, True)
            doc.t(40, H - 88, "Номер счёта 40817 810 3 3800 4271935", 8)
            doc.t(40, H - 99, "Карта МИР Классическая •• 4471", 8)
            doc.t(40, H - 110, "Валюта счёта РУБЛЬ РФ", 8)
            doc.t(40, H - 121, "Итого по операциям с %s по %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            S = [("Остаток на начало периода", rub(ob)), ("Всего пополнений", rub(tin)), ("Всего списаний", rub(tout)), ("Остаток на конец периода", rub(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(40 + 130 * i, H - 140, a, 6.5); doc.t(40 + 130 * i, H - 152, b, 9, True)
            doc.t(40, H - 176, "Расшифровка операций", 10, True)
            return H - 194
        return H - 78

    cols = [("ДАТА ОПЕРАЦИИ\n(МСК)", 40, "l", "d"), ("Дата обработки¹\nи код авторизации", 130, "l", "p"),
            ("КАТЕГОРИЯ\nОписание операции", 215, "l", "desc"), ("СУММА В ВАЛЮТЕ\nСЧЁТА", 470, "r", "a"), ("ОСТАТОК СРЕДСТВ\nВ ВАЛЮТЕ СЧЁТА", 555, "r", "b")]

    def bottom(doc, y):
        doc.t(40, y - 8, "¹ Дата обработки банком. Операции в иностранной валюте пересчитываются по курсу ПАО Сбербанк на дату обработки.", 6)
        doc.t(40, y - 24, "Продолжение на следующей странице" if False else "ПАО Сбербанк. Генеральная лицензия Банка России № 1481. 117997, Москва, ул. Вавилова, д. 19.", 6)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 20, "Выписка сформирована в СберБанк Онлайн %s" % (end + dt.timedelta(days=1)).strftime("%d.%m.%Y"), 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, pages, footer, lh=10, bottom=bottom, fs=7.5, hsize=6.5)
    write_truth(stem, "GN_ru_sberbank", "****1935", "RUB", start, end, ob, txs, cb)


P = "gn_"
hsbc(P + "uk_hsbc", 11)
hsbc(P + "uk_hsbc__pages", 12, n=44, per_page=28)
hsbc(P + "uk_hsbc__overdrawn", 13, od=True)
lloyds(P + "uk_lloyds", 21)
lloyds(P + "uk_lloyds__overdraft", 22, od=True)
lloyds(P + "uk_lloyds__pages", 23, n=46, per_page=26)
apple(P + "us_applecard", 31)
apple(P + "us_applecard__returns", 32, returns=True, pay=D("900.00"))
apple(P + "us_applecard__pages", 33, n=44, per_page=26)
icici(P + "in_icici_card", 41)
icici(P + "in_icici_card__fx", 42, fx=True)
icici(P + "in_icici_card__credit", 43, credit=True)
socgen(P + "fr_socgen", 51)
socgen(P + "fr_socgen__overdraft", 52, od=True)
socgen(P + "fr_socgen__pages", 53, n=40, per_page=34)
sber(P + "ru_sberbank", 61)
sber(P + "ru_sberbank__minus", 62, minus=True)
sber(P + "ru_sberbank__pages", 63, n=38, per_page=40)
print("done")
