package dev.pdfbulk.parse;

import dev.pdfbulk.model.Reconciliation;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.model.Transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the verified statement from table events under one sign convention: signs every amount, fills in
 * shared dates, then checks opening + amounts = closing and every printed running balance. Stateless.
 */
final class StatementBuilder {

    private StatementBuilder() {
    }

    static Statement build(List<TableEvent> events, MetadataReader.Raw meta, DateResolver dates,
                           SignConvention signs, int pages) {
        List<Transaction> transactions = new ArrayList<>();
        Verifier verifier = new Verifier(signs.direction());
        BigDecimal metaOpening = meta.opening() == null ? null : signs.balance(meta.opening());
        BigDecimal metaClosing = meta.closing() == null ? null : signs.balance(meta.closing());
        LocalDate lastDate = null;
        boolean rowsSeen = false;
        BigDecimal lastMark = null;
        for (TableEvent event : events) {
            if (event instanceof TableEvent.BalanceMark mark) {
                BigDecimal value = signs.balance(mark.value());
                if (!rowsSeen && !verifier.started()) {
                    verifier.open(value);
                } else {
                    verifier.checkpoint(value, transactions.size());
                }
                lastMark = value;
                continue;
            }
            TableEvent.Row row = (TableEvent.Row) event;
            if (!rowsSeen && !verifier.started() && metaOpening != null) {
                verifier.open(metaOpening);
            }
            rowsSeen = true;
            lastMark = null;
            LocalDate date = row.date() == null ? lastDate : dates.resolve(row.date());
            if (date == null) {
                continue;
            }
            lastDate = date;
            Amount printedBalance = row.money().get(ColumnKind.BALANCE);
            BigDecimal balance = printedBalance == null ? null : signs.balance(printedBalance);
            BigDecimal amount = signs.holderAmount(row.money());
            if (amount == null) {
                amount = verifier.amountFromBalance(SignConvention.magnitude(row.money()), balance);
            }
            transactions.add(new Transaction(date, row.description(), amount, balance, row.page()));
            verifier.row(transactions.size(), amount, balance);
        }
        BigDecimal closing = lastMark != null ? lastMark : metaClosing;
        if (closing != null && lastMark == null) {
            verifier.checkpoint(closing, 0);
        } else if (metaClosing != null && lastMark != null && metaClosing.compareTo(lastMark) != 0) {
            verifier.checkpoint(metaClosing, 0);
        }
        BigDecimal opening = verifier.opening() != null ? verifier.opening() : metaOpening;
        LocalDate periodEnd = meta.periodEnd() == null ? null : dates.resolve(meta.periodEnd());
        LocalDate periodStart = meta.periodStart() == null ? null : dates.resolve(meta.periodStart());
        if (periodStart != null && periodEnd != null && periodStart.isAfter(periodEnd)
                && meta.periodStart().year() == null) {
            // "15 December to 14 January 2026": the start's year is the one before.
            periodStart = periodStart.minusYears(1);
        }
        StatementMetadata metadata = new StatementMetadata(meta.account(), meta.currency(), periodStart, periodEnd,
                opening, closing);
        Reconciliation reconciliation = verifier.result();
        return new Statement(metadata, transactions, pages, reconciliation);
    }

    /** Follows the running balance and remembers the first disagreement. */
    private static final class Verifier {
        private final int direction;
        private BigDecimal opening;
        private BigDecimal running;
        private int checks;
        private Reconciliation mismatch;

        Verifier(int direction) {
            this.direction = direction;
        }

        boolean started() {
            return running != null;
        }

        BigDecimal opening() {
            return opening;
        }

        void open(BigDecimal value) {
            opening = value;
            running = value;
        }

        BigDecimal amountFromBalance(BigDecimal magnitude, BigDecimal balance) {
            if (running != null && balance != null) {
                BigDecimal change = balance.subtract(running).multiply(BigDecimal.valueOf(direction));
                if (change.abs().compareTo(magnitude) == 0) {
                    return change;
                }
            }
            return magnitude;
        }

        void row(int index, BigDecimal amount, BigDecimal balance) {
            if (running != null) {
                running = running.add(amount.multiply(BigDecimal.valueOf(direction)));
            }
            if (balance == null) {
                return;
            }
            if (running == null) {
                running = balance;
                return;
            }
            checks++;
            if (running.compareTo(balance) != 0) {
                fail(index, running, balance, "row " + index + ": balance " + balance.toPlainString()
                        + " printed, " + running.toPlainString() + " expected");
            }
            running = balance;
        }

        void checkpoint(BigDecimal value, int afterRow) {
            if (running == null) {
                running = value;
                return;
            }
            checks++;
            if (running.compareTo(value) != 0) {
                String where = afterRow == 0 ? "closing balance" : "balance after row " + afterRow;
                fail(afterRow, running, value, where + ": " + value.toPlainString() + " printed, "
                        + running.toPlainString() + " expected");
            }
            running = value;
        }

        private void fail(int row, BigDecimal expected, BigDecimal found, String detail) {
            if (mismatch == null) {
                mismatch = Reconciliation.mismatch(row, expected, found, detail);
            }
        }

        Reconciliation result() {
            if (mismatch != null) {
                return mismatch;
            }
            return checks > 0 ? Reconciliation.reconciled(checks + " balance check(s) passed")
                    : Reconciliation.unverified("no opening, closing or running balance printed");
        }
    }
}
