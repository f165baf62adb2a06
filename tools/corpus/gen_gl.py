#!/usr/bin/python3
"""Generator gl: 6 untuned layouts x (base + 1-2 variants), exact truth. Deterministic.

UniCredit (Italian, Dare/Avere, Saldo iniziale/finale, "Saldo riporto" pages), Millennium bcp (Portuguese, dd-mm with
the year in the period header, 1 234,56), PKO BP (Polish, Typ/Opis transakcji, signed Kwota, 2-3 line descriptions),
Piraeus Bank (Greek script, ΧΡΕΩΣΗ/ΠΙΣΤΩΣΗ/ΥΠΟΛΟΙΠΟ, ΣΕ/ΑΠΟ ΜΕΤΑΦΟΡΑ), Danske Bank (Danish, signed Beløb,
Saldo primo/ultimo, overdraft and card variants), Cathay United Bank (Taiwan, ROC-era dates 113/06/05, whole dollars,
支出/存入/餘額/備註; its online statement's 帳務日期/說明/提出); a CTBC credit card (消費日/入帳起息日/消費明細/
新臺幣金額, 上期/本期應繳總金額, whole dollars).
"""
import json, os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
# ReportLab names the Simplified Chinese CMap (UniGB-UCS2-H) for its Traditional Chinese face, whose glyphs are
# Adobe-CNS1: readers then decode every character wrongly. Name the CNS one.
from reportlab.pdfbase import _cidfontdata
_cidfontdata.defaultUnicodeEncodings["MSung-Light"] = ("cht", "UniCNS-UCS2-H")
pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gl/gen"
os.makedirs(OUT, exist_ok=True)
from corpus_kit import day, fmt, running, wrap
C2 = D("0.01")


eu = lambda v, sign=False: fmt(v, ".", ",", sign=sign)      # 1.234,56
sp = lambda v, sign=False: fmt(v, " ", ",", sign=sign)      # 1 234,56


def make_txns(rng, start, end, n, pool, credits, whole=False):
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2:
            desc, lo, hi = rng.choice(credits); sgn = 1
        else:
            desc, lo, hi = rng.choice(pool); sgn = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sgn
        if whole: amt = amt.quantize(D("1"))
        dsc = [s.format(r=rng.randint(100000, 999999)) for s in desc] if isinstance(desc, (list, tuple)) \
            else desc.format(r=rng.randint(100000, 999999))
        txs.append({"date": d, "desc": dsc, "amount": amt})
    txs.sort(key=lambda t: t["date"])
    return txs



def cjk(s):
    return any(ord(ch) >= 0x2E80 for ch in s)


class Doc:
    def __init__(self, path, size=A4):
        self.c = canvas.Canvas(path, pagesize=size, invariant=1)
        self.W, self.H = size

    def t(self, x, y, s, size=8, bold=False, align="l"):
        f = "MSung-Light" if cjk(s) else ("DVB" if bold else "DV")
        self.c.setFont(f, size)
        if align == "r": self.c.drawRightString(x, y, s)
        elif align == "c": self.c.drawCentredString(x, y, s)
        else: self.c.drawString(x, y, s)


def sw(s, size=8, bold=False):
    return pdfmetrics.stringWidth(s, "MSung-Light" if cjk(s) else ("DVB" if bold else "DV"), size)


def wrapw(s, width, size=8):
    """Word-wrap s to lines no wider than width points."""
    words, lines, cur = s.split(), [], ""
    for w in words:
        if cur and sw(cur + " " + w, size) > width:
            lines.append(cur); cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur: lines.append(cur)
    return lines


def check_overlap(path, cols, rows):
    """Refuse a layout whose cells touch: a generator fault no reader could undo."""
    def span(x, al, s, size, bold):
        w = sw(s, size, bold)
        return (x, x + w) if al == "l" else ((x - w, x) if al == "r" else (x - w / 2, x + w / 2))
    cells = [[span(x, al, tl, 7.5, True) for (t, x, al, k) in cols for tl in t.split("\n")[:1]]]
    cells += [[span(x, al, tl, 7.5, True) for (t, x, al, k) in cols for tl in t.split("\n")[1:2]]]
    for r in rows:
        line, descs = [], []
        for (t, x, al, k) in cols:
            if k == "desc":
                descs = [span(x, al, l, 8, False) for l in r.get("desc", [""]) if l]
            elif k in r:
                line.append(span(x, al, r[k], 8, False))
        cells += [line + [d] for d in descs] or [line]
    for line in cells:
        line.sort()
        for a, b in zip(line, line[1:]):
            if a[1] + 3 > b[0]:
                raise SystemExit("%s: cells overlap %s %s" % (path, a, b))


def render(path, header, cols, rows, footer, lh=11, per_page=30, cf=None, bottom=None, top_rows=None):
    """rows: dicts of cells by column key; "desc" is a list of lines. cf(doc, y, row, "cf"|"bf") draws carried lines."""
    check_overlap(path, cols, rows)
    doc = Doc(path)
    pages, cur, used = [], [], 0
    for r in rows:
        nl = max(1, len(r.get("desc", [""])))
        if used + nl > per_page and cur:
            pages.append(cur); cur, used = [], 0
        cur.append(r); used += nl
    pages.append(cur)
    np_ = len(pages)
    for pi, pr in enumerate(pages):
        y = header(doc, pi + 1, np_)
        for (title, x, al, key) in cols:
            for k, tl in enumerate(title.split("\n")):
                doc.t(x, y - k * 9, tl, 7.5, True, al)
        y -= 9 * max(len(c[0].split("\n")) for c in cols) + 4
        doc.c.setLineWidth(0.5); doc.c.line(40, y + 8, doc.W - 40, y + 8)
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
                        doc.t(x, y - k * lh, l, 8, False, al)
                elif key in r:
                    doc.t(x, y, r[key], 8, False, al)
            y -= lh * max(1, len(lines)) + 2
            if y < 40: raise SystemExit("%s: page %d overflows" % (path, pi + 1))
        if pi < np_ - 1 and cf:
            y = cf(doc, y, pr[-1], "cf")
        if pi == np_ - 1 and bottom:
            y = bottom(doc, y)
            if y < 28: raise SystemExit("%s: last page overflows" % path)
        footer(doc, pi + 1, np_)
        doc.c.showPage()
    doc.c.save()


