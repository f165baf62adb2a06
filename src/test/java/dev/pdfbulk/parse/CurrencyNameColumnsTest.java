package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A currency named in Spanish under a money column's header ("MONTO EN" over "COLONES", "DÓLARES"), as a Costa
 * Rican card prints its two currencies: the column's unit, as "CRC" or "USD" would be; the rows are read, in two
 * currencies, so the card adds up to no one balance and is never reconciled.
 */
class CurrencyNameColumnsTest {

    @Test
    void spanishCurrencyNamesQualifyTheirMoneyColumns() throws Exception {
        PageSketch p = new PageSketch(1).line(40, "ESTADO DE CUENTA TARJETA DE CRÉDITO").line(40, "Fecha de corte: 05/04/2025")
                .gap(20)
                .line(40, "FECHA", 100, "REFERENCIA", 170, "CONCEPTO", 432, "MONTO EN", 527, "MONTO EN")
                .line(436, "COLONES", 527, "DÓLARES")
                .cell(40, "08/03/2025").cell(100, "6753266").cell(170, "UBER *TRIP HELP.UBER.COM").right(470, "10,823.08").next()
                .cell(40, "09/03/2025").cell(100, "7733422").cell(170, "SPIRIT AIRLINES MIRAMAR FL").right(565, "102.81").next()
                .cell(40, "18/03/2025").cell(100, "8884318").cell(170, "SU PAGO RECIBIDO GRACIAS").right(470, "-150,000.00").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("-10823.08", "-102.81", "150000.00");
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void currencyNamesAreUnits() {
        assertThat(HeaderQualifiers.isCurrencyUnit("COLONES")).isTrue();
        assertThat(HeaderQualifiers.isCurrencyUnit("DÓLARES")).isTrue();
        assertThat(HeaderQualifiers.isCurrencyUnit("(dolares)")).isTrue();
        assertThat(HeaderQualifiers.isCurrencyUnit("CONCEPTO")).isFalse();
    }
}
