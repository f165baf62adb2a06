#!/usr/bin/python3
"""Generator gv: 6 untuned layouts of the Americas x (base + one or two variants), exact truth. Deterministic."""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4, letter
from corpus_kit import C2, Doc, fmt, make_txns, render, wrap

import json

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gvw/gen"
os.makedirs(OUT, exist_ok=True)


def write_truth(stem, family, acct, cur, ps, pe, ob, cb, txs):
    """Like corpus_kit's, but a row's balance only where the statement prints one (t["bal"] set) and the closing
    balance given, checked against the opening balance plus the rows."""
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


def flow(path, size, header, footer, items, bottom_y=70):
    """items: (height, draw(doc, y)[, continuation item]); header(doc, p, np_) -> y. Paginates by heights; a page
    opened by an item with a continuation item (a "continued" heading) gets that first."""
    pages, cur = [], []
    y = header(Doc(os.devnull, size), 1, 9)
    for it in items:
        if y - it[0] < bottom_y and cur:
            pages.append(cur); cur = []
            y = header(Doc(os.devnull, size), len(pages) + 1, 9)
            if len(it) > 2 and it[2]:
                cur.append(it[2]); y -= it[2][0]
        cur.append(it); y -= it[0]
    pages.append(cur)
    doc = Doc(path, size)
    for pi, pr in enumerate(pages):
        y = header(doc, pi + 1, len(pages))
        for it in pr:
            it[1](doc, y); y -= it[0]
        footer(doc, pi + 1, len(pages))
        doc.c.showPage()
    doc.c.save()


def item(h, *parts, cont=None):
    def draw(doc, y):
        for (x, s, size, bold, al) in parts: doc.t(x, y, s, size, bold, al)
    return (h, draw, cont) if cont else (h, draw)


def T(x, s, size=8, bold=False, al="l"):
    return (x, s, size, bold, al)


def running(txs, ob):
    bal = ob
    for t in txs:
        bal += t["amount"]; t["run"] = bal
    return bal


def usd(v):
    return ("-$" if v < 0 else "$") + fmt(abs(v))


