#!/usr/bin/python3
"""Generator hs: 6 untuned layouts x (base + one-change variants), exact truth. Deterministic.

CIB Egypt (EGP: English over Arabic column names, Value Date left of Transaction Date / Description / Debit / Credit /
Balance, bilingual summary box; a foreign-currency variant with "USD 32.65 @ 49.2150" lines and fee rows),
Attijariwafa bank (Morocco, French: Date opération / Date valeur / Libellé / Débit / Crédit, no running balance,
"1 234,56", "Ancien solde" / "Nouveau solde" rows and a DH summary; a three-page variant with "Total à reporter" /
"Report" lines and a "débiteur" overdraft variant), Arab Bank (Jordan, JOD with three decimals, Posting Date / Value Date /
Description / Debit / Credit / Balance, Opening/Closing Balance rows; a four-page variant and an overdraft variant
with negative balances "-1,234.567"), Commercial Bank of Ethiopia (ETB, Txn Date "05-JUN-25" / Particulars / Ref No /
Debit / Credit / Balance, a "Balance B/F" row and a closing summary under the table; a two-page variant with three-
to five-line particulars, and one printing each row's date and amounts on its particulars' last line), GCB Bank (Ghana, GHS, TXN DATE / NARRATION / VALUE DATE / DEBIT / CREDIT / BALANCE,
"BALANCE B/F" row; a four-page variant with BALANCE C/F / B/F lines and an overdrawn variant with balances in
parentheses "(1,234.56)"), Stanbic Bank Uganda (UGX whole shillings "1,250,000", Tran Date / Value Date / Transaction
Description / Reference / Debits / Credits / Balance, "BALANCE BROUGHT FORWARD"; a four-page variant and one with waived
charges printed with a nil debit "0").
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hs/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def box(doc, x, y, w, title, pairs, lh=10):
    doc.c.rect(x, y - 8 - lh * len(pairs) - 4, w, 14 + lh * len(pairs) + 4)
    doc.t(x + 8, y, title, 7.5, True)
    for i, (a, b) in enumerate(pairs):
        doc.t(x + 8, y - 12 - lh * i, a, 7.5); doc.t(x + w - 8, y - 12 - lh * i, b, 7.5, align="r")


def prev_bal(txs, ob):
    """Gives each row the balance before it ("pbal")."""
    b = ob
    for t in txs:
        t["pbal"] = b; b = t["bal"]


# ---------------------------------------------------------------- 1 CIB (Egypt)
def cib(stem, seed, n=20, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("84215.40")
    pool = [("POS PURCHASE CARREFOUR CITY STARS NASR CITY CAIRO", 300, 6500), ("ATM WITHDRAWAL CIB ZAMALEK 26 JULY ST", 1000, 8000),
            ("INSTAPAY TRANSFER TO 01001234567 AHMED MOSTAFA", 200, 5000), ("FAWRY BILL PAYMENT VODAFONE EGYPT 01012345678", 150, 900),
            ("NORTH CAIRO ELECTRICITY DIST CO BILL {r}", 400, 1800), ("ACCOUNT MAINTENANCE FEES", 25, 25)]
    cr = [("SALARY TRANSFER EGYPTIAN FOOD INDUSTRIES SAE JUNE 2025", 38000, 45000),
          ("INCOMING TRANSFER FROM MAHMOUD IBRAHIM HASSAN REF FT{r}", 1000, 9000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if fx:
        fxl = [("AMAZON WEB SERVICES AWS.AMAZON.CO WA", "USD", D("49.2150"), 10, 90), ("BOOKING.COM HOTEL AMSTERDAM", "EUR", D("53.1840"), 60, 300)]
        for k in (4, 11):
            m, c, rate, lo, hi = fxl[k % 2]
            fa = D(rng.randint(lo * 100, hi * 100)) / 100
            egp = (fa * rate).quantize(D("0.01"))
            d = txs[k]["date"]
            txs[k] = {"date": d, "amount": -egp, "lines": wrap("INTL POS PURCHASE " + m, 34) + ["%s %s @ %s" % (c, fmt(fa), rate)]}
            fee = (egp * D("0.03")).quantize(D("0.01"))
            txs.insert(k + 1, {"date": d, "amount": -fee, "lines": ["CROSS BORDER TRANSACTION FEE 3%"]})
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = t.get("lines") or wrap(t["desc"], 34)
        vd = t["date"] + dt.timedelta(days=1 if t["amount"] > 0 and rng.random() < 0.5 else 0)
        r = {"v": vd.strftime("%d/%m/%Y"), "d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "CIB", 24, True)
        doc.t(40, H - 57, "Commercial International Bank (Egypt) S.A.E.", 7)
        doc.t(doc.W - 40, H - 38, "Account Statement", 10, True, "r")
        doc.t(doc.W - 40, H - 50, "كشف حساب", 10, True, "r")
        doc.t(doc.W - 40, H - 62, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 84, "MR. KARIM ADEL ABDELRAHMAN", 8, True); doc.t(40, H - 95, "12 HASSAN SABRY STREET", 8)
            doc.t(40, H - 106, "ZAMALEK, CAIRO", 8); doc.t(40, H - 117, "EGYPT", 8)
            S = [("Account No.  رقم الحساب", "100034871256"), ("Account Type  نوع الحساب", "CURRENT ACCOUNT"),
                 ("Currency  العملة", "EGP"), ("Statement Period  فترة الكشف", "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"))),
                 ("Branch  الفرع", "ZAMALEK")]
            for i, (a, b) in enumerate(S):
                doc.t(300, H - 84 - 11 * i, a, 7.5); doc.t(555, H - 84 - 11 * i, b, 7.5, align="r")
            box(doc, 40, H - 150, 515, "Account Summary  ملخص الحساب",
                [("Opening Balance  الرصيد الافتتاحي", fmt(ob)), ("Total Debits  إجمالي المدين", fmt(dr)),
                 ("Total Credits  إجمالي الدائن", fmt(crs)), ("Closing Balance  الرصيد الختامي", fmt(cb))])
            return H - 222
        doc.t(40, H - 84, "Account No. 100034871256   EGP", 8)
        return H - 100

    cols = [("Value Date\nتاريخ القيمة", 40, "l", "v"), ("Trans. Date\nتاريخ العملية", 108, "l", "d"),
            ("Description\nالبيان", 182, "l", "desc"), ("Debit\nمدين", 425, "r", "dr"), ("Credit\nدائن", 492, "r", "cr"),
            ("Balance\nالرصيد", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 44, "CIB is regulated by the Central Bank of Egypt. Customer Service 19666. www.cibeg.com", 5.5)
        doc.t(40, 36, "Please check this statement; if no objection is received within 15 days of its date, it will be considered correct.", 5.5)
        doc.t(40, 28, "Never share your card PIN or OTP. CIB will never ask you for them.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=46)
    write(stem, "hs_eg_cib", "****1256", "EGP", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Attijariwafa bank (Morocco)
def attijari(stem, seed, n=22, pages=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("-3412.80") if od else D("15730.45")
    fm = lambda v: fmt(v, th=" ", dec=",")
    pool = [("PAIEMENT PAR CARTE MARJANE HAY RIAD RABAT {r}", 80, 2500), ("RETRAIT GAB ATTIJARIWAFA AGDAL RABAT", 200, 2000),
            ("PRELEVEMENT REDAL FACTURE EAU ELECTRICITE", 180, 900), ("PRELEVEMENT INWI ABONNEMENT MOBILE", 99, 249),
            ("VIREMENT EMIS VERS M. TAZI OMAR LOYER MAI", 3500, 3500), ("COMMISSION SUR TENUE DE COMPTE", 22, 22),
            ("TVA SUR COMMISSIONS", 2.2, 2.2)]
    cr = [("VERSEMENT ESPECES AGENCE RABAT AGDAL", 500, 4000), ("VIREMENT RECU DE M. EL IDRISSI HAMID", 300, 2500)]
    txs = make_txns(rng, start, end, n, pool, cr)
    pay = {"date": dt.date(2025, 5, 27), "desc": "VIREMENT RECU DE SOCIETE MAROCAINE DES TABACS SALAIRE MAI 2025", "amount": D("15412.60")}
    txs = sorted(txs + [pay], key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 40)
        t["shown"] = False
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"d": t["date"].strftime("%d/%m/%Y"), "v": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"]}
        r["dr" if t["amount"] < 0 else "cr"] = fm(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)
    idx = {id(r): i for i, r in enumerate(rows)}

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Attijariwafa bank", 16, True)
        doc.t(40, H - 56, "Croire en vous", 7)
        doc.t(doc.W - 40, H - 40, "EXTRAIT DE COMPTE", 11, True, "r")
        doc.t(doc.W - 40, H - 52, "Du %s au %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8, align="r")
        doc.t(doc.W - 40, H - 63, "Page %d/%d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(320, H - 88, "MADAME EL IDRISSI NADIA", 8, True); doc.t(320, H - 99, "45 AVENUE DE FRANCE AGDAL", 8)
            doc.t(320, H - 110, "10090 RABAT", 8)
            S = [("Agence", "RABAT AGDAL"), ("N° de compte", "007 810 0004521896 00 12"), ("Intitulé", "COMPTE CHEQUES"),
                 ("Devise", "MAD")]
            for i, (a, b) in enumerate(S):
                doc.t(40, H - 88 - 11 * i, a, 7.5, True); doc.t(110, H - 88 - 11 * i, ": " + b, 7.5)
            return H - 150
        doc.t(40, H - 84, "N° de compte 007 810 0004521896 00 12 - MADAME EL IDRISSI NADIA", 7.5)
        return H - 102

    cols = [("Date\nopération", 40, "l", "d"), ("Date\nvaleur", 92, "l", "v"), ("Libellé", 146, "l", "desc"),
            ("Débit", 470, "r", "dr"), ("Crédit", 555, "r", "cr")]

    def top(doc, y):
        doc.t(146, y, "ANCIEN SOLDE AU %s" % (start - dt.timedelta(days=1)).strftime("%d/%m/%Y"), 8, True)
        doc.t(470 if ob < 0 else 555, y, fm(abs(ob)), 8, True, "r")
        return y - 13

    def cf(doc, y, row, kind):
        i = idx[id(row)]
        upto = txs[:i + 1] if kind == "cf" else txs[:i]
        d_, c_ = sums(upto)
        if kind == "cf":
            doc.c.line(300, y + 8, doc.W - 40, y + 8)
            doc.t(146, y - 2, "TOTAL A REPORTER", 7.5, True); doc.t(470, y - 2, fm(d_), 7.5, True, "r"); doc.t(555, y - 2, fm(c_), 7.5, True, "r")
            return y - 14
        doc.t(146, y, "REPORT", 7.5, True); doc.t(470, y, fm(d_), 7.5, True, "r"); doc.t(555, y, fm(c_), 7.5, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(300, y + 8, doc.W - 40, y + 8)
        doc.t(146, y - 2, "TOTAL DES MOUVEMENTS", 8, True); doc.t(470, y - 2, fm(dr), 8, True, "r"); doc.t(555, y - 2, fm(crs), 8, True, "r")
        doc.t(146, y - 16, "NOUVEAU SOLDE %s AU %s" % ("DEBITEUR" if cb < 0 else "CREDITEUR", end.strftime("%d/%m/%Y")), 8, True)
        doc.t(470 if cb < 0 else 555, y - 16, fm(abs(cb)), 8, True, "r")
        box(doc, 40, y - 44, 300, "RECAPITULATIF (en DH)", [("Solde au %s" % start.strftime("%d/%m/%Y"), fm(ob) + " DH"),
                                                             ("Total débits", fm(dr) + " DH"), ("Total crédits", fm(crs) + " DH"),
                                                             ("Solde au %s" % end.strftime("%d/%m/%Y"), fm(cb) + " DH")])
        return y - 110

    def footer(doc, p, np_):
        doc.t(40, 44, "Attijariwafa bank, société anonyme au capital de 2 151 408 390 DH - Siège social : 2, bd Moulay Youssef, Casablanca.", 5.5)
        doc.t(40, 36, "Sauf erreur ou omission. Toute réclamation doit être formulée dans un délai d'un mois à compter de la date d'envoi.", 5.5)
        doc.t(40, 28, "Attijari Mobile : consultez vos comptes et effectuez vos virements 24h/24. Centre de relation client 05 22 58 88 55", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(16 if pages else 46), top_rows=[top],
           bottom=bottom, cf=(cf if pages else None))
    write(stem, "hs_ma_attijariwafa", "****0012", "MAD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Arab Bank (Jordan)
def arab(stem, seed, n=20, pages=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 7, 1), dt.date(2025, 7, 31)
    ob = D("215.480") if od else D("3847.215")
    f3 = lambda v: fmt(v, nd=3)
    pool = [("POS PURCHASE CARREFOUR CITY MALL AMMAN", 5, 120), ("CLIQ TRANSFER TO SAMER KHALIL ALIAS SAMERK", 10, 300),
            ("ATM WITHDRAWAL ARAB BANK SHMEISANI", 20, 300), ("EFAWATEERCOM ORANGE JORDAN BILL {r}", 15, 60),
            ("JEPCO ELECTRICITY BILL PAYMENT", 30, 110), ("CARD ANNUAL FEE", 10, 10)]
    cr = [("SALARY TRANSFER ARAMEX INTERNATIONAL JULY 2025", 1300, 1600), ("CLIQ INCOMING FROM RANA HADDAD", 20, 250)]
    if od:
        pool = [(a, lo * 3, hi * 3) for a, lo, hi in pool]
        cr = [("CLIQ INCOMING FROM RANA HADDAD", 20, 250)]
    txs = make_txns(rng, start, end, n, pool, cr)
    for t in txs:
        if "FEE" not in t["desc"]:
            t["amount"] += D(rng.randint(0, 9)) / 1000 * (1 if t["amount"] > 0 else -1)
    cb = running(txs, ob)
    prev_bal(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 36)
        vd = t["date"] + dt.timedelta(days=1 if rng.random() < 0.2 else 0)
        r = {"d": t["date"].strftime("%d-%m-%Y"), "v": vd.strftime("%d-%m-%Y"), "desc": t["desc_lines"], "b": f3(t["bal"]), "t": t}
        r["dr" if t["amount"] < 0 else "cr"] = f3(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "ARAB BANK", 18, True); doc.t(40, H - 56, "البنك العربي", 9)
        doc.t(doc.W - 40, H - 40, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "From %s To %s" % (start.strftime("%d-%m-%Y"), end.strftime("%d-%m-%Y")), 8, align="r")
        doc.t(doc.W - 40, H - 63, "Page %d of %d" % (p, np_), 8, align="r")
        S = [("Customer Name", "MOHAMMAD YOUSEF AL-KHATIB"), ("Account Number", "0118/123456/500"), ("IBAN", "JO71 ARAB 1180 0000 0011 8123 4565 00"),
             ("Currency", "JOD - JORDANIAN DINAR"), ("Branch", "SHMEISANI")]
        if p > 1: S = S[:2]
        for i, (a, b) in enumerate(S):
            doc.t(40, H - 84 - 11 * i, a, 7.5, True); doc.t(130, H - 84 - 11 * i, b, 7.5)
        return H - 84 - 11 * len(S) - 14

    cols = [("Posting Date", 40, "l", "d"), ("Value Date", 96, "l", "v"), ("Description", 152, "l", "desc"),
            ("Debit", 405, "r", "dr"), ("Credit", 478, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(152, y, "Opening Balance", 8, True); doc.t(555, y, f3(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, row, kind):
        t = row["t"]
        if kind == "cf":
            doc.t(152, y, "Balance Carried Forward", 8, True); doc.t(555, y, f3(t["bal"]), 8, True, "r")
            return y - 13
        doc.t(152, y, "Balance Brought Forward", 8, True); doc.t(555, y, f3(t["pbal"]), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(152, y - 2, "Closing Balance", 8, True); doc.t(555, y - 2, f3(cb), 8, True, "r")
        doc.t(152, y - 14, "Total Debits / Credits", 8); doc.t(405, y - 14, f3(dr), 8, align="r"); doc.t(478, y - 14, f3(crs), 8, align="r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "Arab Bank plc, P.O. Box 950545, Amman 11195, Jordan. Licensed by the Central Bank of Jordan. arabbank.jo", 5.5)
        doc.t(40, 36, "Please notify us of any discrepancy within 30 days from the statement date, otherwise the statement is deemed correct.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(18 if pages else 48), top_rows=[top],
           bottom=bottom, cf=(cf if pages else None))
    write(stem, "hs_jo_arabbank", "****6500", "JOD", start, end, ob, cb, txs, nd=3)


# ---------------------------------------------------------------- 4 Commercial Bank of Ethiopia
def cbe(stem, seed, n=20, longdesc=False, bottom_aligned=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("28450.75")
    pool = [("TELEBIRR TRANSFER TO 0911234567", 100, 5000), ("ATM CASH WITHDRAWAL BOLE BRANCH", 500, 6000),
            ("CBE BIRR BILL PAYMENT ETHIO TELECOM", 100, 800), ("SERVICE CHARGE", 15, 15),
            ("POS PURCHASE SHOA SUPERMARKET BOLE", 200, 4500)]
    cr = [("SALARY ETHIOPIAN AIRLINES GROUP JUNE 2025", 18000, 24000), ("CASH DEPOSIT PIASSA BRANCH", 1000, 8000)]
    if longdesc:
        pool += [("FUND TRANSFER TO ABEBE KEBEDE TESFAYE ACCOUNT 1000123456789 BEING PAYMENT FOR HOUSE RENT OF MONTH JUNE 2025 BOLE SUBCITY WOREDA 03", 1500, 3000),
                 ("MOBILE BANKING TRANSFER TO HIWOT GIRMA ALEMU AWASH BANK 01320456789000 SCHOOL FEE SECOND SEMESTER", 600, 2000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 28)
        ref = "FT25%03d%s" % (t["date"].timetuple().tm_yday, "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5)))
        r = {"d": t["date"].strftime("%d-%b-%y").upper(), "ref": ref, "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Commercial Bank of Ethiopia", 15, True)
        doc.t(40, H - 56, "The Bank You can Always Rely On!", 7)
        doc.t(doc.W - 40, H - 40, "ACCOUNT STATEMENT", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            S = [("Customer Name", "TSEGAYE WOLDEMARIAM BEKELE"), ("Account No", "1000187654321"), ("Account Type", "SAVINGS - ORDINARY"),
                 ("Currency", "ETB"), ("Branch", "BOLE MEDHANIALEM"),
                 ("Period", "%s TO %s" % (start.strftime("%d-%b-%y").upper(), end.strftime("%d-%b-%y").upper()))]
            for i, (a, b) in enumerate(S):
                doc.t(40, H - 84 - 11 * i, a, 7.5, True); doc.t(120, H - 84 - 11 * i, ": " + b, 7.5)
            return H - 160
        return H - 80

    cols = [("Txn Date", 40, "l", "d"), ("Particulars", 92, "l", "desc"), ("Ref No", 262, "l", "ref"),
            ("Debit", 405, "r", "dr"), ("Credit", 478, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d-%b-%y").upper(), 8); doc.t(92, y, "Balance B/F", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        box(doc, 300, y - 6, 255, "Account Summary", [("Opening Balance", fmt(ob)), ("Total Debit", fmt(dr)),
                                                     ("Total Credit", fmt(crs)), ("Closing Balance", fmt(cb))])
        return y - 70

    def footer(doc, p, np_):
        doc.t(40, 40, "Commercial Bank of Ethiopia S.C., Gambia Street, Addis Ababa. Call centre 951. www.combanketh.et", 5.5)
        doc.t(40, 32, "This statement is system generated. Report any discrepancy to your branch within 30 days.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=50, top_rows=[top], bottom=bottom,
           valign_bottom=bottom_aligned)
    write(stem, "hs_et_cbe", "****4321", "ETB", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 GCB Bank (Ghana)
def gcb(stem, seed, n=20, pages=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 1), dt.date(2025, 3, 31)
    ob = D("412.30") if od else D("6840.15")
    par = lambda v: ("(%s)" % fmt(-v)) if v < 0 else fmt(v)
    pool = [("MOMO TRANSFER TO 0244123456 KWAME ASANTE", 50, 1200), ("ATM WDL GCB RING ROAD CENTRAL ACCRA", 100, 1000),
            ("POS MELCOM SPINTEX ROAD ACCRA {r}", 40, 900), ("ECG PREPAID POWER 0123456789", 100, 400),
            ("SMS ALERT CHARGES", 3, 3), ("E-LEVY ON TRANSFER", 1, 12)]
    cr = [("SALARY MARCH 2025 GHANA COCOA BOARD", 5200, 6100), ("GHIPSS INSTANT PAY FROM AMA SERWAA", 100, 900)]
    if od:
        pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
        cr = [("GHIPSS INSTANT PAY FROM AMA SERWAA", 100, 600)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    prev_bal(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 32)
        vd = t["date"] + dt.timedelta(days=1 if rng.random() < 0.25 else 0)
        r = {"d": t["date"].strftime("%d-%b-%Y"), "v": vd.strftime("%d-%b-%Y"), "desc": t["desc_lines"], "b": par(t["bal"]), "t": t}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "GCB Bank PLC", 16, True)
        doc.t(40, H - 56, "Thanks for banking with us", 7)
        doc.t(doc.W - 40, H - 40, "CUSTOMER STATEMENT", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 84, "EMMANUEL KOFI MENSAH", 8, True); doc.t(40, H - 95, "HSE NO. 14 SPINTEX ROAD", 8); doc.t(40, H - 106, "ACCRA", 8)
            S = [("Account No:", "1011130045678"), ("Product:", "GCB CURRENT ACCOUNT"), ("Currency:", "GHS"),
                 ("Start Date:", start.strftime("%d-%b-%Y")), ("End Date:", end.strftime("%d-%b-%Y"))]
            for i, (a, b) in enumerate(S):
                doc.t(340, H - 84 - 11 * i, a, 7.5, True); doc.t(410, H - 84 - 11 * i, b, 7.5)
            box(doc, 40, H - 150, 515, "SUMMARY", [("Opening Balance", par(ob)), ("Total Debits", fmt(dr)),
                                                   ("Total Credits", fmt(crs)), ("Closing Balance", par(cb))])
            return H - 222
        doc.t(40, H - 80, "Account No: 1011130045678   EMMANUEL KOFI MENSAH", 8)
        return H - 98

    cols = [("TXN DATE", 40, "l", "d"), ("NARRATION", 100, "l", "desc"), ("VALUE DATE", 290, "l", "v"),
            ("DEBIT", 410, "r", "dr"), ("CREDIT", 482, "r", "cr"), ("BALANCE", 555, "r", "b")]

    def top(doc, y):
        doc.t(100, y, "BALANCE B/F", 8); doc.t(555, y, par(ob), 8, align="r")
        return y - 13

    def cf(doc, y, row, kind):
        t = row["t"]
        if kind == "cf":
            doc.t(100, y, "BALANCE C/F", 8); doc.t(555, y, par(t["bal"]), 8, align="r")
            return y - 13
        doc.t(100, y, "BALANCE B/F", 8); doc.t(555, y, par(t["pbal"]), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(100, y - 2, "TOTAL", 8, True); doc.t(410, y - 2, fmt(dr), 8, True, "r"); doc.t(482, y - 2, fmt(crs), 8, True, "r")
        doc.t(555, y - 2, par(cb), 8, True, "r")
        return y - 20

    def footer(doc, p, np_):
        doc.t(40, 44, "GCB Bank PLC, Thorpe Road, High Street, P.O. Box 134, Accra. Licensed by the Bank of Ghana. www.gcbbank.com.gh", 5.5)
        doc.t(40, 36, "Balances in brackets ( ) are debit balances. Please report any discrepancy within 14 days.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(18 if pages else 48), top_rows=[top],
           bottom=bottom, cf=(cf if pages else None))
    write(stem, "hs_gh_gcb", "****5678", "GHS", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Stanbic Bank Uganda
def stanbic(stem, seed, n=20, pages=False, zerofee=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 8, 1), dt.date(2025, 8, 31)
    ob = D("4875300")
    f0 = lambda v: fmt(v, nd=0)
    pool = [("MTN MOMO TRANSFER 0772123456 NAKATO SARAH", 20000, 500000), ("ATM WITHDRAWAL STANBIC KAMPALA RD", 50000, 1000000),
            ("POS CAPITAL SHOPPERS NAKAWA {r}", 15000, 400000), ("UMEME YAKA PREPAID 04212345678", 30000, 150000),
            ("MONTHLY SERVICE FEE", 15000, 15000), ("EXCISE DUTY", 500, 3000)]
    cr = [("SALARY AUG 2025 MTN UGANDA LIMITED", 5500000, 6500000), ("RTGS FROM OKELLO JAMES CENTENARY BANK", 200000, 1500000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    for t in txs:
        t["amount"] = t["amount"].quantize(D(1))
    if zerofee:
        # Charges waived on the account's package still print, with a nil debit.
        txs.insert(4, {"date": txs[4]["date"], "desc": "EXCISE DUTY ON MOMO TRANSFER WAIVED", "amount": D(0)})
        txs.append({"date": end, "desc": "MONTHLY SERVICE FEE - STAFF PACKAGE", "amount": D(0)})
    cb = running(txs, ob)
    prev_bal(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 28)
        vd = t["date"] + dt.timedelta(days=1 if rng.random() < 0.2 else 0)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "v": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": f0(t["bal"]), "t": t,
             "ref": "%s%07d" % (rng.choice(["FT", "TT", "CH"]), rng.randint(0, 9999999))}
        r["dr" if t["amount"] <= 0 else "cr"] = f0(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Stanbic Bank", 16, True)
        doc.t(40, H - 56, "A member of Standard Bank Group", 7)
        doc.t(doc.W - 40, H - 40, "Account Statement", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 84, "MR DAVID SSEMPALA", 8, True); doc.t(40, H - 95, "PLOT 17 NTINDA ROAD", 8); doc.t(40, H - 106, "KAMPALA, UGANDA", 8)
            S = [("Account Number", "9030012345678"), ("Account Type", "CURRENT ACCOUNT"), ("Currency", "UGX"),
                 ("Statement Period", "%s to %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))]
            for i, (a, b) in enumerate(S):
                doc.t(320, H - 84 - 11 * i, a, 7.5, True); doc.t(410, H - 84 - 11 * i, b, 7.5)
            box(doc, 320, H - 134, 235, "Account Summary", [("Opening Balance", f0(ob)), ("Total Debits", f0(dr)),
                                                           ("Total Credits", f0(crs)), ("Closing Balance", f0(cb))])
            return H - 200
        doc.t(40, H - 80, "Account Number 9030012345678", 8)
        return H - 98

    cols = [("Tran Date", 40, "l", "d"), ("Value Date", 92, "l", "v"), ("Transaction Description", 146, "l", "desc"),
            ("Reference", 312, "l", "ref"), ("Debits", 430, "r", "dr"), ("Credits", 494, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(146, y, "BALANCE BROUGHT FORWARD", 8); doc.t(555, y, f0(ob), 8, align="r")
        return y - 13

    def cf(doc, y, row, kind):
        t = row["t"]
        if kind == "cf":
            doc.t(146, y, "BALANCE CARRIED FORWARD", 8); doc.t(555, y, f0(t["bal"]), 8, align="r")
            return y - 13
        doc.t(146, y, "BALANCE BROUGHT FORWARD", 8); doc.t(555, y, f0(t["pbal"]), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(146, y - 2, "CLOSING BALANCE", 8, True); doc.t(555, y - 2, f0(cb), 8, True, "r")
        return y - 20

    def footer(doc, p, np_):
        doc.t(40, 44, "Stanbic Bank Uganda Limited is regulated by the Bank of Uganda. Customer deposits are protected by the Deposit Protection Fund of Uganda.", 5.5)
        doc.t(40, 36, "Contact Centre 0800 250 250 (toll free) | www.stanbicbank.co.ug | Please verify this statement and report errors within 30 days.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(18 if pages else 48), top_rows=[top],
           bottom=bottom, cf=(cf if pages else None))
    write(stem, "hs_ug_stanbic", "****5678", "UGX", start, end, ob, cb, txs, nd=0)


P = "hs_"
cib(P + "eg_cib", 11)
cib(P + "eg_cib__fx", 12, fx=True)
attijari(P + "ma_attijariwafa", 21)
attijari(P + "ma_attijariwafa__pages", 22, n=30, pages=True)
attijari(P + "ma_attijariwafa__debiteur", 23, od=True)
arab(P + "jo_arabbank", 31)
arab(P + "jo_arabbank__pages", 32, n=40, pages=True)
arab(P + "jo_arabbank__overdraft", 33, od=True)
cbe(P + "et_cbe", 41)
cbe(P + "et_cbe__long", 42, longdesc=True)
cbe(P + "et_cbe__bottom", 43, bottom_aligned=True)
gcb(P + "gh_gcb", 51)
gcb(P + "gh_gcb__pages", 52, n=32, pages=True)
gcb(P + "gh_gcb__overdrawn", 53, od=True)
stanbic(P + "ug_stanbic", 61)
stanbic(P + "ug_stanbic__pages", 62, n=32, pages=True)
stanbic(P + "ug_stanbic__zerofee", 63, zerofee=True)
print("done")
