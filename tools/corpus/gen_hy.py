#!/usr/bin/python3
"""Generator hy: 4 untuned layouts x (base + 1 variant), exact truth. Deterministic.

U.S. Bank Altitude card (Post Date / Trans Date / Ref # / Transaction Description / Amount, "CR" credits, sections
Payments and Other Credits / Purchases and Other Debits / Fees / Interest Charged), Barclays AAdvantage card
(Transaction Date / Posting Date / Description / Miles / Amount), Tangerine chequing (Transaction date / Transaction
description / Amount / Balance, CAD), KOHO prepaid (Date / Description / Amount / Balance, cashback rows).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import LETTER
from corpus_kit import C2, Doc, fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hy/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def amt(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


# ---------------------------------------------------------------- 1 U.S. Bank Altitude Go Visa Signature
def usbank(stem, seed, credit=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 12), dt.date(2025, 5, 11)
    prev = D("1284.66")
    pool = [("SQ *BLUE DOOR COFFEE MINNEAPOLIS MN", 4, 16), ("TARGET 00012765 SAINT PAUL MN", 18, 160), ("HOLIDAY STATIONSTORE 0412 EDINA MN", 30, 70),
            ("CUB FOODS #1665 MINNEAPOLIS MN", 20, 190), ("DELTA AIR 0062387719201 ATLANTA GA", 180, 620), ("SPOTIFY USA 877-778-1161 NY", 11.99, 11.99),
            ("DOORDASH*CHIPOTLE SAN FRANCISCO CA", 14, 48)]
    pay_amt = prev + (D("1250.00") if credit else D("0"))
    pays = [{"date": start + dt.timedelta(days=6), "desc": "PAYMENT THANK YOU", "amount": pay_amt}]
    pays.append({"date": start + dt.timedelta(days=14), "desc": "TARGET 00012765 SAINT PAUL MN", "amount": D("36.18")})
    n = 6 if credit else 16
    buys = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, 27)); desc, lo, hi = rng.choice(pool)
        buys.append({"date": d, "desc": desc, "amount": -amt(rng, lo, hi)})
    buys.sort(key=lambda t: t["date"])
    fees = [{"date": start + dt.timedelta(days=20), "desc": "FOREIGN TRANSACTION FEE", "amount": D("-2.64")}] if not credit else []
    interest = [] if credit else [{"date": end, "desc": "INTEREST CHARGE ON PURCHASES", "amount": D("-18.27")}]
    txs = pays + buys + fees + interest
    for t in txs:
        t["post"] = min(end, t["date"] + dt.timedelta(days=rng.choice([0, 1, 2]))) if t not in interest else end
        t["ref"] = "%04d" % rng.randint(1000, 9999)
        t["desc_lines"] = [t["desc"]]
        t["bal"] = None
    ob = -prev
    cb = ob + sum(t["amount"] for t in txs)
    new = -cb
    money = lambda v: ("$%s" % fmt(abs(v))) + (" CR" if v < 0 else "")
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    H = doc.H
    doc.t(40, H - 45, "usbank", 20, True); doc.t(doc.W - 40, H - 40, "U.S. Bank Altitude\u00ae Go Visa Signature\u00ae Card", 9, True, "r")
    doc.t(doc.W - 40, H - 52, "Page 1 of 1", 7.5, align="r")
    doc.t(40, H - 80, "KAREN L HOLMQUIST", 8); doc.t(40, H - 91, "5120 XERXES AVE S", 8); doc.t(40, H - 102, "MINNEAPOLIS MN 55410-2214", 8)
    doc.t(330, H - 80, "Account Number ending in 7742", 8, True)
    doc.t(330, H - 91, "Open Date: %s   Closing Date: %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 7.5)
    doc.c.rect(330, H - 230, 242, 132)
    doc.t(338, H - 110, "ACCOUNT SUMMARY", 8, True)
    pay_sum = sum(t["amount"] for t in pays if t["desc"].startswith("PAYMENT"))
    oth = sum(t["amount"] for t in pays if not t["desc"].startswith("PAYMENT"))
    S = [("Previous Balance", "$" + fmt(prev)), ("Payments", "- $" + fmt(pay_sum)), ("Other Credits", "- $" + fmt(oth)),
         ("Purchases", "+ $" + fmt(-sum(t["amount"] for t in buys))), ("Balance Transfers", "$0.00"), ("Advances", "$0.00"),
         ("Other Debits", "$0.00"), ("Fees Charged", "+ $" + fmt(-sum((t["amount"] for t in fees), D(0)))),
         ("Interest Charged", "+ $" + fmt(-sum((t["amount"] for t in interest), D(0)))), ("New Balance", "= " + money(new))]
    for i, (a, b) in enumerate(S):
        doc.t(338, H - 122 - 10 * i, a, 7.5, a == "New Balance"); doc.t(565, H - 122 - 10 * i, b, 7.5, a == "New Balance", "r")
    doc.t(40, H - 130, "Payment Due Date", 7.5); doc.t(200, H - 130, "06/08/2025", 7.5, align="r")
    doc.t(40, H - 141, "Minimum Payment Due", 7.5); doc.t(200, H - 141, "$0.00" if credit else "$40.00", 7.5, align="r")
    doc.t(40, H - 152, "Credit Limit", 7.5); doc.t(200, H - 152, "$9,500.00", 7.5, align="r")
    y = H - 250
    doc.t(40, y, "Transactions", 11, True); y -= 16
    X = [("Post\nDate", 40, "l"), ("Trans\nDate", 80, "l"), ("Ref #", 120, "l"), ("Transaction Description", 160, "l"), ("Amount", 565, "r")]
    for ti, x, al in X:
        for k, l in enumerate(ti.split("\n")): doc.t(x, y - 9 * k, l, 7.5, True, al)
    y -= 22; doc.c.line(40, y + 10, 572, y + 10)
    for title, rows in (("Payments and Other Credits", pays), ("Purchases and Other Debits", buys), ("Fees", fees), ("Interest Charged", interest)):
        if not rows: continue
        y -= 4; doc.t(40, y, title, 8.5, True); y -= 12
        for t in rows:
            doc.t(40, y, t["post"].strftime("%m/%d"), 8); doc.t(80, y, t["date"].strftime("%m/%d"), 8); doc.t(120, y, t["ref"], 8)
            doc.t(160, y, t["desc"], 8); doc.t(565, y, money(-t["amount"]), 8, align="r"); y -= 11
        tot = -sum(t["amount"] for t in rows)
        doc.t(380, y, "Total This Period", 8, True); doc.t(565, y, money(tot), 8, True, "r"); y -= 14
    doc.t(40, 50, "U.S. Bank National Association. Cardmember Service, P.O. Box 6353, Fargo, ND 58125-6353. 800-285-8585", 5.5)
    doc.t(40, 42, "To report a lost or stolen card call 800-285-8585. usbank.com", 5.5)
    doc.c.showPage(); doc.c.save()
    write(stem, "hy_us_usbank_card", "****7742", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Barclays AAdvantage Aviator
def barclays(stem, seed, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 3), dt.date(2025, 7, 2)
    prev = D("2318.40")
    pool = [("AMERICAN AIRLINES 0012345678901 FORT WORTH TX", 140, 780), ("WHOLE FOODS MKT #10456 DALLAS TX", 20, 210),
            ("EXXONMOBIL 47781234 PLANO TX", 30, 75), ("UBER *TRIP HELP.UBER.COM CA", 9, 48), ("HILTON HOTELS AUSTIN TX", 190, 540),
            ("CHEWY.COM 800-672-4399 FL", 25, 120), ("AA INFLIGHT WIFI 800-433-7300 TX", 10, 29)]
    n = 42 if pages else 16
    buys = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, 28)); desc, lo, hi = rng.choice(pool)
        buys.append({"date": d, "desc": desc, "amount": -amt(rng, lo, hi)})
    buys.sort(key=lambda t: t["date"])
    pay = {"date": start + dt.timedelta(days=9), "desc": "Payment Received JPMORGAN CHASE", "amount": D("1500.00")}
    intr = {"date": end, "desc": "Interest Charge on Purchases", "amount": D("-15.82")}
    txs = [pay] + buys + [intr]
    for t in txs:
        t["post"] = min(end, t["date"] + dt.timedelta(days=rng.choice([0, 1, 2])))
        t["desc_lines"] = [t["desc"]]; t["bal"] = None
        t["miles"] = str(int(abs(t["amount"])) * (2 if t["desc"].startswith("AMERICAN") else 1)) if t in buys else ""
    ob = -prev; cb = ob + sum(t["amount"] for t in txs)
    usd = lambda v: ("-$" if v < 0 else "$") + fmt(abs(v))
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    H, W = doc.H, doc.W
    per = ([22] if pages else [30]) + [44] * 5
    chunks, i, k = [], 0, 0
    rows = [("h", "Payments")] + [("t", pay)] + [("tot", ("Total Payments for this Period", -pay["amount"]))] + [("h", "Purchases")] + \
           [("t", t) for t in buys] + [("tot", ("Total Purchases for this Period", -sum(t["amount"] for t in buys)))] + \
           [("h", "Interest Charged")] + [("t", intr)] + [("tot", ("Total Interest Charged for this Period", -intr["amount"]))]
    while i < len(rows):
        chunks.append(rows[i:i + per[k]]); i += per[k]; k += 1
    np_ = len(chunks)
    for p, ch in enumerate(chunks, 1):
        doc.t(40, H - 45, "BARCLAYS", 18, True); doc.t(W - 40, H - 40, "AAdvantage\u00ae Aviator\u00ae Red World Elite Mastercard\u00ae", 8.5, True, "r")
        doc.t(W - 40, H - 52, "Statement Period %s - %s" % (start.strftime("%m/%d/%y"), end.strftime("%m/%d/%y")), 7.5, align="r")
        doc.t(W - 40, H - 63, "Account Ending 3391", 7.5, align="r"); doc.t(W - 40, H - 74, "Page %d of %d" % (p, np_), 7.5, align="r")
        y = H - 100
        if p == 1:
            doc.t(40, H - 82, "ROBERT A MEDINA", 8); doc.t(40, H - 93, "7710 PRESTON RD APT 2204", 8); doc.t(40, H - 104, "DALLAS TX 75225-6611", 8)
            doc.c.rect(330, H - 210, 242, 112); doc.t(338, H - 110, "Account Summary", 8.5, True)
            S = [("Previous Balance as of %s" % (start - dt.timedelta(days=1)).strftime("%m/%d/%y"), usd(prev)), ("Payments", usd(-pay["amount"])),
                 ("Other Credits", "$0.00"), ("Purchases", "+" + usd(-sum(t["amount"] for t in buys))), ("Balance Transfers", "$0.00"),
                 ("Cash Advances", "$0.00"), ("Fees Charged", "$0.00"), ("Interest Charged", "+" + usd(-intr["amount"])),
                 ("Statement Balance as of %s" % end.strftime("%m/%d/%y"), usd(-cb))]
            for j, (a, b) in enumerate(S):
                doc.t(338, H - 122 - 10 * j, a, 7.5); doc.t(565, H - 122 - 10 * j, b, 7.5, align="r")
            doc.t(40, H - 130, "AAdvantage\u00ae Miles Summary", 8, True)
            doc.t(40, H - 141, "Miles earned this statement: %s" % fmt(sum(int(t["miles"] or 0) for t in txs), nd=0), 7.5)
            y = H - 232
            doc.t(40, y, "Transactions", 11, True); y -= 16
        else:
            doc.t(40, y, "Transactions (continued)", 9, True); y -= 16
        for ti, x, al in (("Transaction\nDate", 40, "l"), ("Posting\nDate", 100, "l"), ("Description", 160, "l"), ("Miles", 480, "r"), ("Amount", 565, "r")):
            for kk, l in enumerate(ti.split("\n")): doc.t(x, y - 9 * kk, l, 7.5, True, al)
        y -= 22; doc.c.line(40, y + 10, 572, y + 10)
        for kind, v in ch:
            if kind == "h": doc.t(40, y - 2, v, 8.5, True); y -= 14
            elif kind == "tot": doc.t(330, y, v[0], 8, True); doc.t(565, y, usd(v[1]), 8, True, "r"); y -= 14
            else:
                doc.t(40, y, v["date"].strftime("%b %d"), 8); doc.t(100, y, v["post"].strftime("%b %d"), 8); doc.t(160, y, v["desc"], 8)
                doc.t(480, y, v["miles"], 8, align="r"); doc.t(565, y, usd(-v["amount"]), 8, align="r"); y -= 12
        doc.t(40, 42, "Barclays Bank Delaware, P.O. Box 8801, Wilmington, DE 19899. AAdvantage is a registered trademark of American Airlines, Inc.", 5.5)
        doc.c.showPage()
    doc.c.save()
    write(stem, "hy_us_barclays_aadvantage", "****3391", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Tangerine No-Fee Daily Chequing
def tangerine(stem, seed, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 8, 1), dt.date(2025, 8, 31)
    ob = D("212.48") if od else D("3184.52")
    pool = [("INTERAC e-Transfer To: MAXIME TREMBLAY", 40, 400), ("Bill Payment - HYDRO ONE NETWORKS", 80, 190),
            ("Point of Sale - Interac RETAIL PURCHASE 5012 LOBLAWS #1187 TORONTO", 18, 160), ("ABM Withdrawal - TANGERINE CAFE KING ST", 40, 200),
            ("Pre-Authorized Debit - ROGERS WIRELESS", 65, 95), ("Pre-Authorized Debit - GREAT-WEST LIFE", 120, 120)]
    if od: pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
    cr = [("Payroll Deposit SHOPIFY INC", 2100, 2600), ("INTERAC e-Transfer From: OLIVIA NGUYEN", 20, 150), ("Interest Paid", 0.1, 2)]
    if od: cr = [("INTERAC e-Transfer From: OLIVIA NGUYEN", 20, 150)]
    txs = make_txns(rng, start, end, 18, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        rows.append({"d": t["date"].strftime("%d %b %Y"), "desc": t["desc_lines"], "a": fmt(t["amount"]), "b": fmt(t["bal"])})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Tangerine", 20, True); doc.t(doc.W - 40, H - 40, "Statement of Account", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "%s to %s" % (start.strftime("%B %-d, %Y"), end.strftime("%B %-d, %Y")), 8, align="r")
        doc.t(doc.W - 40, H - 63, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "Ms. Aisha Rahman", 8); doc.t(40, H - 91, "88 Harbour Street, Unit 2305", 8); doc.t(40, H - 102, "Toronto ON  M5J 0C3", 8)
            doc.t(40, H - 196, "Tangerine No-Fee Daily Chequing Account - 4018227735", 9.5, True)
            doc.c.rect(330, H - 176, 242, 68)
            doc.t(338, H - 118, "Summary", 8, True)
            S = [("Opening Balance", "$" + fmt(ob)), ("Total Deposits", "$" + fmt(sums(txs)[1])), ("Total Withdrawals", "$" + fmt(sums(txs)[0])),
                 ("Closing Balance", ("-$" if cb < 0 else "$") + fmt(abs(cb)))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 130 - 10 * i, a, 7.5); doc.t(565, H - 130 - 10 * i, b, 7.5, align="r")
            doc.t(40, H - 214, "Transaction Details", 10, True)
            return H - 232
        return H - 90

    cols = [("Transaction date", 40, "l", "d"), ("Transaction description", 120, "l", "desc"), ("Amount ($)", 470, "r", "a"), ("Balance ($)", 565, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d %b %Y"), 8); doc.t(120, y, "Opening Balance", 8); doc.t(565, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, end.strftime("%d %b %Y"), 8); doc.t(120, y - 2, "Closing Balance", 8); doc.t(565, y - 2, fmt(cb), 8, align="r")
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 40, "Tangerine Bank, 3389 Steeles Avenue East, Toronto, Ontario M2H 3S8. Tangerine is a registered trademark of The Bank of Nova Scotia.", 5.5)
        doc.t(40, 32, "Eligible deposits are insured by CDIC. Please review this statement and report any errors within 30 days. 1-888-826-4374", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=44, top_rows=[top], bottom=bottom)
    write(stem, "hy_ca_tangerine_chequing", "****7735", "CAD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 KOHO prepaid (Canada)
def koho(stem, seed, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 9, 1), dt.date(2025, 9, 30)
    ob = D("486.20")
    pool = [("Tim Hortons #2231 Vancouver BC", 2.5, 14), ("Save-On-Foods #942 Vancouver BC", 15, 140), ("Compass Vending Vancouver BC", 5, 50),
            ("Netflix.com", 16.49, 16.49), ("Uber Eats Toronto ON", 18, 55), ("Shoppers Drug Mart #2277 Vancouver BC", 6, 70)]
    cr = [("E-transfer from Liam O'Connor", 20, 200), ("Direct deposit from UBC PAYROLL", 900, 1400)]
    txs = make_txns(rng, start, end, 44 if pages else 16, pool, cr)
    allt = []
    for t in txs:
        allt.append(t)
        if t["amount"] < 0 and rng.random() < 0.4:
            cb_ = (abs(t["amount"]) * D("0.02")).quantize(C2)
            if cb_ > 0: allt.append({"date": t["date"], "desc": "Cash back: " + t["desc"], "amount": cb_})
    txs = allt
    cb = running(txs, ob)
    money = lambda v: ("-$" if v < 0 else "+$") + fmt(abs(v))
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 50)
        rows.append({"d": t["date"].strftime("%b %-d, %Y"), "desc": t["desc_lines"], "a": money(t["amount"]), "b": "$" + fmt(t["bal"])})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "KOHO", 22, True); doc.t(doc.W - 40, H - 40, "Account Statement", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "%s - %s" % (start.strftime("%b %-d, %Y"), end.strftime("%b %-d, %Y")), 8, align="r")
        doc.t(doc.W - 40, H - 63, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "Jordan Chen", 8); doc.t(40, H - 91, "1450 W 12th Ave #406", 8); doc.t(40, H - 102, "Vancouver, BC V6H 1M8", 8)
            doc.t(40, H - 124, "Account number: 000-02914-1187356", 8); doc.t(40, H - 135, "Institution: 219  Transit: 02914", 8)
            doc.c.rect(330, H - 170, 242, 66)
            doc.t(338, H - 114, "Balance summary", 8, True)
            S = [("Opening balance", "$" + fmt(ob)), ("Money in", "+$" + fmt(sums(txs)[1])), ("Money out", "-$" + fmt(sums(txs)[0])),
                 ("Closing balance", "$" + fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 126 - 10 * i, a, 7.5); doc.t(565, H - 126 - 10 * i, b, 7.5, align="r")
            doc.t(40, H - 190, "Transactions", 10, True)
            return H - 208
        doc.t(40, H - 84, "Transactions (continued)", 9, True)
        return H - 100

    cols = [("Date", 40, "l", "d"), ("Description", 130, "l", "desc"), ("Amount", 470, "r", "a"), ("Balance", 565, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 40, "KOHO Financial Inc. The KOHO Prepaid Mastercard is issued by Peoples Trust Company pursuant to a licence by Mastercard International.", 5.5)
        doc.t(40, 32, "Questions? Visit help.koho.ca or chat with us in the app.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=(30 if pages else 44))
    write(stem, "hy_ca_koho_prepaid", "****7356", "CAD", start, end, ob, cb, txs)


usbank("hy_us_usbank_altitude", 1701)
usbank("hy_us_usbank_altitude__credit", 1702, credit=True)
barclays("hy_us_barclays_aadvantage", 1711)
barclays("hy_us_barclays_aadvantage__pages", 1712, pages=True)
tangerine("hy_ca_tangerine", 1721)
tangerine("hy_ca_tangerine__od", 1722, od=True)
koho("hy_ca_koho", 1731)
koho("hy_ca_koho__pages", 1732, pages=True)
