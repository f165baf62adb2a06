#!/usr/bin/python3
"""Generator gr: 6 untuned European layouts x (base + 1 variant), exact truth. Deterministic."""
import json, os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gr/gen"
os.makedirs(OUT, exist_ok=True)
from corpus_kit import fmt, wrap
C2 = D("0.01")


def make_txns(rng, start, end, n, pool, credits, pc=0.2):
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < pc:
            desc, lo, hi = rng.choice(credits); sgn = 1
        else:
            desc, lo, hi = rng.choice(pool); sgn = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sgn
        txs.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999)), "amount": amt})
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


def nlines(r):
    return max([1] + [len(v) for v in r.values() if isinstance(v, list)])


def render(path, header, cols, rows, footer, lh=11, per_page=30, cf=None, bottom=None, top_rows=None):
    """rows: dicts key -> str or [lines]. cf(doc, y, row, 'cf'|'bf') draws carried/brought forward lines."""
    doc = Doc(path)
    pages, cur, used = [], [], 0
    for r in rows:
        nl = nlines(r)
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
        doc.c.line(40, y + 8, doc.W - 40, y + 8)
        if pi == 0 and top_rows:
            for tr in top_rows:
                y = tr(doc, y)
        if pi > 0 and cf:
            y = cf(doc, y, pr[0], "bf")
        for r in pr:
            for (title, x, al, key) in cols:
                v = r.get(key)
                if v is None: continue
                for k, l in enumerate(v if isinstance(v, list) else [v]):
                    doc.t(x, y - k * lh, l, 8, False, al)
            y -= lh * nlines(r) + 2
        if pi < np_ - 1 and cf:
            y = cf(doc, y, pr[-1], "cf")
        if pi == np_ - 1 and bottom:
            y = bottom(doc, y)
        footer(doc, pi + 1, np_)
        doc.c.showPage()
    doc.c.save()


def write_truth(stem, family, acct, cur, ps, pe, ob, txs, with_bal, cb=None):
    bal = D(ob)
    tr = []
    for t in txs:
        bal += t["amount"]
        e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
             "amount": str(abs(t["amount"]).quantize(C2) if t["amount"] == 0 else t["amount"].quantize(C2))}
        if with_bal: e["balance"] = str(bal.quantize(C2))
        tr.append(e)
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": acct, "currency": cur,
         "period_start": ps.isoformat(), "period_end": pe.isoformat(), "opening_balance": str(D(ob).quantize(C2)),
         "closing_balance": str((cb if cb is not None else bal).quantize(C2)), "transactions": tr}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


def running(ob, txs):
    b, out = D(ob), []
    for t in txs:
        b += t["amount"]; out.append(b)
    return out


def sv(v, sign=False):  # Swedish / Norwegian: 1 234,56
    return fmt(v, " ", ",", sign=sign)


def de(v, sign=False):  # German / Spanish / Dutch: 1.234,56
    return fmt(v, ".", ",", sign=sign)


def ch(v):  # Swiss: 1'234.56
    return fmt(v, "'", ".")


JUNE = (dt.date(2024, 6, 1), dt.date(2024, 6, 30))


