package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** Balance, total and header words printed without their accents, in upper case or decomposed, read as printed with. */
class FoldedWordsTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource({
        "SOLDE CREDITEUR AU 28/02/2025, BALANCE",
        "SOLDE DEBITEUR AU 31/03/2025, BALANCE",
        "SOLDE PRECEDENT, BALANCE",
        "A REPORTER, BALANCE",
        "SOLDE REPORTE, BALANCE",
        "UBERTRAG, BALANCE",
        "SALDO POCZATKOWE, BALANCE",
        "POCATECNI ZUSTATEK, BALANCE",
        "UTGAENDE SALDO, BALANCE",
        // Decomposed accents (a base letter and a combining mark) are the same words.
        "Solde cre\u0301diteur, BALANCE",
        "U\u0308bertrag, BALANCE",
        "TOTAL DES OPERATIONS, TOTAL",
    })
    void unaccentedBalanceAndTotalRowsAreMarked(String description, Marker expected) {
        assertThat(Marker.of(description, false)).isEqualTo(expected);
    }

    @Test
    void unaccentedSectionHeadingsSayTheirDirection() {
        assertThat(Marker.sectionDirection("CREDITS")).isEqualTo(1);
        assertThat(Marker.sectionDirection("DEBITS ET RETRAITS")).isEqualTo(-1);
    }

    @Test
    void unaccentedBalanceRowsOfADebitCreditTableAreCheckpointsNotTransactions() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Releve du 01/03/2025 au 31/03/2025").gap(20)
                .line(40, "Date", 100, "Libelle", 300, "Valeur", 380, "Debit", 460, "Credit")
                .cell(100, "SOLDE CREDITEUR AU 28/02/2025").right(490, "1 000,00").next()
                .cell(40, "01/03").cell(100, "CARTE PHARMACIE").cell(300, "01/03").right(405, "148,03").next()
                .cell(40, "02/03").cell(100, "VIR SALAIRE").cell(300, "02/03").right(490, "500,00").next()
                .cell(100, "SOLDE CREDITEUR AU 31/03/2025").right(490, "1 351,97").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("CARTE PHARMACIE", "VIR SALAIRE");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void monthNamesInCapitalsWithoutAccentsAreTheRowsDates() throws Exception {
        PageSketch p = new PageSketch(1)
                .line(40, "Releve du 01/12/2025 au 31/12/2025").gap(20)
                .line(40, "Date", 120, "Libelle", 380, "Debit", 460, "Credit")
                .cell(120, "SOLDE CREDITEUR AU 30/11/2025").right(490, "1 000,00").next()
                .cell(40, "02 DECEMBRE").cell(120, "CARTE PHARMACIE").right(405, "148,03").next()
                .cell(40, "15 DECEMBRE").cell(120, "VIR SALAIRE").right(490, "500,00").next()
                .cell(40, "31 DECEMBRE").cell(120, "FRAIS").right(405, "2,00").next()
                .cell(120, "SOLDE CREDITEUR AU 31/12/2025").right(490, "1 349,97").next();
        Statement s = parse(p);
        assertThat(s.transactions()).extracting(Transaction::date).containsExactly(
                java.time.LocalDate.of(2025, 12, 2), java.time.LocalDate.of(2025, 12, 15),
                java.time.LocalDate.of(2025, 12, 31));
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void unaccentedHeaderWordsNameTheirColumns() {
        assertThat(HeaderVocabulary.kindOf("DEBITO")).isEqualTo(ColumnKind.DEBIT);
        assertThat(HeaderVocabulary.kindOf("CREDITO")).isEqualTo(ColumnKind.CREDIT);
        assertThat(HeaderVocabulary.kindOf("WAHRUNG")).isEqualTo(ColumnKind.OTHER);
        assertThat(HeaderVocabulary.kindOf("Wa\u0308hrung")).isEqualTo(ColumnKind.OTHER);
    }

    @Test
    void unaccentedBalanceLabelsGiveTheOpeningAndClosing() {
        PageSketch p = new PageSketch(1)
                .line(40, "SOLDE PRECEDENT", 200, "1 873,42")
                .line(40, "SOLDE A LA FIN", 200, "1 151,72");
        MetadataReader.Raw raw = MetadataReader.read(Line.of(p.page()));
        assertThat(raw.opening()).isNotNull();
        assertThat(raw.opening().magnitude()).isEqualByComparingTo("1873.42");
        assertThat(raw.closing()).isNotNull();
        assertThat(raw.closing().magnitude()).isEqualByComparingTo("1151.72");
    }
}
