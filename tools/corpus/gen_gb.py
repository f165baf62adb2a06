#!/usr/bin/python3
"""Generator gb: 8 Asia-Pacific / continental-Europe statement layouts (6 accounts + 2 credit cards),
each as a base statement plus 4 variants that change one thing.  Writes PDF + truth JSON into /tmp/rl10/gb/.

Layouts: jp_mufg, kr_kb, au_cba, ch_postfinance, se_swedbank, pl_mbank, it_intesa (card), th_kbank (card).
"""
import datetime as dt
import json
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from corpus_kit import day

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/rl10/gb"
ID = "gb"

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))

JP = "HeiseiKakuGo-W5"
JPM = "HeiseiMin-W3"
KR = "HYGothic-Medium"
NNBSP = "\u202f"


# ----------------------------------------------------------------------------- helpers
class Doc:
    def __init__(self, path, size=A4):
        self.c = canvas.Canvas(path, pagesize=size, invariant=1)
        self.W, self.H = size

    def t(self, x, y, s, f="DV", sz=8, al="l"):
        self.c.setFont(f, sz)
        if al == "r":
            self.c.drawRightString(x, y, s)
        elif al == "c":
            self.c.drawCentredString(x, y, s)
        else:
            self.c.drawString(x, y, s)

    def hl(self, x1, x2, y, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, y, x2, y)

    def box(self, x, y, w, h, lw=0.6, fill=None):
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
            self.c.rect(x, y, w, h, stroke=1, fill=1)
            self.c.setFillGray(0)
        else:
            self.c.rect(x, y, w, h, stroke=1, fill=0)

    def page(self):
        self.c.showPage()

    def save(self):
        self.c.save()


def fnum(d, dec=2, th=",", dp="."):
    q = abs(d).quantize(D(1) if dec == 0 else D("0.01"))
    s = "%.*f" % (dec, q) if dec else str(int(q))
    ip, _, fp = s.partition(".")
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:])
        ip = ip[:-3]
    g.insert(0, ip)
    return th.join(g) + (dp + fp if dec else "")


def money(rng, lo, hi, dec=2):
    if dec == 0:
        return D(rng.randint(int(lo), int(hi)))
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def days(start, end):
    return (end - start).days + 1


def gen(rng, start, end, n, cat, fixed=(), avoid_days=()):
    """cat: list of (weight, fn(rng) -> dict with 'amt' and fields).  fixed: (day_offset, fn)."""
    out = []
    tot = sum(w for w, _ in cat)
    nd = days(start, end)
    for off, fn in fixed:
        r = fn(rng)
        r["date"] = start + dt.timedelta(off)
        out.append(r)
    for _ in range(n):
        while True:
            d = start + dt.timedelta(rng.randrange(nd))
            if d not in avoid_days:
                break
        x = rng.uniform(0, tot)
        for w, fn in cat:
            x -= w
            if x <= 0:
                break
        r = fn(rng)
        r["date"] = d
        out.append(r)
    out.sort(key=lambda r: r["date"])
    return out


def lift(ob, txns, margin):
    """Raise the opening balance (rounded to whole hundreds) so the account never dips below margin."""
    b, m = ob, ob
    for r in txns:
        b += r["amt"]
        m = min(m, b)
    if m >= margin:
        return ob
    return ob + ((margin - m) / 100).to_integral_value(rounding="ROUND_CEILING") * 100


def run_bal(opening, txns):
    b = opening
    for r in txns:
        b += r["amt"]
        r["bal"] = b
    return b


def paginate(rows, cap1, cap, h=lambda r: 1):
    pages = [[]]
    used, c = 0, cap1
    for r in rows:
        if used + h(r) > c and pages[-1]:
            pages.append([])
            used, c = 0, cap
        pages[-1].append(r)
        used += h(r)
    return pages


def dec_s(d, dec=2):
    return str(d.quantize(D(1) if dec == 0 else D("0.01")))


def write_truth(stem, family, account, cur, ps, pe, ob, cb, txns, with_bal=True, dec=2, bal_sign=1):
    assert ob + sum((r["amt"] for r in txns), D(0)) == cb, stem
    tx = []
    for r in txns:
        e = {"date": r.get("truth_date", r["date"]).isoformat(), "description": " ".join(r["desc_truth"].split()),
             "amount": dec_s(r["amt"], dec)}
        if with_bal and r.get("bal_printed", True):
            e["balance"] = dec_s(r["bal"] * bal_sign, dec)
        tx.append(e)
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": account, "currency": cur,
         "period_start": day(ps), "period_end": pe.isoformat(), "opening_balance": dec_s(ob, dec),
         "closing_balance": dec_s(cb, dec), "transactions": tx}
    with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(j, f, ensure_ascii=False, indent=1)


def stem_of(name, variant):
    return "%s_%s" % (ID, name) + ("__" + variant if variant else "")


# ----------------------------------------------------------------------------- 1 Japan MUFG (yen, passbook-style)
def jp_mufg(variant):
    rng = random.Random("jp" + variant)
    stem = stem_of("jp_mufg", variant)
    if variant == "yearchange":
        ps, pe = dt.date(2025, 12, 15), dt.date(2026, 1, 14)
    else:
        ps, pe = dt.date(2025, 10, 1), dt.date(2025, 10, 31)
    shops = ["セブン－イレブン", "ローソン", "ファミリーマート", "イオンリテール", "ヨドバシカメラ", "アマゾンジャパン",
             "ＪＲ東日本", "スターバックス"]
    names = ["ヤマダ　ハナコ", "スズキ　イチロウ", "タナカ　ケンジ", "サトウ　ミホ"]
    cat = [
        (6, lambda r: {"k": "カード", "n": r.choice(shops), "amt": -money(r, 300, 18000, 0)}),
        (2, lambda r: {"k": "ＡＴＭ", "n": "三菱ＵＦＪ　ＡＴＭ", "amt": -D(r.choice([10000, 20000, 30000, 50000]))}),
        (2, lambda r: {"k": "振込１", "n": r.choice(names), "amt": -money(r, 2000, 40000, 0)}),
        (1, lambda r: {"k": "振込", "n": r.choice(names), "amt": money(r, 3000, 50000, 0)}),
        (1, lambda r: {"k": "デビット", "n": r.choice(["ＶＩＳＡ　ＡＭＡＺＯＮ", "ＶＩＳＡ　メルカリ"]),
                       "amt": -money(r, 500, 12000, 0)}),
    ]
    fixed = [(24, lambda r: {"k": "給料", "n": "カ）サクラショウジ", "amt": D(312480)}),
             (26, lambda r: {"k": "口座振替３", "n": "トウキヨウデンリヨク", "amt": -D(8431)}),
             (26, lambda r: {"k": "口座振替", "n": "ＮＴＴドコモ", "amt": -D(6578)}),
             (2, lambda r: {"k": "振込１", "n": "カ）ミナトフドウサン", "amt": -D(98000)})]
    n = 115 if variant == "3pages" else 24
    txns = gen(rng, ps, pe, n, cat, fixed)
    if variant == "3pages":
        fixed2 = [(12, lambda r: {"k": "給料", "n": "カ）サクラショウジ　賞与", "amt": D(450000)})]
        txns = sorted(txns + gen(rng, ps, pe, 0, cat, fixed2), key=lambda r: r["date"])
    ob = D(-48230) if variant == "overdraft" else lift(D(412873), txns, D(50000))
    if variant == "overdraft":
        # salary arrives late: the account runs on the overdraft (貸越) most of the month
        txns = [t for t in txns if t["amt"] < 0 and t["k"] != "ＡＴＭ"] + [t for t in txns if t["k"] == "給料"]
        txns.sort(key=lambda r: r["date"])
    cb = run_bal(ob, txns)
    for t in txns:
        t["desc_truth"] = t["k"] + " " + t["n"]

    def dfmt(d):
        if variant == "wareki":
            return "R%d.%02d.%02d" % (d.year - 2018, d.month, d.day)
        return "%d年%d月%d日" % (d.year, d.month, d.day)

    def bfmt(b):
        return ("△" if b < 0 else "") + fnum(b, 0)

    doc = Doc(os.path.join(OUT, stem + ".pdf"))
    pages = paginate(txns, 44, 54)
    np_ = len(pages)
    X = dict(date=40, k=122, n=180, out=368, inn=438, bal=518, memo=528)
    for pi, rows in enumerate(pages):
        y = doc.H - 50
        if pi == 0:
            doc.t(40, y, "三菱ＵＦＪ銀行", JP, 15)
            doc.t(555, y, "入出金明細", JP, 13, "r")
            y -= 26
            doc.t(40, y, "ヤマダ　タロウ　様", JP, 11)
            y -= 20
            doc.t(40, y, "店番　135　渋谷支店", JP, 9)
            doc.t(230, y, "科目　普通預金", JP, 9)
            doc.t(380, y, "口座番号　1234567", JP, 9)
            y -= 14
            doc.t(40, y, "照会期間　%s～%s" % (dfmt(ps), dfmt(pe)), JP, 9)
            doc.t(555, y, "（単位：円）", JP, 8, "r")
            y -= 10
        else:
            doc.t(40, y, "三菱ＵＦＪ銀行　入出金明細（つづき）", JP, 10)
            doc.t(555, y, "口座番号　1234567", JP, 8, "r")
            y -= 16
        doc.box(38, y - 15, 519, 15, 0.5, 0.88)
        doc.t(X["date"], y - 11, "日付", JP, 8)
        doc.t(X["k"], y - 11, "摘要", JP, 8)
        doc.t(X["n"], y - 11, "摘要内容", JP, 8)
        doc.t(X["out"], y - 11, "お支払金額", JP, 8, "r")
        doc.t(X["inn"], y - 11, "お預り金額", JP, 8, "r")
        doc.t(X["bal"], y - 11, "差引残高", JP, 8, "r")
        doc.t(X["memo"], y - 11, "メモ", JP, 8)
        y -= 28
        if pi == 0:
            doc.t(X["k"], y, "前回繰越", JP, 8)
            doc.t(X["bal"], y, bfmt(ob), JP, 8, "r")
            y -= 13
        else:
            doc.t(X["k"], y, "前頁より繰越", JP, 8)
            doc.t(X["bal"], y, bfmt(pages[pi - 1][-1]["bal"]), JP, 8, "r")
            y -= 13
        for r in rows:
            doc.t(X["date"], y, dfmt(r["date"]), JP, 8)
            doc.t(X["k"], y, r["k"], JP, 8)
            doc.t(X["n"], y, r["n"], JP, 8)
            if r["amt"] < 0:
                doc.t(X["out"], y, fnum(r["amt"], 0), JP, 8, "r")
            else:
                doc.t(X["inn"], y, fnum(r["amt"], 0), JP, 8, "r")
            doc.t(X["bal"], y, bfmt(r["bal"]), JP, 8, "r")
            doc.hl(38, 557, y - 4, 0.2)
            y -= 13
        if pi < np_ - 1:
            doc.t(X["k"], y, "次頁へ繰越", JP, 8)
            doc.t(X["bal"], y, bfmt(rows[-1]["bal"]), JP, 8, "r")
        else:
            y -= 10
            so = -sum((t["amt"] for t in txns if t["amt"] < 0), D(0))
            si = sum((t["amt"] for t in txns if t["amt"] > 0), D(0))
            doc.box(38, y - 34, 519, 40, 0.5)
            doc.t(48, y - 8, "お支払金額合計　%s円（%d件）" % (fnum(so, 0), sum(1 for t in txns if t["amt"] < 0)), JP, 8)
            doc.t(48, y - 22, "お預り金額合計　%s円（%d件）" % (fnum(si, 0), sum(1 for t in txns if t["amt"] > 0)), JP, 8)
            doc.t(330, y - 8, "期末残高　%s円" % bfmt(cb), JP, 8)
            if variant == "overdraft":
                doc.t(330, y - 22, "△印は貸越残高を示します。", JP, 7)
        doc.t(40, 40, "株式会社三菱ＵＦＪ銀行　この明細は照会日時点の内容です。", JPM, 6.5)
        doc.t(555, 40, "%d／%dページ" % (pi + 1, np_), JP, 7, "r")
        doc.page()
    doc.save()
    write_truth(stem, "gb_jp_mufg", "1234567", "JPY", ps, pe, ob, cb, txns, dec=0)


