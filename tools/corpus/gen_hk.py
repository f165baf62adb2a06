#!/usr/bin/python3
"""Generator hk: 6 untuned European current-account layouts x (base + two one-change variants), exact truth. Deterministic.

Danske Bank (Denmark: Dato "05.06" without year / Tekst / Beløb signed / Saldo, Primosaldo and Ultimosaldo rows),
SpareBank 1 (Norway: Dato / Forklaring / Rentedato / Ut av konto / Inn på konto, no balance column, "Saldo fra
kontoutskrift" and "Saldo i Deres favør"), Bank Austria (Buchungsdatum / Valuta / Umsatztext / Betrag EUR with a
trailing "-" or "+", SEPA lines with IBAN/BIC and Zahlungsreferenz, Kontostand alt/neu), Bank Pekao (Poland: Data
operacji / Data waluty / Opis operacji / Kwota / Saldo po operacji, "1 234,56"), Akbank (Turkey: Tarih / Saat /
Açıklama / Tutar / Bakiye, Devreden Bakiye), Tatra banka (Slovakia: Dátum / Popis / Suma / Zostatok, Počiatočný
and Konečný zostatok). Bank truth: debits negative, the balance each row prints, a value date or time is no
description.
"""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4
from corpus_kit import fmt, make_txns, render, running, sums, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hkw/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)

eu = lambda v, sign=False: fmt(v, ".", ",", sign=sign)      # 1.234,56
sp = lambda v, sign=False: fmt(v, " ", ",", sign=sign)      # 1 234,56


def lines(doc, x, y, ls, size=8, lh=10.5):
    for k, l in enumerate(ls):
        doc.t(x, y - k * lh, l, size)


def box(doc, x, y, w, title, items, lh=11):
    doc.c.rect(x, y - 10 - lh * len(items), w, 22 + lh * len(items))
    doc.t(x + 7, y, title, 8.5, True)
    for i, (a, b) in enumerate(items):
        doc.t(x + 7, y - 13 - lh * i, a, 7.5); doc.t(x + w - 7, y - 13 - lh * i, b, 7.5, align="r")


def salary(rng, txs, cr, day):
    """Takes the salary (cr[0]) out of the random credits and pays it once, on the given day."""
    for t in txs:
        if t["desc"] == cr[0][0] and t["amount"] > 0:
            t["desc"], lo, hi = cr[1]
            t["amount"] = D(rng.randint(int(lo * 100), int(hi * 100))) / 100
    _, lo, hi = cr[0]
    txs.append({"date": day, "desc": cr[0][0], "amount": D(rng.randint(int(lo * 100), int(hi * 100))) / 100})
    txs.sort(key=lambda t: t["date"])


def once(rng, txs, desc, lo, hi, day):
    """A debit paid once a period (the rent), on the given day."""
    txs.append({"date": day, "desc": desc, "amount": -D(rng.randint(int(lo * 100), int(hi * 100))) / 100})
    txs.sort(key=lambda t: t["date"])


def tag(rows, txs):
    """Keeps each row's balance and amount for carried-forward lines."""
    for r, t in zip(rows, txs):
        r["_bal"], r["_amt"] = t["bal"], t["amount"]


