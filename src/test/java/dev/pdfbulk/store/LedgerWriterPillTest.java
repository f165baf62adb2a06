package dev.pdfbulk.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer finds its poison pill by identity, without a record's generated {@code equals}. */
class LedgerWriterPillTest {

    private record Pill(String write) {
    }

    @Test
    void onlyThePillItselfIsThePill() {
        // given a command equal to the pill, but not the pill, before the pill itself
        Pill pill = new Pill(null);
        Pill twin = new Pill(null);
        List<Pill> group = List.of(new Pill("a"), twin, new Pill("b"), pill, new Pill("c"));

        // when / then: indexOf (equals) would stop at the twin; the pill stands at 3
        assertThat(group.indexOf(pill)).isEqualTo(1);
        assertThat(LedgerWriter.pillAt(group, pill)).isEqualTo(3);
        assertThat(LedgerWriter.pillAt(group.subList(0, 3), pill)).isEqualTo(-1);
        assertThat(LedgerWriter.pillAt(List.of(), pill)).isEqualTo(-1);
    }
}
