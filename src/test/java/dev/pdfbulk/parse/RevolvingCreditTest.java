package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A revolving credit line's statement ("Crédit renouvelable") keeps its balances as amounts owed, as a card's. */
class RevolvingCreditTest {

    private static boolean card(Object... cells) {
        return CardWording.names(Line.of(new PageSketch(1).line(cells).page()).get(0));
    }

    @Test
    void revolvingCreditWordingNamesACreditLine() {
        assertThat(card(40, "Crédit renouvelable Carte Cetelem")).isTrue();
        assertThat(card(40, "REVOLVING CREDIT ACCOUNT")).isTrue();
        // A checking account's overdraft line of credit is no card.
        assertThat(card(40, "Overdraft Line of Credit")).isFalse();
    }

    @Test
    void itsBalancesAreAmountsOwed() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Crédit renouvelable Carte Cetelem")
                .line(40, "Relevé du 11/05/2025 au 10/06/2025").gap(20)
                .line(40, "Date", 110, "Libellé", 420, "Débit", 500, "Crédit")
                .cell(110, "Solde précédent").right(460, "1 152,30").next()
                .cell(40, "15/05").cell(110, "MENSUALITE PRELEVEE").right(540, "95,00").next()
                .cell(40, "16/05").cell(110, "DECATHLON CAMPUS").right(460, "36,20").next()
                .cell(110, "Nouveau solde").right(460, "1 093,50").next());
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo(new BigDecimal("1152.30"));
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo(new BigDecimal("1093.50"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
