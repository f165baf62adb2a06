package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole statements whose column order, header wording or sign column differ from the common layouts. */
class ColumnLayoutsTest {

    @Test
    void aPostingDatePrintedBeforeTheTransactionDateIsNotTheRowsDate() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Credit limit $5,000.00")
                .line(40, "Statement date 08/31/2025")
                .line(40, "Previous balance", 200, "$500.00")
                .line(40, "New balance", 200, "$530.00").gap(20)
                .line(40, "Post Date", 110, "Trans Date", 180, "Description", 470, "Amount")
                .cell(40, "Aug 03").cell(110, "Aug 02").cell(180, "GROCER").right(510, "80.00").next()
                .cell(40, "Aug 06").cell(110, "Aug 05").cell(180, "PAYMENT THANK YOU").right(510, "-50.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 8, 2), LocalDate.of(2025, 8, 5));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-80.00"), new BigDecimal("50.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    static Statement parse(PageSketch... pages) throws StatementException {
        StatementParser parser = StatementParser.create();
        for (PageSketch p : pages) {
            parser.accept(p.page());
        }
        return parser.finish();
    }
}
