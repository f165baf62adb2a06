#!/usr/bin/python3
"""Generator ig: 4 unseen US layouts x (base + 1 variant), exact truth. Deterministic.

Fidelity Cash Management Account (Core Account summary, Activity in Deposits / Withdrawals / Checks sections of
Date / Description / Amount, no balance column), Schwab Bank checking (Date / Type / Check # / Description /
Withdrawals / Deposits / Balance, Type and Check # not description), PenFed savings (Trans Date / Description /
Amount / Balance, dividend rows, Beginning/Ending Balance rows), M&T Bank checking (Posting Date / Description /
Deductions / Additions / Balance).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import LETTER
from corpus_kit import Doc, fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ig/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


# ---------------------------------------------------------------- 1 Fidelity Cash Management Account
def fidelity(stem, seed, n, wrapped=False, yearend=False):
    np_ = _fidelity(stem, seed, n, wrapped, yearend, "?")
    _fidelity(stem, seed, n, wrapped, yearend, str(np_))


def _fidelity(stem, seed, n, wrapped, yearend, pgs):
    rng = random.Random(seed)
    start, end = (dt.date(2024, 12, 16), dt.date(2025, 1, 15)) if yearend else (dt.date(2025, 5, 1), dt.date(2025, 5, 31))
    ob = D("8214.66")
    pool = [("DEBIT CARD PURCHASE TRADER JOES #552 BOSTON MA", 20, 160), ("BILL PAYMENT EVERSOURCE ENERGY", 60, 220),
            ("DIRECT DEBIT AMEX EPAYMENT ACH PMT", 300, 1800), ("ATM WITHDRAWAL 0425 BOYLSTON ST BOSTON MA", 40, 300),
            ("DIRECT DEBIT VERIZON WIRELESS PAYMENTS", 70, 140)]
    cr = [("DIRECT DEPOSIT ACME BIOTECH INC PAYROLL", 3100, 3900), ("TRANSFERRED FROM VS Z12-448190", 200, 1500),
          ("DIVIDEND RECEIVED FIDELITY GOVERNMENT MONEY MARKET", 0.4, 6)]
    txs = make_txns(rng, start, end, n, pool, cr)
    nchk = 3 if not wrapped else 4
    checks = []
    for k in range(nchk):
        d = start + dt.timedelta(days=rng.randint(2, 28))
        checks.append({"date": d, "desc": "Check No. %d" % (1201 + k), "amount": -D(rng.randint(4000, 90000)) / 100})
    checks.sort(key=lambda t: t["date"])
    dep = [t for t in txs if t["amount"] > 0]
    wd = [t for t in txs if t["amount"] < 0]
    if wrapped:
        for t in wd[::2]:
            t["desc"] = t["desc"] + " REF %d TRACE 0210003%d CONFIRMATION %d" % (rng.randint(10000, 99999), rng.randint(1000, 9999), rng.randint(100000, 999999))
    allt = dep + wd + checks
    for t in allt:
        t["desc_lines"] = wrap(t["desc"], 48)
    cb = ob + sum(t["amount"] for t in allt)
    out_, in_ = sums(allt)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    W, H = doc.W, doc.H
    state = {"p": 0}
    pages_total = [1]

    def header():
        state["p"] += 1
        p = state["p"]
        doc.t(40, H - 44, "Fidelity", 20, True); doc.t(40, H - 56, "INVESTMENTS", 7, True)
        doc.t(W - 40, H - 40, "CASH MANAGEMENT ACCOUNT", 9, True, "r")
        doc.t(W - 40, H - 52, "%s - %s" % (start.strftime("%B %d, %Y").replace(" 0", " "), end.strftime("%B %d, %Y")), 8, align="r")
        doc.t(W - 40, H - 63, "Account Number: Z40-118273", 8, align="r")
        doc.t(W - 40, H - 74, "Page %d of %s" % (p, pgs), 8, align="r")
        return H - 100

    def footer():
        doc.t(40, 40, "Brokerage services provided by Fidelity Brokerage Services LLC (FBS), Member NYSE, SIPC. 900 Salem Street, Smithfield, RI 02917.", 5.5)
        doc.t(40, 32, "Fidelity Cash Management Account is a brokerage account; the core position is not a bank deposit.", 5.5)

    y = header()
    doc.t(40, y, "ELIZABETH A. MORENO", 8); doc.t(40, y - 11, "77 COMMONWEALTH AVE UNIT 4", 8); doc.t(40, y - 22, "BOSTON MA 02116-2204", 8)
    doc.c.rect(330, y - 82, 242, 88)
    doc.t(338, y - 6, "Core Account Summary", 8, True)
    doc.t(338, y - 17, "FIDELITY GOVERNMENT MONEY MARKET (SPAXX)", 6.5)
    S = [("Beginning Balance", fmt(ob)), ("Deposits", fmt(in_)), ("Withdrawals", "-" + fmt(out_)), ("Ending Balance", fmt(cb))]
    for i, (a, b) in enumerate(S):
        doc.t(338, y - 30 - 11 * i, a, 7.5, i in (0, 3)); doc.t(565, y - 30 - 11 * i, "$" + b if not b.startswith("-") else "-$" + b[1:], 7.5, i in (0, 3), "r")
    doc.t(40, y - 60, "Your Cash Management Account is protected by FDIC insurance on", 6.5)
    doc.t(40, y - 68, "balances swept to program banks, up to applicable limits.", 6.5)
    y -= 110
    doc.t(40, y, "Activity", 12, True); y -= 20
    for title, rows, tot in (("Deposits", dep, "Total Deposits"), ("Withdrawals", wd, "Total Withdrawals"), ("Checks", checks, "Total Checks")):
        doc.t(40, y, title, 9.5, True); y -= 13
        doc.t(40, y, "Date", 7.5, True); doc.t(90, y, "Description", 7.5, True); doc.t(570, y, "Amount", 7.5, True, "r")
        doc.c.line(40, y - 3, W - 40, y - 3); y -= 13
        for t in rows:
            need = 11 * len(t["desc_lines"]) + 2
            if y - need < 70:
                footer(); doc.c.showPage(); y = header() - 10
                doc.t(40, y, title + " (continued)", 9.5, True); y -= 13
                doc.t(40, y, "Date", 7.5, True); doc.t(90, y, "Description", 7.5, True); doc.t(570, y, "Amount", 7.5, True, "r")
                doc.c.line(40, y - 3, W - 40, y - 3); y -= 13
            doc.t(40, y, t["date"].strftime("%m/%d"), 8)
            for k, l in enumerate(t["desc_lines"]):
                doc.t(90, y - 11 * k, l, 8)
            doc.t(570, y, fmt(t["amount"]), 8, align="r")
            y -= need
        s = sum((t["amount"] for t in rows), D(0))
        doc.c.line(400, y + 7, W - 40, y + 7)
        doc.t(90, y - 2, tot, 8, True); doc.t(570, y - 2, fmt(s), 8, True, "r"); y -= 24
    footer(); doc.c.showPage(); doc.c.save()
    write(stem, "ig_us_fidelity_cma", "****8273", "USD", start, end, ob, cb, allt)
    return state["p"]


# ---------------------------------------------------------------- 2 Schwab Bank checking
def schwab(stem, seed, n, od=False, per_page=44):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("4912.35") if od else D("5120.48")
    pool = [("VISA", "BLUE BOTTLE COFFEE OAKLAND CA", 4, 22), ("ACH", "PG&E WEBRECURRING {r}", 80, 240),
            ("ATM", "ATM WITHDRAWAL WELLS FARGO 1420 BROADWAY", 60, 300), ("CHECK", "CHECK PAID", 90, 1400),
            ("ACH", "SCHWAB BROKERAGE MONEYLINK TRANSFER", 200, 900), ("VISA", "SAFEWAY #1204 BERKELEY CA", 20, 180)]
    cr = [("ACH", "ACME ROBOTICS INC DIRECT DEP {r}", 2600, 3400), ("ATMREBATE", "ATM FEE REBATE", 2.5, 6),
          ("DEPOSIT", "MOBILE DEPOSIT", 50, 700)]
    days = (end - start).days
    txs = []
    chk = 3311
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.22:
            ty, desc, lo, hi = rng.choice(cr); s = 1
        else:
            ty, desc, lo, hi = rng.choice(pool); s = -1
        amt = D(rng.randint(int(lo * 100), int(hi * 100))) / 100 * s
        txs.append({"date": d, "type": ty, "desc": desc.format(r=rng.randint(100000, 999999)), "amount": amt})
    txs.sort(key=lambda t: t["date"])
    if od:
        big = {"date": dt.date(2025, 6, 9), "type": "ACH", "desc": "IRS USATAXPYMT {r}".format(r=270418), "amount": D("-1850.00")}
        txs.append(big); txs.sort(key=lambda t: t["date"])
    for t in txs:
        if t["type"] == "CHECK":
            t["chk"] = str(chk); chk += 1
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        r = {"d": t["date"].strftime("%m/%d"), "ty": t["type"], "desc": t["desc_lines"], "b": fmt(t["bal"])}
        if "chk" in t: r["ck"] = t["chk"]
        r["wd" if t["amount"] < 0 else "dp"] = fmt(abs(t["amount"]))
        rows.append(r)
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "charles", 16, True); doc.t(108, H - 46, "SCHWAB", 16, True)
        doc.t(40, H - 57, "Schwab Bank", 7.5)
        doc.t(W - 40, H - 40, "Schwab Bank Investor Checking\u2122", 9, True, "r")
        doc.t(W - 40, H - 52, "Statement Period: %s to %s" % (start.strftime("%B %-d, %Y"), end.strftime("%B %-d, %Y")), 7.5, align="r")
        doc.t(W - 40, H - 63, "Account Number: 4401-88215697", 7.5, align="r")
        doc.t(W - 40, H - 74, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 100, "Transaction Detail (continued)", 9, True)
            return H - 118
        doc.t(40, H - 90, "MICHAEL T. NGUYEN", 8); doc.t(40, H - 101, "2250 DWIGHT WAY APT 3", 8); doc.t(40, H - 112, "BERKELEY CA 94704", 8)
        doc.c.rect(330, H - 168, 242, 78)
        doc.t(338, H - 100, "Account Summary", 8, True)
        S = [("Beginning Balance", fmt(ob)), ("Deposits", fmt(in_)), ("Withdrawals", fmt(-out_)), ("Ending Balance", fmt(cb))]
        for i, (a, b) in enumerate(S):
            doc.t(338, H - 113 - 11 * i, a, 7.5); doc.t(565, H - 113 - 11 * i, "$" + b if b[0] != "-" else "-$" + b[1:], 7.5, align="r")
        doc.t(40, H - 190, "Transaction Detail", 10, True)
        return H - 208

    cols = [("Date", 40, "l", "d"), ("Type", 75, "l", "ty"), ("Check #", 130, "l", "ck"), ("Description", 170, "l", "desc"),
            ("Withdrawals", 430, "r", "wd"), ("Deposits", 495, "r", "dp"), ("Balance", 570, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%m/%d"), 8); doc.t(170, y, "Beginning Balance", 8); doc.t(570, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%m/%d"), 8); doc.t(170, y, "Ending Balance", 8); doc.t(570, y, fmt(cb), 8, align="r")
        doc.c.line(330, y - 6, 572, y - 6)
        doc.t(170, y - 16, "Total Activity", 8, True); doc.t(430, y - 16, fmt(out_), 8, True, "r"); doc.t(495, y - 16, fmt(in_), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "Schwab Bank, Member FDIC and an Equal Housing Lender. Deposit and lending products are offered by Charles Schwab Bank, SSB.", 5.5)
        doc.t(40, 36, "Your Investor Checking account refunds ATM fees worldwide. Questions? Call 1-888-403-9000, 24/7.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, lh=11, per_page=per_page, top_rows=[top], bottom=bottom)
    write(stem, "ig_us_schwab_bank", "****5697", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 PenFed savings
def penfed(stem, seed, n, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("12604.90")
    pool = [("ONLINE TRANSFER TO CHECKING 0007", 100, 1500), ("ACH WITHDRAWAL VANGUARD BUY INVESTMENT", 200, 1000),
            ("WITHDRAWAL SHARE DRAFT TRANSFER", 50, 400)]
    cr = [("ONLINE TRANSFER FROM CHECKING 0007", 100, 1200), ("ACH DEPOSIT US TREASURY 310 TAX REF", 300, 1400),
          ("DEPOSIT MOBILE BRANCH", 40, 600)]
    txs = make_txns(rng, start, end, n, pool, cr)
    # dividends: monthly credit on the last day
    txs.append({"date": end, "desc": "DIVIDEND", "amount": D("41.27")})
    if pages:
        txs.append({"date": dt.date(2025, 4, 15), "desc": "DIVIDEND ADJUSTMENT", "amount": D("0.00")})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        rows.append({"d": t["date"].strftime("%m/%d/%Y"), "desc": t["desc_lines"], "a": fmt(t["amount"]), "b": fmt(t["bal"])})

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "PenFed", 18, True); doc.t(40, H - 57, "CREDIT UNION", 7, True)
        doc.t(W - 40, H - 40, "Statement of Accounts", 10, True, "r")
        doc.t(W - 40, H - 52, "Statement Period %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 7.5, align="r")
        doc.t(W - 40, H - 63, "Member Number: 0031847762", 7.5, align="r")
        doc.t(W - 40, H - 74, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 90, "SGT ROBERT L KING", 8); doc.t(40, H - 101, "4410 FORT BRAGG RD", 8); doc.t(40, H - 112, "FAYETTEVILLE NC 28303", 8)
            doc.c.rect(330, H - 170, 242, 80)
            doc.t(338, H - 100, "Dividends Summary", 8, True)
            for i, (a, b) in enumerate([("Dividends Earned This Period", "$41.27"), ("Dividends Earned YTD", "$158.02"),
                                        ("Annual Percentage Yield Earned", "3.95%"), ("Days in Period", "30")]):
                doc.t(338, H - 113 - 11 * i, a, 7.5); doc.t(565, H - 113 - 11 * i, b, 7.5, align="r")
            doc.t(40, H - 190, "Premium Online Savings", 10, True)
            doc.t(40, H - 202, "Account Number: 0031847762-00", 7.5)
            return H - 220
        doc.t(40, H - 100, "Premium Online Savings (continued)", 9, True)
        return H - 118

    cols = [("Trans Date", 40, "l", "d"), ("Description", 115, "l", "desc"), ("Amount", 470, "r", "a"), ("Balance", 570, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%m/%d/%Y"), 8); doc.t(115, y, "Beginning Balance", 8); doc.t(570, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%m/%d/%Y"), 8); doc.t(115, y, "Ending Balance", 8); doc.t(570, y, fmt(cb), 8, align="r")
        return y - 20

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(115, y, "Balance Forward", 8); doc.t(570, y, r["b"], 8, align="r")
        else:
            doc.t(115, y, "Balance Forward", 8); doc.t(570, y, fmt(running_prev(r)), 8, align="r")
        return y - 13

    def running_prev(r):
        i = rows.index(r)
        return txs[i - 1]["bal"] if i > 0 else ob

    def footer(doc, p, np_):
        doc.t(40, 44, "Pentagon Federal Credit Union. Federally insured by NCUA. Equal Housing Lender. PO Box 1432, Alexandria, VA 22313-2032.", 5.5)
        doc.t(40, 36, "Dividends are calculated by the daily balance method. Rates are variable and may change after the account is opened.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, lh=11, per_page=20 if pages else 44,
           cf=cf, top_rows=[top], bottom=bottom)
    write(stem, "ig_us_penfed", "****6200", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 M&T Bank checking
def mtb(stem, seed, n, wrapped=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 1), dt.date(2025, 3, 31)
    ob = D("3377.12")
    pool = [("POINT OF SALE WEGMANS #045 AMHERST NY", 15, 190), ("ACH DEBIT NATIONAL GRID WEB PAY {r}", 70, 240),
            ("ATM WITHDRAWAL M&T ATM 1 M&T PLAZA BUFFALO", 40, 300), ("CHECK {r}", 80, 900),
            ("ACH DEBIT GEICO AUTO PAYMENT", 90, 180), ("MONTHLY MAINTENANCE FEE", 0, 0)]
    cr = [("ACH CREDIT UNIV AT BUFFALO PAYROLL", 2200, 2900), ("DEPOSIT AT BRANCH 0213", 60, 800)]
    txs = make_txns(rng, start, end, n, pool, cr)
    for t in txs:
        if t["amount"] == 0:
            t["amount"] = D("0.00")
    if wrapped:
        for t in txs[1::3]:
            t["desc"] = t["desc"] + " ORIG CO ID 1311451720 SEC PPD TRACE# 02100002%d IND ID %d" % (rng.randint(1000000, 9999999), rng.randint(10000, 99999))
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        r = {"d": t["date"].strftime("%m/%d/%y"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["dd" if t["amount"] <= 0 else "ad"] = fmt(abs(t["amount"]))
        rows.append(r)
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "M&T Bank", 18, True); doc.t(40, H - 57, "Understanding what's important\u00ae", 7)
        doc.t(W - 40, H - 40, "MyChoice Premium Checking", 9, True, "r")
        doc.t(W - 40, H - 52, "Statement Period: %s - %s" % (start.strftime("%m/%d/%y"), end.strftime("%m/%d/%y")), 7.5, align="r")
        doc.t(W - 40, H - 63, "Account Number: 9870-2215-4416", 7.5, align="r")
        doc.t(W - 40, H - 74, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p > 1:
            return H - 100
        doc.t(40, H - 90, "JENNIFER M KOWALSKI", 8); doc.t(40, H - 101, "118 LINWOOD AVE", 8); doc.t(40, H - 112, "BUFFALO NY 14209-1604", 8)
        doc.c.rect(330, H - 168, 242, 78)
        doc.t(338, H - 100, "Account Summary", 8, True)
        S = [("Beginning balance", fmt(ob)), ("Deposits and other credits", "+" + fmt(in_)),
             ("Checks and other debits", "-" + fmt(out_)), ("Ending balance", fmt(cb))]
        for i, (a, b) in enumerate(S):
            doc.t(338, H - 113 - 11 * i, a, 7.5); doc.t(565, H - 113 - 11 * i, "$" + b if b[0] not in "+-" else b[0] + "$" + b[1:], 7.5, align="r")
        doc.t(40, H - 190, "TRANSACTION DETAIL", 10, True)
        return H - 208

    cols = [("Posting\nDate", 40, "l", "d"), ("Description", 95, "l", "desc"), ("Deductions", 400, "r", "dd"),
            ("Additions", 480, "r", "ad"), ("Balance", 570, "r", "b")]

    def top(doc, y):
        doc.t(95, y, "Beginning balance", 8); doc.t(570, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(95, y, "Ending balance", 8); doc.t(570, y, fmt(cb), 8, align="r")
        doc.t(40, y - 26, "Overdraft Fees: Total for this period $0.00   Total year-to-date $0.00", 7)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 44, "M&T Bank, One M&T Plaza, Buffalo, NY 14203. Member FDIC. Equal Housing Lender.", 5.5)
        doc.t(40, 36, "Need help? Call 1-800-724-2440 or visit mtb.com. Report errors within 60 days of this statement.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, lh=11, per_page=40, top_rows=[top], bottom=bottom)
    write(stem, "ig_us_mtb", "****4416", "USD", start, end, ob, cb, txs)


fidelity("ig_us_fidelity_cma", 1801, 14)
fidelity("ig_us_fidelity_cma__wrapped", 1802, 36, wrapped=True)
fidelity("ig_us_fidelity_cma__yearend", 1803, 16, yearend=True)
schwab("ig_us_schwab_bank", 1811, 18)
schwab("ig_us_schwab_bank__overdraft", 1812, 14, od=True)
schwab("ig_us_schwab_bank__pages", 1813, 52, per_page=30)
penfed("ig_us_penfed", 1821, 12)
penfed("ig_us_penfed__pages", 1822, 34, pages=True)
mtb("ig_us_mtb", 1831, 18)
mtb("ig_us_mtb__wrapped", 1832, 22, wrapped=True)
