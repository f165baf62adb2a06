#!/usr/bin/python3
"""Generator iz: 4 unseen layouts x (base + variants), exact truth. Deterministic.

MoraBanc (Andorra, EUR, Catalan: Data / Data valor / Concepte / Càrrec / Abonament / Saldo, "1.234,56", dd/mm/yyyy,
"Saldo anterior" / "Saldo final" rows and a "Total moviments" line, "Número de compte", "Divisa: EUR"; a two-page
"Suma i segueix" / "Suma anterior" variant, an overdraft variant and a foreign-currency variant with
"Import original 45,00 USD · canvi 1,0823" lines), a UK current account dated by weekday and day only ("Tue 13"), the
month and year in a band above each month's rows ("May 2025"), Paid out / Paid in / Balance, the opening and closing
balance in a summary box only (a three-page variant repeating the band as "June 2025 (continued)", a variant whose bands
name the month without its year, and a December-January variant), NMB (Tanzania, TZS, Swahili: Tarehe / Maelezo /
Kumbukumbu / Kutoa / Kuweka / Salio, "Salio la kuanzia" / "Salio la mwisho" rows and a "Jumla" totals line; a two-page
"Salio linalohamishwa" / "Salio lililohamishwa" variant, a wrapped-description variant and a fee variant with "Ada ya
huduma" and "Ushuru wa serikali" rows), Janata Sahakari Bank (an Indian co-operative bank: Hindi over English headers,
the balance column LEFT of the amount column, one Amount column with a trailing "Dr"/"Cr", balances "Cr"/"Dr",
dd-mm-yyyy; a Hindi-only header variant, a two-page carried/brought forward variant and an overdrawn variant).

Truth choices: the opening, closing, carried and brought forward rows, the totals and the summary boxes are no
transactions; MoraBanc's Data valor and NMB's Kumbukumbu and Janata's Chq No. are not description, the value date no
row's date; a foreign-currency line joins its row's description; fee and levy rows are transactions of their own; a
row dated "Tue 13" is dated by the band above it (its month and year; the period's year where the band prints none);
the account is the last four digits of the number printed (MoraBanc's "0004 0001 21 0012345678" "****5678", the UK
account's "20-45-77 41592038" "****2038", NMB's "20110012345" "****2345", Janata's "012011000184562" "****4562").
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
from corpus_kit import Doc, cf_lines, fmt, make_txns, paginate_lines, render, row_truth_writer, running, set_desc_lines, sums

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/iz/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
NOTO = "/usr/share/fonts/truetype/noto/NotoSans%s-%s.ttf"
pdfmetrics.registerFont(TTFont("Deva", NOTO % ("Devanagari", "Regular")))
pdfmetrics.registerFont(TTFont("DevaB", NOTO % ("Devanagari", "Bold")))
corpus_kit.SCRIPT_FONTS.append((0x0900, 0x097F, "Deva", "DevaB"))


# ---------------------------------------------------------------- 1 MoraBanc (Andorra, EUR, Catalan)
def eur(v):
    return fmt(v, ".", ",")


def morabanc(stem, seed, n=20, per_page=50, od=False, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("640.25") if od else D("4817.62")
    pool = [("Compra amb targeta PYRENEES ANDORRA LA VELLA", 20, 240), ("Reintegrament caixer MORABANC ESCALDES", 50, 400),
            ("Rebut ANDORRA TELECOM SAU", 35, 95), ("Rebut FEDA electricitat", 40, 160),
            ("Compra amb targeta CARREFOUR ANDORRA 2000", 15, 180), ("Comissió manteniment compte", 6, 6),
            ("Transferència emesa LLOGUER PIS ESCALDES", 850, 850), ("Compra amb targeta BENZINERA ENVALIRA", 40, 90)]
    cr = [("Transferència rebuda GARCIA PUJOL JORDI", 50, 600), ("Ingrés en efectiu oficina Sant Julià", 100, 900)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 27), "desc": "Nòmina juny 2025 GOVERN D'ANDORRA", "amount": D("2684.30")})
    if od:
        txs.append({"date": dt.date(2025, 6, 3), "desc": "Rebut CASS cotització juny", "amount": D("-512.40")})
        txs.append({"date": dt.date(2025, 6, 4), "desc": "Transferència emesa LLOGUER PIS ESCALDES", "amount": D("-850.00")})
    if fx:
        for d, shop, cur, amt, rate in [(dt.date(2025, 6, 6), "Compra amb targeta AMAZON.COM", "USD", "45,00", "1,0823"),
                                        (dt.date(2025, 6, 15), "Compra amb targeta BOOKING.COM", "GBP", "128,40", "0,8412"),
                                        (dt.date(2025, 6, 22), "Compra amb targeta APPLE.COM/BILL", "CHF", "12,90", "0,9367")]:
            v = (D(amt.replace(",", ".")) / D(rate.replace(",", "."))).quantize(D("0.01"))
            txs.append({"date": d, "lines": [shop, "Import original %s %s · canvi %s" % (amt, cur, rate)], "amount": -v})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 42)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        r = {"d": t["date"].strftime("%d/%m/%Y"), "v": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": eur(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = eur(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "MORABANC", 18, True)
        doc.t(40, H - 55, "Mora Banc Grup, SA · Av. Meritxell, 96 · AD500 Andorra la Vella", 7)
        doc.t(W - 40, H - 44, "EXTRACTE DE COMPTE", 12, True, "r")
        doc.t(W - 40, H - 57, "Pàgina %d de %d" % (p, np_), 7, align="r")
        L = [("Titular", "MARTÍ ROSSELL, ANNA"), ("Número de compte", "0004 0001 21 0012345678"), ("Divisa", "EUR"),
             ("Període", "del %s al %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 80 - 11 * i, a, 7.5, True); doc.t(130, H - 80 - 11 * i, ": " + b, 7.5)
        y = H - 80 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Data", 40, "l", "d"), ("Data valor", 92, "l", "v"), ("Concepte", 150, "l", "desc"),
            ("Càrrec", 420, "r", "dr"), ("Abonament", 490, "r", "cr"), ("Saldo", 555, "r", "b")]

    def top(doc, y):
        doc.t(150, y, "Saldo anterior", 8, True); doc.t(555, y, eur(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(360, y + 6, 555, y + 6)
        doc.t(150, y - 4, "Total moviments", 8, True); doc.t(420, y - 4, eur(out_), 8, True, "r")
        doc.t(490, y - 4, eur(in_), 8, True, "r")
        doc.t(150, y - 17, "Saldo final", 8, True); doc.t(555, y - 17, eur(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "Per a qualsevol aclariment adreceu-vos a la vostra oficina o truqueu al +376 884 488.", 6)
        doc.t(40, 35, "Mora Banc Grup, SA · NRT A-700180-L · www.morabanc.ad", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf_lines(rows, ("Suma i segueix", "Suma anterior"), 150, 555))
    write(stem, "iz_ad_morabanc", "****5678", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 UK current account, weekday dates under month bands
def gbp(v):
    return fmt(v)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def weekday(stem, seed, n=30, per_page=60, noyear=False, yearend=False):
    rng = random.Random(seed)
    start, end = (dt.date(2024, 12, 12), dt.date(2025, 1, 11)) if yearend else (dt.date(2025, 5, 12), dt.date(2025, 6, 11))
    ob = D("2318.44")
    pool = [("Tesco Stores 3297 Leeds", 5, 95), ("Pret A Manger Leeds Station", 3, 12), ("TfL Travel Charge", 3, 18),
            ("Direct Debit Yorkshire Water", 38, 38), ("Direct Debit Octopus Energy", 92, 92),
            ("Card Amazon.co.uk Marketplace", 8, 140), ("Cash Machine Briggate Leeds", 20, 100),
            ("Standing Order Rent K Whitfield", 725, 725), ("Card Greggs Boar Lane", 2, 9), ("Card Spotify P2F3A9", 11.99, 11.99)]
    cr = [("Faster Payment From J Okafor", 20, 150), ("Refund Amazon.co.uk", 8, 60)]
    txs = make_txns(rng, start, end, n, pool, cr)
    pay = dt.date(2024, 12, 20) if yearend else dt.date(2025, 5, 28)
    txs.append({"date": pay, "desc": "Bank Giro Credit NHS LEEDS TEACHING SALARY", "amount": D("2415.86")})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 44)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    # lines: ("band", month) or ("row", t); a band before each month's first row, repeated at a page's head
    items = []
    for t in txs:
        ym = (t["date"].year, t["date"].month)
        if not items or items[-1][2] != ym:
            items.append(("band", None, ym))
        items.append(("row", t, ym))

    def band_text(ym, cont=False):
        s = MONTHS[ym[1] - 1] + ("" if noyear else " %d" % ym[0])
        return s + (" (continued)" if cont else "")

    pages, cur, used = [], [], 0
    cap = per_page
    for it in items:
        h = 1 if it[0] == "band" else len(it[1]["desc_lines"])
        if used + h > cap and cur:
            pages.append(cur); cur, used = [], 0
        if not cur and it[0] == "row":
            cur.append(("cont", None, it[2])); used += 1
        cur.append(it); used += h
    pages.append(cur)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), A4)
    H, W = doc.H, doc.W
    for pi, pg in enumerate(pages):
        doc.t(40, H - 44, "Kirkgate Bank", 18, True)
        doc.t(40, H - 55, "Kirkgate Bank plc · 14 Park Row, Leeds LS1 5HD", 7)
        doc.t(W - 40, H - 44, "Current Account Statement", 12, True, "r")
        doc.t(W - 40, H - 57, "Page %d of %d" % (pi + 1, len(pages)), 7, align="r")
        y = H - 82
        if pi == 0:
            L = [("Account name", "MS HANNAH E LOCKWOOD"), ("Sort code / Account", "20-45-77  41592038"),
                 ("Statement period", "%d %s %d to %d %s %d" % (start.day, MONTHS[start.month - 1], start.year, end.day,
                                                             MONTHS[end.month - 1], end.year))]
            for i, (a, b) in enumerate(L):
                doc.t(40, y - 11 * i, a, 7.5, True); doc.t(140, y - 11 * i, b, 7.5)
            box = [("Opening balance", ob), ("Money out", -out_), ("Money in", in_), ("Closing balance", cb)]
            doc.c.rect(360, y - 40, W - 400, 50)
            for i, (a, b) in enumerate(box):
                doc.t(368, y - 11 * i, a, 7.5, True); doc.t(W - 48, y - 11 * i, ("-£" if b < 0 else "£") + gbp(abs(b)), 7.5,
                                                            False, "r")
            y -= 62
        for title, x, al in [("Date", 40, "l"), ("Description", 90, "l"), ("Paid out", 400, "r"), ("Paid in", 475, "r"),
                             ("Balance", 555, "r")]:
            doc.t(x, y, title, 7.5, True, al)
        doc.c.line(40, y - 4, W - 40, y - 4)
        y -= 16
        for kind, t, ym in pg:
            if kind in ("band", "cont"):
                doc.c.setFillGray(0.88); doc.c.rect(40, y - 3, W - 80, 11, stroke=0, fill=1); doc.c.setFillGray(0)
                doc.t(44, y, band_text(ym, kind == "cont"), 8, True)
                y -= 14
                continue
            doc.t(40, y, t["date"].strftime("%a ") + "%02d" % t["date"].day, 8)
            for k, l in enumerate(t["desc_lines"]):
                doc.t(90, y - 10 * k, l, 8)
            doc.t(400 if t["amount"] < 0 else 475, y, gbp(abs(t["amount"])), 8, False, "r")
            doc.t(555, y, gbp(t["bal"]), 8, False, "r")
            y -= 10 * len(t["desc_lines"]) + 2
        doc.t(40, 40, "Kirkgate Bank plc is authorised by the Prudential Regulation Authority. Registered in England No. 0412387.", 6)
        doc.c.showPage()
    doc.c.save()
    write(stem, "iz_gb_kirkgate", "****2038", "GBP", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 NMB (Tanzania, TZS, Swahili)
def tzs(v):
    return fmt(v)


def nmb(stem, seed, n=20, per_page=50, wrapped=False, fees=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("1845600.00")
    pool = [("Malipo POS SHOPPERS PLAZA MASAKI", 15000, 180000), ("Kutoa fedha ATM NMB POSTA", 20000, 400000),
            ("Malipo LUKU umeme TANESCO", 10000, 60000), ("Malipo DAWASA maji", 8000, 45000),
            ("Kununua muda wa maongezi VODACOM", 2000, 20000), ("Malipo ada ya shule ST. JOSEPH", 250000, 250000),
            ("Kutuma fedha kwenda M-PESA 0754", 10000, 150000)]
    cr = [("Kuweka fedha tawi la Kariakoo", 50000, 500000), ("Kupokea fedha kutoka TIGO PESA", 10000, 120000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    for t in txs: t["amount"] = t["amount"].quantize(D(1))
    txs.append({"date": dt.date(2025, 6, 25), "desc": "Mshahara Juni 2025 WIZARA YA AFYA", "amount": D("2380000.00")})
    if wrapped:
        for d, lines, amt in [(dt.date(2025, 6, 9), ["Uhamisho wa fedha kwenda CRDB BANK", "Mpokeaji: JOSEPHINE MWAKALINGA",
                                                     "Kodi ya nyumba Juni"], D("-450000.00")),
                              (dt.date(2025, 6, 17), ["Malipo ya mkopo Namba 00451223", "Riba na mtaji"], D("-312500.00")),
                              (dt.date(2025, 6, 21), ["Kupokea uhamisho kutoka NBC", "Mtumaji: ABDALLAH H. SAID",
                                                      "Malipo ya bidhaa ankara 118"], D("640000.00"))]:
            txs.append({"date": d, "lines": lines, "amount": amt})
    if fees:
        withfees = []
        for t in txs:
            withfees.append(t)
            if t["desc"].startswith(("Kutoa fedha", "Kutuma fedha")):
                withfees.append({"date": t["date"], "desc": "Ada ya huduma", "amount": D("-1500.00")})
                withfees.append({"date": t["date"], "desc": "Ushuru wa serikali", "amount": D("-270.00")})
        txs = withfees
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 40)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m/%Y"), "c": "FT25%s%04d" % (t["date"].strftime("%j"), rng.randint(0, 9999)),
             "desc": t["desc_lines"], "b": tzs(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = tzs(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "NMB", 20, True)
        doc.t(40, H - 55, "NMB Bank Plc · Benki ya karibu yako", 7)
        doc.t(W - 40, H - 44, "TAARIFA YA AKAUNTI", 12, True, "r")
        doc.t(W - 40, H - 57, "Ukurasa %d kati ya %d" % (p, np_), 7, align="r")
        L = [("Jina la mteja", "NEEMA JOHN MASSAWE"), ("Namba ya akaunti", "20110012345"), ("Sarafu", "TZS"),
             ("Kipindi", "%s hadi %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"))),
             ("Tawi", "Kariakoo, Dar es Salaam")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 80 - 11 * i, a, 7.5, True); doc.t(130, H - 80 - 11 * i, ": " + b, 7.5)
        y = H - 80 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Tarehe", 40, "l", "d"), ("Maelezo", 95, "l", "desc"), ("Kumbukumbu", 290, "l", "c"),
            ("Kutoa", 420, "r", "dr"), ("Kuweka", 488, "r", "cr"), ("Salio", 555, "r", "b")]

    def top(doc, y):
        doc.t(95, y, "Salio la kuanzia", 8, True); doc.t(555, y, tzs(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(360, y + 6, 555, y + 6)
        doc.t(95, y - 4, "Jumla", 8, True); doc.t(420, y - 4, tzs(out_), 8, True, "r")
        doc.t(488, y - 4, tzs(in_), 8, True, "r")
        doc.t(95, y - 17, "Salio la mwisho", 8, True); doc.t(555, y - 17, tzs(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "Tafadhali hakiki taarifa hii na utujulishe tofauti yoyote ndani ya siku 30. Huduma kwa wateja: 0800 002 002.", 6)
        doc.t(40, 35, "NMB Bank Plc · Mtaa wa Ohio, S.L.P. 9213, Dar es Salaam · www.nmbbank.co.tz", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf_lines(rows, ("Salio linalohamishwa", "Salio lililohamishwa"), 95, 555))
    write(stem, "iz_tz_nmb", "****2345", "TZS", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Janata Sahakari Bank (India, balance left of Dr/Cr)
def inr(v, mark=True):
    s = fmt(abs(v))
    return s + (" Dr" if v < 0 else " Cr") if mark else s


def janata(stem, seed, n=22, per_page=50, hindi_only=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("3180.50") if od else D("48215.75")
    pool = [("UPI/DR/5123{r}/SWIGGY/YESB", 120, 850), ("ATM WDL PUNE CAMP", 500, 5000),
            ("NACH DR MSEDCL ELECTRICITY", 900, 2600), ("UPI/DR/5124{r}/DMART/ICIC", 300, 4200),
            ("CHQ PAID SELF", 2000, 10000), ("SMS CHARGES", 17.70, 17.70), ("NEFT DR LIC PREMIUM", 4350, 4350)]
    cr = [("UPI/CR/5125{r}/RAHUL KULKARNI/SBIN", 200, 3000), ("CASH DEPOSIT BRANCH SHIVAJINAGAR", 1000, 15000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 4, 30), "desc": "SALARY APR 2025 PUNE MUNICIPAL CORP", "amount": D("56420.00")})
    txs.append({"date": dt.date(2025, 4, 30), "desc": "INTEREST CREDIT SB A/C", "amount": D("212.00")})
    if od:
        txs.append({"date": dt.date(2025, 4, 3), "desc": "NEFT DR HOUSING SOCIETY MAINTENANCE", "amount": D("-6800.00")})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 36)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d-%m-%Y"), "desc": t["desc_lines"], "b": inr(t["bal"]), "a": inr(t["amount"])}
        if t["desc"].startswith("CHQ"): r["c"] = "%06d" % rng.randint(100000, 999999)
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "जनता सहकारी बैंक लि.", 14, True)
        doc.t(40, H - 58, "JANATA SAHAKARI BANK LTD., PUNE (Multi-State Scheduled Bank)", 8, True)
        doc.t(W - 40, H - 44, "खाता विवरण / Statement of Account", 10, True, "r")
        doc.t(W - 40, H - 57, "Page %d of %d" % (p, np_), 7, align="r")
        L = [("Name", "SHRI PRASHANT V. DESHPANDE"), ("A/c No.", "012011000184562"), ("A/c Type", "SAVINGS BANK"),
             ("Currency", "INR"), ("Period", "%s to %s" % (start.strftime("%d-%m-%Y"), end.strftime("%d-%m-%Y")))]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 80 - 11 * i, a, 7.5, True); doc.t(110, H - 80 - 11 * i, ": " + b, 7.5)
        y = H - 80 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    def hd(hi, en):
        return hi if hindi_only else hi + "\n" + en

    cols = [(hd("दिनांक", "Date"), 40, "l", "d"), (hd("विवरण", "Particulars"), 100, "l", "desc"),
            (hd("चेक नं.", "Chq No."), 300, "l", "c"), (hd("शेष", "Balance"), 440, "r", "b"),
            (hd("राशि", "Amount"), 555, "r", "a")]

    def top(doc, y):
        doc.t(100, y, "Opening Balance", 8, True); doc.t(440, y, inr(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(100, y - 4, "Closing Balance", 8, True); doc.t(440, y - 4, inr(cb), 8, True, "r")
        return y - 17

    def footer(doc, p, np_):
        doc.t(40, 44, "This is a computer generated statement and does not require signature. Dr = Debit, Cr = Credit.", 6)
        doc.t(40, 35, "Janata Sahakari Bank Ltd. · 1444 Shukrawar Peth, Pune 411002 · IFSC JSBP0000012", 6)

    def cf(doc, y, r, kind):
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(100, y, "Carried Forward" if kind == "cf" else "Brought Forward", 8, True)
        doc.t(440, y, bal, 8, True, "r")
        return y - 13

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "iz_in_janata", "****4562", "INR", start, end, ob, cb, txs)


morabanc("iz_ad_morabanc", 2701, 20)
morabanc("iz_ad_morabanc__pages", 2702, 46, per_page=24)
morabanc("iz_ad_morabanc__overdraft", 2703, 18, od=True)
morabanc("iz_ad_morabanc__fx", 2704, 16, fx=True)
weekday("iz_gb_kirkgate", 2711, 30)
weekday("iz_gb_kirkgate__pages", 2712, 70, per_page=30)
weekday("iz_gb_kirkgate__noyear", 2713, 30, noyear=True)
weekday("iz_gb_kirkgate__yearend", 2714, 30, yearend=True)
nmb("iz_tz_nmb", 2721, 20)
nmb("iz_tz_nmb__pages", 2722, 44, per_page=24)
nmb("iz_tz_nmb__wrapped", 2723, 16, wrapped=True)
nmb("iz_tz_nmb__fees", 2724, 18, fees=True)
janata("iz_in_janata", 2731, 22)
janata("iz_in_janata__hindi", 2732, 22, hindi_only=True)
janata("iz_in_janata__pages", 2733, 48, per_page=24)
janata("iz_in_janata__overdraft", 2734, 20, od=True)
