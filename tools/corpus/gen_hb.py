#!/usr/bin/python3
"""Generator hb: 6 untuned Asian layouts x (base + 1 variant), exact truth. Deterministic.

OCBC (Singapore), CIMB (Malaysia), Public Bank (Malaysia, Malay over English headers), Siam Commercial Bank
(Thailand, English), China Construction Bank (Chinese, signed amounts), Bank of China (Hong Kong).
"""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
import corpus_kit
from corpus_kit import fmt, make_txns, render, running, truth_writer, wrap

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hbw/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)


def _t(self, x, y, s, size=8, bold=False, align="l"):
    """The kit's text call, with a CJK font for Chinese strings (DejaVu has no CJK glyphs)."""
    f = "STSong-Light" if any(ord(ch) >= 0x2E80 for ch in s) else ("DVB" if bold else "DV")
    self.c.setFont(f, size)
    if align == "r": self.c.drawRightString(x, y, s)
    elif align == "c": self.c.drawCentredString(x, y, s)
    else: self.c.drawString(x, y, s)


corpus_kit.Doc.t = _t



def summary_box(doc, x, y, title, items, w=225):
    doc.c.rect(x, y - 14 - 10 * len(items), w, 24 + 10 * len(items))
    doc.t(x + 8, y, title, 8, True)
    for i, (a, b) in enumerate(items):
        doc.t(x + 8, y - 12 - 10 * i, a, 7.5); doc.t(x + w - 7, y - 12 - 10 * i, b, 7.5, align="r")


