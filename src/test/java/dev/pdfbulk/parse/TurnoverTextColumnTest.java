package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** "Umsatz" left of "Betrag in EUR", in a header naming no description, heads the turnover's text (a German card). */
class TurnoverTextColumnTest {

    @Test
    void umsatzBesideTheAmountIsTheDescription() throws Exception {
        Statement s = parse(new PageSketch(1).line(40, "Kreditkartenabrechnung")
                .line(40, "Abrechnungszeitraum 23.04.2024 - 22.05.2024").gap(20)
                .line(40, "Belegdatum", 100, "Buchungsdatum", 170, "Umsatz", 470, "Betrag in EUR")
                .cell(170, "Saldo letzte Abrechnung").right(540, "312,45-").next()
                .cell(40, "25.04.24").cell(100, "25.04.24").cell(170, "Ausgleich Kreditkarte").right(540, "312,45+").next()
                .cell(40, "26.04.24").cell(100, "27.04.24").cell(170, "REWE Markt GmbH-Zw BERLIN").right(540, "40,89-").next()
                .cell(40, "29.04.24").cell(100, "02.05.24").cell(170, "SPOTIFY P1A2B3C4D5 STOCKHOLM").right(540, "10,99-").next()
                .cell(170, "Neuer Saldo").right(540, "51,88-").next());
        assertThat(s.transactions()).extracting(Transaction::amount).extracting(BigDecimal::toPlainString)
                .containsExactly("312.45", "-40.89", "-10.99");
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Ausgleich Kreditkarte", "REWE Markt GmbH-Zw BERLIN", "SPOTIFY P1A2B3C4D5 STOCKHOLM");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void umsatzAloneStillNamesTheAmount() {
        assertThat(HeaderVocabulary.kindOf("Umsatz")).isEqualTo(ColumnKind.AMOUNT);
    }
}
