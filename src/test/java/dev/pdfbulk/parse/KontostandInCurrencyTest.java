package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Kontostand in EUR am 31.05.2025" above the table and "Neuer Kontostand in EUR am 30.06.2025" under it, set from
 * the date column: the currency between label and date, and a balance line ending the table, not a row lost.
 */
class KontostandInCurrencyTest {

    @Test
    void theCurrencyMayStandBetweenTheLabelAndTheDate() {
        assertThat(Marker.of("Kontostand in EUR am 31.05.2025", true)).isEqualTo(Marker.BALANCE);
    }

    @Test
    void balancesNamedWithTheirCurrencyEndTheStatement() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Kontoauszug vom 30.06.2025", 330, "Zeitraum 01.06.2025 bis 30.06.2025").gap(20)
                .cell(40, "Kontostand in EUR am 31.05.2025").right(560, "184,27").next().gap(8)
                .line(40, "Buchungstag", 98, "Wert", 145, "Vorgang", 490, "Betrag in EUR")
                .cell(40, "01.06.").cell(98, "01.06.").cell(145, "Lastschrift").right(560, "82,47-").next()
                .cell(145, "AMAZON PAYMENTS EUROPE S.C.A.").next()
                .cell(40, "04.06.").cell(98, "04.06.").cell(145, "Gutschrift").right(560, "108,86").next()
                .cell(145, "Maria Huber").next()
                .cell(40, "06.06.").cell(98, "07.06.").cell(145, "Kartenzahlung").right(560, "17,63-").next()
                .cell(145, "REWE Markt GmbH").next().gap(6)
                .cell(40, "Neuer Kontostand in EUR am 30.06.2025").right(560, "193,03").next().gap(10)
                .line(40, "Bitte prüfen Sie die Buchungen."));
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-82.47"),
                new BigDecimal("108.86"), new BigDecimal("-17.63"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aForwardLineTheTableCannotReadIsStillARowLost() throws Exception {
        // No closing amount of its own would show rows missing below it.
        Statement s = parse(new PageSketch(1)
                .line(40, "Kontoauszug vom 30.06.2025", 330, "Zeitraum 01.06.2025 bis 30.06.2025").gap(20)
                .cell(40, "Kontostand in EUR am 31.05.2025").right(560, "184,27").next().gap(8)
                .line(40, "Buchungstag", 98, "Wert", 145, "Vorgang", 490, "Betrag in EUR")
                .cell(40, "01.06.").cell(98, "01.06.").cell(145, "Lastschrift").right(560, "82,47-").next()
                .cell(145, "AMAZON PAYMENTS EUROPE S.C.A.").next().gap(6)
                .cell(40, "Übertrag auf Blatt 2 am 30.06.2025").right(560, "101,80").next().gap(10)
                .line(40, "Bitte prüfen Sie die Buchungen."));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
        assertThat(s.reconciliation().detail()).contains("could not be read");
    }
}
