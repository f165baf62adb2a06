#!/usr/bin/python3
"""Generator il: 4 unseen layouts x (base + 1 variant), exact truth. Deterministic.

Standard Chartered Hong Kong Integrated Account (HKD Savings: Date / Description / Withdrawal / Deposit / Balance,
"dd Mon" dates, BALANCE FROM PREVIOUS STATEMENT and CLOSING BALANCE rows, a USD sub-account line in the summary;
a two-page variant with carried-forward lines and a USD transfer's "USD 500.00 @ 7.8120" line), mBank credit card
(Polish: Data transakcji / Data księgowania / Opis / Kwota "-45,99", Saldo poprzednie / Saldo bieżące; a credit
balance variant), Swedbank Estonia (Kuupäev / Saaja/Maksja / Selgitus / Summa / Saldo, Algsaldo / Lõppsaldo rows,
Deebet/Kreedit käive; a two-page variant with wrapped Selgitus), USAA credit card (Trans Date / Post Date /
Reference Number / Transaction Description / Amount, Previous Balance / New Balance box; a foreign-transaction
variant with fee rows).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from corpus_kit import C2, Doc, fmt, make_txns, render, row_truth_writer, running, sums, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/il/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def money(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


# ---------------------------------------------------------------- 1 Standard Chartered Hong Kong
def scb(stem, seed, n, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("38412.70")
    pool = [("EPS PURCHASE PARKNSHOP 0412 KWUN TONG", 40, 900), ("FPS TRANSFER TO CHAN TAI MAN {r}", 200, 3000),
            ("ATM WITHDRAWAL SCB ATM 0128 MONGKOK", 500, 3000), ("AUTOPAY CLP POWER HONG KONG", 300, 1200),
            ("CREDIT CARD PAYMENT SC SMART CARD", 1000, 6000), ("OCTOPUS AAVS TOP UP", 250, 500)]
    cr = [("FPS CREDIT FROM WONG SIU MING {r}", 100, 2500), ("INTEREST", 1, 12)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 27), "desc": "SALARY ACME LOGISTICS (HK) LTD", "amount": D("31250.00")})
    txs.sort(key=lambda t: t["date"])
    for t in txs:
        t["desc_lines"] = [t["desc"]]
    if pages:
        t = {"date": dt.date(2025, 6, 18), "desc": "TRANSFER TO USD SAVINGS 368-1-234567-8", "amount": D("-3906.00")}
        t["desc_lines"] = [t["desc"], "USD 500.00 @ 7.8120"]
        txs.append(t); txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    md = lambda d: "%02d %s" % (d.day, MON[d.month - 1])
    rows = []
    for t in txs:
        r = {"d": md(t["date"]), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["wd" if t["amount"] < 0 else "dp"] = fmt(abs(t["amount"]))
        rows.append(r)
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 46, "Standard Chartered", 16, True); doc.t(40, H - 58, "Standard Chartered Bank (Hong Kong) Limited", 7.5)
        doc.t(W - 40, H - 40, "Integrated Deposit Account Statement", 9, True, "r")
        doc.t(W - 40, H - 52, "Statement Date: %s" % end.strftime("%d %b %Y"), 7.5, align="r")
        doc.t(W - 40, H - 63, "Statement Period: %s to %s" % (start.strftime("%d %b %Y"), end.strftime("%d %b %Y")), 7.5, align="r")
        doc.t(W - 40, H - 74, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p > 1:
            doc.t(40, H - 100, "HKD Savings 368-1-234567-8 (continued)", 9, True)
            return H - 118
        doc.t(40, H - 92, "MS LEUNG KA YAN", 8); doc.t(40, H - 103, "FLAT 12B TOWER 3 LAGUNA CITY", 8)
        doc.t(40, H - 114, "KWUN TONG KOWLOON", 8)
        doc.c.rect(300, H - 172, W - 340, 78)
        doc.t(308, H - 104, "Account Summary", 8, True)
        doc.t(308, H - 117, "Account", 7, True); doc.t(450, H - 117, "Currency", 7, True); doc.t(W - 48, H - 117, "Balance", 7, True, "r")
        doc.t(308, H - 129, "HKD Savings 368-1-234567-8", 7); doc.t(450, H - 129, "HKD", 7); doc.t(W - 48, H - 129, fmt(cb), 7, align="r")
        doc.t(308, H - 141, "USD Savings 368-1-234567-8", 7); doc.t(450, H - 141, "USD", 7)
        doc.t(W - 48, H - 141, "1,204.50" if not pages else "1,704.50", 7, align="r")
        doc.t(308, H - 153, "Total (HKD equivalent)", 7, True)
        doc.t(W - 48, H - 153, fmt(cb + (D("9409.55") if not pages else D("13315.55"))), 7, True, "r")
        doc.t(40, H - 196, "HKD Savings 368-1-234567-8", 10, True)
        return H - 214

    cols = [("Date", 40, "l", "d"), ("Description", 90, "l", "desc"), ("Withdrawal", 380, "r", "wd"),
            ("Deposit", 460, "r", "dp"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, md(start), 8); doc.t(90, y, "BALANCE FROM PREVIOUS STATEMENT", 8); doc.t(555, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(90, y, "CLOSING BALANCE", 8, True); doc.t(555, y, fmt(cb), 8, True, "r")
        doc.t(90, y - 14, "Total Withdrawal / Deposit", 7.5); doc.t(380, y - 14, fmt(out_), 7.5, align="r"); doc.t(460, y - 14, fmt(in_), 7.5, align="r")
        return y - 30

    def cf(doc, y, r, kind):
        i = rows.index(r)
        bal = txs[i]["bal"] if kind == "cf" else (txs[i - 1]["bal"] if i > 0 else ob)
        doc.t(90, y, "BALANCE CARRIED FORWARD" if kind == "cf" else "BALANCE BROUGHT FORWARD", 8); doc.t(555, y, fmt(bal), 8, align="r")
        return y - 13

    def footer(doc, p, np_):
        doc.t(40, 44, "Standard Chartered Bank (Hong Kong) Limited. Please examine this statement and notify us of any discrepancy within 90 days.", 5.5)
        doc.t(40, 36, "Deposits are protected by the Deposit Protection Scheme up to HK$800,000. 24-hour Client Service Hotline: 2886 8868.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=11, per_page=22 if pages else 44,
           top_rows=[top], bottom=bottom, cf=cf)
    write(stem, "il_hk_standard_chartered", "****5678", "HKD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 mBank credit card
def mbank(stem, seed, n, credit=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 11), dt.date(2025, 6, 10)
    pl = lambda v: fmt(v, " ", ",")
    prev = D("-1842.37")   # printed signed: the debt is negative
    pool = [("BIEDRONKA 4412 WARSZAWA", 15, 220), ("ZABKA Z6631 K.1 WARSZAWA", 4, 40), ("ORLEN STACJA NR 412 WARSZAWA", 120, 320),
            ("ALLEGRO.PL POZNAN", 25, 600), ("UBER *TRIP HELP.UBER.COM", 12, 60), ("ROSSMANN 212 WARSZAWA", 10, 150),
            ("NETFLIX.COM AMSTERDAM", 43, 60)]
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, 28))
        desc, lo, hi = rng.choice(pool)
        txs.append({"date": d, "desc": desc, "amount": -money(rng, lo, hi)})
    pay = D("3200.00") if credit else D("1842.37")
    txs.append({"date": dt.date(2025, 5, 28), "desc": "SPŁATA KARTY PRZELEW WŁASNY", "amount": pay})
    if credit:
        txs.append({"date": dt.date(2025, 6, 3), "desc": "ZWROT ALLEGRO.PL POZNAN", "amount": D("329.99")})
    txs.sort(key=lambda t: t["date"])
    for t in txs:
        t["post"] = min(t["date"] + dt.timedelta(days=rng.choice([1, 2, 2, 3])), end)
        t["desc_lines"] = [t["desc"]]
    cur = running(txs, prev)
    for t in txs:
        t["bal"] = None
    rows = [{"td": t["date"].strftime("%d.%m.%Y"), "pd": t["post"].strftime("%d.%m.%Y"), "desc": t["desc_lines"],
             "a": pl(t["amount"]) + " PLN"} for t in txs]
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 48, "mBank", 20, True)
        doc.t(W - 40, H - 40, "Zestawienie operacji karty kredytowej", 9, True, "r")
        doc.t(W - 40, H - 52, "Okres rozliczeniowy: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 7.5, align="r")
        doc.t(W - 40, H - 63, "Numer karty: 5412 **** **** 3381", 7.5, align="r")
        doc.t(W - 40, H - 74, "Strona %d z %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 92, "ANNA KOWALSKA", 8); doc.t(40, H - 103, "UL. PUŁAWSKA 145 M. 12", 8); doc.t(40, H - 114, "02-715 WARSZAWA", 8)
        doc.c.rect(300, H - 186, W - 340, 92)
        doc.t(308, H - 104, "Podsumowanie", 8, True)
        L = [("Saldo poprzednie", pl(prev) + " PLN"), ("Suma uznań", pl(in_) + " PLN"), ("Suma obciążeń", pl(-out_) + " PLN"),
             ("Saldo bieżące", pl(cur) + " PLN"), ("Minimalna kwota do zapłaty", pl(max(-cur * D("0.03"), D(0)).quantize(C2)) + " PLN"),
             ("Termin spłaty", "2025-07-05")]
        for i, (a, b) in enumerate(L):
            doc.t(308, H - 117 - 11 * i, a, 7.5, a.startswith("Saldo")); doc.t(W - 48, H - 117 - 11 * i, b, 7.5, a.startswith("Saldo"), "r")
        doc.t(40, H - 206, "Operacje w okresie rozliczeniowym", 10, True)
        return H - 224

    cols = [("Data\ntransakcji", 40, "l", "td"), ("Data\nksięgowania", 100, "l", "pd"), ("Opis", 165, "l", "desc"),
            ("Kwota", 555, "r", "a")]

    def footer(doc, p, np_):
        doc.t(40, 44, "mBank S.A., ul. Prosta 18, 00-850 Warszawa, KRS 0000025237, NIP 526-021-50-88. Kapitał zakładowy 169 795 752 zł.", 5.5)
        doc.t(40, 36, "Reklamacje: mLinia 801 300 800. Spłać całe zadłużenie do terminu spłaty, aby nie płacić odsetek.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=11, per_page=44)
    write(stem, "il_pl_mbank_card", "****3381", "PLN", start, end, prev, cur, txs)


# ---------------------------------------------------------------- 3 Swedbank Estonia
def swed(stem, seed, n, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ee = lambda v: fmt(v, " ", ",")
    ob = D("2318.44")
    pool = [("RIMI EESTI FOOD AS", "Kaardimakse RIMI HAABERSTI TALLINN", 8, 120), ("ELEKTRILEVI OU", "Arve nr 204418 elektrienergia", 30, 110),
            ("TALLINNA VESI AS", "Arve nr 77120 vesi ja kanalisatsioon", 15, 45), ("BOLT OPERATIONS OU", "Kaardimakse BOLT.EU/R TALLINN", 4, 25),
            ("PRISMA PEREMARKET AS", "Kaardimakse PRISMA MUSTAMAE TALLINN", 10, 140), ("TELIA EESTI AS", "Arve 8804512 mobiilside", 12, 40)]
    cr = [("MARI TAMM", "Tagasimakse õhtusöök", 10, 80), ("LIIS SAAR", "Kinkekaart", 15, 60)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2:
            pm, sel, lo, hi = rng.choice(cr); s = 1
        else:
            pm, sel, lo, hi = rng.choice(pool); s = -1
        if pages and rng.random() < 0.35:
            sel = sel + " viitenumber %d makse korraldus internetipangas tellimus %d" % (rng.randint(1000000, 9999999), rng.randint(100, 999))
        txs.append({"date": d, "pm": pm, "sel": sel, "amount": money(rng, lo, hi) * s})
    txs.append({"date": dt.date(2025, 6, 25), "pm": "NORTAL AS", "sel": "Töötasu 06.2025", "amount": D("2384.10")})
    txs.sort(key=lambda t: t["date"])
    cb = running(txs, ob)
    rows = []
    for t in txs:
        sl = wrap(t["sel"], 36)
        t["desc_lines"] = [t["pm"]] + sl
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "pm": t["pm"], "desc": sl, "a": ee(t["amount"]), "b": ee(t["bal"])})
    out_, in_ = sums(txs)

    def header(doc, p, np_):
        H, W = doc.H, doc.W
        doc.t(40, H - 48, "Swedbank", 18, True)
        doc.t(W - 40, H - 40, "KONTO VÄLJAVÕTE", 10, True, "r")
        doc.t(W - 40, H - 52, "Periood: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 7.5, align="r")
        doc.t(W - 40, H - 63, "Konto: EE382200221020145685", 7.5, align="r")
        doc.t(W - 40, H - 74, "Lehekülg %d/%d" % (p, np_), 7.5, align="r")
        if p > 1:
            return H - 100
        doc.t(40, H - 92, "JAAN KASK", 8); doc.t(40, H - 103, "Sõpruse pst 175-12", 8); doc.t(40, H - 114, "13413 Tallinn", 8)
        doc.t(330, H - 92, "Kliendi kood: 38501120215", 7.5); doc.t(330, H - 103, "Valuuta: EUR", 7.5)
        doc.t(330, H - 114, "Väljavõtte koostamise kuupäev: %s" % (end + dt.timedelta(days=1)).strftime("%d.%m.%Y"), 7.5)
        return H - 140

    cols = [("Kuupäev", 40, "l", "d"), ("Saaja/Maksja", 95, "l", "pm"), ("Selgitus", 225, "l", "desc"),
            ("Summa", 485, "r", "a"), ("Saldo", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d.%m.%Y"), 8); doc.t(95, y, "Algsaldo", 8, True); doc.t(555, y, ee(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%d.%m.%Y"), 8); doc.t(95, y, "Lõppsaldo", 8, True); doc.t(555, y, ee(cb), 8, True, "r")
        doc.t(95, y - 16, "Deebetkäive", 7.5); doc.t(485, y - 16, ee(-out_), 7.5, align="r")
        doc.t(95, y - 27, "Kreeditkäive", 7.5); doc.t(485, y - 27, ee(in_), 7.5, align="r")
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 44, "Swedbank AS, Liivalaia 8, 15040 Tallinn, registrikood 10060701. Telefon 6 310 310, www.swedbank.ee", 5.5)
        doc.t(40, 36, "Hoiuseid tagab Tagatisfond seaduses sätestatud ulatuses. Käesolev väljavõte on koostatud elektrooniliselt.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=34 if pages else 50,
           top_rows=[top], bottom=bottom)
    write(stem, "il_ee_swedbank", "****5685", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 USAA credit card
def usaa(stem, seed, n, fx=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 15), dt.date(2025, 6, 14)
    prev = D("1274.61")
    pool = [("HEB #612 SAN ANTONIO TX", 20, 210), ("VALERO 4412 SAN ANTONIO TX", 30, 75), ("AMAZON.COM*2K4LP SEATTLE WA", 10, 160),
            ("CHICK-FIL-A #01822 SAN ANTONIO TX", 8, 30), ("SPECTRUM 855-707-7328 MO", 80, 120), ("NETFLIX.COM LOS GATOS CA", 15, 23)]
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, 28))
        desc, lo, hi = rng.choice(pool)
        txs.append({"date": d, "desc": desc, "amount": -money(rng, lo, hi), "sec": "T"})
    txs.append({"date": dt.date(2025, 5, 30), "desc": "USAA FSB PAYMENT THANK YOU", "amount": prev, "sec": "P"})
    fees = []
    if fx:
        for d, desc, amt in [(dt.date(2025, 5, 22), "HOTEL ZONA ROSA CIUDAD DE MEXI", D("-418.36")),
                             (dt.date(2025, 5, 24), "OXXO INSURGENTES CIUDAD DE MEXI", D("-23.10"))]:
            txs.append({"date": d, "desc": desc, "amount": amt, "sec": "T"})
    txs.sort(key=lambda t: t["date"])
    for t in txs:
        t["post"] = min(t["date"] + dt.timedelta(days=rng.choice([1, 2])), end)
        t["ref"] = "%d%07d" % (rng.randint(24000000, 24999999), rng.randint(0, 9999999))
        t["desc_lines"] = [t["desc"]]
    pays = [t for t in txs if t["sec"] == "P"]
    buys = [t for t in txs if t["sec"] == "T"]
    if fx:
        fees = [{"date": dt.date(2025, 5, 24), "post": dt.date(2025, 5, 25), "ref": "", "desc_lines": ["FOREIGN TRANSACTION FEE"],
                 "amount": D("0.00"), "sec": "F"}]
    interest = []
    allt = pays + buys + fees + interest
    for t in allt:
        t["bal"] = None
    paid = sum(t["amount"] for t in pays)
    pur = -sum(t["amount"] for t in buys)
    fee = -sum((t["amount"] for t in fees), D(0))
    newb = prev - paid + pur + fee
    usd = lambda v: ("-$" + fmt(-v)) if v < 0 else "$" + fmt(v)
    doc = Doc(os.path.join(OUT, stem + ".pdf"), LETTER)
    W, H = doc.W, doc.H
    doc.t(40, H - 48, "USAA", 22, True); doc.t(40, H - 60, "USAA Rewards\u2122 Visa Signature\u00ae Card", 8)
    doc.t(W - 40, H - 40, "Account Number Ending in 4417", 8, True, "r")
    doc.t(W - 40, H - 52, "Statement Closing Date %s" % end.strftime("%m/%d/%y"), 7.5, align="r")
    doc.t(W - 40, H - 63, "Billing Cycle %s - %s   Days in Billing Cycle 31" % (start.strftime("%m/%d/%y"), end.strftime("%m/%d/%y")), 7.5, align="r")
    doc.t(W - 40, H - 74, "Page 1 of 1", 7.5, align="r")
    doc.t(40, H - 92, "CPT DANIEL R ORTIZ", 8); doc.t(40, H - 103, "8814 BANDERA RD APT 1202", 8); doc.t(40, H - 114, "SAN ANTONIO TX 78250-3311", 8)
    doc.c.rect(330, H - 214, 242, 122)
    doc.t(338, H - 104, "Account Summary", 8.5, True)
    L = [("Previous Balance", usd(prev)), ("- Payments & Credits", usd(paid)), ("+ Purchases", usd(pur)), ("+ Cash Advances", "$0.00"),
         ("+ Balance Transfers", "$0.00"), ("+ Fees Charged", usd(fee)), ("+ Interest Charged", "$0.00"), ("= New Balance", usd(newb))]
    for i, (a, b) in enumerate(L):
        doc.t(338, H - 117 - 11 * i, a, 7.5, i in (0, 7)); doc.t(565, H - 117 - 11 * i, b, 7.5, i in (0, 7), "r")
    doc.t(40, H - 140, "Payment Due Date: 07/09/25", 8, True)
    doc.t(40, H - 151, "Minimum Payment Due: $%s" % fmt(max(D(25), (newb * D("0.02")).quantize(C2))), 8)
    doc.t(40, H - 170, "Late Payment Warning: If we do not receive your minimum payment", 6.5)
    doc.t(40, H - 178, "by the date listed above, you may have to pay a late fee of up to $40.", 6.5)
    y = H - 240
    doc.t(40, y, "Transactions", 11, True); y -= 16
    X = dict(td=40, pd=92, ref=142, desc=244, a=572)
    doc.t(X["td"], y, "Trans Date", 7.5, True); doc.t(X["pd"], y, "Post Date", 7.5, True); doc.t(X["ref"], y, "Reference Number", 7.5, True)
    doc.t(X["desc"], y, "Transaction Description", 7.5, True); doc.t(X["a"], y, "Amount", 7.5, True, "r")
    doc.c.line(40, y - 3, W - 40, y - 3); y -= 14
    for title, rows, tot in (("Payments and Credits", pays, "TOTAL PAYMENTS AND CREDITS FOR THIS PERIOD"),
                             ("Purchases", buys, "TOTAL PURCHASES FOR THIS PERIOD"),
                             ("Fees", fees, "TOTAL FEES FOR THIS PERIOD"),
                             ("Interest Charged", interest, "TOTAL INTEREST FOR THIS PERIOD")):
        if not rows and title == "Fees" and not fx:
            continue
        doc.t(X["desc"], y, title, 8, True); y -= 12
        for t in rows:
            doc.t(X["td"], y, t["date"].strftime("%m/%d"), 8); doc.t(X["pd"], y, t["post"].strftime("%m/%d"), 8)
            doc.t(X["ref"], y, t["ref"], 8); doc.t(X["desc"], y, t["desc_lines"][0], 8)
            doc.t(X["a"], y, fmt(-t["amount"]), 8, align="r"); y -= 12
        s = -sum((t["amount"] for t in rows), D(0))
        doc.t(X["desc"], y, tot, 7.5, True); doc.t(X["a"], y, usd(s), 7.5, True, "r"); y -= 18
    doc.t(40, y - 6, "2025 Totals Year-to-Date: Total Fees Charged $0.00   Total Interest Charged $0.00", 7.5)
    doc.t(40, 44, "USAA Savings Bank, 3201 Mid Ulster Rd, Pine Grove, NV. Visa is a registered trademark of Visa International Service Association.", 5.5)
    doc.t(40, 36, "Send payments to USAA Savings Bank, PO Box 65020, San Antonio, TX 78265-5020. Questions? Call 1-800-531-8722.", 5.5)
    doc.c.showPage(); doc.c.save()
    write(stem, "il_us_usaa_card", "****4417", "USD", start, end, -prev, -newb, allt)


scb("il_hk_standard_chartered", 1901, 18)
scb("il_hk_standard_chartered__pages", 1902, 40, pages=True)
mbank("il_pl_mbank_card", 1911, 16)
mbank("il_pl_mbank_card__credit", 1912, 10, credit=True)
swed("il_ee_swedbank", 1921, 18)
swed("il_ee_swedbank__pages", 1922, 36, pages=True)
usaa("il_us_usaa_card", 1931, 14)
usaa("il_us_usaa_card__fx", 1932, 12, fx=True)
