package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** German Soll/Haben suffixes ("107,44 S", "1.304,93 H") sign amounts and balances, and nothing else. */
class SollHabenTest {

    private static PageSketch umsatzHeader(PageSketch p) {
        return p.line(40, "Umsatzanzeige vom 01.05.2025 bis 31.05.2025").gap(20)
                .line(40, "Buchung", 90, "Valuta", 140, "Vorgang", 430, "Betrag", 520, "Saldo");
    }

    @Test
    void sollAndHabenAfterAmountsAndBalancesSignThem() throws Exception {
        // A Volksbank "Umsatzanzeige": S (Soll) is money out or an overdrawn balance, H (Haben) money in.
        PageSketch p = umsatzHeader(new PageSketch(1))
                .cell(140, "alter Kontostand vom 30.04.2025").right(560, "100,00 H").next()
                .cell(40, "01.05.").cell(90, "30.04.").cell(140, "Kartenzahlung girocard").right(470, "107,44 S")
                .right(560, "7,44 S").next()
                .cell(140, "Aral Station 2841").next()
                .cell(40, "02.05.").cell(90, "02.05.").cell(140, "Gutschrift").right(470, "1.312,37 H")
                .right(560, "1.304,93 H").next()
                .cell(140, "neuer Kontostand vom 31.05.2025").right(560, "1.304,93 H").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Kartenzahlung girocard Aral Station 2841", "Gutschrift");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-107.44"), new BigDecimal("1312.37"));
        assertThat(s.transactions()).extracting(Transaction::balance)
                .containsExactly(new BigDecimal("-7.44"), new BigDecimal("1304.93"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void sollAndHabenBesideCrAndDrMarksAreNoSignsToTrust() throws Exception {
        // One statement signs its money with one set of letters: S beside CR is something else, never a sign.
        PageSketch p = umsatzHeader(new PageSketch(1))
                .cell(140, "alter Kontostand vom 30.04.2025").right(560, "100,00 CR").next()
                .cell(40, "01.05.").cell(90, "30.04.").cell(140, "Kartenzahlung").right(470, "107,44 S")
                .right(560, "7,44 DR").next()
                .cell(40, "02.05.").cell(90, "02.05.").cell(140, "Gutschrift").right(470, "1.312,37 H")
                .right(560, "1.304,93 CR").next()
                .cell(140, "neuer Kontostand vom 31.05.2025").right(560, "1.304,93 CR").next();
        Statement s = parse(p);
        assertThat(s.reconciliation().status()).isNotEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLoneSOrHInADescriptionStaysText() throws Exception {
        PageSketch p = umsatzHeader(new PageSketch(1))
                .cell(140, "alter Kontostand vom 30.04.2025").right(560, "100,00 H").next()
                .cell(40, "01.05.").cell(90, "30.04.").cell(140, "Vitamin H Apotheke S").right(470, "7,44 S")
                .right(560, "92,56 H").next()
                .cell(140, "neuer Kontostand vom 31.05.2025").right(560, "92,56 H").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description).containsExactly("Vitamin H Apotheke S");
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-7.44"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void sollAndHabenInANarrowColumnOfTheirOwnSignTheAmountBeforeThem() throws Exception {
        // The letter set apart from its amount, in a narrow column right of it with no header of its own.
        PageSketch p = umsatzHeader(new PageSketch(1))
                .cell(140, "alter Kontostand vom 30.04.2025").right(544, "100,00").cell(556, "H").next()
                .cell(40, "01.05.").cell(90, "30.04.").cell(140, "Kartenzahlung").right(454, "107,44")
                .cell(466, "S").right(544, "7,44").cell(556, "S").next()
                .cell(40, "02.05.").cell(90, "02.05.").cell(140, "Gutschrift").right(454, "1.312,37").cell(466, "H")
                .right(544, "1.304,93").cell(556, "H").next()
                .cell(140, "neuer Kontostand vom 31.05.2025").right(544, "1.304,93").cell(556, "H").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("Kartenzahlung", "Gutschrift");
        assertThat(s.transactions()).extracting(Transaction::amount)
                .containsExactly(new BigDecimal("-107.44"), new BigDecimal("1312.37"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }
}
