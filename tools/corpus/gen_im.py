#!/usr/bin/python3
"""Generator im: 4 unseen layouts x (base + 1 variant), exact truth. Deterministic.

ICICI Bank savings (India: S No. / Value Date / Transaction Date / Cheque Number / Transaction Remarks /
Withdrawal Amount (INR) / Deposit Amount (INR) / Balance (INR), lakh grouping, UPI remarks), Emirates Islamic
current account (AED: Date / Value Date / Narration / Debit / Credit / Balance, Opening/Closing Balance rows),
Nordea Finland (Kirjauspäivä / Arvopäivä / Maksupäivä / Saaja/Maksaja / Määrä EUR, signed "-1 234,56",
Saldo alussa / Saldo lopussa, no balance column), Wells Fargo Active Cash Visa (Trans / Post / Reference Number /
Description / Credits / Charges, Previous Balance / New Balance Total). Variants: ICICI three pages, Emirates Islamic
two pages with Balance Carried/Brought Forward, Nordea with Viite/Viesti lines and overdrawn, Wells Fargo with
foreign-currency lines and fees, and in credit.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from corpus_kit import Doc, fmt, lakh, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/im/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)



def fi(v, sign=True):
    """Finnish: 1 234,56 with a sign."""
    s = fmt(abs(D(v)), th="\u00a0", dec=",").replace("\u00a0", " ")
    return ("-" if D(v) < 0 else ("+" if sign else "")) + s


# ---------------------------------------------------------------- 1 ICICI savings
def icici(stem, seed, n, per_page=40):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("184326.45")
    pool = [("UPI/{r}512/SWIGGY LIMITED/swiggy@icici/Payment fr/ICI7c1f0a", 150, 1800),
            ("UPI/{r}877/RAMESH KIRANA STO/q123456@ybl/Groceries/YES", 80, 2500),
            ("ATM/CASH WDL/{r}/MUMBAI ANDHERI EAST", 2000, 10000),
            ("BIL/ONL/{r}/TATA POWER/TPC BILL APR", 900, 4200),
            ("ACH/HDFCLTD HOME LOAN EMI/ICIC7021{r}", 24500, 24500),
            ("NEFT-{r}-LIC OF INDIA PREMIUM", 3000, 12000)]
    cr = [("NEFT-CITIN2504{r}-ACME TECHNOLOGIES PVT LTD-SALARY APR 2025", 95000, 120000),
          ("UPI/{r}441/PRIYA SHARMA/priya.s@okhdfcbank/rent share/HDF", 5000, 12000),
          ("MMT/IMPS/{r}/Refund/AMAZON SELLER", 300, 4000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 4, 14), "desc": "CLG/CHQ PAID TO SUNITA DESAI", "amount": D("-15000.00"), "chq": "000112"})
    txs.append({"date": dt.date(2025, 4, 30), "desc": "004501000123:Int.Pd:01-01-2025 to 31-03-2025", "amount": D("1248.00")})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for i, t in enumerate(txs):
        t["desc_lines"] = wrap(t["desc"], 32)
        d = t["date"].strftime("%d/%m/%Y")
        r = {"sn": str(i + 1), "vd": d, "td": d, "ck": t.get("chq", ""), "desc": t["desc_lines"], "b": lakh(t["bal"])}
        r["wd" if t["amount"] < 0 else "dp"] = lakh(abs(t["amount"]))
        r["dp" if t["amount"] < 0 else "wd"] = "0.00"
        rows.append(r)
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "ICICI Bank", 18, True)
        doc.t(W - 40, H - 40, "Statement of Transactions", 9, True, "r")
        doc.t(W - 40, H - 52, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 72, "MR. RAHUL VINOD KULKARNI", 8); doc.t(40, H - 83, "FLAT 302, SAI KRUPA CHS, MAROL", 8)
            doc.t(40, H - 94, "ANDHERI EAST, MUMBAI - 400059, MAHARASHTRA", 8)
            doc.t(330, H - 72, "Customer ID: 512384771", 7.5); doc.t(330, H - 83, "Branch: ANDHERI EAST (0045)", 7.5)
            doc.t(330, H - 94, "IFSC Code: ICIC0000045", 7.5)
            doc.t(40, H - 118, "Statement of Transactions in Savings Account Number: 004501000123 in INR for the period April 01, 2025 - April 30, 2025", 7.5, True)
            doc.c.rect(40, H - 162, doc.W - 80, 34)
            for k, (a, b) in enumerate((("Opening Balance", lakh(ob)), ("Total Withdrawals", lakh(out_)),
                                        ("Total Deposits", lakh(in_)), ("Closing Balance", lakh(cb)))):
                doc.t(50 + k * 130, H - 140, a, 7, True); doc.t(50 + k * 130, H - 153, b, 7.5)
            return H - 180
        doc.t(40, H - 70, "Savings Account Number: 004501000123", 7.5)
        return H - 88

    cols = [("S No.", 40, "l", "sn"), ("Value\nDate", 64, "l", "vd"), ("Transaction\nDate", 120, "l", "td"),
            ("Cheque\nNumber", 176, "l", "ck"), ("Transaction Remarks", 214, "l", "desc"),
            ("Withdrawal\nAmount (INR)", 420, "r", "wd"), ("Deposit\nAmount (INR)", 488, "r", "dp"), ("Balance (INR)", 556, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 44, "Please do not share your ATM, Debit/Credit card number, PIN and OTP with anyone over mail, SMS, phone call or any other media.", 5.5)
        doc.t(40, 36, "Never share your OTP, UPI PIN. ICICI Bank never asks for it. This is a system-generated statement and does not require a signature.", 5.5)

    def bottom(doc, y):
        doc.t(40, y - 6, "Legends: UPI - Unified Payments Interface; NEFT - National Electronic Funds Transfer; CLG - Cheque Clearing; ACH - Automated Clearing House", 5.5)
        return y - 20

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, bottom=bottom)
    write(stem, "im_in_icici_savings", "****0123", "INR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Emirates Islamic current account
def eib(stem, seed, n, per_page=44):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("38412.70")
    pool = [("POS PURCHASE CARREFOUR MALL OF THE EMIRATES DUBAI AE CARD NO 4587XXXXXXXX2291", 45, 900),
            ("DEWA BILL PAYMENT 2004518822 VIA EI ONLINE", 300, 1400), ("ATM CASH WITHDRAWAL EI ATM 0412 DEIRA", 200, 2000),
            ("IPI OUTWARD TRANSFER TO AHMED KHALIL REF IPI{r}", 500, 6000), ("ETISALAT POSTPAID 0501234567", 150, 500),
            ("SALIK TOP UP RECHARGE", 50, 200)]
    cr = [("SALARY CREDIT WPS GULF LOGISTICS LLC MAY 2025", 18000, 24000), ("INWARD TRANSFER FROM SARA MALIK REF FT25{r}", 500, 4000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 5, 28), "desc": "PROFIT DISTRIBUTION MUDARABA", "amount": D("12.45")})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 40)
        vd = t["date"] + dt.timedelta(days=1 if "TRANSFER" in t["desc"] and t["date"].day < 30 else 0)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "vd": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": fmt(t["bal"]),
             "pb": fmt(t["bal"] - t["amount"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "Emirates Islamic", 17, True)
        doc.t(W - 40, H - 40, "ACCOUNT STATEMENT", 9, True, "r")
        doc.t(W - 40, H - 52, "From 01/05/2025 To 31/05/2025", 7.5, align="r")
        doc.t(W - 40, H - 63, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 75, "MR. OMAR FAROOQ SIDDIQUI", 8); doc.t(40, H - 86, "PO BOX 41822, AL BARSHA 1", 8); doc.t(40, H - 97, "DUBAI, UNITED ARAB EMIRATES", 8)
            doc.c.rect(320, H - 168, 235, 88)
            for k, (a, b) in enumerate((("Account Number", "3708452190701"), ("IBAN", "AE47 0340 0037 0845 2190 701"),
                                        ("Account Type", "CURRENT ACCOUNT"), ("Currency", "AED"),
                                        ("Total Debits", fmt(out_)), ("Total Credits", fmt(in_)))):
                doc.t(328, H - 92 - 12 * k, a, 7, True); doc.t(548, H - 92 - 12 * k, b, 7, align="r")
            return H - 190
        doc.t(40, H - 80, "Account Number 3708452190701  Currency AED", 7.5)
        return H - 98

    cols = [("Date", 40, "l", "d"), ("Value Date", 92, "l", "vd"), ("Narration", 146, "l", "desc"),
            ("Debit", 410, "r", "dr"), ("Credit", 480, "r", "cr"), ("Balance", 556, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(146, y, "Opening Balance", 8, True); doc.t(556, y, fmt(ob), 8, align="r")
        return y - 12

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%d/%m/%Y"), 8); doc.t(146, y, "Closing Balance", 8, True); doc.t(556, y, fmt(cb), 8, align="r")
        return y - 14

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(146, y, "Balance Carried Forward", 8, True); doc.t(556, y, r["b"], 8, align="r")
        else:
            doc.t(146, y, "Balance Brought Forward", 8, True); doc.t(556, y, r["pb"], 8, align="r")
        return y - 12

    def footer(doc, p, np_):
        doc.t(40, 44, "Emirates Islamic Bank PJSC, PO Box 6564, Dubai, UAE. Licensed by the Central Bank of the UAE. Call 600 599 995.", 5.5)
        doc.t(40, 36, "Please examine this statement and report any discrepancy within 15 days, failing which it will be deemed correct.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top], bottom=bottom, cf=cf)
    write(stem, "im_ae_emirates_islamic", "****0701", "AED", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Nordea Finland
def nordea(stem, seed, n, viesti=False, per_page=48, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("412.35") if od else D("2846.19")
    pool = [("K-CITYMARKET HELSINKI ITIS", 15, 140), ("HSL MOBIILI", 3, 60), ("HELEN OY", 40, 130), ("ALEPA KALLIO", 4, 45),
            ("ELISA OYJ", 20, 45), ("KIINTEISTÖ OY TÖÖLÖNKATU 12", 780, 780)]
    cr = [("KELA/FPA", 300, 700), ("SOLITA OY", 2900, 3400), ("MATTI VIRTANEN", 20, 150)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if od:
        txs.append({"date": dt.date(2025, 6, 4), "desc": "VEROHALLINTO", "amount": D("-1920.00")}); txs.sort(key=lambda t: t["date"])
    for t in txs:
        t["pay"] = t["date"] - dt.timedelta(days=rng.randint(0, 2) if t["amount"] < 0 and "OY" not in t["desc"] else 0)
        if t["pay"] < start: t["pay"] = t["date"]
        t["desc_lines"] = [t["desc"]]
        if viesti and rng.random() < 0.5:
            t["desc_lines"].append(rng.choice(["Viite: RF18 5390 0754 %d" % rng.randint(1000, 9999), "Viesti: Kesäkuun vuokra ja vesimaksu",
                                               "Viite: 00 00%d 12" % rng.randint(100000, 999999)]))
    cb = running(txs, ob)
    for t in txs:
        t["shown"] = False
        t["book"], t["date"] = t["date"], t["pay"]  # the row's own date (Maksupäivä) dates it, as a transaction date does
    out_, in_ = sums(txs)
    rows = [{"kp": t["book"].strftime("%d.%m.%Y"), "ap": t["book"].strftime("%d.%m.%Y"), "mp": t["pay"].strftime("%d.%m.%Y"),
             "desc": t["desc_lines"], "m": fi(t["amount"])} for t in txs]

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Nordea", 20, True)
        doc.t(W - 40, H - 40, "TILIOTE", 10, True, "r")
        doc.t(W - 40, H - 52, "Ajalta 01.06.2025 - 30.06.2025", 7.5, align="r")
        doc.t(W - 40, H - 63, "Sivu %d / %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 66, "Tili FI37 1590 3000 0912 44  NDEAFIHH", 7.5)
        if p == 1:
            doc.t(40, H - 86, "LAURA MÄKINEN", 8); doc.t(40, H - 97, "TÖÖLÖNKATU 12 B 19", 8); doc.t(40, H - 108, "00260 HELSINKI", 8)
            doc.c.rect(330, H - 130, 225, 50)
            doc.t(338, H - 90, "Tilin omistaja: LAURA MÄKINEN", 7); doc.t(338, H - 101, "Valuutta: EUR", 7)
            doc.t(338, H - 112, "Panot yhteensä %s" % fi(in_, False), 7); doc.t(338, H - 123, "Otot yhteensä %s" % fi(-out_, True), 7)
            return H - 150
        return H - 90

    cols = [("Kirjauspäivä", 40, "l", "kp"), ("Arvopäivä", 100, "l", "ap"), ("Maksupäivä", 156, "l", "mp"),
            ("Saaja/Maksaja", 216, "l", "desc"), ("Määrä EUR", 555, "r", "m")]

    def top(doc, y):
        doc.t(216, y, "Saldo alussa 31.05.2025", 8, True); doc.t(555, y, fi(ob, False), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(216, y - 2, "Saldo lopussa 30.06.2025", 8, True); doc.t(555, y - 2, fi(cb, False) if cb >= 0 else fi(cb), 8, True, "r")
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 44, "Nordea Bank Abp, Satamaradankatu 5, 00020 NORDEA, Y-tunnus 2858394-9. Kotipaikka Helsinki.", 5.5)
        doc.t(40, 36, "Tarkistathan tiliotteen. Huomautukset tilitapahtumista pyydämme tekemään viipymättä.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top], bottom=bottom)
    write(stem, "im_fi_nordea", "****1244", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Wells Fargo Active Cash Visa
def wfcard(stem, seed, n, fx=False, credit=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 13), dt.date(2025, 6, 12)
    prev = D("1284.37")
    pool = [("AMAZON MKTPL*NB4TR21K0 AMZN.COM/BILLWA", 12, 160), ("SHELL OIL 57444112 SAN JOSE CA", 30, 80),
            ("WHOLEFDS MKT #10233 CUPERTINO CA", 25, 190), ("SQ *PHILZ COFFEE SAN JOSE CA", 5, 18), ("NETFLIX.COM NETFLIX.COM CA", 15.49, 15.49),
            ("COSTCO WHSE #0423 SUNNYVALE CA", 60, 320)]
    ch = []
    days = (end - start).days
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days - 1))
        desc, lo, hi = rng.choice(pool)
        ch.append({"date": d, "desc": desc, "amount": -D(rng.randint(int(lo * 100), int(hi * 100))) / 100})
    fxrows = []
    if fx:
        for d, desc, cur, fa, rate in ((dt.date(2025, 5, 22), "HOTEL ARTS BARCELONA BARCELONA ES", "EUR", D("412.00"), D("1.129854")),
                                       (dt.date(2025, 5, 24), "LA BOQUERIA MERCAT BARCELONA ES", "EUR", D("38.50"), D("1.129870"))):
            usd = (fa * rate).quantize(D("0.01"))
            t = {"date": d, "desc": desc, "amount": -usd, "extra": "%s %s X %s (EXCHG RATE)" % (fmt(fa), cur, rate)}
            ch.append(t)
            fxrows.append({"date": d, "desc": "FOREIGN TRANSACTION FEE", "amount": -(usd * D("0.03")).quantize(D("0.01"))})
    ch.sort(key=lambda t: t["date"])
    pay = [{"date": dt.date(2025, 5, 28), "desc": "ONLINE ACH PAYMENT THANK YOU", "amount": prev}]
    if credit:
        pay.append({"date": dt.date(2025, 6, 3), "desc": "ONLINE ACH PAYMENT THANK YOU", "amount": D("1500.00")})
    cred = [{"date": dt.date(2025, 6, 2), "desc": "AMAZON MKTPL*RT7YX0 AMZN.COM/BILLWA", "amount": D("23.99")}]
    fees = fxrows
    allt = pay + cred + ch + fees
    for t in allt:
        t["post"] = t["date"] + dt.timedelta(days=rng.randint(0, 2))
        if t["post"] > end: t["post"] = end
        t["ref"] = "%04d%s%s" % (rng.randint(1000, 9999), "3", "".join(str(rng.randint(0, 9)) for _ in range(12)))
        t["desc_lines"] = [t["desc"]] + ([t["extra"]] if "extra" in t else [])
        t["bal"] = None
    ob = -prev
    cb = ob + sum(t["amount"] for t in allt)
    newbal = -cb
    tp = sum(-t["amount"] for t in ch); tf = sum((-t["amount"] for t in fees), D(0))
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    W, H = doc.W, doc.H
    pgs = 2
    doc.t(40, H - 46, "WELLS", 16, True); doc.t(40, H - 62, "FARGO", 16, True)
    doc.t(W - 40, H - 40, "Wells Fargo Active Cash\u00ae Visa\u00ae Card", 9, True, "r")
    doc.t(W - 40, H - 52, "Account ending in 7319", 7.5, align="r")
    doc.t(W - 40, H - 63, "Statement Period 05/13/2025 to 06/12/2025", 7.5, align="r")
    doc.t(W - 40, H - 74, "Page 1 of %d" % pgs, 7.5, align="r")
    doc.t(40, H - 96, "JENNIFER L. OKAFOR", 8); doc.t(40, H - 107, "1187 LINCOLN AVE", 8); doc.t(40, H - 118, "SAN JOSE CA 95125-3011", 8)
    doc.c.rect(320, H - 230, 252, 140)
    doc.t(328, H - 102, "Summary of Account Activity", 8.5, True)
    usd = lambda v: ("-$" + fmt(-v)) if v < 0 else "$" + fmt(v)
    tpay = sum(t["amount"] for t in pay)
    S = [("Previous Balance", "$" + fmt(prev)), ("- Payments", "-$" + fmt(tpay)), ("- Other Credits", "-$23.99"),
         ("+ Cash Advances", "$0.00"), ("+ Purchases, Balance Transfers & Other Charges", "$" + fmt(tp)),
         ("+ Fees Charged", "$" + fmt(tf)), ("+ Interest Charged", "$0.00"), ("= New Balance", usd(newbal))]
    for i, (a, b) in enumerate(S):
        doc.t(328, H - 116 - 11 * i, a, 7, i in (0, 7)); doc.t(565, H - 116 - 11 * i, b, 7, i in (0, 7), "r")
    doc.t(328, H - 210, "Credit Limit $12,000.00   Available Credit $%s" % fmt(D("12000") - max(newbal, D(0))), 6.5)
    doc.t(328, H - 221, "Cash Rewards earned this period: 2%", 6.5)
    doc.c.rect(40, H - 230, 260, 90)
    doc.t(48, H - 150, "Payment Information", 8.5, True)
    mn = max(D("40.00"), (newbal * D("0.02")).quantize(D("1"))) if newbal > 0 else D("0.00")
    for i, (a, b) in enumerate((("New Balance", usd(newbal)), ("Minimum Payment", "$" + fmt(mn)), ("Payment Due Date", "07/09/2025"))):
        doc.t(48, H - 164 - 12 * i, a, 7.5); doc.t(292, H - 164 - 12 * i, b, 7.5, align="r")
    doc.t(48, H - 206, "Late Payment Warning: If we do not receive your minimum payment by", 5.8)
    doc.t(48, H - 214, "the date listed above, you may have to pay a late fee of up to $40.00.", 5.8)
    doc.t(40, 44, "Wells Fargo Bank, N.A. Customer Service 1-800-642-4720. Send payments to: Wells Fargo, PO Box 51193, Los Angeles CA 90051-5493.", 5.5)
    doc.c.showPage()
    doc.t(40, H - 46, "WELLS FARGO", 12, True)
    doc.t(W - 40, H - 46, "JENNIFER L. OKAFOR  Account ending in 7319   Page 2 of %d" % pgs, 7.5, align="r")
    y = H - 76
    doc.t(40, y, "Transactions", 11, True); y -= 18
    X = {"tr": 40, "po": 80, "ref": 120, "desc": 220, "cr": 500, "chg": 570}

    def hdr(y):
        doc.t(40, y, "Trans", 7.5, True); doc.t(80, y, "Post", 7.5, True); doc.t(120, y, "Reference Number", 7.5, True)
        doc.t(220, y, "Description", 7.5, True); doc.t(500, y, "Credits", 7.5, True, "r"); doc.t(570, y, "Charges", 7.5, True, "r")
        doc.c.line(40, y - 3, W - 40, y - 3)
        return y - 14

    y = hdr(y)
    for title, rows, tot in (("Payments", pay, "TOTAL PAYMENTS FOR THIS PERIOD"), ("Other Credits", cred, "TOTAL OTHER CREDITS FOR THIS PERIOD"),
                             ("Purchases, Balance Transfers & Other Charges", ch, "TOTAL PURCHASES, BALANCE TRANSFERS & OTHER CHARGES FOR THIS PERIOD"),
                             ("Fees Charged", fees, "TOTAL FEES CHARGED FOR THIS PERIOD")):
        doc.t(220, y, title, 8, True); y -= 12
        for t in rows:
            doc.t(40, y, t["date"].strftime("%m/%d"), 8); doc.t(80, y, t["post"].strftime("%m/%d"), 8); doc.t(120, y, t["ref"], 8)
            for k, l in enumerate(t["desc_lines"]):
                doc.t(220, y - 10 * k, l, 8)
            doc.t(500 if t["amount"] > 0 else 570, y, fmt(abs(t["amount"])), 8, align="r")
            y -= 10 * len(t["desc_lines"]) + 2
        s = sum((abs(t["amount"]) for t in rows), D(0))
        doc.t(220, y, tot, 6.3, True); doc.t(500 if title in ("Payments", "Other Credits") else 570, y, "$" + fmt(s), 7.5, True, "r"); y -= 16
    doc.t(220, y, "Interest Charged", 8, True); y -= 12
    doc.t(220, y, "TOTAL INTEREST CHARGED FOR THIS PERIOD", 7.5, True); doc.t(570, y, "$0.00", 7.5, True, "r"); y -= 20
    doc.t(220, y, "New Balance Total", 8.5, True); doc.t(570, y, usd(newbal), 8.5, True, "r"); y -= 26
    doc.t(40, y, "2025 Totals Year-to-Date", 8, True); y -= 11
    doc.t(40, y, "Total fees charged in 2025", 7.5); doc.t(300, y, "$" + fmt(tf + D("0")), 7.5, align="r"); y -= 10
    doc.t(40, y, "Total interest charged in 2025", 7.5); doc.t(300, y, "$0.00", 7.5, align="r")
    doc.t(40, 44, "Wells Fargo Bank, N.A. Member FDIC. Visa is a registered trademark of Visa International Service Association.", 5.5)
    doc.c.showPage(); doc.c.save()
    write(stem, "im_us_wf_active_cash", "****7319", "USD", start, end, ob, cb, allt)


icici("im_in_icici_savings", 1901, 18)
icici("im_in_icici_savings__threepage", 1902, 46, per_page=40)
eib("im_ae_emirates_islamic", 1911, 16)
eib("im_ae_emirates_islamic__twopage", 1912, 44, per_page=36)
nordea("im_fi_nordea", 1921, 18)
nordea("im_fi_nordea__viesti", 1922, 24, viesti=True)
nordea("im_fi_nordea__overdraft", 1923, 14, od=True)
wfcard("im_us_wf_active_cash", 1931, 14)
wfcard("im_us_wf_active_cash__fx", 1932, 12, fx=True)
wfcard("im_us_wf_active_cash__credit", 1933, 8, credit=True)
