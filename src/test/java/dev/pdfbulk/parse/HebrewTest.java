package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hebrew column headers and balance labels, and a right-to-left table read in logical order (as extraction hands it
 * over): every cell right-aligned, descriptions running left of their header, balances labelled on their left.
 */
class HebrewTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"תאריך, DATE", "תאריך ערך, OTHER_DATE", "תיאור הפעולה, DESCRIPTION", "אסמכתא, OTHER", "חובה, DEBIT",
        "זכות, CREDIT", "יתרה בש\"ח, BALANCE", "יתרה, BALANCE"})
    void headerWordsNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"יתרה קודמת, true", "יתרת פתיחה, true", "יתרה לסוף התקופה, false", "יתרת סגירה, false"})
    void hebrewLabelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @Test
    void aRightToLeftTableReconcilesFromTheBalancesLabelledOnTheirLeft() throws Exception {
        Statement s = parse(new PageSketch(1)
                .right(95, "1,840.25-").right(440, "יתרה קודמת").next().gap(10)
                .right(95, "יתרה בש\"ח").right(155, "זכות").right(215, "חובה").right(275, "אסמכתא")
                        .right(440, "תיאור הפעולה").right(500, "תאריך ערך").right(555, "תאריך").next()
                .right(95, "10,646.62").right(155, "12,486.87").right(275, "54637239")
                        .right(440, "משכורת אלביט מערכות בע\"מ").right(500, "05/06/2025").right(555, "05/06/2025").next()
                .right(95, "9,913.68").right(215, "732.94").right(275, "93775528")
                        .right(440, "משיכה מכספומט סניף 612").right(500, "06/06/2025").right(555, "06/06/2025").next()
                .right(95, "7,696.90").right(215, "2,216.78").right(275, "48327595")
                        .right(440, "שיק 80012").right(500, "07/06/2025").right(555, "06/06/2025").next()
                .right(95, "2,646.90").right(215, "5,050.00").right(275, "79155539")
                        .right(440, "הוראת קבע חברת חשמל לישראל").right(500, "12/06/2025").right(555, "12/06/2025").next()
                .right(95, "2,646.90").right(440, "יתרה לסוף התקופה").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "משכורת אלביט מערכות בע\"מ", "משיכה מכספומט סניף 612", "שיק 80012", "הוראת קבע חברת חשמל לישראל");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("12486.87"),
                new BigDecimal("-732.94"), new BigDecimal("-2216.78"), new BigDecimal("-5050.00"));
        assertThat(s.transactions().get(2).date()).hasToString("2025-06-06");
        // "בש\"ח", in shekels, under the balance's header names the currency.
        assertThat(s.metadata().currency()).isEqualTo("ILS");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
