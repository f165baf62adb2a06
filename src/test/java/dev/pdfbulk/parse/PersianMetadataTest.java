package dev.pdfbulk.parse;

import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Persian statement's account block, each label on the right and its value on its left (Bank Mellat's "شماره حساب :",
 * "واحد پول :", "از تاریخ :"), as extraction hands the words over: each cell's words in logical order.
 */
class PersianMetadataTest {

    @Test
    void theNumberLeftOfTheAccountsNumberLabelIsTheAccount() {
        PageSketch p = new PageSketch(1).line(300, "5874219630", 420, "شماره حساب :");
        assertThat(read(p).account()).isEqualTo("****9630");
    }

    @Test
    void aStatementsTitleWithItsAccountWordLabelsNoAccount() {
        // "صورت حساب" (a statement of account) is no account's number label: only "شماره حساب" (the account's number).
        PageSketch p = new PageSketch(1).line(300, "5874219630", 420, "صورت حساب :");
        assertThat(read(p).account()).isNull();
    }

    @Test
    void theRialUnderTheUnitOfMoneyLabelIsTheIranianRial() {
        PageSketch p = new PageSketch(1).line(300, "ریال", 420, "واحد پول :");
        assertThat(read(p).currency()).isEqualTo("IRR");
    }

    @Test
    void aRialWithMoreWordsInItsCellNamesNoCurrency() {
        // "ریال عمان" (the rial of Oman): the Persian rial is the unit alone.
        PageSketch p = new PageSketch(1).line(300, "ریال عمان", 420, "واحد پول :");
        assertThat(read(p).currency()).isNull();
    }

    @Test
    void theDatesLeftOfTheFromDateLabelAreThePeriod() {
        PageSketch p = new PageSketch(1).line(250, "1404/03/01 تا تاریخ 1404/03/31", 420, "از تاریخ :");
        MetadataReader.Raw meta = read(p);
        assertThat(meta.periodStart()).isEqualTo(new RawDate(3, 1, 1404, true));
        assertThat(meta.periodEnd()).isEqualTo(new RawDate(3, 31, 1404, true));
    }

    @Test
    void aPersianStatementsPeriodIsItsGregorianDays() throws Exception {
        // The sketch's period is one cell, its label first ("از تاریخ 1404/03/01 تا تاریخ 1404/03/31").
        Statement s = parse(SolarHijriTest.mellat("1404/03/01", "1404/03/31", "1404/03/03", "1404/03/09", "1404/03/31"));
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 5, 22));
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 6, 21));
    }

    private static MetadataReader.Raw read(PageSketch p) {
        List<Line> lines = Line.of(p.page());
        return MetadataReader.read(lines);
    }
}