# ---------------------------------------------------------------- 1 Truist checking (US sections, MM/DD, summary box, daily balance summary)
def truist(stem, seed, n=24, start=dt.date(2024, 5, 11), end=dt.date(2024, 6, 10), ob=D("3184.52"), overdraft=False):
    rng = random.Random(seed)
    pool = [(["DEBIT CARD PURCHASE-PIN {md} HARRIS TEETER #0231 CHARLOTTE NC"], 12, 160),
            (["DEBIT CARD PURCHASE {md} TARGET T-1927 CHARLOTTE NC", "4{r}"], 8, 120),
            (["ZELLE TRANSFER TO SMITH JOHN CONF# {r}"], 20, 300), (["DUKE ENERGY CAROLINAS BILL PAY", "CUSTOMER ID 91{r}"], 80, 210),
            (["ATM CASH WITHDRAWAL {md} TRUIST SOUTH PARK CHARLOTTE NC"], 40, 300),
            (["VERIZON WIRELESS PAYMENTS WEB", "ID 8{r}"], 70, 140), (["DEBIT CARD PURCHASE {md} SHELL OIL 5744123 MATTHEWS NC"], 30, 70)]
    cr = [(["ACH CORP DEPOSIT ATRIUM HEALTH PAYROLL", "ID 4{r} PPD"], 2100, 2700), (["ZELLE TRANSFER FROM DOE MARY CONF# {r}"], 20, 200),
          (["MOBILE DEPOSIT"], 40, 600)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.22: lines, lo, hi = rng.choice(cr); sg = 1
        else: lines, lo, hi = rng.choice(pool); sg = -1
        a = D(rng.randint(lo * 100, hi * 100)) / 100
        md = (d - dt.timedelta(days=rng.choice([0, 1, 2]))).strftime("%m/%d")
        txs.append({"date": d, "desc_lines": [l.format(md=md, r=rng.randint(100000, 999999)) for l in lines], "amount": a * sg, "kind": "o"})
    chk_no = 2201
    for k in range(4 if not overdraft else 3):
        d = start + dt.timedelta(days=rng.randint(2, days))
        chk_no += rng.choice([1, 1, 2])
        txs.append({"date": d, "desc_lines": [str(chk_no)], "amount": -D(rng.randint(2500, 95000)) / 100, "kind": "c", "no": chk_no})
    if overdraft:
        ob = D("412.18")
        big = start + dt.timedelta(days=9)
        txs.append({"date": big, "desc_lines": ["ONLINE PAYMENT TO WELLS FARGO HOME MTG", "CONF# 20240520771"], "amount": D("-1985.40"), "kind": "o"})
        txs.append({"date": big + dt.timedelta(days=1), "desc_lines": ["OVERDRAFT ITEM FEE FOR ITEM PAID", "TRANSACTION DATE 05/20"], "amount": D("-36.00"), "kind": "o"})
        txs = [t for t in txs if t["amount"] < 0 or t["date"] > big + dt.timedelta(days=3)]   # overdrawn until a deposit comes
    txs.sort(key=lambda t: (t["date"], t["kind"]))
    cb = running(txs, ob)
    assert not overdraft or min(t["run"] for t in txs) < 0
    checks = [t for t in txs if t["kind"] == "c"]
    wd = [t for t in txs if t["kind"] == "o" and t["amount"] < 0]
    dep = [t for t in txs if t["amount"] > 0]
    st = lambda L: sum(abs(t["amount"]) for t in L)
    md = lambda d: d.strftime("%m/%d")
    X0, XA = 50, 562
    items = []
    items.append(item(20, T(X0, "Your account summary", 10, True)))
    S = [("Your previous balance as of %s" % start.strftime("%m/%d/%Y"), fmt(ob)), ("Checks", "- " + fmt(st(checks))),
         ("Other withdrawals, debits and service charges", "- " + fmt(st(wd))), ("Deposits, credits and interest", "+ " + fmt(st(dep))),
         ("Your new balance as of %s" % end.strftime("%m/%d/%Y"), "= " + usd(cb))]
    for i, (a, b) in enumerate(S):
        items.append(item(12, T(X0, a, 8, i == 4), T(330, b, 8, i == 4, "r")))
    items.append(item(16, T(X0, "", 8)))

    def heading(title, cols):
        cont = (30, lambda doc, y: (doc.t(X0, y, title + " (continued)", 10, True), [doc.t(x, y - 14, s, 7.5, True, al) for (x, s, al) in cols]))
        return item(30, T(X0, title, 10, True), cont=None), (16, lambda doc, y: [doc.t(x, y, s, 7.5, True, al) for (x, s, al) in cols], cont)

    # checks grid: two DATE / CHECK # / AMOUNT triples a row
    if checks:
        h1, h2 = heading("Checks", [(X0, "DATE", "l"), (95, "CHECK #", "l"), (240, "AMOUNT($)", "r"), (300, "DATE", "l"), (345, "CHECK #", "l"), (490, "AMOUNT($)", "r")])
        items += [h1, h2]
        prev = None
        for i in range(0, len(checks), 2):
            parts = []
            for k, c in enumerate(checks[i:i + 2]):
                gap = "*" if prev is not None and c["no"] != prev + 1 else ""
                prev = c["no"]
                parts += [T(X0 + 250 * k, md(c["date"])), T(95 + 250 * k, "%d%s" % (c["no"], gap)), T(240 + 250 * k, fmt(-c["amount"]), al="r")]
            items.append(item(12, *parts, cont=h2[2]))
        items.append(item(12, T(X0, "* indicates a skip in sequential check numbers above", 6.5)))
        items.append(item(22, T(X0, "Total checks", 8, True), T(XA, "= $" + fmt(st(checks)), 8, True, "r")))

    def section(title, L):
        h1, h2 = heading(title, [(X0, "DATE", "l"), (95, "DESCRIPTION", "l"), (XA, "AMOUNT($)", "r")])
        items.extend([h1, h2])
        for t in L:
            ls = t["desc_lines"]
            items.append(item(11 * len(ls) + 2, T(X0, md(t["date"])), T(XA, fmt(abs(t["amount"])), al="r"),
                              *[(95, l, 8, False, "l") for l in ls[:1]], cont=h2[2]))
            if len(ls) > 1:  # the later lines, drawn under the first
                h, draw = items[-1][0], items[-1][1]
                items[-1] = (h, (lambda draw, ls: lambda doc, y: (draw(doc, y), [doc.t(95, y - 11 * k, l, 8) for k, l in enumerate(ls) if k]))(draw, ls), h2[2])
        items.append(item(24, T(X0, "Total " + title.lower(), 8, True), T(XA, "= $" + fmt(st(L)), 8, True, "r")))

    section("Other withdrawals, debits and service charges", wd)
    section("Deposits, credits and interest", dep)
    # daily balance summary: three DATE / BALANCE($) pairs a row
    daily = {}
    for t in txs: daily[t["date"]] = t["run"]
    dl = sorted(daily.items())
    h1, h2 = heading("Daily balance summary", [(X0 + 170 * k + x, s, al) for k in range(3) for (x, s, al) in ((0, "DATE", "l"), (140, "BALANCE($)", "r"))])
    items += [h1, h2]
    for i in range(0, len(dl), 3):
        parts = []
        for k, (d, b) in enumerate(dl[i:i + 3]):
            parts += [T(X0 + 170 * k, md(d)), T(X0 + 170 * k + 140, fmt(b), al="r")]
        items.append(item(12, *parts, cont=h2[2]))
    items.append(item(30, T(X0, "")))
    items.append(item(10, T(X0, "Questions, comments or errors? Call Truist Care at 844-4TRUIST (844-487-8478), 24 hours a day, 7 days a week.", 6.5)))
    items.append(item(10, T(X0, "Truist Bank, Member FDIC. Equal Housing Lender. Truist One Checking: no overdraft fees apply to items of $5 or less.", 6.5)))

    def header(doc, p, np_):
        H = doc.H
        doc.t(X0, H - 50, "TRUIST", 20, True)
        doc.t(XA, H - 44, "TRUIST ONE CHECKING  1100012345678", 8, True, "r")
        doc.t(XA, H - 56, "Page %d of %d" % (p, np_), 8, align="r")
        doc.t(XA, H - 68, "%s thru %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 8, align="r")
        if p == 1:
            for i, a in enumerate(["DANIEL R HOLLOWAY", "4417 PARK RD APT 12", "CHARLOTTE NC 28209-2211"]): doc.t(X0, H - 100 - 11 * i, a, 8)
            doc.t(330, H - 100, "How to reach us", 8, True)
            doc.t(330, H - 111, "Questions? Call Truist Care 844-4TRUIST", 7)
            doc.t(330, H - 122, "or visit Truist.com", 7)
            doc.t(X0, H - 160, "Did you know? Truist One Savings helps you save automatically. Learn more at Truist.com/save.", 7)
            return H - 190
        doc.t(X0, H - 86, "DANIEL R HOLLOWAY", 8)
        return H - 110

    def footer(doc, p, np_):
        doc.t(X0, 30, "Truist Bank, Member FDIC.  %s  Page %d of %d" % ("0004213", p, np_), 6)

    flow(os.path.join(OUT, stem + ".pdf"), letter, header, footer, items)
    write_truth(stem, "GV_us_truist", "****5678", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 BMO chequing (Canada: Amounts deducted / added, Opening balance, Closing totals)
def bmo(stem, seed, n=24, start=dt.date(2024, 5, 17), end=dt.date(2024, 6, 16), ob=D("2847.31"), overdraft=False, per_page=50):
    rng = random.Random(seed)
    pool = [("INTERAC e-Transfer Sent", 20, 400), ("Debit Card Purchase, LOBLAWS #1042", 15, 180), ("Pre-Authorized Payment, ENBRIDGE GAS", 60, 140),
            ("Debit Card Purchase, TIM HORTONS #2291", 3, 18), ("ABM Withdrawal, BMO 1 FIRST CDN PL", 40, 300),
            ("Online Bill Payment, TORONTO HYDRO-ELECTRIC", 70, 190), ("Pre-Authorized Payment, ROGERS WIRELESS", 65, 120),
            ("Debit Card Purchase, SHOPPERS DRUG MART #0812", 8, 90)]
    cr = [("Direct Deposit, ACME LOGISTICS INC PAY", 1800, 2600), ("INTERAC e-Transfer Received", 20, 300)]
    if overdraft: ob = D("184.20")
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr)
    if overdraft:
        d = start + dt.timedelta(days=4)
        txs.append({"date": d, "desc": "Pre-Authorized Payment, RBC MORTGAGE", "amount": D("-1642.88")})
        txs.append({"date": d + dt.timedelta(days=1), "desc": "Overdraft Interest", "amount": D("-3.47")})
        txs.append({"date": d + dt.timedelta(days=2), "desc": "Overdraft Handling Charge", "amount": D("-5.00")})
        txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    for t in txs:
        t["desc_lines"] = [t["desc"]]; t["bal"] = t["run"]
    bmod = lambda v: fmt(v)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%b %d"), "desc": t["desc_lines"], "b": bmod(t["bal"])}
        if t["amount"] < 0: r["w"] = fmt(-t["amount"])
        else: r["a"] = fmt(t["amount"])
        rows.append(r)
    wd = sum(-t["amount"] for t in txs if t["amount"] < 0); ad = sum(t["amount"] for t in txs if t["amount"] > 0)
    ld = lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y")

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "BMO", 22, True); doc.t(112, H - 48, "Bank of Montreal", 9)
        doc.t(572, H - 40, "Everyday Banking", 10, True, "r")
        doc.t(572, H - 52, "Statement period", 8, align="r")
        doc.t(572, H - 62, "%s to %s" % (ld(start), ld(end)), 8, align="r")
        doc.t(572, H - 74, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            for i, a in enumerate(["MS CHLOE A. BERGERON", "88 HARBOUR ST UNIT 2304", "TORONTO ON  M5J 0C3"]): doc.t(40, H - 96 - 11 * i, a, 8)
            doc.c.rect(320, H - 178, 252, 80)
            doc.t(328, H - 110, "Summary of your account", 9, True)
            S = [("Opening balance on " + ld(start), usd(ob)), ("Total amounts deducted", usd(wd)), ("Total amounts added", usd(ad)),
                 ("Closing balance on " + ld(end), usd(cb))]
            for i, (a, b) in enumerate(S): doc.t(328, H - 124 - 12 * i, a, 7.5); doc.t(564, H - 124 - 12 * i, b, 7.5, False, "r")
            doc.t(40, H - 200, "Here's what happened in your account", 11, True)
            doc.t(40, H - 214, "Primary Chequing Account   # 3928 1234-567", 8, True)
            return H - 232
        doc.t(40, H - 96, "Primary Chequing Account   # 3928 1234-567 (continued)", 8, True)
        return H - 114

    cols = [("Date", 40, "l", "d"), ("Description", 90, "l", "desc"), ("Amounts deducted from\nyour account ($)", 395, "r", "w"),
            ("Amounts added to\nyour account ($)", 498, "r", "a"), ("Balance ($)", 572, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%b %d"), 8); doc.t(90, y, "Opening balance", 8); doc.t(572, y, bmod(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(300, y + 8, 572, y + 8)
        doc.t(90, y - 2, "Closing totals", 8, True); doc.t(395, y - 2, fmt(wd), 8, True, "r"); doc.t(498, y - 2, fmt(ad), 8, True, "r"); doc.t(572, y - 2, bmod(cb), 8, True, "r")
        doc.t(40, y - 24, "Please report any errors or omissions within 45 days of the statement period end date.", 6.5)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 30, "® Registered trademark of Bank of Montreal. BMO is a member of the Canada Deposit Insurance Corporation (CDIC).", 6)

    render(os.path.join(OUT, stem + ".pdf"), letter, header, cols, rows, footer, per_page=per_page, top_rows=[top], bottom=bottom)
    write_truth(stem, "GV_ca_bmo", "****4567", "CAD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 CIBC Visa (Trans date / Post date / Description / Spend categories / Amount($))
def cibc(stem, seed, n=22, start=dt.date(2024, 5, 13), end=dt.date(2024, 6, 12), prev=D("1284.66"), fx=False, credit=False):
    rng = random.Random(seed)
    pool = [("METRO 612 MONTREAL QC", "Retail and Grocery", 12, 160), ("SAQ 23011 MONTREAL QC", "Retail and Grocery", 18, 90),
            ("UBER CANADA/UBERTRIP TORONTO ON", "Transportation", 9, 45), ("PETRO-CANADA 98211 LAVAL QC", "Transportation", 35, 90),
            ("RESTAURANT TOQUE MONTREAL QC", "Restaurants", 45, 210), ("PHARMAPRIX #3127 MONTREAL QC", "Health and Education", 8, 75),
            ("AMZN Mktp CA*RT3KX9 WWW.AMAZON.CAON", "Retail and Grocery", 15, 130), ("BELL CANADA 8004663 VERDUN QC", "Home and Office Improvement", 95, 95),
            ("CINEPLEX #1105 MONTREAL QC", "Hotel, Entertainment and Recreation", 15, 45)]
    fxpool = [("NETFLIX.COM LOS GATOS CA", "USD", D("1.371875")), ("HOTEL LE MARAIS PARIS FR", "EUR", D("1.492113")), ("SQ *BLUE BOTTLE COFFEE NEW YORK NY", "USD", D("1.369402"))]
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, (end - start).days - 1))
        desc, cat, lo, hi = rng.choice(pool)
        a = D(rng.randint(lo * 100, hi * 100)) / 100
        txs.append({"date": d, "post": d + dt.timedelta(days=rng.choice([0, 1, 1, 2])), "desc_lines": [desc], "cat": cat, "amount": -a, "sec": "n"})
    if fx:
        for k in range(3):
            desc, c, rate = fxpool[k]
            fa = D(rng.randint(1500, 24000)) / 100
            a = (fa * rate).quantize(C2)
            d = start + dt.timedelta(days=rng.randint(0, (end - start).days - 2))
            txs.append({"date": d, "post": d + dt.timedelta(days=1), "desc_lines": [desc, "%s %s @ %s" % (fmt(fa), c, rate)], "cat": "Foreign Currency Transactions",
                        "amount": -a, "sec": "n"})
    d = start + dt.timedelta(days=rng.randint(3, 8))
    txs.append({"date": d, "post": d + dt.timedelta(days=2), "desc_lines": ["SAQ 23011 MONTREAL QC"], "cat": "Retail and Grocery", "amount": D("42.75"), "sec": "n"})
    pay = prev + (D("900.00") if credit else D("0"))
    pd_ = start + dt.timedelta(days=14)
    txs.append({"date": pd_, "post": pd_, "desc_lines": ["PAYMENT THANK YOU/PAIEMENT MERCI"], "cat": "", "amount": pay, "sec": "p"})
    if credit:   # a payment larger than the debt and a few small purchases: the card ends in credit
        txs = [t for t in txs if t["sec"] == "p"] + [t for t in txs if t["sec"] == "n" and t["amount"] > -60][:8]
    txs.sort(key=lambda t: (t["date"], t["post"]))
    purchases = sum(-t["amount"] for t in txs if t["sec"] == "n" and t["amount"] < 0)
    credits = sum(t["amount"] for t in txs if t["sec"] == "n" and t["amount"] > 0)
    new = prev - pay - credits + purchases
    md = lambda d: d.strftime("%b ") + "%d" % d.day
    amt = lambda t: fmt(-t["amount"]) if t["amount"] != 0 else "0.00"
    X0 = 40
    items = [item(22, T(X0, "Your payments", 11, True)), item(14, T(X0, "Trans", 7, True), T(82, "Post", 7, True)),
             item(14, T(X0, "date", 7, True), T(82, "date", 7, True), T(124, "Description", 7, True), T(572, "Amount($)", 7, True, "r"))]
    pays = [t for t in txs if t["sec"] == "p"]
    for t in pays:
        items.append(item(12, T(X0, md(t["date"])), T(82, md(t["post"])), T(124, t["desc_lines"][0]), T(572, "-" + fmt(t["amount"]), al="r")))
    items.append(item(26, T(124, "Total payments", 8, True), T(572, "-$" + fmt(sum(t["amount"] for t in pays)), 8, True, "r")))
    items.append(item(22, T(X0, "Your new charges and credits", 11, True)))
    colh = [(14, lambda doc, y: (doc.t(X0, y, "Trans", 7, True), doc.t(82, y, "Post", 7, True), doc.t(390, y, "Spend", 7, True))),
            (14, lambda doc, y: [doc.t(x, y, s, 7, True, al) for (x, s, al) in ((X0, "date", "l"), (82, "date", "l"), (124, "Description", "l"), (390, "Categories", "l"), (572, "Amount($)", "r"))])]
    cont = (50, lambda doc, y: (doc.t(X0, y, "Your new charges and credits (continued)", 10, True), colh[0][1](doc, y - 22), colh[1][1](doc, y - 36)))
    items += colh
    items.append(item(14, T(X0, "Card number 4500 XXXX XXXX 7731   SOPHIE TREMBLAY", 8, True)))
    news = [t for t in txs if t["sec"] == "n"]
    for t in news:
        ls = t["desc_lines"]
        a = "-" + fmt(t["amount"]) if t["amount"] > 0 else amt(t)
        first = item(11 * len(ls) + 1, T(X0, md(t["date"])), T(82, md(t["post"])), T(124, ls[0]), T(390, t["cat"], 7), T(572, a, al="r"), cont=cont)
        if len(ls) > 1:
            h, draw = first[0], first[1]
            first = (h, (lambda draw, ls: lambda doc, y: (draw(doc, y), doc.t(124, y - 11, ls[1], 7.5)))(draw, ls), cont)
        items.append(first)
    tot = purchases - credits
    items.append(item(14, T(124, "Total for 4500 XXXX XXXX 7731", 8, True), T(572, ("-$" if tot < 0 else "$") + fmt(abs(tot)), 8, True, "r")))
    items.append(item(30, T(124, "Total new charges and credits", 8, True), T(572, ("-$" if tot < 0 else "$") + fmt(abs(tot)), 8, True, "r")))
    items.append(item(10, T(X0, "Foreign currency transactions are converted to Canadian dollars at a rate 2.5% above the rate CIBC pays. See your Cardholder Agreement.", 6.5)))
    items.append(item(10, T(X0, "Aventura is a registered trademark of CIBC. *Visa Int./CIBC licensed user. Interest is charged on purchases from the transaction date.", 6.5)))
    ld = lambda d: d.strftime("%B ") + str(d.day) + d.strftime(", %Y")

    def header(doc, p, np_):
        H = doc.H
        doc.t(X0, H - 48, "CIBC", 22, True)
        doc.t(572, H - 40, "CIBC Aventura® Visa* Card", 10, True, "r")
        doc.t(572, H - 52, "Account number 4500 XXXX XXXX 7731", 8, align="r")
        doc.t(572, H - 62, "Statement Date %s" % ld(end), 8, align="r")
        doc.t(572, H - 72, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            for i, a in enumerate(["SOPHIE TREMBLAY", "4521 RUE SAINT-DENIS", "MONTREAL QC  H2J 2L3"]): doc.t(X0, H - 96 - 11 * i, a, 8)
            doc.t(X0, H - 144, "Statement Period %s to %s" % (start.strftime("%B ") + str(start.day), ld(end)), 8)
            doc.c.rect(320, H - 236, 252, 144)
            doc.t(328, H - 106, "Your account at a glance", 9, True)
            S = [("Previous balance", usd(prev)), ("Payments", "-$" + fmt(pay)), ("Other credits", "-$" + fmt(credits)), ("Purchases", "+" + fmt(purchases)),
                 ("Cash advances", "+0.00"), ("Interest", "+0.00"), ("Fees", "+0.00"), ("Total balance", "=" + usd(new))]
            for i, (a, b) in enumerate(S): doc.t(328, H - 120 - 11 * i, a, 7.5, i == 7); doc.t(564, H - 120 - 11 * i, b, 7.5, i == 7, "r")
            mn = max(D("0"), min(new, max(D("10.00"), (new * D("0.03")).quantize(C2))))
            doc.t(328, H - 212, "Minimum payment  %s    Payment due date  July 3, 2024" % usd(mn), 7)
            doc.t(328, H - 224, "Credit limit $8,500.00    Available credit %s" % usd(D("8500") - new), 7)
            return H - 256
        doc.t(X0, H - 96, "SOPHIE TREMBLAY", 8)
        return H - 120

    def footer(doc, p, np_):
        doc.t(X0, 30, "CIBC, P.O. Box 4568, Station A, Toronto ON M5W 4X9.  1 800 465-4653  cibc.com", 6)

    flow(os.path.join(OUT, stem + ".pdf"), letter, header, footer, items)
    write_truth(stem, "GV_ca_cibc_card", "****7731", "CAD", start, end, -prev, -new, txs)


# ---------------------------------------------------------------- 4 Banco do Brasil extrato (Dia / Lote / Documento / Histórico / Valor, "(-)"/"(+)" or D/C)
def bb(stem, seed, n=20, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("2315.40"), dc=False, per_page=60):
    rng = random.Random(seed)
    pool = [(["Pix - Enviado", "{dm} {hm} PADARIA PAO DOURADO LTDA"], 8, 85), (["Compra com Cartão", "{dm} {hm} SUPERMERCADO ZAFFARI"], 30, 420),
            (["Pagamento de Boleto", "CLARO S.A."], 90, 180), (["Saque", "{dm} {hm} TAA 0123 AG CENTRO"], 50, 400),
            (["Pix - Enviado", "{dm} {hm} JOSE CARLOS PEREIRA"], 20, 600), (["Tarifa Pacote de Serviços", "Cobrança referente {mm}"], 39.9, 39.9),
            (["Pagto conta luz", "CEEE EQUATORIAL"], 120, 260), (["Compra com Cartão", "{dm} {hm} POSTO IPIRANGA BENTO"], 60, 250)]
    cr = [(["Pix - Recebido", "{dm} {hm} 12345678900 ANA PAULA SOUZA"], 30, 400), (["Proventos", "SECRETARIA DA FAZENDA RS"], 5200, 6900)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: lines, lo, hi = rng.choice(cr); sg = 1
        else: lines, lo, hi = rng.choice(pool); sg = -1
        a = D(rng.randint(int(lo * 100), int(hi * 100))) / 100
        ls = [l.format(dm=d.strftime("%d/%m"), hm="%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59)), mm=start.strftime("%m/%Y")) for l in lines]
        txs.append({"date": d, "desc_lines": ls, "amount": a * sg})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    br = lambda v: fmt(abs(v), ".", ",") + ((" D" if v < 0 else " C") if dc else (" (-)" if v < 0 else " (+)"))
    rows = []
    for t in txs:
        rows.append({"d": t["date"].strftime("%d/%m/%Y"), "lote": str(rng.choice([14397, 13105, 99015, 14020])), "doc": "%d.%03d" % (rng.randint(1, 999), rng.randint(0, 999)),
                     "desc": t["desc_lines"], "v": br(t["amount"])})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Banco do Brasil", 16, True)
        doc.t(555, H - 40, "Extrato de conta corrente", 10, True, "r")
        doc.t(555, H - 52, "Página %d/%d" % (p, np_), 8, align="r")
        doc.t(40, H - 64, "Cliente - Conta atual", 8, True)
        doc.t(40, H - 75, "Agência  3417-2    Conta corrente  28471-X    MARIANA OLIVEIRA COSTA", 8)
        doc.t(40, H - 86, "Período do extrato  %s a %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
        doc.t(40, H - 100, "Lançamentos", 9, True)
        return H - 116

    cols = [("Dia", 40, "l", "d"), ("Lote", 98, "l", "lote"), ("Documento", 138, "l", "doc"), ("Histórico", 200, "l", "desc"), ("Valor", 555, "r", "v")]

    def top(doc, y):
        doc.t(40, y, (start - dt.timedelta(days=1)).strftime("%d/%m/%Y"), 8); doc.t(98, y, "0", 8); doc.t(200, y, "Saldo Anterior", 8); doc.t(555, y, br(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%d/%m/%Y"), 8, True); doc.t(200, y, "S A L D O", 8, True); doc.t(555, y, br(cb), 8, True, "r")
        doc.t(40, y - 26, "Informações Adicionais", 8, True)
        doc.t(40, y - 38, "Os dados acima têm como base as informações disponíveis neste momento e podem ser alterados a qualquer momento.", 6.5)
        doc.t(40, y - 48, "Transação efetuada com sucesso por: J8912345 MARIANA OLIVEIRA COSTA.", 6.5)
        return y - 54

    def footer(doc, p, np_):
        doc.t(40, 30, "SAC 0800 729 0722 · Ouvidoria BB 0800 729 5678 · Para deficientes auditivos ou de fala 0800 729 0088 · bb.com.br", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=per_page, top_rows=[top], bottom=bottom)
    write_truth(stem, "GV_br_bb", "****471X", "BRL", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 BBVA México cuenta (FECHA OPER / LIQ, CARGOS / ABONOS, OPERACIÓN / LIQUIDACIÓN saldos)
def bbva(stem, seed, n=22, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("38432.90"), per_page=40):
    rng = random.Random(seed)
    pool = [(["PAGO CUENTA DE TERCERO", "BNET 0123456789", "RENTA JUNIO"], 3500, 9000), (["SPEI ENVIADO BANORTE", "0061224 072 0106240", "PAGO TARJETA"], 500, 6000),
            (["OXXO GAS HIDALGO"], 300, 900), (["WAL MART COYOACAN"], 150, 2400), (["RETIRO CAJERO", "AUTOMATICO BBVA 6032"], 500, 3000),
            (["PAGO SERVICIO TELMEX", "CONV 5512345678"], 389, 599), (["STARBUCKS REFORMA 222"], 65, 190)]
    cr = [(["SPEI RECIBIDOSANTANDER", "0145678 014 2024060512", "NOMINA QUINCENAL"], 14000, 19000), (["DEPOSITO EN EFECTIVO", "PRACTICAJA 4410"], 500, 4000)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.22: lines, lo, hi = rng.choice(cr); sg = 1
        else: lines, lo, hi = rng.choice(pool); sg = -1
        a = D(rng.randint(lo * 100, hi * 100)) / 100
        if lines[0].startswith("COMISION"): a = D("0.00")
        txs.append({"date": d, "desc_lines": lines, "amount": a * sg, "ref": "Ref. %010d" % rng.randint(0, 9999999999)})
    for dd in (14, 29):   # the fortnightly payroll, and the account fee waived (a zero charge row)
        txs.append({"date": start + dt.timedelta(days=dd), "desc_lines": ["SPEI RECIBIDOSANTANDER", "0145678 014 20240%d12" % dd, "NOMINA QUINCENAL"],
                    "amount": D(rng.randint(1400000, 1900000)) / 100, "ref": "Ref. %010d" % rng.randint(0, 9999999999)})
    txs.append({"date": start + dt.timedelta(days=20), "desc_lines": ["COMISION MANEJO CTA"], "amount": D("0.00"), "ref": "Ref. %010d" % rng.randint(0, 9999999999)})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    for i, t in enumerate(txs):
        if i == len(txs) - 1 or txs[i + 1]["date"] != t["date"]: t["bal"] = t["run"]
    mx = lambda d: "%02d/%s" % (d.day, ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"][d.month - 1])
    rows = []
    for t in txs:
        liq = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1])) if t["date"] < end else t["date"]
        r = {"o": mx(t["date"]), "l": mx(liq), "desc": t["desc_lines"], "ref": t["ref"]}
        if t["amount"] < 0 or (t["amount"] == 0): r["c"] = fmt(-t["amount"])
        else: r["a"] = fmt(t["amount"])
        if t.get("bal") is not None: r["so"] = fmt(t["bal"]); r["sl"] = fmt(t["bal"])
        rows.append(r)
    dep = [t for t in txs if t["amount"] > 0]; ret = [t for t in txs if t["amount"] <= 0]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "BBVA", 22, True)
        doc.t(555, H - 40, "Estado de Cuenta", 10, True, "r")
        doc.t(555, H - 52, "Libretón Básico Cuenta Digital", 8, align="r")
        doc.t(555, H - 63, "PAGINA %d / %d" % (p, np_), 8, align="r")
        doc.t(40, H - 70, "No. de Cuenta 0123456789   No. de Cliente D7654321", 8)
        doc.t(40, H - 81, "Periodo DEL %s AL %s   Fecha de Corte %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
        y = H - 100
        if p == 1:
            for i, a in enumerate(["ALEJANDRA RAMIREZ TORRES", "AV INSURGENTES SUR 1458 INT 302", "COL ACTIPAN CP 03230", "BENITO JUAREZ, CDMX"]): doc.t(40, y - 11 * i, a, 8)
            doc.c.rect(320, y - 62, 235, 70)
            doc.t(328, y - 4, "Comportamiento", 8, True)
            S = [("Saldo Anterior", fmt(ob)), ("Depósitos / Abonos (+)   %d" % len(dep), fmt(sum(t["amount"] for t in dep))),
                 ("Retiros / Cargos (-)   %d" % len(ret), fmt(-sum(t["amount"] for t in ret))), ("Saldo Final (+)", fmt(cb))]
            for i, (a, b) in enumerate(S): doc.t(328, y - 17 - 11 * i, a, 7.5); doc.t(548, y - 17 - 11 * i, b, 7.5, align="r")
            y -= 84
        doc.t(40, y, "Detalle de Movimientos Realizados", 9, True)
        doc.t(62, y - 14, "FECHA", 7.5, True, "c"); doc.t(500, y - 14, "SALDO", 7.5, True, "c")   # centred over OPER | LIQ and the two balances
        return y - 23

    cols = [("OPER", 40, "l", "o"), ("LIQ", 72, "l", "l"), ("DESCRIPCIÓN", 106, "l", "desc"), ("REFERENCIA", 250, "l", "ref"), ("CARGOS", 375, "r", "c"),
            ("ABONOS", 430, "r", "a"), ("OPERACIÓN", 490, "r", "so"), ("LIQUIDACIÓN", 555, "r", "sl")]

    def bottom(doc, y):
        doc.t(106, y - 4, "Total de Movimientos", 8, True)
        doc.t(106, y - 16, "TOTAL IMPORTE CARGOS   %s     TOTAL MOVIMIENTOS CARGOS   %d" % (fmt(-sum(t["amount"] for t in ret)), len(ret)), 7)
        doc.t(106, y - 27, "TOTAL IMPORTE ABONOS   %s     TOTAL MOVIMIENTOS ABONOS   %d" % (fmt(sum(t["amount"] for t in dep)), len(dep)), 7)
        doc.t(40, y - 48, "BBVA México, S.A., Institución de Banca Múltiple, Grupo Financiero BBVA México. Av. Paseo de la Reforma 510, Col. Juárez, CDMX.", 5.5)
        return y - 54

    def footer(doc, p, np_):
        doc.t(40, 30, "La GAT Real es el rendimiento que obtendría después de descontar la inflación estimada. Línea BBVA 55 5226 2663.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=per_page, bottom=bottom)
    write_truth(stem, "GV_mx_bbva", "****6789", "MXN", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Davivienda cuenta de ahorros (Fecha / Descripción / Oficina / Débitos / Créditos / Saldo, "$ 1.234.567,00")
def davivienda(stem, seed, n=20, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("3845210.00"), per_page=60):
    rng = random.Random(seed)
    pool = [("COMPRA EN EXITO COLINA", "INTERNET", 25000, 380000), ("RETIRO CAJERO DAVIVIENDA CALLE 72", "CALLE 72", 100000, 600000),
            ("PAGO PSE CODENSA S.A. ESP", "INTERNET", 85000, 240000), ("TRANSFERENCIA A CTA BANCOLOMBIA", "APP MOVIL", 50000, 900000),
            ("COMPRA EN RAPPI COLOMBIA", "INTERNET", 18000, 95000), ("CUOTA DE MANEJO TARJETA DEBITO", "PORTAL 80", 14900, 14900)]
    cr = [("ABONO NOMINA ECOPETROL S.A.", "OFICINA PRINCIPAL", 4800000, 6200000), ("TRANSFERENCIA DESDE NEQUI", "APP MOVIL", 20000, 300000)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: desc, of, lo, hi = rng.choice(cr); sg = 1
        else: desc, of, lo, hi = rng.choice(pool); sg = -1
        a = D(rng.randint(lo // 100, hi // 100) * 100)
        txs.append({"date": d, "desc_lines": [desc], "of": of, "amount": a * sg})
        if sg < 0 and of != "PORTAL 80":   # the 4 per 1,000 financial movement tax on the debit
            txs.append({"date": d, "desc_lines": ["GRAVAMEN MOVIMIENTOS FINANCIEROS"], "of": of, "amount": -(a * D("0.004")).quantize(C2)})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    for t in txs: t["bal"] = t["run"]
    cop = lambda v: ("-$ " if v < 0 else "$ ") + fmt(abs(v), ".", ",")
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m"), "desc": t["desc_lines"], "of": t["of"], "s": cop(t["bal"])}
        if t["amount"] < 0: r["db"] = cop(-t["amount"])
        else: r["cr"] = cop(t["amount"])
        rows.append(r)
    db = sum(-t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "DAVIVIENDA", 18, True)
        doc.t(555, H - 40, "Extracto Cuenta de Ahorros", 10, True, "r")
        doc.t(555, H - 52, "Página %d de %d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "Cuenta de Ahorros No. 0570 0012 3456 78", 8)
        doc.t(40, H - 77, "Período: %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
        if p == 1:
            for i, a in enumerate(["CAMILO ANDRES GOMEZ ARIAS", "CRA 15 # 93-47 APTO 501", "BOGOTA D.C."]): doc.t(40, H - 96 - 11 * i, a, 8)
            doc.c.rect(320, H - 150, 235, 62)
            doc.t(328, H - 100, "Resumen", 8, True)
            S = [("Saldo Anterior", cop(ob)), ("Más Créditos", cop(crs)), ("Menos Débitos", cop(db)), ("Nuevo Saldo", cop(cb))]
            for i, (a, b) in enumerate(S): doc.t(328, H - 112 - 10 * i, a, 7.5); doc.t(548, H - 112 - 10 * i, b, 7.5, align="r")
            return H - 172
        return H - 96

    cols = [("Fecha", 40, "l", "d"), ("Descripción", 75, "l", "desc"), ("Oficina", 252, "l", "of"), ("Débitos", 382, "r", "db"),
            ("Créditos", 465, "r", "cr"), ("Saldo", 555, "r", "s")]

    def bottom(doc, y):
        doc.t(40, y - 8, "Señor cliente: si no presenta objeciones dentro de los 30 días siguientes al corte, este extracto se entenderá aprobado.", 5.5)
        doc.t(40, y - 16, "Davivienda es vigilado por la Superintendencia Financiera de Colombia. Producto cubierto por el seguro de depósitos de Fogafín.", 5.5)
        return y - 20

    def footer(doc, p, np_):
        doc.t(40, 30, "Banco Davivienda S.A. NIT 860.034.313-7 · Línea Davivienda 601 338 3838 · www.davivienda.com", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=per_page, bottom=bottom)
    write_truth(stem, "GV_co_davivienda", "****5678", "COP", start, end, ob, cb, txs)


P = "gv_"
truist(P + "us_truist", 11)
truist(P + "us_truist__pages", 12, n=58)
truist(P + "us_truist__overdraft", 13, overdraft=True)
bmo(P + "ca_bmo", 21)
bmo(P + "ca_bmo__overdraft", 22, overdraft=True)
bmo(P + "ca_bmo__pages", 23, n=48, per_page=26)
cibc(P + "ca_cibc_card", 31)
cibc(P + "ca_cibc_card__fx", 32, fx=True)
cibc(P + "ca_cibc_card__credit", 33, credit=True)
bb(P + "br_bb", 41)
bb(P + "br_bb__dc_pages", 42, n=44, dc=True, per_page=28)
bbva(P + "mx_bbva", 51)
bbva(P + "mx_bbva__pages", 52, n=46, per_page=30)
davivienda(P + "co_davivienda", 61)
davivienda(P + "co_davivienda__pages", 62, n=36, per_page=26)
print("done")
