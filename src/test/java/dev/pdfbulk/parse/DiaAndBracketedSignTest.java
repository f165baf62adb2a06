package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Banco do Brasil's extrato: a "Dia" date column, a "Lote" batch column and amounts signed "(-)" / "(+)" after the digits. */
class DiaAndBracketedSignTest {

    @Test
    void theDayAndTheBatchNameTheirColumns() {
        assertThat(HeaderVocabulary.kindOf("Dia")).isEqualTo(ColumnKind.DATE);
        assertThat(HeaderVocabulary.kindOf("Lote")).isEqualTo(ColumnKind.OTHER);
    }

    @Test
    void aSignInParenthesesAfterTheDigitsSignsTheAmount() {
        assertThat(AmountParser.parse("39,90 (-)").orElseThrow().magnitude()).isEqualByComparingTo("39.90");
        assertThat(AmountParser.withBracketedMark("39,90 (-)")).isEqualTo("39,90-");
        assertThat(AmountParser.withBracketedMark("2.315,40 (+)")).isEqualTo("2.315,40+");
        assertThat(AmountParser.withBracketedMark("(-)")).isEqualTo("(-)");
        assertThat(AmountParser.withBracketedMark("Tarifa (-)")).isEqualTo("Tarifa (-)");
    }

    @Test
    void anExtratoSignedInParenthesesReconciles() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Período do extrato 01/06/2024 a 30/06/2024").gap(20)
                .line(40, "Dia", 100, "Lote", 140, "Documento", 200, "Histórico", 520, "Valor")
                .cell(40, "31/05/2024").cell(100, "0").cell(200, "Saldo Anterior").right(560, "2.315,40 (+)").next()
                .cell(40, "03/06/2024").cell(100, "14397").cell(140, "3.101").cell(200, "Pix - Enviado").right(560, "45,00 (-)").next()
                .line(200, "03/06 12:34 PADARIA REAL LTDA")
                .cell(40, "05/06/2024").cell(100, "13105").cell(140, "12.044").cell(200, "Proventos").right(560, "5.200,00 (+)").next()
                .cell(40, "30/06/2024").cell(200, "Saldo Final").right(560, "7.470,40 (+)").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-45.00"), new BigDecimal("5200.00"));
        assertThat(s.transactions().get(0).description()).isEqualTo("Pix - Enviado 03/06 12:34 PADARIA REAL LTDA");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