def write_truth(stem, family, acct, cur, ps, pe, ob, txs, with_bal, cb=None):
    bal = D(ob)
    tr = []
    for t in txs:
        bal += t["amount"]
        e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
             "amount": str(t["amount"].quantize(C2))}
        if with_bal: e["balance"] = str(bal.quantize(C2))
        tr.append(e)
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": acct, "currency": cur,
         "period_start": day(ps), "period_end": pe.isoformat(), "opening_balance": str(D(ob).quantize(C2)),
         "closing_balance": str((cb if cb is not None else bal).quantize(C2)), "transactions": tr}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- 1 UniCredit IT (Data contabile/valuta, Dare/Avere, Saldo iniziale/finale)
def unicredit(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("3187.42"), pages=False, fx=False):
    rng = random.Random(seed)
    d8 = lambda d: d.strftime("%d.%m.%Y")
    pool = [("PAGAMENTO POS CARTA N. *7731 ESSELUNGA VIALE PAPINIANO MILANO", 8, 160),
            ("PAGAMENTO POS CARTA N. *7731 CARREFOUR EXPRESS CORSO GENOVA", 4, 70),
            ("ADDEBITO SDD CORE A2A ENERGIA S.P.A. MANDATO N. IT{r}0001 FATTURA LUCE E GAS", 60, 190),
            ("ADDEBITO SDD CORE TIM S.P.A. FATTURA TELEFONO", 25, 45),
            ("PRELIEVO BANCOMAT UNICREDIT FILIALE MILANO CORDUSIO", 50, 300),
            ("BONIFICO SEPA A FAVORE DI IMMOBILIARE NAVIGLI SRL CANONE LOCAZIONE", 750, 950),
            ("PAGAMENTO F24 AGENZIA DELLE ENTRATE DELEGA N. {r}", 90, 400),
            ("COMMISSIONI TENUTA CONTO MY GENIUS", 6.5, 6.5)]
    cr = [("BONIFICO SEPA DA STUDIO TECNICO ROSSI SRL EMOLUMENTI MESE", 1900, 2600),
          ("ACCREDITO RIMBORSO AMAZON EU SARL", 15, 120)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if fx:
        for k, (m, c, rate) in zip([2, 9, 15], [("AMAZON.COM*RT4K21 SEATTLE WA USA", "USD", D("1.0842")),
                                                ("BOOKING.COM AMSTERDAM NLD", "GBP", D("0.8431")), ("UBER *TRIP HELP.UBER.COM USA", "USD", D("1.0817"))]):
            if txs[k]["amount"] > 0: txs[k]["amount"] = -txs[k]["amount"]
            famt = (-txs[k]["amount"] * rate).quantize(C2)
            txs[k]["desc"] = "PAGAMENTO CARTA N. *7731 DEL %s %s IMPORTO ORIGINALE %s %s CAMBIO %s" % (
                txs[k]["date"].strftime("%d.%m.%Y"), m, c, eu(famt), fmt(rate, ".", ",", nd=4))
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 46)
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2])) if t["amount"] > 0 else t["date"] - dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"d": d8(t["date"]), "v": d8(vd), "desc": t["desc_lines"], "_bal": t["bal"], "_amt": t["amount"]}
        if t["amount"] < 0: r["da"] = eu(-t["amount"])
        else: r["av"] = eu(t["amount"])
        rows.append(r)
    tdare = sum(-t["amount"] for t in txs if t["amount"] < 0); tavere = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "UniCredit", 18, True)
        doc.t(doc.W - 40, H - 42, "ESTRATTO CONTO CORRENTE", 10, True, "r")
        doc.t(doc.W - 40, H - 54, "Pagina %d di %d" % (p, np_), 8, align="r")
        doc.t(40, H - 62, "UniCredit S.p.A. - Filiale MILANO CORDUSIO (02008)", 7)
        if p == 1:
            doc.t(330, H - 80, "Egr. Sig.", 8); doc.t(330, H - 91, "MARCO BIANCHI", 8)
            doc.t(330, H - 102, "VIA TORINO 45", 8); doc.t(330, H - 113, "20123 MILANO MI", 8)
            doc.t(40, H - 80, "Conto corrente n. 000104587321", 8)
            doc.t(40, H - 91, "IBAN IT60 X020 0801 6330 0010 4587 321", 8)
            doc.t(40, H - 102, "Intestato a: BIANCHI MARCO", 8)
            doc.t(40, H - 113, "Divisa: EURO", 8)
            doc.t(40, H - 136, "Estratto conto dal %s al %s" % (d8(start), d8(end)), 9, True)
            return H - 160
        doc.t(40, H - 80, "Conto corrente n. 000104587321 - Estratto conto dal %s al %s" % (d8(start), d8(end)), 8)
        return H - 100

    cols = [("Data\ncontabile", 40, "l", "d"), ("Data\nvaluta", 98, "l", "v"), ("Descrizione operazioni", 160, "l", "desc"),
            ("Dare", 480, "r", "da"), ("Avere", 555, "r", "av")]

    def top(doc, y):
        doc.t(40, y, d8(start - dt.timedelta(days=1)), 8); doc.t(160, y, "Saldo iniziale", 8, True); doc.t(555, y, eu(ob), 8, True, "r")
        return y - 14

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(160, y - 2, "Saldo a riportare", 8, True); doc.t(555, y - 2, eu(r["_bal"]), 8, True, "r")
            return y - 16
        doc.t(160, y, "Saldo riporto", 8, True); doc.t(555, y, eu(r["_bal"] - r["_amt"]), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.c.line(400, y + 7, 560, y + 7)
        doc.t(160, y - 2, "Totale movimenti", 8, True); doc.t(480, y - 2, eu(tdare), 8, True, "r"); doc.t(555, y - 2, eu(tavere), 8, True, "r")
        doc.t(40, y - 16, d8(end), 8); doc.t(160, y - 16, "Saldo finale", 8, True); doc.t(555, y - 16, eu(cb), 8, True, "r")
        doc.t(40, y - 40, "Le operazioni sono esposte secondo la data contabile. In assenza di reclamo scritto entro 60 giorni dal ricevimento", 6)
        doc.t(40, y - 48, "l'estratto conto si intende approvato. UniCredit S.p.A. aderisce al Fondo Interbancario di Tutela dei Depositi.", 6)
        return y - 54

    def footer(doc, p, np_):
        doc.t(40, 22, "UniCredit S.p.A. - Sede Sociale: Piazza Gae Aulenti, 3 Tower A - 20154 Milano - Capitale Sociale 21.453.835.025,48 Euro", 5.5)
        doc.t(40, 15, "Iscrizione al Registro delle Imprese di Milano-Monza-Brianza-Lodi, C.F. e P.IVA 00348170101 - Banca iscritta all'Albo delle Banche", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=(24 if pages else 60),
           cf=(cf if pages else None), top_rows=[top], bottom=bottom)
    write_truth(stem, "GL_it_unicredit", "****7321", "EUR", start, end, ob, txs, False)


# ---------------------------------------------------------------- 2 Millennium bcp PT (dd-mm, year in the period, 1 234,56)
def millennium(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("1842.17"), neg=False):
    rng = random.Random(seed)
    pool = [("COMPRA 4093 CONTINENTE AMOREIRAS LISBOA", 6, 140), ("COMPRA 4093 PINGO DOCE ALVALADE", 4, 80),
            ("DD PT14100184 EDP COMERCIAL {r}", 35, 120), ("DD PT52101102 MEO SERVICOS COMUNICACOES", 30, 60),
            ("LEV ATM 4093 LISBOA CAMPO GRANDE", 20, 200), ("TRF MB WAY P/ Rita Sousa", 5, 60),
            ("PAG SERV 21312 EPAL REF {r}", 15, 45), ("COMISSAO CONTA PACOTE", 5.2, 5.2), ("IMPOSTO DO SELO S/ COMISSOES", 0.21, 0.21)]
    cr = [("TRF DE SONAE MC SGPS SA ORDENADO", 1100, 1600), ("TRF MB WAY DE Joao Ferreira", 5, 50)]
    if neg: ob = D("-214.60")
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"d": t["date"].strftime("%d-%m"), "v": vd.strftime("%d-%m"), "desc": [t["desc"]], "b": sp(t["bal"])}
        if t["amount"] < 0: r["db"] = sp(-t["amount"])
        else: r["cr"] = sp(t["amount"])
        rows.append(r)
    tdb = sum(-t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)
    ymd = lambda d: d.strftime("%Y/%m/%d")

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Millennium", 18, True); doc.t(148, H - 45, "bcp", 14)
        doc.t(doc.W - 40, H - 42, "EXTRATO DE CONTA À ORDEM", 10, True, "r")
        doc.t(doc.W - 40, H - 54, "Página %d/%d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "Banco Comercial Português, S.A.", 7)
        if p == 1:
            doc.t(330, H - 84, "ANA CRISTINA MARQUES FERREIRA", 8); doc.t(330, H - 95, "RUA DE CAMPOLIDE 211 3 ESQ", 8)
            doc.t(330, H - 106, "1070-028 LISBOA", 8)
            doc.t(40, H - 84, "CONTA N.º 45378512345", 8)
            doc.t(40, H - 95, "IBAN PT50 0033 0000 4537 8512 3450 5", 8)
            doc.t(40, H - 106, "MOEDA: EUR", 8)
            doc.t(40, H - 128, "EXTRATO DE %s A %s" % (ymd(start), ymd(end)), 9, True)
            doc.c.rect(40, H - 178, 515, 38)
            S = [("SALDO INICIAL", sp(ob)), ("TOTAL DÉBITOS", sp(tdb)), ("TOTAL CRÉDITOS", sp(tcr)), ("SALDO FINAL", sp(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(50 + 128 * i, H - 153, a, 7); doc.t(160 + 128 * i, H - 168, b, 8, True, "r")
            doc.t(40, H - 196, "MOVIMENTOS DA CONTA", 9, True)
            return H - 214
        doc.t(40, H - 84, "CONTA N.º 45378512345   EXTRATO DE %s A %s" % (ymd(start), ymd(end)), 8)
        return H - 104

    cols = [("Data\nLanç.", 40, "l", "d"), ("Data\nValor", 78, "l", "v"), ("Descritivo", 118, "l", "desc"),
            ("Débito", 405, "r", "db"), ("Crédito", 480, "r", "cr"), ("Saldo", 555, "r", "b")]

    def top(doc, y):
        doc.t(118, y, "SALDO INICIAL", 8, True); doc.t(555, y, sp(ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(118, y - 2, "SALDO FINAL", 8, True); doc.t(555, y - 2, sp(cb), 8, True, "r")
        doc.t(40, y - 28, "Os depósitos constituídos no Banco Comercial Português, S.A. beneficiam da garantia do Fundo de Garantia de Depósitos.", 6)
        doc.t(40, y - 36, "Reclamações: Banco de Portugal, www.clientebancario.bportugal.pt. Centro de Contactos 707 50 24 24.", 6)
        return y - 42

    def footer(doc, p, np_):
        doc.t(40, 18, "Banco Comercial Português, S.A., Praça D. João I, 28, 4000-295 Porto. Capital Social 3.000.000.000,78 Euros. NIPC 501 525 882", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=52, top_rows=[top], bottom=bottom)
    write_truth(stem, "GL_pt_millennium", "****2345", "EUR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 3 PKO BP PL (Typ transakcji, Opis transakcji, signed Kwota, Saldo po transakcji)
def pko(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("5318.74"), multi=False, fx=False):
    rng = random.Random(seed)
    d8 = lambda d: d.strftime("%d.%m.%Y")
    if multi:
        pool = [(["Przelew z rachunku", "Nazwa odbiorcy: TAURON SPRZEDAŻ SP. Z O.O.", "Rachunek odbiorcy: 12 1050 0099 7603 1234 5678 9123",
                  "Tytuł: FV/{r}/2025 energia"], 90, 260),
                (["Płatność kartą", "Lokalizacja: ŻABKA Z4871 K.1 WARSZAWA", "Numer karty: 425125******4412"], 6, 90),
                (["Przelew z rachunku", "Nazwa odbiorcy: SPÓŁDZIELNIA MIESZKANIOWA OCHOTA", "Tytuł: czynsz czerwiec lokal 14"], 540, 760),
                (["Płatność web - kod mobilny", "Nazwa odbiorcy: ALLEGRO.PL", "Numer telefonu: +48 601 *** 412"], 30, 450),
                (["Wypłata z bankomatu", "Lokalizacja: BANKOMAT PKO BP UL. GRÓJECKA 75 WARSZAWA"], 100, 600),
                (["Opłata", "Opłata za kartę debetową"], 7, 7)]
        cr = [(["Przelew na rachunek", "Nazwa nadawcy: TECHSOFT POLSKA SP. Z O.O.", "Rachunek nadawcy: 83 1140 2004 0000 3402 7712 3344",
                "Tytuł: wynagrodzenie 06/2025"], 6200, 8400),
              (["Przelew na rachunek", "Nazwa nadawcy: KOWALSKA ANNA", "Tytuł: zwrot za bilety"], 40, 300)]
    else:
        pool = [(["Płatność kartą", "ŻABKA Z4871 K.1 WARSZAWA"], 6, 90), (["Płatność kartą", "BIEDRONKA 3021 WARSZAWA"], 12, 240),
                (["Przelew z rachunku", "TAURON SPRZEDAŻ SP. Z O.O. FV/{r}/2025"], 90, 260),
                (["Zlecenie stałe", "SM OCHOTA CZYNSZ LOKAL 14"], 540, 760), (["Płatność web - kod mobilny", "ALLEGRO.PL"], 30, 450),
                (["Wypłata z bankomatu", "BANKOMAT PKO BP UL. GRÓJECKA 75"], 100, 600), (["Opłata", "Opłata za kartę debetową"], 7, 7)]
        cr = [(["Przelew na rachunek", "TECHSOFT POLSKA SP. Z O.O. WYNAGRODZENIE 06/2025"], 6200, 8400),
              (["Przelew na rachunek", "KOWALSKA ANNA ZWROT ZA BILETY"], 40, 300)]
    txs = make_txns(rng, start, end, n, pool, cr)
    if fx:
        for k, (m, c, rate) in zip([3, 10, 17], [("BOOKING.COM AMSTERDAM NL", "EUR", D("4.2815")), ("RYANAIR DUBLIN IE", "EUR", D("4.2790")),
                                                 ("NETFLIX.COM LOS GATOS US", "USD", D("3.9412"))]):
            if txs[k]["amount"] > 0: txs[k]["amount"] = -txs[k]["amount"]
            famt = (-txs[k]["amount"] / rate).quantize(C2)
            txs[k]["desc"] = ["Płatność kartą", m, "Kwota oryginalna: %s %s Kurs: %s" % (sp(famt), c, fmt(rate, " ", ",", nd=4))]
    cb = running(txs, ob)
    rows = []
    for t in txs:
        typ, lines = t["desc"][0], [w for l in t["desc"][1:] for w in wrapw(l, 186)]
        t["desc_lines"] = lines        # "Typ transakcji" is a type column, not text (as docs/parser.md reads it)
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2])) if typ == "Płatność kartą" else t["date"]
        rows.append({"d": d8(t["date"]), "v": d8(vd), "k": typ, "desc": lines, "a": sp(t["amount"]), "b": sp(t["bal"])})
    tdb = sum(-t["amount"] for t in txs if t["amount"] < 0); tcr = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "PKO BANK POLSKI", 16, True)
        doc.t(doc.W - 40, H - 42, "WYCIĄG Z RACHUNKU NR %d/%d" % (start.month, start.year), 10, True, "r")
        doc.t(doc.W - 40, H - 54, "Strona %d/%d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(330, H - 76, "JAN NOWAK", 8); doc.t(330, H - 87, "UL. GRÓJECKA 112 M. 7", 8); doc.t(330, H - 98, "02-367 WARSZAWA", 8)
            doc.t(40, H - 76, "PKO Konto za Zero", 8)
            doc.t(40, H - 87, "Nr rachunku: PL61 1020 1026 0000 0402 0123 4567", 8)
            doc.t(40, H - 98, "Waluta rachunku: PLN", 8)
            doc.t(40, H - 109, "Za okres od %s do %s" % (d8(start), d8(end)), 8)
            doc.c.rect(40, H - 170, 515, 46)
            S = [("Saldo początkowe", sp(ob) + " PLN"), ("Suma obciążeń", sp(-tdb) + " PLN"), ("Suma uznań", sp(tcr) + " PLN"),
                 ("Saldo końcowe", sp(cb) + " PLN")]
            for i, (a, b) in enumerate(S):
                doc.t(48 + 128 * i, H - 140, a, 7.5); doc.t(48 + 128 * i, H - 155, b, 8.5, True)
            doc.t(40, H - 190, "Zestawienie operacji", 9, True)
            return H - 208
        return H - 80

    cols = [("Data\noperacji", 40, "l", "d"), ("Data\nwaluty", 90, "l", "v"), ("Typ transakcji", 140, "l", "k"),
            ("Opis transakcji", 256, "l", "desc"), ("Kwota", 492, "r", "a"), ("Saldo po\ntransakcji", 555, "r", "b")]

    def bottom(doc, y):
        doc.t(258, y - 2, "Saldo końcowe", 8, True); doc.t(555, y - 2, sp(cb), 8, True, "r")
        doc.t(40, y - 26, "Powszechna Kasa Oszczędności Bank Polski Spółka Akcyjna, ul. Puławska 15, 02-515 Warszawa, Sąd Rejonowy dla m.st. Warszawy,", 6)
        doc.t(40, y - 34, "XIII Wydział Gospodarczy KRS 0000026438, NIP 525-000-77-38, kapitał zakładowy 1 250 000 000 zł, wpłacony w całości.", 6)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 18, "Infolinia 800 302 302  •  pkobp.pl  •  Dokument wygenerowany elektronicznie, nie wymaga podpisu ani stempla.", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=10, per_page=(40 if multi else 52), bottom=bottom)
    write_truth(stem, "GL_pl_pko", "****4567", "PLN", start, end, ob, txs, True)


# ---------------------------------------------------------------- 4 Piraeus Bank GR (Greek script, ΧΡΕΩΣΗ/ΠΙΣΤΩΣΗ/ΥΠΟΛΟΙΠΟ, ΠΡΟΗΓΟΥΜΕΝΟ/ΝΕΟ ΥΠΟΛΟΙΠΟ)
def piraeus(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("2741.08"), pages=False, valuta=False):
    rng = random.Random(seed)
    d8 = lambda d: d.strftime("%d/%m/%Y")
    pool = [("ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΣΚΛΑΒΕΝΙΤΗΣ ΑΘΗΝΑ", 8, 140), ("ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ ΑΒ ΒΑΣΙΛΟΠΟΥΛΟΣ ΧΑΛΑΝΔΡΙ", 5, 110),
            ("ΑΝΑΛΗΨΗ ATM ΠΕΙΡΑΙΩΣ ΣΥΝΤΑΓΜΑ", 20, 300), ("ΠΛΗΡΩΜΗ ΛΟΓΑΡΙΑΣΜΟΥ ΔΕΗ ΚΩΔ. {r}", 45, 180),
            ("ΠΑΓΙΑ ΕΝΤΟΛΗ COSMOTE ΚΙΝΗΤΗ ΤΗΛΕΦΩΝΙΑ", 20, 55), ("WINBANK ΜΕΤΑΦΟΡΑ ΠΡΟΣ ΠΑΠΑΔΟΠΟΥΛΟΥ ΜΑΡΙΑ ΕΝΟΙΚΙΟ", 450, 650),
            ("ΠΛΗΡΩΜΗ ΕΦΚΑ ΕΙΣΦΟΡΕΣ ΜΗΝΟΣ", 180, 260), ("ΠΡΟΜΗΘΕΙΑ ΤΗΡΗΣΗΣ ΛΟΓΑΡΙΑΣΜΟΥ", 2, 2)]
    cr = [("ΜΙΣΘΟΔΟΣΙΑ ΑΛΦΑ ΤΕΧΝΙΚΗ Α.Ε.", 1200, 1700), ("IRIS ΜΕΤΑΦΟΡΑ ΑΠΟ ΓΕΩΡΓΙΟΥ ΝΙΚΟΛΑΟΣ", 10, 80)]
    txs = make_txns(rng, start, end, n, pool, cr)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = wrap(t["desc"], 34 if valuta else 44)
        r = {"d": d8(t["date"]), "desc": t["desc_lines"], "b": eu(t["bal"]), "_bal": t["bal"], "_amt": t["amount"],
             "v": d8(t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2])))}
        if t["amount"] < 0: r["db"] = eu(-t["amount"])
        else: r["cr"] = eu(t["amount"])
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "ΤΡΑΠΕΖΑ ΠΕΙΡΑΙΩΣ", 15, True); doc.t(40, H - 57, "PIRAEUS BANK", 8)
        doc.t(doc.W - 40, H - 42, "ΚΑΤΑΣΤΑΣΗ ΚΙΝΗΣΗΣ ΛΟΓΑΡΙΑΣΜΟΥ", 10, True, "r")
        doc.t(doc.W - 40, H - 54, "ΣΕΛΙΔΑ %d ΑΠΟ %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(330, H - 78, "ΚΩΝΣΤΑΝΤΙΝΟΣ ΔΗΜΗΤΡΙΟΥ", 8); doc.t(330, H - 89, "ΛΕΩΦ. ΑΛΕΞΑΝΔΡΑΣ 142", 8); doc.t(330, H - 100, "114 71 ΑΘΗΝΑ", 8)
            doc.t(40, H - 78, "ΑΡΙΘΜΟΣ ΛΟΓΑΡΙΑΣΜΟΥ: 5012-045678-123", 8)
            doc.t(40, H - 89, "IBAN: GR16 0172 0120 0050 1204 5678 123", 8)
            doc.t(40, H - 100, "ΕΙΔΟΣ: ΤΑΜΙΕΥΤΗΡΙΟ   ΝΟΜΙΣΜΑ: EUR", 8)
            doc.t(40, H - 111, "ΠΕΡΙΟΔΟΣ: %s - %s" % (d8(start), d8(end)), 8)
            return H - 136
        doc.t(40, H - 76, "ΑΡΙΘΜΟΣ ΛΟΓΑΡΙΑΣΜΟΥ: 5012-045678-123", 8)
        return H - 96

    dx = 60 if valuta else 0
    cols = [("ΗΜΕΡΟΜΗΝΙΑ", 40, "l", "d")] + ([("ΑΞΙΑ", 112, "l", "v")] if valuta else []) + [
        ("ΠΕΡΙΓΡΑΦΗ", 112 + dx, "l", "desc"), ("ΧΡΕΩΣΗ", 410, "r", "db"), ("ΠΙΣΤΩΣΗ", 482, "r", "cr"), ("ΥΠΟΛΟΙΠΟ", 555, "r", "b")]

    def top(doc, y):
        doc.t(40, y, d8(start), 8); doc.t(112 + dx, y, "ΠΡΟΗΓΟΥΜΕΝΟ ΥΠΟΛΟΙΠΟ", 8, True); doc.t(555, y, eu(ob), 8, True, "r")
        return y - 14

    def cf(doc, y, r, kind):
        if kind == "cf":
            doc.t(112 + dx, y - 2, "ΣΕ ΜΕΤΑΦΟΡΑ", 8, True); doc.t(555, y - 2, eu(r["_bal"]), 8, True, "r")
            return y - 16
        doc.t(112 + dx, y, "ΑΠΟ ΜΕΤΑΦΟΡΑ", 8, True); doc.t(555, y, eu(r["_bal"] - r["_amt"]), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(40, y - 2, d8(end), 8); doc.t(112 + dx, y - 2, "ΝΕΟ ΥΠΟΛΟΙΠΟ", 8, True); doc.t(555, y - 2, eu(cb), 8, True, "r")
        doc.t(40, y - 28, "Παρακαλούμε ελέγξτε την κίνηση του λογαριασμού σας. Για οποιαδήποτε διαφωνία επικοινωνήστε με το 210 32 88 000.", 6)
        doc.t(40, y - 36, "Οι καταθέσεις καλύπτονται από το Ταμείο Εγγύησης Καταθέσεων και Επενδύσεων (ΤΕΚΕ) έως 100.000 ευρώ.", 6)
        return y - 42

    def footer(doc, p, np_):
        doc.t(40, 18, "Τράπεζα Πειραιώς Α.Ε., Αμερικής 4, 105 64 Αθήνα, Αρ. ΓΕΜΗ 225501000, www.piraeusbank.gr", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=(22 if pages else 56), cf=(cf if pages else None),
           top_rows=[top], bottom=bottom)
    write_truth(stem, "GL_gr_piraeus", "****8123", "EUR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 5 Danske Bank DK (Dato/Tekst/Beløb/Saldo, signed, Saldo primo/ultimo)
def danske(stem, seed, n=22, start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30), ob=D("12473.90"), neg=False, card=False):
    rng = random.Random(seed)
    d8 = lambda d: d.strftime("%d.%m.%Y")
    if card:
        pool = [("Netto Nørrebrogade Kbh N", 20, 400), ("7-Eleven Hovedbanegården", 15, 90), ("Wolt.com Kobenhavn", 120, 420),
                ("SAS Scandinavian Airlines", 900, 3200), ("Magasin du Nord Kgs. Nytorv", 200, 1800), ("Circle K Amager", 300, 700),
                ("Apple.com/bill", 29, 149)]
        cr = [("Indbetaling - tak", 1000, 1000)]
        if True: ob = D("-6841.25")
    else:
        pool = [("Dankort-køb Netto Nørrebrogade", 20, 400), ("Visa/Dankort Rema 1000 Jagtvej", 15, 350),
                ("MobilePay Jens Nielsen", 50, 400), ("Betalingsservice TDC NET A/S", 299, 399),
                ("Husleje Boligselskabet AKB", 7200, 8400), ("Betalingsservice Ørsted Salg & Service", 400, 1200),
                ("Overførsel til Opsparing", 1000, 3000), ("Gebyr Danske Konto", 25, 25)]
        cr = [("Løn Danske Fragtmænd A/S", 24000, 31000), ("MobilePay Sofie Andersen", 50, 300)]
        if neg: ob = D("-3218.45")
    txs = make_txns(rng, start, end, n, pool, cr)
    if card:
        for t in txs:
            if t["amount"] > 0: t["amount"] = D("3000.00")
    cb = running(txs, ob)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        r = {"d": d8(t["date"]), "desc": [t["desc"]], "a": eu(t["amount"]), "b": eu(t["bal"])}
        if card:
            r["bd"] = d8(min(t["date"] + dt.timedelta(days=rng.choice([1, 2])), end))
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Danske Bank", 18, True)
        doc.t(doc.W - 40, H - 42, "Kontoudskrift" if not card else "Kontoudskrift - Mastercard Platinum", 10, True, "r")
        doc.t(doc.W - 40, H - 54, "Side %d af %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 78, "Mette Hansen", 8); doc.t(40, H - 89, "Nørrebrogade 112, 3. th.", 8); doc.t(40, H - 100, "2200 København N", 8)
            if card:
                doc.t(330, H - 78, "Kortnummer: 5412 75** **** 3391", 8)
                doc.t(330, H - 89, "Kreditgrænse: 25.000,00 DKK", 8)
            else:
                doc.t(330, H - 78, "Danske Konto  Reg.nr. 3409  Kontonr. 4512345678", 8)
                doc.t(330, H - 89, "IBAN DK50 3409 4512 3456 78", 8)
            doc.t(330, H - 100, "Periode: %s - %s" % (d8(start), d8(end)), 8)
            doc.t(330, H - 111, "Valuta: DKK", 8)
            return H - 140
        return H - 80

    if card:
        cols = [("Dato", 40, "l", "d"), ("Bogført", 95, "l", "bd"), ("Tekst", 155, "l", "desc"), ("Beløb", 555, "r", "a")]
    else:
        cols = [("Dato", 40, "l", "d"), ("Tekst", 100, "l", "desc"), ("Beløb", 470, "r", "a"), ("Saldo", 555, "r", "b")]
    tx = 155 if card else 100
    lab_o, lab_c = ("Primosaldo", "Ultimosaldo") if card else ("Saldo primo", "Saldo ultimo")

    def top(doc, y):
        doc.t(40, y, d8(start), 8); doc.t(tx, y, lab_o, 8, True); doc.t(555, y, eu(ob), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(40, y - 2, d8(end), 8); doc.t(tx, y - 2, lab_c, 8, True); doc.t(555, y - 2, eu(cb), 8, True, "r")
        if card:
            doc.t(40, y - 22, "Beløbet trækkes på din konto den %s. Minimumsbetaling 1.000,00 DKK." % d8(end + dt.timedelta(days=5)), 7)
        else:
            doc.t(40, y - 22, "Aftalt overtræk: 10.000,00 DKK. Debitorrente 12,75 % p.a.", 7)
        doc.t(40, y - 40, "Danske Bank A/S, Bernstorffsgade 40, 1577 København V. CVR-nr. 61 12 62 28. Kontakt os på 70 123 456.", 6)
        doc.t(40, y - 48, "Indsigelser mod posteringer skal ske hurtigst muligt. Indskud er dækket af Garantiformuen op til 100.000 EUR.", 6)
        return y - 54

    def footer(doc, p, np_):
        pass

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=56, top_rows=[top], bottom=bottom)
    write_truth(stem, "GL_dk_danske" + ("_card" if card else ""), "****3391" if card else "****5678", "DKK", start, end, ob, txs, not card)


# ---------------------------------------------------------------- 6 Cathay United Bank TW (ROC dates, 摘要/支出/存入/餘額/備註, whole dollars)
def cathay(stem, seed, n=22, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("84316"), pages=False, online=False):
    """online: the layout of the bank's online statement: 交易日期 | 帳務日期 (day booked) | 說明 | 提出 | 存入 | 餘額 | 備註."""
    rng = random.Random(seed)
    roc = lambda d: "%d/%02d/%02d" % (d.year - 1911, d.month, d.day)
    pool = [(["跨行轉帳", "台灣電力公司"], 600, 2800), (["ATM提款", "國泰世華信義分行"], 1000, 10000), (["信用卡款", "國泰世華信用卡"], 3000, 24000),
            (["網路轉帳", "王小明"], 500, 8000), (["電費代繳", ""], 400, 1800), (["消費扣款", "全聯福利中心"], 120, 2400),
            (["跨行提款", ""], 1000, 5000), (["手續費", ""], 15, 15), (["行動支付", "LINE PAY 7-ELEVEN"], 45, 380)]
    cr = [(["薪資轉帳", "台積電股份有限公司"], 52000, 68000), (["利息", ""], 3, 40), (["現金存款", ""], 2000, 20000)]
    txs = make_txns(rng, start, end, n, pool, cr, whole=True)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        k, note = t["desc"]
        t["desc_lines"] = [k]          # 備註 (remarks) beside 摘要 is a note, as "Remarks" is (docs/parser.md)
        r = {"d": roc(t["date"]), "pd": roc(t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))), "k": k,
             "b": fmt(t["bal"], nd=0), "desc": [note] if note else [""]}
        if t["amount"] < 0: r["o"] = fmt(-t["amount"], nd=0)
        else: r["i"] = fmt(t["amount"], nd=0)
        rows.append(r)
    tout = sum(-t["amount"] for t in txs if t["amount"] < 0); tin = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "國泰世華銀行", 16); doc.t(150, H - 45, "Cathay United Bank", 9, True)
        doc.t(doc.W / 2, H - 72, "綜合對帳單", 13, align="c")
        doc.t(doc.W - 40, H - 45, "第 %d 頁 / 共 %d 頁" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 96, "戶名：陳志明", 8); doc.t(40, H - 108, "地址：臺北市信義區松仁路 100 號 12 樓", 8)
            doc.t(330, H - 96, "帳號：0123-50-123456-7", 8)
            doc.t(330, H - 108, "對帳期間：%s ~ %s" % (roc(start), roc(end)), 8)
            doc.t(330, H - 120, "幣別：新臺幣 (TWD)", 8)
            doc.t(40, H - 142, "臺幣活期儲蓄存款 交易明細", 9)
            return H - 162
        doc.t(40, H - 80, "帳號：0123-50-123456-7   對帳期間：%s ~ %s" % (roc(start), roc(end)), 8)
        return H - 100

    if online:
        cols = [("交易日期", 40, "l", "d"), ("帳務日期", 90, "l", "pd"), ("說明", 145, "l", "k"), ("提出", 285, "r", "o"),
                ("存入", 350, "r", "i"), ("餘額", 420, "r", "b"), ("備註", 435, "l", "desc")]
    else:
        cols = [("交易日期", 40, "l", "d"), ("摘要", 100, "l", "k"), ("支出", 265, "r", "o"), ("存入", 335, "r", "i"),
                ("餘額", 415, "r", "b"), ("備註", 430, "l", "desc")]
    xk, xo, xi, xb = [c[1] for c in cols if c[3] in ("k", "o", "i", "b")]

    def top(doc, y):
        doc.t(xk, y, "上期餘額", 8); doc.t(xb, y, fmt(ob, nd=0), 8, align="r")
        return y - 14

    def bottom(doc, y):
        doc.t(xk, y - 2, "本期餘額", 8); doc.t(xo, y - 2, fmt(tout, nd=0), 8, align="r"); doc.t(xi, y - 2, fmt(tin, nd=0), 8, align="r")
        doc.t(xb, y - 2, fmt(cb, nd=0), 8, align="r")
        doc.t(40, y - 26, "※ 本對帳單如有疑義，請於收到後四十五日內與本行聯絡，逾期視為無誤。客服專線 (02)2383-1000", 7)
        doc.t(40, y - 38, "※ 存款保險：本行參加中央存款保險公司存款保險，最高保額新臺幣三百萬元。", 7)
        return y - 44

    def footer(doc, p, np_):
        doc.t(40, 18, "國泰世華商業銀行股份有限公司  臺北市信義區松仁路7號1樓  www.cathaybk.com.tw", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=(20 if pages else 54), top_rows=[top], bottom=bottom)
    write_truth(stem, "GL_tw_cathay", "****4567", "TWD", start, end, ob, txs, True)


