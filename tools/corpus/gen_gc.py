#!/usr/bin/python3
"""Generator gc: 8 statement layouts from North America, UK/Ireland, Benelux and South Asia
(6 current accounts + 2 credit cards), each a base statement plus 4 variants that change one thing.
Writes PDF + truth JSON into /tmp/rl10/gc/.

Layouts: us_wellsfargo, us_capitalone (card), uk_monzo (day headings), ie_aib, nl_ing (Af/Bij marker column),
nl_rabobank, in_sbi (statement of account: opening in a box above, closing in a box below), in_axis (card).
"""
import datetime as dt
import io
import json
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/rl10/gc"
ID = "gc"
D0 = D(0)

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVC", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVS", "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"))

MON = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
WDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------- drawing helpers
class Doc:
    def __init__(self, out, size, total):
        self.c = canvas.Canvas(out, pagesize=size, invariant=1)
        self.W, self.H = size
        self.pn = 1
        self.total = total or 0
        self.footer = None

    def t(self, x, y, s, f="DV", sz=8, al="l"):
        self.c.setFont(f, sz)
        if al == "r":
            self.c.drawRightString(x, y, s)
        elif al == "c":
            self.c.drawCentredString(x, y, s)
        else:
            self.c.drawString(x, y, s)

    def hl(self, x1, x2, y, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, y, x2, y)

    def box(self, x, y, w, h, lw=0.6, fill=None):
        self.c.setLineWidth(lw)
        if fill is not None:
            self.c.setFillGray(fill)
            self.c.rect(x, y, w, h, stroke=1, fill=1)
            self.c.setFillGray(0)
        else:
            self.c.rect(x, y, w, h, stroke=1, fill=0)

    def newpage(self):
        if self.footer:
            self.footer(self)
        self.c.showPage()
        self.pn += 1

    def finish(self):
        if self.footer:
            self.footer(self)
        self.c.save()


def render(path, size, draw):
    """Draw twice: the first pass counts the pages so footers can say 'Page n of m'."""
    d = Doc(io.BytesIO(), size, None)
    draw(d)
    d.finish()
    d2 = Doc(path, size, d.pn)
    draw(d2)
    d2.finish()
    return d2.pn


def wrap(text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        cand = w if not cur else cur + " " + w
        if stringWidth(cand, font, size) <= width:
            cur = cand
            continue
        if cur:
            lines.append(cur)
            cur = ""
        while stringWidth(w, font, size) > width:
            k = len(w)
            while k > 1 and stringWidth(w[:k], font, size) > width:
                k -= 1
            lines.append(w[:k])
            w = w[k:]
        cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def table(d, rows, y, bottom, lh, top_fn, colhdr_fn, brk_fn=None, cont_fn=None, brk_h=0):
    """rows: dict(cells=[(x, al, lines, font, size)], n=lines, tx=txn or None, keep=extra lines to keep with).
    Breaks pages, calls brk_fn at the bottom (carried forward) and cont_fn on top of the next page."""
    st = {"bal": None, "pdr": D0, "pcr": D0, "page_tx": 0}
    y = colhdr_fn(d, y)
    for r in rows:
        need = (r["n"] + r.get("keep", 0)) * lh
        if y - need < bottom + brk_h and st["page_tx"] + r.get("force", 0) > 0:
            if brk_fn:
                brk_fn(d, y, st)
            d.newpage()
            y = top_fn(d)
            y = colhdr_fn(d, y)
            st["pdr"], st["pcr"], st["page_tx"] = D0, D0, 0
            if cont_fn:
                y = cont_fn(d, y, st)
        for (x, al, lines, font, size) in r["cells"]:
            for k, s in enumerate(lines):
                d.t(x, y - k * lh, s, font, size, al)
        tx = r.get("tx")
        if tx is not None:
            st["bal"] = tx["bal"]
            st["last"] = tx
            if tx["amt"] < 0:
                st["pdr"] += -tx["amt"]
            else:
                st["pcr"] += tx["amt"]
        st["page_tx"] += 1
        if r.get("rule"):
            d.hl(r["rule"][0], r["rule"][1], y - r["n"] * lh + lh * 0.6, 0.3)
        y -= r["n"] * lh
    return y, st


def ensure(d, y, need, bottom, top_fn):
    if y - need < bottom:
        d.newpage()
        return top_fn(d)
    return y


# ----------------------------------------------------------------------------- numbers, dates, data
def fnum(v, th=",", dp=".", dec=2):
    q = abs(v).quantize(D("0.01"))
    ip, _, fp = ("%.2f" % q).partition(".")
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:])
        ip = ip[:-3]
    g.insert(0, ip)
    return th.join(g) + dp + fp


def inr(v):
    """Indian digit grouping: 1,23,45,678.90"""
    q = abs(v).quantize(D("0.01"))
    ip, _, fp = ("%.2f" % q).partition(".")
    if len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        g = []
        while len(head) > 2:
            g.insert(0, head[-2:])
            head = head[:-2]
        if head:
            g.insert(0, head)
        ip = ",".join(g) + "," + tail
    return ip + "." + fp


def us(v):
    return fnum(v)


def eu(v):
    return fnum(v, ".", ",")


def money(rng, lo, hi):
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


def gen(rng, start, end, n, cat, fixed=()):
    """cat: list of (weight, fn(rng, date) -> dict(desc, amt, ...)).  fixed: (day_offset, fn)."""
    out = []
    nd = (end - start).days + 1
    tot = sum(w for w, _ in cat)
    for off, fn in fixed:
        day = start + dt.timedelta(off)
        r = fn(rng, day)
        r["date"] = day
        out.append(r)
    for _ in range(n):
        day = start + dt.timedelta(rng.randrange(nd))
        x = rng.uniform(0, tot)
        for w, fn in cat:
            x -= w
            if x <= 0:
                break
        r = fn(rng, day)
        r["date"] = day
        out.append(r)
    out.sort(key=lambda r: r["date"])
    return out


def lift(ob, txns, margin):
    b, m = ob, ob
    for r in txns:
        b += r["amt"]
        m = min(m, b)
    if m >= margin:
        return ob
    return ob + ((margin - m) / 100).to_integral_value(rounding="ROUND_CEILING") * 100


def run_bal(ob, txns):
    b = ob
    for r in txns:
        b += r["amt"]
        r["bal"] = b
    return b


def last_of_day(txns):
    for i, r in enumerate(txns):
        r["eod"] = i + 1 == len(txns) or txns[i + 1]["date"] != r["date"]
        r["fod"] = i == 0 or txns[i - 1]["date"] != r["date"]


def period(variant, yc="yearchange"):
    if variant == yc:
        return dt.date(2025, 12, 16), dt.date(2026, 1, 15)
    return dt.date(2025, 8, 1), dt.date(2025, 8, 31)


def q2(v):
    return str(v.quantize(D("0.01")))


def write_truth(stem, family, account, cur, ps, pe, ob, cb, txns):
    assert ob + sum((r["amt"] for r in txns), D0) == cb, stem
    b = ob
    tx = []
    for r in txns:
        b += r["amt"]
        assert b == r["bal"], stem
        e = {"date": r["date"].isoformat(), "description": " ".join(" ".join(r["tdesc"]).split()),
             "amount": q2(r["amt"])}
        if r.get("pbal") is not None:
            e["balance"] = q2(r["pbal"])
        tx.append(e)
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": account, "currency": cur,
         "period_start": ps.isoformat(), "period_end": pe.isoformat(), "opening_balance": q2(ob),
         "closing_balance": q2(cb), "transactions": tx}
    with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump(j, f, ensure_ascii=False, indent=1)


def stem_of(name, variant):
    return "%s_%s" % (ID, name) + ("__" + variant if variant else "")


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


