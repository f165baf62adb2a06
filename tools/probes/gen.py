#!/usr/bin/python3
"""Probe generator fz: 12 table layouts, each file with random variations, exact truth (corpus format).

gen.py OUT [N] [SEED]. Variations per file: cell alignment (top/middle/bottom), line pitch, row gap, wrap width,
page breaks inside wrapped rows, repeated/missing header on later pages, "continued" titles, carried/brought
forward lines, page totals, summary box above/beside/none, day headings, signed vs debit/credit, balance on every
row vs day-end only vs none. Files 0-359 cycle through L1-L8 (as first written: the same draws, the same pages);
files from 360 on through L9-L12, which add: two description lines above the amount line (and the rest below),
a currency code in the amount cell ("GBP 12.50"), debits in parentheses mixed with "-" signs, a value date beside
the booking date, a reference column wrapping apart from the description, a running balance only every few rows,
footnote marks after amounts ("*", "\u00b9"), rows parted by rules only, a sub-account's totals block mid-table.
Each file's variant is written into OUT/params.txt, and into OUT/overlaps.txt the generator's own overprints
(overlaps() below): measured from the drawn widths only, so the PDFs and truths are those drawn without it.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus"))
from corpus_kit import Doc, fmt, row_truth_writer, wrap  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "target/probes/gen"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 480
# Files before this index use L1-L8 exactly as the first generator drew them, so their baselines stay comparable.
OLD_N = 360
SEED0 = int(sys.argv[3]) if len(sys.argv) > 3 else 2111
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)

MERCH = ["TESCO STORES", "SAINSBURYS", "AMAZON MARKETPLACE", "SHELL FUEL STATION", "COSTA COFFEE", "VODAFONE MOBILE",
         "THAMES WATER", "BRITISH GAS", "NETFLIX SUBSCRIPTION", "UBER TRIP", "DELIVEROO ORDER", "BOOTS PHARMACY",
         "JOHN LEWIS", "IKEA WEMBLEY", "TRAINLINE TICKETS", "ODEON CINEMAS", "PRET A MANGER", "WAITROSE", "ARGOS",
         "SPOTIFY PREMIUM", "APPLE SERVICES", "COUNCIL TAX", "GYM MEMBERSHIP", "PET SUPPLIES", "GARDEN CENTRE"]
PLACES = ["LONDON", "MANCHESTER", "LEEDS", "BRISTOL", "GLASGOW", "CARDIFF", "OXFORD", "YORK", "BATH", "NORWICH"]
KINDS = ["CARD PURCHASE", "DIRECT DEBIT", "STANDING ORDER", "FASTER PAYMENT", "CONTACTLESS", "ONLINE TRANSFER", "BILL PAYMENT"]
CREDIT = ["SALARY ACME WIDGETS LTD", "REFUND", "TRANSFER FROM SAVINGS", "INTEREST PAID", "CASHBACK REWARD",
          "PAYMENT RECEIVED J SMITH", "HMRC TAX REFUND"]
EXTRA = ["REF {r}", "CARD ENDING {c}", "MANDATE {r}", "AUTH CODE {c}", "TERMINAL {c}", "INVOICE {r}", "ORDER {r}"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DFMT = {"dmy": lambda d: d.strftime("%d/%m/%Y"), "mon": lambda d: "%02d %s %d" % (d.day, MON[d.month - 1], d.year),
        "iso": lambda d: d.isoformat(), "dot": lambda d: d.strftime("%d.%m.%Y")}


def desc_text(rng, credit):
    if credit:
        s = rng.choice(CREDIT)
    else:
        s = rng.choice(KINDS) + " " + rng.choice(MERCH)
        if rng.random() < 0.6: s += " " + rng.choice(PLACES)
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        s += " " + rng.choice(EXTRA).format(r=rng.randint(100000, 9999999), c=rng.randint(1000, 9999))
    return s


# layouts: columns (key, title, x-fraction of table width, align); "desc" left-aligned.
LAYOUTS = {
    "L1": [("date", "Date", 0.0, "l"), ("desc", "Description", 0.14, "l"), ("dr", "Debit", 0.70, "r"),
           ("cr", "Credit", 0.84, "r"), ("bal", "Balance", 1.0, "r")],
    "L2": [("date", "Date", 0.0, "l"), ("desc", "Details", 0.16, "l"), ("amt", "Amount", 0.80, "r"), ("bal", "Balance", 1.0, "r")],
    "L3": [("date", "Date", 0.0, "l"), ("vdate", "Value date", 0.13, "l"), ("desc", "Transaction details", 0.27, "l"),
           ("dr", "Paid out", 0.72, "r"), ("cr", "Paid in", 0.86, "r"), ("bal", "Balance", 1.0, "r")],
    "L4": [("desc", "Description", 0.0, "l"), ("amt", "Amount", 0.78, "r"), ("bal", "Balance", 1.0, "r")],  # day headings
    "L5": [("date", "Date", 0.0, "l"), ("ref", "Reference", 0.14, "l"), ("desc", "Description", 0.30, "l"),
           ("dr", "Withdrawals", 0.84, "r"), ("cr", "Deposits", 1.0, "r")],  # no balance column
    "L6": [("date", "Posted", 0.0, "l"), ("desc", "Narrative", 0.15, "l"), ("dr", "Money\nout", 0.70, "r"),
           ("cr", "Money\nin", 0.84, "r"), ("bal", "Balance", 1.0, "r")],
    "L7": [("date", "Date", 0.0, "l"), ("desc", "Description", 0.15, "l"), ("amt", "Amount", 1.0, "r")],  # signed, no balance
    "L8": [("desc", "Details", 0.0, "l"), ("dr", "Debits", 0.68, "r"), ("cr", "Credits", 0.84, "r"), ("bal", "Balance", 1.0, "r")],  # day headings
    # from file 360 on
    "L9": [("date", "Date", 0.0, "l"), ("desc", "Description", 0.15, "l"), ("amt", "Amount", 0.80, "r"),
           ("bal", "Balance", 1.0, "r")],  # two lines above the amount line, currency code in the cell
    "L10": [("date", "Booked", 0.0, "l"), ("vdate", "Value", 0.12, "l"), ("desc", "Description", 0.24, "l"),
            ("xref", "Reference", 0.56, "l"), ("amt", "Amount", 0.84, "r"), ("bal", "Balance", 1.0, "r")],
    "L11": [("date", "Date", 0.0, "l"), ("desc", "Particulars", 0.14, "l"), ("dr", "Debit", 0.68, "r"),
            ("cr", "Credit", 0.84, "r"), ("bal", "Balance", 1.0, "r")],  # balance every few rows, footnote marks
    "L12": [("date", "Date", 0.0, "l"), ("desc", "Transaction", 0.14, "l"), ("dr", "Withdrawals", 0.68, "r"),
            ("cr", "Deposits", 0.84, "r"), ("bal", "Balance", 1.0, "r")],  # a sub-account's totals mid-table
}
FOOTMARKS = ["*", "\u00b9", "\u2020"]
# A column whose cells end closer than this to the next columns' cells prints into them (the extractor joins or
# mis-assigns the words): no real statement is set so, so such a file measures the generator, not the parser.
TOUCH = 1.5


def overlaps(cols, ext):
    """Per column (in order) the clearance in pt from its cells' right end to the left of any later column's cells.

    ext maps a column key to [leftmost x, rightmost x] of the cells drawn in it (columns without cells are absent).
    Returns (kinds, clear): the keys whose clearance is under TOUCH, and every clearance measured, rounded to 0.1 pt.
    """
    keys = [c[0] for c in cols if c[0] in ext]
    clear = {}
    for j, k in enumerate(keys[:-1]):
        clear[k] = round(min(ext[n][0] for n in keys[j + 1:]) - ext[k][1], 1)
    return [k for k in clear if clear[k] < TOUCH], clear


def make(i):
    seed = SEED0 * 1000 + i
    rng = random.Random(seed)
    lay = "L%d" % (i % 8 + 1) if i < OLD_N else "L%d" % (9 + i % 4)
    cols = LAYOUTS[lay]
    keys = [c[0] for c in cols]
    dayhead = "date" not in keys
    has_bal = "bal" in keys
    P = {"layout": lay, "valign": rng.choice(["top", "middle", "bottom"]), "fs": rng.choice([7, 7.5, 8, 8.5, 9]),
         "lh": rng.choice([8.5, 9, 9.5, 10, 11, 12]), "gap": rng.choice([0, 0, 1, 2, 3, 4, 6]),
         "wrapw": rng.choice([16, 20, 24, 28, 32, 40, 60]), "split": rng.random() < 0.7,
         "rephdr": rng.random() < 0.7, "cont": rng.random() < 0.4, "cf": has_bal and rng.random() < 0.4,
         "ptot": rng.random() < 0.3, "box": rng.choice(["none", "above", "beside"]),
         "balmode": rng.choice(["row", "row", "day"]) if has_bal else "none", "dfmt": rng.choice(list(DFMT)),
         "n": rng.randint(20, 60), "bottom": rng.randint(60, 140), "orow": has_bal and rng.random() < 0.5,
         "neg": rng.choice(["-", "-", "trail", "paren"])}
    if i >= OLD_N:
        more(P, rng)
    if not has_bal and P["box"] == "none": P["box"] = "above"  # opening and closing must be printed somewhere
    if P["fs"] > P["lh"] - 0.5: P["lh"] = P["fs"] + 1.5
    df = DFMT[P["dfmt"]]
    start = dt.date(2025, rng.randint(1, 11), 1)
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    txs = []
    for _ in range(P["n"]):
        cr = rng.random() < 0.2
        a = D(rng.randint(150, 250000 if cr else 60000)) / 100
        txs.append({"date": start + dt.timedelta(days=rng.randint(0, (end - start).days)), "amount": a if cr else -a,
                    "text": desc_text(rng, cr)})
    txs.sort(key=lambda t: t["date"])
    ob = D(rng.randint(-50000, 900000)) / 100
    bal = ob
    for k, t in enumerate(txs):
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = wrap(t["text"], P["wrapw"])
        last_of_day = k == len(txs) - 1 or txs[k + 1]["date"] != t["date"]
        t["shown"] = has_bal and (P["balmode"] == "row" or P["balmode"] == "day" and last_of_day
                                  or P["balmode"].startswith("every") and (k % int(P["balmode"][5:]) == 0 or k == len(txs) - 1))
    cb = bal
    stem = "fz_%03d_%s" % (i, lay)
    ext = draw(os.path.join(OUT, stem + ".pdf"), P, cols, txs, ob, cb, start, end, df, rng)
    write(stem, "fz_" + lay, "40-11-22 7741%04d" % (i,), "GBP", start, end, ob, cb, txs)
    return stem, P, overlaps(cols, ext)


def more(P, rng):
    """The variations of layouts L9-L12, drawn after the others (files 0-359 never draw them)."""
    lay = P["layout"]
    P["ccy"] = rng.choice(["none", "pre", "post"]) if lay in ("L9", "L10") else "none"
    P["fmark"] = rng.choice(["none", "glued", "spaced"]) if lay in ("L11", "L12") else "none"
    P["rules"] = lay in ("L11", "L12") and rng.random() < 0.5
    if P["rules"]: P["gap"] = 0  # rows parted by the rule alone
    if lay == "L9":
        P["valign"] = rng.choice(["two", "two", "middle", "top", "bottom"])
        P["wrapw"] = rng.choice([16, 20, 24, 28])
    if lay == "L10":
        P["wrapw"] = rng.choice([16, 20, 24, 28])  # the description stays clear of the reference column
        P["neg"] = rng.choice(["mixed", "mixed", "paren", "-"])
        P["refw"] = rng.choice([8, 10, 12, 16])
    if lay == "L11":
        P["balmode"] = rng.choice(["every3", "every4", "every5"])
    if lay == "L12":
        P["subat"] = rng.uniform(0.3, 0.7)
        P["neg"] = "-"


def money(v, P, signed, rng=None):
    if not signed: return fmt(abs(v))
    if v >= 0: return fmt(v)
    # "mixed": each row's debit in parentheses or with a minus, drawn per cell (a balance outside the rows: a minus)
    neg = P["neg"] if P["neg"] != "mixed" else rng.choice(["-", "paren"]) if rng else "-"
    return {"-": "-" + fmt(-v), "trail": fmt(-v) + "-", "paren": "(" + fmt(-v) + ")"}[neg]


def dress(cells, P, rng):
    """Currency codes and footnote marks in the money cells of the new layouts."""
    for k in ("amt", "dr", "cr"):
        if k not in cells: continue
        if P.get("ccy") == "pre": cells[k] = "GBP " + cells[k]
        elif P.get("ccy") == "post": cells[k] = cells[k] + " GBP"
        if P.get("fmark", "none") != "none" and rng.random() < 0.25:
            cells[k] += ("" if P["fmark"] == "glued" else " ") + rng.choice(FOOTMARKS)


def draw(path, P, cols, txs, ob, cb, start, end, df, rng):
    doc = Doc(path)
    W, H = doc.W, doc.H
    fs, lh, gap = P["fs"], P["lh"], P["gap"]
    left = 40
    right = W - 40 if P["box"] != "beside" else W - 200
    tw = right - left
    xs = {k: left + f * tw for (k, t, f, al) in cols}
    aligns = {k: al for (k, t, f, al) in cols}
    keys = [c[0] for c in cols]
    signed = "amt" in keys
    dayhead = "date" not in keys
    st = {"page": 0, "y": 0, "pdr": D(0), "pcr": D(0), "bal": ob}
    ext = {}  # column key -> [leftmost x, rightmost x] of the table's cells (headings and titles are not cells)

    def cell(k, x, y, v):
        """Draws one cell of column k and widens the column's extent (a width read, no random draw)."""
        al = aligns.get(k, "l")
        doc.t(x, y, v, fs, False, al)
        w = doc.c.stringWidth(v, doc.font, fs)
        x0 = x - w if al == "r" else x
        e = ext.setdefault(k, [x0, x0 + w])
        e[0], e[1] = min(e[0], x0), max(e[1], x0 + w)

    def page_head(first):
        st["page"] += 1
        doc.t(left, H - 45, "NORTHGATE BANK PLC", 14, True)
        doc.t(W - 40, H - 45, "Statement of account", 9, False, "r")
        doc.t(W - 40, H - 57, "Page %d" % st["page"], 7, False, "r")
        y = H - 75
        if first:
            doc.t(left, y, "Account number 7741%04d   Sort code 40-11-22   Currency GBP" % rng.randint(0, 9999), 8)
            doc.t(left, y - 11, "Statement period %s to %s" % (DFMT["mon"](start), DFMT["mon"](end)), 8)
            y -= 30
            if P["box"] == "above":
                y = box(left, y, 250)
            if P["box"] == "beside":
                box(right + 20, y, W - 40 - right - 20)
        elif P["cont"]:
            doc.t(left, y, "Your transactions (continued)", 9, True)
            y -= 16
        if first or P["rephdr"]:
            nh = max(len(t.split("\n")) for (k, t, f, al) in cols)
            for (k, t, f, al) in cols:
                for j, tl in enumerate(t.split("\n")):
                    doc.t(xs[k], y - j * 9, tl, 7.5, True, al)
            y -= 9 * (nh - 1) + 4
            doc.c.line(left, y, right, y)
            y -= fs + 4
        else:
            y -= 4
        st["y"] = y
        if first and P["orow"]:
            line_cells({"desc": "Opening balance", "bal": fmt(ob) if ob >= 0 else money(ob, P, True)}, y)
            st["y"] -= lh + gap
        if not first and P["cf"]:
            line_cells({"desc": "Balance brought forward", "bal": money(st["bal"], P, True)}, st["y"])
            st["y"] -= lh + gap

    def box(x, y, w):
        dr = -sum(t["amount"] for t in txs if t["amount"] < 0)
        crs = sum(t["amount"] for t in txs if t["amount"] > 0)
        doc.t(x, y, "Account summary", 8.5, True)
        lines = [("Opening balance", money(ob, P, True)), ("Total paid out", fmt(dr)), ("Total paid in", fmt(crs)),
                 ("Closing balance", money(cb, P, True))]
        for j, (a, b) in enumerate(lines):
            doc.t(x, y - 12 * (j + 1), a, 8); doc.t(x + w, y - 12 * (j + 1), b, 8, False, "r")
        return y - 12 * (len(lines) + 1) - 14

    def line_cells(cells, y):
        for k, v in cells.items():
            if k in xs: cell(k, xs[k], y, v)

    def page_foot(last):
        y = st["y"]
        if P["ptot"]:
            c = {"desc": "Page total"}
            if signed: c["amt"] = money(st["pcr"] - st["pdr"], P, True)
            else: c.update({"dr": fmt(st["pdr"]), "cr": fmt(st["pcr"])})
            line_cells(c, y); y -= lh + gap
        if not last and P["cf"]:
            line_cells({"desc": "Balance carried forward", "bal": money(st["bal"], P, True)}, y); y -= lh + gap
        if last and P["orow"]:
            line_cells({"desc": "Closing balance", "bal": money(cb, P, True)}, y)
        doc.t(left, 30, "Northgate Bank PLC is authorised by the Prudential Regulation Authority.", 6)
        st["pdr"], st["pcr"] = D(0), D(0)

    def new_page():
        page_foot(False)
        doc.c.showPage()
        page_head(False)

    def room(nlines):
        return st["y"] - (nlines - 1) * lh >= P["bottom"] + (lh + gap) * (int(P["ptot"]) + int(P["cf"]))

    def sub_block(done):
        # A sub-account's (a card's) totals under its rows, mid-table, and the next one's title (L12).
        if not room(3): new_page()
        st["y"] -= lh / 2
        line_cells({"desc": "Total card ending 4821", "dr": fmt(-sum(t["amount"] for t in done if t["amount"] < 0)),
                    "cr": fmt(sum(t["amount"] for t in done if t["amount"] > 0))}, st["y"])
        st["y"] -= lh * 1.5 + gap
        doc.t(xs["desc"], st["y"], "J SMITH  Card ending 7730", fs, True)
        st["y"] -= lh + gap

    page_head(True)
    prevday = None
    for k, t in enumerate(txs):
        lines = t["desc_lines"]
        n = len(lines)
        if dayhead and t["date"] != prevday:
            if not room(1) or (not room(2) and rng.random() < 0.7): new_page()
            doc.t(left, st["y"], "%s %s" % (WD[t["date"].weekday()], DFMT["mon"](t["date"])), fs, True)
            st["y"] -= lh + gap
        prevday = t["date"]
        if not P["split"] and not room(n): new_page()
        elif not room(1): new_page()
        cells = {}
        if not dayhead: cells["date"] = df(t["date"])
        if "vdate" in xs: cells["vdate"] = df(t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2])))
        if "ref" in xs: cells["ref"] = "%06d" % rng.randint(1, 999999)
        if signed: cells["amt"] = money(t["amount"], P, True, rng)
        elif t["amount"] < 0: cells["dr"] = fmt(-t["amount"])
        else: cells["cr"] = fmt(t["amount"])
        if t["shown"]: cells["bal"] = money(t["bal"], P, True, rng)
        if "ccy" in P: dress(cells, P, rng)
        ai = {"top": 0, "bottom": n - 1, "middle": (n - 1) / 2, "two": min(2, n - 1)}[P["valign"]]
        # A reference column wrapping apart from the description, from the amount line down (L10).
        refs = wrap("REF %06d-%04d/%02d" % (rng.randint(0, 999999), rng.randint(0, 9999), rng.randint(0, 99)),
                    P["refw"]) if "xref" in xs else []
        total = max(n, int(ai) + len(refs))
        for j in range(total):
            if j > 0 and not room(1): new_page()
            if j < n: cell("desc", xs["desc"], st["y"], lines[j])
            if 0 <= j - int(ai) < len(refs): cell("xref", xs["xref"], st["y"], refs[j - int(ai)])
            if j == int(ai):
                # cells at this line, or midway to the next line where the middle falls between two lines on one page
                y = st["y"]
                if ai != int(ai) and room(2): y = st["y"] - lh / 2
                line_cells(cells, y)
                st["bal"] = t["bal"]
                if t["amount"] < 0: st["pdr"] -= t["amount"]
                else: st["pcr"] += t["amount"]
            st["y"] -= lh
        st["y"] -= gap
        if P.get("rules"):
            ry = st["y"] + (lh + gap) / 2 + fs * 0.35
            doc.c.setLineWidth(0.3); doc.c.line(left, ry, right, ry)
        if "subat" in P and k == int(P["subat"] * len(txs)):
            sub_block(txs[:k + 1])
    page_foot(True)
    doc.c.showPage()
    doc.c.save()
    return ext


if __name__ == "__main__":
    # overlaps.txt, a line per file: stem, the columns printing into the next ("-" if none; "desc": a description
    # line, "date": a date joined to the description, ...) and each column's clearance in pt (negative: over it).
    with open(os.path.join(OUT, "params.txt"), "w") as f, open(os.path.join(OUT, "overlaps.txt"), "w") as g:
        for i in range(N):
            stem, P, (kinds, clear) = make(i)
            f.write(stem + " " + " ".join("%s=%s" % kv for kv in P.items()) + "\n")
            g.write("%s %s %s\n" % (stem, ",".join(kinds) or "-", " ".join("%s=%s" % kv for kv in clear.items())))
