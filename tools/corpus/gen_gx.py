#!/usr/bin/python3
"""Generator gx: 6 untuned credit-card layouts x (base + one or two variants), exact truth. Deterministic.

Card truth: the opening and closing balances are negative when owed, purchases negative, payments and credits
positive, no balance per row (none is printed)."""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4, letter
from corpus_kit import C2, Doc, fmt, make_txns, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gx/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)


def flow(path, size, header, footer, items, bottom_y=70, carried=None):
    """items: (height, draw(doc, y)[, cont[, value]]); header(doc, p, np_) -> y. A page break before an item with cont
    (a list of items: the repeated column heading, a "(continued)" title) draws cont first; with carried, a function
    of the page's last item giving a (foot, head) pair of items, the foot closes the page and the head follows cont."""
    dummy = Doc(os.devnull, size)
    pages, cur = [], []
    y = header(dummy, 1, 99)
    for it in items:
        if y - it[0] < bottom_y + (20 if carried else 0) and cur:
            head = None
            if carried:
                foot, head = carried(cur[-1]); cur.append(foot)
            pages.append(cur); cur = []
            y = header(dummy, len(pages) + 1, 99)
            for c in (it[2] if len(it) > 2 and it[2] else []) + ([head] if head else []):
                cur.append(c); y -= c[0]
        cur.append(it); y -= it[0]
    pages.append(cur)
    doc = Doc(path, size)
    np_ = len(pages)
    for pi, pr in enumerate(pages):
        y = header(doc, pi + 1, np_)
        for h, draw, *_ in pr:
            draw(doc, y); y -= h
        footer(doc, pi + 1, np_)
        doc.c.showPage()
    doc.c.save()
    return np_


def item(h, *parts, cont=None, value=None):
    def draw(doc, y):
        for p in parts: p(doc, y)
    return (h, draw, cont, value)


def T(x, s, size=8, bold=False, align="l", dy=0):
    return lambda doc, y: doc.t(x, y - dy, s, size, bold, align)


def rule(x0, x1, dy=-4):
    return lambda doc, y: doc.c.line(x0, y + dy, x1, y + dy)


def desc_parts(x, lines, lh=10, size=8):
    return [T(x, l, size, dy=lh * k) for k, l in enumerate(lines)]


def check(stem, ob, cb, txs):
    assert (D(ob) + sum(t["amount"] for t in txs)).quantize(C2) == D(cb).quantize(C2), stem


def tame(txs, rng, pool, keep=1):
    """make_txns draws a fifth of the rows as credits; a card has one or two refunds: the rest become purchases."""
    k = 0
    for t in txs:
        if t["amount"] > 0:
            k += 1
            if k > keep:
                desc, lo, hi = rng.choice(pool)
                t["desc"] = desc; t["amount"] = -(D(rng.randint(int(lo * 100), int(hi * 100))) / 100)
    return txs


def usd(v):
    return ("-$" + fmt(-v)) if v < 0 else "$" + fmt(v)


