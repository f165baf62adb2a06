package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A summary grid whose date and limit labels read as a table header of its own (KBank's "CARD NUMBER | STATEMENT DATE
 * | PAYMENT DUE DATE | CREDIT LIMIT" over its values) is no list of transactions: the card's number and the statement
 * date set under their labels are the statement's.
 */
class SummaryGridTest {

    private static PageSketch kbank(String numberLabel) {
        return new PageSketch(1)
                .line(40, "KASIKORNBANK", 400, "CREDIT CARD STATEMENT").gap(20)
                .line(50, numberLabel, 178, "STATEMENT DATE", 306, "PAYMENT DUE DATE", 434, "CREDIT LIMIT")
                .line(50, "4890-XXXX-XXXX-3321", 178, "15/10/25", 306, "04/11/25", 434, "200,000.00")
                .line(50, "PREVIOUS BALANCE", 178, "TOTAL BALANCE", 306, "TOTAL AMOUNT DUE", 434, "MINIMUM PAYMENT")
                .line(50, "500.00", 178, "520.00", 306, "520.00", 434, "41.60").gap(30)
                .line(40, "TRANS. DATE", 100, "POSTING DATE", 160, "DESCRIPTION", 480, "AMOUNT (BAHT)")
                .cell(160, "PREVIOUS BALANCE").right(553, "500.00").next()
                .cell(40, "16/09/25").cell(100, "17/09/25").cell(160, "7-ELEVEN BANGKOK").right(553, "70.00").next()
                .cell(40, "03/10/25").cell(100, "03/10/25").cell(160, "PAYMENT - THANK YOU").right(553, "50.00-").next();
    }

    @Test
    void theCardNumberAndStatementDateUnderTheirLabelsInAGridReadAsATableAreTheStatements() throws Exception {
        Statement s = parse(kbank("CARD NUMBER"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.metadata().account()).isEqualTo("****3321");
        // The grid's statement date is the card's closing day: it ends the period (ClosingDatePeriod).
        assertThat(s.metadata().periodStart()).isNull();
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 10, 15));
    }

    @Test
    void aMembersNumberInTheGridIsNoAccount() throws Exception {
        Statement s = parse(kbank("MEMBER NUMBER"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().account()).isNull();
    }

    @Test
    void aDateUnderALabelThatDoesNotFillItsCellIsNone() {
        MetadataReader.Raw m = MetadataReader.read(Line.of(new PageSketch(1)
                .line(40, "Statement date for your card")
                .line(40, "15/10/2025").page()));
        assertThat(m.statementDate()).isNull();
        MetadataReader.Raw grid = MetadataReader.read(Line.of(new PageSketch(1)
                .line(40, "Statement date", 200, "Due date")
                .line(40, "15/10/2025", 200, "04/11/2025").page()));
        assertThat(grid.statementDate()).isEqualTo(new RawDate(15, 10, 2025, false));
        // A line holding a date of its own is no row of labels heading the cells below.
        MetadataReader.Raw dated = MetadataReader.read(Line.of(new PageSketch(1)
                .line(40, "Statement date", 200, "Printed 01/10/2025")
                .line(40, "15/10/2025", 200, "04/11/2025").page()));
        assertThat(dated.statementDate()).isNull();
    }
}
