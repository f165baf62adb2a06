#!/usr/bin/python3
"""Generator hp: statements with pages that look like transactions but are none, and statements MERGED into one PDF.

Users download "all statements" as one PDF, or keep a bank's appended pages: check images with their captions
("Check #1041  Paid 01/12/25  $150.00"), a fee schedule with amounts and worked examples, a year-end spending
summary. None of those is a transaction; the merged file's rows are every month's. Huntington (US checking), TSB
(UK current account), Chase Freedom Unlimited (US card). Deterministic.

Truth: a merged file is one statement: every month's rows in order, the first month's opening balance, the last
month's closing balance, the period from the first month's start to the last month's end.
"""
import datetime as dt
import json
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from corpus_kit import C2, Doc, fmt, make_txns, paginate_lines, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hp/gen"
os.makedirs(OUT, exist_ok=True)


def write(stem, family, acct, cur, months, card=False):
    """months: list of (start, end, ob, cb, txs); rows carry "bal" where the statement prints a balance."""
    tr = []
    for (_, _, _, _, txs) in months:
        for t in txs:
            e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
                 "amount": str(t["amount"].quantize(C2))}
            if t.get("bal") is not None: e["balance"] = str(t["bal"].quantize(C2))
            tr.append(e)
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": acct,
         "currency": cur, "period_start": months[0][0].isoformat(), "period_end": months[-1][1].isoformat(),
         "opening_balance": str(months[0][2].quantize(C2)), "closing_balance": str(months[-1][3].quantize(C2)),
         "transactions": tr}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


def month_range(y, m):
    start = dt.date(y, m, 1)
    end = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    return start, end



def draw_rows(doc, y, cols, rows, lh=10.5):
    for (title, x, al, key) in cols:
        doc.t(x, y, title, 7.5, True, al)
    doc.c.setLineWidth(0.5); doc.c.line(40, y - 4, doc.W - 40, y - 4)
    y -= 15
    for r in rows:
        for (title, x, al, key) in cols:
            if key == "desc":
                for k, l in enumerate(r["desc"]):
                    doc.t(x, y - k * lh, l, 8, False, al)
            elif r.get(key):
                doc.t(x, y, r[key], 8, False, al)
        y -= lh * max(1, len(r["desc"])) + 2
    return y


# ---------------------------------------------------------------- 1 Huntington (US checking)
HUNT_POOL = [("POS PURCHASE KROGER #917 COLUMBUS OH", 18, 160), ("ACH WITHDRAWAL AEP OHIO BILL PAY {r}", 80, 210),
             ("POS PURCHASE SHEETZ 0642 DUBLIN OH", 20, 70), ("ATM WITHDRAWAL HUNTINGTON POLARIS PKWY", 40, 300),
             ("ACH WITHDRAWAL DISCOVER E-PAYMENT {r}", 150, 800), ("RECURRING POS NETFLIX.COM LOS GATOS CA", 15.49, 15.49)]
HUNT_CR = [("ACH DEPOSIT NATIONWIDE MUTUAL PAYROLL {r}", 2100, 2700), ("MOBILE DEPOSIT", 50, 600)]


