#!/usr/bin/python3
"""Generator gw: 6 untuned layouts (Africa, Middle East, Turkey) x (base + 1-2 variants), exact truth. Deterministic."""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4
from corpus_kit import C2, Doc, fmt, make_txns, render, running, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gw/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]



def summary_box(doc, x, y, title, items, w=225):
    doc.c.rect(x, y - 14 - 10 * len(items), w, 26 + 10 * len(items))
    doc.t(x + 8, y, title, 8, True)
    for i, (a, b) in enumerate(items):
        doc.t(x + 8, y - 12 - 10 * i, a, 7.5); doc.t(x + w - 7, y - 12 - 10 * i, b, 7.5, align="r")


# ---------------------------------------------------------------- 1 FNB South Africa (Amount with "Cr" credits, Accrued Bank Charges column, "05 Jun" no year)
def fnb(stem, seed, n=24, start=dt.date(2025, 5, 17), end=dt.date(2025, 6, 16), ob=D("8412.37")):
    rng = random.Random(seed)
    pool = [("POS Purchase Checkers Sea Point 412345*1234 {d}", 80, 1800, D("0")), ("POS Purchase Engen Kloof Nek 412345*1234 {d}", 300, 950, D("0")),
            ("FNB App Payment To Hair Salon Kloof St", 250, 650, D("7.50")),
            ("ATM Cash Withdrawal FNB ATM Gardens Centre", 300, 2000, D("10.50")), ("FNB App Prepaid Airtime Vodacom 0821234567", 29, 199, D("1.30")),
            ("Internet Pmt To Eskom Prepaid Electricity {r}", 350, 1200, D("2.80")), ("Send Money App Dr Thandi 0837654321", 150, 900, D("8.00"))]
    cr = [("FNB App Transfer From Savings Pocket", 500, 4000), ("Rtc Credit Refund Takealot {r}", 120, 2400)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, days - 1))
        if rng.random() < 0.2: desc, lo, hi = rng.choice(cr); sg, ch = 1, D("0")
        else: desc, lo, hi, ch = rng.choice(pool); sg = -1
        amt = D(rng.randint(lo * 100, hi * 100)) / 100 * sg
        pd = d - dt.timedelta(days=rng.choice([0, 1, 2]))
        desc = desc.format(r=rng.randint(100000, 999999), d="%02d %s" % (pd.day, MON[pd.month - 1]))
        txs.append({"date": d, "desc": desc, "amount": amt, "charge": ch})
    txs.append({"date": start + dt.timedelta(days=8), "desc": "Magtape Credit Acme Holdings Salary", "amount": D("28614.52"), "charge": D("0")})
    txs.append({"date": start + dt.timedelta(days=9), "desc": "FNB App Payment To Landlord Rent Flat 12 Bantry Court", "amount": D("-9500.00"), "charge": D("7.50")})
    txs.append({"date": start + dt.timedelta(days=15), "desc": "Debit Order Discovery Health %d" % rng.randint(100000, 999999), "amount": D("-3100.00"), "charge": D("0")})
    txs.sort(key=lambda t: t["date"])
    charges = sum(t["charge"] for t in txs)
    txs.append({"date": end, "desc": "#Monthly Account Fee", "amount": D("-265.00"), "charge": D("0")})
    txs.append({"date": end, "desc": "#Service Fees", "amount": -charges, "charge": D("0")})
    cb = running(txs, ob)

    def crdr(v, debit_plain=True):
        if v >= 0: return fmt(v) + "Cr"
        return fmt(-v) + ("" if debit_plain else "Dr")
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        r = {"d": "%02d %s" % (t["date"].day, MON[t["date"].month - 1]), "desc": [t["desc"]], "a": crdr(t["amount"]), "b": crdr(t["bal"], False)}
        if t["charge"]: r["c"] = fmt(t["charge"])
        rows.append(r)
    dr = sum(-t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)

    def lng(d): return "%02d %s %d" % (d.day, ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][d.month - 1], d.year)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "FNB", 22, True); doc.t(98, H - 45, "First National Bank", 9)
        doc.t(doc.W - 40, H - 42, "Tax Invoice / Statement", 10, True, "r")
        doc.t(doc.W - 40, H - 54, "Page %d of %d" % (p, np_), 8, align="r")
        doc.t(40, H - 62, "Gold Cheque Account : 62812345678", 8, True)
        if p == 1:
            for i, a in enumerate(["MR S NAIDOO", "14 BANTRY COURT", "KLOOF ROAD", "SEA POINT", "8005"]): doc.t(40, H - 80 - 10 * i, a, 8)
            doc.t(40, H - 138, "Statement Period : %s to %s" % (lng(start), lng(end)), 8)
            doc.t(40, H - 149, "Statement Date : %s" % lng(end + dt.timedelta(days=1)), 8)
            doc.t(40, H - 160, "Branch Number 250655   Universal Branch Code", 7)
            summary_box(doc, 330, H - 80, "Bank Charges Summary / Account Summary", [("Opening Balance", crdr(ob, False)), ("Funds Received/Credits", fmt(crs) + "Cr"),
                                                                                     ("Funds Used/Debits", fmt(dr)), ("Closing Balance", crdr(cb, False)),
                                                                                     ("Service Fees", fmt(charges)), ("Annual credit interest rate", "0.00%")])
            doc.t(40, H - 178, "Transactions in RAND (ZAR)", 9, True)
            return H - 194
        return H - 84

    cols = [("Date", 40, "l", "d"), ("Description", 88, "l", "desc"), ("Amount", 400, "r", "a"), ("Balance", 480, "r", "b"), ("Accrued\nBank\nCharges", 555, "r", "c")]

    def footer(doc, p, np_):
        doc.t(40, 42, "Inclusive of VAT @ 15%. #Bank charges are shown in the Accrued Bank Charges column and debited on the statement date.", 5.5)
        doc.t(40, 34, "First National Bank - a division of FirstRand Bank Limited. An Authorised Financial Services and Credit Provider (NCRCP20). VAT Reg No 4210102051.", 5.5)
        doc.t(40, 26, "Get the FNB App: bank, buy airtime and get eBucks rewards. Lost cards 087 575 9444. www.fnb.co.za", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=50)
    write_truth(stem, "GW_za_fnb", "****5678", "ZAR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 2 Access Bank Nigeria (Posted/Value Date, Opening Balance row, NIP charge + VAT rows)
def access(stem, seed, n=18, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("486230.55"), pages=False, longd=False):
    rng = random.Random(seed)
    pool = [("NIP TRANSFER TO CHIOMA OKAFOR GTB 0123456789 HOUSE RENT CONTRIB", 20000, 150000), ("POS PURCHASE SHOPRITE LEKKI LAGOS NG {r}", 3500, 48000),
            ("ATM WDL ACCESS BANK ATM VI BRANCH LAGOS", 10000, 40000), ("AIRTIME PURCHASE MTN 08031234567 {r}", 1000, 5000),
            ("DSTV SUBSCRIPTION VIA QUICKTELLER {r}", 9000, 29500), ("WEB PURCHASE JUMIA NIGERIA {r}", 4000, 60000)]
    if longd:
        pool += [("NIP TRANSFER TO ADEBAYO OLUWASEUN ADEYEMI FIRST BANK OF NIGERIA PLC 3012345678 SCHOOL FEES SECOND TERM FOR TOLU AND KEMI {r}", 180000, 260000),
                 ("MOBILE TRANSFER TO IKEJA ELECTRIC PREPAID METER 45012345678 TOKEN PURCHASE REF {r} VIA ACCESSMORE APP", 10000, 30000)]
    cr = [("ONE-OFF REFUND FROM KONGA ONLINE SHOPPING {r}", 2000, 30000), ("TRANSFER FROM EMEKA NWOSU OPAY {r}", 5000, 50000)]
    base = make_txns(rng, start, end, n, pool, cr)
    base.append({"date": start + dt.timedelta(days=24), "desc": "NIP TRANSFER FROM DANGOTE CEMENT PLC SALARY JUNE 2025", "amount": D("684250.00")})
    base.sort(key=lambda t: t["date"])
    txs = []
    for t in base:
        t["vd"] = t["date"]
        txs.append(t)
        if t["desc"].startswith("NIP TRANSFER TO") or t["desc"].startswith("MOBILE TRANSFER"):
            txs.append({"date": t["date"], "vd": t["date"], "desc": "NIP TRANSFER CHARGE %s" % t["desc"].split()[3], "amount": D("-50.00")})
            txs.append({"date": t["date"], "vd": t["date"], "desc": "VAT ON NIP TRANSFER CHARGE", "amount": D("-3.75")})
        elif t["amount"] >= 10000:
            txs.append({"date": t["date"], "vd": t["date"], "desc": "ELECTRONIC MONEY TRANSFER LEVY", "amount": D("-50.00")})
    txs.append({"date": end, "vd": end, "desc": "SMS ALERT CHARGES JUNE 2025", "amount": D("-176.00")})
    cb = running(txs, ob)
    dm = lambda d: "%02d-%s-%02d" % (d.day, MON[d.month - 1].upper(), d.year % 100)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 40)
        r = {"pd": dm(t["date"]), "vd": dm(t["vd"]), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"])
        else: r["cr"] = fmt(t["amount"])
        rows.append(r)
    dr = sum(-t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "access", 20, True); doc.t(118, H - 45, "more than banking", 8)
        doc.t(doc.W - 40, H - 45, "CUSTOMER STATEMENT", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            for i, a in enumerate(["OLUWASEGUN BABATUNDE ADEWALE", "PLOT 14 ADMIRALTY WAY", "LEKKI PHASE 1, LAGOS"]): doc.t(40, H - 74 - 11 * i, a, 8)
            doc.t(40, H - 112, "Account Number: 0691234567", 8); doc.t(40, H - 123, "Account Type: SAVINGS ACCOUNT   Currency: NGN", 8)
            doc.t(40, H - 134, "Period: %s to %s" % (start.strftime("%d-%b-%Y"), end.strftime("%d-%b-%Y")), 8)
            summary_box(doc, 330, H - 76, "Summary", [("Opening Balance", fmt(ob)), ("Total Withdrawals", fmt(dr)), ("Total Lodgements", fmt(crs)), ("Closing Balance", fmt(cb))])
            return H - 160
        doc.t(40, H - 66, "Account Number: 0691234567", 8)
        return H - 84

    cols = [("Posted Date", 40, "l", "pd"), ("Value Date", 98, "l", "vd"), ("Description", 152, "l", "desc"), ("Debit", 400, "r", "db"),
            ("Credit", 478, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, dm(start), 8); doc.t(98, y, dm(start), 8); doc.t(152, y, "Opening Balance", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def footer(doc, p, np_):
        doc.t(40, 34, "Access Bank Plc. RC 125384. Plot 14/15 Prince Alaba Abiodun Oniru Road, Victoria Island, Lagos. Licensed by the Central Bank of Nigeria. Deposits insured by NDIC.", 5.5)
        doc.t(40, 26, "Please review this statement and report any discrepancies within 30 days. Contact centre 01-2712005-7, contactcenter@accessbankplc.com", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(24 if pages else 56), top_rows=[top])
    write_truth(stem, "GW_ng_access", "****4567", "NGN", start, end, ob, txs, True)


# ---------------------------------------------------------------- 3 CIB Egypt (EGP, Date / Value Date / Description / Debit / Credit / Balance, carried forward)
def cib(stem, seed, n=20, start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 31), ob=D("58340.25"), pages=False):
    rng = random.Random(seed)
    pool = [("POS PURCHASE CARREFOUR MAADI CITY CENTRE CAIRO", 400, 6500), ("INSTAPAY TRANSFER TO AHMED MOSTAFA {r}", 500, 8000),
            ("ATM WITHDRAWAL CIB ZAMALEK 26 JULY ST", 1000, 8000), ("FAWRY BILL PAYMENT VODAFONE EGYPT {r}", 150, 900),
            ("E-COMMERCE UBER *TRIP HELP.UBER.COM", 60, 450)]
    cr = [("CASH DEPOSIT CIB MAADI BRANCH", 1000, 9000), ("INWARD INSTAPAY FROM MONA SAID {r}", 300, 5000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": start + dt.timedelta(days=24), "desc": "SALARY TRANSFER VALEO EGYPT JULY 2025", "amount": D("48750.00")})
    txs.append({"date": start + dt.timedelta(days=4), "desc": "STANDING ORDER RENT NEW CAIRO COMPOUND", "amount": D("-14000.00")})
    txs.sort(key=lambda t: t["date"])
    txs.append({"date": end, "desc": "ACCOUNT MAINTENANCE FEE", "amount": D("-25.00")})
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 36)
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
        r = {"d": t["date"].strftime("%d/%m/%Y"), "vd": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["pb"] = fmt(t["bal"] - t["amount"])
        if t["amount"] < 0: r["db"] = fmt(-t["amount"])
        else: r["cr"] = fmt(t["amount"])
        rows.append(r)
    dr = sum(-t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "CIB", 22, True); doc.t(92, H - 45, "Commercial International Bank (Egypt) S.A.E.", 8)
        doc.t(doc.W - 40, H - 45, "Account Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d / %d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "Account No.: 100012345678   IBAN: EG380010012300000100012345678   Currency: EGP", 8)
        if p == 1:
            for i, a in enumerate(["Mr. Karim Hassan Abdelrahman", "12 El Nasr Street, Maadi", "Cairo, Egypt"]): doc.t(40, H - 84 - 11 * i, a, 8)
            doc.t(40, H - 122, "From: %s   To: %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            summary_box(doc, 330, H - 84, "Account Summary", [("Opening Balance", fmt(ob)), ("Total Debits", fmt(dr)), ("Total Credits", fmt(crs)), ("Closing Balance", fmt(cb))])
            return H - 160
        return H - 88

    cols = [("Date", 40, "l", "d"), ("Value Date", 92, "l", "vd"), ("Description", 146, "l", "desc"), ("Debit", 400, "r", "db"), ("Credit", 478, "r", "cr"), ("Balance", 555, "r", "b")]

    def cf(doc, y, r, kind):
        doc.t(146, y, "Balance Carried Forward" if kind == "cf" else "Balance Brought Forward", 8, True); doc.t(555, y, r["b"] if kind == "cf" else r["pb"], 8, True, "r")
        return y - 13

    def footer(doc, p, np_):
        doc.t(40, 34, "CIB is regulated by the Central Bank of Egypt. Commercial Register No. 69826 Cairo. Hotline 19666. www.cibeg.com", 5.5)
        doc.t(40, 26, "Kindly review the statement entries; if no objection is received within 15 days from the statement date, the entries are considered correct.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(18 if pages else 50), cf=cf if pages else None)
    write_truth(stem, "GW_eg_cib", "****5678", "EGP", start, end, ob, txs, True)


# ---------------------------------------------------------------- 4 Türkiye İş Bankası (Tarih / Saat / İşlem / Açıklama / Tutar / Bakiye, signed, Devreden Bakiye)
def isbank(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("18450.70"), pages=False, joined=False):
    rng = random.Random(seed)
    tr = lambda v: fmt(v, ".", ",")
    pool = [("POS", "MİGROS KADIKÖY İSTANBUL TR", 120, 2400), ("POS", "SHELL PETROL ATAŞEHİR", 900, 2500), ("ATM", "İŞ BANKASI ATM BAĞDAT CAD. PARA ÇEKME", 500, 5000),
            ("FATURA", "İGDAŞ DOĞALGAZ FATURA ÖDEMESİ ABONE {r}", 300, 1900),
            ("FATURA", "TURKCELL FATURA ÖDEMESİ 0532XXX4521", 250, 650), ("HAVALE", "HAVALE GİDEN MEHMET DEMİR YEMEK PAYI", 200, 1500)]
    cr = [("FAST", "FAST GELEN CAN ARSLAN BORÇ İADE", 500, 4000), ("HAVALE", "HAVALE GELEN ZEYNEP KAYA", 300, 3000)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: typ, desc, lo, hi = rng.choice(cr); sg = 1
        else: typ, desc, lo, hi = rng.choice(pool); sg = -1
        amt = D(rng.randint(lo * 100, hi * 100)) / 100 * sg
        txs.append({"date": d, "typ": typ, "desc": desc.format(r=rng.randint(100000, 999999)), "amount": amt,
                    "tm": "%02d:%02d" % (rng.randint(7, 23), rng.randint(0, 59))})
    txs.append({"date": start + dt.timedelta(days=14), "typ": "EFT", "desc": "EFT GELEN ABC TEKSTİL SAN. VE TİC. A.Ş. MAAŞ ÖDEMESİ", "amount": D("46380.00"), "tm": "09:02"})
    txs.append({"date": start + dt.timedelta(days=2), "typ": "EFT", "desc": "EFT GİDEN AYŞE YILMAZ KİRA HAZİRAN", "amount": D("-18000.00"), "tm": "10:15"})
    txs.sort(key=lambda t: (t["date"], t["tm"]))
    txs.append({"date": end, "typ": "KMH", "desc": "KMH FAİZ VE BSMV TAHSİLATI" if pages else "HESAP İŞLETİM ÜCRETİ", "amount": D("-87.40") if pages else D("-15.00"), "tm": "23:59"})
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 38)
        rows.append({"d": t["date"].strftime("%d.%m.%Y") + ((" " + t["tm"]) if joined else ""), "s": t["tm"], "i": t["typ"], "desc": t["desc_lines"],
                     "a": tr(t["amount"]), "b": tr(t["bal"])})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "TÜRKİYE İŞ BANKASI", 16, True)
        doc.t(doc.W - 40, H - 42, "HESAP HAREKETLERİ", 11, True, "r")
        doc.t(doc.W - 40, H - 54, "Sayfa %d / %d" % (p, np_), 8, align="r")
        doc.t(40, H - 62, "Şube: 1042 - KADIKÖY   Hesap No: 0567890   IBAN: TR64 0006 4000 0011 0420 5678 90   Döviz Cinsi: TL", 7.5)
        if p == 1:
            doc.t(40, H - 80, "Müşteri Adı Soyadı: ELİF ÖZTÜRK", 8); doc.t(40, H - 91, "Adres: CAFERAĞA MAH. MODA CAD. NO:45 D:7 KADIKÖY / İSTANBUL", 8)
            doc.t(40, H - 102, "Tarih Aralığı: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.t(40, H - 113, "Kredili Mevduat Hesabı Limiti: 25.000,00 TL", 8)
            return H - 136
        return H - 84

    cols = [("Tarih", 40, "l", "d"), ("Saat", 92, "l", "s"), ("İşlem", 122, "l", "i"), ("Açıklama", 172, "l", "desc"), ("Tutar", 470, "r", "a"), ("Bakiye", 555, "r", "b")]
    if joined:  # the online export: "Tarih/Saat" in one column, "05.06.2025 14:22"
        cols = [("Tarih/Saat", 40, "l", "d"), ("İşlem", 128, "l", "i"), ("Açıklama", 176, "l", "desc"), ("Tutar", 470, "r", "a"), ("Bakiye", 555, "r", "b")]

    def top(doc, y):
        doc.t(172, y, "Devreden Bakiye", 8, True); doc.t(555, y, tr(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(172, y - 4, "Son Bakiye", 8, True); doc.t(555, y - 4, tr(cb), 8, True, "r")
        return y - 10

    def footer(doc, p, np_):
        doc.t(40, 34, "Türkiye İş Bankası A.Ş. İş Kuleleri 34330 Levent / İSTANBUL. Ticaret Sicil No: 431112. Mersis No: 0481005016600017. www.isbank.com.tr", 5.5)
        doc.t(40, 26, "Bu belge elektronik ortamda oluşturulmuştur. İletişim Merkezi 0850 724 0 724. Mevduatınız TMSF güvencesi altındadır.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(20 if pages else 56), top_rows=[top], bottom=bottom)
    write_truth(stem, "GW_tr_isbank", "****7890", "TRY", start, end, ob, txs, True)


# ---------------------------------------------------------------- 5 ADCB UAE (Posting Date / Value Date, AED, foreign-currency lines)
def adcb(stem, seed, n=20, start=dt.date(2025, 8, 1), end=dt.date(2025, 8, 31), ob=D("23417.80"), fx=False, pages=False):
    rng = random.Random(seed)
    pool = [("POS PURCHASE CARREFOUR MALL OF THE EMIRATES DUBAI AE", 60, 900), ("DEWA BILL PAYMENT {r}", 350, 1400), ("ETISALAT POSTPAID 0501234567", 199, 450),
            ("ATM CASH WITHDRAWAL ADCB AL WAHDA MALL", 500, 3000), ("SALIK RECHARGE {r}", 100, 300)]
    cr = [("REFUND NOON.COM {r}", 50, 900), ("INWARD TRANSFER FROM FATIMA AL MANSOORI {r}", 500, 6000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": start + dt.timedelta(days=26), "desc": "SALARY CREDIT ETIHAD AIRWAYS PJSC", "amount": D("31250.00")})
    txs.append({"date": start + dt.timedelta(days=2), "desc": "TRANSFER TO RENT CHEQUE 000123 EMAAR", "amount": D("-8500.00")})
    txs.sort(key=lambda t: t["date"])
    if fx:
        fxs = [("POS PURCHASE AMAZON.COM SEATTLE US", "USD", D("3.6725")), ("POS PURCHASE HARRODS LONDON GB", "GBP", D("4.9312")), ("E-COMMERCE BOOKING.COM AMSTERDAM NL", "EUR", D("4.0187"))]
        for i, (d_, cur, rate) in enumerate(fxs):
            fa = D(rng.randint(2000, 40000)) / 100
            aed = (fa * rate).quantize(C2)
            fee = (aed * D("0.0199")).quantize(C2)
            d = start + dt.timedelta(days=5 + 8 * i)
            txs.append({"date": d, "desc": d_, "extra": "%s %s @ %s" % (cur, fmt(fa), rate), "amount": -aed})
            txs.append({"date": d, "desc": "FOREIGN CURRENCY TRANSACTION FEE", "amount": -fee})
        txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    dm = lambda d: "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 36) + ([t["extra"]] if t.get("extra") else [])
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        r = {"pd": dm(t["date"]), "vd": dm(vd), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"])
        else: r["cr"] = fmt(t["amount"])
        rows.append(r)
    dr = sum(-t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "ADCB", 22, True); doc.t(120, H - 45, "Abu Dhabi Commercial Bank", 8)
        doc.t(doc.W - 40, H - 45, "Statement of Account", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            for i, a in enumerate(["MR RAHUL KRISHNAN NAIR", "P.O. BOX 939", "DUBAI, UNITED ARAB EMIRATES"]): doc.t(40, H - 74 - 11 * i, a, 8)
            doc.t(40, H - 112, "Account Number: 10012345678001   Account Type: Current", 8)
            doc.t(40, H - 123, "Currency: AED   IBAN: AE070030010012345678001", 8)
            doc.t(40, H - 134, "Statement Period: %s to %s" % (dm(start), dm(end)), 8)
            summary_box(doc, 340, H - 76, "Account Summary", [("Opening Balance", fmt(ob)), ("Total Debits", fmt(dr)), ("Total Credits", fmt(crs)), ("Closing Balance", fmt(cb))], w=215)
            return H - 160
        doc.t(40, H - 66, "Account Number: 10012345678001   Currency: AED", 8)
        return H - 84

    cols = [("Posting Date", 40, "l", "pd"), ("Value Date", 98, "l", "vd"), ("Description", 156, "l", "desc"), ("Debit", 400, "r", "db"), ("Credit", 478, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(156, y, "Opening Balance", 8, True); doc.t(555, y, fmt(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(156, y - 4, "Closing Balance", 8, True); doc.t(555, y - 4, fmt(cb), 8, True, "r")
        return y - 10

    def footer(doc, p, np_):
        doc.t(40, 42, "Earn TouchPoints on every card spend. Ask about ADCB Hayyak: open an account in minutes.", 5.5)
        doc.t(40, 34, "Abu Dhabi Commercial Bank PJSC, P.O. Box 939, Abu Dhabi, UAE. Licensed by the Central Bank of the UAE. 600 50 2030. www.adcb.com", 5.5)
        doc.t(40, 26, "Please examine this statement and advise the bank of any discrepancy within 30 days, after which it will be considered correct.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(22 if pages else 54), top_rows=[top], bottom=bottom)
    write_truth(stem, "GW_ae_adcb", "****8001", "AED", start, end, ob, txs, True)


# ---------------------------------------------------------------- 6 Bank Hapoalim (English, ILS, Date / Value Date / Description / Reference / Debit / Credit / Balance)
def hapoalim(stem, seed, n=20, start=dt.date(2025, 9, 1), end=dt.date(2025, 9, 30), ob=D("7845.20"), od=False, trailing=False):
    rng = random.Random(seed)
    bf = (lambda v: fmt(-v) + "-" if v < 0 else fmt(v)) if trailing else fmt
    pool = [("SUPER-PHARM TEL AVIV", 45, 380), ("SHUFERSAL DEAL RAMAT AVIV", 120, 950),
            ("ARNONA TEL AVIV-YAFO MUNICIPALITY", 780, 780), ("ISRAEL ELECTRIC CORP", 250, 700), ("CASH WITHDRAWAL ATM", 200, 1500),
            ("BIT TRANSFER", 50, 600)]
    cr = [("BIT TRANSFER RECEIVED", 50, 500), ("NATIONAL INSURANCE CHILD ALLOWANCE", 169, 169)]
    if od: ob = D("-3412.75")
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": start + dt.timedelta(days=9), "desc": "SALARY - CHECK POINT SOFTWARE TECH", "amount": D("23480.00")})
    txs.append({"date": start + dt.timedelta(days=10), "desc": "STANDING ORDER RENT - COHEN", "amount": D("-6200.00")})
    txs.append({"date": start + dt.timedelta(days=1), "desc": "CREDIT CARD ISRACARD", "amount": -D(rng.randint(250000, 780000)) / 100})
    txs.sort(key=lambda t: t["date"])
    txs.append({"date": end, "desc": "ACCOUNT MANAGEMENT FEE", "amount": D("-11.90")})
    if od: txs.append({"date": end, "desc": "DEBIT INTEREST", "amount": D("-42.18")})
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"d": t["date"].strftime("%d/%m/%Y"), "vd": vd.strftime("%d/%m/%Y"), "desc": [t["desc"]], "ref": str(rng.randint(10000, 99999999)), "b": bf(t["bal"])}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"])
        else: r["cr"] = fmt(t["amount"])
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Bank Hapoalim", 18, True); doc.t(196, H - 45, "B.M.", 8)
        doc.t(doc.W - 40, H - 45, "Current Account Transactions", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            for i, a in enumerate(["DANIEL LEVI", "12 DIZENGOFF ST, APT 4", "TEL AVIV 6433208"]): doc.t(40, H - 74 - 11 * i, a, 8)
            doc.t(40, H - 112, "Branch: 612   Account: 345678   Currency: ILS", 8)
            doc.t(40, H - 123, "For the period %s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.t(40, H - 134, "Credit line (overdraft limit): 15,000.00", 8)
            summary_box(doc, 340, H - 76, "Balance Summary", [("Balance as of %s" % (start - dt.timedelta(days=1)).strftime("%d/%m/%Y"), bf(ob)),
                                                              ("Balance as of %s" % end.strftime("%d/%m/%Y"), bf(cb))], w=215)
            return H - 160
        return H - 84

    cols = [("Date", 40, "l", "d"), ("Value Date", 90, "l", "vd"), ("Description", 142, "l", "desc"), ("Reference", 322, "l", "ref"), ("Debit", 430, "r", "db"),
            ("Credit", 492, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(142, y, "Previous Balance", 8, True); doc.t(555, y, bf(ob), 8, True, "r")
        return y - 13

    def footer(doc, p, np_):
        doc.t(40, 34, "Bank Hapoalim B.M., 50 Rothschild Blvd., Tel Aviv 6688314. This translation is provided for convenience; the Hebrew statement prevails.", 5.5)
        doc.t(40, 26, "Customer service *2407. Report any discrepancy to your branch. www.bankhapoalim.com", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=50, top_rows=[top])
    write_truth(stem, "GW_il_hapoalim", "****5678", "ILS", start, end, ob, txs, True)


P = "gw_"
fnb(P + "za_fnb", 11)
fnb(P + "za_fnb__yearend", 12, start=dt.date(2024, 12, 17), end=dt.date(2025, 1, 16))
fnb(P + "za_fnb__overdraft", 13, ob=D("-6240.15"))
access(P + "ng_access", 21)
access(P + "ng_access__2pages_long", 22, n=26, ob=D("1486230.55"), pages=True, longd=True)
cib(P + "eg_cib", 31)
cib(P + "eg_cib__2pages", 32, n=32, pages=True)
isbank(P + "tr_isbank", 41)
isbank(P + "tr_isbank__overdraft", 42, ob=D("-4210.35"), pages=True, n=30)
isbank(P + "tr_isbank__3pages", 43, n=48, pages=True)
isbank(P + "tr_isbank__tarihsaat", 44, ob=D("-1875.60"), joined=True)
adcb(P + "ae_adcb", 51)
adcb(P + "ae_adcb__fx", 52, fx=True)
adcb(P + "ae_adcb__2pages", 53, n=34, pages=True)
hapoalim(P + "il_hapoalim", 61)
hapoalim(P + "il_hapoalim__overdraft", 62, od=True)
hapoalim(P + "il_hapoalim__trailing_minus", 63, od=True, trailing=True)
print("done")
