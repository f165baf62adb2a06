package dev.pdfbulk.parse;

import dev.pdfbulk.model.FailureReason;
import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.StatementException;
import dev.pdfbulk.model.Transaction;
import dev.pdfbulk.model.Word;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Statements of a currency without minor units (pesos, yen, won): small amounts printed without minor units ("300",
 * "707", "0") beside whole ones; "43.761" is 43761 where "1.184.170" shows the dot groups thousands; a period printed
 * as "DESDE:" over "HASTA:" decides the order of "04/08"; an amount read with more decimals than the currency has
 * fails the statement.
 */
class WholeAmountsTest {

    @Test
    void aPlainSmallNumberIsAnAmountOnlyBesideWholeAmounts() {
        assertThat(WholeAmounts.rowReadsWhole(row("707", "255,309"))).isTrue();
        assertThat(WholeAmounts.rowReadsWhole(row("0", "102,541", "3,868,891"))).isTrue();
        // A row of amounts in cents reads its "707" as it always has: no amount.
        assertThat(WholeAmounts.rowReadsWhole(row("707", "1,255.30"))).isFalse();
        assertThat(WholeAmounts.rowReadsWhole(row("707", "12,500", "3.50"))).isFalse();
        // Nothing whole beside it: no evidence.
        assertThat(WholeAmounts.rowReadsWhole(row("707", "4021"))).isFalse();
        // "1,234" stays no plain small number: it is grouped, read as before, and no reason to read a small one.
        assertThat(WholeAmounts.small("1,234")).isEmpty();
        assertThat(WholeAmounts.small("0707")).isEmpty();
    }

    private static List<Phrase> row(String... cells) {
        float x = 100;
        List<Phrase> phrases = new ArrayList<>();
        for (String c : cells) {
            phrases.add(new Phrase(List.of(new Word(c, x, 100, c.length() * 5f, 8f, 5f))));
            x += 100;
        }
        return phrases;
    }

