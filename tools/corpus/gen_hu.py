#!/usr/bin/python3
"""Generator hu: 6 untuned layouts x (base + 1 variant), exact truth. Deterministic.

Alipay 支付宝 transaction record (交易时间 / 交易分类 / 交易对方 / 商品说明 / 收/支 / 金额 / 收/付款方式 / 交易状态, amounts
unsigned, 收入/支出/不计收支 in a column of their own, no balance), WeChat Pay 微信支付 bill (交易时间 / 交易类型 / 交易对方 /
商品 / 收/支 / 金额(元) "¥12.50" / 支付方式 / 当前状态, "/" in empty cells), Kakao Bank 거래내역서 (거래일시 / 구분 / 거래금액
signed / 거래 후 잔액 / 내용 / 메모), PayPay銀行 入出金明細 (操作日 / 操作時刻 / 摘要 / お支払金額 / お預り金額 / 残高, whole yen),
Maya (Philippines, Date / Description / Reference ID / Debit / Credit / Balance, "₱"), Fineco (Italy, Data operazione /
Data valuta / Entrate / Uscite / Descrizione / Descrizione completa, Saldo iniziale / Saldo finale, no running balance).
Truth choices: a wallet's 不计收支 (WeChat "/") rows move nothing in or out of the record (own-account moves) and are
left out; the description is the other party then the goods text (Alipay, WeChat), Kakao's 내용 then its 메모, Fineco's
Descrizione then its Descrizione completa; categories, types, payment methods and statuses are not description.
"""
import datetime as dt
import json
import os
import random
import sys
from decimal import Decimal as D

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

from corpus_kit import fmt, render, row_truth_writer, wrap
import gen_hl

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/huw/gen"
os.makedirs(OUT, exist_ok=True)
write = row_truth_writer(OUT)
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
mixed_render = gen_hl.mixed_render


def write_wallet(stem, family, acct, cur, ps, pe, txs):
    """Truth of a record printing no balance at all: opening and closing null."""
    write(stem, family, acct, cur, ps, pe, D(0), D(0), txs)
    path = os.path.join(OUT, stem + ".json")
    j = json.load(open(path)); j["opening_balance"] = j["closing_balance"] = None
    json.dump(j, open(path, "w"), ensure_ascii=False, indent=1)


def pick_rows(rng, start, end, n, pool, credits, neutral=(), pcr=0.2, pn=0.0, nd=2):
    """Rows with a date-time; pool entries (fields tuple, lo, hi). kind: -1 out, 1 in, 0 neutral."""
    days = (end - start).days
    out = []
    for _ in range(n):
        d = dt.datetime.combine(start + dt.timedelta(days=rng.randint(0, days)), dt.time(rng.randint(6, 23), rng.randint(0, 59), rng.randint(0, 59)))
        x = rng.random()
        if neutral and x < pn: e, k = rng.choice(neutral), 0
        elif x < pn + pcr: e, k = rng.choice(credits), 1
        else: e, k = rng.choice(pool), -1
        f, lo, hi = e
        amt = D(rng.randint(int(lo * 100), int(hi * 100))) / 100 if nd else D(rng.randint(lo, hi))
        out.append({"dt": d, "date": d.date(), "f": [s.format(r=rng.randint(1000, 9999)) for s in f], "kind": k, "abs": amt,
                    "amount": amt * k if k else D(0)})
    out.sort(key=lambda t: t["dt"])
    return out


