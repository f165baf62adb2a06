package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An end-of-day balance line under a day's rows ("Daily balance $4,182.55") is a balance row, no transaction. */
class DailyBalanceRowTest {

    @ParameterizedTest
    @ValueSource(strings = {"Daily balance", "Daily ending balance", "End of day balance:", "Daily balance for 06/05"})
    void aDaysBalanceLineIsABalanceRow(String label) {
        assertThat(Marker.of(label, false)).isEqualTo(Marker.BALANCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Daily Balance Detail", "Daily balance transfer fee"})
    void aTitleOrARowNamingMoreIsNoDaysBalance(String label) {
        assertThat(Marker.of(label, false)).isNotEqualTo(Marker.BALANCE);
    }
}
