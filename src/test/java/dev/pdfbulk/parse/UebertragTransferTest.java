package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** "Übertrag" carries a balance over a page; "Übertrag auf Tagesgeld" moves money to another account. */
class UebertragTransferTest {

    @ParameterizedTest
    @ValueSource(strings = {"Übertrag", "ÜBERTRAG", "Übertrag auf Seite 2", "Übertrag von Seite 1",
        "Übertrag auf neue Rechnung", "Übertrag auf die nächste Seite", "Übertrag vom Blatt 3"})
    void aBalanceCarriedOverIsABalanceRow(String text) {
        assertThat(Marker.of(text, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Übertrag auf Tagesgeld", "Übertrag auf Girokonto", "Übertrag von Sparkonto 1234567",
        "Übertrag an Depot 998877"})
    void moneyMovedToAnotherAccountIsATransaction(String text) {
        // Before, the row was read as a balance carried over and dropped: the Sparkasse Finanzstatus lost its transfers.
        assertThat(Marker.of(text, true)).isNull();
    }
}
