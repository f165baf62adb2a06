#!/usr/bin/python3
"""Generator iu: 4 unseen layouts x (base + variants), exact truth. Deterministic.

BCEL (Banque pour le Commerce Extérieur Lao, Laos, LAK: Lao over English column names ວັນທີ / ເລກອ້າງອີງ / ເນື້ອໃນ /
ຖອນ / ຝາກ / ຍອດເຫຼືອ, dd/mm/yyyy, whole kip "1,250,000", a "ຍອດຍົກມາ / Balance B/F" row and a totals and closing
line; a three-page variant with ຍອດຍົກໄປ / Balance C/F lines, a Lao-only variant with Lao descriptions, and a
foreign-currency variant with "THB 1,250.00 @ 612.45" lines under card rows), KBZ Bank (Myanmar, MMK: Burmese over
English column names, dd/mm/yyyy, Cheque No column, "1,250,000.00", Opening/Closing Balance rows; a variant wholly
in Burmese with Burmese digits "၁,၂၅၀,၀၀၀.၀၀" and "၀၅/၀၆/၂၀၂၅", a three-page variant and a wrapped KBZPay variant),
Belarusbank (Belarus, BYN, Belarusian: Дата аперацыі / Дата адлюстравання / Апісанне аперацыі / signed "Сума ў
валюце рахунку" "-45,20" "+1 250,00", no balance column, a summary box of Астатак на пачатак / Паступленні /
Спісанні / Астатак на канец перыяду; a three-page variant, a foreign-currency variant with "Сума ў валюце аперацыі:
45,00 EUR" lines, and an overdraft variant), Bank Eskhata (Tajikistan, TJS, Tajik: Сана / № ҳуҷҷат / Мазмуни
амалиёт / Дебет / Кредит / Бақия, dd.mm.yyyy, "12 345,67", Бақия дар аввали давра row, Гардиш totals and Бақия дар
охири давра; a three-page variant with Ба саҳифаи оянда / Аз саҳифаи гузашта lines and a wrapped variant).

Truth choices: the B/F, C/F, opening, closing, carried and brought forward rows and the totals are no transactions;
KBZ's Cheque No, BCEL's ເລກອ້າງອີງ and Eskhata's № ҳуҷҷат are not description; Belarusbank's row is dated by its
Дата аперацыі (the transaction date), its Дата адлюстравання is no row's date and its rows carry no balance; a
foreign-currency line joins its row's description; Burmese digits are their values; a Lao or Burmese description is
entered as typed (logical order).
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
from corpus_kit import fmt, make_txns, render, row_truth_writer, running, set_desc_lines, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/iu/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
NOTO = "/usr/share/fonts/truetype/noto/NotoSans%s-%s.ttf"
for _name, _lo, _hi in [("Lao", 0x0E80, 0x0EFF), ("Myanmar", 0x1000, 0x109F)]:
    pdfmetrics.registerFont(TTFont(_name, NOTO % (_name, "Regular")))
    pdfmetrics.registerFont(TTFont(_name + "B", NOTO % (_name, "Bold")))
    corpus_kit.SCRIPT_FONTS.append((_lo, _hi, _name, _name + "B"))
MY_DIGITS = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")


def whole(txs, unit):
    for t in txs:
        t["amount"] = (t["amount"] / unit).quantize(D(1)) * unit
    return txs


# ---------------------------------------------------------------- 1 BCEL (Laos, LAK, whole kip)
def bcel(stem, seed, n=20, per_page=50, lao=False, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("18450000")
    if lao:
        pool = [("ຖອນເງິນສົດ ATM BCEL ສາຂາ ທາດຫຼວງ", 200000, 3000000), ("ຊຳລະ QR ຮ້ານ ເຈົ້າຈອມ ມາຣ໌ທ", 25000, 900000),
                ("ໂອນເງິນ BCEL One ໃຫ້ ສົມສັກ ພົມມະວົງ", 100000, 5000000), ("ຊຳລະຄ່າໄຟຟ້າ ລັດວິສາຫະກິດໄຟຟ້າລາວ", 150000, 800000),
                ("ເຕີມເງິນໂທລະສັບ LTC", 10000, 100000), ("ຄ່າທຳນຽມບໍລິການ SMS", 5000, 5000)]
        cr = [("ຮັບໂອນຈາກ ບຸນມີ ແສງສຸລິນ", 200000, 6000000), ("ຝາກເງິນສົດ ສາຂາ ສີສັດຕະນາກ", 500000, 8000000)]
        sal = "ເງິນເດືອນ ເດືອນ 6 ບໍລິສັດ ລາວ ໂທລະຄົມ"
    else:
        pool = [("ATM WITHDRAWAL BCEL ATM THATLUANG", 200000, 3000000), ("QR PAYMENT CHAOJOM MART VIENTIANE", 25000, 900000),
                ("BCEL ONE TRANSFER TO SOMSACK PHOMMAVONG", 100000, 5000000), ("EDL ELECTRICITY BILL 0141125487", 150000, 800000),
                ("LTC MOBILE TOPUP 020 5512 8841", 10000, 100000), ("SMS BANKING FEE", 5000, 5000),
                ("NAM PAPA WATER BILL VIENTIANE", 40000, 250000)]
        cr = [("TRANSFER FROM BOUNMY SENGSOULIN", 200000, 6000000), ("CASH DEPOSIT SISATTANAK BRANCH", 500000, 8000000)]
        sal = "SALARY JUNE 2025 LAO TELECOM CO LTD"
    txs = whole(make_txns(rng, start, end, n, pool, cr), 1000)
    txs.append({"date": dt.date(2025, 6, 25), "desc": sal, "amount": D("9850000")})
    if fx:
        for d, shop, thb, rate in [(dt.date(2025, 6, 7), "VISA PURCHASE CENTRAL WORLD BANGKOK TH", "1250.00", "612.45"),
                                   (dt.date(2025, 6, 8), "VISA PURCHASE 7-ELEVEN NONG KHAI TH", "186.50", "612.45"),
                                   (dt.date(2025, 6, 19), "VISA ATM CASH KRUNGTHAI UDON THANI TH", "3000.00", "609.80")]:
            kip = (D(thb) * D(rate)).quantize(D(1))
            txs.append({"date": d, "amount": -kip,
                        "lines": [shop, "THB %s @ %s" % (fmt(D(thb)), rate)]})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 30 if lao else 40)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m/%Y"), "ref": "%s%06d" % ("FT" if t["amount"] < 0 else "TT", rng.randint(100000, 999999)),
             "desc": t["desc_lines"], "b": fmt(t["bal"], nd=0)}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]), nd=0)
        rows.append(r)

    def lab(lo, en):
        return lo if lao else lo + " / " + en

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 42, "ທະນາຄານການຄ້າຕ່າງປະເທດລາວ ມະຫາຊົນ", 12, True)
        if not lao: doc.t(40, H - 56, "BANQUE POUR LE COMMERCE EXTERIEUR LAO PUBLIC", 9.5, True)
        doc.t(W - 40, H - 42, "ໃບແຈ້ງຍອດບັນຊີ", 12, True, "r")
        if not lao: doc.t(W - 40, H - 55, "ACCOUNT STATEMENT", 10, True, "r")
        doc.t(W - 40, H - 67, ("ໜ້າ %d / %d" if lao else "ໜ້າ / Page %d / %d") % (p, np_), 7, align="r")
        L = [(lab("ຊື່ບັນຊີ", "Account Name"), "ນາງ ວັນນະພອນ ສີສຸວັນ" if lao else "MS. VANNAPHONE SISOUVANH"),
             (lab("ເລກບັນຊີ", "Account No."), "010-12-00-01234567-001"),
             (lab("ປະເພດບັນຊີ", "Account Type"), "ບັນຊີເງິນຝາກປະຢັດ" if lao else "SAVING ACCOUNT"),
             (lab("ສະກຸນເງິນ", "Currency"), "LAK"),
             (lab("ໄລຍະເວລາ", "Period"), "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"))),
             (lab("ສາຂາ", "Branch"), "ສາຂາ ທາດຫຼວງ" if lao else "THATLUANG BRANCH")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 88 - 11 * i, a, 7.5, True); doc.t(190, H - 88 - 11 * i, ": " + b, 7.5)
        y = H - 88 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("ວັນທີ" if lao else "ວັນທີ\nDate", 40, "l", "d"), ("ເລກອ້າງອີງ" if lao else "ເລກອ້າງອີງ\nReference", 95, "l", "ref"),
            ("ເນື້ອໃນ" if lao else "ເນື້ອໃນ\nDescription", 160, "l", "desc"), ("ຖອນ" if lao else "ຖອນ\nDebit", 415, "r", "dr"),
            ("ຝາກ" if lao else "ຝາກ\nCredit", 485, "r", "cr"), ("ຍອດເຫຼືອ" if lao else "ຍອດເຫຼືອ\nBalance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y")); doc.t(160, y, lab("ຍອດຍົກມາ", "Balance B/F"), 8, True)
        doc.t(555, y, fmt(ob, nd=0), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(160, y, lab("ຍອດຍົກໄປ", "Balance C/F") if kind == "cf" else lab("ຍອດຍົກມາ", "Balance B/F"), 8, True)
        doc.t(555, y, bal, 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(160, y - 4, lab("ລວມ", "Total"), 8, True); doc.t(415, y - 4, fmt(out_, nd=0), 8, True, "r")
        doc.t(485, y - 4, fmt(in_, nd=0), 8, True, "r")
        doc.t(160, y - 17, lab("ຍອດເຫຼືອທ້າຍງວດ", "Closing Balance"), 8, True); doc.t(555, y - 17, fmt(cb, nd=0), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "ກະລຸນາກວດກາໃບແຈ້ງຍອດນີ້ ແລະ ແຈ້ງທະນາຄານພາຍໃນ 30 ວັນ ຖ້າມີຂໍ້ຜິດພາດ.", 6)
        doc.t(40, 35, "BCEL · 1 Pangkham Road, Vientiane Capital, Lao PDR · Call Center 1555 · www.bcel.com.la", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "iu_la_bcel", "****7001", "LAK", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 KBZ Bank (Myanmar, MMK)
def kbz(stem, seed, n=20, per_page=50, burmese=False, wrapped=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    dig = (lambda s: s.translate(MY_DIGITS)) if burmese else (lambda s: s)
    ob = D("3842500.00")

    def money(v):
        return dig(fmt(v))

    if burmese:
        pool = [("ATM ငွေထုတ် KBZ ATM လှည်းတန်း", 50000, 500000), ("KBZPay ငွေလွှဲ ဦးအောင်ကျော်ထံ", 20000, 800000),
                ("ဓာတ်အားခ ပေးသွင်းခြင်း YESB", 15000, 120000), ("ဖုန်းငွေဖြည့် MPT", 3000, 20000),
                ("ဝန်ဆောင်ခ", 1000, 1000), ("City Mart ဈေးဝယ် POS", 8000, 150000)]
        cr = [("ငွေလွှဲလက်ခံ ဒေါ်ခင်မာထံမှ", 50000, 900000), ("ငွေသားအပ်နှံ ရန်ကုန်ရုံးချုပ်", 100000, 1500000)]
        sal = "လစာ ဇွန်လ Ooredoo Myanmar"
    else:
        pool = [("ATM CASH WITHDRAWAL KBZ ATM HLEDAN", 50000, 500000), ("KBZPAY TRANSFER TO U AUNG KYAW", 20000, 800000),
                ("YESB ELECTRICITY BILL PAYMENT", 15000, 120000), ("MPT MOBILE TOPUP 09 7812 4455", 3000, 20000),
                ("SERVICE CHARGES", 1000, 1000), ("POS PURCHASE CITY MART JUNCTION CITY", 8000, 150000),
                ("CHEQUE PAYMENT", 200000, 900000)]
        cr = [("TRANSFER FROM DAW KHIN MA", 50000, 900000), ("CASH DEPOSIT YANGON HEAD OFFICE", 100000, 1500000)]
        sal = "SALARY JUNE 2025 OOREDOO MYANMAR LTD"
    txs = whole(make_txns(rng, start, end, n, pool, cr), 100)
    txs.append({"date": dt.date(2025, 6, 26), "desc": sal, "amount": D("1450000.00")})
    if wrapped:
        for d, lines, amt in [(dt.date(2025, 6, 4), ["KBZPAY TRANSFER TO MA THIDA WIN", "09 4500 12345 REF 5061234987",
                                                     "RENT JUNE 2025 ROOM 3B"], D("-350000.00")),
                              (dt.date(2025, 6, 12), ["MMQR PAYMENT GRAND HANTHA", "INTERNATIONAL HOSPITAL",
                                                      "INV 2025-06-11887"], D("-186400.00")),
                              (dt.date(2025, 6, 20), ["INTERBANK CBM-NET TRANSFER FROM", "AYA BANK U ZAW MIN OO",
                                                      "LOAN REPAYMENT"], D("600000.00"))]:
            txs.append({"date": d, "lines": lines, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 26 if burmese else 32)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        r = {"d": dig(t["date"].strftime("%d/%m/%Y")), "desc": t["desc_lines"], "b": money(t["bal"])}
        if t["desc_lines"][0].startswith("CHEQUE"): r["chq"] = "CHQ%07d" % rng.randint(1000000, 9999999)
        r["dr" if t["amount"] < 0 else "cr"] = money(abs(t["amount"]))
        rows.append(r)

    def lab(my, en):
        return my if burmese else my + " / " + en

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 42, "ကမ္ဘောဇဘဏ်", 13, True)
        if not burmese: doc.t(40, H - 57, "KANBAWZA BANK LIMITED", 12, True)
        doc.t(W - 40, H - 42, "စာရင်းရှင်းတမ်း", 12, True, "r")
        if not burmese: doc.t(W - 40, H - 55, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(W - 40, H - 67, dig(("စာမျက်နှာ %d / %d" if burmese else "စာမျက်နှာ / Page %d of %d") % (p, np_)), 7, align="r")
        L = [(lab("အမည်", "Name"), "ဒေါ်နန်းဆုမြတ်" if burmese else "DAW NANG SU MYAT"),
             (lab("စာရင်းအမှတ်", "Account No."), dig("27330127300452601")),
             (lab("စာရင်းအမျိုးအစား", "Account Type"), "ငွေစုစာရင်း" if burmese else "SAVINGS ACCOUNT"),
             (lab("ငွေကြေး", "Currency"), "MMK"),
             (lab("ကာလ", "Period"), dig("%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))),
             (lab("ဘဏ်ခွဲ", "Branch"), "လှည်းတန်းဘဏ်ခွဲ" if burmese else "HLEDAN BRANCH")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 88 - 12 * i, a, 7.5, True); doc.t(190, H - 88 - 12 * i, ": " + b, 7.5)
        y = H - 88 - 12 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [(lab("ရက်စွဲ", "Date").replace(" / ", "\n"), 40, "l", "d"),
            (lab("အကြောင်းအရာ", "Particulars").replace(" / ", "\n"), 100, "l", "desc"),
            (lab("ချက်နံပါတ်", "Cheque No").replace(" / ", "\n"), 268, "l", "chq"),
            (lab("ထုတ်ငွေ", "Withdrawal").replace(" / ", "\n"), 400, "r", "dr"),
            (lab("အပ်ငွေ", "Deposit").replace(" / ", "\n"), 478, "r", "cr"),
            (lab("လက်ကျန်ငွေ", "Balance").replace(" / ", "\n"), 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, dig(start.strftime("%d/%m/%Y"))); doc.t(100, y, lab("အဖွင့်လက်ကျန်", "Opening Balance"), 8, True)
        doc.t(555, y, money(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(100, y, lab("ရှေ့သို့ယူဆောင်", "Carried Forward") if kind == "cf" else lab("နောက်မှယူဆောင်", "Brought Forward"),
              8, True)
        doc.t(555, y, bal, 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y - 4, dig(end.strftime("%d/%m/%Y"))); doc.t(100, y - 4, lab("အပိတ်လက်ကျန်", "Closing Balance"), 8, True)
        doc.t(555, y - 4, money(cb), 8, True, "r")
        return y - 18

    def footer(doc, p, np_):
        doc.t(40, 44, "ဤစာရင်းရှင်းတမ်းတွင် အမှားတစ်စုံတစ်ရာရှိပါက ရက် ၃၀ အတွင်း ဘဏ်သို့ အကြောင်းကြားပါ။", 6)
        doc.t(40, 35, "KBZ Bank · No. 615/1, Pyay Road, Kamayut Township, Yangon · Call Center 01 538 075 · www.kbzbank.com", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "iu_mm_kbz", "****2601", "MMK", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Belarusbank (Belarus, BYN, Belarusian, signed amounts)
def belarusbank(stem, seed, n=22, per_page=50, fx=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("-142.35") if od else D("1284.60")

    def money(v):
        return fmt(v, " ", ",", sign=True)

    pool = [("Аплата тавараў і паслуг. EVROOPT MINSK BY", 3, 120), ("Аплата тавараў і паслуг. SANTA RETAIL GRODNO BY", 5, 90),
            ("Зняцце наяўных. ATM BELARUSBANK MINSK BY", 50, 400), ("Аплата праз ЕРИП. Камунальныя плацяжы", 40, 160),
            ("Аплата праз ЕРИП. A1 мабільная сувязь", 10, 45), ("Перавод з карткі на картку 5289 **** 4471", 20, 300),
            ("Камісія за абслугоўванне рахунку", 2.5, 2.5), ("Аплата тавараў і паслуг. YANDEX GO MINSK BY", 4, 25)]
    cr = [("Папаўненне рахунку праз інфакіёск", 50, 500), ("Перавод на картку ад ІВАНОВА А.С.", 30, 400)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 10), "desc": "Зарплата за травень 2025. ААТ МАЗ", "amount": D("1642.18")})
    if od:
        txs.append({"date": dt.date(2025, 6, 3), "desc": "Пагашэнне крэдыту па дагаворы 24/118-К", "amount": D("-486.20")})
        txs.append({"date": dt.date(2025, 6, 30), "desc": "Працэнты за карыстанне авердрафтам", "amount": D("-6.84")})
    if fx:
        for d, shop, amt, cur, byn in [(dt.date(2025, 6, 14), "Аплата тавараў і паслуг. LIDL WARSZAWA PL", "184,50", "PLN", D("-148.73")),
                                       (dt.date(2025, 6, 15), "Аплата тавараў і паслуг. ORLEN WARSZAWA PL", "260,00", "PLN", D("-209.60")),
                                       (dt.date(2025, 6, 21), "Аплата тавараў і паслуг. BOOKING.COM AMSTERDAM NL", "45,00", "EUR", D("-155.35"))]:
            txs.append({"date": d, "amount": byn, "lines": wrap(shop, 44) + ["Сума ў валюце аперацыі: %s %s" % (amt, cur)]})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 44)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        post = t["date"] + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "p": post.strftime("%d.%m.%Y"), "desc": t["desc_lines"],
                     "a": money(t["amount"])})
        t["bal"] = None  # no balance printed on a row

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 42, "ААТ «ААБ Беларусбанк»", 13, True)
        doc.t(40, H - 55, "Філіял № 510 г. Мінск, вул. Мясніковa, 32", 7.5)
        doc.t(W - 40, H - 42, "ВЫПІСКА ПА РАХУНКУ", 12, True, "r")
        doc.t(W - 40, H - 54, "за перыяд з %s па %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8, align="r")
        doc.t(W - 40, H - 65, "Старонка %d з %d" % (p, np_), 7, align="r")
        L = [("Кліент", "КАВАЛЁЎ ДЗМІТРЫЙ ПЯТРОВІЧ"), ("Нумар рахунку", "3014 0418 5100 27"),
             ("Картка", "Visa Classic 4255 19** **** 7310"), ("Валюта рахунку", "BYN")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 84 - 11 * i, a + ":", 7.5, True); doc.t(150, H - 84 - 11 * i, b, 7.5)
        y = H - 84 - 11 * len(L) - 6
        if p == 1:
            doc.c.rect(40, y - 52, 300, 50)
            for k, (a, v) in enumerate([("Астатак на пачатак перыяду", ob), ("Паступленні", in_), ("Спісанні", -out_),
                                        ("Астатак на канец перыяду", cb)]):
                doc.t(46, y - 13 - 11 * k, a, 7.5, k in (0, 3)); doc.t(334, y - 13 - 11 * k, fmt(v, " ", ","), 7.5, k in (0, 3), "r")
            y -= 60
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 12

    cols = [("Дата\nаперацыі", 40, "l", "d"), ("Дата адлюст-\nравання", 92, "l", "p"), ("Апісанне аперацыі", 160, "l", "desc"),
            ("Сума ў валюце\nрахунку, BYN", 555, "r", "a")]

    def footer(doc, p, np_):
        doc.t(40, 44, "Выпіска сфарміравана ў сістэме «Інтэрнэт-банкінг». Даведкі: 147 (А1, life:), www.belarusbank.by", 6)
        doc.t(40, 35, "ААТ «ААБ Беларусбанк», пр-т Дзяржынскага, 18, 220089, г. Мінск. УНП 100325912", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page)
    write(stem, "iu_by_belarusbank", "****0027", "BYN", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Bank Eskhata (Tajikistan, TJS, Tajik)
def eskhata(stem, seed, n=20, per_page=50, wrapped=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("8426.15")

    def money(v):
        return fmt(v, " ", ",")

    pool = [("Гирифтани пули нақд аз банкомат Эсхата, Душанбе", 100, 1500), ("Пардохт барои молу хизматрасонӣ. ОРИЁНБОНК САВДО", 20, 600),
            ("Интиқоли пул ба корти 4439 **** 1207", 50, 2000), ("Пардохти хизматрасонии Тоҷиктелеком", 30, 120),
            ("Пардохти қувваи барқ. ШАҲ Барқи Тоҷик", 60, 400), ("Комиссия барои хизматрасонии ҳисоб", 5, 5),
            ("Пардохт барои молу хизматрасонӣ. Ашан Душанбе", 15, 350)]
    cr = [("Интиқоли пул аз Россия. Korti Milli", 500, 4000), ("Воридоти пули нақд ба ҳисоб", 200, 3000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 5), "desc": "Музди меҳнат барои моҳи май 2025. ҶСК Талко", "amount": D("5240.00")})
    if wrapped:
        for d, desc, amt in [(dt.date(2025, 6, 9), "Пардохти қарз аз рӯи шартномаи № КР-2024/11873 аз 14.03.2024 "
                                                   "(қарзи асосӣ ва фоизҳо)", D("-1860.40")),
                             (dt.date(2025, 6, 17), "Интиқоли пул ба ҳисоби 20202972400098765432 Раҳимов Ф.Н. "
                                                    "барои иҷораи манзил, моҳи июн", D("-2200.00")),
                             (dt.date(2025, 6, 24), "Воридоти интиқоли байналмилалӣ тавассути Western Union аз "
                                                    "Федератсияи Россия, фиристанда Каримов А.", D("3150.75"))]:
            txs.append({"date": d, "desc": desc, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 38)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d.%m.%Y"), "doc": str(rng.randint(100000, 999999)), "desc": t["desc_lines"],
             "b": money(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = money(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 42, "ҶСП «Бонки Эсхата»", 13, True)
        doc.t(40, H - 55, "Филиали ҶСП «Бонки Эсхата» дар ш. Душанбе", 7.5)
        doc.t(W - 40, H - 42, "ИҚТИБОС АЗ ҲИСОБИ БОНКӢ", 11, True, "r")
        doc.t(W - 40, H - 54, "аз %s то %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8, align="r")
        doc.t(W - 40, H - 65, "Саҳифаи %d аз %d" % (p, np_), 7, align="r")
        L = [("Соҳиби ҳисоб", "НАЗАРОВА МАДИНА ҶУРАЕВНА"), ("Рақами ҳисоб", "20202972400012345678"),
             ("Асъор", "TJS (сомонӣ)"), ("Навъи ҳисоб", "Ҳисоби ҷории шахси воқеӣ")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 84 - 11 * i, a + ":", 7.5, True); doc.t(150, H - 84 - 11 * i, b, 7.5)
        y = H - 84 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Сана", 40, "l", "d"), ("№ ҳуҷҷат", 92, "l", "doc"), ("Мазмуни амалиёт", 140, "l", "desc"),
            ("Дебет", 415, "r", "dr"), ("Кредит", 485, "r", "cr"), ("Бақия", 555, "r", "b")]

    def top(doc, y):
        doc.t(140, y, "Бақия дар аввали давра", 8, True); doc.t(555, y, money(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(140, y, "Ба саҳифаи оянда" if kind == "cf" else "Аз саҳифаи гузашта", 8, True); doc.t(555, y, bal, 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(140, y - 4, "Гардиш дар давра", 8, True); doc.t(415, y - 4, money(out_), 8, True, "r")
        doc.t(485, y - 4, money(in_), 8, True, "r")
        doc.t(140, y - 17, "Бақия дар охири давра", 8, True); doc.t(555, y - 17, money(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "Иқтибос ба таври электронӣ таҳия шудааст ва имзову мӯҳрро талаб намекунад.", 6)
        doc.t(40, 35, "ҶСП «Бонки Эсхата», ш. Хуҷанд, кӯч. Бобоҷон Ғафуров 135 · Маркази занг 1100 · www.eskhata.com", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "iu_tj_eskhata", "****5678", "TJS", start, end, ob, cb, txs)


bcel("iu_la_bcel", 2301, 20)
bcel("iu_la_bcel__pages", 2302, 48, per_page=22)
bcel("iu_la_bcel__lao", 2303, 18, lao=True)
bcel("iu_la_bcel__fx", 2304, 16, fx=True)
kbz("iu_mm_kbz", 2311, 20)
kbz("iu_mm_kbz__burmese", 2312, 18, burmese=True)
kbz("iu_mm_kbz__pages", 2313, 44, per_page=24)
kbz("iu_mm_kbz__wrapped", 2314, 16, wrapped=True)
belarusbank("iu_by_belarusbank", 2321, 22)
belarusbank("iu_by_belarusbank__pages", 2322, 50, per_page=26)
belarusbank("iu_by_belarusbank__fx", 2323, 18, fx=True)
belarusbank("iu_by_belarusbank__overdraft", 2324, 18, od=True)
eskhata("iu_tj_eskhata", 2331, 20)
eskhata("iu_tj_eskhata__pages", 2332, 46, per_page=24)
eskhata("iu_tj_eskhata__wrapped", 2333, 16, wrapped=True)
