package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spanish with the English word, as Dominican banks print their summary ("Balance Anterior" / "Balance Actual", each over
 * its value "RD$ 48,215.60", the Dominican peso's sign): the opening and closing balances.
 */
class DominicanBalanceLabelsTest {

    @Test
    void balanceAnteriorAndActualInPesos() throws Exception {
        // Neither label nor "RD$" was known: the first row was checked against nothing and the file left unverified.
        assertThat(AmountParser.parse("RD$ 48,215.60")).map(Amount::currency).isEqualTo(Optional.of("DOP"));
        Statement s = parse(new PageSketch(1)
                .line(40, "BANRESERVAS", 480, "ESTADO DE CUENTA").gap(20)
                .line(70, "Balance Anterior", 205, "Total Débitos", 338, "Total Créditos", 475, "Balance Actual")
                .line(70, "RD$ 1,000.00", 205, "RD$ 250.00", 338, "RD$ 100.00", 475, "RD$ 850.00").gap(20)
                .line(40, "Fecha", 98, "Referencia", 160, "Descripción", 390, "Débito", 465, "Crédito", 540, "Balance")
                .cell(40, "03/07/2025").cell(98, "004512377").cell(160, "PAGO EDESUR DOMINICANA")
                        .right(412, "250.00").right(570, "750.00").next()
                .cell(40, "09/07/2025").cell(98, "087120034").cell(160, "TRANSFERENCIA RECIBIDA TUBANCO")
                        .right(490, "100.00").right(570, "850.00").next());
        assertThat(s.metadata().openingBalance()).isEqualByComparingTo("1000.00");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("850.00");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
