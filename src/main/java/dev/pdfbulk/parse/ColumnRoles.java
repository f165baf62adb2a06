package dev.pdfbulk.parse;

import dev.pdfbulk.model.Word;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles the roles of a header's columns once all are named, in place on the columns in reading order: one date
 * column dates the rows, one balance column is the running balance, a secondary text column beside the description
 * is left out of it. The others become other columns. Stateless.
 */
final class ColumnRoles {

    private ColumnRoles() {
    }

    // "Remarks" beside a description column are notes of their own, left out of it; alone they are the description.
    static void leaveOutSecondaryText(List<Column> ordered, List<Column> secondary) {
        boolean otherText = ordered.stream().anyMatch(c -> c.kind() == ColumnKind.DESCRIPTION && !secondary.contains(c));
        for (int k = 0; otherText && k < ordered.size(); k++) {
            Column c = ordered.get(k);
            if (secondary.contains(c)) {
                ordered.set(k, new Column(ColumnKind.OTHER, c.left(), c.right()));
            }
        }
    }

    // New Zealand's payment fields "Particulars | Code | Reference", side by side in that order: text the payer typed
    // ("Rent | Flat 2 | Mar"), so all three are the description's, read after the details; "Code" or "Reference"
    // anywhere else stays a bank's code, no text. {@code named}: the one word naming each of {@code cells}, by index.
    static void payerFieldsAsText(List<Column> ordered, List<Column> cells, Map<Integer, String> named) {
        for (int k = 0; k + 2 < cells.size(); k++) {
            if ("particulars".equals(named.get(k)) && "code".equals(named.get(k + 1))
                    && "reference".equals(named.get(k + 2))) {
                for (int j = k; j <= k + 2; j++) {
                    int at = ordered.indexOf(cells.get(j));
                    Column c = ordered.get(at);
                    ordered.set(at, new Column(ColumnKind.DESCRIPTION, c.left(), c.right()));
                }
            }
        }
    }

    // "Umsatz" (the turnover) names the amount alone; in a header naming no description, left of another money column
    // ("Belegdatum | Buchungsdatum | Umsatz | Betrag in EUR", as German cards print it) it heads the turnover's text.
    static void turnoverAsText(List<Column> ordered, List<Column> cells, Map<Integer, String> named) {
        if (!named.containsValue("umsatz") || ordered.stream().anyMatch(c -> c.kind() == ColumnKind.DESCRIPTION)) {
            return;
        }
        for (int k = 0; k < cells.size(); k++) {
            Column u = cells.get(k);
            if ("umsatz".equals(named.get(k)) && u.kind() == ColumnKind.AMOUNT && ordered.stream()
                    .anyMatch(c -> c != u && c.kind().isTransactionMoney() && c.left() > u.right())) {
                ordered.set(ordered.indexOf(u), new Column(ColumnKind.DESCRIPTION, u.left(), u.right()));
                return;
            }
        }
    }

    // A "Charge" column beside another money-out column ("Charge | Debit Amount | Credit Amount") holds the fee a row
    // incurs, not its money out: an other column, as a tax or accrued charges are. Where the bank takes the fee with
    // the row, the running balances do not add up and the statement stays unreconciled, never wrong. So is one right
    // of a signed "Amount" column, which holds the money both ways: FNB's "Accrued Bank Charges" set bottom-aligned
    // in three rows, "Accrued" and "Bank" over the header row and only "Charges" on it. A section title over the
    // table's left side read with the header ("New Charges" over "Detail | Amount") stands left of the amount and
    // names the rows' kind.
    static void chargeBesideMoneyOut(List<Column> ordered, List<Column> cells, Map<Integer, String> named) {
        boolean moneyOut = ordered.stream().filter(c -> c.kind() == ColumnKind.DEBIT).count() >= 2;
        float amountRight = Float.MAX_VALUE;
        for (Column c : ordered) {
            if (c.kind() == ColumnKind.AMOUNT) {
                amountRight = Math.min(amountRight, c.right());
            }
        }
        if (!moneyOut && amountRight == Float.MAX_VALUE) {
            return;
        }
        for (int k = 0; k < cells.size(); k++) {
            String name = named.get(k);
            if (cells.get(k).kind() == ColumnKind.DEBIT && ("charge".equals(name) || "charges".equals(name))
                    && (moneyOut || cells.get(k).left() > amountRight)) {
                int at = ordered.indexOf(cells.get(k));
                Column c = ordered.get(at);
                ordered.set(at, new Column(ColumnKind.OTHER, c.left(), c.right()));
            }
        }
    }

