package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table without a balance column that opens on a starting-balance row ("SOLDE DEPART AU ...") and closes on a final
 * one ("SOLDE FINAL AU ..."), each printed under the Debit or Credit column: the rows are checked against both.
 */
class BalanceRowsInAmountColumnsTest {

    private static PageSketch releve(String openingRow, int openingX, String closing, int closingX) {
        return new PageSketch(1)
                .line(40, "RELEVE DE COMPTE Période du 01/08/2025 au 31/08/2025").gap(20)
                .line(40, "DATE OPER", 100, "LIBELLE", 300, "DATE VALEUR", 400, "DEBIT", 480, "CREDIT")
                .cell(100, openingRow).right(openingX, "1 000,00").next()
                .cell(40, "01/08").cell(100, "RETRAIT GAB 6940").cell(300, "01/08").right(425, "200,00").next()
                .cell(40, "08/08").cell(100, "VERSEMENT ESPECES").cell(300, "08/08").right(505, "50,00").next()
                .cell(100, "TOTAL MOUVEMENTS").right(425, "200,00").right(505, "50,00").next()
                .cell(100, "SOLDE FINAL AU 31/08/2025").right(closingX, closing).next();
    }

    @Test
    void aStartingBalanceRowOpensAndTheFinalRowCloses() throws Exception {
        Statement s = parse(releve("SOLDE DEPART AU 31/07/2025", 505, "850,00", 505));
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("850.00");
    }

    @Test
    void startingAndFinalBalancesUnderTheDebitColumnAreOverdrawn() throws Exception {
        Statement s = parse(releve("SOLDE DE DEPART AU 31/07/2025", 425, "1 150,00", 425));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("-1000.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("-1150.00");
    }

    @Test
    void aFinalRowThatTheRowsDoNotReachFailsTheCheck() throws Exception {
        Statement s = parse(releve("SOLDE DEPART AU 31/07/2025", 505, "860,00", 505));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }
}
