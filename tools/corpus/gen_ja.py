#!/usr/bin/python3
"""Generator ja: 5 unseen layouts x (base + variants), exact truth. Deterministic.

BIAT (Tunisia, TND, French: Date opér. / Libellé / Date valeur / Débit / Crédit, no running balance, three decimals with
a decimal comma and space thousands "1 234,567", "SOLDE CREDITEUR AU 31/05/2025" in the Crédit column over the rows,
"TOTAL DES MOUVEMENTS" and the closing "SOLDE ... AU" under them; a two-page "A REPORTER" / "REPORT" variant carrying the
column totals, a SOLDE DEBITEUR (overdrawn) variant and a foreign-currency variant with "EUR 45,00 COURS 3,4125" lines),
CKB (Montenegro, EUR, Montenegrin Latin: Datum "05.06.2025." / Opis transakcije / Duguje / Potražuje / Saldo, "1.234,56",
"Prethodno stanje" / "Novo stanje" rows and a "Promet" totals line, "Broj računa: 510-0000000123456-78"; a two-page
"Prenos na sljedeću stranu" / "Prenos sa prethodne strane" variant and an overdraft variant), Sonali Bank (Bangladesh,
BDT, Bengali only: তারিখ / বিবরণ / চেক নং / উত্তোলন / জমা / স্থিতি, every amount and date in Bengali digits with lakh
grouping "১,২৩,৪৫৬.৭৮", "প্রারম্ভিক স্থিতি" / "সমাপনী স্থিতি" rows and a "মোট" totals line; a two-page
"পরবর্তী পৃষ্ঠায় স্থানান্তর" / "পূর্ববর্তী পৃষ্ঠা থেকে স্থানান্তর" variant and a variant with the English names under the
Bengali and Western digits), CBZ Bank (Zimbabwe, ZWG: Date "05 JUN 2025" / Description / Reference / Debit / Credit /
two balance columns, Ledger Balance and Available Balance (the available one short of the ledger while a deposited
cheque clears), an "IMTT TAX" row of 2% after each transfer and purchase, BALANCE B/FWD and CLOSING BALANCE rows; a USD
variant and a two-page BALANCE C/FWD / B/FWD variant), BSP (Papua New Guinea, PGK: Date "05 Jun 25" / Transaction
Details / Withdrawals / Deposits / Balance, every amount with the kina sign glued to it "K1,234.56", Opening/Closing
Balance rows; an overdrawn "-K212.40" variant and a two-page wrapped-description variant).

Truth choices: the opening, closing, carried and brought forward rows, the totals and the summary boxes are no
transactions; BIAT's Date valeur is no row's date and its rows carry no balance (none is printed on a row); Sonali's
চেক নং and CBZ's Reference are not description; a Bengali description is entered as typed (logical order); Bengali
digits are their values; a foreign-currency line joins its row's description; CBZ's IMTT TAX rows are transactions of
their own and a row's balance is its Ledger Balance (the running balance; the Available Balance is what may be spent);
the account is the last four digits of the number printed (BIAT's "08 006 0123456789 34" "****8934", CKB's
"510-0000000123456-78" "****5678", Sonali's "0107 3401 012345" "****2345", CBZ's "01123456780015" "****0015", BSP's
"1001234567" "****4567"); the currencies TND, EUR, BDT ("টাকা"), ZWG or USD, PGK.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import corpus_kit
from corpus_kit import (cf_lines, fmt, lakh, make_txns, render, row_truth_writer, running, set_desc_lines,
                        statement_header, sums)

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ja/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
NOTO = "/usr/share/fonts/truetype/noto/NotoSans%s-%s.ttf"
pdfmetrics.registerFont(TTFont("Beng", NOTO % ("Bengali", "Regular")))
pdfmetrics.registerFont(TTFont("BengB", NOTO % ("Bengali", "Bold")))
corpus_kit.SCRIPT_FONTS.append((0x0980, 0x09FF, "Beng", "BengB"))


# ---------------------------------------------------------------- 1 BIAT (Tunisia, TND, French, three decimals)
def tnd(v):
    return fmt(v, " ", ",", nd=3)


def biat(stem, seed, n=20, per_page=50, od=False, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("-412.350") if od else D("3184.275")
    pool = [("RETRAIT DAB BIAT LAC 2", 20, 400), ("PAIEMENT TPE CARREFOUR LA MARSA", 15, 260),
            ("PRELEVEMENT STEG ELECTRICITE", 40, 180), ("PRELEVEMENT SONEDE EAU", 15, 70),
            ("PAIEMENT TPE OOREDOO TUNISIE", 10, 60), ("FRAIS TENUE DE COMPTE", 8.5, 8.5),
            ("VIREMENT EMIS LOYER JUIN BEN SALAH", 750, 750), ("PAIEMENT TPE MONOPRIX MENZAH", 12, 190)]
    cr = [("VIREMENT RECU TRABELSI KARIM", 50, 600), ("VERSEMENT ESPECES AGENCE ARIANA", 100, 900)]
    txs = make_txns(rng, start, end, n, pool, cr)
    for t in txs:  # millimes: the third decimal
        t["amount"] += D(rng.randint(0, 9)).scaleb(-3) * (1 if t["amount"] > 0 else -1)
    txs.append({"date": dt.date(2025, 6, 26), "desc": "VIREMENT RECU SALAIRE JUIN 2025 TUNISIE TELECOM", "amount": D("2846.520")})
    if fx:
        for d, shop, cur, amt, rate in [(dt.date(2025, 6, 6), "ACHAT CARTE AMAZON.FR", "EUR", "45,00", "3,4125"),
                                        (dt.date(2025, 6, 15), "ACHAT CARTE BOOKING.COM", "USD", "128,40", "2,9870"),
                                        (dt.date(2025, 6, 22), "ACHAT CARTE ALIEXPRESS", "USD", "19,90", "2,9912")]:
            v = (D(amt.replace(",", ".")) * D(rate.replace(",", "."))).quantize(D("0.001"))
            txs.append({"date": d, "lines": [shop, "%s %s COURS %s" % (cur, amt, rate)], "amount": -v})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 44)
    cb = running(txs, ob)
    for t in txs: t["shown"] = False
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        r = {"d": t["date"].strftime("%d/%m/%Y"), "v": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"]}
        r["dr" if t["amount"] < 0 else "cr"] = tnd(abs(t["amount"]))
        rows.append(r)
    cum = []  # the column totals up to each row, carried at a page's foot
    so, si = D(0), D(0)
    for t in txs:
        if t["amount"] < 0: so -= t["amount"]
        else: si += t["amount"]
        cum.append((so, si))
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        L = [("Titulaire", "M. SAMI BEN AMOR"), ("Compte N°", "08 006 0123456789 34"), ("Devise", "TND (Dinar tunisien)"),
             ("Période", "du %s au %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"))),
             ("Agence", "Tunis Lac 2")]
        return statement_header(doc, p, L, 110, "BIAT",
                                "Banque Internationale Arabe de Tunisie · 70-72 Avenue Habib Bourguiba, 1000 Tunis",
                                "EXTRAIT DE COMPTE", "Page %d / %d" % (p, np_))

    cols = [("Date opér.", 40, "l", "d"), ("Libellé", 95, "l", "desc"), ("Date valeur", 340, "l", "v"),
            ("Débit", 470, "r", "dr"), ("Crédit", 555, "r", "cr")]

    def solde(doc, y, d, v):
        doc.t(95, y, "SOLDE %s AU %s" % ("DEBITEUR" if v < 0 else "CREDITEUR", d.strftime("%d/%m/%Y")), 8, True)
        doc.t(470 if v < 0 else 555, y, tnd(abs(v)), 8, True, "r")

    def top(doc, y):
        solde(doc, y, start - dt.timedelta(days=1), ob)
        return y - 13

    def bottom(doc, y):
        doc.c.line(400, y + 6, 555, y + 6)
        doc.t(95, y - 4, "TOTAL DES MOUVEMENTS", 8, True); doc.t(470, y - 4, tnd(out_), 8, True, "r")
        doc.t(555, y - 4, tnd(in_), 8, True, "r")
        solde(doc, y - 17, end, cb)
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "Sauf erreur ou omission. Toute réclamation doit parvenir à votre agence dans un délai de 30 jours.", 6)
        doc.t(40, 35, "BIAT · Société anonyme au capital de 178 500 000 dinars · RC B188761996 · www.biat.com.tn", 6)

    def cf(doc, y, r, kind):
        i = rows.index(r) if kind == "cf" else rows.index(r) - 1
        doc.t(95, y, "A REPORTER" if kind == "cf" else "REPORT", 8, True)
        doc.t(470, y, tnd(cum[i][0]), 8, True, "r"); doc.t(555, y, tnd(cum[i][1]), 8, True, "r")
        return y - 13

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "ja_tn_biat", "****8934", "TND", start, end, ob, cb, txs, nd=3)


# ---------------------------------------------------------------- 2 CKB (Montenegro, EUR, Montenegrin)
def eur(v):
    return fmt(v, ".", ",")


def ckb(stem, seed, n=20, per_page=50, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("182.40") if od else D("1964.38")
    pool = [("Plaćanje karticom VOLI MARKET PODGORICA", 8, 120), ("Podizanje gotovine ATM CKB BULEVAR", 20, 200),
            ("Račun ELEKTROPRIVREDA CRNE GORE", 30, 90), ("Račun CRNOGORSKI TELEKOM", 18, 45),
            ("Plaćanje karticom IDEA DELTA CITY", 10, 140), ("Naknada za vođenje računa", 2.5, 2.5),
            ("Trajni nalog STANARINA JUN", 320, 320), ("Plaćanje karticom JUGOPETROL PG", 25, 70)]
    cr = [("Uplata od VUKOVIĆ MILENA", 20, 250), ("Uplata gotovine filijala Nikšić", 50, 400)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 20), "desc": "Uplata zarade jun 2025 PLANTAŽE 13. JUL", "amount": D("1086.45")})
    if od:
        txs.append({"date": dt.date(2025, 6, 2), "desc": "Rata kredita 0045871 CKB", "amount": D("-412.60")})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 40)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d.%m.%Y."), "desc": t["desc_lines"], "b": eur(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = eur(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        L = [("Vlasnik računa", "JOVANA RADULOVIĆ"), ("Broj računa", "510-0000000123456-78"), ("Valuta", "EUR"),
             ("Period", "%s - %s" % (start.strftime("%d.%m.%Y."), end.strftime("%d.%m.%Y.")))]
        return statement_header(doc, p, L, 125, "CKB",
                                "Crnogorska komercijalna banka AD · Moskovska 2b, 81000 Podgorica",
                                "IZVOD PO TEKUĆEM RAČUNU", "Strana %d od %d" % (p, np_))

    cols = [("Datum", 40, "l", "d"), ("Opis transakcije", 105, "l", "desc"), ("Duguje", 400, "r", "dr"),
            ("Potražuje", 478, "r", "cr"), ("Saldo", 555, "r", "b")]

    def top(doc, y):
        doc.t(105, y, "Prethodno stanje", 8, True); doc.t(555, y, eur(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(105, y - 4, "Promet", 8, True); doc.t(400, y - 4, eur(out_), 8, True, "r")
        doc.t(478, y - 4, eur(in_), 8, True, "r")
        doc.t(105, y - 17, "Novo stanje", 8, True); doc.t(555, y - 17, eur(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "Prigovor na izvod možete podnijeti u roku od 15 dana od dana prijema. Kontakt centar: 19 909.", 6)
        doc.t(40, 35, "Crnogorska komercijalna banka AD Podgorica · www.ckb.me", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf_lines(rows, ("Prenos na sljedeću stranu", "Prenos sa prethodne strane"), 105, 555))
    write(stem, "ja_me_ckb", "****5678", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Sonali Bank (Bangladesh, BDT, Bengali)
BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")



def sonali(stem, seed, n=20, per_page=50, english=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("84215.50")
    digits = (lambda s: s) if english else (lambda s: s.translate(BN))
    pool = [("এটিএম উত্তোলন মতিঝিল", 500, 20000), ("বিদ্যুৎ বিল ডেসকো", 800, 4200), ("গ্যাস বিল তিতাস", 975, 1080),
            ("বিকাশ স্থানান্তর", 500, 10000), ("মোবাইল রিচার্জ গ্রামীণফোন", 100, 1000),
            ("চেক উত্তোলন নগদ", 5000, 40000), ("এসএমএস চার্জ", 28.75, 28.75), ("আবগারি শুল্ক", 150, 150)]
    cr = [("নগদ জমা শাখা মতিঝিল", 2000, 50000), ("অনলাইন স্থানান্তর প্রাপ্তি", 1000, 25000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 26), "desc": "বেতন জমা শিক্ষা মন্ত্রণালয়", "amount": D("68450.00")})
    txs.append({"date": dt.date(2025, 6, 30), "desc": "মুনাফা জমা সঞ্চয়ী হিসাব", "amount": D("312.40")})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 34)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": digits(t["date"].strftime("%d/%m/%Y")), "desc": t["desc_lines"], "b": digits(lakh(t["bal"]))}
        r["dr" if t["amount"] < 0 else "cr"] = digits(lakh(abs(t["amount"])))
        if t["desc"].startswith("চেক"): r["c"] = digits("%07d" % rng.randint(1000000, 9999999))
        rows.append(r)

    def header(doc, p, np_):
        L = [("হিসাবধারীর নাম", "মোঃ রফিকুল ইসলাম"), ("হিসাব নম্বর", digits("0107 3401 012345")), ("মুদ্রা", "টাকা"),
             ("সময়কাল", "%s থেকে %s" % (digits(start.strftime("%d/%m/%Y")), digits(end.strftime("%d/%m/%Y"))))]
        return statement_header(doc, p, L, 125, "সোনালী ব্যাংক পিএলসি",
                                "স্থানীয় কার্যালয়, মতিঝিল, ঢাকা",
                                "হিসাব বিবরণী", "পৃষ্ঠা %s / %s" % (digits(str(p)), digits(str(np_))), logo_size=16,
                                title_size=13, addr_dy=57, lh=12)

    def hd(bn, en):
        return bn + "\n" + en if english else bn

    cols = [(hd("তারিখ", "Date"), 40, "l", "d"), (hd("বিবরণ", "Particulars"), 100, "l", "desc"),
            (hd("চেক নং", "Cheque No."), 270, "l", "c"), (hd("উত্তোলন", "Withdrawal"), 395, "r", "dr"),
            (hd("জমা", "Deposit"), 475, "r", "cr"), (hd("স্থিতি", "Balance"), 555, "r", "b")]

    def top(doc, y):
        doc.t(100, y, "প্রারম্ভিক স্থিতি", 8, True); doc.t(555, y, digits(lakh(ob)), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(100, y - 4, "মোট", 8, True); doc.t(395, y - 4, digits(lakh(out_)), 8, True, "r")
        doc.t(475, y - 4, digits(lakh(in_)), 8, True, "r")
        doc.t(100, y - 18, "সমাপনী স্থিতি", 8, True); doc.t(555, y - 18, digits(lakh(cb)), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "এই বিবরণীতে কোনো ভুল থাকলে ১৫ দিনের মধ্যে শাখাকে জানান।", 6)
        doc.t(40, 35, "সোনালী ব্যাংক পিএলসি · www.sonalibank.com.bd", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=11, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf_lines(rows, ("পরবর্তী পৃষ্ঠায় স্থানান্তর", "পূর্ববর্তী পৃষ্ঠা থেকে স্থানান্তর"), 100, 555))
    write(stem, "ja_bd_sonali", "****2345", "BDT", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 CBZ Bank (Zimbabwe, ZWG, ledger and available)
def cbz(stem, seed, n=18, per_page=50, cur="ZWG"):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    k = D(1) if cur == "USD" else D(27)  # ZWG per USD, for the amounts' size
    ob = (D("412.85") * k).quantize(D("0.01"))
    pool = [("POS PURCHASE OK MART BORROWDALE", 5, 90), ("ZIPIT TRANSFER TO ECOCASH 0772{r}", 10, 150),
            ("RTGS TRANSFER ZESA PREPAID TOKEN", 15, 60), ("ATM WITHDRAWAL CBZ KWAME NKRUMAH", 20, 100),
            ("POS PURCHASE TM PICK N PAY AVONDALE", 5, 120), ("MONTHLY SERVICE FEE", 2, 2)]
    cr = [("ZIPIT TRANSFER FROM MOYO T", 10, 200)]
    base = make_txns(rng, start, end, n, pool, cr)
    for t in base: t["amount"] = (t["amount"] * k).quantize(D("0.01"))
    base.append({"date": dt.date(2025, 6, 25), "desc": "SALARY MINISTRY OF HEALTH AND CHILD CARE",
                 "amount": (D("640.00") * k).quantize(D("0.01"))})
    chq = {"date": dt.date(2025, 6, 10), "desc": "CHEQUE DEPOSIT CHQ 004512 FBC BANK", "amount": (D("185.00") * k).quantize(D("0.01"))}
    base.append(chq)
    base.sort(key=lambda t: t["date"])
    txs = []
    for t in base:  # the 2% Intermediated Money Transfer Tax on each electronic debit
        txs.append(t)
        if t["amount"] < 0 and t["desc"].startswith(("POS", "ZIPIT", "RTGS")):
            txs.append({"date": t["date"], "desc": "IMTT TAX 2%", "amount": (t["amount"] * D("0.02")).quantize(D("0.01"))})
    set_desc_lines(txs, 30)
    cb = running(txs, ob)
    clear = chq["date"] + dt.timedelta(days=3)
    hold = D(0)
    rows = []
    for t in txs:
        if t is chq: hold = chq["amount"]
        elif t["date"] >= clear: hold = D(0)
        r = {"d": t["date"].strftime("%d %b %Y").upper(), "desc": t["desc_lines"], "b": fmt(t["bal"]),
             "a": fmt(t["bal"] - hold)}
        if t["desc"] != "IMTT TAX 2%" and not t["desc"].startswith("MONTHLY"):
            r["ref"] = "FT25%03d%05d" % (t["date"].timetuple().tm_yday, rng.randint(0, 99999))
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        L = [("Account Name", "TENDAI R MUTASA"), ("Account Number", "01123456780015"), ("Currency", cur),
             ("Period", "01 JUN 2025 TO 30 JUN 2025"), ("Branch", "Kwame Nkrumah")]
        return statement_header(doc, p, L, 120, "CBZ Bank Limited",
                                "Union House, 60 Kwame Nkrumah Avenue, Harare",
                                "STATEMENT OF ACCOUNT", "Page %d of %d" % (p, np_), logo_size=16)

    cols = [("Date", 40, "l", "d"), ("Description", 98, "l", "desc"), ("Reference", 248, "l", "ref"),
            ("Debit", 360, "r", "dr"), ("Credit", 418, "r", "cr"), ("Ledger\nBalance", 486, "r", "b"),
            ("Available\nBalance", 555, "r", "a")]

    def top(doc, y):
        doc.t(98, y, "BALANCE B/FWD", 8, True); doc.t(486, y, fmt(ob), 8, True, "r"); doc.t(555, y, fmt(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(98, y - 4, "CLOSING BALANCE", 8, True); doc.t(486, y - 4, fmt(cb), 8, True, "r")
        doc.t(555, y - 4, fmt(cb), 8, True, "r")
        return y - 17

    def footer(doc, p, np_):
        doc.t(40, 44, "IMTT is charged at 2% on electronic transfers and purchases as required by law. Queries: 0242 748 050.", 6)
        doc.t(40, 35, "CBZ Bank Limited is a registered commercial bank and a member of the Deposit Protection Corporation.", 6)

    def cf(doc, y, r, kind):
        src = r if kind == "cf" else rows[rows.index(r) - 1]
        doc.t(98, y, "BALANCE C/FWD" if kind == "cf" else "BALANCE B/FWD", 8, True)
        doc.t(486, y, src["b"], 8, True, "r"); doc.t(555, y, src["a"], 8, True, "r")
        return y - 13

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "ja_zw_cbz", "****0015", cur, start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 BSP (Papua New Guinea, PGK, "K1,234.56")
def kina(v):
    return ("-K" if v < 0 else "K") + fmt(abs(v))


def bsp(stem, seed, n=20, per_page=50, od=False, wrapped=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("96.30") if od else D("2841.65")
    pool = [("EFTPOS PURCHASE BOROKO FOODWORLD", 10, 260), ("ATM WITHDRAWAL BSP WAIGANI", 50, 500),
            ("PNG POWER EASIPAY", 50, 150), ("DIGICEL TOP UP", 5, 50), ("EFTPOS PURCHASE RH HYPERMART GORDONS", 20, 300),
            ("ACCOUNT KEEPING FEE", 7.5, 7.5), ("TRANSFER TO MOBILE BANKING 7012", 50, 400)]
    cr = [("TRANSFER FROM KILA J", 20, 300), ("CASH DEPOSIT BSP BOROKO", 100, 800)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 5, 15), "desc": "SALARY PAY PNG PORTS CORPORATION LTD", "amount": D("1684.20")})
    if od:
        txs.append({"date": dt.date(2025, 5, 2), "desc": "LOAN REPAYMENT PERSONAL LOAN 00418", "amount": D("-412.00")})
    if wrapped:
        for d, lines, amt in [(dt.date(2025, 5, 8), ["INTERNET BANKING TRANSFER TO KUNDU ACCOUNT", "KAUPA M SCHOOL FEES",
                                                     "TERM 2 PORT MORESBY GRAMMAR"], D("-1250.00")),
                              (dt.date(2025, 5, 19), ["INWARD TELEGRAPHIC TRANSFER", "FROM WESTPAC BRISBANE AUD 400.00",
                                                      "RATE 0.3781"], D("1057.92"))]:
            txs.append({"date": d, "lines": lines, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 40)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d %b %y"), "desc": t["desc_lines"], "b": kina(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = kina(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        L = [("Account Name", "MR JOHN KILA KAUPA"), ("Account No", "1001234567"), ("Account Type", "KUNDU ACCOUNT"),
             ("Currency", "PGK"), ("Statement Period", "01 May 2025 to 31 May 2025")]
        return statement_header(doc, p, L, 130, "BSP",
                                "Bank South Pacific Limited · Douglas Street, Port Moresby NCD",
                                "Statement of Account", "Page %d of %d" % (p, np_))

    cols = [("Date", 40, "l", "d"), ("Transaction Details", 95, "l", "desc"), ("Withdrawals", 400, "r", "dr"),
            ("Deposits", 478, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, "01 May 25", 8); doc.t(95, y, "Opening Balance", 8, True); doc.t(555, y, kina(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, "31 May 25", 8); doc.t(95, y, "Closing Balance", 8, True); doc.t(555, y, kina(cb), 8, True, "r")
        return y - 13

    def footer(doc, p, np_):
        doc.t(40, 44, "Please check this statement and report any discrepancy within 14 days. BSP Customer Service 320 1212.", 6)
        doc.t(40, 35, "Bank South Pacific Limited · www.bsp.com.pg", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf_lines(rows, ("Balance Carried Forward", "Balance Brought Forward"), 95, 555))
    write(stem, "ja_pg_bsp", "****4567", "PGK", start, end, ob, cb, txs)


biat("ja_tn_biat", 2801, 20)
biat("ja_tn_biat__pages", 2802, 46, per_page=24)
biat("ja_tn_biat__overdraft", 2803, 18, od=True)
biat("ja_tn_biat__fx", 2804, 16, fx=True)
ckb("ja_me_ckb", 2811, 20)
ckb("ja_me_ckb__pages", 2812, 44, per_page=24)
ckb("ja_me_ckb__overdraft", 2813, 18, od=True)
sonali("ja_bd_sonali", 2821, 20)
sonali("ja_bd_sonali__pages", 2822, 44, per_page=24)
sonali("ja_bd_sonali__english", 2823, 20, english=True)
cbz("ja_zw_cbz", 2831, 18)
cbz("ja_zw_cbz__usd", 2832, 18, cur="USD")
cbz("ja_zw_cbz__pages", 2833, 40, per_page=24)
bsp("ja_pg_bsp", 2841, 20)
bsp("ja_pg_bsp__overdraft", 2842, 18, od=True)
bsp("ja_pg_bsp__wrapped", 2843, 36, per_page=24, wrapped=True)
