#!/usr/bin/python3
"""Generator hd: more statements holding SEVERAL ACCOUNTS in one PDF, in layouts gy does not have, plus single-account
look-alikes that must stay one account. 3 multi-account layouts x variants + 2 single ones, exact truth. Deterministic.

Truth as gy's: a multi-section file lists every row of every section in page order, "currency" the one code when all
sections share it (else null), "account"/"opening_balance"/"closing_balance" null, and a "sections" list (account,
currency, opening and closing balance, row count). A single-account file has the usual truth and no "sections".
"""
import datetime as dt
import json
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, LETTER
from corpus_kit import C2, Doc, fmt, running, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/hd/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)


def rows(rng, start, end, n, pool, credits, pc=0.2):
    days = (end - start).days
    out = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(1, days))
        if rng.random() < pc:
            desc, lo, hi = rng.choice(credits); sg = 1
        else:
            desc, lo, hi = rng.choice(pool); sg = -1
        amt = (D(rng.randint(int(lo * 100), int(hi * 100))) / 100) * sg
        out.append({"date": d, "desc": desc.format(r=rng.randint(100000, 999999), md=d.strftime("%m/%d")), "amount": amt})
    out.sort(key=lambda t: t["date"])
    return out


def write_multi(stem, family, ps, pe, sections):
    curs = {s["currency"] for s in sections}
    tr, secs = [], []
    for s in sections:
        for t in s["txs"]:
            e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
                 "amount": str(t["amount"].quantize(C2))}
            if s.get("with_bal", True): e["balance"] = str(t["bal"].quantize(C2))
            tr.append(e)
        secs.append({"account": s["account"], "currency": s["currency"], "opening_balance": str(s["ob"].quantize(C2)),
                     "closing_balance": str(s["cb"].quantize(C2)), "transactions": len(s["txs"])})
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": None,
         "currency": curs.pop() if len(curs) == 1 else None, "period_start": ps.isoformat(), "period_end": pe.isoformat(),
         "opening_balance": None, "closing_balance": None, "transactions": tr, "sections": secs}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


class Flow:
    """Blocks laid down the page; a block that does not fit starts a new page, after its continuation heading."""

    def __init__(self, size, bottom):
        self.size, self.bottom, self.items = size, bottom, []

    def add(self, h, draw, cont=None, keep=0):
        self.items.append((h, draw, cont, keep))

    def render(self, path, header, footer):
        probe = Doc(os.devnull, self.size)
        tops = (header(probe, 1, 9), header(probe, 2, 9))
        pages, cur, y = [], [], tops[0]
        for i, (h, draw, cont, keep) in enumerate(self.items):
            need = h + sum(it[0] for it in self.items[i + 1:i + 1 + keep])
            if y - need < self.bottom and cur:
                pages.append(cur); cur, y = [], tops[1]
                if cont is not None:
                    cur.append((cont[0], cont[1])); y -= cont[0]
            cur.append((h, draw)); y -= h
        pages.append(cur)
        doc = Doc(path, self.size)
        for pi, items in enumerate(pages):
            y = header(doc, pi + 1, len(pages))
            for h, draw in items:
                draw(doc, y); y -= h
            footer(doc, pi + 1, len(pages))
            doc.c.showPage()
        doc.c.save()


# ------------------------------------------------- 1 Chase combined Total Checking + Savings (SUMMARY blocks, DETAIL)
CHASE_POOL = [("Card Purchase {md} Trader Joe'S #552 Brooklyn NY Card 4417", 15, 140),
              ("Card Purchase With Pin {md} Duane Reade #14373 New York NY Card 4417", 5, 60),
              ("Zelle Payment To Marcus Lee Jpm99{r}", 20, 300), ("Con Edison Payment PPD ID: 9000012345", 60, 190),
              ("ATM Withdrawal {md} 1251 Fulton St Brooklyn NY Card 4417", 40, 200),
              ("Online Transfer To Sav ...0091 Transaction#: 1{r}", 50, 400)]
