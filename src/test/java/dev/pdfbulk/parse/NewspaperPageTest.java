package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** One running-balance table printed in two halves side by side, each half under its own copy of the header. */
class NewspaperPageTest {

    private static final float RIGHT_HALF = 290;

    @Test
    void eachHalfIsReadDownBeforeTheNext() throws Exception {
        // given: the left half opens and runs down past the right half's rows, one row wrapped over two lines
        PageSketch p = new PageSketch(1)
                .line(20, "Statement 1 April 2025 to 30 April 2025").gap(10);
        header(p, 0);
        header(p, RIGHT_HALF);
        p.next();
        row(p, 0, "01/04/25", "OPENING BALANCE", null, null, "1,000.00");
        row(p, RIGHT_HALF, "04/04/25", "D", "5.00", null, "920.00");
        p.next();
        row(p, 0, "01/04/25", "A", "100.00", null, "900.00");
        row(p, RIGHT_HALF, "05/04/25", "E", null, "80.00", "1,000.00");
        p.next();
        row(p, 0, "02/04/25", "B SHOP", null, "50.00", "950.00");
        row(p, RIGHT_HALF, "06/04/25", "F", "10.00", null, "990.00");
        p.next();
        p.line(60, "SYDNEY");
        row(p, 0, "03/04/25", "C", "25.00", null, "925.00");
        p.next().gap(30).line(20, "Closing balance", 250, "990.00");

        // when
        Statement s = parse(p);

        // then: down the left half, then down the right one, as the balances run
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("A", "B SHOP SYDNEY", "C", "D", "E", "F");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-100.00"),
                new BigDecimal("50.00"), new BigDecimal("-25.00"), new BigDecimal("-5.00"), new BigDecimal("80.00"),
                new BigDecimal("-10.00"));
        assertThat(s.transactions().get(3).date()).hasToString("2025-04-04");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCardsRowsInTwoColumnsAreReadDownTheLeftThenTheRight() throws Exception {
        // given: a card statement with no balance column, its rows running down the left half and on in the right
        // half, a description wrapped onto a line of its own in the left half beside a row of the right half
        PageSketch p = new PageSketch(1)
                .line(20, "Statement period Sep 15, 2025 - Oct 14, 2025").gap(10);
        cardHeader(p, 0);
        cardHeader(p, RIGHT_HALF);
        p.next();
        cardRow(p, 0, "SEP 17", "LOBLAWS #1024", "59.25");
        cardRow(p, RIGHT_HALF, "OCT 03", "TIM HORTONS #2231", "6.52");
        p.next();
        cardRow(p, 0, "SEP 19", "RETURN - AMAZON.CA", "-24.42");
        cardRow(p, RIGHT_HALF, "OCT 05", "ESSO CIRCLE K 4471", "40.89");
        p.next();
        p.cell(70, "MKTPLACE");
        cardRow(p, RIGHT_HALF, "OCT 09", "UBER CANADA/UBEREATS", "32.32");
        p.next();
        cardRow(p, 0, "SEP 26", "PAYMENT - THANK YOU", "-500.00");
        p.next();

        // when
        Statement s = parse(p);

        // then: the left half's rows in order, its wrapped line joined to its row, then the right half's
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("LOBLAWS #1024",
                "RETURN - AMAZON.CA MKTPLACE", "PAYMENT - THANK YOU", "TIM HORTONS #2231", "ESSO CIRCLE K 4471",
                "UBER CANADA/UBEREATS");
        assertThat(s.transactions().get(3).date()).hasToString("2025-10-03");
    }

    private static void cardHeader(PageSketch p, float at) {
        p.cell(at + 20, "Trans. date").cell(at + 70, "Description").cell(at + 240, "Amount ($)");
    }

    private static void cardRow(PageSketch p, float at, String date, String text, String amount) {
        p.cell(at + 20, date).cell(at + 70, text).right(at + 280, amount);
    }

    private static void header(PageSketch p, float at) {
        p.cell(at + 20, "Date").cell(at + 60, "Transaction details").cell(at + 170, "Debit")
                .cell(at + 210, "Credit").cell(at + 250, "Balance");
    }

    private static void row(PageSketch p, float at, String date, String text, String debit, String credit,
                            String balance) {
        p.cell(at + 20, date).cell(at + 60, text);
        if (debit != null) {
            p.right(at + 195, debit);
        }
        if (credit != null) {
            p.right(at + 240, credit);
        }
        p.right(at + 285, balance);
    }
}
