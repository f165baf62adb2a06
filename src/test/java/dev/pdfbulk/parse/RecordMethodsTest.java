package dev.pdfbulk.parse;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records whose equals and hashCode are written out answer as the generated ones would: the same hash (so hash
 * sets iterate in the same order) and the same equality, NaN, -0.0 and nulls included. Each is checked against a
 * record of the same components that keeps the generated methods.
 */
class RecordMethodsTest {

    private record ColumnMirror(ColumnKind kind, float left, float right, float valueRight, float cellLeft) {
    }

    private record RawDateMirror(int first, int second, Integer year, boolean monthKnown, boolean bare,
                                 boolean shortYear) {
    }

    private record AmountMirror(BigDecimal magnitude, Amount.Mark mark, String currency, String number) {
    }

    private record FitMirror(float left, float right, float lead, float reach) {
    }

    private record LineMirror(int page, float y, RawDate date, String description, List<String> cells,
                              Map<ColumnKind, Amount> money, Marker marker, int direction, TableLine.Fit fit) {
    }

    private final Random random = new Random(5);

    @Test
    void hashesAndEqualityMatchTheGeneratedOnes() {
        for (int i = 0; i < 20_000; i++) {
            Column c = new Column(pick(ColumnKind.values()), f(), f(), f(), f());
            Column c2 = random.nextBoolean() ? new Column(c.kind(), c.left(), c.right(), c.valueRight(), c.cellLeft())
                    : new Column(c.kind(), c.left(), f(), c.valueRight(), c.cellLeft());
            assertThat(c.hashCode()).isEqualTo(mirror(c).hashCode());
            assertThat(c.equals(c2)).isEqualTo(mirror(c).equals(mirror(c2)));

            RawDate d = date();
            RawDate d2 = random.nextBoolean() ? new RawDate(d.first(), d.second(), d.year(), d.monthKnown(), d.bare(),
                    d.shortYear()) : date();
            assertThat(d.hashCode()).isEqualTo(mirror(d).hashCode());
            assertThat(d.equals(d2)).isEqualTo(mirror(d).equals(mirror(d2)));

            Amount a = amount();
            Amount a2 = random.nextBoolean() ? new Amount(a.magnitude(), a.mark(), a.currency(), a.number()) : amount();
            assertThat(a.hashCode()).isEqualTo(mirror(a).hashCode());
            assertThat(a.equals(a2)).isEqualTo(mirror(a).equals(mirror(a2)));

            TableLine.Fit fit = random.nextInt(4) == 0 ? null : new TableLine.Fit(f(), f(), f(), f());
            TableLine line = new TableLine(random.nextInt(3), f(), random.nextBoolean() ? null : d,
                    random.nextBoolean() ? null : "text " + random.nextInt(3), List.of("a", "b" + random.nextInt(2)),
                    random.nextBoolean() ? Map.of() : Map.of(ColumnKind.BALANCE, a),
                    random.nextBoolean() ? null : pick(Marker.values()), random.nextInt(3) - 1, fit);
            TableLine same = new TableLine(line.page(), line.y(), line.date(), line.description(), line.cells(),
                    line.money(), line.marker(), line.direction(), line.fit());
            TableLine other = line.withDate(random.nextBoolean() ? d : d2);
            assertThat(line.hashCode()).isEqualTo(mirror(line).hashCode());
            assertThat(line.equals(same)).isEqualTo(mirror(line).equals(mirror(same))).isTrue();
            assertThat(line.equals(other)).isEqualTo(mirror(line).equals(mirror(other)));
            if (fit != null) {
                TableLine.Fit fit2 = random.nextBoolean()
                        ? new TableLine.Fit(fit.left(), fit.right(), fit.lead(), fit.reach())
                        : new TableLine.Fit(fit.left(), fit.right(), f(), fit.reach());
                FitMirror m = new FitMirror(fit.left(), fit.right(), fit.lead(), fit.reach());
                assertThat(fit.hashCode()).isEqualTo(m.hashCode());
                assertThat(fit.equals(fit2)).isEqualTo(m.equals(
                        new FitMirror(fit2.left(), fit2.right(), fit2.lead(), fit2.reach())));
            }
            assertThat(c.equals(null)).isFalse();
            assertThat(line.equals("text")).isFalse();
        }
    }

    // Few values, NaN and both zeros among them, so equal and unequal pairs both come up often.
    private float f() {
        float[] values = {0f, -0f, Float.NaN, 1.5f, 72.25f, -3f};
        return values[random.nextInt(values.length)];
    }

    private RawDate date() {
        return new RawDate(random.nextInt(3), random.nextInt(3), random.nextBoolean() ? null : 2024 + random.nextInt(2),
                random.nextBoolean(), random.nextBoolean(), random.nextBoolean());
    }

    private Amount amount() {
        return new Amount(random.nextBoolean() ? null : new BigDecimal(random.nextBoolean() ? "1.50" : "1.5"),
                random.nextBoolean() ? null : pick(Amount.Mark.values()), random.nextBoolean() ? null : "EUR",
                random.nextBoolean() ? null : "1.50");
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static ColumnMirror mirror(Column c) {
        return new ColumnMirror(c.kind(), c.left(), c.right(), c.valueRight(), c.cellLeft());
    }

    private static RawDateMirror mirror(RawDate d) {
        return new RawDateMirror(d.first(), d.second(), d.year(), d.monthKnown(), d.bare(), d.shortYear());
    }

    private static AmountMirror mirror(Amount a) {
        return new AmountMirror(a.magnitude(), a.mark(), a.currency(), a.number());
    }

    private static LineMirror mirror(TableLine t) {
        return new LineMirror(t.page(), t.y(), t.date(), t.description(), t.cells(), t.money(), t.marker(),
                t.direction(), t.fit());
    }
}