CHASE_CR = [("Acme Corp Payroll PPD ID: 1234567890", 1800, 2600), ("Zelle Payment From Dana Ortiz Bacj{r}", 20, 200)]


def chase(stem, seed, n_chk=18, n_sav=3, single=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 3, 12), dt.date(2025, 4, 10)
    chk = rows(rng, start, end, n_chk, CHASE_POOL, CHASE_CR, 0.22)
    sav = [] if single else rows(rng, start, end, n_sav, [("Online Transfer To Chk ...4455 Transaction#: 1{r}", 50, 300)],
                                 [("Online Transfer From Chk ...4455 Transaction#: 1{r}", 50, 400)], 0.7)
    if not single:
        sav.append({"date": end, "desc": "Interest Payment", "amount": D("0.37")})
    chk_ob, sav_ob = D("3412.08"), D("8210.55")
    chk_cb, sav_cb = running(chk, chk_ob), running(sav, sav_ob)
    for t in chk + sav:
        t["desc_lines"] = wrap(t["desc"], 58)
    accts = [("CHECKING SUMMARY", "Chase Total Checking", "000000829104455", chk_ob, chk_cb, chk)]
    if not single:
        accts.append(("SAVINGS SUMMARY", "Chase Savings", "000003817730091", sav_ob, sav_cb, sav))

    def header(d, p, n):
        y = d.H - 40
        d.t(40, y, "JPMorgan Chase Bank, N.A.", 9, True)
        d.t(d.W - 40, y, "%s through %s" % (start.strftime("%B %d, %Y"), end.strftime("%B %d, %Y")), 8, align="r")
        d.t(40, y - 11, "P O Box 182051", 7); d.t(40, y - 20, "Columbus, OH 43218 - 2051", 7)
        d.t(d.W - 40, y - 14, "Primary Account: 000000829104455", 8, align="r")
        d.t(d.W - 40, y - 26, "Page %d of %d" % (p, n), 7, align="r")
        return y - 50

    def footer(d, p, n):
        d.t(40, 30, "Member FDIC. Chase Total Checking and Chase Savings are deposit products of JPMorgan Chase Bank, N.A.", 6)

    fl = Flow(LETTER, 60)
    fl.add(12, lambda d, y: d.t(40, y, "ANDREA M KOWALSKI", 8))
    fl.add(11, lambda d, y: d.t(40, y, "77 STERLING PL APT 4B", 8))
    fl.add(24, lambda d, y: d.t(40, y, "BROOKLYN NY 11217-3310", 8))
    if not single:
        fl.add(16, lambda d, y: d.t(40, y, "CONSOLIDATED BALANCE SUMMARY", 10, True))
        fl.add(12, lambda d, y: (d.t(40, y, "ASSETS", 8, True), d.t(300, y, "ACCOUNT", 7, True),
                                 d.t(460, y, "BEGINNING BALANCE", 7, True, "r"), d.t(570, y, "ENDING BALANCE", 7, True, "r")))
        fl.add(10, lambda d, y: (d.t(300, y, "", 7), d.t(460, y, "THIS PERIOD", 7, True, "r"), d.t(570, y, "THIS PERIOD", 7, True, "r")))
        for _, name, num, ob, cb, _ in accts:
            fl.add(11, lambda d, y, name=name, num=num, ob=ob, cb=cb: (d.t(40, y, name, 8), d.t(300, y, num, 8),
                                                                      d.t(460, y, "$" + fmt(ob), 8, align="r"),
                                                                      d.t(570, y, "$" + fmt(cb), 8, align="r")))
        fl.add(26, lambda d, y: (d.t(40, y, "Total", 8, True), d.t(460, y, "$" + fmt(chk_ob + sav_ob), 8, True, "r"),
                                 d.t(570, y, "$" + fmt(chk_cb + sav_cb), 8, True, "r")))
    for title, name, num, ob, cb, txs in accts:
        dep = sum(t["amount"] for t in txs if t["amount"] > 0) or D(0)
        wd = -sum(t["amount"] for t in txs if t["amount"] < 0) or D(0)
        ndep = sum(1 for t in txs if t["amount"] > 0); nwd = len(txs) - ndep
        fl.add(14, lambda d, y, title=title, name=name: (d.t(40, y, title, 10, True), d.t(200, y, name, 9, True)), keep=7)
        fl.add(12, lambda d, y: (d.t(400, y, "INSTANCES", 7, True, "r"), d.t(540, y, "AMOUNT", 7, True, "r")))
        fl.add(11, lambda d, y, ob=ob: (d.t(40, y, "Beginning Balance", 8), d.t(540, y, "$" + fmt(ob), 8, align="r")))
        fl.add(11, lambda d, y, n=ndep, v=dep: (d.t(40, y, "Deposits and Additions", 8), d.t(400, y, str(n), 8, align="r"), d.t(540, y, fmt(v), 8, align="r")))
        fl.add(11, lambda d, y, n=nwd, v=wd: (d.t(40, y, "Electronic Withdrawals", 8), d.t(400, y, str(n), 8, align="r"), d.t(540, y, fmt(-v), 8, align="r")))
        fl.add(22, lambda d, y, n=len(txs), cb=cb: (d.t(40, y, "Ending Balance", 8, True), d.t(400, y, str(n), 8, True, "r"), d.t(540, y, "$" + fmt(cb), 8, True, "r")))
        fl.add(14, lambda d, y: d.t(40, y, "TRANSACTION DETAIL", 9, True))

        def colhead(d, y):
            d.t(40, y, "DATE", 7, True); d.t(90, y, "DESCRIPTION", 7, True)
            d.t(470, y, "AMOUNT", 7, True, "r"); d.t(560, y, "BALANCE", 7, True, "r")
        fl.add(13, colhead)
        fl.add(11, lambda d, y, ob=ob: (d.t(90, y, "Beginning Balance", 8), d.t(560, y, "$" + fmt(ob), 8, align="r")))
        cont = (28, lambda d, y, t=title: (d.t(40, y, "TRANSACTION DETAIL", 9, True), d.t(170, y, "(continued)", 8), colhead(d, y - 14)))
        for t in txs:
            def dr(d, y, t=t):
                d.t(40, y, t["date"].strftime("%m/%d"), 8)
                for k, l in enumerate(t["desc_lines"]): d.t(90, y - 10 * k, l, 8)
                d.t(470, y, fmt(t["amount"]), 8, align="r"); d.t(560, y, fmt(t["bal"]), 8, align="r")
            fl.add(10 * len(t["desc_lines"]) + 2, dr, cont)
        fl.add(30, lambda d, y, cb=cb: (d.t(90, y, "Ending Balance", 8, True), d.t(560, y, "$" + fmt(cb), 8, True, "r")), cont)
    fl.render(os.path.join(OUT, stem + ".pdf"), header, footer)
    if single:
        write_truth(stem, "hd_us_chase", "****4455", "USD", start, end, chk_ob, chk, True)
    else:
        write_multi(stem, "hd_us_chase", start, end,
                    [{"account": "****" + a[2][-4:], "currency": "USD", "ob": a[3], "cb": a[4], "txs": a[5]} for a in accts])


