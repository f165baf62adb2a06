#!/usr/bin/python3
"""Generator ia: 6 untuned layouts from the Gulf and South Asia, base + variants, exact truth. Deterministic.

Al Rajhi Bank (SAR: English over Arabic column names, Date with the Hijri date beside it, Arabic merchant names drawn
right to left in visual order, Opening/Closing Balance rows), Bank Muscat (OMR, three decimals: Txn Date / Value Date /
Description / Debit / Credit / Balance, "Balance B/F" row), HBL (PKR: Date / Particulars / Cheque No / Withdrawal /
Deposit / Balance, "Opening Balance" row, 1,234,567.00), Dutch-Bangla Bank (BDT: Trn Date / Particulars / Instrument No
/ Debit / Credit / Balance "Cr"/"Dr"), Commercial Bank of Ceylon (LKR: Date dd/mm/yy / Description / Withdrawals /
Deposits / Balance), Nabil Bank (NPR: the Bikram Sambat date beside the AD date, Description / Debit / Credit / Balance).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import fmt, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ia/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def txns(rng, start, end, n, pool, credits, nd=2):
    """Random rows (amounts with nd decimals), one salary at most, sorted by date."""
    days = (end - start).days
    unit = 10 ** nd
    txs, paid = [], False
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.22:
            desc, lo, hi = rng.choice(credits); sg = 1
            if desc.startswith("SAL") or desc.startswith("Sal"):
                if paid: desc, lo, hi = credits[-1]
                paid = True
        else:
            desc, lo, hi = rng.choice(pool); sg = -1
        amt = (D(rng.randint(int(lo * unit), int(hi * unit))) / unit).quantize(D(1).scaleb(-nd)) * sg
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999)), "amount": amt})
    txs.sort(key=lambda t: t["date"])
    return txs


def sides(txs, fm, dcell, out="dr", inn="cr", bal=None, ob=None):
    """Table rows: the amount in the out or in column, the balance, and _prev (the balance before the row)."""
    rows, prev = [], ob
    for t in txs:
        r = dict(dcell(t)); r["desc"] = t["desc_lines"]; r["b"] = (bal or fm)(t["bal"])
        r[out if t["amount"] < 0 else inn] = fm(abs(t["amount"]))
        r["_prev"] = (bal or fm)(prev) if prev is not None else ""
        prev = t["bal"]
        rows.append(r)
    return rows


# ---------------------------------------------------------------- Arabic drawn as a right-to-left run in visual order
def _arabic(ch):
    return 0x0600 <= ord(ch) <= 0x06FF


def visual(s):
    """The logical-order string s as a page draws it left to right: each run of Arabic words (with the spaces between
    them) reversed in place, Latin and digits kept (a paragraph starting with Arabic is right to left: its runs also
    swap places)."""
    toks, cur, kind = [], "", None
    for ch in s:
        k = "A" if _arabic(ch) else ("S" if ch == " " else "L")
        if k == "S":
            cur += ch; continue
        if kind is None or k == kind:
            cur += ch; kind = k
        else:
            # trailing spaces belong to neither run: split them off
            body = cur.rstrip(" "); sp = cur[len(body):]
            toks.append((kind, body))
            if sp: toks.append(("S", sp))
            cur, kind = ch, k
    if cur:
        body = cur.rstrip(" "); sp = cur[len(body):]
        toks.append((kind, body))
        if sp: toks.append(("S", sp))
    toks = [(k, v[::-1] if k == "A" else v) for k, v in toks]
    if toks and toks[0][0] == "A":
        toks = toks[::-1]
    return "".join(v for _, v in toks)


# ---------------------------------------------------------------- 1 Al Rajhi Bank (SAR)
def hijri(d):
    jd = d.toordinal() + 1721425
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    dd = l - (709 * m) // 24
    y = 30 * n + j - 30
    return "%04d/%02d/%02d" % (y, m, dd)


def rajhi(stem, seed, n=22, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 7, 1), dt.date(2025, 7, 31)
    ob = D("24318.75")
    pool = [("شراء عبر نقاط البيع بنده للتجزئة", 35, 640), ("POS Purchase مطعم البيك RIYADH", 18, 95),
            ("Apple Pay مكتبة جرير JEDDAH", 40, 900), ("سداد فاتورة الشركة السعودية للكهرباء {r}", 150, 980),
            ("Local Transfer To مصرف الإنماء محمد العتيبي", 200, 5000), ("ATM Withdrawal صراف الراجحي OLAYA", 100, 3000),
            ("Internet Purchase NOON.COM RIYADH", 50, 1200), ("POS Purchase صيدلية النهدي DAMMAM", 12, 260),
            ("Local Transfer Fee رسوم تحويل", 0.5, 0.5)]
    cr = [("Salary Deposit وزارة التعليم MINISTRY OF EDUCATION", 14000, 19000), ("Incoming Transfer من فيصل الحربي SNB", 300, 4000)]
    txs = txns(rng, start, end, 40 if pages else n, pool, cr)
    for t in txs: t["desc_lines"] = wrap(t["desc"], 40)
    cb = running(txs, ob)
    dr, crs = sums(txs)
    seen = set()

    def dcell(t):
        # the Hijri date beside the Gregorian one: on every row, or (the two-page variant) on a day's first row only
        show = not pages or t["date"] not in seen
        seen.add(t["date"])
        return {"d": t["date"].strftime("%d/%m/%Y"), "h": hijri(t["date"]) if show else ""}

    rows = sides(txs, fmt, dcell, ob=ob)
    for r, t in zip(rows, txs):
        r["desc"] = [visual(l) for l in t["desc_lines"]]

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Al Rajhi Bank", 16, True); doc.t(W - 40, H - 46, visual("مصرف الراجحي"), 16, True, "r")
        doc.t(40, H - 60, "Account Statement", 10, True); doc.t(W - 40, H - 60, visual("كشف حساب"), 10, True, "r")
        doc.t(W / 2, H - 60, "Page %d of %d" % (p, np_), 7, align="c")
        if p == 1:
            lab = [("Customer Name", "NOURA SAAD AL-DOSARI"), ("Account Number", "SA52 8000 0301 6080 1098 7654"),
                   ("Account No.", "301608010987654"), ("Currency", "SAR"),
                   ("Statement Period", "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))]
            for k, (a, b) in enumerate(lab):
                doc.t(40, H - 84 - 11 * k, a, 7); doc.t(120, H - 84 - 11 * k, ": " + b, 7)
            doc.c.rect(330, H - 150, 225, 72)
            S = [("Opening Balance", "الرصيد الافتتاحي", fmt(ob)), ("Total Debits", "إجمالي المدين", fmt(dr)),
                 ("Total Credits", "إجمالي الدائن", fmt(crs)), ("Closing Balance", "الرصيد الختامي", fmt(cb))]
            for k, (a, b, v) in enumerate(S):
                doc.t(338, H - 92 - 14 * k, a, 7); doc.t(485, H - 92 - 14 * k, visual(b), 7, align="r")
                doc.t(548, H - 92 - 14 * k, v, 7, k == 3, "r")
            return H - 172
        doc.t(40, H - 76, "Account No. 301608010987654", 7)
        return H - 96

    ar = lambda s: visual(s)
    cols = [("Date\n" + ar("التاريخ"), 40, "l", "d"), ("", 88, "l", "h"), ("Description\n" + ar("البيان"), 140, "l", "desc"),
            ("Debit\n" + ar("مدين"), 405, "r", "dr"), ("Credit\n" + ar("دائن"), 480, "r", "cr"), ("Balance\n" + ar("الرصيد"), 555, "r", "b")]

    def top(doc, y):
        doc.t(140, y, "Opening Balance " + ar("الرصيد الافتتاحي"), 8, True); doc.t(555, y, fmt(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(140, y, "Carried Forward " + ar("رصيد مرحل"), 8, True); doc.t(555, y, r["b"], 8, True, "r")
        else:
            doc.t(140, y, "Brought Forward " + ar("رصيد منقول"), 8, True); doc.t(555, y, r["_prev"], 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(140, y, "Closing Balance " + ar("الرصيد الختامي"), 8, True); doc.t(555, y, fmt(cb), 8, True, "r")
        doc.t(40, y - 24, "This statement is issued electronically and does not require a signature or stamp.", 6)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 34, "Al Rajhi Banking & Investment Corp. C.R. 1010000096, P.O. Box 28, Riyadh 11411. Licensed by the Saudi Central Bank (SAMA).", 5.5)
        doc.t(40, 26, "alrajhibank.com.sa  |  920003344  |  " + ar("خدمة العملاء على مدار الساعة"), 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(28 if pages else 56), top_rows=[top],
           bottom=bottom, cf=(cf if pages else None))
    write(stem, "ia_sa_alrajhi", "****7654", "SAR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Bank Muscat (OMR, three decimals)
def muscat(stem, seed, n=22, pages=False, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("3412.085")
    f3 = lambda v: fmt(v, nd=3)
    pool = [("POS PURCHASE LULU HYPERMARKET MABELA", 3, 60), ("ATM WITHDRAWAL BM ATM AL MOUJ", 20, 200),
            ("BILL PAYMENT OOREDOO MOBILE {r}", 8, 25), ("NAMA SUPPLY ELECTRICITY A/C {r}", 15, 70),
            ("MOBILE TRANSFER TO SOHAR INTL BANK {r}", 25, 400), ("POS PURCHASE SHELL OMAN MARKETING AL KHOUD", 4, 20)]
    fxpool = [("E-COMMERCE AMAZON.AE DUBAI", "AED", D("0.10476")), ("POS PURCHASE CARREFOUR DUBAI MALL", "AED", D("0.10476")),
              ("E-COMMERCE BOOKING.COM AMSTERDAM", "EUR", D("0.43810"))]
    cr = [("SALARY CREDIT OMAN LNG LLC JUN 2025", 1600, 2200), ("ACH CREDIT FROM MAJID AL RAWAHI", 10, 150)]
    txs = txns(rng, start, end, 44 if pages else n, pool, cr, nd=3)
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 38)
        if fx and t["amount"] < 0 and rng.random() < 0.35:
            d, c, rate = rng.choice(fxpool)
            fam = D(rng.randint(2000, 90000)) / 100
            t["amount"] = -(fam * rate).quantize(D("0.001"))
            t["desc_lines"] = wrap(d, 38) + ["%s %s @ %s" % (c, fmt(fam), rate)]
    cb = running(txs, ob)
    dr, crs = sums(txs)

    def dcell(t):
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
        return {"d": t["date"].strftime("%d/%m/%Y"), "vd": min(vd, end).strftime("%d/%m/%Y")}

    rows = sides(txs, f3, dcell, ob=ob)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "bankmuscat", 20, True); doc.t(40, H - 58, "Bank Muscat (SAOG)", 7)
        doc.t(W - 40, H - 40, "STATEMENT OF ACCOUNT", 11, True, "r")
        doc.t(W - 40, H - 52, "Period : %s to %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8, align="r")
        doc.t(W - 40, H - 63, "Page %d of %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 84, "MR. KHALID NASSER AL SIYABI", 8, True); doc.t(40, H - 95, "P.O. BOX 711, PC 130", 8)
            doc.t(40, H - 106, "AZAIBA, MUSCAT, SULTANATE OF OMAN", 8)
            lab = [("Account Number", "0423 0567 8912 0018"), ("Account Type", "AL WAFIR SAVINGS ACCOUNT"), ("Currency", "OMR"),
                   ("Branch", "AL AZAIBA")]
            for k, (a, b) in enumerate(lab):
                doc.t(330, H - 84 - 11 * k, a, 7.5); doc.t(410, H - 84 - 11 * k, ": " + b, 7.5)
            return H - 150
        doc.t(40, H - 80, "Account Number : 0423 0567 8912 0018", 7.5)
        return H - 98

    cols = [("Txn Date", 40, "l", "d"), ("Value Date", 92, "l", "vd"), ("Description", 146, "l", "desc"), ("Debit", 405, "r", "dr"),
            ("Credit", 480, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(146, y, "Balance B/F", 8); doc.t(555, y, f3(ob), 8, align="r")
        return y - 13

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(146, y, "Balance C/F", 8, True); doc.t(555, y, r["b"], 8, True, "r")
        else:
            doc.t(146, y, "Balance B/F", 8); doc.t(555, y, r["_prev"], 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(146, y - 4, "Total", 8, True); doc.t(405, y - 4, f3(dr), 8, True, "r"); doc.t(480, y - 4, f3(crs), 8, True, "r")
        doc.t(146, y - 17, "Closing Balance", 8, True); doc.t(555, y - 17, f3(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 42, "Bank Muscat (SAOG), P.O. Box 134, Ruwi, PC 112, Sultanate of Oman. Call Centre 24795555. www.bankmuscat.com", 5.5)
        doc.t(40, 34, "Please examine this statement; if no error is reported within 15 days it will be considered correct.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(24 if pages else 52), top_rows=[top],
           bottom=bottom, cf=(cf if pages else None))
    write(stem, "ia_om_bankmuscat", "****0018", "OMR", start, end, ob, cb, txs, nd=3)


# ---------------------------------------------------------------- 3 HBL (PKR)
def hbl(stem, seed, n=22, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("1284560.40")
    pool = [("ATM CASH WITHDRAWAL HBL ATM GULBERG LHR", 5000, 50000), ("IBFT TO MEEZAN BANK A/C 0102{r}", 10000, 250000),
            ("K-ELECTRIC BILL PAYMENT REF {r}", 4000, 28000), ("POS PURCHASE IMTIAZ SUPER MARKET", 2000, 35000),
            ("CHEQUE PAID", 15000, 400000), ("SUI NORTHERN GAS BILL {r}", 1200, 9000), ("WITHHOLDING TAX 236P", 90, 600)]
    cr = [("SALARY ENGRO CORPORATION LIMITED", 350000, 520000), ("IBFT FROM UBL AHMED RAZA", 5000, 150000),
          ("PROFIT CREDIT", 800, 4000)]
    txs = txns(rng, start, end, 46 if pages else n, pool, cr)
    chq = {}
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 36)
        if t["desc"] == "CHEQUE PAID": chq[id(t)] = str(rng.randint(10000000, 10999999))
    cb = running(txs, ob)
    rows = sides(txs, fmt, lambda t: {"d": t["date"].strftime("%d-%b-%Y").upper(), "q": chq.get(id(t), "")},
                 out="w", inn="dp", ob=ob)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "HBL", 22, True); doc.t(90, H - 44, "Habib Bank Limited", 8)
        doc.t(W - 40, H - 40, "Account Statement", 11, True, "r")
        doc.t(W - 40, H - 52, "Page %d of %d" % (p, np_), 7, align="r")
        doc.t(40, H - 66, "Account No: 0012-79012345-03", 8, True)
        doc.t(W - 40, H - 66, "From: %s  To: %s" % (start.strftime("%d-%b-%Y").upper(), end.strftime("%d-%b-%Y").upper()), 8, align="r")
        if p == 1:
            doc.t(40, H - 86, "MUHAMMAD USMAN TARIQ", 8, True); doc.t(40, H - 97, "HOUSE 14, STREET 7, F-8/3", 8); doc.t(40, H - 108, "ISLAMABAD", 8)
            lab = [("Branch", "0124 JINNAH AVENUE ISLAMABAD"), ("Account Title", "MUHAMMAD USMAN TARIQ"), ("Currency", "PKR"),
                   ("IBAN", "PK36HABB0000127901234503")]
            for k, (a, b) in enumerate(lab):
                doc.t(320, H - 86 - 11 * k, a, 7.5); doc.t(385, H - 86 - 11 * k, ": " + b, 7.5)
            return H - 140
        return H - 86

    cols = [("Date", 40, "l", "d"), ("Particulars", 100, "l", "desc"), ("Cheque No", 285, "l", "q"), ("Withdrawal", 410, "r", "w"),
            ("Deposit", 482, "r", "dp"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d-%b-%Y").upper(), 8); doc.t(100, y, "Opening Balance", 8, True); doc.t(555, y, fmt(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        dr, crs = sums(txs)
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(100, y - 4, "Closing Balance", 8, True); doc.t(555, y - 4, fmt(cb), 8, True, "r")
        doc.t(100, y - 18, "Total Withdrawals: %s    Total Deposits: %s" % (fmt(dr), fmt(crs)), 7)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 42, "HBL is regulated by the State Bank of Pakistan. HBL PhoneBanking 111-111-425. www.hbl.com", 5.5)
        doc.t(40, 34, "The items and balances shown above will be considered correct if the Bank is not notified of any discrepancy within 15 days.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(32 if pages else 54), top_rows=[top], bottom=bottom)
    write(stem, "ia_pk_hbl", "****4503", "PKR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Dutch-Bangla Bank (BDT, Cr/Dr balances)
def dbbl(stem, seed, n=22, od=False, long=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("-18450.00") if od else D("245780.50")
    pool = [("ATM WDL DBBL ATM DHANMONDI 27", 2000, 20000), ("NPSB TRANSFER TO BRAC BANK {r}", 3000, 60000),
            ("DESCO PREPAID METER RECHARGE {r}", 1000, 5000), ("POS SHWAPNO GULSHAN", 800, 9000),
            ("CHEQUE WITHDRAWAL", 10000, 80000), ("BEFTN DR GRAMEENPHONE LTD", 500, 3000), ("SMS ALERT CHARGE", 28.75, 28.75)]
    if long:
        pool += [("FUND TRANSFER THROUGH NEXUSPAY TO BKASH WALLET 01712{r} FOR HOUSEHOLD EXPENSES APRIL", 1000, 15000),
                 ("BEFTN OUTWARD TO ISLAMI BANK BANGLADESH PLC A/C 2050{r} TUITION FEE NORTH SOUTH UNIVERSITY", 20000, 90000)]
    if od: pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
    cr = [("SALARY BEXIMCO PHARMACEUTICALS LTD", 80000, 140000), ("BEFTN CR FROM CITY BANK RAHIM UDDIN", 2000, 40000)]
    if od: cr = [("BEFTN CR FROM CITY BANK RAHIM UDDIN", 2000, 40000)]
    txs = txns(rng, start, end, n, pool, cr)
    inst = {}
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 34)
        if t["desc"] == "CHEQUE WITHDRAWAL": inst[id(t)] = "CHQ%07d" % rng.randint(1000000, 9999999)
    cb = running(txs, ob)
    crdr = lambda v: fmt(abs(v)) + (" Dr" if v < 0 else " Cr")
    rows = sides(txs, fmt, lambda t: {"d": t["date"].strftime("%d/%m/%Y"), "i": inst.get(id(t), "")}, bal=crdr, ob=ob)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "DUTCH-BANGLA BANK PLC", 14, True); doc.t(40, H - 57, "Your Trusted Partner", 7)
        doc.t(W - 40, H - 40, "STATEMENT OF ACCOUNT", 11, True, "r")
        doc.t(W - 40, H - 52, "Page %d of %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 82, "MD. TANVIR HASAN", 8, True); doc.t(40, H - 93, "HOUSE 32, ROAD 9/A, DHANMONDI R/A", 8); doc.t(40, H - 104, "DHAKA-1209", 8)
            lab = [("Account No", "117.110.23456"), ("Account Type", "SAVINGS ACCOUNT (GENERAL)"), ("Currency", "BDT"),
                   ("Branch", "DHANMONDI BRANCH"), ("Period", "%s TO %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"))),
                   ("Opening Balance", crdr(ob)), ("Closing Balance", crdr(cb))]
            for k, (a, b) in enumerate(lab):
                doc.t(320, H - 82 - 11 * k, a, 7.5); doc.t(400, H - 82 - 11 * k, ": " + b, 7.5)
            return H - 172
        return H - 80

    cols = [("Trn Date", 40, "l", "d"), ("Particulars", 96, "l", "desc"), ("Instrument No", 262, "l", "i"), ("Debit", 405, "r", "dr"),
            ("Credit", 475, "r", "cr"), ("Balance", 555, "r", "b")]

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(96, y - 4, "Total", 8, True); doc.t(405, y - 4, fmt(dr), 8, True, "r"); doc.t(475, y - 4, fmt(crs), 8, True, "r")
        return y - 18

    def footer(doc, p, np_):
        doc.t(40, 42, "Dutch-Bangla Bank PLC, Head Office: Sena Kalyan Bhaban (4th Floor), 195 Motijheel C/A, Dhaka-1000. Call Centre 16216.", 5.5)
        doc.t(40, 34, "This is a system generated statement. Please report any discrepancy within 15 days of receipt.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=54, bottom=bottom)
    write(stem, "ia_bd_dbbl", "****3456", "BDT", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 Commercial Bank of Ceylon (LKR, dd/mm/yy)
def combank(stem, seed, n=22, pages=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 9, 1), dt.date(2025, 9, 30)
    ob = D("8240.15") if od else D("214360.80")
    pool = [("ATM WITHDRAWAL COMBANK MAHARAGAMA", 2000, 20000), ("CEB ONLINE PAYMENT {r}", 1500, 9500),
            ("CEFT OUTWARD PEOPLES BANK {r}", 2500, 40000), ("POS CARGILLS FOOD CITY NUGEGODA", 700, 14000),
            ("SLT MOBITEL BILL {r}", 1000, 4500), ("STANDING ORDER AIA INSURANCE LANKA", 6500, 6500)]
    if od: pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
    cr = [("SALARY DIALOG AXIATA PLC SEP 2025", 180000, 260000), ("CEFT INWARD SAMPATH BANK S JAYASINGHE", 1000, 25000),
          ("INTEREST CREDIT", 20, 300)]
    if od: cr = [("CEFT INWARD SAMPATH BANK S JAYASINGHE", 1000, 25000)]
    txs = txns(rng, start, end, 48 if pages else n, pool, cr)
    for t in txs: t["desc_lines"] = wrap(t["desc"], 38)
    cb = running(txs, ob)
    dr, crs = sums(txs)
    rows = sides(txs, fmt, lambda t: {"d": t["date"].strftime("%d/%m/%y")}, out="w", inn="dp", ob=ob)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Commercial Bank", 15, True); doc.t(40, H - 57, "Commercial Bank of Ceylon PLC", 7)
        doc.t(W - 40, H - 40, "Statement of Account", 11, True, "r")
        doc.t(W - 40, H - 52, "Page %d of %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 70, "Account No : 1190 0345 6789", 8)
        doc.t(W - 40, H - 70, "Period : %s - %s" % (start.strftime("%d/%m/%y"), end.strftime("%d/%m/%y")), 8, align="r")
        if p == 1:
            doc.t(40, H - 90, "MRS. H. M. NILUKA SENANAYAKE", 8, True); doc.t(40, H - 101, "27/3, TEMPLE LANE", 8); doc.t(40, H - 112, "NUGEGODA", 8)
            doc.c.rect(330, H - 150, 225, 66)
            S = [("Balance as at %s" % start.strftime("%d/%m/%y"), fmt(ob)), ("Total Withdrawals", fmt(dr)), ("Total Deposits", fmt(crs)),
                 ("Balance as at %s" % end.strftime("%d/%m/%y"), fmt(cb))]
            for k, (a, b) in enumerate(S):
                doc.t(338, H - 98 - 12 * k, a, 7.5); doc.t(548, H - 98 - 12 * k, b, 7.5, k == 3, "r")
            doc.t(40, H - 140, "Currency : LKR    Account Type : SAVINGS - ISURU", 7.5)
            return H - 172
        return H - 92

    cols = [("Date", 40, "l", "d"), ("Description", 95, "l", "desc"), ("Withdrawals", 400, "r", "w"), ("Deposits", 475, "r", "dp"),
            ("Balance", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 42, "Commercial Bank of Ceylon PLC, Commercial House, 21 Sir Razik Fareed Mawatha, Colombo 01. 24 hour call centre +94 11 2353353.", 5.5)
        doc.t(40, 34, "Licensed Commercial Bank supervised by the Central Bank of Sri Lanka. Eligible deposits are insured up to Rs. 1,100,000.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(26 if pages else 52))
    write(stem, "ia_lk_combank", "****6789", "LKR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Nabil Bank (NPR, Bikram Sambat beside AD)
BS_2082 = [(dt.date(2025, 4, 14), 1, 31), (dt.date(2025, 5, 15), 2, 31), (dt.date(2025, 6, 15), 3, 32), (dt.date(2025, 7, 17), 4, 31)]


def bs(d):
    """The Bikram Sambat date of an AD date in Baishakh to Shrawan 2082 (2025-04-14 to 2025-08-16)."""
    for first, m, days in BS_2082:
        if first <= d < first + dt.timedelta(days=days):
            return "2082-%02d-%02d" % (m, (d - first).days + 1)
    raise ValueError(d)


def nabil(stem, seed, n=22, pages=False, bsfirst=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("186245.30")
    pool = [("ATM WDL NABIL ATM DURBARMARG", 2000, 25000), ("FONEPAY QR PAYMENT BHAT-BHATENI SUPERSTORE", 500, 12000),
            ("CONNECTIPS TRF TO NIC ASIA {r}", 3000, 60000), ("NEA ELECTRICITY BILL SC NO {r}", 800, 4500),
            ("NTC POSTPAID BILL 98510{r}", 500, 2500), ("ESEWA LOAD 98410{r}", 1000, 10000), ("SMS BANKING CHARGE", 100, 100)]
    cr = [("SALARY CREDIT NCELL AXIATA LTD JESTHA", 120000, 180000), ("FONEPAY TRANSFER FROM SITA SHRESTHA", 1000, 20000),
          ("INTEREST CAPITALISED", 150, 900)]
    txs = txns(rng, start, end, 46 if pages else n, pool, cr)
    for t in txs: t["desc_lines"] = wrap(t["desc"], 40)
    cb = running(txs, ob)
    dr, crs = sums(txs)
    rows = sides(txs, fmt, lambda t: {"ad": t["date"].isoformat(), "bs": bs(t["date"])}, ob=ob)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "NABIL BANK", 17, True); doc.t(40, H - 57, "Nabil Bank Limited", 7)
        doc.t(W - 40, H - 40, "Customer Account Statement", 11, True, "r")
        doc.t(W - 40, H - 52, "Page %d of %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 80, "RAJESH KUMAR SHRESTHA", 8, True); doc.t(40, H - 91, "BALUWATAR-4, KATHMANDU", 8); doc.t(40, H - 102, "BAGMATI PROVINCE, NEPAL", 8)
            lab = [("Account Number", "0101017654321"), ("Account Name", "RAJESH KUMAR SHRESTHA"), ("Product", "NABIL SMART SAVINGS"),
                   ("Currency", "NPR"), ("From Date", "%s (%s BS)" % (start.isoformat(), bs(start))),
                   ("To Date", "%s (%s BS)" % (end.isoformat(), bs(end)))]
            for k, (a, b) in enumerate(lab):
                doc.t(315, H - 80 - 11 * k, a, 7.5); doc.t(390, H - 80 - 11 * k, ": " + b, 7.5)
            doc.c.rect(40, H - 172, 515, 26)
            S = [("Opening Balance", fmt(ob)), ("Total Debit", fmt(dr)), ("Total Credit", fmt(crs)), ("Closing Balance", fmt(cb))]
            for k, (a, b) in enumerate(S):
                doc.t(48 + 128 * k, H - 156, a, 7, True); doc.t(48 + 128 * k, H - 167, b, 7.5)
            return H - 192
        doc.t(40, H - 74, "Account Number : 0101017654321", 7.5)
        return H - 92

    if bsfirst:
        dcols = [("Date (BS)", 40, "l", "bs"), ("Date (AD)", 95, "l", "ad")]
    else:
        dcols = [("Date (AD)", 40, "l", "ad"), ("Date (BS)", 95, "l", "bs")]
    cols = dcols + [("Description", 152, "l", "desc"), ("Debit", 405, "r", "dr"), ("Credit", 480, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(152, y, "OPENING BALANCE", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(152, y - 4, "CLOSING BALANCE", 8, True); doc.t(555, y - 4, fmt(cb), 8, True, "r")
        return y - 18

    def footer(doc, p, np_):
        doc.t(40, 42, "Nabil Bank Limited, Nabil Center, Beena Marg, Durbarmarg, Kathmandu, Nepal. 24x7 Contact Center 01-5970015. www.nabilbank.com", 5.5)
        doc.t(40, 34, "This is a computer generated statement and does not require any signature.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(28 if pages else 52), top_rows=[top], bottom=bottom)
    write(stem, "ia_np_nabil", "****4321", "NPR", start, end, ob, cb, txs)


P = "ia_"
rajhi(P + "sa_alrajhi", 11)
rajhi(P + "sa_alrajhi__pages", 12, pages=True)
muscat(P + "om_bankmuscat", 21)
muscat(P + "om_bankmuscat__pages", 22, pages=True)
muscat(P + "om_bankmuscat__fx", 23, fx=True)
hbl(P + "pk_hbl", 31)
hbl(P + "pk_hbl__pages", 32, pages=True)
dbbl(P + "bd_dbbl", 41)
dbbl(P + "bd_dbbl__overdraft", 42, od=True)
dbbl(P + "bd_dbbl__long", 43, long=True)
combank(P + "lk_combank", 51)
combank(P + "lk_combank__pages", 52, pages=True)
combank(P + "lk_combank__overdraft", 53, od=True)
nabil(P + "np_nabil", 61)
nabil(P + "np_nabil__pages", 62, pages=True)
nabil(P + "np_nabil__bsfirst", 63, bsfirst=True)
