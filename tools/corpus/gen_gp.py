#!/usr/bin/python3
"""Generator gp: 6 untuned layouts x (base + 1 variant), exact truth. Deterministic."""
import json, os, random, sys, datetime as dt
from decimal import Decimal as D
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
from corpus_kit import Doc, day, fmt, make_txns, render, truth_writer, wrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gp/gen"
os.makedirs(OUT, exist_ok=True)
write_truth = truth_writer(OUT)
C2 = D("0.01")


def write_truth2(stem, family, acct, cur, ps, pe, ob, cb, txs):
    """txs carry desc_lines, amount, and 'bal' (printed balance) or no 'bal'."""
    tr = []
    for t in txs:
        e = {"date": t["date"].isoformat(), "description": " ".join(" ".join(t["desc_lines"]).split()),
             "amount": str(t["amount"].quantize(C2))}
        if t.get("bal") is not None: e["balance"] = str(t["bal"].quantize(C2))
        tr.append(e)
    assert (D(ob) + sum(t["amount"] for t in txs)).quantize(C2) == D(cb).quantize(C2), stem
    j = {"file": stem + ".pdf", "family": family, "kind": "statement", "account": acct, "currency": cur,
         "period_start": day(ps), "period_end": pe.isoformat(), "opening_balance": str(D(ob).quantize(C2)),
         "closing_balance": str(D(cb).quantize(C2)), "transactions": tr}
    json.dump(j, open(os.path.join(OUT, stem + ".json"), "w"), ensure_ascii=False, indent=1)


def mon(d):
    return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]


