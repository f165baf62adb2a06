package dev.pdfbulk.parse;

import java.util.function.BiConsumer;

/**
 * Column header words of Estonian, Latvian, Lithuanian, Icelandic, Croatian, Slovenian, Serbian and Slovak statements, by the kind of column they
 * name. Plain data, added to {@link HeaderPhrases}' (as printed; the matching folds them).
 */
final class EuropeanHeaderWords {

    private EuropeanHeaderWords() {
    }

    static void headers(BiConsumer<ColumnKind, String[]> put) {
        // Estonian ("Kuupäev" the date, "Saaja/Maksja" the other party, "Selgitus" the explanation, "Summa" the signed
        // amount, "Deebet"/"Kreedit" money out and in, "Väärtuspäev" the value date).
        put.accept(ColumnKind.DATE, new String[] {"kuupäev", "tehingu kuupäev"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"väärtuspäev"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"saaja/maksja", "maksja/saaja", "saaja", "selgitus", "makse selgitus"});
        put.accept(ColumnKind.DEBIT, new String[] {"deebet"});
        put.accept(ColumnKind.CREDIT, new String[] {"kreedit"});
        put.accept(ColumnKind.AMOUNT, new String[] {"summa"});
        // Latvian ("Datums", "Apraksts" the description, "Debets"/"Kredīts" money out and in, "Atlikums" the balance).
        put.accept(ColumnKind.DATE, new String[] {"datums", "darījuma datums"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"apraksts", "maksājuma mērķis", "saņēmējs/maksātājs"});
        put.accept(ColumnKind.DEBIT, new String[] {"debets"});
        put.accept(ColumnKind.CREDIT, new String[] {"kredīts"});
        put.accept(ColumnKind.BALANCE, new String[] {"atlikums"});
        // Lithuanian ("Data" is Polish and Romanian too; "Gavėjas/Mokėtojas" the other party, "Paaiškinimai" the
        // explanation, "Suma" the amount signed by a "D/K" column beside it, "Likutis" the balance, "Debetas"/"Kreditas"
        // money out and in).
        put.accept(ColumnKind.DATE, new String[] {"operacijos data", "operacijos diena"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"gavėjas/mokėtojas", "mokėtojas/gavėjas", "gavėjas", "mokėtojas",
            "paaiškinimai", "paaiškinimas", "mokėjimo paskirtis"});
        put.accept(ColumnKind.DEBIT, new String[] {"debetas"});
        put.accept(ColumnKind.CREDIT, new String[] {"kreditas"});
        put.accept(ColumnKind.BALANCE, new String[] {"likutis"});
        // Icelandic ("Dags." the date, "Skýring" the explanation, "Upphæð" the amount, "Staða" the balance, "Vaxtadagur"
        // the value date; "Úttekt"/"Innborgun" money out and in).
        put.accept(ColumnKind.DATE, new String[] {"dags.", "dags", "dagsetning"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"vaxtadagur", "vaxtadags."});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"skýring", "texti"});
        put.accept(ColumnKind.DEBIT, new String[] {"úttekt", "úttektir"});
        put.accept(ColumnKind.CREDIT, new String[] {"innborgun", "innborganir", "innlegg"});
        put.accept(ColumnKind.AMOUNT, new String[] {"upphæð"});
        put.accept(ColumnKind.BALANCE, new String[] {"staða"});
        // Croatian and Slovenian ("Opis" is Polish too; "Isplata"/"Uplata" and "Breme"/"Dobro" money out and in,
        // "Stanje" the balance, "Iznos"/"Znesek" the amount, "Datum knjiženja" the booking date; "Datum valute", the
        // value date, is a row's date where it is the only one).
        put.accept(ColumnKind.POSTING_DATE, new String[] {"datum knjiženja", "datum knjižbe"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"datum valute"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"namen", "namen plačila", "opis plaćanja", "opis transakcije"});
        put.accept(ColumnKind.DEBIT, new String[] {"isplata", "isplate", "breme", "v breme"});
        put.accept(ColumnKind.CREDIT, new String[] {"uplata", "uplate", "dobro", "v dobro"});
        put.accept(ColumnKind.AMOUNT, new String[] {"iznos", "znesek"});
        put.accept(ColumnKind.BALANCE, new String[] {"stanje"});
        // Serbian, in Cyrillic and Latin script ("Датум", "Опис" (Ukrainian too), "Задужење"/"Zaduženje" and
        // "Одобрење"/"Odobrenje" money out and in, "Стање" the balance, "Износ" the amount).
        put.accept(ColumnKind.DATE, new String[] {"датум", "датум трансакције"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"опис трансакције", "опис плаћања", "сврха плаћања", "svrha plaćanja"});
        put.accept(ColumnKind.DEBIT, new String[] {"задужење", "zaduženje", "исплата", "исплате"});
        put.accept(ColumnKind.CREDIT, new String[] {"одобрење", "odobrenje", "уплата", "уплате"});
        put.accept(ColumnKind.AMOUNT, new String[] {"износ"});
        put.accept(ColumnKind.BALANCE, new String[] {"стање"});
        // Slovak ("Dátum", "Popis" and "Suma" are Hungarian, Czech and Romanian too; "Zostatok" the balance, "Dátum
        // zaúčtovania" the booking date, "Dátum valuty" the value date).
        put.accept(ColumnKind.POSTING_DATE, new String[] {"dátum zaúčtovania"});
        put.accept(ColumnKind.OTHER_DATE, new String[] {"dátum valuty"});
        put.accept(ColumnKind.DESCRIPTION, new String[] {"popis transakcie"});
        put.accept(ColumnKind.AMOUNT, new String[] {"suma transakcie"});
        put.accept(ColumnKind.BALANCE, new String[] {"zostatok", "zostatok po transakcii"});
    }
}
