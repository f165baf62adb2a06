package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A label printed in English then again in the bank's own script before its value ("Opening Balance  الرصيد الافتتاحي
 * 84,215.40", "Account No.  رقم الحساب  100034871256", as Egyptian and Gulf banks print a summary box): the words in the
 * other script are passed over, and the value is the label's.
 */
class LabelSaidAgainTest {

    private static PageSketch statement(boolean ownCells) {
        PageSketch p = new PageSketch(1);
        if (ownCells) {
            p.cell(300, "Account No.").cell(380, "رقم الحساب").right(555, "100034871256").next()
                    .cell(50, "Opening Balance").cell(150, "الرصيد الافتتاحي").right(545, "84,215.40").next()
                    .cell(50, "Closing Balance").cell(150, "الرصيد الختامي").right(545, "82,601.10").next();
        } else {
            p.cell(300, "Account No. رقم الحساب").right(555, "100034871256").next()
                    .cell(50, "Opening Balance الرصيد الافتتاحي").right(545, "84,215.40").next()
                    .cell(50, "Closing Balance الرصيد الختامي").right(545, "82,601.10").next();
        }
        return p.gap(20)
                .cell(40, "Date").cell(110, "Description").right(425, "Debit").right(492, "Credit").right(555, "Balance").next()
                .cell(40, "01/06/2025").cell(110, "ATM WITHDRAWAL CIB ZAMALEK").right(425, "5,614.30").right(555, "78,601.10").next()
                .cell(40, "02/06/2025").cell(110, "SALARY TRANSFER").right(492, "4,000.00").right(555, "82,601.10").next();
    }

    @Test
    void theBalancesAndAccountPastTheirArabicLabelsAreRead() throws Exception {
        for (boolean ownCells : new boolean[] {true, false}) {
            Statement s = parse(statement(ownCells));
            assertThat(s.metadata().openingBalance()).as("opening, own cells %s", ownCells).isEqualByComparingTo("84215.40");
            assertThat(s.metadata().closingBalance()).as("closing, own cells %s", ownCells).isEqualByComparingTo("82601.10");
            assertThat(s.metadata().account()).as("account, own cells %s", ownCells).isEqualTo("****1256");
            assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
            assertThat(s.transactions()).hasSize(2);
            assertThat(s.transactions().get(0).amount()).isEqualByComparingTo(new BigDecimal("-5614.30"));
        }
    }
}
