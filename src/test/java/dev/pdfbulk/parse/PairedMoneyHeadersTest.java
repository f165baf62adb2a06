package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Money headers that say which way money moved only beside their pair: "Payments | Receipts", "Purchases | Payments". */
class PairedMoneyHeadersTest {

    // A bank account: money out lowers the balance, money in raises it.
    private static PageSketch bankStatement(String out, String in) {
        return new PageSketch(1)
                .line(40, "Statement period 01/08/2025 to 31/08/2025").gap(20)
                .line(40, "Date", 140, "Details", 370, out, 440, in, 515, "Balance")
                .cell(40, "01/08/2025").cell(140, "Balance brought forward").right(555, "1,000.00").next()
                .cell(40, "02/08/2025").cell(140, "RENT").right(415, "500.00").right(555, "500.00").next()
                .cell(40, "03/08/2025").cell(140, "SALARY").right(485, "200.00").right(555, "700.00").next();
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource({"Payments, Receipts", "Payments, Deposits", "Payments, Lodgements", "Payments, Credits"})
    void paymentsBesideMoneyInAreMoneyOut(String out, String in) throws Exception {
        Statement s = PageSketch.parse(bankStatement(out, in));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-500.00"), new BigDecimal("200.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @ParameterizedTest(name = "{0} | {1}")
    @CsvSource({"Paid, Received", "Paid, Receipts", "Out, In", "Spent, Received"})
    void singleWordsThatPairAreMoneyOutAndIn(String out, String in) throws Exception {
        Statement s = PageSketch.parse(bankStatement(out, in));
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-500.00"), new BigDecimal("200.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void paidWithoutItsPairNamesNoColumn() {
        List<Line> lines = Line.of(new PageSketch(1).line(40, "Date", 100, "Description", 430, "Paid").page());
        assertThat(HeaderDetector.detect(lines, 0)).isEmpty();
    }

    @Test
    void paymentsBesideChargesOrAloneKeepTheCardMeaning() {
        assertThat(kinds(40, "Date", 100, "Description", 350, "Purchases", 430, "Payments", 500, "Balance"))
                .isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
        assertThat(kinds(40, "Date", 100, "Description", 350, "Payments", 430, "Charges"))
                .isEqualTo("DATE,DESCRIPTION,CREDIT,DEBIT");
        assertThat(kinds(40, "Date", 100, "Description", 430, "Payments", 500, "Balance"))
                .isEqualTo("DATE,DESCRIPTION,CREDIT,BALANCE");
        assertThat(kinds(40, "Date", 100, "Description", 350, "Payments", 430, "Receipts", 500, "Balance"))
                .isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
    }

    @Test
    void aCardsPaymentsBesideItsPurchasesAreStillMoneyIn() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Credit limit $5,000.00")
                .line(40, "Statement period 01/08/2025 to 31/08/2025")
                .line(40, "Previous balance", 200, "$500.00")
                .line(40, "New balance", 200, "$530.00").gap(20)
                .line(40, "Date", 140, "Description", 370, "Purchases", 440, "Payments")
                .cell(40, "02/08/2025").cell(140, "GROCER").right(415, "80.00").next()
                .cell(40, "05/08/2025").cell(140, "PAYMENT THANK YOU").right(485, "50.00").next();
        Statement s = PageSketch.parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-80.00"), new BigDecimal("50.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    static String kinds(Object... cells) {
        List<Line> lines = Line.of(new PageSketch(1).line(cells).page());
        return HeaderDetector.detect(lines, 0).orElseThrow().columns().columns().stream()
                .map(c -> c.kind().name()).collect(Collectors.joining(","));
    }
}
