#!/usr/bin/python3
"""Generator hx: 5 untuned Latin American layouts x (base + 1 variant), exact truth. Deterministic.

Banorte (Mexico: Depósitos / Retiros columns, "02-ENE-25" dates, SALDO ANTERIOR / SALDO AL CORTE), BAC Credomatic
(Costa Rica card: one amount column in colones and one in dólares, payments with a minus), Banco Industrial
(Guatemala: "Q 1,234.56" amounts, a Documento column that is not description), Produbanco (Ecuador: one signed Valor
column, a Referencia column, opening and closing only in the summary box), BCP Bolivia ("Bs", "1.234,56" amounts,
signed Monto, Nro. Operación not description).
"""
import datetime as dt
import json
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import LETTER
from corpus_kit import C2, fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hx/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
MES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def refs(rng, txs):
    for t in txs:
        t["ref"] = str(rng.randint(1000000, 9999999))


# ---------------------------------------------------------------- 1 Banorte (Mexico, Enlace / Cuenta Nómina)
def banorte(stem, seed, n=22, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 1, 1), dt.date(2025, 1, 31)
    ob = D("38452.37") if pages else D("18452.37")
    pool = [("COMPRA ORDEN DE PAGO SPEI REF {r} A CUENTA BBVA MEXICO", 500, 6000), ("PAGO TARJETA DE CREDITO BANORTE", 1500, 8000),
            ("COMPRA CON TARJETA OXXO INSURGENTES CDMX", 30, 400), ("RETIRO CAJERO AUTOMATICO BANORTE SUC 0456", 500, 3000),
            ("DOMICILIACION CFE SUMINISTRADOR DE SERVICIOS BASICOS", 250, 1400), ("COMPRA CON TARJETA WALMART SUPERCENTER COYOACAN", 200, 2600),
            ("COMISION POR MANEJO DE CUENTA", 95, 95), ("IVA COMISION POR MANEJO DE CUENTA", 15.20, 15.20)]
    cr = [("DEPOSITO DE NOMINA GRUPO INDUSTRIAL DEL NORTE SA DE CV", 14000, 19000), ("SPEI RECIBIDO DE SANTANDER REF {r}", 200, 3500)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    d_ = lambda d: "%02d-%s-%02d" % (d.day, MES[d.month - 1], d.year % 100)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 40)
        r = {"d": d_(t["date"]), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["ret" if t["amount"] < 0 else "dep"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BANORTE", 22, True)
        doc.t(doc.W - 40, H - 38, "ESTADO DE CUENTA", 10, True, "r")
        doc.t(doc.W - 40, H - 50, "CUENTA ENLACE PERSONAL", 8, align="r")
        doc.t(doc.W - 40, H - 61, "Página %d de %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 78, "MARIA FERNANDA LOPEZ GARZA", 8); doc.t(40, H - 89, "AV. CONSTITUCION 2050 INT 7", 8)
            doc.t(40, H - 100, "COL. CENTRO C.P. 64000", 8); doc.t(40, H - 111, "MONTERREY, N.L.", 8)
            doc.t(330, H - 80, "No. de Cuenta: 0612847390", 8); doc.t(330, H - 91, "CLABE: 072580006128473904", 8)
            doc.t(330, H - 102, "Periodo: Del 01/ENE/2025 al 31/ENE/2025", 8); doc.t(330, H - 113, "Fecha de corte: 31/ENE/2025", 8)
            doc.c.rect(330, H - 190, 242, 66)
            doc.t(338, H - 134, "RESUMEN DEL PERIODO", 7.5, True)
            S = [("Saldo anterior", "$" + fmt(ob)), ("(+) Total de depósitos", "$" + fmt(crs)), ("(-) Total de retiros", "$" + fmt(dr)),
                 ("Saldo al corte", "$" + fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 146 - 10 * i, a, 7.5); doc.t(565, H - 146 - 10 * i, b, 7.5, align="r")
            doc.t(40, H - 210, "DETALLE DE MOVIMIENTOS (PESOS)", 9, True)
            return H - 228
        doc.t(40, H - 90, "DETALLE DE MOVIMIENTOS (PESOS)", 9, True)
        return H - 108

    cols = [("FECHA", 40, "l", "d"), ("DESCRIPCIÓN / ESTABLECIMIENTO", 92, "l", "desc"), ("MONTO DEL\nDEPÓSITO", 400, "r", "dep"),
            ("MONTO DEL\nRETIRO", 482, "r", "ret"), ("SALDO", 565, "r", "b")]

    def top(doc, y):
        doc.t(40, y, d_(start), 8); doc.t(92, y, "SALDO ANTERIOR", 8); doc.t(565, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(92, y - 2, "SALDO AL CORTE", 8, True); doc.t(565, y - 2, fmt(cb), 8, True, "r")
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 40, "Banco Mercantil del Norte, S.A., Institución de Banca Múltiple, Grupo Financiero Banorte. Av. Revolución 3000, Monterrey, N.L.", 5.5)
        doc.t(40, 32, "Unidad Especializada de Atención a Usuarios (UNE): 81 8318 5003. Consulte costos y comisiones en www.banorte.com. GAT Nominal 0.00%.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=(18 if pages else 44), top_rows=[top],
           bottom=bottom)
    write(stem, "hx_mx_banorte", "****7390", "MXN", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 BAC Credomatic (Costa Rica, card, CRC + USD columns)
def bac(stem, seed, n=18, credit_usd=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 6), dt.date(2025, 4, 5)
    prev = {"CRC": D("184520.75"), "USD": D("-35.40") if credit_usd else D("312.18")}
    pool = [("AUTOMERCADO ESCAZU", "CRC", 8000, 65000), ("UBER *TRIP HELP.UBER.COM", "CRC", 2500, 12000), ("AMAZON MKTPLACE PMTS AMZN.COM", "USD", 12, 180),
            ("GASOLINERA UNO LA SABANA", "CRC", 15000, 40000), ("NETFLIX.COM LOS GATOS", "USD", 9.99, 15.99), ("SODA TIPICA LA CASONA", "CRC", 3500, 9800),
            ("SPIRIT AIRLINES MIRAMAR FL", "USD", 90, 420)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days - 3))
        desc, cur, lo, hi = rng.choice(pool)
        if credit_usd and cur == "USD": cur = "CRC"; lo, hi = 5000, 60000
        txs.append({"date": d, "desc": desc, "cur": cur, "amount": -(D(rng.randint(int(lo * 100), int(hi * 100))) / 100)})
    txs.append({"date": start + dt.timedelta(days=12), "desc": "SU PAGO RECIBIDO GRACIAS", "cur": "CRC", "amount": D("150000.00")})
    if not credit_usd:
        txs.append({"date": start + dt.timedelta(days=12), "desc": "SU PAGO RECIBIDO GRACIAS", "cur": "USD", "amount": D("250.00")})
    txs.sort(key=lambda t: t["date"])
    refs(rng, txs)
    bal = dict(prev)
    for t in txs:
        bal[t["cur"]] -= t["amount"]
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        r = {"d": "%02d/%02d/%04d" % (t["date"].day, t["date"].month, t["date"].year), "ref": t["ref"], "desc": t["desc_lines"]}
        r["c" if t["cur"] == "CRC" else "u"] = fmt(-t["amount"])
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BAC Credomatic", 18, True)
        doc.t(doc.W - 40, H - 38, "ESTADO DE CUENTA TARJETA DE CRÉDITO", 9, True, "r")
        doc.t(doc.W - 40, H - 50, "Página %d de %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 78, "JOSE PABLO VARGAS SOLANO", 8); doc.t(40, H - 89, "SAN RAFAEL DE ESCAZU, 200 M NORTE", 8); doc.t(40, H - 100, "SAN JOSE, COSTA RICA", 8)
            doc.t(330, H - 78, "VISA PLATINUM   Tarjeta: 4763-XXXX-XXXX-2281", 8)
            doc.t(330, H - 89, "Fecha de corte: %s" % end.strftime("%d/%m/%Y"), 8)
            doc.t(330, H - 100, "Fecha límite de pago: 28/04/2025", 8)
            doc.c.rect(330, H - 196, 242, 84)
            doc.t(475, H - 124, "COLONES", 7.5, True, "r"); doc.t(562, H - 124, "DÓLARES", 7.5, True, "r")
            S = [("Saldo anterior", prev["CRC"], prev["USD"]),
                 ("(-) Pagos", sum(t["amount"] for t in txs if t["amount"] > 0 and t["cur"] == "CRC"), sum(t["amount"] for t in txs if t["amount"] > 0 and t["cur"] == "USD")),
                 ("(+) Compras", -sum(t["amount"] for t in txs if t["amount"] < 0 and t["cur"] == "CRC"), -sum(t["amount"] for t in txs if t["amount"] < 0 and t["cur"] == "USD")),
                 ("Saldo al corte", bal["CRC"], bal["USD"]), ("Pago mínimo", (bal["CRC"] * D("0.05")).quantize(C2), max(D(0), (bal["USD"] * D("0.05")).quantize(C2)))]
            for i, (a, c, u) in enumerate(S):
                doc.t(338, H - 136 - 11 * i, a, 7.5); doc.t(475, H - 136 - 11 * i, "₡" + fmt(c), 7.5, align="r")
                doc.t(562, H - 136 - 11 * i, "$" + fmt(u), 7.5, align="r")
            doc.t(40, H - 214, "DETALLE DE TRANSACCIONES", 9, True)
            return H - 232
        return H - 90

    cols = [("FECHA", 40, "l", "d"), ("REFERENCIA", 100, "l", "ref"), ("CONCEPTO", 170, "l", "desc"), ("MONTO EN\nCOLONES", 470, "r", "c"),
            ("MONTO EN\nDÓLARES", 565, "r", "u")]

    def bottom(doc, y):
        doc.t(170, y - 2, "SALDO AL CORTE", 8, True); doc.t(470, y - 2, fmt(bal["CRC"]), 8, True, "r"); doc.t(565, y - 2, fmt(bal["USD"]), 8, True, "r")
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 40, "BAC Credomatic. Centro de Atención 24 horas: (506) 2295-9898. Tasa de interés corriente anual en colones 46.00%, en dólares 32.00%.", 5.5)
        doc.t(40, 32, "Los saldos negativos representan saldo a favor del tarjetahabiente. www.baccredomatic.com", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=44, bottom=bottom)
    tr = [{"date": t["date"].isoformat(), "description": t["desc"], "amount": str(t["amount"].quantize(C2))} for t in txs]
    secs = [{"account": "****2281", "currency": c, "opening_balance": str(-prev[c]), "closing_balance": str(-bal[c]),
             "rows": sum(1 for t in txs if t["cur"] == c)} for c in ("CRC", "USD")]
    # the page prints its Fecha de corte only: no period start (README's truth conventions)
    j = {"file": stem + ".pdf", "family": "hx_cr_bac_card", "kind": "statement", "account": "****2281", "currency": None,
         "period_start": None, "period_end": end.isoformat(), "opening_balance": None, "closing_balance": None,
         "transactions": tr, "sections": secs}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- 3 Banco Industrial (Guatemala, GTQ)
def bi(stem, seed, n=22, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("2240.55") if od else D("8615.90")
    pool = [("PAGO DE SERVICIO EEGSA ENERGIA ELECTRICA", 180, 650), ("CONSUMO TARJETA DE DEBITO PAIZ ROOSEVELT", 60, 900),
            ("RETIRO ATM 5B ZONA 10 GUATEMALA", 200, 1500), ("TRANSFERENCIA ACH A BANRURAL CTA 3021", 300, 2500),
            ("CHEQUE PAGADO", 400, 3000), ("CARGO POR MANEJO DE CUENTA", 25, 25)]
    if od: pool = [(a, lo * 0.5, hi * 0.6) for a, lo, hi in pool]
    cr = [("DEPOSITO EN EFECTIVO AGENCIA CENTRO", 500, 4000), ("CREDITO POR PLANILLA DISTRIBUIDORA EL SOL SA", 6500, 8200)]
    if od: cr = [("DEPOSITO EN EFECTIVO AGENCIA CENTRO", 200, 900)]
    txs = make_txns(rng, start, end, n, pool, cr)
    refs(rng, txs)
    cb = running(txs, ob)
    q = lambda v: ("-Q " if v < 0 else "Q ") + fmt(abs(v))
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 34)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "doc": t["ref"], "desc": t["desc_lines"], "b": q(t["bal"])}
        r["db" if t["amount"] < 0 else "cr"] = q(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Banco Industrial", 18, True); doc.t(40, H - 57, "Guatemala", 8)
        doc.t(doc.W - 40, H - 38, "ESTADO DE CUENTA MONETARIA", 9, True, "r")
        doc.t(doc.W - 40, H - 50, "Hoja %d de %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "CARLOS ENRIQUE MEJIA RAMIREZ", 8); doc.t(40, H - 91, "12 CALLE 4-55 ZONA 1", 8); doc.t(40, H - 102, "GUATEMALA, GUATEMALA", 8)
            doc.t(330, H - 78, "Cuenta Monetaria No. 021-004518-7", 8)
            doc.t(330, H - 89, "Moneda: QUETZALES", 8)
            doc.t(330, H - 100, "Del %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.c.rect(330, H - 180, 242, 68)
            doc.t(338, H - 124, "RESUMEN", 7.5, True)
            S = [("Saldo inicial", q(ob)), ("Total créditos", q(crs)), ("Total débitos", q(dr)), ("Saldo final", q(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 136 - 10 * i, a, 7.5); doc.t(565, H - 136 - 10 * i, b, 7.5, align="r")
            return H - 204
        return H - 86

    cols = [("Fecha", 40, "l", "d"), ("Documento", 95, "l", "doc"), ("Descripción", 150, "l", "desc"), ("Débito", 400, "r", "db"),
            ("Crédito", 482, "r", "cr"), ("Saldo", 565, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(150, y, "SALDO INICIAL", 8); doc.t(565, y, q(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(150, y - 2, "SALDO FINAL", 8, True); doc.t(565, y - 2, q(cb), 8, True, "r")
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 40, "Banco Industrial, S.A. 7a. Avenida 5-10 Zona 4, Centro Financiero Torre I, Guatemala. Bi en Línea: www.corporacionbi.com", 5.5)
        doc.t(40, 32, "Depósitos garantizados por el Fondo para la Protección del Ahorro (FOPA) hasta Q20,000.00 según la Ley de Bancos y Grupos Financieros.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=44, top_rows=[top], bottom=bottom)
    write(stem, "hx_gt_bancoindustrial", "****5187", "GTQ", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Produbanco (Ecuador, USD)
def produbanco(stem, seed, n=22, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 7, 1), dt.date(2025, 7, 31)
    ob = D("3127.44")
    pool = [("PAGO TARJETA DE CREDITO VISA PRODUBANCO", 150, 900), ("CONSUMO DEBITO SUPERMAXI EL BATAN QUITO", 12, 180),
            ("RETIRO CAJERO RED BANRED", 20, 300), ("TRANSFERENCIA INTERBANCARIA SPI A BANCO PICHINCHA", 40, 800),
            ("PAGO SERVICIO EEQ EMPRESA ELECTRICA QUITO", 25, 90), ("COSTO EMISION ESTADO DE CUENTA", 0.45, 0.45)]
    cr = [("ACREDITACION ROL DE PAGOS CORPORACION FAVORITA", 1400, 2100), ("TRANSFERENCIA RECIBIDA DE DIEGO ANDRADE", 15, 220)]
    txs = make_txns(rng, start, end, n, pool, cr)
    refs(rng, txs)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 40)
        rows.append({"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "ref": t["ref"], "v": fmt(t["amount"]), "b": fmt(t["bal"])})
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "PRODUBANCO", 18, True); doc.t(40, H - 57, "Grupo Promerica", 7)
        doc.t(doc.W - 40, H - 38, "Estado de Cuenta de Ahorros", 9, True, "r")
        doc.t(doc.W - 40, H - 50, "Página %d / %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "ANDREA LUCIA PAREDES CEVALLOS", 8); doc.t(40, H - 91, "AV. REPUBLICA DE EL SALVADOR N35-126", 8); doc.t(40, H - 102, "QUITO - ECUADOR", 8)
            doc.t(330, H - 78, "Cuenta de Ahorros: 12004587321", 8)
            doc.t(330, H - 89, "Período: %d de %s al %d de %s de %d" % (start.day, MESES[start.month - 1], end.day, MESES[end.month - 1], end.year), 8)
            doc.c.rect(330, H - 180, 242, 78)
            doc.t(338, H - 114, "Resumen de su cuenta (USD)", 7.5, True)
            S = [("Saldo Inicial", fmt(ob)), ("(+) Créditos", fmt(crs)), ("(-) Débitos", fmt(dr)), ("Saldo Final", fmt(cb)),
                 ("Saldo Disponible", fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 126 - 10 * i, a, 7.5); doc.t(565, H - 126 - 10 * i, b, 7.5, align="r")
            doc.t(40, H - 200, "Detalle de Movimientos", 9, True)
            return H - 218
        doc.t(40, H - 80, "Detalle de Movimientos (continuación)", 9, True)
        return H - 98

    cols = [("Fecha", 40, "l", "d"), ("Concepto", 100, "l", "desc"), ("Referencia", 360, "l", "ref"), ("Valor", 490, "r", "v"),
            ("Saldo", 565, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 40, "Produbanco - Grupo Promerica. Av. Amazonas N35-211 y Japón, Quito. Contact Center 1700 123 123. www.produbanco.com.ec", 5.5)
        doc.t(40, 32, "Sus depósitos están protegidos por la COSEDE hasta el monto establecido por la Junta de Política y Regulación Financiera.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=(18 if pages else 44))
    write(stem, "hx_ec_produbanco", "****7321", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 BCP Bolivia (BOB)
def bcp(stem, seed, n=22, longdesc=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 8, 1), dt.date(2025, 8, 31)
    ob = D("12240.80")
    pool = [("PAGO QR SIMPLE HIPERMAXI EQUIPETROL", 40, 650), ("RETIRO ATM BCP AV. BANZER", 100, 1500), ("PAGO SERVICIO CRE ENERGIA", 120, 480),
            ("TRANSFERENCIA A BANCO UNION CTA 1000{r}", 200, 2500), ("PAGO SERVICIO ENTEL MOVIL", 50, 200)]
    if longdesc:
        pool.append(("TRANSFERENCIA INTERBANCARIA ACH A BANCO MERCANTIL SANTA CRUZ BENEFICIARIO LUIS ALBERTO ROCA SUAREZ GLOSA ALQUILER DEPARTAMENTO", 1800, 2400))
    cr = [("ABONO DE HABERES EMPRESA SOFTLAB SRL", 7000, 9500), ("TRANSFERENCIA RECIBIDA QR DE MARIA TERRAZAS", 30, 400)]
    txs = make_txns(rng, start, end, n, pool, cr)
    refs(rng, txs)
    cb = running(txs, ob)
    bo = lambda v: fmt(v, th=".", dec=",")
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 42)
        rows.append({"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "op": t["ref"], "m": bo(t["amount"]), "b": bo(t["bal"])})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BCP", 22, True); doc.t(90, H - 45, "Banco de Crédito de Bolivia", 9)
        doc.t(doc.W - 40, H - 38, "EXTRACTO DE CUENTA", 9, True, "r")
        doc.t(doc.W - 40, H - 50, "Pág. %d de %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "RODRIGO ALEJANDRO ZAMBRANA VACA", 8); doc.t(40, H - 91, "CALLE LAS PALMAS 1450, EQUIPETROL", 8); doc.t(40, H - 102, "SANTA CRUZ DE LA SIERRA", 8)
            doc.t(330, H - 78, "Cuenta de Ahorro Bs: 701-50123456-3-28", 8)
            doc.t(330, H - 89, "Moneda: BOLIVIANOS", 8)
            doc.t(330, H - 100, "Periodo: %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.t(330, H - 118, "SALDO ANTERIOR Bs", 7.5, True); doc.t(565, H - 118, bo(ob), 7.5, True, "r")
            doc.t(330, H - 129, "SALDO ACTUAL Bs", 7.5, True); doc.t(565, H - 129, bo(cb), 7.5, True, "r")
            doc.t(40, H - 150, "MOVIMIENTOS DEL PERIODO", 9, True)
            return H - 168
        return H - 86

    cols = [("Fecha", 40, "l", "d"), ("Descripción", 100, "l", "desc"), ("Nro. Operación", 350, "l", "op"), ("Monto Bs", 490, "r", "m"),
            ("Saldo Bs", 565, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 40, "Banco de Crédito de Bolivia S.A. Calle Colón esq. Mercado No. 1308, La Paz. Banca por Teléfono 800-12-1212. www.bcp.com.bo", 5.5)
        doc.t(40, 32, "Esta entidad es supervisada por ASFI. Los depósitos están protegidos por el Fondo de Protección del Ahorrista conforme a Ley.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), LETTER, header, cols, rows, footer, per_page=44)
    write(stem, "hx_bo_bcp", "****6328", "BOB", start, end, ob, cb, txs)


P = "hx_"
banorte(P + "mx_banorte", 11)
banorte(P + "mx_banorte__2pages", 12, n=30, pages=True)
bac(P + "cr_bac_card", 21)
bac(P + "cr_bac_card__credit_usd", 22, credit_usd=True)
bi(P + "gt_bancoindustrial", 31)
bi(P + "gt_bancoindustrial__overdraft", 32, od=True)
produbanco(P + "ec_produbanco", 41)
produbanco(P + "ec_produbanco__2pages", 42, n=30, pages=True)
bcp(P + "bo_bcp", 51)
bcp(P + "bo_bcp__long", 52, longdesc=True)
print("done")
