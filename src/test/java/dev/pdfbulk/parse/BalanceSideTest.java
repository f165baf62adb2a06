package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A balance label that names its side ("Solde débiteur", "Debit balance", "Sollsaldo") signs its unsigned amount. */
class BalanceSideTest {

    @Test
    void aDebitBalanceRowSignsItsUnsignedAmountInASignedColumn() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Releve du 01/03/2025 au 31/03/2025").gap(20)
                .line(40, "Date", 100, "Libelle", 440, "Montant")
                .cell(100, "SOLDE CREDITEUR AU 28/02/2025").right(490, "1 000,00").next()
                .cell(40, "03/03").cell(100, "LOYER MARS").right(490, "-1 185,00").next()
                .cell(40, "12/03").cell(100, "CARTE PHARMACIE").right(490, "-966,72").next()
                .cell(100, "SOLDE DEBITEUR AU 31/03/2025").right(490, "1 151,72").next();
        Statement s = parse(p);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("-1151.72");
    }

    @Test
    void aDebitBalanceRowSignsItsUnsignedAmountInTheBalanceColumn() throws Exception {
        // The running balances carry their own marks; the closing row says its side in words only.
        PageSketch signed = new PageSketch(1)
                .line(40, "Statement period 01/03/2025 to 31/03/2025").gap(20)
                .line(40, "Date", 100, "Details", 330, "Debit", 400, "Credit", 470, "Balance")
                .cell(100, "Credit balance").right(495, "1,000.00").next()
                .cell(40, "03/03").cell(100, "RENT MARCH").right(355, "1,185.00").right(495, "185.00 OD").next()
                .cell(40, "12/03").cell(100, "PHARMACY").right(355, "966.72").right(495, "1,151.72 OD").next()
                .cell(100, "Overdrawn balance").right(495, "1,151.72").next();
        Statement t = parse(signed);
        assertThat(t.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(t.metadata().closingBalance()).isEqualByComparingTo("-1151.72");
    }

    @Test
    void aLabelThatContradictsItsColumnIsNotReadTheWayThatAddsUp() throws Exception {
        // "SOLDE DEBITEUR" under Crédit: the column says credit, the label debit; no flip makes it reconcile.
        PageSketch p = new PageSketch(1)
                .line(40, "Releve du 01/03/2025 au 31/03/2025").gap(20)
                .line(40, "Date", 100, "Libelle", 380, "Debit", 460, "Credit")
                .cell(100, "SOLDE CREDITEUR AU 28/02/2025").right(490, "1 000,00").next()
                .cell(40, "03/03").cell(100, "LOYER MARS").right(405, "1 185,00").next()
                .cell(40, "12/03").cell(100, "CARTE PHARMACIE").right(405, "966,72").next()
                .cell(100, "SOLDE DEBITEUR AU 31/03/2025").right(490, "1 151,72").next();
        Statement s = parse(p);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.UNRECONCILED);
    }

    @Test
    void aSummaryLabelNamingItsSideSignsTheClosing() {
        PageSketch p = new PageSketch(1)
                .line(40, "Ancien solde", 200, "Nouveau solde débiteur")
                .line(40, "1 873,42 EUR", 200, "1 151,72 EUR");
        MetadataReader.Raw raw = MetadataReader.read(Line.of(p.page()));
        assertThat(raw.opening().mark()).isEqualTo(Amount.Mark.NONE);
        assertThat(raw.closing().mark()).isEqualTo(Amount.Mark.DR);
        assertThat(raw.closing().magnitude()).isEqualByComparingTo("1151.72");
    }

    @Test
    void aDatedBalanceNamingItsSideIsTheOpeningOrClosingWithItsSign() {
        PageSketch p = new PageSketch(1)
                .line(40, "Releve du 01/03/2025 au 31/03/2025")
                .line(40, "SOLDE CREDITEUR AU 28/02/2025", 300, "SOLDE DEBITEUR AU 31/03/2025")
                .line(40, "1 873,42 EUR", 300, "1 151,72 EUR");
        MetadataReader.Raw raw = MetadataReader.read(Line.of(p.page()));
        assertThat(raw.opening().mark()).isEqualTo(Amount.Mark.CR);
        assertThat(raw.closing().mark()).isEqualTo(Amount.Mark.DR);
        assertThat(raw.closing().magnitude()).isEqualByComparingTo("1151.72");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Debit balance", "Overdrawn balance", "Sollsaldo", "Saldo deudor", "Saldo acreedor",
        "Habensaldo", "Saldo Soll"})
    void sidedBalanceLabelsAreBalanceRows(String label) {
        assertThat(Marker.of(label, false)).isEqualTo(Marker.BALANCE);
    }

    @Test
    void aMarkOfItsOwnOrALabelNamingBothSidesKeepsTheAmount() {
        Amount minus = new Amount(new BigDecimal("50.00"), Amount.Mark.MINUS, null, "50,00");
        Amount plain = new Amount(new BigDecimal("50.00"), Amount.Mark.NONE, null, "50,00");
        assertThat(BalanceSide.signed(minus, "Solde créditeur")).isEqualTo(minus);
        assertThat(BalanceSide.signed(plain, "Solde débiteur ou créditeur")).isEqualTo(plain);
        assertThat(BalanceSide.signed(plain, "Sollsaldo").mark()).isEqualTo(Amount.Mark.DR);
        assertThat(BalanceSide.signed(plain, "SOLDE CREDITEUR").mark()).isEqualTo(Amount.Mark.CR);
        assertThat(Marker.of("CREDIT BALANCE REFUND", true)).isNull();
    }

    @Test
    void anOverdrawnBalanceMarkedOSlashDIsADebitBalance() throws Exception {
        // TSB's "443.18 O/D": the running balance below zero, as "OD" elsewhere
        Statement s = parse(new PageSketch(1)
                .line(40, "Statement period 01 April 2025 to 30 April 2025").gap(20)
                .line(40, "Date", 100, "Description", 330, "Money out", 400, "Money in", 470, "Balance")
                .cell(40, "01 Apr 25").cell(100, "STATEMENT OPENING BALANCE").right(495, "281.82").next()
                .cell(40, "21 Apr 25").cell(100, "SO RENT L MATTHEWS").right(355, "725.00").right(495, "443.18 O/D").next()
                .cell(40, "23 Apr 25").cell(100, "FPI D OKAFOR BILL SHARE").right(425, "49.54").right(495, "393.64 O/D")
                .next()
                .cell(40, "30 Apr 25").cell(100, "STATEMENT CLOSING BALANCE").right(495, "393.64 O/D").next());
        assertThat(s.transactions()).hasSize(2);
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
        assertThat(s.metadata().closingBalance()).isEqualByComparingTo("-393.64");
    }

    @Test
    void theFavourPhrasesAreDroppedWhateverTheirLastWordAndOnlyThey() {
        // Each of FAVOUR's last words must pass the cheap test, or its phrase would stay in the label.
        for (String word : List.of("favour", "favor", "fav\u00f8r", "faveur", "favore", "gunsten", "voordeel")) {
            assertThat(BalanceSide.mayNameFavour("saldo in your " + word)).as(word).isTrue();
            assertThat(BalanceSide.withoutFavour("saldo zu unseren " + word + " 31.05.2025"))
                    .as(word).isEqualTo("saldo   31.05.2025");
        }
        assertThat(BalanceSide.withoutFavour("saldo i deres fav\u00f8r 31.05.2025")).isEqualTo("saldo   31.05.2025");
        assertThat(BalanceSide.withoutFavour("saldo attuale a vostro debito")).isEqualTo("saldo attuale");
        assertThat(BalanceSide.withoutFavour("  saldo attuale  ")).isEqualTo("saldo attuale");
        assertThat(BalanceSide.mayNameFavour("closing balance")).isFalse();
    }
}
