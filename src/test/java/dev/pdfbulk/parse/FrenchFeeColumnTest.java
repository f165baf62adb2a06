package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** "Frais", the fee column of a Québec caisse's table, beside "Retrait | Dépôt | Solde". */
class FrenchFeeColumnTest {

    @Test
    void fraisNamesTheFeeColumn() {
        assertThat(HeaderVocabulary.kindOf("Frais")).isEqualTo(ColumnKind.FEE);
    }

    @Test
    void aFeeInTheFraisColumnIsMoneyOutOfItsRow() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Période du 1er mars 2025 au 31 mars 2025").gap(20)
                .line(40, "Date", 80, "Code", 110, "Description", 340, "Frais", 400, "Retrait", 470, "Dépôt", 540,
                        "Solde")
                .cell(40, "01 MAR").cell(110, "Solde reporté").right(580, "1 000,00").next()
                .cell(40, "03 MAR").cell(80, "ACH").cell(110, "Achat METRO PLUS").right(440, "25,40")
                .right(580, "974,60").next()
                .cell(40, "05 MAR").cell(80, "DI").cell(110, "Dépôt direct /Paie").right(505, "1 200,00")
                .right(580, "2 174,60").next()
                .cell(40, "31 MAR").cell(80, "FSM").cell(110, "Frais mensuels fixes").right(365, "7,95")
                .right(580, "2 166,65").next());
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-25.40"),
                new BigDecimal("1200.00"), new BigDecimal("-7.95"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
