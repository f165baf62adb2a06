#!/usr/bin/python3
"""Generator gm: 6 untuned layouts x (base + 1-2 variants), exact truth. Deterministic.
PNC checking (US sections, check grid, daily balance grid), BCA Tahapan (Indonesia, DB/CR mutations),
Vietcombank (Vietnamese, whole dong, description rightmost), Westpac (Australia, CR/DR balances),
TD Canada Trust card (two dates, "-$" payments, foreign-currency lines), Wise (EUR, detail lines)."""
import json, os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gm/gen"
os.makedirs(OUT, exist_ok=True)
from corpus_kit import fmt, wrap
C2 = D("0.01")
MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTHS = "January February March April May June July August September October November December".split()


def money(rng, lo, hi, nd=2):
    if nd == 0:
        return D(rng.randint(int(lo), int(hi)))
    return D(rng.randint(int(lo * 100), int(hi * 100))) / 100


class Flow:
    """Records drawing per page, then draws with the page count known (for "Page x of y")."""

    def __init__(self, size, top1, topn, bottom, cont=None):
        self.W, self.H = size
        self.size = size
        self.top1, self.topn, self.bottom = top1, topn, bottom
        self.pages = [[]]
        self.y = top1
        self.cont = cont  # cont(flow) draws a continuation heading at the top of a new page

    def t(self, x, s, size=8, bold=False, align="l", dy=0, gray=False):
        y = self.y - dy
        self.pages[-1].append(("t", x, y, s, size, bold, align, gray))

    def line(self, x1, x2, dy=0, w=0.5):
        self.pages[-1].append(("l", x1, x2, self.y - dy, w))

    def rect(self, x, y, w, h):
        self.pages[-1].append(("r", x, y, w, h))

    def down(self, h):
        self.y -= h

    def need(self, h):
        if self.y - h < self.bottom:
            self.newpage()
            return True
        return False

    def newpage(self):
        self.pages.append([])
        self.y = self.topn
        if self.cont: self.cont(self)

    def save(self, path, header, footer):
        c = canvas.Canvas(path, pagesize=self.size)
        np_ = len(self.pages)
        for pi, ops in enumerate(self.pages):
            d = Draw(c, self.W, self.H)
            header(d, pi + 1, np_)
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, size, bold, align, gray = op
                    d.t(x, y, s, size, bold, align, gray)
                elif op[0] == "l":
                    c.setLineWidth(op[4]); c.line(op[1], op[3], op[2], op[3])
                else:
                    c.setLineWidth(0.6); c.rect(*op[1:])
            footer(d, pi + 1, np_)
            c.showPage()
        c.save()


class Draw:
    def __init__(self, c, W, H):
        self.c, self.W, self.H = c, W, H

    def t(self, x, y, s, size=8, bold=False, align="l", gray=False):
        self.c.setFont("DVB" if bold else "DV", size)
        if gray: self.c.setFillGray(0.45)
        if align == "r": self.c.drawRightString(x, y, s)
        elif align == "c": self.c.drawCentredString(x, y, s)
        else: self.c.drawString(x, y, s)
        if gray: self.c.setFillGray(0)


def truth(stem, family, acct, cur, ps, pe, ob, cb, txs):
    tr = []
    for t in txs:
        e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
             "amount": str(t["amount"].quantize(C2))}
        if t.get("bal") is not None: e["balance"] = str(t["bal"].quantize(C2))
        tr.append(e)
    assert (D(ob) + sum(t["amount"] for t in txs)).quantize(C2) == D(cb).quantize(C2), stem
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": acct, "currency": cur,
         "period_start": ps.isoformat(), "period_end": pe.isoformat(), "opening_balance": str(D(ob).quantize(C2)),
         "closing_balance": str(D(cb).quantize(C2)), "transactions": tr}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


def rdate(rng, start, end):
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


