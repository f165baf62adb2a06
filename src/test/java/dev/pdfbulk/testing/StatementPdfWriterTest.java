package dev.pdfbulk.testing;

import dev.pdfbulk.extract.ExtractionOptions;
import dev.pdfbulk.extract.ExtractionSummary;
import dev.pdfbulk.extract.PdfBoxTextExtractor;
import dev.pdfbulk.model.PageText;
import dev.pdfbulk.model.Transaction;
import dev.pdfbulk.model.Word;
import dev.pdfbulk.testing.StatementSpec.Entry;
import dev.pdfbulk.testing.Vocabulary.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Sanity of the rendered PDFs through the real extractor; parsing them is the parser's tests' job. */
class StatementPdfWriterTest {

    @TempDir
    Path dir;

    static Stream<Layout> layouts() {
        return Layouts.all().stream();
    }

    static Stream<Layout> shortDateLayouts() {
        return Layouts.all().stream().filter(l -> !l.dates().hasYear());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void everyLayoutPrintsItsHeaderAndEveryRow(Layout layout) throws Exception {
        // given
        StatementSpec spec = RandomStatements.spec(17, layout, 30);

        // when
        RenderedStatement rendered = StatementPdfWriter.write(spec, dir.resolve(layout.name() + ".pdf"));
        List<String> pages = pageTexts(rendered);

        // then
        assertThat(pages).hasSize(rendered.pages());
        assertThat(pages.get(0)).contains(spec.bank(), spec.account(), layout.words().term(Term.DESCRIPTION),
                layout.periodDates().format(spec.periodStart()), layout.periodDates().format(spec.periodEnd()));
        for (Transaction t : rendered.transactions()) {
            Entry entry = spec.entries().get(rendered.transactions().indexOf(t));
            String page = pages.get(t.page() - 1);
            assertThat(page).contains(amountAsPrinted(layout, entry));
            assertThat(page).contains(entry.description().split(" ")[0]);
            if (t.balance() != null) {
                assertThat(page).contains(layout.numbers().signed(t.balance()));
            }
        }
        assertThat(pages.get(pages.size() - 1)).contains(String.format(layout.words().term(Term.PAGE),
                pages.size(), pages.size()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shortDateLayouts")
    void shortDatesCrossTheYearInsideAPrintedPeriod(Layout layout) throws Exception {
        // given
        StatementSpec spec = RandomStatements.yearEnd(23, layout, 25);

        // when
        RenderedStatement rendered = StatementPdfWriter.write(spec, dir.resolve(layout.name() + ".pdf"));
        String text = String.join("\n", pageTexts(rendered));

        // then
        assertThat(text).contains(layout.periodDates().format(LocalDate.of(2025, 12, 15)),
                layout.periodDates().format(LocalDate.of(2026, 1, 14)));
        assertThat(rendered.transactions()).anyMatch(t -> t.date().getYear() == 2026);
        assertThat(text).doesNotContain(" 2026 " + layout.words().term(Term.DESCRIPTION));
    }

    @Test
    void longStatementRepeatsHeadersAndCarriesTheBalanceForward() throws Exception {
        // given
        Layout layout = Layouts.multiPage();
        StatementSpec spec = RandomStatements.spec(5, layout, 50);

        // when
        RenderedStatement rendered = StatementPdfWriter.write(spec, dir.resolve("long.pdf"));
        List<String> pages = pageTexts(rendered);

        // then
        assertThat(rendered.pages()).isEqualTo(3);
        assertThat(rendered.transactions()).extracting(Transaction::page).isSorted().contains(1, 2, 3);
        for (int p = 1; p <= 3; p++) {
            String page = pages.get(p - 1);
            int last = lastEntryOn(rendered, p);
            assertThat(page).contains("Details", "Debit", "Credit", "Balance", "Page " + p + " of 3");
            if (p < 3) {
                assertThat(page).contains("Carried forward " + layout.numbers().signed(spec.balanceAfter(last)));
            }
            if (p > 1) {
                assertThat(page).contains("Brought forward " + layout.numbers().signed(spec.balanceAfter(
                        lastEntryOn(rendered, p - 1))));
            }
        }
        assertThat(pages.get(2)).contains("Closing balance", "Total", "Fees summary");
    }

    @Test
    void wrappedRowCarriesItsAmountOnTheFirstOrLastLine() throws Exception {
        for (Layout.Wrap wrap : Layout.Wrap.values()) {
            // given: one description far too long for its column
            Layout layout = Layouts.ukCurrentAccount().toBuilder().wrap(wrap).build();
            StatementSpec spec = StatementSpec.builder(layout).period(LocalDate.of(2025, 12, 1),
                    LocalDate.of(2025, 12, 31)).add(LocalDate.of(2025, 12, 3), "STANDING ORDER " + "WORD ".repeat(40)
                    + "LASTWORD", "-77.77").build();

            // when
            List<Word> words = extract(StatementPdfWriter.write(spec, dir.resolve(wrap + ".pdf"))).get(0).words();

            // then: the summary box also prints 77.77, above the table
            float start = find(words, "STANDING").y();
            float end = find(words, "LASTWORD").y();
            float amount = words.stream().filter(w -> w.text().equals("77.77") && w.y() >= start)
                    .findFirst().orElseThrow().y();
            assertThat(end).isGreaterThan(start);
            assertThat(amount).isEqualTo(wrap == Layout.Wrap.AMOUNT_ON_FIRST_LINE ? start : end);
        }
    }

    @Test
    void misprintedStatementShowsTheWrongBalance() throws Exception {
        // given
        StatementSpec spec = RandomStatements.spec(8, Layouts.usChecking(), 12).withMisprintedBalance();
        Entry wrong = spec.entries().stream().filter(e -> e.balance() != null)
                .filter(e -> e.balance().compareTo(spec.balanceAfter(spec.entries().indexOf(e))) != 0)
                .findFirst().orElseThrow();

        // when
        String text = pageTexts(StatementPdfWriter.write(spec, dir.resolve("wrong.pdf"))).get(0);

        // then
        assertThat(spec.reconciles()).isFalse();
        assertThat(text).contains(spec.layout().numbers().signed(wrong.balance()));
    }

    private static String amountAsPrinted(Layout layout, Entry entry) {
        return switch (layout.amounts()) {
            case SPLIT -> layout.numbers().unsigned(entry.amount());
            case SIGNED -> layout.numbers().signed(entry.amount());
            case OWED -> layout.numbers().signed(entry.amount().negate());
        };
    }

    private static int lastEntryOn(RenderedStatement rendered, int page) {
        List<Transaction> all = rendered.transactions();
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).page() == page) {
                last = i;
            }
        }
        return last;
    }

    private static Word find(List<Word> words, String text) {
        return words.stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow(() ->
                new AssertionError(text + " not among " + words.stream().map(Word::text).toList()));
    }

    // Each page as lines of words joined by single spaces, lines joined by newlines.
    private static List<String> pageTexts(RenderedStatement rendered) throws Exception {
        List<String> texts = new ArrayList<>();
        for (PageText page : extract(rendered)) {
            StringBuilder text = new StringBuilder();
            Word previous = null;
            for (Word w : page.words()) {
                text.append(previous == null ? "" : Math.abs(w.y() - previous.y()) < 1 ? " " : "\n").append(w.text());
                previous = w;
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static List<PageText> extract(RenderedStatement rendered) throws Exception {
        List<PageText> pages = new ArrayList<>();
        ExtractionSummary summary = new PdfBoxTextExtractor().extract(rendered.file(), ExtractionOptions.defaults(),
                pages::add);
        assertThat(summary.pages()).isEqualTo(rendered.pages());
        return pages;
    }
}
