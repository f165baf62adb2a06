package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import dev.pdfbulk.model.Word;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell of a column that is neither text nor money running on past its header into an unheaded gap: "Daily Cash" set
 * over the "2%" only, the "$0.22" beside it under no header, before the Amount column.
 */
class OtherCellRunOnTest {

    @Test
    void theDailyCashDollarsBesideItsPercentAreTheCashbacksCell() throws Exception {
        // "$0.22" lined up with no column: every row was dropped and the table lost.
        Statement s = parse(new PageSketch(1)
                .line(40, "Apple Card", 330, "Minimum Payment Due", 520, "$25.00").gap(20)
                .line(40, "Transactions")
                .line(40, "Date", 110, "Description", 405, "Daily Cash", 545, "Amount")
                .cell(40, "06/01/2024").cell(110, "WALGREENS #4567 SAN FRANCISCO CA USA").right(448, "2%")
                        .right(500, "$0.22").right(575, "$10.76").next()
                .cell(40, "06/02/2024").cell(110, "APPLE.COM/BILL CUPERTINO CA").right(448, "3%")
                        .right(500, "$0.60").right(575, "$19.99").next()
                .cell(40, "06/04/2024").cell(110, "RETURN TARGET 00027").right(448, "-1%")
                        .right(500, "-$0.23").right(575, "-$23.00").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "WALGREENS #4567 SAN FRANCISCO CA USA", "APPLE.COM/BILL CUPERTINO CA", "RETURN TARGET 00027");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-10.76"),
                new BigDecimal("-19.99"), new BigDecimal("23.00"));
    }

    @Test
    void aWordReachingTheNextColumnIsNoRunOn() {
        TableColumns columns = new TableColumns(List.of(new Column(ColumnKind.DATE, 40, 60),
                new Column(ColumnKind.OTHER, 405, 448), new Column(ColumnKind.AMOUNT, 545, 575)));
        Column cash = columns.columns().get(1);
        assertThat(OtherCellRunOn.column(cash, new Word("$0.22", 475, 100, 25, 8), columns))
                .isSameAs(cash);
        assertThat(OtherCellRunOn.column(cash, new Word("$0.22", 530, 100, 25, 8), columns)).isNull();
        assertThat(OtherCellRunOn.column(null, new Word("$0.22", 475, 100, 25, 8), columns)).isNull();
    }
}
