#!/usr/bin/python3
"""Generator ie: TYPOGRAPHY of amounts and tables, one quirk per file, on two plain layouts of its own. Deterministic.

Lakeshore Federal Savings (US checking, MM/DD/YYYY, Opening Balance row, summary box) and Banque Rive Droite
(France, EUR, dd/mm/yyyy, SOLDE PRECEDENT row). Quirks: negatives in parentheses, "$" set in a column of its own,
the amount columns left of the description, the header on page 1 only, a monospaced printout with "|" and "+---+"
rules, "USD 45.00" cells, U+2212 minus with U+202F thin-space thousands, NBSP thousands with " EUR" in every cell,
a trailing minus after a space "45,00 -", "-" placeholders in empty cells, weekday-prefixed dates.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import LETTER, A4
from corpus_kit import Doc, fmt, make_txns, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ie/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)

US_POOL = [("POS PURCHASE KROGER #0418 COLUMBUS OH", 12, 180), ("ACH DEBIT AEP OHIO ELECTRIC BILL PAYMT", 60, 190),
           ("CHECK #{r}", 40, 900), ("ATM WITHDRAWAL 2214 N HIGH ST COLUMBUS OH", 20, 200),
           ("POS PURCHASE SPEEDWAY 4412 WORTHINGTON OH", 25, 70), ("ACH DEBIT STATE FARM INSURANCE PREMIUM", 110, 160),
           ("ONLINE TRANSFER TO SAVINGS XXXXXX4410", 50, 500)]
US_CR = [("ACH CREDIT OHIO STATE UNIV PAYROLL", 1800, 2600), ("MOBILE DEPOSIT", 40, 600), ("INTEREST PAYMENT", 0.05, 1.2)]
FR_POOL = [("PAIEMENT CB CARREFOUR MARKET PARIS 11", 12, 140), ("PRLV SEPA EDF CLIENTS PARTICULIERS", 60, 160),
           ("RETRAIT DAB BNP PARIS REPUBLIQUE", 20, 200), ("PAIEMENT CB SNCF INTERNET", 30, 160),
           ("PRLV SEPA FREE MOBILE FACTURE", 15.99, 29.99), ("VIR SEPA LOYER APPARTEMENT M DUBOIS", 980, 980)]
FR_CR = [("VIR SEPA SALAIRE ACME SAS", 2100, 2900), ("REMISE CHEQUE {r}", 50, 400)]


def us_rows(seed, n, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("318.40") if od else D("2846.19")
    txs = make_txns(rng, start, end, n, US_POOL, US_CR)
    cb = running(txs, ob)
    for t in txs:
        t["desc_lines"] = [t["desc"]]
    return start, end, ob, cb, txs


def fr_rows(seed, n):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("1874.52")
    txs = make_txns(rng, start, end, n, FR_POOL, FR_CR)
    cb = running(txs, ob)
    for t in txs:
        t["desc_lines"] = [t["desc"]]
    return start, end, ob, cb, txs


def trimmed(v):
    """An export's number: no trailing zeros of the cents ("12.5", "100")."""
    s = fmt(v)
    return s[:-3] if s.endswith(".00") else s[:-1] if s.endswith("0") else s


def paren(v):
    return "(" + fmt(-v) + ")" if v < 0 else fmt(v)