# ----------------------------------------------------------------------------- 1 Wells Fargo Everyday Checking
def us_wellsfargo(variant):
    rng = random.Random("wf" + variant)
    stem = stem_of("us_wellsfargo", variant)
    ps, pe = period(variant, "dec_jan")
    shops = [("Safeway #1456", "San Jose", "CA"), ("Trader Joe's #123", "Campbell", "CA"), ("Chevron 0094521", "San Jose", "CA"),
             ("Amazon.com*Rt4Lk2Q01", "Amzn.com/Bill", "WA"), ("Target T-2154", "San Jose", "CA"),
             ("Starbucks Store 05821", "Los Gatos", "CA"), ("CVS/Pharmacy #09912", "San Jose", "CA"),
             ("Costco Whse #0423", "Sunnyvale", "CA")]
    card = "Card 4821"

    def purchase(r, day):
        m, c, s = r.choice(shops)
        txt = "Purchase authorized on %02d/%02d %s %s %s S%s %s" % (day.month, day.day, m, c, s, digits(r, 15), card)
        if variant == "long_desc":
            txt = ("Purchase Intl authorized on %02d/%02d %s %s %s Foreign Transaction Amount 41.20 EUR Exchange "
                   "Rate 1.0874 S%s %s" % (day.month, day.day, m, c, s, digits(r, 15), card))
        return {"desc": txt, "amt": -money(r, 4, 160)}

    def atm(r, day):
        return {"desc": "ATM Withdrawal authorized on %02d/%02d 1200 El Camino Real Santa Clara CA 0003%s ATM ID 0061K %s"
                        % (day.month, day.day, digits(r, 3), card), "amt": -D(r.choice([40, 60, 100, 200]))}

    def zelle_out(r, day):
        return {"desc": "Zelle to %s on %02d/%02d Ref #PP0%s %s" % (r.choice(["Garcia M", "Nguyen T", "Patel R"]),
                day.month, day.day, alnum(r, 7), r.choice(["Dinner", "Rent share", "Tickets"])), "amt": -money(r, 15, 300)}

    def zelle_in(r, day):
        return {"desc": "Zelle From %s on %02d/%02d Ref # Bac%s" % (r.choice(["Kim S", "Lopez A"]), day.month, day.day,
                alnum(r, 8)), "amt": money(r, 20, 250)}

    def check(r, day):
        return {"desc": "Check", "chk": str(r.randint(1040, 1080)), "amt": -money(r, 50, 900)}

    cat = [(8, purchase), (2, atm), (2, zelle_out), (1, zelle_in), (1, check)]
    fixed = [(0, lambda r, d: {"desc": "Acme Corp Payroll %02d%02d%02d xxxxx4821 Sample John" % (d.year % 100, d.month, d.day),
                              "amt": D("2486.17")}),
             (14, lambda r, d: {"desc": "Acme Corp Payroll %02d%02d%02d xxxxx4821 Sample John" % (d.year % 100, d.month, d.day),
                               "amt": D("2486.17")}),
             (3, lambda r, d: {"desc": "Pacific Gas & Ele Web Online %s 25 %s John Sample" % (MON[d.month], digits(r, 11)),
                              "amt": -D("187.42")}),
             (5, lambda r, d: {"desc": "Online Transfer to Sample J Way2Save Savings ref #IB0%s xxxxxx9917 on %02d/%02d/%02d"
                                       % (alnum(r, 7), d.month, d.day, d.year % 100), "amt": -D("500.00")}),
             (9, lambda r, d: {"desc": "Mobile Deposit : Ref Number :4121%s" % digits(r, 8), "amt": D("350.00")})]
    if variant == "overdrawn":
        fixed.append((12, lambda r, d: {"desc": "Overdraft Fee for a Transaction Posted on %02d/%02d $61.04 Safeway #1456"
                                                % (d.month, d.day), "amt": -D("35.00")}))
    n = 95 if variant == "3pages" else 32
    txns = gen(rng, ps, pe, n, cat, fixed)
    if variant == "overdrawn":
        ob = D("-212.64")
        # keep the account overdrawn for the first ten days: move the paychecks late
        for r in txns:
            if "Payroll" in r["desc"] and r["date"] == ps:
                r["date"] = ps + dt.timedelta(10)
        txns.sort(key=lambda r: r["date"])
    else:
        ob = lift(D("1412.08"), txns, D("150"))
    cb = run_bal(ob, txns)
    last_of_day(txns)

    W, H = letter
    X_DATE, X_CHK, X_DESC, X_DEP, X_WD, X_BAL = 40, 108, 116, 428, 500, 572
    DW = 238
    lh = 9.6
    acct = "1234567890"
    per_txt = "%s %d, %d - %s %d, %d" % (MONTH[ps.month], ps.day, ps.year, MONTH[pe.month], pe.day, pe.year)

    def fmt_b(v):
        return ("-" if v < 0 else "") + us(v)

    rows = []
    for r in txns:
        lines = wrap(r["desc"], "DV", 7.5, DW)
        r["tdesc"] = lines
        cells = [(X_DESC, "l", lines, "DV", 7.5)]
        if r["fod"]:
            cells.append((X_DATE, "l", ["%d/%d" % (r["date"].month, r["date"].day)], "DV", 7.5))
        if r.get("chk"):
            cells.append((X_CHK, "r", [r["chk"]], "DV", 7.5))
        cells.append((X_DEP if r["amt"] > 0 else X_WD, "r", [us(r["amt"])], "DV", 7.5))
        if r["eod"]:
            cells.append((X_BAL, "r", [fmt_b(r["bal"])], "DV", 7.5))
            r["pbal"] = r["bal"]
        rows.append({"cells": cells, "n": len(lines), "tx": r, "rule": (X_DATE, X_BAL) if r["eod"] else None})
    dep = sum((r["amt"] for r in txns if r["amt"] > 0), D0)
    wd = -sum((r["amt"] for r in txns if r["amt"] < 0), D0)

    def footer(d):
        d.t(40, 30, "Sheet Seq = 0%06d" % (245617 + d.pn), "DV", 6)
        d.t(40, 22, "Sheet %05d" % d.pn, "DV", 6)
        d.t(W / 2, 22, "Wells Fargo Bank, N.A. Member FDIC.", "DV", 6, "c")

    def top_next(d):
        d.t(40, H - 40, "Everyday Checking", "DVB", 10)
        d.t(572, H - 40, "Account number: %s  \u25a0  %s  \u25a0  Page %d of %d" % (acct, per_txt, d.pn, d.total), "DV", 7, "r")
        d.t(40, H - 70, "Transaction history (continued)", "DVB", 10)
        return H - 84

    def colhdr(d, y):
        d.hl(40, 572, y + 9, 0.8)
        for x, al, a, b in [(X_DATE, "l", "", "Date"), (X_CHK, "r", "Check", "Number"), (X_DESC, "l", "", "Description"),
                            (X_DEP, "r", "Deposits/", "Additions"), (X_WD, "r", "Withdrawals/", "Subtractions"),
                            (X_BAL, "r", "Ending daily", "balance")]:
            if a:
                d.t(x, y, a, "DVB", 7, al)
            d.t(x, y - 8.5, b, "DVB", 7, al)
        d.hl(40, 572, y - 12, 0.5)
        return y - 22

    def draw(d):
        d.footer = footer
        c = d.c
        c.setFillColorRGB(0.82, 0.1, 0.13)
        c.rect(40, H - 62, 58, 30, stroke=0, fill=1)
        c.setFillGray(1)
        d.t(69, H - 45, "WELLS", "DVB", 9, "c")
        d.t(69, H - 56, "FARGO", "DVB", 9, "c")
        c.setFillGray(0)
        d.t(110, H - 48, "Everyday Checking", "DVB", 14)
        d.t(572, H - 40, "%s %d, %d  \u25a0  Page %d of %d" % (MONTH[pe.month], pe.day, pe.year, d.pn, d.total), "DV", 7, "r")
        for i, s in enumerate(["JOHN Q SAMPLE", "1234 MAIN ST APT 5", "SAN JOSE CA 95112-4410"]):
            d.t(60, H - 100 - i * 10, s, "DV", 8)
        d.box(360, H - 140, 212, 62)
        d.t(366, H - 88, "Questions?", "DVB", 8)
        for i, s in enumerate(["Available by phone 24 hours a day, 7 days a week:", "1-800-TO-WELLS  (1-800-869-3557)",
                               "Online: wellsfargo.com", "Write: Wells Fargo Bank, N.A. (114)", "P.O. Box 6995, Portland, OR 97228-6995"]):
            d.t(366, H - 98 - i * 8.5, s, "DV", 6.5)
        y = H - 170
        d.t(40, y, "Statement period activity summary", "DVB", 9)
        d.box(40, y - 62, 260, 54)
        summ = [("Beginning balance on %d/%d" % (ps.month, ps.day), ("-$" if ob < 0 else "$") + us(ob)),
                ("Deposits/Additions", us(dep)), ("Withdrawals/Subtractions", "- " + us(wd)),
                ("Ending balance on %d/%d" % (pe.month, pe.day), ("-$" if cb < 0 else "$") + us(cb))]
        for i, (a, b) in enumerate(summ):
            d.t(48, y - 20 - i * 11, a, "DVB" if i in (0, 3) else "DV", 7.5)
            d.t(292, y - 20 - i * 11, b, "DVB" if i in (0, 3) else "DV", 7.5, "r")
        d.t(320, y - 20, "Account number: %s" % acct, "DV", 7.5)
        d.t(320, y - 31, "JOHN Q SAMPLE", "DV", 7.5)
        d.t(320, y - 42, "California account terms and conditions apply", "DV", 7)
        d.t(320, y - 53, "For Direct Deposit use Routing Number (RTN): 121042882", "DV", 7)
        y -= 92
        d.t(40, y, "Transaction history", "DVB", 10)
        y, st = table(d, rows, y - 16, 70, lh, top_next, colhdr)
        y = ensure(d, y, 60, 70, top_next)
        d.hl(40, 572, y + 6, 0.8)
        d.t(X_DESC, y - 4, "Ending balance on %d/%d" % (pe.month, pe.day), "DVB", 7.5)
        d.t(X_BAL, y - 4, fmt_b(cb), "DVB", 7.5, "r")
        d.t(X_DESC, y - 16, "Totals", "DVB", 7.5)
        d.t(X_DEP, y - 16, "$" + us(dep), "DVB", 7.5, "r")
        d.t(X_WD, y - 16, "$" + us(wd), "DVB", 7.5, "r")
        d.t(40, y - 34, "The Ending Daily Balance does not reflect any pending withdrawals or holds on deposited funds that may",
            "DV", 6.5)
        d.t(40, y - 42, "have been outstanding on your account when your transactions posted.", "DV", 6.5)

    render(os.path.join(OUT, stem + ".pdf"), letter, draw)
    write_truth(stem, "gc_us_wellsfargo", "****7890", "USD", ps, pe, ob, cb, txns)


