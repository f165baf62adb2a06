package dev.pdfbulk.parse;

import dev.pdfbulk.model.Reconciliation;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads one statement from a table's assembled rows, once all its pages are in: the amounts' decimals, the
 * Buddhist era, Solar Hijri and year-first dates, the rows' years, the sign convention (and the other reading where the wording
 * misled), and the balances' verdict. {@link TableStatementParser} asks it for every reading it tries (the
 * transaction table, with its charges, by sections, headerless). Not thread-safe: one per statement.
 */
final class StatementFromRows {

    // Statements list what has happened: no date of theirs lies after today.
    private final LocalDate today;
    // Thai script or the baht printed anywhere: two-digit years may be of the Buddhist era.
    private final boolean thai;
    // Letters only Persian writes: year-first dates of the 1300s and 1400s are Solar Hijri.
    private final boolean persian;
    // Whether a bare "$" is the US dollar.
    private final BareDollar dollar;
    private final int pages;

    StatementFromRows(LocalDate today, boolean thai, boolean persian, BareDollar dollar, int pages) {
        this.today = today;
        this.thai = thai;
        this.persian = persian;
        this.dollar = dollar;
        this.pages = pages;
    }

    // Reads the statement from the rows of the given tables (the transaction list, maybe with its charges).
    Read read(TableReading reading, List<TableFragment> table, AssembledRows assembled, List<RawDate> printedDates,
              MetadataReader.Raw printedMeta) {
        return read(reading, table, table, assembled, printedDates, printedMeta);
    }

    // The rows of {@code table}, part of {@code whole} (one account's section of it): rows of the whole are no rows
    // left unread.
    Read read(TableReading reading, List<TableFragment> table, List<TableFragment> whole, AssembledRows assembled,
              List<RawDate> printedDates, MetadataReader.Raw printedMeta) {
        return read(reading, table, whole, assembled, printedDates, printedMeta, false);
    }

    // The same, for a section that is a debt (a loan's): its balance is owed, as a card's is (SignConvention.debt).
    Read read(TableReading reading, List<TableFragment> table, List<TableFragment> whole, AssembledRows assembled,
              List<RawDate> printedDates, MetadataReader.Raw printedMeta, boolean debt) {
        List<TableEvent> printed = assembled.events();
        // Whether "51.132" is 51132 or 51.132 is the statement's to say, by its other amounts and its currency.
        MinorDigits digits = MinorDigits.decide(printed, printedMeta);
        List<TableEvent> events = digits.apply(printed);
        MetadataReader.Raw meta = digits.apply(printedMeta);
        List<RawDate> rowDates = printedDates;
        BalanceLinePeriod.Ends balanceDates = BalanceLinePeriod.of(table);
        BuddhistEra era = BuddhistEra.of(BuddhistEra.years(rowDates, meta), thai, today.getYear());
        if (era != null) {
            events = era.rows(events);
            rowDates = RawDate.each(rowDates, era::ce);
            meta = era.meta(meta);
            balanceDates = balanceDates == null ? null : balanceDates.map(era::ce);
        }
        SolarHijri solar = SolarHijri.of(rowDates, meta, persian, today.getYear());
        if (solar != null) {
            events = solar.rows(events);
            rowDates = RawDate.each(rowDates, solar::gregorian);
            meta = solar.meta(meta);
            balanceDates = balanceDates == null ? null : balanceDates.map(solar::gregorian);
        }
        YearFirstDates yearFirst = YearFirstDates.of(rowDates, meta);
        if (yearFirst != null) {
            events = yearFirst.rows(events);
            rowDates = RawDate.each(rowDates, yearFirst::reread);
            balanceDates = balanceDates == null ? null : balanceDates.map(yearFirst::reread);
        }
        boolean usd = "USD".equals(meta.currency()) || ReadDoubts.usesDollar(events);
        // Years come from the statement: its period or statement date, else any full date it prints; the clock
        // only when it prints no year at all, and then they are a guess.
        DateResolver dates = DateResolver.decide(rowDates, meta.periodStart(), meta.closingDate(), usd,
                meta.printedYear() != null ? meta.printedYear() : today.getYear());
        if (meta.printedYear() == null) {
            if (FutureDates.guessedAhead(dates.resolveAll(rowDates), today)) {
                // The clock's year puts rows after today: they are of the year before.
                dates = DateResolver.decide(rowDates, meta.periodStart(), meta.closingDate(), usd, today.getYear() - 1);
            }
            dates = dates.yearFromClock(rowDates);
        }
        boolean card = reading.cardWording() || debt;
        TableSpan span = TableSpan.of(table, reading.unreadRows(whole), reading.undatedRowsAfter(table),
                reading.undatedRowsBetween(table));
        SignConvention signs = debt ? SignConvention.debt(events, meta) : SignConvention.of(card, events, meta);
        // A statement printing no period: the one its balance lines' dates tell, else the month that ends its
        // closing date, where its rows agree.
        Statement statement = ClosingDatePeriod.of(BalanceLinePeriod.of(
                StatementBuilder.build(events, meta, dates, signs, pages, span), balanceDates, dates), meta, dates, card);
        if (statement.reconciliation().isUnreconciled() && signs.doubt() == null
                && !(card && CardMarks.marksOpposeSections(events))) {
            // The account kind is read from wording; if the other kind makes every balance agree, the wording misled.
            // A card stays a card: the other reading is its balances read from the other side (SignConvention).
            SignConvention otherSigns = card ? signs.otherSide(events, meta) : SignConvention.of(true, events, meta);
            Statement other = ClosingDatePeriod.of(BalanceLinePeriod.of(
                    StatementBuilder.build(events, meta, dates, otherSigns, pages, span), balanceDates, dates),
                    meta, dates, !card || otherSigns.direction() < 0);
            if (!other.reconciliation().isUnreconciled() && other.reconciliation().status()
                    != ReconciliationStatus.UNVERIFIED) {
                return new Read(ReadDoubts.inDoubt(dollar.recorded(ReadDoubts.unread(table, other), events, reading.otherLines(), table),
                        assembled.doubt()),
                        dates.doubt());
            }
        }
        return new Read(ReadDoubts.inDoubt(dollar.recorded(ReadDoubts.unread(table, statement), events, reading.otherLines(), table),
                assembled.doubt()), dates.doubt());
    }

    /**
     * A statement as its balances read it, and why the years given its dates are guesses (null: the statement
     * prints them).
     */
    record Read(Statement balanced, String yearDoubt) {

        boolean reconciled() {
            return balanced.reconciliation().status() == ReconciliationStatus.RECONCILED;
        }

        // Balances agree whatever year the rows are given: where the statement does not tell the year, they prove
        // no date.
        Statement statement() {
            if (yearDoubt == null || !reconciled()) {
                return balanced;
            }
            return new Statement(balanced.metadata(), balanced.transactions(), balanced.pageCount(),
                    Reconciliation.unverified(yearDoubt));
        }
    }
}
