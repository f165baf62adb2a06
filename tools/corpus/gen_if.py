#!/usr/bin/python3
"""Generator if: four UNSEEN layouts, a base and one-change variants each. Deterministic.

ANZ Platinum Visa (Australia: Date processed / Date of transaction / Card / Transaction details / Amount ($A),
"CR" credits, Opening/Closing balance in a summary box only; a two-page variant with foreign-currency lines and
international fee rows), HSBC Singapore Visa (SGD: Post Date / Trans Date / Description / Amount, "CR" credits,
PREVIOUS STATEMENT BALANCE and STATEMENT BALANCE rows; a credit-balance variant), Metrobank card (Philippines, PHP:
Sale Date / Post Date / Description / Amount, PREVIOUS BALANCE row, payments "-5,000.00"; a two-page variant with
installment rows and long wrapped descriptions), Westpac Choice / eSaver (Australia savings: Date / Transaction
Description / Debit / Credit / Balance, OPENING BALANCE / CLOSING BALANCE rows, two-line descriptions; an overdrawn
variant with "-" balances).
"""
import datetime as dt
import json
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import fmt, make_txns, render, row_truth_writer, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/if/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
P = "if_"


def check(stem, ob, cb, txs):
    assert ob + sum(t["amount"] for t in txs) == cb, stem


