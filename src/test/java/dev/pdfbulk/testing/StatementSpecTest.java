package dev.pdfbulk.testing;

import dev.pdfbulk.model.StatementMetadata;
import dev.pdfbulk.testing.Layout.BalancePolicy;
import dev.pdfbulk.testing.StatementSpec.Entry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StatementSpecTest {

    private static final LocalDate D1 = LocalDate.of(2025, 12, 1);
    private static final LocalDate D2 = LocalDate.of(2025, 12, 2);

    @Test
    void computesRunningBalancesOnEveryRow() {
        // when
        StatementSpec spec = threeEntries(Layouts.usChecking());

        // then
        assertThat(spec.entries()).extracting(Entry::balance)
                .containsExactly(new BigDecimal("90.00"), new BigDecimal("1090.50"), new BigDecimal("1085.50"));
        assertThat(spec.closingBalance()).isEqualByComparingTo("1085.50");
        assertThat(spec.reconciles()).isTrue();
        assertThat(spec.moneyIn()).isEqualByComparingTo("1000.50");
        assertThat(spec.moneyOut()).isEqualByComparingTo("15.00");
    }

    @Test
    void printsBalancesOnlyOnTheLastRowOfADayOrNowhere() {
        StatementSpec perDay = threeEntries(Layouts.ukCurrentAccount());
        StatementSpec none = threeEntries(Layouts.frCompte());

        assertThat(perDay.layout().balances()).isEqualTo(BalancePolicy.LAST_OF_DAY);
        assertThat(perDay.entries()).extracting(Entry::balance)
                .containsExactly(null, new BigDecimal("1090.50"), new BigDecimal("1085.50"));
        assertThat(none.entries()).extracting(Entry::balance).containsOnlyNulls();
        assertThat(none.closingBalance()).isEqualByComparingTo("1085.50");
    }

    @Test
    void cardBalancesAreAmountsOwed() {
        // when: a purchase and a payment on a card that owed 500
        StatementSpec card = StatementSpec.builder(Layouts.creditCard()).period(D1, D2).openingBalance("500.00")
                .add(D1, "COFFEE", "-4.50").add(D2, "PAYMENT RECEIVED - THANK YOU", "300.00").build();

        // then
        assertThat(card.owed()).isTrue();
        assertThat(card.closingBalance()).isEqualByComparingTo("204.50");
        assertThat(card.reconciles()).isTrue();
        assertThat(card.metadata()).isEqualTo(new StatementMetadata("****1234", "GBP", D1, D2,
                new BigDecimal("500.00"), new BigDecimal("204.50")));
    }

    @Test
    void misprintedBalanceNoLongerReconciles() {
        StatementSpec withBalances = threeEntries(Layouts.usChecking()).withMisprintedBalance();
        StatementSpec closingOnly = threeEntries(Layouts.frCompte()).withMisprintedBalance();

        assertThat(withBalances.reconciles()).isFalse();
        assertThat(withBalances.entries().get(1).balance()).isEqualByComparingTo("1090.51");
        assertThat(closingOnly.reconciles()).isFalse();
        assertThat(closingOnly.closingBalance()).isEqualByComparingTo("1085.51");
    }

    @Test
    void changingTheLayoutRecomputesBalancesAndKeepsTheTransactions() {
        StatementSpec us = threeEntries(Layouts.usChecking());

        StatementSpec uk = us.withLayout(Layouts.ukCurrentAccount());

        assertThat(uk.entries()).extracting(Entry::balance).containsExactly(null, new BigDecimal("1090.50"),
                new BigDecimal("1085.50"));
        assertThat(uk.entries()).extracting(Entry::description).isEqualTo(us.entries().stream()
                .map(Entry::description).toList());
        assertThat(uk.currency()).isEqualTo("USD");
    }

    @Test
    void normalisesDescriptionsToSingleSpaces() {
        Entry entry = new Entry(D1, null, null, "  CARD   PAYMENT\tTO  X ", new BigDecimal("-1"), null);

        assertThat(entry.description()).isEqualTo("CARD PAYMENT TO X");
        assertThat(entry.amount()).isEqualTo(new BigDecimal("-1.00"));
    }

    private static StatementSpec threeEntries(Layout layout) {
        return StatementSpec.builder(layout).period(D1, D2).openingBalance("100.00")
                .add(D1, "COFFEE", "-10.00").add(D1, "SALARY", "1000.50").add(D2, "BREAD", "-5").build();
    }
}
