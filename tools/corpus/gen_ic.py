#!/usr/bin/python3
"""Generator ic: 6 untuned layouts x (base + 1 or 2 variants), exact truth. Deterministic.

Mercury business checking (Date / Description / Amount "-$"/"$", no balance column, Starting balance / Money in /
Money out / Ending balance summary), Brex corporate card (Date / Description / Cardholder / Category / Amount,
payments "-$", a statement balance box), Wise EUR (Date / Description / Paid in / Paid out / Balance, "Converted
100.00 GBP to 116.20 EUR" rows, an exchange-rate line under some rows), Ally online savings (Credits / Debits /
Balance, an Interest Summary box), SoFi Checking and Savings (two sections, each its own table and balances), Tide
UK business (Date / Transaction type / Details / Paid in / Paid out / Balance, GBP).

Truth choices: Brex's Cardholder and Category, and Tide's Transaction type, are not description (columns of their
own, as Starling's Type); Wise's and Brex's exchange-rate lines under a row join its description (as TD's and Wise's
detail lines); a SoFi statement is a several-account truth (sections), as gen_gy.py's.
"""
import datetime as dt
import json
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from corpus_kit import C2, Doc, fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ic/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def amt(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def usd(v):
    return ("-$" if v < 0 else "$") + fmt(abs(v))


# ---------------------------------------------------------------- 1 Mercury business checking
def mercury(stem, seed, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("48211.37")
    pool = [("AWS Amazon Web Services", 380, 2400), ("Gusto Payroll", 9000, 18000), ("Google Workspace", 72, 216),
            ("Send to Acme Design LLC", 1200, 4800), ("Figma Inc", 45, 180), ("WeWork Membership", 650, 1300),
            ("Mercury IO Card Delta Air Lines", 240, 980), ("Slack Technologies", 87.5, 87.5), ("IRS USATAXPYMT", 1500, 6200)]
    cr = [("Stripe Transfer ST-{r}", 3000, 21000), ("Wire from Northbeam Ventures LP", 25000, 25000),
          ("Shopify Payout {r}", 800, 5200)]
    txs = make_txns(rng, start, end, 46 if pages else 18, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]; t["shown"] = False
        rows.append({"d": t["date"].strftime("%b %d"), "desc": t["desc_lines"], "a": usd(t["amount"])})
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "mercury", 20, True)
        doc.t(W - 40, H - 40, "Monthly statement", 10, True, "r")
        doc.t(W - 40, H - 52, "%s \u2013 %s" % (start.strftime("%b %-d, %Y"), end.strftime("%b %-d, %Y")), 8, align="r")
        doc.t(W - 40, H - 63, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "NORTHBEAM ANALYTICS INC.", 8, True); doc.t(40, H - 91, "548 Market St PMB 90412", 8)
            doc.t(40, H - 102, "San Francisco, CA 94104", 8)
            doc.t(40, H - 124, "Mercury Checking \u2022\u20226184", 9, True)
            doc.t(40, H - 135, "Account number: 202211476184   Routing number: 091311229", 7.5)
            doc.c.rect(330, H - 176, 242, 68)
            S = [("Starting balance", usd(ob)), ("Money in", usd(in_)), ("Money out", usd(-out_)), ("Ending balance", usd(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 120 - 12 * i, a, 7.5, i == 3); doc.t(565, H - 120 - 12 * i, b, 7.5, i == 3, "r")
            doc.t(40, H - 200, "Transactions", 10, True)
            return H - 218
        doc.t(40, H - 84, "Mercury Checking \u2022\u20226184 \u2013 Transactions (continued)", 8.5, True)
        return H - 102

    cols = [("Date", 40, "l", "d"), ("Description", 110, "l", "desc"), ("Amount", 565, "r", "a")]

    def footer(doc, p, np_):
        doc.t(40, 40, "Mercury is a financial technology company, not a bank. Banking services provided by Choice Financial Group and Evolve Bank & Trust,", 5.5)
        doc.t(40, 33, "Members FDIC. Questions? help@mercury.com  \u2022  mercury.com", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, lh=12, per_page=(28 if pages else 44))
    write(stem, "ic_us_mercury", "****6184", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Brex corporate card
def brex(stem, seed, fx=False, credit=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    prev = D("18442.10")
    holders = ["Dana Whitfield", "Marco Ruiz", "Priya Natarajan"]
    pool = [("UNITED AIRLINES", "Travel", 260, 1180), ("MARRIOTT SF UNION SQUARE", "Lodging", 240, 890), ("OPENAI *CHATGPT SUBSCR", "Software", 20, 200),
            ("DATADOG INC", "Software", 900, 3400), ("LINKEDIN ADS", "Advertising", 400, 2500), ("UBER *TRIP", "Ground transportation", 12, 68),
            ("SWEETGREEN 0148", "Meals", 14, 96), ("STAPLES 01192", "Office supplies", 30, 260)]
    n = 8 if credit else 20
    buys = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, 29)); desc, cat, lo, hi = rng.choice(pool)
        buys.append({"date": d, "desc": desc, "cat": cat, "who": rng.choice(holders), "amount": -amt(rng, lo, hi)})
    if fx:
        for d, desc, cur, fa, rate in ((start + dt.timedelta(days=9), "LUFTHANSA 2207781264", "EUR", D("612.40"), D("1.1284")),
                                       (start + dt.timedelta(days=17), "HOTEL DE L'EUROPE AMSTERDAM", "EUR", D("884.00"), D("1.1291")),
                                       (start + dt.timedelta(days=22), "TFL TRAVEL CH LONDON", "GBP", D("18.60"), D("1.3347"))):
            buys.append({"date": d, "desc": desc, "cat": "Travel", "who": holders[0], "amount": -(fa * rate).quantize(C2),
                         "fx": "%s %s @ %s" % (fmt(fa), cur, rate)})
    buys.append({"date": start + dt.timedelta(days=12), "desc": "REFUND SWEETGREEN 0148", "cat": "Meals", "who": holders[1], "amount": D("23.85")})
    buys.sort(key=lambda t: t["date"])
    pay_amt = prev + (D("3150.00") if credit else D(0))
    pays = [{"date": start + dt.timedelta(days=4), "desc": "Payment - thank you", "cat": "", "who": "", "amount": pay_amt}]
    txs = sorted(pays + buys, key=lambda t: t["date"])
    for t in txs:
        t["desc_lines"] = [t["desc"]] + ([t["fx"]] if t.get("fx") else []); t["bal"] = None
    ob = -prev
    cb = ob + sum(t["amount"] for t in txs)
    new = -cb
    chg = -sum(t["amount"] for t in buys if t["amount"] < 0)
    crd = sum(t["amount"] for t in buys if t["amount"] > 0)
    lines = sum(len(t["desc_lines"]) for t in txs)
    per = [26] + [46] * 4
    chunks, cur, used, k = [], [], 0, 0
    for t in txs:
        if used + len(t["desc_lines"]) > per[k]:
            chunks.append(cur); cur, used = [], 0; k += 1
        cur.append(t); used += len(t["desc_lines"])
    chunks.append(cur)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    H, W = doc.H, doc.W
    np_ = len(chunks)
    for p, ch in enumerate(chunks, 1):
        doc.t(40, H - 46, "BREX", 20, True); doc.t(W - 40, H - 40, "Brex Card statement", 10, True, "r")
        doc.t(W - 40, H - 52, "Statement period %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 7.5, align="r")
        doc.t(W - 40, H - 63, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "Kestrel Robotics, Inc.", 8, True); doc.t(40, H - 91, "Attn: Accounts Payable", 8)
            doc.t(40, H - 102, "2100 Geng Rd Suite 210", 8); doc.t(40, H - 113, "Palo Alto, CA 94303", 8)
            doc.t(40, H - 134, "Account ending in 3307", 8, True)
            doc.c.rect(330, H - 200, 242, 116)
            doc.t(338, H - 96, "Statement summary", 8.5, True)
            S = [("Previous balance", usd(prev)), ("Payments", usd(-pay_amt)), ("Credits", usd(-crd)), ("New charges", usd(chg)),
                 ("Fees", "$0.00"), ("Statement balance", usd(new))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 110 - 12 * i, a, 7.5, i == 5); doc.t(565, H - 110 - 12 * i, b, 7.5, i == 5, "r")
            doc.t(338, H - 190, "Payment due %s  \u2022  Paid in full by autopay" % dt.date(2025, 6, 10).strftime("%m/%d/%Y"), 6.5)
            doc.t(40, H - 152, "Limit: $150,000.00", 7.5); doc.t(40, H - 163, "Available: $%s" % fmt(D("150000") - max(new, D(0))), 7.5)
            y = H - 226
            doc.t(40, y, "Transactions", 11, True); y -= 16
        else:
            y = H - 92
            doc.t(40, y, "Transactions (continued)", 9, True); y -= 16
        for ti, x, al in (("Date", 40, "l"), ("Description", 95, "l"), ("Cardholder", 300, "l"), ("Category", 395, "l"), ("Amount", 565, "r")):
            doc.t(x, y, ti, 7.5, True, al)
        y -= 6; doc.c.line(40, y, 572, y); y -= 11
        for t in ch:
            doc.t(40, y, t["date"].strftime("%b %d"), 8)
            for j, l in enumerate(t["desc_lines"]):
                doc.t(95, y - 10 * j, l, 8 if j == 0 else 7, False)
            doc.t(300, y, t["who"], 8); doc.t(395, y, t["cat"], 8); doc.t(565, y, usd(-t["amount"]), 8, align="r")
            y -= 10 * len(t["desc_lines"]) + 3
        if p == np_:
            y -= 4; doc.c.line(380, y + 8, 572, y + 8)
            doc.t(395, y - 2, "Statement balance", 8, True); doc.t(565, y - 2, usd(new), 8, True, "r")
        doc.t(40, 42, "The Brex Card is issued by Emigrant Bank, Member FDIC, or Fifth Third Bank, N.A., Member FDIC. Brex Inc., 405 Howard St, San Francisco, CA.", 5.5)
        doc.t(40, 35, "Questions about your statement: support@brex.com", 5.5)
        doc.c.showPage()
    doc.c.save()
    write(stem, "ic_us_brex_card", "****3307", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Wise EUR
def wise(stem, seed, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("1342.08")
    pool = [("Card transaction of {a} EUR issued by Albert Heijn 1403 AMSTERDAM", 8, 95), ("Sent money to Julien Martin", 40, 300),
            ("Card transaction of {a} EUR issued by NS Reizigers UTRECHT", 4, 38), ("Direct Debit payment to Vattenfall Klantenservice", 60, 140)]
    txs = []
    days = (end - start).days
    n = 34 if pages else 14
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days)); r = rng.random()
        if r < 0.15:
            g = amt(rng, 50, 400); rate = D("1.16") + D(rng.randint(0, 60)) / 10000
            e = (g * rate).quantize(C2)
            txs.append({"date": d, "desc_lines": ["Converted %s GBP to %s EUR" % (fmt(g), fmt(e))], "amount": e,
                        "rate": "Exchange rate: 1 GBP = %s EUR" % rate})
        elif r < 0.28:
            u = amt(rng, 9, 120); rate = D("1.07") + D(rng.randint(0, 300)) / 10000
            e = (u / rate).quantize(C2)
            txs.append({"date": d, "desc_lines": ["Card transaction of %s USD issued by Amazon.com AMZN.COM/BILL" % fmt(u)], "amount": -e,
                        "rate": "Exchange rate: 1 EUR = %s USD" % rate})
        elif r < 0.36:
            txs.append({"date": d, "desc_lines": ["Received money from Brightwave B.V. with reference INV-%d" % rng.randint(2000, 2999)],
                        "amount": amt(rng, 600, 1800)})
        else:
            desc, lo, hi = rng.choice(pool); a = amt(rng, lo, hi)
            txs.append({"date": d, "desc_lines": [desc.format(a=fmt(a))], "amount": -a})
    g = D("250.00"); e = (g * D("1.1648")).quantize(C2)
    txs.append({"date": start + dt.timedelta(days=3), "desc_lines": ["Converted %s GBP to %s EUR" % (fmt(g), fmt(e))], "amount": e,
                "rate": "Exchange rate: 1 GBP = 1.1648 EUR"})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc_lines"][0], 52) + ([t["rate"]] if t.get("rate") else [])
        r = {"d": t["date"].strftime("%-d %B %Y"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["i" if t["amount"] > 0 else "o"] = fmt(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 48, "WISE", 20, True)
        doc.t(W - 40, H - 42, "EUR statement", 11, True, "r")
        doc.t(W - 40, H - 55, "%s [GMT+02:00] - %s [GMT+02:00]" % (start.strftime("%-d %B %Y"), end.strftime("%-d %B %Y")), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 84, "Sophie van Dijk", 8, True); doc.t(40, H - 95, "Keizersgracht 412-3", 8); doc.t(40, H - 106, "1016 GC Amsterdam", 8)
            doc.t(40, H - 117, "Netherlands", 8)
            doc.t(330, H - 84, "Account details", 8, True)
            doc.t(330, H - 95, "IBAN  BE71 9670 3185 4269", 7.5); doc.t(330, H - 106, "Swift/BIC  TRWIBEB1XXX", 7.5)
            doc.t(330, H - 117, "Wise, Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium", 6.5)
            doc.t(40, H - 146, "Balance on %s [GMT+02:00]" % start.strftime("%-d %B %Y"), 8.5, True)
            doc.t(W - 40, H - 146, "%s EUR" % fmt(ob), 8.5, True, "r")
            return H - 172
        return H - 80

    cols = [("Date", 40, "l", "d"), ("Description", 115, "l", "desc"), ("Paid in", 400, "r", "i"), ("Paid out", 475, "r", "o"),
            ("Balance", W_A4 - 40, "r", "b")]

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(40, y - 8, "Balance on %s [GMT+02:00]" % end.strftime("%-d %B %Y"), 8.5, True)
        doc.t(doc.W - 40, y - 8, "%s EUR" % fmt(cb), 8.5, True, "r")
        return y - 20

    def footer(doc, p, np_):
        doc.t(40, 40, "Wise Europe SA is authorised by the National Bank of Belgium as an Electronic Money Institution. Your money is safeguarded,", 5.5)
        doc.t(40, 33, "not protected by a deposit guarantee scheme. Generated on %s." % dt.date(2025, 7, 1).strftime("%-d %B %Y"), 5.5)
        doc.t(doc.W - 40, 33, "%d / %d" % (p, np_), 6.5, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(34 if pages else 52), bottom=bottom)
    write(stem, "ic_wise_eur", "****4269", "EUR", start, end, ob, cb, txs)


W_A4 = A4[0]


# ---------------------------------------------------------------- 4 Ally online savings
def ally(stem, seed, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 7, 1), dt.date(2025, 7, 31)
    ob = D("26418.55")
    pool = [("Internet transfer to Interest Checking XXXXXX2291", 200, 2500), ("ACH Withdrawal VANGUARD BUY INVESTMENT", 500, 3000),
            ("Zelle Payment to LAURA BECK", 50, 400)]
    cr = [("ACH Deposit CHEVRON CORP PAYROLL", 1800, 2600), ("Internet transfer from Interest Checking XXXXXX2291", 100, 1500),
          ("eCheck Deposit", 80, 900)]
    txs = make_txns(rng, start, end - dt.timedelta(days=1), 30 if pages else 9, pool, cr)
    bal = ob + sum(t["amount"] for t in txs)
    interest = (bal * D("0.042") / 12).quantize(C2)
    txs.append({"date": end, "desc": "Interest Paid", "amount": interest})
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 44)
        r = {"d": t["date"].strftime("%m/%d/%Y"), "desc": t["desc_lines"], "b": "$" + fmt(t["bal"])}
        if t["amount"] > 0: r["c"] = "$" + fmt(t["amount"])
        else: r["x"] = "-$" + fmt(-t["amount"])
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "ally", 22, True); doc.t(W - 40, H - 40, "Statement Date %s" % end.strftime("%m/%d/%Y"), 8, align="r")
        doc.t(W - 40, H - 51, "Statement Period %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 8, align="r")
        doc.t(W - 40, H - 62, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "THOMAS J OKAFOR", 8); doc.t(40, H - 91, "2218 W BELMONT AVE APT 3", 8); doc.t(40, H - 102, "CHICAGO IL 60618-5904", 8)
            doc.t(40, H - 128, "Online Savings Account \u2022\u2022\u2022\u2022\u2022\u20225590", 9.5, True)
            doc.c.rect(40, H - 206, 250, 68); doc.t(48, H - 150, "Account Summary", 8, True)
            S = [("Beginning Balance", "$" + fmt(ob)), ("Total Credits", "$" + fmt(in_)), ("Total Debits", "-$" + fmt(out_)),
                 ("Ending Balance", "$" + fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(48, H - 162 - 10 * i, a, 7.5); doc.t(282, H - 162 - 10 * i, b, 7.5, align="r")
            doc.c.rect(322, H - 206, 250, 68); doc.t(330, H - 150, "Interest Summary", 8, True)
            I = [("Interest Earned This Statement Period", "$" + fmt(interest)), ("Annual Percentage Yield Earned", "4.20%"),
                 ("Interest Paid Year To Date", "$" + fmt(interest * 7 - D("31.40"))), ("Days in Statement Period", "31")]
            for i, (a, b) in enumerate(I):
                doc.t(330, H - 162 - 10 * i, a, 7.5); doc.t(564, H - 162 - 10 * i, b, 7.5, align="r")
            doc.t(40, H - 228, "Activity", 10, True)
            return H - 246
        doc.t(40, H - 84, "Online Savings Account \u2022\u2022\u2022\u2022\u2022\u20225590 - Activity (continued)", 8.5, True)
        return H - 102

    cols = [("Date", 40, "l", "d"), ("Description", 110, "l", "desc"), ("Credits", 390, "r", "c"), ("Debits", 470, "r", "x"),
            ("Balance", 565, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%m/%d/%Y"), 8); doc.t(110, y, "Beginning Balance", 8); doc.t(565, y, "$" + fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, end.strftime("%m/%d/%Y"), 8); doc.t(110, y - 2, "Ending Balance", 8); doc.t(565, y - 2, "$" + fmt(cb), 8, align="r")
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 40, "Ally Bank, Member FDIC. P.O. Box 951, Horsham, PA 19044. Call 1-877-247-2559 or visit ally.com.", 5.5)
        doc.t(40, 33, "In case of errors or questions about your electronic transfers, call or write us as soon as you can.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=(20 if pages else 44), top_rows=[top], bottom=bottom)
    write(stem, "ic_us_ally_savings", "****5590", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 SoFi Checking and Savings (two accounts)
def write_multi(stem, family, ps, pe, sections):
    tr, secs = [], []
    for s in sections:
        for t in s["txs"]:
            e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
                 "amount": str(t["amount"].quantize(C2))}
            if t.get("bal") is not None: e["balance"] = str(t["bal"].quantize(C2))
            tr.append(e)
        secs.append({"account": s["account"], "currency": "USD", "opening_balance": str(s["ob"].quantize(C2)),
                     "closing_balance": str(s["cb"].quantize(C2)), "transactions": len(s["txs"])})
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": None, "currency": "USD",
         "period_start": ps.isoformat(), "period_end": pe.isoformat(), "opening_balance": None, "closing_balance": None,
         "transactions": tr, "sections": secs}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


def sofi(stem, seed, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 8, 1), dt.date(2025, 8, 31)
    cob, sob = D("3184.20"), D("12650.00")
    pool = [("Debit Card Purchase TRADER JOE S #552 SEATTLE WA", 18, 140), ("Debit Card Purchase SHELL OIL 57442 BELLEVUE WA", 35, 80),
            ("ACH Debit PUGET SOUND ENERGY", 70, 160), ("ACH Debit CHASE CREDIT CRD AUTOPAY", 300, 1400), ("Venmo Payment", 15, 120)]
    cr = [("Direct Deposit AMAZON.COM SERVICES PAYROLL", 2900, 3400), ("Zelle From KEVIN PARK", 20, 200)]
    ctx = make_txns(rng, start, end, 50 if pages else 14, pool, cr)
    xfer = [(start + dt.timedelta(days=d), a) for d, a in ((2, D("500.00")), (16, D("750.00")))]
    for d, a in xfer:
        ctx.append({"date": d, "desc": "Transfer to Savings ...9082", "amount": -a})
    ctx.sort(key=lambda t: t["date"])
    stx = [{"date": d, "desc": "Transfer from Checking ...4417", "amount": a} for d, a in xfer]
    stx.append({"date": start + dt.timedelta(days=21), "desc": "Withdrawal Transfer to Checking ...4417", "amount": D("-200.00")})
    stx.sort(key=lambda t: t["date"])
    stx.append({"date": end, "desc": "Interest Earned", "amount": ((sob + D(1050)) * D("0.038") / 12).quantize(C2)})
    # the savings' transfer back arrives in checking
    ctx.append({"date": start + dt.timedelta(days=21), "desc": "Transfer from Savings ...9082", "amount": D("200.00")})
    ctx.sort(key=lambda t: t["date"])
    ccb, scb = running(ctx, cob), running(stx, sob)
    for t in ctx + stx:
        t["desc_lines"] = wrap(t["desc"], 50)
    per_sec = 999

    def lay(doc, np_):
        H, W = doc.H, doc.W
        st = {"p": 1}

        def furniture(first):
            doc.t(40, H - 46, "SoFi", 22, True); doc.t(W - 40, H - 40, "SoFi Checking and Savings", 10, True, "r")
            doc.t(W - 40, H - 52, "Statement Period: %s - %s" % (start.strftime("%B %-d, %Y"), end.strftime("%B %-d, %Y")), 7.5, align="r")
            doc.t(W - 40, H - 63, "Page %d of %d" % (st["p"], np_), 7.5, align="r")
            doc.t(40, 42, "SoFi Bank, N.A. Member FDIC. 2750 E Cottonwood Pkwy, Suite 300, Cottonwood Heights, UT 84121. 1-855-456-7634", 5.5)
            doc.t(40, 35, "Savings APY 3.80% as of the statement date. Rates are variable and subject to change.", 5.5)
            if not first:
                return H - 90
            doc.t(40, H - 80, "EMILY R CARTER", 8); doc.t(40, H - 91, "1120 NE 65TH ST UNIT 204", 8); doc.t(40, H - 102, "SEATTLE WA 98115-6650", 8)
            y = H - 130
            doc.t(40, y, "Account Summary", 10, True); y -= 16
            for ti, x, al in (("Account", 40, "l"), ("Account Number", 200, "l"), ("Beginning Balance", 380, "r"), ("Ending Balance", 480, "r")):
                doc.t(x, y, ti, 7.5, True, al)
            y -= 4; doc.c.line(40, y, 572, y); y -= 11
            for nm, no, a, b in (("Checking", "...4417", cob, ccb), ("Savings", "...9082", sob, scb)):
                doc.t(40, y, nm, 8); doc.t(200, y, no, 8); doc.t(380, y, usd(a), 8, align="r"); doc.t(480, y, usd(b), 8, align="r"); y -= 12
            doc.t(40, y, "Total", 8, True); doc.t(380, y, usd(cob + sob), 8, True, "r"); doc.t(480, y, usd(ccb + scb), 8, True, "r")
            return y - 30

        def table_head(y, title):
            doc.t(40, y, title, 10, True); y -= 16
            for ti, x, al in (("Date", 40, "l"), ("Description", 110, "l"), ("Amount", 470, "r"), ("Balance", 565, "r")):
                doc.t(x, y, ti, 7.5, True, al)
            y -= 4; doc.c.line(40, y, 572, y); y -= 11
            return y

        y = furniture(True)
        for name, no, ob, cb, txs in secs:
            if y < 160:
                doc.c.showPage(); st["p"] += 1; y = furniture(False)
            y = table_head(y, "%s Account %s" % (name, no))
            doc.t(110, y, "Beginning Balance", 8, True); doc.t(565, y, usd(ob), 8, True, "r"); y -= 12
            k = 0
            for t in txs:
                need = 11 * len(t["desc_lines"]) + 1
                if y - need < 70 or k == per_sec:
                    k = 0
                    doc.c.showPage(); st["p"] += 1
                    y = table_head(furniture(False), "%s Account %s (continued)" % (name, no))
                doc.t(40, y, t["date"].strftime("%m/%d"), 8)
                for j, l in enumerate(t["desc_lines"]): doc.t(110, y - 11 * j, l, 8)
                doc.t(470, y, usd(t["amount"]), 8, align="r"); doc.t(565, y, usd(t["bal"]), 8, align="r")
                y -= need; k += 1
            doc.t(110, y - 2, "Ending Balance", 8, True); doc.t(565, y - 2, usd(cb), 8, True, "r")
            y -= 34
        doc.c.showPage()
        return st["p"]

    secs = [("Checking", "...4417", cob, ccb, ctx), ("Savings", "...9082", sob, scb, stx)]
    np_ = lay(Doc(os.devnull, LETTER), 0)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    lay(doc, np_)
    doc.c.save()
    write_multi(stem, "ic_us_sofi", start, end, [
        {"account": "****4417", "ob": cob, "cb": ccb, "txs": ctx}, {"account": "****9082", "ob": sob, "cb": scb, "txs": stx}])


# ---------------------------------------------------------------- 6 Tide UK business
def tide(stem, seed, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("11418.26") if pages else D("7418.26")
    out_pool = [("Card Transaction", "AMAZON MKTPLACE PMTS AMZN.CO.UK/PM", 9, 220), ("Card Transaction", "SCREWFIX DIRECT YEOVIL", 12, 180),
                ("Domestic Transfer", "To: Harris & Co Accountants Ref: INV-0614", 180, 420), ("Direct Debit", "HMRC VAT", 600, 2400),
                ("Direct Debit", "BT GROUP PLC BUSINESS BROADBAND", 38, 62), ("Card Transaction", "SHELL BRISTOL PORTWAY", 40, 95),
                ("Domestic Transfer", "To: Daniel Hughes Ref: Subcontract works week 23 plumbing and heating", 400, 1250)]
    in_pool = [("Faster Payment Received", "From: WESTBROOK PROPERTY MGMT LTD Ref: INV 2291", 800, 4200),
               ("Faster Payment Received", "From: Mrs J Kowalski Ref: Boiler service", 85, 240), ("Card Payment Refund", "SCREWFIX DIRECT YEOVIL", 10, 60)]
    days = (end - start).days
    txs = []
    for _ in range(40 if pages else 16):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.28:
            ty, desc, lo, hi = rng.choice(in_pool); s = 1
        else:
            ty, desc, lo, hi = rng.choice(out_pool); s = -1
        txs.append({"date": d, "type": ty, "desc": desc, "amount": s * amt(rng, lo, hi)})
    txs.sort(key=lambda t: t["date"])
    txs.append({"date": end, "type": "Fee", "desc": "Tide Plus monthly subscription", "amount": D("-11.99")})
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    gbp = lambda v: ("-£" if v < 0 else "£") + fmt(abs(v))
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 30)
        r = {"d": t["date"].strftime("%d %b %Y"), "ty": t["type"], "desc": t["desc_lines"], "b": gbp(t["bal"])}
        r["i" if t["amount"] > 0 else "o"] = "£" + fmt(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 48, "tide", 22, True); doc.t(W - 40, H - 42, "Account statement", 10, True, "r")
        doc.t(W - 40, H - 54, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 82, "HUGHES HEATING & PLUMBING LTD", 8, True); doc.t(40, H - 93, "Unit 4, Avonside Enterprise Park", 8)
            doc.t(40, H - 104, "Bristol BS2 0QH", 8)
            doc.t(330, H - 82, "Sort code  04-06-05", 8); doc.t(330, H - 93, "Account number  27581934", 8)
            doc.t(330, H - 104, "Statement period  %s - %s" % (start.strftime("%d %b %Y"), end.strftime("%d %b %Y")), 8)
            doc.c.rect(40, H - 186, 532, 62)
            S = [("Opening balance", gbp(ob)), ("Paid in", "£" + fmt(in_)), ("Paid out", "£" + fmt(out_)), ("Closing balance", gbp(cb))]
            for i, (a, b) in enumerate(S):
                x = 50 + 132 * i
                doc.t(x, H - 144, a, 7.5); doc.t(x, H - 164, b, 11, True)
            return H - 212
        return H - 80

    cols = [("Date", 40, "l", "d"), ("Transaction type", 95, "l", "ty"), ("Details", 205, "l", "desc"), ("Paid in (£)", 430, "r", "i"),
            ("Paid out (£)", 495, "r", "o"), ("Balance (£)", W_A4 - 40, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 40, "Tide is a trading name of Tide Platform Ltd, registered in England (No. 09896290), authorised by the FCA as an Electronic Money", 5.5)
        doc.t(40, 33, "Institution. Tide business accounts are provided by ClearBank Ltd and eligible deposits are protected by the FSCS.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(30 if pages else 50))
    write(stem, "ic_uk_tide", "****1934", "GBP", start, end, ob, cb, txs)


mercury("ic_us_mercury", 1801)
mercury("ic_us_mercury__2pages", 1802, pages=True)
brex("ic_us_brex_card", 1811)
brex("ic_us_brex_card__fx", 1812, fx=True)
brex("ic_us_brex_card__credit", 1813, credit=True)
wise("ic_wise_eur", 1821)
wise("ic_wise_eur__2pages", 1822, pages=True)
ally("ic_us_ally_savings", 1831)
ally("ic_us_ally_savings__2pages", 1832, pages=True)
sofi("ic_us_sofi", 1841)
sofi("ic_us_sofi__2pages", 1842, pages=True)
tide("ic_uk_tide", 1851)
tide("ic_uk_tide__2pages", 1852, pages=True)