    // The principal a statement bills for a row, beside the purchase's whole amount (a Korean card's instalments,
    // Hyundai's "이용금액 | 할부/회차 | 결제원금 | 수수료(이자)"): the billed principal is the row's money and the
    // purchase's amount another column (as "Valor Cuota" beside "Monto Operación"); the fee or interest beside it
    // adds to it, as a fee column does.
    // So is a loan's "Principal" beside the payment's whole and its interest ("Payment | Interest | Principal |
    // Balance", "Principal | Interest | Fees | Total | Principal Balance"): only the principal moves the balance owed.
    static void billedPrincipalAsAmount(List<Column> ordered, List<Column> cells, Map<Integer, String> named) {
        for (int k = 0; k < cells.size(); k++) {
            String name = named.get(k);
            if (cells.get(k).kind() != ColumnKind.AMOUNT || name == null || !PRINCIPAL.contains(name)) {
                continue;
            }
            Column billed = cells.get(k);
            for (int j = 0; j < ordered.size(); j++) {
                Column c = ordered.get(j);
                if (c != billed && c.kind() == ColumnKind.AMOUNT) {
                    ordered.set(j, new Column(ColumnKind.OTHER, c.left(), c.right()));
                }
            }
            return;
        }
    }

    // A balance of the principal alone ("Principal Balance", a HELOC's "Principal | Interest | Fees | Total |
    // Principal Balance") moves by the principal only: its fees are paid apart, never added to the row's amount as a
    // card's interest beside its billed principal is (FeeCells), which the balance there includes.
    static void feesApartFromPrincipalBalance(List<Column> ordered, List<Word> words) {
        Column balance = ordered.stream().filter(c -> c.kind() == ColumnKind.BALANCE).findFirst().orElse(null);
        if (balance == null || ordered.stream().noneMatch(c -> c.kind() == ColumnKind.FEE)) {
            return;
        }
        for (Word w : words) {
            if (w.x() >= balance.left() - 1 && w.right() <= balance.right() + 1
                    && "principal".equals(Folding.fold(w.text()))) {
                ordered.replaceAll(c -> c.kind() == ColumnKind.FEE ? new Column(ColumnKind.OTHER, c.left(), c.right()) : c);
                return;
            }
        }
    }

    // Hyundai's "결제원금" (principal to pay), Shinhan's "원금" (principal) beside "이용금액"; a loan's "Principal".
    private static final Set<String> PRINCIPAL = Set.of(Folding.fold("결제원금"), Folding.fold("원금"), "principal");

    // "Debit/Credit" names a column of debit/credit words that sign the amount beside them; in a header naming no
    // money column but the balance, one such column left of the balance heads the unsigned amounts themselves
    // (Siam Commercial Bank's "Date | Time | Code | Channel | Debit/Credit | Balance | Description"): the running
    // balance gives each its side. Right of the balance it stays the balance's sign.
    static void signColumnAsAmount(List<Column> ordered) {
        if (ordered.stream().anyMatch(c -> c.kind().isTransactionMoney())
                || ordered.stream().filter(c -> c.kind() == ColumnKind.SIGN).count() != 1) {
            return;
        }
        for (int k = 0; k + 1 < ordered.size(); k++) {
            Column c = ordered.get(k);
            if (c.kind() == ColumnKind.SIGN && ordered.get(k + 1).kind() == ColumnKind.BALANCE) {
                ordered.set(k, new Column(ColumnKind.AMOUNT, c.left(), c.right()));
                return;
            }
        }
    }