def no_period_start(stem):
    """The page prints a statement date only (no period): the truth's period_start is null, as a human reads it."""
    f = os.path.join(OUT, stem + ".json")
    j = json.load(open(f))
    j["period_start"] = None
    json.dump(j, open(f, "w"), ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- 1 ANZ Platinum Visa (Australia)
def anz(stem, seed, n=20, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 12), dt.date(2025, 4, 11)
    prev = D("2214.80")
    pool = [("WOOLWORTHS 1187 FITZROY VIC", 14, 190), ("MYKI TOP UP MELBOURNE VIC", 10, 50), ("DAN MURPHYS 3065 FITZROY VIC", 20, 120),
            ("SPOTIFY P2B4C1 SYDNEY NSW", 13.99, 13.99), ("SHELL COLES EXPRESS CARLTON VIC", 45, 110),
            ("JB HI FI MELBOURNE CENTRAL VIC", 30, 450), ("TELSTRA PREPAID MELBOURNE VIC", 30, 60)]
    cr = [("REFUND JB HI FI MELBOURNE CENTRAL VIC", 30, 200)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr)
    txs.append({"date": start + dt.timedelta(days=9), "desc": "PAYMENT - THANK YOU", "amount": prev})
    if fx:
        for k, (m, ccy, fa, rate) in enumerate([("AMAZON MKTPLACE AMZN.COM/BILLWA", "USD", D("45.99"), D("0.6352")),
                                                ("BOOKING.COM HOTEL AMSTERDAM", "EUR", D("212.40"), D("0.5871")),
                                                ("UNIQLO GINZA TOKYO", "JPY", D("8900"), D("95.12"))]):
            aud = (fa / rate).quantize(D("0.01"))
            d = start + dt.timedelta(days=5 + 7 * k)
            txs.append({"date": d, "desc": m, "amount": -aud,
                        "fxl": "FOREIGN CURRENCY AMOUNT %s %s" % (ccy, fmt(fa, nd=0 if ccy == "JPY" else 2))})
            fee = (aud * D("0.03")).quantize(D("0.01"))
            txs.append({"date": d, "desc": "OVERSEAS TRANSACTION FEE", "amount": -fee})
    txs.sort(key=lambda t: t["date"])
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]] + ([t["fxl"]] if t.get("fxl") else [])
        t["bal"] = None
        proc = t["date"] if "PAYMENT" in t["desc"] else min(t["date"] + dt.timedelta(days=rng.choice([0, 1, 2])), end)
        a = fmt(-t["amount"]) if t["amount"] < 0 else fmt(t["amount"]) + "CR"
        rows.append({"p": proc.strftime("%d/%m/%y"), "d": t["date"].strftime("%d/%m/%y"), "c": "6621", "desc": t["desc_lines"], "a": a})
    new = prev - sum(t["amount"] for t in txs)
    pays = sum(t["amount"] for t in txs if t["amount"] > 0)
    buys = sum(-t["amount"] for t in txs if t["amount"] < 0)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 42, "ANZ", 24, True)
        doc.t(100, H - 42, "Platinum Visa", 11, True)
        doc.t(W - 40, H - 38, "Statement", 11, True, "r")
        doc.t(W - 40, H - 50, "Statement period %s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 7.5, align="r")
        doc.t(W - 40, H - 61, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 80, "Account number 4622 3900 1457 6621 (continued)", 8)
            return H - 100
        doc.t(40, H - 80, "MR OLIVER J BRENNAN", 8); doc.t(40, H - 91, "22 KERR STREET", 8); doc.t(40, H - 102, "FITZROY VIC 3065", 8)
        doc.c.rect(310, H - 200, 245, 122)
        doc.t(318, H - 90, "Account summary", 9, True)
        doc.t(318, H - 103, "Account number  4622 3900 1457 6621", 7.5)
        L = [("Opening balance", fmt(prev)), ("New transactions", fmt(buys)), ("Payments and credits", fmt(pays)),
             ("Interest charged", "0.00"), ("Closing balance", fmt(new) if new >= 0 else fmt(-new) + "CR")]
        for i, (lab, v) in enumerate(L):
            doc.t(318, H - 118 - 12 * i, lab, 8, i == 4); doc.t(548, H - 118 - 12 * i, "$" + v, 8, i == 4, "r")
        doc.t(318, H - 188, "Minimum payment due $%s by 06/05/2025" % fmt(max(D(0), min(new, D("44.00")))), 7.5)
        doc.t(40, H - 130, "Credit limit $12,000.00", 8)
        doc.t(40, H - 141, "Available credit $%s" % fmt(D("12000") - new), 8)
        doc.t(40, H - 160, "Annual percentage rate: purchases 20.99% p.a.", 7)
        doc.t(40, H - 225, "Transaction details", 10, True)
        return H - 243

    cols = [("Date\nprocessed", 40, "l", "p"), ("Date of\ntransaction", 92, "l", "d"), ("Card", 150, "l", "c"),
            ("Transaction details", 185, "l", "desc"), ("Amount ($A)", 555, "r", "a")]

    def bottom(doc, y):
        doc.t(40, y - 10, "Australia and New Zealand Banking Group Limited ABN 11 005 357 522. Australian Credit Licence Number 234527.", 6)
        doc.t(40, y - 18, "Please check the transactions listed on this statement and report any discrepancy to us on 13 22 73.", 6)
        return y - 20

    def footer(doc, p, np_):
        doc.t(40, 22, "anz.com  |  Lost or stolen cards 1800 033 844 (24 hours)", 6)
        doc.t(doc.W - 40, 22, "Switch to paperless statements in the ANZ App", 6, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=22 if fx else 40, bottom=bottom)
    check(stem, -prev, -new, txs)
    write(stem, "IF_au_anz_platinum", "****6621", "AUD", start, end, -prev, -new, txs)


# ---------------------------------------------------------------- 2 HSBC Singapore Visa (SGD)
def hsbc_sg(stem, seed, n=18, credit=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 24), dt.date(2025, 5, 23)
    prev = D("1642.35")
    pool = [("NTUC FAIRPRICE-TAMPINES SINGAPORE SG", 8, 160), ("GRAB*A-7XK2PL SINGAPORE SG", 6, 40), ("BUS/MRT 418829301 SINGAPORE SG", 1.5, 12),
            ("SHENG SIONG-BEDOK SINGAPORE SG", 10, 90), ("COLD STORAGE-JELITA SINGAPORE SG", 15, 120), ("SHOPEE SINGAPORE MP SINGAPORE SG", 9, 220),
            ("SINGTEL-POSTPAID SINGAPORE SG", 48, 98)]
    cr = [("CASHBACK VISA PLATINUM", 2, 25)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr)
    pay = prev + (D("1800.00") if credit else D(0))
    txs.append({"date": start + dt.timedelta(days=14), "desc": "PAYMENT - THANK YOU", "amount": pay})
    if pages:
        for k, (m, fl, sgd) in enumerate([("AGODA.COM*BKG 1188203 SINGAPORE SG", "THAI BAHT 4,820.00", D("189.37")),
                                          ("TOKYU HANDS SHIBUYA TOKYO JP", "JAPANESE YEN 12,400", D("111.02")),
                                          ("AMAZON.COM*RT4PL0 AMZN.COM/BILLWA US", "U.S. DOLLAR 64.50", D("87.71"))]):
            txs.append({"date": start + dt.timedelta(days=4 + 9 * k), "desc": m, "fxl": fl, "amount": -sgd})
    txs.sort(key=lambda t: t["date"])
    new = prev - sum(t["amount"] for t in txs)

    def amt(v):  # owed positive, credits "CR"
        return fmt(v) if v >= 0 else fmt(-v) + "CR"

    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]] + ([t["fxl"]] if t.get("fxl") else [])
        t["bal"] = None
        post = t["date"] if "PAYMENT" in t["desc"] else min(t["date"] + dt.timedelta(days=rng.choice([1, 1, 2, 3])), end)
        rows.append({"p": post.strftime("%d%b").upper(), "d": t["date"].strftime("%d%b").upper(), "desc": t["desc_lines"], "a": amt(-t["amount"])})

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 42, "HSBC", 22, True)
        doc.t(40, H - 55, "The Hongkong and Shanghai Banking Corporation Limited", 6.5)
        doc.t(W - 40, H - 42, "STATEMENT OF ACCOUNT", 11, True, "r")
        doc.t(W - 40, H - 55, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p > 1:
            return H - 90
        doc.t(40, H - 80, "MS TAN HUI LING", 8); doc.t(40, H - 91, "BLK 512 TAMPINES CENTRAL 1", 8); doc.t(40, H - 102, "#08-221", 8)
        doc.t(40, H - 113, "SINGAPORE 520512", 8)
        doc.c.rect(300, H - 172, 255, 90)
        L = [("Statement Date", end.strftime("%d %b %Y")), ("Credit Limit", "SGD 15,000.00"), ("Statement Balance", "SGD " + amt(new)),
             ("Minimum Payment", "SGD " + (fmt(max(D(50), (new * D("0.03")).quantize(D("0.01")))) if new > 0 else "0.00")),
             ("Payment Due Date", (end + dt.timedelta(days=25)).strftime("%d %b %Y"))]
        for i, (a, b) in enumerate(L):
            doc.t(308, H - 96 - 13 * i, a, 8); doc.t(548, H - 96 - 13 * i, b, 8, i == 2, "r")
        doc.t(40, H - 195, "HSBC VISA PLATINUM CARD   4835-8800-2109-3316", 9, True)
        doc.t(40, H - 207, "TAN HUI LING", 8)
        return H - 228

    cols = [("Post Date", 40, "l", "p"), ("Trans Date", 100, "l", "d"), ("Description", 165, "l", "desc"), ("Amount (SGD)", 555, "r", "a")]

    def top(doc, y):
        doc.t(165, y, "PREVIOUS STATEMENT BALANCE", 8); doc.t(555, y, amt(prev), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(420, y + 6, 555, y + 6)
        doc.t(165, y - 4, "STATEMENT BALANCE", 8, True); doc.t(555, y - 4, amt(new), 8, True, "r")
        doc.t(40, y - 30, "Please examine this statement immediately. If no discrepancy is reported within 14 days, the statement will be", 6)
        doc.t(40, y - 38, "considered correct. Deposit Insurance Scheme: credit card balances are not insured deposits.", 6)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 22, "HSBC Bank (Singapore) Limited (UEN 201420624K)  |  hsbc.com.sg  |  Customer Service (65) 6472 2669", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=11, per_page=26 if pages else 40, top_rows=[top],
           bottom=bottom)
    check(stem, -prev, -new, txs)
    write(stem, "IF_sg_hsbc_visa", "****3316", "SGD", start, end, -prev, -new, txs)
    no_period_start(stem)


# ---------------------------------------------------------------- 3 Metrobank card (Philippines, PHP)
def metrobank(stem, seed, n=18, inst=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 6), dt.date(2025, 6, 5)
    prev = D("18452.60")
    pool = [("SM SUPERMARKET MEGAMALL MANDALUYONG", 450, 6800), ("JOLLIBEE ORTIGAS CENTER PASIG", 180, 900),
            ("PETRON SVC STATION EDSA QUEZON CITY", 1200, 3200), ("GRAB PH MAKATI", 90, 650), ("MERCURY DRUG SHAW BLVD", 120, 2400),
            ("LAZADA PHILIPPINES TAGUIG", 299, 4500), ("MERALCO ONLINE PAYMENT PASIG", 2100, 5600)]
    cr = [("REVERSAL LAZADA PHILIPPINES TAGUIG", 299, 1200)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr)
    txs.append({"date": start + dt.timedelta(days=11), "desc": "PAYMENT - THANK YOU BDO ONLINE", "amount": D("18452.60")})
    if inst:
        txs.append({"date": start + dt.timedelta(days=1), "desc": "0% INSTALLMENT 04/12 ABENSON APPLIANCE CENTER SM NORTH EDSA "
                    "QUEZON CITY SAMSUNG INVERTER REFRIGERATOR", "amount": D("-2916.58")})
        txs.append({"date": start + dt.timedelta(days=1), "desc": "0% INSTALLMENT 09/24 AUTOMATIC CENTRE GREENHILLS SAN JUAN "
                    "CARRIER WINDOW TYPE AIRCON 1.5HP", "amount": D("-1249.96")})
        txs.append({"date": start + dt.timedelta(days=20), "desc": "PHILIPPINE AIRLINES MANILA ONLINE BOOKING REF 7HQ2KD "
                    "MNL-CEB-MNL 2 PAX", "amount": D("-8640.00")})
        txs.append({"date": end, "desc": "LATE PAYMENT CHARGE", "amount": D("0.00")})
    txs.sort(key=lambda t: t["date"])
    new = prev - sum(t["amount"] for t in txs)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 44)
        t["bal"] = None
        post = t["date"] if "PAYMENT" in t["desc"] or "INSTALLMENT" in t["desc"] else min(t["date"] + dt.timedelta(days=rng.choice([1, 2])), end)
        rows.append({"s": t["date"].strftime("%m/%d/%y"), "p": post.strftime("%m/%d/%y"), "desc": t["desc_lines"], "a": fmt(-t["amount"])})

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 42, "Metrobank", 20, True)
        doc.t(40, H - 54, "Metropolitan Bank & Trust Company", 7)
        doc.t(W - 40, H - 42, "Metrobank Titanium Mastercard", 10, True, "r")
        doc.t(W - 40, H - 54, "STATEMENT OF ACCOUNT   Page %d of %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 75, "CARD NUMBER  5243-71XX-XXXX-8093", 8)
            return H - 95
        doc.t(40, H - 78, "MA. CRISTINA R. DELA CRUZ", 8); doc.t(40, H - 89, "UNIT 1204 THE SYMPHONY TOWERS", 8)
        doc.t(40, H - 100, "SGT. ESGUERRA AVE., SOUTH TRIANGLE", 8); doc.t(40, H - 111, "QUEZON CITY 1103", 8)
        doc.c.rect(300, H - 185, 255, 110)
        L = [("CARD NUMBER", "5243-71XX-XXXX-8093"), ("STATEMENT DATE", end.strftime("%B %d, %Y").upper()),
             ("PAYMENT DUE DATE", (end + dt.timedelta(days=20)).strftime("%B %d, %Y").upper()), ("CREDIT LIMIT", "PHP 150,000.00"),
             ("TOTAL AMOUNT DUE", "PHP " + fmt(new)), ("MINIMUM AMOUNT DUE", "PHP " + fmt(max(D(850), (new * D("0.03")).quantize(D("0.01")))))]
        for i, (a, b) in enumerate(L):
            doc.t(308, H - 88 - 15 * i, a, 7.5, i == 4); doc.t(548, H - 88 - 15 * i, b, 7.5, i == 4, "r")
        doc.t(40, H - 210, "STATEMENT DETAILS", 10, True)
        return H - 228

    cols = [("Sale Date", 40, "l", "s"), ("Post Date", 95, "l", "p"), ("Description", 155, "l", "desc"), ("Amount", 555, "r", "a")]

    def top(doc, y):
        doc.t(155, y, "PREVIOUS BALANCE", 8); doc.t(555, y, fmt(prev), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(440, y + 6, 555, y + 6)
        doc.t(155, y - 4, "TOTAL AMOUNT DUE", 8, True); doc.t(555, y - 4, fmt(new), 8, True, "r")
        doc.t(40, y - 30, "Metrobank is regulated by the Bangko Sentral ng Pilipinas. https://www.bsp.gov.ph. Deposits are insured by PDIC", 6)
        doc.t(40, y - 38, "up to P1,000,000 per depositor. Finance charge 3.00% per month on unpaid balance.", 6)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 22, "Metrobank Card Corporation Contact Center (02) 88-700-700  |  metrobank.com.ph", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=20 if inst else 40, top_rows=[top],
           bottom=bottom)
    check(stem, -prev, -new, txs)
    write(stem, "IF_ph_metrobank_card", "****8093", "PHP", start, end, -prev, -new, txs)
    no_period_start(stem)


# ---------------------------------------------------------------- 4 Westpac savings (Australia)
def westpac(stem, seed, n=20, od=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 1, 1), dt.date(2025, 3, 31)
    ob = D("210.55") if od else D("4806.12")
    pool = [("Withdrawal Online {r} Bpay Agl Sales Pty Ltd", 90, 320), ("Eftpos Debit 0804 Aldi Stores Parramatta Au", 20, 140),
            ("Withdrawal Osko Payment {r} J Kowalski Rent March", 380, 520), ("Debit Card Purchase Uber *Trip Sydney Au", 9, 45),
            ("Withdrawal Atm Westpac Parramatta", 50, 200), ("Withdrawal Online {r} Tfr Westpac Choice 032-088 418255", 100, 600)]
    cr = [("Deposit Payroll Acme Logistics Pty Pay {r}", 1400, 2200), ("Deposit Online {r} Tfr From S Patel Dinner", 20, 80),
          ("Interest Paid", 0.4, 9.5)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr)
    if od:
        txs.insert(len(txs) // 2, {"date": txs[len(txs) // 2]["date"], "desc": "Withdrawal Online 502211 Bpay Nsw Revenue Fines",
                                   "amount": D("-862.00")})
        txs.append({"date": end, "desc": "Overdrawn Fee", "amount": D("-15.00")})
    bal = ob
    rows = []
    for t in txs:
        bal += t["amount"]
        t["bal"] = bal
        t["desc_lines"] = wrap(t["desc"], 34)
        r = {"d": t["date"].strftime("%d/%m/%y"), "desc": t["desc_lines"], "b": fmt(bal)}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    cb = bal
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 42, "westpac", 20, True)
        doc.t(W - 40, H - 38, "Westpac eSaver", 11, True, "r")
        doc.t(W - 40, H - 50, "Statement No. 27", 7.5, align="r")
        doc.t(W - 40, H - 61, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 75, "Account Number 032-088 771 904", 8)
            return H - 95
        doc.t(40, H - 78, "MS PRIYA PATEL", 8); doc.t(40, H - 89, "14/38 CHURCH STREET", 8); doc.t(40, H - 100, "PARRAMATTA NSW 2150", 8)
        doc.c.rect(300, H - 175, 255, 100)
        L = [("BSB", "032-088"), ("Account Number", "771 904"), ("Statement Period", "%s - %s" % (start.strftime("%d %b %Y"), end.strftime("%d %b %Y"))),
             ("Opening Balance", "$" + fmt(ob)), ("Total Credits", "+ $" + fmt(in_)), ("Total Debits", "- $" + fmt(out_)),
             ("Closing Balance", ("-$" + fmt(-cb)) if cb < 0 else "$" + fmt(cb))]
        for i, (a, b) in enumerate(L):
            doc.t(308, H - 87 - 12 * i, a, 7.5, i == 6); doc.t(548, H - 87 - 12 * i, b, 7.5, i == 6, "r")
        doc.t(40, H - 200, "Transactions", 10, True)
        return H - 218

    cols = [("Date", 40, "l", "d"), ("Transaction Description", 95, "l", "desc"), ("Debit", 400, "r", "dr"), ("Credit", 475, "r", "cr"),
            ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%y"), 8); doc.t(95, y, "OPENING BALANCE", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%d/%m/%y"), 8); doc.t(95, y, "CLOSING BALANCE", 8); doc.t(555, y, fmt(cb), 8, align="r")
        doc.t(95, y - 14, "TOTALS", 8, True); doc.t(400, y - 14, fmt(out_), 8, True, "r"); doc.t(475, y - 14, fmt(in_), 8, True, "r")
        doc.t(40, y - 40, "Westpac Banking Corporation ABN 33 007 457 141 AFSL and Australian credit licence 233714.", 6)
        doc.t(40, y - 48, "Please check all entries on this statement and promptly inform Westpac of any possible error or unauthorised transaction.", 6)
        return y - 50

    def cf(doc, y, row, kind):
        i = rows.index(row)
        if kind == "cf":
            doc.t(95, y, "BALANCE CARRIED FORWARD", 8, True); doc.t(555, y, fmt(txs[i]["bal"]), 8, True, "r")
        else:
            doc.t(95, y, "BALANCE BROUGHT FORWARD", 8, True); doc.t(555, y, fmt(txs[i - 1]["bal"]), 8, True, "r")
        return y - 13

    def footer(doc, p, np_):
        doc.t(40, 22, "westpac.com.au  |  Telephone banking 132 032  |  Hearing or speech impaired: 133 677", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=34, top_rows=[top], bottom=bottom,
           cf=cf if pages else None)
    check(stem, ob, cb, txs)
    write(stem, "IF_au_westpac_esaver", "032-088 771 904", "AUD", start, end, ob, cb, txs)


anz(P + "au_anz_platinum", 181)
anz(P + "au_anz_platinum__fx", 182, n=30, fx=True)
hsbc_sg(P + "sg_hsbc_visa", 183)
hsbc_sg(P + "sg_hsbc_visa__credit", 184, credit=True)
hsbc_sg(P + "sg_hsbc_visa__pages", 189, n=34, pages=True)
metrobank(P + "ph_metrobank_card", 185)
metrobank(P + "ph_metrobank_card__inst", 186, n=26, inst=True)
westpac(P + "au_westpac_esaver", 187)
westpac(P + "au_westpac_esaver__od", 188, n=26, od=True)
westpac(P + "au_westpac_esaver__pages", 190, n=62, pages=True)
