#!/usr/bin/python3
"""Generator ge: 6 untuned layouts x (base + 2 variants), exact truth. Deterministic."""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4
from corpus_kit import C2, Doc, fmt, make_txns, render, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/rl10/ge"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)


def dsorted_rows(txs, mk):
    return [mk(t) for t in txs]


# ---------------------------------------------------------------- 1 Nationwide UK FlexAccount (Out/In/Balance, date once per day)
def nationwide(stem, seed, n=24, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("1842.37"), cfpages=False):
    rng = random.Random(seed)
    pool = [("Contactless Payment TESCO STORES 2231", 3, 80), ("Direct Debit OCTOPUS ENERGY", 60, 140),
            ("Direct Debit COUNCIL TAX BRISTOL CITY", 120, 180), ("Visa purchase AMAZON.CO.UK*HX12 AMAZON.CO.UK", 8, 120),
            ("Standing Order J SMITH RENT REF FLAT 2", 650, 900), ("Cash Withdrawal NATIONWIDE BS BROADMEAD", 20, 200),
            ("Contactless Payment PRET A MANGER", 3, 12), ("Bill payment to THAMES WATER ref {r}", 30, 60)]
    cr = [("Bank credit ACME LOGISTICS LTD SALARY", 2100, 2600), ("Transfer from 07-00-93 33458811", 50, 500)]
    txs = make_txns(rng, start, end, n, pool, cr)
    bal, rows, prev = ob, [], None
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = wrap(t["desc"], 40)
        r = {"desc": t["desc_lines"], "b": fmt(bal)}
        if t["date"] != prev: r["d"] = t["date"].strftime("%d %b")
        prev = t["date"]
        if t["amount"] < 0: r["o"] = fmt(-t["amount"])
        else: r["i"] = fmt(t["amount"])
        r["_bal"] = bal
        rows.append(r)
    cb = bal

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Nationwide", 18, True)
        doc.t(doc.W - 40, H - 45, "FlexAccount", 12, True, "r")
        doc.t(doc.W - 40, H - 58, "Statement no: %d" % (start.month + 40), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "Mr Thomas Whitfield", 8)
            doc.t(40, H - 92, "Sort code 07-00-93   Account number 31245678", 8)
            doc.t(40, H - 104, "%s to %s" % (start.strftime("%d %B %Y"), end.strftime("%d %B %Y")), 8)
            doc.t(330, H - 80, "Summary", 9, True)
            doc.t(330, H - 92, "Balance from previous statement", 8); doc.t(555, H - 92, "£" + fmt(ob), 8, align="r")
            doc.t(330, H - 104, "Payments out", 8); doc.t(555, H - 104, "£" + fmt(sum(-t["amount"] for t in txs if t["amount"] < 0)), 8, align="r")
            doc.t(330, H - 116, "Payments in", 8); doc.t(555, H - 116, "£" + fmt(sum(t["amount"] for t in txs if t["amount"] > 0)), 8, align="r")
            doc.t(330, H - 128, "Closing balance", 8, True); doc.t(555, H - 128, "£" + fmt(cb), 8, True, "r")
            doc.t(40, H - 150, "Your transactions", 10, True)
            return H - 168
        return H - 85

    cols = [("Date", 40, "l", "d"), ("Description", 95, "l", "desc"), ("£Out", 400, "r", "o"),
            ("£In", 470, "r", "i"), ("£Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d %b"), 8); doc.t(95, y, "Balance from statement %d" % (start.month + 39), 8)
        doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(95, y, "Balance carried forward", 8, True); doc.t(555, y, fmt(r["_bal"]), 8, True, "r")
        else:
            # brought forward = balance before first row on page
            pb = r["_bal"] - (D(r["i"].replace(",", "")) if "i" in r else -D(r["o"].replace(",", "")))
            doc.t(95, y, "Balance brought forward", 8, True); doc.t(555, y, fmt(pb), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(95, y, "Balance carried forward to next statement", 8, True); doc.t(555, y, fmt(cb), 8, True, "r")
        doc.t(40, y - 30, "Nationwide Building Society. Head Office: Nationwide House, Pipers Way, Swindon SN38 1NW.", 6)
        doc.t(40, y - 38, "Authorised by the Prudential Regulation Authority. FCA registration number 106078.", 6)
        return y - 45

    def footer(doc, p, np_):
        doc.t(doc.W - 40, 25, "Page %d of %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(16 if cfpages else 45),
           cf=cf if cfpages else None, top_rows=[top], bottom=bottom)
    write_truth(stem, "GE_uk_nationwide", "****5678", "GBP", start, end, ob, txs, True)


# ---------------------------------------------------------------- 2 Sparkasse DE Kontoauszug (signed Betrag, Alter/Neuer Kontostand, no balance)
def sparkasse(stem, seed, n=20, start=dt.date(2025, 10, 1), end=dt.date(2025, 10, 31), ob=D("3127.45"), pages=False):
    rng = random.Random(seed)
    pool = [("Kartenzahlung girocard REWE Markt GmbH Koeln", 8, 140), ("Lastschrift Stadtwerke Koeln GmbH Abschlag Strom {r}", 60, 130),
            ("Lastschrift Telekom Deutschland GmbH Kd-Nr {r}", 30, 70), ("Dauerauftrag Miete Wohnung Ehrenfeld Vermieter Klein", 850, 1100),
            ("Bargeldauszahlung GA Sparkasse KoelnBonn", 50, 300), ("Kartenzahlung girocard dm-drogerie markt", 5, 60),
            ("Lastschrift PayPal Europe S.a.r.l. et Cie S.C.A {r}", 10, 150), ("Entgelt Kontofuehrung", 4.95, 4.95)]
    cr = [("Gutschrift Lohn/Gehalt Muster Technik GmbH", 2800, 3600), ("Gutschrift Ueberweisung Anna Schmitz Ausgleich", 20, 300)]
    txs = make_txns(rng, start, end, n, pool, cr)
    rows = []
    for t in txs:
        dl = wrap(t["desc"], 46)
        t["desc_lines"] = dl
        amt = t["amount"]
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "desc": dl,
                     "a": ("-" + fmt(-amt, ".", ",")) if amt < 0 else ("+" + fmt(amt, ".", ","))})
    cb = ob + sum(t["amount"] for t in txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Sparkasse KölnBonn", 16, True)
        doc.t(doc.W - 40, H - 45, "Kontoauszug %d/%d" % (start.month, start.year), 10, True, "r")
        doc.t(doc.W - 40, H - 58, "Blatt %d" % p, 8, align="r")
        doc.t(40, H - 70, "Girokonto  IBAN DE12 3705 0198 0012 3456 78   BIC COLSDE33XXX", 8)
        if p == 1:
            doc.t(40, H - 90, "Herrn Jonas Becker, Venloer Str. 120, 50823 Köln", 8)
            return H - 118
        return H - 95

    cols = [("Datum", 40, "l", "d"), ("Erläuterung", 110, "l", "desc"), ("Betrag EUR", 555, "r", "a")]

    def top(doc, y):
        doc.t(110, y, "Kontostand am %s, Auszug Nr. %d" % ((start - dt.timedelta(days=1)).strftime("%d.%m.%Y"), start.month - 1), 8, True)
        doc.t(555, y, fmt(ob, ".", ","), 8, True, "r")
        return y - 14

    def cf(doc, y, r, kind):
        pass

    def bottom(doc, y):
        doc.t(110, y, "Kontostand am %s um 20:15 Uhr" % end.strftime("%d.%m.%Y"), 8, True); doc.t(555, y, fmt(cb, ".", ","), 8, True, "r")
        doc.t(40, y - 28, "Bitte beachten Sie die Hinweise auf der Rückseite. Einwendungen gegen Rechnungsabschlüsse", 6)
        doc.t(40, y - 36, "müssen innerhalb von sechs Wochen nach Zugang erhoben werden.", 6)
        return y - 45

    def footer(doc, p, np_):
        doc.t(doc.W - 40, 25, "Seite %d von %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(18 if pages else 50), top_rows=[top], bottom=bottom)
    write_truth(stem, "GE_de_sparkasse", "****3456 78", "EUR", start, end, ob, txs, False)


# ---------------------------------------------------------------- 3 CaixaBank ES (signed Importe + Saldo, two dates, no debit/credit cols)
def caixa(stem, seed, n=22, start=dt.date(2025, 4, 1), end=dt.date(2025, 4, 30), ob=D("2315.60"), longdesc=False, neg=False):
    rng = random.Random(seed)
    pool = [("COMPRA TARJ. 4176XXXXXXXX3012 MERCADONA BARCELONA", 10, 140), ("RECIBO ENDESA ENERGIA SAU", 50, 120),
            ("RECIBO MOVISTAR TELEFONICA DE ESPAÑA", 30, 60), ("BIZUM ENVIADO A MARTA GARCIA", 5, 80),
            ("REINTEGRO CAJERO CAIXABANK PL CATALUNYA", 20, 300), ("COMPRA TARJ. AMAZON EU SARL", 10, 90),
            ("TRANSFERENCIA A COMUNIDAD PROP. C/ ARAGO 112", 60, 90)]
    cr = [("NOMINA TALLERES MEDITERRANEO SL", 1800, 2400), ("BIZUM RECIBIDO DE JORDI PUIG", 5, 60)]
    if neg: ob = D("-412.30")
    txs = make_txns(rng, start, end, n, pool, cr)
    if longdesc:
        txs[4]["desc"] = ("TRANSFERENCIA SEPA A FAVOR DE ASOCIACION DE VECINOS DEL BARRIO DE GRACIA CONCEPTO CUOTA ANUAL "
                          "Y DERRAMA EXTRAORDINARIA OBRAS FACHADA REF %d" % rng.randint(10 ** 7, 10 ** 8))
    bal, rows = ob, []
    for t in txs:
        bal += t["amount"]
        dl = wrap(t["desc"], 40)
        t["desc_lines"] = dl
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        rows.append({"d": t["date"].strftime("%d/%m"), "v": vd.strftime("%d/%m"), "desc": dl,
                     "a": fmt(t["amount"], ".", ","), "b": fmt(bal, ".", ",")})
    cb = bal

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "CaixaBank", 18, True)
        doc.t(doc.W - 40, H - 45, "Extracto de cuenta", 11, True, "r")
        if p == 1:
            doc.t(40, H - 72, "Titular: LAURA FERNANDEZ PUJOL", 8)
            doc.t(40, H - 84, "Cuenta: ES76 2100 0813 6101 2345 6789   Moneda: EUR", 8)
            doc.t(40, H - 96, "Periodo: del %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.t(330, H - 72, "Saldo anterior", 8); doc.t(555, H - 72, fmt(ob, ".", ",") + " EUR", 8, align="r")
            doc.t(330, H - 84, "Saldo a %s" % end.strftime("%d/%m/%Y"), 8, True); doc.t(555, H - 84, fmt(cb, ".", ",") + " EUR", 8, True, "r")
            return H - 120
        return H - 75

    cols = [("F. Operación", 40, "l", "d"), ("F. Valor", 95, "l", "v"), ("Concepto", 145, "l", "desc"),
            ("Importe", 470, "r", "a"), ("Saldo", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 25, "CaixaBank, S.A. C/ Pintor Sorolla, 2-4, 46002 València. NIF A08663619.", 6)
        doc.t(doc.W - 40, 25, "Pág. %d/%d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=48)
    write_truth(stem, "GE_es_caixa", "****6789", "EUR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 4 UOB Singapore credit card (CR marks, Previous Balance, FX lines)
def uob(stem, seed, n=22, start=dt.date(2025, 8, 6), end=dt.date(2025, 9, 5), owed=D("1244.18"), fx=False, pages=False):
    rng = random.Random(seed)
    pool = [("GRAB *RIDES SINGAPORE SG", 8, 35), ("NTUC FAIRPRICE-TAMPINES SINGAPORE", 15, 180), ("SHOPEE SINGAPORE MP SINGAPORE", 10, 120),
            ("SINGTEL BILL {r} SINGAPORE", 40, 110), ("KOUFU PTE LTD SINGAPORE", 4, 15), ("COLD STORAGE-GREAT WORLD SINGAPORE", 20, 140),
            ("BUS/MRT {r} SINGAPORE", 1, 12)]
    cr = [("CASHBACK UOB ONE CARD", 5, 40)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr)
    pay_d = start + dt.timedelta(days=12)
    txs.append({"date": pay_d, "desc": "PAYMT THRU E-BANK/HOMEB/CYBERB (EP%d)" % rng.randint(10 ** 7, 10 ** 8), "amount": owed})
    txs.sort(key=lambda t: t["date"])
    fxd = {}
    if fx:
        for k, (m, c, rate) in zip([2, 9, 15], [("AGODA.COM BANGKOK TH", "THB", D("0.0396")), ("UBER *TRIP KUALA LUMPUR MY", "MYR", D("0.3021")),
                                                ("AMAZON.COM SEATTLE US", "USD", D("1.3387"))]):
            if k < len(txs) and txs[k]["amount"] < 0:
                famt = (-txs[k]["amount"] / rate).quantize(C2)
                txs[k]["desc"] = m
                fxd[k] = "%s %s" % (c, fmt(famt))
    rows = []
    for k, t in enumerate(txs):
        t["desc_lines"] = [t["desc"]]
        post = min(t["date"] + dt.timedelta(days=rng.choice([0, 1, 2])), end)
        r = {"pd": post.strftime("%d %b").upper(), "td": t["date"].strftime("%d %b").upper(), "desc": [t["desc"]]}
        if k in fxd: r["desc"] = [t["desc"], fxd[k]]; t["desc_lines"] = r["desc"]
        r["a"] = fmt(-t["amount"]) if t["amount"] < 0 else fmt(t["amount"]) + " CR"
        rows.append(r)
    new_owed = owed - sum(t["amount"] for t in txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "UOB", 20, True); doc.t(95, H - 45, "United Overseas Bank Limited", 8)
        doc.t(doc.W - 40, H - 45, "Credit Card(s) Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Statement Date %s" % end.strftime("%d %b %Y").upper(), 8, align="r")
        if p == 1:
            doc.t(40, H - 75, "MS TAN HUI LING", 8)
            doc.t(40, H - 87, "BLK 512 TAMPINES STREET 52 #08-114 SINGAPORE 520512", 8)
            y = H - 110
            doc.c.rect(320, y - 42, 235, 58)
            doc.t(328, y + 4, "Total Minimum Payment", 8); doc.t(548, y + 4, "SGD " + fmt(max(D("50"), (new_owed * D("0.03")).quantize(C2))), 8, True, "r")
            doc.t(328, y - 8, "Payment Due Date", 8); doc.t(548, y - 8, (end + dt.timedelta(days=25)).strftime("%d %b %Y").upper(), 8, True, "r")
            doc.t(328, y - 20, "Total Balance Due", 8); doc.t(548, y - 20, "SGD " + fmt(new_owed), 8, True, "r")
            doc.t(328, y - 32, "Credit Limit", 8); doc.t(548, y - 32, "SGD 12,000", 8, True, "r")
            doc.t(40, H - 175, "UOB ONE CARD  4265-8800-1234-5561  TAN HUI LING", 9, True)
            return H - 195
        doc.t(40, H - 75, "UOB ONE CARD  4265-8800-1234-5561 (continued)", 8, True)
        return H - 95

    cols = [("Post\nDate", 40, "l", "pd"), ("Trans\nDate", 85, "l", "td"), ("Description of Transaction", 135, "l", "desc"),
            ("Transaction Amount\nSGD", 555, "r", "a")]

    def top(doc, y):
        doc.t(135, y, "PREVIOUS BALANCE", 8, True); doc.t(555, y, fmt(owed), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(135, y, "SUB TOTAL", 8, True); doc.t(555, y, fmt(new_owed), 8, True, "r")
        doc.t(135, y - 13, "TOTAL BALANCE FOR UOB ONE CARD", 8, True); doc.t(555, y - 13, fmt(new_owed), 8, True, "r")
        doc.t(40, y - 36, "Please note that you are liable for all transactions. Late payment fee of SGD 100 applies if minimum payment is not received.", 6)
        return y - 45

    def footer(doc, p, np_):
        doc.t(doc.W / 2, 25, "Page %d of %d" % (p, np_), 7, align="c")
        doc.t(40, 15, "United Overseas Bank Limited Co. Reg. No. 193500026Z", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=(16 if pages else 50), top_rows=[top], bottom=bottom)
    # the page prints its Statement Date only: no period start (README's truth conventions)
    write_truth(stem, "GE_sg_uob_card", "****5561", "SGD", None, end, -owed, txs, False)


# ---------------------------------------------------------------- 5 Banorte MX (DD-MMM-YY spanish, Deposito/Retiro/Saldo)
def banorte(stem, seed, n=22, start=dt.date(2025, 2, 1), end=dt.date(2025, 2, 28), ob=D("15320.40"), pages=False, zerofee=False):
    rng = random.Random(seed)
    M = "ENE FEB MAR ABR MAY JUN JUL AGO SEP OCT NOV DIC".split()
    pool = [("COMPRA ORDEN DE PAGO SPEI OXXO TDA 1234", 50, 600), ("PAGO DE SERVICIO CFE SUMINISTRADOR {r}", 200, 900),
            ("COMPRA WALMART SUPERCENTER MONTERREY", 200, 2500), ("RETIRO CAJERO AUTOMATICO BANORTE", 500, 3000),
            ("SPEI ENVIADO A BBVA MEXICO CTA 0123 REF {r}", 300, 5000), ("COMISION POR MANEJO DE CUENTA", 95, 95), ("IVA COMISION", 15.2, 15.2)]
    cr = [("SPEI RECIBIDO NOMINA INDUSTRIAS DEL NORTE SA DE CV", 12000, 18000), ("DEPOSITO EN EFECTIVO SUC 0345", 500, 4000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if zerofee:
        txs.insert(6, {"date": txs[6]["date"], "desc": "COMISION POR CONSULTA DE SALDO EXENTA", "amount": D("0.00")})
    bal, rows = ob, []
    for t in txs:
        bal += t["amount"]
        t["desc_lines"] = wrap(t["desc"], 38)
        r = {"d": "%02d-%s-%02d" % (t["date"].day, M[t["date"].month - 1], t["date"].year % 100), "desc": t["desc_lines"],
             "b": fmt(bal)}
        if t["amount"] < 0: r["r"] = fmt(-t["amount"])
        elif t["amount"] > 0: r["dep"] = fmt(t["amount"])
        else: r["r"] = fmt(t["amount"])
        rows.append(r)
    cb = bal
    dd = lambda d: "%02d-%s-%02d" % (d.day, M[d.month - 1], d.year % 100)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BANORTE", 18, True)
        doc.t(doc.W - 40, H - 45, "ESTADO DE CUENTA / ENLACE DIGITAL", 10, True, "r")
        doc.t(doc.W - 40, H - 58, "Página %d de %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 75, "CLIENTE: RAMIREZ GONZALEZ LUIS ALBERTO   RFC: RAGL850312AB4", 8)
            doc.t(40, H - 87, "No. de Cuenta: 0845123456   CLABE: 072580008451234561", 8)
            doc.t(40, H - 99, "Periodo: Del %s al %s" % (dd(start), dd(end)), 8)
            doc.t(330, H - 120, "RESUMEN DEL PERIODO", 9, True)
            doc.t(330, H - 132, "Saldo anterior", 8); doc.t(555, H - 132, "$" + fmt(ob), 8, align="r")
            doc.t(330, H - 144, "(+) Total de depósitos", 8); doc.t(555, H - 144, "$" + fmt(sum(t["amount"] for t in txs if t["amount"] > 0)), 8, align="r")
            doc.t(330, H - 156, "(-) Total de retiros", 8); doc.t(555, H - 156, "$" + fmt(sum(-t["amount"] for t in txs if t["amount"] < 0)), 8, align="r")
            doc.t(330, H - 168, "Saldo actual", 8, True); doc.t(555, H - 168, "$" + fmt(cb), 8, True, "r")
            doc.t(40, H - 190, "DETALLE DE MOVIMIENTOS (PESOS)", 9, True)
            return H - 208
        return H - 80

    cols = [("FECHA", 40, "l", "d"), ("DESCRIPCIÓN / ESTABLECIMIENTO", 100, "l", "desc"), ("MONTO DEL\nDEPOSITO", 390, "r", "dep"),
            ("MONTO DEL\nRETIRO", 470, "r", "r"), ("SALDO", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, dd(start), 8); doc.t(100, y, "SALDO ANTERIOR", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 20, "Banco Mercantil del Norte, S.A., Institución de Banca Múltiple, Grupo Financiero Banorte.", 6)
        doc.t(40, y - 28, "Las comisiones e IVA se cobran conforme a la Ley. Consulte www.banorte.com", 6)
        return y - 35

    def footer(doc, p, np_):
        pass

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(14 if pages else 44), top_rows=[top], bottom=bottom)
    write_truth(stem, "GE_mx_banorte", "****3456", "MXN", start, end, ob, txs, True)


# ---------------------------------------------------------------- 6 Crédit Agricole FR (Débit/Crédit, 1 234,56 spaces, Ancien/Nouveau solde)
def ca(stem, seed, n=22, start=dt.date(2025, 11, 8), end=dt.date(2025, 12, 8), ob=D("1654.32"), neg=False):
    rng = random.Random(seed)
    pool = [("PAIEMENT PAR CARTE X4512 CARREFOUR MARKET LYON 7", 10, 150), ("PRELEVEMENT EDF CLIENTS PARTICULIERS {r}", 50, 120),
            ("PRELEVEMENT ORANGE SA", 20, 60), ("RETRAIT AU DISTRIBUTEUR CA CENTRE EST LYON", 20, 200),
            ("VIREMENT EMIS VERS M DUPONT LOYER", 600, 850), ("PAIEMENT PAR CARTE X4512 SNCF INTERNET", 15, 120),
            ("COTISATION OFFRE GLOBE-TROTTER", 9.6, 9.6)]
    cr = [("VIREMENT EN VOTRE FAVEUR SAS BOULANGERIES DU RHONE SALAIRE", 1900, 2500), ("REMBOURSEMENT CPAM DU RHONE", 10, 80)]
    if neg: ob = D("-238.75")
    txs = make_txns(rng, start, end, n, pool, cr)
    rows = []
    sp = "\u202f"
    for t in txs:
        dl = wrap(t["desc"], 42)
        t["desc_lines"] = dl
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 1, 2]))
        r = {"d": t["date"].strftime("%d.%m"), "v": vd.strftime("%d.%m"), "desc": dl}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"], sp, ",")
        else: r["cr"] = fmt(t["amount"], sp, ",")
        rows.append(r)
    cb = ob + sum(t["amount"] for t in txs)
    tdb = sum(-t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "CRÉDIT AGRICOLE CENTRE-EST", 14, True)
        doc.t(doc.W - 40, H - 45, "Relevé de compte", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Date d'arrêté : %s" % end.strftime("%d/%m/%Y"), 8, align="r")
        if p == 1:
            doc.t(40, H - 75, "M. ET MME MARTIN PIERRE", 8)
            doc.t(40, H - 87, "Compte de Dépôt n° 12345678901   IBAN FR76 1780 6000 1012 3456 7890 123", 8)
            return H - 110
        return H - 80

    cols = [("Date\nopé.", 40, "l", "d"), ("Date\nvaleur", 75, "l", "v"), ("Libellé des opérations", 115, "l", "desc"),
            ("Débit", 470, "r", "db"), ("Crédit", 555, "r", "cr")]

    def top(doc, y):
        w = "débiteur" if ob < 0 else "créditeur"
        doc.t(115, y, "Ancien solde %s au %s" % (w, (start - dt.timedelta(days=1)).strftime("%d.%m.%Y")), 8, True)
        doc.t(470 if ob < 0 else 555, y, fmt(abs(ob), sp, ","), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(115, y, "Total des opérations", 8, True); doc.t(470, y, fmt(tdb, sp, ","), 8, True, "r"); doc.t(555, y, fmt(tcr, sp, ","), 8, True, "r")
        w = "débiteur" if cb < 0 else "créditeur"
        doc.t(115, y - 13, "Nouveau solde %s au %s" % (w, end.strftime("%d.%m.%Y")), 8, True)
        doc.t(470 if cb < 0 else 555, y - 13, fmt(abs(cb), sp, ","), 8, True, "r")
        doc.t(40, y - 36, "Caisse Régionale de Crédit Agricole Mutuel Centre-Est, société coopérative à capital variable.", 6)
        return y - 45

    def footer(doc, p, np_):
        doc.t(doc.W - 40, 25, "Page %d / %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=44, top_rows=[top], bottom=bottom)
    write_truth(stem, "GE_fr_ca", "****8901", "EUR", start, end, ob, txs, False)


P = "ge_"
nationwide(P + "uk_nationwide", 11)
nationwide(P + "uk_nationwide__3pages", 12, n=42, cfpages=True)
nationwide(P + "uk_nationwide__overdraft", 13, ob=D("-312.80"))
sparkasse(P + "de_sparkasse", 21)
sparkasse(P + "de_sparkasse__decjan", 22, start=dt.date(2025, 12, 16), end=dt.date(2026, 1, 15))
sparkasse(P + "de_sparkasse__2pages", 23, n=30, pages=True)
caixa(P + "es_caixa", 31)
caixa(P + "es_caixa__longdesc", 32, longdesc=True)
caixa(P + "es_caixa__overdraft", 33, neg=True)
uob(P + "sg_uob_card", 41)
uob(P + "sg_uob_card__fx", 42, fx=True)
uob(P + "sg_uob_card__2pages", 43, n=36, pages=True)
banorte(P + "mx_banorte", 51)
banorte(P + "mx_banorte__2pages", 52, n=30, pages=True)
banorte(P + "mx_banorte__zerofee", 53, zerofee=True)
ca(P + "fr_ca", 61)
ca(P + "fr_ca__debiteur", 62, neg=True)
ca(P + "fr_ca__decjan", 63, start=dt.date(2025, 12, 9), end=dt.date(2026, 1, 8))
print("done")
