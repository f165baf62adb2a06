#!/usr/bin/python3
"""Generator gf: 6 untuned North American / Oceanian layouts x (base + 2 variants), exact truth. Deterministic.

Chase checking, American Express card, Citi card (US), RBC chequing, Desjardins (Canada), Kiwibank (New Zealand).
Card truths: purchases negative, payments and credits positive, opening/closing = minus the balance owed.
"""
import json, os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from corpus_kit import day

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gf/gen"
os.makedirs(OUT, exist_ok=True)
C2 = D("0.01")
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MOIS = "JAN FÉV MAR AVR MAI JUN JUL AOÛ SEP OCT NOV DÉC".split()
MOISL = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def fmt(v, th=",", dec=".", nd=2, sign=False):
    v = D(v)
    neg = v < 0
    s = "%.*f" % (nd, abs(v))
    ip, fp = (s.split(".") + [""])[:2]
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:]); ip = ip[:-3]
    g.insert(0, ip)
    out = th.join(g) + ((dec + fp) if nd else "")
    if neg: return "-" + out
    return ("+" + out) if sign else out


def usd(v):
    v = D(v)
    return ("-$" + fmt(-v)) if v < 0 else ("$" + fmt(v))


def frc(v):
    return fmt(v, "\u00a0", ",")


def money(rng, lo, hi):
    return D(rng.randint(int(round(lo * 100)), int(round(hi * 100)))) / 100


def make_txns(rng, start, end, n, pool, credits, pcr=0.2):
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pcr:
            desc, lo, hi = rng.choice(credits); sgn = 1
        else:
            desc, lo, hi = rng.choice(pool); sgn = -1
        desc = desc(rng, d) if callable(desc) else desc.format(r=rng.randint(100000, 999999), d=d)
        txs.append({"date": d, "desc": desc, "amount": money(rng, lo, hi) * sgn})
    txs.sort(key=lambda t: t["date"])
    return txs


def wrapw(s, width, size=8, font="DV"):
    words, lines, cur = s.split(), [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if cur and pdfmetrics.stringWidth(cand, font, size) > width:
            lines.append(cur); cur = w
        else:
            cur = cand
    if cur: lines.append(cur)
    return lines


class Doc:
    def __init__(self, path, size):
        self.c = canvas.Canvas(path, pagesize=size)
        self.W, self.H = size

    def t(self, x, y, s, size=8, bold=False, align="l"):
        self.c.setFont("DVB" if bold else "DV", size)
        if align == "r": self.c.drawRightString(x, y, s)
        elif align == "c": self.c.drawCentredString(x, y, s)
        else: self.c.drawString(x, y, s)


def flow(path, size, header, footer, items, bottom_y=70, newpage=None, endpage=None):
    """items: list of (height, draw(doc, y)). header(doc, p, np) -> y. newpage(doc, y, p) -> y: drawn at top of
    pages after the first (table header again, brought forward); endpage(doc, y, p) -> y: drawn at the foot of
    every page but the last (carried forward). Two passes: paginate, then draw with 'x of y'."""
    pages, cur = [], []
    y = None
    dummy = Doc("/dev/null", size)

    def top(p):
        yy = header(dummy, p, 1)
        if p > 1 and newpage: yy = newpage(dummy, yy, p, None)
        return yy
    y = top(1)
    reserve = 14 if endpage else 0
    for it in items:
        h = it[0]
        if y - h < bottom_y + reserve and cur:
            pages.append(cur); cur = []
            y = top(len(pages) + 1)
        cur.append(it); y -= h
    pages.append(cur)
    doc = Doc(path, size)
    np_ = len(pages)
    for pi, pit in enumerate(pages):
        p = pi + 1
        y = header(doc, p, np_)
        if p > 1 and newpage: y = newpage(doc, y, p, pit)
        for it in pit:
            it[1](doc, y); y -= it[0]
        if p < np_ and endpage: endpage(doc, y, p, pit)
        footer(doc, p, np_)
        doc.c.showPage()
    doc.c.save()


def write_truth(stem, family, acct, cur, ps, pe, ob, cb, txs):
    tr = []
    for t in txs:
        e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["truth_desc"]).split()),
             "amount": str(t["amount"].quantize(C2)), "balance": None if t.get("tbal") is None else str(t["tbal"].quantize(C2))}
        tr.append(e)
    assert (ob + sum(t["amount"] for t in txs)).quantize(C2) == cb.quantize(C2), stem
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": acct, "currency": cur,
         "period_start": day(ps), "period_end": pe.isoformat(), "opening_balance": str(ob.quantize(C2)),
         "closing_balance": str(cb.quantize(C2)), "transactions": tr}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


def row_item(cells, desc_x, lines, lh=10, gap=2, size=8, bold=False):
    """cells: list of (x, text, align). Description lines at desc_x."""
    def draw(doc, y):
        for x, s, al in cells:
            doc.t(x, y, s, size, bold, al)
        for k, l in enumerate(lines):
            doc.t(desc_x, y - k * lh, l, size, bold)
    return (lh * max(1, len(lines)) + gap, draw)


def text_item(x, s, size=8, bold=True, h=14, extra=()):
    def draw(doc, y):
        doc.t(x, y, s, size, bold)
        for (xx, ss, al) in extra:
            doc.t(xx, y, ss, size, bold, al)
    return (h, draw)


