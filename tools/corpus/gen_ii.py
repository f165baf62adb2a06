#!/usr/bin/python3
"""Generator ii: 5 unseen Southeast Asian layouts x (base + one-change variants), exact truth. Deterministic.

Vietcombank (Ngày GD / Số tham chiếu / Số tiền ghi nợ / Số tiền ghi có / Số dư / Nội dung chi tiết, English under the
Vietnamese, Số dư đầu kỳ / cuối kỳ rows in the table; a long-description and a comma-thousands variant), Techcombank
(Ngày giao dịch / Đối tác / Diễn giải / Nợ/Debit / Có/Credit / Số dư/Balance, a counterparty column; a two-page
variant), Bangkok Bank (Date / Description / Withdrawal / Deposit / Balance / Channel, B/F row; a Thai-header and a
multi-page variant), BDO Unibank (Posting Date / Description / Check No. / Debit / Credit / Running Balance, Beginning
Balance row; a multi-page and an overdraft-line variant), BRI (Tanggal Transaksi / Uraian Transaksi / Teller / Debet /
Kredit / Saldo, "1.234.567,00", Saldo Awal / Saldo Akhir in a box under the table; a multi-page and a no-time variant).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from corpus_kit import Doc, fmt, render, row_truth_writer, running, sums, wrap

pdfmetrics.registerFont(TTFont("TH", "/usr/share/fonts/truetype/tlwg/Garuda.ttf"))
pdfmetrics.registerFont(TTFont("THB", "/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf"))

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ii/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def txns(rng, start, end, n, pool, credits, step=1, pcr=0.22):
    """Rows of random dates and amounts: pool/credits items (desc, lo, hi); amounts multiples of step (in units)."""
    days = (end - start).days
    out = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pcr:
            it = rng.choice(credits); s = 1
        else:
            it = rng.choice(pool); s = -1
        desc, lo, hi = it[0], it[1], it[2]
        if step >= 1:
            a = D(rng.randint(int(lo // step), int(hi // step)) * step)
        else:
            a = D(rng.randint(int(lo * 100), int(hi * 100))) / 100
        if a == 0:
            s = 1
        out.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999), n=rng.randint(10 ** 9, 10 ** 10 - 1)),
                    "amount": a * s, "extra": it[3:] if len(it) > 3 else ()})
    out.sort(key=lambda t: t["date"])
    return out


# ---------------------------------------------------------------- 1 Vietcombank
def vcb(stem, seed, n, long=False, comma=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("42815500")
    th = "," if comma else "."
    v = lambda x: fmt(x, th, ".", nd=0)
    pool = [("Thanh toan QR-GS25 NGUYEN TRAI-{r}", 20000, 250000), ("Rut tien mat tai ATM VCB 0452 - Dong Da", 500000, 5000000),
            ("MBVCB.{n}.chuyen tien nha thang 5.CT tu 1012345678 PHAM QUOC BAO toi 0451000123456 PHAM THI HOA", 2000000, 8000000),
            ("Thanh toan hoa don EVNHANOI PD{r}", 300000, 1500000), ("SHOPEEPAY thanh toan don hang {r}", 50000, 900000)]
    cr = [("CONG TY CP CONG NGHE VIETTEL chuyen luong T4/2025 cho PHAM QUOC BAO", 18000000, 32000000),
          ("IBFT TRAN MINH DUC chuyen tra tien an trua", 100000, 600000), ("Hoan tien giao dich the {r}", 30000, 300000)]
    if long:
        pool.append(("MBVCB.{n}.Thanh toan hoc phi ky 2 nam hoc 2024-2025 cho con PHAM MINH KHOI lop 5A2 truong Tieu hoc Nguyen Du ma HS 0012784 qua cong VNPAY", 3000000, 9000000))
        cr.append(("CTY TNHH BAO HIEM NHAN THO PRUDENTIAL VIET NAM chi tra quyen loi bao hiem hop dong so 7712094 dot 2 cho PHAM QUOC BAO theo ho so 2025/04/118", 1000000, 5000000))
    txs = txns(rng, start, end, n, pool, cr, step=1000)
    txs.append({"date": end, "desc": "Phi SMS Banking thang 05/2025", "amount": D("-11000")})
    txs.append({"date": end, "desc": "Lai nhap von", "amount": D("3568")})
    cb = running(txs, ob)
    width = 40
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], width)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "ref": "%d - %05d" % (rng.randint(5000, 5999), rng.randint(0, 99999)),
             "desc": t["desc_lines"], "b": v(t["bal"])}
        r["db" if t["amount"] < 0 else "cr"] = v(abs(t["amount"]))
        rows.append(r)
    tdb, tcr = sums(txs)
    X = dict(d=40, ref=92, db=232, cr=298, b=366, desc=376)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 42, "Vietcombank", 17, True); doc.t(40, H - 53, "NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM", 6.5)
        doc.t(555, H - 40, "Trang %d/%d" % (p, np_), 7, align="r")
        if p > 1:
            return H - 80
        doc.t(doc.W / 2, H - 82, "SAO KÊ TÀI KHOẢN", 13, True, "c"); doc.t(doc.W / 2, H - 94, "STATEMENT OF ACCOUNT", 9, False, "c")
        doc.t(doc.W / 2, H - 106, "Từ ngày / From: %s   Đến ngày / To: %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8, False, "c")
        L = [("Tên tài khoản / Account name:", "PHẠM QUỐC BẢO"), ("Số tài khoản / Account number:", "1012345678"),
             ("Loại tiền / Currency:", "VND"), ("Chi nhánh / Branch:", "VCB Thành Công")]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 130 - 11 * i, a, 8); doc.t(185, H - 130 - 11 * i, b, 8, True)
        doc.t(360, H - 130, "Tổng phát sinh nợ / Total debit", 7.5); doc.t(555, H - 130, v(tdb), 7.5, True, "r")
        doc.t(360, H - 141, "Tổng phát sinh có / Total credit", 7.5); doc.t(555, H - 141, v(tcr), 7.5, True, "r")
        doc.t(360, H - 152, "Số giao dịch / Transactions", 7.5); doc.t(555, H - 152, str(len(txs)), 7.5, True, "r")
        return H - 190

    cols = [("Ngày GD\nTrans. Date", X["d"], "l", "d"), ("Số tham chiếu\nReference No.", X["ref"], "l", "ref"),
            ("Số tiền ghi nợ\nDebit", X["db"], "r", "db"), ("Số tiền ghi có\nCredit", X["cr"], "r", "cr"),
            ("Số dư\nBalance", X["b"], "r", "b"), ("Nội dung chi tiết\nTransactions in detail", X["desc"], "l", "desc")]

    def top(doc, y):
        doc.t(40, y, "Số dư đầu kỳ / Opening balance", 8, True); doc.t(X["b"], y, v(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 8, 555, y + 8)
        doc.t(40, y - 2, "Số dư cuối kỳ / Closing balance", 8, True); doc.t(X["b"], y - 2, v(cb), 8, True, "r")
        return y - 14

    def footer(doc, p, np_):
        doc.t(40, 40, "Ngân hàng TMCP Ngoại thương Việt Nam - 198 Trần Quang Khải, Hoàn Kiếm, Hà Nội. Hotline 1900 54 54 13.", 5.5)
        doc.t(40, 32, "Sao kê được in từ hệ thống VCB Digibank và không cần chữ ký, con dấu. / This statement is system-generated.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=44, top_rows=[top], bottom=bottom)
    write(stem, "ii_vn_vietcombank", "1012345678", "VND", start, end, ob, cb, txs, nd=0)


# ---------------------------------------------------------------- 2 Techcombank (counterparty column)
def tcb(stem, seed, n, per_page=40):
    rng = random.Random(seed)
    start, end = dt.date(2025, 7, 1), dt.date(2025, 7, 31)
    ob = D("9684200")
    vnd = lambda x: fmt(x, ",", ".", nd=0)
    people = [("NGUYEN THU HANG", "0451000234567", "VCB"), ("CONG TY TNHH MOT THANH VIEN DIEN LUC HCM", "102010001234", "VIETINBANK"),
              ("TRAN DUC THANG", "19034455667788", "TCB"), ("SHOPEE PAY", "", ""), ("LE HOANG NAM", "0071000887766", "VCB")]
    pool = [("Chuyen tien tien nha thang 7", 3000000, 7000000, 0), ("Thanh toan hoa don dien ma KH PE0400{r}", 300000, 1500000, 1),
            ("Chuyen tien an uong", 50000, 800000, 2), ("Thanh toan don hang {r}", 40000, 900000, 3)]
    cr = [("LE HOANG NAM chuyen tien tra no", 500000, 4000000, 4), ("CONG TY CP FPT TELECOM tra luong thang 6/2025", 21000000, 26000000, -1)]
    txs = txns(rng, start, end, n, pool, cr, step=1000)
    for t in txs:
        k = t["extra"][0]
        if k < 0:
            t["cp"] = wrap("CONG TY CO PHAN VIEN THONG FPT", 22) + ["0071001122334 VCB"]
        else:
            nm, ac, bk = people[k]
            t["cp"] = wrap(nm, 22) + ([ac + " " + bk] if ac else [])
    txs.append({"date": dt.date(2025, 7, 25), "desc": "Phi duy tri tai khoan thang 07/2025", "amount": D("-22000"), "cp": []})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        dl = wrap(t["desc"], 30)
        # the counterparty's lines over the details' lines, side by side; the truth reads counterparty then details
        t["desc_lines"] = t["cp"] + dl
        nl = max(len(t["cp"]), len(dl), 1)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": [""] * nl, "cpl": t["cp"], "dl": dl, "b": vnd(t["bal"])}
        r["db" if t["amount"] < 0 else "cr"] = vnd(abs(t["amount"]))
        rows.append(r)
    tdb, tcr = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "TECHCOMBANK", 16, True); doc.t(40, H - 55, "Vượt trội mỗi ngày", 6.5)
        doc.t(555, H - 40, "SAO KÊ TÀI KHOẢN THANH TOÁN", 10, True, "r"); doc.t(555, H - 52, "CURRENT ACCOUNT STATEMENT", 8, False, "r")
        doc.t(555, H - 64, "Trang/Page: %d/%d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 78, "Số tài khoản/Account No.: 19036718820042", 7.5)
            return H - 100
        doc.t(40, H - 80, "Khách hàng/Customer: TRAN THI KIM OANH", 8)
        doc.t(40, H - 91, "Địa chỉ/Address: 45 PHAN XICH LONG, PHUONG 2, QUAN PHU NHUAN, TP HCM", 8)
        doc.t(40, H - 102, "Số tài khoản/Account No.: 19036718820042", 8)
        doc.t(40, H - 113, "Loại tiền/Currency: VND", 8)
        doc.t(40, H - 124, "Kỳ sao kê/Period: %s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
        doc.c.rect(340, H - 150, 215, 60)
        S = [("Số dư đầu kỳ/Opening balance", vnd(ob)), ("Tổng ghi nợ/Total debit", vnd(tdb)), ("Tổng ghi có/Total credit", vnd(tcr)),
             ("Số dư cuối kỳ/Closing balance", vnd(cb))]
        for i, (a, b) in enumerate(S):
            doc.t(346, H - 102 - 11 * i, a, 7); doc.t(550, H - 102 - 11 * i, b, 7, True, "r")
        return H - 172

    cols = [("Ngày giao dịch\nTransaction Date", 40, "l", "d"), ("Đối tác\nRemitter", 116, "l", "cpx"),
            ("Diễn giải\nDetails", 230, "l", "desc"), ("Nợ/Debit", 418, "r", "db"), ("Có/Credit", 484, "r", "cr"),
            ("Số dư/Balance", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 36, "Ngân hàng TMCP Kỹ Thương Việt Nam - 6 Quang Trung, Hoàn Kiếm, Hà Nội. Hotline 1800 588 822 / +84 24 3944 6699.", 5.5)
        doc.t(40, 28, "Quý khách vui lòng thông báo cho Techcombank mọi sai sót trong vòng 15 ngày kể từ ngày nhận sao kê.", 5.5)

    _render_two_text(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page, totals={"db": vnd(tdb), "cr": vnd(tcr)})
    write(stem, "ii_vn_techcombank", "19036718820042", "VND", start, end, ob, cb, txs, nd=0)


def _render_two_text(path, size, header, cols, rows, footer, per_page, lh=10, totals=None):
    """render() with two text columns: "cpl" lines under the column keyed "cpx", "dl" lines under "desc"."""
    for r in rows:
        r["_dl"] = r.pop("dl"); r["_cp"] = r.pop("cpl")
    cols2 = [(t, x, a, k) for (t, x, a, k) in cols]

    def hook(doc, pno, np_):
        return header(doc, pno, np_)

    from corpus_kit import paginate_lines
    pages = paginate_lines(rows, per_page, per_page + 8)
    doc = Doc(path, size)
    for pi, pr in enumerate(pages):
        y = hook(doc, pi + 1, len(pages))
        for (title, x, al, key) in cols2:
            for k, tl in enumerate(title.split("\n")):
                doc.t(x, y - k * 9, tl, 7.5, True, al)
        y -= 9 * 2 + 4
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        for r in pr:
            for (title, x, al, key) in cols2:
                if key == "cpx":
                    for k, l in enumerate(r["_cp"]): doc.t(x, y - k * lh, l, 7.5, False, al)
                elif key == "desc":
                    for k, l in enumerate(r["_dl"]): doc.t(x, y - k * lh, l, 7.5, False, al)
                elif key in r:
                    doc.t(x, y, r[key], 7.5, False, al)
            y -= lh * len(r["desc"]) + 3
        if pi == len(pages) - 1:
            doc.c.line(40, y + 6, doc.W - 40, y + 6)
            doc.t(230, y - 4, "Tổng cộng/Total", 7.5, True)
            for (title, x, al, key) in cols2:
                if totals and key in totals:
                    doc.t(x, y - 4, totals[key], 7.5, True, al)
        footer(doc, pi + 1, len(pages))
        doc.c.showPage()
    doc.c.save()


# ---------------------------------------------------------------- 3 Bangkok Bank
def bbl(stem, seed, n, thai=False, per_page=40, ob=D("58240.75")):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    pool = [("TRF TO OTH BK", 500, 9000, "mBanking"), ("ATM WITHDRAWAL", 500, 10000, "ATM"), ("PROMPTPAY TRF", 50, 3000, "mBanking"),
            ("BILL PAYMENT", 300, 4000, "mBanking"), ("DEBIT CARD SPENDING", 80, 2500, "EDC"), ("CHQ PAID", 2000, 20000, "CLEARING")]
    cr = [("SALARY", 35000, 48000, "AUTO"), ("TRF FR OTH BK", 300, 12000, "mBanking"), ("CASH DEPOSIT", 1000, 20000, "COUNTER"),
          ("PROMPTPAY RECEIVED", 100, 5000, "mBanking")]
    txs = txns(rng, start, end, n, pool, cr, step=0.01)
    for t in txs:
        t["ch"] = t["extra"][0]
    txs.append({"date": end, "desc": "INTEREST", "amount": D("12.48"), "ch": "AUTO"})
    txs.append({"date": end, "desc": "WITHHOLDING TAX", "amount": D("-1.87"), "ch": "AUTO"})
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        r = {"d": t["date"].strftime("%d/%m/%y"), "desc": t["desc_lines"], "b": fmt(t["bal"]), "ch": t["ch"]}
        r["w" if t["amount"] < 0 else "dp"] = fmt(abs(t["amount"]))
        rows.append(r)
    tw, td = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 44, "Bangkok Bank", 17, True); doc.t(40, H - 55, "ธนาคารกรุงเทพ", 7)
        doc.t(555, H - 40, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(555, H - 52, "Page %d/%d" % (p, np_), 7.5, align="r")
        doc.t(360, H - 76, "Account Number", 7.5); doc.t(555, H - 76, "123-4-56789-0", 7.5, True, "r")
        doc.t(360, H - 87, "Account Type", 7.5); doc.t(555, H - 87, "SAVINGS", 7.5, True, "r")
        doc.t(360, H - 98, "Period", 7.5); doc.t(555, H - 98, "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 7.5, True, "r")
        doc.t(360, H - 109, "Currency", 7.5); doc.t(555, H - 109, "THB", 7.5, True, "r")
        if p == 1:
            doc.t(40, H - 76, "MR. SOMCHAI JAIDEE", 8); doc.t(40, H - 87, "99/12 SOI SUKHUMVIT 39", 8)
            doc.t(40, H - 98, "KHLONG TAN NUEA, WATTHANA", 8); doc.t(40, H - 109, "BANGKOK 10110", 8)
            doc.t(40, H - 128, "Branch: 0123 THONG LO", 7.5)
        return H - 150

    if thai:
        cols = [("วันที่", 40, "l", "d"), ("รายการ", 95, "l", "desc"), ("ถอนเงิน", 300, "r", "w"), ("ฝากเงิน", 375, "r", "dp"),
                ("ยอดคงเหลือ", 460, "r", "b"), ("ช่องทาง", 480, "l", "ch")]
        bf = "ยอดยกมา"
    else:
        cols = [("Date", 40, "l", "d"), ("Description", 95, "l", "desc"), ("Withdrawal", 300, "r", "w"), ("Deposit", 375, "r", "dp"),
                ("Balance", 460, "r", "b"), ("Channel", 480, "l", "ch")]
        bf = "B/F"

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%y"), 8); doc.t(95, y, bf, 8); doc.t(460, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 8, 555, y + 8)
        doc.t(95, y - 2, "TOTAL WITHDRAWAL  %d ITEMS" % sum(1 for t in txs if t["amount"] < 0), 7.5)
        doc.t(300, y - 2, fmt(tw), 7.5, align="r")
        doc.t(95, y - 13, "TOTAL DEPOSIT  %d ITEMS" % sum(1 for t in txs if t["amount"] > 0), 7.5)
        doc.t(375, y - 13, fmt(td), 7.5, align="r")
        return y - 26

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(95, y, "C/F", 8); doc.t(460, y, r["b"], 8, align="r")
        else:
            i = rows.index(r)
            doc.t(40, y, r["d"], 8); doc.t(95, y, bf, 8); doc.t(460, y, fmt(txs[i - 1]["bal"]), 8, align="r")
        return y - 13

    def footer(doc, p, np_):
        doc.t(40, 38, "Bangkok Bank Public Company Limited, 333 Silom Road, Bangrak, Bangkok 10500. Bualuang Phone 1333 or (66) 0 2645 5555.", 5.5)
        doc.t(40, 30, "Please examine this statement and notify the Bank of any discrepancy within 30 days. Deposits are protected by DPA.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=11, per_page=per_page, cf=cf, top_rows=[top], bottom=bottom,
           fonts=("TH", "THB"))
    write(stem, "ii_th_bangkok_bank", "123-4-56789-0", "THB", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 BDO Unibank
def bdo(stem, seed, n, per_page=40, od=False, ob=D("86420.15")):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("7815.40") if od else ob
    pool = [("POS PURCHASE SM SUPERMARKET MAKATI", 300, 6000), ("ATM WITHDRAWAL BDO ATM AYALA AVE", 1000, 10000),
            ("INSTAPAY TRANSFER TO GCASH 0917{r}", 200, 5000), ("BILLS PAYMENT MERALCO REF {r}", 1500, 6500),
            ("CHECK ENCASHMENT", 5000, 30000, "chk"), ("CLEARING CHECK", 3000, 25000, "chk")]
    cr = [("PAYROLL CREDIT ACCENTURE INC", 38000, 52000), ("DEPOSIT - CASH BDO MAKATI-LEGASPI", 1000, 30000),
          ("INSTAPAY TRANSFER FROM MARIA SANTOS", 500, 8000), ("INTEREST EARNED", 5, 40)]
    txs = txns(rng, start, end, n, pool, cr, step=0.01)
    txs.append({"date": dt.date(2025, 4, 15), "desc": "SERVICE CHARGE", "amount": D("0.00"), "extra": ()})
    txs.sort(key=lambda t: t["date"])
    chk = 184201
    for t in txs:
        if t["extra"]:
            t["chk"] = "%010d" % chk; chk += 3
    if od:
        txs.append({"date": dt.date(2025, 4, 11), "desc": "CHECK ENCASHMENT", "amount": D("-24500.00"), "chk": "0000184999"})
        txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    neg = lambda x: ("(" + fmt(-x) + ")") if x < 0 else fmt(x)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        r = {"d": t["date"].strftime("%m/%d/%Y"), "desc": t["desc_lines"], "b": neg(t["bal"])}
        if "chk" in t: r["ck"] = t["chk"]
        r["db" if t["amount"] <= 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    tdb, tcr = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "BDO", 22, True); doc.t(98, H - 46, "BDO Unibank, Inc.", 9, True); doc.t(98, H - 56, "We find ways", 6.5)
        doc.t(572, H - 40, "STATEMENT OF ACCOUNT", 10, True, "r"); doc.t(572, H - 52, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 76, "Account Number: 0012-3456-7890   Peso Savings Account", 7.5)
            return H - 96
        doc.t(40, H - 80, "JUAN MIGUEL DELA CRUZ", 8); doc.t(40, H - 91, "UNIT 1204 THE BEAUFORT 5TH AVE", 8)
        doc.t(40, H - 102, "BONIFACIO GLOBAL CITY, TAGUIG CITY 1634", 8)
        doc.c.rect(340, H - 150, 232, 74)
        L = [("Account Number", "0012-3456-7890"), ("Account Type", "Peso Savings Account"), ("Branch", "MAKATI-LEGASPI"),
             ("Statement Period", "%s to %s" % (start.strftime("%B %-d, %Y"), end.strftime("%B %-d, %Y"))), ("Currency", "PHP")]
        for i, (a, b) in enumerate(L):
            doc.t(346, H - 88 - 12 * i, a, 7); doc.t(566, H - 88 - 12 * i, b, 7, True, "r")
        doc.t(40, H - 170, "ACCOUNT SUMMARY", 8.5, True)
        S = [("Beginning Balance", neg(ob)), ("Total Debits", fmt(tdb)), ("Total Credits", fmt(tcr)), ("Ending Balance", neg(cb))]
        for i, (a, b) in enumerate(S):
            doc.t(40 + 135 * i, H - 182, a, 7); doc.t(40 + 135 * i, H - 193, b, 8, True)
        doc.t(40, H - 216, "TRANSACTION DETAILS", 8.5, True)
        return H - 232

    cols = [("Posting Date", 40, "l", "d"), ("Description", 108, "l", "desc"), ("Check No.", 300, "l", "ck"),
            ("Debit", 420, "r", "db"), ("Credit", 495, "r", "cr"), ("Running Balance", 572, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%m/%d/%Y"), 8); doc.t(108, y, "Beginning Balance", 8); doc.t(572, y, neg(ob), 8, align="r")
        return y - 13

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(108, y, "Balance Carried Forward", 8); doc.t(572, y, r["b"], 8, align="r")
        else:
            i = rows.index(r)
            doc.t(108, y, "Balance Brought Forward", 8); doc.t(572, y, neg(txs[i - 1]["bal"]), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%m/%d/%Y"), 8); doc.t(108, y, "Ending Balance", 8); doc.t(572, y, neg(cb), 8, align="r")
        doc.t(40, y - 30, "*** END OF STATEMENT ***", 7, True)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 40, "BDO Unibank, Inc. is regulated by the Bangko Sentral ng Pilipinas. Deposits are insured by PDIC up to P1,000,000 per depositor.", 5.5)
        doc.t(40, 32, "Please report any discrepancy within thirty (30) days from receipt. BDO Customer Contact Center (02) 8631-8000.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, lh=11, per_page=per_page, cf=cf, top_rows=[top], bottom=bottom)
    write(stem, "ii_ph_bdo", "0012-3456-7890", "PHP", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 BRI
def bri(stem, seed, n, per_page=36, times=True):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 1), dt.date(2025, 3, 31)
    ob = D("12457300.00")
    v = lambda x: fmt(x, ".", ",")
    pool = [("TRANSFER KE 0021-01-034567-50-3 SITI RAHAYU via BRImo", 100000, 3000000, "8888086"),
            ("TARIK TUNAI ATM BRI S1A2B3 JL. SUDIRMAN KAV 44 JAKARTA PUSAT", 100000, 2500000, "8888001"),
            ("PEMBAYARAN BRIVA 77777{r} TOKOPEDIA", 50000, 1500000, "8888086"),
            ("PEMBELIAN PULSA TELKOMSEL 0812{r}", 25000, 200000, "8888086"),
            ("QRIS PEMBAYARAN INDOMARET KEMANG RAYA {r}", 15000, 400000, "8888086")]
    cr = [("GAJI MARET 2025 PT SUMBER ALFARIA TRIJAYA TBK", 7500000, 9500000, "0000000"),
          ("TRANSFER DARI 1234-01-009876-50-1 BUDI SANTOSO", 200000, 5000000, "8888086"),
          ("SETORAN TUNAI KCP KEMANG", 500000, 4000000, "3012045")]
    txs = txns(rng, start, end, n, pool, cr, step=100)
    txs.append({"date": dt.date(2025, 3, 25), "desc": "BIAYA ADMINISTRASI BULANAN", "amount": D("-12500.00"), "extra": ("0000000",)})
    txs.sort(key=lambda t: t["date"])
    txs.append({"date": end, "desc": "BUNGA TABUNGAN", "amount": D("2845.00"), "extra": ("0000000",)})
    txs.append({"date": end, "desc": "PAJAK BUNGA", "amount": D("-569.00"), "extra": ("0000000",)})
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 34)
        tm = "%02d:%02d:%02d" % (rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59))
        r = {"d": t["date"].strftime("%d/%m/%y") + (" " + tm if times else ""), "desc": t["desc_lines"], "tl": t["extra"][0],
             "db": v(-t["amount"]) if t["amount"] < 0 else "0,00", "cr": v(t["amount"]) if t["amount"] > 0 else "0,00",
             "b": v(t["bal"])}
        rows.append(r)
    tdb, tcr = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 44, "BANK BRI", 17, True); doc.t(40, H - 55, "PT. BANK RAKYAT INDONESIA (PERSERO) Tbk.", 6.5)
        doc.t(555, H - 40, "LAPORAN TRANSAKSI FINANSIAL", 10, True, "r"); doc.t(555, H - 51, "Statement of Financial Transaction", 7.5, False, "r")
        doc.t(555, H - 63, "Halaman %d dari %d" % (p, np_), 7, align="r")
        if p > 1:
            return H - 86
        L = [("Kepada Yth. / To :", "ANDI PRASETYO"), ("Alamat / Address :", "JL. KEMANG RAYA NO. 17 RT 002/RW 005 JAKARTA SELATAN"),
             ("No. Rekening / Account No :", "0341-01-012345-50-9"), ("Produk / Product :", "BritAma"),
             ("Valuta / Currency :", "IDR"), ("Periode Transaksi / Transaction Period :", "%s - %s" % (start.strftime("%d/%m/%y"), end.strftime("%d/%m/%y")))]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 84 - 11 * i, a, 7.5); doc.t(200, H - 84 - 11 * i, b, 7.5, True)
        return H - 160

    cols = [("Tanggal Transaksi\nTransaction Date", 40, "l", "d"), ("Uraian Transaksi\nTransaction Description", 128, "l", "desc"),
            ("Teller", 300, "l", "tl"), ("Debet\nDebit", 400, "r", "db"), ("Kredit\nCredit", 475, "r", "cr"),
            ("Saldo\nBalance", 555, "r", "b")]

    def bottom(doc, y):
        y -= 10
        doc.c.rect(40, y - 34, 515, 40)
        doc.c.line(40, y - 10, 555, y - 10)
        heads = ["Saldo Awal\nOpening Balance", "Total Transaksi Debet\nTotal Debit", "Total Transaksi Kredit\nTotal Credit",
                 "Saldo Akhir\nClosing Balance"]
        vals = [v(ob), v(tdb), v(tcr), v(cb)]
        for i in range(4):
            x = 40 + 128.75 * i + 64
            a, b = heads[i].split("\n")
            doc.t(x, y - 1, a, 7, True, "c"); doc.t(x, y - 8, b, 6, False, "c")
            doc.t(x, y - 25, vals[i], 8, True, "c")
        return y - 50

    def footer(doc, p, np_):
        doc.t(40, 38, "Biaya meterai dibebankan sesuai ketentuan. BRI terdaftar dan diawasi oleh Otoritas Jasa Keuangan dan merupakan peserta penjaminan LPS.", 5.5)
        doc.t(40, 30, "Informasi lebih lanjut hubungi Contact BRI 1500017 atau kunjungi www.bri.co.id.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, bottom=bottom)
    write(stem, "ii_id_bri", "0341-01-012345-50-9", "IDR", start, end, ob, cb, txs)


vcb("ii_vn_vietcombank", 1901, 22)
vcb("ii_vn_vietcombank__long", 1902, 24, long=True)
vcb("ii_vn_vietcombank__comma", 1903, 20, comma=True)
tcb("ii_vn_techcombank", 1911, 16)
tcb("ii_vn_techcombank__pages", 1912, 30, per_page=40)
bbl("ii_th_bangkok_bank", 1921, 26)
bbl("ii_th_bangkok_bank__thai", 1922, 24, thai=True)
bbl("ii_th_bangkok_bank__pages", 1923, 70, per_page=42, ob=D("412870.35"))
bdo("ii_ph_bdo", 1931, 22)
bdo("ii_ph_bdo__pages", 1932, 60, per_page=36, ob=D("248310.60"))
bdo("ii_ph_bdo__overdraft", 1933, 16, od=True)
bri("ii_id_bri", 1941, 20)
bri("ii_id_bri__pages", 1942, 44, per_page=34)
bri("ii_id_bri__notime", 1943, 18, times=False)
