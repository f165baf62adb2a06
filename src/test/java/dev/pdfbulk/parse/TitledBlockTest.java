package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A titled block set below the table after a gap ends the table; its balance labels are the opening and closing. */
class TitledBlockTest {

    // Lines are 12 pt apart; a 14 pt gap more puts the next line 26 pt below: wider than any pitch of the
    // table by half again, yet short of the gap that ends a table by itself (four text heights, 32 pt).
    private static final float BLOCK_GAP = 14f;

    private static PageSketch table() {
        return new PageSketch(1)
                .line(40, "Periode 01-06-2025 t/m 30-06-2025").gap(20)
                .line(40, "Boekdatum", 120, "Omschrijving", 460, "Bedrag")
                .cell(40, "01-06-2025").cell(120, "Betaalautomaat Albert Heijn").right(500, "-72,97").next()
                .line(120, "Pas 042")
                .cell(40, "03-06-2025").cell(120, "SEPA Overboeking van S. Bakker").right(500, "+64,77").next()
                .line(120, "Kenmerk: NOTPROVIDED")
                .cell(40, "30-06-2025").cell(120, "Kosten OranjePakket").right(500, "-3,45").next()
                .line(120, "Periode 01-06-2025 t/m 30-06-2025");
    }

    @Test
    void aSummaryBoxAfterTheTableGivesTheOpeningAndClosingInsteadOfRows() throws Exception {
        PageSketch p = table().gap(BLOCK_GAP)
                .line(300, "Saldo-overzicht")
                .cell(300, "Beginsaldo 31-05-2025").right(500, "2.415,07").next()
                .cell(300, "Totaal bijgeschreven").right(500, "+64,77").next()
                .cell(300, "Totaal afgeschreven").right(500, "-76,42").next()
                .cell(300, "Eindsaldo 30-06-2025").right(500, "2.403,42").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Betaalautomaat Albert Heijn Pas 042", "SEPA Overboeking van S. Bakker Kenmerk: NOTPROVIDED",
                "Kosten OranjePakket Periode 01-06-2025 t/m 30-06-2025");
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("2415.07");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("2403.42");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void textAfterAGapOverADatedRowIsThatRowsDescription() throws Exception {
        PageSketch p = table().gap(BLOCK_GAP)
                .line(120, "Huur juni")
                .cell(40, "30-06-2025").cell(120, "SEPA Incasso Mitros").right(500, "-1.122,35").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).last()
                .isEqualTo("Huur juni SEPA Incasso Mitros");
    }
}
