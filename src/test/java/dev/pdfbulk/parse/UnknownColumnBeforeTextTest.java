package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unknown header word set a cell apart between the date's header and the description's ("Date | Voucher |
 * Description"): it heads a column of its own, whose cells (a reference number) never start the description.
 */
class UnknownColumnBeforeTextTest {

    @Test
    void anUnknownColumnBetweenTheDateAndTheTextIsNoPartOfTheDescription() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Period 2024-06-01 - 2024-06-30")
                .line(40, "Opening balance", 300, "1,000.00")
                .line(40, "Closing balance", 300, "1,400.00").gap(20)
                .cell(40, "Date").cell(120, "Voucher").cell(235, "Description")
                .right(480, "Amount").right(555, "Balance").next();
        String[][] rows = {{"2024-06-03", "5484381424", "GROCER CENTRAL", "-100.00", "900.00"},
                {"2024-06-10", "2428140170", "SALARY ACME LTD", "600.00", "1,500.00"},
                {"2024-06-20", "7152345227", "CITY TRANSIT", "-100.00", "1,400.00"}};
        for (String[] r : rows) {
            p = p.cell(40, r[0]).cell(120, r[1]).cell(235, r[2]).right(480, r[3]).right(555, r[4]).next();
        }
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("GROCER CENTRAL", "SALARY ACME LTD", "CITY TRANSIT");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