def huntington_month(doc, rng, start, end, ob, checks, pages_hint):
    txs = make_txns(rng, start, end, 16, HUNT_POOL, HUNT_CR)
    for no, day, amt in checks:
        txs.append({"date": start.replace(day=day), "desc": "CHECK #%d" % no, "amount": -amt})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    for t in txs: t["desc_lines"] = wrap(t["desc"], 44)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%m/%d"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["w" if t["amount"] < 0 else "dp"] = fmt(abs(t["amount"]))
        rows.append(r)
    out, inn = sums(txs)
    pages_ = paginate_lines(rows, 24, 44 if not pages_hint else 12)
    cols = [("Date", 40, "l", "d"), ("Description", 82, "l", "desc"), ("Withdrawals", 405, "r", "w"), ("Deposits", 480, "r", "dp"),
            ("Balance", 570, "r", "b")]
    for pi, pr in enumerate(pages_):
        H = doc.H
        doc.t(40, H - 48, "Huntington", 20, True); doc.t(170, H - 48, "Welcome.", 10)
        doc.t(572, H - 40, "Statement Period: %s to %s" % (start.strftime("%b %-d, %Y"), end.strftime("%b %-d, %Y")), 8, align="r")
        doc.t(572, H - 51, "Account Number: 01234567812", 8, align="r")
        doc.t(572, H - 62, "Page %d of %d" % (pi + 1, len(pages_)), 8, align="r")
        y = H - 90
        if pi == 0:
            doc.t(40, y, "MEGAN T KOWALSKI", 8); doc.t(40, y - 11, "5520 SAWMILL RD", 8); doc.t(40, y - 22, "DUBLIN OH 43017-1544", 8)
            doc.c.rect(330, y - 62, 242, 66)
            doc.t(338, y - 8, "Huntington Asterisk-Free Checking\u00ae", 8, True)
            for k, (a, b) in enumerate([("Beginning Balance", "$" + fmt(ob)), ("Credits (+)", "$" + fmt(inn)),
                                        ("Debits (-)", "$" + fmt(out)), ("Ending Balance", "$" + fmt(cb))]):
                doc.t(338, y - 20 - 10 * k, a, 7.5); doc.t(565, y - 20 - 10 * k, b, 7.5, align="r")
            y -= 84
            doc.t(40, y, "Account Activity", 10, True); y -= 16
        y = draw_rows(doc, y, cols, pr)
        doc.t(40, 40, "Huntington\u00ae and Huntington\u00ae Welcome.\u2122 are federally registered service marks of Huntington Bancshares Incorporated. Member FDIC.", 5.5)
        doc.c.showPage()
    return cb, txs


def check_images(doc, checks, month_start):
    H = doc.H
    doc.t(40, H - 48, "Huntington", 20, True)
    doc.t(572, H - 40, "Check Images", 9, True, "r"); doc.t(572, H - 51, "Account Number: 01234567812", 8, align="r")
    doc.t(40, H - 80, "Images of the checks paid this period. Keep them with your records.", 8)
    for k, (no, day, amt) in enumerate(checks):
        col, row = k % 2, k // 2
        x, y = 40 + col * 270, H - 230 - row * 170
        doc.c.rect(x, y, 250, 120)
        doc.t(x + 8, y + 104, "MEGAN T KOWALSKI", 6.5); doc.t(x + 242, y + 104, str(no), 7, align="r")
        doc.t(x + 8, y + 80, "PAY TO THE ORDER OF  ______________________", 6.5)
        doc.t(x + 8, y + 14, "\u2446 044000024 \u2446  01234567812 \u2448  %d" % no, 7)
        doc.t(x, y - 12, "Check #%d   Paid %s   $%s" % (no, month_start.replace(day=day).strftime("%m/%d/%y"), fmt(amt)), 7.5)
    doc.c.showPage()


def fee_schedule(doc):
    H = doc.H
    doc.t(40, H - 48, "Huntington", 20, True)
    doc.t(40, H - 80, "Important Information About Your Account", 10, True)
    doc.t(40, H - 96, "Schedule of Fees, effective 01/01/2025", 8.5, True)
    fees = [("Monthly Maintenance Fee (Asterisk-Free Checking)", "$0.00"), ("Overdraft Fee, per item (max. 3 per day)", "$15.00"),
            ("Stop Payment, per request", "$30.00"), ("Outgoing Domestic Wire Transfer", "$25.00"),
            ("Cashier's Check", "$10.00"), ("Paper Statement Fee", "$2.00")]
    y = H - 114
    for a, b in fees:
        doc.t(40, y, a, 8); doc.t(400, y, b, 8, align="r"); y -= 11
    y -= 10
    doc.t(40, y, "Example: if your available balance is $100.00 on 01/15 and a $150.00 check is presented, the check may be paid", 7.5)
    doc.t(40, y - 10, "and a $15.00 Overdraft Fee charged; your balance would then be -$65.00. With the 24-Hour Grace\u00ae period you can", 7.5)
    doc.t(40, y - 20, "avoid the fee by making a deposit of at least $65.00 before midnight on 01/16.", 7.5)
    doc.c.showPage()


