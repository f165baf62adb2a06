package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A banner set far taller than the rows ("PROVISIONAL COPY" in 40 pt) across a table: no row, no row's text. */
class BannerOverRowsTest {

    @Test
    void aBannerDoesNotGroupTheRowsItCrossesIntoOneLine() {
        List<Line> lines = Line.of(rows().page());
        assertThat(lines).extracting(Line::text).contains("06/05/2025 CHECK 1234 -100.00 2,733.69",
                "06/09/2025 PAYROLL ACME 1,500.00 4,233.69", "PROVISIONAL COPY");
    }

    @Test
    void aTitleTwiceTheTextsHeightStaysOneLineWithTheTextBesideIt() {
        List<Line> lines = Line.of(new PageSketch(1).cell(40, "8 pt words").sized(200, "TITLE", 16f).next().page());
        assertThat(lines).extracting(Line::text).containsExactly("8 pt words TITLE");
    }

    @Test
    void theTableUnderTheBannerReadsEveryRowWithItsOwnText() throws Exception {
        Statement s = parse(rows());
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("POS PURCHASE KROGER", "CHECK 1234", "PAYROLL ACME", "RENT");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-12.50"),
                new BigDecimal("-100.00"), new BigDecimal("1500.00"), new BigDecimal("-900.00"));
    }

    private static PageSketch rows() {
        return new PageSketch(1)
                .line(40, "Statement Period: 06/01/2025 - 06/30/2025").gap(20)
                .line(40, "Date", 130, "Description", 450, "Amount", 545, "Balance")
                .cell(40, "06/01/2025").cell(130, "Opening Balance").right(570, "2,846.19").next()
                .cell(40, "06/03/2025").cell(130, "POS PURCHASE KROGER").right(480, "-12.50").right(570, "2,833.69").next()
                .cell(40, "06/05/2025").cell(130, "CHECK 1234").right(480, "-100.00").right(570, "2,733.69").next()
                .gap(-5).sized(200, "PROVISIONAL COPY", 40f).gap(5)
                .cell(40, "06/09/2025").cell(130, "PAYROLL ACME").right(480, "1,500.00").right(570, "4,233.69").next()
                .cell(40, "06/12/2025").cell(130, "RENT").right(480, "-900.00").right(570, "3,333.69").next();
    }
}
