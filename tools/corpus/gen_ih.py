#!/usr/bin/python3
"""Generator ih: 4 unseen layouts x (base + variants), exact truth. Deterministic.

Eurobank current account (Greek only: Ημερομηνία / Αιτιολογία / Χρέωση / Πίστωση / Υπόλοιπο, "1.234,56",
dated Προηγούμενο / Νέο υπόλοιπο rows; a two-page "Σε/Από μεταφορά" and an overdraft variant), Alpha Bank credit card
(Greek: Ημ/νία Συναλλαγής / Περιγραφή / Ποσό, payments "500,00-", Προηγούμενο / Νέο υπόλοιπο in a box; a "ΠΙΣΤ"
variant, a credit-balance and a foreign-currency variant), Bank Hapoalim (Hebrew, drawn glyph by glyph in logical
order at visual positions, as browser and report engines write right-to-left text: תאריך / תאריך ערך / תיאור /
אסמכתא / חובה / זכות / יתרה בש"ח, a יתרה קודמת row; a variant with English merchant names inside the Hebrew and a
two-page variant), Bank of Valletta (Malta, Date / Value Date / Details / Debit / Credit / Balance, a reference line
under each row's details, Balance Brought / Carried Forward; a three-page, an overdraft "DR" and a long-details
variant).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from corpus_kit import Doc, fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ih/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def eu(v):
    return fmt(v, th=".", dec=",")


# ---------------------------------------------------------------- 1 Eurobank (Greek only)
def eurobank(stem, seed, n=20, pages=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("312.48") if od else D("2461.90")
    pool = [("ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΣΚΛΑΒΕΝΙΤΗΣ ΜΑΡΟΥΣΙ", 12, 140), ("ΠΛΗΡΩΜΗ ΛΟΓΑΡΙΑΣΜΟΥ ΔΕΗ ΜΕΣΩ ΗΛΕΚΤΡΟΝΙΚΗΣ ΤΡΑΠΕΖΙΚΗΣ", 40, 190),
            ("ΑΝΑΛΗΨΗ ΑΠΟ ΑΤΜ ΚΑΤΑΣΤΗΜΑ ΑΜΠΕΛΟΚΗΠΩΝ", 20, 300), ("ΠΑΓΙΑ ΕΝΤΟΛΗ ΕΥΔΑΠ ΑΡ. ΣΥΜΒ. 4471{r}", 18, 70),
            ("ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΦΑΡΜΑΚΕΙΟ ΠΑΠΑΔΑΚΗ", 6, 55), ("ΕΞΟΦΛΗΣΗ ΔΟΣΗΣ ΔΑΝΕΙΟΥ", 280, 280),
            ("ΜΕΤΑΦΟΡΑ ΠΡΟΣ ΛΟΓ/ΣΜΟ ΤΡΙΤΟΥ ΓΕΩΡΓΙΟΥ ΜΑΡΙΑ ΕΝΟΙΚΙΟ ΜΑΪΟΥ", 450, 450), ("ΠΡΟΜΗΘΕΙΑ ΤΗΡΗΣΗΣ ΛΟΓΑΡΙΑΣΜΟΥ", 3, 3)]
    cr = [("ΜΙΣΘΟΔΟΣΙΑ ΕΡΓΟΔΟΤΗ ΑΦΟΙ ΚΩΝΣΤΑΝΤΙΝΙΔΗ Ο.Ε.", 1250, 1650), ("ΕΙΣΕΡΧΟΜΕΝΟ ΕΜΒΑΣΜΑ ΑΠΟ ΝΙΚΟΛΑΟΥ ΣΠΥΡΙΔΩΝ", 30, 300),
          ("ΠΙΣΤΩΣΗ ΤΟΚΩΝ", 0.05, 1.2)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if od:
        txs.append({"date": dt.date(2025, 5, 6), "desc": "ΕΞΟΦΛΗΣΗ ΚΑΡΤΑΣ ΜΕ ΧΡΕΩΣΗ ΛΟΓΑΡΙΑΣΜΟΥ", "amount": D("-1380.00")})
        txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": eu(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = eu(abs(t["amount"]))
        rows.append(r)
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Eurobank", 22, True)
        doc.t(W - 40, H - 38, "ΚΑΤΑΣΤΑΣΗ ΚΙΝΗΣΕΩΝ ΛΟΓΑΡΙΑΣΜΟΥ", 10, True, "r")
        doc.t(W - 40, H - 50, "Σελίδα %d από %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 78, "ΑΘΑΝΑΣΙΟΣ ΜΙΧΑΗΛΙΔΗΣ", 8.5, True); doc.t(40, H - 89, "ΑΓΙΟΥ ΚΩΝΣΤΑΝΤΙΝΟΥ 40", 8)
            doc.t(40, H - 100, "151 24 ΜΑΡΟΥΣΙ", 8)
            doc.c.rect(300, H - 130, 255, 62)
            for i, (a, b) in enumerate([("Αριθμός Λογαριασμού", "0026.0451.22.0200987654"),
                                        ("IBAN", "GR16 0260 4510 0002 2020 0987 654"),
                                        ("Είδος", "Λογαριασμός Όψεως Ιδιωτών"), ("Νόμισμα", "EUR"),
                                        ("Περίοδος", "01/05/2025 - 31/05/2025")]):
                doc.t(306, H - 78 - 11 * i, a, 7.5, True); doc.t(400, H - 78 - 11 * i, b, 7.5)
            return H - 156
        doc.t(40, H - 70, "Αριθμός Λογαριασμού 0026.0451.22.0200987654", 7.5)
        return H - 92

    cols = [("Ημερομηνία", 40, "l", "d"), ("Αιτιολογία", 105, "l", "desc"), ("Χρέωση", 400, "r", "dr"),
            ("Πίστωση", 475, "r", "cr"), ("Υπόλοιπο", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(105, y, "Προηγούμενο υπόλοιπο", 8, True); doc.t(555, y, eu(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, row, kind):
        if kind == "cf":
            doc.t(105, y - 2, "Σε μεταφορά", 8, True); doc.t(555, y - 2, row["b"], 8, True, "r")
            return y - 14
        doc.t(105, y, "Από μεταφορά", 8, True); doc.t(555, y, rows[rows.index(row) - 1]["b"], 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(40, y - 2, end.strftime("%d/%m/%Y"), 8); doc.t(105, y - 2, "Νέο υπόλοιπο", 8, True); doc.t(555, y - 2, eu(cb), 8, True, "r")
        doc.t(105, y - 22, "Σύνολο χρεώσεων", 7.5); doc.t(400, y - 22, eu(out_), 7.5, align="r")
        doc.t(105, y - 33, "Σύνολο πιστώσεων", 7.5); doc.t(475, y - 33, eu(in_), 7.5, align="r")
        doc.t(40, y - 56, "Με την κάρτα Eurobank Mastercard Debit κερδίζετε πόντους €πιστροφή σε κάθε αγορά.", 7)
        return y - 60

    def footer(doc, p, np_):
        doc.t(40, 44, "Eurobank Ergasias Υπηρεσιών και Συμμετοχών Α.Ε. - Όθωνος 8, 105 57 Αθήνα - Γ.Ε.ΜΗ. 000223001000", 5.5)
        doc.t(40, 37, "Παρακαλούμε ελέγξτε τις κινήσεις και ενημερώστε μας για τυχόν διαφορές εντός 30 ημερών. Εξυπηρέτηση: 210 95 55 000", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=24 if pages else 60,
           cf=cf if pages else None, top_rows=[top], bottom=bottom)
    write(stem, "ih_gr_eurobank", "****7654", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Alpha Bank credit card (Greek)
def alphacard(stem, seed, n=16, pist=False, credit=False, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 13), dt.date(2025, 6, 12)
    prev = D("842.17")
    pool = [("ΣΚΛΑΒΕΝΙΤΗΣ ΑΘΗΝΑ", 15, 160), ("SHELL ΠΡΑΤΗΡΙΟ ΚΗΦΙΣΙΑΣ", 30, 80), ("ΠΛΑΙΣΙΟ COMPUTERS ΜΑΡΟΥΣΙ", 20, 400),
            ("ΕΥΡΩΠΑΪΚΗ ΠΙΣΤΗ ΑΣΦΑΛΙΣΤΙΚΗ", 90, 210), ("COSMOTE E-SHOP", 20, 60), ("ΤΑΒΕΡΝΑ ΤΟ ΠΕΤΡΙΝΟ ΝΕΑ ΣΜΥΡΝΗ", 25, 90),
            ("AEGEAN AIRLINES ATHINA", 60, 340), ("e-food.gr ΠΑΡΑΓΓΕΛΙΑ", 8, 35)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=1), n, pool, pool)
    for t in txs:
        t["amount"] = -abs(t["amount"])
        t["desc_lines"] = [t["desc"]]
    if fx:
        for t, (m, c, rate) in zip(txs[2::4], [("AMAZON.COM SEATTLE", "USD", "1,0841"), ("BOOKING.COM AMSTERDAM", "GBP", "0,8463"),
                                             ("APPLE.COM/BILL CORK", "USD", "1,0915"), ("UBER TRIP LONDON", "GBP", "0,8471")]):
            orig = (abs(t["amount"]) * D(rate.replace(",", "."))).quantize(D("0.01"))
            t["desc_lines"] = [m, "%s %s ΙΣΟΤΙΜΙΑ %s" % (c, eu(orig), rate)]
    spent = -sum(t["amount"] for t in txs)
    pay = (prev + spent + D("125.40")) if credit else D("500.00")
    pdate = dt.date(2025, 5, 28)
    k = sum(1 for t in txs if t["date"] <= pdate)
    txs.insert(k, {"date": pdate, "desc_lines": ["ΠΛΗΡΩΜΗ ΜΕΣΩ e-BANKING - ΕΥΧΑΡΙΣΤΟΥΜΕ"], "amount": pay})
    txs.append({"date": end, "desc_lines": ["ΤΟΚΟΙ ΣΥΝΑΛΛΑΓΩΝ"], "amount": D("0.00")})
    for t in txs:
        t["bal"] = None
    ob = -prev
    cb = ob + sum(t["amount"] for t in txs)
    owed = -cb
    mark = (lambda v: eu(v) + " ΠΙΣΤ") if pist else (lambda v: eu(v) + "-")
    money = lambda v: eu(v) if v >= 0 else mark(-v)   # v: what the holder owes
    rows = []
    for t in txs:
        rows.append({"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "a": money(-t["amount"])})

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 44, "ALPHA BANK", 18, True)
        doc.t(W - 40, H - 38, "ΚΑΤΑΣΤΑΣΗ ΛΟΓΑΡΙΑΣΜΟΥ ΠΙΣΤΩΤΙΚΗΣ ΚΑΡΤΑΣ", 9.5, True, "r")
        doc.t(W - 40, H - 50, "Alpha Bank Visa Gold", 8, align="r")
        doc.t(W - 40, H - 61, "Σελίδα %d/%d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 80, "ΕΛΕΝΗ ΣΤΑΥΡΟΠΟΥΛΟΥ", 8.5, True); doc.t(40, H - 91, "ΕΘΝ. ΑΝΤΙΣΤΑΣΕΩΣ 112", 8); doc.t(40, H - 102, "171 22 ΝΕΑ ΣΜΥΡΝΗ", 8)
        L = [("Αριθμός Κάρτας", "4563 XXXX XXXX 7812"), ("Ημερομηνία Έκδοσης", end.strftime("%d/%m/%Y")),
             ("Περίοδος", "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"))), ("Πιστωτικό Όριο", eu(D("3000"))),
             ("Ελάχιστο Ποσό Πληρωμής", eu(max(D(0), min(owed, max(D(30), (owed * D("0.03")).quantize(D("0.01"))))))),
             ("Ημ/νία Λήξης Πληρωμής", "03/07/2025")]
        for i, (a, b) in enumerate(L):
            doc.t(320, H - 80 - 11 * i, a, 7.5); doc.t(W - 40, H - 80 - 11 * i, b, 7.5, True, "r")
        y = H - 160
        doc.c.rect(40, y - 34, W - 80, 40)
        doc.t(48, y - 8, "Προηγούμενο υπόλοιπο", 8); doc.t(230, y - 8, money(prev), 9, True, "r")
        doc.t(300, y - 8, "Νέο υπόλοιπο", 8); doc.t(W - 48, y - 8, money(owed), 9, True, "r")
        doc.t(48, y - 24, "Χρεώσεις περιόδου", 7.5); doc.t(230, y - 24, eu(spent), 7.5, align="r")
        doc.t(300, y - 24, "Πιστώσεις περιόδου", 7.5); doc.t(W - 48, y - 24, eu(pay), 7.5, align="r")
        return y - 62

    cols = [("Ημ/νία Συναλλαγής", 40, "l", "d"), ("Περιγραφή", 140, "l", "desc"), ("Ποσό", 555, "r", "a")]

    def bottom(doc, y):
        doc.c.line(380, y + 8, doc.W - 40, y + 8)
        doc.t(380, y - 2, "Σύνολο", 8, True); doc.t(555, y - 2, money(owed), 8, True, "r")
        doc.t(40, y - 28, "Με το πρόγραμμα Alpha Bank Bonus κερδίζετε πόντους σε κάθε αγορά σε συνεργαζόμενες επιχειρήσεις.", 7)
        doc.t(40, y - 38, "Επιτόκιο αγορών 18,50% - Επιτόκιο αναλήψεων μετρητών 19,50% (πλέον εισφοράς Ν.128/75).", 7)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 44, "Alpha Bank Α.Ε., Σταδίου 40, 102 52 Αθήνα, Γ.Ε.ΜΗ. 159029160000. Εξυπηρέτηση πελατών 210 326 0000.", 5.5)
        doc.t(40, 37, "Σε περίπτωση απώλειας ή κλοπής της κάρτας σας καλέστε αμέσως το 210 326 0000 (24 ώρες).", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=60, bottom=bottom)
    write(stem, "ih_gr_alphacard", "****7812", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Bank Hapoalim (Hebrew, logical-order glyphs)
def _cls(ch):
    o = ord(ch)
    if 0x0590 <= o <= 0x05FF: return "R"
    if ch.isdigit(): return "EN"
    if ch.isalpha(): return "L"
    return "N"


def visual_order(s):
    """The indices of the logical-order string s in the order a right-to-left paragraph shows them, left to right
    (a small bidi: Hebrew, Latin, numbers with their inner separators, neutrals between two runs of one direction
    take it, a number counting as right-to-left there, else the paragraph's)."""
    c = [_cls(ch) for ch in s]
    for i in range(1, len(s) - 1):
        if c[i] == "N" and s[i] in ",./:-" and c[i - 1] == "EN" and c[i + 1] == "EN": c[i] = "EN"
    lv = [None] * len(s)
    for i, k in enumerate(c):
        if k == "R": lv[i] = 1
        elif k in ("L", "EN"): lv[i] = 2
    for i in range(len(s)):
        if lv[i] is None:
            j = i
            while j < len(s) and lv[j] is None and c[j] == "N": j += 1
            prev = "R" if i == 0 else ("R" if c[i - 1] in ("R", "EN") else "L")
            nxt = "R" if j >= len(s) else ("R" if c[j] in ("R", "EN") else "L")
            for k in range(i, j): lv[k] = 2 if (prev == nxt == "L") else 1
    idx = list(range(len(s)))
    for level in (2, 1):
        i = 0
        while i < len(idx):
            if lv[i] >= level:
                j = i
                while j < len(idx) and lv[j] >= level: j += 1
                idx[i:j] = idx[i:j][::-1]; lv[i:j] = lv[i:j][::-1]
                i = j
            else:
                i += 1
    return idx


def rtl(doc, xr, y, s, size=8, bold=False):
    """Draws s right-aligned at xr the way browsers and report engines do: each glyph at its visual position,
    written in logical order, one text-positioning operator per glyph."""
    f = doc.bold if bold else doc.font
    order = visual_order(s)
    w = [pdfmetrics.stringWidth(s[i], f, size) for i in order]
    x = xr - sum(w)
    pos = {}
    for k, i in enumerate(order):
        pos[i] = x; x += w[k]
    t = doc.c.beginText()
    t.setFont(f, size)
    for i, ch in enumerate(s):
        if ch == " ": continue
        t.setTextOrigin(pos[i], y); t.textOut(ch)
    doc.c.drawText(t)


def hapoalim(stem, seed, n=20, en=False, per_page=60):
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    ob = D("6148.30")
    rng = random.Random(seed)
    pool = [("הוראת קבע מקורות חברת מים", 90, 260), ("משיכת מזומן בכספומט דיזנגוף", 200, 1000),
            ("העברה בנקאית לחשבון 12-688-224455", 1500, 4200), ("ביט העברה לנועה לוי", 30, 350), ("עמלת ערוץ ישיר", 4, 4),
            ("הוראת קבע ועד בית", 150, 150), ("חיוב כרטיס אשראי ישראכרט", 1400, 4800), ("תשלום ארנונה עיריית תל אביב יפו", 600, 1100)]
    if en:
        pool += [("רכישה בכרטיס דביט AMAZON MKTPLACE", 40, 380), ("רכישה בכרטיס דביט SUPER-PHARM", 25, 190),
                 ("הוראת קבע NETFLIX.COM", 49.9, 69.9), ("רכישה בכרטיס דביט IKEA NETANYA", 80, 900), ("חיוב PAYPAL *SPOTIFY", 19.9, 29.9)]
    cr = [("משכורת אינטל אלקטרוניקה בע\"מ", 12500, 15800), ("העברה מחשבון 10-901-556677", 100, 800), ("זיכוי ריבית", 0.5, 6)]
    if en:
        cr += [("זיכוי GOOGLE PAYMENT IRELAND", 20, 300)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    for t in txs:
        t["desc_lines"] = [t["desc"]]
    R = 555
    cols = [("תאריך", R), ("תאריך ערך", 505), ("תיאור", 455), ("אסמכתא", 275), ("חובה", 215), ("זכות", 155), ("יתרה בש\"ח", 95)]
    pages = [txs[i:i + per_page] for i in range(0, len(txs), per_page)]
    doc = Doc(os.path.join(OUT, stem + ".pdf"), A4)
    H = doc.H
    for pi, pt in enumerate(pages):
        p, np_ = pi + 1, len(pages)
        rtl(doc, R, H - 48, "בנק הפועלים", 20, True)
        doc.t(40, H - 44, "Bank Hapoalim", 9, True)
        rtl(doc, 150, H - 58, "עמוד %d מתוך %d" % (p, np_), 8)
        if p == 1:
            rtl(doc, R, H - 76, "דף חשבון - עובר ושב", 11, True)
            rtl(doc, R, H - 92, "דנה אברהמי", 9, True)
            rtl(doc, R, H - 104, "רחוב הרצל 18 חולון 5832401", 8)
            rtl(doc, R, H - 116, "סניף 688 מספר חשבון 224471", 8)
            rtl(doc, R, H - 128, "תקופת הדף 01/04/2025 - 30/04/2025", 8)
            doc.c.rect(40, H - 132, 200, 56)
            rtl(doc, 232, H - 88, "יתרות בחשבון בש\"ח", 8, True)
            for i, (a, v) in enumerate([("יתרת פתיחה", ob), ("יתרת סגירה", cb)]):
                rtl(doc, 232, H - 104 - 12 * i, a, 8); doc.t(48, H - 104 - 12 * i, fmt(v), 8)
            y = H - 156
        else:
            rtl(doc, R, H - 76, "דף חשבון - עובר ושב - המשך", 9, True)
            y = H - 96
        for (a, x) in cols:
            rtl(doc, x, y, a, 7.5, True)
        doc.c.line(40, y - 4, R, y - 4)
        y -= 15
        if p == 1:
            rtl(doc, 455, y, "יתרה קודמת", 8, True); doc.t(95, y, fmt(ob), 8, align="r"); y -= 13
        for t in pt:
            doc.t(R, y, t["date"].strftime("%d/%m/%y"), 8, align="r")
            doc.t(505, y, t["date"].strftime("%d/%m/%y"), 8, align="r")
            rtl(doc, 455, y, t["desc"], 8)
            doc.t(275, y, str(rng.randint(1000, 9999999)), 8, align="r")
            doc.t(215 if t["amount"] < 0 else 155, y, fmt(abs(t["amount"])), 8, align="r")
            doc.t(95, y, fmt(t["bal"]), 8, align="r")
            y -= 13
        rtl(doc, R, 44, "בנק הפועלים בע\"מ, שדרות רוטשילד 50 תל אביב. מוקד שירות טלפוני 2407*", 5.5)
        rtl(doc, R, 36, "המידע בדף זה אינו מהווה אישור רשמי של הבנק. יש לבדוק את התנועות ולהודיע על כל אי התאמה.", 5.5)
        doc.c.showPage()
    doc.c.save()
    write(stem, "ih_il_hapoalim", "****4471", "ILS", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Bank of Valletta (Malta)
def bov(stem, seed, n=18, pages=False, od=False, long=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("215.64") if od else D("3874.12")
    pool = [("POS PURCHASE LIDL MALTA PAOLA", 12, 140), ("POS PURCHASE WELBEES SUPERMARKET SWIEQI", 10, 120),
            ("ATM WITHDRAWAL BOV SLIEMA BRANCH", 20, 300), ("DIRECT DEBIT ARMS LTD WATER AND ELECTRICITY", 40, 210),
            ("DIRECT DEBIT GO PLC", 25, 60), ("BOV MOBILE PAYMENT TO J BORG", 10, 200), ("CARD SERVICE CHARGE", 1.5, 1.5),
            ("POS PURCHASE PAMA SUPERMARKET MOSTA", 20, 160)]
    cr = [("SALARY CREDIT MALTA ENTERPRISE", 1650, 2200), ("SEPA CREDIT TRANSFER FROM M CAMILLERI", 25, 300),
          ("INTEREST CREDIT", 0.02, 0.9)]
    if long:
        pool += [("SEPA CREDIT TRANSFER TO MALTA INSURANCE BROKERS LIMITED POLICY MIB/HOUSEHOLD/558120 RENEWAL PREMIUM YEAR 2025", 180, 420),
                 ("STANDING ORDER TO GASAN FINANCE COMPANY PLC HIRE PURCHASE AGREEMENT 44871 MONTHLY INSTALMENT", 240, 240)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if od:
        txs.append({"date": dt.date(2025, 6, 4), "desc": "SEPA CREDIT TRANSFER TO PROPERTY RENT C ZAMMIT", "amount": D("-850.00")})
        txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    bal = (lambda v: fmt(-v) + " DR" if v < 0 else fmt(v)) if od else fmt
    rows = []
    for t in txs:
        ref = "REF %s%07d" % (t["date"].strftime("%y%m%d"), rng.randint(0, 9999999))
        t["desc_lines"] = wrap(t["desc"], 44) + [ref]
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
        r = {"d": t["date"].strftime("%d/%m/%Y"), "v": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": bal(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "BOV", 24, True); doc.t(100, H - 46, "Bank of Valletta", 11, True)
        doc.t(W - 40, H - 38, "STATEMENT OF ACCOUNT", 10, True, "r")
        doc.t(W - 40, H - 50, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "MR JOSEPH AND MRS MARIA GRECH", 8.5, True); doc.t(40, H - 91, "FLAT 4, TRIQ IL-KBIRA", 8)
            doc.t(40, H - 102, "BIRKIRKARA BKR 1520", 8); doc.t(40, H - 113, "MALTA", 8)
            doc.c.rect(290, H - 138, 265, 70)
            for i, (a, b) in enumerate([("Account Number", "40012 245 881"), ("IBAN", "MT84 VALL 2201 3000 0000 4001 2245 881"),
                                        ("Account Type", "Savings Account"), ("Currency", "EUR"),
                                        ("Statement Period", "01/06/2025 to 30/06/2025"), ("Branch", "Birkirkara")]):
                doc.t(296, H - 78 - 11 * i, a, 7.5, True); doc.t(372, H - 78 - 11 * i, b, 7.2)
            return H - 162
        doc.t(40, H - 70, "Account Number 40012 245 881   Statement Period 01/06/2025 to 30/06/2025", 7.5)
        return H - 92

    cols = [("Date", 40, "l", "d"), ("Value Date", 92, "l", "v"), ("Details", 150, "l", "desc"), ("Debit", 400, "r", "dr"),
            ("Credit", 475, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(150, y, "Balance Brought Forward", 8, True); doc.t(555, y, bal(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, row, kind):
        if kind == "cf":
            doc.t(150, y - 2, "Balance Carried Forward", 8, True); doc.t(555, y - 2, row["b"], 8, True, "r")
            return y - 14
        doc.t(150, y, "Balance Brought Forward", 8, True); doc.t(555, y, rows[rows.index(row) - 1]["b"], 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        doc.t(40, y - 2, end.strftime("%d/%m/%Y"), 8); doc.t(150, y - 2, "Balance Carried Forward", 8, True); doc.t(555, y - 2, bal(cb), 8, True, "r")
        doc.t(150, y - 20, "Total Debits", 7.5); doc.t(400, y - 20, fmt(out_), 7.5, align="r")
        doc.t(150, y - 31, "Total Credits", 7.5); doc.t(475, y - 31, fmt(in_), 7.5, align="r")
        doc.t(40, y - 54, "Bank anywhere, anytime with BOV Mobile. Download the app today from the App Store or Google Play.", 7)
        return y - 60

    def footer(doc, p, np_):
        doc.t(40, 44, "Bank of Valletta p.l.c., 58, Triq San Zakkarija, Il-Belt Valletta VLT 1130 - Registration No C 2833.", 5.5)
        doc.t(40, 37, "Bank of Valletta p.l.c. is a public limited company regulated by the MFSA and licensed to carry on the business of banking", 5.5)
        doc.t(40, 30, "under the Banking Act (Cap. 371). Deposits are protected by the Depositor Compensation Scheme. Please examine this statement.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=30 if pages else 64,
           cf=cf if pages else None, top_rows=[top], bottom=bottom)
    write(stem, "ih_mt_bov", "****5881", "EUR", start, end, ob, cb, txs)


P = "ih_"
eurobank(P + "gr_eurobank", 1901)
eurobank(P + "gr_eurobank__2pages", 1902, n=32, pages=True)
eurobank(P + "gr_eurobank__overdraft", 1903, od=True)
alphacard(P + "gr_alphacard", 1911)
alphacard(P + "gr_alphacard__pist", 1912, pist=True)
alphacard(P + "gr_alphacard__credit", 1913, credit=True)
alphacard(P + "gr_alphacard__fx", 1914, fx=True)
hapoalim(P + "il_hapoalim", 1921)
hapoalim(P + "il_hapoalim__en", 1922, en=True)
hapoalim(P + "il_hapoalim__pages", 1923, n=44, per_page=30)
bov(P + "mt_bov", 1931)
bov(P + "mt_bov__pages", 1932, n=40, pages=True)
bov(P + "mt_bov__overdraft", 1933, od=True)
bov(P + "mt_bov__long", 1934, long=True)
