package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A dated line with text and no amount that joins no row puts the descriptions in doubt: never reconciled so. */
class DatedLineWithoutAmountTest {

    @Test
    void aValueDateLineUnderOnlySomeRowsKeepsTheStatementFromReconciling() throws Exception {
        // Only the first row has a second dated line: no rhythm says it is that row's value date and text.
        Statement s = parse(new PageSketch(1)
                .line(40, "Alter Saldo", 500, "1.000,00")
                .gap(10)
                .line(40, "Buchung", 120, "Verwendungszweck", 500, "Betrag (EUR)")
                .cell(40, "03.06.2024").cell(120, "Lastschrift Stadtwerke").right(540, "-45,00").next()
                .cell(40, "03.06.2024").cell(120, "Abschlag Strom Juni 2024 Mandat VEXXS750012").next()
                .cell(40, "05.06.2024").cell(120, "Gutschrift Arbeitgeber GmbH").right(540, "2.000,00").next()
                .cell(40, "06.06.2024").cell(120, "Lastschrift Telekom").right(540, "-30,00").next()
                .gap(10)
                .line(40, "Neuer Saldo", 500, "2.925,00"));
        assertThat(s.transactions()).hasSize(3);
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.reconciliation().detail()).contains("a dated line with no amount");
    }
}