def huntington(stem, seed, months=1, images=False, fees=False, pages=False):
    rng = random.Random(seed)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    ob = D("3412.56")
    out = []
    for m in range(months):
        start, end = month_range(2025, 1 + m)
        checks = [(1041 + 3 * m + k, rng.randint(5, 25), D(rng.randint(4000, 60000)) / 100) for k in range(3 if images else 1)]
        cb, txs = huntington_month(doc, rng, start, end, ob, checks, pages)
        out.append((start, end, ob, cb, txs))
        if images:
            check_images(doc, checks, start)
        ob = cb
    if fees:
        fee_schedule(doc)
    doc.c.save()
    write(stem, "hp_us_huntington", "****7812", "USD", out)


# ---------------------------------------------------------------- 2 TSB (UK current account)
def tsb_month(doc, rng, start, end, ob):
    pool = [("SAINSBURYS S/MKTS 0432 BRISTOL", 6, 90), ("DD BRISTOL WATER PLC", 25, 45), ("SO RENT L MATTHEWS", 725, 725),
            ("FPO OCTOPUS ENERGY {r}", 60, 150), ("TFR TO SAVINGS 77-66-55 12345678", 50, 300), ("CPT LINK ATM CLIFTON", 20, 100),
            ("GREGGS PLC BRISTOL", 2, 9)]
    cr = [("FPI WESTCOUNTRY HEALTH SALARY", 2100, 2500), ("FPI D OKAFOR BILL SHARE", 12, 70)]
    txs = make_txns(rng, start, end, 18, pool, cr)
    cb = running(txs, ob)
    for t in txs: t["desc_lines"] = wrap(t["desc"], 38)
    gb = lambda v: fmt(abs(v)) + (" O/D" if v < 0 else "")
    rows = [{"d": start.strftime("%d %b %y"), "desc": ["STATEMENT OPENING BALANCE"], "b": gb(ob)}]
    for t in txs:
        r = {"d": t["date"].strftime("%d %b %y"), "desc": t["desc_lines"], "b": gb(t["bal"])}
        r["o" if t["amount"] < 0 else "i"] = fmt(abs(t["amount"]))
        rows.append(r)
    out, inn = sums(txs)
    rows.append({"d": end.strftime("%d %b %y"), "desc": ["STATEMENT CLOSING BALANCE"], "o": fmt(out), "i": fmt(inn), "b": gb(cb)})
    cols = [("Date", 40, "l", "d"), ("Description", 100, "l", "desc"), ("Money out (\u00a3)", 390, "r", "o"),
            ("Money in (\u00a3)", 470, "r", "i"), ("Balance (\u00a3)", 555, "r", "b")]
    pages_ = paginate_lines(rows, 30, 50)
    for pi, pr in enumerate(pages_):
        H = doc.H
        doc.t(40, H - 48, "TSB", 22, True)
        doc.t(555, H - 40, "Spend & Save account", 9, True, "r")
        doc.t(555, H - 51, "Sort code 77-66-55  Account number 23819046", 8, align="r")
        doc.t(555, H - 62, "Statement period %s to %s" % (start.strftime("%d %B %Y"), end.strftime("%d %B %Y")), 8, align="r")
        doc.t(555, H - 73, "Page %d of %d" % (pi + 1, len(pages_)), 8, align="r")
        y = H - 100
        if pi == 0:
            doc.t(40, y, "MS ELEANOR J HUGHES", 8); doc.t(40, y - 11, "14 CANYNGE ROAD", 8); doc.t(40, y - 22, "BRISTOL BS8 3JX", 8)
            y -= 44
            doc.t(40, y, "Your Transactions", 10, True); y -= 16
        y = draw_rows(doc, y, cols, pr)
        doc.t(40, 40, "TSB Bank plc. Registered Office: Henry Duncan House, 120 George Street, Edinburgh EH2 4LH. Registered in Scotland No. SC95237.", 5.5)
        doc.c.showPage()
    return cb, txs


