#!/usr/bin/python3
"""Generator gt: 6 untuned Asia-Pacific layouts x (base + 2 one-change variants), exact truth. Deterministic.
SMBC (Japan, 年月日 / お引出し / お預入れ / 差引残高 / 摘要, whole yen; a Reiwa "07-06-05" variant over 1-20 June, whose
day-first reading puts every row in 2001-2020, and a two-page variant),
Shinhan Bank (Korea, 거래일시 with a time, 적요 / 출금 / 입금 / 내용 / 잔액 / 거래점; a two-page and a no-branch variant),
Bangkok Bank (Thailand, DD/MM/YY, Withdrawal / Deposit / Balance / Channel; a two-page and a wrapped variant; English only:
DejaVu has no Thai glyphs), BDO (Philippines, MM/DD/YYYY, Check No. / Debit / Credit / Balance; two-page and wrapped
variants), Techcombank (Vietnam, whole dong "1.234.567", Vietnamese over English headers; a "Nợ/Debit" one-line header
and a two-page variant), NAB (Australia, Transaction Details, date once a day, balance at a day's end with Cr/Dr,
Opening/Closing balance rows; an overdraft and a three-page Brought/Carried forward variant)."""
import json, os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
import corpus_kit
from corpus_kit import Doc, fmt, render, running, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gt/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))
JP, KR = "HeiseiKakuGo-W5", "HYGothic-Medium"
MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTHS = "January February March April May June July August September October November December".split()


def cjk_render(font, *a, **k):
    """corpus_kit.render with every string (bold too) in one CID font: DejaVu has no kana, kanji or hangul."""
    class CJKDoc(Doc):
        def __init__(self, path, size=A4):
            super().__init__(path, size); self.font = font

        def t(self, x, y, s, size=8, bold=False, align="l"):
            self.c.setFont(font, size)
            if align == "r": self.c.drawRightString(x, y, s)
            elif align == "c": self.c.drawCentredString(x, y, s)
            else: self.c.drawString(x, y, s)
    old = corpus_kit.Doc
    corpus_kit.Doc = CJKDoc
    try:
        render(*a, **k)
    finally:
        corpus_kit.Doc = old


def whole_txns(rng, start, end, n, pool, credits, step=1, pcr=0.2):
    """Rows with whole amounts (yen, won, dong): pool entries (desc, lo, hi) or (desc, lo, hi, step) for cash in notes."""
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pcr: e = rng.choice(credits); sg = 1
        else: e = rng.choice(pool); sg = -1
        desc, lo, hi = e[:3]; st = e[3] if len(e) > 3 else step
        amt = D(rng.randint(lo // st, hi // st) * st) * sg
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999)), "amount": amt})
    txs.sort(key=lambda t: t["date"])
    return txs



def sums(txs):
    return -sum(t["amount"] for t in txs if t["amount"] < 0), sum(t["amount"] for t in txs if t["amount"] > 0)


