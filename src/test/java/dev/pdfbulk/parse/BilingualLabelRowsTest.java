package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Balance and total rows labelled in the bank's language and in English a slash apart (TBC Bank's Georgian / English). */
class BilingualLabelRowsTest {

    @Test
    void theEnglishHalfNamesTheRow() {
        assertThat(Marker.of("ბრუნვა / Turnover", false)).isEqualTo(Marker.TOTAL);
        assertThat(Marker.of("საბოლოო ნაშთი / Closing balance", false)).isEqualTo(Marker.BALANCE);
        assertThat(Marker.of("Turnover", false)).isEqualTo(Marker.TOTAL);
        assertThat(Marker.of("Обороты за период", false)).isEqualTo(Marker.TOTAL);
        // A transaction's text in two languages stays one, as a dated "Turnover ..." does.
        assertThat(Marker.of("გადარიცხვა - ნინო ბერიძე / Transfer to Nino Beridze", true)).isNull();
        assertThat(Marker.of("TURNOVER CAFE TBILISI", true)).isNull();
        assertThat(Marker.of("POS - Wolt / Total", true)).isNull();
    }

    @Test
    void aTurnoverRowAboveTheClosingBalanceIsNoTransaction() throws Exception {
        // Read as a row, the turnover took the closing label below it as its text and its credit sum as money.
        Statement s = parse(new PageSketch(1)
                .cell(40, "თარიღი / Date").cell(108, "დანიშნულება / Description").right(400, "დებეტი / Debit")
                        .right(475, "კრედიტი / Credit").right(555, "ნაშთი / Balance").next()
                .cell(108, "საწყისი ნაშთი / Opening balance").right(555, "3,184.62").next()
                .cell(40, "01/05/2025").cell(108, "POS - Wolt Georgia, Tbilisi, GE").right(400, "62.18")
                        .right(555, "3,122.44").next()
                .cell(40, "03/05/2025").cell(108, "ხელფასი / Salary").right(475, "2,988.25").right(555, "6,110.69").next()
                .cell(108, "ბრუნვა / Turnover").right(400, "62.18").right(475, "2,988.25").next()
                .cell(108, "საბოლოო ნაშთი / Closing balance").right(555, "6,110.69").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("POS - Wolt Georgia, Tbilisi, GE", "ხელფასი / Salary");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-62.18"), new BigDecimal("2988.25"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
