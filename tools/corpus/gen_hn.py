#!/usr/bin/python3
"""Generator hn: 6 untuned layouts x (base + 1-2 variants), exact truth. Deterministic.

Venmo (US, "+ $25.00"/"- $10.00", Note / From / To), GCash (Philippines, Date and Time / Reference No.), Rakuten Card
(Japan, 本人/家族, 当月ご請求額 and 翌月以降繰越 columns, installments), Hyundai Card (Korea, 할부/회차, 결제원금 / 수수료(이자)),
Bank Hapoalim in Hebrew (a right-to-left page drawn in visual order, as such PDFs are), Standard Chartered card (Singapore).
"""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
import corpus_kit
from corpus_kit import fmt, make_txns, render, running, row_truth_writer, wrap

pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
pdfmetrics.registerFont(UnicodeCIDFont("HYGothic-Medium"))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hnw/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def _font(s, bold):
    for ch in s:
        o = ord(ch)
        if 0xAC00 <= o <= 0xD7A3 or 0x3130 <= o <= 0x318F: return "HYGothic-Medium"
        if 0x3000 <= o <= 0x9FFF or 0xFF00 <= o <= 0xFFEF: return "HeiseiKakuGo-W5"
    return "DVB" if bold else "DV"


def _t(self, x, y, s, size=8, bold=False, align="l"):
    """The kit's text call, with a CJK font for Japanese and Korean strings (DejaVu has no CJK glyphs)."""
    self.c.setFont(_font(s, bold), size)
    if align == "r": self.c.drawRightString(x, y, s)
    elif align == "c": self.c.drawCentredString(x, y, s)
    else: self.c.drawString(x, y, s)


corpus_kit.Doc.t = _t


def box(doc, x, y, title, items, w=225, size=7.5):
    doc.c.rect(x, y - 14 - 10 * len(items), w, 24 + 10 * len(items))
    doc.t(x + 8, y, title, 8, True)
    for i, (a, b) in enumerate(items):
        doc.t(x + 8, y - 12 - 10 * i, a, size); doc.t(x + w - 7, y - 12 - 10 * i, b, size, align="r")


def nobal(txs):
    for t in txs: t["bal"] = None
    return txs


