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
