#!/usr/bin/python3
"""Generator iw: 4 unseen layouts x (base + variants), exact truth. Deterministic.

Japan Post Bank (ゆうちょ銀行, JPY, whole yen: an 入出金明細 of 取扱日 / お取扱内容 / お支払金額（円） / お預り金額（円） /
現在高（円）, every date in the Reiwa era written in kanji "令和7年5月1日", 記号 14180 番号 12345671, 前月繰越 and 翌月繰越 rows;
a two-page variant with 次ページへ繰越 / 前ページより繰越 lines, a variant whose rows are dated in the Common Era
"2025年5月1日" under a period printed both ways "令和7年5月1日（2025年5月1日）", and a variant with 料金 (fee) rows of their own
"110" under ATM and transfer rows), VakıfBank Worldcard (Turkey, a credit card's Hesap Özeti: İşlem Tarihi
"05.05.2025" / İşlem Açıklaması / Taksit "2/6" / Tutar "1.234,56 TL" / Worldpuan "12,35", the payment
"-15.000,00 TL", Önceki Dönem Borcu / Dönem Borcu / Asgari Ödeme Tutarı / Son Ödeme Tarihi / Hesap Kesim Tarihi in a
box; a foreign-currency variant with "USD 45,00 Kur: 38,4521" lines, a two-page variant and an iade (refund) variant),
Banco Continental (Paraguay, PYG, whole guaraníes "1.234.567", Moneda: GUARANIES: Fecha "05/05/2025" / Concepto /
Comprobante / Débitos / Créditos / Saldo, SALDO ANTERIOR row, TOTALES and SALDO ACTUAL lines; a sobregiro (overdrawn)
variant, a two-page variant with SALDO A TRANSPORTAR / SALDO TRANSPORTADO and a wrapped-concept variant), maib
(Moldova, MDL, Romanian: Data / Descrierea operațiunii / Debit / Credit / Sold, "1 234,56", IBAN
MD24AG000000022512345678, Sold inițial row, Rulaj total and Sold final lines; a foreign-currency variant with
"Suma tranzacției: 45,00 EUR, curs 19,5612" lines, an overdraft variant and a two-page variant with Sold de reportat /
Sold reportat lines).

Truth choices: the 繰越, SALDO ANTERIOR / TRANSPORTADO / A TRANSPORTAR, Sold inițial / reportat / de reportat rows and
the totals are no transactions; a Japan Post row's date is the day the era date names (令和7年 = 2025), its fee row a
transaction of its own; the Worldcard is entered as cards are (charges negative, the payment and a refund positive,
opening and closing the negated Önceki Dönem Borcu and Dönem Borcu, no row balance), a taksit row's amount the
instalment billed this period, the Taksit and Worldpuan columns no text, a foreign-currency line joining its row's
description; Continental's Comprobante is not description; the account is the last four digits of the whole number
printed (Japan Post's "14180-12345671" "****5671", Continental's "Cta. Cte. N° 1-0045871-2" "****8712", maib's IBAN
"MD24AG000000022512345678" "****5678"); Continental's currency is PYG ("Moneda: GUARANIES").
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
from corpus_kit import Doc, fmt, make_txns, render, row_truth_writer, running, set_desc_lines, sums

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/iw/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
JP = "HeiseiKakuGo-W5"


def whole(txs, unit):
    for t in txs:
        t["amount"] = (t["amount"] / unit).quantize(D(1)) * unit
    return txs


def jp_render(*a, **k):
    """corpus_kit.render where a string holding kana, kanji or full-width forms is set in the CID font."""
    class JpDoc(Doc):
        def t(self, x, y, s, size=8, bold=False, align="l"):
            cjk = any(0x3000 <= ord(ch) <= 0x9FFF or 0xFF00 <= ord(ch) <= 0xFFEF for ch in s)
            self.c.setFont(JP if cjk else ("DVB" if bold else "DV"), size)
            if align == "r": self.c.drawRightString(x, y, s)
            elif align == "c": self.c.drawCentredString(x, y, s)
            else: self.c.drawString(x, y, s)
    old = corpus_kit.Doc
    corpus_kit.Doc = JpDoc
    try:
        render(*a, **k)
    finally:
        corpus_kit.Doc = old


# ---------------------------------------------------------------- 1 Japan Post Bank (JPY, whole yen, Reiwa dates)
def reiwa(d):
    return "令和%d年%d月%d日" % (d.year - 2018, d.month, d.day)


def seireki(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def yucho(stem, seed, n=20, per_page=50, ce_rows=False, fees=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("284615")
    pool = [("ＡＴＭ　ゆうちょ銀行　新宿郵便局", 10000, 50000), ("カード　セブン銀行ＡＴＭ", 10000, 30000),
            ("振替　ＮＨＫ受信料", 1100, 2200), ("振替　東京電力エナジーパートナー", 4000, 12000),
            ("振替　東京ガス", 3000, 8000), ("デビット　イオンリテール", 1200, 9800), ("振替　ソフトバンク", 3000, 7500),
            ("ゆうちょＰａｙ　ローソン", 300, 2500), ("振込　ヤマダ　タロウ", 5000, 40000)]
    cr = [("振込　カ）サクラショウジ", 20000, 90000), ("入金　ＡＴＭ", 10000, 60000), ("振替　ヤマダ　ハナコ", 5000, 30000)]
    txs = whole(make_txns(rng, start, end, n, pool, cr), 100)
    txs.append({"date": dt.date(2025, 5, 23), "desc": "給与　カ）トウキョウデンシ", "amount": D("312480")})
    txs.sort(key=lambda t: t["date"])
    if fees:
        out = []
        for t in txs:
            out.append(t)
            if t["desc"].startswith(("振込　ヤマダ", "カード")):
                out.append({"date": t["date"], "desc": "料金", "amount": D("-110")})
        txs = out
    set_desc_lines(txs, 40)
    cb = running(txs, ob)
    day = seireki if ce_rows else reiwa
    rows = []
    for t in txs:
        r = {"d": day(t["date"]), "desc": t["desc_lines"], "b": fmt(t["bal"], nd=0)}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]), nd=0)
        rows.append(r)
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "ゆうちょ銀行", 15, True)
        doc.t(W - 40, H - 44, "入出金明細（通常貯金）", 12, True, "r")
        doc.t(W - 40, H - 58, "%d／%dページ" % (p, np_), 7, align="r")
        per = ("%s（%s）～%s（%s）" % (reiwa(start), seireki(start), reiwa(end), seireki(end)) if ce_rows
               else "%s～%s" % (reiwa(start), reiwa(end)))
        L = [("お名前", "ヤマダ　タロウ　様"), ("記号番号", "14180-12345671"), ("種類", "通常貯金"), ("照会期間", per)]
        if p > 1: L = L[1:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 80 - 12 * i, a, 8, True); doc.t(110, H - 80 - 12 * i, b, 8)
        y = H - 80 - 12 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("取扱日", 40, "l", "d"), ("お取扱内容", 135, "l", "desc"), ("お支払金額（円）", 400, "r", "dr"),
            ("お預り金額（円）", 475, "r", "cr"), ("現在高（円）", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, day(start)); doc.t(135, y, "前月繰越", 8); doc.t(555, y, fmt(ob, nd=0), 8, False, "r")
        return y - 13

    def cf(doc, y, r, kind):
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(135, y, "次ページへ繰越" if kind == "cf" else "前ページより繰越", 8)
        doc.t(555, y, bal, 8, False, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(300, y + 6, 555, y + 6)
        doc.t(135, y - 4, "合計", 8, True); doc.t(400, y - 4, fmt(out_, nd=0), 8, True, "r")
        doc.t(475, y - 4, fmt(in_, nd=0), 8, True, "r")
        doc.t(40, y - 17, day(end)); doc.t(135, y - 17, "翌月繰越", 8); doc.t(555, y - 17, fmt(cb, nd=0), 8, False, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "この明細は、ゆうちょダイレクトでご照会いただいた時点の内容です。", 6)
        doc.t(40, 35, "株式会社ゆうちょ銀行　東京都千代田区大手町二丁目3番1号", 6)

    jp_render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=11, per_page=per_page,
              top_rows=[top], bottom=bottom, cf=cf)
    write(stem, "iw_jp_yucho", "****5671", "JPY", start, end, ob, cb, txs, nd=0)


# ---------------------------------------------------------------- 2 VakıfBank Worldcard (Turkey, TRY card)
def tl(v):
    return fmt(v, ".", ",") + " TL"


def worldcard(stem, seed, n=20, per_page=50, fx=False, refund=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 16), dt.date(2025, 5, 15)
    prev = D("18462.35")
    pool = [("MIGROS TICARET A.S. ISTANBUL", 150, 2400), ("SHELL PETROL KADIKOY", 900, 3200), ("A101 YENI MAGAZACILIK", 80, 900),
            ("TRENDYOL.COM ISTANBUL", 250, 4800), ("YEMEKSEPETI ONLINE", 180, 950), ("TURKCELL FATURA ODEME", 320, 780),
            ("STARBUCKS BAGDAT CAD", 120, 420), ("IGDAS DOGALGAZ OTOMATIK ODEME", 600, 2800), ("BIM BIRLESIK MAGAZALAR", 60, 700)]
    txs = make_txns(rng, start, end, n, pool, pool)
    for t in txs:
        t["amount"] = -abs(t["amount"])
    for d, shop, k, tot in [(dt.date(2024, 12, 20), "MEDIAMARKT ATASEHIR", "5/6", D("27599.94")),
                            (dt.date(2025, 3, 2), "TEKNOSA KADIKOY", "2/3", D("8400.00")),
                            (dt.date(2025, 4, 28), "IKEA UMRANIYE", "1/9", D("13500.00"))]:
        inst = (tot / int(k.split("/")[1])).quantize(D("0.01"))
        txs.append({"date": d, "desc": shop, "amount": -inst, "taksit": k})
    txs.append({"date": dt.date(2025, 5, 2), "desc": "ODEME - TESEKKUR EDERIZ", "amount": D("15000.00"), "pay": True})
    if refund:
        txs.append({"date": dt.date(2025, 5, 6), "desc": "IADE TRENDYOL.COM ISTANBUL", "amount": D("1249.90")})
    if fx:
        for d, shop, cur, amt, rate in [(dt.date(2025, 4, 22), "AMAZON.DE MARKETPLACE LUXEMBOURG", "EUR", "64,99", "43,7215"),
                                        (dt.date(2025, 5, 3), "NETFLIX.COM LOS GATOS", "USD", "15,49", "38,4521"),
                                        (dt.date(2025, 5, 9), "BOOKING.COM AMSTERDAM", "EUR", "212,40", "43,9850")]:
            v = (D(amt.replace(",", ".")) * D(rate.replace(",", "."))).quantize(D("0.01"))
            txs.append({"date": d, "lines": [shop, "%s %s Kur: %s" % (cur, amt, rate)], "amount": -v})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 42)
    for t in txs:
        t["bal"] = None
    opening = -prev
    closing = running(txs, opening)
    for t in txs:
        t["bal"] = None
    due = -closing
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "a": tl(-t["amount"])}
        if t.get("taksit"): r["k"] = t["taksit"]
        if t["amount"] < 0 and not t.get("taksit"):
            r["p"] = fmt((-t["amount"] * D("0.005")).quantize(D("0.01")), ".", ",")
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "VakıfBank", 16, True)
        doc.t(W - 40, H - 44, "Worldcard Hesap Özeti", 12, True, "r")
        doc.t(W - 40, H - 57, "Sayfa %d / %d" % (p, np_), 7, align="r")
        doc.t(40, H - 66, "Sn. AYŞE YILMAZ", 8, True)
        doc.t(40, H - 77, "Kart Numarası: 4355 08** **** 7261", 8)
        if p == 1:
            box = [("Hesap Kesim Tarihi", end.strftime("%d.%m.%Y")), ("Son Ödeme Tarihi", "26.05.2025"),
                   ("Önceki Dönem Borcu", tl(prev)), ("Dönem Borcu", tl(due)),
                   ("Asgari Ödeme Tutarı", tl((due * D("0.4")).quantize(D("0.01")))), ("Kart Limiti", tl(D("60000")))]
            doc.c.rect(300, H - 160, W - 340, 80)
            for i, (a, b) in enumerate(box):
                doc.t(308, H - 93 - 12 * i, a, 7.5, True); doc.t(W - 48, H - 93 - 12 * i, b, 7.5, False, "r")
            doc.t(40, H - 95, "Dönem: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            return H - 182
        return H - 100

    cols = [("İşlem Tarihi", 40, "l", "d"), ("İşlem Açıklaması", 110, "l", "desc"), ("Taksit", 390, "r", "k"),
            ("Tutar", 480, "r", "a"), ("Worldpuan", 555, "r", "p")]

    def bottom(doc, y):
        doc.c.line(300, y + 6, 555, y + 6)
        doc.t(110, y - 4, "Dönem Borcu", 8, True); doc.t(480, y - 4, tl(due), 8, True, "r")
        doc.t(110, y - 17, "Kazanılan Worldpuan", 8); doc.t(555, y - 17, fmt(sum(
            (-t["amount"] * D("0.005")).quantize(D("0.01")) for t in txs if t["amount"] < 0 and not t.get("taksit")), ".", ","),
            8, False, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "Asgari ödeme tutarını son ödeme tarihine kadar ödemeniz halinde gecikme faizi uygulanmaz. Akdi faiz oranı %4,25.", 6)
        doc.t(40, 35, "Türkiye Vakıflar Bankası T.A.O. · Saray Mah. Dr. Adnan Büyükdeniz Cad. No:7 Ümraniye / İstanbul · 0850 222 0 724", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, bottom=bottom)
    write(stem, "iw_tr_vakifbank", "****7261", "TRY", start, end, opening, closing, txs)


# ---------------------------------------------------------------- 3 Banco Continental (Paraguay, PYG whole)
def gs(v):
    return fmt(v, ".", ",", nd=0)


def continental(stem, seed, n=20, per_page=50, od=False, wrapped=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("1845300") if od else D("12487650")
    pool = [("EXTRACCION ATM BEPSA SHOPPING DEL SOL", 100000, 1500000), ("COMPRA POS SUPERMERCADO STOCK", 45000, 850000),
            ("PAGO ANDE FACTURA ENERGIA", 180000, 620000), ("DEB. AUT. TIGO HOGAR", 150000, 320000),
            ("TRANSF. SIPAP A ITAU PY", 200000, 3000000), ("COMPRA POS PETROPAR MCAL LOPEZ", 150000, 500000),
            ("COMISION MANTENIMIENTO CUENTA", 25000, 25000), ("CHEQUE PAGADO", 500000, 2500000)]
    cr = [("TRANSF. RECIBIDA SIPAP", 300000, 4000000), ("DEPOSITO EN EFECTIVO CASA MATRIZ", 500000, 5000000)]
    txs = whole(make_txns(rng, start, end, n, pool, cr), 50)
    txs.append({"date": dt.date(2025, 5, 28), "desc": "ACREDITACION SALARIO DISTRIBUIDORA GUARANI SA", "amount": D("7850000")})
    if od:
        txs.append({"date": dt.date(2025, 5, 6), "desc": "PAGO CUOTA PRESTAMO 45871", "amount": D("-4650000")})
    if wrapped:
        for d, lines, amt in [(dt.date(2025, 5, 7), ["TRANSF. SIPAP A BANCO NACIONAL DE FOMENTO", "BENEF. RAMONA GIMENEZ ORTIZ",
                                                     "CONCEPTO ALQUILER MAYO"], D("-2300000")),
                              (dt.date(2025, 5, 15), ["PAGO SET IMPUESTO IVA FORM 120", "RUC 80012345-6 PERIODO 04/2025"],
                               D("-1184000")),
                              (dt.date(2025, 5, 21), ["TRANSF. RECIBIDA SIPAP DE VISION BANCO", "ORD. COMERCIAL EL PUERTO SRL",
                                                      "PAGO FACTURA 001-001-0004512"], D("3420000"))]:
            txs.append({"date": d, "lines": lines, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 36)
    cb = running(txs, ob)
    if od:
        assert min(t["bal"] for t in txs) < 0
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": gs(t["bal"]),
             "c": "%08d" % rng.randint(10000000, 99999999)}
        r["dr" if t["amount"] < 0 else "cr"] = gs(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "BANCO CONTINENTAL S.A.E.C.A.", 13, True)
        doc.t(W - 40, H - 44, "EXTRACTO DE CUENTA", 12, True, "r")
        doc.t(W - 40, H - 57, "Página %d de %d" % (p, np_), 7, align="r")
        L = [("Titular", "GONZALEZ BENITEZ, CARLOS ALBERTO"), ("Cuenta", "Cta. Cte. N° 1-0045871-2"),
             ("Moneda", "GUARANIES"), ("Período", "Del %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"))),
             ("Sucursal", "CASA MATRIZ - ASUNCION")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 76 - 11 * i, a, 7.5, True); doc.t(110, H - 76 - 11 * i, ": " + b, 7.5)
        y = H - 76 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Fecha", 40, "l", "d"), ("Concepto", 100, "l", "desc"), ("Comprobante", 310, "l", "c"),
            ("Débitos", 420, "r", "dr"), ("Créditos", 490, "r", "cr"), ("Saldo", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y")); doc.t(100, y, "SALDO ANTERIOR", 8, True)
        doc.t(555, y, gs(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(100, y, "SALDO A TRANSPORTAR" if kind == "cf" else "SALDO TRANSPORTADO", 8, True)
        doc.t(555, y, bal, 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(350, y + 6, 555, y + 6)
        doc.t(100, y - 4, "TOTALES", 8, True); doc.t(420, y - 4, gs(out_), 8, True, "r")
        doc.t(490, y - 4, gs(in_), 8, True, "r")
        doc.t(100, y - 17, "SALDO ACTUAL", 8, True); doc.t(555, y - 17, gs(cb), 8, True, "r")
        if od:
            doc.t(100, y - 30, "Línea de sobregiro autorizada: 10.000.000", 7)
        return y - 42

    def footer(doc, p, np_):
        doc.t(40, 44, "Si no recibimos observaciones dentro de los 30 días, consideraremos conforme este extracto.", 6)
        doc.t(40, 35, "Banco Continental S.A.E.C.A. · Estados Unidos 346 c/ Mcal. Estigarribia, Asunción · (021) 415 1000", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "iw_py_continental", "****8712", "PYG", start, end, ob, cb, txs, nd=0)


# ---------------------------------------------------------------- 4 maib (Moldova, MDL, Romanian)
def lei(v):
    return fmt(v, " ", ",")


def maib(stem, seed, n=20, per_page=50, fx=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("1284.60") if od else D("8452.35")
    pool = [("Plata POS LINELLA SRL CHISINAU", 45, 980), ("Retragere numerar ATM MAIB STEFAN CEL MARE", 200, 2000),
            ("Plata Premier Energy factura", 250, 900), ("Plata Orange Moldova abonament", 120, 350),
            ("Transfer MIA catre ION RUSU", 100, 3000), ("Comision deservire cont", 15, 15),
            ("Plata POS NR1 SUPERMARKET", 60, 720), ("Plata Moldovagaz factura", 180, 1400)]
    cr = [("Transfer MIA de la ELENA CEBAN", 100, 2500), ("Depunere numerar filiala Botanica", 500, 4000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 5, 20), "desc": "Salariu mai 2025 SRL AGROTEHNICA", "amount": D("14250.00")})
    if od:
        txs.append({"date": dt.date(2025, 5, 4), "desc": "Rambursare credit nr. 22514", "amount": D("-4310.00")})
    if fx:
        for d, shop, cur, amt, rate in [(dt.date(2025, 5, 8), "Plata POS BOOKING.COM AMSTERDAM", "EUR", "45,00", "19,5612"),
                                        (dt.date(2025, 5, 13), "Plata POS STEAMGAMES.COM BELLEVUE", "USD", "19,99", "17,3904"),
                                        (dt.date(2025, 5, 26), "Retragere numerar ATM BRD IASI", "RON", "300,00", "3,9215")]:
            v = (D(amt.replace(",", ".")) * D(rate.replace(",", "."))).quantize(D("0.01"))
            txs.append({"date": d, "lines": [shop, "Suma tranzacției: %s %s, curs %s" % (amt, cur, rate)], "amount": -v})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 40)
    cb = running(txs, ob)
    if od:
        assert min(t["bal"] for t in txs) < 0
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "b": lei(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = lei(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "maib", 18, True)
        doc.t(W - 40, H - 44, "EXTRAS DE CONT", 12, True, "r")
        doc.t(W - 40, H - 57, "Pagina %d din %d" % (p, np_), 7, align="r")
        L = [("Titular", "POPESCU ANDREI"), ("IBAN", "MD24AG000000022512345678"), ("Valuta", "MDL"),
             ("Perioada", "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"))),
             ("Filiala", "Nr. 12 Botanica, mun. Chișinău")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 76 - 11 * i, a, 7.5, True); doc.t(110, H - 76 - 11 * i, ": " + b, 7.5)
        y = H - 76 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Data", 40, "l", "d"), ("Descrierea operațiunii", 100, "l", "desc"), ("Debit", 400, "r", "dr"),
            ("Credit", 475, "r", "cr"), ("Sold", 555, "r", "b")]

    def top(doc, y):
        doc.t(100, y, "Sold inițial", 8, True); doc.t(555, y, lei(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(100, y, "Sold de reportat" if kind == "cf" else "Sold reportat", 8, True)
        doc.t(555, y, bal, 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(100, y - 4, "Rulaj total", 8, True); doc.t(400, y - 4, lei(out_), 8, True, "r")
        doc.t(475, y - 4, lei(in_), 8, True, "r")
        doc.t(100, y - 17, "Sold final", 8, True); doc.t(555, y - 17, lei(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "Extrasul este generat electronic și nu necesită semnătură și ștampilă.", 6)
        doc.t(40, 35, "BC „Moldova Agroindbank” SA · str. Constantin Tănase 9/1, Chișinău · +373 22 268 999 · www.maib.md", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "iw_md_maib", "****5678", "MDL", start, end, ob, cb, txs)


yucho("iw_jp_yucho", 2401, 22)
yucho("iw_jp_yucho__pages", 2402, 50, per_page=26)
yucho("iw_jp_yucho__seireki", 2403, 18, ce_rows=True)
yucho("iw_jp_yucho__fees", 2404, 18, fees=True)
worldcard("iw_tr_vakifbank", 2411, 18)
worldcard("iw_tr_vakifbank__fx", 2412, 16, fx=True)
worldcard("iw_tr_vakifbank__pages", 2413, 46, per_page=24)
worldcard("iw_tr_vakifbank__refund", 2414, 16, refund=True)
continental("iw_py_continental", 2421, 20)
continental("iw_py_continental__sobregiro", 2422, 18, od=True)
continental("iw_py_continental__pages", 2423, 46, per_page=24)
continental("iw_py_continental__wrapped", 2424, 16, wrapped=True)
maib("iw_md_maib", 2431, 20)
maib("iw_md_maib__fx", 2432, 16, fx=True)
maib("iw_md_maib__overdraft", 2433, 18, od=True)
maib("iw_md_maib__pages", 2434, 44, per_page=24)
