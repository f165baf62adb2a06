#!/usr/bin/python3
"""Generator in: 4 unseen layouts x (base + 2 variants), exact truth. Deterministic.

Arion banki yfirlit (Iceland, Icelandic only: Dagsetning / Vaxtadagur / Skýring / Tilvísun / Upphæð / Staða, whole
krónur "1.234.567" with "-" debits, "Staða í upphafi tímabils" over the rows and "Staða í lok tímabils" under them; a
two-page variant and an overdrawn variant), Jyske Bank kontoudskrift (Denmark, DKK: Dato / Tekst / Valør / Beløb /
Saldo, "1.234,56", "Saldo primo" and "Saldo ultimo" rows; a foreign-currency variant with card purchases followed by a
"USD 45,00 kurs 6,8912" line, and an overdraft variant), Zürcher Kantonalbank Kontoauszug (CHF, German: Datum / Text /
Belastung / Gutschrift / Valuta / Saldo, the Valuta right of the amounts, "1'234.55", a Saldovortrag row and
"Kontostand per 30.06.2025"; a three-page variant with "Übertrag" rows at each page's foot and head, and a variant
with two- and three-line texts), comdirect Finanzreport (EUR: Buchungstag / Wertstellung / Vorgang / Buchungstext /
Umsatz in EUR with "-45,00" / "+1.200,00", "Alter Saldo" and "Neuer Saldo" lines, Buchungstext of two or three lines;
a two-page variant and a variant with a Visa-Karte section (Buchungstag / Umsatztag / Vorgang / Referenz /
Buchungstext / Umsatz in EUR) after the Girokonto section in the same PDF).

Truth choices: Arion's Tilvísun (reference), Jyske's Valør, ZKB's Valuta and comdirect's Vorgang, Wertstellung,
Referenz are not description (as Starling's Type and Republic Bank's Cheque No.); a Visa row is dated by its
Umsatztag (the purchase's day), not its Buchungstag, as a card row's own date wins over the booking date elsewhere; the opening and
closing lines and Übertrag rows are no transactions; Jyske's "USD 45,00 kurs 6,8912" line joins the description; a
wrapped text is joined by one space. comdirect's Visa section is signed from the holder's side as printed (charges
"-", the payment "+"), its Alter/Neuer Saldo the printed (negative) amounts owed, with no balance (none printed on a
row); the two-section file carries a "sections" list as gen_hd.py's.
"""
import datetime as dt
import json
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import Doc, fmt, paginate_lines, render, row_truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/in/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def amt(rng, lo, hi, nd=2):
    if nd == 0:
        return D(rng.randint(int(lo), int(hi)))
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def gen_rows(rng, start, end, n, pool, credits, pc=0.2, nd=2):
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pc:
            lines, lo, hi = rng.choice(credits); s = 1
        else:
            lines, lo, hi = rng.choice(pool); s = -1
        ls = [l.format(r=rng.randint(100000, 999999), dm=d.strftime("%d.%m")) for l in lines]
        txs.append({"date": d, "desc_lines": ls, "amount": amt(rng, lo, hi, nd) * s})
    txs.sort(key=lambda t: t["date"])
    return txs


def run_bal(txs, ob):
    bal = D(ob)
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
    return bal


isk = lambda v: fmt(v, ".", ",", 0)
dkk = lambda v: fmt(v, ".", ",")
chf = lambda v: fmt(v, "'", ".")


