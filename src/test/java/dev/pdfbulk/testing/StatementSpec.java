package dev.pdfbulk.testing;

import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.testing.Layout.BalancePolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything printed on one statement, which is also the truth a parser must recover. Balances are in
 * the statement's own sign: the holder's for a bank account, the amount owed for a card
 * ({@link Layout.AmountColumns#OWED}). Amounts are always from the holder's view: money out negative.
 *
 * @param bank           bank name printed at the top
 * @param holder         account holder
 * @param address        holder's address lines
 * @param account        account number as printed (masked, one token)
 * @param currency       ISO currency code
 * @param periodStart    first day of the period
 * @param periodEnd      last day of the period
 * @param openingBalance balance before the first entry (previous balance on a card)
 * @param closingBalance balance as printed at the end; differs from the arithmetic only when misprinted
 * @param entries        the transactions in printed order
 * @param layout         how it is printed
 */
public record StatementSpec(String bank, String holder, List<String> address, String account, String currency,
                            LocalDate periodStart, LocalDate periodEnd, BigDecimal openingBalance,
                            BigDecimal closingBalance, List<Entry> entries, Layout layout) {

    /**
     * One transaction as printed.
     *
     * @param date        transaction date (first date column)
     * @param postDate    second date column, null where the layout has none
     * @param reference   cheque or reference number, usually null
     * @param description full description, single-spaced
     * @param amount      signed from the holder's view, scale 2, never zero
     * @param balance     printed running balance, null where none is printed
     */
    public record Entry(LocalDate date, LocalDate postDate, String reference, String description, BigDecimal amount,
                        BigDecimal balance) {
        public Entry {
            Objects.requireNonNull(date, "date");
            description = description.strip().replaceAll("\\s+", " ");
            amount = amount.setScale(2);
        }

        public Entry withBalance(BigDecimal newBalance) {
            return new Entry(date, postDate, reference, description, amount, newBalance);
        }
    }

    public StatementSpec {
        address = List.copyOf(address);
        entries = List.copyOf(entries);
    }

    public static Builder builder(Layout layout) {
        return new Builder(layout);
    }

    /** True when balances are amounts owed, so a purchase raises them. */
    public boolean owed() {
        return layout.amounts() == Layout.AmountColumns.OWED;
    }

    /** Balance after entry {@code index} by arithmetic (what a correct statement prints); -1 gives the opening. */
    public BigDecimal balanceAfter(int index) {
        BigDecimal balance = openingBalance;
        for (int i = 0; i <= index; i++) {
            BigDecimal amount = entries.get(i).amount();
            balance = owed() ? balance.subtract(amount) : balance.add(amount);
        }
        return balance;
    }

    /** True when every printed balance and the closing balance agree with the amounts. */
    public boolean reconciles() {
        for (int i = 0; i < entries.size(); i++) {
            BigDecimal printed = entries.get(i).balance();
            if (printed != null && printed.compareTo(balanceAfter(i)) != 0) {
                return false;
            }
        }
        return closingBalance.compareTo(balanceAfter(entries.size() - 1)) == 0;
    }

    /** Sum of the money coming in (payments and refunds on a card), positive. */
    public BigDecimal moneyIn() {
        return entries.stream().map(Entry::amount).filter(a -> a.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sum of the money going out (charges on a card), as a positive number. */
    public BigDecimal moneyOut() {
        return entries.stream().map(Entry::amount).filter(a -> a.signum() < 0).reduce(BigDecimal.ZERO, BigDecimal::add)
                .negate();
    }

    /** What the statement says about itself, as a parser should report it. */
    public StatementMetadata metadata() {
        return new StatementMetadata(account, currency, periodStart, periodEnd, openingBalance, closingBalance);
    }

    /**
     * The same statement with one printed balance a cent off: a running balance in the middle where the
     * layout prints them, otherwise the closing balance. {@link #reconciles()} is then false.
     */
    public StatementSpec withMisprintedBalance() {
        List<Entry> changed = new ArrayList<>(entries);
        for (int i = entries.size() / 2; i < entries.size(); i++) {
            if (entries.get(i).balance() != null) {
                changed.set(i, entries.get(i).withBalance(entries.get(i).balance().add(new BigDecimal("0.01"))));
                return new StatementSpec(bank, holder, address, account, currency, periodStart, periodEnd,
                        openingBalance, closingBalance, changed, layout);
            }
        }
        return new StatementSpec(bank, holder, address, account, currency, periodStart, periodEnd, openingBalance,
                closingBalance.add(new BigDecimal("0.01")), entries, layout);
    }

    /** The same transactions printed another way; running balances are recomputed for the new layout. */
    public StatementSpec withLayout(Layout newLayout) {
        Builder b = builder(newLayout).bank(bank).holder(holder, address.toArray(String[]::new)).account(account)
                .currency(currency).period(periodStart, periodEnd).openingBalance(openingBalance);
        entries.forEach(e -> b.add(e.date(), newLayout.postDateColumn() ? postDateOf(e) : null,
                e.reference(), e.description(), e.amount()));
        return b.build();
    }

    private static LocalDate postDateOf(Entry e) {
        return e.postDate() != null ? e.postDate() : e.date();
    }

    /** Collects a statement; balances and the closing balance are computed by {@link #build()}. */
    public static final class Builder {
        private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "£", "GBP", "€", "EUR");

        private final Layout layout;
        private final List<Entry> entries = new ArrayList<>();
        private String bank = "Harbour Bank";
        private String holder = "Mr J Smith";
        private List<String> address = List.of("12 High Street", "Anytown AB1 2CD");
        private String account = "****1234";
        private String currency;
        private LocalDate periodStart;
        private LocalDate periodEnd;
        private BigDecimal openingBalance = BigDecimal.ZERO.setScale(2);

        private Builder(Layout layout) {
            this.layout = layout;
            String sign = layout.numbers().currency();
            this.currency = CURRENCY_SIGNS.getOrDefault(sign,
                    sign.length() == 3 ? sign : layout.words().defaultCurrency());
        }

        public Builder bank(String v) { bank = v; return this; }
        public Builder account(String v) { account = v; return this; }
        public Builder currency(String v) { currency = v; return this; }
        public Builder openingBalance(BigDecimal v) { openingBalance = v.setScale(2); return this; }
        public Builder openingBalance(String v) { return openingBalance(new BigDecimal(v)); }

        public Builder holder(String name, String... addressLines) {
            holder = name;
            address = List.of(addressLines);
            return this;
        }

        public Builder period(LocalDate start, LocalDate end) {
            periodStart = start;
            periodEnd = end;
            return this;
        }

        public Builder add(LocalDate date, String description, String amount) {
            return add(date, null, null, description, new BigDecimal(amount));
        }

        public Builder add(LocalDate date, LocalDate postDate, String reference, String description,
                           BigDecimal amount) {
            if (amount.signum() == 0) {
                throw new IllegalArgumentException("zero amount: " + description);
            }
            entries.add(new Entry(date, postDate, reference, description, amount, null));
            return this;
        }

        public StatementSpec build() {
            Objects.requireNonNull(periodStart, "period");
            List<Entry> printed = new ArrayList<>(entries.size());
            BigDecimal balance = openingBalance;
            boolean owed = layout.amounts() == Layout.AmountColumns.OWED;
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                balance = owed ? balance.subtract(e.amount()) : balance.add(e.amount());
                boolean lastOfDay = i == entries.size() - 1 || !entries.get(i + 1).date().equals(e.date());
                boolean shown = layout.balances() == BalancePolicy.EVERY_ROW
                        || layout.balances() == BalancePolicy.LAST_OF_DAY && lastOfDay;
                printed.add(e.withBalance(shown ? balance : null));
            }
            return new StatementSpec(bank, holder, address, account, currency, periodStart, periodEnd, openingBalance,
                    balance, printed, layout);
        }
    }
}
