package dev.pdfbulk.parse;

import dev.pdfbulk.model.ReconciliationStatus;
import dev.pdfbulk.model.Statement;
import dev.pdfbulk.model.Transaction;
import org.junit.jupiter.api.Test;

import static dev.pdfbulk.parse.PageSketch.parse;
import static org.assertj.core.api.Assertions.assertThat;

/** A header cell wrapped after its first word, the rest an article elided onto a header word ("de l'opération"). */
class ElidedArticleHeaderTest {

    private static PageSketch page(String second) {
        return new PageSketch(1).line(40, "Période du 01/05/2025 au 31/05/2025").gap(20)
                .line(40, "Date", 110, "Libellé", 380, "Débit", 450, "Crédit", 530, "Solde")
                .line(110, second)
                .cell(110, "SOLDE PRÉCÉDENT").right(570, "1 600,89").next()
                .cell(40, "01/05/2025").cell(110, "PAIEMENT CB CARREFOUR MARKET").right(420, "65,10")
                .right(570, "1 535,79").next()
                .cell(40, "02/05/2025").cell(110, "FRAIS TENUE DE COMPTE").right(420, "6,34").right(570, "1 529,45")
                .next()
                .cell(110, "NOUVEAU SOLDE").right(570, "1 529,45").next();
    }

    @Test
    void anElidedArticleBeforeAHeaderWordIsTheHeaders() {
        assertThat(HeaderWords.isHeaderWord("l'opération")).isTrue();
        assertThat(HeaderWords.isHeaderWord("l’opération")).isTrue();
        assertThat(HeaderWords.isHeaderWord("dell'operazione")).isTrue();
        // Not before a word of no header, nor any word with an apostrophe inside.
        assertThat(HeaderWords.isHeaderWord("l'agence")).isFalse();
        assertThat(HeaderWords.isHeaderWord("mcdonald's")).isFalse();
        assertThat(HeaderWords.isHeaderWord("o'brien")).isFalse();
    }

    @Test
    void theHeadersSecondRowIsNoTextOfTheFirstRow() throws Exception {
        // Page 2 repeats the header, its second row over the page's first row: no rest of page 1's last row.
        PageSketch one = new PageSketch(1).line(40, "Période du 01/05/2025 au 31/05/2025").gap(20)
                .line(40, "Date", 110, "Libellé", 380, "Débit", 450, "Crédit", 530, "Solde")
                .line(110, "de l'opération")
                .cell(110, "SOLDE PRÉCÉDENT").right(570, "1 600,89").next()
                .cell(40, "01/05/2025").cell(110, "PRLV SEPA EDF CLIENTS").right(420, "65,10").right(570, "1 535,79")
                .next()
                .line(110, "REF 449256 MANDAT FR3953")
                .cell(40, "02/05/2025").cell(110, "FRAIS TENUE DE COMPTE").right(420, "6,34").right(570, "1 529,45")
                .next();
        PageSketch two = new PageSketch(2)
                .line(40, "Date", 110, "Libellé", 380, "Débit", 450, "Crédit", 530, "Solde")
                .line(110, "de l'opération")
                .cell(40, "05/05/2025").cell(110, "RETRAIT DAB BNP").right(420, "20,00").right(570, "1 509,45").next()
                .cell(110, "NOUVEAU SOLDE").right(570, "1 509,45").next();
        Statement s = parse(one, two);
        assertThat(s.transactions()).extracting(Transaction::description)
                .containsExactly("PRLV SEPA EDF CLIENTS REF 449256 MANDAT FR3953", "FRAIS TENUE DE COMPTE",
                        "RETRAIT DAB BNP");
        assertThat(s.reconciliation().status()).isEqualTo(ReconciliationStatus.RECONCILED);
    }

    @Test
    void aLineOfOtherWordsUnderTheHeaderIsStillNoHeaderRow() {
        // The look-alike: "de l'agence Lyon" names no column; the detector keeps the header to its one row.
        var found = HeaderDetector.detect(Line.of(page("de l'agence Lyon").page()), 1).orElseThrow();
        assertThat(found.linesUsed()).isEqualTo(1);
        var two = HeaderDetector.detect(Line.of(page("de l'opération").page()), 1).orElseThrow();
        assertThat(two.linesUsed()).isEqualTo(2);
        assertThat(two.columns().signature()).isEqualTo("DATE,DESCRIPTION,DEBIT,CREDIT,BALANCE");
    }
}
