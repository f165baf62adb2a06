package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules typed with characters in plain-text (monospaced) prints are furniture, not the end of the table. */
class TypedRuleTest {

    // As a mainframe prints it: a header, a rule of dashes under every column, then a balance forward row.
    private static PageSketch plainPrint(String rule) {
        return new PageSketch(1).line(40, "STATEMENT OF ACCOUNT PERIOD 05/01/25 THRU 05/31/25").gap(20)
                .line(40, "DATE", 100, "DESCRIPTION", 300, "DEBITS", 380, "CREDITS", 460, "BALANCE")
                .line(40, rule.repeat(8), 100, rule.repeat(30), 280, rule.repeat(13), 360, rule.repeat(13),
                        440, rule.repeat(13))
                .cell(40, "05/01/25").cell(100, "BALANCE FORWARD").right(505, "3,412.80").next()
                .cell(40, "05/01/25").cell(100, "KROGER #639").right(345, "391.24").right(505, "3,021.56").next()
                .cell(40, "05/02/25").cell(100, "MOBILE CHECK DEPOSIT").right(425, "1,034.36").right(505, "4,055.92")
                .next();
    }

    @Test
    void aRuleOfDashesUnderTheHeaderIsNoEndOfTheTable() throws Exception {
        for (String rule : new String[]{"-", "=", "_"}) {
            Statement s = parse(plainPrint(rule));
            assertThat(s.transactions()).as(rule).extracting(Transaction::description)
                    .containsExactly("KROGER #639", "MOBILE CHECK DEPOSIT");
            assertThat(s.transactions()).extracting(Transaction::amount)
                    .containsExactly(new BigDecimal("-391.24"), new BigDecimal("1034.36"));
            assertThat(s.metadata().openingBalance()).isEqualByComparingTo("3412.80");
            assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        }
    }

    @Test
    void aRuleBetweenRowsIsNeitherARowNorASectionHeading() throws Exception {
        PageSketch p = plainPrint("-")
                .line(40, "--------", 100, "------------------------------", 280, "-------------")
                .cell(40, "05/03/25").cell(100, "CHECK 1043").right(345, "68.80").right(505, "3,987.12").next()
                .line(280, "=============", 360, "=============")
                .cell(100, "ENDING BALANCE").right(505, "3,987.12").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("KROGER #639", "MOBILE CHECK DEPOSIT", "CHECK 1043");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("3987.12");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLoneDashIsAnEmptyCellNotARule() {
        Line placeholder = Line.of(new PageSketch(1).line(300, "-", 380, "--").page()).get(0);
        Line rule = Line.of(new PageSketch(1).line(40, "--------", 300, "-").page()).get(0);
        Line text = Line.of(new PageSketch(1).line(40, "---", 100, "PAGE").page()).get(0);
        assertThat(placeholder.isRule()).isFalse();
        assertThat(rule.isRule()).isTrue();
        assertThat(text.isRule()).isFalse();
    }
}
