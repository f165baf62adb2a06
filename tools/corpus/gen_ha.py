#!/usr/bin/python3
"""Generator ha: 6 untuned Nordic/Baltic/Balkan layouts x (base + 1 variant), exact truth. Deterministic.

Handelsbanken (SE), LHV (EE), Luminor (LV), Landsbankinn (IS), Zagrebačka banka (HR), NLB (SI).
Truth: the booking date (Handelsbanken's Reskontradatum, the first date column); LHV's description is the
Saaja/Maksja name then the Selgitus text, as a reader takes them left to right; Landsbankinn's whole kronur as .00.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import Doc, fmt, render, running, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ha/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)


def sp(v):
    """1 234,56 (leading minus)"""
    return fmt(v, " ", ",")


def eu(v):
    """1.234,56 (leading minus)"""
    return fmt(v, ".", ",")


def iban(cc, bban, group=True):
    """A valid IBAN (ISO 13616 check digits) for the country code and BBAN, printed in groups of four."""
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    s = cc + "%02d" % (98 - num % 97) + bban
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if group else s



def rand_txns(rng, start, end, n, pool, cr, pc=0.2):
    """pool/cr entries: (text, lo, hi); text may hold {r}; returns txs sorted by date (desc a str)."""
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pc: text, lo, hi = rng.choice(cr); sg = 1
        else: text, lo, hi = rng.choice(pool); sg = -1
        amt = D(rng.randint(int(lo * 100), int(hi * 100))) / 100 * sg
        txs.append({"date": d, "desc": text.format(r=rng.randint(100000, 999999), d=d), "amount": amt})
    txs.sort(key=lambda t: t["date"])
    return txs


def box(doc, x, y, w, rows, size=7.5):
    """An outlined summary box: rows of (label, value) from y down; returns the y under it."""
    h = 12 * len(rows) + 8
    doc.c.rect(x, y - h, w, h)
    for k, (l, v) in enumerate(rows):
        doc.t(x + 6, y - 12 - 12 * k, l, size)
        doc.t(x + w - 6, y - 12 - 12 * k, v, size, align="r")
    return y - h


# ---------------------------------------------------------------- 1 Handelsbanken SE (Reskontradatum / Transaktionsdatum / Text / Belopp / Saldo)
def handelsbanken(stem, seed, n=16, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 1), dt.date(2025, 3, 31)
    ob = D("18432.75")
    pool = [("KORTKÖP {d:%y%m%d} ICA SUPERMARKET HÖTORGET", 45, 900), ("KORTKÖP {d:%y%m%d} SL ACCESS STOCKHOLM", 39, 970),
            ("BG 5051-6905 ELLEVIO AB", 400, 1300), ("AUTOGIRO TELIA SVERIGE AB", 299, 449), ("SWISH BETALNING ANNA LINDQVIST", 50, 800),
            ("BANKOMAT UTTAG DROTTNINGGATAN 12", 200, 1500), ("HYRA MARS BOSTADS AB MIMER", 8950, 8950),
            ("KORTKÖP {d:%y%m%d} SYSTEMBOLAGET 0123", 90, 600)]
    cr = [("LÖN ERICSSON AB", 31000, 36000), ("SWISH INBETALNING ERIK SVENSSON", 100, 900), ("FÖRSÄKRINGSKASSAN BARNBIDRAG", 1250, 1250)]
    txs = rand_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        td = t["date"] - dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        rows.append({"rd": t["date"].isoformat(), "td": td.isoformat(), "desc": t["desc_lines"], "a": sp(t["amount"]), "s": sp(t["bal"])})
    dep = sum(t["amount"] for t in txs if t["amount"] > 0); wd = -sum(t["amount"] for t in txs if t["amount"] < 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Handelsbanken", 17, True)
        doc.t(doc.W - 40, H - 42, "KONTOUTDRAG", 11, True, "r")
        doc.t(doc.W - 40, H - 54, "Sida %d av %d" % (p, np_), 8, align="r")
        doc.t(40, H - 62, "Allkonto   Kontonummer 6123-456 789 012   Clearingnummer 6123   Valuta SEK", 8)
        if p == 1:
            doc.t(40, H - 84, "ANNA KARIN BERGSTRÖM", 8); doc.t(40, H - 95, "SVEAVÄGEN 44 LGH 1102", 8); doc.t(40, H - 106, "113 34 STOCKHOLM", 8)
            doc.t(330, H - 84, "Period %s - %s" % (start.isoformat(), end.isoformat()), 8)
            doc.t(330, H - 95, "Utskriftsdatum %s" % (end + dt.timedelta(days=1)).isoformat(), 8)
            doc.t(330, H - 106, "Kontor Stockholm City", 8)
            y = box(doc, 330, H - 120, 225, [("Ingående saldo %s" % start.isoformat(), sp(ob)), ("Insättningar", sp(dep)),
                                             ("Uttag", sp(-wd)), ("Utgående saldo %s" % end.isoformat(), sp(cb))])
            return y - 24
        return H - 90

    cols = [("Reskontra-\ndatum", 40, "l", "rd"), ("Transaktions-\ndatum", 105, "l", "td"), ("Text", 175, "l", "desc"),
            ("Belopp", 470, "r", "a"), ("Saldo", 555, "r", "s")]

    def top(doc, y):
        doc.t(175, y, "Ingående saldo", 8); doc.t(555, y, sp(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(175, y - 6, "Utgående saldo", 8, True); doc.t(555, y - 6, sp(cb), 8, True, "r")
        doc.t(40, y - 30, "Räntesats inlåning 0,00 %. Kontakta oss om du har frågor om ditt kontoutdrag, telefon 0771-77 88 99.", 6.5)
        return y - 34

    def footer(doc, p, np_):
        doc.t(40, 34, "Svenska Handelsbanken AB (publ), org.nr 502007-7862, 106 70 Stockholm. Styrelsens säte: Stockholm. www.handelsbanken.se", 5.5)
        doc.t(40, 26, "Insättningar omfattas av den statliga insättningsgarantin med högst 1 050 000 kronor per person och institut.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=38 if pages else 45, top_rows=[top], bottom=bottom)
    write_truth(stem, "HA_se_handelsbanken", "****9012", "SEK", start, end, ob, txs, True)


# ---------------------------------------------------------------- 2 LHV EE (Kuupäev / Saaja/Maksja / Selgitus / Summa, Algsaldo / Lõppsaldo)
def lhv(stem, seed, n=15, longdesc=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("2214.09")
    pool = [("Rimi Eesti Food AS|Kaardimakse {d:%d.%m.%Y} RIMI HAABERSTI TALLINN", 6, 120), ("Eesti Energia AS|Arve nr {r} elekter aprill", 40, 95),
            ("Telia Eesti AS|Arve {r}", 15, 35), ("Kristiina Tamm|Võlg tagasi", 20, 150), ("Bolt Operations OÜ|Kaardimakse BOLT.EU/O/2505", 3, 18),
            ("Elisa Eesti AS|Mobiilside arve {r}", 9, 25), ("Tallinna Vesi AS|Viitenumber 1234{r}", 18, 40)]
    cr = [("Nortal AS|Töötasu mai 2025", 2400, 2900), ("Marko Kask|Kontserdipiletid", 25, 80)]
    txs = rand_txns(rng, start, end, n, pool, cr)
    if longdesc:
        for k in (2, 6, 9):
            txs[k]["desc"] = ("Korteriühistu Mustamäe tee 55|Ühistu majandamiskulud, remondifond ja kütte ettemaks mai 2025 korter 41, "
                              "viitenumber 20250541")
            txs[k]["amount"] = -abs(txs[k]["amount"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        who, what = t["desc"].split("|")
        lines = wrap(what, 44)
        t["desc_lines"] = [who] + lines
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "w": who, "desc": lines, "a": fmt(t["amount"], " ", ".")})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "LHV", 22, True); doc.t(95, H - 46, "AS LHV Pank", 8)
        doc.t(doc.W - 40, H - 42, "Konto väljavõte", 11, True, "r")
        doc.t(doc.W - 40, H - 54, "Lehekülg %d / %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 78, "Klient: MARI LIIS SAAR", 8); doc.t(40, H - 89, "Isikukood 48805120231", 8); doc.t(40, H - 100, "Pärnu mnt 139c-12, 11317 Tallinn", 8)
            doc.t(330, H - 78, "Konto: " + iban("EE", "7700771001234567"), 8)
            doc.t(330, H - 89, "Periood: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.t(330, H - 100, "Valuuta: EUR", 8)
            y = H - 122
            doc.t(40, y, "Algsaldo %s" % start.strftime("%d.%m.%Y"), 8, True); doc.t(555, y, fmt(ob, " ", "."), 8, True, "r")
            return y - 24
        return H - 80

    cols = [("Kuupäev", 40, "l", "d"), ("Saaja/Maksja", 100, "l", "w"), ("Selgitus", 260, "l", "desc"), ("Summa", 555, "r", "a")]

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(40, y - 6, "Lõppsaldo %s" % end.strftime("%d.%m.%Y"), 8, True); doc.t(555, y - 6, fmt(cb, " ", "."), 8, True, "r")
        dep = sum(t["amount"] for t in txs if t["amount"] > 0); wd = sum(t["amount"] for t in txs if t["amount"] < 0)
        doc.t(40, y - 20, "Laekumised kokku %s   Väljaminekud kokku %s" % (fmt(dep, " ", "."), fmt(wd, " ", ".")), 7)
        return y - 24

    def footer(doc, p, np_):
        doc.t(40, 34, "AS LHV Pank, Tartu mnt 2, 10145 Tallinn, registrikood 10539549. Telefon 6 800 400, lhv.ee. Pank on Finantsinspektsiooni järelevalve all.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=48, bottom=bottom)
    write_truth(stem, "HA_ee_lhv", "****4567", "EUR", start, end, ob, txs, False)


# ---------------------------------------------------------------- 3 Luminor LV (Datums / Apraksts / Debets / Kredīts / Atlikums)
def luminor(stem, seed, n=16, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("-138.40") if od else D("1562.30")
    pool = [("Pirkums MAXIMA LATVIJA X123 RIGA karte ***4411", 5, 90), ("Maksājums SIA Latvenergo rēķins {r}", 30, 80),
            ("Pirkums CIRCLE K DEGVIELA BRIVIBAS IELA 201", 25, 75), ("Skaidras naudas izmaksa bankomātā Luminor Rīga", 20, 200),
            ("Maksājums SIA Rīgas namu pārvaldnieks īre aprīlis", 310, 310), ("Komisijas maksa par konta apkalpošanu", 2.5, 2.5),
            ("Maksājums SIA Tele2 rēķins {r}", 9, 22)]
    cr = [("Ienākošais maksājums SIA Accenture Latvia alga 04/2025", 1700, 2100), ("Ienākošais maksājums Jānis Bērziņš par biļetēm", 15, 60)]
    if od: cr = [("Ienākošais maksājums Jānis Bērziņš par biļetēm", 15, 60)]
    txs = rand_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 50)
        r = {"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "bal": sp(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = sp(abs(t["amount"]))
        rows.append(r)
    dr = -sum(t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "Luminor", 18, True)
        doc.t(doc.W - 40, H - 42, "Konta izraksts", 11, True, "r")
        doc.t(doc.W - 40, H - 54, "Lapa %d no %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 76, "Klients: LĪGA OZOLIŅA", 8); doc.t(40, H - 87, "Brīvības iela 118-7, Rīga, LV-1001", 8)
            doc.t(40, H - 98, "Konts: " + iban("LV", "RIKO0002010055187"), 8); doc.t(40, H - 109, "Valūta: EUR", 8)
            doc.t(330, H - 76, "Periods: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.t(330, H - 87, "Izdrukāts: %s" % (end + dt.timedelta(days=2)).strftime("%d.%m.%Y"), 8)
            y = box(doc, 330, H - 98, 225, [("Sākuma atlikums", sp(ob)), ("Debets kopā", sp(dr)), ("Kredīts kopā", sp(crs)), ("Beigu atlikums", sp(cb))])
            return y - 22
        return H - 80

    cols = [("Datums", 40, "l", "d"), ("Apraksts", 100, "l", "desc"), ("Debets", 400, "r", "dr"), ("Kredīts", 470, "r", "cr"), ("Atlikums", 555, "r", "bal")]

    def top(doc, y):
        doc.t(100, y, "Sākuma atlikums", 8, True); doc.t(555, y, sp(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(100, y - 6, "Apgrozījums", 8, True); doc.t(400, y - 6, sp(dr), 8, True, "r"); doc.t(470, y - 6, sp(crs), 8, True, "r")
        doc.t(100, y - 19, "Beigu atlikums", 8, True); doc.t(555, y - 19, sp(cb), 8, True, "r")
        if od:
            doc.t(40, y - 36, "Kontā izveidojies neatļauts overdrafts. Lūdzam papildināt kontu. Procentu likme 18 % gadā.", 6.5)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 34, "Luminor Bank AS Latvijas filiāle, Skanstes iela 12, Rīga, LV-1013, reģ. Nr. 40203154352. www.luminor.lv, tālr. 1880.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=45, top_rows=[top], bottom=bottom)
    write_truth(stem, "HA_lv_luminor", "****5187", "EUR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 4 Landsbankinn IS (Dags. / Skýring / Upphæð / Staða, whole ISK)
def landsbankinn(stem, seed, n=16, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 2, 1), dt.date(2025, 2, 28)
    ob = D("412870")
    pool = [("Bónus Smáralind", 2500, 28000), ("Krónan Granda", 1800, 22000), ("Orkan Vesturlandsvegi", 6000, 14000),
            ("Veitur ohf. reikningur {r}", 9000, 16000), ("Síminn hf.", 7990, 12990), ("Húsaleiga febrúar Ölduselsbraut", 245000, 245000),
            ("Strætó bs. Klapp", 570, 5700), ("Hraðbanki Landsbankinn Austurstræti", 5000, 40000)]
    cr = [("Laun Marel hf.", 620000, 720000), ("Millifærsla Guðrún Jónsdóttir", 3000, 25000)]
    txs = rand_txns(rng, start, end, n, pool, cr)
    for t in txs:
        t["amount"] = t["amount"].quantize(D(1))
        t["desc_lines"] = [t["desc"]]
    cb = running(txs, ob)
    isk = lambda v: fmt(v, ".", ",", nd=0)
    rows = [{"d": t["date"].strftime("%d.%m.%y"), "desc": t["desc_lines"], "a": isk(t["amount"]), "s": isk(t["bal"]),
             "_bal": t["bal"]} for t in txs]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "Landsbankinn", 17, True)
        doc.t(doc.W - 40, H - 42, "Reikningsyfirlit", 11, True, "r")
        doc.t(doc.W - 40, H - 54, "Bls. %d af %d" % (p, np_), 8, align="r")
        doc.t(40, H - 62, "Reikningur 0111-26-004512   Almennur veltureikningur   ISK", 8)
        if p == 1:
            doc.t(40, H - 84, "Sigríður Helgadóttir", 8); doc.t(40, H - 95, "Hringbraut 71", 8); doc.t(40, H - 106, "101 Reykjavík", 8)
            doc.t(330, H - 84, "Tímabil %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.t(330, H - 95, "Kennitala 120388-2149", 8)
            y = box(doc, 330, H - 108, 225, [("Upphafsstaða", isk(ob)), ("Lokastaða", isk(cb))])
            return y - 24
        return H - 84

    cols = [("Dags.", 40, "l", "d"), ("Skýring", 100, "l", "desc"), ("Upphæð", 470, "r", "a"), ("Staða", 555, "r", "s")]

    def top(doc, y):
        doc.t(100, y, "Upphafsstaða", 8, True); doc.t(555, y, isk(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        i = rows.index(r)
        if kind == "cf":
            doc.t(100, y - 2, "Flutt á næstu síðu", 8, True); doc.t(555, y - 2, isk(r["_bal"]), 8, True, "r")
        else:
            doc.t(100, y, "Flutt af fyrri síðu", 8, True); doc.t(555, y, isk(rows[i - 1]["_bal"] if i else ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(100, y - 6, "Lokastaða", 8, True); doc.t(555, y - 6, isk(cb), 8, True, "r")
        return y - 12

    def footer(doc, p, np_):
        doc.t(40, 34, "Landsbankinn hf., Reykjastræti 6, 101 Reykjavík, kt. 471008-0280. Þjónustuver 410 4000, landsbankinn.is", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=26 if pages else 45, top_rows=[top], cf=cf, bottom=bottom)
    write_truth(stem, "HA_is_landsbankinn", "****4512", "ISK", start, end, ob, txs, True)


# ---------------------------------------------------------------- 5 Zagrebačka banka HR (Datum valute / Opis / Isplata / Uplata / Stanje)
def zaba(stem, seed, n=15, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("1387.56")
    pool = [("Kartično plaćanje KONZUM 0412 ZAGREB", 5, 95), ("Trajni nalog HEP ELEKTRA d.o.o. račun {r}", 30, 90),
            ("Plaćanje A1 Hrvatska d.o.o. HR01 {r}", 15, 40), ("Isplata gotovine bankomat ZABA Ilica 36", 20, 300),
            ("Kartično plaćanje INA BS ZAGREB-SLAVONSKA", 30, 80), ("Naknada za vođenje računa", 3.98, 3.98),
            ("Plaćanje ZAGREBAČKI HOLDING d.o.o. komunalna naknada", 25, 60)]
    cr = [("Uplata plaće INFOBIP d.o.o. 06/2025", 1600, 2100), ("Uplata Ivana Horvat povrat", 10, 120)]
    txs = rand_txns(rng, start, end, n, pool, cr)
    if fx:
        for k, (cur, famt, rate, shop) in zip((3, 7, 11), [("USD", D("45.00"), D("1.0823"), "AMAZON.COM SEATTLE US"),
                                                        ("GBP", D("62.40"), D("0.8461"), "TFL TRAVEL LONDON GB"),
                                                        ("CHF", D("18.50"), D("0.9374"), "SBB CFF FFS BERN CH")]):
            eur = (famt / rate).quantize(D("0.01"))
            txs[k]["desc"] = "Kartično plaćanje %s|Iznos %s %s tečaj %s" % (shop, eu(famt), cur, fmt(rate, ".", ",", nd=4))
            txs[k]["amount"] = -eur
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = t["desc"].split("|") if "|" in t["desc"] else wrap(t["desc"], 48)
        r = {"d": t["date"].strftime("%d.%m.%Y."), "desc": t["desc_lines"], "s": eu(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = eu(abs(t["amount"]))
        rows.append(r)
    dr = -sum(t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "Zagrebačka banka", 16, True); doc.t(40, H - 57, "UniCredit Group", 7)
        doc.t(doc.W - 40, H - 42, "IZVADAK PO TEKUĆEM RAČUNU", 10, True, "r")
        doc.t(doc.W - 40, H - 54, "Izvadak br. 6   Stranica %d/%d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "MARKO KOVAČEVIĆ", 8); doc.t(40, H - 91, "ULICA GRADA VUKOVARA 237", 8); doc.t(40, H - 102, "10000 ZAGREB", 8)
            doc.t(330, H - 80, "IBAN: " + iban("HR", "23600003102345678"), 8)
            doc.t(330, H - 91, "Razdoblje: %s - %s" % (start.strftime("%d.%m.%Y."), end.strftime("%d.%m.%Y.")), 8)
            doc.t(330, H - 102, "Valuta računa: EUR", 8)
            y = box(doc, 330, H - 114, 225, [("Prethodno stanje", eu(ob)), ("Ukupno isplate", eu(dr)), ("Ukupno uplate", eu(crs)), ("Novo stanje", eu(cb))])
            return y - 22
        return H - 80

    cols = [("Datum\nvalute", 40, "l", "d"), ("Opis", 105, "l", "desc"), ("Isplata", 400, "r", "dr"), ("Uplata", 475, "r", "cr"), ("Stanje", 555, "r", "s")]

    def top(doc, y):
        doc.t(105, y, "Početno stanje", 8, True); doc.t(555, y, eu(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(105, y - 6, "Ukupno", 8, True); doc.t(400, y - 6, eu(dr), 8, True, "r"); doc.t(475, y - 6, eu(crs), 8, True, "r")
        doc.t(105, y - 19, "Završno stanje", 8, True); doc.t(555, y - 19, eu(cb), 8, True, "r")
        doc.t(40, y - 36, "Ako u roku od 15 dana ne uložite prigovor, smatrat ćemo da je stanje računa usuglašeno. Fiksni tečaj konverzije 7,53450.", 6.5)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 34, "Zagrebačka banka d.d., Trg bana Josipa Jelačića 10, 10000 Zagreb, OIB 92963223473. Info 0800 00 13, www.zaba.hr", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=45, top_rows=[top], bottom=bottom)
    write_truth(stem, "HA_hr_zaba", "****5678", "EUR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 6 NLB SI (Datum / Opis / Breme / Dobro / Stanje)
def nlb(stem, seed, n=16, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 7, 1), dt.date(2025, 7, 31)
    ob = D("2046.18")
    pool = [("Nakup s kartico MERCATOR HM LJUBLJANA ŠIŠKA", 6, 140), ("SEPA DD ELEKTRO ENERGIJA d.o.o. račun {r}", 35, 95),
            ("SEPA DD TELEKOM SLOVENIJE d.d.", 20, 45), ("Dvig gotovine NLB bankomat Trg republike", 20, 300),
            ("Plačilo UPN Energetika Ljubljana SI12 {r}", 40, 110), ("Nadomestilo za vodenje računa", 6.90, 6.90),
            ("Nakup s kartico PETROL LJUBLJANA TOMAČEVO", 30, 90)]
    cr = [("Prejeto nakazilo PLAČA KRKA d.d. 07/2025", 1800, 2300), ("Prejeto nakazilo Maja Novak vračilo", 10, 90)]
    txs = rand_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        r = {"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "s": eu(t["bal"]), "_bal": t["bal"]}
        r["dr" if t["amount"] < 0 else "cr"] = eu(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "NLB", 20, True); doc.t(88, H - 46, "Nova Ljubljanska banka d.d.", 8)
        doc.t(doc.W - 40, H - 42, "IZPISEK PROMETA", 11, True, "r")
        doc.t(doc.W - 40, H - 54, "Stran %d od %d" % (p, np_), 8, align="r")
        doc.t(40, H - 64, "Osebni račun " + iban("SI", "020100253847291") + "   EUR", 8)
        if p == 1:
            doc.t(40, H - 84, "Tina Kranjc", 8); doc.t(40, H - 95, "Celovška cesta 150", 8); doc.t(40, H - 106, "1000 Ljubljana", 8)
            doc.t(330, H - 84, "Obdobje: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.t(330, H - 95, "Izpisek št. 7/2025", 8)
            return H - 130
        return H - 86

    cols = [("Datum", 40, "l", "d"), ("Opis", 100, "l", "desc"), ("Breme", 400, "r", "dr"), ("Dobro", 475, "r", "cr"), ("Stanje", 555, "r", "s")]

    def top(doc, y):
        doc.t(100, y, "Začetno stanje", 8, True); doc.t(555, y, eu(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        i = rows.index(r)
        if kind == "cf":
            doc.t(100, y - 2, "Prenos na naslednjo stran", 8, True); doc.t(555, y - 2, eu(r["_bal"]), 8, True, "r")
        else:
            doc.t(100, y, "Prenos s prejšnje strani", 8, True); doc.t(555, y, eu(rows[i - 1]["_bal"] if i else ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        dr = -sum(t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(100, y - 6, "Skupaj promet", 8, True); doc.t(400, y - 6, eu(dr), 8, True, "r"); doc.t(475, y - 6, eu(crs), 8, True, "r")
        doc.t(100, y - 19, "Končno stanje", 8, True); doc.t(555, y - 19, eu(cb), 8, True, "r")
        doc.t(40, y - 36, "Dovoljena prekoračitev: 1.500,00 EUR. Obrestna mera za dovoljeno prekoračitev 8,9 % letno.", 6.5)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 34, "NLB d.d., Trg republike 2, 1520 Ljubljana, matična št. 5860571, ID za DDV SI91132550. Kontaktni center 01 477 20 00, www.nlb.si", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=24 if pages else 45, top_rows=[top], cf=cf, bottom=bottom)
    write_truth(stem, "HA_si_nlb", "****7291", "EUR", start, end, ob, txs, True)


P = "ha_"
handelsbanken(P + "se_handelsbanken", 11)
handelsbanken(P + "se_handelsbanken__2pages", 12, n=48, pages=True)
lhv(P + "ee_lhv", 21)
lhv(P + "ee_lhv__longdesc", 22, n=14, longdesc=True)
luminor(P + "lv_luminor", 31)
luminor(P + "lv_luminor__overdraft", 32, n=12, od=True)
landsbankinn(P + "is_landsbankinn", 41)
landsbankinn(P + "is_landsbankinn__2pages", 42, n=36, pages=True)
zaba(P + "hr_zaba", 51)
zaba(P + "hr_zaba__fx", 52, n=14, fx=True)
nlb(P + "si_nlb", 61)
nlb(P + "si_nlb__2pages", 62, n=34, pages=True)
print("done")
