package dev.pdfbulk.parse;

import java.util.function.BiConsumer;

/**
 * The words Arabic-script statements print, Arabic and Persian (National Bank of Egypt's "التاريخ | تاريخ القيمة | البيان | مدين | دائن |
 * الرصيد"): column headers, the balances the period starts from and ends on ("رصيد أول المدة", "رصيد آخر المدة"), the
 * balance carried over a page ("رصيد مرحل", "رصيد منقول") and the totals ("إجمالي الحركات"). Read in logical order,
 * with presentation forms turned into letters (extract.RightToLeft); matched folded, so a hamza or madda on an alef
 * is dropped ("أول" meets "اول"). Plain data.
 */
final class ArabicWords {

    private ArabicWords() {
    }

    /** Hands every header phrase to {@code put}, by the kind of column it names. */
    static void headers(BiConsumer<ColumnKind, String[]> put) {
        // "التاريخ" the date ("تاريخ العملية" / "تاريخ الحركة" of the transaction), "تاريخ القيمة" the value date,
        // "البيان" / "الوصف" / "التفاصيل" the description, "مدين" / "دائن" debit and credit, "المبلغ" an amount,
        // "الرصيد" the balance, "المرجع" a reference.
        put.accept(ColumnKind.DATE, new String[] {"التاريخ", "تاريخ العملية", "تاريخ الحركة", "تاريخ المعاملة"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"تاريخ القيمة", "تاريخ الاستحقاق", "تاريخ الحق"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"البيان", "الوصف", "التفاصيل", "بيان العملية", "وصف العملية",
            "تفاصيل العملية"});
        put.accept(ColumnKind.DEBIT, new String[] {"مدين", "المدين", "مدين (سحب)"});
        put.accept(ColumnKind.CREDIT, new String[] {"دائن", "الدائن", "دائن (إيداع)"});
        put.accept(ColumnKind.AMOUNT, new String[] {"المبلغ", "مبلغ العملية"});
        put.accept(ColumnKind.BALANCE, new String[] {"الرصيد", "رصيد"});
        put.accept(ColumnKind.OTHER, new String[] {"المرجع", "رقم المرجع", "رقم المستند"});
        // Persian (Bank Mellat's "ردیف | تاریخ | ساعت | شرح | شماره پیگیری | برداشت | واریز | مانده"): "تاریخ" the date,
        // "شرح" / "توضیحات" the text, "برداشت" / "بدهکار" money out, "واریز" / "بستانکار" money in, "مبلغ" an amount,
        // "مانده" the balance; the row's number, its time, the tracking or document number and the branch no text.
        put.accept(ColumnKind.DATE, new String[] {"تاریخ", "تاریخ تراکنش", "تاریخ عملیات"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"شرح", "شرح تراکنش", "شرح عملیات", "توضیحات"});
        put.accept(ColumnKind.DEBIT, new String[] {"برداشت", "بدهکار", "مبلغ برداشت"});
        put.accept(ColumnKind.CREDIT, new String[] {"واریز", "بستانکار", "مبلغ واریز"});
        put.accept(ColumnKind.AMOUNT, new String[] {"مبلغ", "مبلغ تراکنش"});
        put.accept(ColumnKind.BALANCE, new String[] {"مانده", "مانده حساب"});
        put.accept(ColumnKind.OTHER, new String[] {"ردیف", "ساعت", "زمان", "شماره پیگیری", "کد پیگیری", "شماره سند",
            "شماره مرجع", "شعبه", "کد شعبه"});
    }

    /** The balance the period starts from: "رصيد أول المدة" (at the period's start), "رصيد افتتاحي". Folded. */
    static final String OPENING = Folding.fold("رصيد أول المدة|رصيد أول الفترة|الرصيد الافتتاحي|رصيد افتتاحي|رصيد سابق"
            // Persian "مانده ابتدای دوره" / "مانده اول دوره" (at the period's start), "مانده قبلی" (the previous).
            + "|مانده (?:ابتدای|اول) دوره|مانده قبلی");
    /** The balance the period ends on: "رصيد آخر المدة" (at the period's end), "الرصيد الختامي". Folded. */
    static final String CLOSING = Folding.fold("رصيد آخر المدة|رصيد آخر الفترة|الرصيد الختامي|رصيد ختامي"
            // Persian "مانده پایان دوره" / "مانده انتهای دوره" / "مانده آخر دوره" (at the period's end).
            + "|مانده (?:پایان|انتهای|آخر) دوره");
    /** Rows of a balance, no transaction: the opening and closing, carried ("رصيد مرحل") and brought ("رصيد منقول"). */
    static final String ROWS = OPENING + "|" + CLOSING + "|" + Folding.fold("رصيد مرحل|رصيد منقول|رصيد ما قبله"
            // Persian lines of the balance carried to the next page and brought from the one before, "مانده از قبل".
            + "|نقل به صفحه بعد|نقل از صفحه قبل|مانده از قبل");
    /** Total rows: "إجمالي" (in all: "إجمالي الحركات", the period's debits and credits), "المجموع". Folded. */
    static final String TOTALS = Folding.fold("إجمالي|الإجمالي|المجموع"
            // Persian "جمع" (the sum: "جمع برداشت", "جمع واریز", "جمع کل").
            + "|جمع");
}
