package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking and the value date printed in one cell, "05.06 / 06.06" under "Date / Valeur" (as Luxembourg's and
 * Belgian statements print them): the first is the row's date, the slash and the second no text of the row.
 */
class BookingValueDateCellTest {

    @Test
    void theValueDateAfterASlashInTheDateCellIsNoTextAndTheRowsAreRead() throws Exception {
        // given
        Statement s = parse(new PageSketch(1)
                .line(40, "Période", 100, ": du 01.06.2025 au 30.06.2025").gap(8)
                .line(40, "Date / Valeur", 118, "Libellé", 380, "Débit", 455, "Crédit", 530, "Solde").gap(4)
                .cell(118, "Ancien solde au 31.05.2025").right(555, "1.000,00").next()
                .cell(40, "03.06 / 04.06").cell(118, "PAIEMENT CARTE CACTUS").right(405, "100,00").right(555, "900,00").next()
                .cell(40, "05.06 / 05.06").cell(118, "VIREMENT DE WEBER").right(480, "50,00").right(555, "950,00").next()
                .cell(40, "09.06 / 11.06").cell(118, "RETRAIT BANCOMAT").right(405, "20,00").right(555, "930,00").next()
                .cell(118, "Nouveau solde au 30.06.2025").right(555, "930,00").next());

        // then
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PAIEMENT CARTE CACTUS", "VIREMENT DE WEBER", "RETRAIT BANCOMAT");
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 6, 3),
                LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 9));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
