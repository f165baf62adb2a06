package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money columns named by what they did to the account, each over two rows ("Amounts deducted from / your account ($)",
 * "Amounts added to / your account ($)", BMO's), and the "Closing totals" row under the last one.
 */
class AmountsDeductedAddedTest {

    @Test
    void theTwoRowHeadersNameMoneyOutAndIn() {
        assertThat(HeaderVocabulary.kindOf("Amounts deducted from your account")).isEqualTo(ColumnKind.DEBIT);
        assertThat(HeaderVocabulary.kindOf("Amounts added to your account")).isEqualTo(ColumnKind.CREDIT);
        assertThat(Marker.of("Closing totals", false)).isEqualTo(Marker.TOTAL);
    }

    @Test
    void aChequingStatementSoHeadedReconciles() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period May 17, 2024 to June 16, 2024").gap(20)
                .line(300, "Amounts deducted from", 420, "Amounts added to")
                .line(40, "Date", 90, "Description", 300, "your account ($)", 420, "your account ($)", 520, "Balance ($)")
                .cell(40, "May 17").cell(90, "Opening balance").right(570, "2,847.31").next()
                .cell(40, "May 19").cell(90, "Debit Card Purchase, LOBLAWS #1042").right(400, "26.97").right(570, "2,820.34").next()
                .cell(40, "May 31").cell(90, "Direct Deposit, ACME LOGISTICS INC PAY").right(500, "2,104.55").right(570, "4,924.89").next()
                .cell(90, "Closing totals").right(400, "26.97").right(500, "2,104.55").right(570, "4,924.89").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-26.97"), new BigDecimal("2104.55"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
