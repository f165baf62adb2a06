#!/usr/bin/python3
"""Generator hl: 6 untuned East and South-East Asian bank layouts x (base + one or two one-change variants), exact truth.

Mizuho (Japan, Japanese-only 日付 / 摘要 / お支払金額 / お預り金額 / 差引残高, whole yen, 2025.06.05, 前回繰越; a Reiwa
"R07.06.05" variant and a two-page 次頁へ繰越 variant), Woori Bank (Korea, 거래일시 "2025.06.05 14:22:10" / 적요 / 출금액 /
입금액 / 잔액 / 거래점, whole won, oldest first; a two-page and a minus-account (overdrawn) variant), E.SUN Bank (Taiwan,
交易日期 / 摘要 / 支出 / 存入 / 餘額 / 備註, 2025/06/05, 上期餘額; a USD variant with cents and a two-page variant), Hang Seng
Bank (Hong Kong, English over Chinese headers, Date / Transaction Details / Deposit / Withdrawal / Balance, deposits left of
withdrawals, "05 Jun", B/F and C/F BALANCE; a two-page and an overdrawn "DR" variant), Kasikorn Bank (Thailand, Thai
headers วันที่ / เวลา / รายการ / ถอนเงิน / ฝากเงิน / ยอดคงเหลือ / ช่องทาง, Buddhist-era 05/06/68, ยอดยกมา; a two-page
variant), VietinBank (Vietnam, Ngày giao dịch / Mô tả giao dịch / Nợ / Có / Số dư, whole dong "1.234.567", Số dư đầu kỳ /
cuối kỳ; a wrapped-description and a two-page variant).

Fonts: ReportLab's CID fonts for kana/kanji, hangul and traditional Chinese, Garuda (fonts-thai-tlwg) for Thai, DejaVu for
the rest; a string takes the CID or Thai font when it holds such a character. Remarks (備註), channels (ช่องทาง), times
and branches (거래점) are not description.
"""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import _cidfontdata
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
import corpus_kit
from corpus_kit import Doc, fmt, render, running, row_truth_writer, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hlw/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
# ReportLab maps MSung-Light to a GB (simplified) encoding readers lack; CNS is its own (as gen_gl.py does)
_cidfontdata.defaultUnicodeEncodings["MSung-Light"] = ("cht", "UniCNS-UCS2-H")
for f in ("HeiseiKakuGo-W5", "HYGothic-Medium", "MSung-Light"):
    pdfmetrics.registerFont(UnicodeCIDFont(f))
pdfmetrics.registerFont(TTFont("TH", "/usr/share/fonts/truetype/tlwg/Garuda.ttf"))
pdfmetrics.registerFont(TTFont("THB", "/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf"))
MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def font_for(s, cjk, bold):
    for ch in s:
        o = ord(ch)
        if 0x0E00 <= o <= 0x0E7F: return "THB" if bold else "TH"
        if cjk and (0x3000 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xFF00 <= o <= 0xFFEF or 0x1100 <= o <= 0x11FF):
            return cjk
    return "DVB" if bold else "DV"


def mixed_render(cjk, *a, **k):
    """corpus_kit.render where a string holding kana, kanji, hangul or hanzi is set in the CID font cjk, Thai in Garuda."""
    class MixDoc(Doc):
        def t(self, x, y, s, size=8, bold=False, align="l"):
            self.c.setFont(font_for(s, cjk, bold), size)
            if align == "r": self.c.drawRightString(x, y, s)
            elif align == "c": self.c.drawCentredString(x, y, s)
            else: self.c.drawString(x, y, s)
    old = corpus_kit.Doc
    corpus_kit.Doc = MixDoc
    try:
        render(*a, **k)
    finally:
        corpus_kit.Doc = old


def txns(rng, start, end, n, pool, credits, nd=0, pcr=0.2):
    """Random rows; pool entries (desc, lo, hi[, step]) in whole units (nd=0) or with cents (nd=2)."""
    days = (end - start).days
    out = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pcr: e = rng.choice(credits); sg = 1
        else: e = rng.choice(pool); sg = -1
        desc, lo, hi = e[:3]; st = e[3] if len(e) > 3 else 1
        if nd and len(e) < 4: amt = D(rng.randint(int(lo * 100), int(hi * 100))) / 100
        else: amt = D(rng.randint(lo // st, hi // st) * st)
        out.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999), s=rng.randint(1000, 9999)), "amount": amt * sg})
    return out


