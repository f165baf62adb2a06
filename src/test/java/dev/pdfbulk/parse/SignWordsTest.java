package dev.pdfbulk.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SignWordsTest {

    @ParameterizedTest(name = "[{0}] sign column={1} -> {2}")
    @CsvSource({
        "Af,          false, -1",
        "Bij,         false,  1",
        "DR,          false, -1",
        "Cr.,         false,  1",
        "Soll,        false, -1",
        "Haber,       false,  1",
        "Debit,       false, -1",
        "D,           true,  -1",
        "D,           false,  0",
        "H,           true,   1",
        "C,           true,   1",
        "Credit card, false,  0",
        "OV,          true,   0",
    })
    void aWholeCellSaysWhichWayTheMoneyGoes(String cell, boolean signColumn, int expected) {
        assertThat(SignWords.directionOf(cell, signColumn)).isEqualTo(expected);
    }
}
