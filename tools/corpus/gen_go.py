#!/usr/bin/python3
"""Generator go: 6 layouts unseen by pdfbulk (Deutsche Bank, Belfius, M-Pesa, Navy Federal, Meezan, Scotiabank), base + variants, exact truth. Deterministic."""
import os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
from corpus_kit import fmt, make_txns, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/go/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)
C2 = D("0.01")


class Doc:
    def __init__(self, path, size=A4):
        self.c = canvas.Canvas(path, pagesize=size, invariant=1)
        self.W, self.H = size
        self.font = "DV"

    def t(self, x, y, s, size=8, bold=False, align="l"):
        f = "DVB" if bold else self.font
        self.c.setFont(f, size)
        if align == "r": self.c.drawRightString(x, y, s)
        elif align == "c": self.c.drawCentredString(x, y, s)
        else: self.c.drawString(x, y, s)


def render(path, size, header, cols, rows, footer, lh=11, per_page=30, cf=None, bottom=None, top_rows=None, fs=8):
    """rows: list of dicts: cells{key:str}, desc:[lines]. cf(prev_page_bal_row) -> (carried, brought) labels."""
    doc = Doc(path, size)
    # paginate by line count
    # paginate by line count (per_page) and by the room left above the footer (a page never runs into it)
    probe = Doc("/dev/null", size)
    hdr_h = 9 * max(len(c[0].split("\n")) for c in cols) + 4
    room = [header(probe, 1, 2) - hdr_h - (14 * len(top_rows) if top_rows else 0), header(probe, 2, 2) - hdr_h]
    pages, cur, used, h = [], [], 0, 0
    for r in rows:
        nl = max(1, len(r.get("desc", [""])))
        rh = lh * nl + 2
        if cur and (used + nl > per_page or room[min(len(pages), 1)] - (h + rh) < 50 + 75):
            pages.append(cur); cur, used, h = [], 0, 0
        cur.append(r); used += nl; h += rh
    pages.append(cur)
    np_ = len(pages)
    for pi, pr in enumerate(pages):
        y = header(doc, pi + 1, np_)
        for (title, x, al, key) in cols:
            for k, tl in enumerate(title.split("\n")):
                doc.t(x, y - k * 9, tl, 7.5, True, al)
        y -= 9 * max(len(c[0].split("\n")) for c in cols) + 4
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        if pi == 0 and top_rows:
            for tr in top_rows:
                y = tr(doc, y)
        if pi > 0 and cf:
            y = cf(doc, y, pr[0], "bf")
        for r in pr:
            lines = r.get("desc", [""])
            for (title, x, al, key) in cols:
                if key == "desc":
                    for k, l in enumerate(lines):
                        doc.t(x, y - k * lh, l, fs, False, al)
                elif key in r:
                    doc.t(x, y, r[key], fs, False, al)
            y -= lh * max(1, len(lines)) + 2
        if pi < np_ - 1 and cf:
            y = cf(doc, y, pr[-1], "cf")
        if pi == np_ - 1 and bottom:
            y = bottom(doc, y)
        footer(doc, pi + 1, np_)
        doc.c.showPage()
    doc.c.save()


def make_ml(rng, start, end, n, pool, credits, pc=0.2, fixed=()):
    """Transactions whose description is a list of lines (templates take {r} a reference, {d} the day as dd.mm.)."""
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pc:
            lines, lo, hi = rng.choice(credits); sgn = 1
        else:
            lines, lo, hi = rng.choice(pool); sgn = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sgn
        r = rng.randint(100000, 999999)
        c = "%03d/%04d/%05d" % (rng.randint(0, 999), rng.randint(0, 9999), rng.randint(0, 99999))
        txs.append({"date": d, "desc_lines": [l.format(r=r, c=c, d=d.strftime("%d.%m"), dd=d.strftime("%d/%m/%Y")) for l in lines], "amount": amt})
    for (d, lines, amt) in fixed:
        txs.append({"date": d, "desc_lines": list(lines), "amount": D(amt)})
    txs.sort(key=lambda t: t["date"])
    return txs


def de(v, sign=False):
    return fmt(v, ".", ",", sign=sign)


