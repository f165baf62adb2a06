#!/usr/bin/python3
"""Generator hc: 6 untuned layouts x (base + 1 variant), exact truth. Deterministic.

Citibank US checking (Debits/Credits columns, Opening/Closing Balance rows, Total Debits/Credits), Capital One 360
(signed "- $45.00" amounts, a Category column that is not description), Halifax (Type codes that are not
description, Money In/Money Out), NatWest (BROUGHT FORWARD, date once per day, balance at each day's end only, OD),
ANZ Access Advantage (OPENING BALANCE, TOTALS AT END OF PAGE, "blank" printed in empty cells), Tangerine (signed Amount, Opening Balance row).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from corpus_kit import C2, fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hc/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)



# ---------------------------------------------------------------- 1 Citibank US (Citigold checking: Checking Activity)
def citi(stem, seed, n=20, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 2, 8), dt.date(2025, 3, 7)
    ob = D("6412.87")
    pool = [("DEBIT CARD PURCHASE {r} WHOLEFDS CHE 10259 NEW YORK NY", 20, 240), ("ATM WITHDRAWAL CITIBANK 0517 E 42ND ST NEW YORK NY", 60, 400),
            ("ACH DEBIT CON ED OF NY INTELL CK {r}", 80, 260), ("ZELLE TO MARCUS GREEN ON 02/{r}", 20, 600),
            ("CHECK NO: 1{r}", 150, 2400), ("ACH DEBIT AMEX EPAYMENT ACH PMT W{r}", 300, 2600),
            ("DEBIT CARD PURCHASE {r} MTA*NYCT PAYGO NEW YORK NY", 2.9, 34)]
    cr = [("ACH ELECTRONIC CREDIT ACME HOLDINGS PAYROLL", 3800, 4600), ("ZELLE FROM PRIYA SHAH ON 02/{r}", 25, 300),
          ("MOBILE DEPOSIT REF NUMBER :{r}", 100, 900)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 44)
        r = {"d": t["date"].strftime("%m/%d"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "citi", 22, True); doc.t(92, H - 45, "Citigold", 10, True)
        doc.t(doc.W - 40, H - 40, "CITIGOLD ACCOUNT STATEMENT", 9, True, "r")
        doc.t(doc.W - 40, H - 52, "%s - %s" % (start.strftime("%b %d, %Y"), end.strftime("%b %d, %Y")), 8, align="r")
        doc.t(doc.W - 40, H - 63, "Account 42071593", 8, align="r")
        doc.t(doc.W - 40, H - 74, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "DANIEL R OKAFOR", 8); doc.t(40, H - 91, "245 E 54TH ST APT 12F", 8); doc.t(40, H - 102, "NEW YORK NY 10022-4816", 8)
            doc.c.rect(330, H - 170, 242, 78)
            doc.t(338, H - 104, "Relationship Summary", 8, True)
            S = [("Checking", ""), ("Citigold Interest Checking  42071593", ""), ("Beginning Balance", "$" + fmt(ob)),
                 ("Ending Balance", "$" + fmt(cb)), ("Savings", "$0.00")]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 116 - 10 * i, a, 7.5); doc.t(565, H - 116 - 10 * i, b, 7.5, align="r")
            doc.t(40, H - 190, "CHECKING ACTIVITY", 10, True)
            doc.t(40, H - 202, "Citigold Interest Checking 42071593", 8)
            return H - 222
        doc.t(40, H - 100, "CHECKING ACTIVITY (continued)", 9, True)
        return H - 118

    cols = [("Date", 40, "l", "d"), ("Description", 82, "l", "desc"), ("Debits", 400, "r", "dr"), ("Credits", 480, "r", "cr"),
            ("Balance", 565, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%m/%d"), 8); doc.t(82, y, "Opening Balance", 8); doc.t(565, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, end.strftime("%m/%d"), 8); doc.t(82, y - 2, "Closing Balance", 8); doc.t(565, y - 2, fmt(cb), 8, align="r")
        doc.t(82, y - 16, "Total Debits/Credits", 8, True); doc.t(400, y - 16, fmt(dr), 8, True, "r"); doc.t(480, y - 16, fmt(crs), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 40, "Citibank, N.A. Member FDIC. Equal Housing Lender. (C) 2025 Citigroup Inc. Citi, Citi with Arc Design and Citigold are", 5.5)
        doc.t(40, 32, "registered service marks of Citigroup Inc. In case of errors or questions about your electronic transfers call 1-888-248-4465.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=(20 if pages else 44), top_rows=[top], bottom=bottom)
    write(stem, "hc_us_citi", "****1593", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Capital One 360 Checking
def c1(stem, seed, n=18, longdesc=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("2287.40")
    pool = [("Debit Card Purchase - TRADER JOE S 542 ARLINGTON VA", "Groceries", 15, 140), ("Debit Card Purchase - SHELL OIL 57444 MCLEAN VA", "Gas/Automotive", 25, 70),
            ("Withdrawal to DOMINION ENERGY VIRGINIA", "Bills & Utilities", 60, 220), ("Zelle money sent to JORDAN LEE", "Transfer", 20, 300),
            ("ATM Withdrawal - CAPITAL ONE CAFE TYSONS VA", "Cash", 40, 200), ("Debit Card Purchase - NETFLIX.COM 866-579-7172 CA", "Entertainment", 15.49, 15.49)]
    if longdesc:
        pool.append(("Withdrawal to APPLE CARD GSBANK PAYMENT ID {r} WEB ONLINE BILL PAYMENT ACCOUNT ENDING 4410", "Payments", 200, 900))
    cr = [("Deposit from BOOZ ALLEN HAMIL PAYROLL", "Paycheck", 2400, 3100), ("Zelle money received from AMY CHEN", "Transfer", 20, 200),
          ("Monthly Interest Paid", "Interest", 0.2, 1.5)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: desc, cat, lo, hi = rng.choice(cr); sg = 1
        else: desc, cat, lo, hi = rng.choice(pool); sg = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sg
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999)), "cat": cat, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    money = lambda v: ("- $" if v < 0 else "+ $") + fmt(abs(v))
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 42)
        rows.append({"d": t["date"].strftime("%b %d"), "desc": t["desc_lines"], "c": t["cat"], "a": money(t["amount"]), "b": "$" + fmt(t["bal"])})
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Capital One", 18, True)
        doc.t(doc.W - 40, H - 40, "STATEMENT PERIOD", 7, True, "r")
        doc.t(doc.W - 40, H - 51, "%s - %s" % (start.strftime("%b %-d, %Y"), end.strftime("%b %-d, %Y")), 8, align="r")
        doc.t(doc.W - 40, H - 62, "Page %d of %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 78, "SARAH M PATEL", 8); doc.t(40, H - 89, "4100 N FAIRFAX DR APT 818", 8); doc.t(40, H - 100, "ARLINGTON VA 22203-1622", 8)
            doc.t(40, H - 124, "360 Checking...8833", 11, True)
            doc.c.rect(330, H - 172, 242, 70)
            doc.t(338, H - 112, "ACCOUNT SUMMARY", 7.5, True)
            S = [("Opening Balance", "$" + fmt(ob)), ("Deposits/Credits", "$" + fmt(crs)), ("Withdrawals/Debits", "$" + fmt(dr)),
                 ("Closing Balance", "$" + fmt(cb)), ("Annual Percentage Yield Earned", "0.10%")]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 124 - 10 * i, a, 7.5); doc.t(565, H - 124 - 10 * i, b, 7.5, align="r")
            doc.t(40, H - 190, "ACCOUNT DETAILS", 9, True)
            return H - 208
        return H - 90

    cols = [("DATE", 40, "l", "d"), ("DESCRIPTION", 82, "l", "desc"), ("CATEGORY", 330, "l", "c"), ("AMOUNT", 490, "r", "a"), ("BALANCE", 565, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%b %d"), 8); doc.t(82, y, "Opening Balance", 8); doc.t(565, y, "$" + fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, end.strftime("%b %d"), 8); doc.t(82, y - 2, "Closing Balance", 8); doc.t(565, y - 2, "$" + fmt(cb), 8, align="r")
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 40, "Products and services offered by Capital One, N.A., Member FDIC. (C) 2025 Capital One. Questions? Call us at 1-888-464-0727", 5.5)
        doc.t(40, 32, "or write to Capital One, P.O. Box 85123, Richmond, VA 23285. capitalone.com", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=46, top_rows=[top], bottom=bottom)
    write(stem, "hc_us_capitalone360", "****8833", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Halifax (UK current account)
def halifax(stem, seed, n=22, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 1), dt.date(2025, 3, 31)
    ob = D("84.12") if od else D("1742.55")
    pool = [("TESCO STORES 2291 LEEDS", "DEB", 8, 90), ("TFL TRAVEL CH TFL.GOV.UK/CP", "DEB", 2.8, 18), ("BRITISH GAS", "DD", 70, 140),
            ("COUNCIL TAX LEEDS CC", "DD", 150, 150), ("JOHN SMITH RENT MARCH", "FPO", 650, 650), ("LINK ATM LEEDS BRIGGATE", "CPT", 20, 200),
            ("AMAZON.CO.UK*RT4YH2 AMAZON.CO.UK", "DEB", 6, 120), ("VODAFONE LTD", "DD", 22, 40)]
    if od: pool = [(a, b, lo * 2, hi * 2) for a, b, lo, hi in pool]
    cr = [("ACME LOGISTICS LTD SALARY", "BGC", 1900, 2400), ("S JONES PAYBACK", "FPI", 10, 80)]
    if od: cr = [("S JONES PAYBACK", "FPI", 10, 80)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: desc, ty, lo, hi = rng.choice(cr); sg = 1
        else: desc, ty, lo, hi = rng.choice(pool); sg = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sg
        txs.append({"date": d, "desc": desc, "ty": ty, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        r = {"d": t["date"].strftime("%d %b %y"), "desc": t["desc_lines"], "ty": t["ty"], "b": fmt(t["bal"])}
        r["out" if t["amount"] < 0 else "in"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "HALIFAX", 20, True)
        doc.t(doc.W - 40, H - 40, "Your Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 53, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 78, "Mr Thomas Whitaker", 8); doc.t(40, H - 89, "14 Otley Road", 8); doc.t(40, H - 100, "Headingley", 8); doc.t(40, H - 111, "LEEDS LS6 3AA", 8)
            doc.t(330, H - 78, "Reward Current Account", 9, True)
            doc.t(330, H - 90, "Sort Code 11-05-88   Account Number 31847726", 8)
            doc.t(330, H - 101, "%s to %s" % (start.strftime("%d %B %Y"), end.strftime("%d %B %Y")), 8)
            doc.c.rect(330, H - 175, 225, 62)
            doc.t(338, H - 124, "Account Summary", 8, True)
            S = [("Balance on %s" % start.strftime("%d %B %Y"), fmt(ob)), ("Money In", fmt(crs)), ("Money Out", fmt(dr)),
                 ("Balance on %s" % end.strftime("%d %B %Y"), fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 136 - 10 * i, a, 7.5); doc.t(548, H - 136 - 10 * i, b, 7.5, align="r")
            doc.t(40, H - 196, "Your Transactions", 10, True)
            return H - 214
        return H - 80

    cols = [("Date", 40, "l", "d"), ("Description", 90, "l", "desc"), ("Type", 300, "l", "ty"), ("Money In (£)", 400, "r", "in"),
            ("Money Out (£)", 475, "r", "out"), ("Balance (£)", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 40, "Halifax is a division of Bank of Scotland plc. Registered in Scotland No. SC327000. Registered Office: The Mound, Edinburgh EH1 1YZ.", 5.5)
        doc.t(40, 32, "Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA under number 169628.", 5.5)
        doc.t(40, 24, "Transaction types: BGC Bank Giro Credit, CPT Cashpoint, DD Direct Debit, DEB Debit Card, FPI/FPO Faster Payment In/Out.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=48)
    write(stem, "hc_uk_halifax", "****7726", "GBP", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 NatWest (UK: BROUGHT FORWARD, date once a day, balance at day end)
def natwest(stem, seed, n=24, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 12), dt.date(2025, 7, 11)
    ob = D("956.30")
    pool = [("Card Transaction 4563 11JUN25 C SAINSBURYS S/MKTS BRISTOL GB", 10, 95), ("Direct Debit SKY DIGITAL 4R7YH2", 30, 80),
            ("OnLine Transaction FROM A/C 60-02-15 78413209 VIA MOBILE XFER", 50, 400), ("Standing Order GRAVELLE PROPS RENT", 725, 725),
            ("Cash Withdrawal 4563 NATWEST BRISTOL 12JUN", 20, 150), ("Card Transaction 4563 DELIVEROO.CO.UK LONDON GB", 12, 45)]
    cr = [("Automated Credit BRISTOL UNI SALARY JUN", 2100, 2600), ("Automated Credit H MORGAN DINNER", 10, 60)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    od = lambda v: fmt(-v) + " OD" if v < 0 else fmt(v)
    rows = []
    for k, t in enumerate(txs):
        t["desc_lines"] = wrap(t["desc"], 38)
        t["shown"] = k == len(txs) - 1 or txs[k + 1]["date"] != t["date"]
        first = k == 0 or txs[k - 1]["date"] != t["date"]
        r = {"desc": t["desc_lines"]}
        if first: r["d"] = t["date"].strftime("%d %b").upper()
        if t["shown"]: r["b"] = od(t["bal"])
        r["w" if t["amount"] < 0 else "p"] = fmt(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "NatWest", 20, True)
        doc.t(doc.W - 40, H - 40, "Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 53, "Page No. %d of %d" % (p, np_), 8, align="r")
        doc.t(330, H - 66, "Period %s to %s" % (start.strftime("%d %b %Y"), end.strftime("%d %b %Y")), 8)
        if p == 1:
            doc.t(40, H - 80, "MISS HANNAH E MORGAN", 8); doc.t(40, H - 91, "FLAT 3 22 CHURCH ROAD", 8); doc.t(40, H - 102, "BRISTOL BS5 8AB", 8)
            doc.c.rect(330, H - 150, 225, 72)
            doc.t(338, H - 90, "Select Account", 8, True)
            S = [("Sort Code", "60-02-15"), ("Account No", "41296608"), ("BIC", "NWBKGB2L"), ("IBAN", "GB91 NWBK 6002 1541 2966 08")]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 102 - 10 * i, a, 7.5); doc.t(548, H - 102 - 10 * i, b, 7.5, align="r")
            doc.t(40, H - 170, "Summary", 9, True)
            doc.t(40, H - 182, "Previous Balance %s   Paid In %s   Withdrawn %s   New Balance %s" % ("£" + fmt(ob), "£" + fmt(sums(txs)[1]), "£" + fmt(sums(txs)[0]), "£" + od(cb)), 8)
            return H - 204
        return H - 86

    cols = [("Date", 40, "l", "d"), ("Description", 100, "l", "desc"), ("Paid In(£)", 390, "r", "p"), ("Withdrawn(£)", 470, "r", "w"),
            ("Balance(£)", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d %b %Y").upper(), 8); doc.t(100, y, "BROUGHT FORWARD", 8); doc.t(555, y, od(ob), 8, align="r")
        return y - 13

    def cf(doc, y, row, kind):
        i = rows.index(row)
        if kind == "cf":
            doc.t(100, y, "CARRIED FORWARD", 8); doc.t(555, y, od(txs[i]["bal"]), 8, align="r")
        else:
            doc.t(100, y, "BROUGHT FORWARD", 8); doc.t(555, y, od(txs[i - 1]["bal"]), 8, align="r")
        return y - 13

    def footer(doc, p, np_):
        doc.t(40, 40, "National Westminster Bank Plc. Registered in England and Wales No. 929027. Registered Office: 250 Bishopsgate, London EC2M 4AA.", 5.5)
        doc.t(40, 32, "Authorised by the Prudential Regulation Authority and regulated by the FCA and the PRA. Financial Services Register number 121878.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(22 if pages else 50), top_rows=[top],
           cf=cf if pages else None)
    write(stem, "hc_uk_natwest", "****6608", "GBP", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 ANZ Access Advantage (Australia)
def anz(stem, seed, n=22, pages=False, blank=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 17), dt.date(2025, 5, 16)
    ob = D("3318.64")
    pool = [("VISA DEBIT PURCHASE CARD 8842 WOOLWORTHS 3321 MELBOURNE", 15, 180), ("EFTPOS COLES 0456 RICHMOND AU", 10, 120),
            ("ANZ INTERNET BANKING BPAY AGL ENERGY {r}", 120, 420), ("TRANSFER TO CBA PAYID PHONE FROM APP RENT", 480, 620),
            ("ANZ ATM SWANSTON ST MELBOURNE", 20, 300), ("VISA DEBIT PURCHASE CARD 8842 MYKI TOPUP MELBOURNE", 10, 50),
            ("MONTHLY ACCOUNT SERVICE FEE", 5, 5)]
    cr = [("PAY/SALARY FROM TELSTRA CORP LTD", 2800, 3500), ("TRANSFER FROM J NGUYEN DINNER", 20, 90)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 42)
        r = {"d": t["date"].strftime("%d %b").upper(), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["w" if t["amount"] < 0 else "dp"] = fmt(abs(t["amount"]))
        if blank:
            # ANZ prints the word "blank" in a cell a row leaves empty, the balance only at each day's end.
            k = len(rows)
            t["shown"] = k == len(txs) - 1 or txs[k + 1]["date"] != t["date"]
            r["dp" if t["amount"] < 0 else "w"] = "blank"
            r["b"] = r["b"] if t["shown"] else "blank"
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "ANZ", 22, True)
        doc.t(doc.W - 40, H - 40, "ACCESS ADVANTAGE STATEMENT", 10, True, "r")
        doc.t(doc.W - 40, H - 53, "Statement starts %s" % start.strftime("%d %B %Y"), 8, align="r")
        doc.t(doc.W - 40, H - 64, "Statement ends %s" % end.strftime("%d %B %Y"), 8, align="r")
        doc.t(doc.W - 40, H - 75, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "MS LINH T NGUYEN", 8); doc.t(40, H - 91, "UNIT 4 18 DOVER ST", 8); doc.t(40, H - 102, "RICHMOND VIC 3121", 8)
            doc.c.rect(330, H - 170, 225, 80)
            doc.t(338, H - 100, "Account Details", 8, True)
            S = [("Branch Number (BSB)", "013-006"), ("Account Number", "4928-51773"), ("Opening Balance", "$" + fmt(ob)),
                 ("Total Deposits", "+$" + fmt(crs)), ("Total Withdrawals", "-$" + fmt(dr)), ("Closing Balance", "$" + fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 112 - 10 * i, a, 7.5); doc.t(548, H - 112 - 10 * i, b, 7.5, align="r")
            doc.t(40, H - 188, "Transaction Details", 10, True)
            return H - 206
        return H - 96

    cols = [("Date", 40, "l", "d"), ("Transaction Details", 86, "l", "desc"), ("Withdrawals ($)", 395, "r", "w"), ("Deposits ($)", 475, "r", "dp"),
            ("Balance ($)", 555, "r", "b")]

    def top(doc, y):
        doc.t(86, y, "OPENING BALANCE", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def page_totals(doc, y, prs):
        w = sum(-t["amount"] for t in prs if t["amount"] < 0); d_ = sum(t["amount"] for t in prs if t["amount"] > 0)
        doc.t(86, y, "TOTALS AT END OF PAGE", 8, True); doc.t(395, y, "$" + fmt(w), 8, True, "r"); doc.t(475, y, "$" + fmt(d_), 8, True, "r")

    state = {"from": 0}

    def cf(doc, y, row, kind):
        i = rows.index(row)
        if kind == "cf":
            page_totals(doc, y - 2, txs[state["from"]:i + 1]); state["from"] = i + 1
            return y - 15
        doc.t(86, y, "BALANCE BROUGHT FORWARD", 8); doc.t(555, y, fmt(txs[i - 1]["bal"]), 8, align="r")
        return y - 13

    def bottom(doc, y):
        page_totals(doc, y - 2, txs[state["from"]:])
        doc.t(86, y - 16, "TOTALS AT END OF PERIOD", 8, True); doc.t(395, y - 16, "$" + fmt(dr), 8, True, "r"); doc.t(475, y - 16, "$" + fmt(crs), 8, True, "r")
        doc.t(555, y - 16, "$" + fmt(cb), 8, True, "r")
        doc.t(86, y - 30, "This Statement Includes", 8, True)
        doc.t(86, y - 41, "Interest earned on deposits  $0.00       Fees charged  $5.00", 8)
        return y - 50

    def footer(doc, p, np_):
        doc.t(40, 40, "Australia and New Zealand Banking Group Limited (ANZ) ABN 11 005 357 522. Australian Credit Licence 234527.", 5.5)
        doc.t(40, 32, "If you think there is an error on this statement, please contact us on 13 13 14. Please retain this statement for taxation purposes.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(20 if pages else 48), top_rows=[top], bottom=bottom,
           cf=cf if pages else None)
    write(stem, "hc_au_anz", "****1773", "AUD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Tangerine Chequing (Canada)
def tangerine(stem, seed, n=18, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 9, 1), dt.date(2025, 9, 30)
    ob = D("4105.22")
    pool = [("INTERAC e-Transfer To: OLIVIA TREMBLAY", 20, 400), ("Bill Payment - HYDRO ONE NETWORKS", 80, 240),
            ("Pre-authorized Withdrawal - ROGERS WIRELESS", 60, 120), ("ABM Withdrawal - SCOTIABANK TORONTO ON", 40, 300),
            ("Point of Sale - Interac RETAIL PURCHASE LOBLAWS #1082", 20, 190)]
    if fx:
        pool.append(("Point of Sale - Visa Debit AMAZON.COM SEATTLE WA USD {u} @ 1.3902", 20, 150))
    cr = [("Payroll Deposit - SHOPIFY INC", 2600, 3200), ("Interest Paid", 0.3, 4), ("INTERAC e-Transfer From: MARC GAGNON", 20, 150)]
    txs = make_txns(rng, start, end, n, [(d.replace("{u}", "{r}"), lo, hi) for d, lo, hi in pool], cr)
    for t in txs:
        if "@ 1.3902" in t["desc"]:
            usd = (abs(t["amount"]) / D("1.3902")).quantize(C2)
            t["desc"] = t["desc"].split(" USD ")[0] + " USD " + fmt(usd) + " @ 1.3902"
    cb = running(txs, ob)
    sg = lambda v: ("-$" if v < 0 else "$") + fmt(abs(v))
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        rows.append({"d": t["date"].strftime("%d %b %Y"), "desc": t["desc_lines"], "a": sg(t["amount"]), "b": sg(t["bal"])})
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Tangerine", 20, True); doc.t(40, H - 57, "Forward Banking", 7)
        doc.t(doc.W - 40, H - 40, "Chequing Account Statement", 10, True, "r")
        doc.t(doc.W - 40, H - 53, "%s to %s" % (start.strftime("%B %-d, %Y"), end.strftime("%B %-d, %Y")), 8, align="r")
        doc.t(doc.W - 40, H - 64, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 84, "Nathan Kowalski", 8); doc.t(40, H - 95, "88 Broadview Ave Unit 510", 8); doc.t(40, H - 106, "Toronto ON M4M 2E6", 8)
            doc.c.rect(330, H - 160, 225, 74)
            doc.t(338, H - 96, "Tangerine Chequing Account  4023117594", 8, True)
            S = [("Opening Balance", "$" + fmt(ob)), ("Deposits", "$" + fmt(crs)), ("Withdrawals", "-$" + fmt(dr)), ("Closing Balance", "$" + fmt(cb)),
                 ("Interest Rate", "0.10%")]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 108 - 10 * i, a, 7.5); doc.t(548, H - 108 - 10 * i, b, 7.5, align="r")
            doc.t(40, H - 180, "Transaction Details", 10, True)
            return H - 198
        return H - 86

    cols = [("Transaction\nDate", 40, "l", "d"), ("Transaction Description", 110, "l", "desc"), ("Amount", 470, "r", "a"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d %b %Y"), 8); doc.t(110, y, "Opening Balance", 8); doc.t(555, y, sg(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, end.strftime("%d %b %Y"), 8); doc.t(110, y - 2, "Closing Balance", 8); doc.t(555, y - 2, sg(cb), 8, align="r")
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 40, "Tangerine Bank, a member of the Scotiabank Group. Tangerine is a registered trademark of The Bank of Nova Scotia, used under licence.", 5.5)
        doc.t(40, 32, "Eligible deposits are insured by the Canada Deposit Insurance Corporation. Questions? 1-888-826-4374 or tangerine.ca", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=48, top_rows=[top], bottom=bottom)
    write(stem, "hc_ca_tangerine", "****7594", "CAD", start, end, ob, cb, txs)


P = "hc_"
citi(P + "us_citi", 11)
citi(P + "us_citi__2pages", 12, n=32, pages=True)
c1(P + "us_capitalone360", 21)
c1(P + "us_capitalone360__long", 22, longdesc=True)
halifax(P + "uk_halifax", 31)
halifax(P + "uk_halifax__overdraft", 32, od=True)
natwest(P + "uk_natwest", 41)
natwest(P + "uk_natwest__2pages", 42, n=34, pages=True)
anz(P + "au_anz", 51)
anz(P + "au_anz__2pages", 52, n=34, pages=True)
anz(P + "au_anz__blank", 53, blank=True)
tangerine(P + "ca_tangerine", 61)
tangerine(P + "ca_tangerine__fx", 62, fx=True)
print("done")