# ----------------------------------------------------------------------------- 2 Capital One credit card
def us_capitalone(variant):
    rng = random.Random("c1" + variant)
    stem = stem_of("us_capitalone", variant)
    if variant == "dec_jan":
        ps, pe = dt.date(2025, 12, 12), dt.date(2026, 1, 11)
    else:
        ps, pe = dt.date(2025, 7, 12), dt.date(2025, 8, 11)
    merch = ["AMAZON.COM*2K4L71Q03 SEATTLE WA", "SHELL OIL 57444218 AUSTIN TX", "UBER *TRIP HELP.UBER.COMCA",
             "TRADER JOE S #412 AUSTIN TX", "SPOTIFY USA 877-7781161 NY", "H-E-B #612 AUSTIN TX",
             "TST* TACODELI - LAMAR AUSTIN TX", "TARGET 00021436 AUSTIN TX", "CHICK-FIL-A #03186 AUSTIN TX",
             "NETFLIX.COM NETFLIX.COM CA", "SQ *JO'S COFFEE AUSTIN TX", "WALGREENS #11234 AUSTIN TX"]
    cat = [(10, lambda r, d: {"desc": r.choice(merch), "amt": -money(r, 3, 220), "sec": "T"}),
           (1, lambda r, d: {"desc": "AMAZON.COM*RETURN 8L2X4 AMZN.COM/BILLWA", "amt": money(r, 10, 60), "sec": "P"})]
    prev = D("962.10")
    if variant == "credit_balance":
        prev = D("-25.00")
    n = 70 if variant == "2pages" else 24
    fixed = []
    if prev > 0:
        fixed.append((8, lambda r, d: {"desc": "CAPITAL ONE MOBILE PYMT AuthDate %02d-%s" % (d.day, MON[d.month]),
                                       "amt": prev, "sec": "P"}))
    txns = gen(rng, ps, pe, n, cat, fixed)
    if variant == "interest":
        txns.append({"desc": "PAST DUE FEE", "amt": -D("29.00"), "sec": "F", "date": ps + dt.timedelta(4)})
        txns.append({"desc": "Interest Charge on Purchases", "amt": -D("17.84"), "sec": "I", "date": pe})
    order = {"P": 0, "T": 1, "F": 2, "I": 3}
    txns.sort(key=lambda r: (order[r["sec"]], r["date"]))
    ob = -prev
    cb = run_bal(ob, txns)
    for r in txns:
        r["post"] = r["date"] + dt.timedelta(rng.choice([0, 1, 1, 2])) if r["sec"] in "PT" else r["date"]
        if r["post"] > pe:
            r["post"] = pe
        r["tdesc"] = [r["desc"]]
    newbal = -cb
    pay = sum((r["amt"] for r in txns if r["sec"] == "P" and "PYMT" in r["desc"]), D0)
    oth = sum((r["amt"] for r in txns if r["sec"] == "P" and "PYMT" not in r["desc"]), D0)
    trn = -sum((r["amt"] for r in txns if r["sec"] == "T"), D0)
    fee = -sum((r["amt"] for r in txns if r["sec"] == "F"), D0)
    intr = -sum((r["amt"] for r in txns if r["sec"] == "I"), D0)
    minpay = max(D("25.00"), (newbal * D("0.01") + intr + fee).quantize(D("1"))) if newbal > 0 else D0

    W, H = letter
    X_TD, X_PD, X_DS, X_AM = 40, 92, 148, 572
    lh = 11

    def md(d):
        return "%s %d" % (MON[d.month], d.day)

    def amt_s(v):
        # issuer view: charges positive, payments and credits "- $"
        return ("- $" if v > 0 else "$") + us(v)

    def bal_s(v):
        return ("-$" if v < 0 else "$") + us(v)

    def footer(d):
        d.t(40, 28, "Page %d of %d" % (d.pn, d.total), "DV", 7)
        d.t(572, 28, "Capital One, N.A.  P.O. Box 60599, City of Industry, CA 91716-0599", "DV", 6, "r")

    def top_next(d):
        d.t(40, H - 40, "Quicksilver Card | Visa Signature ending in 4821", "DVB", 9)
        d.t(572, H - 40, "%s - %s" % (fmt_long(ps), fmt_long(pe)), "DV", 8, "r")
        d.hl(40, 572, H - 48)
        d.t(40, H - 66, "Transactions (Continued)", "DVB", 11)
        return H - 84

    def fmt_long(d):
        return "%s %d, %d" % (MON[d.month], d.day, d.year)

    def colhdr(d, y):
        d.t(X_TD, y, "Trans Date", "DVB", 7.5)
        d.t(X_PD, y, "Post Date", "DVB", 7.5)
        d.t(X_DS, y, "Description", "DVB", 7.5)
        d.t(X_AM, y, "Amount", "DVB", 7.5, "r")
        d.hl(40, 572, y - 4)
        return y - 16

    def sec_rows(title, sec, total_label):
        rs = [{"cells": [(40, "l", [title], "DVB", 8.5)], "n": 1.4, "keep": 2}]
        tot = D0
        for r in txns:
            if r["sec"] != sec:
                continue
            rs.append({"cells": [(X_TD, "l", [md(r["date"])], "DV", 8), (X_PD, "l", [md(r["post"])], "DV", 8),
                                 (X_DS, "l", [r["desc"]], "DV", 8), (X_AM, "r", [amt_s(r["amt"])], "DV", 8)],
                       "n": 1, "tx": r})
            tot += r["amt"]
        if total_label:
            rs.append({"cells": [(X_DS, "l", [total_label], "DVB", 8), (X_AM, "r", [bal_s(-tot)], "DVB", 8)],
                       "n": 1.6, "rule": (X_DS, X_AM)})
        return rs

    rows = []
    rows += sec_rows("JOHN Q PUBLIC #4821: Payments, Credits and Adjustments", "P", None)
    rows += sec_rows("JOHN Q PUBLIC #4821: Transactions", "T", None)
    rows.append({"cells": [(X_DS, "l", ["Total Transactions for This Period"], "DVB", 8),
                           (X_AM, "r", [bal_s(trn)], "DVB", 8)], "n": 2})
    rows.append({"cells": [(40, "l", ["Fees"], "DVB", 9)], "n": 1.4, "keep": 1})
    for r in txns:
        if r["sec"] == "F":
            rows.append({"cells": [(X_TD, "l", [md(r["date"])], "DV", 8), (X_PD, "l", [md(r["post"])], "DV", 8),
                                   (X_DS, "l", [r["desc"]], "DV", 8), (X_AM, "r", [amt_s(r["amt"])], "DV", 8)],
                         "n": 1, "tx": r})
    rows.append({"cells": [(X_DS, "l", ["Total Fees for This Period"], "DVB", 8), (X_AM, "r", [bal_s(fee)], "DVB", 8)],
                 "n": 2})
    rows.append({"cells": [(40, "l", ["Interest Charged"], "DVB", 9)], "n": 1.4, "keep": 2})
    irow = [r for r in txns if r["sec"] == "I"]
    rows.append({"cells": [(X_DS, "l", ["Interest Charge on Purchases"], "DV", 8),
                           (X_AM, "r", [bal_s(intr)], "DV", 8)], "n": 1, "tx": irow[0] if irow else None})
    rows.append({"cells": [(X_DS, "l", ["Interest Charge on Cash Advances"], "DV", 8), (X_AM, "r", ["$0.00"], "DV", 8)], "n": 1})
    rows.append({"cells": [(X_DS, "l", ["Interest Charge on Other Balances"], "DV", 8), (X_AM, "r", ["$0.00"], "DV", 8)], "n": 1})
    rows.append({"cells": [(X_DS, "l", ["Total Interest for This Period"], "DVB", 8), (X_AM, "r", [bal_s(intr)], "DVB", 8)],
                 "n": 2})
    for r in irow:
        r["tdesc"] = ["Interest Charge on Purchases"]

    def draw(d):
        d.footer = footer
        d.c.setFillColorRGB(0.0, 0.2, 0.4)
        d.t(40, H - 50, "Capital One", "DVB", 20)
        d.c.setFillGray(0)
        d.t(572, H - 38, "Quicksilver Card | Visa Signature ending in 4821", "DVB", 9, "r")
        d.t(572, H - 50, "%s - %s  |  %d days in Billing Cycle" % (fmt_long(ps), fmt_long(pe), (pe - ps).days + 1), "DV", 8, "r")
        # payment information box
        d.box(40, H - 190, 250, 124)
        d.t(50, H - 82, "Payment Information", "DVB", 10)
        d.t(50, H - 102, "New Balance", "DV", 8)
        d.t(280, H - 102, bal_s(newbal), "DVB", 12, "r")
        d.t(50, H - 120, "Minimum Payment Due", "DV", 8)
        d.t(280, H - 120, "$" + us(minpay), "DVB", 10, "r")
        due = pe + dt.timedelta(28)
        d.t(50, H - 138, "Payment Due Date", "DV", 8)
        d.t(280, H - 138, fmt_long(due), "DVB", 10, "r")
        d.t(50, H - 156, "For online and mobile payments, the deadline is 8pm ET.", "DV", 6.5)
        d.t(50, H - 166, "Late Payment Warning: If we do not receive your minimum payment by", "DV", 6.5)
        d.t(50, H - 174, "the date listed above, you may have to pay a late fee of up to $40.00.", "DV", 6.5)
        # account summary
        d.box(310, H - 190, 262, 124)
        d.t(320, H - 82, "Account Summary", "DVB", 10)
        summ = [("Previous Balance", bal_s(prev)), ("Payments", "- $" + us(pay)), ("Other Credits", "- $" + us(oth)),
                ("Transactions", "+ $" + us(trn)), ("Cash Advances", "+ $0.00"), ("Fees Charged", "+ $" + us(fee)),
                ("Interest Charged", "+ $" + us(intr)), ("New Balance", "= " + bal_s(newbal))]
        for i, (a, b) in enumerate(summ):
            f = "DVB" if i in (0, 7) else "DV"
            d.t(320, H - 98 - i * 11, a, f, 8)
            d.t(562, H - 98 - i * 11, b, f, 8, "r")
        d.t(320, H - 204, "Credit Limit $6,500.00    Available Credit $%s" % us(D("6500") - max(newbal, D0)), "DV", 7.5)
        y = H - 232
        d.t(40, y, "Transactions", "DVB", 12)
        d.t(40, y - 12, "Visit capitalone.com to see detailed transactions.", "DV", 7)
        table(d, rows, y - 30, 60, lh, top_next, colhdr)

    render(os.path.join(OUT, stem + ".pdf"), letter, draw)
    write_truth(stem, "gc_us_capitalone", "****4821", "USD", ps, pe, ob, cb, txns)


