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
    void amountsWithinTheMinorUnitPass() {
        assertThatCode(() -> MinorUnits.check(statement("KWD", "1.500", "12.25"), MinorUnits.stored("KWD")))
                .doesNotThrowAnyException();
        assertThatCode(() -> MinorUnits.check(statement("CLP", "43761", "300.00"), MinorUnits.stored("CLP")))
                .doesNotThrowAnyException();
        assertThat(MinorUnits.stored("XYZ")).isEqualTo(MinorUnits.DEFAULT_DIGITS);
    }
}
