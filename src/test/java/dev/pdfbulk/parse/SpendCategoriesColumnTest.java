package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** "Spend Categories" (CIBC's card statements) names a column of the purchase's category: no part of the description. */
class SpendCategoriesColumnTest {

    @Test
    void spendCategoriesNameAnOtherColumn() {
        assertThat(HeaderVocabulary.kindOf("Spend Categories")).isEqualTo(ColumnKind.OTHER);
        assertThat(HeaderVocabulary.kindOf("Categories")).isEqualTo(ColumnKind.OTHER);
    }

    @Test
    void theChargesUnderASpendCategoriesHeaderAreRead() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period April 18 to May 17, 2025")
                .line(40, "Previous balance", 200, "$100.00")
                .line(40, "Total balance", 200, "$172.45")
                .line(40, "Credit limit", 200, "$8,500.00").gap(20)
                .line(40, "Trans", 95, "Post")
                .line(40, "date", 95, "date", 150, "Description", 330, "Spend Categories", 480, "Amount($)")
                .cell(40, "Apr 19").cell(95, "Apr 20").cell(150, "HOME DEPOT #7042").cell(330, "Home and Office")
                .right(525, "52.98").next()
                .cell(40, "Apr 23").cell(95, "Apr 24").cell(150, "TIM HORTONS #1187").cell(330, "Restaurants")
                .right(525, "4.47").next()
                .cell(40, "Apr 29").cell(95, "Apr 30").cell(150, "REFUND CANADIAN TIRE").cell(330, "Retail and Grocery")
                .right(525, "-10.00").next()
                .cell(40, "May 02").cell(95, "May 04").cell(150, "SHELL C09871 KANATA").cell(330, "Transportation")
                .right(525, "25.00").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("HOME DEPOT #7042",
                "TIM HORTONS #1187", "REFUND CANADIAN TIRE", "SHELL C09871 KANATA");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-52.98"),
                new BigDecimal("-4.47"), new BigDecimal("10.00"), new BigDecimal("-25.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
