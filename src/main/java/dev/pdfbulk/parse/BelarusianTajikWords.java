package dev.pdfbulk.parse;

import java.util.function.BiConsumer;

/**
 * The words Belarusian and Tajik (Cyrillic) statements print: column headers, the balances the period starts from and
 * ends on, the balance carried over a page and the totals, folded where they are patterns ("ў" meets "у", "ӣ" "и").
 * Plain data.
 */
final class BelarusianTajikWords {

    private BelarusianTajikWords() {
    }

    /** Hands every header phrase to {@code put}, by the kind of column it names. */
    static void headers(BiConsumer<ColumnKind, String[]> put) {
        // Belarusian: "Дата аперацыі" the transaction's date, "Дата адлюстравання" the day it was posted, "Апісанне
        // аперацыі" / "Прызначэнне плацяжу" the text, "Сума ў валюце рахунку" the signed amount, "Дэбет" / "Крэдыт", "Астатак" the balance.
        put.accept(ColumnKind.DATE, new String[] {"дата аперацыі", "дата здзяйснення аперацыі"});
        put.accept(ColumnKind.POSTING_DATE, new String[] {"дата адлюстравання", "дата правядзення"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"апісанне", "апісанне аперацыі", "прызначэнне плацяжу"});
        put.accept(ColumnKind.AMOUNT, new String[] {"сума аперацыі", "сума ў валюце рахунку"});
        put.accept(ColumnKind.DEBIT, new String[] {"дэбет"});
        put.accept(ColumnKind.CREDIT, new String[] {"крэдыт"});
        put.accept(ColumnKind.BALANCE, new String[] {"астатак", "астатак на рахунку"});
        // Tajik: "Сана" the date, "Мазмуни амалиёт" / "Тавсифи амалиёт" the text, "Маблағ" an amount, "Бақия" the
        // balance ("Дебет" / "Кредит" as Russian's), "№ ҳуҷҷат" the document's number.
        put.accept(ColumnKind.DATE, new String[] {"сана", "санаи амалиёт"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"мазмуни амалиёт", "мазмун", "тавсифи амалиёт", "таъиноти пардохт"});
        put.accept(ColumnKind.AMOUNT, new String[] {"маблағ", "маблағи амалиёт"});
        put.accept(ColumnKind.BALANCE, new String[] {"бақия"});
        put.accept(ColumnKind.OTHER, new String[] {"ҳуҷҷат", "№ ҳуҷҷат", "рақами ҳуҷҷат"});
    }

    /**
     * Belarusian "Астатак на пачатак перыяду" / "Уваходны астатак", Tajik "Бақия дар аввали давра" / "Бақияи
     * ибтидоӣ" (the balance at the period's start). Folded.
     */
    static final String OPENING = Folding.fold("астатак на пачатак|уваходны астатак|бақия(?:и)? дар аввали давра|бақияи ибтидоӣ");
    /** Belarusian "Астатак на канец перыяду" / "Зыходны астатак", Tajik "Бақия дар охири давра" / "Бақияи ниҳоӣ". Folded. */
    static final String CLOSING = Folding.fold("астатак на канец|зыходны астатак|бақия(?:и)? дар охири давра|бақияи ниҳоӣ");
    /**
     * Rows of a balance: the opening, the closing, Belarusian "Перанос" alone or to or from a page ("Перанос на
     * старонку 2": carried over; "Перанос грошай на картку", a transfer, stays a row) and Tajik "Ба саҳифаи оянда" /
     * "Аз саҳифаи гузашта" (to the next page, from the last). Folded.
     */
    static final String ROWS = OPENING + "|" + CLOSING + "|" + Folding.fold("перанос(?: (?:на|са|з) (?:старонк|наступн|папярэдн)|:|$)"
            + "|(?:ба|аз) саҳифаи (?:оянда|гузашта)");
    /** Total rows: Belarusian "Усяго" (in all) and "Абароты" (the turnover), Tajik "Гардиш" (the turnover), "Ҳамагӣ". Folded. */
    static final String TOTALS = Folding.fold("усяго|абароты|гардиш(?: дар давра)?|ҳамагӣ");
}
