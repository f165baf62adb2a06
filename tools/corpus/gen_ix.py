#!/usr/bin/python3
"""Generator ix: 4 unseen layouts x (base + variants), exact truth. Deterministic.

Aiyl Bank (Kyrgyzstan, KGS, Kyrgyz over Russian: Күнү/Дата / Операциянын мазмуну/Содержание операции /
Чыгым/Дебет / Кириш/Кредит / Калдык/Остаток, "1 234,56", dd.mm.yyyy, Мезгилдин башындагы / аягындагы калдык rows,
Жүгүртүү (turnover) totals; a two-page variant with Кийинки бетке / Мурунку беттен lines, a foreign-currency variant
with "USD 45,00 курс 87,4500" lines and an overdraft variant), Zanaco (Zambia, ZMW: Tran Date "05/06/2025" / Value
Date / Narration / Debit / Credit / Balance, a summary box of Opening Balance / Total Debits / Total Credits /
Closing Balance "ZMW 12,345.67"; a variant printing the balance only on each day's last row, a variant with
MOBILE MONEY LEVY and TRANSFER CHARGE rows under each transfer, and a wrapped-narration variant), Banco Atlántida
(Honduras, HNL: Fecha "05/06/2025" / Descripción / No. Documento / Débitos / Créditos / Saldo, "1,234.56", SALDO
ANTERIOR row and SALDO FINAL line; a variant printing "L" before every amount, a two-page variant with SALDO QUE PASA
/ SALDO QUE VIENE lines and a variant with "USD 45.00 T/C 26.1250" lines), Banesco (Venezuela, VES: Fecha / Referencia /
Descripción / signed Monto "-1.234,56" / Saldo, "Bs." only in the summary, Saldo Inicial / Total Débitos / Total
Créditos / Saldo Final box above the table; a two-page variant, a wrapped-description variant and a variant with
COMISION PAGO MOVIL rows).

Truth choices: the opening, closing, carried and brought forward rows and the totals are no transactions; Zanaco's
value date, Atlántida's No. Documento and Banesco's Referencia are not description; a Zanaco row carries a balance
only where one is printed; a foreign-currency line joins its row's description; the account is the last four digits
of the number printed (Aiyl's "1350100012345678" "****5678", Zanaco's "0123456789012" "****9012", Atlántida's
"10-201-004587-3" "****5873", Banesco's "0134-0412-31-4123456789" "****6789").
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import cf_lines, fmt, make_txns, render, row_truth_writer, running, set_desc_lines, sums

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ix/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


# ---------------------------------------------------------------- 1 Aiyl Bank (Kyrgyzstan, KGS, Kyrgyz/Russian)
def som(v):
    return fmt(v, " ", ",")


def aiyl(stem, seed, n=20, per_page=50, fx=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("2140.50") if od else D("18452.70")
    pool = [("Төлөм POS GLOBUS БИШКЕК", 150, 2400), ("Накталай акча алуу ATM АЙЫЛ БАНК Чүй пр.", 1000, 8000),
            ("Төлөм Северэлектро эсеп", 400, 1600), ("Төлөм MEGACOM байланыш", 200, 600),
            ("Которуу ЭЛСОМ капчыгына", 300, 5000), ("Эсепти тейлөө комиссиясы", 50, 50),
            ("Төлөм POS НАРОДНЫЙ супермаркет", 120, 1900), ("Төлөм Газпром Кыргызстан эсеп", 300, 2200)]
    cr = [("Которуу кирди АСАНОВА АЙГҮЛ", 500, 6000), ("Накталай акча салуу Ош филиалы", 2000, 15000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 20), "desc": "Эмгек акы июнь 2025 ОсОО АГРОТЕХСЕРВИС", "amount": D("46800.00")})
    if od:
        txs.append({"date": dt.date(2025, 6, 4), "desc": "Насыяны төлөө № 45-2231", "amount": D("-12650.00")})
    if fx:
        for d, shop, cur, amt, rate in [(dt.date(2025, 6, 7), "Төлөм POS ALIEXPRESS.COM", "USD", "45,00", "87,4500"),
                                        (dt.date(2025, 6, 14), "Төлөм POS WILDBERRIES.RU", "RUB", "3 250,00", "1,1120"),
                                        (dt.date(2025, 6, 25), "Накталай акча алуу ATM HALYK АЛМАТЫ", "KZT", "20 000,00",
                                         "0,1712")]:
            v = (D(amt.replace(" ", "").replace(",", ".")) * D(rate.replace(",", "."))).quantize(D("0.01"))
            txs.append({"date": d, "lines": [shop, "%s %s курс %s" % (cur, amt, rate)], "amount": -v})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 40)
    cb = running(txs, ob)
    if od:
        assert min(t["bal"] for t in txs) < 0
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "b": som(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = som(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "«АЙЫЛ БАНК» ААК", 14, True)
        doc.t(W - 40, H - 44, "ЭСЕПТЕН КӨЧҮРМӨ", 12, True, "r")
        doc.t(W - 40, H - 56, "Выписка по счету", 8, False, "r")
        doc.t(W - 40, H - 67, "Барак %d / %d" % (p, np_), 7, align="r")
        L = [("Кардар / Клиент", "ТОКТОГУЛОВ НУРЛАН АСАНОВИЧ"), ("Эсеп / Счет", "1350100012345678"),
             ("Валюта", "KGS (сом)"), ("Мезгил / Период", "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"))),
             ("Филиал", "Бишкек шаардык филиалы")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 80 - 11 * i, a, 7.5, True); doc.t(130, H - 80 - 11 * i, ": " + b, 7.5)
        y = H - 80 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Күнү\nДата", 40, "l", "d"), ("Операциянын мазмуну\nСодержание операции", 100, "l", "desc"),
            ("Чыгым\nДебет", 400, "r", "dr"), ("Кириш\nКредит", 475, "r", "cr"), ("Калдык\nОстаток", 555, "r", "b")]

    def top(doc, y):
        doc.t(100, y, "Мезгилдин башындагы калдык", 8, True); doc.t(555, y, som(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(100, y - 4, "Жүгүртүү / Обороты", 8, True); doc.t(400, y - 4, som(out_), 8, True, "r")
        doc.t(475, y - 4, som(in_), 8, True, "r")
        doc.t(100, y - 17, "Мезгилдин аягындагы калдык", 8, True); doc.t(555, y - 17, som(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "Көчүрмө электрондук түрдө түзүлгөн жана колтамганы талап кылбайт.", 6)
        doc.t(40, 35, "«Айыл Банк» ААК · Бишкек ш., Ч. Айтматов көч., 169 · +996 312 68 00 00 · www.ab.kg", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf_lines(rows, ("Кийинки бетке", "Мурунку беттен"), 100, 555))
    write(stem, "ix_kg_aiyl", "****5678", "KGS", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Zanaco (Zambia, ZMW)
def zanaco(stem, seed, n=22, per_page=50, daybal=False, levies=False, wrapped=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("17842.15")
    pool = [("POS PURCHASE SHOPRITE MANDA HILL LUSAKA", 80, 1400), ("ATM WITHDRAWAL ZANACO CAIRO RD", 200, 2000),
            ("XAPIT TRANSFER TO AIRTEL MONEY 0977{r}", 50, 1500), ("ZESCO PREPAID TOKEN", 100, 600),
            ("POS PURCHASE PICK N PAY EAST PARK", 90, 1100), ("MONTHLY MAINTENANCE FEE", 45, 45),
            ("DSTV SUBSCRIPTION MULTICHOICE", 350, 650), ("RTGS TO STANBIC ZM {r}", 1500, 6000)]
    cr = [("CASH DEPOSIT KITWE BRANCH", 500, 5000), ("INWARD TRANSFER FROM MTN MONEY {r}", 100, 2500)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 25), "desc": "SALARY JUN 2025 ZAMBEEF PRODUCTS PLC", "amount": D("18650.00")})
    if wrapped:
        for d, lines, amt in [(dt.date(2025, 6, 9), ["RTGS TO ZAMBIA NATIONAL COMMERCIAL BANK", "BENEFICIARY MWANSA CHILESHE",
                                                     "REF SCHOOL FEES TERM 2"], D("-4850.00")),
                              (dt.date(2025, 6, 17), ["ZRA TAX PAYMENT PRN 100234567821", "TPIN 1002345678 TURNOVER TAX"],
                               D("-1260.00")),
                              (dt.date(2025, 6, 21), ["INWARD EFT FROM ATLAS MARA BANK", "ORDERING CUSTOMER BANDA TRADING LTD",
                                                      "INVOICE 2025-0412"], D("6300.00"))]:
            txs.append({"date": d, "lines": lines, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    if levies:
        out = []
        for t in txs:
            out.append(t)
            if t["desc"].startswith(("XAPIT", "RTGS TO STANBIC")):
                fee = D("2.50") if t["desc"].startswith("XAPIT") else D("25.00")
                out.append({"date": t["date"], "desc": "TRANSFER CHARGE", "amount": -fee})
                if t["desc"].startswith("XAPIT"):
                    out.append({"date": t["date"], "desc": "MOBILE MONEY LEVY", "amount": D("-0.50")})
        txs = out
    set_desc_lines(txs, 44)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    for i, t in enumerate(txs):
        t["shown"] = not daybal or i == len(txs) - 1 or txs[i + 1]["date"] != t["date"]
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=1 if t.get("desc", "").startswith("RTGS") else 0)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "v": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"]}
        if t["shown"]: r["b"] = fmt(t["bal"])
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "ZANACO", 18, True)
        doc.t(40, H - 55, "Zambia National Commercial Bank Plc", 7)
        doc.t(W - 40, H - 44, "STATEMENT OF ACCOUNT", 12, True, "r")
        doc.t(W - 40, H - 57, "Page %d of %d" % (p, np_), 7, align="r")
        L = [("Account Name", "MR MULENGA BWALYA"), ("Account Number", "0123456789012"), ("Account Type", "XAPIT SAVINGS"),
             ("Currency", "ZMW"), ("Branch", "CAIRO ROAD BUSINESS CENTRE"),
             ("Statement Period", "%s to %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 76 - 11 * i, a, 7.5, True); doc.t(125, H - 76 - 11 * i, ": " + b, 7.5)
        if p == 1:
            box = [("Opening Balance", ob), ("Total Debits", out_), ("Total Credits", in_), ("Closing Balance", cb)]
            doc.c.rect(360, H - 138, W - 400, 58)
            for i, (a, b) in enumerate(box):
                doc.t(368, H - 92 - 12 * i, a, 7.5, True); doc.t(W - 48, H - 92 - 12 * i, "ZMW " + fmt(b), 7.5, False, "r")
        y = H - 76 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Tran Date", 40, "l", "d"), ("Value Date", 92, "l", "v"), ("Narration", 145, "l", "desc"),
            ("Debit", 410, "r", "dr"), ("Credit", 480, "r", "cr"), ("Balance", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 44, "Please examine this statement and report any discrepancy within 30 days. Zanaco is regulated by the Bank of Zambia.", 6)
        doc.t(40, 35, "Zanaco Plc · Plot 33454 Cairo Road, Lusaka · +260 211 221 440 · www.zanaco.co.zm", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page)
    write(stem, "ix_zm_zanaco", "****9012", "ZMW", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Banco Atlántida (Honduras, HNL)
def atlantida(stem, seed, n=20, per_page=50, lps=False, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("24318.45")
    pool = [("COMPRA POS SUPERMERCADOS LA COLONIA TGU", 150, 3200), ("RETIRO ATM ATLANTIDA MALL MULTIPLAZA", 500, 5000),
            ("PAGO ENEE ENERGIA ELECTRICA", 600, 2400), ("PAGO TIGO HOGAR", 700, 1400),
            ("TRANSFERENCIA ACH A BANPAIS", 800, 9000), ("CARGO MANEJO DE CUENTA", 60, 60),
            ("COMPRA POS FARMACIA KIELSA", 90, 900), ("PAGO SANAA AGUA POTABLE", 200, 650)]
    cr = [("DEPOSITO EN EFECTIVO AG. BOULEVARD MORAZAN", 1000, 12000), ("TRANSFERENCIA ACH RECIBIDA", 500, 8000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 27), "desc": "PAGO PLANILLA INVERSIONES CATRACHAS S.A.", "amount": D("32450.00")})
    if fx:
        for d, shop, cur, amt, rate in [(dt.date(2025, 6, 6), "COMPRA INTERNET AMAZON MKTPLACE", "USD", "45.00", "26.1250"),
                                        (dt.date(2025, 6, 13), "COMPRA POS HOTEL REAL INTERCONTINENTAL SJ", "CRC", "58,400.00",
                                         "0.0515"),
                                        (dt.date(2025, 6, 24), "COMPRA INTERNET SPOTIFY", "USD", "10.99", "26.1380")]:
            v = (D(amt.replace(",", "")) * D(rate)).quantize(D("0.01"))
            txs.append({"date": d, "lines": [shop, "%s %s T/C %s" % (cur, amt, rate)], "amount": -v})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 34)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    m = (lambda v: "L " + fmt(v)) if lps else fmt
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": m(t["bal"]),
             "c": "%07d" % rng.randint(1000000, 9999999)}
        r["dr" if t["amount"] < 0 else "cr"] = m(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "Banco Atlántida", 16, True)
        doc.t(W - 40, H - 44, "ESTADO DE CUENTA", 12, True, "r")
        doc.t(W - 40, H - 57, "Página %d de %d" % (p, np_), 7, align="r")
        L = [("Cliente", "MARTINEZ ZELAYA, JOSE ROBERTO"), ("Cuenta de Ahorro", "10-201-004587-3"),
             ("Moneda", "LEMPIRAS"), ("Período", "Del %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"))),
             ("Agencia", "BOULEVARD MORAZAN, TEGUCIGALPA")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 76 - 11 * i, a, 7.5, True); doc.t(125, H - 76 - 11 * i, ": " + b, 7.5)
        y = H - 76 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Fecha", 40, "l", "d"), ("Descripción", 95, "l", "desc"), ("No. Documento", 300, "l", "c"),
            ("Débitos", 415, "r", "dr"), ("Créditos", 485, "r", "cr"), ("Saldo", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y")); doc.t(95, y, "SALDO ANTERIOR", 8, True)
        doc.t(555, y, m(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(350, y + 6, 555, y + 6)
        doc.t(95, y - 4, "TOTALES", 8, True); doc.t(415, y - 4, m(out_), 8, True, "r")
        doc.t(485, y - 4, m(in_), 8, True, "r")
        doc.t(95, y - 17, "SALDO FINAL", 8, True); doc.t(555, y - 17, m(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "Sus depósitos están garantizados por el FOSEDE hasta el monto establecido por la ley.", 6)
        doc.t(40, 35, "Banco Atlántida, S.A. · Plaza Bancatlán, Boulevard Centroamérica, Tegucigalpa M.D.C. · (504) 2280-0000", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf_lines(rows, ("SALDO QUE PASA", "SALDO QUE VIENE"), 95, 555))
    write(stem, "ix_hn_atlantida", "****5873", "HNL", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Banesco (Venezuela, VES, signed Monto)
def bs(v):
    return fmt(v, ".", ",")


def banesco(stem, seed, n=20, per_page=50, wrapped=False, fees=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("45842.37")
    pool = [("PAGO MOVIL A 0414-{r}", 150, 2500), ("COMPRA POS FARMATODO LAS MERCEDES", 200, 3800),
            ("RETIRO CAJERO BANESCO CHACAO", 500, 2000), ("PAGO CANTV SERVICIO INTERNET", 350, 900),
            ("COMPRA POS AUTOMERCADO PLAZA", 400, 6200), ("PAGO CORPOELEC", 120, 480),
            ("TRANSFERENCIA A MERCANTIL {r}", 1000, 9000), ("COMISION MANTENIMIENTO CUENTA", 85, 85)]
    cr = [("PAGO MOVIL RECIBIDO 0412-{r}", 200, 4000), ("TRANSFERENCIA RECIBIDA DE PROVINCIAL", 1500, 12000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 15), "desc": "ABONO NOMINA DISTRIBUIDORA ANDINA C.A.", "amount": D("38600.00")})
    if wrapped:
        for d, lines, amt in [(dt.date(2025, 6, 8), ["TRANSFERENCIA A BANCO DE VENEZUELA", "BENEF. MARIA GABRIELA PEREZ ROJAS",
                                                     "CONCEPTO ALQUILER JUNIO"], D("-7200.00")),
                              (dt.date(2025, 6, 18), ["PAGO SENIAT PLANILLA 99035", "RIF V-15234876-3 IVA PERIODO 05/2025"],
                               D("-2146.80")),
                              (dt.date(2025, 6, 22), ["TRANSFERENCIA RECIBIDA DE BANCARIBE", "ORD. INVERSIONES EL AVILA C.A.",
                                                      "FACTURA 000871"], D("9850.00"))]:
            txs.append({"date": d, "lines": lines, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    if fees:
        out = []
        for t in txs:
            out.append(t)
            if t["desc"].startswith("PAGO MOVIL A"):
                out.append({"date": t["date"], "desc": "COMISION PAGO MOVIL", "amount": -(abs(t["amount"]) * D("0.003")).quantize(D("0.01"))})
        txs = out
    set_desc_lines(txs, 42)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        rows.append({"d": t["date"].strftime("%d/%m/%Y"), "c": "%010d" % rng.randint(10 ** 9, 10 ** 10 - 1),
                     "desc": t["desc_lines"], "a": bs(t["amount"]), "b": bs(t["bal"])})

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "Banesco", 18, True)
        doc.t(40, H - 55, "Banco Universal", 7)
        doc.t(W - 40, H - 44, "ESTADO DE CUENTA", 12, True, "r")
        doc.t(W - 40, H - 57, "Página %d / %d" % (p, np_), 7, align="r")
        L = [("Titular", "RODRIGUEZ MARQUEZ, LUIS ALEJANDRO"), ("Cuenta Corriente", "0134-0412-31-4123456789"),
             ("Moneda", "VES"), ("Desde", start.strftime("%d/%m/%Y")), ("Hasta", end.strftime("%d/%m/%Y"))]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 76 - 11 * i, a, 7.5, True); doc.t(125, H - 76 - 11 * i, ": " + b, 7.5)
        if p == 1:
            box = [("Saldo Inicial", ob), ("Total Débitos", -out_), ("Total Créditos", in_), ("Saldo Final", cb)]
            doc.c.rect(360, H - 132, W - 400, 56)
            for i, (a, b) in enumerate(box):
                doc.t(368, H - 88 - 12 * i, a, 7.5, True); doc.t(W - 48, H - 88 - 12 * i, "Bs. " + bs(b), 7.5, False, "r")
        y = H - 76 - 11 * len(L) - 12
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Fecha", 40, "l", "d"), ("Referencia", 95, "l", "c"), ("Descripción", 160, "l", "desc"),
            ("Monto", 470, "r", "a"), ("Saldo", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 44, "Banesco Banco Universal, C.A. RIF J-07013380-5 · Ciudad Banesco, Av. Principal de Bello Monte, Caracas", 6)
        doc.t(40, 35, "Contacto Banesco 0501-BANESCO (0501-2263726) · www.banesco.com", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page)
    write(stem, "ix_ve_banesco", "****6789", "VES", start, end, ob, cb, txs)


aiyl("ix_kg_aiyl", 2501, 20)
aiyl("ix_kg_aiyl__pages", 2502, 46, per_page=24)
aiyl("ix_kg_aiyl__fx", 2503, 16, fx=True)
aiyl("ix_kg_aiyl__overdraft", 2504, 18, od=True)
zanaco("ix_zm_zanaco", 2511, 22)
zanaco("ix_zm_zanaco__daybal", 2512, 26, daybal=True)
zanaco("ix_zm_zanaco__levies", 2513, 20, levies=True)
zanaco("ix_zm_zanaco__wrapped", 2514, 16, wrapped=True)
atlantida("ix_hn_atlantida", 2521, 20)
atlantida("ix_hn_atlantida__lempiras", 2522, 18, lps=True)
atlantida("ix_hn_atlantida__pages", 2523, 46, per_page=24)
atlantida("ix_hn_atlantida__fx", 2524, 16, fx=True)
banesco("ix_ve_banesco", 2531, 20)
banesco("ix_ve_banesco__pages", 2532, 46, per_page=24)
banesco("ix_ve_banesco__wrapped", 2533, 16, wrapped=True)
banesco("ix_ve_banesco__fees", 2534, 18, fees=True)
