#!/usr/bin/python3
"""Generator io: 4 unseen layouts from Turkey, Egypt and the Maghreb x (base + variants), exact truth. Deterministic.

Ziraat Bankası hesap ekstresi (TRY, Turkish: Tarih "05.06.2025" / Açıklama / İşlem Tutarı "-1.234,56" / Bakiye, a
"Devreden Bakiye" row, a summary of Toplam Borç / Toplam Alacak / Dönem Sonu Bakiye; a two-page variant with
"Nakli Yekün" at the foot of page 1 and the head of page 2, an overdrawn KMH variant and a wrapped variant with a FAST
"Açıklama:" line), Banque Misr (EGP: Arabic-first bilingual header, the Arabic over the English column names, Arabic
drawn as PDF producers draw it: shaped presentation forms in visual order; dates 05/06/2025, "رصيد سابق Previous
Balance" row and a closing row, Arabic, English and mixed descriptions; a two-page and an overdrawn variant), Bank of
Africa / BMCE (MAD, French: DATE OPER "05/05" / LIBELLE / DATE VALEUR / DEBIT / CREDIT, "1 234,56", no balance
column, SOLDE DEPART and SOLDE FINAL rows with the balance in its side's column, TOTAL MOUVEMENTS; a debit-balance
variant and a two-page variant with "A REPORTER" / "REPORT" lines carrying the column totals), BIAT (TND, three
decimals "1 234,567": Date / Libellé / Valeur / Débit / Crédit, "Solde au 30/04/2025" above and "Solde au
31/05/2025" under the table, "Total des mouvements"; a foreign-currency transfer variant with a "EUR 1 250,00 Cours
3,384200" line and a debit-balance variant).

Truth choices: Devreden Bakiye, Nakli Yekün, رصيد سابق / Previous Balance, the closing row, SOLDE DEPART/FINAL,
A REPORTER / REPORT, TOTAL MOUVEMENTS, Total des mouvements and the "Solde au" lines are no transactions; BMCE's and
BIAT's value dates are not description; a FAST "Açıklama:" line and BIAT's currency line join the description; an
Arabic description is entered as typed (logical order, the letters' base forms), a mixed one in reading order; the
opening and closing balances of a debit balance are negative; no row balance where the statement prints none.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import ar, fmt, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/io/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


def rows_of(rng, start, end, n, pool, credits, pc=0.2, nd=2):
    """Random rows: pool entries (text, lo, hi), {r} a number; amounts with nd decimals, sorted by date."""
    days = (end - start).days
    unit = 10 ** nd
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pc:
            desc, lo, hi = rng.choice(credits); s = 1
        else:
            desc, lo, hi = rng.choice(pool); s = -1
        a = (D(rng.randint(int(lo * unit), int(hi * unit))) / unit).quantize(D(1).scaleb(-nd)) * s
        txs.append({"date": d, "desc": desc.replace("{r}", str(rng.randint(100000, 999999))), "amount": a})
    txs.sort(key=lambda t: t["date"])
    return txs


# ---------------------------------------------------------------- 1 Ziraat Bankası (TRY)
def tr_amt(v, sign=True):
    return fmt(v, ".", ",") if sign else fmt(abs(v), ".", ",")


def ziraat(stem, seed, n=18, per_page=56, kmh=False, wrapped=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("1842.37") if kmh else D("27415.80")
    pool = [("POS HARCAMA MİGROS TİCARET A.Ş. ANKARA", 85, 1900), ("ATM PARA ÇEKME ZİRAAT ATM KIZILAY", 200, 5000),
            ("OTOMATİK ÖDEME BAŞKENTGAZ ABONE {r}", 350, 1450), ("OTOMATİK ÖDEME TÜRK TELEKOM {r}", 399, 699),
            ("FAST GİDEN MEHMET ALİ KAYA", 250, 6000), ("POS HARCAMA ŞOK MARKETLER ÇANKAYA", 40, 650),
            ("KREDİ KARTI ÖDEMESİ 5400 **** **** 1187", 1500, 9000), ("İNTERNET HARCAMA TRENDYOL.COM İSTANBUL", 120, 2400),
            ("HESAP İŞLETİM ÜCRETİ", 45, 45), ("ASKİ SU FATURASI {r}", 180, 620)]
    cr = [("FAST GELEN SELİN YILDIRIM", 300, 4000), ("EFT GELEN AYDIN TEKSTİL LTD ŞTİ", 1200, 9000)]
    txs = rows_of(rng, start, end, n, pool, cr, pc=0.16)
    txs.append({"date": dt.date(2025, 6, 15), "desc": "MAAŞ ÖDEMESİ T.C. SAĞLIK BAKANLIĞI", "amount": D("48712.45")})
    if kmh:
        txs.append({"date": dt.date(2025, 6, 4), "desc": "KİRA ÖDEMESİ FAST GİDEN HÜSEYİN ÖZTÜRK", "amount": D("-18500.00")})
        txs.append({"date": dt.date(2025, 6, 30), "desc": "KMH FAİZ TAHAKKUKU", "amount": D("-612.84")})
        txs.append({"date": dt.date(2025, 6, 30), "desc": "KKDF/BSMV KMH FAİZİ", "amount": D("-183.85")})
    txs.sort(key=lambda t: t["date"])
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 44)
        if wrapped and t["desc"].startswith("FAST"):
            t["desc_lines"] = wrap(t["desc"], 44) + wrap("Açıklama: " + rng.choice(
                ["haziran ayı aidat ve ortak gider payı", "doğum günü hediyesi için pay", "borç iadesi teşekkürler",
                 "yaz tatili otel rezervasyon kaporası"]), 44)
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    rows = []
    for t in txs:
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "a": tr_amt(t["amount"]), "b": tr_amt(t["bal"])})

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "ZİRAAT BANKASI", 17, True)
        doc.t(40, H - 57, "T.C. Ziraat Bankası A.Ş.", 7)
        doc.t(W - 40, H - 40, "HESAP EKSTRESİ", 11, True, "r")
        doc.t(W - 40, H - 52, "Sayfa %d / %d" % (p, np_), 7, align="r")
        doc.t(W - 40, H - 62, "Düzenleme Tarihi: 01.07.2025", 7, align="r")
        L = [("Müşteri Adı Soyadı", "AYŞE NUR YILDIRIM"), ("Şube", "0712 - KIZILAY/ANKARA ŞUBESİ"),
             ("Hesap No", "71212345-5001"), ("IBAN", "TR32 0001 0007 1271 2123 4550 01"),
             ("Hesap Türü", "VADESİZ TL" + (" - KREDİLİ MEVDUAT HESABI" if kmh else "")), ("Para Birimi", "TRY"),
             ("Tarih Aralığı", "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")))]
        if p > 1: L = L[2:4]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 80 - 11 * i, a, 7.5, True); doc.t(135, H - 80 - 11 * i, ": " + b, 7.5)
        y = H - 80 - 11 * len(L) - 10
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 10

    cols = [("Tarih", 40, "l", "d"), ("Açıklama", 105, "l", "desc"), ("İşlem Tutarı", 440, "r", "a"), ("Bakiye", 555, "r", "b")]

    def top(doc, y):
        doc.t(105, y, "Devreden Bakiye", 8, True); doc.t(555, y, tr_amt(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        # Nakli Yekün: the balance carried at the foot of a page and brought at the head of the next
        bal = r["b"] if kind == "cf" else rows[rows.index(r) - 1]["b"]
        doc.t(105, y, "Nakli Yekün", 8, True); doc.t(555, y, bal, 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        y -= 8
        for i, (a, v) in enumerate([("Toplam Borç", -out_), ("Toplam Alacak", in_), ("Dönem Sonu Bakiye", cb)]):
            doc.t(330, y - 12 * i, a, 8, True); doc.t(555, y - 12 * i, tr_amt(v), 8, True, "r")
        if kmh:
            doc.t(40, y - 44, "KMH Limiti: 25.000,00 TL   Kullanılabilir Limit: %s TL   Akdi Faiz Oranı: %%4,25 (aylık)"
                  % tr_amt(D(25000) + min(cb, D(0)), False), 7)
        return y - 50

    def footer(doc, p, np_):
        doc.t(40, 44, "Bu ekstre elektronik ortamda oluşturulmuş olup ıslak imza gerektirmez. Ekstrenize itirazlarınızı 30 gün içinde şubenize bildiriniz.", 5.8)
        doc.t(40, 36, "T.C. Ziraat Bankası A.Ş. Hacı Bayram Mah. Atatürk Bulvarı No:8 Altındağ/Ankara · Mersis No: 0998 0000 1760 0018 · 0850 220 00 00 · ziraatbank.com.tr", 5.8)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "io_tr_ziraat", "****5001", "TRY", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Banque Misr (EGP)
def misr(stem, seed, n=20, per_page=56, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("3250.40") if od else D("48315.60")
    pool = [("ATM سحب نقدي BM TAHRIR", 500, 8000), ("POS PURCHASE CARREFOUR MAADI CITY CENTER", 150, 4200),
            ("شراء من نقاط البيع سعودي ماركت", 80, 1500), ("InstaPay TRANSFER TO 01001234567", 200, 5000),
            ("FAWRY BILL PAYMENT فودافون مصر", 100, 600), ("رسوم خدمة الرسائل القصيرة", 5, 5),
            ("تحويل لحساب رقم {r}", 500, 9000), ("POS PURCHASE TALABAT EGYPT", 90, 700), ("مصاريف إدارية", 25, 25)]
    cr = [("ايداع نقدي فرع التحرير", 1000, 15000), ("InstaPay TRANSFER FROM MONA ADEL", 200, 4000)]
    txs = rows_of(rng, start, end, n, pool, cr, pc=0.17)
    txs.append({"date": dt.date(2025, 6, 25), "desc": "مرتب شهر يونيو الشركة المصرية للاتصالات", "amount": D("28640.00")})
    if od:
        txs.append({"date": dt.date(2025, 6, 3), "desc": "سداد قسط قرض شخصي", "amount": D("-9850.00")})
        txs.append({"date": dt.date(2025, 6, 30), "desc": "فوائد مدينة", "amount": D("-214.35")})
    txs.sort(key=lambda t: t["date"])
    for t in txs:
        t["desc_lines"] = [t["desc"]]
    cb = running(txs, ob)
    out_, in_ = sums(txs)
    sg = lambda v: fmt(v)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"d": t["date"].strftime("%d/%m/%Y"), "vd": min(vd, end).strftime("%d/%m/%Y"), "desc": [ar(t["desc"])], "b": sg(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(W - 40, H - 46, ar("بنك مصر"), 18, True, "r"); doc.t(40, H - 46, "BANQUE MISR", 15, True)
        doc.t(W - 40, H - 62, ar("كشف حساب"), 11, True, "r"); doc.t(40, H - 62, "Account Statement", 10, True)
        doc.t(W / 2, H - 62, "Page %d of %d  " % (p, np_) + ar("صفحة"), 7, align="c")
        L = [("اسم العميل", "Customer Name", "AHMED MOHAMED HASSAN ELSAYED"), ("رقم الحساب", "Account No.", "1930001000123456"),
             ("نوع الحساب", "Account Type", "CURRENT ACCOUNT"), ("العملة", "Currency", "EGP"), ("الفرع", "Branch", "TAHRIR"),
             ("الفترة", "Period", "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))]
        if p > 1: L = L[1:2]
        for i, (a, e, v) in enumerate(L):
            yy = H - 86 - 11 * i
            doc.t(W - 40, yy, ar(a), 7.5, True, "r"); doc.t(40, yy, e, 7.5, True); doc.t(125, yy, ": " + v, 7.5)
        y = H - 86 - 11 * len(L) - 8
        doc.c.line(40, y + 4, W - 40, y + 4)
        return y - 12

    cols = [(ar("التاريخ") + "\nDate", 40, "l", "d"), (ar("تاريخ القيمة") + "\nValue Date", 92, "l", "vd"),
            (ar("البيان") + "\nDescription", 146, "l", "desc"), (ar("مدين") + "\nDebit", 405, "r", "dr"),
            (ar("دائن") + "\nCredit", 480, "r", "cr"), (ar("الرصيد") + "\nBalance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(146, y, ar("رصيد سابق Previous Balance"), 8, True)
        doc.t(555, y, sg(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(146, y - 4, ar("الإجمالي Total"), 8, True); doc.t(405, y - 4, fmt(out_), 8, True, "r"); doc.t(480, y - 4, fmt(in_), 8, True, "r")
        doc.t(40, y - 17, end.strftime("%d/%m/%Y"), 8); doc.t(146, y - 17, ar("الرصيد الختامي Closing Balance"), 8, True)
        doc.t(555, y - 17, sg(cb), 8, True, "r")
        return y - 30

    def footer(doc, p, np_):
        doc.t(doc.W - 40, 44, ar("يرجى مراجعة كشف الحساب وإخطار البنك بأي ملاحظات خلال خمسة عشر يوما"), 6, align="r")
        doc.t(40, 34, "Banque Misr S.A.E. · 151 Mohamed Farid St., Cairo · Call Center 19888 · www.banquemisr.com · Regulated by the Central Bank of Egypt", 5.8)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top], bottom=bottom)
    write(stem, "io_eg_banquemisr", "****3456", "EGP", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Bank of Africa / BMCE (MAD)
def ma(v):
    return fmt(abs(v), " ", ",")


def bmce(stem, seed, n=20, per_page=56, deb=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("-2418.35") if deb else D("18742.60")
    pool = [("PAIEMENT CB MARJANE CALIFORNIA {dm}", 120, 1800), ("RETRAIT GAB BMCE CASA ANFA", 200, 3000),
            ("PRELEVEMENT LYDEC FACTURE N{r}", 180, 900), ("PAIEMENT CB JUMIA MAROC {dm}", 90, 1500),
            ("VIREMENT EMIS EN FAVEUR DE YOUSSEF BENNANI", 500, 6000), ("PRELEVEMENT MAROC TELECOM {r}", 99, 499),
            ("FRAIS TENUE DE COMPTE", 20, 20), ("TVA SUR FRAIS", 2, 2), ("PAIEMENT CB AFRIQUIA SMDC AIN DIAB {dm}", 200, 700)]
    cr = [("VIREMENT RECU DE KHADIJA ALAOUI", 300, 5000), ("VERSEMENT ESPECES AGENCE ANFA", 1000, 8000)]
    txs = rows_of(rng, start, end, n, pool, cr, pc=0.15)
    txs.append({"date": dt.date(2025, 5, 28), "desc": "VIR SALAIRE OCP SA MAI 2025", "amount": D("21450.00")})
    if deb:
        txs.append({"date": dt.date(2025, 5, 30), "desc": "INTERETS DEBITEURS AVRIL 2025", "amount": D("-96.42")})
    txs.sort(key=lambda t: t["date"])
    for t in txs:
        t["desc"] = t["desc"].replace("{dm}", t["date"].strftime("%d/%m"))
        t["desc_lines"] = [t["desc"]]
        t["bal"] = None
    cb = ob + sum(t["amount"] for t in txs)
    rows, cd, cc = [], D(0), D(0)
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        r = {"d": t["date"].strftime("%d/%m"), "vd": vd.strftime("%d/%m"), "desc": t["desc_lines"]}
        r["dr" if t["amount"] < 0 else "cr"] = ma(t["amount"])
        if t["amount"] < 0: cd -= t["amount"]
        else: cc += t["amount"]
        r["_cd"], r["_cc"] = cd, cc
        rows.append(r)
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "BANK OF AFRICA", 16, True); doc.t(40, H - 57, "BMCE GROUP", 7, True)
        doc.t(W - 40, H - 40, "RELEVE DE COMPTE", 11, True, "r")
        doc.t(W - 40, H - 52, "Page : %d/%d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(330, H - 80, "M. HAMZA EL IDRISSI", 8, True); doc.t(330, H - 91, "RES. LES JARDINS D'ANFA IMM 4 APPT 12", 8)
            doc.t(330, H - 102, "20050 CASABLANCA", 8)
        L = [("Agence", "CASA ANFA"), ("Compte", "011 780 0000212000012345 67"), ("Intitulé", "COMPTE CHEQUE PARTICULIER"),
             ("Devise", "MAD"), ("Période", "du %s au %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 80 - 11 * i, a, 7.5); doc.t(95, H - 80 - 11 * i, ": " + b, 7.5)
        doc.c.line(40, H - 140, W - 40, H - 140)
        return H - 156

    cols = [("DATE\nOPER", 40, "l", "d"), ("LIBELLE", 80, "l", "desc"), ("DATE\nVALEUR", 330, "l", "vd"),
            ("DEBIT", 460, "r", "dr"), ("CREDIT", 555, "r", "cr")]
    side = lambda v: 460 if v < 0 else 555

    def top(doc, y):
        doc.t(80, y, "SOLDE DEPART AU %s" % (start - dt.timedelta(days=1)).strftime("%d/%m/%Y"), 8, True)
        doc.t(side(ob), y, ma(ob), 8, True, "r")
        return y - 13

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(80, y, "A REPORTER", 8, True); doc.t(460, y, ma(r["_cd"]), 8, True, "r"); doc.t(555, y, ma(r["_cc"]), 8, True, "r")
        else:
            i = rows.index(r)
            doc.t(80, y, "REPORT", 8, True); doc.t(460, y, ma(rows[i - 1]["_cd"]), 8, True, "r")
            doc.t(555, y, ma(rows[i - 1]["_cc"]), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(360, y + 6, 555, y + 6)
        doc.t(80, y - 4, "TOTAL MOUVEMENTS", 8, True); doc.t(460, y - 4, ma(out_), 8, True, "r"); doc.t(555, y - 4, ma(in_), 8, True, "r")
        doc.t(80, y - 18, "SOLDE FINAL AU %s" % end.strftime("%d/%m/%Y"), 8, True); doc.t(side(cb), y - 18, ma(cb), 8, True, "r")
        doc.t(40, y - 40, "Sauf erreur ou omission. Toute réclamation doit parvenir à votre agence dans un délai de 30 jours.", 6.5)
        return y - 48

    def footer(doc, p, np_):
        doc.t(40, 36, "BANK OF AFRICA - S.A. au capital de 2 151 408 390 DH - 140, Avenue Hassan II - Casablanca - RC 27129 - Agrément BAM - www.bankofafrica.ma", 5.8)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top], bottom=bottom, cf=cf)
    write(stem, "io_ma_bmce", "****4567", "MAD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 BIAT (TND, three decimals)
def tn(v):
    return fmt(abs(v), " ", ",", nd=3)


def biat(stem, seed, n=20, fx=False, deb=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    ob = D("-1184.215") if deb else D("6418.730")
    pool = [("RETRAIT DAB BIAT LAFAYETTE", 40, 600), ("PAIEMENT TPE MONOPRIX EL MENZAH", 12, 240),
            ("PRELEVEMENT STEG FACTURE {r}", 45, 260), ("PRELEVEMENT SONEDE {r}", 18, 90),
            ("VIREMENT EMIS KARIM BEN SALEM", 100, 1500), ("PAIEMENT TPE CARREFOUR LA MARSA", 20, 380),
            ("COMMISSION TENUE DE COMPTE", 6.5, 6.5), ("TVA 19% SUR COMMISSION", 1.235, 1.235), ("CHEQUE N° 0{r}", 150, 2000)]
    cr = [("VERSEMENT ESPECES AGENCE LAFAYETTE", 100, 2500), ("VIREMENT RECU LEILA TRABELSI", 50, 900)]
    txs = rows_of(rng, start, end, n, pool, cr, pc=0.15, nd=3)
    txs.append({"date": dt.date(2025, 5, 26), "desc": "VIREMENT SALAIRE TUNISIE TELECOM MAI 2025", "amount": D("3245.880")})
    if fx:
        txs.append({"date": dt.date(2025, 5, 14), "desc": "VIREMENT RECU DE L'ETRANGER SAMI GHARBI LYON FR",
                    "extra": "EUR 1 250,00 Cours 3,384200", "amount": D("4230.250")})
        txs.append({"date": dt.date(2025, 5, 20), "desc": "PAIEMENT CB INTERNATIONAL BOOKING.COM AMSTERDAM",
                    "extra": "EUR 186,40 Cours 3,412900", "amount": D("-636.164")})
        txs.append({"date": dt.date(2025, 5, 20), "desc": "COMMISSION OPERATION CARTE A L'ETRANGER", "amount": D("-12.723")})
    if deb:
        txs.append({"date": dt.date(2025, 5, 31), "desc": "AGIOS DEBITEURS AVRIL 2025", "amount": D("-38.412")})
    txs.sort(key=lambda t: t["date"])
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 42) + ([t["extra"]] if "extra" in t else [])
        t["bal"] = None
    cb = ob + sum(t["amount"] for t in txs)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"d": t["date"].strftime("%d/%m/%Y"), "vd": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"]}
        r["dr" if t["amount"] < 0 else "cr"] = tn(t["amount"])
        rows.append(r)
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "BIAT", 22, True); doc.t(40, H - 57, "Banque Internationale Arabe de Tunisie", 7)
        doc.t(W - 40, H - 40, "EXTRAIT DE COMPTE", 11, True, "r")
        doc.t(W - 40, H - 52, "Du %s au %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8, align="r")
        doc.t(W - 40, H - 63, "Page %d / %d" % (p, np_), 7, align="r")
        doc.t(330, H - 84, "Mme SONIA BEN AMMAR", 8, True); doc.t(330, H - 95, "12 RUE DE MARSEILLE", 8)
        doc.t(330, H - 106, "1000 TUNIS", 8)
        L = [("Agence", "TUNIS LAFAYETTE"), ("Compte N°", "08 003 0001234567890 12"), ("Nature", "COMPTE COURANT PARTICULIER"),
             ("Devise", "TND")]
        for i, (a, b) in enumerate(L):
            doc.t(40, H - 84 - 11 * i, a, 7.5); doc.t(100, H - 84 - 11 * i, ": " + b, 7.5)
        doc.c.line(40, H - 136, W - 40, H - 136)
        return H - 152

    cols = [("Date", 40, "l", "d"), ("Libellé", 92, "l", "desc"), ("Valeur", 330, "l", "vd"),
            ("Débit", 460, "r", "dr"), ("Crédit", 555, "r", "cr")]
    side = lambda v: 460 if v < 0 else 555

    def top(doc, y):
        doc.t(92, y, "Solde au %s" % (start - dt.timedelta(days=1)).strftime("%d/%m/%Y"), 8, True)
        doc.t(side(ob), y, tn(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(360, y + 6, 555, y + 6)
        doc.t(92, y - 4, "Total des mouvements", 8, True); doc.t(460, y - 4, tn(out_), 8, True, "r"); doc.t(555, y - 4, tn(in_), 8, True, "r")
        doc.t(92, y - 18, "Solde au %s" % end.strftime("%d/%m/%Y"), 8, True); doc.t(side(cb), y - 18, tn(cb), 8, True, "r")
        doc.t(40, y - 40, "Nous vous prions de bien vouloir vérifier cet extrait. Passé un délai d'un mois, il sera considéré comme approuvé.", 6.5)
        return y - 48

    def footer(doc, p, np_):
        doc.t(40, 36, "BIAT - Société anonyme au capital de 178 500 000 dinars - 70-72 Avenue Habib Bourguiba, 1080 Tunis - RC B1141996 - www.biat.com.tn", 5.8)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=56, top_rows=[top], bottom=bottom)
    write(stem, "io_tn_biat", "****9012", "TND", start, end, ob, cb, txs, nd=3)


ziraat("io_tr_ziraat", 2001, 18)
ziraat("io_tr_ziraat__pages", 2002, 44, per_page=30)
ziraat("io_tr_ziraat__kmh", 2003, 16, kmh=True)
ziraat("io_tr_ziraat__wrapped", 2004, 20, wrapped=True)
misr("io_eg_banquemisr", 2011, 20)
misr("io_eg_banquemisr__pages", 2012, 46, per_page=30)
misr("io_eg_banquemisr__overdraft", 2013, 16, od=True)
bmce("io_ma_bmce", 2021, 20)
bmce("io_ma_bmce__debiteur", 2022, 18, deb=True)
bmce("io_ma_bmce__pages", 2023, 44, per_page=30)
biat("io_tn_biat", 2031, 20)
biat("io_tn_biat__fx", 2032, 18, fx=True)
biat("io_tn_biat__debiteur", 2033, 18, deb=True)
