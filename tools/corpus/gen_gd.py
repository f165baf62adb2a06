#!/usr/bin/python3
"""Generator gd: 6 untuned layouts x (base + 2 variants), exact truth. Deterministic."""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4, letter
from corpus_kit import C2, Doc, fmt, make_txns, render, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/rl10/gd"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)


# ---------------------------------------------------------------- 1 Ukraine PrivatBank (card account, UAH)
def privat(stem, seed, n=22, start=dt.date(2025, 3, 1), end=dt.date(2025, 3, 31), ob=D("18240.55"), longdesc=False):
    rng = random.Random(seed)
    pool = [("Сільпо, Київ", 80, 1900), ("АТБ-Маркет", 40, 700), ("Оплата мобільного зв'язку Київстар", 100, 300),
            ("Переказ на картку 5168 **** 4421", 200, 5000), ("Нова Пошта, доставка відправлення {r}", 60, 400),
            ("Київтеплоенерго, комунальні послуги, особовий рахунок {r}", 900, 3000), ("WOG АЗС 112", 500, 2500),
            ("Rozetka.ua, замовлення {r}", 300, 6000), ("Зняття готівки в банкоматі ПриватБанку", 500, 4000)]
    cr = [("Зарахування заробітної плати ТОВ \"Техносфера\"", 25000, 42000), ("Переказ з картки ПриватБанку", 300, 4000),
          ("Кешбек за програмою лояльності", 10, 150)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if longdesc:
        txs[3]["desc"] = ("Оплата послуг згідно рахунку № {0} від {1} за договором про надання послуг доступу до мережі "
                          "Інтернет ТОВ \"Воля-Кабель\" без ПДВ").format(rng.randint(10000, 99999), txs[3]["date"].strftime("%d.%m.%Y"))
    bal, rows = ob, []
    for t in txs:
        bal += t["amount"]
        t["desc_lines"] = wrap(t["desc"], 48)
        tm = "%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59))
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "tm": tm, "desc": t["desc_lines"],
                     "a": fmt(t["amount"], "\u00a0", ","), "cur": "UAH", "b": fmt(bal, "\u00a0", ",")})
    cb = bal

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 50, "ПриватБанк", 16, True)
        doc.t(40, H - 66, "АТ КБ «ПриватБанк», 01001, м. Київ, вул. Грушевського, 1Д", 7)
        if p == 1:
            doc.t(40, H - 95, "Виписка по рахунку картки", 12, True)
            doc.t(40, H - 112, "Клієнт: Коваленко Олена Миколаївна", 8)
            doc.t(40, H - 124, "Картка: 5168 75** **** 3391   Рахунок IBAN: UA21 3052 9900 0002 6208 1234 5678 9", 8)
            doc.t(40, H - 136, "Період: з %s по %s   Валюта рахунку: UAH" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.t(40, H - 154, "Вхідний залишок на %s: %s UAH" % (start.strftime("%d.%m.%Y"), fmt(ob, "\u00a0", ",")), 8, True)
            return H - 180
        doc.t(doc.W - 40, H - 50, "Виписка по рахунку картки (продовження)", 8, align="r")
        return H - 95

    cols = [("Дата", 40, "l", "d"), ("Час", 95, "l", "tm"), ("Опис операції", 125, "l", "desc"),
            ("Сума", 440, "r", "a"), ("Валюта", 448, "l", "cur"), ("Залишок\nпісля операції", 555, "r", "b")]

    def bottom(doc, y):
        doc.t(40, y - 10, "Вихідний залишок на %s: %s UAH" % (end.strftime("%d.%m.%Y"), fmt(cb, "\u00a0", ",")), 8, True)
        doc.t(40, y - 30, "Виписка сформована автоматично і не потребує підпису та печатки банку.", 6.5)
        return y - 40

    def footer(doc, p, np_):
        doc.t(doc.W / 2, 30, "Сторінка %d з %d" % (p, np_), 7, align="c")
        doc.t(40, 20, "Ліцензія НБУ № 22 від 05.10.2011. Гаряча лінія 3700.", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=34, bottom=bottom)
    write_truth(stem, "GD_ua_privat", "****3391", "UAH", start, end, ob, txs, True)


# ---------------------------------------------------------------- 2 Romania BCR extras de cont (Debit/Credit, Sold initial/final rows)
def bcr(stem, seed, n=20, start=dt.date(2025, 5, 1), end=dt.date(2025, 5, 31), ob=D("6312.48"), wrapped_refs=True):
    rng = random.Random(seed)
    pool = [("Cumparare POS KAUFLAND ROMANIA BUCURESTI", 40, 600), ("Cumparare POS MEGA IMAGE 0412", 20, 300),
            ("Plata factura ENEL ENERGIE MUNTENIA", 120, 480), ("Transfer intern catre cont RO49RNCB0082000111220001", 100, 2000),
            ("Retragere numerar ATM BCR PIATA UNIRII", 100, 1000), ("Comision administrare cont", 5, 12),
            ("Plata OP DIGI RCS RDS factura {r}", 50, 150)]
    cr = [("Incasare salariu SC ALFA SOFT SRL", 5000, 9000), ("Transfer primit de la POPESCU ION", 100, 1500)]
    txs = make_txns(rng, start, end, n, pool, cr)
    months = "ian feb mar apr mai iun iul aug sep oct noi dec".split()
    rows = []
    for t in txs:
        dl = [t["desc"]]
        if wrapped_refs and rng.random() < 0.6:
            dl = wrap(t["desc"], 34) + ["Ref. %d" % rng.randint(10 ** 9, 10 ** 10 - 1)]
        else:
            dl = wrap(t["desc"], 34)
        t["desc_lines"] = dl
        r = {"d": t["date"].strftime("%d.%m.%Y"), "desc": dl}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"], ".", ",")
        else: r["cr"] = fmt(t["amount"], ".", ",")
        rows.append(r)
    cb = ob + sum(t["amount"] for t in txs)
    tdeb = sum(-t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BCR", 18, True); doc.t(90, H - 45, "Banca Comercială Română", 9)
        doc.t(doc.W - 40, H - 45, "EXTRAS DE CONT", 12, True, "r")
        doc.t(doc.W - 40, H - 58, "Nr. %d / %s" % (start.month, end.strftime("%d.%m.%Y")), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "Titular: IONESCU MARIA ELENA", 8)
            doc.t(40, H - 92, "Cont IBAN: RO49 RNCB 0082 0441 2233 0001   Moneda: RON", 8)
            doc.t(40, H - 104, "Perioada: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            return H - 130
        return H - 80

    cols = [("Data\ntranzacției", 40, "l", "d"), ("Descriere tranzacție", 110, "l", "desc"),
            ("Debit", 460, "r", "db"), ("Credit", 550, "r", "cr")]

    def top(doc, y):
        doc.t(110, y, "SOLD INITIAL", 8, True); doc.t(550, y, fmt(ob, ".", ","), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(110, y, "Rulaj total cont", 8, True); doc.t(460, y, fmt(tdeb, ".", ","), 8, True, "r"); doc.t(550, y, fmt(tcr, ".", ","), 8, True, "r")
        doc.t(110, y - 13, "SOLD FINAL", 8, True); doc.t(550, y - 13, fmt(cb, ".", ","), 8, True, "r")
        doc.t(40, y - 35, "Sumele din prezentul extras sunt exprimate în RON. Banca Comercială Română S.A., J40/90/1991, CUI RO361757.", 6)
        return y - 45

    def footer(doc, p, np_):
        doc.t(doc.W - 40, 25, "Pagina %d din %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=36, top_rows=[top], bottom=bottom)
    write_truth(stem, "GD_ro_bcr", "****0001", "RON", start, end, ob, txs, False)


# ---------------------------------------------------------------- 3 Peru BCP (Spanish, dd MMM dates, Cargos/Abonos, saldo, 2 dates)
def bcp(stem, seed, n=24, start=dt.date(2025, 11, 1), end=dt.date(2025, 11, 30), ob=D("3420.10"), pages_cf=True):
    rng = random.Random(seed)
    M = "ENE FEB MAR ABR MAY JUN JUL AGO SET OCT NOV DIC".split()
    pool = [("COMPRA POS PLAZA VEA SAN ISIDRO", 30, 600), ("COMPRA POS TAMBO+ MIRAFLORES", 5, 60),
            ("PAGO SERV LUZ DEL SUR {r}", 80, 300), ("PAGO SERV SEDAPAL", 40, 120), ("RETIRO ATM BCP LARCO", 100, 800),
            ("TRAN.CTAS.TERC. A 19135678901", 100, 1500), ("COMPRA INTERNET RAPPI PERU", 20, 150), ("ITF", 0.05, 1.5)]
    cr = [("ABONO HABERES CORP ANDINA SAC", 4000, 7000), ("DEPOSITO EFECTIVO AG. JAVIER PRADO", 200, 1500),
          ("TRAN.CTAS.TERC. DE MENDOZA QUISPE", 50, 900)]
    txs = make_txns(rng, start, end, n, pool, cr)
    dd = lambda d: "%02d%s" % (d.day, M[d.month - 1])
    bal, rows = ob, []
    for t in txs:
        bal += t["amount"]
        t["desc_lines"] = [t["desc"]]
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        if vd > end: vd = t["date"]
        r = {"d": dd(t["date"]), "v": dd(vd), "desc": [t["desc"]], "med": rng.choice(["TARJ", "BANCA", "INTERNET", "ATM"]),
             "op": "%06d" % rng.randint(0, 999999), "b": fmt(bal)}
        if t["amount"] < 0: r["ca"] = fmt(-t["amount"])
        else: r["ab"] = fmt(t["amount"])
        rows.append(r)
    # running balance for cf lines
    bals = {}
    b = ob
    for r, t in zip(rows, txs):
        b += t["amount"]; r["_bal"] = b
    prev = {}
    for i, r in enumerate(rows):
        r["_prev"] = rows[i - 1]["_bal"] if i else ob
    cb = bal

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BCP>", 18, True); doc.t(95, H - 45, "Banco de Crédito del Perú", 9)
        doc.t(doc.W - 40, H - 45, "ESTADO DE CUENTA DE AHORROS", 10, True, "r")
        doc.t(doc.W - 40, H - 58, "PAGINA %d DE %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 80, "SR(A). QUISPE HUAMAN ROSA MARIA", 8)
            doc.t(40, H - 92, "CUENTA: 191-35412875-0-57   MONEDA: SOLES", 8)
            doc.t(40, H - 104, "DEL %02d/%02d/%d AL %02d/%02d/%d" % (start.day, start.month, start.year, end.day, end.month, end.year), 8)
            doc.t(330, H - 80, "SALDO ANTERIOR", 8, True); doc.t(555, H - 80, fmt(ob), 8, True, "r")
            doc.t(330, H - 92, "SALDO ACTUAL", 8, True); doc.t(555, H - 92, fmt(cb), 8, True, "r")
            return H - 130
        return H - 80

    cols = [("FECHA\nPROC.", 40, "l", "d"), ("FECHA\nVALOR", 80, "l", "v"), ("DESCRIPCION", 120, "l", "desc"),
            ("MED\nATENCION", 300, "l", "med"), ("NRO\nOPER.", 350, "l", "op"), ("CARGOS /\nDEBE", 450, "r", "ca"),
            ("ABONOS /\nHABER", 510, "r", "ab"), ("SALDO", 560, "r", "b")]

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(120, y, "SALDO A LA VUELTA", 8, True); doc.t(560, y, fmt(r["_bal"]), 8, True, "r")
        else:
            doc.t(120, y, "SALDO QUE VIENE", 8, True); doc.t(560, y, fmt(r["_prev"]), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(40, y - 10, "RESUMEN: CARGOS %s  ABONOS %s  SALDO FINAL S/ %s" % (
            fmt(sum(-t["amount"] for t in txs if t["amount"] < 0)), fmt(sum(t["amount"] for t in txs if t["amount"] > 0)), fmt(cb)), 8, True)
        doc.t(40, y - 28, "Su depósito está protegido por el Fondo de Seguro de Depósitos hasta el monto máximo vigente.", 6)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 25, "BCP - Central de consultas 311-9898", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(14 if pages_cf else 40),
           cf=cf if pages_cf else None, bottom=bottom)
    write_truth(stem, "GD_pe_bcp", "****5057", "PEN", start, end, ob, txs, True)


# ---------------------------------------------------------------- 4 Philippines BPI (Mon dd, Debit/Credit, balance, BALANCE FORWARD row)
def bpi(stem, seed, n=22, start=dt.date(2025, 12, 16), end=dt.date(2026, 1, 15), ob=D("48210.75"), swap=False):
    rng = random.Random(seed)
    pool = [("POS PURCHASE SM SUPERMARKET MAKATI", 300, 6000), ("BILLS PAYMENT MERALCO {r}", 1500, 6000),
            ("BILLS PAYMENT PLDT INC", 1299, 2899), ("ATM WITHDRAWAL BPI AYALA AVE", 1000, 10000),
            ("INSTAPAY TRANSFER TO GCASH 0917XXXX123", 500, 5000), ("POS PURCHASE JOLLIBEE FOODS CORP", 150, 900),
            ("SERVICE CHARGE - BELOW MAINTAINING BAL", 300, 300)]
    cr = [("PAYROLL CREDIT ACCENTURE INC", 30000, 60000), ("INTEREST EARNED", 1, 50), ("FUND TRANSFER FROM 3159-0123-45", 1000, 8000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    bal, rows = ob, []
    for t in txs:
        bal += t["amount"]
        t["desc_lines"] = [t["desc"]]
        r = {"d": t["date"].strftime("%b %d").upper(), "desc": [t["desc"]], "b": fmt(bal)}
        r["db" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    cb = bal

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BPI", 20, True); doc.t(85, H - 45, "Bank of the Philippine Islands", 9)
        doc.t(doc.W - 40, H - 45, "STATEMENT OF ACCOUNT", 11, True, "r")
        doc.t(40, H - 70, "JUAN MIGUEL DELA CRUZ", 8, True)
        doc.t(40, H - 82, "UNIT 12B, 6780 AYALA AVENUE, MAKATI CITY", 7)
        doc.t(330, H - 70, "ACCOUNT NUMBER   3159-0487-62", 8)
        doc.t(330, H - 82, "PERIOD COVERED   %s - %s" % (start.strftime("%b %d, %Y").upper(), end.strftime("%b %d, %Y").upper()), 8)
        doc.t(330, H - 94, "SAVINGS ACCOUNT - PHP      PAGE %d OF %d" % (p, np_), 8)
        return H - 125

    if swap:
        cols = [("DATE", 40, "l", "d"), ("DESCRIPTION", 100, "l", "desc"), ("CREDIT", 400, "r", "cr"),
                ("DEBIT", 480, "r", "db"), ("BALANCE", 555, "r", "b")]
    else:
        cols = [("DATE", 40, "l", "d"), ("DESCRIPTION", 100, "l", "desc"), ("DEBIT", 400, "r", "db"),
                ("CREDIT", 480, "r", "cr"), ("BALANCE", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%b %d").upper(), 8); doc.t(100, y, "BALANCE FORWARD", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(100, y - 4, "*** ENDING BALANCE ***", 8, True); doc.t(555, y - 4, fmt(cb), 8, True, "r")
        doc.t(40, y - 24, "Please examine this statement. If no error is reported within 15 days, the account will be considered correct.", 6)
        doc.t(40, y - 32, "BPI is regulated by the Bangko Sentral ng Pilipinas. Deposits insured by PDIC up to P1,000,000 per depositor.", 6)
        return y - 40

    def footer(doc, p, np_):
        pass

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=40, top_rows=[top], bottom=bottom)
    write_truth(stem, "GD_ph_bpi", "****0487-62", "PHP", start, end, ob, txs, True)


# ---------------------------------------------------------------- 5 US Bank of America credit card (sections, MM/DD, credits negative)
def boa(stem, seed, n=24, start=dt.date(2025, 7, 13), end=dt.date(2025, 8, 12), ob=D("1287.44"), fx=False, tight=False):
    rng = random.Random(seed)
    pool = [("WHOLEFDS HOU 10234 HOUSTON TX", 20, 250), ("SHELL OIL 57442126 KATY TX", 30, 80),
            ("AMAZON MKTPL*2K4TY1 Amzn.com/bill WA", 10, 300), ("NETFLIX.COM LOS GATOS CA", 15.49, 15.49),
            ("HEB #592 HOUSTON TX", 25, 220), ("UNITED 0162345678901 HOUSTON TX", 200, 700), ("STARBUCKS STORE 08811 HOUSTON TX", 4, 15)]
    cr = [("PAYMENT - THANK YOU", 300, 1500)]
    txs = make_txns(rng, start, end, n, pool, cr)
    # holder view: purchases negative, payments positive. statement shows purchases +, payments -
    if fx:
        txs[5]["desc"] = "HOTEL LE MARAIS PARIS FR"
        txs[5]["fxline"] = "EUR 212.40 x 1.087947 (exchange rate)"
        txs[5]["amount"] = -(D("212.40") * D("1.087947")).quantize(C2)
    fee_amt = None
    pays = [t for t in txs if t["amount"] > 0]
    purch = [t for t in txs if t["amount"] < 0]
    interest = D("0") if ob < 0 else D("14.87")
    fees = []
    if fx:
        fees = [{"date": txs[5]["date"], "desc": "FOREIGN TRANSACTION FEE", "amount": -(D("-1") * txs[5]["amount"] * D("0.03")).quantize(C2)}]
    ints = [{"date": end, "desc": "INTEREST CHARGED ON PURCHASES", "amount": -interest}] if interest else []
    allt = pays + purch + fees + ints
    for t in allt:
        t["desc_lines"] = [t["desc"]] + ([t["fxline"]] if t.get("fxline") else [])
    # opening balance from holder view = -previous balance (debt)
    owed_ob = ob
    newbal = owed_ob - sum(t["amount"] for t in allt)
    rows_sections = [("Payments and Other Credits", pays), ("Purchases and Adjustments", purch), ("Fees Charged", fees),
                     ("Interest Charged", ints)]
    rows = []
    for title, lst in rows_sections:
        rows.append({"desc": [title], "_sec": True})
        for t in lst:
            post = t["date"] + dt.timedelta(days=rng.choice([0, 1, 2]))
            if post > end: post = end
            rows.append({"td": t["date"].strftime("%m/%d"), "pd": post.strftime("%m/%d"), "desc": t["desc_lines"],
                         "ref": "%04d" % rng.randint(0, 9999) if title not in ("Fees Charged", "Interest Charged") else "",
                         "acct": "4417" if title != "Interest Charged" else "",
                         "a": fmt(-t["amount"])})
        tot = sum(-t["amount"] for t in lst)
        rows.append({"desc": ["TOTAL %s FOR THIS PERIOD" % title.upper().replace(" AND OTHER CREDITS", "").replace(" AND ADJUSTMENTS", "").replace(" CHARGED", "")],
                     "a": "$" + fmt(tot)})
    minpay = max(D("35"), (newbal * D("0.01") + interest).quantize(C2)) if newbal > 35 else newbal

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BANK OF AMERICA", 14, True)
        doc.t(40, H - 58, "Customized Cash Rewards Visa Signature", 8)
        doc.t(doc.W - 40, H - 45, "Account # 4400 6612 3345 4417", 8, align="r")
        doc.t(doc.W - 40, H - 57, "%s - %s" % (start.strftime("%B %d"), end.strftime("%B %d, %Y")), 8, align="r")
        if p == 1:
            y = H - 90
            doc.t(40, y, "Account Summary", 10, True)
            items = [("Previous Balance", "$" + fmt(owed_ob)), ("Payments and Other Credits", "-" + fmt(sum(t["amount"] for t in pays))),
                     ("Purchases and Adjustments", "+" + fmt(sum(-t["amount"] for t in purch))),
                     ("Fees Charged", "+" + fmt(sum(-t["amount"] for t in fees))), ("Interest Charged", "+" + fmt(interest)),
                     ("New Balance Total", "$" + fmt(newbal))]
            for i, (k, v) in enumerate(items):
                doc.t(40, y - 14 - 12 * i, k, 8, k.startswith("New")); doc.t(260, y - 14 - 12 * i, v, 8, k.startswith("New"), "r")
            doc.t(320, y, "Payment Information", 10, True)
            doc.t(320, y - 14, "New Balance Total", 8); doc.t(doc.W - 40, y - 14, "$" + fmt(newbal), 8, align="r")
            doc.t(320, y - 26, "Total Minimum Payment Due", 8, True); doc.t(doc.W - 40, y - 26, "$" + fmt(minpay), 8, True, "r")
            doc.t(320, y - 38, "Payment Due Date", 8); doc.t(doc.W - 40, y - 38, (end + dt.timedelta(days=25)).strftime("%m/%d/%Y"), 8, align="r")
            doc.t(320, y - 56, "Late Payment Warning: If we do not receive your minimum payment by", 6)
            doc.t(320, y - 63, "the date listed above, you may have to pay a late fee of up to $40.", 6)
            doc.t(40, y - 110, "Transactions", 10, True)
            return y - 128
        doc.t(40, H - 80, "Transactions (continued)", 10, True)
        return H - 98

    cols = [("Transaction\nDate", 40, "l", "td"), ("Posting\nDate", 90 if tight else 100, "l", "pd"), ("Description", 140 if tight else 150, "l", "desc"),
            ("Reference Number", 380, "l", "ref"), ("Account\nNumber", 460, "l", "acct"), ("Amount", 560, "r", "a")]

    def footer(doc, p, np_):
        doc.t(40, 30, "Page %d of %d" % (p, np_), 7)
        doc.t(doc.W - 40, 30, "Bank of America, N.A.  Member FDIC", 6, align="r")

    render(os.path.join(OUT, stem + ".pdf"), letter, header, cols, rows, footer, per_page=34)
    write_truth(stem, "GD_us_boa_card", "****4417", "USD", start, end, -owed_ob, allt, False)


# ---------------------------------------------------------------- 6 Finland OP tiliote (3 date cols, payee + message lines, +/- amounts)
def op(stem, seed, n=20, start=dt.date(2025, 9, 1), end=dt.date(2025, 9, 30), ob=D("2514.09"), neg_open=False):
    rng = random.Random(seed)
    pool = [("K-CITYMARKET TAMPERE", 15, 180, "KORTTIOSTO"), ("S-MARKET HERVANTA", 8, 120, "KORTTIOSTO"),
            ("HELEN OY", 40, 160, "E-LASKU"), ("ELISA OYJ", 20, 50, "E-LASKU"), ("TAMPEREEN VUOKRATALOT OY", 680, 900, "TILISIIRTO"),
            ("HSL / NYSSE MOBIILI", 2, 60, "KORTTIOSTO"), ("OP-PALVELUMAKSU", 3, 9, "PALVELUMAKSU")]
    cr = [("NOKIA SOLUTIONS AND NETWORKS OY", 2800, 4200, "PALKKA"), ("KELA FPA", 200, 700, "TILISIIRTO"),
          ("VIRTANEN MATTI", 20, 200, "TILISIIRTO")]
    rng2 = random.Random(seed + 1)
    P = [(a, b, c) for a, b, c, d in pool]; Cc = [(a, b, c) for a, b, c, d in cr]
    kind = {a: d for a, b, c, d in pool + cr}
    txs = make_txns(rng, start, end, n, P, Cc)
    if neg_open: ob = D("-356.20")
    bal, rows = ob, []
    for t in txs:
        bal += t["amount"]
        k = kind[t["desc"]]
        lines = [t["desc"]]
        if k in ("E-LASKU", "TILISIIRTO"):
            lines.append("Viite %d%d" % (rng.randint(1000, 9999), rng.randint(100, 999)))
        if k == "PALKKA":
            lines.append("Viesti: PALKKA %02d/%d" % (start.month, start.year))
        t["desc_lines"] = lines
        # amounts with narrow no-break space thousands, sign prefix
        rows.append({"kp": t["date"].strftime("%d.%m."), "ap": t["date"].strftime("%d.%m."), "mp": t["date"].strftime("%d.%m."),
                     "desc": lines, "laji": k, "a": fmt(t["amount"], "\u202f", ",", sign=True)})
    cb = bal

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "OP", 20, True); doc.t(75, H - 45, "Osuuspankki", 9)
        doc.t(doc.W - 40, H - 45, "TILIOTE", 12, True, "r")
        doc.t(doc.W - 40, H - 58, "Sivu %d/%d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 78, "MAIJA MEIKÄLÄINEN", 8, True)
            doc.t(40, H - 90, "Tili FI21 5000 0120 3456 78   Käyttötili", 8)
            doc.t(40, H - 102, "Ajalta %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.t(330, H - 78, "Saldo alussa %s" % start.strftime("%d.%m.%Y"), 8); doc.t(doc.W - 40, H - 78, fmt(ob, "\u202f", ","), 8, align="r")
            doc.t(330, H - 90, "Saldo lopussa %s" % end.strftime("%d.%m.%Y"), 8); doc.t(doc.W - 40, H - 90, fmt(cb, "\u202f", ","), 8, align="r")
            return H - 125
        return H - 80

    cols = [("Kirjaus-\npäivä", 40, "l", "kp"), ("Arvo-\npäivä", 80, "l", "ap"), ("Maksu-\npäivä", 118, "l", "mp"),
            ("Saaja/Maksaja, viesti", 160, "l", "desc"), ("Tapahtuma", 380, "l", "laji"), ("Määrä EUR", 555, "r", "a")]

    def bottom(doc, y):
        dep = sum(t["amount"] for t in txs if t["amount"] > 0); wd = sum(-t["amount"] for t in txs if t["amount"] < 0)
        doc.t(160, y - 6, "Panot yhteensä %d kpl" % sum(1 for t in txs if t["amount"] > 0), 8); doc.t(555, y - 6, fmt(dep, "\u202f", ",", sign=True), 8, align="r")
        doc.t(160, y - 18, "Otot yhteensä %d kpl" % sum(1 for t in txs if t["amount"] < 0), 8); doc.t(555, y - 18, fmt(-wd, "\u202f", ","), 8, align="r")
        doc.t(40, y - 40, "OP Osuuskunta, Gebhardinaukio 1, 00510 Helsinki. Y-tunnus 0242522-1.", 6)
        return y - 50

    def footer(doc, p, np_):
        pass

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=40, bottom=bottom)
    write_truth(stem, "GD_fi_op", "****3456 78", "EUR", start, end, ob, txs, False)


P = "gd_"
privat(P + "ua_privat", 11)
privat(P + "ua_privat__3pages", 12, n=70)
privat(P + "ua_privat__longdesc", 13, longdesc=True)
bcr(P + "ro_bcr", 21)
bcr(P + "ro_bcr__2pages", 22, n=48)
bcr(P + "ro_bcr__norefs", 23, wrapped_refs=False)
bcp(P + "pe_bcp", 31)
bcp(P + "pe_bcp__1page", 32, pages_cf=False)
bcp(P + "pe_bcp__decjan", 33, start=dt.date(2025, 12, 15), end=dt.date(2026, 1, 14))
bpi(P + "ph_bpi", 41)
bpi(P + "ph_bpi__swapcols", 42, swap=True)
bpi(P + "ph_bpi__3pages", 43, n=95)
boa(P + "us_boa_card", 51)
boa(P + "us_boa_card__fx", 52, fx=True)
boa(P + "us_boa_card__2pages", 53, n=45)
boa(P + "us_boa_card__tighthdr", 51, tight=True)
op(P + "fi_op", 61)
op(P + "fi_op__overdraft", 62, neg_open=True)
op(P + "fi_op__3pages", 63, n=75)
print("done")
