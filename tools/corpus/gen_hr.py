#!/usr/bin/python3
"""Generator hr: 6 untuned layouts x (base + one or two one-change variants), exact truth. Deterministic.

Cash App (US monthly statement: a Transactions and a Cash Card section of Date / Description / Amount "+$25.00"
"-$12.40", Starting/Ending balance in a summary box only), Monobank (Ukrainian card statement, Ukrainian headers
with the English under them, "05.05.2025 14:22:31", MCC, card-currency and operation-currency amounts, commission,
cashback and balance columns; a foreign-currency and a two-page variant), Mercado Pago (Argentina: Fecha /
Descripción / ID de la operación / Valor / Saldo, "$ -1.234,56" with the symbol in every cell, Saldo inicial/final),
Fio banka (Czech: Datum / Objem / Protiúčet / Kód banky / Zpráva pro příjemce / Typ, signed "-1 234,50", no balance
column, Počáteční/Konečný zůstatek), Macquarie (Australia: Transaction date / Description / Debits / Credits /
Balance "CR", OPENING/CLOSING BALANCE rows), Yapı Kredi (Turkey: Tarih / Açıklama / Tutar "1.234,56-" "+" /
Bakiye, DEVREDEN BAKİYE row; a two-page variant).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER, landscape
from corpus_kit import Doc, fmt, make_txns, paginate_lines, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hr/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def lift(txs, ob, floor):
    """The opening balance raised (by whole hundreds) so that no row's balance falls under floor."""
    low, bal = D(ob), D(ob)
    for t in txs:
        bal += t["amount"]; low = min(low, bal)
    return ob + max(D(0), ((floor - low) / 100).to_integral_value(rounding="ROUND_CEILING") * 100)


def no_balance(txs):
    for t in txs: t["shown"] = False


