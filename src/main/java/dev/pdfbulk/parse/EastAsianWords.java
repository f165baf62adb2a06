package dev.pdfbulk.parse;

import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The words Japanese, Korean and Chinese statements and passbooks print: column headers (Japanese "日付 | 摘要 | お支払金額 |
 * お預り金額 | 差引残高", Korean "거래일시 | 적요 | 출금액 | 입금액 | 잔액"), the balance rows of the table ("前回繰越",
 * "次頁へ繰越", "이월잔액") and the words naming a period ("照会期間", "조회기간"). Neither script sets its words a space
 * apart inside a header cell ("お支払金額", "거래후잔액"), so each phrase is listed as printed; Korean also prints some
 * with a space ("거래후 잔액"), and {@link HeaderVocabulary} reads those with the space left out. Plain data.
 */
final class EastAsianWords {

    private EastAsianWords() {
    }

    /** Hands every header phrase to {@code put}, by the kind of column it names. */
    static void headers(BiConsumer<ColumnKind, String[]> put) {
        // Japanese ("お取引日" the transaction day, "記帳日" the day it was entered, "起算日" the value date; "お支払金額" /
        // "お引出し" money out, "お預り金額" / "お預入れ" money in, "差引残高" the balance after the row).
        put.accept(ColumnKind.DATE, new String[] {"日付", "年月日", "取引日", "お取引日", "取引日付", "お取引日付",
            "ご利用日", "利用日", "ご利用年月日", "取扱日", "お取扱日", "取引年月日", "操作日"});
        put.accept(ColumnKind.POSTING_DATE, new String[] {"記帳日", "計上日", "勘定日"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"起算日"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"摘要", "摘要内容", "お取引内容", "取引内容", "内容",
            "お取引先", "取引先", "ご利用店名", "利用店名", "ご利用先", "ご利用内容", "利用内容", "メモ", "お客様メモ",
            "ご利用店名・商品名", "利用店名・商品名", "ご利用店名及び商品名", "商品名", "お取扱内容", "取扱内容"});
        put.accept(ColumnKind.DEBIT, new String[] {"お支払金額", "支払金額", "お支払い金額", "お支払", "お支払い",
            "支払", "お引出し", "お引出", "お引き出し", "お引出し金額", "お引出金額", "引出金額", "引出し", "引出",
            "出金", "出金額", "出金金額", "払戻金額", "払出金額"});
        put.accept(ColumnKind.CREDIT, new String[] {"お預り金額", "お預かり金額", "預り金額", "お預り", "お預かり",
            "預り", "お預入れ", "お預入", "お預け入れ", "お預入れ金額", "お預入金額", "預入金額", "預入れ", "預入",
            "入金", "入金額", "入金金額"});
        put.accept(ColumnKind.AMOUNT, new String[] {"金額", "取引金額", "お取引金額", "ご利用金額", "利用金額"});
        // A Japanese card's columns beside the amount: who used the card ("ご利用者": 本人/家族), how it is paid
        // ("支払方法": 1回払い), the fee ("支払手数料", 0 for one payment) and the amount with it ("支払総額").
        put.accept(ColumnKind.OTHER, new String[] {"ご利用者", "利用者", "支払方法", "お支払方法", "支払区分", "お支払区分",
            "支払総額", "お支払総額"});
        put.accept(ColumnKind.FEE, new String[] {"支払手数料", "お支払手数料", "手数料"});
        put.accept(ColumnKind.BALANCE, new String[] {"差引残高", "残高", "お取引後残高", "取引後残高", "現在残高",
            "現在高"});
        put.accept(ColumnKind.OTHER, new String[] {"取引区分", "区分", "お取扱店", "取扱店", "お取引店", "取引店",
            "店番", "取扱店番", "操作時刻", "取引時刻", "時刻"});
        // Korean ("거래일시" the day and time, "적요" the kind of transaction, "보낸분/받는분" the other party, "출금액" /
        // "찾으신금액" money out, "입금액" / "맡기신금액" money in, "잔액" / "거래후잔액" the balance; "거래점" the branch or
        // channel that booked the row, a code as "Branch" is).
        put.accept(ColumnKind.DATE, new String[] {"거래일시", "거래일자", "거래일", "거래날짜", "거래 일시", "거래 일자",
            "일자", "날짜", "일시", "이용일", "이용일자", "이용일시", "거래년월일"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"적요", "내용", "거래내용", "거래 내용", "기재내용",
            "기재 내용", "보낸분/받는분", "받는분/보낸분", "보낸분", "받는분", "보낸 분/받는 분", "입금자명",
            "거래처", "송금메모", "메모", "이용가맹점", "가맹점명", "가맹점", "이용하신 가맹점", "이용하신가맹점"});
        put.accept(ColumnKind.DEBIT, new String[] {"출금액", "출금", "출금금액", "찾으신금액", "찾으신 금액",
            "지급액", "지급금액", "인출액"});
        put.accept(ColumnKind.CREDIT, new String[] {"입금액", "입금", "입금금액", "맡기신금액", "맡기신 금액"});
        put.accept(ColumnKind.AMOUNT, new String[] {"금액", "거래금액", "거래 금액", "이용금액"});
        put.accept(ColumnKind.BALANCE, new String[] {"잔액", "거래후잔액", "거래후 잔액", "거래 후 잔액", "잔고",
            "통장잔액"});
        put.accept(ColumnKind.OTHER, new String[] {"거래점", "거래점명", "취급점", "처리점", "거래구분", "구분",
            "거래수단", "채널"});
        // A Korean card's columns ("이용일자 | 이용카드 | 이용가맹점 | 이용금액 | 할부/회차 | 결제원금 | 수수료(이자) |
        // 결제후잔액", Hyundai Card's; "할부기간 | 회차 | 원금" Shinhan Card's): the card used, the instalment ("3/1"),
        // the principal billed this month (the row's money, see ColumnRoles.billedPrincipalAsAmount), its fee or
        // interest, and the instalments left to pay after it, no running balance.
        put.accept(ColumnKind.OTHER, new String[] {"이용카드", "카드구분", "할부/회차", "할부", "회차", "할부개월", "할부기간",
            "결제후잔액", "결제후 잔액", "결제 후 잔액", "잔여원금", "적립/할인율", "예상적립/할인"});
        put.accept(ColumnKind.AMOUNT, new String[] {"결제원금", "원금"});
        put.accept(ColumnKind.FEE, new String[] {"수수료", "수수료(이자)", "이자"});
        // Chinese, simplified and traditional ("交易日期 | 摘要 | 交易金额 | 账户余额 | 对方户名"; "记账日期" and Taiwan's
        // "帳務日期" the day booked, "說明" the description, "提出" money out (Cathay's online statement); a Taiwan
        // card's "消費日" the day of the purchase, "入帳起息日" the day booked, "消費明細", "新臺幣金額" its amount in TWD;
        // "起息日" the value date, "支出"/"收入" money out and in, "对方户名"/"对手信息" the other party, a description
        // as "Counterparty" is; "币种"/"货币" the currency, "账号"/"帐号" the account (both spellings), "对方账号" the
        // other party's, "地区" the region's code, codes of their own).
        put.accept(ColumnKind.DATE, new String[] {"交易日期", "交易日", "交易时间", "日期", "交易日期时间", "消費日",
            "消費日期", "消费日", "消费日期"});
        put.accept(ColumnKind.POSTING_DATE, new String[] {"记账日期", "记账日", "入账日期", "入账日", "記帳日期",
            "帳務日期", "帐务日期", "入帳日期", "入帳日", "入帳起息日", "入账起息日"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"起息日", "起息日期"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"交易摘要", "摘要说明", "交易说明", "交易描述", "对方户名",
            "对方名称", "对方账户名", "对方账户名称", "对手信息", "对方信息", "交易对方", "商户名称", "附言", "用途",
            "對方戶名", "交易說明", "說明", "说明", "消費明細", "消费明细", "帳單說明", "消費說明", "商品说明", "商品", "商品名称"});
        put.accept(ColumnKind.DEBIT, new String[] {"支出", "支出金额", "借方发生额", "借方金额", "转出金额", "支取金额",
            "支出金額", "提款", "提取", "提出", "提出金額", "提款金額"});
        put.accept(ColumnKind.CREDIT, new String[] {"收入", "收入金额", "贷方发生额", "贷方金额", "转入金额", "存入",
            "存入金额", "收入金額", "存入金額", "存款"});
        // ICBC's one signed column for both ways ("收入/支出金额": income / expense amount, "+2,487.66" or "-33.08").
        put.accept(ColumnKind.AMOUNT, new String[] {"金额", "交易金额", "发生额", "交易金額", "收入/支出金额", "收/支金额",
            "收支金额", "支出/收入金额", "新臺幣金額", "新台幣金額", "臺幣金額", "台幣金額"});
        put.accept(ColumnKind.BALANCE, new String[] {"余额", "账户余额", "联机余额", "本次余额", "交易后余额", "账面余额",
            "餘額", "結餘", "賬戶餘額"});
        put.accept(ColumnKind.AVAILABLE_BALANCE, new String[] {"可用余额", "可用餘額"});
        put.accept(ColumnKind.OTHER, new String[] {"币种", "货币", "幣別", "對方帳號", "对方账号", "对方账户", "对手账号",
            "交易渠道", "渠道", "交易地点", "流水号", "交易流水号", "凭证号", "交易网点", "钞汇", "储种", "序号", "交易类型",
            "账号", "帐号", "卡号", "对方帐号", "对方帐户", "地区", "交易地区", "交易场所", "对方开户行", "对方行名",
            "交易分类", "收/付款方式", "收付款方式", "支付方式", "交易状态", "当前状态", "交易单号", "商户单号", "交易订单号",
            "商家订单号"});
        put.accept(ColumnKind.SIGN, new String[] {"收/支", "收支"});
    }