# ----------------------------------------------------------------------------- 3 Monzo (grouped under day headings)
def uk_monzo(variant):
    rng = random.Random("mz" + variant)
    stem = stem_of("uk_monzo", variant)
    ps, pe = period(variant, "year_change")
    shops = ["Tesco", "Pret A Manger", "Sainsbury's", "Transport for London", "Deliveroo", "Greggs", "Boots",
             "Amazon", "Co-op", "Uber", "Costa Coffee", "Spotify"]
    cat = [(10, lambda r, d: {"desc": r.choice(shops), "amt": -money(r, 1.5, 65)}),
           (2, lambda r, d: {"desc": "Transfer to Pot: %s" % r.choice(["Holiday", "Bills", "Rainy day"]),
                             "amt": -D(r.choice([20, 25, 50, 100]))}),
           (1, lambda r, d: {"desc": "%s Faster Payment Reference: %s" % (r.choice(["JAMES OKAFOR", "P SHARMA"]),
                                     r.choice(["pizza", "tickets", "thanks"])), "amt": money(r, 8, 60)}),
           (1, lambda r, d: {"desc": "ATM Withdrawal Notemachine %s" % r.choice(["Camden Rd", "Kings Cross"]),
                             "amt": -D(r.choice([20, 40, 60]))})]
    fixed = [(0, lambda r, d: {"desc": "Direct Debit: Octopus Energy Reference: A-7F2C91D4", "amt": -D("96.00")}),
             (0, lambda r, d: {"desc": "Standing Order: Landlord Rent Reference: FLAT 3 42 HOLLOWAY RD", "amt": -D("1150.00")}),
             (2, lambda r, d: {"desc": "Direct Debit: Vodafone Ltd Reference: 7712449012", "amt": -D("24.00")}),
             (26, lambda r, d: {"desc": "NORTHWIND DIGITAL LTD Faster Payment Reference: SALARY AUG", "amt": D("2684.33")})]
    n = 110 if variant == "3pages" else 34
    txns = gen(rng, ps, pe, n, cat, fixed)
    if variant == "overdraft":
        ob = D("-148.20")
    else:
        ob = lift(D("820.00"), txns, D("20"))
    cb = run_bal(ob, txns)
    last_of_day(txns)
    W, H = A4
    X_DS, X_AM, X_BL = 50, 450, 545
    lh = 10.5
    cur = "£" if variant == "pound_sign" else ""

    def sgn(v, plus=True):
        return ("-" if v < 0 else ("+" if plus and v > 0 else "")) + cur + us(v)

    rows = []
    days = []
    dd = ps
    while dd <= pe:
        days.append(dd)
        dd += dt.timedelta(1)
    for day in days:
        dtx = [r for r in txns if r["date"] == day]
        if not dtx:
            continue
        head = "%s, %d %s %d" % (WDAY[day.weekday()], day.day, MONTH[day.month], day.year)
        rows.append({"cells": [(X_DS - 10, "l", [head], "DVB", 8.5)], "n": 1.5, "keep": 1, "rule": (X_DS - 10, X_BL)})
        for r in dtx:
            lines = wrap(r["desc"], "DV", 8, 330)
            r["tdesc"] = lines
            r["pbal"] = r["bal"]
            rows.append({"cells": [(X_DS, "l", lines, "DV", 8), (X_AM, "r", [sgn(r["amt"])], "DV", 8),
                                   (X_BL, "r", [sgn(r["bal"], False)], "DV", 8)], "n": len(lines) + 0.3, "tx": r})
    tin = sum((r["amt"] for r in txns if r["amt"] > 0), D0)
    tout = -sum((r["amt"] for r in txns if r["amt"] < 0), D0)

    def footer(d):
        d.t(50, 40, "Monzo Bank Limited is a company registered in England and Wales (No. 09446231). Monzo Bank Limited is "
                    "authorised by the", "DV", 5.8)
        d.t(50, 32, "Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential "
                    "Regulation Authority. Registered office: Broadwalk House, 5 Appold St, London EC2A 2AG.", "DV", 5.8)
        d.t(545, 20, "Page %d of %d" % (d.pn, d.total), "DV", 7, "r")

    def top_next(d):
        d.t(50, H - 50, "Personal Account statement", "DVB", 11)
        d.t(545, H - 50, "%s - %s" % (ps.strftime("%d/%m/%Y"), pe.strftime("%d/%m/%Y")), "DV", 8, "r")
        return H - 80

    def colhdr(d, y):
        d.t(X_DS - 10, y, "Description", "DVB", 8)
        d.t(X_AM, y, "(GBP) Amount", "DVB", 8, "r")
        d.t(X_BL, y, "(GBP) Balance", "DVB", 8, "r")
        d.hl(40, 545, y - 5, 0.8)
        return y - 20

    def draw(d):
        d.footer = footer
        d.c.setFillColorRGB(0.07, 0.14, 0.27)
        d.t(50, H - 60, "monzo", "DVB", 22)
        d.c.setFillGray(0)
        d.t(545, H - 50, "Personal Account statement", "DVB", 12, "r")
        d.t(545, H - 64, "%s - %s" % (ps.strftime("%d/%m/%Y"), pe.strftime("%d/%m/%Y")), "DV", 9, "r")
        for i, s in enumerate(["Ms Hannah Wright", "Flat 3, 42 Holloway Road", "London", "N7 8JL"]):
            d.t(50, H - 100 - i * 11, s, "DV", 8.5)
        d.t(340, H - 100, "Sort code: 04-00-04", "DV", 8.5)
        d.t(340, H - 111, "Account number: 41827730", "DV", 8.5)
        d.t(340, H - 122, "IBAN: GB37 MONZ 0400 0441 8277 30", "DV", 8.5)
        d.t(340, H - 133, "BIC: MONZGB2L", "DV", 8.5)
        d.box(50, H - 210, 495, 58, fill=0.95)
        labels = [("Balance at start", ps), ("Total deposits", None), ("Total outgoings", None), ("Balance at end", pe)]
        vals = [ob, tin, -tout, cb]
        for i, ((a, _), v) in enumerate(zip(labels, vals)):
            x = 62 + i * 122
            d.t(x, H - 172, a, "DV", 7.5)
            d.t(x, H - 190, ("-£" if v < 0 else "£") + us(v), "DVB", 11)
        d.t(50, H - 232, "Transactions", "DVB", 11)
        table(d, rows, H - 252, 60, lh, top_next, colhdr)

    render(os.path.join(OUT, stem + ".pdf"), A4, draw)
    write_truth(stem, "gc_uk_monzo", "****7730", "GBP", ps, pe, ob, cb, txns)