# ----------------------------------------------------------------------------- 2 Korea KB Kookmin (won, newest first)
def kr_kb(variant):
    rng = random.Random("kr" + variant)
    stem = stem_of("kr_kb", variant)
    ps, pe = dt.date(2025, 10, 1), dt.date(2025, 10, 31)
    shops = ["GS25 역삼점", "스타벅스코리아", "이마트 성수점", "쿠팡(주)", "배달의민족", "올리브영 강남점", "CU 테헤란로점"]
    people = ["김민지", "이서준", "박지훈", "최수아"]
    longnames = ["(주)카카오페이 온라인결제 대행 주식회사 가맹점", "네이버파이낸셜(주) 스마트스토어 정산 대금",
                 "한국전력공사 서울본부 전기요금 자동납부"]
    lw = variant == "longdesc"
    cat = [
        (6, lambda r: {"k": "체크카드", "n": (r.choice(longnames) if lw and r.random() < .35 else r.choice(shops)),
                       "m": "", "b": "", "amt": -money(r, 2500, 89000, 0)}),
        (2, lambda r: {"k": "타행이체", "n": r.choice(people), "m": r.choice(["", "회비", "생일선물"]),
                       "b": "KB스타뱅킹", "amt": -money(r, 10000, 300000, 0)}),
        (1, lambda r: {"k": "이체입금", "n": r.choice(people), "m": "", "b": "전자금융",
                       "amt": money(r, 10000, 200000, 0)}),
        (1, lambda r: {"k": "ATM출금", "n": "", "m": "", "b": "역삼역", "amt": -D(r.choice([50000, 100000]))}),
    ]
    fixed = [(24, lambda r: {"k": "급여", "n": "(주)한빛상사", "m": "10월급여", "b": "전자금융", "amt": D(3854200)}),
             (4, lambda r: {"k": "자동이체", "n": "SKT통신요금", "m": "", "b": "CMS", "amt": -D(69300)}),
             (0, lambda r: {"k": "인터넷뱅킹", "n": "박영희", "m": "10월 월세", "b": "KB스타뱅킹", "amt": -D(650000)}),
             (20, lambda r: {"k": "이자", "n": "", "m": "", "b": "", "amt": D(1287)})]
    n = 90 if variant == "3pages" else 26
    txns = gen(rng, ps, pe, n, cat, fixed)
    for t in txns:
        t["ts"] = "%s %02d:%02d:%02d" % (t["date"].strftime("%Y.%m.%d"), rng.randint(7, 22), rng.randint(0, 59),
                                        rng.randint(0, 59))
    txns.sort(key=lambda r: r["ts"])
    ob = lift(D(1582340), txns, D(200000))
    cb = run_bal(ob, txns)
    for t in txns:
        t["desc_truth"] = " ".join(x for x in (t["k"], t["n"], t["m"], t["b"]) if x)
    shown = txns if variant == "ascending" else list(reversed(txns))
    size = landscape(A4)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), size)
    W = doc.W
    X = dict(ts=30, k=130, n=200, out=468, inn=543, bal=628, m=640, b=722)
    nw = 26 if lw else 200  # 보낸분/받는분 column wraps at this many chars in the long-description variant

    def wrap(s):
        return [s[i:i + nw] for i in range(0, len(s), nw)] or [""]

    pages = paginate(shown, 30, 36, lambda r: len(wrap(r["n"])))
    npg = len(pages)
    for pi, rows in enumerate(pages):
        y = doc.H - 40
        doc.t(30, y, "KB국민은행", KR, 14)
        doc.t(W / 2, y, "거래내역조회", KR, 14, "c")
        y -= 26
        if pi == 0:
            doc.t(30, y, "계좌번호 : 123456-01-234567", KR, 9)
            doc.t(260, y, "예금주 : 홍길동", KR, 9)
            doc.t(430, y, "상품명 : KB국민ONE통장-보통예금", KR, 9)
            y -= 14
            doc.t(30, y, "조회기간 : 2025.10.01 ~ 2025.10.31", KR, 9)
            doc.t(260, y, "조회일시 : 2025.11.01 10:15:22", KR, 9)
            doc.t(430, y, "조회구분 : 전체", KR, 9)
            y -= 16
        doc.box(28, y - 16, W - 56, 16, 0.5, 0.9)
        yy = y - 11
        doc.t(X["ts"], yy, "거래일시", KR, 8)
        doc.t(X["k"], yy, "적요", KR, 8)
        doc.t(X["n"], yy, "보낸분/받는분", KR, 8)
        doc.t(X["out"], yy, "출금액(원)", KR, 8, "r")
        doc.t(X["inn"], yy, "입금액(원)", KR, 8, "r")
        doc.t(X["bal"], yy, "잔액(원)", KR, 8, "r")
        doc.t(X["m"], yy, "송금메모", KR, 8)
        doc.t(X["b"], yy, "거래점", KR, 8)
        y -= 28
        for r in rows:
            z = "" if variant == "blanks" else "0"
            doc.t(X["ts"], y, r["ts"], KR, 7.5)
            doc.t(X["k"], y, r["k"], KR, 7.5)
            for i, part in enumerate(wrap(r["n"])):
                doc.t(X["n"], y - 10 * i, part, KR, 7.5)
            doc.t(X["out"], y, fnum(r["amt"], 0) if r["amt"] < 0 else z, KR, 7.5, "r")
            doc.t(X["inn"], y, fnum(r["amt"], 0) if r["amt"] > 0 else z, KR, 7.5, "r")
            doc.t(X["bal"], y, fnum(r["bal"], 0), KR, 7.5, "r")
            doc.t(X["m"], y, r["m"], KR, 7.5)
            doc.t(X["b"], y, r["b"], KR, 7.5)
            y -= 10 * len(wrap(r["n"])) + 3
            doc.hl(28, W - 28, y + 9, 0.2)
        if pi == npg - 1:
            y -= 8
            si = sum((t["amt"] for t in txns if t["amt"] > 0), D(0))
            so = -sum((t["amt"] for t in txns if t["amt"] < 0), D(0))
            doc.t(30, y, "총 입금액 : %s원 (%d건)" % (fnum(si, 0), sum(1 for t in txns if t["amt"] > 0)), KR, 8.5)
            doc.t(260, y, "총 출금액 : %s원 (%d건)" % (fnum(so, 0), sum(1 for t in txns if t["amt"] < 0)), KR, 8.5)
        doc.t(30, 25, "본 거래내역은 조회용으로만 사용하시기 바랍니다. KB국민은행 고객센터 1588-9999", KR, 7)
        doc.t(W - 30, 25, "%d / %d" % (pi + 1, npg), "DV", 7, "r")
        doc.page()
    doc.save()
    write_truth(stem, "gb_kr_kb", "123456-01-234567", "KRW", ps, pe, ob, cb, txns, dec=0)