    /** Where a Japanese, Chinese or Korean period is named: "照会期間", "お取引期間", "交易时间段", "조회기간", "거래기간". */
    static final String PERIOD_WORDS = "期間|期间|时间段|時間段|기간";

    /**
     * Balance rows of a Japanese or Korean table, matched anywhere in the row's folded text: the balance carried from
     * the last statement or page ("前回繰越", "前月繰越", "前頁より繰越", "繰越残高", "이월", "이월잔액", "전일잔액"; not
     * "이월드", a merchant) or on to
     * the next ("次頁へ繰越", "次月繰越"), and the balance at either end of the period ("期首残高", "期末残高",
     * "기초잔액", "기말잔액").
     */
    static final Pattern BALANCE_ROW = Pattern.compile(Folding.fold(
            "繰越|期首残高|期末残高|前日残高|前月残高|^(?:전월|전기|차기|전일)?이월(?:잔액|금액)?$|전일잔액|전월잔액|기초잔액"
                    + "|^(?:期初|期末|上期|本期)(?:余额|餘額)$|^承前[页頁]$|^[过過]次[页頁]$"
                    // Hong Kong's brought and carried forward ("承上結餘", "轉下結餘"), in either script.
                    + "|^(?:承上|[转轉]下)(?:[结結]余|[结結]餘|余额|餘額)$"
                    + "|기말잔액|최종잔액"));

