package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A currency's ISO code printed after every amount and balance ("12,500 RWF", Bank of Kigali's whole francs). */
class CodeAfterAmountTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"12,500 RWF", "1.234,56 MZN", "845.20 FJD", "3 250 XAF", "1,204.75 BWP"})
    void theCodeAfterTheNumberIsTheAmountsUnit(String cell) {
        assertThat(AmountPattern.match(cell) != null || AmountPattern.matchWhole(cell) != null).isTrue();
    }

    @Test
    void wholeFrancsWithTheirCodeAfterThemAreReadAndReconciled() throws Exception {
        // given
        Statement s = parse(new PageSketch(1)
                .line(40, "Posting Date", 160, "Narration", 400, "Debit", 465, "Credit", 525, "Balance").gap(4)
                .cell(40, "01-JUN-2025").cell(160, "Opening Balance").right(555, "384,250 RWF").next()
                .cell(40, "02-JUN-2025").cell(160, "IREMBO PAYMENT REF 754828").right(425, "10,802 RWF")
                        .right(555, "373,448 RWF").next()
                .cell(40, "03-JUN-2025").cell(160, "TRANSFER FROM UWIMANA J").right(492, "160,905 RWF")
                        .right(555, "534,353 RWF").next()
                .cell(40, "05-JUN-2025").cell(160, "MONTHLY ACCOUNT MAINTENANCE FEE").right(425, "2,000 RWF")
                        .right(555, "532,353 RWF").next()
                .cell(40, "30-JUN-2025").cell(160, "Closing Balance").right(555, "532,353 RWF").next());

        // then
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-10802"),
                new BigDecimal("160905"), new BigDecimal("-2000"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
