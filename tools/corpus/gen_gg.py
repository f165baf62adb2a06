#!/usr/bin/python3
"""Generator gg: 6 untuned European layouts x (base + 2 variants), exact truth. Deterministic.

UBS (CHF, 1'234.56), Garanti BBVA (Turkish, signed Tutar), Česká spořitelna (1 234,56), OTP Bank (HUF whole
forints, 2025.06.05.), KBC (Dutch, 05-06-2025, Uitgaven/Inkomsten), Banka DSK (Cyrillic, Дебит/Кредит/Салдо).
"""
import json, os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gg/gen"
os.makedirs(OUT, exist_ok=True)
C2 = D("0.01")
NBSP = "\u00a0"


def fmt(v, th=",", dec=".", nd=2, sign=False, trail=False):
    v = D(v)
    neg = v < 0
    s = "%.*f" % (nd, abs(v))
    ip, fp = (s.split(".") + [""])[:2]
    g = []
    while len(ip) > 3:
        g.insert(0, ip[-3:]); ip = ip[:-3]
    g.insert(0, ip)
    out = th.join(g) + ((dec + fp) if nd else "")
    if trail:
        return out + ("-" if neg else "")
    if neg: return "-" + out
    return ("+" + out) if sign else out


def width(s, size=8, bold=False):
    return pdmetrics_w(s, "DVB" if bold else "DV", size)


def pdmetrics_w(s, f, size):
    return pdfmetrics.stringWidth(s, f, size)


def wrapw(s, maxw, size=8):
    """Wrap on spaces so that every line is at most maxw points wide at this font size."""
    words, lines, cur = s.split(), [], ""
    for w in words:
        cand = (cur + " " + w) if cur else w
        if cur and width(cand, size) > maxw:
            lines.append(cur); cur = w
        else:
            cur = cand
    if cur: lines.append(cur)
    return lines


def money(rng, lo, hi, whole=False, step=1):
    if whole:
        return D(rng.randint(int(lo) // step, int(hi) // step) * step)
    return D(rng.randint(int(round(lo * 100)), int(round(hi * 100)))) / 100


def make_txns(rng, start, end, n, pool, credits, pcredit=0.2, fixed=()):
    """pool/credits: (lines tuple, lo, hi[, whole-step]). Each txn: date, lines (templates filled), amount.
    fixed: (lines, lo, hi, step, sign, day offset) entries that occur once (salary, rent), counted in n."""
    days = (end - start).days
    txs = []
    for k in range(n):
        if k < len(fixed):
            lines, lo, hi, step, sgn, off = fixed[k]
            amt = money(rng, lo, hi, whole=bool(step), step=step or 1) * sgn
            r = rng.randint(100000, 999999)
            txs.append({"date": start + dt.timedelta(days=min(off, days)), "src": [l.format(r=r) for l in lines], "amount": amt})
            continue
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pcredit:
            e = rng.choice(credits); sgn = 1
        else:
            e = rng.choice(pool); sgn = -1
        lines, lo, hi = e[:3]
        step = e[3] if len(e) > 3 else 0
        amt = money(rng, lo, hi, whole=bool(step), step=step or 1) * sgn
        r = rng.randint(100000, 999999)
        txs.append({"date": d, "src": [l.format(r=r) for l in lines], "amount": amt})
    txs.sort(key=lambda t: t["date"])
    return txs


class Doc:
    def __init__(self, path, size=A4):
        self.c = canvas.Canvas(path, pagesize=size)
        self.W, self.H = size

    def t(self, x, y, s, size=8, bold=False, align="l"):
        self.c.setFont("DVB" if bold else "DV", size)
        if align == "r": self.c.drawRightString(x, y, s)
        elif align == "c": self.c.drawCentredString(x, y, s)
        else: self.c.drawString(x, y, s)


def render(path, header, cols, rows, footer, lh=10.5, per_page=60, cf=None, bf=None, bottom=None, top_rows=None,
           bottom_rows=None, hsize=7.5, bottom_h=75):
    """rows: dicts of cell strings by column key; 'desc' is a list of lines.
    header(doc, page, pages) -> y of the column titles; cf/bf(doc, y, rows_before_or_through) -> y;
    top_rows/bottom_rows: callables drawn inside the table on the first/last page; bottom after the table.
    A page ends when the next row would reach the footer or per_page description lines are used; drawn twice,
    the first time to count the pages for 'page x of y'."""
    import io
    np_ = _render(io.BytesIO(), header, cols, rows, footer, lh, per_page, cf, bf, bottom, top_rows, bottom_rows, hsize,
                  bottom_h, 0)
    _render(path, header, cols, rows, footer, lh, per_page, cf, bf, bottom, top_rows, bottom_rows, hsize, bottom_h, np_)


def _render(target, header, cols, rows, footer, lh, per_page, cf, bf, bottom, top_rows, bottom_rows, hsize, bottom_h, np_):
    doc = Doc(target)
    done = []
    state = {"p": 0}

    def start_page():
        state["p"] += 1
        p = state["p"]
        y = header(doc, p, np_)
        nt = max(len(c[0].split("\n")) for c in cols)
        for (title, x, al, key) in cols:
            tl = title.split("\n")
            off = nt - len(tl)  # bottom-align multi-line titles
            for k, s in enumerate(tl):
                doc.t(x, y - (k + off) * 9, s, hsize, True, al)
        y -= 9 * nt + 2
        doc.c.setLineWidth(0.5)
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        y -= 4
        if p == 1 and top_rows:
            for tr in top_rows:
                y = tr(doc, y)
        if p > 1 and bf:
            y = bf(doc, y, list(done))
        return y

    def end_page(y, last):
        if not last and cf:
            y = cf(doc, y, list(done))
        footer(doc, state["p"], np_)
        doc.c.showPage()

    y = start_page()
    used = 0
    reserve = 13 if cf else 0
    for r in rows:
        lines = r.get("desc", [""])
        nl = max(1, len(lines))
        h = lh * nl + 2.5
        if used and (y - h < 60 + reserve or used + nl > per_page):
            end_page(y, False)
            y = start_page(); used = 0
        for (title, x, al, key) in cols:
            if key == "desc":
                for k, l in enumerate(lines):
                    doc.t(x, y - k * lh, l, 8, False, al)
            elif key in r:
                doc.t(x, y, r[key], 8, False, al)
        y -= h
        used += nl
        done.append(r)
    if y - bottom_h < 40:
        end_page(y, False)
        y = start_page()
    if bottom_rows:
        for br in bottom_rows:
            y = br(doc, y)
    if bottom:
        y = bottom(doc, y)
    end_page(y, True)
    doc.c.save()
    return state["p"]


def write_truth(stem, family, acct, cur, ps, pe, ob, txs, with_bal):
    bal = D(ob)
    tr = []
    for t in txs:
        bal += t["amount"]
        e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
             "amount": str(t["amount"].quantize(C2))}
        e["balance"] = str(bal.quantize(C2)) if with_bal else None
        tr.append(e)
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": acct, "currency": cur,
         "period_start": ps.isoformat(), "period_end": pe.isoformat(), "opening_balance": str(D(ob).quantize(C2)),
         "closing_balance": str(bal.quantize(C2)), "transactions": tr}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