# ---------------------------------------------------------------- 1 Synchrony store card (US)
def synchrony(stem, seed, n=20, start=dt.date(2025, 5, 16), end=dt.date(2025, 6, 15), prev=D("612.40"), credit=False):
    rng = random.Random(seed)
    pool = [("LOWE'S #1190 CHARLOTTE NC", 6, 140), ("LOWES.COM #2444 800-445-6937 NC", 25, 320), ("LOWE'S #0417 MATTHEWS NC", 4, 90),
            ("LOWE'S OF HUNTERSVILLE #2587 HUNTERSVILLE NC", 8, 120)]
    cr = [("RETURN LOWE'S #1190 CHARLOTTE NC", 10, 120)]
    txs = tame(make_txns(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=1), n, pool, cr), rng, pool)
    pay = D("50.00") if not credit else prev
    txs.append({"date": start + dt.timedelta(days=12), "desc": "PAYMENT - THANK YOU", "amount": pay})
    if credit:
        txs.append({"date": start + dt.timedelta(days=20), "desc": "RETURN LOWE'S #1190 CHARLOTTE NC", "amount": D("0")})
        buys = -sum(t["amount"] for t in txs if t["amount"] < 0)
        txs[-1]["amount"] = buys + D("35.12") - sum(t["amount"] for t in txs if t["amount"] > 0 and t["desc"].startswith("RETURN"))
    txs.sort(key=lambda t: t["date"])
    interest = D("0") if credit else (prev * D("0.0245")).quantize(C2)
    if interest:
        txs.append({"date": end, "desc": "INTEREST CHARGE ON PURCHASES", "amount": -interest})
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        t["ref"] = "" if t["desc"].startswith("INTEREST") else "%s%07d%s" % (rng.choice("FP"), rng.randint(0, 9999999), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)))
    new = prev - sum(t["amount"] for t in txs)
    pays = sum(t["amount"] for t in txs if t["desc"].startswith("PAYMENT"))
    oth = sum(t["amount"] for t in txs if t["amount"] > 0) - pays
    deb = -sum(t["amount"] for t in txs if t["amount"] < 0 and not t["desc"].startswith("INTEREST"))
    cols = [("Date", 40), ("Reference #", 82), ("Description", 200), ("Amount", 572)]

    def colhead():
        return item(18, *[T(x, t, 7.5, True, "r" if t == "Amount" else "l") for t, x in cols], rule(40, 572))
    cont = [item(16, T(40, "Transaction Detail (Continued)", 9, True)), colhead()]
    items = [item(18, T(40, "Transaction Detail", 10, True)), colhead()]
    for t in txs:
        if t["desc"].startswith("INTEREST"):
            items.append(item(14, T(40, "Interest Charged", 8, True), cont=cont))
        items.append(item(12, T(40, t["date"].strftime("%m/%d")), T(82, t["ref"]), T(200, t["desc"]), T(572, usd(-t["amount"]), align="r"), cont=cont))
    items.append(item(8))
    items.append(item(12, T(200, "Total Fees Charged This Period", 8, True), T(572, "$0.00", 8, True, "r")))
    items.append(item(22, T(200, "Total Interest Charged This Period", 8, True), T(572, usd(interest), 8, True, "r")))
    items.append(item(14, T(40, "2025 Totals Year-to-Date", 9, True)))
    items.append(item(11, T(40, "Total Fees Charged in 2025"), T(300, "$0.00", align="r")))
    items.append(item(20, T(40, "Total Interest Charged in 2025"), T(300, usd(interest * 5), align="r")))
    items.append(item(14, T(40, "Interest Charge Calculation", 9, True)))
    items.append(item(12, T(40, "Type of Balance", 7.5, True), T(300, "Annual Percentage Rate (APR)", 7.5, True, "r"),
                      T(440, "Balance Subject to Interest Rate", 7.5, True, "r"), T(572, "Interest Charge", 7.5, True, "r")))
    items.append(item(11, T(40, "Regular Purchases"), T(300, "29.99% (v)", align="r"), T(440, usd(prev * D("0.98") if not credit else D(0)), align="r"), T(572, usd(interest), align="r")))
    items.append(item(11, T(40, "Promotional Purchases"), T(300, "0.00%", align="r"), T(440, "$0.00", align="r"), T(572, "$0.00", align="r")))
    items.append(item(11, T(40, "(v) = Variable Rate. Days in Billing Cycle: %d" % ((end - start).days + 1), 6.5)))

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 40, "LOWE'S", 18, True); doc.t(124, H - 40, "Advantage Card", 10)
        doc.t(40, H - 52, "Issued by Synchrony Bank", 7)
        doc.t(572, H - 40, "Account Number ending in 4821", 8, False, "r")
        doc.t(572, H - 50, "Page %d of %d" % (p, np_), 7.5, False, "r")
        if p > 1:
            doc.t(40, H - 70, "DANIEL K MORRISON   Statement Closing Date %s" % end.strftime("%m/%d/%Y"), 7.5)
            return H - 95
        for i, l in enumerate(["DANIEL K MORRISON", "4127 SHARON VIEW RD", "CHARLOTTE NC 28226-7714"]):
            doc.t(40, H - 80 - 10 * i, l, 8)
        doc.c.rect(40, H - 280, 265, 165)
        doc.t(48, H - 128, "Account Summary", 9, True)
        mp = D("0.00") if new <= 0 else max(D("29.00"), (new * D("0.03")).quantize(D("1")))
        S = [("Previous Balance", usd(prev)), ("- Payments", usd(-pays)), ("- Other Credits", usd(-oth)), ("+ Purchases/Other Debits", usd(deb)),
             ("+ Fees Charged", "$0.00"), ("+ Interest Charged", usd(interest)), ("= New Balance", usd(new)), ("Credit Limit", "$15,000.00"),
             ("Available Credit", usd(D("15000") - max(new, D(0)))), ("Statement Closing Date", end.strftime("%m/%d/%Y")),
             ("Days in Billing Cycle", str((end - start).days + 1))]
        for i, (a, b) in enumerate(S):
            doc.t(48, H - 142 - 11.5 * i, a, 7.5, a.startswith("=")); doc.t(297, H - 142 - 11.5 * i, b, 7.5, a.startswith("="), "r")
        doc.c.rect(320, H - 180, 252, 65)
        doc.t(328, H - 128, "Payment Information", 9, True)
        for i, (a, b) in enumerate([("New Balance", usd(new)), ("Total Minimum Payment Due", usd(mp)),
                                    ("Payment Due Date", (end + dt.timedelta(days=27)).strftime("%m/%d/%Y"))]):
            doc.t(328, H - 142 - 12 * i, a, 8); doc.t(564, H - 142 - 12 * i, b, 8, False, "r")
        doc.c.rect(320, H - 280, 252, 92)
        doc.t(328, H - 200, "Minimum Payment Warning: If you make only the minimum", 6.5, True)
        doc.t(328, H - 209, "payment each period, you will pay more in interest and it", 6.5)
        doc.t(328, H - 218, "will take you longer to pay off your balance.", 6.5)
        doc.t(328, H - 232, "If you make no additional charges", 6.5, True); doc.t(445, H - 232, "You will pay off", 6.5, True); doc.t(564, H - 232, "And you will", 6.5, True, "r")
        doc.t(328, H - 242, "and each month you pay...", 6.5); doc.t(445, H - 242, "the balance in...", 6.5); doc.t(564, H - 242, "end up paying", 6.5, False, "r")
        doc.t(328, H - 254, "Only the minimum payment", 6.5); doc.t(445, H - 254, "3 years", 6.5); doc.t(564, H - 254, usd(max(new, D(0)) * D("1.4")), 6.5, False, "r")
        doc.t(328, H - 266, "Call 1-866-232-9105 for credit counseling information.", 6)
        return H - 300

    def footer(doc, p, np_):
        doc.t(40, 42, "Send payments to: Lowe's/Synchrony Bank, P.O. Box 669807, Dallas, TX 75266-0784. Customer Service 1-800-444-1408. mysynchrony.com", 6)
        doc.t(40, 34, "Synchrony Bank is the creditor of your account. Report lost or stolen cards immediately. NOTICE: See reverse side for important information.", 6)

    flow(os.path.join(OUT, stem + ".pdf"), letter, header, footer, items)
    check(stem, -prev, -new, txs)
    write_truth(stem, "GX_us_synchrony", "****4821", "USD", start, end, -prev, txs, False, cb=-new)


