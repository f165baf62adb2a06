package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Russian card account's header over two rows: "Дата обработки и код авторизации", "Описание операции" under
 * "КАТЕГОРИЯ", "СУММА В ВАЛЮТЕ СЧЁТА" and "ОСТАТОК СРЕДСТВ В ВАЛЮТЕ СЧЁТА".
 */
class RussianCardAccountHeaderTest {

    @Test
    void theSecondHeaderRowNamesTheDescription() throws Exception {
        // Read from the top row alone, the header named no description, and its second row ended the table.
        assertThat(HeaderVocabulary.kindOf("Сумма в валюте счёта")).isEqualTo(ColumnKind.AMOUNT);
        assertThat(HeaderVocabulary.kindOf("ОСТАТОК СРЕДСТВ В ВАЛЮТЕ СЧЁТА")).isEqualTo(ColumnKind.BALANCE);
        // The amount in the operation's currency is a foreign amount, never the account's money.
        assertThat(HeaderVocabulary.kindOf("Сумма в валюте операции²")).isEqualTo(ColumnKind.OTHER);
        Statement s = parse(new PageSketch(1)
                .line(40, "ДАТА ОПЕРАЦИИ", 130, "Дата обработки¹", 240, "КАТЕГОРИЯ", 401, "СУММА В ВАЛЮТЕ",
                        484, "ОСТАТОК СРЕДСТВ")
                .line(40, "(МСК)", 130, "и код авторизации", 237, "Описание операции", 446, "СЧЁТА",
                        490, "В ВАЛЮТЕ СЧЁТА")
                .cell(40, "03.06.2024").cell(130, "04.06.2024").cell(240, "Рестораны и кафе").right(470, "2 048,68")
                        .right(555, "46 166,65").next()
                .cell(130, "904570").cell(240, "KOFEMANIYA Moscow RUS").next()
                .cell(40, "04.06.2024").cell(130, "05.06.2024").cell(240, "Перевод на карту").right(470, "+3 958,19")
                        .right(555, "50 124,84").next()
                .cell(130, "790777").cell(240, "Перевод от А. Ольга Игоревна").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Рестораны и кафе KOFEMANIYA Moscow RUS", "Перевод на карту Перевод от А. Ольга Игоревна");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-2048.68"),
                new BigDecimal("3958.19"));
    }

    @Test
    void periodStartAndEndBalancesOpenAndClose() throws Exception {
        // "Остаток на начало/конец периода" over their sums: without them the rows were checked against nothing.
        Statement s = parse(new PageSketch(1)
                .line(40, "Остаток на начало периода", 300, "Остаток на конец периода")
                .line(40, "48 215,33 ₽", 300, "46 166,65 ₽").gap(20)
                .line(40, "Дата операции", 150, "Описание операции", 420, "Сумма", 520, "Остаток")
                .cell(40, "03.06.2024").cell(150, "Супермаркеты").right(450, "2 048,68").right(555, "46 166,65").next());
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("48215.33");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("46166.65");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
