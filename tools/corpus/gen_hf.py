#!/usr/bin/python3
"""Generator hf: 6 untuned layouts from the Americas and US fintech, each a base and one or two variants. Deterministic.

PayPal monthly account statement (Date / Description / Currency / Gross / Fee / Net / Balance, the Net moving the
balance, "Beginning balance"/"Ending balance" in a summary box), Apple Card (Payments and Transactions sections,
Daily Cash % and Daily Cash $ columns that are no transactions, Previous Monthly Balance / Total Balance), Charles
Schwab Bank Investor Checking (Withdrawals / Deposits / Balance, Beginning/Ending Balance rows, ATM fee rebates),
USAA classic checking (Debits / Credits / Balance, MM/DD, a Beginning/Ending Balance summary), Banco de Chile cartola
(whole pesos "1.234.567", Fecha "05/06", Canal o Sucursal not description, Saldo Inicial / Saldo Final), Banreservas
(Dominican Republic, RD$, Fecha / Referencia / Descripción / Débito / Crédito / Balance; Referencia not description).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from corpus_kit import C2, Doc, fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hf/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def rnd(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


# ---------------------------------------------------------------- 1 PayPal monthly account statement
def paypal(stem, seed, n=18, pages=False, nofee=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("1386.42")
    recv = [("Payment Received from Jennifer Walsh", 25, 260), ("Express Checkout Payment Received from Marcus Bell", 18, 140),
            ("Mobile Payment Received from Olivia Tran", 10, 90), ("Invoice Payment Received from Northgate Design LLC", 300, 1200)]
    sent = [("Express Checkout Payment to eBay Inc.", 12, 180), ("PreApproved Payment Bill User Payment: Spotify USA Inc", 11.99, 11.99),
            ("Payment to Etsy, Inc.", 14, 95), ("General Withdrawal - Bank Account ending in 6621", 200, 700),
            ("PreApproved Payment Bill User Payment: Adobe Inc.", 22.99, 22.99), ("Mass Pay Payment to Uber Technologies Inc", 9, 40)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.4:
            desc, lo, hi = rng.choice(recv); gross = rnd(rng, lo, hi)
            fee = D(0) if nofee else -(gross * D("0.0349") + D("0.49")).quantize(C2)
        else:
            desc, lo, hi = rng.choice(sent); gross = -rnd(rng, lo, hi); fee = D(0)
        tid = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(17))
        txs.append({"date": d, "desc": desc, "gross": gross, "fee": fee, "amount": gross + fee, "tid": tid})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 40) + ["ID: " + t["tid"]]
        rows.append({"d": t["date"].strftime("%m/%d/%Y"), "desc": t["desc_lines"], "cur": "USD", "g": fmt(t["gross"]), "f": fmt(t["fee"]),
                     "n": fmt(t["amount"]), "b": fmt(t["bal"])})
    money_in = sum(t["gross"] for t in txs if t["gross"] > 0); money_out = -sum(t["gross"] for t in txs if t["gross"] < 0)
    fees = -sum(t["fee"] for t in txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "PayPal", 22, True)
        doc.t(doc.W - 40, H - 38, "Monthly account statement", 10, True, "r")
        doc.t(doc.W - 40, H - 50, "%s - %s" % (start.strftime("%B %-d, %Y"), end.strftime("%B %-d, %Y")), 8, align="r")
        doc.t(doc.W - 40, H - 61, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 72, "Rebecca L. Moreno", 8); doc.t(40, H - 83, "2218 Ridgeview Lane", 8); doc.t(40, H - 94, "Austin, TX 78704", 8)
            doc.t(40, H - 108, "rebecca.moreno@example.com", 8)
            doc.t(330, H - 78, "Account ID: 7Q4XH2M9LPT3K", 8)
            doc.c.rect(40, H - 190, 532, 64)
            doc.t(48, H - 138, "Balance summary", 9, True)
            L = [("Currency", "Beginning balance", "Money in", "Fees", "Money out", "Ending balance"),
                 ("USD", fmt(ob), fmt(money_in), fmt(-fees), fmt(-money_out), fmt(cb))]
            xs = [48, 200, 280, 350, 430, 564]
            for i, row in enumerate(L):
                for k, s in enumerate(row):
                    doc.t(xs[k], H - 154 - 14 * i, s, 8, i == 0, "l" if k == 0 else "r")
            doc.t(40, H - 208, "Activity", 11, True)
            return H - 226
        doc.t(40, H - 90, "Activity (continued)", 10, True)
        return H - 108

    cols = [("Date", 40, "l", "d"), ("Description", 102, "l", "desc"), ("Currency", 318, "l", "cur"), ("Gross", 410, "r", "g"),
            ("Fee", 455, "r", "f"), ("Net", 508, "r", "n"), ("Balance", 572, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 40, "PayPal balance accounts are provided by PayPal, Inc. Funds held in your PayPal balance are not FDIC insured unless eligible for", 5.5)
        doc.t(40, 32, "pass-through insurance. PayPal, Inc., 2211 North First Street, San Jose, CA 95131. For help, visit paypal.com/us/smarthelp.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=(24 if pages else 56))
    write(stem, "hf_us_paypal", None, "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Apple Card (Goldman Sachs)
def apple(stem, seed, n=20, credit=False, pages=False, inst=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 1), dt.date(2025, 3, 31)
    owed = D("842.17")
    pool = [("Apple Services  One Apple Park Way  Cupertino  95014  CA  USA", 0.99, 14.99, 3),
            ("Trader Joe's #555  2310 Telegraph Ave  Berkeley  94704  CA  USA", 14, 120, 2),
            ("Lyft  *Ride Thu 6pm  San Francisco  94107  CA  USA", 9, 38, 2), ("Chevron 0094117  1450 Ashby Ave  Berkeley  94702  CA  USA", 28, 70, 2),
            ("Apple Store #R014  1 Stockton St  San Francisco  94108  CA  USA", 29, 249, 3), ("Amazon Mktpl*2K4RT1  Amzn.com/bill  98109  WA  USA", 8, 110, 1),
            ("Peet's Coffee #12  2124 Vine St  Berkeley  94709  CA  USA", 4, 11, 2)]
    txs = []
    days = (end - start).days
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        desc, lo, hi, pct = rng.choice(pool)
        txs.append({"date": d, "desc": " ".join(desc.split()), "amount": -rnd(rng, lo, hi), "pct": pct})
    ret = {"date": start + dt.timedelta(days=17), "desc": "Apple Store #R014 1 Stockton St San Francisco 94108 CA USA (RETURN)",
           "amount": D("129.00"), "pct": 3}
    txs.append(ret)
    txs.sort(key=lambda t: t["date"])
    pays = [{"date": start + dt.timedelta(days=6), "desc": "ACH Deposit Internet transfer from account ending in 2290",
             "amount": owed + (D("400.00") if credit else 0)}]
    if not credit:
        pays.append({"date": start + dt.timedelta(days=22), "desc": "ACH Deposit Internet transfer from account ending in 2290", "amount": D("150.00")})
    insts = []
    if inst:
        insts = [{"date": end, "desc": "iPhone 16 Pro 256GB Monthly Installment 4 of 24", "amount": D("-45.79")},
                 {"date": end, "desc": "AirPods Pro 2 Monthly Installment 9 of 12", "amount": D("-20.75")}]
    allt = pays + txs + insts
    new = owed - sum(t["amount"] for t in allt)
    mon = lambda v: ("-$" if v < 0 else "$") + fmt(abs(v))
    tpay = sum(t["amount"] for t in pays); tch = -sum(t["amount"] for t in txs)
    dcash = lambda t: (abs(t["amount"]) * t["pct"] / 100).quantize(C2) * (1 if t["amount"] < 0 else -1)
    tdc = sum(dcash(t) for t in txs)
    for t in allt:
        t["desc_lines"] = [t["desc"]]
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    H = doc.H
    W = doc.W

    def header(p, np_):
        doc.t(40, H - 46, "Apple Card", 15, True)
        doc.t(W - 40, H - 40, "Statement", 10, True, "r")
        doc.t(W - 40, H - 52, "%s — %s, %d" % (start.strftime("%b %-d"), end.strftime("%b %-d"), end.year), 8, align="r")
        doc.t(W - 40, H - 63, "Page %d /%d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 74, "Chloe A. Nakamura", 8); doc.t(40, H - 85, "1820 Spruce Street Apt 3", 8); doc.t(40, H - 96, "Berkeley, CA 94709", 8)
            doc.c.roundRect(318, H - 188, 254, 110, 6)
            L = [("Previous Monthly Balance", mon(owed)), ("Payments & Credits", mon(-tpay)), ("New Charges", mon(tch)),
                 ("Returns", mon(-ret["amount"])), ("Installments", mon(-sum(t["amount"] for t in insts))), ("Interest Charged", "$0.00"), ("Total Balance", mon(new)),
                 ("Minimum Payment Due", mon(max(D(0), min(new, D("29")))))]
            for i, (a, b) in enumerate(L):
                doc.t(326, H - 90 - 12 * i, a, 8, a == "Total Balance"); doc.t(W - 48, H - 90 - 12 * i, b, 8, a == "Total Balance", "r")
            doc.t(40, H - 126, "Payment Due by %s" % (end + dt.timedelta(days=30)).strftime("%b %-d, %Y"), 8, True)
            doc.t(40, H - 140, "Daily Cash earned this month", 8); doc.t(250, H - 140, mon(tdc), 8, True, "r")
            doc.t(40, H - 154, "Credit Limit $6,500.00   Available Credit %s" % mon(D("6500") - max(new, D(0))), 7.5)
            return H - 214
        return H - 86

    def footer(p, np_):
        doc.t(40, 30, "Apple Card is issued by Goldman Sachs Bank USA, Salt Lake City Branch. Card number ending 4417.", 6)
        doc.t(40, 22, "Questions about your account? Message us in Wallet or call 1-877-255-5923. Apple Card Customer Support, P.O. Box 7247, Philadelphia, PA 19170.", 6)

    c_pay = [("Date", 40, "l"), ("Description", 110, "l"), ("Amount", 572, "r")]
    c_tx = [("Date", 40, "l"), ("Description", 110, "l"), ("Daily Cash", 448, "r"), ("", 500, "r"), ("Amount", 572, "r")]
    items = [("H", "Payments", c_pay)] + [("P", t) for t in pays] + [("T", "Total payments for this period", mon(-tpay))] + \
            [("H", "Transactions", c_tx)] + [("R", t) for t in txs] + [("T", "Total charges, credits and returns", mon(tch - ret["amount"]))] + \
            [("T", "Total Daily Cash this month", mon(tdc))]
    if insts:
        items += [("H", "Apple Card Monthly Installments", c_pay)] + [("P", t) for t in insts] + \
                 [("T", "Total installments for this period", mon(-sum(t["amount"] for t in insts)))]
    per = 16 if pages else 40
    chunks, cur, cnt = [], [], 0
    for it in items:
        if it[0] == "R" and cnt >= per:
            chunks.append(cur); cur, cnt = [("H", "Transactions (continued)", c_tx)], 0
        cur.append(it); cnt += 1
    chunks.append(cur)
    for pi, ch in enumerate(chunks):
        y = header(pi + 1, len(chunks))
        for it in ch:
            if it[0] == "H":
                doc.t(40, y, it[1], 11, True); y -= 17
                for (title, x, al) in it[2]:
                    if title: doc.t(x, y, title, 7.5, True, al)
                doc.c.line(40, y - 4, W - 40, y - 4); y -= 16
            elif it[0] == "P":
                t = it[1]
                doc.t(40, y, t["date"].strftime("%m/%d/%Y"), 7.5); doc.t(110, y, t["desc"], 7.5)
                doc.t(572, y, mon(-t["amount"]), 7.5, align="r"); y -= 14
            elif it[0] == "R":
                t = it[1]
                doc.t(40, y, t["date"].strftime("%m/%d/%Y"), 7.5); doc.t(110, y, t["desc"], 7.5)
                doc.t(448, y, ("-" if t["amount"] > 0 else "") + "%d%%" % t["pct"], 7.5, align="r")
                doc.t(500, y, mon(dcash(t)), 7.5, align="r"); doc.t(572, y, mon(-t["amount"]), 7.5, align="r"); y -= 14
            else:
                doc.t(110, y - 2, it[1], 8, True); doc.t(572, y - 2, it[2], 8, True, "r"); y -= 24
        footer(pi + 1, len(chunks))
        doc.c.showPage()
    doc.c.save()
    for t in allt: t["bal"] = None
    write(stem, "hf_us_applecard", "****4417", "USD", start, end, -owed, -new, allt)


# ---------------------------------------------------------------- 3 Charles Schwab Bank Investor Checking
def schwab(stem, seed, n=20, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("4120.55")
    pool = [("ATM WITHDRAWAL {r} BANCO SANTANDER MADRID ES", 60, 300), ("VISA DEBIT PURCHASE {r} SAFEWAY #1711 DENVER CO", 18, 160),
            ("ACH WITHDRAWAL XCEL ENERGY-PSCO XCELENERGY {r}", 60, 180), ("CHECK PAID #{r}", 120, 1800),
            ("FUNDS TRANSFER TO BROKERAGE ****-4412", 500, 2000), ("VISA DEBIT PURCHASE {r} AMAZON.COM*AB12C SEATTLE WA", 10, 140),
            ("ATM WITHDRAWAL {r} 7-ELEVEN DENVER CO", 40, 200)]
    cr = [("ACH DEPOSIT ROCKY MTN HEALTH PAYROLL PPD", 3100, 3900), ("FUNDS TRANSFER FROM BROKERAGE ****-4412", 300, 1500)]
    txs = make_txns(rng, start, end, n, pool, cr)
    rebates = []
    for t in txs:
        if t["desc"].startswith("ATM WITHDRAWAL") and t["desc"].endswith(("ES", "CO")):
            rebates.append(D(rng.choice(["2.50", "3.00", "3.50", "5.00"])))
    if rebates:
        txs.append({"date": end, "desc": "ATM FEE REBATE", "amount": sum(rebates)})
    txs.append({"date": end, "desc": "INTEREST PAID", "amount": D("0.41")})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        r = {"d": t["date"].strftime("%m/%d"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["w" if t["amount"] < 0 else "dp"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "charles", 14, True); doc.t(40, H - 60, "SCHWAB", 16, True)
        doc.t(doc.W - 40, H - 38, "Schwab Bank Investor Checking™", 9, True, "r")
        doc.t(doc.W - 40, H - 50, "Statement Period: %s to %s" % (start.strftime("%B %-d, %Y"), end.strftime("%B %-d, %Y")), 8, align="r")
        doc.t(doc.W - 40, H - 61, "Account Number: 4400-12837465", 8, align="r")
        doc.t(doc.W - 40, H - 72, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 86, "MICHAEL T HARGROVE", 8); doc.t(40, H - 97, "1655 GRANT ST UNIT 904", 8); doc.t(40, H - 108, "DENVER CO 80203-1832", 8)
            doc.c.rect(320, H - 178, 252, 86)
            doc.t(328, H - 104, "Account Summary", 8.5, True)
            S = [("Beginning Balance", "$" + fmt(ob)), ("Deposits and Credits", "$" + fmt(crs)), ("Withdrawals and Debits", "$" + fmt(dr)),
                 ("Ending Balance", "$" + fmt(cb)), ("Interest Paid Year-to-Date", "$2.07"), ("Annual Percentage Yield Earned", "0.15%")]
            for i, (a, b) in enumerate(S):
                doc.t(328, H - 116 - 10 * i, a, 7.5); doc.t(564, H - 116 - 10 * i, b, 7.5, align="r")
            doc.t(40, H - 150, "ATM fees rebated this period: $%s" % fmt(sum(rebates) if rebates else D(0)), 7.5)
            doc.t(40, H - 200, "Transaction Detail", 10, True)
            return H - 218
        doc.t(40, H - 96, "Transaction Detail (continued)", 9, True)
        return H - 114

    cols = [("Date", 40, "l", "d"), ("Description", 80, "l", "desc"), ("Withdrawals", 400, "r", "w"), ("Deposits", 482, "r", "dp"),
            ("Balance", 566, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%m/%d"), 8); doc.t(80, y, "Beginning Balance", 8); doc.t(566, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, end.strftime("%m/%d"), 8); doc.t(80, y - 2, "Ending Balance", 8); doc.t(566, y - 2, fmt(cb), 8, align="r")
        doc.t(80, y - 16, "Total Activity", 8, True); doc.t(400, y - 16, fmt(dr), 8, True, "r"); doc.t(482, y - 16, fmt(crs), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 40, "Deposit and lending products are offered by Charles Schwab Bank, SSB, Member FDIC and an Equal Housing Lender. Schwab Bank", 5.5)
        doc.t(40, 32, "reimburses ATM fees charged worldwide on Investor Checking. Questions? Call 1-888-403-9000 or visit schwab.com/checking.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=(18 if pages else 46), top_rows=[top], bottom=bottom)
    write(stem, "hf_us_schwab", "****7465", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 USAA classic checking (Debits / Credits / Balance table)
def usaa(stem, seed, n=20, od=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 1, 14), dt.date(2025, 2, 12)
    ob = D("312.64") if od else D("2486.09")
    pool = [("POS DEBIT H-E-B #402 SAN ANTONIO TX", 20, 160), ("ACH DEBIT USAA P&C AUTOPAY", 118.40, 118.40),
            ("ACH DEBIT CPS ENERGY BILL PAYMT", 90, 210), ("ATM WITHDRAWAL 1100 NW LOOP 410 SAN ANTONIO TX", 40, 200),
            ("POS DEBIT SHELL SERVICE STATION SAN ANTONIO TX", 25, 65), ("USAA FUNDS TRANSFER DB TO SAVINGS", 100, 300),
            ("ZELLE PAYMENT TO KEVIN NGUYEN", 20, 250)]
    if od: pool = [(a, lo * 1.6, hi * 1.6) for a, lo, hi in pool]
    cr = [("ACH CREDIT DFAS-CLEVELAND MIL PAY", 1900, 2400), ("USAA MOBILE DEPOSIT", 40, 400)]
    if od: cr = [("USAA MOBILE DEPOSIT", 40, 200)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 42)
        r = {"d": t["date"].strftime("%m/%d"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 44, "USAA", 20, True)
        doc.t(doc.W - 40, H - 38, "USAA CLASSIC CHECKING", 9, True, "r")
        doc.t(doc.W - 40, H - 50, "Account Number 0218-44-7391", 8, align="r")
        doc.t(doc.W - 40, H - 61, "Statement Period %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 8, align="r")
        doc.t(doc.W - 40, H - 72, "Page %d of %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 86, "SGT ANDRE M COLLINS", 8); doc.t(40, H - 97, "8810 WURZBACH RD APT 1216", 8); doc.t(40, H - 108, "SAN ANTONIO TX 78240-1187", 8)
        doc.c.rect(40, H - 172, 532, 48)
        hd = ["Beginning Balance", "Deposits/Credits", "Withdrawals/Debits", "Ending Balance"]
        vs = ["$" + fmt(ob), "$" + fmt(crs), "$" + fmt(dr), ("-$" + fmt(-cb)) if cb < 0 else "$" + fmt(cb)]
        for k in range(4):
            doc.t(110 + 125 * k, H - 140, hd[k], 8, True, "c"); doc.t(110 + 125 * k, H - 156, vs[k], 8, False, "c")
        doc.t(40, H - 192, "TRANSACTIONS", 10, True)
        return H - 210

    cols = [("Date", 40, "l", "d"), ("Description", 82, "l", "desc"), ("Debits", 392, "r", "dr"), ("Credits", 474, "r", "cr"),
            ("Balance", 566, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 40, "USAA Federal Savings Bank, Member FDIC. Please examine this statement promptly. In case of errors or questions about your", 5.5)
        doc.t(40, 32, "electronic transfers, call 210-531-USAA (8722) or 800-531-USAA. USAA, 9800 Fredericksburg Road, San Antonio, TX 78288.", 5.5)

    def bottom(doc, y):
        if od:
            doc.t(40, y - 8, "Your account was overdrawn during this statement period. Overdraft protection can help avoid returned items.", 7)
            return y - 20
        return y

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=(16 if pages else 44), bottom=bottom)
    write(stem, "hf_us_usaa", "****7391", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 Banco de Chile cartola (cuenta corriente)
def bchile(stem, seed, n=22, pages=False, daily=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("1845320")
    pool = [("COMPRA NACIONAL JUMBO LA REINA", "Internet", 8000, 95000), ("PAGO AUTOMATICO ENEL DISTRIBUCION", "PAC", 18000, 62000),
            ("TRASPASO A:CAMILA ROJAS SOTO", "Internet", 15000, 250000), ("GIRO CAJERO AUTOMATICO", "Cajero Autom.", 20000, 200000),
            ("CARGO POR PAGO TC VISA", "Internet", 150000, 600000), ("COMPRA NACIONAL COPEC APP", "Internet", 15000, 60000),
            ("CHEQUE COBRADO POR CAJA", "Of. Providencia", 50000, 400000), ("COMISION MANTENCION PLAN", "Central", 6990, 6990)]
    cr = [("TRASPASO DE:SERVICIOS INTEGRALES SPA", "Internet", 900000, 1600000), ("DEPOSITO EN EFECTIVO", "Of. Las Condes", 20000, 300000),
          ("TRASPASO DE:JUAN PEREZ MORALES", "Internet", 10000, 120000)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.22: desc, ch, lo, hi = rng.choice(cr); sg = 1
        else: desc, ch, lo, hi = rng.choice(pool); sg = -1
        txs.append({"date": d, "desc": desc, "ch": ch, "amount": D(rng.randint(lo, hi)) * sg})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    clp = lambda v: fmt(v, ".", ",", 0)
    rows = []
    for k, t in enumerate(txs):
        t["desc_lines"] = [t["desc"]]
        last = k == len(txs) - 1 or txs[k + 1]["date"] != t["date"]
        t["shown"] = last or not daily
        r = {"d": t["date"].strftime("%d/%m"), "desc": t["desc_lines"], "ch": t["ch"]}
        if t["shown"]: r["b"] = clp(t["bal"])
        r["c" if t["amount"] < 0 else "a"] = clp(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 44, "Banco de Chile", 16, True)
        doc.t(doc.W - 40, H - 38, "CARTOLA N° 6", 9, True, "r")
        doc.t(doc.W - 40, H - 50, "Página %d de %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 66, "ESTADO DE CUENTA CORRIENTE", 10, True)
        doc.t(40, H - 82, "Sr(a).: FRANCISCA ANDREA MUÑOZ VALDÉS", 8); doc.t(330, H - 82, "RUT: 15.482.337-K", 8)
        doc.t(40, H - 93, "Cuenta Corriente N°: 00-123-45678-09", 8); doc.t(330, H - 93, "Moneda: PESOS", 8)
        doc.t(40, H - 104, "Desde: %s   Hasta: %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
        doc.t(330, H - 104, "Ejecutivo: Rodrigo Fuentes  Of. Providencia", 8)
        if p == 1:
            doc.c.rect(40, H - 158, 532, 42)
            hd = ["Saldo Inicial", "Total Cargos", "Total Abonos", "Saldo Final"]
            vs = ["$ " + clp(ob), "$ " + clp(dr), "$ " + clp(crs), "$ " + clp(cb)]
            for k in range(4):
                doc.t(106 + 133 * k, H - 130, hd[k], 8, True, "c"); doc.t(106 + 133 * k, H - 146, vs[k], 8, False, "c")
            doc.t(40, H - 178, "DETALLE DE MOVIMIENTOS", 9.5, True)
            return H - 196
        doc.t(40, H - 124, "DETALLE DE MOVIMIENTOS (continuación)", 9, True)
        return H - 142

    cols = [("Fecha", 40, "l", "d"), ("Descripción", 80, "l", "desc"), ("Canal o Sucursal", 290, "l", "ch"), ("Cargos", 432, "r", "c"),
            ("Abonos", 500, "r", "a"), ("Saldo", 570, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m"), 8); doc.t(80, y, "SALDO INICIAL", 8); doc.t(570, y, clp(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, end.strftime("%d/%m"), 8); doc.t(80, y - 2, "SALDO FINAL", 8); doc.t(570, y - 2, clp(cb), 8, align="r")
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 40, "Infórmese sobre la garantía estatal de los depósitos en su banco o en www.cmfchile.cl. Banco de Chile, Ahumada 251, Santiago.", 5.5)
        doc.t(40, 32, "Si no formula observaciones dentro de 30 días se entenderá aprobada esta cartola. Banco de Chile 600 637 3737.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(18 if pages else 48), top_rows=[top], bottom=bottom)
    write(stem, "hf_cl_bancochile", "****7809", "CLP", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Banreservas (Dominican Republic)
def banreservas(stem, seed, n=20, longdesc=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 7, 1), dt.date(2025, 7, 31)
    ob = D("6240.18") if od else D("48215.60")
    pool = [("COMPRA POS SUPERMERCADOS NACIONAL", 800, 9500), ("PAGO EDESUR DOMINICANA", 1200, 4800),
            ("RETIRO CAJERO AUTOMATICO BANRESERVAS", 1000, 10000), ("TRANSFERENCIA A TERCEROS LBTR", 2500, 30000),
            ("COMPRA POS SHELL LOPE DE VEGA", 1000, 3500), ("CARGO IMPUESTO DGII 0.15%", 3, 90), ("PAGO CLARO DOMINICANA", 900, 2600)]
    if longdesc:
        pool.append(("TRANSFERENCIA INTERBANCARIA ACH A BANCO POPULAR DOMINICANO CTA 7845120336 BENEFICIARIO MARIA ELENA DE LOS SANTOS", 4000, 25000))
    if od: pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
    cr = [("DEPOSITO NOMINA MINISTERIO DE EDUCACION", 38000, 52000), ("TRANSFERENCIA RECIBIDA TUBANCO", 1000, 15000)]
    if od: cr = [("TRANSFERENCIA RECIBIDA TUBANCO", 1000, 6000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 38)
        ref = "%09d" % rng.randint(0, 999999999)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "ref": ref, "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["db" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 44, "BANRESERVAS", 17, True)
        doc.t(40, H - 56, "Banco de Reservas de la República Dominicana", 7.5)
        doc.t(doc.W - 40, H - 38, "ESTADO DE CUENTA", 10, True, "r")
        doc.t(doc.W - 40, H - 50, "Página %d de %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 76, "JOSÉ RAFAEL MARTÍNEZ PEÑA", 8); doc.t(40, H - 87, "C/ Duarte No. 45, Ens. Naco", 8); doc.t(40, H - 98, "Santo Domingo, D.N.", 8)
            info = [("Producto:", "Cuenta de Ahorros"), ("No. de Cuenta:", "240-012384-6"), ("Moneda:", "RD$ Pesos Dominicanos"),
                    ("Período:", "%s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))]
            for i, (a, b) in enumerate(info):
                doc.t(340, H - 76 - 11 * i, a, 8, True); doc.t(420, H - 76 - 11 * i, b, 8)
            doc.c.rect(40, H - 166, 532, 44)
            hd = ["Balance Anterior", "Total Débitos", "Total Créditos", "Balance Actual"]
            vs = ["RD$ " + fmt(ob), "RD$ " + fmt(dr), "RD$ " + fmt(crs), "RD$ " + fmt(cb)]
            for k in range(4):
                doc.t(106 + 133 * k, H - 138, hd[k], 8, True, "c"); doc.t(106 + 133 * k, H - 154, vs[k], 8, False, "c")
            doc.t(40, H - 184, "DETALLE DE TRANSACCIONES", 9.5, True)
            return H - 202
        return H - 80

    cols = [("Fecha", 40, "l", "d"), ("Referencia", 98, "l", "ref"), ("Descripción", 160, "l", "desc"), ("Débito", 412, "r", "db"),
            ("Crédito", 490, "r", "cr"), ("Balance", 570, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 40, "Banreservas, Ave. Winston Churchill esq. Porfirio Herrera, Santo Domingo. Tel. 809-960-2121. Depósitos garantizados según", 5.5)
        doc.t(40, 32, "la Ley Monetaria y Financiera 183-02. Favor verificar este estado y reportar cualquier diferencia en un plazo de 30 días.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=48)
    write(stem, "hf_do_banreservas", "****3846", "DOP", start, end, ob, cb, txs)


P = "hf_"
paypal(P + "us_paypal", 11)
paypal(P + "us_paypal__2pages", 12, n=30, pages=True)
paypal(P + "us_paypal__nofee", 13, nofee=True)
apple(P + "us_applecard", 21)
apple(P + "us_applecard__credit", 22, credit=True)
apple(P + "us_applecard__2pages", 23, n=32, pages=True)
apple(P + "us_applecard__installments", 24, inst=True)
schwab(P + "us_schwab", 31)
schwab(P + "us_schwab__3pages", 32, n=36, pages=True)
usaa(P + "us_usaa", 41)
usaa(P + "us_usaa__overdraft", 42, od=True)
usaa(P + "us_usaa__3pages", 43, n=36, pages=True)
bchile(P + "cl_bancochile", 51)
bchile(P + "cl_bancochile__2pages", 52, n=34, pages=True)
bchile(P + "cl_bancochile__daily", 53, daily=True)
banreservas(P + "do_banreservas", 61)
banreservas(P + "do_banreservas__long", 62, longdesc=True)
banreservas(P + "do_banreservas__overdraft", 63, od=True)
print("done")
