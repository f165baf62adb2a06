package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * comdirect's Finanzreport: "Vorgang" (the row's kind, "Lastschrift / Belastung", "Übertrag / Überweisung") beside
 * "Buchungstext" is no part of the description, so a transfer whose kind begins "Übertrag" is a row, not a balance
 * carried over; its Visa section dates a row by its "Umsatztag" (the purchase's day) beside the "Buchungstag". A
 * balance label under the kind's column with its day run on under the text's ("Neuer Saldo per" | "30.06.2025") is
 * the balance, no row.
 */
class VorgangBesideBuchungstextTest {

    @Test
    void theKindBesideTheTextIsNoDescriptionAndATransferIsARow() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Berichtszeitraum: 01.06.2025 - 30.06.2025").gap(20)
                .line(40, "Buchungs-", 100, "Wert-", 165, "Vorgang", 280, "Buchungstext", 513, "Umsatz in")
                .line(40, "tag", 100, "stellung", 538, "EUR")
                .cell(165, "Alter Saldo per 31.05.2025").right(555, "+3.412,87").next()
                .cell(40, "04.06.2025").cell(100, "04.06.2025").cell(165, "Lastschrift /")
                .cell(280, "Auftraggeber: Vodafone GmbH").right(555, "-39,99").next()
                .cell(165, "Belastung").cell(280, "Buchungstext: Kundennr. 1183341").next()
                .cell(40, "12.06.2025").cell(100, "12.06.2025").cell(165, "Übertrag /")
                .cell(280, "Auftraggeber: Julia Hoffmann").right(555, "+183,75").next()
                .cell(165, "Überweisung").cell(280, "Buchungstext: Anteil Urlaub").next()
                .cell(40, "21.06.2025").cell(100, "21.06.2025").cell(165, "Bar")
                .cell(280, "Commerzbank Geldautomat Marienplatz").right(555, "-147,04").next()
                .cell(165, "Neuer Saldo per 30.06.2025").right(555, "+3.409,59").next());
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly(
                "Auftraggeber: Vodafone GmbH Buchungstext: Kundennr. 1183341",
                "Auftraggeber: Julia Hoffmann Buchungstext: Anteil Urlaub",
                "Commerzbank Geldautomat Marienplatz");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-39.99"), new BigDecimal("183.75"), new BigDecimal("-147.04"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aCardRowIsDatedByItsUmsatztag() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Berichtszeitraum: 01.06.2025 - 30.06.2025").gap(20)
                .line(40, "Buchungs-", 100, "Umsatz-", 165, "Vorgang", 220, "Referenz", 300, "Buchungstext", 513, "Umsatz in")
                .line(40, "tag", 100, "tag", 538, "EUR")
                .cell(165, "Alter Saldo per 31.05.2025").right(555, "-486,30").next()
                .cell(40, "04.06.2025").cell(100, "01.06.2025").cell(165, "Umsatz").cell(220, "334760593199")
                .cell(300, "SHELL 1182 MUENCHEN").right(555, "-56,92").next()
                .cell(40, "26.06.2025").cell(100, "26.06.2025").cell(165, "Gutschrift").cell(220, "191370506345")
                .cell(300, "Ausgleich Visa-Kartenkonto").right(555, "+486,30").next()
                .cell(165, "Neuer Saldo per 30.06.2025").right(555, "-56,92").next());
        assertThat(s.transactions()).extracting(Transaction::date)
                .containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 26));
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("SHELL 1182 MUENCHEN", "Ausgleich Visa-Kartenkonto");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aBalanceLabelUnderTheKindWithItsDayUnderTheTextIsTheBalance() throws Exception {
        Statement s = parse(new PageSketch(1)
                .line(40, "Berichtszeitraum: 01.06.2025 - 30.06.2025").gap(20)
                .line(40, "Buchungstag", 100, "Wertstellung", 164, "Vorgang", 252, "Buchungstext", 490, "Umsatz in EUR")
                .cell(165, "Alter Saldo per 31.05.2025").right(555, "+3.412,87").next()
                .cell(40, "04.06.2025").cell(100, "04.06.2025").cell(165, "Lastschrift").cell(280, "Vodafone GmbH")
                .right(555, "-39,99").next()
                .cell(40, "21.06.2025").cell(100, "21.06.2025").cell(165, "Bar").cell(280, "Geldautomat Marienplatz")
                .right(555, "-147,04").next()
                .cell(165, "Neuer Saldo per 30.06.2025").right(555, "+3.225,84").next());
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Vodafone GmbH", "Geldautomat Marienplatz");
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("3225.84");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