# ---------------------------------------------------------------- 1 Deutsche Bank Girokonto (Buchung|Valuta|Vorgang|Soll|Haben, "05.06." without year)
def deutsche(stem, seed, n=16, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("2418.37"), neg=False, pages=False,
             kontostand=False):
    rng = random.Random(seed)
    pool = [(["SEPA-Lastschrift von", "Stadtwerke München GmbH", "Verwendungszweck/ Kundenreferenz", "Vertragskonto {r} Abschlag Strom Juni",
              "Gläubiger-ID DE54ZZZ00000047106", "Mandat SWM-{r}"], 60, 140),
            (["SEPA-Lastschrift von", "Telefónica Germany GmbH & Co. OHG", "Verwendungszweck/ Kundenreferenz", "Kd-Nr. {r} Rechnung 06/2024",
              "Gläubiger-ID DE24ZZZ00000064471", "Mandat O2-{r}"], 20, 45),
            (["Kartenzahlung", "REWE Markt GmbH Muenchen", "{d}.2024 18:22 Debitk. 4 2027-12"], 8, 95),
            (["Kartenzahlung", "dm-drogerie markt Muenchen", "{d}.2024 11:05 Debitk. 4 2027-12"], 5, 60),
            (["Bargeldauszahlung", "Deutsche Bank Filiale Marienplatz", "{d}.2024 12:40 Debitk. 4"], 50, 300),
            (["SEPA-Überweisung an", "Hausverwaltung Brandl KG", "Verwendungszweck/ Kundenreferenz", "Miete Juni 2024 Whg. 3 OG links"], 980, 1240),
            (["SEPA-Lastschrift von", "PayPal Europe S.a.r.l. et Cie S.C.A", "Verwendungszweck/ Kundenreferenz", "{r}7731 PP.4412.PP . Zalando SE, Ihr Einkauf bei Zalando SE",
              "Gläubiger-ID LU96ZZZ0000000000000000058", "Mandat 4VQJ224J7QWLS"], 25, 180)]
    cr = [(["SEPA-Gutschrift von", "Rohde & Schwarz GmbH & Co. KG", "Verwendungszweck/ Kundenreferenz", "LOHN/GEHALT 06/2024 PERS.NR. 48213"], 2900, 3600),
          (["SEPA-Gutschrift von", "Maximilian Berger", "Verwendungszweck/ Kundenreferenz", "Anteil Urlaub Gardasee"], 40, 300)]
    if neg: ob = D("-612.80")
    fixed = [(end, ["Entgelt Kontoführung", "Abrechnungszeitraum 01.06.2024 - 30.06.2024"], "-6.90")]
    txs = make_ml(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=1), n, pool, cr, fixed=fixed)
    rows = []
    for t in txs:
        lines = []
        for l in t["desc_lines"]:
            lines += wrap(l, 46)
        t["desc_lines"] = lines
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
        r = {"b": t["date"].strftime("%d.%m."), "v": vd.strftime("%d.%m."), "desc": lines}
        if t["amount"] < 0: r["s"] = de(t["amount"])
        else: r["h"] = de(t["amount"], sign=True)
        rows.append(r)
    cb = ob + sum(t["amount"] for t in txs)
    so = sum(-t["amount"] for t in txs if t["amount"] < 0); ha = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Deutsche Bank", 17, True)
        doc.t(doc.W - 40, H - 42, "Kontoauszug vom %s bis %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 9, True, "r")
        doc.t(doc.W - 40, H - 54, "Auszug Nr. %d   Blatt %d von %d" % (start.month, p, np_), 8, align="r")
        doc.t(40, H - 62, "Deutsche Bank AG · Filiale München · Promenadeplatz 15 · 80333 München", 6)
        if p == 1:
            doc.t(40, H - 80, "Herrn", 8); doc.t(40, H - 91, "Jonas Hofbauer", 8); doc.t(40, H - 102, "Leopoldstr. 112", 8); doc.t(40, H - 113, "80802 München", 8)
            doc.t(330, H - 80, "Girokonto  AktivKonto", 8, True)
            doc.t(330, H - 92, "IBAN DE12 7007 0024 0123 4567 00", 8)
            doc.t(330, H - 104, "BIC DEUTDEDBMUC", 8)
            doc.t(330, H - 116, "Kontoinhaber Jonas Hofbauer", 8)
            doc.c.rect(40, H - 168, 515, 36)
            doc.t(48, H - 144, "Kontostand am %s" % (start - dt.timedelta(days=1)).strftime("%d.%m.%Y") if kontostand else "Alter Saldo", 7)
            doc.t(48, H - 158, "EUR " + de(ob, sign=True), 8, True)
            doc.t(180, H - 144, "Summe Soll", 7); doc.t(180, H - 158, "EUR " + de(-so), 8)
            doc.t(300, H - 144, "Summe Haben", 7); doc.t(300, H - 158, "EUR " + de(ha, sign=True), 8)
            doc.t(420, H - 144, "Kontostand am %s" % end.strftime("%d.%m.%Y") if kontostand else "Neuer Saldo", 7)
            doc.t(420, H - 158, "EUR " + de(cb, sign=True), 8, True)
            return H - 190
        doc.t(40, H - 76, "IBAN DE12 7007 0024 0123 4567 00   Jonas Hofbauer", 7)
        return H - 95

    cols = [("Buchung", 40, "l", "b"), ("Valuta", 85, "l", "v"), ("Vorgang", 135, "l", "desc"), ("Soll", 475, "r", "s"), ("Haben", 555, "r", "h")]

    def saldo(doc, y, label, v):
        doc.t(135, y, label, 8, True)
        if v < 0: doc.t(475, y, de(v), 8, True, "r")
        else: doc.t(555, y, de(v, sign=True), 8, True, "r")

    def top(doc, y):
        saldo(doc, y, ("Kontostand am %s" if kontostand else "Alter Saldo per %s") % (start - dt.timedelta(days=1)).strftime("%d.%m.%Y"), ob)
        return y - 14

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        saldo(doc, y - 4, ("Kontostand am %s" if kontostand else "Neuer Saldo per %s") % end.strftime("%d.%m.%Y"), cb)
        doc.t(40, y - 30, "Bitte erheben Sie Einwendungen gegen einzelne Buchungen unverzüglich. Guthaben sind als Einlagen nach Maßgabe des", 6)
        doc.t(40, y - 38, "Einlagensicherungsgesetzes entschädigungsfähig. Nähere Informationen: www.deutsche-bank.de/einlagensicherung", 6)
        if cb < 0:
            doc.t(40, y - 50, "Dispositionskredit 2.000,00 EUR  Sollzinssatz 12,49 % p.a.", 7)
        return y - 56

    def footer(doc, p, np_):
        doc.t(40, 22, "Deutsche Bank AG, Sitz Frankfurt am Main, HRB 30 000, Taunusanlage 12, 60325 Frankfurt am Main · USt-IdNr. DE114103379", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=(34 if pages else 62), top_rows=[top], bottom=bottom)
    write_truth(stem, "GO_de_deutschebank", "****6700", "EUR", start, end, ob, txs, False)


# ---------------------------------------------------------------- 2 Belfius (French; signed "-1.234,56 EUR", communication lines)
def belfius(stem, seed, n=18, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("3127.45"), neg=False, pages=False):
    rng = random.Random(seed)
    pool = [(["VIREMENT EUROPEEN VERS BE71 0961 2345 6769", "PROXIMUS SA", "Communication : +++{c}+++"], 30, 95),
            (["ACHAT BANCONTACT DELHAIZE IXELLES", "le {dd} avec carte 6703 04XX XXXX X123 1"], 8, 140),
            (["ACHAT BANCONTACT COLRUYT ETTERBEEK", "le {dd} avec carte 6703 04XX XXXX X123 1"], 10, 160),
            (["RETRAIT D'ESPECES BELFIUS BRUXELLES LOUISE", "le {dd} avec carte 6703 04XX XXXX X123 1"], 20, 250),
            (["DOMICILIATION EUROPEENNE ENGIE ELECTRABEL", "Référence mandat : ENG-{r}", "Communication : Acompte énergie juin 2024"], 70, 180),
            (["ORDRE PERMANENT VERS BE43 0689 0123 4501", "IMMO LOUISE SPRL", "Communication : Loyer juin app. 2B"], 850, 1100)]
    cr = [(["VIREMENT EN VOTRE FAVEUR DE BE68 5390 0754 7034", "SPF FINANCES", "Communication : +++{c}+++"], 50, 400),
          (["VIREMENT EN VOTRE FAVEUR DE BE12 0011 2233 4455", "SOLVAY SA", "Communication : SALAIRE JUIN 2024 MATR 4471"], 2600, 3400)]
    if neg: ob = D("-248.16")
    fixed = [(end, ["FRAIS DE GESTION DU COMPTE", "Pack Belfius Essential Plus juin 2024"], "-3.50")]
    txs = make_ml(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=1), n, pool, cr, fixed=fixed)
    rows, bal = [], ob
    eur = lambda v, s=False: de(v, sign=s) + " EUR"
    for t in txs:
        bal += t["amount"]
        t["bal_truth"] = bal
        vd = t["date"] - dt.timedelta(days=rng.choice([0, 0, 1]))
        rows.append({"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "v": vd.strftime("%d/%m/%Y"), "m": eur(t["amount"], True),
                     "s": de(bal)})
    cb = bal
    so = sum(-t["amount"] for t in txs if t["amount"] < 0); ha = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Belfius", 20, True); doc.t(125, H - 45, "Banque", 10)
        doc.t(doc.W - 40, H - 42, "Extrait de compte n° %d" % (start.month + 100), 10, True, "r")
        doc.t(doc.W - 40, H - 54, "Page %d / %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 75, "Madame Claire Dubois", 8); doc.t(40, H - 86, "Avenue Louise 231 bte 4", 8); doc.t(40, H - 97, "1050 Bruxelles", 8)
            doc.t(320, H - 75, "Compte à vue Belfius Pack Essential Plus", 8, True)
            doc.t(320, H - 87, "BE39 0689 4712 3519   BIC GKCCBEBB", 8)
            doc.t(320, H - 99, "Période du %s au %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.c.rect(320, H - 160, 235, 50)
            doc.t(328, H - 122, "Ancien solde", 8); doc.t(548, H - 122, eur(ob), 8, align="r")
            doc.t(328, H - 133, "Total des débits", 8); doc.t(548, H - 133, eur(-so), 8, align="r")
            doc.t(328, H - 144, "Total des crédits", 8); doc.t(548, H - 144, eur(ha), 8, align="r")
            doc.t(328, H - 155, "Nouveau solde", 8, True); doc.t(548, H - 155, eur(cb), 8, True, "r")
            return H - 185
        doc.t(40, H - 70, "BE39 0689 4712 3519   Madame Claire Dubois", 7)
        return H - 90

    cols = [("Date\ncomptable", 40, "l", "d"), ("Description", 100, "l", "desc"), ("Date\nvaleur", 345, "l", "v"), ("Montant", 480, "r", "m"),
            ("Solde", 555, "r", "s")]

    def top(doc, y):
        doc.t(100, y, "Ancien solde au %s" % (start - dt.timedelta(days=1)).strftime("%d/%m/%Y"), 8, True); doc.t(555, y, de(ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(100, y - 2, "Nouveau solde au %s" % end.strftime("%d/%m/%Y"), 8, True); doc.t(555, y - 2, de(cb), 8, True, "r")
        doc.t(40, y - 26, "Vos avoirs sont protégés par le Fonds de garantie à concurrence de 100.000 EUR par personne et par banque.", 6)
        doc.t(40, y - 34, "Belfius Banque SA, Place Charles Rogier 11, 1210 Bruxelles. RPM Bruxelles TVA BE 0403.201.185. FSMA 019649 A.", 6)
        doc.t(40, y - 46, "Découvrez Belfius Mobile : gérez vos finances où que vous soyez.", 7)
        return y - 52

    def footer(doc, p, np_):
        doc.t(doc.W / 2, 20, "belfius.be", 6, align="c")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=(30 if pages else 64), top_rows=[top], bottom=bottom)
    write_truth(stem, "GO_be_belfius", "****3519", "EUR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 3 M-Pesa (Safaricom) statement: newest first, SUMMARY table on top
def mpesa(stem, seed, n=24, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("3486.50"), pages=False):
    rng = random.Random(seed)
    names = ["JOHN KAMAU", "MARY WANJIRU", "PETER OTIENO", "GRACE AKINYI", "JAMES MWANGI", "FAITH CHEBET"]
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    rec = lambda: "SF" + "".join(rng.choice(L) for _ in range(8))
    phone = lambda: "2547******%03d" % rng.randint(0, 999)

    def charge(v):
        return D("0") if v <= 100 else D("7") if v <= 500 else D("13") if v <= 1000 else D("23") if v <= 1500 else D("33") if v <= 2500 else D("53")

    txs, bal, t0 = [], ob, dt.datetime(start.year, start.month, start.day, 7, 0, 0)
    span = int((dt.datetime(end.year, end.month, end.day, 22, 0) - t0).total_seconds())
    stamps = sorted(t0 + dt.timedelta(seconds=rng.randint(0, span)) for _ in range(n))
    typ = {"SEND MONEY": [D(0), D(0)], "RECEIVED MONEY": [D(0), D(0)], "AGENT DEPOSIT": [D(0), D(0)], "AGENT WITHDRAWAL": [D(0), D(0)],
           "LIPA NA M-PESA (PAYBILL)": [D(0), D(0)], "LIPA NA M-PESA (BUY GOODS)": [D(0), D(0)], "OTHERS": [D(0), D(0)]}

    def add(ts, r, desc, amt, kind):
        txs.append({"ts": ts, "date": ts.date(), "rec": r, "desc": desc, "amount": amt})
        typ[kind][0 if amt > 0 else 1] += abs(amt)

    for ts in stamps:
        k = rng.random(); r = rec()
        if k < 0.18:
            add(ts, r, "Funds received from - %s %s" % (phone(), rng.choice(names)), D(rng.randint(200, 6000)), "RECEIVED MONEY")
        elif k < 0.28:
            add(ts, r, "Deposit of Funds at Agent Till %d - %s" % (rng.randint(100000, 999999), rng.choice(["KAMAU SHOP KASARANI", "MAMA NJERI AGENCIES RONGAI"])),
                D(rng.randint(10, 80) * 100), "AGENT DEPOSIT")
        elif k < 0.45:
            v = D(rng.randint(50, 3000)); add(ts, r, "Customer Transfer to - %s %s" % (phone(), rng.choice(names)), -v, "SEND MONEY")
            c = charge(v)
            if c: add(ts, r, "Customer Transfer of Funds Charge", -c, "OTHERS")
        elif k < 0.62:
            v = D(rng.randint(4000, 350000)) / 100
            add(ts, r, "Pay Bill to %s Acc. %d" % (rng.choice(["888880 - KPLC PREPAID", "247247 - Equity Paybill Account", "320320 - Nairobi Water"]),
                                                  rng.randint(10000000, 99999999)), -v, "LIPA NA M-PESA (PAYBILL)")
        elif k < 0.85:
            v = D(rng.randint(5000, 450000)) / 100
            add(ts, r, "Merchant Payment to %d - %s" % (rng.randint(100000, 9999999), rng.choice(["NAIVAS SUPERMARKET WESTLANDS", "JAVA HOUSE ABC PLACE",
                "QUICKMART KILIMANI", "CARREFOUR SARIT CENTRE"])), -v, "LIPA NA M-PESA (BUY GOODS)")
        else:
            v = D(rng.randint(5, 60) * 100); add(ts, r, "Customer Withdrawal At Agent Till %d - %s" % (rng.randint(100000, 999999),
                rng.choice(["KAMAU SHOP KASARANI", "BEST LINK AGENCIES CBD"])), -v, "AGENT WITHDRAWAL")
            add(ts, r, "Withdrawal Charge", -D(rng.choice([29, 29, 52, 69])), "OTHERS")
    # keep the wallet positive: top up on the first day when the running balance would go below zero
    low = min([D(0)] + [ob + sum(t["amount"] for t in txs[:i + 1]) for i in range(len(txs))])
    if low < 0:
        ts = t0 - dt.timedelta(minutes=20)
        txs.insert(0, {"ts": ts, "date": ts.date(), "rec": rec(), "desc": "Funds received from - 2547******410 PETER OTIENO",
                       "amount": (-low + D(500)).quantize(D(1))})
        typ["RECEIVED MONEY"][0] += txs[0]["amount"]
    rows = []
    for t in txs:
        bal += t["amount"]; t["bal_truth"] = bal
        t["desc_lines"] = wrap(t["desc"], 32)
    for t in reversed(txs):
        r = {"rn": t["rec"], "ct": t["ts"].strftime("%Y-%m-%d %H:%M:%S"), "desc": t["desc_lines"], "st": "Completed", "b": fmt(t["bal_truth"])}
        if t["amount"] > 0: r["pi"] = fmt(t["amount"])
        else: r["w"] = fmt(t["amount"])
        rows.append(r)
    cb = bal

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 42, "M-PESA", 18, True); doc.t(120, H - 42, "safaricom", 10)
        doc.t(doc.W - 40, H - 42, "M-PESA STATEMENT", 11, True, "r")
        if p == 1:
            info = [("Customer Name:", "Wanjiku Njoroge"), ("Mobile Number:", "0722 ***418"), ("Email Address:", "wanjiku.n@example.co.ke"),
                    ("Statement Period:", "%s - %s" % (start.strftime("%d %b %Y"), end.strftime("%d %b %Y"))), ("Request Date:", (end + dt.timedelta(days=2)).strftime("%d %b %Y"))]
            for i, (a, b) in enumerate(info):
                doc.t(40, H - 66 - 11 * i, a, 8, True); doc.t(125, H - 66 - 11 * i, b, 8)
            doc.t(40, H - 134, "SUMMARY", 9, True)
            y = H - 150
            doc.t(40, y, "TRANSACTION TYPE", 7.5, True); doc.t(330, y, "PAID IN", 7.5, True, "r"); doc.t(450, y, "PAID OUT", 7.5, True, "r")
            doc.c.line(40, y - 3, 460, y - 3)
            ti = to = D(0)
            for k, (pi, po) in typ.items():
                y -= 11; doc.t(40, y, k + ":", 7.5); doc.t(330, y, fmt(pi), 7.5, align="r"); doc.t(450, y, fmt(po), 7.5, align="r")
                ti += pi; to += po
            y -= 12; doc.t(40, y, "TOTAL:", 7.5, True); doc.t(330, y, fmt(ti), 7.5, True, "r"); doc.t(450, y, fmt(to), 7.5, True, "r")
            doc.t(40, y - 24, "DETAILED STATEMENT", 9, True)
            return y - 42
        return H - 65

    cols = [("Receipt No.", 30, "l", "rn"), ("Completion Time", 90, "l", "ct"), ("Details", 182, "l", "desc"),
            ("Transaction\nStatus", 318, "l", "st"), ("Paid In", 425, "r", "pi"), ("Withdrawn", 490, "r", "w"), ("Balance", 560, "r", "b")]

    def bottom(doc, y):
        doc.t(40, y - 6, "Disclaimer: This record is produced for your information only. Safaricom PLC accepts no liability for any reliance", 6)
        doc.t(40, y - 14, "placed on it. For queries call 100 or 200, or visit any Safaricom shop. M-PESA is a registered trademark of Safaricom PLC.", 6)
        return y - 20

    def footer(doc, p, np_):
        doc.t(doc.W / 2, 22, "Page %d of %d" % (p, np_), 7, align="c")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=9, per_page=(30 if pages else 58), bottom=bottom, fs=7)
    write_truth(stem, "GO_ke_mpesa", "****0418", "KES", start, end, ob, txs, True)


# ---------------------------------------------------------------- 4 Navy Federal checking (Date MM-DD | Transaction Detail | Amount($) | Balance($))
def navy(stem, seed, n=22, start=dt.date(2024, 5, 16), end=dt.date(2024, 6, 15), ob=D("1834.22"), lead=False, pages=False):
    rng = random.Random(seed)
    pool = [(["POS Debit- Debit Card 4417 {md}-24 Giant Food Inc Arlington VA"], 12, 160),
            (["POS Debit- Debit Card 4417 {md}-24 Exxonmobil 9721 Falls Church VA"], 25, 70),
            (["Paid To - Dominion Energy Bill Payment"], 80, 190),
            (["ATM Withdrawal - Navy Federal Pentagon Arlington VA"], 40, 300),
            (["POS Debit- Debit Card 4417 {md}-24 Amazon.com*Rt4Kl2 Amzn.com/Bill WA"], 10, 120),
            (["Transfer To Shares"], 50, 400),
            (["Zelle Transfer To Marcus Hill Conf# {r}"], 20, 250)]
    cr = [(["Deposit - ACH Paid From DFAS-Cleveland Net Pay"], 2200, 2900),
          (["Transfer From Shares"], 100, 500)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, days - 1))
        cp = rng.random() < 0.2
        lines, lo, hi = rng.choice(cr if cp else pool)
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * (1 if cp else -1)
        pd = d - dt.timedelta(days=rng.choice([0, 1, 2]))
        desc = lines[0].format(md=pd.strftime("%m-%d"), r=rng.randint(10000000, 99999999))
        txs.append({"date": d, "desc": desc, "amount": amt})
    txs.append({"date": end, "desc": "Dividend", "amount": D("0.14")})
    txs.sort(key=lambda t: t["date"])
    neg = lambda v: ("-" + fmt(-v)) if (v < 0 and lead) else (fmt(-v) + "-") if v < 0 else fmt(v)
    rows, bal = [], ob
    for t in txs:
        bal += t["amount"]; t["bal_truth"] = bal
        t["desc_lines"] = wrap(t["desc"], 52)
        rows.append({"d": t["date"].strftime("%m-%d"), "desc": t["desc_lines"], "a": neg(t["amount"]), "b": neg(bal)})
    cb = bal
    dep = sum(t["amount"] for t in txs if t["amount"] > 0); wd = sum(-t["amount"] for t in txs if t["amount"] < 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "NAVY FEDERAL", 16, True); doc.t(40, H - 57, "Credit Union", 9)
        doc.t(doc.W - 40, H - 42, "Statement of Account", 11, True, "r")
        doc.t(doc.W - 40, H - 54, "Statement Period %s - %s" % (start.strftime("%m/%d/%y"), end.strftime("%m/%d/%y")), 8, align="r")
        doc.t(doc.W - 40, H - 65, "Access No. XXXXXX7731", 8, align="r")
        doc.t(doc.W - 40, H - 76, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 82, "DANIELLE R FOSTER", 8); doc.t(40, H - 93, "4812 N 25TH ST", 8); doc.t(40, H - 104, "ARLINGTON VA 22207-3516", 8)
            doc.t(40, H - 128, "Summary of your deposit accounts", 9, True)
            y = H - 142
            hd = [("", 40, "l"), ("Previous\nBalance", 250, "r"), ("Deposits/\nCredits", 325, "r"), ("Withdrawals/\nDebits", 400, "r"),
                  ("Ending\nBalance", 475, "r"), ("YTD\nDividends", 560, "r")]
            for (tl, x, al) in hd:
                for k, l in enumerate(tl.split("\n")): doc.t(x, y - 9 * k, l, 7, True, al)
            y -= 22
            vals = [("EveryDay Checking", 40, "l"), (fmt(ob), 250, "r"), (fmt(dep), 325, "r"), (fmt(wd), 400, "r"), (neg(cb), 475, "r"), ("0.61", 560, "r")]
            for (v, x, al) in vals: doc.t(x, y, v, 8, False, al)
            doc.t(40, y - 11, "Totals", 8, True); doc.t(250, y - 11, "$" + fmt(ob), 8, True, "r"); doc.t(325, y - 11, "$" + fmt(dep), 8, True, "r")
            doc.t(400, y - 11, "$" + fmt(wd), 8, True, "r"); doc.t(475, y - 11, "$" + neg(cb), 8, True, "r"); doc.t(560, y - 11, "$0.61", 8, True, "r")
            doc.t(40, y - 36, "Checking", 11, True)
            doc.t(40, y - 49, "EveryDay Checking - 7012345518", 8, True)
            return y - 66
        doc.t(40, H - 92, "EveryDay Checking - 7012345518 (continued)", 8, True)
        return H - 110

    cols = [("Date", 40, "l", "d"), ("Transaction Detail", 80, "l", "desc"), ("Amount($)", 470, "r", "a"), ("Balance($)", 560, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%m-%d"), 8); doc.t(80, y, "Beginning Balance", 8); doc.t(560, y, neg(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%m-%d"), 8); doc.t(80, y, "Ending Balance", 8); doc.t(560, y, neg(cb), 8, align="r")
        doc.t(80, y - 18, "Average Daily Balance - Current Cycle: %s" % fmt((ob + cb) / 2, nd=2), 8)
        doc.t(80, y - 29, "Your account earned 0.14 dividend at 0.05% APY for the period.", 8)
        doc.t(40, y - 52, "Federally insured by NCUA. For questions or errors about your electronic transfers call 1-888-842-6328 or write to", 6)
        doc.t(40, y - 60, "Navy Federal Credit Union, PO Box 3000, Merrifield VA 22119-3000. Equal Housing Lender.", 6)
        return y - 66

    def footer(doc, p, np_):
        doc.t(40, 20, "navyfederal.org  1-888-842-6328", 6)

    render(os.path.join(OUT, stem + ".pdf"), letter, header, cols, rows, footer, lh=10, per_page=(16 if pages else 52), top_rows=[top], bottom=bottom)
    write_truth(stem, "GO_us_navyfederal", "****5518", "USD", start, end, ob, txs, True)


# ---------------------------------------------------------------- 5 Meezan Bank (dd-Mmm-yyyy, Cheque No., balances "Cr"/"Dr")
def meezan(stem, seed, n=22, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("184326.50"), neg=False, pages=False):
    rng = random.Random(seed)
    pool = [("ATM Cash Withdrawal MEZN ATM GULBERG III LAHORE {r}", 5000, 40000), ("POS Purchase IMTIAZ SUPER MARKET DHA LHR", 1500, 18000),
            ("Raast Funds Transfer to HBL PK24HABB0012345678901234 ALI RAZA", 2000, 60000), ("Bill Payment LESCO Ref {r}", 3000, 22000),
            ("Bill Payment SNGPL Consumer {r}", 800, 9000), ("Mobile Top-up Jazz 0300XXXX412", 200, 1500), ("CHEQUE", 10000, 95000)]
    cr = [("Inter Bank Funds Transfer from MCB Bank SALARY JUN-24 NETSOL TECHNOLOGIES", 180000, 260000),
          ("Cash Deposit Branch 0101 Gulberg", 5000, 50000)]
    if neg: ob = D("-42318.75")
    txs = make_txns(rng, start, end - dt.timedelta(days=1), n, pool, cr)
    txs.append({"date": end, "desc": "Excise Duty / FED on Charges", "amount": D("-26.00")})
    txs.append({"date": end, "desc": "SMS Alert Charges Jun-2024", "amount": D("-200.00")})
    crb = lambda v: fmt(abs(v)) + (" Dr" if v < 0 else " Cr")
    rows, bal = [], ob
    for t in txs:
        bal += t["amount"]; t["bal_truth"] = bal
        r = {"d": t["date"].strftime("%d-%b-%Y"), "b": crb(bal)}
        if t["desc"] == "CHEQUE":
            r["ch"] = str(rng.randint(10000000, 99999999)); t["desc"] = "Cheque Paid - Clearing NIFT"
        t["desc_lines"] = wrap(t["desc"], 40)
        r["desc"] = t["desc_lines"]
        if t["amount"] < 0: r["db"] = fmt(-t["amount"])
        else: r["cr"] = fmt(t["amount"])
        rows.append(r)
    cb = bal
    nd = sum(1 for t in txs if t["amount"] < 0); nc = len(txs) - nd
    sd = sum(-t["amount"] for t in txs if t["amount"] < 0); sc = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Meezan Bank", 17, True); doc.t(40, H - 57, "The Premier Islamic Bank", 7)
        doc.t(doc.W - 40, H - 45, "Statement of Account", 11, True, "r")
        doc.t(doc.W - 40, H - 57, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            info = [("Account Title", "MUHAMMAD USMAN TARIQ"), ("Account No.", "0101-0104567890"), ("IBAN", "PK36MEZN0001010104567890"),
                    ("Account Type", "Rupee Current Account"), ("Currency", "PKR"), ("Branch", "0101 - Gulberg Branch, Lahore"),
                    ("Statement Period", "%s To %s" % (start.strftime("%d-%b-%Y"), end.strftime("%d-%b-%Y")))]
            for i, (a, b) in enumerate(info):
                doc.t(40, H - 80 - 11 * i, a, 8, True); doc.t(130, H - 80 - 11 * i, ": " + b, 8)
            doc.t(360, H - 80, "Address:", 8, True); doc.t(360, H - 91, "House 42-B, Block E2, Gulberg III", 8); doc.t(360, H - 102, "Lahore, Punjab 54660", 8)
            return H - 175
        doc.t(40, H - 72, "Account No. 0101-0104567890   MUHAMMAD USMAN TARIQ", 7)
        return H - 92

    cols = [("Date", 40, "l", "d"), ("Description", 100, "l", "desc"), ("Cheque No.", 300, "l", "ch"), ("Debit", 415, "r", "db"),
            ("Credit", 480, "r", "cr"), ("Balance", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%d-%b-%Y"), 8); doc.t(100, y, "Opening Balance", 8, True); doc.t(555, y, crb(ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%d-%b-%Y"), 8); doc.t(100, y, "Closing Balance", 8, True); doc.t(555, y, crb(cb), 8, True, "r")
        doc.c.line(40, y - 6, doc.W - 40, y - 6)
        doc.t(40, y - 20, "Total No. of Debits: %d   Total Debit Amount: %s" % (nd, fmt(sd)), 8)
        doc.t(40, y - 31, "Total No. of Credits: %d   Total Credit Amount: %s" % (nc, fmt(sc)), 8)
        doc.t(40, y - 52, "This is a computer generated statement and does not require any signature. Please report any discrepancy within 15 days", 6)
        doc.t(40, y - 60, "of receipt, otherwise the statement will be considered correct. Meezan Bank Limited, Meezan House, C-25 Estate Avenue, SITE, Karachi.", 6)
        return y - 66

    def footer(doc, p, np_):
        doc.t(40, 20, "Meezan Bank 24/7 Call Centre: 111-331-331  |  www.meezanbank.com", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=(16 if pages else 52), top_rows=[top], bottom=bottom)
    write_truth(stem, "GO_pk_meezan", "****7890", "PKR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 6 Scotiabank chequing (Date "Jun 5" | Transactions | Withdrawn/Debits ($) | Deposits/Credits ($) | Balance ($))
def scotia(stem, seed, n=20, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("1642.18"), neg=False, pages=False):
    rng = random.Random(seed)
    pool = [(["Point of sale purchase", "TIM HORTONS #2387 TORONTO ON"], 2, 18), (["Point of sale purchase", "LOBLAWS #1042 TORONTO ON"], 20, 210),
            (["Point of sale purchase", "PRESTO FARE/CZ8H4R TORONTO ON"], 3.3, 3.3), (["Bill payment", "ROGERS WIRELESS"], 60, 130),
            (["Bill payment", "TORONTO HYDRO-ELECTRIC"], 70, 160), (["Insurance", "INTACT INSURANCE"], 110, 180),
            (["Interac e-Transfer sent", "MARIE TREMBLAY"], 20, 400), (["ABM withdrawal", "SCOTIABANK QUEEN & SPADINA"], 40, 300)]
    cr = [(["Payroll dep.", "SHOPIFY INC"], 2100, 2900), (["Interac e-Transfer received", "KEVIN NGUYEN"], 20, 300)]
    if neg: ob = D("-214.65")
    fixed = [(end, ["Service charge", "Monthly fee"], "-16.95")]
    if neg: fixed.append((end, ["Overdraft interest"], "-4.38"))
    txs = make_ml(rng, start + dt.timedelta(days=1), end - dt.timedelta(days=1), n, pool, cr, fixed=fixed)
    sg = lambda v: ("-" + fmt(-v)) if v < 0 else fmt(v)
    rows, bal = [], ob
    for t in txs:
        bal += t["amount"]; t["bal_truth"] = bal
        r = {"d": t["date"].strftime("%b ") + str(t["date"].day), "desc": t["desc_lines"], "b": sg(bal)}
        if t["amount"] < 0: r["w"] = fmt(-t["amount"])
        else: r["dp"] = fmt(t["amount"])
        rows.append(r)
    cb = bal
    wd = sum(-t["amount"] for t in txs if t["amount"] < 0); dp = sum(t["amount"] for t in txs if t["amount"] > 0)
    dol = lambda v: ("-$" + fmt(-v)) if v < 0 else "$" + fmt(v)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Scotiabank", 18, True)
        doc.t(doc.W - 40, H - 42, "Your Scotia Chequing Account statement", 10, True, "r")
        doc.t(doc.W - 40, H - 54, "%s to %s" % (start.strftime("%b ") + "%d, %d" % (start.day, start.year), end.strftime("%b ") + "%d, %d" % (end.day, end.year)), 8, align="r")
        doc.t(doc.W - 40, H - 65, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 78, "MS ALEXANDRA CHEN", 8); doc.t(40, H - 89, "88 HARBOUR ST UNIT 2304", 8); doc.t(40, H - 100, "TORONTO ON  M5J 0C3", 8)
            doc.t(330, H - 82, "Account number", 7); doc.t(330, H - 93, "52340 01862 51", 9, True)
            doc.c.rect(330, H - 172, 242, 66)
            doc.t(338, H - 118, "Here's what happened in your account", 8, True)
            S = [("Opening balance on June 1, 2024", dol(ob)), ("Minus total withdrawals", "$" + fmt(wd)), ("Plus total deposits", "$" + fmt(dp)),
                 ("Closing balance on June 30, 2024", "= " + dol(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 131 - 11 * i, a, 8, i == 3); doc.t(565, H - 131 - 11 * i, b, 8, i == 3, "r")
            doc.t(40, H - 196, "Your transaction details", 10, True)
            return H - 214
        doc.t(40, H - 80, "Account number 52340 01862 51 (continued)", 8)
        return H - 100

    cols = [("Date", 40, "l", "d"), ("Transactions", 85, "l", "desc"), ("Withdrawn/\nDebits ($)", 405, "r", "w"),
            ("Deposits/\nCredits ($)", 490, "r", "dp"), ("Balance ($)", 570, "r", "b")]

    def top(doc, y):
        doc.t(40, y, start.strftime("%b ") + str(start.day), 8); doc.t(85, y, "Opening Balance", 8); doc.t(570, y, sg(ob), 8, align="r")
        return y - 13

    def bottom(doc, y):
        doc.t(40, y, end.strftime("%b ") + str(end.day), 8); doc.t(85, y, "Closing Balance", 8); doc.t(570, y, sg(cb), 8, align="r")
        doc.t(40, y - 26, "Please check this statement and report any errors or omissions within 30 days. Trademark of The Bank of Nova Scotia,", 6)
        doc.t(40, y - 34, "used under licence. Scotiabank is a member of CDIC. Earn Scene+ points every time you use your Scotiabank debit card.", 6)
        if cb < 0: doc.t(40, y - 46, "Overdraft Protection limit: $500.00   Overdraft interest rate: 22.00% per year", 7)
        return y - 52

    def footer(doc, p, np_):
        doc.t(40, 20, "1-800-4SCOTIA (1-800-472-6842)  scotiabank.com", 6)

    render(os.path.join(OUT, stem + ".pdf"), letter, header, cols, rows, footer, lh=10, per_page=(26 if pages else 60), top_rows=[top], bottom=bottom)
    write_truth(stem, "GO_ca_scotiabank", "****6251", "CAD", start, end, ob, txs, True)


P = "go_"
deutsche(P + "de_deutschebank", 11)
deutsche(P + "de_deutschebank__multipage", 12, n=26, pages=True)
deutsche(P + "de_deutschebank__overdraft", 13, neg=True)
deutsche(P + "de_deutschebank__kontostand", 14, n=20, kontostand=True)
belfius(P + "be_belfius", 21)
belfius(P + "be_belfius__multipage", 22, n=26, pages=True)
belfius(P + "be_belfius__overdraft", 23, neg=True)
mpesa(P + "ke_mpesa", 31)
mpesa(P + "ke_mpesa__multipage", 32, n=40, pages=True)
navy(P + "us_navyfederal", 41)
navy(P + "us_navyfederal__leadminus", 42, lead=True)
navy(P + "us_navyfederal__multipage", 43, n=30, pages=True)
meezan(P + "pk_meezan", 51)
meezan(P + "pk_meezan__overdraft", 52, neg=True)
meezan(P + "pk_meezan__multipage", 53, n=30, pages=True)
scotia(P + "ca_scotiabank", 61)
scotia(P + "ca_scotiabank__overdraft", 62, neg=True)
scotia(P + "ca_scotiabank__multipage", 63, n=34, pages=True)
print("done")