def drop_balances(stem, keep):
    """The truth carries a balance only on rows whose balance is printed (keep[i])."""
    p = os.path.join(OUT, stem + ".json")
    j = json.load(open(p))
    for e, k in zip(j["transactions"], keep):
        if not k: e.pop("balance", None)
    json.dump(j, open(p, "w"), ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- 1 SMBC JP (年月日 / お引出し / お預入れ / 差引残高 / 摘要, whole yen)
def smbc(stem, seed, n=24, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("386420"), wareki=False, pages=False):
    rng = random.Random(seed)
    pool = [("ｶｰﾄﾞ", 10000, 50000, 1000), ("ﾃﾞﾋﾞｯﾄ ｾﾌﾞﾝｲﾚﾌﾞﾝ", 200, 2500), ("Vﾃﾞﾋﾞｯﾄ ｱﾏｿﾞﾝ ｼﾞﾔﾊﾟﾝ", 980, 18000),
            ("振込 ﾔﾏﾀﾞ ﾀﾛｳ", 3000, 40000), ("口座振替 ﾄｳｷﾖｳｶﾞｽ", 4000, 9000), ("ﾐﾂｲｽﾐﾄﾓｶｰﾄﾞ", 12000, 85000),
            ("ﾊﾟﾙｼｽﾁｬｰｼﾞ", 1000, 5000), ("振込手数料", 165, 165)]
    cr = [("振込 ｻﾄｳ ﾐｷ", 3000, 30000), ("ﾍﾟｲﾍﾟｲ ｼﾕﾂｷﾝ", 1000, 20000)]
    txs = whole_txns(rng, start, end, n, pool, cr)
    txs.append({"date": min(end, dt.date(2025, 6, 25)), "desc": "給料 ｶ)ｽﾐﾄﾓｼﾖｳｼﾞ", "amount": D("298450")})
    txs.append({"date": min(end, dt.date(2025, 6, 27)), "desc": "口座振替 ｼﾞｴｲｺﾑ ﾄｳｷﾖｳ", "amount": D("-7128")})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    yen = lambda v: fmt(v, nd=0)
    if wareki:
        dfmt = lambda d: "%02d-%02d-%02d" % (d.year - 2018, d.month, d.day)
        pfmt = lambda d: "令和%d年%d月%d日" % (d.year - 2018, d.month, d.day)
    else:
        dfmt = lambda d: d.strftime("%Y.%m.%d")
        pfmt = lambda d: "%d年%d月%d日" % (d.year, d.month, d.day)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        r = {"d": dfmt(t["date"]), "desc": [t["desc"]], "b": yen(t["bal"]), "pb": yen(t["bal"] - t["amount"])}
        if t["amount"] < 0: r["w"] = yen(-t["amount"])
        else: r["dp"] = yen(t["amount"])
        rows.append(r)
    wd, dp = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "SMBC", 18); doc.t(100, H - 45, "三井住友銀行", 12)
        doc.t(555, H - 45, "普通預金　入出金明細", 12, align="r")
        doc.t(555, H - 58, "%d / %d ページ" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "ヤマダ　ハナコ　様", 11)
            doc.t(40, H - 98, "店番号　231　新宿西口支店", 8); doc.t(40, H - 110, "口座番号　普通　7654321", 8)
            doc.t(40, H - 122, "照会期間　%s～%s" % (pfmt(start), pfmt(end)), 8)
            doc.c.rect(330, H - 140, 225, 62)
            S = [("前月末残高", yen(ob) + "円"), ("お引出し合計（%d件）" % sum(1 for t in txs if t["amount"] < 0), yen(wd) + "円"),
                 ("お預入れ合計（%d件）" % sum(1 for t in txs if t["amount"] > 0), yen(dp) + "円"), ("当月末残高", yen(cb) + "円")]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 92 - 12 * i, a, 7.5); doc.t(548, H - 92 - 12 * i, b, 7.5, align="r")
            doc.t(555, H - 152, "（単位：円）", 7, align="r")
            return H - 166
        doc.t(40, H - 72, "口座番号　普通　7654321　ヤマダ　ハナコ　様", 8)
        return H - 92

    cols = [("年月日", 40, "l", "d"), ("お引出し", 200, "r", "w"), ("お預入れ", 275, "r", "dp"), ("差引残高", 360, "r", "b"), ("摘要", 380, "l", "desc")]

    def top(doc, y):
        doc.t(380, y, "前月繰越", 8); doc.t(360, y, yen(ob), 8, align="r")
        return y - 13

    def cf(doc, y, r, kind):
        doc.t(380, y, "次ページへ繰越" if kind == "cf" else "前ページから繰越", 8); doc.t(360, y, r["b" if kind == "cf" else "pb"], 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(380, y - 2, "次月繰越", 8); doc.t(360, y - 2, yen(cb), 8, align="r")
        return y - 14

    def footer(doc, p, np_):
        doc.t(40, 40, "株式会社三井住友銀行　登録金融機関　関東財務局長（登金）第54号　加入協会：日本証券業協会", 6)
        doc.t(40, 31, "この明細は照会時点の内容です。お取引内容についてのお問い合わせは SMBCダイレクト 0120-56-3143 まで。", 6)

    cjk_render(JP, os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=13, per_page=(20 if pages else 48),
               top_rows=[top], bottom=bottom, cf=(cf if pages else None))
    write_truth(stem, "GT_jp_smbc", "****4321", "JPY", start, end, ob, txs, True)


# ---------------------------------------------------------------- 2 Shinhan KR (거래일시 / 적요 / 출금 / 입금 / 내용 / 잔액 / 거래점)
def shinhan(stem, seed, n=26, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("2847310"), branch=True, pages=False):
    rng = random.Random(seed)
    pool = [("체크카드|스타벅스 강남역점", 4500, 18000), ("체크카드|GS25 역삼점", 1200, 15000), ("타행이체|김민지", 20000, 300000),
            ("CD출금|신한은행 강남", 50000, 300000, 10000), ("자동이체|SKT 통신요금", 65000, 89000), ("모바일|쿠팡(주)", 9800, 120000),
            ("체크카드|배달의민족", 12000, 38000), ("자동이체|신한카드", 250000, 900000)]
    cr = [("타행입금|이서준", 10000, 150000), ("모바일|토스 박지훈", 5000, 80000)]
    txs = whole_txns(rng, start, end, n, pool, cr, step=10)
    txs.append({"date": dt.date(2025, 6, 25), "desc": "급여|(주)한빛소프트", "amount": D("3412560")})
    txs.append({"date": end, "desc": "결산이자|예금이자", "amount": D("412")})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    won = lambda v: fmt(v, nd=0)
    branches = {"체크카드": "", "타행이체": "인터넷", "CD출금": "강남역", "자동이체": "본점", "모바일": "모바일", "타행입금": "",
                "급여": "역삼동", "결산이자": "본점"}
    rows, last = [], None
    for t in txs:
        k, c = t["desc"].split("|")
        t["desc_lines"] = [k, c]
        tm = dt.datetime.combine(t["date"], dt.time(rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59)))
        if last and tm <= last: tm = last + dt.timedelta(minutes=rng.randint(1, 40))
        if tm.date() != t["date"]: tm = dt.datetime.combine(t["date"], dt.time(23, 59, 59))
        last = tm
        r = {"d": tm.strftime("%Y.%m.%d %H:%M:%S"), "k": k, "desc": [c], "b": won(t["bal"]), "br": branches[k]}
        if t["amount"] < 0: r["w"] = won(-t["amount"])
        else: r["dp"] = won(t["amount"])
        rows.append(r)
    wd, dp = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "신한은행", 18); doc.t(125, H - 45, "SHINHAN BANK", 9)
        doc.t(555, H - 45, "거래내역조회", 13, align="r")
        doc.t(555, H - 58, "%d / %d" % (p, np_), 8, align="r")
        doc.t(40, H - 72, "계좌번호  110-432-987654  (쏠편한 입출금통장)", 8)
        if p == 1:
            doc.t(40, H - 84, "예금주  김민준", 8)
            doc.t(40, H - 96, "조회기간  %s ~ %s" % (start.strftime("%Y.%m.%d"), end.strftime("%Y.%m.%d")), 8)
            doc.t(40, H - 108, "조회일시  %s 09:12:45" % (end + dt.timedelta(days=1)).strftime("%Y.%m.%d"), 8)
            doc.c.rect(330, H - 122, 225, 46)
            S = [("입금 합계 (%d건)" % sum(1 for t in txs if t["amount"] > 0), won(dp) + "원"),
                 ("출금 합계 (%d건)" % sum(1 for t in txs if t["amount"] < 0), won(wd) + "원"), ("현재 잔액", won(cb) + "원")]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 90 - 12 * i, a, 7.5); doc.t(548, H - 90 - 12 * i, b, 7.5, align="r")
            return H - 142
        return H - 92

    if branch:
        cols = [("거래일시", 40, "l", "d"), ("적요", 124, "l", "k"), ("출금(원)", 232, "r", "w"), ("입금(원)", 298, "r", "dp"),
                ("내용", 306, "l", "desc"), ("잔액(원)", 482, "r", "b"), ("거래점", 492, "l", "br")]
    else:
        cols = [("거래일시", 40, "l", "d"), ("적요", 124, "l", "k"), ("출금(원)", 245, "r", "w"), ("입금(원)", 320, "r", "dp"),
                ("내용", 330, "l", "desc"), ("잔액(원)", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 38, "본 내역은 조회용으로 법적 효력이 없습니다. 거래내역 증명이 필요한 경우 거래내역확인서를 발급받으시기 바랍니다.", 6)
        doc.t(40, 29, "신한은행 고객센터 1599-8000 / 1577-8000   www.shinhan.com", 6)

    cjk_render(KR, os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=12, per_page=(24 if pages else 52))
    write_truth(stem, "GT_kr_shinhan", "****7654", "KRW", start, end, ob, txs, True)


# ---------------------------------------------------------------- 3 Bangkok Bank TH (DD/MM/YY, Withdrawal / Deposit / Balance / Channel)
def bbl(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("48215.60"), pages=False, long=False):
    rng = random.Random(seed)
    pool = [("ATM WITHDRAWAL BBL ATM SIAM PARAGON", "ATM", 500, 5000), ("DEBIT CARD PURCHASE 7-ELEVEN SILOM SOI 4", "EDC", 35, 480),
            ("PROMPTPAY TRANSFER TO 081-234-5678", "mBanking", 100, 3000), ("BILL PAYMENT TRUE MOVE H 0891234567", "mBanking", 299, 899),
            ("TRANSFER TO OTHER BANK KBANK MRS PRANEE SUKSAWAT", "iBanking", 1000, 12000), ("DEBIT CARD PURCHASE TOPS MARKET CENTRAL WORLD", "EDC", 120, 2400),
            ("BILL PAYMENT METROPOLITAN ELECTRICITY AUTHORITY", "mBanking", 600, 2400)]
    cr = [("PROMPTPAY TRANSFER FROM MR ANAN SRISUK", "mBanking", 200, 4000), ("CASH DEPOSIT CDM SILOM COMPLEX", "CDM", 1000, 10000)]
    if long:
        pool = [(d + " REF %s" % x, c, lo, hi) for (d, c, lo, hi), x in
                zip(pool, ["BBL0{r}", "EDC{r} CARD XXXX-XXXX-XXXX-2291", "MOBILE{r} FOR SHARED DINNER BILL", "BP{r} BILLING PERIOD MAY 2025",
                           "ORFT{r} MONTHLY ALLOWANCE FOR MOTHER", "EDC{r} CARD XXXX-XXXX-XXXX-2291", "CA NO 01234567 INVOICE {r}"])]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: desc, ch, lo, hi = rng.choice(cr); sg = 1
        else: desc, ch, lo, hi = rng.choice(pool); sg = -1
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999)), "ch": ch, "amount": D(rng.randint(lo * 100, hi * 100)) / 100 * sg})
    txs.append({"date": dt.date(2025, 6, 25), "desc": "PAYROLL CREDIT SIAM CEMENT PCL", "ch": "Auto", "amount": D("42850.00")})
    txs.sort(key=lambda t: t["date"])
    txs.append({"date": dt.date(2025, 6, 30), "desc": "INTEREST CREDIT", "ch": "Auto", "amount": D("18.42")})
    txs.append({"date": dt.date(2025, 6, 30), "desc": "WITHHOLDING TAX ON INTEREST", "ch": "Auto", "amount": D("-2.76")})
    cb = running(txs, ob)
    dm = lambda d: d.strftime("%d/%m/%y")
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 36)
        r = {"d": dm(t["date"]), "desc": t["desc_lines"], "b": fmt(t["bal"]), "pb": fmt(t["bal"] - t["amount"]), "ch": t["ch"]}
        if t["amount"] < 0: r["w"] = fmt(-t["amount"])
        else: r["dp"] = fmt(t["amount"])
        rows.append(r)
    wd, dp = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Bangkok Bank", 18, True); doc.t(175, H - 45, "Bualuang", 9)
        doc.t(555, H - 45, "STATEMENT OF ACCOUNT", 11, True, "r")
        doc.t(555, H - 58, "Page %d/%d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "Account No. 123-4-56789-0     Savings Account     Currency THB", 8)
        if p == 1:
            for i, a in enumerate(["MR SOMCHAI JAIDEE", "88/12 SOI SILOM 9, SILOM ROAD", "SILOM, BANG RAK, BANGKOK 10500"]):
                doc.t(40, H - 84 - 11 * i, a, 8)
            doc.t(40, H - 124, "Branch: Silom Complex (0234)     Period: %s - %s" % (dm(start), dm(end)), 8)
            doc.c.rect(330, H - 140, 225, 62)
            doc.t(338, H - 90, "Account Summary", 8, True)
            S = [("Balance Brought Forward", fmt(ob)), ("Total Withdrawal (%d items)" % sum(1 for t in txs if t["amount"] < 0), fmt(wd)),
                 ("Total Deposit (%d items)" % sum(1 for t in txs if t["amount"] > 0), fmt(dp)), ("Closing Balance", fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 102 - 10 * i, a, 7.5); doc.t(548, H - 102 - 10 * i, b, 7.5, align="r")
            return H - 160
        return H - 88

    cols = [("DATE", 40, "l", "d"), ("DESCRIPTION", 86, "l", "desc"), ("WITHDRAWAL", 335, "r", "w"), ("DEPOSIT", 405, "r", "dp"),
            ("BALANCE", 480, "r", "b"), ("CHANNEL", 500, "l", "ch")]

    def top(doc, y):
        doc.t(40, y, dm(start), 8); doc.t(86, y, "BALANCE BROUGHT FORWARD", 8); doc.t(480, y, fmt(ob), 8, align="r")
        return y - 13

    def cf(doc, y, r, kind):
        doc.t(86, y, "BALANCE CARRIED FORWARD" if kind == "cf" else "BALANCE BROUGHT FORWARD", 8); doc.t(480, y, r["b" if kind == "cf" else "pb"], 8, align="r")
        return y - 13

    def footer(doc, p, np_):
        doc.t(40, 36, "Bangkok Bank Public Company Limited, 333 Silom Road, Bang Rak, Bangkok 10500. Bualuang Phone 1333 or (66) 0 2645 5555.", 5.5)
        doc.t(40, 28, "Please examine this statement. If no discrepancy is reported within 30 days, the account will be considered correct. www.bangkokbank.com", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(40 if pages else 52), top_rows=[top],
           cf=(cf if pages else None))
    write_truth(stem, "GT_th_bbl", "****7890", "THB", start, end, ob, txs, True)


# ---------------------------------------------------------------- 4 BDO PH (MM/DD/YYYY, Check No. / Debit / Credit / Balance)
def bdo(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("86432.15"), pages=False, long=False):
    rng = random.Random(seed)
    pool = [("CLEARING CHECK", 2500, 25000, True), ("CHECK ENCASHMENT", 5000, 20000, True), ("ATM WITHDRAWAL BDO SM MEGAMALL", 1000, 10000, False),
            ("POS PURCHASE SM SUPERMARKET MAKATI", 350, 6800, False), ("INSTAPAY TRANSFER TO GCASH 0917XXXX123", 500, 8000, False),
            ("BILLS PAYMENT MERALCO", 2200, 7800, False), ("BILLS PAYMENT PLDT HOME FIBER", 1699, 2899, False)]
    cr = [("PESONET CREDIT ACME TRADING CORP", 3000, 30000, False), ("CASH DEPOSIT BDO AYALA AVE BRANCH", 5000, 40000, False)]
    if long:
        pool = [(d + x, lo, hi, c) for (d, lo, hi, c), x in
                zip(pool, ["", "", " TERMINAL 00412 SM MEGAMALL BLDG A ORTIGAS CENTER MANDALUYONG", " REF {r} CARD ENDING 4471",
                           " REF NO. {r} FOR CONDO DUES JUNE 2025 UNIT 14B", " ACCOUNT NO. 0123456789 BILLING MONTH MAY 2025", ""])]
    days = (end - start).days
    txs, chk = [], 1048
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.18: desc, lo, hi, c = rng.choice(cr); sg = 1
        else: desc, lo, hi, c = rng.choice(pool); sg = -1
        t = {"date": d, "desc": desc.format(r=rng.randint(100000, 999999)), "amount": D(rng.randint(lo * 100, hi * 100)) / 100 * sg, "chk": ""}
        if c: t["chk"] = "%010d" % chk; chk += rng.randint(1, 3)
        txs.append(t)
    txs.append({"date": dt.date(2025, 6, 15), "desc": "PAYROLL CREDIT GLOBE TELECOM INC", "amount": D("38750.00"), "chk": ""})
    txs.append({"date": dt.date(2025, 6, 30), "desc": "PAYROLL CREDIT GLOBE TELECOM INC", "amount": D("38750.00"), "chk": ""})
    txs.sort(key=lambda t: t["date"])
    txs.append({"date": end, "desc": "INTEREST EARNED", "amount": D("21.37"), "chk": ""})
    txs.append({"date": end, "desc": "WITHHOLDING TAX", "amount": D("-4.27"), "chk": ""})
    cb = running(txs, ob)
    md = lambda d: d.strftime("%m/%d/%Y")
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 36)
        r = {"d": md(t["date"]), "chk": t["chk"], "desc": t["desc_lines"], "b": fmt(t["bal"]), "pb": fmt(t["bal"] - t["amount"])}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"])
        else: r["cr"] = fmt(t["amount"])
        rows.append(r)
    db, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BDO", 22, True); doc.t(95, H - 45, "BDO Unibank, Inc.", 9); doc.t(95, H - 55, "We find ways", 7)
        doc.t(555, H - 45, "STATEMENT OF ACCOUNT", 11, True, "r")
        doc.t(555, H - 58, "Page %d of %d" % (p, np_), 8, align="r")
        doc.t(40, H - 70, "PESO CHECKING ACCOUNT   Account Number: 0012-3456-7890   Currency: PHP", 8)
        if p == 1:
            for i, a in enumerate(["MA. CRISTINA L. REYES", "UNIT 14B ONE SERENDRA, 11TH AVE", "BONIFACIO GLOBAL CITY, TAGUIG CITY 1634"]):
                doc.t(40, H - 88 - 11 * i, a, 8)
            doc.t(40, H - 126, "Statement Period: %s %d, %d to %s %d, %d" % (MONTHS[start.month - 1], start.day, start.year, MONTHS[end.month - 1], end.day, end.year), 8)
            doc.t(40, H - 137, "Branch: BGC - 32ND STREET", 8)
            doc.c.rect(330, H - 146, 225, 62)
            doc.t(338, H - 96, "ACCOUNT SUMMARY", 8, True)
            S = [("Beginning Balance", fmt(ob)), ("Total Debits (%d)" % sum(1 for t in txs if t["amount"] < 0), fmt(db)),
                 ("Total Credits (%d)" % sum(1 for t in txs if t["amount"] > 0), fmt(crs)), ("Ending Balance", fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 108 - 10 * i, a, 7.5); doc.t(548, H - 108 - 10 * i, b, 7.5, align="r")
            return H - 166
        return H - 90

    cols = [("DATE", 40, "l", "d"), ("CHECK NO.", 92, "l", "chk"), ("DESCRIPTION", 150, "l", "desc"), ("DEBIT", 395, "r", "db"),
            ("CREDIT", 470, "r", "cr"), ("BALANCE", 555, "r", "b")]

    def top(doc, y):
        doc.t(150, y, "BEGINNING BALANCE", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def cf(doc, y, r, kind):
        doc.t(150, y, "BALANCE FORWARD", 8); doc.t(555, y, r["b" if kind == "cf" else "pb"], 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(150, y - 2, "ENDING BALANCE", 8); doc.t(555, y - 2, fmt(cb), 8, align="r")
        doc.t(40, y - 22, "*** NOTHING FOLLOWS ***", 7)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 36, "BDO Unibank, Inc. is regulated by the Bangko Sentral ng Pilipinas. Deposits are insured by PDIC up to P1,000,000 per depositor.", 5.5)
        doc.t(40, 28, "Please examine this statement and report any discrepancy within thirty (30) days from receipt. Contact Center (+632) 8631-8000.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(30 if pages else 52), top_rows=[top], bottom=bottom,
           cf=(cf if pages else None))
    write_truth(stem, "GT_ph_bdo", "****7890", "PHP", start, end, ob, txs, True)


# ---------------------------------------------------------------- 5 Techcombank VN (bilingual headers, whole dong "1.234.567")
def tcb(stem, seed, n=20, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("18452300"), slash=False, pages=False):
    rng = random.Random(seed)
    pool = [("Thanh toan QR - CIRCLE K VIETNAM - {r}", 15000, 180000), ("Chuyen tien den TRAN THI BICH - Vietcombank - tien nha thang 6", 3000000, 6500000),
            ("TT hoa don dien EVN HCMC PE04000{r}", 350000, 1200000), ("Rut tien mat tai ATM TCB 23 LE DUAN Q1", 500000, 5000000, 100000),
            ("Thanh toán thẻ ghi nợ tại GRAB*{r} HCM", 25000, 250000), ("Chuyển khoản nhanh Napas247 tới NGUYEN HOANG LONG - đi chợ", 100000, 2000000)]
    cr = [("NGUYEN VAN AN chuyen tien - tra no {r}", 200000, 3000000), ("Hoàn tiền giao dịch SHOPEE {r}", 30000, 400000)]
    txs = whole_txns(rng, start, end, n, pool, cr, step=1000)
    txs.append({"date": dt.date(2025, 6, 3), "desc": "Phí quản lý tài khoản tháng 05/2025", "amount": D("-11000")})
    txs.append({"date": dt.date(2025, 6, 5), "desc": "CONG TY TNHH THUONG MAI DICH VU SAO MAI tra luong thang 05/2025", "amount": D("24500000")})
    txs.sort(key=lambda t: t["date"])
    txs.append({"date": end, "desc": "Trả lãi tiền gửi / Interest", "amount": D("1845")})
    cb = running(txs, ob)
    vnd = lambda v: fmt(v, ".", ",", nd=0)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 36)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "ref": "FT25%03d%08d" % (t["date"].timetuple().tm_yday, rng.randint(0, 99999999)),
             "desc": t["desc_lines"], "b": vnd(t["bal"])}
        if t["amount"] < 0: r["db"] = vnd(-t["amount"])
        else: r["cr"] = vnd(t["amount"])
        rows.append(r)
    db, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "TECHCOMBANK", 16, True)
        doc.t(555, H - 40, "SAO KÊ TÀI KHOẢN", 11, True, "r"); doc.t(555, H - 52, "ACCOUNT STATEMENT", 9, True, "r")
        doc.t(555, H - 64, "Trang/Page %d/%d" % (p, np_), 8, align="r")
        doc.t(40, H - 72, "Số tài khoản/Account No.: 19036712345018   Loại tiền/Currency: VND", 8)
        if p == 1:
            doc.t(40, H - 86, "Tên khách hàng/Customer name: LE THI MAI ANH", 8)
            doc.t(40, H - 97, "Địa chỉ/Address: 12 NGUYEN DINH CHIEU, PHUONG DA KAO, QUAN 1, TP HO CHI MINH", 8)
            doc.t(40, H - 108, "Từ ngày/From: %s   Đến ngày/To: %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.c.rect(330, H - 170, 225, 56)
            S = [("Số dư đầu kỳ/Opening balance", vnd(ob)), ("Tổng ghi nợ/Total debit", vnd(db)), ("Tổng ghi có/Total credit", vnd(crs)),
                 ("Số dư cuối kỳ/Closing balance", vnd(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 126 - 11 * i, a, 7.5); doc.t(548, H - 126 - 11 * i, b, 7.5, align="r")
            return H - 190
        return H - 92

    if slash:
        cols = [("Ngày/Date", 40, "l", "d"), ("Số GD/Ref. No.", 112, "l", "ref"), ("Diễn giải/Description", 196, "l", "desc"),
                ("Nợ/Debit", 410, "r", "db"), ("Có/Credit", 480, "r", "cr"), ("Số dư/Balance", 555, "r", "b")]
    else:
        cols = [("Ngày giao dịch\nTransaction Date", 40, "l", "d"), ("Số giao dịch\nReference No.", 112, "l", "ref"),
                ("Diễn giải\nDescription", 196, "l", "desc"), ("Nợ\nDebit", 410, "r", "db"), ("Có\nCredit", 480, "r", "cr"),
                ("Số dư\nBalance", 555, "r", "b")]

    def top(doc, y):
        doc.t(196, y, "Số dư đầu kỳ/Opening balance", 8, True); doc.t(555, y, vnd(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(196, y - 2, "Số dư cuối kỳ/Closing balance", 8, True); doc.t(555, y - 2, vnd(cb), 8, True, "r")
        return y - 14

    def footer(doc, p, np_):
        doc.t(40, 36, "Ngân hàng TMCP Kỹ Thương Việt Nam (Techcombank) - 6 Quang Trung, Hoàn Kiếm, Hà Nội. Hotline 1800 588 822.", 5.5)
        doc.t(40, 28, "Quý khách vui lòng kiểm tra và thông báo cho Techcombank nếu có sai sót trong vòng 15 ngày. / Please report any discrepancy within 15 days.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(40 if pages else 54), top_rows=[top], bottom=bottom)
    write_truth(stem, "GT_vn_techcombank", "****5018", "VND", start, end, ob, txs, True)


# ---------------------------------------------------------------- 6 NAB AU (Transaction Details, date once a day, Cr/Dr balance at a day's end)
def nab(stem, seed, n=26, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("3184.27"), overdraft=False, per_page=60):
    rng = random.Random(seed)
    pool = [("EFTPOS WOOLWORTHS 1234 FITZROY AU", 12, 190), ("V1234 {dd} UBER *TRIP HELP.UBER.COM AU", 9, 48),
            ("Online K{r} Rent Unit 3 To J Nguyen", 450, 620), ("Direct Debit 062902 AGL SALES PTY LTD {r}", 80, 260),
            ("BPAY Telstra {r}", 55, 110), ("ATM Withdrawal NAB ATM Brunswick St", 20, 300), ("V1234 {dd} Coles 0789 Collingwood AU", 8, 160)]
    crs = [("Transfer Credit From M Tanaka Bills", 20, 180), ("Direct Credit 401234 ATO ATO008000123456789", 50, 400)]
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, (end - start).days - 1))
        if rng.random() < 0.15: desc, lo, hi = rng.choice(crs); sg = 1
        else: desc, lo, hi = rng.choice(pool); sg = -1
        pd_ = d - dt.timedelta(days=rng.choice([0, 1, 2]))
        txs.append({"date": d, "desc": desc.format(r=rng.randint(10 ** 6, 10 ** 7), dd=pd_.strftime("%d/%m")), "amount": D(rng.randint(lo * 100, hi * 100)) / 100 * sg})
    pay = D("1324.55") if overdraft else D("2876.40")
    if overdraft:
        ob = D("245.10")
    for day in (7, 21):
        txs.append({"date": dt.date(2024, 6, day), "desc": "Direct Credit 012345 MELB UNI PAYROLL %d" % rng.randint(10 ** 5, 10 ** 6), "amount": pay})
    txs.sort(key=lambda t: t["date"])
    if overdraft:
        txs.append({"date": end, "desc": "Overdrawn Interest", "amount": D("-6.83")})
    txs.append({"date": end, "desc": "Account Fees", "amount": D("-5.00")})
    cb = running(txs, ob)
    crdr = lambda b: fmt(abs(b)) + (" Dr" if b < 0 else " Cr")
    nd = lambda d: "%d %s %d" % (d.day, MON3[d.month - 1], d.year)
    # the date is printed on a day's first row and again at the top of each page; the balance on a day's last row
    used, newpage = 0, []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        nl = len(t["desc_lines"])
        newpage.append(used + nl > per_page and used > 0)
        used = nl if newpage[-1] else used + nl
    rows, keep = [], []
    for i, t in enumerate(txs):
        first = i == 0 or txs[i - 1]["date"] != t["date"] or newpage[i]
        lastday = i == len(txs) - 1 or txs[i + 1]["date"] != t["date"]
        r = {"desc": t["desc_lines"]}
        if first: r["d"] = nd(t["date"])
        if lastday: r["b"] = crdr(t["bal"])
        if t["amount"] < 0: r["db"] = fmt(-t["amount"])
        else: r["cr"] = fmt(t["amount"])
        r["rb"], r["pb"] = crdr(t["bal"]), crdr(t["bal"] - t["amount"])
        rows.append(r); keep.append(lastday)
    tdb, tcr = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "nab", 24, True); doc.t(95, H - 45, "National Australia Bank", 9)
        doc.t(555, H - 40, "Statement number 58", 8, align="r"); doc.t(555, H - 51, "Page %d of %d" % (p, np_), 8, align="r")
        doc.t(555, H - 62, "NAB Classic Banking   BSB 083-170   Account number 12-345-6789", 8, align="r")
        if p == 1:
            for i, s in enumerate(["MS OLIVIA J HARRIS", "3/41 ROSE STREET", "FITZROY VIC 3065"]):
                doc.t(40, H - 84 - 10 * i, s, 8)
            doc.t(320, H - 84, "Statement period %s - %s" % (nd(start), nd(end)), 8)
            doc.t(320, H - 95, "Account name OLIVIA JANE HARRIS", 8)
            doc.c.rect(40, H - 172, 515, 50)
            doc.t(48, H - 134, "Account Balance Summary", 8, True)
            for x, a, b in [(48, "Opening balance", "$" + crdr(ob)), (175, "Total credits", "$" + fmt(tcr)), (300, "Total debits", "$" + fmt(tdb)),
                            (425, "Closing balance", "$" + crdr(cb))]:
                doc.t(x, H - 148, a, 7.5); doc.t(x, H - 162, b, 9, True)
            doc.t(40, H - 192, "Transaction Details", 11, True)
            return H - 210
        doc.t(40, H - 80, "Transaction Details (continued)", 10, True)
        return H - 98

    cols = [("Date", 40, "l", "d"), ("Particulars", 112, "l", "desc"), ("Debits", 400, "r", "db"), ("Credits", 470, "r", "cr"),
            ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, nd(start), 8); doc.t(112, y, "Opening Balance", 8); doc.t(555, y, crdr(ob), 8, align="r")
        return y - 13

    def cf(doc, y, r, kind):
        doc.t(112, y, "Carried forward" if kind == "cf" else "Brought forward", 8); doc.t(555, y, r["rb" if kind == "cf" else "pb"], 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(112, y - 2, "Closing Balance", 8, True); doc.t(555, y - 2, crdr(cb), 8, True, "r")
        doc.t(40, y - 22, "Transaction fees: this statement period $5.00 (Monthly account fee). Overdrawn interest is charged at 14.50% p.a.", 6.5)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 36, "National Australia Bank Limited ABN 12 004 044 937 AFSL and Australian Credit Licence 230686.", 5.5)
        doc.t(40, 28, "Please check all entries on this statement and promptly inform NAB of any possible error or unauthorised transaction. Call 13 22 65.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=per_page, top_rows=[top], bottom=bottom,
           cf=(cf if per_page < 60 else None))
    write_truth(stem, "GT_au_nab", "****6789", "AUD", start, end, ob, txs, True)
    drop_balances(stem, keep)


P = "gt_"
smbc(P + "jp_smbc", 11)
smbc(P + "jp_smbc__wareki", 12, end=dt.date(2025, 6, 20), wareki=True)  # an online enquiry up to the 20th
smbc(P + "jp_smbc__2pages", 13, n=34, pages=True)
shinhan(P + "kr_shinhan", 21)
shinhan(P + "kr_shinhan__nobranch", 22, branch=False)
shinhan(P + "kr_shinhan__2pages", 23, n=40, pages=True)
bbl(P + "th_bbl", 31)
bbl(P + "th_bbl__wrapped", 32, long=True)
bbl(P + "th_bbl__2pages", 33, n=36, pages=True)
bdo(P + "ph_bdo", 41)
bdo(P + "ph_bdo__wrapped", 42, long=True)
bdo(P + "ph_bdo__2pages", 43, n=36, pages=True)
tcb(P + "vn_techcombank", 51)
tcb(P + "vn_techcombank__slash", 52, slash=True)
tcb(P + "vn_techcombank__2pages", 53, n=34, pages=True)
nab(P + "au_nab", 61)
nab(P + "au_nab__overdraft", 62, overdraft=True)
nab(P + "au_nab__3pages", 63, n=60, per_page=24)
print("done")
