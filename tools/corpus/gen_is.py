#!/usr/bin/python3
"""Generator is: 4 unseen layouts x (base + variants), exact truth. Deterministic.

Bank Mellat (Iran, IRR, Persian only: a right-to-left "صورتحساب سپرده", ردیف / تاریخ / ساعت / شرح / شماره پیگیری /
برداشت / واریز / مانده from right to left, whole rials in Persian digits with the Arabic separator "۱۲٬۵۰۰٬۰۰۰",
Solar Hijri dates "۱۴۰۴/۰۳/۱۵" with no Gregorian date anywhere on the page, Persian drawn as iText-style producers
draw it (shaped presentation forms in visual order), a summary box of مانده ابتدای دوره / جمع برداشت / جمع واریز /
مانده پایان دوره; a three-page variant with "نقل از صفحه قبل" / "نقل به صفحه بعد" lines, a variant in Western digits
"1404/03/15" and "12,500,000", and a wrapped variant with long پایا/ساتنا descriptions), ACLEDA Bank (Cambodia:
Khmer over English column names, "05-Jun-25", Balance B/F and Balance C/F rows, USD; a KHR variant in whole riels,
a three-page variant and one with Khmer descriptions), People's Bank (Sri Lanka, LKR: every column and label in
Sinhala, Tamil and English, three lines a header cell, "05-JUN-2025", B/F BALANCE row and a totals line; a two-page
variant and an overdrawn one whose balances end in "DR"), Dashen Bank (Ethiopia, ETB: Amharic over English column
names, dd/mm/yyyy, Reference column, Opening/Closing Balance rows, service charge and VAT rows; a two-page variant and
one with Amharic descriptions).

Truth choices: a Solar Hijri date is the Gregorian day it names (1404/03/01 is 2025-05-22, by the calendar's rule,
not a guess): the truth holds that day, and a reader that cannot tell the calendar must not give any; Mellat's
ردیف, ساعت and شماره پیگیری and ACLEDA's and Dashen's Reference are not description; the B/F, C/F, opening, closing,
carried and brought forward rows and the totals are no transactions; a Persian description is entered as typed
(logical order, base letters; numbers in it as stored, in Western digits); Persian digits are their values.
"""
import datetime as dt
import os
import random
import sys
import unicodedata
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import corpus_kit
from corpus_kit import FORMS, ar, fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/is/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
NOTO = "/usr/share/fonts/truetype/noto/NotoSans%s-%s.ttf"
for _name, _lo, _hi in [("Khmer", 0x1780, 0x19FF), ("Sinhala", 0x0D80, 0x0DFF), ("Tamil", 0x0B80, 0x0BFF),
                        ("Ethiopic", 0x1200, 0x139F)]:
    pdfmetrics.registerFont(TTFont(_name, NOTO % (_name, "Regular")))
    pdfmetrics.registerFont(TTFont(_name + "B", NOTO % (_name, "Bold")))
    corpus_kit.SCRIPT_FONTS.append((_lo, _hi, _name, _name + "B"))
# Persian letters (پ چ ژ گ ک ی) have their presentation forms in U+FB50-FBFF, which corpus_kit's table leaves out
for _c in range(0xFB50, 0xFC00):
    _dec = unicodedata.decomposition(chr(_c)).split()
    if len(_dec) == 2 and _dec[0] in ("<isolated>", "<final>", "<initial>", "<medial>") and chr(int(_dec[1], 16)) not in "ًٌٍَُِّْ":
        FORMS.setdefault(chr(int(_dec[1], 16)), {})[_dec[0][1:-1]] = chr(_c)
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def finish(txs, width):
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], width)
    return txs


# ---------------------------------------------------------------- 1 Bank Mellat (IRR, Persian, Solar Hijri)
def jalali(d):
    """The Solar Hijri date of a day of 1404 (1 Farvardin 1404 = 21 March 2025; six months of 31 days, five of 30)."""
    off = (d - dt.date(2025, 3, 21)).days
    assert 0 <= off < 365
    m = 0
    for n in [31] * 6 + [30] * 5 + [29]:
        if off < n: break
        off -= n; m += 1
    return "1404/%02d/%02d" % (m + 1, off + 1)


