#!/usr/bin/python3
"""Generator jc: 4 unseen layouts x (base + 3 one-change variants), exact truth. Deterministic.

Bank of Maldives (MVR: an online statement drawn as an HTML table whose cells are CENTRED VERTICALLY on the row, so the
date, reference, amounts and balance stand on the middle line of a three-line description and BETWEEN the two lines of
a two-line one: Date "05 Jun 2025" / Description / Reference / Debit / Credit / Balance, Opening / Closing Balance rows;
a two-page variant, a foreign-currency variant with "USD 45.00 @ 15.4200" lines and one whose every description has two
lines), CIBC Caribbean (Bahamas, BSD: dates with no separator "05JUN25", Date / Description / Withdrawals / Deposits /
Balance, BALANCE BROUGHT FORWARD / CLOSING BALANCE rows; a two-page BALANCE CARRIED / BROUGHT FORWARD variant, an
overdrawn "-1,234.56" variant and a December-January variant "28DEC24" .. "05JAN25"), National Bank of Malawi (MWK:
Date "05/06/2025" / Description / Cheque No / Debit / Credit / Balance with "0.00" PRINTED IN THE EMPTY SIDE of every
row, BALANCE B/FWD / CLOSING BALANCE rows; a two-page C/FWD / B/FWD variant, an overdrawn variant and a variant with
SMS ALERT CHARGE and EXCISE DUTY rows of their own), Banco BAI (Angola, AOA, Portuguese: Data Mov. / Data Valor /
Descritivo / Saldo Anterior / Débito / Crédito / Saldo Actual, EACH ROW PRINTING THE BALANCE BEFORE IT as well as
after, "1.234.567,89", SALDO INICIAL / SALDO FINAL rows; a two-page "A TRANSPORTAR" / "TRANSPORTE" variant, an overdrawn
variant and a foreign-currency variant with "USD 45,00 CÂMBIO 912,3400" lines).

Truth choices: the opening, closing, carried and brought forward rows are no transactions; Bank of Maldives' Reference,
Malawi's Cheque No and BAI's Data Valor are not description or the row's date; a foreign-currency line joins its row's
description; a Malawi "0.00" is the empty side, no amount; Malawi's charge rows are transactions of their own; BAI's
Saldo Anterior is the balance before the row (the row's balance is its Saldo Actual); the account is the last four
digits of the number printed (BML's "7730000123456" "****3456", CIBC's "1002345678" "****5678", NBM's "1001234567"
"****4567", BAI's "1234 5678 101", which its IBAN holds, "****8101"); the currencies MVR, BSD, MWK, AOA.
"""
import datetime as dt
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4
from corpus_kit import (JUNE, balance_line, cf_lines, comma, fmt, footer_lines, fx_rows, make_txns, render,
                        row_truth_writer, running, set_desc_lines, statement_header)

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/jc/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)


