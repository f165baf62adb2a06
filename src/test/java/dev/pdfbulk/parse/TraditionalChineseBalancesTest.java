package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** The balance rows of a statement in traditional characters: "上期餘額" (last period's) and "本期餘額" (this one's). */
class TraditionalChineseBalancesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"上期餘額, true", "期初餘額, true", "本期餘額, false", "期末餘額, false", "本期余额, false"})
    void theLabelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
        assertThat(Marker.of(label, false)).isEqualTo(Marker.BALANCE);
    }

    @Test
    void theClosingRowWithThePeriodsTotalsIsNoTransaction() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "對帳期間：2024/06/01 ~ 2024/06/30").gap(20)
                .line(40, "交易日期", 100, "摘要", 250, "支出", 320, "存入", 400, "餘額")
                .cell(100, "上期餘額").right(420, "84,316").next()
                .cell(40, "2024/06/01").cell(100, "信用卡款").right(270, "8,364").right(420, "75,952").next()
                .cell(40, "2024/06/08").cell(100, "薪資轉帳").right(340, "63,348").right(420, "139,300").next()
                .cell(40, "2024/06/14").cell(100, "利息").right(340, "17").right(420, "139,317").next()
                .cell(100, "本期餘額").right(270, "8,364").right(340, "63,365").right(420, "139,317").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("信用卡款", "薪資轉帳", "利息");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("84316");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("139317");
    }
}
