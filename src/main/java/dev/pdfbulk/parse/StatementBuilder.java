package dev.pdfbulk.parse;

import dev.pdfbulk.model.Reconciliation;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.model.Transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the verified statement from table events under one sign convention: signs every amount, fills in
 * shared dates, then checks opening + amounts = closing and every printed running balance. Rows are checked
 * in printed order (oldest first); when that does not add up and the dates do not run oldest first, they are
 * checked newest first (the top row's balance is the closing balance, each balance is the one below it plus
 * the row's amount), and that reading is kept when every balance agrees in it (reconciled, or unverified where
 * the oldest row is checked against nothing). The transactions keep their printed order either way. Stateless.
 */
final class StatementBuilder {

    private StatementBuilder() {
    }

    static Statement build(List<TableEvent> events, MetadataReader.Raw meta, DateResolver dates,
                           SignConvention signs, int pages, TableSpan span) {
        List<Entry> entries = entries(events, dates, signs);
        BigDecimal metaOpening = meta.opening() == null ? null : signs.balance(meta.opening());
        BigDecimal metaClosing = meta.closing() == null ? null : signs.balance(meta.closing());
        // A total proves rows before the first balance only where no page before or after the table can hold rows.
        boolean wholeDocument = span.firstPage() == 1 && span.lastPage() == pages;
        Pass pass = Pass.run(entries, false, signs.direction(), metaOpening, metaClosing, span, wholeDocument);
        if (pass.reconciliation().isUnreconciled() && !datesRunOldestFirst(entries)) {
            Pass newestFirst = Pass.run(entries, true, signs.direction(), metaOpening, metaClosing, span, false);
            // Every balance agrees read bottom to top: the rows are printed newest first, even where no opening
            // is printed and the oldest row, whose own balance starts the walk, is checked against nothing.
            if (!newestFirst.reconciliation().isUnreconciled()) {
                pass = newestFirst;
            }
        }
        if (signs.doubt() != null && pass.reconciliation().status() == ReconciliationStatus.RECONCILED) {
            // Inverting every amount and every balance agrees as well: the arithmetic cannot prove the signs.
            pass = new Pass(pass.transactions(), Reconciliation.unverified(signs.doubt()
                    + "; the balances agree with the signs either way"), pass.opening(), pass.closing());
        }
        LocalDate periodEnd = meta.periodEnd() == null ? null : dates.resolve(meta.periodEnd());
        LocalDate periodStart = meta.periodStart() == null ? null : dates.resolve(meta.periodStart());
        if (periodStart != null && periodEnd != null && periodStart.isAfter(periodEnd)
                && meta.periodStart().year() == null) {
            // "15 December to 14 January 2026": the start's year is the one before.
            periodStart = periodStart.minusYears(1);
        }
        StatementMetadata metadata = new StatementMetadata(meta.account(), meta.currency(), periodStart, periodEnd,
                pass.opening(), pass.closing());
        return new Statement(metadata, pass.transactions(), pages, pass.reconciliation());
    }

    /**
     * A balance mark ({@code mark} set), a row left out for want of any date ({@code date} null), or a dated row
     * with its balance and, where the layout decides it, its signed amount (else null: taken from the balances).
     */
    record Entry(BigDecimal mark, LocalDate date, String description, BigDecimal amount,
                 BigDecimal magnitude, BigDecimal balance, int page, TotalProof.Sides sides) {

        /** A printed total of the rows above ({@code sides} its columns, {@code amount} its signed amount). */
        boolean total() {
            return sides != null && date == null;
        }
    }

