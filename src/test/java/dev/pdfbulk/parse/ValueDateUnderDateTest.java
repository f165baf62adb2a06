package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A neobank's German statement prints each row's value date under its booking date ("Wertstellung 01.06.2025"),
 * beside the row's second line of text: the value date is no text and no row's date, and the table goes on.
 */
class ValueDateUnderDateTest {

    private static PageSketch statement(String label) {
        return new PageSketch(1).line(40, "Datum von 01.06.2025 bis 30.06.2025")
                .line(40, "Buchungstag", 180, "Verwendungszweck", 470, "Betrag").gap(6)
                .cell(40, "01.06.2025").cell(180, "Bargeldabhebung Geldautomat").right(480, "-42,69 €").next()
                .sized(40, label + " 01.06.2025", 6.5f).sized(180, "Mastercard • ATM", 7f).next().gap(8)
                .cell(40, "03.06.2025").cell(180, "Muster Software GmbH").right(480, "+2.808,33 €").next()
                .sized(40, label + " 04.06.2025", 6.5f).sized(180, "Gutschrift • Lohn/Gehalt 06/2025", 7f).next().gap(8)
                .cell(40, "05.06.2025").cell(180, "REWE Markt GmbH").right(480, "-53,18 €").next()
                .sized(40, label + " 05.06.2025", 6.5f).sized(180, "Mastercard • Lebensmittel", 7f).next().gap(20)
                .line(40, "Alter Kontostand", 430, "+100,00 €")
                .line(40, "Neuer Kontostand", 430, "+2.812,46 €");
    }

    @Test
    void theValueDateUnderTheRowsDateIsNeitherTextNorTheEndOfTheTable() throws Exception {
        Statement s = parse(statement("Wertstellung"));
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Bargeldabhebung Geldautomat Mastercard • ATM", "Muster Software GmbH Gutschrift • Lohn/Gehalt 06/2025",
                "REWE Markt GmbH Mastercard • Lebensmittel");
        assertThat(s.transactions().get(1).date()).hasDayOfMonth(3);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLabelThatNamesNoValueDateIsNotPassedOver() throws Exception {
        Statement s = parse(statement("Gebucht"));
        assertThat(s.transactions()).hasSizeLessThan(3);
    }
}
