#!/usr/bin/python3
"""Generator gh: 6 Asian / African / Middle-East statement layouts x (base + 2 one-change variants), exact truth.

Layouts: Maybank (Malaysia, trailing +/- amounts), POSB/DBS (Singapore, Withdrawal (-) / Deposit (+)), HSBC Hong
Kong (B/F and C/F BALANCE, balance once per day), China Merchants Bank (simplified Chinese, signed amount, the
counterparty column right of the balance), Equity Bank Kenya (Money Out / Money In, fee and excise lines), Al Rajhi
(Saudi Arabia, English, Debit / Credit / Balance).  Deterministic: `/usr/bin/python3 gen_gh.py OUT_DIR`.
"""
import datetime as dt
import json
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gh/gen"
os.makedirs(OUT, exist_ok=True)
from corpus_kit import running, wrap
C2 = D("0.01")
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def fmt(v, th=",", dec=".", nd=2):
    s = "%.*f" % (nd, abs(D(v)))
    ip, fp = (s.split(".") + [""])[:2]
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:]); ip = ip[:-3]
    g.insert(0, ip)
    return ("-" if D(v) < 0 else "") + th.join(g) + ((dec + fp) if nd else "")


def cjk(s):
    return any(ord(ch) >= 0x2E80 for ch in s)


class Doc:
    def __init__(self, path, size=A4):
        self.c = canvas.Canvas(path, pagesize=size, invariant=1)
        self.W, self.H = size

    def t(self, x, y, s, size=8, bold=False, align="l"):
        f = "STSong-Light" if cjk(s) else ("DVB" if bold else "DV")
        self.c.setFont(f, size)
        if align == "r": self.c.drawRightString(x, y, s)
        elif align == "c": self.c.drawCentredString(x, y, s)
        else: self.c.drawString(x, y, s)

    def line(self, x1, y, x2, w=0.5):
        self.c.setLineWidth(w); self.c.line(x1, y, x2, y)

    def rect(self, x, y, w, h, fill=None):
        if fill is not None:
            self.c.setFillGray(fill); self.c.rect(x, y, w, h, stroke=0, fill=1); self.c.setFillGray(0)
        else:
            self.c.setLineWidth(0.6); self.c.rect(x, y, w, h)


def make_txns(rng, start, end, n, pool, credits, pcredit=0.2):
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pcredit:
            desc, lo, hi = rng.choice(credits); sgn = 1
        else:
            desc, lo, hi = rng.choice(pool); sgn = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sgn
        r = rng.randint(100000, 999999)
        if isinstance(desc, (list, tuple)):
            lines = [l.format(r=r) for l in desc]
        else:
            lines = [desc.format(r=r)]
        txs.append({"date": d, "lines": lines, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    return txs


def render(path, header, cols, rows, footer, lh=10, per_page=40, top=None, bf=None, cf=None, bottom=None,
           hsize=7, hgap=9, rowgap=2, floor=60, bottom_h=90):
    """rows: dicts with cell strings by column key, 'desc' (list of lines), '_before'/'_after' balances.
    header(doc, p, np) -> y of the column titles; cols: (title with \\n, x, align, key).  A page ends after
    per_page description lines or when the next row would pass `floor` (the last page keeps bottom_h free)."""
    nh = max(len(c[0].split("\n")) for c in cols)
    scratch = Doc("/dev/null")
    rh = lambda r: lh * max(1, len(r.get("desc", [""]))) + rowgap
    pages, cur, used, y = [], [], 0, None
    for i, r in enumerate(rows):
        if y is None:
            y = header(scratch, len(pages) + 1, 9) - hgap * nh - 4 - (13 if (not pages and top) or (pages and bf) else 0)
        nl = max(1, len(r.get("desc", [""])))
        need = rh(r) + 13 + (bottom_h if i == len(rows) - 1 else 0)
        if cur and (used + nl > per_page or y - need < floor):
            pages.append(cur); cur, used = [], 0
            y = header(scratch, len(pages) + 1, 9) - hgap * nh - 4 - (13 if bf else 0)
        cur.append(r); used += nl; y -= rh(r)
    pages.append(cur)
    doc = Doc(path)
    np_ = len(pages)
    for pi, pr in enumerate(pages):
        y = header(doc, pi + 1, np_)
        for (title, x, al, key) in cols:
            for k, tl in enumerate(title.split("\n")):
                doc.t(x, y - k * hgap, tl, hsize, True, al)
        y -= hgap * nh + 4
        doc.line(36, y + 8, doc.W - 36)
        if pi == 0 and top:
            y = top(doc, y)
        if pi > 0 and bf:
            y = bf(doc, y, pr[0])
        for r in pr:
            lines = r.get("desc", [""])
            for (title, x, al, key) in cols:
                if key == "desc":
                    for k, l in enumerate(lines):
                        doc.t(x, y - k * lh, l, 8, False, al)
                elif key in r:
                    v = r[key]
                    if isinstance(v, list):
                        for k, l in enumerate(v):
                            doc.t(x, y - k * lh, l, 8, False, al)
                    else:
                        doc.t(x, y, v, 8, False, al)
            y -= rh(r)
        if pi < np_ - 1 and cf:
            y = cf(doc, y, pr[-1])
        if pi == np_ - 1 and bottom:
            y = bottom(doc, y)
        footer(doc, pi + 1, np_)
        doc.c.showPage()
    doc.c.save()


def write_truth(stem, family, acct, cur, ps, pe, ob, txs):
    """txs carry 'lines' (description lines), 'amount', and 'bal' when the statement prints it on that row."""
    tr, bal = [], D(ob)
    for t in txs:
        bal += t["amount"]
        e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["lines"]).split()),
             "amount": str(t["amount"].quantize(C2))}
        if t.get("bal") is not None:
            assert t["bal"] == bal, (stem, t)
            e["balance"] = str(t["bal"].quantize(C2))
        tr.append(e)
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": acct, "currency": cur,
         "period_start": ps.isoformat(), "period_end": pe.isoformat(), "opening_balance": str(D(ob).quantize(C2)),
         "closing_balance": str(bal.quantize(C2)), "transactions": tr}
    with open(os.path.join(OUT, stem + ".json"), "w") as f:
        json.dump(j, f, ensure_ascii=False, indent=1)