    // Printed order: a row without its own date shares the one printed above it, whichever way the rows run.
    private static List<Entry> entries(List<TableEvent> events, DateResolver dates, SignConvention signs) {
        List<Entry> out = new ArrayList<>(events.size());
        LocalDate lastDate = null;
        for (TableEvent event : events) {
            if (event instanceof TableEvent.BalanceMark mark) {
                out.add(new Entry(signs.balance(mark.value()), null, null, null, null, null, mark.page(), null));
                continue;
            }
            if (event instanceof TableEvent.Total total) {
                out.add(new Entry(null, null, null, TotalProof.signed(total.money(), signs), null, null, total.page(),
                        TotalProof.Sides.of(total.money())));
                continue;
            }
            TableEvent.Row row = (TableEvent.Row) event;
            LocalDate date = row.date() == null ? lastDate : dates.resolve(row.date());
            if (date == null) {
                out.add(new Entry(null, null, null, null, null, null, row.page(), null));
                continue;
            }
            lastDate = date;
            Amount printedBalance = row.money().get(ColumnKind.BALANCE);
            BigDecimal balance = printedBalance == null ? null : signs.balance(printedBalance);
            BigDecimal amount = signs.holderAmount(row.money(), row.direction());
            BigDecimal magnitude = amount == null ? SignConvention.magnitude(row.money()) : null;
            out.add(new Entry(null, date, row.description(), amount, magnitude, balance, row.page(),
                    TotalProof.Sides.of(row.money())));
        }
        return out;
    }

    // True when the first dated row is older than the last: such rows are not printed newest first.
    private static boolean datesRunOldestFirst(List<Entry> entries) {
        LocalDate first = null;
        LocalDate last = null;
        for (Entry e : entries) {
            if (e.date != null) {
                if (first == null) {
                    first = e.date;
                }
                last = e.date;
            }
        }
        return first != null && first.isBefore(last);
    }

