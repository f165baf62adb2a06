package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The French description header "Nature des opérations" ("Nature" and the words after it), and a fee table titled
 * "Récapitulatif des frais" over "Date | Nature | Montant", whose title is no row of its header.
 */
class FrenchNatureHeaderTest {

    @Test
    void natureNamesTheDescription() {
        assertThat(HeaderVocabulary.kindOf("Nature")).isEqualTo(ColumnKind.DESCRIPTION);
    }

    @Test
    void aStatementHeadedNatureDesOperationsReconciles() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "RELEVÉ DE COMPTE du 1er juin au 30 juin 2025").gap(20)
                .line(40, "Date", 100, "Nature des opérations", 330, "Valeur", 420, "Débit", 500, "Crédit")
                .cell(100, "SOLDE CREDITEUR AU 31.05.2025").right(540, "2 184,55").next()
                .cell(40, "03.06").cell(100, "FACTURE CARTE SNCF").cell(330, "04.06").right(460, "105,55").next()
                .cell(40, "08.06").cell(100, "VIR SEPA RECU").cell(330, "08.06").right(540, "2 473,36").next()
                .cell(100, "TOTAL DES OPERATIONS").right(460, "105,55").right(540, "2 473,36").next()
                .cell(100, "SOLDE CREDITEUR AU 30.06.2025").right(540, "4 552,36").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("FACTURE CARTE SNCF", "VIR SEPA RECU");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-105.55"), new BigDecimal("2473.36"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aFeeTableTitledAcrossItsHeaderStaysASideTable() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Période du 15/09/2025 au 14/10/2025").gap(20)
                .line(40, "Date", 90, "Libellé", 400, "Débit", 480, "Crédit")
                .cell(40, "15/09").cell(90, "Solde précédent").right(520, "1 303,43 €").next()
                .cell(40, "18/09").cell(90, "NETFLIX.COM").right(440, "105,74 €").next()
                .cell(40, "04/10").cell(90, "Virement salaire").right(520, "3 698,00 €").next()
                .cell(40, "14/10").cell(90, "Nouveau solde").right(520, "4 895,69 €").next()
                .cell(90, "Total des opérations").right(440, "105,74 €").right(520, "3 698,00 €").next().gap(20)
                .line(40, "Récapitulatif des frais")
                .line(40, "Date", 90, "Nature", 300, "Montant")
                .cell(40, "14/10").cell(90, "Cotisation carte").right(340, "0,76 €").next()
                .cell(40, "14/10").cell(90, "Frais de tenue de compte").right(340, "3,50 €").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-105.74"), new BigDecimal("3698.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
