package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows that repeat the sums of the money columns above them: counts of the rows with their total ("No of Withdrawal
 * 3 | 1,812.45") and totals under labels the vocabulary does not know.
 */
class ColumnTotalsTest {

    // A Malaysian current account: the count lines under the closing balance sum each money column.
    private static PageSketch current(String withdrawals, String deposits) {
        return new PageSketch(1)
                .line(330, "Period : 01/05/2025 - 31/05/2025").gap(20)
                .line(40, "Date", 100, "Description", 260, "Cheque / Ref No", 330, "Withdrawal (RM)", 400,
                        "Deposits (RM)", 470, "Tax (RM)", 520, "Balance (RM)")
                .cell(100, "OPENING BALANCE / BAKI PEMBUKAAN").right(580, "4,210.55").next()
                .cell(40, "02/05/2025").cell(100, "DUITNOW TRANSFER").cell(260, "100234").right(400, "1,250.00")
                        .right(580, "2,960.55").next()
                .cell(40, "03/05/2025").cell(100, "SALARY CREDIT ACME").right(465, "8,500.00").right(580, "11,460.55")
                        .next()
                .cell(40, "05/05/2025").cell(100, "IBG PAYMENT TNB").cell(260, "556712").right(400, "312.45")
                        .right(580, "11,148.10").next()
                .cell(40, "15/05/2025").cell(100, "SERVICE CHARGE").right(400, "250.00")
                        .right(580, "10,898.10").next()
                .cell(100, "CLOSING BALANCE / BAKI PENUTUP").right(580, "10,898.10").next()
                .cell(100, withdrawals).right(400, "1,812.45").next()
                .cell(100, deposits).right(465, "8,500.00").next()
                .cell(100, "TOTAL WITHDRAWAL / JUMLAH PENGELUARAN").right(400, "1,812.45").next();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"No of Withdrawal 3|No of Deposits 1", "Number of debits 3|Number of credits 1",
        "Bil. Pengeluaran 3|Bil. Deposit 1", "Anzahl Belastungen 3|Anzahl Gutschriften 1",
        "Nombre de débits 3|Nombre de crédits 1", "No. of withdrawals|No. of deposits"})
    void countLinesWithTheColumnsSumsAreNoTransactions(String labels) throws Exception {
        // Read as two more rows, they left the closing balance behind them and the statement came out unverified.
        String[] both = labels.split("\\|");
        Statement s = parse(current(both[0], both[1]));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("DUITNOW TRANSFER",
                "SALARY CREDIT ACME", "IBG PAYMENT TNB", "SERVICE CHARGE");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-1250.00"),
                new BigDecimal("8500.00"), new BigDecimal("-312.45"), new BigDecimal("-250.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    // A Vietnamese account: the totals row under the last row sums the debit and the credit column.
    private static PageSketch vietnamese(String date, String label) {
        PageSketch p = new PageSketch(1)
                .line(200, "Từ ngày 01/05/2025 đến ngày 31/05/2025").gap(20)
                .line(40, "Ngày GD", 110, "Số CT", 200, "Diễn giải", 390, "Ghi nợ", 450, "Ghi có", 530, "Số dư")
                .cell(200, "Số dư đầu kỳ").right(560, "31.306.000").next()
                .cell(40, "02/05/2025").cell(110, "FT01234").cell(200, "MBVCB chuyen tien").right(420, "1.500.000")
                        .right(560, "29.806.000").next()
                .cell(40, "05/05/2025").cell(110, "FT01235").cell(200, "tra luong thang 4").right(490, "28.500.000")
                        .right(560, "58.306.000").next()
                .cell(40, "09/05/2025").cell(110, "FT01236").cell(200, "thanh toan dien").right(420, "875.000")
                        .right(560, "57.431.000").next();
        if (date != null) {
            p.cell(40, date);
        }
        return p.cell(200, label).right(420, "2.375.000").right(490, "28.500.000").next()
                .cell(200, "Số dư cuối kỳ").right(560, "57.431.000").next();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(value = {"NULL|Doanh số phát sinh", "31/05/2025|Cộng phát sinh trong kỳ", "31/05/2025|Turnover",
        "NULL|JUMLAH"}, delimiter = '|', nullValues = "NULL")
    void aTotalsRowOfBothColumnsIsNoTransactionWhateverItsLabel(String date, String label) throws Exception {
        // Read as a row (a label the vocabulary does not know, or a dated total of more than three words), it moved
        // the balance by the column sums and the closing balance disagreed.
        Statement s = parse(vietnamese(date, label));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("MBVCB chuyen tien", "tra luong thang 4", "thanh toan dien");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDatedTotalOfOneColumnOverSeveralRowsIsNoTransaction() throws Exception {
        // "TOTAL DEBITS FOR THE PERIOD" on a dated row is too long for a total label, as "TOTAL WINE & MORE" is.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 100, "Description", 380, "Debit", 450, "Credit", 530, "Balance")
                .cell(100, "OPENING BALANCE").right(560, "1,000.00").next()
                .cell(40, "02/05/2025").cell(100, "CARD PAYMENT TESCO").right(410, "40.00").right(560, "960.00").next()
                .cell(40, "04/05/2025").cell(100, "CARD PAYMENT COSTA").right(410, "60.00").right(560, "900.00").next()
                .cell(40, "31/05/2025").cell(100, "TOTAL DEBITS FOR THE PERIOD").right(410, "100.00").next()
                .cell(100, "CLOSING BALANCE").right(560, "900.00").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CARD PAYMENT TESCO", "CARD PAYMENT COSTA");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(value = {"AMAZON MARKETPLACE|100.00", "TOTAL WINE & MORE|60.00", "No of Withdrawal 1|55.00"},
            delimiter = '|')
    void aTransactionEqualToTheSumAboveItStaysATransaction(String description, String amount) throws Exception {
        // Without a label naming a total or a count, or summing one row only, one amount equal to a column's sum is
        // a coincidence: the row is the statement's, and its balance agrees.
        String balance = new BigDecimal("900.00").subtract(new BigDecimal(amount)).toPlainString();
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 100, "Description", 380, "Debit", 450, "Credit", 530, "Balance")
                .cell(100, "OPENING BALANCE").right(560, "1,000.00").next()
                .cell(40, "02/05/2025").cell(100, "CARD PAYMENT TESCO").right(410, "40.00").right(560, "960.00").next()
                .cell(40, "04/05/2025").cell(100, "CARD PAYMENT COSTA").right(410, "60.00").right(560, "900.00").next()
                .cell(40, "20/05/2025").cell(100, description).right(410, amount).right(560, balance).next()
                .cell(100, "CLOSING BALANCE").right(560, balance).next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CARD PAYMENT TESCO", "CARD PAYMENT COSTA", description);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aRowWithZeroOnTheOtherSideEqualToTheSumsIsATransaction() throws Exception {
        // A table printing 0.00 in the empty cell: a debit equal to the debits above and 0.00 are no two sums.
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 100, "Description", 380, "Debit", 450, "Credit", 530, "Balance")
                .cell(100, "OPENING BALANCE").right(560, "1,000.00").next()
                .cell(40, "02/05/2025").cell(100, "CARD PAYMENT TESCO").right(410, "50.00").right(480, "0.00")
                        .right(560, "950.00").next()
                .cell(40, "04/05/2025").cell(100, "CARD PAYMENT TESCO").right(410, "50.00").right(480, "0.00")
                        .right(560, "900.00").next()
                .cell(100, "CLOSING BALANCE").right(560, "900.00").next());
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
