#!/usr/bin/python3
"""Generator hm: 6 untuned layouts x (base + 1-2 variants), exact truth. Deterministic.

Citizens Bank (US checking: Balance Calculation box, Deposits & Credits / Debits (ATM/Purchases, Other Debits) sections
of Date / Amount / Description with the amount BEFORE the description, a Daily Balance grid), Banco de Bogotá (Colombia:
FECHA / DESCRIPCIÓN / OFICINA / DOCUMENTO / DÉBITOS / CRÉDITOS / SALDO, SALDO ANTERIOR row, GMF 4x1000 rows), Interbank
(Peru: Fecha de operación / Fecha de proceso / Detalle / Cargo / Abono with "S/ 1,234.56" cells, Saldo inicial/final in a
summary box, no balance column), Bendigo Bank (Australia: Date / Transaction / Withdrawals / Deposits / Balance "CR"/"DR",
Opening/Closing balance rows, two pages), ASB (New Zealand: "05 Jun" dates, Balance brought forward, account
12-3456-0123456-00), Nedbank (South Africa: Tran date / Description / Fees (R) / Debits (R) / Credits (R) / Balance (R),
fees on rows of their own in the Fees column).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from corpus_kit import Doc, fmt, row_truth_writer, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hm/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTHS = "January February March April May June July August September October November December".split()


def money(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def txns(rng, start, end, n, pool, cr, pcr=0.2, first=1, fixed=()):
    """Rows with date, desc (filled), amount; each pool entry (desc, lo, hi[, extra]); fixed: (day offset, desc, amount) rows."""
    out = [{"date": start + dt.timedelta(days=o), "desc": ds, "amount": D(a)} for o, ds, a in fixed]
    days = (end - start).days
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(first, days))
        if rng.random() < pcr: e = rng.choice(cr); sg = 1
        else: e = rng.choice(pool); sg = -1
        t = {"date": d, "desc": e[0].format(r=rng.randint(100000, 999999), s=rng.randint(1000, 9999)), "amount": sg * money(rng, e[1], e[2])}
        if len(e) > 3: t["x"] = e[3]
        out.append(t)
    out.sort(key=lambda t: t["date"])
    return out


def balances(txs, ob):
    b = ob
    for t in txs:
        b += t["amount"]; t["bal"] = b
    return b


class Flow:
    """Records drawing per page, then draws with the page count known (for "Page x of y")."""

    def __init__(self, size, top1, topn, bottom, cont=None):
        self.size = size
        self.top1, self.topn, self.bottom = top1, topn, bottom
        self.pages = [[]]
        self.y = top1
        self.cont = cont

    def t(self, x, s, size=8, bold=False, align="l", dy=0):
        self.pages[-1].append(("t", x, self.y - dy, s, size, bold, align))

    def line(self, x1, x2, dy=0, w=0.4):
        self.pages[-1].append(("l", x1, x2, self.y - dy, w))

    def down(self, h):
        self.y -= h

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()
            return True
        return False

    def newpage(self):
        self.pages.append([])
        self.y = self.topn
        if self.cont: self.cont(self)

    def save(self, path, header, footer):
        doc = Doc(path, self.size)
        np_ = len(self.pages)
        for pi, ops in enumerate(self.pages):
            header(doc, pi + 1, np_)
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align = op
                    doc.t(x, y, s, size, bold, align)
                else:
                    _, x1, x2, y, w = op
                    doc.c.setLineWidth(w); doc.c.line(x1, y, x2, y)
            footer(doc, pi + 1, np_)
            doc.c.showPage()
        doc.c.save()


# ---------------------------------------------------------------- 1 Citizens Bank (US checking, sectioned, amount before description)
def citizens(stem, seed, n=22, pages=False, ob=D("3184.26")):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 14), dt.date(2025, 6, 12)
    atm = [("DBT PURCHASE - {r} STOP & SHOP 0421 PROVIDENCE RI", 12, 160), ("DBT PURCHASE - {r} DUNKIN #343112 CRANSTON RI", 3, 14),
           ("ATM WITHDRAWAL - {r} 1 CITIZENS PLAZA PROVIDENCE RI", 40, 300), ("DBT PURCHASE - {r} CVS/PHARMACY #01872 WARWICK RI", 6, 70),
           ("POS DEBIT - {r} SHELL OIL 57443621 EAST GREENWICH RI", 30, 80)]
    oth = [("NATIONAL GRID US UTILITY PAYMENT {s}", 60, 210), ("VERIZON WIRELESS PAYMENTS {s}", 70, 140),
           ("ONLINE BANKING TRANSFER TO SAVINGS XXXXXX9031", 100, 500), ("CHASE CREDIT CRD EPAY {s}", 150, 900),
           ("ZELLE PAYMENT TO KEVIN MURPHY FOR RENT SHARE JUNE CONF# {r}", 300, 700)]
    if pages:
        atm.append(("DBT PURCHASE - {r} AMZN MKTP US*2K4LP0HX3 AMZN.COM/BILL WA RECURRING SUBSCRIPTION CARD 4417", 9, 90))
    dep = [("ZELLE PAYMENT FROM MARIA LOPEZ CONF# {r}", 20, 150), ("MOBILE DEPOSIT {s}", 50, 600)]
    pay = [(o, "PAYROLL ACME MFG CO DIR DEP %d" % (4410 + o), "2318.45") for o in (2, 16)]
    rows = txns(rng, start, end, n - 2, atm + oth, dep, 0.1, fixed=pay)
    for t in rows:
        t["sec"] = "dep" if t["amount"] > 0 else ("atm" if any(t["desc"][:12] == e[0][:12] for e in atm) else "oth")
        t["desc_lines"] = wrap(t["desc"], 64)
        t["bal"] = None
    deps = [t for t in rows if t["sec"] == "dep"]; atms = [t for t in rows if t["sec"] == "atm"]; oths = [t for t in rows if t["sec"] == "oth"]
    order = deps + atms + oths
    cb = ob + sum(t["amount"] for t in rows)
    dr, crs = sums(rows)
    XD, XA, XT = 50, 150, 170

    def cont(f):
        f.t(40, "TRANSACTION DETAILS (continued)", 9, True); f.down(16)

    f = Flow(LETTER, LETTER[1] - 260, LETTER[1] - 110, 70, cont)
    f.t(40, "TRANSACTION DETAILS", 10, True); f.down(18)

    def colhead():
        f.t(XD, "Date", 7.5, True); f.t(XA, "Amount", 7.5, True, "r"); f.t(XT, "Description", 7.5, True); f.line(40, 572, dy=3); f.down(13)

    def section(title, sub, items):
        f.need(60)
        if title: f.t(40, title, 9, True); f.down(13)
        if sub: f.t(40, sub, 8, True); f.down(12)
        colhead()
        for t in items:
            if f.need(12 * len(t["desc_lines"]) + 2):
                f.t(40, (sub or title) + " (continued)", 8, True); f.down(12); colhead()
            f.t(XD, t["date"].strftime("%m/%d"), 8); f.t(XA, fmt(abs(t["amount"])), 8, align="r")
            for k, l in enumerate(t["desc_lines"]): f.t(XT, l, 8, dy=11 * k)
            f.down(11 * len(t["desc_lines"]) + 2)
        tot = sum(abs(t["amount"]) for t in items)
        f.t(XA, fmt(tot), 8, True, "r"); f.t(XT, "Total " + (sub or title), 8, True); f.down(20)

    section("Deposits & Credits", None, deps)
    f.need(40); f.t(40, "Debits", 9, True); f.down(13)
    section(None, "ATM/Purchases", atms)
    section(None, "Other Debits", oths)
    # Daily balance grid: end of day balances
    days = sorted({t["date"] for t in rows})
    eod = []
    b = ob
    for d in days:
        b += sum(t["amount"] for t in rows if t["date"] == d); eod.append((d, b))
    f.need(40); f.t(40, "Daily Balance", 9, True); f.down(13)
    for k in range(3):
        f.t(50 + 180 * k, "Date", 7.5, True); f.t(170 + 180 * k, "Balance", 7.5, True, "r")
    f.down(12)
    for i in range(0, len(eod), 3):
        f.need(12)
        for k, (d, v) in enumerate(eod[i:i + 3]):
            f.t(50 + 180 * k, d.strftime("%m/%d"), 8); f.t(170 + 180 * k, fmt(v), 8, align="r")
        f.down(11)

    def header(doc, p, np_):
        H = doc.H
        doc.c.setFillColorRGB(0.0, 0.5, 0.4); doc.t(40, H - 48, "Citizens", 22, True); doc.c.setFillGray(0)
        doc.t(572, H - 40, "Clearly Better Checking", 9, True, "r")
        doc.t(572, H - 52, "Statement Period: %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 8, align="r")
        doc.t(572, H - 63, "Account Number: XXXXXX-418-2", 8, align="r")
        doc.t(572, H - 74, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            for i, s in enumerate(["ROBERT J DIAZ", "88 ELMGROVE AVE", "PROVIDENCE RI 02906-4312"]):
                doc.t(50, H - 100 - 11 * i, s, 8)
            doc.c.rect(330, H - 218, 242, 100)
            doc.t(338, H - 130, "Balance Calculation", 9, True)
            S = [("Previous Balance", "", fmt(ob)), ("Checks", "-", "0.00"), ("Debits", "-", fmt(dr)),
                 ("Deposits & Credits", "+", fmt(crs)), ("Current Balance", "=", fmt(cb))]
            for i, (a, o, v) in enumerate(S):
                doc.t(338, H - 145 - 13 * i, a, 8, i == 4); doc.t(490, H - 145 - 13 * i, o, 8); doc.t(565, H - 145 - 13 * i, v, 8, i == 4, "r")
            doc.t(50, H - 160, "Questions? Call 1-800-922-9999", 7)
            doc.t(50, H - 170, "Visit us at citizensbank.com", 7)
            doc.t(50, H - 235, "Get more from your checking: ask about Citizens Quest Checking and Relationship Rates.", 7)
        else:
            doc.t(40, H - 90, "Clearly Better Checking  XXXXXX-418-2", 8, True)

    def footer(doc, p, np_):
        doc.t(40, 38, "Citizens is a brand name of Citizens Bank, N.A. Member FDIC. Equal Housing Lender. Please examine this statement", 5.5)
        doc.t(40, 31, "upon receipt and report any discrepancy promptly. In case of errors or questions about your electronic transfers call 1-800-922-9999.", 5.5)

    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    write(stem, "hm_us_citizens", "****4182", "USD", start, end, ob, cb, order)


# ---------------------------------------------------------------- 2 Banco de Bogotá (Colombia, cuenta de ahorros)
def bogota(stem, seed, n=20, pages=False, wrapped=False, ob=D("4218350.00")):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    of = ["CHAPINERO", "USAQUEN", "PORTAL BANCO", "CENTRO INTERNACIONAL", "SUBA PLAZA IMPERIAL", "BANCA MOVIL"]
    pool = [("COMPRA EN ESTABLECIMIENTO EXITO CALLE 80", 25000, 480000), ("RETIRO CAJERO AUTOMATICO ATH", 50000, 800000),
            ("PAGO PSE CODENSA S.A. E.S.P.", 60000, 320000), ("PAGO PSE ETB TELEFONIA E INTERNET", 70000, 180000),
            ("TRANSFERENCIA A CUENTA BANCOLOMBIA", 100000, 1500000), ("COMPRA EN ESTABLECIMIENTO CRUZ VERDE", 12000, 150000)]
    if wrapped:
        pool.append(("TRANSFERENCIA ENVIADA A CUENTA DE AHORROS BANCO DAVIVIENDA A NOMBRE DE CAROLINA ANDREA MARTINEZ RUIZ POR PAGO ARRIENDO", 900000, 1800000))
    cr = [("TRANSFERENCIA RECIBIDA DE JUAN PABLO GOMEZ", 50000, 600000), ("CONSIGNACION EN EFECTIVO", 100000, 900000)]
    nom = [(o, "ABONO NOMINA INVERSIONES ANDINAS S.A.S.", "3845000.00") for o in (14, 29)]
    base = txns(rng, start, end, n - 2, pool, cr, 0.12, fixed=nom)
    rows = []
    for t in base:
        t["of"] = rng.choice(of); t["doc"] = "%07d" % rng.randint(1, 9999999)
        t["amount"] = t["amount"].quantize(D(1))
        rows.append(t)
        if t["amount"] < 0 and not t["desc"].startswith("COMPRA"):
            gmf = (-t["amount"] * 4 / 1000).quantize(D("0.01"))
            rows.append({"date": t["date"], "desc": "GRAVAMEN MOVIMIENTOS FINANCIEROS", "amount": -gmf, "of": t["of"], "doc": t["doc"]})
    rows.append({"date": end, "desc": "ABONO INTERESES AHORROS", "amount": D("1843.27"), "of": "DIRECCION GENERAL", "doc": "0000000"})
    cb = balances(rows, ob)
    for t in rows:
        t["desc_lines"] = wrap(t["desc"], 40)
    dr, crs = sums(rows)
    X = dict(d=40, desc=78, of=262, doc=352, db=445, cr=505, bal=572)

    def colhead(f):
        f.line(40, 572, dy=-10, w=0.6)
        for k, s, al in [("d", "FECHA", "l"), ("desc", "DESCRIPCIÓN", "l"), ("of", "OFICINA", "l"), ("doc", "DOCUMENTO", "l"),
                         ("db", "DÉBITOS", "r"), ("cr", "CRÉDITOS", "r"), ("bal", "SALDO", "r")]:
            f.t(X[k], s, 7, True, al)
        f.line(40, 572, dy=4, w=0.6); f.down(15)

    def cont(f):
        f.t(40, "MOVIMIENTOS (continuación)", 8, True); f.down(16); colhead(f)

    f = Flow(LETTER, LETTER[1] - 262, LETTER[1] - 110, 80, cont)
    f.t(40, "DETALLE DE MOVIMIENTOS", 9, True); f.down(16); colhead(f)
    f.t(X["d"], "01/06", 7.5); f.t(X["desc"], "SALDO ANTERIOR", 7.5, True); f.t(X["bal"], fmt(ob), 7.5, align="r"); f.down(12)
    per = 22 if pages else 200
    for i, t in enumerate(rows):
        if i and i % per == 0: f.newpage()
        f.need(11 * len(t["desc_lines"]) + 2)
        f.t(X["d"], t["date"].strftime("%d/%m"), 7.5)
        for k, l in enumerate(t["desc_lines"]): f.t(X["desc"], l, 7.5, dy=10 * k)
        f.t(X["of"], t["of"], 6.5); f.t(X["doc"], t["doc"], 7.5)
        f.t(X["db"] if t["amount"] < 0 else X["cr"], fmt(abs(t["amount"])), 7.5, align="r")
        f.t(X["bal"], fmt(t["bal"]), 7.5, align="r")
        f.down(10 * len(t["desc_lines"]) + 3)
    f.line(40, 572, dy=-4); f.down(8)
    f.t(X["desc"], "TOTALES", 7.5, True); f.t(X["db"], fmt(dr), 7.5, True, "r"); f.t(X["cr"], fmt(crs), 7.5, True, "r"); f.down(22)
    f.t(40, "Recuerde: el Gravamen a los Movimientos Financieros (GMF 4x1000) se aplica sobre los retiros que excedan el monto exento.", 6.5)

    def header(doc, p, np_):
        H = doc.H
        doc.c.setFillColorRGB(0.0, 0.2, 0.55); doc.t(40, H - 48, "Banco de Bogotá", 20, True); doc.c.setFillGray(0)
        doc.t(572, H - 40, "EXTRACTO CUENTA DE AHORROS", 9, True, "r")
        doc.t(572, H - 52, "Página %d de %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 66, "NIT. 860.002.964-4", 7)
        if p == 1:
            for i, s in enumerate(["SEÑOR(A)", "LAURA MARCELA PINEDA ROJAS", "CRA 15 No. 93-47 APTO 502", "BOGOTÁ D.C."]):
                doc.t(40, H - 90 - 10 * i, s, 7.5)
            L = [("CUENTA DE AHORROS No.", "458-21934-7"), ("PERIODO", "DESDE 01/06/2025 HASTA 30/06/2025"), ("OFICINA", "CHAPINERO"),
                 ("FECHA DE CORTE", "30/06/2025")]
            for i, (a, b) in enumerate(L):
                doc.t(300, H - 90 - 11 * i, a, 7.5, True); doc.t(420, H - 90 - 11 * i, b, 7.5)
            doc.c.rect(40, H - 232, 532, 70)
            doc.t(48, H - 175, "RESUMEN DE SU CUENTA", 8, True)
            for i, (a, b) in enumerate([("SALDO ANTERIOR", ob), ("(+) CRÉDITOS", crs), ("(-) DÉBITOS", dr), ("SALDO ACTUAL", cb)]):
                x = 48 + 130 * i
                doc.t(x, H - 195, a, 7, True); doc.t(x + 110, H - 210, "$ " + fmt(b), 8, False, "r")
            doc.t(48, H - 226, "SALDO PROMEDIO $ %s     SALDO DISPONIBLE $ %s" % (fmt(ob + (cb - ob) / 2, nd=2), fmt(cb)), 6.5)
        else:
            doc.t(300, H - 80, "CUENTA DE AHORROS No. 458-21934-7", 7.5, True)

    def footer(doc, p, np_):
        doc.t(40, 40, "Banco de Bogotá S.A. Vigilado Superintendencia Financiera de Colombia. Producto cubierto por el seguro de depósitos Fogafín.", 5.5)
        doc.t(40, 33, "Si no presenta objeciones dentro de los 30 días siguientes al recibo de este extracto, se entenderá aceptado. Línea de servicio 3820000.", 5.5)

    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    write(stem, "hm_co_bogota", "****9347", "COP", start, end, ob, cb, rows)


# ---------------------------------------------------------------- 3 Interbank (Peru, Cuenta Simple soles; no balance column)
def interbank(stem, seed, n=20, fx=False, pages=False, ob=D("3250.40")):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    pool = [("COMPRA PLAZA VEA MIRAFLORES", 15, 320), ("RETIRO CAJERO GLOBALNET SAN ISIDRO", 50, 600), ("PAGO SERVICIO LUZ DEL SUR", 60, 240),
            ("TRANSF. INTERBANCARIA A BCP 191-{s}", 100, 1200), ("COMPRA TAMBO+ LARCO", 4, 40), ("PAGO TARJETA CREDITO INTERBANK VISA", 200, 1500),
            ("YAPE/PLIN A JOSE QUISPE", 10, 150)]
    cr = [("TRANSF. RECIBIDA DE ROSA HUAMAN", 30, 500), ("DEPOSITO EN AGENTE INTERBANK", 50, 800)]
    hab = [(o, "ABONO DE HABERES GLORIA S.A.", "2874.60") for o in (14, 29)]
    if fx:
        pool.append(("COMPRA NETFLIX.COM LOS GATOS US", 40, 60, "fx")); pool.append(("COMPRA AMAZON WEB SERVICES SEATTLE US", 20, 120, "fx"))
    rows = txns(rng, start, end, n - 2, pool, cr, 0.12, fixed=hab)
    for t in rows:
        t["proc"] = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        t["desc_lines"] = [t["desc"]]
        if t.get("x") == "fx":
            rate = D(rng.randint(37000, 37800)) / 10000
            usd = (-t["amount"] / rate).quantize(D("0.01"))
            t["desc_lines"].append("USD %s T.C. %s" % (fmt(usd), rate))
        t["bal"] = None
    cb = ob + sum(t["amount"] for t in rows)
    dr, crs = sums(rows)
    X = dict(op=40, pr=100, det=160, cg=480, ab=555)
    sol = lambda v: "S/ " + fmt(v)

    def colhead(f):
        f.line(40, 555, dy=-10, w=0.6)
        f.t(X["op"], "Fecha de", 7, True); f.t(X["op"], "operación", 7, True, dy=8)
        f.t(X["pr"], "Fecha de", 7, True); f.t(X["pr"], "proceso", 7, True, dy=8)
        f.t(X["det"], "Detalle", 7, True); f.t(X["cg"], "Cargo", 7, True, "r"); f.t(X["ab"], "Abono", 7, True, "r")
        f.line(40, 555, dy=12, w=0.6); f.down(23)

    def cont(f):
        colhead(f)

    f = Flow(A4, A4[1] - 285, A4[1] - 110, 80, cont)
    f.t(40, "Movimientos del período", 9, True); f.down(16); colhead(f)
    per = 12 if pages else 200
    for i, t in enumerate(rows):
        if i and i % per == 0: f.newpage()
        f.t(X["op"], t["date"].strftime("%d/%m/%Y"), 7.5); f.t(X["pr"], t["proc"].strftime("%d/%m/%Y"), 7.5)
        for k, l in enumerate(t["desc_lines"]): f.t(X["det"], l, 7.5 if k == 0 else 6.5, dy=10 * k)
        f.t(X["cg"] if t["amount"] < 0 else X["ab"], sol(abs(t["amount"])), 7.5, align="r")
        f.down(10 * len(t["desc_lines"]) + 4)
    f.line(40, 555, dy=-4); f.down(10)
    f.t(X["det"], "Total", 7.5, True); f.t(X["cg"], sol(dr), 7.5, True, "r"); f.t(X["ab"], sol(crs), 7.5, True, "r"); f.down(24)
    f.t(40, "Tasa de rendimiento efectiva anual (TREA): 0.00%. Consulta el tarifario vigente en interbank.pe.", 6.5)

    def header(doc, p, np_):
        H = doc.H
        doc.c.setFillColorRGB(0.0, 0.6, 0.3); doc.t(40, H - 48, "Interbank", 22, True); doc.c.setFillGray(0)
        doc.t(555, H - 40, "Estado de Cuenta", 11, True, "r")
        doc.t(555, H - 53, "Del 01/06/2025 al 30/06/2025", 8, align="r")
        doc.t(555, H - 64, "Pág. %d / %d" % (p, np_), 7.5, align="r")
        if p == 1:
            for i, s in enumerate(["MIGUEL ANGEL TORRES SALAZAR", "AV. JOSE PARDO 845 DPTO 301", "MIRAFLORES - LIMA"]):
                doc.t(40, H - 90 - 10 * i, s, 7.5)
            L = [("Producto", "Cuenta Simple Soles"), ("Nro. de cuenta", "200-3004567891"), ("CCI", "003-200-003004567891-35"), ("Moneda", "Soles")]
            for i, (a, b) in enumerate(L):
                doc.t(320, H - 90 - 11 * i, a, 7.5, True); doc.t(400, H - 90 - 11 * i, b, 7.5)
            doc.c.rect(40, H - 255, 515, 80)
            doc.t(50, H - 190, "Resumen de tu cuenta", 8.5, True)
            for i, (a, b) in enumerate([("Saldo inicial", ob), ("Total abonos", crs), ("Total cargos", dr), ("Saldo final", cb)]):
                doc.t(50 + 128 * i, H - 212, a, 7.5); doc.t(160 + 128 * i, H - 228, sol(b), 9, True, "r")
            doc.t(50, H - 247, "Saldo disponible al 30/06/2025: %s" % sol(cb), 7)

    def footer(doc, p, np_):
        doc.t(40, 38, "Banco Internacional del Perú S.A.A. - Interbank. RUC 20100053455. Depósitos cubiertos por el Fondo de Seguro de Depósitos.", 5.5)
        doc.t(40, 31, "Tienes 30 días desde la recepción de este estado de cuenta para formular observaciones. Banca Telefónica (01) 311-9000.", 5.5)

    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    write(stem, "hm_pe_interbank", "****7891", "PEN", start, end, ob, cb, rows)


# ---------------------------------------------------------------- 4 Bendigo Bank (Australia, CR/DR balances)
def bendigo(stem, seed, n=40, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 6, 30)
    ob = D("412.55") if od else D("2764.18")
    crdr = lambda b: fmt(abs(b)) + (" DR" if b < 0 else " CR")
    pool = [("EFTPOS WDL WOOLWORTHS 3321 BENDIGO AU", 15, 180), ("VISA PURCHASE COLES EXPRESS KANGAROO FLAT AU", 20, 95),
            ("DIRECT DEBIT POWERSHOP AUSTRALIA {s}", 80, 260), ("BPAY CITY OF GREATER BENDIGO RATES", 300, 420),
            ("ATM WITHDRAWAL BENDIGO BANK HARGREAVES ST", 50, 300), ("TRANSFER TO RENT - 14 MUNDY ST {s}", 420, 520),
            ("VISA PURCHASE BUNNINGS 7721 EPSOM AU", 12, 240)]
    if od: pool = [(a, lo * 1.3, hi * 1.3) for a, lo, hi in pool]
    cr = [("SALARY BENDIGO HEALTH {s}", 2100, 2600), ("TRANSFER FROM J NGUYEN SHARED BILLS", 40, 200)]
    if od: cr = [("TRANSFER FROM J NGUYEN SHARED BILLS", 40, 200)]
    rows = txns(rng, start, end, n, pool, cr, 0.2)
    rows.append({"date": end, "desc": "ACCOUNT FEE", "amount": D("-6.00")})
    if od: rows.append({"date": end, "desc": "OVERDRAWN INTEREST", "amount": D("-11.84")})
    cb = balances(rows, ob)
    for t in rows: t["desc_lines"] = wrap(t["desc"], 44)
    dr, crs = sums(rows)
    X = dict(d=40, desc=100, wd=375, dp=450, bal=555)
    day = lambda d: "%02d %s %02d" % (d.day, MON3[d.month - 1], d.year % 100)

    def colhead(f):
        for k, s, al in [("d", "Date", "l"), ("desc", "Transaction", "l"), ("wd", "Withdrawals", "r"), ("dp", "Deposits", "r"), ("bal", "Balance", "r")]:
            f.t(X[k], s, 8, True, al)
        f.line(40, 555, dy=4); f.down(15)

    f = Flow(A4, A4[1] - 250, A4[1] - 110, 70, colhead)
    colhead(f)
    f.t(X["d"], day(start), 8); f.t(X["desc"], "Opening balance", 8); f.t(X["bal"], crdr(ob), 8, align="r"); f.down(12)
    half = len(rows) // 2 + 2
    for i, t in enumerate(rows):
        if i == half: f.newpage()
        f.t(X["d"], day(t["date"]), 8)
        for k, l in enumerate(t["desc_lines"]): f.t(X["desc"], l, 8, dy=10 * k)
        f.t(X["wd"] if t["amount"] < 0 else X["dp"], fmt(abs(t["amount"])), 8, align="r")
        f.t(X["bal"], crdr(t["bal"]), 8, align="r")
        f.down(10 * len(t["desc_lines"]) + 2)
    f.line(40, 555, dy=-3); f.down(9)
    f.t(X["d"], day(end), 8); f.t(X["desc"], "Closing balance", 8, True); f.t(X["bal"], crdr(cb), 8, True, "r"); f.down(12)
    f.t(X["desc"], "Total", 8, True); f.t(X["wd"], fmt(dr), 8, True, "r"); f.t(X["dp"], fmt(crs), 8, True, "r")

    def header(doc, p, np_):
        H = doc.H
        doc.c.setFillColorRGB(0.55, 0.0, 0.2); doc.t(40, H - 48, "Bendigo Bank", 20, True); doc.c.setFillGray(0)
        doc.t(555, H - 40, "Statement", 11, True, "r")
        doc.t(555, H - 52, "Page %d of %d" % (p, np_), 8, align="r")
        doc.t(555, H - 63, "Statement number 37", 8, align="r")
        if p == 1:
            for i, s in enumerate(["MS HANNAH L NGUYEN", "14 MUNDY STREET", "BENDIGO VIC 3550"]):
                doc.t(40, H - 90 - 10 * i, s, 8)
            L = [("Account name", "HANNAH LOUISE NGUYEN"), ("Account type", "Everyday Account"), ("BSB number", "633-000"),
                 ("Account number", "158 432 716"), ("Statement period", "%s to %s" % (day(start), day(end)))]
            for i, (a, b) in enumerate(L):
                doc.t(320, H - 90 - 11 * i, a, 7.5, True); doc.t(410, H - 90 - 11 * i, b, 7.5)
            doc.c.rect(40, H - 215, 515, 50)
            doc.t(48, H - 178, "Account summary", 8, True)
            for x, a, b in [(48, "Opening balance", "$" + crdr(ob)), (175, "Total withdrawals", "$" + fmt(dr)), (300, "Total deposits", "$" + fmt(crs)),
                            (425, "Closing balance", "$" + crdr(cb))]:
                doc.t(x, H - 193, a, 7.5); doc.t(x, H - 207, b, 8.5, True)
            doc.t(40, H - 235, "Account transactions", 9, True)
        else:
            doc.t(40, H - 90, "Everyday Account  633-000  158 432 716  (continued)", 8, True)

    def footer(doc, p, np_):
        doc.t(40, 38, "Bendigo and Adelaide Bank Limited ABN 11 068 049 178 AFSL/Australian Credit Licence 237879. Please check your statement", 5.5)
        doc.t(40, 31, "carefully and report any errors or unauthorised transactions to us on 1300 236 344 as soon as possible. bendigobank.com.au", 5.5)

    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    write(stem, "hm_au_bendigo", "****2716", "AUD", start, end, ob, cb, rows)


# ---------------------------------------------------------------- 5 ASB (New Zealand, "05 Jun", Balance brought forward)
def asb(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), refs=False):
    rng = random.Random(seed)
    ob = D("1893.42")
    pool = [("EFTPOS COUNTDOWN PONSONBY", 15, 190), ("DEBIT TRANSFER AT HOP CARD", 10, 50), ("AP CONTACT ENERGY {s}", 90, 240),
            ("DEBIT SPARK NZ TRADING", 60, 120), ("TFR TO 12-3456-0123456-50 SAVINGS", 100, 500), ("EFTPOS Z ENERGY GREAT NORTH RD", 40, 110),
            ("VISA DEBIT UBER EATS AUCKLAND", 18, 65)]
    cr = [("D/C FROM T WILLIAMS FLAT POWER", 30, 120)]
    sal = [(o, "DC SALARY FISHER PAYKEL HEALTHCARE", "2716.30") for o in (3, 17)]
    rows = txns(rng, start, end, n - 2, pool, cr, 0.12, fixed=sal)
    for t in rows:
        t["desc_lines"] = [t["desc"]]
        if refs and t["desc"].startswith(("AP ", "D/C", "TFR")):
            t["desc_lines"].append("%s %s" % (rng.choice(["RENT", "POWER", "JUNE", "SAVE"]), rng.randint(1000, 9999)))
    rows.append({"date": end, "desc": "INTEREST CREDIT", "amount": D("0.38"), "desc_lines": ["INTEREST CREDIT"]})
    rows.append({"date": end, "desc": "ACCOUNT FEE", "amount": D("-5.00"), "desc_lines": ["ACCOUNT FEE"]})
    cb = balances(rows, ob)
    dr, crs = sums(rows)
    X = dict(d=40, desc=90, wd=385, dp=460, bal=555)
    day = lambda d: "%02d %s" % (d.day, MON3[d.month - 1])
    longd = lambda d: "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)

    f = Flow(A4, A4[1] - 235, A4[1] - 110, 70)
    for k, s, al in [("d", "Date", "l"), ("desc", "Transaction", "l"), ("wd", "Withdrawals", "r"), ("dp", "Deposits", "r"), ("bal", "Balance", "r")]:
        f.t(X[k], s, 8, True, al)
    f.line(40, 555, dy=4); f.down(15)
    f.t(X["d"], day(start), 8); f.t(X["desc"], "Balance brought forward", 8); f.t(X["bal"], fmt(ob), 8, align="r"); f.down(12)
    for t in rows:
        f.t(X["d"], day(t["date"]), 8)
        for k, l in enumerate(t["desc_lines"]): f.t(X["desc"], l, 8, dy=10 * k)
        f.t(X["wd"] if t["amount"] < 0 else X["dp"], fmt(abs(t["amount"])), 8, align="r")
        f.t(X["bal"], fmt(t["bal"]), 8, align="r")
        f.down(10 * len(t["desc_lines"]) + 2)
    f.line(40, 555, dy=-3); f.down(9)
    f.t(X["desc"], "Closing balance", 8, True); f.t(X["bal"], fmt(cb), 8, True, "r"); f.down(24)
    f.t(40, "Fees: your account fee of $5.00 was waived for deposits of $2,000 or more a month when eligible.", 6.5)

    def header(doc, p, np_):
        H = doc.H
        doc.c.setFillColorRGB(0.95, 0.75, 0.0); doc.c.rect(40, H - 58, 60, 26, fill=1, stroke=0); doc.c.setFillGray(0)
        doc.t(70, H - 50, "ASB", 16, True, "c")
        doc.t(555, H - 40, "Statement", 11, True, "r")
        doc.t(555, H - 52, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            for i, s in enumerate(["MR T K WILLIAMS", "22 JERVOIS ROAD", "PONSONBY", "AUCKLAND 1011"]):
                doc.t(40, H - 85 - 10 * i, s, 8)
            L = [("Account", "Streamline"), ("Account number", "12-3456-0123456-00"),
                 ("Statement period", "%s to %s" % (longd(start), longd(end)))]
            for i, (a, b) in enumerate(L):
                doc.t(320, H - 85 - 11 * i, a, 7.5, True); doc.t(400, H - 85 - 11 * i, b, 7.5)
            doc.c.rect(320, H - 205, 235, 70)
            doc.t(328, H - 148, "Summary", 8, True)
            for i, (a, b) in enumerate([("Opening balance", fmt(ob)), ("Total deposits", fmt(crs)), ("Total withdrawals", fmt(dr)), ("Closing balance", fmt(cb))]):
                doc.t(328, H - 161 - 11 * i, a, 7.5); doc.t(548, H - 161 - 11 * i, "$" + b, 7.5, align="r")
            doc.t(40, H - 215, "Transactions", 9, True)

    def footer(doc, p, np_):
        doc.t(40, 38, "ASB Bank Limited. Please check this statement carefully and tell us about any errors immediately: 0800 803 804.", 5.5)
        doc.t(40, 31, "Our banking terms and conditions, fees and charges are available at asb.co.nz or from any ASB branch.", 5.5)

    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    write(stem, "hm_nz_asb", "****5600", "NZD", start, end, ob, cb, rows)


# ---------------------------------------------------------------- 6 Nedbank (South Africa, Fees (R) column)
def nedbank(stem, seed, n=22, pages=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("3120.75") if od else D("8745.60")
    pool = [("POS PURCHASE CHECKERS HYPER SANDTON", 40, 900), ("POS PURCHASE ENGEN QUICKSHOP RIVONIA", 200, 800),
            ("DEBIT ORDER DISCOVERY HEALTH {s}", 1800, 2900), ("DEBIT ORDER VODACOM {s}", 300, 700), ("ATM CASH WITHDRAWAL NEDBANK SANDTON CITY", 200, 2000),
            ("SEND-IMALI TO 0821234567", 50, 500), ("INTERNET PMT TO CITY OF JOBURG {s}", 900, 2400)]
    if od: pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
    cr = [("SALARY ANGLO AMERICAN PLC", 28000, 34000), ("INTERNET TRF FROM T MOKOENA", 200, 1500)]
    if od: cr = [("INTERNET TRF FROM T MOKOENA", 200, 1500)]
    rows = txns(rng, start, end, n, pool, cr, 0.2)
    out = []
    for t in rows:
        out.append(t)
        if t["desc"].startswith("ATM"):
            out.append({"date": t["date"], "desc": "CASH WITHDRAWAL FEE", "amount": -money(rng, 9, 14), "fee": True})
        elif t["desc"].startswith("SEND-IMALI"):
            out.append({"date": t["date"], "desc": "SEND-IMALI FEE", "amount": D("-9.50"), "fee": True})
    out.append({"date": end, "desc": "MONTHLY MANAGEMENT FEE", "amount": D("-115.00"), "fee": True})
    out.append({"date": end, "desc": "SMS NOTIFICATION FEES", "amount": D("-4.80"), "fee": True})
    rows = out
    cb = balances(rows, ob)
    for t in rows: t["desc_lines"] = [t["desc"]]
    fees = -sum(t["amount"] for t in rows if t.get("fee"))
    dr = -sum(t["amount"] for t in rows if t["amount"] < 0 and not t.get("fee"))
    crs = sum(t["amount"] for t in rows if t["amount"] > 0)
    X = dict(d=40, desc=95, fee=330, db=405, cr=475, bal=555)
    nb = lambda v: fmt(v) if v >= 0 else fmt(-v) + "-"

    def colhead(f):
        f.line(40, 555, dy=-10, w=0.6)
        for k, s, al in [("d", "Tran date", "l"), ("desc", "Description", "l"), ("fee", "Fees (R)", "r"), ("db", "Debits (R)", "r"),
                         ("cr", "Credits (R)", "r"), ("bal", "Balance (R)", "r")]:
            f.t(X[k], s, 7.5, True, al)
        f.line(40, 555, dy=4, w=0.6); f.down(15)

    f = Flow(A4, A4[1] - 262, A4[1] - 110, 75, colhead)
    colhead(f)
    f.t(X["d"], start.strftime("%d/%m/%Y"), 7.5); f.t(X["desc"], "Opening balance", 7.5); f.t(X["bal"], nb(ob), 7.5, align="r"); f.down(12)
    per = 16 if pages else 200
    for i, t in enumerate(rows):
        if i and i % per == 0: f.newpage()
        f.t(X["d"], t["date"].strftime("%d/%m/%Y"), 7.5); f.t(X["desc"], t["desc"], 7.5)
        key = "fee" if t.get("fee") else ("db" if t["amount"] < 0 else "cr")
        f.t(X[key], fmt(abs(t["amount"])), 7.5, align="r")
        f.t(X["bal"], nb(t["bal"]), 7.5, align="r")
        f.down(12)
    f.line(40, 555, dy=-3); f.down(9)
    f.t(X["desc"], "Closing balance", 7.5, True); f.t(X["bal"], nb(cb), 7.5, True, "r"); f.down(22)
    f.t(40, "Your Nedbank Greenbacks rewards: earn points every time you swipe. Visit nedbank.co.za/greenbacks.", 6.5)

    def header(doc, p, np_):
        H = doc.H
        doc.c.setFillColorRGB(0.0, 0.4, 0.25); doc.t(40, H - 48, "Nedbank", 22, True); doc.c.setFillGray(0)
        doc.t(40, H - 60, "see money differently", 7)
        doc.t(555, H - 40, "Statement", 11, True, "r")
        doc.t(555, H - 52, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            for i, s in enumerate(["MR S P DLAMINI", "42 RIVONIA ROAD", "SANDOWN", "SANDTON", "2196"]):
                doc.t(40, H - 85 - 10 * i, s, 8)
            L = [("Account type", "Current account"), ("Account number", "1198765432"), ("Statement date", "30/06/2025"),
                 ("Statement period", "01/06/2025 - 30/06/2025"), ("Branch code", "198765")]
            for i, (a, b) in enumerate(L):
                doc.t(320, H - 85 - 11 * i, a, 7.5, True); doc.t(410, H - 85 - 11 * i, b, 7.5)
            doc.c.rect(40, H - 240, 515, 60)
            doc.t(48, H - 193, "Account summary", 8, True)
            for x, a, b in [(48, "Opening balance", nb(ob)), (150, "Funds received/Credits", fmt(crs)), (265, "Funds used/Debits", fmt(dr)),
                            (370, "Fees", fmt(fees)), (450, "Closing balance", nb(cb))]:
                doc.t(x, H - 210, a, 7); doc.t(x, H - 224, "R" + b, 8, True)
        else:
            doc.t(40, H - 90, "Current account 1198765432 (continued)", 8, True)

    def footer(doc, p, np_):
        doc.t(40, 38, "Nedbank Ltd Reg No 1951/000009/06. Licensed financial services provider (FSP9363) and registered credit provider (NCRCP16).", 5.5)
        doc.t(40, 31, "Please examine this statement and notify us within 30 days of any errors. Nedbank Contact Centre 0860 555 111.", 5.5)

    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    write(stem, "hm_za_nedbank", "****5432", "ZAR", start, end, ob, cb, rows)


citizens("hm_us_citizens", 1601)
citizens("hm_us_citizens__3pages", 1602, n=70, pages=True, ob=D("8940.12"))
bogota("hm_co_bogota", 1611)
bogota("hm_co_bogota__2pages", 1612, n=40, pages=True, ob=D("9850000.00"))
bogota("hm_co_bogota__wrapped", 1613, wrapped=True, ob=D("6218350.00"))
interbank("hm_pe_interbank", 1621)
interbank("hm_pe_interbank__fx", 1622, fx=True)
interbank("hm_pe_interbank__2pages", 1623, n=30, pages=True, ob=D("5480.90"))
bendigo("hm_au_bendigo", 1631)
bendigo("hm_au_bendigo__od", 1632, od=True)
asb("hm_nz_asb", 1641)
asb("hm_nz_asb__yearend", 1642, start=dt.date(2024, 12, 15), end=dt.date(2025, 1, 14))
asb("hm_nz_asb__refs", 1643, refs=True)
nedbank("hm_za_nedbank", 1651)
nedbank("hm_za_nedbank__od", 1652, od=True, pages=True)
