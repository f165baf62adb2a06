#!/usr/bin/python3
"""Generator hi: 6 untuned European credit-card layouts x (base + 1 variant), exact truth. Deterministic.

Barclaycard UK (Transaction date / Description / Amount, CR payments, interest lines), American Express Germany
(Datum / Beschreibung / Betrag in EUR, CR Gutschriften), Nexi (Italy, two dates, trailing "-" credits), Viseca
(Switzerland, CHF 1'234.50, Belastung / Gutschrift, Saldovortrag), Santander card (Spain, Cuota n/12 instalments),
Cetelem (France, Débit / Crédit, Mensualité). Card truth: charges negative, payments and refunds positive, the
opening balance minus the previous balance owed, no balance per row.
"""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4
from corpus_kit import fmt, render, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hiw/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)
C2 = D("0.01")


def charges(rng, start, end, n, pool):
    days = (end - start).days
    txs = []
    for _ in range(n):
        desc, lo, hi = rng.choice(pool)
        amt = D(rng.randint(int(lo * 100), int(hi * 100))) / 100
        txs.append({"date": start + dt.timedelta(days=rng.randint(0, days)), "desc": desc, "amount": -amt})
    return txs


def settle(txs, prev):
    """Sorts by date (stable) and returns the new balance owed."""
    txs.sort(key=lambda t: t["date"])
    return prev - sum(t["amount"] for t in txs)


def box(doc, x, y, w, title, items, lh=11):
    doc.c.rect(x, y - 10 - lh * len(items), w, 22 + lh * len(items))
    doc.t(x + 7, y, title, 8.5, True)
    for i, (a, b) in enumerate(items):
        doc.t(x + 7, y - 13 - lh * i, a, 7.5); doc.t(x + w - 7, y - 13 - lh * i, b, 7.5, align="r")


def lines(doc, x, y, ls, size=8, lh=10):
    for k, l in enumerate(ls):
        doc.t(x, y - k * lh, l, size)