# ---------------------------------------------------------------- 1 PNC Virtual Wallet (US sections, check grid, daily balance grid)
def pnc(stem, seed, start=dt.date(2025, 5, 1), end=dt.date(2025, 5, 30), ob=D("3184.27"), n_card=16, n_ach=6, n_chk=5,
        overdraft=False):
    rng = random.Random(seed)
    md = lambda d: d.strftime("%m/%d")
    deps = [{"date": start + dt.timedelta(days=d), "desc": "Direct Deposit - Payroll Allegheny Health Netwo %s" % rng.randint(10 ** 9, 10 ** 10),
             "amount": money(rng, 2100, 2400)} for d in (6, 20)]
    deps.append({"date": rdate(rng, start, end), "desc": "Mobile Deposit %s" % rng.randint(10 ** 6, 10 ** 7), "amount": money(rng, 40, 400)})
    deps.append({"date": rdate(rng, start, end), "desc": "Zelle From Maria Kowalczyk %s" % rng.randint(10 ** 8, 10 ** 9), "amount": money(rng, 20, 150)})
    shops = ["Giant Eagle #6512 Pittsburgh PA", "Sheetz 0412 Monroeville PA", "Target T-1873 Pittsburgh PA", "Starbucks Store 10442 Pittsburgh PA",
             "Amazon Mktpl*Rt4Lk2Q01 Amzn.com/Bill WA", "Primanti Bros Strip District Pittsburgh PA", "CVS/Pharmacy #04521 Pittsburgh PA",
             "Rite Aid Store 11215 Wexford PA", "Aldi 77041 Pittsburgh PA", "Port Authority Connect Card Pittsburgh PA"]
    card = []
    for _ in range(n_card):
        if rng.random() < 0.15:
            card.append({"date": rdate(rng, start, end), "desc": "ATM Withdrawal 4821 PNC Bank 5th Ave Pittsburgh PA", "amount": -D(rng.choice([40, 60, 100, 200]))})
        else:
            card.append({"date": rdate(rng, start, end), "desc": "4821 Debit Card Purchase " + rng.choice(shops), "amount": -money(rng, 4, 180)})
    ach_pool = [("Web Pmt - Single Duquesne Light Co 01264{r}", 60, 190), ("ACH Web-Recur Verizon Wireless Payments {r}", 80, 140),
                ("ACH Web Peoples Gas Onln Pmt {r}", 30, 90), ("Zelle Payment To Tomasz Nowak {r}", 25, 300),
                ("Online Transfer To Savings XXXXXX7731", 100, 500), ("ACH Web Capital One Crcardpmt {r}", 150, 600)]
    ach = []
    for k in range(n_ach):
        p = ach_pool[k % len(ach_pool)]
        ach.append({"date": rdate(rng, start, end), "desc": p[0].format(r=rng.randint(10 ** 6, 10 ** 7)), "amount": -money(rng, p[1], p[2])})
    chks, no = [], 1041
    for k in range(n_chk):
        no += rng.choice([1, 1, 1, 2])
        chks.append({"date": rdate(rng, start + dt.timedelta(days=3), end), "no": no, "amount": -money(rng, 25, 900)})
    fees = []
    if overdraft:
        ob = D("412.06")
        chks[2]["amount"] = -D("1450.00")
        ach.append({"date": end - dt.timedelta(days=6), "desc": "ACH Web Rocket Mortgage Mtg Pymt %s" % rng.randint(10 ** 6, 10 ** 7), "amount": -D("1912.44")})
    for sec in (deps, card, ach, chks):
        sec.sort(key=lambda t: t["date"])
    # running balance by day, overdraft fees on days ending negative after a debit
    allt = deps + card + ach + chks
    days = sorted(set(t["date"] for t in allt))
    bal, daily = ob, []
    for d in days:
        bal += sum(t["amount"] for t in allt if t["date"] == d)
        if overdraft and bal < 0 and len(fees) < 3:
            f = {"date": d, "desc": "Overdraft Item Fee", "amount": -D("36.00")}
            fees.append(f); bal += f["amount"]
        daily.append((d, bal))
    cb = bal
    for t in deps + card + ach: t["desc_lines"] = [t["desc"]]
    for t in fees: t["desc_lines"] = [t["desc"]]
    prev = None
    for t in sorted(chks, key=lambda t: t["no"]):
        t["gap"] = prev is not None and t["no"] != prev + 1
        prev = t["no"]
        t["desc_lines"] = [str(t["no"])]
    tot_add = sum(t["amount"] for t in deps); tot_ded = -sum(t["amount"] for t in card + ach + chks + fees)
    acct = "XX-XXXX-6182"
    per = "For the period %s to %s" % (start.strftime("%m/%d/%Y"), end.strftime("%m/%d/%Y"))

    def header(d, p, np_):
        H = d.H
        d.t(40, H - 48, "PNC", 22, True); d.t(92, H - 48, "BANK", 10, True)
        d.t(572, H - 40, "Virtual Wallet Spend Statement", 11, True, "r")
        d.t(572, H - 53, "PNC Bank", 8, align="r")
        d.t(572, H - 63, per, 8, align="r")
        d.t(572, H - 73, "Primary account number: " + acct, 8, align="r")
        d.t(572, H - 83, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            d.t(572, H - 93, "Number of enclosures: 0", 8, align="r")
            for i, s in enumerate(["DANIEL R MORETTI", "2217 MURRAY AVE APT 3", "PITTSBURGH PA 15217-2104"]):
                d.t(60, H - 110 - 10 * i, s, 8)
            for i, s in enumerate(["For 24-hour banking sign on to", "PNC Bank Online Banking on pnc.com", "FREE Online Bill Pay",
                                   "For customer service call 1-888-PNC-BANK", "Monday - Friday: 7 AM - 10 PM ET",
                                   "Saturday & Sunday: 8 AM - 5 PM ET", "Para servicio en espanol, 1-866-HOLA-PNC"]):
                d.t(400, H - 110 - 9 * i, s, 6.5, i == 0)

    def footer(d, p, np_):
        d.t(40, 30, "Member FDIC   Equal Housing Lender", 6)
        d.t(572, 30, "Virtual Wallet Spend Statement for DANIEL R MORETTI", 6, align="r")

    cur_title = [None]

    def cont(f):
        if cur_title[0]:
            f.t(40, cur_title[0][0] + " - continued", 9, True); f.down(13)
            cur_title[0][1](f)

    f = Flow(letter, letter[1] - 200, letter[1] - 110, 60, cont)
    W = 572
    f.t(40, "Performance Spend Account Summary", 11, True); f.down(14)
    f.t(40, "Account number: 10-2345-6182", 8); f.t(300, "DANIEL R MORETTI", 8); f.down(14)
    f.t(40, "Overdraft Protection has not been established for this account.", 7); f.down(10)
    f.t(40, "Please contact us if you would like to set up this service.", 7); f.down(18)
    f.t(40, "Balance Summary", 9, True); f.down(12)
    xs = [40, 170, 320, 470]
    labs = [("Beginning", "balance"), ("Deposits and", "other additions"), ("Checks and other", "deductions"), ("Ending", "balance")]
    for x, (a, b) in zip(xs, labs):
        f.t(x, a, 7.5, True); f.t(x, b, 7.5, True, dy=9)
    f.down(22)
    for x, v in zip(xs, [ob, tot_add, tot_ded, cb]):
        f.t(x + 60, fmt(v), 8, align="r")
    f.down(16)
    f.t(320, "Average ledger", 7.5, True); f.t(470, "Average collected", 7.5, True); f.down(9)
    f.t(320, "balance", 7.5, True); f.t(470, "balance", 7.5, True); f.down(11)
    avg = (sum(b for _, b in daily) / len(daily)).quantize(C2)
    f.t(380, fmt(avg), 8, align="r"); f.t(530, fmt(avg), 8, align="r"); f.down(18)
    f.t(40, "Activity Detail", 10, True); f.down(16)

    def dad_header(f):
        f.t(40, "Date", 7.5, True); f.t(130, "Amount", 7.5, True, "r"); f.t(150, "Description", 7.5, True); f.line(40, W, dy=3); f.down(12)

    def list_section(title, rows, intro):
        if not rows: return
        f.need(40)
        f.t(40, title, 9, True); f.down(11)
        f.t(40, intro % (len(rows), fmt(sum(abs(t["amount"]) for t in rows))), 7); f.down(12)
        dad_header(f)
        cur_title[0] = (title, dad_header)
        for t in rows:
            lines = wrap(t["desc"], 70)
            t["desc_lines"] = lines
            f.need(10 * len(lines) + 2)
            f.t(40, md(t["date"]), 8); f.t(130, fmt(abs(t["amount"])), 8, align="r")
            for k, l in enumerate(lines): f.t(150, l, 8, dy=10 * k)
            f.down(10 * len(lines) + 1)
        cur_title[0] = None
        f.down(10)

    list_section("Deposits and Other Additions", deps, "There were %d Deposits and Other Additions totaling $%s.")
    # checks grid
    gx = [40, 215, 390]

    def chk_header(f):
        for x in gx:
            f.t(x, "Check", 7.5, True); f.t(x + 60, "Date", 7.5, True); f.t(x + 140, "Amount", 7.5, True, "r")
            f.t(x, "number", 7.5, True, dy=9); f.t(x + 60, "paid", 7.5, True, dy=9)
        f.line(40, W, dy=12); f.down(21)

    f.need(50)
    f.t(40, "Checks and Substitute Checks", 9, True); f.down(11)
    f.t(40, "There were %d checks listed totaling $%s." % (len(chks), fmt(-sum(t["amount"] for t in chks))), 7); f.down(12)
    chk_header(f)
    cs = sorted(chks, key=lambda t: t["no"])
    for i in range(0, len(cs), 3):
        f.need(11)
        for x, t in zip(gx, cs[i:i + 3]):
            f.t(x, str(t["no"]) + (" *" if t["gap"] else ""), 8); f.t(x + 60, md(t["date"]), 8); f.t(x + 140, fmt(-t["amount"]), 8, align="r")
        f.down(11)
    f.t(40, "* Gap in check sequence", 6.5); f.down(16)
    list_section("Banking/Debit Card Withdrawals and Purchases", card,
                 "There were %d Banking/Debit Card Withdrawals and Purchases totaling $%s.")
    list_section("Online and Electronic Banking Deductions", ach, "There were %d Online and Electronic Banking Deductions totaling $%s.")
    list_section("Service Charges and Fees", fees, "There were %d Service Charges and Fees totaling $%s.")
    # daily balance grid
    def dbal_header(f):
        for x in gx:
            f.t(x, "Date", 7.5, True); f.t(x + 110, "Balance", 7.5, True, "r")
        f.line(40, W, dy=3); f.down(12)

    f.need(40)
    f.t(40, "Daily Balance Detail", 9, True); f.down(13)
    dbal_header(f)
    cur_title[0] = ("Daily Balance Detail", dbal_header)
    rowsd = daily
    for i in range(0, len(rowsd), 3):
        f.need(11)
        for x, (d, b) in zip(gx, rowsd[i:i + 3]):
            f.t(x, md(d), 8); f.t(x + 110, fmt(b), 8, align="r")
        f.down(11)
    cur_title[0] = None
    f.down(20)
    f.need(40)
    f.t(40, "Member FDIC. Deposits are insured up to the maximum allowed by law. Overdraft and returned item fees may apply;", 6); f.down(8)
    f.t(40, "see your Consumer Schedule of Service Charges and Fees. In case of errors or questions about your electronic transfers,", 6); f.down(8)
    f.t(40, "call 1-888-PNC-BANK or write to PNC Bank, P.O. Box 609, Pittsburgh, PA 15230-9738 within 60 days.", 6)
    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    truth(stem, "GM_us_pnc", "****6182", "USD", start, end, ob, cb, deps + chks + card + ach + fees)


# ---------------------------------------------------------------- 2 BCA Tahapan (Indonesia: MUTASI "DB"/bare or "CR", SALDO per day)
def bca(stem, seed, n=26, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("18452310.55"), crmark=False):
    rng = random.Random(seed)
    names = ["RINA MARLINA", "BUDI HARTONO", "SITI AMINAH", "HENDRA GUNAWAN", "DEWI LESTARI"]

    def ref(d):
        return "%02d%02d/FTSCY/WS950%02d" % (d.day, d.month, rng.randint(10, 99))

    def gen(d):
        r = rng.random()
        if r < 0.22:
            a = money(rng, 25000, 1500000, 0)
            return -a, "0000", ["TRSF E-BANKING DB", ref(d), "%s.00" % a, rng.choice(["BAYAR KOS", "ARISAN", "TITIP BELANJA", "-"]), rng.choice(names)]
        if r < 0.42:
            a = money(rng, 15000, 650000, 0) + rng.choice([0, D("0.50")])
            return -a, "", ["KARTU DEBIT", rng.choice(["ALFAMART KLP GADING 2", "INDOMARET BOULEVARD", "SUPERINDO KELAPA GADING", "KFC MALL KLP GADING"])]
        if r < 0.55:
            a = D(rng.choice([200000, 300000, 500000, 1000000]))
            return -a, "", ["TARIKAN ATM %02d/%02d" % (d.day, d.month), "6019 00XX XXXX 4417"]
        if r < 0.66:
            a = money(rng, 50000, 2000000, 0)
            return -a, "0000", ["BI-FAST DB", "BIF TRANSFER KE", "008 %s" % rng.choice(names)]
        if r < 0.74:
            a = money(rng, 100000, 1500000, 0)
            return -a, "", ["TRANSAKSI DEBIT", "TGL: %02d%02d" % (d.month, d.day), "QR 014 %d.00" % a, rng.choice(["SHOPEE INDONESIA", "GOJEK INDONESIA", "TOKOPEDIA"])]
        if r < 0.84:
            a = money(rng, 100000, 2500000, 0)
            return a, "", ["SWITCHING CR", "TRANSFER DR 002", rng.choice(names)]
        a = money(rng, 200000, 3000000, 0)
        return a, "0000", ["TRSF E-BANKING CR", ref(d), "%s.00" % a, rng.choice(["PENGEMBALIAN", "BAGI HASIL", "-"]), rng.choice(names)]

    txs = []
    for _ in range(n):
        d = rdate(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=1))
        a, cbg, lines = gen(d)
        txs.append({"date": d, "amount": a, "cbg": cbg, "lines": lines})
    txs.append({"date": start + dt.timedelta(days=24), "amount": D("12750000"), "cbg": "0000",
                "lines": ["TRSF E-BANKING CR", "2506/FTSCY/WS95011", "12750000.00", "GAJI JUNI 2024", "PT SUMBER MAKMUR ABADI"]})
    txs.sort(key=lambda t: t["date"])
    txs += [{"date": end, "amount": D("1023.72"), "cbg": "", "lines": ["BUNGA"]},
            {"date": end, "amount": D("-204.74"), "cbg": "", "lines": ["PAJAK BUNGA"]},
            {"date": end, "amount": D("-15000.00"), "cbg": "", "lines": ["BIAYA ADM"]}]
    bal = ob
    for i, t in enumerate(txs):
        bal += t["amount"]
        # "-" detail lines are kept out of the truth (no text)
        t["desc_lines"] = [l for l in t["lines"] if l != "-"]
        last = i == len(txs) - 1 or txs[i + 1]["date"] != t["date"]
        t["bal"] = bal if last else None
    cb = bal
    ncr = sum(1 for t in txs if t["amount"] > 0); ndb = len(txs) - ncr
    tcr = sum(t["amount"] for t in txs if t["amount"] > 0); tdb = -sum(t["amount"] for t in txs if t["amount"] < 0)
    bulan = "JANUARI FEBRUARI MARET APRIL MEI JUNI JULI AGUSTUS SEPTEMBER OKTOBER NOVEMBER DESEMBER".split()

    def header(d, p, np_):
        H = d.H
        d.t(40, H - 42, "BCA", 20, True)
        d.t(d.W / 2, H - 62, "REKENING TAHAPAN", 12, True, "c")
        d.t(40, H - 85, "KCP KELAPA GADING BOULEVARD", 8)
        for i, s in enumerate(["ANDI WIJAYA KUSUMA", "JL BOULEVARD RAYA BLOK QJ 2 NO 18", "KELAPA GADING TIMUR", "JAKARTA UTARA 14240"]):
            d.t(40, H - 98 - 10 * i, s, 8)
        for i, (a, b) in enumerate([("NO. REKENING", "2560381147"), ("HALAMAN", "%d / %d" % (p, np_)),
                                    ("PERIODE", "%s %d" % (bulan[start.month - 1], start.year)), ("MATA UANG", "IDR")]):
            d.t(360, H - 85 - 11 * i, a, 8); d.t(440, H - 85 - 11 * i, ":", 8); d.t(450, H - 85 - 11 * i, b, 8)
        d.t(40, H - 150, "CATATAN:", 7, True)
        d.t(40, H - 159, "• Apabila nasabah tidak melakukan sanggahan atas Laporan Mutasi Rekening ini sampai dengan akhir bulan berikutnya,", 6.5)
        d.t(48, H - 167, "nasabah dianggap telah menyetujui isi Laporan Mutasi Rekening ini.", 6.5)
        d.t(40, H - 175, "• BCA berhak setiap saat melakukan koreksi apabila terjadi kesalahan pencatatan oleh Bank.", 6.5)
        y = H - 195
        d.c.setLineWidth(0.6); d.c.line(40, y + 10, 555, y + 10)
        for x, s, al in [(40, "TANGGAL", "l"), (90, "KETERANGAN", "l"), (330, "CBG", "l"), (450, "MUTASI", "r"), (555, "SALDO", "r")]:
            d.t(x, y, s, 7.5, True, al)
        d.c.line(40, y - 4, 555, y - 4)

    def footer(d, p, np_):
        if p < np_:
            d.t(555, 62, "Bersambung ke Halaman berikut", 7, align="r")
        d.t(40, 30, "PT Bank Central Asia Tbk terdaftar dan diawasi oleh Otoritas Jasa Keuangan (OJK) serta merupakan peserta penjaminan LPS.", 6)

    f = Flow(A4, A4[1] - 215, A4[1] - 215, 80)
    f.t(40, start.strftime("%d/%m"), 8); f.t(90, "SALDO AWAL", 8); f.t(555, fmt(ob), 8, align="r"); f.down(12)
    for t in txs:
        f.need(10 * len(t["lines"]) + 2)
        f.t(40, t["date"].strftime("%d/%m"), 8)
        for k, l in enumerate(t["lines"]): f.t(90, l, 8, dy=10 * k)
        if t["cbg"]: f.t(330, t["cbg"], 8)
        a = fmt(abs(t["amount"]))
        if t["amount"] < 0 or crmark:
            f.t(465, a + (" DB" if t["amount"] < 0 else " CR"), 8, align="r")
        else:
            f.t(450, a, 8, align="r")
        if t["bal"] is not None: f.t(555, fmt(t["bal"]), 8, align="r")
        f.down(10 * len(t["lines"]) + 2)
    f.need(60)
    f.down(8)
    for i, (a, b, c) in enumerate([("SALDO AWAL", fmt(ob), ""), ("MUTASI CR", fmt(tcr), str(ncr)), ("MUTASI DB", fmt(tdb), str(ndb)),
                                   ("SALDO AKHIR", fmt(cb), "")]):
        f.t(90, a, 8, True); f.t(160, ":", 8); f.t(270, b, 8, align="r"); f.t(300, c, 8, align="r"); f.down(11)
    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    truth(stem, "GM_id_bca", "****1147", "IDR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Vietcombank (Vietnamese, whole dong, description rightmost)
def vcb(stem, seed, n=24, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("15234000"), th=".", bilingual=True):
    rng = random.Random(seed)
    v = lambda x: fmt(x, th, ",", nd=0)
    people = ["TRAN THI BICH NGOC", "LE VAN HUNG", "PHAM MINH TUAN", "NGUYEN THI LAN ANH"]
    banks = ["Ngan hang Ky thuong Viet Nam (Techcombank)", "Ngan hang TMCP Quan doi (MB)", "Ngan hang TMCP A Chau (ACB)"]

    def gen(d):
        r = rng.random()
        if r < 0.25:
            a = money(rng, 50, 3000, 0) * 1000
            return -a, "MBVCB.%d.%06d.NGUYEN VAN AN chuyen tien.CT tu 0071001234567 NGUYEN VAN AN toi %d %s %s" % (
                rng.randint(10 ** 9, 10 ** 10), rng.randint(0, 999999), rng.randint(10 ** 13, 10 ** 14), rng.choice(people), rng.choice(banks))
        if r < 0.45:
            a = money(rng, 20, 900, 0) * 1000
            return -a, "Thanh toán QR - %s" % rng.choice(["CIRCLE K VN 1234", "WINMART+ HOANG CAU", "HIGHLANDS COFFEE VINCOM", "PHUC LONG NGUYEN CHI THANH"])
        if r < 0.55:
            a = D(rng.choice([500000, 1000000, 2000000, 3000000]))
            return -a, "Rút tiền mặt tại ATM 0071 - Hoàn Kiếm, Hà Nội"
        if r < 0.65:
            a = money(rng, 100, 1500, 0) * 1000
            return -a, "SHOPEEPAY JSC thanh toan don hang %02d%02d%02d%s" % (d.year % 100, d.month, d.day, "".join(rng.choice("ABCDEFGHJK") for _ in range(5)))
        if r < 0.85:
            a = money(rng, 200, 5000, 0) * 1000
            return a, "IBFT %s chuyen tien %s" % (rng.choice(people), rng.choice(["tra tien an", "gop tien du lich Da Lat", "hoan tien ve may bay"]))
        a = money(rng, 300, 2000, 0) * 1000
        return -a, "Thanh toán hóa đơn tiền điện EVN HANOI mã KH PD%011d kỳ %02d/%d" % (rng.randint(0, 10 ** 10), d.month, d.year)

    txs = []
    for _ in range(n):
        d = rdate(rng, start, end)
        a, desc = gen(d)
        txs.append({"date": d, "amount": a, "desc": desc})
    txs.append({"date": start + dt.timedelta(days=4), "amount": D("28500000"),
                "desc": "CONG TY TNHH GIAI PHAP PHAN MEM FPT tra luong thang %02d/%d cho NGUYEN VAN AN" % ((start.month - 2) % 12 + 1, start.year)})
    txs.sort(key=lambda t: t["date"])
    txs.append({"date": end, "amount": D("-11000"), "desc": "Phí duy trì dịch vụ VCB Digibank tháng %02d/%d" % (start.month, start.year)})
    txs.append({"date": end, "amount": D("1842"), "desc": "Lãi nhập vốn"})
    bal = ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = wrap(t["desc"], 34)
        t["ref"] = "%d - %05d" % (rng.randint(5000, 5999), rng.randint(0, 99999))
    cb = bal
    tdb = -sum(t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)
    X = dict(d=40, ref=95, db=235, cr=305, bal=372, desc=382)

    def colhead(d, y):
        heads = [("d", "Ngày GD", "Trans. Date", "l"), ("ref", "Số tham chiếu", "Reference No.", "l"), ("db", "Số tiền ghi nợ", "Debit", "r"),
                 ("cr", "Số tiền ghi có", "Credit", "r"), ("bal", "Số dư", "Balance", "r"), ("desc", "Mô tả", "Description", "l")]
        d.c.setLineWidth(0.6); d.c.line(40, y + 10, 555, y + 10)
        for k, a, b, al in heads:
            d.t(X[k], y, a, 7.5, True, al)
            if bilingual: d.t(X[k], y - 9, b, 7, False, al, True)
        yy = y - (13 if bilingual else 4)
        d.c.line(40, yy, 555, yy)

    def header(d, p, np_):
        H = d.H
        d.t(40, H - 42, "Vietcombank", 16, True)
        d.t(40, H - 53, "NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM", 7)
        d.t(555, H - 42, "Trang %d/%d" % (p, np_), 7, align="r")
        if p == 1:
            d.t(d.W / 2, H - 80, "SAO KÊ TÀI KHOẢN", 13, True, "c")
            if bilingual: d.t(d.W / 2, H - 92, "ACCOUNT STATEMENT", 9, False, "c", True)
            d.t(d.W / 2, H - 105, "Từ ngày %s đến ngày %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8, False, "c")
            L = [("Tên tài khoản / Account name:", "NGUYỄN VĂN AN"), ("Số tài khoản / Account number:", "0071001234567"),
                 ("Loại tiền / Currency:", "VND"), ("Địa chỉ / Address:", "12 Trần Duy Hưng, Cầu Giấy")]
            for i, (a, b) in enumerate(L):
                d.t(40, H - 128 - 11 * i, a if bilingual else a.split(" / ")[0] + ":", 8); d.t(175, H - 128 - 11 * i, b, 8, True)
            S = [("Số dư đầu kỳ / Opening balance", ob), ("Tổng phát sinh nợ / Total debit", tdb), ("Tổng phát sinh có / Total credit", tcr),
                 ("Số dư cuối kỳ / Closing balance", cb)]
            for i, (a, b) in enumerate(S):
                d.t(360, H - 128 - 11 * i, a if bilingual else a.split(" / ")[0], 8); d.t(555, H - 128 - 11 * i, v(b), 8, True, "r")
            colhead(d, H - 190)
        else:
            colhead(d, H - 70)

    def footer(d, p, np_):
        d.t(40, 30, "Vietcombank - 198 Trần Quang Khải, Hoàn Kiếm, Hà Nội. Hotline 1900 54 54 13. Quý khách vui lòng kiểm tra và thông báo", 6)
        d.t(40, 22, "cho Vietcombank trong vòng 30 ngày nếu có sai sót.", 6)

    top1 = A4[1] - 190 - (26 if bilingual else 17)
    f = Flow(A4, top1, A4[1] - 70 - (26 if bilingual else 17), 55)
    for t in txs:
        f.need(10 * len(t["desc_lines"]) + 3)
        f.t(X["d"], t["date"].strftime("%d/%m/%Y"), 7.5); f.t(X["ref"], t["ref"], 7.5)
        f.t(X["db"] if t["amount"] < 0 else X["cr"], v(abs(t["amount"])), 7.5, align="r")
        f.t(X["bal"], v(t["bal"]), 7.5, align="r")
        for k, l in enumerate(t["desc_lines"]): f.t(X["desc"], l, 7.5, dy=10 * k)
        f.down(10 * len(t["desc_lines"]) + 3)
        f.line(40, 555, dy=-7, w=0.2)
    f.need(30)
    f.line(40, 555, dy=-8)
    f.t(X["d"], "Tổng cộng" + (" / Total" if bilingual else ""), 7.5, True)
    f.t(X["db"], v(tdb), 7.5, True, "r"); f.t(X["cr"], v(tcr), 7.5, True, "r"); f.down(12)
    f.t(X["d"], "Số dư cuối kỳ" + (" / Closing balance" if bilingual else ""), 7.5, True); f.t(X["bal"], v(cb), 7.5, True, "r")
    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    truth(stem, "GM_vn_vietcombank", "****4567", "VND", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Westpac (Australia: DEBIT/CREDIT/BALANCE, "CR"/"DR" balances)
def westpac(stem, seed, n=24, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("2317.45"), overdraft=False, per_page=60):
    rng = random.Random(seed)
    crdr = lambda b: fmt(abs(b)) + (" DR" if b < 0 else " CR")
    wd = lambda d: "%02d %s %02d" % (d.day, MON3[d.month - 1], d.year % 100)
    pool = [("Debit Card Purchase Woolworths 1143 Parramatta Aus Card xx4417 Value Date: {vd}", 12, 190),
            ("Debit Card Purchase Coles 0456 Westmead Aus Card xx4417 Value Date: {vd}", 8, 160),
            ("Eftpos Debit Ampol Foodary Granville Aus", 40, 110), ("Withdrawal-Osko Payment {r} Lena Park Rent Unit 4", 380, 520),
            ("Direct Debit Origin Energy {r}", 90, 260), ("Direct Debit Telstra Corp Ltd {r}", 55, 95),
            ("Withdrawal Online {r} Bpay Sydney Water", 70, 180), ("Debit Card Purchase Uber *Trip Sydney Aus Card xx4417 Value Date: {vd}", 9, 45)]
    crs = [("Deposit-Osko Payment {r} M Tanaka Share Of Bills", 20, 180), ("Deposit Online {r} Tfr Westpac Life Savings", 100, 600)]
    txs = []
    for _ in range(n):
        d = rdate(rng, start + dt.timedelta(days=1), end)
        if rng.random() < 0.18:
            desc, lo, hi = rng.choice(crs); sg = 1
        else:
            desc, lo, hi = rng.choice(pool); sg = -1
        vd = d - dt.timedelta(days=rng.choice([1, 2, 3]))
        txs.append({"date": d, "desc": desc.format(r=rng.randint(10 ** 6, 10 ** 7), vd=vd.strftime("%d/%m/%Y")), "amount": sg * money(rng, lo, hi)})
    for day in (13, 27):
        txs.append({"date": start + dt.timedelta(days=day - 1), "desc": "Deposit Payroll Sydney Metro Trains Pay %s" % rng.randint(10 ** 5, 10 ** 6),
                    "amount": D("2642.18")})
    if overdraft:
        ob = D("312.40")
        txs = [t for t in txs if not t["desc"].startswith("Deposit Payroll")]
        txs.append({"date": start + dt.timedelta(days=26), "desc": "Deposit Payroll Sydney Metro Trains Pay 458812", "amount": D("1342.18")})
    txs.sort(key=lambda t: t["date"])
    if overdraft:
        txs.append({"date": end, "desc": "Debit Interest", "amount": D("-14.27")})
    txs.append({"date": end, "desc": "Monthly Plan Fee", "amount": D("-5.00")})
    bal = ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = wrap(t["desc"], 46)
    cb = bal
    tdb = -sum(t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)
    X = dict(d=40, desc=100, db=385, cr=455, bal=555)

    def colhead(d, y):
        d.c.setFillGray(0.85); d.c.rect(40, y - 4, 515, 14, fill=1, stroke=0); d.c.setFillGray(0)
        for k, s, al in [("d", "DATE", "l"), ("desc", "TRANSACTION DESCRIPTION", "l"), ("db", "DEBIT", "r"), ("cr", "CREDIT", "r"), ("bal", "BALANCE", "r")]:
            d.t(X[k], y, s, 7.5, True, al)

    def header(d, p, np_):
        H = d.H
        d.c.setFillColorRGB(0.85, 0.0, 0.1); d.t(40, H - 45, "Westpac", 20, True); d.c.setFillGray(0)
        d.t(555, H - 40, "Statement No. 58", 8, align="r"); d.t(555, H - 51, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            d.t(40, H - 80, "Westpac Choice", 12, True)
            for i, s in enumerate(["MR JAMES T COOPER", "UNIT 4 17 BRIDGE ST", "GRANVILLE NSW 2142"]):
                d.t(40, H - 100 - 10 * i, s, 8)
            L = [("Statement Period", "%d %s %d - %d %s %d" % (start.day, MONTHS[start.month - 1], start.year, end.day, MONTHS[end.month - 1], end.year)),
                 ("Account Name", "JAMES THOMAS COOPER"), ("Customer ID", "8812 4417"), ("BSB", "032-134"), ("Account Number", "45 8812")]
            for i, (a, b) in enumerate(L):
                d.t(320, H - 80 - 11 * i, a, 8, True); d.t(410, H - 80 - 11 * i, b, 8)
            d.c.rect(40, H - 190, 515, 40)
            for x, a, b in [(50, "Opening Balance", crdr(ob)), (175, "+ Total Credits", fmt(tcr)), (300, "- Total Debits", fmt(tdb)),
                            (425, "= Closing Balance", crdr(cb))]:
                d.t(x, H - 165, a, 7.5, True); d.t(x, H - 180, "$" + b, 9)
            d.t(40, H - 210, "TRANSACTIONS", 9, True)
            d.t(40, H - 220, "Please check all entries on this statement and promptly inform Westpac of any possible error or unauthorised transaction.", 6.5)
            colhead(d, H - 238)
        else:
            d.t(40, H - 70, "Westpac Choice  BSB 032-134  Account Number 45 8812 (continued)", 8, True)
            colhead(d, H - 90)

    def footer(d, p, np_):
        d.t(40, 30, "Westpac Banking Corporation ABN 33 007 457 141 AFSL and Australian credit licence 233714.", 6)
        d.t(40, 22, "Any fees or charges may be subject to change. Call 132 032 or visit westpac.com.au.", 6)

    f = Flow(A4, A4[1] - 254, A4[1] - 106, 60)
    f.t(X["d"], wd(start), 8); f.t(X["desc"], "OPENING BALANCE", 8, True); f.t(X["bal"], crdr(ob), 8, align="r"); f.down(12)
    lines_on_page = 1
    for i, t in enumerate(txs):
        nl = len(t["desc_lines"])
        if lines_on_page + nl > per_page:
            f.t(X["desc"], "BALANCE CARRIED FORWARD", 8, True); f.t(X["bal"], crdr(txs[i - 1]["bal"]), 8, align="r")
            f.newpage(); lines_on_page = 0
            f.t(X["desc"], "BALANCE BROUGHT FORWARD", 8, True); f.t(X["bal"], crdr(txs[i - 1]["bal"]), 8, align="r"); f.down(12)
        f.t(X["d"], wd(t["date"]), 8)
        for k, l in enumerate(t["desc_lines"]): f.t(X["desc"], l, 8, dy=10 * k)
        f.t(X["db"] if t["amount"] < 0 else X["cr"], fmt(abs(t["amount"])), 8, align="r")
        f.t(X["bal"], crdr(t["bal"]), 8, align="r")
        f.down(10 * nl + 2); lines_on_page += nl
    f.t(X["d"], wd(end), 8); f.t(X["desc"], "CLOSING BALANCE", 8, True); f.t(X["bal"], crdr(cb), 8, align="r"); f.down(24)
    f.t(40, "Deposit Account Interest Rates: Westpac Choice 0.01% p.a. Interest is calculated daily and paid monthly.", 6.5)
    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    truth(stem, "GM_au_westpac", "****8812", "AUD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 5 TD Canada Trust Visa (two dates, "-$" payments, FOREIGN CURRENCY lines)
def td(stem, seed, n=22, start=dt.date(2025, 5, 14), end=dt.date(2025, 6, 13), prev=D("1864.22"), fx=False, credit=False):
    rng = random.Random(seed)
    md = lambda d: "%s %d" % (MON3[d.month - 1].upper(), d.day)
    cad = lambda v: ("-$" if v < 0 else "$") + fmt(abs(v))
    pool = [("TIM HORTONS #2214 TORONTO ON", 2, 18), ("LOBLAWS #1032 TORONTO ON", 25, 240), ("PRESTO AUTL TORONTO ON", 10, 50),
            ("SHOPPERS DRUG MART #0871 TORONTO ON", 6, 90), ("AMZN Mktp CA*2K7RT1 WWW.AMAZON.CA ON", 12, 180),
            ("PETRO-CANADA 02214 ETOBICOKE ON", 40, 95), ("ROGERS ******3345 888-764-3771 ON", 85, 140), ("UBER CANADA/UBERTRIP TORONTO ON", 9, 40),
            ("LCBO/RAO #0217 TORONTO ON", 15, 120), ("NETFLIX.COM 866-579-7172 ON", 16.49, 20.99)]
    txs = []
    for _ in range(n):
        d = rdate(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=1))
        if rng.random() < 0.08:
            txs.append({"date": d, "desc": "RETURN WINNERS #412 TORONTO ON", "amount": money(rng, 15, 80)})
        else:
            desc, lo, hi = rng.choice(pool)
            txs.append({"date": d, "desc": desc, "amount": -money(rng, lo, hi)})
    pay = prev + (D("600.00") if credit else D("0"))
    txs.append({"date": start + dt.timedelta(days=10), "desc": "PAYMENT - THANK YOU", "amount": pay})
    txs.sort(key=lambda t: t["date"])
    if credit:
        # a credit balance: a large refund after paying in full
        txs.append({"date": end - dt.timedelta(days=2), "desc": "RETURN BEST BUY #962 TORONTO ON", "amount": D("1499.99")})
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        t["post"] = min(t["date"] + dt.timedelta(days=rng.choice([1, 1, 2, 3])), end)
    if fx:
        fxm = [("AIRBNB * HMQ2KX9 SAN FRANCISCO CA", "USD", D("1.364440")), ("BOOKING.COM HOTEL AMSTERDAM", "EUR", D("1.497210")),
               ("AMAZON.COM*RT5LL2 AMZN.COM/BILL WA", "USD", D("1.371120"))]
        k = 0
        for t in txs:
            if t["amount"] < 0 and k < 3 and t["date"].day % 2 == 0:
                m, c, rate = fxm[k]; k += 1
                famt = money(rng, 30, 400)
                t["desc"] = m; t["amount"] = -(famt * rate).quantize(C2)
                t["desc_lines"] = [m, "FOREIGN CURRENCY %s %s" % (fmt(famt), c), "@ EXCHANGE RATE %s" % rate]
    new = prev - sum(t["amount"] for t in txs)
    pays = sum(t["amount"] for t in txs if t["amount"] > 0); buys = -sum(t["amount"] for t in txs if t["amount"] < 0)
    X = dict(td=40, pd=105, desc=170, a=555)

    def colhead(d, y):
        d.c.setFillColorRGB(0.0, 0.45, 0.2)
        d.c.rect(40, y - 14, 515, 24, fill=1, stroke=0); d.c.setFillGray(1)
        for k, a, b, al in [("td", "TRANSACTION", "DATE", "l"), ("pd", "POSTING", "DATE", "l"), ("desc", "ACTIVITY DESCRIPTION", "", "l"),
                            ("a", "AMOUNT($)", "", "r")]:
            d.t(X[k], y, a, 7, True, al)
            if b: d.t(X[k], y - 9, b, 7, True, al)
        d.c.setFillGray(0)

    def header(d, p, np_):
        H = d.H
        d.c.setFillColorRGB(0.0, 0.45, 0.2); d.c.rect(40, H - 58, 34, 26, fill=1, stroke=0); d.c.setFillGray(1)
        d.t(57, H - 51, "TD", 13, True, "c"); d.c.setFillGray(0)
        d.t(82, H - 50, "TD Cash Back Visa Infinite* Card", 10, True)
        d.t(555, H - 40, "Page %d of %d" % (p, np_), 7.5, align="r")
        d.t(555, H - 50, "STATEMENT DATE: %s %d, %d" % (MONTHS[end.month - 1], end.day, end.year), 7.5, align="r")
        d.t(555, H - 60, "Statement Period: %s %d, %d to %s %d, %d" % (MONTHS[start.month - 1], start.day, start.year,
                                                                         MONTHS[end.month - 1], end.day, end.year), 7.5, align="r")
        if p == 1:
            for i, s in enumerate(["ALEXANDRA M CHEN", "88 QUEENS QUAY W UNIT 1204", "TORONTO ON  M5J 0B8"]):
                d.t(40, H - 85 - 10 * i, s, 8)
            d.t(40, H - 125, "Primary Cardholder: ALEXANDRA M CHEN", 7.5)
            d.t(40, H - 135, "Account Number: 4520 XXXX XXXX 3317", 7.5)
            d.c.rect(360, H - 220, 195, 140)
            d.t(368, H - 92, "ACCOUNT SUMMARY", 8, True)
            L = [("Previous Balance", cad(prev)), ("Payments & Credits", cad(-pays)), ("Purchases & Debits", cad(buys)), ("Cash Advances", "$0.00"),
                 ("Interest", "$0.00"), ("Fees", "$0.00"), ("NEW BALANCE", cad(new))]
            for i, (a, b) in enumerate(L):
                d.t(368, H - 106 - 11 * i, a, 7.5, i == 6); d.t(548, H - 106 - 11 * i, b, 7.5, i == 6, "r")
            d.t(368, H - 190, "Minimum Payment", 7.5); d.t(548, H - 190, cad(max(D("0"), min(new, max(D("10"), (new * D("0.03")).quantize(C2))))), 7.5, align="r")
            d.t(368, H - 201, "Payment Due Date", 7.5); d.t(548, H - 201, "%s %d, %d" % (MONTHS[(end + dt.timedelta(days=21)).month - 1],
                                                                                   (end + dt.timedelta(days=21)).day, end.year), 7.5, align="r")
            d.t(368, H - 212, "Credit Limit", 7.5); d.t(548, H - 212, "$12,000.00", 7.5, align="r")
            d.t(40, H - 160, "Earn more Cash Back Dollars: 3% on grocery, gas, recurring bills;", 7, gray=True)
            d.t(40, H - 170, "1% on all other eligible purchases. Visit td.com/cashback", 7, gray=True)
            colhead(d, H - 240)
        else:
            colhead(d, H - 85)

    def footer(d, p, np_):
        d.t(40, 30, "* Trademark of Visa International Service Association; Used under license. ® The TD logo and other TD trademarks are the", 6)
        d.t(40, 22, "property of The Toronto-Dominion Bank or its subsidiaries.", 6)

    f = Flow(letter, letter[1] - 270, letter[1] - 115, 60)
    f.t(X["desc"], "PREVIOUS STATEMENT BALANCE", 8, True); f.t(X["a"], cad(prev), 8, True, "r"); f.down(14)
    for t in txs:
        nl = len(t["desc_lines"])
        f.need(10 * nl + 4)
        f.t(X["td"], md(t["date"]), 8); f.t(X["pd"], md(t["post"]), 8)
        for k, l in enumerate(t["desc_lines"]): f.t(X["desc"], l, 8 if k == 0 else 7, dy=10 * k)
        f.t(X["a"], cad(t["amount"] * -1), 8, align="r")
        f.down(10 * nl + 4)
    f.need(30)
    f.line(X["desc"], 555, dy=-8)
    f.t(X["desc"], "NEW BALANCE", 8, True); f.t(X["a"], cad(new), 8, True, "r"); f.down(24)
    f.t(40, "Annual Interest Rates: Purchases 20.99%  Cash Advances 22.99%. If you only make the minimum payment every month, it will take", 6.5); f.down(9)
    f.t(40, "approximately 9 years and 4 months to pay off the full balance.", 6.5)
    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    truth(stem, "GM_ca_td_card", "****3317", "CAD", start, end, -prev, -new, txs)


# ---------------------------------------------------------------- 6 Wise EUR statement (detail lines "Transaction: CARD-...", "Fee: 0.45 EUR")
def wise(stem, seed, n=22, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("1482.36"), split=False):
    rng = random.Random(seed)
    ld = lambda d: "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    merchants = ["Rewe Markt Gmbh Berlin", "Lidl Dienstleistung Berlin", "Bvg Ticket App Berlin", "Dm Drogeriemarkt Berlin", "Rossmann 2154 Berlin",
                 "Spotify P2a3b4c5d6 Stockholm", "Albert Heijn 1403 Amsterdam"]
    txs = []
    for _ in range(n):
        d = rdate(rng, start, end)
        r = rng.random()
        if r < 0.55:
            a = money(rng, 3, 120)
            txs.append({"date": d, "desc": "Card transaction of %s EUR issued by %s" % (fmt(a), rng.choice(merchants)), "amount": -a,
                        "det": ["Transaction: CARD-%d" % rng.randint(10 ** 9, 10 ** 10)]})
        elif r < 0.65:
            fa = money(rng, 10, 150); rate = D(rng.choice(["1.0714", "1.0823", "0.8461"])); c = "USD" if rate > 1 else "GBP"
            fee = (fa / rate * D("0.0043")).quantize(C2)
            a = (fa / rate).quantize(C2) + fee
            txs.append({"date": d, "desc": "Card transaction of %s %s issued by %s" % (fmt(fa), c, rng.choice(["Amazon.com Seattle", "Tesco Stores 3321 London",
                                                                                                           "Uber *trip Help.uber.com"])),
                        "amount": -a, "det": ["Transaction: CARD-%d" % rng.randint(10 ** 9, 10 ** 10), "Fee: %s EUR" % fmt(fee)]})
        elif r < 0.8:
            a = money(rng, 20, 600); fee = D(rng.choice(["0.45", "0.62", "0.00"]))
            txs.append({"date": d, "desc": "Sent money to %s" % rng.choice(["Maria Schulz", "Jonas Becker", "Hausverwaltung Krause GmbH"]),
                        "amount": -(a + fee), "det": ["Transaction: TRANSFER-%d" % rng.randint(10 ** 8, 10 ** 9), "Fee: %s EUR" % fmt(fee)]})
        else:
            a = money(rng, 50, 700)
            txs.append({"date": d, "desc": "Received money from %s with reference %s" % (rng.choice(["JONAS BECKER", "LUKAS WEBER"]),
                                                                                        rng.choice(["Miete Anteil", "Urlaub Kroatien", "Danke"])),
                        "amount": a, "det": ["Transaction: TRANSFER-%d" % rng.randint(10 ** 8, 10 ** 9)]})
    txs.append({"date": start + dt.timedelta(days=2), "desc": "Converted 1,500.00 GBP to 1,756.41 EUR", "amount": D("1756.41"),
                "det": ["Transaction: BALANCE-%d" % rng.randint(10 ** 8, 10 ** 9), "Fee: 7.12 GBP"]})
    txs.append({"date": start + dt.timedelta(days=20), "desc": "Wise Charges for: BANK_DETAILS_ORDER", "amount": D("-20.00"),
                "det": ["Transaction: FEE_CHARGE-%d" % rng.randint(10 ** 7, 10 ** 8)]})
    txs.sort(key=lambda t: t["date"])
    bal = ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["main"] = wrap(t["desc"], 50 if not split else 56)
        t["desc_lines"] = t["main"] + t["det"]
    cb = bal
    tin = sum(t["amount"] for t in txs if t["amount"] > 0); tout = -sum(t["amount"] for t in txs if t["amount"] < 0)
    if split:
        X = dict(desc=40, inc=390, out=460, bal=555)
        heads = [("desc", "Description", "l"), ("inc", "Incoming", "r"), ("out", "Outgoing", "r"), ("bal", "Balance", "r")]
    else:
        X = dict(d=40, desc=120, a=460, bal=555)
        heads = [("d", "Date", "l"), ("desc", "Description", "l"), ("a", "Amount", "r"), ("bal", "Balance", "r")]

    def colhead(d, y):
        for k, s, al in heads: d.t(X[k], y, s, 8, True, al)
        d.c.setLineWidth(0.5); d.c.line(40, y - 5, 555, y - 5)

    def header(d, p, np_):
        H = d.H
        d.c.setFillColorRGB(0.16, 0.45, 0.12); d.t(40, H - 48, "7 WISE", 18, True); d.c.setFillGray(0)
        d.t(555, H - 42, "EUR statement", 12, True, "r")
        d.t(555, H - 55, "%s [GMT+02:00] - %s [GMT+02:00]" % (ld(start), ld(end)), 7.5, align="r")
        if p == 1:
            d.t(40, H - 85, "Account Holder", 7, gray=True)
            for i, s in enumerate(["Anna Schmidt", "Boxhagener Straße 41", "10245 Berlin", "Germany"]):
                d.t(40, H - 96 - 10 * i, s, 8, i == 0)
            d.t(330, H - 85, "Account details", 7, gray=True)
            d.t(330, H - 96, "IBAN  BE71 9670 4217 3269", 8); d.t(330, H - 106, "Swift/BIC  TRWIBEB1XXX", 8)
            d.t(330, H - 116, "Wise, Rue du Trône 100, 3rd floor, Brussels, 1050, Belgium", 6.5)
            d.t(40, H - 150, "Balance on %s" % ld(start), 8); d.t(300, H - 150, "%s EUR" % fmt(ob), 8, True, "r")
            d.t(40, H - 162, "Money in", 8); d.t(300, H - 162, "%s EUR" % fmt(tin), 8, align="r")
            d.t(40, H - 174, "Money out", 8); d.t(300, H - 174, "%s EUR" % fmt(tout), 8, align="r")
            d.t(40, H - 186, "Balance on %s" % ld(end), 8, True); d.t(300, H - 186, "%s EUR" % fmt(cb), 8, True, "r")
            colhead(d, H - 215)
        else:
            colhead(d, H - 80)

    def footer(d, p, np_):
        d.t(40, 30, "ref:3c91f0a2-77d4-4b1e-9a0e-5f2d1c8e6b47", 6, gray=True)
        d.t(555, 30, "%d / %d" % (p, np_), 7, align="r")
        d.t(40, 22, "Wise Europe SA is authorised by the National Bank of Belgium as a payment institution. Your money is safeguarded, not covered by deposit insurance.", 5.5, gray=True)

    f = Flow(A4, A4[1] - 232, A4[1] - 97, 50)
    for t in txs:
        det = ([ld(t["date"]) + "   " + t["det"][0]] + t["det"][1:]) if split else t["det"]
        nl = len(t["main"]) + len(det)
        f.need(10 * nl + 6)
        if not split: f.t(X["d"], ld(t["date"]), 8)
        for k, l in enumerate(t["main"]): f.t(X["desc"], l, 8, dy=10 * k)
        for k, l in enumerate(det): f.t(X["desc"], l, 7, dy=10 * (len(t["main"]) + k), gray=True)
        if split:
            f.t(X["inc"] if t["amount"] > 0 else X["out"], fmt(abs(t["amount"])), 8, align="r")
        else:
            f.t(X["a"], fmt(t["amount"]), 8, align="r")
        f.t(X["bal"], fmt(t["bal"]), 8, align="r")
        f.down(10 * nl + 6)
    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    truth(stem, "GM_wise_eur", "****3269", "EUR", start, end, ob, cb, txs)



# ---------------------------------------------------------------- 1b U.S. Bank checking (sections, trailing minus, "May 4", checks grid)
def usbank(stem, seed, start=dt.date(2025, 5, 1), end=dt.date(2025, 5, 30), ob=D("2841.63"), n_card=16, n_other=6, n_chk=5):
    rng = random.Random(seed)
    md = lambda d: "%s %d" % (MON3[d.month - 1], d.day)
    ref = lambda: str(rng.randint(10 ** 9, 10 ** 10))
    cust = [{"date": start + dt.timedelta(days=d), "desc": "", "amount": money(rng, 150, 900), "ref": ref()} for d in (3, 17)]
    other = [{"date": start + dt.timedelta(days=d), "desc": "Electronic Deposit From ST PAUL PUBLIC SC REF=%s PAYROLL" % rng.randint(10 ** 11, 10 ** 12),
              "amount": D("2418.77"), "ref": ""} for d in (6, 20)]
    shops = ["CUB FOODS 1621 SAINT PAUL MN", "TARGET 00012401 ROSEVILLE MN", "HOLIDAY STATIONSTORE 0289 ST PAUL MN",
             "CARIBOU COFFEE 0341 SAINT PAUL MN", "AMAZON MKTPL*RT4LK2Q01 AMZN.COM/BILL WA", "WALGREENS #07211 ST PAUL MN"]
    card = []
    for _ in range(n_card):
        d = rdate(rng, start, end)
        card.append({"date": d, "desc": "Debit Purchase - VISA On %02d%02d%02d %s Card 4417" % (d.month, max(1, d.day - 1), d.year % 100, rng.choice(shops)),
                     "amount": -money(rng, 4, 160), "ref": ""})
    opool = [("Electronic Withdrawal To XCEL ENERGY-NSP REF=%s XCELENERGY", 60, 180), ("Electronic Withdrawal To COMCAST REF=%s CABLE", 70, 120),
             ("Internet Banking Transfer To Account 1 457 9921 8810", 100, 400), ("Electronic Withdrawal To CENTERPOINT ENERGY REF=%s", 30, 90)]
    owd = []
    for k in range(n_other):
        p = opool[k % len(opool)]
        desc = p[0] % rng.randint(10 ** 11, 10 ** 12) if "%s" in p[0] else p[0]
        owd.append({"date": rdate(rng, start, end), "desc": desc, "amount": -money(rng, p[1], p[2]), "ref": ""})
    chks, no = [], 2210
    for _ in range(n_chk):
        no += rng.choice([1, 1, 2])
        chks.append({"date": rdate(rng, start + dt.timedelta(days=3), end), "no": no, "amount": -money(rng, 30, 700), "ref": ref()})
    for sec in (cust, other, card, owd):
        sec.sort(key=lambda t: t["date"])
    allt = cust + other + card + owd + chks
    cb = ob + sum(t["amount"] for t in allt)
    for t in cust: t["desc_lines"] = [t["ref"]]  # the grid prints no text: its reference names the deposit
    for t in chks: t["desc_lines"] = [str(t["no"])]
    tm = lambda v: fmt(abs(v)) + ("-" if v < 0 else "")
    per = "%s %d, %d through %s %d, %d" % (MONTHS[start.month - 1], start.day, start.year, MONTHS[end.month - 1], end.day, end.year)

    def header(d, p, np_):
        H = d.H
        d.t(40, H - 48, "usbank", 20, True)
        d.t(572, H - 40, "Account Number:", 7.5, align="r"); d.t(572, H - 50, "1 457 9921 3306", 8, True, "r")
        d.t(572, H - 62, "Statement Period:", 7.5, align="r"); d.t(572, H - 72, per, 8, True, "r")
        d.t(572, H - 84, "Page %d of %d" % (p, np_), 7.5, align="r")
        if p == 1:
            for i, s in enumerate(["JENNIFER A LINDQUIST", "1840 GRAND AVE", "SAINT PAUL MN 55105-1702"]):
                d.t(60, H - 110 - 10 * i, s, 8)
            d.t(360, H - 110, "To Contact U.S. Bank", 8, True)
            for i, s in enumerate(["24-Hour Business Solutions: 1-800-673-3555", "U.S. Bank accepts Relay Calls", "Internet: usbank.com"]):
                d.t(360, H - 120 - 9 * i, s, 7)

    def footer(d, p, np_):
        d.t(40, 30, "U.S. Bank National Association   Member FDIC", 6)

    cur = [None]

    def cont(f):
        if cur[0]:
            f.t(40, cur[0][0] + " (continued)", 9, True); f.down(13)
            cur[0][1](f)

    f = Flow(letter, letter[1] - 175, letter[1] - 110, 60, cont)
    W = 572
    f.t(40, "EASY CHECKING", 11, True); f.t(W, "Member FDIC", 7, align="r"); f.down(12)
    f.t(40, "U.S. Bank National Association", 8); f.t(W, "Account Number 1-457-9921-3306", 8, align="r"); f.down(18)
    f.t(40, "Account Summary", 9, True); f.down(12)
    f.t(230, "# Items", 7.5, True); f.down(11)
    rows = [("Beginning Balance on %s %d" % (MONTHS[start.month - 1], start.day), "", "$ " + tm(ob)),
            ("Customer Deposits", str(len(cust)), tm(sum(t["amount"] for t in cust))),
            ("Other Deposits", str(len(other)), tm(sum(t["amount"] for t in other))),
            ("Card Withdrawals", str(len(card)), tm(sum(t["amount"] for t in card))),
            ("Other Withdrawals", str(len(owd)), tm(sum(t["amount"] for t in owd))),
            ("Checks Paid", str(len(chks)), tm(sum(t["amount"] for t in chks)))]
    for a, b, c in rows:
        f.t(40, a, 8); f.t(250, b, 8, align="r"); f.t(350, c, 8, align="r"); f.down(11)
    f.t(90, "Ending Balance on %s %d, %d" % (MONTHS[end.month - 1], end.day, end.year), 8, True); f.t(350, "$ " + tm(cb), 8, True, "r"); f.down(22)

    def sec_header(f):
        f.t(40, "Date", 7.5, True); f.t(90, "Description of Transaction", 7.5, True); f.t(420, "Ref Number", 7.5, True)
        f.t(W, "Amount", 7.5, True, "r"); f.line(40, W, dy=3); f.down(12)

    def section(title, rows, total_label):
        f.need(40)
        f.t(40, title, 9, True); f.down(13)
        sec_header(f)
        cur[0] = (title, sec_header)
        for t in rows:
            lines = wrap(t["desc"], 58)
            t["desc_lines"] = lines
            f.need(10 * len(lines) + 2)
            f.t(40, md(t["date"]), 8)
            for k, l in enumerate(lines): f.t(90, l, 8, dy=10 * k)
            f.t(W, tm(t["amount"]), 8, align="r")
            f.down(10 * len(lines) + 2)
        cur[0] = None
        f.t(300, total_label, 8, True); f.t(W, "$ " + tm(sum(t["amount"] for t in rows)), 8, True, "r"); f.down(20)

    # customer deposits: a grid of (Number | Date | Ref Number | Amount) twice
    gx = [40, 310]

    def dep_header(f):
        for x in gx:
            f.t(x, "Number", 7.5, True); f.t(x + 50, "Date", 7.5, True); f.t(x + 100, "Ref Number", 7.5, True); f.t(x + 250, "Amount", 7.5, True, "r")
        f.line(40, W, dy=3); f.down(12)

    f.t(40, "Customer Deposits", 9, True); f.down(13)
    dep_header(f)
    for i in range(0, len(cust), 2):
        for x, t in zip(gx, cust[i:i + 2]):
            f.t(x + 50, md(t["date"]), 8); f.t(x + 100, t["ref"], 8); f.t(x + 250, tm(t["amount"]), 8, align="r")
        f.down(11)
    f.t(300, "Total Customer Deposits", 8, True); f.t(W, "$ " + tm(sum(t["amount"] for t in cust)), 8, True, "r"); f.down(20)
    section("Other Deposits", other, "Total Other Deposits")
    section("Card Withdrawals", card, "Total Card Withdrawals")
    section("Other Withdrawals", owd, "Total Other Withdrawals")

    def chk_header(f):
        for x in gx:
            f.t(x, "Check", 7.5, True); f.t(x + 50, "Date", 7.5, True); f.t(x + 100, "Ref Number", 7.5, True); f.t(x + 250, "Amount", 7.5, True, "r")
        f.line(40, W, dy=3); f.down(12)

    f.need(50)
    f.t(40, "Checks Presented Conventionally", 9, True); f.down(13)
    chk_header(f)
    cs = sorted(chks, key=lambda t: t["no"])
    prev = None
    for i in range(0, len(cs), 2):
        f.need(11)
        for x, t in zip(gx, cs[i:i + 2]):
            gap = prev is not None and t["no"] != prev + 1
            prev = t["no"]
            f.t(x, str(t["no"]) + ("*" if gap else ""), 8); f.t(x + 50, md(t["date"]), 8); f.t(x + 100, t["ref"], 8)
            f.t(x + 250, tm(t["amount"]), 8, align="r")
        f.down(11)
    f.t(40, "* Indicates a gap in check sequence", 6.5); f.t(300, "Conventional Checks Paid (%d)" % len(chks), 8, True)
    f.t(W, "$ " + tm(sum(t["amount"] for t in chks)), 8, True, "r"); f.down(22)
    # daily balance summary
    days = sorted(set(t["date"] for t in allt))
    bal, daily = ob, []
    for d in days:
        bal += sum(t["amount"] for t in allt if t["date"] == d); daily.append((d, bal))
    bx = [40, 215, 390]

    def bal_header(f):
        for x in bx:
            f.t(x, "Date", 7.5, True); f.t(x + 120, "Ending Balance", 7.5, True, "r")
        f.line(40, W, dy=3); f.down(12)

    f.need(40)
    f.t(40, "Balance Summary", 9, True); f.down(13)
    bal_header(f)
    cur[0] = ("Balance Summary", bal_header)
    for i in range(0, len(daily), 3):
        f.need(11)
        for x, (d, b) in zip(bx, daily[i:i + 3]):
            f.t(x, md(d), 8); f.t(x + 120, tm(b), 8, align="r")
        f.down(11)
    cur[0] = None
    f.down(10)
    f.t(40, "Balances only appear for days reflecting change.", 7)
    f.save(os.path.join(OUT, stem + ".pdf"), header, footer)
    truth(stem, "GM_us_usbank", "****3306", "USD", start, end, ob, cb, cust + other + card + owd + chks)

P = "gm_"
pnc(P + "us_pnc", 11)
pnc(P + "us_pnc__3pages", 12, n_card=48, n_ach=14, n_chk=11)
pnc(P + "us_pnc__overdraft", 13, overdraft=True)
usbank(P + "us_usbank", 14)
usbank(P + "us_usbank__3pages", 15, n_card=44, n_other=12, n_chk=9)
bca(P + "id_bca", 21)
bca(P + "id_bca__cr", 22, crmark=True)
vcb(P + "vn_vcb", 31)
vcb(P + "vn_vcb__comma", 32, th=",", bilingual=False, n=44)
westpac(P + "au_westpac", 41)
westpac(P + "au_westpac__overdraft", 42, overdraft=True)
westpac(P + "au_westpac__pages", 43, n=40, per_page=30)
td(P + "ca_td_card", 51)
td(P + "ca_td_card__fx", 52, fx=True, n=40)
td(P + "ca_td_card__credit", 53, credit=True)
wise(P + "wise_eur", 61)
wise(P + "wise_eur__split", 62, split=True)
print("done")
