package dev.pdfbulk.testing;

/**
 * How a statement is printed: one combination of options. {@link Layouts} holds named combinations;
 * {@link #toBuilder()} varies one option at a time.
 *
 * @param name             short name, used in test names and file names
 * @param words            printed labels
 * @param dates            date format of the table rows
 * @param periodDates      date format of the statement period line; always has a year
 * @param amounts          which amount columns the table has
 * @param numbers          how amounts and balances are printed
 * @param balances         whether and where the running balance is printed
 * @param postDateColumn   a second date column after the first (post or value date)
 * @param reference        an optional cheque/reference column, blank on most rows
 * @param wrap             which line of a wrapped description carries the amounts
 * @param repeatDates      false prints the date only on the first row of each day
 * @param balanceRows      opening and closing balance rows inside the table
 * @param datedBalanceRows the opening and closing rows also carry the period start and end dates
 * @param carryForward     "carried forward" / "brought forward" rows at page breaks
 * @param totalRow         a total row at the end of the table
 * @param summaryBox       a summary box with opening and closing balance in the page header
 * @param sideTable        a second, non-transaction table and where it goes
 * @param geometry         paper, margins and font
 */
public record Layout(String name, Vocabulary words, DateStyle dates, DateStyle periodDates, AmountColumns amounts,
                     AmountStyle numbers, BalancePolicy balances, boolean postDateColumn, RefColumn reference,
                     Wrap wrap, boolean repeatDates, boolean balanceRows, boolean datedBalanceRows,
                     boolean carryForward, boolean totalRow, boolean summaryBox, SideTable sideTable,
                     Geometry geometry) {

    /** Amount columns of the transaction table. */
    public enum AmountColumns {
        /** Separate money-out and money-in columns, both unsigned. */
        SPLIT,
        /** One amount column signed from the holder's view. */
        SIGNED,
        /** One amount column signed from the card issuer's view: charges positive, credits marked. */
        OWED
    }

    /** Where running balances are printed. */
    public enum BalancePolicy { NONE, EVERY_ROW, LAST_OF_DAY }

    /** Where the cheque/reference column goes, if any. */
    public enum RefColumn { NONE, BEFORE_DESCRIPTION, AFTER_DESCRIPTION }

    /** Which line of a wrapped row carries amount and balance. */
    public enum Wrap { AMOUNT_ON_FIRST_LINE, AMOUNT_ON_LAST_LINE }

    /** A second table that holds no transactions. */
    public enum SideTable { NONE, BEFORE_TABLE, AFTER_TABLE }

    public Layout {
        if (!periodDates.hasYear()) {
            throw new IllegalArgumentException("the period line must print a year: " + periodDates);
        }
    }

    public boolean hasBalanceColumn() {
        return balances != BalancePolicy.NONE;
    }

    public static Builder builder(String name, Vocabulary words) {
        return new Builder(name, words);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name, words);
        b.dates = dates;
        b.periodDates = periodDates;
        b.amounts = amounts;
        b.numbers = numbers;
        b.balances = balances;
        b.postDateColumn = postDateColumn;
        b.reference = reference;
        b.wrap = wrap;
        b.repeatDates = repeatDates;
        b.balanceRows = balanceRows;
        b.datedBalanceRows = datedBalanceRows;
        b.carryForward = carryForward;
        b.totalRow = totalRow;
        b.summaryBox = summaryBox;
        b.sideTable = sideTable;
        b.geometry = geometry;
        return b;
    }

    /** Mutable companion of {@link Layout}; starts from plain English defaults. */
    public static final class Builder {
        private String name;
        private Vocabulary words;
        private DateStyle dates = DateStyle.DMY_SLASH;
        private DateStyle periodDates = DateStyle.DMY_SLASH;
        private AmountColumns amounts = AmountColumns.SPLIT;
        private AmountStyle numbers = AmountStyle.ENGLISH;
        private BalancePolicy balances = BalancePolicy.EVERY_ROW;
        private boolean postDateColumn;
        private RefColumn reference = RefColumn.NONE;
        private Wrap wrap = Wrap.AMOUNT_ON_FIRST_LINE;
        private boolean repeatDates = true;
        private boolean balanceRows = true;
        private boolean datedBalanceRows;
        private boolean carryForward = true;
        private boolean totalRow;
        private boolean summaryBox = true;
        private SideTable sideTable = SideTable.NONE;
        private Geometry geometry = Geometry.a4(Geometry.Font.HELVETICA, 9, 42);

        private Builder(String name, Vocabulary words) {
            this.name = name;
            this.words = words;
        }

        public Builder name(String v) { name = v; return this; }
        public Builder words(Vocabulary v) { words = v; return this; }
        public Builder dates(DateStyle v) { dates = v; return this; }
        public Builder periodDates(DateStyle v) { periodDates = v; return this; }
        public Builder amounts(AmountColumns v) { amounts = v; return this; }
        public Builder numbers(AmountStyle v) { numbers = v; return this; }
        public Builder balances(BalancePolicy v) { balances = v; return this; }
        public Builder postDateColumn(boolean v) { postDateColumn = v; return this; }
        public Builder reference(RefColumn v) { reference = v; return this; }
        public Builder wrap(Wrap v) { wrap = v; return this; }
        public Builder repeatDates(boolean v) { repeatDates = v; return this; }
        public Builder balanceRows(boolean v) { balanceRows = v; return this; }
        public Builder datedBalanceRows(boolean v) { datedBalanceRows = v; return this; }
        public Builder carryForward(boolean v) { carryForward = v; return this; }
        public Builder totalRow(boolean v) { totalRow = v; return this; }
        public Builder summaryBox(boolean v) { summaryBox = v; return this; }
        public Builder sideTable(SideTable v) { sideTable = v; return this; }
        public Builder geometry(Geometry v) { geometry = v; return this; }

        public Layout build() {
            return new Layout(name, words, dates, periodDates, amounts, numbers, balances, postDateColumn, reference,
                    wrap, repeatDates, balanceRows, datedBalanceRows, carryForward, totalRow, summaryBox, sideTable,
                    geometry);
        }
    }
}