# ---------------------------------------------------------------- 1 Venmo (US): Date / Type / Note / From / To / Amount (total)
def venmo(stem, seed, n=16, per_page=40, ob=D("84.20")):
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    rng = random.Random(seed)
    me = "Jordan Miller"
    friends = ["Alyssa Chen", "Marcus Johnson", "Priya Patel", "Tyler Brooks", "Sofia Ramirez", "Kevin O'Neil"]
    notes = ["Pizza", "Rent June - utilities share and internet", "Uber home", "Concert tickets for Saturday night at the Fillmore",
             "groceries", "Brunch", "Fantasy football buy-in 2025 season", "Gas money", "Birthday gift for Mom", "Coffee"]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        f = rng.choice(friends); note = rng.choice(notes)
        k = rng.random()
        if k < 0.45:
            txs.append({"date": d, "type": "Payment", "note": note, "from": me, "to": f, "amount": -D(rng.randint(500, 9000)) / 100})
        elif k < 0.8:
            txs.append({"date": d, "type": "Payment", "note": note, "from": f, "to": me, "amount": D(rng.randint(500, 9000)) / 100})
        elif k < 0.9:
            txs.append({"date": d, "type": "Charge", "note": note, "from": f, "to": me, "amount": D(rng.randint(1000, 6000)) / 100})
        else:
            txs.append({"date": d, "type": "Merchant Transaction", "note": "", "from": me, "to": rng.choice(["Grubhub", "CVS Pharmacy"]),
                        "amount": -D(rng.randint(800, 4500)) / 100})
    txs.sort(key=lambda t: t["date"])
    bal = ob
    out = []
    for t in txs:   # a transfer to the bank when the balance grows
        out.append(t); bal += t["amount"]
        if bal > 150:
            amt = (bal - D(rng.randint(0, 4000)) / 100).quantize(D("0.01"))
            out.append({"date": t["date"], "type": "Standard Transfer", "note": "", "from": me, "to": "Chase Bank ****4417", "amount": -amt})
            bal -= amt
        if bal < 0:
            out.append({"date": t["date"], "type": "Add Funds", "note": "", "from": "Chase Bank ****4417", "to": me, "amount": -bal + 20})
            bal = D(20)
    txs = nobal(out)
    cb = ob + sum(t["amount"] for t in txs)

    def money(v):
        return ("+ $" if v > 0 else "- $") + fmt(abs(v))
    rows = []
    for t in txs:
        nl = wrap(t["note"], 24) if t["note"] else []
        t["desc_lines"] = nl + [t["from"], t["to"]]
        rows.append({"d": t["date"].strftime("%m/%d/%Y"), "ty": t["type"] if t["type"] != "Merchant Transaction" else "Merchant",
                     "desc": nl or [""], "fr": t["from"], "to": t["to"], "a": money(t["amount"])})
    inc = sum(t["amount"] for t in txs if t["amount"] > 0); outg = -sum(t["amount"] for t in txs if t["amount"] < 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "venmo", 24, True)
        doc.t(doc.W - 40, H - 40, "Account Statement - (@jordan-miller-7)", 10, True, "r")
        doc.t(doc.W - 40, H - 53, "Period: 06/01/2025 - 06/30/2025", 8, align="r")
        doc.t(doc.W - 40, H - 64, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "Jordan Miller", 8.5, True); doc.t(40, H - 91, "1847 Valencia St Apt 3", 8); doc.t(40, H - 102, "San Francisco, CA 94110", 8)
            box(doc, 330, H - 82, "Venmo Balance Summary", [("Beginning Balance", "$" + fmt(ob)), ("Total Incoming", "+ $" + fmt(inc)),
                                                             ("Total Outgoing", "- $" + fmt(outg)), ("Ending Balance", "$" + fmt(cb))])
            doc.t(40, H - 160, "Completed Transactions", 11, True)
            return H - 180
        doc.t(40, H - 84, "Completed Transactions (continued)", 9, True)
        return H - 102

    cols = [("Date", 40, "l", "d"), ("Type", 92, "l", "ty"), ("Note", 176, "l", "desc"), ("From", 290, "l", "fr"),
            ("To", 388, "l", "to"), ("Amount (total)", 555, "r", "a")]

    def footer(doc, p, np_):
        doc.t(40, 44, "Venmo is a service of PayPal, Inc., a licensed provider of money transfer services. All money transmission is provided by PayPal, Inc.", 5.5)
        doc.t(40, 36, "Transactions funded by a bank account, debit or credit card do not change your Venmo balance and are not shown above.", 5.5)
        doc.t(40, 28, "Questions? Visit help.venmo.com or write to Venmo, PO Box 45950, Omaha, NE 68145-0950.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page)
    write(stem, "HN_us_venmo", None, "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 GCash (Philippines): Date and Time / Description / Reference No. / Debit / Credit / Balance
def gcash(stem, seed, n=22, per_page=48, peso=False, width=40):
    start, end, ob = dt.date(2025, 6, 1), dt.date(2025, 6, 30), D("2318.45")
    rng = random.Random(seed)
    pool = [("Transfer from 09171234567 to 09989876543", 100, 1500), ("Buy Load Transaction for 09171234567", 50, 300),
            ("Payment to MERALCO", 900, 2800), ("Payment to Jollibee Foods Corporation via QR", 120, 650),
            ("GSave Cash In to CIMB Bank Philippines Inc.", 200, 1000), ("Send Money to BPI account ending 4471 via InstaPay", 500, 3000),
            ("Payment to PLDT Home Fiber", 1299, 1899), ("Cash-out at 7-Eleven Kalayaan Ave Makati", 300, 2000)]
    cr = [("Received GCash from Juan Dela Cruz", 200, 3000), ("Cash-in from BPI via InstaPay", 1000, 5000),
          ("Transfer from 09985551234 to 09171234567", 100, 1200)]
    txs = make_txns(rng, start, end, n, pool, cr)
    for t in txs:
        t["time"] = "%02d:%02d %s" % (rng.randint(1, 12), rng.randint(0, 59), rng.choice(["AM", "PM"]))
        t["ref"] = "%013d" % rng.randint(10 ** 12, 10 ** 13 - 1)
    cb = running(txs, ob)
    mn = (lambda v: "₱" + fmt(v)) if peso else fmt
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], width)
        r = {"d": t["date"].isoformat() + " " + t["time"], "desc": t["desc_lines"], "ref": t["ref"], "b": mn(t["bal"])}
        if t["amount"] < 0: r["db"] = mn(-t["amount"])
        else: r["cr"] = mn(t["amount"])
        rows.append(r)
    deb = -sum(t["amount"] for t in txs if t["amount"] < 0); cre = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "GCash", 22, True)
        doc.t(doc.W - 40, H - 40, "Transaction History", 12, True, "r")
        doc.t(doc.W - 40, H - 53, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 76, "MARIA CLARA SANTOS", 9, True)
            doc.t(40, H - 88, "GCash Number: 09171234567", 8)
            doc.t(40, H - 100, "Email: mcsantos@gmail.com", 8)
            doc.t(40, H - 112, "Transaction Period: 2025-06-01 to 2025-06-30", 8)
            box(doc, 330, H - 74, "Summary (PHP)", [("Starting Balance", "₱" + fmt(ob)), ("Total Debit", "₱" + fmt(deb)),
                                                    ("Total Credit", "₱" + fmt(cre)), ("Ending Balance", "₱" + fmt(cb))])
            return H - 140
        return H - 76

    cols = [("Date and Time", 40, "l", "d"), ("Description", 138, "l", "desc"), ("Reference No.", 322, "l", "ref"),
            ("Debit", 440, "r", "db"), ("Credit", 498, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(138, y, "STARTING BALANCE", 8, True); doc.t(555, y, mn(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(138, y - 2, "ENDING BALANCE", 8, True); doc.t(555, y - 2, mn(cb), 8, align="r")
        doc.t(138, y - 14, "Total Debit", 7.5); doc.t(440, y - 14, mn(deb), 7.5, align="r")
        doc.t(138, y - 24, "Total Credit", 7.5); doc.t(498, y - 24, mn(cre), 7.5, align="r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 40, "GCash is a product of G-Xchange, Inc. (GXI), regulated by the Bangko Sentral ng Pilipinas. https://www.bsp.gov.ph", 5.5)
        doc.t(40, 32, "This document is system-generated and does not require a signature. For concerns, visit help.gcash.com or call 2882.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top], bottom=bottom)
    write(stem, "HN_ph_gcash", "09171234567", "PHP", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Rakuten Card (Japan): 当月ご請求額 / 翌月以降繰越 columns, 本人/家族
def rakuten(stem, seed, n=18, inst=False):
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    rng = random.Random(seed)
    pool = [("ローソン　渋谷宇田川町店", 180, 1400), ("楽天市場　楽天ブックス", 900, 5800), ("ＪＲ東日本　モバイルＳｕｉｃａ", 1000, 5000),
            ("東京ガス", 3800, 9200), ("ソフトバンク　携帯電話料金", 4500, 9800), ("マツモトキヨシ　渋谷センター街店", 300, 3800),
            ("ＡＭＡＺＯＮ．ＣＯ．ＪＰ", 980, 12000), ("出光興産　楽天ポイントカード加盟店", 3000, 7000), ("スシロー　渋谷駅前店", 1200, 4800)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        m, lo, hi = rng.choice(pool)
        a = D(rng.randint(lo, hi))
        txs.append({"date": d, "desc": m, "who": rng.choice(["本人", "本人", "家族"]), "m": "1回払い", "use": a, "fee": D(0), "tot": a, "now": a, "next": D(0)})
    if inst:
        for d, m, a, k, of in [(dt.date(2025, 5, 12), "ビックカメラ　有楽町店", D("89800"), 3, 1), (dt.date(2025, 3, 20), "ニトリ　渋谷公園通り店", D("45600"), 6, 3)]:
            fee = (a * D("0.0204") * k / 3).quantize(D("1"))
            tot = a + fee
            per = (tot / k).quantize(D("1"))
            first = tot - per * (k - 1)
            now = first if of == 1 else per
            left = tot - first - per * (of - 1)
            txs.append({"date": d, "desc": m, "who": "本人", "m": "分割%d回 %d回目" % (k, of), "use": a, "fee": fee, "tot": tot, "now": now, "next": left})
        txs.append({"date": dt.date(2025, 5, 3), "desc": "楽天市場　返品", "who": "本人", "m": "1回払い", "use": -D(2980), "fee": D(0), "tot": -D(2980),
                    "now": -D(2980), "next": D(0)})
    txs.sort(key=lambda t: t["date"])
    yen = lambda v: fmt(v, nd=0)
    rows = []
    for t in txs:
        t["amount"] = -t["now"]; t["bal"] = None; t["desc_lines"] = [t["desc"]]
        rows.append({"d": t["date"].strftime("%Y/%m/%d"), "desc": [t["desc"]], "w": t["who"], "m": t["m"], "a": yen(t["use"]), "f": yen(t["fee"]),
                     "t": yen(t["tot"]), "n": yen(t["now"]), "x": yen(t["next"])})
    bill = sum(t["now"] for t in txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Rakuten Card", 16, True); doc.t(170, H - 45, "楽天カード", 12, True)
        doc.t(doc.W - 40, H - 45, "カードご利用代金明細書", 12, True, "r")
        doc.t(doc.W - 40, H - 58, "%d / %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 76, "〒150-0042", 8); doc.t(40, H - 87, "東京都渋谷区宇田川町３３－１", 8); doc.t(40, H - 99, "高橋　美咲　様", 9)
            doc.t(40, H - 120, "楽天プレミアムカード（ＶＩＳＡ）　5229-****-****-7713", 8)
            doc.t(40, H - 132, "ご利用期間　2025年05月01日～2025年05月31日", 8)
            doc.t(40, H - 144, "お支払日　2025年06月27日（金）　お引落口座　楽天銀行　ロック支店", 8)
            doc.c.rect(350, H - 132, 205, 62)
            doc.t(358, H - 84, "ご請求金額", 10, True); doc.t(548, H - 104, yen(bill) + " 円", 14, True, "r")
            doc.t(40, H - 168, "ご利用明細", 10, True)
            return H - 186
        return H - 80

    cols = [("ご利用日", 40, "l", "d"), ("ご利用店名・商品名", 92, "l", "desc"), ("利用者", 240, "l", "w"), ("支払方法", 272, "l", "m"),
            ("利用金額", 372, "r", "a"), ("支払手数料", 416, "r", "f"), ("支払総額", 460, "r", "t"), ("当月ご請求額", 508, "r", "n"),
            ("翌月以降繰越", 557, "r", "x")]

    def bottom(doc, y):
        doc.t(272, y - 4, "合計", 8, True); doc.t(508, y - 4, yen(bill), 8, True, "r")
        doc.t(40, y - 26, "※ご利用者欄の「本人」は本会員様、「家族」は家族会員様のご利用分です。", 6.5)
        doc.t(40, y - 36, "※分割払いの手数料は初回にまとめてではなく、各回のお支払額に含めてご請求いたします。", 6.5)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 30, "楽天カード株式会社　東京都港区南青山２－６－２１　登録番号（関東財務局長）第０１２９９号　日本貸金業協会会員　第００２７２５号", 5.5)
        doc.t(40, 22, "楽天カードコンタクトセンター　0570-66-6910（有料）　受付時間　9:30～17:30", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=50, bottom=bottom)
    write(stem, "HN_jp_rakuten_card", "****7713", "JPY", start, end, D(0), -bill, txs, nd=0)


# ---------------------------------------------------------------- 4 Hyundai Card (Korea): 이용일자 / 이용카드 / 이용가맹점 / 이용금액 / 할부/회차 / 결제원금 / 수수료(이자) / 결제후잔액
def hyundai(stem, seed, n=18, inst=False):
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    rng = random.Random(seed)
    pool = [("GS25 역삼점", 1500, 12000), ("스타벅스 강남대로점", 4500, 18000), ("쿠팡(쿠페이)", 9900, 89000), ("이마트 성수점", 23000, 180000),
            ("카카오T 택시", 4800, 32000), ("SK텔레콤 통신요금 자동납부", 55000, 89000), ("배달의민족", 15000, 42000),
            ("CGV 용산아이파크몰", 14000, 30000), ("올리브영 강남본점", 8000, 64000)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        m, lo, hi = rng.choice(pool)
        a = D(rng.randint(lo // 100, hi // 100) * 100)
        txs.append({"date": d, "desc": m, "card": rng.choice(["본인 512", "본인 512", "가족 338"]), "use": a, "ins": "", "prin": a, "fee": D(0), "left": D(0)})
    if inst:
        for d, m, a, k, of in [(dt.date(2025, 5, 9), "LG전자 베스트샵 강남점", D(1290000), 6, 1), (dt.date(2025, 3, 14), "하이마트 역삼점", D(480000), 3, 3)]:
            per = (a / k).quantize(D("1"), "ROUND_DOWN")
            first = a - per * (k - 1)
            prin = first if of == 1 else per
            left = a - first - per * (of - 1)
            fee = ((a - per * (of - 1)) * D("0.015")).quantize(D("10"))
            txs.append({"date": d, "desc": m, "card": "본인 512", "use": a, "ins": "%d/%d" % (k, of), "prin": prin, "fee": fee, "left": left})
        d = dt.date(2025, 5, 22)
        txs.append({"date": d, "desc": "쿠팡(쿠페이) 취소", "card": "본인 512", "use": -D(35900), "ins": "", "prin": -D(35900), "fee": D(0), "left": D(0)})
    txs.sort(key=lambda t: t["date"])
    won = lambda v: fmt(v, nd=0)
    rows = []
    for t in txs:
        t["amount"] = -(t["prin"] + t["fee"]); t["bal"] = None; t["desc_lines"] = [t["desc"]]
        rows.append({"d": t["date"].strftime("%y.%m.%d"), "c": t["card"], "desc": [t["desc"]], "a": won(t["use"]), "i": t["ins"],
                     "p": won(t["prin"]), "f": won(t["fee"]), "l": won(t["left"])})
    prin = sum(t["prin"] for t in txs); fee = sum(t["fee"] for t in txs); bill = prin + fee

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Hyundai Card", 17, True); doc.t(160, H - 45, "현대카드", 12, True)
        doc.t(doc.W - 40, H - 45, "2025년 6월 이용대금명세서", 12, True, "r")
        doc.t(doc.W - 40, H - 58, "%d / %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 76, "김지현 님", 9, True); doc.t(40, H - 88, "서울특별시 강남구 테헤란로 152 역삼동 강남파이낸스센터", 8)
            doc.t(40, H - 108, "현대카드 ZERO Edition2  카드번호 9410-****-****-0512", 8)
            doc.t(40, H - 120, "이용기간 2025.05.01 ~ 2025.05.31", 8); doc.t(40, H - 132, "결제일 2025.06.25   결제계좌 신한은행 110-***-**4521", 8)
            box(doc, 330, H - 72, "결제하실 금액", [("결제원금", won(prin) + "원"), ("수수료(이자)", won(fee) + "원"), ("합계", won(bill) + "원")])
            doc.t(40, H - 160, "이용내역", 10, True)
            return H - 178
        return H - 80

    cols = [("이용일자", 40, "l", "d"), ("이용카드", 88, "l", "c"), ("이용가맹점", 140, "l", "desc"), ("이용금액", 330, "r", "a"),
            ("할부/회차", 350, "l", "i"), ("결제원금", 440, "r", "p"), ("수수료(이자)", 497, "r", "f"), ("결제후잔액", 557, "r", "l")]

    def bottom(doc, y):
        doc.t(140, y - 4, "합계", 8, True); doc.t(440, y - 4, won(prin), 8, True, "r"); doc.t(497, y - 4, won(fee), 8, True, "r")
        doc.t(40, y - 24, "※ 할부/회차: 할부개월/결제회차. 결제후잔액은 이번 결제 후 남은 할부원금입니다.", 6.5)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 30, "현대카드주식회사  서울특별시 영등포구 의사당대로 3  사업자등록번호 102-81-52357  고객센터 1577-6000", 5.5)
        doc.t(40, 22, "이 명세서는 여신전문금융업법에 따라 발송되며, 이의가 있으신 경우 명세서 수령 후 60일 이내에 신청하실 수 있습니다.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=50, bottom=bottom)
    write(stem, "HN_kr_hyundai_card", "****0512", "KRW", start, end, D(0), -bill, txs, nd=0)


# ---------------------------------------------------------------- 5 Bank Hapoalim in Hebrew: a right-to-left page in visual order
def _cls(ch):
    o = ord(ch)
    if 0x0590 <= o <= 0x05FF: return "R"
    if ch.isdigit(): return "EN"
    if ch.isalpha(): return "L"
    return "N"


def visual(s):
    """The logical-order string s as a right-to-left paragraph draws it, left to right (a small bidi: Hebrew, Latin,
    numbers with their inner separators, neutrals taking their neighbours' direction or the paragraph's)."""
    c = [_cls(ch) for ch in s]
    for i in range(1, len(s) - 1):   # a separator between digits is part of the number
        if c[i] == "N" and s[i] in ",./:-" and c[i - 1] == "EN" and c[i + 1] == "EN": c[i] = "EN"
    lv = [None] * len(s)
    for i, k in enumerate(c):
        if k == "R": lv[i] = 1
        elif k in ("L", "EN"): lv[i] = 2
    for i in range(len(s)):
        if lv[i] is None:
            j = i
            while j < len(s) and lv[j] is None and c[j] == "N": j += 1
            prev = "R" if i == 0 else ("R" if c[i - 1] in ("R", "EN") else "L")
            nxt = "R" if j >= len(s) else ("R" if c[j] in ("R", "EN") else "L")
            for k in range(i, j): lv[k] = 2 if (prev == nxt == "L") else 1
    chars = list(s)
    for level in (2, 1):
        i = 0
        while i < len(chars):
            if lv[i] >= level:
                j = i
                while j < len(chars) and lv[j] >= level: j += 1
                chars[i:j] = chars[i:j][::-1]; lv[i:j] = lv[i:j][::-1]
                i = j
            else:
                i += 1
    return "".join(chars)


def hapoalim(stem, seed, n=20, od=False, per_page=50, width=30):
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("-1840.25") if od else D("9315.60")
    rng = random.Random(seed)
    pool = [("כרטיס אשראי ישראכרט", 1800, 5200), ("הוראת קבע חברת חשמל לישראל", 250, 640), ("משיכה מכספומט סניף 612", 200, 1000),
            ("העברה לחשבון 12-612-334455 שכר דירה", 3800, 5200), ("ביט העברה לדני כהן", 40, 400), ("עמלת פעולה בערוץ ישיר", 6, 6),
            ("הוראת קבע ביטוח לאומי דמי ביטוח", 180, 420), ("שיק 80012", 300, 2500), ("תשלום ארנונה עיריית רמת גן לתקופה מאי יוני", 700, 1300)]
    cr = [("משכורת אלביט מערכות בע\"מ", 11800, 14500), ("העברה מחשבון 10-800-112233 החזר הוצאות", 150, 900), ("ריבית זכות", 1, 9)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    num = lambda v: visual(fmt(v))
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], width)
        vd = t["date"] + dt.timedelta(days=1 if t["desc"].startswith("שיק") else 0)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "vd": vd.strftime("%d/%m/%Y"), "desc": [visual(l) for l in t["desc_lines"]],
             "ref": str(rng.randint(10000, 99999999)), "b": num(t["bal"])}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"])
        else: r["cr"] = fmt(t["amount"])
        rows.append(r)
    R = 555

    def header(doc, p, np_):
        H = doc.H
        doc.t(R, H - 48, visual("בנק הפועלים"), 20, True, "r")
        doc.t(40, H - 44, "Bank Hapoalim", 9, True)
        doc.t(40, H - 58, visual("עמוד %d מתוך %d" % (p, np_)), 8)
        if p == 1:
            doc.t(R, H - 74, visual("תנועות בחשבון עו\"ש"), 11, True, "r")
            doc.t(R, H - 90, visual("ישראל ישראלי"), 9, True, "r")
            doc.t(R, H - 102, visual("רחוב ביאליק 22 רמת גן 5245122"), 8, align="r")
            doc.t(R, H - 114, visual("סניף 612 חשבון 345678"), 8, align="r")
            doc.t(R, H - 126, visual("לתקופה 01/06/2025 - 30/06/2025"), 8, align="r")
            doc.c.rect(40, H - 130, 210, 58)
            doc.t(242, H - 84, visual("סיכום החשבון בש\"ח"), 8, True, "r")
            for i, (a, v) in enumerate([("יתרה קודמת", ob), ("יתרה לסוף התקופה", cb)]):
                doc.t(242, H - 100 - 12 * i, visual(a), 8, align="r"); doc.t(48, H - 100 - 12 * i, num(v), 8)
            return H - 150
        doc.t(R, H - 74, visual("תנועות בחשבון עו\"ש - המשך"), 9, True, "r")
        return H - 92

    cols = [("תאריך", R, "r", "d"), ("תאריך ערך", 500, "r", "vd"), ("תיאור הפעולה", 445, "r", "desc"), ("אסמכתא", 275, "r", "ref"),
            ("חובה", 215, "r", "db"), ("זכות", 155, "r", "cr"), ("יתרה בש\"ח", 95, "r", "b")]
    cols = [(visual(a), x, al, k) for (a, x, al, k) in cols]

    def top(doc, y):
        doc.t(445, y, visual("יתרה קודמת"), 8, True, "r"); doc.t(95, y, num(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(445, y - 2, visual("יתרה לסוף התקופה"), 8, True, "r"); doc.t(95, y - 2, num(cb), 8, True, "r")
        return y - 10

    def footer(doc, p, np_):
        doc.t(R, 40, visual("בנק הפועלים בע\"מ, שדרות רוטשילד 50 תל אביב 6688314. מוקד שירות 2407*"), 5.5, align="r")
        doc.t(R, 32, visual("יש לבדוק את פרטי התנועות ולהודיע לסניף על כל אי התאמה תוך 30 יום."), 5.5, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top], bottom=bottom)
    write(stem, "HN_il_hapoalim_he", "****5678", "ILS", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Standard Chartered credit card (Singapore)
def scb(stem, seed, n=18, fx=False, credit=False):
    start, end = dt.date(2025, 5, 16), dt.date(2025, 6, 15)
    prev = D("-86.40") if credit else D("1842.65")
    rng = random.Random(seed)
    pool = [("GRAB* A-7PXK2LMWQ SINGAPORE SG", 8, 38), ("NTUC FAIRPRICE-TOA PAYOH SINGAPORE SG", 25, 210), ("SHOPEE SINGAPORE MP SINGAPORE SG", 12, 160),
            ("BUS/MRT 238104552 SINGAPORE SG", 2, 12), ("STARHUB MOBILE BILL SINGAPORE SG", 40, 95), ("KOUFU PTE LTD SINGAPORE SG", 5, 15),
            ("COLD STORAGE JELITA SINGAPORE SG", 30, 180)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, [("REFUND SHOPEE SINGAPORE MP SINGAPORE SG", 10, 60)])
    if fx:
        for k, (m, cur, fa, rate) in enumerate([("AMAZON WEB SERVICES AWS.AMAZON.CO WA", "USD", D("38.20"), D("1.3512")),
                                                 ("HOTEL GRACERY SHINJUKU TOKYO JP", "JPY", D("42800"), D("0.008941")),
                                                 ("AGODA.COM BANGKOK TH", "THB", D("3150.00"), D("0.03872"))]):
            txs.append({"date": start + dt.timedelta(days=5 + 8 * k), "desc": m, "amount": -(fa * rate).quantize(D("0.01")),
                        "fx": "FOREIGN CURRENCY %s %s" % (cur, fmt(fa, nd=0 if cur == "JPY" else 2))})
        txs.sort(key=lambda t: t["date"])
    paid = prev if prev > 0 else D(0)
    if paid:
        pay = {"date": dt.date(2025, 6, 2), "desc": "PAYMENT - THANK YOU", "amount": paid}
        txs.insert(len([t for t in txs if t["date"] <= pay["date"]]), pay)
    nobal(txs)
    new = prev - sum(t["amount"] for t in txs)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]] + ([t["fx"]] if "fx" in t else [])
        pd = t["date"] + dt.timedelta(days=1 if t["date"].weekday() < 4 else 3)
        if pd > end: pd = end
        a = fmt(-t["amount"]) if t["amount"] < 0 else fmt(t["amount"]) + " CR"
        rows.append({"td": t["date"].strftime("%d %b"), "pd": pd.strftime("%d %b"), "desc": t["desc_lines"], "a": a})
    bal = lambda v: fmt(-v) + " CR" if v < 0 else fmt(v)
    chg = -sum(t["amount"] for t in txs if t["amount"] < 0); crd = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "standard", 15, True); doc.t(40, H - 60, "chartered", 15, True)
        doc.t(doc.W - 40, H - 44, "CREDIT CARD STATEMENT", 11, True, "r")
        doc.t(doc.W - 40, H - 57, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 82, "MS TAN MEI LING", 8.5, True); doc.t(40, H - 93, "88 TOA PAYOH LORONG 4", 8); doc.t(40, H - 104, "#12-301", 8)
            doc.t(40, H - 115, "SINGAPORE 310088", 8)
            box(doc, 330, H - 78, "Statement Date  15 Jun 2025", [("Payment Due Date", "07 Jul 2025"), ("Credit Limit", "SGD 12,000.00"),
                                                                   ("Minimum Payment Due", "SGD " + fmt(max(D(50), (new * D("0.03")).quantize(D("0.01")))) if new > 0 else "SGD 0.00"),
                                                                   ("Total Outstanding Balance", "SGD " + bal(new))])
            doc.t(40, H - 146, "Previous Balance", 7.5); doc.t(150, H - 146, "Payments/Credits", 7.5); doc.t(260, H - 146, "Purchases/Charges", 7.5)
            doc.t(370, H - 146, "New Balance", 7.5)
            doc.t(40, H - 157, bal(prev), 8, True); doc.t(150, H - 157, fmt(crd), 8, True); doc.t(260, H - 157, fmt(chg), 8, True)
            doc.t(370, H - 157, bal(new), 8, True)
            doc.t(40, H - 180, "SMART CREDIT CARD 5425-XXXX-XXXX-8830   TAN MEI LING", 8.5, True)
            return H - 198
        doc.t(40, H - 80, "SMART CREDIT CARD 5425-XXXX-XXXX-8830   TAN MEI LING (continued)", 8.5, True)
        return H - 98

    cols = [("Transaction\nDate", 40, "l", "td"), ("Posting\nDate", 95, "l", "pd"), ("Description", 150, "l", "desc"), ("Amount (SGD)", 555, "r", "a")]

    def top(doc, y):
        doc.t(150, y, "PREVIOUS BALANCE", 8, True); doc.t(555, y, bal(prev), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(150, y - 2, "NEW BALANCE", 8, True); doc.t(555, y - 2, bal(new), 8, True, "r")
        return y - 10

    def footer(doc, p, np_):
        doc.t(40, 44, "Standard Chartered Bank (Singapore) Limited, 8 Marina Boulevard #27-01 Marina Bay Financial Centre Tower 1, Singapore 018981.", 5.5)
        doc.t(40, 36, "Co. Reg. No. 201224747C. Transactions in foreign currency are converted to SGD on the posting date and include an administrative fee.", 5.5)
        doc.t(40, 28, "Please pay at least the Minimum Payment Due by the Payment Due Date to avoid a late payment charge of S$100.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=48, top_rows=[top], bottom=bottom)
    # the page prints its Statement Date only: no period start (README's truth conventions)
    write(stem, "HN_sg_scb_card", "****8830", "SGD", None, end, -prev, -new, txs)


venmo("hn_us_venmo", 1601); venmo("hn_us_venmo__pages", 1602, n=40, per_page=24)
gcash("hn_ph_gcash", 1611); gcash("hn_ph_gcash__pages", 1612, n=40, per_page=30, width=30); gcash("hn_ph_gcash__peso", 1613, peso=True)
rakuten("hn_jp_rakuten_card", 1621); rakuten("hn_jp_rakuten_card__inst", 1622, inst=True)
hyundai("hn_kr_hyundai_card", 1631); hyundai("hn_kr_hyundai_card__inst", 1632, inst=True)
hapoalim("hn_il_hapoalim_he", 1641); hapoalim("hn_il_hapoalim_he__od", 1642, od=True); hapoalim("hn_il_hapoalim_he__pages", 1643, n=36, per_page=26, width=22)
scb("hn_sg_scb_card", 1651); scb("hn_sg_scb_card__fx", 1652, fx=True); scb("hn_sg_scb_card__credit", 1653, credit=True)
