#!/usr/bin/python3
"""Generator hq: 5 untuned layouts x (base + 1 variant), exact truth. Deterministic.

Zenith Bank (Nigeria, NGN: Date Posted / Value Date / Description / Debit / Credit / Balance, "0.00" in the empty
amount cell, an Opening Balance row; a two-page variant), KCB (Kenya, KES: TXN DATE / DESCRIPTION / VALUE DATE /
MONEY OUT / MONEY IN / LEDGER BALANCE, the value date right of the description, summary box only; an overdraft
variant), Mashreq (UAE, AED: Arabic names over the English Date / Description / Debit / Credit / Balance, an
Opening Balance row; a foreign-currency variant), Sampath Bank (Sri Lanka, LKR: Transaction Date / Value Date /
Description / Cheque No / Debit / Credit / Balance, DD/MM/YY, BALANCE B/F and C/F rows; a long-description variant),
BRAC Bank (Bangladesh, BDT: Date / Particulars / Ref/Cheque No / Withdrawal / Deposit / Balance, "05-Jun-2025",
an "Opening Balance" row; a two-page variant with Carried/Brought Forward).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hq/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def box(doc, x, y, w, title, pairs, lh=10):
    doc.c.rect(x, y - 8 - lh * len(pairs) - 4, w, 14 + lh * len(pairs) + 4)
    doc.t(x + 8, y, title, 7.5, True)
    for i, (a, b) in enumerate(pairs):
        doc.t(x + 8, y - 12 - lh * i, a, 7.5); doc.t(x + w - 8, y - 12 - lh * i, b, 7.5, align="r")


# ---------------------------------------------------------------- 1 Zenith Bank (Nigeria)
def zenith(stem, seed, n=22, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("412850.37")
    pool = [("POS PURCHASE @ SHOPRITE LEKKI LAGOS NG REF:{r}", 3500, 65000),
            ("NIP TRANSFER TO ADEBAYO OLUWASEUN/GTBANK/FOOD STUFF JUNE REF 000013250605{r}", 5000, 120000),
            ("AIRTIME PURCHASE MTN 08031234567 REF {r}", 500, 5000), ("SMS ALERT CHARGES FOR MAY 2025", 120, 120),
            ("ATM WDL ZENITH BANK AJOSE ADEOGUN VI LAGOS {r}", 10000, 40000),
            ("EKEDC PREPAID TOKEN METER 45071239921 {r}", 8000, 30000), ("NIP CHARGE + VAT", 53.75, 53.75),
            ("ELECTRONIC MONEY TRANSFER LEVY", 50, 50)]
    cr = [("SALARY JUNE 2025 FROM DANGOTE CEMENT PLC PAYROLL", 650000, 780000),
          ("NIP TRANSFER FROM CHIOMA OKEKE/ACCESS/RENT CONTRIBUTION REF {r}", 20000, 150000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 40)
        vd = t["date"] + dt.timedelta(days=1 if rng.random() < 0.2 else 0)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "v": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": fmt(t["bal"]),
             "dr": fmt(max(-t["amount"], D(0))), "cr": fmt(max(t["amount"], D(0)))}
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Zenith", 22, True); doc.t(118, H - 45, "Bank", 12, True)
        doc.t(40, H - 57, "In your best interest", 7)
        doc.t(doc.W - 40, H - 40, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 84, "MR EMEKA CHUKWUDI NWOSU", 8, True); doc.t(40, H - 95, "14B ADMIRALTY WAY", 8)
            doc.t(40, H - 106, "LEKKI PHASE 1", 8); doc.t(40, H - 117, "LAGOS, NIGERIA", 8)
            S = [("Account Number:", "1014872236"), ("Account Type:", "SAVINGS ACCOUNT"), ("Currency:", "NGN"),
                 ("Period:", "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"))), ("Branch:", "LEKKI PHASE 1 BRANCH")]
            for i, (a, b) in enumerate(S):
                doc.t(330, H - 84 - 11 * i, a, 7.5, True); doc.t(410, H - 84 - 11 * i, b, 7.5)
            box(doc, 40, H - 150, 515, "ACCOUNT SUMMARY", [("Opening Balance", fmt(ob)), ("Total Debit", fmt(dr)),
                                                          ("Total Credit", fmt(crs)), ("Closing Balance", fmt(cb))])
            return H - 222
        doc.t(40, H - 70, "Account Number: 1014872236    Currency: NGN", 8)
        return H - 92

    cols = [("DATE POSTED", 40, "l", "d"), ("VALUE DATE", 100, "l", "v"), ("DESCRIPTION", 160, "l", "desc"), ("DEBIT", 415, "r", "dr"),
            ("CREDIT", 485, "r", "cr"), ("BALANCE", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(160, y, "Opening Balance", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(160, y - 4, "TOTAL", 8, True); doc.t(415, y - 4, fmt(dr), 8, True, "r"); doc.t(485, y - 4, fmt(crs), 8, True, "r")
        return y - 18

    def footer(doc, p, np_):
        doc.t(40, 44, "Zenith Bank Plc. RC 150224. Plot 84 Ajose Adeogun Street, Victoria Island, Lagos. Deposits are insured by NDIC.", 5.5)
        doc.t(40, 36, "Please examine this statement and report any discrepancy within 15 days. ZenithDirect: 0700ZENITHBANK / 234-1-2787000", 5.5)
        doc.t(40, 28, "Beware of fraudsters! Zenith Bank will never ask for your PIN, password or OTP.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(24 if pages else 48), top_rows=[top], bottom=bottom)
    write(stem, "hq_ng_zenith", "****2236", "NGN", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 KCB (Kenya)
def kcb(stem, seed, n=20, od=False, newest=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("3240.15") if od else D("48215.60")
    pool = [("MPESA PAYBILL 247247 EQUITY LOAN REF {r}", 500, 6000), ("KCB APP TRANSFER TO 0722318877 JOHN MWANGI", 300, 8000),
            ("ATM WITHDRAWAL KCB MOI AVENUE NAIROBI", 1000, 10000), ("POS NAIVAS SUPERMARKET WESTLANDS {r}", 450, 9000),
            ("EXCISE DUTY ON TRANSFER CHARGES", 4.4, 4.4), ("KPLC PREPAID TOKEN 37189204411", 500, 3000),
            ("MONTHLY LEDGER FEE", 100, 100)]
    if od: pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
    cr = [("SALARY MAY 2025 SAFARICOM PLC", 85000, 98000), ("MPESA TO BANK 0711456123 FAITH WANJIKU {r}", 1000, 15000)]
    if od: cr = [("MPESA TO BANK 0711456123 FAITH WANJIKU {r}", 1000, 4000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 34)
        r = {"d": t["date"].strftime("%d.%m.%Y"), "v": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["o" if t["amount"] < 0 else "i"] = fmt(abs(t["amount"]))
        rows.append(r)
    if newest: rows.reverse()
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "KCB", 24, True); doc.t(100, H - 45, "For Good", 9)
        doc.t(doc.W - 40, H - 40, "ACCOUNT STATEMENT", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "JANE AKINYI OTIENO", 8, True); doc.t(40, H - 91, "P.O. BOX 48400-00100", 8); doc.t(40, H - 102, "NAIROBI", 8)
            S = [("ACCOUNT NAME", "JANE AKINYI OTIENO"), ("ACCOUNT NUMBER", "1184529037"), ("CURRENCY", "KES"),
                 ("BRANCH", "MOI AVENUE"), ("STATEMENT PERIOD", "%s TO %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")))]
            for i, (a, b) in enumerate(S):
                doc.t(300, H - 80 - 11 * i, a, 7.5, True); doc.t(400, H - 80 - 11 * i, b, 7.5)
            box(doc, 300, H - 146, 255, "SUMMARY", [("OPENING BALANCE", fmt(ob)), ("TOTAL MONEY OUT", fmt(dr)),
                                                   ("TOTAL MONEY IN", fmt(crs)), ("CLOSING BALANCE", fmt(cb))])
            return H - 218
        return H - 80

    cols = [("TXN DATE", 40, "l", "d"), ("DESCRIPTION", 92, "l", "desc"), ("VALUE DATE", 275, "l", "v"), ("MONEY OUT", 395, "r", "o"),
            ("MONEY IN", 470, "r", "i"), ("LEDGER BALANCE", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 40, "KCB Bank Kenya Limited is regulated by the Central Bank of Kenya. Deposits are protected by KDIC up to KES 500,000.", 5.5)
        doc.t(40, 32, "Contact Centre: 0711 087 000 / 0732 187 000. Email: contactcentre@kcbgroup.com. Any discrepancy should be reported within 30 days.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=48)
    write(stem, "hq_ke_kcb", "****9037", "KES", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Mashreq (UAE)
def mashreq(stem, seed, n=18, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("18640.25")
    pool = [("CARD PURCHASE CARREFOUR MALL OF THE EMIRATES DUBAI AE", 40, 900), ("DEWA BILL PAYMENT 2004417833", 250, 900),
            ("SALIK RECHARGE {r}", 50, 200), ("ATM CASH WITHDRAWAL MASHREQ BURJUMAN", 200, 2000),
            ("ETISALAT BILL PAYMENT 0504471123", 150, 450), ("TRANSFER TO ABDULLAH HASSAN AE070331234567890123456", 500, 5000)]
    cr = [("SALARY CREDIT EMIRATES GROUP APR 2025", 21000, 24000), ("INWARD REMITTANCE FROM MOHAMMED ALI REF FT{r}", 300, 3000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if fx:
        fxl = [("AMAZON.COM AMZN.COM/BILL WA US", "USD", D("3.6725"), 20, 180), ("BOOKING.COM AMSTERDAM NL", "EUR", D("4.0120"), 80, 400)]
        for k in (3, 9, 14):
            m, c, rate, lo, hi = fxl[k % 2]
            fa = D(rng.randint(lo * 100, hi * 100)) / 100
            aed = (fa * rate).quantize(D("0.01"))
            d = txs[k]["date"]
            txs[k] = {"date": d, "desc": "CARD PURCHASE %s %s %s @ %s" % (m, c, fmt(fa), rate), "amount": -aed,
                      "lines": ["CARD PURCHASE " + m, "%s %s @ %s" % (c, fmt(fa), rate)]}
            fee = (aed * D("0.0199")).quantize(D("0.01"))
            txs.insert(k + 1, {"date": d, "desc": "INTERNATIONAL TRANSACTION FEE", "amount": -fee})
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = t.get("lines") or wrap(t["desc"], 44)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "mashreq", 22, True)
        doc.t(doc.W - 40, H - 38, "كشف الحساب", 10, True, "r")
        doc.t(doc.W - 40, H - 50, "Account Statement", 10, True, "r")
        doc.t(doc.W - 40, H - 62, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 84, "MR RAHUL SURESH MENON", 8, True); doc.t(40, H - 95, "P O BOX 123456", 8); doc.t(40, H - 106, "DUBAI, UNITED ARAB EMIRATES", 8)
            S = [("Account Number  رقم الحساب", "019100448217"), ("IBAN", "AE46 0330 0000 1910 0448 217"), ("Currency  العملة", "AED"),
                 ("From  من", start.strftime("%d/%m/%Y")), ("To  إلى", end.strftime("%d/%m/%Y"))]
            for i, (a, b) in enumerate(S):
                doc.t(310, H - 84 - 11 * i, a, 7.5); doc.t(555, H - 84 - 11 * i, b, 7.5, align="r")
            box(doc, 310, H - 150, 245, "Summary  ملخص", [("Opening Balance  الرصيد الافتتاحي", fmt(ob)), ("Total Debits  مجموع المدين", fmt(dr)),
                                                          ("Total Credits  مجموع الدائن", fmt(crs)), ("Closing Balance  الرصيد الختامي", fmt(cb))])
            return H - 222
        return H - 86

    cols = [("التاريخ\nDate", 40, "l", "d"), ("الوصف\nDescription", 100, "l", "desc"), ("مدين\nDebit", 405, "r", "dr"),
            ("دائن\nCredit", 480, "r", "cr"), ("الرصيد\nBalance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(100, y, "Opening Balance", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, end.strftime("%d/%m/%Y"), 8); doc.t(100, y - 2, "Closing Balance", 8); doc.t(555, y - 2, fmt(cb), 8, align="r")
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 40, "Mashreqbank PSC is regulated by the Central Bank of the UAE. Mashreq Contact Centre 04 424 4444. mashreq.com", 5.5)
        doc.t(40, 32, "Please review this statement. If no discrepancy is reported within 15 days, it will be considered correct.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=46, top_rows=[top], bottom=bottom)
    write(stem, "hq_ae_mashreq", "****8217", "AED", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Sampath Bank (Sri Lanka)
def sampath(stem, seed, n=20, longdesc=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 1), dt.date(2025, 3, 31)
    ob = D("18415.80") if od else D("287415.80")
    pm = (lambda v: "(%s)" % fmt(-v) if v < 0 else fmt(v)) if od else fmt
    pool = [("CEB BILL PAYMENT SAMPATH VISHWA {r}", 2500, 14000), ("ATM WITHDRAWAL SAMPATH BANK NUGEGODA", 5000, 40000),
            ("POS KEELLS SUPER RAJAGIRIYA {r}", 1200, 18000), ("CHEQUE PAID", 15000, 90000), ("SMS ALERT CHARGES", 50, 50),
            ("CEFT TRANSFER TO COMMERCIAL BANK NIMAL PERERA", 3000, 50000)]
    if longdesc:
        pool.append(("SAMPATH VISHWA FUND TRANSFER TO 1029 5478 3321 HATTON NATIONAL BANK KANDY BRANCH MONTHLY RENT FOR MARCH 2025 PREMISES NO 42 TEMPLE ROAD", 35000, 35000))
        pool.append(("SLIPS OUTWARD DIALOG AXIATA PLC POSTPAID MOBILE ACCOUNT 0772345678 BILL REF {r}", 1500, 6000))
    cr = [("SALARY CREDIT JOHN KEELLS HOLDINGS PLC", 185000, 210000), ("CEFT INWARD FROM K SILVA {r}", 2000, 25000),
          ("INTEREST CREDIT", 80, 400)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 34)
        r = {"d": t["date"].strftime("%d/%m/%y"), "v": t["date"].strftime("%d/%m/%y"), "desc": t["desc_lines"], "b": pm(t["bal"])}
        if t["desc"] == "CHEQUE PAID": r["q"] = "%06d" % rng.randint(100000, 999999)
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Sampath Bank", 18, True); doc.t(40, H - 56, "Sampath Bank PLC", 7)
        doc.t(doc.W - 40, H - 40, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "MR D M S BANDARA", 8, True); doc.t(40, H - 91, "No 42, TEMPLE ROAD", 8); doc.t(40, H - 102, "NUGEGODA", 8)
            S = [("Account No", "1029 5001 4478"), ("Account Type", "SAVINGS - SAMPATH SAPIRI"), ("Currency", "LKR"),
                 ("Branch", "NUGEGODA"), ("Statement Period", "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))]
            for i, (a, b) in enumerate(S):
                doc.t(300, H - 80 - 11 * i, a, 7.5, True); doc.t(390, H - 80 - 11 * i, ": " + b, 7.5)
            return H - 160
        return H - 80

    cols = [("TRANSACTION\nDATE", 40, "l", "d"), ("VALUE\nDATE", 102, "l", "v"), ("DESCRIPTION", 146, "l", "desc"), ("CHEQUE\nNO", 328, "l", "q"),
            ("DEBIT", 410, "r", "dr"), ("CREDIT", 475, "r", "cr"), ("BALANCE", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%y"), 8); doc.t(146, y, "BALANCE B/F", 8); doc.t(555, y, pm(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, end.strftime("%d/%m/%y"), 8); doc.t(146, y - 2, "BALANCE C/F", 8); doc.t(555, y - 2, pm(cb), 8, align="r")
        doc.t(146, y - 16, "TOTAL", 8, True); doc.t(410, y - 16, fmt(dr), 8, True, "r"); doc.t(475, y - 16, fmt(crs), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 40, "Sampath Bank PLC, No 110, Sir James Peiris Mawatha, Colombo 02. Licensed Commercial Bank supervised by the Central Bank of Sri Lanka.", 5.5)
        doc.t(40, 32, "24 Hour Call Centre +94 11 2303050. Eligible deposits are insured under the Sri Lanka Deposit Insurance Scheme up to Rs. 1,100,000.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=50, top_rows=[top], bottom=bottom)
    write(stem, "hq_lk_sampath", "****4478", "LKR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 BRAC Bank (Bangladesh)
def brac(stem, seed, n=20, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("156320.45")
    pool = [("bKash TRANSFER TO 01711234567 {r}", 1000, 15000), ("ATM CASH WITHDRAWAL BRAC BANK GULSHAN-1", 2000, 20000),
            ("POS SHWAPNO SUPERSHOP BANANI {r}", 800, 9000), ("DESCO PREPAID ELECTRICITY 0120334455", 1500, 5000),
            ("NPSB FUND TRANSFER TO DBBL A/C 1081101234567", 5000, 40000), ("EXCISE DUTY", 150, 150),
            ("SMS BANKING CHARGE INCL VAT", 57.5, 57.5)]
    cr = [("SALARY JUN-2025 GRAMEENPHONE LTD", 120000, 145000), ("BEFTN INWARD FROM TANVIR AHMED {r}", 3000, 30000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 32)
        r = {"d": t["date"].strftime("%d-%b-%Y"), "desc": t["desc_lines"], "ref": "FT%d" % rng.randint(10000000, 99999999), "b": fmt(t["bal"]),
             "pb": fmt(t["bal"] - t["amount"])}
        r["w" if t["amount"] < 0 else "dp"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BRAC BANK", 18, True)
        doc.t(doc.W - 40, H - 40, "Statement of Account", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "MD. RAFIQUL ISLAM", 8, True); doc.t(40, H - 91, "HOUSE 12, ROAD 27, BLOCK A", 8); doc.t(40, H - 102, "BANANI, DHAKA 1213", 8)
            S = [("Account No.", "1501204478335001"), ("Product", "SAVINGS ACCOUNT"), ("Currency", "BDT"),
                 ("Branch", "GULSHAN BRANCH"), ("Period", "%s to %s" % (start.strftime("%d-%b-%Y"), end.strftime("%d-%b-%Y")))]
            for i, (a, b) in enumerate(S):
                doc.t(320, H - 80 - 11 * i, a, 7.5, True); doc.t(400, H - 80 - 11 * i, ": " + b, 7.5)
            return H - 160
        doc.t(40, H - 70, "Account No. 1501204478335001", 8)
        return H - 92

    cols = [("Date", 40, "l", "d"), ("Particulars", 98, "l", "desc"), ("Ref/Cheque No", 290, "l", "ref"), ("Withdrawal", 420, "r", "w"),
            ("Deposit", 490, "r", "dp"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(98, y, "Opening Balance", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def cf(doc, y, row, kind):
        bal = row["b"]
        if kind == "cf":
            doc.t(98, y - 2, "Carried Forward", 8, True); doc.t(555, y - 2, bal, 8, True, "r")
            return y - 14
        doc.t(98, y, "Brought Forward", 8, True); doc.t(555, y, row["pb"], 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(98, y - 4, "Total", 8, True); doc.t(420, y - 4, fmt(dr), 8, True, "r"); doc.t(490, y - 4, fmt(crs), 8, True, "r")
        doc.t(98, y - 18, "Closing Balance", 8, True); doc.t(555, y - 18, fmt(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 40, "BRAC Bank PLC, Anik Tower, 220/B Tejgaon Gulshan Link Road, Dhaka 1208. Call Centre 16221. www.bracbank.com", 5.5)
        doc.t(40, 32, "This is a computer generated statement and does not require any signature.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(22 if pages else 48), top_rows=[top],
           bottom=bottom, cf=(cf if pages else None))
    write(stem, "hq_bd_brac", "****5001", "BDT", start, end, ob, cb, txs)


P = "hq_"
zenith(P + "ng_zenith", 11)
zenith(P + "ng_zenith__2pages", 12, n=34, pages=True)
kcb(P + "ke_kcb", 21)
kcb(P + "ke_kcb__overdraft", 22, od=True)
kcb(P + "ke_kcb__newest", 23, newest=True)
mashreq(P + "ae_mashreq", 31)
mashreq(P + "ae_mashreq__fx", 32, fx=True)
sampath(P + "lk_sampath", 41)
sampath(P + "lk_sampath__long", 42, longdesc=True)
sampath(P + "lk_sampath__overdraft", 43, od=True)
brac(P + "bd_brac", 51)
brac(P + "bd_brac__2pages", 52, n=36, pages=True)
print("done")