# ------------------------------------------------- 2 Sparkasse Finanzstatus: Girokonto + Tagesgeld (or a USD account)
def fde(v):
    return fmt(v, ".", ",")


def sparkasse(stem, seed, usd=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    giro = rows(rng, start, end, 12, [("Lastschrift REWE Markt GmbH Köln Ref. {r}", 8, 120),
                                      ("Kartenzahlung girocard Aral Station 2811", 30, 90),
                                      ("Lastschrift Telekom Deutschland GmbH", 39.95, 59.95),
                                      ("Übertrag auf Tagesgeld|IBAN DE44 3705 0198 0044 5566 77", 100, 500)],
                [("Gutschrift Überweisung J. Schneider", 20, 150)], 0.15)
    giro = sorted(giro + [{"date": dt.date(2025, 6, 2), "desc": "Dauerauftrag Miete Hausverwaltung Becker", "amount": D("-850.00")},
                          {"date": dt.date(2025, 6, 27), "desc": "Gehalt/Rente Muster Logistik GmbH Juni", "amount": D("3126.40")}],
                  key=lambda t: t["date"])
    other = rows(rng, start, end, 3, [("Übertrag auf Girokonto|IBAN DE12 3705 0198 0012 3456 78", 100, 400)],
                 [("Übertrag von Girokonto|IBAN DE12 3705 0198 0012 3456 78", 100, 500)], 0.6)
    other.append({"date": end, "desc": "Zinsgutschrift", "amount": D("3.12") if not usd else D("1.08")})
    if usd:
        # The foreign-currency account's statement words its transfers "Umbuchung" (the base one "Übertrag", which
        # pdfbulk reads as a carried-forward balance row: a limit this corpus keeps in view).
        for t in giro + other:
            t["desc"] = t["desc"].replace("Übertrag auf", "Umbuchung auf").replace("Übertrag von", "Umbuchung von")
    gob, oob = D("1842.37"), D("12500.00") if not usd else D("3120.40")
    gcb, ocb = running(giro, gob), running(other, oob)
    for t in giro + other:
        t["desc_lines"] = [l for part in t["desc"].split("|") for l in wrap(part, 48)]
    accts = [("Girokonto", "DE12 3705 0198 0012 3456 78", "EUR", gob, gcb, giro),
             ("Tagesgeldkonto" if not usd else "Fremdwährungskonto USD",
              "DE44 3705 0198 0044 5566 77" if not usd else "DE71 3705 0198 0071 8899 00", "EUR" if not usd else "USD",
              oob, ocb, other)]

    def header(d, p, n):
        y = d.H - 45
        d.t(40, y, "Sparkasse KölnBonn", 11, True)
        d.t(d.W - 40, y, "Finanzstatus per %s" % end.strftime("%d.%m.%Y"), 9, True, "r")
        d.t(d.W - 40, y - 12, "Seite %d von %d" % (p, n), 7, align="r")
        return y - 40

    def footer(d, p, n):
        d.t(40, 30, "Sparkasse KölnBonn · Hahnenstraße 57 · 50667 Köln · BIC COLSDE33 · Bitte prüfen Sie Ihre Kontoauszüge.", 6)

    fl = Flow(A4, 60)
    fl.add(11, lambda d, y: d.t(40, y, "Herrn", 8))
    fl.add(11, lambda d, y: d.t(40, y, "Jonas Weber", 8))
    fl.add(11, lambda d, y: d.t(40, y, "Venloer Str. 210", 8))
    fl.add(26, lambda d, y: d.t(40, y, "50823 Köln", 8))
    fl.add(16, lambda d, y: d.t(40, y, "Ihre Konten im Überblick", 10, True))
    fl.add(12, lambda d, y: (d.t(40, y, "Konto", 7, True), d.t(190, y, "IBAN", 7, True), d.t(400, y, "Währung", 7, True),
                             d.t(550, y, "Kontostand", 7, True, "r")))
    for name, iban, cur, ob, cb, _ in accts:
        fl.add(11, lambda d, y, name=name, iban=iban, cur=cur, cb=cb: (d.t(40, y, name, 8), d.t(190, y, iban, 8),
                                                                      d.t(400, y, cur, 8), d.t(550, y, fde(cb), 8, align="r")))
    fl.add(20, lambda d, y: None)
    for name, iban, cur, ob, cb, txs in accts:
        fl.add(14, lambda d, y, name=name: d.t(40, y, "Kontoauszug %s" % name, 10, True), keep=4)
        fl.add(16, lambda d, y, iban=iban, cur=cur: (d.t(40, y, "IBAN %s" % iban, 8), d.t(300, y, "Kontowährung %s" % cur, 8)))

        def colhead(d, y, cur=cur):
            d.t(40, y, "Buchungstag", 7, True); d.t(100, y, "Wert", 7, True); d.t(150, y, "Erläuterung", 7, True)
            d.t(470, y, "Soll %s" % cur, 7, True, "r"); d.t(550, y, "Haben %s" % cur, 7, True, "r")
        fl.add(13, colhead)
        fl.add(13, lambda d, y, ob=ob: (d.t(150, y, "Kontostand am %s" % (start - dt.timedelta(days=1)).strftime("%d.%m.%Y"), 8),
                                        d.t(550, y, fde(ob), 8, True, "r")))
        cont = (26, lambda d, y, name=name, colhead=colhead: (d.t(40, y, "Kontoauszug %s (Fortsetzung)" % name, 9, True), colhead(d, y - 13)))
        for t in txs:
            def dr(d, y, t=t):
                d.t(40, y, t["date"].strftime("%d.%m."), 8); d.t(100, y, t["date"].strftime("%d.%m."), 8)
                for k, l in enumerate(t["desc_lines"]): d.t(150, y - 10 * k, l, 8)
                d.t(470 if t["amount"] < 0 else 550, y, fde(abs(t["amount"])), 8, align="r")
            fl.add(10 * len(t["desc_lines"]) + 3, dr, cont)
        fl.add(30, lambda d, y, cb=cb: (d.t(150, y, "Kontostand am %s" % end.strftime("%d.%m.%Y"), 8, True),
                                        d.t(550, y, fde(cb), 8, True, "r")), cont)
    fl.render(os.path.join(OUT, stem + ".pdf"), header, footer)
    write_multi(stem, "hd_de_sparkasse", start, end,
                [{"account": "****" + a[1].replace(" ", "")[-4:], "currency": a[2], "ob": a[3], "cb": a[4], "txs": a[5],
                  "with_bal": False} for a in accts])


# ------------------------------------------------- 3 UK current + savings (sort code and account number per account)
UK_POOL = [("TESCO STORES 3012 CARD PAYMENT", 5, 90), ("TFL TRAVEL CH DIRECT DEBIT", 20, 120),
           ("BRITISH GAS DIRECT DEBIT", 45, 110), ("PRET A MANGER CARD PAYMENT", 3, 15),
           ("TRANSFER TO 07-04-36 87654321", 50, 400), ("COUNCIL TAX LBH STANDING ORDER", 140, 140)]
UK_CR = [("SALARY HARTWELL DESIGN LTD BGC", 2100, 2700), ("FASTER PAYMENT FROM E OKONJO", 20, 200)]


def uk(stem, seed, single=False, n_cur=20):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 6), dt.date(2025, 6, 5)
    cur = rows(rng, start, end, n_cur, UK_POOL, UK_CR, 0.15)
    sav = [] if single else rows(rng, start, end, 3, [("TRANSFER TO 07-04-36 12345678", 100, 300)],
                                 [("TRANSFER FROM 07-04-36 12345678", 50, 400)], 0.7)
    if not single:
        sav.append({"date": end, "desc": "INTEREST (GROSS)", "amount": D("4.86")})
    cob, sob = D("1204.66"), D("5300.00")
    ccb, scb = running(cur, cob), running(sav, sob)
    for t in cur + sav:
        t["desc_lines"] = wrap(t["desc"], 44)
    accts = [("FlexAccount", "12345678", cob, ccb, cur)]
    if not single:
        accts.append(("Flex Instant Saver", "87654321", sob, scb, sav))

    def header(d, p, n):
        y = d.H - 45
        d.t(40, y, "Nationwide", 12, True); d.t(d.W - 40, y, "Statement", 10, True, "r")
        d.t(d.W - 40, y - 13, "%s to %s" % (start.strftime("%d %B %Y"), end.strftime("%d %B %Y")), 8, align="r")
        d.t(d.W - 40, y - 24, "Page %d of %d" % (p, n), 7, align="r")
        return y - 45

    def footer(d, p, n):
        d.t(40, 30, "Nationwide Building Society is authorised by the Prudential Regulation Authority. Head Office: Swindon SN38 1NW.", 6)

    fl = Flow(A4, 60)
    fl.add(11, lambda d, y: d.t(40, y, "Ms Priya Raman", 8))
    fl.add(11, lambda d, y: d.t(40, y, "14 Wellesley Road", 8))
    fl.add(28, lambda d, y: d.t(40, y, "London E17 4QR", 8))
    for name, num, ob, cb, txs in accts:
        fl.add(16, lambda d, y, name=name: d.t(40, y, "Your %s" % name, 11, True), keep=4)
        fl.add(12, lambda d, y, num=num: d.t(40, y, "Sort code 07-04-36    Account number %s" % num, 8))
        fl.add(16, lambda d, y, ob=ob, cb=cb: d.t(40, y, "Start balance £%s    End balance £%s" % (fmt(ob), fmt(cb)), 8))

        def colhead(d, y):
            d.t(40, y, "Date", 7, True); d.t(100, y, "Description", 7, True)
            d.t(400, y, "£Out", 7, True, "r"); d.t(470, y, "£In", 7, True, "r"); d.t(555, y, "£Balance", 7, True, "r")
        fl.add(13, colhead)
        fl.add(12, lambda d, y, ob=ob: (d.t(40, y, start.strftime("%d %b"), 8), d.t(100, y, "Balance from statement", 8),
                                        d.t(555, y, fmt(ob), 8, align="r")))
        cont = (30, lambda d, y, name=name, num=num: (d.t(40, y, "Your %s  Account number %s  (continued)" % (name, num), 9, True), colhead(d, y - 16)))
        for t in txs:
            def dr(d, y, t=t):
                d.t(40, y, t["date"].strftime("%d %b"), 8)
                for k, l in enumerate(t["desc_lines"]): d.t(100, y - 10 * k, l, 8)
                d.t(400 if t["amount"] < 0 else 470, y, fmt(abs(t["amount"])), 8, align="r")
                d.t(555, y, fmt(t["bal"]), 8, align="r")
            fl.add(10 * len(t["desc_lines"]) + 3, dr, cont)
        fl.add(30, lambda d, y, cb=cb: (d.t(40, y, end.strftime("%d %b"), 8), d.t(100, y, "Balance carried forward", 8, True),
                                        d.t(555, y, fmt(cb), 8, True, "r")), cont)
    fl.render(os.path.join(OUT, stem + ".pdf"), header, footer)
    if single:
        write_truth(stem, "hd_uk_nationwide", "****5678", "GBP", start, end, cob, cur, True)
    else:
        write_multi(stem, "hd_uk_nationwide", start, end,
                    [{"account": "****" + a[1][-4:], "currency": "GBP", "ob": a[2], "cb": a[3], "txs": a[4]} for a in accts])


chase("hd_us_chase_combined", 8101)
chase("hd_us_chase_combined__pages", 8102, n_chk=42)
chase("hd_us_chase_checking", 8103, single=True)
sparkasse("hd_de_sparkasse_finanzstatus", 8201)
sparkasse("hd_de_sparkasse_finanzstatus__usd", 8202, usd=True)
uk("hd_uk_current_savings", 8301)
uk("hd_uk_current_savings__pages", 8302, n_cur=48)
uk("hd_uk_current", 8303, single=True)
