package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A one-letter local sign glued to its digits prices them ("K1,234.56"); alone or inside a word it is text. */
class GluedSignTest {

    @Test
    void kinaGluedToTheDigitsIsTheAmountsSign() {
        Amount a = AmountParser.parse("K1,234.56").orElseThrow();
        assertThat(a.magnitude()).isEqualByComparingTo(new BigDecimal("1234.56"));
        assertThat(a.currency()).isNull();
        assertThat(AmountParser.parse("-K212.40").orElseThrow().mark()).isEqualTo(Amount.Mark.MINUS);
        assertThat(AmountParser.parse("K-212.40").orElseThrow().mark()).isEqualTo(Amount.Mark.MINUS);
        assertThat(AmountParser.parse("Q1,234.56")).isPresent();
        assertThat(AmountParser.parse("P45.00")).isPresent();
    }

    @Test
    void aLetterInAWordOrAloneIsNoSign() {
        assertThat(AmountParser.parse("BK1,234.56")).isEmpty();
        assertThat(AmountParser.parse("K")).isEmpty();
        assertThat(AmountParser.parse("X1,234.56")).isEmpty();
        assertThat(AmountParser.parse("R6 432.18").orElseThrow().currency()).isEqualTo("ZAR");
    }

    @Test
    void aTableOfGluedKinaIsRead() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Date", 100, "Transaction Details", 330, "Withdrawals", 400, "Deposits", 460, "Balance")
                .cell(40, "01 May 25").cell(100, "Opening Balance").right(510, "K2,841.65").next()
                .cell(40, "02 May 25").cell(100, "EFTPOS PURCHASE BOROKO").right(380, "K45.10").right(510, "K2,796.55").next()
                .cell(40, "05 May 25").cell(100, "CASH DEPOSIT BSP").right(445, "K300.00").right(510, "K3,096.55").next()
                .cell(40, "09 May 25").cell(100, "ATM WITHDRAWAL WAIGANI").right(380, "K3,200.00").right(510, "-K103.45").next()
                .cell(40, "31 May 25").cell(100, "Closing Balance").right(510, "-K103.45").next());
        assertThat(s.transactions()).extracting(t -> t.amount().toPlainString())
                .containsExactly("-45.10", "300.00", "-3200.00");
        assertThat(s.transactions()).extracting(Transaction::balance).last()
                .satisfies(b -> assertThat(b).isEqualByComparingTo("-103.45"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