# ---------------------------------------------------------------- 1 Alipay 支付宝交易明细
def alipay(stem, seed, n=26, per_page=40):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    pool = [(("餐饮美食", "瑞幸咖啡", "生椰拿铁"), 9, 32), (("日用百货", "盒马鲜生", "盒马鲜生订单-{r}"), 30, 260),
            (("交通出行", "滴滴出行", "快车订单"), 12, 68), (("充值缴费", "国网上海市电力公司", "电费缴纳"), 80, 320),
            (("网购", "天猫超市", "维达抽纸 3层100抽*24包"), 39, 89), (("餐饮美食", "饿了么", "外卖订单"), 18, 75),
            (("交通出行", "上海地铁", "地铁出行"), 3, 9), (("服饰装扮", "优衣库官方旗舰店", "男装 圆领T恤"), 79, 199)]
    cr = [(("转账红包", "李娜", "转账"), 50, 800), (("退款", "天猫超市", "退款-维达抽纸"), 39, 89), (("投资理财", "余额宝", "余额宝-收益发放"), 0.5, 3)]
    neu = [(("投资理财", "余额宝", "余额宝-自动转入"), 200, 2000), (("信用借还", "花呗", "花呗主动还款-2025年05月账单"), 300, 1500)]
    txs = pick_rows(rng, start, end, n, pool, cr, neu, pcr=0.2, pn=0.12)
    meth = ["余额", "花呗", "招商银行储蓄卡(6217)", "余额宝"]
    rows, truth = [], []
    for t in txs:
        cat, party, goods = t["f"]
        io = {1: "收入", -1: "支出", 0: "不计收支"}[t["kind"]]
        st = "退款成功" if cat == "退款" else "交易成功"
        m = "" if t["kind"] == 1 else rng.choice(meth)
        rows.append({"d": t["dt"].strftime("%Y-%m-%d %H:%M:%S"), "c": cat, "p": party, "desc": [goods], "io": io, "a": fmt(t["abs"]),
                     "m": m, "s": st})
        if t["kind"]:
            t["desc_lines"] = [party, goods]; truth.append(t)
    inc = [t["abs"] for t in txs if t["kind"] == 1]; exp = [t["abs"] for t in txs if t["kind"] == -1]; neu_ = [t["abs"] for t in txs if t["kind"] == 0]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 40, "支付宝", 18, True); doc.t(110, H - 40, "ALIPAY", 10, True)
        doc.t(doc.W / 2, H - 64, "支付宝交易明细证明", 14, True, "c")
        doc.t(doc.W - 40, H - 40, "第 %d 页 / 共 %d 页" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 90, "兹证明：王晓明（证件号码：3101**********2417）在其支付宝账号 138****5621 中明细信息如下：", 8)
            doc.t(40, H - 102, "交易时间段：2025-06-01 00:00:00 至 2025-06-30 23:59:59", 8)
            doc.t(40, H - 114, "交易类型：全部      导出时间：2025-07-01 09:12:44", 8)
            doc.t(40, H - 132, "收入：%d笔  %s元" % (len(inc), fmt(sum(inc, D(0)))), 8, True)
            doc.t(250, H - 132, "支出：%d笔  %s元" % (len(exp), fmt(sum(exp, D(0)))), 8, True)
            doc.t(460, H - 132, "不计收支：%d笔  %s元" % (len(neu_), fmt(sum(neu_, D(0)))), 8, True)
            return H - 156
        return H - 86

    cols = [("交易时间", 40, "l", "d"), ("交易分类", 140, "l", "c"), ("交易对方", 200, "l", "p"), ("商品说明", 320, "l", "desc"),
            ("收/支", 510, "l", "io"), ("金额", 610, "r", "a"), ("收/付款方式", 622, "l", "m"), ("交易状态", 740, "l", "s")]

    def footer(doc, p, np_):
        doc.t(40, 36, "本证明仅证明所列明细信息，不作为其他用途。支付宝（中国）网络技术有限公司  客服热线 95188", 6.5)
        doc.t(40, 26, "支付宝（中国）网络技术有限公司  电子凭证专用章", 6.5)

    mixed_render("STSong-Light", os.path.join(OUT, stem + ".pdf"), landscape(A4), header, cols, rows, footer, per_page=per_page)
    write_wallet(stem, "HU_cn_alipay", "138****5621", "CNY", start, end, truth)