# ---------------------------------------------------------------- 2 Barclays View Mastercard (US): card member sections
def barclays(stem, seed, start=dt.date(2025, 5, 15), end=dt.date(2025, 6, 13), prev=D("1486.92"), n1=12, n2=6):
    rng = random.Random(seed)
    pool = [("STARBUCKS STORE 12345 SEATTLE WA", 3, 14), ("AMAZON.COM*RT4KL21 AMZN.COM/BILLWA", 9, 160), ("SHELL OIL 57444432100 WILMINGTON DE", 25, 70),
            ("ACME MARKETS #7842 WILMINGTON DE", 15, 190), ("JETBLUE 2792154829210 SALT LAKE CTYUT", 120, 480), ("NETFLIX.COM LOS GATOS CA", 15.49, 15.49),
            ("WAWA 8144 NEWARK DE", 4, 40), ("HULU 877-8244858 CA", 7.99, 7.99)]
    def member(k, nn):
        ts = tame(make_txns(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=1), nn, pool, [("AMAZON.COM*RT4KL21 AMZN.COM/BILLWA", 9, 60)]), rng, pool)
        for t in ts:
            t["post"] = t["date"] + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
            if t["post"] > end: t["post"] = end
            t["pts"] = str(int(abs(t["amount"]))) if t["amount"] < 0 else "0"
        return ts
    m1, m2 = member(1, n1), member(2, n2)
    pay = {"date": start + dt.timedelta(days=10), "post": start + dt.timedelta(days=10), "desc": "Payment Received   BANK OF AMER", "amount": prev, "pts": "N/A"}
    interest = (D("412.18") * D("0.0221")).quantize(C2)
    intr = {"date": end, "post": end, "desc": "Interest Charge on Purchases", "amount": -interest, "pts": ""}
    for t in m1 + m2 + [pay, intr]:
        t["desc_lines"] = [t["desc"]]
    txs = [pay] + m1 + m2 + [intr]
    new = prev - sum(t["amount"] for t in txs)
    md = lambda d: d.strftime("%b %d")
    X = {"td": 40, "pd": 92, "desc": 146, "pts": 470, "amt": 572}

    def colhead():
        return item(18, T(40, "Transaction", 7, True), T(40, "Date", 7, True, dy=8), T(92, "Posting", 7, True), T(92, "Date", 7, True, dy=8),
                    T(146, "Description", 7.5, True), T(470, "Points", 7, True, "r"), T(470, "Earned", 7, True, "r", dy=8), T(572, "Amount", 7.5, True, "r"),
                    rule(40, 572, -12))
    cont = [item(16, T(40, "Transactions (continued)", 9, True)), item(4), colhead(), item(6)]

    def row(t):
        return item(12, T(X["td"], md(t["date"])), T(X["pd"], md(t["post"])), T(X["desc"], t["desc"]), T(X["pts"], t["pts"], align="r"),
                    T(X["amt"], usd(-t["amount"]), align="r"), cont=cont)

    def total(label, v):
        return item(16, T(330, label, 8, True), T(572, usd(v), 8, True, "r"), rule(330, 572, 9), cont=cont)
    items = [item(18, T(40, "Transactions", 11, True)), colhead(), item(8)]
    items.append(item(14, T(40, "Payments", 8.5, True), cont=cont)); items.append(row(pay))
    items.append(total("Total Payments for this Period", -prev))
    for name, num, ms in (("MEGAN R COLLINS", "#5512", m1), ("THOMAS J COLLINS", "#9904", m2)):
        items.append(item(16, T(40, "%s %s: Transactions" % (name, num), 9, True), cont=cont))
        items.append(item(14, T(40, "Purchases", 8.5, True), cont=cont))
        for t in ms: items.append(row(t))
        items.append(total("Total Purchases for this Period", -sum(t["amount"] for t in ms)))
    items.append(item(14, T(40, "Fees Charged", 8.5, True), cont=cont))
    items.append(total("Total Fees Charged for this Period", D("0")))
    items.append(item(14, T(40, "Interest Charged", 8.5, True), cont=cont)); items.append(row(intr))
    items.append(total("Total Interest Charged for this Period", interest))
    items.append(item(20))
    items.append(item(14, T(40, "Year-to-Date Totals", 9, True)))
    items.append(item(11, T(40, "Total fees charged in 2025"), T(300, "$0.00", align="r")))
    items.append(item(11, T(40, "Total interest charged in 2025"), T(300, usd(interest * 4 + D("3.07")), align="r")))

    buys = -sum(t["amount"] for t in m1 + m2)
    refunds = sum(t["amount"] for t in m1 + m2 if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 40, "BARCLAYS", 18, True); doc.t(150, H - 40, "View Mastercard®", 10)
        doc.t(572, H - 40, "Statement Period %s - %s" % (start.strftime("%m/%d/%y"), end.strftime("%m/%d/%y")), 8, False, "r")
        doc.t(572, H - 50, "Account Ending 5512", 8, False, "r")
        doc.t(572, H - 60, "Page %d of %d" % (p, np_), 7.5, False, "r")
        if p > 1:
            doc.t(40, H - 70, "MEGAN R COLLINS", 8)
            return H - 95
        for i, l in enumerate(["MEGAN R COLLINS", "22 BRANDYWINE BLVD", "WILMINGTON DE 19809-2231"]):
            doc.t(40, H - 80 - 10 * i, l, 8)
        doc.c.rect(40, H - 290, 270, 170)
        doc.t(48, H - 134, "Account Summary", 9, True)
        S = [("Previous Balance as of %s" % (start - dt.timedelta(days=1)).strftime("%m/%d/%y"), usd(prev)), ("Payments", "-" + usd(prev)),
             ("Other Credits", "-" + usd(refunds)), ("Purchases", "+" + usd(buys + refunds)), ("Balance Transfers", "+$0.00"), ("Cash Advances", "+$0.00"),
             ("Fees Charged", "+$0.00"), ("Interest Charged", "+" + usd(interest)), ("New Balance as of %s" % end.strftime("%m/%d/%y"), usd(new)),
             ("Credit Line", "$7,500"), ("Available Credit", usd(D("7500") - new)), ("Cash Advance Credit Line", "$1,500")]
        for i, (a, b) in enumerate(S):
            bold = a.startswith("New Balance")
            doc.t(48, H - 148 - 11.5 * i, a, 7.5, bold); doc.t(302, H - 148 - 11.5 * i, b, 7.5, bold, "r")
        doc.c.rect(325, H - 200, 247, 80)
        doc.t(333, H - 134, "Payment Information", 9, True)
        for i, (a, b) in enumerate([("New Balance", usd(new)), ("Minimum Payment Due", usd(max(D("35.00"), (new * D("0.02")).quantize(C2)))),
                                    ("Payment Due Date", (end + dt.timedelta(days=25)).strftime("%m/%d/%y"))]):
            doc.t(333, H - 150 - 12 * i, a, 8); doc.t(564, H - 150 - 12 * i, b, 8, False, "r")
        doc.t(333, H - 192, "Late Payment Warning: a late fee of up to $41 may apply.", 6)
        doc.c.rect(325, H - 290, 247, 80)
        doc.t(333, H - 222, "Rewards Summary", 9, True)
        pts = sum(int(t["pts"]) for t in m1 + m2 if t["pts"].isdigit())
        for i, (a, b) in enumerate([("Previous points balance", "18,204"), ("Points earned on purchases", "{:,}".format(pts)),
                                    ("Total points available for redemption", "{:,}".format(18204 + pts))]):
            doc.t(333, H - 238 - 12 * i, a, 7.5); doc.t(564, H - 238 - 12 * i, b, 7.5, False, "r")
        return H - 312

    def footer(doc, p, np_):
        doc.t(40, 42, "Barclays Bank Delaware, P.O. Box 8801, Wilmington, DE 19899-8801. Questions? Call 1-877-523-0478 or visit BarclaysUS.com.", 6)
        doc.t(40, 34, "Mastercard and the circles design are registered trademarks of Mastercard International Incorporated.", 6)

    flow(os.path.join(OUT, stem + ".pdf"), letter, header, footer, items)
    check(stem, -prev, -new, txs)
    write_truth(stem, "GX_us_barclays_view", "****5512", "USD", start, end, -prev, txs, False, cb=-new)


