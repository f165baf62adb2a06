#!/usr/bin/python3
"""Generator iq: 4 unseen layouts x (base + variants), exact truth. Deterministic.

National Bank of Egypt (Arabic only, EGP: a right-to-left page, the date rightmost and the balance leftmost, every
number in Arabic-Indic digits with the Arabic separators "١٢٬٣٤٥٫٦٧" as an ICU ar-EG formatter writes them, dates
"٠٥/٠٦/٢٠٢٥", Arabic drawn as iText-style producers draw it: shaped presentation forms in visual order, an overdrawn
balance's minus at its right "١٬٢٣٤٫٥٦-"; رصيد أول المدة / رصيد آخر المدة rows, إجمالي الحركات totals, the
currency printed only as "جنيه مصري"; a two-page variant with رصيد مرحل / رصيد منقول lines, an overdrawn and a
wrapped variant), Raiffeisen Bank Albania (Albanian: Data e veprimit / Data e valutës / Përshkrimi / Debi / Kredi /
Gjendja, "1.234,56", Gjendja fillestare / përfundimtare rows, Totali i qarkullimit; a foreign-currency variant with
"EUR 45,90 Kursi 100,2150" lines and fee rows, a two-page "Gjendja për t'u mbartur" / "Gjendja e mbartur" variant and
an overdrawn variant), Ardshinbank (Armenian script, AMD: Ամսաթիվ / Փաստաթուղթ № / Նկարագրություն / Դեբետ /
Կրեդիտ / Մնացորդ, labels ended by the Armenian "՝", Սկզբնական / Վերջնական մնացորդ rows, Շրջանառություն totals; a
two-page and a wrapped variant), Kapitalbank (Uzbekistan, Uzbek Latin with "ʻ" (U+02BB) letters, UZS "1 234 567,89":
Sana / Hujjat № / Operatsiya mazmuni / Debet / Kredit, no balance column, Davr boshiga / oxiriga qoldiq and the
turnovers in a box under the table only; a two-page and a "Toʻlov maqsadi:" wrapped variant).

Truth choices: the opening, closing, carried and brought forward rows and the totals are no transactions; a value date
and a document number (Hujjat №, Փաստաթուղթ №) are not description; a foreign-currency line joins the description;
an Arabic description is entered as typed (logical order, base letters; numbers in it as stored, in Western digits),
a mixed one in reading order; Arabic-Indic amounts and dates are their values; no row balance where none is printed.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import ar, fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/iq/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def finish(txs, width):
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], width)
    return txs


# ---------------------------------------------------------------- 1 National Bank of Egypt (EGP, Arabic only)
def eg(v):
    """An amount as an ar-EG formatter writes it, as drawn left to right: the minus of a negative at its right."""
    s = fmt(abs(v), "٬", "٫").translate(AR_DIGITS)
    return s + "-" if v < 0 else s


def eg_d(d):
    return d.strftime("%d/%m/%Y").translate(AR_DIGITS)


def nbe(stem, seed, n=20, per_page=56, od=False, wrapped=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("2140.75") if od else D("36820.40")
    pool = [("سحب نقدي من ماكينة الصراف الآلي فرع العباسية", 500, 6000), ("شراء بالبطاقة CARREFOUR CITY STARS", 150, 3800),
            ("شراء بالبطاقة صيدليات العزبي مصر الجديدة", 60, 900), ("تحويل لحظي InstaPay إلى 01012345678", 200, 4000),
            ("سداد فاتورة كهرباء شمال القاهرة", 180, 950), ("سداد فاتورة WE للإنترنت المنزلي", 210, 650),
            ("تحويل إلى حساب رقم 1023004567890", 1000, 7000), ("رسوم خدمة الرسائل القصيرة", 5, 5),
            ("شراء عبر الإنترنت TALABAT EGYPT", 90, 700), ("مصاريف إدارية", 25, 25)]
    cr = [("إيداع نقدي فرع مصر الجديدة", 1000, 12000), ("تحويل وارد من أحمد سامي عبد الله", 300, 5000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 26), "desc": "مرتب شهر يونيو الشركة المصرية للاتصالات", "amount": D("24350.00")})
    if od:
        txs.append({"date": dt.date(2025, 6, 3), "desc": "سداد قسط قرض السيارة", "amount": D("-11420.00")})
        txs.append({"date": dt.date(2025, 6, 30), "desc": "عائد مدين على الحساب الجاري", "amount": D("-236.18")})
    txs.sort(key=lambda t: t["date"])
    if wrapped:
        for t in txs:
            if t["desc"].startswith("تحويل"):
                t["desc"] += " " + rng.choice(["قيمة إيجار شقة شهر يونيو", "مصروفات المدرسة الفصل الأول", "سداد جمعية شهرية"])
    finish(txs, 34 if wrapped else 60)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        vd = min(t["date"] + dt.timedelta(days=rng.choice([0, 0, 1])), end)
        r = {"d": eg_d(t["date"]), "vd": eg_d(vd), "desc": [ar(l) for l in t["desc_lines"]], "b": eg(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = eg(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(W - 40, H - 46, ar("البنك الأهلي المصري"), 17, True, "r"); doc.t(40, H - 46, "NBE", 20, True)
        doc.t(W - 40, H - 64, ar("كشف حساب"), 12, True, "r")
        doc.t(40, H - 62, ar("صفحة %d من %d" % (p, np_)).translate(AR_DIGITS), 7.5)
        L = [("اسم العميل", "محمود عبد الرحمن السيد"), ("رقم الحساب", "٠٠٣١٠٢٨٤٧٥٠١٩٦٣٧"),
             ("نوع الحساب", "حساب جاري أفراد"), ("العملة", "جنيه مصري"), ("الفرع", "مصر الجديدة"),
             ("الفترة", "من %s إلى %s" % (eg_d(start), eg_d(end))), ("تاريخ الطباعة", eg_d(dt.date(2025, 7, 1)))]
        if p > 1: L = L[:2]
        for i, (a, v) in enumerate(L):
            doc.t(W - 40, H - 86 - 11 * i, ar(a + " :"), 7.5, True, "r"); doc.t(W - 110, H - 86 - 11 * i, ar(v), 7.5, False, "r")
        y = H - 86 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 12

    cols = [(ar("التاريخ"), 555, "r", "d"), (ar("تاريخ القيمة"), 497, "r", "vd"), (ar("البيان"), 438, "r", "desc"),
            (ar("مدين"), 250, "r", "dr"), (ar("دائن"), 180, "r", "cr"), (ar("الرصيد"), 110, "r", "b")]

    def top(doc, y):
        doc.t(555, y, eg_d(start), 8, False, "r"); doc.t(438, y, ar("رصيد أول المدة"), 8, True, "r")
        doc.t(110, y, eg(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        # رصيد مرحل at a page's foot, رصيد منقول at the next page's head: the balance carried
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(438, y, ar("رصيد مرحل" if kind == "cf" else "رصيد منقول"), 8, True, "r"); doc.t(110, y, bal, 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 6, 250, y + 6)
        doc.t(438, y - 4, ar("إجمالي الحركات"), 8, True, "r"); doc.t(250, y - 4, eg(out_), 8, True, "r")
        doc.t(180, y - 4, eg(in_), 8, True, "r")
        doc.t(555, y - 17, eg_d(end), 8, False, "r"); doc.t(438, y - 17, ar("رصيد آخر المدة"), 8, True, "r")
        doc.t(110, y - 17, eg(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(doc.W - 40, 46, ar("يعتبر هذا الكشف صحيحا ما لم يخطر البنك بأي اعتراض خلال خمسة عشر يوما من تاريخه"), 6.5, align="r")
        doc.t(doc.W - 40, 36, ar("البنك الأهلي المصري - ١١٨٧ كورنيش النيل القاهرة - خدمة العملاء ١٩٦٢٣"), 6.5, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "iq_eg_nbe", "****9637", "EGP", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Raiffeisen Bank Albania (ALL)
def al(v):
    return fmt(v, ".", ",")


def raiffeisen(stem, seed, n=20, per_page=56, fx=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("18450.00") if od else D("146280.50")
    pool = [("Pagesë me kartë CONAD TIRANA RRUGA E KAVAJËS", 800, 9500), ("Tërheqje ATM RBAL BLLOKU TIRANË", 2000, 20000),
            ("Transfertë dalëse për ARBEN KOLA", 3000, 40000), ("Pagesë fature OSHEE klienti {r}", 1800, 7200),
            ("Pagesë fature UKT Ujësjellës Kanalizime Tiranë", 900, 2400), ("Pagesë me kartë SPAR ALBANIA DURRËS", 500, 6000),
            ("Tarifë mirëmbajtjeje llogarie", 300, 300), ("Pagesë me kartë VODAFONE ALBANIA rimbushje", 500, 2000)]
    cr = [("Transfertë hyrëse nga ELONA SHEHU", 5000, 30000), ("Depozitim cash në degën Myslym Shyri", 10000, 60000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 5, 27), "desc": "Paga maj 2025 ALBtelecom SH.A.", "amount": D("112500.00")})
    if od:
        txs.append({"date": dt.date(2025, 5, 5), "desc": "Këst kredie konsumatore nr. 4410273", "amount": D("-38600.00")})
        txs.append({"date": dt.date(2025, 5, 31), "desc": "Interes overdrafti", "amount": D("-742.30")})
    if fx:
        for d, m, e, k in [(8, "BOOKING.COM AMSTERDAM", "212,40", "100,2150"), (14, "AMAZON EU SARL LUXEMBOURG", "45,90", "100,1870"),
                           (22, "RYANAIR DUBLIN", "89,99", "99,8640")]:
            eur = D(e.replace(",", "."))
            lek = (eur * D(k.replace(",", "."))).quantize(D("0.01"))
            txs.append({"date": dt.date(2025, 5, d), "desc": "Pagesë me kartë " + m, "amount": -lek, "fx": "EUR %s Kursi %s" % (e, k)})
            txs.append({"date": dt.date(2025, 5, d), "desc": "Komision për transaksion në valutë", "amount": -(lek * D("0.015")).quantize(D("0.01"))})
    txs.sort(key=lambda t: t["date"])
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 48) + ([t["fx"]] if "fx" in t else [])
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        r = {"d": t["date"].strftime("%d.%m.%Y"), "vd": vd.strftime("%d.%m.%Y"), "desc": t["desc_lines"], "b": al(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = al(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Raiffeisen Bank", 16, True); doc.t(40, H - 57, "Raiffeisen Bank Sh.a. · NIPT K31828026H", 6.5)
        doc.t(W - 40, H - 44, "EKSTRAKT I LLOGARISË", 11, True, "r")
        doc.t(W - 40, H - 56, "Faqe %d nga %d" % (p, np_), 7, align="r")
        L = [("Emri i klientit", "ERJON HOXHA"), ("Adresa", "Rr. Myslym Shyri, Pall. 12, Ap. 4, Tiranë"),
             ("Numri i llogarisë", "0001890267"), ("IBAN", "AL58 2021 1109 0000 0000 0189 0267"),
             ("Lloji i llogarisë", "Llogari rrjedhëse" + (" me overdraft" if od else "")), ("Monedha", "ALL"),
             ("Periudha", "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"))),
             ("Data e printimit", "02.06.2025")]
        if p > 1: L = [L[0], L[2]]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 78 - 11 * i, a + ":", 7.5, True); doc.t(135, H - 78 - 11 * i, b, 7.5)
        y = H - 78 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Data e\nveprimit", 40, "l", "d"), ("Data e\nvalutës", 92, "l", "vd"), ("Përshkrimi", 146, "l", "desc"),
            ("Debi", 405, "r", "dr"), ("Kredi", 480, "r", "cr"), ("Gjendja", 555, "r", "b")]

    def top(doc, y):
        doc.t(146, y, "Gjendja fillestare", 8, True); doc.t(555, y, al(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(146, y, "Gjendja për t'u mbartur" if kind == "cf" else "Gjendja e mbartur", 8, True); doc.t(555, y, bal, 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(146, y - 4, "Totali i qarkullimit", 8, True); doc.t(405, y - 4, al(out_), 8, True, "r"); doc.t(480, y - 4, al(in_), 8, True, "r")
        doc.t(146, y - 17, "Gjendja përfundimtare", 8, True); doc.t(555, y - 17, al(cb), 8, True, "r")
        if od:
            doc.t(40, y - 36, "Limiti i overdraftit: 50.000,00 ALL   Norma e interesit: 13,5% në vit", 7)
        return y - 44

    def footer(doc, p, np_):
        doc.t(40, 44, "Ju lutemi njoftoni bankën për çdo mospërputhje brenda 30 ditëve nga data e marrjes së këtij ekstrakti.", 6)
        doc.t(40, 35, "Raiffeisen Bank Sh.a. · Rr. \"Tish Daija\", Kompleksi Haxhiu, Tiranë · +355 4 2381 381 · www.raiffeisen.al", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "iq_al_raiffeisen", "****0267", "ALL", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Ardshinbank (AMD, Armenian)
def am(v):
    return fmt(v)


def ardshin(stem, seed, n=20, per_page=56, wrapped=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("384250.00")
    pool = [("Քարտային գործարք SAS SUPERMARKET YEREVAN", 2500, 48000), ("Կանխիկացում ATM ARDSHINBANK KOMITAS", 10000, 100000),
            ("Փոխանցում ԱՐՍԵՆ ՀԱԿՈԲՅԱՆԻՆ", 5000, 150000), ("Կոմունալ վճարում ՀԷՑ էլեկտրաէներգիա", 6000, 24000),
            ("Կոմունալ վճարում Գազպրոմ Արմենիա", 3000, 19000), ("Քարտային գործարք YANDEX GO YEREVAN", 900, 6500),
            ("Սպասարկման վճար", 500, 500), ("Քարտային գործարք TUMO CAFE", 1200, 9000)]
    cr = [("Մուտք փոխանցումից ԱՆԻ ՄԱՐԳԱՐՅԱՆ", 10000, 120000), ("Կանխիկ մուտք մասնաճյուղում", 20000, 200000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 25), "desc": "Աշխատավարձ հունիս 2025 ՍԻՆՈՓՍԻՍ ԱՐՄԵՆԻԱ ՓԲԸ", "amount": D("685400.00")})
    txs.sort(key=lambda t: t["date"])
    if wrapped:
        for t in txs:
            if t["desc"].startswith("Փոխանցում") or t["desc"].startswith("Մուտք"):
                t["desc"] += " " + rng.choice(["վարձավճար հունիս ամսվա համար", "պարտքի մարում շնորհակալություն",
                                               "ծննդյան նվեր ընտանիքից"])
    finish(txs, 28 if wrapped else 38)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d.%m.%Y"), "doc": str(rng.randint(1000000, 9999999)), "desc": t["desc_lines"], "b": am(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = am(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "ԱՐԴՇԻՆԲԱՆԿ", 16, True); doc.t(40, H - 57, "«Արդշինբանկ» ՓԲԸ · ՀՎՀՀ 02500049", 6.5)
        doc.t(W - 40, H - 44, "ՀԱՇՎԻ ՔԱՂՎԱԾՔ", 11, True, "r")
        doc.t(W - 40, H - 56, "Էջ %d / %d" % (p, np_), 7, align="r")
        L = [("Հաճախորդ՝", "ԱՐՄԵՆ ՍԱՐԳՍՅԱՆ"), ("Հաշվեհամար՝", "2470012345670010"), ("Արժույթ՝", "AMD"),
             ("Ժամանակահատված՝", "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"))),
             ("Քաղվածքի ամսաթիվ՝", "01.07.2025")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 78 - 11 * i, a, 7.5, True); doc.t(140, H - 78 - 11 * i, b, 7.5)
        y = H - 78 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Ամսաթիվ", 40, "l", "d"), ("Փաստաթուղթ №", 92, "l", "doc"), ("Նկարագրություն", 174, "l", "desc"),
            ("Դեբետ", 430, "r", "dr"), ("Կրեդիտ", 495, "r", "cr"), ("Մնացորդ", 555, "r", "b")]

    def top(doc, y):
        doc.t(174, y, "Սկզբնական մնացորդ", 8, True); doc.t(555, y, am(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(174, y - 4, "Շրջանառություն", 8, True); doc.t(430, y - 4, am(out_), 8, True, "r"); doc.t(495, y - 4, am(in_), 8, True, "r")
        doc.t(174, y - 17, "Վերջնական մնացորդ", 8, True); doc.t(555, y - 17, am(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "Քաղվածքում առկա անճշտությունների մասին խնդրում ենք տեղեկացնել բանկին 15 օրվա ընթացքում։", 6)
        doc.t(40, 35, "«Արդշինբանկ» ՓԲԸ, ՀՀ, ք. Երևան, Դավիթ Բեկի 13 · (+374 12) 22 22 22 · www.ardshinbank.am", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top], bottom=bottom)
    write(stem, "iq_am_ardshinbank", "****0010", "AMD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Kapitalbank (UZS, Uzbek Latin)
def uz(v):
    return fmt(v, " ", ",")


def kapital(stem, seed, n=20, per_page=56, wrapped=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("4812350.00")
    pool = [("Uzcard orqali toʻlov KORZINKA CHILONZOR", 45000, 780000), ("Humo kartasidan naqd pul yechish ATM KAPITALBANK", 200000, 2000000),
            ("Payme orqali toʻlov UZMOBILE", 20000, 150000), ("Pul oʻtkazmasi DILSHOD RAHIMOV", 100000, 3000000),
            ("Kommunal toʻlov HUDUDGAZTAMINOT", 60000, 320000), ("Click orqali toʻlov YANDEX GO", 15000, 90000),
            ("Hisobni yuritish uchun xizmat haqi", 10000, 10000), ("Uzcard orqali toʻlov MAKRO SUPERMARKET", 30000, 600000)]
    cr = [("Kartadan kartaga oʻtkazma NODIRA KARIMOVA", 100000, 1500000), ("Naqd pul kirimi filial orqali", 500000, 5000000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 10), "desc": "Ish haqi iyun 2025 ARTEL ELECTRONICS MChJ", "amount": D("9450000.00")})
    txs.sort(key=lambda t: t["date"])
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 50)
        if wrapped and t["desc"].startswith(("Pul", "Kartadan")):
            t["desc_lines"] += wrap("Toʻlov maqsadi: " + rng.choice(["uy ijarasi uchun iyun oyi", "qarzni qaytarish",
                                                                     "tugʻilgan kun sovgʻasi"]), 50)
    cb = running(txs, ob)
    for t in txs:
        t["bal"] = None
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d.%m.%Y"), "doc": str(rng.randint(100000, 999999)), "desc": t["desc_lines"]}
        r["dr" if t["amount"] < 0 else "cr"] = uz(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "KAPITALBANK", 16, True); doc.t(40, H - 57, "«Kapitalbank» ATB · MFO 01018 · STIR 204938091", 6.5)
        doc.t(W - 40, H - 44, "HISOB VARAQASIDAN KOʻCHIRMA", 11, True, "r")
        doc.t(W - 40, H - 56, "Sahifa %d / %d" % (p, np_), 7, align="r")
        L = [("Mijoz", "KARIMOV JASUR ALISHER OʻGʻLI"), ("Hisob raqami", "20206000904512345001"), ("Valyuta", "UZS (soʻm)"),
             ("Davr", "%s – %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"))), ("Filial", "Chilonzor filiali")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 78 - 11 * i, a + ":", 7.5, True); doc.t(130, H - 78 - 11 * i, b, 7.5)
        y = H - 78 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Sana", 40, "l", "d"), ("Hujjat №", 96, "l", "doc"), ("Operatsiya mazmuni", 150, "l", "desc"),
            ("Debet", 470, "r", "dr"), ("Kredit", 555, "r", "cr")]

    def bottom(doc, y):
        y -= 8
        doc.c.rect(300, y - 44, 255, 54)
        for i, (a, v) in enumerate([("Davr boshiga qoldiq", ob), ("Debet aylanmasi", out_), ("Kredit aylanmasi", in_),
                                    ("Davr oxiriga qoldiq", cb)]):
            doc.t(308, y - 11 * i, a, 7.5, i in (0, 3)); doc.t(548, y - 11 * i, uz(v), 7.5, i in (0, 3), "r")
        return y - 60

    def footer(doc, p, np_):
        doc.t(40, 44, "Koʻchirma elektron shaklda shakllantirilgan va muhr talab qilinmaydi. Savollar boʻyicha: 1288 (qisqa raqam).", 6)
        doc.t(40, 35, "«Kapitalbank» ATB, Toshkent sh., Sayilgoh koʻchasi, 7-uy · www.kapitalbank.uz", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, bottom=bottom)
    write(stem, "iq_uz_kapitalbank", "****5001", "UZS", start, end, ob, cb, txs)


nbe("iq_eg_nbe", 2101, 20)
nbe("iq_eg_nbe__pages", 2102, 46, per_page=30)
nbe("iq_eg_nbe__overdraft", 2103, 16, od=True)
nbe("iq_eg_nbe__wrapped", 2104, 18, wrapped=True)
raiffeisen("iq_al_raiffeisen", 2111, 20)
raiffeisen("iq_al_raiffeisen__fx", 2112, 16, fx=True)
raiffeisen("iq_al_raiffeisen__pages", 2113, 44, per_page=30)
raiffeisen("iq_al_raiffeisen__overdraft", 2114, 16, od=True)
ardshin("iq_am_ardshinbank", 2121, 20)
ardshin("iq_am_ardshinbank__pages", 2122, 44, per_page=30)
ardshin("iq_am_ardshinbank__wrapped", 2123, 18, wrapped=True)
kapital("iq_uz_kapitalbank", 2131, 20)
kapital("iq_uz_kapitalbank__pages", 2132, 46, per_page=30)
kapital("iq_uz_kapitalbank__wrapped", 2133, 18, wrapped=True)