def tsb_notice(doc):
    H = doc.H
    doc.t(40, H - 48, "TSB", 22, True)
    doc.t(40, H - 80, "Your interest rates and charges", 10, True)
    y = H - 100
    for a, b in [("Arranged overdraft", "39.90% EAR variable"), ("Unarranged overdraft", "0.00% EAR"),
                 ("Interest on credit balances up to \u00a35,000.00", "2.50% AER"), ("Monthly maximum charge", "\u00a320.00")]:
        doc.t(40, y, a, 8); doc.t(400, y, b, 8, align="r"); y -= 11
    y -= 12
    doc.t(40, y, "Representative example", 8.5, True)
    doc.t(40, y - 12, "If you use an arranged overdraft of \u00a31,200.00 for 30 days, it would cost you \u00a337.20 in interest.", 8)
    doc.t(40, y - 24, "Date  Item                              Amount", 7.5, True)
    doc.t(40, y - 35, "01 Jan  Overdraft interest (example)     \u00a337.20", 7.5)
    doc.c.showPage()


def tsb(stem, seed, months=1, notice=False):
    rng = random.Random(seed)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), A4)
    ob = D("842.19")
    out = []
    for m in range(months):
        start, end = month_range(2025, 4 + m)
        cb, txs = tsb_month(doc, rng, start, end, ob)
        out.append((start, end, ob, cb, txs))
        if notice:
            tsb_notice(doc)
        ob = cb
    doc.c.save()
    write(stem, "hp_uk_tsb", "****9046", "GBP", out)