# ---------------------------------------------------------------- 1 Arion banki
def arion(stem, seed, n, per_page=60, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("84210") if od else D("1248730")
    pool = [(["Bónus Smáratorgi"], 2500, 28000), (["Krónan Granda"], 1800, 24000), (["N1 Ártúnshöfða"], 6000, 15000),
            (["Hagkaup Skeifunni"], 3000, 42000), (["Millifærsla Jón Gunnarsson"], 5000, 120000),
            (["Orkuveita Reykjavíkur greiðsluseðill"], 9000, 18500), (["Síminn hf. boðgreiðsla"], 7990, 12990),
            (["Vínbúðin Heiðrúnu"], 3500, 16000), (["Hraðbanki Arion Borgartúni"], 10000, 50000),
            (["Færslugjald"], 150, 150)]
    cr = [(["Millifærsla frá Sigríður Ólafsdóttir"], 5000, 80000), (["Endurgreiðsla Elko"], 2000, 30000)]
    txs = gen_rows(rng, start, end, n, pool, cr, pc=0.15, nd=0)
    txs.append({"date": dt.date(2025, 5, 30), "desc_lines": ["Laun Marel hf."], "amount": D("712480")})
    if od:
        txs.append({"date": dt.date(2025, 5, 6), "desc_lines": ["Húsaleiga Leiguíbúðir ehf."], "amount": D("-289000")})
        txs.append({"date": dt.date(2025, 5, 29), "desc_lines": ["Yfirdráttarvextir"], "amount": D("-4812")})
    txs.sort(key=lambda t: t["date"])
    cb = run_bal(txs, ob)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=1 if t["date"].weekday() == 5 else 0)
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "vd": vd.strftime("%d.%m.%Y"), "desc": t["desc_lines"],
                     "ref": "%04d" % rng.randint(1, 9999), "a": isk(t["amount"]), "b": isk(t["bal"])})

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 48, "arion", 22, True); doc.t(112, H - 48, "banki", 12)
        doc.t(W - 40, H - 40, "Reikningsyfirlit", 11, True, "r")
        doc.t(W - 40, H - 52, "Síða %d af %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 78, "Guðrún Helga Sigurðardóttir", 8); doc.t(40, H - 89, "Hverfisgata 42", 8)
            doc.t(40, H - 100, "101 Reykjavík", 8)
            L = [("Reikningur", "0370-26-041287"), ("Tegund", "Veltureikningur"), ("Kennitala", "120586-3319"),
                 ("Mynt", "ISK"), ("Tímabil", "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")))]
            for i, (a, b) in enumerate(L):
                doc.t(340, H - 78 - 11 * i, a, 7.5, True); doc.t(420, H - 78 - 11 * i, b, 7.5)
            return H - 150
        doc.t(40, H - 78, "Reikningur 0370-26-041287", 7.5)
        return H - 100

    cols = [("Dagsetning", 40, "l", "d"), ("Vaxtadagur", 92, "l", "vd"), ("Skýring", 145, "l", "desc"),
            ("Tilvísun", 340, "l", "ref"), ("Upphæð", 470, "r", "a"), ("Staða", 555, "r", "b")]

    def top(doc, y):
        doc.t(145, y, "Staða í upphafi tímabils", 8, True); doc.t(555, y, isk(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 6, 555, y + 6)
        doc.t(145, y - 4, "Staða í lok tímabils", 8, True); doc.t(555, y - 4, isk(cb), 8, True, "r")
        doc.t(40, y - 30, "Vinsamlegast gerið athugasemdir við yfirlitið innan 30 daga. Arion banki hf., kt. 581008-0150.", 6.5)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 36, "Arion banki hf. · Borgartúni 19 · 105 Reykjavík · Sími 444 7000 · arionbanki.is", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom)
    write(stem, "in_is_arion", "****1287", "ISK", start, end, ob, cb, txs, nd=0)


