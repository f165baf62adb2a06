#!/usr/bin/python3
"""Generator gy: statements holding MORE THAN ONE ACCOUNT (or currency) in one PDF, each section with its own
header, rows and opening/closing balances. 4 layouts x (base + variants), exact truth. Deterministic.

Truth of a multi-section file: every row of every section in page order; "currency" the one ISO code when all
sections share it, else null; "account", "opening_balance" and "closing_balance" null (no single one exists);
"sections" lists each section's account, currency, opening and closing balance and row count (score.py ignores it).
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from corpus_kit import C2, Doc, fmt, multi_truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gy/gen"
write_multi = multi_truth_writer(OUT)
os.makedirs(OUT, exist_ok=True)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]


def rows_for(rng, start, end, n, pool, credits, pc=0.2, lo_day=1):
    """Random rows: dicts date, desc (str), amount (signed)."""
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(lo_day, days))
        if rng.random() < pc:
            desc, lo, hi = rng.choice(credits); sg = 1
        else:
            desc, lo, hi = rng.choice(pool); sg = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sg
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999), md=d.strftime("%m-%d")), "amount": amt})
    txs.sort(key=lambda t: t["date"])
    return txs


def run(txs, ob):
    bal = ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
    return bal


class Flow:
    """Blocks laid down the page, a section's rows breaking across pages with the section's continuation heading."""

    def __init__(self, size, top_first, top_next, bottom):
        self.size, self.top_first, self.top_next, self.bottom = size, top_first, top_next, bottom
        self.items = []   # (height, draw(doc, y), cont or None, keep_with_next)

    def add(self, h, draw, cont=None, keep=False):
        self.items.append((h, draw, cont, keep))

    def paginate(self):
        pages, cur, y, first = [], [], self.top_first, True
        i = 0
        while i < len(self.items):
            h, draw, cont, keep = self.items[i]
            need = h
            j = i
            while self.items[j][3] and j + 1 < len(self.items):   # keep headings with the first row below them
                j += 1; need += self.items[j][0]
            if y - need < self.bottom and cur:
                pages.append(cur); cur, y = [], self.top_next
                if cont is not None:
                    cur.append(("cont", cont)); y -= cont[0]
            cur.append(("item", self.items[i])); y -= h
            i += 1
        pages.append(cur)
        return pages

    def render(self, path, header, footer):
        probe = Doc(os.devnull, self.size)
        self.top_first, self.top_next = header(probe, 1, 2), header(probe, 2, 2)
        pages = self.paginate()
        doc = Doc(path, self.size)
        for pi, items in enumerate(pages):
            y = header(doc, pi + 1, len(pages))
            for kind, it in items:
                if kind == "cont":
                    y = it[1](doc, y)
                else:
                    it[1](doc, y); y -= it[0]
            footer(doc, pi + 1, len(pages))
            doc.c.showPage()
        doc.c.save()


# ---------------------------------------------------------------- 1 Navy Federal combined statement (savings then checking)
def navy(stem, seed, n_sav=5, n_chk=22, pages=False, od=False, quiet=False):
    rng = random.Random(seed)
    start, end = dt.date(2024, 8, 16), dt.date(2024, 9, 15)
    neg = lambda v: (fmt(-v) + "-") if v < 0 else fmt(v)
    sav_ob, chk_ob = D("2615.48"), D("1183.07") if not od else D("96.15")
    spool = [("Transfer To Checking", 50, 400)]
    scr = [("Transfer From Checking", 100, 500), ("Deposit - ACH Paid From DFAS-Cleveland Allot", 100, 250)]
    sav = [] if quiet else rows_for(rng, start, end, n_sav, spool, scr, 0.6)
    if not quiet:
        sav.append({"date": end, "desc": "Dividend", "amount": D("0.41")})
    pool = [("POS Debit- Debit Card 4417 {md}-24 Harris Teeter 0312 Arlington VA", 12, 160),
            ("POS Debit- Debit Card 4417 {md}-24 Sunoco 0871 Falls Church VA", 25, 70),
            ("Paid To - Verizon Wireless Bill Payment", 60, 140), ("ATM Withdrawal - Navy Federal Quantico VA", 40, 300),
            ("POS Debit- Debit Card 4417 {md}-24 Target T-1932 Alexandria VA", 10, 120),
            ("Zelle Transfer To Keisha Brown Conf# {r}", 20, 250), ("Transfer To Shares", 50, 300)]
    cr = [("Deposit - ACH Paid From DFAS-Cleveland Net Pay", 2200, 2900), ("Transfer From Shares", 100, 500)]
    if od:
        pool = [(d, lo, hi * 2) for d, lo, hi in pool]
        cr = [("Transfer From Shares", 100, 200)]
    chk = rows_for(rng, start, end, n_chk, pool, cr, 0.12 if od else 0.2)
    if od:
        chk.append({"date": chk[-1]["date"], "desc": "Overdraft Fee - Courtesy Pay", "amount": D("-20.00")})
    sav_cb, chk_cb = run(sav, sav_ob), run(chk, chk_ob)
    for t in sav + chk:
        t["desc_lines"] = wrap(t["desc"], 52)
    summ = lambda tx: (sum(t["amount"] for t in tx if t["amount"] > 0) or D(0), -sum(t["amount"] for t in tx if t["amount"] < 0) or D(0))
    sd, sw = summ(sav); cd, cw = summ(chk)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "NAVY FEDERAL", 16, True); doc.t(40, H - 57, "Credit Union", 9)
        doc.t(doc.W - 40, H - 42, "Statement of Account", 11, True, "r")
        doc.t(doc.W - 40, H - 54, "Statement Period %s - %s" % (start.strftime("%m/%d/%y"), end.strftime("%m/%d/%y")), 8, align="r")
        doc.t(doc.W - 40, H - 65, "Access No. XXXXXX4492", 8, align="r")
        doc.t(doc.W - 40, H - 76, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 82, "TERRENCE L MAXWELL", 8); doc.t(40, H - 93, "1207 S FERN ST APT 3", 8); doc.t(40, H - 104, "ARLINGTON VA 22202-2801", 8)
            doc.t(40, H - 128, "Summary of your deposit accounts", 9, True)
            y = H - 142
            hd = [("Previous\nBalance", 250), ("Deposits/\nCredits", 325), ("Withdrawals/\nDebits", 400), ("Ending\nBalance", 475), ("YTD\nDividends", 560)]
            for (tl, x) in hd:
                for k, l in enumerate(tl.split("\n")): doc.t(x, y - 9 * k, l, 7, True, "r")
            y -= 22
            for name, ob, dp, wd, cb, ytd in [("Membership Savings", sav_ob, sd, sw, sav_cb, "3.12"), ("EveryDay Checking", chk_ob, cd, cw, chk_cb, "0.00")]:
                doc.t(40, y, name, 8)
                for v, x in [(fmt(ob), 250), (fmt(dp), 325), (fmt(wd), 400), (neg(cb), 475), (ytd, 560)]: doc.t(x, y, v, 8, align="r")
                y -= 11
            doc.t(40, y, "Totals", 8, True)
            for v, x in [(sav_ob + chk_ob, 250), (sd + cd, 325), (sw + cw, 400), (sav_cb + chk_cb, 475), (D("3.12"), 560)]:
                doc.t(x, y, "$" + neg(v), 8, True, "r")
            return y - 30
        return H - 100

    def footer(doc, p, np_):
        doc.t(40, 40, "Federally insured by NCUA. Navy Federal Credit Union, PO Box 3000, Merrifield VA 22119-3000. Equal Housing Lender.", 6)
        doc.t(doc.W - 40, 30, "%s-%d" % ("NFCU 2024", p), 6, align="r")

    cols = [("Date", 40, "l"), ("Transaction Detail", 80, "l"), ("Amount($)", 470, "r"), ("Balance($)", 560, "r")]

    def colhead(doc, y):
        for (tl, x, al) in cols: doc.t(x, y, tl, 7.5, True, al)
        doc.c.line(40, y - 4, doc.W - 40, y - 4)

    fl = Flow(LETTER, 0, 0, 80)

    def section(kind, title, txs, ob, cb, note):
        fl.add(22, lambda d, y: d.t(40, y, kind, 11, True), keep=True)
        cont = (28, lambda d, y: (d.t(40, y, title + " (continued)", 8, True), colhead(d, y - 14), y - 28)[2])
        fl.add(14, lambda d, y: d.t(40, y, title, 8, True), keep=True)
        fl.add(14, lambda d, y: colhead(d, y), keep=True)
        fl.add(13, lambda d, y: (d.t(40, y, start.strftime("%m-%d"), 8), d.t(80, y, "Beginning Balance", 8), d.t(560, y, neg(ob), 8, align="r")), keep=True)
        if not txs:
            fl.add(13, lambda d, y: d.t(80, y, "No Transactions This Period", 8))
        for t in txs:
            h = 11 * len(t["desc_lines"]) + 2

            def dr(d, y, t=t):
                d.t(40, y, t["date"].strftime("%m-%d"), 8)
                for k, l in enumerate(t["desc_lines"]): d.t(80, y - 11 * k, l, 8)
                d.t(470, y, neg(t["amount"]), 8, align="r"); d.t(560, y, neg(t["bal"]), 8, align="r")
            fl.add(h, dr, cont)
        fl.add(13, lambda d, y: (d.t(40, y, end.strftime("%m-%d"), 8), d.t(80, y, "Ending Balance", 8), d.t(560, y, neg(cb), 8, align="r")), cont)
        fl.add(30, lambda d, y: (d.t(80, y - 6, note, 8)), cont)

    section("Savings", "Membership Savings - 3012449927", sav, sav_ob, sav_cb, "Your account earned %s dividend at 0.25%% APY for the period." % ("0.00" if quiet else "0.41"))
    section("Checking", "EveryDay Checking - 7012449927", chk, chk_ob, chk_cb, "Average Daily Balance - Current Cycle: %s" % fmt((chk_ob + chk_cb) / 2))
    fl.render(os.path.join(OUT, stem + ".pdf"), header, footer)
    write_multi(stem, "gy_us_navyfed", start, end, [
        {"account": "****9927", "currency": "USD", "ob": sav_ob, "cb": sav_cb, "txs": sav},
        {"account": "****9927", "currency": "USD", "ob": chk_ob, "cb": chk_cb, "txs": chk}])


# ---------------------------------------------------------------- 2 HSBC Hong Kong Integrated Account (HKD Savings, HKD Current, USD Savings)
def hsbc(stem, seed, pages=False, od=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 4, 30)
    hk = lambda v: fmt(-v) + "DR" if v < 0 else fmt(v)
    hpool = [("EPS PAYMENT|PARKNSHOP 0{r}", 40, 900), ("OCTOPUS AAVS", 250, 250), ("ATM WITHDRAWAL|HSBC ATM MONG KOK {r}", 200, 2000),
             ("BILL PAYMENT|HK ELECTRIC CO LTD|REF 8{r}", 300, 900), ("FPS TRANSFER TO|WONG KA WAI", 100, 3000),
             ("CARD PURCHASE|FORTRESS TST", 200, 4000)]
    hcr = [("AUTOPAY CREDIT|SALARY HARBOURVIEW TRADING LTD", 32000, 42000), ("FPS TRANSFER FROM|LAU SIU MING", 100, 2000)]
    cpool = [("CHEQUE 000{r}", 1500, 9000), ("AUTOPAY DEBIT|MTR CORPORATION LTD", 400, 1200), ("TRANSFER TO|123-456789-833", 1000, 5000),
             ("DIRECT DEBIT|AIA INTERNATIONAL LTD", 1800, 1800)]
    ccr = [("TRANSFER FROM|123-456789-833", 2000, 8000), ("CHEQUE DEPOSIT", 1000, 6000)]
    upool = [("TELEGRAPHIC TRANSFER|BENEFICIARY J SMITH LONDON", 200, 900), ("FX TRANSACTION|HKD 7.7640", 100, 800)]
    ucr = [("CREDIT INTEREST", 0.5, 9), ("INWARD REMITTANCE|OVERSEAS BANK SINGAPORE", 300, 1500)]
    secs = []
    spec = [("HKD Savings", "123-456789-833", "HKD", D("68420.35"), hpool, hcr, 22 if pages else 14),
            ("HKD Current", "123-456789-001", "HKD", D("-1830.00") if od else D("15230.80"), cpool, ccr, 16 if pages else 7),
            ("USD Savings", "123-456789-838", "USD", D("5120.44"), upool, ucr, 5)]
    for name, acct, cur, ob, pool, cr, n in spec:
        if od and name == "HKD Current":
            cr = [("TRANSFER FROM|123-456789-833", 200, 600)]
        txs = rows_for(rng, start, end, n, pool, cr, 0.25)
        cb = run(txs, ob)
        for k, t in enumerate(txs):
            t["desc_lines"] = t["desc"].split("|")
            last = k == len(txs) - 1 or txs[k + 1]["date"] != t["date"]
            t["pbal"] = t["bal"]
            if not last: t["bal"] = None
            t["show_date"] = k == 0 or txs[k - 1]["date"] != t["date"]
        secs.append({"name": name, "account": acct, "currency": cur, "ob": ob, "cb": cb, "txs": txs})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "HSBC", 20, True)
        doc.t(110, H - 44, "The Hongkong and Shanghai Banking Corporation Limited", 7)
        doc.t(doc.W - 40, H - 42, "HSBC Premier", 11, True, "r")
        doc.t(doc.W - 40, H - 54, "Statement of Account  Integrated Account", 8, align="r")
        doc.t(doc.W - 40, H - 65, "Page %d of %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 80, "MS TAM WING SZE", 8, True)
            doc.t(40, H - 91, "FLAT 21C TOWER 2 THE WATERFRONT", 8)
            doc.t(40, H - 102, "1 AUSTIN ROAD WEST KOWLOON", 8)
            doc.t(360, H - 80, "Statement date", 7); doc.t(555, H - 80, end.strftime("%d %B %Y"), 7, align="r")
            doc.t(360, H - 91, "Integrated Account number", 7); doc.t(555, H - 91, "123-456789", 7, align="r")
            doc.t(360, H - 102, "Branch", 7); doc.t(555, H - 102, "Mong Kok", 7, align="r")
            doc.t(40, H - 128, "Portfolio Summary", 9, True)
            y = H - 141
            doc.t(40, y, "Deposits", 7, True); doc.t(230, y, "Account number", 7, True); doc.t(330, y, "Currency", 7, True)
            doc.t(450, y, "Balance", 7, True, "r"); doc.t(555, y, "HKD Equivalent", 7, True, "r")
            tot = D(0)
            for s in secs:
                y -= 11
                eq = s["cb"] if s["currency"] == "HKD" else (s["cb"] * D("7.7640")).quantize(C2)
                tot += eq
                doc.t(40, y, s["name"], 7); doc.t(230, y, s["account"], 7); doc.t(330, y, s["currency"], 7)
                doc.t(450, y, hk(s["cb"]), 7, align="r"); doc.t(555, y, hk(eq), 7, align="r")
            y -= 12
            doc.t(40, y, "Total Relationship Balance", 7, True); doc.t(330, y, "HKD", 7); doc.t(555, y, hk(tot), 7, True, "r")
            doc.t(40, y - 12, "Exchange rate used: USD 1 = HKD 7.7640", 6)
            return y - 36
        return H - 90

    def footer(doc, p, np_):
        doc.t(40, 40, "Please examine this statement. Any discrepancy should be reported to the Bank within 90 days. Issued by The Hongkong", 6)
        doc.t(40, 32, "and Shanghai Banking Corporation Limited. Deposits are protected by the Deposit Protection Scheme up to HK$800,000.", 6)

    cols = [("Date", 40, "l"), ("Transaction Details", 95, "l"), ("Deposit", 390, "r"), ("Withdrawal", 470, "r"), ("Balance", 555, "r")]

    def colhead(doc, y):
        for (tl, x, al) in cols: doc.t(x, y, tl, 7.5, True, al)
        doc.c.line(40, y - 4, doc.W - 40, y - 4)

    fl = Flow(A4, 0, 0, 70)
    for s in secs:
        title = "%s  %s  (%s)" % (s["name"], s["account"], s["currency"])
        fl.add(18, lambda d, y, t=title: d.t(40, y, t, 9, True), keep=True)
        cont = (30, lambda d, y, t=title: (d.t(40, y, t + "  (continued)", 9, True), colhead(d, y - 16), y - 30)[2])
        fl.add(14, lambda d, y: colhead(d, y), keep=True)
        fl.add(12, lambda d, y, s=s: (d.t(40, y, start.strftime("%d %b"), 8), d.t(95, y, "B/F BALANCE", 8), d.t(555, y, hk(s["ob"]), 8, align="r")), keep=True)
        for t in s["txs"]:
            def dr(d, y, t=t):
                if t["show_date"]: d.t(40, y, t["date"].strftime("%d %b"), 8)
                for k, l in enumerate(t["desc_lines"]): d.t(95, y - 10 * k, l, 8)
                d.t(390 if t["amount"] > 0 else 470, y, fmt(abs(t["amount"])), 8, align="r")
                if t["bal"] is not None: d.t(555, y, hk(t["bal"]), 8, align="r")
            fl.add(10 * len(t["desc_lines"]) + 2, dr, cont)
        fl.add(26, lambda d, y, s=s: (d.t(40, y, end.strftime("%d %b"), 8), d.t(95, y, "C/F BALANCE", 8), d.t(555, y, hk(s["cb"]), 8, align="r")), cont)
    fl.render(os.path.join(OUT, stem + ".pdf"), header, footer)
    write_multi(stem, "gy_hk_hsbc_integrated", start, end, [
        {"account": "****" + s["account"][-4:].replace("-", ""), "currency": s["currency"], "ob": s["ob"], "cb": s["cb"], "txs": s["txs"]} for s in secs])


# ---------------------------------------------------------------- 3 Wise multi-currency statement (EUR and GBP balances)
def wise(stem, seed, quiet=False):
    rng = random.Random(seed)
    start, end = dt.date(2024, 7, 1), dt.date(2024, 7, 31)
    ld = lambda d: "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    secs = []
    for cur, ob, merchants, n in [("EUR", D("1842.17"), ["Rewe Markt Gmbh Berlin", "Bvg Ticket App Berlin", "Albert Heijn 1403 Amsterdam"], 12),
                                  ("GBP", D("1208.90"), ["Tesco Stores 3321 London", "Tfl Travel Charge London", "Pret A Manger London"], 0 if quiet else 9)]:
        txs = []
        for _ in range(n):
            d = start + dt.timedelta(days=rng.randint(1, 29))
            r = rng.random()
            if r < 0.6:
                a = D(rng.randint(300, 9000)) / 100
                txs.append({"date": d, "desc": "Card transaction of %s %s issued by %s" % (fmt(a), cur, rng.choice(merchants)), "amount": -a,
                            "det": ["Transaction: CARD-%d" % rng.randint(10 ** 9, 10 ** 10)]})
            elif r < 0.8:
                a = D(rng.randint(2000, 40000)) / 100; fee = D(rng.choice(["0.45", "0.00", "0.62"]))
                txs.append({"date": d, "desc": "Sent money to %s" % rng.choice(["Maria Schulz", "Oliver Grant", "Hausverwaltung Krause GmbH"]),
                            "amount": -(a + fee), "det": ["Transaction: TRANSFER-%d" % rng.randint(10 ** 8, 10 ** 9), "Fee: %s %s" % (fmt(fee), cur)]})
            else:
                a = D(rng.randint(5000, 60000)) / 100
                txs.append({"date": d, "desc": "Received money from %s with reference %s" % (rng.choice(["JONAS BECKER", "EMILY CARTER"]), rng.choice(["Rent share", "Thanks"])),
                            "amount": a, "det": ["Transaction: TRANSFER-%d" % rng.randint(10 ** 8, 10 ** 9)]})
        txs.sort(key=lambda t: t["date"], reverse=True)   # newest first, as Wise prints
        bal = ob
        for t in reversed(txs):
            bal += t["amount"]; t["bal"] = bal
        for t in txs:
            t["main"] = wrap(t["desc"], 50)
            t["desc_lines"] = t["main"] + t["det"]
        secs.append({"currency": cur, "ob": ob, "cb": bal, "txs": txs})

    doc_path = os.path.join(OUT, stem + ".pdf")

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "WISE", 20, True)
        doc.t(doc.W - 40, H - 44, "Statement", 12, True, "r")
        doc.t(doc.W - 40, H - 56, "%s [GMT+02:00] - %s [GMT+02:00]" % (ld(start), ld(end)), 7, align="r")
        if p == 1:
            doc.t(40, H - 80, "Hannah Vogel", 8, True); doc.t(40, H - 91, "Schönhauser Allee 118", 8); doc.t(40, H - 102, "10437 Berlin, Germany", 8)
            doc.t(360, H - 80, "Account holder: Hannah Vogel", 7); doc.t(360, H - 91, "Membership number: P48213377", 7)
            doc.t(40, H - 126, "Balances in this statement", 9, True)
            y = H - 140
            for s in secs:
                doc.t(40, y, "%s balance" % s["currency"], 8); doc.t(555, y, "%s %s" % (fmt(s["cb"]), s["currency"]), 8, align="r"); y -= 11
            return y - 20
        return H - 80

    def footer(doc, p, np_):
        doc.t(40, 40, "Wise Europe SA, Rue du Trône 100, 1050 Brussels. Regulated by the National Bank of Belgium.", 6)
        doc.t(doc.W - 40, 40, "%d / %d" % (p, np_), 7, align="r")

    def colhead(d, y):
        for x, s, al in [(40, "Description", "l"), (390, "Incoming", "r"), (470, "Outgoing", "r"), (555, "Balance", "r")]:
            d.t(x, y, s, 8, True, al)
        d.c.setLineWidth(0.5); d.c.line(40, y - 5, 555, y - 5)

    fl = Flow(A4, 842 - 140 - 22 - 20, 842 - 80, 70)
    ibans = {"EUR": "BE71 9671 2345 6769", "GBP": "Account number 41881234  Sort code 23-14-70"}
    for s in secs:
        c = s["currency"]
        fl.add(16, lambda d, y, c=c: d.t(40, y, "%s statement" % c, 11, True), keep=True)
        fl.add(12, lambda d, y, c=c: d.t(40, y, ibans[c], 7), keep=True)
        fl.add(24, lambda d, y, s=s, c=c: (d.t(40, y, "%s on %s" % ("Balance", ld(end)), 8, True), d.t(555, y, "%s %s" % (fmt(s["cb"]), c), 8, True, "r")), keep=True)
        if not s["txs"]:
            fl.add(14, lambda d, y: d.t(40, y, "No transactions in this period.", 8))
        else:
            fl.add(16, lambda d, y: colhead(d, y), keep=True)
        cont = (30, lambda d, y, c=c: (d.t(40, y, "%s statement (continued)" % c, 10, True), colhead(d, y - 14), y - 30)[2])
        for t in s["txs"]:
            def dr(d, y, t=t):
                for k, l in enumerate(t["main"]): d.t(40, y - 10 * k, l, 8)
                yy = y - 10 * len(t["main"])
                d.t(40, yy, ld(t["date"]), 6.5); d.t(130, yy, t["det"][0], 6.5)
                for k, l in enumerate(t["det"][1:]): d.t(130, yy - 9 * (k + 1), l, 6.5)
                d.t(390 if t["amount"] > 0 else 470, y, fmt(abs(t["amount"])), 8, align="r")
                d.t(555, y, fmt(t["bal"]), 8, align="r")
            fl.add(10 * len(t["main"]) + 9 * len(t["det"]) + 6, dr, cont)
        fl.add(28, lambda d, y, s=s, c=c: (d.t(40, y - 4, "Balance on %s" % ld(start), 8, True), d.t(555, y - 4, "%s %s" % (fmt(s["ob"]), c), 8, True, "r")))
    fl.render(doc_path, header, footer)
    for s in secs:
        for t in s["txs"]:
            t["desc_lines"] = t["main"] + t["det"]
    write_multi(stem, "gy_wise_multi", start, end, [{"account": None, "currency": s["currency"], "ob": s["ob"], "cb": s["cb"], "txs": s["txs"]} for s in secs])


# ---------------------------------------------------------------- 4 US bank relationship statement (checking + savings)
def relationship(stem, seed, pages=False, nobal=False, quiet=False):
    rng = random.Random(seed)
    start, end = dt.date(2024, 10, 1), dt.date(2024, 10, 31)
    cpool = [("DEBIT CARD PURCHASE WHOLEFDS BRK 10234 BROOKLYN NY", 20, 180), ("DEBIT CARD PURCHASE MTA*NYCT PAYGO NEW YORK NY", 2.9, 2.9),
             ("ACH DEBIT CON ED OF NY INTELL CK {r}", 60, 180), ("CHECK # 1{r}", 100, 1500), ("ONLINE TRANSFER TO SAVINGS XXXXXX8830", 100, 800),
             ("ZELLE PAYMENT TO ANA RIVERA {r}", 20, 300)]
    ccr = [("ACH CREDIT BLOOMBERG LP PAYROLL PPD ID: 9111{r}", 3400, 4100), ("MOBILE DEPOSIT REF NUMBER {r}", 50, 600)]
    spool = [("ONLINE TRANSFER TO CHECKING XXXXXX2214", 200, 900)]
    scr = [("ONLINE TRANSFER FROM CHECKING XXXXXX2214", 100, 800)]
    secs = []
    for name, acct, ob, pool, cr, n in [("Checking", "XXXXXX2214", D("4381.62"), cpool, ccr, 30 if pages else 16),
                                        ("Savings", "XXXXXX8830", D("12740.00"), spool, scr, 4)]:
        txs = rows_for(rng, start, end, n, pool, cr, 0.2 if name == "Checking" else 0.6)
        if name == "Savings" and quiet:
            txs = []
        elif name == "Savings":
            txs.append({"date": end, "desc": "INTEREST PAYMENT", "amount": D("10.47")})
        cb = run(txs, ob)
        for t in txs:
            t["desc_lines"] = wrap(t["desc"], 48)
            if nobal: t["pbal"], t["bal"] = t["bal"], None
        secs.append({"name": name, "account": acct, "ob": ob, "cb": cb, "txs": txs})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "HUDSON VALLEY NATIONAL BANK", 13, True)
        doc.t(doc.W - 40, H - 42, "Relationship Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 54, "%s %d, %d through %s %d, %d" % (MONTHS[start.month - 1], start.day, start.year, MONTHS[end.month - 1], end.day, end.year), 8, align="r")
        doc.t(doc.W - 40, H - 65, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "ROBERT J OKAFOR", 8); doc.t(40, H - 91, "418 PROSPECT PL APT 2R", 8); doc.t(40, H - 102, "BROOKLYN NY 11238-4107", 8)
            doc.t(40, H - 128, "Your Relationship Summary", 10, True)
            y = H - 142
            for x, s in [(40, "Account"), (250, "Beginning balance"), (350, "Deposits and credits"), (450, "Withdrawals and debits"), (555, "Ending balance")]:
                doc.t(x, y, s, 7, True, "l" if x == 40 else "r")
            for s in secs:
                y -= 11
                dp = sum(t["amount"] for t in s["txs"] if t["amount"] > 0); wd = -sum(t["amount"] for t in s["txs"] if t["amount"] < 0)
                doc.t(40, y, "%s %s" % (s["name"], s["account"]), 7)
                for x, v in [(250, s["ob"]), (350, dp), (450, wd), (555, s["cb"])]: doc.t(x, y, "$" + fmt(v), 7, align="r")
            y -= 12
            doc.t(40, y, "Total relationship balance", 7, True); doc.t(555, y, "$" + fmt(sum(s["cb"] for s in secs)), 7, True, "r")
            return y - 30
        return H - 90

    def footer(doc, p, np_):
        doc.t(40, 36, "Member FDIC. Equal Housing Lender. In case of errors or questions about your electronic transfers call 1-800-555-0144.", 6)

    def colhead(d, y):
        for x, s, al in [(40, "Date", "l"), (90, "Description", "l"), (390, "Subtractions", "r"), (470, "Additions", "r")] + ([] if nobal else [(555, "Balance", "r")]):
            d.t(x, y, s, 7.5, True, al)
        d.c.line(40, y - 4, 555, y - 4)

    fl = Flow(LETTER, 792 - 142 - 22 - 12 - 30, 792 - 90, 70)
    for s in secs:
        title = "%s account %s" % (s["name"], s["account"])
        fl.add(18, lambda d, y, t=title: d.t(40, y, t, 10, True), keep=True)
        fl.add(12, lambda d, y, s=s: d.t(40, y, "Beginning balance on %s %d  $%s" % (MONTHS[start.month - 1], start.day, fmt(s["ob"])), 8), keep=True)
        fl.add(16, lambda d, y: colhead(d, y), keep=True)
        cont = (30, lambda d, y, t=title: (d.t(40, y, t + " - continued", 9, True), colhead(d, y - 14), y - 30)[2])
        for t in s["txs"]:
            def dr(d, y, t=t):
                d.t(40, y, t["date"].strftime("%m/%d"), 8)
                for k, l in enumerate(t["desc_lines"]): d.t(90, y - 10 * k, l, 8)
                d.t(470 if t["amount"] > 0 else 390, y, fmt(abs(t["amount"])), 8, align="r")
                if t["bal"] is not None: d.t(555, y, fmt(t["bal"]), 8, align="r")
            fl.add(10 * len(t["desc_lines"]) + 3, dr, cont)
        if not s["txs"]:
            fl.add(14, lambda d, y: d.t(90, y, "No activity this statement period", 8))
        fl.add(30, lambda d, y, s=s: d.t(40, y - 4, "Ending balance on %s %d  $%s" % (MONTHS[end.month - 1], end.day, fmt(s["cb"])), 8, True), cont)
    fl.render(os.path.join(OUT, stem + ".pdf"), header, footer)
    write_multi(stem, "gy_us_relationship", start, end, [{"account": "****" + s["account"][-4:], "currency": "USD", "ob": s["ob"], "cb": s["cb"], "txs": s["txs"]} for s in secs])


navy("gy_us_navyfed", 7101)
navy("gy_us_navyfed__pages", 7102, n_chk=30, pages=True)
navy("gy_us_navyfed__od", 7103, od=True)
navy("gy_us_navyfed__quiet", 7104, quiet=True)
hsbc("gy_hk_hsbc_integrated", 7201)
hsbc("gy_hk_hsbc_integrated__pages", 7202, pages=True)
hsbc("gy_hk_hsbc_integrated__od", 7203, od=True)
wise("gy_wise_multi", 7301)
wise("gy_wise_multi__quiet", 7302, quiet=True)
relationship("gy_us_relationship", 7401)
relationship("gy_us_relationship__pages", 7402, pages=True)
relationship("gy_us_relationship__nobal", 7403, nobal=True)
relationship("gy_us_relationship__nobal_quiet", 7404, nobal=True, quiet=True)
