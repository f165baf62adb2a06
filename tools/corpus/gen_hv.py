#!/usr/bin/python3
"""Generator hv: 5 untuned layouts x (base + 1-2 variants), exact truth. Deterministic.

Trade Republic (Germany, EUR: a KONTOÜBERSICHT box whose header repeats ZAHLUNGSEINGANG / ZAHLUNGSAUSGANG, then the
UMSATZÜBERSICHT table DATUM / TYP / BESCHREIBUNG / ZAHLUNGSEINGANG / ZAHLUNGSAUSGANG / SALDO, the date "02 Juni" over
"2025", "1.234,56 €"; a three-page variant), Komerční banka (Czech, CZK: Datum / Popis transakce / Identifikace
transakce / Částka, a signed "-1 234,56" amount, two-three line descriptions, no running balance, Počáteční/Konečný
zůstatek in a summary box; a foreign-currency variant and a three-page variant), Varo (US neobank: Date / Description /
Amount / Balance, signed "-$12.34", Beginning/Ending Balance in the summary; an overdraft variant with "-$23.10"
balances, and a four-page variant), Regions (US regional bank: a SUMMARY box, sections "OTHER DEPOSITS" and
"ELECTRONIC WITHDRAWALS" of "06/05 Description Amount" rows with a Total line, no per-row balance, a DAILY ENDING
BALANCE grid; a three-page variant with a "(continued)" section), Openbank (Spain, EUR: Fecha operación / Fecha valor / Concepto / Importe /
Saldo, "-45,00", Saldo inicial/final; a three-page and an overdraft variant).

Truth: Trade Republic's TYP and Komerční banka's Identifikace transakce are not description; a row's description is
its BESCHREIBUNG / all Popis transakce lines joined; Regions' rows are in page order (deposits then withdrawals), with
no balance; Regions' withdrawals are negative, though printed unsigned.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from corpus_kit import Doc, fmt, make_txns, paginate_lines, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hv/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
DE_M = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]


def box(doc, x, y, w, title, pairs, lh=10):
    doc.c.rect(x, y - 8 - lh * len(pairs) - 4, w, 14 + lh * len(pairs) + 4)
    doc.t(x + 8, y, title, 7.5, True)
    for i, (a, b) in enumerate(pairs):
        doc.t(x + 8, y - 12 - lh * i, a, 7.5); doc.t(x + w - 8, y - 12 - lh * i, b, 7.5, align="r")


# ---------------------------------------------------------------- 1 Trade Republic (Germany)
def trade_republic(stem, seed, n=18, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("9845.17") if pages else D("2845.17")
    eur = lambda v: fmt(v, ".", ",") + " €"
    pool = [("Kartentransaktion", "REWE Markt GmbH", 8, 95), ("Kartentransaktion", "Lidl sagt Danke", 5, 60),
            ("Kartentransaktion", "DB Vertrieb GmbH", 20, 140), ("Kartentransaktion", "Amazon.de*RT4K21MZ0", 10, 120),
            ("Handel", "Buy trade IE00B4L5Y983 iShares Core MSCI World USD (Acc), quantity: {q}", 100, 600),
            ("Sparplan", "Savings plan execution IE00B5BMR087 iShares Core S&P 500 UCITS ETF USD (Acc), quantity: {q}", 50, 250),
            ("Überweisung", "Outgoing transfer for Miete Juni Max Mustermann DE44500105175407324931", 650, 900)]
    cr = [("Überweisung", "Einzahlung akzeptiert: DE89370400440532013000 auf DE12100110012623456789", 500, 2500),
          ("Handel", "Sell trade US0378331005 Apple Inc., quantity: {q}", 150, 900),
          ("Erstattung", "Kartenerstattung Amazon.de*RT4K21MZ0", 10, 60)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days - 1))
        typ, desc, lo, hi = rng.choice(cr) if rng.random() < 0.25 else rng.choice(pool)
        sgn = 1 if (typ, desc, lo, hi) in cr else -1
        amt = (D(rng.randint(lo * 100, hi * 100)) / 100) * sgn
        txs.append({"date": d, "typ": typ, "desc": desc.replace("{q}", "%.6f" % (rng.randint(100000, 9000000) / 1e6)), "amount": amt})
    txs.sort(key=lambda t: t["date"])
    txs.append({"date": end, "typ": "Zinszahlung", "desc": "Your interest payment", "amount": D("6.41")})
    cb = running(txs, ob)
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 38)
    dr, crs = sums(txs)
    dd = lambda d: ("%02d %s" % (d.day, DE_M[d.month - 1]), str(d.year))
    path = os.path.join(OUT, stem + ".pdf")
    doc = Doc(path, A4)
    H = doc.H
    cols = [("DATUM", 40, "l"), ("TYP", 86, "l"), ("BESCHREIBUNG", 160, "l"), ("ZAHLUNGSEINGANG", 410, "r"),
            ("ZAHLUNGSAUSGANG", 490, "r"), ("SALDO", 555, "r")]
    # rows: each row takes max(2, desc lines) lines of 10 pt
    rows = [max(2, len(t["desc_lines"])) for t in txs]
    pg, cur, used, cap = [], [], 0, (34 if not pages else 26)
    for t, nl in zip(txs, rows):
        if used + nl > cap and cur:
            pg.append(cur); cur, used, cap = [], 0, (60 if not pages else 26)
        cur.append(t); used += nl
    pg.append(cur)
    np_ = len(pg)
    for pi, pr in enumerate(pg):
        doc.t(40, H - 42, "TRADE REPUBLIC", 14, True)
        doc.t(40, H - 54, "Trade Republic Bank GmbH · Brunnenstraße 19-21 · 10119 Berlin", 6.5)
        doc.t(340, H - 42, "DATUM", 7, True); doc.t(400, H - 42, "%02d %s %d - %02d %s %d" % (start.day, DE_M[start.month - 1], start.year,
                                                                                              end.day, DE_M[end.month - 1], end.year), 7)
        doc.t(340, H - 52, "IBAN", 7, True); doc.t(400, H - 52, "DE12 1001 1001 2623 4567 89", 7)
        doc.t(340, H - 62, "BIC", 7, True); doc.t(400, H - 62, "TRBKDEBBXXX", 7)
        y = H - 90
        if pi == 0:
            doc.t(40, H - 80, "Lena Schmidt", 8); doc.t(40, H - 90, "Lindenstraße 14", 8); doc.t(40, H - 100, "50674 Köln", 8)
            y = H - 130
            doc.t(40, y, "KONTOÜBERSICHT", 10, True); y -= 16
            for (t_, x, al) in [("PRODUKT", 40, "l"), ("ANFANGSSALDO", 250, "r"), ("ZAHLUNGSEINGANG", 350, "r"),
                                ("ZAHLUNGSAUSGANG", 450, "r"), ("ENDSALDO", 555, "r")]:
                doc.t(x, y, t_, 7, True, al)
            doc.c.line(40, y - 4, 555, y - 4); y -= 14
            for (t_, x, al) in [("Cashkonto", 40, "l"), (eur(ob), 250, "r"), (eur(crs), 350, "r"), (eur(dr), 450, "r"), (eur(cb), 555, "r")]:
                doc.t(x, y, t_, 8, False, al)
            y -= 34
            doc.t(40, y, "UMSATZÜBERSICHT", 10, True); y -= 16
        for (t_, x, al) in cols:
            doc.t(x, y, t_, 6.5, True, al)
        doc.c.line(40, y - 4, 555, y - 4); y -= 15
        for t in pr:
            a, b = dd(t["date"])
            doc.t(40, y, a, 8); doc.t(40, y - 10, b, 8)
            doc.t(86, y, t["typ"], 7)
            for k, l in enumerate(t["desc_lines"]):
                doc.t(160, y - 10 * k, l, 8)
            doc.t(410 if t["amount"] > 0 else 490, y, eur(abs(t["amount"])), 8, False, "r")
            doc.t(555, y, eur(t["bal"]), 8, False, "r")
            y -= 10 * max(2, len(t["desc_lines"])) + 6
        doc.t(40, 52, "Trade Republic Bank GmbH  www.traderepublic.com  Sitz der Gesellschaft: Berlin  AG Charlottenburg HRB 244347 B", 5.5)
        doc.t(40, 44, "Umsatzsteuer-ID DE307510626  Geschäftsführer: Andreas Torner, Gernot Mittendorfer, Christian Hecker, Thomas Pischke", 5.5)
        doc.t(40, 36, "Erstellt am 01 Juli 2025", 6)
        doc.t(555, 36, "Seite %d von %d" % (pi + 1, np_), 6, align="r")
        doc.c.showPage()
    doc.c.save()
    write(stem, "hv_de_traderepublic", "****6789", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Komerční banka (Czech Republic)
def komercni(stem, seed, n=18, fx=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("48215.60")
    cz = lambda v, sign=False: fmt(v, " ", ",", sign=sign)
    pool = [(["PLATBA KARTOU", "ALBERT 1043 PRAHA 4"], 120, 1800), (["PLATBA KARTOU", "LIDL DEKUJE ZA NAKUP PRAHA"], 90, 1500),
            (["ODCHOZÍ ÚHRADA", "PRE ENERGIE SPLATKA ZALOHY", "VS: 8801234577 KS: 0308"], 1200, 2400),
            (["TRVALÝ PŘÍKAZ", "NAJEM BYT VINOHRADY", "VS: 20250501"], 14500, 14500),
            (["VÝBĚR Z BANKOMATU", "KB ATM NAMESTI MIRU PRAHA 2"], 1000, 5000),
            (["POPLATEK", "CENA ZA VEDENI UCTU MUJ UCET PLUS"], 39, 39),
            (["PLATBA KARTOU", "ROHLIK.CZ PRAHA 8 KARLIN"], 450, 2600)]
    cr = [(["PŘÍCHOZÍ ÚHRADA", "SKODA AUTO A.S. MZDA 05/2025", "VS: 5505"], 42000, 46000),
          (["PŘÍCHOZÍ ÚHRADA", "NOVAKOVA JANA VRACENI ZA LISTKY"], 300, 2500)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        lines, lo, hi = rng.choice(cr) if rng.random() < 0.22 else rng.choice(pool)
        sgn = 1 if lines[0] == "PŘÍCHOZÍ ÚHRADA" else -1
        txs.append({"date": d, "desc_lines": list(lines), "amount": (D(rng.randint(lo * 100, hi * 100)) / 100) * sgn})
    txs.sort(key=lambda t: t["date"])
    if fx:
        fxl = [("BOOKING.COM AMSTERDAM NL", "EUR", D("24.915")), ("AMAZON MKTPLACE LUXEMBOURG", "EUR", D("24.915")),
               ("APPLE.COM/BILL CORK IE", "USD", D("22.086"))]
        for k, (m, c, rate) in zip((3, 8, 13), fxl):
            fa = D(rng.randint(900, 30000)) / 100
            czk = (fa * rate).quantize(D("0.01"))
            txs[k] = {"date": txs[k]["date"], "amount": -czk,
                      "desc_lines": ["PLATBA KARTOU", m, "PŮVODNÍ ČÁSTKA %s %s KURZ %s" % (fmt(fa, " ", ","), c, fmt(rate, " ", ",", nd=3))]}
    cb = running(txs, ob)
    for t in txs:
        t["bal"] = None
    dr, crs = sums(txs)
    rows = []
    for t in txs:
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "a": cz(t["amount"]),
                     "id": "%03d-%s %04d %06d" % (rng.randint(100, 999), t["date"].strftime("%d%m%Y"), rng.randint(1000, 9999), rng.randint(100000, 999999))})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 44, "KB", 22, True); doc.t(78, H - 44, "Komerční banka", 11, True)
        doc.t(doc.W - 40, H - 40, "VÝPIS Z ÚČTU", 11, True, "r")
        doc.t(doc.W - 40, H - 52, "Výpis č. 5/2025", 8, align="r")
        doc.t(doc.W - 40, H - 62, "Strana %d/%d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 84, "Ing. Petr Dvořák", 8, True); doc.t(40, H - 95, "Korunní 2569/108", 8); doc.t(40, H - 106, "101 00 Praha 10", 8)
            S = [("Číslo účtu:", "123-4567890217/0100"), ("Název účtu:", "PETR DVORAK"), ("IBAN:", "CZ65 0100 0001 2345 6789 0217"),
                 ("Měna:", "CZK"), ("Období:", "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")))]
            for i, (a, b) in enumerate(S):
                doc.t(320, H - 84 - 11 * i, a, 7.5, True); doc.t(390, H - 84 - 11 * i, b, 7.5)
            box(doc, 40, H - 150, 515, "Souhrn", [("Počáteční zůstatek", cz(ob)), ("Příjmy celkem", cz(crs)),
                                                 ("Výdaje celkem", cz(-dr)), ("Konečný zůstatek", cz(cb))])
            return H - 222
        doc.t(40, H - 80, "Číslo účtu: 123-4567890217/0100", 8)
        return H - 100

    cols = [("Datum", 40, "l", "d"), ("Popis transakce", 100, "l", "desc"), ("Identifikace transakce", 330, "l", "id"), ("Částka", 555, "r", "a")]

    def footer(doc, p, np_):
        doc.t(40, 44, "Komerční banka, a.s., se sídlem: Praha 1, Na Příkopě 33 čp. 969, PSČ 114 07, IČO: 45317054, zapsaná v obchodním rejstříku", 5.5)
        doc.t(40, 36, "vedeném Městským soudem v Praze, oddíl B, vložka 1360. Infolinka 800 521 521, www.kb.cz. Vklady jsou pojištěny dle zákona o bankách.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=(30 if pages else 52))
    write(stem, "hv_cz_komercni", "****0217", "CZK", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Varo (US neobank)
def varo(stem, seed, n=22, od=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("36.42") if od else D("1284.56")
    usd = lambda v: ("-$" + fmt(-v)) if v < 0 else ("$" + fmt(v))
    pool = [("Debit Card Purchase - WALMART SUPERCENTER #2231 HOUSTON TX", 15, 140), ("Debit Card Purchase - SHELL OIL 57442109 DALLAS TX", 25, 60),
            ("Debit Card Purchase - UBER *EATS HELP.UBER.COM CA", 12, 45), ("ATM Withdrawal - ALLPOINT 7-ELEVEN 33817 HOUSTON TX", 40, 200),
            ("Transfer to Varo Savings", 25, 100), ("Cash App*JORDAN T  8774174551 CA", 10, 80),
            ("ACH Debit - T-MOBILE PCS SVC 000098412", 65, 90), ("Varo Advance Repayment", 20, 100)]
    cr = [("Direct Deposit - AMAZON.COM SERVICES PAYROLL", 980, 1240), ("Transfer from Varo Savings", 20, 150),
          ("Varo Advance", 20, 100), ("Cash Deposit - GREEN DOT WALGREENS #4412", 40, 300)]
    if od:
        pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
        cr = cr[1:]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        rows.append({"d": t["date"].strftime("%m/%d/%Y"), "desc": t["desc_lines"], "a": usd(t["amount"]), "b": usd(t["bal"])})
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "varo", 24, True)
        doc.t(doc.W - 40, H - 38, "Varo Bank Account Statement", 10, True, "r")
        doc.t(doc.W - 40, H - 50, "%s - %s" % (start.strftime("%B %d, %Y"), end.strftime("%B %d, %Y")), 8, align="r")
        doc.t(doc.W - 40, H - 60, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 84, "DESTINY M WASHINGTON", 8, True); doc.t(40, H - 95, "4410 BELLAIRE BLVD APT 212", 8); doc.t(40, H - 106, "HOUSTON, TX 77401", 8)
            doc.t(330, H - 84, "Bank Account Number: ********3318", 8)
            doc.t(330, H - 95, "Routing Number: 031101334", 8)
            box(doc, 330, H - 118, 225, "Account Summary", [("Beginning Balance", usd(ob)), ("Deposits and Credits", "+" + usd(crs)),
                                                           ("Withdrawals and Debits", "-" + usd(dr)), ("Ending Balance", usd(cb))])
            doc.t(40, H - 200, "Transactions", 11, True)
            return H - 220
        return H - 86

    cols = [("Date", 40, "l", "d"), ("Description", 110, "l", "desc"), ("Amount", 470, "r", "a"), ("Balance", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 48, "Banking services provided by Varo Bank, N.A., Member FDIC. Varo Bank Visa® Debit Card issued by Varo Bank, N.A.", 5.5)
        doc.t(40, 40, "Questions? Contact us through the Varo app or at support@varomoney.com. In case of errors or questions about your", 5.5)
        doc.t(40, 32, "electronic transfers, contact us as soon as you can, no later than 60 days after we sent the FIRST statement on which the error appeared.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=(22 if pages else 44))
    write(stem, "hv_us_varo", "****3318", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Regions (US regional bank, sections)
def regions(stem, seed, n_dep=6, n_wd=18, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("2417.83")
    money = lambda lo, hi: D(rng.randint(lo * 100, hi * 100)) / 100
    dpool = ["Payroll Deposit UAB Medicine 0000129384", "Zelle Transfer From Marcus Bell Conf# T0PQ8XZ2L", "Mobile Deposit",
             "IRS Treas 310 Tax Ref 052225"]
    wpool = ["Zelle Transfer To Keisha Daniels Conf# 4GH7KQ1M", "Alabama Power Bill Pay 000448812", "Card 4418 Publix #1542 Birmingham AL",
             "Card 4418 Amazon Mktpl*RT31M Amzn.Com/Bill WA", "Regions Mortgage Pmt 0088124471", "Card 4418 Shell Oil 5744 Hoover AL",
             "Venmo Payment 1034882244", "Spectrum 855-707-7328 Recurring"]
    days = (end - start).days
    deps = sorted(({"date": start + dt.timedelta(days=rng.randint(0, days)), "desc": rng.choice(dpool), "amount": money(50, 1900)}
                   for _ in range(n_dep)), key=lambda t: t["date"])
    wds = sorted(({"date": start + dt.timedelta(days=rng.randint(0, days)), "desc": rng.choice(wpool), "amount": -money(9, 420)}
                  for _ in range(n_wd)), key=lambda t: t["date"])
    txs = deps + wds
    for t in txs:
        t["desc_lines"] = [t["desc"]]; t["bal"] = None
    cb = ob + sum(t["amount"] for t in txs)
    dsum, wsum = sum(t["amount"] for t in deps), -sum(t["amount"] for t in wds)
    # daily ending balances, chronological
    daily, bal = [], ob
    for d in sorted({t["date"] for t in txs}):
        bal += sum(t["amount"] for t in txs if t["date"] == d); daily.append((d, bal))
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    H = doc.H
    # lay out: list of draw items, paginated by line budget
    items = [("sec", "OTHER DEPOSITS")] + [("row", t) for t in deps] + [("tot", "Total Other Deposits", dsum)]
    items += [("sec", "ELECTRONIC WITHDRAWALS")] + [("row", t) for t in wds] + [("tot", "Total Electronic Withdrawals", -wsum)]
    items += [("grid", None)]
    cap1, capn = (18, 40) if pages else (60, 60)
    pgs, cur, used, cap, sec = [], [], 0, cap1, None
    for it in items:
        need = {"sec": 3, "row": 1, "tot": 2, "grid": 3 + (len(daily) + 2) // 3}[it[0]]
        if used + need > cap and cur:
            pgs.append(cur); cur, used, cap = [], 0, capn
            if it[0] == "row": cur.append(("sec", sec + " (continued)")); used += 3
        if it[0] == "sec": sec = it[1]
        cur.append(it); used += need
    pgs.append(cur)
    np_ = len(pgs)
    for pi, pit in enumerate(pgs):
        doc.t(40, H - 46, "REGIONS", 18, True)
        doc.t(doc.W - 40, H - 40, "LIFEGREEN CHECKING", 9, True, "r")
        doc.t(doc.W - 40, H - 51, "ACCOUNT # 0146338271", 8, align="r")
        doc.t(doc.W - 40, H - 61, "%s through %s" % (start.strftime("%B %-d, %Y"), end.strftime("%B %-d, %Y")), 8, align="r")
        doc.t(doc.W - 40, H - 71, "Page %d of %d" % (pi + 1, np_), 8, align="r")
        y = H - 96
        if pi == 0:
            doc.t(40, H - 90, "JAMAL T ROBINSON", 8, True); doc.t(40, H - 101, "2211 HIGHLAND AVE S", 8); doc.t(40, H - 112, "BIRMINGHAM AL 35205-4003", 8)
            y = H - 140
            doc.t(40, y, "SUMMARY", 10, True); doc.c.line(40, y - 4, doc.W - 40, y - 4); y -= 16
            for a, b in [("Beginning Balance", "$" + fmt(ob)), ("Deposits & Credits", "$ + " + fmt(dsum)),
                         ("Withdrawals", "$ - " + fmt(wsum)), ("Fees", "$ - 0.00"), ("Checks", "$ - 0.00"), ("Ending Balance", "$" + fmt(cb))]:
                doc.t(60, y, a, 8); doc.t(300, y, b, 8, align="r"); y -= 11
            doc.t(330, H - 156, "Average Balance $" + fmt((ob + cb) / 2), 7.5)
            doc.t(330, H - 167, "Enclosures 0", 7.5)
            y -= 14
        for it in pit:
            if it[0] == "sec":
                doc.t(40, y, it[1], 9, True); doc.c.line(40, y - 4, doc.W - 40, y - 4); y -= 22
            elif it[0] == "row":
                t = it[1]
                doc.t(40, y, t["date"].strftime("%m/%d"), 8); doc.t(80, y, t["desc"], 8); doc.t(doc.W - 40, y, fmt(abs(t["amount"])), 8, align="r")
                y -= 11
            elif it[0] == "tot":
                doc.t(300, y - 2, it[1], 8, True); doc.t(doc.W - 40, y - 2, "$" + fmt(abs(it[2])), 8, True, "r"); y -= 22
            else:
                doc.t(40, y, "DAILY ENDING BALANCE", 9, True); doc.c.line(40, y - 4, doc.W - 40, y - 4); y -= 16
                per = (len(daily) + 2) // 3
                for i, (d, b) in enumerate(daily):
                    c, r_ = divmod(i, per)
                    x = 40 + c * 180
                    doc.t(x, y - 11 * r_, d.strftime("%m/%d"), 8); doc.t(x + 120, y - 11 * r_, fmt(b), 8, align="r")
                y -= 11 * per + 10
        doc.t(40, 46, "Regions Bank. Member FDIC. Equal Housing Lender. Call 1-800-REGIONS (734-4667) or visit regions.com.", 5.5)
        doc.t(40, 38, "ACCOUNTS ARE SUBJECT TO THE TERMS OF THE DEPOSIT AGREEMENT. Reconcile your account promptly and report any error within 30 days.", 5.5)
        doc.c.showPage()
    doc.c.save()
    write(stem, "hv_us_regions", "****8271", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 Openbank (Spain)
def openbank(stem, seed, n=20, pages=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("412.30") if od else D("3218.45")
    es = lambda v: fmt(v, ".", ",")
    pool = [("COMPRA EN MERCADONA CALLE ALCALA 214, CON LA TARJETA : 5489XXXXXXXX4471 EL {{d}}", 12, 110),
            ("COMPRA EN REPSOL E.S. M-30 KM 4, CON LA TARJETA : 5489XXXXXXXX4471 EL {{d}}", 30, 80),
            ("RECIBO VODAFONE ESPAÑA SAU Nº RECIBO 0073 8264 10042 REF. MANDATO 000000123456", 35, 60),
            ("RECIBO IBERDROLA CLIENTES SAU Nº RECIBO 0042 1188 55120", 45, 140),
            ("BIZUM ENVIADO A PABLO GARCIA CONCEPTO cena viernes", 8, 40),
            ("TRANSFERENCIA A FAVOR DE INMOBILIARIA SOL SL CONCEPTO alquiler abril", 850, 850),
            ("DISPOSICION EN CAJERO 1234 MADRID", 20, 200)]
    cr = [("TRANSFERENCIA DE TECNOLOGIAS IBERICAS SA, CONCEPTO NOMINA ABRIL 2025.", 2300, 2600),
          ("BIZUM RECIBIDO DE LUCIA MARTIN CONCEPTO entradas concierto", 10, 60)]
    if od:
        cr = cr[1:]
    txs = make_txns(rng, start, end, n, pool, cr)
    for t in txs:
        t["desc"] = t["desc"].replace("{d}", (t["date"] - dt.timedelta(days=1)).isoformat())
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 48)
        vd = t["date"] + dt.timedelta(days=rng.choice((0, 0, 0, 1)))
        rows.append({"d": t["date"].strftime("%d/%m/%Y"), "v": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"], "a": es(t["amount"]), "b": es(t["bal"])})
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "Openbank", 20, True)
        doc.t(40, H - 57, "Grupo Santander", 7)
        doc.t(doc.W - 40, H - 40, "EXTRACTO DE MOVIMIENTOS", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Página %d de %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 84, "D. ALEJANDRO RUIZ MORENO", 8, True); doc.t(40, H - 95, "CALLE DE ALCALÁ 214, 3º B", 8); doc.t(40, H - 106, "28028 MADRID", 8)
            S = [("Cuenta", "ES21 0073 0100 5105 0547 8823"), ("Titular", "ALEJANDRO RUIZ MORENO"), ("Divisa", "EUR"),
                 ("Periodo", "Del %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))]
            for i, (a, b) in enumerate(S):
                doc.t(310, H - 84 - 11 * i, a, 7.5, True); doc.t(370, H - 84 - 11 * i, b, 7.5)
            box(doc, 310, H - 136, 245, "Resumen", [("Saldo inicial", es(ob) + " EUR"), ("Total ingresos", es(crs) + " EUR"),
                                                     ("Total gastos", es(-dr) + " EUR"), ("Saldo final", es(cb) + " EUR")])
            return H - 210
        doc.t(40, H - 72, "Cuenta ES21 0073 0100 5105 0547 8823", 8)
        return H - 94

    cols = [("Fecha\noperación", 40, "l", "d"), ("Fecha\nvalor", 95, "l", "v"), ("Concepto", 150, "l", "desc"),
            ("Importe", 470, "r", "a"), ("Saldo", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 44, "Open Bank, S.A. Paseo de la Castellana 24, 28046 Madrid. Inscrita en el Registro Mercantil de Madrid, Tomo 33.000, CIF A-28021079.", 5.5)
        doc.t(40, 36, "Entidad adherida al Fondo de Garantía de Depósitos de Entidades de Crédito. Atención al cliente 91 177 33 00.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(24 if pages else 48))
    write(stem, "hv_es_openbank", "****8823", "EUR", start, end, ob, cb, txs)


P = "hv_"
trade_republic(P + "de_traderepublic", 11)
trade_republic(P + "de_traderepublic__2pages", 12, n=30, pages=True)
komercni(P + "cz_komercni", 21)
komercni(P + "cz_komercni__fx", 22, fx=True)
komercni(P + "cz_komercni__2pages", 23, n=30, pages=True)
varo(P + "us_varo", 31)
varo(P + "us_varo__overdraft", 32, od=True)
varo(P + "us_varo__4pages", 33, n=56, pages=True)
regions(P + "us_regions", 41)
regions(P + "us_regions__2pages", 42, n_dep=8, n_wd=30, pages=True)
openbank(P + "es_openbank", 51)
openbank(P + "es_openbank__2pages", 52, n=34, pages=True)
openbank(P + "es_openbank__overdraft", 53, od=True)
print("done")