# ----------------------------------------------------------------------------- 4 AIB (Ireland) Statement of Account
def ie_aib(variant):
    rng = random.Random("aib" + variant)
    stem = stem_of("ie_aib", variant)
    ps, pe = period(variant, "year_change")
    shops = ["VDP-TESCO STORES 31", "VDC-CENTRA DAME ST", "VDP-DUNNES STORES", "VDC-LIDL IRELAND", "VDP-CIRCLE K 2241",
             "VDC-BOOTS 0412", "VDP-LEAP CARD TOPUP", "VDC-INSOMNIA COFFEE"]
    fx_shops = [("VDP-AMAZON.CO.UK", "GBP", D("0.8534")), ("VDC-NETFLIX.COM", "USD", D("1.0921")),
                ("VDP-BOOKING.COM", "USD", D("1.0874"))]

    def fx(r, d):
        m, ccy, rate = r.choice(fx_shops)
        fam = money(r, 8, 120)
        eur = (fam / rate).quantize(D("0.01"))
        return {"desc": m, "sub": "%s %s@%s" % (ccy, us(fam), rate), "amt": -eur}

    cat = [(9, lambda r, d: {"desc": r.choice(shops), "amt": -money(r, 3, 110)}),
           (2, lambda r, d: {"desc": "ATM %s" % r.choice(["DUB AIRPORT", "GRAFTON ST", "RATHMINES"]),
                             "amt": -D(r.choice([50, 100, 150]))}),
           (2, lambda r, d: {"desc": "*MOBI %s" % r.choice(["C O'BRIEN", "A KELLY", "SAVINGS"]), "amt": -money(r, 20, 250)}),
           (1, lambda r, d: {"desc": "*INET %s" % r.choice(["N BYRNE", "REFUND"]), "amt": money(r, 15, 120)})]
    if variant == "fx_line":
        cat.append((4, fx))
    fixed = [(1, lambda r, d: {"desc": "D/D ELECTRIC IRELAND", "amt": -D("118.40")}),
             (4, lambda r, d: {"desc": "D/D VHI HEALTHCARE", "amt": -D("142.17")}),
             (10, lambda r, d: {"desc": "STAMP DUTY", "amt": -D("5.00")}),
             (22, lambda r, d: {"desc": "ACME SOLUTIONS LTD SALARY", "amt": D("3211.56")}),
             (24, lambda r, d: {"desc": "FEE-QTR TO 15AUG25", "amt": -D("18.00")})]
    n = 150 if variant == "3pages" else 30
    txns = gen(rng, ps, pe, n, cat, fixed)
    if variant == "overdrawn":
        ob = D("-356.12")
    else:
        ob = lift(D("640.00"), txns, D("10"))
    cb = run_bal(ob, txns)
    last_of_day(txns)
    W, H = A4
    X_DT, X_DS, X_DR, X_CR, X_BL = 45, 110, 385, 460, 545
    lh = 11

    def bal(v):
        return us(v) + ("dr" if v < 0 else "")

    rows = []
    for r in txns:
        lines = [r["desc"]] + ([r["sub"]] if r.get("sub") else [])
        r["tdesc"] = lines
        cells = [(X_DS, "l", lines, "DV", 8), (X_DR if r["amt"] < 0 else X_CR, "r", [us(r["amt"])], "DV", 8)]
        if r["fod"]:
            cells.append((X_DT, "l", [r["date"].strftime("%d %b %Y")], "DV", 8))
        if r["eod"]:
            cells.append((X_BL, "r", [bal(r["bal"])], "DV", 8))
            r["pbal"] = r["bal"]
        rows.append({"cells": cells, "n": len(lines), "tx": r})

    def header(d):
        d.c.setFillColorRGB(0.45, 0.13, 0.55)
        d.t(45, H - 55, "AIB", "DVB", 24)
        d.c.setFillGray(0)
        d.t(545, H - 40, "Statement of Account", "DVB", 12, "r")
        d.t(545, H - 53, "Allied Irish Banks, p.l.c.", "DV", 8, "r")
        info = [("Branch", "1 Lower Baggot St, Dublin 2"), ("National Sort Code", "93-11-52"),
                ("Account Name", "MR SEAN MURPHY"), ("Account Number", "12345-678"),
                ("IBAN", "IE29 AIBK 9311 5212 3456 78"), ("Date of Statement", pe.strftime("%d %b %Y")),
                ("Page Number", str(d.pn))]
        for i, (a, b) in enumerate(info):
            d.t(330, H - 78 - i * 10, a, "DV", 7.5)
            d.t(420, H - 78 - i * 10, b, "DV", 7.5)
        if d.pn == 1:
            for i, s in enumerate(["MR SEAN MURPHY", "14 ORWELL PARK", "RATHGAR", "DUBLIN 6"]):
                d.t(60, H - 90 - i * 10, s, "DV", 8)
        return H - 170

    def colhdr(d, y):
        d.box(40, y - 4, 510, 14, 0.4, 0.88)
        for x, al, s in [(X_DT, "l", "Date"), (X_DS, "l", "Details"), (X_DR, "r", "Debit \u20ac"),
                         (X_CR, "r", "Credit \u20ac"), (X_BL, "r", "Balance \u20ac")]:
            d.t(x, y, s, "DVB", 8, al)
        return y - 16

    def cont(d, y, st):
        d.t(X_DT, y, st["last"]["date"].strftime("%d %b %Y"), "DV", 8)
        d.t(X_DS, y, "BALANCE FORWARD", "DVB", 8)
        d.t(X_BL, y, bal(st["bal"]), "DV", 8, "r")
        return y - lh

    def footer(d):
        d.t(45, 40, "Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland. Registered Office: 10 Molesworth "
                    "Street, Dublin 2. Registered in Ireland No. 24173.", "DV", 5.8)
        d.t(45, 32, "Please examine this statement carefully and notify any discrepancy to your branch.", "DV", 5.8)

    def draw(d):
        d.footer = footer
        y = header(d)
        d.t(45, y + 14, "Statement of Account with Allied Irish Banks, p.l.c.  (%s to %s)" % (ps.strftime("%d %b %Y"),
            pe.strftime("%d %b %Y")), "DV", 7.5)
        first = [{"cells": [(X_DT, "l", [ps.strftime("%d %b %Y")], "DV", 8), (X_DS, "l", ["BALANCE FORWARD"], "DVB", 8),
                            (X_BL, "r", [bal(ob)], "DV", 8)], "n": 1}]
        # BALANCE FORWARD on later pages carries the date of the last row already printed
        table(d, first + rows, y, 60, lh, header, colhdr, None, cont)

    render(os.path.join(OUT, stem + ".pdf"), A4, draw)
    write_truth(stem, "gc_ie_aib", "****5678", "EUR", ps, pe, ob, cb, txns)


# ----------------------------------------------------------------------------- 5 ING (NL): Af/Bij marker column
def nl_ing(variant):
    rng = random.Random("ing" + variant)
    stem = stem_of("nl_ing", variant)
    ps, pe = period(variant)
    long = variant == "long_desc"

    def ba(r, d):
        shop = r.choice(["Albert Heijn 1403 AMSTERDAM", "Jumbo Amsterdam Oost AMSTERDAM", "HEMA Kalverstraat AMSTERDAM",
                         "Kruidvat 7821 AMSTERDAM", "NS Amsterdam Centraal", "Bakkerij Bart B.V. AMSTERDAM"])
        t = "%02d-%02d-%04d %02d:%02d" % (d.day, d.month, d.year, r.randint(8, 21), r.randint(0, 59))
        lines = [shop, "Pasvolgnr: 00%d %s" % (r.randint(1, 3), t), "Transactie: %s Term: %s" % (alnum(r, 6), alnum(r, 8))]
        return {"lines": lines, "code": "BA", "amt": -money(r, 2, 95)}

    def ov_out(r, d):
        name, desc = r.choice([("J. de Vries", "Etentje zaterdag"), ("Stichting Vrienden v/h Rijksmuseum", "Donatie 2025"),
                               ("K. Bakker", "Huur parkeerplek augustus")])
        lines = [name, "Omschrijving: %s" % desc, "IBAN: NL%02dRABO0%s" % (r.randint(10, 99), digits(r, 9))]
        if long:
            lines += ["Kenmerk: %s" % digits(r, 16), "Datum/Tijd: %02d-%02d-%04d %02d:%02d:%02d" % (
                d.day, d.month, d.year, r.randint(8, 22), r.randint(0, 59), r.randint(0, 59))]
        return {"lines": lines, "code": "GT", "amt": -money(r, 10, 180)}

    def ic(r, d):
        name = r.choice(["Vattenfall Klantenservice N.V.", "Ziggo Services B.V.", "Zilveren Kruis Zorgverzekeringen N.V."])
        lines = [name, "Omschrijving: Termijnbedrag %s 2025" % r.choice(["augustus", "factuur 8"]),
                 "IBAN: NL%02dINGB000%s" % (r.randint(10, 99), digits(r, 7)),
                 "Kenmerk: %s Machtiging ID: %s" % (digits(r, 12), alnum(r, 10))]
        if long:
            lines.insert(2, "Incassant ID: NL%02dZZZ%s SEPA Incasso algemeen doorlopend" % (r.randint(10, 99), digits(r, 12)))
        return {"lines": lines, "code": "IC", "amt": -money(r, 25, 160)}

    def gm(r, d):
        return {"lines": ["ING Amsterdam Zuid", "Pasvolgnr: 002 %02d-%02d-%04d" % (d.day, d.month, d.year)],
                "code": "GM", "amt": -D(r.choice([20, 50, 100]))}

    def tikkie(r, d):
        return {"lines": ["AAB INZ TIKKIE", "Omschrijving: Tikkie ID %s %s" % (digits(r, 12), r.choice(["pizza", "bioscoop"])),
                          "IBAN: NL%02dABNA0%s" % (r.randint(10, 99), digits(r, 9))], "code": "OV", "amt": money(r, 5, 45)}

    cat = [(9, ba), (2, ov_out), (2, ic), (1, gm), (2, tikkie)]
    fixed = [(24, lambda r, d: {"lines": ["Werkgever Digitaal B.V.", "Omschrijving: Salaris augustus 2025",
                                          "IBAN: NL91ABNA0417164300"], "code": "OV", "amt": D("3412.77")}),
             (0, lambda r, d: {"lines": ["Woonstichting De Key", "Omschrijving: Huur augustus 2025 contract 44127",
                                         "IBAN: NL44INGB0000123456"], "code": "GT", "amt": -D("1084.50")})]
    n = 42 if variant == "3pages" else 26
    txns = gen(rng, ps, pe, n, cat, fixed)
    if variant == "rood_saldo":
        ob = D("-412.36")
    else:
        ob = lift(D("1250.00"), txns, D("30"))
    cb = run_bal(ob, txns)
    W, H = A4
    mb = variant == "marker_before"
    X_DT, X_DS, X_CD = 45, 110, 360
    X_AM, X_MK = (520, 410) if mb else (470, 490)
    lh = 10
    rows = []
    for r in txns:
        r["tdesc"] = r["lines"]
        rows.append({"cells": [(X_DT, "l", [r["date"].strftime("%d-%m-%Y")], "DV", 7.5),
                               (X_DS, "l", r["lines"], "DV", 7.5), (X_CD, "l", [r["code"]], "DV", 7.5),
                               (X_AM, "r", [eu(r["amt"])], "DV", 7.5),
                               (X_MK, "l", ["Af" if r["amt"] < 0 else "Bij"], "DV", 7.5)],
                     "n": len(r["lines"]) + 0.5, "tx": r, "rule": (X_DT, 550)})
    taf = -sum((r["amt"] for r in txns if r["amt"] < 0), D0)
    tbij = sum((r["amt"] for r in txns if r["amt"] > 0), D0)

    def sal(v):
        return ("-" if v < 0 else "") + eu(v)

    def footer(d):
        d.t(45, 34, "ING Bank N.V., statutair gevestigd te Amsterdam, Handelsregister nr. 33031431. ING Bank N.V. staat onder "
                    "toezicht van DNB en AFM.", "DV", 5.8)
        d.t(550, 22, "Pagina %d van %d" % (d.pn, d.total), "DV", 7, "r")

    def top(d):
        d.c.setFillColorRGB(1, 0.38, 0)
        d.t(45, H - 50, "ING", "DVB", 20)
        d.c.setFillGray(0)
        d.t(550, H - 42, "Rekeningoverzicht", "DVB", 11, "r")
        d.t(550, H - 54, "Betaalrekening NL12 INGB 0001 2345 67", "DV", 8, "r")
        d.t(550, H - 64, "Periode %s t/m %s" % (ps.strftime("%d-%m-%Y"), pe.strftime("%d-%m-%Y")), "DV", 8, "r")
        return H - 90

    def colhdr(d, y):
        d.c.setFillColorRGB(1, 0.38, 0)
        d.c.rect(40, y - 5, 512, 15, stroke=0, fill=1)
        d.c.setFillGray(1)
        d.t(X_DT, y, "Datum", "DVB", 7.5)
        d.t(X_DS, y, "Naam / Omschrijving", "DVB", 7.5)
        d.t(X_CD, y, "Code", "DVB", 7.5)
        d.t(X_AM, y, "Bedrag (EUR)", "DVB", 7.5, "r")
        d.t(X_MK, y, "Af/Bij", "DVB", 7.5)
        d.c.setFillGray(0)
        return y - 18

    def draw(d):
        d.footer = footer
        y = top(d)
        for i, s in enumerate(["Dhr. P.J. van Dijk", "Linnaeusstraat 112-3", "1093 EM AMSTERDAM"]):
            d.t(60, y - 10 - i * 10, s, "DV", 8.5)
        y -= 60
        d.box(40, y - 46, 512, 50, 0.5, 0.96)
        heads = ["Beginsaldo op %s" % ps.strftime("%d-%m-%Y"), "Totaal afgeschreven", "Totaal bijgeschreven",
                 "Eindsaldo op %s" % pe.strftime("%d-%m-%Y")]
        vals = [sal(ob), eu(taf), eu(tbij), sal(cb)]
        for i, (a, b) in enumerate(zip(heads, vals)):
            d.t(50 + i * 127, y - 12, a, "DV", 7)
            d.t(50 + i * 127, y - 30, "\u20ac " + b, "DVB", 10)
        y -= 70
        d.t(45, y, "Bij- en afschrijvingen", "DVB", 10)
        y, st = table(d, rows, y - 18, 55, lh, top, colhdr)
        y = ensure(d, y, 30, 55, top)
        d.hl(X_DT, 550, y + 4, 0.8)
        d.t(X_DS, y - 8, "Totaal afgeschreven", "DV", 7.5)
        d.t(X_AM, y - 8, eu(taf), "DV", 7.5, "r")
        d.t(X_DS, y - 18, "Totaal bijgeschreven", "DV", 7.5)
        d.t(X_AM, y - 18, eu(tbij), "DV", 7.5, "r")

    render(os.path.join(OUT, stem + ".pdf"), A4, draw)
    write_truth(stem, "gc_nl_ing", "NL12INGB0001234567", "EUR", ps, pe, ob, cb, txns)