    // A row may print the balance before it as well as after ("Saldo Anterior | Débito | Crédito | Saldo Actual"): it
    // reads as the booking does, old balance, movement, new balance. Of two balance columns with only the row's money
    // between them the left one is that balance before, never the running balance (tables set side by side hold dates
    // or text between their balances, and keep both).
    static void balanceBeforeTheRow(List<Column> ordered) {
        for (int k = 0; k < ordered.size(); k++) {
            if (!isBalance(ordered.get(k).kind())) {
                continue;
            }
            int j = k + 1;
            while (j < ordered.size() && ordered.get(j).kind().isTransactionMoney()) {
                j++;
            }
            if (j > k + 1 && j < ordered.size() && isBalance(ordered.get(j).kind())) {
                Column before = ordered.get(k);
                ordered.set(k, new Column(ColumnKind.OTHER, before.left(), before.right()));
            }
        }
    }

    private static boolean isBalance(ColumnKind kind) {
        return kind == ColumnKind.BALANCE || kind == ColumnKind.AVAILABLE_BALANCE;
    }

    // Of several balance columns side by side ("SALDO OPERACIÓN | SALDO LIQUIDACIÓN", "Ledger | Available") one is the
    // running balance, the first that is no available balance (the booked one); the others are other columns. An
    // available balance alone is the table's balance: the running balances check it. Balances with dates, text or
    // money between them belong to tables set side by side ("Date | Details | Debit | Credit | Balance" twice).
    static void oneRunningBalance(List<Column> ordered) {
        int start = 0;
        while (start < ordered.size()) {
            int end = start;
            while (end < ordered.size() && !separatesBalances(ordered.get(end).kind())) {
                end++;
            }
            List<Column> run = ordered.subList(start, end);
            boolean booked = run.stream().anyMatch(c -> c.kind() == ColumnKind.BALANCE);
            boolean seen = false;
            for (int k = 0; k < run.size(); k++) {
                Column c = run.get(k);
                if (isBalance(c.kind())) {
                    boolean chosen = !seen && (c.kind() == ColumnKind.BALANCE || !booked);
                    seen |= chosen;
                    run.set(k, new Column(chosen ? ColumnKind.BALANCE : ColumnKind.OTHER, c.left(), c.right()));
                }
            }
            start = end + 1;
        }
    }

    private static boolean separatesBalances(ColumnKind kind) {
        return kind.isTransactionMoney() || kind == ColumnKind.DESCRIPTION || kind == ColumnKind.DATE
                || kind == ColumnKind.POSTING_DATE || kind == ColumnKind.OTHER_DATE;
    }

    // Of several date columns the transaction date wins, in either order ("Buchungsdatum | Belegdatum"); without one
    // the posting date serves ("Buchungstag | Wertstellung", in either order), and without that the first other date.
    // A posting date beside the transaction date stays one: it dates the rows whose transaction date is blank.
    static void promoteDates(List<Column> ordered) {
        ColumnKind best = ordered.stream().anyMatch(c -> c.kind() == ColumnKind.DATE) ? ColumnKind.DATE
                : ordered.stream().anyMatch(c -> c.kind() == ColumnKind.POSTING_DATE) ? ColumnKind.POSTING_DATE
                : ColumnKind.OTHER_DATE;
        boolean seenDate = false;
        for (int k = 0; k < ordered.size(); k++) {
            Column c = ordered.get(k);
            boolean isDate = c.kind() == ColumnKind.DATE || c.kind() == ColumnKind.POSTING_DATE
                    || c.kind() == ColumnKind.OTHER_DATE;
            if (isDate) {
                boolean chosen = c.kind() == best && !seenDate;
                seenDate |= chosen;
                ColumnKind kept = chosen ? ColumnKind.DATE
                        : best == ColumnKind.DATE && c.kind() == ColumnKind.POSTING_DATE ? ColumnKind.POSTING_DATE
                        : ColumnKind.OTHER_DATE;
                ordered.set(k, new Column(kept, c.left(), c.right()));
            }
        }
    }
}
