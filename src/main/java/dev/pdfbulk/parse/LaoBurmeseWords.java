package dev.pdfbulk.parse;

import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The words Lao and Burmese statements print in their own scripts: column headers (BCEL's "ວັນທີ | ເນື້ອໃນ | ຖອນ | ຝາກ |
 * ຍອດເຫຼືອ", KBZ's "ရက်စွဲ | အကြောင်းအရာ | ထုတ်ငွေ | အပ်ငွေ | လက်ကျန်ငွေ"), the opening and closing balances and the
 * totals. Neither script sets a space between words, so each phrase is listed as printed (as Thai's). Plain data.
 */
final class LaoBurmeseWords {

    private LaoBurmeseWords() {
    }

    /** Hands every header phrase to {@code put}, by the kind of column it names. */
    static void headers(BiConsumer<ColumnKind, String[]> put) {
        // Lao: "ວັນທີ" the date, "ເນື້ອໃນ" / "ລາຍລະອຽດ" / "ລາຍການ" the text, "ຖອນ" / "ຝາກ" withdrawn and deposited,
        // "ຈຳນວນເງິນ" an amount, "ຍອດເຫຼືອ" the balance, "ເລກອ້າງອີງ" a reference (a code of its own).
        put.accept(ColumnKind.DATE, new String[] {"ວັນທີ", "ວັນທີເຮັດທຸລະກຳ"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"ເນື້ອໃນ", "ລາຍລະອຽດ", "ລາຍການ", "ເນື້ອໃນທຸລະກຳ"});
        put.accept(ColumnKind.DEBIT, new String[] {"ຖອນ", "ຖອນເງິນ", "ເງິນອອກ"});
        put.accept(ColumnKind.CREDIT, new String[] {"ຝາກ", "ຝາກເງິນ", "ເງິນເຂົ້າ"});
        put.accept(ColumnKind.AMOUNT, new String[] {"ຈຳນວນເງິນ"});
        put.accept(ColumnKind.BALANCE, new String[] {"ຍອດເຫຼືອ", "ຍອດເງິນຄົງເຫຼືອ", "ຄົງເຫຼືອ"});
        put.accept(ColumnKind.OTHER, new String[] {"ເລກອ້າງອີງ", "ເລກທີອ້າງອີງ"});
        // Burmese: "ရက်စွဲ" the date, "အကြောင်းအရာ" the particulars, "ထုတ်ငွေ" / "အပ်ငွေ" withdrawn and deposited,
        // "ငွေပမာဏ" an amount, "လက်ကျန်ငွေ" the balance, "ချက်နံပါတ်" the cheque's number.
        put.accept(ColumnKind.DATE, new String[] {"ရက်စွဲ", "နေ့စွဲ"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"အကြောင်းအရာ", "အသေးစိတ်", "ဖော်ပြချက်"});
        put.accept(ColumnKind.DEBIT, new String[] {"ထုတ်ငွေ", "ငွေထုတ်"});
        put.accept(ColumnKind.CREDIT, new String[] {"အပ်ငွေ", "ငွေသွင်း", "သွင်းငွေ"});
        put.accept(ColumnKind.AMOUNT, new String[] {"ငွေပမာဏ"});
        put.accept(ColumnKind.BALANCE, new String[] {"လက်ကျန်ငွေ", "လက်ကျန်"});
        put.accept(ColumnKind.OTHER, new String[] {"ချက်နံပါတ်"});
    }

    /** Lao "ຍອດຍົກມາ" (brought forward), "ຍອດເຫຼືອຕົ້ນງວດ"; Burmese "အဖွင့်လက်ကျန်" (the opening balance). Folded. */
    static final String OPENING = Folding.fold("ຍອດຍົກມາ|ຍອດເຫຼືອຕົ້ນງວດ|အဖွင့်လက်ကျန်");
    /** Lao "ຍອດຍົກໄປ" (carried forward), "ຍອດເຫຼືອທ້າຍງວດ"; Burmese "အပိတ်လက်ကျန်" (the closing balance). Folded. */
    static final String CLOSING = Folding.fold("ຍອດຍົກໄປ|ຍອດເຫຼືອທ້າຍງວດ|အပိတ်လက်ကျန်");
    /** A balance row, matched at the start of the row's folded text. */
    static final Pattern BALANCE_ROW = Pattern.compile(OPENING + "|" + CLOSING);
    /** A total row (Lao "ລວມ", Burmese "စုစုပေါင်း": in all), matched at the start of an undated row's folded text. */
    static final Pattern TOTAL_ROW = Pattern.compile(Folding.fold("ລວມ|စုစုပေါင်း"));

    /** True for a letter of Lao or Myanmar script. */
    static boolean isLaoOrBurmese(int c) {
        return c >= 0x0e81 && c <= 0x0edf || c >= 0x1000 && c <= 0x109f;
    }
}
