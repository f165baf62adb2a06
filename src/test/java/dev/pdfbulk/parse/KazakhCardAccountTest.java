package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Kazakh debit card account (Kaspi Gold's): "Дата | Сумма | Операция | Детали", signed amounts in tenge ("+ 5 000,00 ₸"),
 * the kind of each row beside its details, and the balances "Доступно на" (available on) the period's two ends.
 */
class KazakhCardAccountTest {

    @Test
    void theTengeSignIsKzt() {
        assertThat(AmountParser.parse("+ 87 175,94 ₸")).hasValueSatisfying(a -> {
            assertThat(a.signed()).isEqualByComparingTo("87175.94");
            assertThat(a.currency()).isEqualTo("KZT");
        });
        assertThat(AmountParser.parse("- 4 012,11 ₸")).hasValueSatisfying(a -> assertThat(a.signed()).isEqualByComparingTo("-4012.11"));
    }

    @Test
    void theKindBesideTheDetailsIsNoTextAndTheAvailableBalancesOpenAndClose() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "по Kaspi Gold за период с 01.06.25 по 30.06.25")
                .line(330, "Доступно на 01.06.25", 450, "+ 84 512,30 ₸")
                .line(330, "Доступно на 30.06.25", 450, "+ 79 912,30 ₸").gap(20)
                .cell(40, "Дата").right(190, "Сумма").cell(215, "Операция").cell(300, "Детали").next()
                .cell(40, "05.06.25").right(190, "- 4 012,11 ₸").cell(215, "Покупка").cell(300, "Magnum Cash&Carry").next()
                .cell(40, "10.06.25").right(190, "+ 20 000,00 ₸").cell(215, "Пополнение").cell(300, "С Kaspi Депозита").next()
                .cell(40, "12.06.25").right(190, "- 20 587,89 ₸").cell(215, "Перевод").cell(300, "Айгерим К.").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Magnum Cash&Carry", "С Kaspi Депозита", "Айгерим К.");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-4012.11"),
                new BigDecimal("20000.00"), new BigDecimal("-20587.89"));
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("84512.30");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("79912.30");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