# ----------------------------------------------------------------------------- 3 Australia CommBank
def au_cba(variant):
    rng = random.Random("au" + variant)
    stem = stem_of("au_cba", variant)
    if variant == "yearchange":
        ps, pe = dt.date(2025, 12, 1), dt.date(2026, 1, 31)
    elif variant == "quarter4pages":
        ps, pe = dt.date(2025, 7, 1), dt.date(2025, 9, 30)
    else:
        ps, pe = dt.date(2025, 10, 1), dt.date(2025, 10, 31)
    shops = ["WOOLWORTHS 3345 BONDI JUNCT NS AUS", "COLES 0752 SYDNEY NS AUS", "BP NORTH RYDE NS AUS",
             "KMART 1044 CHATSWOOD NS AUS", "UBER *TRIP HELP.UBER.COM NS AUS", "MCDONALDS CROWS NEST NS AUS",
             "JB HI FI BROADWAY NS AUS", "ALDI STORES MARSFIELD NS AUS"]

    def card(r):
        d = r.choice(shops)
        return {"lines": [d, "Card xx4521"], "vd": True, "amt": -money(r, 4, 260)}

    cat = [
        (6, card),
        (1, lambda r: {"lines": ["Transfer To CBA A/C NetBank", r.choice(["savings", "holiday fund", "bills"])],
                       "amt": -money(r, 50, 600)}),
        (1, lambda r: {"lines": ["Fast Transfer From J SMITH", r.choice(["dinner", "rent share", "concert"])],
                       "amt": money(r, 20, 400)}),
        (1, lambda r: {"lines": ["Wdl ATM CBA ATM CHATSWOOD NSW 230517 AUS"], "amt": -D(r.choice([50, 100, 200]))}),
        (1, lambda r: {"lines": ["Direct Debit 062934 TELSTRA CORP LTD", "A123456789"], "amt": -money(r, 60, 120)}),
    ]
    if variant == "longdesc":
        cat.append((2, lambda r: {"lines": ["Transfer to other Bank NetBank", "Kensington Property Mgmt strata levy",
                                            "Lot 14 quarter Oct-Dec ref 00931277"], "amt": -money(r, 300, 900)}))
    fixed = []
    m = ps
    while m <= pe:
        for off in (9, 23):
            dd = m + dt.timedelta(off)
            if dd <= pe:
                fixed.append(((dd - ps).days, lambda r: {"lines": ["Direct Credit 401234 ACME PTY LTD",
                                                                   "SALARY 0000112233"], "amt": D("2816.40")}))
        fixed.append(((m - ps).days + 2, lambda r: {"lines": ["Transfer To RAY WHITE REAL ESTATE", "CommBank app Rent"],
                                                    "amt": -D("2150.00")}))
        m = (m.replace(day=28) + dt.timedelta(5)).replace(day=1)
    fixed.append(((pe - ps).days, lambda r: {"lines": ["Account Fee"], "amt": -D("4.00")}))
    nmonths = 3 if variant == "quarter4pages" else (2 if variant == "yearchange" else 1)
    txns = gen(rng, ps, pe, (20 if nmonths == 3 else 34) * nmonths, cat, fixed)
    for t in txns:
        if t.get("vd"):
            t["lines"] = t["lines"] + ["Value Date: %s" % (t["date"] - dt.timedelta(rng.randint(1, 3))).strftime("%d/%m/%Y")]
    ob = D("-412.55") if variant == "overdraft" else D("3934.27")
    if variant == "overdraft":
        for t in txns:
            if t["amt"] == D("2816.40"):
                t["amt"] = D("1416.40")
    cb = run_bal(ob, txns)
    dayend = variant == "dayend"
    for i, t in enumerate(txns):
        t["desc_truth"] = " ".join(t["lines"])
        if dayend and i + 1 < len(txns) and txns[i + 1]["date"] == t["date"]:
            t["bal_printed"] = False

    def bal(b):
        return "$%s %s" % (fnum(b), "CR" if b >= 0 else "DR") if b else "$0.00"

    doc = Doc(os.path.join(OUT, stem + ".pdf"))
    pages = paginate(txns, 36, 52, lambda r: len(r["lines"]))
    npg = len(pages)
    X = dict(d=42, tx=96, dr=370, cr=440, bal=553)
    for pi, rows in enumerate(pages):
        y = doc.H - 48
        doc.t(42, y, "CommBank", "Helvetica-Bold", 16)
        doc.t(553, y, "Your Statement", "Helvetica-Bold", 12, "r")
        y -= 14
        doc.t(553, y, "Statement 14              (Page %d of %d)" % (pi + 1, npg), "Helvetica", 8, "r")
        if pi == 0:
            y -= 12
            for lab, val in (("Account Number", "06 2148 10234567"),
                             ("Statement Period", "%s - %s" % (ps.strftime("%-d %b %Y"), pe.strftime("%-d %b %Y"))),
                             ("Closing Balance", bal(cb)), ("Enquiries", "13 2221 (24 hours a day, 7 days a week)")):
                doc.t(330, y, lab, "Helvetica", 8)
                doc.t(420, y, val, "Helvetica", 8)
                y -= 11
            doc.t(42, doc.H - 100, "MS JANE E CITIZEN", "Helvetica", 9)
            doc.t(42, doc.H - 111, "12 SAMPLE STREET", "Helvetica", 9)
            doc.t(42, doc.H - 122, "CHATSWOOD NSW 2067", "Helvetica", 9)
            y -= 14
            doc.t(42, y, "Name:  JANE E CITIZEN", "Helvetica", 8)
            y -= 11
            doc.t(42, y, "Note: Have you checked your statement today? It's easy to find out more information about",
                  "Helvetica", 7)
            y -= 9
            doc.t(42, y, "each of your transactions by logging on to the CommBank App or NetBank.", "Helvetica", 7)
            y -= 16
            doc.t(42, y, "Smart Access", "Helvetica-Bold", 10)
            y -= 8
        else:
            y -= 14
            doc.t(42, y, "Smart Access  06 2148 10234567", "Helvetica-Bold", 9)
            y -= 8
        doc.hl(40, 555, y, 0.8)
        y -= 11
        doc.t(X["d"], y, "Date", "Helvetica-Bold", 8)
        doc.t(X["tx"], y, "Transaction", "Helvetica-Bold", 8)
        doc.t(X["dr"], y, "Debit", "Helvetica-Bold", 8, "r")
        doc.t(X["cr"], y, "Credit", "Helvetica-Bold", 8, "r")
        doc.t(X["bal"], y, "Balance", "Helvetica-Bold", 8, "r")
        y -= 5
        doc.hl(40, 555, y, 0.4)
        y -= 11
        if pi == 0:
            doc.t(X["d"], y, ps.strftime("%d %b %Y"), "Helvetica", 8)
            doc.t(X["tx"], y, "OPENING BALANCE", "Helvetica-Bold", 8)
            doc.t(X["bal"], y, bal(ob), "Helvetica", 8, "r")
            y -= 12
        for r in rows:
            doc.t(X["d"], y, r["date"].strftime("%d %b"), "Helvetica", 8)
            for i, ln in enumerate(r["lines"]):
                doc.t(X["tx"], y - 10 * i, ln, "Helvetica", 8)
            doc.t(X["dr"] if r["amt"] < 0 else X["cr"], y, fnum(r["amt"]), "Helvetica", 8, "r")
            if r.get("bal_printed", True):
                doc.t(X["bal"], y, bal(r["bal"]), "Helvetica", 8, "r")
            y -= 10 * len(r["lines"]) + 3
        if pi == npg - 1:
            doc.t(X["d"], y, pe.strftime("%d %b %Y"), "Helvetica", 8)
            doc.t(X["tx"], y, "CLOSING BALANCE", "Helvetica-Bold", 8)
            doc.t(X["bal"], y, bal(cb), "Helvetica", 8, "r")
            y -= 30
            so = -sum((t["amt"] for t in txns if t["amt"] < 0), D(0))
            si = sum((t["amt"] for t in txns if t["amt"] > 0), D(0))
            doc.box(40, y - 30, 515, 42, 0.5)
            for x, lab, val in ((50, "Opening balance", bal(ob)), (175, "- Total debits", "$" + fnum(so)),
                                (300, "+ Total credits", "$" + fnum(si)), (425, "= Closing balance", bal(cb))):
                doc.t(x, y, lab, "Helvetica-Bold", 8)
                doc.t(x, y - 16, val, "Helvetica", 9)
        doc.t(42, 30, "Commonwealth Bank of Australia ABN 48 123 123 124 AFSL and Australian credit licence 234945",
              "Helvetica", 6.5)
        doc.page()
    doc.save()
    write_truth(stem, "gb_au_cba", "06 2148 10234567", "AUD", ps, pe, ob, cb, txns)