# ---------------------------------------------------------------- 3 DKB Visa (Germany): Belegdatum / Buchungsdatum, trailing +/-
def de(v):
    v = D(v)
    return fmt(abs(v), ".", ",") + ("-" if v < 0 else "+")


def dkb(stem, seed, n=18, start=dt.date(2024, 4, 23), end=dt.date(2024, 5, 22), ob=D("-312.45"), fx=False, guthaben=False, pages=False):
    rng = random.Random(seed)
    pool = [("REWE Markt GmbH-Zw BERLIN", 4, 90), ("Amazon.de*2K4LM71Q5 AMAZON.DE", 8, 120), ("DB Vertrieb GmbH FRANKFURT", 19, 149),
            ("LIDL SAGT DANKE BERLIN", 5, 60), ("Shell Deutschland 4711 POTSDAM", 30, 85), ("SPOTIFY P1A2B3C4D5 STOCKHOLM", 10.99, 10.99),
            ("dm-drogerie markt BERLIN", 4, 45), ("PAYPAL *EBAY DE 4029357733", 6, 90)]
    cr = [("Gutschrift Amazon.de AMAZON.DE", 8, 60)]
    if guthaben:
        ob = D("428.10"); n = 7
    txs = tame(make_txns(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=2), n, pool, cr), rng, pool)
    for t in txs: t["lines"] = [t["desc"]]
    if fx:
        fxm = [("AMAZON.COM AMZN.COM/BILL WA", "USD", D("1.083200")), ("HOTEL ARTS BARCELONA", "EUR", None),
               ("UBER *TRIP HELP.UBER.COM", "USD", D("1.079450")), ("TESCO STORES 3421 LONDON", "GBP", D("0.853100"))]
        k, extra = 0, []
        for t in txs:
            if t["amount"] < 0 and k < len(fxm) and rng.random() < 0.5:
                m, c, rate = fxm[k]; k += 1
                if rate is None: continue
                famt = D(rng.randint(900, 25000)) / 100
                eur = (famt / rate).quantize(C2)
                t["desc"] = m; t["amount"] = -eur
                t["lines"] = [m, "%s %s Kurs %s" % (c, fmt(famt, ".", ","), fmt(rate, ".", ",", nd=6))]
                fee = (eur * D("0.0175")).quantize(C2)
                extra.append({"date": t["date"], "desc": "1,75% für Währungsumrechnung", "lines": ["1,75% für Währungsumrechnung"], "amount": -fee, "book": None})
        assert len(extra) >= 2, len(extra)
        txs += extra
        txs.sort(key=lambda t: (t["date"], t["desc"].startswith("1,75")))
    for t in txs:
        t["book"] = t["date"] + dt.timedelta(days=rng.choice([1, 1, 2, 3]))
    pay = -ob if ob < 0 else None
    if pay:
        txs.append({"date": start + dt.timedelta(days=2), "book": start + dt.timedelta(days=2), "desc": "Ausgleich Kreditkarte gem. Abrechnung v. %s" % (start - dt.timedelta(days=1)).strftime("%d.%m.%y"),
                    "amount": pay})
        txs[-1]["lines"] = [txs[-1]["desc"]]
    txs.sort(key=lambda t: (t["book"], t["date"]))
    for t in txs: t["desc_lines"] = t["lines"]
    cb = ob + sum(t["amount"] for t in txs)
    X = {"bd": 40, "bu": 100, "u": 165, "b": 555}
    dd = lambda d: d.strftime("%d.%m.%y")

    def colhead():
        return item(18, T(40, "Belegdatum", 7.5, True), T(100, "Buchungsdatum", 7.5, True), T(165, "Umsatz", 7.5, True),
                    T(555, "Betrag in EUR", 7.5, True, "r"), rule(40, 555))
    items = [item(18, T(40, "Ihre Abrechnung vom %s" % end.strftime("%d.%m.%Y"), 10, True)), colhead(),
             item(14, T(165, "Saldo letzte Abrechnung", 8, True), T(555, de(ob), 8, True, "r"))]
    run = ob
    for t in txs:
        run += t["amount"]
        parts = [T(40, dd(t["date"])), T(100, dd(t["book"])), T(555, de(t["amount"]), align="r")] + desc_parts(165, t["lines"])
        items.append(item(10 * len(t["lines"]) + 3, *parts, cont=[colhead()], value=run))

    def carried(last):
        # the saldo reached, carried to the next page ("Übertrag") at the page's foot and head
        v = last[3]
        return (item(16, rule(400, 555, 9), T(165, "Übertrag", 8, True), T(555, de(v), 8, True, "r")),
                item(14, T(165, "Übertrag", 8, True), T(555, de(v), 8, True, "r")))
    items.append(item(18, rule(400, 555, 9), T(165, "Neuer Saldo", 8, True), T(555, de(cb), 8, True, "r")))
    items.append(item(12))
    items.append(item(11, T(40, "Der Saldo wird am %s mit Ihrem DKB-Girokonto DE12 1203 0000 1020 3344 55 verrechnet." % (end + dt.timedelta(days=3)).strftime("%d.%m.%Y"), 7)))
    items.append(item(11, T(40, "Bitte prüfen Sie diese Abrechnung. Einwendungen sind innerhalb von sechs Wochen nach Zugang zu erheben.", 7)))
    items.append(item(11, T(40, "Ihr Verfügungsrahmen: 2.500,00 EUR   Sollzinssatz: 7,90 % p.a.   Guthabenzins: 0,00 % p.a.", 7)))

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "DKB", 22, True); doc.t(95, H - 45, "Das kann Bank", 9)
        doc.t(555, H - 40, "Kreditkartenabrechnung", 11, True, "r")
        doc.t(555, H - 53, "Seite %d von %d" % (p, np_), 8, False, "r")
        if p > 1:
            doc.t(40, H - 68, "DKB Visa Card   Kartennummer 4930 **** **** 7316   Abrechnung vom %s" % end.strftime("%d.%m.%Y"), 7.5)
            return H - 92
        doc.t(40, H - 66, "DKB AG · Postfach 12 02 30 · 10592 Berlin", 6)
        for i, l in enumerate(["Frau", "Katharina Neumann", "Boxhagener Str. 58", "10245 Berlin"]):
            doc.t(40, H - 80 - 11 * i, l, 8.5)
        R = [("Kartenart", "DKB Visa Card"), ("Kartennummer", "4930 **** **** 7316"), ("Karteninhaberin", "Katharina Neumann"),
             ("Abrechnungsdatum", end.strftime("%d.%m.%Y")), ("Abrechnungszeitraum", "%s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y"))),
             ("Währung", "EUR")]
        for i, (a, b) in enumerate(R):
            doc.t(330, H - 80 - 11 * i, a, 7.5); doc.t(555, H - 80 - 11 * i, b, 7.5, False, "r")
        return H - 165

    def footer(doc, p, np_):
        doc.t(40, 34, "DKB AG · Taubenstraße 7-9 · 10117 Berlin · Sitz: Berlin · AG Charlottenburg HRB 34165 B · www.dkb.de", 5.5)
        doc.t(40, 26, "Vorstand: Stefan Unterlandstättner (Vorsitzender), Jan Walther, Tilo Hacke, Arnulf Keese, Martina Ruschmeier", 5.5)

    flow(os.path.join(OUT, stem + ".pdf"), A4, header, footer, items, carried=(carried if pages else None))
    check(stem, ob, cb, txs)
    write_truth(stem, "GX_de_dkb_visa", "****7316", "EUR", start, end, ob, txs, False, cb=cb)


