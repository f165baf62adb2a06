package dev.pdfbulk.ingest;

import dev.pdfbulk.extract.ExtractionOptions;
import dev.pdfbulk.extract.PdfBoxTextExtractor;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import dev.pdfbulk.testing.Layout;
import dev.pdfbulk.testing.Layouts;
import dev.pdfbulk.testing.RandomStatements;
import dev.pdfbulk.testing.RenderedStatement;
import dev.pdfbulk.testing.StatementPdfWriter;
import dev.pdfbulk.testing.StatementSpec;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every generated layout, through the real extractor and parser, must come back exactly and reconciled. */
class StatementReaderIT {

    @TempDir
    Path tmp;

    static Stream<Arguments> statements() {
        List<Arguments> out = new ArrayList<>();
        for (Layout layout : Layouts.all()) {
            out.add(Arguments.of(layout.name() + " 25 rows", RandomStatements.spec(11, layout, 25)));
            out.add(Arguments.of(layout.name() + " December-January", RandomStatements.yearEnd(12, layout, 30)));
            out.add(Arguments.of(layout.name() + " 1 row", RandomStatements.spec(13, layout, 1)));
            out.add(Arguments.of(layout.name() + " 120 rows", RandomStatements.spec(14, layout, 120)));
        }
        out.add(Arguments.of("multi-page 300 pages", RandomStatements.spec(15, Layouts.multiPage(), 7_400)));
        for (long seed = 100; seed < 112; seed++) {
            Layout shifted = RandomStatements.layout(seed);
            out.add(Arguments.of(shifted.name() + " shifted " + seed, RandomStatements.spec(seed, shifted, 40)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void readsEveryLayoutExactly(String name, StatementSpec spec) throws Exception {
        RenderedStatement rendered = StatementPdfWriter.write(spec, tmp.resolve("s.pdf"));

        Statement s = new StatementReader(new PdfBoxTextExtractor()).read(rendered.file(), ExtractionOptions.defaults())
                .statement();

        assertThat(s.transactions()).hasSize(rendered.transactions().size());
        for (int i = 0; i < s.transactions().size(); i++) {
            Transaction got = s.transactions().get(i);
            Transaction want = rendered.transactions().get(i);
            assertThat(got.date()).as("date of row %d", i + 1).isEqualTo(want.date());
            assertThat(got.description()).as("description of row %d", i + 1).isEqualTo(want.description());
            assertThat(got.amount()).as("amount of row %d", i + 1).isEqualByComparingTo(want.amount());
            if (want.balance() == null) {
                assertThat(got.balance()).as("balance of row %d", i + 1).isNull();
            } else {
                assertThat(got.balance()).as("balance of row %d", i + 1).isEqualByComparingTo(want.balance());
            }
            assertThat(got.page()).as("page of row %d", i + 1).isEqualTo(want.page());
        }
        assertThat(s.reconciliation().status()).as(s.reconciliation().detail()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().periodStart()).isEqualTo(spec.periodStart());
        assertThat(s.metadata().periodEnd()).isEqualTo(spec.periodEnd());
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo(spec.openingBalance());
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo(spec.closingBalance());
        if (s.metadata().currency() != null) {
            // Not every layout prints its currency; where one is read it must be right.
            assertThat(s.metadata().currency()).isEqualTo(spec.currency());
        }
    }
}
