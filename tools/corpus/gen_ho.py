#!/usr/bin/python3
"""Generator ho: transaction histories PRINTED FROM ONLINE BANKING in a browser ("Print" / "Save as PDF"), exact truth.

Not statements: a web page's activity list, with the browser's own header and footer on every page (the print time
"11/28/25, 3:42 PM", the page title, the URL, "1/3"), the live balance instead of printed opening/closing balances,
newest rows first, and a pending section (or pending rows on top of the list, "Pending" for their date). Fifth Third (US, Chrome), Metro Bank (UK, Chrome), Postbank (Germany,
Chrome, no balance column, Umsatzart type column), Westpac (Australia, Firefox: title and URL on top, "Page 1 of 2"
and the print time below, value dates inside descriptions). Deterministic.

Truth: the rows posted in the range shown, oldest first; pending rows are left out (not posted, outside the
balance); the closing balance is the live balance the page shows (the newest row's), the opening one the balance
before the oldest row shown; the period is the date range the page names.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from corpus_kit import Doc, fmt, make_txns, paginate_lines, row_truth_writer, running, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ho/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)



def table(doc, y, cols, rows, lh=10.5, gap=3, size=8):
    """Draws a header then rows; cols: (title, x, align, key). Returns the y under the last row."""
    for (title, x, al, key) in cols:
        doc.t(x, y, title, 7.5, True, al)
    doc.c.setLineWidth(0.4); doc.c.line(36, y - 4, doc.W - 36, y - 4)
    y -= 16
    for r in rows:
        lines = r["desc"]
        for (title, x, al, key) in cols:
            if key == "desc":
                for k, l in enumerate(lines):
                    doc.t(x, y - k * lh, l, size, r.get("bold_first") and k == 0, al)
            elif r.get(key):
                doc.t(x, y, r[key], size, False, al)
        y -= lh * max(1, len(lines)) + gap
        doc.c.setLineWidth(0.2); doc.c.line(36, y + lh - 3, doc.W - 36, y + lh - 3)
    return y


def chrome(doc, p, np_, stamp, title, url):
    doc.t(24, doc.H - 18, stamp, 7); doc.t(doc.W / 2, doc.H - 18, title, 7, align="c")
    doc.t(24, 16, url, 7); doc.t(doc.W - 24, 16, "%d/%d" % (p, np_), 7, align="r")


def firefox(doc, p, np_, stamp, title, url):
    doc.t(24, doc.H - 18, title, 7); doc.t(doc.W - 24, doc.H - 18, url, 7, align="r")
    doc.t(24, 16, "Page %d of %d" % (p, np_), 7); doc.t(doc.W - 24, 16, stamp, 7, align="r")


def newest_first(txs):
    """Rows as a web page lists them: newest day first, and within a day the later posting first."""
    return list(reversed(txs))


def pending_rows(rng, pool, start_day, n):
    out = []
    for i in range(n):
        desc, lo, hi = rng.choice(pool)
        out.append({"date": start_day - dt.timedelta(days=i % 2), "desc": desc.format(r=rng.randint(100000, 999999)),
                    "amount": -(D(rng.randint(int(lo * 100), int(hi * 100))) / 100)})
    return out


# ---------------------------------------------------------------- 1 Fifth Third (US), Chrome
def fifth_third(stem, seed, n=24, pending=False, pages=False, inline=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 10, 29), dt.date(2025, 11, 27)
    ob = D("12841.37") if pages else D("6841.37")
    pool = [("DEBIT CARD PURCHASE KROGER #0417 CINCINNATI OH {r}", 18, 160), ("DEBIT CARD PURCHASE SPEEDWAY 09814 MASON OH", 22, 65),
            ("WEB INITIATED PAYMENT AT DUKE ENERGY OH BILL PAY {r}", 70, 240), ("ZELLE DEBIT TO KAYLA MORRIS CONF# {r}", 25, 400),
            ("ATM WITHDRAWAL 5/3 BANK KENWOOD TOWNE CTR CINCINNATI OH", 40, 300), ("RECURRING PURCHASE SPOTIFY USA 877-778-1161 NY", 11.99, 11.99),
            ("CHECK 2{r}", 90, 900), ("WEB INITIATED PAYMENT AT CHASE CREDIT CRD EPAY {r}", 150, 700)]
    cr = [("DIRECT DEPOSIT KROGER CO PAYROLL PPD ID: 1311{r}", 1900, 2600), ("ZELLE CREDIT FROM BRIAN HOLT CONF# {r}", 20, 250),
          ("MOBILE DEPOSIT", 80, 700), ("INTEREST PAID", 0.05, 0.4)]
    if pages: n = 64
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    for t in txs: t["desc_lines"] = wrap(t["desc"], 46)
    money = lambda v: ("-$" if v < 0 else "$") + fmt(abs(v))
    rows = [{"d": t["date"].strftime("%m/%d/%Y"), "desc": t["desc_lines"], "a": money(t["amount"]), "b": money(t["bal"])}
            for t in newest_first(txs)]
    pend = pending_rows(rng, pool[:3], dt.date(2025, 11, 28), 3) if pending or inline else []
    avail = cb + sum(p["amount"] for p in pend)
    if inline:
        # Pending rows on top of the one list, "Pending" in the date column and no balance.
        rows = [{"d": "Pending", "desc": wrap(p["desc"], 46), "a": money(p["amount"])} for p in pend] + rows
        pend = []
    stamp, title = "11/28/25, 3:42 PM", "Account Activity | Fifth Third Bank"
    url = "https://onlinebanking.53.com/ib/#/accounts/activity?accountId=4c1e9a7781&range=custom"
    cols = [("Date", 40, "l", "d"), ("Description", 110, "l", "desc"), ("Amount", 470, "r", "a"), ("Balance", 570, "r", "b")]
    first_cap = 30 - (len(pend) + 4 if pend else 0)
    pages_ = paginate_lines(rows, first_cap, 52)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    for pi, pr in enumerate(pages_):
        chrome(doc, pi + 1, len(pages_), stamp, title, url)
        H = doc.H
        y = H - 60
        if pi == 0:
            doc.t(40, y, "Fifth Third Bank", 16, True); doc.t(572, y, "Accounts   Pay & Transfer   Services   Log Out", 7.5, align="r")
            doc.t(40, y - 30, "Fifth Third Momentum\u00ae Checking ...7781", 12, True)
            doc.t(40, y - 50, "Current Balance", 7.5); doc.t(40, y - 63, money(cb), 12, True)
            doc.t(200, y - 50, "Available Balance", 7.5); doc.t(200, y - 63, money(avail), 12, True)
            doc.t(40, y - 88, "Showing transactions: %s \u2013 %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 8)
            doc.t(572, y - 88, "Download   Print", 7.5, align="r")
            y -= 112
            if pend:
                doc.t(40, y, "Pending Transactions", 9, True); y -= 16
                prow = [{"d": p["date"].strftime("%m/%d/%Y"), "desc": wrap(p["desc"], 46), "a": money(p["amount"])} for p in pend]
                y = table(doc, y, cols[:3], prow) - 10
                doc.t(40, y, "Posted Transactions", 9, True); y -= 16
        y = table(doc, y, cols, pr)
        if pi == len(pages_) - 1:
            doc.t(40, y - 14, "Transactions are shown in the order they posted to your account. Pending transactions may change before they post.", 6.5)
            doc.t(40, y - 24, "Fifth Third Bank, National Association. Member FDIC. Equal Housing Lender.", 6.5)
        doc.c.showPage()
    doc.c.save()
    write(stem, "ho_us_fifththird", "****7781", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Metro Bank (UK), Chrome
def metro(stem, seed, n=22, oldest=False, overdrawn=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 11, 1), dt.date(2025, 11, 27)
    ob = D("-212.40") if overdrawn else D("1364.82")
    pool = [("CARD PAYMENT TO TESCO STORES 2281 ON 0{r}", 6, 95), ("CARD PAYMENT TO TFL TRAVEL CH", 2.8, 18),
            ("DIRECT DEBIT THAMES WATER", 38, 60), ("STANDING ORDER TO L HARRIS RENT", 650, 650),
            ("FASTER PAYMENT TO OCTOPUS ENERGY REF {r}", 60, 140), ("CASH WITHDRAWAL METRO BANK HOLBORN", 20, 200),
            ("CARD PAYMENT TO DELIVEROO.CO.UK LONDON", 12, 45)]
    cr = [("FASTER PAYMENT FROM NORTHWIND LTD SALARY NOV", 1850, 2400), ("FASTER PAYMENT FROM J OKONJO DINNER", 10, 60),
          ("REFUND FROM AMAZON.CO.UK", 8, 80)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    for t in txs: t["desc_lines"] = wrap(t["desc"], 40)
    gbp = lambda v: ("-\u00a3" if v < 0 else "\u00a3") + fmt(abs(v))
    order = txs if oldest else newest_first(txs)
    rows = []
    for t in order:
        r = {"d": t["date"].strftime("%d %b %Y"), "desc": t["desc_lines"], "b": gbp(t["bal"])}
        r["in" if t["amount"] > 0 else "out"] = "\u00a3" + fmt(abs(t["amount"]))
        rows.append(r)
    stamp, title = "28/11/2025, 14:03", "Metro Bank | Transactions"
    url = "https://personal.metrobankonline.co.uk/MetroBankRetail/accounts/transactions"
    cols = [("Date", 40, "l", "d"), ("Transaction", 112, "l", "desc"), ("Money in", 395, "r", "in"), ("Money out", 470, "r", "out"),
            ("Balance", 555, "r", "b")]
    pages_ = paginate_lines(rows, 34, 56)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), A4)
    for pi, pr in enumerate(pages_):
        chrome(doc, pi + 1, len(pages_), stamp, title, url)
        H = doc.H
        y = H - 60
        if pi == 0:
            doc.t(40, y, "METRO", 18, True); doc.t(108, y, "BANK", 18)
            doc.t(555, y, "Welcome back, Priya   Log out", 7.5, align="r")
            doc.t(40, y - 32, "Current Account", 12, True)
            doc.t(40, y - 46, "Sort code 23-05-80   Account number 41880277", 8)
            doc.t(380, y - 32, "Balance", 8); doc.t(555, y - 32, gbp(cb), 12, True, "r")
            doc.t(380, y - 46, "Overdraft limit", 8); doc.t(555, y - 46, "\u00a3500.00", 8, align="r")
            doc.t(40, y - 72, "Transactions from %s to %s" % (start.strftime("%d %b %Y"), end.strftime("%d %b %Y")), 8.5, True)
            doc.t(555, y - 72, "Sort: %s" % ("Oldest first" if oldest else "Newest first"), 7.5, align="r")
            y -= 96
        y = table(doc, y, cols, pr)
        if pi == len(pages_) - 1:
            doc.t(40, y - 14, "Metro Bank PLC. Registered in England and Wales. Authorised by the Prudential Regulation Authority.", 6.5)
        doc.c.showPage()
    doc.c.save()
    write(stem, "ho_uk_metro", "****0277", "GBP", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Postbank (Germany), Chrome, no balance column
def postbank(stem, seed, n=20, pending=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 11, 1), dt.date(2025, 11, 27)
    ob = D("2315.08")
    parties = [("REWE Markt GmbH", "Kartenzahlung", "REWE SAGT DANKE 4711 Bonn//DE 2025-11-{dd}T17:42:10 Folgenr. 01 Verfalld. 2712", 12, 140),
               ("Stadtwerke Bonn GmbH", "Lastschrift", "Abschlag Strom Vertragskonto 70{r} Mandatsreferenz SWB-{r}", 60, 120),
               ("Vodafone GmbH", "Lastschrift", "Kundennummer 1{r} Rechnung November", 29.99, 49.99),
               ("Deutsche Bahn Fernverkehr AG", "Kartenzahlung", "DB Vertrieb GmbH Frankfurt//DE Karte Nr. 4871 XXXX XXXX 2290", 19.9, 129),
               ("Hausverwaltung Krämer", "Dauerauftrag", "Miete Whg. 3 OG links November", 890, 890),
               ("Bargeldauszahlung", "Auszahlung", "Postbank Bonn Hbf Geldautomat 0{r}", 50, 300)]
    credits = [("ARBEITGEBER Solvent Systems GmbH", "Gutschrift", "LOHN/GEHALT 11/2025 Personalnr. {r}", 2600, 3300),
               ("Jana Weber", "Überweisung", "Anteil Urlaub Ostsee", 40, 300)]
    days = (end - start).days
    txs = []
    for _ in range(n if not pages else 50):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: who, kind, purpose, lo, hi = rng.choice(credits); sg = 1
        else: who, kind, purpose, lo, hi = rng.choice(parties); sg = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sg
        purpose = purpose.format(r=rng.randint(100000, 999999), dd="%02d" % max(1, d.day - 1))
        txs.append({"date": d, "who": who, "kind": kind, "purpose": purpose, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    for t in txs:
        t["desc_lines"] = [t["who"]] + wrap(t["purpose"], 46)
        t["bal"] = None
    eur = lambda v: fmt(v, ".", ",") + " \u20ac"
    rows = [{"d": t["date"].strftime("%d.%m.%Y"), "v": t["date"].strftime("%d.%m.%Y"), "k": t["kind"], "desc": t["desc_lines"],
             "a": eur(t["amount"]), "bold_first": True} for t in newest_first(txs)]
    stamp, title = "28.11.25, 14:03", "Umsätze – Postbank Banking & Brokerage"
    url = "https://banking.postbank.de/umsaetze?konto=DE12100100100123456789"
    cols = [("Buchungstag", 40, "l", "d"), ("Wert", 100, "l", "v"), ("Umsatzart", 158, "l", "k"),
            ("Auftraggeber / Empfänger · Verwendungszweck", 228, "l", "desc"), ("Betrag", 555, "r", "a")]
    pend = []
    if pending:
        pend = [{"d": "28.11.2025", "v": "", "k": "Kartenzahlung", "desc": ["EDEKA Center Bonn", "Vorgemerkt – Buchung folgt"], "a": eur(D("-23.87")), "bold_first": True},
                {"d": "28.11.2025", "v": "", "k": "Kartenzahlung", "desc": ["Aral Tankstelle 22817", "Vorgemerkt – Buchung folgt"], "a": eur(D("-61.40")), "bold_first": True}]
    pages_ = paginate_lines(rows, 26 - (8 if pend else 0), 46)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), A4)
    for pi, pr in enumerate(pages_):
        chrome(doc, pi + 1, len(pages_), stamp, title, url)
        H = doc.H
        y = H - 60
        if pi == 0:
            doc.t(40, y, "Postbank", 18, True); doc.t(555, y, "Abmelden", 7.5, align="r")
            doc.t(40, y - 30, "Postbank Giro plus", 12, True)
            doc.t(40, y - 44, "IBAN DE12 1001 0010 0123 4567 89   Dr. Lukas Schneider", 8)
            doc.t(380, y - 30, "Kontostand", 8); doc.t(555, y - 30, eur(cb), 12, True, "r")
            doc.t(380, y - 44, "Verfügbarer Betrag", 8); doc.t(555, y - 44, eur(cb + D(1500) - (D("85.27") if pend else 0)), 8, align="r")
            doc.t(40, y - 70, "Umsätze vom %s bis %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8.5, True)
            doc.t(555, y - 70, "Suche   Filter   Export (CSV)", 7.5, align="r")
            y -= 94
            if pend:
                doc.t(40, y, "Vorgemerkte Umsätze", 9, True); y -= 16
                y = table(doc, y, cols, pend) - 10
                doc.t(40, y, "Gebuchte Umsätze", 9, True); y -= 16
        y = table(doc, y, cols, pr)
        if pi == len(pages_) - 1:
            doc.t(40, y - 14, "Postbank – eine Niederlassung der Deutsche Bank AG. Angaben ohne Gewähr; maßgeblich ist der Rechnungsabschluss.", 6.5)
        doc.c.showPage()
    doc.c.save()
    write(stem, "ho_de_postbank", "****6789", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Westpac (Australia), Firefox
def westpac(stem, seed, n=22, oldest=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 11, 1), dt.date(2025, 11, 27)
    ob = D("9187.55") if pages else D("5187.55")
    pool = [("EFTPOS PURCHASE WOOLWORTHS 3312 PARRAMATTA AU Card xx4821 Value Date: {vd}", 14, 180),
            ("DEBIT CARD PURCHASE OPAL TRANSPORT SYDNEY AU Card xx4821 Value Date: {vd}", 5, 50),
            ("WITHDRAWAL-OSKO PAYMENT 1{r} TO J NGUYEN RENT", 520, 520), ("DIRECT DEBIT AGL SALES PTY LTD {r}", 90, 260),
            ("ATM WITHDRAWAL WESTPAC CHURCH ST PARRAMATTA", 40, 300), ("MONTHLY PLAN FEE", 5, 5)]
    cr = [("DEPOSIT ONLINE 2{r} SALARY ACME LOGISTICS", 2800, 3400), ("DEPOSIT-OSKO PAYMENT FROM S PATEL DINNER", 15, 90)]
    days = (end - start).days
    txs = []
    for _ in range(n if not pages else 60):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: desc, lo, hi = rng.choice(cr); sg = 1
        else: desc, lo, hi = rng.choice(pool); sg = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sg
        vd = (d - dt.timedelta(days=rng.randint(0, 2))).strftime("%d/%m/%Y")
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999), vd=vd), "amount": amt})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    for t in txs: t["desc_lines"] = wrap(t["desc"], 44)
    order = txs if oldest else newest_first(txs)
    rows = []
    for t in order:
        r = {"d": t["date"].strftime("%d/%m/%y"), "desc": t["desc_lines"], "b": "$" + fmt(t["bal"])}
        r["cr" if t["amount"] > 0 else "dr"] = fmt(abs(t["amount"]))
        rows.append(r)
    stamp, title = "28/11/2025, 2:03 pm", "Westpac Online Banking - Transaction history"
    url = "https://banking.westpac.com.au/secure/banking/reportsandexports/transactionhistory"
    cols = [("Date", 40, "l", "d"), ("Description", 96, "l", "desc"), ("Debit", 405, "r", "dr"), ("Credit", 475, "r", "cr"),
            ("Balance", 555, "r", "b")]
    pages_ = paginate_lines(rows, 32, 58)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), A4)
    for pi, pr in enumerate(pages_):
        firefox(doc, pi + 1, len(pages_), stamp, title, url)
        H = doc.H
        y = H - 60
        if pi == 0:
            doc.t(40, y, "Westpac", 18, True); doc.t(555, y, "Sign out", 7.5, align="r")
            doc.t(40, y - 30, "Westpac Choice", 12, True)
            doc.t(40, y - 44, "BSB 032-000   Account number 41 8823", 8)
            doc.t(380, y - 30, "Balance", 8); doc.t(555, y - 30, "$" + fmt(cb), 12, True, "r")
            doc.t(380, y - 44, "Available", 8); doc.t(555, y - 44, "$" + fmt(cb), 8, align="r")
            doc.t(40, y - 70, "Date range: %s - %s" % (start.strftime("%-d %b %Y"), end.strftime("%-d %b %Y")), 8.5, True)
            doc.t(40, y - 82, "Transactions: %d   Sorted by: Date (%s)" % (len(txs), "oldest first" if oldest else "newest first"), 7.5)
            y -= 104
        y = table(doc, y, cols, pr)
        if pi == len(pages_) - 1:
            doc.t(40, y - 14, "Westpac Banking Corporation ABN 33 007 457 141 AFSL and Australian credit licence 233714.", 6.5)
        doc.c.showPage()
    doc.c.save()
    write(stem, "ho_au_westpac", "****8823", "AUD", start, end, ob, cb, txs)


fifth_third("ho_us_fifththird", 1601)
fifth_third("ho_us_fifththird__pending", 1602, pending=True)
fifth_third("ho_us_fifththird__pages", 1603, pages=True)
fifth_third("ho_us_fifththird__inline", 1604, inline=True)
metro("ho_uk_metro", 1611)
metro("ho_uk_metro__oldest", 1612, oldest=True)
metro("ho_uk_metro__overdrawn", 1613, overdrawn=True)
postbank("ho_de_postbank", 1621)
postbank("ho_de_postbank__vorgemerkt", 1622, pending=True)
postbank("ho_de_postbank__pages", 1623, pages=True)
westpac("ho_au_westpac", 1631)
westpac("ho_au_westpac__oldest", 1632, oldest=True)
westpac("ho_au_westpac__pages", 1633, pages=True)
