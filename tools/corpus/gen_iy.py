#!/usr/bin/python3
"""Generator iy: 4 unseen layouts x (base + variants), exact truth. Deterministic.

Halkbank (Turkmenistan, TMT, a state savings bank, Turkmen only: Sene / Resminama № / Amalyň mazmuny / Debet / Kredit /
Galyndy, "1 234,56", dd.mm.yyyy, "Döwrüň başyna galyndy" / "Döwrüň ahyryna galyndy" rows, a "Jemi dolanyşyk" totals
line, "Hasap belgisi 23201934100123456789", "Walýuta: TMT (manat)"; a two-page variant with "Indiki sahypa geçirildi" /
"Öňki sahypadan geçirildi" lines, a foreign-currency variant with "USD 45,00 hümmeti 3,5000" lines and a wrapped
transfer variant), Orange Money (Côte d'Ivoire, XOF, an e-money wallet: Date et heure "05/06/2025 14:22" /
N° transaction / Type / Détails / Débit / Crédit / Solde, whole francs "12 500", Solde initial / Solde final only in a
summary box "84 350 FCFA"; a two-page, a fee-rows ("Frais de retrait", "Frais de transfert") and a newest-first
variant), Barbados Public Workers' Co-operative Credit Union (BBD, a credit union's quarterly share account statement:
Date "05-APR-25" / Ref No. / Transaction Description / Withdrawals / Deposits / Balance, OPENING and CLOSING BALANCE
rows, a dividend row; a two-page BALANCE CARRIED / BROUGHT FORWARD variant, a Year-to-Date summary variant with
amounts under the table and a wrapped-description variant), Betri Banki (Faroe Islands, DKK, a savings bank, Faroese:
Dagfesting / Tekstur / Rentudagur / signed Upphædd "-1.234,56" / Saldo, "Byrjanarsaldo" / "Endasaldo" rows; a two-page
"Flutt á næstu síðu" / "Flutt frá fyrru síðu" variant, an overdrawn variant and a December-January variant).

Truth choices: the opening, closing, carried and brought forward rows, the totals and the summary boxes are no
transactions; Halkbank's Resminama №, Orange Money's N° transaction and Type, the credit union's Ref No. and Betri's
Rentudagur are not description; a foreign-currency line joins its row's description; fee rows are transactions of
their own; the account is the last four digits of the number printed (Halkbank's "23201934100123456789" "****6789",
Orange Money's "+225 07 08 45 21 36" "****2136", the credit union's "0104587-001" "****7001", Betri's
"9181 0001234567" "****4567"); rows are listed in date order whatever order the page prints them.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import cf_lines, fmt, make_txns, render, row_truth_writer, running, set_desc_lines, sums

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/iy/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


# ---------------------------------------------------------------- 1 Halkbank (Turkmenistan, TMT, Turkmen)
def manat(v):
    return fmt(v, " ", ",")


def halkbank(stem, seed, n=20, per_page=50, fx=False, wrapped=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("6842.35")
    pool = [("POS töleg HALK BAZARY AŞGABAT", 40, 650), ("Bankomatdan nagt pul ÝAPON BAZARY", 100, 1200),
            ("Aragatnaşyk hyzmaty TMCELL", 20, 120), ("Elektrik energiýasy üçin töleg", 30, 180),
            ("Hasaby hyzmat etmek üçin komissiýa", 5, 5), ("Internet hyzmaty TÜRKMENTELEKOM", 60, 250),
            ("POS töleg ÝIMPAŞ SÖWDA MERKEZI", 50, 900), ("Gaz üpjünçiligi üçin töleg", 15, 90)]
    cr = [("Nagt pul goýmak Aşgabat şahamçasy", 300, 3000), ("Pul geçirimi kabul edildi GELDIÝEW M.", 100, 1500)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 20), "desc": "Aýlyk haky iýun 2025 TÜRKMENNEBIT DK", "amount": D("4860.00")})
    txs.append({"date": dt.date(2025, 6, 30), "desc": "Goýum boýunça göterim hasaplanyldy", "amount": D("38.42")})
    if fx:
        for d, shop, cur, amt, rate in [(dt.date(2025, 6, 7), "POS töleg AMAZON.COM", "USD", "45,00", "3,5000"),
                                        (dt.date(2025, 6, 14), "POS töleg OZON.RU", "RUB", "3 250,00", "0,0446"),
                                        (dt.date(2025, 6, 25), "POS töleg TRENDYOL.COM", "EUR", "82,40", "3,9812")]:
            v = (D(amt.replace(" ", "").replace(",", ".")) * D(rate.replace(",", "."))).quantize(D("0.01"))
            txs.append({"date": d, "lines": [shop, "%s %s hümmeti %s" % (cur, amt, rate)], "amount": -v})
    if wrapped:
        for d, lines, amt in [(dt.date(2025, 6, 9), ["Pul geçirimi SENAGATBANK hasabyna", "Alyjy: ANNAÝEWA GÜLNARA",
                                                     "Maksady: kärende tölegi iýun"], D("-1800.00")),
                              (dt.date(2025, 6, 16), ["Karz boýunça töleg № 45-2231", "Esasy bergi we göterim"],
                               D("-725.60")),
                              (dt.date(2025, 6, 22), ["Pul geçirimi kabul edildi", "Iberiji: «ALTYN ASYR» HJ",
                                                      "Hasap-faktura 2025/412"], D("2350.00"))]:
            txs.append({"date": d, "lines": lines, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 40)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d.%m.%Y"), "c": "%06d" % rng.randint(100000, 999999), "desc": t["desc_lines"],
             "b": manat(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = manat(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "HALKBANK", 18, True)
        doc.t(40, H - 55, "Türkmenistanyň «Halkbank» döwlet täjirçilik banky", 7)
        doc.t(W - 40, H - 44, "HASAP BOÝUNÇA GÖÇÜRME", 12, True, "r")
        doc.t(W - 40, H - 57, "Sahypa %d / %d" % (p, np_), 7, align="r")
        L = [("Müşderi", "ORAZOWA AÝNA BERDIÝEWNA"), ("Hasap belgisi", "23201934100123456789"),
             ("Walýuta", "TMT (manat)"), ("Döwür", "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"))),
             ("Şahamça", "Aşgabat ş., Magtymguly şahamçasy")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 80 - 11 * i, a, 7.5, True); doc.t(120, H - 80 - 11 * i, ": " + b, 7.5)
        y = H - 80 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Sene", 40, "l", "d"), ("Resminama №", 92, "l", "c"), ("Amalyň mazmuny", 160, "l", "desc"),
            ("Debet", 410, "r", "dr"), ("Kredit", 480, "r", "cr"), ("Galyndy", 555, "r", "b")]

    def top(doc, y):
        doc.t(160, y, "Döwrüň başyna galyndy", 8, True); doc.t(555, y, manat(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(340, y + 6, 555, y + 6)
        doc.t(160, y - 4, "Jemi dolanyşyk", 8, True); doc.t(410, y - 4, manat(out_), 8, True, "r")
        doc.t(480, y - 4, manat(in_), 8, True, "r")
        doc.t(160, y - 17, "Döwrüň ahyryna galyndy", 8, True); doc.t(555, y - 17, manat(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "Göçürme elektron görnüşde taýýarlandy we gol çekilmegini talap etmeýär.", 6)
        doc.t(40, 35, "«Halkbank» DTB · Aşgabat ş., Bitarap Türkmenistan şaýoly, 88 · +993 12 94 04 34 · www.halkbank.gov.tm", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf_lines(rows, ("Indiki sahypa geçirildi", "Öňki sahypadan geçirildi"), 160, 555))
    write(stem, "iy_tm_halkbank", "****6789", "TMT", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Orange Money (Côte d'Ivoire, XOF, e-money wallet)
def cfa(v):
    return fmt(v, " ", ",", nd=0)


def orange(stem, seed, n=22, per_page=50, fees=False, newest=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("84350")
    pool = [("Transfert", "Vers 0505{r} KONE MAMADOU", 2000, 50000), ("Retrait", "Retrait agent ABOBO GARE {r}", 5000, 60000),
            ("Achat crédit", "Crédit Orange 0708452136", 500, 5000), ("Paiement", "Facture CIE électricité", 8000, 35000),
            ("Paiement", "Marchand CARREFOUR MARCORY", 3000, 45000), ("Paiement", "Facture SODECI eau", 4000, 15000),
            ("Transfert", "Vers 0707{r} YAO AKISSI", 1000, 25000)]
    cr = [("Dépôt", "Dépôt agent ADJAME LIBERTE", 10000, 100000), ("Réception", "De 0102{r} KOUAME SERGE", 5000, 75000)]
    rows_ = []
    days = (end - start).days
    for _ in range(n):
        d = dt.datetime.combine(start, dt.time()) + dt.timedelta(days=rng.randint(0, days), minutes=rng.randint(420, 1320))
        if rng.random() < 0.25:
            ty, desc, lo, hi = rng.choice(cr); sgn = 1
        else:
            ty, desc, lo, hi = rng.choice(pool); sgn = -1
        amt = D(rng.randint(lo // 50, hi // 50) * 50) * sgn
        rows_.append({"ts": d, "type": ty, "desc": desc.format(r=rng.randint(100000, 999999)), "amount": amt})
    rows_.append({"ts": dt.datetime(2025, 6, 27, 9, 12), "type": "Réception", "desc": "Salaire juin ETS N'GUESSAN ET FILS",
                  "amount": D("185000")})
    rows_.sort(key=lambda t: t["ts"])
    if fees:
        out = []
        for t in rows_:
            out.append(t)
            if t["type"] in ("Retrait", "Transfert"):
                label = "Frais de retrait" if t["type"] == "Retrait" else "Frais de transfert"
                fee = (abs(t["amount"]) / 100).quantize(D(1))
                out.append({"ts": t["ts"] + dt.timedelta(seconds=1), "type": "Frais", "desc": label, "amount": -fee})
        rows_ = out
    # keep the wallet positive: a deposit on the first day when the balance would go below zero
    low = min([D(0)] + [ob + sum(t["amount"] for t in rows_[:i + 1]) for i in range(len(rows_))])
    if low < 0:
        rows_.insert(0, {"ts": dt.datetime(2025, 6, 1, 8, 5), "type": "Dépôt", "desc": "Dépôt agent ADJAME LIBERTE",
                         "amount": (-low + 20000)})
    for t in rows_:
        t["date"] = t["ts"].date()
        t["ref"] = "CI%s.%s%05d" % (t["ts"].strftime("%y%m%d"), rng.choice("ABCDEFGH"), rng.randint(0, 99999))
    set_desc_lines(rows_, 30)
    cb = running(rows_, ob)
    out_, in_ = sums(rows_)
    rows = []
    for t in (reversed(rows_) if newest else rows_):
        r = {"d": t["ts"].strftime("%d/%m/%Y %H:%M"), "c": t["ref"], "ty": t["type"], "desc": t["desc_lines"],
             "b": cfa(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = cfa(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "orange money", 18, True)
        doc.t(40, H - 55, "Orange Money Côte d'Ivoire S.A. · établissement de monnaie électronique agréé par la BCEAO", 6.5)
        doc.t(W - 40, H - 44, "RELEVÉ DE COMPTE", 12, True, "r")
        doc.t(W - 40, H - 57, "Page %d / %d" % (p, np_), 7, align="r")
        L = [("Titulaire", "KOUASSI AMENAN CHANTAL"), ("Numéro de compte", "+225 07 08 45 21 36"),
             ("Devise", "XOF (FCFA)"),
             ("Période", "du %s au %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 80 - 11 * i, a, 7.5, True); doc.t(122, H - 80 - 11 * i, ": " + b, 7.5)
        if p == 1:
            box = [("Solde initial", ob), ("Total des entrées", in_), ("Total des sorties", out_), ("Solde final", cb)]
            doc.c.rect(360, H - 134, W - 400, 56)
            for i, (a, b) in enumerate(box):
                doc.t(368, H - 90 - 12 * i, a, 7.5, True); doc.t(W - 48, H - 90 - 12 * i, cfa(b) + " FCFA", 7.5, False, "r")
        y = H - 80 - 11 * len(L) - (20 if p == 1 else 8)
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Date et heure", 40, "l", "d"), ("N° transaction", 118, "l", "c"), ("Type", 198, "l", "ty"),
            ("Détails", 254, "l", "desc"), ("Débit", 445, "r", "dr"), ("Crédit", 500, "r", "cr"), ("Solde", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 44, "Service client Orange Money : composez le 07 07 ou le #144#. Conservez ce relevé pour toute réclamation.", 6)
        doc.t(40, 35, "Orange Money Côte d'Ivoire · Immeuble Orange, Plateau, Abidjan · RCCM CI-ABJ-2016-B-27113", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page)
    write(stem, "iy_ci_orangemoney", "****2136", "XOF", start, end, ob, cb, rows_, nd=0)


# ---------------------------------------------------------------- 3 Barbados credit union (BBD, share account)
def cu(stem, seed, n=28, per_page=60, ytd=False, wrapped=False, ob="12480.65"):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 6, 30)
    ob = D(ob)
    pool = [("ATM WITHDRAWAL BPWCCU WARRENS", 100, 800), ("TRANSFER TO LOAN 104587-L02", 650, 650),
            ("BILL PAYMENT BL&P", 120, 380), ("BILL PAYMENT BWA WATER", 40, 110),
            ("POS PURCHASE MASSY STORES SUNSET CREST", 60, 540), ("CHEQUE NO. {r}", 200, 2500),
            ("TRANSFER TO CHEQUING 104587-C01", 300, 1500)]
    cr = [("PAYROLL DEDUCTION GOVT OF BARBADOS", 400, 400), ("CASH DEPOSIT BRANCH WILDEY", 100, 2000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    for t in txs:
        if t["desc"].startswith("CHEQUE NO."):
            t["desc"] = "CHEQUE NO. %d" % rng.randint(1100, 1199)
    txs.append({"date": dt.date(2025, 4, 28), "desc": "DIVIDEND 2024 @ 4.25% ON SHARES", "amount": D("498.62")})
    txs.append({"date": dt.date(2025, 5, 2), "desc": "ANNUAL MEMBERSHIP FEE", "amount": D("-25.00")})
    if wrapped:
        for d, lines, amt in [(dt.date(2025, 4, 14), ["INTERNET TRANSFER TO FIRST CITIZENS", "BENEFICIARY R. MAYNARD",
                                                      "REF SCHOOL FEES TERM 3"], D("-1850.00")),
                              (dt.date(2025, 5, 19), ["STANDING ORDER SAGICOR LIFE INC", "POLICY 00458721 PREMIUM MAY"],
                               D("-212.40")),
                              (dt.date(2025, 6, 11), ["INCOMING ACH FROM REPUBLIC BANK BB", "ORDERING CUSTOMER K. GRIFFITH",
                                                      "RENT JUNE UNIT 4"], D("2200.00"))]:
            txs.append({"date": d, "lines": lines, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 40)
    cb = running(txs, ob)
    out_, in_ = sums(txs)

    def dd(d):
        return d.strftime("%d-%b-%y").upper()

    rows = []
    for t in txs:
        r = {"d": dd(t["date"]), "c": "%07d" % rng.randint(1000000, 9999999), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "BARBADOS PUBLIC WORKERS'", 13, True)
        doc.t(40, H - 57, "CO-OPERATIVE CREDIT UNION LIMITED", 10, True)
        doc.t(W - 40, H - 44, "MEMBER STATEMENT", 12, True, "r")
        doc.t(W - 40, H - 57, "Page %d of %d" % (p, np_), 7, align="r")
        L = [("Member Name", "MS. KERRY-ANN BRATHWAITE"), ("Member No.", "104587"),
             ("Account No.", "0104587-001  REGULAR SHARES"),
             ("Statement Period", "%s to %s" % (start.strftime("%d-%b-%Y"), end.strftime("%d-%b-%Y"))),
             ("Currency", "BDS$ (BBD)")]
        if p > 1: L = L[:3]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 80 - 11 * i, a, 7.5, True); doc.t(128, H - 80 - 11 * i, ": " + b, 7.5)
        y = H - 80 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Date", 40, "l", "d"), ("Ref No.", 92, "l", "c"), ("Transaction Description", 145, "l", "desc"),
            ("Withdrawals", 415, "r", "dr"), ("Deposits", 485, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, dd(start)); doc.t(145, y, "OPENING BALANCE", 8, True); doc.t(555, y, fmt(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, dd(end)); doc.t(145, y, "CLOSING BALANCE", 8, True); doc.t(555, y, fmt(cb), 8, True, "r")
        y -= 13
        if ytd:
            doc.c.rect(40, y - 62, 300, 56)
            doc.t(48, y - 16, "YEAR-TO-DATE SUMMARY", 8, True)
            for i, (a, b) in enumerate([("Dividends Earned 2025", D("498.62")), ("Loan Interest Paid", D("1284.10")),
                                        ("Loan Balance 104587-L02", D("18742.55"))]):
                doc.t(48, y - 28 - 11 * i, a, 7.5); doc.t(330, y - 28 - 11 * i, "$ " + fmt(b), 7.5, False, "r")
            y -= 70
        return y

    def footer(doc, p, np_):
        doc.t(40, 44, "Please verify this statement and report any discrepancy to the Credit Union within 30 days.", 6)
        doc.t(40, 35, "BPWCCU · Belmont Road, St. Michael, Barbados · (246) 227-5500 · Regulated by the Financial Services Commission", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf_lines(rows, ("BALANCE CARRIED FORWARD", "BALANCE BROUGHT FORWARD"), 145, 555))
    write(stem, "iy_bb_bpwccu", "****7001", "BBD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Betri Banki (Faroe Islands, DKK, Faroese)
def kr(v):
    return fmt(v, ".", ",")


def betri(stem, seed, n=20, per_page=50, od=False, yearend=False):
    rng = random.Random(seed)
    start, end = (dt.date(2025, 12, 15), dt.date(2026, 1, 14)) if yearend else (dt.date(2025, 6, 1), dt.date(2025, 6, 30))
    ob = D("-1820.40") if od else D("14268.90")
    pool = [("Dankort-keyp SMS TÓRSHAVN", 80, 1400), ("Dankort-keyp BÓNUS HOYVÍK", 60, 900),
            ("Pengaautomatur BETRI NIÐRI Á BRYGGJU", 200, 2000), ("SEV elrokningur", 300, 1200),
            ("MobilePay {r}", 50, 600), ("Føroya Tele Nema", 199, 399),
            ("Kontugjald", 25, 25)]
    cr = [("MobilePay frá ELIN JOENSEN", 100, 800), ("Innlegg Betri Klaksvík", 500, 4000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": start + dt.timedelta(days=15), "desc": "Løn Landsverk", "amount": D("24350.00")})
    txs.append({"date": start + dt.timedelta(days=2), "desc": "Húsaleiga Bústaðir", "amount": D("-6200.00")})
    if od:
        txs.append({"date": start + dt.timedelta(days=2), "desc": "Yvirtrekksrenta", "amount": D("-64.20")})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 40)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=1 if t["desc"].startswith("Dankort") else 0)
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "v": vd.strftime("%d.%m.%Y"), "desc": t["desc_lines"],
                     "a": kr(t["amount"]), "b": kr(t["bal"])})

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "BETRI BANKI", 18, True)
        doc.t(40, H - 55, "Betri Banki P/F · Sparikassin", 7)
        doc.t(W - 40, H - 44, "KONTUAVRIT", 12, True, "r")
        doc.t(W - 40, H - 57, "Síða %d av %d" % (p, np_), 7, align="r")
        L = [("Kontuhavi", "JÓGVAN Í LÍÐ HANSEN"), ("Kontunummar", "9181 0001234567"), ("Kontuslag", "Lønarkonta"),
             ("Gjaldoyra", "DKK"), ("Tíðarskeið", "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")))]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 80 - 11 * i, a, 7.5, True); doc.t(118, H - 80 - 11 * i, ": " + b, 7.5)
        y = H - 80 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Dagfesting", 40, "l", "d"), ("Tekstur", 100, "l", "desc"), ("Rentudagur", 330, "l", "v"),
            ("Upphædd", 470, "r", "a"), ("Saldo", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d.%m.%Y")); doc.t(100, y, "Byrjanarsaldo", 8, True); doc.t(555, y, kr(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%d.%m.%Y")); doc.t(100, y, "Endasaldo", 8, True); doc.t(555, y, kr(cb), 8, True, "r")
        return y - 13

    def footer(doc, p, np_):
        doc.t(40, 44, "Hygg væl eftir kontuavritinum og boða bankanum frá um feilir innan 30 dagar.", 6)
        doc.t(40, 35, "Betri Banki P/F · Niels Finsens gøta 37, FO-100 Tórshavn · Tlf. +298 348 000 · www.betri.fo", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf_lines(rows, ("Flutt á næstu síðu", "Flutt frá fyrru síðu"), 100, 555))
    write(stem, "iy_fo_betri", "****4567", "DKK", start, end, ob, cb, txs)


halkbank("iy_tm_halkbank", 2601, 20)
halkbank("iy_tm_halkbank__pages", 2602, 46, per_page=24)
halkbank("iy_tm_halkbank__fx", 2603, 16, fx=True)
halkbank("iy_tm_halkbank__wrapped", 2604, 16, wrapped=True)
orange("iy_ci_orangemoney", 2611, 22)
orange("iy_ci_orangemoney__pages", 2612, 46, per_page=24)
orange("iy_ci_orangemoney__fees", 2613, 18, fees=True)
orange("iy_ci_orangemoney__newest", 2614, 22, newest=True)
cu("iy_bb_bpwccu", 2621, 28)
cu("iy_bb_bpwccu__pages", 2622, 50, per_page=26, ob="24815.30")
cu("iy_bb_bpwccu__ytd", 2623, 24, ytd=True)
cu("iy_bb_bpwccu__wrapped", 2624, 20, wrapped=True)
betri("iy_fo_betri", 2631, 20)
betri("iy_fo_betri__pages", 2632, 44, per_page=24)
betri("iy_fo_betri__overdraft", 2633, 18, od=True)
betri("iy_fo_betri__yearend", 2634, 20, yearend=True)
