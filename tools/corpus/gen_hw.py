#!/usr/bin/python3
"""Generator hw: 5 untuned layouts x (base + 1 variant), exact truth. Deterministic.

Kapital Bank (Azerbaijan, Azerbaijani Tarix / Təsvir / Məxaric / Mədaxil / Qalıq, "1 234.56", AZN; a two-page
variant), Khan Bank (Mongolia, Mongolian Cyrillic Огноо / Гүйлгээний утга / Дебит / Кредит / Үлдэгдэл, "2025.05.05",
"₮"; a long wrapped descriptions variant), Halyk Bank (Kazakhstan, Russian column names with Kazakh beside them,
signed Сумма / Остаток, "12 500,00 ₸"; a foreign-currency lines variant), Banca Intesa Srbija (Serbian Latin,
Datum / Opis / Zaduženje / Odobrenje / Stanje, Prethodno/Novo stanje; an overdraft variant), NLB Banka (North
Macedonia, Macedonian Cyrillic Датум / Опис / Задолжување / Одобрување / Салдо, Почетно/Крајно салдо; a two-page
variant with carried-forward lines).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hw/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def rows_of(txs, width, datef, money, split=True, signed=None):
    rows = []
    for t in txs:
        t["desc_lines"] = t.get("lines") or wrap(t["desc"], width)
        r = {"d": datef(t["date"]), "desc": t["desc_lines"], "b": money(t["bal"]), "_bal": t["bal"]}
        if split:
            r["dr" if t["amount"] < 0 else "cr"] = money(abs(t["amount"]))
        else:
            r["a"] = signed(t["amount"])
        rows.append(r)
    return rows


# ---------------------------------------------------------------- 1 Kapital Bank (Azerbaijan)
def kapital(stem, seed, n=18, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("1846.30")
    pool = [("POS ödəniş BRAVO SUPERMARKET BAKI AZ", 8, 95), ("POS ödəniş ARAZ MARKET NARIMANOV", 5, 60),
            ("ATM nağdlaşdırma KAPITAL BANK ATM 0412 BAKI", 20, 300), ("Kommunal ödəniş AZERIŞIQ ASC hesab {r}", 15, 70),
            ("Mobil ödəniş AZERCELL 050xxx{r}", 5, 20), ("Köçürmə Birbank kartına 4169****{r}", 30, 400),
            ("Xidmət haqqı SMS məlumatlandırma", 1, 1)]
    cr = [("Əmək haqqı AZERSUN HOLDING MMC", 1400, 1900), ("Daxil olan köçürmə ELVIN MƏMMƏDOV", 20, 250)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    money = lambda v: fmt(v, th=" ")
    rows = rows_of(txs, 46, lambda d: d.strftime("%d.%m.%Y"), money)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "KAPITAL BANK", 18, True)
        doc.t(40, H - 57, "Kapital Bank ASC  •  Füzuli küç. 71, Bakı AZ1014  •  *196", 7)
        doc.t(doc.W - 40, H - 40, "HESABDAN ÇIXARIŞ", 11, True, "r")
        doc.t(doc.W - 40, H - 52, "Səhifə %d / %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 84, "Müştəri:", 8, True); doc.t(120, H - 84, "RƏŞİD ƏLİYEV", 8)
            doc.t(40, H - 95, "Hesab:", 8, True); doc.t(120, H - 95, "AZ21AIIB38060019441187256114", 8)
            doc.t(40, H - 106, "Valyuta:", 8, True); doc.t(120, H - 106, "AZN", 8)
            doc.t(40, H - 117, "Dövr:", 8, True); doc.t(120, H - 117, "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.c.rect(340, H - 150, 215, 72)
            S = [("Dövrün əvvəlinə qalıq", money(ob)), ("Məxaric dövriyyəsi", money(dr)), ("Mədaxil dövriyyəsi", money(crs)),
                 ("Dövrün sonuna qalıq", money(cb))]
            doc.t(348, H - 90, "Hesab üzrə xülasə (AZN)", 8, True)
            for i, (a, b) in enumerate(S):
                doc.t(348, H - 104 - 12 * i, a, 7.5); doc.t(548, H - 104 - 12 * i, b, 7.5, align="r")
            return H - 180
        doc.t(40, H - 80, "AZ21AIIB38060019441187256114  (davamı)", 8)
        return H - 100

    cols = [("Tarix", 40, "l", "d"), ("Təsvir", 100, "l", "desc"), ("Məxaric", 405, "r", "dr"), ("Mədaxil", 475, "r", "cr"),
            ("Qalıq", 555, "r", "b")]

    def top(doc, y):
        doc.t(100, y, "Dövrün əvvəlinə qalıq", 8, True); doc.t(555, y, money(ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(100, y - 2, "Cəmi dövriyyə", 8, True); doc.t(405, y - 2, money(dr), 8, True, "r"); doc.t(475, y - 2, money(crs), 8, True, "r")
        doc.t(100, y - 16, "Dövrün sonuna qalıq", 8, True); doc.t(555, y - 16, money(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 46, "Kapital Bank ASC Azərbaycan Respublikası Mərkəzi Bankının 20.10.2016 tarixli 244 nömrəli lisenziyası əsasında fəaliyyət göstərir.", 5.5)
        doc.t(40, 38, "Əmanətlər Əmanətlərin Sığortalanması Fondu tərəfindən sığortalanır. Birbank ilə ödənişlər daha sərfəlidir: www.kapitalbank.az", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(14 if pages else 48), top_rows=[top], bottom=bottom)
    write(stem, "hw_az_kapital", "****6114", "AZN", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Khan Bank (Mongolia)
def khan(stem, seed, n=16, longdesc=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("1284500.00")
    pool = [("ПОС худалдан авалт НОМИН СУПЕРМАРКЕТ УБ", 8000, 150000), ("АТМ бэлэн мөнгө ХААН БАНК СБД", 20000, 300000),
            ("Шилжүүлэг Б.БОЛД {r}", 10000, 200000), ("Цахилгааны төлбөр УБЦТС ХК", 25000, 90000),
            ("Интернэт банк шимтгэл", 100, 100), ("Юнител төлбөр 9911{r}", 10000, 30000)]
    if longdesc:
        pool.append(("Шилжүүлэг ГАНБААТАР ДОРЖСҮРЭН түрээсийн төлбөр 2025 оны 4 дүгээр сар 12-р хороолол 45-р байр {r}", 400000, 900000))
        pool.append(("ЕБС-ийн хичээлийн хураамж СҮХБААТАР ДҮҮРГИЙН 23 ДУГААР СУРГУУЛЬ Э.НАРАНЦЭЦЭГ 5А анги", 30000, 60000))
    cr = [("Цалин ГОВЬ ХК 2025.04 сарын цалин", 2200000, 2800000), ("Орлого Т.САРАНГЭРЭЛ буцаалт", 15000, 120000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    money = lambda v: fmt(v)
    rows = rows_of(txs, 40, lambda d: d.strftime("%Y.%m.%d"), money)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "ХААН БАНК", 18, True); doc.t(150, H - 45, "KHAN BANK", 9)
        doc.t(doc.W - 40, H - 40, "ДАНСНЫ ХУУЛГА", 11, True, "r")
        doc.t(doc.W - 40, H - 52, "Хуудас %d/%d" % (p, np_), 8, align="r")
        if p == 1:
            L = [("Харилцагч:", "БАТБАЯР ЭНХТУЯА"), ("Дансны дугаар:", "5012 3487 62"), ("Валют:", "MNT"),
                 ("Хугацаа:", "%s - %s" % (start.strftime("%Y.%m.%d"), end.strftime("%Y.%m.%d"))), ("Салбар:", "Төв салбар, Чингисийн өргөн чөлөө-6")]
            for i, (a, b) in enumerate(L):
                doc.t(40, H - 84 - 11 * i, a, 8, True); doc.t(130, H - 84 - 11 * i, b, 8)
            S = [("Эхний үлдэгдэл", money(ob) + " ₮"), ("Дебит гүйлгээ", money(dr) + " ₮"), ("Кредит гүйлгээ", money(crs) + " ₮"),
                 ("Эцсийн үлдэгдэл", money(cb) + " ₮")]
            doc.c.rect(340, H - 150, 215, 70)
            for i, (a, b) in enumerate(S):
                doc.t(348, H - 96 - 12 * i, a, 7.5); doc.t(548, H - 96 - 12 * i, b, 7.5, align="r")
            return H - 180
        return H - 80

    cols = [("Огноо", 40, "l", "d"), ("Гүйлгээний утга", 98, "l", "desc"), ("Дебит", 385, "r", "dr"), ("Кредит", 465, "r", "cr"),
            ("Үлдэгдэл", 555, "r", "b")]

    def top(doc, y):
        doc.t(98, y, "Эхний үлдэгдэл", 8, True); doc.t(555, y, money(ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(98, y - 2, "Нийт гүйлгээ", 8, True); doc.t(385, y - 2, money(dr), 8, True, "r"); doc.t(465, y - 2, money(crs), 8, True, "r")
        doc.t(98, y - 16, "Эцсийн үлдэгдэл", 8, True); doc.t(555, y - 16, money(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 46, "Хаан Банк ХХК, Сеүлийн гудамж-25, Улаанбаатар 14251. Лавлах утас: 1800-1917. www.khanbank.com", 5.5)
        doc.t(40, 38, "Энэхүү хуулга нь цахим хэлбэрээр үүсгэгдсэн бөгөөд тамга, гарын үсэг шаардахгүй.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=48, top_rows=[top], bottom=bottom)
    write(stem, "hw_mn_khan", "****8762", "MNT", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Halyk Bank (Kazakhstan)
def halyk(stem, seed, n=18, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 1), dt.date(2025, 3, 31)
    ob = D("348215.40")
    pool = [("Покупка MAGNUM CASH&CARRY ALMATY KZ", 2500, 45000), ("Покупка SMALL ДОСТЫК 91 ALMATY", 800, 12000),
            ("Снятие наличных ATM HALYK 2214 ALMATY", 10000, 100000), ("Перевод на карту 4400****{r}", 5000, 80000),
            ("Оплата ALSECO коммунальные услуги", 9000, 32000), ("Оплата Kcell +7 701 ***{r}", 2000, 6000),
            ("Комиссия за SMS-информирование", 300, 300)]
    cr = [("Зачисление заработной платы ТОО КАЗМУНАЙ СЕРВИС", 380000, 520000), ("Перевод от АЙГЕРИМ С.", 3000, 40000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if fx:
        fxp = [("Покупка BOOKING.COM AMSTERDAM NL", "EUR", D("512.40")), ("Покупка AMAZON WEB SERVICES SEATTLE US", "USD", D("494.85")),
               ("Покупка STEAM GAMES BELLEVUE US", "USD", D("494.85"))]
        for i, (k, c, rate) in enumerate(fxp):
            orig = D(rng.randint(900, 9000)) / 100
            kzt = (orig * rate).quantize(D("0.01"))
            txs.append({"date": start + dt.timedelta(days=4 + 9 * i), "desc": k, "amount": -kzt,
                        "lines": [k, "Сумма в валюте операции: %s %s" % (fmt(orig, th=" ", dec=","), c)]})
        txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    money = lambda v: fmt(v, th=" ", dec=",")
    signed = lambda v: fmt(v, th=" ", dec=",", sign=True) + " ₸"
    rows = rows_of(txs, 44, lambda d: d.strftime("%d.%m.%Y"), money, split=False, signed=signed)
    for r in rows: r["b"] = r["b"] + " ₸"
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Halyk Bank", 18, True)
        doc.t(40, H - 57, "АО «Народный Банк Казахстана» / «Қазақстан Халық Банкі» АҚ", 7)
        doc.t(doc.W - 40, H - 40, "ВЫПИСКА ПО СЧЕТУ", 11, True, "r")
        doc.t(doc.W - 40, H - 52, "ШОТ БОЙЫНША КӨШІРМЕ", 8, True, "r")
        doc.t(doc.W - 40, H - 63, "Стр. / Бет %d из %d" % (p, np_), 7.5, align="r")
        if p == 1:
            L = [("Клиент / Клиент:", "НУРЛАНОВ ДАУРЕН АСКАРОВИЧ"), ("ИИН / ЖСН:", "870412301245"),
                 ("Счет / Шот:", "KZ52601A871008743916"), ("Валюта / Валюта:", "KZT"),
                 ("Период / Кезең:", "с %s по %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")))]
            for i, (a, b) in enumerate(L):
                doc.t(40, H - 86 - 11 * i, a, 8, True); doc.t(140, H - 86 - 11 * i, b, 8)
            doc.c.rect(340, H - 158, 215, 66)
            S = [("Входящий остаток / Кіріс қалдық", money(ob) + " ₸"), ("Поступления / Түсім", money(crs) + " ₸"),
                 ("Расходы / Шығыс", money(dr) + " ₸"), ("Исходящий остаток / Шығыс қалдық", money(cb) + " ₸")]
            for i, (a, b) in enumerate(S):
                doc.t(346, H - 104 - 12 * i, a, 7); doc.t(550, H - 104 - 12 * i, b, 7, align="r")
            return H - 186
        return H - 84

    cols = [("Дата / Күні", 40, "l", "d"), ("Описание операции / Операция сипаттамасы", 105, "l", "desc"),
            ("Сумма / Сомасы", 470, "r", "a"), ("Остаток / Қалдық", 555, "r", "b")]

    def bottom(doc, y):
        doc.t(105, y - 4, "Исходящий остаток / Шығыс қалдық на %s" % end.strftime("%d.%m.%Y"), 8, True)
        doc.t(555, y - 4, money(cb) + " ₸", 8, True, "r")
        return y - 20

    def top(doc, y):
        doc.t(105, y, "Входящий остаток / Кіріс қалдық на %s" % start.strftime("%d.%m.%Y"), 8, True)
        doc.t(555, y, money(ob) + " ₸", 8, True, "r")
        return y - 14

    def footer(doc, p, np_):
        doc.t(40, 46, "АО «Народный Банк Казахстана», пр. Аль-Фараби 40, Алматы A26M3K5. Лицензия АРРФР № 1.2.47/230/38/1 от 03.02.2020.", 5.5)
        doc.t(40, 38, "Контакт-центр 7111. Депозиты гарантированы АО «Казахстанский фонд гарантирования депозитов». homebank.kz", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=48, top_rows=[top], bottom=bottom)
    write(stem, "hw_kz_halyk", "****3916", "KZT", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Banca Intesa Srbija (Serbian Latin)
def intesa(stem, seed, n=18, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("-12480.50") if od else D("84215.30")
    pool = [("Kupovina MAXI 145 BEOGRAD", 600, 9000), ("Kupovina NIS PETROL BS 1123 NOVI SAD", 3000, 8000),
            ("Isplata gotovine ATM BANCA INTESA KNEZ MIHAILOVA", 2000, 20000), ("Plaćanje EPS SNABDEVANJE račun {r}", 3500, 12000),
            ("Plaćanje INFOSTAN TEHNOLOGIJE", 2500, 6500), ("Naknada za vođenje računa", 290, 290), ("Prenos na štedni račun", 5000, 20000)]
    if od: pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
    cr = [("Zarada DELTA HOLDING DOO BEOGRAD", 95000, 140000), ("Uplata MILICA JOVANOVIĆ", 2000, 15000)]
    if od: cr = [("Uplata MILICA JOVANOVIĆ", 2000, 15000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    money = lambda v: fmt(v, th=".", dec=",")
    rows = rows_of(txs, 44, lambda d: d.strftime("%d.%m.%Y."), money)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Banca Intesa", 18, True); doc.t(40, H - 57, "Banca Intesa a.d. Beograd, Milentija Popovića 7b, 11070 Novi Beograd", 7)
        doc.t(doc.W - 40, H - 40, "IZVOD BR. 6", 11, True, "r")
        doc.t(doc.W - 40, H - 52, "Strana %d od %d" % (p, np_), 8, align="r")
        if p == 1:
            L = [("Vlasnik računa:", "NIKOLA PETROVIĆ"), ("Adresa:", "Bulevar oslobođenja 112, 21000 Novi Sad"),
                 ("Tekući račun:", "160-0000004123987-51"), ("Valuta:", "RSD"),
                 ("Period:", "%s - %s" % (start.strftime("%d.%m.%Y."), end.strftime("%d.%m.%Y.")))]
            for i, (a, b) in enumerate(L):
                doc.t(40, H - 84 - 11 * i, a, 8, True); doc.t(125, H - 84 - 11 * i, b, 8)
            if od:
                doc.t(40, H - 145, "Odobreno prekoračenje (dozvoljeni minus): 200.000,00 RSD", 7.5)
            return H - 170
        return H - 80

    cols = [("Datum", 40, "l", "d"), ("Opis", 105, "l", "desc"), ("Zaduženje", 400, "r", "dr"), ("Odobrenje", 475, "r", "cr"),
            ("Stanje", 555, "r", "b")]

    def top(doc, y):
        doc.t(105, y, "Prethodno stanje", 8, True); doc.t(555, y, money(ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(105, y - 2, "Ukupno", 8, True); doc.t(400, y - 2, money(dr), 8, True, "r"); doc.t(475, y - 2, money(crs), 8, True, "r")
        doc.t(105, y - 16, "Novo stanje", 8, True); doc.t(555, y - 16, money(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 46, "Banca Intesa a.d. Beograd, matični broj 07759231, PIB 100001159. Kontakt centar: 011 310 88 88. www.bancaintesa.rs", 5.5)
        doc.t(40, 38, "Ukoliko u roku od 8 dana ne uložite prigovor na izvod, smatraće se da ste saglasni sa stanjem. Član Grupe Intesa Sanpaolo.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=48, top_rows=[top], bottom=bottom)
    write(stem, "hw_rs_intesa", "****8751", "RSD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 NLB Banka (North Macedonia)
def nlb(stem, seed, n=18, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 7, 1), dt.date(2025, 7, 31)
    ob = D("46820.00")
    pool = [("Плаќање со картичка ВЕРО ЦЕНТАР СКОПЈЕ", 400, 6000), ("Плаќање со картичка МАКПЕТРОЛ БС 12 СКОПЈЕ", 1500, 4000),
            ("Подигање готовина АТМ НЛБ БАНКА АЕРОДРОМ", 1000, 10000), ("Плаќање ЕВН МАКЕДОНИЈА сметка {r}", 1500, 5000),
            ("Плаќање А1 МАКЕДОНИЈА", 900, 2500), ("Надомест за водење сметка", 90, 90)]
    cr = [("Плата МАКЕДОНСКИ ТЕЛЕКОМ АД СКОПЈЕ", 48000, 62000), ("Прилив ЈОВАНА СТОЈАНОВСКА", 1000, 8000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    money = lambda v: fmt(v, th=".", dec=",")
    rows = rows_of(txs, 42, lambda d: d.strftime("%d.%m.%Y"), money)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "НЛБ Банка", 18, True); doc.t(40, H - 57, "НЛБ Банка АД Скопје, ул. Мајка Тереза бр. 1, 1000 Скопје", 7)
        doc.t(doc.W - 40, H - 40, "ИЗВОД ЗА ТРАНСАКЦИСКА СМЕТКА", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Страна %d од %d" % (p, np_), 8, align="r")
        if p == 1:
            L = [("Сопственик:", "ГОРАН ТРАЈКОВСКИ"), ("Сметка:", "210-0634219876-02"), ("Валута:", "МКД"),
                 ("Период:", "од %s до %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")))]
            for i, (a, b) in enumerate(L):
                doc.t(40, H - 84 - 11 * i, a, 8, True); doc.t(115, H - 84 - 11 * i, b, 8)
            doc.c.rect(340, H - 150, 215, 70)
            S = [("Почетно салдо", money(ob)), ("Вкупно задолжување", money(dr)), ("Вкупно одобрување", money(crs)),
                 ("Крајно салдо", money(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(348, H - 96 - 12 * i, a, 7.5); doc.t(548, H - 96 - 12 * i, b, 7.5, align="r")
            return H - 178
        doc.t(40, H - 80, "Сметка: 210-0634219876-02", 8)
        return H - 100

    cols = [("Датум", 40, "l", "d"), ("Опис", 100, "l", "desc"), ("Задолжување", 405, "r", "dr"), ("Одобрување", 480, "r", "cr"),
            ("Салдо", 555, "r", "b")]

    def top(doc, y):
        doc.t(100, y, "Почетно салдо", 8, True); doc.t(555, y, money(ob), 8, True, "r")
        return y - 14

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(100, y - 2, "Салдо за пренос", 8, True); doc.t(555, y - 2, money(r["_bal"]), 8, True, "r")
            return y - 16
        prev = r["_bal"] - r.get("_amt", 0)
        doc.t(100, y, "Пренесено салдо", 8, True); doc.t(555, y, money(prev), 8, True, "r")
        return y - 14

    for r, t in zip(rows, txs): r["_amt"] = t["amount"]

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(100, y - 2, "Вкупно", 8, True); doc.t(405, y - 2, money(dr), 8, True, "r"); doc.t(480, y - 2, money(crs), 8, True, "r")
        doc.t(100, y - 16, "Крајно салдо", 8, True); doc.t(555, y - 16, money(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 46, "НЛБ Банка АД Скопје е член на НЛБ Групата. Депозитите се осигурени во Фондот за осигурување на депозити до 30.000 евра.", 5.5)
        doc.t(40, 38, "Контакт центар: (02) 15 600. www.nlb.mk  Приговори на изводот се примаат во рок од 8 дена.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(12 if pages else 48), top_rows=[top],
           bottom=bottom, cf=(cf if pages else None))
    write(stem, "hw_mk_nlb", "****7602", "MKD", start, end, ob, cb, txs)


kapital("hw_az_kapital", 1701)
kapital("hw_az_kapital__2pages", 1702, n=26, pages=True)
khan("hw_mn_khan", 1711)
khan("hw_mn_khan__longdesc", 1712, n=18, longdesc=True)
halyk("hw_kz_halyk", 1721)
halyk("hw_kz_halyk__fx", 1722, n=16, fx=True)
intesa("hw_rs_intesa", 1731)
intesa("hw_rs_intesa__overdraft", 1732, od=True)
nlb("hw_mk_nlb", 1741)
nlb("hw_mk_nlb__2pages", 1742, n=26, pages=True)
