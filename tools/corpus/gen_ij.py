#!/usr/bin/python3
"""Generator ij: 5 unseen North American layouts x (base + one-change variants), exact truth. Deterministic.

TD Canada Trust chequing (DESCRIPTION / WITHDRAWALS / DEPOSITS / DATE / BALANCE, the date "MAY05" after the
amounts, BALANCE FORWARD first, balance on a day's last row, "OD" overdrawn balances; overdraft and two-page
variants), CIBC Visa (Trans date / Post date / Description / Spend Categories / Amount($), "Your payments" and
"Your new charges and credits" sections with totals, Previous balance / Total balance box; credits and
foreign-currency variants), Banque Nationale (French, Date / Description / Retraits / Dépôts / Solde, "1 234,56",
SOLDE REPORTÉ; a variant with the year only in the period line and a two-page variant), Chase Freedom
(Date of Transaction / Merchant Name or Transaction Description / $ Amount, PAYMENTS AND OTHER CREDITS / PURCHASE /
FEES CHARGED / INTEREST CHARGED sections, ACCOUNT SUMMARY box; credit-balance and two-page variants), Marcus by
Goldman Sachs savings (Date / Description / Credits / Debits / Balance, interest row, year-to-date interest box;
a two-page variant).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import LETTER
from corpus_kit import C2, Doc, fmt, row_truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ij/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]
MOIS3 = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def money(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def rows_of(rng, start, end, n, pool, credits, pcred=0.2):
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pcred:
            desc, lo, hi = rng.choice(credits); s = 1
        else:
            desc, lo, hi = rng.choice(pool); s = -1
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999), k=rng.randint(1000, 9999)),
                    "amount": money(rng, lo, hi) * s})
    txs.sort(key=lambda t: t["date"])
    return txs


class Pager:
    """Flowing text over pages: header(doc, page) returns the first y, footer(doc, page) draws the foot."""

    def __init__(self, path, header, footer, limit=80, size=LETTER):
        self.doc = Doc(path, size)
        self.header, self.footer, self.lim, self.p = header, footer, limit, 0
        self.new_page()

    def new_page(self):
        if self.p:
            self.footer(self.doc, self.p); self.doc.c.showPage()
        self.p += 1
        self.y = self.header(self.doc, self.p)

    def need(self, h, again=None):
        if self.y - h < self.lim:
            self.new_page()
            if again: again(self)
            return True
        return False

    def t(self, x, s, size=8, bold=False, align="l", dy=0):
        self.doc.t(x, self.y - dy, s, size, bold, align)

    def line(self, x0, x1, dy=0):
        self.doc.c.line(x0, self.y - dy, x1, self.y - dy)

    def down(self, h):
        self.y -= h

    def finish(self):
        self.footer(self.doc, self.p); self.doc.c.showPage(); self.doc.c.save()
        return self.p


def two_pass(fn, *a, **k):
    """Draws twice: first to count the pages, then with "Page x of N"."""
    n = fn(*a, total="?", **k)
    fn(*a, total=str(n), **k)


# ---------------------------------------------------------------- 1 TD Canada Trust chequing
def td(stem, seed, n, od=False, per_page=None, total="?"):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 30)
    ob = D("842.19") if od else D("4134.56")
    pool = [("IDP PURCHASE - {k} LOBLAWS #1032", 20, 190), ("SEND E-TFR ***{k}", 40, 400), ("TD ATM W/D 00{k}", 40, 200),
            ("ROGERS ****BPY", 85, 140), ("TFR-TO C/C", 200, 900), ("VISA DEBIT PURCHASE - {k} TIM HORTONS #2214", 3, 18),
            ("ENBRIDGE GAS INC MSP", 60, 180), ("INSURANCE TD HOME/AUTO", 110, 210)]
    cr = [("PAYROLL DEP ACME ROBOTICS CA", 2300, 2900), ("E-TRANSFER ***{k}", 30, 300), ("GST/HST CANADA", 80, 130),
          ("MOBILE DEPOSIT", 50, 600)]
    txs = rows_of(rng, start + dt.timedelta(days=1), end, n, pool, cr, 0.25)
    if od:
        txs.append({"date": dt.date(2025, 5, 6), "desc": "TFR-TO 5012-6238810", "amount": D("-1500.00")})
        txs.append({"date": dt.date(2025, 5, 12), "desc": "OVERDRAFT INTEREST", "amount": D("-3.87")})
        txs.append({"date": dt.date(2025, 5, 12), "desc": "OVERDRAFT FEE", "amount": D("-5.00")})
        txs.sort(key=lambda t: t["date"])
    txs.append({"date": end, "desc": "MONTHLY ACCOUNT FEE", "amount": D("-16.95")})
    if od:
        txs.append({"date": end, "desc": "SEND E-TFR ***Rq8", "amount": D("-2400.00")})
    bal = ob
    for i, t in enumerate(txs):
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = [t["desc"]]
        t["shown"] = i == len(txs) - 1 or txs[i + 1]["date"] != t["date"]
    cb = bal
    tod = lambda v: fmt(v) if v >= 0 else fmt(-v) + "OD"
    dd = lambda d: MON[d.month - 1] + "%02d" % d.day
    wd = -sum(t["amount"] for t in txs if t["amount"] < 0); dp = sum(t["amount"] for t in txs if t["amount"] > 0)
    X = dict(desc=40, w=330, d=410, dt=425, b=565)

    def colhead(doc, y):
        doc.c.setFillGray(0.88); doc.c.rect(38, y - 4, 530, 14, fill=1, stroke=0); doc.c.setFillGray(0)
        for k, s, al in [("desc", "DESCRIPTION", "l"), ("w", "WITHDRAWALS", "r"), ("d", "DEPOSITS", "r"), ("dt", "DATE", "l"),
                         ("b", "BALANCE", "r")]:
            doc.t(X[k], y, s, 7.5, True, al)

    def header(doc, p):
        H, W = doc.H, doc.W
        doc.c.setFillColorRGB(0.0, 0.45, 0.2); doc.c.rect(40, H - 60, 34, 26, fill=1, stroke=0); doc.c.setFillGray(1)
        doc.t(57, H - 53, "TD", 13, True, "c"); doc.c.setFillGray(0)
        doc.t(82, H - 52, "TD Canada Trust", 13, True)
        doc.t(W - 45, H - 40, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(W - 45, H - 52, "Page %d of %s" % (p, total), 7.5, align="r")
        doc.t(W - 200, H - 72, "Branch No.", 7); doc.t(W - 130, H - 72, "Account No.", 7)
        doc.t(W - 200, H - 82, "0412", 8); doc.t(W - 130, H - 82, "5012-6234417", 8)
        doc.t(W - 200, H - 96, "Statement From - To", 7)
        doc.t(W - 200, H - 106, "%s %02d/%s - %s %02d/%s" % (MON[start.month - 1], start.day, start.strftime("%y"),
                                                            MON[end.month - 1], end.day, end.strftime("%y")), 8)
        if p == 1:
            for i, s in enumerate(["MR JASON T LEBLANC", "1450 BAY ST APT 1207", "TORONTO ON  M5R 2X1"]):
                doc.t(40, H - 90 - 11 * i, s, 8)
            doc.t(40, H - 140, "TD EVERY DAY CHEQUING ACCOUNT", 9, True)
            doc.t(40, H - 152, "CAD", 7.5)
            colhead(doc, H - 172)
            return H - 188
        doc.t(40, H - 90, "MR JASON T LEBLANC", 8)
        doc.t(40, H - 112, "TD EVERY DAY CHEQUING ACCOUNT (continued)", 8, True)
        colhead(doc, H - 132)
        return H - 148

    def footer(doc, p):
        doc.t(40, 52, "Please examine this statement upon receipt and report any errors or omissions within 30 days. Items and balances shown", 5.8)
        doc.t(40, 45, "will be considered correct except for any errors or omissions you report. OD = overdrawn balance.", 5.8)
        doc.t(40, 36, "Account issued by: The Toronto-Dominion Bank. \u00ae The TD logo and other trade-marks are the property of The Toronto-Dominion Bank.", 5.8)
        doc.t(doc.W - 45, 36, "Continued on next page" if p < int(total if total != "?" else 99) else "", 6, align="r")

    pg = Pager(os.path.join(OUT, stem + ".pdf"), header, footer, limit=90)
    pg.t(X["desc"], "BALANCE FORWARD"); pg.t(X["dt"], dd(start - dt.timedelta(days=1))); pg.t(X["b"], tod(ob), align="r")
    pg.down(13)
    count = 0
    prev_bal = ob
    for t in txs:
        if per_page and count == per_page or pg.y < 110:
            pg.new_page(); count = 0
            pg.t(X["desc"], "BALANCE FORWARD"); pg.t(X["dt"], dd(t["date"])); pg.t(X["b"], tod(prev_bal), align="r")
            pg.down(13)
        pg.t(X["desc"], t["desc"])
        pg.t(X["w"] if t["amount"] < 0 else X["d"], fmt(abs(t["amount"])), align="r")
        pg.t(X["dt"], dd(t["date"]))
        if t["shown"]: pg.t(X["b"], tod(t["bal"]), align="r")
        pg.down(13); count += 1; prev_bal = t["bal"]
    pg.down(10)
    pg.line(40, 568, -8)
    pg.t(X["desc"], "ACCOUNT SUMMARY", 7.5, True); pg.down(12)
    for a, b in [("Opening Balance", tod(ob)), ("Total Deposits", fmt(dp)), ("Total Withdrawals", fmt(wd)),
                 ("Closing Balance", tod(cb))]:
        pg.t(X["desc"], a, 7.5); pg.t(250, b, 7.5, align="r"); pg.down(11)
    np_ = pg.finish()
    write(stem, "ij_ca_td_chequing", "****4417", "CAD", start, end, ob, cb, txs)
    return np_


# ---------------------------------------------------------------- 2 CIBC Visa
CATS = {"METRO": "Retail and Grocery", "TIM": "Restaurants", "PRESTO": "Transportation", "SHELL": "Transportation",
        "CANADIAN": "Retail and Grocery", "HOME": "Home and Office Improvement", "CINEPLEX": "Hotel, Entertainment and Recreation",
        "BELL": "Professional and Financial Services", "SHOPPERS": "Personal and Household Expenses", "UBER": "Transportation",
        "AIR": "Hotel, Entertainment and Recreation", "AMAZON": "Retail and Grocery", "HOTEL": "Hotel, Entertainment and Recreation",
        "REFUND": "Retail and Grocery"}


def cibc(stem, seed, n, credits=False, fx=False, total="?"):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 18), dt.date(2025, 5, 17)
    prev = D("1287.43")
    md = lambda d: "%s %02d" % (MONTHS[d.month - 1][:3], d.day)
    pool = [("METRO 612 OTTAWA ON", 18, 190), ("TIM HORTONS #1187 OTTAWA ON", 2, 15), ("PRESTO FARE/V1J7K3L OTTAWA ON", 10, 60),
            ("SHELL C09871 KANATA ON", 40, 95), ("CANADIAN TIRE #241 OTTAWA ON", 12, 220), ("HOME DEPOT #7042 OTTAWA ON", 15, 300),
            ("CINEPLEX ENT LP 3345 OTTAWA ON", 14, 60), ("BELL CANADA (OB) MONTREAL QC", 70, 130),
            ("SHOPPERS DRUG MART #1221 OTTAWA ON", 8, 80), ("UBER* EATS HELP.UBER.COM ON", 15, 55)]
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, 28))
        desc, lo, hi = rng.choice(pool)
        txs.append({"date": d, "desc": desc, "amount": -money(rng, lo, hi)})
    if credits:
        for d, desc, a in [(dt.date(2025, 4, 29), "REFUND CANADIAN TIRE #241 OTTAWA ON", "64.99"),
                           (dt.date(2025, 5, 9), "REFUND AMAZON.CA AMAZON.CA ON", "129.00")]:
            txs.append({"date": d, "desc": desc, "amount": D(a)})
    if fx:
        for d, desc, cur, fa, rate in [(dt.date(2025, 4, 24), "AIR TRANSAT BOOKING MONTREAL", None, None, None),
                                       (dt.date(2025, 5, 2), "HOTEL RIU PLAZA NEW YORK NY", "USD", D("212.40"), D("1.384510")),
                                       (dt.date(2025, 5, 4), "AMAZON.COM*AB12C SEATTLE WA", "USD", D("45.99"), D("1.392040"))]:
            if cur is None:
                txs.append({"date": d, "desc": desc, "amount": D("-688.20")})
            else:
                cad = (fa * rate).quantize(C2)
                txs.append({"date": d, "desc": desc, "amount": -cad, "fxl": "%s %s @ %s" % (fmt(fa), cur, rate)})
    txs.sort(key=lambda t: t["date"])
    for t in txs:
        t["post"] = min(t["date"] + dt.timedelta(days=rng.choice([1, 1, 2])), end)
        t["desc_lines"] = [t["desc"]] + ([t["fxl"]] if "fxl" in t else [])
        t["cat"] = next((v for k, v in CATS.items() if t["desc"].startswith(k)), "Retail and Grocery")
    pays = [{"date": dt.date(2025, 5, 2), "desc": "PAYMENT THANK YOU/PAIEMENT MERCI", "amount": prev}]
    pays[0]["post"] = dt.date(2025, 5, 3); pays[0]["desc_lines"] = [pays[0]["desc"]]
    if credits:
        p2 = {"date": dt.date(2025, 5, 14), "desc": "PAYMENT THANK YOU/PAIEMENT MERCI", "amount": D("150.00"),
              "post": dt.date(2025, 5, 14)}
        p2["desc_lines"] = [p2["desc"]]; pays.append(p2)
    paid = sum(t["amount"] for t in pays)
    cr = sum(t["amount"] for t in txs if t["amount"] > 0)
    buys = -sum(t["amount"] for t in txs if t["amount"] < 0)
    newb = prev - paid - cr + buys
    card = "4505 XX** **** 3391"
    X = dict(td=40, pd=95, desc=150, cat=385, a=565)

    def header(doc, p):
        H, W = doc.H, doc.W
        doc.c.setFillColorRGB(0.77, 0.0, 0.14); doc.c.rect(40, H - 58, 26, 26, fill=1, stroke=0); doc.c.setFillGray(0)
        doc.t(72, H - 52, "CIBC", 16, True)
        doc.t(W - 45, H - 40, "CIBC Dividend\u00ae Visa* Card", 10, True, "r")
        doc.t(W - 45, H - 52, "Account number  %s" % card, 7.5, align="r")
        doc.t(W - 45, H - 62, "Statement date  %s %d, %d" % (MONTHS[end.month - 1], end.day, end.year), 7.5, align="r")
        doc.t(W - 45, H - 72, "Statement period  %s %d to %s %d, %d" % (MONTHS[start.month - 1], start.day, MONTHS[end.month - 1],
                                                                       end.day, end.year), 7.5, align="r")
        doc.t(W - 45, H - 82, "Page %d of %s" % (p, total), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 80, "SOPHIE M TREMBLAY", 8)
            return H - 110
        for i, s in enumerate(["SOPHIE M TREMBLAY", "212 ELGIN ST UNIT 604", "OTTAWA ON  K2P 1L5"]):
            doc.t(40, H - 95 - 11 * i, s, 8)
        doc.c.rect(330, H - 250, 238, 150)
        doc.t(338, H - 112, "Your account at a glance", 9, True)
        L = [("Previous balance", "$" + fmt(prev)), ("Payments", "- " + fmt(paid)), ("Other credits", "- " + fmt(cr)),
             ("Purchases", "+ " + fmt(buys)), ("Cash advances", "+ 0.00"), ("Interest", "+ 0.00"), ("Fees", "+ 0.00"),
             ("Total balance", "= " + ("$" + fmt(newb) if newb >= 0 else "-$" + fmt(-newb)))]
        for i, (a, b) in enumerate(L):
            doc.t(338, H - 128 - 11 * i, a, 7.5, i == 7); doc.t(560, H - 128 - 11 * i, b, 7.5, i == 7, "r")
        doc.t(338, H - 224, "Credit limit  $8,500.00", 7); doc.t(338, H - 234, "Available credit  $%s" % fmt(D("8500") - newb), 7)
        doc.c.rect(40, H - 250, 270, 80)
        doc.t(48, H - 182, "Amount due", 9, True)
        mp = min(max(newb, D(0)), D("10.00"))
        doc.t(48, H - 198, "Minimum payment", 7.5); doc.t(300, H - 198, "$" + fmt(mp), 7.5, align="r")
        doc.t(48, H - 210, "Payment due date", 7.5); doc.t(300, H - 210, "June 7, 2025", 7.5, align="r")
        doc.t(48, H - 226, "Earn up to 4% cash back on gas and groceries with", 6.5)
        doc.t(48, H - 234, "your CIBC Dividend Visa Card. Visit cibc.com/dividend", 6.5)
        return H - 275

    def footer(doc, p):
        doc.t(40, 44, "* Trademark of Visa Int., used under license. \u00ae Registered trademark of CIBC. Interest rates: purchases 20.99%,", 5.8)
        doc.t(40, 36, "cash advances 22.99%. For questions call 1 800 465-4653. Please see the reverse for important information.", 5.8)

    def heads(pg, with_cat):
        for k, s, al in [("td", "Trans\ndate", "l"), ("pd", "Post\ndate", "l"), ("desc", "Description", "l"),
                         ("cat", "Spend Categories", "l"), ("a", "Amount($)", "r")]:
            if k == "cat" and not with_cat: continue
            for j, l in enumerate(s.split("\n")):
                pg.t(X[k], l, 7.5, True, al, dy=j * 9 + (9 if "\n" not in s else 0))
        pg.line(40, 568, 13); pg.down(25)

    pg = Pager(os.path.join(OUT, stem + ".pdf"), header, footer, limit=70)
    pg.t(40, "Your payments", 10, True); pg.down(16)
    heads(pg, False)
    for t in pays:
        pg.t(X["td"], md(t["date"])); pg.t(X["pd"], md(t["post"])); pg.t(X["desc"], t["desc"]); pg.t(X["a"], fmt(t["amount"]), align="r")
        pg.down(13)
    pg.line(400, 568, -6); pg.down(4)
    pg.t(X["desc"], "Total payments", 8, True); pg.t(X["a"], "$" + fmt(paid), 8, True, "r"); pg.down(26)
    pg.t(40, "Your new charges and credits", 10, True); pg.down(16)
    heads(pg, True)
    pg.t(X["desc"], "Card number %s" % card, 8, True); pg.down(14)

    def again(p):
        p.t(40, "Your new charges and credits (continued)", 10, True); p.down(16); heads(p, True)
    for t in txs:
        nl = len(t["desc_lines"])
        pg.need(13 * nl, again)
        pg.t(X["td"], md(t["date"])); pg.t(X["pd"], md(t["post"]))
        for k, l in enumerate(t["desc_lines"]): pg.t(X["desc"], l, 8 if k == 0 else 7, dy=11 * k)
        pg.t(X["cat"], t["cat"], 7)
        pg.t(X["a"], fmt(-t["amount"]), align="r")
        pg.down(11 * nl + 2)
    pg.need(40, again)
    pg.line(400, 568, -6); pg.down(4)
    net = -sum(t["amount"] for t in txs)
    pg.t(X["desc"], "Total for %s" % card, 8, True); pg.t(X["a"], "$" + fmt(net), 8, True, "r"); pg.down(14)
    pg.t(X["desc"], "Total new charges and credits", 8, True); pg.t(X["a"], "$" + fmt(net), 8, True, "r"); pg.down(14)
    np_ = pg.finish()
    for t in pays + txs: t.pop("bal", None)
    allt = pays + txs
    write(stem, "ij_ca_cibc_visa", "****3391", "CAD", start, end, -prev, -newb, allt)
    return np_


# ---------------------------------------------------------------- 3 Banque Nationale
def bnc(stem, seed, n, noyear=False, per_page=None, total="?"):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("3418.72")
    fr = lambda v: fmt(v, th="\u00a0", dec=",")
    pool = [("PAIEMENT DIRECT IGA EXTRA #8112 MONTREAL", 20, 210), ("RETRAIT GAB 00{k} SUCC. MONT-ROYAL", 40, 300),
            ("VIREMENT INTERAC ENVOYE ***{k}", 30, 500), ("PAIEMENT FACTURE HYDRO-QUEBEC", 80, 260),
            ("PRELEVEMENT ASSURANCES DESJARDINS", 90, 180), ("PAIEMENT DIRECT SAQ #23045 MONTREAL", 15, 110),
            ("PAIEMENT FACTURE VIDEOTRON LTEE", 70, 150)]
    cr = [("DEPOT PAIE UNIVERSITE DE MONTREAL", 2400, 3100), ("VIREMENT INTERAC RECU ***{k}", 25, 400),
          ("DEPOT MOBILE", 50, 700), ("CREDIT TPS/TVH CANADA", 80, 130)]
    txs = rows_of(rng, start, end, n, pool, cr, 0.25)
    txs.append({"date": end, "desc": "FRAIS MENSUELS FORFAIT", "amount": D("-12.95")})
    bal = ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = [t["desc"]]
    cb = bal
    if noyear:
        dd = lambda d: "%02d %s" % (d.day, MOIS3[d.month - 1])
    else:
        dd = lambda d: d.strftime("%Y-%m-%d")
    X = dict(d=40, desc=105, r=385, dp=465, s=565)

    def colhead(doc, y):
        doc.c.setFillColorRGB(0.85, 0.1, 0.15); doc.c.rect(38, y - 4, 532, 14, fill=1, stroke=0); doc.c.setFillGray(1)
        for k, s, al in [("d", "Date", "l"), ("desc", "Description", "l"), ("r", "Retraits", "r"), ("dp", "Dépôts", "r"),
                         ("s", "Solde", "r")]:
            doc.t(X[k], y, s, 8, True, al)
        doc.c.setFillGray(0)

    def period():
        if noyear:
            return "Période du %d%s %s au %d %s %d" % (start.day, "er" if start.day == 1 else "", MOIS[start.month - 1], end.day,
                                                      MOIS[end.month - 1], end.year)
        return "Période du %s au %s" % (start.strftime("%Y-%m-%d"), end.strftime("%Y-%m-%d"))

    def header(doc, p):
        H, W = doc.H, doc.W
        doc.c.setFillColorRGB(0.85, 0.1, 0.15); doc.c.circle(52, H - 46, 11, fill=1, stroke=0); doc.c.setFillGray(0)
        doc.t(70, H - 44, "BANQUE NATIONALE", 12, True); doc.t(70, H - 55, "Relevé de compte", 8)
        doc.t(W - 45, H - 40, "Compte chèques - Forfait Le Total", 9, True, "r")
        doc.t(W - 45, H - 52, period(), 7.5, align="r")
        doc.t(W - 45, H - 63, "Transit 00211   Compte 02-118-44  Folio 7", 7.5, align="r")
        doc.t(W - 45, H - 74, "Page %d de %s" % (p, total), 7.5, align="r")
        if p == 1:
            for i, s in enumerate(["MME CATHERINE GAGNON", "4410, RUE SAINT-DENIS, APP. 3", "MONTRÉAL (QUÉBEC)  H2J 2L1"]):
                doc.t(40, H - 92 - 11 * i, s, 8)
            doc.c.rect(330, H - 170, 238, 74)
            doc.t(338, H - 108, "Sommaire du compte (en dollars canadiens)", 7.5, True)
            wd = -sum(t["amount"] for t in txs if t["amount"] < 0); dp = sum(t["amount"] for t in txs if t["amount"] > 0)
            for i, (a, b) in enumerate([("Solde précédent", fr(ob)), ("Total des dépôts", fr(dp)), ("Total des retraits", fr(wd)),
                                        ("Nouveau solde", fr(cb))]):
                doc.t(338, H - 121 - 11 * i, a, 7.5); doc.t(560, H - 121 - 11 * i, b, 7.5, align="r")
            colhead(doc, H - 195)
            return H - 211
        doc.t(40, H - 95, "Détail des transactions (suite)", 9, True)
        colhead(doc, H - 115)
        return H - 131

    def footer(doc, p):
        doc.t(40, 44, "Banque Nationale du Canada, 800, rue Saint-Jacques, Montréal (Québec)  H3C 1A3. Membre de la Société d'assurance-dépôts", 5.8)
        doc.t(40, 36, "du Canada. Veuillez vérifier ce relevé et nous signaler toute erreur ou omission dans les 60 jours. 1 888 483-5628", 5.8)

    pg = Pager(os.path.join(OUT, stem + ".pdf"), header, footer, limit=80)
    pg.t(X["d"], dd(start)); pg.t(X["desc"], "SOLDE REPORTÉ"); pg.t(X["s"], fr(ob), align="r"); pg.down(13)
    count = 0
    prev = ob
    for t in txs:
        if per_page and count == per_page or pg.y < 100:
            pg.t(X["desc"], "SOLDE À REPORTER"); pg.t(X["s"], fr(prev), align="r")
            pg.new_page(); count = 0
            pg.t(X["d"], dd(t["date"])); pg.t(X["desc"], "SOLDE REPORTÉ"); pg.t(X["s"], fr(prev), align="r"); pg.down(13)
        pg.t(X["d"], dd(t["date"])); pg.t(X["desc"], t["desc"])
        pg.t(X["r"] if t["amount"] < 0 else X["dp"], fr(abs(t["amount"])), align="r")
        pg.t(X["s"], fr(t["bal"]), align="r")
        pg.down(13); count += 1; prev = t["bal"]
    pg.line(40, 568, -6); pg.down(4)
    pg.t(X["d"], dd(end)); pg.t(X["desc"], "NOUVEAU SOLDE", 8, True); pg.t(X["s"], fr(cb), 8, True, "r"); pg.down(24)
    pg.t(40, "Taux d'intérêt en vigueur sur découvert : 21,00 %. Frais de service du mois : 12,95 $.", 7)
    np_ = pg.finish()
    write(stem, "ij_ca_bnc", "****1844", "CAD", start, end, ob, cb, txs)
    return np_


# ---------------------------------------------------------------- 4 Chase Freedom card
def chase(stem, seed, n, credit=False, total="?"):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 15), dt.date(2025, 5, 14)
    prev = D("-214.37") if credit else D("1563.08")
    pool = [("WHOLEFDS HAR 10203 CAMBRIDGE MA", 15, 180), ("STARBUCKS STORE 09118 BOSTON MA", 4, 14),
            ("AMAZON MKTPL*2K4LL91Z3 Amzn.com/bill WA", 12, 160), ("SHELL OIL 57442291208 NEWTON MA", 35, 80),
            ("SQ *TATTE BAKERY Boston MA", 8, 40), ("NETFLIX.COM NETFLIX.COM CA", 15.49, 22.99),
            ("LYFT *RIDE THU 8PM LYFT.COM CA", 9, 45), ("TRADER JOE S #509 BROOKLINE MA", 20, 140),
            ("CVS/PHARMACY #00922 BOSTON MA", 6, 60), ("PAYPAL *SPOTIFYUSA 402-935-7733 CA", 11.99, 11.99)]
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, 29))
        desc, lo, hi = rng.choice(pool)
        txs.append({"date": d, "desc": desc, "amount": -money(rng, lo, hi)})
    txs.sort(key=lambda t: t["date"])
    cred = []
    if not credit:
        cred.append({"date": dt.date(2025, 5, 3), "desc": "Payment Thank You-Mobile", "amount": prev})
    cred.append({"date": dt.date(2025, 4, 27), "desc": "AMAZON MKTPL*RT8PL0 Amzn.com/bill WA", "amount": D("34.99")})
    if credit:
        cred.append({"date": dt.date(2025, 5, 6), "desc": "BEST BUY 00011569 CAMBRIDGE MA", "amount": D("899.99")})
    cred.sort(key=lambda t: t["date"])
    allt = cred + txs
    for t in allt: t["desc_lines"] = [t["desc"]]
    pc = sum(t["amount"] for t in cred); pu = -sum(t["amount"] for t in txs)
    newb = prev - pc + pu
    usd = lambda v: ("-$" if v < 0 else "$") + fmt(abs(v))

    def header(doc, p):
        H, W = doc.H, doc.W
        doc.c.setFillColorRGB(0.07, 0.34, 0.62); doc.c.rect(40, H - 56, 22, 22, fill=1, stroke=0); doc.c.setFillGray(0)
        doc.t(68, H - 50, "CHASE", 15, True); doc.t(68, H - 60, "Freedom Unlimited\u00ae", 7.5)
        doc.t(W - 45, H - 40, "Manage your account online: www.chase.com/cardhelp", 7, align="r")
        doc.t(W - 45, H - 50, "Customer Service: 1-800-524-3880", 7, align="r")
        doc.t(W - 45, H - 62, "Page %s of %s" % (p, total), 7, align="r")
        if p > 1:
            doc.t(40, H - 84, "JOHN A SMITH", 7.5); doc.t(200, H - 84, "Account Number: XXXX XXXX XXXX 6612", 7.5)
            doc.t(W - 45, H - 84, "Statement Date: %s" % end.strftime("%m/%d/%y"), 7.5, align="r")
            return H - 110
        doc.c.rect(40, H - 250, 260, 170)
        doc.t(48, H - 94, "ACCOUNT SUMMARY", 9, True)
        doc.t(48, H - 108, "Account Number: XXXX XXXX XXXX 6612", 7.5)
        L = [("Previous Balance", usd(prev)), ("Payment, Credits", "-" + usd(pc)), ("Purchases", "+" + usd(pu)),
             ("Cash Advances", "$0.00"), ("Balance Transfers", "$0.00"), ("Fees Charged", "$0.00"), ("Interest Charged", "$0.00"),
             ("New Balance", usd(newb)), ("Opening/Closing Date", "%s - %s" % (start.strftime("%m/%d/%y"), end.strftime("%m/%d/%y"))),
             ("Credit Access Line", "$12,500"), ("Available Credit", usd(D("12500") - max(newb, D(0)))), ("Cash Access Line", "$2,500")]
        for i, (a, b) in enumerate(L):
            doc.t(48, H - 122 - 10.5 * i, a, 7.5, i == 7); doc.t(292, H - 122 - 10.5 * i, b, 7.5, i == 7, "r")
        doc.c.rect(320, H - 250, 248, 170)
        doc.t(328, H - 94, "PAYMENT INFORMATION", 9, True)
        mp = D("0.00") if newb <= 0 else max(D("40.00"), (newb * D("0.01")).quantize(C2))
        for i, (a, b) in enumerate([("New Balance", usd(newb)), ("Minimum Payment Due", usd(mp)), ("Payment Due Date", "06/11/25")]):
            doc.t(328, H - 110 - 11 * i, a, 7.5, i == 0); doc.t(560, H - 110 - 11 * i, b, 7.5, i == 0, "r")
        for i, s in enumerate(["Late Payment Warning: If we do not receive your minimum payment by", "the date listed above, you may have to pay a late fee of",
                               "up to $40.00 and your APRs may be increased to the Penalty APR of 29.99%."]):
            doc.t(328, H - 152 - 9 * i, s, 6)
        doc.t(40, H - 268, "CASH BACK REWARDS SUMMARY", 8, True)
        for i, (a, b) in enumerate([("Previous points balance", "4,218"), ("+ 1.5% (1.5 Pts)/$1 earned on all purchases", "%d" % int(pu * D("1.5"))),
                                    ("Total points available for redemption", "%d" % (4218 + int(pu * D("1.5"))))]):
            doc.t(40, H - 280 - 10 * i, a, 7); doc.t(300, H - 280 - 10 * i, b, 7, align="r")
        return H - 322

    def footer(doc, p):
        doc.t(40, 40, "JOHN A SMITH  |  Statement Date: %s  |  Account Number ending 6612" % end.strftime("%m/%d/%y"), 6)
        doc.t(40, 32, "Chase Freedom Unlimited is issued by JPMorgan Chase Bank, N.A. Member FDIC. 0000001 FIS33339 D 12 Y 9 25/05/14", 6)

    def colhead(pg, cont=False):
        doc = pg.doc
        doc.c.setFillGray(0.2); doc.c.rect(40, pg.y - 4, 528, 14, fill=1, stroke=0); doc.c.setFillGray(1)
        pg.t(44, "ACCOUNT ACTIVITY" + (" (CONTINUED)" if cont else ""), 8, True); doc.c.setFillGray(0); pg.down(20)
        pg.t(40, "Date of", 7, True); pg.t(40, "Transaction", 7, True, dy=8)
        pg.t(115, "Merchant Name or Transaction Description", 7, True, dy=8); pg.t(565, "$ Amount", 7, True, "r", dy=8)
        pg.line(40, 568, 12); pg.down(24)

    pg = Pager(os.path.join(OUT, stem + ".pdf"), header, footer, limit=70)
    colhead(pg)
    again = lambda p: colhead(p, True)
    for title, rows in (("PAYMENTS AND OTHER CREDITS", cred), ("PURCHASE", txs)):
        pg.need(30, again)
        pg.t(115, title, 8, True); pg.down(13)
        for t in rows:
            pg.need(12, again)
            pg.t(40, t["date"].strftime("%m/%d")); pg.t(115, t["desc"]); pg.t(565, fmt(-t["amount"]), align="r"); pg.down(12)
        pg.down(4)
    pg.need(90, again)
    for title, tot in (("FEES CHARGED", "TOTAL FEES FOR THIS PERIOD"), ("INTEREST CHARGED", "TOTAL INTEREST FOR THIS PERIOD")):
        pg.t(115, title, 8, True); pg.down(13)
        pg.t(115, tot, 8, True); pg.t(565, "$0.00", 8, True, "r"); pg.down(17)
    pg.need(60)
    pg.t(40, "2025 Totals Year-to-Date", 8, True); pg.down(12)
    pg.t(40, "Total fees charged in 2025", 7.5); pg.t(300, "$0.00", 7.5, align="r"); pg.down(10)
    pg.t(40, "Total interest charged in 2025", 7.5); pg.t(300, "$0.00", 7.5, align="r"); pg.down(10)
    pg.t(40, "Year-to-date totals do not reflect any fee or interest refunds you may have received.", 6.5)
    np_ = pg.finish()
    write(stem, "ij_us_chase_freedom", "****6612", "USD", start, end, -prev, -newb, allt)
    return np_


# ---------------------------------------------------------------- 5 Marcus by Goldman Sachs savings
def marcus(stem, seed, n, per_page=None, total="?"):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 1), dt.date(2025, 3, 31)
    ob = D("18240.55")
    out_ = [("Withdrawal to JPMORGAN CHASE BANK, NA XXXXXX8812", 500, 3000),
            ("Transfer to Marcus Online Savings Account XXXXXX2290", 200, 1500)]
    in_ = [("ACH Deposit From JPMORGAN CHASE BANK, NA XXXXXX8812", 250, 2500),
           ("ACH Deposit From ALLY BANK XXXXXX3307 INTERNET TRANSFER", 100, 1500)]
    txs = rows_of(rng, start, end - dt.timedelta(days=1), n, out_, in_, 0.6)
    bal = ob + sum(t["amount"] for t in txs)
    interest = (bal * D("0.0375") / 12).quantize(C2)
    txs.append({"date": end, "desc": "Interest Paid", "amount": interest})
    bal = ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = wrap(t["desc"], 42)
    cb = bal
    ytd = interest + D("112.08")
    usd = lambda v: "$" + fmt(v)
    X = [40, 115, 390, 470, 565]

    def header(doc, p):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Marcus", 20, True); doc.t(40, H - 58, "by Goldman Sachs\u00ae", 8)
        doc.t(W - 45, H - 40, "High-Yield Online Savings", 10, True, "r")
        doc.t(W - 45, H - 52, "Statement Period: %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 7.5, align="r")
        doc.t(W - 45, H - 63, "Account ending in 5073", 7.5, align="r")
        doc.t(W - 45, H - 74, "Page %d of %s" % (p, total), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 100, "Account Activity (continued)", 9, True)
            return H - 120
        for i, s in enumerate(["DANIEL R OKAFOR", "1840 N HALSTED ST APT 2F", "CHICAGO IL 60614"]):
            doc.t(40, H - 92 - 11 * i, s, 8)
        doc.c.rect(330, H - 175, 238, 85)
        doc.t(338, H - 102, "Account Summary", 8.5, True)
        dep = sum(t["amount"] for t in txs[:-1] if t["amount"] > 0); wd = -sum(t["amount"] for t in txs if t["amount"] < 0)
        for i, (a, b) in enumerate([("Beginning Balance", usd(ob)), ("Total Credits", usd(dep)), ("Total Debits", usd(wd)),
                                    ("Interest Paid", usd(interest)), ("Ending Balance", usd(cb))]):
            doc.t(338, H - 116 - 11 * i, a, 7.5); doc.t(560, H - 116 - 11 * i, b, 7.5, align="r")
        doc.c.rect(40, H - 250, 250, 60)
        doc.t(48, H - 204, "Interest Summary", 8.5, True)
        for i, (a, b) in enumerate([("Annual Percentage Yield Earned", "3.75%"), ("Interest Paid This Period", usd(interest)),
                                    ("Interest Paid Year-to-Date", usd(ytd))]):
            doc.t(48, H - 218 - 10 * i, a, 7.5); doc.t(282, H - 218 - 10 * i, b, 7.5, align="r")
        doc.t(40, H - 275, "Account Activity", 10, True)
        return H - 295

    def footer(doc, p):
        doc.t(40, 44, "Marcus by Goldman Sachs is a brand of Goldman Sachs Bank USA. Member FDIC. Questions? Call 1-844-627-2871, 7 days a week.", 5.8)
        doc.t(40, 36, "Please review this statement promptly and tell us of any error within 60 days. P.O. Box 45400, Salt Lake City, UT 84145.", 5.8)

    def colhead(pg):
        for x, s, al in zip(X, ["Date", "Description", "Credits", "Debits", "Balance"], "llrrr"):
            pg.t(x, s, 8, True, al)
        pg.line(40, 568, 4); pg.down(16)

    pg = Pager(os.path.join(OUT, stem + ".pdf"), header, footer, limit=80)
    colhead(pg)
    pg.t(X[0], start.strftime("%m/%d/%Y")); pg.t(X[1], "Beginning Balance"); pg.t(X[4], usd(ob), align="r"); pg.down(14)
    count = 0
    for t in txs:
        nl = len(t["desc_lines"])
        if per_page and count == per_page or pg.y - 11 * nl < 95:
            pg.new_page(); colhead(pg); count = 0
        pg.t(X[0], t["date"].strftime("%m/%d/%Y"))
        for k, l in enumerate(t["desc_lines"]): pg.t(X[1], l, dy=11 * k)
        pg.t(X[2] if t["amount"] > 0 else X[3], usd(abs(t["amount"])), align="r")
        pg.t(X[4], usd(t["bal"]), align="r")
        pg.down(11 * nl + 3); count += 1
    pg.t(X[0], end.strftime("%m/%d/%Y")); pg.t(X[1], "Ending Balance"); pg.t(X[4], usd(cb), align="r"); pg.down(26)
    pg.t(40, "Interest is compounded daily and credited monthly. Rates are variable and may change after the account is opened.", 6.5)
    np_ = pg.finish()
    write(stem, "ij_us_marcus", "****5073", "USD", start, end, ob, cb, txs)
    return np_


two_pass(td, "ij_ca_td_chequing", 1901, 20)
two_pass(td, "ij_ca_td_chequing__overdraft", 1902, 16, od=True)
two_pass(td, "ij_ca_td_chequing__pages", 1903, 46, per_page=28)
two_pass(cibc, "ij_ca_cibc_visa", 1911, 16)
two_pass(cibc, "ij_ca_cibc_visa__credits", 1912, 18, credits=True)
two_pass(cibc, "ij_ca_cibc_visa__fx", 1913, 14, fx=True)
two_pass(bnc, "ij_ca_bnc", 1921, 18)
two_pass(bnc, "ij_ca_bnc__sansannee", 1922, 18, noyear=True)
two_pass(bnc, "ij_ca_bnc__pages", 1923, 44, per_page=26)
two_pass(chase, "ij_us_chase_freedom", 1931, 16)
two_pass(chase, "ij_us_chase_freedom__credit", 1932, 10, credit=True)
two_pass(chase, "ij_us_chase_freedom__pages", 1933, 52)
two_pass(marcus, "ij_us_marcus", 1941, 7)
two_pass(marcus, "ij_us_marcus__pages", 1942, 40, per_page=24)
