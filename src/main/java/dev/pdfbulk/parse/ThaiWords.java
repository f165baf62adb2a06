package dev.pdfbulk.parse;

import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The words Thai statements print in Thai script: column headers (Kasikorn's "วันที่ | เวลา | รายการ | ถอนเงิน | ฝากเงิน |
 * ยอดคงเหลือ | ช่องทาง") and the balance brought and carried forward ("ยอดยกมา", "ยอดยกไป"). Thai sets no space between
 * words, so each phrase is listed as printed. Plain data.
 */
final class ThaiWords {

    private ThaiWords() {
    }

    /** Hands every header phrase to {@code put}, by the kind of column it names. */
    static void headers(BiConsumer<ColumnKind, String[]> put) {
        // "วันที่" the date ("วันที่ทำรายการ" the day of the transaction), "วันที่มีผล" the value date, "เวลา" the time,
        // "รายการ" the transaction ("รายละเอียด" its details, "คำอธิบาย" a description), "ถอนเงิน" / "ฝากเงิน" money
        // withdrawn and deposited, "จำนวนเงิน" an amount, "ยอดคงเหลือ" the balance, "ช่องทาง" the channel and "สาขา" the
        // branch (codes of their own).
        put.accept(ColumnKind.DATE, new String[] {"วันที่", "วันที่ทำรายการ", "วันที่รายการ", "วันเดือนปี"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"วันที่มีผล"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"รายการ", "รายละเอียด", "รายละเอียดรายการ", "คำอธิบาย"});
        put.accept(ColumnKind.DEBIT, new String[] {"ถอนเงิน", "ถอน", "เงินออก", "จำนวนเงินถอน"});
        put.accept(ColumnKind.CREDIT, new String[] {"ฝากเงิน", "ฝาก", "เงินเข้า", "จำนวนเงินฝาก"});
        put.accept(ColumnKind.AMOUNT, new String[] {"จำนวนเงิน"});
        put.accept(ColumnKind.BALANCE, new String[] {"ยอดคงเหลือ", "คงเหลือ", "ยอดเงินคงเหลือ"});
        put.accept(ColumnKind.OTHER, new String[] {"เวลา", "ช่องทาง", "สาขา", "เวลา/วันที่มีผล"});
    }

    /** The balance brought forward ("ยอดยกมา"), folded: the opening row of the table and label of the summary. */
    static final String OPENING = Folding.fold("ยอดยกมา|ยอดคงเหลือยกมา");
    /** The balance carried forward ("ยอดยกไป"), folded: a page's last row, or the closing label of the summary. */
    static final String CLOSING = Folding.fold("ยอดยกไป|ยอดคงเหลือยกไป");

    /** A balance row of a Thai table, matched at the start of the row's folded text. */
    static final Pattern BALANCE_ROW = Pattern.compile(OPENING + "|" + CLOSING);

    /** True for a letter of Thai script. */
    static boolean isThai(int c) {
        return c >= 0x0e01 && c <= 0x0e5b;
    }
}