# ---------------------------------------------------------------- 2 WeChat Pay 微信支付账单
def wechat(stem, seed, n=24, per_page=40):
    rng = random.Random(seed)
    start, end = dt.date(2025, 5, 1), dt.date(2025, 5, 31)
    pool = [(("商户消费", "美团", "美团订单-{r}"), 15, 90), (("扫二维码付款", "张记面馆", "/"), 12, 38),
            (("商户消费", "拼多多", "拼多多平台商户"), 9, 129), (("转账", "陈静", "/"), 50, 600), (("微信红包", "家人群", "/"), 5, 200),
            (("商户消费", "中国移动", "话费充值"), 30, 100), (("商户消费", "京东", "京东商城平台商户"), 25, 499)]
    cr = [(("转账", "刘洋", "/"), 20, 500), (("微信红包", "刘洋", "/"), 6.66, 88.88), (("退款", "美团", "美团订单-{r}"), 15, 60)]
    neu = [(("零钱提现", "招商银行(6217)", "/"), 100, 1000), (("零钱充值", "招商银行(6217)", "/"), 100, 500)]
    txs = pick_rows(rng, start, end, n, pool, cr, neu, pcr=0.22, pn=0.1)
    meth = ["零钱", "招商银行(6217)", "零钱通"]
    rows, truth = [], []
    for t in txs:
        ty, party, goods = t["f"]
        io = {1: "收入", -1: "支出", 0: "/"}[t["kind"]]
        st = {"退款": "已全额退款", "转账": "对方已收钱" if t["kind"] < 0 else "已存入零钱", "微信红包": "已存入零钱" if t["kind"] > 0 else "支付成功",
              "零钱提现": "提现已到账", "零钱充值": "充值完成"}.get(ty, "支付成功")
        m = "/" if t["kind"] > 0 else rng.choice(meth)
        rows.append({"d": t["dt"].strftime("%Y-%m-%d %H:%M:%S"), "c": ty, "p": party, "desc": [goods], "io": io, "a": "¥" + fmt(t["abs"]),
                     "m": m, "s": st})
        if t["kind"]:
            t["desc_lines"] = [party] + ([goods] if goods != "/" else []); truth.append(t)
    inc = [t["abs"] for t in txs if t["kind"] == 1]; exp = [t["abs"] for t in txs if t["kind"] == -1]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 40, "微信支付", 16, True); doc.t(120, H - 40, "WeChat Pay", 9, True)
        doc.t(doc.W / 2, H - 64, "微信支付交易明细证明", 14, True, "c")
        doc.t(doc.W - 40, H - 40, "%d / %d" % (p, np_), 7.5, align="r")
        if p == 1:
            doc.t(40, H - 90, "兹证明：赵子涵（身份证：4403**********0829），在其微信号：zzh_2019 中的交易明细信息如下：", 8)
            doc.t(40, H - 102, "起始时间：[2025-05-01 00:00:00]  终止时间：[2025-05-31 23:59:59]", 8)
            doc.t(40, H - 114, "共%d笔记录  收入：%d笔 %s元  支出：%d笔 %s元" % (len(txs), len(inc), fmt(sum(inc, D(0))), len(exp), fmt(sum(exp, D(0)))), 8)
            doc.t(40, H - 126, "中性交易：%d笔 %s元" % (len([t for t in txs if not t["kind"]]), fmt(sum((t["abs"] for t in txs if not t["kind"]), D(0)))), 8)
            return H - 150
        return H - 86

    cols = [("交易时间", 40, "l", "d"), ("交易类型", 140, "l", "c"), ("交易对方", 210, "l", "p"), ("商品", 320, "l", "desc"),
            ("收/支", 440, "l", "io"), ("金额(元)", 530, "r", "a"), ("支付方式", 545, "l", "m"), ("当前状态", 665, "l", "s")]

    def footer(doc, p, np_):
        doc.t(40, 36, "说明：本明细仅展示当前账单中的交易，不包括已删除的记录。如有疑问请联系微信支付客服 95017。", 6.5)
        doc.t(40, 26, "财付通支付科技有限公司  业务凭证专用章", 6.5)

    mixed_render("STSong-Light", os.path.join(OUT, stem + ".pdf"), landscape(A4), header, cols, rows, footer, per_page=per_page)
    # 微信号 zzh_2019 is a username, no account number (as Venmo's): none
    write_wallet(stem, "HU_cn_wechat", None, "CNY", start, end, truth)