def fit_lines(src, maxw):
    out = []
    for l in src:
        out.extend(wrapw(l, maxw))
    return out


# ---------------------------------------------------------------- 1 UBS Switzerland (Belastung/Gutschrift/Valuta/Saldo, 1'234.56)
def ubs(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("8412.35"), fx=False, pages=False):
    rng = random.Random(seed)
    pool = [(("Einkauf UBS Debit Card", "Migros Genossenschaft Zürich"), 10, 180),
            (("Einkauf UBS Debit Card", "Coop-4711 Zürich Stauffacher"), 5, 120),
            (("e-Banking-Auftrag", "Swisscom (Schweiz) AG", "Rechnung Nr. {r}"), 49, 120),
            (("Bezug UBS Bancomat", "Zürich Paradeplatz"), 100, 500, 20),
            (("TWINT Zahlung", "SBB CFF FFS Mobile Ticket"), 3, 90)]
    cr = [(("TWINT Gutschrift", "von Lukas Meier"), 10, 150)]
    mm = start.strftime("%m.%Y")
    fixed = [(("Dauerauftrag", "Livit AG Real Estate Management", "Miete Wohnung Seefeldstrasse 44"), 2150, 2150, 0, -1, 0),
             (("Gutschrift", "Novartis Pharma AG Basel", "Lohn " + mm), 7200, 8800, 0, 1, 24),
             (("Lastschriftverfahren (LSV+)", "CSS Kranken-Versicherung AG", "Prämie " + mm), 380, 420, 0, -1, 9)]
    txs = make_txns(rng, start, end, n, pool, cr, pcredit=0.08, fixed=fixed)
    txs.append({"date": end, "src": ["Preis für Kontoführung", "Privatkonto " + mm], "amount": D("-6.00")})
    if fx:
        fxs = [("Amazon EU Sarl Luxembourg", "EUR", "45.20", D("0.9412")), ("Booking.com Amsterdam", "EUR", "312.80", D("0.9398")),
               ("APPLE.COM/BILL Cupertino", "USD", "14.95", D("0.8921"))]
        k = 0
        for t in txs:
            if k < len(fxs) and t["amount"] < 0 and t["src"][0].startswith("Einkauf"):
                m, c, fa, rate = fxs[k]; k += 1
                t["src"] = ["Einkauf UBS Debit Card", m, "Originalbetrag %s %s Kurs %s" % (c, fa, rate)]
                t["amount"] = -(D(fa) * rate).quantize(C2)
    txs.sort(key=lambda t: t["date"])
    bal, rows = ob, []
    for t in txs:
        bal += t["amount"]
        t["desc_lines"] = fit_lines(t["src"], 230)
        vd = min(t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2])), end)
        r = {"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "v": vd.strftime("%d.%m.%Y"),
             "b": fmt(bal, "'"), "_a": t["amount"]}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"], "'")
        else: r["cr"] = fmt(t["amount"], "'")
        rows.append(r)
    cb = bal
    tdb = sum(-t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "UBS", 22, True)
        doc.t(40, H - 60, "UBS Switzerland AG, Postfach, 8098 Zürich", 6.5)
        doc.t(doc.W - 40, H - 45, "Kontoauszug", 12, True, "r")
        doc.t(doc.W - 40, H - 58, "Erstellt am %s" % (end + dt.timedelta(days=1)).strftime("%d.%m.%Y"), 7.5, align="r")
        if p == 1:
            doc.t(330, H - 95, "Herr", 8.5); doc.t(330, H - 106, "Daniel Brunner", 8.5)
            doc.t(330, H - 117, "Seefeldstrasse 44", 8.5); doc.t(330, H - 128, "8008 Zürich", 8.5)
            doc.t(40, H - 95, "Privatkonto UBS key4", 9, True)
            doc.t(40, H - 107, "IBAN CH62 0027 3273 1234 5678 M", 8)
            doc.t(40, H - 118, "Währung CHF", 8)
            doc.t(40, H - 129, "Periode %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            return H - 165
        doc.t(40, H - 80, "Privatkonto UBS key4  CH62 0027 3273 1234 5678 M  CHF", 8, True)
        return H - 100

    cols = [("Datum", 40, "l", "d"), ("Text", 95, "l", "desc"), ("Belastung", 395, "r", "db"),
            ("Gutschrift", 455, "r", "cr"), ("Valuta", 462, "l", "v"), ("Saldo", 555, "r", "b")]

    def top(doc, y):
        doc.t(95, y, "Saldovortrag", 8); doc.t(462, y, (start - dt.timedelta(days=1)).strftime("%d.%m.%Y"), 8)
        doc.t(555, y, fmt(ob, "'"), 8, align="r")
        return y - 13

    def totals(done):
        return (sum(-r["_a"] for r in done if r["_a"] < 0), sum(r["_a"] for r in done if r["_a"] > 0),
                ob + sum(r["_a"] for r in done))

    def cf(doc, y, done):
        a, b, s = totals(done)
        doc.t(95, y, "Übertrag", 8, True); doc.t(395, y, fmt(a, "'"), 8, True, "r"); doc.t(455, y, fmt(b, "'"), 8, True, "r")
        doc.t(555, y, fmt(s, "'"), 8, True, "r")
        return y - 13

    def brt(doc, y, done):
        y = cf(doc, y, done)
        return y

    def bottom(doc, y):
        doc.c.line(300, y + 8, doc.W - 40, y + 8)
        doc.t(95, y, "Umsatztotal", 8, True); doc.t(395, y, fmt(tdb, "'"), 8, True, "r"); doc.t(455, y, fmt(tcr, "'"), 8, True, "r")
        doc.t(95, y - 13, "Schlusssaldo per %s" % end.strftime("%d.%m.%Y"), 8, True); doc.t(555, y - 13, fmt(cb, "'"), 8, True, "r")
        doc.t(40, y - 40, "Bitte prüfen Sie diesen Auszug. Beanstandungen sind innerhalb eines Monats nach Erhalt zu melden,", 6.5)
        doc.t(40, y - 48, "andernfalls gilt der Auszug als genehmigt. Zinsen und Preise gemäss aktueller Preisübersicht.", 6.5)
        doc.t(40, y - 66, "Neu: Mit UBS key4 banking zahlen Sie weltweit ohne Fremdwährungszuschlag auf Kartenzahlungen.", 7, True)
        return y - 70

    def footer(doc, p, np_):
        doc.t(40, 25, "UBS Switzerland AG   www.ubs.com", 6.5)
        doc.t(doc.W - 40, 25, "Seite %d/%d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=(28 if pages else 99),
           cf=cf if pages else None, bf=brt if pages else None, top_rows=[top], bottom=bottom)
    write_truth(stem, "GG_ch_ubs", "****678M", "CHF", start, end, ob, txs, True)


# ---------------------------------------------------------------- 2 Garanti BBVA Turkey (signed Tutar + Bakiye, 1.234,56)
def garanti(stem, seed, n=24, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("24315.80"), kmh=False, newest=False):
    rng = random.Random(seed)
    pool = [(("MİGROS TİCARET A.Ş. KADIKÖY İSTANBUL TR",), 50, 1500),
            (("ŞOK MARKETLER TİC. A.Ş. ÜSKÜDAR İSTANBUL",), 40, 600),
            (("GARANTİ BBVA ATM PARA ÇEKME KADIKÖY MODA",), 500, 5000, 100),
            (("TRENDYOL.COM DSM GRUP DANIŞMANLIK İLETİŞİM VE SATIŞ TİC. A.Ş. İSTANBUL",), 150, 2500),
            (("GETİR PERAKENDE LOJİSTİK A.Ş. İSTANBUL",), 90, 900)]
    cr = [(("FAST GELEN AHMET YILMAZ",), 200, 3000), (("FAST GELEN ZEYNEP KAYA ORTAK HESAP",), 100, 1500)]
    fixed = [(("FAST GİDEN MEHMET DEMİR KİRA ÖDEMESİ",), 15000, 18000, 500, -1, 1),
             (("MAAŞ ÖDEMESİ ABC TEKSTİL SAN. VE TİC. A.Ş.",), 45000, 55000, 0, 1, 14),
             (("İGDAŞ DOĞALGAZ FATURA ÖDEMESİ ABONE NO {r}",), 300, 1500, 0, -1, 19),
             (("TURKCELL FATURA ÖDEMESİ 5321234567",), 250, 700, 0, -1, 11),
             (("HESAP İŞLETİM ÜCRETİ",), 45, 45, 0, -1, 27)]
    if kmh: ob = D("-3842.15")
    txs = make_txns(rng, start, end, n, pool, cr, pcredit=0.12, fixed=fixed)
    if kmh:
        txs.append({"date": end, "src": ["KMH FAİZİ"], "amount": D("-182.44")})
        txs.append({"date": end, "src": ["KMH FAİZİ BSMV"], "amount": D("-27.37")})
    rows, bal = [], ob
    for t in txs:
        bal += t["amount"]
        t["desc_lines"] = fit_lines(t["src"], 290)
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "a": fmt(t["amount"], ".", ","),
                     "b": fmt(bal, ".", ",")})
    cb = bal
    tin = sum(t["amount"] for t in txs if t["amount"] > 0); tout = sum(-t["amount"] for t in txs if t["amount"] < 0)
    open_row = lambda doc, y: (doc.t(40, y, start.strftime("%d.%m.%Y"), 8), doc.t(110, y, "DEVREDEN BAKİYE", 8, True),
                               doc.t(555, y, fmt(ob, ".", ","), 8, True, "r"), y - 13)[-1]
    if newest: rows.reverse()

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "Garanti BBVA", 18, True)
        doc.t(40, H - 58, "T. Garanti Bankası A.Ş.", 7)
        doc.t(doc.W - 40, H - 46, "HESAP ÖZETİ", 12, True, "r")
        doc.t(doc.W - 40, H - 58, "Sayfa %d / %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 85, "Müşteri Adı Soyadı : AYŞE YILMAZ", 8)
            doc.t(40, H - 96, "Müşteri No : 12345678", 8)
            doc.t(40, H - 107, "Şube : KADIKÖY / 345", 8)
            doc.t(40, H - 118, "IBAN : TR33 0006 2000 3450 0006 2987 65", 8)
            doc.t(40, H - 129, "Hesap Türü : Vadesiz TL" + ("  (Kredili Mevduat Hesabı)" if kmh else ""), 8)
            doc.t(40, H - 140, "Dönem : %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.c.rect(340, H - 145, 215, 66)
            doc.t(348, H - 92, "Önceki Dönem Bakiyesi", 8); doc.t(548, H - 92, fmt(ob, ".", ",") + " TL", 8, align="r")
            doc.t(348, H - 105, "Toplam Alacak (+)", 8); doc.t(548, H - 105, fmt(tin, ".", ",") + " TL", 8, align="r")
            doc.t(348, H - 118, "Toplam Borç (-)", 8); doc.t(548, H - 118, fmt(tout, ".", ",") + " TL", 8, align="r")
            doc.t(348, H - 134, "Dönem Sonu Bakiyesi", 8, True); doc.t(548, H - 134, fmt(cb, ".", ",") + " TL", 8, True, "r")
            doc.t(40, H - 168, "HESAP HAREKETLERİ", 10, True)
            return H - 186
        return H - 85

    cols = [("İşlem Tarihi", 40, "l", "d"), ("Açıklama", 110, "l", "desc"), ("Tutar", 470, "r", "a"), ("Bakiye", 555, "r", "b")]

    def bottom(doc, y):
        doc.t(40, y - 30, "Bu hesap özeti 5411 sayılı Bankacılık Kanunu uyarınca elektronik ortamda üretilmiştir. Mersis No: 0879001756600379", 6)
        doc.t(40, y - 38, "Bonus Flexi ile alışverişlerinizi dilediğiniz gibi taksitlendirin! Ayrıntılar garantibbva.com.tr adresinde.", 6.5, True)
        return y - 45

    def footer(doc, p, np_):
        doc.t(40, 22, "Türkiye Garanti Bankası A.Ş. Levent Nispetiye Mah. Aytar Cad. No:2 Beşiktaş 34340 İstanbul   444 0 333", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, 
           top_rows=None if newest else [open_row], bottom_rows=[open_row] if newest else None, bottom=bottom)
    write_truth(stem, "GG_tr_garanti", "****8765", "TRY", start, end, ob, txs, True)


# ---------------------------------------------------------------- 3 Česká spořitelna (Částka/Zůstatek, 1 234,56 with spaces)
def csas(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("38452.17"), pages=False):
    rng = random.Random(seed)
    pool = [(("Platba kartou ALBERT 0712 PRAHA",), 50, 1800),
            (("Platba kartou ROHLIK.CZ PRAHA 8",), 300, 2600),
            (("Výběr z bankomatu ČS PRAHA 2 NÁMĚSTÍ MÍRU",), 500, 5000, 100),
            (("Platba kartou LIDL DEKUJEME ZA NAKUP PRAHA 10",), 80, 1500)]
    cr = [(("Příchozí úhrada Jana Nováková", "společná večeře"), 200, 2000),
          (("Příchozí úhrada Petr Svoboda", "vratka za vstupenky"), 300, 1800)]
    fixed = [(("Trvalý příkaz NÁJEM BYT VINOHRADY", "VS 2025060 protiúčet 2700123456/2010"), 14500, 14500, 0, -1, 0),
             (("Příchozí úhrada ACME SOFTWARE s.r.o.", "Mzda %s VS 62025" % start.strftime("%m/%Y")), 48000, 58000, 0, 1, 14),
             (("Inkaso ČEZ Prodej, a.s.", "VS 8001234567"), 1800, 2400, 0, -1, 20),
             (("Odchozí úhrada T-Mobile Czech Republic a.s.", "VS {r}"), 499, 899, 0, -1, 9),
             (("Poplatek za vedení účtu",), 99, 99, 0, -1, 29)]
    txs = make_txns(rng, start, end, n, pool, cr, pcredit=0.1, fixed=fixed)
    rows, bal = [], ob
    for t in txs:
        bal += t["amount"]
        t["desc_lines"] = fit_lines(t["src"], 280)
        rows.append({"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "a": fmt(t["amount"], " ", ","),
                     "b": fmt(bal, " ", ",")})
    cb = bal
    tin = sum(t["amount"] for t in txs if t["amount"] > 0); tout = sum(-t["amount"] for t in txs if t["amount"] < 0)
    sm = (start.month, start.year)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "Česká spořitelna", 17, True)
        doc.t(40, H - 58, "Česká spořitelna, a.s., Olbrachtova 1929/62, 140 00 Praha 4, IČO 45244782", 6.5)
        doc.t(doc.W - 40, H - 46, "Výpis z účtu č. %d/%d" % sm, 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Strana %d z %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(340, H - 90, "Ing. Tomáš Dvořák", 8.5); doc.t(340, H - 101, "Korunní 1208/74", 8.5)
            doc.t(340, H - 112, "120 00 Praha 2", 8.5)
            doc.t(40, H - 90, "Osobní účet ČS", 9, True)
            doc.t(40, H - 102, "Číslo účtu: 1234567890/0800", 8)
            doc.t(40, H - 113, "IBAN: CZ65 0800 0000 0012 3456 7890", 8)
            doc.t(40, H - 124, "Měna: CZK", 8)
            doc.t(40, H - 135, "Období: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            y = H - 160
            doc.c.rect(40, y - 30, doc.W - 80, 40)
            lab = [("Počáteční zůstatek", ob), ("Příjmy", tin), ("Výdaje", -tout), ("Konečný zůstatek", cb)]
            for k, (l, v) in enumerate(lab):
                x = 50 + k * 130
                doc.t(x, y, l, 7.5); doc.t(x, y - 14, fmt(v, " ", ",") + " CZK", 9, True)
            doc.t(40, H - 212, "Přehled transakcí", 10, True)
            return H - 230
        return H - 85

    cols = [("Datum zaúčtování", 40, "l", "d"), ("Popis", 125, "l", "desc"), ("Částka", 470, "r", "a"), ("Zůstatek", 555, "r", "b")]

    def bottom(doc, y):
        doc.t(40, y - 25, "Vklady jsou pojištěny v souladu se zákonem o bankách. Informace o pojištění vkladů naleznete na www.csas.cz.", 6)
        doc.t(40, y - 40, "S aplikací George máte banku vždy po ruce. Stáhněte si ji zdarma.", 7, True)
        return y - 45

    def footer(doc, p, np_):
        doc.t(40, 22, "Klientská linka 956 777 956   www.csas.cz", 6.5)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=(20 if pages else 99), bottom=bottom)
    write_truth(stem, "GG_cz_csas", "****7890", "CZK", start, end, ob, txs, True)


# ---------------------------------------------------------------- 4 OTP Bank Hungary (Terhelés/Jóváírás, whole forints, 2025.06.05.)
def otp(stem, seed, n=20, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("412580"), longdesc=False, zerofee=False):
    rng = random.Random(seed)
    pool = [(("VÁSÁRLÁS KÁRTYÁVAL", "TESCO GLOBAL ÁRUHÁZAK BUDAPEST"), 2000, 45000, 1),
            (("VÁSÁRLÁS KÁRTYÁVAL", "WOLT HUNGARY KFT BUDAPEST"), 3000, 12000, 1),
            (("KÉSZPÉNZFELVÉTEL ATM", "OTP ATM BUDAPEST MÓRICZ ZS. KRT. 12"), 10000, 100000, 5000),
            (("VÁSÁRLÁS KÁRTYÁVAL", "MOL TÖLTŐÁLLOMÁS BUDAPEST BARTÓK B. ÚT"), 8000, 30000, 1)]
    cr = [(("AZONNALI ÁTUTALÁS JÓVÁÍRÁS", "Szabó Gábor", "Közlemény: vacsora"), 3000, 20000, 1)]
    fixed = [(("ÁTUTALÁS INTERNETBANKBÓL", "Nagy Eszter", "Közlemény: albérlet június"), 180000, 220000, 1000, -1, 2),
             (("JÓVÁÍRÁS ÁTUTALÁS", "ACME Informatikai Kft.", "Közlemény: munkabér 2025/06"), 650000, 850000, 1, 1, 9),
             (("CSOPORTOS BESZEDÉS", "MVM NEXT ENERGIAKERESKEDELMI ZRT.", "Felhasználó azonosító: {r}"), 8000, 25000, 1, -1, 14),
             (("SZÁMLAVEZETÉSI DÍJ",), 1290, 1290, 1, -1, 29)]
    txs = make_txns(rng, start, end, n, pool, cr, pcredit=0.1, fixed=fixed)
    if longdesc:
        txs[3]["src"] = ["ÁTUTALÁS INTERNETBANKBÓL", "Budapesti Lakásszövetkezet Irinyi József utca 4-6.",
                         "Közlemény: közös költség 2025. II. negyedév, felújítási alap és rendkívüli befizetés a tetőszigetelésre, "
                         "albetét 12/A, ügyfélazonosító 88-1234-5"]
        txs[3]["amount"] = D("-96500")
    if zerofee:
        txs.insert(5, {"date": txs[5]["date"], "src": ["KÁRTYADÍJ", "OTP Bankkártya éves díj - kedvezmény 100%"], "amount": D("0")})
        txs.append({"date": end, "src": ["TRANZAKCIÓS ILLETÉK", "Mentes: havi 20 000 Ft alatti összeg"], "amount": D("0")})
    rows = []
    for t in txs:
        t["desc_lines"] = fit_lines(t["src"], 240)
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"d": t["date"].strftime("%Y.%m.%d."), "v": vd.strftime("%Y.%m.%d."), "desc": t["desc_lines"]}
        if t["amount"] <= 0: r["db"] = fmt(-t["amount"], " ", ",", nd=0)
        else: r["cr"] = fmt(t["amount"], " ", ",", nd=0)
        rows.append(r)
    cb = ob + sum(t["amount"] for t in txs)
    tin = sum(t["amount"] for t in txs if t["amount"] > 0); tout = sum(-t["amount"] for t in txs if t["amount"] < 0)
    hd = lambda d: d.strftime("%Y.%m.%d.")

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "OTP Bank", 18, True)
        doc.t(doc.W - 40, H - 46, "SZÁMLAKIVONAT", 12, True, "r")
        doc.t(doc.W - 40, H - 58, "Kivonat sorszáma: %d/%d" % (start.month, start.year), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 80, "Kovács Péter", 8.5); doc.t(40, H - 91, "1117 Budapest, Irinyi József u. 4.", 8.5)
            doc.t(320, H - 80, "Számlaszám: 11773016-12345678-00000000", 8)
            doc.t(320, H - 91, "Számla típusa: OTP Lakossági Számla", 8)
            doc.t(320, H - 102, "Devizanem: HUF", 8)
            doc.t(320, H - 113, "Időszak: %s - %s" % (hd(start), hd(end)), 8)
            doc.t(40, H - 135, "Nyitó egyenleg (%s):" % hd(start - dt.timedelta(days=1)), 8.5, True)
            doc.t(300, H - 135, fmt(ob, " ", ",", nd=0) + " HUF", 8.5, True, "r")
            return H - 162
        return H - 80

    cols = [("Könyvelés\ndátuma", 40, "l", "d"), ("Értéknap", 100, "l", "v"), ("Megnevezés / Közlemény", 162, "l", "desc"),
            ("Terhelés", 470, "r", "db"), ("Jóváírás", 555, "r", "cr")]

    def bottom(doc, y):
        doc.c.line(380, y + 8, doc.W - 40, y + 8)
        doc.t(162, y, "Terhelések / jóváírások összesen:", 8, True)
        doc.t(470, y, fmt(tout, " ", ",", nd=0), 8, True, "r"); doc.t(555, y, fmt(tin, " ", ",", nd=0), 8, True, "r")
        doc.t(162, y - 14, "Záró egyenleg (%s):" % hd(end), 8.5, True); doc.t(555, y - 14, fmt(cb, " ", ",", nd=0) + " HUF", 8.5, True, "r")
        doc.t(40, y - 40, "Kérjük, a kivonatot ellenőrizze. Észrevételeit a kézhezvételtől számított 60 napon belül jelezze.", 6.5)
        doc.t(40, y - 48, "A betétek az Országos Betétbiztosítási Alap által biztosítottak. OTP Bank Nyrt. Cg. 01-10-041585", 6.5)
        return y - 55

    def footer(doc, p, np_):
        doc.t(40, 22, "OTP Bank Nyrt. 1051 Budapest, Nádor utca 16.   OTPdirekt: +36 1/20/30/70 3 666 666", 6)
        doc.t(doc.W - 40, 22, "%d/%d. oldal" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, bottom=bottom)
    write_truth(stem, "GG_hu_otp", "****0000", "HUF", start, end, ob, txs, False)


