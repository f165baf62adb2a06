#!/usr/bin/python3
"""Generator ir: 4 unseen layouts x (base + variants), exact truth. Deterministic.

Revolut Business multi-currency statement (Lithuania-licensed, EUR / GBP / USD: a Balance summary grid of one row
per currency, then one "EUR transactions from Jun 1, 2025 to Jun 30, 2025" section per currency, each Date "Jun 2,
2025" / Description / Money out / Money in / Balance with "€1,234.56", "£", "$" amounts and grey detail lines (To: /
From: / Reference: / Card: / a "Revolut rate" line under an exchange); a two-page variant whose EUR section breaks
across the page, a single-currency variant, and a foreign-card variant with "$120.00 · Revolut rate €1.00 = $1.0842"
lines), Shinhan Card 이용대금 명세서 (Korea, KRW: 이용일자 "05.09" without a year / 이용카드 / 이용하신 가맹점 /
이용금액 / 할부기간 / 회차 / 원금 / 수수료(이자) / 결제 후 잔액, the rows under [일시불] and [할부] headings each
closed by a 소계 line, a 결제하실 금액 box; a 해외이용 variant with "USD 45.00  환율 1,382.50" lines, a 취소 variant
with "-35,900" rows and a two-page variant), Paytm Payments Bank savings statement (India, INR: DATE & TIME
"05 Jun 2025" over "10:22 PM" / TRANSACTION DETAILS of a bold title over UPI narrations wrapped on two to four lines /
signed AMOUNT "- ₹250.00" "+ ₹1,25,000.00" in lakh grouping / AVAILABLE BALANCE, an Account Summary box; a three-page
variant and a variant with long UPI references), Banco Inter extrato (Brazil, BRL: no column header, a day heading
"3 de junho de 2025" with "Saldo do dia: R$ 2.345,67" on its right, rows of a description and "-R$ 45,00" under it,
a Saldo anterior / Saldo total box; a two-page variant with a day running over the page and an overdrawn variant
"Saldo do dia: -R$ 120,45").

Truth choices: Revolut Business is a statement holding several accounts (as `gen_gy.py`'s): one truth of every
section's rows in page order, currency, account, opening and closing null, a "sections" list; its single-currency
variant one account with its currency and balances; its detail lines (To:, From:, Reference:, Card:, the rate line)
join the description. The Shinhan card is entered as cards are (charges negative, a 취소 positive), a row's amount what
this bill charges (원금 plus 수수료(이자)), its sections in page order, the 소계 and 합계 lines no rows, opening 0 (no
previous balance printed) and closing minus the amount billed; its 이용카드 ("본인 731") is no description, the
해외이용 line ("USD 45.00  환율 1,382.50", set in the description column) joins it. Paytm's time under the date is no text; the title and its
UPI narration lines make the description. A Banco Inter row is dated by the day heading above it, and the day's
"Saldo do dia" is the balance of that day's last row (the other rows carry none).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
import corpus_kit
from corpus_kit import C2, fmt, lakh, multi_truth_writer, row_truth_writer, wrap

pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ir/gen"
write_multi = multi_truth_writer(OUT)
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
GREY = 0.45


def _t(self, x, y, s, size=8, bold=False, align="l", gray=False):
    """The kit's text call, with a Korean font for Hangul strings (DejaVu has none) and grey detail text."""
    f = "HYGothic-Medium" if any(0xAC00 <= ord(ch) <= 0xD7A3 for ch in s) else (self.bold if bold else self.font)
    self.c.setFont(f, size)
    self.c.setFillGray(GREY if gray else 0)
    if align == "r": self.c.drawRightString(x, y, s)
    elif align == "c": self.c.drawCentredString(x, y, s)
    else: self.c.drawString(x, y, s)
    self.c.setFillGray(0)


corpus_kit.Doc.t = _t


