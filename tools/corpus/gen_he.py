#!/usr/bin/python3
"""Generator he: 6 untuned layouts from the Gulf, South Asia and East Africa, base + variants, exact truth. Deterministic.

National Bank of Kuwait (KWD, three decimals, English headings with Arabic under them, Balance B/F), Bank Muscat
(OMR, three decimals, Txn Date / Withdrawals / Deposits; a variant printing "1865.420" ungrouped), HBL (Pakistan, DD-MMM-YY, Cheque No, Opening Balance row),
Dutch-Bangla Bank (BDT, lakh grouping "1,23,456.00", Instrument No), Equity Bank Kenya (Narrative with M-PESA
references, Money Out / Money In / Ledger Balance), Commercial Bank of Ceylon (B/F and C/F rows, balances "Cr"/"Dr").
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import fmt, lakh, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/he/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def q(nd):
    return D(1).scaleb(-nd)


def txns(rng, start, end, n, pool, credits, nd=2):
    """Random rows; amounts with nd decimals (three for KWD and OMR)."""
    days = (end - start).days
    unit = 10 ** nd
    txs, paid = [], False
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.22:
            desc, lo, hi = rng.choice(credits); sg = 1
            if desc.startswith("SALARY"):
                if paid: desc, lo, hi = credits[-1]
                paid = True
        else: desc, lo, hi = rng.choice(pool); sg = -1
        amt = (D(rng.randint(int(lo * unit), int(hi * unit))) / unit).quantize(q(nd)) * sg
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999), m=rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
                                                   + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))),
                    "amount": amt})
    txs.sort(key=lambda t: t["date"])
    return txs



def side_rows(txs, fmtv, dkey, dfmt, out="dr", inn="cr", bal=None, extra=None):
    rows = []
    for t in txs:
        r = {dkey: t["date"].strftime(dfmt), "desc": t["desc_lines"], "b": (bal or fmtv)(t["bal"])}
        r[out if t["amount"] < 0 else inn] = fmtv(abs(t["amount"]))
        if extra: extra(t, r)
        rows.append(r)
    return rows


# ---------------------------------------------------------------- 1 National Bank of Kuwait (KWD, three decimals)
def nbk(stem, seed, n=22, pages=False, fx=False, beside=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("3417.285")
    f3 = lambda v: fmt(v, nd=3)
    pool = [("POS PURCHASE {r} SULTAN CENTER SALMIYA", 3, 48), ("ATM WITHDRAWAL NBK BRANCH HAWALLY", 20, 150),
            ("K-NET PAYMENT MINISTRY OF ELECTRICITY AND WATER", 8, 40), ("STANDING ORDER RENT AL SALAM REAL ESTATE", 450, 450),
            ("ONLINE TRANSFER TO 2001{r} KHALID AL AJMI", 15, 300), ("POS PURCHASE {r} TALABAT KUWAIT", 2.5, 19),
            ("ZAIN KUWAIT POSTPAID BILL {r}", 9, 35)]
    cr = [("SALARY CREDIT KUWAIT OIL COMPANY JUNE 2025", 2100, 2600), ("TRANSFER FROM 2003{r} FATIMA AL SABAH", 20, 250),
          ("REFUND POS {r} X-CITE ALGHANIM", 5, 90)]
    if fx:
        pool += [("POS PURCHASE AMAZON.AE DUBAI AE AED {r} @ 0.083710", 5, 60), ("E-COMMERCE BOOKING.COM AMSTERDAM NL EUR {r} @ 0.351240", 60, 210)]
    txs = txns(rng, start, end, n, pool, cr, nd=3)
    for t in txs:
        if " @ " in t["desc"]:  # the foreign amount: the kwd amount / rate, printed on its own line
            head, rate = t["desc"].rsplit(" @ ", 1)
            cur = head.split()[-2]
            famt = (abs(t["amount"]) / D(rate)).quantize(D("0.01"))
            t["desc"] = " ".join(head.split()[:-2])
            t["desc_lines"] = wrap(t["desc"], 26 if beside else 40) + ["%s %s @ %s" % (cur, fmt(famt), rate)]
        else:
            t["desc_lines"] = wrap(t["desc"], 26 if beside else 40)
    cb = running(txs, ob)
    dr, crs = sums(txs)
    rows = side_rows(txs, f3, "d", "%d/%m/%Y", extra=lambda t, r: r.__setitem__("v", (t["date"] + dt.timedelta(days=1 if "POS" in t["desc"] else 0)).strftime("%d/%m/%Y")))

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "NBK", 24, True); doc.t(102, H - 40, "National Bank of Kuwait", 9, True); doc.t(102, H - 51, "بنك الكويت الوطني", 9)
        doc.t(doc.W - 40, H - 40, "Statement of Account  كشف حساب", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "MR. ABDULLAH YOUSEF AL MUTAIRI", 8, True); doc.t(40, H - 91, "BLOCK 4, STREET 12, HOUSE 27", 8)
            doc.t(40, H - 102, "SALMIYA, KUWAIT", 8)
            doc.c.rect(320, H - 176, 235, 104)
            S = [("Account Number  رقم الحساب", "2001847362"), ("IBAN", "KW81NBOK0000000000002001847362"),
                 ("Account Type", "Current Account"), ("Currency  العملة", "KWD"),
                 ("Period  الفترة", "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"))),
                 ("Opening Balance  الرصيد الافتتاحي", f3(ob)), ("Total Debits", f3(dr)), ("Total Credits", f3(crs)),
                 ("Closing Balance  الرصيد الختامي", f3(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(326, H - 84 - 10.5 * i, a, 7); doc.t(549, H - 84 - 10.5 * i, b, 7, i == 8, "r")
            return H - 200
        doc.t(40, H - 72, "Account Number 2001847362  KWD", 8)
        return H - 92

    cols = [("Date\nالتاريخ", 40, "l", "d"), ("Value Date\nتاريخ القيمة", 92, "l", "v"), ("Description\nالبيان", 165, "l", "desc"),
            ("Debit\nمدين", 400, "r", "dr"), ("Credit\nدائن", 475, "r", "cr"), ("Balance\nالرصيد", 555, "r", "b")]
    dx = 0
    if beside:  # one heading line, the Arabic beside the English
        cols = [("Date التاريخ", 40, "l", "d"), ("Value Date تاريخ القيمة", 106, "l", "v"), ("Description البيان", 224, "l", "desc"),
                ("Debit مدين", 405, "r", "dr"), ("Credit دائن", 472, "r", "cr"), ("Balance الرصيد", 555, "r", "b")]
        dx = 59

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(165 + dx, y, "Balance B/F", 8); doc.t(555, y, f3(ob), 8, align="r")
        return y - 13

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(165 + dx, y, "Balance C/F", 8, True); doc.t(555, y, r["b"], 8, True, "r")
        else:
            doc.t(165 + dx, y, "Balance B/F", 8); doc.t(555, y, r["_prev"], 8, align="r")
        return y - 13

    prev = f3(ob)
    for r in rows:
        r["_prev"] = prev; prev = r["b"]

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(165 + dx, y - 2, "Total", 8, True); doc.t(cols[3][1], y - 2, f3(dr), 8, True, "r"); doc.t(cols[4][1], y - 2, f3(crs), 8, True, "r")
        doc.t(165 + dx, y - 15, "Closing Balance", 8, True); doc.t(555, y - 15, f3(cb), 8, True, "r")
        return y - 28

    def footer(doc, p, np_):
        doc.t(40, 42, "National Bank of Kuwait S.A.K.P., Abdullah Al-Ahmed Street, P.O. Box 95 Safat 13001, Kuwait. Call 1801801 | nbk.com", 5.5)
        doc.t(40, 34, "Please examine this statement and report any discrepancy within 15 days, otherwise it will be considered correct.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(20 if pages else 46), top_rows=[top],
           bottom=bottom, cf=(cf if pages else None))
    write(stem, "he_kw_nbk", "****7362", "KWD", start, end, ob, cb, txs, nd=3)


# ---------------------------------------------------------------- 2 Bank Muscat (OMR, three decimals)
def muscat(stem, seed, n=20, od=False, nogroup=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("142.350") if od else D("1865.420")
    f3 = lambda v: fmt(v, th="" if nogroup else ",", nd=3)  # the online statement prints "1865.420"
    pool = [("POS LULU HYPERMARKET BAUSHER MUSCAT OM", 4, 55), ("ATM CASH WDL BM ATM QURUM", 10, 100),
            ("BILL PAYMENT OMANTEL {r}", 12, 30), ("NAMA DHOFAR SERVICES ELECTRICITY {r}", 18, 65),
            ("MOBILE BANKING TRANSFER TO 0311{r}", 20, 250), ("PURCHASE OMAN OIL FILLING STN AL KHUWAIR", 5, 18)]
    if od:
        pool = [(a, lo * 3, hi * 3) for a, lo, hi in pool]
    cr = [("SALARY TRANSFER PETROLEUM DEVELOPMENT OMAN", 1400, 1900), ("ACH CREDIT FROM SAID AL BALUSHI", 10, 120)]
    if od:
        cr = [("ACH CREDIT FROM SAID AL BALUSHI", 10, 120)]
    txs = txns(rng, start, end, n, pool, cr, nd=3)
    for t in txs: t["desc_lines"] = wrap(t["desc"], 44)
    cb = running(txs, ob)
    dr, crs = sums(txs)
    rows = side_rows(txs, f3, "d", "%d-%b-%Y", out="w", inn="dp")

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "bankmuscat", 20, True); doc.t(40, H - 58, "Bank Muscat S.A.O.G.", 7)
        doc.t(doc.W - 40, H - 40, "ACCOUNT STATEMENT", 11, True, "r")
        doc.t(doc.W - 40, H - 52, "From %s To %s" % (start.strftime("%d-%b-%Y"), end.strftime("%d-%b-%Y")), 8, align="r")
        if p == 1:
            doc.t(40, H - 84, "Customer Name : HAMED SALIM AL HINAI", 8); doc.t(40, H - 95, "P.O. Box 1234, PC 112, Ruwi, Sultanate of Oman", 8)
            doc.t(40, H - 112, "Account No : 0311 0123 4567 8901", 8); doc.t(40, H - 123, "Account Type : Current Account - Individual", 8)
            doc.t(40, H - 134, "Currency : OMR", 8); doc.t(40, H - 145, "Branch : Al Khuwair", 8)
            doc.c.rect(340, H - 150, 215, 70)
            S = [("Opening Balance", f3(ob)), ("Total Withdrawals", f3(dr)), ("Total Deposits", f3(crs)), ("Closing Balance", f3(cb))]
            if od: S.append(("Overdraft Limit", f3(D("2000"))))
            for i, (a, b) in enumerate(S):
                doc.t(346, H - 92 - 11 * i, a, 7.5); doc.t(549, H - 92 - 11 * i, b, 7.5, i == 3, "r")
            return H - 172
        return H - 80

    cols = [("Txn Date", 40, "l", "d"), ("Description", 105, "l", "desc"), ("Withdrawals", 405, "r", "w"), ("Deposits", 480, "r", "dp"),
            ("Balance", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 42, "Bank Muscat S.A.O.G., P.O. Box 134, Ruwi, PC 112, Sultanate of Oman. Call Centre 24795555. www.bankmuscat.com", 5.5)
        doc.t(40, 34, "Licensed by the Central Bank of Oman. This is a computer generated statement and does not require a signature.", 5.5)
        doc.t(doc.W - 40, 34, "Page %d of %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=48)
    write(stem, "he_om_bankmuscat", "****8901", "OMR", start, end, ob, cb, txs, nd=3)


# ---------------------------------------------------------------- 2b Bank Muscat credit card (OMR, three decimals, CR payments)
def muscat_card(stem, seed, n=18):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 11), dt.date(2025, 6, 10)
    prev = D("412.760")
    f3 = lambda v: fmt(v, nd=3)
    pool = [("CARREFOUR MALL OF OMAN MUSCAT OM", 4, 60), ("SHELL OMAN AL MOUJ MUSCAT OM", 5, 16), ("TALABAT.COM MUSCAT OM", 3, 14),
            ("OMAN AIR WWW.OMANAIR.COM SEEB OM", 60, 240), ("NOON.COM DUBAI AE", 6, 90), ("AMAZON.COM*RT5 SEATTLE US USD {r}", 8, 70),
            ("MARKS & SPENCER MUSCAT GRAND MALL OM", 10, 80)]
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, (end - start).days - 1))
        desc, lo, hi = rng.choice(pool)
        amt = -(D(rng.randint(lo * 1000, hi * 1000)) / 1000).quantize(q(3))
        t = {"date": d, "amount": amt}
        if desc.endswith("{r}"):
            usd = (-amt / D("0.3845")).quantize(D("0.01"))
            t["desc_lines"] = [desc[:-8], "USD %s @ 0.384500" % fmt(usd)]
        else:
            t["desc_lines"] = [desc]
        txs.append(t)
    txs.append({"date": start + dt.timedelta(days=8), "desc_lines": ["PAYMENT RECEIVED - THANK YOU"], "amount": prev})
    fee_day = end - dt.timedelta(days=1)
    fx = [t for t in txs if len(t["desc_lines"]) > 1]
    for t in fx:  # the cross-currency fee, 2.5% of the foreign purchase, the day it posts
        txs.append({"date": t["date"], "desc_lines": ["FOREIGN CURRENCY TRANSACTION FEE"], "amount": (t["amount"] * D("0.025")).quantize(q(3))})
    txs.sort(key=lambda t: t["date"])
    for t in txs:
        t["post"] = min(t["date"] + dt.timedelta(days=rng.choice([0, 1, 2])), end); t["shown"] = False
    due = prev - sum(t["amount"] for t in txs)
    purch = -sum(t["amount"] for t in txs if t["amount"] < 0)
    rows = [{"d": t["date"].strftime("%d/%m/%Y"), "p": t["post"].strftime("%d/%m/%Y"), "desc": t["desc_lines"],
             "a": f3(abs(t["amount"])) + (" CR" if t["amount"] > 0 else "")} for t in txs]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "bankmuscat", 20, True); doc.t(40, H - 58, "Bank Muscat S.A.O.G.", 7)
        doc.t(doc.W - 40, H - 40, "CREDIT CARD STATEMENT", 11, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 84, "HAMED SALIM AL HINAI", 8, True); doc.t(40, H - 95, "P.O. Box 1234, PC 112, Ruwi, Sultanate of Oman", 8)
            doc.t(40, H - 112, "Visa Platinum Card", 8, True); doc.t(40, H - 123, "Card Number : 4377 56XX XXXX 5521", 8)
            doc.t(40, H - 134, "Statement Period : %s to %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.t(40, H - 145, "Statement Date : %s" % end.strftime("%d/%m/%Y"), 8)
            doc.t(40, H - 156, "Payment Due Date : %s" % (end + dt.timedelta(days=25)).strftime("%d/%m/%Y"), 8)
            doc.c.rect(330, H - 172, 225, 96)
            S = [("Credit Limit (OMR)", f3(D("3000"))), ("Previous Balance", f3(prev)), ("Payments & Credits", f3(prev) + " CR"),
                 ("Purchases & Charges", f3(purch)), ("Total Amount Due", f3(due)), ("Minimum Amount Due", f3((due * D("0.05")).quantize(q(3)))),
                 ("Available Limit", f3(D("3000") - due))]
            for i, (a, b) in enumerate(S):
                doc.t(336, H - 88 - 11 * i, a, 7.5); doc.t(549, H - 88 - 11 * i, b, 7.5, i == 4, "r")
            return H - 196
        return H - 80

    cols = [("Transaction Date", 40, "l", "d"), ("Posting Date", 115, "l", "p"), ("Description", 190, "l", "desc"),
            ("Amount (OMR)", 555, "r", "a")]

    def top(doc, y):
        doc.t(190, y, "PREVIOUS BALANCE", 8); doc.t(555, y, f3(prev), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(190, y - 2, "TOTAL AMOUNT DUE", 8, True); doc.t(555, y - 2, f3(due), 8, True, "r")
        doc.t(40, y - 24, "Paying only the minimum amount due will increase the profit charges you pay and the time to repay your balance.", 6.5)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 42, "Bank Muscat S.A.O.G., P.O. Box 134, Ruwi, PC 112, Sultanate of Oman. Cards helpline 24795555. www.bankmuscat.com", 5.5)
        doc.t(40, 34, "Report a lost or stolen card immediately. Foreign currency transactions carry a 2.5% processing fee.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=46, top_rows=[top], bottom=bottom)
    write(stem, "he_om_bankmuscat_card", "****5521", "OMR", start, end, -prev, -due, txs, nd=3)


# ---------------------------------------------------------------- 3 HBL Habib Bank (PKR, DD-MMM-YY)
def hbl(stem, seed, n=22, pages=False, long=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("318450.75")
    pool = [("ATM CASH WITHDRAWAL HBL GULBERG LAHORE", 5000, 25000), ("K-ELECTRIC BILL PAYMENT {r}", 3000, 14000),
            ("RAAST P2P TRANSFER TO MEEZAN {r}", 1500, 15000), ("POS PURCHASE {r} IMTIAZ SUPER MARKET", 900, 18000),
            ("CHEQUE PAID CLEARING", 10000, 30000), ("SUI NORTHERN GAS BILL {r}", 800, 6000)]
    if long:
        pool += [("IBFT FUNDS TRANSFER TO UNITED BANK LIMITED A/C 0123{r} TITLE MUHAMMAD ASIF KHAN REF SCHOOL FEE APRIL 2025 BEACONHOUSE", 20000, 45000),
                 ("HBL MOBILE INTERNET BANKING BILL PAYMENT PTCL LANDLINE AND BROADBAND CONSUMER NO 042{r} APRIL 2025", 2500, 6500)]
    cr = [("SALARY CREDIT ENGRO CORPORATION LTD", 180000, 260000), ("IBFT INWARD FROM ALLIED BANK {r}", 2000, 50000),
          ("PROFIT CREDIT", 300, 1500)]
    txs = txns(rng, start, end, n, pool, cr)
    chq = 10045
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 38)
        if t["desc"].startswith("CHEQUE"):
            t["chq"] = str(chq); chq += 1
    cb = running(txs, ob)
    dr, crs = sums(txs)
    rows = side_rows(txs, fmt, "d", "%d-%b-%y", extra=lambda t, r: r.update({"c": t["chq"]} if "chq" in t else {}))
    for r in rows: r["d"] = r["d"].upper()

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "HBL", 24, True); doc.t(100, H - 38, "Habib Bank Limited", 9, True); doc.t(100, H - 49, "Jahan Khwab, Wahan HBL", 7)
        doc.t(doc.W - 40, H - 40, "STATEMENT OF ACCOUNT", 11, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "MUHAMMAD ASIF KHAN", 8, True); doc.t(40, H - 91, "HOUSE 22, STREET 4, BLOCK C, GULBERG III", 8); doc.t(40, H - 102, "LAHORE", 8)
            doc.c.rect(320, H - 160, 235, 90)
            S = [("Account Title", "MUHAMMAD ASIF KHAN"), ("Account No.", "1234-79012345-03"), ("Branch", "0123 GULBERG MAIN LAHORE"),
                 ("Currency", "PKR"), ("Statement Period", "%s TO %s" % (start.strftime("%d-%b-%Y").upper(), end.strftime("%d-%b-%Y").upper())),
                 ("Account Type", "HBL CURRENT ACCOUNT"), ("Opening Balance", fmt(ob)), ("Closing Balance", fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(326, H - 82 - 10 * i, a, 7); doc.t(549, H - 82 - 10 * i, b, 7, False, "r")
            return H - 182
        doc.t(40, H - 72, "Account No. 1234-79012345-03", 8)
        return H - 92

    cols = [("Transaction\nDate", 40, "l", "d"), ("Particulars", 100, "l", "desc"), ("Cheque No", 300, "l", "c"),
            ("Debit", 410, "r", "dr"), ("Credit", 483, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d-%b-%y").upper(), 8); doc.t(100, y, "Opening Balance", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(100, y - 2, "Closing Balance", 8, True); doc.t(555, y - 2, fmt(cb), 8, True, "r")
        doc.t(100, y - 15, "Total", 8, True); doc.t(410, y - 15, fmt(dr), 8, True, "r"); doc.t(483, y - 15, fmt(crs), 8, True, "r")
        return y - 28

    def footer(doc, p, np_):
        doc.t(40, 42, "HBL is a scheduled bank regulated by the State Bank of Pakistan. Deposits are protected up to PKR 1,000,000 by DPC.", 5.5)
        doc.t(40, 34, "HBL PhoneBanking 111-111-425. Please report any discrepancy within 30 days. This is a computer generated statement.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(22 if pages else 46), top_rows=[top], bottom=bottom)
    write(stem, "he_pk_hbl", "****4503", "PKR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Dutch-Bangla Bank (BDT, lakh grouping)
def dbbl(stem, seed, n=20, pages=False, big=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 1), dt.date(2025, 3, 31)
    ob = D("12345678.50") if big else D("287340.00")
    k = 12 if big else 1
    pool = [("ATM WDL DBBL FAST TRACK GULSHAN-1", 2000, 20000), ("NPSB FUND TRANSFER TO BRAC BANK {r}", 1000 * k, 25000 * k),
            ("BILL PAY DESCO PREPAID {r}", 500, 4000), ("POS PURCHASE SHWAPNO DHANMONDI", 400, 9000),
            ("ROCKET CASH OUT 01711{r}", 500, 10000), ("CHEQUE WITHDRAWAL CLEARING", 5000 * k, 80000 * k)]
    cr = [("SALARY GRAMEENPHONE LTD MARCH 2025", 120000 * k, 180000 * k), ("BEFTN INWARD REMITTANCE {r} RAHIM UDDIN", 3000, 60000 * k),
          ("CASH DEPOSIT MOTIJHEEL BRANCH", 5000, 100000)]
    txs = txns(rng, start, end, n, pool, cr)
    ins = 4471203
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 36)
        if t["desc"].startswith("CHEQUE"):
            t["ins"] = "CHQ" + str(ins); ins += 1
    cb = running(txs, ob)
    dr, crs = sums(txs)
    rows = side_rows(txs, lakh, "d", "%d/%m/%Y", out="w", inn="dp", extra=lambda t, r: r.update({"i": t["ins"]} if "ins" in t else {}))

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "DUTCH-BANGLA BANK", 16, True); doc.t(40, H - 58, "Dutch-Bangla Bank PLC.  Your Trusted Partner", 7)
        doc.t(doc.W - 40, H - 40, "Statement of Account", 11, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 82, "A/C Name : MD. KAMRUL HASAN", 8); doc.t(40, H - 93, "Address : HOUSE 14, ROAD 7, DHANMONDI R/A, DHAKA-1205", 8)
            doc.t(40, H - 110, "A/C No : 117.101.56789", 8); doc.t(40, H - 121, "A/C Type : SAVINGS ACCOUNT", 8)
            doc.t(40, H - 132, "Currency : BDT", 8); doc.t(40, H - 143, "Branch : LOCAL OFFICE, MOTIJHEEL", 8)
            doc.t(330, H - 110, "Statement Period : %s to %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.t(330, H - 121, "Opening Balance : " + lakh(ob), 8); doc.t(330, H - 132, "Closing Balance : " + lakh(cb), 8)
            return H - 168
        return H - 80

    cols = [("Trn. Date", 40, "l", "d"), ("Particulars", 95, "l", "desc"), ("Instrument No", 285, "l", "i"),
            ("Withdrawal", 415, "r", "w"), ("Deposit", 490, "r", "dp"), ("Balance", 558, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(95, y, "BALANCE FORWARD", 8); doc.t(558, y, lakh(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(95, y - 2, "TOTAL", 8, True); doc.t(415, y - 2, lakh(dr), 8, True, "r"); doc.t(490, y - 2, lakh(crs), 8, True, "r")
        doc.t(558, y - 2, lakh(cb), 8, True, "r")
        doc.t(40, y - 24, "*** End of Statement ***", 7)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 42, "Dutch-Bangla Bank PLC., Sena Kalyan Bhaban (4th floor), 195 Motijheel C/A, Dhaka-1000. Contact Centre 16216.", 5.5)
        doc.t(40, 34, "Beware of fraudsters: DBBL never asks for your PIN, OTP or password. This statement is computer generated.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(20 if pages else 46), top_rows=[top], bottom=bottom)
    write(stem, "he_bd_dbbl", "****6789", "BDT", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 Equity Bank Kenya (Ledger Balance, M-PESA references)
def equity(stem, seed, n=22, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 7, 1), dt.date(2025, 7, 31)
    ob = D("98642.15")
    pool = [("MPESA WITHDRAWAL TO 2547{r} REF {m}", 500, 4000), ("EAZZYPAY TILL 882211 QUICKMART KILIMANI REF {m}", 200, 6000),
            ("PAYBILL 888880 KPLC ACC 54{r} MPESA REF {m}", 500, 3500), ("ATM CASH WITHDRAWAL EQUITY ATM SARIT CENTRE", 1000, 10000),
            ("EQUITEL AIRTIME PURCHASE 0763{r}", 50, 1000), ("PESALINK TRANSFER TO KCB 11{r} PETER MWANGI", 1000, 8000)]
    cr = [("SALARY KENYA POWER AND LIGHTING JULY 2025", 90000, 130000), ("MPESA DEPOSIT FROM 2547{r} MARY AKINYI REF {m}", 500, 20000),
          ("INWARD RTGS ACCESS BANK KENYA {r}", 5000, 40000)]
    txs = txns(rng, start, end, n, pool, cr)
    for t in txs: t["desc_lines"] = wrap(t["desc"], 36)
    cb = running(txs, ob)
    dr, crs = sums(txs)
    rows = side_rows(txs, fmt, "d", "%d-%m-%Y", out="o", inn="i", extra=lambda t, r: r.__setitem__("v", r["d"]))

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "Equity", 20, True); doc.t(112, H - 40, "Equity Bank (Kenya) Limited", 8, True)
        doc.t(112, H - 50, "Equity Centre, Upper Hill, Nairobi", 6.5)
        doc.t(doc.W - 40, H - 40, "CUSTOMER STATEMENT", 11, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            S = [("Account Name:", "GRACE WAMBUI NDUNGU"), ("Account Number:", "0510199887766"), ("Currency:", "KES"),
                 ("Branch:", "KILIMANI SUPREME CENTRE"), ("Period:", "%s to %s" % (start.strftime("%d-%m-%Y"), end.strftime("%d-%m-%Y")))]
            for i, (a, b) in enumerate(S):
                doc.t(40, H - 80 - 11 * i, a, 7.5, True); doc.t(120, H - 80 - 11 * i, b, 7.5)
            doc.c.rect(340, H - 140, 215, 64)
            T = [("Opening Balance", fmt(ob)), ("Total Money In", fmt(crs)), ("Total Money Out", fmt(dr)), ("Closing Balance", fmt(cb))]
            for i, (a, b) in enumerate(T):
                doc.t(346, H - 90 - 12 * i, a, 7.5); doc.t(549, H - 90 - 12 * i, b, 7.5, i == 3, "r")
            return H - 166
        return H - 78

    cols = [("Transaction\nDate", 40, "l", "d"), ("Value\nDate", 92, "l", "v"), ("Narrative", 145, "l", "desc"),
            ("Money Out", 400, "r", "o"), ("Money In", 475, "r", "i"), ("Ledger\nBalance", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 42, "Equity Bank (Kenya) Limited is regulated by the Central Bank of Kenya. Call 0763 063 000 or dial *247# | equitybank.co.ke", 5.5)
        doc.t(40, 34, "Report any unauthorised transaction immediately. Never share your PIN or M-PESA OTP with anyone.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(20 if pages else 46))
    write(stem, "he_ke_equity", "****7766", "KES", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Commercial Bank of Ceylon (LKR, B/F and C/F, Cr/Dr)
def combank(stem, seed, n=22, pages=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 8, 1), dt.date(2025, 8, 31)
    ob = D("12850.40") if od else D("186420.65")
    pool = [("ATM WDL COMBANK KOLLUPITIYA", 2000, 20000), ("CEB BILL PAYMENT ACC 04{r}", 1500, 9000),
            ("CEFT TRANSFER TO SAMPATH BANK {r}", 2000, 45000), ("POS KEELLS SUPER NAWALA", 600, 12000),
            ("DIALOG AXIATA BILL {r}", 900, 4000), ("CHEQUE {r} CLEARED", 8000, 60000)]
    if od: pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
    cr = [("SALARY JOHN KEELLS HOLDINGS PLC AUG 2025", 220000, 300000), ("CEFT INWARD FROM HNB {r} N PERERA", 1000, 30000)]
    if od: cr = [("CEFT INWARD FROM HNB {r} N PERERA", 1000, 30000)]
    txs = txns(rng, start, end, n, pool, cr)
    for t in txs: t["desc_lines"] = wrap(t["desc"], 40)
    cb = running(txs, ob)
    dr, crs = sums(txs)
    crdr = lambda v: fmt(abs(v)) + (" Dr" if v < 0 else " Cr")
    rows = side_rows(txs, fmt, "d", "%d/%m/%Y", bal=crdr)
    prev = crdr(ob)
    for r in rows:
        r["_prev"] = prev; prev = r["b"]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "COMMERCIAL BANK", 15, True); doc.t(40, H - 57, "Commercial Bank of Ceylon PLC", 7)
        doc.t(doc.W - 40, H - 40, "STATEMENT OF ACCOUNT", 11, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 82, "MR. K. A. DILSHAN FERNANDO", 8, True); doc.t(40, H - 93, "NO. 45/2, FLOWER ROAD", 8); doc.t(40, H - 104, "COLOMBO 07", 8)
            S = [("Account Number", "8001234567"), ("Account Type", "CURRENT ACCOUNT"), ("Currency", "LKR"), ("Branch", "KOLLUPITIYA"),
                 ("Statement From", start.strftime("%d/%m/%Y")), ("Statement To", end.strftime("%d/%m/%Y"))]
            for i, (a, b) in enumerate(S):
                doc.t(330, H - 82 - 11 * i, a, 7.5); doc.t(410, H - 82 - 11 * i, ": " + b, 7.5)
            return H - 160
        doc.t(40, H - 72, "Account Number 8001234567", 8)
        return H - 92

    cols = [("Date", 40, "l", "d"), ("Description", 100, "l", "desc"), ("Debits", 390, "r", "dr"), ("Credits", 465, "r", "cr"),
            ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(100, y, "B/F", 8); doc.t(555, y, crdr(ob), 8, align="r")
        return y - 13

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(100, y, "C/F", 8); doc.t(555, y, r["b"], 8, align="r")
        else:
            doc.t(100, y, "B/F", 8); doc.t(555, y, r["_prev"], 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(100, y, "C/F", 8); doc.t(555, y, crdr(cb), 8, align="r")
        doc.c.line(40, y - 5, doc.W - 40, y - 5)
        doc.t(100, y - 16, "Total Debits", 7.5); doc.t(390, y - 16, fmt(dr), 7.5, align="r")
        doc.t(100, y - 27, "Total Credits", 7.5); doc.t(465, y - 27, fmt(crs), 7.5, align="r")
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 42, "Commercial Bank of Ceylon PLC, Commercial House, No. 21, Sir Razik Fareed Mawatha, Colombo 01. Hotline +94 11 2353353.", 5.5)
        doc.t(40, 34, "Licensed Commercial Bank supervised by the Central Bank of Sri Lanka. Report discrepancies within 14 days.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(20 if pages else 46), top_rows=[top],
           bottom=bottom, cf=(cf if pages else None))
    write(stem, "he_lk_combank", "****4567", "LKR", start, end, ob, cb, txs)


P = "he_"
nbk(P + "kw_nbk", 11)
nbk(P + "kw_nbk__2pages", 12, n=34, pages=True)
nbk(P + "kw_nbk__fx", 13, fx=True)
nbk(P + "kw_nbk__beside", 14, beside=True)
muscat(P + "om_bankmuscat", 21)
muscat(P + "om_bankmuscat__overdraft", 22, od=True)
muscat(P + "om_bankmuscat__nogroup", 24, nogroup=True)
muscat_card(P + "om_bankmuscat_card", 23)
hbl(P + "pk_hbl", 31)
hbl(P + "pk_hbl__2pages", 32, n=34, pages=True)
hbl(P + "pk_hbl__long", 33, long=True)
dbbl(P + "bd_dbbl", 41)
dbbl(P + "bd_dbbl__2pages_crore", 42, n=32, pages=True, big=True)
equity(P + "ke_equity", 51)
equity(P + "ke_equity__2pages", 52, n=34, pages=True)
combank(P + "lk_combank", 61)
combank(P + "lk_combank__2pages", 62, n=34, pages=True)
combank(P + "lk_combank__overdraft", 63, od=True)
print("done")
