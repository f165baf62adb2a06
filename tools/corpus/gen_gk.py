#!/usr/bin/python3
"""Generator gk: 5 untuned layouts x (base + 1 variant), exact truth. Deterministic."""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4
from corpus_kit import C2, Doc, fmt, make_txns, render, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gk/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)


SP = "\u00a0"  # Nordic thousands separator is a (non-breaking) space


def nfmt(v, sign=False):
    return fmt(v, " ", ",", sign=sign)


# ---------------------------------------------------------------- 1 Nordea SE Kreditkort (ISO dates, 1 234,56, payments minus)
def nordea(stem, seed, n=20, start=dt.date(2025, 5, 21), end=dt.date(2025, 6, 20), owed=D("6412.50"), fx=False):
    rng = random.Random(seed)
    pool = [("ICA SUPERMARKET KUNGSHOLMEN STOCKHOLM", 40, 900), ("SL ACCESS STOCKHOLM", 40, 990), ("SYSTEMBOLAGET 0113 STOCKHOLM", 90, 600),
            ("CIRCLE K ESSINGE STOCKHOLM", 300, 800), ("SPOTIFY AB STOCKHOLM", 129, 129), ("APOTEK HJARTAT SODERMALM", 50, 400),
            ("CLAS OHLSON 0321 STOCKHOLM", 60, 1500), ("ZETTLE_*CAFE PASCAL STOCKHOLM", 35, 120)]
    cr = [("RETUR ELGIGANTEN BARKARBY", 200, 1900)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr)
    txs.append({"date": start + dt.timedelta(days=9), "desc": "INBETALNING BANKGIRO TACK", "amount": owed})
    txs.sort(key=lambda t: t["date"])
    fxl = {}
    if fx:
        for k, (m, c, rate) in zip([3, 8, 14], [("BOOKING.COM AMSTERDAM NL", "EUR", D("11.4523")), ("RYANAIR DUBLIN IE", "EUR", D("11.4390")),
                                                ("APPLE.COM/BILL CORK IE", "USD", D("10.1175"))]):
            if txs[k]["amount"] < 0:
                famt = (-txs[k]["amount"] / rate).quantize(C2)
                txs[k]["desc"] = m
                fxl[k] = "%s %s kurs %s" % (c, nfmt(famt), fmt(rate, " ", ",", nd=4))
    rows = []
    for k, t in enumerate(txs):
        t["desc_lines"] = [t["desc"]] + ([fxl[k]] if k in fxl else [])
        bd = min(t["date"] + dt.timedelta(days=rng.choice([1, 2, 3])), end)
        rows.append({"td": t["date"].isoformat(), "bd": bd.isoformat(), "desc": t["desc_lines"], "a": nfmt(-t["amount"])})
    new = owed - sum(t["amount"] for t in txs)
    buys = sum(-t["amount"] for t in txs if t["amount"] < 0); pays = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Nordea", 20, True)
        doc.t(doc.W - 40, H - 45, "Kontoutdrag Kreditkort", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Sida %d (%d)" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 75, "Anna Lindqvist", 8); doc.t(40, H - 86, "Fleminggatan 14 lgh 1102", 8); doc.t(40, H - 97, "112 26 Stockholm", 8)
            doc.t(40, H - 118, "Nordea Mastercard Gold   Kontonummer 5213 7760 0041 2298", 8)
            doc.t(40, H - 130, "Period %s - %s" % (start.isoformat(), end.isoformat()), 8)
            doc.c.rect(320, H - 190, 235, 120)
            L = [("Föregående saldo", owed), ("Inbetalningar", -pays), ("Köp och uttag", buys), ("Räntor och avgifter", D("0")),
                 ("Utgående saldo", new)]
            for i, (lab, v) in enumerate(L):
                doc.t(328, H - 82 - 12 * i, lab, 8, i == 4); doc.t(548, H - 82 - 12 * i, nfmt(v), 8, i == 4, "r")
            doc.t(328, H - 150, "Lägsta belopp att betala", 8); doc.t(548, H - 150, nfmt(max(D("200"), (new * D("0.03")).quantize(D("1")))), 8, align="r")
            doc.t(328, H - 162, "Förfallodag", 8); doc.t(548, H - 162, (end + dt.timedelta(days=10)).isoformat(), 8, align="r")
            doc.t(328, H - 174, "Kreditgräns", 8); doc.t(548, H - 174, nfmt(D("30000")), 8, align="r")
            doc.t(40, H - 210, "Transaktioner", 10, True)
            return H - 228
        return H - 80

    cols = [("Köpdatum", 40, "l", "td"), ("Bokf.datum", 100, "l", "bd"), ("Specifikation", 165, "l", "desc"), ("Belopp SEK", 555, "r", "a")]

    def top(doc, y):
        doc.t(165, y, "Ingående saldo %s" % (start - dt.timedelta(days=1)).isoformat(), 8, True); doc.t(555, y, nfmt(owed), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(165, y, "Utgående saldo %s" % end.isoformat(), 8, True); doc.t(555, y, nfmt(new), 8, True, "r")
        doc.t(40, y - 30, "Nordea Bank Abp, filial i Sverige, Smålandsgatan 17, 105 71 Stockholm. Org.nr 516411-1683.", 6)
        doc.t(40, y - 38, "Betala senast på förfallodagen för att undvika ränta. Effektiv ränta 14,71 %.", 6)
        return y - 45

    def footer(doc, p, np_):
        doc.t(40, 20, "nordea.se  •  Kundservice 0771-22 44 88", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=50, top_rows=[top], bottom=bottom)
    write_truth(stem, "GK_se_nordea_card", "****2298", "SEK", start, end, -owed, txs, False)


# ---------------------------------------------------------------- 2 ABN AMRO NL (Boekdatum, signed Bedrag, Beginsaldo/Eindsaldo)
def abn(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("2184.63"), pages=False):
    rng = random.Random(seed)
    pool = [("BEA, Apple Pay ALBERT HEIJN 1403 UTRECHT", 5, 120), ("SEPA Incasso algemeen doorlopend Incassant: NL83ZZZ330302290000 Naam: VATTENFALL KLANTEN BV", 80, 190),
            ("SEPA Incasso Naam: ZIGGO SERVICES BV Omschrijving: Klantnummer {r}", 45, 80), ("BEA, Betaalpas JUMBO UTRECHT LEIDSCHE RIJN", 8, 90),
            ("SEPA Overboeking IBAN: NL44RABO0123456789 Naam: WOONSTICHTING MITROS Omschrijving: huur juni", 780, 980),
            ("GEA, Betaalpas ABN AMRO UTRECHT CENTRAAL", 20, 200), ("Tikkie ID {r} Naam: J DE VRIES Omschrijving: etentje", 10, 40),
            ("ABN AMRO Bank N.V. Basispakket", 3.95, 3.95)]
    cr = [("SEPA Overboeking IBAN: NL02INGB0001234567 Naam: BOUWBEDRIJF VAN DAM BV Omschrijving: salaris", 2600, 3400),
          ("SEPA Overboeking Naam: BELASTINGDIENST Omschrijving: toeslag", 100, 400)]
    txs = make_txns(rng, start, end, n, pool, cr)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 52)
        rows.append({"d": t["date"].strftime("%d-%m-%Y"), "desc": t["desc_lines"], "a": fmt(t["amount"], ".", ",", sign=True)})
    cb = ob + sum(t["amount"] for t in txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "ABN·AMRO", 18, True)
        doc.t(doc.W - 40, H - 45, "Rekeningafschrift", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Blad %d van %d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "Rekeningnummer NL91 ABNA 0417 1643 00   BIC ABNANL2A   Betaalrekening EUR", 8)
        if p == 1:
            doc.t(40, H - 86, "Dhr. P.J. Bakker", 8); doc.t(40, H - 97, "Oudegracht 214", 8); doc.t(40, H - 108, "3511 NR Utrecht", 8)
            doc.t(330, H - 86, "Periode %s t/m %s" % (start.strftime("%d-%m-%Y"), end.strftime("%d-%m-%Y")), 8)
            doc.t(330, H - 98, "Beginsaldo", 8); doc.t(555, H - 98, fmt(ob, ".", ",", sign=True), 8, align="r")
            doc.t(330, H - 110, "Totaal af", 8); doc.t(555, H - 110, fmt(sum(t["amount"] for t in txs if t["amount"] < 0), ".", ","), 8, align="r")
            doc.t(330, H - 122, "Totaal bij", 8); doc.t(555, H - 122, fmt(sum(t["amount"] for t in txs if t["amount"] > 0), ".", ",", sign=True), 8, align="r")
            doc.t(330, H - 134, "Eindsaldo", 8, True); doc.t(555, H - 134, fmt(cb, ".", ",", sign=True), 8, True, "r")
            return H - 160
        return H - 88

    cols = [("Boekdatum", 40, "l", "d"), ("Omschrijving", 110, "l", "desc"), ("Bedrag", 555, "r", "a")]

    def bottom(doc, y):
        doc.t(110, y - 4, "Eindsaldo op %s" % end.strftime("%d-%m-%Y"), 8, True); doc.t(555, y - 4, fmt(cb, ".", ",", sign=True), 8, True, "r")
        doc.t(40, y - 30, "ABN AMRO Bank N.V., Gustav Mahlerlaan 10, 1082 PP Amsterdam. KvK 34334259.", 6)
        doc.t(40, y - 38, "Controleer dit afschrift. Klopt er iets niet? Neem binnen 13 maanden contact met ons op.", 6)
        return y - 45

    def footer(doc, p, np_):
        pass

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(20 if pages else 52), bottom=bottom)
    write_truth(stem, "GK_nl_abnamro", "****4300", "EUR", start, end, ob, txs, False)