# ---------------------------------------------------------------- 3 Kakao Bank 거래내역서
def kakao(stem, seed, n=24, newest_first=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D(1843200)
    pool = [(("체크카드", "스타벅스 강남R점", ""), 4500, 18000), (("체크카드", "쿠팡", ""), 9900, 89000), (("이체", "김서연", "6월 회비"), 10000, 50000),
            (("자동이체", "KT 통신요금", ""), 45000, 69000), (("체크카드", "GS25 역삼점", ""), 1200, 15000), (("이체", "이준호", "점심값"), 8000, 30000)]
    cr = [(("입금", "(주)다음소프트 급여", ""), 2800000, 3400000), (("입금", "박지민", "생일선물"), 20000, 100000), (("이자", "예금이자", ""), 100, 900)]
    txs = pick_rows(rng, start, end, n, pool, cr, nd=0)
    bal = ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        ty, what, memo = t["f"]
        t["desc_lines"] = [what] + ([memo] if memo else [])
    cb = bal
    shown = list(reversed(txs)) if newest_first else txs
    sgn = lambda v: ("-" if v < 0 else "") + fmt(abs(v), nd=0)
    rows = [{"d": t["dt"].strftime("%Y.%m.%d %H:%M:%S"), "ty": t["f"][0], "a": sgn(t["amount"]), "b": fmt(t["bal"], nd=0), "desc": [t["f"][1]],
             "mm": t["f"][2]} for t in shown]

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 42, "kakaobank", 18, True)
        doc.t(doc.W / 2, H - 70, "거래내역서", 15, True, "c")
        doc.t(doc.W - 40, H - 42, "%d / %d" % (p, np_), 8, align="r")
        if p == 1:
            S = [("성명", "정하늘"), ("계좌번호", "3333-08-5527914"), ("상품명", "입출금통장"), ("조회기간", "2025.06.01 ~ 2025.06.30"),
                 ("발급일시", "2025.07.01 10:24:51")]
            for i, (a, b) in enumerate(S):
                doc.t(40, H - 100 - 12 * i, a, 8, True); doc.t(110, H - 100 - 12 * i, b, 8)
            return H - 176
        return H - 96

    cols = [("거래일시", 40, "l", "d"), ("구분", 140, "l", "ty"), ("거래금액", 250, "r", "a"), ("거래 후 잔액", 330, "r", "b"),
            ("내용", 345, "l", "desc"), ("메모", 470, "l", "mm")]

    def footer(doc, p, np_):
        doc.t(40, 36, "본 거래내역서는 고객님의 요청에 의해 발급되었으며, 발급일 현재 기준으로 작성되었습니다.", 6.5)
        doc.t(40, 26, "주식회사 카카오뱅크  경기도 성남시 분당구 분당내곡로 131  고객센터 1599-3333", 6.5)

    mixed_render("HYGothic-Medium", os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=50)
    write(stem, "HU_kr_kakaobank", "3333-08-5527914", "KRW", start, end, ob, cb, txs, nd=0)


