#!/usr/bin/python3
"""Generator gq: 5 untuned US layouts x (base + 1 variant), exact truth. Deterministic."""
import json, os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gq/gen"
os.makedirs(OUT, exist_ok=True)
from corpus_kit import wrap
C2 = D("0.01")


def fmt(v, sign=False):
    v = D(v)
    neg = v < 0
    s = "%.2f" % abs(v)
    ip, fp = s.split(".")
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:]); ip = ip[:-3]
    g.insert(0, ip)
    out = ",".join(g) + "." + fp
    if neg: return "-" + out
    return ("+" + out) if sign else out


def usd(v):
    return ("-$" + fmt(-v)) if v < 0 else "$" + fmt(v)


def make_txns(rng, start, end, n, pool, credits, pcred=0.2):
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pcred:
            desc, lo, hi = rng.choice(credits); sgn = 1
        else:
            desc, lo, hi = rng.choice(pool); sgn = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sgn
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999), c=rng.randint(1000, 9999)), "amount": amt})
    txs.sort(key=lambda t: t["date"])
    return txs


class Doc:
    def __init__(self, path, size=letter):
        self.c = canvas.Canvas(path, pagesize=size)
        self.W, self.H = size

    def t(self, x, y, s, size=8, bold=False, align="l"):
        self.c.setFont("DVB" if bold else "DV", size)
        if align == "r": self.c.drawRightString(x, y, s)
        elif align == "c": self.c.drawCentredString(x, y, s)
        else: self.c.drawString(x, y, s)


def flow(path, header, footer, items, bottom_y=70):
    """items: list of (height, draw(doc, y)[, cont]); header(doc, p, np, first) -> y. Paginate by heights; an item
    with a third element (a continuation item) that opens a page gets that item (a "- continued" heading) before it."""
    dummy = Doc(os.devnull)
    pages, cur = [], []
    y = header(dummy, 1, 99, True)
    for it in items:
        if y - it[0] < bottom_y and cur:
            pages.append(cur); cur = []
            y = header(dummy, len(pages) + 1, 99, False)
            if len(it) > 2 and it[2]:
                cur.append(it[2]); y -= it[2][0]
        cur.append(it); y -= it[0]
    pages.append(cur)
    doc = Doc(path)
    np_ = len(pages)
    for pi, pr in enumerate(pages):
        y = header(doc, pi + 1, np_, True)
        for h, draw, *_ in pr:
            draw(doc, y); y -= h
        footer(doc, pi + 1, np_)
        doc.c.showPage()
    doc.c.save()
    return np_


def write_truth(stem, family, acct, cur, ps, pe, ob, cb, txs):
    tr = []
    for t in txs:
        e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
             "amount": str(t["amount"].quantize(C2))}
        if t.get("bal") is not None: e["balance"] = str(t["bal"].quantize(C2))
        tr.append(e)
    assert (D(ob) + sum(t["amount"] for t in txs)).quantize(C2) == D(cb).quantize(C2), stem
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": acct, "currency": cur,
         "period_start": ps.isoformat(), "period_end": pe.isoformat(), "opening_balance": str(D(ob).quantize(C2)),
         "closing_balance": str(D(cb).quantize(C2)), "transactions": tr}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


def txt(x, s, size=8, bold=False, align="l"):
    return lambda doc, y: doc.t(x, y, s, size, bold, align)


def line_item(h, *parts):
    def draw(doc, y):
        for p in parts: p(doc, y)
    return (h, draw)


def rule_item(h=6, x0=40, x1=572):
    return (h, lambda doc, y: doc.c.line(x0, y + 7, x1, y + 7))


def ldate(d):
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


