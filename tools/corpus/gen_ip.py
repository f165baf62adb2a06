#!/usr/bin/python3
"""Generator ip: 4 unseen layouts x (base + variants), exact truth. Deterministic.

Caixa Econômica Federal extrato por período (Brazil, BRL: Data Mov. / Nr. Doc. / Histórico / Valor "1.234,56 D" /
Saldo "3.187,62 C", a SALDO ANTERIOR row, a Saldo disponível / limite box under the table; a two-page and an overdrawn
variant), Citibanamex card Estado de Cuenta (Mexico, MXN: Fecha de la operación / Fecha de cargo "15-may-2025" /
Descripción / Monto, payments "-$8,000.00", Saldo anterior ... Saldo al corte in a summary box; a "Meses sin
intereses" variant with "MSI 03 DE 12" instalment rows and a deferred-purchases table under the movements, and a
foreign-currency variant with "USD 45.99 T.C. 17.8523" lines), Banco de la Nación Argentina (ARS: Fecha / Comprobante
/ Concepto / Débito / Crédito / Saldo, "$ 1.234.567,89", a SALDO ANTERIOR row and a "SALDO AL 30/06/2025" row,
Ley 25.413 tax rows; a two-page and an overdrawn "$ -12.345,67" variant), Security Bank (Philippines, PHP: Date
"06/05/25" / Description / Check No. / Debit / Credit / Running Balance, Beginning / Ending Balance rows; a two-page
Balance Carried/Brought Forward variant and a wrapped-descriptions variant).

Truth choices: Caixa's Nr. Doc., the Comprobante of Banco de la Nación and Security Bank's Check No. are not
description; SALDO ANTERIOR, SALDO AL, Beginning/Ending Balance and Balance Carried/Brought Forward rows are no
transactions; the Citibanamex card is entered as cards are (charges negative, payments positive, opening and closing
the negated Saldo anterior and Saldo al corte, no row balance), a row dated by its Fecha de la operación; an MSI
instalment row is a transaction of the instalment billed this period ("MSI 03 DE 12" joins its description), the
deferred-purchases table under the movements (original amount, pending balance, instalment) holds no transactions;
a "USD 45.99 T.C. 17.8523" line joins its row's description.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import fmt, render, row_truth_writer, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ip/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def amt(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def gen_rows(rng, start, end, n, pool, credits, pc=0.2):
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pc:
            desc, lo, hi = rng.choice(credits); s = 1
        else:
            desc, lo, hi = rng.choice(pool); s = -1
        txs.append({"date": d, "desc_lines": [desc.format(r=rng.randint(100000, 999999), n4=rng.randint(1000, 9999))],
                    "amount": amt(rng, lo, hi) * s})
    txs.sort(key=lambda t: t["date"])
    return txs


def run_bal(txs, ob):
    bal = D(ob)
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
    return bal


br = lambda v: fmt(v, ".", ",")


# ---------------------------------------------------------------- 1 Caixa Econômica Federal
def caixa(stem, seed, n, per_page=60, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("286.14") if od else D("2718.35")
    pool = [("ENVIO PIX", 15, 350), ("PAG BOLETO", 80, 420), ("COMPRA ELO", 12, 260), ("SAQUE ATM", 50, 400),
            ("DB AUT SABESP", 60, 140), ("DEB CONV ENEL", 90, 260), ("PAG FONE", 59.9, 129.9), ("COMPRA DEB", 8, 95)]
    cr = [("CRED PIX", 30, 600), ("DEP DINHEIRO", 100, 800), ("CRED TED", 200, 1500)]
    txs = gen_rows(rng, start, end, n, pool, cr, pc=0.2)
    txs.append({"date": dt.date(2025, 6, 5), "desc_lines": ["CRED SALARIO"], "amount": D("3912.48")})
    txs.append({"date": dt.date(2025, 6, 10), "desc_lines": ["TAR PCT SERV"], "amount": D("-32.90")})
    if od:
        txs.append({"date": dt.date(2025, 6, 2), "desc_lines": ["PAG IPTU 2025"], "amount": D("-1840.22")})
        txs.append({"date": dt.date(2025, 6, 30), "desc_lines": ["JUROS CH ESP"], "amount": D("-47.83")})
        txs.append({"date": dt.date(2025, 6, 30), "desc_lines": ["IOF"], "amount": D("-5.61")})
    txs.sort(key=lambda t: t["date"])
    cb = run_bal(txs, ob)
    dc = lambda v: br(abs(v)) + (" D" if v < 0 else " C")
    rows = []
    for t in txs:
        rows.append({"d": t["date"].strftime("%d/%m/%Y"), "doc": "%06d" % rng.randint(1, 999999), "desc": t["desc_lines"],
                     "v": dc(t["amount"]), "s": dc(t["bal"])})

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "CAIXA", 20, True)
        doc.t(40, H - 57, "Caixa Econômica Federal", 7)
        doc.t(W - 40, H - 40, "EXTRATO POR PERÍODO", 10, True, "r")
        doc.t(W - 40, H - 52, "Emissão: 01/07/2025 08:12:44", 7, align="r")
        doc.t(W - 40, H - 62, "Página %d/%d" % (p, np_), 7, align="r")
        doc.t(40, H - 78, "Cliente: MARIA APARECIDA DE SOUZA", 8)
        doc.t(40, H - 89, "Agência: 0612   Operação: 001   Conta: 00028471-3", 8)
        doc.t(40, H - 100, "Período: %s a %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
        doc.c.line(40, H - 108, W - 40, H - 108)
        return H - 124

    cols = [("Data Mov.", 40, "l", "d"), ("Nr. Doc.", 100, "l", "doc"), ("Histórico", 160, "l", "desc"),
            ("Valor", 440, "r", "v"), ("Saldo", 555, "r", "s")]

    def top(doc, y):
        doc.t(40, y, (start - dt.timedelta(days=1)).strftime("%d/%m/%Y"), 8); doc.t(100, y, "000000", 8)
        doc.t(160, y, "SALDO ANTERIOR", 8); doc.t(555, y, dc(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        y -= 10
        doc.c.rect(40, y - 40, 300, 48)
        lim = D("1500.00")
        for i, (a, b) in enumerate([("Saldo Bloqueado", "0,00"), ("Saldo Disponível", dc(cb)), ("Limite Cheque Especial", br(lim)),
                                    ("Saldo Disponível + Limite", br(cb + lim))]):
            doc.t(48, y - 11 * i, a, 7.5); doc.t(330, y - 11 * i, b, 7.5, align="r")
        doc.t(40, y - 58, "Lançamentos sujeitos a confirmação. C = crédito, D = débito.", 6.5)
        return y - 64

    def footer(doc, p, np_):
        doc.t(40, 40, "SAC CAIXA: 0800 726 0101 (informações, reclamações e cancelamentos)  |  Ouvidoria: 0800 725 7474  |  caixa.gov.br", 6)
        doc.t(40, 32, "Para pessoas com deficiência auditiva ou de fala: 0800 726 2492", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top], bottom=bottom)
    write(stem, "ip_br_caixa_extrato", "****4713", "BRL", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Citibanamex card
MES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
mx_d = lambda d: "%02d-%s-%d" % (d.day, MES[d.month - 1], d.year)
mx = lambda v: ("-$" if v < 0 else "$") + fmt(abs(v))


def banamex(stem, seed, n, msi=False, fx=False, signed=False, favor=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 13), dt.date(2025, 6, 12)
    prev = D("9412.37")
    pool = [("WALMART SUPERCENTER COYOACAN", 180, 2400), ("OXXO INSURGENTES SUR", 25, 180), ("UBER *TRIP HELP.UBER.COM", 60, 320),
            ("GASOLINERIA PEMEX 4471", 400, 1100), ("LIVERPOOL PERISUR", 350, 3900), ("NETFLIX.COM MEXICO", 219, 219),
            ("RESTAURANTE EL CARDENAL CDMX", 420, 1850), ("FARMACIAS DEL AHORRO", 80, 690), ("TELMEX PAGO RECURRENTE", 389, 389),
            ("MERCADO PAGO *MERCADOLIBRE", 150, 2200)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, days - 1))
        desc, lo, hi = rng.choice(pool)
        txs.append({"date": d, "desc_lines": [desc], "amount": -amt(rng, lo, hi)})
    if fx:
        for t, (m, c, rate) in zip(txs[1::4], [("AMAZON WEB SERVICES SEATTLE", "USD", "17.8523"), ("SPOTIFY STOCKHOLM", "EUR", "20.1184"),
                                              ("AIRBNB * HMQ2 SAN FRANCISCO", "USD", "17.9041"), ("STEAMGAMES.COM BELLEVUE", "USD", "17.8867")]):
            orig = (abs(t["amount"]) / D(rate)).quantize(D("0.01"))
            t["amount"] = -(orig * D(rate)).quantize(D("0.01"))
            t["desc_lines"] = [m, "%s %s T.C. %s" % (c, fmt(orig), rate)]
    msi_rows = []
    if msi:
        for (pd_, m, orig, k, nn) in [(dt.date(2025, 3, 8), "LIVERPOOL POLANCO", D("12999.00"), 3, 12),
                                      (dt.date(2025, 1, 20), "PALACIO DE HIERRO SANTA FE", D("8400.00"), 5, 6),
                                      (dt.date(2025, 5, 22), "APPLE STORE ANTARA", D("27999.00"), 1, 18)]:
            inst = (orig / nn).quantize(D("0.01"))
            pend = orig - inst * k
            cd = dt.date(2025, 6, 12) if k > 1 else pd_
            txs.append({"date": cd if k > 1 else pd_, "desc_lines": [m, "MSI %02d DE %02d" % (k, nn)], "amount": -inst})
            msi_rows.append((pd_, m, orig, pend, inst, "%d de %d" % (k, nn)))
    txs.sort(key=lambda t: t["date"])
    spent = -sum(t["amount"] for t in txs)
    pay = D("9412.37") if seed % 2 else D("6000.00")
    if favor:  # paid more than the balance: a credit balance in the holder's favour
        pay = prev + spent + D("312.40")
    pdate = dt.date(2025, 5, 30)
    k = sum(1 for t in txs if t["date"] <= pdate)
    txs.insert(k, {"date": pdate, "desc_lines": ["SU PAGO GRACIAS SPEI"], "amount": pay})
    for t in txs:
        t["bal"] = None
    ob = -prev
    cb = ob + sum(t["amount"] for t in txs)
    owed = -cb
    msi_sum = sum((r[4] for r in msi_rows), D(0))
    rows = []
    for t in txs:
        cargo = t["date"] + dt.timedelta(days=1 if t["amount"] < 0 and t["date"] < end else 0)
        a = (("+ $" if t["amount"] < 0 else "- $") + fmt(abs(t["amount"]))) if signed else mx(-t["amount"])
        rows.append({"d": mx_d(t["date"]), "c": mx_d(cargo), "desc": t["desc_lines"], "a": a})

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "citibanamex", 19, True)
        doc.t(W - 40, H - 40, "ESTADO DE CUENTA", 10, True, "r")
        doc.t(W - 40, H - 52, "TARJETA CITIBANAMEX ORO", 8, align="r")
        doc.t(W - 40, H - 62, "Página %d de %d" % (p, np_), 7, align="r")
        if p > 1:
            doc.t(40, H - 78, "Número de tarjeta: 5256 7800 **** 4412    Periodo: %s al %s" % (mx_d(start), mx_d(end)), 7.5)
            return H - 100
        doc.t(40, H - 78, "JORGE LUIS HERNÁNDEZ RAMÍREZ", 8.5, True)
        for i, l in enumerate(["AV. INSURGENTES SUR 1602 INT 8", "COL. CRÉDITO CONSTRUCTOR", "BENITO JUÁREZ, CDMX C.P. 03940"]):
            doc.t(40, H - 89 - 10 * i, l, 7.5)
        L = [("Número de tarjeta", "5256 7800 **** 4412"), ("Periodo", "%s al %s" % (mx_d(start), mx_d(end))),
             ("Fecha de corte", mx_d(end)), ("Fecha límite de pago", "02-jul-2025"),
             ("Pago para no generar intereses", mx(max(D(0), owed))), ("Pago mínimo", mx(max(D(0), (owed * D("0.05")).quantize(D("0.01")))))]
        for i, (a, b) in enumerate(L):
            doc.t(320, H - 78 - 11 * i, a + ":", 7.5); doc.t(W - 40, H - 78 - 11 * i, b, 7.5, True, "r")
        y = H - 152
        doc.c.rect(40, y - 70, W - 80, 82)
        doc.t(48, y, "Resumen de cargos y abonos del periodo", 8, True)
        pays = sum(t["amount"] for t in txs if t["amount"] > 0)
        S = [("Saldo anterior", mx(prev)), ("(-) Pagos y abonos", mx(-pays)), ("(+) Cargos regulares (no a meses)", mx(spent - msi_sum)),
             ("(+) Cargos a meses sin intereses", mx(msi_sum)), ("(+) Intereses y comisiones", mx(D(0))), ("(=) Saldo al corte", mx(owed))]
        for i, (a, b) in enumerate(S):
            doc.t(48, y - 12 - 10 * i, a, 7.5, i == 5); doc.t(300, y - 12 - 10 * i, b, 7.5, i == 5, "r")
        doc.t(330, y - 12, "Límite de crédito: $45,000.00", 7.5)
        doc.t(330, y - 22, "Crédito disponible: " + mx(D("45000.00") - owed), 7.5)
        doc.t(330, y - 32, "CAT promedio: 68.5% sin IVA", 7.5)
        doc.t(40, y - 90, "DESGLOSE DE MOVIMIENTOS", 9, True)
        if signed:
            doc.t(40, y - 104, "CARGOS, ABONOS Y COMPRAS REGULARES (NO A MESES)", 8, True)
            doc.t(doc.W - 40, y - 104, "Tarjeta titular: 5256 7800 **** 4412", 7.5, align="r")
            return y - 122
        return y - 108

    cols = [("Fecha de la\noperación", 40, "l", "d"), ("Fecha de\ncargo", 105, "l", "c"), ("Descripción", 170, "l", "desc"),
            ("Monto", 555, "r", "a")]

    def bottom(doc, y):
        doc.c.line(380, y + 8, doc.W - 40, y + 8)
        doc.t(380, y - 2, "Total cargos", 8, True); doc.t(555, y - 2, mx(spent), 8, True, "r")
        doc.t(380, y - 12, "Total abonos", 8, True); doc.t(555, y - 12, mx(-sum(t["amount"] for t in txs if t["amount"] > 0)), 8, True, "r")
        y -= 34
        if msi_rows:
            doc.t(40, y, "COMPRAS Y CARGOS DIFERIDOS A MESES SIN INTERESES", 9, True)
            y -= 14
            hs = [("Fecha de la\noperación", 40, "l"), ("Descripción", 105, "l"), ("Monto\noriginal", 330, "r"), ("Saldo\npendiente", 400, "r"),
                  ("Pago\nrequerido", 470, "r"), ("Núm. de\npago", 555, "r")]
            for (h, x, al) in hs:
                for kk, hl in enumerate(h.split("\n")):
                    doc.t(x, y - 9 * kk, hl, 7.5, True, al)
            y -= 24
            for (pd_, m, orig, pend, inst, nump) in msi_rows:
                doc.t(40, y, mx_d(pd_), 8); doc.t(105, y, m, 8); doc.t(330, y, mx(orig), 8, align="r")
                doc.t(400, y, mx(pend), 8, align="r"); doc.t(470, y, mx(inst), 8, align="r"); doc.t(555, y, nump, 8, align="r")
                y -= 12
            y -= 10
        doc.t(40, y, "Si sólo realiza el pago mínimo, tardará más tiempo en pagar su deuda y pagará más intereses.", 6.5)
        doc.t(40, y - 9, "Aclaraciones: Unidad Especializada de Atención a Usuarios, 55 1226 8200. Consulte costos y comisiones en citibanamex.com", 6.5)
        return y - 20

    def footer(doc, p, np_):
        doc.t(40, 36, "Banco Nacional de México, S.A., integrante del Grupo Financiero Banamex. Isabel la Católica 44, Centro, CDMX 06000. RFC BNM840515VB1", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=60, bottom=bottom)
    write(stem, "ip_mx_citibanamex_card", "****4412", "MXN", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Banco de la Nación Argentina
ar = lambda v: ("$ -" if v < 0 else "$ ") + fmt(abs(v), ".", ",")


def bna(stem, seed, n, per_page=60, od=False, cuit=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("84215.30") if od else D("1248731.62")
    pool = [("COMPRA DEBITO MAESTRO COTO 0{n4}", 4500, 98000), ("PAGO SERV. EDENOR LINK", 18000, 64000),
            ("EXTRACCION CAJERO ATM RED LINK", 10000, 120000), ("TRANSF. ENVIADA CBU 0170{r}", 15000, 350000),
            ("DEB. AUTOM. PERSONAL FLOW", 22000, 38000), ("PAGO TARJ. NATIVA MASTERCARD", 40000, 280000),
            ("COMPRA DEBITO MERCADOPAGO*MELI", 3000, 85000)]
    cr = [("TRANSF. RECIBIDA CBU 0720{r}", 20000, 400000), ("DEPOSITO EFECTIVO SUC. 0085", 30000, 250000)]
    txs = gen_rows(rng, start, end, n, pool, cr, pc=0.18)
    if not od:
        txs.append({"date": dt.date(2025, 6, 4), "desc_lines": ["ACRED. HABERES MINISTERIO ECONOMIA"], "amount": D("1382450.00")})
    else:
        txs.append({"date": dt.date(2025, 6, 2), "desc_lines": ["PAGO TARJ. NATIVA VISA"], "amount": D("-612408.75")})
        txs.append({"date": dt.date(2025, 6, 30), "desc_lines": ["INTERESES ADELANTO EN CTA."], "amount": D("-18422.16")})
    txs.sort(key=lambda t: t["date"])
    # the 0,6% tax on debits (Ley 25.413), booked the same day after each transfer sent
    out = []
    for t in txs:
        out.append(t)
        if t["desc_lines"][0].startswith("TRANSF. ENVIADA"):
            out.append({"date": t["date"], "desc_lines": ["IMP. LEY 25.413 DEB. 0,6%"], "amount": (t["amount"] * D("0.006")).quantize(D("0.01"))})
    txs = out
    if cuit:  # the other party of a transfer on a second line
        names = ["PEREZ JUAN CARLOS", "FERNANDEZ MARIA LAURA", "DISTRIBUIDORA DEL SUR SRL", "ROMERO LUCAS ADRIAN"]
        for t in txs:
            if t["desc_lines"][0].startswith("TRANSF."):
                who = "DE: " if "RECIBIDA" in t["desc_lines"][0] else "A: "
                t["desc_lines"] = t["desc_lines"] + ["%s%s CUIT %d-%08d-%d" % (who, rng.choice(names), rng.choice([20, 27, 30]),
                                                                               rng.randint(10000000, 39999999), rng.randint(0, 9))]
    cb = run_bal(txs, ob)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m/%Y"), "cp": "%08d" % rng.randint(1, 99999999), "desc": t["desc_lines"], "s": ar(t["bal"])}
        r["db" if t["amount"] < 0 else "cr"] = ar(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "BANCO DE LA NACION ARGENTINA", 14, True)
        doc.t(W - 40, H - 40, "RESUMEN DE CUENTA", 10, True, "r")
        doc.t(W - 40, H - 52, "Hoja %d de %d" % (p, np_), 7, align="r")
        doc.t(40, H - 70, "CAJA DE AHORROS EN PESOS  N° 0850284713", 8.5, True)
        doc.t(40, H - 81, "Sucursal 0085 - PLAZA DE MAYO   CBU 0110085930008502847139", 7.5)
        doc.t(40, H - 92, "Titular: GONZALEZ, MARTIN EZEQUIEL   CUIT 20-31847562-4", 7.5)
        doc.t(40, H - 103, "Período: %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 7.5)
        doc.c.line(40, H - 111, W - 40, H - 111)
        return H - 127

    cols = [("Fecha", 40, "l", "d"), ("Comprobante", 92, "l", "cp"), ("Concepto", 160, "l", "desc"),
            ("Débito", 398, "r", "db"), ("Crédito", 476, "r", "cr"), ("Saldo", 555, "r", "s")]

    def top(doc, y):
        doc.t(160, y, "SALDO ANTERIOR", 8); doc.t(555, y, ar(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(160, y - 2, "SALDO AL %s" % end.strftime("%d/%m/%Y"), 8, True); doc.t(555, y - 2, ar(cb), 8, True, "r")
        y -= 24
        doc.t(40, y, "Los depósitos en pesos y en moneda extranjera cuentan con la garantía de hasta $ 25.000.000. Ley 24.485, Decreto 540/95.", 6)
        doc.t(40, y - 8, "Se presumirá conformidad con los movimientos registrados si dentro de los 60 días no se formula reclamo.", 6)
        return y - 14

    def footer(doc, p, np_):
        doc.t(40, 36, "Banco de la Nación Argentina - Bartolomé Mitre 326, C1036AAF CABA - 0810-666-4444 - www.bna.com.ar", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top], bottom=bottom)
    write(stem, "ip_ar_bna", "****4713", "ARS", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Security Bank (Philippines)
def secbank(stem, seed, n, per_page=60, wrapped=False, ob=D("84312.55")):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    pool = [("INSTAPAY TRANSFER TO GCASH", 500, 8000), ("POS PURCHASE SM SUPERMARKET MAKATI", 400, 6500),
            ("ATM WITHDRAWAL SBC AYALA", 1000, 20000), ("BILLS PAYMENT MERALCO", 2200, 6800),
            ("BILLS PAYMENT PLDT HOME FIBER", 1699, 1699), ("CHECK ENCASHMENT", 5000, 30000), ("PESONET TRANSFER TO BPI", 2000, 25000)]
    cr = [("INSTAPAY TRANSFER FROM BDO", 1000, 15000), ("CASH DEPOSIT SBC AYALA", 3000, 40000)]
    txs = gen_rows(rng, start, end, n, pool, cr, pc=0.18)
    txs.append({"date": dt.date(2025, 6, 15), "desc_lines": ["PAYROLL CREDIT ACCENTURE INC"], "amount": D("48215.30")})
    txs.append({"date": dt.date(2025, 6, 30), "desc_lines": ["INTEREST EARNED"], "amount": D("12.48")})
    txs.append({"date": dt.date(2025, 6, 30), "desc_lines": ["WITHHOLDING TAX ON INTEREST"], "amount": D("-2.50")})
    txs.sort(key=lambda t: t["date"])
    chk = 2051
    for t in txs:
        if t["desc_lines"][0] == "CHECK ENCASHMENT":
            t["chk"] = "%010d" % chk; chk += 1
        if wrapped and t["desc_lines"][0].startswith(("INSTAPAY", "PESONET", "BILLS")):
            long = t["desc_lines"][0] + " REF NO %d%06d ACCT ENDING %d VIA SECURITY BANK ONLINE" % (2025, rng.randint(0, 999999), rng.randint(1000, 9999))
            t["desc_lines"] = wrap(long, 36)
    cb = run_bal(txs, ob)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%m/%d/%y"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        if "chk" in t: r["ck"] = t["chk"]
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Security Bank", 17, True)
        doc.t(40, H - 57, "Security Bank Corporation", 7)
        doc.t(W - 40, H - 40, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(W - 40, H - 52, "Page %d of %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 78, "MA. CRISTINA R. VILLANUEVA", 8, True)
            for i, l in enumerate(["UNIT 1204 ONE SERENDRA TOWER", "BONIFACIO GLOBAL CITY, TAGUIG CITY", "METRO MANILA 1634"]):
                doc.t(40, H - 89 - 10 * i, l, 7.5)
        L = [("Account Number", "0000-031847-562"), ("Account Type", "ALL ACCESS ACCOUNT"), ("Currency", "PHP"),
             ("Statement Period", "June 01, 2025 - June 30, 2025"), ("Branch", "AYALA - PASEO")]
        for i, (a, b) in enumerate(L):
            doc.t(330, H - 78 - 11 * i, a, 7.5); doc.t(410, H - 78 - 11 * i, ": " + b, 7.5)
        y = H - 140
        if p == 1:
            doc.c.rect(40, y - 22, W - 80, 30)
            for i, (a, b) in enumerate([("Beginning Balance", ob), ("Total Debits", out_), ("Total Credits", in_), ("Ending Balance", cb)]):
                doc.t(48 + 130 * i, y - 2, a, 7); doc.t(160 + 130 * i, y - 14, fmt(b), 8, True, "r")
            y -= 42
        return y - 8

    cols = [("Date", 40, "l", "d"), ("Description", 90, "l", "desc"), ("Check No.", 290, "l", "ck"),
            ("Debit", 400, "r", "dr"), ("Credit", 475, "r", "cr"), ("Running Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%m/%d/%y"), 8); doc.t(90, y, "Beginning Balance", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def prev_bal(r):
        i = rows.index(r)
        return txs[i - 1]["bal"] if i > 0 else ob

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(90, y, "Balance Carried Forward", 8); doc.t(555, y, r["b"], 8, align="r")
        else:
            doc.t(90, y, "Balance Brought Forward", 8); doc.t(555, y, fmt(prev_bal(r)), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%m/%d/%y"), 8); doc.t(90, y, "Ending Balance", 8, True); doc.t(555, y, fmt(cb), 8, True, "r")
        doc.t(40, y - 26, "Please examine this statement. If no error is reported within thirty (30) days, the account is deemed correct.", 6.5)
        doc.t(40, y - 35, "Deposits are insured by PDIC up to P1,000,000 per depositor.", 6.5)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 36, "Security Bank Corporation, 6776 Ayala Avenue, Makati City 1226 · Customer Service (+632) 8887-9188 · securitybank.com", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page,
           cf=cf if per_page < 60 else None, top_rows=[top], bottom=bottom)
    write(stem, "ip_ph_securitybank", "****7562", "PHP", start, end, ob, cb, txs)


caixa("ip_br_caixa_extrato", 2001, 22)
caixa("ip_br_caixa_extrato__pages", 2002, 58, per_page=44)
caixa("ip_br_caixa_extrato__overdraft", 2003, 14, od=True)
banamex("ip_mx_citibanamex_card", 2011, 16)
banamex("ip_mx_citibanamex_card__msi", 2012, 12, msi=True)
banamex("ip_mx_citibanamex_card__fx", 2013, 14, fx=True)
banamex("ip_mx_citibanamex_card__signed", 2014, 15, signed=True)
banamex("ip_mx_citibanamex_card__favor", 2015, 12, favor=True)
bna("ip_ar_bna", 2021, 18)
bna("ip_ar_bna__pages", 2022, 48, per_page=42)
bna("ip_ar_bna__overdraft", 2023, 14, od=True)
bna("ip_ar_bna__cuit", 2024, 20, cuit=True)
secbank("ip_ph_securitybank", 2031, 18)
secbank("ip_ph_securitybank__pages", 2032, 48, per_page=38, ob=D("318460.20"))
secbank("ip_ph_securitybank__wrapped", 2033, 18, wrapped=True)