def finish(txs, ob):
    txs.sort(key=lambda t: t["date"])
    return running(txs, ob)


def money_rows(txs, dfmt, num, wkey="w", dkey="dp", extra=None, width=None):
    rows = []
    for t in txs:
        t.setdefault("desc_lines", wrap(t["desc"], width) if width else [t["desc"]])
        r = {"d": dfmt(t["date"]), "desc": t["desc_lines"], "b": num(t["bal"]), "pb": num(t["bal"] - t["amount"])}
        if t["amount"] < 0: r[wkey] = num(-t["amount"])
        else: r[dkey] = num(t["amount"])
        if extra: r.update(extra(t))
        rows.append(r)
    return rows


# ---------------------------------------------------------------- 1 Mizuho JP (日付 / 摘要 / お支払金額 / お預り金額 / 差引残高)
def mizuho(stem, seed, n=24, wareki=False, pages=False):
    rng = random.Random(seed)
    start, end, ob = dt.date(2025, 6, 1), dt.date(2025, 6, 30), D("512380")
    pool = [("ｶｰﾄﾞ ﾐｽﾞﾎ ｼﾌﾞﾔ", 10000, 60000, 1000), ("ﾃﾞﾋﾞｯﾄ ﾛｰｿﾝ", 150, 2800), ("ﾃﾞﾋﾞｯﾄ ﾕﾆｸﾛ ｼﾌﾞﾔ", 990, 12900),
            ("振込 ｽｽﾞｷ ｲﾁﾛｳ", 5000, 50000), ("口座振替 ﾄｳｷﾖｳﾃﾞﾝﾘﾖｸ", 5200, 11800), ("口座振替 ｴﾇｴｲﾁｹｲ", 1100, 2200),
            ("ﾐｽﾞﾎﾏｲﾚ-ｼﾞｶ-ﾄﾞ", 15000, 92000), ("振込手数料", 220, 220), ("ﾍﾟｲﾍﾟｲ ﾁﾔ-ｼﾞ", 1000, 10000, 1000)]
    cr = [("振込 ﾀﾅｶ ﾐﾕｷ", 3000, 40000), ("ｿｳｷﾝ ｱﾏｿﾞﾝ ﾍﾝｷﾝ", 800, 9000)]
    txs = txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 25), "desc": "給与 ｶ)ｱｵﾊﾞｼｽﾃﾑｽﾞ", "amount": D("312640")})
    txs.append({"date": dt.date(2025, 6, 27), "desc": "口座振替 ｿﾌﾄﾊﾞﾝｸ", "amount": D("-6578")})
    cb = finish(txs, ob)
    yen = lambda v: fmt(v, nd=0)
    if wareki:
        dfmt = lambda d: "R%02d.%02d.%02d" % (d.year - 2018, d.month, d.day)
        pfmt = lambda d: "令和%d年%d月%d日" % (d.year - 2018, d.month, d.day)
    else:
        dfmt = lambda d: d.strftime("%Y.%m.%d")
        pfmt = lambda d: "%d年%d月%d日" % (d.year, d.month, d.day)
    rows = money_rows(txs, dfmt, yen)
    wd, dp = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "みずほ銀行", 17, True)
        doc.t(555, H - 44, "入出金明細（普通預金）", 12, align="r")
        doc.t(555, H - 58, "%d / %d ページ" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 78, "〒150-0002　東京都渋谷区渋谷二丁目１４番７号", 7.5)
            doc.t(40, H - 94, "サトウ　ケンジ　様", 11)
            doc.t(40, H - 112, "取扱店　渋谷支店（店番号　210）", 8)
            doc.t(40, H - 124, "口座　普通預金　1234567", 8)
            doc.t(40, H - 136, "期間　%s～%s" % (pfmt(start), pfmt(end)), 8)
            doc.c.rect(340, H - 146, 215, 64)
            S = [("前回残高", yen(ob) + "円"), ("お支払金額合計", yen(wd) + "円"), ("お預り金額合計", yen(dp) + "円"),
                 ("今回残高", yen(cb) + "円")]
            for i, (a, b) in enumerate(S):
                doc.t(348, H - 96 - 13 * i, a, 7.5); doc.t(548, H - 96 - 13 * i, b, 7.5, align="r")
            return H - 172
        doc.t(40, H - 74, "渋谷支店　普通預金　1234567　サトウ　ケンジ　様", 8)
        return H - 96

    cols = [("日付", 40, "l", "d"), ("摘要", 112, "l", "desc"), ("お支払金額", 372, "r", "w"), ("お預り金額", 457, "r", "dp"),
            ("差引残高", 550, "r", "b")]

    def top(doc, y):
        doc.t(40, y, dfmt(start), 8); doc.t(112, y, "前回繰越", 8); doc.t(550, y, yen(ob), 8, align="r")
        return y - 15

    def cf(doc, y, r, kind):
        doc.t(112, y, "次頁へ繰越" if kind == "cf" else "前頁より繰越", 8); doc.t(550, y, r["b" if kind == "cf" else "pb"], 8, align="r")
        return y - 15

    def footer(doc, p, np_):
        doc.t(40, 42, "株式会社みずほ銀行　登録金融機関　関東財務局長（登金）第６号", 6)
        doc.t(40, 33, "お問い合わせ：みずほダイレクト　0120-3242-86　受付時間　平日 9:00～17:00（土・日・祝日・12月31日～1月3日を除く）", 6)

    mixed_render("HeiseiKakuGo-W5", os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=13,
                 per_page=(16 if pages else 46), top_rows=[top], cf=(cf if pages else None))
    write(stem, "HL_jp_mizuho", "1234567", "JPY", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Woori KR (거래일시 / 적요 / 출금액 / 입금액 / 잔액 / 거래점)
def woori(stem, seed, n=26, pages=False, minus=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("-3418250") if minus else D("1964730")
    pool = [("체크카드 이마트 성수점", 8000, 96000), ("체크카드 GS25 을지로점", 1200, 14000), ("인터넷이체 박서연", 20000, 400000),
            ("ATM출금 우리은행 종로", 50000, 300000, 10000), ("자동이체 KT통신요금", 55000, 79000), ("체크카드 쿠팡이츠", 11000, 42000),
            ("자동이체 우리카드", 300000, 1100000), ("타행이체 최지우", 30000, 250000), ("출금수수료", 500, 500)]
    cr = [("타행입금 정하늘", 10000, 200000), ("모바일입금 토스 한예준", 5000, 90000)]
    txs = txns(rng, start, end, n, pool, cr)
    for t in txs:
        t["amount"] = t["amount"] // 10 * 10  # won amounts in tens
    txs.append({"date": dt.date(2025, 6, 25), "desc": "급여 (주)대한물산", "amount": D("3856120")})
    txs.append({"date": end, "desc": "대출이자", "amount": D("-21470")} if minus else {"date": end, "desc": "결산이자", "amount": D("318")})
    cb = finish(txs, ob)
    won = lambda v: fmt(v, nd=0)
    branch = {"체크카드": "", "인터넷이체": "인터넷", "ATM출금": "종로지점", "자동이체": "본점", "타행이체": "모바일", "출금수수료": "종로지점",
              "타행입금": "", "모바일입금": "모바일", "급여": "을지로", "결산이자": "본점", "대출이자": "본점"}
    last = [None]

    def extra(t):
        tm = dt.datetime.combine(t["date"], dt.time(rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59)))
        if last[0] and tm <= last[0]: tm = last[0] + dt.timedelta(seconds=rng.randint(30, 2400))
        if tm.date() != t["date"]: tm = dt.datetime.combine(t["date"], dt.time(23, 59, 59))
        last[0] = tm
        return {"dt": tm.strftime("%Y.%m.%d %H:%M:%S"), "br": branch[t["desc"].split()[0]]}

    rows = money_rows(txs, lambda d: "", won, extra=extra)
    for r in rows: r["d"] = r.pop("dt")
    wd, dp = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "우리은행", 18, True); doc.t(122, H - 46, "WOORI BANK", 9)
        doc.t(555, H - 44, "거래내역조회", 13, align="r")
        doc.t(555, H - 58, "페이지 %d / %d" % (p, np_), 8, align="r")
        acct = "1002-457-318624  (%s)" % ("우리 마이너스통장" if minus else "우리 SUPER주거래통장")
        if p == 1:
            doc.t(40, H - 78, "계좌번호  " + acct, 8)
            doc.t(40, H - 90, "예금주  이준호", 8)
            doc.t(40, H - 102, "조회기간  %s ~ %s" % (start.strftime("%Y.%m.%d"), end.strftime("%Y.%m.%d")), 8)
            if minus: doc.t(40, H - 114, "대출한도  10,000,000원", 8)
            doc.c.rect(330, H - 124, 225, 46)
            S = [("출금 합계 (%d건)" % sum(1 for t in txs if t["amount"] < 0), won(wd) + "원"),
                 ("입금 합계 (%d건)" % sum(1 for t in txs if t["amount"] > 0), won(dp) + "원"), ("조회기간말 잔액", won(cb) + "원")]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 92 - 12 * i, a, 7.5); doc.t(548, H - 92 - 12 * i, b, 7.5, align="r")
            return H - 146
        doc.t(40, H - 76, "계좌번호  " + acct, 8)
        return H - 96

    cols = [("거래일시", 40, "l", "d"), ("적요", 138, "l", "desc"), ("출금액", 335, "r", "w"), ("입금액", 405, "r", "dp"),
            ("잔액", 485, "r", "b"), ("거래점", 500, "l", "br")]

    def footer(doc, p, np_):
        doc.t(40, 40, "본 거래내역은 조회 시점 기준이며 법적 효력이 없습니다. 문의: 우리은행 고객센터 1588-5000, 1599-5000", 6)
        doc.t(40, 31, "주식회사 우리은행  서울특별시 중구 소공로 51  www.wooribank.com", 6)

    mixed_render("HYGothic-Medium", os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=13,
                 per_page=(14 if pages else 46))
    write(stem, "HL_kr_woori", "1002-457-318624", "KRW", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 E.SUN TW (交易日期 / 摘要 / 支出 / 存入 / 餘額 / 備註)
def esun(stem, seed, n=24, usd=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    if usd:
        ob, nd = D("18426.35"), 2
        pool = [("外幣匯出匯款", 300, 2500, "WISE EUROPE SA"), ("結購外幣轉出", 100, 900, "0808-979-****21"),
                ("手續費", 15, 15, "匯出匯款"), ("外幣轉帳", 50, 600, "本人帳戶")]
        cr = [("外幣匯入匯款", 200, 3000, "ACME CORP USA"), ("外幣利息存入", 1, 9, "")]
    else:
        ob, nd = D("186420"), 0
        pool = [("ATM提款", 1000, 20000, "玉山中山"), ("跨行轉帳", 500, 30000, "0822-****5678"), ("信用卡款", 8000, 46000, "玉山信用卡"),
                ("電費代繳", 800, 3600, "台灣電力公司"), ("悠遊卡自動加值", 500, 500, "悠遊卡"), ("行動銀行轉帳", 200, 15000, "0050-****1932"),
                ("全家便利商店", 60, 900, "金融卡消費"), ("跨行手續費", 15, 15, "")]
        cr = [("跨行轉入", 1000, 25000, "0812-****4410"), ("現金存款", 2000, 30000, "玉山中山")]
    pl = [(a, b, c) for a, b, c, _ in pool]; cl = [(a, b, c) for a, b, c, _ in cr]
    rem = {a: r for a, _, _, r in pool + cr}
    txs = txns(rng, start, end, n, pl, cl, nd=nd)
    if usd:
        txs.append({"date": dt.date(2025, 6, 21), "desc": "外幣利息存入", "amount": D("4.87")})
    else:
        txs.append({"date": dt.date(2025, 6, 5), "desc": "薪資轉入", "amount": D("68500")})
        rem["薪資轉入"] = "宏碁股份有限公司"
        txs.append({"date": dt.date(2025, 6, 21), "desc": "利息存入", "amount": D("37")}); rem["利息存入"] = ""
    cb = finish(txs, ob)
    num = lambda v: fmt(v, nd=nd)
    rows = money_rows(txs, lambda d: d.strftime("%Y/%m/%d"), num, extra=lambda t: {"rm": rem[t["desc"]]})
    wd, dp = sums(txs)
    curname = "美元 USD" if usd else "新臺幣 TWD"

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "玉山銀行", 18, True); doc.t(118, H - 46, "E.SUN BANK", 10, True)
        doc.t(555, H - 44, "存款交易明細表", 13, align="r")
        doc.t(555, H - 58, "第 %d 頁 / 共 %d 頁" % (p, np_), 8, align="r")
        acct = "0968-%s-123456" % ("979" if usd else "968")
        if p == 1:
            doc.t(40, H - 78, "戶名：陳怡君", 8)
            doc.t(40, H - 90, "帳號：" + acct + ("　外匯活期存款" if usd else "　活期儲蓄存款"), 8)
            doc.t(40, H - 102, "幣別：" + curname, 8)
            doc.t(40, H - 114, "查詢期間：%s ~ %s" % (start.strftime("%Y/%m/%d"), end.strftime("%Y/%m/%d")), 8)
            doc.c.rect(330, H - 124, 225, 46)
            S = [("支出合計", num(wd)), ("存入合計", num(dp)), ("本期餘額", num(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 92 - 12 * i, a, 7.5); doc.t(548, H - 92 - 12 * i, b, 7.5, align="r")
            return H - 146
        doc.t(40, H - 76, "帳號：" + acct + "　幣別：" + curname, 8)
        return H - 96

    cols = [("交易日期", 40, "l", "d"), ("摘要", 108, "l", "desc"), ("支出", 290, "r", "w"), ("存入", 360, "r", "dp"),
            ("餘額", 440, "r", "b"), ("備註", 455, "l", "rm")]

    def top(doc, y):
        doc.t(108, y, "上期餘額", 8); doc.t(440, y, num(ob), 8, align="r")
        return y - 15

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(108, y, "次頁續", 8); return y - 15
        doc.t(108, y, "承前頁", 8); doc.t(440, y, r["pb"], 8, align="r")
        return y - 15

    def footer(doc, p, np_):
        doc.t(40, 40, "玉山商業銀行股份有限公司　客服專線：(02)2182-1313　本明細僅供參考，實際交易以本行帳載為準。", 6)
        doc.t(40, 31, "請妥善保管您的帳戶資料，玉山銀行不會以電話或簡訊要求您操作ATM。", 6)

    mixed_render("MSung-Light", os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=13,
                 per_page=(14 if pages else 46), top_rows=[top], cf=(cf if pages else None))
    write(stem, "HL_tw_esun", "0968-%s-123456" % ("979" if usd else "968"), "USD" if usd else "TWD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Hang Seng HK (Date / Transaction Details / Deposit / Withdrawal / Balance)
def hangseng(stem, seed, n=22, pages=False, dr=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("-2850.40") if dr else D("48215.60")
    pool = [("ATM WITHDRAWAL 0432 MONGKOK", 500, 3000, 100), ("EPS PARKNSHOP TAIKOO", 80, 900), ("FPS TRANSFER TO CHAN TAI MAN", 200, 6000),
            ("OCTOPUS AUTO ADD VALUE", 500, 500), ("CREDIT CARD PAYMENT HANG SENG VISA", 1500, 9000), ("BILL PAYMENT HK ELECTRIC", 380, 1200),
            ("BILL PAYMENT WATER SUPPLIES DEPT", 120, 480), ("EPS WELLCOME SHATIN", 60, 700)]
    cr = [("FPS TRANSFER FROM LEE MEI LING", 300, 5000), ("CASH DEPOSIT 0432 MONGKOK", 1000, 8000)]
    txs = txns(rng, start, end, n, pool, cr, nd=2)
    txs.append({"date": dt.date(2025, 6, 28), "desc": "PAYROLL KOWLOON TRADING CO LTD", "amount": D("38600.00")})
    txs.append({"date": end, "desc": "INTEREST" if not dr else "OVERDRAFT INTEREST", "amount": D("3.12") if not dr else D("-41.27")})
    cb = finish(txs, ob)
    # the balance is printed on the last row of each day only (Hang Seng's habit)
    for i, t in enumerate(txs):
        t["shown"] = i == len(txs) - 1 or txs[i + 1]["date"] != t["date"]
    hk = lambda v: fmt(abs(v)) + (" DR" if v < 0 else "")
    rows = money_rows(txs, lambda d: "%02d %s" % (d.day, MON3[d.month - 1]), hk, wkey="w", dkey="dp")
    prev = None
    for r, t in zip(rows, txs):
        if not t["shown"]: del r["b"]
        if t["date"] == prev: r["d"] = ""
        prev = t["date"]
        if t["amount"] < 0: r["w"] = fmt(-t["amount"])
        else: r["dp"] = fmt(t["amount"])

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "HANG SENG BANK", 16, True); doc.t(190, H - 46, "恒生銀行", 14)
        doc.t(555, H - 42, "Integrated Account Statement 綜合戶口結單", 10, align="r")
        doc.t(555, H - 55, "Page 頁 %d of 共 %d" % (p, np_), 7.5, align="r")
        if p == 1:
            for i, l in enumerate(["MR WONG KA MING", "FLAT C 12/F BLOCK 3", "WHAMPOA GARDEN", "HUNG HOM KOWLOON"]):
                doc.t(40, H - 78 - 10 * i, l, 8)
            doc.t(330, H - 78, "Statement Date 結單日期  %02d %s %d" % (end.day, MON3[end.month - 1], end.year), 8)
            doc.t(330, H - 90, "Account Number 戶口號碼  024-382-416725-001", 8)
            doc.t(330, H - 102, "Branch 分行  Mongkok 旺角", 8)
            doc.t(40, H - 136, "HKD Savings 港元儲蓄", 10, True)
            doc.t(555, H - 136, "Hong Kong Dollar 港元", 8, align="r")
            return H - 156
        doc.t(40, H - 76, "Account Number 戶口號碼  024-382-416725-001   HKD Savings 港元儲蓄 (continued 續)", 8)
        return H - 96

    cols = [("Date\n日期", 40, "l", "d"), ("Transaction Details\n交易詳情", 95, "l", "desc"), ("Deposit\n存入", 380, "r", "dp"),
            ("Withdrawal\n提取", 460, "r", "w"), ("Balance\n結餘", 552, "r", "b")]

    def top(doc, y):
        doc.t(40, y, "%02d %s" % (start.day, MON3[start.month - 1]), 8)
        doc.t(95, y, "B/F BALANCE 承上結餘", 8); doc.t(552, y, hk(ob), 8, align="r")
        return y - 13

    def cf(doc, y, r, kind):
        t = txs[[id(x) for x in rows].index(id(r))]
        if kind == "cf":
            doc.t(95, y, "C/F BALANCE 轉下結餘", 8); doc.t(552, y, hk(t["bal"]), 8, align="r")
        else:
            doc.t(95, y, "B/F BALANCE 承上結餘", 8); doc.t(552, y, hk(t["bal"] - t["amount"]), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(95, y, "C/F BALANCE 轉下結餘", 8); doc.t(552, y, hk(cb), 8, align="r")
        return y - 13

    def footer(doc, p, np_):
        doc.t(40, 40, "Please examine this statement. If there is any discrepancy, please notify the Bank within 90 days. 請即核對結單，如有錯漏，請於九十天內通知本行。", 5.5)
        doc.t(40, 32, "Hang Seng Bank Limited 恒生銀行有限公司  83 Des Voeux Road Central, Hong Kong  香港德輔道中83號  Customer Service 2822 0228", 5.5)

    mixed_render("MSung-Light", os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=12,
                 per_page=(13 if pages else 46), top_rows=[top], bottom=bottom, cf=(cf if pages else None))
    write(stem, "HL_hk_hangseng", "024-382-416725-001", "HKD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 Kasikorn TH (วันที่ / เวลา / รายการ / ถอนเงิน / ฝากเงิน / ยอดคงเหลือ / ช่องทาง)
def kbank(stem, seed, n=24, pages=False):
    rng = random.Random(seed)
    start, end, ob = dt.date(2025, 6, 1), dt.date(2025, 6, 30), D("38452.75")
    pool = [("ชำระเงิน", 45, 1800, "K PLUS"), ("โอนเงิน", 100, 8000, "K PLUS"), ("ถอนเงินสด", 500, 5000, "ATM"),
            ("ชำระค่าสินค้า/บริการ", 60, 2500, "EDC/K SHOP"), ("หักบัญชีอัตโนมัติ", 599, 1299, "อัตโนมัติ"),
            ("ชำระเงินผ่าน QR", 35, 650, "K PLUS")]
    cr = [("รับโอนเงิน", 200, 12000, "Internet/Mobile"), ("ฝากเงินสด", 1000, 10000, "CDM")]
    ch = {a: c for a, _, _, c in pool + cr}
    txs = txns(rng, start, end, n, [(a, b, c) for a, b, c, _ in pool], [(a, b, c) for a, b, c, _ in cr], nd=2)
    txs.append({"date": dt.date(2025, 6, 25), "desc": "รับโอนเงินเดือน", "amount": D("42500.00")}); ch["รับโอนเงินเดือน"] = "อัตโนมัติ"
    txs.append({"date": end, "desc": "ดอกเบี้ยเงินฝาก", "amount": D("6.41")}); ch["ดอกเบี้ยเงินฝาก"] = "อัตโนมัติ"
    cb = finish(txs, ob)
    last = [None]

    def extra(t):
        tm = dt.datetime.combine(t["date"], dt.time(rng.randint(6, 22), rng.randint(0, 59)))
        if last[0] and tm <= last[0]: tm = last[0] + dt.timedelta(minutes=rng.randint(1, 50))
        if tm.date() != t["date"]: tm = dt.datetime.combine(t["date"], dt.time(23, 59))
        last[0] = tm
        return {"tm": tm.strftime("%H:%M"), "ch": ch[t["desc"]]}

    be = lambda d: "%02d/%02d/%02d" % (d.day, d.month, (d.year + 543) % 100)
    rows = money_rows(txs, be, fmt, extra=extra)
    wd, dp = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "ธนาคารกสิกรไทย", 17, True); doc.t(200, H - 46, "KASIKORNBANK", 10, True)
        doc.t(555, H - 44, "รายการเดินบัญชีเงินฝากออมทรัพย์", 12, align="r")
        doc.t(555, H - 58, "หน้า %d / %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "ชื่อบัญชี  นาย ธนากร ศรีสุวรรณ", 8)
            doc.t(40, H - 93, "เลขที่บัญชี  062-8-41937-5", 8)
            doc.t(40, H - 106, "สาขาเจ้าของบัญชี  สาขาสยามสแควร์", 8)
            doc.t(40, H - 119, "รอบระหว่างวันที่  %s - %s" % (start.strftime("%d/%m/") + str(start.year + 543),
                                                           end.strftime("%d/%m/") + str(end.year + 543)), 8)
            doc.c.rect(330, H - 128, 225, 54)
            S = [("ยอดยกมา", fmt(ob)), ("รวมถอนเงิน  %d รายการ" % sum(1 for t in txs if t["amount"] < 0), fmt(wd)),
                 ("รวมฝากเงิน  %d รายการ" % sum(1 for t in txs if t["amount"] > 0), fmt(dp)), ("ยอดยกไป", fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 88 - 12 * i, a, 7.5); doc.t(548, H - 88 - 12 * i, b, 7.5, align="r")
            return H - 150
        doc.t(40, H - 76, "เลขที่บัญชี  062-8-41937-5  นาย ธนากร ศรีสุวรรณ", 8)
        return H - 96

    cols = [("วันที่", 40, "l", "d"), ("เวลา", 88, "l", "tm"), ("รายการ", 124, "l", "desc"), ("ถอนเงิน", 312, "r", "w"),
            ("ฝากเงิน", 380, "r", "dp"), ("ยอดคงเหลือ", 460, "r", "b"), ("ช่องทาง", 474, "l", "ch")]

    def top(doc, y):
        doc.t(40, y, be(start), 8); doc.t(124, y, "ยอดยกมา", 8); doc.t(460, y, fmt(ob), 8, align="r")
        return y - 15

    def footer(doc, p, np_):
        doc.t(40, 40, "ธนาคารกสิกรไทย จำกัด (มหาชน) 400/22 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400  K-Contact Center 02-888-8888", 6)
        doc.t(40, 31, "เอกสารนี้จัดทำด้วยระบบคอมพิวเตอร์ ไม่ต้องมีลายมือชื่อ", 6)

    mixed_render(None, os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=14,
                 per_page=(14 if pages else 44), top_rows=[top])
    write(stem, "HL_th_kasikorn", "062-8-41937-5", "THB", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 VietinBank VN (Ngày giao dịch / Mô tả giao dịch / Nợ / Có / Số dư)
def vietin(stem, seed, n=22, wrapped=False, pages=False):
    rng = random.Random(seed)
    start, end, ob = dt.date(2025, 6, 1), dt.date(2025, 6, 30), D("24318500")
    pool = [("Rut tien ATM VTB {s} HA NOI", 500000, 5000000, 100000), ("Thanh toan QR SHOPEEPAY {r}", 45000, 890000, 1000),
            ("Chuyen tien den NGUYEN VAN AN", 200000, 6000000, 1000), ("Phi SMS Banking thang 05", 11000, 11000),
            ("Thanh toan hoa don EVN HA NOI", 350000, 1200000), ("Nap tien dien thoai VIETTEL", 50000, 500000, 50000)]
    cr = [("CT DEN:{r} TRAN THI MAI chuyen tien", 100000, 3000000, 1000)]
    if wrapped:
        pool += [("CT DI:{r} NGUYEN VAN AN chuyen tien an trua va tien dien thang 5 nha tro so 18 ngo 45 Tran Duy Hung", 150000, 2500000, 1000),
                 ("Thanh toan the tin dung VietinBank Visa so the 4213xxxxxxxx8890 ky sao ke thang 05/2025", 2000000, 9000000, 1000)]
        cr += [("CT DEN:{r} CONG TY TNHH THUONG MAI DICH VU HOANG LONG thanh toan hop dong so 45/2025/HL-DV dot 2", 1500000, 8000000, 1000)]
    txs = txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 10), "desc": "TIEN LUONG THANG 05/2025 CONG TY CP CONG NGHE SAO VIET", "amount": D("28650000")})
    txs.append({"date": end, "desc": "Tra lai tien gui", "amount": D("2431")})
    cb = finish(txs, ob)
    vnd = lambda v: fmt(v, ".", ",", nd=0)
    rows = money_rows(txs, lambda d: d.strftime("%d/%m/%Y"), vnd, wkey="no", dkey="co", width=44)
    wd, dp = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "VietinBank", 18, True)
        doc.t(40, H - 58, "NGÂN HÀNG TMCP CÔNG THƯƠNG VIỆT NAM", 7.5)
        doc.t(555, H - 44, "SAO KÊ TÀI KHOẢN", 13, True, "r")
        doc.t(555, H - 58, "Trang %d/%d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(297, H - 76, "Từ ngày %s đến ngày %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 9, align="c")
            doc.t(40, H - 96, "Tên chủ tài khoản: PHẠM MINH TUẤN", 8)
            doc.t(40, H - 108, "Địa chỉ: Số 18 ngõ 45 Trần Duy Hưng, Cầu Giấy, Hà Nội", 8)
            doc.t(40, H - 120, "Số tài khoản: 108872314569", 8)
            doc.t(330, H - 96, "Loại tài khoản: Tiền gửi thanh toán", 8)
            doc.t(330, H - 108, "Loại tiền: VND", 8)
            doc.t(330, H - 120, "Chi nhánh: CN Đống Đa", 8)
            return H - 146
        doc.t(40, H - 76, "Số tài khoản: 108872314569   Loại tiền: VND", 8)
        return H - 96

    cols = [("Ngày giao dịch", 40, "l", "d"), ("Mô tả giao dịch", 118, "l", "desc"), ("Nợ", 395, "r", "no"),
            ("Có", 470, "r", "co"), ("Số dư", 552, "r", "b")]

    def top(doc, y):
        doc.t(118, y, "Số dư đầu kỳ", 8, True); doc.t(552, y, vnd(ob), 8, True, "r")
        return y - 15

    def bottom(doc, y):
        doc.c.line(40, y + 8, 555, y + 8)
        doc.t(118, y - 4, "Cộng phát sinh", 8, True); doc.t(395, y - 4, vnd(wd), 8, True, "r"); doc.t(470, y - 4, vnd(dp), 8, True, "r")
        doc.t(118, y - 18, "Số dư cuối kỳ", 8, True); doc.t(552, y - 18, vnd(cb), 8, True, "r")
        return y - 24

    def footer(doc, p, np_):
        doc.t(40, 40, "Ngân hàng TMCP Công Thương Việt Nam - 108 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội. Tổng đài hỗ trợ 1900 558 868.", 6)
        doc.t(40, 31, "Sao kê được in từ hệ thống VietinBank iPay. Quý khách vui lòng kiểm tra và thông báo sai sót trong vòng 30 ngày.", 6)

    mixed_render(None, os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=12,
                 per_page=(16 if pages else 46), top_rows=[top], bottom=bottom)
    write(stem, "HL_vn_vietinbank", "108872314569", "VND", start, end, ob, cb, txs)


if __name__ == "__main__":
    mizuho("hl_jp_mizuho", 1601)
    mizuho("hl_jp_mizuho__wareki", 1601, wareki=True)
    mizuho("hl_jp_mizuho__2pages", 1602, n=34, pages=True)
    woori("hl_kr_woori", 1611)
    woori("hl_kr_woori__2pages", 1612, n=30, pages=True)
    woori("hl_kr_woori__minus", 1611, minus=True)
    esun("hl_tw_esun", 1621)
    esun("hl_tw_esun__usd", 1621, usd=True)
    esun("hl_tw_esun__2pages", 1622, n=30, pages=True)
    hangseng("hl_hk_hangseng", 1631)
    hangseng("hl_hk_hangseng__2pages", 1632, n=30, pages=True)
    hangseng("hl_hk_hangseng__dr", 1631, dr=True)
    kbank("hl_th_kasikorn", 1641)
    kbank("hl_th_kasikorn__2pages", 1642, n=30, pages=True)
    vietin("hl_vn_vietinbank", 1651)
    vietin("hl_vn_vietinbank__wrapped", 1651, wrapped=True)
