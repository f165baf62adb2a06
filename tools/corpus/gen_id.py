#!/usr/bin/python3
"""Generator id: 5 untuned STRUCTURES (each in a real bank's look) x (base + variants), exact truth. Deterministic.

Two-column card statement (Hanseatic Bank GenialCard, German: the rows flow down the left column then the right,
each with its own Datum / Beschreibung / Betrag header), a corporate card grouped by spending category (Citi
Corporate Card: AIRLINES / LODGING / RESTAURANTS ... each with a "Subtotal" line, a grand total at the end), a bank
statement with a day heading over each day's rows and a daily subtotal line under them (KeyBank-like checking), a
mobile-banking export of two- and three-line blocks with no table header (Revolut-like), and a statement whose date
is printed once per day in a left band, vertically centred among the day's rows (Standard Chartered Singapore-like).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from corpus_kit import Doc, fmt, row_truth_writer, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/id/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def amt(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def rows_between(rng, start, end, n, pool, credits=(), pcredit=0.0):
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if credits and rng.random() < pcredit:
            desc, lo, hi = rng.choice(credits); sg = 1
        else:
            desc, lo, hi = rng.choice(pool); sg = -1
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999)), "amount": sg * amt(rng, lo, hi)})
    txs.sort(key=lambda t: t["date"])
    return txs


def grey(doc, on=True):
    doc.c.setFillGray(0.45 if on else 0)


# ---------------------------------------------------------------- 1 Hanseatic Bank GenialCard: two columns
def hanseatic(stem, seed, pages=False, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 21), dt.date(2025, 6, 20)
    prev = D("684.12")
    pool = [("REWE Markt GmbH Hamburg", 8, 95), ("Aral Station 2241", 35, 80), ("Amazon.de Marktplatz", 9, 140),
            ("DB Vertrieb GmbH", 19, 160), ("Lieferando.de", 14, 46), ("IKEA Deutschland", 25, 320),
            ("Edeka Center Altona", 6, 70), ("Netflix.com", 13.99, 13.99), ("Rossmann 1187", 4, 30), ("Thalia Buecher", 9, 45)]
    n = 58 if pages else 26
    txs = rows_between(rng, start + dt.timedelta(days=1), end, n, pool)
    pay = {"date": start + dt.timedelta(days=4), "desc": "Zahlung - Danke", "amount": prev}
    txs.insert(next(i for i, t in enumerate(txs) if t["date"] >= pay["date"]), pay)
    if fx:
        fxr = [("HOTEL ZETA LONDON", "GBP", D("0.8461"), 140, 260), ("UBER *TRIP LONDON", "GBP", D("0.8461"), 8, 30),
               ("STARBUCKS NEW YORK", "USD", D("1.0842"), 5, 12)]
        for k, (d0, cur, rate, lo, hi) in enumerate(fxr):
            fa = amt(rng, lo, hi)
            eur = (fa / rate).quantize(D("0.01"))
            day = start + dt.timedelta(days=8 + 3 * k)
            i = next(i for i, t in enumerate(txs) if t["date"] > day)
            fee = (eur * D("0.0175")).quantize(D("0.01"))
            txs[i:i] = [{"date": day, "desc": d0, "amount": -eur, "extra": "%s %s Kurs %s" % (cur, fmt(fa, ".", ","), fmt(rate, ".", ",", nd=4))},
                        {"date": day, "desc": "Auslandseinsatzentgelt 1,75%", "amount": -fee}]
    for t in txs:
        t["desc_lines"] = [t["desc"]] + ([t["extra"]] if t.get("extra") else [])
        t["bal"] = None
    ob = -prev
    cb = ob + sum(t["amount"] for t in txs)
    eur = lambda v: ("-" if v < 0 else "+") + fmt(abs(v), ".", ",")
    per_col = 30
    lines = []  # each txn takes one or two lines
    cols, cur, used = [], [], 0
    for t in txs:
        nl = len(t["desc_lines"])
        if used + nl > per_col:
            cols.append(cur); cur, used = [], 0
        cur.append(t); used += nl
    cols.append(cur)
    pages_ = [cols[i:i + 2] for i in range(0, len(cols), 2)]
    doc = Doc(os.path.join(OUT, stem + ".pdf"), A4)
    H, W = doc.H, doc.W
    np_ = len(pages_)
    for p, pc in enumerate(pages_, 1):
        doc.t(40, H - 48, "HANSEATIC BANK", 17, True)
        doc.t(W - 40, H - 42, "Kreditkartenabrechnung", 10, True, "r")
        doc.t(W - 40, H - 54, "GenialCard Visa", 8, align="r")
        doc.t(W - 40, H - 65, "Seite %d von %d" % (p, np_), 7, align="r")
        y = H - 90
        if p == 1:
            doc.t(40, H - 80, "Hanseatic Bank GmbH & Co KG \u00b7 Fuhlsbüttler Str. 437 \u00b7 22309 Hamburg", 5.5)
            doc.t(40, H - 95, "Frau", 8); doc.t(40, H - 106, "Sabine Krüger", 8); doc.t(40, H - 117, "Eppendorfer Weg 112", 8)
            doc.t(40, H - 128, "20259 Hamburg", 8)
            doc.t(330, H - 95, "Kartennummer", 7.5); doc.t(555, H - 95, "4871 19** **** 3308", 7.5, align="r")
            doc.t(330, H - 106, "Abrechnungszeitraum", 7.5)
            doc.t(555, H - 106, "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 7.5, align="r")
            doc.t(330, H - 117, "Kreditrahmen", 7.5); doc.t(555, H - 117, "2.500,00 EUR", 7.5, align="r")
            doc.c.rect(40, H - 210, W - 80, 62)
            so, si = sums(txs)
            S = [("Saldo Vormonat", fmt(prev, ".", ",")), ("Belastungen", fmt(so, ".", ",")), ("Gutschriften", fmt(si, ".", ",")),
                 ("Neuer Saldo", fmt(-cb, ".", ","))]
            for i, (a, b) in enumerate(S):
                doc.t(48 + 130 * i, H - 165, a, 7, True); doc.t(48 + 130 * i, H - 180, b + " EUR", 9)
            doc.t(48, H - 202, "Der Betrag von %s EUR wird am 27.06.2025 von Ihrem Referenzkonto DE12 2005 0550 1234 5678 90 abgebucht." % fmt(-cb, ".", ","), 6.5)
            doc.t(40, H - 232, "Ihre Umsätze", 10, True)
            y = H - 250
        else:
            doc.t(40, y, "Ihre Umsätze (Fortsetzung)", 10, True); y -= 18
        for ci, col in enumerate(pc):
            x0 = 40 if ci == 0 else 308
            doc.t(x0, y, "Datum", 7.5, True); doc.t(x0 + 40, y, "Beschreibung", 7.5, True); doc.t(x0 + 247, y, "Betrag EUR", 7.5, True, "r")
            doc.c.line(x0, y - 3, x0 + 247, y - 3)
            yy = y - 14
            for t in col:
                doc.t(x0, yy, t["date"].strftime("%d.%m.%y"), 7.5); doc.t(x0 + 40, yy, t["desc_lines"][0], 7.5)
                doc.t(x0 + 247, yy, eur(t["amount"]), 7.5, align="r")
                for l in t["desc_lines"][1:]:
                    yy -= 10; grey(doc); doc.t(x0 + 40, yy, l, 6.5); grey(doc, False)
                yy -= 12
        doc.c.line(297, y + 8, 297, y - 14 - 12 * per_col)
        if p == np_:
            yb = y - 30 - 12 * per_col
            doc.c.line(40, yb + 10, W - 40, yb + 10)
            doc.t(40, yb, "Neuer Saldo zu unseren Gunsten", 8.5, True); doc.t(W - 40, yb, fmt(-cb, ".", ",") + " EUR", 8.5, True, "r")
        doc.t(40, 40, "Bitte prüfen Sie diese Abrechnung. Einwendungen sind innerhalb von 6 Wochen nach Zugang zu erheben. www.hanseaticbank.de", 5.5)
        doc.c.showPage()
    doc.c.save()
    write(stem, "id_de_hanseatic_twocol", "****3308", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Citi Corporate Card: rows grouped by category
def citicorp(stem, seed, refund=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 23), dt.date(2025, 6, 22)
    prev = D("1842.10")
    cats = [("AIRLINES", [("UNITED AIRLINES 0162345678901 HOUSTON TX", 210, 780), ("DELTA AIR LINES 0062387719 ATLANTA GA", 180, 640)]),
            ("LODGING", [("MARRIOTT DOWNTOWN CHICAGO IL", 189, 420), ("HILTON GARDEN INN DENVER CO", 150, 330)]),
            ("RESTAURANTS", [("SHAKE SHACK #1123 NEW YORK NY", 12, 40), ("THE CAPITAL GRILLE BOSTON MA", 80, 260),
                             ("STARBUCKS STORE 08811 SEATTLE WA", 4, 14), ("CHIPOTLE 2231 DENVER CO", 11, 30)]),
            ("GROUND TRANSPORTATION", [("UBER *TRIP HELP.UBER.COM CA", 9, 70), ("HERTZ RENT-A-CAR DENVER CO", 120, 380),
                                       ("LYFT *RIDE SAT 5PM SAN FRANCISCO CA", 8, 45)]),
            ("OFFICE SUPPLIES", [("STAPLES 00112 ARLINGTON VA", 14, 160), ("AMAZON.COM*2K4L19 AMZN.COM/BILL WA", 10, 220)])]
    mult = 3 if pages else 1
    groups = [("PAYMENTS & CREDITS", [{"date": start + dt.timedelta(days=5), "desc": "PAYMENT RECEIVED - THANK YOU", "amount": prev}])]
    for name, pool in cats:
        k = rng.randint(2, 4) * mult
        rows = []
        for _ in range(k):
            d0, lo, hi = rng.choice(pool)
            rows.append({"date": start + dt.timedelta(days=rng.randint(1, 29)), "desc": d0, "amount": -amt(rng, lo, hi)})
        rows.sort(key=lambda t: t["date"])
        if refund and name == "LODGING":
            rows.append({"date": start + dt.timedelta(days=26), "desc": "MARRIOTT DOWNTOWN CHICAGO IL CREDIT", "amount": D("189.00")})
        groups.append((name, rows))
    txs = [t for _, g in groups for t in g]
    for t in txs:
        t["post"] = min(end, t["date"] + dt.timedelta(days=rng.choice([0, 1, 2])))
        t["desc_lines"] = [t["desc"]]; t["bal"] = None
    ob = -prev
    cb = ob + sum(t["amount"] for t in txs)
    usd = lambda v: ("-$" if v < 0 else "$") + fmt(abs(v))
    # items: (kind, payload) laid out over pages
    items = []
    for name, g in groups:
        items.append(("h", name))
        items += [("t", t) for t in g]
        items.append(("sub", (name, -sum(t["amount"] for t in g))))
    items.append(("grand", -sum(t["amount"] for t in txs)))
    cap = [30, 46, 46, 46]
    chunks, cur, k = [], [], 0
    for it in items:
        if len(cur) >= cap[min(k, 3)]:
            chunks.append(cur); cur = []; k += 1
        cur.append(it)
    chunks.append(cur)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    H, W = doc.H, doc.W
    np_ = len(chunks)
    open_cat = None
    for p, ch in enumerate(chunks, 1):
        doc.t(40, H - 46, "citi", 22, True); doc.t(92, H - 46, "Commercial Cards", 9)
        doc.t(W - 40, H - 40, "Corporate Card Statement", 10, True, "r")
        doc.t(W - 40, H - 52, "Account Number XXXX-XXXX-XXXX-6618", 7.5, align="r")
        doc.t(W - 40, H - 63, "Page %d of %d" % (p, np_), 7.5, align="r")
        y = H - 96
        if p == 1:
            doc.t(40, H - 80, "JANE R. DOE", 8); doc.t(40, H - 91, "ACME ENGINEERING INC", 8); doc.t(40, H - 102, "1200 WILSON BLVD STE 400", 8)
            doc.t(40, H - 113, "ARLINGTON VA 22209", 8)
            doc.c.rect(330, H - 196, 242, 118)
            doc.t(338, H - 90, "Account Summary", 8.5, True)
            so, si = sums(txs)
            S = [("Statement Closing Date", end.strftime("%m/%d/%Y")), ("Billing Period", "%s - %s" % (start.strftime("%m/%d/%y"), end.strftime("%m/%d/%y"))),
                 ("Previous Balance", usd(prev)), ("Payments", usd(-prev)), ("Other Credits", usd(-(si - prev))), ("Purchases & Other Charges", usd(so)),
                 ("Cash Advances", "$0.00"), ("Fees", "$0.00"), ("New Balance", usd(-cb)), ("Payment Due Date", "07/17/2025")]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 102 - 9.5 * i, a, 7.5, a == "New Balance"); doc.t(565, H - 102 - 9.5 * i, b, 7.5, a == "New Balance", "r")
            doc.t(40, H - 140, "Corporate liability. Pay the New Balance in full by the due date.", 6.5)
            doc.t(40, H - 150, "Company Account: ACME ENGINEERING INC  Hierarchy 4412-0087", 6.5)
            y = H - 222
            doc.t(40, y, "TRANSACTIONS BY SPENDING CATEGORY", 10, True); y -= 16
        for ti, x, al in (("Trans Date", 40, "l"), ("Post Date", 95, "l"), ("Description", 150, "l"), ("Amount", 565, "r")):
            doc.t(x, y, ti, 7.5, True, al)
        doc.c.line(40, y - 3, 572, y - 3); y -= 16
        if ch[0][0] != "h" and open_cat:
            doc.t(40, y, open_cat + " (continued)", 8.5, True); y -= 13
        for kind, v in ch:
            if kind == "h":
                open_cat = v; doc.t(40, y, v, 8.5, True); y -= 13
            elif kind == "sub":
                doc.t(400, y, "Subtotal", 8, True); doc.t(565, y, usd(v[1]), 8, True, "r"); y -= 16
            elif kind == "grand":
                doc.c.line(380, y + 9, 572, y + 9)
                doc.t(400, y, "Grand Total", 8.5, True); doc.t(565, y, usd(v), 8.5, True, "r"); y -= 14
            else:
                doc.t(40, y, v["date"].strftime("%m/%d"), 8); doc.t(95, y, v["post"].strftime("%m/%d"), 8); doc.t(150, y, v["desc"], 8)
                doc.t(565, y, usd(-v["amount"]), 8, align="r"); y -= 11
        doc.t(40, 48, "Citibank, N.A. Commercial Cards, P.O. Box 6125, Sioux Falls, SD 57117-6125. Call 1-800-248-4553.", 5.5)
        doc.t(40, 40, "Charges are grouped by the merchant's spending category; the category does not change how they are billed.", 5.5)
        doc.c.showPage()
    doc.c.save()
    write(stem, "id_us_citi_corporate", "****6618", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 KeyBank-like checking: day headings, daily subtotal
def keybank(stem, seed, daily_balance=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("184.27") if od else D("4218.66")
    pool = [("POS PURCHASE GIANT EAGLE #6112 CLEVELAND OH", 12, 140), ("ACH DEBIT DUKE ENERGY OHIO PAYMENT", 70, 190),
            ("ATM WITHDRAWAL KEYBANK 4410 LAKEWOOD OH", 40, 200), ("CHECK 1{r}", 50, 600),
            ("ONLINE TRANSFER TO SAVINGS XXXXXX8812", 100, 400), ("POS PURCHASE SHELL OIL 57442 PARMA OH", 30, 70),
            ("ZELLE PAYMENT TO MARCUS LEE", 20, 150)]
    if od: pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
    cr = [("DIRECT DEPOSIT CLEVELAND CLINIC PAYROLL", 1900, 2400), ("ZELLE PAYMENT FROM ANNA RUIZ", 20, 120), ("MOBILE DEPOSIT", 40, 300)]
    txs = rows_between(rng, start, end, 30 if od else 22, pool, cr, 0.22)
    for t in txs:
        if t["desc"].startswith("CHECK 1"): t["desc"] = "CHECK %d" % rng.randint(1040, 1099)
        t["desc_lines"] = [t["desc"]]
    bal = ob
    days = []
    for t in txs:
        bal += t["amount"]; t["bal"] = None
        if days and days[-1][0] == t["date"]: days[-1][1].append(t)
        else: days.append((t["date"], [t]))
        days[-1] = (t["date"], days[-1][1], bal)
    if daily_balance:
        for d, g, b in days: g[-1]["bal"] = b
    cb = bal
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    H, W = doc.H, doc.W
    # lay out day blocks: heading + rows + subtotal line
    blocks = [(d, g, b) for d, g, b in days]
    pages_, cur, used, cap = [], [], 0, 34
    for blk in blocks:
        n = len(blk[1]) + 2
        if used + n > cap and cur:
            pages_.append(cur); cur, used, cap = [], 0, 50
        cur.append(blk); used += n
    pages_.append(cur)
    np_ = len(pages_)
    m = lambda v: ("-" if v < 0 else "") + "$" + fmt(abs(v))
    for p, pb in enumerate(pages_, 1):
        doc.t(40, H - 46, "KeyBank", 20, True); doc.t(W - 40, H - 40, "Key Smart Checking\u00ae", 9.5, True, "r")
        doc.t(W - 40, H - 52, "Statement Period %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 7.5, align="r")
        doc.t(W - 40, H - 63, "Account 3598 0412 7719", 7.5, align="r"); doc.t(W - 40, H - 74, "Page %d of %d" % (p, np_), 7.5, align="r")
        y = H - 100
        if p == 1:
            doc.t(40, H - 82, "DANIEL J KOWALSKI", 8); doc.t(40, H - 93, "14620 MADISON AVE", 8); doc.t(40, H - 104, "LAKEWOOD OH 44107-4421", 8)
            doc.c.rect(330, H - 168, 242, 76)
            doc.t(338, H - 102, "Account Summary", 8.5, True)
            so, si = sums(txs)
            S = [("Beginning balance 06/01/2025", m(ob)), ("Deposits and additions", "+" + m(si)), ("Withdrawals and subtractions", "-" + m(so)),
                 ("Ending balance 06/30/2025", m(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 116 - 12 * i, a, 7.5); doc.t(565, H - 116 - 12 * i, b, 7.5, align="r")
            y = H - 195
            doc.t(40, y, "Account Activity", 11, True); y -= 18
        else:
            doc.t(40, y, "Account Activity (continued)", 10, True); y -= 18
        for ti, x, al in (("Description", 60, "l"), ("Withdrawals", 430, "r"), ("Deposits", 500, "r"), ("Balance" if False else "", 565, "r")):
            if ti: doc.t(x, y, ti, 7.5, True, al)
        doc.c.line(40, y - 3, 572, y - 3); y -= 16
        for d, g, b in pb:
            doc.c.setFillGray(0.92); doc.c.rect(40, y - 3, 532, 11, stroke=0, fill=1); doc.c.setFillGray(0)
            doc.t(44, y, d.strftime("%A, %B %-d, %Y"), 8, True); y -= 12
            for t in g:
                doc.t(60, y, t["desc"], 8)
                if t["amount"] < 0: doc.t(430, y, fmt(-t["amount"]), 8, align="r")
                else: doc.t(500, y, fmt(t["amount"]), 8, align="r")
                y -= 11
            if daily_balance:
                doc.t(300, y, "Daily balance", 7.5, True); doc.t(565, y, m(b), 7.5, True, "r")
            else:
                net = sum(t["amount"] for t in g)
                doc.t(300, y, "Total for %s:" % d.strftime("%m/%d"), 7.5, True)
                doc.t(565, y, ("-" if net < 0 else "") + fmt(abs(net)), 7.5, True, "r")
            y -= 14
        doc.t(40, 48, "KeyBank is Member FDIC. Questions? Call 1-800-539-2968 or visit key.com. Deposit products are offered by KeyBank N.A.", 5.5)
        doc.c.showPage()
    doc.c.save()
    write(stem, "id_us_keybank_daily", "****7719", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Revolut-like app export: blocks, no header
def revolut(stem, seed, fx=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("1326.40")
    pool = [("Lidl", "Groceries", 6, 70), ("Bolt", "Transport", 4, 22), ("Spotify", "Entertainment", 10.99, 10.99),
            ("Albert Heijn", "Groceries", 5, 60), ("Zara", "Shopping", 19, 120), ("NS Reizigers", "Transport", 3, 40),
            ("Café de Jaren", "Restaurants", 8, 45), ("To Lucas Bakker", "Transfers", 10, 150)]
    cr = [("Payment from Pieter de Vries", "Transfers", 15, 200), ("Top-Up by *4417", "Top-ups", 100, 500)]
    n = 64 if pages else 22
    txs = []
    for _ in range(n):
        d = dt.datetime(2025, 6, 1) + dt.timedelta(days=rng.randint(0, 29), hours=rng.randint(7, 22), minutes=rng.randint(0, 59))
        if rng.random() < 0.2:
            desc, cat, lo, hi = rng.choice(cr); sg = 1
        else:
            desc, cat, lo, hi = rng.choice(pool); sg = -1
        txs.append({"when": d, "date": d.date(), "desc": desc, "cat": cat, "amount": sg * amt(rng, lo, hi)})
    if fx:
        for k, (d0, cur, rate, lo, hi) in enumerate([("Pret A Manger", "GBP", D("0.8472"), 6, 18), ("Amazon US", "USD", D("1.0791"), 20, 90),
                                                      ("Uber", "GBP", D("0.8472"), 9, 30)]):
            fa = amt(rng, lo, hi)
            d = dt.datetime(2025, 6, 6 + 7 * k, 12, 10 + k)
            txs.append({"when": d, "date": d.date(), "desc": d0, "cat": "Shopping" if cur == "USD" else "Restaurants",
                        "amount": -(fa / rate).quantize(D("0.01")),
                        "extra": "%s%s \u00b7 1 \u20ac = %s%s" % ({"GBP": "\u00a3", "USD": "$"}[cur], fmt(fa), {"GBP": "\u00a3", "USD": "$"}[cur], fmt(rate, nd=4))})
    txs.sort(key=lambda t: t["when"])
    for t in txs:
        t["desc_lines"] = [t["desc"]] + ([t["extra"]] if t.get("extra") else [])
        t["bal"] = None
    cb = ob + sum(t["amount"] for t in txs)
    e = lambda v: ("-" if v < 0 else "+") + "\u20ac" + fmt(abs(v))
    doc = Doc(os.path.join(OUT, stem + ".pdf"), A4)
    H, W = doc.H, doc.W
    pg, cur, used, cap = [], [], 0, 430
    for t in txs:
        h = 36 if t.get("extra") else 27
        if used + h > cap and cur:
            pg.append(cur); cur, used, cap = [], 0, 680
        cur.append(t); used += h
    pg.append(cur)
    np_ = len(pg)
    for p, pt in enumerate(pg, 1):
        doc.t(40, H - 50, "Revolut", 20, True)
        doc.t(W - 40, H - 44, "EUR Statement", 11, True, "r")
        doc.t(W - 40, H - 57, "Generated on %s" % dt.date(2025, 7, 1).strftime("%-d %b %Y"), 7, align="r")
        y = H - 90
        if p == 1:
            doc.t(40, H - 80, "Emma Jansen", 8.5, True); doc.t(40, H - 92, "Prinsengracht 263", 8); doc.t(40, H - 103, "1016 GV Amsterdam, NL", 8)
            doc.t(330, H - 80, "IBAN  LT62 3250 0447 1955 2041", 7.5); doc.t(330, H - 91, "BIC  REVOLT21", 7.5)
            doc.t(40, H - 132, "Balance summary", 10, True)
            so, si = sums(txs)
            for i, (a, b) in enumerate([("Opening balance", ob), ("Money out", so), ("Money in", si), ("Closing balance", cb)]):
                doc.t(40 + 130 * i, H - 148, a, 7); doc.t(40 + 130 * i, H - 161, "\u20ac" + fmt(b), 9, True)
            doc.t(40, H - 176, "%s - %s" % (start.strftime("%-d %B %Y"), end.strftime("%-d %B %Y")), 7.5)
            doc.t(40, H - 205, "Transactions", 12, True)
            y = H - 228
        for t in pt:
            doc.t(40, y, t["desc"], 9, True); doc.t(W - 40, y, e(t["amount"]), 9, True, "r")
            y -= 11
            grey(doc); doc.t(40, y, "%s \u00b7 %s" % (t["when"].strftime("%-d %b %Y, %H:%M"), t["cat"]), 7)
            if t.get("extra"): y -= 9; doc.t(40, y, t["extra"], 7)
            grey(doc, False)
            doc.c.setStrokeGray(0.85); doc.c.line(40, y - 6, W - 40, y - 6); doc.c.setStrokeGray(0)
            y -= 16
        doc.t(40, 44, "Revolut Bank UAB is licensed by the Bank of Lithuania. Report lost or stolen cards at revolut.com/help.", 5.5)
        doc.t(W - 40, 44, "Page %d of %d" % (p, np_), 6.5, align="r")
        doc.c.showPage()
    doc.c.save()
    write(stem, "id_lt_revolut_app", "****2041", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 Standard Chartered-like: date once per day in a band
def scb(stem, seed, wrapped=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("12480.35")
    pool = [("NETS PURCHASE FAIRPRICE FINEST 0412", 8, 160), ("GIRO - SP SERVICES LTD", 60, 180), ("VISA DEBIT GRAB*RIDES SINGAPORE", 6, 35),
            ("FAST PAYMENT TO TAN WEI MING", 20, 400), ("ATM WITHDRAWAL SCB ORCHARD", 50, 300), ("BILL PAYMENT SINGTEL", 40, 120)]
    if wrapped:
        pool += [("FUNDS TRANSFER TO 0108-123456-7 OCBC BANK REF INV20250511 RENOVATION DEPOSIT BALANCE", 800, 2400),
                 ("VISA DEBIT BOOKING.COM HOTEL AMSTERDAM NLD FOREIGN AMOUNT EUR 412.80 RATE 1.4512", 300, 900)]
    cr = [("SALARY GIRO - DBS EMPLOYER PTE LTD", 5200, 6400), ("FAST PAYMENT FROM LIM SHU HUI", 30, 250), ("INTEREST CREDIT", 1, 6)]
    n = 70 if pages else 26
    txs = rows_between(rng, start, end, n, pool, cr, 0.2)
    # business days with activity only, so that a day holds up to five rows
    active = sorted(rng.sample([start + dt.timedelta(days=i) for i in range(31) if (start + dt.timedelta(days=i)).weekday() < 5], 11 if not pages else 18))
    for t in txs:
        t["date"] = max([d for d in active if d <= t["date"]] or active[:1])
    txs.sort(key=lambda t: t["date"])
    paid = False
    for t in txs:  # one salary a month; further salary draws become transfers in
        if t["desc"].startswith("SALARY"):
            if paid: t["desc"], t["amount"] = "FAST PAYMENT FROM LIM SHU HUI", (t["amount"] / 40).quantize(D("0.01"))
            paid = True
    bal = ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = wrap(t["desc"], 44)
    cb = bal
    days = []
    for t in txs:
        if days and days[-1][0] == t["date"]: days[-1][1].append(t)
        else: days.append((t["date"], [t]))
    doc = Doc(os.path.join(OUT, stem + ".pdf"), A4)
    H, W = doc.H, doc.W
    pg, cur, used, cap = [], [], 0, 40
    for d, g in days:
        n_ = sum(len(t["desc_lines"]) for t in g)
        if used + n_ > cap and cur:
            pg.append(cur); cur, used, cap = [], 0, 56
        cur.append((d, g)); used += n_
    pg.append(cur)
    np_ = len(pg)
    LH = 11
    for p, pd in enumerate(pg, 1):
        doc.t(40, H - 48, "standard chartered", 15, True)
        doc.t(W - 40, H - 42, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(W - 40, H - 54, "Statement Date: %s" % end.strftime("%d %b %Y"), 7.5, align="r")
        doc.t(W - 40, H - 65, "Page %d of %d" % (p, np_), 7.5, align="r")
        y = H - 92
        if p == 1:
            doc.t(40, H - 80, "MR KOH JUN HAO", 8); doc.t(40, H - 91, "BLK 418 SERANGOON AVE 1", 8); doc.t(40, H - 102, "#08-221", 8); doc.t(40, H - 113, "SINGAPORE 550418", 8)
            doc.c.rect(330, H - 140, 225, 62)
            doc.t(338, H - 90, "e$aver Kids! / Bonu$aver Account", 8, True)
            doc.t(338, H - 102, "Account No. 0107-9845-521-3", 7.5)
            doc.t(338, H - 114, "Currency  SGD", 7.5)
            doc.t(338, H - 126, "Period %s to %s" % (start.strftime("%d %b %Y"), end.strftime("%d %b %Y")), 7.5)
            y = H - 170
        for ti, x, al in (("Date", 44, "l"), ("Description", 110, "l"), ("Withdrawal", 395, "r"), ("Deposit", 470, "r"), ("Balance", 551, "r")):
            doc.t(x, y, ti, 8, True, al)
        doc.c.line(40, y - 4, 555, y - 4); y -= 16
        if p == 1:
            doc.t(110, y, "BALANCE FROM PREVIOUS STATEMENT", 8); doc.t(551, y, fmt(ob), 8, align="r"); y -= 14
        else:
            prevb = pg[p - 2][-1][1][-1]["bal"]
            doc.t(110, y, "BALANCE FORWARD", 8); doc.t(551, y, fmt(prevb), 8, align="r"); y -= 14
        doc.c.line(40, y + 10, 555, y + 10)
        for d, g in pd:
            top = y
            ys = []
            for t in g:
                ys.append(y)
                for k, l in enumerate(t["desc_lines"]):
                    doc.t(110, y - LH * k, l, 8)
                if t["amount"] < 0: doc.t(395, y, fmt(-t["amount"]), 8, align="r")
                else: doc.t(470, y, fmt(t["amount"]), 8, align="r")
                doc.t(551, y, fmt(t["bal"]), 8, align="r")
                y -= LH * len(t["desc_lines"]) + 3
            bottom = y + 10
            yc = (ys[0] + (ys[-1] - LH * (len(g[-1]["desc_lines"]) - 1))) / 2
            doc.c.setFillGray(0.93); doc.c.rect(40, bottom, 62, top + 10 - bottom, stroke=0, fill=1); doc.c.setFillGray(0)
            doc.t(46, yc, d.strftime("%d %b %Y"), 8)
            doc.c.setStrokeGray(0.7); doc.c.line(40, bottom, 555, bottom); doc.c.setStrokeGray(0)
        if p == np_:
            y -= 4
            doc.t(110, y, "CLOSING BALANCE", 8, True); doc.t(551, y, fmt(cb), 8, True, "r")
        doc.t(40, 46, "Standard Chartered Bank (Singapore) Limited. Deposit Insurance Scheme: singapore dollar deposits of non-bank depositors are", 5.5)
        doc.t(40, 39, "insured by the SDIC, for up to S$100,000 in aggregate per depositor per Scheme member by law.", 5.5)
        doc.c.showPage()
    doc.c.save()
    write(stem, "id_sg_scb_dateband", "****5213", "SGD", start, end, ob, cb, txs)


hanseatic("id_de_hanseatic_twocol", 1801)
hanseatic("id_de_hanseatic_twocol__2pages", 1802, pages=True)
hanseatic("id_de_hanseatic_twocol__fx", 1803, fx=True)
citicorp("id_us_citi_corporate", 1811)
citicorp("id_us_citi_corporate__refund", 1812, refund=True)
citicorp("id_us_citi_corporate__2pages", 1813, pages=True)
keybank("id_us_keybank_daily", 1821)
keybank("id_us_keybank_daily__balance", 1822, daily_balance=True)
keybank("id_us_keybank_daily__overdraft", 1823, daily_balance=True, od=True)
revolut("id_lt_revolut_app", 1831)
revolut("id_lt_revolut_app__fx", 1832, fx=True)
revolut("id_lt_revolut_app__3pages", 1833, pages=True)
scb("id_sg_scb_dateband", 1841)
scb("id_sg_scb_dateband__wrapped", 1842, wrapped=True)
scb("id_sg_scb_dateband__2pages", 1843, pages=True)
