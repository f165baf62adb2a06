package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** ING's layout: each row's second line starts with its value date and holds the rest of its text. */
class ValueDateLinesTest {

    @Test
    void theValueDateLineUnderEveryRowIsThatRowsText() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Alter Saldo", 500, "1.000,00")
                .gap(10)
                .line(40, "Buchung", 120, "Verwendungszweck", 500, "Betrag (EUR)")
                .cell(40, "03.06.2024").cell(120, "Lastschrift Stadtwerke").right(540, "-45,00").next()
                .cell(40, "04.06.2024").cell(120, "Abschlag Strom Juni 2024 Mandat").next()
                .cell(120, "VEXXS750012").next()
                .cell(40, "05.06.2024").cell(120, "Gutschrift Arbeitgeber GmbH").right(540, "2.000,00").next()
                .cell(40, "05.06.2024").cell(120, "LOHN GEHALT 06/24").next()
                .gap(10)
                .line(40, "Neuer Saldo", 500, "2.955,00"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Lastschrift Stadtwerke Abschlag Strom Juni 2024 Mandat VEXXS750012",
                "Gutschrift Arbeitgeber GmbH LOHN GEHALT 06/24");
        assertThat(s.transactions()).extracting(t -> t.date().getDayOfMonth()).containsExactly(3, 5);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aBookingAndPurposeHeaderAndABalanceInEuroWordsReadAsIngPrintsThem() throws Exception {
        // "Buchung / Verwendungszweck" heads the text; "Neuer Saldo 2.955,00 Euro" names its currency in full.
        Statement s = parse(new PageSketch(1)
                .line(360, "Alter Saldo", 480, "1.000,00 Euro")
                .gap(10)
                .line(40, "Buchung", 120, "Buchung / Verwendungszweck", 500, "Betrag (EUR)")
                .cell(40, "03.06.2024").cell(120, "Lastschrift Stadtwerke").right(540, "-45,00").next()
                .cell(40, "04.06.2024").cell(120, "Abschlag Strom Juni 2024").next()
                .cell(40, "05.06.2024").cell(120, "Gutschrift Arbeitgeber GmbH").right(540, "2.000,00").next()
                .cell(40, "05.06.2024").cell(120, "LOHN GEHALT 06/24").next()
                .cell(120, "Neuer Saldo").right(575, "2.955,00 Euro").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-45.00"), new BigDecimal("2000.00"));
        assertThat(s.transactions().get(0).description()).isEqualTo("Lastschrift Stadtwerke Abschlag Strom Juni 2024");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("2955.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void theRhythmHoldsOnlyWhenEveryRowHasItsValueDateLine() {
        TableLine row = line(3, "Lastschrift Stadtwerke", true);
        TableLine value = line(4, "Abschlag Strom", false);
        assertThat(ValueDateLines.follow(java.util.List.of(row, value, line(5, "Gutschrift", true),
                line(5, "LOHN", false)))).isTrue();
        // A dated line with no amount that follows no row breaks the rhythm.
        assertThat(ValueDateLines.follow(java.util.List.of(row, value, line(5, "Gutschrift", false),
                line(6, "LOHN", true), line(6, "Juni", false)))).isFalse();
        // A row with no value-date line under it breaks it too.
        assertThat(ValueDateLines.follow(java.util.List.of(row, value, line(5, "Gutschrift", true)))).isFalse();
    }

    private static TableLine line(int day, String text, boolean amount) {
        RawDate date = DateParser.parse(String.format("%02d.06.2024", day)).orElseThrow();
        java.util.Map<ColumnKind, Amount> money = amount
                ? java.util.Map.of(ColumnKind.AMOUNT, AmountParser.parse("-45,00").orElseThrow())
                : java.util.Map.of();
        return new TableLine(1, 100f + day, date, text, money, null, 0);
    }
}