# ----------------------------------------------------------------------------- 6 Rabobank rekeningafschrift
def nl_rabobank(variant):
    rng = random.Random("rabo" + variant)
    stem = stem_of("nl_rabobank", variant)
    ps, pe = period(variant, "jaarwissel")
    cat = [(8, lambda r, d: {"desc": r.choice(["Albert Heijn 1234 UTRECHT", "Jumbo Utrecht Overvecht", "Action 3312 Utrecht",
                                               "Shell Utrecht Waterlinieweg", "Etos 0921 UTRECHT", "Bol.com via iDEAL"]),
                             "type": "ba", "amt": -money(r, 2, 90)}),
           (2, lambda r, d: {"desc": "%s %s" % (r.choice(["Belastingdienst", "Gemeente Utrecht", "NS Groep IZ NS Reizigers"]),
                                                "Betalingskenm. %s" % digits(r, 16)), "type": "ei", "amt": -money(r, 15, 220)}),
           (2, lambda r, d: {"desc": "%s %s" % (r.choice(["Thuisbezorgd.nl via Adyen", "Coolblue B.V. via iDEAL",
                                                         "Zalando SE via Adyen"]), "Order %s" % digits(r, 10)),
                             "type": "id", "amt": -money(r, 12, 140)}),
           (1, lambda r, d: {"desc": "M. Jansen Terugbetaling weekend", "type": "cb", "amt": money(r, 20, 90)})]
    fixed = [(22, lambda r, d: {"desc": "Bouwbedrijf Van Leeuwen B.V. Salaris periode 8", "type": "cb", "amt": D("2874.10")}),
             (0, lambda r, d: {"desc": "Mitros Woningcorporatie Huur Kerkstraat 12 bis", "type": "ei", "amt": -D("912.45")}),
             (3, lambda r, d: {"desc": "Eneco Consumenten Termijnbedrag", "type": "ei", "amt": -D("139.00")}),
             (14, lambda r, d: {"desc": "Spaarrekening 3104.567.890 Overboeking naar spaarrekening", "type": "tb",
                                "amt": -D("250.00")})]
    n = 150 if variant == "3pages" else 28
    txns = gen(rng, ps, pe, n, cat, fixed)
    if variant == "negatief":
        ob = D("-287.40")
    else:
        ob = lift(D("540.00"), txns, D("10"))
    cb = run_bal(ob, txns)
    for r in txns:
        r["rd"] = r["date"] + dt.timedelta(0 if r["type"] in ("ba", "id") else rng.choice([0, 0, 1]))
    W, H = A4
    sw = variant == "bij_af"
    X_DT, X_DS, X_TY, X_RD = 45, 85, 335, 362
    X_AF, X_BIJ = (545, 475) if sw else (475, 545)
    lh = 10
    rows = []
    for r in txns:
        lines = wrap(r["desc"], "DV", 7.5, 240)
        r["tdesc"] = lines
        rows.append({"cells": [(X_DT, "l", [r["date"].strftime("%d-%m")], "DV", 7.5), (X_DS, "l", lines, "DV", 7.5),
                               (X_TY, "l", [r["type"]], "DV", 7.5), (X_RD, "l", [r["rd"].strftime("%d-%m")], "DV", 7.5),
                               (X_AF if r["amt"] < 0 else X_BIJ, "r", [eu(r["amt"])], "DV", 7.5)],
                     "n": len(lines), "tx": r})
    taf = -sum((r["amt"] for r in txns if r["amt"] < 0), D0)
    tbij = sum((r["amt"] for r in txns if r["amt"] > 0), D0)
    cum = {"af": D0, "bij": D0}

    def footer(d):
        d.t(45, 30, "Coöperatieve Rabobank U.A., KvK Utrecht 30046259. Rabobank staat onder toezicht van De Nederlandsche "
                    "Bank en de Autoriteit Financiële Markten.", "DV", 5.8)
        d.t(550, 20, "Blad %d van %d" % (d.pn, d.total), "DV", 7, "r")

    def top(d):
        d.c.setFillColorRGB(0.0, 0.0, 0.5)
        d.t(45, H - 50, "Rabobank", "DVB", 16)
        d.c.setFillGray(0)
        d.t(550, H - 42, "Rekeningafschrift", "DVB", 11, "r")
        d.t(550, H - 54, "Rabo TotaalRekening NL27 RABO 0312 4567 89", "DV", 8, "r")
        d.t(550, H - 64, "Afschrift %d  Periode %s t/m %s" % (8 if ps.month == 8 else 12, ps.strftime("%d-%m-%Y"),
                                                           pe.strftime("%d-%m-%Y")), "DV", 8, "r")
        d.t(550, H - 74, "Blad %d" % d.pn, "DV", 8, "r")
        return H - 100

    def colhdr(d, y):
        for x, al, s in [(X_DT, "l", "Datum"), (X_DS, "l", "Omschrijving"), (X_TY, "l", "Type"), (X_RD, "l", "Rentedatum"),
                         (X_AF, "r", "Bedrag af"), (X_BIJ, "r", "Bedrag bij")]:
            d.t(x, y, s, "DVB", 7.5, al)
        d.hl(40, 552, y - 4, 0.8)
        return y - 16

    def saldo_row(label, v, day):
        return {"cells": [(X_DT, "l", [day.strftime("%d-%m")], "DVB", 7.5), (X_DS, "l", [label], "DVB", 7.5),
                          (X_AF if v < 0 else X_BIJ, "r", [eu(v)], "DVB", 7.5)], "n": 1.5}

    def brk(d, y, st):
        for r in txns:
            pass
        d.hl(X_AF - 60, 552, y + 6, 0.3)
        d.t(X_DS, y - 4, "Transport", "DVB", 7.5)
        d.t(X_AF, y - 4, eu(st["caf"]), "DVB", 7.5, "r")
        d.t(X_BIJ, y - 4, eu(st["cbij"]), "DVB", 7.5, "r")

    def cont(d, y, st):
        d.t(X_DS, y, "Transport", "DVB", 7.5)
        d.t(X_AF, y, eu(st["caf"]), "DVB", 7.5, "r")
        d.t(X_BIJ, y, eu(st["cbij"]), "DVB", 7.5, "r")
        return y - lh * 1.5

    def draw(d):
        d.footer = footer
        y = top(d)
        for i, s in enumerate(["Mevr. L. de Groot", "Kerkstraat 12 bis", "3512 RT UTRECHT"]):
            d.t(60, y - i * 10, s, "DV", 8.5)
        y -= 50
        allrows = [saldo_row("Beginsaldo", ob, ps)] + rows
        # Transport lines carry the cumulated column totals, so track them per row
        for r in allrows:
            tx = r.get("tx")
            if tx is not None:
                r["cum"] = True
        st_holder = {}

        def brk2(d2, y2, st):
            caf = -sum((t["amt"] for t in txns if t["amt"] < 0 and txns.index(t) <= txns.index(st["last"])), D0)
            cbij = sum((t["amt"] for t in txns if t["amt"] > 0 and txns.index(t) <= txns.index(st["last"])), D0)
            st["caf"], st["cbij"] = caf, cbij
            brk(d2, y2, st)

        y, st = table(d, allrows, y, 60, lh, top, colhdr, brk2 if variant == "3pages" else None,
                      cont if variant == "3pages" else None, 2 * lh)
        y = ensure(d, y, 50, 60, top)
        d.hl(X_AF - 60, 552, y + 6, 0.3)
        d.t(X_DS, y - 4, "Totaal", "DVB", 7.5)
        d.t(X_AF, y - 4, eu(taf), "DVB", 7.5, "r")
        d.t(X_BIJ, y - 4, eu(tbij), "DVB", 7.5, "r")
        d.t(X_DT, y - 18, pe.strftime("%d-%m"), "DVB", 7.5)
        d.t(X_DS, y - 18, "Eindsaldo", "DVB", 7.5)
        d.t(X_AF if cb < 0 else X_BIJ, y - 18, eu(cb), "DVB", 7.5, "r")

    render(os.path.join(OUT, stem + ".pdf"), A4, draw)
    write_truth(stem, "gc_nl_rabobank", "NL27RABO0312456789", "EUR", ps, pe, ob, cb, txns)


