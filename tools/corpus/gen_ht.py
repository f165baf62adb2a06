#!/usr/bin/python3
"""Generator ht: STRUCTURES rather than banks, each in a real bank's look; exact truth. Deterministic.

A home equity line of credit (Regions-like HELOC: Date / Description / Principal / Interest / Fees / Total /
Principal Balance, advances and payments split into principal, interest and fees, Beginning/Ending Principal
Balance rows, an Interest Charge Calculation box and year-to-date totals; a two-page variant), an American
Express Platinum-like card with additional card members (a Payments and a Credits section, then New Charges per
"Card Member: NAME  Card Ending 7-51004" heading with its rows and a "Total for NAME" line; a credit-balance and
a three-member two-page variant), Commonwealth Bank (Australia: Date / Transaction / Debit / Credit / Balance,
"$1,234.56 CR" balances, OPENING/CLOSING BALANCE rows; a "Nil" variant and an overdrawn "DR" variant), a US
credit union statement of several sub-accounts (BECU-like: Member Share Savings, Member Advantage Checking and an
Auto Loan, each with its own table, Beginning/Ending Balance rows and dividends; a two-page variant with a
"(continued)" heading), Marcus by Goldman Sachs online savings (few rows, an Interest Summary box of APY and
year-to-date figures; a variant with the box under the table and a variant of one interest row), Crédit
Agricole (France: Date opé. / Date valeur / Libellé des opérations / Débit / Crédit, "Ancien solde créditeur au
...", "Total des opérations", "Nouveau solde créditeur au ..."; a débiteur variant and a two-page variant).

Loan truth (the HELOC and the auto loan section): a loan is a debt, entered as a card is: its balance is the
principal owed, negative ("-48215.60"); a row's amount is its movement of the principal: an advance negative
(the debt grows), a payment positive by its principal part only (its interest and fees move no principal).
"""
import datetime as dt
import json
import os
import random
import sys
from decimal import Decimal as D

from corpus_kit import C2, Doc, fmt, row_truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ht/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


class Flow:
    """Text laid down pages; header and footer drawn at save, knowing the page count. on_break(flow, kind)
    draws what a page break needs ("cf" at the foot of the page left, "bf" at the head of the next)."""

    def __init__(self, top_first, top_next, bottom=80):
        self.pages, self.y, self.top_next, self.bottom, self.on_break = [[]], top_first, top_next, bottom, None

    def need(self, h):
        if self.y - h < self.bottom:
            if self.on_break: self.on_break(self, "cf")
            self.pages.append([]); self.y = self.top_next
            if self.on_break: self.on_break(self, "bf")

    def t(self, x, s, size=8, bold=False, align="l", dy=0):
        y = self.y - dy
        self.pages[-1].append(lambda doc: doc.t(x, y, s, size, bold, align))

    def hline(self, x0, x1, dy=0):
        y = self.y - dy
        self.pages[-1].append(lambda doc: doc.c.line(x0, y, x1, y))

    def down(self, h):
        self.y -= h

    def save(self, path, header, footer):
        doc = Doc(path); n = len(self.pages)
        for i, p in enumerate(self.pages):
            header(doc, i + 1, n)
            for f in p: f(doc)
            footer(doc, i + 1, n)
            doc.c.showPage()
        doc.c.save()


def box(doc, x, y, w, title, pairs, lh=10, size=7.5):
    doc.c.rect(x, y - 8 - lh * len(pairs) - 4, w, 14 + lh * len(pairs) + 4)
    doc.t(x + 8, y, title, size, True)
    for i, (a, b) in enumerate(pairs):
        doc.t(x + 8, y - 12 - lh * i, a, size); doc.t(x + w - 8, y - 12 - lh * i, b, size, align="r")


def days(rng, start, end, n):
    span = (end - start).days
    return sorted(start + dt.timedelta(days=rng.randint(1, span)) for _ in range(n))


def usd(v):
    return ("-$" if v < 0 else "$") + fmt(abs(v))


