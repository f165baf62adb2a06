#!/usr/bin/python3
"""Generator ib: 6 untuned layouts x (base + one or two one-change variants), exact truth. Deterministic.

Banca Transilvania (Romania, RON: Data / Descriere / Debit / Credit, no balance column, SOLD ANTERIOR / SOLD FINAL rows,
a RULAJ ZI subtotal after each day, descriptions over 2-3 lines ending in a "REF:" line; a "SOLD FINAL ZI" and a
three-page variant), UniCredit Bulbank (Bulgaria, BGN, Cyrillic: Дата / Основание / Дебит / Кредит / Салдо,
"Начално салдо" / "Обороти" / "Крайно салдо" rows, 1 234,56; an overdraft variant), PKO Bank Polski "Historia
rachunku" (Data operacji / Data waluty / Typ transakcji / Kwota / Saldo po transakcji / Opis transakcji with the
description RIGHT of the amounts, signed "-1 234,56"; a three-page and a foreign-currency variant), Bank of Cyprus
(EUR, Greek labels over English: Date / Description / Value Date / Debit / Credit / Balance, brought/carried forward
rows; a foreign-currency variant), Luminor (Lithuania, EUR: Data / Gavėjas/Mokėtojas / Paaiškinimai / Suma / D/K,
no balance column, Pradinis/Galutinis likutis; a two-page and a long-wrapped variant), Addiko Bank (Bosnia, BAM
"KM": Datum / Opis / Isplata / Uplata / Stanje, "05.06.2025." dates, 1.234,56, Prethodno/Novo stanje; an
overdraft variant).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import C2, Doc, fmt, make_txns, paginate_lines, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ib/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def amt(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def ref(rng):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))


# ---------------------------------------------------------------- 1 Banca Transilvania (RON)
def bt(stem, seed, soldzi=False, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("4827.19")
    en = lambda v: fmt(v)
    pool = [(["Plata la POS non-BT cu card VISA", "POS {d} TID:CJ{n} KAUFLAND CLUJ MARASTI CLUJ-NAPOCA RO"], 30, 420),
            (["Plata la POS", "POS {d} TID:CJ{n} MEGA IMAGE 0412 CLUJ-NAPOCA RO"], 12, 160),
            (["Transfer BT24", "catre VASILE IOANA; RO12BTRLRONCRT0298765401; chirie iunie apartament Gheorgheni"], 1400, 1400),
            (["Plata factura", "ELECTRICA FURNIZARE SA; cod client 5001234567; factura {n}"], 90, 310),
            (["Retragere numerar ATM", "ATM BT CLUJ PIATA MIHAI VITEAZU"], 100, 800),
            (["Plata la POS non-BT cu card VISA", "POS {d} TID:BU{n} OMV PETROM 2217 FLORESTI RO"], 150, 330),
            (["Plata online", "DIGI RCS RDS SA; abonament fibra + mobil; cont 8821347"], 62, 95)]
    cr = [(["Incasare OP - canal electronic", "ALFA SOFTWARE SRL; RO98INGB0000999912345678; salariu mai 2025"], 7200, 9100),
          (["Incasare Instant", "de la POP MARIA-ELENA; cadou ziua de nastere"], 50, 400)]
    n = 46 if pages else 18
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        src, lo, hi, sg = (rng.choice(cr) + (1,)) if rng.random() < 0.18 else (rng.choice(pool) + (-1,))
        lines = [src[0]] + wrap(src[1].format(d=d.strftime("%d/%m/%Y"), n=rng.randint(100000, 999999)), 58)
        txs.append({"date": d, "lines": lines, "amount": amt(rng, lo, hi) * sg})
    txs.append({"date": end, "lines": ["Comision administrare cont"], "amount": D("-5.00")})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    for t in txs:
        t["desc_lines"] = t["lines"] + ["REF: " + ref(rng)]
        t["rb"], t["bal"] = t["bal"], None  # no balance on a row
    rows = [{"desc": ["SOLD ANTERIOR"], "cr": en(ob)}]
    i = 0
    while i < len(txs):
        d = txs[i]["date"]; j = i
        while j < len(txs) and txs[j]["date"] == d: j += 1
        day = txs[i:j]
        for k, t in enumerate(day):
            r = {"desc": t["desc_lines"]}
            if k == 0: r["d"] = d.strftime("%d/%m/%Y")
            if t["amount"] < 0: r["db"] = en(-t["amount"])
            else: r["cr"] = en(t["amount"])
            rows.append(r)
        so, si = sums(day)
        rows.append({"desc": ["RULAJ ZI"], "db": en(so), "cr": en(si)})
        if soldzi: rows.append({"desc": ["SOLD FINAL ZI"], "cr": en(day[-1]["rb"])})
        i = j
    so, si = sums(txs)
    rows.append({"desc": ["RULAJ TOTAL CONT"], "db": en(so), "cr": en(si)})
    rows.append({"desc": ["SOLD FINAL CONT"], "cr": en(cb)})

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Banca Transilvania", 16, True); doc.t(40, H - 57, "Banca ta. Banca Transilvania.", 7)
        doc.t(W - 40, H - 42, "EXTRAS DE CONT", 11, True, "r")
        doc.t(W - 40, H - 54, "Nr. 6 din %s" % end.strftime("%d.%m.%Y"), 8, align="r")
        doc.t(W - 40, H - 65, "Perioada: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8, align="r")
        if p == 1:
            doc.t(40, H - 84, "POPESCU ANDREI-MIHAI", 8, True); doc.t(40, H - 95, "STR. MEMORANDUMULUI NR. 28 AP. 4", 8)
            doc.t(40, H - 106, "CLUJ-NAPOCA, JUD. CLUJ, 400114", 8)
            doc.t(330, H - 84, "Cod client: 1847221", 8); doc.t(330, H - 95, "Cont curent - RON", 8)
            doc.t(330, H - 106, "Cod IBAN: RO49 BTRL RONC RT03 2761 4501", 8)
            doc.t(330, H - 117, "Sucursala: CLUJ-NAPOCA MARASTI", 8)
            doc.t(40, H - 140, "Tranzactii efectuate", 10, True)
            return H - 158
        doc.t(40, H - 84, "Cod IBAN: RO49 BTRL RONC RT03 2761 4501 - continuare", 8)
        return H - 104

    cols = [("Data", 40, "l", "d"), ("Descriere", 110, "l", "desc"), ("Debit", 470, "r", "db"), ("Credit", 555, "r", "cr")]

    def footer(doc, p, np_):
        doc.t(40, 40, "Banca Transilvania S.A. | CUI RO5022670 | Nr. Reg. Com. J12/4155/1993 | Capital social 8.065.886.740 lei | www.bancatransilvania.ro", 5.5)
        doc.t(40, 32, "Depozitele sunt garantate de Fondul de Garantare a Depozitelor Bancare in limita a 100.000 EUR. Infoline: 0264 308 028", 5.5)
        doc.t(doc.W - 40, 22, "Pagina %d din %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=50)
    write(stem, "ib_ro_bancatransilvania", "****4501", "RON", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 UniCredit Bulbank (BGN, Cyrillic)
def bulbank(stem, seed, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("-184.36") if od else D("3126.80")
    bg = lambda v: fmt(v, " ", ",")
    pool = [("Плащане с карта BILLA BULGARIA SOFIA 1000 BGR", 6, 140), ("Плащане с карта LIDL BULGARIA EOOD PLOVDIV", 10, 190),
            ("Теглене от АТМ УНИКРЕДИТ БУЛБАНК ПЛ. СВЕТА НЕДЕЛЯ 7 СОФИЯ", 40, 400),
            ("Превод към ИВАНА СТОЯНОВА ДИМИТРОВА наем за месец май", 650, 650),
            ("Плащане на сметка ЧЕЗ ЕЛЕКТРО БЪЛГАРИЯ АД аб. № 300012345678 чрез Булбанк онлайн", 35, 140),
            ("Плащане с карта SHELL BULGARIA 0112 SOFIA", 60, 120), ("Такса месечно обслужване пакет Актив", 5.9, 5.9)]
    cr = [("Входящ превод ЗАПЛАТА ЗА М.04.2025 ОТ ТЕЛЕКОМ СОФТ ООД", 2300, 3100), ("Входящ превод от ПЕТЪР НИКОЛОВ ГЕОРГИЕВ връщане заем", 50, 300)]
    if od:
        pool = [(a, lo * 1.5, hi * 1.5) for a, lo, hi in pool]; cr = cr[1:]
    txs = make_txns(rng, start, end, 20, pool, cr)
    cb = running(txs, ob)
    rows = [{"d": start.strftime("%d.%m.%Y"), "desc": ["Начално салдо"], "b": bg(ob)}]
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 52)
        r = {"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "b": bg(t["bal"])}
        if t["amount"] < 0: r["db"] = bg(-t["amount"])
        else: r["cr"] = bg(t["amount"])
        rows.append(r)
    so, si = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "UniCredit Bulbank", 16, True); doc.t(40, H - 57, "УниКредит Булбанк АД", 7.5)
        doc.t(W - 40, H - 42, "ИЗВЛЕЧЕНИЕ ПО СМЕТКА", 11, True, "r")
        doc.t(W - 40, H - 54, "№ 5 / %s" % end.strftime("%d.%m.%Y"), 8, align="r")
        doc.t(40, H - 84, "Титуляр: ГЕОРГИ ИВАНОВ ПЕТРОВ", 8)
        doc.t(40, H - 95, "Адрес: гр. София 1404, ж.к. Стрелбище, бл. 12, вх. А, ет. 3, ап. 9", 8)
        doc.t(40, H - 106, "IBAN: BG80 UNCR 7000 1523 4567 89", 8); doc.t(330, H - 106, "BIC: UNCRBGSF", 8)
        doc.t(40, H - 117, "Вид сметка: Разплащателна сметка", 8); doc.t(330, H - 117, "Валута: BGN", 8)
        doc.t(40, H - 128, "Период: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
        if od: doc.t(330, H - 128, "Разрешен овърдрафт: 1 500,00 BGN", 8)
        return H - 152

    cols = [("Дата", 40, "l", "d"), ("Основание", 100, "l", "desc"), ("Дебит", 400, "r", "db"), ("Кредит", 475, "r", "cr"),
            ("Салдо", 555, "r", "b")]

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(100, y - 2, "Обороти", 8, True); doc.t(400, y - 2, bg(so), 8, True, "r"); doc.t(475, y - 2, bg(si), 8, True, "r")
        doc.t(40, y - 14, end.strftime("%d.%m.%Y"), 8, True); doc.t(100, y - 14, "Крайно салдо", 8, True); doc.t(555, y - 14, bg(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 40, "УниКредит Булбанк АД, гр. София 1000, пл. „Света Неделя“ № 7, ЕИК 831919536. Телефон за връзка: 0700 1 84 84.", 5.5)
        doc.t(40, 32, "Настоящото извлечение е генерирано електронно и е валидно без подпис и печат.", 5.5)
        doc.t(doc.W - 40, 22, "Страница %d от %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=48, bottom=bottom)
    write(stem, "ib_bg_unicredit_bulbank", "****6789", "BGN", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 PKO Bank Polski "Historia rachunku" (description rightmost)
def pko(stem, seed, pages=False, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 7, 1), dt.date(2025, 7, 31)
    ob = D("6214.37")
    sp = lambda v: fmt(v, " ", ",")
    d8 = lambda d: d.strftime("%d.%m.%Y")
    pool = [("Płatność kartą", ["Tytuł: 000498849 74230785183000123456789", "Numer karty: 425125******4412",
                                "Lokalizacja: Adres: ŻABKA Z4871 K.1 Miasto: WARSZAWA Kraj: POLSKA"], 6, 90),
            ("Płatność kartą", ["Tytuł: 000498849 74230785183000987654321", "Numer karty: 425125******4412",
                                "Lokalizacja: Adres: BIEDRONKA 3021 Miasto: WARSZAWA Kraj: POLSKA"], 12, 240),
            ("Przelew z rachunku", ["Rachunek odbiorcy: 12 1050 0099 7603 1234 5678 9123", "Nazwa odbiorcy: TAURON SPRZEDAŻ SP. Z O.O.",
                                    "Tytuł: FV/{r}/2025 energia elektryczna"], 90, 260),
            ("Zlecenie stałe", ["Rachunek odbiorcy: 44 1240 6292 1111 0010 8765 4321", "Nazwa odbiorcy: SM OCHOTA",
                                "Tytuł: CZYNSZ LOKAL 14 LIPIEC"], 612, 612),
            ("Płatność web - kod mobilny", ["Numer telefonu: +48 601 *** 412", "Lokalizacja: Adres: ALLEGRO.PL"], 30, 450),
            ("Wypłata z bankomatu", ["Numer karty: 425125******4412",
                                     "Lokalizacja: Adres: BANKOMAT PKO BP UL. GRÓJECKA 75 Miasto: WARSZAWA Kraj: POLSKA"], 100, 600)]
    cr = [("Przelew na rachunek", ["Rachunek nadawcy: 83 1140 2004 0000 3402 7712 3344", "Nazwa nadawcy: TECHSOFT POLSKA SP. Z O.O.",
                                   "Tytuł: WYNAGRODZENIE 07/2025"], 6200, 8400),
          ("Przelew na rachunek", ["Rachunek nadawcy: 29 1090 1014 0000 0712 1981 2874", "Nazwa nadawcy: KOWALSKA ANNA",
                                   "Tytuł: zwrot za bilety do kina"], 40, 300)]
    n = 44 if pages else 16
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        typ, src, lo, hi = rng.choice(cr) if rng.random() < 0.18 else rng.choice(pool)
        sg = 1 if typ == "Przelew na rachunek" else -1
        txs.append({"date": d, "typ": typ, "src": [s.format(r=rng.randint(1000, 9999)) for s in src], "amount": amt(rng, lo, hi) * sg})
    txs.append({"date": end, "typ": "Opłata", "src": ["Tytuł: Opłata za kartę debetową 07/2025"], "amount": D("-7.00")})
    txs.sort(key=lambda t: t["date"])
    if fx:
        for k, (m, c, rate) in zip([2, 7, 11], [("BOOKING.COM AMSTERDAM Kraj: HOLANDIA", "EUR", D("4.2815")),
                                                ("RYANAIR DUBLIN Kraj: IRLANDIA", "EUR", D("4.2790")), ("NETFLIX.COM LOS GATOS Kraj: USA", "USD", D("3.9412"))]):
            t = txs[k]
            if t["amount"] > 0: t["amount"] = -t["amount"]
            famt = (-t["amount"] / rate).quantize(C2)
            t["typ"] = "Płatność kartą"
            t["src"] = ["Tytuł: 000498849 7423078518300%07d" % rng.randint(0, 9999999), "Numer karty: 425125******4412",
                        "Lokalizacja: Adres: " + m, "Oryginalna kwota operacji: %s %s" % (sp(famt), c), "Kurs: %s" % fmt(rate, " ", ",", nd=4)]
    cb = running(txs, ob)
    rows = []
    for t in txs:
        lines = [w for s in t["src"] for w in wrap(s, 34)]
        t["desc_lines"] = lines  # "Typ transakcji" is a type column, not description
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2])) if t["typ"] == "Płatność kartą" else t["date"]
        rows.append({"d": d8(t["date"]), "v": d8(vd), "k": t["typ"], "desc": lines,
                     "a": sp(t["amount"]), "b": sp(t["bal"])})

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 45, "PKO BANK POLSKI", 15, True)
        doc.t(W - 40, H - 42, "Historia rachunku", 11, True, "r")
        if p == 1:
            doc.t(40, H - 74, "Klient: JAN NOWAK", 8)
            doc.t(40, H - 85, "Rachunek: PKO Konto za Zero", 8)
            doc.t(40, H - 96, "Numer rachunku: 61 1020 1026 0000 0402 0123 4567", 8)
            doc.t(40, H - 107, "Waluta: PLN", 8)
            doc.t(40, H - 118, "Za okres: od %s do %s" % (d8(start), d8(end)), 8)
            doc.t(330, H - 74, "Saldo początkowe: %s PLN" % sp(ob), 8)
            doc.t(330, H - 85, "Saldo końcowe: %s PLN" % sp(cb), 8)
            doc.t(330, H - 96, "Data wygenerowania: 01.08.2025", 8)
            return H - 142
        return H - 70

    cols = [("Data\noperacji", 40, "l", "d"), ("Data\nwaluty", 94, "l", "v"), ("Typ transakcji", 150, "l", "k"),
            ("Kwota", 316, "r", "a"), ("Saldo po\ntransakcji", 378, "r", "b"), ("Opis transakcji", 392, "l", "desc")]

    def footer(doc, p, np_):
        doc.t(40, 30, "Powszechna Kasa Oszczędności Bank Polski Spółka Akcyjna, ul. Puławska 15, 02-515 Warszawa, KRS 0000026438, NIP 525-000-77-38.", 5.5)
        doc.t(doc.W - 40, 20, "Strona %d z %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=(44 if pages else 60))
    write(stem, "ib_pl_pko_historia", "****4567", "PLN", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Bank of Cyprus (EUR, Greek labels over English)
def boc(stem, seed, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 1), dt.date(2025, 3, 31)
    ob = D("2417.63")
    pool = [("CARD PURCHASE ALPHAMEGA HYPERMARKET AGLANTZIA NICOSIA", 15, 180), ("CARD PURCHASE SKLAVENITIS STROVOLOS", 10, 140),
            ("1BANK TRANSFER TO ANDREOU MARIA RENT MARCH", 750, 750), ("EAC ELECTRICITY AUTHORITY OF CYPRUS BILL {r}", 60, 190),
            ("ATM WITHDRAWAL BOC MAKARIOU AVE NICOSIA", 40, 300), ("DIRECT DEBIT CYTA MOBILE AND INTERNET", 38, 72),
            ("CARD PURCHASE PETROLINA LIMASSOL RD", 30, 70), ("MAINTENANCE FEE", 3, 3)]
    cr = [("SALARY MARCH 2025 LOGICOM PUBLIC LTD", 2100, 2700), ("INWARD TRANSFER FROM GEORGIOU ANDREAS", 30, 220)]
    txs = make_txns(rng, start, end, 20, pool, cr)
    if fx:
        for k, (m, c, rate) in zip([3, 9, 14], [("CARD PURCHASE AMAZON MKTPLACE LUXEMBOURG", "USD", D("1.0842")),
                                                ("CARD PURCHASE BOOKING.COM AMSTERDAM", "GBP", D("0.8417")),
                                                ("CARD PURCHASE APPLE.COM/BILL CORK", "USD", D("1.0836"))]):
            t = txs[k]
            if t["amount"] > 0: t["amount"] = -t["amount"]
            t["desc"] = "%s %s %s RATE %s" % (m, c, fmt((-t["amount"] * rate).quantize(C2)), fmt(rate, nd=4))
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 36)
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "v": vd.strftime("%d/%m/%Y"), "b": fmt(t["bal"])}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"])
        else: r["cr"] = fmt(t["amount"])
        rows.append(r)
    so, si = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "BANK OF CYPRUS", 15, True); doc.t(40, H - 57, "ΤΡΑΠΕΖΑ ΚΥΠΡΟΥ", 8)
        doc.t(W - 40, H - 42, "ΚΑΤΑΣΤΑΣΗ ΛΟΓΑΡΙΑΣΜΟΥ / STATEMENT OF ACCOUNT", 9.5, True, "r")
        doc.t(W - 40, H - 54, "Σελίδα / Page %d of %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 82, "ANDREAS CHRISTODOULOU", 8); doc.t(40, H - 93, "12 ARCH. MAKARIOU III AVE, FLAT 304", 8)
        doc.t(40, H - 104, "1065 NICOSIA, CYPRUS", 8)
        doc.t(320, H - 82, "Αρ. Λογαριασμού / Account No: 357012345678", 8)
        doc.t(320, H - 93, "IBAN: CY17 0020 0128 0000 3570 1234 5678", 8)
        doc.t(320, H - 104, "Νόμισμα / Currency: EUR", 8)
        doc.t(320, H - 115, "Περίοδος / Period: %s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
        return H - 140

    cols = [("Ημερομηνία\nDate", 40, "l", "d"), ("Περιγραφή\nDescription", 100, "l", "desc"), ("Ημ. Αξίας\nValue Date", 300, "l", "v"),
            ("Χρέωση\nDebit", 415, "r", "db"), ("Πίστωση\nCredit", 485, "r", "cr"), ("Υπόλοιπο\nBalance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(100, y, "BALANCE BROUGHT FORWARD", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 12

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%d/%m/%Y"), 8); doc.t(100, y, "BALANCE CARRIED FORWARD", 8); doc.t(555, y, fmt(cb), 8, align="r")
        doc.c.line(40, y - 6, doc.W - 40, y - 6)
        doc.t(100, y - 18, "Σύνολα / Totals", 8, True); doc.t(415, y - 18, fmt(so), 8, True, "r"); doc.t(485, y - 18, fmt(si), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 40, "Bank of Cyprus Public Company Ltd, 51 Stassinos Street, Ayia Paraskevi, 2002 Strovolos, Nicosia. Registration No. HE165. "
                      "Tel. 800 00 800.", 5.5)
        doc.t(40, 32, "Please examine this statement and report any discrepancy within 30 days. Παρακαλούμε ελέγξτε την κατάσταση.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=52, top_rows=[top], bottom=bottom)
    write(stem, "ib_cy_bankofcyprus", "****5678", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 Luminor Lithuania (Suma + D/K, no balance column)
def luminor(stem, seed, pages=False, long=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("1874.22")
    lt = lambda v: fmt(v, " ", ",")
    pool = [("MAXIMA LT, UAB", "Kortelės operacija MAXIMA X78 VILNIUS kortelė ***5512", 5, 90),
            ("UAB \"IGNITIS\"", "Sąskaita už elektrą Nr. {r} mokėtojo kodas 2044871", 25, 95),
            ("UAB \"VILNIAUS VANDENYS\"", "Vandens tiekimas, sąskaita {r}", 12, 40),
            ("", "Grynųjų pinigų išėmimas bankomate Luminor Gedimino pr. 12 Vilnius", 20, 300),
            ("TELIA LIETUVA, AB", "Mokėjimas už paslaugas sutarties Nr. {r}", 15, 45),
            ("JONAITIS TOMAS", "Nuoma už birželį, butas Žirmūnų g. 64-12", 520, 520),
            ("CIRCLE K LIETUVA, UAB", "Kortelės operacija CIRCLE K KALVARIJU kortelė ***5512", 30, 80)]
    cr = [("UAB \"NORDSOFT\"", "Darbo užmokestis už 2025 m. gegužės mėn.", 1800, 2600),
          ("PETRAITIENĖ RŪTA", "Grąžinu skolą už keliones bilietus", 20, 150)]
    if long:
        pool = [(a, b + " įmokos kodas 55 mokėjimo paskirtis pagal sutartį Nr. LT-{r} ir papildomą susitarimą", lo, hi)
                if a and "kortelė" not in b else (a, b, lo, hi) for a, b, lo, hi in pool]
    n = 40 if pages else 17
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        who, what, lo, hi = rng.choice(cr) if rng.random() < 0.18 else rng.choice(pool)
        sg = 1 if (who, what, lo, hi) in cr else -1
        txs.append({"date": d, "who": who, "what": what.format(r=rng.randint(100000, 999999)), "amount": amt(rng, lo, hi) * sg})
    txs.append({"date": end, "who": "", "what": "Mėnesinis sąskaitos aptarnavimo mokestis", "amount": D("-1.99")})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        wl = wrap(t["who"], 22) if t["who"] else []
        pl = wrap(t["what"], 40)
        t["desc_lines"] = wl + pl  # the payee/payer, then the explanation
        t["bal"] = None
        n_ = max(len(wl), len(pl))
        rows.append({"d": t["date"].isoformat(), "w": wl, "desc": pl + [""] * (n_ - len(pl)), "a": lt(abs(t["amount"])),
                     "dk": "D" if t["amount"] < 0 else "K"})
    so, si = sums(txs)
    pages_ = paginate_lines(rows, 46 if pages else 60, 58)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), A4)
    H, W = doc.H, doc.W
    np_ = len(pages_)
    for p, pr in enumerate(pages_, 1):
        doc.t(40, H - 46, "Luminor", 18, True)
        doc.t(W - 40, H - 42, "SĄSKAITOS IŠRAŠAS", 11, True, "r")
        doc.t(W - 40, H - 54, "Laikotarpis: %s – %s" % (start.isoformat(), end.isoformat()), 8, align="r")
        y = H - 80
        if p == 1:
            doc.t(40, H - 80, "Klientas: LINA KAZLAUSKIENĖ", 8); doc.t(40, H - 91, "Adresas: Žirmūnų g. 64-12, LT-09124 Vilnius", 8)
            doc.t(330, H - 80, "Sąskaita: LT12 4010 0510 0123 4567", 8); doc.t(330, H - 91, "Valiuta: EUR", 8)
            doc.c.rect(40, H - 150, 515, 44)
            S = [("Pradinis likutis", lt(ob)), ("Apyvarta D", lt(so)), ("Apyvarta K", lt(si)), ("Galutinis likutis", lt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(48 + 128 * i, H - 122, a, 7.5); doc.t(48 + 128 * i, H - 138, b + " EUR", 8.5, True)
            y = H - 172
        for ti, x, al in (("Data", 40, "l"), ("Gavėjas/Mokėtojas", 100, "l"), ("Paaiškinimai", 215, "l"), ("Suma", 520, "r"), ("D/K", 535, "l")):
            doc.t(x, y, ti, 7.5, True, al)
        doc.c.line(40, y - 4, W - 40, y - 4); y -= 16
        for r in pr:
            doc.t(40, y, r["d"], 8); doc.t(520, y, r["a"], 8, align="r"); doc.t(538, y, r["dk"], 8)
            for k, l in enumerate(r["w"]): doc.t(100, y - 10 * k, l, 8)
            for k, l in enumerate(r["desc"]): doc.t(215, y - 10 * k, l, 8)
            y -= 10 * max(1, len(r["w"]), len(r["desc"])) + 3
        if p == np_:
            doc.c.line(40, y + 6, W - 40, y + 6)
            doc.t(215, y - 4, "Galutinis likutis", 8, True); doc.t(520, y - 4, lt(cb), 8, True, "r")
        doc.t(40, 36, "Luminor Bank AS Lietuvos skyrius, Konstitucijos pr. 21A, LT-08130 Vilnius. Įmonės kodas 304870069. Tel. 1813", 5.5)
        doc.t(W - 40, 24, "Puslapis %d iš %d" % (p, np_), 7, align="r")
        doc.c.showPage()
    doc.c.save()
    write(stem, "ib_lt_luminor", "****4567", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Addiko Bank Bosnia (BAM "KM")
def addiko(stem, seed, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("-212.70") if od else D("1948.35")
    ba = lambda v: fmt(v, ".", ",")
    pool = [("Kupovina POS BINGO D.O.O. SARAJEVO ALIPAŠINA", 8, 150), ("Kupovina POS KONZUM BIH SARAJEVO", 5, 90),
            ("Isplata bankomat ADDIKO ZMAJA OD BOSNE 44", 50, 400), ("Trajni nalog ELEKTROPRIVREDA BIH D.D. broj kupca {r}", 45, 120),
            ("Plaćanje BH TELECOM D.D. račun {r}", 30, 70), ("Kupovina POS ENERGOPETROL 117 ILIDŽA", 40, 110),
            ("Naknada za vođenje računa", 6, 6)]
    cr = [("Priliv plata 03/2025 ASA GROUP D.O.O.", 1600, 2300), ("Priliv od HODŽIĆ AMRA povrat", 20, 200)]
    if od:
        pool = [(a, lo * 1.4, hi * 1.4) for a, lo, hi in pool]; cr = cr[1:]
    txs = make_txns(rng, start, end, 18, pool, cr)
    cb = running(txs, ob)
    d9 = lambda d: d.strftime("%d.%m.%Y.")
    rows = [{"desc": ["Prethodno stanje"], "b": ba(ob)}]
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        r = {"d": d9(t["date"]), "desc": t["desc_lines"], "b": ba(t["bal"])}
        if t["amount"] < 0: r["db"] = ba(-t["amount"])
        else: r["cr"] = ba(t["amount"])
        rows.append(r)
    so, si = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Addiko Bank", 16, True)
        doc.t(W - 40, H - 42, "IZVOD TEKUĆEG RAČUNA BR. 4", 11, True, "r")
        doc.t(W - 40, H - 54, "za period %s - %s" % (d9(start), d9(end)), 8, align="r")
        doc.t(40, H - 84, "MEHMEDOVIĆ ADNAN", 8, True); doc.t(40, H - 95, "Ul. Grbavička 34", 8); doc.t(40, H - 106, "71000 Sarajevo", 8)
        doc.t(330, H - 84, "Broj računa: 3060190000123456", 8); doc.t(330, H - 95, "Valuta: KM (BAM)", 8)
        doc.t(330, H - 106, "Vrsta računa: Tekući račun - Paket Addiko Plus", 8)
        if od: doc.t(330, H - 117, "Dozvoljeno prekoračenje: 1.000,00 KM", 8)
        return H - 140

    cols = [("Datum", 40, "l", "d"), ("Opis", 110, "l", "desc"), ("Isplata", 400, "r", "db"), ("Uplata", 475, "r", "cr"), ("Stanje", 555, "r", "b")]

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(110, y - 2, "Ukupno", 8, True); doc.t(400, y - 2, ba(so), 8, True, "r"); doc.t(475, y - 2, ba(si), 8, True, "r")
        doc.t(110, y - 14, "Novo stanje", 8, True); doc.t(555, y - 14, ba(cb) + " KM", 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 40, "Addiko Bank d.d. Sarajevo, Trg solidarnosti 12, 71000 Sarajevo. ID broj 4200241380008. Kontakt centar: 033 755 867, www.addiko.ba", 5.5)
        doc.t(doc.W - 40, 24, "Stranica %d od %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=50, bottom=bottom)
    write(stem, "ib_ba_addiko", "****3456", "BAM", start, end, ob, cb, txs)


bt("ib_ro_bancatransilvania", 1801)
bt("ib_ro_bancatransilvania__soldzi", 1802, soldzi=True)
bt("ib_ro_bancatransilvania__pages", 1803, pages=True)
bulbank("ib_bg_bulbank", 1811)
bulbank("ib_bg_bulbank__od", 1812, od=True)
pko("ib_pl_pko_historia", 1821)
pko("ib_pl_pko_historia__pages", 1822, pages=True)
pko("ib_pl_pko_historia__fx", 1823, fx=True)
boc("ib_cy_bankofcyprus", 1831)
boc("ib_cy_bankofcyprus__fx", 1832, fx=True)
luminor("ib_lt_luminor", 1841)
luminor("ib_lt_luminor__pages", 1842, pages=True)
luminor("ib_lt_luminor__long", 1843, long=True)
addiko("ib_ba_addiko", 1851)
addiko("ib_ba_addiko__od", 1852, od=True)
