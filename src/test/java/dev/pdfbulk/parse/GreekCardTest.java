package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Greek credit card statement (Alpha Bank's): "Πιστωτικής Κάρτας" in its title, "Πιστωτικό Όριο" and
 * "Ελάχιστο Ποσό Πληρωμής" among its labels, "Αριθμός Κάρτας 4563 XXXX XXXX 7812" naming the card. Its charges are
 * unmarked and its payments marked "-" or "ΠΙΣΤ" (credit): read as a bank account's, every sign would be inverted
 * and the statement would still add up.
 */
class GreekCardTest {

    private static PageSketch card(String payment, String title, String limit, String number) {
        return new PageSketch(1)
                .line(40, "ALPHA BANK", 320, title).gap(6)
                .line(320, "Αριθμός Κάρτας", 480, number)
                .line(320, "Περίοδος", 480, "13/05/2025 - 12/06/2025")
                .line(320, limit, 480, "3.000,00").gap(8)
                .line(48, "Προηγούμενο υπόλοιπο", 200, "842,17", 300, "Νέο υπόλοιπο", 520, "1.161,79").gap(20)
                .line(40, "Ημ/νία Συναλλαγής", 140, "Περιγραφή", 540, "Ποσό")
                .cell(40, "14/05/2025").cell(140, "ΣΚΛΑΒΕΝΙΤΗΣ ΑΘΗΝΑ").right(560, "62,76").next()
                .cell(40, "17/05/2025").cell(140, "SHELL ΠΡΑΤΗΡΙΟ ΚΗΦΙΣΙΑΣ").right(560, "40,49").next()
                .cell(40, "28/05/2025").cell(140, "ΠΛΗΡΩΜΗ ΜΕΣΩ e-BANKING - ΕΥΧΑΡΙΣΤΟΥΜΕ").right(560, payment).next()
                .cell(40, "31/05/2025").cell(140, "ΤΑΒΕΡΝΑ ΤΟ ΠΕΤΡΙΝΟ ΝΕΑ ΣΜΥΡΝΗ").right(560, "716,37").next()
                .cell(40, "12/06/2025").cell(140, "ΤΟΚΟΙ ΣΥΝΑΛΛΑΓΩΝ").right(560, "0,00").next()
                .cell(380, "Σύνολο").right(560, "1.161,79").next();
    }

    private static void assertCardSigns(Statement s) {
        assertThat(s.transactions()).extracting(Transaction::amount).containsExactly(new BigDecimal("-62.76"),
                new BigDecimal("-40.49"), new BigDecimal("500.00"), new BigDecimal("-716.37"), new BigDecimal("0.00"));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void greekCardWordingSignsTheRowsFromTheHoldersSide() throws Exception {
        assertCardSigns(parse(card("500,00-", "ΚΑΤΑΣΤΑΣΗ ΛΟΓΑΡΙΑΣΜΟΥ ΠΙΣΤΩΤΙΚΗΣ ΚΑΡΤΑΣ", "Πιστωτικό Όριο", "4563")));
        assertCardSigns(parse(card("500,00-", "Κατάσταση Λογαριασμού", "Πιστωτικό Όριο", "4563")));
    }

    @Test
    void aGreekCardWordBeforeAMaskedNumberNamesACard() throws Exception {
        assertCardSigns(parse(card("500,00-", "Κατάσταση Λογαριασμού", "Όριο", "4563 XXXX XXXX 7812")));
    }

    @Test
    void greekCreditMarkIsACredit() throws Exception {
        assertCardSigns(parse(card("500,00 ΠΙΣΤ", "ΚΑΤΑΣΤΑΣΗ ΛΟΓΑΡΙΑΣΜΟΥ ΠΙΣΤΩΤΙΚΗΣ ΚΑΡΤΑΣ", "Πιστωτικό Όριο", "4563")));
    }

    @Test
    void aGreekDebitCardNamesNoCreditCard() {
        assertThat(CardWording.names(Line.of(new PageSketch(1)
                .line(40, "Χρεωστική Κάρτα", 140, "4563 XXXX XXXX 7812").page()).get(0))).isFalse();
        assertThat(CardWording.names(Line.of(new PageSketch(1)
                .line(40, "Αριθμός Κάρτας", 140, "4563 XXXX XXXX 7812").page()).get(0))).isTrue();
    }
}