# ---------------------------------------------------------------- 1 Bank of America Advantage checking
def bofa(stem, seed, n=26, start=dt.date(2024, 5, 1), end=dt.date(2024, 5, 31), ob=D("2345.67"), checks=False):
    rng = random.Random(seed)
    pool = [("CHECKCARD {c} TRADER JOE S #512 SAN FRANCISCO CA 24431064{r}", 8, 140),
            ("PURCHASE {c} SAFEWAY #1711 OAKLAND CA", 10, 160), ("PG&E DES:WEB ONLINE ID:{r}1 INDN:DANIEL REYES CO ID:XXXXX31640 WEB", 60, 190),
            ("Zelle payment to MARIA LOPEZ Conf# {r}", 20, 250), ("BKOFAMERICA ATM {c} WITHDRWL MARKET ST SAN FRANCISCO CA", 20, 300),
            ("VENMO DES:PAYMENT ID:{r}88 INDN:DANIEL REYES CO ID:XXXXX81992 WEB", 10, 90),
            ("CHECKCARD {c} SHELL OIL 57444 DALY CITY CA", 30, 75), ("Online Banking transfer to SAV 4471 Confirmation# {r}", 100, 400)]
    cr = [("Zelle payment from ANNA CHEN Conf# {r}", 20, 200), ("Mobile Deposit Ref #{r}", 50, 600)]
    txs = make_txns(rng, start, end, n, pool, cr)
    for d in (14, 30):
        txs.append({"date": start + dt.timedelta(days=d), "desc": "GUSTO DES:NET {r} ID:7EXN1{c} INDN:Reyes, Daniel CO ID:9138864001 PPD".format(r=rng.randint(100000, 999999), c=rng.randint(1000, 9999)), "amount": D("2412.88")})
    chk = []
    if checks:
        for no, dd, a in ((1041, 6, "1200.00"), (1042, 17, "85.00"), (1044, 23, "312.40")):
            chk.append({"date": start + dt.timedelta(days=dd), "no": no, "desc": "Check", "amount": -D(a)})
        chk.append({"date": start + dt.timedelta(days=30), "desc": "Monthly Maintenance Fee", "amount": D("-12.00"), "fee": True})
    txs.sort(key=lambda t: t["date"])
    dep = [t for t in txs if t["amount"] > 0]
    wd = [t for t in txs if t["amount"] < 0]
    ck = [t for t in chk if not t.get("fee")]
    fee = [t for t in chk if t.get("fee")]
    alltx = sorted(dep + wd + ck + fee, key=lambda t: t["date"])
    cb = ob + sum(t["amount"] for t in alltx)
    s_dep, s_wd = sum(t["amount"] for t in dep), sum(t["amount"] for t in wd)
    s_ck, s_fee = sum(t["amount"] for t in ck), sum(t["amount"] for t in fee)
    items = []

    def sect(title, rows, total_label, total, cont):
        items.append(line_item(22, txt(40, title, 10, True)))
        items.append(line_item(12, txt(40, "Date", 7.5, True), txt(100, "Description", 7.5, True), txt(572, "Amount", 7.5, True, "r")))
        items.append(rule_item())
        ch = None
        if cont:  # the section's heading and column titles again at the top of a new page
            ch = (40, lambda doc, y: (doc.t(40, y, title + " - continued", 10, True), doc.t(40, y - 22, "Date", 7.5, True),
                                      doc.t(100, y - 22, "Description", 7.5, True), doc.t(572, y - 22, "Amount", 7.5, True, "r"),
                                      doc.c.line(40, y - 27, 572, y - 27)))
        for t in rows:
            t["desc_lines"] = wrap(t["desc"], 62)
            h = 11 * len(t["desc_lines"]) + 2
            parts = [txt(40, t["date"].strftime("%m/%d/%y")), txt(572, fmt(t["amount"]), 8, False, "r")]
            for k, l in enumerate(t["desc_lines"]):
                parts.append((lambda k, l: lambda doc, y: doc.t(100, y - 11 * k, l, 8))(k, l))
            items.append(line_item(h, *parts) + (ch,))
        items.append(rule_item(4))
        items.append(line_item(20, txt(100, total_label, 8, True), txt(572, usd(total), 8, True, "r")))

    sect("Deposits and other additions", dep, "Total deposits and other additions", s_dep, True)
    sect("Withdrawals and other subtractions", wd, "Total withdrawals and other subtractions", s_wd, True)
    if ck:
        items.append(line_item(22, txt(40, "Checks", 10, True)))
        items.append(line_item(12, txt(40, "Date", 7.5, True), txt(100, "Check #", 7.5, True), txt(250, "Amount", 7.5, True, "r"),
                               txt(300, "Date", 7.5, True), txt(360, "Check #", 7.5, True), txt(510, "Amount", 7.5, True, "r")))
        items.append(rule_item())
        for i in range(0, len(ck), 2):
            parts = []
            for j, t in enumerate(ck[i:i + 2]):
                t["desc_lines"] = [str(t["no"])]  # corpus convention (gm): a check is named by its number
                x = 40 + 260 * j
                star = "*" if t["no"] == 1044 else ""
                parts += [txt(x, t["date"].strftime("%m/%d/%y")), txt(x + 60, "%d%s" % (t["no"], star)), txt(x + 210, fmt(t["amount"]), 8, False, "r")]
            items.append(line_item(13, *parts))
        items.append(rule_item(4))
        items.append(line_item(12, txt(100, "Total checks", 8, True), txt(572, usd(s_ck), 8, True, "r")))
        items.append(line_item(18, txt(40, "* There is a gap in sequential check numbers", 6.5)))
        items.append(line_item(22, txt(40, "Service fees", 10, True)))
        items.append(line_item(12, txt(40, "Date", 7.5, True), txt(100, "Transaction description", 7.5, True), txt(572, "Amount", 7.5, True, "r")))
        items.append(rule_item())
        for t in fee:
            t["desc_lines"] = [t["desc"]]
            items.append(line_item(13, txt(40, t["date"].strftime("%m/%d/%y")), txt(100, t["desc"]), txt(572, fmt(t["amount"]), 8, False, "r")))
        items.append(rule_item(4))
        items.append(line_item(20, txt(100, "Total service fees", 8, True), txt(572, usd(s_fee), 8, True, "r")))
    # daily ledger balances grid (not transactions)
    items.append(line_item(22, txt(40, "Daily ledger balances", 10, True)))
    items.append(line_item(12, *[p for k in range(3) for p in (txt(40 + 180 * k, "Date", 7.5, True), txt(190 + 180 * k, "Balance ($)", 7.5, True, "r"))]))
    items.append(rule_item())
    days, bal = [], ob
    for d in sorted(set(t["date"] for t in alltx)):
        bal += sum(t["amount"] for t in alltx if t["date"] == d)
        days.append((d, bal))
    rows_n = (len(days) + 2) // 3
    for i in range(rows_n):
        parts = []
        for k in range(3):
            j = i + k * rows_n
            if j < len(days):
                parts += [txt(40 + 180 * k, days[j][0].strftime("%m/%d")), txt(190 + 180 * k, fmt(days[j][1]), 8, False, "r")]
        items.append(line_item(12, *parts))

    def header(doc, p, np_, first):
        H = doc.H
        doc.t(40, H - 40, "BANK OF AMERICA", 15, True)
        doc.t(40, H - 52, "P.O. Box 15284  Wilmington, DE 19850", 6.5)
        doc.t(572, H - 40, "Customer service information", 8, True, "r")
        doc.t(572, H - 51, "1.800.432.1000", 7, False, "r"); doc.t(572, H - 60, "bankofamerica.com", 7, False, "r")
        doc.t(40, H - 75, "Your Bank of America Advantage Plus Banking", 9, True)
        doc.t(40, H - 86, "for %s to %s" % (ldate(start), ldate(end)), 8)
        doc.t(572, H - 86, "Account number: 3250 4412 8812", 8, False, "r")
        if p == 1:
            for i, l in enumerate(["DANIEL REYES", "2214 VALENCIA ST APT 3", "SAN FRANCISCO, CA 94110-4417"]):
                doc.t(40, H - 110 - 10 * i, l, 8)
            doc.c.rect(40, H - 250, 532, 100)
            doc.t(48, H - 164, "Account summary", 9, True)
            L = [("Beginning balance on %s" % ldate(start), usd(ob)), ("Deposits and other additions", fmt(s_dep)),
                 ("Withdrawals and other subtractions", fmt(s_wd)), ("Checks", fmt(s_ck)), ("Service fees", fmt(s_fee)),
                 ("Ending balance on %s" % ldate(end), usd(cb))]
            for i, (a, b) in enumerate(L):
                doc.t(48, H - 178 - 12 * i, a, 8, i in (0, 5)); doc.t(300, H - 178 - 12 * i, b, 8, i in (0, 5), "r")
            doc.t(330, H - 178, "# of deposits/credits: %d" % len(dep), 7.5)
            doc.t(330, H - 190, "# of withdrawals/debits: %d" % (len(wd) + len(ck) + len(fee)), 7.5)
            doc.t(330, H - 202, "# of days in cycle: %d" % ((end - start).days + 1), 7.5)
            doc.t(330, H - 214, "Average ledger balance: %s" % usd(ob + s_dep / 2), 7.5)
            return H - 275
        return H - 110

    def footer(doc, p, np_):
        doc.t(40, 40, "Bank of America, N.A. Member FDIC and Equal Housing Lender", 6)
        doc.t(40, 32, "When you use the Balance Connect for overdraft protection service, we will transfer available funds from your linked account.", 6)
        doc.t(572, 40, "Page %d of %d" % (p, np_), 7, False, "r")

    flow(os.path.join(OUT, stem + ".pdf"), header, footer, items)
    write_truth(stem, "GQ_us_bofa", "****8812", "USD", start, end, ob, cb, alltx)