# ---------------------------------------------------------------- 1 SEB (Sweden): ISO dates, Verifikationsnummer, signed Belopp, Saldo
def seb(stem, seed, n=20, ob=D("18452.30"), per_page=48):
    rng = random.Random(seed)
    start, end = JUNE
    pool = [("KORTKÖP 240603 ICA NARA HORNSTULL STOCKHOLM", 40, 900), ("SWISH BETALNING 46701234567 ANDERS BERG", 50, 600),
            ("BG 5050-1055 TELIA SVERIGE AB FAKTURA {r}", 299, 549), ("AUTOGIRO FOLKSAM SAKFÖRSÄKRING", 180, 420),
            ("KORTKÖP 240611 SYSTEMBOLAGET 0112 STOCKHOLM", 90, 700), ("ÖVERFÖRING HYRA HSB BRF SOLSIDAN LÄGENHET 1204 JUNI", 6200, 7400),
            ("UTTAG BANKOMAT SÖDERMALMSTORG", 200, 1500), ("KORTKÖP 240620 SL ACCESS AB STOCKHOLM", 40, 970)]
    cr = [("LÖN ERICSSON AB", 28000, 36000), ("SWISH INBETALNING 46739876543 LINNEA HOLM", 100, 900)]
    txs = make_txns(rng, start, end, n, pool, cr)
    bals = running(ob, txs)
    rows = []
    for t, b in zip(txs, bals):
        t["desc_lines"] = wrap(t["desc"], 36)
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
        rows.append({"d": t["date"].isoformat(), "v": vd.isoformat(), "ver": "%010d" % rng.randint(10 ** 9, 10 ** 10 - 1),
                     "desc": t["desc_lines"], "a": sv(t["amount"]), "s": sv(b)})
    cb = bals[-1]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "SEB", 22, True)
        doc.t(doc.W - 40, H - 42, "Kontoutdrag", 12, True, "r")
        doc.t(doc.W - 40, H - 55, "Sida %d av %d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "Privatkonto 5357 12 345 67   IBAN SE45 5000 0000 0535 7123 4567   Valuta SEK", 7)
        if p == 1:
            doc.t(40, H - 88, "Erik Johansson", 8); doc.t(40, H - 99, "Hornsgatan 88 lgh 1204", 8); doc.t(40, H - 110, "118 21 Stockholm", 8)
            doc.t(320, H - 84, "Period 2024-06-01 – 2024-06-30", 8, True)
            doc.c.rect(315, H - 150, 240, 58)
            L = [("Ingående saldo 2024-06-01", ob), ("Insättningar", sum(t["amount"] for t in txs if t["amount"] > 0)),
                 ("Uttag", sum(t["amount"] for t in txs if t["amount"] < 0)), ("Utgående saldo 2024-06-30", cb)]
            for i, (lab, v) in enumerate(L):
                doc.t(322, H - 103 - 12 * i, lab, 8, i == 3); doc.t(548, H - 103 - 12 * i, sv(v), 8, i == 3, "r")
            doc.t(40, H - 172, "Kontohändelser", 10, True)
            return H - 190
        return H - 90

    cols = [("Bokförings-\ndatum", 40, "l", "d"), ("Valuta-\ndatum", 100, "l", "v"), ("Verifikations-\nnummer", 160, "l", "ver"),
            ("Text/mottagare", 235, "l", "desc"), ("Belopp", 480, "r", "a"), ("Saldo", 555, "r", "s")]

    def top(doc, y):
        doc.t(235, y, "Ingående saldo", 8, True); doc.t(555, y, sv(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(235, y, "Utgående saldo", 8, True); doc.t(555, y, sv(cb), 8, True, "r")
        doc.t(40, y - 26, "Skandinaviska Enskilda Banken AB (publ), 106 40 Stockholm. Org.nr 502032-9081. Styrelsens säte Stockholm.", 6)
        doc.t(40, y - 34, "Granska kontoutdraget. Eventuella fel ska anmälas till banken utan dröjsmål. Insättningsgaranti gäller.", 6)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 22, "seb.se  •  Kundservice 0771-365 365  •  Bankgiro 5365-0001", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top], bottom=bottom)
    write_truth(stem, "GR_se_seb", "****4567", "SEK", start, end, ob, txs, True)


# ---------------------------------------------------------------- 2 DNB (Norway): dd.mm, Rentedato, Ut fra konto / Inn på konto
def dnb(stem, seed, n=20, ob=D("24318.75"), fx=False):
    rng = random.Random(seed)
    start, end = JUNE
    pool = [("Varekjøp REMA 1000 GRÜNERLØKKA OSLO", 60, 900), ("Visa {r} Kiwi 551 Torshov Oslo", 40, 800),
            ("Nettgiro til: Hafslund Strøm AS Betalt: 05.06.24", 400, 1400), ("Avtalegiro Gjensidige Forsikring ASA", 300, 900),
            ("Vipps *Ruter AS Oslo", 40, 900), ("Husleie juni Obos Eiendomsforvaltning AS", 9800, 12500),
            ("Minibank DNB Storgata 12 Oslo", 200, 2000), ("Varekjøp VINMONOPOLET OSLO CITY", 150, 900)]
    cr = [("Lønn Equinor ASA", 38000, 46000), ("Overføring Innland Fra: Kari Nordmann", 200, 3000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    fxl = {}
    if fx:
        for k, (m, c, rate) in zip([2, 7, 13, 17], [("Visa {r} Usd 45,00 Amazon.com Seattle", "USD", D("10.6543")),
                                                    ("Visa {r} Eur 128,40 Booking.com Amsterdam", "EUR", D("11.4820")),
                                                    ("Visa {r} Sek 399,00 Ikea Kungens Kurva", "SEK", D("1.0081")),
                                                    ("Visa {r} Gbp 22,50 Tfl Travel Ch London", "GBP", D("13.5140"))]):
            if txs[k]["amount"] < 0:
                famt = D(m.split()[3].replace(",", "."))
                txs[k]["amount"] = -(famt * rate).quantize(C2)
                txs[k]["desc"] = m.format(r=rng.randint(100000, 999999))
                fxl[k] = "Kurs %s" % fmt(rate, " ", ",", nd=4)
    rows = []
    for k, t in enumerate(txs):
        t["desc_lines"] = wrap(t["desc"], 44) + ([fxl[k]] if k in fxl else [])
        rd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"d": t["date"].strftime("%d.%m"), "desc": t["desc_lines"], "rd": rd.strftime("%d.%m")}
        r["ut" if t["amount"] < 0 else "inn"] = sv(abs(t["amount"]))
        rows.append(r)
    cb = ob + sum(t["amount"] for t in txs)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "DNB", 22, True)
        doc.t(doc.W - 40, H - 42, "Kontoutskrift", 12, True, "r")
        doc.t(doc.W - 40, H - 55, "Side %d av %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "Ola Nordmann", 8); doc.t(40, H - 91, "Thorvald Meyers gate 45", 8); doc.t(40, H - 102, "0555 OSLO", 8)
            doc.t(320, H - 80, "Kontonummer 1503.27.84516", 8); doc.t(320, H - 91, "Brukskonto", 8)
            doc.t(320, H - 102, "Kontoutskrift for perioden 01.06.2024 - 30.06.2024", 8)
            doc.c.rect(315, H - 140, 240, 28)
            doc.t(322, H - 124, "Saldo i Deres favør", 8, True); doc.t(548, H - 124, sv(cb), 8, True, "r")
            doc.t(322, H - 135, "Disponibelt beløp", 8); doc.t(548, H - 135, sv(cb), 8, align="r")
            return H - 165
        return H - 80

    cols = [("Dato", 40, "l", "d"), ("Forklaring", 80, "l", "desc"), ("Rentedato", 350, "l", "rd"),
            ("Ut fra konto", 470, "r", "ut"), ("Inn på konto", 555, "r", "inn")]

    def top(doc, y):
        doc.t(80, y, "Inngående saldo", 8, True); doc.t(555, y, sv(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(80, y, "Utgående saldo", 8, True); doc.t(555, y, sv(cb), 8, True, "r")
        doc.t(40, y - 26, "DNB Bank ASA, Postboks 1600 Sentrum, 0021 Oslo. Org.nr. 984 851 006 MVA. Foretaksregisteret.", 6)
        doc.t(40, y - 34, "Kontroller kontoutskriften. Feil må meldes banken uten ugrunnet opphold.", 6)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 22, "dnb.no  •  Kundeservice 915 04800", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=10, per_page=52, top_rows=[top], bottom=bottom)
    write_truth(stem, "GR_no_dnb", "****4516", "NOK", start, end, ob, txs, False)


# ---------------------------------------------------------------- 3 Santander España: dd/mm/yyyy, signed "-45,20 EUR", Saldo anterior/final
def santander(stem, seed, n=20, ob=D("1845.36"), od=False):
    rng = random.Random(seed)
    start, end = JUNE
    pool = [("COMPRA TARJ. 5489XXXXXXXX1234 MERCADONA C/ ALCALA MADRID", 8, 140), ("RECIBO IBERDROLA CLIENTES SAU Nº RECIBO {r}", 40, 120),
            ("RECIBO VODAFONE ESPAÑA SAU", 30, 70), ("PAGO BIZUM A LUCIA FERNANDEZ GARCIA CENA", 10, 60),
            ("TRANSFERENCIA A FAVOR DE INMOBILIARIA CASTELLANA SL CONCEPTO ALQUILER JUNIO", 750, 1100),
            ("RETIRADA EFECTIVO CAJERO SANTANDER GRAN VIA 32", 20, 200), ("COMPRA TARJ. 5489XXXXXXXX1234 EL CORTE INGLES", 20, 300)]
    cr = [("NOMINA TELEFONICA DE ESPAÑA SAU", 1900, 2600), ("TRANSFERENCIA DE JAVIER MARTIN RUIZ", 50, 400)]
    if od: ob = D("312.18"); cr = [("TRANSFERENCIA DE JAVIER MARTIN RUIZ", 50, 300)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": end, "desc": "COMISION MANTENIMIENTO CUENTA", "amount": D("0.00")})  # a zero-fee line
    bals = running(ob, txs)
    rows = []
    for t, b in zip(txs, bals):
        t["desc_lines"] = wrap(t["desc"], 44)
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        rows.append({"d": t["date"].strftime("%d/%m/%Y"), "v": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"],
                     "a": de(t["amount"]) + " EUR", "s": de(b) + " EUR"})
    cb = bals[-1]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Santander", 20, True)
        doc.t(doc.W - 40, H - 42, "Extracto de cuenta", 12, True, "r")
        doc.t(doc.W - 40, H - 55, "Página %d de %d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "Cuenta Online   IBAN ES91 0049 1500 0512 3456 7892   Divisa EUR", 7)
        if p == 1:
            doc.t(40, H - 88, "D. ALEJANDRO GÓMEZ PÉREZ", 8); doc.t(40, H - 99, "CALLE DE ALCALÁ 128, 3º B", 8); doc.t(40, H - 110, "28009 MADRID", 8)
            doc.t(320, H - 88, "Periodo: 01/06/2024 - 30/06/2024", 8, True)
            doc.c.rect(315, H - 140, 240, 40)
            doc.t(322, H - 112, "Saldo anterior", 8); doc.t(548, H - 112, de(ob) + " EUR", 8, align="r")
            doc.t(322, H - 124, "Saldo final", 8, True); doc.t(548, H - 124, de(cb) + " EUR", 8, True, "r")
            doc.t(322, H - 136, "Número de movimientos", 8); doc.t(548, H - 136, str(len(txs)), 8, align="r")
            return H - 165
        return H - 85

    cols = [("Fecha\nOperación", 40, "l", "d"), ("Fecha\nValor", 98, "l", "v"), ("Concepto", 158, "l", "desc"),
            ("Importe", 470, "r", "a"), ("Saldo", 555, "r", "s")]

    def top(doc, y):
        doc.t(158, y, "Saldo anterior", 8, True); doc.t(555, y, de(ob) + " EUR", 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(158, y, "Saldo final", 8, True); doc.t(555, y, de(cb) + " EUR", 8, True, "r")
        doc.t(40, y - 26, "Banco Santander, S.A. Paseo de Pereda 9-12, 39004 Santander. R.M. de Cantabria, Hoja 286, Folio 64, Libro 5º. NIF A39000013.", 6)
        doc.t(40, y - 34, "Depósitos garantizados por el Fondo de Garantía de Depósitos de Entidades de Crédito hasta 100.000 euros.", 6)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 22, "bancosantander.es  •  Superlínea 915 123 123", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=10, per_page=50, top_rows=[top], bottom=bottom)
    write_truth(stem, "GR_es_santander", "****7892", "EUR", start, end, ob, txs, True)


# ---------------------------------------------------------------- 4 ING Deutschland Girokonto: Valuta under Buchung, type + name then Verwendungszweck
def ingde(stem, seed, n=18, ob=D("3217.84"), per_page=60):
    rng = random.Random(seed)
    start, end = JUNE
    pool = [("Lastschrift", "REWE Markt GmbH", "REWE SAGT DANKE 44881234 // Berlin / DE"), ("Lastschrift", "Vattenfall Europe Sales GmbH",
             "Abschlag Strom Vertragskonto {r} Juni 2024 Mandat VEXXS{r}"), ("Dauerauftrag / Terminueberweisung", "Hausverwaltung Krause GmbH", "Miete Juni 2024 Whg 3 OG links"),
            ("Lastschrift", "PayPal Europe S.a.r.l. et Cie S.C.A", "1040{r} PP.7612.PP . Zalando SE, Ihr Einkauf bei Zalando SE"),
            ("Gutschrift", "", ""), ("Entgelt", "ING", "Visa Card Auslandseinsatz"), ("Lastschrift", "Deutsche Bahn Fernverkehr AG", "Auftrag {r} Fahrkarte Berlin Hbf - Hamburg Hbf"),
            ("Bargeldauszahlung", "GAA 12345678 Sparkasse Berlin", "Karte 1 VISA Debit")]
    pool = [(p, 5, 160) if p[0] != "Dauerauftrag / Terminueberweisung" else (p, 850, 1150) for p in pool if p[0] != "Gutschrift"]
    cr = [(("Gehalt/Rente", "Musterfirma Software GmbH", "LOHN / GEHALT 06/24"), 2800, 3600), (("Gutschrift", "Jonas Becker", "Anteil Urlaub Ostsee"), 40, 300)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: (p, lo, hi), s = rng.choice(cr), 1
        else: (p, lo, hi), s = rng.choice(pool), -1
        typ, name, vz = p
        r = rng.randint(100000, 999999)
        txs.append({"date": d, "amount": s * D(rng.randint(lo * 100, hi * 100)) / 100, "l1": (typ + " " + name).strip(),
                    "vz": wrap(vz.format(r=r), 58)})
    txs.sort(key=lambda t: t["date"])
    rows = []
    for t in txs:
        t["desc_lines"] = [t["l1"]] + t["vz"]
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        rows.append({"d": [t["date"].strftime("%d.%m.%Y"), vd.strftime("%d.%m.%Y")], "desc": t["desc_lines"], "a": de(t["amount"])})
    cb = ob + sum(t["amount"] for t in txs)
    run = {}
    b = ob
    for r, t in zip(rows, txs):
        b += t["amount"]; run[id(r)] = b

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "ING", 22, True)
        doc.t(doc.W - 40, H - 42, "Girokonto Nummer 5412 3456 78", 10, True, "r")
        doc.t(doc.W - 40, H - 55, "Kontoauszug Juni 2024", 8, align="r")
        doc.t(doc.W - 40, H - 66, "Datum 01.07.2024   Auszugsnummer 6   Seite %d von %d" % (p, np_), 7, align="r")
        if p == 1:
            doc.t(40, H - 80, "ING-DiBa AG · Theodor-Heuss-Allee 2 · 60486 Frankfurt am Main", 6)
            doc.t(40, H - 92, "Herrn", 8); doc.t(40, H - 103, "Thomas Schneider", 8); doc.t(40, H - 114, "Schönhauser Allee 112", 8); doc.t(40, H - 125, "10439 Berlin", 8)
            doc.t(320, H - 92, "IBAN DE12 5001 0517 5412 3456 78", 8); doc.t(320, H - 103, "BIC INGDDEFFXXX", 8)
            doc.t(320, H - 118, "Alter Saldo", 8, True); doc.t(548, H - 118, de(ob) + " Euro", 8, True, "r")
            doc.t(320, H - 130, "Neuer Saldo", 8, True); doc.t(548, H - 130, de(cb) + " Euro", 8, True, "r")
            doc.t(320, H - 142, "Dispositionskredit", 8); doc.t(548, H - 142, de(D("2500")) + " Euro", 8, align="r")
            return H - 170
        return H - 85

    cols = [("Buchung", 40, "l", "d"), ("Buchung / Verwendungszweck", 105, "l", "desc"), ("Betrag (EUR)", 555, "r", "a")]

    def cf(doc, y, row, kind):
        if kind == "cf":
            b = run[id(row)]
            doc.t(105, y, "Übertrag auf Seite", 8, True); doc.t(555, y, de(b), 8, True, "r")
        else:
            b = run[id(row)] - txs[[id(r) for r in rows].index(id(row))]["amount"]
            doc.t(105, y, "Übertrag von Seite", 8, True); doc.t(555, y, de(b), 8, True, "r")
        return y - 14

    def bottom(doc, y):
        doc.t(105, y - 2, "Neuer Saldo", 8, True); doc.t(555, y - 2, de(cb) + " Euro", 8, True, "r")
        doc.t(40, y - 26, "Bitte beachten Sie die Hinweise zum Kontoauszug. Einwendungen gegen Rechnungsabschlüsse sind innerhalb von sechs Wochen zu erheben.", 6)
        doc.t(40, y - 34, "Guthaben sind als Einlagen nach Maßgabe des Einlagensicherungsgesetzes entschädigungsfähig.", 6)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 22, "ING-DiBa AG · Vorstand: Nick Jue (Vorsitzender) · Sitz Frankfurt am Main · HRB 7727 · USt-IdNr. DE 114 103 475", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=10, per_page=per_page, cf=cf, bottom=bottom)
    write_truth(stem, "GR_de_ing", "****5678", "EUR", start, end, ob, txs, False)


# ---------------------------------------------------------------- 5 Raiffeisen (Switzerland): Belastung/Gutschrift/Valuta/Saldo, 1'234.56
def raiff(stem, seed, n=18, ob=D("8734.55"), od=False):
    rng = random.Random(seed)
    start, end = JUNE
    pool = [("Einkauf Debitkarte Migros M Bern Bahnhof", 8, 180), ("Einkauf Debitkarte Coop-1234 Bern Westside", 8, 160),
            ("Lastschrift Swisscom (Schweiz) AG Rechnung {r}", 49, 120), ("Zahlung eBill CSS Kranken-Versicherung AG Prämie Juni", 380, 520),
            ("Dauerauftrag Miete Wohnbaugenossenschaft Bern Nord", 1650, 1980), ("Bargeldbezug Raiffeisen Bern Bärenplatz", 50, 400),
            ("TWINT Zahlung SBB CFF FFS Mobile", 5, 90), ("Kontoführungsgebühr", 3, 3)]
    cr = [("Gutschrift Lohn Juni Bernmobil AG", 5200, 6900), ("TWINT Gutschrift Sandra Müller", 20, 150)]
    if od: ob = D("412.70"); cr = [("TWINT Gutschrift Sandra Müller", 20, 150)]
    txs = make_txns(rng, start, end, n, pool, cr)
    bals = running(ob, txs)
    rows = []
    for t, b in zip(txs, bals):
        t["desc_lines"] = wrap(t["desc"], 40)
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"d": t["date"].strftime("%d.%m.%y"), "desc": t["desc_lines"], "v": vd.strftime("%d.%m.%y"), "s": ch(b)}
        r["bel" if t["amount"] < 0 else "gut"] = ch(abs(t["amount"]))
        rows.append(r)
    cb = bals[-1]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "RAIFFEISEN", 18, True)
        doc.t(doc.W - 40, H - 42, "Kontoauszug", 12, True, "r")
        doc.t(doc.W - 40, H - 55, "Seite %d/%d" % (p, np_), 8, align="r")
        doc.t(40, H - 66, "Raiffeisenbank Bern Genossenschaft · Marktgasse 8 · 3011 Bern", 7)
        if p == 1:
            doc.t(40, H - 88, "Herr", 8); doc.t(40, H - 99, "Lukas Zimmermann", 8); doc.t(40, H - 110, "Lorrainestrasse 21", 8); doc.t(40, H - 121, "3013 Bern", 8)
            doc.t(320, H - 88, "Privatkonto CHF", 8, True); doc.t(320, H - 99, "IBAN CH93 8080 8001 2345 6789 0", 8)
            doc.t(320, H - 110, "Auszug vom 01.06.2024 bis 30.06.2024", 8)
            doc.t(320, H - 121, "Kontoinhaber Lukas Zimmermann", 8)
            return H - 150
        return H - 85

    cols = [("Datum", 40, "l", "d"), ("Text", 85, "l", "desc"), ("Belastung", 350, "r", "bel"), ("Gutschrift", 415, "r", "gut"),
            ("Valuta", 428, "l", "v"), ("Saldo", 555, "r", "s")]

    def top(doc, y):
        doc.t(40, y, "01.06.24", 8); doc.t(85, y, "Saldovortrag", 8, True); doc.t(555, y, ch(ob), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.c.line(40, y + 6, doc.W - 40, y + 6)
        doc.t(85, y - 4, "Kontostand per 30.06.2024", 8, True); doc.t(555, y - 4, "CHF " + ch(cb), 8, True, "r")
        doc.t(85, y - 16, "Total Belastungen", 8); doc.t(350, y - 16, ch(-sum(t["amount"] for t in txs if t["amount"] < 0)), 8, align="r")
        doc.t(85, y - 28, "Total Gutschriften", 8); doc.t(415, y - 28, ch(sum(t["amount"] for t in txs if t["amount"] > 0)), 8, align="r")
        doc.t(40, y - 50, "Bitte prüfen Sie diesen Auszug. Beanstandungen sind innerhalb eines Monats anzubringen, andernfalls gilt er als genehmigt.", 6)
        return y - 56

    def footer(doc, p, np_):
        doc.t(40, 22, "raiffeisen.ch  •  Einlagen sind bis CHF 100'000 durch esisuisse gesichert.", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=10, per_page=50, top_rows=[top], bottom=bottom)
    write_truth(stem, "GR_ch_raiffeisen", "****7890", "CHF", start, end, ob, txs, True)


# ---------------------------------------------------------------- 6 bunq (NL, English): signed "€ -12,34", IBAN counterparty lines, Balance
def bunq(stem, seed, n=18, ob=D("1562.40"), per_page=60):
    rng = random.Random(seed)
    start, end = JUNE
    pool = [("Albert Heijn 1234 Amsterdam NLD", None, "Card payment"), ("Vandebron Energie B.V.", "NL27 INGB 0006 5432 10", "Termijnbedrag juni klantnummer {r}"),
            ("Stichting de Key", "NL56 ABNA 0412 3456 78", "Huur juni 2024 Van Hallstraat 12-2"), ("NS Groep IZ NS Reizigers", None, "Card payment"),
            ("T. van den Berg", "NL18 RABO 0123 4567 89", "Bierfiets zaterdag"), ("Thuisbezorgd.nl", None, "Card payment"),
            ("bunq B.V.", None, "Easy Green subscription June"), ("Zilveren Kruis Achmea", "NL86 INGB 0002 4455 88", "Premie juni 2024 relatienummer {r}")]
    lims = {"Stichting de Key": (950, 1250), "Vandebron Energie B.V.": (90, 160), "bunq B.V.": (17.99, 17.99), "Zilveren Kruis Achmea": (135, 150)}
    cr = [("Studio Noord B.V.", "NL44 RABO 0314 1592 65", "Salaris juni 2024"), ("M. Jansen", "NL02 TRIO 0198 7654 32", "Tikkie etentje")]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2:
            p = rng.choice(cr); lo, hi = (2900, 3800) if p[0] == "Studio Noord B.V." else (10, 60); s = 1
        else:
            p = rng.choice(pool); lo, hi = lims.get(p[0], (4, 95)); s = -1
        name, iban, msg = p
        lines = [name] + ([iban] if iban else []) + wrap(msg.format(r=rng.randint(100000, 999999)), 50)
        txs.append({"date": d, "amount": s * D(rng.randint(int(lo * 100), int(hi * 100))) / 100, "desc_lines": lines})
    txs.sort(key=lambda t: t["date"])
    bals = running(ob, txs)
    rows = []
    for t, b in zip(txs, bals):
        rows.append({"d": t["date"].strftime("%d-%m-%Y"), "desc": t["desc_lines"], "a": "€ " + de(t["amount"]), "s": "€ " + de(b)})
    cb = bals[-1]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "bunq", 22, True)
        doc.t(doc.W - 40, H - 42, "Account statement", 12, True, "r")
        doc.t(doc.W - 40, H - 55, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 80, "Sanne de Wit", 8); doc.t(40, H - 91, "Van Hallstraat 12-2", 8); doc.t(40, H - 102, "1051 HB Amsterdam", 8)
            doc.t(320, H - 80, "IBAN NL12 BUNQ 2064 7731 55", 8); doc.t(320, H - 91, "Account: Main", 8)
            doc.t(320, H - 102, "Period: 1 June 2024 - 30 June 2024", 8)
            doc.c.rect(315, H - 148, 240, 36)
            doc.t(322, H - 124, "Starting balance", 8); doc.t(548, H - 124, "€ " + de(ob), 8, align="r")
            doc.t(322, H - 138, "Ending balance", 8, True); doc.t(548, H - 138, "€ " + de(cb), 8, True, "r")
            return H - 172
        return H - 80

    cols = [("Date", 40, "l", "d"), ("Description", 110, "l", "desc"), ("Amount", 470, "r", "a"), ("Balance", 555, "r", "s")]

    def bottom(doc, y):
        doc.t(40, y - 20, "bunq B.V. is registered with the Dutch Chamber of Commerce under number 54992060 and is supervised by De Nederlandsche Bank.", 6)
        doc.t(40, y - 28, "Deposits are protected up to € 100.000 by the Dutch Deposit Guarantee Scheme.", 6)
        return y - 34

    def footer(doc, p, np_):
        doc.t(40, 22, "bunq B.V. · Naritaweg 131-133 · 1043 BS Amsterdam · together.bunq.com", 6)

    render(os.path.join(OUT, stem + ".pdf"), header, cols, rows, footer, lh=10, per_page=per_page, bottom=bottom)
    write_truth(stem, "GR_nl_bunq", "****3155", "EUR", start, end, ob, txs, True)


P = "gr_"
seb(P + "se_seb", 11)
seb(P + "se_seb__3pages", 12, n=50, per_page=26)
dnb(P + "no_dnb", 21)
dnb(P + "no_dnb__fx", 22, fx=True)
santander(P + "es_santander", 31)
santander(P + "es_santander__overdraft", 32, od=True)
ingde(P + "de_ing", 41)
ingde(P + "de_ing__2pages", 42, n=30, per_page=36)
raiff(P + "ch_raiffeisen", 51)
raiff(P + "ch_raiffeisen__overdraft", 52, od=True)
bunq(P + "nl_bunq", 61)
bunq(P + "nl_bunq__2pages", 62, n=32, per_page=40)
print("done")