# ---------------------------------------------------------------- 4 M&S Credit Card (UK): CR credits, Balance from previous statement
def gbp(v):
    return fmt(abs(v)) + (" CR" if v > 0 else "")


def mands(stem, seed, n=20, start=dt.date(2025, 5, 15), end=dt.date(2025, 6, 14), prev=D("812.34"), long=False):
    """prev: the balance owed at the last statement; negative when it was in credit (printed "45.20 CR")."""
    rng = random.Random(seed)
    pool = [("M&S SIMPLY FOOD - 1402 LONDON", 4, 60), ("SAINSBURYS S/MKTS LONDON", 8, 95), ("TFL TRAVEL CH TFL.GOV.UK/CP", 2.8, 12.6),
            ("MARKS & SPENCER PLC 0120 KINGSTON UPON THAMES", 15, 180), ("BOOTS 1183 KINGSTON UPON THAMES", 3, 40), ("NETFLIX.COM 866-579-7172", 10.99, 10.99),
            ("THE COFFEE HOUSE SURBITON", 3, 9), ("AMAZON* 2R4LK71Q5 AMAZON.CO.UK", 6, 110)]
    if long:
        pool += [("PAYPAL *SUNNYSIDE GARDEN CENTRE LTD SURBITON ORDER 88214 DELIVERY AND PLANTING SERVICE", 40, 220),
                 ("BRITISH AIRWAYS 1252184776321 LONDON HEATHROW PASSENGER ALLEN/JMS MR RETURN LHR-EDI ECONOMY", 90, 380)]
    cr = [("REFUND MARKS & SPENCER PLC 0120 KINGSTON", 10, 60)]
    txs = tame(make_txns(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=1), n, pool, cr), rng, pool)
    if prev > 0:
        txs.append({"date": start + dt.timedelta(days=11), "desc": "PAYMENT RECEIVED - THANK YOU", "amount": prev})
    txs.sort(key=lambda t: t["date"])
    for t in txs: t["desc_lines"] = wrap(t["desc"], 52)
    new = prev - sum(t["amount"] for t in txs)
    dm = lambda d: d.strftime("%d %b")

    def colhead():
        return item(18, T(40, "Date", 7.5, True), T(100, "Description", 7.5, True), T(555, "Amount £", 7.5, True, "r"), rule(40, 555))
    items = [item(18, T(40, "Your transactions", 10, True)), colhead(),
             item(14, T(100, "Balance from previous statement"), T(555, gbp(-prev), align="r"))]
    for t in txs:
        parts = [T(40, dm(t["date"])), T(555, gbp(t["amount"]), align="r")] + desc_parts(100, t["desc_lines"])
        items.append(item(10 * len(t["desc_lines"]) + 3, *parts, cont=[item(16, T(40, "Your transactions continued", 9, True)), colhead()]))
    items.append(item(18, T(100, "New balance", 8, True), T(555, gbp(-new), 8, True, "r"), rule(40, 555, 9)))
    items.append(item(12))
    items.append(item(14, T(40, "Interest rates", 9, True)))
    items.append(item(11, T(40, "Purchases 24.9% p.a. (variable)   Cash 29.9% p.a. (variable)   Balance transfers 0.0% until 01 Mar 2026", 7)))
    items.append(item(11, T(40, "Estimated interest next month if you pay only the minimum: £%s" % fmt(max(new, D(0)) * D("0.019")), 7)))

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "M&S", 22, True); doc.t(100, H - 45, "BANK", 12)
        doc.t(555, H - 40, "Your M&S Credit Card statement", 11, True, "r")
        doc.t(555, H - 53, "Page %d of %d" % (p, np_), 8, False, "r")
        if p > 1:
            doc.t(40, H - 68, "Mr J Allen   Card number ending 4492   Statement date %s" % end.strftime("%d %B %Y"), 7.5)
            return H - 92
        for i, l in enumerate(["Mr James Allen", "14 Maple Crescent", "Surbiton", "KT6 4HR"]):
            doc.t(40, H - 75 - 11 * i, l, 8.5)
        doc.t(330, H - 75, "Card number  5434 **** **** 4492", 8)
        doc.t(330, H - 86, "Statement date  %s" % end.strftime("%d %B %Y"), 8)
        doc.t(330, H - 97, "Statement period  %s to %s" % (start.strftime("%d %B %Y"), end.strftime("%d %B %Y")), 8)
        doc.c.rect(40, H - 240, 515, 95)
        doc.t(48, H - 160, "Your account summary", 9, True)
        buys = -sum(t["amount"] for t in txs if t["amount"] < 0); crs = sum(t["amount"] for t in txs if t["amount"] > 0)
        S = [("Balance from previous statement", "£" + gbp(-prev)), ("Payments and credits", "£" + fmt(crs)), ("New spending", "£" + fmt(buys)),
             ("Interest and charges", "£0.00"), ("New balance", "£" + gbp(-new))]
        for i, (a, b) in enumerate(S):
            doc.t(48, H - 175 - 12 * i, a, 8, a == "New balance"); doc.t(290, H - 175 - 12 * i, b, 8, a == "New balance", "r")
        P = [("Minimum payment", "£" + fmt(max(D("25.00"), (new * D("0.03")).quantize(C2)))), ("Payment due by", (end + dt.timedelta(days=25)).strftime("%d %B %Y")),
             ("Credit limit", "£4,500.00"), ("Available to spend", "£" + fmt(D("4500") - new)), ("M&S points earned", str(int(-sum(t["amount"] for t in txs if t["amount"] < 0))))]
        for i, (a, b) in enumerate(P):
            doc.t(320, H - 175 - 12 * i, a, 8); doc.t(547, H - 175 - 12 * i, b, 8, False, "r")
        return H - 262

    def footer(doc, p, np_):
        doc.t(40, 34, "M&S Bank is a trading name of Marks & Spencer Financial Services plc. Registered in England No. 1772585. Registered office: Kings Meadow, Chester, CH99 9FB.", 5.5)
        doc.t(40, 26, "Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the PRA. Calls may be recorded.", 5.5)

    flow(os.path.join(OUT, stem + ".pdf"), A4, header, footer, items)
    check(stem, -prev, -new, txs)
    write_truth(stem, "GX_uk_mands_card", "****4492", "GBP", start, end, -prev, txs, False, cb=-new)