# ----------------------------------------------------------------------------- 4 Switzerland PostFinance
def ch_postfinance(variant):
    rng = random.Random("ch" + variant)
    stem = stem_of("ch_postfinance", variant)
    fr = variant == "french"
    ps, pe = dt.date(2025, 10, 1), dt.date(2025, 10, 31)
    shops = ["MIGROS M ZUERICH", "COOP-1234 ZUERICH HB", "DENNER AG BERN", "SBB CFF FFS MOBILE", "MANOR AG BASEL",
             "IKEA AG SPREITENBACH"]
    if fr:
        kauf, kart = "ACHAT/SERVICE DU %s", "NUMÉRO DE CARTE XXXX1234"
    else:
        kauf, kart = "KAUF/DIENSTLEISTUNG VOM %s", "KARTEN NR. XXXX1234"
    cat = [
        (6, lambda r: {"lines": [kauf, kart, r.choice(shops)], "amt": -money(r, 5, 240)}),
        (2, lambda r: {"lines": ["TWINT " + ("ENVOYER DE L'ARGENT" if fr else "GELD SENDEN"), "+4179" + str(r.randint(1000000, 9999999))],
                       "amt": -money(r, 10, 120)}),
        (1, lambda r: {"lines": ["TWINT " + ("RECEVOIR DE L'ARGENT" if fr else "GELD EMPFANGEN"), "+4176" + str(r.randint(1000000, 9999999))],
                       "amt": money(r, 10, 90)}),
        (1, lambda r: {"lines": ["E-FINANCE QR-RECHNUNG", r.choice(["SWISSCOM (SCHWEIZ) AG", "EWZ ELEKTRIZITAETSWERK",
                                                                   "CSS KRANKENVERSICHERUNG AG"])],
                       "amt": -money(r, 60, 480)}),
    ]
    fixed = [(24, lambda r: {"lines": ["GIRO AUS KONTO" if not fr else "VIREMENT DU COMPTE", "ARBEITGEBER AG ZUERICH",
                                       "MITTEILUNGEN: LOHN OKTOBER 2025"], "amt": D("6840.35")}),
             (0, lambda r: {"lines": ["DAUERAUFTRAG" if not fr else "ORDRE PERMANENT", "IMMOBILIEN MEIER GMBH",
                                      "MIETE WOHNUNG 3.OG"], "amt": -D("2150.00")}),
             (30, lambda r: {"lines": ["PREIS FÜR KONTOFÜHRUNG" if not fr else "TAXE DE TENUE DE COMPTE"],
                             "amt": -D("5.00")})]
    n = {"3pages": 70, "onepage": 11}.get(variant, 30)
    txns = gen(rng, ps, pe, n, cat, fixed)
    for t in txns:
        t["lines"] = [ln % (t["date"] - dt.timedelta(rng.randint(0, 2))).strftime("%d.%m.%Y") if "%s" in ln else ln
                      for ln in t["lines"]]
        t["valuta"] = t["date"]
        t["desc_truth"] = " ".join(t["lines"])
    ob = lift(D("4218.60"), txns, D(500))
    cb = run_bal(ob, txns)
    for i, t in enumerate(txns):
        if i + 1 < len(txns) and txns[i + 1]["date"] == t["date"]:
            t["bal_printed"] = False
    th = "'"
    L = dict(title="Kontoauszug", acct="Privatkonto", d="Datum", tx="Text", cr="Gutschrift", dr="Lastschrift",
             v="Valuta", s="Saldo", ks="Kontostand", ue="Übertrag", tot="Total", pg="Seite")
    if fr:
        L = dict(title="Relevé de compte", acct="Compte privé", d="Date", tx="Texte", cr="Crédit", dr="Débit",
                 v="Valeur", s="Solde", ks="Solde", ue="Report", tot="Total", pg="Page")
    swap = variant == "swapcols"
    X = dict(d=42, tx=90, c1=360, c2=430, v=440, s=553)
    ccol = X["c2"] if swap else X["c1"]
    dcol = X["c1"] if swap else X["c2"]
    doc = Doc(os.path.join(OUT, stem + ".pdf"))
    pages = paginate(txns, 42, 52, lambda r: len(r["lines"]))
    npg = len(pages)
    firstday = variant == "dayfirst"
    for pi, rows in enumerate(pages):
        y = doc.H - 50
        doc.t(42, y, "PostFinance", "Helvetica-Bold", 16)
        doc.t(553, y, L["title"], "Helvetica-Bold", 12, "r")
        y -= 16
        if pi == 0:
            doc.t(340, y, "Herr" if not fr else "Monsieur", "Helvetica", 9)
            doc.t(340, y - 11, "Lukas Brunner", "Helvetica", 9)
            doc.t(340, y - 22, "Seestrasse 44", "Helvetica", 9)
            doc.t(340, y - 33, "8002 Zürich", "Helvetica", 9)
            y -= 60
            doc.t(42, y, "%s CHF" % L["acct"], "Helvetica-Bold", 9)
            y -= 12
            doc.t(42, y, "IBAN CH52 0900 0000 8512 3456 7", "Helvetica", 8)
            doc.t(300, y, ("Periode" if not fr else "Période") + " 01.10.2025 - 31.10.2025", "Helvetica", 8)
            y -= 18
        else:
            doc.t(42, y, "%s CHF  IBAN CH52 0900 0000 8512 3456 7" % L["acct"], "Helvetica", 8)
            y -= 14
        doc.hl(40, 555, y, 0.8)
        y -= 11
        doc.t(X["d"], y, L["d"], "Helvetica-Bold", 8)
        doc.t(X["tx"], y, L["tx"], "Helvetica-Bold", 8)
        doc.t(ccol, y, L["cr"], "Helvetica-Bold", 8, "r")
        doc.t(dcol, y, L["dr"], "Helvetica-Bold", 8, "r")
        doc.t(X["v"], y, L["v"], "Helvetica-Bold", 8)
        doc.t(X["s"], y, L["s"], "Helvetica-Bold", 8, "r")
        y -= 5
        doc.hl(40, 555, y, 0.4)
        y -= 11
        if pi == 0:
            doc.t(X["d"], y, "30.09.25", "Helvetica", 8)
            doc.t(X["tx"], y, L["ks"], "Helvetica-Bold", 8)
            doc.t(X["s"], y, fnum(ob, 2, th), "Helvetica", 8, "r")
        else:
            prev = pages[pi - 1]
            doc.t(X["tx"], y, L["ue"], "Helvetica-Bold", 8)
            ci = sum((t["amt"] for p in pages[:pi] for t in p if t["amt"] > 0), D(0))
            co = -sum((t["amt"] for p in pages[:pi] for t in p if t["amt"] < 0), D(0))
            doc.t(ccol, y, fnum(ci, 2, th), "Helvetica", 8, "r")
            doc.t(dcol, y, fnum(co, 2, th), "Helvetica", 8, "r")
            doc.t(X["s"], y, fnum(prev[-1]["bal"], 2, th), "Helvetica", 8, "r")
        y -= 13
        prevd = None
        for r in rows:
            if not (firstday and r["date"] == prevd):
                doc.t(X["d"], y, r["date"].strftime("%d.%m.%y"), "Helvetica", 8)
            prevd = r["date"]
            for i, ln in enumerate(r["lines"]):
                doc.t(X["tx"], y - 10 * i, ln, "Helvetica", 8)
            doc.t(ccol if r["amt"] > 0 else dcol, y, fnum(r["amt"], 2, th), "Helvetica", 8, "r")
            doc.t(X["v"], y, r["valuta"].strftime("%d.%m.%y"), "Helvetica", 8)
            if r.get("bal_printed", True):
                doc.t(X["s"], y, fnum(r["bal"], 2, th), "Helvetica", 8, "r")
            y -= 10 * len(r["lines"]) + 3
        ci = sum((t["amt"] for p in pages[:pi + 1] for t in p if t["amt"] > 0), D(0))
        co = -sum((t["amt"] for p in pages[:pi + 1] for t in p if t["amt"] < 0), D(0))
        doc.hl(40, 555, y + 8, 0.4)
        y -= 2
        if pi < npg - 1:
            doc.t(X["tx"], y, L["ue"], "Helvetica-Bold", 8)
            doc.t(ccol, y, fnum(ci, 2, th), "Helvetica", 8, "r")
            doc.t(dcol, y, fnum(co, 2, th), "Helvetica", 8, "r")
            doc.t(X["s"], y, fnum(rows[-1]["bal"], 2, th), "Helvetica", 8, "r")
        else:
            doc.t(X["tx"], y, L["tot"], "Helvetica-Bold", 8)
            doc.t(ccol, y, fnum(ci, 2, th), "Helvetica", 8, "r")
            doc.t(dcol, y, fnum(co, 2, th), "Helvetica", 8, "r")
            y -= 13
            doc.t(X["d"], y, "31.10.25", "Helvetica", 8)
            doc.t(X["tx"], y, L["ks"], "Helvetica-Bold", 8)
            doc.t(X["s"], y, fnum(cb, 2, th), "Helvetica-Bold", 8, "r")
        doc.t(42, 30, "PostFinance AG, Mingerstrasse 20, 3030 Bern, Telefon +41 848 888 710, www.postfinance.ch",
              "Helvetica", 6.5)
        doc.t(553, 30, "%s %d/%d" % (L["pg"], pi + 1, npg), "Helvetica", 7, "r")
        doc.page()
    doc.save()
    write_truth(stem, "gb_ch_postfinance", "CH5209000000851234567", "CHF", ps, pe, ob, cb, txns)