# ----------------------------------------------------------------------------- 7 SBI statement of account
def in_sbi(variant):
    rng = random.Random("sbi" + variant)
    stem = stem_of("in_sbi", variant)
    ps, pe = period(variant, "year_change")
    nobal = variant == "no_balance"

    def upi_dr(r, d):
        m = r.choice([("SWIGGY", "YESB", "swiggy@ybl"), ("ZOMATO", "HDFC", "zomato@hdfcbank"),
                      ("AMAZON", "YESB", "amazonupi@apl"), ("BIGBASKET", "ICIC", "bigbasket@icici"),
                      ("RAMESH KUMAR", "SBIN", "rameshk@oksbi")])
        return {"desc": "TO TRANSFER-UPI/DR/%s/%s/%s/%s/UPI-" % (digits(r, 12), m[0], m[1], m[2]),
                "ref": "TRANSFER TO %s" % digits(r, 13), "amt": -money(r, 80, 4500)}

    def upi_cr(r, d):
        return {"desc": "BY TRANSFER-UPI/CR/%s/%s/SBIN/%s@oksbi/Payment" % (digits(r, 12), r.choice(["ANIL JOSHI", "PRIYA S"]),
                r.choice(["aniljoshi", "priyas91"])), "ref": "TRANSFER FROM %s" % digits(r, 13), "amt": money(r, 200, 6000)}

    def atm(r, d):
        return {"desc": "ATM WDL-ATM CASH %s SBI MG ROAD BANGALORE" % digits(r, 4), "ref": digits(r, 6),
                "amt": -D(r.choice([2000, 5000, 10000]))}

    def ach(r, d):
        return {"desc": "DEBIT-ACHDr %s %s" % (alnum(r, 16), r.choice(["ICICI LOMBARD GEN", "LIC OF INDIA", "BAJAJ FINANCE LTD"])),
                "ref": "-", "amt": -money(r, 1200, 9000)}

    cat = [(8, upi_dr), (2, upi_cr), (2, atm), (1, ach)]
    fixed = [(0, lambda r, d: {"desc": "BY TRANSFER-NEFT*HDFC0000001*N2132%s*ACME SOFTWARE PVT LTD" % digits(r, 8),
                               "ref": "TRANSFER FROM 3199412041305", "amt": D("118450.00")}),
             (4, lambda r, d: {"desc": "TO TRANSFER-INB IMPS/P2A/%s/SUNITA SHARMA/RENT" % digits(r, 12),
                               "ref": "TRANSFER TO 4897694162093", "amt": -D("32000.00")}),
             (9, lambda r, d: {"desc": "DEBIT-ATMCard AMC 621345*5531 CLASSIC", "ref": "-", "amt": -D("236.00")}),
             (27, lambda r, d: {"desc": "CREDIT INTEREST", "ref": "-", "amt": D("412.00")})]
    n = 58 if variant == "3pages" else 26
    txns = gen(rng, ps, pe, n, cat, fixed)
    ob = lift(D("45210.50"), txns, D("1000"))
    cb = run_bal(ob, txns)
    W, H = A4
    X_TD, X_VD, X_DS, X_RF, X_DR, X_CR, X_BL = 36, 84, 132, 290, 420, 486, 559
    if nobal:
        X_DR, X_CR = 470, 555
    DW, RW = 150, 70
    lh = 9.5

    def dfm(d):
        return "%d %s %d" % (d.day, MON[d.month], d.year)

    def bal(v):
        return inr(v) + ("CR" if variant == "balance_cr" else "")

    rows = []
    for r in txns:
        lines = wrap(r["desc"], "DV", 7, DW)
        refl = wrap(r["ref"], "DV", 7, RW)
        r["tdesc"] = lines
        cells = [(X_TD, "l", [dfm(r["date"])], "DV", 7), (X_VD, "l", [dfm(r["date"])], "DV", 7),
                 (X_DS, "l", lines, "DV", 7), (X_RF, "l", refl, "DV", 7),
                 (X_DR if r["amt"] < 0 else X_CR, "r", [inr(r["amt"])], "DV", 7)]
        if not nobal:
            cells.append((X_BL, "r", [bal(r["bal"])], "DV", 7))
            r["pbal"] = r["bal"]
        rows.append({"cells": cells, "n": max(len(lines), len(refl)) + 0.4, "tx": r,
                     "rule": (32, 563)})
    tdr = -sum((r["amt"] for r in txns if r["amt"] < 0), D0)
    tcr = sum((r["amt"] for r in txns if r["amt"] > 0), D0)

    def footer(d):
        d.t(W / 2, 26, "**This is a computer generated statement and does not require a signature.", "DV", 6.5, "c")
        d.t(559, 16, "Page %d of %d" % (d.pn, d.total), "DV", 6.5, "r")

    def top(d):
        d.c.setFillColorRGB(0.0, 0.36, 0.65)
        d.t(36, H - 44, "State Bank of India", "DVB", 14)
        d.c.setFillGray(0)
        return H - 64

    def colhdr(d, y):
        d.box(32, y - 14, 531, 24, 0.5, 0.9)
        hdr = [(X_TD, "l", "Txn Date", ""), (X_VD, "l", "Value", "Date"), (X_DS, "l", "Description", ""),
               (X_RF, "l", "Ref No./Cheque", "No."), (X_DR, "r", "Debit", ""), (X_CR, "r", "Credit", "")]
        if not nobal:
            hdr.append((X_BL, "r", "Balance", ""))
        for x, al, a, b in hdr:
            d.t(x, y, a, "DVB", 7, al)
            if b:
                d.t(x, y - 9, b, "DVB", 7, al)
        return y - 26

    def draw(d):
        d.footer = footer
        y = top(d)
        kv = [("Account Name", "Mr. RAHUL SHARMA"), ("Address", "FLAT 204 SHANTI APARTMENTS 5TH CROSS"),
              ("", "INDIRANAGAR BANGALORE-560038"), ("Date", dfm(pe + dt.timedelta(1))),
              ("Account Number", "00000031234567890"), ("Account Description", "REGULAR SB CHQ-INDIVIDUALS"),
              ("Branch", "MG ROAD BANGALORE"), ("Drawing Power", "0.00"), ("Interest Rate(% p.a.)", "2.7"),
              ("MOD Balance", "0.00"), ("CIF No.", "85123456789"), ("IFS Code", "SBIN0001234"),
              ("MICR Code", "560002018"), ("Nomination Registered", "Yes")]
        for i, (a, b) in enumerate(kv):
            d.t(36, y - i * 10.5, a, "DV", 7.5)
            d.t(150, y - i * 10.5, (": " if a else "  ") + b, "DV", 7.5)
        y -= len(kv) * 10.5 + 6
        d.box(32, y - 34, 300, 38, 0.6)
        d.t(40, y - 9, "Balance as on %s" % dfm(ps), "DVB", 8)
        d.t(200, y - 9, ": " + inr(ob), "DVB", 8)
        d.t(40, y - 21, "Total Debits", "DV", 7.5)
        d.t(200, y - 21, ": " + inr(tdr), "DV", 7.5)
        d.t(40, y - 31, "Total Credits", "DV", 7.5)
        d.t(200, y - 31, ": " + inr(tcr), "DV", 7.5)
        y -= 54
        d.t(W / 2, y, "Account Statement from %s to %s" % (dfm(ps), dfm(pe)), "DVB", 8.5, "c")
        y, st = table(d, rows, y - 20, 50, lh, top, colhdr)
        y = ensure(d, y, 50, 50, top)
        d.box(32, y - 30, 300, 26, 0.6)
        d.t(40, y - 15, "Closing Balance as on %s" % dfm(pe), "DVB", 8)
        d.t(200, y - 15, ": " + inr(cb), "DVB", 8)
        d.t(40, y - 25, "Dr Count : %d   Cr Count : %d" % (sum(1 for r in txns if r["amt"] < 0),
                                                          sum(1 for r in txns if r["amt"] > 0)), "DV", 7)
        d.t(36, y - 44, "Please do not share your ATM, Debit/Credit card number, PIN and OTP with anyone over mail, SMS, "
                        "phone call or any other media.", "DV", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, draw)
    write_truth(stem, "gc_in_sbi", "****7890", "INR", ps, pe, ob, cb, txns)