# ---------------------------------------------------------------- 1 Cash App (US monthly statement)
def cashapp(stem, seed, n_app=10, n_card=12, fees=False, long=False, per_page=38):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("412.36")
    app_pool = [("Cash payment to $marcus_g for rent share", 100, 450), ("Cash payment to $KeishaB for lunch", 8, 35),
                ("Transfer to bank account ending 7720", 50, 300), ("Cash payment to $dreday404 for concert tix", 40, 120)]
    app_cr = [("Direct deposit from GUSTO PAYROLL", 780, 1150), ("Cash payment from $tina88 for dinner", 10, 60),
              ("Paper money deposit at WALGREENS #4412", 40, 200)]
    if long:
        app_pool.append(("Cash payment to $jordan-williams-atl for utilities June split electric and water and internet", 40, 90))
    card_pool = [("STARBUCKS STORE 10234 ATLANTA GA", 4, 14), ("KROGER #0431 ATLANTA GA", 18, 95), ("UBER *TRIP HELP.UBER.COM CA", 9, 38),
                 ("SHELL OIL 57542011 DECATUR GA", 25, 60), ("AMAZON MKTPL*2K4LZ1 AMZN.COM/BILL WA", 12, 80),
                 ("ATM WITHDRAWAL 7-ELEVEN 33412 ATLANTA GA", 20, 100)]
    card_cr = [("Refund KROGER #0431 ATLANTA GA", 5, 30), ("Cash Card Boost: 10% off Chipotle", 1, 3)]
    app = make_txns(rng, start, end, n_app, app_pool, app_cr)
    card = make_txns(rng, start, end, n_card, card_pool, card_cr)
    for day in (6, 20):
        app.append({"date": dt.date(2025, 6, day), "desc": "Direct deposit from GUSTO PAYROLL", "amount": D(rng.randint(98000, 112000)) / 100})
    app.sort(key=lambda t: t["date"])
    if fees:
        for t in list(card):
            if t["desc"].startswith("ATM WITHDRAWAL"):
                card.append({"date": t["date"], "desc": "Cash Card ATM fee", "amount": D("-2.50")})
        app.append({"date": dt.date(2025, 6, 17), "desc": "Instant transfer fee", "amount": D("-1.75")})
        app.sort(key=lambda t: t["date"]); card.sort(key=lambda t: t["date"])
    txs = app + card
    cb = running(txs, ob)
    no_balance(txs)
    money = lambda v: ("-$" if v < 0 else "+$") + fmt(abs(v))
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 54)
    dr, crs = sums(txs)
    lines = [("h", "Transactions", None)] + [("r", None, t) for t in app] + [("h", "Cash Card", None)] + [("r", None, t) for t in card]
    # paginate: a heading counts two lines, a row its lines
    pages, cur, used, cap = [], [], 0, per_page - 14
    for item in lines:
        nl = 2 if item[0] == "h" else len(item[2]["desc_lines"])
        if used + nl > cap and cur:
            pages.append(cur); cur, used, cap = [], 0, per_page
        cur.append(item); used += nl
    pages.append(cur)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    H, W = doc.H, doc.W
    sec = None
    for pi, items in enumerate(pages):
        doc.t(40, H - 50, "Cash App", 20, True)
        doc.t(W - 40, H - 42, "Monthly Statement", 10, True, "r")
        doc.t(W - 40, H - 54, "June 1 - June 30, 2025", 8, align="r")
        y = H - 80
        if pi == 0:
            doc.t(40, H - 80, "Latoya D. Freeman", 9, True); doc.t(40, H - 91, "$latoyafree", 8)
            doc.t(40, H - 102, "1187 Glenwood Ave SE", 8); doc.t(40, H - 113, "Atlanta, GA 30316", 8)
            doc.t(330, H - 80, "Account number   811029474417", 8); doc.t(330, H - 91, "Routing number   041215663", 8)
            doc.c.roundRect(40, H - 210, W - 80, 80, 6)
            doc.t(52, H - 146, "Cash App Balance Summary", 9, True)
            S = [("Starting balance", "$" + fmt(ob)), ("Money in", "+$" + fmt(crs)), ("Money out", "-$" + fmt(dr)), ("Ending balance", "$" + fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(52, H - 160 - 12 * i, a, 8, i == 3); doc.t(300, H - 160 - 12 * i, b, 8, i == 3, "r")
            doc.t(330, H - 160, "Bitcoin and stock balances are not", 7); doc.t(330, H - 170, "included in your Cash App Balance.", 7)
            y = H - 236
        for kind, title, t in items:
            if kind == "h":
                sec = title
                if y < H - 240: y -= 6
                doc.t(40, y, title, 11, True)
                if title == "Cash Card": doc.t(W - 40, y, "Visa Debit ending in 9921", 7.5, align="r")
                y -= 14
                doc.t(40, y, "Date", 7.5, True); doc.t(100, y, "Description", 7.5, True); doc.t(W - 40, y, "Amount", 7.5, True, "r")
                doc.c.line(40, y - 3, W - 40, y - 3)
                y -= 14
                continue
            doc.t(40, y, t["date"].strftime("%b %-d"), 8)
            for k, l in enumerate(t["desc_lines"]):
                doc.t(100, y - 11 * k, l, 8)
            doc.t(W - 40, y, money(t["amount"]), 8, align="r")
            y -= 11 * len(t["desc_lines"]) + 3
        if pi + 1 < len(pages) and pages[pi + 1][0][0] == "r":
            # the next page opens mid-section: it repeats the section heading and column names
            nxt = pages[pi + 1]
            pages[pi + 1] = [("h", sec + " (continued)", None)] + nxt
        doc.t(40, 40, "Cash App is a financial platform, not a bank. Banking services provided by Cash App's bank partner(s). Prepaid", 5.5)
        doc.t(40, 33, "debit cards issued by Sutton Bank, Member FDIC. Block, Inc., 1955 Broadway, Suite 600, Oakland, CA 94612.", 5.5)
        doc.t(W - 40, 33, "Page %d of %d" % (pi + 1, len(pages)), 7, align="r")
        doc.c.showPage()
    doc.c.save()
    write(stem, "hr_us_cashapp", "****4417", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Monobank (Ukraine, card statement)
def mono(stem, seed, n=20, fx=False, per_page=26):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("14873.40")
    pool = [("Сільпо", "5411", 120, 1400), ("АТБ-Маркет", "5411", 60, 800), ("Уклон", "4121", 90, 340),
            ("Переказ на картку Іван К.", "4829", 200, 3000), ("Нова Пошта", "4215", 55, 260),
            ("Київстар, поповнення мобільного +380671234567", "4814", 100, 300), ("Aroma Kava", "5814", 45, 130),
            ("Оплата комунальних послуг Київводоканал особовий рахунок 2210543", "4900", 300, 1600)]
    cr = [("Від: Олександр П.", "4829", 300, 2500), ("Зарахування заробітної плати ТОВ \"Рікс Софт\"", "6012", 28000, 36000),
          ("Поповнення картки з ПриватБанк", "4829", 500, 5000)]
    fxpool = [("Apple.com/bill", "5818", "USD", D("41.4870"), ["2.99", "9.99", "0.99"]),
              ("Booking.com Amsterdam", "4722", "EUR", D("47.1325"), ["84.00", "126.50"]),
              ("Biedronka Krakow", "5411", "PLN", D("11.0240"), ["47.86", "112.30"])]
    txs = []
    days = (end - start).days
    for _ in range(n):
        d = dt.datetime.combine(start + dt.timedelta(days=rng.randint(0, days)), dt.time(rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)))
        if fx and rng.random() < 0.3:
            desc, mcc, ccy, rate, amts = rng.choice(fxpool)
            oa = D(rng.choice(amts))
            amt = -(oa * rate).quantize(D("0.01"))
            txs.append({"dt": d, "date": d.date(), "desc": desc, "mcc": mcc, "amount": amt, "oa": -oa, "ccy": ccy, "rate": rate})
            continue
        if rng.random() < 0.2: desc, mcc, lo, hi = rng.choice(cr); sg = 1
        else: desc, mcc, lo, hi = rng.choice(pool); sg = -1
        amt = (D(rng.randint(lo * 100, hi * 100)) / 100) * sg
        txs.append({"dt": d, "date": d.date(), "desc": desc, "mcc": mcc, "amount": amt, "oa": amt, "ccy": "UAH", "rate": None})
    pay = D(rng.randint(3100000, 3400000)) / 100
    d = dt.datetime(2025, 5, 5, 10, 2, 17)
    txs.append({"dt": d, "date": d.date(), "desc": cr[1][0], "mcc": "6012", "amount": pay, "oa": pay, "ccy": "UAH", "rate": None})
    txs.sort(key=lambda t: t["dt"])
    cb = running(txs, ob)
    num = lambda v: fmt(v, " ", ".")
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 30)
        cash = (abs(t["amount"]) / 100).quantize(D("0.01")) if t["amount"] < 0 and t["mcc"] in ("5411", "5814") else D(0)
        rows.append({"d": t["dt"].strftime("%d.%m.%Y %H:%M:%S"), "desc": t["desc_lines"], "m": t["mcc"], "a": num(t["amount"]),
                     "o": num(t["oa"]), "c": t["ccy"], "r": ("%.4f" % t["rate"]) if t["rate"] else "—", "f": "0.00",
                     "k": num(cash), "b": num(t["bal"])})
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 42, "monobank", 18, True); doc.t(140, H - 42, "| Universal Bank", 9)
        doc.t(W - 40, H - 36, "Виписка з картки / Card statement", 10, True, "r")
        doc.t(W - 40, H - 48, "Період / Period: 01.05.2025 - 31.05.2025", 8, align="r")
        if p == 1:
            info = [("Клієнт / Client:", "Коваленко Олена Вікторівна"), ("Картка / Card:", "5375 41** **** 8812"),
                    ("Рахунок / Account:", "UA21 322001 00000 2620 1234 567890"), ("Валюта / Currency:", "UAH")]
            for i, (a, b) in enumerate(info):
                doc.t(40, H - 70 - 11 * i, a, 8); doc.t(150, H - 70 - 11 * i, b, 8, True)
            S = [("Баланс на початок періоду / Opening balance:", num(ob)), ("Надходження / Incoming:", num(crs)),
                 ("Витрати / Outgoing:", num(-dr)), ("Баланс на кінець періоду / Closing balance:", num(cb))]
            doc.c.rect(470, H - 120, W - 510, 56)
            for i, (a, b) in enumerate(S):
                doc.t(478, H - 76 - 11 * i, a, 7.5); doc.t(W - 48, H - 76 - 11 * i, b, 7.5, True, "r")
            return H - 140
        return H - 70

    cols = [("Дата і час\nоперації\nDate and time", 40, "l", "d"), ("Деталі операції\nOperation details", 132, "l", "desc"),
            ("MCC", 300, "l", "m"), ("Сума в валюті\nкартки (UAH)\nCard currency\namount (UAH)", 400, "r", "a"),
            ("Сума в валюті\nоперації\nOperation\namount", 470, "r", "o"), ("Валюта\nCurrency", 480, "l", "c"),
            ("Курс\nExchange\nrate", 560, "r", "r"), ("Сума комісій\n(UAH)\nCommission\n(UAH)", 630, "r", "f"),
            ("Сума кешбеку\n(UAH)\nCashback\n(UAH)", 700, "r", "k"), ("Залишок після\nоперації\nBalance", 800, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 36, "АТ «Універсал Банк», код ЄДРПОУ 21133352, ліцензія НБУ № 92 від 20.01.1994. monobank — продукт АТ «Універсал Банк».", 6)
        doc.t(40, 28, "Виписка сформована автоматично та не потребує підпису і печатки / This statement is generated automatically.", 6)
        doc.t(doc.W - 40, 28, "Сторінка %d з %d / Page %d of %d" % (p, np_, p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), landscape(A4), header, cols, rows, footer, per_page=per_page)
    write(stem, "hr_ua_mono", "****7890", "UAH", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Mercado Pago (Argentina, resumen de cuenta)
def mp(stem, seed, n=20, long=False, per_page=42):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("185430.27")
    pool = [("Pago con QR Carrefour Express", 3500, 42000), ("Transferencia enviada Lucía Fernández", 5000, 80000),
            ("Pago de servicios Edenor", 12000, 38000), ("Compra Mercado Libre", 8000, 95000),
            ("Recarga SUBE", 2000, 10000), ("Pago con tarjeta de débito Farmacity", 2500, 21000)]
    cr = [("Transferencia recibida Martín Gómez", 10000, 150000), ("Rendimientos", 900, 4200),
          ("Dinero recibido por venta en Mercado Libre", 15000, 120000)]
    if long:
        pool.append(("Transferencia enviada Juan Martín Rodríguez Fernández alquiler departamento junio expensas incluidas", 250000, 320000))
        cr.append(("Transferencia recibida Cooperativa de Trabajo Los Álamos Limitada honorarios mayo factura C 0003-00001245", 180000, 260000))
    txs = make_txns(rng, start, end, n, pool, cr)
    ob = lift(txs, ob, D(15000))
    cb = running(txs, ob)
    ars = lambda v: "$ " + fmt(v, ".", ",")
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 38)
        rows.append({"d": t["date"].strftime("%d-%m-%Y"), "desc": t["desc_lines"], "i": str(rng.randint(80000000000, 99999999999)),
                     "v": ars(t["amount"]), "s": ars(t["bal"])})
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "mercado pago", 18, True)
        doc.t(W - 40, H - 40, "RESUMEN DE CUENTA", 10, True, "r")
        doc.t(W - 40, H - 52, "Del 1 de junio de 2025 al 30 de junio de 2025", 8, align="r")
        if p == 1:
            info = [("Nombre:", "Sofía Belén Álvarez"), ("CUIT/CUIL:", "27-34882190-5"), ("CVU:", "0000003100087423169054"),
                    ("Alias:", "sofia.alvarez.mp")]
            for i, (a, b) in enumerate(info):
                doc.t(40, H - 78 - 11 * i, a, 8, True); doc.t(100, H - 78 - 11 * i, b, 8)
            S = [("Saldo inicial:", ars(ob)), ("Entradas:", ars(crs)), ("Salidas:", ars(-dr)), ("Saldo final:", ars(cb))]
            doc.c.rect(330, H - 130, W - 370, 58)
            for i, (a, b) in enumerate(S):
                doc.t(340, H - 84 - 12 * i, a, 8, i in (0, 3)); doc.t(W - 50, H - 84 - 12 * i, b, 8, i in (0, 3), "r")
            doc.t(40, H - 152, "DETALLE DE MOVIMIENTOS", 10, True)
            return H - 170
        doc.t(40, H - 80, "DETALLE DE MOVIMIENTOS", 10, True)
        return H - 98

    cols = [("Fecha", 40, "l", "d"), ("Descripción", 100, "l", "desc"), ("ID de la operación", 300, "l", "i"),
            ("Valor", 470, "r", "v"), ("Saldo", 555, "r", "s")]

    def footer(doc, p, np_):
        doc.t(40, 40, "Mercado Pago no es un banco ni está autorizado a funcionar como tal por el BCRA. Los fondos acreditados en cuentas de pago", 5.5)
        doc.t(40, 33, "no constituyen depósitos en una entidad financiera. MercadoLibre S.R.L., CUIT 30-70308853-4, Av. Caseros 3039, CABA.", 5.5)
        doc.t(doc.W - 40, 33, "%d/%d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=per_page)
    write(stem, "hr_ar_mercadopago", "****9054", "ARS", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Fio banka (Czech, výpis z účtu)
def fio(stem, seed, n=18, ob=D("38412.75"), per_page=40, overdraft=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    pool = [("Nákup: ALBERT VAM 0412, PRAHA, dne 3.5.2025, částka 412.50 CZK", "", "", "Platba kartou", 150, 1800),
            ("Nákup: ROHLIK.CZ, PRAHA 8, dne 12.5.2025", "", "", "Platba kartou", 400, 2600),
            ("Nájem květen byt 2+kk", "2000145399", "0800", "Bezhotovostní platba", 14500, 16500),
            ("ČEZ Prodej záloha elektřina", "35-4337620277", "0100", "Inkaso", 1200, 2100),
            ("Výběr: BANKOMAT CS NAM MIRU, PRAHA 2", "", "", "Výběr z bankomatu", 500, 4000),
            ("Pojištění vozidla Kooperativa", "2226222", "0800", "Trvalý příkaz", 780, 780)]
    cr = [("Mzda 04/2025 SEYFOR a.s.", "2100456782", "2010", "Bezhotovostní příjem", 42000, 52000),
          ("Vrácení přeplatku vyúčtování", "19-2045430207", "0100", "Bezhotovostní příjem", 300, 2400)]
    if overdraft:
        pool.append(("Splátka hypotéky 08/2025 smlouva 4411207", "2800112233", "2010", "Trvalý příkaz", 24000, 26000))
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2 and not overdraft: desc, acc, code, typ, lo, hi = rng.choice(cr); sg = 1
        else: desc, acc, code, typ, lo, hi = rng.choice(pool); sg = -1
        amt = (D(rng.randint(lo * 100, hi * 100)) / 100) * sg
        txs.append({"date": d, "desc": desc, "acc": acc, "code": code, "typ": typ, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    no_balance(txs)
    czk = lambda v: fmt(v, " ", ",")
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 34)
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "a": czk(t["amount"]), "p": t["acc"], "k": t["code"], "desc": t["desc_lines"], "t": t["typ"]})
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "FIO BANKA", 18, True)
        doc.t(W - 40, H - 38, "Výpis z účtu č. 5/2025", 10, True, "r")
        doc.t(W - 40, H - 50, "za období 01.05.2025 - 31.05.2025", 8, align="r")
        if p == 1:
            info = [("Majitel účtu:", "Ing. Tomáš Dvořák"), ("Číslo účtu:", "2401873365/2010"), ("IBAN:", "CZ41 2010 0000 0024 0187 3365"),
                    ("BIC:", "FIOBCZPPXXX"), ("Měna:", "CZK")]
            for i, (a, b) in enumerate(info):
                doc.t(40, H - 78 - 11 * i, a, 8); doc.t(115, H - 78 - 11 * i, b, 8, True)
            S = [("Počáteční zůstatek", czk(ob)), ("Příjmy", czk(crs)), ("Výdaje", czk(-dr)), ("Konečný zůstatek", czk(cb))]
            doc.c.rect(340, H - 134, W - 380, 60)
            for i, (a, b) in enumerate(S):
                doc.t(350, H - 88 - 12 * i, a, 8, i in (0, 3)); doc.t(W - 50, H - 88 - 12 * i, b, 8, i in (0, 3), "r")
            doc.t(40, H - 160, "Pohyby na účtu", 10, True)
            return H - 178
        doc.t(40, H - 76, "Pohyby na účtu (pokračování)", 10, True)
        return H - 94

    cols = [("Datum", 40, "l", "d"), ("Objem", 150, "r", "a"), ("Protiúčet", 160, "l", "p"), ("Kód banky", 230, "l", "k"),
            ("Zpráva pro příjemce", 280, "l", "desc"), ("Typ", 460, "l", "t")]

    def footer(doc, p, np_):
        doc.t(40, 40, "Fio banka, a.s., IČO 61858374, V Celnici 1028/10, 117 21 Praha 1, zapsaná v obchodním rejstříku u Městského soudu", 5.5)
        doc.t(40, 33, "v Praze, oddíl B, vložka 2704. Reklamace vyúčtování uplatněte bez zbytečného odkladu. www.fio.cz", 5.5)
        doc.t(doc.W - 40, 33, "Strana %d/%d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=per_page)
    write(stem, "hr_cz_fio", "****3365", "CZK", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 Macquarie (Australia, transaction account)
def macq(stem, seed, n=20, ob=D("3412.18"), per_page=44, pages=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    pool = [("VISA PURCHASE WOOLWORTHS 3412 SYDNEY AU", 20, 180), ("BPAY TO AGL ENERGY REF 4410293817", 120, 420),
            ("VISA PURCHASE OPAL TRANSPORT SYDNEY AU", 10, 50), ("TRANSFER TO CBA SAVINGS PAY ANYONE", 100, 900),
            ("DIRECT DEBIT TELSTRA CORP 8812044", 69, 110), ("VISA PURCHASE UBER *EATS HELP.UBER.COM AU", 18, 75)]
    if od:
        pool.append(("BPAY TO ATO TAX PAYMENT REF 5512340098123", 2400, 3200))
    cr = [("DEPOSIT ATLASSIAN PTY LTD SALARY", 4200, 5200), ("INTEREST PAID", 0.4, 6), ("OSKO DEPOSIT FROM J NGUYEN RENT SHARE", 200, 600)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if od:
        txs.insert(0, {"date": dt.date(2025, 6, 2), "desc": "BPAY TO ATO TAX PAYMENT REF 5512340098123", "amount": D("-2874.60")})
        txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    bal = lambda v: fmt(abs(v)) + (" CR" if v >= 0 else " DR")
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 44)
        r = {"d": t["date"].strftime("%b %d"), "desc": t["desc_lines"], "b": bal(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "MACQUARIE", 18, True)
        doc.t(W - 40, H - 38, "Macquarie Transaction Account", 10, True, "r")
        doc.t(W - 40, H - 50, "statement no. 27 from Jun 1, 2025 to Jun 30, 2025", 8, align="r")
        doc.t(W - 40, H - 61, "page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "MR LIAM J O'CONNOR", 8); doc.t(40, H - 91, "UNIT 4 22 BLUES POINT RD", 8); doc.t(40, H - 102, "MCMAHONS POINT NSW 2060", 8)
            info = [("account name", "LIAM JAMES O'CONNOR"), ("BSB", "182-512"), ("account no.", "963 871 204")]
            for i, (a, b) in enumerate(info):
                doc.t(340, H - 80 - 11 * i, a, 8); doc.t(420, H - 80 - 11 * i, b, 8, True)
            doc.t(40, H - 140, "transaction details", 11, True)
            return H - 160
        doc.t(40, H - 80, "transaction details (continued)", 11, True)
        return H - 100

    cols = [("Transaction\ndate", 40, "l", "d"), ("Description", 100, "l", "desc"), ("Debits", 390, "r", "dr"), ("Credits", 470, "r", "cr"),
            ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, "Jun 01", 8); doc.t(100, y, "OPENING BALANCE", 8, True); doc.t(555, y, bal(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, "Jun 30", 8); doc.t(100, y - 2, "CLOSING BALANCE", 8, True); doc.t(555, y - 2, bal(cb), 8, align="r")
        doc.t(40, y - 30, "Macquarie Bank Limited ABN 46 008 583 542 AFSL and Australian Credit Licence 237502. Should you have a complaint,", 6)
        doc.t(40, y - 38, "please call us on 1300 739 980. Interest rates are subject to change.", 6)
        return y - 40

    def cf(doc, y, row, kind):
        if kind == "cf":
            doc.t(100, y - 2, "CARRIED FORWARD", 8, True); doc.t(555, y - 2, row["b"], 8, align="r")
        else:
            doc.t(100, y, "BROUGHT FORWARD", 8, True); doc.t(555, y, row["prev_b"], 8, align="r")
        return y - 14

    prev = bal(ob)
    for r in rows:
        r["prev_b"] = prev; prev = r["b"]

    def footer(doc, p, np_):
        doc.t(40, 30, "enquiries 1300 739 980   macquarie.com.au   Macquarie Bank Limited, 1 Elizabeth Street, Sydney NSW 2000", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(16 if pages else per_page),
           cf=(cf if pages else None), top_rows=[top], bottom=bottom)
    write(stem, "hr_au_macquarie", "****1204", "AUD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Yapı Kredi (Turkey, hesap ekstresi)
def yk(stem, seed, n=20, per_page=44):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("24817.35")
    pool = [("MİGROS TİC. A.Ş. İSTANBUL POS HARCAMASI", 150, 2800), ("FAST GİDEN AYŞE YILMAZ KİRA HAZİRAN", 9000, 14000),
            ("İSKİ SU FATURASI OTOMATİK ÖDEME", 240, 690), ("ATM NAKİT ÇEKİM YKB KADIKÖY", 500, 5000),
            ("TURKCELL FATURA ÖDEMESİ 5321234567", 320, 780), ("HAVALE GİDEN MEHMET KAYA", 1000, 6000)]
    cr = [("MAAŞ ÖDEMESİ ARÇELİK A.Ş.", 48000, 62000), ("FAST GELEN CAN DEMİR", 500, 4000), ("VADESİZ HESAP FAİZİ", 3, 40)]
    txs = make_txns(rng, start, end, n, pool, cr)
    ob = lift(txs, ob, D(1500))
    cb = running(txs, ob)
    tl = lambda v: fmt(abs(v), ".", ",") + ("-" if v < 0 else "+")
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        rows.append({"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "a": tl(t["amount"]), "b": fmt(t["bal"], ".", ",")})
    dr, crs = sums(txs)
    prev = fmt(ob, ".", ",")
    for r in rows:
        r["prev_b"] = prev; prev = r["b"]

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "YapıKredi", 20, True)
        doc.t(W - 40, H - 38, "HESAP EKSTRESİ", 11, True, "r")
        doc.t(W - 40, H - 50, "Ekstre Dönemi: 01/06/2025 - 30/06/2025", 8, align="r")
        doc.t(W - 40, H - 61, "Sayfa %d/%d" % (p, np_), 7.5, align="r")
        if p == 1:
            info = [("Müşteri Adı Soyadı", "ZEYNEP ARSLAN"), ("Şube", "KADIKÖY / 0412"), ("Hesap No", "68704431"),
                    ("IBAN", "TR56 0006 7010 0000 0068 7044 31"), ("Döviz Cinsi", "TL")]
            for i, (a, b) in enumerate(info):
                doc.t(40, H - 80 - 11 * i, a, 8); doc.t(130, H - 80 - 11 * i, ": " + b, 8)
            S = [("Dönem Başı Bakiye", fmt(ob, ".", ",") + " TL"), ("Toplam Borç", fmt(dr, ".", ",") + " TL"),
                 ("Toplam Alacak", fmt(crs, ".", ",") + " TL"), ("Dönem Sonu Bakiye", fmt(cb, ".", ",") + " TL")]
            doc.c.rect(350, H - 136, W - 390, 60)
            for i, (a, b) in enumerate(S):
                doc.t(360, H - 90 - 12 * i, a, 8, i in (0, 3)); doc.t(W - 50, H - 90 - 12 * i, b, 8, i in (0, 3), "r")
            doc.t(40, H - 160, "HESAP HAREKETLERİ", 10, True)
            return H - 178
        doc.t(40, H - 80, "HESAP HAREKETLERİ", 10, True)
        return H - 98

    cols = [("Tarih", 40, "l", "d"), ("Açıklama", 100, "l", "desc"), ("Tutar", 470, "r", "a"), ("Bakiye", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, "01/06/2025", 8); doc.t(100, y, "DEVREDEN BAKİYE", 8, True); doc.t(555, y, fmt(ob, ".", ","), 8, align="r")
        return y - 13

    def cf(doc, y, row, kind):
        if kind == "cf":
            doc.t(100, y - 2, "SONRAKİ SAYFAYA DEVREDEN", 8, True); doc.t(555, y - 2, row["b"], 8, align="r")
        else:
            doc.t(100, y, "ÖNCEKİ SAYFADAN DEVREDEN", 8, True); doc.t(555, y, row["prev_b"], 8, align="r")
        return y - 14

    def footer(doc, p, np_):
        doc.t(40, 40, "Yapı ve Kredi Bankası A.Ş. Yapı Kredi Plaza D Blok Levent 34330 İstanbul. Ticaret Sicil No: 32736. Mersis No: 0937002089200741.", 5.5)
        doc.t(40, 33, "Ekstrenize 30 gün içinde itiraz edilmediği takdirde kayıtlar kesinleşmiş sayılır. Müşteri İletişim Merkezi 0850 222 0 444", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=per_page, cf=cf, top_rows=[top])
    write(stem, "hr_tr_yapikredi", "****4431", "TRY", start, end, ob, cb, txs)


cashapp("hr_us_cashapp", 1701)
cashapp("hr_us_cashapp__pages", 1702, n_app=18, n_card=26)
cashapp("hr_us_cashapp__fees", 1703, fees=True, long=True)
mono("hr_ua_mono", 1711)
mono("hr_ua_mono__fx", 1712, fx=True)
mono("hr_ua_mono__pages", 1713, n=34, per_page=14)
mp("hr_ar_mercadopago", 1721)
mp("hr_ar_mercadopago__long", 1722, long=True, per_page=24)
fio("hr_cz_fio", 1731)
fio("hr_cz_fio__pages", 1732, n=34, per_page=22)
fio("hr_cz_fio__overdraft", 1733, ob=D("6210.40"), overdraft=True)
macq("hr_au_macquarie", 1741)
macq("hr_au_macquarie__pages", 1742, n=30, pages=True)
macq("hr_au_macquarie__overdraft", 1743, ob=D("640.25"), od=True)
yk("hr_tr_yapikredi", 1751)
yk("hr_tr_yapikredi__pages", 1752, n=32, per_page=20)