# ---------------------------------------------------------------- 2 Chase Sapphire Preferred card
def chase(stem, seed, n=24, start=dt.date(2024, 4, 14), end=dt.date(2024, 5, 13), prev=D("1873.42"), credit=False, fx=False):
    rng = random.Random(seed)
    pool = [("WHOLEFDS HAR 10214 NEW YORK NY", 12, 160), ("UBER *TRIP HELP.UBER.COM CA", 8, 55), ("DELTA AIR 0062381123 DELTA.COM GA", 180, 620),
            ("STARBUCKS STORE 11853 BROOKLYN NY", 4, 14), ("AMAZON MKTPL*RT4Q21MX0 Amzn.com/bill WA", 9, 130),
            ("SQ *JOE COFFEE COMPANY New York NY", 4, 12), ("SWEETGREEN MADISON New York NY", 12, 22), ("NYCT PAYGO NEW YORK NY", 2.9, 2.9),
            ("MARRIOTT BOSTON COPLEY BOSTON MA", 210, 540), ("SPOTIFY USA 877-778-1161 NY", 11.99, 11.99)]
    cr = [("AMAZON MKTPL*RF2KL0Z11 Amzn.com/bill WA", 9, 60)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr, 0.08)
    pay = prev + (D("2400.00") if credit else D("0"))
    txs.append({"date": start + dt.timedelta(days=9), "desc": "Payment Thank You-Mobile", "amount": pay})
    txs.sort(key=lambda t: t["date"])
    for t in txs:
        t["desc_lines"] = [t["desc"]]
    if fx:
        fxm = [("LUFTHANSA 2201234567 KOELN", "EURO", D("1.086779059")), ("TFL TRAVEL CH TFL.GOV.UK/CP", "POUND STERLING", D("1.264830121")),
               ("HOTEL LE MARAIS PARIS", "EURO", D("1.085921338")), ("BOOTS 1184 LONDON", "POUND STERLING", D("1.265011472"))]
        k = 0
        for t in txs:
            if t["amount"] < 0 and k < len(fxm) and t["date"] > start + dt.timedelta(days=3) and rng.random() < 0.5:
                m, c, rate = fxm[k]; k += 1
                famt = D(rng.randint(800, 60000)) / 100
                t["desc"] = m; t["amount"] = -(famt * rate).quantize(C2)
                t["desc_lines"] = [m, "%s %s" % ((t["date"] - dt.timedelta(days=1)).strftime("%m/%d"), c), "%s X %s (EXCHG RATE)" % (fmt(famt), rate)]
        assert k >= 3, k
    pays = [t for t in txs if t["amount"] > 0]; buys = [t for t in txs if t["amount"] < 0]
    s_pay = sum(t["amount"] for t in pays); s_buy = -sum(t["amount"] for t in buys)
    new = prev - s_pay + s_buy
    pay_line = sum(t["amount"] for t in pays if t["desc"].startswith("Payment")); cred = s_pay - pay_line
    items = []
    items.append(line_item(20, txt(40, "ACCOUNT ACTIVITY", 11, True)))
    items.append(line_item(18, txt(40, "Date of", 7, True), txt(40, "Transaction", 7, True), txt(110, "Merchant Name or Transaction Description", 7.5, True),
                           txt(572, "$ Amount", 7.5, True, "r")))
    items[-1] = (20, lambda doc, y: (doc.t(40, y + 4, "Date of", 7, True), doc.t(40, y - 4, "Transaction", 7, True),
                                     doc.t(110, y, "Merchant Name or Transaction Description", 7.5, True), doc.t(572, y, "$ Amount", 7.5, True, "r"),
                                     doc.c.line(40, y - 9, 572, y - 9)))
    for title, rows in (("PAYMENTS AND OTHER CREDITS", pays), ("PURCHASE", buys)):
        items.append(line_item(14, txt(40, title, 8, True)))
        for t in rows:
            parts = [txt(40, t["date"].strftime("%m/%d")), txt(572, fmt(-t["amount"]), 8, False, "r")]
            for k, l in enumerate(t["desc_lines"]):
                parts.append((lambda k, l: lambda doc, y: doc.t(110 if k == 0 else 124, y - 10 * k, l, 8))(k, l))
            items.append(line_item(10 * len(t["desc_lines"]) + 2, *parts))
    items.append(line_item(30, txt(40, "")))
    items.append(line_item(14, txt(40, "2024 Totals Year-to-Date", 9, True)))
    items.append(line_item(12, txt(40, "Total fees charged in 2024"), txt(300, "$0.00", 8, False, "r")))
    items.append(line_item(24, txt(40, "Total interest charged in 2024"), txt(300, "$0.00", 8, False, "r")))
    items.append(line_item(14, txt(40, "INTEREST CHARGES", 9, True)))
    items.append(line_item(12, txt(40, "Your Annual Percentage Rate (APR) is the annual interest rate on your account.", 7)))
    items.append((24, lambda doc, y: (doc.t(40, y, "Balance Type", 7.5, True), doc.t(250, y + 4, "Annual", 7.5, True, "r"),
                                      doc.t(250, y - 4, "Percentage Rate (APR)", 7.5, True, "r"), doc.t(390, y + 4, "Balance Subject", 7.5, True, "r"),
                                      doc.t(390, y - 4, "To Interest Rate", 7.5, True, "r"), doc.t(500, y, "Interest Charges", 7.5, True, "r"),
                                      doc.c.line(40, y - 9, 572, y - 9))))
    items.append(line_item(12, txt(40, "PURCHASES", 7.5, True)))
    items.append(line_item(12, txt(40, "Purchases"), txt(250, "21.49%(v)(d)", 8, False, "r"), txt(390, "- 0 -", 8, False, "r"), txt(500, "- 0 -", 8, False, "r")))
    items.append(line_item(12, txt(40, "CASH ADVANCES", 7.5, True)))
    items.append(line_item(12, txt(40, "Cash Advances"), txt(250, "28.49%(v)(d)", 8, False, "r"), txt(390, "- 0 -", 8, False, "r"), txt(500, "- 0 -", 8, False, "r")))
    items.append(line_item(12, txt(40, "BALANCE TRANSFERS", 7.5, True)))
    items.append(line_item(16, txt(40, "Balance Transfer"), txt(250, "21.49%(v)(d)", 8, False, "r"), txt(390, "- 0 -", 8, False, "r"), txt(500, "- 0 -", 8, False, "r")))
    items.append(line_item(12, txt(500, "%d Days in Billing Period" % ((end - start).days + 1), 7.5, False, "r")))
    items.append(line_item(10, txt(40, "(v) = Variable Rate   (d) = Daily Balance Method (including new transactions)", 6.5)))

    def header(doc, p, np_, first):
        H = doc.H
        doc.t(40, H - 40, "CHASE", 16, True); doc.t(110, H - 40, "Sapphire Preferred", 10)
        doc.t(572, H - 40, "Manage your account online: chase.com/cardhelp", 7, False, "r")
        doc.t(572, H - 50, "Customer Service: 1-800-436-7958", 7, False, "r")
        if p == 1:
            for i, l in enumerate(["PRIYA SHAH", "148 PROSPECT PL APT 4R", "BROOKLYN NY 11238-3912"]):
                doc.t(40, H - 75 - 10 * i, l, 8)
            doc.c.rect(40, H - 280, 260, 170)
            doc.t(48, H - 124, "ACCOUNT SUMMARY", 9, True)
            L = [("Account Number: XXXX XXXX XXXX 6630", ""), ("Previous Balance", usd(prev)), ("Payment, Credits", "-" + usd(s_pay)),
                 ("Purchases", "+" + usd(s_buy)), ("Cash Advances", "$0.00"), ("Balance Transfers", "$0.00"), ("Fees Charged", "$0.00"),
                 ("Interest Charged", "$0.00"), ("New Balance", usd(new)), ("Opening/Closing Date", "%s - %s" % (start.strftime("%m/%d/%y"), end.strftime("%m/%d/%y"))),
                 ("Credit Access Line", "$18,500"), ("Available Credit", usd(D("18500") - max(new, D(0)))), ("Cash Access Line", "$3,700")]
            for i, (a, b) in enumerate(L):
                doc.t(48, H - 138 - 10.5 * i, a, 7.5, a == "New Balance"); doc.t(292, H - 138 - 10.5 * i, b, 7.5, a == "New Balance", "r")
            doc.c.rect(320, H - 200, 252, 90)
            doc.t(328, H - 124, "PAYMENT INFORMATION", 9, True)
            mp = D("0.00") if new <= 0 else min(new, D("40.00"))
            for i, (a, b) in enumerate([("New Balance", usd(new)), ("Payment Due Date", (end + dt.timedelta(days=25)).strftime("%m/%d/%y")),
                                        ("Minimum Payment Due", usd(mp))]):
                doc.t(328, H - 140 - 12 * i, a, 8); doc.t(564, H - 140 - 12 * i, b, 8, False, "r")
            doc.t(328, H - 184, "Late Payment Warning: If we do not receive your minimum", 6)
            doc.t(328, H - 191, "payment by the date listed above, you may pay a late fee of up to $40.00.", 6)
            return H - 305
        doc.t(40, H - 70, "PRIYA SHAH   Account Number: XXXX XXXX XXXX 6630", 7.5)
        return H - 95

    def footer(doc, p, np_):
        doc.t(40, 40, "Statement Date: %s" % end.strftime("%m/%d/%y"), 6.5)
        doc.t(306, 40, "Page %d of %d" % (p, np_), 7, False, "c")
        doc.t(40, 32, "Send Inquiries to: P.O. Box 15299, Wilmington, DE 19850-5299. Chase Bank USA, N.A.", 6)

    flow(os.path.join(OUT, stem + ".pdf"), header, footer, items)
    write_truth(stem, "GQ_us_chase_card", "****6630", "USD", start, end, -prev, -new, txs)