# ----------------------------------------------------------------------------- 8 Axis Bank credit card (Dr/Cr suffix)
def in_axis(variant):
    rng = random.Random("axis" + variant)
    stem = stem_of("in_axis", variant)
    ps, pe = dt.date(2025, 7, 16), dt.date(2025, 8, 15)
    mer = [("SWIGGY BANGALORE", "FOOD PRODUCTS"), ("ZOMATO LTD GURGAON", "FOOD PRODUCTS"),
           ("AMAZON PAY INDIA PVT LT BANGALORE", "DEPT STORES"), ("FLIPKART INTERNET PVT L BANGALORE", "DEPT STORES"),
           ("IRCTC WEB UPI NEW DELHI", "TRAVEL"), ("INDIAN OIL PETROL PUMP BANGALORE", "FUEL"),
           ("MAKEMYTRIP INDIA PVT LTD GURGAON", "TRAVEL"), ("DMART AVENUE SUPERMART BANGALORE", "GROCERY"),
           ("BOOKMYSHOW MUMBAI", "ENTERTAINMENT"), ("APOLLO PHARMACY BANGALORE", "MEDICAL")]

    def buy(r, d):
        m, c = r.choice(mer)
        a = money(r, 120, 9000)
        cbk = (a * D("0.02")).quantize(D("0.01")) if c in ("FOOD PRODUCTS", "DEPT STORES") else None
        return {"desc": m, "catg": c, "amt": -a, "cbk": cbk}

    cat = [(10, buy)]
    prev = D("-500.00") if variant == "prev_credit" else D("38412.60")
    fixed = []
    if prev > 0:
        fixed.append((6, lambda r, d: {"desc": "BBPS PAYMENT RECEIVED - THANK YOU", "catg": "", "amt": prev}))
    if variant == "cashback":
        fixed += [(9, lambda r, d: {"desc": "CASHBACK CREDITED FOR STATEMENT JUN25", "catg": "", "amt": D("412.36")}),
                  (12, lambda r, d: {"desc": "REFUND FLIPKART INTERNET PVT L BANGALORE", "catg": "DEPT STORES",
                                     "amt": D("1899.00")}),
                  (13, lambda r, d: {"desc": "FUEL SURCHARGE REVERSAL", "catg": "", "amt": D("23.40")})]
    if variant == "gst":
        fixed += [(29, lambda r, d: {"desc": "FINANCE CHARGES", "catg": "", "amt": -D("1142.30")}),
                  (29, lambda r, d: {"desc": "LATE PAYMENT FEE", "catg": "", "amt": -D("600.00")}),
                  (29, lambda r, d: {"desc": "IGST-VPS2522971043251-RATE 18.0 -29 (Ref# ST252270083000010052841)",
                                     "catg": "", "amt": -D("313.61")})]
    n = 70 if variant == "2pages" else 22
    txns = gen(rng, ps, pe, n, cat, fixed)
    ob = -prev
    cb = run_bal(ob, txns)
    due = -cb
    W, H = A4
    X_DT, X_DS, X_CT, X_AM, X_CB = 40, 100, 300, 480, 555
    lh = 11

    def drcr(v):
        return inr(v) + (" Cr" if v < 0 else " Dr")

    rows = []
    for r in txns:
        r["tdesc"] = [r["desc"]]
        cells = [(X_DT, "l", [r["date"].strftime("%d/%m/%Y")], "DV", 7.5), (X_DS, "l", [r["desc"]], "DV", 7.5),
                 (X_CT, "l", [r["catg"]], "DV", 7.5), (X_AM, "r", [drcr(-r["amt"])], "DV", 7.5)]
        if r.get("cbk"):
            cells.append((X_CB, "r", [inr(r["cbk"]) + " Cr"], "DV", 7.5))
        rows.append({"cells": cells, "n": 1.2, "tx": r})
    pay = sum((r["amt"] for r in txns if "PAYMENT RECEIVED" in r["desc"]), D0)
    cred = sum((r["amt"] for r in txns if r["amt"] > 0 and "PAYMENT RECEIVED" not in r["desc"]), D0)
    pur = -sum((r["amt"] for r in txns if r["amt"] < 0 and r["catg"]), D0)
    oth = -sum((r["amt"] for r in txns if r["amt"] < 0 and not r["catg"]), D0)
    minpay = max(D("200"), (due * D("0.05")).quantize(D("1"))) if due > 0 else D0

    def footer(d):
        d.t(40, 30, "Axis Bank Ltd. Registered Office: 'Trishul', 3rd Floor, Opp. Samartheshwar Temple, Law Garden, "
                    "Ellisbridge, Ahmedabad 380006. CIN: L65110GJ1993PLC020769", "DV", 5.8)
        d.t(555, 18, "Page %d of %d" % (d.pn, d.total), "DV", 7, "r")

    def top(d):
        d.c.setFillColorRGB(0.59, 0.08, 0.27)
        d.t(40, H - 48, "AXIS BANK", "DVB", 16)
        d.c.setFillGray(0)
        d.t(555, H - 40, "Flipkart Axis Bank Credit Card Statement", "DVB", 9, "r")
        d.t(555, H - 51, "Credit Card Number: 5334XXXXXXXX4521", "DV", 8, "r")
        return H - 72

    def colhdr(d, y):
        d.box(36, y - 5, 523, 15, 0.4, 0.88)
        for x, al, s in [(X_DT, "l", "DATE"), (X_DS, "l", "TRANSACTION DETAILS"), (X_CT, "l", "MERCHANT CATEGORY"),
                         (X_AM, "r", "AMOUNT (Rs.)"), (X_CB, "r", "CASHBACK EARNED")]:
            d.t(x, y, s, "DVB", 7, al)
        return y - 18

    def draw(d):
        d.footer = footer
        y = top(d)
        d.t(40, y, "ANKITA RAO", "DVB", 8.5)
        for i, s in enumerate(["NO 17 2ND MAIN KORAMANGALA 4TH BLOCK", "BANGALORE 560034", "KARNATAKA"]):
            d.t(40, y - 11 - i * 10, s, "DV", 7.5)
        y -= 52
        d.t(40, y, "PAYMENT SUMMARY", "DVB", 9)
        heads = ["Total Payment Due", "Minimum Payment Due", "Statement Period", "Payment Due Date",
                 "Statement Generation Date"]
        vals = [drcr(due), drcr(minpay), "%s - %s" % (ps.strftime("%d/%m/%Y"), pe.strftime("%d/%m/%Y")),
                (pe + dt.timedelta(20)).strftime("%d/%m/%Y"), pe.strftime("%d/%m/%Y")]
        xs = [40, 140, 245, 370, 465]
        d.box(36, y - 36, 523, 30, 0.5)
        for x, a, b in zip(xs, heads, vals):
            d.t(x, y - 16, a, "DV", 6.8)
            d.t(x, y - 29, b, "DVB", 7.5)
        y -= 52
        d.t(40, y, "Credit Limit  2,50,000.00      Available Credit Limit  %s      Available Cash Limit  50,000.00"
            % inr(D(250000) - max(due, D0)), "DV", 7)
        y -= 18
        d.t(40, y, "ACCOUNT SUMMARY", "DVB", 9)
        heads = ["Previous Balance", "Payments", "Credits", "Purchase", "Cash Advance", "Other Debit&Charges",
                 "Total Payment Due"]
        vals = [drcr(prev), inr(pay), inr(cred), inr(pur), "0.00", inr(oth), drcr(due)]
        d.box(36, y - 36, 523, 30, 0.5)
        for i, (a, b) in enumerate(zip(heads, vals)):
            d.t(40 + i * 74, y - 16, a, "DV", 6.5)
            d.t(40 + i * 74, y - 29, b, "DVB", 7.5)
        y -= 58
        d.t(40, y, "TRANSACTION DETAILS", "DVB", 9)
        y, st = table(d, rows, y - 16, 50, lh, top, colhdr)
        y = ensure(d, y, 30, 50, top)
        d.t(W / 2, y - 12, "**** End of Statement ****", "DVB", 7.5, "c")

    render(os.path.join(OUT, stem + ".pdf"), A4, draw)
    write_truth(stem, "gc_in_axis", "****4521", "INR", ps, pe, ob, cb, txns)


LAYOUTS = [
    (us_wellsfargo, ["3pages", "dec_jan", "overdrawn", "long_desc"]),
    (us_capitalone, ["2pages", "dec_jan", "interest", "credit_balance"]),
    (uk_monzo, ["3pages", "year_change", "overdraft", "pound_sign"]),
    (ie_aib, ["3pages", "year_change", "overdrawn", "fx_line"]),
    (nl_ing, ["3pages", "rood_saldo", "marker_before", "long_desc"]),
    (nl_rabobank, ["3pages", "jaarwissel", "negatief", "bij_af"]),
    (in_sbi, ["3pages", "year_change", "no_balance", "balance_cr"]),
    (in_axis, ["2pages", "cashback", "gst", "prev_credit"]),
]

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn, vs in LAYOUTS:
        for v in [""] + vs:
            fn(v)
    print("ok", len([f for f in os.listdir(OUT) if f.endswith(".pdf")]), "PDFs in", OUT)