# ---------------------------------------------------------------- 5 KBC Belgium (Dutch, Uitgaven/Inkomsten, 05-06-2025, Vorig/Nieuw saldo)
def kbc(stem, seed, n=18, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("3245.18"), pages=False, fx=False):
    rng = random.Random(seed)
    pool = [(("BETALING VIA BANCONTACT", "DELHAIZE LEUVEN BONDGENOTENLAAN", "KAART 6703 XXXX XXXX 1234"), 10, 180),
            (("GELDOPNEMING AAN KBC-AUTOMAAT", "LEUVEN LADEUZEPLEIN"), 20, 300, 10),
            (("BETALING VIA BANCONTACT", "COLRUYT HEVERLEE", "KAART 6703 XXXX XXXX 1234"), 15, 140),
            (("BETALING VIA BANCONTACT", "NMBS LEUVEN STATION", "KAART 6703 XXXX XXXX 1234"), 3, 60)]
    cr = [(("INSTANTOVERSCHRIJVING VAN", "S. JANSSENS", "TERUGBETALING CONCERT"), 15, 120)]
    fixed = [(("EUROPESE OVERSCHRIJVING NAAR", "BE71 0961 2345 6769 J. PEETERS", "MEDEDELING: HUUR JUNI"), 850, 950, 0, -1, 0),
             (("EUROPESE OVERSCHRIJVING VAN", "BE43 0682 0000 1234 ACME BELGIUM NV", "LOON 06/2025"), 2800, 3400, 0, 1, 24),
             (("DOMICILIERING", "PROXIMUS NV", "REF. {r}"), 40, 95, 0, -1, 11),
             (("BETALING VIA KBC MOBILE", "FLUVIUS ANTWERPEN", "+++090/1234/56789+++"), 60, 150, 0, -1, 17)]
    txs = make_txns(rng, start, end, n, pool, cr, pcredit=0.1, fixed=fixed)
    txs.append({"date": end, "src": ["AANREKENING BEHEERSKOSTEN", "KBC-PLUSREKENING JUNI 2025"], "amount": D("-2.75")})
    if fx:
        fxs = [("AMAZON.COM SEATTLE US", "45,00 USD", D("1.0823")), ("AIRBNB * HMQX2 LONDON GB", "212,40 GBP", D("0.8467"))]
        k = 0
        for t in txs:
            if k < len(fxs) and t["amount"] < 0 and t["src"][0] == "BETALING VIA BANCONTACT":
                m, fa, rate = fxs[k]; k += 1
                amt = D(fa.split()[0].replace(",", "."))
                t["src"] = ["BETALING MET DEBETKAART", m, "%s WISSELKOERS %s" % (fa, fmt(rate, ".", ",", nd=4))]
                t["amount"] = -(amt / rate).quantize(C2)
    rows = []
    for t in txs:
        t["desc_lines"] = fit_lines(t["src"], 240)
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"d": t["date"].strftime("%d-%m-%Y"), "v": vd.strftime("%d-%m-%Y"), "desc": t["desc_lines"], "_a": t["amount"]}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"], ".", ",")
        else: r["cr"] = fmt(t["amount"], ".", ",")
        rows.append(r)
    cb = ob + sum(t["amount"] for t in txs)
    tin = sum(t["amount"] for t in txs if t["amount"] > 0); tout = sum(-t["amount"] for t in txs if t["amount"] < 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 48, "KBC", 22, True)
        doc.t(100, H - 48, "Bank & Verzekering", 8)
        doc.t(doc.W - 40, H - 44, "Rekeninguittreksel", 12, True, "r")
        doc.t(doc.W - 40, H - 56, "Uittreksel nr. %d / %d" % (start.month, start.year), 8, align="r")
        doc.t(doc.W - 40, H - 67, "Blad %d / %d" % (p, np_), 7.5, align="r")
        doc.t(40, H - 68, "KBC-Plusrekening  BE68 7340 1234 5678  EUR", 8.5, True)
        if p == 1:
            doc.t(330, H - 100, "Dhr. Pieter Vermeulen", 8.5); doc.t(330, H - 111, "Naamsestraat 85", 8.5)
            doc.t(330, H - 122, "3000 Leuven", 8.5)
            doc.t(40, H - 100, "Periode van %s tot %s" % (start.strftime("%d-%m-%Y"), end.strftime("%d-%m-%Y")), 8)
            doc.t(40, H - 111, "BIC KREDBEBB", 8)
            return H - 150
        return H - 92

    cols = [("Datum", 40, "l", "d"), ("Omschrijving", 100, "l", "desc"), ("Valuta", 352, "l", "v"),
            ("Uitgaven", 475, "r", "db"), ("Inkomsten", 555, "r", "cr")]

    def top(doc, y):
        doc.t(100, y, "Vorig saldo per %s" % (start - dt.timedelta(days=1)).strftime("%d-%m-%Y"), 8, True)
        doc.t(475 if ob < 0 else 555, y, fmt(abs(ob), ".", ","), 8, True, "r")
        return y - 14

    def tsum(done):
        return (sum(-r["_a"] for r in done if r["_a"] < 0), sum(r["_a"] for r in done if r["_a"] > 0))

    def cf(doc, y, done):
        a, b = tsum(done)
        doc.t(100, y, "Transport", 8, True); doc.t(475, y, fmt(a, ".", ","), 8, True, "r"); doc.t(555, y, fmt(b, ".", ","), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(390, y + 8, doc.W - 40, y + 8)
        doc.t(100, y, "Totaal", 8, True); doc.t(475, y, fmt(tout, ".", ","), 8, True, "r"); doc.t(555, y, fmt(tin, ".", ","), 8, True, "r")
        doc.t(100, y - 14, "Nieuw saldo per %s" % end.strftime("%d-%m-%Y"), 8, True)
        doc.t(475 if cb < 0 else 555, y - 14, fmt(abs(cb), ".", ","), 8, True, "r")
        doc.t(40, y - 40, "Deposito's zijn beschermd door het Garantiefonds voor financiële diensten tot 100.000 euro per persoon.", 6.5)
        doc.t(40, y - 52, "Sparen voor later? Ontdek KBC Pensioensparen in KBC Mobile.", 7, True)
        return y - 58

    def footer(doc, p, np_):
        doc.t(40, 22, "KBC Bank NV - Havenlaan 2 - 1080 Brussel - BTW BE 0462.920.226 - RPR Brussel - www.kbc.be", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=(30 if pages else 99),
           cf=cf if pages else None, bf=cf if pages else None, top_rows=[top], bottom=bottom)
    write_truth(stem, "GG_be_kbc", "****5678", "EUR", start, end, ob, txs, False)


# ---------------------------------------------------------------- 6 Банка ДСК Bulgaria (Дебит/Кредит/Салдо, 1 234,56 NBSP)
def dsk(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("2845.60"), overdraft=False, pages=False):
    rng = random.Random(seed)
    pool = [(("ПЛАЩАНЕ С КАРТА BILLA BULGARIA СОФИЯ",), 5, 180),
            (("ПЛАЩАНЕ С КАРТА KAUFLAND BULGARIA ПЛОВДИВ",), 10, 240),
            (("ТЕГЛЕНЕ НА ПАРИ ОТ АТМ ДСК СОФИЯ ЦЕНТЪР",), 20, 400, 10),
            (("ПЛАЩАНЕ С КАРТА ЛИДЛ БЪЛГАРИЯ ЕООД СОФИЯ",), 8, 150)]
    cr = [(("ВХОДЯЩ ПРЕВОД ОТ ГЕОРГИ ПЕТРОВ",), 20, 300)]
    fixed = [(("ИЗХОДЯЩ ПРЕВОД КЪМ МАРИЯ ИВАНОВА НАЕМ ЗА ЮНИ",), 700, 900, 50, -1, 0),
             (("ВХОДЯЩ ПРЕВОД ЗАПЛАТА ОТ ТЕХНОСОФТ ООД",), 2200, 3100, 0, 1, 9),
             (("ПЛАЩАНЕ НА КОМУНАЛНИ УСЛУГИ ЕВН БЪЛГАРИЯ ЕЛЕКТРОСНАБДЯВАНЕ АБ. № {r}",), 40, 160, 0, -1, 15),
             (("ПЛАЩАНЕ С КАРТА A1 BULGARIA EAD",), 20, 60, 0, -1, 12)]
    if overdraft: ob = D("-312.40")
    txs = make_txns(rng, start, end, n, pool, cr, pcredit=0.1, fixed=fixed)
    txs.append({"date": end, "src": ["ТАКСА ОБСЛУЖВАНЕ НА СМЕТКА"], "amount": D("-2.90")})
    if overdraft:
        txs.append({"date": end, "src": ["ЛИХВА ПО ОВЪРДРАФТ"], "amount": D("-4.87")})
    rows, bal = [], ob
    for t in txs:
        bal += t["amount"]
        t["desc_lines"] = fit_lines(t["src"], 255)
        r = {"d": t["date"].strftime("%d.%m.%Y"), "desc": t["desc_lines"], "b": fmt(bal, NBSP, ",")}
        if t["amount"] < 0: r["db"] = fmt(-t["amount"], NBSP, ",")
        else: r["cr"] = fmt(t["amount"], NBSP, ",")
        rows.append(r)
    cb = bal
    tin = sum(t["amount"] for t in txs if t["amount"] > 0); tout = sum(-t["amount"] for t in txs if t["amount"] < 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 46, "Банка ДСК", 18, True)
        doc.t(40, H - 58, "Банка ДСК АД, ул. Московска 19, 1036 София", 6.5)
        doc.t(doc.W - 40, H - 46, "ИЗВЛЕЧЕНИЕ ПО СМЕТКА", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "№ %d / %s" % (start.month, end.strftime("%d.%m.%Y")), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 85, "Титуляр: ИВАН ПЕТРОВ ГЕОРГИЕВ", 8)
            doc.t(40, H - 96, "Адрес: ж.к. Младост 1, бл. 25, вх. А, 1784 София", 8)
            doc.t(40, H - 107, "Сметка (IBAN): BG80 STSA 9300 0012 3456 78", 8)
            doc.t(40, H - 118, "Вид сметка: Разплащателна сметка", 8)
            doc.t(40, H - 129, "Валута: BGN", 8)
            doc.t(40, H - 140, "Период: %s - %s" % (start.strftime("%d.%m.%Y"), end.strftime("%d.%m.%Y")), 8)
            doc.c.rect(350, H - 132, 205, 52)
            doc.t(358, H - 92, "Начално салдо", 8); doc.t(548, H - 92, fmt(ob, NBSP, ",") + " лв.", 8, align="r")
            doc.t(358, H - 105, "Оборот дебит", 8); doc.t(548, H - 105, fmt(tout, NBSP, ",") + " лв.", 8, align="r")
            doc.t(358, H - 118, "Оборот кредит", 8); doc.t(548, H - 118, fmt(tin, NBSP, ",") + " лв.", 8, align="r")
            doc.t(358, H - 129, "Крайно салдо", 8, True); doc.t(548, H - 129, fmt(cb, NBSP, ",") + " лв.", 8, True, "r")
            return H - 170
        return H - 85

    cols = [("Дата", 40, "l", "d"), ("Описание на операцията", 95, "l", "desc"), ("Дебит", 395, "r", "db"),
            ("Кредит", 470, "r", "cr"), ("Салдо", 555, "r", "b")]

    def top(doc, y):
        doc.t(95, y, "Начално салдо", 8, True); doc.t(555, y, fmt(ob, NBSP, ","), 8, True, "r")
        return y - 13

    def bal_at(done):
        return ob + sum((-D(r["db"].replace(NBSP, "").replace(",", "."))) if "db" in r else D(r["cr"].replace(NBSP, "").replace(",", "."))
                        for r in done)

    def cf(doc, y, done):
        doc.t(95, y, "Пренос към следваща страница", 8, True); doc.t(555, y, fmt(bal_at(done), NBSP, ","), 8, True, "r")
        return y - 13

    def bf(doc, y, done):
        doc.t(95, y, "Пренос от предходна страница", 8, True); doc.t(555, y, fmt(bal_at(done), NBSP, ","), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(300, y + 8, doc.W - 40, y + 8)
        doc.t(95, y, "Обороти", 8, True); doc.t(395, y, fmt(tout, NBSP, ","), 8, True, "r"); doc.t(470, y, fmt(tin, NBSP, ","), 8, True, "r")
        doc.t(95, y - 13, "Крайно салдо", 8, True); doc.t(555, y - 13, fmt(cb, NBSP, ","), 8, True, "r")
        doc.t(40, y - 40, "Наличностите по сметки в Банка ДСК АД са гарантирани от Фонда за гарантиране на влоговете в банките.", 6.5)
        doc.t(40, y - 52, "Изтеглете DSK Smart и управлявайте финансите си навсякъде.", 7, True)
        return y - 58

    def footer(doc, p, np_):
        doc.t(40, 22, "Банка ДСК АД е част от OTP Group   www.dskbank.bg   0700 10 375", 6)
        doc.t(doc.W - 40, 22, "Страница %d от %d" % (p, np_), 7, align="r")

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=(18 if pages else 99),
           cf=cf if pages else None, bf=bf if pages else None, top_rows=[top], bottom=bottom)
    write_truth(stem, "GG_bg_dsk", "****3456 78", "BGN", start, end, ob, txs, True)


P = "gg_"
ubs(P + "ch_ubs", 11)
ubs(P + "ch_ubs__fx", 12, fx=True)
ubs(P + "ch_ubs__uebertrag", 13, n=44, pages=True)
garanti(P + "tr_garanti", 21)
garanti(P + "tr_garanti__kmh", 22, kmh=True)
garanti(P + "tr_garanti__newest", 23, newest=True)
csas(P + "cz_csas", 31)
csas(P + "cz_csas__pages", 32, n=34, pages=True)
csas(P + "cz_csas__decjan", 33, start=dt.date(2025, 12, 16), end=dt.date(2026, 1, 15))
otp(P + "hu_otp", 41)
otp(P + "hu_otp__longdesc", 42, longdesc=True)
otp(P + "hu_otp__zerofee", 43, zerofee=True)
kbc(P + "be_kbc", 51)
kbc(P + "be_kbc__transport", 52, n=30, pages=True)
kbc(P + "be_kbc__fx", 53, fx=True)
dsk(P + "bg_dsk", 61)
dsk(P + "bg_dsk__overdraft", 62, overdraft=True)
dsk(P + "bg_dsk__prenos", 63, n=34, pages=True)
print("done")
