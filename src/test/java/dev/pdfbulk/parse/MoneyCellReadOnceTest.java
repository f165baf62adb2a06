package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A money cell's second reading skips the two-decimal parse its first already found empty, with the same answers. */
class MoneyCellReadOnceTest {

    private static final String[] PIECES = {"1", "2", "0", "5", "9", "12", "500", "1703", ",", ".", "'", " ", "\u00a0",
        "-", "+", "\u2212", "(", ")", "$", "€", "¥", "R", "K", "EUR", "JPY", "CR", "Dr", "S", "Euro", "(Cr)", "(-)", "*",
        "a", "Nil", ",5", ".889", ",000", "\u25b3"};

    @Test
    void readsAsTheFullReadingWhereTheParseFoundNone() {
        Random random = new Random(30);
        int compared = 0;
        int amounts = 0;
        for (int i = 0; i < 60_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = text.toString();
            if (AmountParser.parse(s).isPresent()) {
                continue;
            }
            for (CellReading reading : CellReading.values()) {
                assertThat(reading.undecimalInMoneyPlace(s)).as("[%s] %s", s, reading).isEqualTo(reading.inMoneyPlace(s));
                compared++;
                amounts += reading.inMoneyPlace(s).isPresent() ? 1 : 0;
            }
        }
        // The texts reach every reading's own amounts, not only texts that are none.
        assertThat(compared).isGreaterThan(100_000);
        assertThat(amounts).isGreaterThan(5_000);
    }

    @Test
    void readsWholeAndTrimmedAmountsWithoutTheParse() {
        assertThat(CellReading.AS_PRINTED.undecimalInMoneyPlace("12,500")).map(Amount::magnitude).hasValueSatisfying(
                m -> assertThat(m).isEqualByComparingTo("12500"));
        assertThat(CellReading.UNGROUPED.undecimalInMoneyPlace("1703.889")).map(Amount::magnitude).hasValueSatisfying(
                m -> assertThat(m).isEqualByComparingTo("1703.889"));
        assertThat(CellReading.TRIMMED.undecimalInMoneyPlace("12.5")).map(Amount::magnitude).hasValueSatisfying(
                m -> assertThat(m).isEqualByComparingTo("12.50"));
        assertThat(CellReading.AS_PRINTED.undecimalInMoneyPlace("1234")).isEmpty();
    }
}