    /**
     * Notes at a page's foot inside a Chinese, Japanese or Korean table, no row's text, matched on the folded text of a
     * row without a date or amount: continued on the next page ("次頁續", "續下頁", "次頁へ続く", "다음 페이지에 계속").
     */
    static final Pattern FURNITURE_ROW = Pattern.compile(Folding.fold(
            "^(?:次[页頁][续續]|[续續](?:下|次)[页頁]|接下[页頁]|下[页頁][续續]|以下次[页頁]|(?:次[页頁]|次ページ)[へに][続续]く"
                    + "|다음 ?(?:페이지|장)에 ?계속)$"));

    /**
     * Total rows of a Japanese or Korean table, matched on the folded text of a row without a date: "合計", "小計",
     * "お支払金額合計", "합계", "소계", "총 입금액".
     */
    static final Pattern TOTAL_ROW = Pattern.compile(Folding.fold("合計|小計|総計|合计|小计|总计|합계|소계|총계|^총 ?(?:입금|출금|거래|금액)"));

    /** Labels of the opening balance outside the table, folded ("前回繰越残高", "前月末残高", "이월잔액"). */
    static final String OPENING = Folding.fold("前回ご請求額|前回請求額|前回繰越残高|前月繰越|前回繰越|前月末残高|期首残高|繰越残高"
            + "|期初余额|上期余额|期初餘額|上期餘額|上期應繳總金額|上期應繳金額|전월이월|이월잔액|기초잔액|전일잔액");

    /** Labels of the closing balance outside the table, folded ("期末残高", "今回残高", "기말잔액"). */
    static final String CLOSING = Folding.fold("今回ご請求額|今回請求額|期末残高|今回残高|最終残高|当月末残高|기말잔액|최종잔액|현재잔액"
            + "|期末余额|本期余额|期末餘額|本期餘額|本期應繳總金額|本期應繳金額");

    /** True for text in Han, Hiragana, Katakana or Hangul: words not set a space apart. */
    static boolean isSpacelessLetter(int c) {
        if (c < 0x1100) {
            // Latin, Greek, Cyrillic...: most text, answered without the script lookup.
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** The text with each space between two letters of {@link #isSpacelessLetter} left out ("거래후 잔액": "거래후잔액"). */
    static String withoutInnerSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            boolean inner = c == ' ' && k > 0 && k + 1 < text.length() && isSpacelessLetter(text.codePointBefore(k))
                    && isSpacelessLetter(text.codePointAt(k + 1));
            if (!inner) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