# ---------------------------------------------------------------- 2 Jyske Bank
def jyske(stem, seed, n, fx=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("2318.40") if od else D("18342.75")
    pool = [(["Dankort-køb Netto Silkeborg"], 45, 640), (["Dankort-køb Føtex Aarhus C"], 80, 1200),
            (["MobilePay Mads Kristensen"], 50, 800), (["Betalingsservice Norlys El"], 640, 1450),
            (["Betalingsservice TDC NET"], 249, 399), (["Overførsel til opsparing"], 500, 3000),
            (["Visa/Dankort Circle K Viborg"], 300, 700), (["Hævning Jyske Bank Automat"], 200, 2000)]
    cr = [(["MobilePay fra Line Sørensen"], 100, 1500), (["Overførsel fra Emma Holm"], 200, 2500)]
    txs = gen_rows(rng, start, end, n, pool, cr, pc=0.15)
    txs.append({"date": dt.date(2025, 6, 27), "desc_lines": ["Løn Vestas Wind Systems A/S"], "amount": D("28412.60")})
    if fx:
        for d, shop, cur, fa, rate in [(dt.date(2025, 6, 4), "Visa køb AMAZON.COM SEATTLE", "USD", D("45.00"), D("6.8912")),
                                       (dt.date(2025, 6, 12), "Visa køb BOOKING.COM AMSTERDAM", "EUR", D("312.50"), D("7.4612")),
                                       (dt.date(2025, 6, 21), "Visa køb APPLE.COM/BILL CORK", "USD", D("9.99"), D("6.9120"))]:
            dkr = -(fa * rate).quantize(D("0.01"))
            txs.append({"date": d, "desc_lines": [shop, "%s %s kurs %s" % (cur, dkk(fa), fmt(rate, ".", ",", 4))], "amount": dkr})
        txs.append({"date": dt.date(2025, 6, 12), "desc_lines": ["Gebyr udenlandsk køb"], "amount": D("-31.25")})
    if od:
        txs.append({"date": dt.date(2025, 6, 2), "desc_lines": ["Betalingsservice Boligselskabet AAB"], "amount": D("-8940.00")})
        txs.append({"date": dt.date(2025, 6, 30), "desc_lines": ["Overtræksrente"], "amount": D("-61.18")})
    txs.sort(key=lambda t: t["date"])
    cb = run_bal(txs, ob)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "vd": vd.strftime("%d.%m.%Y"),
                     "a": dkk(t["amount"]), "b": dkk(t["bal"])})

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 48, "Jyske Bank", 18, True)
        doc.t(W - 40, H - 40, "Kontoudskrift", 11, True, "r")
        doc.t(W - 40, H - 52, "Side %d af %d" % (p, np_), 7, align="r")
        doc.t(40, H - 78, "Anders Bøgh Nielsen", 8); doc.t(40, H - 89, "Vestergade 18, 2. th.", 8)
        doc.t(40, H - 100, "8600 Silkeborg", 8)
        L = [("Kontonr.", "5076 1048327"), ("Konto", "Jyske Lønkonto"), ("Valuta", "DKK"),
             ("Periode", "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"))), ("Udskrift nr.", "6/2025")]
        for i, (a, b) in enumerate(L):
            doc.t(350, H - 78 - 11 * i, a, 7.5); doc.t(420, H - 78 - 11 * i, b, 7.5)
        return H - 150

    cols = [("Dato", 40, "l", "d"), ("Tekst", 100, "l", "desc"), ("Valør", 330, "l", "vd"), ("Beløb", 470, "r", "a"),
            ("Saldo", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d.%m.%Y"), 8); doc.t(100, y, "Saldo primo", 8); doc.t(555, y, dkk(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 4, end.strftime("%d.%m.%Y"), 8); doc.t(100, y - 4, "Saldo ultimo", 8, True)
        doc.t(555, y - 4, dkk(cb), 8, True, "r")
        if od:
            doc.t(40, y - 22, "Aftalt overtræk: 10.000,00   Debetrente: 11,25 % p.a.", 7)
        doc.t(40, y - 36, "Indestående på kontoen er dækket af Garantiformuen op til et beløb svarende til 100.000 euro.", 6.5)
        return y - 44

    def footer(doc, p, np_):
        doc.t(40, 36, "Jyske Bank A/S · Vestergade 8-16 · 8600 Silkeborg · CVR-nr. 17616617 · jyskebank.dk", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=60, top_rows=[top], bottom=bottom)
    write(stem, "in_dk_jyske", "****8327", "DKK", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Zürcher Kantonalbank
def zkb(stem, seed, n, per_page=60, multi=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("14826.35")
    pool = [(["Einkauf Migros Zürich HB"], 12, 160), (["Einkauf Coop Oerlikon"], 15, 210), (["TWINT Zahlung an Lukas Meier"], 10, 120),
            (["Lastschrift Swisscom (Schweiz) AG"], 69, 129), (["Bargeldbezug ZKB Bancomat Paradeplatz"], 100, 500),
            (["Zahlung Krankenkasse CSS Versicherung"], 389.5, 389.5), (["Zahlung EWZ Elektrizitätswerk"], 85, 240),
            (["Debitkarte SBB CFF FFS Zürich"], 8.8, 180)]
    cr = [(["Gutschrift TWINT von Anna Keller"], 20, 300), (["Rückerstattung Galaxus"], 30, 400)]
    if multi:
        pool = pool + [(["Zahlung an Verwaltung Wohnbau AG", "Mitteilung: Miete Juli 2025 Wohnung 3.2", "Referenz 00 00000 00000 41287 20250 6301"], 2140, 2140),
                       (["Dauerauftrag Säule 3a", "VIAC Vorsorgestiftung 3a, Basel"], 588, 588)]
        cr = cr + [(["Gutschrift Steueramt Kanton Zürich", "Rückzahlung Staats- und Gemeindesteuern 2024"], 120, 900)]
    txs = gen_rows(rng, start, end, n, pool, cr, pc=0.15)
    txs.append({"date": dt.date(2025, 6, 25), "desc_lines": ["Lohn Swiss Re Management AG"], "amount": D("8412.70")})
    txs.sort(key=lambda t: t["date"])
    cb = run_bal(txs, ob)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"d": t["date"].strftime("%d.%m.%y"), "desc": t["desc_lines"], "vd": vd.strftime("%d.%m.%y"), "b": chf(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = chf(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Zürcher Kantonalbank", 15, True)
        doc.t(W - 40, H - 40, "Kontoauszug", 11, True, "r")
        doc.t(W - 40, H - 52, "Seite %d/%d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 78, "Herr", 8); doc.t(40, H - 89, "Matthias Brunner", 8); doc.t(40, H - 100, "Seefeldstrasse 112", 8)
            doc.t(40, H - 111, "8008 Zürich", 8)
        L = [("Konto", "1100-1234.567"), ("IBAN", "CH93 0070 0110 0012 3456 7"), ("Kontoart", "ZKB Privatkonto"),
             ("Währung", "CHF"), ("Periode", "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")))]
        for i, (a, b) in enumerate(L):
            doc.t(330, H - 78 - 11 * i, a, 7.5); doc.t(395, H - 78 - 11 * i, b, 7.5)
        return H - 150

    cols = [("Datum", 40, "l", "d"), ("Text", 88, "l", "desc"), ("Belastung", 370, "r", "dr"), ("Gutschrift", 430, "r", "cr"),
            ("Valuta", 440, "l", "vd"), ("Saldo", 555, "r", "b")]

    def prev_bal(r):
        i = rows.index(r)
        return txs[i - 1]["bal"] if i > 0 else ob

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(88, y, "Übertrag", 8); doc.t(555, y, r["b"], 8, align="r")
        else:
            doc.t(88, y, "Übertrag", 8); doc.t(555, y, chf(prev_bal(r)), 8, align="r")
        return y - 13

    def top(doc, y):
        doc.t(40, y, start.strftime("%d.%m.%y"), 8); doc.t(88, y, "Saldovortrag", 8); doc.t(555, y, chf(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 6, 555, y + 6)
        doc.t(88, y - 4, "Kontostand per %s" % end.strftime("%d.%m.%Y"), 8, True); doc.t(480, y - 4, "CHF", 8, True)
        doc.t(555, y - 4, chf(cb), 8, True, "r")
        doc.t(40, y - 28, "Bitte prüfen Sie diesen Auszug. Beanstandungen sind innert 30 Tagen zu melden.", 6.5)
        return y - 36

    def footer(doc, p, np_):
        doc.t(40, 36, "Zürcher Kantonalbank · Postfach · 8010 Zürich · 0844 843 823 · zkb.ch · Staatsgarantie", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, cf=cf, top_rows=[top],
           bottom=bottom)
    write(stem, "in_ch_zkb", "****4567", "CHF", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 comdirect Finanzreport
eur_s = lambda v: fmt(v, ".", ",", sign=True)


def comdirect(stem, seed, n, per_page=48, visa=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("3412.87")
    pool = [("Lastschrift / Belastung", ["Auftraggeber: Stadtwerke München GmbH", "Buchungstext: Abschlag Strom Vertragskonto 2204187 Ref. {r}"], 68, 142),
            ("Lastschrift / Belastung", ["Auftraggeber: Vodafone GmbH", "Buchungstext: Kundennr. 1183341 Rechnung 06/2025"], 39.99, 39.99),
            ("Kartenverfügung", ["REWE Markt GmbH//München/DE", "2025-{dm} Debitk.1 VISA Debit"], 8, 96),
            ("Kartenverfügung", ["dm-drogerie markt//München/DE", "2025-{dm} Debitk.1 VISA Debit"], 5, 48),
            ("Übertrag / Überweisung", ["Empfänger: Hausverwaltung Berger KG", "Buchungstext: Miete Juli Whg. 12 End-to-End-Ref.: {r}"], 1240, 1240),
            ("Bar", ["Commerzbank Geldautomat Marienplatz"], 50, 300)]
    cr = [("Übertrag / Überweisung", ["Auftraggeber: Julia Hoffmann", "Buchungstext: Anteil Urlaub Gardasee"], 40, 400)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        vg, lines, lo, hi, s = (rng.choice(cr) + (1,)) if rng.random() < 0.12 else (rng.choice(pool) + (-1,))
        dm = d.strftime("%m-%d")
        txs.append({"date": d, "vg": vg, "desc_lines": [l.format(r=rng.randint(10000000, 99999999), dm=dm) for l in lines],
                    "amount": amt(rng, lo, hi) * s})
    txs.append({"date": dt.date(2025, 6, 27), "vg": "Übertrag / Überweisung",
                "desc_lines": ["Auftraggeber: Siemens Healthineers AG", "Buchungstext: Gehalt 06/2025 Personalnr. 804417"], "amount": D("3874.12")})
    if visa:
        txs.append({"date": dt.date(2025, 6, 26), "vg": "Übertrag / Überweisung",
                    "desc_lines": ["Empfänger: comdirect Visa-Karte", "Buchungstext: Ausgleich Visa-Kartenkonto 4871"], "amount": D("-486.30")})
    txs.sort(key=lambda t: t["date"])
    cb = run_bal(txs, ob)
    for t in txs:
        t["shown"] = False  # the Girokonto rows print no balance

    vtxs, vob, vcb = [], D("-486.30"), None
    if visa:
        vpool = [("Lufthansa 220 2184471", 180, 640), ("AMAZON EU S.A R.L., LUXEMBOURG", 9, 120), ("SHELL 1182 MUENCHEN", 40, 95),
                 ("HOTEL DE L'EUROPE AMSTERDAM", 140, 410), ("SPOTIFY P2B4C7E1", 10.99, 10.99), ("UBER *TRIP HELP.UBER.COM", 8, 42)]
        for _ in range(9):
            d = start + dt.timedelta(days=rng.randint(0, days))
            shop, lo, hi = rng.choice(vpool)
            vtxs.append({"date": d, "desc_lines": [shop], "amount": -amt(rng, lo, hi),
                         "ud": d - dt.timedelta(days=rng.choice([1, 2, 3])), "ref": "%012d" % rng.randint(10**11, 10**12 - 1)})
        vtxs.append({"date": dt.date(2025, 6, 26), "desc_lines": ["Ausgleich Visa-Kartenkonto"], "amount": D("486.30"),
                     "ud": dt.date(2025, 6, 26), "ref": "%012d" % rng.randint(10**11, 10**12 - 1)})
        vtxs.sort(key=lambda t: t["date"])
        vcb = vob + sum(t["amount"] for t in vtxs)
        for t in vtxs:
            t["shown"] = False

    path = os.path.join(OUT, stem + ".pdf")
    doc = Doc(path, A4)
    H, W = doc.H, doc.W
    # blocks: (kind, payload) drawn in order, paginated by height
    blocks = [("sec", "Girokonto 487 1229 00 · IBAN DE71 2004 1155 0487 1229 00"), ("gh", None),
              ("bal", ("Alter Saldo", ob, start - dt.timedelta(days=1)))]
    for t in txs:
        blocks.append(("g", t))
    blocks.append(("bal", ("Neuer Saldo", cb, end)))
    if visa:
        blocks += [("gap", None), ("sec", "Visa-Karte (Kreditkarte) 4871 22** **** 5038"), ("vh", None),
                   ("bal", ("Alter Saldo", vob, start - dt.timedelta(days=1)))]
        for t in vtxs:
            blocks.append(("v", t))
        blocks.append(("bal", ("Neuer Saldo", vcb, end)))
    hts = {"sec": 18, "gh": 26, "vh": 26, "bal": 14, "gap": 14}
    pages, cur, used, cap = [], [], 0, H - 200 - 70
    for b in blocks:
        h = hts.get(b[0]) or (11 * len(b[1]["desc_lines"]) + 4)
        if used + h > cap and cur:
            pages.append(cur); cur, used, cap = [], 0, H - 120 - 70
            if b[0] in ("g", "v"):
                hdr = ("gh", None) if b[0] == "g" else ("vh", None)
                cur.append(hdr); used += 26
        cur.append(b); used += h
    pages.append(cur)
    np_ = len(pages)

    def colhead(y, visa_):
        if visa_:
            heads = [("Buchungs-\ntag", 40, "l"), ("Umsatz-\ntag", 92, "l"), ("Vorgang", 144, "l"), ("Referenz", 204, "l"),
                     ("Buchungstext", 272, "l"), ("Umsatz in\nEUR", 555, "r")]
        else:
            heads = [("Buchungs-\ntag", 40, "l"), ("Wert-\nstellung", 92, "l"), ("Vorgang", 144, "l"), ("Buchungstext", 252, "l"),
                     ("Umsatz in\nEUR", 555, "r")]
        for title, x, al in heads:
            for k, tl in enumerate(title.split("\n")):
                doc.t(x, y - 9 * k, tl, 7.5, True, al)
        doc.c.line(40, y - 13, W - 40, y - 13)
        return y - 26

    for pi, pb in enumerate(pages):
        doc.t(40, H - 46, "comdirect", 18, True)
        doc.t(W - 40, H - 40, "Finanzreport Nr. 06 per %s" % end.strftime("%d.%m.%Y"), 9, True, "r")
        doc.t(W - 40, H - 52, "Seite %d von %d" % (pi + 1, np_), 7, align="r")
        if pi == 0:
            doc.t(40, H - 78, "Frau", 8); doc.t(40, H - 89, "Katharina Weiß", 8); doc.t(40, H - 100, "Leopoldstraße 77", 8)
            doc.t(40, H - 111, "80802 München", 8)
            doc.t(330, H - 78, "Kundennummer: 4871 2290", 7.5)
            doc.t(330, H - 89, "Berichtszeitraum: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 7.5)
            doc.t(330, H - 100, "Ihre Kontoübersicht", 7.5, True)
            doc.t(330, H - 111, "Girokonto", 7.5); doc.t(555, H - 111, fmt(cb, ".", ",") + " EUR", 7.5, align="r")
            if visa:
                doc.t(330, H - 122, "Visa-Karte (Kreditkarte)", 7.5); doc.t(555, H - 122, fmt(vcb, ".", ",") + " EUR", 7.5, align="r")
            doc.t(330, H - 133, "Gesamtsaldo", 7.5, True)
            doc.t(555, H - 133, fmt(cb + (vcb if visa else 0), ".", ",") + " EUR", 7.5, True, "r")
            y = H - 160
        else:
            y = H - 84
        for kind, pl in pb:
            if kind == "sec":
                doc.t(40, y, pl, 9, True); y -= 18
            elif kind in ("gh", "vh"):
                y = colhead(y, kind == "vh")
            elif kind == "gap":
                y -= 14
            elif kind == "bal":
                lab, v, d = pl
                doc.t(144, y, "%s per %s" % (lab, d.strftime("%d.%m.%Y")), 8, True)
                doc.t(555, y, eur_s(v), 8, True, "r"); y -= 14
            elif kind == "g":
                t = pl
                vd = t["date"] + dt.timedelta(days=1 if t["vg"] == "Kartenverfügung" else 0)
                doc.t(40, y, t["date"].strftime("%d.%m.%Y"), 8); doc.t(92, y, vd.strftime("%d.%m.%Y"), 8)
                doc.t(144, y, t["vg"] if len(t["vg"]) < 18 else t["vg"].split(" / ")[0] + " /", 8)
                if len(t["vg"]) >= 18: doc.t(144, y - 11, t["vg"].split(" / ")[1], 8)
                for k, l in enumerate(t["desc_lines"]):
                    doc.t(252, y - 11 * k, l, 8)
                doc.t(555, y, eur_s(t["amount"]), 8, align="r")
                y -= 11 * max(len(t["desc_lines"]), 2 if len(t["vg"]) >= 18 else 1) + 4
            elif kind == "v":
                t = pl
                doc.t(40, y, t["date"].strftime("%d.%m.%Y"), 8); doc.t(92, y, t["ud"].strftime("%d.%m.%Y"), 8)
                doc.t(144, y, "Gutschrift" if t["amount"] > 0 else "Umsatz", 8); doc.t(204, y, t["ref"], 8)
                doc.t(272, y, t["desc_lines"][0], 8); doc.t(555, y, eur_s(t["amount"]), 8, align="r")
                y -= 15
        doc.t(40, 48, "comdirect - eine Marke der Commerzbank AG · Pascalkehre 15 · 25451 Quickborn · comdirect.de", 6)
        doc.t(40, 40, "Bitte erheben Sie Einwendungen gegen einzelne Buchungen unverzüglich. Guthaben sind als Einlagen nach "
                      "Maßgabe des Einlagensicherungsgesetzes entschädigungsfähig.", 6)
        doc.c.showPage()
    doc.c.save()

    def rowtr(ts, bal):
        out = []
        for t in ts:  # a card row dated by its Umsatztag (the purchase's day) over its Buchungstag, as a card's own date wins
            out.append({"date": t.get("ud", t["date"]).isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
                        "amount": str(t["amount"].quantize(D("0.01")))})
        return out
    if not visa:
        # a Girokonto's rows (their lengths may make the layout wrap; truth joins lines with a space)
        write(stem, "in_de_comdirect", "****2900", "EUR", start, end, ob, cb, txs)
        return
    tr = rowtr(txs, False) + rowtr(vtxs, False)
    secs = [{"account": "****2900", "currency": "EUR", "opening_balance": str(ob), "closing_balance": str(cb), "transactions": len(txs)},
            {"account": "****5038", "currency": "EUR", "opening_balance": str(vob), "closing_balance": str(vcb), "transactions": len(vtxs)}]
    j = {"file": stem + ".pdf", "family": "in_de_comdirect", "kind": "statement", "account": None, "currency": "EUR",
         "period_start": start.isoformat(), "period_end": end.isoformat(), "opening_balance": None, "closing_balance": None,
         "transactions": tr, "sections": secs}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


arion("in_is_arion", 2001, 18)
arion("in_is_arion__pages", 2002, 46, per_page=36)
arion("in_is_arion__overdraft", 2003, 16, od=True)
jyske("in_dk_jyske", 2011, 18)
jyske("in_dk_jyske__fx", 2012, 15, fx=True)
jyske("in_dk_jyske__overdraft", 2013, 16, od=True)
zkb("in_ch_zkb", 2021, 18)
zkb("in_ch_zkb__pages", 2022, 70, per_page=34)
zkb("in_ch_zkb__multiline", 2023, 22, multi=True)
comdirect("in_de_comdirect", 2031, 16)
comdirect("in_de_comdirect__pages", 2032, 34)
comdirect("in_de_comdirect__visa", 2033, 14, visa=True)