def mellat(stem, seed, n=20, per_page=50, latin=False, wrapped=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 22), dt.date(2025, 6, 21)  # 1404/03/01 - 1404/03/31 (Khordad)
    dig = (lambda s: s) if latin else (lambda s: s.translate(FA_DIGITS))

    def money(v):
        return dig(fmt(v, "," if latin else "٬", nd=0))

    ob = D("184650000")
    pool = [("برداشت از خودپرداز بانک ملت شعبه ونک", 2000000, 20000000), ("خرید کارتی فروشگاه افق کوروش", 350000, 4800000),
            ("خرید اینترنتی دیجی کالا", 900000, 25000000), ("انتقال کارت به کارت به کارت 6104338912345678", 500000, 30000000),
            ("پرداخت قبض برق منطقه ای تهران", 400000, 2600000), ("پرداخت قبض گاز استان تهران", 250000, 1900000),
            ("خرید شارژ همراه اول", 100000, 500000), ("کارمزد خدمات بانکی", 60000, 60000),
            ("خرید کارتی جایگاه سوخت آزادی", 150000, 1200000), ("پرداخت اقساط وام مسکن شماره 4412", 18500000, 18500000)]
    cr = [("واریز انتقال کارت به کارت از محمد احمدی", 1000000, 40000000), ("واریز نقدی در شعبه", 5000000, 80000000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    for t in txs:
        t["amount"] = (t["amount"] / 1000).quantize(D(1)) * 1000  # whole rials, in thousands
    txs.append({"date": dt.date(2025, 6, 15), "desc": "واریز حقوق خرداد ماه شرکت فولاد مبارکه", "amount": D("428500000")})
    if wrapped:
        for d, who, why, amt in [(dt.date(2025, 5, 28), "انتقال پایا به شبا IR120170000000214589763001 بنام زهرا کریمی",
                                  "بابت اجاره بها خرداد ماه واحد شماره 7", D("-85000000")),
                                 (dt.date(2025, 6, 4), "انتقال ساتنا به شبا IR550560081180000123456001 بنام شرکت آریا",
                                  "بابت تسویه فاکتور شماره 1187", D("-160000000")),
                                 (dt.date(2025, 6, 18), "واریز پایا از بانک سامان بنام رضا موسوی",
                                  "بابت بازپرداخت قرض", D("52000000"))]:
            txs.append({"date": d, "desc": who + " " + why, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    finish(txs, 26 if wrapped else 30)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for i, t in enumerate(txs):
        r = {"no": dig(str(i + 1)), "d": dig(jalali(t["date"])),
             "tm": dig("%02d:%02d" % (rng.randint(7, 23), rng.randint(0, 59))), "desc": [ar(l) for l in t["desc_lines"]],
             "ref": dig(str(rng.randint(1000000000, 9999999999))), "b": money(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = money(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(W - 40, H - 46, ar("بانک ملت"), 17, True, "r"); doc.t(40, H - 46, "BANK MELLAT", 14, True)
        doc.t(W - 40, H - 64, ar("صورتحساب سپرده"), 12, True, "r")
        doc.t(40, H - 62, ar("صفحه %s از %s" % (dig(str(p)), dig(str(np_)))), 7.5)
        L = [("نام صاحب حساب", "علی رضایی"), ("شماره حساب", dig("5874219630")), ("شماره شبا", "IR46 0120 0000 0000 5874 2196 30"),
             ("نوع سپرده", "قرض الحسنه جاری"), ("واحد پول", "ریال"), ("شعبه", "میدان ونک کد " + dig("65432")),
             ("از تاریخ", "%s تا تاریخ %s" % (dig(jalali(start)), dig(jalali(end)))),
             ("تاریخ گزارش", dig(jalali(dt.date(2025, 6, 22))))]
        if p > 1: L = L[:2]
        for i, (a, v) in enumerate(L):
            doc.t(W - 40, H - 86 - 11 * i, ar(a + " :"), 7.5, True, "r"); doc.t(W - 120, H - 86 - 11 * i, ar(v), 7.5, False, "r")
        y = H - 86 - 11 * len(L) - 6
        if p == 1:
            doc.c.rect(40, y - 26, 300, 24)
            for k, (a, v) in enumerate([("مانده ابتدای دوره", ob), ("جمع برداشت", out_), ("جمع واریز", in_),
                                        ("مانده پایان دوره", cb)]):
                x = 335 - 75 * k
                doc.t(x, y - 11, ar(a), 7, True, "r"); doc.t(x, y - 21, money(v), 7.5, False, "r")
            y -= 34
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 12

    cols = [(ar("ردیف"), 560, "r", "no"), (ar("تاریخ"), 535, "r", "d"), (ar("ساعت"), 480, "r", "tm"),
            (ar("شرح"), 450, "r", "desc"), (ar("شماره پیگیری"), 304, "r", "ref"), (ar("برداشت"), 240, "r", "dr"),
            (ar("واریز"), 172, "r", "cr"), (ar("مانده"), 104, "r", "b")]

    def cf(doc, y, r, kind):
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(450, y, ar("نقل به صفحه بعد" if kind == "cf" else "نقل از صفحه قبل"), 8, True, "r"); doc.t(104, y, bal, 8, True, "r")
        return y - 13

    def footer(doc, p, np_):
        doc.t(doc.W - 40, 46, ar("این صورتحساب به صورت الکترونیکی صادر شده و فاقد مهر و امضا معتبر است"), 6.5, align="r")
        doc.t(doc.W - 40, 36, ar("بانک ملت - تهران خیابان طالقانی - مرکز ارتباط با مشتریان ") + dig("021-81921"), 6.5, align="r")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, cf=cf)
    write(stem, "is_ir_mellat", "****9630", "IRR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 ACLEDA Bank (Cambodia, USD / KHR)
def acleda(stem, seed, n=20, per_page=50, khr=False, khmer=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    nd = 0 if khr else 2
    k = 4000 if khr else 1

    def money(v):
        return fmt(v, nd=nd)

    ob = D("6125400") if khr else D("1842.35")
    if khmer:
        pool = [("ដកប្រាក់តាម ATM អេស៊ីលីដា ផ្សារថ្មី", 20, 300), ("ទូទាត់តាម KHQR ផ្សារទំនើប ឡាកី សេនី", 3, 90),
                ("ផ្ទេរប្រាក់ទៅ ចាន់ សុភាព តាមបាគង", 10, 400), ("បញ្ចូលលុយទូរស័ព្ទ Smart", 1, 10),
                ("ទូទាត់វិក្កយបត្រ អគ្គិសនីកម្ពុជា", 15, 80), ("កម្រៃសេវា", 1, 1)]
        cr = [("ទទួលប្រាក់ពី សុខ ដារ៉ា", 20, 500)]
        sal = "ប្រាក់ខែ ខែមិថុនា ក្រុមហ៊ុន ស្មាត អាស៊ីអាតា"
    else:
        pool = [("ATM WITHDRAWAL ACLEDA ATM PHSAR THMEI", 20, 300), ("KHQR PAYMENT LUCKY SUPERMARKET SIHANOUK BLVD", 3, 90),
                ("BAKONG TRANSFER TO CHAN SOPHEAP", 10, 400), ("ACLEDA UNITY TOPUP SMART 010XXX412", 1, 10),
                ("BILL PAYMENT ELECTRICITE DU CAMBODGE", 15, 80), ("POS PURCHASE AEON MALL PHNOM PENH", 5, 120),
                ("MONTHLY SERVICE FEE", 1, 1)]
        cr = [("FUND TRANSFER FROM SOK DARA", 20, 500), ("CASH DEPOSIT BRANCH TOUL KORK", 50, 800)]
        sal = "SALARY JUN 2025 SMART AXIATA CO LTD"
    pool = [(d, lo * k, hi * k) for d, lo, hi in pool]
    cr = [(d, lo * k, hi * k) for d, lo, hi in cr]
    txs = make_txns(rng, start, end, n, pool, cr)
    if khr:
        for t in txs:
            t["amount"] = (t["amount"] / 100).quantize(D(1)) * 100
    txs.append({"date": dt.date(2025, 6, 26), "desc": sal, "amount": D("3650000") if khr else D("912.50")})
    txs.sort(key=lambda t: t["date"])
    finish(txs, 30 if khmer else 40)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d-%b-%y"), "ref": "FT25%03d%05d" % (t["date"].timetuple().tm_yday, rng.randint(10000, 99999)),
             "desc": t["desc_lines"], "b": money(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = money(abs(t["amount"]))
        rows.append(r)
    cur = "KHR" if khr else "USD"

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "ធនាគារ អេស៊ីលីដា ម.ក", 12, True); doc.t(40, H - 58, "ACLEDA Bank Plc.", 13, True)
        doc.t(W - 40, H - 44, "របាយការណ៍គណនី", 11, True, "r"); doc.t(W - 40, H - 57, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(W - 40, H - 68, "ទំព័រ / Page %d of %d" % (p, np_), 7, align="r")
        L = [("ឈ្មោះគណនី / Account Name", "MR. KEO VISAL"), ("លេខគណនី / Account No.", "0800-01-234567-1-1"),
             ("ប្រភេទគណនី / Account Type", "Saving Account"), ("រូបិយប័ណ្ណ / Currency", cur),
             ("រយៈពេល / Period", "%s to %s" % (start.strftime("%d-%b-%y"), end.strftime("%d-%b-%y"))),
             ("សាខា / Branch", "Toul Kork Branch")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 88 - 11 * i, a, 7.5, True); doc.t(190, H - 88 - 11 * i, ": " + b, 7.5)
        y = H - 88 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("កាលបរិច្ឆេទ\nDate", 40, "l", "d"), ("លេខយោង\nReference", 88, "l", "ref"), ("បរិយាយ\nDescription", 168, "l", "desc"),
            ("ដកចេញ\nWithdrawal", 420, "r", "dr"), ("ដាក់ចូល\nDeposit", 488, "r", "cr"), ("សមតុល្យ\nBalance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d-%b-%y")); doc.t(168, y, "Balance B/F", 8, True); doc.t(555, y, money(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(168, y, "Balance C/F" if kind == "cf" else "Balance B/F", 8, True); doc.t(555, y, bal, 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(168, y - 4, "សរុប / Total", 8, True); doc.t(420, y - 4, money(out_), 8, True, "r"); doc.t(488, y - 4, money(in_), 8, True, "r")
        doc.t(40, y - 17, end.strftime("%d-%b-%y")); doc.t(168, y - 17, "Balance C/F", 8, True); doc.t(555, y - 17, money(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "សូមពិនិត្យរបាយការណ៍នេះ ហើយជូនដំណឹងមកធនាគារក្នុងរយៈពេល ៣០ ថ្ងៃ ប្រសិនបើមានកំហុស។", 6)
        doc.t(40, 35, "ACLEDA Bank Plc. · #61, Preah Monivong Blvd., Phnom Penh · Call Center 023 994 444 · www.acledabank.com.kh", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "is_kh_acleda", "****6711", cur, start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 People's Bank (Sri Lanka, LKR, trilingual)
def peoples(stem, seed, n=20, per_page=46, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("-18420.60") if od else D("248615.40")

    def money(v):
        return fmt(v)

    def bal(v):
        return fmt(abs(v)) + (" DR" if v < 0 else "")

    pool = [("ATM WDL PEOPLES BANK KANDY CITY", 2000, 40000), ("POS KEELLS SUPER NUGEGODA", 800, 18000),
            ("CEB BILL PAYMENT ACC 0412345678", 2500, 16000), ("DIALOG AXIATA MOBILE BILL", 900, 5500),
            ("CEFT TRANSFER TO K.A.PERERA", 5000, 80000), ("CHEQUE PAID 104512", 10000, 120000),
            ("SMS ALERT CHARGES", 100, 100), ("NWSDB WATER BILL PAYMENT", 600, 3200)]
    cr = [("CEFT TRANSFER FROM M.S.FERNANDO", 5000, 90000), ("CASH DEPOSIT KANDY BRANCH", 10000, 150000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 25), "desc": "SALARY JUNE 2025 SRI LANKA TELECOM PLC", "amount": D("186450.00")})
    if od:
        txs.append({"date": dt.date(2025, 6, 2), "desc": "LOAN INSTALMENT 0412-88-7731", "amount": D("-64300.00")})
        txs.append({"date": dt.date(2025, 6, 30), "desc": "OVERDRAFT INTEREST", "amount": D("-1284.35")})
    txs.sort(key=lambda t: t["date"])
    finish(txs, 38)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d-%b-%Y").upper(), "desc": t["desc_lines"], "b": bal(t["bal"])}
        if t["desc"].startswith("CHEQUE"): r["chq"] = t["desc"].split()[-1]
        r["dr" if t["amount"] < 0 else "cr"] = money(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 42, "මහජන බැංකුව", 11, True); doc.t(40, H - 55, "மக்கள் வங்கி", 10, True); doc.t(40, H - 68, "PEOPLE'S BANK", 12, True)
        doc.t(W - 40, H - 42, "ගිණුම් ප්රකාශය", 10, True, "r"); doc.t(W - 40, H - 54, "கணக்கு அறிக்கை", 9, True, "r")
        doc.t(W - 40, H - 66, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(W - 40, H - 77, "පිටුව / பக்கம் / Page %d / %d" % (p, np_), 7, align="r")
        L = [("ගිණුම් හිමියා / கணக்கு உரிமையாளர் / Account Holder", "MR. W.M. SAMARAKOON"),
             ("ගිණුම් අංකය / கணக்கு இல / Account No", "082-2-001-4-0076521"),
             ("මුදල් වර්ගය / நாணயம் / Currency", "LKR"),
             ("කාල සීමාව / காலப்பகுதி / Period", "%s TO %s" % (start.strftime("%d-%b-%Y").upper(), end.strftime("%d-%b-%Y").upper())),
             ("ශාඛාව / கிளை / Branch", "KANDY CITY")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 96 - 11 * i, a, 7.5, True); doc.t(300, H - 96 - 11 * i, ": " + b, 7.5)
        y = H - 96 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("දිනය\nதிகதி\nDate", 40, "l", "d"), ("විස්තරය\nவிபரம்\nDescription", 110, "l", "desc"),
            ("චෙක් අංකය\nகாசோலை இல\nCheque No", 300, "l", "chq"), ("හර\nபற்று\nDebit", 420, "r", "dr"),
            ("බැර\nவரவு\nCredit", 485, "r", "cr"), ("ශේෂය\nமீதி\nBalance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d-%b-%Y").upper()); doc.t(110, y, "B/F BALANCE", 8, True); doc.t(555, y, bal(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        b = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(110, y, "BALANCE C/F" if kind == "cf" else "BALANCE B/F", 8, True); doc.t(555, y, b, 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(110, y - 4, "එකතුව / மொத்தம் / TOTAL", 8, True); doc.t(420, y - 4, money(out_), 8, True, "r")
        doc.t(485, y - 4, money(in_), 8, True, "r")
        doc.t(110, y - 17, "C/F BALANCE", 8, True); doc.t(555, y - 17, bal(cb), 8, True, "r")
        if od:
            doc.t(40, y - 34, "Overdraft Limit : 100,000.00   Interest Rate : 16.50% p.a.", 7)
        return y - 42

    def footer(doc, p, np_):
        doc.t(40, 44, "Please examine this statement and report any discrepancy within 14 days. / කිසියම් වෙනසක් ඇත්නම් දින 14ක් ඇතුළත දන්වන්න.", 6)
        doc.t(40, 35, "People's Bank · No. 75, Sir Chittampalam A. Gardiner Mawatha, Colombo 02 · 1961 · www.peoplesbank.lk", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "is_lk_peoples", "****6521", "LKR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Dashen Bank (Ethiopia, ETB, Amharic and English)
def dashen(stem, seed, n=20, per_page=50, amharic=False, ob=D("57420.85")):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    if amharic:
        pool = [("ከኤቲኤም ገንዘብ ወጪ ቦሌ ቅርንጫፍ", 500, 10000), ("የቴሌብር ዝውውር ወደ አበበ ከበደ", 200, 8000),
                ("የሸዋ ሱፐርማርኬት ግዢ", 300, 6500), ("የመብራት ክፍያ", 150, 1800)]
        cr = [("ከአልማዝ ተሾመ የተላከ ገንዘብ", 1000, 20000)]
        sal = "የሰኔ ወር ደመወዝ ኢትዮ ቴሌኮም"
    else:
        pool = [("ATM CASH WITHDRAWAL BOLE MEDHANIALEM", 500, 10000), ("TELEBIRR TRANSFER TO 0911234567", 200, 8000),
                ("POS PURCHASE SHOA SUPERMARKET", 300, 6500), ("AMOLE PAYMENT ETHIOPIAN AIRLINES", 2500, 30000),
                ("EEU ELECTRIC BILL PAYMENT", 150, 1800), ("TRANSFER TO ABEBE KEBEDE", 1000, 15000)]
        cr = [("TRANSFER FROM ALMAZ TESHOME", 1000, 20000), ("CASH DEPOSIT BOLE BRANCH", 2000, 40000)]
        sal = "SALARY JUNE 2025 ETHIO TELECOM"
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 28), "desc": sal, "amount": D("38750.00")})
    for d in (dt.date(2025, 6, 30),):
        txs.append({"date": d, "desc": "የአገልግሎት ክፍያ" if amharic else "SERVICE CHARGE", "amount": D("-25.00")})
        txs.append({"date": d, "desc": "ተ.እ.ታ በአገልግሎት ክፍያ" if amharic else "VAT ON SERVICE CHARGE", "amount": D("-3.75")})
    txs.sort(key=lambda t: t["date"])
    finish(txs, 34)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m/%Y"), "ref": "DB%s%04d" % (t["date"].strftime("%y%m%d"), rng.randint(0, 9999)),
             "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "ዳሸን ባንክ", 13, True); doc.t(40, H - 58, "DASHEN BANK S.C.", 12, True)
        doc.t(W - 40, H - 44, "የሂሳብ መግለጫ", 10, True, "r"); doc.t(W - 40, H - 56, "ACCOUNT STATEMENT", 10, True, "r")
        doc.t(W - 40, H - 67, "ገጽ / Page %d of %d" % (p, np_), 7, align="r")
        L = [("የደንበኛ ስም / Customer Name", "TIGIST ALEMU BEKELE"), ("የሂሳብ ቁጥር / Account Number", "5071234567011"),
             ("የሂሳብ ዓይነት / Account Type", "Saving Account"), ("ገንዘብ / Currency", "ETB"),
             ("ጊዜ / Period", "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"))), ("ቅርንጫፍ / Branch", "Bole")]
        if p > 1: L = L[:2]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 86 - 11 * i, a, 7.5, True); doc.t(200, H - 86 - 11 * i, ": " + b, 7.5)
        y = H - 86 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("ቀን\nDate", 40, "l", "d"), ("ማጣቀሻ\nReference", 92, "l", "ref"), ("የግብይት ዝርዝር\nTransaction Details", 170, "l", "desc"),
            ("ወጪ\nDebit", 410, "r", "dr"), ("ገቢ\nCredit", 480, "r", "cr"), ("ቀሪ ሂሳብ\nBalance", 555, "r", "b")]

    def top(doc, y):
        doc.t(170, y, "Opening Balance / የመክፈቻ ቀሪ ሂሳብ", 8, True); doc.t(555, y, fmt(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(170, y, "Carried Forward" if kind == "cf" else "Brought Forward", 8, True); doc.t(555, y, bal, 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(170, y - 4, "Total / ድምር", 8, True); doc.t(410, y - 4, fmt(out_), 8, True, "r"); doc.t(480, y - 4, fmt(in_), 8, True, "r")
        doc.t(170, y - 17, "Closing Balance / የመዝጊያ ቀሪ ሂሳብ", 8, True); doc.t(555, y - 17, fmt(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(40, 44, "ይህ መግለጫ በኮምፒዩተር የተዘጋጀ ነው። This is a computer generated statement and needs no signature.", 6)
        doc.t(40, 35, "Dashen Bank S.C. · Dashen Tower, Africa Avenue, Addis Ababa · 6333 · www.dashenbanksc.com", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "is_et_dashen", "****7011", "ETB", start, end, ob, cb, txs)


mellat("is_ir_mellat", 2201, 20)
mellat("is_ir_mellat__pages", 2202, 46, per_page=24)
mellat("is_ir_mellat__latin", 2203, 18, latin=True)
mellat("is_ir_mellat__wrapped", 2204, 16, wrapped=True)
acleda("is_kh_acleda", 2211, 20)
acleda("is_kh_acleda__khr", 2212, 18, khr=True)
acleda("is_kh_acleda__pages", 2213, 46, per_page=24)
acleda("is_kh_acleda__khmer", 2214, 16, khmer=True)
peoples("is_lk_peoples", 2221, 20)
peoples("is_lk_peoples__pages", 2222, 40, per_page=26)
peoples("is_lk_peoples__overdraft", 2223, 16, od=True)
dashen("is_et_dashen", 2231, 20)
dashen("is_et_dashen__pages", 2232, 44, per_page=26, ob=D("234380.40"))
dashen("is_et_dashen__amharic", 2233, 16, amharic=True)
