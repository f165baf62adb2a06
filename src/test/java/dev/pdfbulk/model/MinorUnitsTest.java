package dev.pdfbulk.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MinorUnitsTest {

    private static Statement statement(String currency, String... amounts) {
        List<Transaction> rows = Arrays.stream(amounts)
                .map(a -> new Transaction(LocalDate.of(2025, 2, 1), "ROW", new BigDecimal(a), null, 1)).toList();
        return new Statement(new StatementMetadata(null, currency, null, null, null, null), rows, 1,
                Reconciliation.unverified("none printed"));
    }

    @Test
    void anAmountWithMoreDecimalsThanTheLedgerStoresIsAnAmountFormatFailure() {
        // 127.594 in a statement naming no currency: the ledger stores cents, so it can only be misread.
        assertThatThrownBy(() -> MinorUnits.check(statement(null, "-300", "127.594"), MinorUnits.stored(null)))
                .isInstanceOf(StatementException.class)
                .satisfies(e -> assertThat(((StatementException) e).reason()).isEqualTo(FailureReason.AMOUNT_FORMAT))
                .hasMessageContaining("row 2").hasMessageContaining("127.594");
        assertThatThrownBy(() -> MinorUnits.check(statement("CLP", "12.50"), MinorUnits.stored("CLP")))
                .isInstanceOf(StatementException.class);
    }

    @Test
    void eachSectionsRowsAreHeldToItsOwnCurrency() {
        // A statement of a KWD and a JPY account names no one currency: each section's rows take their own.
        Statement s = statement(null, "1.500", "-2.250", "1200");
        List<Section> sections = List.of(
                new Section("****1111", "KWD", null, null, Reconciliation.unverified("x"), 0, 2),
                new Section("****2222", "JPY", null, null, Reconciliation.unverified("x"), 2, 1));
        Statement both = new Statement(s.metadata(), s.transactions(), 1, s.reconciliation(), sections);
        assertThatCode(() -> MinorUnits.check(both, MinorUnits.stored(null))).doesNotThrowAnyException();
        Statement yenInFils = new Statement(s.metadata(), statement(null, "1200", "1.500").transactions(), 1,
                s.reconciliation(), List.of(
                new Section("****2222", "JPY", null, null, Reconciliation.unverified("x"), 0, 1),
                new Section("****1111", "JPY", null, null, Reconciliation.unverified("x"), 1, 1)));
        assertThatThrownBy(() -> MinorUnits.check(yenInFils, MinorUnits.stored(null)))
                .hasMessageContaining("row 2").hasMessageContaining("JPY has (0)");
    }

    @Test
    void amountsWithinTheMinorUnitPass() {
        assertThatCode(() -> MinorUnits.check(statement("KWD", "1.500", "12.25"), MinorUnits.stored("KWD")))
                .doesNotThrowAnyException();
        assertThatCode(() -> MinorUnits.check(statement("CLP", "43761", "300.00"), MinorUnits.stored("CLP")))
                .doesNotThrowAnyException();
        assertThat(MinorUnits.stored("XYZ")).isEqualTo(MinorUnits.DEFAULT_DIGITS);
    }
}