# ---------------------------------------------------------------- 3 Chase Freedom Unlimited (US card)
def chase_card(stem, seed, yearend=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 11, 15), dt.date(2025, 12, 14)
    prev = D("1184.22")
    pool = [("TST* BLUE DOOR CAFE COLUMBUS OH", 8, 60), ("AMAZON MKTPL*ZX81K2 Amzn.com/bill WA", 12, 140), ("TARGET 00012345 HILLIARD OH", 15, 180),
            ("UBER *TRIP HELP.UBER.COM CA", 9, 48), ("SPEEDWAY 09921 HILLIARD OH", 25, 70), ("KROGER #538 HILLIARD OH", 20, 150)]
    days = (end - start).days
    txs = []
    for _ in range(20):
        d = start + dt.timedelta(days=rng.randint(0, days))
        desc, lo, hi = rng.choice(pool)
        txs.append({"date": d, "desc": desc, "amount": -(D(rng.randint(int(lo * 100), int(hi * 100))) / 100)})
    txs.append({"date": dt.date(2025, 11, 28), "desc": "Payment Thank You-Mobile", "amount": prev})
    txs.append({"date": dt.date(2025, 12, 2), "desc": "AMAZON MKTPL*RT55Q1 Amzn.com/bill WA", "amount": D("23.99")})
    txs.sort(key=lambda t: t["date"])
    for t in txs: t["desc_lines"] = [t["desc"]]; t["bal"] = None
    purchases = -sum(t["amount"] for t in txs if t["amount"] < 0)
    credits = sum(t["amount"] for t in txs if t["amount"] > 0 and t["desc"].startswith("AMAZON"))
    newbal = prev - prev - credits + purchases
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    H = doc.H
    doc.t(40, H - 48, "CHASE", 20, True); doc.t(120, H - 48, "Freedom Unlimited\u00ae", 10)
    doc.t(572, H - 40, "Manage your account online: chase.com/cardhelp", 7.5, align="r")
    doc.t(572, H - 51, "Account number: XXXX XXXX XXXX 6624", 8, align="r")
    doc.c.rect(330, H - 170, 242, 100)
    doc.t(338, H - 82, "ACCOUNT SUMMARY", 8, True)
    S = [("Previous Balance", "$" + fmt(prev)), ("Payment, Credits", "-$" + fmt(prev + credits)), ("Purchases", "+$" + fmt(purchases)),
         ("Cash Advances", "$0.00"), ("Fees Charged", "$0.00"), ("Interest Charged", "$0.00"), ("New Balance", "$" + fmt(newbal)),
         ("Opening/Closing Date", "%s - %s" % (start.strftime("%m/%d/%y"), end.strftime("%m/%d/%y")))]
    for k, (a, b) in enumerate(S):
        doc.t(338, H - 94 - 9.5 * k, a, 7.5); doc.t(565, H - 94 - 9.5 * k, b, 7.5, align="r")
    doc.t(40, H - 90, "PAYMENT DUE DATE: 01/11/26", 8, True); doc.t(40, H - 101, "Minimum Payment Due: $40.00", 8)
    y = H - 200
    doc.t(40, y, "ACCOUNT ACTIVITY", 10, True); y -= 16
    cols = [("Date of\nTransaction", 40, "l", "d"), ("Merchant Name or Transaction Description", 110, "l", "desc"), ("$ Amount", 570, "r", "a")]
    doc.t(40, y, "Date of", 7.5, True); doc.t(40, y - 9, "Transaction", 7.5, True)
    doc.t(110, y - 9, "Merchant Name or Transaction Description", 7.5, True); doc.t(570, y - 9, "$ Amount", 7.5, True, "r")
    doc.c.line(40, y - 13, 572, y - 13)
    y -= 26
    for title, sel in [("PAYMENTS AND OTHER CREDITS", lambda t: t["amount"] > 0), ("PURCHASE", lambda t: t["amount"] < 0)]:
        doc.t(110, y, title, 8, True); y -= 12
        for t in (t for t in txs if sel(t)):
            doc.t(40, y, t["date"].strftime("%m/%d"), 8); doc.t(110, y, t["desc"], 8)
            doc.t(570, y, fmt(-t["amount"]), 8, align="r"); y -= 11
    doc.t(40, 40, "JPMorgan Chase Bank, N.A. Member FDIC. Page 1 of %d" % (2 if yearend else 1), 6)
    doc.c.showPage()
    if yearend:
        doc.t(40, H - 48, "CHASE", 20, True)
        doc.t(40, H - 80, "2025 Year-End Summary", 11, True)
        doc.t(40, H - 94, "Your spending from 12/15/24 to 12/14/25 by category", 8)
        y = H - 118
        doc.t(40, y, "Category", 7.5, True); doc.t(300, y, "Transactions", 7.5, True, "r"); doc.t(420, y, "Amount", 7.5, True, "r")
        y -= 13
        for cat, n, amt in [("Dining", 48, "1,412.80"), ("Groceries", 61, "3,208.45"), ("Gas", 33, "1,512.07"),
                            ("Travel", 9, "2,044.30"), ("Online shopping", 72, "2,918.62"), ("Total", 223, "11,096.24")]:
            doc.t(40, y, cat, 8); doc.t(300, y, str(n), 8, align="r"); doc.t(420, y, "$" + amt, 8, align="r"); y -= 11
        y -= 12
        doc.t(40, y, "Month", 7.5, True); doc.t(300, y, "Purchases", 7.5, True, "r"); doc.t(420, y, "Payments", 7.5, True, "r")
        y -= 13
        for k, m in enumerate(["01/25", "02/25", "03/25", "04/25", "05/25", "06/25"]):
            doc.t(40, y, m, 8); doc.t(300, y, "$" + fmt(D(700 + 37 * k) + D("0.45")), 8, align="r")
            doc.t(420, y, "$" + fmt(D(650 + 41 * k) + D("0.10")), 8, align="r"); y -= 11
        doc.t(40, 40, "JPMorgan Chase Bank, N.A. Member FDIC. Page 2 of 2", 6)
        doc.c.showPage()
    doc.c.save()
    write(stem, "hp_us_chase_card", "****6624", "USD", [(start, end, -prev, -newbal, txs)], card=True)


huntington("hp_us_huntington", 1701)
huntington("hp_us_huntington__merged3", 1702, months=3)
huntington("hp_us_huntington__checkimages", 1703, images=True)
huntington("hp_us_huntington__feeschedule", 1704, fees=True)
huntington("hp_us_huntington__merged_images", 1705, months=2, images=True, fees=True)
tsb("hp_uk_tsb", 1711)
tsb("hp_uk_tsb__merged2", 1712, months=2)
tsb("hp_uk_tsb__notice", 1713, notice=True)
chase_card("hp_us_chase_card", 1721)
chase_card("hp_us_chase_card__yearend", 1722, yearend=True)
