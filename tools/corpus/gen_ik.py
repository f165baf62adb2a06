#!/usr/bin/python3
"""Generator ik: 5 unseen layouts x (base + 1 or 2 variants), exact truth. Deterministic.

Banco do Brasil extrato (Dia "05/06" / Lançamentos / Documento / Valor "1.234,56 D"/"C", Saldo Anterior, a daily
"S A L D O" line after each day's rows; a two-page, an overdrawn and a "Lançamentos futuros" variant, two entries
scheduled for next month under the closing saldo), Banco de Chile cartola (FECHA DIA/MES /
DETALLE DE TRANSACCION / SUCURSAL / N° DOCTO / MONTO CHEQUES O CARGOS / MONTO DEPOSITOS O ABONOS / SALDO, whole pesos,
the saldo on a day's last row only, SALDO INICIAL ... SALDO FINAL in a summary row under the table; a two-page and a
"$ 1.234.567" variant), MCB Mauritius (Trans Date / Value Date / Transaction Details / Debit / Credit / Balance,
Balance Brought Forward, an inward foreign-currency transfer; an overdrawn variant), CRDB Bank Tanzania (Posting
Date / Details / Value Date / Debit / Credit / Book Balance, OPENING BALANCE row, a reference line under each row;
a two-page and a wrapped-details variant), Bank of Baroda (Date / Particulars / Cheque No / Withdrawals / Deposits /
Balance, lakh grouping, "Cr"/"Dr" balances, B/F; an overdrawn and a two-page C/F-B/F variant).

Truth choices: Banco do Brasil's "Lançamentos futuros" (scheduled, not booked) are no transactions; a "S A L D O" line, a SALDO INICIAL/FINAL summary, OPENING BALANCE, Balance Brought Forward, B/F and
C/F rows are no transactions; Banco do Brasil's rows carry no balance (the day's S A L D O stands on a line of its
own, as gen_id's "Daily balance"); Banco de Chile's SALDO, printed on a day's last row only, is that row's; Banco de Chile's SUCURSAL and N° DOCTO,
Banco do Brasil's Documento and Baroda's Cheque No are not description; CRDB's reference line and MCB's
foreign-currency and remitter lines join the description.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import fmt, render, row_truth_writer, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ik/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def amt(rng, lo, hi, nd=2):
    if nd == 0:
        return D(rng.randint(int(lo), int(hi)))
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def gen_rows(rng, start, end, n, pool, credits, pc=0.2, nd=2):
    """Random rows: each pool entry (lines, lo, hi); lines are format strings ({r} a number, {dm} day/month)."""
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pc:
            lines, lo, hi = rng.choice(credits); s = 1
        else:
            lines, lo, hi = rng.choice(pool); s = -1
        ls = [l.format(r=rng.randint(100000, 999999), dm=d.strftime("%d/%m"), hm="%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59)))
              for l in lines]
        txs.append({"date": d, "desc_lines": ls, "amount": amt(rng, lo, hi, nd) * s})
    txs.sort(key=lambda t: t["date"])
    return txs


def run_bal(txs, ob):
    bal = D(ob)
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
    return bal


def day_end_only(txs):
    for i, t in enumerate(txs):
        if i + 1 < len(txs) and txs[i + 1]["date"] == t["date"]:
            t["shown"] = False


def lakh(v):
    s = "%.2f" % abs(v)
    ip, fp = s.split(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        g = []
        while len(head) > 2:
            g.insert(0, head[-2:]); head = head[:-2]
        if head: g.insert(0, head)
        ip = ",".join(g) + "," + tail
    return ip + "." + fp


# ---------------------------------------------------------------- 1 Banco do Brasil extrato
def bb(stem, seed, n, per_page=60, od=False, futuros=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("412.38") if od else D("3187.62")
    pool = [(["Pix - Enviado", "{dm} {hm} MERCADINHO BOA VISTA"], 12, 160), (["Compra com Cartão", "{dm} {hm} DROGARIA SAO PAULO"], 18, 240),
            (["Pagamento de Boleto", "ENEL DISTRIBUICAO SAO PAULO"], 110, 320), (["Saque", "{dm} {hm} TAA 4412 AG PINHEIROS"], 50, 500),
            (["Pix - Enviado", "{dm} {hm} CONDOMINIO ED. AURORA"], 650, 980), (["Débito Automático", "VIVO FIXO E INTERNET"], 99.9, 149.9),
            (["Compra com Cartão", "{dm} {hm} IFOOD *RESTAURANTE"], 25, 120), (["Transferência enviada", "{dm} 3417 28471-X JOAO P SILVA"], 100, 700)]
    cr = [(["Pix - Recebido", "{dm} {hm} 98765432100 CARLA MENDES"], 40, 900), (["Rende Fácil", "RESGATE AUTOMATICO"], 20, 300)]
    txs = gen_rows(rng, start, end, n, pool, cr, pc=0.18)
    txs.append({"date": dt.date(2025, 6, 5), "desc_lines": ["Crédito Salário", "EMPRESA BRASILEIRA DE TECNOLOGIA"], "amount": D("5438.17")})
    txs.sort(key=lambda t: t["date"])
    if od:
        txs.append({"date": dt.date(2025, 6, 3), "desc_lines": ["Pagamento de Boleto", "IPVA SP 2025 COTA UNICA"], "amount": D("-2315.40")})
        txs.append({"date": dt.date(2025, 6, 30), "desc_lines": ["Juros Cheque Especial", "REF 06/2025"], "amount": D("-38.71")})
        txs.append({"date": dt.date(2025, 6, 30), "desc_lines": ["IOF", "REF 06/2025"], "amount": D("-4.12")})
        txs.sort(key=lambda t: t["date"])
    cb = run_bal(txs, ob)
    day_end_only(txs)
    dc = lambda v: fmt(abs(v), ".", ",") + (" D" if v < 0 else " C")
    rows = []
    for i, t in enumerate(txs):
        rows.append({"d": t["date"].strftime("%d/%m"), "doc": "%d.%03d" % (rng.randint(1, 99), rng.randint(0, 999)),
                     "desc": t["desc_lines"], "v": dc(t["amount"])})
        if t.get("shown", True):
            rows.append({"d": t["date"].strftime("%d/%m"), "desc": ["S A L D O"], "v": dc(t["bal"])})
    for t in txs:
        t["shown"] = False  # the day's balance stands on a line of its own, not on a row (as gen_id's "Daily balance")
    meses = ["JANEIRO", "FEVEREIRO", "MARÇO", "ABRIL", "MAIO", "JUNHO"]

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Banco do Brasil", 17, True)
        doc.t(W - 40, H - 40, "Extrato de Conta Corrente", 10, True, "r")
        doc.t(W - 40, H - 52, "Emitido em 01/07/2025 09:41:12", 7, align="r")
        doc.t(W - 40, H - 62, "Página %d de %d" % (p, np_), 7, align="r")
        doc.t(40, H - 74, "Cliente: RAFAEL AUGUSTO LIMA", 8)
        doc.t(40, H - 85, "Agência: 3417-2   Conta corrente: 28471-X", 8)
        doc.t(40, H - 96, "Mês/ano referência: %s/%d" % (meses[start.month - 1], start.year), 8)
        doc.c.line(40, H - 104, W - 40, H - 104)
        return H - 120

    cols = [("Dia", 40, "l", "d"), ("Lançamentos", 85, "l", "desc"), ("Documento", 400, "r", "doc"), ("Valor", 555, "r", "v")]

    def top(doc, y):
        doc.t(40, y, (start - dt.timedelta(days=1)).strftime("%d/%m"), 8); doc.t(85, y, "Saldo Anterior", 8)
        doc.t(555, y, dc(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        y -= 6
        doc.t(40, y, "Lançamentos futuros", 8, True)
        if futuros:  # entries scheduled for next month: not booked, no transactions of this statement
            for k, (d, l1, l2, v) in enumerate([("03/07", "Pagamento de Boleto", "SABESP AGUA E ESGOTO", "187,45 D"),
                                                ("10/07", "Débito Automático", "VIVO FIXO E INTERNET", "129,90 D")]):
                doc.t(40, y - 13 - 22 * k, d, 8); doc.t(85, y - 13 - 22 * k, l1, 8); doc.t(85, y - 23 - 22 * k, l2, 8)
                doc.t(555, y - 13 - 22 * k, v, 8, align="r")
            y -= 34
        else:
            doc.t(40, y - 11, "Não há lançamentos futuros para esta conta.", 7)
        if od:
            doc.t(40, y - 26, "Limite Cheque Especial: R$ 3.000,00   Juros do período: R$ 38,71   IOF: R$ 4,12", 7)
        doc.t(40, y - 40, "Os dados acima têm como base as informações disponíveis neste momento e podem ser alterados a qualquer momento.", 6.5)
        return y - 50

    def footer(doc, p, np_):
        doc.t(40, 40, "Central de Atendimento BB 4004 0001 / 0800 729 0001 · SAC 0800 729 0722 · Ouvidoria BB 0800 729 5678", 6)
        doc.t(40, 32, "Deficiente auditivo ou de fala 0800 729 0088 · bb.com.br", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top], bottom=bottom)
    write(stem, "ik_br_bb_extrato", "****471X", "BRL", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Banco de Chile cartola
def bchile(stem, seed, n, per_page=60, peso=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("2184605")
    pool = [(["GIRO CAJERO AUTOMATICO"], 10000, 200000), (["COMPRA NACIONAL LIDER EXPRESS"], 3500, 85000),
            (["PAGO AUTOMATICO ENTEL PCS"], 18990, 32990), (["TRASPASO A:MARIA JOSE ROJAS"], 20000, 350000),
            (["CARGO POR PAC AGUAS ANDINAS"], 12000, 38000), (["PAGO EN LINEA TARJETA DE CREDITO"], 150000, 650000),
            (["COMPRA NAC. COPEC EST 401"], 15000, 60000)]
    cr = [(["TRASPASO DE:CONSTRUCT. ANDES"], 1450000, 1900000), (["DEPOSITO EN EFECTIVO"], 20000, 300000),
          (["TRASPASO DE:PEDRO GONZALEZ S"], 15000, 120000)]
    txs = gen_rows(rng, start, end, n, pool, cr, pc=0.22, nd=0)
    txs.append({"date": dt.date(2025, 5, 5), "desc_lines": ["COMISION MANTENCION PLAN"], "amount": D("-6990")})
    txs.sort(key=lambda t: t["date"])
    cb = run_bal(txs, ob)
    day_end_only(txs)
    clp = lambda v: ("$ " if peso else "") + fmt(v, ".", ",", 0)
    suc = {"GIRO": "CAJERO AUT.", "COMP": "INTERNET", "PAGO": "OF. CENTRAL", "TRAS": "INTERNET", "CARG": "OF. CENTRAL",
           "DEPO": "PROVIDENCIA", "COMI": "OF. CENTRAL"}
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m"), "desc": t["desc_lines"], "suc": suc[t["desc_lines"][0][:4]],
             "doc": "%07d" % rng.randint(1000, 9999999)}
        r["c" if t["amount"] < 0 else "a"] = clp(abs(t["amount"]))
        if t.get("shown", True): r["s"] = clp(t["bal"])
        rows.append(r)
    out_, in_ = sums(txs)
    dep = sum((t["amount"] for t in txs if t["desc_lines"][0].startswith("DEPOSITO")), D(0))

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Banco de Chile", 17, True)
        doc.t(40, H - 57, "Banca Personas", 7)
        doc.t(W - 40, H - 40, "CARTOLA N° 5", 10, True, "r")
        doc.t(W - 40, H - 52, "PAGINA %d DE %d" % (p, np_), 7, align="r")
        doc.t(40, H - 76, "SR(A): FRANCISCA ANDREA MUÑOZ PIZARRO", 8)
        doc.t(40, H - 87, "RUT: 15.482.337-K", 8)
        doc.t(40, H - 98, "CUENTA CORRIENTE N°: 00-812-04178-09", 8)
        doc.t(330, H - 76, "EJECUTIVO: CLAUDIO REYES V.", 8)
        doc.t(330, H - 87, "SUCURSAL: PROVIDENCIA", 8)
        doc.t(330, H - 98, "DESDE: %s   HASTA: %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
        doc.t(330, H - 109, "MONEDA: PESOS", 8)
        doc.c.line(40, H - 116, W - 40, H - 116)
        return H - 132

    cols = [("FECHA\nDIA/MES", 40, "l", "d"), ("DETALLE DE TRANSACCION", 78, "l", "desc"), ("SUCURSAL", 236, "l", "suc"),
            ("N° DOCTO", 340, "r", "doc"), ("MONTO\nCHEQUES O\nCARGOS", 405, "r", "c"), ("MONTO\nDEPOSITOS O\nABONOS", 480, "r", "a"),
            ("SALDO", 555, "r", "s")]

    def bottom(doc, y):
        y -= 8
        doc.c.rect(40, y - 30, doc.W - 80, 40)
        labs = ["SALDO INICIAL", "DEPOSITOS", "OTROS ABONOS", "CHEQUES", "OTROS CARGOS", "IMPUESTOS", "SALDO FINAL"]
        vals = [ob, dep, in_ - dep, D(0), out_, D(0), cb]
        for i, (l, v) in enumerate(zip(labs, vals)):
            x = 48 + i * 74
            doc.t(x, y, l, 6.5, True)
            doc.t(x, y - 14, "$ " + fmt(v, ".", ",", 0), 7.5)
        doc.t(40, y - 46, "INFORME SOBRE SU LINEA DE CREDITO: CUPO AUTORIZADO $ 1.500.000  UTILIZADO $ 0  DISPONIBLE $ 1.500.000", 6.5)
        doc.t(40, y - 56, "Infórmese sobre la garantía estatal de los depósitos en su banco o en www.cmfchile.cl", 6.5)
        return y - 60

    def footer(doc, p, np_):
        doc.t(40, 36, "Banco de Chile · Ahumada 251, Santiago · Banconexión 600 637 3737 · bancochile.cl", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, bottom=bottom)
    write(stem, "ik_cl_bancochile_cartola", "****7809", "CLP", start, end, ob, cb, txs, nd=0)


# ---------------------------------------------------------------- 3 MCB Mauritius
def mcb(stem, seed, n, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("4380.15") if od else D("62418.90")
    pool = [(["JUICE TRANSFER TO 000449821036"], 500, 6000), (["POS PURCHASE WINNERS GRAND BAIE"], 300, 4200),
            (["ATM WITHDRAWAL MCB CUREPIPE"], 1000, 10000), (["STANDING ORDER CEB ELECTRICITY"], 900, 2600),
            (["CARD PAYMENT INTERMART EBENE"], 250, 3800), (["DIRECT DEBIT MAURITIUS TELECOM"], 1200, 2100),
            (["CHARGES SMS BANKING"], 25, 25)]
    cr = [(["CASH DEPOSIT MCB ROSE HILL"], 1000, 15000), (["JUICE TRANSFER FROM 000447712093"], 300, 8000)]
    txs = gen_rows(rng, start, end, n, pool, cr, pc=0.15)
    txs.append({"date": dt.date(2025, 4, 25), "desc_lines": ["SALARY CREDIT ROGERS CAPITAL LTD"], "amount": D("54870.00")})
    txs.append({"date": dt.date(2025, 4, 17), "desc_lines": ["INWARD SWIFT TRANSFER", "EUR 1,250.00 @ 51.2840", "FROM: LAURENT MOREL FR76300"],
                "amount": D("64105.00")})
    if od:
        txs.append({"date": dt.date(2025, 4, 8), "desc_lines": ["CHEQUE 000318 PAID"], "amount": D("-18500.00")})
        txs.append({"date": dt.date(2025, 4, 30), "desc_lines": ["DEBIT INTEREST APR 2025"], "amount": D("-211.46")})
    txs.sort(key=lambda t: t["date"])
    cb = run_bal(txs, ob)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=1 if "SWIFT" in t["desc_lines"][0] else 0)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "vd": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "MCB", 22, True)
        doc.t(40, H - 58, "The Mauritius Commercial Bank Ltd", 7)
        doc.t(W - 40, H - 40, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(W - 40, H - 52, "Page %d of %d" % (p, np_), 7, align="r")
        doc.t(40, H - 80, "MR ASHWIN KUMAR RAMGOOLAM", 8)
        doc.t(40, H - 91, "12 ROYAL ROAD", 8); doc.t(40, H - 102, "QUATRE BORNES", 8); doc.t(40, H - 113, "MAURITIUS", 8)
        doc.c.rect(330, H - 140, 225, 72)
        L = [("Account Number", "000448210367"), ("Account Type", "SAVINGS ACCOUNT"), ("Currency", "MUR"),
             ("Statement Date", end.strftime("%d/%m/%Y")), ("Period", "%s to %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))]
        for i, (a, b) in enumerate(L):
            doc.t(338, H - 80 - 12 * i, a, 7.5); doc.t(420, H - 80 - 12 * i, ": " + b, 7.5)
        doc.t(40, H - 160, "Opening Balance: MUR %s     Total Debits: MUR %s     Total Credits: MUR %s     Closing Balance: MUR %s"
              % (fmt(ob), fmt(out_), fmt(in_), fmt(cb)), 7, True)
        return H - 182

    cols = [("Trans Date", 40, "l", "d"), ("Value Date", 90, "l", "vd"), ("Transaction Details", 142, "l", "desc"),
            ("Debit", 395, "r", "dr"), ("Credit", 470, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(142, y, "Balance Brought Forward", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(142, y - 4, "Closing Balance", 8, True); doc.t(555, y - 4, fmt(cb), 8, True, "r")
        doc.t(40, y - 30, "Please examine this statement and report any discrepancy within 15 days. MCB is regulated by the Bank of Mauritius.", 6.5)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 36, "The Mauritius Commercial Bank Ltd · 9-15 Sir William Newton Street, Port Louis · Tel (230) 202 5000 · Swift MCBLMUMU · mcb.mu", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=60, top_rows=[top], bottom=bottom)
    write(stem, "ik_mu_mcb", "****0367", "MUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 CRDB Bank Tanzania
def crdb(stem, seed, n, per_page=60, wrapped=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("3845210.00")
    pool = [(["SIMBANKING TRANSFER TO 0754123987"], 10000, 400000), (["ATM WITHDRAWAL CRDB AZIKIWE"], 50000, 400000),
            (["LUKU PURCHASE TANESCO METER 43012456789"], 20000, 100000), (["TEMBO CARD POS SHOPPERS PLAZA MASAKI"], 15000, 350000),
            (["MOBILE TO WALLET M-PESA 0765443210"], 10000, 500000), (["SMS BANKING CHARGE"], 1180, 1180),
            (["GOVT LEVY ON TRANSFER"], 400, 2000)]
    cr = [(["CASH DEPOSIT BRANCH AZIKIWE"], 50000, 900000),
          (["TISS INWARD FROM NMB BANK PLC"], 100000, 1500000)]
    txs = gen_rows(rng, start, end, n, pool, cr, pc=0.15)
    txs.append({"date": dt.date(2025, 5, 23), "desc_lines": ["SALARY TANZANIA PORTS AUTHORITY"], "amount": D("2874500.00")})
    txs.sort(key=lambda t: t["date"])
    if wrapped:
        for t in txs[::3]:
            t["desc_lines"] = wrap(t["desc_lines"][0] + " NARRATION: PAYMENT FOR SCHOOL FEES TERM II ST. JOSEPH CONVENT DAR ES SALAAM", 42)
    cb = run_bal(txs, ob)
    rows = []
    for t in txs:
        ref = "REF: FT%02d%03d%s" % (t["date"].month, t["date"].day * 11, "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))
        t["desc_lines"] = t["desc_lines"] + [ref]
        r = {"d": t["date"].strftime("%d-%m-%Y"), "vd": t["date"].strftime("%d-%m-%Y"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "CRDB", 20, True); doc.t(108, H - 46, "BANK", 11, True)
        doc.t(40, H - 57, "The bank that listens", 7)
        doc.t(W - 40, H - 40, "ACCOUNT STATEMENT", 10, True, "r")
        doc.t(W - 40, H - 52, "Page %d of %d" % (p, np_), 7, align="r")
        if p == 1:
            L = [("Account Name", "NEEMA JOSEPH MWAKALINGA"), ("Account Number", "0152284471300"), ("Product", "SCHOLAR ACCOUNT"),
                 ("Currency", "TZS"), ("Branch", "AZIKIWE"), ("Period", "%s To %s" % (start.strftime("%d-%m-%Y"), end.strftime("%d-%m-%Y")))]
            for i, (a, b) in enumerate(L):
                doc.t(40, H - 76 - 11 * i, a, 7.5, True); doc.t(120, H - 76 - 11 * i, ": " + b, 7.5)
            doc.c.rect(340, H - 146, 215, 70)
            for i, (a, b) in enumerate([("Opening Balance", ob), ("Total Debits", out_), ("Total Credits", in_), ("Closing Balance", cb)]):
                doc.t(348, H - 90 - 14 * i, a, 7.5); doc.t(548, H - 90 - 14 * i, fmt(b), 7.5, False, "r")
            return H - 168
        doc.t(40, H - 76, "Account Number : 0152284471300   Currency : TZS", 7.5)
        return H - 96

    cols = [("Posting Date", 40, "l", "d"), ("Details", 100, "l", "desc"), ("Value Date", 312, "l", "vd"),
            ("Debit", 425, "r", "dr"), ("Credit", 490, "r", "cr"), ("Book Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(100, y, "OPENING BALANCE", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(380, y + 6, 555, y + 6)
        doc.t(100, y - 4, "TOTAL", 8, True); doc.t(425, y - 4, fmt(out_), 8, True, "r"); doc.t(490, y - 4, fmt(in_), 8, True, "r")
        doc.t(40, y - 28, "*** END OF STATEMENT ***", 7, True)
        return y - 36

    def footer(doc, p, np_):
        doc.t(40, 40, "CRDB Bank Plc, Office Accommodation Scheme, Ali Hassan Mwinyi Road, P.O. Box 268, Dar es Salaam. Call Centre 0714 197 700.", 6)
        doc.t(40, 32, "Please report any discrepancy within 30 days. CRDB Bank Plc is regulated by the Bank of Tanzania.", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top], bottom=bottom)
    write(stem, "ik_tz_crdb", "****1300", "TZS", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 Bank of Baroda
def baroda(stem, seed, n, per_page=60, od=False, ob=D("248715.40")):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("-48210.55") if od else ob
    pool = [(["UPI/516{r}/SWIGGY/swiggy@axisbank"], 150, 1800), (["UPI/516{r}/BIGBASKET/bigbasket@hdfcbank"], 400, 4200),
            (["NEFT-BARBN5251{r}-SUNRISE HOUSING SOCIETY"], 3500, 9000), (["ATM WDL/BOB ATM SAYAJIGUNJ VADODARA"], 2000, 20000),
            (["ACH DR/LIC OF INDIA/PREMIUM"], 4800, 24000), (["BY TRANSFER-CHQ PAID"], 5000, 90000)]
    cr = [(["BY CASH DEPOSIT BR VADODARA MAIN"], 5000, 60000), (["UPI/516{r}/RAHUL MEHTA/rahulm@okicici"], 500, 15000)]
    txs = gen_rows(rng, start, end, n, pool, cr, pc=0.2)
    txs += [{"date": dt.date(2025, 6, 1), "desc_lines": ["NEFT-SBIN0001234-ADITYA CHEMICALS LTD SALARY"], "amount": D("112480.00")},
            {"date": dt.date(2025, 6, 3), "desc_lines": ["SMS CHARGES APR-JUN 25"], "amount": D("-17.70")}]
    if not od:
        txs.append({"date": dt.date(2025, 6, 1), "desc_lines": ["INT.PD:01-03-2025 TO 31-05-2025"], "amount": D("1864.00")})
    txs.sort(key=lambda t: t["date"])
    if od:
        txs.append({"date": dt.date(2025, 6, 30), "desc_lines": ["OD INTEREST JUN-2025"], "amount": D("-612.30")})
        txs.sort(key=lambda t: t["date"])
    chq = 412871
    for t in txs:
        if t["desc_lines"][0] == "BY TRANSFER-CHQ PAID":
            t["chq"] = "%06d" % chq; chq += 1
    cb = run_bal(txs, ob)
    crdr = lambda v: lakh(v) + (" Dr" if v < 0 else " Cr")
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc_lines"][0], 34) if len(t["desc_lines"][0]) > 34 and "/" not in t["desc_lines"][0] else t["desc_lines"]
        r = {"d": t["date"].strftime("%d-%m-%Y"), "desc": t["desc_lines"], "b": crdr(t["bal"])}
        if "chq" in t: r["ck"] = t["chq"]
        r["wd" if t["amount"] < 0 else "dp"] = lakh(t["amount"])
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Bank of Baroda", 17, True)
        doc.t(40, H - 57, "India's International Bank", 7)
        doc.t(W - 40, H - 40, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(W - 40, H - 52, "Page %d of %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 76, "PRIYA NILESH DESAI", 8); doc.t(40, H - 87, "B-14 ANAND NAGAR SOCIETY", 8)
            doc.t(40, H - 98, "KAREALIBAUG VADODARA 390018", 8); doc.t(40, H - 109, "GUJARAT", 8)
        L = [("Account No", "05420100018836"), ("Account Type", "BOB CASH CREDIT" if od else "SAVINGS BANK - GENERAL"),
             ("Branch", "VADODARA MAIN"), ("IFSC", "BARB0VADODA"), ("Currency", "INR"),
             ("Statement Period", "%s to %s" % (start.strftime("%d-%m-%Y"), end.strftime("%d-%m-%Y")))]
        for i, (a, b) in enumerate(L):
            doc.t(330, H - 76 - 11 * i, a, 7.5); doc.t(410, H - 76 - 11 * i, ": " + b, 7.5)
        doc.c.line(40, H - 146, W - 40, H - 146)
        return H - 162

    cols = [("Date", 40, "l", "d"), ("Particulars", 95, "l", "desc"), ("Cheque No", 300, "l", "ck"),
            ("Withdrawals", 410, "r", "wd"), ("Deposits", 480, "r", "dp"), ("Balance", 555, "r", "b")]

    def prev_bal(r):
        i = rows.index(r)
        return txs[i - 1]["bal"] if i > 0 else ob

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(95, y, "C/F", 8); doc.t(555, y, r["b"], 8, align="r")
        else:
            doc.t(95, y, "B/F", 8); doc.t(555, y, crdr(prev_bal(r)), 8, align="r")
        return y - 13

    def top(doc, y):
        doc.t(40, y, start.strftime("%d-%m-%Y"), 8); doc.t(95, y, "B/F", 8); doc.t(555, y, crdr(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        out_, in_ = sums(txs)
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(95, y - 4, "Total", 8, True); doc.t(410, y - 4, lakh(out_), 8, True, "r"); doc.t(480, y - 4, lakh(in_), 8, True, "r")
        doc.t(555, y - 4, crdr(cb), 8, True, "r")
        if od:
            doc.t(40, y - 24, "Sanctioned Limit: 2,00,000.00   Drawing Power: 2,00,000.00   ROI: 10.65% p.a.", 7)
        doc.t(40, y - 36, "Abbreviations: B/F Brought Forward, C/F Carried Forward, Cr Credit balance, Dr Debit balance.", 6.5)
        return y - 44

    def footer(doc, p, np_):
        doc.t(40, 40, "This is a computer generated statement and does not require a signature. Toll free 1800 5700 / 1800 102 4455.", 6)
        doc.t(40, 32, "Bank of Baroda, Baroda Corporate Centre, Bandra Kurla Complex, Mumbai 400051. bankofbaroda.in", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, cf=cf, top_rows=[top], bottom=bottom)
    write(stem, "ik_in_baroda", "****8836", "INR", start, end, ob, cb, txs)


bb("ik_br_bb_extrato", 1901, 15, per_page=44)
bb("ik_br_bb_extrato__pages", 1902, 30, per_page=44)
bb("ik_br_bb_extrato__overdraft", 1903, 12, per_page=44, od=True)
bb("ik_br_bb_extrato__futuros", 1904, 14, per_page=44, futuros=True)
bchile("ik_cl_bancochile_cartola", 1911, 22)
bchile("ik_cl_bancochile_cartola__pages", 1912, 62, per_page=40)
bchile("ik_cl_bancochile_cartola__peso", 1913, 20, peso=True)
mcb("ik_mu_mcb", 1921, 18)
mcb("ik_mu_mcb__overdraft", 1922, 16, od=True)
crdb("ik_tz_crdb", 1931, 16)
crdb("ik_tz_crdb__pages", 1932, 34, per_page=45)
crdb("ik_tz_crdb__wrapped", 1933, 18, wrapped=True)
baroda("ik_in_baroda", 1941, 20)
baroda("ik_in_baroda__overdraft", 1942, 18, od=True)
baroda("ik_in_baroda__pages", 1943, 50, per_page=30, ob=D("712460.85"))
