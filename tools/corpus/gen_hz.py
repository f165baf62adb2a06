#!/usr/bin/python3
"""Generator hz: 6 untuned Caribbean and Latin American layouts x (base + 1-2 variants), exact truth. Deterministic.

Banco Popular de Puerto Rico (bilingual "Fecha / Date" headings, Balance Anterior / Balance Final rows, MM/DD/YYYY),
Republic Bank (Trinidad and Tobago: 05-JUN-25 / Particulars / Cheque No. / Withdrawals / Deposits / Balance,
BALANCE B/F and C/F), BROU (Uruguay: Fecha / Concepto / Referencia / Débito / Crédito / Saldo, "1.234,56", a U$S
account), Banreservas (Dominican Republic: a summary box Balance inicial / Total débitos / Total créditos / Balance
final the only place of the balances), Banco General (Panamá: "02-ene-25" / Transacción / Referencia / Retiros /
Depósitos / Saldo, zero-fee rows), Scotiabank Jamaica (Posting Date / Description / Debit / Credit / Balance in J$,
an overdraft variant with balances in parentheses).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import LETTER
from corpus_kit import Doc, fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hz/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
MES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def table_rows(txs, width, dfmt, money, bal, dr="dr", cr="cr", extra=None):
    """One render() row per transaction: wrapped description, the amount in its debit or credit cell, the balance."""
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], width)
        r = {"d": dfmt(t["date"]), "desc": t["desc_lines"], "b": bal(t["bal"]), "_bal": t["bal"]}
        if t["amount"] < 0 or t.get("zero_debit"): r[dr] = money(-t["amount"])
        else: r[cr] = money(t["amount"])
        if extra: extra(t, r)
        rows.append(r)
    return rows


# ---------------------------------------------------------------- 1 Banco Popular de Puerto Rico
def popular(stem, seed, n=18, longdesc=False, pages=False, sections=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("3456.78")
    pool = [("COMPRA ATH POS ECONO SUPERMERCADOS CAROLINA PR", 15, 180), ("RETIRO ATH CAJERO POPULAR PLAZA CAROLINA", 40, 300),
            ("PAGO AUTOMATICO LUMA ENERGY", 90, 240), ("PAGO AUTOMATICO AUTORIDAD DE ACUEDUCTOS AAA", 25, 70),
            ("COMPRA DEBITO AMAZON.COM AMZN.COM/BILL WA", 12, 150), ("ATH MOVIL PAGO A MARIA TORRES", 10, 120),
            ("CARGO POR SERVICIO MENSUAL", 5, 5)]
    cr = [("DEPOSITO DIRECTO NOMINA GOBIERNO DE PUERTO RICO", 1400, 1900), ("ATH MOVIL RECIBIDO DE CARLOS RIVERA", 20, 200),
          ("DEPOSITO SUCURSAL POPULAR CENTER", 100, 800)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if longdesc:
        txs[4]["desc"] = ("TRANSFERENCIA MI BANCO A CUENTA 0123-4567 PAGO PRESTAMO PERSONAL JUNIO 2025 REFERENCIA "
                          "TRF%06d SOLICITADA POR JOSE A RIVERA MERCADO" % rng.randint(100000, 999999))
        txs[9]["desc"] = "COMPRA DEBITO INTERNACIONAL BOOKING.COM HOTEL AMSTERDAM NL USD 214.60 INCLUYE CARGO POR TRANSACCION EXTRANJERA"
    cb = running(txs, ob)
    if sections:
        return popular_sections(stem, txs, start, end, ob, cb)
    rows = table_rows(txs, 44 if longdesc else 60, lambda d: d.strftime("%m/%d/%Y"), fmt, fmt)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 45, "Popular", 22, True); doc.t(40, H - 57, "Banco Popular de Puerto Rico", 7.5)
        doc.t(W - 40, H - 40, "Estado de Cuenta / Account Statement", 10, True, "r")
        doc.t(W - 40, H - 52, "Cuenta de Cheques Popular Access / Checking Account", 7.5, align="r")
        doc.t(W - 40, H - 63, "Página / Page %d de / of %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 80, "Cuenta / Account: 030-512847    Período / Period: %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 7.5)
            return H - 104
        doc.t(40, H - 84, "JOSE A RIVERA MERCADO", 8); doc.t(40, H - 95, "URB VILLA CAROLINA", 8)
        doc.t(40, H - 106, "123 CALLE 45", 8); doc.t(40, H - 117, "CAROLINA PR 00985-4321", 8)
        doc.t(330, H - 84, "Cuenta / Account: 030-512847", 8, True)
        doc.t(330, H - 95, "Período / Period: %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 7.5)
        doc.c.rect(330, H - 176, 242, 72)
        doc.t(338, H - 114, "Resumen / Summary", 8, True)
        S = [("Balance Anterior / Previous Balance", "$" + fmt(ob)), ("Créditos / Credits", "$" + fmt(crs)),
             ("Débitos / Debits", "$" + fmt(dr)), ("Balance Final / Ending Balance", "$" + fmt(cb))]
        for i, (a, b) in enumerate(S):
            doc.t(338, H - 126 - 10 * i, a, 7.5); doc.t(565, H - 126 - 10 * i, b, 7.5, align="r")
        doc.t(40, H - 200, "Transacciones / Transactions", 10, True)
        return H - 218

    cols = [("Fecha / Date", 40, "l", "d"), ("Descripción / Description", 110, "l", "desc"), ("Débitos / Debits", 420, "r", "dr"),
            ("Créditos / Credits", 495, "r", "cr"), ("Balance", 565, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%m/%d/%Y"), 8); doc.t(110, y, "Balance Anterior / Previous Balance", 8); doc.t(565, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, end.strftime("%m/%d/%Y"), 8); doc.t(110, y - 2, "Balance Final / Ending Balance", 8); doc.t(565, y - 2, fmt(cb), 8, align="r")
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 46, "Miembro FDIC / Member FDIC. Banco Popular de Puerto Rico, PO Box 362708, San Juan PR 00936-2708. 787-724-3650", 5.5)
        doc.t(40, 38, "Examine este estado y notifique cualquier error dentro de 60 días. / Review this statement and report errors within 60 days.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=(26 if pages else 46), top_rows=[top], bottom=bottom)
    write(stem, "hz_pr_popular", "****2847", "USD", start, end, ob, cb, txs)


def popular_sections(stem, txs, start, end, ob, cb):
    """Popular's other print: Depósitos y Otros Créditos, then Otros Débitos (one Cantidad / Amount column each, a total
    line), then a Balance Diario / Daily Balance grid; no balance on the rows, whose truth is in page order."""
    dep = [t for t in txs if t["amount"] > 0]
    deb = [t for t in txs if t["amount"] < 0]
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    H, W = doc.H, doc.W
    doc.t(40, H - 45, "Popular", 22, True); doc.t(40, H - 57, "Banco Popular de Puerto Rico", 7.5)
    doc.t(W - 40, H - 40, "Estado de Cuenta / Account Statement", 10, True, "r")
    doc.t(W - 40, H - 52, "Cuenta de Cheques Popular Access / Checking Account", 7.5, align="r")
    doc.t(W - 40, H - 63, "Página / Page 1 de / of 1", 7.5, align="r")
    doc.t(40, H - 84, "JOSE A RIVERA MERCADO", 8); doc.t(40, H - 95, "URB VILLA CAROLINA", 8)
    doc.t(40, H - 106, "123 CALLE 45", 8); doc.t(40, H - 117, "CAROLINA PR 00985-4321", 8)
    doc.t(330, H - 84, "Cuenta / Account: 030-512847", 8, True)
    doc.t(330, H - 95, "Período / Period: %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 7.5)
    doc.c.rect(330, H - 176, 242, 72)
    doc.t(338, H - 114, "Resumen / Summary", 8, True)
    dr, crs = sums(txs)
    S = [("Balance Anterior / Previous Balance", "$" + fmt(ob)), ("Depósitos y Créditos / Deposits and Credits", "+ $" + fmt(crs)),
         ("Débitos / Debits", "- $" + fmt(dr)), ("Balance Final / Ending Balance", "$" + fmt(cb))]
    for i, (a, b) in enumerate(S):
        doc.t(338, H - 126 - 10 * i, a, 7.5); doc.t(565, H - 126 - 10 * i, b, 7.5, align="r")
    y = H - 200
    for title, total, rows in (("Depósitos y Otros Créditos / Deposits and Other Credits", "Total Depósitos / Total Deposits", dep),
                               ("Otros Débitos / Other Debits", "Total Débitos / Total Debits", deb)):
        doc.t(40, y, title, 9.5, True); y -= 14
        doc.t(40, y, "Fecha / Date", 7.5, True); doc.t(110, y, "Descripción / Description", 7.5, True)
        doc.t(565, y, "Cantidad / Amount", 7.5, True, "r"); doc.c.line(40, y - 3, W - 40, y - 3); y -= 13
        for t in rows:
            t["desc_lines"] = [t["desc"]]; t["bal"] = None
            doc.t(40, y, t["date"].strftime("%m/%d/%Y"), 8); doc.t(110, y, t["desc"], 8); doc.t(565, y, fmt(abs(t["amount"])), 8, align="r")
            y -= 11
        doc.t(110, y, total, 8, True); doc.t(565, y, fmt(sum(abs(t["amount"]) for t in rows)), 8, True, "r"); y -= 22
    doc.t(40, y, "Balance Diario / Daily Balance", 9.5, True); y -= 14
    days, bal = [], ob
    for t in txs:
        bal += t["amount"]
        if days and days[-1][0] == t["date"]: days[-1] = (t["date"], bal)
        else: days.append((t["date"], bal))
    for k in range(3):
        doc.t(40 + 180 * k, y, "Fecha / Date", 7.5, True); doc.t(200 + 180 * k, y, "Balance", 7.5, True, "r")
    y -= 12
    for i in range(0, len(days), 3):
        for k, (d, b) in enumerate(days[i:i + 3]):
            doc.t(40 + 180 * k, y, d.strftime("%m/%d"), 8); doc.t(200 + 180 * k, y, fmt(b), 8, align="r")
        y -= 11
    doc.t(40, 46, "Miembro FDIC / Member FDIC. Banco Popular de Puerto Rico, PO Box 362708, San Juan PR 00936-2708. 787-724-3650", 5.5)
    doc.t(40, 38, "Examine este estado y notifique cualquier error dentro de 60 días. / Review this statement and report errors within 60 days.", 5.5)
    doc.c.showPage(); doc.c.save()
    write(stem, "hz_pr_popular", "****2847", "USD", start, end, ob, cb, dep + deb)


# ---------------------------------------------------------------- 2 Republic Bank (Trinidad and Tobago)
def republic(stem, seed, n=18, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("14286.35")
    pool = [("POS PURCHASE MASSY STORES WESTMOORINGS", 60, 900), ("ABM WITHDRAWAL REPUBLIC BANK PARK ST", 100, 1500),
            ("CHEQUE", 250, 3500), ("T&TEC BILL PAYMENT ONLINE", 180, 620), ("WASA BILL PAYMENT ONLINE", 90, 260),
            ("POS PURCHASE PRICESMART CHAGUANAS", 150, 1600), ("SERVICE CHARGE", 12, 12), ("STAMP DUTY", 1, 1)]
    cr = [("SALARY CREDIT NATIONAL GAS COMPANY", 11000, 15000), ("TRANSFER FROM 180-556712-003", 200, 2500), ("CASH DEPOSIT", 300, 2000)]
    txs = make_txns(rng, start, end, 40 if pages else n, pool, cr)
    cb = running(txs, ob)
    chq = [100231]

    def extra(t, r):
        if t["desc"] == "CHEQUE":
            r["chq"] = str(chq[0]); chq[0] += 1

    dd = lambda d: "%02d-%s-%02d" % (d.day, MON[d.month - 1], d.year % 100)
    rows = table_rows(txs, 40, dd, fmt, fmt, "wd", "dep", extra)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 45, "Republic Bank", 20, True); doc.t(40, H - 57, "REPUBLIC BANK LIMITED", 7.5)
        doc.t(W - 40, H - 40, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(W - 40, H - 52, "PARK STREET BRANCH, PORT OF SPAIN", 7.5, align="r")
        doc.t(W - 40, H - 63, "PAGE %d OF %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 84, "MR. RAJESH MAHARAJ", 8); doc.t(40, H - 95, "14 CIPRIANI BOULEVARD", 8); doc.t(40, H - 106, "NEWTOWN, PORT OF SPAIN", 8)
            doc.t(40, H - 117, "TRINIDAD AND TOBAGO, W.I.", 8)
        doc.t(330, H - 84, "ACCOUNT NUMBER:  160-482913-501", 8, True)
        doc.t(330, H - 95, "ACCOUNT TYPE:  PREMIUM CHEQUING (TTD)", 7.5)
        doc.t(330, H - 106, "STATEMENT PERIOD:  %s TO %s" % (dd(start), dd(end)), 7.5)
        return H - 140

    cols = [("Date", 40, "l", "d"), ("Particulars", 90, "l", "desc"), ("Cheque No.", 305, "l", "chq"), ("Withdrawals", 430, "r", "wd"),
            ("Deposits", 495, "r", "dep"), ("Balance", 565, "r", "b")]

    def top(doc, y):
        doc.t(40, y, dd(start), 8); doc.t(90, y, "BALANCE B/F", 8); doc.t(565, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        dr, crs = sums(txs)
        y -= 4; doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(90, y - 2, "CLOSING BALANCE", 8, True); doc.t(430, y - 2, fmt(dr), 8, True, "r"); doc.t(495, y - 2, fmt(crs), 8, True, "r")
        doc.t(565, y - 2, fmt(cb), 8, True, "r")
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 46, "Republic Bank Limited, 9-17 Park Street, Port of Spain, Trinidad and Tobago. Tel: (868) 625-4411. www.republictt.com", 5.5)
        doc.t(40, 38, "Please examine this statement carefully. Any discrepancy should be reported within 15 days of the statement date.", 5.5)

    # a brought-forward balance is the balance before the page's first row
    def cf2(doc, y, r, kind):
        v = r["_bal"] if kind == "cf" else r["_bal"] - r["_amt"]
        doc.t(90, y, "BALANCE C/F" if kind == "cf" else "BALANCE B/F", 8); doc.t(565, y, fmt(v), 8, align="r")
        return y - 13

    for t, r in zip(txs, rows): r["_amt"] = t["amount"]
    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=(30 if pages else 46), top_rows=[top],
           bottom=bottom, cf=cf2)
    write(stem, "hz_tt_republic", "****3501", "TTD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 BROU (Uruguay)
def brou(stem, seed, n=18, usd=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 7, 1), dt.date(2025, 7, 31)
    ob = D("2184.50") if usd else D("48215.60")
    pool = [("COMPRA TARJETA DEBITO TIENDA INGLESA POCITOS", 400, 6000), ("RETIRO CAJERO RED BROU 18 DE JULIO", 1000, 8000),
            ("DEBITO AUTOMATICO UTE", 1800, 4200), ("DEBITO AUTOMATICO ANTEL", 900, 2400), ("TRANSFERENCIA ENVIADA A SANTANDER", 2000, 15000),
            ("COMPRA TARJETA DEBITO FARMASHOP", 200, 1800), ("COMISION MANTENIMIENTO CUENTA", 190, 190)]
    cr = [("ACREDITACION DE SUELDO ADMINISTRACION NACIONAL DE PUERTOS", 52000, 68000), ("TRANSFERENCIA RECIBIDA DE ITAU", 1500, 9000)]
    if usd:
        pool = [(a, lo / 40, hi / 40) for a, lo, hi in pool if "UTE" not in a and "ANTEL" not in a]
        cr = [("TRANSFERENCIA RECIBIDA DEL EXTERIOR WISE EUROPE SA", 300, 1400), ("DEPOSITO EN EFECTIVO SUCURSAL CIUDAD VIEJA", 100, 600)]
    txs = make_txns(rng, start, end, 40 if pages else n, pool, cr)
    cb = running(txs, ob)
    m = lambda v: fmt(v, ".", ",")

    def extra(t, r):
        r["ref"] = str(rng.randint(10000000, 99999999))

    rows = table_rows(txs, 42, lambda d: d.strftime("%d/%m/%Y"), m, m, extra=extra)
    dr, crs = sums(txs)
    sym = "U$S" if usd else "$"

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 45, "BROU", 22, True); doc.t(40, H - 57, "Banco de la República Oriental del Uruguay", 7.5)
        doc.t(W - 40, H - 40, "ESTADO DE CUENTA", 10, True, "r")
        doc.t(W - 40, H - 52, "Caja de Ahorro %s" % sym, 8, align="r")
        doc.t(W - 40, H - 63, "Hoja %d de %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 84, "MARTINA SOSA FERREIRA", 8); doc.t(40, H - 95, "AV. BRASIL 2580 APTO 702", 8); doc.t(40, H - 106, "11300 MONTEVIDEO", 8)
        doc.t(330, H - 84, "Cuenta: 001584392-0%s" % ("0002" if usd else "0001"), 8, True)
        doc.t(330, H - 95, "Moneda: %s" % sym, 7.5)
        doc.t(330, H - 106, "Período: %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 7.5)
        doc.t(330, H - 117, "Sucursal: 085 Pocitos", 7.5)
        return H - 140

    cols = [("Fecha", 40, "l", "d"), ("Concepto", 95, "l", "desc"), ("Referencia", 310, "l", "ref"), ("Débito", 430, "r", "dr"),
            ("Crédito", 495, "r", "cr"), ("Saldo", 565, "r", "b")]

    def top(doc, y):
        doc.t(95, y, "Saldo anterior", 8); doc.t(565, y, m(ob), 8, align="r")
        return y - 13

    def cf(doc, y, r, kind):
        v = r["_bal"] if kind == "cf" else r["_bal"] - r["_amt"]
        doc.t(95, y, "Saldo a transportar" if kind == "cf" else "Saldo transportado", 8); doc.t(565, y, m(v), 8, align="r")
        return y - 13

    def bottom(doc, y):
        y -= 4; doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(95, y - 2, "Saldo final", 8, True); doc.t(565, y - 2, m(cb), 8, True, "r")
        doc.t(95, y - 16, "Total débitos %s %s     Total créditos %s %s" % (sym, m(dr), sym, m(crs)), 7.5)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 46, "BROU - Casa Central: Cerrito 351, Montevideo. Teléfono 1896. www.brou.com.uy", 5.5)
        doc.t(40, 38, "Dispone de 30 días a partir de la recepción para formular observaciones a este estado de cuenta.", 5.5)

    for t, r in zip(txs, rows): r["_amt"] = t["amount"]
    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=(30 if pages else 46), top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "hz_uy_brou", "****0002" if usd else "****0001", "USD" if usd else "UYU", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Banreservas (Dominican Republic)
def banreservas(stem, seed, n=18, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("25430.18")
    pool = [("COMPRA POS SUPERMERCADOS NACIONAL", 600, 9000), ("RETIRO CAJERO AUTOMATICO BANRESERVAS", 1000, 10000),
            ("PAGO EDESUR DOMINICANA", 1200, 4500), ("PAGO CLARO DOMINICANA", 900, 2600), ("TRANSFERENCIA LBTR A BANCO POPULAR", 3000, 20000),
            ("IMPUESTO DGII 0.15%", 5, 60), ("CARGO MANEJO DE CUENTA", 150, 150)]
    cr = [("DEPOSITO NOMINA MINISTERIO DE EDUCACION", 38000, 52000), ("TRANSFERENCIA RECIBIDA TUBANCO", 800, 6000)]
    txs = make_txns(rng, start, end, 40 if pages else n, pool, cr)
    cb = running(txs, ob)
    rows = table_rows(txs, 48, lambda d: d.strftime("%d/%m/%Y"), fmt, fmt)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 45, "Banreservas", 20, True); doc.t(40, H - 57, "Banco de Reservas de la República Dominicana", 7.5)
        doc.t(W - 40, H - 40, "ESTADO DE CUENTA DE AHORROS", 10, True, "r")
        doc.t(W - 40, H - 52, "Del %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 7.5, align="r")
        doc.t(W - 40, H - 63, "Página %d de %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 80, "Cuenta No. 960-221847-3   (continuación)", 7.5)
            return H - 104
        doc.t(40, H - 84, "ANA JULIA PERALTA DE LA CRUZ", 8); doc.t(40, H - 95, "C/ DUARTE NO. 45, ENSANCHE LUPERON", 8)
        doc.t(40, H - 106, "SANTO DOMINGO, D.N.", 8)
        doc.t(40, H - 124, "Cuenta No. 960-221847-3", 8, True); doc.t(40, H - 135, "Moneda: RD$ Pesos Dominicanos", 7.5)
        doc.c.rect(330, H - 160, 242, 80)
        doc.t(338, H - 90, "RESUMEN DEL PERÍODO", 8, True)
        S = [("Balance inicial", "RD$ " + fmt(ob)), ("Total débitos", "RD$ " + fmt(dr)), ("Total créditos", "RD$ " + fmt(crs)),
             ("Balance final", "RD$ " + fmt(cb))]
        for i, (a, b) in enumerate(S):
            doc.t(338, H - 104 - 12 * i, a, 7.5, a == "Balance final"); doc.t(565, H - 104 - 12 * i, b, 7.5, a == "Balance final", "r")
        doc.t(40, H - 180, "DETALLE DE TRANSACCIONES", 10, True)
        return H - 198

    cols = [("Fecha", 40, "l", "d"), ("Descripción", 100, "l", "desc"), ("Débito", 420, "r", "dr"), ("Crédito", 495, "r", "cr"),
            ("Balance", 565, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 46, "Banreservas, Av. Winston Churchill esq. Porfirio Herrera, Santo Domingo. Tel. 809-960-2121. www.banreservas.com", 5.5)
        doc.t(40, 38, "Depósitos asegurados según la Ley Monetaria y Financiera 183-02. Reporte cualquier diferencia en un plazo de 30 días.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=(30 if pages else 44))
    write(stem, "hz_do_banreservas", "****8473", "DOP", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 Banco General (Panamá)
def bgeneral(stem, seed, n=18, zero=False, longdesc=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 1, 1), dt.date(2025, 1, 31)
    ob = D("5218.44")
    pool = [("COMPRA CLAVE SUPER 99 VIA ESPAÑA", 12, 180), ("RETIRO CAJERO CLAVE BANCO GENERAL MARBELLA", 20, 500),
            ("PAGO ENSA ELECTRICIDAD BANCA EN LINEA", 60, 210), ("PAGO CABLE & WIRELESS PANAMA", 30, 90), ("ACH ENVIADO A BANISTMO", 50, 900),
            ("COMPRA VISA DEBITO RIBA SMITH COSTA DEL ESTE", 20, 260), ("YAPPY ENVIADO A LUIS GONZALEZ", 5, 80)]
    cr = [("ACH RECIBIDO PLANILLA COPA AIRLINES", 1900, 2600), ("YAPPY RECIBIDO DE CARMEN ORTEGA", 10, 150)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if zero:
        txs.insert(6, {"date": txs[6]["date"], "desc": "CARGO MANEJO DE CUENTA EXONERADO", "amount": D("0"), "zero_debit": True})
        txs.append({"date": end, "desc": "IMPUESTO ITBMS SOBRE CARGOS", "amount": D("0"), "zero_debit": True})
    if longdesc:
        txs[3]["desc"] = "TRANSFERENCIA INTERNACIONAL ENVIADA SWIFT BENEFICIARIO ALMACENES TROPICALES SA MIAMI FL REF %d" % rng.randint(10**7, 10**8)
    cb = running(txs, ob)

    def extra(t, r):
        r["ref"] = str(rng.randint(100000, 999999))

    dd = lambda d: "%02d-%s-%02d" % (d.day, MES[d.month - 1], d.year % 100)
    rows = table_rows(txs, 38, dd, fmt, fmt, "ret", "dep", extra)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 45, "Banco General", 20, True)
        doc.t(W - 40, H - 40, "ESTADO DE CUENTA", 10, True, "r")
        doc.t(W - 40, H - 52, "Cuenta de Ahorros", 7.5, align="r")
        doc.t(W - 40, H - 63, "Página %d de %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 84, "ROBERTO ANTONIO CHEN DE LEON", 8); doc.t(40, H - 95, "PH VISTA MAR, TORRE B, APTO 18C", 8)
        doc.t(40, H - 106, "PUNTA PACIFICA, PANAMA", 8)
        doc.t(330, H - 84, "Número de cuenta: 04-72-98-123456-7", 8, True)
        doc.t(330, H - 95, "Período: %s al %s" % (dd(start), dd(end)), 7.5)
        doc.c.rect(330, H - 170, 242, 64)
        S = [("Saldo anterior", fmt(ob)), ("(+) Depósitos", fmt(crs)), ("(-) Retiros", fmt(dr)), ("Saldo actual", fmt(cb))]
        for i, (a, b) in enumerate(S):
            doc.t(338, H - 118 - 12 * i, a, 7.5); doc.t(565, H - 118 - 12 * i, b, 7.5, align="r")
        return H - 196

    cols = [("Fecha", 40, "l", "d"), ("Transacción", 95, "l", "desc"), ("Referencia", 300, "l", "ref"), ("Retiros", 430, "r", "ret"),
            ("Depósitos", 495, "r", "dep"), ("Saldo", 565, "r", "b")]

    def top(doc, y):
        doc.t(40, y, dd(start), 8); doc.t(95, y, "SALDO ANTERIOR", 8); doc.t(565, y, fmt(ob), 8, align="r")
        return y - 13

    def footer(doc, p, np_):
        doc.t(40, 46, "Banco General, S.A. Torre Banco General, Calle Aquilino de la Guardia, Ciudad de Panamá. Banca en línea: www.bgeneral.com", 5.5)
        doc.t(40, 38, "Si no recibimos observaciones dentro de los 30 días siguientes, daremos por aceptado este estado de cuenta.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=46, top_rows=[top])
    write(stem, "hz_pa_bgeneral", "****4567", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Scotiabank Jamaica
def scotia_jm(stem, seed, n=18, od=False, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("18250.00") if od else D("186540.25")
    pool = [("POS PURCHASE HI-LO FOOD STORES LIGUANEA", 2500, 18000), ("ABM WITHDRAWAL SCOTIABANK NEW KINGSTON", 5000, 40000),
            ("JPS BILL PAYMENT ONLINE", 9000, 24000), ("NWC BILL PAYMENT ONLINE", 3500, 9000), ("FLOW JAMAICA PREAUTHORISED DEBIT", 6500, 6500),
            ("THIRD PARTY TRANSFER TO NCB 354-778-129", 5000, 60000), ("GCT ON SERVICE FEES", 49.5, 49.5), ("MONTHLY SERVICE FEE", 330, 330)]
    cr = [("PAYROLL DEPOSIT UNIVERSITY OF THE WEST INDIES", 210000, 290000), ("TRANSFER FROM JN BANK", 5000, 30000)]
    if od:
        pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
        cr = [("TRANSFER FROM JN BANK", 5000, 30000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if fx:
        for i, (m, usd, rate) in zip((3, 8, 13), (("AMAZON MKTPLACE PMTS WA", "45.99", "157.2300"), ("NETFLIX.COM LOS GATOS CA", "15.49", "157.4100"),
                                                  ("AIRBNB * HMQ4KX2 SAN FRANCISCO", "312.60", "156.9800"))):
            txs[i]["desc"] = "POS PURCHASE %s USD %s @ %s" % (m, usd, rate)
            txs[i]["amount"] = -(D(usd) * D(rate)).quantize(D("0.01"))
        txs.insert(9, {"date": txs[8]["date"], "desc": "FOREIGN TRANSACTION FEE 2.5%", "amount": -(D("15.49") * D("157.4100") * D("0.025")).quantize(D("0.01"))})
    cb = running(txs, ob)
    bal = lambda v: ("(%s)" % fmt(-v)) if v < 0 else fmt(v)
    rows = table_rows(txs, 46, lambda d: d.strftime("%d/%m/%Y"), fmt, bal)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 45, "Scotiabank", 20, True); doc.t(40, H - 57, "The Bank of Nova Scotia Jamaica Limited", 7.5)
        doc.t(W - 40, H - 40, "Statement of Account", 10, True, "r")
        doc.t(W - 40, H - 52, "Page %d of %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 84, "MS. KERRY-ANN CAMPBELL", 8); doc.t(40, H - 95, "12 HOPE ROAD", 8); doc.t(40, H - 106, "KINGSTON 10", 8)
        doc.t(40, H - 117, "JAMAICA W.I.", 8)
        doc.t(330, H - 84, "Chequing Account  J$", 8, True)
        doc.t(330, H - 95, "Account Number: 50575 001234567", 7.5)
        doc.t(330, H - 106, "Statement Period: %s to %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 7.5)
        doc.t(330, H - 117, "Branch: New Kingston (50575)", 7.5)
        return H - 146

    cols = [("Posting Date", 40, "l", "d"), ("Description", 110, "l", "desc"), ("Debit (J$)", 420, "r", "dr"), ("Credit (J$)", 495, "r", "cr"),
            ("Balance (J$)", 565, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(110, y, "Opening Balance", 8); doc.t(565, y, bal(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, end.strftime("%d/%m/%Y"), 8); doc.t(110, y - 2, "Closing Balance", 8); doc.t(565, y - 2, bal(cb), 8, align="r")
        doc.t(40, y - 26, "Total Debits  J$%s     Total Credits  J$%s" % (fmt(dr), fmt(crs)), 7.5)
        if cb < 0:
            doc.t(40, y - 38, "Your account is overdrawn. Overdraft interest is charged at 28.5% per annum on the daily overdrawn balance.", 7)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 46, "The Bank of Nova Scotia Jamaica Limited, Scotiabank Centre, Duke & Port Royal Streets, Kingston. 1-888-4-SCOTIA", 5.5)
        doc.t(40, 38, "Deposits are insured by the Jamaica Deposit Insurance Corporation up to J$1,200,000 per depositor per institution.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=46, top_rows=[top], bottom=bottom)
    write(stem, "hz_jm_scotiabank", "****4567", "JMD", start, end, ob, cb, txs)


popular("hz_pr_popular", 1801)
popular("hz_pr_popular__wrap", 1802, longdesc=True)
popular("hz_pr_popular__pages", 1803, n=40, pages=True)
popular("hz_pr_popular__sections", 1804, sections=True)
republic("hz_tt_republic", 1811)
republic("hz_tt_republic__pages", 1812, pages=True)
brou("hz_uy_brou", 1821)
brou("hz_uy_brou__usd", 1822, usd=True)
brou("hz_uy_brou__pages", 1823, pages=True)
banreservas("hz_do_banreservas", 1831)
banreservas("hz_do_banreservas__pages", 1832, pages=True)
bgeneral("hz_pa_bgeneral", 1841)
bgeneral("hz_pa_bgeneral__zero", 1842, zero=True)
bgeneral("hz_pa_bgeneral__wrap", 1843, longdesc=True)
scotia_jm("hz_jm_scotiabank", 1851)
scotia_jm("hz_jm_scotiabank__od", 1852, od=True)
scotia_jm("hz_jm_scotiabank__fx", 1853, fx=True)
