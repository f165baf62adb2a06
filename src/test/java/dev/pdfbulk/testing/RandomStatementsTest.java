package dev.pdfbulk.testing;

import dev.pdfbulk.testing.StatementSpec.Entry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RandomStatementsTest {

    @Test
    void sameSeedGivesTheSameStatement() {
        assertThat(RandomStatements.spec(9, Layouts.usChecking(), 25))
                .isEqualTo(RandomStatements.spec(9, Layouts.usChecking(), 25))
                .isNotEqualTo(RandomStatements.spec(10, Layouts.usChecking(), 25));
    }

    @Test
    void everyStatementReconcilesWithDatesInOrderInsideThePeriod() {
        for (Layout layout : Layouts.all()) {
            for (long seed = 0; seed < 40; seed++) {
                StatementSpec spec = RandomStatements.spec(seed, layout, 1 + (int) seed % 30);

                assertThat(spec.reconciles()).as("%s seed %d", layout.name(), seed).isTrue();
                assertThat(spec.entries()).isSortedAccordingTo(Comparator.comparing(Entry::date))
                        .allSatisfy(e -> assertThat(e.date()).isBetween(spec.periodStart(), spec.periodEnd()));
                assertThat(spec.entries()).extracting(Entry::amount).noneMatch(a -> a.signum() == 0);
            }
        }
    }

    @Test
    void containsTheHardCasesOnceThereAreFourRows() {
        for (Layout layout : List.of(Layouts.ukCurrentAccount(), Layouts.creditCard())) {
            // when
            List<Entry> entries = RandomStatements.spec(1, layout, 4).entries();

            // then
            assertThat(entries).anyMatch(e -> e.description().matches(".*[A-Z]{3} \\d+\\.\\d{2} .*"));
            assertThat(entries).anyMatch(e -> e.description().length() > 70);
            assertThat(entries).anyMatch(e -> e.amount().abs().compareTo(new BigDecimal("1000")) >= 0);
            assertThat(entries).anyMatch(e -> !e.description().chars().allMatch(c -> c < 128));
        }
    }

    @Test
    void cardStatementsHaveChargesAndAPaymentAndPostDates() {
        StatementSpec card = RandomStatements.spec(2, Layouts.creditCard(), 20);

        assertThat(card.entries()).anyMatch(e -> e.amount().signum() < 0)
                .anyMatch(e -> e.description().startsWith("PAYMENT") && e.amount().signum() > 0)
                .allMatch(e -> e.postDate() != null && !e.postDate().isBefore(e.date()));
    }

    @Test
    void chequeColumnIsFilledOnSomeRowsOnly() {
        List<Entry> entries = RandomStatements.spec(4, Layouts.usChecking(), 30).entries();

        assertThat(entries).anyMatch(e -> e.reference() != null).anyMatch(e -> e.reference() == null);
        assertThat(RandomStatements.spec(4, Layouts.deGiroSigned(), 30).entries())
                .allMatch(e -> e.reference() == null);
    }

    @Test
    void yearEndStatementRunsFromDecemberIntoJanuary() {
        StatementSpec spec = RandomStatements.yearEnd(3, Layouts.multiPage(), 40);

        assertThat(spec.periodStart()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(spec.entries()).anyMatch(e -> e.date().getYear() == 2025)
                .anyMatch(e -> e.date().getYear() == 2026);
    }

    @Test
    void randomLayoutsAreNamedPresetsWithShiftedGeometry() {
        Layout layout = RandomStatements.layout(12);

        assertThat(layout.name()).endsWith("-12");
        assertThat(Layouts.all()).noneMatch(named -> named.geometry().equals(layout.geometry()));
    }
}