# ------------------------------------------------------------------------------------ 1 Maybank (Malaysia)
def maybank(stem, seed, n=16, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("4218.65"), pages=False,
            longdesc=False):
    rng = random.Random(seed)
    pool = [(["SALE DEBIT", "GRAB RIDES-EC KUALA LUMPUR"], 8, 45),
            (["IBK FUND TFR TO A/C", "LIM WEI JIE *", "makan malam"], 20, 300),
            (["CASH WITHDRAWAL", "MAYBANK ATM SS2 PETALING JAYA"], 50, 500),
            (["JOMPAY BILL PAYMENT", "TM UNIFI 1{r}"], 99, 189),
            (["FPX PAYMENT FR A/C", "TENAGA NASIONAL BERHAD", "2{r}0"], 60, 280),
            (["DUITNOW QR P2P", "KEDAI MAKAN ALI MAJU *", "QR Payment"], 6, 40),
            (["PAYMENT VIA MYDEBIT", "SHELL MALAYSIA TRADING SDN"], 40, 120),
            (["DEBIT ADVICE", "ETIQA TAKAFUL PREMIUM"], 120, 120)]
    cr = [(["SALARY CREDIT", "SYARIKAT MAJU JAYA SDN BHD"], 4200, 6500),
          (["TRANSFER FROM A/C", "NURUL AINA BT HASSAN*", "duit sewa"], 200, 900),
          (["PROFIT PAID"], 1, 9)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if longdesc:
        extra = [["FUND TRANSFER TO A/C", "SYARIKAT PEMBINAAN TEGUH", "SDN BHD *", "Invoice INV-2025-0611 deposit"],
                 ["DUITNOW TRANSFER FR A/C", "MUHAMMAD FIRDAUS BIN ZAINAL", "ABIDIN *", "bayaran balik pinjaman",
                  "kereta bulan Jun"],
                 ["INTERBANK GIRO DR", "LEMBAGA HASIL DALAM NEGERI", "PCB/MTD 2025 IC 880312-10-5531"]]
        for k, ls in zip((3, 8, 14), extra):
            txs[k]["lines"] = ls
    cb = running(txs, ob)
    dd = lambda d: d.strftime("%d/%m/%y")
    rows = []
    for t in txs:
        a = fmt(-t["amount"]) + "-" if t["amount"] < 0 else fmt(t["amount"]) + "+"
        rows.append({"d": dd(t["date"]), "v": dd(t["date"]), "desc": t["lines"], "a": a, "b": fmt(t["bal"])})
    tdb = sum(-t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.rect(36, H - 58, 110, 30, fill=0.85)
        doc.t(44, H - 48, "Maybank", 18, True)
        doc.t(160, H - 40, "Malayan Banking Berhad (3813-K)", 7)
        doc.t(160, H - 49, "Menara Maybank, 100 Jalan Tun Perak, 50050 Kuala Lumpur", 6)
        doc.t(doc.W - 36, H - 40, "PENYATA AKAUN", 10, True, "r")
        doc.t(doc.W - 36, H - 51, "STATEMENT OF ACCOUNT", 8, True, "r")
        doc.t(340, H - 75, "TARIKH PENYATA", 7); doc.t(340, H - 83, "STATEMENT DATE", 7)
        doc.t(440, H - 79, ": " + dd(end), 8)
        doc.t(340, H - 95, "NOMBOR AKAUN", 7); doc.t(340, H - 103, "ACCOUNT NUMBER", 7)
        doc.t(440, H - 99, ": 164012-345678", 8)
        doc.t(340, H - 115, "MUKA / PAGE", 7); doc.t(440, H - 115, ": %d / %d" % (p, np_), 8)
        if p == 1:
            doc.t(44, H - 75, "MUHAMMAD HAFIZ BIN ABDULLAH", 8, True)
            doc.t(44, H - 86, "NO 12 JALAN SS 2/24", 8)
            doc.t(44, H - 97, "47300 PETALING JAYA", 8)
            doc.t(44, H - 108, "SELANGOR", 8)
            doc.t(44, H - 135, "MAYBANK SAVINGS ACCOUNT            RM", 8, True)
            doc.t(44, H - 147, "URUSNIAGA AKAUN / ACCOUNT TRANSACTIONS", 8, True)
            return H - 165
        doc.t(44, H - 135, "URUSNIAGA AKAUN / ACCOUNT TRANSACTIONS (SAMBUNGAN / CONTINUED)", 8, True)
        return H - 153

    cols = [("TARIKH MASUK\nENTRY DATE", 40, "l", "d"), ("TARIKH NILAI\nVALUE DATE", 106, "l", "v"),
            ("BUTIR URUSNIAGA\nTRANSACTION DESCRIPTION", 170, "l", "desc"),
            ("JUMLAH URUSNIAGA\nTRANSACTION AMOUNT", 458, "r", "a"), ("BAKI PENYATA\nSTATEMENT BALANCE", 556, "r", "b")]

    def top(doc, y):
        doc.t(170, y, "BEGINNING BALANCE", 8); doc.t(556, y, fmt(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        y -= 4
        doc.line(36, y + 9, doc.W - 36)
        doc.t(170, y, "ENDING BALANCE :", 8, True); doc.t(556, y, fmt(cb), 8, True, "r")
        doc.t(170, y - 11, "LEDGER BALANCE :", 8); doc.t(556, y - 11, fmt(cb), 8, align="r")
        doc.t(170, y - 22, "TOTAL DEBIT :", 8); doc.t(458, y - 22, fmt(tdb), 8, align="r")
        doc.t(170, y - 33, "TOTAL CREDIT :", 8); doc.t(458, y - 33, fmt(tcr), 8, align="r")
        doc.t(40, y - 55, "PERHATIAN / NOTE", 7, True)
        doc.t(40, y - 64, "Semua butiran dan baki akaun yang dinyatakan di atas dianggap betul kecuali pihak bank", 6)
        doc.t(40, y - 71, "dimaklumkan secara bertulis dalam tempoh 21 hari. All items and balances shown will be", 6)
        doc.t(40, y - 78, "considered correct unless the Bank is notified in writing of any discrepancies within 21 days.", 6)
        return y - 85

    def footer(doc, p, np_):
        doc.t(40, 30, "Dilindungi oleh PIDM setakat RM250,000 bagi setiap pendeposit. Protected by PIDM up to RM250,000 for each depositor.", 6)
        doc.t(40, 22, "Maybank2u.com.my  |  1-300-88-6688", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=(26 if pages else 70), top=top,
           bottom=bottom)
    write_truth(stem, "GH_my_maybank", "****5678", "MYR", start, end, ob, txs)


# ------------------------------------------------------------------------------------ 2 POSB / DBS (Singapore)
def posb(stem, seed, n=15, start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 31), ob=D("8342.10"), pages=False, fx=False):
    rng = random.Random(seed)
    pool = [(["Debit Card Transaction", "GRAB*A-6X{r} SI NGP", "4628-45XX-XXXX-1234"], 6, 40),
            (["Debit Card Transaction", "NTUC FP-BEDOK NORTH SI NGP", "4628-45XX-XXXX-1234"], 12, 160),
            (["FAST Payment / Receipt", "PAYNOW TRANSFER {r}", "TO: TAN WEI MING", "OTHR dinner"], 15, 200),
            (["GIRO - Standing Instruction", "SP SERVICES LTD", "SPSERVICES {r}"], 80, 220),
            (["Bill Payment", "SINGTEL MOBILE 9123{r}"], 30, 90),
            (["Cash Withdrawal", "POSB ATM BEDOK INTERCHANGE"], 20, 300),
            (["NETS QR", "KOUFU PTE LTD BEDOK 85"], 4, 15)]
    cr = [(["Salary", "ACME ENGINEERING PTE LTD", "SALA JUL 2025"], 4800, 6200),
          (["FAST Payment / Receipt", "PAYNOW TRANSFER {r}", "FROM: LIM HUI MIN"], 20, 300),
          (["Interest Earned"], 0.5, 3)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if fx:
        for k, (m, c, rate) in zip((2, 7, 12), [("AGODA.COM BANGKOK TH", "THB", D("0.0397")),
                                               ("AMAZON MKTPLACE PMTS WA US", "USD", D("1.3394")),
                                               ("BOOKING.COM AMSTERDAM NL", "EUR", D("1.4921"))]):
            if txs[k]["amount"] > 0: txs[k]["amount"] = -txs[k]["amount"]
            fa = (-txs[k]["amount"] / rate).quantize(C2)
            txs[k]["lines"] = ["Debit Card Transaction", m, "%s %s" % (c, fmt(fa)), "4628-45XX-XXXX-1234"]
    cb = running(txs, ob)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": t["lines"], "b": fmt(t["bal"]), "_after": t["bal"],
             "_before": t["bal"] - t["amount"]}
        if t["amount"] < 0: r["w"] = fmt(-t["amount"])
        else: r["dp"] = fmt(t["amount"])
        rows.append(r)
    tw = sum(-t["amount"] for t in txs if t["amount"] < 0); td = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "POSB", 20, True)
        doc.t(105, H - 44, "DBS Bank Ltd", 7); doc.t(105, H - 52, "Co. Reg. No. 196800306E", 6)
        doc.t(doc.W - 40, H - 42, "Consolidated Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 54, "Statement Period: %s to %s" % (start.strftime("%d %b %Y"), end.strftime("%d %b %Y")), 7, align="r")
        if p == 1:
            doc.t(40, H - 80, "MR ONG KAI XIANG", 8, True)
            doc.t(40, H - 91, "BLK 128 BEDOK NORTH AVENUE 1", 8)
            doc.t(40, H - 102, "#05-221", 8)
            doc.t(40, H - 113, "SINGAPORE 460128", 8)
            doc.t(330, H - 80, "Account Summary", 9, True)
            doc.t(330, H - 94, "Deposits", 7, True); doc.t(446, H - 94, "Account No.", 7, True); doc.t(560, H - 94, "Balance (SGD)", 7, True, "r")
            doc.t(330, H - 106, "POSB Passbook Savings Account", 7); doc.t(446, H - 106, "123-45678-9", 7); doc.t(555, H - 106, fmt(cb), 7, align="r")
            doc.t(330, H - 118, "Total", 7, True); doc.t(555, H - 118, fmt(cb), 7, True, "r")
            doc.t(40, H - 145, "Transaction Details", 10, True)
            doc.t(40, H - 158, "POSB Passbook Savings Account", 8, True); doc.t(300, H - 158, "Account No. 123-45678-9", 8)
            doc.t(40, H - 169, "CURRENCY: SINGAPORE DOLLAR", 7)
            return H - 187
        doc.t(40, H - 80, "Transaction Details (continued)", 9, True)
        doc.t(40, H - 92, "POSB Passbook Savings Account   Account No. 123-45678-9   CURRENCY: SINGAPORE DOLLAR", 7)
        return H - 110

    cols = [("Date", 40, "l", "d"), ("Description", 100, "l", "desc"), ("Withdrawal (-)", 385, "r", "w"),
            ("Deposit (+)", 470, "r", "dp"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d/%m/%Y"), 8); doc.t(100, y, "Balance Brought Forward", 8, True)
        doc.t(555, y, fmt(ob), 8, True, "r")
        return y - 13

    def bf(doc, y, r):
        doc.t(100, y, "Balance Brought Forward", 8, True); doc.t(555, y, fmt(r["_before"]), 8, True, "r")
        return y - 13

    def cf(doc, y, r):
        doc.t(100, y, "Balance Carried Forward", 8, True); doc.t(555, y, fmt(r["_after"]), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.line(36, y + 9, doc.W - 36)
        doc.t(100, y, "Balance Carried Forward", 8, True); doc.t(555, y, fmt(cb), 8, True, "r")
        doc.t(100, y - 12, "Total", 8, True); doc.t(385, y - 12, fmt(tw), 8, True, "r"); doc.t(470, y - 12, fmt(td), 8, True, "r")
        doc.t(40, y - 36, "Deposit Insurance Scheme", 7, True)
        doc.t(40, y - 45, "Singapore dollar deposits of non-bank depositors are insured by the Singapore Deposit Insurance Corporation,", 6)
        doc.t(40, y - 52, "for up to S$100,000 in aggregate per depositor per Scheme member by law.", 6)
        doc.t(40, y - 66, "Earn up to 3.5% p.a. with DBS Multiplier. Find out more at dbs.com.sg/multiplier", 7)
        return y - 75

    def footer(doc, p, np_):
        doc.t(doc.W - 40, 25, "Page %d of %d" % (p, np_), 7, align="r")
        doc.t(40, 25, "DBS Bank Ltd, 12 Marina Boulevard, Marina Bay Financial Centre Tower 3, Singapore 018982", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=(30 if pages else 80), top=top,
           bf=bf, cf=cf, bottom=bottom)
    write_truth(stem, "GH_sg_posb", "****6789", "SGD", start, end, ob, txs)


# ------------------------------------------------------------------------------------ 3 HSBC Hong Kong
def hsbc(stem, seed, n=18, start=dt.date(2025, 5, 1), end=dt.date(2025, 5, 31), ob=D("86418.20"), pages=False,
         od=False):
    rng = random.Random(seed)
    pool = [(["EPS PAYMENT", "PARKNSHOP 0{r}"], 40, 900), (["OCTOPUS AAVS"], 250, 250),
            (["ATM WITHDRAWAL", "HSBC ATM CAUSEWAY BAY {r}"], 200, 2000),
            (["BILL PAYMENT", "CLP POWER HK LTD", "REF 8{r}"], 300, 900),
            (["FPS TRANSFER TO", "CHAN TAI MAN"], 100, 3000), (["CARD PURCHASE", "WELLCOME SUPERMARKET HK"], 30, 400),
            (["STANDING INSTRUCTION", "MPF VOLUNTARY CONTRIBUTION"], 1500, 1500)]
    cr = [(["AUTOPAY CREDIT", "SALARY BRIGHTSTAR LOGISTICS LTD"], 32000, 42000), (["FPS TRANSFER FROM", "LEUNG MEI YEE"], 100, 2000),
          (["CREDIT INTEREST"], 1, 30)]
    if od: ob = D("-4215.60")
    txs = make_txns(rng, start, end, n, pool, cr, 0.15)
    cb = running(txs, ob)
    hk = lambda v: fmt(-v) + "DR" if v < 0 else fmt(v)
    rows, prev = [], None
    for k, t in enumerate(txs):
        r = {"desc": t["lines"], "_after": t["bal"], "_before": t["bal"] - t["amount"], "_date": t["date"]}
        if t["date"] != prev: r["d"] = t["date"].strftime("%d %b")
        prev = t["date"]
        if t["amount"] < 0: r["w"] = fmt(-t["amount"])
        else: r["dp"] = fmt(t["amount"])
        last_of_day = k == len(txs) - 1 or txs[k + 1]["date"] != t["date"]
        if last_of_day: r["b"] = hk(t["bal"])
        else: t["bal"] = None
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "HSBC", 20, True)
        doc.t(110, H - 44, "The Hongkong and Shanghai Banking Corporation Limited", 7)
        doc.t(doc.W - 40, H - 42, "HSBC One", 11, True, "r")
        doc.t(doc.W - 40, H - 54, "Statement of Account", 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "MR CHEUNG HO YIN", 8, True)
            doc.t(40, H - 91, "FLAT 12B BLOCK 3 TAIKOO SHING", 8)
            doc.t(40, H - 102, "QUARRY BAY HONG KONG", 8)
            doc.t(360, H - 80, "Statement date", 7); doc.t(555, H - 80, end.strftime("%d %B %Y"), 7, align="r")
            doc.t(360, H - 91, "Account number", 7); doc.t(555, H - 91, "123-456789-833", 7, align="r")
            doc.t(360, H - 102, "Branch", 7); doc.t(555, H - 102, "Taikoo Shing", 7, align="r")
            doc.t(40, H - 128, "Portfolio Summary", 9, True)
            doc.t(40, H - 141, "HKD Savings", 7); doc.t(200, H - 141, "123-456789-833", 7); doc.t(400, H - 141, "HKD", 7)
            doc.t(555, H - 141, hk(cb), 7, align="r")
            doc.t(40, H - 152, "Total Relationship Balance", 7, True); doc.t(400, H - 152, "HKD", 7); doc.t(555, H - 152, hk(cb), 7, True, "r")
            doc.t(40, H - 176, "HKD Savings", 9, True); doc.t(200, H - 176, "123-456789-833", 8)
            return H - 192
        doc.t(40, H - 80, "HKD Savings", 9, True); doc.t(200, H - 80, "123-456789-833", 8)
        return H - 96

    cols = [("Date", 40, "l", "d"), ("Transaction Details", 95, "l", "desc"), ("Deposit", 390, "r", "dp"),
            ("Withdrawal", 470, "r", "w"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d %b"), 8); doc.t(95, y, "B/F BALANCE", 8); doc.t(555, y, hk(ob), 8, align="r")
        return y - 12

    def bf(doc, y, r):
        doc.t(95, y, "B/F BALANCE", 8); doc.t(555, y, hk(r["_before"]), 8, align="r")
        if "d" not in r: r["d"] = r["_date"].strftime("%d %b")
        return y - 12

    def cf(doc, y, r):
        doc.t(95, y, "C/F BALANCE", 8); doc.t(555, y, hk(r["_after"]), 8, align="r")
        return y - 12

    def bottom(doc, y):
        doc.t(95, y, "C/F BALANCE", 8); doc.t(555, y, hk(cb), 8, align="r")
        doc.t(40, y - 30, "Important notice: Please examine this statement and report any discrepancy to the Bank within 90 days.", 6)
        doc.t(40, y - 38, "Deposits are protected by the Deposit Protection Scheme up to HK$800,000. Issued by HSBC.", 6)
        return y - 45

    def footer(doc, p, np_):
        doc.t(doc.W / 2, 25, "Page %d of %d" % (p, np_), 7, align="c")

    # a row whose day started on the previous page gets its date printed again (bf sets it before drawing)
    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=(22 if pages else 80), top=top,
           bf=bf, cf=cf, bottom=bottom)
    write_truth(stem, "GH_hk_hsbc", "****9833", "HKD", start, end, ob, txs)


# ------------------------------------------------------------------------------------ 4 China Merchants Bank
def cmb(stem, seed, n=24, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("23816.42"), pages=False,
        longcp=False, zh=False):
    rng = random.Random(seed)
    pool = [(["快捷支付", "财付通-美团外卖"], 18, 95), (["银联快捷支付", "支付宝-盒马鲜生"], 40, 380),
            (["转账汇款", "李娜"], 200, 3000), (["网联协议支付", "京东支付-京东商城"], 60, 1500),
            (["信用卡还款", "招商银行信用卡中心"], 1500, 6000), (["ATM取款", "招商银行北京望京支行"], 500, 2000),
            (["代扣费用", "北京市燃气集团有限责任公司"], 80, 260)]
    cr = [(["代发工资", "北京晨光科技有限公司"], 15000, 22000), (["转账汇入", "王芳"], 200, 2500), (["转账汇入", "王芳"], 200, 2500),
          (["账户结息", ""], 2, 15), (["退款", "京东支付-京东商城"], 20, 300)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cps = {}
    for t in txs:
        kind, cp = t["lines"]
        t["kind"], t["cp"] = kind, ([cp] if cp else [])
    if longcp:
        longs = ["北京京东世纪贸易有限公司 订单号 250605123456789", "中国移动通信集团北京有限公司 话费充值 13812345678",
                 "上海拉扎斯信息科技有限公司 饿了么 订单 880612"]
        for k, s in zip((2, 9, 16), longs):
            txs[k]["cp"] = wrap(s, 16)
            if txs[k]["amount"] > 0: txs[k]["amount"] = -txs[k]["amount"]
    for t in txs:
        t["lines"] = [t["kind"]] + t["cp"]
    running(txs, ob)
    rows = []
    for t in txs:
        rows.append({"d": t["date"].isoformat(), "c": "人民币", "a": fmt(t["amount"]), "b": fmt(t["bal"]),
                     "k": t["kind"], "desc": t["cp"] or [""]})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "招商银行", 16)
        doc.t(112, H - 45, "CHINA MERCHANTS BANK", 8, True)
        doc.t(doc.W / 2, H - 72, "招商银行交易流水", 14, align="c")
        doc.t(doc.W / 2, H - 84, "Transaction Statement of China Merchants Bank", 8, align="c")
        doc.t(doc.W / 2, H - 97, "%s -- %s" % (start.isoformat(), end.isoformat()), 8, align="c")
        doc.t(40, H - 116, "户    名：张伟", 8); doc.t(40, H - 126, "Name", 6)
        doc.t(300, H - 116, "账号：6214830112345678", 8); doc.t(300, H - 126, "Account No", 6)
        doc.t(40, H - 140, "账户类型：一卡通", 8); doc.t(40, H - 150, "Account Type", 6)
        doc.t(300, H - 140, "开 户 行：招商银行北京分行望京支行", 8); doc.t(300, H - 150, "Sub Branch", 6)
        doc.t(40, H - 164, "申请时间：%s 10:12:33" % (end + dt.timedelta(days=1)).isoformat(), 8)
        doc.t(40, H - 174, "Date", 6)
        doc.t(300, H - 164, "验 证 码：K7QX93MZ", 8); doc.t(300, H - 174, "Verification Code", 6)
        return H - 196

    if zh:
        # Chinese-only header, as ICBC prints it: date, summary, signed amount, balance, the other party
        cols = [("交易日期", 40, "l", "d"), ("摘要", 105, "l", "k"), ("交易金额", 270, "r", "a"), ("账户余额", 350, "r", "b"),
                ("对方户名", 380, "l", "desc")]
    else:
        cols = [("记账日期\nDate", 40, "l", "d"), ("货币\nCurrency", 102, "l", "c"), ("交易金额\nTransaction Amount", 238, "r", "a"),
                ("联机余额\nBalance", 315, "r", "b"), ("交易摘要\nTransaction Type", 330, "l", "k"),
                ("对手信息\nCounter Party", 418, "l", "desc")]

    def footer(doc, p, np_):
        doc.t(40, 40, "温馨提示：本交易流水仅供参考，如需正式证明文件请至招商银行网点办理。", 7)
        doc.t(doc.W / 2, 25, "第 %d 页/共 %d 页" % (p, np_), 7, align="c")

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=11, per_page=(22 if pages else 52))
    write_truth(stem, "GH_cn_cmb", "****5678", "CNY", start, end, ob, txs)


# ------------------------------------------------------------------------------------ 5 Equity Bank Kenya
def equity(stem, seed, n=12, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("45210.50"), pages=False,
           zerofee=False):
    rng = random.Random(seed)
    pool = [("MPESA B2C TO 0712{r} JOHN OTIENO", 500, 8000), ("EAZZY PAY TILL 523412 NAIVAS SUPERMARKET WESTLANDS", 300, 6000),
            ("KPLC PREPAID 37{r} TOKEN", 500, 3000), ("AGENCY WITHDRAWAL 00432 KAHAWA WENDANI", 500, 5000),
            ("ATM WITHDRAWAL EQUITY CENTRE UPPER HILL", 1000, 8000), ("LOAN REPAYMENT EQUITEL {r}", 2000, 5000)]
    cr = [("SALARY JUNE 2025 SAFARICOM PLC", 85000, 120000), ("MPESA C2B DEPOSIT {r} MARY NJERI", 500, 15000),
          ("CASH DEPOSIT KENYATTA AVENUE BRANCH", 2000, 30000)]
    base = make_txns(rng, start, end, n, pool, cr)
    txs = []
    for t in base:
        t["lines"] = wrap(t["lines"][0], 34)
        txs.append(t)
        w = " ".join(t["lines"])
        if w.startswith(("AGENCY", "ATM", "MPESA B2C")):
            fee = D("33.00") if not w.startswith("MPESA") else D("55.00")
            if zerofee and w.startswith("MPESA"): fee = D("0.00")
            label = "Withdrawal Charge" if not w.startswith("MPESA") else "Mobile Transfer Charge"
            txs.append({"date": t["date"], "lines": [label], "amount": -fee})
            txs.append({"date": t["date"], "lines": ["Excise Duty"], "amount": -(fee * D("0.20")).quantize(C2)})
    cb = running(txs, ob)
    rows = []
    for t in txs:
        ds = t["date"].strftime("%d-%m-%Y")
        r = {"d": ds, "v": ds, "desc": t["lines"], "b": fmt(t["bal"])}
        if t["amount"] <= 0: r["o"] = fmt(-t["amount"])
        else: r["i"] = fmt(t["amount"])
        rows.append(r)
    to = sum(-t["amount"] for t in txs if t["amount"] < 0); ti = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.rect(36, H - 60, 90, 32, fill=0.7)
        doc.t(44, H - 50, "Equity", 18, True)
        doc.t(140, H - 42, "EQUITY BANK (KENYA) LIMITED", 9, True)
        doc.t(140, H - 53, "Equity Centre, Hospital Road, Upper Hill. P.O. Box 75104-00200 Nairobi", 6)
        doc.t(doc.W - 40, H - 42, "ACCOUNT STATEMENT", 11, True, "r")
        if p == 1:
            doc.t(40, H - 85, "JANE WANJIKU KAMAU", 8, True)
            doc.t(40, H - 96, "P.O. BOX 12345-00100", 8)
            doc.t(40, H - 107, "NAIROBI", 8)
            doc.rect(320, H - 185, 235, 112)
            lab = [("Account Name", "JANE WANJIKU KAMAU"), ("Account Number", "0180291234567"), ("Currency", "KES"),
                   ("Branch", "KENYATTA AVENUE"), ("Statement Period", "%s - %s" % (start.strftime("%d-%m-%Y"), end.strftime("%d-%m-%Y"))),
                   ("Opening Balance", fmt(ob)), ("Total Money In", fmt(ti)), ("Total Money Out", fmt(to)),
                   ("Closing Balance", fmt(cb))]
            for k, (a, b) in enumerate(lab):
                doc.t(328, H - 85 - 11 * k, a, 7); doc.t(548, H - 85 - 11 * k, b, 7, k == 8, "r")
            return H - 210
        return H - 85

    cols = [("Transaction\nDate", 40, "l", "d"), ("Value\nDate", 95, "l", "v"), ("Narrative", 150, "l", "desc"),
            ("Money Out", 400, "r", "o"), ("Money In", 475, "r", "i"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(150, y, "Balance B/F", 8, True); doc.t(555, y, fmt(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.line(36, y + 9, doc.W - 36)
        doc.t(150, y, "Total", 8, True); doc.t(400, y, fmt(to), 8, True, "r"); doc.t(475, y, fmt(ti), 8, True, "r")
        doc.t(40, y - 30, "Equity Bank (Kenya) Limited is regulated by the Central Bank of Kenya. Deposits are protected by KDIC.", 6)
        doc.t(40, y - 38, "Dial *247# to bank on your phone. Any discrepancy should be reported within 14 days.", 6)
        return y - 45

    def footer(doc, p, np_):
        doc.t(doc.W - 40, 25, "Page %d of %d" % (p, np_), 7, align="r")
        doc.t(40, 25, "Printed on %s" % (end + dt.timedelta(days=1)).strftime("%d-%m-%Y"), 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=(24 if pages else 62), top=top,
           bottom=bottom)
    write_truth(stem, "GH_ke_equity", "****4567", "KES", start, end, ob, txs)


# ------------------------------------------------------------------------------------ 6 Al Rajhi (Saudi Arabia)
def hijri(d):
    jd = d.toordinal() + 1721425
    l = jd - 1948440 + 10632
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    dd = l - (709 * m) // 24
    y = 30 * n + j - 30
    return "%04d/%02d/%02d" % (y, m, dd)


def rajhi(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("18640.35"), pages=False,
          hij=False):
    rng = random.Random(seed)
    pool = [("POS Purchase PANDA RETAIL CO RIYADH Card 4847 ****1122", 40, 600),
            ("Mada Pay Apple Pay JARIR BOOKSTORE RIYADH", 30, 900),
            ("SADAD Payment 001 Saudi Electricity Co Bill {r}", 150, 900),
            ("Local Transfer To ALINMA BANK MOHAMMED AL-OTAIBI", 200, 5000),
            ("ATM Withdrawal ALRAJHI ATM 0412 OLAYA RIYADH", 100, 3000),
            ("Fees Local Transfer Fee", 0.5, 0.5), ("VAT On Local Transfer Fee", 0.08, 0.08),
            ("Internet Purchase NOON.COM RIYADH", 50, 1200)]
    cr = [("Salary Deposit MINISTRY OF EDUCATION", 14000, 19000), ("Incoming Transfer From SNB FAISAL AL-HARBI", 300, 4000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    for t in txs:
        t["lines"] = wrap(t["lines"][0], 38)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m/%Y"), "h": hijri(t["date"]), "desc": t["lines"], "b": fmt(t["bal"])}
        if t["amount"] < 0: r["dr"] = fmt(-t["amount"])
        else: r["cr"] = fmt(t["amount"])
        rows.append(r)
    tdb = sum(-t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "Al Rajhi Bank", 16, True)
        doc.t(doc.W - 40, H - 46, "مصرف الراجحي", 14, False, "r")
        doc.t(40, H - 62, "ACCOUNT STATEMENT", 10, True)
        if p == 1:
            lab = [("Customer Name", "ABDULLAH MOHAMMED AL-QAHTANI"), ("Account Number", "123608010123456"),
                   ("IBAN", "SA03 8000 0000 6080 1012 3456"), ("Account Type", "Current Account"), ("Currency", "SAR"),
                   ("Period", "From %s To %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")))]
            for k, (a, b) in enumerate(lab):
                doc.t(40, H - 85 - 11 * k, a, 7); doc.t(130, H - 85 - 11 * k, ": " + b, 7)
            lab2 = [("Opening Balance", fmt(ob)), ("Total Debit", fmt(tdb)), ("Total Credit", fmt(tcr)),
                    ("Closing Balance", fmt(cb))]
            doc.rect(360, H - 140, 195, 62)
            for k, (a, b) in enumerate(lab2):
                doc.t(368, H - 90 - 12 * k, a, 7, k == 3); doc.t(548, H - 90 - 12 * k, b, 7, k == 3, "r")
            return H - 170
        doc.t(40, H - 76, "Account Number: 123608010123456", 7)
        return H - 95

    if hij:
        cols = [("Date", 40, "l", "d"), ("Hijri Date", 95, "l", "h"), ("Description", 150, "l", "desc"),
                ("Debit", 400, "r", "dr"), ("Credit", 475, "r", "cr"), ("Balance", 555, "r", "b")]
    else:
        cols = [("Date", 40, "l", "d"), ("Description", 110, "l", "desc"), ("Debit", 390, "r", "dr"),
                ("Credit", 470, "r", "cr"), ("Balance", 555, "r", "b")]

    def bottom(doc, y):
        doc.t(40, y - 20, "This statement is issued electronically and does not require a signature or stamp.", 6)
        doc.t(40, y - 28, "Al Rajhi Banking & Investment Corp. C.R. 1010000096. Licensed by the Saudi Central Bank (SAMA).", 6)
        return y - 35

    def footer(doc, p, np_):
        doc.t(doc.W / 2, 25, "Page %d of %d" % (p, np_), 7, align="c")
        doc.t(40, 25, "alrajhibank.com.sa  |  920003344", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=(24 if pages else 64), bottom=bottom)
    write_truth(stem, "GH_sa_alrajhi", "****3456", "SAR", start, end, ob, txs)


P = "gh_"
maybank(P + "my_maybank", 11)
maybank(P + "my_maybank__pages", 12, n=40, pages=True)
maybank(P + "my_maybank__longdesc", 13, longdesc=True)
posb(P + "sg_posb", 21)
posb(P + "sg_posb__pages", 22, n=26, pages=True)
posb(P + "sg_posb__fx", 23, fx=True)
hsbc(P + "hk_hsbc", 31)
hsbc(P + "hk_hsbc__pages", 32, n=34, pages=True)
hsbc(P + "hk_hsbc__overdraft", 33, od=True)
cmb(P + "cn_cmb", 41)
cmb(P + "cn_cmb__pages", 42, n=50, pages=True)
cmb(P + "cn_cmb__longcp", 43, longcp=True)
cmb(P + "cn_cmb__zhheader", 44, zh=True)
equity(P + "ke_equity", 51)
equity(P + "ke_equity__pages", 52, n=26, pages=True)
equity(P + "ke_equity__zerofee", 53, zerofee=True)
rajhi(P + "sa_alrajhi", 61)
rajhi(P + "sa_alrajhi__hijri", 62, hij=True)
rajhi(P + "sa_alrajhi__pages", 63, n=36, pages=True)
print("done")