# ----------------------------------------------------------------------------- 5 Sweden Swedbank
def se_swedbank(variant):
    rng = random.Random("se" + variant)
    stem = stem_of("se_swedbank", variant)
    ps, pe = dt.date(2025, 10, 1), dt.date(2025, 10, 31)
    sep = NNBSP if variant == "narrowspace" else " "
    shops = ["ICA NARA ZINKEN", "COOP KONSUM SÖDER", "SYSTEMBOLAGET 0123", "SL APPEN", "APOTEK HJÄRTAT", "PRESSBYRÅN T-CENT",
             "ÅHLÉNS CITY", "HEMKÖP SVEAVÄGEN"]
    cat = [
        (6, lambda r: {"ref": "%04d" % r.randint(1000, 9999), "text": r.choice(shops), "amt": -money(r, 19, 900)}),
        (2, lambda r: {"ref": "Swish", "text": "SWISH TILL 46 70 %03d %02d %02d" % (r.randint(100, 999), r.randint(10, 99),
                                                                                    r.randint(10, 99)),
                       "amt": -money(r, 50, 600)}),
        (1, lambda r: {"ref": "Swish", "text": "SWISH FRÅN ERIK SVENSSON", "amt": money(r, 50, 800)}),
        (1, lambda r: {"ref": "OCR %d" % r.randint(10 ** 8, 10 ** 9), "text": r.choice(["BG 5050-1055 SKATTEVERKET",
                                                                                        "BG 5872-7010 ELLEVIO AB",
                                                                                        "BG 991-2346 TELIA SVERIGE AB"]),
                       "amt": -money(r, 200, 1500)}),
    ]
    fixed = [(24, lambda r: {"ref": "LÖN", "text": "LÖN KARLSSON KONSULT AB", "amt": D("32450.00")}),
             (0, lambda r: {"ref": "Autogiro", "text": "HSB BRF MÅSEN AVGIFT", "amt": -D("4812.00")}),
             (27, lambda r: {"ref": "Överföring", "text": "ÖVERFÖRING SPARKONTO", "amt": -D("5000.00")})]
    n = 112 if variant == "3pages" else 32
    txns = gen(rng, ps, pe, n, cat, fixed)
    ob = D("-3420.15") if variant == "negative" else lift(D("12873.40"), txns, D(1000))
    if variant == "negative":
        for t in txns:
            if t["ref"] == "LÖN":
                t["amt"] = D("19450.00")
    cb = run_bal(ob, txns)
    for t in txns:
        t["desc_truth"] = t["text"]
        t["tdate"] = t["date"] - dt.timedelta(rng.choice([0, 0, 1, 2])) if t["ref"].isdigit() else t["date"]
        t["truth_date"] = t["tdate"]  # the transaction date (Transaktionsdag), like the other layouts' first date

    def n_(d):
        return ("-" if d < 0 else "") + fnum(d, 2, sep, ",")

    nobal = variant == "nobalance"
    doc = Doc(os.path.join(OUT, stem + ".pdf"))
    X = dict(bd=40, td=100, vd=166, ref=222, text=298, amt=490 if not nobal else 553, bal=553)
    pages = paginate(txns, 38, 54)
    npg = len(pages)
    for pi, rows in enumerate(pages):
        y = doc.H - 50
        doc.t(40, y, "Swedbank", "DVB", 16)
        doc.t(553, y, "Kontoutdrag", "DVB", 12, "r")
        y -= 14
        doc.t(553, y, "Sida %d (%d)" % (pi + 1, npg), "DV", 7.5, "r")
        if pi == 0:
            doc.t(340, y - 14, "Anna Lindqvist", "DV", 9)
            doc.t(340, y - 25, "Götgatan 48", "DV", 9)
            doc.t(340, y - 36, "118 26 Stockholm", "DV", 9)
            y -= 56
            doc.t(40, y, "Privatkonto  8327-9, 914 123 456-7", "DVB", 9)
            y -= 12
            doc.t(40, y, "Period  2025-10-01 – 2025-10-31", "DV", 8)
            doc.t(300, y, "Valuta  SEK", "DV", 8)
            y -= 14
            if nobal:
                doc.box(40, y - 32, 515, 36, 0.5, 0.93)
                doc.t(50, y - 10, "Ingående saldo 2025-10-01", "DV", 8)
                doc.t(250, y - 10, n_(ob), "DVB", 8, "r")
                doc.t(300, y - 10, "Insättningar", "DV", 8)
                doc.t(545, y - 10, n_(sum((t["amt"] for t in txns if t["amt"] > 0), D(0))), "DV", 8, "r")
                doc.t(50, y - 24, "Utgående saldo 2025-10-31", "DV", 8)
                doc.t(250, y - 24, n_(cb), "DVB", 8, "r")
                doc.t(300, y - 24, "Uttag", "DV", 8)
                doc.t(545, y - 24, n_(sum((t["amt"] for t in txns if t["amt"] < 0), D(0))), "DV", 8, "r")
                y -= 44
        else:
            y -= 14
            doc.t(40, y, "Privatkonto  8327-9, 914 123 456-7   forts.", "DV", 8)
            y -= 10
        doc.hl(38, 557, y, 0.8)
        y -= 11
        doc.t(X["bd"], y, "Bokföringsdag", "DVB", 6.5)
        doc.t(X["td"], y, "Transaktionsdag", "DVB", 6.5)
        doc.t(X["vd"], y, "Valutadag", "DVB", 6.5)
        doc.t(X["ref"], y, "Referens", "DVB", 6.5)
        doc.t(X["text"], y, "Beskrivning", "DVB", 6.5)
        doc.t(X["amt"], y, "Belopp", "DVB", 6.5, "r")
        if not nobal:
            doc.t(X["bal"], y, "Bokfört saldo", "DVB", 6.5, "r")
        y -= 5
        doc.hl(38, 557, y, 0.4)
        y -= 11
        if pi == 0 and not nobal:
            doc.t(X["text"], y, "Ingående saldo", "DVB", 7.5)
            doc.t(X["bal"], y, n_(ob), "DV", 7.5, "r")
            y -= 12
        if pi > 0 and variant == "3pages":
            doc.t(X["text"], y, "Transport från föregående sida", "DV", 7.5)
            doc.t(X["bal"], y, n_(pages[pi - 1][-1]["bal"]), "DV", 7.5, "r")
            y -= 12
        for r in rows:
            doc.t(X["bd"], y, r["date"].isoformat(), "DV", 7.5)
            doc.t(X["td"], y, r["tdate"].isoformat(), "DV", 7.5)
            doc.t(X["vd"], y, r["date"].isoformat(), "DV", 7.5)
            doc.t(X["ref"], y, r["ref"], "DV", 7.5)
            doc.t(X["text"], y, r["text"], "DV", 7.5)
            doc.t(X["amt"], y, n_(r["amt"]), "DV", 7.5, "r")
            if not nobal:
                doc.t(X["bal"], y, n_(r["bal"]), "DV", 7.5, "r")
            y -= 12
        if pi < npg - 1 and variant == "3pages":
            doc.t(X["text"], y, "Saldo att transportera", "DV", 7.5)
            doc.t(X["bal"], y, n_(rows[-1]["bal"]), "DV", 7.5, "r")
        if pi == npg - 1 and not nobal:
            doc.hl(38, 557, y + 8, 0.4)
            doc.t(X["text"], y - 2, "Utgående saldo", "DVB", 7.5)
            doc.t(X["bal"], y - 2, n_(cb), "DVB", 7.5, "r")
        doc.t(40, 30, "Swedbank AB (publ), 105 34 Stockholm, org.nr 502017-7753, styrelsens säte Stockholm. "
                      "www.swedbank.se", "DV", 6)
        doc.page()
    doc.save()
    write_truth(stem, "gb_se_swedbank", "8327-9 914 123 456-7", "SEK", ps, pe, ob, cb, txns, with_bal=not nobal)