# ---------------------------------------------------------------- 1 Barclaycard UK
def barclay(stem, seed, n=16, pages=False):
    start, end, prev = dt.date(2025, 4, 17), dt.date(2025, 5, 16), D("1264.80")
    rng = random.Random(seed)
    pool = [("WAITROSE 412 GUILDFORD", 8, 96), ("SHELL WOKING SERVICE STN", 35, 80), ("NETFLIX.COM AMSTERDAM", 10.99, 10.99),
            ("JOHN LEWIS KINGSTON UPON THAMES", 25, 240), ("PRET A MANGER GUILDFORD", 3.5, 14), ("UBER *EATS HELP.UBER.COM", 14, 42),
            ("BOOTS 1182 GUILDFORD", 4, 38), ("NATIONAL RAIL ENQUIRIES LONDON", 12, 78)]
    txs = charges(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=2), n, pool)
    txs.append({"date": start + dt.timedelta(days=9), "desc": "PAYMENT RECEIVED - THANK YOU", "amount": D("900.00")})
    txs.append({"date": start + dt.timedelta(days=14), "desc": "JOHN LEWIS KINGSTON UPON THAMES REFUND", "amount": D("45.00")})
    new0 = settle(txs, prev)
    int_p = ((new0 - D("300")) * D("0.0199")).quantize(C2)
    txs.append({"date": end, "desc": "INTEREST ON PURCHASES", "amount": -int_p})
    new = settle(txs, prev)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        a = t["amount"]
        rows.append({"d": t["date"].strftime("%d %b %y"), "desc": [t["desc"]], "a": ("£" + fmt(a) + " CR") if a > 0 else "£" + fmt(-a)})
    pay = sum(t["amount"] for t in txs if t["amount"] > 0)
    spend = -sum(t["amount"] for t in txs if t["amount"] < 0 and "INTEREST" not in t["desc"])

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.t(40, H - 48, "barclaycard", 20, True)
        doc.t(W - 40, H - 42, "Statement", 12, True, "r")
        doc.t(W - 40, H - 55, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 72, "Mr James Whitfield   Card number ending 4417   (continued)", 8, True)
            return H - 92
        lines(doc, 40, H - 80, ["Mr James Whitfield", "Flat 3, 27 Epsom Road", "Guildford", "Surrey", "GU1 3JT"])
        doc.t(330, H - 80, "Statement date  %s" % end.strftime("%d %B %Y"), 8)
        doc.t(330, H - 91, "Card number ending  4417", 8)
        doc.t(330, H - 102, "Statement period  %s - %s" % (start.strftime("%d %b %Y"), end.strftime("%d %b %Y")), 8)
        box(doc, 40, H - 150, 250, "Your account summary",
            [("Previous balance", "£" + fmt(prev)), ("Payments and credits", "£" + fmt(pay) + " CR"),
             ("New transactions", "£" + fmt(spend)), ("Interest", "£" + fmt(int_p)), ("Interest on cash advances", "£0.00"),
             ("New balance", "£" + fmt(new))])
        box(doc, 305, H - 150, 250, "Your payment details",
            [("Minimum payment", "£" + fmt(max(D("25"), (new * D("0.01") + int_p).quantize(C2)))),
             ("Pay by", (end + dt.timedelta(days=25)).strftime("%d %b %Y")), ("Credit limit", "£6,000.00"),
             ("Available to spend", "£" + fmt(D("6000") - new))])
        doc.t(40, H - 250, "Your transactions", 11, True)
        return H - 270

    cols = [("Transaction date", 40, "l", "d"), ("Description", 140, "l", "desc"), ("Amount", 555, "r", "a")]

    def bottom(doc, y):
        doc.c.line(40, y + 6, 555, y + 6)
        doc.t(140, y - 6, "New balance", 8, True); doc.t(555, y - 6, "£" + fmt(new), 8, True, "r")
        doc.t(40, y - 30, "Making only the minimum payment will increase the amount of interest you pay and the time it takes to repay", 6.5)
        doc.t(40, y - 39, "your balance. Standard purchase rate 26.9% p.a. (variable).", 6.5)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 36, "Barclaycard is a trading name of Barclays Bank UK PLC. Barclays Bank UK PLC is authorised by the Prudential Regulation", 5.5)
        doc.t(40, 29, "Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Financial Services", 5.5)
        doc.t(40, 22, "Register No. 759676). Registered in England. Registered No. 9740322. Registered Office: 1 Churchill Place, London E14 5HP.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(12 if pages else 40), bottom=bottom)
    write_truth(stem, "HI_uk_barclaycard", "****4417", "GBP", start, end, -prev, txs, False, -new)


# ---------------------------------------------------------------- 2 American Express Germany
def amex_de(stem, seed, n=16, fx=False):
    start, end, prev = dt.date(2025, 5, 3), dt.date(2025, 6, 2), D("1835.42")
    rng = random.Random(seed)
    pool = [("EDEKA CENTER MUENCHEN", 12, 140), ("LUFTHANSA FRANKFURT", 120, 640), ("AMAZON.DE AMAZON.DE", 9, 180),
            ("SIXT GMBH PULLACH", 80, 320), ("SATURN MUENCHEN-RIEM", 30, 450), ("RESTAURANT TANTRIS MUENCHEN", 90, 280),
            ("ARAL STATION 2814 MUENCHEN", 40, 95), ("DB VERTRIEB GMBH FRANKFURT", 19, 140)]
    txs = charges(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=1), n, pool)
    txs.append({"date": start + dt.timedelta(days=12), "desc": "ZAHLUNG ERHALTEN. BESTEN DANK.", "amount": prev})
    txs.append({"date": start + dt.timedelta(days=19), "desc": "GUTSCHRIFT AMAZON.DE AMAZON.DE", "amount": D("63.99")})
    fxl = {}
    if fx:
        for t, (m, cc, r) in zip([t for t in txs if t["amount"] < 0][3:6], [("HOTEL DANIELI VENEZIA", None, None),
                                                                            ("DELTA AIR LINES ATLANTA", "USD", D("1.0842")),
                                                                            ("HARRODS LONDON", "GBP", D("0.8461"))]):
            t["desc"] = m
            if cc:
                fxl[id(t)] = "%s %s Kurs %s" % (fmt(-t["amount"] * r, ".", ","), cc, fmt(r, ".", ",", 4))
    new = settle(txs, prev)
    eur = lambda v: fmt(v, ".", ",")
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]] + ([fxl[id(t)]] if id(t) in fxl else [])
        a = t["amount"]
        rows.append({"d": t["date"].strftime("%d.%m.%y"), "desc": t["desc_lines"], "a": (eur(a) + " CR") if a > 0 else eur(-a)})
    gut = sum(t["amount"] for t in txs if t["amount"] > 0); bel = -sum(t["amount"] for t in txs if t["amount"] < 0)

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.t(40, H - 48, "AMERICAN EXPRESS", 16, True)
        doc.t(W - 40, H - 42, "Monatsabrechnung", 12, True, "r")
        doc.t(W - 40, H - 55, "Seite %d von %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 72, "Karteninhaber Dr. Markus Brenner   Kartennummer xxxx-xxxxxx-x1008", 8, True)
            return H - 92
        lines(doc, 40, H - 80, ["Herrn", "Dr. Markus Brenner", "Leopoldstraße 118", "80802 München"])
        doc.t(330, H - 80, "Abrechnungsdatum  %s" % end.strftime("%d.%m.%Y"), 8)
        doc.t(330, H - 91, "Kartennummer  xxxx-xxxxxx-x1008", 8)
        doc.t(330, H - 102, "Abrechnungszeitraum  %s bis %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
        box(doc, 40, H - 145, 515, "Ihre Kontoübersicht in EUR",
            [("Saldo der letzten Abrechnung", eur(prev)), ("Zahlungen und Gutschriften", eur(gut) + " CR"),
             ("Neue Belastungen", eur(bel)), ("Neuer Saldo", eur(new))])
        doc.t(40, H - 218, "Der neue Saldo wird am %s von Ihrem Konto DE89 7002 0270 0015 2234 11 eingezogen." %
              (end + dt.timedelta(days=14)).strftime("%d.%m.%Y"), 7.5)
        doc.t(40, H - 244, "Umsätze Karteninhaber Dr. Markus Brenner", 10, True)
        return H - 264

    cols = [("Datum", 40, "l", "d"), ("Beschreibung", 110, "l", "desc"), ("Betrag in EUR", 555, "r", "a")]

    def bottom(doc, y):
        doc.c.line(40, y + 6, 555, y + 6)
        doc.t(110, y - 6, "Summe der Umsätze", 8, True); doc.t(555, y - 6, eur(bel - gut), 8, True, "r")
        return y - 10

    def footer(doc, p, np_):
        doc.t(40, 34, "American Express Europe S.A. (Germany branch), Theodor-Heuss-Allee 112, 60486 Frankfurt am Main. Registergericht", 5.5)
        doc.t(40, 27, "Frankfurt am Main HRB 112342. Sitz der Gesellschaft: Avenida Partenón 12-14, 28042 Madrid, Spanien. Beaufsichtigt von der Banco de España.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=40, bottom=bottom)
    write_truth(stem, "HI_de_amex", "****1008", "EUR", start, end, -prev, txs, False, -new)


# ---------------------------------------------------------------- 3 Nexi (Italy)
def nexi(stem, seed, n=15, longdesc=False):
    start, end, prev = dt.date(2025, 5, 1), dt.date(2025, 5, 31), D("642.18")
    rng = random.Random(seed)
    pool = [("ESSELUNGA MILANO VIALE PIAVE", 15, 130), ("ENI STATION 5512 MILANO", 30, 85), ("TRENITALIA WEB ROMA", 19, 98),
            ("AMAZON EU SARL LUSSEMBURGO", 8, 150), ("FARMACIA SAN BABILA MILANO", 6, 45), ("RISTORANTE DA GIANNINO MILANO", 35, 140),
            ("TELEPASS SPA ROMA", 12, 60)]
    if longdesc:
        pool += [("PAGAMENTO CONTACTLESS PRESSO AUTOGRILL SPA VILLORESI OVEST LAINATE MI ITALIA", 4, 22),
                 ("ACQUISTO ONLINE ZALANDO SE VALESKA-GERT-STRASSE 5 BERLINO GERMANIA", 30, 160)]
    txs = charges(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=2), n, pool)
    txs.append({"date": start + dt.timedelta(days=14), "desc": "ADDEBITO SALDO ESTRATTO CONTO PRECEDENTE", "amount": prev})
    txs.append({"date": start + dt.timedelta(days=20), "desc": "STORNO ZALANDO SE BERLINO", "amount": D("59.90")})
    txs.append({"date": end, "desc": "IMPOSTA DI BOLLO", "amount": D("-2.00")})
    new = settle(txs, prev)
    eur = lambda v: fmt(v, ".", ",")
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 40)
        a = t["amount"]
        reg = min(t["date"] + dt.timedelta(days=(0 if t["desc"] == "IMPOSTA DI BOLLO" else 1 + (t["date"].day % 2))), end)
        rows.append({"do": t["date"].strftime("%d/%m/%y"), "dr": reg.strftime("%d/%m/%y"), "desc": t["desc_lines"],
                     "a": (eur(a) + "-") if a > 0 else eur(-a)})

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.t(40, H - 48, "nexi", 22, True)
        doc.t(W - 40, H - 42, "Estratto conto", 12, True, "r")
        doc.t(W - 40, H - 55, "Pagina %d di %d" % (p, np_), 7.5, align="r")
        if p > 1:
            return H - 80
        lines(doc, 330, H - 80, ["Gentile Cliente", "SIG.RA ELENA MARCHETTI", "VIA PAOLO SARPI 41", "20154 MILANO MI"])
        doc.t(40, H - 80, "Carta Nexi Classic  **** **** **** 7390", 8)
        doc.t(40, H - 91, "Estratto conto al %s" % end.strftime("%d/%m/%Y"), 8)
        doc.t(40, H - 102, "Periodo dal %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
        box(doc, 40, H - 140, 515, "Riepilogo",
            [("Fido accordato", "3.000,00"), ("Importo addebitato in conto corrente il %s" % (end + dt.timedelta(days=15)).strftime("%d/%m/%Y"), eur(new)),
             ("IBAN di addebito", "IT60 X054 2811 1010 0000 0123 456")])
        doc.t(40, H - 212, "Dettaglio movimenti", 10, True)
        return H - 232

    cols = [("Data\noperazione", 40, "l", "do"), ("Data\nregistrazione", 100, "l", "dr"), ("Descrizione", 170, "l", "desc"),
            ("Importo in euro", 555, "r", "a")]

    def top(doc, y):
        doc.t(170, y, "Saldo precedente", 8, True); doc.t(555, y, eur(prev), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(40, y + 6, 555, y + 6)
        doc.t(170, y - 6, "Saldo attuale", 8, True); doc.t(555, y - 6, eur(new), 8, True, "r")
        doc.t(40, y - 28, "Gli importi seguiti dal segno \"-\" sono a credito del Titolare.", 6.5)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 34, "Nexi Payments S.p.A. - Corso Sempione 55, 20149 Milano - Iscritta all'Albo degli Istituti di Pagamento tenuto dalla Banca", 5.5)
        doc.t(40, 27, "d'Italia - Capitale sociale Euro 150.000.000 i.v. - Codice fiscale e Registro Imprese di Milano 04107060966.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=44, top_rows=[top], bottom=bottom)
    write_truth(stem, "HI_it_nexi", "****7390", "EUR", start, end, -prev, txs, False, -new)


# ---------------------------------------------------------------- 4 Viseca (Switzerland)
def viseca(stem, seed, n=15, credit=False):
    start, end, prev = dt.date(2025, 5, 21), dt.date(2025, 6, 20), D("1487.35")
    rng = random.Random(seed)
    pool = [("Migros MM Zürich Stadelhofen", 8, 120), ("Coop-1842 Bern Bahnhof", 6, 95), ("SBB CFF FFS Mobile", 4.4, 88),
            ("Digitec Galaxus AG Zürich", 29, 890), ("Restaurant Zeughauskeller Zürich", 38, 160), ("Swisscom (Schweiz) AG Bern", 65, 65),
            ("Shell Tankstelle Winterthur", 55, 110)]
    txs = charges(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=1), n, pool)
    txs.append({"date": start + dt.timedelta(days=10), "desc": "Ihre Zahlung - Besten Dank", "amount": prev})
    if credit:
        txs.append({"date": start + dt.timedelta(days=22), "desc": "Gutschrift Digitec Galaxus AG Zürich", "amount": D("0")})
        txs[-1]["amount"] = -sum(t["amount"] for t in txs if t["amount"] < 0) + D("212.40")
    new = settle(txs, prev)
    chf = lambda v: fmt(v, "'", ".")
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        bk = min(t["date"] + dt.timedelta(days=2), end)
        r = {"e": t["date"].strftime("%d.%m.%y"), "b": bk.strftime("%d.%m.%y"), "desc": [t["desc"]]}
        if t["amount"] < 0: r["be"] = chf(-t["amount"])
        else: r["gu"] = chf(t["amount"])
        rows.append(r)

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.t(40, H - 48, "VISECA", 18, True)
        doc.t(W - 40, H - 42, "Monatsrechnung", 12, True, "r")
        doc.t(W - 40, H - 55, "Seite %d/%d" % (p, np_), 7.5, align="r")
        if p > 1:
            return H - 80
        lines(doc, 330, H - 80, ["Frau", "Sandra Keller-Huber", "Dorfstrasse 14", "8703 Erlenbach ZH"])
        doc.t(40, H - 80, "Rechnungsdatum  %s" % end.strftime("%d.%m.%Y"), 8)
        doc.t(40, H - 91, "Kartennummer  5232 83XX XXXX 6154", 8)
        doc.t(40, H - 102, "Kartenlimite  CHF 10'000.00", 8)
        doc.t(40, H - 113, "Periode  %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
        doc.t(40, H - 150, "Viseca Gold Mastercard   Sandra Keller-Huber   Beträge in CHF", 9, True)
        return H - 170

    cols = [("Einkaufs-\ndatum", 40, "l", "e"), ("Buchungs-\ndatum", 95, "l", "b"), ("Beschreibung", 150, "l", "desc"),
            ("Belastung", 480, "r", "be"), ("Gutschrift", 555, "r", "gu")]

    def top(doc, y):
        doc.t(150, y, "Saldovortrag", 8, True); doc.t(480, y, chf(prev), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(40, y + 6, 555, y + 6)
        bel = -sum(t["amount"] for t in txs if t["amount"] < 0) + prev; gut = sum(t["amount"] for t in txs if t["amount"] > 0)
        doc.t(150, y - 6, "Total", 8); doc.t(480, y - 6, chf(bel), 8, align="r"); doc.t(555, y - 6, chf(gut), 8, align="r")
        if new >= 0:
            doc.t(150, y - 20, "Total zu unseren Gunsten", 8, True); doc.t(480, y - 20, chf(new), 8, True, "r")
        else:
            doc.t(150, y - 20, "Total zu Ihren Gunsten", 8, True); doc.t(555, y - 20, chf(-new), 8, True, "r")
        doc.t(40, y - 44, "Zahlbar bis %s. Bitte verwenden Sie den beiliegenden QR-Einzahlungsschein." %
              (end + dt.timedelta(days=20)).strftime("%d.%m.%Y"), 7)
        return y - 46

    def footer(doc, p, np_):
        doc.t(40, 34, "Viseca Payment Services SA, Hagenholzstrasse 56, Postfach 7007, 8050 Zürich. Telefon +41 58 958 84 00. viseca.ch", 5.5)
        doc.t(40, 27, "Es gelten die Allgemeinen Geschäftsbedingungen für Kreditkarten. Beanstandungen sind innert 30 Tagen zu melden.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=44, top_rows=[top], bottom=bottom)
    write_truth(stem, "HI_ch_viseca", "****6154", "CHF", start, end, -prev, txs, False, -new)


# ---------------------------------------------------------------- 5 Santander card (Spain)
def santander(stem, seed, n=14, pages=False):
    start, end, prev = dt.date(2025, 5, 6), dt.date(2025, 6, 5), D("934.60")
    rng = random.Random(seed)
    pool = [("MERCADONA AV DE AMERICA MADRID", 12, 110), ("REPSOL E.S. 4521 MADRID", 35, 80), ("EL CORTE INGLES CASTELLANA", 20, 320),
            ("RENFE VIAJEROS MADRID", 18, 120), ("AMAZON.ES MADRID", 9, 140), ("CAFETERIA LA MALLORQUINA", 3, 18),
            ("IBERIA LAE MADRID", 95, 420)]
    txs = charges(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=2), n, pool)
    txs.append({"date": start + dt.timedelta(days=3), "desc": "CUOTA 3/12 FINANCIACION MEDIAMARKT PLAZA NORTE", "amount": D("-74.92")})
    txs.append({"date": start + dt.timedelta(days=3), "desc": "CUOTA 7/12 FINANCIACION IKEA SAN SEBASTIAN DE LOS REYES", "amount": D("-38.15")})
    txs.append({"date": start + dt.timedelta(days=5), "desc": "ABONO PAGO RECIBO TARJETA", "amount": prev})
    txs.append({"date": start + dt.timedelta(days=18), "desc": "DEVOLUCION EL CORTE INGLES CASTELLANA", "amount": D("29.95")})
    new = settle(txs, prev)
    eur = lambda v: fmt(v, ".", ",")
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        rows.append({"d": t["date"].strftime("%d/%m/%Y"), "desc": [t["desc"]], "a": eur(-t["amount"])})

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.t(40, H - 48, "Santander", 20, True)
        doc.t(W - 40, H - 42, "Extracto de tarjeta de crédito", 11, True, "r")
        doc.t(W - 40, H - 55, "Página %d de %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 72, "Tarjeta Santander Mastercard ****2261 (continuación)", 8, True)
            return H - 92
        lines(doc, 330, H - 80, ["D. ALEJANDRO RUIZ PEREIRA", "CALLE DE ALCALA 212, 4 B", "28028 MADRID"])
        doc.t(40, H - 80, "Tarjeta Santander Mastercard  ****2261", 8)
        doc.t(40, H - 91, "Fecha de liquidación  %s" % end.strftime("%d/%m/%Y"), 8)
        doc.t(40, H - 102, "Periodo del %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
        box(doc, 40, H - 140, 250, "Resumen",
            [("Saldo anterior", eur(prev) + " EUR"), ("Pagos y abonos", eur(sum(t["amount"] for t in txs if t["amount"] > 0)) + " EUR"),
             ("Compras y cargos", eur(-sum(t["amount"] for t in txs if t["amount"] < 0)) + " EUR"), ("Saldo actual", eur(new) + " EUR")])
        box(doc, 305, H - 140, 250, "Modalidad de pago",
            [("Forma de pago", "Fin de mes"), ("Límite de crédito", "4.000,00 EUR"), ("Disponible", eur(D("4000") - new) + " EUR"),
             ("TAE", "21,84 %")])
        doc.t(40, H - 212, "Movimientos del periodo", 10, True)
        return H - 232

    cols = [("Fecha", 40, "l", "d"), ("Concepto", 110, "l", "desc"), ("Importe", 555, "r", "a")]

    def bottom(doc, y):
        doc.c.line(40, y + 6, 555, y + 6)
        doc.t(110, y - 6, "Saldo actual", 8, True); doc.t(555, y - 6, eur(new), 8, True, "r")
        return y - 10

    def footer(doc, p, np_):
        doc.t(40, 34, "Banco Santander, S.A. Domicilio social: Paseo de Pereda, 9-12, 39004 Santander. R. M. de Cantabria, Hoja 286, Folio 64,", 5.5)
        doc.t(40, 27, "Libro 5º de Sociedades, Inscripción 1ª. C.I.F. A-39000013. Entidad sujeta a la supervisión del Banco de España.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(11 if pages else 44), bottom=bottom)
    write_truth(stem, "HI_es_santander", "****2261", "EUR", start, end, -prev, txs, False, -new)


# ---------------------------------------------------------------- 6 Cetelem (France)
def cetelem(stem, seed, n=12, yearend=False):
    if yearend:
        start, end, prev = dt.date(2025, 12, 11), dt.date(2026, 1, 10), D("1152.30")
    else:
        start, end, prev = dt.date(2025, 5, 11), dt.date(2025, 6, 10), D("1152.30")
    rng = random.Random(seed)
    pool = [("CARREFOUR VILLENEUVE D ASCQ", 15, 140), ("FNAC LILLE", 20, 260), ("LEROY MERLIN LESQUIN", 25, 340),
            ("TOTALENERGIES LILLE", 40, 85), ("CONFORAMA LOMME", 60, 480), ("DECATHLON CAMPUS", 15, 120)]
    txs = charges(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=2), n, pool)
    txs.append({"date": start + dt.timedelta(days=4), "desc": "MENSUALITE PRELEVEE", "amount": D("95.00")})
    intr = ((prev - D("95")) * D("0.0163")).quantize(C2)
    txs.append({"date": end, "desc": "INTERETS", "amount": -intr})
    txs.append({"date": end, "desc": "COTISATION ASSURANCE EMPRUNTEUR", "amount": D("-4.68")})
    new = settle(txs, prev)
    e = lambda v: fmt(v, " ", ",")
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        r = {"d": t["date"].strftime("%d/%m"), "desc": [t["desc"]]}
        if t["amount"] < 0: r["db"] = e(-t["amount"])
        else: r["cr"] = e(t["amount"])
        rows.append(r)

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.t(40, H - 48, "Cetelem", 20, True)
        doc.t(W - 40, H - 42, "Relevé de compte", 12, True, "r")
        doc.t(W - 40, H - 55, "Page %d/%d" % (p, np_), 7.5, align="r")
        if p > 1:
            return H - 80
        lines(doc, 330, H - 80, ["MME CLAIRE DUBOIS", "18 RUE NATIONALE", "59000 LILLE"])
        doc.t(40, H - 80, "Crédit renouvelable Carte Cetelem", 8)
        doc.t(40, H - 91, "N° de compte  4971 2238 0045 8813", 8)
        doc.t(40, H - 102, "Relevé du %s au %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
        box(doc, 40, H - 135, 515, "Votre situation",
            [("Montant maximum du crédit autorisé", "3 000,00 EUR"), ("Prochaine mensualité prélevée le %s" % (end + dt.timedelta(days=5)).strftime("%d/%m/%Y"), "95,00 EUR"),
             ("Taux débiteur annuel fixe 19,56 % - TAEG 21,34 %", "")])
        doc.t(40, H - 200, "Détail de vos opérations (en euros)", 10, True)
        return H - 220

    cols = [("Date", 40, "l", "d"), ("Libellé", 95, "l", "desc"), ("Débit", 480, "r", "db"), ("Crédit", 555, "r", "cr")]

    def top(doc, y):
        doc.t(95, y, "Solde précédent", 8, True); doc.t(480, y, e(prev), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(40, y + 6, 555, y + 6)
        doc.t(95, y - 6, "Nouveau solde", 8, True); doc.t(480, y - 6, e(new), 8, True, "r")
        doc.t(40, y - 30, "Un crédit vous engage et doit être remboursé. Vérifiez vos capacités de remboursement avant de vous engager.", 7, True)
        return y - 32

    def footer(doc, p, np_):
        doc.t(40, 34, "BNP Paribas Personal Finance - SA au capital de 546 601 552 euros - Siège social : 1 boulevard Haussmann 75009 Paris", 5.5)
        doc.t(40, 27, "542 097 902 RCS Paris - N° ORIAS 07 023 128 (www.orias.fr). Cetelem est une marque de BNP Paribas Personal Finance.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=44, top_rows=[top], bottom=bottom)
    write_truth(stem, "HI_fr_cetelem", "****8813", "EUR", start, end, -prev, txs, False, -new)


barclay("hi_uk_barclaycard", 1601); barclay("hi_uk_barclaycard__2pages", 1602, n=26, pages=True)
amex_de("hi_de_amex", 1611); amex_de("hi_de_amex__fx", 1612, fx=True)
nexi("hi_it_nexi", 1621); nexi("hi_it_nexi__long", 1622, longdesc=True)
viseca("hi_ch_viseca", 1631); viseca("hi_ch_viseca__credit", 1632, credit=True)
santander("hi_es_santander", 1641); santander("hi_es_santander__2pages", 1642, n=24, pages=True)
cetelem("hi_fr_cetelem", 1651); cetelem("hi_fr_cetelem__yearend", 1652, yearend=True)
