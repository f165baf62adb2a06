package dev.pdfbulk.parse;

import java.util.function.BiConsumer;

/**
 * Column header words of Greek, Russian, Ukrainian, Bulgarian, Romanian, Macedonian, Kazakh, Mongolian and Azerbaijani
 * statements, by the kind of column they name. Plain data, added to {@link HeaderPhrases}' (as printed; the matching folds them).
 */
final class EasternEuropeanHeaderWords {

    /** Adds phrases of one kind. */
    @FunctionalInterface
    private interface Put {
        void put(ColumnKind kind, String... phrases);
    }

    private EasternEuropeanHeaderWords() {
    }

    static void headers(BiConsumer<ColumnKind, String[]> sink) {
        Put p = sink::accept;
        // Greek ("Ημ/νία" the date, "Κίνησης" of the movement, "Αξία" the value date, "Αιτιολογία" the reason for the row).
        p.put(ColumnKind.DATE, "ημ/νία", "ημερομηνία", "ημ/νία συναλλαγής", "ημ/νία κίνησης", "ημερομηνία κίνησης");
        p.put(ColumnKind.OTHER_DATE, "αξία", "ημ/νία αξίας", "ημερομηνία αξίας");
        p.put(ColumnKind.DESCRIPTION, "αιτιολογία", "περιγραφή");
        p.put(ColumnKind.DEBIT, "χρέωση", "χρεώσεις");
        p.put(ColumnKind.CREDIT, "πίστωση", "πιστώσεις");
        p.put(ColumnKind.AMOUNT, "ποσό");
        p.put(ColumnKind.BALANCE, "υπόλοιπο");
        // Russian ("Списание" / "Зачисление" money out and in, "Остаток" the balance).
        p.put(ColumnKind.DATE, "дата", "дата операции", "дата проводки");
        p.put(ColumnKind.DESCRIPTION, "описание", "описание операции", "назначение платежа", "детали", "детали операции",
                "детали платежа",
                // "Содержание операции" (the operation's content), Kyrgyz and Kazakh banks' Russian for the row's text.
                "содержание операции", "содержание");
        p.put(ColumnKind.DEBIT, "списание", "расход");
        p.put(ColumnKind.CREDIT, "зачисление", "приход");
        // "Дебет" / "Кредит" money out and in (the accounting words, printed by Russian and Tajik statements alike).
        p.put(ColumnKind.DEBIT, "дебет");
        p.put(ColumnKind.AMOUNT, "сумма", "сумма операции", "сумма в валюте счёта");
        p.put(ColumnKind.BALANCE, "остаток", "остаток средств", "остаток средств в валюте счёта");
        // The bank's processing date, over the authorisation code printed under it ("Дата обработки и код авторизации").
        p.put(ColumnKind.POSTING_DATE, "дата обработки", "дата обработки и код авторизации");
        p.put(ColumnKind.OTHER, "код авторизации");
        // Ukrainian ("Опис операції" the row's text, "Сума" the signed amount, "Залишок після операції" the balance).
        p.put(ColumnKind.DESCRIPTION, "опис", "опис операції", "призначення платежу");
        p.put(ColumnKind.AMOUNT, "сума", "сума операції");
        p.put(ColumnKind.BALANCE, "залишок", "залишок після операції");
        // A card statement's ("Дата і час операції" the date with its time, "Деталі операції" the text, "Сума в
        // валюті картки" the amount in the card's currency; the operation's own currency, its rate, the commission and
        // the cashback are no money of the account).
        p.put(ColumnKind.DATE, "дата і час операції", "дата і час", "дата операції");
        p.put(ColumnKind.DESCRIPTION, "деталі операції", "деталі");
        p.put(ColumnKind.AMOUNT, "сума в валюті картки");
        p.put(ColumnKind.OTHER, "сума в валюті операції", "курс", "сума комісій", "комісія", "сума кешбеку", "кешбек");
        // Bulgarian ("Дата" is shared with Russian; "Дебит" / "Кредит" money out and in, "Салдо" the balance, "Вальор"
        // the value date).
        p.put(ColumnKind.OTHER_DATE, "вальор", "дата на вальор");
        p.put(ColumnKind.DESCRIPTION, "описание на операцията", "описание на операция", "основание", "основание за плащане");
        p.put(ColumnKind.DEBIT, "дебит");
        p.put(ColumnKind.CREDIT, "кредит");
        p.put(ColumnKind.BALANCE, "салдо");
        // Romanian ("Data tranzacției" over two rows, "Descriere tranzacție", "Sold" the balance).
        p.put(ColumnKind.DATE, "data tranzacției", "data tranzacţiei", "data operațiunii");
        p.put(ColumnKind.DESCRIPTION, "descriere", "descriere tranzacție", "descrierea tranzacției", "detalii tranzacție",
            "descrierea operațiunii", "descriere operațiune", "detalii operațiune");
        p.put(ColumnKind.AMOUNT, "suma");
        p.put(ColumnKind.BALANCE, "sold");
        // Macedonian ("Задолжување" / "Одобрување" money out and in; "Датум", "Опис" and "Салдо" are shared above).
        p.put(ColumnKind.DEBIT, "задолжување");
        p.put(ColumnKind.CREDIT, "одобрување");
        // Kazakh, printed beside the Russian ("Дата / Күні", "Сумма / Сомасы", "Остаток / Қалдық").
        p.put(ColumnKind.DATE, "күні", "операция күні");
        p.put(ColumnKind.DESCRIPTION, "операция сипаттамасы", "сипаттамасы");
        p.put(ColumnKind.AMOUNT, "сомасы");
        p.put(ColumnKind.BALANCE, "қалдық");
        // Mongolian ("Огноо" the date, "Гүйлгээний утга" the row's text, "Үлдэгдэл" the balance; "Дебит" / "Кредит"
        // as Bulgarian).
        p.put(ColumnKind.DATE, "огноо", "гүйлгээний огноо");
        p.put(ColumnKind.DESCRIPTION, "гүйлгээний утга", "утга");
        p.put(ColumnKind.AMOUNT, "дүн", "гүйлгээний дүн");
        p.put(ColumnKind.BALANCE, "үлдэгдэл");
        // Azerbaijani ("Məxaric" money out, "Mədaxil" money in, "Qalıq" the balance).
        p.put(ColumnKind.DATE, "tarix", "əməliyyat tarixi");
        p.put(ColumnKind.DESCRIPTION, "təsvir", "təyinat", "əməliyyatın təsviri");
        p.put(ColumnKind.DEBIT, "məxaric");
        p.put(ColumnKind.CREDIT, "mədaxil");
        p.put(ColumnKind.AMOUNT, "məbləğ");
        p.put(ColumnKind.BALANCE, "qalıq");
    }
}