# ---------------------------------------------------------------- 1 Regions HELOC
def heloc(stem, seed, n=8, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 16), dt.date(2025, 6, 15)
    owed = D("48215.60") if not pages else D("182440.15")
    apr = D("0.0825")
    limit = D("500000") if pages else D("250000")
    ob = owed
    ds = days(rng, start, end, n)
    rows, txs = [], []
    pay_days = {ds[len(ds) // 2]} | ({ds[-3]} if pages else set())
    adv = ["ADVANCE - ONLINE TRANSFER TO CHECKING XXXXXX4471", "ADVANCE - EQUITYLINE CHECK 1052",
           "ADVANCE - ONLINE TRANSFER TO CHECKING XXXXXX4471 KITCHEN REMODEL CONTRACTOR DRAW 2 OF 4",
           "ADVANCE - BRANCH WITHDRAWAL HOOVER AL"]
    if pages:
        adv += ["ADVANCE - WIRE TO SOUTHERN BUILDERS SUPPLY INC BIRMINGHAM AL", "ADVANCE - EQUITYLINE CHECK 1053",
                "ADVANCE - EQUITYLINE CHECK 1054 PAYEE ALABAMA POWER"]
    for d in ds:
        if d in pay_days:
            interest = (owed * apr / 12).quantize(C2)
            fee = D("0.00") if rng.random() < 0.7 else D("35.00")
            princ = D(rng.randint(30000, 90000)) / 100
            desc = "PAYMENT - THANK YOU AUTOPAY FROM CHECKING XXXXXX4471" if rng.random() < 0.5 else "PAYMENT - THANK YOU"
            owed -= princ
            tot = princ + interest + fee
            rows.append({"d": d.strftime("%m/%d/%Y"), "desc": wrap(desc, 28), "p": fmt(-princ), "i": fmt(-interest),
                         "f": fmt(-fee) if fee else "0.00", "t": fmt(-tot), "b": fmt(owed)})
            txs.append({"date": d, "desc_lines": wrap(desc, 28), "amount": princ, "bal": -owed})
        else:
            a = D(rng.randint(50000, 600000 if not pages else 800000)) / 100
            desc = rng.choice(adv)
            owed += a
            rows.append({"d": d.strftime("%m/%d/%Y"), "desc": wrap(desc, 28), "p": fmt(a), "i": "", "f": "",
                         "t": fmt(a), "b": fmt(owed)})
            txs.append({"date": d, "desc_lines": wrap(desc, 28), "amount": -a, "bal": -owed})
    cb = owed
    ytd_int = D("1712.44") + (ob * apr / 12).quantize(C2)
    X = [40, 92, 300, 352, 398, 460, 555]

    def colhead(f):
        f.need(30)
        for (x, s, al) in zip(X, ["Date", "Description", "Principal", "Interest", "Fees", "Total", "Principal Balance"],
                              ["l", "l", "r", "r", "r", "r", "r"]):
            f.t(x, s, 7.5, True, al)
        f.hline(40, 555, 4); f.down(14)

    f = Flow(520, 740, 90)
    f.t(40, "Transaction Activity", 10, True); f.down(16)
    colhead(f)
    f.on_break = lambda fl, k: (fl.t(40, "Continued on next page", 7), fl.down(10)) if k == "cf" else \
        (fl.t(40, "Transaction Activity (continued)", 10, True), fl.down(16), colhead(fl))
    f.t(40, start.strftime("%m/%d/%Y")); f.t(92, "Beginning Principal Balance"); f.t(555, fmt(ob), align="r"); f.down(13)
    for r in rows:
        f.need(11 * len(r["desc"]) + 2)
        f.t(40, r["d"])
        for k, l in enumerate(r["desc"]): f.t(92, l, dy=11 * k)
        for x, key in zip(X[2:], "pift"):
            f.t(x, r[key], align="r")
        f.t(555, r["b"], align="r")
        f.down(11 * len(r["desc"]) + 2)
    f.need(40)
    f.t(40, end.strftime("%m/%d/%Y")); f.t(92, "Ending Principal Balance"); f.t(555, fmt(cb), align="r"); f.down(12)
    f.hline(40, 555, -4)
    tot = {k: sum((D(r[k].replace(",", "")) for r in rows if r[k]), D(0)) for k in "pift"}
    f.t(92, "Totals this period", bold=True)
    for x, k in zip(X[2:], "pift"): f.t(x, fmt(tot[k]), bold=True, align="r")
    f.down(26)
    f.need(120)
    f.t(40, "Interest Charge Calculation", 10, True); f.down(14)
    avg = ((ob + cb) / 2).quantize(C2)
    for a, b in [("Days in billing cycle", "31"), ("Average daily balance", "$" + fmt(avg)),
                 ("Daily periodic rate", "0.02260%"), ("ANNUAL PERCENTAGE RATE", "8.250%"),
                 ("Interest charge", "$" + fmt((avg * apr / 12).quantize(C2)))]:
        f.t(40, a); f.t(300, b, align="r"); f.down(11)
    f.down(8)
    f.t(40, "2025 Totals Year-to-Date", 10, True); f.down(14)
    f.t(40, "Total fees charged in 2025"); f.t(300, "$35.00", align="r"); f.down(11)
    f.t(40, "Total interest charged in 2025"); f.t(300, "$" + fmt(ytd_int), align="r"); f.down(11)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "REGIONS", 22, True)
        doc.t(doc.W - 40, H - 40, "Home Equity Line of Credit Statement", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            for i, s in enumerate(["ROBERT L HARRIS", "MARGARET A HARRIS", "2214 OLD ROCKY RIDGE RD", "HOOVER AL 35216-4012"]):
                doc.t(40, H - 90 - 11 * i, s, 8, i < 2)
            box(doc, 320, H - 82, 235, "Account Summary", [
                ("Account Number", "XXXXXXXX9384"), ("Statement Closing Date", end.strftime("%m/%d/%Y")),
                ("Billing Period", "%s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y"))),
                ("Credit Limit", "$" + fmt(limit)), ("Available Credit", "$" + fmt(limit - cb)),
                ("Principal Balance", "$" + fmt(cb)), ("ANNUAL PERCENTAGE RATE", "8.250%")])
            box(doc, 40, H - 170, 250, "Payment Information", [
                ("Payment Due Date", (end + dt.timedelta(days=25)).strftime("%m/%d/%Y")),
                ("Interest Due", "$" + fmt((cb * apr / 12).quantize(C2))), ("Fees Due", "$0.00"),
                ("Minimum Payment Due", "$" + fmt((cb * apr / 12).quantize(C2)))])
            doc.t(320, H - 180, "Rate changes: your APR is the Prime Rate (7.500%) plus a margin of 0.750%.", 6.5)
            doc.t(320, H - 189, "Lock a fixed rate on part of your balance: call 1-800-734-4667.", 6.5)
        else:
            doc.t(40, H - 70, "ROBERT L HARRIS    Account Number XXXXXXXX9384", 8)

    def footer(doc, p, np_):
        doc.t(40, 52, "Send payments to: Regions Bank, P.O. Box 2224, Birmingham, AL 35246-0028. Payments received after 5 p.m. CT are credited the next business day.", 5.5)
        doc.t(40, 44, "Billing Rights Summary: if you think there is an error on your statement, write to us within 60 days. See reverse for details.", 5.5)
        doc.t(40, 36, "Regions Bank. Member FDIC. Equal Housing Lender. NMLS# 174490.", 5.5)

    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    write(stem, "ht_us_heloc", "****9384", "USD", start, end, -ob, -cb, txs)


