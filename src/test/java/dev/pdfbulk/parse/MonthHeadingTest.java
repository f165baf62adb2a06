package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A month and its year alone on a line between the rows ("April 2025") heads the month: no row, not the end. */
class MonthHeadingTest {

    private static PageSketch statement(float headingX, String april, String may) {
        return new PageSketch(1)
                .line(40, "Statement period 01 Apr 2025 to 31 May 2025").gap(20)
                .line(40, "Date", 100, "Transaction", 330, "Debit", 390, "Credit", 460, "Balance")
                .cell(headingX, april).next()
                .cell(100, "Balance B/F").right(490, "612.40").next()
                .cell(40, "02 Apr 25").cell(100, "SO RENT J O'SULLIVAN").right(350, "1,150.00").right(490, "-537.60").next()
                .cell(40, "24 Apr 25").cell(100, "SEPA CREDIT HSE SALARIES").right(415, "1,487.12").right(490, "949.52")
                .next()
                .cell(40, "30 Apr 25").cell(100, "ATM WITHDRAWAL CORK CU").right(350, "200.00").right(490, "749.52").next()
                .cell(100, "Balance C/F").right(490, "749.52").next().gap(8)
                .cell(headingX, may).next()
                .cell(100, "Balance B/F").right(490, "749.52").next()
                .cell(40, "01 May 25").cell(100, "POS DUNNES STORES CORK").right(350, "115.15").right(490, "634.37").next()
                .cell(40, "04 May 25").cell(100, "LODGEMENT CASH COUNTER").right(415, "354.22").right(490, "988.59").next()
                .cell(40, "10 May 25").cell(100, "POS LIDL CARRIGALINE").right(350, "28.12").right(490, "960.47").next()
                .cell(100, "Balance C/F").right(490, "960.47").next();
    }

    @Test
    void aMonthHeadingInTheDateColumnNeitherEndsTheTableNorIsARow() throws Exception {
        Statement s = parse(statement(40, "April 2025", "May 2025"));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-1150.00"),
                new BigDecimal("1487.12"), new BigDecimal("-200.00"), new BigDecimal("-115.15"),
                new BigDecimal("354.22"), new BigDecimal("-28.12"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aMonthHeadingInTheTextColumnSetApartFromTheRowAboveIsNoTitleOfAnotherBlock() throws Exception {
        Statement s = parse(statement(100, "APRIL 2025", "MAY 2025"));
        assertThat(s.transactions()).hasSize(6);
        assertThat(s.transactions()).extracting(Transaction::description).doesNotContain("MAY 2025")
                .contains("POS LIDL CARRIGALINE");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
