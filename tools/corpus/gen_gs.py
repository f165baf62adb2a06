#!/usr/bin/python3
"""Generator gs: 6 untuned layouts x (base + 1 variant), exact truth. Deterministic."""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4
from corpus_kit import C2, Doc, fmt, lakh, make_txns, render, running, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gs/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)



def idr(v):
    return fmt(v, ".", ",")


def sp(v):
    return fmt(v, " ", ".")


def clp(v):
    v = D(v)
    return ("$ -" if v < 0 else "$ ") + fmt(abs(v), ".", ",", nd=0)



# ---------------------------------------------------------------- 1 Kotak Mahindra Bank IN (lakh grouping, (Cr) balances, Opening Balance row)
def kotak(stem, seed, n=22, start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 31), ob=D("184562.40"), pages=False):
    rng = random.Random(seed)
    pool = [("UPI/SWIGGY/{r}/Payment from Phone", 150, 1400), ("UPI/BIGBASKET/{r}/UPI", 400, 3800), ("POS 4162XXXXXXXX7781 RELIANCE SMART BANDRA", 500, 6500),
            ("ATL/ATM WDL/{r}/KOTAK ATM ANDHERI W", 2000, 10000), ("NEFT DR-HDFC0000240-SHARMA PROPERTIES-NETBANK, MUM-N{r}-RENT AUGUST", 28000, 35000),
            ("BIL/ONL/{r}/TATA POWER MUMBAI/ELECTRICITY", 1200, 4200), ("ACH D- BAJAJ FINANCE LTD-{r}", 4500, 4500),
            ("IMPS-{r}-RAHUL VERMA-ICIC-XXXXXXXX3391-DINNER SPLIT", 300, 2500)]
    cr = [("NEFT CR-CITI0100000-INFOSYS LIMITED-SALARY JULY 2025-CITIN{r}", 142000, 158000), ("IMPS-{r}-P MEHTA-SBIN-XXXXXXXX1204-REFUND", 500, 5000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        ref = "UPI-%d" % rng.randint(100000000000, 999999999999) if t["desc"].startswith("UPI") else ("%06d" % rng.randint(0, 999999) if rng.random() < 0.4 else "")
        t["desc_lines"] = wrap(t["desc"], 40)
        r = {"d": t["date"].strftime("%d-%m-%Y"), "desc": t["desc_lines"], "ref": ref, "b": lakh(t["bal"]) + "(Cr)"}
        if t["amount"] < 0: r["w"] = lakh(-t["amount"])
        else: r["dp"] = lakh(t["amount"])
        rows.append(r)
    wd = sum(-t["amount"] for t in txs if t["amount"] < 0); dp = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "kotak", 20, True); doc.t(103, H - 45, "Kotak Mahindra Bank", 9)
        doc.t(doc.W - 40, H - 45, "Account Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d of %d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "Account No. 1234567890   Savings Account   Currency INR", 8)
        if p == 1:
            doc.t(40, H - 84, "MR ANIKET DESHPANDE", 8); doc.t(40, H - 95, "FLAT 1102, SEA BREEZE CHS, LINKING ROAD", 8); doc.t(40, H - 106, "BANDRA WEST, MUMBAI 400050", 8)
            doc.t(40, H - 120, "CRN 4410XXXX   IFSC KKBK0000652   MICR 400485035", 8)
            doc.t(40, H - 132, "Statement period %s to %s" % (start.strftime("%d-%m-%Y"), end.strftime("%d-%m-%Y")), 8)
            doc.c.rect(330, H - 140, 225, 62)
            doc.t(338, H - 90, "Account Summary", 8, True)
            S = [("Opening Balance", lakh(ob)), ("Total Withdrawals", lakh(wd)), ("Total Deposits", lakh(dp)), ("Closing Balance", lakh(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 102 - 10 * i, a, 7.5); doc.t(548, H - 102 - 10 * i, b, 7.5, align="r")
            return H - 160
        return H - 88

    cols = [("Date", 40, "l", "d"), ("Narration", 92, "l", "desc"), ("Chq/Ref No.", 290, "l", "ref"), ("Withdrawal (Dr)", 418, "r", "w"),
            ("Deposit (Cr)", 478, "r", "dp"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(92, y, "Opening Balance", 8); doc.t(555, y, lakh(ob) + "(Cr)", 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(92, y - 4, "Closing Balance", 8, True); doc.t(555, y - 4, lakh(cb) + "(Cr)", 8, True, "r")
        return y - 10

    def footer(doc, p, np_):
        doc.t(40, 34, "Kotak Mahindra Bank Ltd. Regd. Office: 27 BKC, C 27, G Block, Bandra Kurla Complex, Bandra (E), Mumbai 400051. CIN L65110MH1985PLC038137.", 5.5)
        doc.t(40, 26, "This is a system generated statement and does not require a signature. Please report discrepancies within 30 days. www.kotak.com", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(22 if pages else 50), top_rows=[top], bottom=bottom)
    write_truth(stem, "GS_in_kotak", "****7890", "INR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 2 Bank Mandiri ID (1.234.567,89, Saldo Awal/Akhir, multi-line keterangan)
def mandiri(stem, seed, n=18, start=dt.date(2025, 8, 1), end=dt.date(2025, 8, 31), ob=D("12845300.00"), pages=False):
    rng = random.Random(seed)
    pool = [(["Transfer ke BCA", "PT TOKOPEDIA", "{r}"], 85000, 2400000), (["Pembayaran Tagihan", "PLN PASCABAYAR", "5390{r}"], 250000, 900000),
            (["Tarik Tunai ATM", "ATM MANDIRI SUDIRMAN"], 500000, 2500000), (["QRIS", "KOPI KENANGAN SENAYAN"], 25000, 95000),
            (["Pembelian Pulsa", "TELKOMSEL 0812{r}"], 50000, 150000), (["Transfer BI-FAST ke", "BNI - SITI RAHAYU", "Arisan Agustus"], 300000, 1500000),
            (["Biaya Administrasi"], 12500, 12500)]
    cr = [(["Transfer dari", "PT ASTRA INTERNATIONAL TBK", "GAJI AGUSTUS 2025"], 14500000, 18500000), (["Bunga Tabungan"], 1500, 9000)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: lines, lo, hi = rng.choice(cr); sg = 1
        else: lines, lo, hi = rng.choice(pool); sg = -1
        amt = D(rng.randint(lo // 500, hi // 500) * 500) * sg
        if lo == hi: amt = D(lo) * sg
        rr = str(rng.randint(100000, 999999))
        txs.append({"date": d, "desc_lines": [l.format(r=rr) for l in lines], "amount": amt})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "s": idr(t["bal"])}
        if t["amount"] < 0: r["db"] = idr(-t["amount"])
        else: r["kr"] = idr(t["amount"])
        rows.append(r)
    db = sum(-t["amount"] for t in txs if t["amount"] < 0); kr = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "mandiri", 20, True)
        doc.t(doc.W - 40, H - 45, "Rekening Koran", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Halaman %d dari %d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "No. Rekening 137-00-1234567-8   Tabungan Mandiri   Mata Uang IDR", 8)
        if p == 1:
            doc.t(40, H - 84, "BAPAK ANDI WIJAYA", 8); doc.t(40, H - 95, "JL. KEMANG RAYA NO. 17 RT 003 RW 005", 8); doc.t(40, H - 106, "BANGKA, MAMPANG PRAPATAN, JAKARTA SELATAN 12730", 8)
            doc.t(40, H - 120, "Periode %s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.c.rect(330, H - 140, 225, 62)
            doc.t(338, H - 90, "Ringkasan Rekening", 8, True)
            S = [("Saldo Awal", idr(ob)), ("Total Debit", idr(db)), ("Total Kredit", idr(kr)), ("Saldo Akhir", idr(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 102 - 10 * i, a, 7.5); doc.t(548, H - 102 - 10 * i, b, 7.5, align="r")
            return H - 160
        return H - 88

    cols = [("Tanggal", 40, "l", "d"), ("Keterangan", 100, "l", "desc"), ("Debit", 385, "r", "db"), ("Kredit", 470, "r", "kr"), ("Saldo", 555, "r", "s")]

    def top(doc, y):
        doc.t(100, y, "Saldo Awal", 8, True); doc.t(555, y, idr(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(100, y - 4, "Saldo Akhir", 8, True); doc.t(555, y - 4, idr(cb), 8, True, "r")
        return y - 10

    def footer(doc, p, np_):
        doc.t(40, 34, "PT Bank Mandiri (Persero) Tbk. Plaza Mandiri, Jl. Jend. Gatot Subroto Kav. 36-38, Jakarta 12190. Mandiri Call 14000.", 5.5)
        doc.t(40, 26, "PT Bank Mandiri (Persero) Tbk berizin dan diawasi oleh Otoritas Jasa Keuangan (OJK) serta merupakan peserta penjaminan LPS.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(24 if pages else 55), top_rows=[top], bottom=bottom)
    write_truth(stem, "GS_id_mandiri", "****5678", "IDR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 3 Absa ZA (Charge column, charges debited at month end, Bal Brought Forward)
def absa(stem, seed, n=22, start=dt.date(2025, 6, 10), end=dt.date(2025, 7, 9), ob=D("18240.18"), neg=False):
    rng = random.Random(seed)
    pool = [("Pos Purchase Pick N Pay Greenpoint 4789*1123", 60, 1400, D("0")), ("Acb Debit:External Outsurance Ltd {r}", 650, 990, D("0")),
            ("Atm Withdrawal Absa Atm Sea Point", 300, 2000, D("9.50")), ("Digital Payment Dt Settlement Rent Flat 4b", 7500, 9500, D("7.90")),
            ("Prepaid Mobile Purchase Mtn 0823456789", 29, 349, D("1.25")), ("Pos Purchase Engen Main Road 4789*1123", 300, 900, D("0")),
            ("Debit Order Virgin Active Sa {r}", 499, 699, D("0"))]
    cr = [("Acb Credit Capitec Salary Cape Town Coffee Co", 16000, 23000), ("Digital Transfer Cr Savings Pocket", 500, 3000)]
    if neg: ob = D("-2310.45")
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, days - 1))
        if rng.random() < 0.2:
            desc, lo, hi = rng.choice(cr); sg, ch = 1, D("0")
        else:
            desc, lo, hi, ch = rng.choice(pool); sg = -1
        amt = (D(rng.randint(lo * 100, hi * 100)) / 100) * sg
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999)), "amount": amt, "charge": ch})
    txs.sort(key=lambda t: t["date"])
    charges = sum(t["charge"] for t in txs)
    txs.append({"date": end, "desc": "Transaction Charges", "amount": -charges, "charge": D("0"), "summary": True})
    txs.append({"date": end, "desc": "Monthly Acc Fee", "amount": D("-69.00"), "charge": D("0"), "summary": True})
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": [t["desc"]], "b": sp(t["bal"])}
        if t["charge"]: r["ch"] = sp(t["charge"])
        if t["amount"] < 0: r["db"] = sp(-t["amount"])
        else: r["cr"] = sp(t["amount"])
        rows.append(r)
    db = sum(-t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "absa", 20, True)
        doc.t(doc.W - 40, H - 45, "Cheque Account Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 74, "MS L VAN DER MERWE", 8); doc.t(40, H - 85, "22 KLOOF NEK ROAD", 8); doc.t(40, H - 96, "TAMBOERSKLOOF", 8); doc.t(40, H - 107, "8001", 8)
            doc.t(330, H - 74, "Account Number: 40-7712-3358", 8); doc.t(330, H - 85, "Account Type: Gold Value Bundle", 8)
            doc.t(330, H - 96, "Statement Period: %s to %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.t(330, H - 107, "Issued on: %s   VAT Reg No: 4940112230" % (end + dt.timedelta(days=1)).strftime("%d/%m/%Y"), 8)
            doc.c.rect(40, H - 170, 515, 50)
            doc.t(48, H - 132, "Account Summary (ZAR)", 8, True)
            S = [("Balance Brought Forward", sp(ob)), ("Sum of Debits", sp(db)), ("Sum of Credits", sp(crs)), ("Balance", sp(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(48 + 128 * i, H - 146, a, 7); doc.t(48 + 128 * i, H - 158, b, 8, True)
            return H - 190
        return H - 80

    cols = [("Date", 40, "l", "d"), ("Transaction Description", 100, "l", "desc"), ("Charge", 330, "r", "ch"), ("Debit Amount", 400, "r", "db"),
            ("Credit Amount", 475, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(100, y, "Bal Brought Forward", 8); doc.t(555, y, sp(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 6, "Charges shown in the Charge column are for information and are debited in total as Transaction Charges at the end of the statement period.", 5.5)
        return y - 12

    def footer(doc, p, np_):
        doc.t(40, 34, "Absa Bank Limited, Reg No 1986/004794/06. Authorised Financial Services Provider. Registered Credit Provider Reg No NCRCP7.", 5.5)
        doc.t(40, 26, "Our Privacy Notice is available at www.absa.co.za. Please check this statement and report any errors to us within 30 days.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=50, top_rows=[top], bottom=bottom)
    write_truth(stem, "GS_za_absa", "****3358", "ZAR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 4 Banco Pichincha EC (USD, $ amounts, Saldo anterior / Saldo actual, Van/Vienen)
def pichincha(stem, seed, n=20, start=dt.date(2025, 9, 1), end=dt.date(2025, 9, 30), ob=D("1843.27"), pages=False):
    rng = random.Random(seed)
    pool = [("PAGO TARJETA DEBITO SUPERMAXI EL JARDIN", 8, 180), ("RETIRO CAJERO AUTOMATICO BANCO PICHINCHA AG. LA CAROLINA", 20, 300),
            ("TRANSFERENCIA ENVIADA A PRODUBANCO JUAN CARLOS ANDRADE", 25, 400), ("PAGO SERVICIOS EMPRESA ELECTRICA QUITO", 18, 70),
            ("DEBITO AUTOMATICO CLARO ECUADOR", 22, 45), ("COMISION TRANSFERENCIA INTERBANCARIA", 0.41, 0.41), ("PAGO TARJETA DEBITO KFC QUICENTRO", 6, 25)]
    cr = [("DEPOSITO DE NOMINA CORPORACION FAVORITA C.A.", 1100, 1600), ("TRANSFERENCIA RECIBIDA DE MARIA FERNANDA ROSERO", 20, 250)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    usd = lambda v: ("-$" if v < 0 else "$") + fmt(abs(v))
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 38)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "doc": "%08d" % rng.randint(0, 99999999), "s": usd(t["bal"])}
        if t["amount"] < 0: r["db"] = usd(-t["amount"])
        else: r["cr"] = usd(t["amount"])
        rows.append(r)
    db = sum(-t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Banco Pichincha", 16, True)
        doc.t(doc.W - 40, H - 45, "Estado de Cuenta", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Página %d de %d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "Cuenta de Ahorros Transaccional No. 2205123456   Moneda: Dólares", 8)
        if p == 1:
            doc.t(40, H - 84, "SRA. GABRIELA ESTEFANIA MORENO LOPEZ", 8); doc.t(40, H - 95, "AV. REPUBLICA DE EL SALVADOR N34-183 Y SUECIA", 8); doc.t(40, H - 106, "QUITO - PICHINCHA", 8)
            doc.t(40, H - 120, "Período del %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.c.rect(330, H - 140, 225, 62)
            doc.t(338, H - 90, "Resumen", 8, True)
            S = [("Saldo anterior", usd(ob)), ("(-) Débitos", usd(db)), ("(+) Créditos", usd(crs)), ("Saldo actual", usd(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 102 - 10 * i, a, 7.5); doc.t(548, H - 102 - 10 * i, b, 7.5, align="r")
            return H - 160
        return H - 88

    cols = [("Fecha", 40, "l", "d"), ("Concepto", 98, "l", "desc"), ("Documento", 285, "l", "doc"), ("Débito", 405, "r", "db"),
            ("Crédito", 480, "r", "cr"), ("Saldo", 555, "r", "s")]

    def top(doc, y):
        doc.t(98, y, "Saldo anterior", 8, True); doc.t(555, y, usd(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        doc.t(98, y - (2 if kind == "cf" else 0), "Van" if kind == "cf" else "Vienen", 8, True); doc.t(555, y - (2 if kind == "cf" else 0), r["s"], 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(98, y - 4, "Saldo actual", 8, True); doc.t(555, y - 4, usd(cb), 8, True, "r")
        return y - 10

    def footer(doc, p, np_):
        doc.t(40, 34, "Banco Pichincha C.A. Av. Amazonas 4560 y Pereira, Quito. Entidad controlada por la Superintendencia de Bancos del Ecuador.", 5.5)
        doc.t(40, 26, "Sus depósitos están protegidos por la COSEDE hasta el monto establecido por la ley. Revise su estado de cuenta y reporte novedades.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(20 if pages else 50), top_rows=[top], bottom=bottom,
           cf=(cf if pages else None))
    write_truth(stem, "GS_ec_pichincha", "****3456", "USD", start, end, ob, txs, True)


# ---------------------------------------------------------------- 5 Banco de Chile tarjeta de crédito (whole pesos, Cuota / Valor Cuota)
def bchile(stem, seed, n=16, start=dt.date(2025, 7, 26), end=dt.date(2025, 8, 25), owed=D("412380"), overpay=False):
    rng = random.Random(seed)
    pool = [("LIDER EXPRESS PROVIDENCIA", 3000, 65000), ("COPEC AV APOQUINDO 4500", 15000, 60000), ("UBER TRIP HELP.UBER.COM", 2500, 14000),
            ("FARMACIAS CRUZ VERDE LAS CONDES", 3000, 40000), ("JUMBO COSTANERA CENTER", 10000, 120000), ("NETFLIX.COM", 7990, 7990)]
    inst = [("FALABELLA PARQUE ARAUCO", 359990, 12, 4), ("PARIS.CL COMPRA INTERNET", 189990, 6, 2), ("SKY AIRLINE SANTIAGO", 240000, 3, 1)]
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, (end - start).days))
        desc, lo, hi = rng.choice(pool)
        a = D(rng.randint(lo, hi))
        txs.append({"date": d, "desc": desc, "amount": -a, "cells": {"m": clp(a), "c": "01/01", "v": clp(a)}})
    for (desc, tot, nq, k) in inst:
        vq = (D(tot) / nq).quantize(D("1"))
        d = start - dt.timedelta(days=30 * (k - 1)) + dt.timedelta(days=rng.randint(1, 20))
        txs.append({"date": d, "desc": desc, "amount": -vq, "cells": {"m": clp(tot), "c": "%02d/%02d" % (k, nq), "v": clp(vq)}})
    pay = owed + (D("85000") if overpay else D("0"))
    pd_ = start + dt.timedelta(days=6)
    txs.append({"date": pd_, "desc": "PAGO PESOS TEF BANCO DE CHILE", "amount": pay, "cells": {"m": clp(-pay), "c": "", "v": clp(-pay)}})
    if overpay:
        # a payment larger than the debt and only a few small purchases: the card ends in credit
        txs = [t for t in txs if t["amount"] > 0 or (t["cells"]["c"] == "01/01" and t["amount"] > -40000)][:6]
        txs[-1] = {"date": pd_, "desc": "PAGO PESOS TEF BANCO DE CHILE", "amount": owed + D("250000"),
                   "cells": {"m": clp(-owed - D("250000")), "c": "", "v": clp(-owed - D("250000"))}}
        pay = owed + D("250000")
    txs.sort(key=lambda t: t["date"])
    for t in txs: t["desc_lines"] = [t["desc"]]
    new = owed - sum(t["amount"] for t in txs)
    compras = sum(-t["amount"] for t in txs if t["amount"] < 0)
    rows = [{"d": t["date"].strftime("%d/%m/%Y"), "desc": [t["desc"]], **t["cells"]} for t in txs]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Banco de Chile", 16, True)
        doc.t(doc.W - 40, H - 45, "Estado de Cuenta Tarjeta de Crédito", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Página %d de %d" % (p, np_), 8, align="r")
        doc.t(40, H - 74, "SR. FELIPE IGNACIO ROJAS MUÑOZ", 8); doc.t(40, H - 85, "AV. LOS LEONES 1250 DEPTO 804", 8); doc.t(40, H - 96, "PROVIDENCIA, SANTIAGO", 8)
        doc.t(40, H - 112, "Tarjeta Visa Signature  N° XXXX XXXX XXXX 4417", 8)
        doc.t(40, H - 123, "Período facturado del %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
        doc.c.rect(330, H - 150, 225, 86)
        S = [("Saldo adeudado al inicio del período", clp(owed)), ("Pagos y abonos", clp(-pay)), ("Compras y cargos del período", clp(compras)),
             ("Monto facturado a pagar", clp(new)), ("Monto mínimo a pagar", clp(max(D("0"), (new * D("0.05")).quantize(D("1"))))),
             ("Pagar hasta", (end + dt.timedelta(days=15)).strftime("%d/%m/%Y")), ("Cupo total", clp(D("2500000")))]
        for i, (a, b) in enumerate(S):
            doc.t(338, H - 76 - 10.5 * i, a, 7.5, i == 3); doc.t(548, H - 76 - 10.5 * i, b, 7.5, i == 3, "r")
        doc.t(40, H - 172, "Detalle de movimientos del período", 10, True)
        return H - 190

    cols = [("Fecha\nOperación", 40, "l", "d"), ("Descripción", 105, "l", "desc"), ("Monto\nOperación", 385, "r", "m"), ("Cuota", 440, "c", "c"),
            ("Valor\nCuota", 555, "r", "v")]

    def bottom(doc, y):
        doc.t(105, y - 4, "Total operaciones del período", 8, True); doc.t(555, y - 4, clp(compras - pay), 8, True, "r")
        doc.t(40, y - 26, "Tasa de interés vigente: 2,12% mensual. CAE compra en cuotas 30,15%. Infórmese sobre la garantía estatal de los depósitos en www.cmfchile.cl", 5.5)
        return y - 32

    def footer(doc, p, np_):
        doc.t(40, 26, "Banco de Chile. Paseo Ahumada 251, Santiago. Servicio al cliente 600 637 3737. www.bancochile.cl", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=50, bottom=bottom)
    write_truth(stem, "GS_cl_bancochile_card", "****4417", "CLP", start, end, -owed, txs, False, cb=-new)


# ---------------------------------------------------------------- 6 Ecobank GH/NG (Trans Date | Value Date | Reference, dd-MMM-yy)
def ecobank(stem, seed, n=20, start=dt.date(2025, 10, 1), end=dt.date(2025, 10, 31), ob=D("5480.75"), ng=False):
    rng = random.Random(seed)
    if ng:
        cur, ob = "NGN", D("384210.50")
        pool = [("POS PURCHASE SHOPRITE LEKKI LAGOS", 4500, 65000), ("NIP TRF TO GTB/ADEBAYO OLUWASEUN/{r}", 5000, 150000),
                ("ATM WDL ECOBANK VICTORIA ISLAND", 10000, 40000), ("AIRTIME PURCHASE MTN 0803{r}", 1000, 5000), ("SMS ALERT CHARGES", 100, 100),
                ("STAMP DUTY", 50, 50), ("DSTV SUBSCRIPTION MULTICHOICE {r}", 15000, 29500)]
        cr = [("NIP TRF FROM DANGOTE CEMENT PLC/SALARY OCT 2025", 420000, 520000), ("TRF FROM CHIOMA OKAFOR/{r}", 5000, 60000)]
        addr = ["MR EMEKA NWOSU", "PLOT 12 ADMIRALTY WAY", "LEKKI PHASE 1, LAGOS"]; acct = "3021456789"; bank = "Ecobank Nigeria Limited"
    else:
        cur = "GHS"
        pool = [("POS PURCHASE MELCOM ACCRA MALL", 40, 900), ("MOMO TRANSFER TO 024{r} KWAME MENSAH", 50, 1200),
                ("ATM WITHDRAWAL ECOBANK RIDGE", 100, 1000), ("ECG PREPAID POWER {r}", 50, 400), ("E-LEVY ON TRANSFER", 0.5, 12),
                ("ACCOUNT MAINTENANCE FEE", 15, 15)]
        cr = [("SALARY CREDIT GHANA HEALTH SERVICE OCT 2025", 5200, 7800), ("TRANSFER FROM AMA SERWAA/{r}", 100, 900)]
        addr = ["MS ABENA OWUSU", "HOUSE NO. 14, 3RD NORTH LINK", "EAST LEGON, ACCRA"]; acct = "1441000987654"; bank = "Ecobank Ghana PLC"
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    dm = lambda d: d.strftime("%d-%b-%y").upper()
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 30)
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"td": dm(t["date"]), "vd": dm(vd), "ref": "%s%07d" % (rng.choice(["FT", "PS", "TT"]), rng.randint(0, 9999999)), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"])
        else: r["cr"] = fmt(t["amount"])
        rows.append(r)
    db = sum(-t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Ecobank", 18, True); doc.t(118, H - 45, "The Pan African Bank", 8)
        doc.t(doc.W - 40, H - 45, "STATEMENT OF ACCOUNT", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d of %d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "Account Number: %s   Account Type: CURRENT ACCOUNT INDIVIDUAL   Currency: %s" % (acct, cur), 8)
        if p == 1:
            for i, a in enumerate(addr): doc.t(40, H - 84 - 11 * i, a, 8)
            doc.t(40, H - 122, "Period: %s TO %s" % (dm(start), dm(end)), 8)
            doc.c.rect(330, H - 140, 225, 62)
            doc.t(338, H - 90, "ACCOUNT SUMMARY", 8, True)
            S = [("Opening Balance", fmt(ob)), ("Total Debits", fmt(db)), ("Total Credits", fmt(crs)), ("Closing Balance", fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 102 - 10 * i, a, 7.5); doc.t(548, H - 102 - 10 * i, b, 7.5, align="r")
            return H - 160
        return H - 88

    cols = [("Trans Date", 40, "l", "td"), ("Value Date", 88, "l", "vd"), ("Reference", 136, "l", "ref"), ("Description", 200, "l", "desc"),
            ("Debit", 405, "r", "db"), ("Credit", 480, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(200, y, "Opening Balance", 8, True); doc.t(555, y, fmt(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(200, y - 4, "Closing Balance", 8, True); doc.t(555, y - 4, fmt(cb), 8, True, "r")
        return y - 10

    def footer(doc, p, np_):
        doc.t(40, 34, "%s is regulated by the %s. Deposits are insured up to the limit set by law." % (bank, "Central Bank of Nigeria and insured by NDIC" if ng else "Bank of Ghana and GDPC"), 5.5)
        doc.t(40, 26, "Please examine this statement and report any discrepancy within 15 days of receipt, otherwise it will be deemed correct. www.ecobank.com", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(20 if ng else 50), top_rows=[top], bottom=bottom)
    write_truth(stem, "GS_%s_ecobank" % ("ng" if ng else "gh"), "****" + acct[-4:], cur, start, end, ob, txs, True)


P = "gs_"
kotak(P + "in_kotak", 11)
kotak(P + "in_kotak__2pages", 12, n=34, pages=True)
mandiri(P + "id_mandiri", 21)
mandiri(P + "id_mandiri__2pages", 22, n=30, pages=True)
absa(P + "za_absa", 31)
absa(P + "za_absa__overdraft", 32, neg=True)
pichincha(P + "ec_pichincha", 41)
pichincha(P + "ec_pichincha__2pages", 42, n=34, pages=True)
bchile(P + "cl_bancochile_card", 51)
bchile(P + "cl_bancochile_card__credit", 52, overpay=True)
ecobank(P + "gh_ecobank", 61)
ecobank(P + "ng_ecobank__2pages", 62, n=32, ng=True)
print("done")