    @Test
    void aFeeOfThreeHundredPesosIsAnAmountOfItsOwnNotTheHeadOfTheAmountBelow() throws Exception {
        // "300" over "155.074" in one money column would read as a wrapped "300 155.074"; beside whole amounts it is
        // the fee of its own row.
        Statement s = parse(new PageSketch(1)
                .line(40, "Saldo anterior 504.523").gap(20)
                .line(40, "FECHA", 110, "DESCRIPCIÓN", 345, "CARGOS", 415, "ABONOS", 500, "SALDO")
                .cell(40, "04/08/2025").cell(110, "COMISION MANTENCION").right(375, "300").right(525, "504.223").next()
                .cell(40, "05/08/2025").cell(110, "COMPRA NACIONAL COPEC").right(375, "155.074").right(525, "349.149")
                        .next()
                .cell(40, "06/08/2025").cell(110, "DEPOSITO EN EFECTIVO").right(445, "92.138").right(525, "441.287")
                        .next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-300"),
                new BigDecimal("-155074"), new BigDecimal("92138"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    private static PageSketch cartola(String... rows) {
        PageSketch p = new PageSketch(1).line(40, "CARTOLA CUENTARUT")
                .line(40, "NOMBRE: CONSTANZA ARAYA", 330, "DESDE: 01/08/2025")
                .line(40, "RUT: 16.482.915-3", 330, "HASTA: 31/08/2025").gap(20)
                .line(40, "FECHA", 95, "N° OPERACIÓN", 172, "DESCRIPCIÓN", 395, "CARGOS", 460, "ABONOS", 530, "SALDO");
        p.cell(172, "SALDO ANTERIOR").right(555, "412.385").next();
        for (int k = 0; k < rows.length; k += 5) {
            p.cell(40, rows[k]).cell(95, "0718445").cell(172, rows[k + 1]);
            if (!rows[k + 2].isEmpty()) {
                p.right(425, rows[k + 2]);
            }
            if (!rows[k + 3].isEmpty()) {
                p.right(490, rows[k + 3]);
            }
            p.right(555, rows[k + 4]).next();
        }
        return p.gap(30).line(40, "Página 1 de 1");
    }

    @Test
    void aWiderAmountOfTheRowBelowIsNoWrappedPartOfABareFee() throws Exception {
        // "187.412" sits under "300", but its line is dated: a row of its own, not the rest of "300 187.412".
        Statement s = parse(cartola(
                "03/08/2025", "COMISION GIRO CAJERO", "300", "", "412.085",
                "04/08/2025", "GIRO CAJAVECINA", "187.412", "", "224.673",
                "05/08/2025", "ABONO SUELDO", "", "985.000", "1.209.673"));
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("-300", "-187412", "985000");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void amountsWithOneDotGroupAreThousandsWhenOthersGroupWithTheDot() throws Exception {
        // Every amount is "d.ddd", which alone would read as three decimals; "1.479.207" says the dot groups.
        Statement s = parse(cartola(
                "01/08/2025", "TRANSFERENCIA DE JUAN PEREZ", "", "127.594", "539.979",
                "02/08/2025", "COMPRA NACIONAL UNIMARC", "34.398", "", "505.581",
                "04/08/2025", "ABONO SUELDO", "", "973.626", "1.479.207"));
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("127594", "-34398", "973626");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aDotThatGroupsThousandsIsNoDecimalMarkEvenWhereOneAmountReadsSo() {
        // "300 187.412" (two cells read as one) shows three decimals; "1.479.207" shows the dot groups thousands.
        List<TableEvent> events = List.of(creditAndBalance("127.594", "539.979"),
                creditAndBalance("300 187.412", "494.207"), creditAndBalance("985.000", "1.479.207"));
        MetadataReader.Raw meta = new MetadataReader.Raw(null, null, null, null, null, null, null, null);
        List<TableEvent> read = MinorDigits.decide(events, meta).apply(events);
        assertThat(((TableEvent.Row) read.get(0)).money().get(ColumnKind.CREDIT).magnitude()).isEqualByComparingTo("127594");
        assertThat(((TableEvent.Row) read.get(2)).money().get(ColumnKind.BALANCE).magnitude())
                .isEqualByComparingTo("1479207");
    }

    @Test
    void aCurrencyWithoutMinorUnitsNeverReadsThreeDecimals() {
        List<TableEvent> events = List.of(creditAndBalance("1,703.889", "51.132"));
        MetadataReader.Raw meta = new MetadataReader.Raw(null, "CLP", null, null, null, null, null, null);
        List<TableEvent> read = MinorDigits.decide(events, meta).apply(events);
        assertThat(((TableEvent.Row) read.get(0)).money().get(ColumnKind.BALANCE).magnitude()).isEqualByComparingTo("51132");
    }

    private static TableEvent.Row creditAndBalance(String credit, String balance) {
        Map<ColumnKind, Amount> money = new EnumMap<>(ColumnKind.class);
        money.put(ColumnKind.CREDIT, AmountParser.parseInMoneyPlace(credit).orElseThrow());
        money.put(ColumnKind.BALANCE, AmountParser.parseInMoneyPlace(balance).orElseThrow());
        return new TableEvent.Row(1, null, "ROW", money, 0);
    }

    @Test
    void aPeriodLabelledOnTwoLinesDecidesTheOrderOfDayAndMonth() throws Exception {
        // "04/08", "05/08", "06/08" read either way; the period 01/08/2025-31/08/2025 makes them August days.
        Statement s = parse(cartola(
                "04/08", "ABONO SUELDO", "", "985.000", "1.397.385",
                "05/08", "TEF A PABLO DIAZ", "43.761", "", "1.353.624",
                "06/08", "TRANSFERENCIA DE MARIA", "", "30.983", "1.384.607"));
        assertThat(s.metadata().periodStart()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(s.metadata().periodEnd()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(LocalDate.of(2025, 8, 4),
                LocalDate.of(2025, 8, 5), LocalDate.of(2025, 8, 6));
    }

    @Test
    void amountsWithMoreDecimalsThanTheCurrencyHasFailTheStatement() {
        // Read with three decimals, as its amounts show, in a statement of US dollars: no reading of it can be stored.
        PageSketch p = new PageSketch(1).line(40, "Current Account Currency USD")
                .line(40, "Statement from 01/03/2025 to 31/03/2025").gap(20)
                .line(40, "Date", 140, "Description", 370, "Debit", 440, "Credit", 515, "Balance")
                .cell(140, "BALANCE BROUGHT FORWARD").right(555, "1,284.350").next()
                .cell(40, "01/03/2025").cell(140, "SALARY").right(485, "419.539").right(555, "1,703.889").next()
                .cell(40, "02/03/2025").cell(140, "ATM WITHDRAWAL").right(415, "51.132").right(555, "1,652.757").next();
        assertThatThrownBy(() -> parse(p)).isInstanceOf(StatementException.class)
                .satisfies(e -> assertThat(((StatementException) e).reason()).isEqualTo(FailureReason.AMOUNT_FORMAT))
                .hasMessageContaining("419.539").hasMessageContaining("USD");
    }
}
