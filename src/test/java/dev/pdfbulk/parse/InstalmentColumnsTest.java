package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A Spanish card's instalment columns: "Monto Operación | Cuota | Valor Cuota", the share billed being the money. */
class InstalmentColumnsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Valor Cuota, AMOUNT", "Cuota, OTHER", "Monto Operación, OTHER", "Monto, AMOUNT"})
    void instalmentHeadersNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void theInstalmentBilledIsTheRowsAmountNotThePurchasesWholeAmount() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Fecha", 105, "Descripción", 340, "Monto", 425, "Cuota", 520, "Valor")
                .line(40, "Operación", 340, "Operación", 520, "Cuota")
                .cell(40, "16/05/2025").cell(105, "FALABELLA PARQUE ARAUCO").right(385, "$ 359.990").cell(430, "04/12")
                        .right(555, "$ 29.999").next()
                .cell(40, "27/07/2025").cell(105, "LIDER EXPRESS PROVIDENCIA").right(385, "$ 9.962").cell(430, "01/01")
                        .right(555, "$ 9.962").next()
                .cell(40, "01/08/2025").cell(105, "PAGO PESOS TEF BANCO DE CHILE")
                        .right(555, "$ -412.380").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("FALABELLA PARQUE ARAUCO",
                "LIDER EXPRESS PROVIDENCIA", "PAGO PESOS TEF BANCO DE CHILE");
        assertThat(s.transactions()).extracting(t -> t.amount().abs())
                .containsExactly(new BigDecimal("29999"), new BigDecimal("9962"), new BigDecimal("412380"));
        assertThat(s.transactions().get(0).date()).hasToString("2025-05-16");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Saldo adeudado al inicio del período, true", "Monto facturado a pagar, false",
        "Monto total facturado a pagar, false"})
    void chileanCardLabelsSayWhichBalanceTheyName(String label, boolean opening) {
        String folded = Folding.fold(label);
        assertThat(BalanceLabelWords.OPENING.matcher(folded).find()).isEqualTo(opening);
        assertThat(BalanceLabelWords.CLOSING.matcher(folded).find()).isEqualTo(!opening);
    }

    @Test
    void aCardBilledInInstalmentsReconcilesFromTheDebtAtTheStartToTheAmountBilled() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Estado de Cuenta Tarjeta de Crédito")
                .line(330, "Saldo adeudado al inicio del período", 520, "$ 412.380")
                .line(330, "Monto facturado a pagar", 520, "$ 39.961").gap(20)
                .line(40, "Fecha", 105, "Descripción", 340, "Monto", 425, "Cuota", 520, "Valor")
                .line(40, "Operación", 340, "Operación", 520, "Cuota")
                .cell(40, "16/05/2025").cell(105, "FALABELLA PARQUE ARAUCO").right(385, "$ 359.990").cell(430, "04/12")
                        .right(555, "$ 29.999").next()
                .cell(40, "27/07/2025").cell(105, "LIDER EXPRESS PROVIDENCIA").right(385, "$ 9.962").cell(430, "01/01")
                        .right(555, "$ 9.962").next()
                .cell(40, "01/08/2025").cell(105, "PAGO PESOS TEF BANCO DE CHILE")
                        .right(555, "$ -412.380").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-29999"), new BigDecimal("-9962"), new BigDecimal("412380"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
