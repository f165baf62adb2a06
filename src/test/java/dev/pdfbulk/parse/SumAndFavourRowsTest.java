package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows under the table's last transaction that are none: "Sum" over the column totals and a balance named by whose
 * favour it is in ("Saldo i Deres favør").
 */
class SumAndFavourRowsTest {

    @Test
    void aSumRowAndABalanceInTheHoldersFavourAreNoTransactions() throws Exception {
        PageSketch p = new PageSketch(1);
        p.line(40, "Statement 01.05.2025 - 31.05.2025").gap(20);
        p.line(40, "Date", 90, "Description", 400, "Paid out", 480, "Paid in");
        p.cell(40, "03.05").cell(90, "REMA 1000 MAJORSTUEN").right(440, "872,44").next();
        p.cell(40, "12.05").cell(90, "Lønn ACME AS").right(520, "45 200,96").next();
        p.cell(40, "31.05").cell(90, "Gebyr Visa Debet").right(440, "35,00").next();
        p.cell(90, "Sum").right(440, "907,44").right(520, "45 200,96").next();
        p.cell(90, "Saldo i Deres favør 31.05.2025").right(520, "59 528,32").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("REMA 1000 MAJORSTUEN", "Lønn ACME AS", "Gebyr Visa Debet");
    }

    @Test
    void aBalanceInTheBanksFavourIsOverdrawn() {
        Amount printed = AmountParser.parse("1.234,56").orElseThrow();
        assertThat(BalanceSide.signed(printed, "Saldo zu unseren Gunsten").signed())
                .isEqualByComparingTo(new BigDecimal("-1234.56"));
        assertThat(BalanceSide.signed(printed, "Saldo zu Ihren Gunsten").signed())
                .isEqualByComparingTo(new BigDecimal("1234.56"));
    }
}