# ---------------------------------------------------------------- 1 Chase Total Checking (US; AMOUNT signed + BALANCE, MM/DD)
def chase(stem, seed, n=26, start=dt.date(2025, 2, 14), end=dt.date(2025, 3, 13), ob=D("4218.37"), over=False):
    rng = random.Random(seed)
    card = "Card %d" % rng.randint(1000, 9999)
    shops = ["Starbucks Store 10341 Seattle WA", "Safeway #1552 Seattle WA", "Amazon.Com*Rt4Hx2 Amzn.Com/Bill WA",
             "Shell Oil 57444512 Bellevue WA", "Trader Joe's #131 Seattle WA", "Uber *Trip Help.Uber.Com CA"]
    ach = lambda r, d: ("Orig CO Name:%s Orig ID:%010d Desc Date:%s CO Entry Descr:%s Sec:%s Trace#:%015d Eed:%s "
                        "Ind ID:%s Ind Name:Daniel R Whitaker Trn: %010dTc" %
                        (r.choice(["Comcast", "Puget Sound Ener", "Geico", "Chase Credit Crd"]), r.randint(0, 10 ** 10),
                         d.strftime("%y%m%d"), r.choice(["Payment", "Autopay", "Bill Pay"]), r.choice(["Web", "PPD", "Tel"]),
                         r.randint(0, 10 ** 15), d.strftime("%y%m%d"), r.randint(10 ** 8, 10 ** 9), r.randint(0, 10 ** 10)))
    pool = [(lambda r, d: "Card Purchase %s %s %s" % ((d - dt.timedelta(days=r.choice([0, 1, 2]))).strftime("%m/%d"),
                                                       r.choice(shops), card), 4, 160),
            (lambda r, d: "Card Purchase With Pin %s Fred-Meyer #0381 Seattle WA %s" % (d.strftime("%m/%d"), card), 20, 210),
            (ach, 45, 380),
            (lambda r, d: "Zelle Payment To %s Jpm99%s" % (r.choice(["Maria Lopez", "Kevin Tran", "Sam Okafor"]),
                                                            "%08x" % r.randint(0, 16 ** 8)), 20, 400),
            (lambda r, d: "ATM Withdrawal %s 1200 3rd Ave Seattle WA %s" % (d.strftime("%m/%d"), card), 40, 300)]
    cr = [(lambda r, d: "Northwind Health Payroll PPD ID: 9111111103", 2100, 2600),
          (lambda r, d: "Online Transfer From Sav ...%04d Transaction#: %d" % (r.randint(1000, 9999), r.randint(10 ** 10, 10 ** 11)), 100, 900)]
    if over: ob = D("212.40")
    txs = make_txns(rng, start, end, n, pool, cr)
    if over:
        for t in txs:
            if t["amount"] > 1000: t["amount"] = (-t["amount"] / 3).quantize(C2); t["desc"] = ach(rng, t["date"])
        txs.insert(8, {"date": txs[8]["date"], "desc": "Insufficient Funds Fee For A $%s Item - Details: %s" % (
            fmt(D("64.20")), "Check # 1043"), "amount": D("-34.00")})
    txs.append({"date": end, "desc": "Monthly Service Fee", "amount": D("-12.00")})
    bal = ob
    DX, AX, BX = 95, 470, 560
    items = [row_item([(BX, "$" + fmt(ob), "r")], DX, ["Beginning Balance"])]
    for t in txs:
        bal += t["amount"]; t["tbal"] = bal
        lines = wrapw(t["desc"], 300)
        t["truth_desc"] = lines
        items.append(row_item([(40, t["date"].strftime("%m/%d"), "l"), (AX, fmt(t["amount"]), "r"), (BX, fmt(bal), "r")], DX, lines))
    cb = bal
    items.append(row_item([(BX, ("-$" + fmt(-cb)) if cb < 0 else "$" + fmt(cb), "r")], DX, ["Ending Balance"]))
    dep = sum(t["amount"] for t in txs if t["amount"] > 0)
    card_w = sum(t["amount"] for t in txs if t["amount"] < 0 and ("Card" in t["desc"] or "ATM" in t["desc"]))
    el_w = sum(t["amount"] for t in txs if t["amount"] < 0) - card_w
    period = "%s through %s" % (start.strftime("%B %d, %Y"), end.strftime("%B %d, %Y"))

    def colhdr(doc, y):
        doc.t(40, y, "DATE", 7.5, True); doc.t(DX, y, "DESCRIPTION", 7.5, True)
        doc.t(AX, y, "AMOUNT", 7.5, True, "r"); doc.t(BX, y, "BALANCE", 7.5, True, "r")
        doc.c.line(40, y - 4, 572, y - 4)
        return y - 16

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 40, "CHASE", 18, True)
        doc.t(40, H - 54, "JPMorgan Chase Bank, N.A.", 7); doc.t(40, H - 63, "P O Box 182051", 7)
        doc.t(40, H - 72, "Columbus, OH 43218 - 2051", 7)
        doc.t(572, H - 40, period, 8, False, "r")
        doc.t(572, H - 52, "Account Number:  000000%09d" % 581204937, 8, False, "r")
        if p == 1:
            doc.t(330, H - 72, "CUSTOMER SERVICE INFORMATION", 7, True)
            doc.t(330, H - 82, "Web site:  Chase.com", 7); doc.t(330, H - 91, "Service Center:  1-800-935-9935", 7)
            doc.t(60, H - 100, "DANIEL R WHITAKER", 8); doc.t(60, H - 110, "2217 NW 58TH ST APT 4", 8)
            doc.t(60, H - 120, "SEATTLE WA 98107-3314", 8)
            y = H - 150
            doc.t(40, y, "CHECKING SUMMARY", 10, True); doc.t(200, y, "Chase Total Checking", 9)
            doc.t(470, y - 14, "INSTANCES", 7, True, "r"); doc.t(560, y - 14, "AMOUNT", 7, True, "r")
            rows = [("Beginning Balance", "", "$" + fmt(ob)),
                    ("Deposits and Additions", str(sum(1 for t in txs if t["amount"] > 0)), fmt(dep)),
                    ("ATM & Debit Card Withdrawals", str(sum(1 for t in txs if t["amount"] < 0 and ("Card" in t["desc"] or "ATM" in t["desc"]))), fmt(card_w)),
                    ("Electronic Withdrawals", str(sum(1 for t in txs if t["amount"] < 0 and not ("Card" in t["desc"] or "ATM" in t["desc"]))), fmt(el_w)),
                    ("Ending Balance", str(len(txs)), ("-$" + fmt(-cb)) if cb < 0 else "$" + fmt(cb))]
            for k, (a, b, c) in enumerate(rows):
                doc.t(60, y - 26 - 11 * k, a, 8, k in (0, 4)); doc.t(470, y - 26 - 11 * k, b, 8, False, "r")
                doc.t(560, y - 26 - 11 * k, c, 8, k in (0, 4), "r")
            y -= 26 + 11 * 5 + 14
            if over:
                doc.t(40, y, "Your account was overdrawn during this statement period. Overdraft and Insufficient Funds Fees may apply.", 7)
                y -= 14
            doc.t(40, y, "TRANSACTION DETAIL", 10, True)
            return colhdr(doc, y - 16)
        doc.t(40, H - 95, "TRANSACTION DETAIL", 10, True); doc.t(170, H - 95, "(continued)", 8)
        return colhdr(doc, H - 111)

    def footer(doc, p, np_):
        doc.t(572, 30, "Page %d of %d" % (p, np_), 7, False, "r")
        doc.t(40, 30, "Member FDIC  Equal Housing Lender", 6)
        if p == np_:
            doc.t(40, 50, "IN CASE OF ERRORS OR QUESTIONS ABOUT YOUR ELECTRONIC FUNDS TRANSFERS: Call us at 1-866-564-2262 or write us at", 6)
            doc.t(40, 42, "the address on the front of this statement immediately if you think your statement or receipt is incorrect.", 6)

    flow(os.path.join(OUT, stem + ".pdf"), letter, header, footer, items, bottom_y=72)
    write_truth(stem, "GF_us_chase", "****4937", "USD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 American Express (US card; Payments / Credits / New Charges sections)
def amex(stem, seed, n=22, start=dt.date(2025, 2, 11), end=dt.date(2025, 3, 12), prev=D("1873.42"), fx=False, credit=False,
         cont=False, two=False):
    rng = random.Random(seed)
    shops = [("WHOLEFDS HOL 10175 HOLLYWOOD CA", "GROCERY STORES", 20, 180), ("UBER EATS SAN FRANCISCO CA", "help.uber.com", 12, 60),
             ("DELTA AIR LINES ATLANTA GA", "PASSENGER TICKET 0062348871234", 180, 640),
             ("AMAZON MARKETPLACE NA PA AMZN.COM/BILL WA", "MERCHANDISE", 9, 140), ("TST* BLUE BOTTLE COFFEE LOS ANGELES CA", "", 5, 18),
             ("CHEVRON 0209981 PASADENA CA", "GAS/SERVICE STATION", 35, 80), ("NETFLIX.COM NETFLIX.COM CA", "", 15.49, 15.49)]
    days = (end - start).days
    charges = []
    for _ in range(n):
        m, sub, lo, hi = rng.choice(shops)
        d = start + dt.timedelta(days=rng.randint(1, days))
        charges.append({"date": d, "lines": [m] + ([sub] if sub else []), "amount": -money(rng, lo, hi)})
    if fx:
        for k, (m, c, famt, rate) in zip([3, 9, 14], [("AIRBNB * HMQ4ZK2T8A DUBLIN IRL", "Euros", D("412.00"), D("1.0871")),
                                                      ("HOTEL ARTS BARCELONA BARCELONA ESP", "Euros", D("286.40"), D("1.0864")),
                                                      ("BOOTS 1143 LONDON GBR", "Pounds Sterling", D("23.15"), D("1.2712"))]):
            usd_amt = (famt * rate).quantize(C2)
            charges[k]["lines"] = [m, "Foreign Spend Amount: %s %s  Commission Amount: 0.00" % (fmt(famt), c),
                                   "Currency Exchange Rate: %s" % rate]
            charges[k]["amount"] = -usd_amt
    charges.sort(key=lambda t: t["date"])
    pay_amt = prev if not credit else prev
    pays = [{"date": start + dt.timedelta(days=9), "lines": ["MOBILE PAYMENT - THANK YOU"], "amount": pay_amt, "star": True}]
    credits = [{"date": start + dt.timedelta(days=15), "lines": ["AMAZON MARKETPLACE NA PA AMZN.COM/BILL WA", "MERCHANDISE"],
                "amount": D("34.99")}]
    if credit:
        credits.append({"date": start + dt.timedelta(days=20), "lines": ["DELTA AIR LINES ATLANTA GA", "PASSENGER TICKET REFUND 0062348870019"],
                        "amount": -sum(c["amount"] for c in charges) + D("145.16") - D("34.99")})
    tot_pc = sum(t["amount"] for t in pays + credits)
    tot_ch = -sum(t["amount"] for t in charges)
    newbal = prev - tot_pc + tot_ch
    name, cardno = "ALEXANDRA M REYES", "1-41009"
    DX, AX = 120, 560
    items = []

    def rows_for(lst, star=False):
        out = []
        for t in lst:
            t["truth_desc"] = t["lines"]
            a = t["amount"]
            ds = t["date"].strftime("%m/%d/%y") + ("*" if t.get("star") else "")
            out.append(row_item([(40, ds, "l"), (AX, ("-$" + fmt(a)) if a > 0 else "$" + fmt(-a), "r")], DX, t["lines"], lh=10, gap=4))
        return out

    def sect(title, extra=()):
        return text_item(40, title, 9, True, 16, extra)

    items.append(sect("Detail", [(200, "*Indicates posting date", "l")]))
    items.append(sect("Payments and Credits"))
    items.append(row_item([(AX, "Amount", "r")], DX, ["Payments"], bold=True))
    items.append(row_item([], 40, ["%s   Card Ending %s" % (name, cardno)], bold=True))
    items += rows_for(pays)
    items.append(row_item([(AX, "Amount", "r")], DX, ["Credits"], bold=True))
    items += rows_for(credits)
    items.append(row_item([(AX, "-$" + fmt(tot_pc), "r")], DX, ["Total Payments and Credits"], bold=True, gap=10))
    items.append(sect("New Charges"))
    items.append(row_item([(AX, "Amount", "r")], DX, ["Detail"], bold=True))
    items.append(row_item([], 40, ["%s   Card Ending %s" % (name, cardno)], bold=True))
    if two:
        # An additional card member's charges under a title of their own.
        items += rows_for([c for k, c in enumerate(charges) if k % 3 != 0])
        items.append(row_item([], 40, ["JOHN D REYES   Card Ending 1-41017"], bold=True))
        items += rows_for([c for k, c in enumerate(charges) if k % 3 == 0])
    else:
        items += rows_for(charges)
    items.append(row_item([(AX, "$" + fmt(tot_ch), "r")], DX, ["Total New Charges"], bold=True, gap=10))
    items.append(sect("Fees"))
    items.append(row_item([(AX, "$0.00", "r")], DX, ["Total Fees for this Period"], bold=True, gap=10))
    items.append(sect("Interest Charged"))
    items.append(row_item([(AX, "$0.00", "r")], DX, ["Total Interest Charged for this Period"], bold=True, gap=10))
    items.append(sect("2025 Fees and Interest Totals Year-to-Date"))
    items.append(row_item([(AX, "$0.00", "r")], DX, ["Total Fees in 2025"]))
    items.append(row_item([(AX, "$%s" % fmt(D("38.17")), "r")], DX, ["Total Interest in 2025"], gap=10))

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 40, "AMERICAN EXPRESS", 14, True)
        doc.t(40, H - 52, "Blue Cash Everyday® Card", 8)
        doc.t(572, H - 40, "p. %d/%d" % (p, np_), 8, False, "r")
        doc.t(572, H - 52, "%s   Closing Date %s   Account Ending %s" % (name, end.strftime("%m/%d/%y"), cardno), 7, False, "r")
        if p > 1 and cont:
            # Continued pages (added with the 3-page variant only, so the other files stay as first measured).
            doc.t(40, H - 80, "Detail Continued", 9, True); doc.t(AX, H - 80, "Amount", 8, True, "r")
            return H - 100
        if p > 1:
            return H - 80
        doc.c.rect(330, H - 160, 242, 88)
        doc.t(338, H - 85, "New Balance", 9, True); doc.t(564, H - 85, ("-$" + fmt(-newbal)) if newbal < 0 else "$" + fmt(newbal), 9, True, "r")
        doc.t(338, H - 99, "Minimum Payment Due", 8); doc.t(564, H - 99, "$" + fmt(max(D(0), min(newbal, D("40.00")))), 8, False, "r")
        doc.t(338, H - 113, "Payment Due Date", 8); doc.t(564, H - 113, (end + dt.timedelta(days=25)).strftime("%m/%d/%y"), 8, True, "r")
        doc.t(338, H - 130, "Late Payment Warning: If we do not receive your Minimum", 6)
        doc.t(338, H - 138, "Payment Due by the Payment Due Date, you may have to pay a late fee.", 6)
        if newbal < 0:
            doc.t(338, H - 152, "Your account has a credit balance. Do not pay.", 7, True)
        doc.t(40, H - 80, "Account Summary", 10, True)
        rows = [("Previous Balance", "$" + fmt(prev)), ("Payments/Credits", "-$" + fmt(tot_pc)), ("New Charges", "+$" + fmt(tot_ch)),
                ("Fees", "+$0.00"), ("Interest Charged", "+$0.00")]
        for k, (a, b) in enumerate(rows):
            doc.t(40, H - 96 - 12 * k, a, 8); doc.t(300, H - 96 - 12 * k, b, 8, False, "r")
        doc.c.line(40, H - 96 - 12 * 5 + 8, 300, H - 96 - 12 * 5 + 8)
        doc.t(40, H - 96 - 12 * 5, "New Balance", 8, True); doc.t(300, H - 96 - 12 * 5, ("-$" + fmt(-newbal)) if newbal < 0 else "$" + fmt(newbal), 8, True, "r")
        doc.t(40, H - 180, "Credit Limit  $12,500.00        Available Credit  $%s" % fmt(D("12500") - max(newbal, D(0))), 7)
        doc.t(40, H - 192, "Customer Care: 1-800-528-4800   TTY: Use Relay 711   Website: americanexpress.com", 7)
        doc.t(40, H - 212, "Hello %s," % name.title(), 8)
        doc.t(40, H - 222, "Earn 3% Cash Back at U.S. supermarkets on up to $6,000 per year in purchases. Terms apply.", 7)
        return H - 250

    def footer(doc, p, np_):
        doc.t(40, 30, "See page 2 for important information about your account.", 6)
        doc.t(572, 30, "Continued on reverse" if p < np_ else "", 6, False, "r")

    flow(os.path.join(OUT, stem + ".pdf"), letter, header, footer, items, bottom_y=60)
    txs = sorted(pays + credits + charges, key=lambda t: t["date"])
    # the page prints its Closing Date only: no period start (README's truth conventions)
    write_truth(stem, "GF_us_amex", "****1009", "USD", None, end, -prev, -newbal, txs)