def table_items(cols, rows, lh=11):
    """cols: (title, x, align, key); rows: dicts with keys and 'desc' (list of lines). Returns flow items."""
    items = []
    for r in rows:
        lines = r.get("desc", [""])
        parts = []
        for (title, x, al, key) in cols:
            if key == "desc":
                for k, l in enumerate(lines):
                    parts.append((lambda k, l, x: lambda doc, y: doc.t(x, y - lh * k, l, 8, r.get("bold", False)))(k, l, x))
            elif key in r:
                parts.append(txt(x, r[key], 8, r.get("bold", False), al))
        items.append(line_item(lh * max(1, len(lines)) + 2, *parts))
    return items


def col_head(cols):
    def draw(doc, y):
        for (title, x, al, key) in cols:
            doc.t(x, y, title, 7.5, True, al)
        doc.c.line(40, y - 4, 572, y - 4)
    return (16, draw)


# ---------------------------------------------------------------- 3 Ally Bank Online Savings
def ally(stem, seed, n=7, start=dt.date(2024, 5, 1), end=dt.date(2024, 5, 31), ob=D("18420.55"), long=False):
    rng = random.Random(seed)
    pool = [("Online Transfer to CHK ...{c}", 200, 1500), ("ACH Withdrawal CAPITAL ONE MOBILE PMT", 100, 900)]
    cr = [("Direct Deposit AMAZON.COM SVCS PAYROLL", 800, 1600), ("Online Transfer from CHK ...{c}", 100, 1000), ("eCheck Deposit", 50, 400)]
    if long:
        pool = [("Online Transfer to Ally Bank Interest Checking account ending in {c} for Savings Bucket: Emergency Fund", 200, 1500),
                ("ACH Withdrawal CAPITAL ONE MOBILE PMT ID 9541719003 WEB PPD ENTRY DESCR CRCARDPMT", 100, 900)]
        cr = [("Direct Deposit AMAZON.COM SVCS PAYROLL PPD ID 9111111103 INDIVIDUAL ID 000043312 ROBERT KIM", 800, 1600),
              ("Zelle Transfer from JESSICA KIM conf 7Q4JX2LMP memo rent share June", 100, 1000)]
    txs = make_txns(rng, start, end - dt.timedelta(days=1), n, pool, cr, 0.5)
    interest = (ob * D("0.042") / 12).quantize(C2)
    txs.append({"date": end, "desc": "Interest Paid", "amount": interest})
    rows, bal = [{"d": start.strftime("%m/%d/%Y"), "desc": ["Beginning Balance"], "b": usd(ob)}], ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = wrap(t["desc"], 46)
        r = {"d": t["date"].strftime("%m/%d/%Y"), "desc": t["desc_lines"], "b": usd(bal)}
        if t["amount"] > 0: r["cr"] = usd(t["amount"])
        else: r["dr"] = usd(t["amount"])
        rows.append(r)
    cb = bal
    rows.append({"d": end.strftime("%m/%d/%Y"), "desc": ["Ending Balance"], "b": usd(cb)})
    s_cr = sum(t["amount"] for t in txs if t["amount"] > 0); s_dr = sum(t["amount"] for t in txs if t["amount"] < 0)
    cols = [("Date", 40, "l", "d"), ("Description", 110, "l", "desc"), ("Credits", 420, "r", "cr"), ("Debits", 495, "r", "dr"), ("Balance", 572, "r", "b")]
    items = [line_item(20, txt(40, "Activity", 11, True)), col_head(cols)] + table_items(cols, rows)
    items.append(line_item(30, txt(40, "")))
    items.append(line_item(10, txt(40, "Ally Bank, Member FDIC. Interest is compounded daily and credited monthly. The APY is accurate as of the statement date.", 6)))

    def header(doc, p, np_, first):
        H = doc.H
        doc.t(40, H - 42, "ally", 22, True)
        doc.t(572, H - 36, "Statement Period", 8, True, "r"); doc.t(572, H - 46, "%s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 8, False, "r")
        doc.t(572, H - 58, "Page %d of %d" % (p, np_), 7, False, "r")
        if p == 1:
            for i, l in enumerate(["ROBERT KIM", "7719 N LAKEWOOD AVE", "CHICAGO IL 60626-1811"]):
                doc.t(40, H - 80 - 10 * i, l, 8)
            doc.c.rect(40, H - 225, 532, 100)
            doc.t(48, H - 140, "Online Savings Account   xxxxxx4471", 9, True)
            L = [("Beginning Balance", usd(ob)), ("Total Credits", usd(s_cr)), ("Total Debits", usd(s_dr)), ("Ending Balance", usd(cb))]
            for i, (a, b) in enumerate(L):
                doc.t(48, H - 156 - 12 * i, a, 8, i == 3); doc.t(280, H - 156 - 12 * i, b, 8, i == 3, "r")
            L = [("Annual Percentage Yield Earned", "4.20%"), ("Interest Earned This Period", usd(interest)),
                 ("Interest Paid YTD", usd(interest * 5)), ("Days in Statement Period", str((end - start).days + 1))]
            for i, (a, b) in enumerate(L):
                doc.t(320, H - 156 - 12 * i, a, 8); doc.t(564, H - 156 - 12 * i, b, 8, False, "r")
            doc.t(48, H - 218, "APY Earned 4.20%", 7)
            return H - 250
        return H - 80

    def footer(doc, p, np_):
        doc.t(40, 36, "Questions? Call 1-877-247-ALLY (2559) or visit ally.com. Ally Bank, P.O. Box 951, Horsham, PA 19044", 6)
        doc.t(40, 28, "Please examine this statement promptly and notify us of any errors within 60 days.", 6)

    flow(os.path.join(OUT, stem + ".pdf"), header, footer, items)
    write_truth(stem, "GQ_us_ally", "****4471", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Charles Schwab Bank Investor Checking
def schwab(stem, seed, n=22, start=dt.date(2024, 5, 1), end=dt.date(2024, 5, 31), ob=D("5210.34"), lh_rows=None):
    rng = random.Random(seed)
    pool = [("VISA DEBIT PURCHASE {c} COSTCO WHSE #0691 SEATTLE WA", 40, 260), ("ATM WITHDRAWAL {c} CITIBANK NA LONDON GBR", 60, 300),
            ("ATM WITHDRAWAL {c} 7-ELEVEN 33211 SEATTLE WA", 20, 200), ("ACH DEBIT COMCAST 8498 ONLINE PMT", 70, 110),
            ("VISA DEBIT PURCHASE {c} PCC COMMUNITY MARKETS SEATTLE WA", 10, 90), ("FUNDS TRANSFER TO BROKERAGE ...{c}", 250, 1500)]
    cr = [("ACH CREDIT MICROSOFT CORP PAYROLL", 3100, 3100), ("FUNDS TRANSFER FROM BROKERAGE ...{c}", 200, 1000)]
    txs = make_txns(rng, start, end, n, pool, cr, 0.2)
    extra = []
    for t in txs:
        if t["desc"].startswith("ATM WITHDRAWAL") and rng.random() < 0.8:
            extra.append({"date": end, "desc": "ATM FEE REBATE", "amount": D(rng.choice(["2.50", "3.00", "3.50", "4.75"]))})
    txs += extra
    txs.append({"date": end, "desc": "INTEREST PAID", "amount": D("0.22")})
    txs.sort(key=lambda t: t["date"])
    rows, bal = [{"d": start.strftime("%m/%d"), "desc": ["Beginning Balance"], "b": fmt(ob)}], ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = wrap(t["desc"], 48)
        r = {"d": t["date"].strftime("%m/%d"), "desc": t["desc_lines"], "b": fmt(bal)}
        if t["amount"] > 0: r["cr"] = fmt(t["amount"])
        else: r["dr"] = fmt(-t["amount"])
        rows.append(r)
    cb = bal
    rows.append({"d": end.strftime("%m/%d"), "desc": ["Ending Balance"], "b": fmt(cb)})
    s_cr = sum(t["amount"] for t in txs if t["amount"] > 0); s_dr = -sum(t["amount"] for t in txs if t["amount"] < 0)
    cols = [("Date Posted", 40, "l", "d"), ("Description", 100, "l", "desc"), ("Debits", 410, "r", "dr"), ("Credits", 490, "r", "cr"), ("Balance", 572, "r", "b")]
    tab = table_items(cols, rows)
    items = [line_item(20, txt(40, "Transaction Detail", 11, True)), col_head(cols)]
    per = lh_rows or 999
    for i, it in enumerate(tab):
        if i and i % per == 0:
            items.append(("BREAK", None))
        items.append(it)
    items.append(line_item(26, txt(40, "")))
    items.append(line_item(10, txt(40, "Schwab Bank reimburses ATM fees charged by other institutions worldwide. Rebates post at the end of the statement period.", 6)))

    def header(doc, p, np_, first):
        H = doc.H
        doc.t(40, H - 42, "charles SCHWAB", 16, True)
        doc.t(572, H - 36, "Schwab Bank Investor Checking™", 9, True, "r")
        doc.t(572, H - 47, "Statement Period: %s to %s" % (ldate(start), ldate(end)), 8, False, "r")
        doc.t(572, H - 58, "Account Number: 4400-1187-2290", 8, False, "r")
        if p == 1:
            for i, l in enumerate(["ELENA VOSS", "3310 FREMONT AVE N", "SEATTLE WA 98103-8804"]):
                doc.t(40, H - 80 - 10 * i, l, 8)
            doc.c.rect(320, H - 180, 252, 95)
            doc.t(328, H - 98, "Account Summary", 9, True)
            L = [("Beginning Balance", usd(ob)), ("Deposits and Credits", usd(s_cr)), ("Withdrawals and Debits", usd(-s_dr)), ("Ending Balance", usd(cb)),
                 ("Interest Paid This Period", "$0.22"), ("Annual Percentage Yield Earned", "0.05%")]
            for i, (a, b) in enumerate(L):
                doc.t(328, H - 112 - 11 * i, a, 8, i == 3); doc.t(564, H - 112 - 11 * i, b, 8, i == 3, "r")
            return H - 205
        doc.t(40, H - 75, "Transaction Detail (continued)", 9, True)
        for (title, x, al, key) in cols:
            doc.t(x, H - 92, title, 7.5, True, al)
        doc.c.line(40, H - 96, 572, H - 96)
        return H - 110

    def footer(doc, p, np_):
        doc.t(40, 36, "Deposit and lending products and services are offered by Charles Schwab Bank, SSB, Member FDIC and an Equal Housing Lender.", 6)
        doc.t(572, 26, "Page %d of %d" % (p, np_), 7, False, "r")

    flow_b(os.path.join(OUT, stem + ".pdf"), header, footer, items)
    write_truth(stem, "GQ_us_schwab", "****2290", "USD", start, end, ob, cb, txs)


def flow_b(path, header, footer, items):
    """flow with forced page breaks ('BREAK', None) items."""
    groups, cur = [], []
    for it in items:
        if it[0] == "BREAK": groups.append(cur); cur = []
        else: cur.append(it)
    groups.append(cur)
    doc = Doc(path)
    np_ = len(groups)
    for pi, pr in enumerate(groups):
        y = header(doc, pi + 1, np_, True)
        for h, draw in pr:
            draw(doc, y); y -= h
        footer(doc, pi + 1, np_)
        doc.c.showPage()
    doc.c.save()


# ---------------------------------------------------------------- 5 USAA Classic Checking
def usaa(stem, seed, n=22, start=dt.date(2024, 12, 10), end=dt.date(2025, 1, 9), ob=D("1932.18"), od=False):
    rng = random.Random(seed)
    pool = [("POS DEBIT|HEB #592 SAN ANTONIO TX", 15, 160), ("ACH DEBIT|CPS ENERGY|CO ID 1741234567 WEB", 80, 190),
            ("ACH DEBIT|USAA P&C INT AUTOPAY|CO ID 9000034431 PPD", 140, 140), ("DEBIT CARD PURCHASE|NETFLIX.COM LOS GATOS CA", 15.49, 15.49),
            ("ZELLE TO|CARLOS RAMIREZ", 20, 200), ("ACH DEBIT|AMERICAN EXPRESS ACH PMT|CO ID 1133133497 WEB", 150, 700),
            ("USAA FUNDS TRANSFER DB|TO SAVINGS ****8810", 100, 400)]
    cr = [("ACH CREDIT|DFAS-CLEVELAND PAY|CO ID 1140008000 PPD", 1800, 2600), ("USAA MOBILE DEPOSIT", 40, 500)]
    txs = make_txns(rng, start, end, n, pool, cr, 0.2)
    if od:
        txs.insert(0, {"date": start, "desc": "ACH DEBIT|ALAMO APARTMENTS RENT|CO ID 7462211900 WEB", "amount": D("-1875.00")})
        txs.insert(1, {"date": start, "desc": "OVERDRAFT FEE", "amount": D("-29.00")})
    txs.sort(key=lambda t: t["date"])
    rows, bal = [{"d": start.strftime("%m/%d"), "desc": ["Beginning Balance"], "b": fmt(ob)}], ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = t["desc"].split("|")
        r = {"d": t["date"].strftime("%m/%d"), "desc": t["desc_lines"], "b": fmt(bal)}
        if t["amount"] > 0: r["cr"] = fmt(t["amount"])
        else: r["dr"] = fmt(-t["amount"])
        rows.append(r)
    cb = bal
    s_cr = sum(t["amount"] for t in txs if t["amount"] > 0); s_dr = -sum(t["amount"] for t in txs if t["amount"] < 0)
    cols = [("Date", 40, "l", "d"), ("Description", 90, "l", "desc"), ("Debits", 400, "r", "dr"), ("Credits", 485, "r", "cr"), ("Balance", 572, "r", "b")]
    items = [line_item(20, txt(40, "TRANSACTIONS", 10, True)), col_head(cols)] + table_items(cols, rows, lh=10)
    items.append(line_item(26, txt(40, "")))
    items.append(line_item(10, txt(40, "USAA Federal Savings Bank, Member FDIC. In case of errors or questions about your electronic transfers call 210-531-8722.", 6)))

    def header(doc, p, np_, first):
        H = doc.H
        doc.t(40, H - 42, "USAA", 20, True)
        doc.t(572, H - 36, "USAA CLASSIC CHECKING", 9, True, "r")
        doc.t(572, H - 47, "Account Number 0012-3498-7710", 8, False, "r")
        doc.t(572, H - 58, "Statement Period %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 8, False, "r")
        doc.t(572, H - 69, "Page %d of %d" % (p, np_), 7, False, "r")
        if p == 1:
            for i, l in enumerate(["SGT MARCUS WEBB", "1402 BANDERA RD", "SAN ANTONIO TX 78228-4402"]):
                doc.t(40, H - 85 - 10 * i, l, 8)
            doc.c.rect(40, H - 190, 532, 60)
            L = [("Beginning Balance", fmt(ob)), ("Deposits/Credits", fmt(s_cr)), ("Withdrawals/Debits", fmt(s_dr)), ("Ending Balance", fmt(cb))]
            for i, (a, b) in enumerate(L):
                doc.t(60 + 130 * i, H - 148, a, 7.5, True); doc.t(60 + 130 * i, H - 162, b, 9)
            doc.t(60, H - 180, "Your balance fell below zero during this period." if od else "Thank you for banking with USAA.", 7)
            return H - 215
        col_head(cols)[1](doc, H - 95)
        return H - 112

    def footer(doc, p, np_):
        doc.t(40, 36, "USAA, 10750 McDermott Freeway, San Antonio, TX 78288. usaa.com  210-531-USAA (8722)", 6)

    flow(os.path.join(OUT, stem + ".pdf"), header, footer, items)
    write_truth(stem, "GQ_us_usaa", "****7710", "USD", start, end, ob, cb, txs)


P = "gq_"
bofa(P + "us_bofa", 11)
bofa(P + "us_bofa__checks_pages", 12, n=44, checks=True)
chase(P + "us_chase_card", 21)
chase(P + "us_chase_card__credit", 22, credit=True)
chase(P + "us_chase_card__fx", 23, fx=True)
ally(P + "us_ally", 31)
ally(P + "us_ally__long", 32, n=9, long=True)
schwab(P + "us_schwab", 41)
schwab(P + "us_schwab__pages", 42, n=40, lh_rows=24)
usaa(P + "us_usaa", 51)
usaa(P + "us_usaa__overdraft", 52, start=dt.date(2024, 5, 10), end=dt.date(2024, 6, 9), ob=D("642.10"), od=True)
print("done")
