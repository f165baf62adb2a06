#!/usr/bin/python3
"""Generator hj: 6 untuned layouts x (base + 1-2 variants), exact truth. Deterministic.

Crédit Mutuel (Date / Date valeur / Opération / Débit EUROS / Crédit EUROS, no balance column, SOLDE CREDITEUR AU
lines, "Total des mouvements", multi-line opérations), Boursorama Banque (Date opération / Libellé / Valeur / signed
Montant, "Solde au"), Bankinter (F. Operación / F. Valor / Concepto / Importe / Saldo, "Saldo anterior"), Banco
Sabadell (Fecha Oper / Concepto / Fecha Valor / Importe / Saldo, "05/06" dates, the period in the heading), Novo Banco
(Data Mov. / Data Valor / Descritivo / Débito / Crédito / Saldo Contabilístico, Saldo inicial / Saldo final), Eurobank
(Greek mixed-case headers Ημερομηνία / Περιγραφή / Χρέωση / Πίστωση / Υπόλοιπο, Προηγούμενο / Νέο υπόλοιπο).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import fmt, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hj/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
eu = lambda v: fmt(v, ".", ",")


def txns(rng, start, end, n, pool, credits, pcr=0.2):
    """Rows of (date, desc_lines, amount); a pool entry is (lines template, lo, hi); {r} a number, {d} dd/mm, {y} dd/mm/yy."""
    days = (end - start).days
    out = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pcr: tpl, lo, hi = rng.choice(credits); sg = 1
        else: tpl, lo, hi = rng.choice(pool); sg = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sg
        cd = d - dt.timedelta(days=rng.randint(0, 2))
        r = rng.randint(100000, 999999)
        lines = [l.format(r=r, d=cd.strftime("%d%m"), y=cd.strftime("%d/%m/%y")) for l in tpl.split("|")]
        out.append({"date": d, "desc_lines": lines, "amount": amt, "vd": d + dt.timedelta(days=rng.randint(0, 2))})
    out.sort(key=lambda t: t["date"])
    return out


# ---------------------------------------------------------------- 1 Crédit Mutuel (Eurocompte, no balance column)
def cmut(stem, seed, n=18, pages=False, deb=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("-318.44") if deb else D("1946.27")
    pool = [("PAIEMENT CB {d} STRASBOURG|CARREFOUR MARKET|CARTE 11223344", 9, 130),
            ("PRLV SEPA EDF CLIENTS PARTICULIERS|REF:FR22EDF{r}", 60, 160),
            ("RETRAIT DAB {d} STRASBOURG CM|CARTE 11223344", 20, 150),
            ("PAIEMENT CB {d} SCHILTIGHEIM|LECLERC DRIVE|CARTE 11223344", 25, 180),
            ("PRLV SEPA ORANGE SA|REF:ORG{r}", 19.99, 45.99),
            ("VIR SEPA M MULLER LAURENT|LOYER JUIN", 620, 620),
            ("COTISATION EUROCOMPTE DUO CONFORT", 14.9, 14.9),
            ("PAIEMENT CB {d} PARIS|SNCF INTERNET|CARTE 11223344", 30, 140)]
    cr = [("VIR SEPA SOCOMEC SAS|SALAIRE JUIN 2025", 2300, 2900), ("VIR SEPA CPAM DU BAS RHIN|REMB SOINS {r}", 15, 90),
          ("REMISE CHEQUE N {r}", 40, 300)]
    txs = txns(rng, start, end, n, pool, cr)
    if deb:
        txs.insert(2, {"date": txs[1]["date"], "desc_lines": ["VIR SEPA SOCOMEC SAS", "SALAIRE JUIN 2025"], "amount": D("2614.80"),
                       "vd": txs[1]["date"]})
    cb = running(txs, ob)
    for t in txs: t["bal"] = None
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m/%Y"), "v": t["vd"].strftime("%d/%m/%Y"), "desc": t["desc_lines"]}
        r["dr" if t["amount"] < 0 else "cr"] = eu(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Crédit Mutuel", 18, True)
        doc.t(40, H - 58, "Caisse de Crédit Mutuel STRASBOURG ESPLANADE", 7)
        doc.t(40, H - 67, "10 rue de Londres 67000 STRASBOURG - Tél. 03 88 45 60 20", 7)
        doc.t(doc.W - 40, H - 40, "RELEVE ET INFORMATIONS BANCAIRES", 9, True, "r")
        doc.t(doc.W - 40, H - 52, "Relevé du 01/06/2025 au 30/06/2025", 8, align="r")
        doc.t(doc.W - 40, H - 63, "Page %d / %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(330, H - 95, "M. OU MME MULLER LAURENT", 8); doc.t(330, H - 106, "14 RUE DES VOSGES", 8)
            doc.t(330, H - 117, "67000 STRASBOURG", 8)
            doc.t(40, H - 95, "Votre conseiller : Mme SCHNEIDER CLAIRE", 7.5)
            doc.t(40, H - 106, "Code BIC : CMCIFR2A", 7.5)
            doc.t(40, H - 150, "C/C EUROCOMPTE DUO CONFORT N° 00020145801 en euros", 9, True)
            doc.t(40, H - 162, "IBAN : FR52 1027 8010 0000 0201 4580 146", 7.5)
            return H - 182
        doc.t(40, H - 90, "C/C EUROCOMPTE DUO CONFORT N° 00020145801 en euros (suite)", 9, True)
        return H - 110

    cols = [("Date", 40, "l", "d"), ("Date valeur", 92, "l", "v"), ("Opération", 150, "l", "desc"),
            ("Débit EUROS", 470, "r", "dr"), ("Crédit EUROS", 555, "r", "cr")]

    def top(doc, y):
        lab = "SOLDE DEBITEUR AU 31/05/2025" if ob < 0 else "SOLDE CREDITEUR AU 31/05/2025"
        doc.t(150, y, lab, 8, True); doc.t(470 if ob < 0 else 555, y, eu(abs(ob)), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(150, y - 4, "Total des mouvements", 8, True); doc.t(470, y - 4, eu(dr), 8, True, "r"); doc.t(555, y - 4, eu(crs), 8, True, "r")
        lab = "SOLDE DEBITEUR AU 30/06/2025" if cb < 0 else "SOLDE CREDITEUR AU 30/06/2025"
        doc.t(150, y - 18, lab, 8, True); doc.t(470 if cb < 0 else 555, y - 18, eu(abs(cb)), 8, True, "r")
        doc.t(40, y - 40, "Votre épargne en toute liberté : découvrez le Livret Bleu auprès de votre conseiller.", 7)
        return y - 50

    def footer(doc, p, np_):
        doc.t(40, 42, "Caisse de Crédit Mutuel STRASBOURG ESPLANADE - Société coopérative de crédit à capital variable et à responsabilité statutairement", 5.5)
        doc.t(40, 35, "limitée - ORIAS 07 003 758 - Adhérente à la Fédération du Crédit Mutuel Centre Est Europe. Médiateur : www.lemediateur-creditmutuel.com", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(36 if pages else 80), top_rows=[top], bottom=bottom)
    write(stem, "hj_fr_creditmutuel", "****5801", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Boursorama Banque (signed Montant, no balance)
def bourso(stem, seed, n=20, deb=False, nnbsp=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("-412.37") if deb else D("3128.90")
    pool = [("CARTE {y} MONOPRIX CB*4417", 6, 95), ("CARTE {y} AMAZON PAYMENTS CB*4417", 9, 160), ("PRLV SEPA FREE MOBILE", 19.99, 19.99),
            ("RETRAIT DAB {y} PARIS 11 CB*4417", 20, 200), ("CARTE {y} RATP CB*4417", 2.15, 86.4), ("PRLV SEPA TOTALENERGIES ELECTRICITE", 55, 140),
            ("VIR SEPA SCI DES LILAS LOYER JUIN", 890, 890), ("CARTE {y} UBER *EATS CB*4417", 14, 48)]
    cr = [("VIR SEPA DATADOG FRANCE SALAIRE", 2800, 3400), ("AVOIR {y} FNAC CB*4417", 12, 90), ("VIR INST MOREAU JULIEN", 50, 400)]
    txs = txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    for t in txs: t["bal"] = None
    eu_ = (lambda v: fmt(v, "\u202f", ",")) if nnbsp else eu
    sg = eu_
    rows = [{"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "v": t["vd"].strftime("%d/%m/%Y"), "m": sg(t["amount"])} for t in txs]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BOURSORAMA", 18, True); doc.t(40, H - 57, "BANQUE", 9, True)
        doc.t(doc.W - 40, H - 40, "RELEVÉ DE COMPTE", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "du 01/06/2025 au 30/06/2025", 8, align="r")
        doc.t(doc.W - 40, H - 63, "Page %d/%d" % (p, np_), 7.5, align="r")
        doc.t(330, H - 92, "M. JULIEN MOREAU", 8); doc.t(330, H - 103, "27 RUE OBERKAMPF", 8); doc.t(330, H - 114, "75011 PARIS", 8)
        doc.t(40, H - 92, "Compte bancaire n° 00040218563", 8, True)
        doc.t(40, H - 103, "IBAN FR74 4061 8802 5000 0402 1856 342", 7.5)
        doc.t(40, H - 114, "BIC BOUSFRPPXXX", 7.5)
        doc.t(40, H - 125, "Devise : EUR", 7.5)
        return H - 150

    cols = [("Date opération", 40, "l", "d"), ("Libellé", 112, "l", "desc"), ("Valeur", 440, "l", "v"), ("Montant", 555, "r", "m")]

    def top(doc, y):
        if deb:
            doc.t(112, y, "SOLDE DEBITEUR AU 31/05/2025", 8, True); doc.t(555, y, eu_(-ob), 8, True, "r")
        else:
            doc.t(112, y, "Solde au 31/05/2025", 8, True); doc.t(555, y, sg(ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        if deb and cb < 0:
            doc.t(112, y - 4, "SOLDE DEBITEUR AU 30/06/2025", 8, True); doc.t(555, y - 4, eu_(-cb), 8, True, "r")
        elif deb:
            doc.t(112, y - 4, "SOLDE CREDITEUR AU 30/06/2025", 8, True); doc.t(555, y - 4, eu_(cb), 8, True, "r")
        else:
            doc.t(112, y - 4, "Solde au 30/06/2025", 8, True); doc.t(555, y - 4, sg(cb), 8, True, "r")
        doc.t(40, y - 30, "Parrainez vos proches et recevez jusqu'à 150 € : rendez-vous dans votre Espace Client.", 7)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 42, "Boursorama - SA au capital de 53 791 041,50 € - RCS Nanterre 351 058 151 - 44 rue Traversière CS 80134 92772 Boulogne-Billancourt", 5.5)
        doc.t(40, 35, "Cedex - Intermédiaire en assurance ORIAS 07 023 328 - Service Clients 01 46 09 49 49 - www.boursorama-banque.com", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=60, top_rows=[top], bottom=bottom)
    write(stem, "hj_fr_boursorama", "****8563", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Bankinter (signed Importe, Saldo, Saldo anterior)
def bankinter(stem, seed, n=20, od=False, long=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("214.55") if od else D("4187.32")
    pool = [("COMPRA TARJ. 5402XXXXXXXX7781 MERCADONA MADRID", 12, 140), ("RECIBO VODAFONE ESPAÑA SAU", 30, 65),
            ("RECIBO IBERDROLA CLIENTES SAU", 45, 150), ("BIZUM A FAVOR DE PABLO RUIZ", 5, 60),
            ("RETIRADA CAJERO BANKINTER C/ ALCALA 98", 20, 300), ("COMPRA TARJ. 5402XXXXXXXX7781 REPSOL E.S. LAS ROZAS", 30, 80),
            ("TRANSFERENCIA A FAVOR DE INMOBILIARIA CASTELLANA SL", 950, 950)]
    if od: pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
    if long:
        pool += [("TRANSFERENCIA EMITIDA A FAVOR DE COMUNIDAD DE PROPIETARIOS CALLE PRINCIPE DE VERGARA 112 CONCEPTO CUOTA JUNIO", 85, 85),
                 ("RECIBO SANITAS SOCIEDAD ANONIMA DE SEGUROS POLIZA {r} PERIODO 01/06/2025 A 30/06/2025", 60, 120)]
    cr = [("TRANSF. NOMINA ACCIONA ENERGIA SA", 2600, 3100), ("BIZUM DE LUCIA PEREZ GOMEZ", 10, 80), ("DEVOLUCION COMPRA AMAZON EU SARL", 10, 70)]
    if od: cr = [("BIZUM DE LUCIA PEREZ GOMEZ", 10, 80)]
    txs = txns(rng, start, end, n, pool, cr)
    for t in txs: t["desc_lines"] = wrap(" ".join(t["desc_lines"]), 48)
    cb = running(txs, ob)
    rows = [{"d": t["date"].strftime("%d/%m/%Y"), "v": t["vd"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "a": eu(t["amount"]),
             "b": eu(t["bal"])} for t in txs]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "bankinter.", 20, True)
        doc.t(doc.W - 40, H - 40, "Extracto de cuenta", 11, True, "r")
        doc.t(doc.W - 40, H - 53, "Página %d de %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 80, "Titular: MARÍA LÓPEZ GARCÍA", 8)
        doc.t(40, H - 91, "C/ Príncipe de Vergara 112, 4º B - 28002 MADRID", 8)
        doc.t(330, H - 80, "Cuenta Nómina", 8, True)
        doc.t(330, H - 91, "IBAN: ES34 0128 0062 1101 0012 3456", 8)
        doc.t(330, H - 102, "Periodo: 01/06/2025 - 30/06/2025", 8)
        doc.t(330, H - 113, "Moneda: EUR", 8)
        return H - 140

    cols = [("F. Operación", 40, "l", "d"), ("F. Valor", 96, "l", "v"), ("Concepto", 150, "l", "desc"), ("Importe", 470, "r", "a"),
            ("Saldo", 555, "r", "b")]

    def top(doc, y):
        doc.t(150, y, "Saldo anterior", 8, True); doc.t(555, y, eu(ob), 8, True, "r")
        return y - 14

    def footer(doc, p, np_):
        doc.t(40, 42, "Bankinter, S.A. Paseo de la Castellana 29, 28046 Madrid. Inscrita en el Registro Mercantil de Madrid, Tomo 1.857, Folio 220, Hoja M-33.411.", 5.5)
        doc.t(40, 35, "NIF A-28157360. Entidad adherida al Fondo de Garantía de Depósitos de Entidades de Crédito. Servicio de Atención al Cliente 91 657 88 00.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=58, top_rows=[top])
    write(stem, "hj_es_bankinter", "****3456", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Banco Sabadell (dd/mm dates, period in the heading)
def sabadell(stem, seed, n=20, yearend=False):
    rng = random.Random(seed)
    start, end = (dt.date(2024, 12, 16), dt.date(2025, 1, 15)) if yearend else (dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    ob = D("2356.18")
    pool = [("COMPRA TARJ. 4940****1122 EL CORTE INGLES", 15, 220), ("ADEUDO RECIBO ENDESA ENERGIA SAU", 40, 130),
            ("BIZUM ENVIADO A JORDI PUIG", 5, 50), ("REINTEGRO CAJERO SABADELL BARCELONA", 20, 200),
            ("COMPRA TARJ. 4940****1122 BON PREU SABADELL", 10, 110), ("ADEUDO RECIBO MOVISTAR TELEFONICA", 35, 70),
            ("TRANSFERENCIA A MONTSERRAT VIDAL ALQUILER", 780, 780)]
    cr = [("TRANSFERENCIA DE SEAT SA NOMINA", 2200, 2700), ("BIZUM RECIBIDO DE ANNA SERRA", 10, 60), ("ABONO INTERESES", 0.1, 1.5)]
    txs = txns(rng, start, end, n, pool, cr)
    for t in txs: t["desc_lines"] = [" ".join(t["desc_lines"])]
    cb = running(txs, ob)
    rows = [{"d": t["date"].strftime("%d/%m"), "desc": t["desc_lines"], "v": t["vd"].strftime("%d/%m"), "a": eu(t["amount"]),
             "b": eu(t["bal"])} for t in txs]
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Sabadell", 20, True)
        doc.t(doc.W - 40, H - 40, "EXTRACTO DE CUENTA", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Hoja %d de %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 75, "JORDI MARTÍ CASALS", 8); doc.t(40, H - 86, "CARRER DE GRÀCIA 41, 3r 2a", 8); doc.t(40, H - 97, "08201 SABADELL (BARCELONA)", 8)
        doc.t(330, H - 75, "CUENTA EXPANSIÓN", 8, True)
        doc.t(330, H - 86, "ES69 0081 0200 1000 0123 4567", 8)
        doc.t(330, H - 97, "Divisa: EUR", 8)
        doc.c.rect(40, H - 150, 515, 38)
        doc.t(48, H - 124, "Período del %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8.5, True)
        doc.t(48, H - 138, "Saldo inicial: %s EUR" % eu(ob), 8)
        doc.t(200, H - 138, "Total cargos: %s EUR" % eu(dr), 8)
        doc.t(340, H - 138, "Total abonos: %s EUR" % eu(crs), 8)
        doc.t(548, H - 138, "Saldo final: %s EUR" % eu(cb), 8, align="r")
        return H - 172

    cols = [("Fecha Oper", 40, "l", "d"), ("Concepto", 95, "l", "desc"), ("Fecha Valor", 390, "l", "v"), ("Importe", 480, "r", "a"),
            ("Saldo", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 42, "Banco de Sabadell, S.A., Avda. Óscar Esplá 37, 03007 Alicante. Inscrito en el R.M. de Alicante, tomo 4070, folio 1, hoja A-156980. NIF A08000143.", 5.5)
        doc.t(40, 35, "Consulte la información sobre el Fondo de Garantía de Depósitos en bancsabadell.com. Servicio de Atención al Cliente: 900 500 170.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=56)
    write(stem, "hj_es_sabadell", "****4567", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 Novo Banco (Débito/Crédito/Saldo Contabilístico)
def novo(stem, seed, n=22, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("1532.64")
    pool = [("COMPRA 4567 CONTINENTE COLOMBO LISBOA", 8, 130), ("TRF MB WAY P/ ANA SILVA", 5, 60), ("DD EDP COMERCIAL {r}", 40, 120),
            ("LEV ATM 4567 AV LIBERDADE LISBOA", 20, 200), ("COMPRA 4567 PINGO DOCE ALVALADE", 6, 80), ("DD MEO SERVICOS COMUNICACOES", 35, 70),
            ("IMPOSTO DO SELO", 0.2, 1.2), ("PAG SERV 21312 EPAL AGUAS LISBOA", 15, 45)]
    cr = [("TRF DE NOS SGPS SA ORDENADO", 1700, 2200), ("TRF MB WAY DE RUI COSTA", 10, 80), ("DEP NUMERARIO ATM", 50, 400)]
    txs = txns(rng, start, end, n, pool, cr)
    for t in txs: t["desc_lines"] = [" ".join(t["desc_lines"])]
    cb = running(txs, ob)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d-%m-%Y"), "v": t["vd"].strftime("%d-%m-%Y"), "desc": t["desc_lines"], "b": eu(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = eu(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "novobanco", 20, True)
        doc.t(doc.W - 40, H - 40, "EXTRATO DE CONTA", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Página %d/%d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 75, "Conta à Ordem N.º 000123456789", 8, True)
        doc.t(40, H - 86, "IBAN: PT76 0007 0000 0012 3456 7892 3", 8)
        doc.t(40, H - 97, "Período: 01-06-2025 a 30-06-2025     Moeda: EUR", 8)
        if p == 1:
            doc.t(330, H - 75, "JOÃO PEDRO FERREIRA", 8); doc.t(330, H - 86, "RUA DE CAMPOLIDE 212 3 ESQ", 8); doc.t(330, H - 97, "1070-038 LISBOA", 8)
        return H - 124

    cols = [("Data Mov.", 40, "l", "d"), ("Data Valor", 92, "l", "v"), ("Descritivo", 146, "l", "desc"), ("Débito", 410, "r", "dr"),
            ("Crédito", 475, "r", "cr"), ("Saldo\nContabilístico", 555, "r", "b")]

    def top(doc, y):
        doc.t(146, y, "Saldo inicial", 8, True); doc.t(555, y, eu(ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(146, y - 2, "Saldo final", 8, True); doc.t(555, y - 2, eu(cb), 8, True, "r")
        doc.t(40, y - 28, "Poupe com o novobanco: conheça o Depósito Mais Futuro em novobanco.pt.", 7)
        return y - 36

    def cf(doc, y, row, kind):
        if kind == "cf":
            doc.t(146, y - 2, "A transportar", 8, True); doc.t(555, y - 2, row["b"], 8, True, "r")
            return y - 14
        prev = rows[rows.index(row) - 1]["b"]
        doc.t(146, y, "Transporte", 8, True); doc.t(555, y, prev, 8, True, "r")
        return y - 14

    def footer(doc, p, np_):
        doc.t(40, 42, "Novo Banco, S.A. - Sede: Av. da Liberdade, 195, 1250-142 Lisboa - Capital Social 6.567.843.862,91 Euros - NIPC 513 204 016", 5.5)
        doc.t(40, 35, "Matriculada na C.R.C. de Lisboa. Os depósitos estão garantidos pelo Fundo de Garantia de Depósitos. Linha novobanco 21 359 00 00.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(22 if pages else 60), top_rows=[top], bottom=bottom,
           cf=cf if pages else None)
    write(stem, "hj_pt_novobanco", "****6789", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Eurobank (Greek mixed-case headers)
def eurobank(stem, seed, n=20, fx=False, valdate=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("1874.35")
    pool = [("ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ VISA AB VASSILOPOULOS", 8, 120), ("ΠΛΗΡΩΜΗ ΛΟΓΑΡΙΑΣΜΟΥ ΔΕΗ", 40, 160), ("ΑΝΑΛΗΨΗ ATM EUROBANK ΣΥΝΤΑΓΜΑ", 20, 300),
            ("Συνδρομή Netflix.com", 13.99, 13.99), ("ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ VISA ΣΚΛΑΒΕΝΙΤΗΣ ΧΑΛΑΝΔΡΙ", 10, 140), ("ΠΛΗΡΩΜΗ COSMOTE", 25, 60),
            ("ΜΕΤΑΦΟΡΑ ΣΕ ΠΑΠΑΔΟΠΟΥΛΟΥ ΕΛΕΝΗ ΕΝΟΙΚΙΟ", 550, 550), ("Προμήθεια τήρησης λογαριασμού", 2, 2)]
    cr = [("ΜΙΣΘΟΔΟΣΙΑ ALPHA TECH Α.Ε.", 1400, 1900), ("IRIS ΑΠΟ ΓΕΩΡΓΙΟΥ ΝΙΚΟΛΑΟΣ", 10, 120), ("Επιστροφή αγοράς e-shop.gr", 8, 60)]
    if fx:
        pool += [("ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ VISA AMAZON.COM SEATTLE|USD {u} ΙΣΟΤΙΜΙΑ 1,0841", 20, 90),
                 ("ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ VISA BOOKING.COM LONDON|GBP {u} ΙΣΟΤΙΜΙΑ 0,8463", 60, 240)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: tpl, lo, hi = rng.choice(cr); sg = 1
        else: tpl, lo, hi = rng.choice(pool); sg = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sg
        lines = tpl.split("|")
        if len(lines) > 1:
            rate = D(lines[1].split()[-1].replace(",", "."))
            lines[1] = lines[1].replace("{u}", eu((abs(amt) * rate).quantize(D("0.01"))))
        txs.append({"date": d, "desc_lines": lines, "amount": amt, "vd": (d + dt.timedelta(days=rng.randint(0, 2))) if valdate else d})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m/%Y"), "v": t["vd"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": eu(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = eu(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Eurobank", 20, True)
        doc.t(doc.W - 40, H - 40, "Αντίγραφο Κίνησης Λογαριασμού", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Σελίδα %d από %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 75, "ΚΩΝΣΤΑΝΤΙΝΟΣ ΔΗΜΗΤΡΙΟΥ", 8); doc.t(40, H - 86, "ΛΕΩΦ. ΚΗΦΙΣΙΑΣ 214", 8); doc.t(40, H - 97, "152 31 ΧΑΛΑΝΔΡΙ", 8)
        doc.t(330, H - 75, "Λογαριασμός: 0026.0123.45.0201234567", 8, True)
        doc.t(330, H - 86, "IBAN: GR45 0260 1230 0004 5020 1234 567", 8)
        doc.t(330, H - 97, "Νόμισμα: EUR", 8)
        doc.t(330, H - 108, "Περίοδος: 01/06/2025 - 30/06/2025", 8)
        return H - 134

    cols = [("Ημερομηνία", 40, "l", "d"), ("Περιγραφή", 110, "l", "desc"), ("Χρέωση", 405, "r", "dr"), ("Πίστωση", 480, "r", "cr"),
            ("Υπόλοιπο", 555, "r", "b")]
    dx = 0
    if valdate:
        dx = 50
        cols = [("Ημ/νία\nΚίνησης", 40, "l", "d"), ("Ημ/νία\nΑξίας", 90, "l", "v"), ("Περιγραφή", 160, "l", "desc"), ("Χρέωση", 415, "r", "dr"),
                ("Πίστωση", 485, "r", "cr"), ("Υπόλοιπο", 555, "r", "b")]

    def top(doc, y):
        doc.t(110 + dx, y, "Προηγούμενο υπόλοιπο", 8, True); doc.t(555, y, eu(ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(110 + dx, y - 2, "Νέο υπόλοιπο", 8, True); doc.t(555, y - 2, eu(cb), 8, True, "r")
        return y - 16

    def footer(doc, p, np_):
        doc.t(40, 42, "Eurobank Α.Ε., Όθωνος 8, 105 57 Αθήνα, Αρ. Γ.Ε.ΜΗ. 154558160000. Οι καταθέσεις καλύπτονται από το Ταμείο Εγγύησης Καταθέσεων", 5.5)
        doc.t(40, 35, "και Επενδύσεων (ΤΕΚΕ). Εξυπηρέτηση πελατών: 210 955 5000 - www.eurobank.gr", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=58, top_rows=[top], bottom=bottom)
    write(stem, "hj_gr_eurobank", "****4567", "EUR", start, end, ob, cb, txs)


P = "hj_"
cmut(P + "fr_creditmutuel", 11)
cmut(P + "fr_creditmutuel__2pages", 12, n=34, pages=True)
cmut(P + "fr_creditmutuel__debiteur", 13, deb=True)
bourso(P + "fr_boursorama", 21)
bourso(P + "fr_boursorama__debiteur", 22, deb=True)
bourso(P + "fr_boursorama__espaces", 23, nnbsp=True)
bankinter(P + "es_bankinter", 31)
bankinter(P + "es_bankinter__overdraft", 32, od=True)
bankinter(P + "es_bankinter__long", 33, long=True)
sabadell(P + "es_sabadell", 41)
sabadell(P + "es_sabadell__yearend", 42, yearend=True)
novo(P + "pt_novobanco", 51)
novo(P + "pt_novobanco__pages", 52, n=50, pages=True)
eurobank(P + "gr_eurobank", 61)
eurobank(P + "gr_eurobank__fx", 62, fx=True)
eurobank(P + "gr_eurobank__valeur", 63, valdate=True)
print("done")