# ---------------------------------------------------------------- 3 Erste Bank AT (Buchungsdatum/Valutadatum, Umsatztext, signed Betrag in EUR)
def erste(stem, seed, n=20, start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 31), ob=D("1537.28"), neg=False):
    rng = random.Random(seed)
    pool = [("Bezahlung Karte MC/000004127 BILLA DANKT 6541 WIEN 1060", 5, 90), ("Bezahlung Karte MC/000004127 SPAR DANKT 5123 WIEN", 4, 70),
            ("Wien Energie GmbH Zahlungsreferenz Vertragskonto {r} Teilbetrag", 60, 140), ("Magenta Telekom T-Mobile Austria GmbH Rechnung {r}", 25, 60),
            ("Dauerauftrag Miete Gemeinnuetzige Bau- und Wohnungsgenossenschaft Top 14", 640, 820),
            ("Behebung Karte MC/000004127 Erste Bank BANKOMAT Mariahilfer Str 85", 50, 300), ("Wiener Linien Jahreskarte Abbuchung", 30, 30),
            ("Kontoführung lt. Vereinbarung", 7.9, 7.9)]
    cr = [("Gehalt Juli MUSTERTECH Software GmbH", 2300, 3100), ("Gutschrift Familienbeihilfe Finanzamt Oesterreich", 114, 300)]
    if neg: ob = D("-486.12")
    txs = make_txns(rng, start, end, n, pool, cr)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 44)
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "v": vd.strftime("%d.%m.%Y"), "desc": t["desc_lines"], "a": fmt(t["amount"], ".", ",")})
    cb = ob + sum(t["amount"] for t in txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "ERSTE", 18, True); doc.t(110, H - 45, "Bank", 14)
        doc.t(doc.W - 40, H - 45, "Kontoauszug Nr. %d/%d" % (start.month, start.year), 10, True, "r")
        doc.t(doc.W - 40, H - 58, "Seite %d von %d" % (p, np_), 8, align="r")
        doc.t(40, H - 68, "Erste Bank der oesterreichischen Sparkassen AG   IBAN AT48 2011 1822 2154 6300   BIC GIBAATWWXXX", 7)
        if p == 1:
            doc.t(40, H - 88, "Frau Mag. Katharina Huber", 8); doc.t(40, H - 99, "Gumpendorfer Straße 63/12", 8); doc.t(40, H - 110, "1060 Wien", 8)
            doc.t(330, H - 88, "Kontoart: Giro Konto s Komfort", 8)
            doc.t(330, H - 100, "Auszugszeitraum: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            return H - 135
        return H - 90

    cols = [("Buchungs-\ndatum", 40, "l", "d"), ("Valuta-\ndatum", 95, "l", "v"), ("Umsatztext", 155, "l", "desc"), ("Betrag in EUR", 555, "r", "a")]

    def top(doc, y):
        doc.t(155, y, "Kontostand alt per %s" % (start - dt.timedelta(days=1)).strftime("%d.%m.%Y"), 8, True)
        doc.t(555, y, fmt(ob, ".", ","), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(155, y, "Kontostand neu per %s" % end.strftime("%d.%m.%Y"), 8, True); doc.t(555, y, fmt(cb, ".", ","), 8, True, "r")
        doc.t(155, y - 12, "Verfügbarer Rahmen", 8); doc.t(555, y - 12, fmt(D("2000") + cb, ".", ","), 8, align="r")
        doc.t(40, y - 34, "Bitte prüfen Sie Ihren Kontoauszug. Einwendungen sind innerhalb von zwei Monaten zu erheben.", 6)
        doc.t(40, y - 42, "Sollzinsen 11,75 % p.a. Überziehungszinsen 5,00 % p.a. zusätzlich. Einlagensicherung AUSTRIA Ges.m.b.H.", 6)
        return y - 48

    def footer(doc, p, np_):
        doc.t(40, 20, "Erste Bank der oesterreichischen Sparkassen AG, Am Belvedere 1, 1100 Wien, FN 286283f, Handelsgericht Wien", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=50, top_rows=[top], bottom=bottom)
    write_truth(stem, "GK_at_erste", "****6300", "EUR", start, end, ob, txs, False)


# ---------------------------------------------------------------- 4 Standard Bank ZA (Details|Service Fee|Debits|Credits|Date|Balance, "MM DD", trailing minus)
def stdbank(stem, seed, n=24, start=dt.date(2025, 5, 24), end=dt.date(2025, 6, 23), ob=D("8412.35"), neg=False):
    rng = random.Random(seed)
    pool = [("POS PURCHASE CHECKERS HYPER 5412 BRYANSTON", 50, 1400), ("POS PURCHASE WOOLWORTHS SANDTON CITY", 80, 900),
            ("DEBIT ORDER DISCOVERY HEALTH MED {r}", 2100, 2900), ("DEBIT ORDER VODACOM CONTRACT {r}", 350, 699),
            ("AUTOBANK CASH WITHDRAWAL AT SBSA ROSEBANK", 200, 2000), ("PREPAID ELECTRICITY CITY POWER {r}", 200, 800),
            ("IB PAYMENT TO BODY CORPORATE LEVY UNIT 12", 1400, 1900)]
    cr = [("SALARY ACME MINING SERVICES PTY LTD", 21000, 29000), ("IB TRANSFER FROM SAVINGS 10 12 345 678 9", 500, 3000)]
    if neg: ob = D("-1325.40")
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr)
    out = []
    for t in txs:
        out.append(t)
        if t["desc"].startswith("AUTOBANK") or t["desc"].startswith("IB PAYMENT"):
            t["fee"] = True
            fee = D("10.50") if t["desc"].startswith("AUTOBANK") else D("7.00")
            out.append({"date": t["date"], "desc": "FEE: " + ("CASH WITHDRAWAL" if fee == D("10.50") else "ELECTRONIC PAYMENT"), "amount": -fee})
    txs = out
    txs.append({"date": end, "desc": "MONTHLY MANAGEMENT FEE", "amount": D("-120.00")})
    bal, rows = ob, []
    tf = lambda v: fmt(abs(v)) + ("-" if v < 0 else "")
    for t in txs:
        bal += t["amount"]
        t["desc_lines"] = [t["desc"]]
        r = {"desc": [t["desc"]], "dt": t["date"].strftime("%m %d"), "b": tf(bal)}
        if t.get("fee"): r["sf"] = "##"
        if t["amount"] < 0: r["db"] = tf(t["amount"])
        else: r["cr"] = fmt(t["amount"])
        rows.append(r)
    cb = bal
    tdb = sum(-t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Standard Bank", 16, True)
        doc.t(doc.W - 40, H - 45, "Statement No. %d" % (start.month + 60), 9, True, "r")
        doc.t(doc.W - 40, H - 57, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 72, "MR S NKOSI", 8); doc.t(40, H - 83, "14 JAN SMUTS AVENUE", 8); doc.t(40, H - 94, "ROSEBANK 2196", 8)
            doc.t(330, H - 72, "CURRENT ACCOUNT   Account Number 10 02 841 537 4", 8)
            doc.t(330, H - 84, "Statement from %s to %s" % (start.strftime("%d %B %Y"), end.strftime("%d %B %Y")), 8)
            doc.t(330, H - 96, "VAT Reg No 4100105461   Branch Code 051001", 8)
            doc.t(40, H - 116, "Account Summary", 9, True)
            S = [("Balance Brought Forward", tf(ob)), ("Total Debits", tf(-tdb)), ("Total Credits", fmt(tcr)), ("Month-end Balance", tf(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(40 + 130 * i, H - 128, a, 7); doc.t(40 + 130 * i, H - 139, "R " + b, 8, True)
            return H - 162
        return H - 75

    cols = [("Details", 40, "l", "desc"), ("Service\nFee", 300, "c", "sf"), ("Debits", 390, "r", "db"), ("Credits", 455, "r", "cr"),
            ("Date", 490, "c", "dt"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, "BALANCE BROUGHT FORWARD", 8); doc.t(490, y, start.strftime("%m %d"), 8, align="c"); doc.t(555, y, tf(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 4, "## These fees include VAT. Fees are shown as separate entries.", 6)
        doc.t(40, y - 22, "The Standard Bank of South Africa Limited (Reg. No. 1962/000738/06). Authorised financial services and registered", 6)
        doc.t(40, y - 30, "credit provider (NCRCP15). Please verify all entries; we will accept the statement as correct unless told otherwise within 30 days.", 6)
        return y - 36

    def footer(doc, p, np_):
        pass

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=52, top_rows=[top], bottom=bottom)
    write_truth(stem, "GK_za_standardbank", "****5374", "ZAR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 5 BBVA MX tarjeta de crédito (Cargos/Abonos, dd-mmm-aaaa, Pago para no generar intereses)
def bbva(stem, seed, n=22, start=dt.date(2025, 5, 12), end=dt.date(2025, 6, 11), owed=D("8743.20"), pages=False):
    rng = random.Random(seed)
    M = "ene feb mar abr may jun jul ago sep oct nov dic".split()
    dd = lambda d: "%02d-%s-%d" % (d.day, M[d.month - 1], d.year)
    pool = [("OXXO GOMEZ FARIAS GUADALAJARA JAL", 30, 400), ("WALMART SUPERCENTER ZAPOPAN", 300, 3200), ("UBER EATS CIUDAD DE MEXICO", 120, 600),
            ("LIVERPOOL GALERIAS GDL", 500, 4800), ("TELMEX INFINITUM DOMICILIADO {r}", 389, 599), ("PEMEX ES 4521 TLAQUEPAQUE", 400, 1100),
            ("MERCADO PAGO *MERCADOLIBRE", 150, 2500), ("NETFLIX.COM MEXICO", 219, 299)]
    cr = [("BONIFICACION PUNTOS BBVA", 50, 300)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr)
    txs.append({"date": start + dt.timedelta(days=14), "desc": "SU PAGO GRACIAS SPEI BBVA MEXICO", "amount": owed})
    txs.sort(key=lambda t: t["date"])
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        r = {"do": dd(t["date"]), "dc": dd(min(t["date"] + dt.timedelta(days=1), end)), "desc": [t["desc"]]}
        if t["amount"] < 0: r["c"] = "$" + fmt(-t["amount"])
        else: r["ab"] = "$" + fmt(t["amount"])
        rows.append(r)
    new = owed - sum(t["amount"] for t in txs)
    cargos = sum(-t["amount"] for t in txs if t["amount"] < 0); abonos = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "BBVA", 20, True)
        doc.t(doc.W - 40, H - 45, "Estado de Cuenta Tarjeta de Crédito Azul", 10, True, "r")
        doc.t(doc.W - 40, H - 57, "Página %d de %d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "Número de tarjeta: 4152 3135 **** 7712", 8)
        if p == 1:
            doc.t(40, H - 82, "JIMENEZ ORTEGA MARIA FERNANDA", 8); doc.t(40, H - 93, "AV CHAPULTEPEC 480 INT 3 COL AMERICANA", 8)
            doc.t(40, H - 104, "GUADALAJARA JAL C.P. 44160", 8)
            doc.t(40, H - 122, "Periodo: %s al %s   Fecha de corte: %s" % (dd(start), dd(end), dd(end)), 8)
            doc.c.rect(320, H - 205, 235, 130)
            L = [("Saldo anterior", "$" + fmt(owed)), ("(+) Cargos regulares", "$" + fmt(cargos)), ("(-) Pagos y abonos", "$" + fmt(abonos)),
                 ("Saldo deudor total", "$" + fmt(new)), ("Pago para no generar intereses", "$" + fmt(new)),
                 ("Pago mínimo", "$" + fmt(max(D("350"), (new * D("0.05")).quantize(C2)))),
                 ("Fecha límite de pago", dd(end + dt.timedelta(days=20))), ("Límite de crédito", "$45,000.00"),
                 ("Crédito disponible", "$" + fmt(D("45000") - new))]
            for i, (a, b) in enumerate(L):
                doc.t(328, H - 87 - 13 * i, a, 8, i in (3, 4)); doc.t(548, H - 87 - 13 * i, b, 8, i in (3, 4), "r")
            doc.t(40, H - 150, "Tasa de interés anual ordinaria 48.5%   CAT promedio 79.3% sin IVA", 7)
            doc.t(40, H - 225, "DESGLOSE DE MOVIMIENTOS", 9, True)
            doc.t(40, H - 237, "CARGOS, ABONOS Y COMPRAS REGULARES (NO A MESES)", 8, True)
            return H - 255
        doc.t(40, H - 82, "DESGLOSE DE MOVIMIENTOS (continuación)", 8, True)
        return H - 100

    cols = [("Fecha de\noperación", 40, "l", "do"), ("Fecha de\ncargo", 100, "l", "dc"), ("Descripción del movimiento", 160, "l", "desc"),
            ("Cargos", 480, "r", "c"), ("Abonos", 555, "r", "ab")]

    def bottom(doc, y):
        doc.t(160, y - 4, "Total cargos", 8, True); doc.t(480, y - 4, "$" + fmt(cargos), 8, True, "r")
        doc.t(160, y - 16, "Total abonos", 8, True); doc.t(555, y - 16, "$" + fmt(abonos), 8, True, "r")
        doc.t(40, y - 38, "BBVA México, S.A., Institución de Banca Múltiple, Grupo Financiero BBVA México. Av. Paseo de la Reforma 510, CDMX.", 6)
        doc.t(40, y - 46, "Si sólo realiza el pago mínimo, pagará más intereses y tardará más en liquidar su deuda. Consulte condusef.gob.mx", 6)
        return y - 52

    def footer(doc, p, np_):
        pass

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=11, per_page=(14 if pages else 44), bottom=bottom)
    write_truth(stem, "GK_mx_bbva_card", "****7712", "MXN", start, end, -owed, txs, False, cb=-new)


P = "gk_"
nordea(P + "se_nordea_card", 11)
nordea(P + "se_nordea_card__fx", 12, fx=True)
abn(P + "nl_abnamro", 21)
abn(P + "nl_abnamro__2pages", 22, n=34, pages=True)
erste(P + "at_erste", 31)
erste(P + "at_erste__overdraft", 32, neg=True)
stdbank(P + "za_standardbank", 41)
stdbank(P + "za_standardbank__overdraft", 42, neg=True)
bbva(P + "mx_bbva_card", 51)
bbva(P + "mx_bbva_card__2pages", 52, n=32, pages=True)
print("done")
