#!/usr/bin/python3
"""Generator hg: 6 untuned layouts (Cyrillic, Caucasus, Central Asia, Balkans) x (base + 1-2 variants), exact truth.

Kaspi Gold (Kazakhstan, KZT: Дата / Сумма / Операция / Детали, "+ 5 000,00 ₸", "Доступно на 01.06.25"), Sberbank
(date and time "05.06.2025 13:42" over the authorisation code, "Остаток на ..." rows), TBC Bank (Georgia, GEL: Georgian
and English headers side by side or stacked), Ameriabank (Armenia, AMD: Document No column, Opening/Closing balance
rows), Banca Intesa Beograd (Serbian Cyrillic: Задужење / Одобрење / Стање, "1.234,56", Претходно/Ново стање), Banca
Transilvania (Romanian: Data / Descriere / Debit / Credit, SOLD ANTERIOR, "SOLD FINAL ZI" after each day, REF: lines).
Deterministic.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import C2, Doc, fmt, make_txns, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hg/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def table(path, header, cols, rows, footer, lh=10, per_page=40, fs=7.5, hs=7, top=None, bottom=None, cf=None, rule=True):
    """Like corpus_kit.render, but any cell may be a list of lines (a date over a code, an amount over its foreign
    amount); a row's height is its tallest cell. A row with "bold" is drawn bold (a bank's own label rows)."""
    doc = Doc(path, A4)
    height = lambda r: max(len(v) if isinstance(v, list) else 1 for k, v in r.items() if k != "bold")
    pages, cur, used = [], [], 0
    for r in rows:
        if used + height(r) > per_page and cur:
            pages.append(cur); cur, used = [], 0
        cur.append(r); used += height(r)
    pages.append(cur)
    np_ = len(pages)
    for pi, pr in enumerate(pages):
        y = header(doc, pi + 1, np_)
        nh = max(len(c[0].split("\n")) for c in cols)
        for (title, x, al, key) in cols:
            for k, tl in enumerate(title.split("\n")):
                doc.t(x, y - k * 8.5, tl, hs, True, al)
        y -= 8.5 * nh + 7
        if rule: doc.c.line(40, y + 10, doc.W - 40, y + 10)
        if pi == 0 and top: y = top(doc, y)
        if pi > 0 and cf: y = cf(doc, y, pr[0], "bf")
        for r in pr:
            for (title, x, al, key) in cols:
                v = r.get(key)
                if v is None: continue
                for k, l in enumerate(v if isinstance(v, list) else [v]):
                    doc.t(x, y - k * lh, l, fs, bool(r.get("bold")), al)
            y -= lh * height(r) + 3
        if pi < np_ - 1 and cf: y = cf(doc, y, pr[-1], "cf")
        if pi == np_ - 1 and bottom: y = bottom(doc, y)
        footer(doc, pi + 1, np_)
        doc.c.showPage()
    doc.c.save()


def txns(rng, start, end, n, pool, credits, pc=0.2):
    """make_txns with a credit share of pc."""
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pc: it, sg = rng.choice(credits), 1
        else: it, sg = rng.choice(pool), -1
        desc, lo, hi = it[0], it[-2], it[-1]
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sg
        t = {"date": d, "desc": desc.format(r=rng.randint(100000, 999999)), "amount": amt}
        if len(it) > 3: t["kind"] = it[1]
        txs.append(t)
    txs.sort(key=lambda t: t["date"])
    return txs


# ---------------------------------------------------------------- 1 Kaspi Gold (Kazakhstan)
def kaspi(stem, seed, n=22, per_page=60, long=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("84512.30")
    pool = [("Magnum Cash&Carry", "Покупка", 1500, 28000), ("Small", "Покупка", 800, 9000), ("ИП Ахметова А.", "Покупка", 500, 6000),
            ("Айгерим К.", "Перевод", 2000, 25000), ("Банкомат Kaspi Алматы", "Снятие", 5000, 40000),
            ("Yandex.Go", "Покупка", 600, 3500), ("Beeline Казахстан +7 705 *** ** 18", "Покупка", 2500, 6000),
            ("Алсеит Н.", "Перевод", 1000, 15000), ("Kaspi Магазин", "Покупка", 4000, 90000)]
    if long:
        pool.append(("Оплата коммунальных услуг: АО «Алматинские тепловые сети», лицевой счёт 1234567, июнь 2025", "Покупка", 6000, 21000))
        pool.append(("Перевод на карту другого банка Halyk Bank 4405 ** ** 7731 Серикбаев Д.", "Перевод", 5000, 60000))
    cr = [("С Kaspi Депозита", "Пополнение", 20000, 150000), ("Ерлан С.", "Пополнение", 3000, 40000),
          ("Заработная плата ТОО «Алматы Логистик»", "Пополнение", 280000, 420000)]
    txs = txns(rng, start, end, n, pool, cr, pc=0.25)
    cb = running(txs, ob)
    tg = lambda v: ("+ " if v >= 0 else "- ") + fmt(abs(v), " ", ",") + " ₸"
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 48)
        t["shown"] = False
        rows.append({"d": t["date"].strftime("%d.%m.%y"), "a": tg(t["amount"]), "k": t["kind"], "desc": t["desc_lines"]})
    kind_sum = lambda k: sum((t["amount"] for t in txs if t["kind"] == k), D(0))

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "Kaspi.kz", 20, True)
        doc.t(doc.W - 40, H - 42, "АО «Kaspi Bank»", 8, True, "r")
        doc.t(doc.W - 40, H - 53, "БИК CASPKZKA, www.kaspi.kz", 7, align="r")
        if p == 1:
            doc.t(40, H - 84, "ВЫПИСКА", 14, True)
            doc.t(40, H - 98, "по Kaspi Gold за период с %s по %s" % (start.strftime("%d.%m.%y"), end.strftime("%d.%m.%y")), 9)
            doc.t(40, H - 118, "Нурланов Ерлан Серикович", 9, True)
            doc.t(40, H - 131, "Номер карты:", 8); doc.t(130, H - 131, "*4417", 8)
            doc.t(40, H - 142, "Номер счета:", 8); doc.t(130, H - 142, "KZ48722S000023591184", 8)
            doc.t(40, H - 153, "Валюта счета:", 8); doc.t(130, H - 153, "тенге", 8)
            doc.c.rect(330, H - 196, 225, 90)
            S = [("Доступно на %s" % start.strftime("%d.%m.%y"), tg(ob)), ("Пополнения", tg(kind_sum("Пополнение"))),
                 ("Переводы", tg(kind_sum("Перевод"))), ("Покупки", tg(kind_sum("Покупка"))), ("Снятия", tg(kind_sum("Снятие"))),
                 ("Разное", tg(D(0))), ("Доступно на %s" % end.strftime("%d.%m.%y"), tg(cb))]
            for i, (a, b) in enumerate(S):
                bold = i in (0, 6)
                doc.t(338, H - 118 - 11 * i, a, 7.5, bold); doc.t(548, H - 118 - 11 * i, b, 7.5, bold, "r")
            doc.t(40, H - 178, "Лимит на снятие наличных без комиссии: 500 000 ₸ в месяц", 7)
            doc.t(40, H - 189, "Использовано: 0 ₸", 7)
            return H - 222
        return H - 84

    cols = [("Дата", 40, "l", "d"), ("Сумма", 190, "r", "a"), ("Операция", 215, "l", "k"), ("Детали", 300, "l", "desc")]

    def footer(doc, p, np_):
        doc.t(40, 40, "* Сумма заблокирована. Банк ожидает подтверждения от платежной системы.", 6)
        doc.t(40, 31, "АО «Kaspi Bank», Лицензия АРРФР № 1.2.245/61 от 03.02.2020. Служба поддержки 9999 (бесплатно с мобильного)", 6)
        doc.t(doc.W - 40, 31, "%d / %d" % (p, np_), 7, align="r")

    table(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=11, per_page=per_page, fs=8, hs=8)
    write(stem, "hg_kz_kaspi", "****1184", "KZT", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Sberbank (date and time over the authorisation code)
def sber(stem, seed, n=20, per_page=58, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("37208.15")
    pool = [("Супермаркеты|PYATEROCHKA 6123 Kazan RUS", 150, 3500), ("Рестораны и кафе|SHOKOLADNITSA Kazan RUS", 250, 2400),
            ("Транспорт|METRO KAZAN Kazan RUS", 35, 70), ("Коммунальные платежи, связь, интернет|Tele2 Оплата по номеру телефона +7 987 ***-**-08", 300, 700),
            ("Перевод с карты|Перевод для Г. Ильдар Ринатович", 500, 12000), ("Выдача наличных|ATM 10456789 Kazan RUS", 1000, 10000),
            ("Здоровье и красота|APTEKA 36,6 Kazan RUS", 200, 2600), ("Автомобиль|TATNEFT AZS 112 Kazan RUS", 1500, 3800)]
    cr = [("Прочие операции|Заработная плата АО ТАТНЕФТЬ", 70000, 98000), ("Перевод на карту|Перевод от Х. Алия Маратовна", 500, 8000),
          ("Прочие операции|Кешбэк за покупки СберСпасибо", 30, 900)]
    if fx:
        pool += [("Отдых и развлечения|BOOKING.COM AMSTERDAM NLD", "EUR", 4000, 20000), ("Прочие расходы|STEAMGAMES.COM 425-889-9642 USA", "USD", 500, 4000)]
    txs = txns(rng, start, end, n, pool, cr, pc=0.15)
    cb = running(txs, ob)
    rates = {"EUR": D("91.42"), "USD": D("78.65")}
    rows = []
    for t in txs:
        cat, det = t["desc"].split("|")
        t["desc_lines"] = [cat, det]
        hm = "%02d:%02d" % (rng.randint(7, 23), rng.randint(0, 59))
        amt = ("+" + fmt(t["amount"], " ", ",")) if t["amount"] > 0 else fmt(-t["amount"], " ", ",")
        a = [amt]
        if t.get("kind") in rates:
            a.append(fmt((-t["amount"] / rates[t["kind"]]).quantize(C2), " ", ",") + (" €" if t["kind"] == "EUR" else " $"))
        rows.append({"d": [t["date"].strftime("%d.%m.%Y") + " " + hm, "%06d" % rng.randint(0, 999999)], "desc": [cat, det], "a": a,
                     "b": fmt(t["bal"], " ", ",")})
    tin, tout = sums(txs)[1], sums(txs)[0]
    rub = lambda v: fmt(v, " ", ",") + " ₽"

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "СберБанк", 16, True)
        doc.t(doc.W - 40, H - 40, "Выписка по платёжному счёту", 9, True, "r")
        doc.t(doc.W - 40, H - 52, "Страница %d из %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 72, "Хабибуллин Рустем Айдарович", 9, True)
            doc.t(40, H - 85, "Счёт 40817 810 5 6200 2294417", 8)
            doc.t(40, H - 96, "Дебетовая карта СберКарта •• 8832", 8)
            doc.t(40, H - 107, "Валюта РУБЛЬ РФ", 8)
            doc.t(40, H - 118, "Период: %s — %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            S = [("Остаток на %s" % start.strftime("%d.%m.%Y"), rub(ob)), ("Пополнение", rub(tin)), ("Списание", rub(tout)),
                 ("Остаток на %s" % end.strftime("%d.%m.%Y"), rub(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(40 + 130 * i, H - 140, a, 6.5); doc.t(40 + 130 * i, H - 152, b, 9, True)
            doc.t(40, H - 178, "Расшифровка операций", 10, True)
            return H - 196
        return H - 76

    cols = [("ДАТА ОПЕРАЦИИ (МСК)", 40, "l", "d"), ("КАТЕГОРИЯ", 150, "l", "desc"), ("СУММА В ВАЛЮТЕ СЧЁТА", 470, "r", "a"),
            ("ОСТАТОК СРЕДСТВ", 555, "r", "b")]
    if fx: cols[2] = ("СУММА В ВАЛЮТЕ СЧЁТА\nСумма в валюте операции", 470, "r", "a")

    def top(doc, y):
        doc.t(150, y, "Остаток на %s" % start.strftime("%d.%m.%Y"), 7.5, True); doc.t(555, y, fmt(ob, " ", ","), 7.5, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(150, y - 2, "Остаток на %s" % end.strftime("%d.%m.%Y"), 7.5, True); doc.t(555, y - 2, fmt(cb, " ", ","), 7.5, True, "r")
        doc.t(40, y - 22, "Операции в иностранной валюте пересчитываются в валюту счёта по курсу ПАО Сбербанк на дату обработки.", 6)
        return y - 30

    def footer(doc, p, np_):
        if p < np_: doc.t(doc.W - 40, 52, "Продолжение на следующей странице", 6.5, align="r")
        doc.t(40, 30, "ПАО Сбербанк. Генеральная лицензия Банка России № 1481 от 11.08.2015. 117312, Москва, ул. Вавилова, д. 19. 900 — бесплатно по России", 6)
        doc.t(40, 21, "Выписка сформирована %s в СберБанк Онлайн" % (end + dt.timedelta(days=1)).strftime("%d.%m.%Y"), 6)

    table(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=10, per_page=per_page, top=top, bottom=bottom, hs=6.5)
    write(stem, "hg_ru_sberbank", "****4417", "RUB", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 TBC Bank (Georgia, Georgian / English headers)
def tbc(stem, seed, n=20, stacked=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("212.40") if od else D("3184.62")
    pool = [("POS - Carrefour Tbilisi Mall, Tbilisi, GE", 12, 180), ("POS - Wolt Georgia, Tbilisi, GE", 15, 60),
            ("გადარიცხვა - ნინო ბერიძე / Transfer to Nino Beridze", 50, 400), ("ATM - TBC Bank, Rustaveli Ave 7, Tbilisi", 50, 400),
            ("Magti - მობილური ბალანსის შევსება / Mobile top-up", 10, 40), ("POS - Goodwill Saburtalo, Tbilisi, GE", 20, 140),
            ("კომუნალური - თელასი / Telasi utility payment", 30, 110)]
    if od: pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
    cr = [("ხელფასი - შპს საქართველოს რკინიგზა / Salary", 2200, 3100), ("გადმორიცხვა - გიორგი კაპანაძე / Transfer from Giorgi Kapanadze", 20, 300)]
    if od: cr = cr[1:]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "TBC", 22, True); doc.t(92, H - 46, "თიბისი ბანკი", 10, True)
        doc.t(doc.W - 40, H - 40, "ანგარიშის ამონაწერი / Account Statement", 9, True, "r")
        doc.t(doc.W - 40, H - 52, "გვერდი / Page %d / %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 76, "კლიენტი / Client:", 7.5); doc.t(150, H - 76, "ლევან ჯაფარიძე / Levan Japaridze", 8)
            doc.t(40, H - 88, "ანგარიში / Account:", 7.5); doc.t(150, H - 88, "GE29TB7712345678900457", 8)
            doc.t(40, H - 100, "ვალუტა / Currency:", 7.5); doc.t(150, H - 100, "GEL", 8)
            doc.t(40, H - 112, "პერიოდი / Period:", 7.5); doc.t(150, H - 112, "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.c.rect(350, H - 140, 205, 64)
            S = [("საწყისი ნაშთი / Opening balance", fmt(ob)), ("დებეტი / Debit turnover", fmt(dr)), ("კრედიტი / Credit turnover", fmt(crs)),
                 ("საბოლოო ნაშთი / Closing balance", fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(356, H - 88 - 13 * i, a, 7); doc.t(549, H - 88 - 13 * i, b, 7, align="r")
            return H - 168
        return H - 80

    if stacked:
        cols = [("თარიღი\nDate", 40, "l", "d"), ("დანიშნულება\nDescription", 100, "l", "desc"), ("დებეტი\nDebit", 400, "r", "dr"),
                ("კრედიტი\nCredit", 475, "r", "cr"), ("ნაშთი\nBalance", 555, "r", "b")]
    else:
        cols = [("თარიღი / Date", 40, "l", "d"), ("დანიშნულება / Description", 108, "l", "desc"), ("დებეტი / Debit", 400, "r", "dr"),
                ("კრედიტი / Credit", 475, "r", "cr"), ("ნაშთი / Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(108 if not stacked else 100, y, "საწყისი ნაშთი / Opening balance", 7.5, True); doc.t(555, y, fmt(ob), 7.5, True, "r")
        return y - 14

    def bottom(doc, y):
        x = 108 if not stacked else 100
        doc.t(x, y - 2, "ბრუნვა / Turnover", 7.5, True); doc.t(400, y - 2, fmt(dr), 7.5, True, "r"); doc.t(475, y - 2, fmt(crs), 7.5, True, "r")
        doc.t(x, y - 15, "საბოლოო ნაშთი / Closing balance", 7.5, True); doc.t(555, y - 15, fmt(cb), 7.5, True, "r")
        return y - 28

    def footer(doc, p, np_):
        doc.t(40, 34, "სს „თიბისი ბანკი“ / JSC TBC Bank, 7 Marjanishvili St., Tbilisi 0102, Georgia. SWIFT: TBCBGE22. www.tbcbank.ge  *2272", 6)
        doc.t(40, 25, "ამონაწერი შედგენილია ელექტრონულად და არ საჭიროებს ხელმოწერას / This statement is generated electronically and requires no signature.", 6)

    table(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=10, per_page=60, top=top, bottom=bottom, hs=6.5)
    write(stem, "hg_ge_tbc", "****0457", "GEL", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Ameriabank (Armenia, AMD, Document No column)
def ameria(stem, seed, n=22, per_page=60):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("412850.00")
    pool = [("Purchase: YEREVAN CITY SUPERMARKET, YEREVAN, AM", 3000, 45000), ("Purchase: SAS SUPERMARKET TUMANYAN, YEREVAN, AM", 2000, 30000),
            ("Cash withdrawal: ATM AMERIABANK 0112, YEREVAN", 10000, 100000), ("Utility payment: ELECTRIC NETWORKS OF ARMENIA, acc. 1234567", 8000, 22000),
            ("Transfer to card 4083****5521 ARMEN PETROSYAN", 5000, 80000), ("Purchase: GG TAXI, YEREVAN, AM", 700, 4000),
            ("Service fee: monthly card maintenance", 500, 500), ("Purchase: TUMO CENTER CAFE, YEREVAN, AM", 1200, 6000)]
    cr = [("Salary: EPAM SYSTEMS ARMENIA LLC, April 2025", 650000, 820000), ("Transfer from ANI HAKOBYAN", 10000, 60000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 44)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "no": "%08d" % rng.randint(10000000, 99999999), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "AMERIABANK", 18, True)
        doc.t(40, H - 58, "«ԱՄԵՐԻԱԲԱՆԿ» ՓԲԸ", 8)
        doc.t(doc.W - 40, H - 40, "ACCOUNT STATEMENT", 10, True, "r")
        doc.t(doc.W - 40, H - 52, "Page %d of %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 80, "Customer:", 7.5); doc.t(120, H - 80, "GOHAR MKRTCHYAN", 8)
            doc.t(40, H - 91, "Address:", 7.5); doc.t(120, H - 91, "15 Abovyan St., apt. 8, Yerevan 0001", 8)
            doc.t(40, H - 102, "Account:", 7.5); doc.t(120, H - 102, "1570 0123 4567 0100", 8)
            doc.t(40, H - 113, "Currency:", 7.5); doc.t(120, H - 113, "AMD", 8)
            doc.t(40, H - 124, "Period:", 7.5); doc.t(120, H - 124, "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.t(330, H - 80, "2 Vazgen Sargsyan St., Yerevan 0010, Armenia", 7)
            doc.t(330, H - 90, "Tel.: +374 10 56 11 11   SWIFT: ARMIAM22   www.ameriabank.am", 7)
            return H - 150
        return H - 76

    cols = [("Date", 40, "l", "d"), ("Document No", 92, "l", "no"), ("Description", 160, "l", "desc"), ("Debit", 410, "r", "dr"),
            ("Credit", 480, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(160, y, "Opening balance", 7.5, True); doc.t(555, y, fmt(ob), 7.5, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(160, y - 2, "Total turnover", 7.5, True); doc.t(410, y - 2, fmt(dr), 7.5, True, "r"); doc.t(480, y - 2, fmt(crs), 7.5, True, "r")
        doc.t(160, y - 15, "Closing balance", 7.5, True); doc.t(555, y - 15, fmt(cb), 7.5, True, "r")
        return y - 28

    def footer(doc, p, np_):
        doc.t(40, 34, "Ameriabank CJSC is supervised by the Central Bank of Armenia. Deposits are guaranteed by the Deposit Guarantee Fund of Armenia", 6)
        doc.t(40, 25, "up to AMD 16 million. Try Ameria Pay: contactless payments with your phone. Call centre +374 10 56 11 11 (24/7).", 6)

    table(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=10, per_page=per_page, top=top, bottom=bottom, fs=7.5)
    write(stem, "hg_am_ameria", "****0100", "AMD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 Banca Intesa Beograd (Serbian Cyrillic)
def intesa(stem, seed, n=20, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("3140.25") if od else D("86420.50")
    pool = [("Куповина - MAXI 215 BEOGRAD", 800, 9000), ("Куповина - IDEA 0441 NOVI BEOGRAD", 500, 6000),
            ("Исплата готовине - АТМ Banca Intesa, Кнез Михаилова 30", 2000, 20000), ("Плаћање рачуна - ЕПС Снабдевање, позив на број 97 123456789", 3000, 12000),
            ("Пренос - Марко Петровић", 1000, 15000), ("Куповина - WOLT BEOGRAD", 900, 3500), ("Накнада за вођење рачуна", 250, 250),
            ("Плаћање рачуна - Инфостан технологије", 4000, 9000)]
    if od: pool = [(a, lo * 2, hi * 2) for a, lo, hi in pool]
    cr = [("Зарада - НИС а.д. Нови Сад", 110000, 160000), ("Уплата - Јелена Јовановић", 1000, 10000)]
    if od: cr = cr[1:]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    sr = lambda v: fmt(v, ".", ",")
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        r = {"d": t["date"].strftime("%d.%m.%Y."), "desc": t["desc_lines"], "b": sr(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = sr(abs(t["amount"]))
        rows.append(r)
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "Banca Intesa", 18, True)
        doc.t(40, H - 58, "Банка Интеза а.д. Београд, Милентија Поповића 7б, 11070 Нови Београд", 7)
        doc.t(doc.W - 40, H - 40, "ИЗВОД ТЕКУЋЕГ РАЧУНА бр. 6", 9, True, "r")
        doc.t(doc.W - 40, H - 52, "Страна %d од %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 80, "ДРАГАНА НИКОЛИЋ", 8, True); doc.t(40, H - 91, "Булевар ослобођења 112", 8); doc.t(40, H - 102, "11000 БЕОГРАД", 8)
            doc.t(330, H - 80, "Број рачуна:", 7.5); doc.t(410, H - 80, "160-0000012345678-91", 8)
            doc.t(330, H - 91, "Валута:", 7.5); doc.t(410, H - 91, "RSD", 8)
            doc.t(330, H - 102, "Период:", 7.5); doc.t(410, H - 102, "%s - %s" % (start.strftime("%d.%m.%Y."), end.strftime("%d.%m.%Y.")), 8)
            doc.t(330, H - 113, "Дозвољено прекорачење:", 7.5); doc.t(430, H - 113, "30.000,00", 8)
            return H - 140
        return H - 78

    cols = [("Датум", 40, "l", "d"), ("Опис", 100, "l", "desc"), ("Задужење", 400, "r", "dr"), ("Одобрење", 475, "r", "cr"), ("Стање", 555, "r", "b")]

    def top(doc, y):
        doc.t(100, y, "Претходно стање", 7.5, True); doc.t(555, y, sr(ob), 7.5, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(100, y - 2, "Укупно", 7.5, True); doc.t(400, y - 2, sr(dr), 7.5, True, "r"); doc.t(475, y - 2, sr(crs), 7.5, True, "r")
        doc.t(100, y - 15, "Ново стање", 7.5, True); doc.t(555, y - 15, sr(cb), 7.5, True, "r")
        return y - 28

    def footer(doc, p, np_):
        doc.t(40, 34, "Банка Интеза а.д. Београд, матични број 07759231, ПИБ 100001159. Контакт центар: +381 11 310 88 88. www.bancaintesa.rs", 6)
        doc.t(40, 25, "Уколико у року од 8 дана од пријема извода не уложите приговор, сматраће се да сте сагласни са стањем рачуна.", 6)

    table(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=10, per_page=60, top=top, bottom=bottom)
    write(stem, "hg_rs_intesa", "****7891", "RSD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Banca Transilvania (Romanian, SOLD FINAL ZI lines)
def bt(stem, seed, n=18, per_page=46):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("5847.19")
    pool = [("Plata la POS|POS <d> TID:<tid> MEGA IMAGE 0412 BUCURESTI RO|valoare tranzactie: <a> RON", 20, 420),
            ("Plata la POS non-BT cu card VISA|POS <d> TID:<tid> LIDL DISCOUNT SRL CLUJ-NAPOCA RO|valoare tranzactie: <a> RON", 30, 380),
            ("Retragere numerar de la ATM BT|ATM <d> TID:<tid> BT CLUJ MARASTI CLUJ-NAPOCA RO", 100, 1000),
            ("Plata OP intra - canal electronic|ENEL ENERGIE MUNTENIA SA;Factura 123456789", 90, 400),
            ("Transfer BT Pay|catre ANDREI POPESCU;cadou", 20, 400), ("Comision plata OP intra - canal electronic", 1, 1),
            ("Plata la POS|POS <d> TID:<tid> OMV 2243 TURDA RO|valoare tranzactie: <a> RON", 150, 380)]
    cr = [("Incasare OP - canal electronic|SC TECH SOLUTIONS SRL;Salariu luna mai 2025", 5200, 7400),
          ("Incasare Instant Payment|de la IOANA MARIN;chirie", 200, 1400)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for k, t in enumerate(txs):
        parts = t["desc"].split("|")
        parts = [s.replace("<d>", t["date"].strftime("%d/%m/%Y")).replace("<tid>", "%08d" % rng.randint(0, 99999999)).replace("<a>", fmt(-t["amount"])) for s in parts]
        lines = []
        for s in parts: lines += wrap(s, 58)
        lines.append("REF: %09d" % rng.randint(100000000, 999999999))
        t["desc_lines"] = lines
        t["shown"] = False
        first = k == 0 or txs[k - 1]["date"] != t["date"]
        r = {"desc": lines}
        if first: r["d"] = t["date"].strftime("%d/%m/%Y")
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
        if k == len(txs) - 1 or txs[k + 1]["date"] != t["date"]:
            rows.append({"desc": ["SOLD FINAL ZI"], "cr": fmt(t["bal"]), "bold": True})
    dr, crs = sums(txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "Banca Transilvania", 16, True)
        doc.t(40, H - 57, "BANCA TRANSILVANIA S.A. CLUJ, Str. Calea Dorobantilor nr. 30-36, Cluj-Napoca", 6.5)
        doc.t(doc.W - 40, H - 40, "EXTRAS CONT Nr. 6 din %s" % end.strftime("%d/%m/%Y"), 9, True, "r")
        doc.t(doc.W - 40, H - 52, "Pagina %d din %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 80, "POPA ELENA-MARIA", 8, True); doc.t(40, H - 91, "Str. Memorandumului nr. 14, ap. 3", 8); doc.t(40, H - 102, "Cluj-Napoca, jud. Cluj", 8)
            doc.t(330, H - 80, "Perioada: %s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.t(330, H - 91, "Cod IBAN: RO49BTRLRONCRT0123456789", 8)
            doc.t(330, H - 102, "Moneda: RON", 8)
            doc.t(330, H - 113, "Tip cont: Cont curent", 8)
            doc.t(330, H - 124, "Sucursala: Cluj-Napoca Marasti", 8)
            return H - 150
        return H - 76

    cols = [("Data", 40, "l", "d"), ("Descriere", 105, "l", "desc"), ("Debit", 470, "r", "dr"), ("Credit", 555, "r", "cr")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 7.5); doc.t(105, y, "SOLD ANTERIOR", 7.5, True); doc.t(555, y, fmt(ob), 7.5, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(105, y - 2, "RULAJ TOTAL CONT", 7.5, True); doc.t(470, y - 2, fmt(dr), 7.5, True, "r"); doc.t(555, y - 2, fmt(crs), 7.5, True, "r")
        doc.t(105, y - 15, "SOLD FINAL", 7.5, True); doc.t(555, y - 15, fmt(cb), 7.5, True, "r")
        doc.t(40, y - 34, "Fondul de Garantare a Depozitelor Bancare garanteaza depozitele in limita a 100.000 EUR, echivalent in lei.", 6)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 34, "BANCA TRANSILVANIA S.A. | Nr. Reg. Com. J12/4155/1993 | CUI RO5022670 | SWIFT BTRLRO22 | Capital social 8.063.578.160 lei", 6)
        doc.t(40, 25, "Tranzactiile efectuate cu cardul in alta valuta decat RON sunt convertite la cursul Visa/Mastercard. Info: 0264 308 028, www.bancatransilvania.ro", 6)

    table(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=10, per_page=per_page, top=top, bottom=bottom)
    write(stem, "hg_ro_bt", "****6789", "RON", start, end, ob, cb, txs)


P = "hg_"
kaspi(P + "kz_kaspi", 11)
kaspi(P + "kz_kaspi__pages", 12, n=44, per_page=34)
kaspi(P + "kz_kaspi__long", 13, long=True)
sber(P + "ru_sberbank", 21)
sber(P + "ru_sberbank__fx", 22, fx=True)
sber(P + "ru_sberbank__pages", 23, n=40, per_page=40)
tbc(P + "ge_tbc", 31)
tbc(P + "ge_tbc__stacked", 32, stacked=True)
tbc(P + "ge_tbc__overdraft", 33, od=True)
ameria(P + "am_ameria", 41)
ameria(P + "am_ameria__pages", 42, n=46, per_page=34)
intesa(P + "rs_intesa", 51)
intesa(P + "rs_intesa__overdraft", 52, od=True)
bt(P + "ro_bt", 61)
bt(P + "ro_bt__pages", 62, n=30, per_page=40)
print("done")
