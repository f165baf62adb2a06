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

/** German "Zahlungseingang" / "Zahlungsausgang" (payment in / out) over the credit and debit columns. */
class PaymentFlowHeadersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ZAHLUNGSEINGANG, CREDIT", "Zahlungsausgang, DEBIT", "Zahlungseingänge, CREDIT", "Zahlungsausgänge, DEBIT"})
    void paymentInAndOutNameTheirColumns(String name, ColumnKind kind) {
        assertThat(HeaderVocabulary.kindOf(name)).isEqualTo(kind);
    }

    @Test
    void aStatementHeadedZahlungseingangZahlungsausgangReconciles() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Anfangssaldo", 200, "1.000,00 €").line(40, "Endsaldo", 200, "1.174,60 €").gap(20)
                .line(40, "DATUM", 90, "TYP", 160, "BESCHREIBUNG", 380, "ZAHLUNGSEINGANG", 470, "ZAHLUNGSAUSGANG", 545, "SALDO")
                .cell(40, "03.06.2025").cell(90, "Karte").cell(160, "REWE Markt GmbH").right(540, "25,40 €").right(600, "974,60 €").next()
                .cell(40, "05.06.2025").cell(90, "Überweisung").cell(160, "Gehalt Juni").right(450, "200,00 €").right(600, "1.174,60 €").next());
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-25.40"), new BigDecimal("200.00"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("REWE Markt GmbH", "Gehalt Juni");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
