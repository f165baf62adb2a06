package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text columns whose header is centred over left-aligned cells, as platypus and word processors set them: every
 * description starts well left of the header word, at the edge the cells share, which is the column's left.
 */
class TextEdgesTest {

    // The description column runs from 110 to 335; "Description" is centred in it, at 195.
    private static PageSketch centredDescription() {
        return new PageSketch(1)
                .line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 195, "Description", 345, "Debit", 405, "Credit", 460, "Balance")
                .cell(40, "01/05/2025").cell(110, "OPENING BALANCE").right(495, "1,000.00").next()
                .cell(40, "02/05/2025").cell(110, "CARD PAYMENT TO CORNER SHOP").right(370, "12.50")
                .right(495, "987.50").next()
                .line(110, "LONDON GB")
                .cell(40, "03/05/2025").cell(110, "SALARY ACME LTD").right(435, "2,000.00").right(495, "2,987.50")
                .next()
                .cell(40, "04/05/2025").cell(110, "DIRECT DEBIT ENERGY CO").right(370, "80.00")
                .right(495, "2,907.50").next();
    }

    @Test
    void descriptionsLeftOfACentredDescriptionHeaderAreTheColumns() throws Exception {
        Statement s = parse(centredDescription());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "CARD PAYMENT TO CORNER SHOP LONDON GB", "SALARY ACME LTD", "DIRECT DEBIT ENERGY CO");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-12.50"),
                new BigDecimal("2000.00"), new BigDecimal("-80.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void theColumnStartsAtTheEdgeItsCellsShare() {
        List<Line> lines = Line.of(centredDescription().page());
        TableColumns header = HeaderDetector.detect(lines, 1).orElseThrow().columns();
        TableColumns learned = TextEdges.learn(header, lines, 2, null);
        assertThat(learned.description().cellLeft()).isEqualTo(110f);
        assertThat(learned.textLeft()).isEqualTo(110f);
        // The header is the same header: the edge learned from its cells moves no header word.
        assertThat(learned.sameHeader(header)).isTrue();
    }

    @Test
    void aCentredDetailsHeaderOnEveryPageAndAShortLastPage() throws Exception {
        // "Details" is centred at 260 over cells starting at 165, right of a value date column. Page 2 repeats the
        // header and prints two rows: too few cells to show the column's edge, which page 1's cells showed.
        PageSketch one = new PageSketch(1)
                .line(40, "Statement period 01/05/2025 to 31/05/2025").gap(20)
                .line(40, "Date", 100, "Value date", 260, "Details", 400, "Paid out", 460, "Paid in", 520, "Balance")
                .cell(40, "01/05/2025").cell(165, "Balance brought forward").right(555, "500.00").next()
                .cell(40, "02/05/2025").cell(100, "03/05/2025").cell(165, "GROCER HIGH STREET").right(440, "25.00")
                .right(555, "475.00").next()
                .cell(40, "05/05/2025").cell(100, "05/05/2025").cell(165, "TRANSFER FROM SAVINGS")
                .right(495, "100.00").right(555, "575.00").next()
                .cell(40, "07/05/2025").cell(100, "08/05/2025").cell(165, "BOOKSHOP").right(440, "15.00")
                .right(555, "560.00").next();
        PageSketch two = new PageSketch(2)
                .line(40, "Date", 100, "Value date", 260, "Details", 400, "Paid out", 460, "Paid in", 520, "Balance")
                .cell(40, "09/05/2025").cell(100, "09/05/2025").cell(165, "PHARMACY").right(440, "9.90")
                .right(555, "550.10").next()
                .cell(40, "12/05/2025").cell(100, "12/05/2025").cell(165, "REFUND BOOKSHOP").right(495, "15.00")
                .right(555, "565.10").next();
        Statement s = parse(one, two);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("GROCER HIGH STREET",
                "TRANSFER FROM SAVINGS", "BOOKSHOP", "PHARMACY", "REFUND BOOKSHOP");
        assertThat(s.transactions()).extracting(Transaction::amount).endsWith(new BigDecimal("-9.90"),
                new BigDecimal("15.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