    /** One verification of the entries in one direction: the transactions, in printed order, and the verdict. */
    private record Pass(List<Transaction> transactions, Reconciliation reconciliation, BigDecimal opening,
                        BigDecimal closing) {

        /**
         * @param newestFirst walk the entries bottom to top, so that the running balance moves in time order
         * @param span        where the table was read from its start and to its end
         * @param totalsProve a printed total may prove the rows before the first balance ({@link TotalProof})
         */
        static Pass run(List<Entry> entries, boolean newestFirst, int direction, BigDecimal metaOpening,
                        BigDecimal metaClosing, TableSpan span, boolean totalsProve) {
            int rows = 0;
            for (Entry e : entries) {
                if (e.date != null) {
                    rows++;
                }
            }
            Transaction[] transactions = new Transaction[rows];
            BalanceVerifier verifier = new BalanceVerifier(direction);
            boolean rowsSeen = false;
            BigDecimal lastMark = null;
            int done = 0;
            int lastRow = 0;
            int unsigned = 0;
            int size = entries.size();
            for (int k = 0; k < size; k++) {
                Entry e = entries.get(newestFirst ? size - 1 - k : k);
                if (e.total()) {
                    continue;
                }
                if (e.mark != null) {
                    if (!rowsSeen && !verifier.started() && metaOpening != null
                            && metaOpening.abs().compareTo(e.mark.abs()) != 0) {
                        // The table opens on a balance other than the printed opening (a brought-forward line on
                        // page 2, page 1's rows unread): the walk starts from the printed one and must reach it.
                        verifier.openDisagreeing(metaOpening, e.mark, e.page);
                    } else if (!rowsSeen && !verifier.started()) {
                        verifier.open(e.mark, e.page);
                    } else {
                        verifier.checkpoint(e.mark, lastRow, e.page);
                    }
                    lastMark = e.mark;
                    continue;
                }
                if (!rowsSeen && !verifier.started() && metaOpening != null) {
                    verifier.open(metaOpening, BalanceVerifier.SUMMARY);
                }
                rowsSeen = true;
                lastMark = null;
                if (e.date == null) {
                    continue;
                }
                BigDecimal amount = e.amount != null ? e.amount : verifier.amountFromBalance(e.magnitude, e.balance);
                done++;
                int index = newestFirst ? rows - done : done - 1;
                if (e.amount == null && !verifier.started() && unsigned == 0) {
                    unsigned = index + 1;
                }
                transactions[index] = new Transaction(e.date, e.description, amount, e.balance, e.page);
                lastRow = index + 1;
                verifier.row(lastRow, amount, e.balance, e.page);
            }
            BigDecimal closing = lastMark != null ? lastMark : metaClosing;
            if (closing != null && lastMark == null) {
                verifier.checkpoint(closing, 0, BalanceVerifier.SUMMARY);
            } else if (metaClosing != null && lastMark != null && metaClosing.compareTo(lastMark) != 0) {
                verifier.checkpoint(metaClosing, 0, BalanceVerifier.SUMMARY);
            }
            BigDecimal opening = verifier.opening() != null ? verifier.opening() : metaOpening;
            Reconciliation result = verifier.result();
            if (result.status() == ReconciliationStatus.RECONCILED) {
                result = bracketed(verifier, newestFirst, metaOpening, metaClosing != null, span, result);
            }
            if (result.status() == ReconciliationStatus.RECONCILED) {
                result = unchecked(verifier, unsigned, result,
                        totalsProve && TotalProof.provesFirstRows(entries, verifier.rowsBefore()));
            }
            if (newestFirst && result.status() == ReconciliationStatus.RECONCILED) {
                result = Reconciliation.reconciled(result.detail() + " (rows printed newest first)");
            } else if (newestFirst && result.status() == ReconciliationStatus.UNVERIFIED) {
                result = Reconciliation.unverified(result.detail() + " (rows printed newest first)");
            }
            return new Pass(List.of(transactions), result, opening, closing);
        }

        // Agreeing balances vouch only for the rows between them: a row before the first balance (the row whose
        // own balance starts the walk included) or after the last is checked against nothing, and one whose sign
        // only the balances could tell has no sign at all.
        // ({@code totalled}: a printed total proves the rows before the first balance, TotalProof).
        private static Reconciliation unchecked(BalanceVerifier verifier, int unsigned, Reconciliation agreed,
                                                boolean totalled) {
            if (unsigned > 0) {
                return Reconciliation.mismatch(unsigned, null, null, "row " + unsigned
                        + ": no balance printed before it, so whether it is a debit or a credit cannot be told");
            }
            int before = totalled ? 0 : verifier.rowsBefore();
            int after = verifier.rowsAfter();
            if (before == 0 && after == 0) {
                return totalled ? Reconciliation.reconciled(agreed.detail() + "; the rows before the first balance"
                        + " add up to the total printed under them") : agreed;
            }
            String parts = (before > 0 ? before + " row(s) before the first balance printed" : "")
                    + (before > 0 && after > 0 ? " and " : "")
                    + (after > 0 ? after + " row(s) after the last" : "");
            return Reconciliation.unverified(agreed.detail() + ", but " + parts + " are checked against none");
        }

        // Balances that agree prove nothing of rows lost before the first or after the last of them: the walk
        // must start from the statement's printed opening or a balance read where the table starts, and end
        // likewise at its printed closing or where the table ends.
        private static Reconciliation bracketed(BalanceVerifier verifier, boolean newestFirst,
                                                BigDecimal metaOpening, boolean printedClosing, TableSpan span,
                                                Reconciliation agreed) {
            int start = verifier.startPage();
            boolean printedOpening = start == BalanceVerifier.SUMMARY
                    || metaOpening != null && verifier.opening() != null && metaOpening.compareTo(verifier.opening()) == 0;
            if (!printedOpening && !TableSpan.at(newestFirst ? span.lastPage() : span.firstPage(), start)) {
                return Reconciliation.mismatch(1, null, null, "opening balance taken from page " + start
                        + ", not from the start of the transactions: rows before it may be missing");
            }
            int end = verifier.lastPage();
            if (!printedClosing && !TableSpan.at(newestFirst ? span.firstPage() : span.lastPage(), end)) {
                return Reconciliation.mismatch(0, null, null, "closing balance taken from page " + end
                        + ", not from the end of the transactions: rows after it may be missing");
            }
            // Undated rows on a page after the table's, none read, are lost unless a printed balance past them agrees.
            if (span.undatedAfter() > 0 && !(newestFirst ? printedOpening : printedClosing)) {
                return Reconciliation.unverified(agreed.detail() + ", but page " + span.undatedAfter()
                        + " prints lines that read as rows under the table's columns, none read: rows may be missing");
            }
            // Undated rows on an unread page between the table's pages: a balance past them agrees where they net to
            // nothing (a payment and its refund), so none proves them.
            if (span.undatedBetween() > 0) {
                return Reconciliation.unverified(agreed.detail() + ", but page " + span.undatedBetween()
                        + ", between the table's pages, prints lines that read as rows under the table's columns, none"
                        + " read: rows may be missing");
            }
            return agreed;
        }
    }
}
