package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderVocabularyTest {

    /** The definition normalise implements by hand (it runs on every word of every line). */
    private static String byRegex(String text) {
        String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .strip();
        return s.replaceAll("[:.*]+$", "").replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date", "  Money   out: ", "AMOUNT (£)", "date :", "Paid\tin", "Balance*.:", "a \t b",
        "x\u00a0y", "::", "", " ", "Libellé de l'opération", "Wert-\nstellung", "Solde.", "in  ", "\u2003Date"})
    void normaliseMatchesTheRegexDefinition(String text) {
        assertThat(HeaderVocabulary.normalise(text)).isEqualTo(byRegex(text));
    }

    /** The definitions qualifierShape and isCurrencyUnit implement by hand (header detection asks every word). */
    private static final java.util.regex.Pattern QUALIFIER = java.util.regex.Pattern.compile(
            "[$£€¥]|[a-z]{3}|\\([^)]*\\)|in|of|no|nr|#|\\(-\\)|\\(\\+\\)|\\(|\\)|\\(?([$£€¥]|[a-z]{3})\\)?"
                    + "|euros?");
    private static final java.util.regex.Pattern CURRENCY_UNIT =
            java.util.regex.Pattern.compile("\\(?([$£€¥]|[A-Z]{3}|(?i:euros?)|" + java.util.Arrays
                    .stream(AmountPattern.CODES)
                    .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")\\)?");

    @Test
    void qualifierAndCurrencyUnitMatchTheirRegexDefinitionsOnRandomText() {
        Random random = new Random(11);
        String[] pieces = {"(", ")", "$", "£", "€", "¥", "#", "a", "z", "q", "A", "Z", "Q", "i", "n", "o", "f", "r",
            "-", "+", " ", "\t", "é", "1", ".", "in", "of", "no", "nr", "eur", "EUR", "usd", "(£)", "(EUR)",
            "euro", "Euros"};
        int qualifiers = 0;
        int units = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = RandomPhrases.of(random, pieces, 0, 5);
            boolean qualifier = QUALIFIER.matcher(text).matches();
            boolean unit = CURRENCY_UNIT.matcher(text.strip()).matches();
            assertThat(HeaderQualifiers.qualifierShape(text)).as("qualifier [%s]", text).isEqualTo(qualifier);
            assertThat(HeaderQualifiers.isCurrencyUnit(text)).as("unit [%s]", text).isEqualTo(unit);
            qualifiers += qualifier ? 1 : 0;
            units += unit ? 1 : 0;
        }
        assertThat(qualifiers).isGreaterThan(5_000);
        assertThat(units).isGreaterThan(2_000);
    }

    @Test
    void normaliseMatchesTheRegexDefinitionOnRandomText() {
        Random random = new Random(7);
        String alphabet = "aB :.*\t\n\u000b\f\r\u00a0é$";
        for (int n = 0; n < 20_000; n++) {
            String text = RandomPhrases.of(random, alphabet.split(""), 0, 12);
            assertThat(HeaderVocabulary.normalise(text)).as("[%s]", text).isEqualTo(byRegex(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date", "Transaction Date", "Date of transaction", "Posted", "Valuta", "Value date",
        "Buchungstag", "Date opération", "Fecha", "Effective date", "Buchung", "F. Operación", "F. Valor",
        "Data mov.", "Data valuta"})
    void everyDateColumnNameHoldsADateKey(String name) {
        assertThat(HeaderVocabulary.kindOf(name)).isIn(ColumnKind.DATE, ColumnKind.POSTING_DATE, ColumnKind.OTHER_DATE);
        assertThat(name.split(" ")).anyMatch(HeaderWords::isDateKey);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Money out", "Paid in", "In", "Amount", "Withdrawal amount", "Betrag", "Payments & credits",
        "Debit (-)", "Value", "Sortie"})
    void everyMoneyColumnNameHoldsAMoneyKey(String name) {
        assertThat(HeaderVocabulary.kindOf(name).isTransactionMoney()).isTrue();
        assertThat(name.split(" ")).anyMatch(HeaderWords::isMoneyKey);
    }

    @Test
    void everyKnownDateAndMoneyPhraseHoldsAKey() {
        HeaderVocabulary.phrases().forEach((phrase, kind) -> {
            if (kind == ColumnKind.DATE || kind == ColumnKind.POSTING_DATE || kind == ColumnKind.OTHER_DATE) {
                assertThat(phrase.split(" ")).as(phrase).anyMatch(HeaderWords::isDateKey);
            }
            if (kind.isTransactionMoney()) {
                assertThat(phrase.split(" ")).as(phrase).anyMatch(HeaderWords::isMoneyKey);
            }
        });
    }

    @Test
    void wordsCommonInDescriptionsAreNotKeys() {
        assertThat(HeaderWords.isDateKey("transaction")).isFalse();
        assertThat(HeaderWords.isDateKey("of")).isFalse();
        assertThat(HeaderWords.isMoneyKey("balance")).isFalse();
        assertThat(HeaderWords.isMoneyKey("description")).isFalse();
    }

    @Test
    void abbreviationsReadAsTheWordsTheyShorten() {
        assertThat(HeaderVocabulary.kindOf("Value Dt")).isEqualTo(ColumnKind.OTHER_DATE);
        assertThat(HeaderVocabulary.kindOf("Txn Dt.")).isEqualTo(ColumnKind.DATE);
        assertThat(HeaderVocabulary.kindOf("Withdrawal Amt.")).isEqualTo(ColumnKind.DEBIT);
        assertThat(HeaderVocabulary.kindOf("Ref.No.")).isEqualTo(ColumnKind.OTHER);
        assertThat(HeaderVocabulary.kindOf("Bal.")).isEqualTo(ColumnKind.BALANCE);
        assertThat(HeaderWords.isHeaderWord("Dt")).isTrue();
        assertThat(HeaderWords.isDateKey("Dt")).isTrue();
        assertThat(HeaderWords.isDateKey("Txn.Dt.")).isTrue();
    }

    @Test
    void slashAlternativesNameAColumnOnlyWhenTheyAgree() {
        assertThat(HeaderVocabulary.kindOf("Chq./Ref.No.")).isEqualTo(ColumnKind.OTHER);
        assertThat(HeaderWords.isHeaderWord("Chq./Ref.No.")).isTrue();
        assertThat(HeaderVocabulary.kindOf("Date/Amount")).isNull();
        assertThat(HeaderVocabulary.kindOf("Chq./Remarks")).isNull();
        assertThat(HeaderWords.isHeaderWord("and/or")).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Withdrawn, DEBIT", "Lodged, CREDIT", "Lodgements, CREDIT", "Outgoings, DEBIT", "Incomings, CREDIT",
        "Data operacji, DATE", "Data księgowania, POSTING_DATE", "Opis operacji, DESCRIPTION", "Kwota, AMOUNT",
        "Saldo po operacji, BALANCE", "Popis, DESCRIPTION", "Částka, AMOUNT", "Zůstatek, BALANCE", "Belopp, AMOUNT",
        "Transaktionsdag, DATE", "Bokföringsdag, POSTING_DATE"})
    void irishPolishCzechAndSwedishHeaders(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Köpdatum, DATE", "Bokf.datum, POSTING_DATE", "Bokf. datum, POSTING_DATE", "Købsdato, DATE",
        "Kjøpsdato, DATE"})
    void nordicCardPurchaseAndBookingDates(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Referens, OTHER", "Docto., OTHER", "Kenmerk, OTHER", "Nr ref., OTHER", "Cód., OTHER", "COD., OTHER",
        "Riferimento, OTHER", "Localidad, OTHER", "Comercio, DESCRIPTION", "F. LIQ, OTHER_DATE",
        "Fecha liq., OTHER_DATE", "Af Bij, SIGN", "Debit/Credit, SIGN"})
    void referenceLocationSettlementDateAndSignColumnsInTheirLanguages(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void paidAloneNamesNoColumn() {
        // "Paid" over "out" and "Paid" over "in" are two columns; alone the word does not say which way.
        assertThat(HeaderVocabulary.kindOf("Paid")).isNull();
    }

    @Test
    void narrationNamesTheDescription() {
        assertThat(HeaderVocabulary.kindOf("Narration")).isEqualTo(ColumnKind.DESCRIPTION);
    }
}
