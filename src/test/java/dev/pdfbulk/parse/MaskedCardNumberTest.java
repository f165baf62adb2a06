package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card named by its masked number in a label says the statement is a credit card's, so its unsigned amounts are
 * charges and its trailing-minus amounts credits (Nexi), though no other card word is printed.
 */
class MaskedCardNumberTest {

    private static boolean names(Object... cells) {
        return CardWording.names(Line.of(new PageSketch(1).line(cells).page()).get(0));
    }

    @Test
    void aCardWordBeforeAMaskedNumberNamesACard() {
        assertThat(names(40, "Carta Nexi Classic", 140, "**** **** **** 7390")).isTrue();
        assertThat(names(40, "Kartennummer", 140, "5232 83XX XXXX 6154")).isTrue();
        assertThat(names(40, "Kartennummer", 140, "xxxx-xxxxxx-x1008")).isTrue();
    }

    @Test
    void debitCardsAccountNumbersAndBareNumbersNameNone() {
        assertThat(names(40, "Carta di debito", 140, "**** **** **** 7390")).isFalse();
        assertThat(names(40, "Prepaid card", 140, "**** **** **** 7390")).isFalse();
        assertThat(names(40, "IBAN", 140, "IT60 X054 2811 1010 0000 0123 456")).isFalse();
        assertThat(names(40, "Conto corrente", 140, "**** **** **** 7390")).isFalse();
        assertThat(names(40, "Carta", 140, "1234 5678 9012 3456")).isFalse();
    }

    @Test
    void trailingMinusCreditsOfACardNamedByItsNumber() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Estratto conto").gap(6)
                .line(40, "Carta Nexi Classic", 140, "**** **** **** 7390")
                .line(40, "Periodo dal 01/05/2025 al 31/05/2025").gap(20)
                .line(40, "Data", 120, "Descrizione", 500, "Importo in euro")
                .cell(120, "Saldo precedente").right(560, "642,18").next()
                .cell(40, "02/05/25").cell(120, "TRENITALIA WEB ROMA").right(560, "80,68").next()
                .cell(40, "15/05/25").cell(120, "ADDEBITO SALDO ESTRATTO CONTO PRECEDENTE").right(560, "642,18-").next()
                .cell(40, "21/05/25").cell(120, "STORNO ZALANDO SE BERLINO").right(560, "59,90-").next()
                .cell(40, "28/05/25").cell(120, "ESSELUNGA MILANO").right(560, "100,00").next()
                .cell(120, "Saldo attuale").right(560, "120,78").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-80.68"),
                new BigDecimal("642.18"), new BigDecimal("59.90"), new BigDecimal("-100.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
