package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening and closing rows named in Italian ("Saldo contabile iniziale/finale", the book balance), Slovak
 * ("Počiatočný/Konečný zostatok") and Greek ("ΑΡΧΙΚΟ/ΤΕΛΙΚΟ ΥΠΟΛΟΙΠΟ"): balances, never transactions.
 */
class OpeningClosingRowWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Saldo contabile iniziale", "Saldo contabile finale", "Počiatočný zostatok k 31.08.2025",
        "Konečný zostatok k 30.09.2025", "ΑΡΧΙΚΟ ΥΠΟΛΟΙΠΟ", "ΤΕΛΙΚΟ ΥΠΟΛΟΙΠΟ"})
    void theLabelsNameBalanceRows(String label) {
        assertThat(Marker.of(label, true)).isEqualTo(Marker.BALANCE);
    }

    @Test
    void italianDatedBookBalanceRowsAreTheEnds() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Estratto conto dal 01.04.2025 al 30.06.2025").gap(20)
                .line(40, "Data", 92, "Valuta", 146, "Descrizione", 440, "Addebiti", 515, "Accrediti")
                .cell(40, "31.03.2025").cell(146, "Saldo contabile iniziale").right(560, "5.231,09").next()
                .cell(40, "03.04.2025").cell(92, "03.04.2025").cell(146, "PAGAMENTO POS ESSELUNGA").right(480, "100,02").next()
                .cell(40, "13.05.2025").cell(92, "13.05.2025").cell(146, "ACCREDITO BONIFICO").right(560, "2.404,55").next()
                .cell(146, "Totale movimenti").right(480, "100,02").right(560, "2.404,55").next()
                .cell(40, "30.06.2025").cell(146, "Saldo contabile finale").right(560, "7.535,62").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-100.02"), new BigDecimal("2404.55"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void slovakZostatokRowsAreTheEnds() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Obdobie: 01.09.2025 - 30.09.2025").gap(20)
                .line(40, "Dátum", 110, "Popis", 530, "Suma")
                .cell(110, "Počiatočný zostatok k 31.08.2025").right(560, "418,62 EUR").next()
                .cell(40, "05.09.2025").cell(110, "Platba kartou").right(560, "-54,61 EUR").next()
                .cell(110, "LIDL SLOVENSKA REPUBLIKA").next()
                .cell(40, "27.09.2025").cell(110, "Prijatá platba").right(560, "200,00 EUR").next()
                .cell(110, "Konečný zostatok k 30.09.2025").right(560, "564,01 EUR").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-54.61"), new BigDecimal("200.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void greekStartAndEndBalanceRowsAreTheEnds() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Περίοδος: 01/03/2025 - 31/03/2025").gap(20)
                .line(40, "Ημερομηνία", 105, "Περιγραφή", 360, "Χρέωση", 440, "Πίστωση", 520, "Υπόλοιπο")
                .cell(105, "ΑΡΧΙΚΟ ΥΠΟΛΟΙΠΟ").right(560, "312,75").next()
                .cell(40, "02/03/2025").cell(105, "ΑΓΟΡΑ ΜΕ ΚΑΡΤΑ").right(395, "45,00").right(560, "267,75").next()
                .cell(40, "09/03/2025").cell(105, "ΜΙΣΘΟΔΟΣΙΑ").right(475, "100,00").right(560, "367,75").next()
                .cell(105, "ΤΕΛΙΚΟ ΥΠΟΛΟΙΠΟ").right(560, "367,75").next());
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