# ---------------------------------------------------------------- 4 PayPay銀行 普通預金 入出金明細
def paypay(stem, seed, n=24, per_page=50):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D(386412)
    pool = [(("Visaデビット　ｱﾏｿﾞﾝ ｼﾞﾔﾊﾟﾝ",), 980, 12800), (("振込　ﾔﾏﾀﾞ ﾀﾛｳ",), 5000, 60000), (("口座振替　ﾄｳｷﾖｳｶﾞｽ",), 3800, 9600),
            (("PayPayチャージ",), 1000, 20000), (("ATM出金　セブン銀行",), 10000, 50000), (("振込手数料",), 145, 145)]
    cr = [(("振込　ｶ)ﾐﾗｲﾃﾂｸ ｷﾕｳﾖ",), 245000, 312000), (("PayPay出金",), 500, 8000), (("利息",), 1, 30)]
    txs = pick_rows(rng, start, end, n, pool, cr, nd=0)
    bal = ob
    for t in txs:
        bal += t["amount"]; t["bal"] = bal; t["desc_lines"] = [t["f"][0]]
    cb = bal
    rows = []
    for t in txs:
        r = {"d": t["dt"].strftime("%Y/%m/%d"), "tm": t["dt"].strftime("%H:%M:%S"), "desc": [t["f"][0]], "b": fmt(t["bal"], nd=0)}
        r["o" if t["amount"] < 0 else "i"] = fmt(abs(t["amount"]), nd=0)
        rows.append(r)

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 42, "PayPay銀行", 16, True)
        doc.t(doc.W / 2, H - 70, "普通預金　入出金明細", 13, True, "c")
        doc.t(doc.W - 40, H - 42, "%d / %d ページ" % (p, np_), 8, align="r")
        doc.t(40, H - 92, "支店名：ビジネス営業部（005）　口座番号：普通 7204518　名義：サトウ ケンジ", 8)
        doc.t(40, H - 104, "照会期間：2025年06月01日～2025年06月30日", 8)
        if p == 1:
            doc.t(40, H - 120, "期首残高　%s円　　期末残高　%s円" % (fmt(ob, nd=0), fmt(cb, nd=0)), 8, True)
            return H - 142
        return H - 126

    cols = [("操作日", 40, "l", "d"), ("操作時刻", 100, "l", "tm"), ("摘要", 150, "l", "desc"), ("お支払金額", 400, "r", "o"),
            ("お預り金額", 470, "r", "i"), ("残高", 550, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 36, "PayPay銀行株式会社　登録金融機関 関東財務局長（登金）第624号　加入協会：日本証券業協会", 6.5)
        doc.t(40, 26, "この明細は照会日時点の情報です。お問い合わせ：カスタマーセンター 0570-039-777", 6.5)

    mixed_render("HeiseiKakuGo-W5", os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=per_page)
    write(stem, "HU_jp_paypaybank", "7204518", "JPY", start, end, ob, cb, txs, nd=0)


# ---------------------------------------------------------------- 5 Maya (Philippines) savings statement
def maya(stem, seed, n=22, longdesc=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 6, 1), dt.date(2025, 6, 30)
    ob = D("18420.75")
    pool = [(("Sent money to GCash 0917***4521",), 200, 3000), (("Paid to MERALCO via Bills Pay",), 900, 3800),
            (("Purchase at SM SUPERMARKET MEGAMALL",), 300, 4200), (("Cash-out at 7-Eleven Kalayaan",), 500, 3000),
            (("Transfer to BPI via InstaPay",), 1000, 8000)]
    if longdesc:
        pool.append((("Purchase at SHOPEE PH ORDER {r} MANDALUYONG CITY METRO MANILA via Maya Card virtual",), 150, 2600))
    cr = [(("Received money from Juan Dela Cruz",), 500, 5000), (("Cash-in from UnionBank via InstaPay",), 2000, 15000), (("Interest earned",), 5, 60)]
    txs = pick_rows(rng, start, end, n, pool, cr)
    bal = ob
    rows = []
    for t in txs:
        bal += t["amount"]; t["bal"] = bal
        t["desc_lines"] = wrap(t["f"][0], 34)
        r = {"d": t["dt"].strftime("%b %d, %Y %I:%M %p"), "desc": t["desc_lines"], "ref": "%012d" % rng.randint(10 ** 11, 10 ** 12 - 1),
             "b": "₱" + fmt(t["bal"])}
        r["dr" if t["amount"] < 0 else "cr"] = "₱" + fmt(abs(t["amount"]))
        rows.append(r)
    cb = bal
    dr = -sum((t["amount"] for t in txs if t["amount"] < 0), D(0)); crs = sum((t["amount"] for t in txs if t["amount"] > 0), D(0))

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 44, "maya", 22, True)
        doc.t(doc.W - 40, H - 38, "Statement of Account", 11, True, "r")
        doc.t(doc.W - 40, H - 51, "Page %d of %d" % (p, np_), 8, align="r")
        if p == 1:
            doc.t(40, H - 76, "MARIA CLARISSE SANTOS", 8, True); doc.t(40, H - 87, "Unit 12B The Grove, C5 Road, Pasig City 1604", 8)
            doc.t(330, H - 76, "Maya Savings   Account No. 8392 0145 6627", 8)
            doc.t(330, H - 87, "Statement period: Jun 01, 2025 - Jun 30, 2025", 8)
            doc.c.rect(330, H - 160, 225, 62)
            doc.t(338, H - 110, "Account Summary", 8, True)
            S = [("Beginning balance", "₱" + fmt(ob)), ("Total credits", "₱" + fmt(crs)), ("Total debits", "₱" + fmt(dr)), ("Ending balance", "₱" + fmt(cb))]
            for i, (a, b) in enumerate(S):
                doc.t(338, H - 122 - 10 * i, a, 7.5); doc.t(548, H - 122 - 10 * i, b, 7.5, align="r")
            doc.t(40, H - 180, "Transaction History", 10, True)
            return H - 198
        return H - 80

    cols = [("Date and time", 40, "l", "d"), ("Description", 142, "l", "desc"), ("Reference ID", 300, "l", "ref"), ("Debit", 420, "r", "dr"),
            ("Credit", 487, "r", "cr"), ("Balance", 555, "r", "b")]

    def footer(doc, p, np_):
        doc.t(40, 36, "Maya Bank, Inc. is regulated by the Bangko Sentral ng Pilipinas. Deposits are insured by PDIC up to P1,000,000 per depositor.", 5.5)
        doc.t(40, 28, "For concerns, contact support@maya.ph or call (+632) 8845 7788. Report discrepancies within 30 days from receipt of this statement.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=44)
    write(stem, "HU_ph_maya", "8392 0145 6627", "PHP", start, end, ob, cb, txs)


# ---------------------------------------------------------------- 6 Fineco (Italy) lista movimenti / estratto conto
def fineco(stem, seed, n=22, pages=False):
    rng = random.Random(seed)
    start, end = dt.date(2025, 4, 1), dt.date(2025, 6, 30)
    ob = D("7315.42")
    pool = [(("Pagamento Visa Debit", "Pag. del {{d}} ora 12:31 presso: ESSELUNGA VIA FARINI MILANO Carta N. *****4417"), 12, 140),
            (("PagoBancomat POS", "Pagamento presso: FARMACIA SAN BABILA MILANO Carta N. *****4417"), 6, 60),
            (("Addebito SDD", "Addebito diretto a favore di A2A ENERGIA SPA Mandato n. IT00{r}A2A"), 60, 190),
            (("Bonifico SEPA Italia", "Ben: CONDOMINIO VIA PADOVA 18 Causale: RATA CONDOMINIALE II TRIMESTRE"), 280, 420),
            (("Prelievo Bancomat", "Prelievo presso ATM INTESA SANPAOLO CORSO BUENOS AIRES MILANO"), 50, 250),
            (("Imposta bollo conto corrente", "Imposta di bollo dovuta per il periodo"), 8.55, 8.55)]
    cr = [(("Bonifico SEPA Italia", "Ord: STUDIO TECNICO RIVA SRL Causale: STIPENDIO MESE"), 2100, 2600),
          (("Bonifico istantaneo", "Ord: GIULIA ROSSI Causale: CENA SABATO"), 20, 90)]
    txs = pick_rows(rng, start, end, n, pool, cr)
    rows = []
    for t in txs:
        vd = t["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        short, full = t["f"][0], t["f"][1].replace("{d}", t["date"].strftime("%d/%m/%y"))
        fl = wrap(full, 40)
        t["desc_lines"] = [short] + fl
        r = {"d": t["date"].strftime("%d/%m/%Y"), "v": vd.strftime("%d/%m/%Y"), "s": short, "desc": fl}
        r["in" if t["amount"] > 0 else "out"] = ("" if t["amount"] > 0 else "-") + fmt(abs(t["amount"]), ".", ",")
        rows.append(r)
    cb = ob + sum((t["amount"] for t in txs), D(0))
    for t in txs: t["bal"] = None

    def header(doc, p, np_):
        H = doc.H
        doc.t(40, H - 44, "FinecoBank", 18, True)
        doc.t(doc.W - 40, H - 38, "Movimenti conto corrente", 10, True, "r")
        doc.t(doc.W - 40, H - 51, "Pagina %d di %d" % (p, np_), 8, align="r")
        doc.t(40, H - 68, "Conto corrente n. 0485 2217 - IBAN IT60 X030 1503 2000 0000 4852 217", 8)
        if p == 1:
            doc.t(40, H - 84, "Intestatario: LUCA BERNARDI", 8)
            doc.t(40, H - 96, "Periodo: dal 01/04/2025 al 30/06/2025", 8)
            doc.t(40, H - 116, "Saldo iniziale al 01/04/2025: %s EUR" % fmt(ob, ".", ","), 8, True)
            doc.t(330, H - 116, "Saldo finale al 30/06/2025: %s EUR" % fmt(cb, ".", ","), 8, True)
            return H - 140
        return H - 88

    cols = [("Data\noperazione", 30, "l", "d"), ("Data\nvaluta", 84, "l", "v"), ("Entrate", 178, "r", "in"), ("Uscite", 232, "r", "out"),
            ("Descrizione", 248, "l", "s"), ("Descrizione completa", 385, "l", "desc")]

    def footer(doc, p, np_):
        doc.t(30, 36, "FinecoBank S.p.A. - Piazza Durante 11, 20131 Milano - Aderente al Fondo Interbancario di Tutela dei Depositi - P.IVA 12962340159", 5.5)
        doc.t(30, 28, "Il presente documento riporta i movimenti contabilizzati nel periodo indicato. Fineco: banca diretta multicanale.", 5.5)

    render(os.path.join(OUT, stem + ".pdf"), A4, header, cols, rows, footer, per_page=(26 if pages else 60))
    write(stem, "HU_it_fineco", "04852217", "EUR", start, end, ob, cb, txs)


if __name__ == "__main__":
    alipay("hu_cn_alipay", 1701)
    alipay("hu_cn_alipay__pages", 1702, n=48, per_page=26)
    wechat("hu_cn_wechat", 1711)
    wechat("hu_cn_wechat__pages", 1712, n=46, per_page=26)
    kakao("hu_kr_kakaobank", 1721)
    kakao("hu_kr_kakaobank__newest", 1722, newest_first=True)
    paypay("hu_jp_paypaybank", 1731)
    paypay("hu_jp_paypaybank__pages", 1732, n=50, per_page=28)
    maya("hu_ph_maya", 1741)
    maya("hu_ph_maya__long", 1742, longdesc=True)
    fineco("hu_it_fineco", 1751)
    fineco("hu_it_fineco__pages", 1752, n=40, pages=True)