# ---------------------------------------------------------------- 1 Danske Bank DK (dd.mm without year, signed Beløb, Primo/Ultimosaldo rows)
def danske(stem, seed, n=24, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("21214.65"), neg=False):
    rng = random.Random(seed)
    pool = [("Dankort-køb Føtex Vesterbrogade", 30, 650), ("Visa/Dankort Irma Frederiksberg Allé", 20, 380),
            ("MobilePay Lars Kristensen", 50, 450), ("Betalingsservice Norlys Energi A/S", 350, 1100),
            ("Betalingsservice Tryg Forsikring", 420, 980),
            ("Kontantautomat Danske Bank Nørreport", 200, 1000), ("Dankort-køb DSB Billetautomat Kbh H", 24, 180),
            ("Overført til Budgetkonto 3610 274 601", 1500, 3500)]
    cr = [("Lønoverførsel Novo Nordisk A/S", 26000, 34000), ("MobilePay Camilla Holm", 60, 400), ("Overførsel fra Opsparing", 1000, 5000)]
    if neg:
        ob = D("-4825.30")
    txs = make_txns(rng, start, end, n, pool, cr)
    salary(rng, txs, cr, end - dt.timedelta(days=3))
    once(rng, txs, "Husleje Ejendomsselskabet Nordhavn ApS", 8400, 9200, start + dt.timedelta(days=1))
    if neg:
        txs.append({"date": end, "desc": "Renter og provision overtræk", "amount": D("-186.40")})
    cb = running(txs, ob)
    dm = lambda d: d.strftime("%d.%m")
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        rows.append({"d": dm(t["date"]), "desc": [t["desc"]], "a": eu(t["amount"]), "b": eu(t["bal"])})
    ud, ind = sums(txs)

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.t(40, H - 46, "Danske Bank", 18, True)
        doc.t(W - 40, H - 42, "Kontoudskrift", 11, True, "r")
        doc.t(W - 40, H - 55, "Side %d af %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 72, "Danske Konto  Reg.nr. 3610  Kontonr. 0274593  (fortsat)", 8, True)
            return H - 95
        lines(doc, 40, H - 82, ["Peter og Anne Sørensen", "Valdemarsgade 41, 2. tv.", "1665 København V"])
        lines(doc, 330, H - 82, ["Danske Konto", "Reg.nr. 3610  Kontonr. 0274593", "IBAN DK57 3000 3610 2745 93",
                                 "Periode %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), "Beløb i DKK"])
        box(doc, 40, H - 150, 250, "Oversigt",
            [("Primosaldo", eu(ob)), ("Indbetalinger", eu(ind)), ("Udbetalinger", eu(-ud)), ("Ultimosaldo", eu(cb))])
        doc.t(330, H - 163, "Kassekredit: 15.000,00", 7.5)
        doc.t(330, H - 174, "Debitorrente 9,95 % p.a.  Kreditorrente 0,00 % p.a.", 7.5)
        doc.t(40, H - 232, "Posteringer", 10, True)
        return H - 252

    cols = [("Dato", 40, "l", "d"), ("Tekst", 90, "l", "desc"), ("Beløb", 470, "r", "a"), ("Saldo", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, dm(start), 8); doc.t(90, y, "Primosaldo", 8, True); doc.t(555, y, eu(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 2, dm(end), 8); doc.t(90, y - 2, "Ultimosaldo", 8, True); doc.t(555, y - 2, eu(cb), 8, True, "r")
        doc.t(40, y - 26, "Har du spørgsmål til din kontoudskrift, er du velkommen til at kontakte os på 70 123 456.", 7)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 32, "Danske Bank A/S, Bernstorffsgade 40, 1577 København V. CVR-nr. 61 12 62 28. danskebank.dk", 6)
        doc.t(40, 24, "Indskud er dækket af Garantiformuen op til et beløb svarende til 100.000 EUR.", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=11, per_page=40, top_rows=[top], bottom=bottom)
    write_truth(stem, "HK_dk_danske", "****4593", "DKK", start, end, ob, txs, True)


# ---------------------------------------------------------------- 2 SpareBank 1 NO (Ut av konto / Inn på konto, no balance)
def sb1(stem, seed, n=22, start=dt.date(2025, 5, 1), end=dt.date(2025, 5, 31), ob=D("14382.17"), ddmm=False, pages=False):
    rng = random.Random(seed)
    pool = [("Varekjøp REMA 1000 MOHOLT TRONDHEIM", 40, 900), ("Varekjøp KIWI 412 BAKKLANDET TRONDHEIM", 30, 600),
            ("Visa 412298 Circle K Sluppen", 300, 900), ("Avtalegiro Trondheim Kommune Eiendomsskatt", 1200, 2400),
            ("Efaktura Telenor Norge AS", 349, 649),
            ("Vipps*Ola Nordmann", 100, 600), ("Minibank SpareBank 1 Solsiden", 200, 2000), ("Gebyr Kontohold", 15, 15)]
    cr = [("Lønn NTNU Norges teknisk-naturvitenskapelige universitet", 38000, 46000), ("Overføring Vipps Kari Hansen", 150, 900)]
    if pages: n = 44
    txs = make_txns(rng, start, end, n, pool, cr)
    salary(rng, txs, cr, dt.date(start.year, start.month, 20))
    once(rng, txs, "Nettgiro til Husleie Moholt Borettslag", 7900, 8600, start + dt.timedelta(days=2))
    cb = running(txs, ob)
    fd = (lambda d: d.strftime("%d%m")) if ddmm else (lambda d: d.strftime("%d.%m"))
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        rd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        a = t["amount"]
        r = {"d": fd(t["date"]), "desc": t["desc_lines"], "rd": fd(rd)}
        r["ut" if a < 0 else "inn"] = sp(abs(a))
        rows.append(r)
    ut, inn = sums(txs)
    acct = "4212 45 67891"

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.t(40, H - 46, "SpareBank 1", 18, True); doc.t(40, H - 58, "SMN", 9, True)
        doc.t(W - 40, H - 42, "KONTOUTSKRIFT", 11, True, "r")
        doc.t(W - 40, H - 55, "Side %d av %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 78, "Brukskonto  %s" % acct, 8, True)
            return H - 100
        lines(doc, 40, H - 86, ["INGRID BAKKEN", "STUDENTERVEIEN 14 B", "7034 TRONDHEIM"])
        lines(doc, 330, H - 86, ["Kontonummer  %s" % acct, "Kontotype  Brukskonto",
                                 "Utskriftsdato  %s" % (end + dt.timedelta(days=1)).strftime("%d.%m.%Y"),
                                 "Periode  %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"))])
        doc.t(40, H - 150, "Kontoutskrift for %s" % ("mai 2025"), 10, True)
        doc.t(40, H - 164, "Alle beløp i NOK", 7.5)
        return H - 190

    cols = [("Dato", 40, "l", "d"), ("Forklaring", 85, "l", "desc"), ("Rentedato", 345, "l", "rd"),
            ("Ut av konto", 470, "r", "ut"), ("Inn på konto", 555, "r", "inn")]

    def top(doc, y):
        doc.t(85, y, "Saldo fra kontoutskrift %s" % (start - dt.timedelta(days=1)).strftime("%d.%m.%Y"), 8, True)
        doc.t(555, y, sp(ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(300, y + 6, 555, y + 6)
        doc.t(85, y - 6, "Sum", 8, True); doc.t(470, y - 6, sp(ut), 8, True, "r"); doc.t(555, y - 6, sp(inn), 8, True, "r")
        doc.t(85, y - 20, "Saldo i Deres favør", 8, True); doc.t(555, y - 20, sp(cb), 8, True, "r")
        doc.t(40, y - 44, "Kontoutskriften er tilgjengelig i nettbanken. Kontroller utskriften og meld fra om feil snarest mulig.", 7)
        return y - 48

    def footer(doc, p, np_):
        doc.t(40, 32, "SpareBank 1 SMN, Søndre gate 4, 7467 Trondheim. Org.nr. 937 901 003. Telefon 915 07300. sparebank1.no/smn", 6)
        doc.t(40, 24, "Innskudd er sikret gjennom Bankenes sikringsfond med inntil 2 000 000 kroner per innskyter.", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=11, per_page=(30 if pages else 46),
           top_rows=[top], bottom=bottom)
    write_truth(stem, "HK_no_sparebank1", "****7891", "NOK", start, end, ob, txs, False)


# ---------------------------------------------------------------- 3 Bank Austria (trailing -/+ amounts, SEPA detail lines, Kontostand alt/neu)
def bankaustria(stem, seed, n=18, start=dt.date(2025, 9, 1), end=dt.date(2025, 9, 30), ob=D("2318.44"), pages=False, neg=False):
    rng = random.Random(seed)
    sepa = [("SEPA-Lastschrift Wien Energie GmbH", "AT44 1200 0006 9621 2729", "BKAUATWW", "Vertragskonto 8812{r} Teilbetrag", 68, 142),
            ("SEPA-Lastschrift A1 Telekom Austria AG", "AT12 6000 0000 0781 4210", "BAWAATWW", "Rechnung 90{r}", 29, 64),
            ("SEPA-Überweisung Wohnungseigentum Mariahilf GmbH", "AT61 1904 3002 3457 3201", "BKAUATWW", "Miete Top 7 Oktober", 740, 860),
            ("SEPA-Lastschrift Wiener Städtische Versicherung", "AT31 2011 1287 6543 2100", "GIBAATWW", "Polizze 41-{r}", 45, 120)]
    card = [("POS {d} {h} K1 BILLA DANKT 6541 WIEN", 6, 95), ("POS {d} {h} K1 SPAR-GOURMET 1070 WIEN", 4, 70),
            ("ATM {d} {h} K1 BANKOMAT 8812 WIEN MARIAHILFER STR", 50, 300), ("POS {d} {h} K1 OEBB PERSONENVERKEHR AG", 9, 120)]
    cred = [("SEPA-Gutschrift Infineon Technologies Austria AG", "AT02 1100 0012 3456 7890", "BKAUATWW", "Gehalt September", 2900, 3600),
            ("SEPA-Gutschrift Finanzamt Österreich", "AT48 0100 0000 0550 4374", "BUNDATWW", "Arbeitnehmerveranlagung 2024", 210, 640)]
    if pages: n = 30
    if neg: ob = D("-1284.70")
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        u = rng.random()
        if u < 0.18:
            nm, iban, bic, ref, lo, hi = rng.choice(cred); sgn = 1
        elif u < 0.5:
            nm, iban, bic, ref, lo, hi = rng.choice(sepa); sgn = -1
        else:
            nm, lo, hi = rng.choice(card); sgn = -1; iban = None
        amt = D(rng.randint(int(lo * 100), int(hi * 100))) / 100 * sgn
        if iban:
            dl = [nm, "IBAN: %s  BIC: %s" % (iban, bic), "Zahlungsreferenz: " + ref.format(r=rng.randint(100000, 999999))]
        else:
            dl = [nm.format(d=(d - dt.timedelta(days=1)).strftime("%d.%m."), h="%02d:%02d" % (rng.randint(7, 21), rng.randint(0, 59)))]
        txs.append({"date": d, "desc_lines": dl, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    txs.append({"date": end, "desc_lines": ["Kontoführungsentgelt 3. Quartal"], "amount": D("-19.50")})
    if neg:
        txs.append({"date": end, "desc_lines": ["Sollzinsen 01.07.-30.09.2025"], "amount": D("-23.18")})
    cb = running(txs, ob)
    ts = lambda v: eu(abs(v)) + ("-" if v < 0 else "+")
    rows = []
    for t in txs:
        vd = t["date"] - dt.timedelta(days=rng.choice([0, 0, 1])) if t["desc_lines"][0].startswith("POS") else t["date"]
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "v": vd.strftime("%d.%m.%Y"), "desc": t["desc_lines"], "a": ts(t["amount"])})
    tag(rows, txs)

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.t(40, H - 44, "Bank Austria", 17, True); doc.t(40, H - 56, "Member of UniCredit", 7.5)
        doc.t(W - 40, H - 42, "Kontoauszug Nr. 009/2025", 10, True, "r")
        doc.t(W - 40, H - 55, "Blatt %d von %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 72, "UniCredit Bank Austria AG   IBAN AT52 1200 0516 4412 7708   BIC BKAUATWWXXX", 7)
        if p > 1:
            return H - 96
        lines(doc, 40, H - 92, ["Herrn", "Dipl.-Ing. Florian Gruber", "Zieglergasse 27/4", "1070 Wien"])
        lines(doc, 330, H - 92, ["Kontoinhaber: Florian Gruber", "Kontoart: Erfolgskonto",
                                 "Auszugszeitraum: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")),
                                 "Kontowährung: EUR"])
        return H - 160

    cols = [("Buchungsdatum", 40, "l", "d"), ("Valuta", 116, "l", "v"), ("Umsatztext", 172, "l", "desc"), ("Betrag EUR", 555, "r", "a")]

    def top(doc, y):
        doc.t(172, y, "Kontostand alt per %s" % (start - dt.timedelta(days=1)).strftime("%d.%m.%Y"), 8, True)
        doc.t(555, y, ts(ob), 8, True, "r")
        return y - 14

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(172, y - 2, "Übertrag", 8, True); doc.t(555, y - 2, ts(r["_bal"]), 8, True, "r")
            return y - 14
        doc.t(172, y, "Übertrag", 8, True); doc.t(555, y, ts(r["_bal"] - r["_amt"]), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(172, y + 6, 555, y + 6)
        doc.t(172, y - 6, "Kontostand neu per %s" % end.strftime("%d.%m.%Y"), 8, True); doc.t(555, y - 6, ts(cb), 8, True, "r")
        doc.t(172, y - 18, "Eingeräumte Kontoüberziehung", 8); doc.t(555, y - 18, eu(D("3000")), 8, align="r")
        doc.t(40, y - 40, "Bitte prüfen Sie die Buchungen. Einwendungen sind binnen zwei Monaten zu erheben, sonst gelten sie als genehmigt.", 6.5)
        return y - 44

    def footer(doc, p, np_):
        doc.t(40, 30, "UniCredit Bank Austria AG, Rothschildplatz 1, 1020 Wien, FN 150714p, Handelsgericht Wien, DVR 0030066, UID ATU 51507409.", 5.8)
        doc.t(40, 22, "Einlagensicherung AUSTRIA Ges.m.b.H. - Informationen unter www.bankaustria.at/einlagensicherung", 5.8)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10.5, per_page=(40 if pages else 60),
           top_rows=[top], bottom=bottom, cf=cf)
    write_truth(stem, "HK_at_bankaustria", "****7708", "EUR", start, end, ob, txs, False)


# ---------------------------------------------------------------- 4 Bank Pekao PL (two dates, Opis operacji, signed Kwota, Saldo po operacji)
def pekao(stem, seed, n=13, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("6841.27"), pages=False, fx=False):
    rng = random.Random(seed)
    pool = [("TRANSAKCJA KARTĄ|BIEDRONKA 4412 KRAKÓW", 12, 260), ("TRANSAKCJA KARTĄ|ŻABKA Z7731 K.1 KRAKÓW", 5, 60),
            ("PRZELEW WYCHODZĄCY|Odbiorca: SPÓŁDZIELNIA MIESZKANIOWA PRZYSZŁOŚĆ|Tytuł: CZYNSZ LOKAL 14 CZERWIEC", 640, 890),
            ("ZLECENIE STAŁE|Odbiorca: TAURON SPRZEDAŻ SP. Z O.O.|Tytuł: PROGNOZA NR {r}", 120, 260),
            ("PŁATNOŚĆ BLIK|ALLEGRO.PL SP. Z O.O.|Nr transakcji {r}", 20, 400), ("WYPŁATA Z BANKOMATU|PEKAO ATM RYNEK GŁÓWNY 12 KRAKÓW", 100, 800),
            ("OPŁATA ZA PROWADZENIE RACHUNKU", 9.99, 9.99)]
    cr = [("PRZELEW PRZYCHODZĄCY|Nadawca: COMARCH S.A. AL. JANA PAWŁA II 39A KRAKÓW|Tytuł: WYNAGRODZENIE 06/2025", 7200, 9800),
          ("PRZELEW PRZYCHODZĄCY|Nadawca: ANNA WIŚNIEWSKA|Tytuł: ZWROT ZA BILETY", 80, 400)]
    if pages: n = 34
    txs = make_txns(rng, start, end, n, pool, cr)
    salary(rng, txs, cr, dt.date(start.year, start.month, 10))
    fxl = {}
    if fx:
        cands = [t for t in txs if t["desc"].startswith("TRANSAKCJA")][:4]
        for t, (m, c, rt) in zip(cands, [("BOOKING.COM AMSTERDAM NLD", "EUR", D("4.2815")), ("RYANAIR DUBLIN IRL", "EUR", D("4.2790")),
                                         ("APPLE.COM/BILL CORK IRL", "USD", D("3.9412")), ("SPOTIFY STOCKHOLM SWE", "SEK", D("0.3871"))]):
            t["desc"] = "TRANSAKCJA KARTĄ|" + m
            fxl[id(t)] = "Kwota oryg.: %s %s Kurs: %s" % (sp((-t["amount"] / rt).quantize(D("0.01"))), c, fmt(rt, "", ",", nd=4))
    cb = running(txs, ob)
    rows = []
    for t in txs:
        parts = t["desc"].split("|")
        dl = []
        for p_ in parts:
            dl += wrap(p_, 44)
        if id(t) in fxl: dl.append(fxl[id(t)])
        t["desc_lines"] = dl
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2])) if t["desc"].startswith("TRANSAKCJA") else t["date"]
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "v": vd.strftime("%d.%m.%Y"), "desc": dl,
                     "a": sp(t["amount"]), "b": sp(t["bal"])})
    ob_, cr_ = sums(txs)

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.t(40, H - 46, "Bank Pekao", 18, True)
        doc.t(W - 40, H - 42, "WYCIĄG Z RACHUNKU nr 6/2025", 10, True, "r")
        doc.t(W - 40, H - 55, "Strona %d z %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 72, "Konto Przekorzystne  PL 12 1240 4650 1111 0010 8832 4417", 8, True)
            return H - 96
        lines(doc, 40, H - 82, ["PAN TOMASZ KOWALCZYK", "UL. DŁUGA 38 M. 5", "31-147 KRAKÓW"])
        lines(doc, 330, H - 82, ["Konto Przekorzystne", "Numer rachunku:", "PL 12 1240 4650 1111 0010 8832 4417",
                                 "Okres: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), "Waluta rachunku: PLN"])
        box(doc, 40, H - 150, 515, "Podsumowanie",
            [("Saldo początkowe", sp(ob) + " PLN"), ("Suma obciążeń (%d)" % sum(1 for t in txs if t["amount"] < 0), sp(ob_) + " PLN"),
             ("Suma uznań (%d)" % sum(1 for t in txs if t["amount"] > 0), sp(cr_) + " PLN"), ("Saldo końcowe", sp(cb) + " PLN")])
        doc.t(40, H - 222, "Zestawienie operacji", 10, True)
        return H - 242

    cols = [("Data\noperacji", 40, "l", "d"), ("Data\nwaluty", 92, "l", "v"), ("Opis operacji", 146, "l", "desc"),
            ("Kwota", 470, "r", "a"), ("Saldo po\noperacji", 555, "r", "b")]

    def bottom(doc, y):
        doc.c.line(146, y + 6, 555, y + 6)
        doc.t(146, y - 6, "Saldo końcowe", 8, True); doc.t(555, y - 6, sp(cb), 8, True, "r")
        doc.t(40, y - 30, "Dokument wygenerowany elektronicznie, nie wymaga podpisu ani stempla bankowego.", 6.5)
        return y - 34

    def top(doc, y):
        doc.t(146, y, "Saldo początkowe", 8, True); doc.t(555, y, sp(ob), 8, True, "r")
        return y - 14

    def footer(doc, p, np_):
        doc.t(40, 30, "Bank Polska Kasa Opieki S.A., ul. Żubra 1, 01-066 Warszawa, KRS 0000014843, NIP 526-006-44-46,", 5.8)
        doc.t(40, 22, "kapitał zakładowy 262 470 034 zł, wpłacony w całości. www.pekao.com.pl", 5.8)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10.5, per_page=(36 if pages else 44),
           top_rows=[top], bottom=bottom)
    write_truth(stem, "HK_pl_pekao", "****4417", "PLN", start, end, ob, txs, True)


# ---------------------------------------------------------------- 5 Akbank TR (Tarih / Saat / Açıklama / Tutar / Bakiye, Devreden Bakiye)
def akbank(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("38425.60"), neg=False, pages=False):
    rng = random.Random(seed)
    pool = [("MİGROS TİCARET A.Ş. KADIKÖY İSTANBUL", 120, 2400), ("A101 YENİ MAĞAZACILIK ÜSKÜDAR", 60, 900),
            ("OPET PETROLCÜLÜK ATAŞEHİR", 800, 2600), ("İSKİ SU FATURASI {r}", 180, 640), ("TURKCELL FATURA ÖDEMESİ {r}", 320, 780),
            ("ATM PARA ÇEKME AKBANK BAĞDAT CAD", 500, 5000),
            ("HESAP İŞLETİM ÜCRETİ", 45, 45)]
    cr = [("MAAŞ ÖDEMESİ ARÇELİK A.Ş.", 48000, 62000), ("GELEN FAST MEHMET DEMİR", 250, 3000)]
    if neg: ob = D("-6240.35")
    if pages: n = 46
    txs = make_txns(rng, start, end, n, pool, cr)
    salary(rng, txs, cr, dt.date(start.year, start.month, 15))
    once(rng, txs, "KİRA ÖDEMESİ FAST AHMET YILMAZ", 18000, 22000, start + dt.timedelta(days=4))
    if neg:
        txs.append({"date": end, "desc": "KMH FAİZ TAHAKKUKU", "amount": D("-312.48")})
        txs.append({"date": end, "desc": "KKDF BSMV KESİNTİSİ", "amount": D("-93.74")})
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 40)
        h = "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "h": h, "desc": t["desc_lines"], "a": eu(t["amount"]), "b": eu(t["bal"])})
    borc, alacak = sums(txs)

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.t(40, H - 46, "AKBANK", 18, True)
        doc.t(W - 40, H - 42, "HESAP EKSTRESİ", 11, True, "r")
        doc.t(W - 40, H - 55, "Sayfa %d / %d" % (p, np_), 7.5, align="r")
        if p > 1:
            return H - 85
        lines(doc, 40, H - 82, ["SAYIN ELİF KAYA", "CAFERAĞA MAH. MODA CAD. NO:41 D:6", "34710 KADIKÖY / İSTANBUL"])
        lines(doc, 330, H - 82, ["Şube: 0412 KADIKÖY", "Hesap No: 0412 - 0058331",
                                 "IBAN: TR33 0004 6004 1288 8000 0583 31", "Döviz Cinsi: TL" + ("   (Kredili Mevduat Hesabı)" if neg else ""),
                                 "Dönem: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"))])
        box(doc, 40, H - 150, 515, "Hesap Özeti",
            [("Devreden Bakiye", eu(ob) + " TL"), ("Toplam Borç", eu(borc) + " TL"), ("Toplam Alacak", eu(alacak) + " TL"),
             ("Dönem Sonu Bakiye", eu(cb) + " TL")])
        doc.t(40, H - 222, "Hesap Hareketleri", 10, True)
        return H - 242

    cols = [("Tarih", 40, "l", "d"), ("Saat", 95, "l", "h"), ("Açıklama", 128, "l", "desc"), ("Tutar", 455, "r", "a"), ("Bakiye", 555, "r", "b")]

    def top(doc, y):
        doc.t(128, y, "Devreden Bakiye", 8, True); doc.t(555, y, eu(ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(40, y + 6, 555, y + 6)
        doc.t(40, y - 28, "Bu ekstre bilgi amaçlıdır. Hesap hareketlerinize itirazınızı 30 gün içinde şubenize iletebilirsiniz.", 6.5)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 30, "Akbank T.A.Ş. Sabancı Center 4. Levent 34330 Beşiktaş / İSTANBUL  Ticaret Sicil No: 90418  Mersis No: 0015001526400496", 5.8)
        doc.t(40, 22, "Akbank T.A.Ş. Tasarruf Mevduatı Sigorta Fonu kapsamındadır. 444 25 25  www.akbank.com", 5.8)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=11, per_page=(34 if pages else 44),
           top_rows=[top], bottom=bottom)
    write_truth(stem, "HK_tr_akbank", "****8331", "TRY", start, end, ob, txs, True)


