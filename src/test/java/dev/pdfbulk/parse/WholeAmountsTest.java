package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import dev.pdfbulk.model.Word;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Small amounts printed without minor units ("300", "707", "0") beside whole amounts, as pesos, yen and won are. */
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
}
