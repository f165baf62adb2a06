#!/usr/bin/python3
"""Generator gu: 6 untuned European layouts x (base + 1-2 variants), exact truth. Deterministic."""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4
from corpus_kit import C2, Doc, fmt, make_txns, render, running, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gu/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)


def eu(v):
    """1.234,56 (sign kept as a leading minus)"""
    return fmt(v, ".", ",")


def fr(v):
    """1 234,56"""
    return fmt(v, " ", ",")



def rand_txns(rng, start, end, n, pool, cr, step=None):
    """pool/cr entries: (lines, lo, hi); lines may hold {r}; returns txs with desc_lines, sorted by date."""
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: lines, lo, hi = rng.choice(cr); sg = 1
        else: lines, lo, hi = rng.choice(pool); sg = -1
        amt = D(rng.randint(int(lo * 100), int(hi * 100))) / 100 * sg
        rr = str(rng.randint(100000, 999999))
        txs.append({"date": d, "desc_lines": [l.format(r=rr, d=d) for l in lines], "amount": amt})
    txs.sort(key=lambda t: t["date"])
    return txs


# ---------------------------------------------------------------- 1 Commerzbank DE (Buchungstag / Wert / Vorgang / Betrag, trailing minus, Kontostand ... am, Übertrag)
def commerzbank(stem, seed, n=18, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("3184.27"), pages=False, od=False, lead=False):
    rng = random.Random(seed)
    pool = [(["Lastschrift", "Stadtwerke München GmbH", "Abschlag Strom Vertragskonto 4711{r}", "Mandatsref. SWM-{r}"], 65, 120),
            (["Kartenzahlung", "REWE Markt GmbH//München/DE", "{d:%Y-%m-%d}T18:22:11 KFN 1 VJ 2612"], 8, 95),
            (["Dauerauftrag", "Hausverwaltung Schmid KG", "Miete Wohnung 3.OG links"], 1150, 1150),
            (["Überweisung", "Mobilcom-Debitel GmbH", "Rechnung {r}"], 19.99, 39.99),
            (["Kartenzahlung", "Aral Station 1234//Muenchen/DE"], 35, 80),
            (["Bargeldauszahlung", "Commerzbank Muenchen Marienplatz", "GA NR00001234 BLZ70040041"], 50, 300),
            (["Lastschrift", "AMAZON PAYMENTS EUROPE S.C.A.", "302-{r}-Amazon.de"], 12, 140)]
    cr = [(["Gutschrift", "Siemens AG", "Lohn/Gehalt 06/2025"], 3400, 3900), (["Gutschrift", "Maria Huber", "Anteil Nebenkosten"], 40, 200)]
    if od: ob = D("-412.60")
    txs = rand_txns(rng, start, end, n, pool, cr[1:] if od else cr)
    cb = running(txs, ob)
    amt = lambda v: eu(abs(v)) + ("-" if v < 0 else "")
    if lead:  # the online statement's form: a leading minus on debits, a leading plus on credits
        amt = lambda v: ("-" if v < 0 else "+") + eu(abs(v))
    rows = []
    for t in txs:
        wd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        rows.append({"bt": t["date"].strftime("%d.%m."), "wt": wd.strftime("%d.%m."), "desc": t["desc_lines"], "a": amt(t["amount"]), "_bal": t["bal"]})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 42, "COMMERZBANK", 16, True); doc.t(40, H - 54, "Die Bank an Ihrer Seite", 7)
        doc.t(doc.W - 40, H - 42, "Kontoauszug", 12, True, "r")
        doc.t(doc.W - 40, H - 55, "Auszug 6 / %d   Blatt %d von %d" % (2025, p, np_), 8, align="r")
        doc.t(40, H - 68, "Girokonto   IBAN DE12 7004 0041 0612 3456 00   BIC COBADEFFXXX", 8)
        if p == 1:
            doc.t(40, H - 88, "Commerzbank AG · 80271 München", 6)
            doc.t(40, H - 100, "Herrn", 8); doc.t(40, H - 111, "Thomas Bauer", 8); doc.t(40, H - 122, "Leopoldstraße 118", 8); doc.t(40, H - 133, "80802 München", 8)
            doc.t(330, H - 100, "Kontoauszug vom %s" % end.strftime("%d.%m.%Y"), 8)
            doc.t(330, H - 111, "Zeitraum %s bis %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.t(330, H - 122, "Filiale München Marienplatz", 8)
            doc.t(330, H - 133, "Ihre Kundennummer 612 3456", 8)
            y = H - 160
            doc.t(40, y, "Kontostand in EUR am %s" % (start - dt.timedelta(days=1)).strftime("%d.%m.%Y"), 8, True)
            doc.t(555, y, amt(ob), 8, True, "r")
            return y - 20
        return H - 95

    cols = [("Buchungstag", 40, "l", "bt"), ("Wert", 98, "l", "wt"), ("Vorgang", 145, "l", "desc"), ("Betrag in EUR", 555, "r", "a")]

    sheet = [1]

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(145, y - 2, "Übertrag auf Blatt %d" % (sheet[0] + 1), 8, True); doc.t(555, y - 2, amt(r["_bal"]), 8, True, "r")
        else:
            doc.t(145, y, "Übertrag von Blatt %d" % sheet[0], 8, True); doc.t(555, y, amt(prev_bal(r)), 8, True, "r")
            sheet[0] += 1
        return y - 14

    def prev_bal(r):
        i = rows.index(r)
        return rows[i - 1]["_bal"] if i else ob

    def bottom(doc, y):
        doc.c.line(40, y + 4, doc.W - 40, y + 4)
        doc.t(40, y - 8, "Neuer Kontostand in EUR am %s" % end.strftime("%d.%m.%Y"), 8, True); doc.t(555, y - 8, amt(cb), 8, True, "r")
        if od:
            doc.t(40, y - 22, "Eingeräumte Kontoüberziehung 2.000,00 EUR. Sollzinssatz 11,25 % p.a. Ihr Konto weist einen Sollsaldo aus.", 6.5)
        doc.t(40, y - 36, "Bitte prüfen Sie die Buchungen. Einwendungen gegen Rechnungsabschlüsse sind innerhalb von sechs Wochen zu erheben.", 6.5)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 34, "Commerzbank AG, Kaiserplatz, 60311 Frankfurt am Main. Vorsitzender des Aufsichtsrats: Jens Weidmann. Amtsgericht Frankfurt am Main HRB 32000.", 5.5)
        doc.t(40, 26, "Guthaben sind als Einlagen nach Maßgabe des Einlagensicherungsgesetzes entschädigungsfähig. www.commerzbank.de/einlagensicherung", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=42, cf=cf, bottom=bottom)
    write_truth(stem, "GU_de_commerzbank", "****5600", "EUR", start, end, ob, txs, False)


