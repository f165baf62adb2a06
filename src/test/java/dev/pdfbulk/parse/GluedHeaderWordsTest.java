package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

class GluedHeaderWordsTest {

    @Test
    void aWordMadeOfTwoHeaderWordsPartsWhereTheSecondBegins() {
        assertThat(GluedHeaderWords.splitAt("IDDescription")).isEqualTo(2);
        assertThat(GluedHeaderWords.splitAt("DateDescription")).isEqualTo(4);
        assertThat(GluedHeaderWords.splitAt("BalanceCcy")).isEqualTo(7);
    }

    @Test
    void knownWordsOrdinaryWordsAndLowerCaseJoinsStayWhole() {
        assertThat(GluedHeaderWords.splitAt("Description")).isZero();
        assertThat(GluedHeaderWords.splitAt("Payments")).isZero();
        assertThat(GluedHeaderWords.splitAt("McDonalds")).isZero();
        assertThat(GluedHeaderWords.splitAt("PayPal")).isZero();
        assertThat(GluedHeaderWords.splitAt("datedescription")).isZero();
        assertThat(GluedHeaderWords.splitAt("2025Date")).isZero();
    }

    @Test
    void aWordMadeOfTwoWordsOfHeaderPhrasesPartsAtItsCapital() {
        // "Transaction" over "Date" set against "Posting" over "Date": each part is a word of a phrase, not one.
        assertThat(GluedHeaderWords.splitAt("TransactionPosting")).isEqualTo(11);
        assertThat(GluedHeaderWords.splitAt("ReferenceAccount")).isEqualTo(9);
    }

    @Test
    void aHeaderWordOrACapitalAfterACapitalOrADescriptionWordStaysWhole() {
        assertThat(GluedHeaderWords.splitAt("Buchungsdatum")).isZero();
        assertThat(GluedHeaderWords.splitAt("TRANSACTIONPOSTING")).isZero();
        assertThat(GluedHeaderWords.splitAt("iTunes")).isZero();
        assertThat(GluedHeaderWords.splitAt("YouTube")).isZero();
        assertThat(GluedHeaderWords.splitAt("AutoPay")).isZero();
    }

    @Test
    void aTwoRowHeaderWithItsFirstTwoCellsGluedReadsAsItsColumns() throws Exception {
        // given: "Transaction" touches "Posting" and "Number" touches "Account" (one word each), the first two over
        // "Date", the second "Date" set a fraction of a point left of where the shared-out widths part the word
        PageSketch p = new PageSketch(1).line(40, "Statement period 07/13/2025 to 08/12/2025").gap(20)
                .line(40, "Previous Balance", 300, "$1,287.44").line(40, "New Balance Total", 300, "$938.79").gap(20)
                .line(40, "TransactionPosting", 150, "Description", 340, "Reference NumberAccount", 520, "Amount")
                .line(40, "Date", 94.6f, "Date", 425, "Number")
                .cell(40, "08/03").cell(95, "08/03").cell(150, "PAYMENT - THANK YOU").cell(340, "1842")
                .cell(425, "4417").right(550, "-992.72").next()
                .cell(40, "07/19").cell(95, "07/21").cell(150, "UNITED HOUSTON TX").cell(340, "2568")
                .cell(425, "4417").right(550, "644.07").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PAYMENT - THANK YOU", "UNITED HOUSTON TX");
    }

    @Test
    void anAbbreviationAfterAHeaderWordPartsFromTheHeaderWordGluedToIt() {
        // "Date val." set against "Libellé": the abbreviation goes with "Date", "Libellé" is a column of its own.
        assertThat(GluedHeaderWords.splitAt("Date", "val.Libellé")).isEqualTo(4);
        assertThat(GluedHeaderWords.splitAt(null, "val.Libellé")).isZero();
        assertThat(GluedHeaderWords.splitAt("CARTE", "val.Libellé")).isZero();
        assertThat(GluedHeaderWords.splitAt("Date", "valLibellé")).isZero();
    }

    @Test
    void aTextColumnGluedToTheAbbreviatedDateBeforeItStillHeadsTheDescriptions() throws Exception {
        // given: the value date's header runs into "Libellé", with no word break seen between them
        PageSketch p = new PageSketch(1).line(40, "Période du 01/05/2025 au 31/05/2025").gap(20)
                .line(40, "Date opé.", 100, "Date val.Libellé", 470, "Montant")
                .cell(40, "01.05").cell(100, "02.05").cell(145, "CARTE CARREFOUR CITY").right(505, "-65,35").next()
                .cell(40, "06.05").cell(100, "06.05").cell(145, "VIR SEPA RECU").right(505, "+430,33").next();

        // when
        Statement s = parse(p);

        // then
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CARTE CARREFOUR CITY", "VIR SEPA RECU");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-65.35"), new BigDecimal("430.33"));
    }
}