def amt(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def flow(path, items, header, footer, bottom_y=60):
    """items: (height, draw(doc, y), cont) laid down the page, each draw at y taking its height; cont, (height,
    draw(doc, y)) or None, re-draws a section's column header where its rows break onto a new page. Two passes: the
    page count first (header(None, p, 1) gives a page's first y), then the drawing."""
    def layout(doc, np_):
        p = 1
        y = header(doc, 1, np_)
        for h, fn, cont in items:
            if y - h < bottom_y:
                if doc:
                    footer(doc, p, np_); doc.c.showPage()
                p += 1
                y = header(doc, p, np_)
                if cont:
                    if doc: cont[1](doc, y)
                    y -= cont[0]
            if doc: fn(doc, y)
            y -= h
        if doc:
            footer(doc, p, np_); doc.c.save()
        return p

    layout(corpus_kit.Doc(path, A4), layout(None, 0))


# ---------------------------------------------------------------- 1 Revolut Business, one section per currency
US_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
usd_ = lambda d: "%s %d, %d" % (US_MON[d.month - 1], d.day, d.year)
SYM = {"EUR": "€", "GBP": "£", "USD": "$"}


def rv_section(rng, cur, n, start, end, fx=False):
    s = SYM[cur]
    pools = {
        "EUR": [("Amazon Web Services", 40, 900, "card"), ("Google Workspace", 82.8, 82.8, "card"), ("Figma", 45, 135, "card"),
                ("To NORTHWIND SUPPLIES GMBH", 300, 4200, "to"), ("Lufthansa", 120, 890, "card"), ("Hetzner Online", 38.5, 216, "card"),
                ("To KLAUS BERGER", 150, 2400, "to"), ("Revolut Business Grow plan fee", 25, 25, "fee")],
        "GBP": [("To HARBOUR PRINT LTD", 120, 1800, "to"), ("Pret A Manger", 4, 28, "card"), ("TfL Travel Charge", 2.8, 14.6, "card"),
                ("WeWork London", 350, 950, "card"), ("HMRC VAT", 400, 3100, "to")],
        "USD": [("To BLUE OCEAN MEDIA LLC", 500, 5200, "to"), ("Stripe fees", 12, 140, "fee2"), ("Notion Labs", 16, 96, "card"),
                ("Zoom Video Communications", 15.99, 149.9, "card")],
    }
    credits = {"EUR": [("From ACME RETAIL BV", 1800, 9600, "from"), ("From LUMEN GMBH", 700, 4800, "from")],
               "GBP": [("From TALLIS & CO LTD", 600, 5200, "from")],
               "USD": [("From STRIPE PAYMENTS", 400, 3800, "from"), ("From APEX DIGITAL INC", 1500, 7400, "from")]}
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.3:
            desc, lo, hi, k = rng.choice(credits[cur]); sg = 1
        else:
            desc, lo, hi, k = rng.choice(pools[cur]); sg = -1
        a = amt(rng, lo, hi) * sg
        subs = []
        if k == "card": subs.append("Card: 459675******%s" % ("4417" if cur == "EUR" else "8820"))
        if k == "to":
            subs += ["To account: %s" % {"EUR": "DE89 3704 0044 0532 0130 00", "GBP": "40-12-76 31926819", "USD": "026009593 4471902283"}[cur],
                     "Reference: INV-%d" % rng.randint(1000, 9999)]
        if k == "from": subs.append("Reference: %s" % rng.choice(["Invoice 2025-%03d" % rng.randint(1, 400), "PO %d" % rng.randint(40000, 49999)]))
        if k == "fee2": subs.append("Payout fees June")
        txs.append({"date": d, "desc_lines": [desc] + subs, "amount": a, "k": k})
    if fx and cur == "EUR":
        for t, (m, c, rate) in zip([t for t in txs if t["k"] == "card"][:4], [("Apple.com/bill", "USD", "1.0842"), ("Uber", "USD", "1.0871"),
                                                                             ("Pret A Manger", "GBP", "0.8463"), ("SBB CFF FFS", "CHF", "0.9412")]):
            orig = (abs(t["amount"]) * D(rate)).quantize(C2)
            t["desc_lines"] = [m, t["desc_lines"][1], "%s%s · Revolut rate €1.00 = %s%s" % ({"USD": "$", "GBP": "£", "CHF": "CHF "}[c], fmt(orig),
                                                                                     {"USD": "$", "GBP": "£", "CHF": "CHF "}[c], rate)]
    txs.sort(key=lambda t: t["date"])
    return txs


def revolut(stem, seed, curs=("EUR", "GBP", "USD"), n=(14, 8, 7), fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    obs = {"EUR": D("18462.35"), "GBP": D("4218.90"), "USD": D("9730.12")}
    secs = {c: rv_section(rng, c, k, start, end, fx) for c, k in zip(curs, n)}
    if "GBP" in curs:  # an exchange: out of EUR, into GBP, on the same day
        d = dt.date(2025, 6, 12); e = D("2500.00"); rate = D("0.8463"); g = (e * rate).quantize(C2)
        secs["EUR"].append({"date": d, "desc_lines": ["Exchanged to GBP", "Revolut rate €1.00 = £0.8463"], "amount": -e})
        secs["GBP"].append({"date": d, "desc_lines": ["Exchanged from EUR", "Revolut rate £1.00 = €1.1816"], "amount": g})
        for c in ("EUR", "GBP"): secs[c].sort(key=lambda t: t["date"])
    sections = []
    acct = {"EUR": ("IBAN", "LT60 3250 0247 1938 5520", "BIC", "REVOLT21"), "GBP": ("Account number", "31926819", "Sort code", "04-00-75"),
            "USD": ("Account number", "2093442177", "Routing number", "026073150")}
    for c in curs:
        ob = obs[c]; bal = ob
        for t in secs[c]:
            bal += t["amount"]; t["bal"] = bal
        sections.append({"currency": c, "account": "****" + acct[c][1].replace(" ", "")[-4:], "ob": ob, "cb": bal, "txs": secs[c]})
    money = lambda c, v: SYM[c] + fmt(v)
    name = "NORTHWIND DESIGN STUDIO LTD"

    def header(doc, p, np_):
        H = A4[1]
        if doc is None: return H - 300 if p == 1 else H - 100
        W = doc.W
        doc.t(40, H - 50, "Revolut", 20, True); doc.t(125, H - 50, "Business", 12)
        doc.t(W - 40, H - 45, "Statement" if len(curs) > 1 else "%s Statement" % curs[0], 14, True, "r")
        doc.t(W - 40, H - 58, "Generated on the %s" % usd_(end + dt.timedelta(days=1)), 7, align="r", gray=True)
        doc.t(W - 40, H - 68, "Revolut Bank UAB", 7, align="r", gray=True)
        if p > 1:
            doc.t(40, H - 75, name, 7, gray=True)
            return H - 100
        for k, l in enumerate([name, "Unit 4, 18 Curtain Road", "London EC2A 3NG", "United Kingdom"]):
            doc.t(40, H - 90 - k * 10, l, 8, k == 0)
        doc.t(330, H - 90, "Company number", 7, True); doc.t(420, H - 90, "11839204", 7)
        doc.t(330, H - 100, "Period", 7, True); doc.t(420, H - 100, "%s – %s" % (usd_(start), usd_(end)), 7)
        doc.t(40, H - 150, "Balance summary", 12, True)
        y = H - 170
        for x, al, s in [(40, "l", "Product"), (250, "r", "Opening balance"), (340, "r", "Money out"), (430, "r", "Money in"), (555, "r", "Closing balance")]:
            doc.t(x, y, s, 7, True, al, True)
        doc.c.line(40, y - 4, 555, y - 4)
        for k, s in enumerate(sections):
            yy = y - 16 - k * 13
            out_ = sum((-t["amount"] for t in s["txs"] if t["amount"] < 0), D(0)); in_ = sum((t["amount"] for t in s["txs"] if t["amount"] > 0), D(0))
            doc.t(40, yy, "%s Main (%s)" % (s["currency"], "Current account"), 8)
            for x, v in [(250, s["ob"]), (340, out_), (430, in_), (555, s["cb"])]:
                doc.t(x, yy, money(s["currency"], v), 8, False, "r")
        yy = y - 16 - len(sections) * 13 - 10
        doc.t(40, yy, "The balance on your statement might differ from the balance shown in your app. The statement balance only reflects", 6, gray=True)
        doc.t(40, yy - 8, "completed transactions, while the app shows the balance available for use, which accounts for pending transactions.", 6, gray=True)
        return H - 300

    def colhdr(doc, y):
        for x, al, s in [(40, "l", "Date"), (125, "l", "Description"), (400, "r", "Money out"), (475, "r", "Money in"), (555, "r", "Balance")]:
            doc.t(x, y, s, 7, True, al, True)
        doc.c.line(40, y - 4, 555, y - 4)
        return y - 16

    items = []
    for s in sections:
        c = s["currency"]; a = acct[c]

        def head(doc, y, c=c, a=a):
            doc.t(40, y, "%s transactions from %s to %s" % (c, start.strftime("%B %-d, %Y"), end.strftime("%B %-d, %Y")), 11, True)
            doc.t(40, y - 14, "%s  %s     %s  %s" % a, 7, gray=True)
            return colhdr(doc, y - 32)
        items.append((60, head, None))
        for t in s["txs"]:
            def row(doc, y, t=t, c=c):
                doc.t(40, y, usd_(t["date"]), 8); doc.t(125, y, t["desc_lines"][0], 8)
                for k, l in enumerate(t["desc_lines"][1:]):
                    doc.t(125, y - 10 * (k + 1), l, 7, gray=True)
                doc.t(400 if t["amount"] < 0 else 475, y, money(c, abs(t["amount"])), 8, align="r")
                doc.t(555, y, money(c, t["bal"]), 8, align="r")
                return y - 10 * len(t["desc_lines"]) - 6
            def cont(doc, y, c=c):
                doc.t(40, y, "%s transactions (continued)" % c, 9, True)
                colhdr(doc, y - 14)
            items.append((10 * len(t["desc_lines"]) + 6, row, (30, cont)))
        items.append((14, lambda doc, y: y - 14, None))

    def footer(doc, p, np_):
        doc.t(40, 62, "Report lost or stolen card", 7, True); doc.t(40, 53, "+370 5 214 3608", 7)
        doc.t(200, 62, "Get help directly in app", 7, True); doc.t(200, 53, "Scan the QR code", 7)
        doc.t(40, 36, "Revolut Bank UAB is a credit institution licensed in the Republic of Lithuania, company number 304580906, authorisation code", 5.5, gray=True)
        doc.t(40, 29, "LB002119, whose registered office is at Konstitucijos ave. 21B, LT-08130, Vilnius, the Republic of Lithuania.", 5.5, gray=True)
        doc.t(40, 18, "© 2025 Revolut Bank UAB", 6, gray=True)
        doc.t(doc.W - 40, 18, "Page %d of %d" % (p, np_), 7, align="r")

    flow(os.path.join(OUT, stem + ".pdf"), items, header, footer)
    if len(sections) == 1:
        s = sections[0]
        write(stem, "ir_revolut_business", s["account"], s["currency"], start, end, s["ob"], s["cb"], s["txs"])
    else:
        write_multi(stem, "ir_revolut_business", start, end, sections)


# ---------------------------------------------------------------- 2 Shinhan Card 이용대금 명세서
def shinhan(stem, seed, n=14, intl=False, cancel=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    pool = [("GS25 역삼점", 1500, 12000), ("스타벅스 선릉역점", 4500, 18000), ("쿠팡", 9900, 89000), ("홈플러스 강서점", 23000, 180000),
            ("카카오T 택시", 4800, 32000), ("KT 통신요금 자동납부", 55000, 89000), ("배달의민족", 15000, 42000),
            ("메가박스 코엑스", 14000, 30000), ("다이소 강남역점", 3000, 25000), ("네이버페이 결제", 8000, 120000),
            ("S-OIL 대치주유소", 50000, 90000), ("교보문고 광화문점", 12000, 68000)]
    won = lambda v: fmt(v, nd=0)
    days = (end - start).days
    lump = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        m, lo, hi = rng.choice(pool)
        a = D(rng.randint(lo // 100, hi // 100) * 100)
        lump.append({"date": d, "desc": [m], "card": rng.choice(["본인 731", "본인 731", "가족 208"]), "use": a, "mon": "", "k": "",
                     "prin": a, "fee": D(0), "left": D(0)})
    if cancel:
        for d, m, a in [(dt.date(2025, 5, 22), "쿠팡 취소", D(35900)), (dt.date(2025, 5, 27), "홈플러스 강서점 취소", D(48200))]:
            lump.append({"date": d, "desc": [m], "card": "본인 731", "use": -a, "mon": "", "k": "", "prin": -a, "fee": D(0), "left": D(0)})
    lump.sort(key=lambda t: t["date"])
    inst = []
    for d, m, a, k, of in [(dt.date(2025, 5, 9), "삼성전자 디지털프라자 강남본점", D(1590000), 10, 1), (dt.date(2025, 2, 14), "롯데하이마트 잠실점", D(684000), 6, 4),
                           (dt.date(2025, 4, 3), "이케아 광명점", D(427000), 3, 2)]:
        per = (a / k).quantize(D("1"), "ROUND_DOWN")
        first = a - per * (k - 1)
        prin = first if of == 1 else per
        left = a - first - per * (of - 1)
        fee = ((a - (first + per * (of - 2) if of > 1 else D(0))) * D("0.0133")).quantize(D("10"))
        inst.append({"date": d, "desc": [m], "card": "본인 731", "use": a, "mon": "%d개월" % k, "k": str(of), "prin": prin, "fee": fee, "left": left})
    abroad = []
    if intl:
        for d, m, c, orig, rate in [(dt.date(2025, 5, 6), "AMAZON.COM SEATTLE", "USD", D("45.00"), D("1382.50")),
                                    (dt.date(2025, 5, 14), "AIRBNB * HM4QZ2 SAN FRANCISCO", "USD", D("312.40"), D("1379.80")),
                                    (dt.date(2025, 5, 20), "UNIQLO TOKYO GINZA", "JPY", D("8900"), D("9.4412"))]:
            w = (orig * rate).quantize(D("1"))
            fee = (w * D("0.0118")).quantize(D("1"))
            abroad.append({"date": d, "desc": [m, "%s %s" % (c, fmt(orig, nd=0 if c == "JPY" else 2))], "rate": "환율 %s" % fmt(rate, nd=2 if c == "USD" else 4),
                           "card": "본인 731", "use": w, "mon": "", "k": "", "prin": w, "fee": fee, "left": D(0)})
    groups = [("[일시불]", lump), ("[할부]", inst)] + ([("[해외이용]", abroad)] if intl else [])
    txs = []
    for _, g in groups:
        for t in g:
            t["amount"] = -(t["prin"] + t["fee"]); t["bal"] = None
            t["desc_lines"] = t["desc"] + ([t["rate"]] if "rate" in t else [])
            txs.append(t)
    prin = sum(t["prin"] for t in txs); fee = sum(t["fee"] for t in txs); bill = prin + fee
    sub = lambda g: (sum(t["prin"] for t in g), sum(t["fee"] for t in g))

    def header(doc, p, np_):
        H = A4[1]
        if doc is None: return H - 205 if p == 1 else H - 85
        doc.t(40, H - 45, "신한카드", 17, True); doc.t(130, H - 45, "SHINHAN CARD", 10, True)
        doc.t(doc.W - 40, H - 45, "2025년 6월 이용대금 명세서", 12, True, "r")
        doc.t(doc.W - 40, H - 58, "%d / %d" % (p, np_), 8, align="r")
        if p > 1:
            doc.t(40, H - 66, "이서연 님  신한카드 Mr.Life 4518-42**-****-7731", 7)
            return H - 85
        doc.t(40, H - 76, "이서연 님", 9, True); doc.t(40, H - 88, "서울특별시 송파구 올림픽로 300 롯데월드타워 오피스동", 8)
        doc.t(40, H - 108, "신한카드 Mr.Life  카드번호 4518-42**-****-7731", 8)
        doc.t(40, H - 120, "이용기간 2025.05.01 ~ 2025.05.31", 8); doc.t(40, H - 132, "결제일 2025.06.14   결제계좌 국민은행 ***-**-**1234", 8)
        items = [("일시불", won(sub(lump)[0])), ("할부", won(sub(inst)[0]))] + ([("해외이용", won(sub(abroad)[0]))] if intl else []) + \
                [("수수료(이자)", won(fee)), ("결제하실 금액", won(bill) + "원")]
        x, y = 330, H - 72
        doc.c.rect(x, y - 14 - 10 * len(items), 225, 24 + 10 * len(items))
        doc.t(x + 8, y, "이번 달 결제하실 금액", 8, True)
        for i, (a, b) in enumerate(items):
            doc.t(x + 8, y - 12 - 10 * i, a, 7.5); doc.t(x + 218, y - 12 - 10 * i, b, 7.5, i == len(items) - 1, "r")
        doc.t(40, H - 180, "이용내역 상세", 10, True)
        return H - 205

    X = [("이용일자", 40, "l"), ("이용카드", 82, "l"), ("이용하신 가맹점", 130, "l"), ("이용금액", 335, "r"), ("할부기간", 350, "l"),
         ("회차", 397, "r"), ("원금", 450, "r"), ("수수료(이자)", 503, "r"), ("결제 후 잔액", 557, "r")]

    def colhdr(doc, y):
        for s, x, al in X:
            doc.t(x, y, s, 7, True, al)
        doc.c.line(40, y - 4, 557, y - 4)
        return y - 16

    items = [(16, lambda doc, y: colhdr(doc, y), None)]
    for title, g in groups:
        items.append((13, lambda doc, y, title=title: (doc.t(40, y, title, 8, True), y - 13)[1], None))
        for t in g:
            def row(doc, y, t=t):
                doc.t(40, y, t["date"].strftime("%m.%d"), 8); doc.t(82, y, t["card"], 7.5)
                doc.t(130, y, t["desc"][0], 8)
                if len(t["desc"]) > 1:
                    doc.t(130, y - 10, t["desc"][1], 7); doc.t(230, y - 10, t["rate"], 7, gray=True)
                for x, v in [(335, won(t["use"])), (350, t["mon"]), (397, t["k"]), (450, won(t["prin"])), (503, won(t["fee"])), (557, won(t["left"]))]:
                    doc.t(x, y, v, 8, False, "l" if x == 350 else "r")
                return y - 10 * len(t["desc"]) - 3
            items.append((10 * len(t["desc"]) + 3, row, (16, colhdr)))
        p_, f_ = sub(g)

        def subtotal(doc, y, p_=p_, f_=f_):
            doc.c.line(300, y + 7, 557, y + 7)
            doc.t(130, y - 1, "소계", 8, True); doc.t(450, y - 1, won(p_), 8, True, "r"); doc.t(503, y - 1, won(f_), 8, True, "r")
            return y - 18
        items.append((18, subtotal, None))

    def total(doc, y):
        doc.c.line(40, y + 8, 557, y + 8)
        doc.t(130, y - 2, "합계", 8.5, True); doc.t(450, y - 2, won(prin), 8.5, True, "r"); doc.t(503, y - 2, won(fee), 8.5, True, "r")
        doc.t(40, y - 22, "※ 결제 후 잔액은 이번 결제 후 남은 할부원금입니다. 할부수수료율 연 9.5~19.9%", 6.5)
        return y - 30
    items.append((32, total, None))

    def footer(doc, p, np_):
        doc.t(40, 30, "신한카드주식회사  서울특별시 중구 을지로 100  사업자등록번호 202-81-48079  고객센터 1544-7000", 5.5)
        doc.t(40, 22, "이 명세서는 여신전문금융업법에 따라 발송되며, 이의가 있으신 경우 명세서 수령 후 60일 이내에 신청하실 수 있습니다.", 5.5)

    flow(os.path.join(OUT, stem + ".pdf"), items, header, footer)
    write(stem, "ir_kr_shinhan_card", "****7731", "KRW", start, end, D(0), -bill, txs, nd=0)


# ---------------------------------------------------------------- 3 Paytm Payments Bank, UPI narrations

def slash_wrap(s, n):
    """A narration broken after its "/" separators into lines of at most n characters, as the bank's cell wraps it."""
    lines, cur = [], ""
    for tok in [x + "/" for x in s.split("/")[:-1]] + [s.split("/")[-1]]:
        if cur and len(cur) + len(tok) > n:
            lines.append(cur); cur = tok
        else:
            cur += tok
    if cur: lines.append(cur)
    return lines


def paytm(stem, seed, n=20, longref=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("18452.37")
    payees = [("Swiggy", "SWIGGY LIMITED", "swiggy.upi@yesbank", 120, 780), ("Zomato", "ZOMATO LTD", "zomato@hdfcbank", 150, 920),
              ("Blinkit", "BLINKIT COMMERCE PVT LTD", "blinkit.payu@hdfcbank", 90, 1400), ("Ramesh Kirana Store", "RAMESH KUMAR",
              "paytmqr28100505010117ztrg2k@paytm", 20, 640), ("Indian Oil Petrol Pump", "IOCL COCO OUTLET 4471", "iocl.44711@icici", 300, 2600),
              ("Airtel Prepaid", "BHARTI AIRTEL LIMITED", "airtelprepaid@airtel", 299, 859), ("BESCOM Electricity Bill", "BANGALORE ELECTRICITY SUPPLY",
              "bescom.billdesk@hdfcbank", 640, 2450), ("Uber India", "UBER INDIA SYSTEMS PVT LTD", "uberindia.rzp@axisbank", 90, 620),
              ("Neha Sharma", "NEHA SHARMA", "neha.sharma92@okicici", 200, 5000)]
    payers = [("Priya Nair", "PRIYA NAIR", "priyanair@oksbi", 300, 4500), ("Amit Verma", "AMIT VERMA", "9845012233@ybl", 150, 2500)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        credit = rng.random() < 0.2
        title, name, vpa, lo, hi = rng.choice(payers if credit else payees)
        a = amt(rng, lo, hi) * (1 if credit else -1)
        ref = "5%011d" % rng.randint(0, 10 ** 11 - 1)
        if credit:
            nar = "UPI/CR/%s/%s/SBIN/%s/Sent via PhonePe" % (ref, name, vpa)
            title = "Received from " + title
        else:
            nar = "UPI/DR/%s/%s/PYTM/%s/Paid via Paytm UPI" % (ref, name, vpa)
            title = "Paid to " + title
        if longref:
            nar += "/RRN %s/TXN ID PTM%d%06d/Remarks %s" % (ref, rng.randint(10 ** 9, 10 ** 10 - 1), rng.randint(0, 999999),
                                                          rng.choice(["June groceries", "dinner split", "bill payment", "NA"]))
        t = {"date": d, "time": "%02d:%02d %s" % (rng.randint(1, 12), rng.randint(0, 59), rng.choice(["AM", "PM"])),
             "title": title, "nar": slash_wrap(nar, 44),
             "amount": a}
        txs.append(t)
    txs.append({"date": dt.date(2025, 6, 1), "time": "09:05 AM", "title": "Salary credit",
                "nar": ["NEFT/CR/CITIN52025060112345/INFOSYS LIMITED/", "CITI0000004/SALARY MAY 2025"], "amount": D("125000.00")})
    txs.append({"date": dt.date(2025, 6, 30), "time": "11:59 PM", "title": "Interest credited", "nar": ["Savings account interest for Jun 2025"],
                "amount": D("46.81")})
    txs.sort(key=lambda t: (t["date"], t["time"][-2:], t["time"]))
    bal = ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = [t["title"]] + t["nar"]
    cb = bal
    dr = sum(-t["amount"] for t in txs if t["amount"] < 0); cr = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = A4[1]
        if doc is None: return H - 215 if p == 1 else H - 100
        W = doc.W
        doc.t(40, H - 48, "paytm", 20, True); doc.t(108, H - 48, "Payments Bank", 10)
        doc.t(W - 40, H - 44, "Savings Account Statement", 12, True, "r")
        doc.t(W - 40, H - 56, "01 Jun 2025 - 30 Jun 2025", 8, align="r")
        if p > 1:
            doc.t(40, H - 70, "RAHUL VERMA  ·  A/C No. 917004538862", 7, gray=True)
            return H - 100
        for k, l in enumerate(["RAHUL VERMA", "Flat 302, Sai Residency, 14th Cross", "HSR Layout Sector 6, Bengaluru 560102", "Karnataka"]):
            doc.t(40, H - 80 - 10 * k, l, 8, k == 0)
        for k, (a, b) in enumerate([("Account Number", "917004538862"), ("Account Type", "Savings Regular"), ("IFSC", "PYTM0123456"),
                                    ("Customer ID", "2241987703"), ("Branch", "Noida, Uttar Pradesh")]):
            doc.t(330, H - 80 - 10 * k, a, 7.5, True); doc.t(420, H - 80 - 10 * k, b, 7.5)
        y = H - 150
        doc.t(40, y, "Account Summary", 10, True)
        for k, (a, b) in enumerate([("Opening Balance", ob), ("Total Debits", dr), ("Total Credits", cr), ("Closing Balance", cb)]):
            doc.t(40 + 130 * k, y - 16, a, 7, gray=True); doc.t(40 + 130 * k, y - 28, "₹" + lakh(b), 9, True)
        return H - 215

    def colhdr(doc, y):
        for x, al, s in [(40, "l", "DATE & TIME"), (130, "l", "TRANSACTION DETAILS"), (460, "r", "AMOUNT"), (555, "r", "AVAILABLE BALANCE")]:
            doc.t(x, y, s, 7, True, al)
        doc.c.line(40, y - 4, 555, y - 4)
        return y - 16

    items = [(16, colhdr, None)]
    for t in txs:
        def row(doc, y, t=t):
            doc.t(40, y, t["date"].strftime("%d %b %Y"), 8); doc.t(40, y - 10, t["time"], 7, gray=True)
            doc.t(130, y, t["title"], 8, True)
            for k, l in enumerate(t["nar"]):
                doc.t(130, y - 10 * (k + 1), l, 7, gray=True)
            doc.t(460, y, ("+ ₹" if t["amount"] > 0 else "- ₹") + lakh(abs(t["amount"])), 8, True, "r")
            doc.t(555, y, "₹" + lakh(t["bal"]), 8, False, "r")
            doc.c.setStrokeGray(0.85); doc.c.line(40, y - 10 * len(t["nar"]) - 5, 555, y - 10 * len(t["nar"]) - 5); doc.c.setStrokeGray(0)
            return y - 10 * (len(t["nar"]) + 1) - 8
        items.append((10 * (len(t["nar"]) + 1) + 8, row, (16, colhdr)))

    def end_(doc, y):
        doc.t(40, y - 10, "This is a computer generated statement and does not require a signature.", 6.5, gray=True)
        return y - 20
    items.append((20, end_, None))

    def footer(doc, p, np_):
        doc.t(40, 36, "Paytm Payments Bank Limited, One Skymark, Tower D, Plot No. H-10B, Sector 98, Noida, Uttar Pradesh 201304", 5.5, gray=True)
        doc.t(40, 28, "For any queries call 0120-4456456 or write to care@paytmbank.com  ·  CIN U65999DL2016PLC304713", 5.5, gray=True)
        doc.t(doc.W - 40, 28, "Page %d of %d" % (p, np_), 7, align="r")

    flow(os.path.join(OUT, stem + ".pdf"), items, header, footer)
    write(stem, "ir_in_paytm", "****8862", "INR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Banco Inter extrato, day headings with the day's balance
MESES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
brl = lambda v: ("-R$ " if v < 0 else "R$ ") + fmt(abs(v), ".", ",")


def inter(stem, seed, n=24, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("412.86") if od else D("3184.52")
    pool = [('Pix enviado: "Cp :18236120-MARIA OLIVEIRA SANTOS"', 20, 450), ('Compra no debito: "No estabelecimento PADARIA PAO DOURADO"', 6, 48),
            ('Compra no debito: "No estabelecimento SUPERMERCADOS BH LTDA"', 40, 390), ('Pagamento efetuado: "Pagamento fatura cartao Inter"', 300, 1400),
            ('Pix enviado: "Cp :00000000-LOJAS RENNER S.A."', 60, 420), ('Pagamento efetuado: "CEMIG DISTRIBUICAO S.A."', 90, 320),
            ('Compra no debito: "No estabelecimento UBER DO BRASIL TECNOLOGIA"', 9, 62), ('Pix enviado: "Cp :60701190-JOAO PEDRO ALMEIDA"', 15, 300)]
    cr = [('Pix recebido: "Cp :60746948-CARLOS EDUARDO LIMA"', 40, 800), ('Cashback: "Cashback Inter Shop"', 1, 35), ('Pix recebido: "Cp :00360305-ANA PAULA COSTA"', 50, 600)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, days))
        if rng.random() < 0.22:
            desc, lo, hi = rng.choice(cr); s = 1
        else:
            desc, lo, hi = rng.choice(pool); s = -1
        txs.append({"date": d, "desc_lines": [desc], "amount": amt(rng, lo, hi) * s})
    txs.append({"date": dt.date(2025, 6, 5), "desc_lines": ['Pix recebido: "Cp :33479023-TECNOVIA SOLUCOES LTDA"'], "amount": D("4870.00")})
    if od:
        txs.append({"date": dt.date(2025, 6, 2), "desc_lines": ['Pagamento efetuado: "IPVA 2025 MG COTA UNICA"'], "amount": D("-1986.40")})
    txs.sort(key=lambda t: t["date"])
    bal = ob
    for i, t in enumerate(txs):
        bal += t["amount"]
        last = i == len(txs) - 1 or txs[i + 1]["date"] != t["date"]
        t["bal"] = bal if last else None
    cb = bal
    day_bal = {t["date"]: t["bal"] for t in txs if t["bal"] is not None}

    def header(doc, p, np_):
        H = A4[1]
        if doc is None: return H - 190 if p == 1 else H - 90
        W = doc.W
        doc.t(40, H - 48, "inter", 22, True)
        doc.t(W - 40, H - 44, "Extrato conta corrente", 12, True, "r")
        doc.t(W - 40, H - 56, "Período: 01/06/2025 a 30/06/2025", 8, align="r")
        if p > 1:
            doc.t(40, H - 68, "JULIANA FERREIRA ROCHA  ·  Conta 18427703-5", 7, gray=True)
            return H - 90
        doc.t(40, H - 78, "JULIANA FERREIRA ROCHA", 9, True)
        doc.t(40, H - 90, "CPF: ***.482.117-**", 7.5); doc.t(40, H - 100, "Instituição: Banco Inter  ·  Agência: 0001  ·  Conta: 18427703-5", 7.5)
        doc.c.roundRect(40, H - 165, 515, 50, 6)
        for k, (a, b) in enumerate([("Saldo anterior em 31/05/2025", ob), ("Saldo total", cb), ("Saldo disponível", cb), ("Saldo bloqueado", D(0))]):
            doc.t(52 + 128 * k, H - 132, a, 7, gray=True); doc.t(52 + 128 * k, H - 148, brl(b), 10, True)
        return H - 190

    items = []
    by_day = {}
    for t in txs: by_day.setdefault(t["date"], []).append(t)
    for d, ts in by_day.items():
        def head(doc, y, d=d):
            doc.t(40, y, "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year), 9, True)
            doc.t(555, y, "Saldo do dia: " + brl(day_bal[d]), 8, True, "r")
            doc.c.setStrokeGray(0.8); doc.c.line(40, y - 5, 555, y - 5); doc.c.setStrokeGray(0)
            return y - 18
        items.append((20, head, None))
        for t in ts:
            def row(doc, y, t=t):
                doc.t(40, y, t["desc_lines"][0], 8); doc.t(555, y, brl(t["amount"]), 8, False, "r")
                return y - 16
            items.append((16, row, None))
        items.append((8, lambda doc, y: y - 8, None))

    def footer(doc, p, np_):
        doc.t(40, 36, "Banco Inter S.A. · CNPJ 00.416.968/0001-01 · Av. Barbacena, 1219, Belo Horizonte - MG · SAC 0800 940 9999 · Ouvidoria 0800 940 7772", 5.5, gray=True)
        doc.t(doc.W - 40, 24, "%d/%d" % (p, np_), 7, align="r")

    flow(os.path.join(OUT, stem + ".pdf"), items, header, footer)
    write(stem, "ir_br_inter", "****7035", "BRL", start, end, ob, cb, txs)


revolut("ir_lt_revolut_business", 3001)
revolut("ir_lt_revolut_business__pages", 3002, n=(30, 10, 8))
revolut("ir_lt_revolut_business__single", 3003, curs=("EUR",), n=(18,))
revolut("ir_lt_revolut_business__fx", 3004, fx=True)
shinhan("ir_kr_shinhan_card", 3011)
shinhan("ir_kr_shinhan_card__intl", 3012, intl=True)
shinhan("ir_kr_shinhan_card__cancel", 3013, cancel=True)
shinhan("ir_kr_shinhan_card__pages", 3014, n=56, intl=True)
paytm("ir_in_paytm", 3021)
paytm("ir_in_paytm__pages", 3022, n=46)
paytm("ir_in_paytm__longref", 3023, n=16, longref=True)
inter("ir_br_inter", 3031)
inter("ir_br_inter__pages", 3032, n=52)
inter("ir_br_inter__overdraft", 3033, n=20, od=True)