# ---------------------------------------------------------------- 1 Bank of Ireland current account
def boi(stem, seed, n=24, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 28), ob=D("1843.27"), per_page=48):
    rng = random.Random(seed)
    pool = [("POS TESCO STORES 3270", 8, 140), ("POS CENTRA RANELAGH", 3, 25), ("D/D ELECTRIC IRELAND", 60, 140),
            ("D/D VHI HEALTHCARE", 90, 130), ("365 ONLINE TO JOHN MURPHY", 20, 300), ("ATM WITHDRAWAL DAME ST", 20, 200),
            ("POS LEAP CARD TOP UP", 10, 40), ("CONTACTLESS INSOMNIA COFFEE", 3.5, 9), ("S/O CREDIT UNION SAVINGS", 100, 100),
            ("POS AMAZON MKTPLACE PMTS LUXEMBOURG CARD 4471 FOREIGN TXN FEE INCL", 12, 90)]
    cr = [("LODGEMENT 365 ONLINE FROM SARAH KELLY", 30, 250)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": start + dt.timedelta(days=24), "desc": "CREDIT TRANSFER ACCENTURE SALARY JUN", "amount": D("3142.60")})
    txs.sort(key=lambda t: t["date"])
    rows, bal = [], ob
    rows.append({"d": start.strftime("%d %b %Y"), "desc": ["BALANCE FORWARD"], "b": fmt(ob)})
    for i, t in enumerate(txs):
        bal += t["amount"]
        t["desc_lines"] = wrap(t["desc"], 38)
        r = {"desc": t["desc_lines"]}
        if i == 0 or txs[i - 1]["date"] != t["date"]:
            r["d"] = t["date"].strftime("%d %b %Y")
        if t["amount"] < 0: r["o"] = fmt(-t["amount"])
        else: r["i"] = fmt(t["amount"])
        if i == len(txs) - 1 or txs[i + 1]["date"] != t["date"]:
            r["b"] = fmt(bal); t["bal"] = bal
        rows.append(r)
    cb = bal
    debits = sum(-t["amount"] for t in txs if t["amount"] < 0); credits = sum(t["amount"] for t in txs if t["amount"] > 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Bank of Ireland", 18, True)
        doc.t(doc.W - 40, H - 45, "Statement of Account", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d of %d" % (p, np_), 8, align="r")
        doc.t(40, H - 62, "Branch  College Green, Dublin 2      NSC 90-00-17", 7)
        if p == 1:
            doc.t(40, H - 82, "MS AOIFE BRENNAN", 8); doc.t(40, H - 93, "14 LEINSTER ROAD", 8); doc.t(40, H - 104, "RATHMINES", 8)
            doc.t(40, H - 115, "DUBLIN 6  D06 X2K7", 8)
            doc.c.rect(320, H - 150, 235, 78)
            doc.t(328, H - 82, "Your account name   AOIFE BRENNAN", 8)
            doc.t(328, H - 94, "Account number   38112254", 8)
            doc.t(328, H - 106, "IBAN   IE29 BOFI 9000 1738 1122 54", 8)
            doc.t(328, H - 118, "BIC   BOFIIE2D", 8)
            doc.t(328, H - 130, "Statement date   %s" % end.strftime("%d %b %Y"), 8)
            doc.t(328, H - 142, "Statement number   112", 8)
            doc.t(40, H - 170, "Your Current Account transactions", 10, True)
            return H - 188
        doc.t(40, H - 80, "Account number 38112254 continued", 8)
        return H - 100

    cols = [("Date", 40, "l", "d"), ("Transaction details", 110, "l", "desc"), ("Payments - out", 385, "r", "o"),
            ("Payments - in", 465, "r", "i"), ("Balance", 555, "r", "b")]

    def cf(doc, y, row, kind):
        if kind == "cf":
            doc.t(110, y, "BALANCE FORWARD", 8, True); doc.t(555, y, fmt(row["_bal"]), 8, True, "r")
        else:
            doc.t(110, y, "BALANCE FORWARD", 8, True); doc.t(555, y, fmt(row["_bal0"]), 8, True, "r")
        return y - 13

    bal = ob
    for r, t in zip(rows[1:], txs):
        r["_bal0"] = bal; bal += t["amount"]; r["_bal"] = bal

    def bottom(doc, y):
        y -= 6
        doc.t(110, y, "Total payments out / in", 8, True); doc.t(385, y, fmt(debits), 8, True, "r"); doc.t(465, y, fmt(credits), 8, True, "r")
        doc.t(40, y - 28, "Bank of Ireland is regulated by the Central Bank of Ireland. Registered Office: 40 Mespil Road, Dublin 4.", 6)
        doc.t(40, y - 36, "Overdraft interest rate 11.85% variable. Please examine this statement and report any differences at once.", 6)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 20, "boi.com  •  365 Phone Banking 0818 365 365", 6)

    rows[0]["_bal"] = ob; rows[0]["_bal0"] = ob
    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=per_page, cf=cf, bottom=bottom)
    # the page prints only its "Statement date" (the end), no start: README's convention, period_start null
    write_truth2(stem, "GP_ie_boi", "****2254", "EUR", None, end, ob, cb, txs)


# ---------------------------------------------------------------- 2 Starling Bank UK
def starling(stem, seed, n=22, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("642.18"), big_rent=False):
    rng = random.Random(seed)
    pool = [("CARD", "Sainsbury's", 6, 80), ("CARD", "Pret A Manger", 3, 12), ("CARD", "TfL Travel Charge", 2.8, 14),
            ("DIRECT DEBIT", "Octopus Energy", 60, 120), ("DIRECT DEBIT", "Council Tax Lambeth", 140, 140),
            ("FASTER PAYMENT", "J Okafor Ref: dinner split", 10, 60), ("CARD", "Amazon.co.uk*2K4LM01", 5, 90),
            ("STANDING ORDER", "Landlord Ref: Flat 3 rent", 950, 950)]
    cr = [("FASTER PAYMENT", "M Patel Ref: concert tickets", 20, 90)]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        if rng.random() < 0.2: ty, desc, lo, hi = rng.choice(cr); sg = 1
        else: ty, desc, lo, hi = rng.choice(pool); sg = -1
        txs.append({"date": d, "type": ty, "desc": desc, "amount": sg * D(rng.randint(int(lo * 100), int(hi * 100))) / 100})
    txs.append({"date": start + dt.timedelta(days=27), "type": "FASTER PAYMENT", "desc": "ACME DIGITAL LTD Ref: SALARY JUNE 2024", "amount": D("2318.45")})
    if big_rent:
        txs.append({"date": start + dt.timedelta(days=1), "type": "STANDING ORDER", "desc": "Landlord Ref: Flat 3 rent", "amount": D("-1150.00")})
    txs.sort(key=lambda t: t["date"])

    def gbp(v):
        return ("-£" + fmt(-v)) if v < 0 else "£" + fmt(v)
    rows, bal = [], ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = wrap(t["desc"], 34)
        r = {"d": t["date"].strftime("%d/%m/%Y"), "ty": t["type"], "desc": t["desc_lines"], "b": gbp(bal)}
        if t["amount"] > 0: r["i"] = gbp(t["amount"])
        else: r["o"] = gbp(-t["amount"])
        rows.append(r)
    cb = bal
    mi = sum(t["amount"] for t in txs if t["amount"] > 0); mo = sum(-t["amount"] for t in txs if t["amount"] < 0)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Starling Bank", 18, True)
        doc.t(doc.W - 40, H - 45, "Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 75, "Mr Daniel Adeyemi", 8); doc.t(40, H - 86, "Flat 3, 27 Acre Lane", 8); doc.t(40, H - 97, "London SW2 5SP", 8)
            doc.t(40, H - 118, "Personal Account   Sort code 60-83-71   Account number 40917732", 8)
            doc.t(40, H - 130, "%s - %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.c.rect(330, H - 150, 225, 78)
            doc.t(338, H - 84, "Summary", 9, True)
            for i, (lab, v) in enumerate([("Opening balance", gbp(ob)), ("Money in", gbp(mi)), ("Money out", gbp(mo)), ("Closing balance", gbp(cb))]):
                doc.t(338, H - 100 - 12 * i, lab, 8, i == 3); doc.t(548, H - 100 - 12 * i, v, 8, i == 3, "r")
            return H - 175
        return H - 85

    cols = [("Date", 40, "l", "d"), ("Type", 95, "l", "ty"), ("Transaction", 180, "l", "desc"), ("In", 400, "r", "i"),
            ("Out", 475, "r", "o"), ("Balance", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 28, "Starling Bank Limited, 3rd Floor, 2 Finsbury Avenue, London EC2M 2PP. Registered in England and Wales No. 09092149.", 6)
        doc.t(40, 20, "Authorised by the Prudential Regulation Authority. Your eligible deposits are protected by the FSCS up to £85,000.", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=50)
    write_truth2(stem, "GP_uk_starling", "****7732", "GBP", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 3 Rakuten Card (Japanese)
def rakuten(stem, seed, n=18, start=dt.date(2024, 5, 1), end=dt.date(2024, 5, 31), prev=D("48620"), fx=False):
    rng = random.Random(seed)
    pool = [("セブン－イレブン　渋谷道玄坂店", 150, 1200), ("楽天市場　楽天ブックス", 800, 6000), ("ＪＲ東日本　モバイルＳｕｉｃａ", 1000, 5000),
            ("ファミリーマート　新宿三丁目店", 120, 900), ("東京電力エナジーパートナー", 6000, 11000), ("ＮＴＴドコモ　ご利用料金", 4000, 9000),
            ("スターバックス　コーヒー　渋谷店", 400, 1500), ("ユニクロ　渋谷道玄坂店", 1990, 8000), ("ＥＴＣ　首都高速道路", 600, 1800)]
    fxm = [("AMAZON.COM", "USD", D("157.20")), ("AIRBNB * HMABCD12", "USD", D("156.85")), ("BOOKING.COM", "EUR", D("169.40"))]
    days = (end - start).days
    txs = []
    for _ in range(n):
        d = start + dt.timedelta(days=rng.randint(0, days))
        m, lo, hi = rng.choice(pool)
        txs.append({"date": d, "desc": m, "amount": -D(rng.randint(lo, hi)), "who": rng.choice(["本人", "本人", "本人", "家族"])})
    if fx:
        for k, (m, c, rate) in enumerate(fxm):
            fa = D(rng.randint(1500, 12000)) / 100
            txs.append({"date": start + dt.timedelta(days=4 + 9 * k), "desc": m, "amount": -(fa * rate).quantize(D("1")), "who": "本人",
                        "fx": "%s %s 換算レート %s" % (c, fmt(fa), fmt(rate))})
    txs.sort(key=lambda t: t["date"])
    pay = {"date": start + dt.timedelta(days=26), "desc": "口座振替　ご入金ありがとうございました", "amount": prev, "who": ""}
    txs.insert([i for i, t in enumerate(txs) if t["date"] <= pay["date"]][-1] + 1, pay)

    def yen(v):
        return fmt(v, nd=0)
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]] + ([t["fx"]] if "fx" in t else [])
        r = {"d": t["date"].strftime("%Y/%m/%d"), "desc": t["desc_lines"], "w": t["who"]}
        if t is pay:
            r["a"] = "-" + yen(prev); r["t"] = "-" + yen(prev)
        else:
            r["m"] = "1回払い"; r["a"] = yen(-t["amount"]); r["f"] = "0"; r["t"] = yen(-t["amount"])
        rows.append(r)
    use = sum(-t["amount"] for t in txs if t is not pay)
    new = use  # previous bill paid in full

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "Rakuten Card　楽天カード", 16, True)
        doc.t(doc.W - 40, H - 45, "ご利用代金明細書", 12, True, "r")
        doc.t(doc.W - 40, H - 58, "%d / %d ページ" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 75, "〒150-0043", 8); doc.t(40, H - 86, "東京都渋谷区道玄坂２－１０－７", 8); doc.t(40, H - 97, "佐藤　健一　様", 9)
            doc.t(40, H - 118, "楽天カード（Ｍａｓｔｅｒｃａｒｄ）　カード番号　5379-****-****-4821", 8)
            doc.t(40, H - 130, "ご利用期間　%s～%s" % (start.strftime("%Y/%m/%d"), end.strftime("%Y/%m/%d")), 8)
            doc.t(40, H - 142, "お支払日　2024/06/27　（お引落口座　楽天銀行　第一営業支店）", 8)
            doc.c.rect(330, H - 150, 225, 82)
            for i, (lab, v) in enumerate([("前回ご請求額", prev), ("ご入金額", prev), ("今回ご利用額", use), ("今回ご請求額", new)]):
                doc.t(338, H - 82 - 15 * i, lab, 9, i == 3); doc.t(548, H - 82 - 15 * i, yen(v) + " 円", 9, i == 3, "r")
            doc.t(40, H - 170, "ご利用明細", 10, True)
            return H - 188
        return H - 85

    cols = [("ご利用日", 40, "l", "d"), ("ご利用店名・商品名", 100, "l", "desc"), ("ご利用者", 280, "l", "w"), ("支払方法", 322, "l", "m"),
            ("利用金額", 420, "r", "a"), ("支払手数料", 478, "r", "f"), ("支払総額", 555, "r", "t")]

    def bottom(doc, y):
        doc.t(322, y - 4, "合計", 8, True); doc.t(555, y - 4, yen(new), 8, True, "r")
        doc.t(40, y - 30, "楽天カード株式会社　東京都港区南青山２－６－２１　登録番号（関東財務局長）第０１２９９号", 6)
        doc.t(40, y - 40, "海外でのご利用は、当社所定の換算レートに事務処理経費を加えたレートで円換算しています。", 6)
        return y - 45

    def footer(doc, p, np_):
        doc.t(40, 20, "楽天カードコンタクトセンター　0570-66-6910", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=44, bottom=bottom,
           fonts=("HeiseiKakuGo-W5", "HeiseiKakuGo-W5"))
    write_truth2(stem, "GP_jp_rakuten_card", "****4821", "JPY", start, end, -prev, -new, txs)


# ---------------------------------------------------------------- 4 Nubank credit card (Brazil)
PTM = ["JAN", "FEV", "MAR", "ABR", "MAI", "JUN", "JUL", "AGO", "SET", "OUT", "NOV", "DEZ"]


def ptd(d):
    return "%02d %s" % (d.day, PTM[d.month - 1])


def nubank(stem, seed, n=22, start=dt.date(2024, 5, 5), end=dt.date(2024, 6, 4), prev=D("1234.56"), per_page=60):
    rng = random.Random(seed)
    pool = [("Uber *Trip", 9, 45), ("Ifood *Restaurante Sabor", 25, 110), ("Pag*Padariaboavista", 6, 40), ("Mercadolivre*Loja", 30, 300),
            ("Spotify", 21.90, 21.90), ("Posto Ipiranga Vila Mada", 80, 250), ("Drogasil 0412", 12, 90), ("Netflix.Com", 39.90, 39.90),
            ("Pao de Acucar 1123", 40, 400)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, [("Estorno Mercadolivre*Loja", 30, 120)])
    for (m, k, tot, a) in [("Magazine Luiza - Parcela 2/6", 3, 6, D("189.90")), ("Casas Bahia - Parcela 5/10", 7, 10, D("74.35"))]:
        txs.append({"date": start + dt.timedelta(days=k), "desc": m, "amount": -a})
    txs.append({"date": start + dt.timedelta(days=5), "desc": "Pagamento recebido", "amount": prev})
    txs.sort(key=lambda t: t["date"])

    def brl(v):
        return ("-R$ " + fmt(-v, ".", ",")) if v < 0 else "R$ " + fmt(v, ".", ",")
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        rows.append({"d": ptd(t["date"]), "desc": [t["desc"]], "a": brl(-t["amount"])})
    compras = sum(-t["amount"] for t in txs if t["amount"] < 0); cred = sum(t["amount"] for t in txs if t["amount"] > 0 and t["desc"] != "Pagamento recebido")
    total = prev - prev + compras - cred

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "nu", 22, True)
        doc.t(doc.W - 40, H - 45, "FATURA %s 2024" % PTM[(end + dt.timedelta(days=10)).month - 1], 11, True, "r")
        doc.t(doc.W - 40, H - 58, "%d de %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 75, "Olá, Mariana Souza Lima", 9)
            doc.t(40, H - 88, "Data do vencimento: 14 JUN 2024      Emissão e envio: 05 JUN 2024", 8)
            doc.t(40, H - 100, "Cartão final 7730", 8)
            doc.c.rect(320, H - 160, 235, 92)
            doc.t(328, H - 80, "RESUMO DA FATURA ATUAL", 8, True)
            L = [("Fatura anterior", brl(prev)), ("Pagamento recebido", brl(-prev)), ("Total de compras de todos os cartões", brl(compras)),
                 ("Outros lançamentos", brl(-cred) if cred else brl(D("0"))), ("Total a pagar", brl(total))]
            for i, (lab, v) in enumerate(L):
                doc.t(328, H - 94 - 12 * i, lab, 8, i == 4); doc.t(548, H - 94 - 12 * i, v, 8, i == 4, "r")
            doc.t(40, H - 130, "Pagamento mínimo: " + brl((total * D("0.15")).quantize(C2)), 8)
            doc.t(40, H - 185, "TRANSAÇÕES DE %s A %s" % (ptd(start), ptd(end + dt.timedelta(days=1))), 10, True)
            return H - 203
        doc.t(40, H - 75, "TRANSAÇÕES DE %s A %s" % (ptd(start), ptd(end + dt.timedelta(days=1))), 10, True)
        return H - 93

    cols = [("", 40, "l", "d"), ("", 100, "l", "desc"), ("", 555, "r", "a")]

    def bottom(doc, y):
        doc.t(40, y - 25, "Nu Pagamentos S.A. - Instituição de Pagamento. CNPJ 18.236.120/0001-58. Rua Capote Valente, 39 - São Paulo, SP.", 6)
        doc.t(40, y - 33, "Juros do rotativo: 14,75% a.m. (CET 421,53% a.a.). IOF e encargos detalhados na próxima fatura.", 6)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 20, "Ouvidoria 0800 887 0463  •  nubank.com.br", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=11, per_page=per_page, bottom=bottom)
    # the period as printed, "DE 05 MAI A 05 JUN": its end is the closing day the page names (the rows stop before it)
    write_truth2(stem, "GP_br_nubank_card", "****7730", "BRL", start, end + dt.timedelta(days=1), -prev, -total, txs)


# ---------------------------------------------------------------- 5 ANZ credit card (Australia)
def anz(stem, seed, n=22, start=dt.date(2024, 5, 8), end=dt.date(2024, 6, 7), prev=D("1387.45"), credit=False):
    rng = random.Random(seed)
    pool = [("WOOLWORTHS 3310 SURRY HILLS NS AUS", 12, 180), ("COLES 0745 NEWTOWN NS AUS", 10, 150), ("OPAL TRAVEL SYDNEY NS AUS", 5, 50),
            ("UBER *EATS HELP.UBER.COMNS AUS", 18, 60), ("AMPOL FOODARY ALEXANDRIA NS AUS", 50, 110), ("BUNNINGS 445000 ALEXANDRIA AUS", 15, 300),
            ("NETFLIX.COM MELBOURNE AUS", 18.99, 18.99), ("CHEMIST WAREHOUSE NEWTOWN AUS", 8, 70)]
    cr = [("REFUND BUNNINGS 445000 ALEXANDRIA AUS", 15, 120)]
    txs = make_txns(rng, start + dt.timedelta(days=1), end, n, pool, cr)
    pay_amt = prev + (D("2450.00") if credit else D("0"))
    txs.append({"date": start + dt.timedelta(days=12), "desc": "PAYMENT THANKYOU", "amount": pay_amt})
    txs.sort(key=lambda t: t["date"])
    rows = []
    for t in txs:
        t["desc_lines"] = [t["desc"]]
        proc = min(t["date"] + dt.timedelta(days=rng.choice([0, 1, 1, 2])), end) if "PAYMENT" not in t["desc"] else t["date"]
        a = fmt(-t["amount"]) if t["amount"] < 0 else fmt(t["amount"]) + " CR"
        rows.append({"p": proc.strftime("%d %b"), "d": t["date"].strftime("%d %b"), "c": "4587", "desc": [t["desc"]], "a": a})
    new = prev - sum(t["amount"] for t in txs)

    def amt(v):
        return fmt(v) if v >= 0 else fmt(-v) + " CR"

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "ANZ", 22, True)
        doc.t(doc.W - 40, H - 45, "ANZ Low Rate Visa Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 75, "MS CHLOE NGUYEN", 8); doc.t(40, H - 86, "UNIT 4 18 WILSON STREET", 8); doc.t(40, H - 97, "NEWTOWN NSW 2042", 8)
            doc.t(40, H - 118, "Account Number 4564 8200 1133 4587", 8)
            doc.t(40, H - 130, "Statement Period %s to %s" % (start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y")), 8)
            doc.c.rect(320, H - 160, 235, 92)
            buys = sum(-t["amount"] for t in txs if t["amount"] < 0); pays = sum(t["amount"] for t in txs if t["amount"] > 0)
            L = [("Opening Balance", amt(prev)), ("Payments & Refunds", fmt(pays)), ("Purchases", fmt(buys)), ("Cash Advances", "0.00"),
                 ("Interest & Fees", "0.00"), ("Closing Balance", amt(new))]
            for i, (lab, v) in enumerate(L):
                doc.t(328, H - 80 - 12 * i, lab, 8, i == 5); doc.t(548, H - 80 - 12 * i, "$" + v, 8, i == 5, "r")
            doc.t(40, H - 145, "Minimum Payment Due $%s   Due Date 02/07/2024" % (fmt(max(D("0"), min(new, D("25")))) if new > 0 else "0.00"), 8)
            doc.t(40, H - 180, "Transaction Details", 10, True)
            return H - 200
        return H - 85

    cols = [("Date\nProcessed", 40, "l", "p"), ("Date of\nTransaction", 95, "l", "d"), ("Card", 155, "l", "c"),
            ("Transaction Details", 190, "l", "desc"), ("Amount ($A)", 555, "r", "a")]

    def top(doc, y):
        doc.t(190, y, "OPENING BALANCE", 8, True); doc.t(555, y, amt(prev), 8, True, "r")
        return y - 13

    def bottom(doc, y):
        doc.t(190, y - 2, "CLOSING BALANCE", 8, True); doc.t(555, y - 2, amt(new), 8, True, "r")
        doc.t(40, y - 28, "Australia and New Zealand Banking Group Limited (ANZ) ABN 11 005 357 522. Australian Credit Licence 234527.", 6)
        doc.t(40, y - 36, "Please check your statement carefully and contact us on 13 22 73 about any unauthorised transactions.", 6)
        return y - 40

    def footer(doc, p, np_):
        doc.t(40, 20, "anz.com.au", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=11, per_page=46, top_rows=[top], bottom=bottom)
    write_truth2(stem, "GP_au_anz_card", "****4587", "AUD", start, end, -prev, -new, txs)


# ---------------------------------------------------------------- 6 QNB current account (Qatar, English)
def qnb(stem, seed, n=18, start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), ob=D("14250.75"), neg=False):
    rng = random.Random(seed)
    pool = [("POS PURCHASE LULU HYPERMARKET D RING", 40, 900), ("ATM CASH WITHDRAWAL QNB ATM WEST BAY", 200, 2000),
            ("OOREDOO BILL PAYMENT", 150, 450), ("KAHRAMAA BILL PAYMENT", 200, 700), ("FUNDS TRANSFER TO A/C 0130-099812-001", 500, 3000),
            ("POS PURCHASE TALABAT QATAR", 30, 180), ("INWARD REMITTANCE CHARGES", 15, 15)]
    cr = [("FUNDS TRANSFER FROM A/C 0210-334501-002", 200, 1500)]
    txs = make_txns(rng, start, end, n, pool, cr)
    txs.append({"date": start + dt.timedelta(days=26), "desc": "SALARY CREDIT QATAR PETROLEUM", "amount": D("21450.00")})
    txs.sort(key=lambda t: t["date"])
    if neg:
        ob = D("3120.40")
        txs = [t for t in txs if not t["desc"].startswith("SALARY")]
        txs.insert(2, {"date": txs[2]["date"], "desc": "STANDING ORDER RENT PEARL TOWER 12", "amount": D("-7500.00")})
    rows, bal = [], ob

    def q(v):
        return fmt(v)
    rows.append({"d": start.strftime("%d/%m/%Y"), "desc": ["Opening Balance"], "b": q(ob)})
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        ref = "REF: FT%02d%03d%s" % (t["date"].month, t["date"].day * 7, "".join(rng.choice("0123456789ABCDEFGHJK") for _ in range(5)))
        t["desc_lines"] = [t["desc"], ref]
        vd = t["date"] + dt.timedelta(days=(1 if "REMITTANCE" in t["desc"] else 0))
        r = {"d": t["date"].strftime("%d/%m/%Y"), "v": vd.strftime("%d/%m/%Y"), "desc": t["desc_lines"], "b": q(bal)}
        if t["amount"] < 0: r["dr"] = q(-t["amount"])
        else: r["cr"] = q(t["amount"])
        rows.append(r)
    cb = bal
    rows.append({"d": end.strftime("%d/%m/%Y"), "desc": ["Closing Balance"], "b": q(cb)})

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 45, "QNB", 22, True)
        doc.t(doc.W - 40, H - 45, "Account Statement", 11, True, "r")
        doc.t(doc.W - 40, H - 58, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 75, "MR RAHUL MENON", 8); doc.t(40, H - 86, "P.O. BOX 22541", 8); doc.t(40, H - 97, "DOHA, QATAR", 8)
            doc.c.rect(320, H - 150, 235, 80)
            for i, (lab, v) in enumerate([("Account Number", "0130-412233-001"), ("IBAN", "QA57QNBA000000000130412233001"), ("Currency", "QAR"),
                                          ("Account Type", "Current Account"), ("From", start.strftime("%d/%m/%Y")), ("To", end.strftime("%d/%m/%Y"))]):
                doc.t(328, H - 82 - 11 * i, lab, 8); doc.t(548, H - 82 - 11 * i, v, 8, align="r")
            return H - 175
        return H - 85

    cols = [("Date", 40, "l", "d"), ("Value Date", 95, "l", "v"), ("Description", 152, "l", "desc"), ("Debit", 395, "r", "dr"),
            ("Credit", 470, "r", "cr"), ("Balance", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 28, "Qatar National Bank (Q.P.S.C.), P.O. Box 1000, Doha, Qatar. Licensed by Qatar Central Bank.", 6)
        doc.t(40, 20, "This is a computer generated statement and does not require a signature.", 6)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, lh=10, per_page=46)
    write_truth2(stem, "GP_qa_qnb", "****3001", "QAR", start, end, ob, cb, txs)


P = "gp_"
boi(P + "ie_boi", 11)
boi(P + "ie_boi__pages", 12, n=46, per_page=22)
starling(P + "uk_starling", 21)
starling(P + "uk_starling__overdraft", 22, ob=D("84.10"), big_rent=True)
rakuten(P + "jp_rakuten_card", 31)
rakuten(P + "jp_rakuten_card__fx", 32, fx=True)
nubank(P + "br_nubank_card", 41)
nubank(P + "br_nubank_card__pages", 42, n=40, per_page=22)
anz(P + "au_anz_card", 51)
anz(P + "au_anz_card__credit", 52, credit=True)
qnb(P + "qa_qnb", 61)
qnb(P + "qa_qnb__overdraft", 62, neg=True)
print("done")