# ---------------------------------------------------------------- 6b CTBC TW credit card (消費日/入帳起息日/消費明細/新臺幣金額, charges unsigned)
def ctbccard(stem, seed, n=20, start=dt.date(2024, 5, 21), end=dt.date(2024, 6, 20), owed=D("18452")):
    rng = random.Random(seed)
    roc = lambda d: "%d/%02d/%02d" % (d.year - 1911, d.month, d.day)
    pool = [("全聯福利中心 台北信義", 120, 2400), ("統一超商 7-ELEVEN", 45, 380), ("台灣高鐵 線上訂票", 800, 3000),
            ("UBER EATS 台灣", 180, 900), ("中油 信義站", 800, 1800), ("momo購物網", 300, 6000)]
    cr = [("退款 momo購物網", 300, 2000)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr, whole=True)
    txs.append({"date": start + dt.timedelta(days=12), "desc": "繳款－謝謝", "amount": owed})
    txs.sort(key=lambda t: t["date"])
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        # the issuer's side: charges unsigned, payments and refunds with a minus
        rows.append({"d": roc(t["date"]), "pd": roc(min(t["date"] + dt.timedelta(days=2), end)), "desc": [t["desc"]],
                     "a": fmt(-t["amount"], nd=0)})
    new = owed - sum(t["amount"] for t in txs)
    paid = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "中國信託", 16); doc.t(120, H - 45, "CTBC BANK", 9, True)
        doc.t(doc.W / 2, H - 72, "信用卡帳單", 13, align="c")
        doc.t(doc.W - 40, H - 45, "第 %d 頁 / 共 %d 頁" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 96, "陳志明 君", 8); doc.t(40, H - 108, "臺北市信義區松仁路 100 號 12 樓", 8)
            doc.t(330, H - 96, "帳單結帳日：%s" % roc(end), 8)
            doc.t(330, H - 108, "繳款截止日：%s" % roc(end + dt.timedelta(days=15)), 8)
            doc.t(330, H - 120, "信用額度：120,000", 8)
            L = [("上期應繳總金額", owed), ("已繳款金額", -paid), ("本期新增款項", new - owed + paid), ("本期應繳總金額", new)]
            for k, (a, b) in enumerate(L):
                doc.t(40 + 130 * k, H - 140, a, 8); doc.t(150 + 130 * k, H - 153, fmt(b, nd=0), 9, True, "r")
            doc.t(40, H - 170, "最低應繳金額：%s" % fmt(max(D("1000"), (new * D("0.1")).quantize(D("1"))), nd=0), 8)
            doc.t(40, H - 190, "卡號：4147-63**-****-2231  中信LINE Pay卡", 8)
            return H - 210
        return H - 90

    cols = [("消費日", 40, "l", "d"), ("入帳起息日", 95, "l", "pd"), ("消費明細", 160, "l", "desc"), ("新臺幣金額", 480, "r", "a")]

    def footer(doc, p, np_):
        doc.t(40, 30, "※ 循環信用利率 15%。如有疑問請洽客服專線 (02)2745-8080。", 7)
        doc.t(40, 18, "中國信託商業銀行股份有限公司  www.ctbcbank.com", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, per_page=50)
    # the page prints its 帳單結帳日 (closing date) only: no period start (README's truth conventions)
    write_truth(stem, "GL_tw_ctbc_card", "****2231", "TWD", None, end, -owed, txs, False, cb=-new)


P = "gl_"
unicredit(P + "it_unicredit", 11)
unicredit(P + "it_unicredit__riporto", 12, n=46, start=dt.date(2025, 4, 1), pages=True)
unicredit(P + "it_unicredit__fx", 13, fx=True)
millennium(P + "pt_millennium", 21)
millennium(P + "pt_millennium__yearend", 22, start=dt.date(2024, 12, 16), end=dt.date(2025, 1, 15))
pko(P + "pl_pko", 31)
pko(P + "pl_pko__multiline", 32, multi=True)
pko(P + "pl_pko__fx", 33, fx=True)
piraeus(P + "gr_piraeus", 41)
piraeus(P + "gr_piraeus__2pages", 42, n=38, pages=True)
piraeus(P + "gr_piraeus__valuedate", 43, valuta=True)
danske(P + "dk_danske", 51)
danske(P + "dk_danske__overdraft", 52, neg=True)
danske(P + "dk_danske__card", 53, card=True)
cathay(P + "tw_cathay", 61)
cathay(P + "tw_cathay__online", 63, online=True)
ctbccard(P + "tw_ctbc_card", 71)
cathay(P + "tw_cathay__yearend", 62, start=dt.date(2024, 12, 16), end=dt.date(2025, 1, 15))
print("done")