# ---------------------------------------------------------------- 2 La Banque Postale FR (Date / Opérations / Débit (€) / Crédit (€), Ancien/Nouveau solde au, Total des opérations)
def lbp(stem, seed, n=18, start=dt.date(2025, 5, 10), end=dt.date(2025, 6, 9), ob=D("1246.83"), pages=False, od=False, fx=False):
    rng = random.Random(seed)
    pool = [(["ACHAT CB CARREFOUR MARKET 0{r}", "CARTE NUMERO 827"], 6, 140), (["PRELEVEMENT DE EDF clients particuliers", "REF : {r}MNS"], 55, 110),
            (["PRELEVEMENT DE FREE MOBILE", "FM-{r}-0625"], 2, 19.99), (["RETRAIT DAB 0{r} LA POSTE LYON 3E", "CARTE NUMERO 827"], 20, 200),
            (["ACHAT CB SNCF INTERNET PARIS"], 15, 120), (["VIREMENT POUR LOYER JUIN", "SCI LES TILLEULS"], 640, 640),
            (["COTISATION TRIMESTRIELLE", "FORMULE DE COMPTE ESSENTIEL"], 6.9, 6.9)]
    cr = [(["VIREMENT DE CAF DU RHONE", "PRESTATIONS 052025"], 120, 260), (["VIREMENT DE SARL BOULANGERIE MARTIN", "SALAIRE MAI 2025"], 1650, 1900)]
    if od: ob = D("-186.40")
    txs = rand_txns(rng, start, end, n, pool, cr)
    if fx:
        for (cur, famt, rate, shop) in [("USD", D("45.00"), D("1.082300"), "AMAZON.COM SEATTLE"), ("GBP", D("62.40"), D("0.846100"), "TFL TRAVEL LONDON"),
                                        ("CHF", D("18.50"), D("0.937400"), "SBB CFF FFS BERN")]:
            eur = (famt / rate).quantize(C2)
            d = start + dt.timedelta(days=rng.randint(3, (end - start).days - 3))
            txs.append({"date": d, "amount": -eur, "desc_lines": ["ACHAT CB %s %s" % (shop, (d - dt.timedelta(days=2)).strftime("%d.%m.%y")),
                                                                  "%s %s 1 EURO = %s %s" % (fr(famt), cur, str(rate).replace(".", ","), cur), "CARTE NUMERO 827"]})
            fee = (eur * D("0.02")).quantize(C2)
            txs.append({"date": d, "amount": -fee, "desc_lines": ["COMMISSION PAIEMENT PAR CARTE", "%s %s" % (fr(famt), cur)]})
        txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m"), "desc": t["desc_lines"]}
        if t["amount"] < 0: r["db"] = fr(-t["amount"])
        else: r["cr"] = fr(t["amount"])
        rows.append(r)
    tdb = sum(-t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 42, "LA BANQUE POSTALE", 15, True)
        doc.t(doc.W - 40, H - 42, "Relevé de vos comptes", 11, True, "r")
        doc.t(doc.W - 40, H - 55, "Page %d / %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 60, "Centre Financier de Lyon", 8); doc.t(40, H - 70, "69900 LYON CEDEX 20", 8)
            doc.t(40, H - 80, "Tél. 3639 (service gratuit + prix appel)", 7)
            doc.t(320, H - 90, "MADAME CAMILLE LEFEBVRE", 8); doc.t(320, H - 101, "12 RUE DUGUESCLIN", 8); doc.t(320, H - 112, "69006 LYON", 8)
            doc.t(40, H - 120, "Relevé n° 6 du %s au %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8, True)
            doc.c.rect(40, H - 178, 515, 44)
            doc.t(48, H - 146, "Situation de vos comptes au %s" % end.strftime("%d/%m/%Y"), 8, True)
            doc.t(48, H - 160, "Compte Courant Postal n° 12 345 67 A 020", 8)
            doc.t(400, H - 160, "Solde", 7.5); doc.t(547, H - 160, ("-" if cb < 0 else "+") + " " + fr(abs(cb)) + " €", 8, True, "r")
            doc.t(48, H - 172, "IBAN FR76 2004 1010 0712 3456 7A02 039   BIC PSSTFRPPLYO", 7)
            doc.t(40, H - 198, "Vos opérations CCP n° 12 345 67 A 020 - M CAMILLE LEFEBVRE", 9, True)
            return H - 214
        doc.t(40, H - 70, "Vos opérations CCP n° 12 345 67 A 020 (suite)", 9, True)
        return H - 86

    cols = [("Date", 40, "l", "d"), ("Opérations", 85, "l", "desc"), ("Débit (€)", 470, "r", "db"), ("Crédit (€)", 555, "r", "cr")]

    def top(doc, y):
        doc.t(85, y, "Ancien solde au %s" % (start - dt.timedelta(days=1)).strftime("%d/%m/%Y"), 8, True)
        doc.t(470 if ob < 0 else 555, y, fr(abs(ob)), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(85, y - 4, "Total des opérations", 8, True); doc.t(470, y - 4, fr(tdb), 8, True, "r"); doc.t(555, y - 4, fr(tcr), 8, True, "r")
        doc.t(85, y - 16, "Nouveau solde au %s" % end.strftime("%d/%m/%Y"), 8, True); doc.t(470 if cb < 0 else 555, y - 16, fr(abs(cb)), 8, True, "r")
        doc.t(40, y - 40, "Montant de votre autorisation de découvert : 400,00 €. Taux annuel effectif global (TAEG) : 16,00 %.", 6.5)
        doc.t(40, y - 50, "Simplifiez-vous la banque avec l'application La Banque Postale : consultez vos comptes 24h/24 et 7j/7.", 6.5)
        return y - 56

    def footer(doc, p, np_):
        doc.t(40, 34, "La Banque Postale - Société Anonyme à Directoire et Conseil de Surveillance au capital de 6 585 350 218 euros. 115, rue de Sèvres 75275 Paris Cedex 06.", 5.5)
        doc.t(40, 26, "RCS Paris 421 100 645 - ORIAS n° 07 023 424. Médiateur de La Banque Postale : 115, rue de Sèvres - Case Postale G009 - 75275 Paris Cedex 06.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(30 if pages else 38), top_rows=[top], bottom=bottom)
    write_truth(stem, "GU_fr_lbp", "****A020", "EUR", start, end, ob, txs, False)


# ---------------------------------------------------------------- 3 Intesa Sanpaolo IT (Data / Valuta / Descrizione / Addebiti / Accrediti, Saldo contabile iniziale/finale)
def intesa(stem, seed, n=18, start=dt.date(2025, 4, 1), end=dt.date(2025, 6, 30), ob=D("5231.09"), fx=False, zerofee=False):
    rng = random.Random(seed)
    pool = [(["PAGAMENTO POS ESSELUNGA MILANO VIALE PIAVE", "CARTA 4532 **** **** 1187"], 9, 160), (["ADDEBITO DIRETTO SDD ENEL ENERGIA SPA", "MANDATO ENL{r} FATTURA N. {r}"], 60, 180),
            (["PRELIEVO BANCOMAT ATM INTESA SANPAOLO", "FILIALE 01234 MILANO"], 50, 250), (["BONIFICO A VOSTRO FAVORE DISPOSTO DA NOI", "A FAVORE DI CONDOMINIO VIA PADOVA 12", "CAUSALE RATA CONDOMINIALE"], 180, 240),
            (["PAGAMENTO POS TRENITALIA ROMA"], 12, 90), (["CANONE MENSILE CONTO XME"], 4.5, 4.5)]
    cr = [(["ACCREDITO BONIFICO DA PIRELLI TYRE SPA", "STIPENDIO MESE"], 2300, 2700), (["BONIFICO ISTANTANEO DA ROSSI GIULIA", "RIMBORSO CENA"], 20, 90)]
    txs = rand_txns(rng, start, end, n, pool, cr)
    if fx:
        for (i, (cur, famt, rate, shop)) in enumerate([("USD", D("45.00"), D("1.0823"), "AMAZON.COM SEATTLE WA"), ("GBP", D("62.40"), D("0.8461"), "TFL TRAVEL CH LONDON"),
                                                       ("CHF", D("18.50"), D("0.9374"), "SBB CFF FFS ZURICH")]):
            eur = (famt / rate).quantize(C2)
            d = start + dt.timedelta(days=rng.randint(5, (end - start).days))
            txs.append({"date": d, "amount": -eur, "desc_lines": ["PAGAMENTO POS %s" % shop, "IMPORTO %s %s CAMBIO %s" % (eu(famt), cur, str(rate).replace(".", ",")),
                                                                  "COMM. SERVIZIO VALUTA 0,00"]})
    if zerofee:
        for k in range(2):
            d = dt.date(2025, 4 + k * 2, 30 if k == 0 else 30)
            txs.append({"date": d, "amount": D("0.00"), "desc_lines": ["COMMISSIONI SU BONIFICI ONLINE", "ESENTE - CANONE XME CONTO UP"]})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        r = {"d": t["date"].strftime("%d.%m.%Y"), "v": vd.strftime("%d.%m.%Y"), "desc": t["desc_lines"]}
        if t["amount"] < 0: r["ad"] = eu(-t["amount"])
        elif t["amount"] == 0: r["ad"] = "0,00"
        else: r["ac"] = eu(t["amount"])
        rows.append(r)
    tad = sum(-t["amount"] for t in txs if t["amount"] < 0); tac = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 42, "INTESA", 15, True); doc.t(104, H - 42, "SANPAOLO", 15)
        doc.t(doc.W - 40, H - 42, "Estratto conto", 11, True, "r")
        doc.t(doc.W - 40, H - 55, "Pagina %d di %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 66, "Filiale 01234 - Milano Corso di Porta Romana", 7.5)
            doc.t(330, H - 80, "Sig. LUCA BIANCHI", 8); doc.t(330, H - 91, "VIA PADOVA 12", 8); doc.t(330, H - 102, "20127 MILANO MI", 8)
            doc.t(40, H - 86, "XME Conto n. 1000/00012345", 8)
            doc.t(40, H - 97, "IBAN IT60 X030 6909 6061 0000 0012 345", 8)
            doc.t(40, H - 108, "Estratto conto dal %s al %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.c.rect(40, H - 176, 515, 52)
            doc.t(48, H - 136, "RIASSUNTO SCALARE", 8, True)
            S = [("Saldo contabile iniziale", eu(ob)), ("Totale addebiti", eu(tad)), ("Totale accrediti", eu(tac)), ("Saldo contabile finale", eu(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(48 + 128 * i, H - 152, a, 7); doc.t(48 + 128 * i, H - 166, b + " EUR", 8, True)
            doc.t(40, H - 196, "DETTAGLIO MOVIMENTI", 9, True)
            return H - 212
        return H - 80

    cols = [("Data", 40, "l", "d"), ("Valuta", 92, "l", "v"), ("Descrizione", 146, "l", "desc"), ("Addebiti", 475, "r", "ad"), ("Accrediti", 555, "r", "ac")]

    def top(doc, y):
        doc.t(40, y, (start - dt.timedelta(days=1)).strftime("%d.%m.%Y"), 8); doc.t(146, y, "Saldo contabile iniziale", 8, True)
        doc.t(475 if ob < 0 else 555, y, eu(abs(ob)), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(146, y - 4, "Totale movimenti", 8, True); doc.t(475, y - 4, eu(tad), 8, True, "r"); doc.t(555, y - 4, eu(tac), 8, True, "r")
        doc.t(40, y - 16, end.strftime("%d.%m.%Y"), 8); doc.t(146, y - 16, "Saldo contabile finale", 8, True); doc.t(475 if cb < 0 else 555, y - 16, eu(abs(cb)), 8, True, "r")
        doc.t(40, y - 40, "Saldo disponibile al %s: %s EUR. Fido accordato: 0,00 EUR." % (end.strftime("%d.%m.%Y"), eu(cb)), 6.5)
        return y - 46

    def footer(doc, p, np_):
        doc.t(40, 34, "Intesa Sanpaolo S.p.A. Sede legale: Piazza San Carlo 156, 10121 Torino. Capitale sociale Euro 10.368.870.930,08. Aderente al Fondo Interbancario di Tutela dei Depositi.", 5.5)
        doc.t(40, 26, "Se entro 60 giorni dal ricevimento non Le perviene un reclamo scritto, l'estratto conto si intende approvato. Per informazioni: 800.303.303", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=40, top_rows=[top], bottom=bottom)
    write_truth(stem, "GU_it_intesa", "****2345", "EUR", start, end, ob, txs, False)


# ---------------------------------------------------------------- 4 Caixa Geral de Depósitos PT (Data Mov. / Data Valor / Descritivo / Débito / Crédito / Saldo Contabilístico)
def cgd(stem, seed, n=20, start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 31), ob=D("2876.15"), pages=False):
    rng = random.Random(seed)
    pool = [(["COMPRA 4211 CONTINENTE LISBOA"], 8, 150), (["PAGAMENTO SERVICOS EDP COMERCIAL", "REF. 123 {r}"], 35, 95), (["LEV. ATM CGD AV REPUBLICA"], 20, 200),
            (["TRF MB WAY P/ JOAO SILVA"], 5, 60), (["DD MEO SERVICOS COMUNICACOES", "ADC 10{r}"], 39.99, 64.99), (["COMISSAO MANUTENCAO CONTA", "IMPOSTO SELO INCLUIDO"], 5.2, 5.2),
            (["PRESTACAO CREDITO HABITACAO", "CONTRATO 0001234567890"], 480, 480)]
    cr = [(["TRF DE EMPRESA XPTO LDA", "VENCIMENTO JULHO"], 1400, 1800), (["TRF MB WAY DE ANA COSTA"], 10, 80)]
    txs = rand_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"d": t["date"].strftime("%Y-%m-%d"), "v": vd.strftime("%Y-%m-%d"), "desc": t["desc_lines"], "s": eu(t["bal"])}
        if t["amount"] < 0: r["db"] = eu(-t["amount"])
        else: r["cr"] = eu(t["amount"])
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 42, "Caixa Geral de Depósitos", 14, True)
        doc.t(doc.W - 40, H - 42, "EXTRATO DE CONTA", 11, True, "r")
        doc.t(doc.W - 40, H - 55, "Página %d/%d" % (p, np_), 8, align="r")
        doc.t(40, H - 60, "Conta à Ordem N.º 0123 012345 600   Moeda: EUR", 8)
        if p == 1:
            doc.t(40, H - 72, "IBAN PT50 0035 0123 0001 2345 6009 1   BIC CGDIPTPL", 8)
            doc.t(330, H - 84, "SR. RUI MIGUEL FERREIRA", 8); doc.t(330, H - 95, "RUA DE SÃO BENTO 214 2 ESQ", 8); doc.t(330, H - 106, "1200-820 LISBOA", 8)
            doc.t(40, H - 90, "Agência: Avenida da República", 8)
            doc.t(40, H - 101, "Período: %s a %s" % (start.strftime("%Y-%m-%d"), end.strftime("%Y-%m-%d")), 8)
            doc.t(40, H - 130, "Saldo Inicial", 8, True); doc.t(140, H - 130, eu(ob) + " EUR", 8, True)
            doc.t(40, H - 141, "Saldo Final", 8, True); doc.t(140, H - 141, eu(cb) + " EUR", 8, True)
            doc.t(40, H - 160, "Movimentos da Conta", 9, True)
            return H - 176
        return H - 80

    cols = [("Data Mov.", 40, "l", "d"), ("Data Valor", 92, "l", "v"), ("Descritivo", 146, "l", "desc"), ("Débito", 395, "r", "db"),
            ("Crédito", 465, "r", "cr"), ("Saldo\nContabilístico", 555, "r", "s")]

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(146, y - 2, "A TRANSPORTAR", 8, True); doc.t(555, y - 2, r["s"], 8, True, "r")
        else:
            i = rows.index(r)
            doc.t(146, y, "TRANSPORTE", 8, True); doc.t(555, y, rows[i - 1]["s"], 8, True, "r")
        return y - 14

    def top(doc, y):
        doc.t(146, y, "SALDO INICIAL", 8); doc.t(555, y, eu(ob), 8, False, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(146, y - 4, "SALDO FINAL", 8); doc.t(555, y - 4, eu(cb), 8, False, "r")
        doc.t(40, y - 26, "Saldo Contabilístico: inclui movimentos ainda não disponíveis. Saldo Disponível = Saldo Contabilístico - Cativos + Descoberto Autorizado.", 5.8)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 34, "Caixa Geral de Depósitos, S.A. Sede: Av. João XXI, 63 - 1000-300 Lisboa. Capital Social 3.844.143.735 Euros. NIPC 500 960 046.", 5.5)
        doc.t(40, 26, "Os depósitos constituídos na CGD beneficiam da garantia do Fundo de Garantia de Depósitos. Linha Caixa 217 900 790.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(26 if pages else 42), top_rows=[top], bottom=bottom, cf=cf)
    write_truth(stem, "GU_pt_cgd", "****5600", "EUR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 5 Alpha Bank GR (Ημερομηνία / Περιγραφή / Χρέωση / Πίστωση / Υπόλοιπο)
def alpha(stem, seed, n=18, start=dt.date(2025, 3, 1), end=dt.date(2025, 3, 31), ob=D("1932.40"), od=False, pages=False):
    rng = random.Random(seed)
    pool = [(["ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΣΚΛΑΒΕΝΙΤΗΣ ΑΘΗΝΑ"], 12, 140), (["ΠΛΗΡΩΜΗ ΛΟΓΑΡΙΑΣΜΟΥ ΔΕΗ", "ΚΩΔ. ΗΛΕΚΤΡΟΝΙΚΗΣ ΠΛΗΡΩΜΗΣ RF{r}"], 45, 160),
            (["ΑΝΑΛΗΨΗ ΑΠΟ ATM ALPHA BANK ΣΥΝΤΑΓΜΑ"], 20, 300), (["ΠΑΓΙΑ ΕΝΤΟΛΗ COSMOTE", "ΣΥΜΒ. 69{r}"], 25, 60),
            (["ΜΕΤΑΦΟΡΑ ΣΕ ΛΟΓ/ΣΜΟ ΤΡΙΤΟΥ", "ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ - ΕΝΟΙΚΙΟ"], 450, 450), (["ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΕΚΟ ΚΗΦΙΣΙΑΣ"], 30, 70),
            (["ΕΞΟΔΑ ΤΗΡΗΣΗΣ ΛΟΓΑΡΙΑΣΜΟΥ"], 3, 3)]
    cr = [(["ΜΙΣΘΟΔΟΣΙΑ ΟΤΕ Α.Ε.", "ΜΙΣΘΟΣ ΜΑΡΤΙΟΥ"], 1150, 1500), (["ΜΕΤΑΦΟΡΑ ΑΠΟ ΛΟΓ/ΣΜΟ ΝΙΚΟΛΑΟΥ ΜΑΡΙΑ"], 20, 150)]
    if od: ob = D("312.75")
    txs = rand_txns(rng, start, end, n, pool, cr[1:] if od else cr)
    if od:
        txs.append({"date": dt.date(2025, 3, 2), "desc_lines": ["ΜΕΤΑΦΟΡΑ ΣΕ ΛΟΓ/ΣΜΟ ΤΡΙΤΟΥ", "ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΕΩΡΓΙΟΣ - ΕΝΟΙΚΙΟ"], "amount": D("-450.00")})
        txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "s": eu(t["bal"])}
        if t["amount"] < 0: r["db"] = eu(-t["amount"])
        else: r["cr"] = eu(t["amount"])
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 42, "ALPHA BANK", 15, True)
        doc.t(doc.W - 40, H - 42, "ΑΝΤΙΓΡΑΦΟ ΚΙΝΗΣΗΣ ΛΟΓΑΡΙΑΣΜΟΥ", 10, True, "r")
        doc.t(doc.W - 40, H - 55, "Σελίδα %d από %d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "Λογαριασμός: 123-00-2002-012345   Alpha Λογαριασμός Ταμιευτηρίου   Νόμισμα: EUR", 8)
        doc.t(40, H - 77, "IBAN: GR16 0140 1230 1230 0200 2012 345", 8)
        if p == 1:
            doc.t(40, H - 96, "ΔΙΚΑΙΟΥΧΟΣ: ΚΩΝΣΤΑΝΤΙΝΟΥ ΕΛΕΝΗ", 8); doc.t(40, H - 107, "ΛΕΩΦ. ΚΗΦΙΣΙΑΣ 210, 15231 ΧΑΛΑΝΔΡΙ", 8)
            doc.t(40, H - 118, "Περίοδος: %s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.c.rect(330, H - 140, 225, 52)
            doc.t(338, H - 100, "Αρχικό Υπόλοιπο", 7.5); doc.t(548, H - 100, eu(ob), 7.5, align="r")
            doc.t(338, H - 112, "Τελικό Υπόλοιπο", 7.5); doc.t(548, H - 112, eu(cb), 7.5, align="r")
            doc.t(338, H - 124, "Διαθέσιμο Υπόλοιπο", 7.5); doc.t(548, H - 124, eu(max(cb, D("0"))), 7.5, align="r")
            return H - 160
        return H - 95

    cols = [("Ημερομηνία", 40, "l", "d"), ("Περιγραφή", 105, "l", "desc"), ("Χρέωση", 395, "r", "db"), ("Πίστωση", 470, "r", "cr"), ("Υπόλοιπο", 555, "r", "s")]

    def top(doc, y):
        doc.t(105, y, "ΑΡΧΙΚΟ ΥΠΟΛΟΙΠΟ", 8, True); doc.t(555, y, eu(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(105, y - 4, "ΤΕΛΙΚΟ ΥΠΟΛΟΙΠΟ", 8, True); doc.t(555, y - 4, eu(cb), 8, True, "r")
        if cb < 0:
            doc.t(40, y - 24, "Ο λογαριασμός σας παρουσιάζει χρεωστικό υπόλοιπο. Παρακαλούμε τακτοποιήστε την οφειλή σας.", 6.5)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 34, "Alpha Bank Α.Ε., Σταδίου 40, 102 52 Αθήνα. Αρ. Γ.Ε.ΜΗ. 159029160000. Εποπτεύεται από την Τράπεζα της Ελλάδος.", 5.5)
        doc.t(40, 26, "Οι καταθέσεις καλύπτονται από το Ταμείο Εγγύησης Καταθέσεων και Επενδύσεων (ΤΕΚΕ) έως 100.000 ευρώ. www.alpha.gr", 5.5)

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(105, y - 2, "ΣΕ ΜΕΤΑΦΟΡΑ", 8, True); doc.t(555, y - 2, r["s"], 8, True, "r")
        else:
            i = rows.index(r)
            doc.t(105, y, "ΑΠΟ ΜΕΤΑΦΟΡΑ", 8, True); doc.t(555, y, rows[i - 1]["s"], 8, True, "r")
        return y - 14

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(26 if pages else 44), top_rows=[top], bottom=bottom, cf=cf)
    write_truth(stem, "GU_gr_alpha", "****2345", "EUR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 6 Tatra banka SK (Dátum / Popis / Suma signed, Počiatočný / Konečný zostatok)
def tatra(stem, seed, n=18, start=dt.date(2025, 9, 1), end=dt.date(2025, 9, 30), ob=D("2418.62"), longdesc=False, zerofee=False):
    rng = random.Random(seed)
    pool = [(["Platba kartou", "LIDL SLOVENSKA REPUBLIKA BRATISLAVA"], 6, 95), (["Trvalý príkaz", "Bytové družstvo Petržalka", "VS 2025090{r} KS 0308"], 145, 145),
            (["Inkaso", "Západoslovenská energetika a.s.", "VS 71{r}"], 40, 90), (["Výber z bankomatu", "TATRA BANKA HODZOVO NAM"], 20, 200),
            (["Platba kartou", "SLOVNAFT CS 024 BRATISLAVA"], 30, 80), (["Poplatok za vedenie účtu"], 7, 7)]
    cr = [(["Prijatá platba", "ESET spol. s r.o.", "Mzda 09/2025"], 1900, 2400), (["Prijatá platba", "Jana Kováčová", "Vrátenie za lístky"], 15, 60)]
    if longdesc:
        pool += [(["Odchádzajúca SEPA platba", "Slovenská sporiteľňa a.s. SK31 0900 0000 0051 2345 6789", "Príjemca: Ing. Martin Horváth, Obchodná 12,",
                   "811 06 Bratislava", "Správa pre príjemcu: Úhrada faktúry 2025/0917 za služby", "VS 20250917 SS 0 KS 0308"], 120, 480)]
    txs = rand_txns(rng, start, end, n, pool, cr)
    if zerofee:
        for d in (dt.date(2025, 9, 12), dt.date(2025, 9, 30)):
            txs.append({"date": d, "amount": D("0.00"), "desc_lines": ["Poplatok za okamžitú platbu", "Oslobodené - Tatra Personal balík"]})
        txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    sk = lambda v: ("-" if v < 0 else "") + fmt(abs(v), " ", ",")
    rows = []
    for t in txs:
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "a": sk(t["amount"]) + " EUR"})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 42, "Tatra banka", 16, True); doc.t(40, H - 54, "Raiffeisen Bank International Group", 6.5)
        doc.t(doc.W - 40, H - 42, "Výpis z účtu", 12, True, "r")
        doc.t(doc.W - 40, H - 55, "Strana %d/%d" % (p, np_), 8, align="r")
        doc.t(40, H - 68, "Číslo účtu: 2912345678/1100   IBAN: SK51 1100 0000 0029 1234 5678   Mena: EUR", 8)
        if p == 1:
            doc.t(330, H - 90, "Mgr. Peter Novák", 8); doc.t(330, H - 101, "Hodžovo námestie 3", 8); doc.t(330, H - 112, "811 06 Bratislava", 8)
            doc.t(40, H - 90, "Výpis č. 9/2025", 8); doc.t(40, H - 101, "Obdobie: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.t(40, H - 112, "Typ účtu: Bežný účet Tatra Personal", 8)
            doc.c.rect(40, H - 170, 515, 44)
            tin = sum(t["amount"] for t in txs if t["amount"] > 0); tout = sum(t["amount"] for t in txs if t["amount"] < 0)
            S = [("Počiatočný zostatok", sk(ob)), ("Kreditné obraty", sk(tin)), ("Debetné obraty", sk(tout)), ("Konečný zostatok", sk(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(48 + 128 * i, H - 142, a, 7); doc.t(48 + 128 * i, H - 156, b + " EUR", 8, True)
            doc.t(40, H - 190, "Prehľad transakcií", 9, True)
            return H - 206
        return H - 88

    cols = [("Dátum", 40, "l", "d"), ("Popis", 110, "l", "desc"), ("Suma", 555, "r", "a")]

    def bottom(doc, y):
        doc.t(110, y - 4, "Konečný zostatok k %s" % end.strftime("%d.%m.%Y"), 8, True); doc.t(555, y - 4, sk(cb) + " EUR", 8, True, "r")
        doc.t(40, y - 26, "Reklamácie vo výpise uvedených údajov je potrebné uplatniť bez zbytočného odkladu. Vklady sú chránené Fondom ochrany vkladov.", 6)
        return y - 30

    def top(doc, y):
        doc.t(110, y, "Počiatočný zostatok k %s" % (start - dt.timedelta(days=1)).strftime("%d.%m.%Y"), 8, True); doc.t(555, y, sk(ob) + " EUR", 8, True, "r")
        return y - 14

    def footer(doc, p, np_):
        doc.t(40, 34, "Tatra banka, a.s., Hodžovo námestie 3, 811 06 Bratislava 1, IČO 00 686 930, zapísaná v OR Mestského súdu Bratislava III, oddiel Sa, vložka č. 71/B.", 5.5)
        doc.t(40, 26, "DIALOG Live 0850 111 111, www.tatrabanka.sk. Banka podlieha dohľadu Národnej banky Slovenska.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(30 if longdesc else 40), top_rows=[top], bottom=bottom)
    write_truth(stem, "GU_sk_tatra", "****5678", "EUR", start, end, ob, txs, False)


P = "gu_"
commerzbank(P + "de_commerzbank", 11, n=14)
commerzbank(P + "de_commerzbank__3pages", 12, n=40, pages=True)
commerzbank(P + "de_commerzbank__overdraft", 13, n=11, od=True)
lbp(P + "fr_lbp", 21)
lbp(P + "fr_lbp__2pages", 22, n=30, pages=True)
lbp(P + "fr_lbp__overdraft", 23, od=True)
intesa(P + "it_intesa", 31, n=16)
intesa(P + "it_intesa__fx", 32, n=12, fx=True, zerofee=True)
cgd(P + "pt_cgd", 41)
cgd(P + "pt_cgd__2pages", 42, n=34, pages=True)
alpha(P + "gr_alpha", 51)
alpha(P + "gr_alpha__overdraft", 52, n=12, od=True)
tatra(P + "sk_tatra", 61, n=14)
tatra(P + "sk_tatra__longdesc", 62, n=22, longdesc=True)
# added after the first fixes: measured by c3bb380 untuned
commerzbank(P + "de_commerzbank__leadsign", 14, n=14, lead=True)
lbp(P + "fr_lbp__fx", 24, n=8, fx=True)
alpha(P + "gr_alpha__2pages", 53, n=30, pages=True)
tatra(P + "sk_tatra__zerofee", 63, n=12, zerofee=True)
print("done")
