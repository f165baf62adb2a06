package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Money headers of two words joined by a slash ("Deposits/ Additions", "Withdrawals/ Subtractions"), wrapped or not. */
class SlashedMoneyHeadersTest {

    private static PageSketch rows(PageSketch p) {
        return p.cell(40, "8/1").cell(100, "Beginning balance").right(560, "1,000.00").next()
                .cell(40, "8/2").cell(100, "Acme Corp Payroll").right(420, "250.00").right(560, "1,250.00").next()
                .cell(40, "8/3").cell(100, "Purchase authorized on 08/03 Safeway").right(490, "46.91")
                .right(560, "1,203.09").next();
    }

    @Test
    void headersWrappedAfterTheSlashNameCreditAndDebit() throws Exception {
        Statement s = parse(rows(new PageSketch(1)
                .line(40, "Statement period 8/1/2025 to 8/31/2025").gap(20)
                .right(420, "Deposits/").right(490, "Withdrawals/").right(560, "Ending daily").next()
                .cell(40, "Date").cell(100, "Description").right(420, "Additions").right(490, "Subtractions")
                .right(560, "balance").next()));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("250.00"), new BigDecimal("-46.91"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void headersOnOneRow() {
        List<Line> lines = Line.of(new PageSketch(1)
                .line(40, "Date", 100, "Description", 300, "Deposits/Additions", 400, "Withdrawals/Subtractions",
                        520, "Balance").page());
        String kinds = HeaderDetector.detect(lines, 0).orElseThrow().columns().columns().stream()
                .map(c -> c.kind().name()).collect(Collectors.joining(","));
        assertThat(kinds).isEqualTo("DATE,DESCRIPTION,CREDIT,DEBIT,BALANCE");
    }
}