# ---------------------------------------------------------------- 2 Amex Platinum with additional card members
def amex(stem, seed, members=2, credit=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 14), dt.date(2025, 6, 12)
    prev = D("3412.80")
    names = [("JOHN A SMITH", "7-51004"), ("MARY K SMITH", "7-52012"), ("ETHAN J SMITH", "7-53010")][:members]
    pool = [("WHOLEFDS BRK 10245 BROOKLYN NY", "GROCERY STORES", 20, 240), ("DELTA AIR LINES ATLANTA GA", "AIRLINE TICKET 0062384471902", 180, 1400),
            ("UBER TRIP HELP.UBER.COM CA", "", 9, 60), ("BLUE HILL NEW YORK NY", "RESTAURANT", 80, 420),
            ("AMAZON MARKETPLACE NA PA AMZN.COM/BILL WA", "MERCHANDISE", 12, 300), ("SAKS FIFTH AVENUE #601 NEW YORK NY", "DEPARTMENT STORES", 90, 900),
            ("CON ED OF NY BILLPAY 800-752-6633 NY", "UTILITIES", 60, 260), ("MARRIOTT MARQUIS TIMES SQ NEW YORK NY", "LODGING", 250, 980),
            ("STARBUCKS STORE 08812 NEW YORK NY", "", 4, 18)]
    secs = []
    nrows = {1: 9, 2: 6, 3: 4} if members == 2 else {1: 14, 2: 12, 3: 11}
    for mi, (nm, card) in enumerate(names):
        ds = days(rng, start, end, nrows[mi + 1])
        rs = []
        for d in ds:
            a, b, lo, hi = rng.choice(pool)
            amt = D(rng.randint(lo * 100, hi * 100)) / 100
            rs.append({"date": d, "desc_lines": [a] + ([b] if b else []), "amount": -amt})
        secs.append((nm, card, rs))
    newch = -sum(t["amount"] for s in secs for t in s[2])
    pay = prev
    paytx = [{"date": start + dt.timedelta(days=13), "desc_lines": ["ONLINE PAYMENT - THANK YOU"], "amount": pay}]
    credits = [{"date": start + dt.timedelta(days=9), "desc_lines": ["SAKS FIFTH AVENUE #601 NEW YORK NY", "RETURN"],
                "amount": (newch - D("200.00") + D("125.40")) if credit else D("129.99")}]
    if credit:
        credits.append({"date": start + dt.timedelta(days=20), "desc_lines": ["PLATINUM AIRLINE FEE CREDIT", "DELTA AIR LINES"], "amount": D("200.00")})
    txs = paytx + credits + [t for s in secs for t in s[2]]
    credtot = sum(t["amount"] for t in credits)
    newbal = prev - pay - credtot + newch
    for t in txs: t["bal"] = None

    f = Flow(440, 730, 90)
    f.t(40, "Detail", 12, True); f.t(150, "*Indicates posting date", 6.5); f.down(18)

    def row(t, amount_text):
        f.need(11 * len(t["desc_lines"]) + 4)
        f.t(40, t["date"].strftime("%m/%d/%y") + ("*" if any(t is p for p in paytx) else ""))
        for k, l in enumerate(t["desc_lines"]): f.t(100, l, dy=11 * k)
        f.t(555, amount_text, align="r")
        f.down(11 * len(t["desc_lines"]) + 3)

    def colhead(title):
        f.need(40)
        f.t(40, title, 10, True); f.t(555, "Amount", 7.5, True, "r"); f.down(4); f.hline(40, 555); f.down(12)

    colhead("Payments")
    for t in paytx: row(t, usd(-t["amount"]))
    f.t(100, "Total Payments", bold=True); f.t(555, usd(-pay), bold=True, align="r"); f.down(18)
    colhead("Credits")
    for t in credits: row(t, usd(-t["amount"]))
    f.t(100, "Total Credits", bold=True); f.t(555, usd(-credtot), bold=True, align="r"); f.down(18)
    colhead("New Charges")
    cur = {"nm": None}

    def brk(fl, kind):
        if kind == "cf":
            fl.t(40, "Continued on next page", 7); fl.down(10)
        elif cur["nm"]:
            fl.t(40, "New Charges (continued)", 10, True); fl.down(14)
            fl.t(40, "Card Member: %s  Card Ending %s (continued)" % cur["nm"], 8, True); fl.t(555, "Amount", 7.5, True, "r"); fl.down(14)
    f.on_break = brk
    for nm, card, rs in secs:
        f.need(40)
        f.t(40, "Card Member: %s  Card Ending %s" % (nm, card), 8, True); f.down(14)
        cur["nm"] = (nm, card)
        for t in rs: row(t, usd(-t["amount"]))
        cur["nm"] = None
        f.need(16)
        f.t(100, "Total for %s" % nm, bold=True); f.t(555, usd(-sum(t["amount"] for t in rs)), bold=True, align="r"); f.down(20)
    f.need(70)
    f.t(40, "Fees", 10, True); f.down(14)
    f.t(100, "Total Fees for this Period"); f.t(555, "$0.00", align="r"); f.down(18)
    f.t(40, "Interest Charged", 10, True); f.down(14)
    f.t(100, "Total Interest Charged for this Period"); f.t(555, "$0.00", align="r"); f.down(18)
    f.need(60)
    f.t(40, "2025 Fees and Interest Totals Year-to-Date", 9, True); f.down(13)
    f.t(100, "Total Fees in 2025"); f.t(555, "$695.00", align="r"); f.down(11)
    f.t(100, "Total Interest in 2025"); f.t(555, "$0.00", align="r"); f.down(11)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "AMERICAN EXPRESS", 16, True)
        doc.t(40, H - 58, "The Platinum Card®", 8)
        doc.t(doc.W - 40, H - 40, "p. %d/%d" % (p, np_), 8, align="r")
        doc.t(doc.W - 40, H - 52, "JOHN A SMITH", 8, True, "r")
        doc.t(doc.W - 40, H - 63, "Closing Date %s    Account Ending 7-51004" % end.strftime("%m/%d/%y"), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 90, "Prepared for", 7); doc.t(40, H - 101, "JOHN A SMITH", 9, True)
            doc.t(40, H - 113, "Account Number XXXX-XXXXX6-51004", 7.5)
            doc.t(40, H - 124, "Opening Date %s    Closing Date %s" % (start.strftime("%m/%d/%y"), end.strftime("%m/%d/%y")), 7.5)
            box(doc, 40, H - 145, 250, "New Balance  %s" % usd(newbal), [
                ("Previous Balance", usd(prev)), ("Payments/Credits", usd(-(pay + credtot))),
                ("New Charges", "+" + usd(newch)), ("Fees", "+$0.00"), ("Interest Charged", "+$0.00"),
                ("New Balance", usd(newbal)), ("Minimum Payment Due", usd(max(newbal, D(0)))),
                ("Payment Due Date", (end + dt.timedelta(days=25)).strftime("%m/%d/%y"))])
            box(doc, 310, H - 145, 245, "Membership Rewards® Points", [
                ("Available and Pending as of 05/31/25", "184,220"), ("Points earned this period", "9,412"),
                ("Account Summary", ""), ("Pay Over Time Limit", "$35,000.00"), ("Available Pay Over Time Limit", "$30,881.78")])
            doc.t(310, H - 230, "Late Payment Warning: If we do not receive your Minimum Payment Due", 6.5)
            doc.t(310, H - 239, "by the Payment Due Date, you may have to pay a late fee of up to $40.00.", 6.5)
            doc.t(40, H - 290, "Summary of Card Members", 9, True)
            for i, (nm, card, rs) in enumerate(secs):
                doc.t(40, H - 304 - 10 * i, "%s  Card Ending %s" % (nm, card), 7.5)
                doc.t(290, H - 304 - 10 * i, usd(-sum(t["amount"] for t in rs)), 7.5, align="r")

    def footer(doc, p, np_):
        doc.t(40, 50, "Customer Care: 1-800-525-3355  Hearing Impaired: 711  Website: americanexpress.com", 6)
        doc.t(40, 41, "Payments: American Express, P.O. Box 6031, Carol Stream IL 60197-6031. See page %d for important notices." % np_, 6)

    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    write(stem, "ht_us_amex_members", "****1004", "USD", start, end, -prev, -newbal, txs)