# ----------------------------------------------------------------------------- 6 Poland mBank
def pl_mbank(variant):
    rng = random.Random("pl" + variant)
    stem = stem_of("pl_mbank", variant)
    ps, pe = dt.date(2025, 10, 1), dt.date(2025, 10, 31)
    shops = ["ŻABKA Z5678 K.1 WARSZAWA", "BIEDRONKA 1234 WARSZAWA", "LIDL PUŁAWSKA WARSZAWA", "ORLEN STACJA NR 451 WARSZAWA",
             "ROSSMANN 321 WARSZAWA", "JMP S.A. BIEDRONKA 4410 KRAKÓW", "ALLEGRO.PL POZNAŃ"]
    cat = [
        (6, lambda r: {"lines": ["ZAKUP PRZY UŻYCIU KARTY", r.choice(shops), "4567XXXXXXXX1234"],
                       "amt": -money(r, 3, 420)}),
        (2, lambda r: {"lines": ["PRZELEW WYCHODZĄCY", r.choice(["ANNA NOWAK", "PIOTR WIŚNIEWSKI"]),
                                 r.choice(["ZWROT ZA BILETY", "PREZENT DLA MAMY", "OBIAD"])], "amt": -money(r, 20, 400)}),
        (2, lambda r: {"lines": ["BLIK ZAKUP E-COMMERCE", "REF 8%010d" % r.randint(0, 10 ** 9), "allegro.pl"],
                       "amt": -money(r, 15, 300)}),
        (1, lambda r: {"lines": ["PRZELEW PRZYCHODZĄCY", "MAREK KOWALSKI", "ZWROT ZA OBIAD"], "amt": money(r, 20, 250)}),
    ]
    fixed = [(9, lambda r: {"lines": ["PRZELEW PRZYCHODZĄCY", "TECHSOFT SP. Z O.O. UL. PROSTA 51 WARSZAWA",
                                      "WYNAGRODZENIE ZA WRZESIEŃ 2025"], "amt": D("8742.16")}),
             (1, lambda r: {"lines": ["PRZELEW ZEWNĘTRZNY WYCHODZĄCY", "WSPÓLNOTA MIESZKANIOWA UL. MIODOWA 5",
                                      "CZYNSZ PAŹDZIERNIK"], "amt": -D("612.40")}),
             (14, lambda r: {"lines": ["PRZELEW NA TELEFON BLIK", "+48 601 *** 123"], "amt": -D("50.00")})]
    if variant == "zerofee":
        fixed.append((30, lambda r: {"lines": ["OPŁATA ZA KARTĘ", "4567XXXXXXXX1234"], "amt": D("0.00")}))
    n = 50 if variant == "3pages" else 28
    txns = gen(rng, ps, pe, n, cat, fixed)
    ob = D("-1250.37") if variant == "debit" else D("3456.78")
    cb = run_bal(ob, txns)
    for t in txns:
        t["desc_truth"] = " ".join(t["lines"])
        t["bd"] = t["date"] + dt.timedelta(rng.choice([0, 0, 1, 2])) if "KARTY" in t["lines"][0] else t["date"]
        if t["bd"] > pe:
            t["bd"] = pe

    def n_(d):
        return ("-" if d < 0 else "") + fnum(d, 2, " ", ",")

    def df(d):
        return d.strftime("%d.%m.%Y") if variant == "dmy" else d.isoformat()

    doc = Doc(os.path.join(OUT, stem + ".pdf"))
    X = dict(od=40, bd=102, desc=170, amt=470, bal=555)
    pages = paginate(txns, 38, 56, lambda r: len(r["lines"]))
    npg = len(pages)
    for pi, rows in enumerate(pages):
        y = doc.H - 45
        doc.t(40, y, "mBank", "DVB", 18)
        doc.t(555, y, "Strona %d/%d" % (pi + 1, npg), "DV", 7, "r")
        y -= 22
        if pi == 0:
            doc.t(40, y, "Elektroniczne zestawienie operacji za %s - %s" % (df(ps), df(pe)), "DVB", 10)
            y -= 14
            doc.t(40, y, "Tomasz Zieliński, ul. Miodowa 5 m. 12, 00-251 Warszawa", "DV", 8)
            y -= 12
            doc.t(40, y, "Rodzaj rachunku: eKonto osobiste", "DV", 8)
            doc.t(300, y, "Waluta: PLN", "DV", 8)
            y -= 12
            doc.t(40, y, "Nr rachunku: 12 1140 2004 0000 3102 1234 5678", "DV", 8)
            y -= 16
            ci = [t["amt"] for t in txns if t["amt"] > 0]
            co = [t["amt"] for t in txns if t["amt"] < 0]
            for lab, val in (("Saldo początkowe:", n_(ob)), ("Suma uznań (%d):" % len(ci), n_(sum(ci, D(0)))),
                             ("Suma obciążeń (%d):" % len(co), n_(sum(co, D(0)))), ("Saldo końcowe:", n_(cb))):
                doc.t(40, y, lab, "DV", 8)
                doc.t(250, y, val + " PLN", "DV", 8, "r")
                y -= 11
            y -= 6
        doc.box(38, y - 16, 519, 16, 0.4, 0.9)
        doc.t(X["od"], y - 11, "Data operacji", "DVB", 6.5)
        doc.t(X["bd"], y - 11, "Data księgowania", "DVB", 6.5)
        doc.t(X["desc"], y - 11, "Opis operacji", "DVB", 6.5)
        doc.t(X["amt"], y - 11, "Kwota", "DVB", 6.5, "r")
        doc.t(X["bal"], y - 11, "Saldo po operacji", "DVB", 6.5, "r")
        y -= 28
        for r in rows:
            doc.t(X["od"], y, df(r["date"]), "DV", 7)
            doc.t(X["bd"], y, df(r["bd"]), "DV", 7)
            for i, ln in enumerate(r["lines"]):
                doc.t(X["desc"], y - 9 * i, ln, "DV", 7)
            doc.t(X["amt"], y, n_(r["amt"]), "DV", 7, "r")
            doc.t(X["bal"], y, n_(r["bal"]), "DV", 7, "r")
            y -= 9 * len(r["lines"]) + 4
            doc.hl(38, 557, y + 7, 0.15)
        doc.t(40, 36, "mBank S.A. z siedzibą w Warszawie, ul. Prosta 18, 00-850 Warszawa, zarejestrowany w Sądzie Rejonowym "
                      "dla m.st. Warszawy,", "DV", 5.5)
        doc.t(40, 29, "XIII Wydział Gospodarczy KRS pod numerem 0000025237, NIP: 526-021-50-88, kapitał zakładowy "
                      "169 860 668 zł (opłacony w całości).", "DV", 5.5)
        doc.page()
    doc.save()
    write_truth(stem, "gb_pl_mbank", "12114020040000310212345678", "PLN", ps, pe, ob, cb, txns)