# ---------------------------------------------------------------- 1 OCBC SG ("05 JUN", Transaction/Value Date, BALANCE B/F, C/F)
def ocbc(stem, seed, n=20, pages=False):
    start, end, ob = dt.date(2025, 6, 1), dt.date(2025, 6, 30), D("8421.55")
    rng = random.Random(seed)
    pool = [("NETS QR PAYMENT KOUFU PTE LTD {r}", 4, 18), ("DEBIT PURCHASE FAIRPRICE FINEST BUKIT TIMAH SI NG 11/06", 25, 180),
            ("FAST PAYMENT TO LIM WEI MING OTHR - DINNER", 20, 150), ("GIRO - SP SERVICES LTD ELEC JUN", 80, 240),
            ("ATM WITHDRAWAL OCBC ATM TAMPINES MALL", 100, 500), ("BILL PAYMENT SINGTEL MOBILE 8123{r}", 30, 95),
            ("CHEQUE", 300, 2200)]
    cr = [("GIRO - SALARY ACME ASIA PACIFIC PTE LTD", 5200, 6800), ("FAST PAYMENT FROM TAN XIU LING OTHR - REFUND", 20, 400),
          ("INTEREST CREDIT", 1, 6)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    chq = 881201
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 34)
        vd = t["date"] + dt.timedelta(days=1 if t["desc"].startswith("DEBIT PURCHASE") else 0)
        r = {"td": t["date"].strftime("%d %b").upper(), "vd": vd.strftime("%d %b").upper(), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        if t["desc"] == "CHEQUE":
            r["chq"] = str(chq); chq += 1
        if t["amount"] < 0: r["w"] = fmt(-t["amount"])
        else: r["dp"] = fmt(t["amount"])
        rows.append(r)
    wd = sum(-t["amount"] for t in txs if t["amount"] < 0); dp = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "OCBC Bank", 18, True)
        doc.t(doc.W - 40, H - 45, "STATEMENT OF ACCOUNT", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 76, "MR TAN KAH HOE", 8); doc.t(40, H - 87, "BLK 512 TAMPINES CENTRAL 1", 8); doc.t(40, H - 98, "#08-214", 8)
            doc.t(40, H - 109, "SINGAPORE 520512", 8)
            doc.t(40, H - 128, "1 JUN 2025 TO 30 JUN 2025", 8, True)
            summary_box(doc, 330, H - 78, "Account Summary", [("360 ACCOUNT  601-234567-001", ""), ("Balance B/F", fmt(ob)),
                                                               ("Total Withdrawals", fmt(wd)), ("Total Deposits", fmt(dp)), ("Balance C/F", fmt(cb))])
            doc.t(40, H - 152, "360 ACCOUNT   Account No. 601-234567-001   SGD", 8, True)
            return H - 170
        doc.t(40, H - 76, "360 ACCOUNT   Account No. 601-234567-001   SGD   (continued)", 8, True)
        return H - 94

    cols = [("Transaction\nDate", 40, "l", "td"), ("Value\nDate", 90, "l", "vd"), ("Description", 135, "l", "desc"),
            ("Cheque", 318, "l", "chq"), ("Withdrawal", 410, "r", "w"), ("Deposit", 480, "r", "dp"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(135, y, "BALANCE B/F", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def cf(doc, y, row, kind):
        if kind == "cf":
            doc.t(135, y - 2, "BALANCE C/F", 8); doc.t(555, y - 2, row["b"], 8, align="r")
        else:
            doc.t(135, y, "BALANCE B/F", 8); doc.t(555, y, row_prev[0], 8, align="r")
        return y - 13

    row_prev = [None]

    def cf2(doc, y, row, kind):
        if kind == "cf": row_prev[0] = row["b"]
        return cf(doc, y, row, kind)

    def bottom(doc, y):
        doc.t(135, y - 2, "BALANCE C/F", 8, True); doc.t(555, y - 2, fmt(cb), 8, True, "r")
        doc.t(330, y - 16, "Total Withdrawals/Deposits", 7.5); doc.t(410, y - 16, fmt(wd), 7.5, align="r"); doc.t(480, y - 16, fmt(dp), 7.5, align="r")
        return y - 20

    def footer(doc, p, np_):
        doc.t(40, 44, "Deposit Insurance Scheme: Singapore dollar deposits of non-bank depositors are insured by the Singapore Deposit Insurance Corporation,", 5.5)
        doc.t(40, 37, "for up to S$100,000 in aggregate per depositor per Scheme member by law. Foreign currency deposits, dual currency investments are not insured.", 5.5)
        doc.t(40, 28, "Oversea-Chinese Banking Corporation Limited, 63 Chulia Street #10-00 OCBC Centre East, Singapore 049514. Co. Reg. No.: 193200032W", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(14 if pages else 50), cf=cf2, top_rows=[top], bottom=bottom)
    write_truth(stem, "HB_sg_ocbc", "****7001", "SGD", start, end, ob, txs, True)


# ---------------------------------------------------------------- 2 CIMB MY (Cheque / Ref No., Tax column, OPENING BALANCE row)
def cimb(stem, seed, n=18, wrapped=False):
    start, end, ob = dt.date(2025, 7, 1), dt.date(2025, 7, 31), D("6120.40")
    rng = random.Random(seed)
    pool = [("DUITNOW QR PAYMENT TEALIVE SS15", 6, 25), ("IBG TRANSFER TO MAYBANK AHMAD FAIZAL BIN OMAR SEWA RUMAH JULAI", 900, 1400),
            ("DEBIT CARD PURCHASE LOTUSS SUBANG JAYA", 40, 320), ("JOMPAY TNB 2201{r}", 90, 280), ("ATM CASH WITHDRAWAL CIMB SS15 SUBANG", 100, 600),
            ("DUITNOW TRANSFER TO SITI NURHALIZA BINTI ISMAIL BAYARAN KENDURI", 50, 400), ("SERVICE CHARGE DEBIT CARD ANNUAL FEE", 8, 8)]
    cr = [("SALARY CREDIT PETRONAS DAGANGAN BERHAD", 5200, 7400), ("DUITNOW TRANSFER FROM LEE CHONG WEI REFUND TIKET", 30, 300)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 22 if wrapped else 28)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        if rng.random() < 0.5: r["ref"] = "%010d" % rng.randint(0, 9999999999)
        if t["amount"] < 0: r["w"] = fmt(-t["amount"])
        else: r["dp"] = fmt(t["amount"])
        rows.append(r)
    wd = sum(-t["amount"] for t in txs if t["amount"] < 0); dp = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "CIMB BANK", 18, True); doc.t(160, H - 45, "CIMB Bank Berhad (13491-P)", 7)
        doc.t(doc.W - 40, H - 45, "STATEMENT OF ACCOUNT", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page / Halaman %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 76, "NUR AISYAH BINTI ABDULLAH", 8); doc.t(40, H - 87, "NO 12 JALAN SS 15/4B", 8); doc.t(40, H - 98, "47500 SUBANG JAYA", 8)
            doc.t(40, H - 109, "SELANGOR", 8)
            doc.t(40, H - 128, "Statement Date / Tarikh Penyata: 31/07/2025", 8)
            summary_box(doc, 330, H - 78, "Account Summary", [("Account No.  8601234567", ""), ("Opening Balance", fmt(ob)),
                                                               ("Total Withdrawals", fmt(wd)), ("Total Deposits", fmt(dp)), ("Closing Balance", fmt(cb))])
            doc.t(40, H - 152, "OCTOSAVERS ACCOUNT-i   8601234567   Currency: MYR", 8, True)
            return H - 170
        return H - 80

    cols = [("Date\nTarikh", 40, "l", "d"), ("Description\nDiskripsi", 95, "l", "desc"), ("Cheque / Ref No\nNo Cek / Ruj", 262, "l", "ref"),
            ("Withdrawal\nPengeluaran", 405, "r", "w"), ("Deposits\nDeposit", 460, "r", "dp"), ("Tax\nCukai", 495, "r", "tax"),
            ("Balance\nBaki", 555, "r", "b")]

    def top(doc, y):
        doc.t(95, y, "OPENING BALANCE", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(95, y - 2, "CLOSING BALANCE / BAKI PENUTUP", 8, True); doc.t(555, y - 2, fmt(cb), 8, True, "r")
        doc.t(95, y - 16, "No of Withdrawal  %d" % sum(1 for t in txs if t["amount"] < 0), 7.5)
        doc.t(95, y - 26, "No of Deposits  %d" % sum(1 for t in txs if t["amount"] > 0), 7.5)
        doc.t(405, y - 16, fmt(wd), 7.5, align="r"); doc.t(460, y - 26, fmt(dp), 7.5, align="r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 40, "Protected by PIDM up to RM250,000 for each depositor. Dilindungi oleh PIDM sehingga RM250,000 bagi setiap pendeposit.", 5.5)
        doc.t(40, 32, "All items and balances shown will be considered correct unless the Bank is notified in writing of any discrepancies within 21 days.", 5.5)
        doc.t(40, 24, "CIMB Bank Berhad, Menara CIMB, Jalan Stesen Sentral 2, Kuala Lumpur Sentral, 50470 Kuala Lumpur. www.cimb.com.my", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=55, top_rows=[top], bottom=bottom)
    write_truth(stem, "HB_my_cimb", "****4567", "MYR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 3 Public Bank MY (TARIKH/DATE over, "05/06", Balance B/F, DR balances)
def pbb(stem, seed, n=18, od=False):
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("-1250.30") if od else D("3980.15")
    rng = random.Random(seed)
    pool = [("DR CARD PURCHASE MYDIN USJ", 20, 260), ("FUND TRANSFER TO A/C MOHD RIZAL", 100, 800), ("ATM WITHDRAWAL PBB TAIPAN", 100, 500),
            ("JOMPAY UNIFI 1{r}", 129, 189), ("CHQ DEBIT", 300, 1500), ("SERVICE CHARGES", 1, 6)]
    cr = [("SALARY GAJI TOP GLOVE SDN BHD", 3800, 4800), ("CASH DEPOSIT CDM SS15", 100, 900), ("IBG CREDIT AHMAD ZAKI", 80, 600)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)

    def bal(v):
        return fmt(-v) + " DR" if v < 0 else fmt(v)

    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        r = {"d": t["date"].strftime("%d/%m"), "desc": t["desc_lines"], "b": bal(t["bal"])}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"])
        else: r["cr"] = fmt(t["amount"])
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "PUBLIC BANK", 18, True); doc.t(175, H - 45, "PUBLIC BANK BERHAD (6463-H)", 7)
        doc.t(doc.W - 40, H - 45, "PENYATA AKAUN / STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(doc.W - 40, H - 58, "MUKA SURAT / PAGE %d / %d" % (p, np_), 8, align="r")
        doc.t(40, H - 76, "LIM SOOK CHING", 8); doc.t(40, H - 87, "23 JALAN USJ 9/5P", 8); doc.t(40, H - 98, "47620 SUBANG JAYA SELANGOR", 8)
        doc.t(330, H - 76, "NOMBOR AKAUN / ACCOUNT NUMBER", 7.5); doc.t(555, H - 76, "3-1234567-08", 7.5, align="r")
        doc.t(330, H - 87, "TARIKH PENYATA / STATEMENT DATE", 7.5); doc.t(555, H - 87, "30 JUN 2025", 7.5, align="r")
        doc.t(330, H - 98, "JENIS AKAUN / ACCOUNT TYPE", 7.5); doc.t(555, H - 98, "CURRENT ACCOUNT-i (MYR)", 7.5, align="r")
        doc.t(330, H - 109, "TEMPOH / PERIOD", 7.5); doc.t(555, H - 109, "01 JUN 2025 - 30 JUN 2025", 7.5, align="r")
        return H - 132

    cols = [("TARIKH\nDATE", 40, "l", "d"), ("URUSNIAGA\nTRANSACTION", 90, "l", "desc"), ("DEBIT\nDEBIT", 380, "r", "db"),
            ("KREDIT\nCREDIT", 460, "r", "cr"), ("BAKI\nBALANCE", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, "01/06", 8); doc.t(90, y, "Baki Dari Penyata Lepas / Balance From Last Statement", 8); doc.t(555, y, bal(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(90, y - 2, "Baki Penutup / Closing Balance", 8, True); doc.t(555, y - 2, bal(cb), 8, True, "r")
        return y - 10

    def footer(doc, p, np_):
        doc.t(40, 40, "Sila semak penyata ini. Sebarang percanggahan hendaklah dimaklumkan kepada Bank dalam tempoh 21 hari.", 5.5)
        doc.t(40, 32, "Please examine this statement. Any discrepancy must be notified to the Bank within 21 days. Dilindungi oleh PIDM / Protected by PIDM.", 5.5)
        doc.t(40, 24, "Public Bank Berhad, Menara Public Bank, 146 Jalan Ampang, 50450 Kuala Lumpur. www.pbebank.com", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=55, top_rows=[top], bottom=bottom)
    write_truth(stem, "HB_my_pbb", "****6708", "MYR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 4 SCB TH (Date / Time / Code / Channel / Debit/Credit / Balance / Description)
def scb(stem, seed, n=20, pages=False):
    start, end, ob = dt.date(2025, 5, 1), dt.date(2025, 5, 31), D("48210.75")
    rng = random.Random(seed)
    pool = [("X2", "ENET", "Transfer to KBANK x4412 Somchai J", 200, 5000), ("X2", "ATM", "Cash Withdrawal SCB ATM Siam Paragon", 500, 5000),
            ("X2", "EDC", "Payment 7-ELEVEN CPALL Sukhumvit 39", 40, 600), ("X2", "ENET", "Bill Payment TRUE MOVE H 0891{r}", 299, 899),
            ("X2", "BCMS", "Direct Debit AIA Thailand Policy 55{r}", 2500, 2500), ("X2", "ENET", "PromptPay to 08x-xxx-5521 Nattaya", 100, 1500)]
    cr = [("X1", "BCMS", "Salary SIAM CEMENT PCL", 42000, 52000), ("X1", "ENET", "Transfer from BBL x7781 Pim S", 300, 4000),
          ("X1", "TELL", "Interest", 5, 40)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: code, ch, desc, lo, hi = rng.choice(cr); sg = 1
        else: code, ch, desc, lo, hi = rng.choice(pool); sg = -1
        amt = (D(rng.randint(lo * 100, hi * 100)) / 100) * sg
        txs.append({"date": d, "time": "%02d:%02d" % (rng.randint(6, 22), rng.randint(0, 59)), "code": code, "ch": ch,
                    "desc": desc.format(r=rng.randint(100000, 999999)), "amount": amt})
    txs.sort(key=lambda t: (t["date"], t["time"]))
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        rows.append({"d": t["date"].strftime("%d/%m/%y"), "tm": t["time"], "c": t["code"], "ch": t["ch"], "a": fmt(abs(t["amount"])),
                     "b": fmt(t["bal"]), "desc": t["desc_lines"]})
    wd = sum(-t["amount"] for t in txs if t["amount"] < 0); dp = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "SCB", 20, True); doc.t(90, H - 45, "Siam Commercial Bank", 9)
        doc.t(doc.W - 40, H - 45, "STATEMENT OF ACCOUNT", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d/%d" % (p, np_), 8, align="r")
        doc.t(40, H - 76, "ACCOUNT NAME  MR. THANAKORN SRISUK", 8); doc.t(40, H - 87, "ACCOUNT NO.   123-4-56789-0", 8)
        doc.t(40, H - 98, "BRANCH        CENTRAL WORLD", 8); doc.t(40, H - 109, "ACCOUNT TYPE  SAVINGS   CURRENCY THB", 8)
        doc.t(330, H - 76, "STATEMENT PERIOD  01/05/2025 - 31/05/2025", 8)
        if p == 1:
            doc.t(330, H - 92, "TOTAL WITHDRAWALS  %d ITEMS  %s" % (sum(1 for t in txs if t["amount"] < 0), fmt(wd)), 7.5)
            doc.t(330, H - 102, "TOTAL DEPOSITS     %d ITEMS  %s" % (sum(1 for t in txs if t["amount"] > 0), fmt(dp)), 7.5)
        return H - 132

    cols = [("Date", 40, "l", "d"), ("Time", 85, "l", "tm"), ("Code", 115, "l", "c"), ("Channel", 142, "l", "ch"),
            ("Debit/Credit", 245, "r", "a"), ("Balance", 310, "r", "b"), ("Description", 322, "l", "desc")]

    def top(doc, y):
        doc.t(310, y, fmt(ob), 8, align="r"); doc.t(322, y, "BALANCE BROUGHT FORWARD", 8)
        return y - 13

    def bottom(doc, y):
        doc.t(310, y - 2, fmt(cb), 8, True, "r"); doc.t(322, y - 2, "BALANCE CARRIED FORWARD", 8, True)
        return y - 10

    def footer(doc, p, np_):
        doc.t(40, 44, "Code: X1 = Deposit, X2 = Withdrawal. Channel: ENET = SCB Easy/Internet, ATM = ATM, EDC = Card Purchase, BCMS = Business Cash Management, TELL = Counter.", 5.5)
        doc.t(40, 36, "Please verify this statement. If no objection is received within 30 days, the statement shall be deemed correct.", 5.5)
        doc.t(40, 28, "The Siam Commercial Bank Public Company Limited, 9 Ratchadapisek Road, Chatuchak, Bangkok 10900. SCB Call Center 02-777-7777", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(13 if pages else 55), top_rows=[top], bottom=bottom)
    write_truth(stem, "HB_th_scb", "****7890", "THB", start, end, ob, txs, True)


# ---------------------------------------------------------------- 5 CCB CN (交易日期 / 摘要 / 交易金额 / 账户余额 / 对方户名, signed amounts)
def ccb(stem, seed, n=22, pages=False):
    start, end, ob = dt.date(2025, 6, 1), dt.date(2025, 6, 30), D("23560.80")
    rng = random.Random(seed)
    pool = [("消费|财付通支付科技有限公司", 12, 260), ("消费|支付宝（中国）网络技术有限公司", 20, 900), ("转账|张伟", 200, 3000),
            ("ATM取款|", 500, 2000), ("代扣|国网北京市电力公司", 80, 320), ("跨行转出|赵敏", 300, 5000)]
    cr = [("工资|北京华信科技有限公司", 14000, 21000), ("转账存入|刘洋", 100, 3000), ("结息|", 2, 20)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        kind, cp = t["desc"].split("|")
        t["desc_lines"] = [kind] + ([cp] if cp else [])
        rows.append({"d": t["date"].strftime("%Y%m%d"), "k": [kind], "a": fmt(t["amount"]), "b": fmt(t["bal"]), "cur": "人民币",
                     "desc": [cp] if cp else [""]})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "中国建设银行", 16, True); doc.t(150, H - 45, "China Construction Bank", 9)
        doc.t(doc.W / 2, H - 72, "中国建设银行个人活期账户交易明细", 12, True, "c")
        doc.t(40, H - 92, "客户名称：王晓明", 8); doc.t(220, H - 92, "卡号/账号：6217 0000 1234 5678", 8)
        doc.t(40, H - 104, "起始日期：20250601", 8); doc.t(220, H - 104, "结束日期：20250630", 8); doc.t(400, H - 104, "币种：人民币", 8)
        doc.t(doc.W - 40, H - 58, "第 %d 页 / 共 %d 页" % (p, np_), 8, align="r")
        return H - 126

    cols = [("交易日期", 40, "l", "d"), ("摘要", 95, "l", "k"), ("币别", 150, "l", "cur"), ("交易金额", 260, "r", "a"),
            ("账户余额", 340, "r", "b"), ("对方户名", 360, "l", "desc")]
    for r in rows:
        r["k"] = r["k"][0]

    def footer(doc, p, np_):
        doc.t(40, 36, "温馨提示：本明细仅供参考，如有疑问请致电95533或咨询建设银行各网点。", 6)
        doc.t(40, 27, "中国建设银行股份有限公司  打印日期：20250701", 6)

    def top(doc, y):
        doc.t(95, y, "上期余额", 8); doc.t(340, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(95, y - 2, "本期余额", 8); doc.t(340, y - 2, fmt(cb), 8, align="r")
        return y - 10

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(14 if pages else 55), top_rows=[top], bottom=bottom)
    write_truth(stem, "HB_cn_ccb", "****5678", "CNY", start, end, ob, txs, True)


# ---------------------------------------------------------------- 6 BOCHK (Date / Transaction Details / Deposit / Withdrawal / Balance, B/F BALANCE)
def bochk(stem, seed, n=18, fx=False):
    start, end, ob = dt.date(2025, 6, 1), dt.date(2025, 6, 30), D("35210.60")
    rng = random.Random(seed)
    pool = [("OCTOPUS AAVS", 250, 500), ("EPS PARKNSHOP TAIKOO", 80, 900), ("FPS TO CHAN TAI MAN", 100, 3000),
            ("ATM WITHDRAWAL BOCHK TSIM SHA TSUI", 500, 3000), ("PAYMENT TO HK ELECTRIC CO LTD 12{r}", 300, 900),
            ("CREDIT CARD PAYMENT BOC CARD", 1000, 8000)]
    cr = [("PAYROLL SWIRE PROPERTIES LTD", 28000, 36000), ("FPS FROM WONG SIU MING", 100, 2000), ("INTEREST", 1, 30)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if fx:
        for k, (cur, famt, rate) in zip((3, 9, 14), [("USD", D("120.00"), D("7.8125")), ("JPY", D("15800"), D("0.05412")), ("EUR", D("85.40"), D("8.5150"))]):
            t = txs[k]
            hkd = (famt * rate).quantize(D("0.01"))
            t["amount"] = -hkd
            t["desc"] = "VISA DEBIT PURCHASE %s" % ["AMAZON.COM SEATTLE US", "UNIQLO GINZA TOKYO JP", "APPLE.COM/BILL CORK IE"][[3, 9, 14].index(k)]
            t["fxline"] = "%s %s @ %s" % (cur, fmt(famt, nd=0 if cur == "JPY" else 2), rate)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]] + ([t["fxline"]] if t.get("fxline") else [])
        r = {"d": t["date"].strftime("%Y/%m/%d"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        if t["amount"] < 0: r["w"] = fmt(-t["amount"])
        else: r["dp"] = fmt(t["amount"])
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BANK OF CHINA (HONG KONG)", 14, True); doc.t(40, H - 57, "中國銀行（香港）", 9)
        doc.t(doc.W - 40, H - 45, "Integrated Account Statement", 10, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d of %d" % (p, np_), 8, align="r")
        doc.t(40, H - 78, "MR CHEUNG KA WAI", 8); doc.t(40, H - 89, "FLAT B 12/F BLOCK 3 TAIKOO SHING", 8); doc.t(40, H - 100, "QUARRY BAY HONG KONG", 8)
        doc.t(330, H - 78, "Statement Date  30/06/2025", 8); doc.t(330, H - 89, "Statement Period  01/06/2025 - 30/06/2025", 8)
        doc.t(330, H - 100, "Branch  Taikoo Shing", 8)
        doc.t(40, H - 124, "HKD Savings   012-875-1-234567-8", 8.5, True)
        return H - 142

    cols = [("Date", 40, "l", "d"), ("Transaction Details", 105, "l", "desc"), ("Deposit", 400, "r", "dp"),
            ("Withdrawal", 475, "r", "w"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, "2025/06/01", 8); doc.t(105, y, "B/F BALANCE", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, "2025/06/30", 8); doc.t(105, y - 2, "C/F BALANCE", 8); doc.t(555, y - 2, fmt(cb), 8, align="r")
        return y - 10

    def footer(doc, p, np_):
        doc.t(40, 40, "Please examine this statement. If there is any discrepancy, please notify the Bank within 90 days from the statement date.", 5.5)
        doc.t(40, 32, "Bank of China (Hong Kong) Limited, Bank of China Tower, 1 Garden Road, Hong Kong. Customer Service Hotline (852) 3988 2388", 5.5)
        doc.t(40, 24, "Bank of China (Hong Kong) Limited is a member of the Deposit Protection Scheme in Hong Kong.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=55, top_rows=[top], bottom=bottom)
    write_truth(stem, "HB_hk_bochk", "****5678", "HKD", start, end, ob, txs, True)


ocbc("hb_sg_ocbc", 1401); ocbc("hb_sg_ocbc__2pages", 1402, n=24, pages=True)
cimb("hb_my_cimb", 1411); cimb("hb_my_cimb__wrapped", 1412, wrapped=True)
pbb("hb_my_pbb", 1421); pbb("hb_my_pbb__od", 1422, od=True)
scb("hb_th_scb", 1431); scb("hb_th_scb__2pages", 1432, n=24, pages=True)
ccb("hb_cn_ccb", 1441); ccb("hb_cn_ccb__2pages", 1442, n=26, pages=True)
bochk("hb_hk_bochk", 1451); bochk("hb_hk_bochk__fx", 1452, fx=True)