# ---------------------------------------------------------------- 5 Bradesco cartão (Brazil): Data / Histórico / US$ / R$
def brl(v):
    v = D(v)
    return fmt(abs(v), ".", ",") + ("-" if v > 0 else "")


def bradesco(stem, seed, n=16, start=dt.date(2025, 5, 28), end=dt.date(2025, 6, 27), prev=D("1876.43"), fx=False, adicional=False):
    rng = random.Random(seed)
    pool = [("PAO DE ACUCAR 1234 SAO PAULO", 15, 320), ("UBER *TRIP SAO PAULO", 9, 48), ("POSTO SHELL VL MARIANA", 80, 260),
            ("IFOOD *RESTAURANTE SAO PAULO", 25, 120), ("DROGASIL 0412 SAO PAULO", 12, 140), ("NETFLIX.COM SAO PAULO", 39.90, 39.90),
            ("MERCADOLIVRE*LOJAOFICIAL OSASCO", 30, 400)]
    txs = tame(make_txns(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=1), n, pool, [("ESTORNO MERCADOLIVRE*LOJAOFICIAL", 30, 90)]), rng, pool)
    for t in txs: t["usd"] = ""
    for (m, tot, nq, k) in [("MAGAZINE LUIZA SAO PAULO", D("2399.00"), 10, 2), ("CASAS BAHIA SAO PAULO", D("1259.40"), 6, 5)]:
        vq = (tot / nq).quantize(C2)
        d = start - dt.timedelta(days=30 * (k - 1)) + dt.timedelta(days=rng.randint(2, 20))
        txs.append({"date": d, "desc": "%s %02d/%02d" % (m, k, nq), "amount": -vq, "usd": ""})
    txs.append({"date": start + dt.timedelta(days=13), "desc": "PAGAMENTO RECEBIDO", "amount": prev, "usd": ""})
    if fx:
        rate = D("5.6832")
        iof = D("0")
        for m in ["AMAZON.COM SEATTLE", "AIRBNB * HMQ2KX9 SAN FRANCISCO", "APPLE.COM/BILL CUPERTINO"]:
            u = D(rng.randint(900, 18000)) / 100
            r = (u * rate).quantize(C2)
            d = start + dt.timedelta(days=rng.randint(2, 25))
            txs.append({"date": d, "desc": m, "amount": -r, "usd": fmt(u, ".", ",")})
            iof += (r * D("0.0338")).quantize(C2)
        txs.append({"date": end - dt.timedelta(days=1), "desc": "IOF DESPESA NO EXTERIOR", "amount": -iof, "usd": ""})
    txs.sort(key=lambda t: t["date"])
    for t in txs: t["desc_lines"] = [t["desc"]]
    new = prev - sum(t["amount"] for t in txs)
    dm = lambda d: d.strftime("%d/%m")
    X = {"d": 40, "h": 95, "u": 440, "r": 555}

    def colhead():
        return item(18, T(40, "Data", 7.5, True), T(95, "Histórico", 7.5, True), T(440, "US$", 7.5, True, "r"), T(555, "R$", 7.5, True, "r"), rule(40, 555))
    cont = [item(16, T(40, "Lançamentos (continuação)", 9, True)), colhead()]
    items = [item(18, T(40, "Lançamentos", 10, True)), colhead(),
             item(14, T(95, "Total da fatura anterior"), T(555, fmt(prev, ".", ","), align="r"))]
    pays = [t for t in txs if t["amount"] > 0 and t["desc"].startswith("PAGAMENTO")]
    rest = [t for t in txs if t not in pays]
    for t in pays:
        items.append(item(12, T(40, dm(t["date"])), T(95, t["desc"]), T(555, brl(t["amount"]), align="r")))
    holders = [("ANA PAULA FERREIRA", "2290", rest)]
    if adicional:
        # the additional card's purchases, under its holder's own title and subtotal
        second = [t for k, t in enumerate(rest) if k % 3 == 1 and "/" not in t["desc"]]
        holders = [("ANA PAULA FERREIRA", "2290", [t for t in rest if t not in second]), ("JOSE CARLOS FERREIRA", "8812", second)]
    for name, last4, rows in holders:
        items.append(item(16, T(95, "%s   Cartão 4551 XXXX XXXX %s" % (name, last4), 8, True)))
        for t in rows:
            items.append(item(12, T(40, dm(t["date"])), T(95, t["desc"]), T(440, t["usd"], align="r"), T(555, brl(t["amount"]), align="r"), cont=cont))
        sub = -sum(t["amount"] for t in rows)
        items.append(item(18, T(95, "Total para %s" % name, 8, True), T(555, fmt(sub, ".", ","), 8, True, "r"), rule(300, 555, 9)))
    items.append(item(16, T(95, "Total da fatura", 8.5, True), T(555, fmt(new, ".", ","), 8.5, True, "r")))
    if fx:
        items.append(item(12, T(40, "Cotação do dólar em %s: R$ 5,6832. Valores em US$ convertidos na data do fechamento." % end.strftime("%d/%m/%Y"), 7)))
    items.append(item(10))
    items.append(item(11, T(40, "Encargos para o próximo período: rotativo 13,99% a.m. (CET 412,39% a.a.); parcelamento da fatura 8,99% a.m.", 7)))
    items.append(item(11, T(40, "Próximas faturas: MAGAZINE LUIZA 03/10 239,90   CASAS BAHIA 06/06 209,90", 7)))

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Bradesco", 20, True); doc.t(150, H - 45, "Cartões", 11)
        doc.t(555, H - 40, "Fatura Mensal", 11, True, "r")
        doc.t(555, H - 53, "Página %d de %d" % (p, np_), 8, False, "r")
        if p > 1:
            doc.t(40, H - 68, "Visa Platinum   Cartão 4551 XXXX XXXX 2290   Vencimento %s" % (end + dt.timedelta(days=13)).strftime("%d/%m/%Y"), 7.5)
            return H - 92
        for i, l in enumerate(["ANA PAULA FERREIRA", "RUA DOMINGOS DE MORAIS 2187 AP 54", "VILA MARIANA", "04036-000 SAO PAULO SP"]):
            doc.t(40, H - 75 - 11 * i, l, 8.5)
        doc.c.rect(330, H - 150, 225, 90)
        S = [("Cartão Visa Platinum", "4551 XXXX XXXX 2290"), ("Vencimento", (end + dt.timedelta(days=13)).strftime("%d/%m/%Y")),
             ("Total desta fatura", "R$ " + fmt(new, ".", ",")), ("Pagamento mínimo", "R$ " + fmt((new * D("0.15")).quantize(C2), ".", ",")),
             ("Limite total", "R$ 12.000,00"), ("Melhor data de compra", (end + dt.timedelta(days=1)).strftime("%d/%m"))]
        for i, (a, b) in enumerate(S):
            doc.t(338, H - 74 - 12 * i, a, 7.5, i == 2); doc.t(547, H - 74 - 12 * i, b, 7.5, i == 2, "r")
        doc.c.rect(40, H - 225, 515, 62)
        doc.t(48, H - 176, "Resumo da fatura   Período de %s a %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8.5, True)
        crs = sum(t["amount"] for t in txs if t["amount"] > 0); deb = -sum(t["amount"] for t in txs if t["amount"] < 0)
        R = [("Total da fatura anterior", fmt(prev, ".", ",")), ("(-) Pagamentos/Créditos", fmt(crs, ".", ",")),
             ("(+) Compras/Débitos", fmt(deb, ".", ",")), ("(=) Total desta fatura", fmt(new, ".", ","))]
        for i, (a, b) in enumerate(R):
            doc.t(48 + 128 * i, H - 192, a, 7); doc.t(48 + 128 * i, H - 205, b, 8, True)
        return H - 250

    def footer(doc, p, np_):
        doc.t(40, 34, "Banco Bradesco Cartões S.A. CNPJ 59.438.325/0001-01. Cidade de Deus, s/n, Vila Yara, Osasco - SP. SAC 0800 727 9988. Ouvidoria 0800 727 9933.", 5.5)
        doc.t(40, 26, "Central de Atendimento: 4002 0022 (capitais) / 0800 570 0022 (demais localidades). bradescocartoes.com.br", 5.5)

    flow(os.path.join(OUT, stem + ".pdf"), A4, header, footer, items)
    check(stem, -prev, -new, txs)
    write_truth(stem, "GX_br_bradesco_card", "****2290", "BRL", start, end, -prev, txs, False, cb=-new)


# ---------------------------------------------------------------- 6 Qantas Money (Australia): Opening/Closing balance rows, CR credits
def aud(v):
    return "$" + fmt(abs(v)) + (" CR" if v > 0 else "")


def qantas(stem, seed, n=20, start=dt.date(2025, 5, 8), end=dt.date(2025, 6, 7), prev=D("1642.18"), credit=False, fx=False):
    rng = random.Random(seed)
    pool = [("WOOLWORTHS 3344 SURRY HILLS NSW", 12, 220), ("COLES 0742 BONDI JUNCTION NSW", 8, 180), ("QANTAS AIRWAYS LTD MASCOT", 180, 900),
            ("UBER *TRIP SYDNEY", 9, 48), ("BP CONNECT RANDWICK NSW", 40, 110), ("JB HI-FI BROADWAY NSW", 25, 600), ("NETFLIX.COM MELBOURNE", 18.99, 18.99),
            ("OPAL TRANSPORT SYDNEY", 3.2, 50)]
    txs = tame(make_txns(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=1), n, pool, [("REFUND JB HI-FI BROADWAY NSW", 20, 150)]), rng, pool)
    for t in txs: t["desc_lines"] = [t["desc"]]
    pay = prev + (D("2500.00") if credit else D("0"))
    txs.append({"date": start + dt.timedelta(days=14), "desc": "PAYMENT - THANK YOU", "amount": pay, "desc_lines": ["PAYMENT - THANK YOU"]})
    if fx:
        extra = []
        for m, c, u in [("HOTEL NIKKO SAN FRANCISCO CA", "USD", D("0.6452")), ("LOUVRE MUSEE PARIS", "EUR", D("0.5931")),
                        ("SEPHORA NEW YORK NY", "USD", D("0.6471"))]:
            f = D(rng.randint(2000, 40000)) / 100
            a = (f / u).quantize(C2)
            d = start + dt.timedelta(days=rng.randint(3, 25))
            extra.append({"date": d, "desc": m, "amount": -a, "desc_lines": [m, "%s %s" % (fmt(f), c)]})
            fee = (a * D("0.03")).quantize(C2)
            extra.append({"date": d, "desc": "INTERNATIONAL TRANSACTION FEE", "amount": -fee, "desc_lines": ["INTERNATIONAL TRANSACTION FEE"]})
        txs += extra
    txs.sort(key=lambda t: t["date"])
    new = prev - sum(t["amount"] for t in txs)
    dm = lambda d: d.strftime("%d %b %y")

    def colhead():
        return item(18, T(40, "Date", 7.5, True), T(100, "Transaction details", 7.5, True), T(555, "Amount", 7.5, True, "r"), rule(40, 555))
    cont = [colhead()]
    items = [item(18, T(40, "Transactions", 10, True)), colhead(),
             item(14, T(40, dm(start)), T(100, "Opening balance", 8, True), T(555, aud(-prev), 8, True, "r"))]
    for t in txs:
        parts = [T(40, dm(t["date"])), T(555, aud(t["amount"]), align="r")] + desc_parts(100, t["desc_lines"])
        items.append(item(10 * len(t["desc_lines"]) + 3, *parts, cont=cont))
    items.append(item(18, T(40, dm(end)), T(100, "Closing balance", 8, True), T(555, aud(-new), 8, True, "r"), rule(40, 555, 10)))
    items.append(item(12))
    pts = int(-sum(t["amount"] for t in txs if t["amount"] < 0) * D("0.75"))
    items.append(item(14, T(40, "Qantas Points", 9, True)))
    items.append(item(11, T(40, "Points earned this statement"), T(300, "{:,}".format(pts), align="r")))
    items.append(item(11, T(40, "Points transferred to Qantas Frequent Flyer 1928374655"), T(300, "{:,}".format(pts), align="r")))

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "QANTAS", 20, True); doc.t(138, H - 45, "Money", 12)
        doc.t(555, H - 40, "Qantas Premier Platinum statement", 10, True, "r")
        doc.t(555, H - 53, "Page %d of %d" % (p, np_), 8, False, "r")
        if p > 1:
            doc.t(40, H - 68, "Ms Chloe Nguyen   Account number 4570 **** **** 3318", 7.5)
            return H - 92
        for i, l in enumerate(["Ms Chloe Nguyen", "Unit 7, 41 Crown Street", "SURRY HILLS NSW 2010"]):
            doc.t(40, H - 75 - 11 * i, l, 8.5)
        doc.t(330, H - 75, "Account number  4570 **** **** 3318", 8)
        doc.t(330, H - 86, "Statement period  %s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
        doc.c.rect(40, H - 230, 515, 110)
        doc.t(48, H - 134, "Account summary", 9, True)
        crs = sum(t["amount"] for t in txs if t["amount"] > 0); deb = -sum(t["amount"] for t in txs if t["amount"] < 0)
        S = [("Opening balance", aud(-prev)), ("Payments & credits", aud(crs)), ("Purchases", "$" + fmt(deb)), ("Cash advances", "$0.00"),
             ("Interest & fees", "$0.00"), ("Closing balance", aud(-new))]
        for i, (a, b) in enumerate(S):
            doc.t(48, H - 150 - 12 * i, a, 8, a == "Closing balance"); doc.t(290, H - 150 - 12 * i, b, 8, a == "Closing balance", "r")
        due = D("0") if new <= 0 else max(D("25.00"), (new * D("0.02")).quantize(C2))
        P = [("Minimum payment due", "$" + fmt(due)), ("Due date", (end + dt.timedelta(days=21)).strftime("%d/%m/%Y")),
             ("Credit limit", "$15,000.00"), ("Available credit", "$" + fmt(D("15000") - new))]
        for i, (a, b) in enumerate(P):
            doc.t(320, H - 150 - 12 * i, a, 8); doc.t(547, H - 150 - 12 * i, b, 8, False, "r")
        return H - 252

    def footer(doc, p, np_):
        doc.t(40, 34, "Qantas Premier credit cards are issued by Citigroup Pty Limited ABN 88 004 325 080, AFSL and Australian Credit Licence 238098.", 5.5)
        doc.t(40, 26, "Enquiries 13 77 63 (24 hours). Lost or stolen cards: call immediately. qantasmoney.com", 5.5)

    flow(os.path.join(OUT, stem + ".pdf"), A4, header, footer, items)
    check(stem, -prev, -new, txs)
    write_truth(stem, "GX_au_qantas_card", "****3318", "AUD", start, end, -prev, txs, False, cb=-new)


P = "gx_"
synchrony(P + "us_synchrony", 11, n=14)
synchrony(P + "us_synchrony__3pages", 12, n=96)
synchrony(P + "us_synchrony__credit", 13, n=8, credit=True)
barclays(P + "us_barclays_view", 21)
barclays(P + "us_barclays_view__yearend_pages", 22, start=dt.date(2024, 12, 15), end=dt.date(2025, 1, 13), n1=30, n2=22)
dkb(P + "de_dkb_visa", 31)
dkb(P + "de_dkb_visa__fx", 32, n=22, fx=True)
dkb(P + "de_dkb_visa__guthaben", 33, guthaben=True)
dkb(P + "de_dkb_visa__2pages", 34, n=64, pages=True)
mands(P + "uk_mands_card", 41)
mands(P + "uk_mands_card__long_pages", 42, n=40, long=True)
mands(P + "uk_mands_card__opening_credit", 43, n=14, prev=D("-45.20"))
bradesco(P + "br_bradesco_card", 51)
bradesco(P + "br_bradesco_card__fx", 52, fx=True)
bradesco(P + "br_bradesco_card__adicional", 53, n=22, adicional=True)
qantas(P + "au_qantas_card", 61)
qantas(P + "au_qantas_card__credit", 62, n=9, credit=True)
qantas(P + "au_qantas_card__fx", 63, fx=True)
print("done")