# ---------------------------------------------------------------- 6 Tatra banka SK (Dátum / Popis / Suma / Zostatok, symbols lines)
def tatra(stem, seed, n=20, start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 31), ob=D("3127.84"), symbols=False, pages=False):
    rng = random.Random(seed)
    pool = [("Platba kartou TESCO STORES SR BRATISLAVA", 8, 140), ("Platba kartou LIDL SR 0412 PETRŽALKA", 6, 90),
            ("Platba kartou SLOVNAFT 3318 BRATISLAVA", 40, 95), ("Inkaso ZSE Energia, a.s.", 60, 140),
            ("Trvalý príkaz Bytové družstvo Petržalka", 210, 320), ("Výber z bankomatu TB ATM Obchodná 12", 40, 300),
            ("Úhrada Orange Slovensko a.s.", 18, 45), ("Poplatok za vedenie účtu", 8.9, 8.9)]
    cr = [("Prijatá platba ESET, spol. s r.o.", 2400, 3100), ("Prijatá platba Mária Horváthová", 20, 200)]
    if pages: n = 40
    txs = make_txns(rng, start, end, n, pool, cr)
    salary(rng, txs, cr, dt.date(start.year, start.month, 12))
    cb = running(txs, ob)
    rows = []
    for t in txs:
        dl = wrap(t["desc"], 46)
        if symbols and not t["desc"].startswith(("Platba kartou", "Výber", "Poplatok")):
            dl += ["VS: %d  KS: 0308  ŠS: %d" % (rng.randint(1000000, 9999999), rng.randint(100, 999)),
                   "SK%02d 1100 0000 00%08d" % (rng.randint(10, 99), rng.randint(10000000, 99999999))]
        t["desc_lines"] = dl
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "desc": dl, "a": sp(t["amount"]), "b": sp(t["bal"])})
    tag(rows, txs)
    deb, cre = sums(txs)

    def header(doc, p, np_):
        W, H = doc.W, doc.H
        doc.t(40, H - 46, "Tatra banka", 18, True); doc.t(40, H - 58, "Raiffeisen Bank International Group", 7)
        doc.t(W - 40, H - 42, "VÝPIS Z ÚČTU č. 7/2025", 10, True, "r")
        doc.t(W - 40, H - 55, "Strana %d/%d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 76, "IBAN: SK31 1100 0000 0029 4418 3307   Mena: EUR", 8, True)
            return H - 98
        lines(doc, 40, H - 84, ["Ing. Martin Novák", "Romanova 22", "851 02 Bratislava"])
        lines(doc, 330, H - 84, ["Bežný účet Tatra Personal", "IBAN: SK31 1100 0000 0029 4418 3307", "BIC: TATRSKBX",
                                 "Obdobie: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), "Mena: EUR"])
        box(doc, 40, H - 150, 515, "Súhrn",
            [("Počiatočný zostatok", sp(ob)), ("Debetné obraty", sp(-deb)), ("Kreditné obraty", sp(cre)), ("Konečný zostatok", sp(cb))])
        doc.t(40, H - 222, "Pohyby na účte", 10, True)
        return H - 242

    cols = [("Dátum", 40, "l", "d"), ("Popis", 100, "l", "desc"), ("Suma", 460, "r", "a"), ("Zostatok", 555, "r", "b")]

    def top(doc, y):
        doc.t(100, y, "Počiatočný zostatok", 8, True); doc.t(555, y, sp(ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(100, y + 6, 555, y + 6)
        doc.t(100, y - 6, "Konečný zostatok", 8, True); doc.t(555, y - 6, sp(cb), 8, True, "r")
        doc.t(40, y - 30, "Reklamácie týkajúce sa výpisu uplatnite bez zbytočného odkladu v pobočke alebo cez DIALOG Live.", 6.5)
        return y - 34

    def footer(doc, p, np_):
        doc.t(40, 30, "Tatra banka, a.s., Hodžovo námestie 3, 811 06 Bratislava 1, IČO: 00 686 930, zapísaná v Obchodnom registri", 5.8)
        doc.t(40, 22, "Mestského súdu Bratislava III, odd. Sa, vložka č. 71/B. www.tatrabanka.sk", 5.8)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10.5, per_page=(34 if pages else 50),
           top_rows=[top], bottom=bottom)
    write_truth(stem, "HK_sk_tatra", "****3307", "EUR", start, end, ob, txs, True)


danske("hk_dk_danske", 1701); danske("hk_dk_danske__yearend", 1702, start=dt.date(2024, 12, 1), end=dt.date(2025, 1, 31), n=34)
danske("hk_dk_danske__overdraft", 1703, neg=True)
sb1("hk_no_sparebank1", 1711); sb1("hk_no_sparebank1__ddmm", 1712, ddmm=True); sb1("hk_no_sparebank1__2pages", 1713, pages=True)
bankaustria("hk_at_bankaustria", 1721); bankaustria("hk_at_bankaustria__2pages", 1722, pages=True)
bankaustria("hk_at_bankaustria__overdraft", 1723, neg=True)
pekao("hk_pl_pekao", 1731); pekao("hk_pl_pekao__2pages", 1732, pages=True); pekao("hk_pl_pekao__fx", 1733, fx=True)
akbank("hk_tr_akbank", 1741); akbank("hk_tr_akbank__overdraft", 1742, neg=True); akbank("hk_tr_akbank__2pages", 1743, pages=True)
tatra("hk_sk_tatra", 1751); tatra("hk_sk_tatra__symbols", 1752, symbols=True); tatra("hk_sk_tatra__2pages", 1753, pages=True)
