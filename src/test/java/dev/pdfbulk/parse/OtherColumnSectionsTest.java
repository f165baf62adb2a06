package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Section;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A statement of several accounts whose later account prints its table under columns of its own. */
class OtherColumnSectionsTest {

    // A current account, then a card titled by its masked number whose table adds a reference column.
    private static PageSketch girokontoAndCard(String cardHeading, String cardClosing, boolean cardColumns) {
        PageSketch page = new PageSketch(1)
                .line(40, "Finanzreport per 30.06.2025", 300, "Berichtszeitraum: 01.06.2025 - 30.06.2025").gap(20)
                .line(40, "Girokonto 487 1229 00")
                .line(40, "Buchungstag", 120, "Vorgang", 250, "Buchungstext", 540, "Umsatz in EUR")
                .cell(120, "Alter Saldo per 31.05.2025").right(600, "+3.412,87").next()
                .cell(40, "02.06.2025").cell(120, "Lastschrift").cell(250, "REWE Markt").right(600, "-37,65").next()
                .cell(40, "27.06.2025").cell(120, "Überweisung").cell(250, "Gehalt 06/2025").right(600, "+3.874,12").next()
                .cell(120, "Neuer Saldo per 30.06.2025").right(600, "+7.249,34").next().gap(20)
                .line(40, cardHeading);
        if (cardColumns) {
            page.line(40, "Buchungstag", 120, "Vorgang", 200, "Referenz", 300, "Buchungstext", 540, "Umsatz in EUR")
                    .cell(120, "Alter Saldo per 31.05.2025").right(600, "-486,30").next()
                    .cell(40, "04.06.2025").cell(120, "Umsatz").cell(200, "334760593199").cell(300, "SHELL 1182")
                    .right(600, "-56,92").next()
                    .cell(40, "26.06.2025").cell(120, "Gutschrift").cell(200, "191370506345").cell(300, "Ausgleich")
                    .right(600, "+486,30").next();
        } else {
            page.line(40, "Buchungstag", 120, "Vorgang", 250, "Buchungstext", 540, "Umsatz in EUR")
                    .cell(120, "Alter Saldo per 31.05.2025").right(600, "-486,30").next()
                    .cell(40, "04.06.2025").cell(120, "Umsatz").cell(250, "SHELL 1182").right(600, "-56,92").next()
                    .cell(40, "26.06.2025").cell(120, "Gutschrift").cell(250, "Ausgleich").right(600, "+486,30").next();
        }
        return page.cell(120, "Neuer Saldo per 30.06.2025").right(600, cardClosing).next();
    }

    @Test
    void aCardTitledByItsNumberRightOverAHeaderHeadsTheNextTableNotALineOfThisOne() throws Exception {
        Statement s = parse(girokontoAndCard("Visa-Karte (Kreditkarte) 4871 22** **** 5038", "-56,92", false));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.sections()).extracting(Section::account).containsExactly("****2900", "****5038");
        assertThat(s.sections()).extracting(Section::closingBalance)
                .containsExactly(new BigDecimal("7249.34"), new BigDecimal("-56.92"));
    }

    @Test
    void anAccountsTableUnderOtherColumnsIsReadAsItsSection() throws Exception {
        Statement s = parse(girokontoAndCard("Kreditkartenkonto 4871 2290 5038", "-56,92", true));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.transactions()).hasSize(4);
        assertThat(s.sections()).extracting(Section::account).containsExactly("****2900", "****5038");
        assertThat(s.sections()).extracting(Section::rowCount).containsExactly(2, 2);
        assertThat(s.transactions().get(3).amount()).isEqualByComparingTo("486.30");
    }

    @Test
    void aTableUnderOtherColumnsThatDoesNotAddUpIsNoSection() throws Exception {
        // Read as one more account it would not reconcile: the statement stays the first table's, never reconciled.
        Statement s = parse(girokontoAndCard("Kreditkartenkonto 4871 2290 5038", "-99,99", true));
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.sections()).isEmpty();
    }
}
