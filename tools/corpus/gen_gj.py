#!/usr/bin/python3
"""Generator gj: 5 untuned layouts (Santander UK, BNP Paribas, Bank Leumi in English, Bancolombia, a US credit union
share draft) x (base + 1 variant), exact truth. Deterministic. Usage: gen_gj.py OUTDIR"""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4, letter
from corpus_kit import C2, Doc, fmt, make_txns, render, running, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gj/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)


MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTHS = "January February March April May June July August September October November December".split()


def ordinal(d):
    n = d.day
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)



# ---------------------------------------------------------------- 1 Santander UK Everyday current account
def santander(stem, seed, n=24, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("1527.64"), pages=False):
    rng = random.Random(seed)
    pool = [("CARD PAYMENT TO SAINSBURYS S/MKTS ON 02-06-2025", 5, 95), ("DIRECT DEBIT PAYMENT TO BRITISH GAS REF {r}, MANDATE NO 0041", 40, 130),
            ("DIRECT DEBIT PAYMENT TO VODAFONE LTD REF 7{r}", 20, 55), ("BILL PAYMENT VIA FASTER PAYMENT TO MR D OWEN REFERENCE RENT JUNE", 500, 750),
            ("CASH WITHDRAWAL AT SANTANDER ATM MANCHESTER", 20, 150), ("CARD PAYMENT TO COSTA COFFEE ON 11-06-2025", 2, 9),
            ("CARD PAYMENT TO TFL TRAVEL CH ON 14-06-2025", 2, 18), ("STANDING ORDER VIA FASTER PAYMENT TO SAVINGS POT", 50, 200)]
    cr = [("BANK GIRO CREDIT REF NORTHERN RAIL LTD SALARY", 1900, 2400), ("FASTER PAYMENTS RECEIPT REF DINNER FROM K PATEL", 10, 60)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 44)
        r = {"d": "%s %s" % (ordinal(t["date"]), MON[t["date"].month - 1]), "desc": t["desc_lines"], "b": fmt(t["bal"]), "_bal": t["bal"]}
        if t["amount"] < 0: r["o"] = fmt(-t["amount"])
        else: r["i"] = fmt(t["amount"])
        rows.append(r)
    tin = sum(t["amount"] for t in txs if t["amount"] > 0); tout = sum(-t["amount"] for t in txs if t["amount"] < 0)
    prevm = start - dt.timedelta(days=1)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Santander", 20, True)
        doc.t(doc.W - 40, H - 45, "Everyday Current Account", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Account number: 41208937   Sort code: 09-01-28", 8, align="r")
        doc.t(doc.W - 40, H - 70, "Statement number: %02d/%d" % (start.month, start.year), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "MISS CHLOE HARGREAVES", 8)
            doc.t(40, H - 91, "14 ALBERT ROAD", 8); doc.t(40, H - 102, "MANCHESTER M19 2FP", 8)
            doc.t(40, H - 124, "Your account summary for %s %s %d to %s %s %d" % (ordinal(start), MONTHS[start.month - 1], start.year,
                                                                                    ordinal(end), MONTHS[end.month - 1], end.year), 9, True)
            doc.c.rect(40, H - 196, 515, 62)
            doc.t(48, H - 148, "Balance brought forward from %s %s Statement" % (ordinal(prevm), MONTHS[prevm.month - 1]), 8)
            doc.t(548, H - 148, "£" + fmt(ob), 8, align="r")
            doc.t(48, H - 160, "Total money in:", 8); doc.t(548, H - 160, "£" + fmt(tin), 8, align="r")
            doc.t(48, H - 172, "Total money out:", 8); doc.t(548, H - 172, "£" + fmt(tout), 8, align="r")
            doc.t(48, H - 186, "Your balance at close of business %s %s %d" % (ordinal(end), MONTHS[end.month - 1], end.year), 8, True)
            doc.t(548, H - 186, "£" + fmt(cb), 8, True, "r")
            doc.t(40, H - 215, "Your transactions", 10, True)
            return H - 232
        return H - 95

    cols = [("Date", 40, "l", "d"), ("Description", 100, "l", "desc"), ("Money in", 395, "r", "i"),
            ("Money out", 470, "r", "o"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, "%s %s" % (ordinal(start), MON[start.month - 1]), 8); doc.t(100, y, "Balance brought forward", 8, True)
        doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(100, y, "Balance carried forward", 8, True); doc.t(555, y, fmt(r["_bal"]), 8, True, "r")
        else:
            pb = r["_bal"] - (D(r["i"].replace(",", "")) if "i" in r else -D(r["o"].replace(",", "")))
            doc.t(100, y, "Balance brought forward", 8, True); doc.t(555, y, fmt(pb), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(100, y, "Balance carried forward", 8, True); doc.t(555, y, fmt(cb), 8, True, "r")
        doc.t(40, y - 30, "Santander is able to provide literature in alternative formats. The formats available are: large print, Braille and audio CD.", 6)
        doc.t(40, y - 38, "Santander UK plc. Registered Office: 2 Triton Square, Regent's Place, London NW1 3AN. Registered Number 2294747.", 6)
        doc.t(40, y - 46, "Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority.", 6)
        return y - 50

    def footer(doc, p, np_):
        doc.t(doc.W - 40, 25, "Page %d of %d" % (p, np_), 7, align="r")
        doc.t(40, 25, "Sign up for paperless statements in the Santander app.", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(17 if pages else 40),
           cf=cf if pages else None, top_rows=[top], bottom=bottom)
    write_truth(stem, "GJ_uk_santander", "****8937", "GBP", start, end, ob, txs, True)


# ---------------------------------------------------------------- 2 BNP Paribas FR relevé de compte chèques
def bnp(stem, seed, n=20, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("2184.55"), neg=False):
    rng = random.Random(seed)
    pool = [("PRLV SEPA EDF CLIENTS PARTICULIERS|ECH/{{dd}} ID EMETTEUR/FR45ZZZ000002 MDT/{r}", 45, 130),
            ("FACTURE CARTE DU {{dd}} MONOPRIX PARIS 15|CARTE 4974XXXXXXXX6621", 8, 110),
            ("PRLV SEPA FREE MOBILE|ECH/{{dd}} REF/{r}", 10, 30), ("RETRAIT DAB {{dd}} BNP PARIBAS PARIS CONVENTION", 20, 200),
            ("VIR SEPA EMIS VERS SCI LES TILLEULS|MOTIF LOYER JUIN REF/{r}", 700, 950),
            ("FACTURE CARTE DU {{dd}} SNCF VOYAGEURS|CARTE 4974XXXXXXXX6621", 20, 140), ("COMMISSIONS ESPRIT LIBRE REFERENCE", 7.9, 7.9)]
    cr = [("VIR SEPA RECU DE SARL ATELIER MOREAU|MOTIF SALAIRE JUIN 2025", 2200, 2900), ("VIR SEPA RECU DE CPAM PARIS|REMBOURSEMENT SOINS", 12, 90)]
    if neg: ob = D("-356.20")
    txs = make_txns(rng, start, end, n, pool, cr)
    rows = []
    for t in txs:
        parts = t["desc"].replace("{dd}", t["date"].strftime("%d%m%y")).split("|")
        t["desc_lines"] = parts
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        r = {"d": t["date"].strftime("%d.%m"), "v": vd.strftime("%d.%m"), "desc": parts}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"], " ", ",")
        else: r["cr"] = fmt(t["amount"], " ", ",")
        rows.append(r)
    cb = ob + sum(t["amount"] for t in txs)
    tdb = sum(-t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)
    FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BNP PARIBAS", 16, True)
        doc.t(40, H - 56, "La banque d'un monde qui change", 7)
        doc.t(doc.W - 40, H - 45, "RELEVÉ DE COMPTE CHÈQUES", 10, True, "r")
        doc.t(doc.W - 40, H - 58, "du %s au %d %s %d" % ("1er " + FR[start.month - 1] if start.day == 1 else "%d %s" % (start.day, FR[start.month - 1]),
                                                        end.day, FR[end.month - 1], end.year), 8, align="r")
        doc.t(doc.W - 40, H - 70, "P. %d / %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(330, H - 95, "MONSIEUR ANTOINE LEFEBVRE", 8)
            doc.t(330, H - 106, "27 RUE DE VAUGIRARD", 8); doc.t(330, H - 117, "75015 PARIS", 8)
            doc.t(40, H - 95, "Agence : PARIS CONVENTION", 8)
            doc.t(40, H - 106, "Conseiller : Mme Sophie Garnier 01 40 14 45 46", 8)
            doc.t(40, H - 140, "RIB : 30004 00825 00010273914 52   IBAN : FR76 3000 4008 2500 0102 7391 452   BIC : BNPAFRPPXXX", 7)
            doc.t(40, H - 158, "Compte de chèques n° 00010273914", 9, True)
            return H - 178
        return H - 90

    cols = [("Date", 40, "l", "d"), ("Nature des opérations", 80, "l", "desc"), ("Valeur", 360, "l", "v"),
            ("Débit", 470, "r", "db"), ("Crédit", 555, "r", "cr")]

    def top(doc, y):
        w = "DEBITEUR" if ob < 0 else "CREDITEUR"
        doc.t(80, y, "SOLDE %s AU %s" % (w, (start - dt.timedelta(days=1)).strftime("%d.%m.%Y")), 8, True)
        doc.t(470 if ob < 0 else 555, y, fmt(abs(ob), " ", ","), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(360, y + 8, 555, y + 8)
        doc.t(80, y, "TOTAL DES OPERATIONS", 8, True); doc.t(470, y, fmt(tdb, " ", ","), 8, True, "r"); doc.t(555, y, fmt(tcr, " ", ","), 8, True, "r")
        w = "DEBITEUR" if cb < 0 else "CREDITEUR"
        doc.t(80, y - 14, "SOLDE %s AU %s" % (w, end.strftime("%d.%m.%Y")), 8, True)
        doc.t(470 if cb < 0 else 555, y - 14, fmt(abs(cb), " ", ","), 8, True, "r")
        doc.t(40, y - 40, "BNP Paribas SA au capital de 2 261 621 342 € - Siège social : 16 bd des Italiens 75009 Paris - 662 042 449 RCS Paris.", 6)
        doc.t(40, y - 48, "Médiateur auprès de BNP Paribas : mediateur.mabanque.bnpparibas - ORIAS n° 07 022 735.", 6)
        return y - 55

    def footer(doc, p, np_):
        pass

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=52, top_rows=[top], bottom=bottom)
    write_truth(stem, "GJ_fr_bnp", "****3914", "EUR", start, end, ob, txs, False)


# ---------------------------------------------------------------- 3 Bank Leumi (English), ILS, Debit/Credit/Balance, DD/MM/YY
def leumi(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("8432.10"), neg=False):
    rng = random.Random(seed)
    pool = [("CREDIT CARD - LEUMI CARD", 1500, 4200), ("STANDING ORDER - ARNONA TEL AVIV", 420, 640), ("BEZEQ - DIRECT DEBIT", 60, 140),
            ("ATM WITHDRAWAL - DIZENGOFF", 200, 1000), ("TRANSFER - BIT TO YAEL COHEN", 20, 300), ("CHEQUE", 300, 2500),
            ("ELECTRIC CORP - DIRECT DEBIT", 180, 420), ("ACCOUNT MANAGEMENT FEE", 12.9, 12.9)]
    cr = [("SALARY - HI-TECH SOLUTIONS LTD", 14000, 19000), ("TRANSFER - BIT FROM DANIEL LEVI", 30, 250)]
    if neg: ob = D("-2310.45")
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
        r = {"d": t["date"].strftime("%d/%m/%y"), "v": vd.strftime("%d/%m/%y"), "desc": [t["desc"]], "ref": str(rng.randint(10000, 99999999)),
             "b": fmt(t["bal"])}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"])
        else: r["cr"] = fmt(t["amount"])
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Bank Leumi le-Israel B.M.", 15, True)
        doc.t(doc.W - 40, H - 45, "Current Account Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d of %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 75, "Mr. Avi Rosen", 8); doc.t(40, H - 86, "12 Sokolov St., Herzliya 4644212", 8)
            doc.t(330, H - 75, "Branch: 812 Herzliya Pituach", 8)
            doc.t(330, H - 86, "Account No.: 812-123456/78", 8)
            doc.t(330, H - 97, "Currency: ILS (New Israeli Shekel)", 8)
            doc.t(330, H - 108, "Period: %s - %s" % (start.strftime("%d/%m/%y"), end.strftime("%d/%m/%y")), 8)
            doc.t(40, H - 130, "Account Activity", 10, True)
            return H - 148
        return H - 80

    cols = [("Date", 40, "l", "d"), ("Value Date", 88, "l", "v"), ("Description", 140, "l", "desc"), ("Reference", 340, "r", "ref"),
            ("Debit", 410, "r", "db"), ("Credit", 480, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(140, y, "Balance as of %s" % (start - dt.timedelta(days=1)).strftime("%d/%m/%y"), 8, True)
        doc.t(555, y, fmt(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(140, y, "Balance as of %s" % end.strftime("%d/%m/%y"), 8, True); doc.t(555, y, fmt(cb), 8, True, "r")
        doc.t(40, y - 28, "This statement is a translation provided for convenience. In case of discrepancy the Hebrew version prevails.", 6)
        doc.t(40, y - 36, "Leumi *2100  |  www.leumi.co.il  |  Bank Leumi le-Israel B.M., 34 Yehuda Halevi St., Tel Aviv.", 6)
        return y - 40

    def footer(doc, p, np_):
        pass

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=50, top_rows=[top], bottom=bottom)
    write_truth(stem, "GJ_il_leumi", "****5678", "ILS", start, end, ob, txs, True)


# ---------------------------------------------------------------- 4 Bancolombia (COP, $1.234.567,89, Débitos/Créditos/Saldo)
def bancolombia(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("3842150.00"), pages=False):
    rng = random.Random(seed)
    pool = [("COMPRA EN EXITO COLOMBIA MEDELLIN", 15000, 380000), ("PAGO PSE EPM SERVICIOS PUBLICOS", 90000, 320000),
            ("RETIRO CAJERO BANCOLOMBIA CENTRO", 50000, 600000), ("TRANSFERENCIA A NEQUI 3104567890", 20000, 400000),
            ("PAGO PSE CLARO COLOMBIA", 50000, 120000), ("CUOTA DE MANEJO TARJETA DEBITO", 14990, 14990), ("IMPTO GOBIERNO 4X1000", 400, 2500),
            ("COMPRA EN RAPPI COLOMBIA BOGOTA", 18000, 95000)]
    cr = [("PAGO DE NOMINA SERVICIOS TECNICOS ANDINOS SAS", 4200000, 5600000), ("TRANSFERENCIA DESDE NEQUI", 20000, 300000),
          ("ABONO INTERESES AHORROS", 120.55, 980.40)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    cop = lambda v: "$" + fmt(v, ".", ",")
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        r = {"d": "%d/%02d" % (t["date"].day, t["date"].month), "desc": [t["desc"]], "dc": str(rng.randint(1000, 999999)), "b": cop(t["bal"])}
        if t["amount"] < 0: r["db"] = cop(-t["amount"])
        else: r["cr"] = cop(t["amount"])
        rows.append(r)
    tdb = sum(-t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Bancolombia", 18, True)
        doc.t(doc.W - 40, H - 45, "ESTADO DE CUENTA", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "CUENTA DE AHORROS No. 245-678912-34", 8, align="r")
        doc.t(doc.W - 40, H - 70, "DESDE: %s  HASTA: %s" % (start.strftime("%Y/%m/%d"), end.strftime("%Y/%m/%d")), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "SEÑOR(A): VALENTINA RESTREPO GOMEZ", 8)
            doc.t(40, H - 91, "CL 10 SUR 43A 25 APTO 802  MEDELLIN", 8)
            doc.t(40, H - 115, "RESUMEN", 9, True)
            doc.t(40, H - 127, "SALDO ANTERIOR", 8); doc.t(250, H - 127, cop(ob), 8, align="r")
            doc.t(40, H - 138, "TOTAL CRÉDITOS", 8); doc.t(250, H - 138, cop(tcr), 8, align="r")
            doc.t(40, H - 149, "TOTAL DÉBITOS", 8); doc.t(250, H - 149, cop(tdb), 8, align="r")
            doc.t(40, H - 160, "SALDO ACTUAL", 8, True); doc.t(250, H - 160, cop(cb), 8, True, "r")
            doc.t(330, H - 127, "SALDO PROMEDIO", 8); doc.t(555, H - 127, cop((ob + cb) / 2), 8, align="r")
            doc.t(330, H - 138, "TASA EFECTIVA ANUAL", 8); doc.t(555, H - 138, "0,10%", 8, align="r")
            doc.t(40, H - 185, "MOVIMIENTOS", 9, True)
            return H - 202
        doc.t(40, H - 80, "MOVIMIENTOS (CONTINUACIÓN)", 9, True)
        return H - 98

    cols = [("FECHA", 40, "l", "d"), ("DESCRIPCIÓN", 75, "l", "desc"), ("DCTO.", 335, "r", "dc"),
            ("DÉBITOS", 400, "r", "db"), ("CRÉDITOS", 475, "r", "cr"), ("SALDO", 555, "r", "b")]

    def bottom(doc, y):
        doc.t(40, y - 14, "Bancolombia S.A. Establecimiento Bancario. Vigilado Superintendencia Financiera de Colombia.", 6)
        doc.t(40, y - 22, "Si tiene alguna inquietud comuníquese con la Sucursal Telefónica Bancolombia 604 510 90 00.", 6)
        return y - 25

    def footer(doc, p, np_):
        doc.t(doc.W / 2, 25, "Página %d de %d" % (p, np_), 7, align="c")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(14 if pages else 50), bottom=bottom)
    write_truth(stem, "GJ_co_bancolombia", "****1234", "COP", start, end, ob, txs, True)


# ---------------------------------------------------------------- 5 US credit union share draft (Deposits & Credits / Withdrawals & Debits)
def cu(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("2463.18"), longdesc=False):
    rng = random.Random(seed)
    pool = [("POS PURCHASE KROGER #0421 COLUMBUS OH", 8, 160), ("ACH DEBIT AEP OHIO BILL PAY", 70, 190), ("ACH DEBIT VERIZON WIRELESS PAYMENTS", 60, 140),
            ("ATM WITHDRAWAL 1550 N HIGH ST COLUMBUS OH", 20, 200), ("SHARE DRAFT #{{c}}", 40, 900), ("POS PURCHASE SHELL OIL 5744 DUBLIN OH", 20, 70),
            ("ACH DEBIT CAPITAL ONE CRCARDPMT", 100, 600)]
    cr = [("ACH CREDIT OHIO STATE UNIV PAYROLL", 1600, 2300), ("DEPOSIT AT BRANCH MOBILE DEPOSIT", 30, 400)]
    txs = make_txns(rng, start, end, n, pool, cr)
    ck = 1041
    for t in txs:
        if "{c}" in t["desc"]:
            t["desc"] = t["desc"].replace("{c}", str(ck)); ck += 1
    txs.append({"date": end, "desc": "DIVIDEND EARNED 0.05% APY", "amount": D("0.11")})
    if longdesc:
        for k, extra in [(3, " PPD ID: 1311390401 TRACE 021000021234567 WEB PMT INDN: JORDAN M ALVAREZ"),
                         (9, " POS REF 552109 CARD 4417 TERMINAL 00123 SEQ 88213 AUTH 004512")]:
            if k < len(txs): txs[k]["desc"] += extra
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 40)
        r = {"d": t["date"].strftime("%m/%d"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        if t["amount"] < 0: r["w"] = fmt(-t["amount"])
        else: r["dep"] = fmt(t["amount"])
        rows.append(r)
    tdep = sum(t["amount"] for t in txs if t["amount"] > 0); twd = sum(-t["amount"] for t in txs if t["amount"] < 0)
    ndep = sum(1 for t in txs if t["amount"] > 0); nwd = len(txs) - ndep

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Buckeye Community Federal Credit Union", 13, True)
        doc.t(40, H - 56, "PO Box 182, Columbus OH 43216  |  (614) 555-0142  |  Federally insured by NCUA", 6)
        doc.t(doc.W - 40, H - 45, "Statement of Account", 10, True, "r")
        doc.t(doc.W - 40, H - 57, "Statement Period: %s - %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y")), 8, align="r")
        doc.t(doc.W - 40, H - 68, "Member Number: ****3318", 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "JORDAN M ALVAREZ", 8); doc.t(40, H - 91, "2211 SUMMIT ST APT 3", 8); doc.t(40, H - 102, "COLUMBUS OH 43201", 8)
            doc.t(40, H - 125, "SHARE DRAFT CHECKING - 0009", 10, True)
            y = H - 142
            for x, h in [(40, "Beginning Balance"), (170, "Deposits & Credits"), (300, "Withdrawals & Debits"), (440, "Ending Balance")]:
                doc.t(x, y, h, 7.5, True)
            doc.t(40, y - 11, "$" + fmt(ob), 8); doc.t(170, y - 11, "%d  $%s" % (ndep, fmt(tdep)), 8)
            doc.t(300, y - 11, "%d  $%s" % (nwd, fmt(twd)), 8); doc.t(440, y - 11, "$" + fmt(cb), 8)
            return H - 180
        doc.t(40, H - 85, "SHARE DRAFT CHECKING - 0009 (continued)", 9, True)
        return H - 102

    cols = [("Date", 40, "l", "d"), ("Transaction Description", 80, "l", "desc"), ("Deposits &\nCredits", 390, "r", "dep"),
            ("Withdrawals &\nDebits", 470, "r", "w"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%m/%d"), 8); doc.t(80, y, "Beginning Balance", 8, True); doc.t(555, y, fmt(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%m/%d"), 8); doc.t(80, y, "Ending Balance", 8, True); doc.t(555, y, fmt(cb), 8, True, "r")
        doc.t(40, y - 24, "Dividends Paid Year to Date: $%s     Annual Percentage Yield Earned: 0.05%%" % fmt(D("0.11") * start.month), 7)
        doc.t(40, y - 40, "In case of errors or questions about your electronic transfers, call (614) 555-0142 or write to the address above", 6)
        doc.t(40, y - 48, "as soon as you can. We must hear from you no later than 60 days after we sent the FIRST statement on which the error appeared.", 6)
        return y - 52

    def footer(doc, p, np_):
        doc.t(doc.W - 40, 25, "Page %d of %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), letter, header, cols, rows, footer, per_page=44, top_rows=[top], bottom=bottom)
    write_truth(stem, "GJ_us_cu", "****0009", "USD", start, end, ob, txs, True)


P = "gj_"
santander(P + "uk_santander", 11)
santander(P + "uk_santander__pages", 12, n=40, pages=True)
bnp(P + "fr_bnp", 21)
bnp(P + "fr_bnp__debiteur", 22, neg=True)
leumi(P + "il_leumi", 31)
leumi(P + "il_leumi__overdraft", 32, neg=True)
bancolombia(P + "co_bancolombia", 41)
bancolombia(P + "co_bancolombia__pages", 42, n=30, pages=True)
cu(P + "us_cu", 51)
cu(P + "us_cu__longdesc", 52, longdesc=True)
print("done")
