package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Section;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One card's table with an amount column per currency ("MONTO EN" over "COLONES" | "DÓLARES") and a summary printing
 * each currency's balances in a column of its own: each column's rows are a section of that currency, checked
 * against that currency's balances only.
 */
class CurrencyColumnSectionsTest {

    // A summary under "COLONES  DÓLARES", then the table ending on both closings; the colones rows and the dollar rows
    // each add up.
    private static PageSketch card(String crcClosing, String usdOpening, String usdClosing, boolean dollarRow) {
        PageSketch p = new PageSketch(1).line(40, "ESTADO DE CUENTA TARJETA DE CRÉDITO")
                .line(40, "VISA PLATINUM Tarjeta: 4763-XXXX-XXXX-2281").line(40, "Fecha de corte: 05/04/2025")
                .gap(10)
                .line(436, "COLONES", 527, "DÓLARES")
                .cell(300, "Saldo anterior").right(470, "₡184,520.75").right(565, usdOpening).next()
                .cell(300, "Saldo al corte").right(470, crcClosing).right(565, usdClosing).next()
                .gap(20)
                .line(40, "FECHA", 100, "REFERENCIA", 170, "CONCEPTO", 432, "MONTO EN", 527, "MONTO EN")
                .line(436, "COLONES", 527, "DÓLARES")
                .cell(40, "08/03/2025").cell(100, "6753266").cell(170, "UBER *TRIP HELP.UBER.COM").right(470, "10,823.08").next();
        if (dollarRow) {
            p.cell(40, "09/03/2025").cell(100, "7733422").cell(170, "SPIRIT AIRLINES MIRAMAR FL").right(565, "102.81").next();
        }
        // The table's last line prints each currency's closing under its column.
        return p.cell(40, "18/03/2025").cell(100, "8884318").cell(170, "SU PAGO RECIBIDO GRACIAS").right(470, "-150,000.00").next()
                .cell(170, "SALDO AL CORTE").right(470, crcClosing.substring(1)).right(565, usdClosing.substring(1)).next();
    }

    @Test
    void eachCurrencyColumnIsASectionCheckedAgainstItsOwnBalances() throws Exception {
        Statement s = parse(card("₡45,343.83", "$312.18", "$414.99", true));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.sections()).extracting(Section::currency).containsExactly("CRC", "USD");
        assertThat(s.sections()).extracting(Section::rowCount).containsExactly(2, 1);
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("-10823.08", "150000.00", "-102.81");
        assertThat(s.metadata().currency()).isNull();
        // Both currencies are the one card's: the statement keeps its number.
        assertThat(s.metadata().account()).isEqualTo("****2281");
        assertThat(s.sections()).extracting(Section::account).containsExactly("****2281", "****2281");
    }

    @Test
    void aCurrencyWhoseRowsDoNotAddUpLeavesTheStatementUnreconciled() throws Exception {
        Statement s = parse(card("₡45,343.83", "$312.18", "$500.00", true));
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCurrencyWithoutRowsAgreesWhereItsBalancesAreEqual() throws Exception {
        Statement s = parse(card("₡45,343.83", "$-35.40", "$-35.40", false));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.sections()).extracting(Section::rowCount).containsExactly(2, 0);
        assertThat(parse(card("₡45,343.83", "$-35.40", "$-10.00", false)).reconciliation().status())
                .isNotEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void theColonSignPricesAnAmount() {
        assertThat(AmountParser.parse("₡184,520.75")).get().extracting(Amount::currency).isEqualTo("CRC");
    }
}
