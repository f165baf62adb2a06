#!/usr/bin/env python3
"""Generator ga: Latin America / Africa / Middle East statement layouts with exact truth.

Run with /usr/bin/python3 (ReportLab).  Writes /tmp/rl10/ga/{stem}.pdf + {stem}.json.
Deterministic: every statement uses its own fixed random seed.
"""
import datetime as dt
import json
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from corpus_kit import day

ID = "ga"
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/rl10/%s" % ID
pdfmetrics.registerFont(TTFont("F", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("FB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
CENT = D("0.01")
UNIT = D("1")


# ----------------------------------------------------------------------------------------------- core
def money(v, th=".", dec=",", places=2, neg="lead", cur=""):
    q = abs(v).quantize(D(1).scaleb(-places))
    ip, _, fp = str(q).partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    s = th.join(groups) + ((dec + fp) if places else "")
    s = cur + s
    if v < 0:
        if neg == "lead":
            s = "-" + s
        elif neg == "trail":
            s = s + "-"
        elif neg == "paren":
            s = "(" + s + ")"
        elif neg == "cr":
            s = s + "CR"
    return s


def wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def days(start, end):
    n = (end - start).days + 1
    return [start + dt.timedelta(i) for i in range(n)]


class Pdf:
    def __init__(self, path, size=A4, title=""):
        self.c = canvas.Canvas(path, pagesize=size, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor("statement")
        self.W, self.H = size

    def t(self, x, y, s, size=8, bold=False, align="l"):
        self.c.setFont("FB" if bold else "F", size)
        if align == "r":
            self.c.drawRightString(x, y, s)
        elif align == "c":
            self.c.drawCentredString(x, y, s)
        else:
            self.c.drawString(x, y, s)

    def line(self, x1, y1, x2, y2, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, y1, x2, y2)

    def box(self, x, y, w, h, fill=None):
        self.c.setLineWidth(0.6)
        if fill is not None:
            self.c.setFillGray(fill)
            self.c.rect(x, y, w, h, stroke=1, fill=1)
            self.c.setFillGray(0)
        else:
            self.c.rect(x, y, w, h, stroke=1, fill=0)

    def show(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class Row:
    def __init__(self, cells, bold=False, txn=None, draw=None, h=None):
        self.cells, self.bold, self.txn, self.draw = cells, bold, txn, draw
        self.h = h if h is not None else max([len(v) if isinstance(v, list) else 1 for v in cells.values()] or [1])


def paginate(rows, cap_first, cap_next):
    pages, used = [[]], 0
    for r in rows:
        cap = cap_first if len(pages) == 1 else cap_next
        if pages[-1] and used + r.h > cap:
            pages.append([])
            used = 0
        pages[-1].append(r)
        used += r.h
    return pages


def draw_row(pdf, r, cols, y, lh, size):
    for key, (x, align) in cols.items():
        v = r.cells.get(key)
        if v is None:
            continue
        for k, l in enumerate(v if isinstance(v, list) else [v]):
            pdf.t(x, y - k * lh, l, size, r.bold, align)
    return y - r.h * lh


def render(pdf, pages, cols, page_top, table_head, footer, bf=None, cf=None, lh=10, size=7.5):
    n = len(pages)
    for pi, rows in enumerate(pages):
        y = page_top(pdf, pi, n)
        y = table_head(pdf, y, pi)
        if pi > 0 and bf:
            y = bf(pdf, y, pi, pages)
        for r in rows:
            y = r.draw(pdf, y) if r.draw else draw_row(pdf, r, cols, y, lh, size)
        if pi < n - 1 and cf:
            cf(pdf, y, pi, pages)
        footer(pdf, pi, n)
        pdf.show()


def gen(rng, start, end, n, cat, ob, q=CENT, floor=None, forced=()):
    """Random transactions: cat items (weight, sign, lo, hi, descfn(rng, date)); balance kept >= floor."""
    ds = sorted([rng.choice(days(start, end)) for _ in range(n)] + [f[0] for f in forced])
    forced = list(forced)
    out, bal = [], ob
    for d in ds:
        fi = next((f for f in forced if f[0] == d), None)
        if fi is not None:
            forced.remove(fi)
            amt, desc = fi[1], fi[2]
        else:
            items = cat
            while True:
                it = rng.choices(items, weights=[c[0] for c in items])[0]
                lo, hi = it[2], it[3]
                amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100).quantize(q) * it[1]
                if amt == 0:
                    amt = q * it[1]
                if floor is None or bal + amt >= floor:
                    break
                items = [c for c in cat if c[1] > 0]
            desc = it[4](rng, d)
        bal += amt
        out.append({"date": d, "desc": desc, "amt": amt, "bal": bal})
    return out


def write_truth(stem, family, account, cur, ps, pe, ob, cb, txns, with_bal, q=CENT, dmap=None):
    tot = ob + sum(t["amt"] for t in txns)
    assert tot == cb, (stem, tot, cb)
    b = ob
    tr = []
    for t in txns:
        b += t["amt"]
        assert b == t["bal"], stem
        e = {"date": t["date"].isoformat(), "description": " ".join(t["desc"].split()),
             "amount": str(t["amt"].quantize(q))}
        if with_bal:
            e["balance"] = str(t["bal"].quantize(q))
        tr.append(e)
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": account, "currency": cur,
         "period_start": day(ps), "period_end": pe.isoformat(), "opening_balance": str(ob.quantize(q)),
         "closing_balance": str(cb.quantize(q)), "transactions": tr}
    with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(j, f, ensure_ascii=False, indent=1)


def seed(stem):
    return random.Random(sum(ord(c) * (i + 1) for i, c in enumerate(stem)))


def pick(*xs):
    return lambda r, d: r.choice(xs)


NOMES = ["MARCOS A SILVA", "JULIANA COSTA", "PEDRO H OLIVEIRA", "FERNANDA LIMA", "RAFAEL SANTOS", "CAMILA ROCHA"]
NOMBRES = ["MARTINEZ LAURA", "GOMEZ DIEGO", "FERNANDEZ SOFIA", "LOPEZ MATIAS", "RODRIGUEZ ANA", "SOSA JAVIER"]


# ------------------------------------------------------------------------------ L1 Itaú extrato (BR)
def itau_extrato(variant):
    stem = "ga_br_itau" + ("__" + variant if variant else "")
    rng = seed(stem)
    ps, pe = dt.date(2025, 8, 1), dt.date(2025, 8, 31)
    if variant == "dez_jan":
        ps, pe = dt.date(2024, 12, 16), dt.date(2025, 1, 15)
    ob, n, floor = D("3842.17"), 30, D("0")
    neg = "trail" if variant == "sinal_final" else "lead"
    cat = [(5, -1, 8, 180, lambda r, d: "PIX TRANSF %s %s" % (r.choice(NOMES).split()[0], d.strftime("%d/%m"))),
           (5, -1, 9, 260, lambda r, d: "RSHOP-%s-%s" % (r.choice(["PADARIA BOM", "DROGASIL 12", "CARREFOUR", "POSTO SHELL", "IFOOD"]), d.strftime("%d/%m"))),
           (2, -1, 80, 900, pick("PAG BOLETO CONDOMINIO ED", "PAG BOLETO ENEL SP", "INT PAG TIT BANCO 237", "DA SABESP 0012345678", "DA VIVO FIXO 3344")),
           (1, -1, 19.9, 59.9, pick("TAR PACOTE ITAU", "TAR PIX AGENDADO")),
           (3, 1, 20, 700, lambda r, d: "PIX RECEBIDO %s" % r.choice(NOMES)),
           (1, 1, 0.5, 25, pick("REND PAGO APLIC AUT MAIS")),
           (1, -1, 100, 1500, lambda r, d: "TED 237.%04d %s" % (r.randint(1, 9999), r.choice(NOMES)))]
    forced = [(ps + dt.timedelta(4), D("7350.00"), "REMUNERACAO/SALARIO ACME LTDA")]
    if variant == "3paginas":
        n = 95
        forced.append((ps + dt.timedelta(19), D("7350.00"), "REMUNERACAO/SALARIO ACME LTDA"))
    if variant == "cheque_especial":
        ob, floor, forced = D("-1523.40"), D("-4000"), []
        cat = cat[:4] + [(4, 1, 20, 400, cat[4][4]), (1, -1, 3, 60, pick("JUROS LIMITE DA CONTA", "IOF"))]
    tx = gen(rng, ps, pe, n, cat, ob, floor=floor, forced=forced)
    cb = tx[-1]["bal"]
    fm = lambda v: money(v, neg=neg)
    cols = {"data": (40, "l"), "desc": (115, "l"), "valor": (450, "r"), "saldo": (555, "r")}
    rows = [Row({"data": (ps - dt.timedelta(1)).strftime("%d/%m/%Y"), "desc": "SALDO ANTERIOR", "saldo": fm(ob)}, bold=True)]
    for i, t in enumerate(tx):
        rows.append(Row({"data": t["date"].strftime("%d/%m/%Y"), "desc": t["desc"], "valor": fm(t["amt"])}, txn=t))
        if i == len(tx) - 1 or tx[i + 1]["date"] != t["date"]:
            rows.append(Row({"data": t["date"].strftime("%d/%m/%Y"), "desc": "SALDO DO DIA", "saldo": fm(t["bal"])}, bold=True))
    pages = paginate(rows, 52, 62)

    def top(pdf, pi, n):
        pdf.box(40, 790, 36, 30, fill=0.85)
        pdf.t(58, 800, "Itaú", 11, True, "c")
        pdf.t(90, 808, "extrato conta corrente", 12, True)
        pdf.t(90, 795, "período de visualização: %s até %s" % (ps.strftime("%d/%m/%Y"), pe.strftime("%d/%m/%Y")), 8)
        pdf.t(555, 808, "agência 0742   conta 38215-6", 8, False, "r")
        pdf.t(555, 796, "MARIA APARECIDA SOUZA", 8, True, "r")
        y = 770
        if pi == 0:
            pdf.t(40, y, "emitido em %s às 08:14:22" % (pe + dt.timedelta(1)).strftime("%d/%m/%Y"), 7)
            pdf.box(40, 705, 515, 55)
            pdf.t(50, 745, "saldo em conta corrente", 8, True)
            pdf.t(545, 745, "R$ " + fm(cb), 9, True, "r")
            pdf.t(50, 730, "limite da conta contratado", 8)
            pdf.t(545, 730, "R$ " + fm(D("5000.00")), 8, False, "r")
            pdf.t(50, 715, "saldo disponível para saque", 8)
            pdf.t(545, 715, "R$ " + fm(cb + D("5000.00")), 8, False, "r")
            y = 690
        pdf.t(40, y, "lançamentos", 10, True)
        return y - 16

    def head(pdf, y, pi):
        pdf.t(40, y, "data", 8, True)
        pdf.t(115, y, "lançamentos", 8, True)
        pdf.t(450, y, "valor (R$)", 8, True, "r")
        pdf.t(555, y, "saldo (R$)", 8, True, "r")
        pdf.line(40, y - 3, 555, y - 3)
        return y - 14

    def foot(pdf, pi, n):
        pdf.line(40, 50, 555, 50)
        pdf.t(40, 40, "Em caso de dúvidas, reclamações e cancelamentos: SAC Itaú 0800 728 0728. Ouvidoria 0800 570 0011.", 6)
        pdf.t(40, 32, "Deficiente auditivo ou de fala: 0800 722 1722. Os lançamentos futuros estão sujeitos a alteração.", 6)
        pdf.t(555, 40, "página %d de %d" % (pi + 1, n), 7, False, "r")

    pdf = Pdf(os.path.join(OUT, stem + ".pdf"), title="extrato conta corrente")
    render(pdf, pages, cols, top, head, foot)
    pdf.save()
    write_truth(stem, "ga_br_itau", "38215-6", "BRL", ps, pe, ob, cb, tx, False)


# ------------------------------------------------------------------------ L2 Galicia resumen (AR)
def galicia(variant):
    stem = "ga_ar_galicia" + ("__" + variant if variant else "")
    rng = seed(stem)
    ps, pe = dt.date(2025, 8, 1), dt.date(2025, 8, 31)
    ob, n, floor = D("1284530.77"), 46, D("0")
    if variant == "1pagina":
        n = 12
    if variant == "descubierto":
        ob, floor = D("-245318.50"), D("-900000")

    def tarj(r, d):
        return "COMPRA CON TARJETA DE DEBITO %s TARJ 4517 XXXX %04d" % (
            r.choice(["MERCADOPAGO*SUPERMERCADO DIA", "COTO CICSA", "YPF ESTACION 1234", "FARMACITY SUC 45"]), r.randint(1000, 9999))

    cat = [(4, 1, 15000, 480000, lambda r, d: "TRANSFERENCIA DE TERCEROS %s / 27-%08d-4 VARIOS" % (r.choice(NOMBRES), r.randint(10**7, 10**8 - 1))),
           (6, -1, 2500, 95000, tarj),
           (2, -1, 9000, 120000, lambda r, d: "DEBITO AUTOMATICO DE SERVICIO %s" % r.choice(["EDENOR", "METROGAS", "TELECOM PERSONAL", "AYSA"])),
           (3, -1, 50, 2200, pick("IMP. DEB. LEY 25413 GRAL.", "IMP. CRED. LEY 25413")),
           (1, -1, 9800, 15600, pick("COMISION SERVICIO DE CUENTA")),
           (1, -1, 2000, 3300, pick("IVA")),
           (2, -1, 40000, 400000, lambda r, d: "TRANSFERENCIA A TERCEROS %s CBU 0170%018d" % (r.choice(NOMBRES), r.randint(0, 10**17)))]
    forced = [(ps + dt.timedelta(2), D("2150000.00"), "ACREDITACION DE HABERES SUELDO PAGO EMPRESA ACME SA")]
    tx = gen(rng, ps, pe, n, cat, ob, floor=floor, forced=forced)
    cb = tx[-1]["bal"]
    dneg = variant == "debito_negativo"
    fm = lambda v: money(v)
    xc, xd = (400, 475) if variant != "orden_columnas" else (475, 400)
    cols = {"f": (40, "l"), "d": (90, "l"), "o": (285, "l"), "c": (xc, "r"), "db": (xd, "r"), "s": (555, "r")}
    rows = []
    origins = ["Sucursal 045", "Home Banking", "Galicia Móvil", "Red Link", ""]
    for t in tx:
        c = {"f": t["date"].strftime("%d/%m/%y"), "d": wrap(t["desc"], 34), "o": rng.choice(origins), "s": fm(t["bal"])}
        if t["amt"] > 0:
            c["c"] = fm(t["amt"])
        else:
            c["db"] = fm(t["amt"] if dneg else -t["amt"])
        rows.append(Row(c, txn=t))
    cred = sum(t["amt"] for t in tx if t["amt"] > 0)
    deb = -sum(t["amt"] for t in tx if t["amt"] < 0)
    rows.append(Row({"d": "Total", "c": fm(cred), "db": fm(-deb if dneg else deb)}, bold=True))
    pages = paginate(rows, 44, 62)

    def top(pdf, pi, n):
        pdf.box(40, 792, 90, 26, fill=0.8)
        pdf.t(85, 800, "Galicia", 14, True, "c")
        pdf.t(555, 808, "Resumen de Cuenta Corriente en Pesos", 10, True, "r")
        pdf.t(555, 795, "Período %s al %s" % (ps.strftime("%d/%m/%Y"), pe.strftime("%d/%m/%Y")), 8, False, "r")
        y = 770
        if pi == 0:
            pdf.t(40, 770, "PEREZ JUAN CARLOS", 8, True)
            pdf.t(40, 760, "AV. CORRIENTES 1234 PISO 5 DTO B", 7)
            pdf.t(40, 750, "C1043AAZ CIUDAD AUTONOMA DE BUENOS AIRES", 7)
            pdf.t(330, 770, "N° de cuenta: 4012345-6 001-2", 7)
            pdf.t(330, 760, "CBU: 0070001220000004012345", 7)
            pdf.t(330, 750, "CUIT: 20-28456123-7", 7)
            pdf.box(40, 690, 515, 48, fill=0.95)
            labels = [("Saldo inicial", ob), ("Total créditos", cred), ("Total débitos", -deb), ("Saldo final", cb)]
            for i, (l, v) in enumerate(labels):
                x = 50 + i * 128
                pdf.t(x, 722, l, 8)
                pdf.t(x, 705, "$ " + fm(v if l != "Total débitos" else deb), 10, True)
            y = 670
        pdf.t(40, y, "Movimientos", 10, True)
        return y - 16

    def head(pdf, y, pi):
        for k, title in [("f", "Fecha"), ("d", "Descripción"), ("o", "Origen"), ("c", "Crédito"), ("db", "Débito"), ("s", "Saldo")]:
            x, a = cols[k]
            pdf.t(x, y, title, 8, True, a)
        pdf.line(40, y - 3, 555, y - 3)
        return y - 14

    def foot(pdf, pi, n):
        pdf.t(40, 40, "Banco de Galicia y Buenos Aires S.A.U. CUIT 30-50000173-5. Tte. Gral. J. D. Perón 430, C.A.B.A.", 6)
        pdf.t(40, 32, "Los depósitos en pesos y en moneda extranjera cuentan con la garantía hasta la suma de $ 25.000.000 (Ley 24.485).", 6)
        pdf.t(555, 40, "Página %d/%d" % (pi + 1, n), 7, False, "r")

    pdf = Pdf(os.path.join(OUT, stem + ".pdf"), title="Resumen de cuenta")
    render(pdf, pages, cols, top, head, foot)
    pdf.save()
    write_truth(stem, "ga_ar_galicia", "4012345-6 001-2", "ARS", ps, pe, ob, cb, tx, True)


# ------------------------------------------------------------------------- L3 BancoEstado CuentaRUT (CL)
def bancoestado(variant):
    stem = "ga_cl_bancoestado" + ("__" + variant if variant else "")
    rng = seed(stem)
    ps, pe = dt.date(2025, 8, 1), dt.date(2025, 8, 31)
    if variant == "febrero":
        ps, pe = dt.date(2025, 2, 1), dt.date(2025, 2, 28)
    ob, n = D("412385"), 28
    if variant == "3paginas":
        n = 120
    cat = [(6, -1, 1200, 65000, lambda r, d: "COMPRA NACIONAL %s" % r.choice(["LIDER EXPRESS", "UNIMARC", "COPEC", "SALCOBRAND", "JUMBO"])),
           (3, 1, 5000, 180000, lambda r, d: "TRANSFERENCIA DE %s" % r.choice(["JUAN PEREZ SOTO", "MARIA GONZALEZ", "CARLOS MUNOZ"])),
           (3, -1, 5000, 150000, lambda r, d: "TEF A %d.%03d.%03d-%d %s" % (r.randint(8, 24), r.randint(0, 999), r.randint(0, 999), r.randint(0, 9), r.choice(["ANDREA ROJAS", "PABLO DIAZ"]))),
           (2, -1, 10000, 200000, pick("GIRO CAJERO AUTOMATICO", "GIRO CAJAVECINA")),
           (1, -1, 300, 300, pick("COMISION GIRO CAJERO")),
           (2, -1, 3000, 90000, lambda r, d: "PAGO EN LINEA %s" % r.choice(["ENEL DISTRIBUCION", "AGUAS ANDINAS", "ENTEL PCS"])),
           (2, 1, 5000, 100000, pick("DEPOSITO EN EFECTIVO", "ABONO MERCADOPAGO"))]
    forced = [(ps + dt.timedelta(3), D("985000"), "ABONO SUELDO SERVICIOS ANDES SPA")]
    tx = gen(rng, ps, pe, n, cat, ob, q=UNIT, floor=D(0), forced=forced)
    cb = tx[-1]["bal"]
    cur = "$ " if variant == "signo_peso" else ""
    fm = lambda v: money(v, places=0, cur=cur)
    dfmt = "%d/%m" if variant == "fecha_ddmm" else "%d/%m/%Y"
    cols = {"f": (40, "l"), "n": (95, "l"), "d": (172, "l"), "c": (425, "r"), "a": (490, "r"), "s": (555, "r")}
    rows = []
    for t in tx:
        c = {"f": t["date"].strftime(dfmt), "n": "%07d" % rng.randint(0, 9999999), "d": t["desc"], "s": fm(t["bal"])}
        c["c" if t["amt"] < 0 else "a"] = fm(abs(t["amt"]))
        rows.append(Row(c, txn=t))
    pages = paginate(rows, 44, 60)
    abonos = sum(t["amt"] for t in tx if t["amt"] > 0)
    cargos = -sum(t["amt"] for t in tx if t["amt"] < 0)

    def pagesum(pi, pages):
        rs = [r.txn for r in pages[pi] if r.txn]
        return -sum(t["amt"] for t in rs if t["amt"] < 0), sum(t["amt"] for t in rs if t["amt"] > 0), rs[-1]["bal"]

    def cf(pdf, y, pi, pages):
        c, a, b = pagesum(pi, pages)
        pdf.line(165, y + 6, 555, y + 6)
        pdf.t(165, y - 4, "TOTAL PÁGINA", 7.5, True)
        pdf.t(425, y - 4, fm(c), 7.5, True, "r")
        pdf.t(490, y - 4, fm(a), 7.5, True, "r")
        pdf.t(165, y - 14, "SALDO A TRANSPORTAR", 7.5, True)
        pdf.t(555, y - 14, fm(b), 7.5, True, "r")

    def bf(pdf, y, pi, pages):
        b = pages[pi - 1][-1].txn["bal"]
        pdf.t(165, y, "SALDO TRANSPORTADO", 7.5, True)
        pdf.t(555, y, fm(b), 7.5, True, "r")
        return y - 12

    def top(pdf, pi, n):
        pdf.box(40, 790, 120, 28, fill=0.75)
        pdf.t(100, 800, "BancoEstado", 12, True, "c")
        pdf.t(555, 808, "CARTOLA CUENTARUT", 11, True, "r")
        pdf.t(555, 796, "Cartola N° 0%d   Página %d de %d" % (ps.month + 40, pi + 1, n), 7, False, "r")
        y = 772
        if pi == 0:
            pdf.t(40, 772, "NOMBRE: CONSTANZA VALENTINA ARAYA TORRES", 7.5)
            pdf.t(40, 762, "RUT: 16.482.915-3", 7.5)
            pdf.t(40, 752, "CUENTARUT N°: 16482915", 7.5)
            pdf.t(330, 772, "DESDE: %s" % ps.strftime("%d/%m/%Y"), 7.5)
            pdf.t(330, 762, "HASTA: %s" % pe.strftime("%d/%m/%Y"), 7.5)
            pdf.box(40, 695, 515, 45)
            for i, (l, v) in enumerate([("SALDO ANTERIOR", ob), ("TOTAL ABONOS", abonos), ("TOTAL CARGOS", cargos), ("SALDO FINAL", cb)]):
                pdf.t(105 + i * 128, 725, l, 7.5, True, "c")
                pdf.t(105 + i * 128, 708, "$ " + money(v, places=0), 9, False, "c")
            y = 675
        return y

    def head(pdf, y, pi):
        pdf.box(40, y - 4, 515, 14, fill=0.88)
        for k, title in [("f", "FECHA"), ("n", "N° OPERACIÓN"), ("d", "DESCRIPCIÓN"), ("c", "CARGOS"), ("a", "ABONOS"), ("s", "SALDO")]:
            x, a = cols[k]
            pdf.t(x, y, title, 7.5, True, a)
        return y - 16

    def foot(pdf, pi, n):
        pdf.t(40, 40, "Infórmese sobre la garantía estatal de los depósitos en su banco o en www.cmfchile.cl", 6)
        pdf.t(40, 32, "BancoEstado - Av. Libertador Bernardo O'Higgins 1111, Santiago. Fono 600 200 7000.", 6)

    pdf = Pdf(os.path.join(OUT, stem + ".pdf"), title="Cartola")
    render(pdf, pages, cols, top, head, foot, bf=bf, cf=cf)
    pdf.save()
    write_truth(stem, "ga_cl_bancoestado", "16482915", "CLP", ps, pe, ob, cb, tx, True, q=UNIT)


# ------------------------------------------------------------------------------ L4 GTBank (NG)
def gtbank(variant):
    stem = "ga_ng_gtbank" + ("__" + variant if variant else "")
    rng = seed(stem)
    ps, pe = dt.date(2025, 8, 1), dt.date(2025, 8, 31)
    if variant == "dec_jan":
        ps, pe = dt.date(2024, 12, 10), dt.date(2025, 1, 9)
    ob, n, floor = D("184520.35"), 30, D(0)
    if variant == "4pages":
        n = 110
    if variant == "overdrawn":
        ob, floor = D("-38250.00"), D("-500000")

    def nip(r, d):
        return "NIP TRANSFER FROM %s/%s/%s" % (r.choice(["CHUKWUEMEKA OKAFOR", "AMINA BELLO", "TUNDE BAKARE"]),
                                              r.choice(["ACCESS BANK", "ZENITH BANK", "OPAY", "KUDA MFB"]), r.choice(["FOR RENT CONTRIBUTION", "REFUND", "SCHOOL FEES"]))

    cat = [(4, 1, 5000, 250000, nip),
           (5, -1, 1500, 95000, lambda r, d: "POS PURCHASE @ %s LA NG REF:%d" % (r.choice(["SHOPRITE LEKKI", "EBEANO SUPERMARKET", "TOTALENERGIES AJAH", "CHICKEN REPUBLIC VI"]), r.randint(100000, 999999))),
           (3, -1, 2000, 150000, lambda r, d: "USSD TRF TO %s/%s/%d" % (r.choice(["IFEOMA NWOSU", "MUSA ABDULLAHI"]), r.choice(["UBA", "FIRST BANK"]), r.randint(10**9, 10**10 - 1))),
           (2, -1, 4, 4, pick("SMS ALERT CHARGES")),
           (2, -1, 10.75, 53.75, pick("NIP TRANSFER COMMISSION INCL VAT", "VAT ON NIP TRANSFER CHARGE")),
           (1, -1, 50, 50, pick("ELECTRONIC MONEY TRANSFER LEVY")),
           (2, -1, 5000, 40000, lambda r, d: "ATM WDL @ %d GTB %s" % (r.randint(10000, 99999), r.choice(["ADEOLA ODEKU", "AWOLOWO RD IKOYI"])))]
    forced = [(ps + dt.timedelta(24), D("850000.00"), "SALARY PAYMENT FROM DANGOTE INDUSTRIES LTD FOR THE MONTH")]
    tx = gen(rng, ps, pe, n, cat, ob, floor=floor, forced=forced)
    cb = tx[-1]["bal"]
    fm = lambda v: money(v, th=",", dec=".")
    cols = {"td": (30, "l"), "ref": (92, "l"), "vd": (205, "l"), "dr": (335, "r"), "cr": (410, "r"), "bal": (490, "r"),
            "br": (500, "l"), "rem": (590, "l")}
    rows = []
    opening_row = variant == "opening_row"
    if opening_row:
        rows.append(Row({"td": ps.strftime("%d-%b-%Y"), "rem": "Opening Balance", "bal": fm(ob)}, bold=True))
    for t in tx:
        c = {"td": t["date"].strftime("%d-%b-%Y"), "vd": t["date"].strftime("%d-%b-%Y"),
             "ref": "%013d" % rng.randint(0, 10**13 - 1), "bal": fm(t["bal"]),
             "br": rng.choice(["E-CHANNELS", "LEKKI BRANCH", "HEAD OFFICE"]), "rem": wrap(t["desc"], 40)}
        c["dr" if t["amt"] < 0 else "cr"] = fm(abs(t["amt"]))
        rows.append(Row(c, txn=t))
    if opening_row:
        rows.append(Row({"td": pe.strftime("%d-%b-%Y"), "rem": "Closing Balance", "bal": fm(cb)}, bold=True))
    pages = paginate(rows, 34, 44)
    wd = -sum(t["amt"] for t in tx if t["amt"] < 0)
    lg = sum(t["amt"] for t in tx if t["amt"] > 0)

    def top(pdf, pi, n):
        pdf.box(30, 550, 60, 30, fill=0.3)
        pdf.c.setFillGray(1)
        pdf.t(60, 561, "GTBank", 10, True, "c")
        pdf.c.setFillGray(0)
        pdf.t(100, 566, "Guaranty Trust Bank Ltd", 10, True)
        pdf.t(100, 554, "CUSTOMER STATEMENT", 8)
        y = 530
        if pi == 0:
            info = [("Account Name", "ADEBAYO OLUWASEUN MICHAEL"), ("Account No", "0123456789"), ("Currency", "NGN"),
                    ("Account Type", "SAVINGS ACCOUNT"), ("Period", "%s To %s" % (ps.strftime("%d-%b-%Y"), pe.strftime("%d-%b-%Y")))]
            for i, (l, v) in enumerate(info):
                pdf.t(30, 530 - i * 10, l, 7.5, True)
                pdf.t(110, 530 - i * 10, ": " + v, 7.5)
            if not opening_row:
                summ = [("Opening Balance", fm(ob)), ("Total Withdrawals", fm(wd)), ("Total Lodgements", fm(lg)),
                        ("Closing Balance", fm(cb)), ("Available Balance", fm(cb)), ("Uncleared", "0.00")]
                pdf.box(520, 465, 292, 75)
                for i, (l, v) in enumerate(summ):
                    pdf.t(530, 528 - i * 11, l, 7.5, True)
                    pdf.t(800, 528 - i * 11, v, 7.5, False, "r")
            y = 450
        return y

    def head(pdf, y, pi):
        pdf.box(28, y - 5, 786, 15, fill=0.85)
        for k, title in [("td", "Trans. Date"), ("ref", "Reference"), ("vd", "Value. Date"), ("dr", "Debits"),
                         ("cr", "Credits"), ("bal", "Balance"), ("br", "Originating Branch"), ("rem", "Remarks")]:
            x, a = cols[k]
            pdf.t(x, y, title, 7.5, True, a)
        return y - 16

    def foot(pdf, pi, n):
        pdf.t(30, 25, "Guaranty Trust Bank Ltd, Plot 635 Akin Adesola Street, Victoria Island, Lagos. RC 152321. Contact: 0700 482 666 328", 6)
        pdf.t(812, 25, "Page %d of %d" % (pi + 1, n), 7, False, "r")

    pdf = Pdf(os.path.join(OUT, stem + ".pdf"), size=landscape(A4), title="Customer Statement")
    render(pdf, pages, cols, top, head, foot)
    pdf.save()
    write_truth(stem, "ga_ng_gtbank", "0123456789", "NGN", ps, pe, ob, cb, tx, True)


# -------------------------------------------------------------------- L5 Attijariwafa relevé (MA, French)
def attijari(variant):
    stem = "ga_ma_attijariwafa" + ("__" + variant if variant else "")
    rng = seed(stem)
    ps, pe = dt.date(2025, 8, 1), dt.date(2025, 8, 31)
    ob, n, floor = D("23418.60"), 26, D(0)
    if variant == "3pages":
        n = 105
    if variant == "debiteur":
        ob, floor = D("-4210.35"), D("-30000")
    th = "\u202f" if variant == "espace_fine" else " "
    fm = lambda v: money(v, th=th)
    cat = [(5, -1, 50, 3500, lambda r, d: "PAIEMENT TPE %s %s" % (r.choice(["MARJANE CALIFORNIE", "ACIMA MAARIF", "BIM ANFA", "AFRIQUIA SMDC"]), d.strftime("%d%m%y"))),
           (3, -1, 200, 2000, lambda r, d: "RETRAIT GAB %04d CASABLANCA %s" % (r.randint(1, 9999), d.strftime("%d/%m"))),
           (2, -1, 150, 1800, lambda r, d: "PRELEVEMENT %s CONTRAT %d" % (r.choice(["LYDEC", "MAROC TELECOM", "WAFA ASSURANCE"]), r.randint(100000, 999999))),
           (1, -1, 25, 25, pick("COMMISSION SERVICE SMS")),
           (1, -1, 40, 40, pick("FRAIS TENUE DE COMPTE")),
           (1, -1, 4, 8, pick("TVA SUR FRAIS 10%")),
           (3, 1, 500, 9000, lambda r, d: "VIREMENT RECU DE %s MOTIF %s" % (r.choice(["M. EL ALAOUI KARIM", "STE ATLAS DISTRIBUTION SARL", "MME BENNIS SALMA"]), r.choice(["LOYER", "REMBOURSEMENT", "FACTURE 2025-%03d" % r.randint(1, 999)]))),
           (1, 1, 1000, 6000, pick("VERSEMENT ESPECES AGENCE MAARIF")),
           (1, -1, 800, 7000, lambda r, d: "PAIEMENT CHEQUE N° %07d" % r.randint(0, 9999999))]
    forced = [(ps + dt.timedelta(26), D("18500.00"), "VIREMENT RECU DE OCP SA SALAIRE MOIS %s" % ps.strftime("%m/%Y"))]
    tx = gen(rng, ps, pe, n, cat, ob, floor=floor, forced=forced)
    cb = tx[-1]["bal"]
    swap = variant == "date_valeur_avant"
    cols = {"do": (40, "l"), "l": (90 if not swap else 140, "l"), "dv": (370 if not swap else 90, "l"),
            "db": (470, "r"), "cr": (555, "r")}
    rows = []
    bal_cells = lambda label, v: {"l": label, ("cr" if v >= 0 else "db"): fm(abs(v))}
    rows.append(Row(bal_cells("SOLDE DEPART AU %s" % (ps - dt.timedelta(1)).strftime("%d/%m/%Y"), ob), bold=True))
    for t in tx:
        vd = t["date"] + dt.timedelta(rng.choice([0, 0, 1, 2]) if t["amt"] > 0 else 0)
        c = {"do": t["date"].strftime("%d/%m"), "dv": vd.strftime("%d/%m"), "l": wrap(t["desc"], 44)}
        c["db" if t["amt"] < 0 else "cr"] = fm(abs(t["amt"]))
        rows.append(Row(c, txn=t))
    td = -sum(t["amt"] for t in tx if t["amt"] < 0)
    tc = sum(t["amt"] for t in tx if t["amt"] > 0)
    rows.append(Row({"l": "TOTAL MOUVEMENTS", "db": fm(td), "cr": fm(tc)}, bold=True))
    rows.append(Row(bal_cells("SOLDE FINAL AU %s" % pe.strftime("%d/%m/%Y"), cb), bold=True))
    pages = paginate(rows, 48, 58)

    def cum(pi, pages):
        rs = [r.txn for p in pages[:pi + 1] for r in p if r.txn]
        return -sum(t["amt"] for t in rs if t["amt"] < 0), sum(t["amt"] for t in rs if t["amt"] > 0)

    def cf(pdf, y, pi, pages):
        d_, c_ = cum(pi, pages)
        pdf.line(40, y + 6, 555, y + 6)
        pdf.t(cols["l"][0], y - 4, "A REPORTER", 7.5, True)
        pdf.t(470, y - 4, fm(d_), 7.5, True, "r")
        pdf.t(555, y - 4, fm(c_), 7.5, True, "r")

    def bf(pdf, y, pi, pages):
        d_, c_ = cum(pi - 1, pages)
        pdf.t(cols["l"][0], y, "REPORT", 7.5, True)
        pdf.t(470, y, fm(d_), 7.5, True, "r")
        pdf.t(555, y, fm(c_), 7.5, True, "r")
        return y - 12

    def top(pdf, pi, n):
        pdf.t(40, 805, "Attijariwafa bank", 14, True)
        pdf.t(40, 793, "Société Anonyme au capital de 2 151 408 390 DH - RC Casablanca 333", 6)
        pdf.t(555, 805, "RELEVE DE COMPTE", 11, True, "r")
        pdf.t(555, 793, "Période du %s au %s" % (ps.strftime("%d/%m/%Y"), pe.strftime("%d/%m/%Y")), 8, False, "r")
        y = 770
        if pi == 0:
            pdf.box(40, 715, 250, 62)
            for i, s in enumerate(["AGENCE : CASABLANCA MAARIF", "COMPTE CHEQUE N° : 0780 0001234567", "RIB : 007 780 0001234567890123 45",
                                   "DEVISE : MAD (DIRHAM)", "PAGE : %d / %d" % (pi + 1, n)]):
                pdf.t(46, 767 - i * 11, s, 7.5)
            pdf.t(330, 760, "MONSIEUR BENNANI YOUSSEF", 8, True)
            pdf.t(330, 749, "12 RUE IBN MOUNIR MAARIF", 7.5)
            pdf.t(330, 738, "20330 CASABLANCA", 7.5)
            y = 695
        else:
            pdf.t(40, 775, "COMPTE N° 0780 0001234567 - MONSIEUR BENNANI YOUSSEF - PAGE : %d / %d" % (pi + 1, n), 7.5)
            y = 755
        return y

    def head(pdf, y, pi):
        pdf.box(40, y - 4, 515, 14, fill=0.88)
        for k, title in [("do", "DATE OPER"), ("l", "LIBELLE"), ("dv", "DATE VALEUR"), ("db", "DEBIT"), ("cr", "CREDIT")]:
            x, a = cols[k]
            pdf.t(x, y, title, 7.5, True, a)
        return y - 16

    def foot(pdf, pi, n):
        pdf.t(40, 40, "Sauf erreur ou omission. Toute réclamation doit nous parvenir dans un délai de 30 jours à compter de la date du présent relevé.", 6)
        pdf.t(40, 32, "Attijariwafa bank - 2, Boulevard Moulay Youssef, Casablanca - Centre de relation client : 05 22 58 88 55", 6)

    pdf = Pdf(os.path.join(OUT, stem + ".pdf"), title="Releve de compte")
    render(pdf, pages, cols, top, head, foot, bf=bf, cf=cf)
    pdf.save()
    write_truth(stem, "ga_ma_attijariwafa", "0780 0001234567", "MAD", ps, pe, ob, cb, tx, False)


# ------------------------------------------------------------------------------ L6 Capitec (ZA)
def capitec(variant):
    stem = "ga_za_capitec" + ("__" + variant if variant else "")
    rng = seed(stem)
    ps, pe = dt.date(2025, 8, 1), dt.date(2025, 8, 31)
    ob, n = D("6432.18"), 62
    if variant == "1page":
        n = 22
    fm = lambda v: money(v, th=" ", dec=".")
    combined = variant == "fee_same_row"
    nocat = variant == "no_category"
    dfmt = "%d %b %Y" if variant == "dates_text" else "%d/%m/%Y"
    cat = [(6, -1, 15, 1200, lambda r, d: "POS Purchase: %s" % r.choice(["Checkers Rondebosch", "Woolworths Cavendish", "Engen Main Rd", "Clicks Claremont", "Uber Eats"]), "Groceries"),
           (3, -1, 100, 3500, lambda r, d: "Banking App Payment: %s" % r.choice(["Landlord Rent", "J Smith", "Mom", "City of Cape Town"]), "Transfer"),
           (2, -1, 200, 2000, lambda r, d: "Cash Withdrawal: ATM %s" % r.choice(["Capitec Sea Point", "ABSA Wynberg"]), "Cash Withdrawal"),
           (2, -1, 49, 899, lambda r, d: "Debit Order: %s" % r.choice(["Vodacom", "Discovery Health", "Netflix.com", "Virgin Active"]), "Debit Orders"),
           (3, 1, 100, 4000, lambda r, d: "Payment Received: %s" % r.choice(["T Nkosi", "Sipho Dlamini", "Refund Takealot"]), "Other Income"),
           (1, 1, 0.5, 9, pick("Interest Received"), "Interest")]
    fees = {"Cash Withdrawal": D("10.00"), "Transfer": D("6.00"), "Debit Orders": D("3.00")}
    forced_sal = (ps + dt.timedelta(24), "Salary: Shoprite Holdings")
    ds = sorted([rng.choice(days(ps, pe)) for _ in range(n)] + [forced_sal[0]])
    tx, rows, bal = [], [], ob
    tin = tout = tfee = D(0)
    fee_salary_done = False
    for d in ds:
        if d == forced_sal[0] and not fee_salary_done:
            fee_salary_done = True
            it, amt, desc = None, D("18450.00"), forced_sal[1]
            catname = "Salary"
        else:
            while True:
                it = rng.choices(cat, weights=[c[0] for c in cat])[0]
                amt = (D(rng.randint(int(it[2] * 100), int(it[3] * 100))) / 100) * it[1]
                if bal + amt - 20 >= 0:
                    break
            desc, catname = it[4](rng, d), it[5]
        fee = -fees.get(catname, D(0)) if rng.random() < 0.7 else D(0)
        c = {"d": d.strftime(dfmt), "desc": desc, "cat": None if nocat else catname,
             ("in" if amt > 0 else "out"): fm(amt)}
        if amt > 0:
            tin += amt
        else:
            tout += amt
        if fee and combined:
            bal += amt + fee
            tfee += fee
            c["fee"] = fm(fee)
            c["bal"] = fm(bal)
            tx.append({"date": d, "desc": desc, "amt": amt + fee, "bal": bal})
            rows.append(Row(c, txn=tx[-1]))
            continue
        bal += amt
        c["bal"] = fm(bal)
        tx.append({"date": d, "desc": desc, "amt": amt, "bal": bal})
        rows.append(Row(c, txn=tx[-1]))
        if fee:
            bal += fee
            tfee += fee
            fdesc = {"Cash Withdrawal": "Cash Withdrawal Fee", "Transfer": "Payment Fee", "Debit Orders": "Debit Order Fee"}[catname]
            tx.append({"date": d, "desc": fdesc, "amt": fee, "bal": bal})
            rows.append(Row({"d": d.strftime(dfmt), "desc": fdesc, "cat": None if nocat else "Fees", "fee": fm(fee), "bal": fm(bal)}, txn=tx[-1]))
    # monthly fee on the last day
    bal += D("-7.50")
    tfee += D("-7.50")
    tx.append({"date": pe, "desc": "Monthly Account Admin Fee", "amt": D("-7.50"), "bal": bal})
    rows.append(Row({"d": pe.strftime(dfmt), "desc": "Monthly Account Admin Fee", "cat": None if nocat else "Fees", "fee": fm(D("-7.50")), "bal": fm(bal)}, txn=tx[-1]))
    cb = bal
    cols = {"d": (40, "l"), "desc": (100, "l"), "cat": (285, "l"), "in": (405, "r"), "out": (460, "r"), "fee": (505, "r"), "bal": (555, "r")}
    pages = paginate(rows, 46, 64)

    def top(pdf, pi, n):
        pdf.t(40, 802, "capitec", 18, True)
        pdf.t(555, 808, "Main Account Statement", 10, True, "r")
        pdf.t(555, 796, "Statement Period: %s to %s" % (ps.strftime("%d/%m/%Y"), pe.strftime("%d/%m/%Y")), 7.5, False, "r")
        y = 775
        if pi == 0:
            for i, s in enumerate(["MR THABO J MOKOENA", "14 KLOOF STREET", "GARDENS", "CAPE TOWN", "8001"]):
                pdf.t(40, 772 - i * 10, s, 7.5)
            pdf.t(330, 772, "Account: 1482 6650 93", 7.5)
            pdf.t(330, 762, "Statement Date: %s" % (pe + dt.timedelta(1)).strftime("%d/%m/%Y"), 7.5)
            pdf.box(330, 660, 225, 90)
            pdf.t(340, 738, "Summary", 8.5, True)
            summ = [("Opening Balance", ob), ("Money In", tin), ("Money Out", tout), ("Fees", tfee), ("Closing Balance", cb)]
            for i, (l, v) in enumerate(summ):
                pdf.t(340, 724 - i * 13, l, 7.5, i == 4)
                pdf.t(545, 724 - i * 13, "R" + fm(v), 7.5, i == 4, "r")
            pdf.t(40, 655, "Transaction History", 10, True)
            y = 638
        return y

    def head(pdf, y, pi):
        for k, title in [("d", "Date"), ("desc", "Description"), ("cat", "Category"), ("in", "Money In"), ("out", "Money Out"), ("fee", "Fee*"), ("bal", "Balance")]:
            if k == "cat" and nocat:
                continue
            x, a = cols[k]
            pdf.t(x, y, title, 7.5, True, a)
        pdf.line(40, y - 4, 555, y - 4)
        return y - 15

    def foot(pdf, pi, n):
        pdf.t(40, 40, "* Includes VAT at 15%. Capitec Bank is an authorised financial services provider (FSP46669) and registered credit provider (NCRCP13).", 5.5)
        pdf.t(40, 32, "Capitec Bank Limited Reg. No: 1980/003695/06. Client Care Centre: 0860 10 20 43", 5.5)
        pdf.t(555, 32, "Page %d of %d" % (pi + 1, n), 7, False, "r")

    pdf = Pdf(os.path.join(OUT, stem + ".pdf"), title="Main Account Statement")
    render(pdf, pages, cols, top, head, foot)
    pdf.save()
    write_truth(stem, "ga_za_capitec", "1482665093", "ZAR", ps, pe, ob, cb, tx, True)


# --------------------------------------------------------------------------- L7 Itaucard fatura (BR card)
def itaucard(variant):
    stem = "ga_br_itaucard" + ("__" + variant if variant else "")
    rng = seed(stem)
    ps, pe, venc = dt.date(2025, 8, 2), dt.date(2025, 9, 1), dt.date(2025, 9, 10)
    inst = [(dt.date(2025, 3, 15), "MAGAZINE LUIZA", 6, 10, D("249.90")), (dt.date(2025, 6, 1), "SAMSUNG LOJA ONLINE", 3, 12, D("312.45"))]
    if variant == "virada":
        ps, pe, venc = dt.date(2025, 12, 2), dt.date(2026, 1, 1), dt.date(2026, 1, 10)
        inst = [(dt.date(2025, 7, 15), "MAGAZINE LUIZA", 6, 10, D("249.90")), (dt.date(2025, 10, 20), "SAMSUNG LOJA ONLINE", 3, 12, D("312.45"))]
    prev = D("2385.40")
    ob = -prev
    fm = lambda v: money(v)
    cat = [(6, 8, 320, lambda r, d: r.choice(["IFOOD *RESTAURANTE", "UBER *TRIP", "PAO DE ACUCAR-1234", "DROGASIL 0455", "POSTO IPIRANGA JD"])),
           (3, 30, 900, lambda r, d: r.choice(["MERCADOLIVRE*VENDEDOR", "NETSHOES", "RENNER SHOP MORUMBI", "AMERICANAS.COM"])),
           (1, 19.9, 55.9, lambda r, d: r.choice(["NETFLIX.COM", "SPOTIFY", "APPLE.COM/BILL"]))]
    tx = []
    pay_date = prev and (ps + dt.timedelta(8))
    tx.append({"date": pay_date, "desc": "PAGAMENTO EFETUADO", "amt": prev, "printed": fm(-prev)})
    purchases = []
    for _ in range(24):
        d = rng.choice(days(ps, pe))
        it = rng.choices(cat, weights=[c[0] for c in cat])[0]
        a = D(rng.randint(int(it[1] * 100), int(it[2] * 100))) / 100
        purchases.append({"date": d, "desc": it[3](rng, d), "amt": -a, "printed": fm(a)})
    for d, name, k, of, a in inst:
        purchases.append({"date": d, "desc": "%s %02d/%02d" % (name, k, of), "amt": -a, "printed": fm(a)})
    if variant == "estorno":
        d = rng.choice(days(ps, pe))
        purchases.append({"date": d, "desc": "ESTORNO NETSHOES", "amt": D("189.90"), "printed": fm(D("-189.90"))})
    purchases.sort(key=lambda t: t["date"])
    intl = []
    if variant == "internacional":
        rate = D("5.5231")
        for name, usd in [("AMAZON.COM SEATTLE", D("25.99")), ("STEAMGAMES.COM BELLEVUE", D("59.90")), ("AIRBNB * HMX2 SAN FRANCISCO", D("212.40"))]:
            d = rng.choice(days(ps, pe))
            brl = (usd * rate).quantize(CENT)
            intl.append({"date": d, "desc": name, "amt": -brl, "printed": fm(brl), "usd": money(usd)})
        intl.sort(key=lambda t: t["date"])
        iof = (sum(-t["amt"] for t in intl) * D("0.0338")).quantize(CENT)
        intl.append({"date": pe, "desc": "REPASSE DE IOF EM R$", "amt": -iof, "printed": fm(iof), "usd": ""})
    allp = purchases + intl
    atuais = -sum(t["amt"] for t in allp)
    total = prev - prev + atuais
    cb = ob + prev - atuais
    assert cb == -total
    minimo = (total * D("0.15")).quantize(CENT)
    two = variant == "duas_colunas"
    pdf = Pdf(os.path.join(OUT, stem + ".pdf"), title="Fatura Itaucard")
    c = pdf

    def header(pi, n):
        c.box(40, 790, 36, 30, fill=0.85)
        c.t(58, 800, "Itaú", 11, True, "c")
        c.t(90, 808, "Itaucard Mastercard Platinum", 11, True)
        c.t(90, 796, "ANA PAULA RIBEIRO   cartão 5234 XXXX XXXX 1234", 8)
        c.t(555, 808, "Vencimento: %s" % venc.strftime("%d/%m/%Y"), 8, True, "r")
        c.t(555, 796, "página %d/%d" % (pi + 1, n), 7, False, "r")
        c.t(40, 40, "Central de atendimento Itaucard: 4004 4828 (capitais) 0800 970 4828 (demais localidades). SAC 0800 728 0728.", 6)
        c.t(40, 32, "Encargos máximos para o próximo período: rotativo 14,90% a.m. (CET 478,2% a.a.); parcelamento da fatura 9,90% a.m.", 6)

    # lines to lay out: ('sec', title) / ('row', txn) / ('sub', label, value)
    L = [("sec", "Pagamentos efetuados"), ("chead", "")] + [("row", tx[0])] + [("sub", "Total dos pagamentos", fm(-prev))]
    L += [("sec", "Lançamentos: compras e saques"), ("chead", ""), ("card", "ANA P RIBEIRO (final 1234)")] + [("row", t) for t in purchases]
    L += [("sub", "Lançamentos no cartão (final 1234)", fm(-sum(t["amt"] for t in purchases)))]
    if intl:
        L += [("sec", "Lançamentos internacionais"), ("ihead", "")] + [("irow", t) for t in intl]
        L += [("note", "Dólar de conversão R$ %s" % money(rate, places=4))]
        L += [("sub", "Total transações inter. em R$", fm(-sum(t["amt"] for t in intl)))]
    L += [("sub", "Total dos lançamentos atuais", fm(atuais))]
    nxt = [(n_, k + 1, of, a) for d, n_, k, of, a in inst]
    L += [("sec", "Compras parceladas - próximas faturas")] + [("fut", "%s %02d/%02d" % (n_, k, of), fm(a)) for n_, k, of, a in nxt]
    L += [("sub", "Total para próximas faturas", fm(sum(a for _, _, _, a in nxt)))]

    def draw_item(it, x0, x1, y):
        kind = it[0]
        if kind == "sec":
            c.t(x0, y, it[1], 8.5, True)
            c.line(x0, y - 3, x1, y - 3)
        elif kind == "card":
            c.t(x0, y, it[1], 7.5, True)
        elif kind == "row":
            t = it[1]
            c.t(x0, y, t["date"].strftime("%d/%m"), 7.5)
            c.t(x0 + 32, y, t["desc"], 7.5)
            c.t(x1, y, t["printed"], 7.5, False, "r")
        elif kind == "chead":
            c.t(x0, y, "DATA", 7, True)
            c.t(x0 + 32, y, "ESTABELECIMENTO", 7, True)
            c.t(x1, y, "VALOR EM R$", 7, True, "r")
        elif kind == "ihead":
            c.t(x0, y, "DATA", 7, True)
            c.t(x0 + 32, y, "ESTABELECIMENTO", 7, True)
            c.t(x1 - 75, y, "US$", 7, True, "r")
            c.t(x1, y, "R$", 7, True, "r")
        elif kind == "irow":
            t = it[1]
            c.t(x0, y, t["date"].strftime("%d/%m"), 7.5)
            c.t(x0 + 32, y, t["desc"], 7.5)
            c.t(x1 - 75, y, t["usd"], 7.5, False, "r")
            c.t(x1, y, t["printed"], 7.5, False, "r")
        elif kind == "note":
            c.t(x0 + 32, y, it[1], 7)
        elif kind == "sub":
            c.t(x0 + 32, y, it[1], 7.5, True)
            c.t(x1, y, it[2], 7.5, True, "r")
        elif kind == "fut":
            c.t(x0 + 32, y, it[1], 7.5)
            c.t(x1, y, it[2], 7.5, False, "r")

    # page 1: summary, then lançamentos; columns of ~ 26 lines (two-column) or full width
    def summary():
        c.box(40, 690, 250, 90, fill=0.93)
        c.t(50, 765, "Total desta fatura", 9, True)
        c.t(280, 765, "R$ " + fm(total), 12, True, "r")
        c.t(50, 748, "Pagamento mínimo", 8)
        c.t(280, 748, "R$ " + fm(minimo), 8, False, "r")
        c.t(50, 734, "Vencimento", 8)
        c.t(280, 734, venc.strftime("%d/%m/%Y"), 8, False, "r")
        c.t(50, 720, "Limite total de crédito", 8)
        c.t(280, 720, "R$ 15.000,00", 8, False, "r")
        c.t(50, 706, "Emissão: %s   Fechamento: %s" % ((pe + dt.timedelta(1)).strftime("%d/%m/%Y"), pe.strftime("%d/%m/%Y")), 7)
        c.box(305, 690, 250, 90)
        c.t(315, 765, "Resumo da fatura em R$", 9, True)
        for i, (l, v) in enumerate([("Total da fatura anterior", prev), ("Pagamentos efetuados", -prev), ("Saldo financiado", D(0)),
                                    ("Lançamentos atuais", atuais), ("Total desta fatura", total)]):
            c.t(315, 750 - i * 12, l, 7.5, i == 4)
            c.t(545, 750 - i * 12, fm(v), 7.5, i == 4, "r")

    lh = 11
    if two:
        cap1, capn = 46, 62
        cols_ = []
        pos = 0
        while pos < len(L):
            cap = cap1 if len(cols_) < 2 else capn
            cols_.append(L[pos:pos + cap])
            pos += cap
        npages = (len(cols_) + 1) // 2
        for pi in range(npages):
            header(pi, npages)
            ytop = 670 if pi == 0 else 770
            if pi == 0:
                summary()
            for side in range(2):
                ci = pi * 2 + side
                if ci >= len(cols_):
                    break
                x0, x1 = (40, 290) if side == 0 else (310, 555)
                for k, it in enumerate(cols_[ci]):
                    draw_item(it, x0, x1, ytop - k * lh)
            c.line(300, 60, 300, ytop + 8, 0.3)
            c.show()
    else:
        cap1, capn = 50, 64
        chunks = [L[:cap1]] + [L[i:i + capn] for i in range(cap1, len(L), capn)]
        for pi, ch in enumerate(chunks):
            header(pi, len(chunks))
            ytop = 670 if pi == 0 else 770
            if pi == 0:
                summary()
            for k, it in enumerate(ch):
                draw_item(it, 40, 555, ytop - k * lh)
            c.show()
    pdf.save()
    tr = tx + allp
    b = ob
    for t in tr:
        b += t["amt"]
        t["bal"] = b
    # the page prints its "Fechamento" (closing date) only: no period start (README's truth conventions)
    write_truth(stem, "ga_br_itaucard", "5234XXXXXXXX1234", "BRL", None, pe, ob, cb, tr, False)


# ------------------------------------------------------------------------ L8 Emirates NBD credit card (AE)
def enbd(variant):
    stem = "ga_ae_emiratesnbd" + ("__" + variant if variant else "")
    rng = seed(stem)
    sd = dt.date(2025, 8, 15)
    ps, pe = dt.date(2025, 7, 16), sd
    prev = D("4215.60")
    if variant == "credit_balance":
        prev = D("-350.00")
    ob = -prev
    n = 26 if variant != "3pages" else 95
    fm = lambda v: money(v, th=",", dec=".", neg="cr")
    merch = ["CARREFOUR CITY CENTRE DEIRA DUBAI ARE", "ENOC 1023 AL BARSHA DUBAI ARE", "TALABAT.COM DUBAI ARE",
             "NOON.COM DUBAI ARE", "AMAZON.AE DUBAI ARE", "DEWA PAYMENT DUBAI ARE", "SALIK RECHARGE DUBAI ARE",
             "SPINNEYS JUMEIRAH DUBAI ARE", "CAREEM RIDE DUBAI ARE", "VOX CINEMAS MOE DUBAI ARE"]
    fx = [("BOOKING.COM AMSTERDAM NLD", "EUR", D("4.3120")), ("APPLE.COM/BILL CORK IRL", "USD", D("3.7563")),
          ("UBER *TRIP LONDON GBR", "GBP", D("5.0210"))]
    cards = [("PRIMARY CARD 4567 XXXX XXXX 8901 - AHMED K ALMANSOORI", [])]
    if variant == "supplementary":
        cards.append(("SUPPLEMENTARY CARD 4567 XXXX XXXX 2345 - FATIMA A ALMANSOORI", []))
    tx_all = []
    for ci, (title, lst) in enumerate(cards):
        k = n if ci == 0 else 12
        for _ in range(k):
            d = rng.choice(days(ps, pe))
            a = D(rng.randint(1500, 95000)) / 100
            lst.append({"date": d, "desc": rng.choice(merch), "amt": -a})
        if variant == "fx" and ci == 0:
            for name, cur, rate in fx:
                d = rng.choice(days(ps, pe))
                orig = D(rng.randint(1000, 40000)) / 100
                a = (orig * rate).quantize(CENT)
                lst.append({"date": d, "desc": name, "amt": -a, "fx": "%s %s @ %s" % (cur, money(orig, th=",", dec="."), rate)})
        if ci == 0:
            if prev > 0:
                lst.append({"date": ps + dt.timedelta(20), "desc": "PAYMENT RECEIVED - THANK YOU", "amt": prev})
            d = rng.choice(days(ps, pe))
            lst.append({"date": d, "desc": "REFUND NOON.COM DUBAI ARE", "amt": D("129.00")})
        lst.sort(key=lambda t: t["date"])
        tx_all += lst
    fee_d = sd
    charges = [{"date": fee_d, "desc": "CARD SERVICE FEE", "amt": D("-25.00")}, {"date": fee_d, "desc": "VAT ON CARD SERVICE FEE", "amt": D("-1.25")}]
    cards[0][1].extend(charges)
    tx_all += charges
    pays = sum(t["amt"] for t in tx_all if t["amt"] > 0)
    purch = -sum(t["amt"] for t in tx_all if t["amt"] < 0 and t not in charges)
    chg = D("26.25")
    total = prev - pays + purch + chg
    ob_ = -prev
    cb = ob_ + sum(t["amt"] for t in tx_all)
    assert cb == -total
    mind = max(D("100.00"), (total * D("0.05")).quantize(CENT)) if total > 0 else D("0.00")
    rows = []
    for title, lst in cards:
        rows.append(Row({"desc": title}, bold=True))
        for t in lst:
            desc = t["desc"] + (" " + t["fx"] if "fx" in t else "")
            cells = {"td": t["date"].strftime("%d/%m/%Y"), "pd": min(t["date"] + dt.timedelta(rng.choice([0, 1, 2])), sd).strftime("%d/%m/%Y"),
                     "desc": [t["desc"]] + ([t["fx"]] if "fx" in t else []), "amt": fm(-t["amt"])}
            t["desc"] = desc
            rows.append(Row(cells, txn=t))
        if len(cards) > 1:
            rows.append(Row({"desc": "TOTAL FOR CARD ENDING %s" % title.split()[5], "amt": fm(-sum(t["amt"] for t in lst))}, bold=True))
    cols = {"td": (40, "l"), "pd": (118, "l"), "desc": (190, "l"), "amt": (555, "r")}
    pages = paginate(rows, 38, 60)

    def top(pdf, pi, n):
        pdf.t(40, 805, "Emirates NBD", 15, True)
        pdf.t(555, 808, "Credit Card Statement", 10, True, "r")
        pdf.t(555, 796, "Statement Date %s" % sd.strftime("%d/%m/%Y"), 8, False, "r")
        y = 770
        if pi == 0:
            pdf.t(40, 778, "MR AHMED KHALID ALMANSOORI", 8, True)
            pdf.t(40, 768, "P.O. BOX 777  DUBAI  UNITED ARAB EMIRATES", 7.5)
            pdf.t(40, 758, "Card Number: 4567 XXXX XXXX 8901   Visa Infinite", 7.5)
            pdf.box(40, 650, 515, 95, fill=0.95)
            left = [("Previous Balance", fm(prev)), ("Payments & Credits", fm(-pays)), ("Purchases & Debits", fm(purch)),
                    ("Interest & Charges", fm(chg)), ("Total Amount Due", fm(total))]
            right = [("Minimum Amount Due", "AED " + fm(mind)), ("Payment Due Date", (sd + dt.timedelta(25)).strftime("%d/%m/%Y")),
                     ("Credit Limit", "AED 30,000.00"), ("Available Credit Limit", "AED " + fm(D("30000.00") - max(total, D(0)))),
                     ("Statement Period", "%s - %s" % (ps.strftime("%d/%m/%Y"), pe.strftime("%d/%m/%Y")))]
            for i, ((l1, v1), (l2, v2)) in enumerate(zip(left, right)):
                pdf.t(50, 730 - i * 15, l1, 8, i == 4)
                pdf.t(280, 730 - i * 15, "AED " + v1, 8, i == 4, "r")
                pdf.t(310, 730 - i * 15, l2, 8, i == 0)
                pdf.t(545, 730 - i * 15, v2, 8, i == 0, "r")
            y = 628
        return y

    def head(pdf, y, pi):
        pdf.box(40, y - 4, 515, 14, fill=0.8)
        for k, title in [("td", "Transaction Date"), ("pd", "Posting Date"), ("desc", "Description"), ("amt", "Amount (AED)")]:
            x, a = cols[k]
            pdf.t(x, y, title, 7.5, True, a)
        return y - 16

    def cf(pdf, y, pi, pages):
        pdf.t(555, y - 6, "Continued on next page", 7, False, "r")

    def foot(pdf, pi, n):
        pdf.t(40, 40, "CR denotes a credit. Please pay at least the Minimum Amount Due by the Payment Due Date to avoid a late payment fee of AED 241.50.", 6)
        pdf.t(40, 32, "Emirates NBD Bank (P.J.S.C.), P.O. Box 777, Dubai, UAE. Licensed by the Central Bank of the UAE. Call 600 540000.", 6)
        pdf.t(555, 32, "Page %d of %d" % (pi + 1, n), 7, False, "r")

    pdf = Pdf(os.path.join(OUT, stem + ".pdf"), title="Credit Card Statement")
    render(pdf, pages, cols, top, head, foot, cf=cf)
    pdf.save()
    b = ob_
    for t in tx_all:
        b += t["amt"]
        t["bal"] = b
    write_truth(stem, "ga_ae_emiratesnbd", "4567XXXXXXXX8901", "AED", ps, pe, ob_, cb, tx_all, False)


LAYOUTS = [
    (itau_extrato, ["3paginas", "cheque_especial", "sinal_final", "dez_jan"]),
    (galicia, ["1pagina", "debito_negativo", "orden_columnas", "descubierto"]),
    (bancoestado, ["febrero", "3paginas", "fecha_ddmm", "signo_peso"]),
    (gtbank, ["4pages", "overdrawn", "dec_jan", "opening_row"]),
    (attijari, ["debiteur", "espace_fine", "3pages", "date_valeur_avant"]),
    (capitec, ["fee_same_row", "1page", "no_category", "dates_text"]),
    (itaucard, ["duas_colunas", "internacional", "virada", "estorno"]),
    (enbd, ["fx", "3pages", "credit_balance", "supplementary"]),
]

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn, vs in LAYOUTS:
        for v in [""] + vs:
            fn(v)
    print("written", len(os.listdir(OUT)) // 2, "statements to", OUT)