# ----------------------------------------------------------------------------- 7 Italy Intesa Sanpaolo credit card
def it_intesa(variant):
    rng = random.Random("it" + variant)
    stem = stem_of("it_intesa_card", variant)
    if variant == "yearchange":
        ps, pe = dt.date(2025, 12, 16), dt.date(2026, 1, 15)
    else:
        ps, pe = dt.date(2025, 9, 16), dt.date(2025, 10, 15)
    shops = ["ESSELUNGA MILANO VIALE", "CONAD CITY ROMA", "AUTOGRILL VILLORESI EST", "ENI STATION 4411 MILANO",
             "TRENITALIA WEB ROMA", "FELTRINELLI MILANO", "ZARA ITALIA MILANO"]
    fx = [("AMAZON.COM AMZN.COM/BILL", "USD", D("1.1612")), ("STEAMGAMES.COM 4259522", "USD", D("1.1598")),
          ("BOOKING.COM AMSTERDAM", "GBP", D("0.8712")), ("MIGROS ZUERICH", "CHF", D("0.9335"))]

    def fxrow(r):
        m, c, rate = r.choice(fx)
        orig = money(r, 9, 180)
        eur = (orig / rate).quantize(D("0.01"))
        return {"d": m, "fx": (orig, c, rate), "amt": -eur}

    cat = [(6, lambda r: {"d": r.choice(shops), "amt": -money(r, 6, 240)}), (2, fxrow)]
    prev = D("523.10")
    fixed = [(0, lambda r: {"d": "ADDEBITO IN C/C SALDO PRECEDENTE", "amt": prev}),
             (29, lambda r: {"d": "QUOTA ASSOCIATIVA ANNUALE", "amt": -D("3.10")})]
    if variant == "refund":
        fixed.append((18, lambda r: {"d": "STORNO ZARA ITALIA MILANO", "amt": D("59.90")}))
    n = 55 if variant == "2pages" else 20
    txns = gen(rng, ps, pe, n, cat, fixed)
    ob = -prev
    cb = run_bal(ob, txns)
    fxline = variant == "fxline"
    for t in txns:
        t["rd"] = min(t["date"] + dt.timedelta(rng.choice([1, 1, 2, 3])), pe)
        if t["d"].startswith("ADDEBITO") or t["d"].startswith("QUOTA"):
            t["rd"] = t["date"]
        t["lines"] = [t["d"]]
        if fxline and "fx" in t:
            o, c, rate = t["fx"]
            t["lines"].append("IMPORTO IN VALUTA %s %s CAMBIO %s" % (fnum(o, 2, ".", ","), c, str(rate).replace(".", ",")))
        t["desc_truth"] = " ".join(t["lines"])

    def eur(d):  # issuer view: charges positive, credits with a leading minus
        return ("-" if d > 0 else "") + fnum(d, 2, ".", ",")

    df = "%d/%m/%Y"
    doc = Doc(os.path.join(OUT, stem + ".pdf"))
    X = dict(do=40, dr=98, desc=156, val=420, eur=553)
    pages = paginate(txns, 30, 50, lambda r: len(r["lines"]))
    npg = len(pages)
    charges = -sum((t["amt"] for t in txns if t["amt"] < 0), D(0))
    credits = sum((t["amt"] for t in txns if t["amt"] > 0), D(0))
    for pi, rows in enumerate(pages):
        y = doc.H - 48
        doc.t(40, y, "INTESA  SANPAOLO", "Helvetica-Bold", 15)
        doc.t(555, y, "Estratto conto carta di credito", "Helvetica-Bold", 11, "r")
        y -= 14
        doc.t(555, y, "Pagina %d di %d" % (pi + 1, npg), "Helvetica", 7.5, "r")
        if pi == 0:
            y -= 14
            doc.t(40, y, "Carta Intesa Sanpaolo Visa Classic  n. 4532 **** **** 7788", "Helvetica-Bold", 9)
            doc.t(340, y, "Sig. MARIO ROSSI", "Helvetica", 9)
            y -= 12
            doc.t(40, y, "Periodo dal %s al %s" % (ps.strftime(df), pe.strftime(df)), "Helvetica", 8)
            doc.t(340, y, "Via Garibaldi 12, 20121 Milano MI", "Helvetica", 8)
            y -= 18
            doc.box(40, y - 56, 515, 62, 0.6, 0.94)
            cols = (("Saldo precedente", fnum(prev, 2, ".", ",")), ("Pagamenti e accrediti", fnum(credits, 2, ".", ",")),
                    ("Nuovi addebiti", fnum(charges, 2, ".", ",")), ("Saldo attuale", fnum(-cb, 2, ".", ",")))
            for i, (lab, val) in enumerate(cols):
                doc.t(50 + 128 * i, y - 10, lab, "Helvetica", 7.5)
                doc.t(50 + 128 * i, y - 24, "€ " + val, "Helvetica-Bold", 10)
            doc.t(50, y - 40, "Modalità di rimborso: SALDO - importo addebitato sul c/c IT60 X054 2811 1010 0000 0123 456 "
                              "il %s" % (pe + dt.timedelta(30)).strftime(df), "Helvetica", 7)
            doc.t(50, y - 50, "Fido accordato € 3.000,00    Fido disponibile € %s" % fnum(D(3000) + cb, 2, ".", ","),
                  "Helvetica", 7)
            y -= 74
        else:
            y -= 14
            doc.t(40, y, "Carta n. 4532 **** **** 7788 - dettaglio operazioni (segue)", "Helvetica", 8)
            y -= 12
        doc.hl(38, 557, y, 0.8)
        y -= 10
        doc.t(X["do"], y, "Data", "Helvetica-Bold", 7)
        doc.t(X["do"], y - 8, "operazione", "Helvetica-Bold", 7)
        doc.t(X["dr"], y, "Data", "Helvetica-Bold", 7)
        doc.t(X["dr"], y - 8, "registrazione", "Helvetica-Bold", 7)
        doc.t(X["desc"], y, "Descrizione operazione", "Helvetica-Bold", 7)
        if not fxline:
            doc.t(X["val"], y, "Importo in", "Helvetica-Bold", 7, "r")
            doc.t(X["val"], y - 8, "valuta originale", "Helvetica-Bold", 7, "r")
        doc.t(X["eur"], y, "Importo", "Helvetica-Bold", 7, "r")
        doc.t(X["eur"], y - 8, "in euro", "Helvetica-Bold", 7, "r")
        y -= 13
        doc.hl(38, 557, y, 0.4)
        y -= 11
        for r in rows:
            doc.t(X["do"], y, r["date"].strftime(df), "Helvetica", 7.5)
            doc.t(X["dr"], y, r["rd"].strftime(df), "Helvetica", 7.5)
            for i, ln in enumerate(r["lines"]):
                doc.t(X["desc"], y - 9 * i, ln, "Helvetica", 7.5)
            if "fx" in r and not fxline:
                o, c, _ = r["fx"]
                doc.t(X["val"], y, "%s %s" % (fnum(o, 2, ".", ","), c), "Helvetica", 7.5, "r")
            doc.t(X["eur"], y, eur(r["amt"]), "Helvetica", 7.5, "r")
            y -= 9 * len(r["lines"]) + 4
        if pi == npg - 1:
            doc.hl(38, 557, y + 6, 0.4)
            y -= 6
            doc.t(X["desc"], y, "TOTALE ADDEBITI DEL PERIODO", "Helvetica-Bold", 7.5)
            doc.t(X["eur"], y, fnum(charges, 2, ".", ","), "Helvetica-Bold", 7.5, "r")
            y -= 12
            doc.t(X["desc"], y, "SALDO ATTUALE A VOSTRO DEBITO", "Helvetica-Bold", 7.5)
            doc.t(X["eur"], y, fnum(-cb, 2, ".", ","), "Helvetica-Bold", 7.5, "r")
        doc.t(40, 36, "Intesa Sanpaolo S.p.A. Sede legale: Piazza San Carlo 156, 10121 Torino. Capitale sociale "
                      "Euro 10.368.870.930,08. Aderente al Fondo Interbancario di Tutela dei Depositi.", "Helvetica", 5.5)
        doc.t(40, 29, "Gli importi con segno meno (-) sono accrediti a Suo favore.", "Helvetica", 5.5)
        doc.page()
    doc.save()
    write_truth(stem, "gb_it_intesa_card", "4532********7788", "EUR", ps, pe, ob, cb, txns, with_bal=False)