# ---------------------------------------------------------------- 3 Commonwealth Bank (Australia)
def cba_bal(v):
    if v == 0: return "Nil"
    return "$%s %s" % (fmt(abs(v)), "CR" if v > 0 else "DR")


def cba(stem, seed, n=22, nil=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("0") if nil else (D("412.30") if od else D("3184.56"))
    pool = [("Wdl ATM CBA ATM BONDI JUNCTION NSW 294411", 50, 400), ("Transfer To Sarah Nguyen CommBank App Rent share", 200, 900),
            ("Woolworths 1342 Bondi Junct NSW AUS Card xx4471 Value Date: {d}", 20, 180),
            ("Direct Debit 062934 TELSTRA CORP LTD 4417720911", 60, 120), ("OPAL TRANSPORT SYDNEY NSW AUS Card xx4471", 10, 50),
            ("Transfer to other Bank NetBank AGL Energy 2249107", 120, 300), ("Account Fee", 4, 4)]
    cr = [("Direct Credit 301500 ATLASSIAN PTY SALARY JUN", 3800, 4200), ("Transfer From J Nguyen CommBank App dinner", 20, 120)]
    ds = days(rng, start, end, n)
    txs = []
    bal = ob
    for i, d in enumerate(ds):
        if nil and i == 0:
            desc, amt = "Direct Credit 301500 ATLASSIAN PTY SALARY JUN", D("3950.00")
        elif nil and i == 6:
            desc, amt = "Transfer To CommBank GoalSaver 06 2015 1099 8812", -bal  # to exactly Nil
        elif rng.random() < 0.22 and not (od and i < 10):
            c = rng.choice(cr); desc, amt = c[0], D(rng.randint(c[1] * 100, c[2] * 100)) / 100
        else:
            c = rng.choice(pool); desc = c[0].format(d=d.strftime("%d/%m/%Y"))
            amt = -(D(rng.randint(c[1] * 100, c[2] * 100)) / 100) * (2 if od and i < 10 else 1)
        bal += amt
        txs.append({"date": d, "desc_lines": wrap(desc, 38), "amount": amt, "bal": bal})
    if nil and (txs[6]["bal"] != 0 or any(t["bal"] <= 0 for t in txs[:6])): raise SystemExit("nil row")
    cb = bal
    dr = -sum(t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)
    X = [40, 100, 380, 450, 555]
    f = Flow(600, 760, 110)

    def colhead(fl):
        for x, s, al in zip(X, ["Date", "Transaction", "Debit", "Credit", "Balance"], "llrrr"):
            fl.t(x, s, 8, True, al)
        fl.hline(40, 555, 4); fl.down(15)
    colhead(f)
    f.on_break = lambda fl, k: colhead(fl) if k == "bf" else None
    f.t(40, start.strftime("%d %b %Y")); f.t(100, "OPENING BALANCE", bold=True); f.t(555, cba_bal(ob), align="r"); f.down(14)
    for t in txs:
        f.need(11 * len(t["desc_lines"]) + 3)
        f.t(40, t["date"].strftime("%d %b"))
        for k, l in enumerate(t["desc_lines"]): f.t(100, l, dy=11 * k)
        f.t(380 if t["amount"] < 0 else 450, fmt(abs(t["amount"])), align="r")
        f.t(555, cba_bal(t["bal"]), align="r")
        f.down(11 * len(t["desc_lines"]) + 3)
    f.need(60)
    f.t(40, end.strftime("%d %b %Y")); f.t(100, "CLOSING BALANCE", bold=True); f.t(555, cba_bal(cb), align="r"); f.down(24)
    for x, s, al in zip([40, 180, 320, 460], ["Opening balance", "- Total debits", "+ Total credits", "= Closing balance"], "llll"):
        f.t(x, s, 7.5, True, al)
    f.down(11)
    for x, s in zip([40, 180, 320, 460], [cba_bal(ob), "$" + fmt(dr), "$" + fmt(crs), cba_bal(cb)]):
        f.t(x, s, 8)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "CommBank", 20, True)
        doc.t(doc.W - 40, H - 40, "Your Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 53, "Statement 18                 (Page %d of %d)" % (p, np_), 8, align="r")
        doc.t(doc.W - 40, H - 64, "Account Number   06 2015 1234 5678", 8, align="r")
        if p == 1:
            for i, s in enumerate(["MS SARAH NGUYEN", "UNIT 4 22 BIRRELL ST", "BONDI JUNCTION NSW 2022"]):
                doc.t(40, H - 100 - 11 * i, s, 8)
            for i, (a, b) in enumerate([("Statement Period", "%s - %s" % (start.strftime("%-d %b %Y"), end.strftime("%-d %b %Y"))),
                                        ("Closing Balance", cba_bal(cb)), ("Enquiries", "13 2221"), ("", "(24 hours a day, 7 days a week)")]):
                doc.t(340, H - 100 - 11 * i, a, 8, True); doc.t(555, H - 100 - 11 * i, b, 8, align="r")
            doc.t(40, H - 160, "Smart Access", 12, True)
            doc.t(40, H - 174, "Name:  SARAH NGUYEN", 8)
            doc.t(40, H - 186, "Note: Have you checked your statement today? It's easy to find out more information about each of your", 7)
            doc.t(40, H - 196, "transactions by logging on to the CommBank App or NetBank. Should you have any questions on fees or charges", 7)
            doc.t(40, H - 206, "please call us on 13 2221. Interest rate 0.00% p.a. Overdraft limit $0.00.", 7)

    def footer(doc, p, np_):
        doc.t(40, 60, "Commonwealth Bank of Australia ABN 48 123 123 124 AFSL and Australian credit licence 234945", 6)
        doc.t(40, 52, "Proceeds of cheques received by us will not be available until cleared. Transaction Summary: account fee $4.00 waived", 6)
        doc.t(40, 44, "if you deposit $2,000 or more into this account each month.", 6)

    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    write(stem, "ht_au_commbank", "****5678", "AUD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 BECU-like credit union, several sub-accounts
def becu(stem, seed, long=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    X = [40, 90, 400, 470, 555]
    sav_ob, chk_ob, loan_ob = D("5120.44"), D("2318.90"), D("18432.10")
    # savings
    sav = []
    for d, desc, a in [(dt.date(2025, 6, 2), "Transfer From Share Draft 0000987654-10 Online Banking", D("250.00")),
                       (dt.date(2025, 6, 16), "Deposit Shared Branch Everett Mall Way WA", D("120.00"))]:
        sav.append({"date": d, "desc_lines": wrap(desc, 50), "amount": a})
    sav_bal = sav_ob + sum(t["amount"] for t in sav)
    div = (sav_bal * D("0.0025") / 12).quantize(C2)
    sav.append({"date": end, "desc_lines": ["Dividend Earned 0.25% APY"], "amount": div})
    # checking
    pool = [("Withdrawal Debit Card QFC #5812 SEATTLE WA Date 06/{dd} Card 4471", 15, 160), ("Withdrawal ACH PUGET SOUND ENER TYPE: BILLPAY ID: 9110045621", 80, 240),
            ("Withdrawal Debit Card SHELL OIL 57444 LYNNWOOD WA Card 4471", 30, 90), ("Check #1187", 100, 900),
            ("Withdrawal ACH T-MOBILE TYPE: PCS SVC ID: 0000450304", 70, 150), ("Withdrawal Transfer To Share 0000987654-00 Online Banking", 250, 250)]
    crp = [("Deposit ACH BOEING CO TYPE: PAYROLL ID: 9111111103", 2900, 3300), ("Deposit Mobile Check Deposit", 40, 600)]
    chk = []
    for d in days(rng, start, end, 24 if long else 12):
        c = rng.choice(crp) if rng.random() < 0.2 else rng.choice(pool)
        a = D(rng.randint(c[1] * 100, c[2] * 100)) / 100
        chk.append({"date": d, "desc_lines": wrap(c[0].format(dd=d.strftime("%d")), 50), "amount": a if c in crp else -a})
    chk.append({"date": end, "desc_lines": ["Dividend Earned 0.05% APY"], "amount": D("0.11")})
    # loan: a payment split into interest and principal
    pay = D("412.00"); interest = (loan_ob * D("0.0549") / 12).quantize(C2); princ = pay - interest
    loan = [{"date": dt.date(2025, 6, 15), "desc_lines": ["Payment Transfer From Share", "Draft 0000987654-10"], "amount": princ}]
    secs = [("MEMBER SHARE SAVINGS", "0000987654-00", "****4-00", sav_ob, sav, False),
            ("MEMBER ADVANTAGE CHECKING", "0000987654-10", "****4-10", chk_ob, chk, False),
            ("AUTO LOAN  2022 SUBARU OUTBACK", "0000987654-70", "****4-70", loan_ob, loan, True)]
    sections = []
    f = Flow(540, 740, 90)
    cur = {"s": None}

    def colhead(fl, isloan):
        if isloan:
            for x, s, al in zip([40, 90, 330, 400, 470, 555], ["Date", "Description", "Payment", "Interest", "Principal", "Balance"], "llrrrr"):
                fl.t(x, s, 7.5, True, al)
        else:
            for x, s, al in zip(X, ["Date", "Description", "Withdrawals", "Deposits", "Balance"], "llrrr"):
                fl.t(x, s, 7.5, True, al)
        fl.hline(40, 555, 4); fl.down(14)

    def brk(fl, kind):
        if kind == "bf" and cur["s"]:
            fl.t(40, cur["s"][0] + " (continued)", 9, True); fl.t(555, "Account Number " + cur["s"][1], 8, align="r"); fl.down(16)
            colhead(fl, cur["s"][5])
    f.on_break = brk
    for name, num, acct, ob, txs, isloan in secs:
        f.need(90)
        f.t(40, name, 10, True); f.t(555, "Account Number " + num, 8, align="r"); f.down(16)
        colhead(f, isloan)
        cur["s"] = (name, num, acct, ob, txs, isloan)
        f.t(40, start.strftime("%m/%d")); f.t(90, "Beginning Balance"); f.t(555, fmt(ob), align="r"); f.down(13)
        bal = ob
        for t in txs:
            f.need(11 * len(t["desc_lines"]) + 3)
            f.t(40, t["date"].strftime("%m/%d"))
            for k, l in enumerate(t["desc_lines"]): f.t(90, l, dy=11 * k)
            if isloan:
                bal -= t["amount"]
                f.t(330, fmt(pay), align="r"); f.t(400, fmt(interest), align="r"); f.t(470, fmt(t["amount"]), align="r")
                t["bal"] = -bal
            else:
                bal += t["amount"]
                f.t(400 if t["amount"] < 0 else 470, fmt(abs(t["amount"])), align="r")
                t["bal"] = bal
            f.t(555, fmt(bal), align="r")
            f.down(11 * len(t["desc_lines"]) + 3)
        f.need(50)
        f.t(40, end.strftime("%m/%d")); f.t(90, "Ending Balance"); f.t(555, fmt(bal), align="r"); f.down(14)
        cur["s"] = None
        if isloan:
            f.t(90, "Interest Rate 5.490%    Next Payment Due 07/15/2025    Payment Amount $412.00", 7); f.down(10)
            f.t(90, "Year-to-date: Interest Paid $%s    Principal Paid $%s" % (fmt(interest * 6 + D("3.17")), fmt(princ * 6 - D("3.17"))), 7); f.down(22)
            sections.append({"account": acct, "currency": "USD", "ob": -ob, "cb": -bal, "txs": txs})
        else:
            ytd = next(t["amount"] for t in txs if t["desc_lines"][0].startswith("Dividend"))
            f.t(90, "Dividends Earned This Period $%s    Year-to-Date Dividends $%s    APY Earned %s" %
                (fmt(ytd), fmt(ytd * 6 + D("0.04")), "0.25%" if acct.endswith("00") else "0.05%"), 7); f.down(22)
            sections.append({"account": acct, "currency": "USD", "ob": ob, "cb": bal, "txs": txs})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "BECU", 24, True)
        doc.t(doc.W - 40, H - 40, "Member Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 53, "Statement Period: %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 8, align="r")
        doc.t(doc.W - 40, H - 64, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            for i, s in enumerate(["DANIEL T OKAFOR", "18402 36TH AVE W APT 12", "LYNNWOOD WA 98037-4410"]):
                doc.t(40, H - 96 - 11 * i, s, 8)
            doc.t(340, H - 96, "Member Number  0000987654", 8, True)
            doc.t(340, H - 108, "Questions? 800-233-2328  becu.org", 8)
            doc.t(40, H - 150, "Summary of Accounts", 10, True)
            for x, s, al in zip([40, 240, 440, 555], ["Account", "Account Number", "Beginning Balance", "Ending Balance"], "llrr"):
                doc.t(x, H - 164, s, 7.5, True, al)
            for i, s in enumerate(sections):
                name = secs[i][0]; num = secs[i][1]
                ob_ = -s["ob"] if secs[i][5] else s["ob"]; cb_ = -s["cb"] if secs[i][5] else s["cb"]
                doc.t(40, H - 176 - 11 * i, name.title(), 7.5); doc.t(240, H - 176 - 11 * i, num, 7.5)
                doc.t(440, H - 176 - 11 * i, "$" + fmt(ob_), 7.5, align="r"); doc.t(555, H - 176 - 11 * i, "$" + fmt(cb_), 7.5, align="r")
            doc.t(40, H - 226, "Dividend Rate Summary: Member Share Savings 0.25% APY; Member Advantage Checking 0.05% APY.", 6.5)
        else:
            doc.t(40, H - 70, "DANIEL T OKAFOR    Member Number 0000987654", 8)

    def footer(doc, p, np_):
        doc.t(40, 50, "Federally insured by NCUA. BECU, P.O. Box 97050, Seattle, WA 98124-9750. Equal Housing Opportunity.", 6)
        doc.t(40, 42, "In case of errors or questions about your electronic transfers, call 800-233-2328 or write to us at the address above.", 6)

    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    tr = []
    for s in sections:
        for t in s["txs"]:
            tr.append({"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
                       "amount": str(t["amount"].quantize(C2)), "balance": str(t["bal"].quantize(C2))})
    j = {"file": stem + ".pdf", "family": "ht_us_becu_multi", "kind": "statement", "account": None, "currency": "USD",
         "period_start": start.isoformat(), "period_end": end.isoformat(), "opening_balance": None, "closing_balance": None,
         "transactions": tr, "sections": [{"account": s["account"], "currency": "USD", "opening_balance": str(s["ob"]),
                                           "closing_balance": str(s["cb"]), "transactions": len(s["txs"])} for s in sections]}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- 5 Marcus online savings
def marcus(stem, seed, box_after=False, one=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("25412.08")
    txs = []
    if not one:
        txs.append({"date": dt.date(2025, 6, 4), "desc_lines": ["ACH Deposit From JPMORGAN CHASE BANK,", "NA XXXXXX8812"], "amount": D("1500.00")})
        txs.append({"date": dt.date(2025, 6, 18), "desc_lines": ["Withdrawal to External Account JPMORGAN CHASE BANK,", "NA XXXXXX8812"],
                    "amount": D("-4000.00")})
        txs.append({"date": dt.date(2025, 6, 24), "desc_lines": ["ACH Deposit From JPMORGAN CHASE BANK,", "NA XXXXXX8812"], "amount": D("750.00")})
    bal = ob + sum(t["amount"] for t in txs)
    interest = (bal * D("0.0401") / 12).quantize(C2)
    txs.append({"date": end, "desc_lines": ["Interest Paid"], "amount": interest})
    bal = ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
    cb = bal
    dep = sum(t["amount"] for t in txs[:-1] if t["amount"] > 0); wd = -sum(t["amount"] for t in txs if t["amount"] < 0)
    f = Flow(540 if not box_after else 600, 740, 90)

    def ibox(fl):
        fl.need(90)
        fl.t(40, "Interest Summary", 10, True); fl.down(14)
        for a, b in [("Annual Percentage Yield Earned", "4.10%"), ("Interest Rate", "4.02%"), ("Interest Paid This Period", "$" + fmt(interest)),
                     ("Interest Paid Year-to-Date", "$" + fmt(interest * 6 - D("11.84"))), ("Average Daily Balance", "$" + fmt(((ob + cb) / 2).quantize(C2)))]:
            fl.t(50, a, 8); fl.t(300, b, 8, align="r"); fl.down(11)
        fl.down(16)
    if not box_after: ibox(f)
    f.t(40, "Transaction Details", 10, True); f.down(16)
    X = [40, 110, 395, 470, 555]
    for x, s, al in zip(X, ["Date", "Description", "Credits", "Debits", "Balance"], "llrrr"):
        f.t(x, s, 8, True, al)
    f.hline(40, 555, 4); f.down(15)
    f.t(40, start.strftime("%m/%d/%Y")); f.t(110, "Beginning Balance"); f.t(555, "$" + fmt(ob), align="r"); f.down(13)
    for t in txs:
        f.t(40, t["date"].strftime("%m/%d/%Y"))
        for k, l in enumerate(t["desc_lines"]): f.t(110, l, dy=11 * k)
        f.t(395 if t["amount"] > 0 else 470, "$" + fmt(abs(t["amount"])), align="r")
        f.t(555, "$" + fmt(t["bal"]), align="r")
        f.down(11 * len(t["desc_lines"]) + 3)
    f.t(40, end.strftime("%m/%d/%Y")); f.t(110, "Ending Balance"); f.t(555, "$" + fmt(cb), align="r"); f.down(26)
    if box_after: ibox(f)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "Marcus", 20, True); doc.t(40, H - 58, "by Goldman Sachs", 8)
        doc.t(doc.W - 40, H - 40, "Online Savings Account Statement", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Statement Period: %s - %s" % (start.strftime("%B %-d, %Y"), end.strftime("%B %-d, %Y")), 8, align="r")
        doc.t(doc.W - 40, H - 63, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            for i, s in enumerate(["PRIYA S RAMAN", "77 HUDSON ST APT 9C", "JERSEY CITY NJ 07302"]):
                doc.t(40, H - 96 - 11 * i, s, 8)
            doc.t(340, H - 96, "Account Number: xxxxxx4417", 8)
            doc.t(340, H - 107, "Questions? Call 1-855-730-7283", 8)
            box(doc, 40, H - 150, 515, "Account Summary", [("Beginning Balance", "$" + fmt(ob)), ("Deposits / Credits", "$" + fmt(dep)),
                                                            ("Withdrawals / Debits", "$" + fmt(wd)), ("Interest Paid", "$" + fmt(interest)),
                                                            ("Ending Balance", "$" + fmt(cb))])

    def footer(doc, p, np_):
        doc.t(40, 48, "Marcus by Goldman Sachs is a brand of Goldman Sachs Bank USA. Member FDIC. Deposits are insured up to $250,000 per depositor.", 6)
        doc.t(40, 40, "Federal Regulation D no longer limits withdrawals; Marcus allows up to six withdrawals or transfers per statement cycle.", 6)

    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    write(stem, "ht_us_marcus", "****4417", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Crédit Agricole
def fr(v):
    return fmt(v, th=" ", dec=",")


def ca(stem, seed, n=18, debit=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 31), dt.date(2025, 6, 30)
    ob = D("1842.37") if not debit else D("312.40")
    pool = [(["PAIEMENT PAR CARTE", "CARREFOUR MARKET PARIS 15 {d}"], 12, 140), (["PRELEVEMENT", "FREE MOBILE FM-1124581-4", "Free Mobile Mensuel"], 10, 30),
            (["PAIEMENT PAR CARTE", "SNCF INTERNET PARIS {d}"], 20, 120), (["RETRAIT AU DISTRIBUTEUR", "CA PARIS MONTPARNASSE {d}"], 20, 150),
            (["PRELEVEMENT", "EDF clients particuliers", "Ech 1234567890 Contrat 004471"], 50, 110),
            (["COTISATION OFFRE GLOBULE", "FORMULE COMPTE A COMPOSER"], 4, 4), (["VIREMENT EMIS", "WEB M. DUPONT LOYER JUIN"], 500, 900)]
    cr = [(["VIREMENT EN VOTRE FAVEUR", "ACME CONSEIL SAS", "SALAIRE JUIN 2025"], 2400, 2800), (["REMISE CHEQUE", "N° 4410227"], 50, 300)]
    txs = []
    for d in days(rng, start, end, 40 if pages else n):
        c = rng.choice(cr) if rng.random() < 0.15 and not debit else rng.choice(pool)
        a = D(rng.randint(c[1] * 100, c[2] * 100)) / 100
        lines = [l.format(d=d.strftime("%d/%m")) for l in c[0]]
        vd = d + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        txs.append({"date": d, "vd": vd, "desc_lines": lines, "amount": a if c in cr else -a})
    if debit:
        txs[4] = dict(txs[4], desc_lines=["VIREMENT EN VOTRE FAVEUR", "ACME CONSEIL SAS", "SALAIRE JUIN 2025"], amount=D("420.00"))
    bal = ob
    for t in txs:
        bal += t["amount"]; t["bal"] = None
    cb = bal
    dr = -sum(t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)
    X = [40, 88, 140, 470, 555]
    f = Flow(560, 720, 110)

    def colhead(fl):
        for x, s, al in zip(X, ["Date opé.", "Date valeur", "Libellé des opérations", "Débit", "Crédit"], "lllrr"):
            fl.t(x, s, 7.5, True, al)
        fl.hline(40, 555, 4); fl.down(15)
    colhead(f)
    f.on_break = lambda fl, k: colhead(fl) if k == "bf" else None
    f.t(140, "Ancien solde %s au %s" % ("créditeur" if ob >= 0 else "débiteur", start.strftime("%d.%m.%Y")), bold=True)
    f.t(555 if ob >= 0 else 470, fr(abs(ob)), bold=True, align="r"); f.down(15)
    for t in txs:
        f.need(10 * len(t["desc_lines"]) + 4)
        f.t(40, t["date"].strftime("%d.%m")); f.t(88, t["vd"].strftime("%d.%m"))
        for k, l in enumerate(t["desc_lines"]): f.t(140, l, 8 if k == 0 else 7, dy=10 * k)
        f.t(470 if t["amount"] < 0 else 555, fr(abs(t["amount"])), align="r")
        f.down(10 * len(t["desc_lines"]) + 4)
    f.need(50)
    f.hline(40, 555, -6)
    f.t(140, "Total des opérations", bold=True); f.t(470, fr(dr), bold=True, align="r"); f.t(555, fr(crs), bold=True, align="r"); f.down(15)
    f.t(140, "Nouveau solde %s au %s" % ("créditeur" if cb >= 0 else "débiteur", end.strftime("%d.%m.%Y")), bold=True)
    f.t(555 if cb >= 0 else 470, fr(abs(cb)), bold=True, align="r"); f.down(30)
    f.t(40, "Taux annuel effectif global du découvert autorisé : 16,50 %. Montant du découvert autorisé : 500,00 €.", 6.5)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "CRÉDIT AGRICOLE", 16, True); doc.t(40, H - 58, "ÎLE-DE-FRANCE", 8, True)
        doc.t(doc.W - 40, H - 40, "RELEVÉ DE COMPTE", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Date d'arrêté : %s" % "30 juin 2025", 8, align="r")
        doc.t(doc.W - 40, H - 63, "Page %d / %d" % (p, np_), 8, align="r")
        if p == 1:
            for i, s in enumerate(["MONSIEUR JEAN DUPONT", "14 RUE DE LA CONVENTION", "75015 PARIS"]):
                doc.t(330, H - 100 - 11 * i, s, 8)
            doc.t(40, H - 100, "Votre agence : PARIS CONVENTION", 7.5); doc.t(40, H - 110, "Tél. : 09 69 39 19 19 (appel non surtaxé)", 7.5)
            doc.t(40, H - 120, "Votre conseiller : Mme LEROY", 7.5)
            doc.t(40, H - 170, "Compte de Dépôt  n° 88012345678  en euros", 10, True)
            doc.t(40, H - 183, "IBAN : FR76 1820 6000 4488 0123 4567 836   BIC : AGRIFRPP882", 7.5)
            doc.t(40, H - 200, "Opérations du %s au %s" % ((start + dt.timedelta(days=1)).strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.t(40, H - 212, "Votre épargne disponible au 30.06.2025 : Livret A 4 512,30 € - LDDS 1 205,00 €", 7)
        else:
            doc.t(40, H - 80, "Compte de Dépôt  n° 88012345678  (suite)", 9, True)

    def footer(doc, p, np_):
        doc.t(40, 50, "Caisse Régionale de Crédit Agricole Mutuel de Paris et d'Ile-de-France. Société coopérative à capital variable, agréée en tant", 5.5)
        doc.t(40, 43, "qu'établissement de crédit. Siège social : 26 quai de la Rapée 75012 Paris. 775 665 615 RCS Paris. Courtier en assurance ORIAS 07 008 015.", 5.5)
        doc.t(40, 36, "Médiateur : en cas de litige, vous pouvez saisir gratuitement le Médiateur du Crédit Agricole.", 5.5)

    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    write(stem, "ht_fr_credit_agricole", "****5678", "EUR", start + dt.timedelta(days=1), end, ob, cb, txs)


heloc("ht_us_heloc", 1701)
heloc("ht_us_heloc__2p", 1702, n=34, pages=True)
amex("ht_us_amex_members", 1711)
amex("ht_us_amex_members__credit", 1712, credit=True)
amex("ht_us_amex_members__3m", 1713, members=3)
cba("ht_au_commbank", 1721)
cba("ht_au_commbank__nil", 1722, nil=True)
cba("ht_au_commbank__od", 1723, od=True)
becu("ht_us_becu_multi", 1731)
becu("ht_us_becu_multi__2p", 1732, long=True)
marcus("ht_us_marcus", 1741)
marcus("ht_us_marcus__after", 1742, box_after=True)
marcus("ht_us_marcus__one", 1743, one=True)
ca("ht_fr_credit_agricole", 1751)
ca("ht_fr_credit_agricole__debiteur", 1752, debit=True)
ca("ht_fr_credit_agricole__2p", 1753, pages=True)