# ---------------------------------------------------------------- 3 Citi card (US; Sale date / Post date, sections, MM/DD no year)
def citi(stem, seed, n=24, start=dt.date(2025, 1, 10), end=dt.date(2025, 2, 9), prev=D("956.21"), longdesc=False):
    rng = random.Random(seed)
    shops = [("COSTCO WHSE #0213 BROOKLYN NY", 40, 320), ("MTA*NYCT PAYGO NEW YORK NY", 2.9, 2.9),
             ("SQ *JOE & THE JUICE New York NY", 8, 19), ("TARGET 00018952 BROOKLYN NY", 12, 140),
             ("CON ED OF NY AUTOPAY 800-752-6633 NY", 60, 190), ("SPOTIFY USA 877-7781161 NY", 11.99, 11.99),
             ("DUANE READE #14332 NEW YORK NY", 4, 35)]
    longs = ["GOOGLE *YouTubePremium g.co/helppay# CA MERCHANT CATEGORY: DIGITAL GOODS MEDIA - BOOKS MOVIES MUSIC",
             "AMTRAK .COM 2740634281071 WASHINGTON DC PASSENGER: HARPER/JORDAN DEP NEW YORK PENN STA ARR BOSTON SOUTH STA",
             "PAYPAL *EBAY INC 402-935-7733 CA ORDER 23-11894-55021 ITEM VINTAGE TURNTABLE DUST COVER"]
    days = (end - start).days
    purch = []
    for k in range(n):
        m, lo, hi = rng.choice(shops)
        sd = start + dt.timedelta(days=rng.randint(0, days - 2))
        pd = sd + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
        if longdesc and k % 7 == 3: m = longs[(k // 7) % len(longs)]
        purch.append({"date": sd, "post": pd, "desc": m, "amount": -money(rng, lo, hi)})
    purch.sort(key=lambda t: (t["post"], t["date"]))
    pays = [{"date": None, "post": start + dt.timedelta(days=6), "desc": "ONLINE PAYMENT, THANK YOU", "amount": prev},
            {"date": start + dt.timedelta(days=12), "post": start + dt.timedelta(days=14), "desc": "TARGET 00018952 BROOKLYN NY",
             "amount": D("27.48")}]
    for t in pays:
        if t["date"] is None: t["tdate"] = t["post"]
    tot_pay = prev; tot_cr = D("27.48"); tot_pu = -sum(t["amount"] for t in purch)
    newbal = prev - tot_pay - tot_cr + tot_pu
    DX, AX = 125, 560
    items = []

    def rows(lst):
        out = []
        for t in lst:
            lines = wrapw(t["desc"], 330)
            t["truth_desc"] = lines
            a = t["amount"]
            cells = [(85, t["post"].strftime("%m/%d"), "l"), (AX, ("-$" + fmt(a)) if a > 0 else "$" + fmt(-a), "r")]
            if t["date"] is not None: cells.append((40, t["date"].strftime("%m/%d"), "l"))
            out.append(row_item(cells, DX, lines))
        return out
    items.append(row_item([], 40, ["Payments, Credits and Adjustments"], bold=True, gap=6))
    items += rows(pays)
    items.append(row_item([], 40, ["Standard Purchases"], bold=True, gap=6))
    items += rows(purch)
    items.append(text_item(40, "Fees Charged", 8, True, 12))
    items.append(row_item([(AX, "$0.00", "r")], DX, ["TOTAL FEES FOR THIS PERIOD"], bold=True, gap=8))
    items.append(text_item(40, "Interest Charged", 8, True, 12))
    items.append(row_item([(AX, "$0.00", "r")], DX, ["INTEREST CHARGED TO STANDARD PURCH"], gap=2))
    items.append(row_item([(AX, "$0.00", "r")], DX, ["TOTAL INTEREST FOR THIS PERIOD"], bold=True, gap=10))
    items.append(text_item(40, "%d totals year-to-date" % end.year, 8, True, 12))
    items.append(row_item([(AX, "$0.00", "r")], DX, ["Total fees charged in %d" % end.year]))
    items.append(row_item([(AX, "$0.00", "r")], DX, ["Total interest charged in %d" % end.year], gap=10))
    bp = "%s-%s" % (start.strftime("%m/%d/%y"), end.strftime("%m/%d/%y"))

    def colhdr(doc, y):
        doc.t(40, y, "Sale", 7, True); doc.t(85, y, "Post", 7, True)
        doc.t(40, y - 8, "date", 7, True); doc.t(85, y - 8, "date", 7, True); doc.t(DX, y - 8, "Description", 7, True)
        doc.t(AX, y - 8, "Amount", 7, True, "r")
        doc.c.line(40, y - 12, 572, y - 12)
        return y - 24

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 40, "citi", 20, True)
        doc.t(572, H - 36, "Citi Double Cash® Card", 9, True, "r")
        doc.t(572, H - 48, "JORDAN T HARPER   Member Since 2016   Account number ending in: 8817", 7, False, "r")
        doc.t(572, H - 58, "Billing Period: %s   TTY: 711" % bp, 7, False, "r")
        doc.t(572, 30, "Page %d of %d" % (p, np_), 7, False, "r")
        if p > 1:
            doc.t(40, H - 80, "Account Summary (continued)" if False else "Transactions", 10, True)
            return colhdr(doc, H - 96)
        doc.t(40, H - 80, "Account Summary", 10, True)
        rows_ = [("Previous balance", "$" + fmt(prev)), ("Payments", "-$" + fmt(tot_pay)), ("Credits", "-$" + fmt(tot_cr)),
                 ("Purchases", "+$" + fmt(tot_pu)), ("Cash advances", "+$0.00"), ("Fees", "+$0.00"), ("Interest", "+$0.00"),
                 ("New balance", "$" + fmt(newbal))]
        for k, (a, b) in enumerate(rows_):
            doc.t(40, H - 96 - 11 * k, a, 8, k == 7); doc.t(250, H - 96 - 11 * k, b, 8, k == 7, "r")
        doc.c.rect(330, H - 190, 242, 105)
        doc.t(338, H - 98, "Payment Information", 9, True)
        doc.t(338, H - 112, "New balance", 8); doc.t(564, H - 112, "$" + fmt(newbal), 8, True, "r")
        doc.t(338, H - 124, "Minimum payment due", 8); doc.t(564, H - 124, "$" + fmt(min(newbal, D("41.00"))), 8, False, "r")
        doc.t(338, H - 136, "Payment due date", 8); doc.t(564, H - 136, (end + dt.timedelta(days=26)).strftime("%m/%d/%y"), 8, False, "r")
        doc.t(338, H - 152, "Late Payment Warning: If we do not receive your minimum", 6)
        doc.t(338, H - 160, "payment by the date listed above, you may have to pay a late fee", 6)
        doc.t(338, H - 168, "of up to $41 and your APRs may be increased up to 29.99%.", 6)
        doc.t(40, H - 200, "Credit Limit  $9,800   Available credit  $%s   Cash advance limit  $2,900" % fmt(D("9800") - newbal), 7)
        doc.t(40, H - 216, "Earn 2% on every purchase with unlimited 1% cash back when you buy, plus an additional 1% as you pay.", 7)
        doc.t(40, H - 240, "Transactions", 10, True)
        return colhdr(doc, H - 256)

    def footer(doc, p, np_):
        doc.t(40, 30, "Customer Service 1-888-766-CITI (2484)   citi.com", 6)

    flow(os.path.join(OUT, stem + ".pdf"), letter, header, footer, items, bottom_y=60)
    txs = pays + purch
    for t in txs:
        if t["date"] is None: t["date"] = t["tdate"]
    txs.sort(key=lambda t: t["date"])
    write_truth(stem, "GF_us_citi", "****8817", "USD", start, end, -prev, -newbal, txs)


# ---------------------------------------------------------------- 4 RBC Royal Bank chequing (CA; date once per day, balance at day end)
def rbc(stem, seed, n=26, start=dt.date(2025, 1, 15), end=dt.date(2025, 2, 14), ob=D("2361.08"), over=False, pages=False):
    rng = random.Random(seed)
    pool = [(lambda r, d: "Contactless Interac purchase - %04d\n%s" % (r.randint(1000, 9999), r.choice(
        ["TIM HORTONS #2141", "LOBLAWS 1082", "SHOPPERS DRUG MART #08", "PRESTO FARE/A7K2QX9"])), 2, 140),
            (lambda r, d: "Online Banking transfer - %04d\nTFR-TO %07d" % (r.randint(1000, 9999), r.randint(10 ** 6, 10 ** 7)), 100, 600),
            (lambda r, d: "e-Transfer sent %s\n%s" % (r.choice(["Priya Sharma", "Marc Tremblay", "Landlord Ltd"]),
                                                     "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))), 25, 900),
            (lambda r, d: "Insurance\n%s" % r.choice(["TD INSURANCE", "INTACT INS"]), 80, 160),
            (lambda r, d: "Bill payment - ROGERS\nRef %d" % r.randint(10 ** 8, 10 ** 9), 70, 130),
            (lambda r, d: "Withdrawal Interac ABM - %04d" % r.randint(1000, 9999), 20, 200)]
    cr = [(lambda r, d: "Payroll Deposit\nMAPLE LEAF LOGISTICS", 1800, 2300),
          (lambda r, d: "e-Transfer - Autodeposit\n%s" % r.choice(["ANNE GAUTHIER", "KEVIN O'NEIL"]), 20, 300)]
    if over: ob = D("148.22")
    txs = make_txns(rng, start, end, n, pool, cr)
    if over:
        for t in txs:
            if t["amount"] > 1000: t["amount"] = D("-612.40"); t["desc"] = "Online Banking transfer - 4471\nTFR-TO 6603218"
    txs.append({"date": end, "desc": "Monthly fee", "amount": D("-4.00")})
    if over: txs.append({"date": end, "desc": "Overdraft interest", "amount": D("-3.17")})
    bal = ob
    items = []
    DX, WX, DPX, BX = 80, 400, 480, 570
    prev = None
    for i, t in enumerate(txs):
        bal += t["amount"]
        last_of_day = i == len(txs) - 1 or txs[i + 1]["date"] != t["date"]
        t["tbal"] = bal if last_of_day else None
        t["_bal"] = bal
        lines = t["desc"].split("\n")
        t["truth_desc"] = lines
        cells = [(WX if t["amount"] < 0 else DPX, fmt(abs(t["amount"])), "r")]
        if last_of_day: cells.append((BX, fmt(bal), "r"))
        if t["date"] != prev: cells.append((40, "%02d %s" % (t["date"].day, MON[t["date"].month - 1]), "l"))
        prev = t["date"]
        items.append(row_item(cells, DX, lines, lh=10, gap=3))
    cb = bal
    first = [row_item([(40, "%02d %s" % (start.day, MON[start.month - 1]), "l"), (BX, fmt(ob), "r")], DX, ["Opening Balance"], gap=3)]
    items = first + items + [row_item([(40, "%02d %s" % (end.day, MON[end.month - 1]), "l"), (BX, fmt(cb), "r")], DX, ["Closing Balance"], bold=True)]
    ld = lambda d: "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    tdep = sum(t["amount"] for t in txs if t["amount"] > 0); twd = -sum(t["amount"] for t in txs if t["amount"] < 0)

    def colhdr(doc, y):
        doc.t(40, y, "Date", 7.5, True); doc.t(DX, y, "Description", 7.5, True); doc.t(WX, y, "Withdrawals ($)", 7.5, True, "r")
        doc.t(DPX, y, "Deposits ($)", 7.5, True, "r"); doc.t(BX, y, "Balance ($)", 7.5, True, "r")
        doc.c.line(40, y - 4, 572, y - 4)
        return y - 16

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 40, "RBC Royal Bank", 15, True)
        doc.t(572, H - 38, "Your RBC personal", 8, True, "r"); doc.t(572, H - 48, "banking account statement", 8, True, "r")
        doc.t(572, H - 60, "From %s to %s" % (ld(start), ld(end)), 7.5, False, "r")
        if p > 1:
            doc.t(40, H - 70, "RBC Day to Day Banking   %s" % "06432 5103387", 8)
            doc.t(40, H - 90, "Details of your account activity - continued", 9, True)
            return colhdr(doc, H - 108)
        doc.t(40, H - 75, "MS ELENA PETROVA", 8); doc.t(40, H - 85, "1405 BLOOR ST W UNIT 12", 8); doc.t(40, H - 95, "TORONTO ON M6P 3L3", 8)
        doc.t(330, H - 80, "RBC Day to Day Banking", 9, True); doc.t(330, H - 92, "Your account number: 06432 5103387", 8)
        doc.t(330, H - 104, "How to reach us: 1-800 ROYAL® 1-1 (1-800-769-2511)", 7); doc.t(330, H - 114, "www.rbcroyalbank.com", 7)
        y = H - 140
        doc.t(40, y, "Summary of your account for this period", 9, True)
        obs = ("-$" + fmt(-ob)) if ob < 0 else "$" + fmt(ob)
        cbs = ("-$" + fmt(-cb)) if cb < 0 else "$" + fmt(cb)
        doc.t(40, y - 14, "Opening balance on %s" % ld(start), 8); doc.t(380, y - 14, obs, 8, False, "r")
        doc.t(40, y - 26, "Total deposits into your account", 8); doc.t(380, y - 26, "+ " + fmt(tdep), 8, False, "r")
        doc.t(40, y - 38, "Total withdrawals from your account", 8); doc.t(380, y - 38, "- " + fmt(twd), 8, False, "r")
        doc.t(40, y - 52, "Closing balance on %s" % ld(end), 8, True); doc.t(380, y - 52, "= " + cbs, 8, True, "r")
        doc.t(40, y - 76, "Details of your account activity", 9, True)
        return colhdr(doc, y - 94)

    def footer(doc, p, np_):
        doc.t(572, 28, "%d of %d" % (p, np_), 7, False, "r")
        doc.t(40, 36, "Please check this Account Statement without delay and advise us of any error or omission within 45 days of the statement date.", 6)
        doc.t(40, 28, "® / ™ Trademark(s) of Royal Bank of Canada. RBC and Royal Bank are registered trademarks of Royal Bank of Canada.", 6)

    flow(os.path.join(OUT, stem + ".pdf"), letter, header, footer, items, bottom_y=60)
    write_truth(stem, "GF_ca_rbc", "****3387", "CAD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 Desjardins (QC, French; Code, Frais, Retrait, Dépôt, Solde; "05 MAR")
def desj(stem, seed, n=24, start=dt.date(2025, 3, 1), end=dt.date(2025, 3, 31), ob=D("3874.55"), over=False):
    rng = random.Random(seed)
    pool = [("ACH", lambda r, d: "Achat %s" % r.choice(["METRO PLUS LEVIS", "IGA EXTRA DESJARDINS", "SAQ LEVIS 23112",
                                                         "PHARMAPRIX #0312", "COUCHE-TARD #5521"]), 4, 160),
            ("RAD", lambda r, d: "Retrait au GA Caisse de Lévis", 20, 200),
            ("PWW", lambda r, d: "Paiement facture - AccèsD Internet /%s" % r.choice(["Hydro-Québec", "Vidéotron Ltée", "Ville de Lévis taxes"]), 60, 340),
            ("VWW", lambda r, d: "Virement Interac à %s" % r.choice(["Julie Bouchard", "Simon Gagnon"]), 20, 250),
            ("RA", lambda r, d: "Retrait préautorisé /%s" % r.choice(["Desjardins Assurances", "Bell Canada"]), 40, 180)]
    cr = [("DI", lambda r, d: "Dépôt direct /Paie Chantiers Chibougamau", 1500, 2100),
          ("VIR", lambda r, d: "Virement de 815-30121-0123456 EOP", 50, 400)]
    if over: ob = D("96.12")
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        (code, f, lo, hi), sgn = (rng.choice(cr), 1) if rng.random() < 0.2 else (rng.choice(pool), -1)
        txs.append({"date": d, "code": code, "desc": f(rng, d), "amount": sgn * money(rng, lo, hi)})
    txs.sort(key=lambda t: t["date"])
    if over:
        for t in txs:
            if t["amount"] > 1000:
                t["amount"] = D("-745.00"); t["code"] = "PWW"; t["desc"] = "Paiement facture - AccèsD Internet /Hypothèque Desjardins"
    txs.append({"date": end, "desc": "Frais mensuels fixes", "amount": D("-7.95"), "fee": True, "code": "FSM"})
    txs.append({"date": end, "desc": "Frais d'opérations excédentaires - remise", "amount": D("0.00"), "fee": True, "code": "FSM"})
    bal = ob
    DX, CX, FX, RX, DPX, SX = 110, 75, 370, 430, 500, 572
    sm = lambda v: (frc(-v) + "-") if v < 0 else frc(v)   # trailing minus for an overdrawn balance
    dd = lambda d: "%02d %s" % (d.day, MOIS[d.month - 1])
    items = [row_item([(40, dd(start), "l"), (SX, sm(ob), "r")], DX, ["Solde reporté"], gap=3)]
    for t in txs:
        bal += t["amount"]; t["tbal"] = bal
        lines = wrapw(t["desc"], 250)
        t["truth_desc"] = lines
        cells = [(40, dd(t["date"]), "l"), (CX, t.get("code", ""), "l"), (SX, sm(bal), "r")]
        if t.get("fee"): cells.append((FX, frc(-t["amount"]), "r"))
        elif t["amount"] < 0: cells.append((RX, frc(-t["amount"]), "r"))
        else: cells.append((DPX, frc(t["amount"]), "r"))
        items.append(row_item(cells, DX, lines, gap=3))
    cb = bal
    tr = -sum(t["amount"] for t in txs if t["amount"] < 0 and not t.get("fee"))
    td = sum(t["amount"] for t in txs if t["amount"] > 0)
    tf = -sum(t["amount"] for t in txs if t.get("fee"))
    items.append(row_item([(FX, frc(tf), "r"), (RX, frc(tr), "r"), (DPX, frc(td), "r")], DX, ["Total des opérations"], bold=True))
    items.append(row_item([(40, dd(end), "l"), (SX, sm(cb), "r")], DX, ["Solde à la fin de la période"], bold=True, gap=12))
    items.append(text_item(40, "Taux d'intérêt sur découvert autorisé : 19,90 %  Marge de crédit Desjardins : 2 000,00", 6.5, False, 10))

    def colhdr(doc, y):
        for x, s, al in [(40, "Date", "l"), (CX, "Code", "l"), (DX, "Description", "l"), (FX, "Frais", "r"), (RX, "Retrait", "r"),
                         (DPX, "Dépôt", "r"), (SX, "Solde", "r")]:
            doc.t(x, y, s, 7.5, True, al)
        doc.c.line(40, y - 4, 572, y - 4)
        return y - 16

    def pdate(d):
        return ("1er" if d.day == 1 else str(d.day)) + " " + MOISL[d.month - 1] + " " + str(d.year)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 40, "Desjardins", 17, True)
        doc.t(40, H - 52, "Caisse Desjardins de Lévis", 8)
        doc.t(572, H - 38, "RELEVÉ DE COMPTE", 10, True, "r")
        doc.t(572, H - 50, "Période du %s au %s" % (pdate(start), pdate(end)), 8, False, "r")
        doc.t(572, H - 60, "Folio 0123456   Transit 30121   Page %d de %d" % (p, np_), 7, False, "r")
        if p == 1:
            doc.t(40, H - 80, "MME GENEVIÈVE LAPOINTE", 8); doc.t(40, H - 90, "57 RUE SAINT-LOUIS", 8)
            doc.t(40, H - 100, "LÉVIS QC  G6V 4E2", 8)
            doc.t(330, H - 80, "Pour nous joindre : 1 800 CAISSES", 7); doc.t(330, H - 90, "desjardins.com/accesd", 7)
            doc.t(40, H - 128, "Compte avec opérations (EOP)   Folio 0123456", 9, True)
            return colhdr(doc, H - 146)
        doc.t(40, H - 80, "Compte avec opérations (EOP) (suite)", 9, True)
        return colhdr(doc, H - 98)

    def footer(doc, p, np_):
        doc.t(40, 30, "Fédération des caisses Desjardins du Québec. Vérifiez votre relevé : toute erreur ou omission doit être signalée dans les 60 jours.", 6)

    flow(os.path.join(OUT, stem + ".pdf"), letter, header, footer, items, bottom_y=50)
    write_truth(stem, "GF_ca_desjardins", "****3456", "CAD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Kiwibank (NZ; Particulars / Code / Reference; "05 Mar")
def kiwi(stem, seed, n=26, start=dt.date(2025, 3, 1), end=dt.date(2025, 3, 31), ob=D("3120.64"), fx=False, pages=False):
    rng = random.Random(seed)
    pool = [(lambda r, d: ("EFTPOS %s" % r.choice(["COUNTDOWN PONSONBY", "NEW WORLD VICTORIA PARK", "Z ENERGY GREY LYNN"]),
                           "", "", ""), 8, 190),
            (lambda r, d: ("AP#%d TO T WALKER" % r.randint(10 ** 7, 10 ** 8), "Rent", "Flat 2", "Mar"), 520, 560),
            (lambda r, d: ("DD MERCURY NZ LTD", "%d" % r.randint(10 ** 6, 10 ** 7), "Power", ""), 90, 210),
            (lambda r, d: ("BILL PAYMENT TO AUCKLAND TRANSPORT", "HOP Top Up", "", "%d" % r.randint(10 ** 5, 10 ** 6)), 20, 50),
            (lambda r, d: ("VISA DEBIT PURCHASE 4835-****-****-%04d %s" % (r.randint(1000, 9999), r.choice(["SPARK NZ", "THE WAREHOUSE"])),
                           "", "", ""), 10, 160)]
    cr = [(lambda r, d: ("SALARY TUI TECH LIMITED", "Salary", "", "Payroll"), 2600, 3100),
          (lambda r, d: ("DEPOSIT FROM M KOROHEKE", "Dinner", "", "Thanks"), 20, 80)]
    txs = []
    days = (end - start).days
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        src, sgn = (rng.choice(cr), 1) if rng.random() < 0.2 else (rng.choice(pool), -1)
        f, lo, hi = src
        desc, part, code, ref = f(rng, d)
        txs.append({"date": d, "desc": desc, "part": part, "code": code, "ref": ref, "amount": sgn * money(rng, lo, hi)})
    txs.sort(key=lambda t: t["date"])
    if fx:
        for k, (m, c, fa) in zip([4, 11, 18], [("VISA DEBIT PURCHASE QANTAS AIRWAYS MASCOT", "AUD", D("412.00")),
                                               ("VISA DEBIT PURCHASE AIRBNB * HM8K2 SYDNEY", "AUD", D("188.50")),
                                               ("VISA DEBIT PURCHASE APPLE.COM/BILL CUPERTINO", "USD", D("14.99"))]):
            rate = D("1.0975") if c == "AUD" else D("0.5718")
            nzd = (fa * rate).quantize(C2) if c == "AUD" else (fa / rate).quantize(C2)
            txs[k].update({"desc": m, "part": "", "code": "", "ref": "", "amount": -nzd,
                           "fxl": "%s %s converted at %s incl. Offshore Service Margin %s" % (c, fmt(fa), rate, fmt((nzd * D("0.02")).quantize(C2)))})
            txs.insert(k + 1, {"date": txs[k]["date"], "desc": "OFFSHORE SERVICE MARGINS", "part": "", "code": "", "ref": "",
                               "amount": -(nzd * D("0.02")).quantize(C2)})
    bal = ob
    DX, PX, CX, RX, WX, DPX, BX = 80, 262, 322, 362, 462, 510, 555
    dd = lambda d: "%02d %s" % (d.day, MON[d.month - 1])
    items = [row_item([(40, dd(start), "l"), (BX, fmt(ob), "r")], DX, ["Opening balance"], gap=3) + (ob, ob)]
    for t in txs:
        bal += t["amount"]; t["tbal"] = bal; t["_bal"] = bal
        lines = wrapw(t["desc"], 175)
        if t.get("fxl"): lines += wrapw(t["fxl"], 175)
        t["truth_desc"] = lines + [s for s in (t["part"], t["code"], t["ref"]) if s]
        cells = [(40, dd(t["date"]), "l"), (PX, t["part"], "l"), (CX, t["code"], "l"), (RX, t["ref"], "l"), (BX, fmt(bal), "r"),
                 (WX if t["amount"] < 0 else DPX, fmt(abs(t["amount"])), "r")]
        items.append(row_item(cells, DX, lines, gap=3) + (bal, bal - t["amount"]))
    cb = bal
    items.append(row_item([(40, dd(end), "l"), (BX, fmt(cb), "r")], DX, ["Closing balance"], bold=True, gap=14) + (cb, cb))
    items.append(text_item(40, "Kiwibank Limited. Kiwibank is a registered bank under the Banking (Prudential Supervision) Act 1989.", 6, False, 9))
    tw = -sum(t["amount"] for t in txs if t["amount"] < 0); td = sum(t["amount"] for t in txs if t["amount"] > 0)

    def colhdr(doc, y):
        for x, s, al in [(40, "Date", "l"), (DX, "Transaction", "l"), (PX, "Particulars", "l"), (CX, "Code", "l"), (RX, "Reference", "l"),
                         (WX, "Withdrawals", "r"), (DPX, "Deposits", "r"), (BX, "Balance", "r")]:
            doc.t(x, y, s, 7, True, al)
        doc.c.line(40, y - 4, 555, y - 4)
        return y - 16

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 42, "kiwibank.", 18, True)
        doc.t(555, H - 38, "Statement", 11, True, "r")
        doc.t(555, H - 50, "Page %d of %d" % (p, np_), 7, False, "r")
        doc.t(555, H - 60, "Free Up account  38-9012-0481726-00", 7, False, "r")
        if p > 1:
            return colhdr(doc, H - 85)
        doc.t(40, H - 80, "MR H J TE AWA", 8); doc.t(40, H - 90, "14 SUMMER STREET", 8); doc.t(40, H - 100, "PONSONBY", 8)
        doc.t(40, H - 110, "AUCKLAND 1011", 8)
        doc.c.rect(320, H - 160, 235, 78)
        doc.t(328, H - 94, "Statement period  %d %s %d to %d %s %d" % (start.day, MON[start.month - 1], start.year, end.day,
                                                                    MON[end.month - 1], end.year), 7.5, True)
        for k, (a, b) in enumerate([("Opening balance", "$" + fmt(ob)), ("Total withdrawals", "$" + fmt(tw)),
                                    ("Total deposits", "$" + fmt(td)), ("Closing balance", ("-$" + fmt(-cb)) if cb < 0 else "$" + fmt(cb))]):
            doc.t(328, H - 108 - 12 * k, a, 8, k == 3); doc.t(548, H - 108 - 12 * k, b, 8, k == 3, "r")
        doc.t(40, H - 185, "Did you know? You can set up Notify Me alerts for low balances in the Kiwibank app.", 7)
        return colhdr(doc, H - 210)

    def newpage(doc, y, p, pit):
        if pit is not None:
            doc.t(DX, y, "Balance brought forward", 8, True)
            doc.t(BX, y, fmt(pit[0][3]), 8, True, "r")
        return y - 13

    def endpage(doc, y, p, pit):
        doc.t(DX, y - 2, "Balance carried forward", 8, True); doc.t(BX, y - 2, fmt([it for it in pit if len(it) > 2][-1][2]), 8, True, "r")
        return y - 15

    def footer(doc, p, np_):
        doc.t(40, 28, "Questions? Call 0800 113 355 or visit kiwibank.co.nz. Please check your statement and tell us about any errors.", 6)

    flow(os.path.join(OUT, stem + ".pdf"), A4, header, footer, items, bottom_y=60,
         newpage=newpage if pages else None, endpage=endpage if pages else None)
    write_truth(stem, "GF_nz_kiwibank", "****2600", "NZD", start, end, ob, cb, txs)


P = "gf_"
chase(P + "us_chase", 11)
chase(P + "us_chase__3pages", 12, n=58)
chase(P + "us_chase__overdraft", 13, over=True)
amex(P + "us_amex", 21)
amex(P + "us_amex__fx", 22, fx=True)
amex(P + "us_amex__credit", 23, credit=True)
# Added after the first measurement: three pages, with and without a "Detail Continued | Amount" heading on the
# pages after the first (both failed then: no transactions, or the first page's rows lost, unreconciled).
amex(P + "us_amex__3pages", 24, n=60)
amex(P + "us_amex__3pages_cont", 24, n=60, cont=True)
# Added later still: an additional card member's charges titled "JOHN D REYES Card Ending 1-41017" on page 2.
amex(P + "us_amex__2cards", 92, n=50, two=True, cont=True)
citi(P + "us_citi", 31)
citi(P + "us_citi__decjan", 32, start=dt.date(2024, 12, 10), end=dt.date(2025, 1, 9))
citi(P + "us_citi__longdesc", 33, longdesc=True)
rbc(P + "ca_rbc", 41)
rbc(P + "ca_rbc__overdraft", 42, over=True)
rbc(P + "ca_rbc__3pages", 43, n=52, pages=True)
desj(P + "ca_desjardins", 51)
desj(P + "ca_desjardins__decjan", 52, start=dt.date(2024, 12, 16), end=dt.date(2025, 1, 15))
desj(P + "ca_desjardins__overdraft", 53, over=True)
kiwi(P + "nz_kiwibank", 61)
kiwi(P + "nz_kiwibank__fx", 62, fx=True)
kiwi(P + "nz_kiwibank__2pages", 63, n=56, pages=True)
print("done")