# ----------------------------------------------------------------------------- 8 Thailand KBank credit card
def th_kbank(variant):
    rng = random.Random("th" + variant)
    stem = stem_of("th_kbank_card", variant)
    ps, pe = dt.date(2025, 9, 16), dt.date(2025, 10, 15)
    shops = ["7-ELEVEN 10442 BANGKOK", "CENTRAL WORLD BANGKOK", "LINE MAN BANGKOK", "GRAB*A-8XK2 BANGKOK",
             "TOPS MARKET SUKHUMVIT", "PTT STATION RAMA 9", "BIG C SUPERCENTER BANGNA", "STARBUCKS EMQUARTIER"]
    fx = [("NETFLIX.COM LOS GATOS", "USD", D("32.8150")), ("SPOTIFY P2A3 STOCKHOLM", "USD", D("32.7710")),
          ("AGODA.COM SINGAPORE", "SGD", D("25.2340")), ("UNIQLO TOKYO GINZA", "JPY", D("0.2231"))]

    def fxrow(r):
        m, c, rate = r.choice(fx)
        orig = money(r, 5, 60) if c != "JPY" else D(r.randint(990, 8900))
        return {"d": m, "fx": (orig, c), "amt": -(orig * rate).quantize(D("0.01"))}

    cat = [(6, lambda r: {"d": r.choice(shops), "amt": -money(r, 45, 3800)}), (2, fxrow)]
    prev = D("-1000.00") if variant == "creditbal" else D("18452.75")  # issuer view: positive = owed
    fixed = [(17, lambda r: {"d": "PAYMENT - THANK YOU (K PLUS)", "amt": D("18452.75")})] if variant != "creditbal" else []
    fixed.append((20, lambda r: {"d": "K-POINT REDEMPTION CASH BACK", "amt": D("200.00")}))
    n = 70 if variant == "3pages" else 22
    txns = gen(rng, ps, pe, n, cat, fixed)
    ob = -prev
    cb = run_bal(ob, txns)
    be = variant == "buddhist"
    for t in txns:
        t["pd"] = min(t["date"] + dt.timedelta(rng.choice([1, 1, 2])), pe) if "PAYMENT" not in t["d"] else t["date"]
        t["lines"] = [t["d"]]
        if "fx" in t:
            o, c = t["fx"]
            t["lines"].append("%s %s" % (c, fnum(o, 0 if c == "JPY" else 2)))
        t["desc_truth"] = " ".join(t["lines"])

    def df(d):
        return "%02d/%02d/%02d" % (d.day, d.month, (d.year + 543 if be else d.year) % 100)

    def amt(d):  # issuer view: spending plain, credits with trailing minus
        return fnum(d) + ("-" if d > 0 else "")

    def bal_issuer(b):  # holder balance b -> issuer print
        return fnum(b) + ("-" if b > 0 else "")

    nopost = variant == "nopostdate"
    doc = Doc(os.path.join(OUT, stem + ".pdf"))
    X = dict(td=40, pd=100, desc=160 if not nopost else 100, amt=553)
    pages = paginate(txns, 34, 52, lambda r: len(r["lines"]))
    npg = len(pages)
    due = -cb if cb < 0 else D(0)
    minpay = max(D("1000.00"), (due * D("0.08")).quantize(D("0.01"))) if due > 0 else D(0)
    minpay = min(minpay, due)
    for pi, rows in enumerate(pages):
        y = doc.H - 45
        doc.t(40, y, "KASIKORNBANK", "Helvetica-Bold", 15)
        doc.t(555, y, "CREDIT CARD STATEMENT", "Helvetica-Bold", 11, "r")
        y -= 13
        doc.t(555, y, "PAGE %d/%d" % (pi + 1, npg), "Helvetica", 7.5, "r")
        if pi == 0:
            y -= 8
            doc.t(40, y, "MR. SOMCHAI JAIDEE", "Helvetica", 9)
            doc.t(40, y - 11, "99/123 SUKHUMVIT 71 RD., KHLONG TAN NUEA", "Helvetica", 8)
            doc.t(40, y - 21, "WATTHANA BANGKOK 10110", "Helvetica", 8)
            y -= 40
            doc.box(40, y - 48, 515, 56, 0.6)
            heads = (("CARD NUMBER", "4890-XXXX-XXXX-3321"), ("STATEMENT DATE", df(pe)),
                     ("PAYMENT DUE DATE", df(pe + dt.timedelta(20))), ("CREDIT LIMIT", "200,000.00"))
            for i, (a, b) in enumerate(heads):
                doc.t(50 + 128 * i, y - 4, a, "Helvetica", 6.5)
                doc.t(50 + 128 * i, y - 15, b, "Helvetica-Bold", 9)
            heads = (("PREVIOUS BALANCE", bal_issuer(ob)), ("TOTAL BALANCE", bal_issuer(cb)),
                     ("TOTAL AMOUNT DUE", fnum(due)), ("MINIMUM PAYMENT", fnum(minpay)))
            for i, (a, b) in enumerate(heads):
                doc.t(50 + 128 * i, y - 30, a, "Helvetica", 6.5)
                doc.t(50 + 128 * i, y - 41, b, "Helvetica-Bold", 9)
            y -= 66
        else:
            y -= 16
            doc.t(40, y, "CARD NUMBER 4890-XXXX-XXXX-3321   STATEMENT DATE %s" % df(pe), "Helvetica", 8)
            y -= 10
        doc.hl(38, 557, y, 0.8)
        y -= 11
        doc.t(X["td"], y, "TRANS. DATE", "Helvetica-Bold", 7)
        if not nopost:
            doc.t(X["pd"], y, "POSTING DATE", "Helvetica-Bold", 7)
        doc.t(X["desc"], y, "DESCRIPTION", "Helvetica-Bold", 7)
        doc.t(X["amt"], y, "AMOUNT (BAHT)", "Helvetica-Bold", 7, "r")
        y -= 5
        doc.hl(38, 557, y, 0.4)
        y -= 11
        if pi == 0:
            doc.t(X["desc"], y, "PREVIOUS BALANCE", "Helvetica-Bold", 7.5)
            doc.t(X["amt"], y, bal_issuer(ob), "Helvetica", 7.5, "r")
            y -= 12
        for r in rows:
            doc.t(X["td"], y, df(r["date"]), "Helvetica", 7.5)
            if not nopost:
                doc.t(X["pd"], y, df(r["pd"]), "Helvetica", 7.5)
            for i, ln in enumerate(r["lines"]):
                doc.t(X["desc"] + (12 if i else 0), y - 9 * i, ln, "Helvetica", 7.5)
            doc.t(X["amt"], y, amt(r["amt"]), "Helvetica", 7.5, "r")
            y -= 9 * len(r["lines"]) + 3
        if pi < npg - 1:
            doc.t(X["desc"], y - 4, "*** CONTINUED ON NEXT PAGE ***", "Helvetica", 7.5)
        else:
            doc.hl(38, 557, y + 6, 0.4)
            y -= 6
            doc.t(X["desc"], y, "TOTAL BALANCE", "Helvetica-Bold", 7.5)
            doc.t(X["amt"], y, bal_issuer(cb), "Helvetica-Bold", 7.5, "r")
        doc.t(40, 34, "KASIKORNBANK PCL. 400/22 PHAHOLYOTHIN RD., SAMSEN NAI, PHAYATHAI, BANGKOK 10400  K-CONTACT CENTER "
                      "02-8888888", "Helvetica", 6)
        doc.t(40, 26, "AMOUNT WITH (-) SIGN IS CREDIT ENTRY. FOREIGN TRANSACTIONS ARE CONVERTED INTO BAHT AT THE RATE "
                      "OF THE CARD NETWORK.", "Helvetica", 6)
        doc.page()
    doc.save()
    # the page prints its STATEMENT DATE only: no period start (README's truth conventions)
    write_truth(stem, "gb_th_kbank_card", "4890XXXXXXXX3321", "THB", None, pe, ob, cb, txns, with_bal=False)


LAYOUTS = [
    (jp_mufg, ["", "wareki", "3pages", "yearchange", "overdraft"]),
    (kr_kb, ["", "ascending", "blanks", "3pages", "longdesc"]),
    (au_cba, ["", "dayend", "overdraft", "yearchange", "quarter4pages"]),
    (ch_postfinance, ["", "onepage", "swapcols", "french", "dayfirst"]),
    (se_swedbank, ["", "narrowspace", "nobalance", "3pages", "negative"]),
    (pl_mbank, ["", "dmy", "3pages", "debit", "zerofee"]),
    (it_intesa, ["", "fxline", "2pages", "yearchange", "refund"]),
    (th_kbank, ["", "buddhist", "3pages", "creditbal", "nopostdate"]),
]

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn, vs in LAYOUTS:
        for v in vs:
            fn(v)
    print("ok", len(os.listdir(OUT)))
