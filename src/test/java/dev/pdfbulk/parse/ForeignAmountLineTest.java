package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The amount in the operation's currency under a row's amount in the account's ("СУММА В ВАЛЮТЕ СЧЁТА" over its
 * caption "Сумма в валюте операции", Sberbank's): the caption is the header's, the amount no row of its own.
 */
class ForeignAmountLineTest {

    @Test
    void theForeignAmountUnderTheRowsAmountIsNoRow() throws Exception {
        // The caption under the header left alone ended the table before its first row; read as rows, each foreign
        // amount was a transaction of its own.
        Statement s = parse(new PageSketch(1)
                .line(40, "Период: 01.06.2025 — 30.06.2025").gap(20)
                .cell(40, "ДАТА ОПЕРАЦИИ (МСК)").cell(150, "КАТЕГОРИЯ").right(470, "СУММА В ВАЛЮТЕ СЧЁТА")
                        .right(555, "ОСТАТОК СРЕДСТВ").next()
                .right(470, "Сумма в валюте операции").next()
                .cell(150, "Остаток на 01.06.2025").right(555, "37 208,15").next()
                .cell(40, "10.06.2025 21:02").cell(150, "Отдых и развлечения").right(470, "6 982,64")
                        .right(555, "30 225,51").next()
                .cell(40, "887654").cell(150, "BOOKING.COM AMSTERDAM NLD").right(470, "76,38 €").next()
                .cell(40, "11.06.2025 10:31").cell(150, "Перевод с карты").right(470, "4 368,22").right(555, "25 857,29").next()
                .cell(40, "742008").cell(150, "Перевод для Г. Ильдар Ринатович").next()
                .cell(150, "Остаток на 30.06.2025").right(555, "25 857,29").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Отдых и развлечения BOOKING.COM AMSTERDAM NLD", "Перевод с карты Перевод для Г. Ильдар Ринатович");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-6982.64"), new BigDecimal("-4368.22"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void onlyAnAmountWithItsCurrencyUnderABareOneIsForeign() {
        Map<ColumnKind, Amount> bare = Map.of(ColumnKind.AMOUNT, AmountParser.parse("6 982,64").orElseThrow());
        Map<ColumnKind, Amount> euros = Map.of(ColumnKind.AMOUNT, AmountParser.parse("76,38 €").orElseThrow());
        assertThat(ForeignAmountLine.under(line(euros), bare)).isTrue();
        // Both with a currency, or the lower one bare: the line is a row of its own for the balances to judge.
        assertThat(ForeignAmountLine.under(line(euros), euros)).isFalse();
        assertThat(ForeignAmountLine.under(line(bare), bare)).isFalse();
        assertThat(ForeignAmountLine.under(line(Map.of(ColumnKind.DEBIT, euros.get(ColumnKind.AMOUNT))), bare)).isFalse();
    }

    private static TableLine line(Map<ColumnKind, Amount> money) {
        return new TableLine(1, 100f, null, "BOOKING.COM", List.of("BOOKING.COM"), money, null, 0);
    }
}
