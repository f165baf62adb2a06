package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money columns named by alternatives joined by a spelled-out "or" ("MONTO" over "CHEQUES O" over "CARGOS", a
 * Chilean cartola's), and a date column's date order under its name ("FECHA" over "DIA/MES").
 */
class SpokenOrHeaderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Cheques o Cargos, DEBIT", "Depósitos o Abonos, CREDIT", "Withdrawals or Debits, DEBIT",
        "Créditos ou Depósitos, CREDIT"})
    void alternativesJoinedByOrNameOneColumn(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void alternativesNamingDifferentKindsNameNone() {
        assertThat(HeaderVocabulary.kindOf("Debit or Credit")).isNull();
        assertThat(HeaderVocabulary.kindOf("Date or Reference")).isNull();
        assertThat(HeaderVocabulary.kindOf("Cargos o")).isNull();
    }

    @Test
    void aDateOrderQualifiesTheDateColumn() {
        assertThat(HeaderQualifiers.isQualifier("DIA/MES")).isTrue();
        assertThat(HeaderQualifiers.isQualifier("dd/mm/yyyy")).isTrue();
        assertThat(HeaderQualifiers.isQualifier("05/06")).isFalse();
        assertThat(HeaderQualifiers.isQualifier("Ref/No")).isFalse();
    }

    private static PageSketch cartola() {
        return new PageSketch(1)
                .line(40, "CUENTA CORRIENTE N°: 00-812-04178-09", 330, "DESDE: 01/05/2025 HASTA: 31/05/2025").gap(20)
                .cell(40, "FECHA").cell(78, "DETALLE DE TRANSACCION").cell(236, "SUCURSAL").right(340, "N° DOCTO")
                .right(405, "MONTO").right(480, "MONTO").right(555, "SALDO").next()
                .cell(40, "DIA/MES").right(405, "CHEQUES O").right(480, "DEPOSITOS O").next()
                .right(405, "CARGOS").right(480, "ABONOS").next()
                .cell(40, "02/05").cell(78, "PAGO AUTOMATICO ENTEL").cell(236, "INTERNET").right(340, "0306990")
                .right(405, "31.046").next()
                .cell(40, "05/05").cell(78, "COMPRA NAC. COPEC").cell(236, "INTERNET").right(340, "4877885")
                .right(405, "57.389").right(555, "2.096.170").next()
                .cell(40, "08/05").cell(78, "TRASPASO DE:PEDRO GONZALEZ").cell(236, "INTERNET").right(340, "1955206")
                .right(480, "67.443").right(555, "2.163.613").next().gap(10)
                .line(48, "SALDO INICIAL", 122, "DEPOSITOS", 196, "OTROS ABONOS", 270, "OTROS CARGOS", 344, "SALDO FINAL")
                .line(48, "$ 2.184.605", 122, "$ 0", 196, "$ 67.443", 270, "$ 88.435", 344, "$ 2.163.613");
    }

    @Test
    void theHeaderNamesTheDebitAndCreditColumns() {
        List<Line> lines = Line.of(cartola().page());
        TableColumns columns = HeaderDetector.detect(lines, 1).orElseThrow().columns();
        assertThat(columns.columns()).extracting(Column::kind).contains(ColumnKind.DATE, ColumnKind.DEBIT,
                ColumnKind.CREDIT, ColumnKind.BALANCE);
    }

    @Test
    void aCartolaReadsItsChargesAsMoneyOut() throws Exception {
        Statement s = parse(cartola());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-31046"),
                new BigDecimal("-57389"), new BigDecimal("67443"));
    }
}
