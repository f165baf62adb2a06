#!/usr/bin/python3
"""Generator jb: 4 unseen layouts x (base + 3 one-change variants), exact truth. Deterministic.

Millennium bim (Mozambique, MZN, Portuguese: Data Mov. / Data Valor / Descritivo / Montante / D/C / Saldo / D/C, one
unsigned amount column whose side is the "D" or "C" in a narrow column of its own, and the balance's side likewise,
"1.234,56", "05-06-2025", SALDO INICIAL / SALDO FINAL rows with their own D/C, a Total a Débito / a Crédito line; a
two-page "A TRANSPORTAR" / "TRANSPORTE" variant, an overdrawn variant (every balance "D") and a foreign-currency
variant with "USD 45,00 CÂMBIO 63,8900" lines), Bank of Kigali (Rwanda, RWF, whole francs with the currency code AFTER
every amount and balance "12,500 RWF": Posting Date / Value Date "05-JUN-2025" / Narration / Debit / Credit / Balance,
Opening / Closing Balance rows; a two-page Balance C/F / B/F variant, an overdrawn "-45,000 RWF" variant and a variant
with a transfer fee row of its own after each mobile transfer), Spuerkeess (Luxembourg, EUR, French: the booking and
value date in ONE cell "05.06 / 06.06" under "Date / Valeur", no year on a row, Libellé / Débit / Crédit / Solde,
"1.234,56", Ancien solde / Nouveau solde rows; a two-page "A reporter" / "Report" variant, an overdrawn variant with
trailing-minus balances "412,35-" and a foreign-currency variant with "USD 45,00 cours 1,0823" lines), HFC Bank (Fiji,
FJD: Date "05/06/25" / Br (a three-digit branch number, "012") / Transaction Details / Code (POS, ATM, DD, CHQ, DEP,
FEE) / Debit / Credit / Balance, OPENING / CLOSING BALANCE rows; a two-page variant, an overdrawn variant with "DR"
balances and a wrapped-description variant).

Truth choices: the opening, closing, carried and brought forward rows and the totals are no transactions; bim's Data
Valor, Spuerkeess's value date (the second date of the cell) and Kigali's Value Date are no row's date; HFC's Br and
Code are not description; a foreign-currency line joins its row's description; Kigali's fee rows are transactions of
their own; the account is the last four digits of the number printed (bim's "123456789" "****6789", Kigali's
"00040-0123456-78" "****5678", Spuerkeess's "LU28 0019 4006 4475 3000" "****3000", HFC's "201234567" "****4567");
the currencies MZN, RWF (whole francs), EUR, FJD.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import (JUNE, balance_line, cf_lines, comma, fmt, footer_lines, fx_rows, make_txns, render,
                        row_truth_writer, running, set_desc_lines, statement_header, sums)

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/jb/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
pt = comma


# ---------------------------------------------------------------- 1 Millennium bim (Mozambique, MZN, D/C columns)
def bim(stem, seed, n=20, per_page=50, od=False, fx=False):
    rng = random.Random(seed)
    start, end = JUNE
    ob = D("-3412.60") if od else D("18462.35")
    pool = [("COMPRA POS SHOPRITE JULIUS NYERERE", 150, 3200), ("LEVANTAMENTO ATM BIM AV 24 DE JULHO", 500, 6000),
            ("PAGAMENTO EDM CREDELEC", 250, 1500), ("PAGAMENTO ADRMM AGUA", 300, 900),
            ("TRANSFERENCIA M-PESA 84{r}", 200, 5000), ("COMISSAO MANUTENCAO CONTA", 150, 150),
            ("COMPRA POS PETROMOC SOMMERSCHIELD", 800, 2500), ("IMPOSTO DE SELO", 6, 6)]
    cr = [("TRANSFERENCIA RECEBIDA MACUACUA J", 500, 8000), ("DEPOSITO NUMERARIO BALCAO BAIXA", 1000, 15000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 25), "desc": "SALARIO JUNHO 2025 CORNELDER DE MOCAMBIQUE", "amount": D("42850.00")})
    if fx:
        fx_rows(txs, [(dt.date(2025, 6, 7), "COMPRA INTERNET AMAZON.COM", "USD", "45,00", "63,8900"),
                      (dt.date(2025, 6, 14), "COMPRA POS CHECKERS NELSPRUIT", "ZAR", "812,40", "3,5120"),
                      (dt.date(2025, 6, 21), "COMPRA INTERNET BOOKING.COM", "EUR", "128,00", "72,4150")], "%s %s CÂMBIO %s")
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 44)
    cb = running(txs, ob)
    out_, in_ = sums(txs)

    def dc(v):
        return "D" if v < 0 else "C"

    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
        rows.append({"d": t["date"].strftime("%d-%m-%Y"), "v": vd.strftime("%d-%m-%Y"), "desc": t["desc_lines"],
                     "a": pt(abs(t["amount"])), "ad": dc(t["amount"]), "b": pt(abs(t["bal"])), "bd": dc(t["bal"])})

    def header(doc, p, np_):
        L = [("Titular", "ANA LUCIA MACUACUA"), ("Conta N.º", "123456789"), ("NIB", "0001 0000 0012 3456 789 57"),
             ("Moeda", "MZN"), ("Período", "01-06-2025 a 30-06-2025"), ("Balcão", "Av. 24 de Julho, Maputo")]
        return statement_header(doc, p, L, 100, "Millennium bim",
                                "Banco Internacional de Moçambique, S.A. · Av. 25 de Setembro 1800, Maputo",
                                "EXTRACTO DE CONTA", "Página %d de %d" % (p, np_), logo_size=18)

    cols = [("Data Mov.", 40, "l", "d"), ("Data Valor", 92, "l", "v"), ("Descritivo", 146, "l", "desc"),
            ("Montante", 420, "r", "a"), ("D/C", 428, "l", "ad"), ("Saldo", 530, "r", "b"), ("D/C", 538, "l", "bd")]

    def line(doc, y, label, v):
        doc.t(146, y, label, 8, True); doc.t(530, y, pt(abs(v)), 8, True, "r"); doc.t(538, y, dc(v), 8, True)

    def top(doc, y):
        line(doc, y, "SALDO INICIAL", ob)
        return y - 13

    def bottom(doc, y):
        doc.c.line(330, y + 6, 555, y + 6)
        doc.t(146, y - 4, "TOTAL A DÉBITO", 8, True); doc.t(420, y - 4, pt(out_), 8, True, "r"); doc.t(428, y - 4, "D", 8, True)
        doc.t(146, y - 16, "TOTAL A CRÉDITO", 8, True); doc.t(420, y - 16, pt(in_), 8, True, "r")
        doc.t(428, y - 16, "C", 8, True)
        line(doc, y - 29, "SALDO FINAL", cb)
        return y - 42

    footer = footer_lines("Verifique este extracto. Reclamações no prazo de 30 dias. Linha Millennium bim: 82 / 84 / 86 3500.",
                          "Millennium bim · Sociedade Anónima · NUIT 400000254 · www.millenniumbim.co.mz")

    def cf(doc, y, r, kind):
        src = r if kind == "cf" else rows[rows.index(r) - 1]
        doc.t(146, y, "A TRANSPORTAR" if kind == "cf" else "TRANSPORTE", 8, True)
        doc.t(530, y, src["b"], 8, True, "r"); doc.t(538, y, src["bd"], 8, True)
        return y - 13

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf)
    write(stem, "jb_mz_bim", "****6789", "MZN", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Bank of Kigali (Rwanda, RWF, "12,500 RWF")
def rwf(v):
    return fmt(v, nd=0) + " RWF"


def bk(stem, seed, n=20, per_page=50, od=False, fees=False):
    rng = random.Random(seed)
    start, end = JUNE
    ob = D("-45000") if od else D("384250")
    pool = [("POS PURCHASE SIMBA SUPERMARKET KIGALI", 3000, 85000), ("ATM WITHDRAWAL BK KIMIHURURA", 10000, 200000),
            ("IREMBO PAYMENT REF {r}", 1500, 25000), ("MOBILE TRANSFER TO MTN MOMO 0788{r}", 5000, 150000),
            ("CASH POWER REG 0{r}", 5000, 40000), ("MONTHLY ACCOUNT MAINTENANCE FEE", 2000, 2000),
            ("POS PURCHASE KIGALI HEIGHTS CAFE", 2500, 18000)]
    cr = [("TRANSFER FROM UWIMANA J", 10000, 250000), ("CASH DEPOSIT BK NYABUGOGO", 20000, 300000)]
    base = make_txns(rng, start, end, n, pool, cr)
    for t in base: t["amount"] = t["amount"].quantize(D(1))
    base.append({"date": dt.date(2025, 6, 26), "desc": "SALARY JUNE 2025 RWANDA ENERGY GROUP LTD", "amount": D("865400")})
    if od:
        base.append({"date": dt.date(2025, 6, 2), "desc": "LOAN REPAYMENT SALARY ADVANCE 0045871", "amount": D("-120000")})
    base.sort(key=lambda t: t["date"])
    txs = []
    for t in base:  # a mobile transfer's charge is a debit of its own, as Kigali's statements print it
        txs.append(t)
        if fees and t["desc"].startswith("MOBILE TRANSFER"):
            txs.append({"date": t["date"], "desc": "TRANSFER CHARGE MOBILE BANKING", "amount": D("-500")})
    set_desc_lines(txs, 36)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1]))
        r = {"d": t["date"].strftime("%d-%b-%Y").upper(), "v": vd.strftime("%d-%b-%Y").upper(), "desc": t["desc_lines"],
             "b": rwf(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = rwf(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        L = [("Account Name", "MUGISHA JEAN PAUL"), ("Account No", "00040-0123456-78"), ("Currency", "RWF"),
             ("Period", "01-JUN-2025 TO 30-JUN-2025"), ("Branch", "Kimihurura")]
        return statement_header(doc, p, L, 115, "Bank of Kigali",
                                "Bank of Kigali Plc · KN 4 Ave, Plot 6112, Kigali, Rwanda",
                                "ACCOUNT STATEMENT", "Page %d of %d" % (p, np_), logo_size=18)

    cols = [("Posting Date", 40, "l", "d"), ("Value Date", 100, "l", "v"), ("Narration", 160, "l", "desc"),
            ("Debit", 425, "r", "dr"), ("Credit", 492, "r", "cr"), ("Balance", 555, "r", "b")]

    top = balance_line("Opening Balance", 160, rwf(ob), date="01-JUN-2025")
    bottom = balance_line("Closing Balance", 160, rwf(cb), date="30-JUN-2025")

    footer = footer_lines("Please examine this statement and report any discrepancy within 30 days. Call centre 4455.",
                          "Bank of Kigali Plc is regulated by the National Bank of Rwanda · www.bk.rw")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf_lines(rows, ("Balance C/F", "Balance B/F"), 160, 555))
    write(stem, "jb_rw_bk", "****5678", "RWF", start, end, ob, cb, txs, nd=0)


# ---------------------------------------------------------------- 3 Spuerkeess (Luxembourg, EUR, "05.06 / 06.06")
def bcee_bal(v, trailing):
    return (pt(abs(v)) + "-") if (trailing and v < 0) else pt(v)


def bcee(stem, seed, n=20, per_page=50, od=False, fx=False):
    rng = random.Random(seed)
    start, end = JUNE
    ob = D("-412.35") if od else D("4186.90")
    pool = [("PAIEMENT CARTE V PAY CACTUS HOWALD", 12, 180), ("RETRAIT BANCOMAT SPUERKEESS GARE", 40, 300),
            ("DOMICILIATION ENOVOS LUXEMBOURG", 60, 140), ("DOMICILIATION POST TELECOM", 25, 70),
            ("PAIEMENT CARTE V PAY DELHAIZE BELAIR", 10, 150), ("FRAIS DE GESTION DE COMPTE", 3.5, 3.5),
            ("ORDRE PERMANENT LOYER JUIN SCI KIRCHBERG", 1450, 1450), ("PAIEMENT DIGICASH BOULANGERIE FISCHER", 3, 25)]
    cr = [("VIREMENT DE WEBER LAURA", 30, 400), ("VIREMENT DE CAISSE NATIONALE SANTE", 20, 180)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 27), "desc": "VIREMENT SALAIRE JUIN 2025 ARCELORMITTAL", "amount": D("4812.55")})
    if fx:
        fx_rows(txs, [(dt.date(2025, 6, 6), "PAIEMENT CARTE VISA AMAZON.COM", "USD", "45,00", "1,0823"),
                      (dt.date(2025, 6, 16), "PAIEMENT CARTE VISA BOOKING LONDON", "GBP", "212,40", "0,8461"),
                      (dt.date(2025, 6, 23), "PAIEMENT CARTE VISA MIGROS GENEVE", "CHF", "68,90", "0,9412")], "%s %s cours %s",
                divide=True)
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 46)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        r = {"d": "%s / %s" % (t["date"].strftime("%d.%m"), vd.strftime("%d.%m")), "desc": t["desc_lines"],
             "b": bcee_bal(t["bal"], od)}
        r["dr" if t["amount"] < 0 else "cr"] = pt(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        L = [("Titulaire", "M. LUC HOFFMANN"), ("Compte", "LU28 0019 4006 4475 3000"), ("Devise", "EUR"),
             ("Période", "du 01.06.2025 au 30.06.2025"), ("Extrait n°", "6 / 2025")]
        return statement_header(doc, p, L, 100, "Spuerkeess",
                                "Banque et Caisse d'Epargne de l'Etat, Luxembourg · 1, Place de Metz, L-2954 Luxembourg",
                                "EXTRAIT DE COMPTE COURANT", "Page %d / %d" % (p, np_), logo_size=18)

    cols = [("Date / Valeur", 40, "l", "d"), ("Libellé", 118, "l", "desc"), ("Débit", 400, "r", "dr"),
            ("Crédit", 478, "r", "cr"), ("Solde", 555, "r", "b")]

    top = balance_line("Ancien solde au 31.05.2025", 118, bcee_bal(ob, od))
    bottom = balance_line("Nouveau solde au 30.06.2025", 118, bcee_bal(cb, od), dy=2)

    footer = footer_lines("Toute réclamation relative à cet extrait doit nous parvenir dans les 30 jours. Tél. (+352) 4015-1.",
                          "Spuerkeess · BIC BCEELULL · R.C.S. Luxembourg B30775 · www.spuerkeess.lu")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf_lines(rows, ("A reporter", "Report"), 118, 555))
    write(stem, "jb_lu_spuerkeess", "****3000", "EUR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 HFC Bank (Fiji, FJD, branch and code columns)
def hfc_bal(v):
    return (fmt(abs(v)) + " DR") if v < 0 else fmt(v)


def hfc(stem, seed, n=20, per_page=50, od=False, wrapped=False):
    rng = random.Random(seed)
    start, end = JUNE
    ob = D("-218.40") if od else D("2146.85")
    pool = [("EFTPOS MH SUPERMARKET SUVA", 10, 220, "POS"), ("ATM WITHDRAWAL HFC VICTORIA PARADE", 20, 400, "ATM"),
            ("EFL ELECTRICITY DIRECT DEBIT", 40, 160, "DD"), ("VODAFONE FIJI DIRECT DEBIT", 15, 60, "DD"),
            ("CHEQUE {r}", 80, 600, "CHQ"), ("ACCOUNT SERVICE FEE", 5, 5, "FEE"),
            ("EFTPOS TAPPOO CITY SUVA", 15, 250, "POS")]
    cr = [("DEPOSIT HFC NADI BRANCH", 50, 800, "DEP"), ("TRANSFER FROM RATU S", 20, 300, "DEP")]
    code = {p[0]: p[3] for p in pool + cr}
    txs = make_txns(rng, start, end, n, [p[:3] for p in pool], [p[:3] for p in cr])
    for t in txs: t["code"] = code.get(t["desc"], "CHQ")
    txs.append({"date": dt.date(2025, 6, 13), "desc": "SALARY FIJI AIRWAYS LIMITED", "amount": D("1842.60"), "code": "DEP"})
    if od:
        txs.append({"date": dt.date(2025, 6, 2), "desc": "LOAN REPAYMENT 0045871", "amount": D("-365.00"), "code": "DD"})
    if wrapped:
        for d, lines, amt, c in [(dt.date(2025, 6, 9), ["INTERNET BANKING TRANSFER TO WESTPAC", "NAIDU R SCHOOL FEES TERM 2",
                                                         "SUVA GRAMMAR SCHOOL"], D("-640.00"), "DD"),
                                 (dt.date(2025, 6, 19), ["INWARD TELEGRAPHIC TRANSFER FROM", "ANZ AUCKLAND NZD 500.00",
                                                          "RATE 0.7412"], D("674.58"), "DEP")]:
            txs.append({"date": d, "lines": lines, "amount": amt, "code": c})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 40)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d/%m/%y"), "br": rng.choice(["012", "012", "031", "044"]), "desc": t["desc_lines"],
             "c": t["code"], "b": hfc_bal(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        L = [("Account Name", "MR RAJESH NAIDU"), ("Account Number", "201234567"), ("Account Type", "EVERYDAY ACCOUNT"),
             ("Currency", "FJD"), ("Statement Period", "01/06/2025 to 30/06/2025")]
        return statement_header(doc, p, L, 130, "HFC Bank",
                                "HFC Bank · 371 Victoria Parade, Suva, Fiji",
                                "STATEMENT OF ACCOUNT", "Page %d of %d" % (p, np_))

    cols = [("Date", 40, "l", "d"), ("Br", 86, "l", "br"), ("Transaction Details", 112, "l", "desc"),
            ("Code", 318, "l", "c"), ("Debit", 410, "r", "dr"), ("Credit", 480, "r", "cr"), ("Balance", 555, "r", "b")]

    top = balance_line("OPENING BALANCE", 112, hfc_bal(ob))
    bottom = balance_line("CLOSING BALANCE", 112, hfc_bal(cb), dy=2)

    footer = footer_lines("Please check your statement and advise us of any error within 14 days. HFC Bank 330 7011.",
                          "HFC Bank is licensed by the Reserve Bank of Fiji · www.hfc.com.fj")

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, top_rows=[top],
           bottom=bottom, cf=cf_lines(rows, ("BALANCE CARRIED FORWARD", "BALANCE BROUGHT FORWARD"), 112, 555))
    write(stem, "jb_fj_hfc", "****4567", "FJD", start, end, ob, cb, txs)


bim("jb_mz_bim", 2901, 20)
bim("jb_mz_bim__pages", 2902, 44, per_page=24)
bim("jb_mz_bim__overdraft", 2903, 18, od=True)
bim("jb_mz_bim__fx", 2904, 16, fx=True)
bk("jb_rw_bk", 2911, 20)
bk("jb_rw_bk__pages", 2912, 44, per_page=24)
bk("jb_rw_bk__overdraft", 2913, 18, od=True)
bk("jb_rw_bk__fees", 2914, 18, fees=True)
bcee("jb_lu_spuerkeess", 2921, 20)
bcee("jb_lu_spuerkeess__pages", 2922, 44, per_page=24)
bcee("jb_lu_spuerkeess__overdraft", 2923, 18, od=True)
bcee("jb_lu_spuerkeess__fx", 2924, 16, fx=True)
hfc("jb_fj_hfc", 2931, 20)
hfc("jb_fj_hfc__pages", 2932, 44, per_page=24)
hfc("jb_fj_hfc__overdraft", 2933, 18, od=True)
hfc("jb_fj_hfc__wrapped", 2934, 36, per_page=24, wrapped=True)