# ---------------------------------------------------------------- Lakeshore Federal Savings, proportional type
def lakeshore(stem, seed, quirk):
    n = 40 if quirk == "header_once" else 18
    start, end, ob, cb, txs = us_rows(seed, n, od=(quirk == "paren"))
    if quirk == "paren":
        txs.insert(len(txs) // 2, {"date": txs[len(txs) // 2]["date"], "desc": "OVERDRAFT ITEM FEE", "amount": D("-35.00"),
                                   "desc_lines": ["OVERDRAFT ITEM FEE"]})
        cb = running(txs, ob)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    W, H = doc.W, doc.H
    out_, in_ = sums(txs)
    money = {"paren": paren, "usd": lambda v: "USD " + fmt(v),
             "plus_credits": lambda v: ("+" + fmt(v)) if v > 0 else fmt(-v),
             "colour_only": lambda v: fmt(abs(v)),
             "trimmed": lambda v: trimmed(v)}.get(quirk, fmt)

    def head(p, np_):
        doc.t(40, H - 45, "LAKESHORE FEDERAL SAVINGS", 15, True)
        doc.t(40, H - 57, "Member FDIC  \u2022  lakeshorefederal.com  \u2022  1-800-555-0142", 7)
        doc.t(W - 40, H - 45, "Statement of Account", 10, True, "r")
        doc.t(W - 40, H - 57, "Statement Period: %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 7.5, align="r")
        doc.t(W - 40, H - 68, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p > 1:
            return H - 100
        doc.t(40, H - 90, "DEREK J WOJCIK", 8); doc.t(40, H - 101, "1187 NORTHWEST BLVD", 8); doc.t(40, H - 112, "COLUMBUS OH 43212-3308", 8)
        doc.c.rect(330, H - 168, 242, 80)
        doc.t(338, H - 98, "Everyday Checking   Account Number: 4471-220-9183", 7.5, True)
        S = [("Beginning Balance", ob), ("Deposits and Credits", in_), ("Withdrawals and Debits", -out_), ("Ending Balance", cb)]
        for i, (a, b) in enumerate(S):
            doc.t(338, H - 112 - 12 * i, a, 7.5); doc.t(565, H - 112 - 12 * i, money(b) if quirk in ("paren", "usd") else fmt(b), 7.5, align="r")
        doc.t(40, H - 192, "ACCOUNT ACTIVITY", 10, True)
        return H - 210

    if quirk == "amounts_in_text":
        for k, t in enumerate(txs):
            if k % 3 == 0:
                t["desc"] = t["desc"] + (" 05/31/2025 INV 1,250.00" if k % 2 == 0 else " FEE 2.50 INCL")
                t["desc_lines"] = [t["desc"]]
    if quirk == "amount_first":
        cols = [("Date", 40, "l"), ("Amount", 150, "r"), ("Balance", 225, "r"), ("Description", 250, "l")]
    elif quirk == "credit_first":
        cols = [("Date", 40, "l"), ("Description", 110, "l"), ("Credits", 420, "r"), ("Debits", 495, "r"), ("Balance", 570, "r")]
    elif quirk == "seq":
        cols = [("No.", 40, "l"), ("Date", 65, "l"), ("Description", 135, "l"), ("Amount", 480, "r"), ("Balance", 570, "r")]
    elif quirk == "drcr":
        cols = [("Date", 40, "l"), ("Description", 110, "l"), ("Amount", 450, "r"), ("Dr/Cr", 475, "l"), ("Balance", 570, "r")]
    elif quirk in ("dollar_col", "usd"):
        cols = [("Date", 40, "l"), ("Description", 110, "l"), ("Debits", 420, "r"), ("Credits", 495, "r"), ("Balance", 570, "r")]
    else:
        cols = [("Date", 40, "l"), ("Description", 130, "l"), ("Amount", 480, "r"), ("Balance", 570, "r")]
    date = (lambda d: d.strftime("%a %m/%d/%Y")) if quirk == "weekday" else (lambda d: d.strftime("%m/%d/%Y"))

    def cells(t, first=False):
        """(x, text, align) of a row."""
        if quirk == "seq" and not first:
            vals0 = {"No.": str(txs.index(t) + 1)}
        else:
            vals0 = {}
        if first:
            vals = {"Date": date(start), "Description": "Opening Balance",
                    "Balance": fmt(ob) if quirk in ("plus_credits", "colour_only") else money(ob)}
        else:
            vals = {"Date": date(t["date"]), "Description": t["desc"],
                    "Balance": fmt(t["bal"]) if quirk in ("plus_credits", "colour_only") else money(t["bal"])}
            if quirk == "drcr":
                vals["Amount"] = fmt(abs(t["amount"])); vals["Dr/Cr"] = "DR" if t["amount"] < 0 else "CR"
            elif "Debits" in [c[0] for c in cols]:
                vals["Debits" if t["amount"] < 0 else "Credits"] = money(abs(t["amount"]))
            else:
                vals["Amount"] = money(t["amount"])
        vals.update(vals0)
        res = []
        for name, x, al in cols:
            if name in vals:
                if quirk == "dollar_col" and name in ("Debits", "Credits", "Balance"):
                    res.append((x - 62, "$", "l"))
                res.append((x, vals[name], al))
        return res

    per_first, per_other = (24, 48) if quirk == "header_once" else (60, 60)
    rows = [None] + txs
    pages, i, cap = [], 0, per_first
    while i < len(rows):
        pages.append(rows[i:i + cap]); i += cap; cap = per_other
    for p, pr in enumerate(pages, 1):
        y = head(p, len(pages))
        if p == 1 or quirk != "header_once":
            for name, x, al in cols:
                doc.t(x, y, name, 8, True, al)
            doc.c.line(40, y - 4, W - 40, y - 4); y -= 16
        for r in pr:
            for x, s, al in cells(r, first=r is None):
                red = quirk == "colour_only" and r is not None and r["amount"] < 0 and s == money(r["amount"]) and x == 480
                if red:
                    doc.c.setFillColorRGB(0.8, 0, 0)
                doc.t(x, y, s, 8, False, al)
                if red:
                    doc.c.setFillColorRGB(0, 0, 0)
            y -= 12
        if p == len(pages):
            doc.c.line(40, y + 6, W - 40, y + 6)
            doc.t(130 if quirk != "amount_first" else 250, y - 6, "Total Deposits and Credits %s   Total Withdrawals and Debits %s"
                  % (money(in_), money(-out_) if quirk == "paren" else money(out_)), 7.5, True)
        if quirk == "watermark":
            doc.c.saveState(); doc.c.setFillColorRGB(0.85, 0.85, 0.85); doc.c.translate(W / 2, H / 2); doc.c.rotate(40)
            doc.c.setFont("DVB", 90); doc.c.drawCentredString(0, 0, "DUPLICATE"); doc.c.restoreState()
        if quirk == "banner":
            doc.c.saveState(); doc.c.setFillColorRGB(0.8, 0.8, 0.8); doc.c.setFont("DVB", 40)
            doc.c.drawCentredString(W / 2, H / 2 - 60, "PROVISIONAL COPY"); doc.c.restoreState()
        doc.t(40, 40, "Lakeshore Federal Savings and Loan Association, 200 E Broad St, Columbus OH 43215. Equal Housing Lender.", 5.5)
        doc.t(40, 32, "In case of errors or questions about your electronic transfers, call us at the number above as soon as you can.", 5.5)
        doc.c.showPage()
    doc.c.save()
    write(stem, "ie_us_lakeshore", "****9183", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- Lakeshore, a monospaced printout with rules
def ascii_printout(stem, seed, pages):
    start, end, ob, cb, txs = us_rows(seed, 60 if pages else 20)
    for t in txs:
        t["desc_lines"] = [t["desc"][:38].rstrip()]
        t["desc"] = t["desc_lines"][0]
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    W, H = doc.W, doc.H
    c = doc.c
    rule = "+------------+----------------------------------------+--------------+--------------+--------------+"
    hdr = "| DATE       | TRANSACTION DESCRIPTION                | WITHDRAWALS  | DEPOSITS     | BALANCE      |"

    def line(y, s):
        c.setFont("Courier", 7.2); c.drawString(30, y, s)

    def row(d, desc, wd, dp, bal):
        return "| %-10s | %-38s | %12s | %12s | %12s |" % (d, desc, wd, dp, bal)

    rows = [row(start.strftime("%m/%d/%Y"), "BALANCE FORWARD", "", "", fmt(ob))]
    for t in txs:
        a = t["amount"]
        rows.append(row(t["date"].strftime("%m/%d/%Y"), t["desc"], fmt(-a) if a < 0 else "", fmt(a) if a > 0 else "", fmt(t["bal"])))
    per = 40
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    out_, in_ = sums(txs)
    for p, ch in enumerate(chunks, 1):
        y = H - 40
        line(y, "LAKESHORE FEDERAL SAVINGS AND LOAN                                   STATEMENT OF ACCOUNT    PAGE %3d OF %3d" % (p, len(chunks))); y -= 10
        line(y, "200 E BROAD ST  COLUMBUS OH 43215                                    PERIOD %s THRU %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y"))); y -= 20
        if p == 1:
            for s in ("DEREK J WOJCIK", "1187 NORTHWEST BLVD", "COLUMBUS OH 43212-3308", "",
                      "ACCOUNT NUMBER  4471-220-9183            PRODUCT  EVERYDAY CHECKING", "",
                      "BEGINNING BALANCE %14s    DEPOSITS  %14s" % (fmt(ob), fmt(in_)),
                      "ENDING BALANCE    %14s    WITHDRAWALS %12s" % (fmt(cb), fmt(out_)), ""):
                line(y, s); y -= 10
        line(y, rule); y -= 10; line(y, hdr); y -= 10; line(y, rule); y -= 10
        for s in ch:
            line(y, s); y -= 10
        line(y, rule); y -= 10
        if p == len(chunks):
            line(y, "| %-10s | %-38s | %12s | %12s | %12s |" % ("", "TOTALS", fmt(out_), fmt(in_), "")); y -= 10
            line(y, rule); y -= 10
        line(36, "MEMBER FDIC. EQUAL HOUSING LENDER. REPORT ERRORS WITHIN 60 DAYS. 1-800-555-0142")
        c.showPage()
    c.save()
    write(stem, "ie_us_lakeshore_printout", "****9183", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- Banque Rive Droite (France), amount typography
def rivedroite(stem, seed, quirk):
    start, end, ob, cb, txs = fr_rows(seed, 18)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), A4)
    W, H = doc.W, doc.H
    NB, THIN, MINUS = "\u00a0", "\u202f", "\u2212"

    def num(v):
        if quirk == "umin":
            s = fmt(abs(v), th=THIN, dec=",")
            return (MINUS + s) if v < 0 else s
        if quirk == "nbsp_eur":
            return fmt(v, th=NB, dec=",") + NB + "EUR"
        if quirk == "sign_space":
            s = fmt(abs(v), th=".", dec=",")
            return (s + " -") if v < 0 else s
        return fmt(v, th=".", dec=",")

    doc.t(40, H - 50, "Banque Rive Droite", 16, True)
    doc.t(40, H - 62, "Agence Paris Bastille \u2014 12 rue de la Roquette, 75011 Paris", 7)
    doc.t(W - 40, H - 50, "RELEVÉ DE COMPTE", 10, True, "r")
    doc.t(W - 40, H - 62, "du %s au %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8, align="r")
    doc.t(W - 40, H - 73, "Page 1 / 1", 7, align="r")
    doc.t(320, H - 100, "M. ou Mme Julien et Claire MOREAU", 8); doc.t(320, H - 111, "27 avenue Parmentier", 8); doc.t(320, H - 122, "75011 PARIS", 8)
    doc.t(40, H - 150, "Compte de dépôt n° 00021488137 \u2014 IBAN FR76 3000 4000 2100 0214 8813 770", 7.5, True)
    y = H - 180
    split = quirk in ("nbsp_eur", "dashes")
    cols = [("Date", 40, "l"), ("Libellé de l'opération", 100, "l")]
    cols += [("Débit", 400, "r"), ("Crédit", 470, "r")] if split else [("Montant", 440, "r")]
    cols += [("Solde", 555, "r")]
    for name, x, al in cols:
        doc.t(x, y, name, 8, True, al)
    doc.c.line(40, y - 4, W - 40, y - 4); y -= 16
    doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(100, y, "SOLDE PRÉCÉDENT", 8, True); doc.t(555, y, num(ob), 8, align="r")
    if quirk == "dashes":
        doc.t(400, y, "-", 8, align="r"); doc.t(470, y, "-", 8, align="r")
    y -= 12
    for t in txs:
        a = t["amount"]
        doc.t(40, y, t["date"].strftime("%d/%m/%Y"), 8); doc.t(100, y, t["desc"], 8)
        if split:
            doc.t(400, y, num(-a) if a < 0 else ("-" if quirk == "dashes" else ""), 8, align="r")
            doc.t(470, y, num(a) if a > 0 else ("-" if quirk == "dashes" else ""), 8, align="r")
        else:
            doc.t(440, y, num(a), 8, align="r")
        doc.t(555, y, num(t["bal"]), 8, align="r")
        y -= 12
    doc.c.line(40, y + 6, W - 40, y + 6)
    doc.t(40, y - 6, end.strftime("%d/%m/%Y"), 8); doc.t(100, y - 6, "NOUVEAU SOLDE", 8, True); doc.t(555, y - 6, num(cb), 8, True, "r")
    doc.t(40, 50, "Banque Rive Droite SA au capital de 120 000 000 \u20ac \u2014 RCS Paris B 552 000 111 \u2014 ORIAS 07 000 000.", 5.5)
    doc.t(40, 42, "Médiateur : 5 rue du Louvre, 75001 Paris. Garantie des dépôts : www.garantiedesdepots.fr", 5.5)
    doc.c.showPage(); doc.c.save()
    write(stem, "ie_fr_rivedroite", "****8137", "EUR", start, end, ob, cb, txs)


lakeshore("ie_us_lakeshore__paren", 1801, "paren")
lakeshore("ie_us_lakeshore__dollar_col", 1802, "dollar_col")
lakeshore("ie_us_lakeshore__amount_first", 1803, "amount_first")
lakeshore("ie_us_lakeshore__header_once", 1804, "header_once")
lakeshore("ie_us_lakeshore__usd", 1805, "usd")
lakeshore("ie_us_lakeshore__weekday", 1806, "weekday")
lakeshore("ie_us_lakeshore__amounts_in_text", 1807, "amounts_in_text")
lakeshore("ie_us_lakeshore__credit_first", 1808, "credit_first")
lakeshore("ie_us_lakeshore__drcr", 1809, "drcr")
lakeshore("ie_us_lakeshore__plus_credits", 1810, "plus_credits")
lakeshore("ie_us_lakeshore__colour_only", 1813, "colour_only")
lakeshore("ie_us_lakeshore__trimmed", 1814, "trimmed")
lakeshore("ie_us_lakeshore__seq", 1815, "seq")
lakeshore("ie_us_lakeshore__watermark", 1816, "watermark")
lakeshore("ie_us_lakeshore__banner", 1817, "banner")
ascii_printout("ie_us_lakeshore_printout", 1811, False)
ascii_printout("ie_us_lakeshore_printout__pages", 1812, True)
rivedroite("ie_fr_rivedroite__umin", 1821, "umin")
rivedroite("ie_fr_rivedroite__nbsp_eur", 1822, "nbsp_eur")
rivedroite("ie_fr_rivedroite__sign_space", 1823, "sign_space")
rivedroite("ie_fr_rivedroite__dashes", 1824, "dashes")