# ---------------------------------------------------------------- 1 Bank of Maldives (MVR, vertically centred cells)
def bml(stem, seed, n=20, per_page=60, fx=False, two=False):
    rng = random.Random(seed)
    start, end = JUNE
    ob = D("8642.15")
    card = "CARD 4587XXXXXXXX2291"
    pool = [(["POS PURCHASE", "AGORA SUPERMARKET MALE", card], 45, 1200), (["ATM WITHDRAWAL", "BML HEAD OFFICE ATM"], 200, 3000),
            (["BILL PAYMENT STELCO", "ELECTRICITY ACC 0012{r}"], 180, 950), (["BILL PAYMENT MWSC WATER"], 90, 400),
            (["DHIRAAGU POSTPAID", "MOBILE 77{r}", "VIA BML MOBILE BANKING"], 150, 600),
            (["POS PURCHASE", "SEAGULL CAFE MALE", card], 60, 450), (["ACCOUNT MAINTENANCE FEE"], 15, 15),
            (["TRANSFER TO", "MOHAMED RASHEED", "7730000{r}"], 300, 5000)]
    cr = [(["TRANSFER FROM", "AISHATH NAZIMA", "7701000{r}"], 500, 6000), (["CASH DEPOSIT", "BML HULHUMALE BRANCH"], 1000, 8000)]
    txs = []
    for t in make_txns(rng, start, end, n, [(" | ".join(p[0]), p[1], p[2]) for p in pool],
                       [(" | ".join(c[0]), c[1], c[2]) for c in cr]):
        lines = t["desc"].split(" | ")
        if two and len(lines) != 2:  # every description on two lines: the other cells always between them
            lines = [" ".join(lines[:2]), lines[2]] if len(lines) == 3 else [lines[0], "VIA BML INTERNET BANKING"]
        txs.append({"date": t["date"], "lines": lines, "amount": t["amount"]})
    txs.append({"date": dt.date(2025, 6, 25), "lines": ["SALARY JUNE 2025", "MALDIVES AIRPORTS COMPANY LTD"],
                "amount": D("18450.00")})
    if fx:
        fx_rows(txs, [(dt.date(2025, 6, 6), "POS PURCHASE AMAZON.COM", "USD", "45.00", "15.4200"),
                      (dt.date(2025, 6, 15), "POS PURCHASE SINGAPORE AIRLINES", "USD", "212.40", "15.4200"),
                      (dt.date(2025, 6, 22), "ECOM PURCHASE BOOKING.COM", "EUR", "128.00", "17.9150")], "%s %s @ %s")
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 40)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        r = {"d": t["date"].strftime("%d %b %Y"), "desc": t["desc_lines"], "ref": "FT25%03d%05d" % (
            t["date"].timetuple().tm_yday, rng.randint(10000, 99999)), "b": fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        L = [("Account Name", "AHMED SHIFAN"), ("Account Number", "7730000123456"), ("Account Type", "SAVINGS ACCOUNT"),
             ("Currency", "MVR"), ("Statement Period", "01 Jun 2025 - 30 Jun 2025")]
        return statement_header(doc, p, L, 120, "Bank of Maldives",
                                "Bank of Maldives PLC · 11 Boduthakurufaanu Magu, Malé 20094, Republic of Maldives",
                                "ACCOUNT STATEMENT", "Page %d of %d" % (p, np_), logo_size=18)

    cols = [("Date", 40, "l", "d"), ("Description", 102, "l", "desc"), ("Reference", 282, "l", "ref"),
            ("Debit", 420, "r", "dr"), ("Credit", 487, "r", "cr"), ("Balance", 555, "r", "b")]
    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows,
           footer_lines("This is a computer generated statement. Please report any discrepancy within 30 days. Call 3330 200.",
                        "Bank of Maldives PLC is licensed by the Maldives Monetary Authority · www.bankofmaldives.com.mv"),
           lh=10, per_page=per_page, top_rows=[balance_line("Opening Balance", 102, fmt(ob))],
           bottom=balance_line("Closing Balance", 102, fmt(cb), dy=2),
           cf=cf_lines(rows, ("Balance Carried Forward", "Balance Brought Forward"), 102, 555), valign_middle=True)
    write(stem, "jc_mv_bml", "****3456", "MVR", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 CIBC Caribbean (Bahamas, BSD, "05JUN25")
def cibc(stem, seed, n=20, per_page=50, od=False, yearend=False):
    rng = random.Random(seed)
    start, end = (dt.date(2024, 12, 15), dt.date(2025, 1, 14)) if yearend else JUNE
    ob = D("-612.40") if od else D("3184.62")
    pool = [("POS PURCHASE SUPER VALUE CABLE BEACH", 15, 260), ("ABM WITHDRAWAL CIBC BAY STREET", 40, 400),
            ("BPL ELECTRICITY BILL PAYMENT", 90, 320), ("ALIV MOBILE TOP UP", 10, 50),
            ("POS PURCHASE SOLOMONS FRESH MARKET", 20, 300), ("MONTHLY SERVICE CHARGE", 7.5, 7.5),
            ("CHEQUE NO {r}", 60, 900), ("WSC WATER BILL PAYMENT", 25, 90)]
    cr = [("TRANSFER FROM ROLLE K", 50, 700), ("CASH DEPOSIT CIBC PALMDALE", 100, 1200)]
    txs = make_txns(rng, start, end, n, pool, cr)
    pay = dt.date(2024, 12, 27) if yearend else dt.date(2025, 6, 27)
    txs.append({"date": pay, "desc": "PAYROLL DEPOSIT BAHAMAS TELECOMMUNICATIONS", "amount": D("2845.30")})
    if od:
        txs.append({"date": start + dt.timedelta(days=1), "desc": "LOAN PAYMENT 0045871", "amount": D("-415.00")})
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 42)
    cb = running(txs, ob)

    def day(d):
        return d.strftime("%d%b%y").upper()

    rows = []
    for t in txs:
        r = {"d": day(t["date"]), "desc": t["desc_lines"], "b": fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = fmt(abs(t["amount"]))
        rows.append(r)

    def header(doc, p, np_):
        L = [("Account Name", "MR KEVIN ROLLE"), ("Account Number", "1002345678"), ("Transit", "09615"),
             ("Currency", "BSD - Bahamian Dollars"), ("Statement Period", "%s TO %s" % (day(start), day(end)))]
        return statement_header(doc, p, L, 120, "CIBC Caribbean",
                                "CIBC Caribbean Bank (Bahamas) Limited · Shirley Street, Nassau, The Bahamas",
                                "STATEMENT OF ACCOUNT", "Page %d of %d" % (p, np_), logo_size=18)

    cols = [("Date", 40, "l", "d"), ("Description", 95, "l", "desc"), ("Withdrawals", 400, "r", "dr"),
            ("Deposits", 478, "r", "cr"), ("Balance", 555, "r", "b")]
    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows,
           footer_lines("Please examine this statement promptly and report any error within 30 days. CIBC Caribbean 242-302-6000.",
                        "CIBC Caribbean Bank (Bahamas) Limited is licensed by the Central Bank of The Bahamas."),
           lh=10, per_page=per_page, top_rows=[balance_line("BALANCE BROUGHT FORWARD", 95, fmt(ob), date=day(start))],
           bottom=balance_line("CLOSING BALANCE", 95, fmt(cb), dy=2, date=day(end)),
           cf=cf_lines(rows, ("BALANCE CARRIED FORWARD", "BALANCE BROUGHT FORWARD"), 95, 555))
    write(stem, "jc_bs_cibc", "****5678", "BSD", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 National Bank of Malawi (MWK, "0.00" sides)
def nbm(stem, seed, n=20, per_page=50, od=False, charges=False):
    rng = random.Random(seed)
    start, end = JUNE
    ob = D("-184250.00") if od else D("1246830.55")
    pool = [("POS PURCHASE SHOPRITE LILONGWE", 8000, 180000), ("ATM WITHDRAWAL NBM CAPITAL CITY", 20000, 300000),
            ("ESCOM PREPAID TOKEN 0{r}", 10000, 60000), ("AIRTEL MONEY TRANSFER 099{r}", 5000, 150000),
            ("CHEQUE PAYMENT", 50000, 600000), ("LEDGER FEES", 3500, 3500),
            ("POS PURCHASE CHIPIKU PLUS AREA 3", 5000, 90000)]
    cr = [("TRANSFER FROM BANDA C", 20000, 400000), ("CASH DEPOSIT NBM VICTORIA AVENUE", 50000, 500000)]
    base = make_txns(rng, start, end, n, pool, cr)
    base.append({"date": dt.date(2025, 6, 26), "desc": "SALARY JUNE 2025 ILLOVO SUGAR MALAWI", "amount": D("1845600.00")})
    if od:
        base.append({"date": dt.date(2025, 6, 2), "desc": "LOAN REPAYMENT 0045871", "amount": D("-250000.00")})
    base.sort(key=lambda t: t["date"])
    txs = []
    for t in base:  # the bank debits its SMS alert charge and the excise duty on it as rows of their own
        txs.append(t)
        if charges and t["desc"].startswith(("AIRTEL MONEY", "ATM WITHDRAWAL")):
            txs.append({"date": t["date"], "desc": "SMS ALERT CHARGE", "amount": D("-150.00")})
            txs.append({"date": t["date"], "desc": "EXCISE DUTY", "amount": D("-15.00")})
    set_desc_lines(txs, 36)
    cb = running(txs, ob)
    rows = []
    for t in txs:
        a = fmt(abs(t["amount"]))
        r = {"d": t["date"].strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": fmt(t["bal"]),
             "dr": a if t["amount"] < 0 else "0.00", "cr": "0.00" if t["amount"] < 0 else a}
        if t["desc"] == "CHEQUE PAYMENT": r["chq"] = "%06d" % rng.randint(100, 999)
        rows.append(r)

    def header(doc, p, np_):
        L = [("Account Name", "MR CHIKONDI PHIRI"), ("Account No", "1001234567"), ("Currency", "MWK"),
             ("Branch", "Capital City, Lilongwe"), ("Period", "01/06/2025 to 30/06/2025")]
        return statement_header(doc, p, L, 110, "National Bank of Malawi",
                                "National Bank of Malawi plc · Victoria Avenue, P.O. Box 945, Blantyre, Malawi",
                                "STATEMENT OF ACCOUNT", "Page %d of %d" % (p, np_), logo_size=18)

    cols = [("Date", 40, "l", "d"), ("Description", 95, "l", "desc"), ("Cheque No", 290, "l", "chq"),
            ("Debit", 410, "r", "dr"), ("Credit", 482, "r", "cr"), ("Balance", 555, "r", "b")]
    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows,
           footer_lines("Please check this statement and notify the bank of any discrepancy within 14 days. Call 1500.",
                        "National Bank of Malawi plc is regulated by the Reserve Bank of Malawi · www.natbank.co.mw"),
           lh=10, per_page=per_page, top_rows=[balance_line("BALANCE B/FWD", 95, fmt(ob), date="01/06/2025")],
           bottom=balance_line("CLOSING BALANCE", 95, fmt(cb), dy=2, date="30/06/2025"),
           cf=cf_lines(rows, ("BALANCE C/FWD", "BALANCE B/FWD"), 95, 555))
    write(stem, "jc_mw_nbm", "****4567", "MWK", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 4 Banco BAI (Angola, AOA, balance before each row)
def bai(stem, seed, n=20, per_page=50, od=False, fx=False):
    rng = random.Random(seed)
    start, end = JUNE
    ob = D("-85412.30") if od else D("684215.40")
    pool = [("COMPRA TPA SHOPRITE TALATONA", 4500, 95000), ("LEVANTAMENTO ATM BAI MAIANGA", 10000, 150000),
            ("PAGAMENTO ENDE ENERGIA REF {r}", 6000, 35000), ("PAGAMENTO EPAL AGUA", 3000, 15000),
            ("TRANSFERENCIA MULTICAIXA EXPRESS 923{r}", 5000, 120000), ("COMISSAO MANUTENCAO CONTA", 2500, 2500),
            ("COMPRA TPA KERO KILAMBA", 3000, 60000), ("IMPOSTO DE SELO", 75, 75)]
    cr = [("TRANSFERENCIA RECEBIDA DOMINGOS A", 15000, 250000), ("DEPOSITO NUMERARIO BALCAO MUTAMBA", 20000, 300000)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": dt.date(2025, 6, 25), "desc": "SALARIO JUNHO 2025 SONANGOL EP", "amount": D("1245800.00")})
    if fx:
        fx_rows(txs, [(dt.date(2025, 6, 7), "COMPRA INTERNET AMAZON.COM", "USD", "45,00", "912,3400"),
                      (dt.date(2025, 6, 14), "COMPRA TPA PICK N PAY WINDHOEK", "NAD", "812,40", "49,8150"),
                      (dt.date(2025, 6, 21), "COMPRA INTERNET TAAG RESERVAS", "EUR", "128,00", "1.061,2500")],
                "%s %s CÂMBIO %s")
    txs.sort(key=lambda t: t["date"])
    set_desc_lines(txs, 28)
    cb = running(txs, ob)
    rows, before = [], ob
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 0, 1]))
        r = {"d": t["date"].strftime("%d-%m-%Y"), "v": vd.strftime("%d-%m-%Y"), "desc": t["desc_lines"],
             "sa": comma(before), "b": comma(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = comma(abs(t["amount"]))
        rows.append(r)
        before = t["bal"]

    def header(doc, p, np_):
        L = [("Titular", "JOAQUIM MANUEL DOS SANTOS"), ("Conta N.º", "1234 5678 101"),
             ("IBAN", "AO06 0040 0000 1234 5678 1012 3"), ("Moeda", "AOA (Kwanza)"),
             ("Período", "01-06-2025 a 30-06-2025")]
        return statement_header(doc, p, L, 100, "Banco BAI",
                                "Banco Angolano de Investimentos, S.A. · Complexo Garden Towers, Talatona, Luanda",
                                "EXTRACTO DE CONTA À ORDEM", "Página %d de %d" % (p, np_), logo_size=18)

    cols = [("Data Mov.", 40, "l", "d"), ("Data Valor", 92, "l", "v"), ("Descritivo", 146, "l", "desc"),
            ("Saldo Anterior", 348, "r", "sa"), ("Débito", 416, "r", "dr"), ("Crédito", 484, "r", "cr"),
            ("Saldo Actual", 555, "r", "b")]
    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows,
           footer_lines("Verifique este extracto. Qualquer reclamação deve ser apresentada no prazo de 30 dias. BAI Directo 923 190 870.",
                        "Banco BAI · Sociedade Anónima · supervisionado pelo Banco Nacional de Angola · www.bancobai.ao"),
           lh=10, per_page=per_page, top_rows=[balance_line("SALDO INICIAL", 146, comma(ob))],
           bottom=balance_line("SALDO FINAL", 146, comma(cb), dy=2),
           cf=cf_lines(rows, ("A TRANSPORTAR", "TRANSPORTE"), 146, 555))
    write(stem, "jc_ao_bai", "****8101", "AOA", start, end, ob, cb, txs)


bml("jc_mv_bml", 3001, 20)
bml("jc_mv_bml__pages", 3002, 40, per_page=44)
bml("jc_mv_bml__fx", 3003, 16, fx=True)
bml("jc_mv_bml__two", 3004, 18, two=True)
cibc("jc_bs_cibc", 3011, 20)
cibc("jc_bs_cibc__pages", 3012, 44, per_page=24)
cibc("jc_bs_cibc__overdraft", 3013, 18, od=True)
cibc("jc_bs_cibc__yearend", 3014, 20, yearend=True)
nbm("jc_mw_nbm", 3021, 20)
nbm("jc_mw_nbm__pages", 3022, 44, per_page=24)
nbm("jc_mw_nbm__overdraft", 3023, 18, od=True)
nbm("jc_mw_nbm__charges", 3024, 18, charges=True)
bai("jc_ao_bai", 3031, 20)
bai("jc_ao_bai__pages", 3032, 44, per_page=24)
bai("jc_ao_bai__overdraft", 3033, 18, od=True)
bai("jc_ao_bai__fx", 3034, 16, fx=True)
